//! Strong references: the typed [`Gc<T>`] and the type-erased [`ObjRef`].
//!
//! Both are one pointer to the object header. Cloning increments the count, dropping
//! decrements it; at zero the object is finalized (once), its weak references are cleared,
//! its value dropped and its block returned at once. Handles are `!Send` and `!Sync`: a heap
//! belongs to one thread, as CPython's objects belong to the GIL holder.

use core::any::TypeId;
use core::fmt;
use core::marker::PhantomData;
use core::ops::Deref;

use crate::header::{
    gc_of, header, is_immortal_count, payload, type_of, ObjPtr, FLAG_FINALIZED, FLAG_GC, FLAG_VAR,
    IMMORTAL_REFCNT,
};
use crate::object::{Object, VarObject};
use crate::refcount::{decref, incref};
use crate::typecell::TypeSlots;
use crate::{gclist, Heap};

/// A strong reference to a `T` living on a [`Heap`].
///
/// `repr(transparent)` over the object pointer, as is [`ObjRef`]: a borrowed `ObjRef` of the
/// right type can be viewed as a borrowed `Gc<T>` ([`ObjRef::downcast_ref`]).
#[repr(transparent)]
pub struct Gc<T: Object> {
    ptr: ObjPtr,
    _marker: PhantomData<T>,
}

/// A strong reference to an object of any type (CPython's `PyObject *`).
#[repr(transparent)]
pub struct ObjRef {
    ptr: ObjPtr,
}

impl<T: Object> Gc<T> {
    /// Adopt one strong reference.
    ///
    /// # Safety
    /// `ptr` must be a live object whose value is a `T`, and the caller gives up one strong
    /// reference to it.
    #[inline]
    pub(crate) unsafe fn from_ptr(ptr: ObjPtr) -> Gc<T> {
        Gc {
            ptr,
            _marker: PhantomData,
        }
    }

    #[inline]
    pub(crate) fn as_ptr(&self) -> ObjPtr {
        self.ptr
    }

    /// The type-erased handle to the same object (a new strong reference).
    pub fn to_obj(this: &Self) -> ObjRef {
        // SAFETY: `this` keeps the object alive.
        unsafe { incref(this.ptr) };
        ObjRef { ptr: this.ptr }
    }

    /// The same handle, type-erased and borrowed (no count traffic).
    #[inline]
    pub fn as_obj(this: &Self) -> &ObjRef {
        // SAFETY: `Gc<T>` and `ObjRef` are both `repr(transparent)` over the object pointer;
        // the borrow is tied to `this`, which keeps its strong reference.
        unsafe { &*core::ptr::from_ref(this).cast::<ObjRef>() }
    }

    /// Turn into a type-erased handle without touching the count.
    pub fn into_obj(this: Self) -> ObjRef {
        let ptr = this.ptr;
        core::mem::forget(this);
        ObjRef { ptr }
    }

    /// Same object?
    pub fn ptr_eq(a: &Self, b: &Self) -> bool {
        a.ptr == b.ptr
    }

    /// The reference count (`sys.getrefcount` minus the argument's own reference).
    pub fn refcount(this: &Self) -> usize {
        refcount_of(this.ptr)
    }

    /// The object's address (`id()`): the address of its header.
    pub fn addr(this: &Self) -> usize {
        this.ptr.as_ptr() as usize
    }

    /// Bytes this object occupies in its block: GC links + header + value.
    pub fn allocated_size(this: &Self) -> usize {
        allocated_size_of(this.ptr)
    }

    /// The heap the object lives on.
    pub fn heap(this: &Self) -> &Heap {
        // SAFETY: `this` keeps the object, hence its type cell, alive.
        unsafe { &type_of(this.ptr).heap }
    }

    /// Whether the collector currently tracks the object (`gc.is_tracked`).
    pub fn is_tracked(this: &Self) -> bool {
        is_tracked_obj(this.ptr)
    }

    /// Whether its finalizer has run (`gc.is_finalized`).
    pub fn is_finalized(this: &Self) -> bool {
        is_finalized_obj(this.ptr)
    }

    /// The embedder's mark bit (false at allocation): one bit of per-object state kept in
    /// the header's flag word, for a test on a fast path that must not cost a lookup.
    #[inline]
    pub fn is_marked(this: &Self) -> bool {
        // SAFETY: `this` keeps the object alive.
        unsafe { header(this.ptr).flags.get() & crate::header::FLAG_MARK != 0 }
    }

    /// Set or clear the embedder's mark bit.
    #[inline]
    pub fn mark(this: &Self, on: bool) {
        // SAFETY: `this` keeps the object alive; the flag word is a `Cell`.
        unsafe {
            let hdr = header(this.ptr);
            let f = hdr.flags.get() & !crate::header::FLAG_MARK;
            hdr.flags
                .set(f | if on { crate::header::FLAG_MARK } else { 0 });
        }
    }

    /// Whether the object is immortal.
    pub fn is_immortal(this: &Self) -> bool {
        is_immortal_obj(this.ptr)
    }

    /// Make the object immortal (PEP 683): its count never changes again and it is never
    /// freed (nor is the heap's memory, while it lives).
    pub fn make_immortal(this: &Self) {
        // SAFETY: `this` keeps the object alive.
        unsafe { header(this.ptr).refcnt.set(IMMORTAL_REFCNT) };
    }
}

/// Where the items of a variable-size `T` at `ptr` start (computed without bounds:
/// `wrapping_add`; the header is 16-aligned and the offset a multiple of the item's
/// alignment, so the pointer is aligned and non-null even for no items).
#[inline(always)]
fn var_items_ptr<T: VarObject>(ptr: ObjPtr) -> *mut T::Item {
    ptr.as_ptr()
        .cast::<u8>()
        .wrapping_add(crate::typecell::var_items_offset::<T>())
        .cast::<T::Item>()
}

impl<T: VarObject> Gc<T> {
    /// The items of a variable-size object (empty if it was allocated with plain
    /// [`Heap::alloc`]).
    ///
    /// No test of the object's kind: an object made by plain `alloc` has a count of 0 in
    /// its header, so the slice is empty whatever its address (read on every tuple access:
    /// a load, a shift and an add).
    #[inline]
    pub fn items(this: &Self) -> &[T::Item] {
        // SAFETY: `this` keeps the object alive. A count above 0 is only ever published by
        // the var allocations of `T`'s var cell, after writing that many items at
        // `var_items_offset::<T>()` (objects of another cell of `T` keep 0: the count bits
        // are written by nothing else). With 0 the slice is empty and needs only a
        // non-null, aligned pointer: `wrapping_add` asks no bounds of the address, the
        // header is 16-aligned and the offset a multiple of the item's alignment.
        unsafe {
            let len = crate::header::var_len(header(this.ptr));
            core::slice::from_raw_parts(var_items_ptr::<T>(this.ptr), len)
        }
    }
}

impl<T: Object> Clone for Gc<T> {
    #[inline]
    fn clone(&self) -> Self {
        // SAFETY: `self` keeps the object alive.
        unsafe { incref(self.ptr) };
        Gc {
            ptr: self.ptr,
            _marker: PhantomData,
        }
    }
}

impl<T: Object> Drop for Gc<T> {
    #[inline]
    fn drop(&mut self) {
        // SAFETY: we own one strong reference.
        unsafe { decref(self.ptr) };
    }
}

impl<T: Object> Deref for Gc<T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: the value lives as long as any strong reference; it is only dropped when
        // the count reaches zero, which `self` prevents.
        unsafe { payload::<T>(self.ptr).as_ref() }
    }
}

impl<T: Object + fmt::Debug> fmt::Debug for Gc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

/// Run `f` with a handle to `ptr` that it may only borrow: made without an increment and
/// forgotten without a decrement (a panic in `f` forgets it too).
///
/// # Safety
/// `ptr` must be a live object for the whole call, and `f` must not release it.
pub(crate) unsafe fn with_borrowed<R>(ptr: ObjPtr, f: impl FnOnce(&ObjRef) -> R) -> R {
    let handle = core::mem::ManuallyDrop::new(ObjRef { ptr });
    f(&handle)
}

impl ObjRef {
    /// Take a new strong reference.
    ///
    /// # Safety
    /// `ptr` must be live.
    #[inline]
    pub(crate) unsafe fn new_ref(ptr: ObjPtr) -> ObjRef {
        // SAFETY: forwarded.
        unsafe { incref(ptr) };
        ObjRef { ptr }
    }

    #[inline]
    pub(crate) fn as_ptr(&self) -> ObjPtr {
        self.ptr
    }

    /// The typed handle, if the object is a `T`, borrowed from this one: no reference-count
    /// traffic (the type check of an eval loop's fast path should cost a compare, not an
    /// increment and a decrement).
    #[inline]
    pub fn downcast_ref<T: Object>(&self) -> Option<&Gc<T>> {
        if self.is::<T>() {
            // SAFETY: `ObjRef` and `Gc<T>` are both `repr(transparent)` over the same object
            // pointer, the object's value is a `T`, and the returned borrow is tied to `self`,
            // which keeps its strong reference (a `&Gc<T>` cannot give it away).
            Some(unsafe { &*core::ptr::from_ref(self).cast::<Gc<T>>() })
        } else {
            None
        }
    }

    /// The typed handle, if the object is a `T` (a new strong reference).
    #[inline]
    pub fn downcast<T: Object>(&self) -> Option<Gc<T>> {
        if self.is::<T>() {
            // SAFETY: the type matches and `self` keeps the object alive.
            unsafe {
                incref(self.ptr);
                Some(Gc::from_ptr(self.ptr))
            }
        } else {
            None
        }
    }

    /// Mutable access to the value when this handle is the object's only reference (count 1,
    /// not immortal, no weak references) and it is a `T` — `Rc::get_mut` for heap objects.
    /// CPython mutates such objects in place too (`PyUnicode_Append` on a str nobody else
    /// sees).
    #[inline]
    pub fn downcast_mut<T: Object>(&mut self) -> Option<&mut T> {
        // The count first: in the eval loop's uses most operands are shared, and that test is
        // a load and a compare where the type test is three loads.
        // SAFETY: `self` keeps the object alive, so its header can be read.
        let hdr = unsafe { header(self.ptr) };
        let count = hdr.refcnt.get();
        if count != 1 || hdr.flags.get() & crate::header::FLAG_HAS_WEAKREFS != 0 {
            return None;
        }
        if !self.is::<T>() {
            return None;
        }
        // SAFETY: the value is a `T`; with a count of 1 this handle is the only strong
        // reference and no weak reference can hand out another, so no other `&T` exists
        // (every shared borrow goes through a handle), and `&mut self` keeps this handle from
        // lending one while the returned borrow lives. The collector only touches values
        // through traverse calls made while it runs, never during a borrow like this.
        Some(unsafe { payload::<T>(self.ptr).as_mut() })
    }

    /// Mutable access to the items of a variable-size `T` when this handle is its only
    /// reference, on the terms of [`ObjRef::downcast_mut`]: how CPython's `enumerate`, `zip`
    /// and dict item iterators refill a result tuple that nobody else holds any more.
    #[inline]
    pub fn var_items_mut<T: VarObject>(&mut self) -> Option<&mut [T::Item]> {
        // SAFETY: `self` keeps the object alive, so its header can be read.
        let hdr = unsafe { header(self.ptr) };
        if hdr.refcnt.get() != 1 || hdr.flags.get() & crate::header::FLAG_HAS_WEAKREFS != 0 {
            return None;
        }
        if !self.is::<T>() {
            return None;
        }
        // SAFETY: as in `downcast_mut`, this handle is the only way to the object while
        // `&mut self` is borrowed; the items are `var_len` initialised `T::Item`s at
        // `var_items_offset::<T>()` (see `Gc::items`; 0 for an object of plain `alloc`).
        unsafe {
            let len = crate::header::var_len(hdr);
            Some(core::slice::from_raw_parts_mut(
                var_items_ptr::<T>(self.ptr),
                len,
            ))
        }
    }

    /// Whether the object is a `T`.
    #[inline]
    pub fn is<T: Object>(&self) -> bool {
        // SAFETY: `self` keeps the object alive.
        unsafe { type_of(self.ptr).type_id == TypeId::of::<T>() }
    }

    /// The type's slots (name, sizes, flags).
    #[inline]
    pub fn type_slots(&self) -> &TypeSlots {
        // SAFETY: `self` keeps the object, hence its type cell, alive.
        unsafe { &type_of(self.ptr).slots }
    }

    /// The type's name.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        self.type_slots().name
    }

    /// Same object?
    #[inline]
    pub fn ptr_eq(&self, other: &ObjRef) -> bool {
        self.ptr == other.ptr
    }

    /// The reference count.
    #[inline]
    pub fn refcount(&self) -> usize {
        refcount_of(self.ptr)
    }

    /// The object's address (`id()`).
    #[inline]
    pub fn addr(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    /// Bytes this object occupies in its block: GC links + header + value.
    pub fn allocated_size(&self) -> usize {
        allocated_size_of(self.ptr)
    }

    /// The heap the object lives on.
    #[inline]
    pub fn heap(&self) -> &Heap {
        // SAFETY: `self` keeps the object, hence its type cell, alive.
        unsafe { &type_of(self.ptr).heap }
    }

    /// Whether the collector currently tracks the object.
    #[inline]
    pub fn is_tracked(&self) -> bool {
        is_tracked_obj(self.ptr)
    }

    /// Whether its finalizer has run.
    #[inline]
    pub fn is_finalized(&self) -> bool {
        is_finalized_obj(self.ptr)
    }

    /// Whether the object is immortal.
    #[inline]
    pub fn is_immortal(&self) -> bool {
        is_immortal_obj(self.ptr)
    }
}

impl Clone for ObjRef {
    #[inline]
    fn clone(&self) -> Self {
        // SAFETY: `self` keeps the object alive.
        unsafe { incref(self.ptr) };
        ObjRef { ptr: self.ptr }
    }
}

impl ObjRef {
    /// A new reference to the object in `cell`, if any, leaving the cell as it is: what
    /// `let v = cell.take(); let r = v.clone(); cell.set(v)` computes, without writing the
    /// cell twice (an instance's attribute read, the commonest load of the eval loop).
    #[inline]
    pub fn clone_in(cell: &core::cell::Cell<Option<ObjRef>>) -> Option<ObjRef> {
        // SAFETY: `Cell` is not `Sync`, so only this thread can reach the cell, and nothing
        // runs between the read and the increment that could replace its value: cloning an
        // `ObjRef` only increments the object's count (it runs no code and touches no
        // cell). The reference read stays owned by the cell; the clone is a new one.
        unsafe { (*cell.as_ptr()).clone() }
    }
}

impl Drop for ObjRef {
    #[inline]
    fn drop(&mut self) {
        // SAFETY: we own one strong reference.
        unsafe { decref(self.ptr) };
    }
}

impl fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} object at {:#x}>", self.type_name(), self.addr())
    }
}

impl<T: Object> From<Gc<T>> for ObjRef {
    fn from(g: Gc<T>) -> ObjRef {
        Gc::into_obj(g)
    }
}

#[inline]
fn refcount_of(ptr: ObjPtr) -> usize {
    // SAFETY: callers hold a handle to `ptr`.
    unsafe { header(ptr).refcnt.get() as usize }
}

pub(crate) fn allocated_size_of(ptr: ObjPtr) -> usize {
    // SAFETY: callers hold a handle to `ptr`; var objects store their item count in the
    // header's flag word.
    unsafe {
        let cell = type_of(ptr);
        if header(ptr).flags.get() & FLAG_VAR != 0 {
            let len = crate::header::var_len(header(ptr));
            cell.alloc_size + len * cell.slots.item_size
        } else {
            cell.alloc_size
        }
    }
}

#[inline]
fn is_tracked_obj(ptr: ObjPtr) -> bool {
    // SAFETY: callers hold a handle to `ptr`; only GC objects have links.
    unsafe { header(ptr).flags.get() & FLAG_GC != 0 && gclist::is_tracked(gc_of(ptr)) }
}

#[inline]
fn is_finalized_obj(ptr: ObjPtr) -> bool {
    // SAFETY: callers hold a handle to `ptr`.
    unsafe { header(ptr).flags.get() & FLAG_FINALIZED != 0 }
}

#[inline]
fn is_immortal_obj(ptr: ObjPtr) -> bool {
    // SAFETY: callers hold a handle to `ptr`.
    unsafe { is_immortal_count(header(ptr).refcnt.get()) }
}
