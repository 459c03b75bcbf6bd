//! Calls: dispatch on the callee, argument binding for Python functions (CPython's error
//! messages), class instantiation and `__build_class__`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use heap::{Gc, ObjRef};

use super::class_refs::DeclaredSlots;
use super::eval::{run_frame, Exit};
use super::frame::Frame;
use super::metaclass::ClassStatement;
use super::objects::class::{
    shared_keys_room, Kind, BUILTIN, BUILTIN_BASE, CUSTOM_META, HAS_DATA_DESCR, HAS_DEL, HAS_EQ,
    HAS_GETATTR, HAS_GETATTRIBUTE, HAS_SETATTR, INHERITED_FLAGS, SHARED_KEYS_MAX_SIZE,
    SLOT_SHADOWED,
};
use super::objects::*;
use super::{Args, PyResult, Vm};
use crate::bytecode::{code_flags, Instr};

/// What throwing into a `yield from` sub-generator did.
enum Delegated {
    /// The generator is not suspended in `yield from` a generator.
    NotDelegating,
    /// The sub-generator caught the exception and yielded.
    Yielded(ObjRef),
    /// The sub-generator returned: its value replaces it and the delegator continues.
    Returned,
    /// The exception (or another one) comes out of the sub-generator.
    Raise(ObjRef),
}

/// What a generator step produced.
pub enum GenStep {
    /// `yield v`.
    Yielded(ObjRef),
    /// `return v` (StopIteration(v)).
    Returned(ObjRef),
}

fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

impl Vm {
    /// Call `f` with `args`; when `kwnames` is given, the last `kwnames.len()` args are the
    /// keyword values.
    pub fn call(&self, f: &ObjRef, args: &[ObjRef], kwnames: Option<&[ObjRef]>) -> PyResult {
        if let Some(func) = f.downcast_ref::<FuncObj>() {
            return self.call_function(func, args, kwnames);
        }
        if let Some(b) = f.downcast_ref::<BuiltinFunc>() {
            let kwn = kwnames.unwrap_or(&[]);
            let (pos, kwv) = args.split_at(args.len() - kwn.len());
            return match &b.self_ {
                None => {
                    if b.kind != BuiltinKind::Function {
                        self.check_receiver(b, pos)?;
                    }
                    (b.f)(
                        self,
                        &Args {
                            pos,
                            kwnames: kwn,
                            kwvals: kwv,
                        },
                    )
                    .map_err(|e| self.reword_descriptor_error(e, b.name, pos))
                }
                Some(s) => {
                    let mut v = Vec::with_capacity(pos.len() + 1);
                    v.push(s.clone());
                    v.extend_from_slice(pos);
                    (b.f)(
                        self,
                        &Args {
                            pos: &v,
                            kwnames: kwn,
                            kwvals: kwv,
                        },
                    )
                }
            };
        }
        if let Some(m) = f.downcast_ref::<BoundMethod>() {
            let mut v = Vec::with_capacity(args.len() + 1);
            v.push(m.self_.clone());
            v.extend_from_slice(args);
            return self.call(&m.func, &v, kwnames);
        }
        if let Some(t) = f.downcast_ref::<TypeObj>() {
            return self.call_type(t, args, kwnames);
        }
        if let Some(inst) = f.downcast_ref::<Instance>() {
            if let Some(c) = self.lookup_type_attr(&inst.class(), "__call__")? {
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(f.clone());
                v.extend_from_slice(args);
                return self.call(&c, &v, kwnames);
            }
        }
        if let Some(s) = f.downcast_ref::<StaticMethod>() {
            return self.call(&s.0, args, kwnames);
        }
        self.type_err(format!("'{}' object is not callable", self.type_name(f)))
    }

    /// Enter a Python call: check the recursion limit and the Rust stack.
    #[inline(always)]
    pub fn enter(&self) -> PyResult<()> {
        let d = self.depth.get() + 1;
        if d > self.recursion_limit.get() || self.stack_low() {
            return self.err("RecursionError", "maximum recursion depth exceeded");
        }
        self.depth.set(d);
        Ok(())
    }

    /// Is the native stack nearly exhausted? Compares the address of a local with a limit
    /// computed once from `stacker` (the stack grows down on every supported target).
    #[inline]
    pub fn stack_low(&self) -> bool {
        let marker = 0u8;
        let sp = std::ptr::addr_of!(marker) as usize;
        let mut limit = self.stack_limit.get();
        if limit == 0 {
            let remaining = stacker::remaining_stack().unwrap_or(8 << 20);
            limit = sp.saturating_sub(remaining) + 256 * 1024;
            self.stack_limit.set(limit);
        }
        sp < limit
    }

    /// Guard Rust-level recursion (repr, hash, comparison of nested containers): raise
    /// `RecursionError` before the native stack runs out.
    #[inline]
    pub fn stack_guard(&self) -> PyResult<()> {
        self.stack_guard_in("")
    }

    /// `stack_guard` with the context CPython's `Py_EnterRecursiveCall` names in the message
    /// (`" while getting the repr of an object"`, `" in comparison"`).
    #[inline]
    pub fn stack_guard_in(&self, context: &str) -> PyResult<()> {
        if self.depth.get() > self.recursion_limit.get()
            || stacker::remaining_stack().is_some_and(|r| r < 256 * 1024)
        {
            return self.err(
                "RecursionError",
                format!("maximum recursion depth exceeded{context}"),
            );
        }
        Ok(())
    }

    /// Leave a Python call.
    #[inline]
    pub fn leave(&self) {
        self.depth.set(self.depth.get() - 1);
    }

    /// Call a Python function.
    pub fn call_function(
        &self,
        func: &Gc<FuncObj>,
        args: &[ObjRef],
        kwnames: Option<&[ObjRef]>,
    ) -> PyResult {
        let code = &func.code;
        let simple = kwnames.is_none_or(|k| k.is_empty())
            && code.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) == 0
            && code.kwonlyargcount == 0
            && args.len() == code.argcount as usize;
        if simple {
            // A key function, a property getter, a dunder: the eval loop's reserved frames
            // (no frame assembled from pooled arrays, nothing moved).
            let mut frame = self.reserved_frame(func);
            for (s, a) in frame.slots.iter_mut().zip(args) {
                *s = Some(a.clone());
            }
            if code.is_generator() {
                return self.new_generator(func, frame);
            }
            let r = self.run_reserved_frame(&mut frame);
            self.release_frame(frame);
            return r;
        }
        let mut frame = self.new_frame(func);
        if simple {
            for (s, a) in frame.slots.iter_mut().zip(args) {
                *s = Some(a.clone());
            }
        } else if let Err(e) = self.bind_args(func, args, kwnames, &mut frame.slots) {
            self.recycle(&mut frame);
            return Err(e);
        }
        let r = self.run_new_frame(func, &mut frame);
        Vm::drop_frame(frame);
        r
    }

    /// Bind a call's arguments to a fresh frame for `func` (the general path: defaults,
    /// keywords, `*args`, `**kwargs`). The eval loop binds first and then drops its own
    /// references to the arguments before the frame runs, so that inside the callee each
    /// argument is counted by the frame alone, as CPython's calls steal them.
    pub(crate) fn bind_frame(
        &self,
        func: &FuncObj,
        args: &[ObjRef],
        kwnames: Option<&[ObjRef]>,
    ) -> PyResult<Frame> {
        let mut frame = self.new_frame(func);
        if let Err(e) = self.bind_args(func, args, kwnames, &mut frame.slots) {
            self.recycle(&mut frame);
            return Err(e);
        }
        Ok(frame)
    }

    /// Can a positional call with `n` arguments fill the slots directly?
    #[inline]
    pub fn simple_call(func: &FuncObj, n: usize) -> bool {
        let code = &func.code;
        code.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) == 0
            && code.kwonlyargcount == 0
            && n == code.argcount as usize
    }

    /// Can a positional call with `n` arguments fill the slots directly, with the
    /// defaults of the parameters it leaves out (`f(x)` of `def f(a, b=None)`)? The eval
    /// loop's calls then bind them in place (`eval::fill_defaults`), as CPython 3.12's
    /// `CALL_PY_WITH_DEFAULTS` does, rather than through the general binder.
    #[inline]
    pub fn positional_call(func: &FuncObj, n: usize) -> bool {
        let code = &func.code;
        let argc = code.argcount as usize;
        if code.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) != 0
            || code.kwonlyargcount != 0
            || n > argc
        {
            return false;
        }
        n == argc || func.defaults_len() >= argc - n
    }

    /// A frame for a call of `func`: all of its slots unbound, an empty value stack with
    /// room for the code's deepest stack, both arrays taken from [`Vm::frame_pool`] when
    /// one is there. The caller binds the arguments into `slots`, then runs it with
    /// [`Vm::run_new_frame`]. The frame is built in one place, from the pooled arrays: each
    /// hand-over of the arrays by value between helpers cost a copy (callgrind showed six
    /// per call when the pool, the argument mover and the runner each took and returned
    /// them).
    #[inline(always)]
    pub fn new_frame(&self, func: &FuncObj) -> Frame {
        let code = &func.code;
        let (mut slots, mut stack) = self.frame_pool.borrow_mut().take();
        let n = code.n_slots as usize;
        if slots.len() != n {
            // Pooled slot arrays keep their length (all unbound), so a frame the size of
            // the last one finished needs no resize.
            slots.resize(n, None);
        }
        stack.reserve(code.max_stack as usize);
        // Sized before the frame is assembled: once the frame's own arrays had been passed
        // to an out-of-line `reserve`, the whole frame was copied on return.
        Frame {
            data: func.data.clone(),
            slots,
            stack,
            blocks: Vec::new(),
            globals: func.globals.clone(),
            locals: None,
            closure: func.closure.clone(),
            lasti: 0,
        }
    }

    /// Run a frame made by [`Vm::new_frame`] for `func`, its arguments bound; its arrays go
    /// back to the pool afterwards.
    #[inline(always)]
    pub fn run_new_frame(&self, func: &Gc<FuncObj>, frame: &mut Frame) -> PyResult {
        if func.code.is_generator() {
            return self.new_generator_from(func, frame);
        }
        let r = self.run_entered(frame);
        self.recycle(frame);
        let blocks = std::mem::take(&mut frame.blocks);
        if blocks.capacity() == 0 {
            // Nothing to free (the common case): skip the out-of-line drop.
            std::mem::forget(blocks);
        }
        match r? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    /// Run a frame from [`Vm::reserved_frame`] (not a generator's), its arguments bound.
    #[inline(always)]
    pub(crate) fn run_reserved_frame(&self, frame: &mut Frame) -> PyResult {
        match self.run_entered(frame)? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    /// Run a call's frame one recursion level down (`enter`/`leave`), after the safepoint
    /// where automatic collections happen. Spelled as matches rather than `and_then`
    /// closures: on this path the closures cost about 18 instructions per call (callgrind,
    /// fib).
    #[inline(always)]
    fn run_entered(&self, frame: &mut Frame) -> PyResult<Exit> {
        match self.enter() {
            Ok(()) => {
                let r = match self.safepoint() {
                    Ok(()) => run_frame(self, frame),
                    Err(e) => Err(e),
                };
                self.leave();
                r
            }
            Err(e) => Err(e),
        }
    }

    /// Drop a frame that [`Vm::run_new_frame`] has run: its arrays are already back in the
    /// pool (or in a generator), so only the code, globals and closure references are
    /// left. Spelled out because the generic drop of a `Frame` is an out-of-line call that
    /// re-checks every field (about 30 instructions per call, callgrind, float).
    #[inline(always)]
    pub fn drop_frame(frame: Frame) {
        let Frame {
            data,
            slots,
            stack,
            blocks,
            globals,
            locals,
            closure,
            lasti: _,
        } = frame;
        debug_assert!(slots.capacity() == 0 && stack.capacity() == 0 && blocks.capacity() == 0);
        // Empty (taken) vectors own no allocation: forgetting them frees nothing.
        std::mem::forget((slots, stack, blocks));
        // One by one: a tuple's drop became an out-of-line call.
        drop(data);
        drop(globals);
        drop(locals);
        drop(closure);
    }

    /// Calling a generator function through the general binding: the frame's arrays move
    /// into a boxed frame suspended in a new generator object; the caller's copy is left
    /// empty.
    #[cold]
    #[inline(never)]
    fn new_generator_from(&self, func: &Gc<FuncObj>, frame: &mut Frame) -> PyResult {
        let frame = Frame {
            data: frame.data.clone(),
            slots: std::mem::take(&mut frame.slots),
            stack: std::mem::take(&mut frame.stack),
            blocks: std::mem::take(&mut frame.blocks),
            globals: frame.globals.clone(),
            locals: frame.locals.take(),
            closure: frame.closure.take(),
            lasti: frame.lasti,
        };
        self.new_generator(func, Box::new(frame))
    }

    /// Calling a generator function: `frame`, its arguments bound, is suspended in a new
    /// generator object. Frames from [`Vm::reserved_frame`] go back to the reserve when the
    /// generator finishes ([`Vm::gen_run`]).
    #[inline(never)]
    pub(crate) fn new_generator(&self, func: &FuncObj, frame: Box<Frame>) -> PyResult {
        let code = &func.code;
        // CPython's frame: its locals and its stack (as CPython's compiler sizes it).
        let stack = match code.cpython_stack {
            0 => code.max_stack + 1,
            n => n,
        };
        let frame_words = code.n_slots as usize + stack as usize;
        let name = self.gen_name(&func.name.borrow())?;
        let qualname = self.gen_name(&func.qualname.borrow())?;
        let kind = if code.flags & code_flags::COROUTINE != 0 {
            GenKind::Coroutine
        } else if code.flags & code_flags::ASYNC_GENERATOR != 0 {
            GenKind::AsyncGenerator
        } else {
            GenKind::Generator
        };
        let gen = GenObj {
            kind,
            code: code.clone(),
            frame: RefCell::new(Some(frame)),
            frame_words,
            name,
            qualname,
            running: Cell::new(false),
            started: Cell::new(false),
            exc_state: RefCell::new(None),
        };
        match kind {
            GenKind::Generator => self.alloc_obj(gen),
            _ => self.new_coroutine(gen),
        }
    }

    /// A generator's name from its function's: the str itself when it is one.
    #[inline(always)]
    fn gen_name(&self, o: &ObjRef) -> PyResult<GenName> {
        if let Some(s) = o.downcast::<StrObj>() {
            return Ok(GenName(s));
        }
        let s = self.new_str(&self.str(o)?)?;
        s.downcast::<StrObj>()
            .map(GenName)
            .ok_or_else(|| self.exc_msg("TypeError", "generator name is not a str"))
    }

    fn bind_args(
        &self,
        func: &FuncObj,
        args: &[ObjRef],
        kwnames: Option<&[ObjRef]>,
        slots: &mut [Option<ObjRef>],
    ) -> PyResult<()> {
        let code = &func.code;
        // The qualified name only goes into error messages.
        let qn = || self.str(&func.qualname.borrow()).unwrap_or_default();
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let posonly = code.posonlyargcount as usize;
        let has_varargs = code.flags & code_flags::VARARGS != 0;
        let has_varkw = code.flags & code_flags::VARKEYWORDS != 0;
        let kwn = kwnames.unwrap_or(&[]);
        let npos = args.len() - kwn.len();
        let n = npos.min(argcount);
        for i in 0..n {
            slots[i] = Some(args[i].clone());
        }
        // No Python code runs while binding, so the defaults tuple can stay borrowed.
        let defaults_ref = func.defaults.borrow();
        let defaults: &[ObjRef] = defaults_ref
            .as_ref()
            .and_then(|d| d.downcast_ref::<TupleObj>())
            .map_or(&[], |t| tuple_items(t));
        if has_varargs {
            slots[argcount + kwonly] = Some(self.new_tuple_from(&args[n..npos])?);
        }
        // CPython reports keyword errors first, then too many positional arguments.
        // CPython's too_many_positional, counting the keyword-only arguments given.
        let too_many = |slots: &[Option<ObjRef>]| -> PyResult<()> {
            let nd = defaults.len();
            let plural = |k: usize| if k == 1 { "" } else { "s" };
            let takes = if nd > 0 {
                format!(
                    "from {} to {} positional arguments",
                    argcount - nd,
                    argcount
                )
            } else {
                format!("{} positional argument{}", argcount, plural(argcount))
            };
            let kwonly_given = slots[argcount..argcount + kwonly]
                .iter()
                .filter(|s| s.is_some())
                .count();
            let kwonly_note = if kwonly_given > 0 {
                format!(
                    " positional argument{} (and {} keyword-only argument{})",
                    plural(npos),
                    kwonly_given,
                    plural(kwonly_given)
                )
            } else {
                String::new()
            };
            self.type_err(format!(
                "{}() takes {} but {}{} {} given",
                qn(),
                takes,
                npos,
                kwonly_note,
                if npos == 1 && kwonly_given == 0 {
                    "was"
                } else {
                    "were"
                }
            ))
        };
        let varkw = if has_varkw {
            Some(self.new_dict()?)
        } else {
            None
        };
        for (k, v) in kwn.iter().zip(&args[npos..]) {
            let ks: &str = k.downcast_ref::<StrObj>().map_or("", |s| &s.s);
            let found = (posonly..argcount + kwonly).find(|&j| *code.varnames[j] == *ks);
            match found {
                Some(j) => {
                    if slots[j].is_some() {
                        return self.type_err(format!(
                            "{}() got multiple values for argument '{ks}'",
                            qn()
                        ));
                    }
                    slots[j] = Some(v.clone());
                }
                None => match &varkw {
                    Some(d) => self.dict_set(d, k.clone(), v.clone())?,
                    None => {
                        // Positional-only parameters named by keyword, if any, are the
                        // reason given (CPython's positional_only_passed_as_keyword), in
                        // parameter order.
                        let misused: Vec<String> = code.varnames[..posonly]
                            .iter()
                            .filter(|p| {
                                kwn.iter()
                                    .filter_map(|k| self.str_of(k))
                                    .any(|k| ***p == *k.s)
                            })
                            .map(|p| p.to_string())
                            .collect();
                        if !misused.is_empty() {
                            return self.type_err(format!(
                                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                                qn(),
                                misused.join(", ")
                            ));
                        }
                        return self.type_err(format!(
                            "{}() got an unexpected keyword argument '{ks}'",
                            qn()
                        ));
                    }
                },
            }
        }
        if !has_varargs && npos > argcount {
            too_many(slots)?;
        }
        if let Some(d) = varkw {
            slots[argcount + kwonly + usize::from(has_varargs)] = Some(d.into());
        }
        let nd = defaults.len();
        let mut missing = Vec::new();
        for i in 0..argcount {
            if slots[i].is_none() {
                if i + nd >= argcount {
                    slots[i] = Some(defaults[i + nd - argcount].clone());
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return self.type_err(format!(
                "{}() missing {} required positional argument{}: {}",
                qn(),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            ));
        }
        let kwd = func.kwdefaults.borrow().clone();
        for (i, slot) in slots
            .iter_mut()
            .enumerate()
            .take(argcount + kwonly)
            .skip(argcount)
        {
            if slot.is_none() {
                let d = kwd
                    .as_ref()
                    .and_then(|d| d.downcast_ref::<DictObj>())
                    .and_then(|d| self.dict_get_str(d, &code.varnames[i]));
                match d {
                    Some(v) => *slot = Some(v),
                    None => missing.push(code.varnames[i].clone()),
                }
            }
        }
        if !missing.is_empty() {
            return self.type_err(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                qn(),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            ));
        }
        Ok(())
    }

    /// Resume a generator with `value` (`gen.send(value)`, a step of `yield from`).
    pub fn gen_resume(&self, g: &GenObj, value: ObjRef) -> PyResult<GenStep> {
        self.gen_send_step(g, value)
    }

    /// `next(gen)`: `None` when it finished. The resumption of `for` loops and of the
    /// builtins that consume an iterator, spelled out in one function (no step value
    /// converted between helpers).
    #[inline(never)]
    pub fn gen_next(&self, g: &GenObj) -> PyResult<Option<ObjRef>> {
        match self.gen_send_step(g, self.none()) {
            Ok(GenStep::Yielded(v)) => Ok(Some(v)),
            Ok(GenStep::Returned(_)) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `gen.send(value)`: run the frame from its `yield` with `value` as the result.
    #[inline(always)]
    fn gen_send_step(&self, g: &GenObj, value: ObjRef) -> PyResult<GenStep> {
        if g.running.get() {
            return self.value_err(format!("{} already executing", g.kind.noun()));
        }
        let Some(mut frame) = g.frame.borrow_mut().take() else {
            return Ok(GenStep::Returned(self.none()));
        };
        if g.started.get() {
            frame.stack.push(value);
        } else if !self.is_none(&value) {
            *g.frame.borrow_mut() = Some(frame);
            return self.type_err(format!(
                "can't send non-None value to a just-started {}",
                g.kind.noun()
            ));
        }
        self.gen_run(g, frame, None)
    }

    /// `gen.throw(exc)`.
    pub fn gen_throw(&self, g: &GenObj, exc: ObjRef) -> PyResult<GenStep> {
        if g.running.get() {
            return self.value_err(format!("{} already executing", g.kind.noun()));
        }
        let Some(mut frame) = g.frame.borrow_mut().take() else {
            return Err(exc);
        };
        if !g.started.get() {
            drop(frame);
            return Err(exc);
        }
        // Suspended in `yield from`: the exception goes to the sub-generator first.
        g.running.set(true);
        let delegated = self.throw_into_delegate(&mut frame, exc.clone());
        g.running.set(false);
        let throw = match delegated {
            Delegated::NotDelegating => Some(exc),
            Delegated::Yielded(v) => {
                *g.frame.borrow_mut() = Some(frame);
                return Ok(GenStep::Yielded(v));
            }
            // The frame resumes after the `yield from`, with the sub-generator's result.
            Delegated::Returned => None,
            Delegated::Raise(e) => Some(e),
        };
        self.gen_run(g, frame, throw)
    }

    /// `gen.close()`: raise `GeneratorExit` at the suspension point so `finally` blocks run.
    pub fn gen_close(&self, g: &GenObj) -> PyResult<()> {
        if !g.started.get() || g.frame.borrow().is_none() {
            let f = g.frame.borrow_mut().take();
            drop(f);
            return Ok(());
        }
        let exc = self.new_exception(&self.exc_type("GeneratorExit"), vec![]);
        match self.gen_throw(g, exc) {
            // The generator stays suspended (CPython closes it again when it dies).
            Ok(GenStep::Yielded(_)) => self.err(
                "RuntimeError",
                format!("{} ignored GeneratorExit", g.kind.noun()),
            ),
            Ok(GenStep::Returned(_)) => Ok(()),
            Err(e)
                if self.exc_matches(&e, "GeneratorExit")
                    || self.exc_matches(&e, "StopIteration") =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// Run a generator's frame from where it stopped (first raising `throw` there) until
    /// it yields, returns or raises, one recursion level down. A generator whose resumption
    /// the recursion limit refuses is finished, as CPython clears the frame on that failed
    /// entry.
    #[inline(always)]
    fn gen_run(
        &self,
        g: &GenObj,
        mut frame: Box<Frame>,
        throw: Option<ObjRef>,
    ) -> PyResult<GenStep> {
        g.started.set(true);
        if let Err(e) = self.enter() {
            // Finished: the frame and the exception it handled go (CPython's clear_gen_frame).
            let own = g.exc_state.borrow_mut().take();
            drop((frame, own));
            return Err(e);
        }
        g.running.set(true);
        if !frame.blocks.is_empty() {
            self.gen_exc_state_enter(g, &mut frame);
        }
        let r = super::eval::run_frame_with(self, &mut frame, throw);
        self.leave();
        g.running.set(false);
        match r {
            Ok(Exit::Yield(v)) => {
                if !frame.blocks.is_empty() {
                    self.gen_exc_state_leave(g, &frame);
                }
                *g.frame.borrow_mut() = Some(frame);
                Ok(GenStep::Yielded(v))
            }
            Ok(Exit::Return(v)) => {
                self.finish_gen_frame(frame);
                Ok(GenStep::Returned(v))
            }
            Err(e) => {
                self.finish_gen_frame(frame);
                Err(self.gen_error(e, g.kind))
            }
        }
    }

    /// What leaves a generator for an exception it raised: a `StopIteration` becomes a
    /// `RuntimeError` (PEP 479), chained from it (`__cause__` and `__context__`).
    #[cold]
    #[inline(never)]
    fn gen_error(&self, e: ObjRef, kind: GenKind) -> ObjRef {
        let what = if self.exc_matches(&e, "StopIteration") {
            "StopIteration"
        } else if kind == GenKind::AsyncGenerator && self.exc_matches(&e, "StopAsyncIteration") {
            "StopAsyncIteration"
        } else {
            return e;
        };
        let re = self.exc_msg("RuntimeError", &format!("{} raised {what}", kind.noun()));
        if let Some(d) = re.downcast_ref::<Instance>().and_then(|i| i.exc()) {
            *d.cause.borrow_mut() = Some(e.clone());
            *d.context.borrow_mut() = Some(e);
            d.suppress_context.set(true);
        }
        re
    }

    /// A generator's frame has returned or raised: what it still holds is dropped (its
    /// locals, as CPython clears a finished generator's frame) and the frame itself goes to
    /// the reserve for the next call. Returning and raising both unwind the block stack; a
    /// frame left with blocks anyway is simply dropped, as the reserve keeps only frames
    /// without.
    #[inline(always)]
    fn finish_gen_frame(&self, frame: Box<Frame>) {
        if frame.blocks.is_empty() {
            self.release_frame(frame);
        } else {
            drop(frame);
        }
    }

    /// `gen.throw(exc)` / `gen.close()` on a generator suspended in `yield from sub`: pass
    /// `exc` to `sub` (closing it for `GeneratorExit`), as CPython's `gen_throw` does.
    fn throw_into_delegate(&self, frame: &mut Frame, exc: ObjRef) -> Delegated {
        let at_yield_from = matches!(
            frame.code().instructions.get(frame.lasti),
            Some(crate::bytecode::Instr::YieldFrom)
        );
        if !at_yield_from {
            return Delegated::NotDelegating;
        }
        let Some(sub) = frame.stack.last().cloned() else {
            return Delegated::NotDelegating;
        };
        let outcome = match sub.downcast::<GenObj>() {
            Some(g) if self.exc_matches(&exc, "GeneratorExit") => self.gen_close(&g).map(|()| None),
            Some(g) => self.gen_throw(&g, exc).map(Some),
            None => self.throw_into_other(&sub, &exc),
        };
        match outcome {
            Ok(None) => Delegated::NotDelegating,
            Ok(Some(GenStep::Yielded(v))) => Delegated::Yielded(v),
            Ok(Some(GenStep::Returned(r))) => {
                frame.stack.pop();
                frame.stack.push(r);
                frame.lasti += 1;
                Delegated::Returned
            }
            Err(e) => {
                frame.stack.pop();
                Delegated::Raise(e)
            }
        }
    }

    /// Call a type: instantiate a class or run a built-in constructor. A class whose
    /// metaclass is not `type` asks the metaclass first (its `__call__`, `metaclass.rs`).
    #[inline]
    pub fn call_type(
        &self,
        t: &Gc<TypeObj>,
        args: &[ObjRef],
        kwnames: Option<&[ObjRef]>,
    ) -> PyResult {
        if t.has(CUSTOM_META) {
            return self.call_class_with_meta(t, args, kwnames);
        }
        self.instantiate(t, args, kwnames)
    }

    /// `type.__call__(t, *args)`: instantiate a class (its `__new__` and `__init__`) or run
    /// a built-in constructor.
    pub(crate) fn instantiate(
        &self,
        t: &Gc<TypeObj>,
        args: &[ObjRef],
        kwnames: Option<&[ObjRef]>,
    ) -> PyResult {
        let builtin = t.has(BUILTIN);
        if Gc::ptr_eq(t, &self.types.object) {
            if !args.is_empty() {
                return self.type_err("object() takes no arguments");
            }
            return self.alloc_obj(PlainObj);
        }
        // `float(x)` of a float or a small int, the common conversions, without the
        // general constructor (same results: an exact float is returned as is, and an int
        // converts with round-half-even as PyLong_AsDouble does).
        if Gc::ptr_eq(t, &self.types.float) && args.len() == 1 && kwnames.is_none() {
            if args[0].is::<FloatObj>() {
                return Ok(args[0].clone());
            }
            if let Some(IntObj::Small(i)) = args[0].downcast_ref::<IntObj>().map(|i| &**i) {
                return self.new_float(*i as f64);
            }
        }
        if builtin
            && t.kind != Kind::Exception
            && !(t.kind == Kind::Object && Gc::ptr_eq(t, &self.types.object))
        {
            let kwn = kwnames.unwrap_or(&[]);
            let (pos, kwv) = args.split_at(args.len() - kwn.len());
            return super::builtins::construct(
                self,
                t,
                &Args {
                    pos,
                    kwnames: kwn,
                    kwvals: kwv,
                },
            );
        }
        if t.kind == Kind::Type {
            // A metaclass: its instances are classes.
            return self.call_metaclass(t, args, kwnames);
        }
        if t.has(CUSTOM_META) {
            self.check_abstract(t)?;
        }
        let nkw = kwnames.map_or(0, |k| k.len());
        let pos = &args[..args.len() - nkw];
        // `OSError(errno, strerror[, filename])` is really the errno's subclass (PEP 3151).
        let os_subclass;
        let t = if Gc::ptr_eq(t, &self.exc_type("OSError")) && (2..=5).contains(&pos.len()) {
            match self.as_i64(&pos[0]).and_then(|n| i32::try_from(n).ok()) {
                Some(errno) => {
                    os_subclass = self.exc_type(super::exc_attrs::os_error_type(errno));
                    &os_subclass
                }
                None => t,
            }
        } else {
            t
        };
        let (new_attr, init_attr) = self.ctor_lookup(t)?;
        if !builtin {
            if let Some(newf) = new_attr {
                let newf = match newf.downcast_ref::<StaticMethod>() {
                    Some(s) => s.0.clone(),
                    None => newf,
                };
                if newf.is::<FuncObj>() {
                    let mut v = Vec::with_capacity(args.len() + 1);
                    v.push(Gc::to_obj(t));
                    v.extend_from_slice(args);
                    let obj = self.call(&newf, &v, kwnames)?;
                    if self.isinstance(&obj, t) {
                        self.run_init(t, &obj, args, kwnames, true)?;
                    }
                    return Ok(obj);
                }
            }
        }
        if t.has(BUILTIN_BASE) {
            return self.call_builtin_subclass(t, init_attr, args, kwnames);
        }
        if t.kind == Kind::Exception {
            if let Some(g) = super::exception_group::construct(self, t, &init_attr, args, kwnames)?
            {
                return Ok(g);
            }
        }
        let obj = self.alloc_instance(t, pos)?;
        self.run_init_with(t, init_attr, &obj, args, kwnames, false)?;
        Ok(obj)
    }

    /// A new, uninitialised instance of the class `t` (`object.__new__(t)`); exception
    /// instances get `pos` as their args.
    pub fn alloc_instance(&self, t: &Gc<TypeObj>, pos: &[ObjRef]) -> PyResult {
        // An OSError's filename arguments become attributes, not args (CPython's OSError_init),
        // when a filename (not None) is given.
        let os_filenames = t.kind == Kind::Exception
            && (3..=5).contains(&pos.len())
            && !self.is_none(&pos[2])
            && self.is_subtype(t, &self.exc_type("OSError"));
        let exc = if t.kind == Kind::Exception {
            let d = ExcData::default();
            let kept = if os_filenames { &pos[..2] } else { pos };
            *d.args.borrow_mut() = Some(self.new_tuple_from(kept)?);
            Some(d)
        } else {
            None
        };
        let n = match &t.slots {
            Some(s) => s.len(),
            None => t.keys.borrow().len(),
        };
        let inst = self
            .heap
            .alloc_var_with_handle(
                self.heap_types.instance,
                Instance::new(t.clone()),
                n,
                |_| Cell::new(None),
            )
            .map_err(|_| self.memory_error())?;
        if let Some(d) = exc {
            Instance::init_exc(&inst, d);
        }
        let obj: ObjRef = inst.into();
        if os_filenames {
            self.setattr(&obj, &self.intern("filename")?, pos[2].clone())?;
            if let Some(f2) = pos.get(4) {
                self.setattr(&obj, &self.intern("filename2")?, f2.clone())?;
            }
        }
        Ok(obj)
    }

    /// For the eval loop's instantiation fast path: the `__init__` of a plain Python class
    /// (not builtin, not an exception, no Python `__new__`) that a positional call with `n`
    /// arguments can bind straight into slots.
    pub(crate) fn plain_init(&self, t: &Gc<TypeObj>, n: usize) -> PyResult<Option<Gc<FuncObj>>> {
        if t.has(BUILTIN | BUILTIN_BASE | CUSTOM_META) || t.kind != Kind::Object {
            return Ok(None);
        }
        let fresh =
            matches!(&*t.ctor_cache.borrow(), Some((v, _, _)) if *v == self.type_version.get());
        if !fresh {
            self.ctor_lookup(t)?;
        }
        // Read the cache in place (no clones of `__new__`/`__init__` per instantiation).
        let cache = t.ctor_cache.borrow();
        let Some((_, new_attr, init_attr)) = &*cache else {
            return Ok(None);
        };
        if let Some(newf) = new_attr {
            let is_py = newf.is::<FuncObj>()
                || newf
                    .downcast_ref::<StaticMethod>()
                    .is_some_and(|s| s.0.is::<FuncObj>());
            if is_py {
                return Ok(None);
            }
        }
        Ok(init_attr
            .as_ref()
            .and_then(|i| i.downcast_ref::<FuncObj>())
            .filter(|f| Vm::positional_call(f, n + 1))
            .cloned())
    }

    /// A new instance of the plain Python class `t`, its attribute values unset.
    pub(crate) fn new_instance(&self, t: &Gc<TypeObj>) -> PyResult<Gc<Instance>> {
        let n = match &t.slots {
            Some(s) => s.len(),
            None => t.keys.borrow().len(),
        };
        self.heap
            .alloc_var_with_handle(
                self.heap_types.instance,
                Instance::new(t.clone()),
                n,
                |_| Cell::new(None),
            )
            .map_err(|_| self.memory_error())
    }

    /// `__new__` and `__init__` of a class, cached until a class namespace changes.
    fn ctor_lookup(&self, t: &Gc<TypeObj>) -> PyResult<(Option<ObjRef>, Option<ObjRef>)> {
        let v = self.type_version.get();
        if let Some((cv, n, i)) = &*t.ctor_cache.borrow() {
            if *cv == v {
                return Ok((n.clone(), i.clone()));
            }
        }
        let n = self.lookup_type_attr(t, "__new__")?;
        let i = self.lookup_type_attr(t, "__init__")?;
        *t.ctor_cache.borrow_mut() = Some((v, n.clone(), i.clone()));
        Ok((n, i))
    }

    fn run_init(
        &self,
        t: &Gc<TypeObj>,
        obj: &ObjRef,
        args: &[ObjRef],
        kwnames: Option<&[ObjRef]>,
        had_new: bool,
    ) -> PyResult<()> {
        let init = self.lookup_type_attr(t, "__init__")?;
        self.run_init_with(t, init, obj, args, kwnames, had_new)
    }

    pub(crate) fn run_init_with(
        &self,
        t: &Gc<TypeObj>,
        init: Option<ObjRef>,
        obj: &ObjRef,
        args: &[ObjRef],
        kwnames: Option<&[ObjRef]>,
        had_new: bool,
    ) -> PyResult<()> {
        match init {
            Some(f) if f.is::<FuncObj>() => {
                let func = f.downcast_ref::<FuncObj>().expect("checked");
                let r = if kwnames.is_none() && Vm::simple_call(func, args.len() + 1) {
                    // `simple_call` guarantees the slots hold `self` and the arguments.
                    let mut frame = self.new_frame(func);
                    frame.slots[0] = Some(obj.clone());
                    for (s, a) in frame.slots[1..].iter_mut().zip(args) {
                        *s = Some(a.clone());
                    }
                    let r = self.run_new_frame(func, &mut frame);
                    Vm::drop_frame(frame);
                    r?
                } else {
                    let mut v = Vec::with_capacity(args.len() + 1);
                    v.push(obj.clone());
                    v.extend_from_slice(args);
                    self.call(&f, &v, kwnames)?
                };
                if !self.is_none(&r) {
                    return self.type_err(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&r)
                    ));
                }
            }
            // A native `__init__` of a native class (ctypes); `object`'s and
            // `BaseException`'s are handled below and by `call_type`.
            Some(f)
                if f.is::<BuiltinFunc>()
                    && !self.is_builtin_slot(&self.types.object, "__init__", &f)
                    && !self.is_builtin_slot(&self.types.base_exception, "__init__", &f) =>
            {
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(obj.clone());
                v.extend_from_slice(args);
                self.call(&f, &v, kwnames)?;
            }
            _ => {
                if t.kind == Kind::Object && !args.is_empty() && !had_new {
                    return self.type_err(format!("{}() takes no arguments", t.name));
                }
                // `BaseException.__init__` (the arguments are already the instance's
                // args): its keywords are checked, and stored by the exceptions that
                // take some (`NameError(name=...)`).
                if let Some(names) = kwnames.filter(|n| !n.is_empty() && t.kind == Kind::Exception)
                {
                    let values = &args[args.len().saturating_sub(names.len())..];
                    super::methods::exc_init_keywords(self, obj, names, values)?;
                }
            }
        }
        Ok(())
    }

    /// `__build_class__(body, name, *bases, **keywords)`. A class whose metaclass works out
    /// as plain `type` takes the direct path below (the same steps as `type.__new__`);
    /// any other metaclass goes through the whole protocol in `metaclass.rs`.
    pub fn build_class(&self, args: &Args<'_>) -> PyResult {
        if args.pos.len() < 2 {
            return self.type_err("__build_class__: not enough arguments");
        }
        let Some(body) = args.pos[0].downcast::<FuncObj>() else {
            return self.type_err("__build_class__: func must be a function");
        };
        if !args.pos[1].is::<StrObj>() {
            return self.type_err("__build_class__: name is not a string");
        }
        // Class keywords go to the metaclass and the parents' `__init_subclass__` (PEP 487).
        let mut explicit_meta = None;
        let mut kwnames = Vec::new();
        let mut kwvals = Vec::new();
        for (k, v) in args.kwnames.iter().zip(args.kwvals) {
            if self.str(k)? == "metaclass" {
                explicit_meta = Some(v.clone());
                continue;
            }
            kwnames.push(k.clone());
            kwvals.push(v.clone());
        }
        if let Some(resolved) = self.resolve_mro_entries(&args.pos[2..])? {
            // PEP 560 (`class C(list[int])`): the general protocol, which records the
            // original bases as `__orig_bases__`.
            let meta = match self.class_metaclass(explicit_meta, &resolved)? {
                Some(m) => m,
                None => Gc::to_obj(&self.types.type_),
            };
            let orig = Some(&args.pos[2..]);
            let spec = ClassStatement {
                body: &body,
                name: &args.pos[1],
                bases: &resolved,
                orig_bases: orig,
                kwnames: &kwnames,
                kwvals: &kwvals,
            };
            return self.build_class_with_meta(&spec, &meta);
        }
        if let Some(meta) = self.class_metaclass(explicit_meta, &args.pos[2..])? {
            let spec = ClassStatement {
                body: &body,
                name: &args.pos[1],
                bases: &args.pos[2..],
                orig_bases: None,
                kwnames: &kwnames,
                kwvals: &kwvals,
            };
            return self.build_class_with_meta(&spec, &meta);
        }
        let name = self.str(&args.pos[1])?;
        let mut bases = Vec::new();
        for b in &args.pos[2..] {
            match b.downcast_ref::<TypeObj>() {
                Some(t) => bases.push(t.clone()),
                None => return self.type_err("bases must be types"),
            }
        }
        let ns = self.new_dict()?;
        self.run_class_body(&body, &ns)?;
        self.wrap_implicit_classmethods(&ns)?;
        let cls = self.new_class(&name, bases, ns)?;
        self.set_names(&cls)?;
        self.init_subclass(&cls, &kwnames, kwvals)?;
        Ok(cls)
    }

    /// Run a class body with `ns` as its local namespace.
    pub(crate) fn run_class_body(&self, body: &FuncObj, ns: &Gc<DictObj>) -> PyResult<()> {
        let mut frame = Frame {
            data: body.data.clone(),
            slots: vec![None; body.code.n_slots as usize],
            stack: heap::ValueStack::with_capacity(body.code.max_stack as usize),
            blocks: Vec::new(),
            globals: body.globals.clone(),
            locals: Some(ns.clone()),
            closure: body.closure.clone(),
            lasti: 0,
        };
        self.enter()?;
        let r = run_frame(self, &mut frame);
        self.leave();
        r?;
        Ok(())
    }

    /// `__new__` is implicitly a staticmethod, `__init_subclass__` and `__class_getitem__`
    /// classmethods (as type_new makes them).
    pub(crate) fn wrap_implicit_classmethods(&self, ns: &Gc<DictObj>) -> PyResult<()> {
        if let Some(f) = self.dict_get_str(ns, "__new__") {
            if f.is::<FuncObj>() {
                self.dict_set_str(ns, "__new__", self.alloc_obj(StaticMethod::new(f))?)?;
            }
        }
        for name in ["__init_subclass__", "__class_getitem__"] {
            if let Some(f) = self.dict_get_str(ns, name) {
                if f.is::<FuncObj>() {
                    self.dict_set_str(ns, name, self.alloc_obj(ClassMethod::new(f))?)?;
                }
            }
        }
        Ok(())
    }

    /// PEP 487: call `__set_name__(owner, name)` on every attribute of a new class that has
    /// one, in definition order (an error propagates with a note naming the attribute, as
    /// in CPython 3.12).
    pub(crate) fn set_names(&self, cls: &ObjRef) -> PyResult<()> {
        let Some(t) = cls.downcast::<TypeObj>() else {
            return Ok(());
        };
        let entries: Vec<(ObjRef, ObjRef)> = t
            .dict
            .0
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in entries {
            if let Some(p) = v.downcast_ref::<Property>() {
                *p.name.borrow_mut() = Some(k);
            } else if let Some(inst) = v.downcast_ref::<Instance>() {
                if let Some(f) = self.lookup_type_attr(&inst.class(), "__set_name__")? {
                    if let Err(e) = self.call(&f, &[v.clone(), cls.clone(), k.clone()], None) {
                        return Err(self.set_name_error_note(e, &inst.class(), &k, &t));
                    }
                }
            }
        }
        Ok(())
    }

    #[cold]
    fn set_name_error_note(
        &self,
        e: ObjRef,
        attr_cls: &TypeObj,
        k: &ObjRef,
        t: &TypeObj,
    ) -> ObjRef {
        let note = format!(
            "Error calling __set_name__ on '{}' instance {} in '{}'",
            attr_cls.current_name(),
            self.repr(k).unwrap_or_default(),
            t.current_name()
        );
        let added = self.new_str(&note).and_then(|n| {
            let add_note = self.getattr_str(&e, "add_note")?;
            self.call(&add_note, &[n], None)
        });
        match added {
            Ok(_) => e,
            Err(other) => other,
        }
    }

    /// Call `super(cls, cls).__init_subclass__(**kwargs)` for a new class.
    pub(crate) fn init_subclass(
        &self,
        cls: &ObjRef,
        kwnames: &[ObjRef],
        kwvals: Vec<ObjRef>,
    ) -> PyResult<()> {
        let Some(t) = cls.downcast::<TypeObj>() else {
            return Ok(());
        };
        let name = self.intern("__init_subclass__")?;
        let sup = self.alloc_obj(SuperObj {
            cls: t.clone(),
            obj: cls.clone(),
        })?;
        let f = self.getattr(&sup, &name)?;
        if kwnames.is_empty() {
            self.call(&f, &[], None)?;
        } else {
            self.call(&f, &kwvals, Some(kwnames))?;
        }
        Ok(())
    }

    /// Create a class from its namespace.
    pub fn new_class(&self, name: &str, bases: Vec<Gc<TypeObj>>, ns: Gc<DictObj>) -> PyResult {
        self.new_class_of(name, bases, ns, None)
    }

    /// Create a class from its namespace, with metaclass `meta` (`None`: `type`).
    pub(crate) fn new_class_of(
        &self,
        name: &str,
        mut bases: Vec<Gc<TypeObj>>,
        ns: Gc<DictObj>,
        meta: Option<Gc<TypeObj>>,
    ) -> PyResult {
        if bases.is_empty() {
            bases.push(self.types.object.clone());
        }
        for (i, b) in bases.iter().enumerate() {
            if bases[..i].iter().any(|x| Gc::ptr_eq(x, b)) {
                return self.type_err(format!("duplicate base class {}", b.name));
            }
        }
        let builtin_base = self.check_builtin_bases(&bases)?;
        let mro = self.c3(&bases)?;
        let kind = if mro.iter().any(|t| t.kind == Kind::Exception) {
            Kind::Exception
        } else if mro.iter().any(|t| Gc::ptr_eq(t, &self.types.type_)) {
            // A metaclass: its instances are classes (`metaclass.rs`).
            Kind::Type
        } else {
            Kind::Object
        };
        let module = match self.dict_get_str(&ns, "__module__") {
            Some(m) => self.str(&m)?,
            None => {
                // type_new_set_module: `type(name, bases, dict)` records it in the namespace.
                self.dict_set_str(&ns, "__module__", self.new_str("__main__")?)?;
                "__main__".into()
            }
        };
        let qualname = match self.dict_get_str(&ns, "__qualname__") {
            Some(m) => self.str(&m)?,
            None => name.into(),
        };
        // As type_new: `__qualname__` moves out of the namespace into the type, and a class
        // without a docstring gets `__doc__ = None` (so it does not inherit its base's).
        self.dict_del(&ns.0, &self.intern("__qualname__")?)?;
        let needs_doc = self.dict_get_str(&ns, "__doc__").is_none();
        // A built-in subclass's instances compare and hash through their base values: they
        // take the slow dict path (HAS_EQ).
        let mut flags = if builtin_base.is_some() {
            BUILTIN_BASE | HAS_EQ
        } else {
            0
        };
        if meta.is_some() {
            flags |= CUSTOM_META;
        }
        for b in &mro {
            flags |= b.flags.get() & INHERITED_FLAGS;
        }
        let entries: Vec<(ObjRef, ObjRef)> =
            ns.0.borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect();
        let mut has_eq = false;
        let mut has_hash = false;
        for (k, v) in &entries {
            let ks = self.str(k)?;
            match ks.as_str() {
                "__del__" => flags |= HAS_DEL,
                "__getattr__" => flags |= HAS_GETATTR,
                "__getattribute__" => flags |= HAS_GETATTRIBUTE,
                "__setattr__" | "__delattr__" => flags |= HAS_SETATTR,
                "__eq__" => {
                    has_eq = true;
                    flags |= HAS_EQ;
                }
                "__ne__" => flags |= HAS_EQ,
                "__hash__" => {
                    has_hash = true;
                    flags |= HAS_EQ;
                }
                _ => {}
            }
            if v.is::<Property>() || self.is_data_descriptor(v)? {
                flags |= HAS_DATA_DESCR;
            }
            // A class attribute named like a base's slot hides that slot's member.
            if mro.iter().any(|b| super::attr::own_slot(b, &ks)) {
                flags |= SLOT_SHADOWED | HAS_DATA_DESCR;
            }
        }
        if has_eq && !has_hash {
            self.dict_set_str(&ns, "__hash__", self.none())?;
        }
        // __slots__
        let mut slots: Option<Vec<ObjRef>> = None;
        let mut own_slots: Vec<ObjRef> = Vec::new();
        let mut declared: Option<DeclaredSlots> = None;
        if let Some(s) = self.dict_get_str(&ns, "__slots__") {
            let d = declared.insert(DeclaredSlots {
                dict: false,
                weakref: false,
            });
            let names = if s.is::<StrObj>() {
                vec![s.clone()]
            } else {
                self.collect(&s)?
            };
            // CPython's type_new sorts the slot names: its members (and so what the gc's
            // traversal visits, `gc.get_referents`) come in that order.
            // Private names are mangled first (`__x` in class C is `_C__x`), as CPython does.
            let mut keyed = Vec::with_capacity(names.len());
            for n in names {
                let t = self.str(&n)?;
                let owner = name.trim_start_matches('_');
                let mangled = if t.starts_with("__") && !t.ends_with("__") && !owner.is_empty() {
                    format!("_{owner}{t}")
                } else {
                    t.clone()
                };
                // Checked in the given order, before the sort (CPython's type_new_copy_slots).
                let special = t == "__dict__" || t == "__weakref__";
                if !special && self.dict_get_str(&ns, &mangled).is_some() {
                    return self.err(
                        "ValueError",
                        format!("'{t}' in __slots__ conflicts with class variable"),
                    );
                }
                keyed.push(mangled);
            }
            keyed.sort();
            let mut v: Vec<ObjRef> = Vec::new();
            let base_has_dict = mro.iter().any(|b| !b.has(BUILTIN) && b.slots.is_none());
            for b in mro.iter().rev() {
                if let Some(bs) = &b.slots {
                    v.extend(bs.iter().cloned());
                }
            }
            for t in keyed {
                let k = self.intern(&t)?;
                d.dict |= t == "__dict__";
                d.weakref |= t == "__weakref__";
                if t != "__dict__" && t != "__weakref__" {
                    own_slots.push(k.clone());
                }
                v.push(k);
            }
            if let Some(b) = &builtin_base {
                self.check_builtin_base_slots(b, own_slots.len())?;
            }
            if !base_has_dict {
                slots = Some(v);
            }
        }
        let keys = match &slots {
            Some(s) => s.clone(),
            None => self.expected_keys(&ns, &mro)?,
        };
        let cell = self.dict_get_str(&ns, "__classcell__");
        if cell.is_some() {
            let k = self.intern("__classcell__")?;
            self.dict_del(&ns.0, &k)?;
        }
        let getsets = self.class_adds(&mro, declared);
        let bases = self.bases_tuple(&bases)?;
        // A new class may reuse a dead one's address: invalidate address-keyed caches.
        self.type_version.set(self.type_version.get() + 1);
        let t = self.alloc(TypeObj {
            name: name.into(),
            qualname,
            module,
            bases,
            mro,
            mro_tuple: RefCell::new(None),
            dict: ns,
            kind,
            slots,
            keys_usable: Rc::new(Cell::new(shared_keys_room(&keys))),
            instantiated: Cell::new(false),
            keys: Rc::new(RefCell::new(keys)),
            flags: Cell::new(flags),
            ctor_cache: RefCell::new(None),
            instance_side: Default::default(),
            py_slot_cache: Cell::new((0, 0)),
            subclasses: RefCell::new(Vec::new()),
            mro_array_refs: Cell::new(0),
            meta,
            labels: Default::default(),
        })?;
        // As type_new: a member descriptor per declared slot, after the body's names, then
        // `__doc__ = None` for a class without a docstring (so it does not inherit its base's).
        for name in own_slots {
            let m = self.alloc_obj(MemberDescr {
                name: name.clone(),
                owner: Gc::to_obj(&t),
            })?;
            self.dict_set(&t.dict, name, m)?;
        }
        self.add_class_getsets(&t, getsets)?;
        if needs_doc {
            self.dict_set_str(&t.dict, "__doc__", self.none())?;
        }
        t.note_mro_array_refs();
        self.set_mro_tuple(&t)?;
        self.register_subclass(&t)?;
        if let Some(c) = cell.and_then(|c| c.downcast::<CellObj>()) {
            *c.0.borrow_mut() = Some(Gc::to_obj(&t));
        }
        Ok(t.into())
    }

    /// The attribute names a class's instances are expected to get, in the order they get
    /// them: the class's shared keys start with these so that even its first instance gets
    /// its values inline (CPython 3.13 sizes instances from the same scan). The names its
    /// own `__init__` stores on `self` (`self.NAME = ...`), in code order, with the bases'
    /// keys where that `__init__` loads a parent's `__init__` (`super().__init__(...)`,
    /// `Base.__init__(self, ...)`), or after its own names when it never does; a class
    /// without an `__init__` of its own takes its bases' keys. The order matters: an
    /// instance that sets an attribute before one listed ahead of it keeps its attributes
    /// in a real dict (see `instance::set_after`), off the attribute caches' fast paths.
    /// Absent values are skipped wherever the keys are listed, so this changes layout, not
    /// behaviour.
    fn expected_keys(&self, ns: &Gc<DictObj>, mro: &[Gc<TypeObj>]) -> PyResult<Vec<ObjRef>> {
        // The bases' keys already follow their own `__init__` chains (and what their
        // instances learned since).
        let mut inherited: Vec<ObjRef> = Vec::new();
        for base in mro.iter().filter(|b| !b.has(BUILTIN)) {
            for k in base.keys.borrow().iter() {
                push_key(&mut inherited, k);
            }
        }
        let init = self.dict_get_str(ns, "__init__");
        let code = init
            .as_ref()
            .and_then(|i| i.downcast_ref::<FuncObj>())
            .map(|f| f.code.clone())
            .filter(|c| c.argcount > 0);
        let mut keys: Vec<ObjRef> = Vec::new();
        let mut spliced = false;
        if let Some(code) = &code {
            for pair in code.instructions.windows(2) {
                match pair {
                    [Instr::LoadFast(0), Instr::StoreAttr(i)] => {
                        if let Some(name) = code.names.get(*i as usize) {
                            push_key(&mut keys, &self.intern(name)?);
                        }
                    }
                    [_, Instr::LoadMethod(i) | Instr::LoadAttr(i)]
                        if !spliced
                            && code.names.get(*i as usize).is_some_and(|n| n == "__init__") =>
                    {
                        spliced = true;
                        for k in &inherited {
                            push_key(&mut keys, k);
                        }
                    }
                    _ => {}
                }
            }
        }
        if !spliced {
            for k in &inherited {
                push_key(&mut keys, k);
            }
        }
        // CPython's first instance takes one place of the 30 before any key is added.
        keys.truncate(SHARED_KEYS_MAX_SIZE as usize - 1);
        Ok(keys)
    }

    fn c3(&self, bases: &[Gc<TypeObj>]) -> PyResult<Vec<Gc<TypeObj>>> {
        let mut seqs: Vec<Vec<Gc<TypeObj>>> = bases
            .iter()
            .map(|b| {
                let mut v = vec![b.clone()];
                v.extend(b.mro.iter().cloned());
                v
            })
            .collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let mut pick = None;
            for s in &seqs {
                let h = &s[0];
                if !seqs.iter().any(|t| t[1..].iter().any(|x| Gc::ptr_eq(x, h))) {
                    pick = Some(h.clone());
                    break;
                }
            }
            let Some(p) = pick else {
                // CPython names the heads of the sequences left to merge.
                let mut heads: Vec<&str> = Vec::new();
                for s in &seqs {
                    if !heads.contains(&s[0].name.as_str()) {
                        heads.push(&s[0].name);
                    }
                }
                return self.type_err(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    heads.join(", ")
                ));
            };
            for s in &mut seqs {
                if Gc::ptr_eq(&s[0], &p) {
                    s.remove(0);
                }
            }
            out.push(p);
        }
    }
}

/// Add `k` to `keys` unless a key of the same text is there (interned names compare by
/// address; a name computed at run time by its text).
fn push_key(keys: &mut Vec<ObjRef>, k: &ObjRef) {
    fn text(o: &ObjRef) -> Option<&str> {
        o.downcast_ref::<StrObj>().map(|s| s.s.as_str())
    }
    let dup = keys
        .iter()
        .any(|x| x.ptr_eq(k) || text(x).is_some_and(|t| Some(t) == text(k)));
    if !dup {
        keys.push(k.clone());
    }
}
