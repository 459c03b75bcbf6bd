//! Python threads on OS threads, one at a time: the VM side of the baton (`baton.rs`).
//!
//! ```text
//!   OS thread "main"          OS thread 1               OS thread 2
//!   ───────────────           ───────────               ───────────
//!   runs Python ──┐           waits in baton            waits in baton
//!   lock.acquire()│ block:
//!     (held)      │  Saved::take(vm) ─► its own stack
//!                 └─ baton ─────────► Saved::restore(vm)
//!                                     runs Python ...
//! ```
//!
//! Each Python thread has its own OS thread, so it has its own Rust stack and can block
//! anywhere, however deep in nested calls (a lock taken inside `__del__` inside a
//! comparison inside a sort). But only the holder of the baton touches the VM. The VM is
//! built on `Rc` and `Cell` and is neither `Send` nor `Sync`; handing `&Vm` (and the
//! references a new thread starts with) to another OS thread is sound only because:
//!
//! 1. **Exclusion.** A thread touches the VM, its heap or any object only while it holds
//!    the baton, and the baton has exactly one holder ([`Baton`]'s schedule, under a
//!    `Mutex`). So no two threads ever access the same `Cell`/`RefCell`/`Rc` count at the
//!    same time: there are no data races, as with CPython's GIL.
//! 2. **Ordering.** Every hand-over goes through that mutex: the thread letting go
//!    releases it after its last VM access, the next holder acquires it before its first,
//!    so everything the previous holder wrote happens-before what the next one reads.
//! 3. **Lifetime.** Every thread other than the main one owns an `Rc<Vm>` from its start
//!    until its exit (created and dropped while holding the baton), and the main thread's
//!    caller (`run_script`, `run_captured`) owns one until after `Vm::shutdown`, so the VM
//!    outlives every thread that can use it. At exit `Vm::shutdown` waits for the
//!    non-daemon threads (`threading._shutdown`) and then calls [`Baton::finalize`]: the
//!    daemon threads still waiting are parked for good, keep their `Rc<Vm>` (the VM and
//!    its heap are leaked rather than freed under them) and never run again. A thread's
//!    thread-locals, dropped by the OS thread after it let go of the baton, hold no
//!    reference counts by then (`CURRENT` is cleared while it still holds the baton).
//! 4. **Per-thread state.** The VM fields that describe *the running thread* (call depth,
//!    the exception being handled, the call-site table, the native stack limit, the
//!    running thread's key and its exit hooks) are moved to the blocking thread's own stack
//!    ([`Saved`]) and put back when it resumes, so each thread sees its own.
//!
//! The `unsafe` needed for all this is here: [`Handover`] (moving a thread's start-up
//! references to its OS thread) and the libc calls for thread identities; `baton.rs` has
//! the heap interrupter's.
//!
//! A program that never starts a thread pays nothing: there is no baton until the first
//! `start_new_thread`, and until then a sleep sleeps and a lock that cannot be taken
//! without waiting is a deadlock (or a plain wait for its timeout).
//!
//! Thread-locals of the runtime: `CURRENT` (the VM that finalizers run in) is set in each
//! new thread; `int_digits`'s limit is per interpreter in CPython, so it travels with the
//! baton ([`Carry`]); the repr guard, the re-raise flag, `object.__getattribute__`'s flag
//! and the custom class namespaces are per thread in CPython too and stay thread-local;
//! `list`'s spare arrays are empty vectors that any thread may reuse.

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use heap::ObjRef;

use super::baton::{sleep_until, Baton, Carry, Key, MAIN};
use super::callsite::CallSiteTable;
use super::objects::*;
use super::{int_digits, PyResult, Vm};

/// Native stack of every Python thread: Python calls recurse on it, and `RecursionError`
/// is raised when it runs low (`Vm::stack_low`), as on the CLI's interpreter thread.
pub const THREAD_STACK_SIZE: usize = 1 << 30;

/// CPython's default `sys.getswitchinterval()`.
pub const DEFAULT_SWITCH_INTERVAL: f64 = 0.005;

/// The VM's threading state (`Vm::threads`).
pub struct Threads {
    /// Made when the first thread starts.
    baton: OnceCell<Arc<Baton>>,
    /// The running thread's key (swapped at switches).
    current: Cell<Key>,
    /// What to call when the running thread ends, last registered first: `_local`
    /// clean-ups and `_set_sentinel` locks (swapped at switches).
    at_exit: RefCell<Vec<ObjRef>>,
    /// `_thread._count()`: threads started and not yet ended.
    running: Cell<usize>,
    /// `sys.getswitchinterval()`.
    pub switch_interval: Cell<f64>,
    /// `_thread.stack_size()` (recorded; threads always get [`THREAD_STACK_SIZE`]).
    pub stack_size: Cell<usize>,
    /// `_thread.interrupt_main()` was called and the main thread has not raised yet.
    interrupt_main: Cell<bool>,
}

impl Default for Threads {
    fn default() -> Self {
        Threads {
            baton: OnceCell::new(),
            current: Cell::new(MAIN),
            at_exit: RefCell::new(Vec::new()),
            running: Cell::new(0),
            switch_interval: Cell::new(DEFAULT_SWITCH_INTERVAL),
            stack_size: Cell::new(0),
            interrupt_main: Cell::new(false),
        }
    }
}

/// A running thread's own part of the VM, kept on its stack while another thread runs.
struct Saved {
    key: Key,
    depth: usize,
    handled: Option<ObjRef>,
    call_sites: CallSiteTable,
    stack_limit: usize,
    at_exit: Vec<ObjRef>,
}

impl Saved {
    /// The state of a thread that has run nothing yet.
    fn fresh(key: Key) -> Saved {
        Saved {
            key,
            depth: 0,
            handled: None,
            call_sites: CallSiteTable::new(),
            stack_limit: 0,
            at_exit: Vec::new(),
        }
    }

    /// Move the running thread's state out of the VM (leaving a fresh one).
    fn take(vm: &Vm) -> Saved {
        let t = &vm.threads;
        Saved {
            key: t.current.get(),
            depth: vm.depth.replace(0),
            handled: vm.handled.try_borrow_mut().ok().and_then(|mut h| h.take()),
            call_sites: vm.call_sites.replace(CallSiteTable::new()),
            stack_limit: vm.stack_limit.replace(0),
            at_exit: t
                .at_exit
                .try_borrow_mut()
                .map(|mut v| std::mem::take(&mut *v))
                .unwrap_or_default(),
        }
    }

    /// Make this the running thread's state.
    fn restore(self, vm: &Vm) {
        let t = &vm.threads;
        t.current.set(self.key);
        vm.depth.set(self.depth);
        if let Ok(mut h) = vm.handled.try_borrow_mut() {
            *h = self.handled;
        }
        vm.call_sites.replace(self.call_sites);
        vm.stack_limit.set(self.stack_limit);
        if let Ok(mut v) = t.at_exit.try_borrow_mut() {
            *v = self.at_exit;
        }
        // A switch request left over was meant for the thread that ran before (whoever
        // still waits asks again after its interval); interrupt_main's request may have
        // been taken by another thread's safe point and is made again for the main thread.
        vm.heap.take_interrupt();
        if self.key == MAIN && (t.interrupt_main.get() || signals_waiting(vm)) {
            vm.heap.request_interrupt();
        }
    }
}

fn carry_now() -> Carry {
    Carry {
        int_max_str_digits: int_digits::limit(),
    }
}

fn apply(carry: Carry) {
    if int_digits::limit() != carry.int_max_str_digits {
        int_digits::set_limit(carry.int_max_str_digits);
    }
}

/// The key of the running thread (for locks' waiting lists).
pub fn current(vm: &Vm) -> Key {
    vm.threads.current.get()
}

/// The error raised instead of waiting for ever.
fn deadlock(vm: &Vm) -> ObjRef {
    vm.exc_msg(
        "RuntimeError",
        "deadlock: every thread is blocked and none can wake up (CPython would wait forever)",
    )
}

/// Let go of the baton until [`wake`] is called for this thread or `deadline` passes
/// (whichever comes first; the caller checks what it waits for again). Raises instead of
/// waiting when no thread could ever wake this one.
pub fn block(vm: &Vm, deadline: Option<Instant>) -> PyResult<()> {
    if vm.threads.current.get() == MAIN && vm.signals.owned() {
        // A signal may end this wait (Ctrl-C, an alarm whose handler raises), as it ends
        // CPython's lock waits: wait in slices and run the handlers between them. A wait
        // nothing else could end then lasts, interruptible, as CPython's does, instead of
        // raising the deadlock error.
        let slice = Instant::now() + SIGNAL_POLL;
        let until = deadline.map_or(slice, |d| d.min(slice));
        block_until(vm, Some(until))?;
        return check_interrupt(vm);
    }
    block_until(vm, deadline)
}

/// [`block`] without the signal slices.
fn block_until(vm: &Vm, deadline: Option<Instant>) -> PyResult<()> {
    let Some(baton) = vm.threads.baton.get() else {
        // The only thread: only a deadline can end the wait.
        return match deadline {
            Some(d) => {
                sleep_until(d);
                Ok(())
            }
            None => Err(deadlock(vm)),
        };
    };
    let saved = Saved::take(vm);
    let key = saved.key;
    let mut carry = carry_now();
    let r = baton.block(key, deadline, &mut carry);
    apply(carry);
    saved.restore(vm);
    r.map_err(|_| deadlock(vm))
}

/// Make the blocked thread `k` ready to run (when the running one lets go).
pub fn wake(vm: &Vm, k: Key) {
    if let Some(b) = vm.threads.baton.get() {
        b.wake(k);
    }
}

/// Let the threads that are ready run first (`time.sleep(0)`, the periodic switch).
pub fn yield_now(vm: &Vm) {
    let Some(baton) = vm.threads.baton.get() else {
        return;
    };
    let saved = Saved::take(vm);
    let mut carry = carry_now();
    baton.yield_now(saved.key, &mut carry);
    apply(carry);
    saved.restore(vm);
}

/// How often a sleeping main thread looks for caught signals.
const SIGNAL_POLL: Duration = Duration::from_millis(20);

/// `time.sleep(seconds)`: other threads run meanwhile.
pub fn sleep(vm: &Vm, seconds: f64) -> PyResult<()> {
    if seconds <= 0.0 {
        yield_now(vm);
        return Ok(());
    }
    let d = Duration::from_secs_f64(seconds);
    let Some(deadline) = Instant::now().checked_add(d) else {
        // Centuries: nobody will see the end of it.
        std::thread::sleep(d);
        return Ok(());
    };
    while Instant::now() < deadline {
        // `block` wakes the main thread now and then to run signal handlers (one that
        // raises ends the sleep; otherwise it goes on, as CPython's does since PEP 475).
        block(vm, Some(deadline))?;
    }
    check_interrupt(vm)
}

/// The safe point found an interrupt request: `interrupt_main`'s KeyboardInterrupt for
/// the main thread, else a thread waiting for its turn asked for a switch.
#[cold]
pub fn interrupted(vm: &Vm) -> PyResult<()> {
    check_interrupt(vm)?;
    yield_now(vm);
    Ok(())
}

/// `interrupt_main`'s KeyboardInterrupt, when it is pending and this is the main thread.
/// Native calls that blocked call this before returning, as CPython checks its eval
/// breaker at the end of every call: a lock that was taken stays taken.
pub fn check_interrupt(vm: &Vm) -> PyResult<()> {
    if vm.threads.current.get() != MAIN {
        return Ok(());
    }
    if vm.threads.interrupt_main.get() {
        vm.threads.interrupt_main.set(false);
        let t = vm.exc_type("KeyboardInterrupt");
        return Err(vm.new_exception(&t, vec![]));
    }
    if signals_waiting(vm) {
        super::modules::signal::run_pending(vm)?;
    }
    Ok(())
}

/// Whether signals this interpreter owns were caught and their handlers have not run.
fn signals_waiting(vm: &Vm) -> bool {
    vm.signals.owned() && super::signal_os::any_pending()
}

/// `_thread.interrupt_main()`: KeyboardInterrupt in the main thread at its next safe point.
pub fn interrupt_main(vm: &Vm) {
    vm.threads.interrupt_main.set(true);
    vm.heap.request_interrupt();
}

/// `sys.setswitchinterval`.
pub fn set_switch_interval(vm: &Vm, seconds: f64) {
    vm.threads.switch_interval.set(seconds);
    if let Some(b) = vm.threads.baton.get() {
        b.set_switch_interval(switch_duration(seconds));
    }
}

/// The switch interval as a wait (at least a microsecond, at most a day).
fn switch_duration(seconds: f64) -> Duration {
    Duration::from_secs_f64(seconds.clamp(1e-6, 86400.0))
}

/// Register `hook` to be called when the running thread ends (never for the main thread).
pub fn at_exit(vm: &Vm, hook: ObjRef) {
    if let Ok(mut v) = vm.threads.at_exit.try_borrow_mut() {
        v.push(hook);
    }
}

/// `_thread._count()`.
pub fn running_count(vm: &Vm) -> usize {
    vm.threads.running.get()
}

/// `_thread.get_ident()`: the running thread's `pthread_t`, as CPython's.
#[allow(clippy::unnecessary_cast)] // `pthread_t` is not a `u64` everywhere
pub fn ident() -> u64 {
    // SAFETY: `pthread_self` has no preconditions and cannot fail.
    unsafe { libc::pthread_self() as u64 }
}

/// `_thread.get_native_id()`: the kernel's id of the running thread.
pub fn native_id() -> u64 {
    // SAFETY: `gettid` has no preconditions and cannot fail.
    unsafe { libc::gettid() as u64 }
}

/// Interpreter exit, after `threading._shutdown`: no other thread ever runs again.
pub fn finalize(vm: &Vm) {
    if let Some(b) = vm.threads.baton.get() {
        b.finalize(vm.threads.current.get());
    }
}

/// What a new thread runs: `func(*args, **kwargs)`.
struct Target {
    func: ObjRef,
    args: ObjRef,
    kwargs: Option<ObjRef>,
}

/// What a new thread starts with.
struct Start {
    vm: Rc<Vm>,
    baton: Arc<Baton>,
    key: Key,
    /// Taken (and dropped, while the VM is still this thread's current one) when it ran.
    target: Cell<Option<Target>>,
}

/// A value moved to a new OS thread that may only be used there once that thread holds
/// the baton.
struct Handover<T>(T);

// SAFETY: `Handover` carries a new thread's `Start`: an `Rc<Vm>` and object references,
// which are not `Send` because their counts and contents are unsynchronised. Moving the
// bytes to the new OS thread touches none of them. The new thread reads them only after
// `Baton::first_turn` returned, i.e. while it holds the baton (points 1 and 2 of the module
// doc), and drops them before `Baton::exit`; if the thread cannot be spawned, `std` drops
// the closure (with the `Handover`) on the spawning thread, which holds the baton.
unsafe impl<T> Send for Handover<T> {}

/// `_thread.start_new_thread(func, args, kwargs)`: start `func(*args, **kwargs)` in a new
/// thread, ready to run when the running one lets go; returns its ident.
pub fn start_thread(vm: &Vm, func: ObjRef, args: ObjRef, kwargs: Option<ObjRef>) -> PyResult<u64> {
    let Some(rc) = super::current_vm() else {
        return vm.err("RuntimeError", "can't start new thread");
    };
    let baton = vm
        .threads
        .baton
        .get_or_init(|| {
            Arc::new(Baton::new(
                Some(vm.heap.interrupter()),
                switch_duration(vm.threads.switch_interval.get()),
                carry_now(),
            ))
        })
        .clone();
    let Ok(key) = baton.register() else {
        return vm.err(
            "RuntimeError",
            "can't create new thread at interpreter shutdown",
        );
    };
    let start = Handover(Start {
        vm: rc,
        baton: baton.clone(),
        key,
        target: Cell::new(Some(Target { func, args, kwargs })),
    });
    let spawned = std::thread::Builder::new()
        .stack_size(THREAD_STACK_SIZE)
        .spawn(move || thread_main(start));
    match spawned {
        Ok(handle) => {
            use std::os::unix::thread::JoinHandleExt;
            // `pthread_t` is a `c_ulong` on Linux, but not everywhere.
            #[allow(clippy::unnecessary_cast)]
            let ident = handle.as_pthread_t() as u64;
            // Detached: the thread ends on its own; nobody joins OS threads.
            drop(handle);
            vm.threads.running.set(vm.threads.running.get() + 1);
            Ok(ident)
        }
        Err(_) => {
            baton.forget(key);
            vm.err("RuntimeError", "can't start new thread")
        }
    }
}

/// The body of every thread but the main one.
fn thread_main(start: Handover<Start>) {
    let Handover(start) = start;
    let carry = start.baton.first_turn(start.key);
    // From here on this thread holds the baton (until `exit` below).
    apply(carry);
    let baton = start.baton.clone();
    let key = start.key;
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let vm: &Vm = &start.vm;
        super::set_current_vm(&start.vm);
        Saved::fresh(key).restore(vm);
        if let Some(target) = start.target.take() {
            run_target(vm, &target);
            // Its references die while finalizers can still run.
            drop(target);
        }
        run_exit_hooks(vm);
        vm.threads
            .running
            .set(vm.threads.running.get().saturating_sub(1));
        // The state this thread leaves behind (its handled exception, if any) dies here.
        drop(Saved::take(vm));
        super::clear_current_vm();
    }));
    match outcome {
        // The thread's own reference to the VM goes last (never the last one: the main
        // thread's caller holds the VM until it finalizes, and after that this thread
        // would not have run).
        Ok(()) => drop(start),
        Err(_) => {
            // A bug in pymem: report it, and leave everything the thread held alone
            // (leaked) rather than touch a VM in an unknown state.
            eprintln!("pymem: internal error in a thread; the thread ends");
            super::forget_current_vm();
            std::mem::forget(start);
        }
    }
    baton.exit(key, carry_now());
    // Nothing of the VM may be touched after this point.
}

/// `func(*args, **kwargs)`; an exception other than SystemExit is reported as CPython's
/// thread runner reports it.
fn run_target(vm: &Vm, start: &Target) {
    let r = call_with(vm, &start.func, &start.args, start.kwargs.as_ref());
    if let Err(e) = r {
        if !vm.exc_matches(&e, "SystemExit") {
            vm.write_unraisable(
                Some("Exception ignored in thread started by"),
                Some(&start.func),
                &e,
            );
        }
    }
}

/// Call `func` with a tuple of positional arguments and an optional dict of keywords.
fn call_with(vm: &Vm, func: &ObjRef, args: &ObjRef, kwargs: Option<&ObjRef>) -> PyResult {
    let mut all: Vec<ObjRef> = match args.downcast::<TupleObj>() {
        Some(t) => tuple_items(&t).to_vec(),
        None => Vec::new(),
    };
    let mut names = Vec::new();
    if let Some(d) = kwargs.and_then(|k| k.downcast::<DictObj>()) {
        let items: Vec<(ObjRef, ObjRef)> =
            d.0.borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect();
        for (k, v) in items {
            names.push(k);
            all.push(v);
        }
    }
    if names.is_empty() {
        vm.call(func, &all, None)
    } else {
        vm.call(func, &all, Some(&names))
    }
}

/// Call the running thread's exit hooks, last registered first.
fn run_exit_hooks(vm: &Vm) {
    loop {
        let hook = vm
            .threads
            .at_exit
            .try_borrow_mut()
            .ok()
            .and_then(|mut v| v.pop());
        let Some(hook) = hook else { break };
        if let Err(e) = vm.call(&hook, &[], None) {
            vm.write_unraisable(None, Some(&hook), &e);
        }
    }
}
