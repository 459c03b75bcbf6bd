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
    /// Before a generator's frame runs, when it has blocks (a frame with none is in no
    /// handler and has no exception of its own, see [`Vm::gen_exc_state_leave`]): make the
    /// outermost handler in the frame restore the caller's handled exception when it ends,
    /// and install the generator's own in its place.
    pub(crate) fn gen_exc_state_enter(&self, g: &GenObj, frame: &mut Frame) {
        if let Some(b) = frame
            .blocks
            .iter_mut()
            .find(|b| b.kind == BlockKind::ExceptHandler)
        {
            let caller = self.handled.borrow().clone();
            let old = std::mem::replace(&mut b.saved, caller);
            drop(old);
        }
        let own = g.exc_state.borrow_mut().take();
        if own.is_some() {
            let old = self.handled.replace(own);
            drop(old);
        }
    }

    /// After the frame yielded, when it has blocks: suspended inside a handler, the
    /// generator keeps its handled exception, and the caller gets its own back from the
    /// outermost handler (which saved it when it began, or when the frame resumed).
    /// Otherwise there is nothing to do: the frame's handlers that ended restored what
    /// each had saved, so the caller's exception is in place.
    pub(crate) fn gen_exc_state_leave(&self, g: &GenObj, suspended: &Frame) {
        let Some(b) = suspended
            .blocks
            .iter()
            .find(|b| b.kind == BlockKind::ExceptHandler)
        else {
            return;
        };
        let own = self.handled.replace(b.saved.clone());
        let old_own = g.exc_state.replace(own);
        drop(old_own);
    }
}

impl Vm {
    /// An exception thrown into a generator's frame (`throw`, `close`): chained to the
    /// generator's own handled exception only, never to the caller's (which is the one in
    /// place when the frame is in no handler).
    pub(crate) fn chain_thrown(&self, frame: &Frame, exc: &ObjRef) {
        if frame
            .blocks
            .iter()
            .any(|b| b.kind == BlockKind::ExceptHandler)
        {
            self.chain_handled(exc);
        }
    }
}
