//! Weak references: objects of the built-in type [`WeakRefObj`] that point at a referent
//! without keeping it alive, are cleared when it dies, and may carry a callback.
//!
//! The referent does not store its weak references (no `tp_weaklistoffset` slot): the heap
//! keeps a map from referent address to its weak reference objects, and a header flag tells
//! a dying object whether to look there.

use core::any::TypeId;
use core::cell::{Cell, RefCell};
use core::fmt;
use core::marker::PhantomData;
use core::mem::ManuallyDrop;
use core::panic::AssertUnwindSafe;
use std::panic::catch_unwind;

use crate::handle::{Gc, ObjRef};
use crate::header::{header, payload, type_of, ObjPtr, FLAG_HAS_WEAKREFS, HEADER_SIZE};
use crate::object::Object;
use crate::refcount::{decref, incref};
use crate::state::HeapState;
use crate::Heap;

/// The callback of a weak reference: called once, with the (now dead) weak reference, when
/// its referent dies — unless the weak reference itself is garbage at that point.
pub type WeakCallback = Box<dyn FnOnce(&Heap, &Gc<WeakRefObj>)>;

/// A weak reference object (CPython's `weakref.ref`).
pub struct WeakRefObj {
    referent: Cell<Option<ObjPtr>>,
    callback: RefCell<Option<WeakCallback>>,
}

impl Object for WeakRefObj {
    const NAME: &'static str = "weakref.ReferenceType";

    fn clear(&self) {
        // tp_clear of a weak reference: forget the referent and drop the callback.
        // SAFETY: `self` is the payload of a live weak reference object.
        unsafe { self.detach() };
        let cb = self
            .callback
            .try_borrow_mut()
            .ok()
            .and_then(|mut c| c.take());
        drop(cb);
    }
}

impl WeakRefObj {
    /// The referent if it is alive and not already dying (a new strong reference).
    pub fn upgrade_obj(&self) -> Option<ObjRef> {
        let p = self.referent.get()?;
        // SAFETY: a registered referent is allocated: it clears this pointer before its
        // block is freed. A count of zero means it is queued for deallocation (trashcan):
        // it must not be revived.
        unsafe {
            if header(p).refcnt.get() == 0 {
                return None;
            }
            Some(ObjRef::new_ref(p))
        }
    }

    /// Whether the referent is alive (and not already dying).
    pub fn is_alive(&self) -> bool {
        // SAFETY: as in `upgrade_obj`.
        self.referent
            .get()
            .is_some_and(|p| unsafe { header(p).refcnt.get() } != 0)
    }

    /// Whether a callback is still pending.
    pub fn has_callback(&self) -> bool {
        self.callback
            .try_borrow()
            .map(|c| c.is_some())
            .unwrap_or(true)
    }

    /// Unregister from the referent and forget it (`_PyWeakref_ClearRef`; the callback stays).
    ///
    /// # Safety
    /// `self` must be the payload of a live weak reference object.
    pub(crate) unsafe fn detach(&self) {
        let Some(referent) = self.referent.take() else {
            return;
        };
        let me = self as *const WeakRefObj as usize;
        // SAFETY: the referent was alive until now (it clears us before it dies).
        let state = unsafe { type_of(referent).heap.state() };
        let mut map = state.weakrefs.borrow_mut();
        let key = referent.as_ptr() as usize;
        if let Some(list) = map.get_mut(&key) {
            list.retain(|w| w.as_ptr() as usize + HEADER_SIZE != me);
            if list.is_empty() {
                map.remove(&key);
                // SAFETY: as above.
                let h = unsafe { header(referent) };
                h.flags.set(h.flags.get() & !FLAG_HAS_WEAKREFS);
            }
        }
    }

    fn take_callback(&self) -> Option<WeakCallback> {
        self.callback
            .try_borrow_mut()
            .ok()
            .and_then(|mut c| c.take())
    }
}

impl Drop for WeakRefObj {
    fn drop(&mut self) {
        // SAFETY: the value is being dropped in place inside its (still allocated) object.
        unsafe { self.detach() };
    }
}

impl fmt::Debug for WeakRefObj {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.referent.get() {
            Some(p) => write!(f, "<weakref; to {:#x}>", p.as_ptr() as usize),
            None => write!(f, "<weakref; dead>"),
        }
    }
}

/// A typed weak reference to a `T`.
pub struct Weak<T: Object> {
    wr: Gc<WeakRefObj>,
    _marker: PhantomData<T>,
}

impl<T: Object> Weak<T> {
    /// The referent, if alive.
    pub fn upgrade(&self) -> Option<Gc<T>> {
        self.wr.upgrade_obj().and_then(|o| o.downcast::<T>())
    }

    /// Whether the referent is alive.
    pub fn is_alive(&self) -> bool {
        self.wr.is_alive()
    }

    /// The weak reference object itself (it lives on the heap and can be part of cycles).
    pub fn weakref(&self) -> &Gc<WeakRefObj> {
        &self.wr
    }

    pub(crate) fn weakref_ptr(&self) -> ObjPtr {
        self.wr.as_ptr()
    }
}

impl<T: Object> Clone for Weak<T> {
    fn clone(&self) -> Self {
        Weak {
            wr: self.wr.clone(),
            _marker: PhantomData,
        }
    }
}

impl<T: Object> fmt::Debug for Weak<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.wr, f)
    }
}

/// Create a weak reference to `target` (used by [`Heap::weakref`]).
pub(crate) fn new_weakref<T: Object>(
    heap: &Heap,
    target: &Gc<T>,
    callback: Option<WeakCallback>,
) -> Result<Weak<T>, crate::HeapError> {
    // SAFETY: `target` keeps the referent alive.
    let wr = unsafe { new_weakref_to(heap, target.as_ptr(), callback) }?;
    Ok(Weak {
        wr,
        _marker: PhantomData,
    })
}

/// Create a weak reference to an object of any type (used by [`Heap::weakref_obj`]).
pub(crate) fn new_weakref_obj(
    heap: &Heap,
    target: &ObjRef,
    callback: Option<WeakCallback>,
) -> Result<Gc<WeakRefObj>, crate::HeapError> {
    // SAFETY: `target` keeps the referent alive.
    unsafe { new_weakref_to(heap, target.as_ptr(), callback) }
}

/// # Safety
/// `target` must be a live object of `heap`.
unsafe fn new_weakref_to(
    heap: &Heap,
    target: ObjPtr,
    callback: Option<WeakCallback>,
) -> Result<Gc<WeakRefObj>, crate::HeapError> {
    let wr = heap.alloc(WeakRefObj {
        referent: Cell::new(Some(target)),
        callback: RefCell::new(callback),
    })?;
    let key = target.as_ptr() as usize;
    let state = heap.state();
    state
        .weakrefs
        .borrow_mut()
        .entry(key)
        .or_default()
        .push(wr.as_ptr());
    // SAFETY: the caller guarantees `target` is live.
    let h = unsafe { header(target) };
    h.flags.set(h.flags.get() | FLAG_HAS_WEAKREFS);
    Ok(wr)
}

/// How many weak reference objects currently refer to `target` (CPython's
/// `_PyWeakref_GetWeakrefCount`).
pub(crate) fn weakref_count(heap: &Heap, target: &ObjRef) -> usize {
    heap.state()
        .weakrefs
        .borrow()
        .get(&(target.as_ptr().as_ptr() as usize))
        .map_or(0, |list| list.len())
}

/// True when the object is a weak reference.
///
/// # Safety
/// `obj` must be live.
pub(crate) unsafe fn is_weakref(obj: ObjPtr) -> bool {
    // SAFETY: forwarded.
    unsafe { type_of(obj).type_id == TypeId::of::<WeakRefObj>() }
}

/// The weak reference value of a weak reference object.
///
/// # Safety
/// `obj` must be a live weak reference object.
pub(crate) unsafe fn as_weakref<'a>(obj: ObjPtr) -> &'a WeakRefObj {
    // SAFETY: forwarded.
    unsafe { payload::<WeakRefObj>(obj).as_ref() }
}

/// Detach every weak reference of `obj` (which is dying) and return them.
///
/// # Safety
/// `obj` must be allocated.
pub(crate) unsafe fn take_weakrefs(state: &HeapState, obj: ObjPtr) -> Vec<ObjPtr> {
    let list = state
        .weakrefs
        .borrow_mut()
        .remove(&(obj.as_ptr() as usize))
        .unwrap_or_default();
    // SAFETY: forwarded.
    let h = unsafe { header(obj) };
    h.flags.set(h.flags.get() & !FLAG_HAS_WEAKREFS);
    for &wr in &list {
        // SAFETY: registered weak references are alive (they unregister when they die).
        unsafe { as_weakref(wr) }.referent.set(None);
    }
    list
}

/// Call the callback of `wr` (whose referent died) and give up the reference the caller
/// took on it; true when that release freed `wr` (nothing else held it any more).
///
/// # Safety
/// The caller owns one strong reference to the live weak reference object `wr`.
pub(crate) unsafe fn call_callback_and_release(state: &HeapState, wr: ObjPtr) -> bool {
    // SAFETY: forwarded.
    let w = unsafe { as_weakref(wr) };
    if let Some(cb) = w.take_callback() {
        // SAFETY: the caller's reference keeps `wr` alive during the call.
        let handle = ManuallyDrop::new(unsafe { Gc::<WeakRefObj>::from_ptr(wr) });
        // SAFETY: as above.
        let heap = unsafe { &type_of(wr).heap };
        if let Err(p) = catch_unwind(AssertUnwindSafe(|| cb(heap, &handle))) {
            state.write_unraisable("Exception ignored in weakref callback", p);
        }
    }
    // SAFETY: the caller's reference keeps `wr` alive until this release.
    unsafe {
        let last = header(wr).refcnt.get() == 1;
        decref(wr);
        last
    }
}

/// `PyObject_ClearWeakRefs` for an object dying by reference count: clear all its weak
/// references, then call the callbacks of those that have one.
///
/// # Safety
/// `obj` must be allocated and dying.
pub(crate) unsafe fn clear_weakrefs_of(state: &HeapState, obj: ObjPtr) {
    // SAFETY: forwarded.
    let list = unsafe { take_weakrefs(state, obj) };
    let mut with_cb = Vec::new();
    for wr in list {
        // SAFETY: alive (see `take_weakrefs`).
        if unsafe { as_weakref(wr) }.has_callback() {
            // SAFETY: alive.
            unsafe { incref(wr) };
            with_cb.push(wr);
        }
    }
    // Newest first: CPython inserts weak references with callbacks at the head of the
    // object's list, so their callbacks run in reverse order of creation.
    for wr in with_cb.into_iter().rev() {
        // SAFETY: we took a reference above.
        unsafe { call_callback_and_release(state, wr) };
    }
}
