//! The JSON encoder of the `_json` module: Python objects to one JSON str in a single
//! native pass, where CPython's `json` uses its C encoder (`JSONEncoder.encode`, and
//! `iterencode(o, _one_shot=True)`), with the same output, type rules and errors.
//!
//! The rules are the C encoder's: None/True/False, then any str, int or float (subclasses
//! included, written as the base type writes them: `int.__repr__`, `float.__repr__`), then
//! any list or tuple (an exact one's items as stored, a subclass's through its `__iter__`), then
//! any dict (a subclass through its `items()`), and anything else through `default(o)`.
//! Dict keys may be str, float, bool, None or int (converted to their JSON text), others
//! are skipped with `skipkeys` or refused. `sort_keys` sorts the (key, value) items before
//! any key is converted, so mixed key types fail with the comparison's `TypeError`.
//! Containers and `default` objects being encoded are remembered by address when
//! `check_circular` is on, to report cycles instead of recursing forever.
//!
//! Also here: `encode_basestring` and `encode_basestring_ascii`, the string escapers.

use std::collections::HashSet;
use std::fmt::Write;

use heap::{Gc, ObjRef};

use super::super::objects::float::float_repr;
use crate::runtime::int_digits::{self, SmallDecimal};
use crate::runtime::objects::*;
use crate::runtime::sort::sort_values;
use crate::runtime::subclass::downcast_receiver;
use crate::runtime::{Args, PyResult, Vm};

/// CPython 3.12 bounds the encoder's recursion by its C recursion budget, not by
/// `sys.getrecursionlimit()`: 1497 nested containers encode, 1498 raise `RecursionError`.
const MAX_DEPTH: usize = 1497;

/// Append the JSON form of `s` (quotes included), escaping only what JSON requires:
/// quotes, backslashes and control characters.
pub fn escape_into(out: &mut String, s: &str) {
    out.push('"');
    let b = s.as_bytes();
    let mut start = 0;
    for (i, &c) in b.iter().enumerate() {
        if c >= 0x20 && c != b'"' && c != b'\\' {
            continue;
        }
        out.push_str(&s[start..i]);
        push_escape(out, c);
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// The escape of an ASCII character that JSON does not allow bare.
fn push_escape(out: &mut String, c: u8) {
    match c {
        b'"' => out.push_str("\\\""),
        b'\\' => out.push_str("\\\\"),
        b'\n' => out.push_str("\\n"),
        b'\r' => out.push_str("\\r"),
        b'\t' => out.push_str("\\t"),
        0x08 => out.push_str("\\b"),
        0x0c => out.push_str("\\f"),
        _ => push_u(out, u32::from(c)),
    }
}

fn push_u(out: &mut String, unit: u32) {
    let _ = write!(out, "\\u{unit:04x}");
}

/// Append the ASCII JSON form of `s`: past printable ASCII everything is a `\uXXXX` escape
/// (a UTF-16 surrogate pair beyond the BMP).
pub fn escape_ascii_into(out: &mut String, s: &str) {
    out.push('"');
    let b = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if (0x20..0x7f).contains(&c) && c != b'"' && c != b'\\' {
            i += 1;
            continue;
        }
        out.push_str(&s[start..i]);
        if c < 0x80 {
            push_escape(out, c);
            i += 1;
        } else {
            // The start of a multi-byte character.
            let ch = s[i..].chars().next().unwrap_or('\u{fffd}');
            let n = ch as u32;
            if n < 0x10000 {
                push_u(out, n);
            } else {
                let v = n - 0x10000;
                push_u(out, 0xd800 | (v >> 10));
                push_u(out, 0xdc00 | (v & 0x3ff));
            }
            i += ch.len_utf8();
        }
        start = i;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// The text of a str argument (a str subclass's own text).
fn str_arg(vm: &Vm, a: &Args<'_>) -> PyResult<Gc<StrObj>> {
    match a.pos.first() {
        Some(o) => match downcast_receiver::<StrObj>(o) {
            Some(s) => Ok(s),
            None => vm.type_err(format!(
                "first argument must be a string, not {}",
                vm.type_name(o)
            )),
        },
        None => vm.type_err("function takes exactly 1 argument (0 given)"),
    }
}

/// `_json.encode_basestring_ascii(s)`.
pub fn encode_basestring_ascii(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = str_arg(vm, a)?;
    let mut out = String::with_capacity(s.s.len() + 2);
    escape_ascii_into(&mut out, &s.s);
    vm.new_str_ascii(&out)
}

/// `_json.encode_basestring(s)`.
pub fn encode_basestring(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = str_arg(vm, a)?;
    let mut out = String::with_capacity(s.s.len() + 2);
    escape_into(&mut out, &s.s);
    let n = s.nchars + out.len() - s.s.len();
    vm.new_str_counted(out, n)
}

/// One encoding run.
struct Encoder<'a> {
    vm: &'a Vm,
    /// Addresses of the containers (and `default` objects) being encoded, when
    /// `check_circular`.
    markers: Option<HashSet<usize>>,
    default: ObjRef,
    ascii: bool,
    indent: Option<String>,
    key_separator: String,
    item_separator: String,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
    out: String,
    depth: usize,
}

impl Encoder<'_> {
    fn string(&mut self, s: &str) {
        if self.ascii {
            escape_ascii_into(&mut self.out, s);
        } else {
            escape_into(&mut self.out, s);
        }
    }

    /// A float's JSON text (`NaN`/`Infinity` only with `allow_nan`); `o` is the float
    /// object, whose own repr the error shows.
    fn float(&mut self, f: f64, o: &ObjRef) -> PyResult<()> {
        if f.is_finite() {
            self.out.push_str(&float_repr(f));
            return Ok(());
        }
        if !self.allow_nan {
            let shown = self.vm.repr(o)?;
            return self.vm.value_err(format!(
                "Out of range float values are not JSON compliant: {shown}"
            ));
        }
        self.out.push_str(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        });
        Ok(())
    }

    fn int(&mut self, i: &IntObj) -> PyResult<()> {
        match i {
            IntObj::Small(v) => self.out.push_str(SmallDecimal::new(*v).as_str()),
            IntObj::Big(b) => {
                let s = int_digits::to_decimal(self.vm, b)?;
                self.out.push_str(&s);
            }
        }
        Ok(())
    }

    fn enter(&mut self) -> PyResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH || self.vm.stack_low() {
            self.depth -= 1;
            return self.vm.err(
                "RecursionError",
                "maximum recursion depth exceeded while encoding a JSON object",
            );
        }
        Ok(())
    }

    /// Remember `o` as being encoded; a second visit is a cycle.
    fn mark(&mut self, o: &ObjRef) -> PyResult<()> {
        if let Some(m) = &mut self.markers {
            if !m.insert(o.addr()) {
                return self.vm.value_err("Circular reference detected");
            }
        }
        Ok(())
    }

    fn unmark(&mut self, o: &ObjRef) {
        if let Some(m) = &mut self.markers {
            m.remove(&o.addr());
        }
    }

    /// A newline and the indent of `level`, if indenting.
    fn newline(&mut self, level: usize) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(ind);
            }
        }
    }

    fn separator(&mut self, level: usize) {
        let sep = std::mem::take(&mut self.item_separator);
        self.out.push_str(&sep);
        self.item_separator = sep;
        self.newline(level);
    }

    fn value(&mut self, o: &ObjRef, level: usize) -> PyResult<()> {
        let vm = self.vm;
        if vm.is_none(o) {
            self.out.push_str("null");
            return Ok(());
        }
        if let Some(b) = o.downcast_ref::<BoolObj>() {
            self.out.push_str(if b.0 { "true" } else { "false" });
            return Ok(());
        }
        if let Some(s) = o.downcast_ref::<StrObj>() {
            self.string(&s.s);
            return Ok(());
        }
        if let Some(i) = o.downcast_ref::<IntObj>() {
            return self.int(i);
        }
        if let Some(f) = o.downcast_ref::<FloatObj>() {
            return self.float(f.0, o);
        }
        if let Some(l) = o.downcast::<ListObj>() {
            let items = l.items.borrow().clone();
            return self.nested(level, |e, level| e.list(o, &items, level));
        }
        if let Some(t) = o.downcast::<TupleObj>() {
            let items = tuple_items(&t).to_vec();
            return self.nested(level, |e, level| e.list(o, &items, level));
        }
        if let Some(d) = o.downcast::<DictObj>() {
            return self.nested(level, |e, level| e.dict(o, &d, level));
        }
        // Subclasses of the built-in types: as their base values, except for a dict's items.
        if let Some(base) = crate::runtime::subclass::base_of(o) {
            if let Some(s) = base.downcast_ref::<StrObj>() {
                self.string(&s.s);
                return Ok(());
            }
            if let Some(i) = base.downcast_ref::<IntObj>() {
                return self.int(i);
            }
            if let Some(f) = base.downcast_ref::<FloatObj>() {
                return self.float(f.0, o);
            }
            // A list or tuple subclass is iterated, with its own `__iter__` (CPython's
            // `PySequence_Fast` takes only the exact types' storage as it is).
            if base.is::<ListObj>() || base.is::<TupleObj>() {
                let items = vm.collect(o)?;
                return self.nested(level, |e, level| e.list(o, &items, level));
            }
            if let Some(d) = base.downcast::<DictObj>() {
                return self.nested(level, |e, level| e.dict(o, &d, level));
            }
        }
        // A dict subclass whose items live elsewhere (pymem's OrderedDict and defaultdict
        // keep theirs in a wrapped dict): through its `items()`.
        if vm.isinstance(o, &vm.types.dict) {
            return self.nested(level, |e, level| e.dict_like(o, level));
        }
        self.mark(o)?;
        let r = (|| {
            let replacement = vm.call(&self.default, std::slice::from_ref(o), None)?;
            self.enter()?;
            let r = self.value(&replacement, level);
            self.depth -= 1;
            r
        })();
        self.unmark(o);
        r
    }

    fn nested(
        &mut self,
        level: usize,
        f: impl FnOnce(&mut Self, usize) -> PyResult<()>,
    ) -> PyResult<()> {
        self.enter()?;
        let r = f(self, level);
        self.depth -= 1;
        r
    }

    fn list(&mut self, o: &ObjRef, items: &[ObjRef], level: usize) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        self.mark(o)?;
        self.out.push('[');
        let inner = level + 1;
        self.newline(inner);
        let mut r = Ok(());
        for (n, item) in items.iter().enumerate() {
            if n > 0 {
                self.separator(inner);
            }
            r = self.value(item, inner);
            if r.is_err() {
                break;
            }
        }
        if r.is_ok() {
            self.newline(level);
            self.out.push(']');
        }
        self.unmark(o);
        r
    }

    /// The (key, value) items of a dict: a snapshot of an exact dict's storage, or a
    /// subclass's `items()`.
    fn items(&self, o: &ObjRef, d: &DictObj) -> PyResult<Vec<(ObjRef, ObjRef)>> {
        if o.is::<DictObj>() {
            return Ok(d
                .0
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect());
        }
        self.method_items(o)
    }

    /// `o.items()` as (key, value) pairs.
    fn method_items(&self, o: &ObjRef) -> PyResult<Vec<(ObjRef, ObjRef)>> {
        let vm = self.vm;
        let items = vm.getattr_str(o, "items")?;
        let items = vm.call(&items, &[], None)?;
        let mut out = Vec::new();
        for item in vm.collect(&items)? {
            let pair = item
                .downcast::<TupleObj>()
                .map(|t| tuple_items(&t).to_vec())
                .filter(|p| p.len() == 2);
            match pair {
                Some(p) => out.push((p[0].clone(), p[1].clone())),
                None => return vm.value_err("items must return 2-tuples"),
            }
        }
        Ok(out)
    }

    /// Items in key order (Python's `<` on the (key, value) pairs).
    fn sorted(&self, items: Vec<(ObjRef, ObjRef)>) -> PyResult<Vec<(ObjRef, ObjRef)>> {
        let vm = self.vm;
        let all_str = items.iter().all(|(k, _)| k.is::<StrObj>());
        if all_str {
            let mut items = items;
            items.sort_by(|(a, _), (b, _)| {
                let a = a.downcast_ref::<StrObj>();
                let b = b.downcast_ref::<StrObj>();
                match (a, b) {
                    (Some(a), Some(b)) => a.s.cmp(&b.s),
                    _ => std::cmp::Ordering::Equal,
                }
            });
            return Ok(items);
        }
        let pairs = items
            .into_iter()
            .map(|(k, v)| vm.new_tuple_from(&[k, v]))
            .collect::<PyResult<Vec<_>>>()?;
        let sorted = sort_values(vm, pairs, None, false)?;
        Ok(sorted
            .iter()
            .filter_map(|t| t.downcast::<TupleObj>())
            .map(|t| {
                let p = tuple_items(&t);
                (p[0].clone(), p[1].clone())
            })
            .collect())
    }

    /// A dict key's JSON text (before escaping), or None to skip the item.
    fn key_text(&mut self, key: &ObjRef) -> PyResult<Option<String>> {
        let vm = self.vm;
        let base = crate::runtime::subclass::base_of(key);
        let k = base.as_ref().unwrap_or(key);
        if let Some(s) = k.downcast_ref::<StrObj>() {
            return Ok(Some(s.s.to_string()));
        }
        if let Some(f) = k.downcast_ref::<FloatObj>() {
            let saved = std::mem::take(&mut self.out);
            let r = self.float(f.0, key);
            let text = std::mem::replace(&mut self.out, saved);
            r?;
            return Ok(Some(text));
        }
        if let Some(b) = k.downcast_ref::<BoolObj>() {
            return Ok(Some(if b.0 { "true" } else { "false" }.into()));
        }
        if vm.is_none(k) {
            return Ok(Some("null".into()));
        }
        if let Some(i) = k.downcast_ref::<IntObj>() {
            return Ok(Some(match &**i {
                IntObj::Small(v) => SmallDecimal::new(*v).as_str().to_string(),
                IntObj::Big(b) => int_digits::to_decimal(vm, b)?,
            }));
        }
        if self.skipkeys {
            return Ok(None);
        }
        vm.type_err(format!(
            "keys must be str, int, float, bool or None, not {}",
            vm.type_name(key)
        ))
    }

    fn dict(&mut self, o: &ObjRef, d: &DictObj, level: usize) -> PyResult<()> {
        if d.0.borrow().used == 0 {
            self.out.push_str("{}");
            return Ok(());
        }
        self.mark(o)?;
        let r = self.dict_items(o, d, level);
        self.unmark(o);
        r
    }

    fn dict_like(&mut self, o: &ObjRef, level: usize) -> PyResult<()> {
        let items = self.method_items(o)?;
        if items.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        self.mark(o)?;
        let r = self.write_items(items, level);
        self.unmark(o);
        r
    }

    fn dict_items(&mut self, o: &ObjRef, d: &DictObj, level: usize) -> PyResult<()> {
        let items = self.items(o, d)?;
        self.write_items(items, level)
    }

    fn write_items(&mut self, mut items: Vec<(ObjRef, ObjRef)>, level: usize) -> PyResult<()> {
        self.out.push('{');
        let inner = level + 1;
        self.newline(inner);
        if self.sort_keys {
            items = self.sorted(items)?;
        }
        let mut first = true;
        for (k, v) in &items {
            let Some(key) = self.key_text(k)? else {
                continue;
            };
            if !first {
                self.separator(inner);
            }
            first = false;
            self.string(&key);
            let sep = std::mem::take(&mut self.key_separator);
            self.out.push_str(&sep);
            self.key_separator = sep;
            self.value(v, inner)?;
        }
        self.newline(level);
        self.out.push('}');
        Ok(())
    }
}

/// A separator argument: a str (CPython's `make_encoder()` names it by position).
fn separator_arg(vm: &Vm, o: &ObjRef, position: usize) -> PyResult<String> {
    match downcast_receiver::<StrObj>(o) {
        Some(s) => Ok(s.s.to_string()),
        None => vm.type_err(format!(
            "make_encoder() argument {position} must be str, not {}",
            vm.type_name(o)
        )),
    }
}

/// `_json.encode(o, check_circular, default, ensure_ascii, indent, key_separator,
/// item_separator, sort_keys, skipkeys, allow_nan)`: the JSON text of `o` (`indent` is
/// None or the str of one level).
pub fn encode(vm: &Vm, a: &Args<'_>) -> PyResult {
    if a.pos.len() != 10 {
        return vm.type_err("encode() takes exactly 10 arguments");
    }
    let p = a.pos;
    let indent = if vm.is_none(&p[4]) {
        None
    } else {
        match downcast_receiver::<StrObj>(&p[4]) {
            Some(s) => Some(s.s.to_string()),
            None => return vm.type_err("indent must be None or a str"),
        }
    };
    let key_separator = separator_arg(vm, &p[5], 5)?;
    let item_separator = separator_arg(vm, &p[6], 6)?;
    let ascii = vm.truthy(&p[3])?;
    let mut e = Encoder {
        vm,
        markers: vm.truthy(&p[1])?.then(HashSet::new),
        default: p[2].clone(),
        ascii,
        indent,
        key_separator,
        item_separator,
        sort_keys: vm.truthy(&p[7])?,
        skipkeys: vm.truthy(&p[8])?,
        allow_nan: vm.truthy(&p[9])?,
        out: String::new(),
        depth: 0,
    };
    e.value(&p[0], 0)?;
    // Non-ASCII separators or indent make even an `ensure_ascii` result non-ASCII.
    if e.out.is_ascii() {
        vm.new_str_ascii(&e.out)
    } else {
        vm.new_str(&e.out)
    }
}
