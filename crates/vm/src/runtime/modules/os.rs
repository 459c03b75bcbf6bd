//! The `os` module and `os.path` (`posixpath`): the process and file-system facts scripts
//! ask for, with CPython 3.12's results and errors on Linux.
//!
//! - `os`: `name`, `sep`, `linesep`, `curdir`, `pardir`, `getpid`, `getppid`, `getcwd`,
//!   `environ` (a dict snapshot of the environment taken at import; changing it does not
//!   change the process environment, but `getenv` sees the change, as in CPython),
//!   `getenv`, `listdir`, `cpu_count`, `remove`/`unlink`, `mkdir`, `rmdir`, `chdir`, `symlink`,
//!   `uname` and `confstr` (os_sysinfo.rs);
//!   `stat`, `lstat`, `stat_result` and `walk` are Python (py/os_prelude.py).
//! - `os.path`: `exists`, `isfile`, `isdir`, `getsize`, `islink`, `lexists`, `getmtime`,
//!   `getatime`, `getctime`, `join`, `basename`, `dirname`, `split`, `splitext`, `isabs`,
//!   `normpath`, `abspath`, `realpath`, `sep`; the pure string functions (`commonprefix`,
//!   `commonpath`, `relpath`, `expanduser`, `expandvars`, `normcase`, `splitdrive`,
//!   `splitroot`) are Python (`py/posixpath.py`).
//!
//! File-system errors are `OSError` subclasses with CPython's text
//! (`[Errno 2] No such file or directory: 'x'`) and `errno`, `strerror`, `filename`.
//! `urandom` is missing (pymem has no `bytes`).

use heap::{Gc, ObjRef};

use super::{add_fn, frozen, new_module};
use crate::runtime::objects::*;
use crate::runtime::{Args, PyResult, Vm};

/// A path argument: a str, or an object whose `__fspath__` gives one (pathlib's paths;
/// CPython also takes bytes).
fn path_arg(vm: &Vm, fname: &str, o: &ObjRef) -> PyResult<String> {
    path_arg_as(vm, fname, o, true)
}

/// [`path_arg`] of a function that may (`fd_ok`) or may not also take a descriptor,
/// which its error message says.
pub(super) fn path_arg_as(vm: &Vm, fname: &str, o: &ObjRef, fd_ok: bool) -> PyResult<String> {
    if let Some(s) = o.downcast::<StrObj>() {
        return Ok(s.s.to_string());
    }
    let fspath = vm.getattr_opt(o, &vm.intern("__fspath__")?)?;
    match fspath.map(|m| vm.call(&m, &[], None)).transpose()? {
        Some(p) if p.downcast_ref::<StrObj>().is_some() => vm.str(&p),
        _ => vm.type_err(format!(
            "{fname}: path should be string, bytes{}, not {}",
            if fd_ok {
                ", os.PathLike or integer"
            } else {
                " or os.PathLike"
            },
            vm.type_name(o)
        )),
    }
}

/// A str argument of the pure path functions.
fn str_arg(vm: &Vm, fname: &str, o: &ObjRef) -> PyResult<String> {
    match o.downcast::<StrObj>() {
        Some(s) => Ok(s.s.to_string()),
        None => vm.type_err(format!(
            "{fname}() argument must be str, bytes, or os.PathLike object, not '{}'",
            vm.type_name(o)
        )),
    }
}

fn exactly<'a>(vm: &Vm, a: &Args<'a>, fname: &str, n: usize) -> PyResult<&'a [ObjRef]> {
    if a.pos.len() != n {
        return vm.type_err(format!(
            "{fname}() takes exactly {n} argument{} ({} given)",
            if n == 1 { "" } else { "s" },
            a.pos.len()
        ));
    }
    Ok(a.pos)
}

fn getpid(vm: &Vm, a: &Args<'_>) -> PyResult {
    exactly(vm, a, "getpid", 0)?;
    vm.new_int(i64::from(std::process::id()))
}

/// `os.kill(pid, sig)` / `os.killpg(pgid, sig)`: a signal this interpreter handles has
/// had its handler run when the call returns (the signal may have been for this process).
fn send_signal(vm: &Vm, a: &Args<'_>, name: &str, group: bool) -> PyResult {
    exactly(vm, a, name, 2)?;
    let (pid, sig) = (vm.index(&a.pos[0])?, vm.index(&a.pos[1])?);
    let (Ok(pid), Ok(sig)) = (i32::try_from(pid), i32::try_from(sig)) else {
        return vm.err("OverflowError", "signed integer is greater than maximum");
    };
    let target = if group {
        pid.checked_neg().unwrap_or(pid)
    } else {
        pid
    };
    if let Err(e) = crate::runtime::signal_os::kill(target, sig) {
        return Err(vm.io_error(&e, None));
    }
    crate::runtime::threads::check_interrupt(vm)?;
    Ok(vm.none())
}

/// `_get_terminal_size(fd)`: `(columns, lines)`; `os_prelude.py` makes the
/// `os.terminal_size`.
fn get_terminal_size(vm: &Vm, a: &Args<'_>) -> PyResult {
    exactly(vm, a, "get_terminal_size", 1)?;
    let fd = vm.index(&a.pos[0])?;
    let Ok(fd) = i32::try_from(fd) else {
        return vm.err("OverflowError", "signed integer is greater than maximum");
    };
    match crate::runtime::terminal_os::size(fd) {
        Ok((c, l)) => vm.new_tuple(vec![vm.new_int(i64::from(c))?, vm.new_int(i64::from(l))?]),
        Err(e) => Err(vm.io_error(&e, None)),
    }
}

fn kill(vm: &Vm, a: &Args<'_>) -> PyResult {
    send_signal(vm, a, "kill", false)
}

fn killpg(vm: &Vm, a: &Args<'_>) -> PyResult {
    send_signal(vm, a, "killpg", true)
}

fn getppid(vm: &Vm, a: &Args<'_>) -> PyResult {
    exactly(vm, a, "getppid", 0)?;
    vm.new_int(i64::from(std::os::unix::process::parent_id()))
}

fn getcwd(vm: &Vm, a: &Args<'_>) -> PyResult {
    exactly(vm, a, "getcwd", 0)?;
    match std::env::current_dir() {
        Ok(p) => vm.new_str(&p.to_string_lossy()),
        Err(e) => Err(vm.io_error(&e, None)),
    }
}

fn getenv(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (Some(key), default) = (
        a.pos.first().or(a.kw("key")),
        a.pos.get(1).or(a.kw("default")),
    ) else {
        return vm.type_err("getenv() missing 1 required positional argument: 'key'");
    };
    if !key.is::<StrObj>() {
        return vm.type_err(format!("str expected, not {}", vm.type_name(key)));
    }
    // As CPython: `environ.get(key, default)`, so assignments to os.environ are seen.
    let environ = vm.getattr_str(&super::import(vm, "os")?, "environ")?;
    let get = vm.getattr_str(&environ, "get")?;
    vm.call(
        &get,
        &[key.clone(), default.cloned().unwrap_or_else(|| vm.none())],
        None,
    )
}

fn listdir(vm: &Vm, a: &Args<'_>) -> PyResult {
    let path = match a.pos.first().or(a.kw("path")) {
        Some(p) if !vm.is_none(p) => path_arg(vm, "listdir", p)?,
        _ => ".".to_string(),
    };
    let entries = std::fs::read_dir(&path).map_err(|e| vm.io_error(&e, Some(&path)))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| vm.io_error(&e, Some(&path)))?;
        names.push(vm.new_str(&entry.file_name().to_string_lossy())?);
    }
    vm.new_list(names)
}

/// The path argument of a one-path file-system call (`remove(path)`, `mkdir(path)`).
fn one_path(vm: &Vm, a: &Args<'_>, fname: &str) -> PyResult<String> {
    match a.pos.first().or(a.kw("path")) {
        Some(p) => path_arg(vm, fname, p),
        None => vm.type_err(format!(
            "{fname}() missing required argument 'path' (pos 1)"
        )),
    }
}

/// `os.remove(path)` / `os.unlink(path)`.
fn remove(vm: &Vm, a: &Args<'_>) -> PyResult {
    let path = one_path(vm, a, "remove")?;
    std::fs::remove_file(&path).map_err(|e| vm.io_error(&e, Some(&path)))?;
    Ok(vm.none())
}

/// `os.chdir(path)`: the process's working directory (relative paths, `getcwd()`).
fn chdir(vm: &Vm, a: &Args<'_>) -> PyResult {
    let path = one_path(vm, a, "chdir")?;
    std::env::set_current_dir(&path).map_err(|e| vm.io_error(&e, Some(&path)))?;
    Ok(vm.none())
}

/// `_stat(path, follow_symlinks)`: the raw fields `os.stat` (os_prelude.py) makes its
/// `stat_result` of: mode, ino, dev, nlink, uid, gid, size, the three times in
/// nanoseconds (atime, mtime, ctime), blksize, blocks, rdev.
fn raw_stat(vm: &Vm, a: &Args<'_>) -> PyResult {
    use std::os::unix::fs::MetadataExt;
    let fname = match a.pos.get(2) {
        Some(n) => vm.str(n)?,
        None => "stat".to_string(),
    };
    let Some(p) = a.pos.first() else {
        return vm.type_err(format!(
            "{fname}() missing required argument 'path' (pos 1)"
        ));
    };
    let path = path_arg(vm, &fname, p)?;
    let follow = match a.pos.get(1) {
        Some(f) => vm.truthy(f)?,
        None => true,
    };
    let meta = if follow {
        std::fs::metadata(&path)
    } else {
        std::fs::symlink_metadata(&path)
    };
    let m = meta.map_err(|e| vm.io_error(&e, Some(&path)))?;
    let ns = |secs: i64, nanos: i64| i128::from(secs) * 1_000_000_000 + i128::from(nanos);
    let mut fields = Vec::with_capacity(13);
    for v in [
        i128::from(m.mode()),
        i128::from(m.ino()),
        i128::from(m.dev()),
        i128::from(m.nlink()),
        i128::from(m.uid()),
        i128::from(m.gid()),
        i128::from(m.size()),
        ns(m.atime(), m.atime_nsec()),
        ns(m.mtime(), m.mtime_nsec()),
        ns(m.ctime(), m.ctime_nsec()),
        i128::from(m.blksize()),
        i128::from(m.blocks()),
        i128::from(m.rdev()),
    ] {
        fields.push(vm.new_bigint(num_bigint::BigInt::from(v))?);
    }
    vm.new_tuple(fields)
}

/// `os.mkdir(path)` (the mode argument is not supported).
fn mkdir(vm: &Vm, a: &Args<'_>) -> PyResult {
    let path = one_path(vm, a, "mkdir")?;
    std::fs::create_dir(&path).map_err(|e| vm.io_error(&e, Some(&path)))?;
    Ok(vm.none())
}

/// `os.makedirs(name, mode=0o777, exist_ok=False)`: the directory and its missing parents
/// (the mode argument is accepted and not applied, as mkdir's).
fn makedirs(vm: &Vm, a: &Args<'_>) -> PyResult {
    let path = match a.pos.first().or(a.kw("name")) {
        Some(p) => path_arg(vm, "makedirs", p)?,
        None => return vm.type_err("makedirs() missing 1 required positional argument: 'name'"),
    };
    let exist_ok = match a.pos.get(2).or(a.kw("exist_ok")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if std::path::Path::new(&path).is_dir() {
        if exist_ok {
            return Ok(vm.none());
        }
        let e = std::io::Error::from_raw_os_error(libc::EEXIST);
        return Err(vm.io_error(&e, Some(&path)));
    }
    std::fs::create_dir_all(&path).map_err(|e| vm.io_error(&e, Some(&path)))?;
    Ok(vm.none())
}

/// `os.rename(src, dst)` / `os.replace(src, dst)`: on POSIX both replace an existing
/// file at `dst`.
fn rename(vm: &Vm, a: &Args<'_>) -> PyResult {
    let [src, dst] = exactly(vm, a, "rename", 2)? else {
        return vm.type_err("rename() takes 2 arguments");
    };
    let src = path_arg(vm, "rename", src)?;
    let dst = path_arg(vm, "rename", dst)?;
    std::fs::rename(&src, &dst).map_err(|e| vm.io_error2(&e, &src, &dst))?;
    Ok(vm.none())
}

/// `os.symlink(src, dst)`: a symbolic link at `dst` pointing to `src` (as given, not
/// resolved; the `target_is_directory` argument only matters on Windows).
fn symlink(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (Some(src), Some(dst)) = (a.pos.first().or(a.kw("src")), a.pos.get(1).or(a.kw("dst")))
    else {
        return vm.type_err("symlink() missing required argument 'dst' (pos 2)");
    };
    let src = path_arg(vm, "symlink", src)?;
    let dst = path_arg(vm, "symlink", dst)?;
    std::os::unix::fs::symlink(&src, &dst).map_err(|e| vm.io_error2(&e, &src, &dst))?;
    Ok(vm.none())
}

/// `os.rmdir(path)`.
fn rmdir(vm: &Vm, a: &Args<'_>) -> PyResult {
    let path = one_path(vm, a, "rmdir")?;
    std::fs::remove_dir(&path).map_err(|e| vm.io_error(&e, Some(&path)))?;
    Ok(vm.none())
}

fn cpu_count(vm: &Vm, a: &Args<'_>) -> PyResult {
    exactly(vm, a, "cpu_count", 0)?;
    match std::thread::available_parallelism() {
        Ok(n) => vm.new_int(n.get() as i64),
        Err(_) => Ok(vm.none()),
    }
}

// ---- os.path ----------------------------------------------------------------------------

fn stat_path(vm: &Vm, a: &Args<'_>, fname: &str) -> PyResult<Option<std::fs::Metadata>> {
    let p = exactly(vm, a, fname, 1)?;
    let path = path_arg(vm, "stat", &p[0])?;
    Ok(std::fs::metadata(path).ok())
}

fn exists(vm: &Vm, a: &Args<'_>) -> PyResult {
    Ok(vm.bool_obj(stat_path(vm, a, "exists")?.is_some()))
}

fn isfile(vm: &Vm, a: &Args<'_>) -> PyResult {
    Ok(vm.bool_obj(stat_path(vm, a, "isfile")?.is_some_and(|m| m.is_file())))
}

fn isdir(vm: &Vm, a: &Args<'_>) -> PyResult {
    Ok(vm.bool_obj(stat_path(vm, a, "isdir")?.is_some_and(|m| m.is_dir())))
}

fn getsize(vm: &Vm, a: &Args<'_>) -> PyResult {
    let p = exactly(vm, a, "getsize", 1)?;
    let path = path_arg(vm, "stat", &p[0])?;
    match std::fs::metadata(&path) {
        Ok(m) => vm.new_int(m.len() as i64),
        Err(e) => Err(vm.io_error(&e, Some(&path))),
    }
}

/// `lstat` of the one path argument: the link itself, not its target (None if missing).
fn lstat_path(vm: &Vm, a: &Args<'_>, fname: &str) -> PyResult<Option<std::fs::Metadata>> {
    let p = exactly(vm, a, fname, 1)?;
    let path = path_arg(vm, "lstat", &p[0])?;
    Ok(std::fs::symlink_metadata(path).ok())
}

/// `os.path.islink(path)`: the path itself (not followed) is a symbolic link.
fn islink(vm: &Vm, a: &Args<'_>) -> PyResult {
    let m = lstat_path(vm, a, "islink")?;
    Ok(vm.bool_obj(m.is_some_and(|m| m.file_type().is_symlink())))
}

fn lexists(vm: &Vm, a: &Args<'_>) -> PyResult {
    Ok(vm.bool_obj(lstat_path(vm, a, "lexists")?.is_some()))
}

/// getmtime/getatime/getctime: a time of the file's status as float seconds.
fn file_time(
    vm: &Vm,
    a: &Args<'_>,
    fname: &str,
    which: fn(&std::fs::Metadata) -> (i64, i64),
) -> PyResult {
    let p = exactly(vm, a, fname, 1)?;
    let path = path_arg(vm, "stat", &p[0])?;
    match std::fs::metadata(&path) {
        // CPython's st_mtime: seconds plus nanoseconds * 1e-9, in that order of operations.
        Ok(m) => {
            let (secs, nanos) = which(&m);
            vm.new_float(secs as f64 + nanos as f64 * 1e-9)
        }
        Err(e) => Err(vm.io_error(&e, Some(&path))),
    }
}

fn getmtime(vm: &Vm, a: &Args<'_>) -> PyResult {
    use std::os::unix::fs::MetadataExt;
    file_time(vm, a, "getmtime", |m| (m.mtime(), m.mtime_nsec()))
}

fn getatime(vm: &Vm, a: &Args<'_>) -> PyResult {
    use std::os::unix::fs::MetadataExt;
    file_time(vm, a, "getatime", |m| (m.atime(), m.atime_nsec()))
}

fn getctime(vm: &Vm, a: &Args<'_>) -> PyResult {
    use std::os::unix::fs::MetadataExt;
    file_time(vm, a, "getctime", |m| (m.ctime(), m.ctime_nsec()))
}

/// posixpath.join.
fn join_paths(first: &str, rest: &[String]) -> String {
    let mut path = first.to_string();
    for b in rest {
        if b.starts_with('/') {
            path = b.clone();
        } else if path.is_empty() || path.ends_with('/') {
            path.push_str(b);
        } else {
            path.push('/');
            path.push_str(b);
        }
    }
    path
}

fn join(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(first) = a.pos.first() else {
        return vm.type_err("join() missing 1 required positional argument: 'a'");
    };
    // CPython's `join` takes `os.fspath` of its first argument before it checks the rest.
    let first = match first.downcast::<StrObj>() {
        Some(s) => s.s.to_string(),
        None => {
            return vm.type_err(format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(first)
            ))
        }
    };
    let rest = a.pos[1..]
        .iter()
        .map(|p| str_arg(vm, "join", p))
        .collect::<PyResult<Vec<_>>>()?;
    vm.new_str(&join_paths(&first, &rest))
}

/// posixpath.split: (head without trailing slashes unless all slashes, tail).
fn split_path(p: &str) -> (String, String) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = p.split_at(i);
    let head = if !head.is_empty() && head.chars().any(|c| c != '/') {
        head.trim_end_matches('/')
    } else {
        head
    };
    (head.to_string(), tail.to_string())
}

fn one_str(vm: &Vm, a: &Args<'_>, fname: &str) -> PyResult<String> {
    let p = exactly(vm, a, fname, 1)?;
    match p[0].downcast::<StrObj>() {
        Some(s) => Ok(s.s.to_string()),
        None => vm.type_err(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(&p[0])
        )),
    }
}

fn basename(vm: &Vm, a: &Args<'_>) -> PyResult {
    vm.new_str(&split_path(&one_str(vm, a, "basename")?).1)
}

fn dirname(vm: &Vm, a: &Args<'_>) -> PyResult {
    vm.new_str(&split_path(&one_str(vm, a, "dirname")?).0)
}

fn split(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (h, t) = split_path(&one_str(vm, a, "split")?);
    vm.new_tuple([vm.new_str(&h)?, vm.new_str(&t)?])
}

/// posixpath.splitext: leading dots of the last component do not start an extension.
fn splitext_path(p: &str) -> (String, String) {
    let sep = p.rfind('/').map_or(0, |i| i + 1);
    if let Some(dot) = p.rfind('.').filter(|&d| d >= sep) {
        if p[sep..dot].chars().any(|c| c != '.') {
            return (p[..dot].to_string(), p[dot..].to_string());
        }
    }
    (p.to_string(), String::new())
}

fn splitext(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (root, ext) = splitext_path(&one_str(vm, a, "splitext")?);
    vm.new_tuple([vm.new_str(&root)?, vm.new_str(&ext)?])
}

fn isabs(vm: &Vm, a: &Args<'_>) -> PyResult {
    Ok(vm.bool_obj(one_str(vm, a, "isabs")?.starts_with('/')))
}

/// posixpath.normpath.
fn normpath_str(path: &str) -> String {
    if path.is_empty() {
        return ".".into();
    }
    let initial = if path.starts_with("//") && !path.starts_with("///") {
        2
    } else if path.starts_with('/') {
        1
    } else {
        0
    };
    let mut comps: Vec<&str> = Vec::new();
    for comp in path.split('/') {
        if comp.is_empty() || comp == "." {
            continue;
        }
        if comp != ".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
            comps.push(comp);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let joined = format!("{}{}", "/".repeat(initial), comps.join("/"));
    if joined.is_empty() {
        ".".into()
    } else {
        joined
    }
}

fn normpath(vm: &Vm, a: &Args<'_>) -> PyResult {
    vm.new_str(&normpath_str(&one_str(vm, a, "normpath")?))
}

fn abspath(vm: &Vm, a: &Args<'_>) -> PyResult {
    let p = one_str(vm, a, "abspath")?;
    let p = if p.starts_with('/') {
        p
    } else {
        let cwd = std::env::current_dir().map_err(|e| vm.io_error(&e, None))?;
        join_paths(&cwd.to_string_lossy(), &[p])
    };
    vm.new_str(&normpath_str(&p))
}

/// `os.path.realpath(path)`: the absolute path with symbolic links resolved; a path that
/// does not exist (nothing to resolve) comes back as `abspath` makes it.
fn realpath(vm: &Vm, a: &Args<'_>) -> PyResult {
    let p = one_str(vm, a, "realpath")?;
    match std::fs::canonicalize(&p) {
        Ok(real) => vm.new_str(&real.to_string_lossy()),
        Err(_) => abspath(vm, a),
    }
}

/// Build `os.path` (named `posixpath`, as on CPython/Linux).
fn make_path(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "posixpath")?;
    for (name, f) in [
        ("exists", exists as NativeFn),
        ("isfile", isfile),
        ("isdir", isdir),
        ("realpath", realpath),
        ("getsize", getsize),
        ("islink", islink),
        ("lexists", lexists),
        ("getmtime", getmtime),
        ("getatime", getatime),
        ("getctime", getctime),
        ("join", join),
        ("basename", basename),
        ("dirname", dirname),
        ("split", split),
        ("splitext", splitext),
        ("isabs", isabs),
        ("normpath", normpath),
        ("abspath", abspath),
    ] {
        add_fn(vm, &m, name, f)?;
    }
    for (name, v) in [
        ("sep", "/"),
        ("curdir", "."),
        ("pardir", ".."),
        ("extsep", "."),
    ] {
        vm.dict_set_str(&m.dict, name, vm.new_str(v)?)?;
    }
    frozen::exec_into(vm, &m, include_str!("py/posixpath.py"))?;
    Ok(m)
}

/// `os.strerror(code)`: the C library's message for an errno value.
fn strerror(vm: &Vm, a: &Args<'_>) -> PyResult {
    let [code] = exactly(vm, a, "strerror", 1)? else {
        return vm.type_err("strerror() takes exactly one argument");
    };
    let Some(n) = vm.as_i64(code) else {
        return vm.type_err(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(code)
        ));
    };
    let Ok(n) = i32::try_from(n) else {
        return Err(vm.exc_msg("OverflowError", "signed integer is greater than maximum"));
    };
    // std's text is strerror_r's followed by " (os error N)".
    let text = std::io::Error::from_raw_os_error(n).to_string();
    let suffix = format!(" (os error {n})");
    vm.new_str(text.strip_suffix(&suffix).unwrap_or(&text))
}

/// `os.urandom(size)`: `size` bytes from the kernel's random source.
fn urandom(vm: &Vm, a: &Args<'_>) -> PyResult {
    use std::io::Read;
    let [size] = exactly(vm, a, "urandom", 1)? else {
        return vm.type_err("urandom() takes exactly one argument");
    };
    let Some(n) = vm.as_i64(size) else {
        return vm.type_err(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(size)
        ));
    };
    let Ok(n) = usize::try_from(n) else {
        return vm.value_err("negative argument not allowed");
    };
    let mut buf = vec![0u8; n];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| vm.io_error(&e, None))?;
    crate::runtime::bytes_methods::new_bytes(vm, buf, false)
}

/// Build `os`.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "os")?;
    for (name, f) in [
        ("getpid", getpid as NativeFn),
        ("getppid", getppid),
        ("kill", kill),
        ("_get_terminal_size", get_terminal_size),
        ("killpg", killpg),
        ("getcwd", getcwd),
        ("getenv", getenv),
        ("listdir", listdir),
        ("cpu_count", cpu_count),
        ("remove", remove),
        ("unlink", remove),
        ("mkdir", mkdir),
        ("symlink", symlink),
        ("rmdir", rmdir),
        ("makedirs", makedirs),
        ("rename", rename),
        ("replace", rename),
        ("chdir", chdir),
        ("strerror", strerror),
        ("urandom", urandom),
        ("_stat", raw_stat),
        ("uname", super::os_sysinfo::uname),
        ("confstr", super::os_sysinfo::confstr),
    ] {
        add_fn(vm, &m, name, f)?;
    }
    for (name, v) in [
        ("name", "posix"),
        ("sep", "/"),
        ("linesep", "\n"),
        ("curdir", "."),
        ("pardir", ".."),
        ("extsep", "."),
        ("pathsep", ":"),
        ("devnull", "/dev/null"),
    ] {
        vm.dict_set_str(&m.dict, name, vm.new_str(v)?)?;
    }
    let environ = vm.new_dict()?;
    for (k, v) in std::env::vars_os() {
        vm.dict_set(
            &environ,
            vm.new_str(&k.to_string_lossy())?,
            vm.new_str(&v.to_string_lossy())?,
        )?;
    }
    vm.dict_set_str(&m.dict, "environ", Gc::into_obj(environ))?;
    vm.dict_set_str(
        &m.dict,
        "confstr_names",
        super::os_sysinfo::confstr_names(vm)?,
    )?;
    let path: ObjRef = make_path(vm)?.into();
    vm.dict_set_str(&m.dict, "path", path.clone())?;
    // `import os.path` and `import posixpath` find the same module.
    vm.dict_set_str(&vm.modules, "os.path", path.clone())?;
    vm.dict_set_str(&vm.modules, "posixpath", path)?;
    super::os_fd::install(vm, &m)?;
    super::frozen::exec_into(vm, &m, include_str!("py/os_prelude.py"))?;
    Ok(m)
}
