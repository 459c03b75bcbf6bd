//! The JSON scanner of the `_json` module: a JSON document (a str) to Python objects, in
//! one native pass, with `json.loads`'s hooks and CPython 3.12's error messages and
//! positions.
//!
//! The frozen `json` builds one scanner per `JSONDecoder` ([`make_scanner`]): a built-in
//! function bound to a tuple of the decoder's settings, read once at construction as CPython's
//! `c_make_scanner` reads them (changing `decoder.object_hook` later has no effect there
//! either). Calling it as `scan_once(s, idx)` decodes the value at `idx` and returns
//! `(value, end)`, or raises `StopIteration(idx)` when no value starts there;
//! [`scan_document`] is the whole of `JSONDecoder.decode` (whitespace, value, whitespace,
//! "Extra data").
//!
//! The text is scanned as UTF-8 bytes: every character JSON gives a meaning to is ASCII, so
//! a multi-byte character is only ever part of a string's run of ordinary characters.
//! Positions seen from Python (error positions, `end`, `idx`) are character indices,
//! converted only at those edges.

use heap::{Gc, ObjRef};
use num_bigint::BigInt;

use crate::runtime::int_digits;
use crate::runtime::objects::string::str_hash;
use crate::runtime::objects::*;
use crate::runtime::subclass::downcast_receiver;
use crate::runtime::{Args, PyResult, Vm};

/// CPython 3.12 bounds the scanner's recursion by its C recursion budget, not by
/// `sys.getrecursionlimit()`: from a script's top level 1497 nested arrays or objects decode
/// and 1498 raise `RecursionError`.
const MAX_DEPTH: usize = 1497;

/// Where the settings sit in the tuple a scanner is bound to.
const STRICT: usize = 0;
const OBJECT_HOOK: usize = 1;
const PAIRS_HOOK: usize = 2;
const PARSE_FLOAT: usize = 3;
const PARSE_INT: usize = 4;
const PARSE_CONSTANT: usize = 5;
const SETTINGS: usize = 6;

/// Why a scan stopped.
enum Fail {
    /// No JSON value starts at this byte offset: "Expecting value" there, or
    /// `StopIteration` from `scan_once` itself.
    NoValue(usize),
    /// A Python exception (a decoding error, or one raised by a hook).
    Raised(ObjRef),
}

impl From<ObjRef> for Fail {
    fn from(e: ObjRef) -> Fail {
        Fail::Raised(e)
    }
}

type Scan<T> = Result<T, Fail>;

/// One scan over one document with one decoder's settings.
struct Scanner<'a> {
    vm: &'a Vm,
    /// The document, for error objects (`JSONDecodeError.doc`).
    doc_obj: &'a ObjRef,
    text: &'a str,
    bytes: &'a [u8],
    /// Every character is one byte: byte offsets are character indices.
    ascii: bool,
    strict: bool,
    object_hook: Option<ObjRef>,
    pairs_hook: Option<ObjRef>,
    /// None: the built-in `float` (parsed here, no call).
    parse_float: Option<ObjRef>,
    /// None: the built-in `int`.
    parse_int: Option<ObjRef>,
    parse_constant: ObjRef,
    /// Object keys decoded so far in this scan (each its own value), so that equal keys
    /// share one str object, as CPython's scanner memoizes them; made at the first key.
    memo: Option<Gc<DictObj>>,
    depth: usize,
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

fn hex4(b: &[u8]) -> Option<u32> {
    if b.len() < 4 {
        return None;
    }
    let mut v = 0u32;
    for &c in &b[..4] {
        v = v * 16 + char::from(c).to_digit(16)?;
    }
    Some(v)
}

impl<'a> Scanner<'a> {
    /// The character index of byte offset `b` (continuation bytes are not characters).
    fn char_pos(&self, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        let b = b.min(self.bytes.len());
        self.bytes[..b]
            .iter()
            .filter(|&&c| c & 0xc0 != 0x80)
            .count()
    }

    /// `JSONDecodeError(msg, doc, pos)` for byte offset `at`.
    fn exception(&self, msg: &str, at: usize) -> ObjRef {
        decode_error(self.vm, msg, self.doc_obj, self.char_pos(at))
    }

    fn error(&self, msg: &str, at: usize) -> Fail {
        Fail::Raised(self.exception(msg, at))
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.bytes.len() && is_ws(self.bytes[i]) {
            i += 1;
        }
        i
    }

    /// Enter a nested array or object, refusing past CPython's depth or the native stack.
    fn enter(&mut self, what: &str) -> Scan<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH || self.vm.stack_low() {
            self.depth -= 1;
            return Err(Fail::Raised(self.vm.exc_msg(
                "RecursionError",
                &format!(
                    "maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"
                ),
            )));
        }
        Ok(())
    }

    /// The value starting exactly at byte `i`, and the offset just after it.
    fn value(&mut self, i: usize) -> Scan<(ObjRef, usize)> {
        let vm = self.vm;
        let b = self.bytes;
        let Some(&c) = b.get(i) else {
            return Err(Fail::NoValue(i));
        };
        let rest = &b[i..];
        match c {
            b'"' => {
                let (text, end) = self.string(i + 1)?;
                let s = match text {
                    Text::Slice(a, z) => self.new_slice(a, z)?,
                    Text::Owned(s) => vm.new_str(&s)?,
                };
                Ok((s, end))
            }
            b'{' => {
                self.enter("object")?;
                let r = self.object(i + 1);
                self.depth -= 1;
                r
            }
            b'[' => {
                self.enter("array")?;
                let r = self.array(i + 1);
                self.depth -= 1;
                r
            }
            b'n' if rest.starts_with(b"null") => Ok((vm.none(), i + 4)),
            b't' if rest.starts_with(b"true") => Ok((vm.bool_obj(true), i + 4)),
            b'f' if rest.starts_with(b"false") => Ok((vm.bool_obj(false), i + 5)),
            b'N' if rest.starts_with(b"NaN") => Ok((self.constant("NaN")?, i + 3)),
            b'I' if rest.starts_with(b"Infinity") => Ok((self.constant("Infinity")?, i + 8)),
            b'-' if rest.starts_with(b"-Infinity") => Ok((self.constant("-Infinity")?, i + 9)),
            _ => self.number(i),
        }
    }

    fn constant(&self, name: &str) -> Scan<ObjRef> {
        let arg = self.vm.new_str(name)?;
        Ok(self.vm.call(&self.parse_constant, &[arg], None)?)
    }

    /// A str of the document's bytes `a..z` (ordinary characters only).
    fn new_slice(&self, a: usize, z: usize) -> PyResult {
        let s = &self.text[a..z];
        if self.ascii {
            self.vm.new_str_ascii(s)
        } else {
            self.vm.new_str(s)
        }
    }

    /// A number at byte `i`: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`, where a
    /// fraction or exponent that does not complete is left for the caller to trip over.
    fn number(&mut self, start: usize) -> Scan<(ObjRef, usize)> {
        let b = self.bytes;
        let digit = |j: usize| b.get(j).is_some_and(u8::is_ascii_digit);
        let mut j = start;
        if b.get(j) == Some(&b'-') {
            j += 1;
        }
        match b.get(j) {
            Some(b'0') => j += 1,
            Some(b'1'..=b'9') => {
                while digit(j) {
                    j += 1;
                }
            }
            _ => return Err(Fail::NoValue(start)),
        }
        let mut is_float = false;
        if b.get(j) == Some(&b'.') && digit(j + 1) {
            is_float = true;
            j += 2;
            while digit(j) {
                j += 1;
            }
        }
        if matches!(b.get(j), Some(b'e' | b'E')) {
            let mut k = j + 1;
            if matches!(b.get(k), Some(b'-' | b'+')) {
                k += 1;
            }
            if digit(k) {
                while digit(k) {
                    k += 1;
                }
                is_float = true;
                j = k;
            }
        }
        let text = &self.text[start..j];
        let vm = self.vm;
        let hook = if is_float {
            &self.parse_float
        } else {
            &self.parse_int
        };
        if let Some(f) = hook {
            let arg = vm.new_str_ascii(text)?;
            return Ok((vm.call(f, &[arg], None)?, j));
        }
        let v = if is_float {
            // JSON's number syntax is a subset of Rust's float syntax, and Rust's parse is
            // correctly rounded, as CPython's.
            vm.new_float(text.parse::<f64>().unwrap_or(f64::NAN))?
        } else {
            parse_int(vm, text)?
        };
        Ok((v, j))
    }

    /// The string whose opening quote is just before byte `start`: its text and the offset
    /// after its closing quote.
    fn string(&self, start: usize) -> Scan<(Text, usize)> {
        let b = self.bytes;
        let begin = start - 1;
        let mut owned: Option<String> = None;
        let mut lone: Option<(u32, usize)> = None;
        let mut end = start;
        loop {
            // The run of ordinary characters up to the next quote or backslash.
            let mut next = end;
            while next < b.len() {
                let c = b[next];
                if c == b'"' || c == b'\\' {
                    break;
                }
                if c < 0x20 && self.strict {
                    return Err(self.error("Invalid control character at", next));
                }
                next += 1;
            }
            if next >= b.len() {
                return Err(self.error("Unterminated string starting at", begin));
            }
            if b[next] == b'"' {
                if let Some((code, at)) = lone {
                    return Err(Fail::Raised(self.vm.exc_msg(
                        "ValueError",
                        &format!(
                            "lone surrogate \\u{code:04x} at char {}: pymem str cannot hold surrogates",
                            self.char_pos(at)
                        ),
                    )));
                }
                return Ok(match owned {
                    None => (Text::Slice(end, next), next + 1),
                    Some(mut s) => {
                        s.push_str(&self.text[end..next]);
                        (Text::Owned(s), next + 1)
                    }
                });
            }
            let s = owned.get_or_insert_with(String::new);
            s.push_str(&self.text[end..next]);
            // A backslash at `next`.
            let Some(&esc) = b.get(next + 1) else {
                return Err(self.error("Unterminated string starting at", begin));
            };
            let simple = match esc {
                b'"' => Some('"'),
                b'\\' => Some('\\'),
                b'/' => Some('/'),
                b'b' => Some('\u{8}'),
                b'f' => Some('\u{c}'),
                b'n' => Some('\n'),
                b'r' => Some('\r'),
                b't' => Some('\t'),
                b'u' => None,
                _ => return Err(self.error("Invalid \\escape", next)),
            };
            if let Some(ch) = simple {
                s.push(ch);
                end = next + 2;
                continue;
            }
            let u = next + 1;
            // Four hex digits, and something after them (the string is not closed yet).
            let bad = || self.error("Invalid \\uXXXX escape", u);
            if u + 5 >= b.len() {
                return Err(bad());
            }
            let mut code = hex4(&b[u + 1..]).ok_or_else(bad)?;
            end = u + 5;
            // A high surrogate followed by another `\u` escape: that one must be complete
            // (and followed by something), and joins it when it is a low surrogate.
            if (0xd800..0xdc00).contains(&code)
                && b.get(end) == Some(&b'\\')
                && b.get(end + 1) == Some(&b'u')
            {
                let u2 = end + 1;
                let bad2 = || self.error("Invalid \\uXXXX escape", u2);
                if u2 + 5 >= b.len() {
                    return Err(bad2());
                }
                let low = hex4(&b[u2 + 1..]).ok_or_else(bad2)?;
                if (0xdc00..0xe000).contains(&low) {
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00));
                    end += 6;
                }
            }
            match char::from_u32(code) {
                Some(ch) => s.push(ch),
                // pymem's str is UTF-8 text and cannot hold a lone surrogate: refused once
                // the string is otherwise complete (its own errors come first, as CPython
                // reports them).
                None => {
                    lone.get_or_insert((code, next));
                }
            }
        }
    }

    /// An object key: the memoized str for its text.
    fn key(&mut self, text: Text) -> PyResult {
        let vm = self.vm;
        let t: &str = match &text {
            Text::Slice(a, z) => &self.text[*a..*z],
            Text::Owned(s) => s,
        };
        let h = str_hash(t);
        let memo = match &self.memo {
            Some(m) => m.clone(),
            None => {
                let m = vm.new_dict()?;
                self.memo = Some(m.clone());
                m
            }
        };
        if let Some(k) = vm.dict_get_str_hashed(&memo, t, h) {
            return Ok(k);
        }
        let k = match &text {
            Text::Slice(a, z) => self.new_slice(*a, *z)?,
            Text::Owned(s) => vm.new_str(s)?,
        };
        if let Some(s) = k.downcast_ref::<StrObj>() {
            // The hash is the text's: the dicts this key goes into need not hash it again.
            s.hash.set(h);
            vm.dict_set_strobj(&memo, &k, s, k.clone());
        }
        Ok(k)
    }

    /// The object whose `{` is just before byte `i`.
    fn object(&mut self, i: usize) -> Scan<(ObjRef, usize)> {
        let vm = self.vm;
        let b = self.bytes;
        let pairs_hook = self.pairs_hook.clone();
        let dict = if pairs_hook.is_none() {
            Some(vm.new_dict()?)
        } else {
            None
        };
        let mut pairs: Vec<ObjRef> = Vec::new();
        let mut i = self.skip_ws(i);
        if b.get(i) != Some(&b'}') {
            loop {
                if b.get(i) != Some(&b'"') {
                    return Err(self.error("Expecting property name enclosed in double quotes", i));
                }
                let (text, after) = self.string(i + 1)?;
                let key = self.key(text)?;
                i = self.skip_ws(after);
                if b.get(i) != Some(&b':') {
                    return Err(self.error("Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (value, after) = self.value(i)?;
                match &dict {
                    Some(d) => match key.downcast_ref::<StrObj>() {
                        Some(s) => vm.dict_set_strobj(d, &key, s, value),
                        None => vm.dict_set(d, key.clone(), value)?,
                    },
                    None => pairs.push(vm.new_tuple_from(&[key, value])?),
                }
                i = self.skip_ws(after);
                match b.get(i) {
                    Some(b'}') => break,
                    Some(b',') => {}
                    _ => return Err(self.error("Expecting ',' delimiter", i)),
                }
                i = self.skip_ws(i + 1);
            }
        }
        let end = i + 1;
        if let Some(hook) = pairs_hook {
            let list = vm.new_list(pairs)?;
            return Ok((vm.call(&hook, &[list], None)?, end));
        }
        let obj: ObjRef = match dict {
            Some(d) => d.into(),
            None => vm.none(),
        };
        match &self.object_hook {
            Some(hook) => Ok((vm.call(hook, &[obj], None)?, end)),
            None => Ok((obj, end)),
        }
    }

    /// The array whose `[` is just before byte `i`.
    fn array(&mut self, i: usize) -> Scan<(ObjRef, usize)> {
        let b = self.bytes;
        let mut items = Vec::new();
        let mut i = self.skip_ws(i);
        if b.get(i) != Some(&b']') {
            loop {
                let (value, after) = self.value(i)?;
                items.push(value);
                i = self.skip_ws(after);
                match b.get(i) {
                    Some(b']') => break,
                    Some(b',') => {}
                    _ => return Err(self.error("Expecting ',' delimiter", i)),
                }
                i = self.skip_ws(i + 1);
            }
        }
        Ok((self.vm.new_list(items)?, i + 1))
    }
}

/// A decoded string: a run of the document (no escapes), or text built from pieces.
enum Text {
    Slice(usize, usize),
    Owned(String),
}

/// A JSON integer's value (the digits of `int()`, with its digit limit).
fn parse_int(vm: &Vm, text: &str) -> PyResult {
    let digits = text.trim_start_matches('-');
    if digits.len() <= 18 {
        let mut v: i64 = 0;
        for d in digits.bytes() {
            v = v * 10 + i64::from(d - b'0');
        }
        return vm.new_int(if text.starts_with('-') { -v } else { v });
    }
    int_digits::check_parse(vm, digits.len())?;
    match BigInt::parse_bytes(text.as_bytes(), 10) {
        Some(v) => vm.new_bigint(v),
        None => vm.value_err(format!("invalid literal for int() with base 10: '{text}'")),
    }
}

/// `json.decoder.JSONDecodeError(msg, doc, pos)` (a ValueError if `json` is not loaded).
fn decode_error(vm: &Vm, msg: &str, doc: &ObjRef, pos: usize) -> ObjRef {
    let cls = vm
        .dict_get_str(&vm.modules, "json.decoder")
        .and_then(|m| m.downcast::<ModuleObj>())
        .and_then(|m| vm.dict_get_str(&m.dict, "JSONDecodeError"));
    let Some(cls) = cls else {
        return vm.exc_msg("ValueError", msg);
    };
    let args = (|| -> PyResult<Vec<ObjRef>> {
        Ok(vec![vm.new_str(msg)?, doc.clone(), vm.new_int(pos as i64)?])
    })();
    match args.and_then(|a| vm.call(&cls, &a, None)) {
        Ok(e) | Err(e) => e,
    }
}

/// `_json.make_scanner(decoder)`: the decoder's `scan_once`.
pub fn make_scanner(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(ctx) = a.pos.first() else {
        return vm.type_err("make_scanner() missing required argument 'context'");
    };
    let strict = vm.getattr_str(ctx, "strict")?;
    let strict = vm.bool_obj(vm.truthy(&strict)?);
    let mut settings = vec![strict];
    for name in [
        "object_hook",
        "object_pairs_hook",
        "parse_float",
        "parse_int",
        "parse_constant",
    ] {
        settings.push(vm.getattr_str(ctx, name)?);
    }
    let tuple = vm.new_tuple_from(&settings)?;
    vm.alloc_obj(BuiltinFunc::bound("scan_once", scan_once, tuple))
}

/// A scanner over `doc` with the settings tuple of `make_scanner`.
fn scanner<'a>(
    vm: &'a Vm,
    settings: &ObjRef,
    doc_obj: &'a ObjRef,
    doc: &'a StrObj,
) -> PyResult<Scanner<'a>> {
    let t = settings.downcast::<TupleObj>();
    let items: Vec<ObjRef> = t
        .as_ref()
        .map(|t| tuple_items(t).to_vec())
        .unwrap_or_default();
    if items.len() != SETTINGS {
        return vm.type_err("scanner settings are not a make_scanner() tuple");
    }
    let builtin = |name: &str| vm.dict_get_str(&vm.builtins, name);
    let hook = |o: &ObjRef| (!vm.is_none(o)).then(|| o.clone());
    let unless = |o: &ObjRef, name: &str| match builtin(name) {
        Some(t) if t.ptr_eq(o) => None,
        _ => Some(o.clone()),
    };
    Ok(Scanner {
        vm,
        doc_obj,
        text: &doc.s,
        bytes: doc.s.as_bytes(),
        ascii: doc.is_ascii(),
        strict: vm.truthy(&items[STRICT])?,
        object_hook: hook(&items[OBJECT_HOOK]),
        pairs_hook: hook(&items[PAIRS_HOOK]),
        parse_float: unless(&items[PARSE_FLOAT], "float"),
        parse_int: unless(&items[PARSE_INT], "int"),
        parse_constant: items[PARSE_CONSTANT].clone(),
        memo: None,
        depth: 0,
    })
}

/// The str argument of a scanner call.
fn doc_arg(vm: &Vm, o: Option<&ObjRef>) -> PyResult<Gc<StrObj>> {
    match o {
        Some(o) => match downcast_receiver::<StrObj>(o) {
            Some(s) => Ok(s),
            None => vm.type_err(format!(
                "first argument must be a string, not {}",
                vm.type_name(o)
            )),
        },
        None => vm.type_err("scan_once() missing required argument 'string'"),
    }
}

/// `scan_once(s, idx)`: `(value, end)` for the value at character `idx` of `s`.
fn scan_once(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(settings) = a.pos.first() else {
        return vm.type_err("scan_once() is a bound scanner");
    };
    let doc = doc_arg(vm, a.pos.get(1))?;
    let doc_obj = &a.pos[1];
    let Some(idx) = a.pos.get(2) else {
        return vm.type_err("scan_once() missing required argument 'idx'");
    };
    let Some(idx) = vm.as_i64(idx) else {
        return vm.type_err(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(idx)
        ));
    };
    if idx < 0 {
        return vm.value_err("idx cannot be negative");
    }
    let idx = idx as usize;
    let stop = |pos: usize| -> PyResult {
        let v = vm.new_int(pos as i64)?;
        Err(vm.new_exception(&vm.exc_type("StopIteration"), vec![v]))
    };
    if idx >= doc.nchars {
        return stop(idx);
    }
    let mut sc = scanner(vm, settings, doc_obj, &doc)?;
    let start = doc.byte_offset(idx);
    match sc.value(start) {
        Ok((v, end)) => {
            let end = vm.new_int(sc.char_pos(end) as i64)?;
            vm.new_tuple_from(&[v, end])
        }
        Err(Fail::NoValue(p)) => stop(sc.char_pos(p)),
        Err(Fail::Raised(e)) => Err(e),
    }
}

/// `_json.scan_document(scan_once, s)`: what `JSONDecoder.decode(s)` does with its own
/// `raw_decode`: the one value of `s`, with only whitespace around it.
pub fn scan_document(vm: &Vm, a: &Args<'_>) -> PyResult {
    let settings = a
        .pos
        .first()
        .and_then(|f| f.downcast::<BuiltinFunc>())
        .filter(|f| f.name == "scan_once")
        .and_then(|f| f.self_.clone());
    let Some(settings) = settings else {
        return vm.type_err("scan_document() needs a make_scanner() scanner");
    };
    let s_obj = a
        .pos
        .get(1)
        .ok_or_else(|| vm.exc_msg("TypeError", "scan_document() needs a str"))?;
    let doc = doc_arg(vm, Some(s_obj))?;
    let mut sc = scanner(vm, &settings, s_obj, &doc)?;
    let start = sc.skip_ws(0);
    let r = sc.value(start).and_then(|(v, end)| {
        let end = sc.skip_ws(end);
        if end != sc.bytes.len() {
            return Err(sc.error("Extra data", end));
        }
        Ok(v)
    });
    match r {
        Ok(v) => Ok(v),
        Err(Fail::NoValue(p)) => Err(sc.exception("Expecting value", p)),
        Err(Fail::Raised(e)) => Err(e),
    }
}
