//! Coroutines and asynchronous generators (PEP 492, PEP 525): a suspended frame like a
//! generator's, under types of their own so that nothing iterates them by mistake (a
//! coroutine is awaited, not iterated). The awaitables an async generator hands out
//! (`asend`, `athrow`, `aclose`) and the iterator behind `coroutine.__await__()` live here
//! too. What they do is `runtime/coroutines.rs`.

use std::cell::{Cell, RefCell};

use heap::{Gc, ObjRef};

use super::GenObj;

/// A coroutine (from an `async def` that does not yield) or an asynchronous generator
/// (one that does): which one is `gen.kind`.
pub struct CoroObj {
    /// The frame and its state, run by the generator machinery.
    pub gen: GenObj,
    /// Async generators: an `asend`/`athrow` of it is in progress (CPython's
    /// `ag_running_async`).
    pub running_async: Cell<bool>,
    /// Async generators: `aclose()` ran or it finished (CPython's `ag_closed`).
    pub closed: Cell<bool>,
}

impl heap::Object for CoroObj {
    const NAME: &'static str = "coroutine";
    const HAS_FINALIZER: bool = true;
    fn wants_finalize(&self) -> bool {
        self.gen.wants_finalize()
    }
    fn finalize(this: &Gc<Self>) {
        if let Some(vm) = crate::runtime::current_vm() {
            vm.coro_finalize(this);
        }
    }
    fn traverse(&self, v: &mut heap::Visitor<'_>) {
        self.gen.traverse(v);
    }
    fn clear(&self) {
        self.gen.clear();
    }
}

/// What `coroutine.__await__()` returns (CPython's `coroutine_wrapper`): an iterator that
/// steps the coroutine, for code that drives it as a generator would be driven.
pub struct CoroWrapper {
    /// The coroutine.
    pub coro: ObjRef,
}

impl heap::Object for CoroWrapper {
    const NAME: &'static str = "coroutine_wrapper";
    fn traverse(&self, v: &mut heap::Visitor<'_>) {
        v.visit(&self.coro);
    }
}

/// Which operation an [`AsyncGenStep`] awaitable performs.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AsyncGenOp {
    /// `asend(value)` (and `__anext__()`, which is `asend(None)`).
    Send,
    /// `athrow(exc)`.
    Throw,
    /// `aclose()`: throw `GeneratorExit`, expect the generator to finish.
    Close,
}

/// Where an [`AsyncGenStep`] is (CPython's `AWAITABLE_STATE_*`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum StepState {
    /// Not started: the first `send` performs the operation.
    Init,
    /// Started: later sends go into the generator's own awaits.
    Iter,
    /// Finished: it cannot be awaited again.
    Closed,
}

/// The awaitable of one `asend`/`athrow`/`aclose` of an async generator
/// (`async_generator_asend`, `async_generator_athrow`).
pub struct AsyncGenStep {
    /// The async generator.
    pub gen: ObjRef,
    /// What it does.
    pub op: AsyncGenOp,
    /// The value to send first, or the exception to throw (None for `aclose`).
    pub arg: RefCell<Option<ObjRef>>,
    /// Its progress.
    pub state: Cell<StepState>,
}

impl heap::Object for AsyncGenStep {
    const NAME: &'static str = "async_generator_asend";
    fn traverse(&self, v: &mut heap::Visitor<'_>) {
        v.visit(&self.gen);
        v.visit(&self.arg);
    }
    fn clear(&self) {
        let a = self.arg.try_borrow_mut().ok().and_then(|mut a| a.take());
        drop(a);
    }
}

/// A value an async generator yields (`yield v` in an `async def`), wrapped so that the
/// awaitable stepping it can tell it from a value one of its awaits passes up to the
/// event loop (CPython's `_PyAsyncGenWrappedValue`). Never seen by Python code.
pub struct AsyncGenValue {
    /// The yielded value.
    pub value: ObjRef,
}

impl heap::Object for AsyncGenValue {
    const NAME: &'static str = "async_generator_wrapped_value";
    fn traverse(&self, v: &mut heap::Visitor<'_>) {
        v.visit(&self.value);
    }
}
