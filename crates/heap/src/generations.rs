//! The generations (0, 1, 2 and the permanent one), their thresholds, counts and statistics,
//! and the data handed to `gc.callbacks`.

use core::cell::Cell;
use core::ptr::NonNull;

use crate::gclist::{self, GcPtr};
use crate::header::GcHead;

/// Number of collectable generations (`NUM_GENERATIONS`).
pub const NUM_GENERATIONS: usize = 3;

/// Default thresholds of CPython 3.12. A threshold is a C `int` there, and so here: any
/// value `gc.set_threshold` accepts is kept as given (a negative threshold makes every
/// count exceed it; 0 turns automatic collection off).
pub const DEFAULT_THRESHOLDS: [i32; NUM_GENERATIONS] = [700, 10, 10];

/// One generation: the list of its objects, its threshold and count.
pub(crate) struct Generation {
    pub(crate) head: GcHead,
    pub(crate) threshold: Cell<i32>,
    /// Generation 0: container allocations minus frees since the last collection (blocks a
    /// free list keeps or reuses excepted); older
    /// generations: collections of the next younger generation since their own last one.
    pub(crate) count: Cell<usize>,
}

impl Generation {
    pub(crate) fn new(threshold: i32) -> Generation {
        Generation {
            head: GcHead::new(),
            threshold: Cell::new(threshold),
            count: Cell::new(0),
        }
    }

    /// The list head (stable: generations live inside the boxed heap state).
    #[inline]
    pub(crate) fn list(&self) -> GcPtr {
        NonNull::from(&self.head)
    }

    /// Number of objects in the generation.
    /// Whether the count has passed the threshold (`count > threshold` in C ints).
    #[inline(always)]
    pub(crate) fn over_threshold(&self, count: usize) -> bool {
        count as i64 > i64::from(self.threshold.get())
    }

    pub(crate) fn len(&self) -> usize {
        // SAFETY: the generation lists are always in normal shape outside a collection's
        // guarded phase, and callers do not call this during it.
        unsafe { gclist::size(self.list()) }
    }
}

/// Statistics of one generation (an item of `gc.get_stats()`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GenStats {
    /// Number of collections of this generation.
    pub collections: usize,
    /// Objects collected in them.
    pub collected: usize,
    /// Objects found uncollectable in them.
    pub uncollectable: usize,
}

/// When a `gc.callbacks` callback is called.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Before a collection.
    Start,
    /// After a collection.
    Stop,
}

impl Phase {
    /// `"start"` or `"stop"`, as CPython passes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Start => "start",
            Phase::Stop => "stop",
        }
    }
}

/// The `info` dict given to `gc.callbacks`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CallbackInfo {
    /// The generation being collected.
    pub generation: usize,
    /// Objects collected (0 at `Start`).
    pub collected: usize,
    /// Objects found uncollectable (0 at `Start`).
    pub uncollectable: usize,
}

/// Debug flag: show each collectable object found to the collectable observer
/// ([`Heap::set_collectable_observer`](crate::Heap::set_collectable_observer);
/// `gc.DEBUG_COLLECTABLE`).
pub const DEBUG_COLLECTABLE: u32 = 1 << 1;

/// What a collection shows each collectable object while [`DEBUG_COLLECTABLE`] is set.
pub type CollectableObserver = std::rc::Rc<dyn Fn(&crate::ObjRef)>;

/// Debug flag: keep all garbage in [`Heap::garbage`](crate::Heap::garbage) instead of freeing
/// it (`gc.DEBUG_SAVEALL`).
pub const DEBUG_SAVEALL: u32 = 1 << 5;
