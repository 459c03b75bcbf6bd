//! Up-front checks for values whose size the script chooses (`"x".center(2**40)`,
//! `format(1, "1000000000000d")`, `(1).to_bytes(2**40)`): Rust aborts the process when an
//! allocation fails, so sizes are checked first and turned into `MemoryError`, as CPython
//! reports them.

use super::{PyResult, Vm};

/// Sizes above this many bytes are refused without trying.
const MAX_BYTES: usize = 1 << 34;
/// Sizes from this many bytes on are probed with a fallible reservation first.
const PROBE_FROM: usize = 1 << 24;

impl Vm {
    /// `Err(MemoryError)` unless a buffer of `bytes` bytes can be allocated.
    pub fn check_alloc(&self, bytes: usize) -> PyResult<()> {
        if bytes > MAX_BYTES {
            return Err(self.memory_error());
        }
        if bytes >= PROBE_FROM {
            let mut probe: Vec<u8> = Vec::new();
            if probe.try_reserve_exact(bytes).is_err() {
                return Err(self.memory_error());
            }
        }
        Ok(())
    }
}
