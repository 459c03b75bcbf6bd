//! CPython 3.12's "Did you mean" hints, appended when an uncaught `NameError` or
//! `AttributeError` is printed (`Python/suggestions.c`, `print_exception_suggestions`):
//! the closest visible name by a Levenshtein distance where a case change costs 1 and any
//! other edit 2, accepted when at most a third of the characters change.
//!
//! A `NameError` is raised with the frame at hand, so its candidates (the code's local
//! names, then the globals, then the builtins, plus `self.NAME` inside a method) are
//! scanned then; an `AttributeError` keeps the object and the name, and the object's
//! `dir()` is scanned only if the error is printed.

use heap::{Gc, ObjRef};

use super::frame::Frame;
use super::objects::exception::Hint;
use super::objects::*;
use super::{PyResult, Vm};

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// `sys.stdlib_module_names` of CPython 3.12 ("Did you forget to import 'NAME'?").
const STDLIB_MODULES: &[&str] = &[
    "__future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bz2 _codecs _codecs_cn ",
    "_codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections ",
    "_collections_abc _compat_pickle _compression _contextvars _crypt _csv _ctypes ",
    "_curses _curses_panel _datetime _dbm _decimal _elementtree _frozen_importlib ",
    "_frozen_importlib_external _functools _gdbm _hashlib _heapq _imp _io _json _locale ",
    "_lsprof _lzma _markupbase _md5 _msi _multibytecodec _multiprocessing _opcode ",
    "_operator _osx_support _overlapped _pickle _posixshmem _posixsubprocess _py_abc ",
    "_pydatetime _pydecimal _pyio _pylong _queue _random _scproxy _sha1 _sha2 _sha3 ",
    "_signal _sitebuiltins _socket _sqlite3 _sre _ssl _stat _statistics _string ",
    "_strptime _struct _symtable _thread _threading_local _tkinter _tokenize ",
    "_tracemalloc _typing _uuid _warnings _weakref _weakrefset _winapi _zoneinfo abc ",
    "aifc antigravity argparse array ast asyncio atexit audioop base64 bdb binascii ",
    "bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop ",
    "collections colorsys compileall concurrent configparser contextlib contextvars copy ",
    "copyreg crypt csv ctypes curses dataclasses datetime dbm decimal difflib dis ",
    "doctest email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput ",
    "fnmatch fractions ftplib functools gc genericpath getopt getpass gettext glob ",
    "graphlib grp gzip hashlib heapq hmac html http idlelib imaplib imghdr importlib ",
    "inspect io ipaddress itertools json keyword lib2to3 linecache locale logging lzma ",
    "mailbox mailcap marshal math mimetypes mmap modulefinder msilib msvcrt ",
    "multiprocessing netrc nis nntplib nt ntpath nturl2path numbers opcode operator ",
    "optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil platform ",
    "plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr ",
    "pydoc pydoc_data pyexpat queue quopri random re readline reprlib resource ",
    "rlcompleter runpy sched secrets select selectors shelve shlex shutil signal site ",
    "smtplib sndhdr socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse ",
    "ssl stat statistics string stringprep struct subprocess sunau symtable sys ",
    "sysconfig syslog tabnanny tarfile telnetlib tempfile termios textwrap this ",
    "threading time timeit tkinter token tokenize tomllib trace traceback tracemalloc ",
    "tty turtle turtledemo types typing unicodedata unittest urllib uu uuid venv ",
    "warnings wave weakref webbrowser winreg winsound wsgiref xdrlib xml xmlrpc zipapp ",
    "zipfile zipimport zlib zoneinfo ",
];

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// `levenshtein_distance` of suggestions.c, over UTF-8 bytes.
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let post = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - post], &b[..b.len() - post]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(bc, ac);
            distance = row[i];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// `calculate_suggestions`: the closest candidate to `name`, if close enough.
pub fn closest<'a>(candidates: &[&'a str], name: &str) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for &item in candidates {
        if item == name {
            continue;
        }
        let limit = (name.len() + item.len() + 3) * MOVE_COST / 6;
        let limit = match best {
            Some((_, d)) => limit.min(d.saturating_sub(1)),
            None => limit,
        };
        let d = levenshtein(name.as_bytes(), item.as_bytes(), limit);
        if d > limit {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s)
}

fn dict_names(d: &DictObj) -> Vec<String> {
    d.0.borrow()
        .iter()
        .filter_map(|e| e.key.downcast::<StrObj>().map(|s| s.s.to_string()))
        .collect()
}

/// Attach `hint` to exception `exc`.
pub fn set_hint(exc: &ObjRef, hint: Hint) {
    if let Some(d) = exc.downcast::<Instance>().as_ref().and_then(|i| i.exc()) {
        *d.hint.borrow_mut() = Some(hint);
    }
}

/// A `NameError` for `name` raised in frame `f`, with its hint.
pub fn name_error(vm: &Vm, f: &Frame, name: &str) -> ObjRef {
    let exc = vm.exc_msg("NameError", &format!("name '{name}' is not defined"));
    let suggestion = suggest_name(vm, f, name).unwrap_or(None);
    set_hint(
        &exc,
        Hint::Name {
            name: name.to_string(),
            suggestion,
        },
    );
    exc
}

fn suggest_name(vm: &Vm, f: &Frame, name: &str) -> PyResult<Option<String>> {
    let code = &f.code();
    // Inside a method whose instance has the attribute: `self.NAME`.
    if let Some(i) = code.varnames.iter().position(|v| v == "self") {
        let this = match f.slots.get(i) {
            Some(Some(v)) => match v.downcast::<CellObj>() {
                Some(c) => c.0.borrow().clone(),
                None => Some(v.clone()),
            },
            _ => None,
        };
        if let Some(this) = this {
            let n = vm.intern(name)?;
            if vm.getattr_opt(&this, &n)?.is_some() {
                return Ok(Some(format!("self.{name}")));
            }
        }
    }
    let varnames: Vec<&str> = code.varnames.iter().map(String::as_str).collect();
    if let Some(s) = closest(&varnames, name) {
        return Ok(Some(s.to_string()));
    }
    for d in [&f.globals, &vm.builtins] {
        let names = dict_names(d);
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        if let Some(s) = closest(&refs, name) {
            return Ok(Some(s.to_string()));
        }
    }
    Ok(None)
}

/// An `AttributeError` with `msg` for `obj.name`, keeping what its hint needs.
pub fn attribute_error(vm: &Vm, obj: &ObjRef, name: &str, msg: String) -> ObjRef {
    let exc = vm.exc_msg("AttributeError", &msg);
    set_hint(
        &exc,
        Hint::Attr {
            obj: obj.clone(),
            name: name.to_string(),
        },
    );
    exc
}

/// Record on an `ImportError` that `from module import name` failed.
pub fn import_from_hint(exc: &ObjRef, module: &ObjRef, name: &str) {
    set_hint(
        exc,
        Hint::ImportFrom {
            module: module.clone(),
            name: name.to_string(),
        },
    );
}

/// `NameError.name`, `AttributeError.name` / `.obj`, `ImportError.name_from` of an error
/// raised by the runtime.
pub fn hint_attr(vm: &Vm, e: &ExcData, attr: &str) -> PyResult<Option<ObjRef>> {
    Ok(match (&*e.hint.borrow(), attr) {
        (Some(Hint::Name { name, .. }), "name") | (Some(Hint::Attr { name, .. }), "name") => {
            Some(vm.new_str(name)?)
        }
        (Some(Hint::Attr { obj, .. }), "obj") => Some(obj.clone()),
        (Some(Hint::ImportFrom { name, .. }), "name_from") => Some(vm.new_str(name)?),
        _ => None,
    })
}

/// The text CPython appends to the printed message of exception `e`, if any.
pub fn hint_text(vm: &Vm, e: &ObjRef) -> Option<String> {
    let inst = e.downcast::<Instance>()?;
    let hint = match &*inst.exc()?.hint.borrow() {
        Some(Hint::Name { name, suggestion }) => Hint::Name {
            name: name.clone(),
            suggestion: suggestion.clone(),
        },
        Some(Hint::Attr { obj, name }) | Some(Hint::ImportFrom { module: obj, name }) => {
            Hint::Attr {
                obj: obj.clone(),
                name: name.clone(),
            }
        }
        Some(Hint::Rendered(_)) | None => return None,
    };
    // Only the exact types get hints (CPython checks `Py_IS_TYPE`).
    let exact = |ty: &str| Gc::ptr_eq(&inst.class(), &vm.exc_type(ty));
    match hint {
        Hint::Name { name, suggestion } if exact("NameError") => {
            let stdlib = STDLIB_MODULES
                .iter()
                .any(|line| line.split_whitespace().any(|m| m == name));
            match (suggestion, stdlib) {
                (Some(s), true) => Some(format!(
                    ". Did you mean: '{s}'? Or did you forget to import '{name}'?"
                )),
                (Some(s), false) => Some(format!(". Did you mean: '{s}'?")),
                (None, true) => Some(format!(". Did you forget to import '{name}'?")),
                (None, false) => None,
            }
        }
        Hint::Attr { obj, name } if exact("AttributeError") || exact("ImportError") => {
            let listed = super::namespace::dir_of(vm, &obj).ok()?;
            let names: Vec<String> = vm
                .collect(&listed)
                .ok()?
                .iter()
                .filter_map(|n| n.downcast::<StrObj>().map(|s| s.s.to_string()))
                .collect();
            let refs: Vec<&str> = names.iter().map(String::as_str).collect();
            closest(&refs, &name).map(|s| format!(". Did you mean: '{s}'?"))
        }
        _ => None,
    }
}
