//! Errors of the heap API. Bad input gives one of these, never a panic.

use core::fmt;

/// Why a heap operation failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeapError {
    /// obmalloc could not provide memory (`MemoryError`).
    OutOfMemory,
    /// `collect(generation)` with a generation outside 0..=2 (CPython: `ValueError: invalid
    /// generation`).
    InvalidGeneration(usize),
    /// `get_objects(generation)` with a generation outside 0..=2.
    GenerationOutOfRange(usize),
    /// `set_threshold` needs one to three thresholds.
    InvalidThresholds(usize),
    /// The value's alignment is larger than the 16 bytes obmalloc guarantees.
    UnsupportedAlignment(usize),
    /// The operation is not allowed while the heap is traversing objects (called from inside
    /// a traverse slot).
    Busy(&'static str),
    /// A traverse slot panicked (or could not report its references); the collection kept
    /// every object it was examining alive.
    TraverseFailed(String),
}

impl fmt::Display for HeapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HeapError::OutOfMemory => write!(f, "out of memory"),
            HeapError::InvalidGeneration(_) => write!(f, "invalid generation"),
            HeapError::GenerationOutOfRange(_) => write!(
                f,
                "generation parameter must be less than the number of available generations (3)"
            ),
            HeapError::InvalidThresholds(n) => {
                write!(f, "set_threshold expected 1 to 3 thresholds, got {n}")
            }
            HeapError::UnsupportedAlignment(a) => {
                write!(f, "alignment {a} is larger than the heap's 16")
            }
            HeapError::Busy(what) => write!(f, "{what} is not allowed during a traversal"),
            HeapError::TraverseFailed(msg) => write!(f, "traverse failed: {msg}"),
        }
    }
}

impl std::error::Error for HeapError {}
