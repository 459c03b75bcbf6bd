//! Coroutines and asynchronous generators at run time (PEP 492, PEP 525).
//!
//! A coroutine is a generator frame under another type: `await x` compiles to `x;
//! GetAwaitable; LoadConst None; YieldFrom`, so awaiting is `yield from` over the iterator
//! `GetAwaitable` finds (the coroutine itself, or what `__await__` returns), and whatever
//! the innermost iterator yields travels up to whoever drives the outermost coroutine (an
//! event loop calling `send`).
//!
//! An async generator's own `yield v` yields `v` wrapped ([`AsyncGenValue`]). The awaitable
//! of one `asend`/`athrow`/`aclose` ([`AsyncGenStep`]) steps the generator and looks at what
//! comes out: a wrapped value ends the step (`StopIteration(v)`, the value of the `await`),
//! anything else was yielded by an await inside the generator and goes on up to the event
//! loop; the generator returning ends it with `StopAsyncIteration`.

use heap::{Gc, ObjRef};

use super::call::GenStep;
use super::frame::Frame;
use super::objects::traceback::FrameObj;
use super::objects::*;
use super::{Args, PyResult, Vm};
use crate::bytecode::{Instr, AWAIT_AENTER, AWAIT_AEXIT};

impl Vm {
    /// Calling an `async def`: `frame`, its arguments bound, suspended in a new coroutine
    /// or async generator.
    pub(crate) fn new_coroutine(&self, gen: GenObj) -> PyResult {
        self.alloc_obj(CoroObj {
            gen,
            running_async: std::cell::Cell::new(false),
            closed: std::cell::Cell::new(false),
        })
    }

    /// A coroutine or async generator about to die (its finalizer): one never started
    /// warns that it was never awaited (a coroutine) and one suspended is closed, as a
    /// generator is.
    pub(crate) fn coro_finalize(&self, this: &Gc<CoroObj>) {
        let g = &this.gen;
        let has_frame = g.frame.try_borrow().is_ok_and(|f| f.is_some());
        if !has_frame {
            return;
        }
        if !g.started.get() {
            if g.kind == GenKind::Coroutine {
                let o = Gc::to_obj(this);
                if let Err(e) = self.warn_never_awaited(&o) {
                    self.write_unraisable(None, Some(&o), &e);
                }
            }
            return;
        }
        if let Err(e) = self.gen_close(g) {
            let o = Gc::to_obj(this);
            self.write_unraisable(None, Some(&o), &e);
        }
    }

    /// CPython's `RuntimeWarning: coroutine '...' was never awaited`, at the line running
    /// when the coroutine dies, with the coroutine as the warning's source.
    fn warn_never_awaited(&self, coro: &ObjRef) -> PyResult<()> {
        let Some(c) = coro.downcast_ref::<CoroObj>() else {
            return Ok(());
        };
        let warnings = super::modules::import(self, "warnings")?;
        let warn = self.getattr_str(&warnings, "warn")?;
        let msg = self.new_str(&format!("coroutine '{}' was never awaited", c.gen.qualname))?;
        let category = Gc::into_obj(self.exc_type("RuntimeWarning"));
        let one = self.new_int(1)?;
        let source = self.new_str("source")?;
        self.call(&warn, &[msg, category, one, coro.clone()], Some(&[source]))?;
        Ok(())
    }

    /// `coro.send(v)` (and one step of awaiting it): a finished coroutine cannot run again.
    pub(crate) fn coro_send(&self, c: &CoroObj, v: ObjRef) -> PyResult<GenStep> {
        self.coro_check_reuse(c)?;
        self.gen_resume(&c.gen, v)
    }

    /// `coro.throw(exc)`.
    pub(crate) fn coro_throw(&self, c: &CoroObj, exc: ObjRef) -> PyResult<GenStep> {
        self.coro_check_reuse(c)?;
        self.gen_throw(&c.gen, exc)
    }

    /// A coroutine that finished (returned or raised) was awaited already.
    fn coro_check_reuse(&self, c: &CoroObj) -> PyResult<()> {
        if c.gen.kind == GenKind::Coroutine
            && c.gen.started.get()
            && !c.gen.running.get()
            && c.gen.frame.borrow().is_none()
        {
            return self.err("RuntimeError", "cannot reuse already awaited coroutine");
        }
        Ok(())
    }

    /// What a suspended coroutine is awaiting (`cr_await`): the iterator on its stack while
    /// it stands at a `YieldFrom`.
    pub(crate) fn coro_awaiting(&self, g: &GenObj) -> Option<ObjRef> {
        let frame = g.frame.try_borrow().ok()?;
        let frame: &Frame = frame.as_ref()?;
        if !g.started.get() || g.running.get() {
            return None;
        }
        match frame.code().instructions.get(frame.lasti) {
            Some(Instr::YieldFrom) => frame.stack.last().cloned(),
            _ => None,
        }
    }

    /// `GetAwaitable`: the iterator that awaiting `o` steps.
    pub(crate) fn get_awaitable(&self, o: &ObjRef, why: u8) -> PyResult {
        if let Some(c) = o.downcast_ref::<CoroObj>() {
            if c.gen.kind == GenKind::Coroutine {
                if self.coro_awaiting(&c.gen).is_some() {
                    return self.err("RuntimeError", "coroutine is being awaited already");
                }
                return Ok(o.clone());
            }
        }
        if o.is::<AsyncGenStep>() {
            return Ok(o.clone());
        }
        let t = self.type_of(o);
        let Some(await_) = self.lookup_type_attr(&t, "__await__")? else {
            let tn = self.type_name(o);
            return self.type_err(match why {
                AWAIT_AENTER => format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {tn}"
                ),
                AWAIT_AEXIT => format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {tn}"
                ),
                _ => format!("object {tn} can't be used in 'await' expression"),
            });
        };
        let it = self.call(&await_, std::slice::from_ref(o), None)?;
        if it.is::<CoroObj>() {
            return self.type_err("__await__() returned a coroutine");
        }
        if !self.is_iterator(&it)? {
            return self.type_err(format!(
                "__await__() returned non-iterator of type '{}'",
                self.type_name(&it)
            ));
        }
        Ok(it)
    }

    /// Whether `o` is an iterator (has `__next__`): what `__await__` must return.
    fn is_iterator(&self, o: &ObjRef) -> PyResult<bool> {
        if o.is::<IterObj>() || o.is::<GenObj>() || o.is::<CoroWrapper>() || o.is::<AsyncGenStep>()
        {
            return Ok(true);
        }
        match o.downcast_ref::<Instance>() {
            Some(i) => Ok(self.lookup_type_attr(&i.class(), "__next__")?.is_some()),
            None => Ok(false),
        }
    }

    /// `GetAIter`: `o.__aiter__()`, which must have `__anext__`.
    pub(crate) fn get_aiter(&self, o: &ObjRef) -> PyResult {
        if is_async_gen(o) {
            return Ok(o.clone());
        }
        let t = self.type_of(o);
        let Some(aiter) = self.lookup_type_attr(&t, "__aiter__")? else {
            return self.type_err(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                self.type_name(o)
            ));
        };
        let it = self.call(&aiter, std::slice::from_ref(o), None)?;
        if !is_async_gen(&it)
            && self
                .lookup_type_attr(&self.type_of(&it), "__anext__")?
                .is_none()
        {
            return self.type_err(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                self.type_name(&it)
            ));
        }
        Ok(it)
    }

    /// `GetANext`: the awaitable of `aiter.__anext__()`.
    pub(crate) fn get_anext(&self, aiter: &ObjRef) -> PyResult {
        if is_async_gen(aiter) {
            let none = self.none();
            return self.async_gen_step(aiter, AsyncGenOp::Send, Some(none));
        }
        let t = self.type_of(aiter);
        let Some(anext) = self.lookup_type_attr(&t, "__anext__")? else {
            return self.type_err(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                self.type_name(aiter)
            ));
        };
        let awaitable = self.call(&anext, std::slice::from_ref(aiter), None)?;
        match self.get_awaitable(&awaitable, crate::bytecode::AWAIT_EXPR) {
            Ok(it) => Ok(it),
            Err(e) if self.exc_matches(&e, "TypeError") => {
                let msg = format!(
                    "'async for' received an invalid object from __anext__: {}",
                    self.type_name(&awaitable)
                );
                let new = self.exc_msg("TypeError", &msg);
                if let Some(d) = new.downcast_ref::<Instance>().and_then(|i| i.exc()) {
                    *d.cause.borrow_mut() = Some(e.clone());
                    *d.context.borrow_mut() = Some(e);
                }
                Err(new)
            }
            Err(e) => Err(e),
        }
    }

    /// `BeforeAsyncWith`: `[aexit, aenter()]` for `ctx` (the awaitable still to be awaited).
    pub(crate) fn before_async_with(&self, ctx: &ObjRef) -> PyResult<(ObjRef, ObjRef)> {
        let t = self.type_of(ctx);
        let aenter = self.lookup_type_attr(&t, "__aenter__")?;
        let aexit = self.lookup_type_attr(&t, "__aexit__")?;
        let (Some(aenter), Some(aexit)) = (aenter.as_ref(), aexit) else {
            return self.type_err(format!(
                "'{}' object does not support the asynchronous context manager protocol{}",
                self.type_name(ctx),
                if aenter.is_some() {
                    " (missed __aexit__ method)"
                } else {
                    ""
                }
            ));
        };
        let bound_exit = self.alloc_obj(BoundMethod {
            func: aexit,
            self_: ctx.clone(),
        })?;
        let r = self.call(aenter, std::slice::from_ref(ctx), None)?;
        Ok((bound_exit, r))
    }

    /// One step of awaiting `sub` (the `YieldFrom` of an `await`) when it is one of the
    /// native awaitables here; `None` for any other iterator.
    pub(crate) fn await_step(&self, sub: &ObjRef, v: &ObjRef) -> Option<PyResult<GenStep>> {
        if let Some(c) = sub.downcast_ref::<CoroObj>() {
            return Some(self.coro_send(c, v.clone()));
        }
        self.await_iter_step(sub, v)
    }

    /// A step of one of the iterators of awaiting (`coro.__await__()`, an async
    /// generator's `asend`/`athrow` awaitables), for `next()` and `send`; `None` for
    /// anything else (a coroutine itself is not an iterator).
    pub(crate) fn await_iter_step(&self, sub: &ObjRef, v: &ObjRef) -> Option<PyResult<GenStep>> {
        if let Some(s) = sub.downcast_ref::<AsyncGenStep>() {
            return Some(self.async_step_send(s, v.clone()));
        }
        if let Some(w) = sub.downcast_ref::<CoroWrapper>() {
            let c = w.coro.downcast_ref::<CoroObj>()?;
            return Some(self.coro_send(c, v.clone()));
        }
        None
    }

    /// `throw`/`close` passed on to `sub`, the iterator a suspended `yield from`/`await`
    /// waits on, when it is not a plain generator: the native awaitables here directly,
    /// any other object through its `close`/`throw` methods if it has them (CPython calls
    /// `throw(type, value, traceback)`). `Ok(None)`: `sub` does not take it.
    pub(crate) fn throw_into_other(&self, sub: &ObjRef, exc: &ObjRef) -> PyResult<Option<GenStep>> {
        let closing = self.exc_matches(exc, "GeneratorExit");
        let coro = match sub.downcast_ref::<CoroWrapper>() {
            Some(w) => w.coro.clone(),
            None => sub.clone(),
        };
        if let Some(c) = coro.downcast_ref::<CoroObj>() {
            if closing {
                self.gen_close(&c.gen)?;
                return Ok(None);
            }
            return self.coro_throw(c, exc.clone()).map(Some);
        }
        if let Some(s) = sub.downcast_ref::<AsyncGenStep>() {
            if closing {
                s.state.set(StepState::Closed);
                return Ok(None);
            }
            return self.async_step_throw(s, exc.clone()).map(Some);
        }
        if closing {
            if let Some(close) = self.getattr_opt(sub, &self.new_str("close")?)? {
                self.call(&close, &[], None)?;
            }
            return Ok(None);
        }
        let Some(throw) = self.getattr_opt(sub, &self.new_str("throw")?)? else {
            return Ok(None);
        };
        let t = Gc::into_obj(self.type_of(exc));
        let tb = match exc.downcast_ref::<Instance>().and_then(|i| i.exc()) {
            Some(d) => self.exc_traceback(&d)?,
            None => self.none(),
        };
        match self.call(&throw, &[t, exc.clone(), tb], None) {
            Ok(v) => Ok(Some(GenStep::Yielded(v))),
            Err(e) if self.exc_matches(&e, "StopIteration") => {
                Ok(Some(GenStep::Returned(self.stop_iteration_value(&e))))
            }
            Err(e) => Err(e),
        }
    }

    // ----- async generators ---------------------------------------------------------------

    /// A new `asend`/`athrow`/`aclose` awaitable of async generator `gen`.
    fn async_gen_step(&self, gen: &ObjRef, op: AsyncGenOp, arg: Option<ObjRef>) -> PyResult {
        self.alloc_obj(AsyncGenStep {
            gen: gen.clone(),
            op,
            arg: std::cell::RefCell::new(arg),
            state: std::cell::Cell::new(StepState::Init),
        })
    }

    /// What a step of an async generator produced, seen by the awaitable that made it: the
    /// generator's own `yield v` ends the await with `v` (as `StopIteration(v)`), a value
    /// one of its awaits yielded goes on to the event loop, and returning ends the
    /// iteration (`StopAsyncIteration`).
    fn async_gen_unwrap(&self, ag: &CoroObj, r: PyResult<GenStep>) -> PyResult<(GenStep, bool)> {
        match r {
            Ok(GenStep::Yielded(v)) => match v.downcast_ref::<AsyncGenValue>() {
                Some(w) => {
                    ag.running_async.set(false);
                    Ok((GenStep::Returned(w.value.clone()), true))
                }
                None => Ok((GenStep::Yielded(v), false)),
            },
            Ok(GenStep::Returned(_)) => {
                ag.running_async.set(false);
                ag.closed.set(true);
                self.err_stop_async()
            }
            Err(e) => {
                ag.running_async.set(false);
                if self.exc_matches(&e, "StopAsyncIteration")
                    || self.exc_matches(&e, "GeneratorExit")
                {
                    ag.closed.set(true);
                }
                Err(e)
            }
        }
    }

    /// `send(v)` of an `asend`/`athrow`/`aclose` awaitable (also its `__next__`, and each
    /// step of awaiting it).
    pub(crate) fn async_step_send(&self, s: &AsyncGenStep, v: ObjRef) -> PyResult<GenStep> {
        let ag = s
            .gen
            .downcast_ref::<CoroObj>()
            .ok_or_else(|| self.exc_msg("TypeError", "async generator step of a non-generator"))?;
        if s.state.get() == StepState::Closed {
            return self.err("RuntimeError", self.reuse_message(s.op));
        }
        if s.op == AsyncGenOp::Send {
            let mut v = v;
            if s.state.get() == StepState::Init {
                if ag.running_async.get() {
                    s.state.set(StepState::Closed);
                    return self.err(
                        "RuntimeError",
                        "anext(): asynchronous generator is already running",
                    );
                }
                if self.is_none(&v) {
                    if let Some(a) = s.arg.borrow().clone() {
                        v = a;
                    }
                }
                s.state.set(StepState::Iter);
            }
            ag.running_async.set(true);
            let r = self.gen_resume(&ag.gen, v);
            return self.async_step_result(s, ag, r);
        }
        // athrow / aclose.
        if ag.gen.frame.borrow().is_none() && ag.gen.started.get() {
            s.state.set(StepState::Closed);
            return Ok(GenStep::Returned(self.none()));
        }
        if s.state.get() == StepState::Init {
            if ag.running_async.get() {
                s.state.set(StepState::Closed);
                return self.err(
                    "RuntimeError",
                    if s.op == AsyncGenOp::Close {
                        "aclose(): asynchronous generator is already running"
                    } else {
                        "athrow(): asynchronous generator is already running"
                    },
                );
            }
            if ag.closed.get() {
                s.state.set(StepState::Closed);
                return self.err_stop_async();
            }
            if !self.is_none(&v) {
                return self.type_err("can't send non-None value to a just-started coroutine");
            }
            s.state.set(StepState::Iter);
            ag.running_async.set(true);
            let exc = match s.op {
                AsyncGenOp::Close => {
                    ag.closed.set(true);
                    self.new_exception(&self.exc_type("GeneratorExit"), vec![])
                }
                _ => s.arg.borrow().clone().unwrap_or_else(|| self.none()),
            };
            let r = self.gen_throw(&ag.gen, exc);
            return self.async_step_result(s, ag, r);
        }
        ag.running_async.set(true);
        let r = self.gen_resume(&ag.gen, v);
        self.async_step_result(s, ag, r)
    }

    /// `throw(exc)` of an `asend`/`athrow` awaitable: into the generator.
    pub(crate) fn async_step_throw(&self, s: &AsyncGenStep, exc: ObjRef) -> PyResult<GenStep> {
        let ag = s
            .gen
            .downcast_ref::<CoroObj>()
            .ok_or_else(|| self.exc_msg("TypeError", "async generator step of a non-generator"))?;
        if s.state.get() == StepState::Closed {
            return self.err("RuntimeError", self.reuse_message(s.op));
        }
        ag.running_async.set(true);
        let r = self.gen_throw(&ag.gen, exc);
        self.async_step_result(s, ag, r)
    }

    /// The outcome of a step for the awaitable `s`: `aclose()` expects the generator to
    /// finish (a yield is "ignored GeneratorExit", its end is the awaitable's `None`).
    fn async_step_result(
        &self,
        s: &AsyncGenStep,
        ag: &CoroObj,
        r: PyResult<GenStep>,
    ) -> PyResult<GenStep> {
        if s.op == AsyncGenOp::Close {
            return match r {
                Ok(GenStep::Yielded(v)) if !v.is::<AsyncGenValue>() => Ok(GenStep::Yielded(v)),
                Ok(GenStep::Yielded(_)) => {
                    ag.running_async.set(false);
                    s.state.set(StepState::Closed);
                    self.err("RuntimeError", "async generator ignored GeneratorExit")
                }
                Ok(GenStep::Returned(_)) => {
                    ag.running_async.set(false);
                    s.state.set(StepState::Closed);
                    Ok(GenStep::Returned(self.none()))
                }
                Err(e) => {
                    ag.running_async.set(false);
                    s.state.set(StepState::Closed);
                    if self.exc_matches(&e, "StopAsyncIteration")
                        || self.exc_matches(&e, "GeneratorExit")
                    {
                        return Ok(GenStep::Returned(self.none()));
                    }
                    Err(e)
                }
            };
        }
        match self.async_gen_unwrap(ag, r) {
            Ok((step, done)) => {
                if done {
                    s.state.set(StepState::Closed);
                }
                Ok(step)
            }
            Err(e) => {
                s.state.set(StepState::Closed);
                Err(e)
            }
        }
    }

    fn reuse_message(&self, op: AsyncGenOp) -> &'static str {
        match op {
            AsyncGenOp::Send => "cannot reuse already awaited __anext__()/asend()",
            _ => "cannot reuse already awaited aclose()/athrow()",
        }
    }

    fn err_stop_async<T>(&self) -> PyResult<T> {
        Err(self.new_exception(&self.exc_type("StopAsyncIteration"), vec![]))
    }

    /// `AsyncGenWrap`: the value an async generator yields, marked as its own.
    pub(crate) fn async_gen_wrap(&self, v: ObjRef) -> PyResult {
        self.alloc_obj(AsyncGenValue { value: v })
    }

    // ----- attributes ---------------------------------------------------------------------

    /// The attributes of a coroutine (`cr_*`) or async generator (`ag_*`).
    pub(crate) fn coro_attr(&self, c: &CoroObj, name: &str) -> PyResult<Option<ObjRef>> {
        let prefix = match c.gen.kind {
            GenKind::AsyncGenerator => "ag_",
            _ => "cr_",
        };
        match name.strip_prefix(prefix) {
            Some("await") => {
                return Ok(Some(
                    self.coro_awaiting(&c.gen).unwrap_or_else(|| self.none()),
                ))
            }
            Some("origin") if c.gen.kind == GenKind::Coroutine => return Ok(Some(self.none())),
            Some("running") if c.gen.kind == GenKind::AsyncGenerator => {
                return Ok(Some(self.bool_obj(c.running_async.get())))
            }
            _ => {}
        }
        self.gen_attr(&c.gen, name, prefix)
    }

    /// The attributes of a generator's frame state, for a generator (`prefix` "gi_"), a
    /// coroutine ("cr_") or an async generator ("ag_"): `__name__`, `__qualname__`, and
    /// `<prefix>running`, `suspended`, `frame`, `code`.
    pub(crate) fn gen_attr(
        &self,
        g: &GenObj,
        name: &str,
        prefix: &str,
    ) -> PyResult<Option<ObjRef>> {
        let field = match name {
            "__name__" | "__qualname__" => name,
            _ => match name.strip_prefix(prefix) {
                Some(f) => f,
                None => return Ok(None),
            },
        };
        let frame = g.frame.try_borrow().ok().and_then(|f| {
            f.as_ref()
                .map(|f| (f.code().clone(), f.lasti.saturating_sub(1)))
        });
        Ok(match field {
            "__name__" => Some(self.new_str(&g.name)?),
            "__qualname__" => Some(self.new_str(&g.qualname)?),
            "running" => Some(self.bool_obj(g.running.get())),
            "suspended" => {
                Some(self.bool_obj(g.started.get() && !g.running.get() && frame.is_some()))
            }
            // A finished generator has no frame; a live one's is a record of its code
            // and current line (frames are not heap objects here).
            "frame" => match frame {
                Some((code, lasti)) => Some(self.alloc_obj(FrameObj {
                    lineno: if g.started.get() {
                        code.line_of(lasti)
                    } else {
                        code.first_line
                    },
                    code,
                    back: None,
                    globals: None,
                })?),
                None => Some(self.none()),
            },
            "code" => Some(self.alloc_obj(CodeObj::new(g.code.clone()))?),
            "yieldfrom" if prefix == "gi_" => {
                Some(self.coro_awaiting(g).unwrap_or_else(|| self.none()))
            }
            _ => None,
        })
    }
}

/// Whether `o` is an async generator (its own `__aiter__` and `__anext__`).
fn is_async_gen(o: &ObjRef) -> bool {
    o.downcast_ref::<CoroObj>()
        .is_some_and(|c| c.gen.kind == GenKind::AsyncGenerator)
}

// ----- the methods of the types ---------------------------------------------------------------

/// The receiver of a method of one of these types.
fn receiver<T: heap::Object>(vm: &Vm, a: &Args<'_>, what: &str) -> PyResult<Gc<T>> {
    match a.pos.first().and_then(|o| o.downcast::<T>()) {
        Some(r) => Ok(r),
        None => vm.type_err(format!("descriptor requires a '{what}' object")),
    }
}

/// A coroutine method's receiver, which must be of the kind the method belongs to.
fn coro_receiver(vm: &Vm, a: &Args<'_>, kind: GenKind) -> PyResult<Gc<CoroObj>> {
    let what = match kind {
        GenKind::AsyncGenerator => "async_generator",
        _ => "coroutine",
    };
    let c = receiver::<CoroObj>(vm, a, what)?;
    if c.gen.kind != kind {
        return vm.type_err(format!("descriptor requires a '{what}' object"));
    }
    Ok(c)
}

/// The value of a step seen by a Python caller of `send`/`throw`/`__next__`: a yielded
/// value is returned, the end is `StopIteration(value)`.
fn step_result(vm: &Vm, step: GenStep) -> PyResult {
    match step {
        GenStep::Yielded(v) => Ok(v),
        GenStep::Returned(r) => {
            let args = if vm.is_none(&r) { vec![] } else { vec![r] };
            Err(vm.new_exception(&vm.exc_type("StopIteration"), args))
        }
    }
}

fn one_arg<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<&'a ObjRef> {
    match a.pos.get(1) {
        Some(v) if a.pos.len() == 2 => Ok(v),
        _ => vm.type_err(format!(
            "{name}() takes exactly one argument ({} given)",
            a.pos.len().saturating_sub(1)
        )),
    }
}

fn coro_send(vm: &Vm, a: &Args<'_>) -> PyResult {
    let c = coro_receiver(vm, a, GenKind::Coroutine)?;
    let v = one_arg(vm, a, "send")?.clone();
    let step = vm.coro_send(&c, v)?;
    step_result(vm, step)
}

fn coro_throw(vm: &Vm, a: &Args<'_>) -> PyResult {
    let c = coro_receiver(vm, a, GenKind::Coroutine)?;
    let e = super::methods::thrown_exception(vm, a)?;
    let step = vm.coro_throw(&c, e)?;
    step_result(vm, step)
}

fn coro_close(vm: &Vm, a: &Args<'_>) -> PyResult {
    let c = coro_receiver(vm, a, GenKind::Coroutine)?;
    vm.gen_close(&c.gen)?;
    Ok(vm.none())
}

fn coro_await(vm: &Vm, a: &Args<'_>) -> PyResult {
    let c = coro_receiver(vm, a, GenKind::Coroutine)?;
    vm.alloc_obj(CoroWrapper {
        coro: Gc::into_obj(c),
    })
}

/// The coroutine a `coroutine_wrapper` method steps.
fn wrapped_coro(vm: &Vm, a: &Args<'_>) -> PyResult<Gc<CoroObj>> {
    receiver::<CoroWrapper>(vm, a, "coroutine_wrapper")?
        .coro
        .downcast::<CoroObj>()
        .ok_or_else(|| vm.exc_msg("TypeError", "not a coroutine"))
}

fn wrapper_send(vm: &Vm, a: &Args<'_>) -> PyResult {
    let c = wrapped_coro(vm, a)?;
    let v = one_arg(vm, a, "send")?.clone();
    let step = vm.coro_send(&c, v)?;
    step_result(vm, step)
}

fn wrapper_next(vm: &Vm, a: &Args<'_>) -> PyResult {
    let c = wrapped_coro(vm, a)?;
    let step = vm.coro_send(&c, vm.none())?;
    step_result(vm, step)
}

fn wrapper_throw(vm: &Vm, a: &Args<'_>) -> PyResult {
    let c = wrapped_coro(vm, a)?;
    let e = super::methods::thrown_exception(vm, a)?;
    let step = vm.coro_throw(&c, e)?;
    step_result(vm, step)
}

fn wrapper_close(vm: &Vm, a: &Args<'_>) -> PyResult {
    let c = wrapped_coro(vm, a)?;
    vm.gen_close(&c.gen)?;
    Ok(vm.none())
}

fn return_self(vm: &Vm, a: &Args<'_>) -> PyResult {
    match a.pos.first() {
        Some(o) if a.pos.len() == 1 => Ok(o.clone()),
        _ => vm.type_err("expected no arguments"),
    }
}

fn agen_anext(vm: &Vm, a: &Args<'_>) -> PyResult {
    let g = coro_receiver(vm, a, GenKind::AsyncGenerator)?;
    vm.async_gen_step(&Gc::into_obj(g), AsyncGenOp::Send, Some(vm.none()))
}

fn agen_asend(vm: &Vm, a: &Args<'_>) -> PyResult {
    let g = coro_receiver(vm, a, GenKind::AsyncGenerator)?;
    let v = one_arg(vm, a, "asend")?.clone();
    vm.async_gen_step(&Gc::into_obj(g), AsyncGenOp::Send, Some(v))
}

fn agen_athrow(vm: &Vm, a: &Args<'_>) -> PyResult {
    let g = coro_receiver(vm, a, GenKind::AsyncGenerator)?;
    let e = super::methods::thrown_exception(vm, a)?;
    vm.async_gen_step(&Gc::into_obj(g), AsyncGenOp::Throw, Some(e))
}

fn agen_aclose(vm: &Vm, a: &Args<'_>) -> PyResult {
    let g = coro_receiver(vm, a, GenKind::AsyncGenerator)?;
    vm.async_gen_step(&Gc::into_obj(g), AsyncGenOp::Close, None)
}

fn step_send(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = receiver::<AsyncGenStep>(vm, a, "async_generator_asend")?;
    let v = one_arg(vm, a, "send")?.clone();
    let step = vm.async_step_send(&s, v)?;
    step_result(vm, step)
}

fn step_next(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = receiver::<AsyncGenStep>(vm, a, "async_generator_asend")?;
    let step = vm.async_step_send(&s, vm.none())?;
    step_result(vm, step)
}

fn step_throw(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = receiver::<AsyncGenStep>(vm, a, "async_generator_asend")?;
    let e = super::methods::thrown_exception(vm, a)?;
    let step = vm.async_step_throw(&s, e)?;
    step_result(vm, step)
}

fn step_close(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = receiver::<AsyncGenStep>(vm, a, "async_generator_asend")?;
    s.state.set(StepState::Closed);
    Ok(vm.none())
}

/// Install the methods of `coroutine`, `async_generator`, `coroutine_wrapper` and the
/// async generator's awaitables.
pub fn install(vm: &Vm) {
    use super::methods::add;
    let t = &vm.types;
    add(vm, &t.coroutine, "send", coro_send);
    add(vm, &t.coroutine, "throw", coro_throw);
    add(vm, &t.coroutine, "close", coro_close);
    add(vm, &t.coroutine, "__await__", coro_await);
    add(vm, &t.coroutine_wrapper, "send", wrapper_send);
    add(vm, &t.coroutine_wrapper, "throw", wrapper_throw);
    add(vm, &t.coroutine_wrapper, "close", wrapper_close);
    add(vm, &t.coroutine_wrapper, "__next__", wrapper_next);
    add(vm, &t.coroutine_wrapper, "__iter__", return_self);
    add(vm, &t.async_generator, "__aiter__", return_self);
    add(vm, &t.async_generator, "__anext__", agen_anext);
    add(vm, &t.async_generator, "asend", agen_asend);
    add(vm, &t.async_generator, "athrow", agen_athrow);
    add(vm, &t.async_generator, "aclose", agen_aclose);
    for st in [&t.async_generator_asend, &t.async_generator_athrow] {
        add(vm, st, "send", step_send);
        add(vm, st, "throw", step_throw);
        add(vm, st, "close", step_close);
        add(vm, st, "__next__", step_next);
        add(vm, st, "__iter__", return_self);
        add(vm, st, "__await__", return_self);
    }
}
