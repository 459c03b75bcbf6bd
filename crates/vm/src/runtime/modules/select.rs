//! The `select` module: `select.select(rlist, wlist, xlist, timeout=None)`, the wait for
//! descriptors to become ready that `subprocess` uses to feed a child's input while it
//! collects its output, with `PIPE_BUF` and `error` (OSError).
//!
//! It answers as CPython's `select(2)`-based function does, limits and messages included
//! (descriptors below `FD_SETSIZE`), but waits with `poll(2)` (`fd_os::poll`). The wait
//! runs in slices of at most [`SLICE`]: between slices other threads get their turn, and
//! a signal's handler runs (one that raises ends the wait), as a sleep does.

use std::time::{Duration, Instant};

use heap::{Gc, ObjRef};

use super::os_fd::fd_or_fileno;
use super::{add_fn, new_module};
use crate::runtime::fd_os;
use crate::runtime::objects::*;
use crate::runtime::{threads, Args, PyResult, Vm};

/// `select(2)`'s descriptor limit, kept for CPython's answers.
const FD_SETSIZE: i32 = 1024;

/// The longest single wait between turns for other threads and signal handlers.
const SLICE: Duration = Duration::from_millis(20);

/// One of the three lists: its objects and their descriptors.
fn watched(vm: &Vm, list: &ObjRef) -> PyResult<Vec<(ObjRef, i32)>> {
    let Ok(items) = vm.collect(list) else {
        return vm.type_err("arguments 1-3 must be sequences");
    };
    if items.len() > FD_SETSIZE as usize {
        return vm.value_err("too many file descriptors in select()");
    }
    let mut out = Vec::with_capacity(items.len());
    for o in items {
        let fd = fd_or_fileno(vm, &o)?;
        if fd < 0 {
            return vm.value_err(format!(
                "file descriptor cannot be a negative integer ({fd})"
            ));
        }
        if fd >= FD_SETSIZE {
            return vm.value_err("filedescriptor out of range in select()");
        }
        out.push((o, fd));
    }
    Ok(out)
}

/// The timeout argument: `None` (wait for ever) or a non-negative number of seconds.
fn timeout_arg(vm: &Vm, o: Option<&ObjRef>) -> PyResult<Option<Duration>> {
    let Some(o) = o.filter(|o| !vm.is_none(o)) else {
        return Ok(None);
    };
    let secs = match vm.num(o) {
        Some(n) => crate::runtime::ops::num_to_f64(&n),
        None => return vm.type_err("timeout must be a float or None"),
    };
    if secs.is_nan() {
        return vm.value_err("Invalid value NaN (not a number)");
    }
    if secs < 0.0 {
        return vm.value_err("timeout must be non-negative");
    }
    match Duration::try_from_secs_f64(secs) {
        Ok(d) if secs <= 1e10 => Ok(Some(d)),
        _ => vm.err(
            "OverflowError",
            "timestamp too large to convert to C _PyTime_t",
        ),
    }
}

/// `select.select(rlist, wlist, xlist, timeout=None)`: the three lists' objects that are
/// ready for reading, for writing, and with an exceptional condition.
fn select(vm: &Vm, a: &Args<'_>) -> PyResult {
    let n = a.pos.len();
    if !a.kwnames.is_empty() {
        return vm.type_err("select() takes no keyword arguments");
    }
    if !(3..=4).contains(&n) {
        return vm.type_err(if n < 3 {
            format!("select expected at least 3 arguments, got {n}")
        } else {
            format!("select expected at most 4 arguments, got {n}")
        });
    }
    let (r, w, x) = (
        watched(vm, &a.pos[0])?,
        watched(vm, &a.pos[1])?,
        watched(vm, &a.pos[2])?,
    );
    let timeout = timeout_arg(vm, a.pos.get(3))?;
    let deadline = timeout.and_then(|t| Instant::now().checked_add(t));
    let set: Vec<(i32, i16)> = r
        .iter()
        .map(|(_, fd)| (*fd, libc::POLLIN))
        .chain(w.iter().map(|(_, fd)| (*fd, libc::POLLOUT)))
        .chain(x.iter().map(|(_, fd)| (*fd, libc::POLLPRI)))
        .collect();
    let events = loop {
        let slice = match deadline {
            Some(d) => d.saturating_duration_since(Instant::now()).min(SLICE),
            None => SLICE,
        };
        match fd_os::poll(&set, slice.as_millis() as i32) {
            Ok(ev) if ev.iter().any(|&e| e != 0) => break ev,
            Ok(ev) if deadline.is_some_and(|d| Instant::now() >= d) => break ev,
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(vm.io_error(&e, None)),
        }
        threads::check_interrupt(vm)?;
        threads::yield_now(vm);
    };
    if events.iter().any(|&e| e & libc::POLLNVAL != 0) {
        let e = std::io::Error::from_raw_os_error(libc::EBADF);
        return Err(vm.io_error(&e, None));
    }
    // What select(2) reports: a hang-up or an error makes a descriptor readable (the read
    // then sees the end or the error) and an error makes it writable.
    let mut ev = events.into_iter();
    let mut ready = |list: Vec<(ObjRef, i32)>, mask: i16| -> PyResult {
        let hits = list
            .into_iter()
            .zip(ev.by_ref())
            .filter(|(_, e)| e & mask != 0)
            .map(|((o, _), _)| o)
            .collect();
        vm.new_list(hits)
    };
    let r = ready(r, libc::POLLIN | libc::POLLHUP | libc::POLLERR)?;
    let w = ready(w, libc::POLLOUT | libc::POLLERR)?;
    let x = ready(x, libc::POLLPRI)?;
    vm.new_tuple([r, w, x])
}

/// Build `select`.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "select")?;
    add_fn(vm, &m, "select", select)?;
    vm.dict_set_str(
        &m.dict,
        "PIPE_BUF",
        vm.new_int(i64::from(libc::PIPE_BUF as i32))?,
    )?;
    vm.dict_set_str(&m.dict, "error", vm.exc_type("OSError").into())?;
    Ok(m)
}
