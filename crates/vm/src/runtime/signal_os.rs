//! The operating system's side of signals: the process-wide handler that notes a signal
//! and wakes the interpreter, and the `libc` calls behind the `signal` module.
//!
//! Signal dispositions belong to the process, so one interpreter at a time owns them (the
//! `pymem` command's, or the first in-process interpreter to use the `signal` module);
//! CPython likewise handles signals in its main interpreter only. The owner leaves an
//! [`Interrupter`] of its heap here. The handler runs on whatever thread the kernel picks
//! and does only async-signal-safe work: it sets the signal's bit in [`PENDING`] and the
//! owner heap's interrupt request, both atomics. The interpreter's next safe point (a call
//! or backward jump, or the end of a blocking native call) sees the request and runs the
//! Python-level handlers (`modules/signal.rs`).
//!
//! Soundness of the owner pointer: [`release`] restores the default dispositions, swaps
//! the pointer to null, then waits until no handler is inside its critical section
//! ([`IN_HANDLER`] is zero) before freeing the box. A handler increments `IN_HANDLER`
//! before loading the pointer (both sequentially consistent), so one that loaded the old
//! pointer is still counted when `release` looks, and one that starts later loads null.
//! The owner's heap outlives its ownership: the VM's signal state is dropped before its
//! heap (field order in `Vm`).

use std::ffi::CStr;
use std::sync::atomic::{AtomicPtr, AtomicU64, AtomicUsize, Ordering::SeqCst};

use heap::Interrupter;

/// Signal numbers are `1..NSIG` (glibc: 64 signals).
pub const NSIG: i32 = 65;

/// The owning interpreter's interrupter (null when no interpreter owns the signals).
static OWNER: AtomicPtr<Interrupter> = AtomicPtr::new(std::ptr::null_mut());
/// Handlers between their increment and decrement (see the module doc).
static IN_HANDLER: AtomicUsize = AtomicUsize::new(0);
/// Signals caught and not yet handled: bit `n - 1` for signal `n`.
static PENDING: AtomicU64 = AtomicU64::new(0);

/// How the process treats a signal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Disposition {
    /// The system's default action (`SIG_DFL`).
    Default,
    /// Ignored (`SIG_IGN`).
    Ignore,
    /// Caught by [`on_signal`] (a Python-level handler runs).
    Catch,
    /// Caught by a handler that is not pymem's (set before pymem started).
    Foreign,
}

/// Make `interrupter`'s heap the owner of the process's signals, unless another
/// interpreter owns them. True when it is (now) the owner.
pub fn claim(interrupter: Interrupter) -> bool {
    let boxed = Box::into_raw(Box::new(interrupter));
    match OWNER.compare_exchange(std::ptr::null_mut(), boxed, SeqCst, SeqCst) {
        Ok(_) => {
            PENDING.store(0, SeqCst);
            true
        }
        Err(_) => {
            // SAFETY: `boxed` came from `Box::into_raw` just above and was never shared.
            drop(unsafe { Box::from_raw(boxed) });
            false
        }
    }
}

/// Give up ownership: the signals in `caught` get their default disposition back (those
/// the owner ignored keep being ignored, as a process that exec'd would see them), then
/// the owner pointer is cleared and freed once no handler can be using it.
pub fn release(caught: &[i32]) {
    for &sig in caught {
        let _ = set_disposition(sig, Disposition::Default);
    }
    let old = OWNER.swap(std::ptr::null_mut(), SeqCst);
    while IN_HANDLER.load(SeqCst) != 0 {
        std::hint::spin_loop();
    }
    PENDING.store(0, SeqCst);
    if !old.is_null() {
        // SAFETY: `old` came from `Box::into_raw` in `claim`; it is no longer reachable
        // through `OWNER`, and no handler still holds it (the wait above).
        drop(unsafe { Box::from_raw(old) });
    }
}

/// The signal handler pymem installs (see the module doc for what it may do).
extern "C" fn on_signal(sig: libc::c_int) {
    if (1..NSIG).contains(&sig) {
        PENDING.fetch_or(1u64 << (sig - 1), SeqCst);
    }
    IN_HANDLER.fetch_add(1, SeqCst);
    let owner = OWNER.load(SeqCst);
    if !owner.is_null() {
        // SAFETY: `owner` stays allocated while `IN_HANDLER` counts this handler (`release`
        // waits for it), and its heap outlives the ownership (module doc).
        unsafe { (*owner).interrupt() };
    }
    IN_HANDLER.fetch_sub(1, SeqCst);
}

/// The signals caught since the last call, lowest first; they are no longer pending.
pub fn take_pending() -> Vec<i32> {
    let bits = PENDING.swap(0, SeqCst);
    (1..NSIG)
        .filter(|s| bits & (1u64 << (s - 1)) != 0)
        .collect()
}

/// Put signals back as pending (their handlers could not run yet).
pub fn repend(signals: &[i32]) {
    for &s in signals {
        if (1..NSIG).contains(&s) {
            PENDING.fetch_or(1u64 << (s - 1), SeqCst);
        }
    }
}

/// Whether any caught signal waits for its handler.
pub fn any_pending() -> bool {
    PENDING.load(SeqCst) != 0
}

/// Set how the process treats `sig`.
pub fn set_disposition(sig: i32, d: Disposition) -> std::io::Result<()> {
    let handler = match d {
        Disposition::Default => libc::SIG_DFL,
        Disposition::Ignore => libc::SIG_IGN,
        Disposition::Catch | Disposition::Foreign => {
            on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t
        }
    };
    // SAFETY: `sigaction` is a plain C struct for which all-zero bytes are a valid value;
    // every field the call reads is set below.
    let mut act: libc::sigaction = unsafe { std::mem::zeroed() };
    act.sa_sigaction = handler;
    // No SA_RESTART: a blocking call returns EINTR so the interpreter can run the handler
    // (as CPython installs its handlers). SA_ONSTACK: a handler may run on an alternate
    // stack, e.g. the one Rust sets up for its stack-overflow report.
    act.sa_flags = libc::SA_ONSTACK;
    // SAFETY: `act.sa_mask` is a valid, owned sigset_t.
    unsafe { libc::sigemptyset(&mut act.sa_mask) };
    // SAFETY: `act` is fully initialised, the old action is not asked for, and `handler`
    // is SIG_DFL, SIG_IGN or `on_signal`, which is async-signal-safe (module doc).
    let r = unsafe { libc::sigaction(sig, &act, std::ptr::null_mut()) };
    if r == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// How the process treats `sig` now.
pub fn disposition(sig: i32) -> std::io::Result<Disposition> {
    // SAFETY: all-zero bytes are a valid `sigaction`; the call fills it.
    let mut old: libc::sigaction = unsafe { std::mem::zeroed() };
    // SAFETY: no new action is given; `old` is a valid out-pointer.
    let r = unsafe { libc::sigaction(sig, std::ptr::null(), &mut old) };
    if r != 0 {
        return Err(std::io::Error::last_os_error());
    }
    let ours = on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t;
    Ok(match old.sa_sigaction {
        libc::SIG_DFL => Disposition::Default,
        libc::SIG_IGN => Disposition::Ignore,
        h if h == ours => Disposition::Catch,
        _ => Disposition::Foreign,
    })
}

/// Send `sig` to this thread (`signal.raise_signal`): a caught signal's handler has run
/// (marking it pending) when this returns.
pub fn raise(sig: i32) -> std::io::Result<()> {
    // SAFETY: `raise` takes a plain integer; an invalid one is reported through errno.
    if unsafe { libc::raise(sig) } == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// Send `sig` to process `pid` (`os.kill`), or to process group `-pid`
/// (`os.killpg(pgid, sig)` passes `-pgid`).
pub fn kill(pid: i32, sig: i32) -> std::io::Result<()> {
    // SAFETY: `kill` takes plain integers; bad ones are reported through errno.
    if unsafe { libc::kill(pid, sig) } == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// Set when the program ended with an uncaught KeyboardInterrupt.
static ENDED_BY_KEYBOARD_INTERRUPT: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// Note that the program ends with an uncaught KeyboardInterrupt (see [`exit`]).
pub fn note_keyboard_interrupt_exit() {
    ENDED_BY_KEYBOARD_INTERRUPT.store(true, SeqCst);
}

/// End the process with `status`, or, after an uncaught KeyboardInterrupt, by SIGINT with
/// its default action, as CPython does, so that a calling shell or parent process sees the
/// interrupt (and stops a loop of commands) rather than an exit status.
pub fn exit(status: i32) -> ! {
    if ENDED_BY_KEYBOARD_INTERRUPT.load(SeqCst)
        && set_disposition(libc::SIGINT, Disposition::Default).is_ok()
    {
        // This thread may have blocked signals (`leave_signals_to_other_threads`).
        // SAFETY: all-zero bytes are a valid `sigset_t`, then made {SIGINT}; the old mask
        // is not asked for.
        unsafe {
            let mut int: libc::sigset_t = std::mem::zeroed();
            libc::sigemptyset(&mut int);
            libc::sigaddset(&mut int, libc::SIGINT);
            libc::pthread_sigmask(libc::SIG_UNBLOCK, &int, std::ptr::null_mut());
        }
        let _ = kill(std::process::id() as i32, libc::SIGINT);
        // Delivery is asynchronous when another thread takes it; give it a moment.
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    std::process::exit(status)
}

/// Block every signal in the calling thread, so that the kernel hands signals sent to the
/// process to the interpreter's threads instead (the `pymem` command's first thread, which
/// only waits for the interpreter's, calls this). A signal then interrupts the interpreter's
/// own blocking calls, such as a read of standard input, as CPython's main thread's are.
pub fn leave_signals_to_other_threads() {
    // SAFETY: all-zero bytes are a valid `sigset_t`, filled by `sigfillset`.
    let mut all: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: `all` is a valid, owned sigset_t; the old mask is not asked for.
    unsafe {
        libc::sigfillset(&mut all);
        libc::pthread_sigmask(libc::SIG_BLOCK, &all, std::ptr::null_mut());
    }
}

/// `alarm(seconds)`: the seconds left of the previous alarm.
pub fn alarm(seconds: u32) -> u32 {
    // SAFETY: `alarm` takes a plain integer and cannot fail.
    unsafe { libc::alarm(seconds) }
}

/// Wait for a signal (`signal.pause`).
pub fn pause() {
    // SAFETY: `pause` takes no arguments; it returns once a handler ran.
    unsafe { libc::pause() };
}

/// `setitimer(which, (delay, interval))`: the timer's previous (delay, interval).
pub fn set_itimer(which: i32, delay: f64, interval: f64) -> std::io::Result<(f64, f64)> {
    let new = libc::itimerval {
        it_value: timeval(delay),
        it_interval: timeval(interval),
    };
    // SAFETY: all-zero bytes are a valid `itimerval`; the call fills it.
    let mut old: libc::itimerval = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are to valid, owned structs.
    let r = unsafe { libc::setitimer(which as _, &new, &mut old) };
    if r != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok((seconds(old.it_value), seconds(old.it_interval)))
}

/// `getitimer(which)`: the timer's (delay, interval).
pub fn get_itimer(which: i32) -> std::io::Result<(f64, f64)> {
    // SAFETY: all-zero bytes are a valid `itimerval`; the call fills it.
    let mut cur: libc::itimerval = unsafe { std::mem::zeroed() };
    // SAFETY: `cur` is a valid out-pointer.
    let r = unsafe { libc::getitimer(which as _, &mut cur) };
    if r != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok((seconds(cur.it_value), seconds(cur.it_interval)))
}

/// Seconds as a `timeval`, rounded up to the microsecond as CPython does (a tiny nonzero
/// delay must not become 0, which would disarm the timer).
fn timeval(s: f64) -> libc::timeval {
    let micros = (s * 1e6).ceil().max(0.0);
    libc::timeval {
        tv_sec: (micros / 1e6).floor() as libc::time_t,
        tv_usec: (micros % 1e6) as libc::suseconds_t,
    }
}

fn seconds(t: libc::timeval) -> f64 {
    t.tv_sec as f64 + t.tv_usec as f64 * 1e-6
}

/// The system's description of `sig` (`signal.strsignal`), None for an unknown signal.
pub fn describe(sig: i32) -> Option<String> {
    if !(1..NSIG).contains(&sig) {
        return None;
    }
    // SAFETY: `strsignal` returns a pointer to a NUL-terminated string that stays valid
    // until the next call; it is copied at once. (The interpreter runs one thread at a
    // time, so no other call interleaves.)
    let text = unsafe {
        let p = libc::strsignal(sig);
        if p.is_null() {
            return None;
        }
        CStr::from_ptr(p).to_string_lossy().into_owned()
    };
    // glibc describes numbers it does not know as "Unknown signal N" or "Real-time
    // signal N"; CPython gives None for the former.
    (!text.starts_with("Unknown signal")).then_some(text)
}

/// The signals this system lets a process handle or block (`signal.valid_signals`).
pub fn valid() -> Vec<i32> {
    // SAFETY: all-zero bytes are a valid `sigset_t`, filled by `sigfillset`.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: `set` is a valid, owned sigset_t.
    unsafe { libc::sigfillset(&mut set) };
    // SAFETY: as above; `sigismember` only reads the set (1 = member).
    (1..NSIG)
        .filter(|&s| unsafe { libc::sigismember(&set, s) } == 1)
        .collect()
}
