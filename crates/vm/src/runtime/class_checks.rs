//! `isinstance` and `issubclass` with CPython 3.12's rules (`Objects/abstract.c`):
//!
//! * a plain class answers from its MRO; when that says no, an instance whose class
//!   overrides `__class__` is asked again with the class it claims;
//! * a tuple (nested to any depth, each level counting against the recursion limit) is
//!   tried member by member, left to right, stopping at the first match;
//! * anything else is asked through `__instancecheck__` / `__subclasscheck__` of its type
//!   (a metaclass's, `types.UnionType`'s, `types.GenericAlias`'s, a typing object's);
//! * without such a hook, an object with a `__bases__` tuple is a "class" as far as these
//!   checks go, and the answer comes from walking `__bases__` (CPython's
//!   `abstract_issubclass`); everything else is refused with CPython's messages.
//!
//! Also `type.__instancecheck__` and `type.__subclasscheck__`, the hook-free checks a
//! metaclass reaches with `super()`.

use heap::{Gc, ObjRef};

use super::objects::class::{CUSTOM_META, HAS_DATA_DESCR, HAS_GETATTRIBUTE};
use super::objects::*;
use super::{Args, PyResult, Vm};

const ARG2_ISINSTANCE: &str = "isinstance() arg 2 must be a type, a tuple of types, or a union";
const ARG2_ISSUBCLASS: &str = "issubclass() arg 2 must be a class, a tuple of classes, or a union";
const ARG1_ISSUBCLASS: &str = "issubclass() arg 1 must be a class";

fn two_args<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<(&'a ObjRef, &'a ObjRef)> {
    if !a.kwnames.is_empty() {
        return vm.type_err(format!("{name}() takes no keyword arguments"));
    }
    match a.pos {
        [x, y] => Ok((x, y)),
        _ => vm.type_err(format!("{name} expected 2 arguments, got {}", a.pos.len())),
    }
}

/// A class of plain `type` (no metaclass hooks to consult).
fn plain_class(o: &ObjRef) -> Option<Gc<TypeObj>> {
    o.downcast::<TypeObj>().filter(|t| !t.has(CUSTOM_META))
}

/// The builtin `isinstance(obj, classinfo)`.
pub fn isinstance(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (obj, spec) = two_args(vm, a, "isinstance")?;
    let r = match plain_class(spec) {
        Some(c) => instance_of_class(vm, obj, &c)?,
        None => recursive_isinstance(vm, obj, spec)?,
    };
    Ok(vm.bool_obj(r))
}

/// The builtin `issubclass(cls, classinfo)`.
pub fn issubclass(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (derived, spec) = two_args(vm, a, "issubclass")?;
    if let (Some(d), Some(c)) = (derived.downcast::<TypeObj>(), plain_class(spec)) {
        return Ok(vm.bool_obj(vm.is_subtype(&d, &c)));
    }
    Ok(vm.bool_obj(recursive_issubclass(vm, derived, spec)?))
}

/// `isinstance(obj, c)` for a real class, without its metaclass's hook.
fn instance_of_class(vm: &Vm, obj: &ObjRef, c: &Gc<TypeObj>) -> PyResult<bool> {
    let t = vm.type_of(obj);
    if vm.is_subtype(&t, c) {
        return Ok(true);
    }
    match claimed_class(vm, obj, &t)? {
        Some(icls) => Ok(icls
            .downcast::<TypeObj>()
            .is_some_and(|i| !Gc::ptr_eq(&i, &t) && vm.is_subtype(&i, c))),
        None => Ok(false),
    }
}

/// `obj.__class__` when the object's class overrides the attribute (a property returning
/// another class, as `unittest.mock` does); `None` when it is the real type. Only classes
/// with data descriptors or a `__getattribute__` can override it (a plain class attribute
/// named `__class__` is not looked at), so a failing check costs a flag test.
fn claimed_class(vm: &Vm, obj: &ObjRef, t: &Gc<TypeObj>) -> PyResult<Option<ObjRef>> {
    if !obj.is::<Instance>()
        || !t.has(HAS_DATA_DESCR | HAS_GETATTRIBUTE)
        || vm.lookup_type_attr(t, "__class__")?.is_none() && !t.has(HAS_GETATTRIBUTE)
    {
        return Ok(None);
    }
    vm.getattr_opt(obj, &vm.intern("__class__")?)
}

/// CPython's `object_recursive_isinstance`.
fn recursive_isinstance(vm: &Vm, obj: &ObjRef, spec: &ObjRef) -> PyResult<bool> {
    let t = vm.type_of(obj);
    if Gc::as_obj(&t).ptr_eq(spec) {
        return Ok(true);
    }
    if let Some(c) = plain_class(spec) {
        return instance_of_class(vm, obj, &c);
    }
    if let Some(items) = spec.downcast::<TupleObj>() {
        return any_member(vm, tuple_items(&items), " in __instancecheck__", |x| {
            recursive_isinstance(vm, obj, x)
        });
    }
    if let Some(hook) = check_hook(vm, spec, "__instancecheck__")? {
        let r = vm.call(&hook, &[spec.clone(), obj.clone()], None)?;
        return vm.truthy(&r);
    }
    hookless_isinstance(vm, obj, spec)
}

/// CPython's `object_issubclass`.
fn recursive_issubclass(vm: &Vm, derived: &ObjRef, spec: &ObjRef) -> PyResult<bool> {
    if plain_class(spec).is_some() {
        return Ok(derived.ptr_eq(spec) || hookless_issubclass(vm, derived, spec)?);
    }
    if let Some(items) = spec.downcast::<TupleObj>() {
        return any_member(vm, tuple_items(&items), " in __subclasscheck__", |x| {
            recursive_issubclass(vm, derived, x)
        });
    }
    if let Some(hook) = check_hook(vm, spec, "__subclasscheck__")? {
        let r = vm.call(&hook, &[spec.clone(), derived.clone()], None)?;
        return vm.truthy(&r);
    }
    hookless_issubclass(vm, derived, spec)
}

/// The first member of a classinfo tuple that answers yes; each tuple level is one level
/// of recursion, as in CPython.
fn any_member(
    vm: &Vm,
    items: &[ObjRef],
    context: &str,
    mut check: impl FnMut(&ObjRef) -> PyResult<bool>,
) -> PyResult<bool> {
    vm.stack_guard_in(context)?;
    vm.depth.set(vm.depth.get() + 1);
    let mut r = Ok(false);
    for x in items {
        r = check(x);
        if !matches!(r, Ok(false)) {
            break;
        }
    }
    vm.depth.set(vm.depth.get() - 1);
    r
}

/// The `__instancecheck__` / `__subclasscheck__` the type of `spec` defines in Python (a
/// metaclass's for a class; the class's own for another object).
fn check_hook(vm: &Vm, spec: &ObjRef, hook: &str) -> PyResult<Option<ObjRef>> {
    if spec.is::<TypeObj>() {
        return vm.meta_method(spec, hook);
    }
    match spec.downcast_ref::<Instance>() {
        Some(inst) => vm.lookup_type_attr(&inst.class(), hook),
        None => Ok(None),
    }
}

/// CPython's `object_isinstance`: the check `type.__instancecheck__` makes.
fn hookless_isinstance(vm: &Vm, obj: &ObjRef, spec: &ObjRef) -> PyResult<bool> {
    if let Some(c) = spec.downcast::<TypeObj>() {
        return instance_of_class(vm, obj, &c);
    }
    if !is_abstract_class(vm, spec)? {
        return vm.type_err(ARG2_ISINSTANCE);
    }
    match vm.getattr_opt(obj, &vm.intern("__class__")?)? {
        Some(icls) => abstract_issubclass(vm, &icls, spec),
        None => Ok(false),
    }
}

/// CPython's `recursive_issubclass`: the check `type.__subclasscheck__` makes.
fn hookless_issubclass(vm: &Vm, derived: &ObjRef, spec: &ObjRef) -> PyResult<bool> {
    if let (Some(d), Some(c)) = (derived.downcast::<TypeObj>(), spec.downcast::<TypeObj>()) {
        return Ok(vm.is_subtype(&d, &c));
    }
    if !derived.is::<TypeObj>() && !is_abstract_class(vm, derived)? {
        return vm.type_err(ARG1_ISSUBCLASS);
    }
    let union = vm.type_of(spec).name.as_str() == "UnionType";
    if !union && !spec.is::<TypeObj>() && !is_abstract_class(vm, spec)? {
        return vm.type_err(ARG2_ISSUBCLASS);
    }
    abstract_issubclass(vm, derived, spec)
}

/// The `__bases__` of an object that is not a class, if it has a tuple there.
fn abstract_bases(vm: &Vm, o: &ObjRef) -> PyResult<Option<Gc<TupleObj>>> {
    Ok(vm
        .getattr_opt(o, &vm.intern("__bases__")?)?
        .and_then(|b| b.downcast::<TupleObj>()))
}

fn is_abstract_class(vm: &Vm, o: &ObjRef) -> PyResult<bool> {
    Ok(abstract_bases(vm, o)?.is_some())
}

/// Is `spec` reachable from `derived` through `__bases__` (by identity)?
fn abstract_issubclass(vm: &Vm, derived: &ObjRef, spec: &ObjRef) -> PyResult<bool> {
    let mut derived = derived.clone();
    loop {
        if derived.ptr_eq(spec) {
            return Ok(true);
        }
        let bases: Vec<ObjRef> = match derived.downcast::<TypeObj>() {
            Some(t) => tuple_items(&t.bases).to_vec(),
            None => match abstract_bases(vm, &derived)? {
                Some(b) => tuple_items(&b).to_vec(),
                None => return Ok(false),
            },
        };
        match bases.as_slice() {
            [] => return Ok(false),
            // One base: iterate rather than recurse (a long single-inheritance chain).
            [only] => derived = only.clone(),
            _ => {
                return any_member(vm, &bases, " in __issubclass__", |b| {
                    abstract_issubclass(vm, b, spec)
                })
            }
        }
    }
}

/// `type.__instancecheck__(cls, obj)`.
fn type_instancecheck(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (cls, obj) = hook_args(vm, a, "__instancecheck__")?;
    Ok(vm.bool_obj(hookless_isinstance(vm, obj, cls)?))
}

/// `type.__subclasscheck__(cls, sub)`.
fn type_subclasscheck(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (cls, sub) = hook_args(vm, a, "__subclasscheck__")?;
    Ok(vm.bool_obj(hookless_issubclass(vm, sub, cls)?))
}

fn hook_args<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<(&'a ObjRef, &'a ObjRef)> {
    match a.pos {
        [cls, _] if !cls.is::<TypeObj>() => vm.type_err(format!(
            "descriptor '{name}' requires a 'type' object but received a '{}'",
            vm.type_name(cls)
        )),
        [cls, x] if a.kwnames.is_empty() => Ok((cls, x)),
        _ => vm.type_err(format!(
            "type.{name}() takes exactly one argument ({} given)",
            a.pos.len().saturating_sub(1) + a.kwnames.len()
        )),
    }
}

/// Install `type.__instancecheck__` and `type.__subclasscheck__`.
pub fn install(vm: &Vm) {
    let t = &vm.types.type_;
    super::methods::add(vm, t, "__instancecheck__", type_instancecheck);
    super::methods::add(vm, t, "__subclasscheck__", type_subclasscheck);
}
