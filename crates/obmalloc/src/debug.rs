//! Debug hooks: CPython's `PYTHONMALLOC=debug` on top of [`Obmalloc`].
//!
//! Every block gets 24 extra bytes, laid out as CPython 3.12 lays them out on 64-bit:
//!
//! ```text
//!  q          q+8   q+9            q+16 = p (returned)     p+n            p+n+8
//!  +----------+-----+--------------+-----------------------+--------------+
//!  | n (8 B,  | API | 7 x 0xFD     | n bytes of data,      | 8 x 0xFD     |
//!  | big end.)| id  | (leading pad)| 0xCD when fresh       | (trailing pad)|
//!  +----------+-----+--------------+-----------------------+--------------+
//! ```
//!
//! Freed blocks are overwritten with 0xDD. Freeing or resizing checks the API id (memory
//! allocated with one API family must be freed with the same one) and both pads; a
//! violation is returned as a [`DebugError`] whose [`report`](DebugError::report) is the
//! text CPython prints before its fatal error (`Debug memory block at address p=…`).
//!
//! Unlike CPython, which trusts the pointer and may crash on a wild one, every check first
//! asks the allocator whether `p - 16` is the start of a live block of ours big enough for
//! the header it claims, so a bad pointer is an error, never a read out of bounds.

use core::fmt::Write as _;
use core::ptr::NonNull;

use crate::error::AllocError;
use crate::obmalloc::Obmalloc;
use crate::walk::{BlockState, Lookup};

/// Size of the size field, and of each pad (CPython's `SST`).
const SST: usize = core::mem::size_of::<usize>();
/// Extra bytes per block.
pub const DEBUG_EXTRA_BYTES: usize = 3 * SST;
/// Written on both sides of the data.
pub const FORBIDDEN_BYTE: u8 = 0xFD;
/// Fresh data is filled with this.
pub const CLEAN_BYTE: u8 = 0xCD;
/// Freed blocks are filled with this.
pub const DEAD_BYTE: u8 = 0xDD;

/// The allocator families CPython tells apart (`PyMem_Raw*`, `PyMem_*`, `PyObject_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Api {
    /// `PyMem_RawMalloc` and friends: id `'r'`.
    Raw,
    /// `PyMem_Malloc` and friends: id `'m'`.
    Mem,
    /// `PyObject_Malloc` and friends: id `'o'`.
    Object,
}

impl Api {
    /// The id byte stored in the block.
    pub const fn id(self) -> u8 {
        match self {
            Api::Raw => b'r',
            Api::Mem => b'm',
            Api::Object => b'o',
        }
    }
}

/// What a check found wrong. Nothing was freed or changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DebugError {
    /// The pointer is not 16 bytes into a live block of ours that could hold a debug
    /// header: it was never allocated through the debug hooks, or already freed.
    NotADebugBlock {
        /// The pointer given.
        address: usize,
    },
    /// Allocated with one API family, freed with another.
    BadId {
        /// The family whose id is in the block.
        allocated: char,
        /// The family used to free or check it.
        verified: char,
        /// CPython's dump of the block.
        report: String,
    },
    /// One of the 7 bytes before the data was overwritten (an underrun).
    BadLeadingPad {
        /// CPython's dump of the block.
        report: String,
    },
    /// One of the 8 bytes after the data was overwritten (an overrun), or the size field
    /// claims more bytes than the block holds.
    BadTrailingPad {
        /// CPython's dump of the block.
        report: String,
    },
}

impl DebugError {
    /// The block dump CPython prints to stderr (empty for a pointer that is not a block).
    pub fn report(&self) -> &str {
        match self {
            DebugError::NotADebugBlock { .. } => "",
            DebugError::BadId { report, .. }
            | DebugError::BadLeadingPad { report }
            | DebugError::BadTrailingPad { report } => report,
        }
    }

    /// The message of CPython's fatal error, e.g. `bad trailing pad byte`.
    pub fn message(&self) -> String {
        match self {
            DebugError::NotADebugBlock { address } => {
                format!("{address:#x} is not a block allocated through the debug hooks")
            }
            DebugError::BadId {
                allocated,
                verified,
                ..
            } => format!(
                "bad ID: Allocated using API '{allocated}', verified using API '{verified}'"
            ),
            DebugError::BadLeadingPad { .. } => "bad leading pad byte".to_string(),
            DebugError::BadTrailingPad { .. } => "bad trailing pad byte".to_string(),
        }
    }
}

impl core::fmt::Display for DebugError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for DebugError {}

/// [`Obmalloc`] with CPython's debug hooks. Single-threaded, like the allocator.
#[derive(Debug, Default)]
pub struct DebugAllocator {
    inner: Obmalloc,
}

impl DebugAllocator {
    /// Debug hooks over a new allocator with the default configuration.
    pub fn new() -> Self {
        Self::default()
    }

    /// Debug hooks over `inner`.
    pub fn with_allocator(inner: Obmalloc) -> Self {
        DebugAllocator { inner }
    }

    /// Statistics of the allocator underneath (its blocks include the 24 extra bytes).
    pub fn stats(&self) -> crate::Stats {
        self.inner.stats()
    }

    /// The `_debugmallocstats` report of the allocator underneath.
    pub fn report(&self) -> String {
        self.inner.report()
    }

    /// Allocates `n` bytes through family `api`: filled with 0xCD, padded with 0xFD.
    pub fn alloc(&self, api: Api, n: usize) -> Result<NonNull<u8>, AllocError> {
        let total = n
            .checked_add(DEBUG_EXTRA_BYTES)
            .filter(|&t| t <= isize::MAX as usize)
            .ok_or(AllocError::TooLarge { size: n })?;
        let q = self.inner.alloc(total)?;
        // SAFETY: `q` holds `total = n + 24` bytes; we write exactly those.
        unsafe {
            let q = q.as_ptr();
            q.cast::<[u8; SST]>().write(n.to_be_bytes());
            q.add(SST).write(api.id());
            q.add(SST + 1).write_bytes(FORBIDDEN_BYTE, SST - 1);
            q.add(2 * SST).write_bytes(CLEAN_BYTE, n);
            q.add(2 * SST + n).write_bytes(FORBIDDEN_BYTE, SST);
            Ok(NonNull::new_unchecked(q.add(2 * SST)))
        }
    }

    /// Checks `p` as CPython's `_PyMem_DebugCheckAddress` does, and returns the size
    /// originally requested.
    pub fn check(&self, api: Api, p: NonNull<u8>) -> Result<usize, DebugError> {
        let block = self.block_of(p)?;
        let n = requested(block.header(self));
        let Some(bytes) = block.bytes(self, n) else {
            // The size field claims more than the block holds: it was overwritten.
            return Err(DebugError::BadTrailingPad {
                report: dump(p.as_ptr().addr(), block.header(self)),
            });
        };
        let id = bytes[SST];
        if id != api.id() {
            return Err(DebugError::BadId {
                allocated: id as char,
                verified: api.id() as char,
                report: dump(p.as_ptr().addr(), bytes),
            });
        }
        if bytes[SST + 1..2 * SST].iter().any(|&b| b != FORBIDDEN_BYTE) {
            return Err(DebugError::BadLeadingPad {
                report: dump(p.as_ptr().addr(), bytes),
            });
        }
        let tail_ok = bytes
            .get(2 * SST + n..3 * SST + n)
            .is_some_and(|tail| tail.iter().all(|&b| b == FORBIDDEN_BYTE));
        if !tail_ok {
            return Err(DebugError::BadTrailingPad {
                report: dump(p.as_ptr().addr(), bytes),
            });
        }
        Ok(n)
    }

    /// Checks `p`, fills the whole block with 0xDD and frees it.
    pub fn free(&self, api: Api, p: NonNull<u8>) -> Result<(), DebugError> {
        let n = self.check(api, p)?;
        let q = p.as_ptr().wrapping_sub(2 * SST);
        // SAFETY: `check` proved `q` is a live block of ours holding n + 24 bytes, and
        // frees it once.
        unsafe {
            q.write_bytes(DEAD_BYTE, n + DEBUG_EXTRA_BYTES);
            self.inner.free(NonNull::new_unchecked(q));
        }
        Ok(())
    }

    /// Checks `p` and resizes it to `n` bytes; bytes past the old size read 0xCD, and the
    /// pads are rewritten.
    pub fn realloc(
        &self,
        api: Api,
        p: NonNull<u8>,
        n: usize,
    ) -> Result<NonNull<u8>, DebugReallocError> {
        let old = self.check(api, p).map_err(DebugReallocError::Check)?;
        let new = self.alloc(api, n).map_err(DebugReallocError::Alloc)?;
        // SAFETY: both are live debug blocks: the old holds `old` data bytes, the new `n`.
        unsafe { core::ptr::copy_nonoverlapping(p.as_ptr(), new.as_ptr(), old.min(n)) };
        self.free(api, p).map_err(DebugReallocError::Check)?;
        Ok(new)
    }

    /// The live block of ours that starts 16 bytes before `p`, if it can hold a header.
    fn block_of(&self, p: NonNull<u8>) -> Result<Block, DebugError> {
        let not_ours = DebugError::NotADebugBlock {
            address: p.as_ptr().addr(),
        };
        let q = p
            .as_ptr()
            .addr()
            .checked_sub(2 * SST)
            .ok_or(not_ours.clone())?;
        let capacity = match self.inner.lookup(q) {
            Lookup::Block(loc) if loc.address == q && loc.state == BlockState::Allocated => {
                loc.block_size
            }
            Lookup::System { size } => size,
            _ => return Err(not_ours),
        };
        if capacity < DEBUG_EXTRA_BYTES {
            return Err(not_ours);
        }
        Ok(Block {
            start: p.as_ptr().wrapping_sub(2 * SST),
            capacity,
        })
    }
}

/// Why [`DebugAllocator::realloc`] failed; the old block is untouched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DebugReallocError {
    /// The old block failed its check.
    Check(DebugError),
    /// The new block could not be allocated.
    Alloc(AllocError),
}

/// A live block of ours, located by `block_of`.
struct Block {
    start: *mut u8,
    capacity: usize,
}

impl Block {
    /// The 16 header bytes (size and id, leading pad).
    fn header<'a>(&self, _owner: &'a DebugAllocator) -> &'a [u8] {
        // SAFETY: `block_of` found a live block of at least 24 bytes at `start`. Every
        // block of the inner allocator was made by `DebugAllocator::alloc` (the inner
        // allocator is private), which initialised its first n + 24 bytes; the block stays
        // live while `_owner` is borrowed, since only `free` on that owner frees it.
        unsafe { core::slice::from_raw_parts(self.start, 2 * SST) }
    }

    /// The whole debug block (header, `n` data bytes, trailing pad), or `None` if that
    /// does not fit in the block, i.e. the size field is corrupted.
    fn bytes<'a>(&self, _owner: &'a DebugAllocator, n: usize) -> Option<&'a [u8]> {
        let len = n
            .checked_add(DEBUG_EXTRA_BYTES)
            .filter(|&l| l <= self.capacity)?;
        // SAFETY: as in `header`; `len <= capacity` bytes, all initialised by `alloc`
        // (the size field fits, so it is the one `alloc` wrote, or a smaller overwrite,
        // and the bytes up to it were written by `alloc` or the user).
        Some(unsafe { core::slice::from_raw_parts(self.start, len) })
    }
}

fn requested(bytes: &[u8]) -> usize {
    let mut size = [0u8; SST];
    size.copy_from_slice(&bytes[..SST]);
    usize::from_be_bytes(size)
}

/// CPython's `_PyObject_DebugDumpAddress`, reading only inside `bytes` (the whole block).
fn dump(p: usize, bytes: &[u8]) -> String {
    let mut out = String::new();
    let data = bytes.get(2 * SST..).unwrap_or(&[]);
    let n = requested(bytes);
    let _ = writeln!(
        out,
        "Debug memory block at address p={p:#x}: API '{}'",
        bytes[SST] as char
    );
    let _ = writeln!(out, "    {n} bytes originally requested");
    let lead = &bytes[SST + 1..2 * SST];
    let _ = write!(out, "    The {} pad bytes at p-{} are ", SST - 1, SST - 1);
    if lead.iter().all(|&b| b == FORBIDDEN_BYTE) {
        out.push_str("FORBIDDENBYTE, as expected.\n");
    } else {
        let _ = writeln!(out, "not all FORBIDDENBYTE (0x{FORBIDDEN_BYTE:02x}):");
        for i in (1..SST).rev() {
            let byte = bytes[2 * SST - i];
            let _ = write!(out, "        at p-{i}: 0x{byte:02x}");
            if byte != FORBIDDEN_BYTE {
                out.push_str(" *** OUCH");
            }
            out.push('\n');
        }
        out.push_str(
            "    Because memory is corrupted at the start, the count of bytes requested\n       \
             may be bogus, and checking the trailing pad bytes may segfault.\n",
        );
    }
    let tail_addr = p.wrapping_add(n);
    let _ = write!(out, "    The {SST} pad bytes at tail={tail_addr:#x} are ");
    match data.get(n..n + SST) {
        Some(tail) if tail.iter().all(|&b| b == FORBIDDEN_BYTE) => {
            out.push_str("FORBIDDENBYTE, as expected.\n")
        }
        Some(tail) => {
            let _ = writeln!(out, "not all FORBIDDENBYTE (0x{FORBIDDEN_BYTE:02x}):");
            for (i, &byte) in tail.iter().enumerate() {
                let _ = write!(out, "        at tail+{i}: 0x{byte:02x}");
                if byte != FORBIDDEN_BYTE {
                    out.push_str(" *** OUCH");
                }
                out.push('\n');
            }
        }
        None => out.push_str("beyond the end of the block (the size field is corrupted).\n"),
    }
    let shown = &data[..n.min(data.len())];
    if !shown.is_empty() {
        out.push_str("    Data at p:");
        let head = shown.len().min(8);
        for b in &shown[..head] {
            let _ = write!(out, " {b:02x}");
        }
        let rest = &shown[head..];
        if !rest.is_empty() {
            let rest = if rest.len() > 8 {
                out.push_str(" ...");
                &rest[rest.len() - 8..]
            } else {
                rest
            };
            for b in rest {
                let _ = write!(out, " {b:02x}");
            }
        }
        out.push('\n');
    }
    out.push('\n');
    out
}

/// The CPython 3.12 function named in the fatal error of a failed free, for every API
/// family: "Fatal Python error: _PyMem_DebugRawFree: bad trailing pad byte".
pub const FREE_CHECK_FUNCTION: &str = "_PyMem_DebugRawFree";
