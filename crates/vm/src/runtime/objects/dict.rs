//! `dict`: insertion-ordered entries plus a hash index (CPython's compact dict). The runtime
//! does the hashing and equality (they may run Python code); this file only stores.
//! `sys.getsizeof` follows CPython's keys-object sizing (log2 size, 2/3 usable).

use std::cell::RefCell;

use hashbrown::HashTable;
use heap::ObjRef;

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
        if self.used == 0 && self.entries.is_empty() {
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
    }

    fn grow(&mut self) {
        let want = (self.used * 3).max(8);
        let mut log2 = 3u8;
        while (1usize << log2) < want {
            log2 += 1;
        }
        self.log2 = log2;
        self.compact();
    }

    fn compact(&mut self) {
        let old = std::mem::take(&mut self.entries);
        self.entries = old.into_iter().flatten().map(Some).collect();
        self.table.clear();
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

    /// Drop everything.
    pub fn clear_all(&mut self) -> Vec<Option<Entry>> {
        self.table.clear();
        self.used = 0;
        self.log2 = 0;
        self.version += 1;
        std::mem::take(&mut self.entries)
    }

    /// Live entries in order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// CPython's `sys.getsizeof` of a dict with this storage.
    pub fn dict_sizeof(&self) -> usize {
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

    /// CPython's `sys.getsizeof` of a set with this many items.
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
