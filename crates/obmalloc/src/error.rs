//! Errors of the allocator's API.

use core::fmt;

/// Why an allocation failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AllocError {
    /// The request can never be satisfied: more than `isize::MAX` bytes, or an
    /// element count times element size that overflows.
    TooLarge {
        /// The size asked for (saturated on overflow).
        size: usize,
    },
    /// The system refused the memory.
    OutOfMemory {
        /// The size asked for.
        size: usize,
    },
}

impl fmt::Display for AllocError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AllocError::TooLarge { size } => {
                write!(f, "cannot allocate {size} bytes: larger than isize::MAX")
            }
            AllocError::OutOfMemory { size } => {
                write!(f, "out of memory allocating {size} bytes")
            }
        }
    }
}

impl std::error::Error for AllocError {}

/// Why [`Obmalloc::try_free`](crate::Obmalloc::try_free) refused a pointer. In every
/// case nothing was freed and the allocator is unchanged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FreeError {
    /// The address is inside one of our arenas but is not the start of a block handed out
    /// by us (a pool header, the middle of a block, alignment slack, an unused pool).
    NotABlock {
        /// The address given.
        address: usize,
    },
    /// The address is a block of ours that is already free (a double free).
    AlreadyFree {
        /// The address given.
        address: usize,
    },
    /// The address is neither in our arenas nor a live system block we handed out.
    Foreign {
        /// The address given.
        address: usize,
    },
}

impl fmt::Display for FreeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FreeError::NotABlock { address } => write!(
                f,
                "cannot free {address:#x}: inside an arena but not the start of an allocated block"
            ),
            FreeError::AlreadyFree { address } => {
                write!(
                    f,
                    "cannot free {address:#x}: the block is already free (double free)"
                )
            }
            FreeError::Foreign { address } => {
                write!(
                    f,
                    "cannot free {address:#x}: not allocated by this allocator"
                )
            }
        }
    }
}

impl std::error::Error for FreeError {}

/// Why [`Obmalloc::read_bytes`](crate::Obmalloc::read_bytes) refused to read. Nothing was
/// read and the destination is unchanged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Some byte of the range lies outside every live arena (or the range wraps around
    /// the address space, or spans two arenas).
    OutsideHeap {
        /// First address asked for.
        address: usize,
        /// Bytes asked for.
        len: usize,
    },
    /// The destination buffer itself lies in the range to be read: copying would read
    /// memory that an exclusive borrow is writing.
    Overlaps {
        /// First address asked for.
        address: usize,
    },
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::OutsideHeap { address, len } => write!(
                f,
                "cannot read {len} bytes at {address:#x}: not inside one arena of the heap"
            ),
            ReadError::Overlaps { address } => write!(
                f,
                "cannot read at {address:#x}: the destination overlaps the source"
            ),
        }
    }
}

impl std::error::Error for ReadError {}
