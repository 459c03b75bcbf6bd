//! The `_thread` module: starting threads (`start_new_thread`), the lock and RLock types,
//! thread identities, `_set_sentinel`, `_excepthook`; `_local` and the lock classes'
//! Python side are in `py/thread_prelude.py`.
//!
//! A lock's state is a [`LockCore`] kept in the instance's `_s` slot; its methods are the
//! native functions below, placed in the class (no Python frame, as CPython's C lock).
//! Waiting is `threads::block`: a thread that cannot take a lock puts its key in the
//! lock's waiting list and gives the baton away; `release` wakes the first waiter, which
//! then tries again (locks are not fair, as CPython's are not).

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::time::{Duration, Instant};

use heap::{Gc, ObjRef};

use super::{add_fn, frozen, new_module};
use crate::runtime::baton::Key;
use crate::runtime::objects::*;
use crate::runtime::ops::Num;
use crate::runtime::threads;
use crate::runtime::{Args, PyResult, Vm};

/// `_thread.TIMEOUT_MAX`: CPython's `PY_TIMEOUT_MAX` (in microseconds, `LLONG_MAX / 1000`)
/// in seconds.
const TIMEOUT_MAX: f64 = 9223372036.0;

/// The state of a `_thread.lock` or `_thread.RLock`.
pub struct LockCore {
    locked: Cell<bool>,
    /// RLock: the owner's ident (0: none) and how many times it holds the lock.
    owner: Cell<u64>,
    count: Cell<u64>,
    /// Keys of the threads waiting to take the lock, first come first.
    waiters: RefCell<VecDeque<Key>>,
}

impl heap::Object for LockCore {
    const NAME: &'static str = "_thread.lock_state";
    // Holds no references.
    const TRACKED: bool = false;
}

impl LockCore {
    fn new() -> LockCore {
        LockCore {
            locked: Cell::new(false),
            owner: Cell::new(0),
            count: Cell::new(0),
            waiters: RefCell::new(VecDeque::new()),
        }
    }

    /// Take the lock, waiting until `deadline` (`None`: for ever) when `wait`.
    fn acquire(&self, vm: &Vm, wait: bool, deadline: Option<Instant>) -> PyResult<bool> {
        if !self.locked.get() {
            self.locked.set(true);
            return Ok(true);
        }
        if !wait {
            return Ok(false);
        }
        let me = threads::current(vm);
        loop {
            self.waiters.borrow_mut().push_back(me);
            let r = threads::block(vm, deadline);
            {
                let mut w = self.waiters.borrow_mut();
                if let Some(i) = w.iter().position(|&k| k == me) {
                    w.remove(i);
                }
            }
            r?;
            if !self.locked.get() {
                self.locked.set(true);
                return Ok(true);
            }
            if deadline.is_some_and(|d| Instant::now() >= d) {
                return Ok(false);
            }
        }
    }

    /// Let the lock go and wake the first waiter.
    fn release(&self, vm: &Vm) {
        self.locked.set(false);
        let first = self.waiters.borrow_mut().pop_front();
        if let Some(k) = first {
            threads::wake(vm, k);
        }
    }
}

/// The lock state of `self` (`pos[0]`).
fn core_of(vm: &Vm, a: &Args<'_>) -> PyResult<Gc<LockCore>> {
    let Some(o) = a.pos.first() else {
        return vm.type_err("lock method needs a lock");
    };
    match vm.getattr_str(o, "_s")?.downcast::<LockCore>() {
        Some(c) => Ok(c),
        None => vm.type_err("lock state is missing"),
    }
}

/// `_core()`: a new lock state (the prelude's constructors).
fn new_core(vm: &Vm, _a: &Args<'_>) -> PyResult {
    vm.alloc_obj(LockCore::new())
}

/// A timeout in nanoseconds as CPython's `_PyTime_FromSecondsObject` reads it (rounded up).
fn timeout_ns(vm: &Vm, t: &ObjRef) -> PyResult<i128> {
    let overflow = || {
        vm.err(
            "OverflowError",
            "timestamp out of range for platform time_t",
        )
    };
    match vm.num(t) {
        Some(Num::F(f)) => {
            if f.is_nan() {
                return vm.value_err("Invalid value NaN (not a number)");
            }
            let ns = (f * 1e9).ceil();
            if !(-9.223372036854776e18..9.223372036854776e18).contains(&ns) {
                return overflow();
            }
            Ok(ns as i128)
        }
        Some(Num::I(i)) => {
            let ns = i as i128 * 1_000_000_000;
            if ns > i64::MAX as i128 || ns < i64::MIN as i128 {
                return overflow();
            }
            Ok(ns)
        }
        Some(Num::B(_)) => overflow(),
        None => match vm.index_num(t)? {
            Some(Num::I(i)) => Ok(i as i128 * 1_000_000_000),
            Some(_) => overflow(),
            None => vm.type_err(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(t)
            )),
        },
    }
}

/// The arguments of `acquire(blocking=True, timeout=-1)`: whether to wait, and until when.
fn acquire_args(vm: &Vm, a: &Args<'_>) -> PyResult<(bool, Option<Instant>)> {
    let given = a.pos.len() - 1;
    if given + a.kwnames.len() > 2 {
        return vm.type_err(format!(
            "acquire() takes at most 2 arguments ({} given)",
            given + a.kwnames.len()
        ));
    }
    let mut blocking = a.pos.get(1).cloned();
    let mut timeout = a.pos.get(2).cloned();
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        let name = vm.str(k)?;
        let slot = match name.as_str() {
            "blocking" if blocking.is_none() => &mut blocking,
            "timeout" if timeout.is_none() => &mut timeout,
            "blocking" | "timeout" => {
                return vm.type_err(format!(
                    "argument for acquire() given by name ('{name}') and position"
                ))
            }
            _ => {
                return vm.type_err(format!(
                    "'{name}' is an invalid keyword argument for acquire()"
                ))
            }
        };
        *slot = Some(v.clone());
    }
    let blocking = match &blocking {
        Some(b) => vm.truthy(b)?,
        None => true,
    };
    const UNSET: i128 = -1_000_000_000;
    let ns = match &timeout {
        Some(t) => timeout_ns(vm, t)?,
        None => UNSET,
    };
    if !blocking && ns != UNSET {
        return vm.value_err("can't specify a timeout for a non-blocking call");
    }
    if ns < 0 && ns != UNSET {
        return vm.value_err("timeout value must be positive");
    }
    if !blocking || ns == UNSET {
        return Ok((blocking, None));
    }
    if ns as f64 / 1e9 > TIMEOUT_MAX + 0.854775 {
        return vm.err("OverflowError", "timeout value is too large");
    }
    let d = Duration::from_nanos(ns as u64);
    // A deadline past what the clock can say is no deadline.
    Ok((true, Instant::now().checked_add(d)))
}

/// `lock.acquire(blocking=True, timeout=-1)` (also `acquire_lock`, `__enter__`).
fn lock_acquire(vm: &Vm, a: &Args<'_>) -> PyResult {
    let core = core_of(vm, a)?;
    let (wait, deadline) = acquire_args(vm, a)?;
    let got = core.acquire(vm, wait, deadline)?;
    threads::check_interrupt(vm)?;
    Ok(vm.bool_obj(got))
}

/// `lock.release()`.
fn lock_release(vm: &Vm, a: &Args<'_>) -> PyResult {
    if a.pos.len() > 1 || !a.kwnames.is_empty() {
        return vm.type_err(format!(
            "lock.release() takes no arguments ({} given)",
            a.pos.len() - 1 + a.kwnames.len()
        ));
    }
    lock_exit(vm, a)
}

/// `lock.__exit__(*args)`: release.
fn lock_exit(vm: &Vm, a: &Args<'_>) -> PyResult {
    let core = core_of(vm, a)?;
    if !core.locked.get() {
        return vm.err("RuntimeError", "release unlocked lock");
    }
    core.release(vm);
    Ok(vm.none())
}

/// `lock.locked()`.
fn lock_locked(vm: &Vm, a: &Args<'_>) -> PyResult {
    let core = core_of(vm, a)?;
    Ok(vm.bool_obj(core.locked.get()))
}

/// `lock._at_fork_reinit()`: a fresh, unlocked lock.
fn lock_reinit(vm: &Vm, a: &Args<'_>) -> PyResult {
    let core = core_of(vm, a)?;
    core.locked.set(false);
    core.owner.set(0);
    core.count.set(0);
    Ok(vm.none())
}

/// The type name CPython's lock reprs use (`tp_name`: qualified for the built-in types).
fn type_label(vm: &Vm, o: &ObjRef, builtin: &str) -> String {
    let t = vm.type_of(o);
    if t.name == builtin.rsplit('.').next().unwrap_or(builtin) && t.module == "_thread" {
        builtin.to_string()
    } else {
        t.name.to_string()
    }
}

/// `repr(lock)`: `<unlocked _thread.lock object at 0x...>`.
fn lock_repr(vm: &Vm, a: &Args<'_>) -> PyResult {
    let core = core_of(vm, a)?;
    let o = &a.pos[0];
    let state = if core.locked.get() {
        "locked"
    } else {
        "unlocked"
    };
    vm.new_str(&format!(
        "<{state} {} object at {:#x}>",
        type_label(vm, o, "_thread.lock"),
        o.addr()
    ))
}

/// `RLock.acquire(blocking=True, timeout=-1)` (also `__enter__`).
fn rlock_acquire(vm: &Vm, a: &Args<'_>) -> PyResult {
    let core = core_of(vm, a)?;
    let (wait, deadline) = acquire_args(vm, a)?;
    let me = threads::ident();
    if core.count.get() > 0 && core.owner.get() == me {
        let Some(n) = core.count.get().checked_add(1) else {
            return vm.err("OverflowError", "Internal lock count overflowed");
        };
        core.count.set(n);
        return Ok(vm.true_.clone());
    }
    let got = core.acquire(vm, wait, deadline)?;
    if got {
        core.owner.set(me);
        core.count.set(1);
    }
    threads::check_interrupt(vm)?;
    Ok(vm.bool_obj(got))
}

/// `RLock.release()` (also `__exit__`).
fn rlock_release(vm: &Vm, a: &Args<'_>) -> PyResult {
    let core = core_of(vm, a)?;
    if core.count.get() == 0 || core.owner.get() != threads::ident() {
        return vm.err("RuntimeError", "cannot release un-acquired lock");
    }
    let n = core.count.get() - 1;
    core.count.set(n);
    if n == 0 {
        core.owner.set(0);
        core.release(vm);
    }
    Ok(vm.none())
}

/// `RLock._is_owned()`.
fn rlock_is_owned(vm: &Vm, a: &Args<'_>) -> PyResult {
    let core = core_of(vm, a)?;
    Ok(vm.bool_obj(core.count.get() > 0 && core.owner.get() == threads::ident()))
}

/// `RLock._recursion_count()`.
fn rlock_recursion_count(vm: &Vm, a: &Args<'_>) -> PyResult {
    let core = core_of(vm, a)?;
    let mine = core.owner.get() == threads::ident();
    vm.new_int(if mine { core.count.get() as i64 } else { 0 })
}

/// `RLock._release_save()`: let go entirely; returns `(count, owner)`.
fn rlock_release_save(vm: &Vm, a: &Args<'_>) -> PyResult {
    let core = core_of(vm, a)?;
    if core.count.get() == 0 {
        return vm.err("RuntimeError", "cannot release un-acquired lock");
    }
    let saved = vec![
        vm.new_int(core.count.get() as i64)?,
        vm.new_bigint(core.owner.get().into())?,
    ];
    core.count.set(0);
    core.owner.set(0);
    core.release(vm);
    vm.new_tuple(saved)
}

/// `RLock._acquire_restore((count, owner))`: take the lock again as `_release_save` left it.
fn rlock_acquire_restore(vm: &Vm, a: &Args<'_>) -> PyResult {
    let core = core_of(vm, a)?;
    let Some(state) = a.pos.get(1) else {
        return vm.type_err("_acquire_restore() takes exactly one argument (0 given)");
    };
    let pair = state
        .downcast::<TupleObj>()
        .map(|t| tuple_items(&t).to_vec())
        .filter(|v| v.len() == 2);
    let Some(pair) = pair else {
        return vm.type_err(format!(
            "_acquire_restore() argument 1 must be 2-item sequence, not {}",
            vm.type_name(state)
        ));
    };
    let count = vm.index(&pair[0])?;
    let owner = match vm.index_num(&pair[1])? {
        Some(Num::I(i)) => i as u64,
        Some(Num::B(b)) => u64::try_from(b).unwrap_or(0),
        _ => return vm.type_err("an integer is required"),
    };
    core.acquire(vm, true, None)?;
    core.owner.set(owner);
    core.count.set(count.max(0) as u64);
    threads::check_interrupt(vm)?;
    Ok(vm.none())
}

/// `repr(rlock)`: `<unlocked _thread.RLock object owner=0 count=0 at 0x...>`.
fn rlock_repr(vm: &Vm, a: &Args<'_>) -> PyResult {
    let core = core_of(vm, a)?;
    let o = &a.pos[0];
    let state = if core.count.get() > 0 {
        "locked"
    } else {
        "unlocked"
    };
    vm.new_str(&format!(
        "<{state} {} object owner={} count={} at {:#x}>",
        type_label(vm, o, "_thread.RLock"),
        core.owner.get(),
        core.count.get(),
        o.addr()
    ))
}

/// A new `_thread.lock` (the prelude's `_new_lock`).
fn make_lock(vm: &Vm) -> PyResult {
    let m = super::import(vm, "_thread")?;
    let f = vm.getattr_str(&m, "_new_lock")?;
    vm.call(&f, &[], None)
}

/// Refuse arguments to a function that takes none.
fn no_args(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<()> {
    if !a.kwnames.is_empty() {
        return vm.type_err(format!("{name}() takes no keyword arguments"));
    }
    if !a.pos.is_empty() {
        return vm.type_err(format!(
            "{name}() takes no arguments ({} given)",
            a.pos.len()
        ));
    }
    Ok(())
}

/// `allocate_lock()` (also `allocate`).
fn allocate_lock(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "_thread.allocate_lock")?;
    make_lock(vm)
}

/// `start_new_thread(function, args, kwargs=None)` (also `start_new`).
fn start_new_thread(vm: &Vm, a: &Args<'_>) -> PyResult {
    if !a.kwnames.is_empty() {
        return vm.type_err("start_new_thread() takes no keyword arguments");
    }
    match a.pos.len() {
        0 | 1 => {
            return vm.type_err(format!(
                "start_new_thread expected at least 2 arguments, got {}",
                a.pos.len()
            ))
        }
        2 | 3 => {}
        n => {
            return vm.type_err(format!(
                "start_new_thread expected at most 3 arguments, got {n}"
            ))
        }
    }
    let func = &a.pos[0];
    if !crate::runtime::builtins::is_callable(vm, func) {
        return vm.type_err("first arg must be callable");
    }
    let args = &a.pos[1];
    if !args.is::<TupleObj>() {
        return vm.type_err("2nd arg must be a tuple");
    }
    let kwargs = a.pos.get(2).filter(|k| !vm.is_none(k));
    if kwargs.is_some_and(|k| !k.is::<DictObj>()) {
        return vm.type_err("optional 3rd arg must be a dictionary");
    }
    let ident = threads::start_thread(vm, func.clone(), args.clone(), kwargs.cloned())?;
    vm.new_bigint(ident.into())
}

/// `get_ident()`.
fn get_ident(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "_thread.get_ident")?;
    vm.new_bigint(threads::ident().into())
}

/// `get_native_id()`.
fn get_native_id(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "_thread.get_native_id")?;
    vm.new_bigint(threads::native_id().into())
}

/// `_count()`: threads started and still running.
fn count(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "_thread._count")?;
    vm.new_int(threads::running_count(vm) as i64)
}

/// `stack_size([size])`: the size set for new threads (0: the default); returns the old one.
fn stack_size(vm: &Vm, a: &Args<'_>) -> PyResult {
    if !a.kwnames.is_empty() {
        return vm.type_err("stack_size() takes no keyword arguments");
    }
    if a.pos.len() > 1 {
        return vm.type_err(format!(
            "stack_size() takes at most 1 argument ({} given)",
            a.pos.len()
        ));
    }
    let old = vm.threads.stack_size.get();
    if let Some(s) = a.pos.first() {
        let n = vm.index(s)?;
        if n < 0 {
            return vm.value_err("size must be 0 or a positive value");
        }
        if n != 0 && n < 32768 {
            return vm.value_err(format!("size not valid: {n} bytes"));
        }
        vm.threads.stack_size.set(n as usize);
    }
    vm.new_int(old as i64)
}

/// `interrupt_main(signum=signal.SIGINT)`: KeyboardInterrupt in the main thread at its next
/// call or backward jump.
fn interrupt_main(vm: &Vm, a: &Args<'_>) -> PyResult {
    if let Some(s) = a.pos.first().or_else(|| a.kw("signum")) {
        let n = vm.index(s)?;
        if !(1..65).contains(&n) {
            return vm.value_err("signal number out of range");
        }
    }
    threads::interrupt_main(vm);
    // Called by the main thread itself: raised as the call returns, as CPython's eval
    // breaker does.
    threads::check_interrupt(vm)?;
    Ok(vm.none())
}

/// `exit()` / `exit_thread()`: SystemExit, which ends a thread silently.
fn exit(vm: &Vm, _a: &Args<'_>) -> PyResult {
    Err(vm.new_exception(&vm.exc_type("SystemExit"), vec![]))
}

/// `daemon_threads_allowed()`, `_is_main_interpreter()`.
fn yes(vm: &Vm, _a: &Args<'_>) -> PyResult {
    Ok(vm.true_.clone())
}

/// Releases a sentinel lock if it is held (a thread's exit hook).
fn release_sentinel(vm: &Vm, a: &Args<'_>) -> PyResult {
    let core = core_of(vm, a)?;
    if core.locked.get() {
        core.release(vm);
    }
    Ok(vm.none())
}

/// `_set_sentinel()`: a lock released when the calling thread ends (threading's join).
fn set_sentinel(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "_thread._set_sentinel")?;
    let lock = make_lock(vm)?;
    let hook = vm.alloc_obj(BuiltinFunc::bound(
        "_release_sentinel",
        release_sentinel,
        lock.clone(),
    ))?;
    threads::at_exit(vm, hook);
    Ok(lock)
}

/// `_on_thread_exit(func)`: call `func()` when the calling thread ends (`_local`'s
/// clean-up; pymem's own).
fn on_thread_exit(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(f) = a.pos.first() else {
        return vm.type_err("_on_thread_exit() takes exactly one argument (0 given)");
    };
    threads::at_exit(vm, f.clone());
    Ok(vm.none())
}

/// `_excepthook(args)`: threading's default hook: "Exception in thread NAME:" and the
/// traceback to `sys.stderr` (SystemExit is ignored).
fn excepthook(vm: &Vm, a: &Args<'_>) -> PyResult {
    if a.pos.len() != 1 || !a.kwnames.is_empty() {
        return vm.type_err(format!(
            "_thread._excepthook() takes exactly one argument ({} given)",
            a.pos.len() + a.kwnames.len()
        ));
    }
    let args = &a.pos[0];
    let m = super::import(vm, "_thread")?;
    let cls = vm.getattr_str(&m, "_ExceptHookArgs")?;
    if !vm.isinstance(
        args,
        &cls.downcast::<TypeObj>()
            .unwrap_or_else(|| vm.type_of(args)),
    ) {
        return vm.type_err("_thread._excepthook argument type must be ExceptHookArgs");
    }
    let exc_type = vm.getattr_str(args, "exc_type")?;
    let value = vm.getattr_str(args, "exc_value")?;
    let thread = vm.getattr_str(args, "thread")?;
    if let Some(t) = exc_type.downcast::<TypeObj>() {
        if vm.is_subtype(&t, &vm.exc_type("SystemExit")) {
            return Ok(vm.none());
        }
    }
    let sys = super::import(vm, "sys")?;
    let mut file = vm.getattr_str(&sys, "stderr")?;
    if vm.is_none(&file) {
        if vm.is_none(&thread) {
            return Ok(vm.none());
        }
        file = vm.getattr_str(&thread, "_stderr")?;
        if vm.is_none(&file) {
            return Ok(vm.none());
        }
    }
    let name = if vm.is_none(&thread) {
        threads::ident().to_string()
    } else {
        let n = vm.getattr_str(&thread, "name")?;
        vm.str(&n)?
    };
    let write = vm.getattr_str(&file, "write")?;
    vm.call(
        &write,
        &[vm.new_str(&format!("Exception in thread {name}:\n"))?],
        None,
    )?;
    let text = if value
        .downcast_ref::<Instance>()
        .and_then(|i| i.exc())
        .is_some()
    {
        crate::runtime::errors::format_exception(vm, &value)
    } else {
        format!(
            "TypeError: print_exception(): Exception expected for value, {} found\n",
            vm.type_name(&value)
        )
    };
    vm.call(&write, &[vm.new_str(&text)?], None)?;
    let flush = vm.getattr_str(&file, "flush")?;
    vm.call(&flush, &[], None)?;
    Ok(vm.none())
}

/// The module.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "_thread")?;
    for (n, f) in [
        ("start_new_thread", start_new_thread as NativeFn),
        ("start_new", start_new_thread),
        ("allocate_lock", allocate_lock),
        ("allocate", allocate_lock),
        ("get_ident", get_ident),
        ("get_native_id", get_native_id),
        ("_count", count),
        ("stack_size", stack_size),
        ("interrupt_main", interrupt_main),
        ("exit", exit),
        ("exit_thread", exit),
        ("daemon_threads_allowed", yes),
        ("_is_main_interpreter", yes),
        ("_set_sentinel", set_sentinel),
        ("_on_thread_exit", on_thread_exit),
        ("_excepthook", excepthook),
        ("_core", new_core),
        ("_lock_acquire", lock_acquire),
        ("_lock_release", lock_release),
        ("_lock_exit", lock_exit),
        ("_lock_locked", lock_locked),
        ("_lock_reinit", lock_reinit),
        ("_lock_repr", lock_repr),
        ("_rlock_acquire", rlock_acquire),
        ("_rlock_release", rlock_release),
        ("_rlock_is_owned", rlock_is_owned),
        ("_rlock_recursion_count", rlock_recursion_count),
        ("_rlock_release_save", rlock_release_save),
        ("_rlock_acquire_restore", rlock_acquire_restore),
        ("_rlock_repr", rlock_repr),
    ] {
        add_fn(vm, &m, n, f)?;
    }
    vm.dict_set_str(&m.dict, "TIMEOUT_MAX", vm.new_float(TIMEOUT_MAX)?)?;
    vm.dict_set_str(&m.dict, "error", vm.exc_type("RuntimeError").into())?;
    frozen::exec_into(vm, &m, include_str!("py/thread_prelude.py"))?;
    Ok(m)
}
