//! `str % args`: printf-style formatting as CPython 3.12's `PyUnicode_Format`.
//!
//! Each conversion is parsed (`%[(key)][flags][width][.precision][hlL]type`), its argument
//! rendered to a string (`percent_int` / `percent_float` give the sign and digits,
//! with the precision as a minimum digit count for integers), and the result laid out
//! by `layout`, a transcription of `unicode_format_arg_output`: the `0` flag pads
//! numbers after their sign and `0x`/`0o` prefix, `-` pads on the right with spaces, and a
//! precision truncates `%s`/`%r`/`%a`. This is not the `format()` mini-language: `'%.3d' % 5`
//! is `'005'` and `'%05s' % 'x'` pads with spaces.

use heap::ObjRef;

use super::objects::*;
use super::ops::Num;
use super::{PyResult, Vm};

/// The flags of one conversion (`-`, `+`, space, `#`, `0`).
#[derive(Default)]
struct Flags {
    ljust: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
}

/// `fmt % args` for a str template.
pub fn percent_format(vm: &Vm, fmt: &str, args: &ObjRef) -> PyResult<String> {
    format_impl(vm, fmt, args, false)
}

/// `fmt % args` for a bytes template given as text, one char per byte (Latin-1); the
/// result is in the same form. `%s`/`%b` take bytes-like objects, `%r`/`%a` give the ASCII
/// repr and `%c` one byte (CPython's `_PyBytes_FormatEx`).
pub fn percent_format_bytes(vm: &Vm, fmt: &str, args: &ObjRef) -> PyResult<String> {
    format_impl(vm, fmt, args, true)
}

fn format_impl(vm: &Vm, fmt: &str, args: &ObjRef, bytes: bool) -> PyResult<String> {
    // A class instance that is a tuple (a namedtuple) supplies its items, as a tuple
    // subclass does in CPython.
    let tuple_like = args.is::<Instance>() && vm.isinstance(args, &vm.types.tuple);
    let is_tuple = args.is::<TupleObj>() || tuple_like;
    // The arguments, borrowed from the tuple when there is one.
    let tuple = args.downcast_ref::<TupleObj>();
    let collected: Vec<ObjRef> = match tuple {
        Some(_) => Vec::new(),
        None if tuple_like => vm.collect(args)?,
        None => vec![args.clone()],
    };
    let tuple_args: &[ObjRef] = match &tuple {
        Some(t) => super::objects::tuple::tuple_items(t),
        None => &collected,
    };
    // CPython treats any non-tuple, non-str argument with `__getitem__` as a mapping
    // (PyMapping_Check): it serves `%(key)s` and is exempt from "not all arguments
    // converted" (`'abc' % []` is `'abc'`).
    let own_kind = if bytes {
        args.downcast_ref::<BytesObj>().is_some_and(|b| !b.mutable)
    } else {
        args.is::<StrObj>()
    };
    let mapping = !is_tuple && !own_kind && is_mapping(vm, args)?;
    let mut next = 0usize;
    // After a `%(key)` conversion CPython's argument cursor is spent: later positional
    // conversions find no argument.
    let mut keyed = false;
    // Sized once: `collect` from `chars()` grew the vector by reallocation.
    let mut out = String::with_capacity(fmt.len() + 8 * tuple_args.len());
    let mut c: Vec<char> = Vec::with_capacity(fmt.len());
    c.extend(fmt.chars());
    let mut i = 0;
    while i < c.len() {
        if c[i] != '%' {
            out.push(c[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i >= c.len() {
            return vm.value_err("incomplete format");
        }
        if c[i] == '%' {
            out.push('%');
            i += 1;
            continue;
        }
        let mut key_val = None;
        if c[i] == '(' {
            if !mapping {
                return vm.type_err("format requires a mapping");
            }
            // The key runs to the matching parenthesis (nested ones count).
            let st = i + 1;
            let mut depth = 1;
            i += 1;
            while i < c.len() {
                match c[i] {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            if i >= c.len() {
                return vm.value_err("incomplete format key");
            }
            let key: String = c[st..i].iter().collect();
            i += 1;
            // A bytes template looks its keys up as bytes.
            let k = if bytes {
                let raw = key.chars().map(|c| c as u32 as u8).collect();
                super::bytes_methods::new_bytes(vm, raw, false)?
            } else {
                vm.new_str(&key)?
            };
            key_val = Some(vm.getitem(args, &k)?);
            keyed = true;
        }
        let mut fl = Flags::default();
        while i < c.len() {
            match c[i] {
                '-' => fl.ljust = true,
                '+' => fl.sign = true,
                ' ' => fl.blank = true,
                '#' => fl.alt = true,
                '0' => fl.zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut next_arg = |vm: &Vm| -> PyResult<ObjRef> {
            if keyed {
                return vm.type_err("not enough arguments for format string");
            }
            match tuple_args.get(next) {
                Some(v) => {
                    next += 1;
                    Ok(v.clone())
                }
                None => vm.type_err("not enough arguments for format string"),
            }
        };
        let mut width: Option<usize> = None;
        if i < c.len() && c[i] == '*' {
            let a = next_arg(vm)?;
            let Some(Num::I(v)) = vm.num(&a).filter(|_| !a.is::<FloatObj>()) else {
                return vm.type_err("* wants int");
            };
            if v < 0 {
                fl.ljust = true;
            }
            width = Some(v.unsigned_abs() as usize);
            i += 1;
        } else {
            let st = i;
            while i < c.len() && c[i].is_ascii_digit() {
                i += 1;
            }
            if i > st {
                width = Some(decimal(vm, &c[st..i], "width", isize::MAX as usize)?);
            }
        }
        let mut prec: Option<usize> = None;
        if i < c.len() && c[i] == '.' {
            i += 1;
            if i < c.len() && c[i] == '*' {
                let a = next_arg(vm)?;
                let Some(Num::I(v)) = vm.num(&a).filter(|_| !a.is::<FloatObj>()) else {
                    return vm.type_err("* wants int");
                };
                prec = Some(v.max(0) as usize);
                i += 1;
            } else {
                let st = i;
                while i < c.len() && c[i].is_ascii_digit() {
                    i += 1;
                }
                prec = Some(if i > st {
                    decimal(vm, &c[st..i], "precision", i32::MAX as usize)?
                } else {
                    0
                });
            }
        }
        // Length modifiers are accepted and ignored.
        while i < c.len() && matches!(c[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= c.len() {
            return vm.value_err("incomplete format");
        }
        let ty = c[i];
        i += 1;
        let v = match key_val.take() {
            Some(v) => v,
            None => match tuple_args.get(next).filter(|_| !keyed) {
                Some(v) => {
                    next += 1;
                    v.clone()
                }
                None => return vm.type_err("not enough arguments for format string"),
            },
        };
        if let Some(w) = width {
            vm.check_alloc(w.saturating_mul(4))?;
        }
        if let Some(p) = prec {
            vm.check_alloc(p)?;
        }
        // The text of the argument, and whether it is a number whose sign `layout` handles.
        if ty == 's' && !bytes {
            // `%s` of an exact str: its text, borrowed (no copy).
            if let Some(sv) = v.downcast_ref::<StrObj>() {
                layout(&mut out, &sv.s, false, &fl, width, prec, ty);
                continue;
            }
        }
        let (text, numeric) = match ty {
            's' | 'b' if bytes => (bytes_text(vm, &v)?, false),
            'r' | 'a' if bytes => (super::codecs::ascii_escape(&vm.repr(&v)?), false),
            'c' if bytes => (byte_char(vm, &v)?, false),
            's' => (vm.str(&v)?, false),
            'r' => (vm.repr(&v)?, false),
            'a' => (super::codecs::ascii_escape(&vm.repr(&v)?), false),
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => (percent_int(vm, &v, ty, fl.alt, prec)?, true),
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => (percent_float(vm, &v, ty, fl.alt, prec)?, true),
            'c' => (percent_char(vm, &v)?, false),
            _ => {
                let code = if (' '..='\u{7e}').contains(&ty) {
                    ty.to_string()
                } else {
                    "?".to_string()
                };
                return vm.value_err(format!(
                    "unsupported format character '{code}' (0x{:x}) at index {}",
                    ty as u32,
                    // The index counts characters of the format string.
                    i - 1
                ));
            }
        };
        layout(&mut out, &text, numeric, &fl, width, prec, ty);
    }
    if next < tuple_args.len() && !mapping {
        let what = if bytes { "bytes" } else { "string" };
        return vm.type_err(format!(
            "not all arguments converted during {what} formatting"
        ));
    }
    Ok(out)
}

/// A width or precision written in the format, at most `max` (CPython's limits: a
/// `Py_ssize_t` width, a C int precision).
fn decimal(vm: &Vm, digits: &[char], what: &str, max: usize) -> PyResult<usize> {
    let mut n: usize = 0;
    for d in digits {
        n = match n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d.to_digit(10).unwrap_or(0) as usize))
        {
            Some(n) if n <= max => n,
            _ => return vm.value_err(format!("{what} too big")),
        };
    }
    Ok(n)
}

/// `%s`/`%b` of bytes formatting: a bytes-like object's bytes, or `__bytes__`'s.
fn bytes_text(vm: &Vm, v: &ObjRef) -> PyResult<String> {
    let latin1 = |b: &[u8]| -> String { b.iter().map(|&c| c as char).collect() };
    if let Some(b) = super::bytes_methods::bytes_like(v) {
        return Ok(latin1(&b));
    }
    if v.is::<Instance>() {
        if let Some(m) = vm.getattr_opt(v, &vm.intern("__bytes__")?)? {
            let r = vm.call(&m, &[], None)?;
            if let Some(b) = r.downcast_ref::<BytesObj>() {
                return Ok(latin1(&b.data.borrow()));
            }
            return vm.type_err(format!(
                "__bytes__ returned non-bytes (type {})",
                vm.type_name(&r)
            ));
        }
    }
    vm.type_err(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        vm.type_name(v)
    ))
}

/// `%c` of bytes formatting: an int in range(256) or a single byte.
fn byte_char(vm: &Vm, v: &ObjRef) -> PyResult<String> {
    if let Some(b) = super::bytes_methods::bytes_like(v) {
        if b.len() == 1 {
            return Ok(char::from(b[0]).to_string());
        }
    } else if let Some(n) = vm.index_num(v)? {
        return match n {
            Num::I(i) if (0..256).contains(&i) => Ok(char::from(i as u8).to_string()),
            _ => vm.err("OverflowError", "%c arg not in range(256)"),
        };
    }
    vm.type_err("%c requires an integer in range(256) or a single byte")
}

/// PyMapping_Check: the argument has `__getitem__` (dict, list, bytes, range, an instance
/// of a class defining it…).
fn is_mapping(vm: &Vm, o: &ObjRef) -> PyResult<bool> {
    if o.is::<DictObj>() || o.is::<ListObj>() || o.is::<BytesObj>() || o.is::<RangeObj>() {
        return Ok(true);
    }
    if o.is::<Instance>() {
        return Ok(vm.getattr_opt(o, &vm.intern("__getitem__")?)?.is_some());
    }
    Ok(false)
}

/// `%d %i %u %o %x %X`: the sign, the `0o`/`0x` prefix when `#` is given, and the digits
/// zero-padded to the precision (CPython's `_PyUnicode_FormatLong`).
fn percent_int(vm: &Vm, v: &ObjRef, ty: char, alt: bool, prec: Option<usize>) -> PyResult<String> {
    if matches!(ty, 'd' | 'i' | 'u') && prec.is_none() {
        // The common `%d` of an exact small int: its decimal text, nothing to look up.
        if let Some(super::objects::IntObj::Small(i)) =
            v.downcast_ref::<super::objects::IntObj>().map(|x| &**x)
        {
            return Ok(super::int_digits::SmallDecimal::new(*i)
                .as_str()
                .to_string());
        }
    }
    let iv = percent_int_value(vm, v, ty)?;
    let (base_ty, prefix) = match ty {
        'o' => ("o", "0o"),
        'x' => ("x", "0x"),
        'X' => ("X", "0X"),
        _ => ("d", ""),
    };
    let s = vm.format(&iv, base_ty)?;
    let (neg, digits) = match s.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, s.as_str()),
    };
    let mut r = String::with_capacity(s.len() + 4);
    if neg {
        r.push('-');
    }
    if alt {
        r.push_str(prefix);
    }
    if let Some(p) = prec {
        for _ in digits.len()..p {
            r.push('0');
        }
    }
    r.push_str(digits);
    Ok(r)
}

/// The integer an `%d`-style conversion formats: an int as is, a float truncated
/// (`%d` only), `__int__`/`__index__` of other objects (`__index__` only for `%o %x %X`).
fn percent_int_value(vm: &Vm, v: &ObjRef, ty: char) -> PyResult {
    let integer_only = matches!(ty, 'o' | 'x' | 'X');
    match vm.num(v) {
        Some(Num::F(f)) if !integer_only => return super::number_methods::float_to_int(vm, f),
        Some(Num::F(_)) => {}
        Some(Num::I(i)) => return vm.new_int(i),
        Some(Num::B(_)) => return Ok(v.clone()),
        None => {
            if let Some(b) = super::subclass::base_of(v) {
                if vm.num(&b).is_some() {
                    return percent_int_value(vm, &b, ty);
                }
            }
            if v.is::<Instance>() {
                let names: &[&str] = if integer_only {
                    &["__index__"]
                } else {
                    &["__int__", "__index__"]
                };
                for name in names {
                    if let Some(m) = vm.getattr_opt(v, &vm.intern(name)?)? {
                        let r = vm.call(&m, &[], None)?;
                        return match vm.num(&r) {
                            Some(Num::I(_) | Num::B(_)) => Ok(r),
                            _ => vm.type_err(format!(
                                "{name} returned non-int (type {})",
                                vm.type_name(&r)
                            )),
                        };
                    }
                }
            }
        }
    }
    let what = if integer_only {
        "an integer"
    } else {
        "a real number"
    };
    vm.type_err(format!(
        "%{ty} format: {what} is required, not {}",
        vm.type_name(v)
    ))
}

/// `%e %E %f %F %g %G`: `PyOS_double_to_string(x, type, precision (6 by default), ALT)`,
/// which is what `format(x, '[#].{precision}{type}')` computes.
fn percent_float(
    vm: &Vm,
    v: &ObjRef,
    ty: char,
    alt: bool,
    prec: Option<usize>,
) -> PyResult<String> {
    let f = super::modules::math::real(vm, v)?;
    let f = vm.new_float(f)?;
    let spec = format!("{}.{}{}", if alt { "#" } else { "" }, prec.unwrap_or(6), ty);
    vm.format(&f, &spec)
}

/// `%c`: an int code point (through `__index__`) or a one-character str.
fn percent_char(vm: &Vm, v: &ObjRef) -> PyResult<String> {
    if let Some(s) = v.downcast::<StrObj>() {
        if s.nchars == 1 {
            return Ok(s.s.to_string());
        }
        return vm.type_err("%c requires int or char");
    }
    match vm.index_num(v)? {
        Some(Num::I(i)) => match u32::try_from(i).ok().and_then(char::from_u32) {
            Some(ch) => Ok(ch.to_string()),
            // A lone surrogate: pymem's strs hold Unicode scalar values only.
            None if (0..=0x10ffff).contains(&i) => Ok(char::REPLACEMENT_CHARACTER.to_string()),
            None => vm.err("OverflowError", "%c arg not in range(0x110000)"),
        },
        Some(_) => vm.err("OverflowError", "%c arg not in range(0x110000)"),
        None => vm.type_err("%c requires int or char"),
    }
}

/// CPython's `unicode_format_arg_output`: sign, `#` prefix, padding and truncation of one
/// converted argument. `numeric` marks the conversions whose leading sign the flags
/// act on (`%d`-style and `%f`-style).
fn layout(
    out: &mut String,
    text: &str,
    numeric: bool,
    fl: &Flags,
    width: Option<usize>,
    prec: Option<usize>,
    ty: char,
) {
    if width.is_none() && prec.is_none() && !(fl.sign || fl.blank) {
        // The common plain conversion: the text as it is (no character vector).
        out.push_str(text);
        return;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len();
    if width.is_none_or(|w| w <= len) && prec.is_none_or(|p| p >= len) && !(fl.sign || fl.blank) {
        out.push_str(text);
        return;
    }
    if matches!(ty, 's' | 'r' | 'a') {
        if let Some(p) = prec {
            len = len.min(p);
        }
    }
    let zero_fill = numeric && fl.zero;
    let fill = if zero_fill { '0' } else { ' ' };
    let mut pindex = 0;
    let mut sign = numeric;
    let mut signchar = ' ';
    if sign {
        match chars.first() {
            Some(&ch @ ('-' | '+')) => {
                signchar = ch;
                len -= 1;
                pindex = 1;
            }
            _ if fl.sign => signchar = '+',
            _ if fl.blank => signchar = ' ',
            _ => sign = false,
        }
    }
    let mut width = width.unwrap_or(0).max(len);
    if sign {
        if zero_fill {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    let prefixed = fl.alt && matches!(ty, 'x' | 'X' | 'o');
    if prefixed {
        if zero_fill {
            out.push(chars[pindex]);
            out.push(chars[pindex + 1]);
            pindex += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !fl.ljust {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if !zero_fill {
        if sign {
            out.push(signchar);
        }
        if prefixed {
            out.push(chars[pindex]);
            out.push(chars[pindex + 1]);
            pindex += 2;
        }
    }
    out.extend(&chars[pindex..pindex + len]);
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
}
