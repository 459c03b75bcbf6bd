//! The `memoryview` type's behaviour: the constructor, the methods and attributes, and
//! the operators (`[]`, `len`, `==`, `hash`, iteration, `repr`) that `ops.rs` hands to it,
//! with CPython 3.12's checks and messages (`Objects/memoryobject.c`). The objects and
//! their memory layout are in `objects/memoryview.rs`.
//!
//! Exporters are bytes, bytearray (and their subclasses' instances) and `array.array`;
//! their formats are `B` and the array's type code (`w` for `u`, as 3.12 exports it).
//! Items are read and written as native C values (`packing.rs`): a view's format is one
//! of struct's native codes, optionally prefixed with `@`.

use heap::{Gc, ObjRef};

use super::arg_spec::ArgSpec;
use super::modules::array::{self as array_mod, ArrayStore};
use super::modules::packing;
use super::objects::memoryview::{Layout, ManagedBuffer, MemoryView, Storage};
use super::objects::*;
use super::ops::Num;
use super::{Args, PyResult, Vm};
use crate::ir::CmpOp;

const RELEASED: &str = "operation forbidden on released memoryview object";

/// The view `o` is, if it is one.
pub fn view_of(o: &ObjRef) -> Option<Gc<MemoryView>> {
    o.downcast::<MemoryView>()
}

fn released<T>(vm: &Vm) -> PyResult<T> {
    vm.value_err(RELEASED)
}

/// CPython's `CHECK_RELEASED`.
fn check_live(vm: &Vm, mv: &MemoryView) -> PyResult<()> {
    if mv.released() {
        return released(vm);
    }
    Ok(())
}

/// A new view object over `mbuf`.
fn new_view(vm: &Vm, mbuf: Gc<ManagedBuffer>, layout: Layout) -> PyResult {
    vm.alloc_obj(MemoryView::new(mbuf, layout))
}

/// What an exporter lends: itself (as `memoryview.obj`), its storage when that is a
/// separate object, and the layout of its bytes.
struct Exporter {
    obj: ObjRef,
    storage: Option<Storage>,
    data_len: usize,
    format: &'static str,
    itemsize: usize,
    readonly: bool,
}

/// The format an array exports for its type code (3.12 exports `u` as `w`).
fn array_format(code: u8) -> &'static str {
    match code {
        b'b' => "b",
        b'B' => "B",
        b'u' => "w",
        b'h' => "h",
        b'H' => "H",
        b'i' => "i",
        b'I' => "I",
        b'l' => "l",
        b'L' => "L",
        b'q' => "q",
        b'Q' => "Q",
        b'f' => "f",
        _ => "d",
    }
}

/// `o` as an exporter of the buffer protocol, if it is one (other than a memoryview).
fn exporter(vm: &Vm, o: &ObjRef) -> PyResult<Option<Exporter>> {
    if let Some(b) = o.downcast::<BytesObj>() {
        return Ok(Some(Exporter {
            obj: o.clone(),
            storage: None,
            data_len: b.data.borrow().len(),
            format: "B",
            itemsize: 1,
            readonly: !b.mutable,
        }));
    }
    if let Some(b) = super::subclass::downcast_receiver::<BytesObj>(o) {
        let data_len = b.data.borrow().len();
        return Ok(Some(Exporter {
            obj: o.clone(),
            data_len,
            format: "B",
            itemsize: 1,
            readonly: !b.mutable,
            storage: Some(Storage::Bytes(b)),
        }));
    }
    if let Some(s) = array_mod::store_of(vm, o)? {
        return Ok(Some(array_exporter(o, s)));
    }
    Ok(None)
}

fn array_exporter(o: &ObjRef, s: Gc<ArrayStore>) -> Exporter {
    let data_len = s.data.borrow().len();
    Exporter {
        obj: o.clone(),
        data_len,
        format: array_format(s.code),
        itemsize: s.itemsize,
        readonly: false,
        storage: Some(Storage::Array(s)),
    }
}

// ---- construction ---------------------------------------------------------------------

/// `memoryview(object)`.
pub fn construct(vm: &Vm, a: &Args<'_>) -> PyResult {
    ArgSpec::Keywords("memoryview", 1, 1, 0, &["object"]).check_call(vm, a)?;
    let Some(o) = a.pos.first().or_else(|| a.kw("object")) else {
        return vm.type_err("memoryview() missing required argument 'object' (pos 1)");
    };
    view_of_object(vm, o)
}

/// A new view of `o` (a memoryview's is a copy of it, sharing its buffer).
pub fn view_of_object(vm: &Vm, o: &ObjRef) -> PyResult {
    if let Some(mv) = view_of(o) {
        let Some(mbuf) = mv.buffer().filter(|_| !mv.released()) else {
            return released(vm);
        };
        return new_view(vm, mbuf, mv.layout.clone());
    }
    let Some(e) = exporter(vm, o)? else {
        return vm.type_err(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            vm.type_name(o)
        ));
    };
    let layout = Layout::flat(e.format, e.itemsize, e.data_len, e.readonly);
    let mbuf = vm.alloc(ManagedBuffer::new(e.obj, e.storage))?;
    new_view(vm, mbuf, layout)
}

// ---- reading items --------------------------------------------------------------------

/// Bytes per item of a native single-character format (`@` allowed in front), as
/// CPython's `get_native_fmtchar` on x86-64; `None` for any other format.
fn native_size(fmt: &str) -> Option<(u8, usize)> {
    let f = fmt.strip_prefix('@').unwrap_or(fmt);
    let [c] = f.as_bytes() else {
        return None;
    };
    let size = match c {
        b'c' | b'b' | b'B' | b'?' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' | b'P' => 8,
        _ => return None,
    };
    Some((*c, size))
}

/// `c`, `b` or `B`: formats any other can be cast to and from.
fn is_byte_format(c: u8) -> bool {
    matches!(c, b'b' | b'B' | b'c')
}

/// The format character items are read and written with (CPython's `adjust_fmt`).
fn item_format(vm: &Vm, l: &Layout) -> PyResult<u8> {
    match l.fmt_char() {
        Some(c) => Ok(c),
        None => vm.err(
            "NotImplementedError",
            format!("memoryview: unsupported format {}", l.format),
        ),
    }
}

fn unsupported<T>(vm: &Vm, fmt: u8) -> PyResult<T> {
    vm.err(
        "NotImplementedError",
        format!("memoryview: format {} not supported", fmt as char),
    )
}

/// The Python value of one item (CPython's `unpack_single`).
fn unpack(vm: &Vm, fmt: u8, b: &[u8]) -> PyResult {
    let little = cfg!(target_endian = "little");
    match fmt {
        b'c' => vm.new_bytes_value(b.to_vec()),
        b'?' => Ok(vm.bool_obj(b.iter().any(|&x| x != 0))),
        b'f' | b'd' | b'e' => vm.new_float(packing::read_float(b, little)),
        b'b' | b'B' | b'h' | b'H' | b'i' | b'I' | b'l' | b'L' | b'q' | b'Q' | b'n' | b'N'
        | b'P' => packing::new_int(vm, packing::read_int(b, packing::is_signed(fmt), little)),
        _ => unsupported(vm, fmt),
    }
}

/// One item's value for comparisons, without making a Python object.
#[derive(Clone, Copy)]
enum Scalar {
    Int(i128),
    Float(f64),
    Char(u8),
}

/// The comparable value of an item; `None` for a format CPython's comparison cannot
/// unpack (it then calls the views unequal).
fn scalar(fmt: u8, b: &[u8]) -> Option<Scalar> {
    let little = cfg!(target_endian = "little");
    native_size(std::str::from_utf8(&[fmt]).ok()?)?;
    Some(match fmt {
        b'c' => Scalar::Char(*b.first()?),
        b'?' => Scalar::Int(i128::from(b.iter().any(|&x| x != 0))),
        b'f' | b'd' | b'e' => Scalar::Float(packing::read_float(b, little)),
        _ => Scalar::Int(packing::read_int(b, packing::is_signed(fmt), little)),
    })
}

/// Python's `==` between two item values (ints and floats compare exactly).
fn scalar_eq(x: Scalar, y: Scalar) -> bool {
    let int_float = |i: i128, f: f64| f.fract() == 0.0 && f.abs() < 1e38 && f as i128 == i;
    match (x, y) {
        (Scalar::Int(a), Scalar::Int(b)) => a == b,
        (Scalar::Float(a), Scalar::Float(b)) => a == b,
        (Scalar::Int(i), Scalar::Float(f)) | (Scalar::Float(f), Scalar::Int(i)) => int_float(i, f),
        (Scalar::Char(a), Scalar::Char(b)) => a == b,
        _ => false,
    }
}

// ---- writing items --------------------------------------------------------------------

fn invalid_type<T>(vm: &Vm, fmt: u8) -> PyResult<T> {
    vm.type_err(format!(
        "memoryview: invalid type for format '{}'",
        fmt as char
    ))
}

fn invalid_value<T>(vm: &Vm, fmt: u8) -> PyResult<T> {
    vm.value_err(format!(
        "memoryview: invalid value for format '{}'",
        fmt as char
    ))
}

/// CPython's `fix_error_int`: a conversion's TypeError, or its ValueError or
/// OverflowError, in the words of the memoryview; other errors pass.
fn fix_error<T>(vm: &Vm, e: ObjRef, fmt: u8) -> PyResult<T> {
    if vm.exc_matches(&e, "TypeError") {
        invalid_type(vm, fmt)
    } else if vm.exc_matches(&e, "OverflowError") || vm.exc_matches(&e, "ValueError") {
        invalid_value(vm, fmt)
    } else {
        Err(e)
    }
}

/// The bytes of `value` as one item of format `fmt` (CPython's `pack_single`).
fn pack(vm: &Vm, fmt: u8, size: usize, value: &ObjRef) -> PyResult<Vec<u8>> {
    let little = cfg!(target_endian = "little");
    let mut out = vec![0u8; size];
    match fmt {
        b'b' | b'B' | b'h' | b'H' | b'i' | b'I' | b'l' | b'L' | b'q' | b'Q' | b'n' | b'N'
        | b'P' => {
            let n = match packing::int_value(vm, value) {
                Ok(Some(n)) => n,
                Ok(None) => return invalid_type(vm, fmt),
                Err(e) => return fix_error(vm, e, fmt),
            };
            let (lo, hi) = packing::int_range(size, packing::is_signed(fmt));
            if n < lo || n > hi {
                return invalid_value(vm, fmt);
            }
            packing::write_int(&mut out, n, little);
        }
        b'?' => out[0] = u8::from(vm.truthy(value)?),
        b'c' => match value.downcast::<BytesObj>().filter(|b| !b.mutable) {
            Some(b) => match b.data.borrow().as_slice() {
                [c] => out[0] = *c,
                _ => return invalid_value(vm, fmt),
            },
            None => return invalid_type(vm, fmt),
        },
        b'f' | b'd' | b'e' => {
            let x = match packing::float_value(vm, value) {
                Ok(x) => x,
                Err(e) => return fix_error(vm, e, fmt),
            };
            // A C cast for `f` (too large becomes an infinity); `e` refuses.
            if packing::write_float(&mut out, x, little, true).is_err() {
                return invalid_value(vm, fmt);
            }
        }
        _ => return unsupported(vm, fmt),
    }
    Ok(out)
}

// ---- indexing -------------------------------------------------------------------------

/// `key` as an index (`PyNumber_AsSsize_t(key, IndexError)`), or `None` when it has no
/// `__index__`.
fn as_index(vm: &Vm, key: &ObjRef) -> PyResult<Option<i64>> {
    if key.is::<FloatObj>() {
        return Ok(None);
    }
    match vm.index_num(key)? {
        Some(Num::I(i)) => Ok(Some(i)),
        Some(Num::B(_)) => vm.err("IndexError", "cannot fit 'int' into an index-sized integer"),
        _ => Ok(None),
    }
}

/// The position of `index` in dimension `dim` (CPython's `lookup_dimension`).
fn dimension_index(vm: &Vm, l: &Layout, dim: usize, index: i64) -> PyResult<usize> {
    let n = l.shape[dim] as i64;
    let i = if index < 0 { index + n } else { index };
    if i < 0 || i >= n {
        return vm.err(
            "IndexError",
            format!("index out of bounds on dimension {}", dim + 1),
        );
    }
    Ok(i as usize)
}

/// Every item of tuple `key` is an index (`is_multiindex`); their values.
fn multi_index(vm: &Vm, key: &ObjRef) -> PyResult<Option<Vec<i64>>> {
    let Some(t) = key.downcast_ref::<TupleObj>() else {
        return Ok(None);
    };
    let mut out = Vec::new();
    for k in tuple_items(t).iter() {
        match as_index(vm, k)? {
            Some(i) => out.push(i),
            None => return Ok(None),
        }
    }
    Ok(Some(out))
}

/// Every item of tuple `key` is a slice (`is_multislice`).
fn is_multislice(key: &ObjRef) -> bool {
    key.downcast_ref::<TupleObj>()
        .is_some_and(|t| tuple_items(t).iter().all(|k| k.is::<SliceObj>()))
}

/// The byte offset of the item a full tuple of indices names (`ptr_from_tuple`).
fn offset_from_tuple(vm: &Vm, l: &Layout, indices: &[i64]) -> PyResult<usize> {
    if indices.len() > l.ndim() {
        return vm.type_err(format!(
            "cannot index {}-dimension view with {}-element tuple",
            l.ndim(),
            indices.len()
        ));
    }
    let mut idx = Vec::with_capacity(indices.len());
    for (dim, &i) in indices.iter().enumerate() {
        idx.push(dimension_index(vm, l, dim, i)?);
    }
    offset(vm, l, &idx)
}

fn offset(vm: &Vm, l: &Layout, idx: &[usize]) -> PyResult<usize> {
    match l.offset_of(idx) {
        Some(at) => Ok(at),
        None => vm.err("IndexError", "memoryview: index out of bounds"),
    }
}

/// The item at byte offset `at`, as a Python value.
fn item_value(vm: &Vm, mv: &MemoryView, fmt: u8, at: usize) -> PyResult {
    match mv.item_at(at) {
        Some(b) => unpack(vm, fmt, &b),
        None => released(vm),
    }
}

/// The layout of `l` sliced by `s` in its first dimension (`init_slice`).
fn sliced(vm: &Vm, l: &Layout, s: &SliceObj) -> PyResult<Layout> {
    let n = l.shape[0];
    let (start, stop, step) = vm.slice_indices(s, n)?;
    // `PySlice_Unpack` keeps the step within ±PY_SSIZE_T_MAX.
    let step = step.max(-i64::MAX);
    let count = if step > 0 {
        if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if stop < start {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    let mut out = l.clone();
    let first = (l.start as isize).wrapping_add((start as isize).wrapping_mul(l.strides[0]));
    // An empty slice may start one past the end; it never reads there.
    out.start = usize::try_from(first).unwrap_or(0);
    out.strides[0] = l.strides[0].wrapping_mul(step as isize);
    out.shape[0] = count as usize;
    Ok(out)
}

/// `mv[key]`.
pub fn getitem(vm: &Vm, mv: &MemoryView, key: &ObjRef) -> PyResult {
    check_live(vm, mv)?;
    let l = &mv.layout;
    if l.ndim() == 0 {
        if key
            .downcast_ref::<TupleObj>()
            .is_some_and(|t| tuple_items(t).is_empty())
        {
            let fmt = item_format(vm, l)?;
            return item_value(vm, mv, fmt, l.start);
        }
        if key.is::<EllipsisObj>() {
            return new_view_like(vm, mv, l.clone());
        }
        return vm.type_err("invalid indexing of 0-dim memory");
    }
    if let Some(i) = as_index(vm, key)? {
        let fmt = item_format(vm, l)?;
        if l.ndim() != 1 {
            return vm.err(
                "NotImplementedError",
                "multi-dimensional sub-views are not implemented",
            );
        }
        let at = offset(vm, l, &[dimension_index(vm, l, 0, i)?])?;
        return item_value(vm, mv, fmt, at);
    }
    if let Some(s) = key.downcast_ref::<SliceObj>() {
        let layout = sliced(vm, l, s)?;
        return new_view_like(vm, mv, layout);
    }
    if let Some(indices) = multi_index(vm, key)? {
        let fmt = item_format(vm, l)?;
        if indices.len() < l.ndim() {
            return vm.err("NotImplementedError", "sub-views are not implemented");
        }
        let at = offset_from_tuple(vm, l, &indices)?;
        return item_value(vm, mv, fmt, at);
    }
    if is_multislice(key) {
        return vm.err(
            "NotImplementedError",
            "multi-dimensional slicing is not implemented",
        );
    }
    vm.type_err("memoryview: invalid slice key")
}

/// A new view on `mv`'s buffer (a slice, a cast, `toreadonly()`).
fn new_view_like(vm: &Vm, mv: &MemoryView, layout: Layout) -> PyResult {
    match mv.buffer() {
        Some(mbuf) => new_view(vm, mbuf, layout),
        None => released(vm),
    }
}

/// The layout and bytes (C order) of a buffer `value` (a view or an exporter), for
/// comparisons and slice assignment.
fn buffer_contents(vm: &Vm, value: &ObjRef) -> PyResult<Option<(Layout, Vec<u8>)>> {
    if let Some(v) = view_of(value) {
        check_live(vm, &v)?;
        let Some(data) = v.read(false) else {
            return released(vm);
        };
        return Ok(Some((v.layout.clone(), data)));
    }
    let Some(e) = exporter(vm, value)? else {
        return Ok(None);
    };
    let data = match &e.storage {
        Some(s) => s.data().borrow().clone(),
        None => value
            .downcast::<BytesObj>()
            .map(|b| b.data.borrow().clone())
            .unwrap_or_default(),
    };
    Ok(Some((
        Layout::flat(e.format, e.itemsize, e.data_len, e.readonly),
        data,
    )))
}

/// Same number of dimensions and the same extent in each (`equiv_shape`).
fn same_shape(a: &Layout, b: &Layout) -> bool {
    if a.ndim() != b.ndim() {
        return false;
    }
    for (x, y) in a.shape.iter().zip(&b.shape) {
        if x != y {
            return false;
        }
        if *x == 0 {
            break;
        }
    }
    true
}

/// `mv[key] = value`.
pub fn setitem(vm: &Vm, mv: &MemoryView, key: &ObjRef, value: &ObjRef) -> PyResult<()> {
    check_live(vm, mv)?;
    let l = &mv.layout;
    let fmt = item_format(vm, l)?;
    if l.readonly {
        return vm.type_err("cannot modify read-only memory");
    }
    let store = |at: usize| -> PyResult<()> {
        let b = pack(vm, fmt, l.itemsize, value)?;
        // The conversion may have run Python code that released the view.
        match mv.write(&[at], &b) {
            Some(()) => Ok(()),
            None => released(vm),
        }
    };
    if l.ndim() == 0 {
        let empty = key
            .downcast_ref::<TupleObj>()
            .is_some_and(|t| tuple_items(t).is_empty());
        if key.is::<EllipsisObj>() || empty {
            return store(l.start);
        }
        return vm.type_err("invalid indexing of 0-dim memory");
    }
    let index = if key.is::<FloatObj>() {
        None
    } else {
        vm.index_num(key)?
    };
    if let Some(n) = index {
        if l.ndim() > 1 {
            return vm.err("NotImplementedError", "sub-views are not implemented");
        }
        let Num::I(i) = n else {
            return vm.err("IndexError", "cannot fit 'int' into an index-sized integer");
        };
        let at = offset(vm, l, &[dimension_index(vm, l, 0, i)?])?;
        return store(at);
    }
    if let (Some(s), 1) = (key.downcast_ref::<SliceObj>(), l.ndim()) {
        let Some((src, data)) = buffer_contents(vm, value)? else {
            return vm.type_err(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(value)
            ));
        };
        let dest = sliced(vm, l, s)?;
        let strip = |f: &str| f.strip_prefix('@').unwrap_or(f).to_string();
        if strip(&dest.format) != strip(&src.format)
            || dest.itemsize != src.itemsize
            || !same_shape(&dest, &src)
        {
            return vm
                .value_err("memoryview assignment: lvalue and rvalue have different structures");
        }
        let Some(offsets) = dest.offsets(false) else {
            return Err(vm.memory_error());
        };
        return match mv.write(&offsets, &data) {
            Some(()) => Ok(()),
            None => released(vm),
        };
    }
    if let Some(indices) = multi_index(vm, key)? {
        if indices.len() < l.ndim() {
            return vm.err("NotImplementedError", "sub-views are not implemented");
        }
        let at = offset_from_tuple(vm, l, &indices)?;
        return store(at);
    }
    if key.is::<SliceObj>() || is_multislice(key) {
        return vm.err(
            "NotImplementedError",
            "memoryview slice assignments are currently restricted to ndim = 1",
        );
    }
    vm.type_err("memoryview: invalid slice key")
}

/// `del mv[key]`.
pub fn delitem(vm: &Vm, mv: &MemoryView) -> PyResult<()> {
    check_live(vm, mv)?;
    item_format(vm, &mv.layout)?;
    if mv.layout.readonly {
        return vm.type_err("cannot modify read-only memory");
    }
    vm.type_err("cannot delete memory")
}

// ---- sequence protocol ----------------------------------------------------------------

/// `len(mv)`.
pub fn len(vm: &Vm, mv: &MemoryView) -> PyResult<usize> {
    check_live(vm, mv)?;
    match mv.layout.shape.first() {
        Some(&n) => Ok(n),
        None => vm.type_err("0-dim memory has no length"),
    }
}

/// `iter(mv)`'s checks (the iterator then reads `mv[i]` as it goes).
pub fn check_iterable(vm: &Vm, mv: &MemoryView) -> PyResult<()> {
    check_live(vm, mv)?;
    match mv.layout.ndim() {
        0 => vm.type_err("invalid indexing of 0-dim memory"),
        1 => {
            item_format(vm, &mv.layout)?;
            Ok(())
        }
        _ => vm.err(
            "NotImplementedError",
            "multi-dimensional sub-views are not implemented",
        ),
    }
}

/// The iterator's next item: item `i`, or `None` past the end.
pub fn iter_item(vm: &Vm, mv: &MemoryView, i: usize) -> PyResult<Option<ObjRef>> {
    let l = &mv.layout;
    if l.shape.first().is_none_or(|&n| i >= n) {
        return Ok(None);
    }
    check_live(vm, mv)?;
    let fmt = item_format(vm, l)?;
    let at = offset(vm, l, &[i])?;
    item_value(vm, mv, fmt, at).map(Some)
}

// ---- comparison, hash, repr -----------------------------------------------------------

/// `a == b` / `a != b` when either is a memoryview (`memory_richcompare`); `None` when
/// the memoryview has no answer (the other operand is no buffer, or the operator is an
/// ordering).
pub fn compare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult<Option<ObjRef>> {
    if !matches!(op, CmpOp::Eq | CmpOp::NotEq) {
        return Ok(None);
    }
    let (v, w) = match (view_of(a), view_of(b)) {
        (Some(v), _) => (v, b),
        // An instance on the left answers first (its class may define `__eq__`); the
        // view's answer then comes as the reflected one.
        (None, Some(_)) if a.is::<Instance>() => return Ok(None),
        (None, Some(v)) => (v, a),
        (None, None) => return Ok(None),
    };
    let equal = if v.released() || view_of(w).is_some_and(|x| x.released()) {
        a.ptr_eq(b)
    } else {
        match buffer_contents(vm, w)? {
            None => return Ok(None),
            Some((wl, wdata)) => {
                let Some(vdata) = v.read(false) else {
                    return released(vm);
                };
                items_equal(&v.layout, &vdata, &wl, &wdata)
            }
        }
    };
    Ok(Some(vm.bool_obj(equal == (op == CmpOp::Eq))))
}

/// Equal shapes and equal items by value (C-order bytes of each side).
fn items_equal(vl: &Layout, vdata: &[u8], wl: &Layout, wdata: &[u8]) -> bool {
    if !same_shape(vl, wl) {
        return false;
    }
    let (Some(vf), Some(wf)) = (vl.fmt_char(), wl.fmt_char()) else {
        return false;
    };
    let (vs, ws) = (vl.itemsize.max(1), wl.itemsize.max(1));
    if vdata.len() / vs != wdata.len() / ws {
        return false;
    }
    vdata
        .chunks_exact(vs)
        .zip(wdata.chunks_exact(ws))
        .all(|(x, y)| match (scalar(vf, x), scalar(wf, y)) {
            (Some(x), Some(y)) => scalar_eq(x, y),
            _ => false,
        })
}

/// `hash(mv)`: a read-only view of bytes hashes as the bytes it shows.
pub fn hash(vm: &Vm, mv: &MemoryView) -> PyResult<i64> {
    if let Some(h) = mv.hash.get() {
        return Ok(h);
    }
    check_live(vm, mv)?;
    let l = &mv.layout;
    if !l.readonly {
        return vm.value_err("cannot hash writable memoryview object");
    }
    if !native_size(&l.format).is_some_and(|(c, _)| is_byte_format(c)) {
        return vm.value_err("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    }
    // The exporter must be hashable too (a read-only view of a bytearray is not).
    if let Some(obj) = mv.buffer().and_then(|m| m.obj()) {
        vm.hash(&obj)?;
    }
    let Some(data) = mv.read(false) else {
        return released(vm);
    };
    let h = super::objects::string::bytes_hash(&data);
    mv.hash.set(Some(h));
    Ok(h)
}

/// `repr(mv)`.
pub fn repr(mv: &MemoryView, o: &ObjRef) -> String {
    if mv.released() {
        format!("<released memory at {:#x}>", o.addr())
    } else {
        format!("<memory at {:#x}>", o.addr())
    }
}

// ---- consumers ------------------------------------------------------------------------

/// The bytes a C-contiguous view shows, as the simple buffer requests of most consumers
/// (`b"".join`, bytes methods, `+`) get them; `None` for a released or strided view (those
/// consumers then refuse it as not bytes-like; see [`contents_simple`] for the errors).
pub fn contents(o: &ObjRef) -> Option<Vec<u8>> {
    let mv = view_of(o)?;
    if !mv.layout.c_contiguous() {
        return None;
    }
    mv.read(false)
}

/// The bytes of `o` if it is a view, for a simple buffer request (`struct.unpack`, the
/// bytes methods' arguments): a released view's `ValueError`, a strided one's
/// `BufferError`.
pub fn contents_simple(vm: &Vm, o: &ObjRef) -> PyResult<Option<Vec<u8>>> {
    let Some(mv) = view_of(o) else {
        return Ok(None);
    };
    check_live(vm, &mv)?;
    if !mv.layout.c_contiguous() {
        return vm.err(
            "BufferError",
            "memoryview: underlying buffer is not C-contiguous",
        );
    }
    contents_any(vm, o)
}

/// The bytes of `o` if it is a view, in C order whatever its strides, with the released
/// view's `ValueError` (`bytes(mv)`, `bytearray(mv)`: CPython's `PyBuffer_ToContiguous`).
pub fn contents_any(vm: &Vm, o: &ObjRef) -> PyResult<Option<Vec<u8>>> {
    let Some(mv) = view_of(o) else {
        return Ok(None);
    };
    check_live(vm, &mv)?;
    match mv.read(false) {
        Some(b) => Ok(Some(b)),
        None => released(vm),
    }
}

/// Run `f` on the bytes of a writable, C-contiguous view (`struct.pack_into`);
/// `Ok(None)` if `o` is no view.
pub fn with_writable<R>(
    vm: &Vm,
    o: &ObjRef,
    f: impl FnOnce(&mut [u8]) -> R,
) -> PyResult<Option<R>> {
    let Some(mv) = view_of(o) else {
        return Ok(None);
    };
    let l = &mv.layout;
    // A writable simple buffer: released, read-only and strided views are refused alike.
    if mv.released() || l.readonly || !l.c_contiguous() {
        return vm.type_err(format!(
            "argument must be read-write bytes-like object, not {}",
            vm.type_name(o)
        ));
    }
    let Some(storage) = mv.buffer().and_then(|m| m.storage()) else {
        return released(vm);
    };
    let mut data = storage.data().borrow_mut();
    let end = l.start.saturating_add(l.nbytes());
    match data.get_mut(l.start..end) {
        Some(bytes) => Ok(Some(f(bytes))),
        None => released(vm),
    }
}

// ---- methods --------------------------------------------------------------------------

/// `self` of a method call.
fn this(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<Gc<MemoryView>> {
    match a.pos.first().and_then(view_of) {
        Some(mv) => Ok(mv),
        None => vm.type_err(format!(
            "descriptor '{name}' for 'memoryview' objects doesn't apply to a '{}' object",
            a.pos
                .first()
                .map_or_else(|| "NoneType".into(), |o| vm.type_name(o))
        )),
    }
}

/// `this`, checked live, after the method's argument check.
fn live_this(vm: &Vm, a: &Args<'_>, name: &str, spec: ArgSpec) -> PyResult<Gc<MemoryView>> {
    let mv = this(vm, a, name)?;
    spec.check_method(vm, a)?;
    check_live(vm, &mv)?;
    Ok(mv)
}

fn arg<'a>(a: &Args<'a>, i: usize, name: &str) -> Option<&'a ObjRef> {
    a.pos.get(i).or_else(|| a.kw(name))
}

fn m_tobytes(vm: &Vm, a: &Args<'_>) -> PyResult {
    let spec = ArgSpec::Keywords("tobytes", 0, 1, 0, &["order"]);
    let mv = this(vm, a, "tobytes")?;
    spec.check_method(vm, a)?;
    let order = match arg(a, 1, "order") {
        None => None,
        Some(o) if vm.is_none(o) => None,
        Some(o) => match o.downcast::<StrObj>() {
            Some(s) => Some(s.s.to_string()),
            None => {
                return vm.type_err(format!(
                    "tobytes() argument 'order' must be str or None, not {}",
                    super::arg_spec::bad_type_name(vm, o)
                ))
            }
        },
    };
    check_live(vm, &mv)?;
    let fortran = match order.as_deref() {
        None | Some("C") => false,
        // 'A': memory order when the view is contiguous either way, else C order.
        Some("A") => !mv.layout.c_contiguous() && mv.layout.f_contiguous(),
        Some("F") => true,
        Some(_) => return vm.value_err("order must be 'C', 'F' or 'A'"),
    };
    match mv.read(fortran) {
        Some(b) => vm.new_bytes_value(b),
        None => released(vm),
    }
}

fn m_tolist(vm: &Vm, a: &Args<'_>) -> PyResult {
    let mv = live_this(vm, a, "tolist", ArgSpec::NoArgs("memoryview.tolist"))?;
    let l = &mv.layout;
    let fmt = item_format(vm, l)?;
    if l.ndim() == 0 {
        return item_value(vm, &mv, fmt, l.start);
    }
    let Some(data) = mv.read(false) else {
        return released(vm);
    };
    let mut items = Vec::with_capacity(l.items());
    for b in data.chunks_exact(l.itemsize.max(1)) {
        items.push(unpack(vm, fmt, b)?);
    }
    nest(vm, &l.shape, items)
}

/// Nested lists of `items` (C order) in the given shape.
fn nest(vm: &Vm, shape: &[usize], items: Vec<ObjRef>) -> PyResult {
    let [first, rest @ ..] = shape else {
        return vm.new_list(items);
    };
    if rest.is_empty() {
        return vm.new_list(items);
    }
    let per = rest
        .iter()
        .try_fold(1usize, |n, &d| n.checked_mul(d))
        .unwrap_or(usize::MAX)
        .max(1);
    let mut out = Vec::with_capacity(*first);
    let mut it = items.into_iter();
    for _ in 0..*first {
        let part: Vec<ObjRef> = it.by_ref().take(per).collect();
        out.push(nest(vm, rest, part)?);
    }
    vm.new_list(out)
}

fn m_hex(vm: &Vm, a: &Args<'_>) -> PyResult {
    let mv = this(vm, a, "hex")?;
    check_live(vm, &mv)?;
    let Some(data) = mv.read(false) else {
        return released(vm);
    };
    // The same conversion as bytes.hex (and the same argument checks and messages).
    let bytes = vm.new_bytes_value(data)?;
    let f = vm.getattr_str(&Gc::to_obj(&vm.types.bytes), "hex")?;
    let mut args = vec![bytes];
    args.extend(a.pos[1..].iter().cloned());
    args.extend(a.kwvals.iter().cloned());
    let kw = (!a.kwnames.is_empty()).then_some(a.kwnames);
    vm.call(&f, &args, kw)
}

fn m_cast(vm: &Vm, a: &Args<'_>) -> PyResult {
    let spec = ArgSpec::Keywords("cast", 1, 2, 0, &["format", "shape"]);
    let mv = this(vm, a, "cast")?;
    spec.check_method(vm, a)?;
    let format = arg(a, 1, "format").cloned();
    let shape = arg(a, 2, "shape").cloned();
    let format = match format.as_ref().map(|f| (f, f.downcast::<StrObj>())) {
        Some((_, Some(s))) => s.s.to_string(),
        Some((f, None)) => {
            return vm.type_err(format!(
                "cast() argument 'format' must be str, not {}",
                super::arg_spec::bad_type_name(vm, f)
            ))
        }
        None => return vm.type_err("cast() missing required argument 'format' (pos 1)"),
    };
    check_live(vm, &mv)?;
    let l = &mv.layout;
    if !l.c_contiguous() {
        return vm.type_err("memoryview: casts are restricted to C-contiguous views");
    }
    let zero_in_shape = l.shape.contains(&0);
    if (shape.is_some() || l.ndim() != 1) && zero_in_shape {
        return vm.type_err("memoryview: cannot cast view with zeros in shape or strides");
    }
    let dims = match &shape {
        None => None,
        Some(s) => {
            let items = if let Some(t) = s.downcast_ref::<TupleObj>() {
                tuple_items(t).to_vec()
            } else if let Some(list) = s.downcast_ref::<ListObj>() {
                list.items.borrow().clone()
            } else {
                return vm.type_err("shape must be a list or a tuple");
            };
            if items.len() > 64 {
                return vm.value_err("memoryview: number of dimensions must not exceed 64");
            }
            if l.ndim() != 1 && items.len() != 1 {
                return vm.type_err("memoryview: cast must be 1D -> ND or ND -> 1D");
            }
            Some(items)
        }
    };
    // cast_to_1D
    // `PyUnicode_AsASCIIString`, with its UnicodeEncodeError.
    super::codecs::encode(vm, &format, super::codecs::Codec::Ascii, "strict")?;
    let Some((dest, itemsize)) = native_size(&format) else {
        return vm.value_err(
            "memoryview: destination format must be a native single character format \
             prefixed with an optional '@'",
        );
    };
    let src_is_byte = native_size(&l.format).is_some_and(|(c, _)| is_byte_format(c));
    if !src_is_byte && !is_byte_format(dest) {
        return vm.type_err("memoryview: cannot cast between two non-byte formats");
    }
    let len = l.nbytes();
    if len % itemsize != 0 {
        return vm.type_err("memoryview: length is not a multiple of itemsize");
    }
    let mut out = Layout {
        start: l.start,
        format,
        itemsize,
        shape: vec![len / itemsize],
        strides: vec![itemsize as isize],
        readonly: l.readonly,
    };
    // cast_to_ND
    if let Some(items) = dims {
        let mut shape = Vec::with_capacity(items.len());
        let mut total = itemsize;
        for x in &items {
            if !x.is::<IntObj>() && !x.is::<BoolObj>() {
                return vm.type_err("memoryview.cast(): elements of shape must be integers");
            }
            let n = match vm.num(x) {
                Some(Num::I(n)) => n,
                _ => {
                    return vm.err(
                        "OverflowError",
                        "Python int too large to convert to C ssize_t",
                    )
                }
            };
            if n <= 0 {
                return vm.value_err("memoryview.cast(): elements of shape must be integers > 0");
            }
            if n as usize > (isize::MAX as usize) / total {
                return vm.value_err("memoryview.cast(): product(shape) > SSIZE_MAX");
            }
            total *= n as usize;
            shape.push(n as usize);
        }
        if total != len {
            return vm.type_err("memoryview: product(shape) * itemsize != buffer size");
        }
        out.strides = Layout::c_strides(&shape, itemsize);
        out.shape = shape;
    }
    new_view_like(vm, &mv, out)
}

fn m_release(vm: &Vm, a: &Args<'_>) -> PyResult {
    let mv = this(vm, a, "release")?;
    ArgSpec::NoArgs("memoryview.release").check_method(vm, a)?;
    mv.release();
    Ok(vm.none())
}

fn m_toreadonly(vm: &Vm, a: &Args<'_>) -> PyResult {
    let mv = live_this(
        vm,
        a,
        "toreadonly",
        ArgSpec::NoArgs("memoryview.toreadonly"),
    )?;
    let mut l = mv.layout.clone();
    l.readonly = true;
    new_view_like(vm, &mv, l)
}

/// `__eq__` and the other rich comparisons, called explicitly.
fn rich(vm: &Vm, a: &Args<'_>, name: &str, op: CmpOp) -> PyResult {
    this(vm, a, name)?;
    let [me, other] = a.pos else {
        return vm.type_err(format!(
            "expected 1 argument, got {}",
            a.pos.len().saturating_sub(1)
        ));
    };
    Ok(compare(vm, me, other, op)?.unwrap_or_else(|| vm.notimpl.clone()))
}

fn m_eq(vm: &Vm, a: &Args<'_>) -> PyResult {
    rich(vm, a, "__eq__", CmpOp::Eq)
}

fn m_ne(vm: &Vm, a: &Args<'_>) -> PyResult {
    rich(vm, a, "__ne__", CmpOp::NotEq)
}

fn m_lt(vm: &Vm, a: &Args<'_>) -> PyResult {
    rich(vm, a, "__lt__", CmpOp::Lt)
}

fn m_le(vm: &Vm, a: &Args<'_>) -> PyResult {
    rich(vm, a, "__le__", CmpOp::LtE)
}

fn m_gt(vm: &Vm, a: &Args<'_>) -> PyResult {
    rich(vm, a, "__gt__", CmpOp::Gt)
}

fn m_ge(vm: &Vm, a: &Args<'_>) -> PyResult {
    rich(vm, a, "__ge__", CmpOp::GtE)
}

fn m_hash(vm: &Vm, a: &Args<'_>) -> PyResult {
    let mv = this(vm, a, "__hash__")?;
    ArgSpec::NoArgs("memoryview.__hash__").check_method(vm, a)?;
    vm.new_int(hash(vm, &mv)?)
}

fn m_iter(vm: &Vm, a: &Args<'_>) -> PyResult {
    this(vm, a, "__iter__")?;
    ArgSpec::NoArgs("memoryview.__iter__").check_method(vm, a)?;
    vm.get_iter(&a.pos[0])
}

/// `__reduce__` / `__reduce_ex__`: views cannot be pickled (nor copied by `copy`).
fn m_reduce(vm: &Vm, a: &Args<'_>) -> PyResult {
    this(vm, a, "__reduce_ex__")?;
    vm.type_err("cannot pickle memoryview objects")
}

fn m_enter(vm: &Vm, a: &Args<'_>) -> PyResult {
    live_this(vm, a, "__enter__", ArgSpec::NoArgs("memoryview.__enter__"))?;
    Ok(a.pos[0].clone())
}

fn m_exit(vm: &Vm, a: &Args<'_>) -> PyResult {
    let mv = this(vm, a, "__exit__")?;
    mv.release();
    Ok(vm.none())
}

// The slot wrappers, for explicit calls (`mv.__setitem__(i, v)`); the operators
// themselves come through `ops.rs`.

fn m_getitem(vm: &Vm, a: &Args<'_>) -> PyResult {
    let mv = this(vm, a, "__getitem__")?;
    ArgSpec::One("memoryview.__getitem__").check_method(vm, a)?;
    getitem(vm, &mv, &a.pos[1])
}

fn m_setitem(vm: &Vm, a: &Args<'_>) -> PyResult {
    let mv = this(vm, a, "__setitem__")?;
    let [_, key, value] = a.pos else {
        return vm.type_err(format!(
            "expected 2 arguments, got {}",
            a.pos.len().saturating_sub(1)
        ));
    };
    setitem(vm, &mv, key, value)?;
    Ok(vm.none())
}

fn m_delitem(vm: &Vm, a: &Args<'_>) -> PyResult {
    let mv = this(vm, a, "__delitem__")?;
    ArgSpec::One("memoryview.__delitem__").check_method(vm, a)?;
    delitem(vm, &mv)?;
    Ok(vm.none())
}

fn m_len(vm: &Vm, a: &Args<'_>) -> PyResult {
    let mv = this(vm, a, "__len__")?;
    ArgSpec::NoArgs("memoryview.__len__").check_method(vm, a)?;
    vm.new_int(len(vm, &mv)? as i64)
}

/// The read-only attributes (CPython's getset descriptors).
pub const ATTRIBUTES: [&str; 12] = [
    "obj",
    "nbytes",
    "readonly",
    "itemsize",
    "format",
    "ndim",
    "shape",
    "strides",
    "suboffsets",
    "c_contiguous",
    "f_contiguous",
    "contiguous",
];

/// The attributes' values; `None` for other names.
pub fn attr(vm: &Vm, mv: &MemoryView, name: &str) -> PyResult<Option<ObjRef>> {
    if !ATTRIBUTES.contains(&name) {
        return Ok(None);
    }
    check_live(vm, mv)?;
    let l = &mv.layout;
    let ints = |v: Vec<i64>| -> PyResult {
        let items = v
            .into_iter()
            .map(|i| vm.new_int(i))
            .collect::<PyResult<Vec<_>>>()?;
        vm.new_tuple(items)
    };
    Ok(Some(match name {
        "obj" => mv
            .buffer()
            .and_then(|m| m.obj())
            .unwrap_or_else(|| vm.none()),
        "nbytes" => vm.new_int(l.nbytes() as i64)?,
        "readonly" => vm.bool_obj(l.readonly),
        "itemsize" => vm.new_int(l.itemsize as i64)?,
        "format" => vm.new_str(&l.format)?,
        "ndim" => vm.new_int(l.ndim() as i64)?,
        "shape" => ints(l.shape.iter().map(|&n| n as i64).collect())?,
        "strides" => ints(l.strides.iter().map(|&n| n as i64).collect())?,
        "suboffsets" => vm.new_tuple(Vec::new())?,
        "c_contiguous" => vm.bool_obj(l.c_contiguous()),
        "f_contiguous" => vm.bool_obj(l.f_contiguous()),
        _ => vm.bool_obj(l.c_contiguous() || l.f_contiguous()),
    }))
}

/// Install the methods in the `memoryview` type.
pub fn install(vm: &Vm) {
    let t = &vm.types.memoryview;
    for (name, f) in [
        ("tobytes", m_tobytes as NativeFn),
        ("tolist", m_tolist),
        ("hex", m_hex),
        ("cast", m_cast),
        ("release", m_release),
        ("toreadonly", m_toreadonly),
        ("__enter__", m_enter),
        ("__exit__", m_exit),
        ("__getitem__", m_getitem),
        ("__setitem__", m_setitem),
        ("__delitem__", m_delitem),
        ("__len__", m_len),
        ("__reduce__", m_reduce),
        ("__reduce_ex__", m_reduce),
        ("__eq__", m_eq),
        ("__ne__", m_ne),
        ("__lt__", m_lt),
        ("__le__", m_le),
        ("__gt__", m_gt),
        ("__ge__", m_ge),
        ("__hash__", m_hash),
        ("__iter__", m_iter),
    ] {
        super::methods::add(vm, t, name, f);
    }
    if let Ok(doc) = vm.new_str("Create a new memoryview object which references the given object.")
    {
        let _ = vm.dict_set_str(&t.dict, "__doc__", doc);
    }
}
