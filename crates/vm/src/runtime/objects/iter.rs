//! The built-in iterators (one Rust type, one variant per Python iterator type).

use std::cell::RefCell;

use heap::ObjRef;

/// The flag of `IterKind::Dict::what` for the reverse dict iterators.
pub const DICT_REVERSED: u8 = 8;

/// Iterator state.
#[allow(missing_docs)]
#[derive(Default)]
pub enum IterKind {
    /// list/tuple/str iterator over `seq` by index.
    Seq {
        seq: ObjRef,
        idx: usize,
    },
    /// range iterator: the next value and how many are left (CPython's rangeiterobject),
    /// so that no step past the last value is ever computed (no i64 overflow at the ends).
    Range {
        cur: i64,
        step: i64,
        left: u64,
    },
    /// dict keys (0) / values (1) / items (2), or set members (3), by entry index;
    /// `what | DICT_REVERSED` walks the entries backwards (`reversed(d)`, CPython's
    /// `dict_reversekeyiterator` and siblings), starting at `idx` = the entry count.
    Dict {
        d: ObjRef,
        idx: usize,
        what: u8,
        version: u64,
        len: usize,
        /// Items iterators only: the `(key, value)` tuple refilled while nobody else holds
        /// it (`result_tuple`; CPython's `di_result`).
        result: Option<ObjRef>,
    },
    Enumerate {
        it: ObjRef,
        /// The next count: i128, so counting past sys.maxsize goes on (as big ints).
        n: i128,
        /// The `(count, item)` tuple refilled while nobody else holds it (`result_tuple`).
        result: ObjRef,
    },
    /// `zip(*its, strict=...)`.
    Zip {
        its: Vec<ObjRef>,
        strict: bool,
        /// The result tuple refilled while nobody else holds it (`result_tuple`).
        result: ObjRef,
    },
    Map {
        f: ObjRef,
        its: Vec<ObjRef>,
    },
    Filter {
        f: ObjRef,
        it: ObjRef,
    },
    Reversed {
        seq: ObjRef,
        idx: usize,
    },
    /// A set iterator: the set's entry indices in CPython's order (`set_order.rs`).
    Set {
        set: ObjRef,
        order: std::rc::Rc<[usize]>,
        pos: usize,
        len: usize,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        f: ObjRef,
        sentinel: ObjRef,
    },
    /// An exhausted built-in sequence iterator: its sequence is released (as CPython's
    /// `it_seq = NULL`), its type name stays.
    SeqDone(&'static str),
    #[default]
    Exhausted,
}

impl heap::Trace for IterKind {
    fn trace(&self, v: &mut heap::Visitor<'_>) {
        match self {
            IterKind::Seq { seq, .. } | IterKind::Reversed { seq, .. } => v.visit(seq),
            IterKind::Dict { d, result, .. } => {
                v.visit(d);
                v.visit(result);
            }
            IterKind::Set { set, .. } => v.visit(set),
            IterKind::Enumerate { it, result, .. } => {
                v.visit(it);
                v.visit(result);
            }
            IterKind::Zip { its, result, .. } => {
                v.visit(its);
                v.visit(result);
            }
            IterKind::Map { f, its } => {
                v.visit(f);
                v.visit(its);
            }
            IterKind::Filter { f, it } => {
                v.visit(f);
                v.visit(it);
            }
            IterKind::Callable { f, sentinel } => {
                v.visit(f);
                v.visit(sentinel);
            }
            IterKind::Range { .. } | IterKind::SeqDone(_) | IterKind::Exhausted => {}
        }
    }
}

/// An iterator object.
pub struct IterObj(pub RefCell<IterKind>);
impl heap::Object for IterObj {
    const NAME: &'static str = "iterator";
    fn traverse(&self, v: &mut heap::Visitor<'_>) {
        v.visit(&self.0);
    }
    fn clear(&self) {
        heap::Trace::clear_refs(&self.0);
    }
}

impl IterObj {
    /// The Python type name of this iterator.
    pub fn type_name(&self) -> &'static str {
        match &*self.0.borrow() {
            IterKind::Seq { .. } => "iterator",
            IterKind::Range { .. } => "range_iterator",
            IterKind::Dict { what: 0, .. } => "dict_keyiterator",
            IterKind::Dict { what: 1, .. } => "dict_valueiterator",
            IterKind::Dict { what: 2, .. } => "dict_itemiterator",
            IterKind::Dict { what: 8, .. } => "dict_reversekeyiterator",
            IterKind::Dict { what: 9, .. } => "dict_reversevalueiterator",
            IterKind::Dict { what: 10, .. } => "dict_reverseitemiterator",
            IterKind::Dict { .. } | IterKind::Set { .. } => "set_iterator",
            IterKind::Enumerate { .. } => "enumerate",
            IterKind::Zip { .. } => "zip",
            IterKind::Map { .. } => "map",
            IterKind::Filter { .. } => "filter",
            IterKind::Reversed { .. } => "reversed",
            IterKind::Callable { .. } => "callable_iterator",
            IterKind::SeqDone(name) => name,
            IterKind::Exhausted => "iterator",
        }
    }
}
