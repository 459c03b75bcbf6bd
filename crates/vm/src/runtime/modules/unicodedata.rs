//! The `unicodedata` module: the character database of CPython 3.12 (Unicode 15.0.0), with
//! its argument checks and error messages. The answers come from `runtime::unicode`
//! (`properties`, `names`, `normalization`); this file turns Python arguments into
//! characters and strings and the answers into objects.
//!
//! `ucd_3_2_0` (the Unicode 3.2.0 database that IDNA uses) and the `UCD` class are not
//! provided, nor are the named sequences that CPython's `lookup` also knows
//! (`"LATIN SMALL LETTER R WITH TILDE"`).

use heap::{Gc, ObjRef};

use super::{add_fn, array, new_module, packing};
use crate::runtime::arg_spec::{bad_type_name, ArgSpec};
use crate::runtime::objects::*;
use crate::runtime::subclass::downcast_receiver;
use crate::runtime::unicode::normalization::{self, Form};
use crate::runtime::unicode::{names, properties, unidata_version};
use crate::runtime::{Args, PyResult, Vm};

/// The character argument of `fname`: a str of length one. `which` is how CPython's
/// message names it (`"argument"` for a one-argument function, else `"argument 1"`).
fn char_arg(vm: &Vm, o: &ObjRef, fname: &str, which: &str) -> PyResult<char> {
    if let Some(s) = downcast_receiver::<StrObj>(o) {
        let mut chars = s.s.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return Ok(c);
        }
    }
    vm.type_err(format!(
        "{fname}() {which} must be a unicode character, not {}",
        bad_type_name(vm, o)
    ))
}

/// The character argument of a one-argument function (`category(chr)`...).
fn only_char(vm: &Vm, a: &Args<'_>, fname: &'static str, qualname: &'static str) -> PyResult<char> {
    ArgSpec::One(qualname).check_call(vm, a)?;
    char_arg(vm, &a.pos[0], fname, "argument")
}

/// The character argument of a function taking a default (`name(chr, default)`...).
fn char_and_default(
    vm: &Vm,
    a: &Args<'_>,
    fname: &'static str,
    qualname: &'static str,
) -> PyResult<char> {
    ArgSpec::Positional(qualname, 1, 2).check_call(vm, a)?;
    char_arg(vm, &a.pos[0], fname, "argument 1")
}

/// The default argument when one was given, else `ValueError(msg)`.
fn default_or(vm: &Vm, a: &Args<'_>, msg: &str) -> PyResult {
    match a.pos.get(1) {
        Some(d) => Ok(d.clone()),
        None => vm.value_err(msg),
    }
}

fn category(vm: &Vm, a: &Args<'_>) -> PyResult {
    let c = only_char(vm, a, "category", "unicodedata.category")?;
    vm.new_str(properties::category(c))
}

fn bidirectional(vm: &Vm, a: &Args<'_>) -> PyResult {
    let c = only_char(vm, a, "bidirectional", "unicodedata.bidirectional")?;
    vm.new_str(properties::bidirectional(c))
}

fn east_asian_width(vm: &Vm, a: &Args<'_>) -> PyResult {
    let c = only_char(vm, a, "east_asian_width", "unicodedata.east_asian_width")?;
    vm.new_str(properties::east_asian_width(c))
}

fn combining(vm: &Vm, a: &Args<'_>) -> PyResult {
    let c = only_char(vm, a, "combining", "unicodedata.combining")?;
    vm.new_int(i64::from(properties::combining(c)))
}

fn mirrored(vm: &Vm, a: &Args<'_>) -> PyResult {
    let c = only_char(vm, a, "mirrored", "unicodedata.mirrored")?;
    vm.new_int(i64::from(properties::mirrored(c)))
}

fn decomposition(vm: &Vm, a: &Args<'_>) -> PyResult {
    let c = only_char(vm, a, "decomposition", "unicodedata.decomposition")?;
    vm.new_str(properties::decomposition(c))
}

fn decimal(vm: &Vm, a: &Args<'_>) -> PyResult {
    let c = char_and_default(vm, a, "decimal", "unicodedata.decimal")?;
    match properties::decimal(c) {
        Some(v) => vm.new_int(i64::from(v)),
        None => default_or(vm, a, "not a decimal"),
    }
}

fn digit(vm: &Vm, a: &Args<'_>) -> PyResult {
    let c = char_and_default(vm, a, "digit", "unicodedata.digit")?;
    match properties::digit(c) {
        Some(v) => vm.new_int(i64::from(v)),
        None => default_or(vm, a, "not a digit"),
    }
}

fn numeric(vm: &Vm, a: &Args<'_>) -> PyResult {
    let c = char_and_default(vm, a, "numeric", "unicodedata.numeric")?;
    match properties::numeric(c) {
        Some(v) => vm.new_float(v),
        None => default_or(vm, a, "not a numeric character"),
    }
}

fn name(vm: &Vm, a: &Args<'_>) -> PyResult {
    let c = char_and_default(vm, a, "name", "unicodedata.name")?;
    match names::name(c) {
        Some(n) => vm.new_str(&n),
        None => default_or(vm, a, "no such name"),
    }
}

/// `lookup`'s argument: a str (as UTF-8) or a read-only bytes-like object (`bytes`; those
/// that lend their buffer, as `bytearray` and `memoryview` do, are refused).
fn name_bytes(vm: &Vm, o: &ObjRef) -> PyResult<Vec<u8>> {
    if let Some(s) = downcast_receiver::<StrObj>(o) {
        return Ok(s.s.as_bytes().to_vec());
    }
    if let Some(b) = downcast_receiver::<BytesObj>(o) {
        if !b.mutable {
            return Ok(b.data.borrow().clone());
        }
    }
    if packing::read_buffer(vm, o)?.is_some() {
        let mut t = vm.type_name(o);
        if t == "array" && array::store_of(vm, o)?.is_some() {
            t = "array.array".into();
        }
        return vm.type_err(format!(
            "lookup() argument must be read-only bytes-like object, not {t}"
        ));
    }
    vm.type_err(format!(
        "a bytes-like object is required, not '{}'",
        vm.type_name(o)
    ))
}

fn lookup(vm: &Vm, a: &Args<'_>) -> PyResult {
    ArgSpec::One("unicodedata.lookup").check_call(vm, a)?;
    let bytes = name_bytes(vm, &a.pos[0])?;
    if bytes.len() > names::NAME_MAXLEN {
        return vm.err("KeyError", "name too long");
    }
    match names::lookup(&bytes) {
        Some(c) => vm.new_str(c.encode_utf8(&mut [0; 4])),
        None => {
            // The message shows the name as C text: up to a NUL, invalid UTF-8 replaced.
            let shown = bytes.split(|&b| b == 0).next().unwrap_or_default();
            vm.err(
                "KeyError",
                format!(
                    "undefined character name '{}'",
                    String::from_utf8_lossy(shown)
                ),
            )
        }
    }
}

/// The `(form, unistr)` arguments of `normalize` and `is_normalized`: both strs.
fn form_and_text(
    vm: &Vm,
    a: &Args<'_>,
    fname: &'static str,
    qualname: &'static str,
) -> PyResult<(Gc<StrObj>, Gc<StrObj>)> {
    ArgSpec::Positional(qualname, 2, 2).check_call(vm, a)?;
    let str_arg = |i: usize| match downcast_receiver::<StrObj>(&a.pos[i]) {
        Some(s) => Ok(s),
        None => vm.type_err(format!(
            "{fname}() argument {} must be str, not {}",
            i + 1,
            bad_type_name(vm, &a.pos[i])
        )),
    };
    Ok((str_arg(0)?, str_arg(1)?))
}

fn form_of(vm: &Vm, form: &StrObj) -> PyResult<Form> {
    match Form::from_name(&form.s) {
        Some(f) => Ok(f),
        None => vm.value_err("invalid normalization form"),
    }
}

fn normalize(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (form, text) = form_and_text(vm, a, "normalize", "unicodedata.normalize")?;
    // An empty text, or one that is certainly normalized already, is returned itself.
    if text.s.is_empty() {
        return Ok(a.pos[1].clone());
    }
    let form = form_of(vm, &form)?;
    if normalization::quick_check(form, &text.s) == unicode_normalization::IsNormalized::Yes {
        return Ok(a.pos[1].clone());
    }
    vm.new_str(&normalization::normalize(form, &text.s))
}

fn is_normalized(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (form, text) = form_and_text(vm, a, "is_normalized", "unicodedata.is_normalized")?;
    if text.s.is_empty() {
        return Ok(vm.bool_obj(true));
    }
    let form = form_of(vm, &form)?;
    Ok(vm.bool_obj(normalization::is_normalized(form, &text.s)))
}

/// Build `unicodedata`.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "unicodedata")?;
    for (n, f) in [
        ("lookup", lookup as NativeFn),
        ("name", name),
        ("category", category),
        ("bidirectional", bidirectional),
        ("combining", combining),
        ("east_asian_width", east_asian_width),
        ("mirrored", mirrored),
        ("decomposition", decomposition),
        ("decimal", decimal),
        ("digit", digit),
        ("numeric", numeric),
        ("normalize", normalize),
        ("is_normalized", is_normalized),
    ] {
        add_fn(vm, &m, n, f)?;
    }
    vm.dict_set_str(&m.dict, "unidata_version", vm.new_str(unidata_version())?)?;
    Ok(m)
}
