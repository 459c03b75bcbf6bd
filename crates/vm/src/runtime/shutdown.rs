//! Finalizers of what the main script leaves alive, run at exit in CPython 3.12's order.
//!
//! At exit CPython drops `sys.modules`; `__main__`'s namespace dict, kept alive only by the
//! cycle through its functions' `__globals__`, becomes cyclic garbage with everything hanging
//! from it, and the last collection runs their `__del__`s (PEP 442) while every global is
//! still bound. The order observed is that of a breadth-first walk from the namespace, in
//! each object's `tp_traverse` order (a list's items last to first, an instance's
//! attributes in order): the globals bound directly first, in namespace order, then what
//! they contain. We run the finalizers in that order before clearing the namespace; the
//! objects are then freed as before, without running `__del__` again.

use std::collections::{HashSet, VecDeque};

use heap::{Gc, ObjRef};

use super::objects::*;
use super::Vm;

impl Vm {
    /// Run, in CPython's exit order, the finalizers of the objects reachable from the
    /// `__main__` namespace `main`.
    pub fn finalize_main_leftovers(&self, main: &Gc<DictObj>) {
        // The walk visits everything the script keeps; skip it unless something there can
        // have a finalizer worth ordering.
        if !self.exit_finalizers_possible() {
            return;
        }
        let skip: Vec<usize> = ["builtins", "sys"]
            .iter()
            .filter_map(|n| self.dict_get_str(&self.modules, n))
            .map(|m| m.addr())
            .chain(std::iter::once(Gc::to_obj(&self.builtins).addr()))
            .collect();
        let start = Gc::to_obj(main);
        let mut seen: HashSet<usize> = skip.into_iter().collect();
        seen.insert(start.addr());
        let mut queue = VecDeque::from([start]);
        let mut order = Vec::new();
        while let Some(o) = queue.pop_front() {
            // Built-in types and other immortals are not garbage at exit.
            if o.is_immortal() {
                continue;
            }
            let Ok(referents) = self.heap.get_referents(std::slice::from_ref(&o)) else {
                continue;
            };
            for r in referents {
                if seen.insert(r.addr()) {
                    order.push(r.clone());
                    queue.push_back(r);
                }
            }
        }
        for o in order {
            self.heap.finalize_now(&o);
        }
    }

    /// Whether a module namespace binds a class with `__del__` that has had instances, an
    /// instance of one or a generator (a cheap look at the namespaces, not at everything
    /// they reach: a class defined and kept only inside a function is missed, and its
    /// instances are then finalized in namespace-clearing order instead). A class never
    /// instantiated (io's ABCs, TextIOWrapper of a script that imported io but used no
    /// wrapper) has nothing to finalize.
    fn exit_finalizers_possible(&self) -> bool {
        use super::objects::class::HAS_DEL;
        let modules: Vec<ObjRef> = self
            .modules
            .0
            .borrow()
            .iter()
            .map(|e| e.value.clone())
            .collect();
        for m in modules {
            let Some(m) = m.downcast::<ModuleObj>() else {
                continue;
            };
            let values: Vec<ObjRef> = m.dict.0.borrow().iter().map(|e| e.value.clone()).collect();
            for v in values {
                let del_class = |t: &TypeObj| t.has(HAS_DEL);
                if v.downcast_ref::<TypeObj>()
                    .is_some_and(|t| del_class(t) && t.instantiated.get())
                    || v.downcast_ref::<Instance>()
                        .is_some_and(|i| del_class(&i.class()))
                    || v.is::<GenObj>()
                {
                    return true;
                }
            }
        }
        false
    }
}
