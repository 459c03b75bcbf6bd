//! # heap — CPython 3.12's object heap, in Rust
//!
//! Layer 2 of pymem. Every value lives in a block from [`obmalloc`] under one lifecycle:
//! a reference count, immediate deallocation when it reaches zero, and a generational cycle
//! collector for the garbage that counting cannot see. The design follows CPython 3.12
//! (`Include/internal/pycore_gc.h`, `Modules/gcmodule.c`) closely enough that its observable
//! behaviour — what `gc.collect()` returns, how counts move, when finalizers and weakref
//! callbacks run — is the same.
//!
//! ## Objects
//!
//! ```text
//!            block from obmalloc (16-byte aligned; > 512 bytes: system allocator)
//!            v
//!  tracked:  [ next | prev+flags ][ refcnt | flags | type ][ value: T ........ ]
//!             \___ GcHead 16 B __/ \____ ObjHeader 16 B __/ ^
//!                                 ^ object pointer          payload
//!  untracked:                     [ refcnt | flags | type ][ value: T ........ ]
//! ```
//!
//! * The **header** holds a 32-bit reference count (top bit set = immortal, PEP 683), flag
//!   bits (has GC links, finalized, has weak references) and a pointer to the type's slot
//!   table. The GC links sit *in front of* the header, as `PyGC_Head` does, so objects of
//!   non-container types pay nothing for them.
//! * A **type** is a slot table ([`TypeSlots`] + function pointers) built from a Rust type
//!   implementing [`Object`]: name, basic size, item size, traverse, clear, finalize,
//!   dealloc (= `Drop`), flags. [`impl_object!`] writes traverse/clear for plain structs.
//! * A **variable-size** type ([`VarObject`], CPython's `PyVarObject`) keeps its items in the
//!   same block after the value: `[links][header][T][items…]` ([`Heap::alloc_var`],
//!   [`Gc::items`]). The item count lives in the header's flag word (up to 2^26 − 1 items)
//!   instead of an 8-byte `ob_size`, so a one-slot `__slots__` instance fits a 48-byte block
//!   as in CPython, and a 3-item tuple of `()` values takes 56 bytes (a 64-byte block).
//!   Items can be moved in from an exact-size iterator ([`Heap::alloc_var_exact`]); a type
//!   can ask for its items to be visited and dropped last to first, to untrack by looking
//!   at them, and for free lists by item count (CPython's tuples: [`VarObject`]).
//! * A **strong reference** is a [`Gc<T>`] (typed) or an [`ObjRef`] (any type). Clone
//!   increments, drop decrements; at zero the finalizer runs (once), weak references are
//!   cleared and their callbacks called, the value is dropped and the block freed — through
//!   a trashcan queue past 50 nested deallocations, so dropping the head of a
//!   1,000,000-node list does not recurse a million frames deep.
//! * **Hot paths.** A type's slot table is found by `TypeId` through a small cache; an
//!   interpreter resolves its busiest types once instead ([`Heap::type_handle`],
//!   [`Heap::var_type_handle`]) and allocates through the handle ([`Heap::alloc_with`],
//!   [`Heap::alloc_var_with_handle`]): a free-list or used-pool block, written in place,
//!   with no call. An untracked, finalizer-less object whose value says at allocation that
//!   its drop is trivial ([`Object::drop_is_trivial`]: a float, a small int) is a *leaf*:
//!   at count zero its block goes straight back, with no drop call, panic guard or trashcan.
//!
//! * **Tracking.** A container type's objects are tracked from birth unless the type says
//!   [`Object::TRACK_AT_ALLOC`] = false (CPython's dicts); [`Heap::track`] and
//!   [`Heap::untrack`] change it. A type can let the collector untrack its surviving objects
//!   ([`Object::UNTRACK`], [`Object::can_untrack`]: CPython's `untrack_tuples` after every
//!   collection, `untrack_dicts` after full ones; see `untrack.rs`). Allocation counts
//!   towards generation 0 whether or not the object is tracked, as `gc_alloc` does, except
//!   for a block the type's free list kept (CPython's free-list pops skip `gc_alloc`, and
//!   pushes skip the uncounting of `PyObject_GC_Del`).
//!
//! ## The heap and its state
//!
//! ```text
//!   Heap (owner) ──► HeapState (boxed, never moves) ◄── TypeCell.heap (view) ◄── ObjHeader.ty
//!                     ├─ Obmalloc
//!                     ├─ generations[0..3] + permanent: circular lists of GcHeads
//!                     ├─ thresholds, counts, stats, debug flags, callbacks, garbage
//!                     ├─ weakref map: referent -> [weakref objects]
//!                     └─ type cells (one per Rust type), each with its free list
//! ```
//!
//! Objects find their heap through their type cell. Dropping the [`Heap`] runs a full
//! collection; objects still referenced afterwards keep the state (and its arenas) alive until
//! the last of them dies, so no handle can dangle.
//!
//! ## The collector ([`Heap::collect`])
//!
//! Generations 0–2 plus the permanent one ([`Heap::freeze`]); thresholds (700, 10, 10).
//! Allocating a container raises count 0 (freeing one lowers it); passing the
//! threshold *schedules* a collection that runs at the embedder's next [`Heap::safepoint`]
//! (CPython 3.12 runs it from the eval breaker). The embedder polls
//! [`Heap::safepoint_requested`], one byte that another thread can also set through an
//! [`Interrupter`] (the eval breaker's `gil_drop_request`; see `interrupt.rs`). A collection of generation `g` merges the
//! younger generations, then runs `update_refs`, `subtract_refs`, `move_unreachable`,
//! untracks the survivors whose type allows it, promotes the rest, clears weak references to the garbage (calling callbacks only of
//! weak references that are not garbage themselves), runs finalizers once (PEP 442), runs
//! reachability again to let resurrected objects survive uncounted, and finally calls
//! `clear` on what is left so that reference counting frees it. See `collector.rs`.
//!
//! ## Where this departs from CPython (and why)
//!
//! * The refcount is 32 bits with the PEP 683 immortal encoding (`u32::MAX`; any count with
//!   the top bit set is treated as immortal, so overflow saturates into immortality).
//! * The FINALIZED bit lives in the object header rather than in `PyGC_Head`, so it also
//!   works for untracked types.
//! * Weak references are found through a side table (referent address → weakref objects)
//!   and a header flag, instead of a per-type `tp_weaklistoffset` slot.
//! * The trashcan queue is a `Vec` of pointers, not a list threaded through the objects.
//! * After `move_unreachable`, one pass over the garbage clears the mask bits, counts it,
//!   clears weak references and notes whether any finalizer is due. When none is, the second
//!   reachability pass of `handle_resurrected_objects` is skipped: without a finalizer no
//!   user code can reach the garbage, so it would find the same set.
//! * There are no legacy (`tp_del`) finalizers, so nothing is ever *uncollectable*;
//!   `DEBUG_SAVEALL` still moves all garbage to [`Heap::garbage`].
//! * Anything a traverse slot does that could break the collector's walk (freeing,
//!   allocating, freezing) is deferred or refused while the walk is in progress.
//!
//! ## Safety
//!
//! Implementing [`Object`] is safe. The collector never frees memory itself; only reference
//! counts do. A traverse slot that lies can at worst keep garbage or clear a live object.
//! While the collector walks its lists with `gc_refs` stored in the links, counts that reach
//! zero are deferred and allocation is refused, so user code in a traverse slot cannot
//! corrupt the lists. Panics in traverse, clear, finalizers, drops and callbacks are caught
//! at the boundary; the heap stays consistent and usable.
//!
//! ```
//! use std::cell::RefCell;
//! use heap::{Gc, Heap};
//!
//! struct Node { next: RefCell<Option<Gc<Node>>> }
//! heap::impl_object!(Node, "Node", [next]);
//!
//! let heap = Heap::new();
//! let a = heap.alloc(Node { next: RefCell::new(None) }).unwrap();
//! let b = heap.alloc(Node { next: RefCell::new(Some(a.clone())) }).unwrap();
//! *a.next.borrow_mut() = Some(b.clone());
//! drop((a, b));
//! assert_eq!(heap.collect(2).unwrap(), 2);   // the two-object cycle
//! assert_eq!(heap.object_count(), 0);
//! ```

//!
//! ## Soundness claims pinned by compile-fail tests
//!
//! Handles belong to the heap's thread:
//!
//! ```compile_fail
//! fn send<T: Send>(_: T) {}
//! struct Leaf;
//! impl heap::Object for Leaf { const NAME: &'static str = "Leaf"; }
//! let heap = heap::Heap::new();
//! send(heap.alloc(Leaf).unwrap());
//! ```
//!
//! ```compile_fail
//! fn share<T: Sync>(_: &T) {}
//! let heap = heap::Heap::new();
//! share(&heap);
//! ```
//!
//! A `&T` borrowed from a handle cannot outlive the handle (which keeps the value alive):
//!
//! ```compile_fail
//! struct Leaf(u8);
//! impl heap::Object for Leaf { const NAME: &'static str = "Leaf"; }
//! let heap = heap::Heap::new();
//! let r: &Leaf = {
//!     let g = heap.alloc(Leaf(1)).unwrap();
//!     &*g
//! };
//! ```
//!
//! A view of the heap obtained from an object cannot outlive that object:
//!
//! ```compile_fail
//! struct Leaf;
//! impl heap::Object for Leaf { const NAME: &'static str = "Leaf"; }
//! let heap = heap::Heap::new();
//! let g = heap.alloc(Leaf).unwrap();
//! let view = heap::Gc::heap(&g);
//! drop(g);
//! view.collect(2).unwrap();
//! ```

#![warn(missing_docs)]

mod collector;
mod error;
mod freelist;
mod gclist;
mod gcmodule;
mod generations;
mod handle;
mod header;
mod heap;
mod interrupt;
mod object;
mod refcount;
mod state;
mod stats;
mod trace;
mod tracer;
mod typecell;
mod untrack;
mod value_stack;
mod weakref;

pub use error::HeapError;
pub use generations::{
    CallbackInfo, CollectableObserver, GenStats, Phase, DEBUG_COLLECTABLE, DEBUG_SAVEALL,
    DEFAULT_THRESHOLDS, NUM_GENERATIONS,
};
pub use handle::{Gc, ObjRef};
pub use heap::{CallbackId, Heap, TypeHandle, VarTypeHandle};
pub use interrupt::Interrupter;
pub use object::{Object, VarObject};
pub use trace::{Trace, Visitor};
pub use tracer::{object_addr_of, BlockTracer};
pub use typecell::TypeSlots;
pub use untrack::Untrack;
pub use value_stack::{Drain, ValueStack};
pub use weakref::{Weak, WeakCallback, WeakRefObj};

#[cfg(test)]
mod fast_path_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tracer_tests;
#[cfg(test)]
mod untrack_tests;
#[cfg(test)]
mod value_stack_tests;
#[cfg(test)]
mod var_tests;
