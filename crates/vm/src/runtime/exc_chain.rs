//! Implicit exception chaining (`__context__`), as CPython 3.12 does it: an exception gets
//! the handled one as its context when it is raised (`raise X`, or an error from native
//! code), never when it only passes out of a frame or is re-raised by a bare `raise`.

use heap::ObjRef;

use super::objects::Instance;
use super::Vm;

/// `__context__` of an exception object (None for anything else).
fn context_of(e: &ObjRef) -> Option<ObjRef> {
    let d = e.downcast_ref::<Instance>()?.exc()?;
    let c = d.context.borrow().clone();
    c
}

impl Vm {
    /// `exc` is being raised: its `__context__` becomes the exception being handled, unless
    /// none is or it is `exc` itself (then the context stays as it was). `exc` is first cut
    /// out of the handled exception's own context chain, so that the chain gets no cycle.
    pub(crate) fn chain_handled(&self, exc: &ObjRef) {
        let Some(handled) = self.handled.borrow().clone() else {
            return;
        };
        if handled.ptr_eq(exc) {
            return;
        }
        let Some(d) = exc.downcast_ref::<Instance>().and_then(|i| i.exc()) else {
            return;
        };
        cut_from_chain(&handled, exc);
        let old = d.context.replace(Some(handled));
        drop(old);
    }
}

/// Remove the link to `exc` from the context chain that starts at `start`. A chain that
/// already loops without reaching `exc` is left alone (found by a second walker moving at
/// half speed: the two meet inside any loop).
fn cut_from_chain(start: &ObjRef, exc: &ObjRef) {
    let mut link = start.clone();
    let mut slow = start.clone();
    let mut slow_moves = false;
    while let Some(next) = context_of(&link) {
        if next.ptr_eq(exc) {
            if let Some(d) = link.downcast_ref::<Instance>().and_then(|i| i.exc()) {
                let old = d.context.replace(None);
                drop(old);
            }
            return;
        }
        link = next;
        if link.ptr_eq(&slow) {
            return;
        }
        if slow_moves {
            match context_of(&slow) {
                Some(s) => slow = s,
                None => return,
            }
        }
        slow_moves = !slow_moves;
    }
}
