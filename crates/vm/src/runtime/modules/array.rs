//! The `_array` module: storage and methods of `array.array` (the class itself is Python,
//! `py/array.py`, whose methods are these native functions, bound like methods, as
//! `collections.deque` does with `_collections`).
//!
//! An array's items live in an [`ArrayStore`] on the heap (the instance's `_b` slot): the
//! raw bytes of C values in native byte order, as CPython keeps them, so `tobytes`,
//! `frombytes`, `byteswap` and `struct.unpack` of an array see the same bytes.
//!
//! `sys.getsizeof` follows CPython 3.12: 64 bytes of object, 16 of GC links and the
//! allocation, which grows and shrinks by `array_resize`'s rule ([`ArrayStore::resize`]):
//! the allocation is kept when the new length fits and the old one is less than 16 past
//! it; otherwise it becomes `n + n/16 + (3 if the old length < 8 else 7)`, or nothing for
//! an empty array. Each operation resizes exactly when CPython's does (append and insert
//! one item at a time, extend from an array or bytes at once, slices by the difference),
//! so the sizes agree after any sequence of them.
//!
//! Conversion errors are those of CPython's per-type setters: `array('b', [200])` is
//! `OverflowError: signed char is greater than maximum`, an `I` item goes through
//! `PyLong_AsUnsignedLong` first, and so on ([`check_int`]).

use std::cell::{Cell, RefCell};

use heap::{Gc, ObjRef};

use super::packing;
use super::{add_fn, new_module};
use crate::ir::CmpOp;
use crate::runtime::objects::*;
use crate::runtime::subclass::downcast_receiver;
use crate::runtime::{Args, PyResult, Vm};

/// The type codes, in CPython's order.
pub const TYPECODES: &str = "bBuhHiIlLqQfd";

/// An array's items: C values of one type code, back to back.
pub struct ArrayStore {
    /// The type code (`b`, `B`, `u`, `h`, ...).
    pub code: u8,
    /// Bytes per item.
    pub itemsize: usize,
    /// The items' bytes (native order).
    pub data: RefCell<Vec<u8>>,
    /// Items CPython would have allocated room for (`allocated`).
    pub alloc: Cell<usize>,
    /// Memoryviews' buffers exporting the items now (`ob_exports`); see
    /// [`ArrayStore::check_resize`].
    pub exports: Cell<usize>,
}

impl heap::Object for ArrayStore {
    const NAME: &'static str = "_array.store";
    const TRACKED: bool = false;
}

impl ArrayStore {
    fn new(code: u8, data: Vec<u8>) -> ArrayStore {
        let itemsize = itemsize(code);
        let n = data.len() / itemsize;
        ArrayStore {
            code,
            itemsize,
            data: RefCell::new(data),
            alloc: Cell::new(n),
            exports: Cell::new(0),
        }
    }

    /// Items.
    pub fn len(&self) -> usize {
        self.data.borrow().len() / self.itemsize
    }

    /// No items.
    pub fn is_empty(&self) -> bool {
        self.data.borrow().is_empty()
    }

    /// Refuse a change of length to `n` items while memoryviews export the items, as
    /// CPython's `array_resize` does (a view refers to the storage itself). Called before
    /// each [`ArrayStore::resize`] that a Python operation asks for.
    fn check_resize(&self, vm: &Vm, n: usize) -> PyResult<()> {
        if self.exports.get() > 0 && n != self.len() {
            return vm.err(
                "BufferError",
                "cannot resize an array that is exporting buffers",
            );
        }
        Ok(())
    }

    /// CPython's `array_resize` bookkeeping for a new length of `n` items (the bytes are
    /// resized by the caller).
    fn resize(&self, n: usize) {
        let len = self.len();
        let alloc = self.alloc.get();
        if alloc >= n && len < n + 16 && alloc > 0 {
            return;
        }
        if n == 0 {
            self.alloc.set(0);
            return;
        }
        self.alloc.set((n >> 4) + if len < 8 { 3 } else { 7 } + n);
    }

    /// Set the length to `n` items (zero-filling new room), with CPython's allocation.
    fn set_len(&self, n: usize) {
        self.resize(n);
        self.data.borrow_mut().resize(n * self.itemsize, 0);
    }

    /// The bytes of item `i`.
    fn item_bytes(&self, i: usize) -> Vec<u8> {
        let s = self.itemsize;
        self.data.borrow()[i * s..(i + 1) * s].to_vec()
    }
}

/// Bytes per item of a valid type code.
fn itemsize(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

/// Whether `inst` is an `array.array` (or a subclass's instance).
fn is_array(inst: &Instance) -> bool {
    std::iter::once(inst.layout())
        .chain(inst.layout().mro.iter())
        .any(|t| t.name == "array" && t.module == "array")
}

/// The store of an `array.array` instance found among its values (the `_b` slot),
/// without running any Python code: what the buffer protocol's users (`bytes(a)`,
/// `b"x" + a`, `struct.unpack`) read.
pub fn store_in(o: &ObjRef) -> Option<Gc<ArrayStore>> {
    if let Some(s) = o.downcast::<ArrayStore>() {
        return Some(s);
    }
    let inst = o.downcast::<Instance>()?;
    if !is_array(&inst) {
        return None;
    }
    crate::runtime::objects::instance::inst_values(&inst)
        .into_iter()
        .flatten()
        .find_map(|v| v.downcast::<ArrayStore>())
}

/// The store of an `array.array` instance (its `_b` slot), or `None` for any other object.
pub fn store_of(vm: &Vm, o: &ObjRef) -> PyResult<Option<Gc<ArrayStore>>> {
    if let Some(s) = store_in(o) {
        return Ok(Some(s));
    }
    let Some(inst) = o.downcast_ref::<Instance>() else {
        return Ok(None);
    };
    if !is_array(inst) {
        return Ok(None);
    }
    let b = vm.getattr_opt(o, &vm.intern("_b")?)?;
    Ok(b.and_then(|b| b.downcast::<ArrayStore>()))
}

/// The store of `self` (`a.pos[0]`).
fn this(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<Gc<ArrayStore>> {
    if !a.kwnames.is_empty() {
        // `extend` is declared with its defining class, which words this differently.
        if name == "extend" {
            return vm.type_err("extend() takes exactly 1 positional argument (0 given)");
        }
        return vm.type_err(format!("array.{name}() takes no keyword arguments"));
    }
    match a.pos.first() {
        Some(o) => match store_of(vm, o)? {
            Some(s) => Ok(s),
            None => vm.type_err(format!(
                "descriptor '{name}' for 'array.array' objects doesn't apply to a '{}' object",
                vm.type_name(o)
            )),
        },
        None => vm.type_err(format!("unbound method array.{name}() needs an argument")),
    }
}

/// Exactly one argument after self (`array.append() takes exactly one argument`).
fn one_arg<'a>(vm: &Vm, a: &'a Args<'_>, name: &str) -> PyResult<&'a ObjRef> {
    if a.pos.len() != 2 || !a.kwnames.is_empty() {
        if !a.kwnames.is_empty() {
            return vm.type_err(format!("array.{name}() takes no keyword arguments"));
        }
        return vm.type_err(format!(
            "array.{name}() takes exactly one argument ({} given)",
            a.pos.len().saturating_sub(1)
        ));
    }
    Ok(&a.pos[1])
}

fn no_args(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<()> {
    if a.pos.len() != 1 || !a.kwnames.is_empty() {
        return vm.type_err(format!(
            "array.{name}() takes no arguments ({} given)",
            (a.pos.len() + a.kwnames.len()).saturating_sub(1)
        ));
    }
    Ok(())
}

/// An integer item as a C `long` (`PyLong_AsLong`, through `__index__`).
fn as_long(vm: &Vm, v: &ObjRef) -> PyResult<i128> {
    match packing::int_value(vm, v)? {
        Some(n) if i64::try_from(n).is_ok() => Ok(n),
        Some(_) => vm.err("OverflowError", "Python int too large to convert to C long"),
        None => not_an_integer(vm, v),
    }
}

/// `PyNumber_Index`'s refusal of a value with no `__index__`.
fn not_an_integer<T>(vm: &Vm, v: &ObjRef) -> PyResult<T> {
    vm.type_err(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    ))
}

/// An integer item as an unsigned C type, as `PyLong_AsUnsigned*` refuse: `negative`
/// and `too_big` are their messages, `max` the type's limit.
fn as_unsigned(vm: &Vm, v: &ObjRef, max: u128, negative: &str, too_big: &str) -> PyResult<i128> {
    let Some(n) = packing::int_value(vm, v)? else {
        return not_an_integer(vm, v);
    };
    if n < 0 {
        return vm.err("OverflowError", negative);
    }
    if n as u128 > max {
        return vm.err("OverflowError", too_big);
    }
    Ok(n)
}

fn range_check(vm: &Vm, n: i128, lo: i128, hi: i128, what: &str) -> PyResult<i128> {
    if n < lo {
        vm.err("OverflowError", format!("{what} is less than minimum"))
    } else if n > hi {
        vm.err("OverflowError", format!("{what} is greater than maximum"))
    } else {
        Ok(n)
    }
}

/// The C value of integer item `v` for type code `code`, with the checks and messages
/// of CPython's setter for that code.
fn check_int(vm: &Vm, code: u8, v: &ObjRef) -> PyResult<i128> {
    const SHORT: (i128, i128) = (i16::MIN as i128, i16::MAX as i128);
    const INT: (i128, i128) = (i32::MIN as i128, i32::MAX as i128);
    match code {
        b'b' => {
            let n = range_check(
                vm,
                as_long(vm, v)?,
                SHORT.0,
                SHORT.1,
                "signed short integer",
            )?;
            range_check(vm, n, -128, 127, "signed char")
        }
        b'B' => range_check(vm, as_long(vm, v)?, 0, 255, "unsigned byte integer"),
        b'h' => range_check(
            vm,
            as_long(vm, v)?,
            SHORT.0,
            SHORT.1,
            "signed short integer",
        ),
        b'H' => {
            let n = range_check(vm, as_long(vm, v)?, INT.0, INT.1, "signed integer")?;
            range_check(vm, n, 0, 65535, "unsigned short")
        }
        b'i' => range_check(vm, as_long(vm, v)?, INT.0, INT.1, "signed integer"),
        b'I' => {
            let n = as_unsigned(
                vm,
                v,
                u128::from(u64::MAX),
                "can't convert negative value to unsigned int",
                "Python int too large to convert to C unsigned long",
            )?;
            range_check(vm, n, 0, i128::from(u32::MAX), "unsigned int")
        }
        b'l' => as_long(vm, v),
        b'L' => as_unsigned(
            vm,
            v,
            u128::from(u64::MAX),
            "can't convert negative value to unsigned int",
            "Python int too large to convert to C unsigned long",
        ),
        b'q' => match packing::int_value(vm, v)? {
            Some(n) if i64::try_from(n).is_ok() => Ok(n),
            Some(_) => vm.err("OverflowError", "int too big to convert"),
            None => as_long(vm, v),
        },
        _ => as_unsigned(
            vm,
            v,
            u128::from(u64::MAX),
            "can't convert negative int to unsigned",
            "int too big to convert",
        ),
    }
}

/// The bytes of item `v` for type code `code`.
fn encode(vm: &Vm, code: u8, v: &ObjRef) -> PyResult<Vec<u8>> {
    let mut out = vec![0u8; itemsize(code)];
    match code {
        b'u' => {
            let ch = match downcast_receiver::<StrObj>(v) {
                Some(s) if s.s.chars().count() == 1 => s.s.chars().next().unwrap_or('\0'),
                _ => return vm.type_err("array item must be unicode character"),
            };
            out.copy_from_slice(&(ch as u32).to_ne_bytes());
        }
        b'f' | b'd' => {
            let x = packing::float_value(vm, v)?;
            // A C cast: a float too large for `f` becomes an infinity.
            let _ = packing::write_float(&mut out, x, cfg!(target_endian = "little"), true);
        }
        _ => packing::write_int(
            &mut out,
            check_int(vm, code, v)?,
            cfg!(target_endian = "little"),
        ),
    }
    Ok(out)
}

/// The Python value of an item's bytes.
fn decode(vm: &Vm, code: u8, b: &[u8]) -> PyResult {
    let little = cfg!(target_endian = "little");
    match code {
        b'u' => {
            let n = packing::read_int(b, false, little) as u32;
            // pymem's str holds no lone surrogates: those fail as `chr()` of them does.
            match char::from_u32(n) {
                Some(c) => vm.new_str(c.encode_utf8(&mut [0; 4])),
                None => vm.value_err("chr() arg not in range(0x110000)"),
            }
        }
        b'f' | b'd' => vm.new_float(packing::read_float(b, little)),
        c => packing::new_int(vm, packing::read_int(b, packing::is_signed(c), little)),
    }
}

/// All items as Python values.
fn items(vm: &Vm, s: &ArrayStore) -> PyResult<Vec<ObjRef>> {
    let data = s.data.borrow().clone();
    data.chunks_exact(s.itemsize)
        .map(|b| decode(vm, s.code, b))
        .collect()
}

/// A new `array.array` (the base class, as CPython's slices and sums are) over `store`.
fn wrap(vm: &Vm, store: ArrayStore) -> PyResult {
    let store = vm.alloc_obj(store)?;
    let m = super::import(vm, "array")?;
    let f = vm.getattr_str(&m, "_wrap")?;
    vm.call(&f, &[store], None)
}

/// The type code argument of `array(typecode, ...)`.
fn typecode_arg(vm: &Vm, tc: &ObjRef) -> PyResult<u8> {
    let c = match downcast_receiver::<StrObj>(tc) {
        Some(s) if s.s.chars().count() == 1 => s.s.chars().next().unwrap_or('\0'),
        _ => {
            return vm.type_err(format!(
                "array() argument 1 must be a unicode character, not {}",
                vm.type_name(tc)
            ))
        }
    };
    if c.is_ascii() && TYPECODES.as_bytes().contains(&(c as u8)) {
        Ok(c as u8)
    } else {
        vm.value_err("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
    }
}

/// The bytes of an item about to be inserted. CPython's `ins1` converts the value twice
/// (a trial conversion, then the store), so a `__index__` or `__float__` runs twice too.
fn encode_inserted(vm: &Vm, code: u8, v: &ObjRef) -> PyResult<Vec<u8>> {
    encode(vm, code, v)?;
    encode(vm, code, v)
}

/// Append the items of iterable `src` one at a time (CPython's `array_iter_extend`).
fn extend_iter(vm: &Vm, s: &ArrayStore, src: &ObjRef) -> PyResult<()> {
    let it = vm.get_iter(src)?;
    while let Some(v) = vm.next(&it)? {
        let b = encode_inserted(vm, s.code, &v)?;
        let n = s.len();
        s.check_resize(vm, n + 1)?;
        s.resize(n + 1);
        s.data.borrow_mut().extend_from_slice(&b);
    }
    Ok(())
}

/// Append the bytes of a bytes-like object (`frombytes`).
fn extend_bytes(vm: &Vm, s: &ArrayStore, bytes: &[u8]) -> PyResult<()> {
    if !bytes.len().is_multiple_of(s.itemsize) {
        return vm.value_err("bytes length not a multiple of item size");
    }
    let n = bytes.len() / s.itemsize;
    if n > 0 {
        let old = s.len();
        s.check_resize(vm, old + n)?;
        s.resize(old + n);
        s.data.borrow_mut().extend_from_slice(bytes);
    }
    Ok(())
}

/// `_make(typecode[, initializer])`: the store of a new array.
fn make_store(vm: &Vm, a: &Args<'_>) -> PyResult {
    if a.pos.is_empty() {
        return vm.type_err("array() takes at least 1 argument (0 given)");
    }
    if a.pos.len() > 2 {
        return vm.type_err(format!(
            "array() takes at most 2 arguments ({} given)",
            a.pos.len()
        ));
    }
    let code = typecode_arg(vm, &a.pos[0])?;
    let store = ArrayStore::new(code, Vec::new());
    let Some(init) = a.pos.get(1) else {
        return vm.alloc_obj(store);
    };
    if let Some(s) = downcast_receiver::<StrObj>(init) {
        if code != b'u' {
            return vm.type_err(format!(
                "cannot use a str to initialize an array with typecode '{}'",
                char::from(code)
            ));
        }
        let mut data = Vec::with_capacity(4 * s.s.len());
        for ch in s.s.chars() {
            data.extend_from_slice(&(ch as u32).to_ne_bytes());
        }
        return vm.alloc_obj(ArrayStore::new(code, data));
    }
    // Lists and tuples (subclasses too) are read item by item, at their exact size.
    let listed = match (
        downcast_receiver::<ListObj>(init),
        downcast_receiver::<TupleObj>(init),
    ) {
        (Some(l), _) => Some(l.items.borrow().clone()),
        (None, Some(t)) => Some(tuple_items(&t).to_vec()),
        _ => None,
    };
    if let Some(vals) = listed {
        let mut data = Vec::with_capacity(vals.len() * store.itemsize);
        for v in &vals {
            data.extend_from_slice(&encode(vm, code, v)?);
        }
        return vm.alloc_obj(ArrayStore::new(code, data));
    }
    if let Some(b) = downcast_receiver::<BytesObj>(init) {
        let bytes = b.data.borrow().clone();
        extend_bytes(vm, &store, &bytes)?;
        return vm.alloc_obj(store);
    }
    if let Some(other) = store_of(vm, init)? {
        if other.code == code {
            let data = other.data.borrow().clone();
            return vm.alloc_obj(ArrayStore::new(code, data));
        }
    }
    extend_iter(vm, &store, init)?;
    vm.alloc_obj(store)
}

/// An index into the array: `Ok(None)` when out of range. The length is read after the
/// index is converted (a `__index__` may change the array).
fn position(vm: &Vm, i: &ObjRef, s: &ArrayStore) -> PyResult<Option<usize>> {
    let n = match packing::int_value(vm, i)? {
        Some(n) => n,
        None => return vm.type_err("array indices must be integers"),
    };
    if i64::try_from(n).is_err() {
        return vm.err(
            "IndexError",
            format!(
                "cannot fit '{}' into an index-sized integer",
                vm.type_name(i)
            ),
        );
    }
    let len = s.len() as i128;
    let k = if n < 0 { n + len } else { n };
    Ok((0..len).contains(&k).then_some(k as usize))
}

/// A slice resolved against the array's length: `(start, stop, step)` and that length.
struct Bounds {
    start: i64,
    stop: i64,
    step: i64,
    len: usize,
}

impl Bounds {
    /// The positions selected, in slice order.
    fn positions(&self) -> Vec<usize> {
        let mut out = Vec::new();
        let mut i = self.start;
        while (self.step > 0 && i < self.stop) || (self.step < 0 && i > self.stop) {
            out.push(i as usize);
            i += self.step;
        }
        out
    }
}

/// Resolve slice `sl` against the current length. A bound's `__index__` may resize the
/// array: the slice is then resolved again against the new length, as CPython adjusts
/// the indices only once they are all read.
fn bounds(vm: &Vm, sl: &SliceObj, s: &ArrayStore) -> PyResult<Bounds> {
    for _ in 0..3 {
        let len = s.len();
        let (start, stop, step) = vm.slice_indices(sl, len)?;
        if s.len() == len {
            return Ok(Bounds {
                start,
                stop,
                step,
                len,
            });
        }
    }
    vm.err("RuntimeError", "array changed size during slicing")
}

fn getitem(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "__getitem__")?;
    let i = one_arg(vm, a, "__getitem__")?;
    if let Some(sl) = i.downcast_ref::<SliceObj>() {
        let picks = bounds(vm, sl, &s)?.positions();
        let size = s.itemsize;
        let mut data = Vec::with_capacity(picks.len() * size);
        {
            let src = s.data.borrow();
            for k in picks {
                data.extend_from_slice(&src[k * size..(k + 1) * size]);
            }
        }
        return wrap(vm, ArrayStore::new(s.code, data));
    }
    match position(vm, i, &s)? {
        Some(k) => decode(vm, s.code, &s.item_bytes(k)),
        None => vm.err("IndexError", "array index out of range"),
    }
}

/// Delete the items at `picks` (the positions of one slice, in either order).
fn delete_positions(vm: &Vm, s: &ArrayStore, mut picks: Vec<usize>) -> PyResult<()> {
    picks.sort_unstable();
    let (Some(&first), Some(&last)) = (picks.first(), picks.last()) else {
        return Ok(());
    };
    let size = s.itemsize;
    // The allocation follows the length change (decided on the old length, as CPython
    // moves the items before it resizes).
    s.check_resize(vm, s.len() - picks.len())?;
    s.resize(s.len() - picks.len());
    let mut data = s.data.borrow_mut();
    if last - first + 1 == picks.len() {
        // One run (`pop`, `remove`, `del a[i:j]`): close the gap in place.
        data.drain(first * size..(last + 1) * size);
        return Ok(());
    }
    let mut keep = Vec::with_capacity(data.len() - picks.len() * size);
    let mut p = picks.iter().peekable();
    for (k, item) in data.chunks_exact(size).enumerate() {
        if p.peek() == Some(&&k) {
            p.next();
            continue;
        }
        keep.extend_from_slice(item);
    }
    *data = keep;
    Ok(())
}

fn setitem(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "__setitem__")?;
    let (Some(i), Some(v)) = (a.pos.get(1), a.pos.get(2)) else {
        return vm.type_err("expected 2 arguments");
    };
    if let Some(sl) = i.downcast_ref::<SliceObj>() {
        // The slice is read first (a zero step fails before the value is looked at).
        let b = bounds(vm, sl, &s)?;
        let Some(other) = store_of(vm, v)? else {
            return vm.type_err(format!(
                "can only assign array (not \"{}\") to array slice",
                vm.type_name(v)
            ));
        };
        if other.code != s.code {
            return vm.type_err("bad argument type for built-in operation");
        }
        let src = other.data.borrow().clone();
        if s.len() != b.len {
            return vm.err("RuntimeError", "array changed size during slicing");
        }
        assign_slice(vm, &s, &b, &src)?;
        return Ok(vm.none());
    }
    let Some(k) = position(vm, i, &s)? else {
        return vm.err("IndexError", "array assignment index out of range");
    };
    let b = encode(vm, s.code, v)?;
    let size = s.itemsize;
    if let Some(dst) = s.data.borrow_mut().get_mut(k * size..(k + 1) * size) {
        dst.copy_from_slice(&b);
    }
    Ok(vm.none())
}

/// `a[slice] = src` with the bytes of an array of the same type code (`del a[slice]`
/// when `src` is empty); `b` was resolved against the current length.
fn assign_slice(vm: &Vm, s: &ArrayStore, b: &Bounds, src: &[u8]) -> PyResult<()> {
    let size = s.itemsize;
    let n = b.len;
    let needed = src.len() / size;
    // While memoryviews export the items, CPython's `array_ass_subscr` refuses any
    // deletion (even of nothing) and any assignment that would change the length, before
    // anything else (CPython issue #4509).
    if s.exports.get() > 0 {
        let slicelength = if b.step == 1 {
            (b.stop.max(b.start) - b.start) as usize
        } else {
            b.positions().len()
        };
        if needed == 0 || needed != slicelength {
            return vm.err(
                "BufferError",
                "cannot resize an array that is exporting buffers",
            );
        }
    }
    if b.step == 1 {
        let start = b.start as usize;
        let stop = b.stop.max(b.start) as usize;
        let old = stop - start;
        if needed != old {
            // The allocation follows the length change, decided on the old length.
            s.check_resize(vm, n - old + needed)?;
            s.resize(n - old + needed);
        }
        s.data
            .borrow_mut()
            .splice(start * size..stop * size, src.iter().copied());
        return Ok(());
    }
    let picks = b.positions();
    if needed == 0 {
        delete_positions(vm, s, picks)?;
        return Ok(());
    }
    if needed != picks.len() {
        return vm.value_err(format!(
            "attempt to assign array of size {needed} to extended slice of size {}",
            picks.len()
        ));
    }
    let mut data = s.data.borrow_mut();
    for (j, k) in picks.into_iter().enumerate() {
        data[k * size..(k + 1) * size].copy_from_slice(&src[j * size..(j + 1) * size]);
    }
    Ok(())
}

fn delitem(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "__delitem__")?;
    let i = one_arg(vm, a, "__delitem__")?;
    if let Some(sl) = i.downcast_ref::<SliceObj>() {
        let b = bounds(vm, sl, &s)?;
        assign_slice(vm, &s, &b, &[])?;
        return Ok(vm.none());
    }
    match position(vm, i, &s)? {
        Some(k) => {
            delete_positions(vm, &s, vec![k])?;
            Ok(vm.none())
        }
        None => vm.err("IndexError", "array assignment index out of range"),
    }
}

/// `iter(a)`: the sequence iterator over the array (it reads `a[i]` as it goes, so it
/// sees changes made meanwhile, as CPython's `arrayiterator` does).
fn iter(vm: &Vm, a: &Args<'_>) -> PyResult {
    this(vm, a, "__iter__")?;
    no_args(vm, a, "__iter__")?;
    vm.alloc_obj(IterObj(RefCell::new(IterKind::Seq {
        seq: a.pos[0].clone(),
        idx: 0,
    })))
}

fn len(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "__len__")?;
    vm.new_int(s.len() as i64)
}

fn sizeof(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "__sizeof__")?;
    no_args(vm, a, "__sizeof__")?;
    vm.new_int((64 + s.alloc.get() * s.itemsize) as i64)
}

fn append(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "append")?;
    let v = one_arg(vm, a, "append")?;
    let b = encode_inserted(vm, s.code, v)?;
    s.check_resize(vm, s.len() + 1)?;
    s.resize(s.len() + 1);
    s.data.borrow_mut().extend_from_slice(&b);
    Ok(vm.none())
}

/// Extend `s` by the whole of array `other` (`array_do_extend`): one resize.
fn extend_array(vm: &Vm, s: &ArrayStore, other: &ArrayStore) -> PyResult<()> {
    if other.code != s.code {
        return vm.type_err("can only extend with array of same kind");
    }
    let src = other.data.borrow().clone();
    let n = s.len() + src.len() / s.itemsize;
    s.check_resize(vm, n)?;
    s.resize(n);
    s.data.borrow_mut().extend_from_slice(&src);
    Ok(())
}

fn extend(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "extend")?;
    if a.pos.len() != 2 {
        return vm.type_err(format!(
            "extend() takes exactly 1 positional argument ({} given)",
            a.pos.len() - 1
        ));
    }
    let src = &a.pos[1];
    match store_of(vm, src)? {
        Some(other) => extend_array(vm, &s, &other)?,
        None => extend_iter(vm, &s, src)?,
    }
    Ok(vm.none())
}

fn insert(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "insert")?;
    if a.pos.len() != 3 {
        return vm.type_err(format!(
            "insert expected 2 arguments, got {}",
            a.pos.len().saturating_sub(1)
        ));
    }
    let i = vm.index(&a.pos[1])?;
    let b = encode_inserted(vm, s.code, &a.pos[2])?;
    let n = s.len() as i64;
    let k = if i < 0 {
        i.saturating_add(n).max(0)
    } else {
        i.min(n)
    } as usize;
    s.check_resize(vm, s.len() + 1)?;
    s.resize(s.len() + 1);
    let size = s.itemsize;
    s.data.borrow_mut().splice(k * size..k * size, b);
    Ok(vm.none())
}

fn pop(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "pop")?;
    if a.pos.len() > 2 {
        return vm.type_err(format!(
            "pop expected at most 1 argument, got {}",
            a.pos.len() - 1
        ));
    }
    let i = match a.pos.get(1) {
        Some(i) => vm.index(i)?,
        None => -1,
    };
    let n = s.len() as i64;
    if n == 0 {
        return vm.err("IndexError", "pop from empty array");
    }
    let k = if i < 0 { i.saturating_add(n) } else { i };
    if !(0..n).contains(&k) {
        return vm.err("IndexError", "pop index out of range");
    }
    let v = decode(vm, s.code, &s.item_bytes(k as usize))?;
    delete_positions(vm, &s, vec![k as usize])?;
    Ok(v)
}

/// The first position from `start` where the item equals `x`.
fn find(vm: &Vm, s: &ArrayStore, x: &ObjRef, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut k = start;
    while k < stop.min(s.len()) {
        let v = decode(vm, s.code, &s.item_bytes(k))?;
        if vm.eq(&v, x)? {
            return Ok(Some(k));
        }
        k += 1;
    }
    Ok(None)
}

fn remove(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "remove")?;
    let x = one_arg(vm, a, "remove")?;
    match find(vm, &s, x, 0, usize::MAX)? {
        Some(k) => {
            delete_positions(vm, &s, vec![k])?;
            Ok(vm.none())
        }
        None => vm.value_err("array.remove(x): x not in array"),
    }
}

fn index(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "index")?;
    let given = a.pos.len().saturating_sub(1);
    if given == 0 {
        return vm.type_err("index expected at least 1 argument, got 0");
    }
    if given > 3 {
        return vm.type_err(format!("index expected at most 3 arguments, got {given}"));
    }
    let n = s.len() as i64;
    let bound = |o: Option<&ObjRef>, default: i64| -> PyResult<usize> {
        let v = match o {
            Some(o) => vm.index_clamped(o)?,
            None => default,
        };
        let v = if v < 0 {
            v.saturating_add(n).max(0)
        } else {
            v.min(n)
        };
        Ok(v as usize)
    };
    let start = bound(a.pos.get(2), 0)?;
    let stop = bound(a.pos.get(3), n)?;
    match find(vm, &s, &a.pos[1], start, stop)? {
        Some(k) => vm.new_int(k as i64),
        None => vm.value_err("array.index(x): x not in array"),
    }
}

fn count(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "count")?;
    let x = one_arg(vm, a, "count")?;
    let mut c = 0;
    for v in items(vm, &s)? {
        if vm.eq(&v, x)? {
            c += 1;
        }
    }
    vm.new_int(c)
}

fn contains(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "__contains__")?;
    let x = one_arg(vm, a, "__contains__")?;
    Ok(vm.bool_obj(find(vm, &s, x, 0, usize::MAX)?.is_some()))
}

fn reverse(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "reverse")?;
    no_args(vm, a, "reverse")?;
    let size = s.itemsize;
    let mut data = s.data.borrow_mut();
    let rev: Vec<u8> = data.chunks_exact(size).rev().flatten().copied().collect();
    *data = rev;
    Ok(vm.none())
}

fn byteswap(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "byteswap")?;
    no_args(vm, a, "byteswap")?;
    let size = s.itemsize;
    for chunk in s.data.borrow_mut().chunks_exact_mut(size) {
        chunk.reverse();
    }
    Ok(vm.none())
}

fn tolist(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "tolist")?;
    no_args(vm, a, "tolist")?;
    let v = items(vm, &s)?;
    vm.new_list(v)
}

fn tobytes(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "tobytes")?;
    no_args(vm, a, "tobytes")?;
    let data = s.data.borrow().clone();
    crate::runtime::bytes_methods::new_bytes(vm, data, false)
}

fn frombytes(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "frombytes")?;
    let src = one_arg(vm, a, "frombytes")?;
    // CPython takes only buffers of single bytes here (an `h` array's items are 2).
    if store_of(vm, src)?.is_some_and(|o| o.itemsize != 1) {
        return vm.type_err("a bytes-like object is required");
    }
    let Some(bytes) = packing::read_buffer(vm, src)? else {
        return vm.type_err(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(src)
        ));
    };
    extend_bytes(vm, &s, &bytes)?;
    Ok(vm.none())
}

fn fromlist(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "fromlist")?;
    let src = one_arg(vm, a, "fromlist")?;
    let Some(list) = downcast_receiver::<ListObj>(src) else {
        return vm.type_err("arg must be list");
    };
    let vals = list.items.borrow().clone();
    if vals.is_empty() {
        return Ok(vm.none());
    }
    let old = s.len();
    s.check_resize(vm, old + vals.len())?;
    s.set_len(old + vals.len());
    let size = s.itemsize;
    for (j, v) in vals.iter().enumerate() {
        match encode(vm, s.code, v) {
            Ok(b) => {
                let at = (old + j) * size;
                if let Some(dst) = s.data.borrow_mut().get_mut(at..at + size) {
                    dst.copy_from_slice(&b);
                }
            }
            Err(e) => {
                s.resize(old);
                s.data.borrow_mut().truncate(old * size);
                return Err(e);
            }
        }
    }
    Ok(vm.none())
}

/// The text of a `u` array (for `tounicode` and `repr`), refused as CPython's
/// `PyUnicode_FromWideChar` refuses a code point past U+10FFFF.
fn text_of(vm: &Vm, s: &ArrayStore) -> PyResult<String> {
    let data = s.data.borrow().clone();
    let mut text = String::with_capacity(data.len() / 4);
    for b in data.chunks_exact(4) {
        let n = packing::read_int(b, false, cfg!(target_endian = "little")) as u32;
        match char::from_u32(n) {
            Some(c) => text.push(c),
            None => {
                return vm.value_err(format!(
                    "character U+{n:x} is not in range [U+0000; U+10ffff]"
                ))
            }
        }
    }
    Ok(text)
}

fn tounicode(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "tounicode")?;
    no_args(vm, a, "tounicode")?;
    if s.code != b'u' {
        return vm.value_err("tounicode() may only be called on unicode type arrays");
    }
    let text = text_of(vm, &s)?;
    vm.new_str(&text)
}

fn fromunicode(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "fromunicode")?;
    let src = one_arg(vm, a, "fromunicode")?;
    let Some(text) = downcast_receiver::<StrObj>(src) else {
        return vm.type_err(format!(
            "fromunicode() argument must be str, not {}",
            vm.type_name(src)
        ));
    };
    if s.code != b'u' {
        return vm.value_err("fromunicode() may only be called on unicode type arrays");
    }
    let mut data = Vec::new();
    for ch in text.s.chars() {
        data.extend_from_slice(&(ch as u32).to_ne_bytes());
    }
    extend_bytes(vm, &s, &data)?;
    Ok(vm.none())
}

/// `buffer_info()`: `(address, length)`; the address is where the items would start in
/// the store's block (pymem keeps them in a Rust vector, so this is a stand-in that stays
/// the same for the array's life).
fn buffer_info(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "buffer_info")?;
    no_args(vm, a, "buffer_info")?;
    let addr = vm.new_int(Gc::addr(&s) as i64)?;
    let n = vm.new_int(s.len() as i64)?;
    vm.new_tuple(vec![addr, n])
}

fn typecode(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "typecode")?;
    vm.new_str(&char::from(s.code).to_string())
}

fn item_size(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "itemsize")?;
    vm.new_int(s.itemsize as i64)
}

fn repr(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "__repr__")?;
    // The short name (`_PyType_Name`): `array('i')`, `Sub('i')`.
    let name = vm.type_of(&a.pos[0]).current_name().into_owned();
    let tc = char::from(s.code);
    if s.is_empty() {
        return vm.new_str(&format!("{name}('{tc}')"));
    }
    let body = if s.code == b'u' {
        let t = vm.new_str(&text_of(vm, &s)?)?;
        vm.repr(&t)?
    } else {
        let l = vm.new_list(items(vm, &s)?)?;
        vm.repr(&l)?
    };
    vm.new_str(&format!("{name}('{tc}', {body})"))
}

fn add(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "__add__")?;
    let other = one_arg(vm, a, "__add__")?;
    let Some(o) = store_of(vm, other)? else {
        return vm.type_err(format!(
            "can only append array (not \"{}\") to array",
            vm.type_name(other)
        ));
    };
    if o.code != s.code {
        return vm.type_err("bad argument type for built-in operation");
    }
    let mut data = s.data.borrow().clone();
    data.extend_from_slice(&o.data.borrow());
    wrap(vm, ArrayStore::new(s.code, data))
}

fn iadd(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "__iadd__")?;
    let other = one_arg(vm, a, "__iadd__")?;
    let Some(o) = store_of(vm, other)? else {
        return vm.type_err(format!(
            "can only extend array with array (not \"{}\")",
            vm.type_name(other)
        ));
    };
    extend_array(vm, &s, &o)?;
    Ok(a.pos[0].clone())
}

/// The repeat count of `*`, or CPython's sequence error.
fn repeat_count(vm: &Vm, n: &ObjRef) -> PyResult<usize> {
    match packing::int_value(vm, n)? {
        Some(k) if k <= 0 => Ok(0),
        Some(k) => match usize::try_from(k) {
            Ok(k) if k <= isize::MAX as usize => Ok(k),
            _ => vm.err(
                "OverflowError",
                format!(
                    "cannot fit '{}' into an index-sized integer",
                    vm.type_name(n)
                ),
            ),
        },
        None => vm.type_err(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(n)
        )),
    }
}

fn repeated(vm: &Vm, data: &[u8], k: usize) -> PyResult<Vec<u8>> {
    match data.len().checked_mul(k) {
        Some(total) => {
            vm.check_alloc(total)?;
            Ok(data.repeat(k))
        }
        _ => Err(vm.memory_error()),
    }
}

fn mul(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "__mul__")?;
    let k = repeat_count(vm, one_arg(vm, a, "__mul__")?)?;
    let data = repeated(vm, &s.data.borrow(), k)?;
    wrap(vm, ArrayStore::new(s.code, data))
}

fn imul(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "__imul__")?;
    let k = repeat_count(vm, one_arg(vm, a, "__imul__")?)?;
    let n = s.len();
    if n > 0 && k != 1 {
        let data = repeated(vm, &s.data.borrow(), k)?;
        s.check_resize(vm, n * k)?;
        s.resize(n * k);
        *s.data.borrow_mut() = data;
    }
    Ok(a.pos[0].clone())
}

/// Rich comparison of two arrays, as CPython's: the first unequal pair decides, else the
/// lengths; `==`/`!=` of different lengths answer at once. NotImplemented for others.
fn compare(vm: &Vm, a: &Args<'_>, op: CmpOp) -> PyResult {
    let s = this(vm, a, "__eq__")?;
    let Some(o) = store_of(vm, one_arg(vm, a, "__eq__")?)? else {
        return Ok(vm.notimpl.clone());
    };
    let (n, m) = (s.len(), o.len());
    if n != m && matches!(op, CmpOp::Eq | CmpOp::NotEq) {
        return Ok(vm.bool_obj(op == CmpOp::NotEq));
    }
    let mut k = 0;
    while k < n.min(m) && k < s.len() && k < o.len() {
        let x = decode(vm, s.code, &s.item_bytes(k))?;
        let y = decode(vm, o.code, &o.item_bytes(k))?;
        if !vm.eq(&x, &y)? {
            return match op {
                CmpOp::Eq => Ok(vm.false_.clone()),
                CmpOp::NotEq => Ok(vm.true_.clone()),
                _ => vm.compare(&x, &y, op),
            };
        }
        k += 1;
    }
    let r = match op {
        CmpOp::Eq => n == m,
        CmpOp::NotEq => n != m,
        CmpOp::Lt => n < m,
        CmpOp::LtE => n <= m,
        CmpOp::Gt => n > m,
        _ => n >= m,
    };
    Ok(vm.bool_obj(r))
}

fn eq(vm: &Vm, a: &Args<'_>) -> PyResult {
    compare(vm, a, CmpOp::Eq)
}
fn ne(vm: &Vm, a: &Args<'_>) -> PyResult {
    compare(vm, a, CmpOp::NotEq)
}
fn lt(vm: &Vm, a: &Args<'_>) -> PyResult {
    compare(vm, a, CmpOp::Lt)
}
fn le(vm: &Vm, a: &Args<'_>) -> PyResult {
    compare(vm, a, CmpOp::LtE)
}
fn gt(vm: &Vm, a: &Args<'_>) -> PyResult {
    compare(vm, a, CmpOp::Gt)
}
fn ge(vm: &Vm, a: &Args<'_>) -> PyResult {
    compare(vm, a, CmpOp::GtE)
}

fn copy(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "__copy__")?;
    no_args(vm, a, "__copy__")?;
    copy_of(vm, &s)
}

/// `__deepcopy__(memo)`: the items are numbers, so a copy is deep.
fn deepcopy(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a, "__deepcopy__")?;
    one_arg(vm, a, "__deepcopy__")?;
    copy_of(vm, &s)
}

fn copy_of(vm: &Vm, s: &ArrayStore) -> PyResult {
    let data = s.data.borrow().clone();
    wrap(vm, ArrayStore::new(s.code, data))
}

/// Build `_array`.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "_array")?;
    for (n, f) in [
        ("_make", make_store as NativeFn),
        ("_native_layout", super::native_layout),
        ("typecode", typecode),
        ("itemsize", item_size),
        ("__len__", len),
        ("__iter__", iter),
        ("__sizeof__", sizeof),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains),
        ("__repr__", repr),
        ("__add__", add),
        ("__iadd__", iadd),
        ("__mul__", mul),
        ("__imul__", imul),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__copy__", copy),
        ("__deepcopy__", deepcopy),
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("index", index),
        ("count", count),
        ("reverse", reverse),
        ("byteswap", byteswap),
        ("tolist", tolist),
        ("tobytes", tobytes),
        ("frombytes", frombytes),
        ("fromlist", fromlist),
        ("tounicode", tounicode),
        ("fromunicode", fromunicode),
        ("buffer_info", buffer_info),
    ] {
        add_fn(vm, &m, n, f)?;
    }
    vm.dict_set_str(&m.dict, "typecodes", vm.new_str(TYPECODES)?)?;
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::ArrayStore;

    #[test]
    fn growth_matches_cpython() {
        let s = ArrayStore::new(b'i', Vec::new());
        let mut seen = Vec::new();
        for n in 1..=35 {
            s.set_len(n);
            seen.push(s.alloc.get());
        }
        seen.dedup();
        assert_eq!(seen, vec![4, 8, 16, 25, 34, 44]);
    }
}
