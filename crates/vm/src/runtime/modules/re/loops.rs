//! The scanning loops of `findall`, `split` and `sub` (`pattern_findall`, `pattern_split`,
//! `pattern_subx` in Modules/_sre/sre.c), run natively so that a match costs no Python
//! call. Each loop searches from the end of the previous match, with `must_advance` after
//! an empty one: the empty-match rules of Python 3.7+.

use heap::ObjRef;

use super::matcher::{Anchor, Error as MatchError, Found, Matcher, UNSET};
use super::{Code, Subject};
use crate::runtime::bytes_methods::new_bytes;
use crate::runtime::objects::*;
use crate::runtime::{PyResult, Vm};

impl Subject {
    /// `string[start:end]` as a new str or bytes (sre's getslice).
    pub fn slice(&self, vm: &Vm, start: usize, end: usize) -> PyResult {
        let end = end.max(start);
        if let Some(text) = &self.ascii {
            return vm.new_str(&text[start..end]);
        }
        let cps = &self.chars[start..end];
        if self.istext {
            let s: String = cps
                .iter()
                .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
                .collect();
            vm.new_str(&s)
        } else {
            new_bytes(vm, cps.iter().map(|&c| c as u8).collect(), false)
        }
    }

    fn empty(&self, vm: &Vm) -> PyResult {
        self.slice(vm, 0, 0)
    }

    /// Group `g` of a match, or `None` when it did not take part.
    fn group(&self, vm: &Vm, f: &Found, g: usize) -> PyResult<Option<ObjRef>> {
        let (s, e) = (f.slots[2 * g], f.slots[2 * g + 1]);
        if s == UNSET || e == UNSET {
            return Ok(None);
        }
        self.slice(vm, s, e).map(Some)
    }
}

/// The exception for a matcher failure.
pub fn match_error(vm: &Vm, e: MatchError) -> ObjRef {
    match e {
        // CPython's matcher grows its stack until memory runs out (MemoryError); this
        // one stops at a fixed size, with the same exception.
        MatchError::StackLimit => vm.exc_msg(
            "MemoryError",
            "regular expression backtracking stack exhausted",
        ),
        MatchError::TooLong => vm.exc_msg(
            "OverflowError",
            "string too long for the regular expression engine",
        ),
    }
}

/// Calls `each(match)` for the successive matches of `code` in `subj[pos..endpos]`, up to
/// `limit` of them (0: no limit).
fn scan(
    vm: &Vm,
    code: &Code,
    subj: &Subject,
    pos: usize,
    endpos: usize,
    limit: usize,
    mut each: impl FnMut(&Found) -> PyResult<()>,
) -> PyResult<usize> {
    let mut m = Matcher::new(&code.prog, &subj.chars, endpos);
    let (mut pos, mut must_advance, mut n) = (pos, false, 0usize);
    while pos <= endpos && (limit == 0 || n < limit) {
        let found = match m.run(pos, Anchor::Search, must_advance) {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => return Err(match_error(vm, e)),
        };
        each(&found)?;
        n += 1;
        let (s, e) = (found.slots[0], found.slots[1]);
        must_advance = s == e;
        pos = e;
    }
    Ok(n)
}

/// `findall(code, subject, pos, endpos)`.
pub fn findall(vm: &Vm, code: &Code, subj: &Subject, pos: usize, endpos: usize) -> PyResult {
    let groups = code.prog.nslots / 2 - 1;
    let mut out = Vec::new();
    scan(vm, code, subj, pos, endpos, 0, |f| {
        let item = match groups {
            0 => subj.slice(vm, f.slots[0], f.slots[1])?,
            1 => match subj.group(vm, f, 1)? {
                Some(o) => o,
                None => subj.empty(vm)?,
            },
            _ => {
                let mut t = Vec::with_capacity(groups);
                for g in 1..=groups {
                    t.push(match subj.group(vm, f, g)? {
                        Some(o) => o,
                        None => subj.empty(vm)?,
                    });
                }
                vm.new_tuple(t)?
            }
        };
        out.push(item);
        Ok(())
    })?;
    appended_list(vm, out)
}

/// A list as sre builds its results: appended to one by one from empty (so with
/// `list_resize`'s over-allocation, as `sys.getsizeof` shows).
fn appended_list(vm: &Vm, items: Vec<ObjRef>) -> PyResult {
    crate::runtime::str_methods::with_split_allocation(vm.new_list(items)?, 0)
}

/// `split(code, subject, maxsplit)`.
pub fn split(vm: &Vm, code: &Code, subj: &Subject, maxsplit: i64) -> PyResult {
    let n = subj.chars.len();
    let groups = code.prog.nslots / 2 - 1;
    let mut out = Vec::new();
    let mut last = 0;
    if maxsplit >= 0 {
        scan(vm, code, subj, 0, n, maxsplit as usize, |f| {
            out.push(subj.slice(vm, last, f.slots[0])?);
            for g in 1..=groups {
                out.push(subj.group(vm, f, g)?.unwrap_or_else(|| vm.none()));
            }
            last = f.slots[1];
            Ok(())
        })?;
    }
    out.push(subj.slice(vm, last, n)?);
    appended_list(vm, out)
}

/// The replacement: a parsed template (`[literal, group, literal, ...]`) or a callable
/// that gets the search result tuple.
pub enum Repl<'a> {
    /// A template from `re._parse_template`.
    Template(&'a [ObjRef]),
    /// A Python function of the search result.
    Call(&'a ObjRef),
}

fn append_piece(
    vm: &Vm,
    subj: &Subject,
    out: &mut Piece,
    index: usize,
    o: &ObjRef,
) -> PyResult<()> {
    match out {
        Piece::Text(s) => match o.downcast_ref::<StrObj>() {
            Some(t) => {
                s.push_str(&t.s);
                Ok(())
            }
            None => vm.type_err(format!(
                "sequence item {index}: expected str instance, {} found",
                vm.type_name(o)
            )),
        },
        Piece::Bytes(b) => match o.downcast_ref::<BytesObj>() {
            Some(t) => {
                b.extend_from_slice(&t.data.borrow());
                Ok(())
            }
            None => {
                let _ = subj;
                vm.type_err(format!(
                    "sequence item {index}: expected a bytes-like object, {} found",
                    vm.type_name(o)
                ))
            }
        },
    }
}

enum Piece {
    Text(String),
    Bytes(Vec<u8>),
}

impl Piece {
    fn push_slice(&mut self, subj: &Subject, start: usize, end: usize) {
        let end = end.max(start);
        if let (Piece::Text(s), Some(text)) = (&mut *self, &subj.ascii) {
            s.push_str(&text[start..end]);
            return;
        }
        let cps = &subj.chars[start..end];
        match self {
            Piece::Text(s) => {
                s.extend(cps.iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')))
            }
            Piece::Bytes(b) => b.extend(cps.iter().map(|&c| c as u8)),
        }
    }
}

/// `sub(code, subject, string, repl, count)`: `(new_string, number_of_subs)`.
pub fn sub(
    vm: &Vm,
    code: &Code,
    subj: &Subject,
    string: &ObjRef,
    repl: Repl<'_>,
    count: i64,
) -> PyResult {
    let n = subj.chars.len();
    let mut out = if subj.istext {
        Piece::Text(String::new())
    } else {
        Piece::Bytes(Vec::new())
    };
    // The number of pieces CPython's list would hold, for its join error messages.
    let mut pieces = 0usize;
    let mut i = 0;
    let subs = if count < 0 {
        0
    } else {
        scan(vm, code, subj, 0, n, count as usize, |f| {
            let (s, e) = (f.slots[0], f.slots[1]);
            if i < s {
                out.push_slice(subj, i, s);
                pieces += 1;
            }
            match repl {
                Repl::Template(t) => {
                    for (k, part) in t.iter().enumerate() {
                        if k % 2 == 0 {
                            append_piece(vm, subj, &mut out, pieces, part)?;
                        } else {
                            let g = vm.index(part)?;
                            let Some(&[gs, ge]) = usize::try_from(g)
                                .ok()
                                .and_then(|g| f.slots.get(2 * g..2 * g + 2))
                            else {
                                return vm.err("IndexError", "invalid group reference");
                            };
                            if gs != UNSET && ge != UNSET {
                                out.push_slice(subj, gs, ge);
                            }
                        }
                    }
                    pieces += 1;
                }
                Repl::Call(func) => {
                    let r = result_tuple(vm, f)?;
                    let item = vm.call(func, &[r], None)?;
                    if !vm.is_none(&item) {
                        append_piece(vm, subj, &mut out, pieces, &item)?;
                        pieces += 1;
                    }
                }
            }
            i = e;
            Ok(())
        })?
    };
    let text = if subs == 0
        && (string.is::<StrObj>()
            || string
                .downcast_ref::<BytesObj>()
                .is_some_and(|b| !b.mutable))
    {
        string.clone()
    } else {
        if i < n {
            out.push_slice(subj, i, n);
        }
        match out {
            Piece::Text(s) => vm.new_str(&s)?,
            Piece::Bytes(b) => new_bytes(vm, b, false)?,
        }
    };
    vm.new_tuple([text, vm.new_int(subs as i64)?])
}

/// `(lastindex, ((start0, end0), (start1, end1), ...))`, with `(-1, -1)` for groups that
/// did not match: what a Match object is made of.
pub fn result_tuple(vm: &Vm, f: &Found) -> PyResult {
    let mut regs = Vec::with_capacity(f.slots.len() / 2);
    for pair in f.slots.chunks(2) {
        let (s, e) = if pair[0] == UNSET || pair[1] == UNSET {
            (-1, -1)
        } else {
            (pair[0] as i64, pair[1] as i64)
        };
        regs.push(vm.new_tuple([vm.new_int(s)?, vm.new_int(e)?])?);
    }
    vm.new_tuple([vm.new_int(f.lastindex as i64)?, vm.new_tuple(regs)?])
}
