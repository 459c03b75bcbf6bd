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
    /// `PyArg_UnpackTuple` with keywords taken by the method itself (`dict.update`): the
    /// name, min and max positional counts.
    Unpack(&'static str, u8, u8),
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
    /// Check the arguments of a method call (`a.pos[0]` is the receiver; without one the
    /// method reports the unbound call itself). For the busiest methods, which check in
    /// their own bodies instead of through a wrapper.
    #[inline]
    pub fn check_method(&self, vm: &Vm, a: &Args<'_>) -> PyResult<()> {
        match a.pos.len().checked_sub(1) {
            Some(n) => self.check(vm, n, a.kwnames),
            None => match *self {
                ArgSpec::NoArgs(q) | ArgSpec::One(q) | ArgSpec::Positional(q, ..) => unbound(vm, q),
                _ => Ok(()),
            },
        }
    }

    /// Check the arguments of a call without a receiver (a constructor or function that
    /// is not in [`SPECS`]).
    pub fn check_call(&self, vm: &Vm, a: &Args<'_>) -> PyResult<()> {
        self.check(vm, a.pos.len(), a.kwnames)
    }

    /// Keywords that name positional parameters, moved to their positions (`pow(base=2,
    /// exp=3)` runs as `pow(2, 3)`) when they leave no gap; `None`: call as given.
    fn bind_keywords(&self, vm: &Vm, a: &Args<'_>, n: usize) -> PyResult<Option<Vec<ObjRef>>> {
        let ArgSpec::Keywords(_, _, maxpos, _, params) = *self else {
            return Ok(None);
        };
        let mut pos = a.pos.to_vec();
        let receiver = a.pos.len() - n;
        for p in params.iter().take(usize::from(maxpos)).skip(n) {
            let mut found = None;
            for (k, v) in a.kwnames.iter().zip(a.kwvals) {
                if vm.str(k)? == *p {
                    found = Some(v.clone());
                }
            }
            match found {
                Some(v) => pos.push(v),
                None => break,
            }
        }
        // Every keyword must have found its place.
        Ok((pos.len() - receiver - n == a.kwnames.len()).then_some(pos))
    }

    /// `Ok` when `n` positional arguments (the receiver excluded) and the keywords named
    /// `kwnames` fit.
    #[inline]
    fn check(&self, vm: &Vm, n: usize, kwnames: &[ObjRef]) -> PyResult<()> {
        let fits = match *self {
            ArgSpec::NoArgs(_) => n == 0,
            ArgSpec::One(_) => n == 1,
            ArgSpec::Positional(_, min, max)
            | ArgSpec::Tuple(_, min, max)
            | ArgSpec::Unpack(_, min, max) => n >= usize::from(min) && n <= usize::from(max),
            ArgSpec::Keywords(_, min, max, ..) => n >= usize::from(min) && n <= usize::from(max),
        };
        if fits && (kwnames.is_empty() || matches!(self, ArgSpec::Unpack(..))) {
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
            ArgSpec::One(q) => vm.type_err(format!("{q}() takes exactly one argument ({n} given)")),
            ArgSpec::Positional(q, min, max) | ArgSpec::Unpack(q, min, max) => {
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
                let required_posonly = posonly.min(usize::from(minpos));
                if n < required_posonly {
                    return vm.type_err(format!(
                        "{name}() takes {} {required_posonly} positional argument{} ({n} given)",
                        if required_posonly < maxpos {
                            "at least"
                        } else {
                            "exactly"
                        },
                        plural(required_posonly)
                    ));
                }
                let mut keys = Vec::with_capacity(kwnames.len());
                for k in kwnames {
                    keys.push(vm.str(k)?);
                }
                for (i, p) in params.iter().enumerate().take(usize::from(minpos)).skip(n) {
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

/// `list.append()`: a method called through its type without the receiver.
#[cold]
#[inline(never)]
fn unbound(vm: &Vm, qualname: &str) -> PyResult<()> {
    vm.type_err(format!("unbound method {qualname}() needs an argument"))
}

/// How CPython's argument parsers name the type of a wrong argument (`_PyArg_BadArgument`,
/// `converterr`): `None` for None, else the type's name (`must be str, not None`).
pub fn bad_type_name(vm: &Vm, v: &ObjRef) -> String {
    if vm.is_none(v) {
        "None".into()
    } else {
        vm.type_name(v)
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

/// The methods checked by wrappers (a few of the busiest, `list.append`, `list.pop` and
/// `dict.get`, call [`ArgSpec::check_method`] themselves), by type name and method name (`builtins`: the built-in functions),
/// with the number of leading arguments that are not counted (the receiver or class: 1;
/// built-in functions and static methods: 0).
const SPECS: &[(&str, &str, usize, ArgSpec)] = &[
    ("dict", "update", 1, Unpack("update", 0, 1)),
    ("bytes", "fromhex", 1, One("bytes.fromhex")),
    ("bytearray", "fromhex", 1, One("bytearray.fromhex")),
    (
        "BaseException",
        "add_note",
        1,
        One("BaseException.add_note"),
    ),
    (
        "BaseException",
        "with_traceback",
        1,
        One("BaseException.with_traceback"),
    ),
    ("dict", "fromkeys", 1, Positional("dict.fromkeys", 1, 2)),
    ("str", "maketrans", 0, Positional("str.maketrans", 1, 3)),
    ("bytes", "maketrans", 0, Positional("bytes.maketrans", 2, 2)),
    (
        "bytearray",
        "maketrans",
        0,
        Positional("bytearray.maketrans", 2, 2),
    ),
    (
        "bytes",
        "hex",
        1,
        Keywords("hex", 0, 2, 0, &["sep", "bytes_per_sep"]),
    ),
    (
        "bytearray",
        "hex",
        1,
        Keywords("hex", 0, 2, 0, &["sep", "bytes_per_sep"]),
    ),
    (
        "bytes",
        "translate",
        1,
        Keywords("translate", 1, 2, 1, &["", "delete"]),
    ),
    (
        "bytearray",
        "translate",
        1,
        Keywords("translate", 1, 2, 1, &["", "delete"]),
    ),
    (
        "builtins",
        "sum",
        0,
        Keywords("sum", 1, 2, 1, &["", "start"]),
    ),
    (
        "builtins",
        "pow",
        0,
        Keywords("pow", 2, 3, 0, &["base", "exp", "mod"]),
    ),
    (
        "builtins",
        "round",
        0,
        Keywords("round", 1, 2, 0, &["number", "ndigits"]),
    ),
    ("str", "capitalize", 1, NoArgs("str.capitalize")),
    ("str", "casefold", 1, NoArgs("str.casefold")),
    ("str", "center", 1, Positional("str.center", 1, 2)),
    ("str", "count", 1, Tuple("count", 1, 3)),
    (
        "str",
        "encode",
        1,
        Keywords("encode", 0, 2, 0, &["encoding", "errors"]),
    ),
    ("str", "endswith", 1, Tuple("endswith", 1, 3)),
    (
        "str",
        "expandtabs",
        1,
        Keywords("expandtabs", 0, 1, 0, &["tabsize"]),
    ),
    ("str", "find", 1, Tuple("find", 1, 3)),
    ("str", "format_map", 1, One("str.format_map")),
    ("str", "index", 1, Tuple("index", 1, 3)),
    ("str", "isalnum", 1, NoArgs("str.isalnum")),
    ("str", "isalpha", 1, NoArgs("str.isalpha")),
    ("str", "isascii", 1, NoArgs("str.isascii")),
    ("str", "isdecimal", 1, NoArgs("str.isdecimal")),
    ("str", "isdigit", 1, NoArgs("str.isdigit")),
    ("str", "isidentifier", 1, NoArgs("str.isidentifier")),
    ("str", "islower", 1, NoArgs("str.islower")),
    ("str", "isnumeric", 1, NoArgs("str.isnumeric")),
    ("str", "isprintable", 1, NoArgs("str.isprintable")),
    ("str", "isspace", 1, NoArgs("str.isspace")),
    ("str", "istitle", 1, NoArgs("str.istitle")),
    ("str", "isupper", 1, NoArgs("str.isupper")),
    ("str", "join", 1, One("str.join")),
    ("str", "ljust", 1, Positional("str.ljust", 1, 2)),
    ("str", "lower", 1, NoArgs("str.lower")),
    ("str", "lstrip", 1, Positional("str.lstrip", 0, 1)),
    ("str", "partition", 1, One("str.partition")),
    ("str", "removeprefix", 1, One("str.removeprefix")),
    ("str", "removesuffix", 1, One("str.removesuffix")),
    ("str", "replace", 1, Positional("str.replace", 2, 3)),
    ("str", "rfind", 1, Tuple("rfind", 1, 3)),
    ("str", "rindex", 1, Tuple("rindex", 1, 3)),
    ("str", "rjust", 1, Positional("str.rjust", 1, 2)),
    ("str", "rpartition", 1, One("str.rpartition")),
    (
        "str",
        "rsplit",
        1,
        Keywords("rsplit", 0, 2, 0, &["sep", "maxsplit"]),
    ),
    ("str", "rstrip", 1, Positional("str.rstrip", 0, 1)),
    (
        "str",
        "split",
        1,
        Keywords("split", 0, 2, 0, &["sep", "maxsplit"]),
    ),
    (
        "str",
        "splitlines",
        1,
        Keywords("splitlines", 0, 1, 0, &["keepends"]),
    ),
    ("str", "startswith", 1, Tuple("startswith", 1, 3)),
    ("str", "strip", 1, Positional("str.strip", 0, 1)),
    ("str", "swapcase", 1, NoArgs("str.swapcase")),
    ("str", "title", 1, NoArgs("str.title")),
    ("str", "translate", 1, One("str.translate")),
    ("str", "upper", 1, NoArgs("str.upper")),
    ("str", "zfill", 1, One("str.zfill")),
    ("list", "clear", 1, NoArgs("list.clear")),
    ("list", "copy", 1, NoArgs("list.copy")),
    ("list", "count", 1, One("list.count")),
    ("list", "extend", 1, One("list.extend")),
    ("list", "index", 1, Positional("list.index", 1, 3)),
    ("list", "insert", 1, Positional("list.insert", 2, 2)),
    ("list", "remove", 1, One("list.remove")),
    ("list", "reverse", 1, NoArgs("list.reverse")),
    (
        "list",
        "sort",
        1,
        Keywords("sort", 0, 0, 0, &["key", "reverse"]),
    ),
    ("dict", "clear", 1, NoArgs("dict.clear")),
    ("dict", "copy", 1, NoArgs("dict.copy")),
    ("dict", "items", 1, NoArgs("dict.items")),
    ("dict", "keys", 1, NoArgs("dict.keys")),
    ("dict", "pop", 1, Positional("dict.pop", 1, 2)),
    ("dict", "popitem", 1, NoArgs("dict.popitem")),
    ("dict", "setdefault", 1, Positional("dict.setdefault", 1, 2)),
    ("dict", "values", 1, NoArgs("dict.values")),
    ("set", "add", 1, One("set.add")),
    ("set", "clear", 1, NoArgs("set.clear")),
    ("set", "copy", 1, NoArgs("set.copy")),
    ("set", "difference", 1, Tuple("difference", 0, 255)),
    (
        "set",
        "difference_update",
        1,
        Tuple("difference_update", 0, 255),
    ),
    ("set", "discard", 1, One("set.discard")),
    ("set", "intersection", 1, Tuple("intersection", 0, 255)),
    (
        "set",
        "intersection_update",
        1,
        Tuple("intersection_update", 0, 255),
    ),
    ("set", "isdisjoint", 1, One("set.isdisjoint")),
    ("set", "issubset", 1, One("set.issubset")),
    ("set", "issuperset", 1, One("set.issuperset")),
    ("set", "pop", 1, NoArgs("set.pop")),
    ("set", "remove", 1, One("set.remove")),
    (
        "set",
        "symmetric_difference",
        1,
        One("set.symmetric_difference"),
    ),
    (
        "set",
        "symmetric_difference_update",
        1,
        One("set.symmetric_difference_update"),
    ),
    ("set", "union", 1, Tuple("union", 0, 255)),
    ("set", "update", 1, Tuple("update", 0, 255)),
    ("tuple", "count", 1, One("tuple.count")),
    ("tuple", "index", 1, Positional("tuple.index", 1, 3)),
    ("bytes", "capitalize", 1, NoArgs("bytes.capitalize")),
    ("bytes", "center", 1, Positional("bytes.center", 1, 2)),
    ("bytes", "count", 1, Tuple("count", 1, 3)),
    (
        "bytes",
        "decode",
        1,
        Keywords("decode", 0, 2, 0, &["encoding", "errors"]),
    ),
    ("bytes", "endswith", 1, Tuple("endswith", 1, 3)),
    (
        "bytes",
        "expandtabs",
        1,
        Keywords("expandtabs", 0, 1, 0, &["tabsize"]),
    ),
    ("bytes", "find", 1, Tuple("find", 1, 3)),
    ("bytes", "index", 1, Tuple("index", 1, 3)),
    ("bytes", "isalnum", 1, NoArgs("bytes.isalnum")),
    ("bytes", "isalpha", 1, NoArgs("bytes.isalpha")),
    ("bytes", "isascii", 1, NoArgs("bytes.isascii")),
    ("bytes", "isdigit", 1, NoArgs("bytes.isdigit")),
    ("bytes", "islower", 1, NoArgs("bytes.islower")),
    ("bytes", "isspace", 1, NoArgs("bytes.isspace")),
    ("bytes", "istitle", 1, NoArgs("bytes.istitle")),
    ("bytes", "isupper", 1, NoArgs("bytes.isupper")),
    ("bytes", "join", 1, One("bytes.join")),
    ("bytes", "ljust", 1, Positional("bytes.ljust", 1, 2)),
    ("bytes", "lower", 1, NoArgs("bytes.lower")),
    ("bytes", "lstrip", 1, Positional("bytes.lstrip", 0, 1)),
    ("bytes", "partition", 1, One("bytes.partition")),
    ("bytes", "removeprefix", 1, One("bytes.removeprefix")),
    ("bytes", "removesuffix", 1, One("bytes.removesuffix")),
    ("bytes", "replace", 1, Positional("bytes.replace", 2, 3)),
    ("bytes", "rfind", 1, Tuple("rfind", 1, 3)),
    ("bytes", "rindex", 1, Tuple("rindex", 1, 3)),
    ("bytes", "rjust", 1, Positional("bytes.rjust", 1, 2)),
    ("bytes", "rpartition", 1, One("bytes.rpartition")),
    (
        "bytes",
        "rsplit",
        1,
        Keywords("rsplit", 0, 2, 0, &["sep", "maxsplit"]),
    ),
    ("bytes", "rstrip", 1, Positional("bytes.rstrip", 0, 1)),
    (
        "bytes",
        "split",
        1,
        Keywords("split", 0, 2, 0, &["sep", "maxsplit"]),
    ),
    (
        "bytes",
        "splitlines",
        1,
        Keywords("splitlines", 0, 1, 0, &["keepends"]),
    ),
    ("bytes", "startswith", 1, Tuple("startswith", 1, 3)),
    ("bytes", "strip", 1, Positional("bytes.strip", 0, 1)),
    ("bytes", "swapcase", 1, NoArgs("bytes.swapcase")),
    ("bytes", "title", 1, NoArgs("bytes.title")),
    ("bytes", "upper", 1, NoArgs("bytes.upper")),
    ("bytes", "zfill", 1, One("bytes.zfill")),
    ("frozenset", "copy", 1, NoArgs("frozenset.copy")),
    ("frozenset", "difference", 1, Tuple("difference", 0, 255)),
    (
        "frozenset",
        "intersection",
        1,
        Tuple("intersection", 0, 255),
    ),
    ("frozenset", "isdisjoint", 1, One("frozenset.isdisjoint")),
    ("frozenset", "issubset", 1, One("frozenset.issubset")),
    ("frozenset", "issuperset", 1, One("frozenset.issuperset")),
    (
        "frozenset",
        "symmetric_difference",
        1,
        One("frozenset.symmetric_difference"),
    ),
    ("frozenset", "union", 1, Tuple("union", 0, 255)),
    ("bytearray", "append", 1, One("bytearray.append")),
    ("bytearray", "capitalize", 1, NoArgs("bytearray.capitalize")),
    (
        "bytearray",
        "center",
        1,
        Positional("bytearray.center", 1, 2),
    ),
    ("bytearray", "clear", 1, NoArgs("bytearray.clear")),
    ("bytearray", "copy", 1, NoArgs("bytearray.copy")),
    ("bytearray", "count", 1, Tuple("count", 1, 3)),
    (
        "bytearray",
        "decode",
        1,
        Keywords("decode", 0, 2, 0, &["encoding", "errors"]),
    ),
    ("bytearray", "endswith", 1, Tuple("endswith", 1, 3)),
    (
        "bytearray",
        "expandtabs",
        1,
        Keywords("expandtabs", 0, 1, 0, &["tabsize"]),
    ),
    ("bytearray", "extend", 1, One("bytearray.extend")),
    ("bytearray", "find", 1, Tuple("find", 1, 3)),
    ("bytearray", "index", 1, Tuple("index", 1, 3)),
    (
        "bytearray",
        "insert",
        1,
        Positional("bytearray.insert", 2, 2),
    ),
    ("bytearray", "isalnum", 1, NoArgs("bytearray.isalnum")),
    ("bytearray", "isalpha", 1, NoArgs("bytearray.isalpha")),
    ("bytearray", "isascii", 1, NoArgs("bytearray.isascii")),
    ("bytearray", "isdigit", 1, NoArgs("bytearray.isdigit")),
    ("bytearray", "islower", 1, NoArgs("bytearray.islower")),
    ("bytearray", "isspace", 1, NoArgs("bytearray.isspace")),
    ("bytearray", "istitle", 1, NoArgs("bytearray.istitle")),
    ("bytearray", "isupper", 1, NoArgs("bytearray.isupper")),
    ("bytearray", "join", 1, One("bytearray.join")),
    ("bytearray", "ljust", 1, Positional("bytearray.ljust", 1, 2)),
    ("bytearray", "lower", 1, NoArgs("bytearray.lower")),
    (
        "bytearray",
        "lstrip",
        1,
        Positional("bytearray.lstrip", 0, 1),
    ),
    ("bytearray", "partition", 1, One("bytearray.partition")),
    ("bytearray", "pop", 1, Positional("bytearray.pop", 0, 1)),
    ("bytearray", "remove", 1, One("bytearray.remove")),
    (
        "bytearray",
        "removeprefix",
        1,
        One("bytearray.removeprefix"),
    ),
    (
        "bytearray",
        "removesuffix",
        1,
        One("bytearray.removesuffix"),
    ),
    (
        "bytearray",
        "replace",
        1,
        Positional("bytearray.replace", 2, 3),
    ),
    ("bytearray", "reverse", 1, NoArgs("bytearray.reverse")),
    ("bytearray", "rfind", 1, Tuple("rfind", 1, 3)),
    ("bytearray", "rindex", 1, Tuple("rindex", 1, 3)),
    ("bytearray", "rjust", 1, Positional("bytearray.rjust", 1, 2)),
    ("bytearray", "rpartition", 1, One("bytearray.rpartition")),
    (
        "bytearray",
        "rsplit",
        1,
        Keywords("rsplit", 0, 2, 0, &["sep", "maxsplit"]),
    ),
    (
        "bytearray",
        "rstrip",
        1,
        Positional("bytearray.rstrip", 0, 1),
    ),
    (
        "bytearray",
        "split",
        1,
        Keywords("split", 0, 2, 0, &["sep", "maxsplit"]),
    ),
    (
        "bytearray",
        "splitlines",
        1,
        Keywords("splitlines", 0, 1, 0, &["keepends"]),
    ),
    ("bytearray", "startswith", 1, Tuple("startswith", 1, 3)),
    ("bytearray", "strip", 1, Positional("bytearray.strip", 0, 1)),
    ("bytearray", "swapcase", 1, NoArgs("bytearray.swapcase")),
    ("bytearray", "title", 1, NoArgs("bytearray.title")),
    ("bytearray", "upper", 1, NoArgs("bytearray.upper")),
    ("bytearray", "zfill", 1, One("bytearray.zfill")),
    ("int", "as_integer_ratio", 1, NoArgs("int.as_integer_ratio")),
    ("int", "bit_count", 1, NoArgs("int.bit_count")),
    ("int", "bit_length", 1, NoArgs("int.bit_length")),
    ("int", "conjugate", 1, NoArgs("int.conjugate")),
    ("int", "is_integer", 1, NoArgs("int.is_integer")),
    (
        "int",
        "to_bytes",
        1,
        Keywords("to_bytes", 0, 2, 0, &["length", "byteorder", "signed"]),
    ),
    (
        "int",
        "from_bytes",
        1,
        Keywords("from_bytes", 1, 2, 0, &["bytes", "byteorder", "signed"]),
    ),
    ("int", "__round__", 1, Positional("int.__round__", 0, 1)),
    ("float", "__round__", 1, Positional("float.__round__", 0, 1)),
    (
        "float",
        "as_integer_ratio",
        1,
        NoArgs("float.as_integer_ratio"),
    ),
    ("float", "conjugate", 1, NoArgs("float.conjugate")),
    ("float", "fromhex", 1, One("float.fromhex")),
    ("float", "hex", 1, NoArgs("float.hex")),
    ("float", "is_integer", 1, NoArgs("float.is_integer")),
];

/// The native function each wrapper stands in front of.
static ORIGINALS: [OnceLock<NativeFn>; SPECS.len()] = [const { OnceLock::new() }; SPECS.len()];

/// The checking wrapper of `SPECS[I]`.
fn checked<const I: usize>(vm: &Vm, a: &Args<'_>) -> PyResult {
    let receiver = const { SPECS[I].2 };
    let Some(original) = ORIGINALS[I].get() else {
        return vm.err("SystemError", "unchecked built-in method");
    };
    if receiver == 1 && a.pos.is_empty() {
        let (owner, name, ..) = SPECS[I];
        return unbound(vm, &format!("{owner}.{name}")).map(|()| vm.none());
    }
    if let Some(n) = a.pos.len().checked_sub(receiver) {
        SPECS[I].3.check(vm, n, a.kwnames)?;
        if !a.kwnames.is_empty() {
            if let Some(pos) = SPECS[I].3.bind_keywords(vm, a, n)? {
                return original(vm, &Args::new(&pos));
            }
        }
    }
    original(vm, a)
}

/// One wrapper per `SPECS` row, in order (the array's type makes the compiler hold the
/// count to `SPECS.len()`: a new row needs its `checked::<N>` here).
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
    checked::<191>,
    checked::<192>,
    checked::<193>,
    checked::<194>,
    checked::<195>,
    checked::<196>,
    checked::<197>,
    checked::<198>,
    checked::<199>,
    checked::<200>,
    checked::<201>,
    checked::<202>,
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
        _ => t.exceptions.get(name)?.clone(),
    };
    Some(ty.dict.clone())
}

/// Put the checking wrappers in the types' dicts (after every method is installed). A
/// method pymem does not have, or that is not a plain native function, is left alone.
pub fn install(vm: &Vm) {
    for (i, (tname, mname, receiver, _)) in SPECS.iter().enumerate() {
        let Some(dict) = owner_dict(vm, tname) else {
            continue;
        };
        let Some(entry) = vm.dict_get_str(&dict, mname) else {
            continue;
        };
        // Static and class methods (`str.maketrans`, `dict.fromkeys`) keep their wrapping.
        // An entry whose kind gives its function another receiver than CPython's (a
        // method pymem's native code lets stand for a class method) is left alone.
        let (inner, wrap, takes): (ObjRef, fn(&Vm, ObjRef) -> PyResult, usize) =
            if let Some(sm) = entry.downcast_ref::<StaticMethod>() {
                (sm.0.clone(), |vm, f| vm.alloc_obj(StaticMethod::new(f)), 0)
            } else if let Some(cm) = entry.downcast_ref::<ClassMethod>() {
                (cm.0.clone(), |vm, f| vm.alloc_obj(ClassMethod::new(f)), 1)
            } else if entry
                .downcast_ref::<BuiltinFunc>()
                .is_some_and(|b| b.kind == BuiltinKind::ClassMethod)
            {
                (entry.clone(), |_, f| Ok(f), 1)
            } else {
                (
                    entry.clone(),
                    |_, f| Ok(f),
                    usize::from(*tname != "builtins"),
                )
            };
        if takes != *receiver {
            continue;
        }
        let Some(b) = inner.downcast_ref::<BuiltinFunc>() else {
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
        let wrapped = vm
            .alloc_obj(BuiltinFunc {
                name: b.name,
                f: WRAPPERS[i],
                self_: None,
                home: b.home.clone(),
                kind: b.kind,
            })
            .and_then(|f| wrap(vm, f));
        if let Ok(w) = wrapped {
            let _ = vm.dict_set_str(&dict, mname, w);
        }
    }
}
