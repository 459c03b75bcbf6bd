//! CPython's iteration order for sets. A set stores its members in insertion order (the dict
//! layout); CPython iterates a set in the order of its open-addressing hash table. [`Layout`]
//! models CPython 3.12's table (`Objects/setobject.c`: 8 slots to start, linear probing over
//! up to 9 neighbours, then perturbation; dummies left by removals and reused by later
//! insertions; growth to ×4 the used count once 60% of the slots are filled, counting
//! dummies) and is read back slot by slot.
//!
//! A set keeps its layout and brings it up to date lazily, when it is iterated: members
//! gone since are turned into dummies, then new ones inserted in insertion order. The
//! operations CPython implements in bulk build the result's layout the way CPython does:
//! copies (`set(s)`, `s.copy()`, `frozenset(s)`) merge the source table into an empty one,
//! `|`, `&`, `-`, `^` follow `set_or`/`set_intersection`/`set_difference`/
//! `set_symmetric_difference`, and constant displays (`{3, 10, -2}`, three or more
//! constants) follow the compiler's frozenset constant (built, rebuilt by the constant
//! merger, then merged into the new set). Members removed and re-added between two
//! iterations are placed as if removed first.

use hashbrown::HashMap;

/// Linear probes before perturbation (`LINEAR_PROBES`).
const LINEAR_PROBES: usize = 9;
/// `PERTURB_SHIFT`.
const PERTURB_SHIFT: u32 = 5;
/// `PySet_MINSIZE`.
const MIN_SIZE: usize = 8;

/// The order (as indices into `hashes`) in which CPython iterates a set whose members, with
/// these hashes, were added one after another.
pub fn cpython_order(hashes: &[i64]) -> Vec<usize> {
    let mut l = Layout::new();
    for (item, &h) in hashes.iter().enumerate() {
        l.add(item, h);
    }
    l.order()
}

/// One slot of the model table.
#[derive(Clone, Copy, PartialEq)]
enum Slot {
    Empty,
    Dummy,
    /// A member: its identity (the caller's id, e.g. the key's address) and hash.
    Live(usize, i64),
}

/// A model of one CPython set table.
#[derive(Clone)]
pub struct Layout {
    slots: Vec<Slot>,
    /// Live + dummy slots (CPython's `fill`).
    fill: usize,
    /// Live slots.
    used: usize,
    /// Member id → slot.
    at: HashMap<usize, usize>,
    /// Where `set.pop` resumes its search (CPython's `finger`).
    finger: usize,
}

impl Default for Layout {
    fn default() -> Self {
        Layout::new()
    }
}

impl Layout {
    /// An empty table of `PySet_MINSIZE` slots.
    pub fn new() -> Layout {
        Layout::with_size(MIN_SIZE)
    }

    fn with_size(size: usize) -> Layout {
        Layout {
            slots: vec![Slot::Empty; size],
            fill: 0,
            used: 0,
            at: HashMap::new(),
            finger: 0,
        }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The members' ids, in no particular order.
    pub fn ids(&self) -> impl Iterator<Item = usize> + '_ {
        self.at.keys().copied()
    }

    /// The member `set.pop()` takes: the first one at or after the finger, cyclically.
    pub fn pop_candidate(&mut self) -> Option<usize> {
        if self.used == 0 {
            return None;
        }
        let n = self.slots.len();
        let start = self.finger & self.mask();
        for k in 0..n {
            let j = (start + k) % n;
            if let Slot::Live(id, _) = self.slots[j] {
                self.finger = j + 1;
                return Some(id);
            }
        }
        None
    }

    /// Slots of the table (CPython's `mask + 1`).
    pub fn table_size(&self) -> usize {
        self.slots.len()
    }

    /// Members.
    pub fn len(&self) -> usize {
        self.used
    }

    /// Never filled since created or cleared (no members, no dummies)?
    pub fn is_pristine(&self) -> bool {
        self.fill == 0
    }

    /// No members?
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// set_merge's one resize up front, when the members of both tables together would
    /// fill 60% of this one.
    pub fn reserve_for_merge(&mut self, other_used: usize) {
        if (self.fill + other_used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other_used) * 2);
        }
    }

    /// The hash a member was added with (0 if it is not one).
    pub fn hash_of(&self, id: usize) -> i64 {
        match self.at.get(&id).map(|&j| self.slots[j]) {
            Some(Slot::Live(_, h)) => h,
            _ => 0,
        }
    }

    /// set_difference_update's last step: when more than a quarter of the slots are
    /// dummies, the table is rebuilt.
    pub fn drop_dummies_if_many(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            let used = self.used;
            self.resize(if used > 50_000 { used * 2 } else { used * 4 });
        }
    }

    /// Is `id` a member?
    pub fn contains(&self, id: usize) -> bool {
        self.at.contains_key(&id)
    }

    /// The members' ids in table order.
    pub fn order(&self) -> Vec<usize> {
        self.slots
            .iter()
            .filter_map(|s| match s {
                Slot::Live(id, _) => Some(*id),
                _ => None,
            })
            .collect()
    }

    /// The members (id, hash) in table order.
    fn entries(&self) -> Vec<(usize, i64)> {
        self.slots
            .iter()
            .filter_map(|s| match s {
                Slot::Live(id, h) => Some((*id, *h)),
                _ => None,
            })
            .collect()
    }

    /// `set_insert_clean`: the first empty slot of the probe sequence (no dummies around).
    fn insert_clean(&mut self, id: usize, hash: i64) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                if self.slots[j] == Slot::Empty {
                    self.slots[j] = Slot::Live(id, hash);
                    self.at.insert(id, j);
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// `set_table_resize(so, minused)`: a table of the smallest power of two above
    /// `minused`, refilled in the old table's order.
    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = self.entries();
        *self = Layout::with_size(size);
        for (id, h) in old {
            self.insert_clean(id, h);
        }
        self.fill = self.used_count();
        self.used = self.fill;
    }

    fn used_count(&self) -> usize {
        self.at.len()
    }

    /// `set_add_entry` of a new member: the last dummy of its probe sequence or else the
    /// empty slot ending it; then the growth check.
    pub fn add(&mut self, id: usize, hash: i64) {
        if self.contains(id) {
            return;
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot = None;
        let empty = loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            let mut found = None;
            for j in i..=i + probes {
                match self.slots[j] {
                    Slot::Empty => {
                        found = Some(j);
                        break;
                    }
                    // CPython 3.12 ends up with the *last* dummy of the probe sequence
                    // (`w = set(range(12)); w -= {8, 10}; w.add(40)` puts 40 in slot 10).
                    Slot::Dummy => freeslot = Some(j),
                    _ => {}
                }
            }
            if let Some(j) = found {
                break j;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        };
        self.used += 1;
        if let Some(j) = freeslot {
            self.slots[j] = Slot::Live(id, hash);
            self.at.insert(id, j);
            return;
        }
        self.slots[empty] = Slot::Live(id, hash);
        self.at.insert(id, empty);
        self.fill += 1;
        if self.fill * 5 >= mask * 3 {
            let used = self.used;
            self.resize(if used > 50_000 { used * 2 } else { used * 4 });
        }
    }

    /// `set_discard_entry`: the member's slot becomes a dummy.
    pub fn remove(&mut self, id: usize) {
        if let Some(j) = self.at.remove(&id) {
            self.slots[j] = Slot::Dummy;
            self.used -= 1;
        }
    }

    /// `set_merge(so, other)` with `self` as `so`: one resize up front if the members
    /// together would pass 60%; an empty table then takes `other`'s slots as they are
    /// (same size, no dummies) or re-inserted cleanly in its order; a non-empty one adds
    /// them one by one.
    pub fn merge(&mut self, other: &Layout) {
        self.reserve_for_merge(other.used);
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            *self = other.clone();
            return;
        }
        if self.fill == 0 {
            for (id, h) in other.entries() {
                self.insert_clean(id, h);
            }
            self.fill = self.used_count();
            self.used = self.fill;
            return;
        }
        for (id, h) in other.entries() {
            self.add(id, h);
        }
    }

    /// A copy of a set (`set(s)`, `s.copy()`): `other` merged into a new empty table.
    pub fn copy_of(other: &Layout) -> Layout {
        let mut l = Layout::new();
        l.merge(other);
        l.finger = 0;
        l
    }

    /// The set a constant display builds (ids are the display's item positions, with
    /// their hashes; duplicates already dropped): the compiler's frozenset of the items,
    /// rebuilt from its own order when the constant is merged, then merged into the new set.
    pub fn constant_display(items: &[(usize, i64)]) -> Layout {
        Layout::copy_of(&Layout::constant_frozenset(items))
    }

    /// The table of a frozenset constant (a display's items, duplicates already dropped,
    /// in the display's order): built by the compiler, then rebuilt from its own order by
    /// the constant merger (`merge_consts_recursive`).
    pub fn constant_frozenset(items: &[(usize, i64)]) -> Layout {
        let mut first = Layout::new();
        for &(id, h) in items {
            first.add(id, h);
        }
        let mut rebuilt = Layout::new();
        for (id, h) in first.entries() {
            rebuilt.add(id, h);
        }
        rebuilt
    }
}

#[cfg(test)]
mod tests {
    use super::{cpython_order, Layout};

    #[test]
    fn small_ints_come_out_by_slot() {
        // {3, 1, 2} prints as {1, 2, 3} in CPython.
        assert_eq!(cpython_order(&[3, 1, 2]), vec![1, 2, 0]);
        // hash(-1) == -2 lands in slot 6 of 8; 8 collides with 0's slot and probes on.
        assert_eq!(cpython_order(&[-2, 0, 8]), vec![1, 2, 0]);
    }

    #[test]
    fn removals_leave_dummies_and_the_last_one_is_reused() {
        // set(range(12)) has 32 slots; discarding 8 and 10 leaves dummies there, and 40
        // (slot 8 first) takes the last dummy of its probe, slot 10 (CPython 3.12).
        let mut l = Layout::new();
        for i in 0..12 {
            l.add(i, i as i64);
        }
        l.remove(8);
        l.remove(10);
        l.add(40, 40);
        assert_eq!(l.order(), vec![0, 1, 2, 3, 4, 5, 6, 7, 9, 40, 11]);
    }

    #[test]
    fn copies_of_tables_with_dummies_are_rebuilt_clean() {
        let mut l = Layout::new();
        for i in [1usize, 9, 17] {
            l.add(i, i as i64);
        }
        l.remove(1);
        // 9 and 17 probed past slot 1; a clean copy puts 9 there.
        let c = Layout::copy_of(&l);
        assert!(c.order().len() == 2 && c.order()[0] == 9);
    }

    #[test]
    fn growth_rehashes_into_a_bigger_table() {
        // Five members fill 5 of 8 slots (≥ 60%): the table grows to 32 slots, so 9 and 17
        // no longer share slot 1 with 1.
        let order = cpython_order(&[17, 9, 1, 2, 3]);
        let values: Vec<i64> = order.iter().map(|&i| [17, 9, 1, 2, 3][i]).collect();
        assert_eq!(values, vec![1, 2, 3, 9, 17]);
    }
}
