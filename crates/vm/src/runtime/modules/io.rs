//! `open()`: text and binary files, as context managers and iterators, with CPython's mode
//! validation and closed-file errors. The file is opened at `open()` and read in chunks
//! (`file_stream.rs`); writes go to the file at once, so `w+`/`r+`/`a+` files read back
//! what they wrote, as CPython's do. A text file is an `_io.TextIOWrapper`, a binary one
//! the buffered class of its mode (`_io.BufferedReader`, ...), each deriving from its
//! branch of `_io._IOBase` (`io_classes.rs`).

use heap::{Gc, ObjRef};

use std::fs::File;

use super::file_stream::{state, FileState, Newline};
use super::io_classes::{stream_class, unsupported, Branch};
use crate::runtime::codecs::Codec;
use crate::runtime::objects::*;
use crate::runtime::{Args, PyResult, Vm};

/// The methods of every file object.
const FILE_METHODS: [(&str, NativeFn); 20] = [
    ("__repr__", file_repr),
    ("read", read),
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
    ("fileno", fileno),
    ("isatty", isatty),
];

/// The methods only binary files have (CPython's buffered readers').
const BINARY_METHODS: [(&str, NativeFn); 4] = [
    ("read1", read1),
    ("readinto", readinto),
    ("readinto1", readinto1),
    ("peek", peek),
];

/// The class of the files `open()` returns in a mode: `TextIOWrapper` for text, and for
/// binary files CPython's buffered class of the mode (`BufferedRandom` when it has a
/// '+', else `BufferedReader` or `BufferedWriter`).
fn file_class(vm: &Vm, binary: bool, mode: &str) -> PyResult<Gc<TypeObj>> {
    let (key, name) = if !binary {
        ("file:TextIOWrapper", "TextIOWrapper")
    } else if mode.contains('+') {
        ("file:BufferedRandom", "BufferedRandom")
    } else if mode.contains('r') {
        ("file:BufferedReader", "BufferedReader")
    } else {
        ("file:BufferedWriter", "BufferedWriter")
    };
    if binary {
        stream_class(
            vm,
            key,
            name,
            Branch::Buffered,
            &[&FILE_METHODS, &BINARY_METHODS],
        )
    } else {
        stream_class(vm, key, name, Branch::Text, &[&FILE_METHODS])
    }
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

/// The `newline` argument of a text file, checked as CPython's `open()` does.
pub fn parse_newline(vm: &Vm, binary: bool, newline: Option<&str>) -> PyResult<Newline> {
    let Some(nl) = newline else {
        return Ok(Newline::Universal);
    };
    if binary {
        return vm.value_err("binary mode doesn't take a newline argument");
    }
    Ok(match nl {
        "" => Newline::Any,
        "\n" => Newline::Lf,
        "\r" => Newline::Cr,
        "\r\n" => Newline::CrLf,
        _ => return vm.value_err(format!("illegal newline value: {nl}")),
    })
}

/// `open(path, mode)`: the file opened at once (its errors are `open()`'s), read and
/// written through a [`FileState`] as the program goes. `newline`: `None` reads text with
/// universal newlines (`\r\n` and `\r` read as `\n`), the other values as CPython's.
/// `encoding` and `errors` (text files only) name the codec the text is read and written
/// with (UTF-8, strict, by default).
pub fn open(
    vm: &Vm,
    path: &str,
    mode: &str,
    newline: Option<&str>,
    encoding: Option<String>,
    errors: Option<String>,
) -> PyResult {
    let spec = FileSpec::parse(vm, mode, newline, encoding, errors)?;
    let plus = mode.contains('+');
    let mut options = std::fs::OpenOptions::new();
    if mode.contains('r') {
        options.read(true).write(plus);
    } else if mode.contains('a') {
        options.append(true).create(true).read(plus);
    } else if mode.contains('x') {
        options.write(true).create_new(true).read(plus);
    } else {
        options.write(true).create(true).truncate(true).read(plus);
    }
    let file = options
        .open(path)
        .map_err(|e| vm.io_error(&e, Some(path)))?;
    // The OS opens a directory for reading; CPython refuses it.
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(vm.io_error(&e, Some(path)));
    }
    spec.finish(vm, file, vm.new_str(path)?, mode, true)
}

/// `open(fd, mode, closefd=...)`: a file object over an open descriptor, named by the
/// number. With `closefd` false, closing the file leaves the descriptor open.
pub fn open_fd(
    vm: &Vm,
    fd: i32,
    mode: &str,
    newline: Option<&str>,
    encoding: Option<String>,
    errors: Option<String>,
    closefd: bool,
) -> PyResult {
    let spec = FileSpec::parse(vm, mode, newline, encoding, errors)?;
    if fd < 0 {
        return vm.value_err("negative file descriptor");
    }
    let file = crate::runtime::fd_os::adopt(fd).map_err(|e| vm.io_error(&e, None))?;
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        if !closefd {
            use std::os::fd::IntoRawFd;
            let _ = file.into_raw_fd();
        }
        let e = std::io::Error::from_raw_os_error(21);
        return Err(vm.io_error(&e, None));
    }
    spec.finish(vm, file, vm.new_int(i64::from(fd))?, mode, closefd)
}

/// What `open()` checked of its mode and text arguments.
struct FileSpec {
    binary: bool,
    newline: Newline,
    codec: Codec,
    encoding: Option<String>,
    errors: String,
}

impl FileSpec {
    fn parse(
        vm: &Vm,
        mode: &str,
        newline: Option<&str>,
        encoding: Option<String>,
        errors: Option<String>,
    ) -> PyResult<FileSpec> {
        let (_, binary) = parse_mode(vm, mode)?;
        if binary && encoding.is_some() {
            return vm.value_err("binary mode doesn't take an encoding argument");
        }
        if binary && errors.is_some() {
            return vm.value_err("binary mode doesn't take an errors argument");
        }
        let newline = parse_newline(vm, binary, newline)?;
        let codec = match &encoding {
            Some(e) => crate::runtime::codecs::lookup(vm, e, "codecs.open()")?,
            None => Codec::Utf8,
        };
        Ok(FileSpec {
            binary,
            newline,
            codec,
            encoding,
            errors: errors.unwrap_or_else(|| "strict".to_string()),
        })
    }

    /// The file object over the open `file`.
    fn finish(self, vm: &Vm, file: File, name: ObjRef, mode: &str, closefd: bool) -> PyResult {
        // An appending file starts at the end (CPython seeks there at open).
        let start = if mode.contains('a') {
            use std::io::Seek;
            let mut handle = &file;
            // A pipe cannot seek; CPython ignores that here.
            handle.seek(std::io::SeekFrom::End(0)).unwrap_or(0)
        } else {
            0
        };
        let state = FileState::new(
            file,
            self.binary,
            self.codec,
            self.errors,
            self.newline,
            start,
        );
        // Made first: if anything below fails, dropping it keeps a borrowed descriptor open.
        let state = if closefd {
            state
        } else {
            state.keep_descriptor()
        };
        let cls = file_class(vm, self.binary, mode)?;
        let f = vm.call(Gc::as_obj(&cls), &[], None)?;
        set(vm, &f, "name", name)?;
        set(vm, &f, "mode", vm.new_str(mode)?)?;
        set(vm, &f, "closed", vm.false_.clone())?;
        if !self.binary {
            // CPython reports the name as given, or the locale's encoding.
            let shown = self.encoding.as_deref().unwrap_or("UTF-8");
            set(vm, &f, "encoding", vm.new_str(shown)?)?;
            set(vm, &f, "errors", vm.new_str(&state.errors)?)?;
        }
        set(vm, &f, "_s", vm.alloc_obj(state)?)?;
        Ok(f)
    }
}

fn is_closed(vm: &Vm, f: &ObjRef) -> PyResult<bool> {
    vm.truthy(&attr(vm, f, "closed")?)
}

/// The text layer's (and `IOBase`'s) error for a closed file.
fn check_open(vm: &Vm, f: &ObjRef) -> PyResult<()> {
    check_open_as(vm, f, "I/O operation on closed file.")
}

/// A closed file's error, worded by the layer of CPython's stack that reports it: the raw
/// file ("I/O operation on closed file", no period) or the buffered one ("read of closed
/// file") for some methods of binary files.
fn check_open_as(vm: &Vm, f: &ObjRef, msg: &str) -> PyResult<()> {
    if is_closed(vm, f)? {
        return vm.value_err(msg);
    }
    Ok(())
}

/// The message of a binary file's buffered layer for `op` on a closed file, or the text
/// layer's.
fn closed_msg(binary: bool, op: &'static str) -> &'static str {
    if binary {
        op
    } else {
        "I/O operation on closed file."
    }
}

/// What a file's mode allows.
struct Mode {
    readable: bool,
    writable: bool,
    append: bool,
}

fn file_mode(vm: &Vm, f: &ObjRef) -> PyResult<Mode> {
    let m = vm.str(&attr(vm, f, "mode")?)?;
    let plus = m.contains('+');
    Ok(Mode {
        readable: m.contains('r') || plus,
        writable: plus || m.contains('w') || m.contains('a') || m.contains('x'),
        append: m.contains('a'),
    })
}

/// The state of an open, readable file (`closed`: a binary file's buffered layer's message
/// if it is closed; it checks the mode first).
fn reader(vm: &Vm, f: &ObjRef, closed: &'static str) -> PyResult<heap::Gc<FileState>> {
    let s = state(vm, f)?;
    let readable = file_mode(vm, f)?.readable;
    if s.binary {
        if !readable {
            return unsupported(vm, "read");
        }
        check_open_as(vm, f, closed)?;
    } else {
        check_open(vm, f)?;
        if !readable {
            return unsupported(vm, "not readable");
        }
    }
    Ok(s)
}

/// A size argument: `None` or negative for no limit.
fn size_arg(vm: &Vm, a: &Args<'_>) -> PyResult<Option<usize>> {
    match a.pos.get(1) {
        Some(n) if !vm.is_none(n) => Ok(usize::try_from(vm.index(n)?).ok()),
        _ => Ok(None),
    }
}

/// A chunk of the file as the file's type: bytes, or str.
fn read_piece(vm: &Vm, s: &FileState, limit: Option<usize>, line: bool) -> PyResult {
    if s.binary {
        let b = if line {
            s.readline_bytes(vm, limit)?
        } else {
            s.read_bytes(vm, limit)?
        };
        return vm.new_bytes_value(b);
    }
    let t = if line {
        s.readline_text(vm, limit)?
    } else {
        s.read_text(vm, limit)?
    };
    vm.new_str(&t)
}

fn read(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = reader(vm, &a.pos[0], "read of closed file")?;
    let n = size_arg(vm, a)?;
    read_piece(vm, &s, n, false)
}

/// `read1(size=-1)` of a binary file: at most one read of the file.
fn read1(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = reader(vm, &a.pos[0], "read of closed file")?;
    let n = size_arg(vm, a)?;
    let b = s.read1_bytes(vm, n)?;
    vm.alloc_obj(BytesObj::new(b))
}

/// `peek(size=0)` of a binary file: bytes ahead, left to read.
fn peek(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = reader(vm, &a.pos[0], "peek of closed file")?;
    let b = s.peek_bytes(vm)?;
    vm.alloc_obj(BytesObj::new(b))
}

/// The length of a writable bytes-like object (`bytearray`, a writable memoryview), or
/// CPython's TypeError for `method`'s argument.
fn writable_len(vm: &Vm, target: &ObjRef, method: &str) -> PyResult<usize> {
    if let Some(b) = target.downcast_ref::<BytesObj>().filter(|b| b.mutable) {
        return Ok(b.data.borrow().len());
    }
    if let Some(n) = crate::runtime::memoryview::with_writable(vm, target, |d| d.len())? {
        return Ok(n);
    }
    vm.type_err(format!(
        "{method}() argument must be read-write bytes-like object, not {}",
        vm.type_name(target)
    ))
}

/// Copy `data` to the start of a writable bytes-like object (checked by
/// [`writable_len`]).
fn fill(vm: &Vm, target: &ObjRef, data: &[u8]) -> PyResult<()> {
    if let Some(b) = target.downcast_ref::<BytesObj>().filter(|b| b.mutable) {
        let mut d = b.data.borrow_mut();
        let n = data.len().min(d.len());
        d[..n].copy_from_slice(&data[..n]);
        return Ok(());
    }
    crate::runtime::memoryview::with_writable(vm, target, |d| {
        let n = data.len().min(d.len());
        d[..n].copy_from_slice(&data[..n]);
    })?;
    Ok(())
}

/// `readinto(b)` / `readinto1(b)`: bytes read into `b`; their count.
fn read_into(vm: &Vm, a: &Args<'_>, method: &str, one: bool) -> PyResult {
    let Some(target) = a.pos.get(1) else {
        return vm.type_err(format!("{method}() takes exactly one argument (0 given)"));
    };
    let n = writable_len(vm, target, method)?;
    let s = reader(vm, &a.pos[0], "readinto of closed file")?;
    let data = if one {
        s.read1_bytes(vm, Some(n))?
    } else {
        s.read_bytes(vm, Some(n))?
    };
    fill(vm, target, &data)?;
    vm.new_int(data.len() as i64)
}

fn readinto(vm: &Vm, a: &Args<'_>) -> PyResult {
    read_into(vm, a, "readinto", false)
}

fn readinto1(vm: &Vm, a: &Args<'_>) -> PyResult {
    read_into(vm, a, "readinto1", true)
}

fn readline(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = reader(vm, &a.pos[0], "readline of closed file")?;
    let n = size_arg(vm, a)?;
    read_piece(vm, &s, n, true)
}

/// `readlines(hint)`: the lines left, stopping once they hold `hint` characters (bytes).
fn readlines(vm: &Vm, a: &Args<'_>) -> PyResult {
    check_open(vm, &a.pos[0])?;
    let s = reader(vm, &a.pos[0], "readline of closed file")?;
    let hint = size_arg(vm, a)?.filter(|&h| h > 0);
    let mut v = Vec::new();
    let mut total = 0;
    // CPython's readlines iterates the file: tell() works again only once it is exhausted.
    s.telling.set(false);
    loop {
        let line = read_piece(vm, &s, None, true)?;
        let n = vm.len(&line)?;
        if n == 0 {
            s.telling.set(true);
            break;
        }
        v.push(line);
        total += n;
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    vm.new_list(v)
}

fn next(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = reader(vm, &a.pos[0], "readline of closed file")?;
    // CPython's text files refuse tell() while they are iterated.
    s.telling.set(false);
    let line = read_piece(vm, &s, None, true)?;
    if vm.len(&line)? == 0 {
        s.telling.set(true);
        return Err(vm.new_exception(&vm.exc_type("StopIteration"), vec![]));
    }
    Ok(line)
}

fn write(vm: &Vm, a: &Args<'_>) -> PyResult {
    let f = &a.pos[0];
    let mode = file_mode(vm, f)?;
    let s = state(vm, f)?;
    if s.binary {
        if !mode.writable {
            return unsupported(vm, "write");
        }
        check_open_as(vm, f, "write to closed file")?;
    } else {
        check_open(vm, f)?;
        if !mode.writable {
            return unsupported(vm, "not writable");
        }
    }
    let Some(arg) = a.pos.get(1) else {
        return vm.type_err("write() takes exactly one argument (0 given)");
    };
    let (bytes, count) = if s.binary {
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
            Some(t) => {
                let text = match s.newline {
                    Newline::Cr if t.s.contains('\n') => t.s.replace('\n', "\r"),
                    Newline::CrLf if t.s.contains('\n') => t.s.replace('\n', "\r\n"),
                    _ => t.s.to_string(),
                };
                let bytes = match s.codec {
                    crate::runtime::codecs::Codec::Utf8 => text.into_bytes(),
                    crate::runtime::codecs::Codec::Utf8Sig if !s.at_start() => text.into_bytes(),
                    c => crate::runtime::codecs::encode(vm, &text, c, &s.errors)?,
                };
                (bytes, t.nchars)
            }
            None => {
                return vm.type_err(format!(
                    "write() argument must be str, not {}",
                    vm.type_name(arg)
                ))
            }
        }
    };
    s.write(vm, &bytes, mode.append)?;
    vm.new_int(count as i64)
}

fn writelines(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(lines) = a.pos.get(1) else {
        return vm.type_err("writelines() takes exactly one argument (0 given)");
    };
    check_open(vm, &a.pos[0])?;
    for line in vm.collect(lines)? {
        write(vm, &Args::new(&[a.pos[0].clone(), line]))?;
    }
    Ok(vm.none())
}

/// `tell()`: the byte offset in the file of what the next read returns.
fn tell(vm: &Vm, a: &Args<'_>) -> PyResult {
    let f = &a.pos[0];
    let s = state(vm, f)?;
    check_open_as(vm, f, closed_msg(s.binary, "I/O operation on closed file"))?;
    if !s.binary && !s.telling.get() {
        return vm.err("OSError", "telling position disabled by next() call");
    }
    vm.new_int(s.position() as i64)
}

/// `seek(offset, whence=0)` (a text file as CPython's: only `seek(0, 1)` and `seek(0, 2)`
/// relative to the current position or the end).
fn seek(vm: &Vm, a: &Args<'_>) -> PyResult {
    let f = &a.pos[0];
    let binary = state(vm, f)?.binary;
    check_open_as(vm, f, closed_msg(binary, "seek of closed file"))?;
    let Some(offset) = a.pos.get(1) else {
        return vm.type_err("seek expected at least 1 argument, got 0");
    };
    let offset = vm.index(offset)?;
    let whence = match a.pos.get(2) {
        Some(w) => vm.index(w)?,
        None => 0,
    };
    let s = state(vm, f)?;
    if !s.binary && whence != 0 && offset != 0 {
        let msg = if whence == 1 {
            "can't do nonzero cur-relative seeks"
        } else {
            "can't do nonzero end-relative seeks"
        };
        return unsupported(vm, msg);
    }
    if !(0..=2).contains(&whence) {
        return vm.value_err(format!("invalid whence ({whence}, should be 0, 1 or 2)"));
    }
    if !s.binary && whence == 0 && offset < 0 {
        return vm.value_err(format!("negative seek position {offset}"));
    }
    let at = s.seek(vm, offset, whence)?;
    s.telling.set(true);
    vm.new_int(at as i64)
}

/// `truncate(size=None)`: the file cut (or zero-extended) to `size` bytes, by default at
/// the position, which does not move.
fn truncate(vm: &Vm, a: &Args<'_>) -> PyResult {
    let f = &a.pos[0];
    let binary = state(vm, f)?.binary;
    check_open_as(vm, f, closed_msg(binary, "truncate of closed file"))?;
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
            Some(n as u64)
        }
        _ => None,
    };
    let n = state(vm, f)?.truncate(vm, size)?;
    vm.new_int(n as i64)
}

fn flush(vm: &Vm, a: &Args<'_>) -> PyResult {
    let f = &a.pos[0];
    let binary_writer = state(vm, f)?.binary && file_mode(vm, f)?.writable;
    check_open_as(vm, f, closed_msg(binary_writer, "flush of closed file"))?;
    Ok(vm.none())
}

/// The raw file's closed-file error (no period).
const RAW_CLOSED: &str = "I/O operation on closed file";

/// `readable()`: a closed file that cannot read says so without checking (`IOBase`'s).
fn readable(vm: &Vm, a: &Args<'_>) -> PyResult {
    let readable = file_mode(vm, &a.pos[0])?.readable;
    if readable {
        check_open_as(vm, &a.pos[0], RAW_CLOSED)?;
    }
    Ok(vm.bool_obj(readable))
}

fn writable(vm: &Vm, a: &Args<'_>) -> PyResult {
    let writable = file_mode(vm, &a.pos[0])?.writable;
    if writable {
        check_open_as(vm, &a.pos[0], RAW_CLOSED)?;
    }
    Ok(vm.bool_obj(writable))
}

fn seekable(vm: &Vm, a: &Args<'_>) -> PyResult {
    check_open_as(vm, &a.pos[0], RAW_CLOSED)?;
    Ok(vm.bool_obj(state(vm, &a.pos[0])?.seekable(vm)?))
}

fn fileno(vm: &Vm, a: &Args<'_>) -> PyResult {
    check_open_as(vm, &a.pos[0], RAW_CLOSED)?;
    vm.new_int(i64::from(state(vm, &a.pos[0])?.fileno(vm)?))
}

/// `<_io.TextIOWrapper name='f.txt' mode='r' encoding='UTF-8'>`, or for a binary file
/// `<_io.BufferedReader name='f.bin'>`: what the file was opened on, closed or not.
fn file_repr(vm: &Vm, a: &Args<'_>) -> PyResult {
    let f = &a.pos[0];
    let mut out = format!("<{}", vm.type_name(f));
    let mut field = |label: &str| -> PyResult<()> {
        if let Some(v) = vm.getattr_opt(f, &vm.intern(label)?)? {
            out.push_str(&format!(" {label}={}", vm.repr(&v)?));
        }
        Ok(())
    };
    field("name")?;
    if !state(vm, f)?.binary {
        field("mode")?;
        field("encoding")?;
    }
    out.push('>');
    vm.new_str(&out)
}

fn isatty(vm: &Vm, a: &Args<'_>) -> PyResult {
    check_open_as(vm, &a.pos[0], RAW_CLOSED)?;
    Ok(vm.bool_obj(state(vm, &a.pos[0])?.isatty(vm)?))
}

fn close(vm: &Vm, a: &Args<'_>) -> PyResult {
    if let Ok(s) = state(vm, &a.pos[0]) {
        s.close();
    }
    set(vm, &a.pos[0], "closed", vm.true_.clone())?;
    Ok(vm.none())
}

fn enter(vm: &Vm, a: &Args<'_>) -> PyResult {
    check_open(vm, &a.pos[0])?;
    Ok(a.pos[0].clone())
}

fn exit(vm: &Vm, a: &Args<'_>) -> PyResult {
    close(vm, &Args::new(&a.pos[..1]))?;
    Ok(vm.false_.clone())
}

/// The classes of every kind of file (`io` counts them as instances of its classes of
/// the same names).
pub fn make_file_classes(vm: &Vm) -> PyResult<()> {
    for (binary, mode) in [(false, "r"), (true, "r"), (true, "w"), (true, "r+")] {
        file_class(vm, binary, mode)?;
    }
    Ok(())
}
