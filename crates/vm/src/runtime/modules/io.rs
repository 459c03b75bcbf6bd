//! `open()`: text and binary files, as context managers and iterators, with CPython's mode
//! validation and closed-file errors. A read-only file reads the content it loaded at open;
//! a file opened for writing (or updating, '+') reads and writes the file on disk at its
//! position, so `w+`/`r+`/`a+` files read back what they wrote, as CPython's do.

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
        ("truncate", truncate),
        ("flush", flush),
        ("readable", readable),
        ("writable", writable),
        ("seekable", seekable),
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
    let reading = reading && !mode.contains('+');
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
    } else if mode.contains('r') {
        // 'r+': the file must exist; it is read and written where it is.
        if let Err(e) = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(path)
        {
            return Err(vm.io_error(&e, Some(path)));
        }
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
        // An appending file starts at the end (CPython seeks there at open).
        let start = if mode.contains('a') {
            std::fs::metadata(path).map_or(0, |m| m.len())
        } else {
            0
        };
        set(vm, &f, "_pos", vm.new_int(start as i64)?)?;
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

/// What a file's mode allows, and where its content lives.
struct Mode {
    binary: bool,
    readable: bool,
    writable: bool,
    append: bool,
    /// A file opened for writing ('w', 'a', 'x' or '+') works on the file on disk: its
    /// position is a byte offset in the file, reads read the file from there, and writes go
    /// there at once. A read-only file reads the content it loaded at open (`_data`).
    on_disk: bool,
}

fn file_mode(vm: &Vm, f: &ObjRef) -> PyResult<Mode> {
    let m = vm.str(&attr(vm, f, "mode")?)?;
    let plus = m.contains('+');
    let on_disk = plus || m.contains('w') || m.contains('a') || m.contains('x');
    Ok(Mode {
        binary: m.contains('b'),
        readable: m.contains('r') || plus,
        writable: on_disk,
        append: m.contains('a'),
        on_disk,
    })
}

fn position(vm: &Vm, f: &ObjRef) -> PyResult<usize> {
    let p = vm.index(&attr(vm, f, "_pos")?)?;
    Ok(usize::try_from(p).unwrap_or(0))
}

fn set_position(vm: &Vm, f: &ObjRef, p: usize) -> PyResult<()> {
    set(vm, f, "_pos", vm.new_int(p as i64)?)
}

fn text_codec(vm: &Vm, f: &ObjRef) -> PyResult<(crate::runtime::codecs::Codec, String)> {
    let codec = crate::runtime::codecs::lookup(vm, &vm.str(&attr(vm, f, "encoding")?)?)?;
    Ok((codec, vm.str(&attr(vm, f, "errors")?)?))
}

/// The unread content of a readable file: `(buf, start)`, the text (UTF-8) or bytes from
/// `buf[start..]` on. A read-only file's `buf` is its whole loaded content; an on-disk
/// file's is the file from its position on (decoded, for text), with `start` 0.
fn unread(vm: &Vm, f: &ObjRef, mode: &Mode) -> PyResult<(Vec<u8>, usize)> {
    check_open(vm, f)?;
    if !mode.readable {
        return unsupported(vm, "not readable");
    }
    let p = position(vm, f)?;
    if !mode.on_disk {
        let d = attr(vm, f, "_data")?;
        let buf = match d.downcast::<BytesObj>() {
            Some(b) => b.data.borrow().clone(),
            None => vm.str(&d)?.into_bytes(),
        };
        let start = p.min(buf.len());
        return Ok((buf, start));
    }
    let path = vm.str(&attr(vm, f, "name")?)?;
    let raw = std::fs::read(&path).map_err(|e| vm.io_error(&e, Some(&path)))?;
    let rest = raw.get(p..).unwrap_or(&[]).to_vec();
    if mode.binary {
        return Ok((rest, 0));
    }
    let (codec, errors) = text_codec(vm, f)?;
    let text = match codec {
        crate::runtime::codecs::Codec::Utf8 => match String::from_utf8(rest) {
            Ok(s) => s,
            Err(e) => crate::runtime::codecs::decode(vm, e.as_bytes(), codec, &errors)?,
        },
        _ => crate::runtime::codecs::decode(vm, &rest, codec, &errors)?,
    };
    Ok((text.into_bytes(), 0))
}

/// Consume `buf[start..end]` (from [`unread`]) and return it as the file's type: bytes,
/// or str (an on-disk text file's line ends translated as CPython's universal newlines).
fn take(vm: &Vm, f: &ObjRef, mode: &Mode, buf: &[u8], start: usize, end: usize) -> PyResult {
    let piece = &buf[start..end];
    let p = position(vm, f)?;
    let consumed = if mode.on_disk && !mode.binary {
        let (codec, errors) = text_codec(vm, f)?;
        let s = String::from_utf8_lossy(piece);
        match codec {
            crate::runtime::codecs::Codec::Utf8 => piece.len(),
            _ => crate::runtime::codecs::encode(vm, &s, codec, &errors)?.len(),
        }
    } else {
        piece.len()
    };
    set_position(vm, f, p + consumed)?;
    if mode.on_disk && !mode.binary {
        // A write right after a read goes where CPython's read-ahead left the file
        // position: the end of the chunk it read (the end of a small file).
        set(vm, f, "_read_ahead", vm.true_.clone())?;
    }
    if mode.binary {
        return vm.alloc_obj(BytesObj::new(piece.to_vec()));
    }
    let s = String::from_utf8_lossy(piece);
    if mode.on_disk && s.contains('\r') {
        return vm.new_str(&s.replace("\r\n", "\n").replace('\r', "\n"));
    }
    vm.new_str(&s)
}

fn read(vm: &Vm, a: &Args<'_>) -> PyResult {
    let f = &a.pos[0];
    let mode = file_mode(vm, f)?;
    let (buf, start) = unread(vm, f, &mode)?;
    let n = match a.pos.get(1) {
        Some(n) if !vm.is_none(n) => vm.index(n)?,
        _ => -1,
    };
    let end = if n < 0 {
        buf.len()
    } else if mode.binary {
        start + (n as usize).min(buf.len() - start)
    } else {
        let rest = String::from_utf8_lossy(&buf[start..]);
        start
            + rest
                .char_indices()
                .nth(n as usize)
                .map_or(buf.len() - start, |(i, _)| i)
    };
    take(vm, f, &mode, &buf, start, end)
}

/// The end of the line starting at `start` (after its `\n`), `None` at the end.
fn line_end(buf: &[u8], start: usize) -> Option<usize> {
    let rest = buf.get(start..)?;
    if rest.is_empty() {
        return None;
    }
    Some(
        start
            + rest
                .iter()
                .position(|&c| c == b'\n')
                .map_or(rest.len(), |i| i + 1),
    )
}

fn readline(vm: &Vm, a: &Args<'_>) -> PyResult {
    let f = &a.pos[0];
    let mode = file_mode(vm, f)?;
    let (buf, start) = unread(vm, f, &mode)?;
    let end = line_end(&buf, start).unwrap_or(start);
    take(vm, f, &mode, &buf, start, end)
}

fn readlines(vm: &Vm, a: &Args<'_>) -> PyResult {
    let f = &a.pos[0];
    let mode = file_mode(vm, f)?;
    let (buf, mut start) = unread(vm, f, &mode)?;
    let mut v = Vec::new();
    while let Some(end) = line_end(&buf, start) {
        v.push(take(vm, f, &mode, &buf, start, end)?);
        start = end;
    }
    vm.new_list(v)
}

fn next(vm: &Vm, a: &Args<'_>) -> PyResult {
    let f = &a.pos[0];
    let mode = file_mode(vm, f)?;
    let (buf, start) = unread(vm, f, &mode)?;
    match line_end(&buf, start) {
        Some(end) => take(vm, f, &mode, &buf, start, end),
        None => Err(vm.new_exception(&vm.exc_type("StopIteration"), vec![])),
    }
}

/// The length of the file on disk.
fn disk_len(vm: &Vm, path: &str) -> PyResult<usize> {
    match std::fs::metadata(path) {
        Ok(m) => Ok(m.len() as usize),
        Err(e) => Err(vm.io_error(&e, Some(path))),
    }
}

fn write(vm: &Vm, a: &Args<'_>) -> PyResult {
    use std::io::{Seek, SeekFrom, Write};
    let f = &a.pos[0];
    check_open(vm, f)?;
    let mode = file_mode(vm, f)?;
    if !mode.writable {
        return unsupported(vm, "not writable");
    }
    let path = vm.str(&attr(vm, f, "name")?)?;
    let Some(arg) = a.pos.get(1) else {
        return vm.type_err("write() takes exactly one argument (0 given)");
    };
    let (bytes, count) = if mode.binary {
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
                let (codec, errors) = text_codec(vm, f)?;
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
    let read_ahead = match vm.getattr_opt(f, &vm.intern("_read_ahead")?)? {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    let at = if mode.append || read_ahead {
        disk_len(vm, &path)?
    } else {
        position(vm, f)?
    };
    // Writing past the end fills the gap with zero bytes, as the OS does.
    let r = std::fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .and_then(|mut fh| {
            fh.seek(SeekFrom::Start(at as u64))?;
            fh.write_all(&bytes)
        });
    if let Err(e) = r {
        return Err(vm.io_error(&e, Some(&path)));
    }
    set_position(vm, f, at + bytes.len())?;
    set(vm, f, "_read_ahead", vm.false_.clone())?;
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

/// `tell()`: the position: a byte offset in the file (in the loaded content for a
/// read-only file).
fn tell(vm: &Vm, a: &Args<'_>) -> PyResult {
    let f = &a.pos[0];
    check_open(vm, f)?;
    attr(vm, f, "_pos")
}

/// `seek(offset, whence=0)` (a text file as CPython's: only `seek(0, 1)` and `seek(0, 2)`
/// relative to the current position or the end).
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
    let mode = file_mode(vm, f)?;
    if !mode.binary && whence != 0 && offset != 0 {
        let msg = if whence == 1 {
            "can't do nonzero cur-relative seeks"
        } else {
            "can't do nonzero end-relative seeks"
        };
        return unsupported(vm, msg);
    }
    let (content, end) = if mode.on_disk {
        (None, disk_len(vm, &vm.str(&attr(vm, f, "name")?)?)?)
    } else {
        let d = attr(vm, f, "_data")?;
        let buf = match d.downcast::<BytesObj>() {
            Some(b) => b.data.borrow().clone(),
            None => vm.str(&d)?.into_bytes(),
        };
        let n = buf.len();
        (Some(buf), n)
    };
    let base = match whence {
        0 => 0,
        1 => position(vm, f)? as i64,
        2 => end as i64,
        _ => return vm.value_err(format!("invalid whence ({whence}, should be 0, 1 or 2)")),
    };
    let target = base + offset;
    if target < 0 {
        if mode.binary {
            // The OS refuses it (lseek's EINVAL).
            let e = std::io::Error::from_raw_os_error(22);
            return Err(vm.io_error(&e, None));
        }
        return vm.value_err(format!("negative seek position {target}"));
    }
    let mut target = target as usize;
    if let Some(buf) = content {
        target = target.min(buf.len());
        // A position inside a character moves back to its start.
        if !mode.binary {
            while target > 0 && target < buf.len() && (buf[target] & 0xC0) == 0x80 {
                target -= 1;
            }
        }
    }
    set_position(vm, f, target)?;
    if mode.on_disk {
        set(vm, f, "_read_ahead", vm.false_.clone())?;
    }
    vm.new_int(target as i64)
}

/// `truncate(size=None)`: the file cut (or zero-extended) to `size` bytes, by default at
/// the position, which does not move.
fn truncate(vm: &Vm, a: &Args<'_>) -> PyResult {
    let f = &a.pos[0];
    check_open(vm, f)?;
    let mode = file_mode(vm, f)?;
    if !mode.writable {
        return unsupported(vm, "truncate");
    }
    let size = match a.pos.get(1) {
        Some(s) if !vm.is_none(s) => {
            let n = vm.index(s)?;
            if n < 0 {
                return vm.value_err(format!("Negative size value {n}"));
            }
            n as usize
        }
        _ => position(vm, f)?,
    };
    let path = vm.str(&attr(vm, f, "name")?)?;
    let r = std::fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .and_then(|fh| fh.set_len(size as u64));
    if let Err(e) = r {
        return Err(vm.io_error(&e, Some(&path)));
    }
    vm.new_int(size as i64)
}

fn flush(vm: &Vm, a: &Args<'_>) -> PyResult {
    check_open(vm, &a.pos[0])?;
    Ok(vm.none())
}

fn readable(vm: &Vm, a: &Args<'_>) -> PyResult {
    check_open(vm, &a.pos[0])?;
    Ok(vm.bool_obj(file_mode(vm, &a.pos[0])?.readable))
}

fn writable(vm: &Vm, a: &Args<'_>) -> PyResult {
    check_open(vm, &a.pos[0])?;
    Ok(vm.bool_obj(file_mode(vm, &a.pos[0])?.writable))
}

fn seekable(vm: &Vm, a: &Args<'_>) -> PyResult {
    check_open(vm, &a.pos[0])?;
    Ok(vm.true_.clone())
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
