//! What a class object references, as CPython 3.12's `type_new` builds it, so that
//! reference counts and the cycle collector see the same graph:
//!
//! ```text
//!   class A ──tp_mro──► (A, object) ──► A          a class is always in a cycle: only the
//!     │ └──tp_bases──► (object,)                   collector frees it, and gc.collect()
//!     └──tp_dict──► {'__dict__': <getset> ──► A,   counts A, its dict, both tuples and the
//!                    '__weakref__': <getset> ──► A} descriptors (6 for `class A: pass`)
//! ```
//!
//! * `__bases__` and `__mro__` are real tuples kept by the type (`TypeObj::bases`,
//!   `TypeObj::mro_tuple`); the lookup paths keep reading the Rust `TypeObj::mro` array.
//! * A class whose bases give its instances no `__dict__` (or no weak reference list) adds
//!   one, and its namespace then holds a `getset_descriptor` for `__dict__` (`__weakref__`)
//!   that references the class (`type_new_descriptors`).
//!
//! The Rust MRO array holds references of its own: its first entry stands for `tp_base`;
//! the others are left out of `sys.getrefcount` (`TypeObj::mro_array_refs`) and of
//! `gc.get_referents`/`get_referrers` (`Visitor::visit_internal`), so both show CPython's
//! numbers and graph (except when CPython's `__base__` is not the first base: a built-in
//! layout later in the bases).

use heap::{Gc, ObjRef};

use super::objects::class::{Kind, BUILTIN};
use super::objects::*;
use super::{PyResult, Vm};

/// Which of `__dict__` and `__weakref__` a class's own `__slots__` declare (`None`: the
/// class has no `__slots__`, so it wants both).
#[derive(Clone, Copy)]
pub(crate) struct DeclaredSlots {
    pub dict: bool,
    pub weakref: bool,
}

/// Whether the instances of some class of `mro` already have a `__dict__`.
fn has_dict(mro: &[Gc<TypeObj>]) -> bool {
    mro.iter().any(|t| {
        if t.has(BUILTIN) {
            // BaseException and type carry a dict slot (tp_dictoffset != 0).
            matches!(t.kind, Kind::Exception | Kind::Type)
        } else {
            slots_allow(t, "__dict__")
        }
    })
}

/// Whether the instances of some class of `mro` already have a weak reference list, and
/// whether a variable-size built-in base forbids adding one (`tp_itemsize != 0`).
fn weakref_state(mro: &[Gc<TypeObj>]) -> (bool, bool) {
    let has = mro.iter().any(|t| {
        if t.has(BUILTIN) {
            matches!(t.kind, Kind::Set | Kind::FrozenSet | Kind::Type)
        } else {
            slots_allow(t, "__weakref__")
        }
    });
    let var_sized = mro
        .iter()
        .any(|t| t.has(BUILTIN) && matches!(t.kind, Kind::Int | Kind::Tuple | Kind::Bytes));
    (has, var_sized)
}

/// A Python class without `__slots__`, or whose `__slots__` list `name`.
fn slots_allow(t: &TypeObj, name: &str) -> bool {
    t.slots.is_none() || has_slot(t, name)
}

/// Whether the class's `__slots__` (with its bases') list `name`.
pub(crate) fn has_slot(t: &TypeObj, name: &str) -> bool {
    t.slots.as_ref().is_some_and(|slots| {
        slots
            .iter()
            .any(|s| s.downcast_ref::<StrObj>().is_some_and(|s| &*s.s == name))
    })
}

impl Vm {
    /// The `__bases__` tuple of a new class.
    pub(crate) fn bases_tuple(&self, bases: &[Gc<TypeObj>]) -> PyResult<Gc<TupleObj>> {
        let t = self.new_tuple(bases.iter().map(Gc::to_obj))?;
        match t.downcast::<TupleObj>() {
            Some(t) => Ok(t),
            None => self.type_err("bases must be a tuple"),
        }
    }

    /// Which getset descriptors a new class with MRO `mro` (after itself) and own
    /// `__slots__` declaration `declared` adds: `(__dict__, __weakref__)`.
    pub(crate) fn class_adds(
        &self,
        mro: &[Gc<TypeObj>],
        declared: Option<DeclaredSlots>,
    ) -> (bool, bool) {
        let wants = declared.unwrap_or(DeclaredSlots {
            dict: true,
            weakref: true,
        });
        let (weak, var_sized) = weakref_state(mro);
        (
            wants.dict && !has_dict(mro),
            wants.weakref && !weak && !var_sized,
        )
    }

    /// Put the `__dict__`/`__weakref__` getset descriptors in a new class's namespace.
    pub(crate) fn add_class_getsets(
        &self,
        t: &Gc<TypeObj>,
        (dict, weakref): (bool, bool),
    ) -> PyResult<()> {
        for (wanted, name) in [(dict, "__dict__"), (weakref, "__weakref__")] {
            if wanted {
                let name = self.intern(name)?;
                let d = self.alloc_obj(GetSetDescr {
                    name: name.clone(),
                    owner: Gc::to_obj(t),
                })?;
                self.dict_set(&t.dict, name, d)?;
            }
        }
        Ok(())
    }

    /// Give a new class its `__mro__` tuple, which starts with the class itself.
    pub(crate) fn set_mro_tuple(&self, t: &Gc<TypeObj>) -> PyResult<()> {
        let mut items = Vec::with_capacity(t.mro.len() + 1);
        items.push(Gc::to_obj(t));
        items.extend(t.mro.iter().map(Gc::to_obj));
        let tuple = self.new_tuple(items)?.downcast::<TupleObj>();
        *t.mro_tuple.borrow_mut() = tuple;
        Ok(())
    }

    /// Enter a new class in its bases' `__subclasses__()` (weakly, as `tp_subclasses`).
    pub(crate) fn register_subclass(&self, t: &Gc<TypeObj>) -> PyResult<()> {
        // One weak reference shared by all the bases (a callback-less one is reused, so
        // CPython's count for the class is one too).
        let w = self
            .heap
            .weakref_obj(Gc::as_obj(t), None)
            .map_err(|_| self.memory_error())?;
        // Tracked, as CPython's weak reference objects are; the bases do not traverse
        // their lists (nor does type_traverse), so it is never garbage while they live.
        for base in t.bases() {
            let mut subs = base.subclasses.borrow_mut();
            subs.retain(|w| w.is_alive());
            subs.push(w.clone());
        }
        Ok(())
    }

    /// `__mro__`: the type's tuple (rebuilt if a collection cleared the type).
    pub(crate) fn mro_of(&self, t: &Gc<TypeObj>) -> PyResult {
        if let Some(m) = &*t.mro_tuple.borrow() {
            return Ok(Gc::to_obj(m));
        }
        let mut v = vec![Gc::to_obj(t)];
        v.extend(t.mro.iter().map(Gc::to_obj));
        self.new_tuple(v)
    }

    /// `getset_descriptor.__get__`: an instance's `__dict__` or its first weak reference.
    pub(crate) fn getset_get(&self, g: &GetSetDescr, obj: &ObjRef) -> PyResult {
        let name = self.str(&g.name)?;
        let owner = g.owner.downcast_ref::<TypeObj>();
        if let (Some(inst), Some(owner)) = (obj.downcast_ref::<Instance>(), owner) {
            if self.is_subtype(&inst.class(), owner) {
                if name == "__dict__" {
                    return self.instance_dict(inst);
                }
                return super::modules::weakref::first_weakref(self, obj);
            }
        }
        self.type_err(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name,
            owner.map_or("?", |t| &t.name),
            self.type_name(obj)
        ))
    }
}

/// `getset_descriptor.__get__(obj, type=None)`: the descriptor itself for `obj` None.
pub(crate) fn getset_get_method(vm: &Vm, a: &super::Args<'_>) -> PyResult {
    // CPython's wrapper names no function in these messages (they start with a space).
    let given = a.pos.len().saturating_sub(1);
    if given == 0 {
        return vm.type_err(" expected at least 1 argument, got 0");
    }
    if given > 2 {
        return vm.type_err(format!(" expected at most 2 arguments, got {given}"));
    }
    let Some(g) = a.pos[0].downcast_ref::<GetSetDescr>() else {
        return vm.type_err("descriptor '__get__' requires a 'getset_descriptor' object");
    };
    if vm.is_none(&a.pos[1]) {
        return Ok(a.pos[0].clone());
    }
    vm.getset_get(g, &a.pos[1])
}

/// `type.__subclasses__(cls)`: the live classes that list `cls` among their bases, oldest
/// first. The built-in types come first: `bool` under `int`, and the exception hierarchy in
/// the order CPython readies its static exception types (each level by name, then
/// `ExceptionGroup`). CPython also lists `object`'s many subclasses, and the classes its
/// startup modules define (`io.UnsupportedOperation` under `OSError` and `ValueError`).
pub(crate) fn type_subclasses(vm: &Vm, a: &super::Args<'_>) -> PyResult {
    let Some(cls) = a.pos.first() else {
        return vm.type_err("unbound method type.__subclasses__() needs an argument");
    };
    let Some(t) = cls.downcast_ref::<TypeObj>() else {
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
    let mut live: Vec<ObjRef> = Vec::new();
    if Gc::ptr_eq(t, &vm.types.int) {
        live.push(Gc::to_obj(&vm.types.bool_));
    }
    let builtin_exception = vm
        .types
        .exceptions
        .get(&*t.name)
        .is_some_and(|e| Gc::ptr_eq(e, t));
    if builtin_exception {
        let mut children: Vec<&str> = super::EXCEPTIONS
            .iter()
            .filter(|(_, base)| *base == &*t.name)
            .map(|(name, _)| *name)
            .collect();
        children.sort_unstable();
        // `ExceptionGroup`, with its two bases, is readied after the rest.
        if matches!(&*t.name, "Exception" | "BaseExceptionGroup") {
            children.push("ExceptionGroup");
        }
        live.extend(children.into_iter().map(|n| Gc::to_obj(&vm.exc_type(n))));
    }
    live.extend(t.subclasses.borrow().iter().filter_map(|w| w.upgrade_obj()));
    vm.new_list(live)
}
