//! `sys.stdout` and `sys.stderr`: text streams over the interpreter's own output (the
//! buffered stdout that `print` writes to, and stderr), with the attributes and methods of
//! CPython's `_io.TextIOWrapper` that scripts use on them (`encoding`, `errors`, `name`,
//! `mode`, `fileno()`, `isatty()`, `reconfigure()`, ...), and each one's `buffer`, a binary
//! writer for bytes. Bytes written to the buffer go out before text still pending above it,
//! as with CPython's buffered streams (`Vm::write_out_bytes`); on a terminal, text is
//! flushed at each newline.
//!
//! The streams are instances of small classes (state in their instance dicts, one `_fd`
//! each), so a script may replace or wrap them as it can CPython's.

use std::io::{IsTerminal, Write};

use heap::{Gc, ObjRef};

use super::io_classes::{stream_class, Branch};
use crate::runtime::objects::*;
use crate::runtime::{Args, PyResult, Vm};

/// The stream's file descriptor (1 or 2), from the receiver of a method call.
fn fd_of(vm: &Vm, a: &Args<'_>, method: &str) -> PyResult<i64> {
    let Some(this) = a.pos.first() else {
        return vm.type_err(format!("descriptor '{method}' needs an argument"));
    };
    let fd = vm.getattr_str(this, "_fd")?;
    Ok(vm.as_i64(&fd).unwrap_or(1))
}

/// The method's name as CPython's argument errors give it: `TextIOWrapper.write`,
/// `BufferedWriter.flush`, or `_IOBase.writelines` for what the buffered writer inherits.
fn qualified(vm: &Vm, a: &Args<'_>, method: &str) -> String {
    let class = a
        .pos
        .first()
        .map(|o| vm.type_of(o).current_name().into_owned())
        .unwrap_or_default();
    match (class.as_str(), method) {
        (_, "writelines") | ("BufferedWriter" | "FileIO", "readable") => {
            format!("_IOBase.{method}")
        }
        _ => format!("{class}.{method}"),
    }
}

fn no_args(vm: &Vm, a: &Args<'_>, method: &str) -> PyResult<()> {
    if a.pos.is_empty() {
        return vm.type_err(format!(
            "unbound method TextIOWrapper.{method}() needs an argument"
        ));
    }
    if a.pos.len() != 1 || !a.kwnames.is_empty() {
        return vm.type_err(format!(
            "{}() takes no arguments ({} given)",
            qualified(vm, a, method),
            (a.pos.len() + a.kwnames.len()).saturating_sub(1)
        ));
    }
    Ok(())
}

/// ValueError when the stream was closed with `close()`.
fn check_open(vm: &Vm, this: &ObjRef) -> PyResult<()> {
    match vm.getattr_opt(this, &vm.intern("closed")?)? {
        Some(c) if vm.truthy(&c)? => vm.value_err("I/O operation on closed file."),
        _ => Ok(()),
    }
}

fn is_terminal(fd: i64) -> bool {
    if fd == 2 {
        std::io::stderr().is_terminal()
    } else {
        std::io::stdout().is_terminal()
    }
}

/// Whether the descriptor is a regular file (seekable), as the kernel's fd table says.
fn is_regular_file(fd: i64) -> bool {
    std::fs::metadata(format!("/proc/self/fd/{fd}")).is_ok_and(|m| m.is_file())
}

/// The error handler CPython picks for its standard streams: `surrogateescape` under the C
/// or POSIX locale (which it coerces to UTF-8), `strict` under any other; stderr always
/// `backslashreplace`.
pub(crate) fn errors_for(fd: i64) -> &'static str {
    if fd == 2 {
        return "backslashreplace";
    }
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .unwrap_or_default();
    match locale.as_str() {
        "" | "C" | "POSIX" | "C.UTF-8" | "C.utf8" => "surrogateescape",
        _ => "strict",
    }
}

fn text_write(vm: &Vm, a: &Args<'_>) -> PyResult {
    let fd = fd_of(vm, a, "write")?;
    if a.pos.len() != 2 || !a.kwnames.is_empty() {
        return vm.type_err(format!(
            "{}() takes exactly one argument ({} given)",
            qualified(vm, a, "write"),
            (a.pos.len() + a.kwnames.len()).saturating_sub(1)
        ));
    }
    let Some(s) = a.pos[1].downcast::<StrObj>() else {
        return vm.type_err(format!(
            "write() argument must be str, not {}",
            vm.type_name(&a.pos[1])
        ));
    };
    check_open(vm, &a.pos[0])?;
    if fd == 2 {
        vm.write_err(&s.s);
    } else {
        vm.write_out(&s.s);
    }
    vm.new_int(s.nchars as i64)
}

fn writelines(vm: &Vm, a: &Args<'_>) -> PyResult {
    if a.pos.len() != 2 || !a.kwnames.is_empty() {
        return vm.type_err(format!(
            "{}() takes exactly one argument ({} given)",
            qualified(vm, a, "writelines"),
            (a.pos.len() + a.kwnames.len()).saturating_sub(1)
        ));
    }
    let write = vm.getattr_str(&a.pos[0], "write")?;
    let lines = vm.get_iter(&a.pos[1])?;
    while let Some(line) = vm.next(&lines)? {
        vm.call(&write, &[line], None)?;
    }
    Ok(vm.none())
}

fn flush(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "flush")?;
    check_open(vm, &a.pos[0])?;
    if matches!(
        &*vm.type_of(&a.pos[0]).current_name(),
        "BufferedWriter" | "FileIO"
    ) {
        // Its bytes went out at write; text pending above it stays pending.
        return Ok(vm.none());
    }
    vm.flush_stdout();
    if vm.captured.is_none() {
        let _ = std::io::stderr().flush();
    }
    Ok(vm.none())
}

fn close(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "close")?;
    vm.flush_stdout();
    vm.setattr(&a.pos[0], &vm.intern("closed")?, vm.true_.clone())?;
    Ok(vm.none())
}

fn fileno(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "fileno")?;
    vm.new_int(fd_of(vm, a, "fileno")?)
}

fn isatty(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "isatty")?;
    check_open(vm, &a.pos[0])?;
    Ok(vm.bool_obj(vm.captured.is_none() && is_terminal(fd_of(vm, a, "isatty")?)))
}

fn writable(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "writable")?;
    check_open(vm, &a.pos[0])?;
    Ok(vm.true_.clone())
}

fn readable(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "readable")?;
    check_open(vm, &a.pos[0])?;
    Ok(vm.false_.clone())
}

fn seekable(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "seekable")?;
    check_open(vm, &a.pos[0])?;
    let fd = fd_of(vm, a, "seekable")?;
    Ok(vm.bool_obj(vm.captured.is_none() && is_regular_file(fd)))
}

/// `reconfigure(*, encoding=None, errors=None, newline=None, line_buffering=None,
/// write_through=None)`: the settings given replace the stream's. Output is always UTF-8
/// here, so another encoding is refused with the LookupError of an unknown one, or a
/// ValueError naming what pymem cannot do.
fn reconfigure(vm: &Vm, a: &Args<'_>) -> PyResult {
    if a.pos.len() != 1 {
        return vm.type_err("reconfigure() takes no positional arguments");
    }
    let this = &a.pos[0];
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        let k = vm.str(k)?;
        match k.as_str() {
            "encoding" | "errors" | "newline" if vm.is_none(v) => {}
            "encoding" | "errors" => {
                let Some(s) = v.downcast::<StrObj>() else {
                    return vm.type_err(format!(
                        "reconfigure() argument '{k}' must be str or None, not {}",
                        vm.type_name(v)
                    ));
                };
                if k == "encoding" {
                    let norm = s.s.to_ascii_lowercase().replace(['-', '_'], "");
                    if norm != "utf8" {
                        return vm.value_err(format!(
                            "pymem writes its standard streams as UTF-8 only, not '{}'",
                            s.s
                        ));
                    }
                }
                vm.setattr(this, &vm.intern(&k)?, v.clone())?;
            }
            "newline" => {
                vm.setattr(this, &vm.intern("_newline")?, v.clone())?;
            }
            "line_buffering" | "write_through" => {
                if !vm.is_none(v) {
                    let b = vm.truthy(v)?;
                    vm.setattr(this, &vm.intern(&k)?, vm.bool_obj(b))?;
                    if vm.as_i64(&vm.getattr_str(this, "_fd")?) == Some(1) {
                        let flag = if k == "line_buffering" {
                            &vm.stdout_line_buffering
                        } else {
                            &vm.stdout_write_through
                        };
                        flag.set(b);
                    }
                }
            }
            _ => {
                return vm.type_err(format!(
                    "'{k}' is an invalid keyword argument for reconfigure()"
                ))
            }
        }
    }
    vm.flush_stdout();
    Ok(vm.none())
}

fn text_repr(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "__repr__")?;
    let this = &a.pos[0];
    let name = vm.getattr_str(this, "name")?;
    let enc = vm.getattr_str(this, "encoding")?;
    vm.new_str(&format!(
        "<_io.TextIOWrapper name={} mode='w' encoding={}>",
        vm.repr(&name)?,
        vm.repr(&enc)?
    ))
}

/// `buffer.write(b)`: the bytes after any text written before them.
fn buffer_write(vm: &Vm, a: &Args<'_>) -> PyResult {
    let fd = fd_of(vm, a, "write")?;
    if a.pos.len() != 2 || !a.kwnames.is_empty() {
        return vm.type_err(format!(
            "{}() takes exactly one argument ({} given)",
            qualified(vm, a, "write"),
            (a.pos.len() + a.kwnames.len()).saturating_sub(1)
        ));
    }
    let Some(data) = crate::runtime::bytes_methods::bytes_like(&a.pos[1]) else {
        return vm.type_err(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(&a.pos[1])
        ));
    };
    check_open(vm, &a.pos[0])?;
    let r = if fd == 2 {
        vm.flush_stdout();
        if let Some(c) = &vm.captured {
            c.borrow_mut().1.push_str(&String::from_utf8_lossy(&data));
            Ok(())
        } else {
            std::io::stderr().write_all(&data)
        }
    } else {
        vm.write_out_bytes(&data)
    };
    if let Err(e) = r {
        let errno = e.raw_os_error().unwrap_or(libc::EIO);
        let ty = crate::runtime::exc_attrs::os_error_type(errno);
        return Err(vm.os_error(ty, errno, &e.to_string(), None));
    }
    vm.new_int(data.len() as i64)
}

fn buffer_repr(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "__repr__")?;
    let name = vm.repr(&vm.getattr_str(&a.pos[0], "name")?)?;
    vm.new_str(&if vm.type_of(&a.pos[0]).current_name() == "FileIO" {
        format!("<_io.FileIO name={name} mode='wb' closefd=False>")
    } else {
        format!("<_io.BufferedWriter name={name}>")
    })
}

/// `(sys.stdout, sys.stderr)`.
pub fn make(vm: &Vm) -> PyResult<(ObjRef, ObjRef)> {
    let common: [(&'static str, NativeFn); 7] = [
        ("flush", flush),
        ("close", close),
        ("fileno", fileno),
        ("isatty", isatty),
        ("writable", writable),
        ("readable", readable),
        ("seekable", seekable),
    ];
    let mut text_methods = common.to_vec();
    text_methods.extend([
        ("write", text_write as NativeFn),
        ("writelines", writelines),
        ("reconfigure", reconfigure),
        ("__repr__", text_repr),
    ]);
    let mut buffer_methods = common.to_vec();
    buffer_methods.extend([
        ("write", buffer_write as NativeFn),
        ("writelines", writelines),
        ("__repr__", buffer_repr),
    ]);
    let text_cls = stream_class(
        vm,
        "stdout:TextIOWrapper",
        "TextIOWrapper",
        Branch::Text,
        &[&text_methods],
    )?;
    // Unbuffered (`-u`), CPython's text streams sit right on the raw files.
    let (key, name, branch) = if vm.stdout_write_through.get() {
        ("stdout:FileIO", "FileIO", Branch::Raw)
    } else {
        ("stdout:BufferedWriter", "BufferedWriter", Branch::Buffered)
    };
    let buffer_cls = stream_class(vm, key, name, branch, &[&buffer_methods])?;
    let (text_cls, buffer_cls) = (Gc::to_obj(&text_cls), Gc::to_obj(&buffer_cls));
    let mut made = Vec::with_capacity(2);
    for (fd, name) in [(1, "<stdout>"), (2, "<stderr>")] {
        let buffer = vm.call(&buffer_cls, &[], None)?;
        let text = vm.call(&text_cls, &[], None)?;
        let line_buffering = if fd == 1 {
            vm.stdout_line_buffering.get()
        } else {
            vm.captured.is_none() && is_terminal(fd)
        };
        for (o, mode) in [(&buffer, "wb"), (&text, "w")] {
            vm.setattr(o, &vm.intern("_fd")?, vm.new_int(fd)?)?;
            vm.setattr(o, &vm.intern("name")?, vm.new_str(name)?)?;
            vm.setattr(o, &vm.intern("mode")?, vm.new_str(mode)?)?;
            vm.setattr(o, &vm.intern("closed")?, vm.false_.clone())?;
        }
        for (k, v) in [
            ("buffer", buffer),
            ("encoding", vm.new_str("utf-8")?),
            ("errors", vm.new_str(errors_for(fd))?),
            ("line_buffering", vm.bool_obj(line_buffering)),
            (
                "write_through",
                vm.bool_obj(vm.stdout_write_through.get() && fd == 1),
            ),
            ("newlines", vm.none()),
        ] {
            vm.setattr(&text, &vm.intern(k)?, v)?;
        }
        made.push(text);
    }
    let stderr = made.pop().expect("two streams");
    let stdout = made.pop().expect("two streams");
    Ok((stdout, stderr))
}
