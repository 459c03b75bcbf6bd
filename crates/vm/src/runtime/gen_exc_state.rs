//! A generator's own handled exception (CPython's `gi_exc_state`).
//!
//! A generator suspended inside an `except` block keeps the exception it handles to
//! itself: the caller's `sys.exc_info()` and the implicit `__context__` of what the caller
//! raises next are the caller's own, and the generator gets its exception back when it
//! resumes. A generator outside any handler sees the caller's (the states are chained).

use heap::ObjRef;

use super::frame::{BlockKind, Frame};
use super::objects::GenObj;
use super::Vm;

impl Vm {
    /// Before a generator's frame runs: install its own handled exception, or inherit the
    /// caller's, and make the outermost handler in the frame restore the caller's when it
    /// ends. Returns the caller's, for [`Vm::gen_exc_state_leave`].
    pub(crate) fn gen_exc_state_enter(&self, g: &GenObj, frame: &mut Frame) -> Option<ObjRef> {
        let caller = self.handled.borrow().clone();
        if let Some(b) = frame
            .blocks
            .iter_mut()
            .find(|b| b.kind == BlockKind::ExceptHandler)
        {
            let old = std::mem::replace(&mut b.saved, caller.clone());
            drop(old);
        }
        let own = g.exc_state.borrow_mut().take();
        if own.is_some() {
            let old = self.handled.replace(own);
            drop(old);
        }
        caller
    }

    /// After the frame stopped: keep the generator's handled exception if it is suspended
    /// inside a handler, and give the caller its own back.
    pub(crate) fn gen_exc_state_leave(
        &self,
        g: &GenObj,
        suspended: Option<&Frame>,
        caller: Option<ObjRef>,
    ) {
        let in_handler =
            suspended.is_some_and(|f| f.blocks.iter().any(|b| b.kind == BlockKind::ExceptHandler));
        let own = if in_handler {
            self.handled.borrow().clone()
        } else {
            None
        };
        let old_own = g.exc_state.replace(own);
        let old = self.handled.replace(caller);
        drop((old_own, old));
    }
}
