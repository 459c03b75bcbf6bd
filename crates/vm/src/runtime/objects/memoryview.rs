//! `memoryview`: a view of the bytes of another object (its exporter), as CPython 3.12's
//! `Objects/memoryobject.c` has it.
//!
//! Two heap objects, as in CPython:
//!
//! * [`ManagedBuffer`] (CPython's `managedbuffer`): made once per `memoryview(obj)` of an
//!   exporter, shared by every view derived from that one (slices, casts, `toreadonly()`,
//!   `memoryview(view)`). It holds the exporter (the one reference that
//!   `sys.getrefcount(obj)` sees) and counts as one export of it (`BytesObj::exports`,
//!   `ArrayStore::exports`), so that a bytearray or array cannot change its length while
//!   views of it may still read its bytes. The export ends when the last view holding the
//!   buffer lets go of it: `release()`, the view's death, or the cycle collector.
//! * [`MemoryView`]: the view itself, a [`Layout`] (format, item size, shape, strides and
//!   the byte offset of its first item) over the exporter's own byte vector. Nothing is
//!   copied: a write through a view is a write into the bytearray's or array's storage.
//!
//! The layout never changes after a view is made; only `release()` changes a view (it
//! drops the buffer, after which every use is `ValueError: operation forbidden on released
//! memoryview object`). Every read and write is bounds-checked against the storage's
//! current length, so even storage replaced behind a view's back cannot make it panic.

use std::cell::{Cell, RefCell};

use heap::{Gc, ObjRef};

use super::BytesObj;
use crate::runtime::modules::array::ArrayStore;

/// The byte vector an exporter lends its views, and its export count.
#[derive(Clone)]
pub enum Storage {
    /// A bytes or bytearray (or the base value of an instance of a subclass).
    Bytes(Gc<BytesObj>),
    /// The item store of an `array.array`.
    Array(Gc<ArrayStore>),
}

impl Storage {
    /// The exporter's bytes.
    pub fn data(&self) -> &RefCell<Vec<u8>> {
        match self {
            Storage::Bytes(b) => &b.data,
            Storage::Array(a) => &a.data,
        }
    }

    /// How many managed buffers export it now.
    fn exports(&self) -> &Cell<usize> {
        match self {
            Storage::Bytes(b) => &b.exports,
            Storage::Array(a) => &a.exports,
        }
    }
}

/// What a managed buffer holds while it exports.
struct Export {
    /// The exporter, `memoryview.obj`.
    obj: ObjRef,
    /// Its storage: `obj` itself for an exact bytes or bytearray (held once, as CPython
    /// holds it once), else the base value or the array store that `obj` holds.
    storage: Option<Storage>,
}

/// CPython's managed buffer: the exporter and its export, shared by the views of it.
pub struct ManagedBuffer {
    export: RefCell<Option<Export>>,
}

impl heap::Object for ManagedBuffer {
    const NAME: &'static str = "managedbuffer";
    fn traverse(&self, v: &mut heap::Visitor<'_>) {
        match self.export.try_borrow() {
            Ok(e) => {
                if let Some(e) = &*e {
                    v.visit(&e.obj);
                }
            }
            Err(_) => v.mark_incomplete(),
        }
    }
    fn clear(&self) {
        self.end_export();
    }
}

impl Drop for ManagedBuffer {
    fn drop(&mut self) {
        self.end_export();
    }
}

impl ManagedBuffer {
    /// A buffer exporting `storage` of `obj` (`storage: None`: `obj` is an exact bytes or
    /// bytearray). Counts one export.
    pub fn new(obj: ObjRef, storage: Option<Storage>) -> ManagedBuffer {
        let mb = ManagedBuffer {
            export: RefCell::new(Some(Export { obj, storage })),
        };
        if let Some(s) = mb.storage() {
            s.exports().set(s.exports().get() + 1);
        }
        mb
    }

    /// The exporter (`None` once the cycle collector has cleared the buffer).
    pub fn obj(&self) -> Option<ObjRef> {
        self.export.borrow().as_ref().map(|e| e.obj.clone())
    }

    /// The exporter's storage.
    pub fn storage(&self) -> Option<Storage> {
        let e = self.export.borrow();
        let e = e.as_ref()?;
        match &e.storage {
            Some(s) => Some(s.clone()),
            None => e.obj.downcast::<BytesObj>().map(Storage::Bytes),
        }
    }

    /// The end of the export (CPython's `mbuf_release`): the exporter may resize again,
    /// and the buffer's reference to it goes.
    fn end_export(&self) {
        if let Some(s) = self.storage() {
            s.exports().set(s.exports().get().saturating_sub(1));
        }
        let old = self.export.try_borrow_mut().ok().and_then(|mut e| e.take());
        drop(old);
    }
}

/// The shape of a view's memory: CPython's `Py_buffer` fields that a view owns.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// Byte offset, in the storage, of the item at index 0 in every dimension.
    pub start: usize,
    /// The struct format (`"B"`, `"i"`, `"@d"`, ...).
    pub format: String,
    /// Bytes per item.
    pub itemsize: usize,
    /// Items per dimension (empty for a 0-dim view).
    pub shape: Vec<usize>,
    /// Bytes between neighbours in each dimension (negative for reversed slices).
    pub strides: Vec<isize>,
    /// Writes refused.
    pub readonly: bool,
}

impl Layout {
    /// A 1-dim, contiguous layout over `len` bytes of items of `format`.
    pub fn flat(format: &str, itemsize: usize, len: usize, readonly: bool) -> Layout {
        let itemsize = itemsize.max(1);
        Layout {
            start: 0,
            format: format.into(),
            itemsize,
            shape: vec![len / itemsize],
            strides: vec![itemsize as isize],
            readonly,
        }
    }

    /// Dimensions.
    pub fn ndim(&self) -> usize {
        self.shape.len()
    }

    /// Items in all.
    pub fn items(&self) -> usize {
        self.shape
            .iter()
            .try_fold(1usize, |n, &d| n.checked_mul(d))
            .unwrap_or(usize::MAX)
    }

    /// `nbytes`: the bytes the view covers, as if contiguous.
    pub fn nbytes(&self) -> usize {
        self.items().saturating_mul(self.itemsize)
    }

    /// The format's one character, without the native `@` prefix (CPython's `adjust_fmt`);
    /// `None` for a format that is not one character.
    pub fn fmt_char(&self) -> Option<u8> {
        let f = self.format.strip_prefix('@').unwrap_or(&self.format);
        match f.as_bytes() {
            [c] => Some(*c),
            _ => None,
        }
    }

    /// CPython's `_IsCContiguous`/`_IsFortranContiguous` (with `init_flags`' special cases
    /// for 0 and 1 dimensions).
    fn contiguous_in(&self, fortran: bool) -> bool {
        match self.ndim() {
            0 => return true,
            1 => return self.shape[0] == 1 || self.strides[0] == self.itemsize as isize,
            _ => {}
        }
        if self.nbytes() == 0 {
            return true;
        }
        let mut sd = self.itemsize as isize;
        let dims: Vec<usize> = if fortran {
            (0..self.ndim()).collect()
        } else {
            (0..self.ndim()).rev().collect()
        };
        for i in dims {
            let dim = self.shape[i];
            if dim > 1 && self.strides[i] != sd {
                return false;
            }
            sd = sd.wrapping_mul(dim as isize);
        }
        true
    }

    /// `c_contiguous`.
    pub fn c_contiguous(&self) -> bool {
        self.contiguous_in(false)
    }

    /// `f_contiguous`.
    pub fn f_contiguous(&self) -> bool {
        self.contiguous_in(true)
    }

    /// The byte offset of the item at `index` (one index per dimension, each in range).
    pub fn offset_of(&self, index: &[usize]) -> Option<usize> {
        let mut at = self.start as isize;
        for (&i, &s) in index.iter().zip(&self.strides) {
            at = at.checked_add((i as isize).checked_mul(s)?)?;
        }
        usize::try_from(at).ok()
    }

    /// The byte offsets of all items, in C order (last index fastest) or, with `fortran`,
    /// in Fortran order (first index fastest).
    pub fn offsets(&self, fortran: bool) -> Option<Vec<usize>> {
        let n = self.items();
        let mut out = Vec::new();
        out.try_reserve(n).ok()?;
        if n == 0 {
            return Some(out);
        }
        let nd = self.ndim();
        let mut idx = vec![0usize; nd];
        loop {
            out.push(self.offset_of(&idx)?);
            // Advance the index like an odometer.
            let mut k = 0;
            loop {
                if k == nd {
                    return Some(out);
                }
                let d = if fortran { k } else { nd - 1 - k };
                idx[d] += 1;
                if idx[d] < self.shape[d] {
                    break;
                }
                idx[d] = 0;
                k += 1;
            }
        }
    }

    /// Strides of a C-contiguous array of this shape (`init_strides_from_shape`).
    pub fn c_strides(shape: &[usize], itemsize: usize) -> Vec<isize> {
        let mut strides = vec![0isize; shape.len()];
        let mut sd = itemsize as isize;
        for i in (0..shape.len()).rev() {
            strides[i] = sd;
            sd = sd.wrapping_mul(shape[i] as isize);
        }
        strides
    }
}

/// A `memoryview` object.
pub struct MemoryView {
    /// The buffer, until `release()`.
    pub mbuf: RefCell<Option<Gc<ManagedBuffer>>>,
    /// What part of the exporter's bytes the view shows, and how.
    pub layout: Layout,
    /// The cached hash (CPython keeps it, also once the view is released).
    pub hash: Cell<Option<i64>>,
}

impl heap::Object for MemoryView {
    const NAME: &'static str = "memoryview";
    fn traverse(&self, v: &mut heap::Visitor<'_>) {
        match self.mbuf.try_borrow() {
            Ok(m) => v.visit(&*m),
            Err(_) => v.mark_incomplete(),
        }
    }
    fn clear(&self) {
        let old = self.mbuf.try_borrow_mut().ok().and_then(|mut m| m.take());
        drop(old);
    }
}

impl MemoryView {
    /// A view of `mbuf`'s storage laid out as `layout`.
    pub fn new(mbuf: Gc<ManagedBuffer>, layout: Layout) -> MemoryView {
        MemoryView {
            mbuf: RefCell::new(Some(mbuf)),
            layout,
            hash: Cell::new(None),
        }
    }

    /// The buffer, or `None` once released.
    pub fn buffer(&self) -> Option<Gc<ManagedBuffer>> {
        self.mbuf.borrow().clone()
    }

    /// Released (or cleared by the collector).
    pub fn released(&self) -> bool {
        self.buffer().and_then(|m| m.storage()).is_none()
    }

    /// `release()`: let go of the buffer (which ends the export once no other view holds
    /// it).
    pub fn release(&self) {
        let old = self.mbuf.borrow_mut().take();
        drop(old);
    }

    /// The bytes of all items, in C order (or Fortran order); `None` when released or the
    /// storage no longer covers the view.
    pub fn read(&self, fortran: bool) -> Option<Vec<u8>> {
        let storage = self.buffer()?.storage()?;
        let offsets = self.layout.offsets(fortran)?;
        let data = storage.data().try_borrow().ok()?;
        let size = self.layout.itemsize;
        let mut out = Vec::new();
        out.try_reserve(offsets.len().checked_mul(size)?).ok()?;
        for at in offsets {
            out.extend_from_slice(data.get(at..at.checked_add(size)?)?);
        }
        Some(out)
    }

    /// The bytes of the item at byte offset `at`.
    pub fn item_at(&self, at: usize) -> Option<Vec<u8>> {
        let storage = self.buffer()?.storage()?;
        let data = storage.data().try_borrow().ok()?;
        data.get(at..at.checked_add(self.layout.itemsize)?)
            .map(<[u8]>::to_vec)
    }

    /// Write `bytes` (whole items, in C order) over the items at `offsets`; `None` when
    /// released or out of the storage's bounds (nothing is written then).
    pub fn write(&self, offsets: &[usize], bytes: &[u8]) -> Option<()> {
        let storage = self.buffer()?.storage()?;
        let mut data = storage.data().try_borrow_mut().ok()?;
        let size = self.layout.itemsize;
        if offsets.len().checked_mul(size)? != bytes.len()
            || offsets
                .iter()
                .any(|&at| at.checked_add(size).is_none_or(|end| end > data.len()))
        {
            return None;
        }
        for (&at, item) in offsets.iter().zip(bytes.chunks_exact(size.max(1))) {
            data[at..at + size].copy_from_slice(item);
        }
        Some(())
    }

    /// CPython's `sys.getsizeof`: 16 bytes of GC links, `PyMemoryViewObject` (144 bytes)
    /// and its shape, strides and suboffsets arrays, one word each per dimension, for at
    /// least one dimension.
    pub fn sizeof(&self) -> usize {
        16 + 144 + 24 * self.layout.ndim().max(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_follow_strides() {
        let l = Layout {
            start: 5,
            format: "B".into(),
            itemsize: 1,
            shape: vec![3],
            strides: vec![-2],
            readonly: false,
        };
        assert_eq!(l.offsets(false), Some(vec![5, 3, 1]));
        let m = Layout {
            start: 0,
            format: "h".into(),
            itemsize: 2,
            shape: vec![2, 3],
            strides: Layout::c_strides(&[2, 3], 2),
            readonly: true,
        };
        assert_eq!(m.strides, vec![6, 2]);
        assert_eq!(m.offsets(false), Some(vec![0, 2, 4, 6, 8, 10]));
        assert_eq!(m.offsets(true), Some(vec![0, 6, 2, 8, 4, 10]));
        assert!(m.c_contiguous() && !m.f_contiguous());
        assert_eq!(m.nbytes(), 12);
    }

    #[test]
    fn one_dim_contiguity_is_cpythons() {
        let mut l = Layout::flat("B", 1, 4, true);
        assert!(l.c_contiguous() && l.f_contiguous());
        l.strides = vec![2];
        l.shape = vec![0];
        assert!(!l.c_contiguous());
        l.shape = vec![1];
        assert!(l.c_contiguous());
    }
}
