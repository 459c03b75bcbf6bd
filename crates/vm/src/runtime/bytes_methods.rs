//! `bytes` / `bytearray`: the constructors, the operators (`+ * % [] in`, comparisons —
//! called from `ops.rs`) and the methods (installed in the two types' dicts). Methods of
//! a `bytearray` return a `bytearray`, as in CPython.

use heap::{Gc, ObjRef};

use super::arg_spec::ArgSpec;
use super::codecs;
use super::objects::*;
use super::ops::Num;
use super::{Args, PyResult, Vm};
use crate::ir::{BinOp, CmpOp};

/// ASCII whitespace as `bytes.split()` / `strip()` see it.
const WHITESPACE: &[u8] = b" \t\n\r\x0b\x0c";

/// A new bytes (or bytearray when `mutable`).
pub fn new_bytes(vm: &Vm, data: Vec<u8>, mutable: bool) -> PyResult {
    if mutable {
        vm.alloc_obj(BytesObj::new_mutable(data))
    } else {
        vm.new_bytes_value(data)
    }
}

/// Change a bytearray's bytes, keeping its CPython allocation in step.
///
/// While memoryviews export the bytes (`BytesObj::exports`), a change of length is
/// refused as CPython's `PyByteArray_Resize` refuses it (a view refers to the storage
/// itself); the change is tried on a copy first, so a refused one leaves no trace, and one
/// that keeps the length (`ba[0:1] = b"x"`, `ba += b""`) goes through.
fn mutate<R>(vm: &Vm, b: &BytesObj, f: impl FnOnce(&mut Vec<u8>) -> R) -> PyResult<R> {
    if b.exports.get() > 0 {
        let mut copy = b.data.borrow().clone();
        let r = f(&mut copy);
        if copy.len() != b.data.borrow().len() {
            return vm.err(
                "BufferError",
                "Existing exports of data: object cannot be re-sized",
            );
        }
        *b.data.borrow_mut() = copy;
        return Ok(r);
    }
    let mut data = b.data.borrow_mut();
    let old = data.len();
    let r = f(&mut data);
    let new = data.len();
    drop(data);
    b.resized(old, new);
    Ok(r)
}

/// The bytes of a bytes-like object.
pub fn bytes_like(o: &ObjRef) -> Option<Vec<u8>> {
    if let Some(b) = super::subclass::downcast_receiver::<BytesObj>(o) {
        return Some(b.data.borrow().clone());
    }
    // A memoryview shows the bytes of its part of its exporter (a released one is not
    // bytes-like any more).
    if let Some(b) = super::memoryview::contents(o) {
        return Some(b);
    }
    // An `array.array` exports its items' bytes, as CPython's buffer protocol does.
    super::modules::array::store_in(o).map(|s| s.data.borrow().clone())
}

fn need_bytes(vm: &Vm, o: &ObjRef) -> PyResult<Vec<u8>> {
    // A released or strided memoryview says why it is refused.
    if let Some(b) = super::memoryview::contents_simple(vm, o)? {
        return Ok(b);
    }
    match bytes_like(o) {
        Some(b) => Ok(b),
        None => vm.type_err(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(o)
        )),
    }
}

/// A byte value from an int (`ValueError` outside 0..=255).
fn byte_value(vm: &Vm, o: &ObjRef) -> PyResult<u8> {
    let v = match vm.num(o) {
        Some(Num::I(i)) if !o.is::<FloatObj>() => i,
        Some(Num::B(_)) => -1,
        _ => {
            return vm.type_err(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(o)
            ))
        }
    };
    u8::try_from(v).or_else(|_| vm.value_err("byte must be in range(0, 256)"))
}

// ---- constructors ---------------------------------------------------------------------

/// `bytes(...)` / `bytearray(...)`.
pub fn construct(vm: &Vm, mutable: bool, a: &Args<'_>) -> PyResult {
    let tname = if mutable { "bytearray" } else { "bytes" };
    // Argument Clinic's parse: the count and keywords, then the codec arguments' types.
    let spec = ArgSpec::Keywords(tname, 0, 3, 0, &["source", "encoding", "errors"]);
    spec.check_call(vm, a)?;
    let encoding = a.pos.get(1).or_else(|| a.kw("encoding"));
    let errors = a.pos.get(2).or_else(|| a.kw("errors"));
    for (kw, v) in [("encoding", encoding), ("errors", errors)] {
        if let Some(v) = v.filter(|v| !v.is::<StrObj>()) {
            return vm.type_err(format!(
                "{tname}() argument '{kw}' must be str, not {}",
                super::arg_spec::bad_type_name(vm, v)
            ));
        }
    }
    let without_str = if encoding.is_some() {
        "encoding without a string argument"
    } else {
        "errors without a string argument"
    };
    let Some(src) = a.pos.first().or_else(|| a.kw("source")) else {
        if encoding.is_some() || errors.is_some() {
            return vm.type_err(without_str);
        }
        return new_bytes(vm, vec![], mutable);
    };
    if let Some(s) = src.downcast::<StrObj>() {
        if encoding.is_none() {
            return vm.type_err("string argument without an encoding");
        }
        let (codec, errors) = codecs::codec_args(vm, a, 1, tname)?;
        return new_bytes(vm, codecs::encode(vm, &s.s, codec, &errors)?, mutable);
    }
    if encoding.is_some() || errors.is_some() {
        return vm.type_err(without_str);
    }
    // `bytes(b) is b` for an exact bytes (its `__bytes__`).
    if !mutable && src.downcast::<BytesObj>().is_some_and(|b| !b.mutable) {
        return Ok(src.clone());
    }
    // A released memoryview says so (`bytes_like` would just refuse it).
    if let Some(b) = super::memoryview::contents_any(vm, src)? {
        return new_bytes(vm, b, mutable);
    }
    if let Some(b) = bytes_like(src) {
        return new_bytes(vm, b, mutable);
    }
    if let Some(n) = vm.num(src).filter(|_| !src.is::<FloatObj>()) {
        let n = match n {
            Num::I(i) => i,
            _ => return Err(vm.memory_error()),
        };
        if n < 0 {
            return vm.value_err("negative count");
        }
        let mut v = Vec::new();
        if n > 1 << 34 || v.try_reserve_exact(n as usize).is_err() {
            return Err(vm.memory_error());
        }
        v.resize(n as usize, 0);
        return new_bytes(vm, v, mutable);
    }
    let items = match vm.get_iter(src) {
        Ok(_) => vm.collect(src)?,
        Err(_) => {
            return vm.type_err(format!(
                "cannot convert '{}' object to {tname}",
                vm.type_name(src)
            ))
        }
    };
    let mut v = Vec::with_capacity(items.len());
    for i in &items {
        match byte_value(vm, i) {
            Ok(c) => v.push(c),
            Err(e) if !mutable && vm.exc_matches(&e, "ValueError") => {
                return vm.value_err("bytes must be in range(0, 256)")
            }
            Err(e) => return Err(e),
        }
    }
    let appended = mutable && !src.is::<ListObj>() && !src.is::<TupleObj>();
    let n = v.len();
    let r = new_bytes(vm, v, mutable)?;
    if appended {
        // bytearray_init from an iterator appends byte by byte (PyByteArray_Resize's
        // growth); lists and tuples are copied at their exact size.
        if let Some(b) = r.downcast_ref::<BytesObj>() {
            b.set_alloc(0);
            for k in 0..n {
                if k + 1 >= b.alloc.get() {
                    b.resized(k, k + 1);
                }
            }
        }
    }
    Ok(r)
}

// ---- operators ------------------------------------------------------------------------

/// `repr()`.
pub fn repr(b: &BytesObj) -> String {
    if b.mutable {
        let r = super::objects::bytes::bytearray_literal_repr(&b.data.borrow());
        format!("bytearray({r})")
    } else {
        super::objects::bytes::bytes_repr(&b.data.borrow())
    }
}

/// Comparison of two bytes-likes.
pub fn compare(a: &BytesObj, b: &BytesObj, op: CmpOp) -> bool {
    let o = a.data.borrow().as_slice().cmp(b.data.borrow().as_slice());
    match op {
        CmpOp::Eq => o.is_eq(),
        CmpOp::NotEq => o.is_ne(),
        CmpOp::Lt => o.is_lt(),
        CmpOp::LtE => o.is_le(),
        CmpOp::Gt => o.is_gt(),
        _ => o.is_ge(),
    }
}

/// `item in b`: an int byte value or a sub-sequence.
pub fn contains(vm: &Vm, b: &BytesObj, item: &ObjRef) -> PyResult<bool> {
    if let Some(sub) = bytes_like(item) {
        return Ok(find(&b.data.borrow(), &sub, 0).is_some());
    }
    // An integer, or anything with `__index__` (CPython's PyNumber_AsSsize_t first).
    match vm.index_num(item)? {
        Some(Num::I(i)) => {
            let c = u8::try_from(i).or_else(|_| vm.value_err("byte must be in range(0, 256)"))?;
            return Ok(b.data.borrow().contains(&c));
        }
        Some(_) => return vm.value_err("byte must be in range(0, 256)"),
        None => {}
    }
    vm.type_err(format!(
        "a bytes-like object is required, not '{}'",
        vm.type_name(item)
    ))
}

/// `a + b`, `a * n`, `a % args` when `a` (or `b` for `n * a`) is a bytes-like; `None` when
/// the operands are not for us.
pub fn binary_op(
    vm: &Vm,
    a: &ObjRef,
    b: &ObjRef,
    op: BinOp,
    inplace: bool,
) -> PyResult<Option<ObjRef>> {
    match op {
        BinOp::Add => {
            let Some(x) = a.downcast::<BytesObj>() else {
                return Ok(None);
            };
            let Some(y) = bytes_like(b) else {
                if b.is::<Instance>() {
                    return Ok(None);
                }
                return vm.type_err(format!(
                    "can't concat {} to {}",
                    vm.type_name(b),
                    vm.type_name(a)
                ));
            };
            if inplace && x.mutable {
                mutate(vm, &x, |d| d.extend(y))?;
                return Ok(Some(a.clone()));
            }
            // bytes_concat returns an exact bytes operand when the other one is empty.
            if !x.mutable {
                if y.is_empty() {
                    return Ok(Some(a.clone()));
                }
                if x.data.borrow().is_empty()
                    && b.downcast::<BytesObj>().is_some_and(|o| !o.mutable)
                {
                    return Ok(Some(b.clone()));
                }
            }
            let mut v = x.data.borrow().clone();
            v.extend(y);
            new_bytes(vm, v, x.mutable).map(Some)
        }
        BinOp::Mul => {
            let (seq, n, seq_ref) = match (a.downcast::<BytesObj>(), b.downcast::<BytesObj>()) {
                (Some(s), _) => (s, b, a),
                (None, Some(s)) => (s, a, b),
                _ => return Ok(None),
            };
            let count = match vm.num(n) {
                Some(Num::I(i)) if !n.is::<FloatObj>() => i.max(0) as usize,
                // PyNumber_AsSsize_t(n, OverflowError), whatever the sign.
                Some(Num::B(_)) => {
                    return vm.err(
                        "OverflowError",
                        "cannot fit 'int' into an index-sized integer",
                    )
                }
                _ if n.is::<Instance>() => return Ok(None),
                _ => {
                    return vm.type_err(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        vm.type_name(n)
                    ))
                }
            };
            // `b * 1 is b` for bytes (bytes_repeat).
            if count == 1 && !seq.mutable {
                return Ok(Some(seq_ref.clone()));
            }
            let data = seq.data.borrow().clone();
            // bytes says so (bytes_repeat); bytearray just runs out of memory.
            if !seq.mutable
                && data
                    .len()
                    .checked_mul(count)
                    .is_none_or(|t| t > isize::MAX as usize)
            {
                return vm.err("OverflowError", "repeated bytes are too long");
            }
            let total = data.len().checked_mul(count).filter(|&t| t < (1 << 34));
            let mut v = Vec::new();
            if total.is_none_or(|t| v.try_reserve_exact(t).is_err()) {
                return Err(vm.memory_error());
            }
            for _ in 0..count {
                v.extend_from_slice(&data);
            }
            if inplace && seq.mutable && a.is::<BytesObj>() {
                mutate(vm, &seq, |d| *d = v)?;
                return Ok(Some(a.clone()));
            }
            new_bytes(vm, v, seq.mutable).map(Some)
        }
        BinOp::Mod => {
            let Some(x) = super::subclass::downcast_receiver::<BytesObj>(a) else {
                return Ok(None);
            };
            percent_format(vm, &x, b).map(Some)
        }
        _ => Ok(None),
    }
}

/// `b % args`: CPython's bytes formatting (`percent.rs`), on the template and result
/// mapped to text one char per byte (Latin-1).
fn percent_format(vm: &Vm, x: &BytesObj, args: &ObjRef) -> PyResult {
    let template: String = x.data.borrow().iter().map(|&c| c as char).collect();
    let text = super::percent::percent_format_bytes(vm, &template, args)?;
    let out: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
    new_bytes(vm, out, x.mutable)
}

/// `b[key]`.
pub fn getitem(vm: &Vm, o: &ObjRef, b: &BytesObj, key: &ObjRef) -> PyResult {
    let data = b.data.borrow();
    if let Some(s) = key.downcast::<SliceObj>() {
        let (start, stop, step) = vm.slice_indices(&s, data.len())?;
        // `b[:] is b` for bytes (bytes_subscript), never for a bytearray.
        if !b.mutable && start == 0 && step == 1 && stop as usize == data.len() {
            return Ok(o.clone());
        }
        let mut out = Vec::new();
        let mut i = start;
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            out.push(data[i as usize]);
            match i.checked_add(step) {
                Some(next) => i = next,
                None => break,
            }
        }
        drop(data);
        return new_bytes(vm, out, b.mutable);
    }
    let i = index(vm, b, key, data.len())?;
    vm.new_int(i64::from(data[i]))
}

fn index(vm: &Vm, b: &BytesObj, key: &ObjRef, n: usize) -> PyResult<usize> {
    let (what, range_msg) = if b.mutable {
        ("bytearray", "bytearray index out of range")
    } else {
        ("byte", "index out of range")
    };
    // Ints, int subclasses and `__index__` objects (not floats), as `PyNumber_AsSsize_t`.
    let num = if key.is::<FloatObj>() {
        None
    } else {
        vm.index_num(key)?
    };
    let i = match num {
        Some(Num::I(i)) => i,
        Some(Num::B(_)) => {
            return vm.err(
                "IndexError",
                format!(
                    "cannot fit '{}' into an index-sized integer",
                    vm.type_name(key)
                ),
            )
        }
        _ => {
            return vm.type_err(format!(
                "{what} indices must be integers or slices, not {}",
                vm.type_name(key)
            ))
        }
    };
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return vm.err("IndexError", range_msg);
    }
    Ok(j as usize)
}

/// `ba[key] = value` (bytearray; `bytes` does not support item assignment).
pub fn setitem(vm: &Vm, b: &BytesObj, key: &ObjRef, value: &ObjRef) -> PyResult<()> {
    if !b.mutable {
        return vm.type_err("'bytes' object does not support item assignment");
    }
    if let Some(s) = key.downcast::<SliceObj>() {
        let new = match bytes_like(value) {
            Some(v) => v,
            // bytearray_ass_subscript: numbers and strs are refused outright, anything
            // else goes through `bytearray(value)`.
            None if vm.num(value).is_some() || value.is::<StrObj>() => {
                return vm.type_err(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                )
            }
            None => {
                let it = match vm.get_iter(value) {
                    Ok(it) => it,
                    Err(e) if vm.exc_matches(&e, "TypeError") => {
                        return vm.type_err(format!(
                            "cannot convert '{}' object to bytearray",
                            vm.type_name(value)
                        ))
                    }
                    Err(e) => return Err(e),
                };
                let mut v = Vec::new();
                for o in vm.collect(&it)? {
                    v.push(byte_value(vm, &o)?);
                }
                v
            }
        };
        let n = b.data.borrow().len();
        let (start, stop, step) = vm.slice_indices(&s, n)?;
        if step != 1 {
            let pos = vm.slice_positions(&s, n)?;
            if pos.len() != new.len() {
                return vm.value_err(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    new.len(),
                    pos.len()
                ));
            }
            let mut data = b.data.borrow_mut();
            for (p, v) in pos.into_iter().zip(new) {
                data[p] = v;
            }
            return Ok(());
        }
        let (start, stop) = (start as usize, stop.max(start) as usize);
        mutate(vm, b, |d| {
            d.splice(start..stop, new);
        })?;
        return Ok(());
    }
    let n = b.data.borrow().len();
    let i = index(vm, b, key, n)?;
    let v = byte_value(vm, value)?;
    b.data.borrow_mut()[i] = v;
    Ok(())
}

/// `del ba[key]` (bytearray).
pub fn delitem(vm: &Vm, b: &BytesObj, key: &ObjRef) -> PyResult<()> {
    let n = b.data.borrow().len();
    if let Some(s) = key.downcast::<SliceObj>() {
        let (start, stop, step) = vm.slice_indices(&s, n)?;
        // Which bytes go, by position (one pass over the bytes, whatever the step).
        let mut doomed = vec![false; n];
        let mut i = start;
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            if let Some(d) = usize::try_from(i).ok().and_then(|i| doomed.get_mut(i)) {
                *d = true;
            }
            match i.checked_add(step) {
                Some(next) => i = next,
                None => break,
            }
        }
        let mut k = 0;
        mutate(vm, b, |data| {
            data.retain(|_| {
                let keep = !doomed.get(k).copied().unwrap_or(false);
                k += 1;
                keep
            })
        })?;
        return Ok(());
    }
    let i = index(vm, b, key, n)?;
    mutate(vm, b, |d| d.remove(i))?;
    Ok(())
}

// ---- searching helpers ----------------------------------------------------------------

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if from > hay.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(from);
    }
    hay[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

#[inline]
fn this(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<Gc<BytesObj>> {
    match a
        .pos
        .first()
        .and_then(super::subclass::downcast_receiver::<BytesObj>)
    {
        Some(b) => Ok(b),
        None => vm.type_err(format!("descriptor '{name}' requires a 'bytes' object")),
    }
}

/// The receiver itself when it is an exact bytes: what CPython's bytes methods answer when
/// the result would equal it (`b.strip()` with nothing to strip, `return_self`); a bytes
/// subclass or a bytearray gets a new object.
fn exact_self(a: &Args<'_>) -> Option<ObjRef> {
    let o = a.pos.first()?;
    o.downcast::<BytesObj>()
        .is_some_and(|b| !b.mutable)
        .then(|| o.clone())
}

/// The needle argument of find/count/index: bytes or an int byte.
fn needle(vm: &Vm, a: &Args<'_>, fname: &str) -> PyResult<Vec<u8>> {
    let Some(o) = a.pos.get(1) else {
        return vm.type_err(format!("{fname}() takes at least 1 argument (0 given)"));
    };
    if let Some(b) = super::memoryview::contents_simple(vm, o)? {
        return Ok(b);
    }
    if let Some(b) = bytes_like(o) {
        return Ok(b);
    }
    if vm.num(o).is_some() && !o.is::<FloatObj>() {
        return Ok(vec![byte_value(vm, o)?]);
    }
    vm.type_err(format!(
        "argument should be integer or bytes-like object, not '{}'",
        vm.type_name(o)
    ))
}

/// The `[start[, end]]` window (positional arguments `i`, `i + 1`), clamped like slices.
fn window(vm: &Vm, a: &Args<'_>, i: usize, n: usize) -> PyResult<(usize, usize)> {
    let get = |k: usize, default: i64| -> PyResult<i64> {
        match a.pos.get(k) {
            Some(v) if !vm.is_none(v) => super::arg_spec::slice_bound(vm, v, true),
            _ => Ok(default),
        }
    };
    let clamp = |v: i64, limit: usize| -> usize {
        let v = if v < 0 { v.saturating_add(n as i64) } else { v };
        v.clamp(0, limit as i64) as usize
    };
    // ADJUST_INDICES leaves a start past the end there (the window is empty-reversed:
    // nothing is found, not even `b''`).
    Ok((clamp(get(i, 0)?, n + 1), clamp(get(i + 1, n as i64)?, n)))
}

fn find_in(vm: &Vm, a: &Args<'_>, fname: &str, reverse: bool) -> PyResult<Option<usize>> {
    let b = this(vm, a, fname)?;
    // CPython converts the bounds before it looks at the needle.
    let (start, end) = window(vm, a, 2, b.data.borrow().len())?;
    let sub = needle(vm, a, fname)?;
    let data = b.data.borrow();
    if start > end {
        return Ok(None);
    }
    let hay = &data[start..end];
    let r = if reverse {
        rfind(hay, &sub)
    } else {
        find(hay, &sub, 0)
    };
    Ok(r.map(|p| p + start))
}

// ---- methods --------------------------------------------------------------------------

fn b_decode(vm: &Vm, a: &Args<'_>) -> PyResult {
    let b = this(vm, a, "decode")?;
    let (codec, errors) = codecs::codec_args(vm, a, 1, "decode")?;
    let s = codecs::decode(vm, &b.data.borrow(), codec, &errors)?;
    vm.new_str(&s)
}

fn b_hex(vm: &Vm, a: &Args<'_>) -> PyResult {
    let b = this(vm, a, "hex")?;
    // Argument Clinic converts `bytes_per_sep` first, then the body measures `sep`.
    let per = match a.pos.get(2).or_else(|| a.kw("bytes_per_sep")) {
        Some(v) => vm.index(v)?,
        None => 1,
    };
    // An explicit None is measured too (CPython's default is "not given").
    let sep = match a.pos.get(1).or_else(|| a.kw("sep")) {
        Some(v) => {
            if vm.len(v)? != 1 {
                return vm.value_err("sep must be length 1.");
            }
            let c = match (v.downcast::<StrObj>(), bytes_like(v)) {
                (Some(s), _) => s.s.chars().next().unwrap_or(' '),
                (None, Some(b)) => char::from(b[0]),
                (None, None) => return vm.type_err("sep must be str or bytes."),
            };
            if !c.is_ascii() {
                return vm.value_err("sep must be ASCII.");
            }
            Some(c)
        }
        None => None,
    };
    let data = b.data.borrow();
    let mut s = String::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, c) in data.iter().enumerate() {
        if let Some(sep) = sep.filter(|_| i > 0 && group > 0) {
            // Groups are counted from the right for a positive `bytes_per_sep`.
            let at = if per > 0 { data.len() - i } else { i };
            if at % group == 0 {
                s.push(sep);
            }
        }
        s.push_str(&format!("{c:02x}"));
    }
    vm.new_str(&s)
}

fn fromhex_of(vm: &Vm, a: &Args<'_>, mutable: bool) -> PyResult {
    // A class method: `[cls, s]`.
    let Some(arg) = a.pos.last() else {
        return vm.type_err("fromhex() takes exactly one argument (0 given)");
    };
    let Some(s) = arg.downcast::<StrObj>() else {
        return vm.type_err(format!(
            "fromhex() argument must be str, not {}",
            super::arg_spec::bad_type_name(vm, arg)
        ));
    };
    let chars: Vec<char> = s.s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (None, _) => {
                return vm.value_err(format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                ))
            }
            (Some(_), None) => {
                return vm.value_err(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                ))
            }
        }
        i += 2;
    }
    let value = new_bytes(vm, out, mutable)?;
    // A subclass gets `cls(value)`, as CPython's bytes_fromhex does.
    match a.pos.first().and_then(|c| c.downcast::<TypeObj>()) {
        Some(cls)
            if a.pos.len() == 2
                && !Gc::ptr_eq(&cls, &vm.types.bytes)
                && !Gc::ptr_eq(&cls, &vm.types.bytearray) =>
        {
            vm.call(&a.pos[0], &[value], None)
        }
        _ => Ok(value),
    }
}

fn b_fromhex(vm: &Vm, a: &Args<'_>) -> PyResult {
    fromhex_of(vm, a, false)
}

fn ba_fromhex(vm: &Vm, a: &Args<'_>) -> PyResult {
    fromhex_of(vm, a, true)
}

fn affix(vm: &Vm, a: &Args<'_>, fname: &str, suffix: bool) -> PyResult {
    let b = this(vm, a, fname)?;
    let Some(arg) = a.pos.get(1) else {
        return vm.type_err(format!("{fname}() takes at least 1 argument (0 given)"));
    };
    let (start, end) = window(vm, a, 2, b.data.borrow().len())?;
    let candidates: Vec<Vec<u8>> = match arg.downcast::<TupleObj>() {
        Some(t) => {
            let mut v = Vec::new();
            for o in tuple_items(&t).iter() {
                match bytes_like(o) {
                    Some(x) => v.push(x),
                    None => {
                        return vm.type_err(format!(
                            "a bytes-like object is required, not '{}'",
                            vm.type_name(o)
                        ))
                    }
                }
            }
            v
        }
        None => match bytes_like(arg) {
            Some(x) => vec![x],
            None => {
                return vm.type_err(format!(
                    "{fname} first arg must be bytes or a tuple of bytes, not {}",
                    vm.type_name(arg)
                ))
            }
        },
    };
    let data = b.data.borrow();
    if start > end {
        return Ok(vm.false_.clone());
    }
    let hay = &data[start..end];
    let hit = candidates.iter().any(|c| {
        if suffix {
            hay.ends_with(c)
        } else {
            hay.starts_with(c)
        }
    });
    Ok(vm.bool_obj(hit))
}

fn b_startswith(vm: &Vm, a: &Args<'_>) -> PyResult {
    affix(vm, a, "startswith", false)
}

fn b_endswith(vm: &Vm, a: &Args<'_>) -> PyResult {
    affix(vm, a, "endswith", true)
}

fn b_find(vm: &Vm, a: &Args<'_>) -> PyResult {
    let r = find_in(vm, a, "find", false)?;
    vm.new_int(r.map_or(-1, |p| p as i64))
}

fn b_rfind(vm: &Vm, a: &Args<'_>) -> PyResult {
    let r = find_in(vm, a, "rfind", true)?;
    vm.new_int(r.map_or(-1, |p| p as i64))
}

fn b_index(vm: &Vm, a: &Args<'_>) -> PyResult {
    match find_in(vm, a, "index", false)? {
        Some(p) => vm.new_int(p as i64),
        None => vm.value_err("subsection not found"),
    }
}

fn b_rindex(vm: &Vm, a: &Args<'_>) -> PyResult {
    match find_in(vm, a, "rindex", true)? {
        Some(p) => vm.new_int(p as i64),
        None => vm.value_err("subsection not found"),
    }
}

fn b_count(vm: &Vm, a: &Args<'_>) -> PyResult {
    let b = this(vm, a, "count")?;
    let (start, end) = window(vm, a, 2, b.data.borrow().len())?;
    let sub = needle(vm, a, "count")?;
    let data = b.data.borrow();
    if start > end {
        return vm.new_int(0);
    }
    let hay = &data[start..end];
    let n = if sub.is_empty() {
        hay.len() + 1
    } else {
        let mut n = 0;
        let mut at = 0;
        while let Some(p) = find(hay, &sub, at) {
            n += 1;
            at = p + sub.len();
        }
        n
    };
    vm.new_int(n as i64)
}

/// The list a split of the receiver gives: a split that found nothing to split at gives a
/// list of the receiver itself when it is an exact bytes (stringlib's split).
fn split_list(vm: &Vm, a: &Args<'_>, b: &BytesObj, parts: Vec<Vec<u8>>) -> PyResult {
    if let ([only], Some(same)) = (parts.as_slice(), exact_self(a)) {
        if only.len() == b.data.borrow().len() {
            return vm.new_list(vec![same]);
        }
    }
    list_of(vm, parts, b.mutable)
}

fn list_of(vm: &Vm, parts: Vec<Vec<u8>>, mutable: bool) -> PyResult {
    let mut v = Vec::with_capacity(parts.len());
    for p in parts {
        v.push(new_bytes(vm, p, mutable)?);
    }
    vm.new_list(v)
}

/// The slots bytes' split/rsplit allocate up front: stringlib's `PREALLOC_SIZE(maxsplit)`
/// (maxsplit + 1, at most 12; no maxsplit counts as the largest).
fn prealloc(maxsplit: i64) -> usize {
    if !(0..12).contains(&maxsplit) {
        12
    } else {
        maxsplit as usize + 1
    }
}

fn split_args(vm: &Vm, a: &Args<'_>) -> PyResult<(Option<Vec<u8>>, i64)> {
    // Argument Clinic converts `maxsplit` before the body looks at `sep`.
    let max = match a.pos.get(2).or_else(|| a.kw("maxsplit")) {
        Some(v) => vm.index(v)?,
        None => -1,
    };
    let sep = match a.pos.get(1).or_else(|| a.kw("sep")) {
        Some(v) if !vm.is_none(v) => Some(need_bytes(vm, v)?),
        _ => None,
    };
    if sep.as_ref().is_some_and(|s| s.is_empty()) {
        return vm.value_err("empty separator");
    }
    Ok((sep, max))
}

fn b_split(vm: &Vm, a: &Args<'_>) -> PyResult {
    let b = this(vm, a, "split")?;
    let (sep, max) = split_args(vm, a)?;
    let data = b.data.borrow().clone();
    let mut parts = Vec::new();
    match sep {
        None => {
            let mut i = 0;
            loop {
                while i < data.len() && WHITESPACE.contains(&data[i]) {
                    i += 1;
                }
                if i == data.len() {
                    break;
                }
                if max >= 0 && parts.len() as i64 == max {
                    let mut end = data.len();
                    while end > i && WHITESPACE.contains(&data[end - 1]) {
                        end -= 1;
                    }
                    parts.push(data[i..end].to_vec());
                    break;
                }
                let start = i;
                while i < data.len() && !WHITESPACE.contains(&data[i]) {
                    i += 1;
                }
                parts.push(data[start..i].to_vec());
            }
        }
        Some(sep) => {
            let mut at = 0;
            while max < 0 || (parts.len() as i64) < max {
                match find(&data, &sep, at) {
                    Some(p) => {
                        parts.push(data[at..p].to_vec());
                        at = p + sep.len();
                    }
                    None => break,
                }
            }
            parts.push(data[at..].to_vec());
        }
    }
    super::str_methods::with_split_allocation(split_list(vm, a, &b, parts)?, prealloc(max))
}

fn b_join(vm: &Vm, a: &Args<'_>) -> PyResult {
    let b = this(vm, a, "join")?;
    let Some(it) = a.pos.get(1) else {
        return vm.type_err("join() takes exactly one argument (0 given)");
    };
    let sep = b.data.borrow().clone();
    let mut out = Vec::new();
    let items = match vm.get_iter(it) {
        Ok(iter) => vm.collect(&iter)?,
        Err(e) if vm.exc_matches(&e, "TypeError") => {
            return vm.type_err("can only join an iterable")
        }
        Err(e) => return Err(e),
    };
    // One exact bytes joins to itself (bytes join's single-item shortcut).
    if let [only] = items.as_slice() {
        if !b.mutable && only.downcast::<BytesObj>().is_some_and(|o| !o.mutable) {
            return Ok(only.clone());
        }
    }
    for (i, item) in items.iter().enumerate() {
        let Some(x) = bytes_like(item) else {
            return vm.type_err(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(item)
            ));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend(x);
    }
    new_bytes(vm, out, b.mutable)
}

fn strip_with(vm: &Vm, a: &Args<'_>, fname: &str, left: bool, right: bool) -> PyResult {
    let b = this(vm, a, fname)?;
    let chars = match a.pos.get(1) {
        Some(v) if !vm.is_none(v) => need_bytes(vm, v)?,
        _ => WHITESPACE.to_vec(),
    };
    let data = b.data.borrow();
    let mut s = 0;
    let mut e = data.len();
    if left {
        while s < e && chars.contains(&data[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && chars.contains(&data[e - 1]) {
            e -= 1;
        }
    }
    if s == 0 && e == data.len() {
        if let Some(same) = exact_self(a) {
            return Ok(same);
        }
    }
    let out = data[s..e].to_vec();
    drop(data);
    new_bytes(vm, out, b.mutable)
}

fn b_strip(vm: &Vm, a: &Args<'_>) -> PyResult {
    strip_with(vm, a, "strip", true, true)
}

fn b_lstrip(vm: &Vm, a: &Args<'_>) -> PyResult {
    strip_with(vm, a, "lstrip", true, false)
}

fn b_rstrip(vm: &Vm, a: &Args<'_>) -> PyResult {
    strip_with(vm, a, "rstrip", false, true)
}

fn b_replace(vm: &Vm, a: &Args<'_>) -> PyResult {
    let b = this(vm, a, "replace")?;
    if a.pos.len() < 3 {
        return vm.type_err(format!(
            "replace expected at least 2 arguments, got {}",
            a.pos.len() - 1
        ));
    }
    let old = need_bytes(vm, &a.pos[1])?;
    let new = need_bytes(vm, &a.pos[2])?;
    let mut count = match a.pos.get(3).or_else(|| a.kw("count")) {
        Some(v) => vm.index(v)?,
        None => -1,
    };
    let data = b.data.borrow().clone();
    let nothing = count == 0
        || old.is_empty() && new.is_empty()
        || !old.is_empty() && !data.windows(old.len()).any(|w| w == old.as_slice());
    if let (true, Some(same)) = (nothing, exact_self(a)) {
        return Ok(same);
    }
    let mut out = Vec::with_capacity(data.len());
    if old.is_empty() {
        // An empty pattern matches before every byte and at the end.
        for &c in &data {
            if count != 0 {
                out.extend_from_slice(&new);
                count -= 1;
            }
            out.push(c);
        }
        if count != 0 {
            out.extend_from_slice(&new);
        }
        return new_bytes(vm, out, b.mutable);
    }
    let mut at = 0;
    while count != 0 {
        match find(&data, &old, at) {
            Some(p) => {
                out.extend_from_slice(&data[at..p]);
                out.extend_from_slice(&new);
                at = p + old.len();
                count -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&data[at..]);
    new_bytes(vm, out, b.mutable)
}

fn map_bytes(vm: &Vm, a: &Args<'_>, fname: &str, f: fn(u8) -> u8) -> PyResult {
    let b = this(vm, a, fname)?;
    let out: Vec<u8> = b.data.borrow().iter().map(|&c| f(c)).collect();
    new_bytes(vm, out, b.mutable)
}

fn b_upper(vm: &Vm, a: &Args<'_>) -> PyResult {
    map_bytes(vm, a, "upper", |c| c.to_ascii_uppercase())
}

fn b_lower(vm: &Vm, a: &Args<'_>) -> PyResult {
    map_bytes(vm, a, "lower", |c| c.to_ascii_lowercase())
}

fn test_all(vm: &Vm, a: &Args<'_>, fname: &str, f: fn(&u8) -> bool) -> PyResult {
    let b = this(vm, a, fname)?;
    let d = b.data.borrow();
    Ok(vm.bool_obj(!d.is_empty() && d.iter().all(f)))
}

fn b_isdigit(vm: &Vm, a: &Args<'_>) -> PyResult {
    test_all(vm, a, "isdigit", u8::is_ascii_digit)
}

fn b_isalpha(vm: &Vm, a: &Args<'_>) -> PyResult {
    test_all(vm, a, "isalpha", u8::is_ascii_alphabetic)
}

fn b_isalnum(vm: &Vm, a: &Args<'_>) -> PyResult {
    test_all(vm, a, "isalnum", u8::is_ascii_alphanumeric)
}

fn b_isspace(vm: &Vm, a: &Args<'_>) -> PyResult {
    test_all(vm, a, "isspace", |c| WHITESPACE.contains(c))
}

fn b_isascii(vm: &Vm, a: &Args<'_>) -> PyResult {
    let b = this(vm, a, "isascii")?;
    let ok = b.data.borrow().is_ascii();
    Ok(vm.bool_obj(ok))
}

/// `isupper` / `islower`: some cased ASCII letter, and none of the other case.
fn case_test(vm: &Vm, a: &Args<'_>, fname: &str, upper: bool) -> PyResult {
    let b = this(vm, a, fname)?;
    let d = b.data.borrow();
    let has = |f: fn(&u8) -> bool| d.iter().any(f);
    let ok = if upper {
        has(u8::is_ascii_uppercase) && !has(u8::is_ascii_lowercase)
    } else {
        has(u8::is_ascii_lowercase) && !has(u8::is_ascii_uppercase)
    };
    Ok(vm.bool_obj(ok))
}

fn b_isupper(vm: &Vm, a: &Args<'_>) -> PyResult {
    case_test(vm, a, "isupper", true)
}

fn b_islower(vm: &Vm, a: &Args<'_>) -> PyResult {
    case_test(vm, a, "islower", false)
}

fn b_swapcase(vm: &Vm, a: &Args<'_>) -> PyResult {
    map_bytes(vm, a, "swapcase", |c| {
        if c.is_ascii_uppercase() {
            c.to_ascii_lowercase()
        } else {
            c.to_ascii_uppercase()
        }
    })
}

fn b_capitalize(vm: &Vm, a: &Args<'_>) -> PyResult {
    let b = this(vm, a, "capitalize")?;
    let out: Vec<u8> = b
        .data
        .borrow()
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    new_bytes(vm, out, b.mutable)
}

fn b_title(vm: &Vm, a: &Args<'_>) -> PyResult {
    let b = this(vm, a, "title")?;
    let mut prev_cased = false;
    let out: Vec<u8> = b
        .data
        .borrow()
        .iter()
        .map(|&c| {
            let r = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect();
    new_bytes(vm, out, b.mutable)
}

fn partition_impl(vm: &Vm, a: &Args<'_>, fname: &str, from_right: bool) -> PyResult {
    let b = this(vm, a, fname)?;
    let Some(sep) = a.pos.get(1) else {
        return vm.type_err(format!("{fname}() takes exactly one argument (0 given)"));
    };
    let sep = need_bytes(vm, sep)?;
    if sep.is_empty() {
        return vm.value_err("empty separator");
    }
    let data = b.data.borrow().clone();
    let found = if from_right {
        rfind(&data, &sep)
    } else {
        find(&data, &sep, 0)
    };
    let (x, y, z) = match found {
        Some(p) => (
            data[..p].to_vec(),
            sep.clone(),
            data[p + sep.len()..].to_vec(),
        ),
        None if from_right => (vec![], vec![], data),
        None => (data, vec![], vec![]),
    };
    let mut parts = vec![
        new_bytes(vm, x, b.mutable)?,
        new_bytes(vm, y, b.mutable)?,
        new_bytes(vm, z, b.mutable)?,
    ];
    // Not found: bytes partition hands back the receiver itself (a subclass's instance
    // too); a bytearray's is a copy.
    if found.is_none() && !b.mutable {
        parts[if from_right { 2 } else { 0 }] = a.pos[0].clone();
    }
    vm.new_tuple(parts)
}

fn b_partition(vm: &Vm, a: &Args<'_>) -> PyResult {
    partition_impl(vm, a, "partition", false)
}

fn b_rpartition(vm: &Vm, a: &Args<'_>) -> PyResult {
    partition_impl(vm, a, "rpartition", true)
}

fn b_rsplit(vm: &Vm, a: &Args<'_>) -> PyResult {
    let b = this(vm, a, "rsplit")?;
    let (sep, max) = split_args(vm, a)?;
    let data = b.data.borrow().clone();
    let mut parts = Vec::new();
    match sep {
        None => {
            let mut end = data.len();
            loop {
                while end > 0 && WHITESPACE.contains(&data[end - 1]) {
                    end -= 1;
                }
                if end == 0 {
                    break;
                }
                if max >= 0 && parts.len() as i64 == max {
                    parts.push(data[..end].to_vec());
                    break;
                }
                let stop = end;
                while end > 0 && !WHITESPACE.contains(&data[end - 1]) {
                    end -= 1;
                }
                parts.push(data[end..stop].to_vec());
            }
        }
        Some(sep) => {
            let mut end = data.len();
            while max < 0 || (parts.len() as i64) < max {
                match rfind(&data[..end], &sep) {
                    Some(p) => {
                        parts.push(data[p + sep.len()..end].to_vec());
                        end = p;
                    }
                    None => break,
                }
            }
            parts.push(data[..end].to_vec());
        }
    }
    parts.reverse();
    super::str_methods::with_split_allocation(split_list(vm, a, &b, parts)?, prealloc(max))
}

fn b_splitlines(vm: &Vm, a: &Args<'_>) -> PyResult {
    let b = this(vm, a, "splitlines")?;
    let keep = match a.pos.get(1).or_else(|| a.kw("keepends")) {
        Some(k) => vm.truthy(k)?,
        None => false,
    };
    let data = b.data.borrow().clone();
    let mut parts = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < data.len() {
        if data[i] == b'\n' || data[i] == b'\r' {
            let mut end = i + 1;
            if data[i] == b'\r' && data.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            parts.push(data[start..if keep { end } else { i }].to_vec());
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < data.len() {
        parts.push(data[start..].to_vec());
    }
    // stringlib's splitlines appends to an empty list.
    super::str_methods::with_split_allocation(split_list(vm, a, &b, parts)?, 0)
}

fn justify(vm: &Vm, a: &Args<'_>, fname: &str, how: char) -> PyResult {
    let b = this(vm, a, fname)?;
    let Some(w) = a.pos.get(1) else {
        return vm.type_err(format!("{fname} expected at least 1 argument, got 0"));
    };
    let w = vm.index(w)?.max(0) as usize;
    let fill = match a.pos.get(2) {
        Some(f) => match bytes_like(f) {
            Some(v) if v.len() == 1 => v[0],
            _ => {
                return vm.type_err(format!(
                    "{fname}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(f)
                ))
            }
        },
        None => b' ',
    };
    let data = b.data.borrow().clone();
    if data.len() >= w {
        if let Some(same) = exact_self(a) {
            return Ok(same);
        }
        return new_bytes(vm, data, b.mutable);
    }
    vm.check_alloc(w)?;
    let n = w - data.len();
    let (left, right) = match how {
        '<' => (0, n),
        '>' => (n, 0),
        _ => {
            let left = n / 2 + (n & w & 1);
            (left, n - left)
        }
    };
    let mut out = vec![fill; left];
    out.extend(data);
    out.extend(std::iter::repeat_n(fill, right));
    new_bytes(vm, out, b.mutable)
}

fn b_ljust(vm: &Vm, a: &Args<'_>) -> PyResult {
    justify(vm, a, "ljust", '<')
}

fn b_rjust(vm: &Vm, a: &Args<'_>) -> PyResult {
    justify(vm, a, "rjust", '>')
}

fn b_center(vm: &Vm, a: &Args<'_>) -> PyResult {
    justify(vm, a, "center", '^')
}

fn b_zfill(vm: &Vm, a: &Args<'_>) -> PyResult {
    let b = this(vm, a, "zfill")?;
    let Some(w) = a.pos.get(1) else {
        return vm.type_err("zfill() takes exactly one argument (0 given)");
    };
    let w = vm.index(w)?.max(0) as usize;
    let data = b.data.borrow().clone();
    if data.len() >= w {
        if let Some(same) = exact_self(a) {
            return Ok(same);
        }
        return new_bytes(vm, data, b.mutable);
    }
    vm.check_alloc(w)?;
    let signed = matches!(data.first(), Some(b'+' | b'-'));
    let mut out = Vec::with_capacity(w);
    if signed {
        out.push(data[0]);
    }
    out.extend(std::iter::repeat_n(b'0', w - data.len()));
    out.extend_from_slice(&data[usize::from(signed)..]);
    new_bytes(vm, out, b.mutable)
}

fn affix_remove(vm: &Vm, a: &Args<'_>, fname: &str, suffix: bool) -> PyResult {
    let b = this(vm, a, fname)?;
    let Some(p) = a.pos.get(1) else {
        return vm.type_err(format!("{fname}() takes exactly one argument (0 given)"));
    };
    let p = need_bytes(vm, p)?;
    let data = b.data.borrow().clone();
    let out = if suffix {
        data.strip_suffix(p.as_slice()).unwrap_or(&data).to_vec()
    } else {
        data.strip_prefix(p.as_slice()).unwrap_or(&data).to_vec()
    };
    new_bytes(vm, out, b.mutable)
}

fn b_removeprefix(vm: &Vm, a: &Args<'_>) -> PyResult {
    affix_remove(vm, a, "removeprefix", false)
}

fn b_removesuffix(vm: &Vm, a: &Args<'_>) -> PyResult {
    affix_remove(vm, a, "removesuffix", true)
}

fn b_istitle(vm: &Vm, a: &Args<'_>) -> PyResult {
    let b = this(vm, a, "istitle")?;
    let (mut cased, mut prev_cased) = (false, false);
    for &c in b.data.borrow().iter() {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return Ok(vm.false_.clone());
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return Ok(vm.false_.clone());
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(vm.bool_obj(cased))
}

fn b_expandtabs(vm: &Vm, a: &Args<'_>) -> PyResult {
    let b = this(vm, a, "expandtabs")?;
    let size = match a.pos.get(1).or_else(|| a.kw("tabsize")) {
        Some(v) => vm.index(v)?,
        None => 8,
    };
    if i32::try_from(size).is_err() {
        return vm.err("OverflowError", "Python int too large to convert to C int");
    }
    let data = b.data.borrow().clone();
    let tabs = data.iter().filter(|&&c| c == b'\t').count();
    vm.check_alloc(
        tabs.saturating_mul(size.max(0) as usize)
            .saturating_add(data.len()),
    )?;
    let mut out = Vec::with_capacity(data.len());
    let mut col: i64 = 0;
    for c in data {
        match c {
            b'\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    new_bytes(vm, out, b.mutable)
}

/// `bytes.maketrans(from, to)` (a static method): the 256-byte translation table.
fn b_maketrans(vm: &Vm, a: &Args<'_>) -> PyResult {
    let [from, to] = a.pos else {
        return vm.type_err(format!(
            "maketrans expected 2 arguments, got {}",
            a.pos.len()
        ));
    };
    let (from, to) = (need_bytes(vm, from)?, need_bytes(vm, to)?);
    if from.len() != to.len() {
        return vm.value_err("maketrans arguments must have same length");
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    new_bytes(vm, table, false)
}

/// `b.translate(table, delete=b'')`: map each byte through a 256-byte table (or keep it
/// when the table is None), dropping the bytes in `delete`.
fn b_translate(vm: &Vm, a: &Args<'_>) -> PyResult {
    let b = this(vm, a, "translate")?;
    let Some(table) = a.pos.get(1).or_else(|| a.kw("table")) else {
        return vm.type_err("translate() takes at least 1 argument (0 given)");
    };
    let table = if vm.is_none(table) {
        None
    } else {
        let t = need_bytes(vm, table)?;
        if t.len() != 256 {
            return vm.value_err("translation table must be 256 characters long");
        }
        Some(t)
    };
    let delete = match a.pos.get(2).or_else(|| a.kw("delete")) {
        Some(d) => need_bytes(vm, d)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = b
        .data
        .borrow()
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    new_bytes(vm, out, b.mutable)
}

// ---- bytearray mutators ---------------------------------------------------------------

fn ba_insert(vm: &Vm, a: &Args<'_>) -> PyResult {
    let b = mutable_this(vm, a, "insert")?;
    if a.pos.len() != 3 {
        return vm.type_err(format!(
            "insert expected 2 arguments, got {}",
            a.pos.len().saturating_sub(1)
        ));
    }
    let i = vm.index(&a.pos[1])?;
    let c = byte_value(vm, &a.pos[2])?;
    let n = b.data.borrow().len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    mutate(vm, &b, |d| d.insert(at, c))?;
    Ok(vm.none())
}

fn ba_remove(vm: &Vm, a: &Args<'_>) -> PyResult {
    let b = mutable_this(vm, a, "remove")?;
    let Some(v) = a.pos.get(1) else {
        return vm.type_err("bytearray.remove() takes exactly one argument (0 given)");
    };
    let c = byte_value(vm, v)?;
    let at = b.data.borrow().iter().position(|&x| x == c);
    match at {
        Some(i) => {
            mutate(vm, &b, |d| d.remove(i))?;
            Ok(vm.none())
        }
        None => vm.value_err("value not found in bytearray"),
    }
}

fn ba_reverse(vm: &Vm, a: &Args<'_>) -> PyResult {
    let b = mutable_this(vm, a, "reverse")?;
    b.data.borrow_mut().reverse();
    Ok(vm.none())
}

fn mutable_this(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<Gc<BytesObj>> {
    match a
        .pos
        .first()
        .and_then(crate::runtime::subclass::downcast_receiver::<BytesObj>)
        .filter(|b| b.mutable)
    {
        Some(b) => Ok(b),
        None => vm.type_err(format!("descriptor '{name}' requires a 'bytearray' object")),
    }
}

fn ba_append(vm: &Vm, a: &Args<'_>) -> PyResult {
    let b = mutable_this(vm, a, "append")?;
    let Some(v) = a.pos.get(1).filter(|_| a.pos.len() == 2) else {
        return vm.type_err(format!(
            "bytearray.append() takes exactly one argument ({} given)",
            a.pos.len() - 1
        ));
    };
    let c = byte_value(vm, v)?;
    mutate(vm, &b, |d| d.push(c))?;
    Ok(vm.none())
}

fn ba_extend(vm: &Vm, a: &Args<'_>) -> PyResult {
    let b = mutable_this(vm, a, "extend")?;
    let Some(v) = a.pos.get(1) else {
        return vm.type_err("bytearray.extend() takes exactly one argument (0 given)");
    };
    let add = match bytes_like(v) {
        Some(x) => x,
        None => {
            // A str is iterated like any iterable: its first character is not an int.
            let iter = match vm.get_iter(v) {
                Ok(iter) => iter,
                Err(e) if vm.exc_matches(&e, "TypeError") => {
                    return vm.type_err(format!("can't extend bytearray with {}", vm.type_name(v)))
                }
                Err(e) => return Err(e),
            };
            let mut out = Vec::new();
            for o in vm.collect(&iter)? {
                out.push(byte_value(vm, &o)?);
            }
            out
        }
    };
    mutate(vm, &b, |d| d.extend(add))?;
    Ok(vm.none())
}

fn ba_pop(vm: &Vm, a: &Args<'_>) -> PyResult {
    let b = mutable_this(vm, a, "pop")?;
    let n = b.data.borrow().len();
    if n == 0 {
        return vm.err("IndexError", "pop from empty bytearray");
    }
    let i = match a.pos.get(1) {
        Some(v) => vm.index(v)?,
        None => -1,
    };
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return vm.err("IndexError", "pop index out of range");
    }
    let c = mutate(vm, &b, |d| d.remove(j as usize))?;
    vm.new_int(i64::from(c))
}

fn ba_clear(vm: &Vm, a: &Args<'_>) -> PyResult {
    let b = mutable_this(vm, a, "clear")?;
    mutate(vm, &b, |d| d.clear())?;
    Ok(vm.none())
}

fn b_copy(vm: &Vm, a: &Args<'_>) -> PyResult {
    let b = mutable_this(vm, a, "copy")?;
    let d = b.data.borrow().clone();
    new_bytes(vm, d, true)
}

/// Install the methods in the `bytes` and `bytearray` type dicts.
pub fn install(vm: &Vm) {
    let t = &vm.types;
    for (name, f) in [
        ("decode", b_decode as NativeFn),
        ("hex", b_hex),
        ("startswith", b_startswith),
        ("endswith", b_endswith),
        ("find", b_find),
        ("rfind", b_rfind),
        ("index", b_index),
        ("rindex", b_rindex),
        ("count", b_count),
        ("split", b_split),
        ("join", b_join),
        ("strip", b_strip),
        ("lstrip", b_lstrip),
        ("rstrip", b_rstrip),
        ("replace", b_replace),
        ("upper", b_upper),
        ("lower", b_lower),
        ("isdigit", b_isdigit),
        ("isalpha", b_isalpha),
        ("isalnum", b_isalnum),
        ("isspace", b_isspace),
        ("isascii", b_isascii),
        ("isupper", b_isupper),
        ("islower", b_islower),
        ("swapcase", b_swapcase),
        ("capitalize", b_capitalize),
        ("title", b_title),
        ("partition", b_partition),
        ("rpartition", b_rpartition),
        ("rsplit", b_rsplit),
        ("splitlines", b_splitlines),
        ("ljust", b_ljust),
        ("rjust", b_rjust),
        ("center", b_center),
        ("zfill", b_zfill),
        ("removeprefix", b_removeprefix),
        ("removesuffix", b_removesuffix),
        ("istitle", b_istitle),
        ("expandtabs", b_expandtabs),
        ("translate", b_translate),
    ] {
        super::methods::add(vm, &t.bytes, name, f);
        super::methods::add(vm, &t.bytearray, name, f);
    }
    // Class methods, as in CPython (the class comes first, the str last).
    super::methods::add_class(vm, &t.bytes, "fromhex", b_fromhex);
    super::methods::add_class(vm, &t.bytearray, "fromhex", ba_fromhex);
    // `maketrans` is a static method of both types.
    for ty in [&t.bytes, &t.bytearray] {
        super::methods::add_static(vm, ty, "maketrans", b_maketrans);
    }
    for (name, f) in [
        ("append", ba_append as NativeFn),
        ("extend", ba_extend),
        ("pop", ba_pop),
        ("clear", ba_clear),
        ("insert", ba_insert),
        ("remove", ba_remove),
        ("reverse", ba_reverse),
        ("copy", b_copy),
    ] {
        super::methods::add(vm, &t.bytearray, name, f);
    }
}
