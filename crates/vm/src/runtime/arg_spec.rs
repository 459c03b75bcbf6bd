//! CPython 3.12's argument-count and keyword checks for the methods of the built-in types,
//! with its messages, in one place.
//!
//! CPython's methods take their arguments by one of a few conventions, each with its own
//! wording: `METH_NOARGS` (`list.clear() takes no arguments (1 given)`), `METH_O`
//! (`list.append() takes exactly one argument (0 given)`), Argument Clinic's positional-only
//! check (`insert expected 2 arguments, got 1`), `PyArg_ParseTuple` (`count() takes at most
//! 3 arguments (5 given)`) and Clinic with keywords (`'x' is an invalid keyword argument for
//! split()`). [`SPECS`] names the convention of each method (recorded from CPython 3.12);
//! [`install`] runs last at startup and puts a checking wrapper in front of the native
//! function each names, so the method bodies only deal with the argument values.
//!
//! A wrapper is `checked::<I>`: the check of `SPECS[I]`, then the native function it
//! replaced (kept in `ORIGINALS[I]`; every interpreter installs the same functions).

use std::sync::OnceLock;

use heap::ObjRef;

use super::objects::*;
use super::{Args, PyResult, Vm};

/// How a method takes its arguments (CPython's calling convention), with its names as
/// CPython's messages spell them.
#[derive(Clone, Copy)]
pub enum ArgSpec {
    /// `METH_NOARGS`; the qualified name (`"list.clear"`).
    NoArgs(&'static str),
    /// `METH_O`; the qualified name.
    One(&'static str),
    /// Argument Clinic, positional only: the qualified name, min and max counts.
    Positional(&'static str, u8, u8),
    /// `PyArg_ParseTuple`: the name, min and max counts (255: any number).
    Tuple(&'static str, u8, u8),
    /// Argument Clinic with keywords: the name, how many parameters are required, how many
    /// may be positional, how many are positional-only, and the parameter names (the
    /// positional-only ones first, then those that may be given by keyword).
    Keywords(&'static str, u8, u8, u8, &'static [&'static str]),
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

impl ArgSpec {
    /// Check the arguments of a call without a receiver (a constructor or function that
    /// is not in [`SPECS`]).
    pub fn check_call(&self, vm: &Vm, a: &Args<'_>) -> PyResult<()> {
        self.check(vm, a.pos.len(), a.kwnames)
    }

    /// `Ok` when `n` positional arguments (the receiver excluded) and the keywords named
    /// `kwnames` fit.
    #[inline]
    fn check(&self, vm: &Vm, n: usize, kwnames: &[ObjRef]) -> PyResult<()> {
        let fits = match *self {
            ArgSpec::NoArgs(_) => n == 0,
            ArgSpec::One(_) => n == 1,
            ArgSpec::Positional(_, min, max) | ArgSpec::Tuple(_, min, max) => {
                n >= usize::from(min) && n <= usize::from(max)
            }
            ArgSpec::Keywords(_, min, max, ..) => {
                n >= usize::from(min) && n <= usize::from(max)
            }
        };
        if fits && kwnames.is_empty() {
            return Ok(());
        }
        self.fail(vm, n, kwnames)
    }

    /// The error for arguments that do not fit (`Ok` for valid keywords of a `Keywords`
    /// method: its body takes them).
    #[cold]
    #[inline(never)]
    fn fail(&self, vm: &Vm, n: usize, kwnames: &[ObjRef]) -> PyResult<()> {
        let short = |q: &'static str| q.rsplit('.').next().unwrap_or(q);
        match *self {
            ArgSpec::NoArgs(q) | ArgSpec::One(q) | ArgSpec::Positional(q, ..)
                if !kwnames.is_empty() =>
            {
                vm.type_err(format!("{q}() takes no keyword arguments"))
            }
            ArgSpec::Tuple(name, ..) if !kwnames.is_empty() => {
                vm.type_err(format!("{name}() takes no keyword arguments"))
            }
            ArgSpec::NoArgs(q) => vm.type_err(format!("{q}() takes no arguments ({n} given)")),
            ArgSpec::One(q) => {
                vm.type_err(format!("{q}() takes exactly one argument ({n} given)"))
            }
            ArgSpec::Positional(q, min, max) => {
                let (min, max) = (usize::from(min), usize::from(max));
                let (how, k) = if min == max {
                    ("", min)
                } else if n < min {
                    ("at least ", min)
                } else {
                    ("at most ", max)
                };
                vm.type_err(format!(
                    "{} expected {how}{k} argument{}, got {n}",
                    short(q),
                    plural(k)
                ))
            }
            ArgSpec::Tuple(name, min, max) => {
                let (min, max) = (usize::from(min), usize::from(max));
                let (how, k) = if min == max {
                    ("exactly", min)
                } else if n < min {
                    ("at least", min)
                } else {
                    ("at most", max)
                };
                vm.type_err(format!(
                    "{name}() takes {how} {k} argument{} ({n} given)",
                    plural(k)
                ))
            }
            ArgSpec::Keywords(name, minpos, maxpos, posonly, params) => {
                // `_PyArg_UnpackKeywords`: the total first, then the positional count,
                // the required parameters, then each keyword's name.
                let total = n + kwnames.len();
                if total > params.len() {
                    return vm.type_err(format!(
                        "{name}() takes at most {} {}argument{} ({total} given)",
                        params.len(),
                        if n == 0 { "keyword " } else { "" },
                        plural(params.len())
                    ));
                }
                let maxpos = usize::from(maxpos);
                if n > maxpos {
                    return if maxpos == 0 {
                        vm.type_err(format!("{name}() takes no positional arguments"))
                    } else {
                        vm.type_err(format!(
                            "{name}() takes at most {maxpos} positional argument{} ({n} given)",
                            plural(maxpos)
                        ))
                    };
                }
                let posonly = usize::from(posonly);
                if n < posonly {
                    return vm.type_err(format!(
                        "{name}() takes {} {posonly} positional argument{} ({n} given)",
                        if posonly < maxpos { "at least" } else { "exactly" },
                        plural(posonly)
                    ));
                }
                let mut keys = Vec::with_capacity(kwnames.len());
                for k in kwnames {
                    keys.push(vm.str(k)?);
                }
                for (i, p) in params
                    .iter()
                    .enumerate()
                    .take(usize::from(minpos))
                    .skip(n)
                {
                    if !keys.iter().any(|k| k == p) {
                        return vm.type_err(format!(
                            "{name}() missing required argument '{p}' (pos {})",
                            i + 1
                        ));
                    }
                }
                for key in keys {
                    match params.iter().skip(posonly).position(|p| *p == key) {
                        None => {
                            return vm.type_err(format!(
                                "'{key}' is an invalid keyword argument for {name}()"
                            ))
                        }
                        Some(i) if i + posonly < n => {
                            return vm.type_err(format!(
                                "argument for {name}() given by name ('{key}') and position ({})",
                                i + posonly + 1
                            ))
                        }
                        Some(_) => {}
                    }
                }
                Ok(())
            }
        }
    }
}

/// A start or end argument of `find`, `count`, `index`, `startswith`... as an index
/// clamped to the machine range (CPython's `_PyEval_SliceIndex`; `allow_none`: None was
/// already taken as "no bound", which the message then mentions).
pub fn slice_bound(vm: &Vm, v: &ObjRef, allow_none: bool) -> PyResult<i64> {
    match vm.index_clamped(v) {
        Err(e)
            if vm.exc_matches(&e, "TypeError")
                && vm.lookup_type_attr(&vm.type_of(v), "__index__")?.is_none() =>
        {
            vm.type_err(if allow_none {
                "slice indices must be integers or None or have an __index__ method"
            } else {
                "slice indices must be integers or have an __index__ method"
            })
        }
        r => r,
    }
}

use ArgSpec::*;

/// The methods checked, by type name and method name (`builtins`: the built-in functions,
/// which have no receiver).
const SPECS: &[(&str, &str, ArgSpec)] = &[
    ("builtins", "sum", Keywords("sum", 1, 2, 1, &["", "start"])),
    ("builtins", "pow", Keywords("pow", 2, 3, 0, &["base", "exp", "mod"])),
    ("builtins", "round", Keywords("round", 1, 2, 0, &["number", "ndigits"])),
    ("str", "capitalize", NoArgs("str.capitalize")),
    ("str", "casefold", NoArgs("str.casefold")),
    ("str", "center", Positional("str.center", 1, 2)),
    ("str", "count", Tuple("count", 1, 3)),
    ("str", "encode", Keywords("encode", 0, 2, 0, &["encoding", "errors"])),
    ("str", "endswith", Tuple("endswith", 1, 3)),
    ("str", "expandtabs", Keywords("expandtabs", 0, 1, 0, &["tabsize"])),
    ("str", "find", Tuple("find", 1, 3)),
    ("str", "format_map", One("str.format_map")),
    ("str", "index", Tuple("index", 1, 3)),
    ("str", "isalnum", NoArgs("str.isalnum")),
    ("str", "isalpha", NoArgs("str.isalpha")),
    ("str", "isascii", NoArgs("str.isascii")),
    ("str", "isdecimal", NoArgs("str.isdecimal")),
    ("str", "isdigit", NoArgs("str.isdigit")),
    ("str", "isidentifier", NoArgs("str.isidentifier")),
    ("str", "islower", NoArgs("str.islower")),
    ("str", "isnumeric", NoArgs("str.isnumeric")),
    ("str", "isprintable", NoArgs("str.isprintable")),
    ("str", "isspace", NoArgs("str.isspace")),
    ("str", "istitle", NoArgs("str.istitle")),
    ("str", "isupper", NoArgs("str.isupper")),
    ("str", "join", One("str.join")),
    ("str", "ljust", Positional("str.ljust", 1, 2)),
    ("str", "lower", NoArgs("str.lower")),
    ("str", "lstrip", Positional("str.lstrip", 0, 1)),
    ("str", "partition", One("str.partition")),
    ("str", "removeprefix", One("str.removeprefix")),
    ("str", "removesuffix", One("str.removesuffix")),
    ("str", "replace", Positional("str.replace", 2, 3)),
    ("str", "rfind", Tuple("rfind", 1, 3)),
    ("str", "rindex", Tuple("rindex", 1, 3)),
    ("str", "rjust", Positional("str.rjust", 1, 2)),
    ("str", "rpartition", One("str.rpartition")),
    ("str", "rsplit", Keywords("rsplit", 0, 2, 0, &["sep", "maxsplit"])),
    ("str", "rstrip", Positional("str.rstrip", 0, 1)),
    ("str", "split", Keywords("split", 0, 2, 0, &["sep", "maxsplit"])),
    ("str", "splitlines", Keywords("splitlines", 0, 1, 0, &["keepends"])),
    ("str", "startswith", Tuple("startswith", 1, 3)),
    ("str", "strip", Positional("str.strip", 0, 1)),
    ("str", "swapcase", NoArgs("str.swapcase")),
    ("str", "title", NoArgs("str.title")),
    ("str", "translate", One("str.translate")),
    ("str", "upper", NoArgs("str.upper")),
    ("str", "zfill", One("str.zfill")),
    ("list", "append", One("list.append")),
    ("list", "clear", NoArgs("list.clear")),
    ("list", "copy", NoArgs("list.copy")),
    ("list", "count", One("list.count")),
    ("list", "extend", One("list.extend")),
    ("list", "index", Positional("list.index", 1, 3)),
    ("list", "insert", Positional("list.insert", 2, 2)),
    ("list", "pop", Positional("list.pop", 0, 1)),
    ("list", "remove", One("list.remove")),
    ("list", "reverse", NoArgs("list.reverse")),
    ("list", "sort", Keywords("sort", 0, 0, 0, &["key", "reverse"])),
    ("dict", "clear", NoArgs("dict.clear")),
    ("dict", "copy", NoArgs("dict.copy")),
    ("dict", "get", Positional("dict.get", 1, 2)),
    ("dict", "items", NoArgs("dict.items")),
    ("dict", "keys", NoArgs("dict.keys")),
    ("dict", "pop", Positional("dict.pop", 1, 2)),
    ("dict", "popitem", NoArgs("dict.popitem")),
    ("dict", "setdefault", Positional("dict.setdefault", 1, 2)),
    ("dict", "values", NoArgs("dict.values")),
    ("set", "add", One("set.add")),
    ("set", "clear", NoArgs("set.clear")),
    ("set", "copy", NoArgs("set.copy")),
    ("set", "difference", Tuple("difference", 0, 255)),
    ("set", "difference_update", Tuple("difference_update", 0, 255)),
    ("set", "discard", One("set.discard")),
    ("set", "intersection", Tuple("intersection", 0, 255)),
    ("set", "intersection_update", Tuple("intersection_update", 0, 255)),
    ("set", "isdisjoint", One("set.isdisjoint")),
    ("set", "issubset", One("set.issubset")),
    ("set", "issuperset", One("set.issuperset")),
    ("set", "pop", NoArgs("set.pop")),
    ("set", "remove", One("set.remove")),
    ("set", "symmetric_difference", One("set.symmetric_difference")),
    ("set", "symmetric_difference_update", One("set.symmetric_difference_update")),
    ("set", "union", Tuple("union", 0, 255)),
    ("set", "update", Tuple("update", 0, 255)),
    ("tuple", "count", One("tuple.count")),
    ("tuple", "index", Positional("tuple.index", 1, 3)),
    ("bytes", "capitalize", NoArgs("bytes.capitalize")),
    ("bytes", "center", Positional("bytes.center", 1, 2)),
    ("bytes", "count", Tuple("count", 1, 3)),
    ("bytes", "decode", Keywords("decode", 0, 2, 0, &["encoding", "errors"])),
    ("bytes", "endswith", Tuple("endswith", 1, 3)),
    ("bytes", "expandtabs", Keywords("expandtabs", 0, 1, 0, &["tabsize"])),
    ("bytes", "find", Tuple("find", 1, 3)),
    ("bytes", "fromhex", One("bytes.fromhex")),
    ("bytes", "index", Tuple("index", 1, 3)),
    ("bytes", "isalnum", NoArgs("bytes.isalnum")),
    ("bytes", "isalpha", NoArgs("bytes.isalpha")),
    ("bytes", "isascii", NoArgs("bytes.isascii")),
    ("bytes", "isdigit", NoArgs("bytes.isdigit")),
    ("bytes", "islower", NoArgs("bytes.islower")),
    ("bytes", "isspace", NoArgs("bytes.isspace")),
    ("bytes", "istitle", NoArgs("bytes.istitle")),
    ("bytes", "isupper", NoArgs("bytes.isupper")),
    ("bytes", "join", One("bytes.join")),
    ("bytes", "ljust", Positional("bytes.ljust", 1, 2)),
    ("bytes", "lower", NoArgs("bytes.lower")),
    ("bytes", "lstrip", Positional("bytes.lstrip", 0, 1)),
    ("bytes", "partition", One("bytes.partition")),
    ("bytes", "removeprefix", One("bytes.removeprefix")),
    ("bytes", "removesuffix", One("bytes.removesuffix")),
    ("bytes", "replace", Positional("bytes.replace", 2, 3)),
    ("bytes", "rfind", Tuple("rfind", 1, 3)),
    ("bytes", "rindex", Tuple("rindex", 1, 3)),
    ("bytes", "rjust", Positional("bytes.rjust", 1, 2)),
    ("bytes", "rpartition", One("bytes.rpartition")),
    ("bytes", "rsplit", Keywords("rsplit", 0, 2, 0, &["sep", "maxsplit"])),
    ("bytes", "rstrip", Positional("bytes.rstrip", 0, 1)),
    ("bytes", "split", Keywords("split", 0, 2, 0, &["sep", "maxsplit"])),
    ("bytes", "splitlines", Keywords("splitlines", 0, 1, 0, &["keepends"])),
    ("bytes", "startswith", Tuple("startswith", 1, 3)),
    ("bytes", "strip", Positional("bytes.strip", 0, 1)),
    ("bytes", "swapcase", NoArgs("bytes.swapcase")),
    ("bytes", "title", NoArgs("bytes.title")),
    ("bytes", "upper", NoArgs("bytes.upper")),
    ("bytes", "zfill", One("bytes.zfill")),
    ("frozenset", "copy", NoArgs("frozenset.copy")),
    ("frozenset", "difference", Tuple("difference", 0, 255)),
    ("frozenset", "intersection", Tuple("intersection", 0, 255)),
    ("frozenset", "isdisjoint", One("frozenset.isdisjoint")),
    ("frozenset", "issubset", One("frozenset.issubset")),
    ("frozenset", "issuperset", One("frozenset.issuperset")),
    ("frozenset", "symmetric_difference", One("frozenset.symmetric_difference")),
    ("frozenset", "union", Tuple("union", 0, 255)),
    ("bytearray", "append", One("bytearray.append")),
    ("bytearray", "capitalize", NoArgs("bytearray.capitalize")),
    ("bytearray", "center", Positional("bytearray.center", 1, 2)),
    ("bytearray", "clear", NoArgs("bytearray.clear")),
    ("bytearray", "copy", NoArgs("bytearray.copy")),
    ("bytearray", "count", Tuple("count", 1, 3)),
    ("bytearray", "decode", Keywords("decode", 0, 2, 0, &["encoding", "errors"])),
    ("bytearray", "endswith", Tuple("endswith", 1, 3)),
    ("bytearray", "expandtabs", Keywords("expandtabs", 0, 1, 0, &["tabsize"])),
    ("bytearray", "extend", One("bytearray.extend")),
    ("bytearray", "find", Tuple("find", 1, 3)),
    ("bytearray", "fromhex", One("bytearray.fromhex")),
    ("bytearray", "index", Tuple("index", 1, 3)),
    ("bytearray", "insert", Positional("bytearray.insert", 2, 2)),
    ("bytearray", "isalnum", NoArgs("bytearray.isalnum")),
    ("bytearray", "isalpha", NoArgs("bytearray.isalpha")),
    ("bytearray", "isascii", NoArgs("bytearray.isascii")),
    ("bytearray", "isdigit", NoArgs("bytearray.isdigit")),
    ("bytearray", "islower", NoArgs("bytearray.islower")),
    ("bytearray", "isspace", NoArgs("bytearray.isspace")),
    ("bytearray", "istitle", NoArgs("bytearray.istitle")),
    ("bytearray", "isupper", NoArgs("bytearray.isupper")),
    ("bytearray", "join", One("bytearray.join")),
    ("bytearray", "ljust", Positional("bytearray.ljust", 1, 2)),
    ("bytearray", "lower", NoArgs("bytearray.lower")),
    ("bytearray", "lstrip", Positional("bytearray.lstrip", 0, 1)),
    ("bytearray", "partition", One("bytearray.partition")),
    ("bytearray", "pop", Positional("bytearray.pop", 0, 1)),
    ("bytearray", "remove", One("bytearray.remove")),
    ("bytearray", "removeprefix", One("bytearray.removeprefix")),
    ("bytearray", "removesuffix", One("bytearray.removesuffix")),
    ("bytearray", "replace", Positional("bytearray.replace", 2, 3)),
    ("bytearray", "reverse", NoArgs("bytearray.reverse")),
    ("bytearray", "rfind", Tuple("rfind", 1, 3)),
    ("bytearray", "rindex", Tuple("rindex", 1, 3)),
    ("bytearray", "rjust", Positional("bytearray.rjust", 1, 2)),
    ("bytearray", "rpartition", One("bytearray.rpartition")),
    ("bytearray", "rsplit", Keywords("rsplit", 0, 2, 0, &["sep", "maxsplit"])),
    ("bytearray", "rstrip", Positional("bytearray.rstrip", 0, 1)),
    ("bytearray", "split", Keywords("split", 0, 2, 0, &["sep", "maxsplit"])),
    ("bytearray", "splitlines", Keywords("splitlines", 0, 1, 0, &["keepends"])),
    ("bytearray", "startswith", Tuple("startswith", 1, 3)),
    ("bytearray", "strip", Positional("bytearray.strip", 0, 1)),
    ("bytearray", "swapcase", NoArgs("bytearray.swapcase")),
    ("bytearray", "title", NoArgs("bytearray.title")),
    ("bytearray", "upper", NoArgs("bytearray.upper")),
    ("bytearray", "zfill", One("bytearray.zfill")),
    ("int", "as_integer_ratio", NoArgs("int.as_integer_ratio")),
    ("int", "bit_count", NoArgs("int.bit_count")),
    ("int", "bit_length", NoArgs("int.bit_length")),
    ("int", "conjugate", NoArgs("int.conjugate")),
    ("int", "is_integer", NoArgs("int.is_integer")),
    ("float", "as_integer_ratio", NoArgs("float.as_integer_ratio")),
    ("float", "conjugate", NoArgs("float.conjugate")),
    ("float", "fromhex", One("float.fromhex")),
    ("float", "hex", NoArgs("float.hex")),
    ("float", "is_integer", NoArgs("float.is_integer")),
];

/// The native function each wrapper stands in front of.
static ORIGINALS: [OnceLock<NativeFn>; SPECS.len()] = [const { OnceLock::new() }; SPECS.len()];

/// Is `SPECS` entry `owner` the built-in functions (no receiver)?
const fn is_builtins(owner: &str) -> bool {
    let (a, b) = (owner.as_bytes(), b"builtins");
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The checking wrapper of `SPECS[I]`.
fn checked<const I: usize>(vm: &Vm, a: &Args<'_>) -> PyResult {
    let receiver = const {
        if is_builtins(SPECS[I].0) {
            0
        } else {
            1
        }
    };
    // Without a receiver a method reports the unbound call itself.
    if let Some(n) = a.pos.len().checked_sub(receiver) {
        SPECS[I].2.check(vm, n, a.kwnames)?;
    }
    match ORIGINALS[I].get() {
        Some(f) => f(vm, a),
        None => vm.err("SystemError", "unchecked built-in method"),
    }
}

const WRAPPERS: [NativeFn; SPECS.len()] = [
    checked::<0>,
    checked::<1>,
    checked::<2>,
    checked::<3>,
    checked::<4>,
    checked::<5>,
    checked::<6>,
    checked::<7>,
    checked::<8>,
    checked::<9>,
    checked::<10>,
    checked::<11>,
    checked::<12>,
    checked::<13>,
    checked::<14>,
    checked::<15>,
    checked::<16>,
    checked::<17>,
    checked::<18>,
    checked::<19>,
    checked::<20>,
    checked::<21>,
    checked::<22>,
    checked::<23>,
    checked::<24>,
    checked::<25>,
    checked::<26>,
    checked::<27>,
    checked::<28>,
    checked::<29>,
    checked::<30>,
    checked::<31>,
    checked::<32>,
    checked::<33>,
    checked::<34>,
    checked::<35>,
    checked::<36>,
    checked::<37>,
    checked::<38>,
    checked::<39>,
    checked::<40>,
    checked::<41>,
    checked::<42>,
    checked::<43>,
    checked::<44>,
    checked::<45>,
    checked::<46>,
    checked::<47>,
    checked::<48>,
    checked::<49>,
    checked::<50>,
    checked::<51>,
    checked::<52>,
    checked::<53>,
    checked::<54>,
    checked::<55>,
    checked::<56>,
    checked::<57>,
    checked::<58>,
    checked::<59>,
    checked::<60>,
    checked::<61>,
    checked::<62>,
    checked::<63>,
    checked::<64>,
    checked::<65>,
    checked::<66>,
    checked::<67>,
    checked::<68>,
    checked::<69>,
    checked::<70>,
    checked::<71>,
    checked::<72>,
    checked::<73>,
    checked::<74>,
    checked::<75>,
    checked::<76>,
    checked::<77>,
    checked::<78>,
    checked::<79>,
    checked::<80>,
    checked::<81>,
    checked::<82>,
    checked::<83>,
    checked::<84>,
    checked::<85>,
    checked::<86>,
    checked::<87>,
    checked::<88>,
    checked::<89>,
    checked::<90>,
    checked::<91>,
    checked::<92>,
    checked::<93>,
    checked::<94>,
    checked::<95>,
    checked::<96>,
    checked::<97>,
    checked::<98>,
    checked::<99>,
    checked::<100>,
    checked::<101>,
    checked::<102>,
    checked::<103>,
    checked::<104>,
    checked::<105>,
    checked::<106>,
    checked::<107>,
    checked::<108>,
    checked::<109>,
    checked::<110>,
    checked::<111>,
    checked::<112>,
    checked::<113>,
    checked::<114>,
    checked::<115>,
    checked::<116>,
    checked::<117>,
    checked::<118>,
    checked::<119>,
    checked::<120>,
    checked::<121>,
    checked::<122>,
    checked::<123>,
    checked::<124>,
    checked::<125>,
    checked::<126>,
    checked::<127>,
    checked::<128>,
    checked::<129>,
    checked::<130>,
    checked::<131>,
    checked::<132>,
    checked::<133>,
    checked::<134>,
    checked::<135>,
    checked::<136>,
    checked::<137>,
    checked::<138>,
    checked::<139>,
    checked::<140>,
    checked::<141>,
    checked::<142>,
    checked::<143>,
    checked::<144>,
    checked::<145>,
    checked::<146>,
    checked::<147>,
    checked::<148>,
    checked::<149>,
    checked::<150>,
    checked::<151>,
    checked::<152>,
    checked::<153>,
    checked::<154>,
    checked::<155>,
    checked::<156>,
    checked::<157>,
    checked::<158>,
    checked::<159>,
    checked::<160>,
    checked::<161>,
    checked::<162>,
    checked::<163>,
    checked::<164>,
    checked::<165>,
    checked::<166>,
    checked::<167>,
    checked::<168>,
    checked::<169>,
    checked::<170>,
    checked::<171>,
    checked::<172>,
    checked::<173>,
    checked::<174>,
    checked::<175>,
    checked::<176>,
    checked::<177>,
    checked::<178>,
    checked::<179>,
    checked::<180>,
    checked::<181>,
    checked::<182>,
    checked::<183>,
    checked::<184>,
    checked::<185>,
    checked::<186>,
    checked::<187>,
    checked::<188>,
    checked::<189>,
    checked::<190>,
];

/// The namespace dict holding the entries of `SPECS` owner `name`.
fn owner_dict(vm: &Vm, name: &str) -> Option<heap::Gc<DictObj>> {
    if name == "builtins" {
        return Some(vm.builtins.clone());
    }
    let t = &vm.types;
    let ty = match name {
        "str" => t.str_.clone(),
        "list" => t.list.clone(),
        "dict" => t.dict.clone(),
        "set" => t.set.clone(),
        "frozenset" => t.frozenset.clone(),
        "tuple" => t.tuple.clone(),
        "bytes" => t.bytes.clone(),
        "bytearray" => t.bytearray.clone(),
        "int" => t.int.clone(),
        "float" => t.float.clone(),
        _ => return None,
    };
    Some(ty.dict.clone())
}

/// Put the checking wrappers in the types' dicts (after every method is installed). A
/// method pymem does not have, or that is not a plain native function, is left alone.
pub fn install(vm: &Vm) {
    for (i, (tname, mname, _)) in SPECS.iter().enumerate() {
        let Some(dict) = owner_dict(vm, tname) else {
            continue;
        };
        let Some(entry) = vm.dict_get_str(&dict, mname) else {
            continue;
        };
        let Some(b) = entry.downcast_ref::<BuiltinFunc>() else {
            continue;
        };
        if b.self_.is_some() {
            continue;
        }
        let original = b.f;
        // The same function in every interpreter; anything else stays unchecked.
        let stored = *ORIGINALS[i].get_or_init(|| original);
        if !std::ptr::fn_addr_eq(stored, original) {
            continue;
        }
        let wrapped = vm.alloc_obj(BuiltinFunc {
            name: b.name,
            f: WRAPPERS[i],
            self_: None,
        });
        if let Ok(w) = wrapped {
            let _ = vm.dict_set_str(&dict, mname, w);
        }
    }
}
