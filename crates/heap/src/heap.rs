//! [`Heap`]: the owner of a heap, object allocation (fixed and variable size) and weak
//! reference creation. The `gc` API is in `gcmodule.rs`, reports in `stats.rs`.

use core::any::TypeId;
use core::marker::PhantomData;
use core::ptr::NonNull;
use core::sync::atomic::Ordering;

use crate::freelist::FreeList;
use crate::gclist;
use crate::generations::NUM_GENERATIONS;
use crate::handle::{Gc, ObjRef};
use crate::header::{
    gc_of, ObjHeader, ObjPtr, FLAG_GC, FLAG_LEAF, FLAG_VAR, GC_HEAD_SIZE, IMMORTAL_REFCNT,
    MAX_ALIGN,
};
use crate::object::{Object, VarObject};
use crate::state::HeapState;
use crate::typecell::TypeCell;
use crate::weakref::{self, Weak, WeakRefObj};
use crate::HeapError;

/// A private object heap: objects, their counts, the cycle collector and its generations.
///
/// Single-threaded (`!Send`, `!Sync`). Dropping the `Heap` runs a full collection; if objects
/// are still referenced after it, the heap's memory stays until the last of them dies (or
/// forever, for immortal objects and uncollected cycles), so a handle never dangles.
pub struct Heap {
    state: NonNull<HeapState>,
    owner: bool,
}

/// A type's slot table on one heap, resolved once ([`Heap::type_handle`]) so that
/// [`Heap::alloc_with`] skips the lookup by `TypeId`. Copyable; it keeps nothing alive, and
/// using it with another heap (or after its heap is gone) is harmless: the heap checks the
/// handle's heap id, which is never reused, before it touches the cell.
pub struct TypeHandle<T: Object> {
    heap_id: u64,
    cell: NonNull<TypeCell>,
    _marker: PhantomData<fn() -> T>,
}

impl<T: Object> Clone for TypeHandle<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Object> Copy for TypeHandle<T> {}

impl<T: Object> core::fmt::Debug for TypeHandle<T> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("TypeHandle")
            .field("type", &T::NAME)
            .field("heap", &self.heap_id)
            .finish()
    }
}

/// A variable-size type's slot table on one heap, resolved once
/// ([`Heap::var_type_handle`]) for [`Heap::alloc_var_with_handle`]; otherwise as
/// [`TypeHandle`].
pub struct VarTypeHandle<T: VarObject> {
    heap_id: u64,
    cell: NonNull<TypeCell>,
    _marker: PhantomData<fn() -> T>,
}

impl<T: VarObject> Clone for VarTypeHandle<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: VarObject> Copy for VarTypeHandle<T> {}

impl<T: VarObject> core::fmt::Debug for VarTypeHandle<T> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("VarTypeHandle")
            .field("type", &T::NAME)
            .field("heap", &self.heap_id)
            .finish()
    }
}

/// Identifies a callback registered with [`Heap::add_callback`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CallbackId(pub(crate) u64);

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    /// A new heap with CPython 3.12's defaults (thresholds 700, 10, 10; collection enabled).
    pub fn new() -> Heap {
        Heap::with_allocator(obmalloc::Obmalloc::new())
    }

    /// A new heap on a given allocator (for example one with the classic 256 KiB arena /
    /// 4 KiB pool geometry). The heap owns it from now on.
    pub fn with_allocator(allocator: obmalloc::Obmalloc) -> Heap {
        Heap {
            state: HeapState::boxed(allocator),
            owner: true,
        }
    }

    /// A non-owning view (type cells and callbacks hand these out as `&Heap`).
    pub(crate) fn view(state: NonNull<HeapState>) -> Heap {
        Heap {
            state,
            owner: false,
        }
    }

    #[inline]
    pub(crate) fn state(&self) -> &HeapState {
        // SAFETY: the state lives while the owner or any object (hence any view) does.
        unsafe { self.state.as_ref() }
    }

    #[inline]
    pub(crate) fn state_ptr(&self) -> NonNull<HeapState> {
        self.state
    }

    fn type_cell<T: Object>(&self) -> NonNull<TypeCell> {
        self.cached_cell(TypeId::of::<T>(), TypeCell::new::<T>)
    }

    fn var_type_cell<T: VarObject>(&self) -> NonNull<TypeCell> {
        struct VarKey<T>(core::marker::PhantomData<T>);
        self.cached_cell(TypeId::of::<VarKey<T>>(), TypeCell::new_var::<T>)
    }

    /// The type cell for `id`, through the direct-mapped cache, else the map (creating the
    /// cell with `make` the first time).
    #[inline]
    fn cached_cell(
        &self,
        id: TypeId,
        make: fn(NonNull<HeapState>) -> TypeCell,
    ) -> NonNull<TypeCell> {
        let state = self.state();
        // Two-way: the type's slot and its neighbour; a miss moves the slot's entry to the
        // neighbour, so two types that share a slot and alternate both stay cached.
        let i = type_slot(id);
        let (slot, other) = (&state.type_cache[i], &state.type_cache[i ^ 1]);
        for s in [slot, other] {
            if let Some((cached_id, cell)) = s.get() {
                if cached_id == id {
                    return cell;
                }
            }
        }
        self.cache_miss(id, i, make)
    }

    /// `cached_cell` when the type is not in its cache slots: out of line, so that the
    /// allocation paths that inline the lookup stay small.
    #[cold]
    #[inline(never)]
    fn cache_miss(
        &self,
        id: TypeId,
        i: usize,
        make: fn(NonNull<HeapState>) -> TypeCell,
    ) -> NonNull<TypeCell> {
        let state = self.state();
        let (slot, other) = (&state.type_cache[i], &state.type_cache[i ^ 1]);
        let cell = *state
            .types
            .borrow_mut()
            .entry(id)
            .or_insert_with(|| NonNull::from(Box::leak(Box::new(make(self.state)))));
        // SAFETY: type cells live as long as the state.
        if unsafe { cell.as_ref() }.untrack != crate::Untrack::Never {
            state.has_untrack_types.set(true);
        }
        other.set(slot.get());
        slot.set(Some((id, cell)));
        cell
    }

    /// The slot table the heap uses for `T`.
    pub fn type_slots<T: Object>(&self) -> crate::TypeSlots {
        // SAFETY: type cells live as long as the state.
        unsafe { self.type_cell::<T>().as_ref().slots }
    }

    /// Allocate an object holding `value` (`PyObject_New`/`PyObject_GC_New` + track).
    ///
    /// A tracked type's object enters generation 0 and counts towards its threshold; when
    /// the threshold is passed a collection is *scheduled*, to run at the next
    /// [`Heap::safepoint`].
    pub fn alloc<T: Object>(&self, value: T) -> Result<Gc<T>, HeapError> {
        self.alloc_in(self.type_cell::<T>(), value)
    }

    /// The type `T` resolved once: [`Heap::alloc_with`] then allocates without looking the
    /// type up (what an interpreter does for its ints and floats).
    pub fn type_handle<T: Object>(&self) -> TypeHandle<T> {
        TypeHandle {
            heap_id: self.state().id,
            cell: self.type_cell::<T>(),
            _marker: PhantomData,
        }
    }

    /// [`Heap::alloc`] through a handle from [`Heap::type_handle`]. A handle of another heap
    /// is not an error: the allocation then takes the lookup path.
    #[inline]
    pub fn alloc_with<T: Object>(&self, ty: TypeHandle<T>, value: T) -> Result<Gc<T>, HeapError> {
        match self.try_alloc_fast(ty, value) {
            Ok(g) => Ok(g),
            Err(value) => self.alloc_with_slow(ty, value),
        }
    }

    /// The fast path of [`Heap::alloc_with`] alone: a kept block or one from a used pool,
    /// written in place, with no call; `Err(value)` (nothing done) when it does not apply —
    /// another heap's handle, a collection walking its lists, a new pool or arena needed.
    /// A caller that then calls `alloc_with` out of line keeps its own fast path free of
    /// calls (and of the registers they cost).
    #[inline]
    pub fn try_alloc_fast<T: Object>(&self, ty: TypeHandle<T>, value: T) -> Result<Gc<T>, T> {
        let state = self.state();
        if ty.heap_id == state.id
            && state.guard.get() == 0
            && core::mem::align_of::<T>() <= MAX_ALIGN
        {
            // SAFETY: the ids match, so the cell belongs to this heap's state, which is
            // alive while `self` is; type cells live as long as their state.
            let cell = unsafe { ty.cell.as_ref() };
            let kept = if T::FREELIST_CAPACITY > 0 {
                cell.freelist.pop()
            } else {
                None
            };
            let counted = kept.is_none();
            if let Some(block) = kept.or_else(|| state.obmalloc.alloc_fast(cell.alloc_size)) {
                // SAFETY: a fresh block of the type's size.
                return Ok(unsafe { self.init_object(block, ty.cell, value, 0, counted) });
            }
        }
        Err(value)
    }

    /// [`Heap::alloc_with`] when its fast path does not apply.
    #[cold]
    #[inline(never)]
    fn alloc_with_slow<T: Object>(&self, ty: TypeHandle<T>, value: T) -> Result<Gc<T>, HeapError> {
        if ty.heap_id != self.state().id {
            return self.alloc(value);
        }
        // The ids match, so the handle's cell belongs to this heap's (live) state.
        self.alloc_in(ty.cell, value)
    }

    /// Allocate a `T` in the type cell `cell_ptr` (which must be `T`'s cell of this heap).
    #[inline]
    fn alloc_in<T: Object>(
        &self,
        cell_ptr: NonNull<TypeCell>,
        value: T,
    ) -> Result<Gc<T>, HeapError> {
        if core::mem::align_of::<T>() > MAX_ALIGN {
            return Err(HeapError::UnsupportedAlignment(core::mem::align_of::<T>()));
        }
        let state = self.state();
        if state.guard.get() > 0 {
            return Err(HeapError::Busy("allocation"));
        }
        // SAFETY: type cells live as long as the state.
        let cell = unsafe { cell_ptr.as_ref() };
        // (A type without a free list skips the look at it: the test is a constant.)
        let kept = if T::FREELIST_CAPACITY > 0 {
            cell.freelist.pop()
        } else {
            None
        };
        let counted = kept.is_none();
        let block = match kept.or_else(|| state.obmalloc.alloc_fast(cell.alloc_size)) {
            Some(b) => b,
            None => self.block_slow(cell.alloc_size)?,
        };
        // SAFETY: a fresh block of the type's size.
        Ok(unsafe { self.init_object(block, cell_ptr, value, 0, counted) })
    }

    /// Allocate a variable-size object: `value` followed by `items` in the same block
    /// (`PyObject_NewVar` / `PyObject_GC_NewVar`).
    pub fn alloc_var<T: VarObject>(
        &self,
        value: T,
        items: impl IntoIterator<Item = T::Item>,
    ) -> Result<Gc<T>, HeapError> {
        if core::mem::align_of::<T>() > MAX_ALIGN || core::mem::align_of::<T::Item>() > MAX_ALIGN {
            return Err(HeapError::UnsupportedAlignment(
                core::mem::align_of::<T>().max(core::mem::align_of::<T::Item>()),
            ));
        }
        // Collect first: the iterator is user code and must not run while a block is
        // half-initialised.
        let items: Vec<T::Item> = items.into_iter().collect();
        if items.len() > crate::header::MAX_VAR_LEN {
            return Err(HeapError::OutOfMemory);
        }
        let state = self.state();
        if state.guard.get() > 0 {
            return Err(HeapError::Busy("allocation"));
        }
        let cell_ptr = self.var_type_cell::<T>();
        // SAFETY: type cells live as long as the state.
        let cell = unsafe { cell_ptr.as_ref() };
        let size = items
            .len()
            .checked_mul(core::mem::size_of::<T::Item>())
            .and_then(|n| n.checked_add(cell.alloc_size))
            .ok_or(HeapError::OutOfMemory)?;
        let block = state
            .obmalloc
            .alloc(size)
            .map_err(|_| HeapError::OutOfMemory)?;
        // SAFETY: the block holds links, header, value and `items.len()` items laid out by
        // `var_items_offset`; each item is moved in exactly once; the count (checked against
        // MAX_VAR_LEN above) goes into the flag word only once they are all in place.
        unsafe {
            let obj = self.init_object(block, cell_ptr, value, FLAG_VAR, true);
            let base = obj.as_ptr().cast::<u8>();
            let n = items.len();
            let dst = base.add(cell.items_offset).cast::<T::Item>();
            let mut items = core::mem::ManuallyDrop::new(items);
            core::ptr::copy_nonoverlapping(items.as_ptr(), dst.as_ptr(), n);
            items.set_len(0);
            core::mem::ManuallyDrop::drop(&mut items);
            self.publish_var_len(&obj, n);
            Ok(obj)
        }
    }

    /// Allocate a variable-size object of `n` items made by `item(i)`, written straight into
    /// the block (no temporary vector, unlike [`Heap::alloc_var`]'s iterator). The item count
    /// is published only after the last item is in place, so if `item` panics the object
    /// dies with no items (those already made are leaked, never read).
    #[inline]
    pub fn alloc_var_with<T: VarObject>(
        &self,
        value: T,
        n: usize,
        item: impl FnMut(usize) -> T::Item,
    ) -> Result<Gc<T>, HeapError> {
        self.alloc_var_in(self.var_type_cell::<T>(), value, n, item)
    }

    /// Allocate a variable-size object whose items come from an iterator that knows its
    /// length (a vector's `into_iter`, a slice's `iter().cloned()`), moved straight into the
    /// block: no temporary vector, unlike [`Heap::alloc_var`]. The block is sized by
    /// `items.len()`; an iterator that yields fewer items than it said makes an object with
    /// only those (the rest of the block unused), one that yields more is not read past
    /// `len()`. The iterator runs while the object's count is still 0 (as for
    /// [`Heap::alloc_var_with`]'s `item`).
    #[inline]
    pub fn alloc_var_exact<T: VarObject>(
        &self,
        value: T,
        items: impl ExactSizeIterator<Item = T::Item>,
    ) -> Result<Gc<T>, HeapError> {
        self.alloc_var_exact_in(self.var_type_cell::<T>(), value, items)
    }

    /// The variable-size type `T` resolved once, for [`Heap::alloc_var_with_handle`].
    pub fn var_type_handle<T: VarObject>(&self) -> VarTypeHandle<T> {
        VarTypeHandle {
            heap_id: self.state().id,
            cell: self.var_type_cell::<T>(),
            _marker: PhantomData,
        }
    }

    /// [`Heap::alloc_var_with`] through a handle from [`Heap::var_type_handle`] (no type
    /// lookup). A handle of another heap is not an error: the allocation then looks the
    /// type up.
    #[inline]
    pub fn alloc_var_with_handle<T: VarObject>(
        &self,
        ty: VarTypeHandle<T>,
        value: T,
        n: usize,
        item: impl FnMut(usize) -> T::Item,
    ) -> Result<Gc<T>, HeapError> {
        self.alloc_var_in(self.var_cell_of(ty), value, n, item)
    }

    /// [`Heap::alloc_var_exact`] through a handle from [`Heap::var_type_handle`].
    #[inline]
    pub fn alloc_var_exact_with_handle<T: VarObject>(
        &self,
        ty: VarTypeHandle<T>,
        value: T,
        items: impl ExactSizeIterator<Item = T::Item>,
    ) -> Result<Gc<T>, HeapError> {
        self.alloc_var_exact_in(self.var_cell_of(ty), value, items)
    }

    /// The cell of a var type handle: its own if it belongs to this heap, else looked up
    /// (a handle of another heap is not an error).
    #[inline]
    fn var_cell_of<T: VarObject>(&self, ty: VarTypeHandle<T>) -> NonNull<TypeCell> {
        if ty.heap_id == self.state().id {
            // The ids match, so the handle's cell belongs to this heap's (live) state.
            ty.cell
        } else {
            self.var_type_cell::<T>()
        }
    }

    /// Allocate a variable-size `T` in `cell_ptr` (`T`'s var cell of this heap) with `n`
    /// items made by `item(i)`.
    #[inline]
    fn alloc_var_in<T: VarObject>(
        &self,
        cell_ptr: NonNull<TypeCell>,
        value: T,
        n: usize,
        mut item: impl FnMut(usize) -> T::Item,
    ) -> Result<Gc<T>, HeapError> {
        let (obj, dst) = self.alloc_var_unfilled(cell_ptr, value, n)?;
        // SAFETY: `dst` has room for `n` items; while they are written the count in the
        // header is 0, so nothing (a collection `item` might trigger, the object's drop if
        // it panics) reads them; each slot is written once, then the count is published.
        unsafe {
            // Up to four items (most instances) as straight-line stores: as a loop, items
            // that are all zero bits become a `memset` call, which costs more than they do.
            if n <= 4 {
                for i in 0..4 {
                    if i < n {
                        dst.add(i).write(item(i));
                    }
                }
            } else {
                for i in 0..n {
                    dst.add(i).write(item(i));
                }
            }
            self.publish_var_len(&obj, n);
        }
        Ok(obj)
    }

    /// Allocate a variable-size `T` in `cell_ptr` with room for `items.len()` items, and
    /// move in the items the iterator gives, up to that many.
    #[inline]
    fn alloc_var_exact_in<T: VarObject>(
        &self,
        cell_ptr: NonNull<TypeCell>,
        value: T,
        mut items: impl ExactSizeIterator<Item = T::Item>,
    ) -> Result<Gc<T>, HeapError> {
        let n = items.len();
        let (obj, dst) = self.alloc_var_unfilled(cell_ptr, value, n)?;
        let mut made = 0;
        // SAFETY: as in `alloc_var_in`; at most `n` items are written, whatever `len()`
        // claimed, and the count published is the number written.
        unsafe {
            // Up to four items (most tuples) as straight-line code, as in `alloc_var_in`.
            if n <= 4 {
                for i in 0..4 {
                    if i < n {
                        let Some(x) = items.next() else { break };
                        dst.add(i).write(x);
                        made = i + 1;
                    }
                }
            } else {
                for x in items.take(n) {
                    dst.add(made).write(x);
                    made += 1;
                }
            }
            self.publish_var_len(&obj, made);
        }
        Ok(obj)
    }

    /// A variable-size `T` with room for `n` items, none written yet (count 0), and where
    /// its items go.
    #[inline(always)]
    fn alloc_var_unfilled<T: VarObject>(
        &self,
        cell_ptr: NonNull<TypeCell>,
        value: T,
        n: usize,
    ) -> Result<(Gc<T>, NonNull<T::Item>), HeapError> {
        if core::mem::align_of::<T>() > MAX_ALIGN || core::mem::align_of::<T::Item>() > MAX_ALIGN {
            return Err(HeapError::UnsupportedAlignment(
                core::mem::align_of::<T>().max(core::mem::align_of::<T::Item>()),
            ));
        }
        if n > crate::header::MAX_VAR_LEN {
            return Err(HeapError::OutOfMemory);
        }
        let state = self.state();
        if state.guard.get() > 0 {
            return Err(HeapError::Busy("allocation"));
        }
        // SAFETY: type cells live as long as the state.
        let cell = unsafe { cell_ptr.as_ref() };
        let size = n
            .checked_mul(core::mem::size_of::<T::Item>())
            .and_then(|b| b.checked_add(cell.alloc_size))
            .ok_or(HeapError::OutOfMemory)?;
        // (A type without free lists skips the look at them: the test is a constant.)
        let kept = if T::FREELIST_MAX_LEN > 0 && n > 0 {
            cell.var_freelists.get(n - 1).and_then(FreeList::pop)
        } else {
            None
        };
        let counted = kept.is_none();
        let block = match kept.or_else(|| state.obmalloc.alloc_fast(size)) {
            Some(b) => b,
            None => self.block_slow(size)?,
        };
        // SAFETY: the block (a new one, or one kept for objects of `n` items of this type)
        // holds links, header, value and `n` items laid out by `var_items_offset`; the
        // object is published with FLAG_VAR and a count of 0.
        unsafe {
            let obj = self.init_object(block, cell_ptr, value, FLAG_VAR, counted);
            let dst = obj
                .as_ptr()
                .cast::<u8>()
                .add(cell.items_offset)
                .cast::<T::Item>();
            Ok((obj, dst))
        }
    }

    /// Publish `len` as the item count of the variable-size object `obj`, then report the
    /// complete object to the tracer, if one is installed.
    ///
    /// # Safety
    /// `obj` was allocated with room for at least `len` items and the first `len` are written;
    /// `len` ≤ `MAX_VAR_LEN`.
    #[inline(always)]
    unsafe fn publish_var_len<T: VarObject>(&self, obj: &Gc<T>, len: usize) {
        // SAFETY: `obj` is live; the flag word is a `Cell`.
        let hdr = unsafe { crate::header::header(obj.as_ptr()) };
        hdr.flags
            .set(hdr.flags.get() | ((len as u32) << crate::header::VAR_LEN_SHIFT));
        let state = self.state();
        if state.tracer_on.get() {
            // SAFETY: header, value and items are written: the object is live.
            unsafe { crate::tracer::traced_alloc(state, obj.as_ptr()) };
        }
    }

    /// A block of `size` bytes when `Obmalloc::alloc_fast` has none at hand (a new pool, a
    /// new arena, a large size): out of line, so the allocation fast paths make no calls.
    #[cold]
    #[inline(never)]
    fn block_slow(&self, size: usize) -> Result<NonNull<u8>, HeapError> {
        self.state()
            .obmalloc
            .alloc(size)
            .map_err(|_| HeapError::OutOfMemory)
    }

    /// Write links, header and value into a fresh block, track and count the object.
    /// `counted`: the block is new to the type (CPython's `gc_alloc`), not one its free list
    /// kept; only those count towards generation 0, as a free-list pop does not in CPython.
    ///
    /// # Safety
    /// `block` is a fresh obmalloc block at least `cell.alloc_size` bytes long, for type `T`.
    unsafe fn init_object<T: Object>(
        &self,
        block: NonNull<u8>,
        cell_ptr: NonNull<TypeCell>,
        value: T,
        extra_flags: u32,
        counted: bool,
    ) -> Gc<T> {
        let state = self.state();
        let tracked = T::TRACKED;
        // SAFETY: `block` is a fresh, 16-aligned block of `alloc_size` bytes: links (if any),
        // header and value fit, and the value's alignment is at most 16.
        let obj: ObjPtr = unsafe {
            let obj = if tracked {
                if !T::TRACK_AT_ALLOC {
                    // Born untracked (dicts): zeroed links say so. Tracked-at-birth objects
                    // get theirs written once when they are linked, below.
                    block
                        .cast::<crate::header::GcHead>()
                        .write(crate::header::GcHead::new());
                }
                block.add(GC_HEAD_SIZE).cast::<ObjHeader>()
            } else {
                block.cast::<ObjHeader>()
            };
            let leaf = !tracked
                && !T::HAS_FINALIZER
                && extra_flags & FLAG_VAR == 0
                && value.drop_is_trivial();
            let flags =
                extra_flags | if tracked { FLAG_GC } else { 0 } | if leaf { FLAG_LEAF } else { 0 };
            obj.write(ObjHeader {
                refcnt: core::cell::Cell::new(if T::IMMORTAL { IMMORTAL_REFCNT } else { 1 }),
                flags: core::cell::Cell::new(flags),
                ty: cell_ptr,
            });
            crate::header::payload::<T>(obj).write(value);
            obj
        };
        state.live_objects.set(state.live_objects.get() + 1);
        if tracked && T::TRACK_AT_ALLOC {
            // SAFETY: fresh GC object whose links are not written yet, lists in normal
            // shape (no guard).
            unsafe { gclist::append_new(gc_of(obj), state.gen_list(0)) };
        }
        if tracked && counted {
            // _PyObject_GC_Link: count the allocation, schedule a collection if due.
            let g0 = &state.generations[0];
            let count = g0.count.get() + 1;
            g0.count.set(count);
            if g0.over_threshold(count)
                && state.enabled.get()
                && g0.threshold.get() != 0
                && !state.collecting.get()
            {
                state
                    .safepoint_requests
                    .fetch_or(crate::state::SAFEPOINT_COLLECT, Ordering::Relaxed);
            }
        }
        // A variable-size object is reported once its items are in place
        // (`publish_var_len`), so that a tracer reading it sees them.
        if state.tracer_on.get() && extra_flags & FLAG_VAR == 0 {
            // SAFETY: header and value are written: the object is live.
            unsafe { crate::tracer::traced_alloc(state, obj) };
        }
        // SAFETY: we own the first reference.
        unsafe { Gc::from_ptr(obj) }
    }

    /// Create a weak reference to `target`, with an optional callback called once when the
    /// target dies (not called if the weak reference is itself garbage by then).
    pub fn weakref<T: Object>(
        &self,
        target: &Gc<T>,
        callback: Option<weakref::WeakCallback>,
    ) -> Result<Weak<T>, HeapError> {
        weakref::new_weakref(self, target, callback)
    }

    /// Create a weak reference to an object whose Rust type is not known statically.
    pub fn weakref_obj(
        &self,
        target: &ObjRef,
        callback: Option<weakref::WeakCallback>,
    ) -> Result<Gc<WeakRefObj>, HeapError> {
        weakref::new_weakref_obj(self, target, callback)
    }

    /// The number of weak reference objects that refer to `target` now.
    pub fn weakref_count(&self, target: &ObjRef) -> usize {
        weakref::weakref_count(self, target)
    }
}

/// The type cache slot of a type id: its hash (TypeId hashes as one u64 in practice; a
/// folding hasher keeps any other shape correct, just slower) reduced to the cache size.
#[inline]
fn type_slot(id: TypeId) -> usize {
    use core::hash::{Hash, Hasher};
    struct Fold(u64);
    impl Hasher for Fold {
        fn finish(&self) -> u64 {
            self.0
        }
        fn write(&mut self, bytes: &[u8]) {
            for &b in bytes {
                self.0 = self.0.rotate_left(8) ^ u64::from(b);
            }
        }
        fn write_u64(&mut self, n: u64) {
            self.0 ^= n;
        }
    }
    let mut h = Fold(0);
    id.hash(&mut h);
    let x = h.finish();
    ((x ^ (x >> 29) ^ (x >> 47)) as usize) & (crate::state::TYPE_CACHE_SIZE - 1)
}

impl Drop for Heap {
    fn drop(&mut self) {
        if !self.owner {
            return;
        }
        let state = self.state();
        // Finalization: forget callbacks and saved garbage, collect everything collectable.
        let callbacks = core::mem::take(&mut *state.callbacks.borrow_mut());
        drop(callbacks);
        let garbage = core::mem::take(&mut *state.garbage.borrow_mut());
        drop(garbage);
        state.debug.set(0);
        let _ = self.collect(NUM_GENERATIONS - 1);
        state.owner_alive.set(false);
        state.leaf_slow.set(true);
        // SAFETY: `state` is not used after this call.
        unsafe { crate::refcount::maybe_free_state(self.state) };
    }
}
