//! `_sre`: the regular-expression engine under the frozen `re` module (`py/re.py`).
//!
//! ```text
//!   re.compile(p, flags) ──► _sre.compile ──► parse.rs (CPython's _parser.py rules and
//!                                         │    error messages) ──► compile.rs (flags
//!                                         │    resolved) ──► Code (a Program)
//!   Pattern.search(s) ─────► _sre.subject(s) (code points) ─► _sre.search ─► matcher.rs
//! ```
//!
//! Python sees these functions and two opaque objects: `compile(pattern, flags, error,
//! warn)` returns `(code, flags, groups, names)` or raises `error(msg, pattern, pos)`;
//! `subject(string, is_bytes)` checks the string's type against the pattern's and reads
//! it once; `search(code, subject, pos, endpos, anchor, must_advance)` returns `None` or
//! `(lastindex, ((start0, end0), (start1, end1), ...))` with -1 for groups that did not
//! match; `match(code, string, is_bytes, pos, endpos, anchor)` is one search on a string
//! not read yet;
//! `findall`, `split` and `sub` run their whole scanning loop natively (`loops.rs`).
//! Everything else of `re` (Pattern, Match, flags, templates, caching) is Python in
//! `py/re.py`, as CPython's `re` package is Python over its C `_sre`.
//!
//! Why an engine of our own rather than `regex` / `fancy-regex`: those match UTF-8 text
//! by byte offsets (fancy-regex has no bytes mode), and differ from sre where Python code
//! can see it: captures of repeated groups, the empty-iteration rule of `(a*)*`, `$`
//! before a final newline, Python's `\w`/`\d`/`\s` and case folding (`_casefix`),
//! possessive repeats, conditionals, error messages and positions. The parse tree here is
//! sre's, and the matcher runs it with sre's rules on code points (str) or bytes.

pub mod chars;
pub mod compile;
pub mod loops;
pub mod matcher;
pub mod parse;
#[cfg(test)]
mod tests;

use heap::{Gc, ObjRef};

use super::{add_fn, new_module};
use crate::runtime::objects::*;
use crate::runtime::subclass::downcast_receiver;
use crate::runtime::{Args, PyResult, Vm};

use matcher::{Anchor, Matcher};
use parse::ErrorKind;

/// A compiled pattern (`Pattern._code`).
pub struct Code {
    prog: compile::Program,
}
heap::impl_object!(Code, "_sre.code", []);

/// A subject string read into code points.
pub struct Subject {
    chars: Vec<u32>,
    istext: bool,
    /// The text itself when it is ASCII (character and byte offsets agree), so that
    /// slices are copied, not re-encoded.
    ascii: Option<Box<str>>,
}
heap::impl_object!(Subject, "_sre.subject", []);

/// The code points of a str, or the bytes of a bytes-like object (`None` otherwise), and
/// the text when it is an ASCII str.
fn code_points(o: &ObjRef) -> Option<(Vec<u32>, bool, Option<Box<str>>)> {
    if let Some(s) = downcast_receiver::<StrObj>(o) {
        let ascii = s.is_ascii().then(|| Box::<str>::from(s.s.as_str()));
        return Some((s.s.chars().map(|c| c as u32).collect(), true, ascii));
    }
    if let Some(b) = downcast_receiver::<BytesObj>(o) {
        return Some((
            b.data.borrow().iter().map(|&b| b as u32).collect(),
            false,
            None,
        ));
    }
    None
}

fn arg<'a>(vm: &Vm, a: &Args<'a>, i: usize) -> PyResult<&'a ObjRef> {
    match a.pos.get(i) {
        Some(o) => Ok(o),
        None => vm.type_err("_sre: missing argument"),
    }
}

/// `compile(pattern, flags, error, warn)`: `warn(message)` is called for each
/// FutureWarning of the parser.
fn sre_compile(vm: &Vm, a: &Args<'_>) -> PyResult {
    let pattern = arg(vm, a, 0)?;
    let flags = vm.index(arg(vm, a, 1)?)?;
    let error = arg(vm, a, 2)?;
    let Some((cps, istext, _)) = code_points(pattern) else {
        return vm.type_err("first argument must be string or compiled pattern");
    };
    let flags = u32::try_from(flags).unwrap_or(flags as u32);
    let raise = |msg: &str, pos: Option<usize>| -> PyResult {
        let pos = match pos {
            Some(p) => vm.new_int(p as i64)?,
            None => vm.none(),
        };
        let exc = vm.call(error, &[vm.new_str(msg)?, pattern.clone(), pos], None)?;
        Err(exc)
    };
    let (parsed, warnings) = parse::parse_with_warnings(&cps, istext, flags);
    if let Some(warn) = a.pos.get(3) {
        for w in warnings {
            vm.call(warn, &[vm.new_str(&w)?], None)?;
        }
    }
    let parsed = match parsed {
        Ok(p) => p,
        Err(e) => {
            return match e.kind {
                ErrorKind::Re => raise(&e.msg, e.pos),
                ErrorKind::Overflow => vm.err("OverflowError", &e.msg),
                ErrorKind::Value => vm.value_err(&e.msg),
                ErrorKind::Recursion => vm.err("RecursionError", &e.msg),
            }
        }
    };
    let prog = match compile::compile(&parsed, istext) {
        Ok(p) => p,
        // `_compiler.py` raises these without the pattern.
        Err(compile::CompileError(msg)) => {
            let exc = vm.call(error, &[vm.new_str(msg)?], None)?;
            return Err(exc);
        }
    };
    let code = vm.alloc_obj(Code { prog })?;
    let mut names = Vec::with_capacity(parsed.names.len());
    for (n, g) in &parsed.names {
        names.push(vm.new_tuple([vm.new_str(n)?, vm.new_int(*g as i64)?])?);
    }
    vm.new_tuple([
        code,
        vm.new_int(parsed.flags as i64)?,
        vm.new_int(parsed.groups as i64 - 1)?,
        vm.new_tuple(names)?,
    ])
}

/// `string` read for matching, after checking its type against the pattern's.
fn read_subject(vm: &Vm, string: &ObjRef, is_bytes: bool) -> PyResult<Subject> {
    match code_points(string) {
        Some((chars, istext, ascii)) => {
            if istext && is_bytes {
                return vm.type_err("cannot use a bytes pattern on a string-like object");
            }
            if !istext && !is_bytes {
                return vm.type_err("cannot use a string pattern on a bytes-like object");
            }
            Ok(Subject {
                chars,
                istext,
                ascii,
            })
        }
        None => vm.type_err(format!(
            "expected string or bytes-like object, got '{}'",
            vm.type_name(string)
        )),
    }
}

/// `subject(string, is_bytes)`.
fn sre_subject(vm: &Vm, a: &Args<'_>) -> PyResult {
    let subj = read_subject(vm, arg(vm, a, 0)?, vm.truthy(arg(vm, a, 1)?)?)?;
    vm.alloc_obj(subj)
}

/// `search(code, subject, pos, endpos, anchor, must_advance)`; anchor 0 = match,
/// 1 = fullmatch, 2 = search.
fn sre_search(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (Some(code), Some(subj)) = (
        arg(vm, a, 0)?.downcast::<Code>(),
        arg(vm, a, 1)?.downcast::<Subject>(),
    ) else {
        return vm.type_err("_sre.search: expected a code and a subject");
    };
    let len = subj.chars.len() as i64;
    let pos = vm.index(arg(vm, a, 2)?)?.clamp(0, len) as usize;
    let endpos = vm.index(arg(vm, a, 3)?)?.clamp(0, len) as usize;
    let anchor = match vm.index(arg(vm, a, 4)?)? {
        0 => Anchor::Match,
        1 => Anchor::Full,
        _ => Anchor::Search,
    };
    let must_advance = vm.truthy(arg(vm, a, 5)?)?;
    let found = Matcher::new(&code.prog, &subj.chars, endpos).run(pos, anchor, must_advance);
    match found {
        Err(e) => Err(loops::match_error(vm, e)),
        Ok(None) => Ok(vm.none()),
        Ok(Some(f)) => loops::result_tuple(vm, &f),
    }
}

/// `match(code, string, is_bytes, pos, endpos, anchor)`: one `search` on a string not yet
/// read, for `Pattern.match` / `fullmatch` / `search`: `None` or `(lastindex, regs, pos,
/// endpos)` with the positions as clamped. ASCII str and bytes-like objects are matched
/// in place (no copy: `pattern.match(text, pos)` over a long text stays cheap); other
/// str are read into code points.
fn sre_match(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(code) = arg(vm, a, 0)?.downcast::<Code>() else {
        return vm.type_err("_sre.match: expected a code");
    };
    let string = arg(vm, a, 1)?;
    let is_bytes = vm.truthy(arg(vm, a, 2)?)?;
    let (pos, endpos) = (vm.index(arg(vm, a, 3)?)?, vm.index(arg(vm, a, 4)?)?);
    let anchor = match vm.index(arg(vm, a, 5)?)? {
        0 => Anchor::Match,
        1 => Anchor::Full,
        _ => Anchor::Search,
    };
    fn run<T: matcher::Ch>(
        prog: &compile::Program,
        s: &[T],
        pos: i64,
        endpos: i64,
        anchor: Anchor,
    ) -> (Result<Option<matcher::Found>, matcher::Error>, usize, usize) {
        let len = s.len() as i64;
        let (pos, endpos) = (pos.clamp(0, len) as usize, endpos.clamp(0, len) as usize);
        let found = Matcher::new(prog, s, endpos).run(pos, anchor, false);
        (found, pos, endpos)
    }
    // The subject is borrowed only while the matcher runs: no Python code runs then.
    let (found, pos, endpos) = if let Some(st) = downcast_receiver::<StrObj>(string) {
        if is_bytes {
            return vm.type_err("cannot use a bytes pattern on a string-like object");
        }
        if st.is_ascii() {
            run(&code.prog, st.s.as_bytes(), pos, endpos, anchor)
        } else {
            let cps: Vec<u32> = st.s.chars().map(|c| c as u32).collect();
            run(&code.prog, &cps, pos, endpos, anchor)
        }
    } else if let Some(b) = downcast_receiver::<BytesObj>(string) {
        if !is_bytes {
            return vm.type_err("cannot use a string pattern on a bytes-like object");
        }
        let data = b.data.borrow();
        run(&code.prog, &data, pos, endpos, anchor)
    } else {
        return vm.type_err(format!(
            "expected string or bytes-like object, got '{}'",
            vm.type_name(string)
        ));
    };
    match found {
        Err(e) => Err(loops::match_error(vm, e)),
        Ok(None) => Ok(vm.none()),
        Ok(Some(f)) => {
            let r = loops::result_tuple(vm, &f)?;
            let Some(t) = r.downcast::<TupleObj>() else {
                return Ok(r);
            };
            vm.new_tuple([
                tuple_items(&t)[0].clone(),
                tuple_items(&t)[1].clone(),
                vm.new_int(pos as i64)?,
                vm.new_int(endpos as i64)?,
            ])
        }
    }
}

fn code_subject(vm: &Vm, a: &Args<'_>) -> PyResult<(Gc<Code>, Gc<Subject>)> {
    match (
        arg(vm, a, 0)?.downcast::<Code>(),
        arg(vm, a, 1)?.downcast::<Subject>(),
    ) {
        (Some(c), Some(s)) => Ok((c, s)),
        _ => vm.type_err("_sre: expected a code and a subject"),
    }
}

/// `findall(code, subject, pos, endpos)` (positions already clamped).
fn sre_findall(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (code, subj) = code_subject(vm, a)?;
    let len = subj.chars.len() as i64;
    let pos = vm.index(arg(vm, a, 2)?)?.clamp(0, len) as usize;
    let endpos = vm.index(arg(vm, a, 3)?)?.clamp(0, len) as usize;
    loops::findall(vm, &code, &subj, pos, endpos)
}

/// `split(code, subject, maxsplit)`.
fn sre_split(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (code, subj) = code_subject(vm, a)?;
    let maxsplit = vm.index(arg(vm, a, 2)?)?;
    loops::split(vm, &code, &subj, maxsplit)
}

/// `sub(code, subject, string, template, callback, count)`: `template` is a parsed
/// template list, or None when `callback` (a function of the search result) is used.
fn sre_sub(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (code, subj) = code_subject(vm, a)?;
    let string = arg(vm, a, 2)?;
    let template = arg(vm, a, 3)?;
    let callback = arg(vm, a, 4)?;
    let count = vm.index(arg(vm, a, 5)?)?;
    if let Some(t) = template.downcast::<ListObj>() {
        let parts: Vec<ObjRef> = t.items.borrow().clone();
        return loops::sub(
            vm,
            &code,
            &subj,
            string,
            loops::Repl::Template(&parts),
            count,
        );
    }
    loops::sub(vm, &code, &subj, string, loops::Repl::Call(callback), count)
}

/// Build `_sre`.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "_sre")?;
    for (n, f) in [
        ("compile", sre_compile as NativeFn),
        ("subject", sre_subject),
        ("search", sre_search),
        ("match", sre_match),
        ("findall", sre_findall),
        ("split", sre_split),
        ("sub", sre_sub),
    ] {
        add_fn(vm, &m, n, f)?;
    }
    vm.dict_set_str(&m.dict, "MAXREPEAT", vm.new_int(parse::MAXREPEAT as i64)?)?;
    vm.dict_set_str(&m.dict, "MAXGROUPS", vm.new_int(parse::MAXGROUPS as i64)?)?;
    Ok(m)
}
