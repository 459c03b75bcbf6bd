//! Geometry: how big arenas and pools are, and the size classes that follow from it.
//!
//! CPython 3.12 on 64-bit uses 1 MiB arenas and 16 KiB pools ([`Geometry::CPYTHON_312`]);
//! the classic layout that most descriptions of pymalloc (and the seed notebook) talk about
//! is 256 KiB arenas and 4 KiB pools ([`Geometry::CLASSIC`]). Both share the block side:
//! 16-byte alignment and 32 size classes up to 512 bytes.

use core::fmt;

/// Every block is aligned to this many bytes, and size classes are multiples of it.
pub const ALIGNMENT: usize = 16;
const ALIGNMENT_SHIFT: u32 = 4;
/// Requests of up to this many bytes are served from pools; larger ones go to the system.
pub const SMALL_REQUEST_THRESHOLD: usize = 512;
/// Number of size classes: class `i` holds blocks of `(i + 1) * 16` bytes.
pub const NUM_SIZE_CLASSES: usize = SMALL_REQUEST_THRESHOLD / ALIGNMENT;
/// Bytes at the start of each pool taken by its header (48: four pointers and four
/// 32-bit fields, already a multiple of [`ALIGNMENT`]).
pub const POOL_OVERHEAD: usize = 48;

/// The size class index serving a request of `nbytes` (1..=512), as CPython's
/// `(nbytes - 1) >> ALIGNMENT_SHIFT`. Returns `None` for 0 and for sizes above 512,
/// which the system allocator serves.
#[inline]
pub const fn size_class_of(nbytes: usize) -> Option<usize> {
    if nbytes.wrapping_sub(1) < SMALL_REQUEST_THRESHOLD {
        Some((nbytes - 1) >> ALIGNMENT_SHIFT)
    } else {
        None
    }
}

/// The block size, in bytes, of size class `class` (CPython's `INDEX2SIZE`).
#[inline]
pub const fn block_size(class: usize) -> usize {
    (class + 1) << ALIGNMENT_SHIFT
}

/// The shape of the allocator's memory: arena size and pool size, both powers of two.
///
/// Build one with [`Geometry::new`], which refuses shapes that cannot work, or use the
/// two presets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Geometry {
    arena_bits: u32,
    pool_bits: u32,
}

/// Why a [`Geometry`] was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GeometryError {
    /// The pool cannot hold its header plus two blocks of the largest size class, so a
    /// pool of that class would go from full to empty in one free (pymalloc assumes not).
    PoolTooSmall {
        /// The pool size asked for.
        pool_size: usize,
        /// The smallest pool size that works.
        min: usize,
    },
    /// Pools larger than this would overflow the 32-bit offsets kept in the pool header.
    PoolTooLarge {
        /// The pool size asked for.
        pool_size: usize,
        /// The largest pool size accepted.
        max: usize,
    },
    /// An arena must hold at least four pools, so that even after losing one pool to
    /// alignment it still has room for more than one.
    ArenaTooSmall {
        /// The arena size asked for.
        arena_size: usize,
        /// The pool size asked for.
        pool_size: usize,
    },
    /// Arenas larger than this cannot be described by the radix tree's 32-bit tails.
    ArenaTooLarge {
        /// The arena size asked for.
        arena_size: usize,
        /// The largest arena size accepted.
        max: usize,
    },
    /// A size that is not a power of two.
    NotPowerOfTwo {
        /// Which size: "arena" or "pool".
        what: &'static str,
        /// The value given.
        size: usize,
    },
}

impl fmt::Display for GeometryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GeometryError::PoolTooSmall { pool_size, min } => write!(
                f,
                "pool size {pool_size} is too small: a pool needs its {POOL_OVERHEAD}-byte header and two \
                 {SMALL_REQUEST_THRESHOLD}-byte blocks, so at least {min} bytes"
            ),
            GeometryError::PoolTooLarge { pool_size, max } => {
                write!(f, "pool size {pool_size} is too large (at most {max} bytes)")
            }
            GeometryError::ArenaTooSmall {
                arena_size,
                pool_size,
            } => write!(
                f,
                "arena size {arena_size} holds fewer than 4 pools of {pool_size} bytes"
            ),
            GeometryError::ArenaTooLarge { arena_size, max } => {
                write!(f, "arena size {arena_size} is too large (at most {max} bytes)")
            }
            GeometryError::NotPowerOfTwo { what, size } => {
                write!(f, "{what} size {size} is not a power of two")
            }
        }
    }
}

impl std::error::Error for GeometryError {}

impl Geometry {
    /// CPython 3.12 on 64-bit platforms: 1 MiB arenas, 16 KiB pools, 64 pools per arena.
    pub const CPYTHON_312: Geometry = Geometry {
        arena_bits: 20,
        pool_bits: 14,
    };
    /// The classic pymalloc layout (CPython up to 3.9): 256 KiB arenas, 4 KiB pools.
    pub const CLASSIC: Geometry = Geometry {
        arena_bits: 18,
        pool_bits: 12,
    };

    const MAX_POOL_BITS: u32 = 24;
    const MAX_ARENA_BITS: u32 = 30;

    /// A geometry of `arena_size`-byte arenas cut into `pool_size`-byte pools.
    ///
    /// Both must be powers of two; the pool must hold its header and two 512-byte blocks
    /// (so at least 2 KiB), at most 16 MiB; the arena must hold at least four pools and be
    /// at most 1 GiB.
    pub fn new(arena_size: usize, pool_size: usize) -> Result<Geometry, GeometryError> {
        if !pool_size.is_power_of_two() {
            return Err(GeometryError::NotPowerOfTwo {
                what: "pool",
                size: pool_size,
            });
        }
        if !arena_size.is_power_of_two() {
            return Err(GeometryError::NotPowerOfTwo {
                what: "arena",
                size: arena_size,
            });
        }
        let min_pool = POOL_OVERHEAD + 2 * SMALL_REQUEST_THRESHOLD;
        if pool_size < min_pool {
            return Err(GeometryError::PoolTooSmall {
                pool_size,
                min: min_pool.next_power_of_two(),
            });
        }
        let pool_bits = pool_size.trailing_zeros();
        if pool_bits > Self::MAX_POOL_BITS {
            return Err(GeometryError::PoolTooLarge {
                pool_size,
                max: 1 << Self::MAX_POOL_BITS,
            });
        }
        let arena_bits = arena_size.trailing_zeros();
        if arena_bits > Self::MAX_ARENA_BITS {
            return Err(GeometryError::ArenaTooLarge {
                arena_size,
                max: 1 << Self::MAX_ARENA_BITS,
            });
        }
        if arena_bits < pool_bits + 2 {
            return Err(GeometryError::ArenaTooSmall {
                arena_size,
                pool_size,
            });
        }
        Ok(Geometry {
            arena_bits,
            pool_bits,
        })
    }

    /// Bytes per arena.
    #[inline]
    pub const fn arena_size(&self) -> usize {
        1 << self.arena_bits
    }

    /// log2 of the arena size.
    #[inline]
    pub const fn arena_bits(&self) -> u32 {
        self.arena_bits
    }

    /// Bytes per pool.
    #[inline]
    pub const fn pool_size(&self) -> usize {
        1 << self.pool_bits
    }

    /// log2 of the pool size.
    #[inline]
    pub const fn pool_bits(&self) -> u32 {
        self.pool_bits
    }

    /// Pools in an arena whose start happens to be pool-aligned (CPython's
    /// `MAX_POOLS_IN_ARENA`); an unaligned arena has one fewer.
    #[inline]
    pub const fn max_pools_in_arena(&self) -> usize {
        1 << (self.arena_bits - self.pool_bits)
    }

    /// Blocks in one pool of size class `class` (CPython's `NUMBLOCKS`).
    #[inline]
    pub const fn blocks_per_pool(&self, class: usize) -> usize {
        (self.pool_size() - POOL_OVERHEAD) / block_size(class)
    }
}

impl Default for Geometry {
    fn default() -> Self {
        Geometry::CPYTHON_312
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_classes_follow_cpython() {
        assert_eq!(size_class_of(0), None);
        assert_eq!(size_class_of(1), Some(0));
        assert_eq!(size_class_of(16), Some(0));
        assert_eq!(size_class_of(17), Some(1));
        assert_eq!(size_class_of(48), Some(2));
        assert_eq!(size_class_of(512), Some(31));
        assert_eq!(size_class_of(513), None);
        assert_eq!(size_class_of(usize::MAX), None);
        assert_eq!(block_size(31), 512);
    }

    #[test]
    fn presets() {
        let g = Geometry::CPYTHON_312;
        assert_eq!((g.arena_size(), g.pool_size()), (1 << 20, 16 << 10));
        assert_eq!(g.max_pools_in_arena(), 64);
        assert_eq!(g.blocks_per_pool(0), 1021);
        assert_eq!(g.blocks_per_pool(31), 31);
        let c = Geometry::CLASSIC;
        assert_eq!((c.arena_size(), c.pool_size()), (256 << 10, 4 << 10));
        assert_eq!(c.blocks_per_pool(0), 253);
        assert_eq!(Geometry::new(1 << 20, 1 << 14), Ok(Geometry::CPYTHON_312));
        assert_eq!(Geometry::new(256 << 10, 4 << 10), Ok(Geometry::CLASSIC));
    }

    #[test]
    fn bad_geometries_are_refused() {
        assert!(matches!(
            Geometry::new(1 << 20, 1000),
            Err(GeometryError::NotPowerOfTwo { what: "pool", .. })
        ));
        assert!(matches!(
            Geometry::new(3 << 20, 4096),
            Err(GeometryError::NotPowerOfTwo { what: "arena", .. })
        ));
        assert!(matches!(
            Geometry::new(1 << 20, 1024),
            Err(GeometryError::PoolTooSmall { min: 2048, .. })
        ));
        assert!(matches!(
            Geometry::new(1 << 20, 1 << 25),
            Err(GeometryError::PoolTooLarge { .. })
        ));
        assert!(matches!(
            Geometry::new(8192, 4096),
            Err(GeometryError::ArenaTooSmall { .. })
        ));
        assert!(matches!(
            Geometry::new(1 << 31, 4096),
            Err(GeometryError::ArenaTooLarge { .. })
        ));
        assert!(matches!(
            Geometry::new(0, 4096),
            Err(GeometryError::NotPowerOfTwo { .. })
        ));
        let msg = Geometry::new(1 << 20, 1024).unwrap_err().to_string();
        assert!(msg.contains("at least 2048 bytes"), "{msg}");
    }
}
