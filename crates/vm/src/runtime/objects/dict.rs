//! `dict`: insertion-ordered entries plus a hash index (CPython's compact dict). The runtime
//! does the hashing and equality (they may run Python code); this file only stores.
//! `sys.getsizeof` follows CPython's keys-object sizing (log2 size, 2/3 usable).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use hashbrown::HashTable;
use heap::ObjRef;

/// CPython's `calculate_log2_keysize`: the log2 of the table for `minsize` slots (at least
/// 8; note that any `minsize` from 1 to 7 gives 16).
fn log2_keysize(minsize: usize) -> u8 {
    let bits = ((minsize | 8) - 1) | 7;
    (usize::BITS - bits.leading_zeros()) as u8
}

/// CPython's `estimate_log2_keysize`: the table for `n` items inserted at once.
fn estimate_log2_keysize(n: usize) -> u8 {
    log2_keysize((n * 3).div_ceil(2))
}

/// One key/value pair with the key's hash.
pub struct Entry {
    /// `hash(key)`.
    pub hash: i64,
    /// The key.
    pub key: ObjRef,
    /// The value.
    pub value: ObjRef,
}

/// Python's hash as the index table's hash. Python hashes are often far from uniform (an int
/// hashes to itself), and hashbrown takes its 7-bit tag from the top bits and the bucket from
/// the low ones: fold a 128-bit product so that every bit of the hash reaches both, or a
/// lookup among small ints checks every entry of each group it probes.
#[inline(always)]
fn table_hash(hash: i64) -> u64 {
    let full = u128::from(hash as u64) * 0x9E37_79B9_7F4A_7C15_u128;
    (full as u64) ^ ((full >> 64) as u64)
}

/// The storage of a dict (also used by sets, with `value` = the key's dummy).
#[derive(Default)]
pub struct DictInner {
    /// Entries in insertion order; `None` marks a deleted one.
    pub entries: Vec<Option<Entry>>,
    table: HashTable<u32>,
    /// Live entries.
    pub used: usize,
    /// CPython's `dk_log2_size` (0 while empty and never grown).
    pub log2: u8,
    /// Every key so far was a str (CPython's unicode keys: 16-byte entries).
    pub all_str: bool,
    /// Mutation counter (iterators detect changes of size).
    pub version: u64,
    /// Set while this dict is a CPython split table: an instance's `__dict__` made from its
    /// attribute values, sharing its class's keys (see [`SplitKeys`]).
    pub split: Option<SplitKeys>,
}

/// The shared keys of a class's instances, as a split-table dict sees them: the class's key
/// list and its room left (CPython's `dk_nentries` and `dk_usable` of the class's cached
/// keys). While a dict is split, `sys.getsizeof` reports the values array CPython gives it
/// (`dk_nentries + dk_usable` pointers), a new str key joins the class's keys while there is
/// room, and anything else (a key once the room is gone, a key that is not a str, `popitem`)
/// turns it into a combined table sized as CPython's `insertion_resize` does.
#[derive(Clone)]
pub struct SplitKeys {
    /// The class's shared keys (`TypeObj::keys`).
    pub keys: Rc<RefCell<Vec<ObjRef>>>,
    /// The class's room left (`TypeObj::keys_usable`).
    pub usable: Rc<Cell<u32>>,
}

impl SplitKeys {
    /// CPython's `shared_keys_usable_size`: the length of a split dict's values array.
    fn values_len(&self) -> usize {
        self.keys.borrow().len() + self.usable.get() as usize
    }

    /// May a split dict take the new str key `key` (whose text is `text`) and stay split?
    /// Yes when the class's keys hold it, or have room for it (it is then added there).
    fn admit(&self, key: &ObjRef, text: &str) -> bool {
        let Ok(mut keys) = self.keys.try_borrow_mut() else {
            return false;
        };
        let known = keys.iter().any(|k| {
            k.ptr_eq(key)
                || k.downcast_ref::<super::StrObj>()
                    .is_some_and(|s| s.s == text)
        });
        if known {
            return true;
        }
        let usable = self.usable.get();
        if usable == 0 {
            return false;
        }
        self.usable.set(usable - 1);
        keys.push(key.clone());
        true
    }
}

impl DictInner {
    /// Find an entry index by hash and an equality test on keys.
    pub fn find_by(&self, hash: i64, mut eq: impl FnMut(&ObjRef) -> bool) -> Option<usize> {
        let entries = &self.entries;
        self.table
            .find(table_hash(hash), |&i| match &entries[i as usize] {
                Some(e) => e.hash == hash && eq(&e.key),
                None => false,
            })
            .map(|&i| i as usize)
    }

    /// Indices of live entries with this hash.
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        let entries = &self.entries;
        let _ = self.table.find(table_hash(hash), |&i| {
            if let Some(e) = &entries[i as usize] {
                if e.hash == hash {
                    out.push(i as usize);
                }
            }
            false
        });
        out
    }

    fn usable(&self) -> usize {
        if self.log2 == 0 {
            0
        } else {
            ((1usize << self.log2) << 1) / 3
        }
    }

    /// Append a new entry (the key must not be present).
    pub fn insert_new(&mut self, hash: i64, key: ObjRef, value: ObjRef, key_is_str: bool) {
        if let Some(split) = &self.split {
            let stays = key_is_str
                && key
                    .downcast_ref::<super::StrObj>()
                    .is_some_and(|s| split.admit(&key, &s.s));
            if !stays {
                // CPython's insertion_resize: a combined table for three times the items.
                self.split = None;
                self.all_str = key_is_str && self.all_str;
                self.grow();
            }
        }
        if self.log2 == 0 {
            // The first key of a new table decides its kind (CPython's
            // insert_to_emptydict); an emptied table keeps its kind.
            self.all_str = true;
        }
        if !key_is_str {
            self.all_str = false;
        }
        if self.entries.len() >= self.usable() {
            self.grow();
        }
        let idx = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.table
            .insert_unique(table_hash(hash), idx, |&i| match &entries[i as usize] {
                Some(e) => table_hash(e.hash),
                None => 0,
            });
        self.used += 1;
        self.version += 1;
        self.note_size();
    }

    /// Tell `tracemalloc` that this table may have changed size (a dict's or set's storage
    /// is reallocated as it grows; CPython's tracer sees each `realloc`).
    #[inline]
    fn note_size(&self) {
        if crate::runtime::modules::tracemalloc::tracing() {
            crate::runtime::modules::tracemalloc::storage_changed(self);
        }
    }

    /// CPython's `insertion_resize`: a table for three times the live items.
    fn grow(&mut self) {
        self.resize(log2_keysize(self.used * 3));
    }

    /// CPython's `dictresize` to `2**log2` slots: live entries compacted.
    fn resize(&mut self, log2: u8) {
        self.log2 = log2;
        self.compact();
        self.note_size();
    }

    /// A new dict sized for `n` items before they are inserted (CPython's `dict.fromkeys`
    /// of a dict or a set); `unicode`: str-only entries.
    pub fn presize(&mut self, n: usize, unicode: bool) {
        self.all_str = unicode;
        self.resize(estimate_log2_keysize(n));
    }

    /// Before `self` (new and empty) receives a copy of `other` (CPython's `PyDict_Copy`):
    /// a split table shares its keys; a combined one at most a third deleted is cloned at
    /// its size; anything else is merged.
    pub fn presize_for_copy(&mut self, other: &DictInner) {
        if other.used == 0 {
            // A copy of an empty dict is a new empty dict.
            return;
        }
        if other.split.is_some() {
            self.split.clone_from(&other.split);
            return;
        }
        if other.used >= other.entries.len() * 2 / 3 {
            self.all_str = other.all_str;
            self.resize(other.log2);
            return;
        }
        self.presize_for_merge(other);
    }

    /// Before `self.update(other)` (CPython's `dict_merge`): one resize up front for all of
    /// `other`'s items, or, into an empty dict from a compact combined one, its table size
    /// as is (the keys are cloned), so that the result's `sys.getsizeof` is CPython's.
    pub fn presize_for_merge(&mut self, other: &DictInner) {
        if other.used == 0 {
            return;
        }
        if self.used == 0 && self.entries.is_empty() {
            let compact = other.split.is_none() && other.used == other.entries.len();
            let half_usable = ((1usize << other.log2) / 2 * 2) / 3;
            if compact && other.log2 != 0 && (other.log2 == 3 || half_usable < other.used) {
                self.all_str = other.all_str;
                self.resize(other.log2);
                return;
            }
        }
        if self.usable() < other.used {
            if self.used == 0 && self.entries.is_empty() {
                self.all_str = other.all_str || other.split.is_some();
            }
            let n = self.used + other.used;
            self.resize(estimate_log2_keysize(n));
        }
    }

    fn compact(&mut self) {
        if self.used != self.entries.len() {
            let old = std::mem::take(&mut self.entries);
            self.entries = old.into_iter().flatten().map(Some).collect();
        }
        // Room for every entry this size takes (`usable`) before the next resize, so that
        // neither the entries nor the index grow on their own in between: left to itself,
        // hashbrown rehashed the whole index at each of its own doublings, several times
        // per resize of ours.
        let usable = self.usable();
        self.entries
            .reserve(usable.saturating_sub(self.entries.len()));
        self.table = HashTable::with_capacity(usable.max(self.entries.len()));
        let entries = &self.entries;
        for (i, e) in entries.iter().enumerate() {
            if let Some(e) = e {
                self.table
                    .insert_unique(table_hash(e.hash), i as u32, |&j| {
                        entries[j as usize]
                            .as_ref()
                            .map_or(0, |e| table_hash(e.hash))
                    });
            }
        }
    }

    /// Remove the entry at `idx`.
    pub fn remove_at(&mut self, idx: usize) -> Option<Entry> {
        let e = self.entries.get_mut(idx)?.take()?;
        let hash = table_hash(e.hash);
        if let Ok(o) = self.table.find_entry(hash, |&i| i as usize == idx) {
            o.remove();
        }
        self.used -= 1;
        self.version += 1;
        if self.used == 0 {
            self.entries.clear();
            self.table.clear();
        }
        Some(e)
    }

    /// Make a split table combined at CPython's size for the class's shared keys (2**6
    /// slots), as `dict.popitem` does before it removes anything.
    pub fn unsplit(&mut self) {
        if self.split.take().is_some() {
            self.log2 = self.log2.max(6);
            self.note_size();
        }
    }

    /// Drop everything.
    pub fn clear_all(&mut self) -> Vec<Option<Entry>> {
        self.split = None;
        self.table.clear();
        self.used = 0;
        self.log2 = 0;
        self.version += 1;
        self.note_size();
        std::mem::take(&mut self.entries)
    }

    /// Live entries in order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The slots of the hash table (CPython's `dk_size`), 0 while no table is allocated
    /// (a new or cleared dict) and for a split dict (its table is the class's).
    pub fn table_slots(&self) -> usize {
        if self.split.is_some() || self.log2 == 0 {
            0
        } else {
            1 << self.log2
        }
    }

    /// CPython's `sys.getsizeof` of a dict with this storage.
    pub fn dict_sizeof(&self) -> usize {
        if let Some(split) = &self.split {
            // The dict object and its values array; the keys are the class's.
            return 64 + 8 * split.values_len();
        }
        if self.log2 == 0 {
            return 64;
        }
        let size = 1usize << self.log2;
        let ix = if self.log2 < 8 {
            1
        } else if self.log2 < 16 {
            2
        } else {
            4
        };
        let entry = if self.all_str { 16 } else { 24 };
        64 + 32 + size * ix + self.usable() * entry
    }

    /// CPython's `sys.getsizeof` of a set whose table has `slots` slots: the object with
    /// its 8-slot small table, plus the table once it outgrew that.
    pub fn set_sizeof_with_table(slots: usize) -> usize {
        if slots <= 8 {
            216
        } else {
            216 + slots * 16
        }
    }

    /// CPython's `sys.getsizeof` of a set with this many items, grown by single additions
    /// (for a set without a table layout).
    pub fn set_sizeof(&self) -> usize {
        // Replay set_add_entry's growth: a table of `t` slots is resized once an insertion
        // brings the fill to 3/5 of its mask, to the smallest power of two above 4× that
        // fill (2× past 50,000).
        let mut table = 8usize;
        loop {
            let fill_at_resize = ((table - 1) * 3).div_ceil(5);
            if self.used < fill_at_resize {
                break;
            }
            let min_used = if fill_at_resize > 50_000 {
                fill_at_resize * 2
            } else {
                fill_at_resize * 4
            };
            let mut new_table = 8;
            while new_table <= min_used {
                new_table <<= 1;
            }
            table = new_table;
        }
        if table == 8 {
            216
        } else {
            216 + table * 16
        }
    }
}

pub(crate) fn trace_inner(inner: &RefCell<DictInner>, v: &mut heap::Visitor<'_>) {
    match inner.try_borrow() {
        Ok(d) => {
            for e in d.iter() {
                v.visit(&e.key);
                v.visit(&e.value);
            }
        }
        Err(_) => v.mark_incomplete(),
    }
}

/// `dict_traverse`: a dict whose keys are all exact strs (CPython's unicode-keys kind)
/// visits only its values, since str keys cannot be part of a cycle; other dicts visit keys
/// and values. `gc.get_referents` shows the difference.
fn trace_dict(inner: &RefCell<DictInner>, v: &mut heap::Visitor<'_>) {
    match inner.try_borrow() {
        Ok(d) if d.all_str => {
            for e in d.iter() {
                v.visit(&e.value);
            }
        }
        Ok(_) => trace_inner(inner, v),
        Err(_) => v.mark_incomplete(),
    }
}

pub(crate) fn clear_inner(inner: &RefCell<DictInner>) {
    let old = match inner.try_borrow_mut() {
        Ok(mut d) => d.clear_all(),
        Err(_) => return,
    };
    drop(old);
}

/// A dict.
pub struct DictObj(pub RefCell<DictInner>);
impl heap::Object for DictObj {
    const NAME: &'static str = "dict";
    /// CPython 3.12 keeps 80 freed dicts (`PyDict_MAXFREELIST`).
    const FREELIST_CAPACITY: usize = 80;
    const FREELIST_NAME: &'static str = "PyDictObject";
    /// Born untracked; tracked once it holds something trackable (`gc_tracking.rs`).
    const TRACK_AT_ALLOC: bool = false;
    /// `untrack_dicts`: full collections only.
    const UNTRACK: heap::Untrack = heap::Untrack::FullCollections;
    fn can_untrack(&self) -> bool {
        crate::runtime::gc_tracking::dict_can_untrack(self)
    }
    fn traverse(&self, v: &mut heap::Visitor<'_>) {
        trace_dict(&self.0, v);
    }
    fn clear(&self) {
        clear_inner(&self.0);
    }
}

impl DictObj {
    /// An empty dict.
    pub fn new() -> DictObj {
        DictObj(RefCell::new(DictInner::default()))
    }

    /// The (key, value) pairs in order, copied out: the caller may run Python code (which
    /// may change the dict) while it goes through them.
    pub fn pairs(&self) -> Vec<(ObjRef, ObjRef)> {
        self.0
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }
}

impl Default for DictObj {
    fn default() -> Self {
        DictObj::new()
    }
}

pub(crate) use {clear_inner as clear_storage, trace_inner as trace_storage};

/// `dict.keys()` / `values()` / `items()`: a live view of a dict.
pub struct DictView {
    /// The dict.
    pub d: ObjRef,
    /// 0 keys, 1 values, 2 items.
    pub what: u8,
}
heap::impl_object!(DictView, "dict_view", [d]);
