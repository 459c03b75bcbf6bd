//! Built-in methods as CPython 3.12's descriptor types show them. A built-in type's
//! namespace holds its named methods as `method_descriptor`s (`str.upper`), the methods of
//! its slots as `wrapper_descriptor`s (`int.__add__`, "slot wrappers") and its class methods
//! as `classmethod_descriptor`s. Read through an instance, a method descriptor binds to a
//! `builtin_function_or_method` (`[].append`), a slot wrapper to a `method-wrapper`
//! (`(1).__add__`), a class method descriptor to a built-in method of the class.
//!
//! All of them are `BuiltinFunc`s told apart by their `BuiltinKind`, so the eval loop's
//! method caches and direct native calls see the one layout they always did; only the
//! paths that call a descriptor through its type (`str.upper(x)`) check the receiver,
//! which the instance paths never need to.

use heap::{Gc, ObjRef};

use super::objects::*;
use super::{Args, PyResult, Vm};

impl Vm {
    /// The method `name` of the built-in type `t` as its namespace holds it: a slot
    /// wrapper for a slot's method, else a method descriptor.
    pub(crate) fn new_type_method(
        &self,
        t: &Gc<TypeObj>,
        name: &'static str,
        f: NativeFn,
    ) -> PyResult {
        let kind = if is_slot_wrapper(&t.name, name) {
            BuiltinKind::SlotWrapper
        } else {
            BuiltinKind::Method
        };
        self.new_descriptor(t, name, f, kind)
    }

    /// An unbound descriptor of kind `kind` for `t`'s method `name`.
    pub(crate) fn new_descriptor(
        &self,
        t: &Gc<TypeObj>,
        name: &'static str,
        f: NativeFn,
        kind: BuiltinKind,
    ) -> PyResult {
        self.alloc_obj(BuiltinFunc {
            name,
            f,
            self_: None,
            home: Some(Gc::to_obj(t)),
            kind,
        })
    }

    /// The built-in `descr` (unbound, `b`) read through `obj`, an instance of `cls`.
    pub(crate) fn bind_builtin(
        &self,
        descr: &ObjRef,
        b: &BuiltinFunc,
        obj: &ObjRef,
        cls: &Gc<TypeObj>,
    ) -> PyResult {
        match b.kind {
            // (pymem binds a plain built-in function stored in a class, as it always did:
            // the natively made classes of the modules keep their methods so.)
            BuiltinKind::Function | BuiltinKind::Method => {
                self.alloc_obj(BuiltinFunc::bound(b.name, b.f, obj.clone()))
            }
            BuiltinKind::SlotWrapper => self.alloc_obj(BuiltinFunc {
                name: b.name,
                f: b.f,
                self_: Some(obj.clone()),
                home: b.home.clone(),
                kind: BuiltinKind::MethodWrapper,
            }),
            BuiltinKind::ClassMethod => self.bind_to_class(b, cls),
            BuiltinKind::MethodWrapper => Ok(descr.clone()),
        }
    }

    /// A class method descriptor read through the class `cls` (`dict.fromkeys`).
    pub(crate) fn bind_to_class(&self, b: &BuiltinFunc, cls: &Gc<TypeObj>) -> PyResult {
        self.alloc_obj(BuiltinFunc::bound(b.name, b.f, Gc::to_obj(cls)))
    }

    /// Before an unbound descriptor runs on `pos` (called through its type: `str.upper(x)`,
    /// `int.__add__(x, y)`, `dict.__dict__['fromkeys'](cls, it)`): its receiver must be an
    /// instance (for a class method, a subclass) of the type that defines it. Paths that
    /// found the method on the receiver's own type call the native code without this.
    /// Out of line: the callers test `kind` first, so a plain function pays one compare.
    #[inline(never)]
    pub(crate) fn check_receiver(&self, b: &BuiltinFunc, pos: &[ObjRef]) -> PyResult<()> {
        let Some(owner) = b.owner().filter(|_| b.self_.is_none()) else {
            return Ok(());
        };
        let fits = match pos.first() {
            None => false,
            Some(r) if b.kind == BuiltinKind::ClassMethod => r
                .downcast_ref::<TypeObj>()
                .is_some_and(|t| self.is_subtype(t, owner)),
            Some(r) => self.isinstance(r, owner),
        };
        if fits {
            return Ok(());
        }
        Err(self.receiver_error(b, &owner.name, pos.first()))
    }

    /// CPython's words for a descriptor's missing or wrong receiver.
    #[cold]
    fn receiver_error(&self, b: &BuiltinFunc, owner: &str, receiver: Option<&ObjRef>) -> ObjRef {
        let name = b.name;
        let text = match (b.kind, receiver) {
            (BuiltinKind::Method, None) => {
                format!("unbound method {owner}.{name}() needs an argument")
            }
            (_, None) => format!("descriptor '{name}' of '{owner}' object needs an argument"),
            (BuiltinKind::SlotWrapper, Some(r)) => format!(
                "descriptor '{name}' requires a '{owner}' object but received a '{}'",
                self.type_name(r)
            ),
            (BuiltinKind::ClassMethod, Some(r)) => match r.downcast_ref::<TypeObj>() {
                Some(t) => format!(
                    "descriptor '{name}' requires a subtype of '{owner}' but received '{}'",
                    t.name
                ),
                None => format!(
                    "descriptor '{name}' for type '{owner}' needs a type, not a '{}' as arg 2",
                    self.type_name(r)
                ),
            },
            (_, Some(r)) => format!(
                "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
                self.type_name(r)
            ),
        };
        self.exc_msg("TypeError", &text)
    }

    /// `repr()` of a built-in function, method or descriptor.
    pub(crate) fn builtin_repr(&self, b: &BuiltinFunc) -> String {
        let name = b.name;
        let owner = || b.owner().map(|t| t.name.clone()).unwrap_or_default();
        match (b.kind, &b.self_) {
            (BuiltinKind::Method | BuiltinKind::ClassMethod, _) => {
                format!("<method '{name}' of '{}' objects>", owner())
            }
            (BuiltinKind::SlotWrapper, _) => {
                format!("<slot wrapper '{name}' of '{}' objects>", owner())
            }
            (BuiltinKind::MethodWrapper, Some(s)) => format!(
                "<method-wrapper '{name}' of {} object at {:#x}>",
                self.type_name(s),
                s.addr()
            ),
            (_, Some(s)) if !s.is::<ModuleObj>() => format!(
                "<built-in method {name} of {} object at {:#x}>",
                self.type_name(s),
                s.addr()
            ),
            _ => format!("<built-in function {name}>"),
        }
    }

    /// The attributes a descriptor or method-wrapper answers itself (None: look along its
    /// type). A `builtin_function_or_method`'s are `attr.rs`'s.
    pub(crate) fn descriptor_attr(&self, b: &BuiltinFunc, name: &str) -> Option<PyResult> {
        let owner = b.owner()?;
        Some(match name {
            "__name__" => self.new_str(b.name),
            "__qualname__" => self.new_str(&format!("{}.{}", owner.name, b.name)),
            "__objclass__" => Ok(Gc::to_obj(owner)),
            "__self__" => match &b.self_ {
                Some(s) => Ok(s.clone()),
                None => return None,
            },
            // pymem's native methods carry no docstrings or signatures.
            "__doc__" | "__text_signature__" => Ok(self.none()),
            _ => return None,
        })
    }
}

/// `descriptor.__get__(obj, type=None)` for method descriptors and slot wrappers: the
/// descriptor itself through a class, else bound to `obj`, which must be an instance of
/// the defining type.
fn descriptor_get(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (descr, obj, cls) = get_args(vm, a)?;
    let b = descr_of(vm, descr)?;
    let Some(owner) = b.owner() else {
        return Ok(descr.clone());
    };
    if vm.is_none(obj) {
        if cls.is_none_or(|c| vm.is_none(c)) {
            return vm.type_err("__get__(None, None) is invalid");
        }
        return Ok(descr.clone());
    }
    if !vm.isinstance(obj, owner) {
        return vm.type_err(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            b.name,
            owner.name,
            vm.type_name(obj)
        ));
    }
    vm.bind_builtin(descr, b, obj, &vm.type_of(obj))
}

/// `classmethod_descriptor.__get__(obj, type=None)`: bound to `type`, or to `obj`'s type.
fn class_descriptor_get(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (descr, obj, cls) = get_args(vm, a)?;
    let b = descr_of(vm, descr)?;
    let cls = match cls.filter(|c| !vm.is_none(c)) {
        Some(c) => c.clone(),
        None if vm.is_none(obj) => return vm.type_err("__get__(None, None) is invalid"),
        None => Gc::into_obj(vm.type_of(obj)),
    };
    vm.check_receiver(b, std::slice::from_ref(&cls))?;
    let Some(t) = cls.downcast_ref::<TypeObj>() else {
        return vm.type_err("__get__ expected a type");
    };
    vm.bind_to_class(b, t)
}

/// The descriptor and `__get__`'s arguments (`obj`, optional `type`), as CPython's
/// wrapper for the slot checks them.
fn get_args<'a>(
    vm: &Vm,
    a: &'a Args<'_>,
) -> PyResult<(&'a ObjRef, &'a ObjRef, Option<&'a ObjRef>)> {
    if !a.kwnames.is_empty() {
        return vm.type_err("__get__() takes no keyword arguments");
    }
    match a.pos {
        [] => vm.type_err("descriptor '__get__' needs an argument"),
        [_] => vm.type_err(" expected at least 1 argument, got 0"),
        [d, obj] => Ok((d, obj, None)),
        [d, obj, cls] => Ok((d, obj, Some(cls))),
        _ => vm.type_err(format!(
            " expected at most 2 arguments, got {}",
            a.pos.len() - 1
        )),
    }
}

fn descr_of<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a BuiltinFunc> {
    match o.downcast_ref::<BuiltinFunc>() {
        Some(b) => Ok(b),
        None => vm.type_err(format!(
            "descriptor '__get__' requires a descriptor but received a '{}'",
            vm.type_name(o)
        )),
    }
}

/// `descriptor.__call__(receiver, ...)`: the call itself.
fn descriptor_call(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some((callee, pos)) = a.pos.split_first() else {
        return vm.type_err("descriptor '__call__' needs an argument");
    };
    descr_of(vm, callee)?;
    let mut args = Vec::with_capacity(pos.len() + a.kwvals.len());
    args.extend_from_slice(pos);
    args.extend_from_slice(a.kwvals);
    let kw = (!a.kwnames.is_empty()).then_some(a.kwnames);
    vm.call(callee, &args, kw)
}

/// `__reduce__` of a built-in method, method descriptor, slot wrapper or method-wrapper:
/// pickled as the attribute lookup that finds it again (`getattr([], 'append')`,
/// `getattr(str, 'upper')`, `getattr(1, '__add__')`). A function of a module is pickled by
/// its name, as a global.
fn descriptor_reduce(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(b) = a.pos.first().and_then(|o| o.downcast_ref::<BuiltinFunc>()) else {
        return vm.type_err("descriptor '__reduce__' needs an argument");
    };
    let holder = match (&b.self_, b.owner()) {
        (Some(s), _) if !s.is::<ModuleObj>() => s.clone(),
        (_, Some(t)) => Gc::to_obj(t),
        _ => return vm.new_str(b.name),
    };
    let getattr = vm
        .dict_get_str(&vm.builtins, "getattr")
        .unwrap_or_else(|| vm.none());
    let name = vm.new_str(b.name)?;
    let args = vm.new_tuple(vec![holder, name])?;
    vm.new_tuple(vec![getattr, args])
}

/// The descriptor types' own methods.
pub(crate) fn install(vm: &Vm) {
    let t = &vm.types;
    let add = super::methods::add;
    for ty in [&t.method_descriptor, &t.wrapper_descriptor] {
        add(vm, ty, "__get__", descriptor_get);
        add(vm, ty, "__call__", descriptor_call);
        add(vm, ty, "__reduce__", descriptor_reduce);
    }
    add(
        vm,
        &t.classmethod_descriptor,
        "__get__",
        class_descriptor_get,
    );
    add(vm, &t.classmethod_descriptor, "__call__", descriptor_call);
    add(vm, &t.method_wrapper, "__call__", descriptor_call);
    add(vm, &t.method_wrapper, "__reduce__", descriptor_reduce);
    add(vm, &t.builtin, "__reduce__", descriptor_reduce);
}

/// Whether CPython implements `owner.name` as a slot wrapper (a `wrapper_descriptor`, made
/// for a type slot such as `tp_repr` or `nb_add`) rather than a method descriptor. A few
/// types list a slot's method among their methods too, and then the method is what the
/// type holds.
pub(crate) fn is_slot_wrapper(owner: &str, name: &str) -> bool {
    const SLOTS: &[&str] = &[
        "__abs__",
        "__add__",
        "__aiter__",
        "__and__",
        "__anext__",
        "__await__",
        "__bool__",
        "__buffer__",
        "__call__",
        "__contains__",
        "__del__",
        "__delattr__",
        "__delete__",
        "__delitem__",
        "__divmod__",
        "__eq__",
        "__float__",
        "__floordiv__",
        "__ge__",
        "__get__",
        "__getattr__",
        "__getattribute__",
        "__getitem__",
        "__gt__",
        "__hash__",
        "__iadd__",
        "__iand__",
        "__ifloordiv__",
        "__ilshift__",
        "__imatmul__",
        "__imod__",
        "__imul__",
        "__index__",
        "__init__",
        "__int__",
        "__invert__",
        "__ior__",
        "__ipow__",
        "__irshift__",
        "__isub__",
        "__iter__",
        "__itruediv__",
        "__ixor__",
        "__le__",
        "__len__",
        "__lshift__",
        "__lt__",
        "__matmul__",
        "__mod__",
        "__mul__",
        "__ne__",
        "__neg__",
        "__next__",
        "__or__",
        "__pos__",
        "__pow__",
        "__radd__",
        "__rand__",
        "__rdivmod__",
        "__release_buffer__",
        "__repr__",
        "__rfloordiv__",
        "__rlshift__",
        "__rmatmul__",
        "__rmod__",
        "__rmul__",
        "__ror__",
        "__rpow__",
        "__rrshift__",
        "__rshift__",
        "__rsub__",
        "__rtruediv__",
        "__rxor__",
        "__set__",
        "__setattr__",
        "__setitem__",
        "__str__",
        "__sub__",
        "__truediv__",
        "__xor__",
    ];
    let listed_method = match name {
        "__getitem__" => matches!(owner, "dict" | "list"),
        "__contains__" => matches!(owner, "dict" | "set" | "frozenset"),
        _ => false,
    };
    !listed_method && SLOTS.contains(&name)
}
