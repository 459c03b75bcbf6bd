//! `sys.stdin` (a text stream) and `sys.stdin.buffer` (its bytes): `read`, `readline`,
//! `readlines`, iteration by lines, `fileno`, `isatty`, the buffer's `read1` (what is
//! ready, for a `TextIOWrapper` over it). Both read through the process's one
//! buffered standard input, as `input()` does. Text is UTF-8, its line ends kept as they
//! are (CPython opens the standard streams with `newline="\n"` on POSIX: `\r\n` stays).
//! (CPython's text layer reads ahead of its `buffer`; here a read from either takes only
//! what it returns.)

use std::io::{BufRead, IsTerminal, Read};

use heap::{Gc, ObjRef};

use super::super::objects::*;
use super::super::{Args, PyResult, Vm};
use super::io_classes::{stream_class, Branch};

/// Is the receiver the binary `sys.stdin.buffer` (else the text `sys.stdin`)?
fn binary(vm: &Vm, a: &Args<'_>) -> PyResult<bool> {
    let Some(this) = a.pos.first() else {
        return vm.type_err("descriptor needs a stream object");
    };
    let b = vm.getattr_str(this, "_binary")?;
    vm.truthy(&b)
}

/// The size argument (`-1` or None: no limit).
fn size_arg(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<Option<usize>> {
    if a.pos.len() > 2 {
        return vm.type_err(format!(
            "{name} expected at most 1 argument, got {}",
            a.pos.len() - 1
        ));
    }
    match a.pos.get(1) {
        None => Ok(None),
        Some(v) if vm.is_none(v) => Ok(None),
        Some(v) => {
            let n = vm.index(v)?;
            Ok(usize::try_from(n).ok())
        }
    }
}

fn os_error(vm: &Vm, e: &std::io::Error) -> PyResult {
    vm.err("OSError", e.to_string())
}

/// The text of bytes read in text mode.
fn text(vm: &Vm, bytes: &[u8]) -> PyResult {
    let s = super::super::codecs::decode(vm, bytes, super::super::codecs::Codec::Utf8, "strict")?;
    vm.new_str(&s)
}

fn result(vm: &Vm, binary: bool, bytes: Vec<u8>) -> PyResult {
    if binary {
        vm.new_bytes_value(bytes)
    } else {
        text(vm, &bytes)
    }
}

/// One line (with its `\n`), at most `limit` bytes; empty at the end of input. A signal
/// that interrupts the wait has its handler run (Ctrl-C: KeyboardInterrupt), and the read
/// goes on if that raised nothing, as CPython's does.
pub(crate) fn read_line(vm: &Vm, limit: Option<usize>) -> PyResult<Vec<u8>> {
    vm.flush_stdout();
    // A signal caught since the last safe point is handled before the read can block.
    crate::runtime::threads::check_interrupt(vm)?;
    let stdin = std::io::stdin();
    let mut lock = stdin.lock();
    let mut line = Vec::new();
    while limit.is_none_or(|n| line.len() < n) {
        let avail = match lock.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                crate::runtime::threads::check_interrupt(vm)?;
                continue;
            }
            Err(e) => return os_error(vm, &e).map(|_| Vec::new()),
        };
        if avail.is_empty() {
            break;
        }
        let room = limit.map_or(avail.len(), |n| (n - line.len()).min(avail.len()));
        let chunk = &avail[..room];
        let (used, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        line.extend_from_slice(&chunk[..used]);
        lock.consume(used);
        if done {
            break;
        }
    }
    Ok(line)
}

fn read(vm: &Vm, a: &Args<'_>) -> PyResult {
    let binary = binary(vm, a)?;
    let limit = size_arg(vm, a, "read")?;
    vm.flush_stdout();
    let stdin = std::io::stdin();
    let mut lock = stdin.lock();
    let mut buf = Vec::new();
    let r = match limit {
        None => lock.read_to_end(&mut buf),
        Some(n) => (&mut lock).take(n as u64).read_to_end(&mut buf),
    };
    if let Err(e) = r {
        return os_error(vm, &e);
    }
    result(vm, binary, buf)
}

/// `read1(size=-1)`: what standard input has ready (one read of it when nothing is
/// buffered), at most `size` bytes.
fn read1(vm: &Vm, a: &Args<'_>) -> PyResult {
    let binary = binary(vm, a)?;
    let limit = size_arg(vm, a, "read1")?;
    if limit == Some(0) {
        return result(vm, binary, Vec::new());
    }
    vm.flush_stdout();
    // As `read_line`: a signal is handled before the read blocks and when it breaks a wait.
    crate::runtime::threads::check_interrupt(vm)?;
    let stdin = std::io::stdin();
    let mut lock = stdin.lock();
    let ready = loop {
        match lock.fill_buf() {
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                crate::runtime::threads::check_interrupt(vm)?;
                continue;
            }
            Err(e) => return os_error(vm, &e),
            Ok(b) => break b,
        }
    };
    let n = limit.map_or(ready.len(), |l| l.min(ready.len()));
    let out = ready[..n].to_vec();
    lock.consume(n);
    result(vm, binary, out)
}

fn readline(vm: &Vm, a: &Args<'_>) -> PyResult {
    let binary = binary(vm, a)?;
    let limit = size_arg(vm, a, "readline")?;
    let line = read_line(vm, limit)?;
    result(vm, binary, line)
}

fn readlines(vm: &Vm, a: &Args<'_>) -> PyResult {
    let binary = binary(vm, a)?;
    let mut lines = Vec::new();
    loop {
        let line = read_line(vm, None)?;
        if line.is_empty() {
            break;
        }
        lines.push(result(vm, binary, line)?);
    }
    vm.new_list(lines)
}

fn iter(_vm: &Vm, a: &Args<'_>) -> PyResult {
    Ok(a.pos[0].clone())
}

fn next(vm: &Vm, a: &Args<'_>) -> PyResult {
    let binary = binary(vm, a)?;
    let line = read_line(vm, None)?;
    if line.is_empty() {
        return Err(vm.new_exception(&vm.exc_type("StopIteration"), vec![]));
    }
    result(vm, binary, line)
}

fn fileno(vm: &Vm, _a: &Args<'_>) -> PyResult {
    vm.new_int(0)
}

fn isatty(vm: &Vm, _a: &Args<'_>) -> PyResult {
    Ok(vm.bool_obj(std::io::stdin().is_terminal()))
}

fn readable(vm: &Vm, _a: &Args<'_>) -> PyResult {
    Ok(vm.true_.clone())
}

/// `writable()` and `seekable()`: standard input is read as it comes.
fn cannot(vm: &Vm, _a: &Args<'_>) -> PyResult {
    Ok(vm.false_.clone())
}

fn flush(vm: &Vm, _a: &Args<'_>) -> PyResult {
    Ok(vm.none())
}

fn close(vm: &Vm, a: &Args<'_>) -> PyResult {
    if let Some(this) = a.pos.first() {
        vm.setattr(this, &vm.intern("closed")?, vm.true_.clone())?;
    }
    Ok(vm.none())
}

/// A stream of class `_io.<class>` (`TextIOWrapper` or `BufferedReader`), kept under
/// `key`.
fn stream(vm: &Vm, key: &'static str, class: &str, binary: bool) -> PyResult {
    let branch = if binary {
        Branch::Buffered
    } else {
        Branch::Text
    };
    let mut methods: Vec<(&'static str, NativeFn)> = vec![
        ("read", read),
        ("readline", readline),
        ("readlines", readlines),
        ("__iter__", iter),
        ("__next__", next),
        ("fileno", fileno),
        ("isatty", isatty),
        ("readable", readable),
        ("writable", cannot),
        ("seekable", cannot),
        ("flush", flush),
        ("close", close),
    ];
    if binary {
        methods.push(("read1", read1));
    }
    let cls = stream_class(vm, key, class, branch, &[&methods])?;
    let s = vm.call(Gc::as_obj(&cls), &[], None)?;
    vm.setattr(&s, &vm.intern("_binary")?, vm.bool_obj(binary))?;
    vm.setattr(&s, &vm.intern("closed")?, vm.false_.clone())?;
    Ok(s)
}

/// `sys.stdin`, with its `buffer`.
pub fn make(vm: &Vm) -> PyResult<ObjRef> {
    let text = stream(vm, "stdin:TextIOWrapper", "TextIOWrapper", false)?;
    let buffer = stream(vm, "stdin:BufferedReader", "BufferedReader", true)?;
    vm.setattr(&buffer, &vm.intern("name")?, vm.new_str("<stdin>")?)?;
    vm.setattr(&buffer, &vm.intern("mode")?, vm.new_str("rb")?)?;
    vm.setattr(&text, &vm.intern("buffer")?, buffer)?;
    vm.setattr(&text, &vm.intern("encoding")?, vm.new_str("utf-8")?)?;
    vm.setattr(&text, &vm.intern("name")?, vm.new_str("<stdin>")?)?;
    let errors = super::std_streams::errors_for(0);
    for (k, v) in [
        ("errors", vm.new_str(errors)?),
        ("mode", vm.new_str("r")?),
        ("closed", vm.false_.clone()),
        ("line_buffering", vm.false_.clone()),
        ("newlines", vm.none()),
    ] {
        vm.setattr(&text, &vm.intern(k)?, v)?;
    }
    Ok(text)
}
