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

use heap::Gc;

use super::objects::*;
use super::Vm;

impl Vm {
    /// Run, in CPython's exit order, the finalizers of the objects reachable from the
    /// `__main__` namespace `main`.
    pub fn finalize_main_leftovers(&self, main: &Gc<DictObj>) {
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
}
