//! `str` methods that follow CPython's rules closely: splitting and partitioning (with
//! `maxsplit`, from the right, and CPython's argument errors), searching with `start`/`end`,
//! padding with a fill character, `expandtabs`, `splitlines`, the `is*` predicates and
//! `str.format` with nested fields, indexing and conversions. Installed over the simpler
//! versions in `methods.rs`.
//!
//! Character classes and case mappings come from CPython 3.12's Unicode tables
//! (`unicode/`), not from Rust's `char` methods.

use heap::{Gc, ObjRef};

use super::objects::*;
use super::unicode;
use super::{Args, PyResult, Vm};

#[inline]
fn this(vm: &Vm, a: &Args<'_>) -> PyResult<Gc<StrObj>> {
    match a
        .pos
        .first()
        .and_then(super::subclass::downcast_receiver::<StrObj>)
    {
        Some(s) => Ok(s),
        None => vm.type_err("descriptor requires a 'str' object"),
    }
}

/// A required str argument (`TypeError: must be str, not int`).
fn str_arg(vm: &Vm, a: &Args<'_>, i: usize, fname: &str) -> PyResult<Gc<StrObj>> {
    match a.pos.get(i) {
        Some(v) => match super::subclass::downcast_receiver::<StrObj>(v) {
            Some(s) => Ok(s),
            None => vm.type_err(format!("must be str, not {}", vm.type_name(v))),
        },
        None => vm.type_err(format!(
            "{fname}() takes at least {i} argument{} ({} given)",
            if i == 1 { "" } else { "s" },
            a.pos.len().saturating_sub(1)
        )),
    }
}

/// CPython's `unicode_result_unchanged`, for a method whose result equals its receiver
/// `s` (`a.pos[0]`): the receiver itself when it is an exact str, else a new str (a
/// subclass's value; `Name("a").strip()` is a plain str).
pub(crate) fn unchanged(vm: &Vm, a: &Args<'_>, s: &StrObj) -> PyResult {
    if a.pos[0].is::<StrObj>() {
        Ok(a.pos[0].clone())
    } else {
        vm.new_str(&s.s)
    }
}

/// The list a split of the receiver `s` gives; a split that found nothing to split at
/// gives a list of the receiver itself when it is an exact str (stringlib's split).
fn split_list(vm: &Vm, a: &Args<'_>, s: &StrObj, parts: Vec<String>) -> PyResult {
    if let [only] = parts.as_slice() {
        if only.len() == s.s.len() {
            return vm.new_list(vec![unchanged(vm, a, s)?]);
        }
    }
    str_list(vm, parts)
}

fn str_list(vm: &Vm, parts: Vec<String>) -> PyResult {
    let mut v = Vec::with_capacity(parts.len());
    for p in parts {
        v.push(vm.new_str(&p)?);
    }
    vm.new_list(v)
}

/// A list of strs made from pieces of `src` (split results): each piece is copied once,
/// straight into its str, and when `src` is ASCII so is every piece (no character count).
fn piece_list(vm: &Vm, a: &Args<'_>, src: &StrObj, parts: &[&str]) -> PyResult {
    // A single piece that is the whole string is the string itself (for an exact str).
    if let [only] = parts {
        if only.len() == src.s.len() {
            return vm.new_list(vec![unchanged(vm, a, src)?]);
        }
    }
    let ascii = src.is_ascii();
    let mut v = Vec::with_capacity(parts.len());
    for p in parts {
        v.push(if ascii {
            vm.new_str_ascii(p)?
        } else {
            vm.new_str(p)?
        });
    }
    vm.new_list(v)
}

pub(crate) use super::unicode::is_space;

// ---- splitting --------------------------------------------------------------------------

/// `(sep, maxsplit)` of split/rsplit.
fn split_args(vm: &Vm, a: &Args<'_>) -> PyResult<(Option<String>, i64)> {
    // Argument Clinic converts `maxsplit` before the body looks at `sep`.
    let max = match a.pos.get(2).or_else(|| a.kw("maxsplit")) {
        Some(v) => vm.index(v)?,
        None => -1,
    };
    let sep = match a.pos.get(1).or_else(|| a.kw("sep")) {
        Some(v) if vm.is_none(v) => None,
        Some(v) => match super::subclass::downcast_receiver::<StrObj>(v) {
            Some(s) if s.s.is_empty() => return vm.value_err("empty separator"),
            Some(s) => Some(s.s.to_string()),
            None => return vm.type_err(format!("must be str or None, not {}", vm.type_name(v))),
        },
        None => None,
    };
    Ok((sep, max))
}

fn split_whitespace(s: &str, max: i64, from_right: bool) -> Vec<&str> {
    // The words as slices of `s`, found from the chosen end.
    let mut parts: Vec<&str> = Vec::new();
    if s.is_ascii() && !from_right {
        // Byte by byte: ASCII whitespace is 9..=13 and 28..=32 (`is_space`).
        let (b, n) = (s.as_bytes(), s.len());
        let space = |c: u8| matches!(c, 9..=13 | 28..=32);
        let mut i = 0;
        loop {
            while i < n && space(b[i]) {
                i += 1;
            }
            if i == n {
                return parts;
            }
            if max >= 0 && parts.len() as i64 == max {
                parts.push(&s[i..]);
                return parts;
            }
            let start = i;
            while i < n && !space(b[i]) {
                i += 1;
            }
            parts.push(&s[start..i]);
        }
    }
    if from_right {
        let mut end = s.len();
        while let Some((i, c)) = s[..end].char_indices().rev().find(|&(_, c)| !is_space(c)) {
            end = i + c.len_utf8();
            if max >= 0 && parts.len() as i64 == max {
                // The remainder keeps its leading whitespace (as CPython).
                parts.push(&s[..end]);
                break;
            }
            let start = s[..end]
                .char_indices()
                .rev()
                .find(|&(_, c)| is_space(c))
                .map_or(0, |(j, c)| j + c.len_utf8());
            parts.push(&s[start..end]);
            end = start;
        }
        parts.reverse();
        return parts;
    }
    let mut start = 0;
    while let Some((i, _)) = s[start..].char_indices().find(|&(_, c)| !is_space(c)) {
        start += i;
        if max >= 0 && parts.len() as i64 == max {
            // The remainder keeps its trailing whitespace (as CPython).
            parts.push(&s[start..]);
            break;
        }
        let end = s[start..]
            .char_indices()
            .find(|&(_, c)| is_space(c))
            .map_or(s.len(), |(j, _)| start + j);
        parts.push(&s[start..end]);
        start = end;
    }
    parts
}

fn str_split(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a)?;
    let (sep, max) = split_args(vm, a)?;
    let parts: Vec<&str> = match &sep {
        None => split_whitespace(&s.s, max, false),
        Some(sep) if max < 0 => s.s.split(sep.as_str()).collect(),
        Some(sep) => s.s.splitn(max as usize + 1, sep.as_str()).collect(),
    };
    let list = piece_list(vm, a, &s, &parts)?;
    with_split_allocation(list, split_prealloc(&s, sep.as_deref(), max))
}

fn str_rsplit(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a)?;
    let (sep, max) = split_args(vm, a)?;
    let mut parts: Vec<&str> = match &sep {
        None => split_whitespace(&s.s, max, true),
        Some(sep) if max < 0 => s.s.rsplit(sep.as_str()).collect(),
        Some(sep) => s.s.rsplitn(max as usize + 1, sep.as_str()).collect(),
    };
    if sep.is_some() {
        parts.reverse();
    }
    let list = piece_list(vm, a, &s, &parts)?;
    with_split_allocation(list, split_prealloc(&s, sep.as_deref(), max))
}

/// The slots CPython's str split/rsplit allocate up front: `PREALLOC_SIZE(maxcount)`
/// (maxcount + 1, at most 12), where a missing maxsplit counts the most pieces the
/// string could give; a separator longer (or wider) than the string gives a list of 1.
fn split_prealloc(s: &StrObj, sep: Option<&str>, maxsplit: i64) -> usize {
    let len1 = s.nchars as i64;
    let maxcount = match sep {
        Some(sep) => {
            let sep = StrObj::new(sep);
            if s.kind() < sep.kind() || s.nchars < sep.nchars {
                return 1;
            }
            if maxsplit < 0 {
                len1 / sep.nchars as i64 + 1
            } else {
                maxsplit
            }
        }
        // C's division truncates: an empty string gives (0 - 1) / 2 + 1 = 1.
        None if maxsplit < 0 => (len1 - 1) / 2 + 1,
        None => maxsplit,
    };
    if maxcount >= 12 {
        12
    } else {
        maxcount as usize + 1
    }
}

/// `list` (a split's result) with the allocation CPython's split would have given it.
pub(crate) fn with_split_allocation(list: ObjRef, prealloc: usize) -> PyResult {
    if let Some(l) = list.downcast_ref::<ListObj>() {
        l.set_split_allocation(prealloc);
    }
    Ok(list)
}

fn partition(vm: &Vm, a: &Args<'_>, from_right: bool) -> PyResult {
    let s = this(vm, a)?;
    let sep = str_arg(
        vm,
        a,
        1,
        if from_right {
            "rpartition"
        } else {
            "partition"
        },
    )?;
    if sep.s.is_empty() {
        return vm.value_err("empty separator");
    }
    let found = if from_right {
        s.s.rfind(&*sep.s)
    } else {
        s.s.find(&*sep.s)
    };
    let (x, y, z) = match found {
        Some(p) => (&s.s[..p], &*sep.s, &s.s[p + sep.s.len()..]),
        // Not found: the receiver itself (a subclass's instance too: stringlib's partition
        // has no exactness check) and two empty strings.
        None => {
            let (whole, empty) = (a.pos[0].clone(), vm.new_str("")?);
            let v = if from_right {
                vec![empty.clone(), empty, whole]
            } else {
                vec![whole, empty.clone(), empty]
            };
            return vm.new_tuple(v);
        }
    };
    let v = vec![vm.new_str(x)?, vm.new_str(y)?, vm.new_str(z)?];
    vm.new_tuple(v)
}

fn str_partition(vm: &Vm, a: &Args<'_>) -> PyResult {
    partition(vm, a, false)
}

fn str_rpartition(vm: &Vm, a: &Args<'_>) -> PyResult {
    partition(vm, a, true)
}

/// Python's line boundaries (`str.splitlines`).
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn str_splitlines(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a)?;
    let keep = match a.pos.get(1).or_else(|| a.kw("keepends")) {
        Some(k) => vm.truthy(k)?,
        None => false,
    };
    let chars: Vec<char> = s.s.chars().collect();
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        if is_line_break(chars[i]) {
            let mut end = i + 1;
            if chars[i] == '\r' && chars.get(i + 1) == Some(&'\n') {
                end += 1;
            }
            let stop = if keep { end } else { i };
            parts.push(chars[start..stop].iter().collect());
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < chars.len() {
        parts.push(chars[start..].iter().collect());
    }
    // stringlib's splitlines appends to an empty list.
    with_split_allocation(split_list(vm, a, &s, parts)?, 0)
}

fn str_join(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a)?;
    let Some(it) = a.pos.get(1) else {
        return vm.type_err("str.join() takes exactly one argument (0 given)");
    };
    // Lists and tuples are read in place (joining runs no Python code); anything else is
    // iterated into a vector first.
    if let Some(l) = it.downcast_ref::<ListObj>() {
        return join_items(vm, &s, &l.items.borrow());
    }
    if let Some(t) = it.downcast_ref::<TupleObj>() {
        return join_items(vm, &s, tuple_items(t));
    }
    if vm.get_iter(it).is_err() {
        return vm.type_err("can only join an iterable");
    }
    join_items(vm, &s, &vm.collect(it)?)
}

/// `sep.join(items)` as CPython's `_PyUnicode_JoinArray`: one exact str is returned itself,
/// an empty result is the empty str, and otherwise the text is sized once up front.
fn join_items(vm: &Vm, sep: &StrObj, items: &[ObjRef]) -> PyResult {
    if let [only] = items {
        if only.is::<StrObj>() {
            return Ok(only.clone());
        }
    }
    let (mut len, mut nchars) = (0usize, 0usize);
    for (i, x) in items.iter().enumerate() {
        match super::subclass::downcast_receiver::<StrObj>(x) {
            Some(xs) => {
                len += xs.s.len();
                nchars += xs.nchars;
            }
            None => {
                return vm.type_err(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(x)
                ))
            }
        }
    }
    let gaps = items.len().saturating_sub(1);
    len += sep.s.len() * gaps;
    nchars += sep.nchars * gaps;
    if len == 0 {
        return vm.new_str("");
    }
    let mut out = String::with_capacity(len);
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep.s);
        }
        if let Some(xs) = super::subclass::downcast_receiver::<StrObj>(x) {
            out.push_str(&xs.s);
        }
    }
    vm.new_str_counted(out, nchars)
}

// ---- searching --------------------------------------------------------------------------

/// The haystack window `[start:end]` (char indices, clamped like a slice) as a byte range of
/// `s`, with its char offset; `None` when the window is empty-reversed.
fn window(vm: &Vm, a: &Args<'_>, s: &StrObj, i: usize) -> PyResult<Option<(usize, usize, usize)>> {
    let n = s.nchars as i64;
    let get = |k: usize, default: i64| -> PyResult<i64> {
        match a.pos.get(k) {
            Some(v) if !vm.is_none(v) => super::arg_spec::slice_bound(vm, v, true),
            _ => Ok(default),
        }
    };
    let clamp = |v: i64, limit: i64| -> usize {
        let v = if v < 0 { v.saturating_add(n) } else { v };
        v.clamp(0, limit) as usize
    };
    // CPython's ADJUST_INDICES clamps the end to the length but not the start: a start
    // past the end finds nothing, not even `''` (`'abc'.find('', 9)` is -1).
    let (cs, ce) = (clamp(get(i, 0)?, n + 1), clamp(get(i + 1, n)?, n));
    if cs > ce {
        return Ok(None);
    }
    Ok(Some((s.byte_offset(cs), s.byte_offset(ce), cs)))
}

fn find_impl(vm: &Vm, a: &Args<'_>, fname: &str, from_right: bool) -> PyResult<i64> {
    let s = this(vm, a)?;
    // CPython converts the bounds before it looks at the substring.
    let window = window(vm, a, &s, 2)?;
    let sub = str_arg(vm, a, 1, fname)?;
    let Some((bs, be, cs)) = window else {
        return Ok(-1);
    };
    let hay = &s.s[bs..be];
    let r = if from_right {
        hay.rfind(&*sub.s)
    } else {
        hay.find(&*sub.s)
    };
    Ok(r.map_or(-1, |b| (cs + hay[..b].chars().count()) as i64))
}

fn str_find(vm: &Vm, a: &Args<'_>) -> PyResult {
    vm.new_int(find_impl(vm, a, "find", false)?)
}

fn str_rfind(vm: &Vm, a: &Args<'_>) -> PyResult {
    vm.new_int(find_impl(vm, a, "rfind", true)?)
}

fn str_index(vm: &Vm, a: &Args<'_>) -> PyResult {
    match find_impl(vm, a, "index", false)? {
        -1 => vm.value_err("substring not found"),
        i => vm.new_int(i),
    }
}

fn str_rindex(vm: &Vm, a: &Args<'_>) -> PyResult {
    match find_impl(vm, a, "rindex", true)? {
        -1 => vm.value_err("substring not found"),
        i => vm.new_int(i),
    }
}

fn str_count(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a)?;
    let window = window(vm, a, &s, 2)?;
    let sub = str_arg(vm, a, 1, "count")?;
    let Some((bs, be, _)) = window else {
        return vm.new_int(0);
    };
    let hay = &s.s[bs..be];
    let n = if sub.s.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(&*sub.s).count()
    };
    vm.new_int(n as i64)
}

fn affix(vm: &Vm, a: &Args<'_>, fname: &str, suffix: bool) -> PyResult {
    // The common `s.startswith(x)`, both exact strs, no window: no candidate list.
    if let ([s, p], []) = (a.pos, a.kwnames) {
        if let (Some(s), Some(p)) = (s.downcast_ref::<StrObj>(), p.downcast_ref::<StrObj>()) {
            let yes = if suffix {
                s.s.ends_with(&*p.s)
            } else {
                s.s.starts_with(&*p.s)
            };
            return Ok(if yes {
                vm.true_.clone()
            } else {
                vm.false_.clone()
            });
        }
    }
    let s = this(vm, a)?;
    let Some(p) = a.pos.get(1) else {
        return vm.type_err(format!("{fname}() takes at least 1 argument (0 given)"));
    };
    let cands = match p.downcast::<TupleObj>() {
        Some(t) => tuple_items(&t).to_vec(),
        None => vec![p.clone()],
    };
    let window = window(vm, a, &s, 2)?;
    for c in cands {
        let Some(cs) = super::subclass::downcast_receiver::<StrObj>(&c) else {
            let what = if p.is::<TupleObj>() {
                format!(
                    "tuple for {fname} must only contain str, not {}",
                    vm.type_name(&c)
                )
            } else {
                format!(
                    "{fname} first arg must be str or a tuple of str, not {}",
                    vm.type_name(&c)
                )
            };
            return vm.type_err(what);
        };
        if let Some((bs, be, _)) = window {
            let hay = &s.s[bs..be];
            if (suffix && hay.ends_with(&*cs.s)) || (!suffix && hay.starts_with(&*cs.s)) {
                return Ok(vm.true_.clone());
            }
        }
    }
    Ok(vm.false_.clone())
}

fn str_startswith(vm: &Vm, a: &Args<'_>) -> PyResult {
    affix(vm, a, "startswith", false)
}

fn str_endswith(vm: &Vm, a: &Args<'_>) -> PyResult {
    affix(vm, a, "endswith", true)
}

fn str_replace(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a)?;
    if a.pos.len() < 3 {
        return vm.type_err(format!(
            "replace expected at least 2 arguments, got {}",
            a.pos.len().saturating_sub(1)
        ));
    }
    for (k, v) in a.pos[1..3].iter().enumerate() {
        if !v.is::<StrObj>() {
            return vm.type_err(format!(
                "replace() argument {} must be str, not {}",
                k + 1,
                super::arg_spec::bad_type_name(vm, v)
            ));
        }
    }
    let old = str_arg(vm, a, 1, "replace")?;
    let new = str_arg(vm, a, 2, "replace")?;
    let count = match a.pos.get(3).or_else(|| a.kw("count")) {
        Some(n) => vm.index(n)?,
        None => -1,
    };
    // Nothing to replace: the receiver comes back (CPython's `replace`, `nothing:`).
    if count == 0
        || s.s.is_empty() && !old.s.is_empty()
        || a.pos[1].ptr_eq(&a.pos[2])
        || !old.s.is_empty() && !s.s.contains(&*old.s)
    {
        return unchanged(vm, a, &s);
    }
    let r = if count < 0 {
        s.s.replace(&*old.s, &new.s)
    } else {
        s.s.replacen(&*old.s, &new.s, count as usize)
    };
    vm.new_str(&r)
}

/// The str argument of `removeprefix`/`removesuffix` (a str subclass's value too), or
/// CPython's TypeError naming `method`.
fn affix_arg(vm: &Vm, a: &Args<'_>, method: &str) -> PyResult<Gc<StrObj>> {
    match a
        .pos
        .get(1)
        .and_then(super::subclass::downcast_receiver::<StrObj>)
    {
        Some(p) => Ok(p),
        None => {
            let got = a
                .pos
                .get(1)
                .map(|v| super::arg_spec::bad_type_name(vm, v))
                .unwrap_or_default();
            vm.type_err(format!("{method}() argument must be str, not {got}"))
        }
    }
}

fn str_removeprefix(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a)?;
    let p = affix_arg(vm, a, "removeprefix")?;
    match s.s.strip_prefix(&*p.s) {
        Some(r) if !p.s.is_empty() => vm.new_str(r),
        _ => unchanged(vm, a, &s),
    }
}

fn str_removesuffix(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a)?;
    let p = affix_arg(vm, a, "removesuffix")?;
    match s.s.strip_suffix(&*p.s) {
        Some(r) if !p.s.is_empty() => vm.new_str(r),
        _ => unchanged(vm, a, &s),
    }
}

// ---- padding ----------------------------------------------------------------------------

fn justify(vm: &Vm, a: &Args<'_>, fname: &str, how: char) -> PyResult {
    let s = this(vm, a)?;
    let Some(w) = a.pos.get(1) else {
        return vm.type_err(format!("{fname} expected at least 1 argument, got 0"));
    };
    let w = vm.index(w)?.max(0) as usize;
    let fill = match a.pos.get(2) {
        Some(f) => match super::subclass::downcast_receiver::<StrObj>(f) {
            Some(fs) if fs.nchars == 1 => fs.s.chars().next().unwrap_or(' '),
            Some(_) => return vm.type_err("The fill character must be exactly one character long"),
            None => {
                return vm.type_err(format!(
                    "The fill character must be a unicode character, not {}",
                    vm.type_name(f)
                ))
            }
        },
        None => ' ',
    };
    if s.nchars >= w {
        return unchanged(vm, a, &s);
    }
    vm.check_alloc(w.saturating_mul(fill.len_utf8()))?;
    let n = w - s.nchars;
    let f = |k: usize| -> String { std::iter::repeat_n(fill, k).collect() };
    let r = match how {
        '<' => format!("{}{}", s.s, f(n)),
        '>' => format!("{}{}", f(n), s.s),
        _ => {
            // CPython's pad(): the odd column goes left only when the width is odd.
            let left = n / 2 + (n & w & 1);
            format!("{}{}{}", f(left), s.s, f(n - left))
        }
    };
    vm.new_str(&r)
}

fn str_ljust(vm: &Vm, a: &Args<'_>) -> PyResult {
    justify(vm, a, "ljust", '<')
}

fn str_rjust(vm: &Vm, a: &Args<'_>) -> PyResult {
    justify(vm, a, "rjust", '>')
}

fn str_center(vm: &Vm, a: &Args<'_>) -> PyResult {
    justify(vm, a, "center", '^')
}

fn str_expandtabs(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a)?;
    let size = match a.pos.get(1).or_else(|| a.kw("tabsize")) {
        Some(v) => vm.index(v)?,
        None => 8,
    };
    if i32::try_from(size).is_err() {
        return vm.err("OverflowError", "Python int too large to convert to C int");
    }
    let tabs = s.s.matches('\t').count();
    if tabs == 0 {
        return unchanged(vm, a, &s);
    }
    vm.check_alloc(
        tabs.saturating_mul(size.max(0) as usize)
            .saturating_add(s.s.len()),
    )?;
    let mut out = String::with_capacity(s.s.len());
    let mut col: i64 = 0;
    for c in s.s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    vm.new_str(&out)
}

// ---- case -------------------------------------------------------------------------------

fn str_title(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a)?;
    vm.new_str(&unicode::title(&s.s))
}

fn str_casefold(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a)?;
    vm.new_str(&unicode::casefold(&s.s))
}

fn str_istitle(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a)?;
    Ok(vm.bool_obj(unicode::str_is_title(&s.s)))
}

// ---- predicates -------------------------------------------------------------------------

fn pred(vm: &Vm, a: &Args<'_>, f: fn(char) -> bool) -> PyResult {
    let s = this(vm, a)?;
    Ok(vm.bool_obj(!s.s.is_empty() && s.s.chars().all(f)))
}

fn str_isdecimal(vm: &Vm, a: &Args<'_>) -> PyResult {
    pred(vm, a, unicode::is_decimal)
}

fn str_isdigit(vm: &Vm, a: &Args<'_>) -> PyResult {
    pred(vm, a, unicode::is_digit)
}

fn str_isnumeric(vm: &Vm, a: &Args<'_>) -> PyResult {
    pred(vm, a, unicode::is_numeric)
}

fn str_isalpha(vm: &Vm, a: &Args<'_>) -> PyResult {
    pred(vm, a, unicode::is_alpha)
}

fn str_isalnum(vm: &Vm, a: &Args<'_>) -> PyResult {
    pred(vm, a, unicode::is_alnum)
}

fn str_isspace(vm: &Vm, a: &Args<'_>) -> PyResult {
    pred(vm, a, is_space)
}

fn str_isascii(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a)?;
    Ok(vm.bool_obj(s.is_ascii()))
}

fn str_isidentifier(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a)?;
    Ok(vm.bool_obj(unicode::is_identifier(&s.s)))
}

fn str_isprintable(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a)?;
    Ok(vm.bool_obj(s.s.chars().all(unicode::is_printable)))
}

/// `str.__str__`: the string itself when exact, else a plain copy (`unicode_str`).
fn str_dunder_str(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(s) = a
        .pos
        .first()
        .and_then(super::subclass::downcast_receiver::<StrObj>)
    else {
        let got = a.pos.first().map(|o| vm.type_name(o)).unwrap_or_default();
        return vm.type_err(format!(
            "descriptor '__str__' requires a 'str' object but received a '{got}'"
        ));
    };
    if a.pos.len() > 1 || !a.kwnames.is_empty() {
        return vm.type_err(format!(
            "expected 0 arguments, got {}",
            a.pos.len() - 1 + a.kwnames.len()
        ));
    }
    unchanged(vm, a, &s)
}

// ---- translation --------------------------------------------------------------------------

/// `str.maketrans(x[, y[, z]])` (a static method): a dict from code points to code points,
/// strings or None.
fn str_maketrans(vm: &Vm, a: &Args<'_>) -> PyResult {
    let d = vm.new_dict()?;
    match a.pos {
        [m] => {
            let Some(src) = m.downcast::<DictObj>() else {
                return vm.type_err("if you give only one argument to maketrans it must be a dict");
            };
            let items: Vec<(ObjRef, ObjRef)> = src
                .0
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect();
            for (k, v) in items {
                let key = match super::subclass::downcast_receiver::<StrObj>(&k) {
                    Some(ks) if ks.nchars == 1 => {
                        vm.new_int(ks.s.chars().next().map_or(0, |c| c as i64))?
                    }
                    Some(_) => {
                        return vm.value_err("string keys in translate table must be of length 1")
                    }
                    None if vm.num(&k).is_some() => k,
                    None => {
                        return vm.type_err("keys in translate table must be strings or integers")
                    }
                };
                vm.dict_set(&d, key, v)?;
            }
        }
        [x, y, rest @ ..] if rest.len() <= 1 => {
            // Argument Clinic checks `y` and `z` (str), then the body checks `x`.
            for (i, v) in [y].into_iter().chain(rest).enumerate() {
                if super::subclass::downcast_receiver::<StrObj>(v).is_none() {
                    return vm.type_err(format!(
                        "maketrans() argument {} must be str, not {}",
                        i + 2,
                        super::arg_spec::bad_type_name(vm, v)
                    ));
                }
            }
            let (Some(xs), Some(ys)) = (
                super::subclass::downcast_receiver::<StrObj>(x),
                super::subclass::downcast_receiver::<StrObj>(y),
            ) else {
                return vm.type_err(
                    "first maketrans argument must be a string if there is a second argument",
                );
            };
            if xs.nchars != ys.nchars {
                return vm.value_err("the first two maketrans arguments must have equal length");
            }
            for (c, r) in xs.s.chars().zip(ys.s.chars()) {
                vm.dict_set(&d, vm.new_int(c as i64)?, vm.new_int(r as i64)?)?;
            }
            if let Some(z) = rest.first() {
                let Some(zs) = super::subclass::downcast_receiver::<StrObj>(z) else {
                    return vm.type_err("maketrans() argument 3 must be str");
                };
                for c in zs.s.chars() {
                    vm.dict_set(&d, vm.new_int(c as i64)?, vm.none())?;
                }
            }
        }
        _ => {
            return vm.type_err(format!(
                "maketrans() takes from 1 to 3 positional arguments but {} were given",
                a.pos.len()
            ))
        }
    }
    Ok(d.into())
}

/// `s.translate(table)`: each character's code point looked up with `table[ord(c)]`; a
/// missing entry keeps the character, None deletes it, an int or str replaces it.
fn str_translate(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a)?;
    let Some(table) = a.pos.get(1) else {
        return vm.type_err("str.translate() takes exactly one argument (0 given)");
    };
    let mut out = String::with_capacity(s.s.len());
    for c in s.s.chars() {
        let key = vm.new_int(c as i64)?;
        match vm.getitem(table, &key) {
            Ok(v) if vm.is_none(&v) => {}
            Ok(v) => match (super::subclass::downcast_receiver::<StrObj>(&v), vm.num(&v)) {
                (Some(r), _) => out.push_str(&r.s),
                (None, Some(super::ops::Num::I(i))) => {
                    match u32::try_from(i).ok().and_then(char::from_u32) {
                        Some(ch) => out.push(ch),
                        None => {
                            return vm.value_err("character mapping must be in range(0x110000)")
                        }
                    }
                }
                _ => return vm.type_err("character mapping must return integer, None or str"),
            },
            Err(e) if vm.exc_matches(&e, "LookupError") => out.push(c),
            Err(e) => return Err(e),
        }
    }
    vm.new_str(&out)
}

// ---- str.format -------------------------------------------------------------------------

/// `str.format(*args, **kwargs)`: fields `{name.attr[key]!conv:spec}` where the spec may
/// hold nested `{}` fields; `{{`/`}}` escape braces.
fn str_format(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a)?;
    let mut auto = 0usize;
    let out = format_template(vm, &s.s, &a.pos[1..], Names::Keywords(a), &mut auto, 2)?;
    vm.new_str(&out)
}

/// Where `str.format` finds named fields: its keyword arguments, or (`format_map`) a
/// mapping, indexed per field as the template names it.
#[derive(Clone, Copy)]
enum Names<'a> {
    Keywords(&'a Args<'a>),
    Mapping(&'a ObjRef),
}

fn format_template(
    vm: &Vm,
    t: &str,
    pos: &[ObjRef],
    a: Names<'_>,
    auto: &mut usize,
    depth: u32,
) -> PyResult<String> {
    let c: Vec<char> = t.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < c.len() {
        match c[i] {
            '{' if c.get(i + 1) == Some(&'{') => {
                out.push('{');
                i += 2;
            }
            '{' => {
                let start = i + 1;
                let mut level = 1;
                i += 1;
                while i < c.len() {
                    match c[i] {
                        '{' => level += 1,
                        '}' => {
                            level -= 1;
                            if level == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
                if i >= c.len() {
                    return vm.value_err(if level > 1 || c[start..].contains(&'{') {
                        "expected '}' before end of string"
                    } else {
                        "Single '{' encountered in format string"
                    });
                }
                let field: String = c[start..i].iter().collect();
                i += 1;
                if depth == 0 {
                    return vm.value_err("Max string recursion exceeded");
                }
                out.push_str(&format_field(vm, &field, pos, a, auto, depth)?);
            }
            '}' if c.get(i + 1) == Some(&'}') => {
                out.push('}');
                i += 2;
            }
            '}' => return vm.value_err("Single '}' encountered in format string"),
            ch => {
                out.push(ch);
                i += 1;
            }
        }
    }
    Ok(out)
}

fn format_field(
    vm: &Vm,
    field: &str,
    pos: &[ObjRef],
    a: Names<'_>,
    auto: &mut usize,
    depth: u32,
) -> PyResult<String> {
    // Split off the spec at the first ':' outside brackets, then the conversion.
    let mut bracket = false;
    let mut split = None;
    for (k, ch) in field.char_indices() {
        match ch {
            '[' => bracket = true,
            ']' => bracket = false,
            ':' | '!' if !bracket => {
                split = Some(k);
                break;
            }
            _ => {}
        }
    }
    let (name, rest) = match split {
        Some(k) => (&field[..k], &field[k..]),
        None => (field, ""),
    };
    let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
        let mut it = r.chars();
        let conv = it.next();
        let after = it.as_str();
        let spec = match after.strip_prefix(':') {
            Some(sp) => sp,
            None if after.is_empty() => "",
            None => return vm.value_err("expected ':' after conversion specifier"),
        };
        (conv, spec)
    } else {
        (None, rest.strip_prefix(':').unwrap_or(""))
    };
    // The argument: auto-numbered, positional index, or keyword, then .attr / [key] parts.
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let (base, mut chain) = name.split_at(first_end);
    let mut v = if base.is_empty() {
        if *auto == usize::MAX {
            return vm.value_err(
                "cannot switch from manual field specification to automatic field numbering",
            );
        }
        let n = *auto;
        *auto += 1;
        positional_field(vm, pos, n, a)?
    } else if let Ok(n) = base.parse::<usize>() {
        if *auto > 0 && *auto != usize::MAX {
            return vm.value_err(
                "cannot switch from automatic field numbering to manual field specification",
            );
        }
        *auto = usize::MAX;
        positional_field(vm, pos, n, a)?
    } else {
        match a {
            Names::Keywords(a) => match a.kw(base) {
                Some(v) => v.clone(),
                None => {
                    let k = vm.new_str(base)?;
                    return Err(vm.new_exception(&vm.exc_type("KeyError"), vec![k]));
                }
            },
            Names::Mapping(m) => vm.getitem(m, &vm.new_str(base)?)?,
        }
    };
    while !chain.is_empty() {
        if let Some(r) = chain.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            v = vm.getattr_str(&v, &r[..end])?;
            chain = &r[end..];
        } else if let Some(r) = chain.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return vm.value_err("Missing ']' in format string");
            };
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(n) => vm.new_int(n)?,
                Err(_) => vm.new_str(key)?,
            };
            v = vm.getitem(&v, &k)?;
            chain = &r[end + 1..];
        } else {
            return vm.value_err("Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    let v = match conv {
        Some('r') => vm.new_str(&vm.repr(&v)?)?,
        Some('s') => vm.str_obj(&v)?,
        Some('a') => vm.new_str(&super::codecs::ascii_escape(&vm.repr(&v)?))?,
        Some(other) => return vm.value_err(format!("Unknown conversion specifier {other}")),
        None => v,
    };
    let spec = if spec.contains('{') {
        format_template(vm, spec, pos, a, auto, depth - 1)?
    } else {
        spec.to_string()
    };
    vm.format(&v, &spec)
}

/// Positional field `n` of a template (`format_map` has no positional arguments at all).
fn positional_field(vm: &Vm, pos: &[ObjRef], n: usize, names: Names<'_>) -> PyResult {
    if matches!(names, Names::Mapping(_)) {
        return vm.value_err("Format string contains positional fields");
    }
    match pos.get(n) {
        Some(v) => Ok(v.clone()),
        None => vm.err(
            "IndexError",
            format!("Replacement index {n} out of range for positional args tuple"),
        ),
    }
}

/// `str.format_map(mapping)`: `str.format(**mapping)` without copying into keywords.
fn str_format_map(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this(vm, a)?;
    let Some(mapping) = a.pos.get(1).filter(|_| a.pos.len() == 2) else {
        return vm.type_err(format!(
            "format_map() takes exactly one argument ({} given)",
            a.pos.len().saturating_sub(1)
        ));
    };
    let mut auto = 0usize;
    let out = format_template(vm, &s.s, &[], Names::Mapping(mapping), &mut auto, 2)?;
    vm.new_str(&out)
}

/// Install over `methods.rs`'s str methods.
pub fn install(vm: &Vm) {
    let s = &vm.types.str_;
    for (n, f) in [
        ("split", str_split as NativeFn),
        ("rsplit", str_rsplit),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("splitlines", str_splitlines),
        ("join", str_join),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("replace", str_replace),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("center", str_center),
        ("expandtabs", str_expandtabs),
        ("title", str_title),
        ("casefold", str_casefold),
        ("istitle", str_istitle),
        ("isdecimal", str_isdecimal),
        ("isdigit", str_isdigit),
        ("isnumeric", str_isnumeric),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isascii", str_isascii),
        ("isidentifier", str_isidentifier),
        ("isprintable", str_isprintable),
        ("__str__", str_dunder_str),
        ("format", str_format),
        ("translate", str_translate),
        ("format_map", str_format_map),
    ] {
        super::methods::add(vm, s, n, f);
    }
    // A static method: the same function whether reached through `str` or a string.
    super::methods::add_static(vm, s, "maketrans", str_maketrans);
}
