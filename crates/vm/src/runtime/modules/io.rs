//! `open()`: text and binary files read whole or written through, as context managers and
//! iterators, with CPython's mode validation and closed-file errors.

use heap::ObjRef;

use crate::runtime::objects::*;
use crate::runtime::{Args, PyResult, Vm};

fn file_class(vm: &Vm) -> PyResult {
    if let Some(c) = vm.dict_get_str(&vm.modules, "_pymem_file_class") {
        return Ok(c);
    }
    let ns = vm.new_dict()?;
    vm.dict_set_str(&ns, "__module__", vm.new_str("_io")?)?;
    let cls = vm.new_class("TextIOWrapper", vec![], ns)?;
    let t = cls.downcast::<TypeObj>().expect("class");
    for (n, f) in [
        ("read", read as NativeFn),
        ("readline", readline),
        ("readlines", readlines),
        ("write", write),
        ("writelines", writelines),
        ("close", close),
        ("__enter__", enter),
        ("__exit__", exit),
        ("__iter__", enter),
        ("__next__", next),
        ("tell", tell),
        ("seek", seek),
    ] {
        let func = vm.alloc_obj(BuiltinFunc {
            name: n,
            f,
            self_: None,
        })?;
        vm.dict_set_str(&t.dict, n, func)?;
    }
    vm.dict_set_str(&vm.modules, "_pymem_file_class", cls.clone())?;
    Ok(cls)
}

fn attr(vm: &Vm, o: &ObjRef, n: &str) -> PyResult {
    vm.getattr_str(o, n)
}

fn set(vm: &Vm, o: &ObjRef, n: &str, v: ObjRef) -> PyResult<()> {
    vm.setattr(o, &vm.intern(n)?, v)
}

/// Check a mode string as CPython's `open()` does; returns (reading, binary).
fn parse_mode(vm: &Vm, mode: &str) -> PyResult<(bool, bool)> {
    // The checks and messages of CPython's `_io.open`, in its order.
    let valid = mode.chars().all(|c| "rwaxbt+".contains(c))
        && mode.chars().all(|c| mode.matches(c).count() == 1);
    if !valid {
        return vm.value_err(format!("invalid mode: '{mode}'"));
    }
    if mode.contains('b') && mode.contains('t') {
        return vm.value_err("can't have text and binary mode at once");
    }
    match mode.chars().filter(|c| "rwax".contains(*c)).count() {
        1 => {}
        0 => {
            return vm.value_err(
                "Must have exactly one of create/read/write/append mode and at most one plus",
            )
        }
        _ => return vm.value_err("must have exactly one of create/read/write/append mode"),
    }
    Ok((mode.contains('r'), mode.contains('b')))
}

/// `open(path, mode)`; `universal`: a text file read with `newline=None` (the default),
/// whose `\r\n` and `\r` line ends read as `\n`.
/// `encoding` and `errors` (text files only) name the codec the text is read and written
/// with (UTF-8, strict, by default).
pub fn open(
    vm: &Vm,
    path: &str,
    mode: &str,
    universal: bool,
    encoding: Option<String>,
    errors: Option<String>,
) -> PyResult {
    let (reading, binary) = parse_mode(vm, mode)?;
    if binary && encoding.is_some() {
        return vm.value_err("binary mode doesn't take an encoding argument");
    }
    if binary && errors.is_some() {
        return vm.value_err("binary mode doesn't take an errors argument");
    }
    let codec = match &encoding {
        Some(e) => crate::runtime::codecs::lookup(vm, e)?,
        None => crate::runtime::codecs::Codec::Utf8,
    };
    let errors = errors.unwrap_or_else(|| "strict".to_string());
    let cls = file_class(vm)?;
    let f = vm.call(&cls, &[], None)?;
    set(vm, &f, "name", vm.new_str(path)?)?;
    set(vm, &f, "mode", vm.new_str(mode)?)?;
    set(vm, &f, "closed", vm.false_.clone())?;
    if !binary {
        // CPython reports the name as given, or the locale's encoding.
        let shown = encoding.as_deref().unwrap_or("UTF-8");
        set(vm, &f, "encoding", vm.new_str(shown)?)?;
        set(vm, &f, "errors", vm.new_str(&errors)?)?;
    }
    if reading {
        let content = match std::fs::read(path) {
            Ok(b) if binary => vm.alloc_obj(BytesObj::new(b))?,
            Ok(b) => {
                let utf8 = matches!(codec, crate::runtime::codecs::Codec::Utf8);
                let text = match String::from_utf8(b) {
                    Ok(s) if utf8 => s,
                    Ok(s) => crate::runtime::codecs::decode(vm, s.as_bytes(), codec, &errors)?,
                    Err(e) => {
                        let b = e.into_bytes();
                        crate::runtime::codecs::decode(vm, &b, codec, &errors)?
                    }
                };
                if universal && text.contains('\r') {
                    vm.new_str(&text.replace("\r\n", "\n").replace('\r', "\n"))?
                } else {
                    vm.new_str(&text)?
                }
            }
            Err(e) => return Err(vm.io_error(&e, Some(path))),
        };
        set(vm, &f, "_data", content)?;
        set(vm, &f, "_pos", vm.new_int(0)?)?;
    } else {
        let r = if mode.contains('a') {
            std::fs::OpenOptions::new()
                .append(true)
                .create(true)
                .open(path)
                .map(|_| ())
        } else if mode.contains('x') {
            std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)
                .map(|_| ())
        } else {
            std::fs::write(path, "")
        };
        if let Err(e) = r {
            return Err(vm.io_error(&e, Some(path)));
        }
    }
    Ok(f)
}

fn check_open(vm: &Vm, f: &ObjRef) -> PyResult<()> {
    if vm.truthy(&attr(vm, f, "closed")?)? {
        return vm.value_err("I/O operation on closed file.");
    }
    Ok(())
}

/// Raise `io.UnsupportedOperation(msg)` (from the frozen `io` module), as CPython's file
/// objects do for an operation their mode does not allow.
fn unsupported<T>(vm: &Vm, msg: &str) -> PyResult<T> {
    let io = super::import(vm, "io")?;
    let cls = vm.getattr_str(&io, "UnsupportedOperation")?;
    Err(vm.call(&cls, &[vm.new_str(msg)?], None)?)
}

fn data(vm: &Vm, f: &ObjRef) -> PyResult<(String, usize)> {
    check_open(vm, f)?;
    let Some(d) = vm.getattr_opt(f, &vm.intern("_data")?)? else {
        return unsupported(vm, "not readable");
    };
    let d = match d.downcast::<BytesObj>() {
        // Binary files are handled as Latin-1 text internally (one char per byte).
        Some(b) => b.data.borrow().iter().map(|&c| c as char).collect(),
        None => vm.str(&d)?,
    };
    let p = vm.index(&attr(vm, f, "_pos")?)? as usize;
    Ok((d, p))
}

/// A piece of the file's content as the file's type (bytes for binary files).
fn piece(vm: &Vm, f: &ObjRef, s: &str) -> PyResult {
    if vm.str(&attr(vm, f, "mode")?)?.contains('b') {
        return vm.alloc_obj(BytesObj::new(s.chars().map(|c| c as u32 as u8).collect()));
    }
    vm.new_str(s)
}

fn read(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (d, p) = data(vm, &a.pos[0])?;
    let rest = d.get(p..).unwrap_or("");
    let n = match a.pos.get(1) {
        Some(n) if !vm.is_none(n) => vm.index(n)?,
        _ => -1,
    };
    let taken = if n < 0 {
        rest
    } else {
        let end = rest
            .char_indices()
            .nth(n as usize)
            .map_or(rest.len(), |(i, _)| i);
        &rest[..end]
    };
    set(vm, &a.pos[0], "_pos", vm.new_int((p + taken.len()) as i64)?)?;
    piece(vm, &a.pos[0], taken)
}

fn line_at(d: &str, p: usize) -> Option<(String, usize)> {
    let rest = d.get(p..)?;
    if rest.is_empty() {
        return None;
    }
    let end = rest.find('\n').map(|i| i + 1).unwrap_or(rest.len());
    Some((rest[..end].to_string(), p + end))
}

fn readline(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (d, p) = data(vm, &a.pos[0])?;
    match line_at(&d, p) {
        Some((l, np)) => {
            set(vm, &a.pos[0], "_pos", vm.new_int(np as i64)?)?;
            piece(vm, &a.pos[0], &l)
        }
        None => piece(vm, &a.pos[0], ""),
    }
}

fn readlines(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (d, mut p) = data(vm, &a.pos[0])?;
    let mut v = Vec::new();
    while let Some((l, np)) = line_at(&d, p) {
        v.push(piece(vm, &a.pos[0], &l)?);
        p = np;
    }
    set(vm, &a.pos[0], "_pos", vm.new_int(p as i64)?)?;
    vm.new_list(v)
}

fn next(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (d, p) = data(vm, &a.pos[0])?;
    match line_at(&d, p) {
        Some((l, np)) => {
            set(vm, &a.pos[0], "_pos", vm.new_int(np as i64)?)?;
            piece(vm, &a.pos[0], &l)
        }
        None => Err(vm.new_exception(&vm.exc_type("StopIteration"), vec![])),
    }
}

fn write(vm: &Vm, a: &Args<'_>) -> PyResult {
    use std::io::Write;
    let f = &a.pos[0];
    check_open(vm, f)?;
    let mode = vm.str(&attr(vm, f, "mode")?)?;
    if mode.contains('r') && !mode.contains('+') {
        return unsupported(vm, "not writable");
    }
    let path = vm.str(&attr(vm, f, "name")?)?;
    let Some(arg) = a.pos.get(1) else {
        return vm.type_err("write() takes exactly one argument (0 given)");
    };
    let (bytes, count) = if mode.contains('b') {
        match crate::runtime::bytes_methods::bytes_like(arg) {
            Some(b) => {
                let n = b.len();
                (b, n)
            }
            None => {
                return vm.type_err(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(arg)
                ))
            }
        }
    } else {
        match arg.downcast::<StrObj>() {
            Some(s) => {
                let codec =
                    crate::runtime::codecs::lookup(vm, &vm.str(&attr(vm, f, "encoding")?)?)?;
                let errors = vm.str(&attr(vm, f, "errors")?)?;
                let bytes = match codec {
                    crate::runtime::codecs::Codec::Utf8 => s.s.as_bytes().to_vec(),
                    _ => crate::runtime::codecs::encode(vm, &s.s, codec, &errors)?,
                };
                (bytes, s.nchars)
            }
            None => {
                return vm.type_err(format!(
                    "write() argument must be str, not {}",
                    vm.type_name(arg)
                ))
            }
        }
    };
    let r = std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .and_then(|mut fh| fh.write_all(&bytes));
    if let Err(e) = r {
        return Err(vm.io_error(&e, Some(&path)));
    }
    vm.new_int(count as i64)
}

fn writelines(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(lines) = a.pos.get(1) else {
        return vm.type_err("writelines() takes exactly one argument (0 given)");
    };
    for line in vm.collect(lines)? {
        write(vm, &Args::new(&[a.pos[0].clone(), line]))?;
    }
    Ok(vm.none())
}

/// `tell()`: a read file's position in its content; a written file's length (writes go
/// straight to the end of the file).
fn tell(vm: &Vm, a: &Args<'_>) -> PyResult {
    let f = &a.pos[0];
    check_open(vm, f)?;
    if vm.getattr_opt(f, &vm.intern("_data")?)?.is_some() {
        return attr(vm, f, "_pos");
    }
    let path = vm.str(&attr(vm, f, "name")?)?;
    match std::fs::metadata(&path) {
        Ok(m) => vm.new_int(m.len() as i64),
        Err(e) => Err(vm.io_error(&e, Some(&path))),
    }
}

/// `seek(offset, whence=0)` of a read file (a text file as CPython's: only `seek(0, 1)` and
/// `seek(0, 2)` relative to the current position or the end); a written file can only stay
/// at its end.
fn seek(vm: &Vm, a: &Args<'_>) -> PyResult {
    let f = &a.pos[0];
    check_open(vm, f)?;
    let Some(offset) = a.pos.get(1) else {
        return vm.type_err("seek expected at least 1 argument, got 0");
    };
    let offset = vm.index(offset)?;
    let whence = match a.pos.get(2) {
        Some(w) => vm.index(w)?,
        None => 0,
    };
    let binary = vm.str(&attr(vm, f, "mode")?)?.contains('b');
    if !binary && whence != 0 && offset != 0 {
        let msg = if whence == 1 {
            "can't do nonzero cur-relative seeks"
        } else {
            "can't do nonzero end-relative seeks"
        };
        return unsupported(vm, msg);
    }
    if vm.getattr_opt(f, &vm.intern("_data")?)?.is_none() {
        let end = tell(vm, a)?;
        if whence == 2 || (whence == 0 && Some(offset) == vm.as_i64(&end)) {
            return Ok(end);
        }
        return vm.err(
            "OSError",
            "seek in a file opened for writing is not supported",
        );
    }
    let (d, p) = data(vm, f)?;
    let base = match whence {
        0 => 0,
        1 => p as i64,
        2 => d.len() as i64,
        _ => return vm.value_err(format!("invalid whence ({whence}, should be 0, 1 or 2)")),
    };
    let target = base + offset;
    if target < 0 {
        return vm.value_err(format!("negative seek position {target}"));
    }
    // A position inside a character moves back to its start.
    let mut target = (target as usize).min(d.len());
    while !d.is_char_boundary(target) {
        target -= 1;
    }
    set(vm, f, "_pos", vm.new_int(target as i64)?)?;
    vm.new_int(target as i64)
}

fn close(vm: &Vm, a: &Args<'_>) -> PyResult {
    set(vm, &a.pos[0], "closed", vm.true_.clone())?;
    Ok(vm.none())
}

fn enter(vm: &Vm, a: &Args<'_>) -> PyResult {
    let _ = vm;
    Ok(a.pos[0].clone())
}

fn exit(vm: &Vm, a: &Args<'_>) -> PyResult {
    close(vm, &Args::new(&a.pos[..1]))?;
    Ok(vm.false_.clone())
}

/// The native `_io` module behind the frozen `io` (modules/py/io.py): the class of the
/// objects `open()` returns, as `TextIOWrapper`, and `open` itself.
pub fn make(vm: &Vm) -> PyResult<heap::Gc<ModuleObj>> {
    let m = super::new_module(vm, "_io")?;
    vm.dict_set_str(&m.dict, "TextIOWrapper", file_class(vm)?)?;
    if let Some(open) = vm.dict_get_str(&vm.builtins, "open") {
        vm.dict_set_str(&m.dict, "open", open)?;
    }
    Ok(m)
}
