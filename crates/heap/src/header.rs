//! The two headers every object carries, and the pointer arithmetic between them.
//!
//! ```text
//!   tracked (GC) object                      untracked object
//!   +-------------------------+ <- block     +-------------------------+ <- block
//!   | GcHead.next             |              | ObjHeader.refcnt, flags |
//!   | GcHead.prev (+flags)    |              | ObjHeader.ty            |
//!   +-------------------------+ <- ObjHeader +-------------------------+ <- payload
//!   | ObjHeader.refcnt, flags |              | T ...                   |
//!   | ObjHeader.ty            |
//!   +-------------------------+ <- payload
//!   | T ...                   |
//! ```
//!
//! As in CPython, the GC links live *in front of* the object header, so an object whose type
//! is not a container pays nothing for them, and an object pointer is the same kind of
//! pointer for both.

use core::cell::Cell;
use core::ptr::NonNull;

use crate::typecell::TypeCell;

/// Size of [`ObjHeader`]: refcount + flags (8 bytes) and the type pointer (8 bytes).
pub(crate) const HEADER_SIZE: usize = 16;
/// Size of [`GcHead`], as `sizeof(PyGC_Head)` on 64-bit CPython.
pub(crate) const GC_HEAD_SIZE: usize = 16;
/// Largest payload alignment supported: obmalloc hands out 16-byte aligned blocks.
pub(crate) const MAX_ALIGN: usize = 16;

/// Refcount value of an immortal object (PEP 683; 3.12 uses `UINT_MAX` in the low 32 bits).
pub(crate) const IMMORTAL_REFCNT: u32 = u32::MAX;

/// Header flag: the object was allocated with a [`GcHead`] (its type is a container).
pub(crate) const FLAG_GC: u32 = 1 << 0;
/// Header flag: the object's finalizer has run (PEP 442: at most once).
pub(crate) const FLAG_FINALIZED: u32 = 1 << 1;
/// Header flag: at least one weak reference points to the object.
pub(crate) const FLAG_HAS_WEAKREFS: u32 = 1 << 2;

/// `_PyGC_PREV_MASK_COLLECTING`: the object belongs to the generation being collected.
pub(crate) const PREV_MASK_COLLECTING: usize = 1 << 1;
/// `_PyGC_PREV_SHIFT`: during a collection `prev` holds `gc_refs << 2` instead of a pointer.
pub(crate) const PREV_SHIFT: u32 = 2;
/// The pointer part of `prev`.
pub(crate) const PREV_MASK: usize = usize::MAX << PREV_SHIFT;
/// Header flag: the object has variable-size items after its value (see `VarObject`).
pub(crate) const FLAG_VAR: u32 = 1 << 3;
/// Header flag left to the embedder ([`Gc::mark`](crate::Gc::mark)): one bit of per-object
/// state that costs no field, e.g. "this object has entries in a side table".
pub(crate) const FLAG_MARK: u32 = 1 << 4;
/// Header flag: the object's death runs no code and frees no other object (its type is
/// untracked, without finalizer, not variable-size, and its value said at allocation that
/// its drop is trivial — see [`Object::drop_is_trivial`](crate::Object::drop_is_trivial)).
/// Decided per object, so a small int is a leaf while a boxed big int of the same type is not.
pub(crate) const FLAG_LEAF: u32 = 1 << 5;
/// A variable-size object's item count lives in the flag word above the flag bits, as
/// `ob_size` would, but without its own 8 bytes: a one-slot instance then fits CPython's
/// 48-byte block.
pub(crate) const VAR_LEN_SHIFT: u32 = 6;
/// The largest item count the flag word holds (2^26 − 1 items: 512 MiB of pointers).
pub(crate) const MAX_VAR_LEN: usize = (u32::MAX >> VAR_LEN_SHIFT) as usize;

/// The item count of a variable-size object (0 for others).
#[inline]
pub(crate) fn var_len(hdr: &ObjHeader) -> usize {
    (hdr.flags.get() >> VAR_LEN_SHIFT) as usize
}

/// `NEXT_MASK_UNREACHABLE`: set on `next` while the object sits in the tentatively
/// unreachable list of `move_unreachable`.
pub(crate) const NEXT_MASK_UNREACHABLE: usize = 1;

/// The links of a tracked object (CPython's `PyGC_Head`). `next == 0` means untracked.
#[repr(C)]
pub(crate) struct GcHead {
    /// The next head in the list (low address bit: `NEXT_MASK_UNREACHABLE`); null when the
    /// object is not tracked.
    pub(crate) next: Cell<*mut GcHead>,
    /// The previous head, or `gc_refs << 2` during a collection; low address bits are flags.
    pub(crate) prev: Cell<*mut GcHead>,
}

impl GcHead {
    /// A list head or an untracked object's links.
    pub(crate) const fn new() -> GcHead {
        GcHead {
            next: Cell::new(core::ptr::null_mut()),
            prev: Cell::new(core::ptr::null_mut()),
        }
    }
}

/// The header every object has (CPython's `PyObject`: `ob_refcnt`, `ob_type`).
#[repr(C)]
pub(crate) struct ObjHeader {
    /// Strong reference count; values with the top bit set are immortal.
    pub(crate) refcnt: Cell<u32>,
    /// `FLAG_*` bits.
    pub(crate) flags: Cell<u32>,
    /// The type's slot table (owned by the heap, outlives every object of the type).
    pub(crate) ty: NonNull<TypeCell>,
}

/// A pointer to an object header; the currency of the internal API.
pub(crate) type ObjPtr = NonNull<ObjHeader>;

const _: () = assert!(core::mem::size_of::<ObjHeader>() == HEADER_SIZE);
const _: () = assert!(core::mem::size_of::<GcHead>() == GC_HEAD_SIZE);

/// True when a refcount value means "immortal" (3.12's `_Py_IsImmortal`: the low 32 bits,
/// read as signed, are negative).
#[inline]
pub(crate) fn is_immortal_count(count: u32) -> bool {
    (count as i32) < 0
}

/// Borrow the header of a live object.
///
/// # Safety
/// `obj` must point to the header of an object whose block is still allocated.
#[inline]
pub(crate) unsafe fn header<'a>(obj: ObjPtr) -> &'a ObjHeader {
    // SAFETY: the caller guarantees the block is allocated; the header is initialised at
    // allocation and only mutated through its `Cell`s.
    unsafe { obj.as_ref() }
}

/// Borrow the type slots of a live object.
///
/// # Safety
/// As [`header`]; type cells outlive all objects of their type.
#[inline]
pub(crate) unsafe fn type_of<'a>(obj: ObjPtr) -> &'a TypeCell {
    // SAFETY: the caller guarantees `obj` is live; its type cell is freed only with the heap
    // state, after every object is gone.
    unsafe { header(obj).ty.as_ref() }
}

/// True when the object was allocated with GC links.
///
/// # Safety
/// As [`header`].
#[inline]
pub(crate) unsafe fn is_gc(obj: ObjPtr) -> bool {
    // SAFETY: forwarded caller guarantee.
    unsafe { header(obj).flags.get() & FLAG_GC != 0 }
}

/// The GC links of a container object (`AS_GC`).
///
/// # Safety
/// `obj` must be a live object allocated with a [`GcHead`] (see [`is_gc`]).
#[inline]
pub(crate) unsafe fn gc_of(obj: ObjPtr) -> NonNull<GcHead> {
    // SAFETY: the head immediately precedes the header inside the same block, and `obj`
    // carries the provenance of the whole block.
    unsafe { obj.cast::<u8>().sub(GC_HEAD_SIZE).cast::<GcHead>() }
}

/// The object whose links these are (`FROM_GC`).
///
/// # Safety
/// `gc` must be the links of a live object (not a list head).
#[inline]
pub(crate) unsafe fn obj_of(gc: NonNull<GcHead>) -> ObjPtr {
    // SAFETY: the header immediately follows the head inside the same block.
    unsafe { gc.cast::<u8>().add(GC_HEAD_SIZE).cast::<ObjHeader>() }
}

/// The payload (the Rust value) of an object.
///
/// # Safety
/// `obj` must be live and its payload of type `T`.
#[inline]
pub(crate) unsafe fn payload<T>(obj: ObjPtr) -> NonNull<T> {
    // SAFETY: the payload follows the header in the same block.
    unsafe { obj.cast::<u8>().add(HEADER_SIZE).cast::<T>() }
}

/// Start of the block that holds the object (what obmalloc returned).
///
/// # Safety
/// `obj` must be live.
#[inline]
pub(crate) unsafe fn block_of(obj: ObjPtr) -> NonNull<u8> {
    // SAFETY: forwarded; for a GC object the block starts at its head.
    unsafe {
        if is_gc(obj) {
            gc_of(obj).cast::<u8>()
        } else {
            obj.cast::<u8>()
        }
    }
}
