//! The VM-wide second level of the method caches: where `LoadMethod` found a plain
//! function for a (class, name) pair. Each `LoadMethod` instruction caches one class (see
//! `frame::MethodCache`); a call site that sees instances of several classes in turn (a
//! scheduler looping over tasks of four subclasses, a visitor over node types) misses it
//! on nearly every call and would search the MRO each time. On such a miss the eval loop
//! looks here before searching, as CPython's type attribute cache backs its specialised
//! instructions.
//!
//! The table is direct-mapped (a colliding pair overwrites the older entry) and holds no
//! references: an entry is only a hint, re-validated by the instruction cache's own checks
//! (class address, type version, shared-keys length, and the namespace entry still holding
//! the very name object) before use.

use std::cell::Cell;

use super::frame::MethodCache;

/// log2 of the number of entries.
const BITS: u32 = 10;

#[derive(Clone, Copy, Default)]
struct Entry {
    /// Address of the name object (0 = empty).
    name: usize,
    /// Where the method was found (its `cls` is the class address).
    found: MethodCache,
}

/// See the module doc.
pub struct MethodTable {
    entries: Box<[Cell<Entry>]>,
}

impl Default for MethodTable {
    fn default() -> Self {
        MethodTable {
            entries: (0..1usize << BITS).map(|_| Cell::default()).collect(),
        }
    }
}

impl MethodTable {
    /// The entry a (class, name) pair maps to: a multiplicative hash of both addresses
    /// (blocks are 16-byte aligned, so the low bits say nothing).
    #[inline]
    fn slot(&self, cls: usize, name: usize) -> &Cell<Entry> {
        let key = (cls as u64) ^ (name as u64).rotate_left(29);
        let h = key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - BITS);
        &self.entries[h as usize & ((1 << BITS) - 1)]
    }

    /// Where the method `name` was last found for the class at address `cls`, if the pair
    /// still holds its entry (to be validated by the caller).
    #[inline]
    pub fn get(&self, cls: usize, name: usize) -> Option<MethodCache> {
        let e = self.slot(cls, name).get();
        (e.name == name && e.found.cls == cls && cls != 0).then_some(e.found)
    }

    /// Remember where the method `name` was found (`found.cls` names the class).
    #[inline]
    pub fn put(&self, name: usize, found: MethodCache) {
        self.slot(found.cls, name).set(Entry { name, found });
    }
}
