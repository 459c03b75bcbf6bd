//! The file-descriptor and process-status functions of `os`: `open`, `close`,
//! `closerange`, `read`, `write`, `pipe`, `dup`, `dup2`, `lseek`, `isatty`,
//! `get_inheritable`/`set_inheritable`, `get_blocking`/`set_blocking`, `fsync`,
//! `ftruncate`, `waitpid`, `waitstatus_to_exitcode` and the `W*` status macros, `access`,
//! `chmod`, `umask` and the process's ids (`getuid`...), with the
//! `O_*`, `SEEK_*` and `WNOHANG` constants. (`os.fdopen` is Python, in `os_prelude.py`.)
//!
//! The system calls are `fd_os.rs`'s. Arguments are checked and errors worded as
//! CPython 3.12's on Linux; a call interrupted by a signal runs the handlers and is
//! retried (PEP 475).

use heap::{Gc, ObjRef};

use super::add_fn;
use super::gc::c_int;
use super::os::path_arg_as;
use crate::runtime::fd_os;
use crate::runtime::objects::*;
use crate::runtime::{Args, PyResult, Vm};

/// The three wordings CPython's argument parsers use for a wrong argument count.
enum Arity {
    /// `read expected 2 arguments, got 1` (positional-only parsers).
    Expected,
    /// `posix.dup() takes exactly one argument (0 given)` (one-argument functions).
    One,
    /// `close() missing required argument 'fd' (pos 1)` (keyword-capable parsers).
    Named(&'static [&'static str]),
}

/// The arguments of `name`, `min..=max` of them, by position then by keyword (for
/// [`Arity::Named`]), or CPython's TypeError.
fn args<'a>(
    vm: &Vm,
    a: &Args<'a>,
    name: &str,
    arity: Arity,
    min: usize,
    max: usize,
) -> PyResult<Vec<&'a ObjRef>> {
    let given = a.pos.len();
    match arity {
        Arity::Expected | Arity::One if !a.kwnames.is_empty() => {
            vm.type_err(format!("posix.{name}() takes no keyword arguments"))
        }
        Arity::Expected if given < min || given > max => vm.type_err(format!(
            "{name} expected {max} argument{}, got {given}",
            if max == 1 { "" } else { "s" }
        )),
        Arity::One if given != 1 => vm.type_err(format!(
            "posix.{name}() takes exactly one argument ({given} given)"
        )),
        Arity::Expected | Arity::One => Ok(a.pos.iter().collect()),
        Arity::Named(params) => {
            if given > max {
                return vm.type_err(format!(
                    "{name}() takes at most {max} argument{} ({given} given)",
                    if max == 1 { "" } else { "s" }
                ));
            }
            let mut out: Vec<&ObjRef> = a.pos.iter().collect();
            for (i, p) in params.iter().enumerate().skip(given) {
                match a.kw(p) {
                    Some(v) => out.push(v),
                    None if i < min => {
                        return vm.type_err(format!(
                            "{name}() missing required argument '{p}' (pos {})",
                            i + 1
                        ))
                    }
                    None => break,
                }
            }
            for k in a.kwnames {
                let known = k
                    .downcast_ref::<StrObj>()
                    .and_then(|s| params.iter().position(|p| *p == &*s.s));
                match known {
                    Some(i) if i < given => {
                        return vm.type_err(format!(
                            "argument for {name}() given by name ('{}') and position ({})",
                            params[i],
                            i + 1
                        ))
                    }
                    Some(_) => {}
                    None => {
                        return vm.type_err(format!(
                            "{name}() got an unexpected keyword argument '{}'",
                            vm.str(k)?
                        ))
                    }
                }
            }
            Ok(out)
        }
    }
}

/// An OS error as CPython raises it; `Interrupted` is never passed here (callers retry).
fn os_err(vm: &Vm, e: &std::io::Error) -> ObjRef {
    vm.io_error(e, None)
}

/// Run `call` until it is not interrupted by a signal, running the handlers in between
/// (a handler that raises ends the call with its exception).
fn retry<T>(vm: &Vm, mut call: impl FnMut() -> std::io::Result<T>) -> PyResult<T> {
    loop {
        match call() {
            Ok(v) => return Ok(v),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                crate::runtime::threads::check_interrupt(vm)?;
            }
            Err(e) => return Err(os_err(vm, &e)),
        }
    }
}

/// `os.open(path, flags, mode=0o777)`: a new non-inheritable descriptor.
fn open(vm: &Vm, a: &Args<'_>) -> PyResult {
    let v = args(
        vm,
        a,
        "open",
        Arity::Named(&["path", "flags", "mode"]),
        2,
        3,
    )?;
    let path = path_arg_as(vm, "open", v[0], false)?;
    let flags = c_int(vm, v[1])?;
    let mode = v.get(2).map(|m| c_int(vm, m)).transpose()?.unwrap_or(0o777);
    let Ok(c) = std::ffi::CString::new(path.as_bytes()) else {
        return vm.value_err("open: embedded null character in path");
    };
    let fd = loop {
        match fd_os::open(&c, flags, mode as u32) {
            Ok(fd) => break fd,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                crate::runtime::threads::check_interrupt(vm)?;
            }
            Err(e) => return Err(vm.io_error(&e, Some(&path))),
        }
    };
    vm.new_int(i64::from(fd))
}

fn close(vm: &Vm, a: &Args<'_>) -> PyResult {
    let v = args(vm, a, "close", Arity::Named(&["fd"]), 1, 1)?;
    let fd = c_int(vm, v[0])?;
    // Not retried: on Linux the descriptor is gone even when close reports EINTR.
    match fd_os::close(fd) {
        Ok(()) => Ok(vm.none()),
        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => Ok(vm.none()),
        Err(e) => Err(os_err(vm, &e)),
    }
}

/// `os.closerange(low, high)`: close every descriptor in `low..high`, ignoring errors.
fn closerange(vm: &Vm, a: &Args<'_>) -> PyResult {
    let v = args(vm, a, "closerange", Arity::Expected, 2, 2)?;
    let (low, high) = (c_int(vm, v[0])?, c_int(vm, v[1])?);
    // Only descriptors that can exist: the process's limit bounds the loop.
    let limit = std::fs::read_dir("/proc/self/fd")
        .ok()
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<i32>().ok())
        .max()
        .map_or(high, |m| high.min(m.saturating_add(1)));
    for fd in low.max(0)..limit {
        let _ = fd_os::close(fd);
    }
    Ok(vm.none())
}

fn read(vm: &Vm, a: &Args<'_>) -> PyResult {
    let v = args(vm, a, "read", Arity::Expected, 2, 2)?;
    let fd = c_int(vm, v[0])?;
    let n = vm.index(v[1])?;
    let Ok(n) = usize::try_from(n) else {
        return Err(os_err(vm, &std::io::Error::from_raw_os_error(libc::EINVAL)));
    };
    // One read(2) returns what is there; a huge request still reads what the kernel
    // gives (its own cap is under 2 GiB), so the buffer need not be larger than that.
    let n = n.min(0x7fff_f000);
    vm.check_alloc(n)?;
    let data = retry(vm, || fd_os::read(fd, n))?;
    crate::runtime::bytes_methods::new_bytes(vm, data, false)
}

fn write(vm: &Vm, a: &Args<'_>) -> PyResult {
    let v = args(vm, a, "write", Arity::Expected, 2, 2)?;
    let fd = c_int(vm, v[0])?;
    let Some(data) = crate::runtime::bytes_methods::bytes_like(v[1]) else {
        return vm.type_err(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v[1])
        ));
    };
    // What this process printed with print() goes out first, as CPython's buffered
    // sys.stdout only does when flushed: scripts mixing both flush explicitly.
    let n = retry(vm, || fd_os::write(fd, &data))?;
    vm.new_int(n as i64)
}

/// `os.pipe()`: `(read end, write end)`, both non-inheritable.
fn pipe(vm: &Vm, a: &Args<'_>) -> PyResult {
    if !a.pos.is_empty() || !a.kwnames.is_empty() {
        return vm.type_err(format!(
            "posix.pipe() takes no arguments ({} given)",
            a.pos.len() + a.kwnames.len()
        ));
    }
    let (r, w) = fd_os::pipe().map_err(|e| os_err(vm, &e))?;
    vm.new_tuple([vm.new_int(i64::from(r))?, vm.new_int(i64::from(w))?])
}

fn dup(vm: &Vm, a: &Args<'_>) -> PyResult {
    let v = args(vm, a, "dup", Arity::One, 1, 1)?;
    let fd = fd_os::dup(c_int(vm, v[0])?).map_err(|e| os_err(vm, &e))?;
    vm.new_int(i64::from(fd))
}

/// `os.dup2(fd, fd2, inheritable=True)`: `fd2`.
fn dup2(vm: &Vm, a: &Args<'_>) -> PyResult {
    let v = args(
        vm,
        a,
        "dup2",
        Arity::Named(&["fd", "fd2", "inheritable"]),
        2,
        3,
    )?;
    let (fd, fd2) = (c_int(vm, v[0])?, c_int(vm, v[1])?);
    let inheritable = match v.get(2) {
        Some(o) => vm.truthy(o)?,
        None => true,
    };
    let r = retry(vm, || fd_os::dup2(fd, fd2, inheritable))?;
    vm.new_int(i64::from(r))
}

fn lseek(vm: &Vm, a: &Args<'_>) -> PyResult {
    let v = args(vm, a, "lseek", Arity::Expected, 3, 3)?;
    let fd = c_int(vm, v[0])?;
    let pos = vm.index(v[1])?;
    let how = c_int(vm, v[2])?;
    let r = fd_os::lseek(fd, pos, how).map_err(|e| os_err(vm, &e))?;
    vm.new_int(r)
}

fn isatty(vm: &Vm, a: &Args<'_>) -> PyResult {
    let v = args(vm, a, "isatty", Arity::One, 1, 1)?;
    Ok(vm.bool_obj(fd_os::isatty(c_int(vm, v[0])?)))
}

fn get_inheritable(vm: &Vm, a: &Args<'_>) -> PyResult {
    let v = args(vm, a, "get_inheritable", Arity::One, 1, 1)?;
    let r = fd_os::get_inheritable(c_int(vm, v[0])?).map_err(|e| os_err(vm, &e))?;
    Ok(vm.bool_obj(r))
}

fn set_inheritable(vm: &Vm, a: &Args<'_>) -> PyResult {
    let v = args(vm, a, "set_inheritable", Arity::Expected, 2, 2)?;
    let fd = c_int(vm, v[0])?;
    let on = c_int(vm, v[1])? != 0;
    fd_os::set_inheritable(fd, on).map_err(|e| os_err(vm, &e))?;
    Ok(vm.none())
}

fn get_blocking(vm: &Vm, a: &Args<'_>) -> PyResult {
    let v = args(vm, a, "get_blocking", Arity::One, 1, 1)?;
    let r = fd_os::get_blocking(c_int(vm, v[0])?).map_err(|e| os_err(vm, &e))?;
    Ok(vm.bool_obj(r))
}

fn set_blocking(vm: &Vm, a: &Args<'_>) -> PyResult {
    let v = args(vm, a, "set_blocking", Arity::Expected, 2, 2)?;
    let fd = c_int(vm, v[0])?;
    let on = c_int(vm, v[1])? != 0;
    fd_os::set_blocking(fd, on).map_err(|e| os_err(vm, &e))?;
    Ok(vm.none())
}

/// A descriptor argument that may also be an object with `fileno()` (`os.fsync(f)`).
pub(super) fn fd_or_fileno(vm: &Vm, o: &ObjRef) -> PyResult<i32> {
    if let Some(f) = vm.getattr_opt(o, &vm.intern("fileno")?)? {
        if !o.is::<IntObj>() {
            let r = vm.call(&f, &[], None)?;
            return c_int(vm, &r);
        }
    }
    if vm.index_num(o)?.is_none() {
        return vm.type_err("argument must be an int, or have a fileno() method.");
    }
    c_int(vm, o)
}

fn fsync(vm: &Vm, a: &Args<'_>) -> PyResult {
    let v = args(vm, a, "fsync", Arity::Named(&["fd"]), 1, 1)?;
    let fd = fd_or_fileno(vm, v[0])?;
    retry(vm, || fd_os::fsync(fd))?;
    Ok(vm.none())
}

fn ftruncate(vm: &Vm, a: &Args<'_>) -> PyResult {
    let v = args(vm, a, "ftruncate", Arity::Expected, 2, 2)?;
    let fd = c_int(vm, v[0])?;
    let len = vm.index(v[1])?;
    retry(vm, || fd_os::ftruncate(fd, len))?;
    Ok(vm.none())
}

/// `os.waitpid(pid, options)`: `(pid, status)`, `(0, 0)` with `WNOHANG` and no change.
fn waitpid(vm: &Vm, a: &Args<'_>) -> PyResult {
    if !a.kwnames.is_empty() {
        return vm.type_err("waitpid() takes no keyword arguments");
    }
    if a.pos.len() != 2 {
        return vm.type_err(format!(
            "waitpid() takes exactly 2 arguments ({} given)",
            a.pos.len()
        ));
    }
    let (pid, options) = (c_int(vm, &a.pos[0])?, c_int(vm, &a.pos[1])?);
    let (p, status) = retry(vm, || fd_os::waitpid(pid, options))?;
    vm.new_tuple([vm.new_int(i64::from(p))?, vm.new_int(i64::from(status))?])
}

/// `os.access(path, mode)`: whether the process may use the file so.
fn access(vm: &Vm, a: &Args<'_>) -> PyResult {
    let v = args(vm, a, "access", Arity::Named(&["path", "mode"]), 2, 2)?;
    let path = path_arg_as(vm, "access", v[0], false)?;
    let mode = c_int(vm, v[1])?;
    let Ok(c) = std::ffi::CString::new(path) else {
        return vm.value_err("access: embedded null character in path");
    };
    Ok(vm.bool_obj(fd_os::access(&c, mode)))
}

/// `os.chmod(path, mode)`.
fn chmod(vm: &Vm, a: &Args<'_>) -> PyResult {
    use std::os::unix::fs::PermissionsExt;
    let v = args(vm, a, "chmod", Arity::Named(&["path", "mode"]), 2, 2)?;
    let path = path_arg_as(vm, "chmod", v[0], true)?;
    let mode = c_int(vm, v[1])?;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode as u32))
        .map_err(|e| vm.io_error(&e, Some(&path)))?;
    Ok(vm.none())
}

/// `os.umask(mask)`: the previous mask.
fn umask(vm: &Vm, a: &Args<'_>) -> PyResult {
    let v = args(vm, a, "umask", Arity::One, 1, 1)?;
    let mask = c_int(vm, v[0])?;
    vm.new_int(i64::from(fd_os::umask(mask as u32)))
}

/// The process-identity functions (`getuid`, `geteuid`, `getgid`, `getegid`, `getpgrp`).
fn id_fn(
    vm: &Vm,
    a: &Args<'_>,
    name: &str,
    pick: fn((u32, u32, u32, u32, i32)) -> i64,
) -> PyResult {
    if !a.pos.is_empty() || !a.kwnames.is_empty() {
        return vm.type_err(format!(
            "posix.{name}() takes no arguments ({} given)",
            a.pos.len() + a.kwnames.len()
        ));
    }
    vm.new_int(pick(fd_os::ids()))
}

fn getuid(vm: &Vm, a: &Args<'_>) -> PyResult {
    id_fn(vm, a, "getuid", |i| i64::from(i.0))
}

fn geteuid(vm: &Vm, a: &Args<'_>) -> PyResult {
    id_fn(vm, a, "geteuid", |i| i64::from(i.1))
}

fn getgid(vm: &Vm, a: &Args<'_>) -> PyResult {
    id_fn(vm, a, "getgid", |i| i64::from(i.2))
}

fn getegid(vm: &Vm, a: &Args<'_>) -> PyResult {
    id_fn(vm, a, "getegid", |i| i64::from(i.3))
}

fn getpgrp(vm: &Vm, a: &Args<'_>) -> PyResult {
    id_fn(vm, a, "getpgrp", |i| i64::from(i.4))
}

/// The one `status` argument of the `W*` functions and `waitstatus_to_exitcode`.
fn status_arg(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<i32> {
    let params: &'static [&'static str] = &["status"];
    let v = args(vm, a, name, Arity::Named(params), 1, 1)?;
    c_int(vm, v[0])
}

/// `os.waitstatus_to_exitcode(status)`: the exit code, or minus the signal that ended
/// the process.
fn waitstatus_to_exitcode(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = status_arg(vm, a, "waitstatus_to_exitcode")?;
    if libc::WIFEXITED(s) {
        return vm.new_int(i64::from(libc::WEXITSTATUS(s)));
    }
    if libc::WIFSIGNALED(s) {
        return vm.new_int(-i64::from(libc::WTERMSIG(s)));
    }
    vm.value_err(format!("invalid wait status: {s}"))
}

macro_rules! status_fns {
    ($($name:ident => $py:literal, $f:expr, $conv:ident;)*) => {
        $(
            fn $name(vm: &Vm, a: &Args<'_>) -> PyResult {
                let s = status_arg(vm, a, $py)?;
                status_fns!(@ret vm, $conv, ($f)(s))
            }
        )*
        const STATUS_FNS: &[(&str, NativeFn)] = &[$(($py, $name as NativeFn)),*];
    };
    (@ret $vm:ident, bool, $e:expr) => { Ok($vm.bool_obj($e)) };
    (@ret $vm:ident, int, $e:expr) => { $vm.new_int(i64::from($e)) };
}

status_fns! {
    wifexited => "WIFEXITED", libc::WIFEXITED, bool;
    wexitstatus => "WEXITSTATUS", libc::WEXITSTATUS, int;
    wifsignaled => "WIFSIGNALED", libc::WIFSIGNALED, bool;
    wtermsig => "WTERMSIG", libc::WTERMSIG, int;
    wifstopped => "WIFSTOPPED", libc::WIFSTOPPED, bool;
    wstopsig => "WSTOPSIG", libc::WSTOPSIG, int;
    wifcontinued => "WIFCONTINUED", libc::WIFCONTINUED, bool;
    wcoredump => "WCOREDUMP", libc::WCOREDUMP, bool;
}

/// Add the descriptor functions and constants to `os` (the module `m`).
pub fn install(vm: &Vm, m: &Gc<ModuleObj>) -> PyResult<()> {
    for (name, f) in [
        ("open", open as NativeFn),
        ("close", close),
        ("closerange", closerange),
        ("read", read),
        ("write", write),
        ("pipe", pipe),
        ("dup", dup),
        ("dup2", dup2),
        ("lseek", lseek),
        ("isatty", isatty),
        ("get_inheritable", get_inheritable),
        ("set_inheritable", set_inheritable),
        ("get_blocking", get_blocking),
        ("set_blocking", set_blocking),
        ("fsync", fsync),
        ("ftruncate", ftruncate),
        ("waitpid", waitpid),
        ("waitstatus_to_exitcode", waitstatus_to_exitcode),
        ("access", access),
        ("chmod", chmod),
        ("umask", umask),
        ("getuid", getuid),
        ("geteuid", geteuid),
        ("getgid", getgid),
        ("getegid", getegid),
        ("getpgrp", getpgrp),
    ]
    .into_iter()
    .chain(STATUS_FNS.iter().copied())
    {
        add_fn(vm, m, name, f)?;
    }
    for (name, v) in [
        ("O_RDONLY", libc::O_RDONLY),
        ("O_WRONLY", libc::O_WRONLY),
        ("O_RDWR", libc::O_RDWR),
        ("O_APPEND", libc::O_APPEND),
        ("O_CREAT", libc::O_CREAT),
        ("O_EXCL", libc::O_EXCL),
        ("O_TRUNC", libc::O_TRUNC),
        ("O_NONBLOCK", libc::O_NONBLOCK),
        ("O_NDELAY", libc::O_NDELAY),
        ("O_SYNC", libc::O_SYNC),
        ("O_DSYNC", libc::O_DSYNC),
        ("O_NOCTTY", libc::O_NOCTTY),
        ("O_CLOEXEC", libc::O_CLOEXEC),
        ("O_DIRECTORY", libc::O_DIRECTORY),
        ("O_NOFOLLOW", libc::O_NOFOLLOW),
        ("O_ACCMODE", libc::O_ACCMODE),
        ("O_TMPFILE", libc::O_TMPFILE),
        ("SEEK_SET", libc::SEEK_SET),
        ("SEEK_CUR", libc::SEEK_CUR),
        ("SEEK_END", libc::SEEK_END),
        ("SEEK_DATA", libc::SEEK_DATA),
        ("SEEK_HOLE", libc::SEEK_HOLE),
        ("WNOHANG", libc::WNOHANG),
        ("WUNTRACED", libc::WUNTRACED),
        ("WCONTINUED", libc::WCONTINUED),
    ] {
        vm.dict_set_str(&m.dict, name, vm.new_int(i64::from(v))?)?;
    }
    Ok(())
}
