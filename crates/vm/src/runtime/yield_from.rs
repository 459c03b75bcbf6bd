//! `yield from sub` when `sub` is not a generator (CPython's `SEND`): `None` goes to the
//! iterator's `__next__`, any other value to its `send` method (an `AttributeError` when
//! it has none, as for a list's iterator), and the `StopIteration` that ends `sub`
//! carries the value of the `yield from` expression.

use heap::ObjRef;

use super::call::GenStep;
use super::objects::*;
use super::{PyResult, Vm};

impl Vm {
    /// One step of `yield from` over the non-generator iterator `sub`, sending `v`.
    pub(crate) fn yield_from_iter(&self, sub: &ObjRef, v: ObjRef) -> PyResult<GenStep> {
        if let Some(step) = self.await_step(sub, &v) {
            return step;
        }
        let r = if !self.is_none(&v) {
            let send = self.getattr_str(sub, "send")?;
            self.call(&send, &[v], None)
        } else if let Some(next) = match sub.downcast_ref::<Instance>() {
            Some(inst) => self.lookup_type_attr(&inst.class(), "__next__")?,
            None => None,
        } {
            self.call(&next, std::slice::from_ref(sub), None)
        } else {
            return Ok(match self.next(sub)? {
                Some(x) => GenStep::Yielded(x),
                None => GenStep::Returned(self.none()),
            });
        };
        match r {
            Ok(x) => Ok(GenStep::Yielded(x)),
            Err(e) if self.exc_matches(&e, "StopIteration") => {
                Ok(GenStep::Returned(self.stop_iteration_value(&e)))
            }
            Err(e) => Err(e),
        }
    }

    /// `e.value` of a StopIteration: its first argument, else None.
    pub(crate) fn stop_iteration_value(&self, e: &ObjRef) -> ObjRef {
        let args = e
            .downcast_ref::<Instance>()
            .and_then(|i| i.exc())
            .and_then(|d| d.args.borrow().clone());
        args.as_ref()
            .and_then(|a| {
                a.downcast_ref::<TupleObj>()
                    .map(|t| tuple_items(t).first().cloned())
            })
            .flatten()
            .unwrap_or_else(|| self.none())
    }
}
