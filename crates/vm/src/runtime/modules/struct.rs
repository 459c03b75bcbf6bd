//! The `_struct` module (imported by the frozen `struct`): C structs as bytes, with
//! CPython 3.12's formats, sizes, alignment and error messages.
//!
//! A format compiles to a [`Layout`]: the byte order, and a list of codes, each one format
//! character with its offset, item size and repeat count (`4h` is one code repeated four
//! times, `10s` one code of size 10, padding `x` no code at all), as `_struct.c`'s
//! `formatcode` list. Native formats (`@`, the default) use the platform's sizes and align
//! each field to its own size; the standard ones (`= < > !`) have fixed sizes and no
//! alignment, and refuse `n`, `N` and `P`.
//!
//! Packing converts every value first and only then writes, so a `__index__` or
//! `__float__` that looks at the target buffer sees it unchanged, and a failed pack writes
//! nothing.
//!
//! `struct.error`, `Struct` and the `iter_unpack` iterator are Python classes from the
//! prelude `py/struct_prelude.py`, run in this module; the work is done by the native
//! functions here (`Struct.pack` is [`struct_pack`], bound like a method).

use heap::{Gc, ObjRef};

use super::packing::{self, int_range, is_signed, size_align};
use super::{add_fn, frozen, new_module};
use crate::runtime::objects::*;
use crate::runtime::subclass::downcast_receiver;
use crate::runtime::{Args, PyResult, Vm};

/// One format character of a compiled format, repeated `repeat` times from `offset`.
#[derive(Clone, Copy, Debug)]
pub struct Code {
    /// The format character.
    pub ch: u8,
    /// Byte offset of the first item.
    pub offset: usize,
    /// Bytes per item (for `s` and `p`: the whole field).
    pub size: usize,
    /// Items (always 1 for `s` and `p`).
    pub repeat: usize,
}

/// A compiled format.
#[derive(Debug)]
pub struct Layout {
    /// Native sizes and alignment (`@`).
    pub native: bool,
    /// Little-endian byte order.
    pub little: bool,
    /// The fields, padding excluded.
    pub codes: Vec<Code>,
    /// Total size in bytes.
    pub size: usize,
    /// How many values packing takes.
    pub items: usize,
}

/// `isspace` of C's locale: what the format parser skips.
fn is_c_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Compile a format; the error is `struct.error`'s message.
pub fn compile(fmt: &[u8]) -> Result<Layout, &'static str> {
    const TOO_LONG: &str = "total struct size too long";
    let (native, little, body) = match fmt.first() {
        Some(b'@') => (true, true, &fmt[1..]),
        Some(b'=' | b'<') => (false, true, &fmt[1..]),
        Some(b'>' | b'!') => (false, false, &fmt[1..]),
        _ => (true, true, fmt),
    };
    let max = isize::MAX as usize;
    let mut codes = Vec::new();
    let mut size = 0usize;
    let mut items = 0usize;
    let mut i = 0;
    while i < body.len() {
        let mut c = body[i];
        i += 1;
        if is_c_space(c) {
            continue;
        }
        let mut num = 1usize;
        if c.is_ascii_digit() {
            num = usize::from(c - b'0');
            loop {
                let Some(&d) = body.get(i) else {
                    return Err("repeat count given without format specifier");
                };
                i += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                num = num
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(usize::from(d - b'0')))
                    .filter(|&n| n <= max)
                    .ok_or(TOO_LONG)?;
            }
        }
        let (item, align) = size_align(c, native).ok_or("bad char in struct format")?;
        if align > 0 && size > 0 {
            size = size.div_ceil(align).checked_mul(align).ok_or(TOO_LONG)?;
        }
        if num > (max - size) / item {
            return Err(TOO_LONG);
        }
        match c {
            b's' | b'p' => {
                codes.push(Code {
                    ch: c,
                    offset: size,
                    size: num,
                    repeat: 1,
                });
                items += 1;
            }
            b'x' => {}
            _ if num > 0 => {
                codes.push(Code {
                    ch: c,
                    offset: size,
                    size: item,
                    repeat: num,
                });
                items += num;
            }
            _ => {}
        }
        size += num * item;
    }
    Ok(Layout {
        native,
        little,
        codes,
        size,
        items,
    })
}

/// A compiled format on the heap: what a `Struct` holds (`_c`).
pub struct StructCode {
    /// The format as given (decoded if it was bytes): `Struct.format`.
    pub text: String,
    /// The compiled layout.
    pub layout: Layout,
}

impl heap::Object for StructCode {
    const NAME: &'static str = "_struct.code";
    const TRACKED: bool = false;
}

/// The `struct.error` exception with `msg`.
fn error(vm: &Vm, msg: impl AsRef<str>) -> ObjRef {
    let cls = vm
        .dict_get_str(&vm.modules, "_struct")
        .and_then(|m| m.downcast::<ModuleObj>())
        .and_then(|m| vm.dict_get_str(&m.dict, "error"))
        .and_then(|c| c.downcast::<TypeObj>());
    match cls {
        Some(cls) => {
            let msg = match vm.new_str(msg.as_ref()) {
                Ok(m) => m,
                Err(e) => return e,
            };
            vm.new_exception(&cls, vec![msg])
        }
        None => vm.exc_msg("RuntimeError", msg.as_ref()),
    }
}

fn fail<T>(vm: &Vm, msg: impl AsRef<str>) -> PyResult<T> {
    Err(error(vm, msg))
}

/// Compile the format object `fmt` (a str or bytes), as `Struct(fmt)` does.
fn compile_obj(vm: &Vm, fmt: &ObjRef) -> PyResult<Gc<StructCode>> {
    let text: String = if let Some(s) = downcast_receiver::<StrObj>(fmt) {
        s.s.to_string()
    } else if let Some(b) = downcast_receiver::<BytesObj>(fmt).filter(|b| !b.mutable) {
        b.data.borrow().iter().map(|&c| char::from(c)).collect()
    } else {
        return vm.type_err(format!(
            "Struct() argument 1 must be a str or bytes object, not {}",
            vm.type_name(fmt)
        ));
    };
    if text.contains('\0') {
        return fail(vm, "embedded null character");
    }
    // Characters past ASCII are never format characters: they compile as a bad char.
    let bytes: Vec<u8> = text
        .chars()
        .map(|c| if c.is_ascii() { c as u8 } else { 0xff })
        .collect();
    let layout = compile(&bytes).or_else(|m| fail(vm, m))?;
    vm.alloc(StructCode { text, layout })
}

/// The compiled format of a `Struct` instance (its `_c`).
fn code_of(vm: &Vm, s: &ObjRef) -> PyResult<Gc<StructCode>> {
    if let Some(c) = s.downcast::<StructCode>() {
        return Ok(c);
    }
    match vm.getattr_str(s, "_c")?.downcast::<StructCode>() {
        Some(c) => Ok(c),
        None => vm.type_err("Struct object is not initialized"),
    }
}

/// Refuse keyword arguments, as CPython's positional-only built-ins do.
fn no_keywords(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<()> {
    if a.kwnames.is_empty() {
        Ok(())
    } else {
        vm.type_err(format!("{name}() takes no keyword arguments"))
    }
}

/// Pack `vals` by `layout` into a new buffer of `layout.size` bytes.
pub fn pack_values(vm: &Vm, layout: &Layout, vals: &[ObjRef]) -> PyResult<Vec<u8>> {
    // The size is the script's choice (`pack('1000000000000x')`): MemoryError, not an abort.
    vm.check_alloc(layout.size)?;
    let mut out = vec![0u8; layout.size];
    pack_values_into(vm, layout, vals, &mut out)?;
    Ok(out)
}

/// Pack `vals` by `layout` into `out` (zeroed, `layout.size` bytes), field by field: on
/// an error the fields before the bad value are written, as CPython's are.
fn pack_values_into(vm: &Vm, layout: &Layout, vals: &[ObjRef], out: &mut [u8]) -> PyResult<()> {
    let mut vals = vals.iter();
    for code in &layout.codes {
        for k in 0..code.repeat {
            let Some(v) = vals.next() else {
                return vm.type_err("struct: too few values");
            };
            let at = code.offset + k * code.size;
            if let Err(e) = pack_one(vm, layout, code, v, &mut out[at..at + code.size]) {
                // An int that overflowed on its way to a C type: CPython's catch-all.
                let is_int = v.is::<IntObj>()
                    || v.is::<BoolObj>()
                    || crate::runtime::subclass::base_of(v).is_some_and(|b| b.is::<IntObj>());
                if is_int && vm.exc_matches(&e, "OverflowError") {
                    return fail(vm, "int too large to convert");
                }
                return Err(e);
            }
        }
    }
    Ok(())
}

fn pack_one(vm: &Vm, layout: &Layout, code: &Code, v: &ObjRef, out: &mut [u8]) -> PyResult<()> {
    let c = code.ch;
    match c {
        b'c' => match downcast_receiver::<BytesObj>(v) {
            Some(b) if !b.mutable && b.data.borrow().len() == 1 => {
                out[0] = b.data.borrow()[0];
            }
            _ => return fail(vm, "char format requires a bytes object of length 1"),
        },
        b's' | b'p' => {
            let Some(b) = downcast_receiver::<BytesObj>(v) else {
                return fail(
                    vm,
                    format!("argument for '{}' must be a bytes object", char::from(c)),
                );
            };
            let data = b.data.borrow();
            if c == b's' {
                let n = data.len().min(out.len());
                out[..n].copy_from_slice(&data[..n]);
            } else if !out.is_empty() {
                // A Pascal string: a length byte (at most 255), then the bytes.
                let n = data.len().min(out.len() - 1);
                out[1..1 + n].copy_from_slice(&data[..n]);
                out[0] = n.min(255) as u8;
            }
        }
        b'?' => out[0] = u8::from(vm.truthy(v)?),
        b'e' | b'f' | b'd' => {
            let x = match packing::float_value(vm, v) {
                Ok(x) => x,
                Err(_) => return fail(vm, "required argument is not a float"),
            };
            // A C cast for native floats; PyFloat_Pack4 (which refuses) otherwise.
            let saturate = layout.native && c == b'f';
            if packing::write_float(out, x, layout.little, saturate).is_err() {
                return vm.err(
                    "OverflowError",
                    format!("float too large to pack with {} format", char::from(c)),
                );
            }
        }
        b'P' => {
            let Some(n) = packing::int_value(vm, v)? else {
                return fail(vm, "required argument is not an integer");
            };
            // A pointer takes any value of a signed or unsigned machine word.
            if n < i128::from(i64::MIN) || n > i128::from(u64::MAX) {
                return fail(vm, "int too large to convert");
            }
            packing::write_int(out, n, layout.little);
        }
        _ => {
            let Some(n) = packing::int_value(vm, v)? else {
                return fail(vm, "required argument is not an integer");
            };
            let (lo, hi) = int_range(code.size, is_signed(c));
            if n < lo || n > hi {
                return fail(
                    vm,
                    format!("'{}' format requires {lo} <= number <= {hi}", char::from(c)),
                );
            }
            packing::write_int(out, n, layout.little);
        }
    }
    Ok(())
}

/// Unpack `data` (exactly `layout.size` bytes) into a tuple.
pub fn unpack_values(vm: &Vm, layout: &Layout, data: &[u8]) -> PyResult {
    let mut out = Vec::with_capacity(layout.items);
    for code in &layout.codes {
        for k in 0..code.repeat {
            let at = code.offset + k * code.size;
            out.push(unpack_one(vm, layout, code, &data[at..at + code.size])?);
        }
    }
    vm.new_tuple(out)
}

fn unpack_one(vm: &Vm, layout: &Layout, code: &Code, b: &[u8]) -> PyResult {
    match code.ch {
        b'c' | b's' => crate::runtime::bytes_methods::new_bytes(vm, b.to_vec(), false),
        b'p' => {
            let n = match b.first() {
                Some(&n) => usize::from(n).min(b.len() - 1),
                None => 0,
            };
            let body = b.get(1..1 + n).unwrap_or(&[]).to_vec();
            crate::runtime::bytes_methods::new_bytes(vm, body, false)
        }
        b'?' => Ok(vm.bool_obj(b.iter().any(|&x| x != 0))),
        b'e' | b'f' | b'd' => vm.new_float(packing::read_float(b, layout.little)),
        b'P' => packing::new_int(vm, packing::read_int(b, false, layout.little)),
        c => packing::new_int(vm, packing::read_int(b, is_signed(c), layout.little)),
    }
}

/// The bytes of a bytes-like argument, or CPython's TypeError.
fn buffer_arg(vm: &Vm, o: &ObjRef) -> PyResult<Vec<u8>> {
    match packing::read_buffer(vm, o)? {
        Some(b) => Ok(b),
        None => vm.type_err(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(o)
        )),
    }
}

fn check_count(vm: &Vm, code: &StructCode, got: usize, what: &str) -> PyResult<()> {
    if got != code.layout.items {
        return fail(
            vm,
            format!(
                "{what} expected {} items for packing (got {got})",
                code.layout.items
            ),
        );
    }
    Ok(())
}

fn do_pack(vm: &Vm, code: &StructCode, vals: &[ObjRef]) -> PyResult {
    check_count(vm, code, vals.len(), "pack")?;
    let data = pack_values(vm, &code.layout, vals)?;
    crate::runtime::bytes_methods::new_bytes(vm, data, false)
}

fn do_unpack(vm: &Vm, code: &StructCode, buf: &ObjRef) -> PyResult {
    let data = buffer_arg(vm, buf)?;
    if data.len() != code.layout.size {
        return fail(
            vm,
            format!("unpack requires a buffer of {} bytes", code.layout.size),
        );
    }
    unpack_values(vm, &code.layout, &data)
}

/// Which of `unpack_from` and `pack_into` resolves an offset (their messages differ).
#[derive(Clone, Copy)]
enum BufferUse {
    Unpack,
    Pack,
}

/// The start of `size` bytes at `offset` in a buffer of `len` bytes, CPython's way: a
/// negative offset counts from the end; struct.error when the bytes do not fit.
fn fit_offset(vm: &Vm, offset: i64, size: usize, len: usize, op: BufferUse) -> PyResult<i64> {
    let (size, len) = (size as i64, len as i64);
    let mut offset = offset;
    if offset < 0 {
        if offset.saturating_add(size) > 0 {
            return fail(
                vm,
                match op {
                    BufferUse::Unpack => {
                        format!("not enough data to unpack {size} bytes at offset {offset}")
                    }
                    BufferUse::Pack => format!("no space to pack {size} bytes at offset {offset}"),
                },
            );
        }
        if offset.saturating_add(len) < 0 {
            return fail(
                vm,
                format!("offset {offset} out of range for {len}-byte buffer"),
            );
        }
        offset += len;
    }
    if len - offset < size {
        let (func, verb) = match op {
            BufferUse::Unpack => ("unpack_from", "unpacking"),
            BufferUse::Pack => ("pack_into", "packing"),
        };
        return fail(
            vm,
            format!(
                "{func} requires a buffer of at least {} bytes for {verb} {size} bytes at \
                 offset {offset} (actual buffer size is {len})",
                size as u64 + offset as u64
            ),
        );
    }
    Ok(offset)
}

fn do_unpack_from(vm: &Vm, code: &StructCode, buf: &ObjRef, offset: Option<&ObjRef>) -> PyResult {
    let data = buffer_arg(vm, buf)?;
    let offset = match offset {
        Some(o) => vm.index(o)?,
        None => 0,
    };
    let offset = fit_offset(vm, offset, code.layout.size, data.len(), BufferUse::Unpack)?;
    let at = offset as usize;
    unpack_values(vm, &code.layout, &data[at..at + code.layout.size])
}

/// `pack_into` after the format: `rest` is `(buffer, offset, *values)`.
fn do_pack_into(vm: &Vm, code: &StructCode, rest: &[ObjRef]) -> PyResult {
    if rest.len() != code.layout.items + 2 {
        return match rest.len() {
            0 => fail(vm, "pack_into expected buffer argument"),
            1 => fail(vm, "pack_into expected offset argument"),
            n => check_count(vm, code, n - 2, "pack_into").map(|_| vm.none()),
        };
    }
    let buf = &rest[0];
    let Some(len) = packing::with_writable_buffer(vm, buf, |b| b.len())? else {
        return vm.type_err(format!(
            "argument must be read-write bytes-like object, not {}",
            vm.type_name(buf)
        ));
    };
    let offset = match packing::int_value(vm, &rest[1])? {
        Some(n) => match i64::try_from(n) {
            Ok(n) => n,
            Err(_) => {
                return vm.err(
                    "IndexError",
                    format!(
                        "cannot fit '{}' into an index-sized integer",
                        vm.type_name(&rest[1])
                    ),
                )
            }
        },
        None => vm.index(&rest[1])?,
    };
    let offset = fit_offset(vm, offset, code.layout.size, len, BufferUse::Pack)?;
    vm.check_alloc(code.layout.size)?;
    let mut data = vec![0u8; code.layout.size];
    let packed = pack_values_into(vm, &code.layout, &rest[2..], &mut data);
    let at = offset as usize;
    // The values' conversions ran Python code: the buffer may have shrunk meanwhile.
    let wrote = packing::with_writable_buffer(vm, buf, |b| match b.get_mut(at..at + data.len()) {
        Some(dst) => {
            dst.copy_from_slice(&data);
            true
        }
        None => false,
    })?;
    packed?;
    if wrote != Some(true) {
        return vm.err("BufferError", "buffer changed size while packing");
    }
    Ok(vm.none())
}

/// The format argument of a module-level function (`missing format argument` without).
fn format_arg(vm: &Vm, a: &Args<'_>) -> PyResult<Gc<StructCode>> {
    match a.pos.first() {
        Some(f) => cached_compile(vm, f),
        None => vm.type_err("missing format argument"),
    }
}

/// Compile a format for a module-level function. CPython looks the format up in its
/// cache of compiled formats first, so an unhashable one fails as a dict key would.
fn cached_compile(vm: &Vm, f: &ObjRef) -> PyResult<Gc<StructCode>> {
    if !f.is::<StrObj>() {
        vm.hash(f)?;
    }
    compile_obj(vm, f)
}

fn exactly_two(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<()> {
    no_keywords(vm, a, &format!("_struct.{name}"))?;
    if a.pos.len() != 2 {
        return vm.type_err(format!("{name} expected 2 arguments, got {}", a.pos.len()));
    }
    Ok(())
}

/// `calcsize(format)`.
fn calcsize(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_keywords(vm, a, "_struct.calcsize")?;
    if a.pos.len() != 1 {
        return vm.type_err(format!(
            "_struct.calcsize() takes exactly one argument ({} given)",
            a.pos.len()
        ));
    }
    let code = cached_compile(vm, &a.pos[0])?;
    vm.new_int(code.layout.size as i64)
}

/// `pack(format, *values)`.
fn pack(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_keywords(vm, a, "_struct.pack")?;
    let code = format_arg(vm, a)?;
    do_pack(vm, &code, &a.pos[1..])
}

/// `unpack(format, buffer, /)`.
fn unpack(vm: &Vm, a: &Args<'_>) -> PyResult {
    exactly_two(vm, a, "unpack")?;
    let code = cached_compile(vm, &a.pos[0])?;
    do_unpack(vm, &code, &a.pos[1])
}

/// `pack_into(format, buffer, offset, *values)`.
fn pack_into(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_keywords(vm, a, "_struct.pack_into")?;
    let code = format_arg(vm, a)?;
    do_pack_into(vm, &code, &a.pos[1..])
}

/// `(buffer, offset)` of `unpack_from` from `a.pos[1..]` and the keywords. `before`:
/// the parameters messages count before `buffer` (1 for the module's `format`, 0 for
/// the method, whose self is not counted).
fn buffer_offset<'a>(
    vm: &Vm,
    a: &Args<'a>,
    before: usize,
    name: &str,
) -> PyResult<(&'a ObjRef, Option<&'a ObjRef>)> {
    let pos = &a.pos[1..];
    let total = pos.len() + a.kwnames.len() + before;
    if total > before + 2 {
        return vm.type_err(format!(
            "{name}() takes at most {} arguments ({total} given)",
            before + 2
        ));
    }
    let skip = before;
    let mut buffer = pos.first();
    let mut offset = pos.get(1);
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        let k = vm.str(k)?;
        let (slot, at) = match k.as_str() {
            "buffer" => (&mut buffer, skip + 1),
            "offset" => (&mut offset, skip + 2),
            _ => return vm.type_err(format!("'{k}' is an invalid keyword argument for {name}()")),
        };
        if slot.is_some() {
            return vm.type_err(format!(
                "argument for {name}() given by name ('{k}') and position ({at})"
            ));
        }
        *slot = Some(v);
    }
    match buffer {
        Some(b) => Ok((b, offset)),
        None => vm.type_err(format!(
            "{name}() missing required argument 'buffer' (pos {})",
            skip + 1
        )),
    }
}

/// `unpack_from(format, /, buffer, offset=0)`.
fn unpack_from(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(f) = a.pos.first() else {
        return vm.type_err("unpack_from() takes at least 1 positional argument (0 given)");
    };
    let (buf, offset) = buffer_offset(vm, a, 1, "unpack_from")?;
    let code = cached_compile(vm, f)?;
    do_unpack_from(vm, &code, buf, offset)
}

/// `iter_unpack(format, buffer, /)`.
fn iter_unpack(vm: &Vm, a: &Args<'_>) -> PyResult {
    exactly_two(vm, a, "iter_unpack")?;
    let code = cached_compile(vm, &a.pos[0])?;
    make_iter(vm, &code, &a.pos[1])
}

/// The `unpack_iterator` over `buf` (a prelude class driven by [`unpack_at`]).
fn make_iter(vm: &Vm, code: &Gc<StructCode>, buf: &ObjRef) -> PyResult {
    let len = buffer_arg(vm, buf)?.len();
    let size = code.layout.size;
    if size == 0 {
        return fail(vm, "cannot iteratively unpack with a struct of length 0");
    }
    if !len.is_multiple_of(size) {
        return fail(
            vm,
            format!("iterative unpacking requires a buffer of a multiple of {size} bytes"),
        );
    }
    let m = super::import(vm, "_struct")?;
    let cls = vm.getattr_str(&m, "unpack_iterator")?;
    let end = vm.new_int(len as i64)?;
    vm.call(&cls, &[Gc::to_obj(code), buf.clone(), end], None)
}

/// `_unpack_at(code, buffer, offset)`: the tuple at `offset`, or None past the end.
fn unpack_at(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (Some(c), Some(buf), Some(off)) = (a.pos.first(), a.pos.get(1), a.pos.get(2)) else {
        return vm.type_err("_unpack_at(code, buffer, offset)");
    };
    let code = code_of(vm, c)?;
    let data = buffer_arg(vm, buf)?;
    let at = usize::try_from(vm.index(off)?).unwrap_or(usize::MAX);
    match data.get(at..at.saturating_add(code.layout.size)) {
        Some(chunk) if at.checked_add(code.layout.size).is_some() => {
            unpack_values(vm, &code.layout, chunk)
        }
        _ => Ok(vm.none()),
    }
}

/// `_compile(*args, **kwargs)`: the compiled format for `Struct(format)`.
fn struct_compile(vm: &Vm, a: &Args<'_>) -> PyResult {
    let total = a.pos.len() + a.kwnames.len();
    if total > 1 {
        return vm.type_err(format!("Struct() takes at most 1 argument ({total} given)"));
    }
    let f = match (a.pos.first(), a.kw("format")) {
        (Some(f), _) | (None, Some(f)) => f,
        (None, None) => {
            return vm.type_err("Struct() missing required argument 'format' (pos 1)");
        }
    };
    compile_obj(vm, f).map(Gc::into_obj)
}

fn self_code(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<Gc<StructCode>> {
    match a.pos.first() {
        Some(s) => code_of(vm, s),
        None => vm.type_err(format!(
            "descriptor '{name}' of '_struct.Struct' object needs an argument"
        )),
    }
}

/// `Struct.pack(*values)`.
fn struct_pack(vm: &Vm, a: &Args<'_>) -> PyResult {
    let code = self_code(vm, a, "pack")?;
    no_keywords(vm, a, "Struct.pack")?;
    do_pack(vm, &code, &a.pos[1..])
}

/// `Struct.unpack(buffer, /)`.
fn struct_unpack(vm: &Vm, a: &Args<'_>) -> PyResult {
    let code = self_code(vm, a, "unpack")?;
    no_keywords(vm, a, "Struct.unpack")?;
    if a.pos.len() != 2 {
        return vm.type_err(format!(
            "Struct.unpack() takes exactly one argument ({} given)",
            a.pos.len() - 1
        ));
    }
    do_unpack(vm, &code, &a.pos[1])
}

/// `Struct.pack_into(buffer, offset, *values)`.
fn struct_pack_into(vm: &Vm, a: &Args<'_>) -> PyResult {
    let code = self_code(vm, a, "pack_into")?;
    no_keywords(vm, a, "Struct.pack_into")?;
    do_pack_into(vm, &code, &a.pos[1..])
}

/// `Struct.unpack_from(buffer, offset=0)`.
fn struct_unpack_from(vm: &Vm, a: &Args<'_>) -> PyResult {
    let code = self_code(vm, a, "unpack_from")?;
    let (buf, offset) = buffer_offset(vm, a, 0, "unpack_from")?;
    do_unpack_from(vm, &code, buf, offset)
}

/// `Struct.iter_unpack(buffer, /)`.
fn struct_iter_unpack(vm: &Vm, a: &Args<'_>) -> PyResult {
    let code = self_code(vm, a, "iter_unpack")?;
    no_keywords(vm, a, "Struct.iter_unpack")?;
    if a.pos.len() != 2 {
        return vm.type_err(format!(
            "Struct.iter_unpack() takes exactly one argument ({} given)",
            a.pos.len() - 1
        ));
    }
    make_iter(vm, &code, &a.pos[1])
}

/// `_code_format(code)`: `Struct.format`.
fn code_format(vm: &Vm, a: &Args<'_>) -> PyResult {
    let code = self_code(vm, a, "format")?;
    vm.new_str(&code.text)
}

/// `_code_size(code)`: `Struct.size`.
fn code_size(vm: &Vm, a: &Args<'_>) -> PyResult {
    let code = self_code(vm, a, "size")?;
    vm.new_int(code.layout.size as i64)
}

/// `_code_sizeof(code)`: `Struct.__sizeof__`, CPython's object (56 bytes) and its list
/// of codes, 32 bytes each plus the terminating one.
fn code_sizeof(vm: &Vm, a: &Args<'_>) -> PyResult {
    let code = self_code(vm, a, "__sizeof__")?;
    vm.new_int((56 + 32 * (code.layout.codes.len() + 1)) as i64)
}

/// `_clearcache()`: formats are compiled on each call; nothing is cached.
fn clearcache(vm: &Vm, _a: &Args<'_>) -> PyResult {
    Ok(vm.none())
}

/// Build `_struct`: the native functions, then the prelude (error, Struct, the iterator).
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "_struct")?;
    for (n, f) in [
        ("calcsize", calcsize as NativeFn),
        ("pack", pack),
        ("unpack", unpack),
        ("pack_into", pack_into),
        ("unpack_from", unpack_from),
        ("iter_unpack", iter_unpack),
        ("_clearcache", clearcache),
        ("_native_layout", super::native_layout),
        ("_compile", struct_compile),
        ("_unpack_at", unpack_at),
        ("_code_format", code_format),
        ("_code_size", code_size),
        ("_code_sizeof", code_sizeof),
        ("_s_pack", struct_pack),
        ("_s_unpack", struct_unpack),
        ("_s_pack_into", struct_pack_into),
        ("_s_unpack_from", struct_unpack_from),
        ("_s_iter_unpack", struct_iter_unpack),
    ] {
        add_fn(vm, &m, n, f)?;
    }
    frozen::exec_into(vm, &m, include_str!("py/struct_prelude.py"))?;
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::compile;

    #[test]
    fn sizes_and_alignment() {
        let size = |f: &str| compile(f.as_bytes()).map(|l| l.size);
        assert_eq!(size("ci"), Ok(8));
        assert_eq!(size("ic"), Ok(5));
        assert_eq!(size("c0i"), Ok(4));
        assert_eq!(size("<c0q"), Ok(1));
        assert_eq!(size("bhid"), Ok(16));
        assert_eq!(size("<l"), Ok(4));
        assert_eq!(size("i i"), Ok(8));
        assert_eq!(
            size("3"),
            Err("repeat count given without format specifier")
        );
        assert_eq!(size("<n"), Err("bad char in struct format"));
        assert_eq!(
            size("99999999999999999999i"),
            Err("total struct size too long")
        );
        assert_eq!(
            size("9999999999999999999i"),
            Err("total struct size too long")
        );
    }
}
