//! Generators: a suspended frame.

use std::cell::{Cell, RefCell};

use heap::Gc;

use super::StrObj;
use crate::runtime::frame::Frame;

/// A generator's `__name__` or `__qualname__`: the function's own str object, shared as
/// CPython's `gi_name` shares `func_name` (no text is formatted when a generator is made,
/// the common case of a genexp in a loop); anything else a function's name was set to is
/// converted to a str once. Reads as the text.
pub struct GenName(pub Gc<StrObj>);

impl std::ops::Deref for GenName {
    type Target = str;
    fn deref(&self) -> &str {
        self.0.s.as_str()
    }
}

impl std::fmt::Display for GenName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

/// What kind of code a [`GenObj`] runs: a generator function's, or the frame inside a
/// coroutine or an async generator ([`super::coroutine::CoroObj`]). It names the object in
/// the messages the machinery they share gives.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    /// `def` with `yield`.
    Generator,
    /// `async def` without `yield`.
    Coroutine,
    /// `async def` with `yield`.
    AsyncGenerator,
}

impl GenKind {
    /// The word CPython's messages use for it.
    pub fn noun(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

/// A generator object.
pub struct GenObj {
    /// Generator, coroutine or async generator.
    pub kind: GenKind,
    /// Its code (`gi_code`, also once the frame is gone).
    pub code: std::rc::Rc<crate::bytecode::CodeObject>,
    /// The frame (None once finished).
    pub frame: RefCell<Option<Box<Frame>>>,
    /// Locals plus value-stack slots of the code: CPython embeds the frame in the
    /// generator, so its `sys.getsizeof` keeps counting them after the generator finished.
    pub frame_words: usize,
    /// `__name__`.
    pub name: GenName,
    /// `__qualname__`.
    pub qualname: GenName,
    /// Currently executing.
    pub running: Cell<bool>,
    /// Has been started.
    pub started: Cell<bool>,
    /// The exception it handles while suspended in an `except` block
    /// (`runtime/gen_exc_state.rs`).
    pub exc_state: RefCell<Option<heap::ObjRef>>,
}

impl heap::Object for GenObj {
    const NAME: &'static str = "generator";
    const HAS_FINALIZER: bool = true;
    /// A finished generator (no frame) has nothing left to close and dies without PEP
    /// 442's resurrection protocol, the common end of a genexp. One not started yet still
    /// goes through it: its finalizer does nothing, but being marked finalized by a
    /// collection decides that a resurrected generator is never closed on its death, as in
    /// CPython.
    fn wants_finalize(&self) -> bool {
        self.frame.try_borrow().map_or(true, |f| f.is_some())
    }
    fn finalize(this: &heap::Gc<Self>) {
        let suspended = this.started.get() && this.frame.try_borrow().is_ok_and(|f| f.is_some());
        if !suspended {
            return;
        }
        if let Some(vm) = crate::runtime::current_vm() {
            if let Err(e) = vm.gen_close(this) {
                let o = heap::Gc::to_obj(this);
                vm.write_unraisable(None, Some(&o), &e);
            }
        }
    }
    fn traverse(&self, v: &mut heap::Visitor<'_>) {
        v.visit(&self.exc_state);
        match self.frame.try_borrow() {
            Ok(f) => {
                if let Some(f) = &*f {
                    f.trace(v);
                }
            }
            Err(_) => v.mark_incomplete(),
        }
    }
    fn clear(&self) {
        let f = self.frame.try_borrow_mut().ok().and_then(|mut f| f.take());
        drop(f);
        let e = self
            .exc_state
            .try_borrow_mut()
            .ok()
            .and_then(|mut e| e.take());
        drop(e);
    }
}
