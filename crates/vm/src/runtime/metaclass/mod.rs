//! Metaclasses and the class-creation protocol (CPython 3.12's `__build_class__`,
//! `type.__new__`, `type.__call__`, `type.__init__`, `type.__prepare__`).
//!
//! A class is a [`TypeObj`]; its metaclass is `type` unless a Python subclass of `type` made
//! it, in which case [`TypeObj::meta`] names that metaclass and the class has the
//! [`CUSTOM_META`](crate::runtime::objects::class::CUSTOM_META) flag. Classes of plain `type` never have the flag, so the paths they take
//! (the eval loop's instantiation fast path, attribute loads, the protocols in `ops.rs`)
//! are the ones they took before metaclasses existed; each hook here sits behind a test of
//! the flag, or on a path that was about to fail anyway.
//!
//! ```text
//!   class A(B, metaclass=M, k=v): body
//!     __build_class__ ─► metaclass: M (or type(B)), the most derived of the bases' wins
//!        │               (metaclass conflict otherwise); plain `type` ─► call.rs fast path
//!        ├─► ns = M.__prepare__("A", (B,), k=v)   must be a mapping
//!        ├─► body runs with ns as its namespace   (a non-dict ns through a stand-in dict,
//!        │                                         see `custom_namespace`)
//!        └─► M("A", (B,), ns, k=v)  ─► M.__call__ (type.__call__) ─► M.__new__ ─► type.__new__
//!                                     (copy ns, new_class_of, __set_name__, __init_subclass__)
//!                                   ─► M.__init__
//! ```
//!
//! This file: choosing the metaclass, the class statement, calling classes and
//! metaclasses, `type.__new__`'s work. `dispatch.rs`: what classes with a metaclass do
//! differently. `type_methods.rs`: the native methods of `type`.
//!
//! On a class whose metaclass is `M`: `A(...)` calls `M.__call__` when `M` defines one in
//! Python; `A.x` finds data descriptors of `M` first and `M`'s attributes last; `A.x = v`
//! goes through `M.__setattr__` and `M`'s data descriptors; `repr`, `str`, `len`, `bool`,
//! `in`, iteration and `A[k]` use `M`'s methods; `isinstance`/`issubclass` ask
//! `M.__instancecheck__`/`M.__subclasscheck__`.
//!
//! Known deviations: a class's metaclass is fixed when it is made (no `__class__`
//! assignment on classes); `locals()` in a class body whose `__prepare__` returned a
//! non-dict mapping shows the stand-in dict; comparisons and hashing of classes, and
//! `__getattribute__`/`mro()` overrides on a metaclass, do not consult the metaclass
//! (binary operators do).

use std::cell::{Cell, RefCell};

use heap::{Gc, ObjRef};

use super::objects::*;
use super::{Args, PyResult, Vm};

mod dispatch;
mod type_methods;

pub use type_methods::install;

thread_local! {
    /// Class bodies running in a mapping other than an exact dict: (the stand-in dict the
    /// frame has as its locals, the mapping it stands for). A stack (innermost last).
    static CUSTOM_NAMESPACES: RefCell<Vec<(Gc<DictObj>, ObjRef)>> = const { RefCell::new(Vec::new()) };
    /// `CUSTOM_NAMESPACES.len()`, so that class bodies in ordinary dicts pay one load.
    static CUSTOM_ACTIVE: Cell<usize> = const { Cell::new(0) };
}

/// The mapping a class body's namespace `locals` stands for, when the metaclass's
/// `__prepare__` returned something other than an exact dict.
#[inline]
pub fn custom_namespace(locals: &Gc<DictObj>) -> Option<ObjRef> {
    if CUSTOM_ACTIVE.with(|c| c.get()) == 0 {
        return None;
    }
    custom_namespace_slow(locals)
}

#[cold]
fn custom_namespace_slow(locals: &Gc<DictObj>) -> Option<ObjRef> {
    CUSTOM_NAMESPACES.with(|c| {
        c.borrow()
            .iter()
            .rev()
            .find(|(d, _)| Gc::ptr_eq(d, locals))
            .map(|(_, m)| m.clone())
    })
}

/// `LoadName` in a class body with a custom namespace: `mapping[name]`, `None` on KeyError.
pub fn namespace_load(vm: &Vm, mapping: &ObjRef, name: &ObjRef) -> PyResult<Option<ObjRef>> {
    match vm.getitem(mapping, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.exc_matches(&e, "KeyError") => Ok(None),
        Err(e) => Err(e),
    }
}

/// `DeleteName` in a class body with a custom namespace: `Ok(false)` when the name is
/// missing (the caller raises NameError).
pub fn namespace_delete(vm: &Vm, mapping: &ObjRef, name: &ObjRef) -> PyResult<bool> {
    match vm.delitem(mapping, name) {
        Ok(()) => Ok(true),
        Err(e) if vm.exc_matches(&e, "KeyError") => Ok(false),
        Err(e) => Err(e),
    }
}

/// Is `f` a native function (as opposed to one defined in Python)?
fn is_native(f: &ObjRef) -> bool {
    f.is::<BuiltinFunc>()
        || f.downcast_ref::<StaticMethod>()
            .is_some_and(|s| s.0.is::<BuiltinFunc>())
        || f.downcast_ref::<ClassMethod>()
            .is_some_and(|s| s.0.is::<BuiltinFunc>())
}

/// Positional values then keyword values, as `Vm::call` takes them.
fn flat_args(a: &Args<'_>) -> Vec<ObjRef> {
    let mut v = Vec::with_capacity(a.pos.len() + a.kwvals.len());
    v.extend_from_slice(a.pos);
    v.extend_from_slice(a.kwvals);
    v
}

fn kw_opt(kwnames: &[ObjRef]) -> Option<&[ObjRef]> {
    if kwnames.is_empty() {
        None
    } else {
        Some(kwnames)
    }
}

/// A class statement as `__build_class__` received it.
#[derive(Clone, Copy)]
pub(crate) struct ClassStatement<'a> {
    /// The body, a function run with the namespace as its locals.
    pub body: &'a FuncObj,
    /// The class name.
    pub name: &'a ObjRef,
    /// The bases (after PEP 560's `__mro_entries__`).
    pub bases: &'a [ObjRef],
    /// The bases as written, when `__mro_entries__` replaced some (`__orig_bases__`).
    pub orig_bases: Option<&'a [ObjRef]>,
    /// Class keywords other than `metaclass`.
    pub kwnames: &'a [ObjRef],
    /// Their values.
    pub kwvals: &'a [ObjRef],
}

impl Vm {
    // ---- choosing the metaclass -----------------------------------------------------

    /// The metaclass a class statement uses (`None`: plain `type`, the fast path): the
    /// explicit `metaclass=` (any callable; a class is reconciled with the bases'
    /// metaclasses), else the first base's type reconciled with the others'.
    pub(crate) fn class_metaclass(
        &self,
        explicit: Option<ObjRef>,
        bases: &[ObjRef],
    ) -> PyResult<Option<ObjRef>> {
        let start = match explicit {
            Some(m) => match m.downcast::<TypeObj>() {
                Some(t) => t,
                None => return Ok(Some(m)),
            },
            None => match bases.first() {
                Some(b) => self.type_of(b),
                None => return Ok(None),
            },
        };
        let winner = self.calculate_metaclass(&start, bases)?;
        if Gc::ptr_eq(&winner, &self.types.type_) {
            return Ok(None);
        }
        Ok(Some(Gc::into_obj(winner)))
    }

    /// PEP 560: bases that are not classes but have `__mro_entries__` (`list[int]`) are
    /// replaced by what it returns; `None` when no base needed it (the usual case, checked
    /// without any lookup when every base is a class).
    pub(crate) fn resolve_mro_entries(&self, bases: &[ObjRef]) -> PyResult<Option<Vec<ObjRef>>> {
        if bases.iter().all(|b| b.is::<TypeObj>()) {
            return Ok(None);
        }
        let orig = self.new_tuple_from(bases)?;
        let name = self.intern("__mro_entries__")?;
        let mut out = Vec::with_capacity(bases.len());
        let mut changed = false;
        for b in bases {
            if b.is::<TypeObj>() {
                out.push(b.clone());
                continue;
            }
            let Some(f) = self.getattr_opt(b, &name)? else {
                out.push(b.clone());
                continue;
            };
            let r = self.call(&f, std::slice::from_ref(&orig), None)?;
            let Some(t) = r.downcast::<TupleObj>() else {
                return self.type_err("__mro_entries__ must return a tuple");
            };
            out.extend(tuple_items(&t).iter().cloned());
            changed = true;
        }
        Ok(changed.then_some(out))
    }

    /// CPython's `_PyType_CalculateMetaclass`: the most derived of `start` and the bases'
    /// types, which must all be its bases.
    pub(crate) fn calculate_metaclass(
        &self,
        start: &Gc<TypeObj>,
        bases: &[ObjRef],
    ) -> PyResult<Gc<TypeObj>> {
        let mut winner = start.clone();
        for b in bases {
            let t = self.type_of(b);
            if self.is_subtype(&winner, &t) {
                continue;
            }
            if self.is_subtype(&t, &winner) {
                winner = t;
                continue;
            }
            return self.type_err(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases",
            );
        }
        Ok(winner)
    }

    // ---- __build_class__ with a metaclass ---------------------------------------------

    /// The class statement's protocol for a metaclass other than `type`: `__prepare__`,
    /// the body in the namespace it returned, then `meta(name, bases, ns, **kw)`.
    pub(crate) fn build_class_with_meta(
        &self,
        spec: &ClassStatement<'_>,
        meta: &ObjRef,
    ) -> PyResult {
        let ClassStatement {
            body,
            name,
            bases,
            orig_bases,
            kwnames,
            kwvals,
        } = *spec;
        let bases_t = self.new_tuple_from(bases)?;
        let mut args = vec![name.clone(), bases_t.clone()];
        args.extend_from_slice(kwvals);
        let prepare = self.getattr_opt(meta, &self.intern("__prepare__")?)?;
        let ns = match prepare {
            Some(p) => self.call(&p, &args, kw_opt(kwnames))?,
            None => self.new_dict()?.into(),
        };
        if !self.is_mapping(&ns)? {
            let who = match meta.downcast_ref::<TypeObj>() {
                Some(t) => t.name.clone(),
                None => "<metaclass>".into(),
            };
            return self.type_err(format!(
                "{who}.__prepare__() must return a mapping, not {}",
                self.type_name(&ns)
            ));
        }
        if let Some(orig) = orig_bases {
            let orig = self.new_tuple_from(orig)?;
            self.setitem(&ns, &self.intern("__orig_bases__")?, orig)?;
        }
        match ns.downcast::<DictObj>() {
            Some(d) => self.run_class_body(body, &d)?,
            None => {
                let stand_in = self.new_dict()?;
                CUSTOM_NAMESPACES.with(|c| c.borrow_mut().push((stand_in.clone(), ns.clone())));
                CUSTOM_ACTIVE.with(|c| c.set(c.get() + 1));
                let r = self.run_class_body(body, &stand_in);
                CUSTOM_ACTIVE.with(|c| c.set(c.get() - 1));
                let entry = CUSTOM_NAMESPACES.with(|c| c.borrow_mut().pop());
                drop(entry);
                r?;
            }
        }
        let cell = namespace_load(self, &ns, &self.intern("__classcell__")?)?;
        let mut args = vec![name.clone(), bases_t, ns];
        args.extend_from_slice(kwvals);
        let cls = self.call(meta, &args, kw_opt(kwnames))?;
        // The body used `super()`/`__class__`: `type.__new__` must have filled the cell
        // with this very class (a metaclass that dropped `__classcell__` did not).
        if let Some(c) = cell.as_ref().and_then(|c| c.downcast::<CellObj>()) {
            if cls.is::<TypeObj>() {
                let held = c.0.borrow().clone();
                if !held.as_ref().is_some_and(|h| h.ptr_eq(&cls)) {
                    let name = self.str(name)?;
                    let msg = match held {
                        None => format!(
                            "__class__ not set defining '{name}' as {}. Was __classcell__ \
                             propagated to type.__new__?",
                            self.repr(&cls)?
                        ),
                        Some(h) => {
                            return self.type_err(format!(
                                "__class__ set to {} defining '{name}' as {}",
                                self.repr(&h)?,
                                self.repr(&cls)?
                            ))
                        }
                    };
                    return self.err("RuntimeError", msg);
                }
            }
        }
        Ok(cls)
    }

    /// CPython's `PyMapping_Check`, as `__build_class__` applies it to `__prepare__`'s
    /// result: anything with `__getitem__`. Sequences pass too, as in CPython (a list then
    /// fails on the first name the body stores).
    fn is_mapping(&self, o: &ObjRef) -> PyResult<bool> {
        if o.is::<DictObj>()
            || o.is::<ListObj>()
            || o.is::<TupleObj>()
            || o.is::<StrObj>()
            || o.is::<BytesObj>()
            || o.is::<RangeObj>()
        {
            return Ok(true);
        }
        if let Some(inst) = o.downcast_ref::<Instance>() {
            return Ok(inst.base_value().is_some()
                || self
                    .lookup_type_attr(&inst.class(), "__getitem__")?
                    .is_some());
        }
        Ok(false)
    }

    // ---- calling classes and metaclasses ------------------------------------------------

    /// `cls(*args)` for a class with a metaclass: the metaclass's `__call__` when it
    /// defines one in Python (a singleton, a registry...), else `type.__call__`.
    #[inline(never)]
    pub(crate) fn call_class_with_meta(
        &self,
        t: &Gc<TypeObj>,
        args: &[ObjRef],
        kwnames: Option<&[ObjRef]>,
    ) -> PyResult {
        if let Some(meta) = &t.meta {
            if let Some(f) = self.lookup_type_attr(meta, "__call__")? {
                if !is_native(&f) {
                    let mut v = Vec::with_capacity(args.len() + 1);
                    v.push(Gc::to_obj(t));
                    v.extend_from_slice(args);
                    return self.call(&f, &v, kwnames);
                }
            }
        }
        self.instantiate(t, args, kwnames)
    }

    /// `type.__call__(m, *args)` for a metaclass `m` (`type` itself included): `m.__new__`,
    /// then, if the result is an instance of `m`, its type's `__init__`.
    pub(crate) fn call_metaclass(
        &self,
        t: &Gc<TypeObj>,
        args: &[ObjRef],
        kwnames: Option<&[ObjRef]>,
    ) -> PyResult {
        let Some(new) = self.lookup_type_attr(t, "__new__")? else {
            return self.type_err(format!("cannot create '{}' instances", t.name));
        };
        let mut v = Vec::with_capacity(args.len() + 1);
        v.push(Gc::to_obj(t));
        v.extend_from_slice(args);
        let obj = self.call(&new, &v, kwnames)?;
        if !self.isinstance(&obj, t) {
            return Ok(obj);
        }
        let ot = self.type_of(&obj);
        if let Some(init) = self.lookup_type_attr(&ot, "__init__")? {
            v[0] = obj.clone();
            let r = self.call(&init, &v, kwnames)?;
            if !self.is_none(&r) {
                return self.type_err(format!(
                    "__init__() should return None, not '{}'",
                    self.type_name(&r)
                ));
            }
        }
        Ok(obj)
    }

    /// `type(name, bases, ns)` and `type(obj)`, as the built-in constructor.
    pub(crate) fn type_constructor(&self, a: &Args<'_>) -> PyResult {
        if a.pos.len() == 1 {
            if !a.kwnames.is_empty() {
                return self.type_err("type() takes no keyword arguments");
            }
            return Ok(Gc::into_obj(self.type_of(&a.pos[0])));
        }
        if a.pos.len() != 3 {
            return self.type_err("type() takes 1 or 3 arguments");
        }
        self.call_metaclass(&self.types.type_, &flat_args(a), kw_opt(a.kwnames))
    }

    /// The body of `type.__new__(mcls, name, bases, ns, **kw)` once the arguments are
    /// checked: the most derived metaclass of `mcls` and the bases' (whose own `__new__`
    /// takes over when it is not `mcls`), a copy of `ns`, the class, then `__set_name__`
    /// and the parents' `__init_subclass__(**kw)`.
    fn type_new(
        &self,
        mcls: &Gc<TypeObj>,
        name: &ObjRef,
        bases: &Gc<TupleObj>,
        ns: &ObjRef,
        kwnames: &[ObjRef],
        kwvals: &[ObjRef],
    ) -> PyResult {
        let winner = self.calculate_metaclass(mcls, tuple_items(bases))?;
        if !Gc::ptr_eq(&winner, mcls) {
            if let Some(f) = self.lookup_type_attr(&winner, "__new__")? {
                if !is_native(&f) {
                    let mut v = vec![
                        Gc::to_obj(&winner),
                        name.clone(),
                        Gc::to_obj(bases),
                        ns.clone(),
                    ];
                    v.extend_from_slice(kwvals);
                    return self.call(&f, &v, kw_opt(kwnames));
                }
            }
        }
        let mut base_types = Vec::with_capacity(tuple_items(bases).len());
        for b in tuple_items(bases).iter() {
            match b.downcast::<TypeObj>() {
                Some(t) => base_types.push(t),
                None => return self.type_err("bases must be types"),
            }
        }
        if let Some(q) = super::subclass::downcast_receiver::<DictObj>(ns)
            .and_then(|d| self.dict_get_str(&d, "__qualname__"))
        {
            if !q.is::<StrObj>() {
                return self.type_err(format!(
                    "type __qualname__ must be a str, not {}",
                    self.type_name(&q)
                ));
            }
        }
        let copy = self.new_dict()?;
        if let Some(d) = super::subclass::downcast_receiver::<DictObj>(ns) {
            let entries: Vec<(ObjRef, ObjRef)> =
                d.0.borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
            for (k, v) in entries {
                self.dict_set(&copy, k, v)?;
            }
        }
        self.wrap_implicit_classmethods(&copy)?;
        let meta = if Gc::ptr_eq(&winner, &self.types.type_) {
            None
        } else {
            Some(winner)
        };
        let cls = self.new_class_of(&self.str(name)?, base_types, copy, meta)?;
        self.set_names(&cls)?;
        self.init_subclass(&cls, kwnames, kwvals.to_vec())?;
        Ok(cls)
    }

    /// CPython's abstract-class check in `object.__new__`: a class whose own
    /// `__abstractmethods__` (set by `abc.ABCMeta`) is not empty cannot be instantiated.
    pub(crate) fn check_abstract(&self, t: &TypeObj) -> PyResult<()> {
        let Some(a) = self.dict_get_str(&t.dict, "__abstractmethods__") else {
            return Ok(());
        };
        if !self.truthy(&a)? {
            return Ok(());
        }
        let mut names: Vec<String> = Vec::new();
        for n in self.collect(&a)? {
            names.push(self.repr(&n)?);
        }
        names.sort();
        self.type_err(format!(
            "Can't instantiate abstract class {} without an implementation for abstract method{} {}",
            t.name,
            if names.len() == 1 { "" } else { "s" },
            names.join(", ")
        ))
    }
}
