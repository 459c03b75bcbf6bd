//! The arena map: a radix tree over addresses that answers "is this pointer inside one of
//! our arenas?" in three array lookups (CPython's `address_in_range`, 3.10+).
//!
//! A 64-bit address is split, from the top, into a root index, a middle index and a bottom
//! index, with the low `arena_bits` ignored:
//!
//! ```text
//!   63            49 48           34 33        20 19            0
//!  +----------------+---------------+-----------+---------------+
//!  |   root (15)    |   mid (15)    | bot (14)  | offset in an  |
//!  |                |               |           | arena-sized   |
//!  |                |               |           | slot (20)     |
//!  +----------------+---------------+-----------+---------------+
//! ```
//!
//! Each bottom entry describes one arena-*sized* slot of the address space. Arenas are not
//! aligned to their size, so one arena can straddle two slots: the slot holding its start
//! records `tail_hi` (the offset where the arena begins; every address at or above it is
//! ours) and the next slot records `tail_lo` (every address below it is ours). An arena
//! aligned to its size covers its whole slot and records `tail_hi = -1`, since 0 means
//! "no arena starts here".
//!
//! Nodes are allocated on first use and never freed, as in CPython; their number is part
//! of the `_debugmallocstats` report.
//!
//! Interior levels link to their children by number (1 + the child's index in the map's
//! node list; 0 = absent) rather than by `Option<Box<_>>`. The nodes are large (2^15 to
//! 2^17 entries) and almost all empty, and a slice of boxes is dropped entry by entry: at
//! teardown that walked hundreds of thousands of empty entries (seconds per allocator under
//! Miri). Numbers have no drop glue, so a map is freed node by node.

/// One arena-sized slot of the address space: which of its offsets belong to an arena, as
/// `(tail_hi, tail_lo)`:
/// - offsets `>= tail_hi` are ours (an arena starts inside this slot); 0 means none, and an
///   arena starting exactly at the slot's base is recorded as -1;
/// - offsets `< tail_lo` are ours (an arena that started in the previous slot ends here).
///
/// A tuple rather than a struct so that `vec![(0, 0); n]` gets zeroed memory in one
/// allocation (as do `vec![None; n]` for the interior levels): nodes are large.
type Coverage = (i32, i32);

type Bottom = Box<[Coverage]>;
/// Children by number: 1 + the index of a bottom node in `ArenaMap::bottoms`, 0 = absent.
type Middle = Box<[u32]>;

/// The radix tree. Safe code only: nodes are boxed slices in two lists, linked by number.
pub(crate) struct ArenaMap {
    arena_bits: u32,
    interior_bits: u32,
    bottom_bits: u32,
    // Shifts and masks precomputed for the lookup on every free.
    top_shift: u32,
    mid_shift: u32,
    mid_mask: usize,
    bot_mask: usize,
    tail_mask: usize,
    /// Children by number: 1 + the index of a middle node in `middles`, 0 = absent.
    root: Box<[u32]>,
    middles: Vec<Middle>,
    bottoms: Vec<Bottom>,
}

/// Bits of an address the tree indexes (CPython 3.12 ignores none of the 64).
const ADDRESS_BITS: u32 = usize::BITS;

impl ArenaMap {
    pub(crate) fn new(arena_bits: u32) -> ArenaMap {
        // Split the bits above the arena offset in three, the bottom level taking what
        // remains (CPython's MAP_TOP_BITS / MAP_MID_BITS / MAP_BOT_BITS).
        let interior_bits = (ADDRESS_BITS - arena_bits).div_ceil(3);
        let bottom_bits = ADDRESS_BITS - arena_bits - 2 * interior_bits;
        ArenaMap {
            arena_bits,
            interior_bits,
            bottom_bits,
            top_shift: ADDRESS_BITS - interior_bits,
            mid_shift: ADDRESS_BITS - 2 * interior_bits,
            mid_mask: (1 << interior_bits) - 1,
            bot_mask: (1 << bottom_bits) - 1,
            tail_mask: (1 << arena_bits) - 1,
            root: vec![0; 1 << interior_bits].into_boxed_slice(),
            middles: Vec::new(),
            bottoms: Vec::new(),
        }
    }

    #[inline]
    fn indices(&self, addr: usize) -> (usize, usize, usize) {
        let top = addr >> self.top_shift;
        let mid = (addr >> self.mid_shift) & self.mid_mask;
        let bot = (addr >> self.arena_bits) & self.bot_mask;
        (top, mid, bot)
    }

    #[inline]
    fn tail(&self, addr: usize) -> i32 {
        // arena_bits <= 30, so the offset fits a non-negative i32.
        (addr & self.tail_mask) as i32
    }

    /// The bottom entry for `addr`, creating the nodes on the way if asked.
    fn coverage_mut(&mut self, addr: usize) -> &mut Coverage {
        let (top, mid, bot) = self.indices(addr);
        let m = match child(self.root[top]) {
            Some(m) => m,
            None => {
                self.middles
                    .push(vec![0; 1 << self.interior_bits].into_boxed_slice());
                self.root[top] = link(self.middles.len());
                self.middles.len() - 1
            }
        };
        let b = match child(self.middles[m][mid]) {
            Some(b) => b,
            None => {
                self.bottoms
                    .push(vec![(0, 0); 1 << self.bottom_bits].into_boxed_slice());
                self.middles[m][mid] = link(self.bottoms.len());
                self.bottoms.len() - 1
            }
        };
        &mut self.bottoms[b][bot]
    }

    /// Records that the arena starting at `base` is (or, with `used == false`, no longer is)
    /// one of ours.
    pub(crate) fn mark(&mut self, base: usize, used: bool) {
        let tail = self.tail(base);
        if tail == 0 {
            self.coverage_mut(base).0 = if used { -1 } else { 0 };
        } else {
            self.coverage_mut(base).0 = if used { tail } else { 0 };
            // The arena runs on into the next arena-sized slot, which may sit under other
            // root and middle nodes.
            let next = base.wrapping_add(1 << self.arena_bits);
            self.coverage_mut(next).1 = if used { tail } else { 0 };
        }
    }

    /// Whether `addr` lies inside one of the arenas marked used.
    #[inline]
    pub(crate) fn contains(&self, addr: usize) -> bool {
        let (top, mid, bot) = self.indices(addr);
        // `get` rather than indexing: the indices are in range by construction, and a
        // missing node or entry reads as "not ours" either way.
        let Some(middle) = self
            .root
            .get(top)
            .and_then(|&n| self.middles.get(child(n)?))
        else {
            return false;
        };
        let Some(bottom) = middle.get(mid).and_then(|&n| self.bottoms.get(child(n)?)) else {
            return false;
        };
        let Some(&(tail_hi, tail_lo)) = bottom.get(bot) else {
            return false;
        };
        let tail = self.tail(addr);
        tail < tail_lo || (tail >= tail_hi && tail_hi != 0)
    }

    /// (middle nodes, bottom nodes) allocated so far.
    pub(crate) fn node_counts(&self) -> (usize, usize) {
        (self.middles.len(), self.bottoms.len())
    }

    /// Bytes of one (root, middle, bottom) node, as CPython reports them: an array of
    /// pointers for the interior levels, two `int32_t` per bottom entry.
    pub(crate) fn node_sizes(&self) -> (usize, usize, usize) {
        let ptr = core::mem::size_of::<usize>();
        (
            (1 << self.interior_bits) * ptr,
            (1 << self.interior_bits) * ptr,
            (1 << self.bottom_bits) * core::mem::size_of::<Coverage>(),
        )
    }
}

/// The node a link names (see [`Middle`]), if any.
#[inline]
fn child(link: u32) -> Option<usize> {
    (link as usize).checked_sub(1)
}

/// The link to the node that is `count`th in its list (1-based). More than `u32::MAX` nodes
/// would need more arenas than an address space holds.
fn link(count: usize) -> u32 {
    u32::try_from(count).expect("arena map nodes are fewer than 2^32")
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIB: usize = 1 << 20;

    #[test]
    fn cpython_shape() {
        let map = ArenaMap::new(20);
        assert_eq!((map.interior_bits, map.bottom_bits), (15, 14));
        assert_eq!(map.node_sizes(), (262_144, 262_144, 131_072));
        assert_eq!(map.node_counts(), (0, 0));
    }

    #[test]
    fn aligned_arena() {
        let mut map = ArenaMap::new(20);
        let base = 0x7f00_0000_0000;
        assert!(!map.contains(base));
        map.mark(base, true);
        assert!(map.contains(base));
        assert!(map.contains(base + MIB - 1));
        assert!(!map.contains(base + MIB));
        assert!(!map.contains(base - 1));
        map.mark(base, false);
        assert!(!map.contains(base));
        assert_eq!(map.node_counts(), (1, 1));
    }

    #[test]
    fn unaligned_arena_straddles_two_slots() {
        let mut map = ArenaMap::new(20);
        let base = 0x7f00_0000_0000 + 0x3000;
        map.mark(base, true);
        assert!(!map.contains(base - 1));
        assert!(map.contains(base));
        assert!(map.contains(base + MIB - 1));
        assert!(!map.contains(base + MIB));
        // A neighbour that starts where the first ends shares the middle slot.
        map.mark(base + MIB, true);
        assert!(map.contains(base + MIB));
        assert!(map.contains(base + 2 * MIB - 1));
        map.mark(base, false);
        assert!(!map.contains(base));
        assert!(map.contains(base + MIB));
    }

    #[test]
    fn arena_crossing_a_middle_node_boundary() {
        let mut map = ArenaMap::new(18);
        // The last 256 KiB slot under one middle node, plus a bit.
        let boundary = 1usize << (64 - 2 * map.interior_bits);
        let base = boundary - (256 << 10) + 4096;
        map.mark(base, true);
        assert!(map.contains(base));
        assert!(map.contains(boundary));
        assert!(map.contains(base + (256 << 10) - 1));
        assert!(!map.contains(base + (256 << 10)));
        assert_eq!(map.node_counts(), (1, 2));
    }
}
