//! The `builtins` namespace: functions, constructors of the built-in types and the
//! exception classes.

use super::arg_spec::ArgSpec;
use std::cell::RefCell;

use heap::{Gc, ObjRef};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

use super::methods::{dict_update_from, sort_values};
use super::objects::class::Kind;
use super::objects::*;
use super::ops::Num;
use super::{Args, PyResult, Vm};

fn reg(vm: &Vm, name: &'static str, f: NativeFn) {
    let func = vm
        .alloc_obj(BuiltinFunc::function(name, f, None))
        .expect("startup allocation");
    vm.dict_set_str(&vm.builtins, name, func).expect("startup");
}

/// The argument check of a built-in that takes no keywords (CPython checks the keywords
/// first: `divmod(x=1)` is "divmod() takes no keyword arguments").
pub(crate) fn nargs(vm: &Vm, a: &Args<'_>, name: &str, min: usize, max: usize) -> PyResult<()> {
    if !a.kwnames.is_empty() {
        return vm.type_err(format!("{name}() takes no keyword arguments"));
    }
    npos(vm, a, name, min, max)
}

/// The positional count check alone (`open`, whose other parameters are keywords too).
fn npos(vm: &Vm, a: &Args<'_>, name: &str, min: usize, max: usize) -> PyResult<()> {
    let n = a.pos.len();
    if n < min || n > max {
        // CPython's wording: one-argument builtins (METH_O) vs. the others.
        if min == 1 && max == 1 {
            return vm.type_err(format!("{name}() takes exactly one argument ({n} given)"));
        }
        if min == max {
            return vm.type_err(format!("{name} expected {min} arguments, got {n}"));
        }
        if n < min {
            return vm.type_err(format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            ));
        }
        return vm.type_err(format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        ));
    }
    Ok(())
}

fn print(vm: &Vm, a: &Args<'_>) -> PyResult {
    for k in a.kwnames {
        let k = vm.str(k)?;
        if !matches!(k.as_str(), "sep" | "end" | "file" | "flush") {
            return vm.type_err(format!("'{k}' is an invalid keyword argument for print()"));
        }
    }
    let text_arg = |name: &str, default: &str| -> PyResult<String> {
        match a.kw(name) {
            Some(s) if !vm.is_none(s) => match s.downcast::<StrObj>() {
                Some(s) => Ok(s.s.to_string()),
                None => vm.type_err(format!(
                    "{name} must be None or a string, not {}",
                    vm.type_name(s)
                )),
            },
            _ => Ok(default.into()),
        }
    };
    let sep = text_arg("sep", " ")?;
    let end = text_arg("end", "\n")?;
    let file = match a.kw("file") {
        Some(f) if !vm.is_none(f) => Some(f.clone()),
        _ => redirected_stdout(vm),
    };
    let flush = match a.kw("flush") {
        Some(f) => vm.truthy(f)?,
        None => false,
    };
    match file {
        // `sys.stdout = None`: print does nothing, as in CPython.
        Some(f) if vm.is_none(&f) => {}
        Some(f) => {
            // A file object gets one write() per piece (values, separators, end), as CPython
            // does.
            let w = vm.getattr_str(&f, "write")?;
            for (i, x) in a.pos.iter().enumerate() {
                if i > 0 {
                    vm.call(&w, &[vm.new_str(&sep)?], None)?;
                }
                vm.call(&w, &[vm.str_obj(x)?], None)?;
            }
            vm.call(&w, &[vm.new_str(&end)?], None)?;
            if flush {
                let fl = vm.getattr_str(&f, "flush")?;
                vm.call(&fl, &[], None)?;
            }
        }
        None => {
            let mut out = String::new();
            for (i, x) in a.pos.iter().enumerate() {
                if i > 0 {
                    out.push_str(&sep);
                }
                out.push_str(&vm.str(x)?);
            }
            out.push_str(&end);
            vm.write_out(&out);
            if flush {
                vm.flush_stdout();
            }
        }
    }
    Ok(vm.none())
}

/// `sys.stdout` when the script replaced it (with an `io.StringIO`, say), else None: print
/// then writes through its `write` method instead of the interpreter's buffered stdout.
fn redirected_stdout(vm: &Vm) -> Option<ObjRef> {
    let sys = vm.dict_get_str(&vm.modules, "sys")?;
    let sys = sys.downcast_ref::<ModuleObj>()?;
    let current = vm.dict_get_str(&sys.dict, "stdout")?;
    let original = vm.dict_get_str(&sys.dict, "__stdout__")?;
    (!current.ptr_eq(&original)).then_some(current)
}

fn len(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "len", 1, 1)?;
    vm.new_int(vm.len(&a.pos[0])? as i64)
}

fn id(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "id", 1, 1)?;
    vm.new_int(a.pos[0].addr() as i64)
}

fn radix(vm: &Vm, a: &Args<'_>, name: &str, base: u32, prefix: &str) -> PyResult {
    nargs(vm, a, name, 1, 1)?;
    let v = match vm.index_num(&a.pos[0])? {
        Some(Num::I(i)) => BigInt::from(i),
        Some(Num::B(b)) => b,
        _ => {
            return vm.type_err(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&a.pos[0])
            ))
        }
    };
    let neg = v.sign() == num_bigint::Sign::Minus;
    let s = if neg {
        (-v).to_str_radix(base)
    } else {
        v.to_str_radix(base)
    };
    vm.new_str(&format!("{}{}{}", if neg { "-" } else { "" }, prefix, s))
}

fn hex(vm: &Vm, a: &Args<'_>) -> PyResult {
    radix(vm, a, "hex", 16, "0x")
}
fn oct(vm: &Vm, a: &Args<'_>) -> PyResult {
    radix(vm, a, "oct", 8, "0o")
}
fn bin(vm: &Vm, a: &Args<'_>) -> PyResult {
    radix(vm, a, "bin", 2, "0b")
}

fn repr(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "repr", 1, 1)?;
    let r = vm.repr(&a.pos[0])?;
    vm.new_str(&r)
}

fn getattr(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "getattr", 2, 3)?;
    // A str subclass's instance names the attribute by its text.
    let name = super::subclass::unwrap_base(&a.pos[1]);
    if a.pos.len() == 3 {
        return Ok(vm
            .getattr_opt(&a.pos[0], &name)?
            .unwrap_or_else(|| a.pos[2].clone()));
    }
    vm.getattr(&a.pos[0], &name)
}

fn setattr(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "setattr", 3, 3)?;
    vm.setattr(
        &a.pos[0],
        &super::subclass::unwrap_base(&a.pos[1]),
        a.pos[2].clone(),
    )?;
    Ok(vm.none())
}

fn hasattr(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "hasattr", 2, 2)?;
    Ok(vm.bool_obj(
        vm.getattr_opt(&a.pos[0], &super::subclass::unwrap_base(&a.pos[1]))?
            .is_some(),
    ))
}

fn delattr(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "delattr", 2, 2)?;
    vm.delattr(&a.pos[0], &super::subclass::unwrap_base(&a.pos[1]))?;
    Ok(vm.none())
}

fn sorted(vm: &Vm, a: &Args<'_>) -> PyResult {
    if a.pos.len() != 1 {
        return vm.type_err(format!("sorted expected 1 argument, got {}", a.pos.len()));
    }
    // PySequence_List: the list is made by list_extend before it is sorted.
    let (items, hint) = super::methods::collect_hinted(vm, &a.pos[0])?;
    // The keywords go to `list.sort`, which checks them once the list is made: their
    // number first, then their names.
    if a.kwnames.len() > 2 {
        return vm.type_err(format!(
            "sort() takes at most 2 keyword arguments ({} given)",
            a.kwnames.len()
        ));
    }
    for k in a.kwnames {
        let k = vm.str(k)?;
        if k != "key" && k != "reverse" {
            return vm.type_err(format!("'{k}' is an invalid keyword argument for sort()"));
        }
    }
    let reverse = match a.kw("reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let v = sort_values(vm, items, a.kw("key"), reverse)?;
    let n = v.len();
    let l = vm.alloc(ListObj::new(vec![]))?;
    *l.items.borrow_mut() = v;
    l.extended(0, n, hint);
    Ok(l.into())
}

/// `list(iterable)`: a new list extended from the iterable, with `list_extend`'s
/// allocation (`sys.getsizeof` shows it).
fn new_list_from(vm: &Vm, src: &ObjRef) -> PyResult {
    let (v, hint) = super::methods::collect_hinted(vm, src)?;
    let n = v.len();
    let l = vm.alloc(ListObj::new(vec![]))?;
    *l.items.borrow_mut() = v;
    l.extended(0, n, hint);
    Ok(l.into())
}

fn new_iter(vm: &Vm, k: IterKind) -> PyResult {
    vm.alloc_obj(IterObj(RefCell::new(k)))
}

fn reversed(vm: &Vm, a: &Args<'_>) -> PyResult {
    if !a.kwnames.is_empty() {
        return vm.type_err("reversed() takes no keyword arguments");
    }
    if a.pos.len() != 1 {
        return vm.type_err(format!("reversed expected 1 argument, got {}", a.pos.len()));
    }
    let o = &a.pos[0];
    if let Some(inst) = o.downcast::<Instance>() {
        if let Some(f) = vm.lookup_type_attr(&inst.class(), "__reversed__")? {
            if vm.is_none(&f) {
                let n = inst.class().current_name().into_owned();
                return vm.type_err(format!("'{n}' object is not reversible"));
            }
            return vm.call(&f, std::slice::from_ref(o), None);
        }
    }
    // A class whose metaclass defines `__reversed__` (an Enum class).
    if let Some(f) = vm.meta_method(o, "__reversed__")? {
        return vm.call(&f, std::slice::from_ref(o), None);
    }
    if let Some(r) = o.downcast::<RangeObj>() {
        let n = r.len();
        let last = r.nth(n.saturating_sub(1));
        return new_iter(
            vm,
            IterKind::Range {
                cur: last,
                step: r.step.wrapping_neg(),
                left: n as u64,
            },
        );
    }
    let dict_what = match o.downcast_ref::<DictView>() {
        Some(v) if v.d.is::<DictObj>() => Some((v.d.clone(), v.what)),
        _ if o.is::<DictObj>() => Some((o.clone(), 0)),
        _ => None,
    };
    if let Some((d, what)) = dict_what {
        let result = if what == 2 {
            Some(super::result_tuple::initial(vm, 2)?)
        } else {
            None
        };
        let Some(dict) = d.downcast_ref::<DictObj>() else {
            return vm.type_err("bad view");
        };
        let (version, len, idx) = {
            let inner = dict.0.borrow();
            (inner.version, inner.used, inner.entries.len())
        };
        return new_iter(
            vm,
            IterKind::Dict {
                d,
                idx,
                what: what | DICT_REVERSED,
                version,
                len,
                result,
            },
        );
    }
    let sequence = o.is::<ListObj>()
        || o.is::<TupleObj>()
        || o.is::<StrObj>()
        || o.is::<BytesObj>()
        || o.is::<super::objects::memoryview::MemoryView>()
        || match o.downcast::<Instance>() {
            Some(i) => vm.lookup_type_attr(&i.class(), "__getitem__")?.is_some(),
            None => false,
        };
    if !sequence {
        return vm.type_err(format!("'{}' object is not reversible", vm.type_name(o)));
    }
    let n = vm.len(o).map_err(|_| {
        vm.exc_msg(
            "TypeError",
            &format!("'{}' object is not reversible", vm.type_name(o)),
        )
    })?;
    new_iter(
        vm,
        IterKind::Reversed {
            seq: o.clone(),
            idx: n,
        },
    )
}

fn enumerate(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (iterable, start) = enumerate_args(vm, a)?;
    // CPython counts with any int; the count here is an i128, wide enough for any
    // start a program can count up from.
    let n = match start {
        Some(s) => match vm.index_num(s)? {
            Some(Num::I(i)) => i128::from(i),
            Some(Num::B(b)) => match i128::try_from(&b) {
                Ok(i) => i,
                Err(_) => return vm.err("OverflowError", "enumerate() start is too large"),
            },
            _ => {
                return vm.type_err(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(s)
                ))
            }
        },
        None => 0,
    };
    let it = vm.get_iter(iterable)?;
    new_iter(
        vm,
        IterKind::Enumerate {
            it,
            n,
            result: super::result_tuple::initial(vm, 2)?,
        },
    )
}

/// `enumerate(iterable, start)` bound as CPython's `enum_vectorcall` binds it: by the
/// total count first, each keyword then checked against the one name its place allows.
fn enumerate_args<'a>(vm: &Vm, a: &Args<'a>) -> PyResult<(&'a ObjRef, Option<&'a ObjRef>)> {
    let (npos, nkw) = (a.pos.len(), a.kwnames.len());
    let check = |i: usize, name: &str| -> PyResult<()> {
        let k = vm.str(&a.kwnames[i])?;
        if k == name {
            Ok(())
        } else {
            vm.type_err(format!(
                "'{k}' is an invalid keyword argument for enumerate()"
            ))
        }
    };
    let all: Vec<&'a ObjRef> = a.pos.iter().chain(a.kwvals.iter()).collect();
    match npos + nkw {
        2 => {
            if nkw == 1 {
                check(0, "start")?;
            } else if nkw == 2 {
                if vm.str(&a.kwnames[0])? == "start" {
                    check(1, "iterable")?;
                    return Ok((all[1], Some(all[0])));
                }
                check(0, "iterable")?;
                check(1, "start")?;
            }
            Ok((all[0], Some(all[1])))
        }
        1 => {
            if nkw == 1 {
                check(0, "iterable")?;
            }
            Ok((all[0], None))
        }
        _ if npos == 0 => vm.type_err("enumerate() missing required argument 'iterable'"),
        n => vm.type_err(format!("enumerate() takes at most 2 arguments ({n} given)")),
    }
}

fn zip(vm: &Vm, a: &Args<'_>) -> PyResult {
    for k in a.kwnames {
        let k = vm.str(k)?;
        if k != "strict" {
            return vm.type_err(format!("'{k}' is an invalid keyword argument for zip()"));
        }
    }
    let strict = match a.kw("strict") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let mut its = Vec::new();
    for x in a.pos {
        its.push(vm.get_iter(x)?);
    }
    let result = super::result_tuple::initial(vm, its.len())?;
    new_iter(
        vm,
        IterKind::Zip {
            its,
            strict,
            result,
        },
    )
}

fn map(vm: &Vm, a: &Args<'_>) -> PyResult {
    if !a.kwnames.is_empty() {
        return vm.type_err("map() takes no keyword arguments");
    }
    if a.pos.len() < 2 {
        return vm.type_err("map() must have at least two arguments.");
    }
    let mut its = Vec::new();
    for x in &a.pos[1..] {
        its.push(vm.get_iter(x)?);
    }
    new_iter(
        vm,
        IterKind::Map {
            f: a.pos[0].clone(),
            its,
        },
    )
}

fn filter(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "filter", 2, 2)?;
    let it = vm.get_iter(&a.pos[1])?;
    new_iter(
        vm,
        IterKind::Filter {
            f: a.pos[0].clone(),
            it,
        },
    )
}

fn minmax(vm: &Vm, a: &Args<'_>, is_max: bool) -> PyResult {
    let name = if is_max { "max" } else { "min" };
    if a.pos.is_empty() {
        return vm.type_err(format!("{name} expected at least 1 argument, got 0"));
    }
    for k in a.kwnames {
        let k = vm.str(k)?;
        if k != "key" && k != "default" {
            return vm.type_err(format!("'{k}' is an invalid keyword argument for {name}()"));
        }
    }
    if a.pos.len() > 1 && a.kw("default").is_some() {
        return vm.type_err(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        ));
    }
    let key = a.kw("key").filter(|k| !vm.is_none(k));
    // One iterable is consumed item by item, each compared as it comes (an error from a
    // comparison stops before later items are produced).
    let iter = match a.pos {
        [one] => Some(vm.get_iter(one)?),
        _ => None,
    };
    let mut rest = a.pos.iter();
    let mut next_item = || -> PyResult<Option<ObjRef>> {
        match &iter {
            Some(it) => vm.next(it),
            None => Ok(rest.next().cloned()),
        }
    };
    let mut best: Option<(ObjRef, ObjRef)> = None;
    while let Some(x) = next_item()? {
        let k = match key {
            Some(f) => vm.call(f, std::slice::from_ref(&x), None)?,
            None => x.clone(),
        };
        best = match best {
            None => Some((k, x)),
            Some((bk, bx)) => {
                // CPython compares the new item to the best so far: `item > best` for
                // max, `item < best` for min (this decides which operand a TypeError names).
                let op = if is_max {
                    crate::ir::CmpOp::Gt
                } else {
                    crate::ir::CmpOp::Lt
                };
                let better = if let (Some(Num::I(x)), Some(Num::I(y))) = (vm.num(&k), vm.num(&bk)) {
                    if is_max {
                        x > y
                    } else {
                        x < y
                    }
                } else {
                    let r = vm.compare(&k, &bk, op)?;
                    vm.truthy(&r)?
                };
                if better {
                    Some((k, x))
                } else {
                    Some((bk, bx))
                }
            }
        };
    }
    match best {
        Some((_, x)) => Ok(x),
        None => match a.kw("default") {
            Some(d) => Ok(d.clone()),
            None => vm.value_err(format!("{name}() iterable argument is empty")),
        },
    }
}

fn max(vm: &Vm, a: &Args<'_>) -> PyResult {
    minmax(vm, a, true)
}
fn min(vm: &Vm, a: &Args<'_>) -> PyResult {
    minmax(vm, a, false)
}

fn abs(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "abs", 1, 1)?;
    let src = vm.conversion_source(&a.pos[0], &["__abs__"])?;
    match vm.num(&src) {
        Some(Num::I(i)) => match i.checked_abs() {
            Some(r) => vm.new_int(r),
            None => vm.new_bigint(-BigInt::from(i)),
        },
        Some(Num::B(b)) => vm.new_bigint(num_traits::Signed::abs(&b)),
        Some(Num::F(f)) => vm.new_float(f.abs()),
        None if src.is::<ComplexObj>() => {
            let c = vm
                .complex_operand(&src)?
                .unwrap_or(super::complex::C::real(0.0));
            let r = c.re.hypot(c.im);
            if r.is_infinite() && c.re.is_finite() && c.im.is_finite() {
                return vm.err("OverflowError", "absolute value too large");
            }
            vm.new_float(r)
        }
        None => {
            if let Some(inst) = a.pos[0].downcast::<Instance>() {
                if let Some(f) = vm.lookup_type_attr(&inst.class(), "__abs__")? {
                    return vm.call(&f, &a.pos[..1], None);
                }
            }
            vm.type_err(format!(
                "bad operand type for abs(): '{}'",
                vm.type_name(&a.pos[0])
            ))
        }
    }
}

fn round(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "round", 1, 2)?;
    if let Some(inst) = a.pos[0].downcast::<Instance>() {
        if let Some(f) = vm.lookup_type_attr(&inst.class(), "__round__")? {
            let mut args = vec![a.pos[0].clone()];
            args.extend(a.pos.get(1).or(a.kw("ndigits")).cloned());
            return vm.call(&f, &args, None);
        }
    }
    // The type is checked before `ndigits` is converted.
    if vm.num(&a.pos[0]).is_none() {
        return vm.type_err(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(&a.pos[0])
        ));
    }
    let nd = match a.pos.get(1).or(a.kw("ndigits")) {
        Some(n) if !vm.is_none(n) => Some(vm.index_clamped(n)?),
        _ => None,
    };
    match vm.num(&a.pos[0]) {
        Some(Num::F(f)) => match nd {
            None => super::number_methods::float_to_int(vm, f.round_ties_even()),
            Some(n) => {
                let r = round_float(f, n);
                if r.is_infinite() && f.is_finite() {
                    return vm.err("OverflowError", "rounded value too large to represent");
                }
                vm.new_float(r)
            }
        },
        Some(n @ (Num::I(_) | Num::B(_))) => {
            let x = super::ops::num_to_big(&n);
            match nd {
                Some(d) if d < 0 => vm.new_bigint(round_int(x, d.unsigned_abs())),
                _ => vm.new_bigint(x),
            }
        }
        None => vm.type_err(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(&a.pos[0])
        )),
    }
}

/// `round(f, ndigits)` as CPython's float_round: the exact binary value rounded once to
/// `ndigits` decimal places (halves to even), read back as the nearest float.
fn round_float(f: f64, ndigits: i64) -> f64 {
    // NDIGITS_MAX / NDIGITS_MIN: past them the answer is `f` itself or a signed zero.
    if ndigits > 323 || !f.is_finite() {
        return f;
    }
    if ndigits < -308 {
        return 0.0 * f;
    }
    if ndigits >= 0 {
        return format!("{:.*}", ndigits as usize, f).parse().unwrap_or(f);
    }
    // f = m * 2**e exactly; q = round(f / 10**k), then q * 10**k to the nearest float.
    let bits = f.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    let k = ndigits.unsigned_abs();
    let ten_k = num_traits::pow::Pow::pow(&BigInt::from(10), k);
    let (num, den) = if e >= 0 {
        (BigInt::from(m) << e as usize, ten_k.clone())
    } else {
        (BigInt::from(m), ten_k.clone() << (-e) as usize)
    };
    let (mut q, r) = num.div_mod_floor(&den);
    let twice: BigInt = r * 2;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1;
    }
    let v = num_traits::ToPrimitive::to_f64(&(q * ten_k)).unwrap_or(f64::INFINITY);
    if f.is_sign_negative() {
        -v
    } else {
        v
    }
}

/// `round(x, -digits)` for an int, exactly, halves to even (CPython's long_round).
fn round_int(x: BigInt, digits: u64) -> BigInt {
    // 10**digits beyond x's magnitude rounds to 0 (bits * log10(2) < digits - 1).
    if digits > x.bits() / 3 + 2 {
        return BigInt::zero();
    }
    let p = num_traits::pow::Pow::pow(&BigInt::from(10), digits);
    let (mut q, r) = x.div_mod_floor(&p);
    let twice: BigInt = r * 2;
    if twice > p || (twice == p && q.is_odd()) {
        q += 1;
    }
    q * p
}

fn divmod(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "divmod", 2, 2)?;
    let (x, y) = (&a.pos[0], &a.pos[1]);
    match (vm.num(x), vm.num(y)) {
        (Some(p), Some(q)) if super::ops::num_to_f64(&q) == 0.0 => {
            let float = matches!(p, Num::F(_)) || matches!(q, Num::F(_));
            return vm.err(
                "ZeroDivisionError",
                if float {
                    "float divmod()"
                } else {
                    "integer division or modulo by zero"
                },
            );
        }
        (Some(_), Some(_)) => {}
        _ => {
            // `__divmod__` / `__rdivmod__` (CPython's nb_divmod slot), else unsupported.
            for (o, name, args) in [
                (x, "__divmod__", [x.clone(), y.clone()]),
                (y, "__rdivmod__", [y.clone(), x.clone()]),
            ] {
                if !o.is::<Instance>() {
                    continue;
                }
                if let Some(f) = vm.lookup_type_attr(&vm.type_of(o), name)? {
                    let r = vm.call(&f, &args, None)?;
                    if !r.ptr_eq(&vm.notimpl) {
                        return Ok(r);
                    }
                }
            }
            // Subclasses of int and float divide as their values do.
            if vm.num_or_base(x).is_none() || vm.num_or_base(y).is_none() {
                return vm.type_err(format!(
                    "unsupported operand type(s) for divmod(): '{}' and '{}'",
                    vm.type_name(x),
                    vm.type_name(y)
                ));
            }
        }
    }
    let q = vm.binary_op(x, y, crate::ir::BinOp::FloorDiv, false)?;
    let r = vm.binary_op(x, y, crate::ir::BinOp::Mod, false)?;
    vm.new_tuple([q, r])
}

/// `pow(b, e, m)` on ints: CPython's modular power, including negative exponents through
/// the modular inverse; the result takes the modulus's sign.
fn pow_mod(vm: &Vm, b: &Num, e: &Num, m: &Num) -> PyResult {
    if [b, e, m].iter().any(|n| matches!(n, Num::F(_))) {
        return vm.type_err("pow() 3rd argument not allowed unless all arguments are integers");
    }
    let (b, e, m) = (
        super::ops::num_to_big(b),
        super::ops::num_to_big(e),
        super::ops::num_to_big(m),
    );
    if m.is_zero() {
        return vm.value_err("pow() 3rd argument cannot be 0");
    }
    let modulus = m.abs();
    let mut base = b.mod_floor(&modulus);
    let mut exp = e;
    if exp.is_negative() {
        let g = base.extended_gcd(&modulus);
        if !g.gcd.is_one() {
            return vm.value_err("base is not invertible for the given modulus");
        }
        base = g.x.mod_floor(&modulus);
        exp = -exp;
    }
    let r = base.modpow(&exp, &modulus);
    vm.new_bigint(if m.is_negative() && !r.is_zero() {
        r + m
    } else {
        r
    })
}

fn pow(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "pow", 2, 3)?;
    if let Some(m) = a.pos.get(2).filter(|m| !vm.is_none(m)) {
        if a.pos[..3].iter().any(|o| o.is::<ComplexObj>()) {
            return vm.value_err("complex modulo");
        }
        // A class's own `__pow__` takes the modulus (CPython's slot_nb_power: three-argument
        // power never tries `__rpow__`).
        if a.pos[0].is::<Instance>() {
            if let Some(f) = vm.lookup_type_attr(&vm.type_of(&a.pos[0]), "__pow__")? {
                if f.is::<FuncObj>() {
                    let r = vm.call(&f, &[a.pos[0].clone(), a.pos[1].clone(), m.clone()], None)?;
                    if !r.ptr_eq(&vm.notimpl) {
                        return Ok(r);
                    }
                }
            }
        }
        let n = |o: &ObjRef| vm.num_or_base(o);
        let (Some(b), Some(e), Some(m)) = (n(&a.pos[0]), n(&a.pos[1]), n(m)) else {
            // Three numbers, not all ints, are refused; anything else has no ternary power
            // (CPython's ternary_op message).
            if [&a.pos[0], &a.pos[1], m]
                .iter()
                .all(|o| vm.num(o).is_some())
            {
                return vm
                    .type_err("pow() 3rd argument not allowed unless all arguments are integers");
            }
            return vm.type_err(format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                vm.type_name(&a.pos[0]),
                vm.type_name(&a.pos[1]),
                vm.type_name(m)
            ));
        };
        return pow_mod(vm, &b, &e, &m);
    }
    vm.binary_op(&a.pos[0], &a.pos[1], crate::ir::BinOp::Pow, false)
}

fn any(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "any", 1, 1)?;
    let it = vm.get_iter(&a.pos[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(vm.true_.clone());
        }
    }
    Ok(vm.false_.clone())
}

fn all(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "all", 1, 1)?;
    let it = vm.get_iter(&a.pos[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(vm.false_.clone());
        }
    }
    Ok(vm.true_.clone())
}

fn iter(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "iter", 1, 2)?;
    if a.pos.len() == 2 {
        if !vm.truthy(&callable(vm, &Args::new(&a.pos[..1]))?)? {
            return vm.type_err("iter(object, sentinel): object must be callable");
        }
        return new_iter(
            vm,
            IterKind::Callable {
                f: a.pos[0].clone(),
                sentinel: a.pos[1].clone(),
            },
        );
    }
    vm.get_iter(&a.pos[0])
}

/// `aiter(obj)`: `obj.__aiter__()`.
fn aiter(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "aiter", 1, 1)?;
    let o = &a.pos[0];
    let Some(f) = vm.lookup_type_attr(&vm.type_of(o), "__aiter__")? else {
        return vm.type_err(format!(
            "'{}' object is not an async iterable",
            vm.type_name(o)
        ));
    };
    let it = vm.call(&f, std::slice::from_ref(o), None)?;
    if vm
        .lookup_type_attr(&vm.type_of(&it), "__anext__")?
        .is_none()
    {
        return vm.type_err(format!(
            "aiter() returned not an async iterator of type '{}'",
            vm.type_name(&it)
        ));
    }
    Ok(it)
}

/// `anext(it[, default])`: the awaitable of `it.__anext__()`; with a default, one that
/// gives the default instead of ending with `StopAsyncIteration` (the frozen
/// `types._anext_default` coroutine).
fn anext(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "anext", 1, 2)?;
    let it = &a.pos[0];
    let Some(f) = vm.lookup_type_attr(&vm.type_of(it), "__anext__")? else {
        return vm.type_err(format!(
            "'{}' object is not an async iterator",
            vm.type_name(it)
        ));
    };
    let awaitable = vm.call(&f, std::slice::from_ref(it), None)?;
    match a.pos.get(1) {
        None => Ok(awaitable),
        Some(default) => {
            let types = super::modules::import(vm, "types")?;
            let helper = vm.getattr_str(&types, "_anext_default")?;
            vm.call(&helper, &[awaitable, default.clone()], None)
        }
    }
}

fn next(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "next", 1, 2)?;
    let step = match a.pos[0].downcast::<GenObj>() {
        Some(g) => Some(vm.gen_resume(&g, vm.none())),
        // The iterators of awaiting (`coro.__await__()`, an async generator's `asend`).
        None => vm.await_iter_step(&a.pos[0], &vm.none()),
    };
    if let Some(step) = step {
        // A finished generator's return value travels in StopIteration.value.
        return match step? {
            super::call::GenStep::Yielded(v) => Ok(v),
            super::call::GenStep::Returned(r) => match a.pos.get(1) {
                Some(d) => Ok(d.clone()),
                None => {
                    let args = if vm.is_none(&r) { vec![] } else { vec![r] };
                    Err(vm.new_exception(&vm.exc_type("StopIteration"), args))
                }
            },
        };
    }
    if let Some(inst) = a.pos[0].downcast_ref::<Instance>() {
        // A class's `__next__`: its own StopIteration (args, value) is what escapes.
        if let Some(f) = vm.lookup_type_attr(&inst.class(), "__next__")? {
            return match (vm.call(&f, &a.pos[..1], None), a.pos.get(1)) {
                (Err(e), Some(d)) if vm.exc_matches(&e, "StopIteration") => Ok(d.clone()),
                (r, _) => r,
            };
        }
    }
    match vm.next(&a.pos[0])? {
        Some(v) => Ok(v),
        None => match a.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.new_exception(&vm.exc_type("StopIteration"), vec![])),
        },
    }
}

fn hash(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "hash", 1, 1)?;
    vm.new_int(vm.hash(&a.pos[0])?)
}

fn callable(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "callable", 1, 1)?;
    Ok(vm.bool_obj(is_callable(vm, &a.pos[0])))
}

/// What `callable(o)` answers.
pub(crate) fn is_callable(vm: &Vm, o: &ObjRef) -> bool {
    o.is::<FuncObj>()
        || o.is::<BuiltinFunc>()
        || o.is::<BoundMethod>()
        || o.is::<TypeObj>()
        || o.is::<StaticMethod>()
        || o.downcast::<Instance>().is_some_and(|i| {
            vm.lookup_type_attr(&i.class(), "__call__")
                .ok()
                .flatten()
                .is_some()
        })
}

fn chr(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "chr", 1, 1)?;
    let i = vm.index(&a.pos[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => vm.new_str(&c.to_string()),
        None => vm.value_err("chr() arg not in range(0x110000)"),
    }
}

fn ord(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "ord", 1, 1)?;
    if let Some(b) = super::subclass::downcast_receiver::<BytesObj>(&a.pos[0]) {
        let d = b.data.borrow();
        return match d.as_slice() {
            [c] => vm.new_int(i64::from(*c)),
            _ => vm.type_err(format!(
                "ord() expected a character, but string of length {} found",
                d.len()
            )),
        };
    }
    match super::subclass::downcast_receiver::<StrObj>(&a.pos[0]) {
        Some(s) if s.nchars == 1 => vm.new_int(s.s.chars().next().map(|c| c as i64).unwrap_or(0)),
        Some(s) => vm.type_err(format!(
            "ord() expected a character, but string of length {} found",
            s.nchars
        )),
        None => vm.type_err(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(&a.pos[0])
        )),
    }
}

/// `ascii(o)`: `repr(o)` with non-ASCII characters escaped.
fn ascii(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "ascii", 1, 1)?;
    let r = vm.repr(&a.pos[0])?;
    vm.new_str(&super::codecs::ascii_escape(&r))
}

fn format(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "format", 1, 2)?;
    let spec = match a.pos.get(1) {
        Some(s) => match s.downcast::<StrObj>() {
            Some(s) => s.s.to_string(),
            None => {
                return vm.type_err(format!(
                    "format() argument 2 must be str, not {}",
                    super::arg_spec::bad_type_name(vm, s)
                ))
            }
        },
        None => String::new(),
    };
    // PyObject_Format: an exact str with an empty spec is its own format.
    if spec.is_empty() && a.pos[0].is::<StrObj>() {
        return Ok(a.pos[0].clone());
    }
    let r = vm.format(&a.pos[0], &spec)?;
    vm.new_str(&r)
}

fn build_class(vm: &Vm, a: &Args<'_>) -> PyResult {
    vm.build_class(a)
}

fn super_(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "super", 2, 2)?;
    let Some(cls) = a.pos[0].downcast::<TypeObj>() else {
        return vm.type_err(format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name(&a.pos[0])
        ));
    };
    // CPython's `supercheck`: the object is an instance of the class, or a subclass of it.
    let obj = &a.pos[1];
    let fits = match obj.downcast::<TypeObj>() {
        Some(t) if vm.is_subtype(&t, &cls) => true,
        _ => vm.is_subtype(&vm.type_of(obj), &cls),
    };
    if !fits {
        return vm.type_err("super(type, obj): obj must be an instance or subtype of type");
    }
    vm.alloc_obj(SuperObj {
        cls,
        obj: a.pos[1].clone(),
    })
}

fn vars(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "vars", 0, 1)?;
    let Some(o) = a.pos.first() else {
        return main_namespace(vm);
    };
    match vm.getattr_str(o, "__dict__") {
        Err(e) if vm.exc_matches(&e, "AttributeError") => {
            vm.type_err("vars() argument must have __dict__ attribute")
        }
        r => r,
    }
}

fn dir(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "dir", 0, 1)?;
    match a.pos.first() {
        Some(o) => super::namespace::dir_of(vm, o),
        None => {
            let ns = main_namespace(vm)?;
            super::namespace::sorted_keys(vm, &ns)
        }
    }
}

/// `globals()` / `locals()` reached without the caller's frame (called indirectly, e.g.
/// through a variable): the eval loop answers direct calls (`runtime/namespace.rs`); here
/// the best answer left is `__main__`'s namespace.
fn main_namespace(vm: &Vm) -> PyResult {
    match vm
        .dict_get_str(&vm.modules, "__main__")
        .and_then(|m| m.downcast::<ModuleObj>())
    {
        Some(m) => Ok(Gc::to_obj(&m.dict)),
        None => Ok(Gc::to_obj(&vm.new_dict()?)),
    }
}

fn no_args(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<()> {
    if !a.pos.is_empty() {
        return vm.type_err(format!(
            "{name}() takes no arguments ({} given)",
            a.pos.len()
        ));
    }
    Ok(())
}

fn globals(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "globals")?;
    main_namespace(vm)
}

fn locals(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "locals")?;
    main_namespace(vm)
}

fn input(vm: &Vm, a: &Args<'_>) -> PyResult {
    if let Some(p) = a.pos.first() {
        vm.write_out(&vm.str(p)?);
    }
    let line = super::modules::stdin::read_line(vm, None)?;
    if line.is_empty() {
        return vm.err("EOFError", "EOF when reading a line");
    }
    let line = String::from_utf8_lossy(&line);
    vm.new_str(line.strip_suffix('\n').unwrap_or(&line))
}

fn open(vm: &Vm, a: &Args<'_>) -> PyResult {
    const PARAMS: [&str; 8] = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    super::arg_spec::ArgSpec::Keywords("open", 1, 8, 0, &PARAMS).check_call(vm, a)?;
    let arg = |i: usize| a.pos.get(i).or(a.kw(PARAMS[i]));
    let Some(file) = arg(0) else {
        return vm.type_err("open() missing required argument 'file' (pos 1)");
    };
    // An integer is an open descriptor; a path object (pathlib's) names its file through
    // `__fspath__`.
    let fd = if file.is::<super::objects::IntObj>() || file.is::<super::objects::BoolObj>() {
        Some(super::modules::gc::c_int(vm, file)?)
    } else {
        None
    };
    let path = if fd.is_some() {
        String::new()
    } else if let Some(b) = file.downcast_ref::<super::objects::BytesObj>() {
        String::from_utf8_lossy(&b.data.borrow()).into_owned()
    } else if file.downcast_ref::<StrObj>().is_some() {
        vm.str(file)?
    } else {
        match vm.getattr_opt(file, &vm.intern("__fspath__")?)? {
            Some(method) => vm.str(&vm.call(&method, &[], None)?)?,
            None => {
                return vm.type_err(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    vm.type_name(file)
                ))
            }
        }
    };
    let closefd = match arg(6) {
        Some(c) => vm.truthy(c)?,
        None => true,
    };
    if fd.is_none() && !closefd {
        return vm.value_err("Cannot use closefd=False with file name");
    }
    let mode = match arg(1) {
        Some(m) => vm.str(m)?,
        None => "r".into(),
    };
    // newline=None (the default) reads with universal newlines; '' or '\n' keep them.
    let newline = match arg(5) {
        Some(n) if !vm.is_none(n) => match n.downcast::<StrObj>() {
            Some(s) => Some(s.s.to_string()),
            None => {
                return vm.type_err(format!(
                    "open() argument 'newline' must be str or None, not {}",
                    vm.type_name(n)
                ))
            }
        },
        _ => None,
    };
    let text_arg = |pos: usize| -> PyResult<Option<String>> {
        match arg(pos) {
            Some(v) if !vm.is_none(v) => Ok(Some(vm.str(v)?)),
            _ => Ok(None),
        }
    };
    let encoding = text_arg(3)?;
    let errors = text_arg(4)?;
    // buffering=0: the raw file, `io.FileIO` (binary files only, as CPython).
    if let Some(b) = arg(2).filter(|b| !vm.is_none(b)) {
        if vm.index(b)? == 0 {
            if !mode.contains('b') {
                return vm.value_err("can't have unbuffered text I/O");
            }
            let io = super::modules::import(vm, "_io")?;
            let file_io = vm.getattr_str(&io, "FileIO")?;
            let args = [file.clone(), vm.new_str(&mode)?, vm.bool_obj(closefd)];
            return vm.call(&file_io, &args, None);
        }
    }
    match fd {
        Some(fd) => super::modules::io::open_fd(
            vm,
            fd,
            &mode,
            newline.as_deref(),
            encoding,
            errors,
            closefd,
        ),
        None => super::modules::io::open(vm, &path, &mode, newline.as_deref(), encoding, errors),
    }
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the statement
/// `import`'s function. Without a fromlist, `a.b` gives the top-level package `a`.
fn import(vm: &Vm, a: &Args<'_>) -> PyResult {
    const PARAMS: [&str; 5] = ["name", "globals", "locals", "fromlist", "level"];
    if a.pos.len() > PARAMS.len() {
        return vm.type_err(format!(
            "__import__() takes at most 5 arguments ({} given)",
            a.pos.len() + a.kwnames.len()
        ));
    }
    let mut given: [Option<ObjRef>; 5] = Default::default();
    for (slot, v) in given.iter_mut().zip(a.pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        let k = vm.str(k)?;
        let Some(i) = PARAMS.iter().position(|p| *p == k) else {
            return vm.type_err(format!(
                "'{k}' is an invalid keyword argument for __import__()"
            ));
        };
        if given[i].is_some() {
            return vm.type_err(format!(
                "argument for __import__() given by name ('{k}') and position ({})",
                i + 1
            ));
        }
        given[i] = Some(v.clone());
    }
    let [name, globals, _, fromlist, level] = given;
    let Some(name) = name else {
        return vm.type_err("__import__() missing required argument 'name' (pos 1)");
    };
    if !name.is::<StrObj>() {
        return vm.type_err("module name must be a string");
    }
    let level = match level {
        Some(l) => vm.index(&l)?,
        None => 0,
    };
    if level < 0 {
        return vm.value_err("level must be >= 0");
    }
    let name = vm.str(&name)?;
    let fromlist = fromlist.unwrap_or_else(|| vm.none());
    super::modules::path_import::import_name(vm, &name, globals.as_ref(), &fromlist, level)
}

fn exit(vm: &Vm, a: &Args<'_>) -> PyResult {
    Err(vm.new_exception(&vm.exc_type("SystemExit"), a.pos.to_vec()))
}

// ---- constructors ---------------------------------------------------------------------

fn parse_int(vm: &Vm, s: &str, base: u32) -> PyResult {
    if base == 10 {
        if let Some(v) = plain_decimal(s) {
            return vm.new_int(v);
        }
    }
    parse_int_shown(vm, s, base, &super::objects::string::str_repr(s))
}

/// The value of the usual `int()` argument: an optional sign and 1 to 18 ASCII digits,
/// nothing else (no spaces, underscores or other scripts' digits, which take the full
/// parser), so that it fits an i64.
fn plain_decimal(s: &str) -> Option<i64> {
    let (neg, digits) = match s.as_bytes().split_first()? {
        (b'-', rest) => (true, rest),
        (b'+', rest) => (false, rest),
        _ => (false, s.as_bytes()),
    };
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    let mut v: i64 = 0;
    for &d in digits {
        if !d.is_ascii_digit() {
            return None;
        }
        v = v * 10 + i64::from(d - b'0');
    }
    Some(if neg { -v } else { v })
}

/// `int(text, base)`; `shown` is the argument's repr for the error (a bytes argument shows
/// as `b'...'`).
fn parse_int_shown(vm: &Vm, s: &str, base: u32, shown: &str) -> PyResult {
    let ascii = super::unicode::ascii_digits(s);
    let t = ascii.trim();
    let (neg, body) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = body.to_ascii_lowercase();
    let given_base = base;
    let (base, digits) = match (base, lower.get(..2)) {
        (16 | 0, Some("0x")) => (16, &body[2..]),
        (8 | 0, Some("0o")) => (8, &body[2..]),
        (2 | 0, Some("0b")) => (2, &body[2..]),
        (0, _) => (10, body),
        (b, _) => (b, body),
    };
    // After a base prefix one underscore may follow (`0x_ff`).
    let digits = match digits.strip_prefix('_') {
        Some(rest) if digits.len() != body.len() => rest,
        _ => digits,
    };
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    // Base 0 takes decimal literals as Python source does: no leading zeros.
    let leading_zero = given_base == 0
        && digits.len() == body.len()
        && clean.starts_with('0')
        && clean.bytes().any(|c| c != b'0');
    let ok = !clean.is_empty()
        // One sign only: the big-int parser would take a second (`int('+-1')`).
        && !clean.starts_with(['+', '-'])
        && !leading_zero
        && !digits.starts_with('_')
        && !digits.ends_with('_')
        && !digits.contains("__");
    if ok && base == 10 {
        super::int_digits::check_parse(vm, clean.len())?;
    }
    match BigInt::parse_bytes(clean.as_bytes(), base).filter(|_| ok) {
        Some(v) => vm.new_bigint(if neg { -v } else { v }),
        None => vm.value_err(format!(
            "invalid literal for int() with base {given_base}: {shown}"
        )),
    }
}

fn construct_int(vm: &Vm, a: &Args<'_>) -> PyResult {
    if a.pos.is_empty() {
        return vm.new_int(0);
    }
    let v = &vm.conversion_source(&a.pos[0], &["__int__", "__index__", "__trunc__"])?;
    if let Some(b) = a.pos.get(1).or(a.kw("base")) {
        let base = vm.index(b)?;
        if base != 0 && !(2..=36).contains(&base) {
            return vm.value_err("int() base must be >= 2 and <= 36, or 0");
        }
        let base = base as u32;
        if let Some(s) = v.downcast::<StrObj>() {
            return parse_int(vm, &s.s, base);
        }
        if let Some(text) = bytes_text(v) {
            return parse_int_shown(vm, &text, base, &vm.repr(v)?);
        }
        return vm.type_err("int() can't convert non-string with explicit base");
    }
    match vm.num(v) {
        Some(Num::I(i)) => return vm.new_int(i),
        Some(Num::B(b)) => return vm.new_bigint(b),
        Some(Num::F(f)) => return super::number_methods::float_to_int(vm, f),
        None => {}
    }
    if let Some(s) = v.downcast::<StrObj>() {
        return parse_int(vm, &s.s, 10);
    }
    if let Some(text) = bytes_text(v) {
        return parse_int_shown(vm, &text, 10, &vm.repr(v)?);
    }
    if let Some(inst) = v.downcast::<Instance>() {
        for m in ["__int__", "__index__"] {
            if let Some(f) = vm.lookup_type_attr(&inst.class(), m)? {
                return vm.call(&f, std::slice::from_ref(v), None);
            }
        }
    }
    vm.type_err(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(&a.pos[0])
    ))
}

/// The text of a bytes or bytearray argument of `int()`/`float()` (one char per byte: the
/// parsers accept ASCII only, anything else fails as in CPython).
fn bytes_text(v: &ObjRef) -> Option<String> {
    let b = v.downcast::<BytesObj>()?;
    let text = b.data.borrow().iter().map(|&c| c as char).collect();
    Some(text)
}

/// `float(text)`: Python's float syntax (underscores only between digits), `None` if invalid.
fn parse_float_text(s: &str) -> Option<f64> {
    let ascii = super::unicode::ascii_digits(s);
    let t = ascii.trim();
    let chars: Vec<char> = t.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == '_' {
            let digit_at = |j: Option<usize>| {
                j.and_then(|j| chars.get(j))
                    .is_some_and(|c| c.is_ascii_digit())
            };
            if !digit_at(i.checked_sub(1)) || !digit_at(Some(i + 1)) {
                return None;
            }
        }
    }
    let t = t.replace('_', "");
    let l = t.to_ascii_lowercase();
    match l.trim_start_matches(['+', '-']) {
        "inf" | "infinity" => Some(if l.starts_with('-') {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        }),
        "nan" => Some(f64::NAN),
        // Rust also reads "infinity"-like words and nothing else Python rejects, except
        // a sign after the first (handled by the trim above only for the words).
        body if body.starts_with(['+', '-']) => None,
        _ => t.parse::<f64>().ok(),
    }
}

fn construct_float(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(v) = a.pos.first() else {
        return vm.new_float(0.0);
    };
    let v = &vm.conversion_source(v, &["__float__", "__index__"])?;
    match vm.num(v) {
        Some(n) => {
            let f = super::ops::num_to_f64(&n);
            if f.is_infinite() && matches!(n, Num::B(_)) {
                return vm.err("OverflowError", "int too large to convert to float");
            }
            return vm.new_float(f);
        }
        None => {
            if let Some(text) = bytes_text(v) {
                return match parse_float_text(&text) {
                    Some(f) => vm.new_float(f),
                    None => vm.value_err(format!(
                        "could not convert string to float: {}",
                        vm.repr(v)?
                    )),
                };
            }
            if let Some(s) = v.downcast::<StrObj>() {
                let r = parse_float_text(&s.s);
                return match r {
                    Some(f) => vm.new_float(f),
                    None => vm.value_err(format!(
                        "could not convert string to float: {}",
                        super::objects::string::str_repr(&s.s)
                    )),
                };
            }
            if let Some(inst) = v.downcast::<Instance>() {
                if let Some(f) = vm.lookup_type_attr(&inst.class(), "__float__")? {
                    return vm.call(&f, std::slice::from_ref(v), None);
                }
                if let Some(n) = vm.index_num(v)? {
                    return vm.new_float(super::ops::num_to_f64(&n));
                }
            }
        }
    }
    vm.type_err(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(&a.pos[0])
    ))
}

/// `str(object='')` or `str(object=b'', encoding='utf-8', errors='strict')`: with either
/// codec argument the object is decoded. CPython checks the arguments' types, then the
/// object's, and looks the codec up last.
fn construct_str(vm: &Vm, a: &Args<'_>) -> PyResult {
    const SPEC: ArgSpec = ArgSpec::Keywords("str", 0, 3, 0, &["object", "encoding", "errors"]);
    SPEC.check_call(vm, a)?;
    let src = a.pos.first().or_else(|| a.kw("object"));
    let decoding = a.pos.len() > 1 || a.kw("encoding").is_some() || a.kw("errors").is_some();
    let Some(src) = src else {
        return vm.new_str("");
    };
    if !decoding {
        return vm.str_obj(src);
    }
    for (i, kw) in [(1, "encoding"), (2, "errors")] {
        if let Some(v) = a.pos.get(i).or_else(|| a.kw(kw)) {
            if !v.is::<StrObj>() {
                return vm.type_err(format!(
                    "str() argument '{kw}' must be str, not {}",
                    super::arg_spec::bad_type_name(vm, v)
                ));
            }
        }
    }
    let Some(b) = super::bytes_methods::bytes_like(src) else {
        if vm.isinstance(src, &vm.types.str_) {
            return vm.type_err("decoding str is not supported");
        }
        return vm.type_err(format!(
            "decoding to str: need a bytes-like object, {} found",
            vm.type_name(src)
        ));
    };
    let (codec, errors) = super::codecs::codec_args(vm, a, 1, "str")?;
    vm.new_str(&super::codecs::decode(vm, &b, codec, &errors)?)
}

/// Run the constructor of a built-in type.
pub fn construct(vm: &Vm, t: &Gc<TypeObj>, a: &Args<'_>) -> PyResult {
    // The constructors that take no keywords say so before anything else (a subclass
    // with an `__init__` of its own had its keywords left out by its caller).
    if !a.kwnames.is_empty()
        && matches!(
            t.kind,
            Kind::List
                | Kind::Tuple
                | Kind::Set
                | Kind::FrozenSet
                | Kind::Bool
                | Kind::Range
                | Kind::Slice
        )
    {
        return vm.type_err(format!("{}() takes no keyword arguments", t.name));
    }
    if matches!(
        t.kind,
        Kind::List | Kind::Tuple | Kind::Dict | Kind::Set | Kind::FrozenSet
    ) && a.pos.len() > 1
    {
        return vm.type_err(format!(
            "{} expected at most 1 argument, got {}",
            t.name,
            a.pos.len()
        ));
    }
    match t.kind {
        Kind::Int => {
            const SPEC: ArgSpec = ArgSpec::Keywords("int", 0, 2, 1, &["", "base"]);
            SPEC.check_call(vm, a)?;
            construct_int(vm, a)
        }
        Kind::Float => {
            const SPEC: ArgSpec = ArgSpec::Positional("float", 0, 1);
            SPEC.check_call(vm, a)?;
            construct_float(vm, a)
        }
        Kind::Str => construct_str(vm, a),
        Kind::Complex => super::complex::construct(vm, a),
        Kind::Bool if a.pos.len() > 1 => vm.type_err(format!(
            "bool expected at most 1 argument, got {}",
            a.pos.len()
        )),
        Kind::Bool => Ok(vm.bool_obj(match a.pos.first() {
            Some(v) => vm.truthy(v)?,
            None => false,
        })),
        Kind::Bytes => super::bytes_methods::construct(vm, false, a),
        Kind::ByteArray => super::bytes_methods::construct(vm, true, a),
        Kind::List => match a.pos.first() {
            Some(v) => new_list_from(vm, v),
            None => vm.alloc_obj(ListObj::new(vec![])),
        },
        Kind::Tuple => match a.pos.first() {
            Some(v) if v.is::<TupleObj>() => Ok(v.clone()),
            // PySequence_Tuple: the iterator, then the length hint (a class sees both).
            Some(v) => vm.new_tuple(super::methods::collect_hinted(vm, v)?.0),
            None => Ok(vm.empty_tuple.clone()),
        },
        Kind::Dict => {
            let d = vm.new_dict()?;
            if let Some(src) = a.pos.first() {
                dict_update_from(vm, &d, src)?;
            }
            for (k, v) in a.kwnames.iter().zip(a.kwvals) {
                vm.dict_set(&d, k.clone(), v.clone())?;
            }
            Ok(d.into())
        }
        Kind::Set | Kind::FrozenSet => {
            if let Some(src) = a.pos.first().and_then(|o| o.downcast::<SetObj>()) {
                // `frozenset(fs) is fs` for an exact frozenset.
                if src.frozen && t.kind == Kind::FrozenSet {
                    return Ok(a.pos[0].clone());
                }
                return vm.new_set_copy(&src, t.kind == Kind::FrozenSet);
            }
            let set = vm.new_set(vec![], t.kind == Kind::FrozenSet)?;
            if let Some(src) = a.pos.first() {
                super::methods::set_update_one(vm, &set, src)?;
            }
            Ok(set)
        }
        Kind::Range => {
            nargs(vm, a, "range", 1, 3)?;
            let ix = |o: &ObjRef| vm.index(o);
            let (start, stop, step) = match a.pos.len() {
                1 => (0, ix(&a.pos[0])?, 1),
                2 => (ix(&a.pos[0])?, ix(&a.pos[1])?, 1),
                _ => (ix(&a.pos[0])?, ix(&a.pos[1])?, ix(&a.pos[2])?),
            };
            if step == 0 {
                return vm.value_err("range() arg 3 must not be zero");
            }
            vm.alloc_obj(RangeObj { start, stop, step })
        }
        Kind::Type => vm.type_constructor(a),
        Kind::Slice => {
            nargs(vm, a, "slice", 1, 3)?;
            let (start, stop, step) = match a.pos.len() {
                1 => (vm.none(), a.pos[0].clone(), vm.none()),
                2 => (a.pos[0].clone(), a.pos[1].clone(), vm.none()),
                _ => (a.pos[0].clone(), a.pos[1].clone(), a.pos[2].clone()),
            };
            vm.alloc_obj(SliceObj { start, stop, step })
        }
        Kind::Property => {
            let arg = |i: usize, name: &str| {
                a.pos
                    .get(i)
                    .cloned()
                    .or_else(|| a.kw(name).cloned())
                    .filter(|f| !vm.is_none(f))
            };
            let fget = arg(0, "fget");
            let doc = match arg(3, "doc") {
                Some(d) => Some(d),
                None => match &fget {
                    Some(g) => vm.getattr_str(g, "__doc__").ok().filter(|d| !vm.is_none(d)),
                    None => None,
                },
            };
            vm.alloc_obj(Property {
                fget,
                fset: arg(1, "fset"),
                fdel: arg(2, "fdel"),
                doc,
                name: RefCell::new(None),
            })
        }
        Kind::ClassMethod => {
            nargs(vm, a, "classmethod", 1, 1)?;
            vm.new_class_method(&a.pos[0])
        }
        Kind::StaticMethod => {
            nargs(vm, a, "staticmethod", 1, 1)?;
            vm.new_static_method(&a.pos[0])
        }
        Kind::Super => super_(vm, a),
        // `types.ModuleType(name, doc=None)`: an empty module, not in sys.modules.
        Kind::Module => {
            let n = a.pos.len() + a.kwnames.len();
            if n > 2 {
                return vm.type_err(format!("module() takes at most 2 arguments ({n} given)"));
            }
            let Some(name) = a.pos.first().or_else(|| a.kw("name")) else {
                return vm.type_err("module() missing required argument 'name' (pos 1)");
            };
            // A str subclass's instance names the module by its text.
            let text = super::subclass::unwrap_base(name)
                .downcast_ref::<StrObj>()
                .map(|s| s.s.to_string());
            let Some(name) = text else {
                return vm.type_err(format!(
                    "module() argument 'name' must be str, not {}",
                    vm.type_name(name)
                ));
            };
            let doc = a.pos.get(1).or_else(|| a.kw("doc")).cloned();
            let m = super::modules::new_module(vm, &name)?;
            for key in ["__doc__", "__package__", "__loader__", "__spec__"] {
                vm.dict_set_str(&m.dict, key, vm.none())?;
            }
            if let Some(doc) = doc {
                vm.dict_set_str(&m.dict, "__doc__", doc)?;
            }
            Ok(Gc::into_obj(m))
        }
        // `types.MethodType(func, obj)` (copy.deepcopy rebinds methods to copied receivers).
        Kind::Method => {
            nargs(vm, a, "method", 2, 2)?;
            if !is_callable(vm, &a.pos[0]) {
                return vm.type_err("first argument must be callable");
            }
            if vm.is_none(&a.pos[1]) {
                return vm.type_err("instance must not be None");
            }
            vm.alloc_obj(BoundMethod {
                func: a.pos[0].clone(),
                self_: a.pos[1].clone(),
            })
        }
        // `zip`, `map`, `filter`, `enumerate`, `reversed` are iterator types, as in CPython.
        Kind::Iterator => match ITERATOR_TYPES.iter().find(|(n, _)| *n == t.name) {
            Some((_, f)) => f(vm, a),
            None => vm.type_err(format!("cannot create '{}' instances", t.name)),
        },
        Kind::MemoryView => super::memoryview::construct(vm, a),
        _ if Gc::ptr_eq(t, &vm.types.method) => new_method(vm, a),
        _ => match singleton_type_call(vm, t, a) {
            Some(r) => r,
            None => vm.type_err(format!("cannot create '{}' instances", t.name)),
        },
    }
}

/// `type(None)()`, `type(...)()`, `type(NotImplemented)()`: the singleton, and no
/// arguments (also what `class X(None)` ends in: NoneType is the metaclass it picks).
fn singleton_type_call(vm: &Vm, t: &Gc<TypeObj>, a: &Args<'_>) -> Option<PyResult> {
    let types = &vm.types;
    let (name, value) = if Gc::ptr_eq(t, &types.none) {
        ("NoneType", &vm.none)
    } else if Gc::ptr_eq(t, &types.ellipsis) {
        ("EllipsisType", &vm.ellipsis)
    } else if Gc::ptr_eq(t, &types.notimpl) {
        ("NotImplementedType", &vm.notimpl)
    } else {
        return None;
    };
    Some(if a.pos.is_empty() && a.kwnames.is_empty() {
        Ok(value.clone())
    } else {
        vm.type_err(format!("{name} takes no arguments"))
    })
}

/// `types.MethodType(function, instance)`: bind a callable to an object (what
/// `weakref.WeakMethod` rebuilds its method with).
fn new_method(vm: &Vm, a: &Args<'_>) -> PyResult {
    if !a.kwnames.is_empty() {
        return vm.type_err("method() takes no keyword arguments");
    }
    if a.pos.len() != 2 {
        return vm.type_err(format!("method expected 2 arguments, got {}", a.pos.len()));
    }
    let args = Args::new(&a.pos[..1]);
    if !vm.truthy(&callable(vm, &args)?)? {
        return vm.type_err("first argument must be callable");
    }
    if vm.is_none(&a.pos[1]) {
        return vm.type_err("instance must not be None");
    }
    vm.alloc_obj(BoundMethod {
        func: a.pos[0].clone(),
        self_: a.pos[1].clone(),
    })
}

/// `prop.getter(f)` / `prop.setter(f)` / `prop.deleter(f)`: a copy with one accessor
/// replaced (`which` 0, 1, 2).
fn property_with(vm: &Vm, a: &Args<'_>, name: &str, which: u8) -> PyResult {
    nargs(vm, a, name, 2, 2)?;
    let Some(p) = a.pos[0].downcast::<Property>() else {
        return vm.type_err(format!("{name} requires a property"));
    };
    let f = Some(a.pos[1].clone());
    let prop_name = p.name.borrow().clone();
    vm.alloc_obj(Property {
        fget: if which == 0 {
            f.clone()
        } else {
            p.fget.clone()
        },
        fset: if which == 1 {
            f.clone()
        } else {
            p.fset.clone()
        },
        fdel: if which == 2 { f } else { p.fdel.clone() },
        doc: p.doc.clone(),
        name: RefCell::new(prop_name),
    })
}

/// `member_descriptor.__get__(obj, type=None)`: the descriptor itself for `obj` None.
fn member_get(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "__get__", 2, 3)?;
    let Some(m) = a.pos[0].downcast_ref::<MemberDescr>() else {
        return vm.type_err("descriptor '__get__' requires a 'member_descriptor' object");
    };
    if vm.is_none(&a.pos[1]) {
        return Ok(a.pos[0].clone());
    }
    vm.member_get(m, &a.pos[1])
}

/// `member_descriptor.__set__(obj, value)` / `__delete__(obj)`: the slot itself, bypassing
/// the class's `__setattr__` (as CPython's member_set).
fn member_store(vm: &Vm, a: &Args<'_>, value: Option<ObjRef>) -> PyResult {
    let Some(m) = a.pos[0].downcast_ref::<MemberDescr>() else {
        return vm.type_err("descriptor requires a 'member_descriptor' object");
    };
    let obj = &a.pos[1];
    let owner = m.owner.downcast_ref::<TypeObj>();
    let (Some(inst), Some(s), Some(t)) = (
        obj.downcast_ref::<Instance>(),
        m.name.downcast_ref::<StrObj>(),
        owner,
    ) else {
        return vm.type_err("descriptor does not apply");
    };
    if !vm.member_applies(&inst.class(), t) {
        return vm.type_err(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            s.s,
            t.name,
            vm.type_name(obj)
        ));
    }
    vm.instance_setattr(inst, obj, &m.name, s, value)?;
    Ok(vm.none())
}

fn member_set(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "__set__", 3, 3)?;
    member_store(vm, a, Some(a.pos[2].clone()))
}

fn member_delete(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "__delete__", 2, 2)?;
    member_store(vm, a, None)
}

fn property_getter(vm: &Vm, a: &Args<'_>) -> PyResult {
    property_with(vm, a, "getter", 0)
}

fn property_setter(vm: &Vm, a: &Args<'_>) -> PyResult {
    property_with(vm, a, "setter", 1)
}

fn property_deleter(vm: &Vm, a: &Args<'_>) -> PyResult {
    property_with(vm, a, "deleter", 2)
}

/// The built-in iterator types that are called like functions.
const ITERATOR_TYPES: [(&str, NativeFn); 5] = [
    ("reversed", reversed),
    ("enumerate", enumerate),
    ("zip", zip),
    ("map", map),
    ("filter", filter),
];

/// The built-in exceptions in the order CPython 3.12 readies them and enters them in the
/// builtins namespace (level by level down the hierarchy).
const EXCEPTION_ORDER: &[&str] = &[
    "BaseException",
    "BaseExceptionGroup",
    "Exception",
    "GeneratorExit",
    "KeyboardInterrupt",
    "SystemExit",
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BufferError",
    "EOFError",
    "ImportError",
    "LookupError",
    "MemoryError",
    "NameError",
    "OSError",
    "ReferenceError",
    "RuntimeError",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SystemError",
    "TypeError",
    "ValueError",
    "Warning",
    "FloatingPointError",
    "OverflowError",
    "ZeroDivisionError",
    "BytesWarning",
    "DeprecationWarning",
    "EncodingWarning",
    "FutureWarning",
    "ImportWarning",
    "PendingDeprecationWarning",
    "ResourceWarning",
    "RuntimeWarning",
    "SyntaxWarning",
    "UnicodeWarning",
    "UserWarning",
    "BlockingIOError",
    "ChildProcessError",
    "ConnectionError",
    "FileExistsError",
    "FileNotFoundError",
    "InterruptedError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
    "IndentationError",
    "IndexError",
    "KeyError",
    "ModuleNotFoundError",
    "NotImplementedError",
    "RecursionError",
    "UnboundLocalError",
    "UnicodeError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "TabError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeTranslateError",
    "ExceptionGroup",
];

/// Fill the builtins namespace, in CPython's order (what `vars(builtins)` lists): the
/// functions, the constants, the types, `__debug__`, the exceptions, then the names `site`
/// adds.
pub fn install(vm: &Vm) {
    for (n, f) in [
        ("__build_class__", build_class as NativeFn),
        ("__import__", import),
        ("abs", abs),
        ("all", all),
        ("any", any),
        ("ascii", ascii),
        ("bin", bin),
        ("callable", callable),
        ("chr", chr),
        ("compile", super::dynamic_code::compile),
        ("delattr", delattr),
        ("dir", dir),
        ("divmod", divmod),
        ("eval", super::dynamic_code::eval),
        ("exec", super::dynamic_code::exec),
        ("format", format),
        ("getattr", getattr),
        ("globals", globals),
        ("hasattr", hasattr),
        ("hash", hash),
        ("hex", hex),
        ("id", id),
        ("input", input),
        ("isinstance", super::class_checks::isinstance),
        ("issubclass", super::class_checks::issubclass),
        ("iter", iter),
        ("aiter", aiter),
        ("len", len),
        ("locals", locals),
        ("max", max),
        ("min", min),
        ("next", next),
        ("anext", anext),
        ("oct", oct),
        ("ord", ord),
        ("pow", pow),
        ("print", print),
        ("repr", repr),
        ("round", round),
        ("setattr", setattr),
        ("sorted", sorted),
        ("sum", super::builtin_sum::sum),
        ("vars", vars),
    ] {
        reg(vm, n, f);
    }
    for (name, v) in [
        ("None", vm.none()),
        ("Ellipsis", vm.ellipsis.clone()),
        ("NotImplemented", vm.notimpl.clone()),
        ("False", vm.bool_obj(false)),
        ("True", vm.bool_obj(true)),
    ] {
        vm.dict_set_str(&vm.builtins, name, v).expect("startup");
    }
    let t = &vm.types;
    let iterator = |n: &str| Gc::into_obj(vm.iterator_type(n));
    for (n, ty) in [
        ("bool", Gc::to_obj(&t.bool_)),
        ("memoryview", Gc::to_obj(&t.memoryview)),
        ("bytearray", Gc::to_obj(&t.bytearray)),
        ("bytes", Gc::to_obj(&t.bytes)),
        ("classmethod", Gc::to_obj(&t.classmethod)),
        ("complex", Gc::to_obj(&t.complex)),
        ("dict", Gc::to_obj(&t.dict)),
        ("enumerate", iterator("enumerate")),
        ("filter", iterator("filter")),
        ("float", Gc::to_obj(&t.float)),
        ("frozenset", Gc::to_obj(&t.frozenset)),
        ("property", Gc::to_obj(&t.property)),
        ("int", Gc::to_obj(&t.int)),
        ("list", Gc::to_obj(&t.list)),
        ("map", iterator("map")),
        ("object", Gc::to_obj(&t.object)),
        ("range", Gc::to_obj(&t.range)),
        ("reversed", iterator("reversed")),
        ("set", Gc::to_obj(&t.set)),
        ("slice", Gc::to_obj(&t.slice)),
        ("staticmethod", Gc::to_obj(&t.staticmethod)),
        ("str", Gc::to_obj(&t.str_)),
    ] {
        vm.dict_set_str(&vm.builtins, n, ty).expect("startup");
    }
    // `super` must stay the builtin function (the eval loop recognises it for `super()`).
    reg(vm, "super", super_);
    for (n, ty) in [
        ("tuple", Gc::to_obj(&t.tuple)),
        ("type", Gc::to_obj(&t.type_)),
        ("zip", iterator("zip")),
        // `__debug__` is True (pymem has no -O).
        ("__debug__", vm.bool_obj(true)),
    ] {
        vm.dict_set_str(&vm.builtins, n, ty).expect("startup");
    }
    for n in EXCEPTION_ORDER {
        if let Some(ty) = t.exceptions.get(n) {
            vm.dict_set_str(&vm.builtins, n, Gc::to_obj(ty))
                .expect("startup");
        }
    }
    // Any exception the list above does not name (none today), in a stable order.
    let mut rest: Vec<_> = t
        .exceptions
        .iter()
        .filter(|(n, _)| !EXCEPTION_ORDER.contains(n))
        .collect();
    rest.sort_by_key(|(n, _)| **n);
    for (n, ty) in rest {
        vm.dict_set_str(&vm.builtins, n, Gc::to_obj(ty))
            .expect("startup");
    }
    // Old names kept by CPython as aliases of OSError.
    for alias in ["EnvironmentError", "IOError"] {
        vm.dict_set_str(&vm.builtins, alias, Gc::to_obj(&t.exceptions["OSError"]))
            .expect("startup");
    }
    // What CPython's `site` adds.
    for (n, f) in [("open", open as NativeFn), ("quit", exit), ("exit", exit)] {
        reg(vm, n, f);
    }
    for (name, f) in [
        ("__get__", member_get as NativeFn),
        ("__set__", member_set),
        ("__delete__", member_delete),
    ] {
        super::methods::add(vm, &t.member_descriptor, name, f);
    }
    super::methods::add(
        vm,
        &t.getset_descriptor,
        "__get__",
        super::class_refs::getset_get_method,
    );
    super::function_descr::install(vm);
    super::builtin_descr::install(vm);
    for (name, f) in [
        ("getter", property_getter as NativeFn),
        ("setter", property_setter),
        ("deleter", property_deleter),
    ] {
        super::methods::add(vm, &t.property, name, f);
    }
    super::memoryview::install(vm);
}
