//! A type's slot table as the heap stores it: one [`TypeCell`] per Rust type per heap,
//! created on the first allocation of that type and freed with the heap.

use core::any::TypeId;
use core::mem::ManuallyDrop;
use core::ptr::NonNull;

use crate::freelist::FreeList;
use crate::gclist::GcPtr;
use crate::handle::Gc;
use crate::header::{payload, var_len, ObjPtr, GC_HEAD_SIZE, HEADER_SIZE};
use crate::object::{Object, VarObject};
use crate::state::HeapState;
use crate::trace::{VisitMode, Visitor};
use crate::Heap;

/// The public, read-only part of a type's slot table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TypeSlots {
    /// `tp_name`.
    pub name: &'static str,
    /// `tp_basicsize`: object header plus the Rust value (the GC links excluded, as in CPython).
    pub basic_size: usize,
    /// `tp_itemsize`.
    pub item_size: usize,
    /// Instances are GC-tracked containers.
    pub tracked: bool,
    /// Instances are born immortal.
    pub immortal: bool,
    /// The type has a finalizer.
    pub has_finalizer: bool,
}

/// The full slot table: public slots, function pointers and the type's free list.
pub(crate) struct TypeCell {
    pub(crate) slots: TypeSlots,
    pub(crate) type_id: TypeId,
    /// Bytes requested from obmalloc per object (GC links included), without items.
    pub(crate) alloc_size: usize,
    /// Variable-size objects: offset from the header of the items.
    pub(crate) items_offset: usize,
    pub(crate) traverse: unsafe fn(ObjPtr, &mut Visitor<'_>),
    /// `traverse` with `visit_decref` (subtract_refs); returns true when the visit was
    /// incomplete. One of the two traversals every collection runs over every object it
    /// examines: instantiated with the visit mode fixed, so that a traverse slot inlined
    /// into it dispatches on the mode once at compile time instead of once per reference.
    pub(crate) traverse_decref: unsafe fn(ObjPtr) -> bool,
    /// `traverse` with `visit_reachable` of `move_unreachable` (the argument is the young
    /// list head); as `traverse_decref`.
    pub(crate) traverse_reachable: unsafe fn(ObjPtr, GcPtr) -> bool,
    pub(crate) clear: unsafe fn(ObjPtr),
    pub(crate) finalize: Option<unsafe fn(ObjPtr)>,
    /// `Object::wants_finalize` of a live object (meaningful when `finalize` is set).
    pub(crate) wants_finalize: unsafe fn(ObjPtr) -> bool,
    pub(crate) drop_value: unsafe fn(ObjPtr),
    /// `Object::UNTRACK` and the type-erased `Object::can_untrack`.
    pub(crate) untrack: crate::Untrack,
    pub(crate) can_untrack: crate::untrack::CanUntrack,
    pub(crate) freelist: FreeList,
    /// Variable-size types: the free lists by item count (index `n - 1` keeps blocks of
    /// objects with `n` items; see `VarObject::FREELIST_MAX_LEN`). Empty for others.
    pub(crate) var_freelists: Box<[FreeList]>,
    /// A non-owning view of the heap the type belongs to.
    pub(crate) heap: ManuallyDrop<Heap>,
}

#[inline(always)]
unsafe fn traverse_thunk<T: Object>(obj: ObjPtr, visitor: &mut Visitor<'_>) {
    // SAFETY: the heap calls this only for live objects whose payload is a `T`.
    let value = unsafe { payload::<T>(obj).as_ref() };
    value.traverse(visitor);
}

/// A traverse function (`traverse_thunk` or `var_traverse_thunk`) run with the visit mode
/// fixed: `decref` for subtract_refs, `reachable` for move_unreachable. Each returns true
/// when the visit was incomplete.
macro_rules! mode_thunks {
    ($decref:ident, $reachable:ident, $bound:path, $body:ident) => {
        unsafe fn $decref<T: $bound>(obj: ObjPtr) -> bool {
            let mut visitor = Visitor::new(VisitMode::Decref);
            // SAFETY: forwarded: the collector passes live objects of this type cell.
            unsafe { $body::<T>(obj, &mut visitor) };
            visitor.incomplete
        }

        unsafe fn $reachable<T: $bound>(obj: ObjPtr, young: GcPtr) -> bool {
            let mut visitor = Visitor::new(VisitMode::Reachable(young));
            // SAFETY: as above.
            unsafe { $body::<T>(obj, &mut visitor) };
            visitor.incomplete
        }
    };
}

mode_thunks!(decref_thunk, reachable_thunk, Object, traverse_thunk);
mode_thunks!(
    var_decref_thunk,
    var_reachable_thunk,
    VarObject,
    var_traverse_thunk
);

unsafe fn clear_thunk<T: Object>(obj: ObjPtr) {
    // SAFETY: as in `traverse_thunk`; the caller holds a strong reference during the call.
    let value = unsafe { payload::<T>(obj).as_ref() };
    value.clear();
}

unsafe fn wants_finalize_thunk<T: Object>(obj: ObjPtr) -> bool {
    // SAFETY: the heap calls this only for live objects whose payload is a `T`.
    unsafe { payload::<T>(obj).as_ref() }.wants_finalize()
}

unsafe fn can_untrack_thunk<T: Object>(obj: ObjPtr) -> bool {
    // SAFETY: the collector calls this only for live objects whose payload is a `T`.
    unsafe { payload::<T>(obj).as_ref() }.can_untrack()
}

unsafe fn finalize_thunk<T: Object>(obj: ObjPtr) {
    // The caller owns one strong reference for the duration of the call; lend it as a
    // handle without giving it away.
    // SAFETY: `obj` is live, its value is a `T`, and the handle is never dropped.
    let this = ManuallyDrop::new(unsafe { Gc::<T>::from_ptr(obj) });
    T::finalize(&this);
}

unsafe fn drop_thunk<T: Object>(obj: ObjPtr) {
    // SAFETY: called exactly once, when the count reached zero and no handle is left.
    unsafe { core::ptr::drop_in_place(payload::<T>(obj).as_ptr()) }
}

/// Offset from the header of a variable-size object's items: `[header][T][items...]` (the
/// count is in the header's flag word, see `header::var_len`).
pub(crate) fn var_items_offset<T: VarObject>() -> usize {
    (HEADER_SIZE + core::mem::size_of::<T>()).next_multiple_of(core::mem::align_of::<T::Item>())
}

/// The items of a variable-size object, as a raw slice with the block's provenance.
///
/// # Safety
/// `obj` must be a live object allocated by `alloc_var::<T>` (it has `FLAG_VAR`).
pub(crate) unsafe fn var_items_raw<T: VarObject>(obj: ObjPtr) -> *mut [T::Item] {
    let items_offset = var_items_offset::<T>();
    // SAFETY: the caller guarantees the layout; `len` items were initialised at allocation.
    unsafe {
        let base = obj.cast::<u8>();
        let len = var_len(obj.as_ref());
        core::ptr::slice_from_raw_parts_mut(base.add(items_offset).cast::<T::Item>().as_ptr(), len)
    }
}

/// The items of a variable-size object.
///
/// # Safety
/// As [`var_items_raw`]; the items must not be dropped while the slice is in use.
pub(crate) unsafe fn var_items<'a, T: VarObject>(obj: ObjPtr) -> &'a [T::Item] {
    // SAFETY: forwarded; the items are initialised and only dropped with the object.
    unsafe { &*var_items_raw::<T>(obj) }
}

#[inline(always)]
unsafe fn var_traverse_thunk<T: VarObject>(obj: ObjPtr, visitor: &mut Visitor<'_>) {
    // SAFETY: the heap calls this only for live objects of this var type cell.
    unsafe {
        let items = var_items::<T>(obj);
        // A constant: each type gets one loop.
        if T::ITEMS_LAST_FIRST {
            for item in items.iter().rev() {
                item.trace(visitor);
            }
        } else {
            for item in items {
                item.trace(visitor);
            }
        }
        payload::<T>(obj).as_ref().traverse(visitor);
    }
}

unsafe fn var_can_untrack_thunk<T: VarObject>(obj: ObjPtr) -> bool {
    // SAFETY: the collector calls this only for live objects of this var type cell.
    unsafe {
        payload::<T>(obj)
            .as_ref()
            .can_untrack_with(var_items::<T>(obj))
    }
}

unsafe fn var_clear_thunk<T: VarObject>(obj: ObjPtr) {
    // SAFETY: as above; the caller holds a strong reference.
    unsafe {
        payload::<T>(obj).as_ref().clear();
        for item in var_items::<T>(obj) {
            item.clear_refs();
        }
    }
}

unsafe fn var_drop_thunk<T: VarObject>(obj: ObjPtr) {
    // Items first, then the value: CPython's subtype_dealloc clears the slots before it
    // gives up the reference to the type.
    // SAFETY: called once when the count reached zero; items and value are dropped in
    // place (the count in the header is read before either is dropped).
    unsafe {
        let items = var_items_raw::<T>(obj);
        if T::ITEMS_LAST_FIRST {
            let first = items.cast::<T::Item>();
            for i in (0..items.len()).rev() {
                core::ptr::drop_in_place(first.add(i));
            }
        } else {
            core::ptr::drop_in_place(items);
        }
        core::ptr::drop_in_place(payload::<T>(obj).as_ptr());
    }
}

use crate::trace::Trace;

impl TypeCell {
    /// The free list that may keep the block of `hdr`'s object, of this type: the type's
    /// own, or for a type with free lists by item count the one for its count (the type's
    /// own, which keeps nothing, for counts without one). Types without lists by count pay
    /// one test.
    #[inline(always)]
    pub(crate) fn freelist_of(&self, hdr: &crate::header::ObjHeader) -> &FreeList {
        if self.var_freelists.is_empty() {
            return &self.freelist;
        }
        var_len(hdr)
            .checked_sub(1)
            .and_then(|i| self.var_freelists.get(i))
            .unwrap_or(&self.freelist)
    }

    /// Every free list of the type (its own, then those by item count).
    pub(crate) fn freelists(&self) -> impl Iterator<Item = &FreeList> {
        core::iter::once(&self.freelist).chain(self.var_freelists.iter())
    }

    /// Build the slot table of the variable-size type `T` for the heap `state`.
    pub(crate) fn new_var<T: VarObject>(state: NonNull<HeapState>) -> TypeCell {
        let mut cell = TypeCell::new::<T>(state);
        let items_offset = var_items_offset::<T>();
        cell.items_offset = items_offset;
        cell.alloc_size = items_offset + if T::TRACKED { GC_HEAD_SIZE } else { 0 };
        cell.slots.basic_size = items_offset;
        cell.slots.item_size = core::mem::size_of::<T::Item>();
        cell.traverse = var_traverse_thunk::<T>;
        cell.traverse_decref = var_decref_thunk::<T>;
        cell.traverse_reachable = var_reachable_thunk::<T>;
        cell.clear = var_clear_thunk::<T>;
        cell.drop_value = var_drop_thunk::<T>;
        cell.can_untrack = var_can_untrack_thunk::<T>;
        // Blocks differ in size: no single free list, one per item count instead.
        let name = cell.freelist.name();
        cell.freelist = FreeList::new(name, 0, items_offset);
        let item_size = core::mem::size_of::<T::Item>();
        cell.var_freelists = (1..=T::FREELIST_MAX_LEN)
            .map(|n| FreeList::new(name, T::FREELIST_CAPACITY, items_offset + n * item_size))
            .collect();
        cell
    }

    /// Build the slot table of `T` for the heap `state`.
    pub(crate) fn new<T: Object>(state: NonNull<HeapState>) -> TypeCell {
        let basic_size = HEADER_SIZE + core::mem::size_of::<T>();
        let alloc_size = basic_size + if T::TRACKED { GC_HEAD_SIZE } else { 0 };
        let freelist_name = if T::FREELIST_NAME.is_empty() {
            T::NAME
        } else {
            T::FREELIST_NAME
        };
        TypeCell {
            slots: TypeSlots {
                name: T::NAME,
                basic_size,
                item_size: 0,
                tracked: T::TRACKED,
                immortal: T::IMMORTAL,
                has_finalizer: T::HAS_FINALIZER,
            },
            type_id: TypeId::of::<T>(),
            alloc_size,
            items_offset: 0,
            traverse: traverse_thunk::<T>,
            traverse_decref: decref_thunk::<T>,
            traverse_reachable: reachable_thunk::<T>,
            clear: clear_thunk::<T>,
            wants_finalize: wants_finalize_thunk::<T>,
            finalize: if T::HAS_FINALIZER {
                Some(finalize_thunk::<T>)
            } else {
                None
            },
            drop_value: drop_thunk::<T>,
            untrack: T::UNTRACK,
            can_untrack: can_untrack_thunk::<T>,
            freelist: FreeList::new(freelist_name, T::FREELIST_CAPACITY, basic_size),
            var_freelists: Box::new([]),
            heap: ManuallyDrop::new(Heap::view(state)),
        }
    }
}
