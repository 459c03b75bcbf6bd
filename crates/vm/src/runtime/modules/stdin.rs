//! `sys.stdin` (a text stream) and `sys.stdin.buffer` (its bytes): `read`, `readline`,
//! `readlines`, iteration by lines, `fileno`, `isatty`. Both read through the process's one
//! buffered standard input, as `input()` does. Text is UTF-8, its line ends kept as they
//! are (CPython opens the standard streams with `newline="\n"` on POSIX: `\r\n` stays).
//! (CPython's text layer reads ahead of its `buffer`; here a read from either takes only
//! what it returns.)

use std::io::{BufRead, IsTerminal, Read};

use heap::ObjRef;

use super::super::objects::*;
use super::super::{Args, PyResult, Vm};

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
        vm.alloc_obj(BytesObj::new(bytes))
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

/// A stream class (`io.TextIOWrapper` or `io.BufferedReader`) and one instance of it.
fn stream(vm: &Vm, class: &str, binary: bool) -> PyResult {
    let ns = vm.new_dict()?;
    vm.dict_set_str(&ns, "__module__", vm.new_str("io")?)?;
    let cls = vm.new_class(class, vec![], ns)?;
    let Some(clst) = cls.downcast::<TypeObj>() else {
        return vm.type_err("stream class");
    };
    for (n, f) in [
        ("read", read as NativeFn),
        ("readline", readline),
        ("readlines", readlines),
        ("__iter__", iter),
        ("__next__", next),
        ("fileno", fileno),
        ("isatty", isatty),
        ("readable", readable),
    ] {
        let func = vm.alloc_obj(BuiltinFunc {
            name: n,
            f,
            self_: None,
            module: None,
        })?;
        vm.dict_set_str(&clst.dict, n, func)?;
    }
    let s = vm.call(&cls, &[], None)?;
    vm.setattr(&s, &vm.intern("_binary")?, vm.bool_obj(binary))?;
    Ok(s)
}

/// `sys.stdin`, with its `buffer`.
pub fn make(vm: &Vm) -> PyResult<ObjRef> {
    let text = stream(vm, "TextIOWrapper", false)?;
    let buffer = stream(vm, "BufferedReader", true)?;
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
