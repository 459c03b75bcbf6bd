//! The heap's state: one boxed struct, never moved, that every object reaches through its
//! type cell. All fields are `Cell`s or short-lived `RefCell` borrows (never held across a
//! call into user code), because user code — finalizers, drops, callbacks — can re-enter the
//! heap at almost any point.

use core::any::TypeId;
use core::cell::{Cell, RefCell};
use core::ptr::NonNull;
use core::sync::atomic::{AtomicU64, AtomicU8, Ordering};
use std::rc::Rc;

use hashbrown::HashMap;
use obmalloc::Obmalloc;

use crate::gclist::{self, GcPtr};
use crate::generations::{CallbackInfo, GenStats, Generation, Phase, DEFAULT_THRESHOLDS};
use crate::handle::ObjRef;
use crate::header::{GcHead, ObjPtr};
use crate::typecell::TypeCell;
use crate::Heap;

/// A `gc.callbacks` entry.
pub(crate) type Callback = Rc<RefCell<dyn FnMut(&Heap, Phase, &CallbackInfo)>>;

pub(crate) struct HeapState {
    /// This heap's number, never reused (type handles carry it; see `heap::TypeHandle`).
    pub(crate) id: u64,
    pub(crate) obmalloc: Obmalloc,
    pub(crate) generations: [Generation; 3],
    pub(crate) permanent: Generation,
    pub(crate) stats: [Cell<GenStats>; 3],
    /// Work lists of a collection (heads must have stable addresses).
    pub(crate) unreachable: GcHead,
    pub(crate) wrcb_to_call: GcHead,
    /// Untracked weak references whose callbacks a collection must call (with a strong
    /// reference each): they have no list links to join `wrcb_to_call` with.
    pub(crate) wrcb_untracked: RefCell<Vec<ObjPtr>>,
    pub(crate) final_unreachable: GcHead,
    pub(crate) finalize_seen: GcHead,
    pub(crate) long_lived_total: Cell<usize>,
    pub(crate) long_lived_pending: Cell<usize>,
    pub(crate) enabled: Cell<bool>,
    pub(crate) collecting: Cell<bool>,
    pub(crate) debug: Cell<u32>,
    /// What the owner's next safe point has to do ([`SAFEPOINT_COLLECT`],
    /// [`SAFEPOINT_INTERRUPT`]): one byte, so that the embedder's poll is one load and
    /// compare. Atomic because [`Interrupter`](crate::Interrupter)s set the interrupt bit
    /// from other threads; the owner's own reads are relaxed loads, as cheap as a `Cell`'s.
    pub(crate) safepoint_requests: AtomicU8,
    /// Nonzero while the heap runs traverse slots over lists it is walking: counts that
    /// reach zero are deferred and allocations refused.
    pub(crate) guard: Cell<u32>,
    pub(crate) deferred: RefCell<Vec<ObjPtr>>,
    /// The trashcan: objects whose deallocation was deferred to bound recursion.
    pub(crate) trash: RefCell<Vec<ObjPtr>>,
    /// `trash` may be non-empty (set by every push, cleared when the outermost deallocation
    /// has emptied it): that deallocation tests this flag instead of borrowing the queue.
    pub(crate) trash_queued: Cell<bool>,
    pub(crate) dealloc_depth: Cell<u32>,
    pub(crate) garbage: RefCell<Vec<ObjRef>>,
    pub(crate) callbacks: RefCell<Vec<(u64, Callback)>>,
    pub(crate) next_callback_id: Cell<u64>,
    pub(crate) unraisable: RefCell<Vec<String>>,
    /// referent address -> weak reference objects pointing at it.
    pub(crate) weakrefs: RefCell<HashMap<usize, Vec<ObjPtr>>>,
    pub(crate) types: RefCell<HashMap<TypeId, NonNull<TypeCell>>>,
    /// Recently used type cells, direct-mapped by the type id's hash (see `heap::type_cell`):
    /// an allocation finds its slot table without a map lookup even when types alternate.
    pub(crate) type_cache: [Cell<Option<CachedType>>; TYPE_CACHE_SIZE],
    pub(crate) live_objects: Cell<usize>,
    /// Some type of this heap has an `Object::UNTRACK` policy (else collections skip the
    /// untrack walk).
    pub(crate) has_untrack_types: Cell<bool>,
    pub(crate) owner_alive: Cell<bool>,
    /// A [`BlockTracer`](crate::BlockTracer) is installed (the flag the allocation paths
    /// test; see `tracer.rs`).
    pub(crate) tracer_on: Cell<bool>,
    /// A dying leaf takes the out-of-line path (`tracer_on || !owner_alive`): the leaf
    /// fast path tests this one flag for both rare cases.
    pub(crate) leaf_slow: Cell<bool>,
    /// The installed tracer ([`Heap::set_tracer`](crate::Heap::set_tracer)).
    pub(crate) tracer: RefCell<Option<Rc<dyn crate::BlockTracer>>>,
    /// Shown each collectable object of a collection while `DEBUG_COLLECTABLE` is set
    /// ([`crate::Heap::set_collectable_observer`]).
    pub(crate) collectable_observer: RefCell<Option<crate::CollectableObserver>>,
}

/// [`HeapState::safepoint_requests`] bit: an automatic collection requested by an
/// allocation, run at the next safe point.
pub(crate) const SAFEPOINT_COLLECT: u8 = 1;
/// [`HeapState::safepoint_requests`] bit: another thread asked the owner to stop at its next
/// safe point ([`Heap::take_interrupt`](crate::Heap::take_interrupt)).
pub(crate) const SAFEPOINT_INTERRUPT: u8 = 2;

/// A type cache entry: the Rust type and its cell.
pub(crate) type CachedType = (TypeId, NonNull<TypeCell>);

/// Entries of [`HeapState::type_cache`] (a power of two).
pub(crate) const TYPE_CACHE_SIZE: usize = 16;

impl HeapState {
    /// Allocate and initialise the state (list heads pointing at themselves).
    pub(crate) fn boxed(obmalloc: Obmalloc) -> NonNull<HeapState> {
        static NEXT_ID: AtomicU64 = AtomicU64::new(1);
        let state = Box::new(HeapState {
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            obmalloc,
            generations: DEFAULT_THRESHOLDS.map(Generation::new),
            permanent: Generation::new(0),
            stats: Default::default(),
            unreachable: GcHead::new(),
            wrcb_to_call: GcHead::new(),
            wrcb_untracked: RefCell::new(Vec::new()),
            final_unreachable: GcHead::new(),
            finalize_seen: GcHead::new(),
            long_lived_total: Cell::new(0),
            long_lived_pending: Cell::new(0),
            enabled: Cell::new(true),
            collecting: Cell::new(false),
            debug: Cell::new(0),
            safepoint_requests: AtomicU8::new(0),
            guard: Cell::new(0),
            deferred: RefCell::new(Vec::new()),
            trash: RefCell::new(Vec::new()),
            trash_queued: Cell::new(false),
            dealloc_depth: Cell::new(0),
            garbage: RefCell::new(Vec::new()),
            callbacks: RefCell::new(Vec::new()),
            next_callback_id: Cell::new(1),
            unraisable: RefCell::new(Vec::new()),
            weakrefs: RefCell::new(HashMap::new()),
            types: RefCell::new(HashMap::new()),
            type_cache: Default::default(),
            live_objects: Cell::new(0),
            has_untrack_types: Cell::new(false),
            owner_alive: Cell::new(true),
            tracer_on: Cell::new(false),
            leaf_slow: Cell::new(false),
            tracer: RefCell::new(None),
            collectable_observer: RefCell::new(None),
        });
        let ptr = NonNull::from(Box::leak(state));
        // SAFETY: freshly leaked, valid, and not moved again until `free_state`.
        let s = unsafe { ptr.as_ref() };
        for g in s.generations.iter().chain(core::iter::once(&s.permanent)) {
            // SAFETY: the head lives in the state allocation, which does not move.
            unsafe { gclist::init(g.list()) };
        }
        for h in [
            &s.unreachable,
            &s.wrcb_to_call,
            &s.final_unreachable,
            &s.finalize_seen,
        ] {
            // SAFETY: as above.
            unsafe { gclist::init(NonNull::from(h)) };
        }
        ptr
    }

    #[inline]
    pub(crate) fn gen_list(&self, generation: usize) -> GcPtr {
        self.generations[generation].list()
    }

    #[inline]
    pub(crate) fn head(h: &GcHead) -> GcPtr {
        NonNull::from(h)
    }

    /// Record an error that cannot be raised (`PyErr_WriteUnraisable`).
    pub(crate) fn write_unraisable(&self, context: &str, payload: Box<dyn core::any::Any + Send>) {
        let msg = panic_message(&payload);
        // Dropping the payload can itself panic; keep it from unwinding further.
        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || drop(payload)));
        if let Ok(mut v) = self.unraisable.try_borrow_mut() {
            v.push(format!("{context}: {msg}"));
        }
    }

    /// Release the state: free kept blocks, the type cells and (with obmalloc) the arenas.
    ///
    /// # Safety
    /// No object of this heap may be live, no handle or view may be used afterwards, and no
    /// reference into the state may be live.
    pub(crate) unsafe fn free_state(ptr: NonNull<HeapState>) {
        // SAFETY: the caller guarantees exclusive access and that nothing refers to the state.
        let state = unsafe { Box::from_raw(ptr.as_ptr()) };
        let types: Vec<NonNull<TypeCell>> =
            state.types.borrow_mut().drain().map(|(_, t)| t).collect();
        for t in types {
            // SAFETY: type cells were leaked boxes owned by the state; no object uses them now.
            let cell = unsafe { Box::from_raw(t.as_ptr()) };
            for list in cell.freelists() {
                while let Some(block) = list.pop() {
                    // SAFETY: free-list blocks came from this obmalloc and are unused.
                    unsafe { state.obmalloc.free(block) };
                }
            }
        }
        drop(state);
    }
}

/// The message of a panic payload.
pub(crate) fn panic_message(payload: &Box<dyn core::any::Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<&'static str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic".to_string()
    }
}
