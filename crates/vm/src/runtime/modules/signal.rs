//! `_signal`, the native half of the `signal` module (`py/signal.py` adds the enums):
//! Python-level signal handlers, run by the main thread at its next safe point after the
//! signal arrived, as CPython runs them from its eval breaker.
//!
//! Each interpreter keeps its table of handlers (`SignalState`); the process's
//! dispositions belong to the one interpreter that owns them (`signal_os.rs`): the `pymem`
//! command's from startup, where SIGINT raises KeyboardInterrupt as in CPython, or an
//! in-process interpreter once it sets a handler. A second interpreter cannot set handlers
//! (CPython's rule for subinterpreters), but reads the same defaults.

use std::cell::{Cell, RefCell};

use heap::{Gc, ObjRef};

use super::{add_fn, new_module};
use crate::runtime::builtins::nargs;
use crate::runtime::objects::*;
use crate::runtime::signal_os::{self, Disposition, NSIG};
use crate::runtime::{threads, Args, PyResult, Vm};

const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

/// An interpreter's signal handlers (see the module doc).
#[derive(Default)]
pub struct SignalState {
    /// The Python handler of each signal number, once set or read (`SIG_DFL`/`SIG_IGN` as
    /// their ints, a callable, or None for a handler from outside Python).
    handlers: RefCell<Vec<Option<ObjRef>>>,
    /// Whether this interpreter owns the process's signal dispositions.
    owned: Cell<bool>,
    /// The signals whose disposition this interpreter changed (reset when it lets go).
    changed: RefCell<Vec<i32>>,
    /// `set_wakeup_fd`'s descriptor (-1: none). Kept and returned; pymem's event loop does
    /// not select on it.
    wakeup_fd: Cell<i64>,
}

impl SignalState {
    /// Whether this interpreter's safe points should look for caught signals.
    #[inline]
    pub fn owned(&self) -> bool {
        self.owned.get()
    }
}

impl Drop for SignalState {
    fn drop(&mut self) {
        if self.owned.get() {
            signal_os::release(&self.changed.borrow());
        }
    }
}

/// Make `vm` the owner of the process's signals if nobody is (SIGINT then raises
/// KeyboardInterrupt, unless the process was started with SIGINT ignored, as by `nohup`,
/// as CPython sets it up at startup); false when another interpreter owns them.
fn own(vm: &Vm) -> bool {
    let s = &vm.signals;
    if s.owned.get() {
        return true;
    }
    if !signal_os::claim(vm.heap.interrupter()) {
        return false;
    }
    s.owned.set(true);
    s.wakeup_fd.set(-1);
    // The table keeps no entry: an empty SIGINT entry stands for `default_int_handler`,
    // so startup imports nothing (a script's first `gc.get_count()` sees no extra objects).
    if matches!(
        signal_os::disposition(libc::SIGINT),
        Ok(Disposition::Default)
    ) && signal_os::set_disposition(libc::SIGINT, Disposition::Catch).is_ok()
    {
        vm.signals.changed.borrow_mut().push(libc::SIGINT);
    }
    true
}

/// The `pymem` command's interpreter owns the signals from the start.
pub fn install_main(vm: &Vm) {
    own(vm);
}

fn set_entry(vm: &Vm, sig: i32, h: Option<ObjRef>) {
    let mut t = vm.signals.handlers.borrow_mut();
    if t.is_empty() {
        t.resize(NSIG as usize, None);
    }
    let old = std::mem::replace(&mut t[sig as usize], h);
    drop(t);
    drop(old);
}

/// `signal.default_int_handler` (the one object, kept in the module).
fn default_int_handler_obj(vm: &Vm) -> PyResult {
    let m = super::import(vm, "_signal")?;
    vm.getattr_str(&m, "default_int_handler")
}

/// The handler `getsignal` reports: the one set from Python, else what the process does
/// (SIGINT's default being `default_int_handler`, as CPython installs it at startup).
fn current_handler(vm: &Vm, sig: i32) -> PyResult {
    if let Some(Some(h)) = vm.signals.handlers.borrow().get(sig as usize) {
        return Ok(h.clone());
    }
    let d = signal_os::disposition(sig).unwrap_or(Disposition::Default);
    if sig == libc::SIGINT && matches!(d, Disposition::Default | Disposition::Catch) {
        return default_int_handler_obj(vm);
    }
    Ok(match d {
        Disposition::Default => vm.new_int(SIG_DFL)?,
        Disposition::Ignore => vm.new_int(SIG_IGN)?,
        Disposition::Catch | Disposition::Foreign => vm.none(),
    })
}

/// Run the handlers of the signals caught since the last look (main thread only). A
/// handler's exception propagates; the signals after it stay pending.
pub fn run_pending(vm: &Vm) -> PyResult<()> {
    let pending = signal_os::take_pending();
    for (i, &sig) in pending.iter().enumerate() {
        let handler = vm
            .signals
            .handlers
            .borrow()
            .get(sig as usize)
            .cloned()
            .flatten();
        let Some(h) = handler else {
            if sig == libc::SIGINT {
                // `default_int_handler`, which the table leaves implicit.
                signal_os::repend(&pending[i + 1..]);
                if signal_os::any_pending() {
                    vm.heap.request_interrupt();
                }
                let t = vm.exc_type("KeyboardInterrupt");
                return Err(vm.new_exception(&t, vec![]));
            }
            continue;
        };
        if vm.as_i64(&h).is_some() {
            // SIG_DFL / SIG_IGN set after the signal arrived.
            continue;
        }
        let r = vm.call(&h, &[vm.new_int(i64::from(sig))?, vm.none()], None);
        if let Err(e) = r {
            signal_os::repend(&pending[i + 1..]);
            if signal_os::any_pending() {
                vm.heap.request_interrupt();
            }
            return Err(e);
        }
    }
    Ok(())
}

/// The signal number argument, checked as CPython does.
fn signum(vm: &Vm, o: &ObjRef) -> PyResult<i32> {
    let n = vm.index(o)?;
    if !(1..i64::from(NSIG)).contains(&n) {
        return vm.value_err("signal number out of range");
    }
    Ok(n as i32)
}

fn main_thread_only(vm: &Vm, what: &str) -> PyResult<()> {
    if threads::current(vm) != crate::runtime::baton::MAIN {
        return vm.value_err(format!(
            "{what} only works in main thread of the main interpreter"
        ));
    }
    Ok(())
}

fn os_error(vm: &Vm, e: &std::io::Error) -> ObjRef {
    let errno = e.raw_os_error().unwrap_or(libc::EINVAL);
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    // "Invalid argument (os error 22)" → "Invalid argument"
    let text = text.split(" (os error").next().unwrap_or(&text).to_string();
    vm.os_error(
        crate::runtime::exc_attrs::os_error_type(errno),
        errno,
        &text,
        None,
    )
}

/// `signal(signalnum, handler)`: the previous handler.
fn signal(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "signal", 2, 2)?;
    let sig = signum(vm, &a.pos[0])?;
    let handler = &a.pos[1];
    let disposition = match vm.as_i64(handler) {
        Some(SIG_DFL) if !handler.is::<BoolObj>() => Disposition::Default,
        Some(SIG_IGN) if !handler.is::<BoolObj>() => Disposition::Ignore,
        _ if crate::runtime::builtins::is_callable(vm, handler) => Disposition::Catch,
        _ => {
            return vm.type_err(
                "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
            )
        }
    };
    main_thread_only(vm, "signal")?;
    if !own(vm) {
        return vm.value_err("signal only works in main thread of the main interpreter");
    }
    let old = current_handler(vm, sig)?;
    if let Err(e) = signal_os::set_disposition(sig, disposition) {
        return Err(os_error(vm, &e));
    }
    if !vm.signals.changed.borrow().contains(&sig) {
        vm.signals.changed.borrow_mut().push(sig);
    }
    set_entry(vm, sig, Some(handler.clone()));
    Ok(old)
}

fn getsignal(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "getsignal", 1, 1)?;
    let sig = signum(vm, &a.pos[0])?;
    current_handler(vm, sig)
}

/// `raise_signal(signalnum)`: the handler has run when it returns.
fn raise_signal(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "raise_signal", 1, 1)?;
    let sig = vm.index(&a.pos[0])?;
    let Ok(sig) = i32::try_from(sig) else {
        return vm.err("OverflowError", "signal number is too large");
    };
    if !(0..NSIG).contains(&sig) {
        return vm.value_err("signal number out of range");
    }
    if !own(vm) && matches!(signal_os::disposition(sig), Ok(Disposition::Catch)) {
        return vm.value_err("signal only works in main thread of the main interpreter");
    }
    if let Err(e) = signal_os::raise(sig) {
        return Err(os_error(vm, &e));
    }
    threads::check_interrupt(vm)?;
    Ok(vm.none())
}

fn int_arg(vm: &Vm, o: &ObjRef) -> PyResult<i64> {
    let n = vm.index(o)?;
    if i32::try_from(n).is_err() {
        return vm.err(
            "OverflowError",
            if n > 0 {
                "signed integer is greater than maximum"
            } else {
                "signed integer is less than minimum"
            },
        );
    }
    Ok(n)
}

fn alarm(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "alarm", 1, 1)?;
    // C's `alarm` takes an unsigned int: a negative count wraps, as in CPython.
    let secs = int_arg(vm, &a.pos[0])? as i32 as u32;
    if !own(vm) {
        return vm.value_err("signal only works in main thread of the main interpreter");
    }
    vm.new_int(i64::from(signal_os::alarm(secs)))
}

/// `pause()`: sleep until a signal arrives, then run its handler.
fn pause(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "pause", 0, 0)?;
    vm.flush_stdout();
    signal_os::pause();
    threads::check_interrupt(vm)?;
    Ok(vm.none())
}

fn strsignal(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "strsignal", 1, 1)?;
    let sig = signum(vm, &a.pos[0])?;
    match signal_os::describe(sig) {
        Some(s) => vm.new_str(&s),
        None => Ok(vm.none()),
    }
}

fn valid_signals(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "valid_signals", 0, 0)?;
    let items = signal_os::valid()
        .into_iter()
        .map(|s| vm.new_int(i64::from(s)))
        .collect::<PyResult<Vec<_>>>()?;
    vm.new_set(items, false)
}

fn default_int_handler(vm: &Vm, _a: &Args<'_>) -> PyResult {
    let t = vm.exc_type("KeyboardInterrupt");
    Err(vm.new_exception(&t, vec![]))
}

/// `siginterrupt(signalnum, flag)`: pymem's handlers never restart system calls, so both
/// settings behave as `flag=True`; the arguments are checked.
fn siginterrupt(vm: &Vm, a: &Args<'_>) -> PyResult {
    nargs(vm, a, "siginterrupt", 2, 2)?;
    signum(vm, &a.pos[0])?;
    int_arg(vm, &a.pos[1])?;
    Ok(vm.none())
}

fn set_wakeup_fd(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(fd) = a.pos.first() else {
        return vm.type_err("set_wakeup_fd() missing required argument 'fd' (pos 1)");
    };
    let fd = vm.index(fd)?;
    main_thread_only(vm, "set_wakeup_fd")?;
    if fd != -1 && std::fs::metadata(format!("/proc/self/fd/{fd}")).is_err() {
        return vm.value_err(format!("the fd {fd} must be in non-blocking mode"));
    }
    vm.new_int(vm.signals.wakeup_fd.replace(fd))
}

fn timer_args(vm: &Vm, a: &Args<'_>, name: &str, max: usize) -> PyResult<(i32, f64, f64)> {
    nargs(vm, a, name, 1, max)?;
    let which = int_arg(vm, &a.pos[0])? as i32;
    let secs = |i: usize| -> PyResult<f64> {
        match a.pos.get(i) {
            None => Ok(0.0),
            Some(o) => match vm.num(o) {
                Some(n) => Ok(crate::runtime::ops::num_to_f64(&n)),
                None => vm.type_err(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(o)
                )),
            },
        }
    };
    Ok((which, secs(1)?, secs(2)?))
}

/// `_setitimer(which, seconds, interval=0.0)`; `py/signal.py` turns its OSError into
/// `ItimerError`.
fn setitimer(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (which, delay, interval) = timer_args(vm, a, "setitimer", 3)?;
    if a.pos.len() < 2 {
        return vm.type_err(format!(
            "setitimer expected at least 2 arguments, got {}",
            a.pos.len()
        ));
    }
    if !own(vm) {
        return vm.value_err("signal only works in main thread of the main interpreter");
    }
    match signal_os::set_itimer(which, delay, interval) {
        Ok((d, i)) => vm.new_tuple(vec![vm.new_float(d)?, vm.new_float(i)?]),
        Err(e) => Err(os_error(vm, &e)),
    }
}

fn getitimer(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (which, ..) = timer_args(vm, a, "getitimer", 1)?;
    match signal_os::get_itimer(which) {
        Ok((d, i)) => vm.new_tuple(vec![vm.new_float(d)?, vm.new_float(i)?]),
        Err(e) => Err(os_error(vm, &e)),
    }
}

/// The signal names glibc defines, with their numbers.
fn signal_names() -> Vec<(&'static str, i32)> {
    vec![
        ("SIGHUP", libc::SIGHUP),
        ("SIGINT", libc::SIGINT),
        ("SIGQUIT", libc::SIGQUIT),
        ("SIGILL", libc::SIGILL),
        ("SIGTRAP", libc::SIGTRAP),
        ("SIGABRT", libc::SIGABRT),
        ("SIGIOT", libc::SIGIOT),
        ("SIGBUS", libc::SIGBUS),
        ("SIGFPE", libc::SIGFPE),
        ("SIGKILL", libc::SIGKILL),
        ("SIGUSR1", libc::SIGUSR1),
        ("SIGSEGV", libc::SIGSEGV),
        ("SIGUSR2", libc::SIGUSR2),
        ("SIGPIPE", libc::SIGPIPE),
        ("SIGALRM", libc::SIGALRM),
        ("SIGTERM", libc::SIGTERM),
        ("SIGSTKFLT", libc::SIGSTKFLT),
        ("SIGCHLD", libc::SIGCHLD),
        ("SIGCLD", libc::SIGCHLD),
        ("SIGCONT", libc::SIGCONT),
        ("SIGSTOP", libc::SIGSTOP),
        ("SIGTSTP", libc::SIGTSTP),
        ("SIGTTIN", libc::SIGTTIN),
        ("SIGTTOU", libc::SIGTTOU),
        ("SIGURG", libc::SIGURG),
        ("SIGXCPU", libc::SIGXCPU),
        ("SIGXFSZ", libc::SIGXFSZ),
        ("SIGVTALRM", libc::SIGVTALRM),
        ("SIGPROF", libc::SIGPROF),
        ("SIGWINCH", libc::SIGWINCH),
        ("SIGIO", libc::SIGIO),
        ("SIGPOLL", libc::SIGPOLL),
        ("SIGPWR", libc::SIGPWR),
        ("SIGSYS", libc::SIGSYS),
        ("SIGRTMIN", libc::SIGRTMIN()),
        ("SIGRTMAX", libc::SIGRTMAX()),
    ]
}

/// The `_signal` module: its functions and the signal and handler numbers.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "_signal")?;
    for (n, f) in [
        ("signal", signal as NativeFn),
        ("getsignal", getsignal),
        ("raise_signal", raise_signal),
        ("alarm", alarm),
        ("pause", pause),
        ("strsignal", strsignal),
        ("valid_signals", valid_signals),
        ("default_int_handler", default_int_handler),
        ("siginterrupt", siginterrupt),
        ("set_wakeup_fd", set_wakeup_fd),
        ("_setitimer", setitimer),
        ("_getitimer", getitimer),
    ] {
        add_fn(vm, &m, n, f)?;
    }
    let mut ints: Vec<(&str, i64)> = signal_names()
        .into_iter()
        .map(|(n, v)| (n, i64::from(v)))
        .collect();
    ints.extend([
        ("SIG_DFL", SIG_DFL),
        ("SIG_IGN", SIG_IGN),
        ("NSIG", i64::from(NSIG)),
        ("SIG_BLOCK", i64::from(libc::SIG_BLOCK)),
        ("SIG_UNBLOCK", i64::from(libc::SIG_UNBLOCK)),
        ("SIG_SETMASK", i64::from(libc::SIG_SETMASK)),
        ("ITIMER_REAL", i64::from(libc::ITIMER_REAL)),
        ("ITIMER_VIRTUAL", i64::from(libc::ITIMER_VIRTUAL)),
        ("ITIMER_PROF", i64::from(libc::ITIMER_PROF)),
    ]);
    for (n, v) in ints {
        vm.dict_set_str(&m.dict, n, vm.new_int(v)?)?;
    }
    Ok(m)
}
