//! A checked reader of heap memory: [`Obmalloc::read_bytes`] copies bytes out of our
//! arenas, and refuses any range that is not wholly inside one live arena.
//!
//! This is what lets a script look at the allocator's real memory (a `ctypes.Structure`
//! laid over a pool header, say) without being able to read anything else: the range is
//! checked against the arena table first, so an address that is not ours is an error,
//! never a fault.
//!
//! Why every byte of an arena may be read: arenas come from `mmap` (zero-filled by the
//! kernel) or from [`HeapArenas`](crate::HeapArenas) (zeroed), so even bytes nobody
//! has written since the arena was mapped (virgin blocks, the unused tail of a pool,
//! alignment slack) hold defined values.

use crate::error::ReadError;
use crate::obmalloc::Obmalloc;

impl Obmalloc {
    /// Copies `out.len()` bytes starting at `address` into `out`, if the whole range lies
    /// inside one live arena (header, blocks, free or virgin memory alike); otherwise
    /// returns [`ReadError::OutsideHeap`] and reads nothing. A destination that lies in the
    /// range itself is refused with [`ReadError::Overlaps`].
    ///
    /// The bytes are those in memory at the moment of the call: an object that is alive
    /// reads as its current fields, a freed block as its free-list link and stale data.
    pub fn read_bytes(&self, address: usize, out: &mut [u8]) -> Result<(), ReadError> {
        let state = self.state_ref();
        let len = out.len();
        let outside = ReadError::OutsideHeap { address, len };
        let index = state.arena_containing(address).ok_or(outside)?;
        let base = state.arenas[index].address.ok_or(outside)?;
        let offset = address - base.as_ptr().addr();
        let end = offset.checked_add(len).ok_or(outside)?;
        if end > state.geometry.arena_size() {
            return Err(outside);
        }
        let dest = out.as_ptr().addr();
        if dest < address + len && address < dest + len {
            return Err(ReadError::Overlaps { address });
        }
        // SAFETY: `base` is a mapped arena (its table entry is `Some`), which the arena
        // source guarantees valid for reads of `arena_size` bytes, and `offset..end` lies
        // within it (checked above); the pointer is derived from `base`, so it carries the
        // arena's provenance. Every byte is initialised (see the module docs: zeroed when
        // mapped). `out` is an exclusive borrow disjoint from the source (checked above),
        // and the allocator holds no reference into arena memory between calls, so the
        // copy races with no writer on this single thread.
        unsafe {
            core::ptr::copy_nonoverlapping(base.as_ptr().add(offset), out.as_mut_ptr(), len);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::*;

    fn tiny() -> Obmalloc {
        Obmalloc::with_config(Config {
            geometry: Geometry::new(16 << 10, 4 << 10).unwrap(),
            arena_source: Box::new(HeapArenas::new()),
        })
        .unwrap()
    }

    fn read_u32(a: &Obmalloc, address: usize) -> u32 {
        let mut b = [0u8; 4];
        a.read_bytes(address, &mut b).unwrap();
        u32::from_ne_bytes(b)
    }

    fn read_usize(a: &Obmalloc, address: usize) -> usize {
        let mut b = [0u8; 8];
        a.read_bytes(address, &mut b).unwrap();
        usize::from_ne_bytes(b)
    }

    #[test]
    fn reads_what_was_written_into_a_block() {
        let a = tiny();
        let p = a.alloc(32).unwrap();
        // SAFETY: a fresh 32-byte block of ours, written once, freed once below.
        unsafe { p.as_ptr().copy_from_nonoverlapping([7u8; 32].as_ptr(), 32) };
        let mut out = [0u8; 32];
        a.read_bytes(p.as_ptr().addr(), &mut out).unwrap();
        assert_eq!(out, [7u8; 32]);
        // SAFETY: allocated above, freed once.
        unsafe { a.free(p) };
    }

    #[test]
    fn reads_the_real_pool_header() {
        let a = tiny();
        let blocks: Vec<_> = (0..3).map(|_| a.alloc(48).unwrap()).collect();
        let Lookup::Block(loc) = a.lookup(blocks[0].as_ptr().addr()) else {
            panic!("not a pool block");
        };
        let pool = loc.pool_address;
        assert_eq!(read_u32(&a, pool), 3, "count");
        assert_eq!(
            read_u32(&a, pool + 32) as usize,
            loc.arena_index,
            "arenaindex"
        );
        assert_eq!(read_u32(&a, pool + 36), 2, "szidx");
        // SAFETY: allocated above, freed once.
        unsafe { a.free(blocks[1]) };
        assert_eq!(read_u32(&a, pool), 2, "count after a free");
        assert_eq!(
            read_usize(&a, pool + 8),
            blocks[1].as_ptr().addr(),
            "freeblock"
        );
        for &b in [blocks[0], blocks[2]].iter() {
            // SAFETY: allocated above, each freed once.
            unsafe { a.free(b) };
        }
    }

    #[test]
    fn never_written_bytes_read_as_zero() {
        let a = tiny();
        let p = a.alloc(16).unwrap();
        let arena = a.arenas()[0].address;
        let size = a.geometry().arena_size();
        // The last 64 bytes of the arena: past every carved pool.
        let mut out = [0xffu8; 64];
        a.read_bytes(arena + size - 64, &mut out).unwrap();
        assert_eq!(out, [0u8; 64]);
        // SAFETY: allocated above, freed once.
        unsafe { a.free(p) };
    }

    #[test]
    fn refuses_ranges_outside_the_arenas() {
        let a = tiny();
        let p = a.alloc(16).unwrap();
        let arena = a.arenas()[0].address;
        let size = a.geometry().arena_size();
        let mut out = [0x5au8; 8];
        for address in [0, 8, arena.wrapping_sub(8), arena + size, usize::MAX - 3] {
            assert_eq!(
                a.read_bytes(address, &mut out),
                Err(ReadError::OutsideHeap { address, len: 8 }),
                "{address:#x}"
            );
        }
        // Straddling the end of the arena: refused as a whole, nothing copied.
        assert!(a.read_bytes(arena + size - 4, &mut out).is_err());
        assert_eq!(out, [0x5au8; 8]);
        // The very last 8 bytes are fine.
        assert!(a.read_bytes(arena + size - 8, &mut out).is_ok());
        // A system block (over 512 bytes) is ours but not in an arena.
        let big = a.alloc(4096).unwrap();
        assert!(a.read_bytes(big.as_ptr().addr(), &mut out).is_err());
        // A stack address.
        let local = 0u64;
        assert!(a
            .read_bytes(core::ptr::addr_of!(local).addr(), &mut out)
            .is_err());
        // SAFETY: allocated above, each freed once.
        unsafe {
            a.free(big);
            a.free(p);
        }
    }

    #[test]
    fn refuses_a_destination_inside_the_source() {
        let a = tiny();
        let p = a.alloc(64).unwrap();
        // SAFETY: a live 64-byte block of ours, used only through this slice until freed.
        let block = unsafe { core::slice::from_raw_parts_mut(p.as_ptr(), 64) };
        block.fill(1);
        let address = block.as_ptr().addr();
        let (head, tail) = block.split_at_mut(32);
        assert_eq!(
            a.read_bytes(address + 16, head),
            Err(ReadError::Overlaps {
                address: address + 16
            })
        );
        // Disjoint parts of the same block are fine.
        a.read_bytes(address, tail).unwrap();
        assert_eq!(tail, [1u8; 32]);
        // SAFETY: allocated above, freed once; `block` is not used afterwards.
        unsafe { a.free(p) };
    }

    #[test]
    fn a_returned_arena_is_no_longer_readable() {
        let a = tiny();
        // Fill the first arena and take one block of a second.
        let mut blocks = Vec::new();
        while a.arenas().len() < 2 {
            blocks.push(a.alloc(512).unwrap());
        }
        let first = a.arenas()[0].address;
        let in_second = blocks.pop().unwrap();
        let last_of_first = blocks.pop().unwrap();
        for b in blocks {
            // SAFETY: allocated above, each freed once.
            unsafe { a.free(b) };
        }
        // SAFETY: allocated above, freed once. The second arena is now wholly free but
        // stays (it is the last usable arena).
        unsafe { a.free(in_second) };
        let mut out = [0u8; 8];
        assert!(a.read_bytes(first, &mut out).is_ok());
        // SAFETY: allocated above, freed once. The first arena empties while another
        // usable arena follows it, so it goes back to its source.
        unsafe { a.free(last_of_first) };
        assert!(a.arenas().iter().all(|ar| ar.address != first));
        assert!(a.read_bytes(first, &mut out).is_err());
    }
}
