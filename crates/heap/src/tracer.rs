//! An optional observer of object births and deaths: what CPython's `tracemalloc` installs
//! as allocator hooks (`PyMem_SetAllocator` around the object domain), reduced to the two
//! events an object heap has.
//!
//! The heap tests one flag (`HeapState::tracer_on`) on its allocation and full
//! deallocation paths; only when it is set does it call out of line into the installed
//! [`BlockTracer`]. The leaf fast path (floats, small ints) tests no new flag: installing a
//! tracer sets `HeapState::leaf_slow`, which it already tested for a heap whose owner is
//! gone. With no tracer the paths cost one predictable branch, or none.
//!
//! Events follow objects, not blocks: a block a type's free list keeps (a float) is
//! reported released when the object in it dies and allocated again when the list hands it
//! to a new object. (CPython's tracemalloc sees only `malloc`/`free`, so a free-listed
//! float keeps the trace of the first object that used its block.)

use std::rc::Rc;

use crate::header::{block_of, ObjPtr};
use crate::state::HeapState;
use crate::{Heap, ObjRef};

/// Told about every object allocated and released on a heap while it is installed
/// ([`Heap::set_tracer`]).
///
/// The calls come from inside allocation and deallocation: an implementation must not
/// allocate on, or release objects of, the heap that calls it (keep its records in Rust
/// collections), and must not panic.
///
/// A tracer may read the new object it is given (its value and items are complete), for
/// example to size what the object holds outside its block. `released` comes before the
/// object's value is dropped, so code that the drop runs never finds a half-dropped object
/// still traced.
pub trait BlockTracer {
    /// A new object, `obj` (borrowed: its `addr()` is its `id()`), lives in a block of
    /// `size` bytes (the block size obmalloc handed out: the object's size rounded up to its
    /// size class, or the exact size of a large block).
    fn allocated(&self, obj: &ObjRef, size: usize);
    /// The object at `addr` is dying: its value is about to be dropped and its block freed
    /// (or kept by its type's free list).
    fn released(&self, addr: usize);
}

/// The address (the `id()`) of the heap object whose value `value` is, for a tracer told
/// that a value changed size: the value sits right after the object's header. Meaningless
/// for a value that does not live on a heap (it is only arithmetic: nothing is read).
pub fn object_addr_of<T: crate::Object>(value: &T) -> usize {
    (value as *const T as usize).wrapping_sub(crate::header::HEADER_SIZE)
}

impl Heap {
    /// Install `tracer` (or remove it with `None`): from now on every allocation and every
    /// release of an object on this heap is reported to it.
    pub fn set_tracer(&self, tracer: Option<Rc<dyn BlockTracer>>) {
        let state = self.state();
        state.tracer_on.set(tracer.is_some());
        state
            .leaf_slow
            .set(tracer.is_some() || !state.owner_alive.get());
        *state.tracer.borrow_mut() = tracer;
    }

    /// Whether a tracer is installed.
    pub fn has_tracer(&self) -> bool {
        self.state().tracer_on.get()
    }
}

/// Report a new object to the tracer (called only when `tracer_on` is set).
///
/// # Safety
/// `obj` is a live, fully initialised object of `state`'s heap.
#[cold]
#[inline(never)]
pub(crate) unsafe fn traced_alloc(state: &HeapState, obj: ObjPtr) {
    // Cloned out of the cell so that the tracer may replace itself (stop tracing) from
    // inside the call without a borrow conflict.
    let Some(tracer) = state.tracer.try_borrow().ok().and_then(|t| t.clone()) else {
        return;
    };
    // SAFETY: the caller guarantees `obj` is live; its block came from `state.obmalloc`.
    let block = unsafe { block_of(obj) };
    let size = state
        .obmalloc
        .usable_size(block)
        .unwrap_or_else(|| crate::handle::allocated_size_of(obj));
    // SAFETY: the object is live (caller); the borrowed handle does not outlive this call.
    unsafe { crate::handle::with_borrowed(obj, |o| tracer.allocated(o, size)) };
}

/// Report a dying object to the tracer (called only when `tracer_on` is set).
#[cold]
#[inline(never)]
pub(crate) fn traced_release(state: &HeapState, obj: ObjPtr) {
    let Some(tracer) = state.tracer.try_borrow().ok().and_then(|t| t.clone()) else {
        return;
    };
    tracer.released(obj.as_ptr() as usize);
}
