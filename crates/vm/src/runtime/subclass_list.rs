//! `type.__subclasses__()`: the direct subclasses still alive, in the order they were
//! made. As in CPython, a new class is recorded under each of its bases with a weak
//! reference to it (so `weakref.getweakrefcount(cls)` counts it, and the record never
//! keeps a class alive); dead entries are dropped now and then as new classes are recorded.
//!
//! Deviation: among the built-in types only `bool` is listed (under `int`); CPython also
//! lists its other static types (the exception hierarchy, `object`'s many subclasses).

use std::cell::RefCell;

use hashbrown::HashMap;
use heap::{Gc, ObjRef, WeakRefObj};

use super::objects::*;
use super::{Args, PyResult, Vm};

/// Weak references to the subclasses of each class, keyed by the class's address. A key
/// outliving its class holds only dead references (a subclass keeps its bases alive).
pub type SubclassRefs = RefCell<HashMap<usize, Vec<Gc<WeakRefObj>>>>;

impl Vm {
    /// Record the new class `t` as a subclass of each of its bases.
    pub(crate) fn register_subclass(&self, t: &Gc<TypeObj>) -> PyResult<()> {
        let bases: Vec<usize> = if t.bases.is_empty() {
            vec![Gc::as_obj(&self.types.object).addr()]
        } else {
            t.bases.iter().map(|b| Gc::as_obj(b).addr()).collect()
        };
        let target = Gc::to_obj(t);
        for base in bases {
            let wr = self
                .heap
                .weakref_obj(&target, None)
                .map_err(|_| self.memory_error())?;
            let mut refs = self.subclass_refs.borrow_mut();
            let list = refs.entry(base).or_default();
            // Dead entries go when the list doubles: amortized constant time per class
            // (programs that make many classes from one base, namedtuple factories, stay
            // linear).
            if list.len() >= 8 && list.len().is_power_of_two() {
                list.retain(|w| w.is_alive());
            }
            list.push(wr);
        }
        Ok(())
    }

    /// The live direct subclasses of `t`, oldest first.
    fn subclasses_of(&self, t: &Gc<TypeObj>) -> Vec<ObjRef> {
        let mut out = Vec::new();
        if Gc::ptr_eq(t, &self.types.int) {
            out.push(Gc::to_obj(&self.types.bool_));
        }
        let refs = self.subclass_refs.borrow();
        if let Some(list) = refs.get(&Gc::as_obj(t).addr()) {
            out.extend(list.iter().filter_map(|w| w.upgrade_obj()));
        }
        out
    }
}

/// `type.__subclasses__(cls)`.
fn type_subclasses(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(cls) = a.pos.first() else {
        return vm.type_err("descriptor '__subclasses__' of 'type' object needs an argument");
    };
    let Some(t) = cls.downcast::<TypeObj>() else {
        return vm.type_err(format!(
            "descriptor '__subclasses__' for 'type' objects doesn't apply to a '{}' object",
            vm.type_name(cls)
        ));
    };
    if a.pos.len() > 1 || !a.kwnames.is_empty() {
        return vm.type_err(format!(
            "{}.__subclasses__() takes no arguments ({} given)",
            t.current_name(),
            a.pos.len() - 1 + a.kwnames.len()
        ));
    }
    vm.new_list(vm.subclasses_of(&t))
}

/// Install `type.__subclasses__`.
pub fn install(vm: &Vm) {
    super::methods::add(vm, &vm.types.type_, "__subclasses__", type_subclasses);
}
