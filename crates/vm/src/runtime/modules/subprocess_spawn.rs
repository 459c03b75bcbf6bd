//! `_subprocess.spawn`: start a program for `subprocess.Popen` (`py/subprocess.py`), as
//! CPython's `_posixsubprocess.fork_exec` does for its `Popen`. The standard library's
//! `Command` does the fork and exec (and reports a failed exec with its errno); the
//! descriptor work CPython's child does (`close_fds`, `pass_fds`, `setsid`, `umask`) is
//! `fd_os::ChildSetup`.
//!
//! `spawn(executable, args, cwd, env, stdin, stdout, stderr, pass_fds, close_fds,
//! start_new_session, process_group, umask)`: `env` is `None` (inherit) or a list of
//! `(name, value)` pairs; a standard stream is a descriptor, or `-1` to inherit this
//! process's; `process_group` and `umask` are `-1` when not asked for. It returns the
//! child's pid; `Popen` then waits for it with `os.waitpid`.

use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};

use heap::{Gc, ObjRef};

use super::gc::c_int;
use super::{add_fn, new_module};
use crate::runtime::fd_os::{self, ChildSetup};
use crate::runtime::objects::*;
use crate::runtime::{Args, PyResult, Vm};

/// A str argument that the OS can take (no NUL), or CPython's ValueError.
fn os_str(vm: &Vm, o: &ObjRef) -> PyResult<String> {
    let s = match o.downcast_ref::<StrObj>() {
        Some(s) => s.s.to_string(),
        None => {
            return vm.type_err(format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(o)
            ))
        }
    };
    if s.contains('\0') {
        return vm.value_err("embedded null byte");
    }
    Ok(s)
}

/// A standard stream for the child: this process's (`-1`) or a copy of descriptor `fd`.
fn stream(vm: &Vm, o: &ObjRef) -> PyResult<Stdio> {
    let fd = c_int(vm, o)?;
    if fd < 0 {
        return Ok(Stdio::inherit());
    }
    fd_os::dup_owned(fd)
        .map(Stdio::from)
        .map_err(|e| vm.io_error(&e, None))
}

fn spawn(vm: &Vm, a: &Args<'_>) -> PyResult {
    let [executable, args, cwd, env, stdin, stdout, stderr, pass_fds, close_fds, new_session, pgid, umask] =
        a.pos
    else {
        return vm.type_err("spawn() takes exactly 12 positional arguments");
    };
    let program = os_str(vm, executable)?;
    let argv = vm
        .collect(args)?
        .iter()
        .map(|o| os_str(vm, o))
        .collect::<PyResult<Vec<_>>>()?;
    let Some((arg0, rest)) = argv.split_first() else {
        return vm.value_err("args must not be empty");
    };
    let mut cmd = Command::new(&program);
    cmd.arg0(arg0).args(rest);
    if !vm.is_none(cwd) {
        let dir = os_str(vm, cwd)?;
        // Checked here so that the error names the directory, as CPython's child reports
        // a failed chdir (a failed exec names the program).
        match std::fs::metadata(&dir) {
            Ok(m) if m.is_dir() => {}
            Ok(_) => {
                let e = std::io::Error::from_raw_os_error(libc::ENOTDIR);
                return Err(vm.io_error(&e, Some(&dir)));
            }
            Err(e) => return Err(vm.io_error(&e, Some(&dir))),
        }
        cmd.current_dir(dir);
    }
    if !vm.is_none(env) {
        cmd.env_clear();
        for pair in vm.collect(env)? {
            let kv = vm.collect(&pair)?;
            let [k, v] = kv.as_slice() else {
                return vm.value_err("env items must be (name, value) pairs");
            };
            let (k, v) = (os_str(vm, k)?, os_str(vm, v)?);
            if k.is_empty() || k.contains('=') {
                return vm.value_err("illegal environment variable name");
            }
            cmd.env(k, v);
        }
    }
    cmd.stdin(stream(vm, stdin)?)
        .stdout(stream(vm, stdout)?)
        .stderr(stream(vm, stderr)?);
    let pgid = c_int(vm, pgid)?;
    if pgid >= 0 {
        cmd.process_group(pgid);
    }
    let umask = c_int(vm, umask)?;
    let pass = vm
        .collect(pass_fds)?
        .iter()
        .map(|o| c_int(vm, o))
        .collect::<PyResult<Vec<_>>>()?;
    // Checked here: a bad one fails in the child, whose error would name the program.
    for &fd in &pass {
        fd_os::get_inheritable(fd).map_err(|e| vm.io_error(&e, None))?;
    }
    ChildSetup::new(
        vm.truthy(close_fds)?,
        pass,
        vm.truthy(new_session)?,
        u32::try_from(umask).ok(),
    )
    .install(&mut cmd);
    match cmd.spawn() {
        // Dropping the handle neither waits for nor kills the child: `Popen` reaps it.
        Ok(child) => vm.new_int(i64::from(child.id())),
        Err(e) => Err(vm.io_error(&e, Some(&program))),
    }
}

/// Build `_subprocess`.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "_subprocess")?;
    add_fn(vm, &m, "spawn", spawn)?;
    Ok(m)
}
