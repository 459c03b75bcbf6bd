//! Attribute access: `getattr`, `setattr`, `delattr`, and the method-call fast path.

use heap::{Gc, ObjRef};

use super::objects::class::{
    Kind, BUILTIN_BASE, CUSTOM_META, HAS_DATA_DESCR, HAS_DEL, HAS_EQ, HAS_GETATTR,
    HAS_GETATTRIBUTE, HAS_SETATTR, INHERITED_FLAGS, SLOT_SHADOWED,
};

thread_local! {
    /// Set by `object.__getattribute__` so the next lookup on an instance whose class
    /// overrides `__getattribute__` takes the default path instead of recursing.
    static DEFAULT_GETATTRIBUTE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}
use super::objects::instance::{inst_get, inst_has, inst_set, inst_values, set_after};
use super::objects::*;
use super::{PyResult, Vm};

impl Vm {
    /// Look `name` up along the type's MRO (by Rust text).
    pub fn lookup_type_attr(&self, t: &Gc<TypeObj>, name: &str) -> PyResult<Option<ObjRef>> {
        // One hash for the whole MRO walk.
        let h = super::objects::string::str_hash(name);
        if let Some(v) = self.dict_get_str_hashed(&t.dict, name, h) {
            return Ok(Some(v));
        }
        for b in &t.mro {
            if let Some(v) = self.dict_get_str_hashed(&b.dict, name, h) {
                return Ok(Some(v));
            }
        }
        Ok(None)
    }

    /// Look a str object up along the type's MRO.
    #[inline]
    pub fn lookup_type(&self, t: &TypeObj, name: &ObjRef, s: &StrObj) -> Option<ObjRef> {
        if let Some(v) = self.dict_get_strobj(&t.dict, name, s) {
            return Some(v);
        }
        for b in &t.mro {
            if let Some(v) = self.dict_get_strobj(&b.dict, name, s) {
                return Some(v);
            }
        }
        None
    }

    /// Position of attribute `name` in the class's shared keys.
    #[inline]
    pub fn key_index(&self, cls: &TypeObj, name: &ObjRef, s: &StrObj) -> Option<usize> {
        let keys = cls.keys.borrow();
        if let Some(i) = keys.iter().position(|k| k.ptr_eq(name)) {
            return Some(i);
        }
        // Names from code are interned, so this is only for computed names: compare hashes
        // (cached in the str) before text.
        let h = s.hash();
        keys.iter().position(|k| {
            k.downcast_ref::<StrObj>()
                .is_some_and(|k| k.hash() == h && k.s == s.s)
        })
    }

    /// Is `name` a slot of a base of `cls`, a class without `__slots__` of its own? Its
    /// instances keep those slots among their shared-key values; they stay there (out of
    /// the `__dict__`) when the dict is materialised, as CPython's slots are not in it.
    pub(crate) fn inherited_slot(&self, cls: &TypeObj, name: &str) -> bool {
        cls.slots.is_none() && self.slot_name(cls, name)
    }

    /// Is `name` one of the `__slots__` of `cls` or of a class in its MRO?
    fn slot_name(&self, cls: &TypeObj, name: &str) -> bool {
        own_slot(cls, name) || cls.mro.iter().any(|t| own_slot(t, name))
    }

    fn bind(&self, attr: ObjRef, obj: &ObjRef, cls: &Gc<TypeObj>) -> PyResult {
        if attr.is::<FuncObj>() {
            return self.alloc_obj(BoundMethod {
                func: attr,
                self_: obj.clone(),
            });
        }
        if let Some(b) = attr.downcast_ref::<BuiltinFunc>() {
            if b.self_.is_none() {
                return self.bind_builtin(&attr, b, obj, cls);
            }
            return Ok(attr);
        }
        if let Some(c) = attr.downcast_ref::<ClassMethod>() {
            return self.alloc_obj(BoundMethod {
                func: c.0.clone(),
                self_: Gc::to_obj(cls),
            });
        }
        if let Some(s) = attr.downcast_ref::<StaticMethod>() {
            return Ok(s.0.clone());
        }
        if let Some(m) = attr.downcast_ref::<MemberDescr>() {
            return self.member_get(m, obj);
        }
        if let Some(g) = attr.downcast_ref::<GetSetDescr>() {
            return self.getset_get(g, obj);
        }
        if let Some(p) = attr.downcast_ref::<Property>() {
            return match &p.fget {
                Some(g) => self.call(g, std::slice::from_ref(obj), None),
                None => {
                    // CPython 3.12's property_descr_get.
                    self.property_missing(p, &self.type_of(obj), "getter")
                }
            };
        }
        // The descriptor protocol for instances of classes with `__get__` (ctypes fields).
        if let Some(d) = attr.downcast::<Instance>() {
            if let Some(get) = self.lookup_type_attr(&d.class(), "__get__")? {
                return self.call(&get, &[attr.clone(), obj.clone(), Gc::to_obj(cls)], None);
            }
        }
        Ok(attr)
    }

    /// AttributeError "property 'x' of 'C' object has no getter" (`what`: getter, setter,
    /// deleter): the property named only once `__set_name__` gave it its name, the class
    /// by its qualname (CPython 3.12).
    pub(crate) fn property_missing<T>(
        &self,
        p: &Property,
        cls: &TypeObj,
        what: &str,
    ) -> PyResult<T> {
        let named = match &*p.name.borrow() {
            Some(n) => format!("'{}' ", self.str(n)?),
            None => String::new(),
        };
        self.err(
            "AttributeError",
            format!(
                "property {named}of '{}' object has no {what}",
                cls.current_qualname()
            ),
        )
    }

    /// Whether a `__slots__` member descriptor of `owner` applies to instances of `cls`: a
    /// subclass, or a class whose MRO has a copy of `owner` made by the frozen collections'
    /// `with_builtin_base` (the copy shares the namespace, hence the descriptor).
    pub(crate) fn member_applies(&self, cls: &Gc<TypeObj>, owner: &Gc<TypeObj>) -> bool {
        self.is_subtype(cls, owner)
            || std::iter::once(cls)
                .chain(cls.mro.iter())
                .any(|c| Gc::ptr_eq(&c.dict, &owner.dict))
    }

    /// `obj.name` through a `__slots__` member descriptor: the slot's value, or CPython's
    /// AttributeError when it is unset.
    pub(crate) fn member_get(&self, m: &MemberDescr, obj: &ObjRef) -> PyResult {
        let owner = m.owner.downcast_ref::<TypeObj>();
        let name = self.str(&m.name)?;
        if let (Some(inst), Some(s)) = (
            obj.downcast_ref::<Instance>(),
            m.name.downcast_ref::<StrObj>(),
        ) {
            if owner.is_some_and(|t| self.member_applies(&inst.class(), t)) {
                if let Some(v) = self
                    .key_index(inst.layout(), &m.name, s)
                    .and_then(|i| inst_get(inst, i))
                {
                    return Ok(v);
                }
                return Err(super::suggestions::attribute_error(
                    self,
                    obj,
                    &name,
                    format!(
                        "'{}' object has no attribute '{}'",
                        self.class_message_name(&inst.class()),
                        name
                    ),
                ));
            }
        }
        self.type_err(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name,
            owner.map_or("?", |t| &t.name),
            self.type_name(obj)
        ))
    }

    /// Is `v` an instance of a class with `__set__` or `__delete__` (a data descriptor,
    /// which takes precedence over the instance's own attributes)?
    pub fn is_data_descriptor(&self, v: &ObjRef) -> PyResult<bool> {
        let Some(d) = v.downcast::<Instance>() else {
            return Ok(false);
        };
        Ok(self.lookup_type_attr(&d.class(), "__set__")?.is_some()
            || self.lookup_type_attr(&d.class(), "__delete__")?.is_some())
    }

    /// A class's own `__getattribute__`, then its `__getattr__` on AttributeError.
    fn custom_getattribute(&self, o: &ObjRef, cls: &Gc<TypeObj>, name: &ObjRef) -> PyResult {
        let f = self
            .lookup_type_attr(cls, "__getattribute__")?
            .filter(|f| !f.is::<BuiltinFunc>());
        let Some(f) = f else {
            DEFAULT_GETATTRIBUTE.with(|d| d.set(true));
            return self.getattr(o, name);
        };
        match self.call(&f, &[o.clone(), name.clone()], None) {
            Err(e) if cls.has(HAS_GETATTR) && self.exc_matches(&e, "AttributeError") => {
                match self.lookup_type_attr(cls, "__getattr__")? {
                    Some(g) => self.call(&g, &[o.clone(), name.clone()], None),
                    None => Err(e),
                }
            }
            r => r,
        }
    }

    /// `object.__getattribute__(o, name)`: the default lookup, even when `o`'s class
    /// overrides `__getattribute__`.
    pub fn default_getattribute(&self, o: &ObjRef, name: &ObjRef) -> PyResult {
        let overridden = o
            .downcast::<Instance>()
            .is_some_and(|i| i.class().has(HAS_GETATTRIBUTE))
            || o.downcast_ref::<TypeObj>()
                .and_then(|t| t.meta.as_ref())
                .is_some_and(|m| m.has(HAS_GETATTRIBUTE));
        DEFAULT_GETATTRIBUTE.with(|d| d.set(overridden));
        let r = self.getattr(o, name);
        DEFAULT_GETATTRIBUTE.with(|d| d.set(false));
        r
    }

    /// `getattr(o, name)` with a Rust name.
    pub fn getattr_str(&self, o: &ObjRef, name: &str) -> PyResult {
        let n = self.intern(name)?;
        self.getattr(o, &n)
    }

    /// `getattr(o, name, None)`-like: `Ok(None)` on AttributeError.
    pub fn getattr_opt(&self, o: &ObjRef, name: &ObjRef) -> PyResult<Option<ObjRef>> {
        match self.getattr(o, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_matches(&e, "AttributeError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// A class attribute's binding (a property, a descriptor) that raised AttributeError
    /// still gives way to the class's `__getattr__`, as in CPython's `slot_tp_getattr_hook`.
    fn getattr_fallback(
        &self,
        r: PyResult,
        o: &ObjRef,
        cls: &Gc<TypeObj>,
        name: &ObjRef,
    ) -> PyResult {
        match r {
            Err(e) if cls.has(HAS_GETATTR) && self.exc_matches(&e, "AttributeError") => {
                match self.lookup_type_attr(cls, "__getattr__")? {
                    Some(f) => self.call(&f, &[o.clone(), name.clone()], None),
                    None => Err(e),
                }
            }
            r => r,
        }
    }

    /// `o.name`.
    pub fn getattr(&self, o: &ObjRef, name: &ObjRef) -> PyResult {
        let Some(s) = name.downcast_ref::<StrObj>() else {
            return self.type_err(format!(
                "attribute name must be string, not '{}'",
                self.type_name(name)
            ));
        };
        if let Some(inst) = o.downcast_ref::<Instance>() {
            let cls = &inst.class();
            if cls.has(HAS_GETATTRIBUTE) && !DEFAULT_GETATTRIBUTE.with(|d| d.replace(false)) {
                return self.custom_getattribute(o, cls, name);
            }
            if cls.has(HAS_DATA_DESCR) {
                if let Some(a) = self.lookup_type(cls, name, s) {
                    if a.is::<Property>() || self.is_data_descriptor(&a)? {
                        let r = self.bind(a, o, cls);
                        return self.getattr_fallback(r, o, cls, name);
                    }
                }
            }
            if let Some(d) = inst.dict() {
                if let Some(v) = self.dict_get_strobj(&d, name, s) {
                    return Ok(v);
                }
            } else if let Some(i) = self
                .key_index(inst.layout(), name, s)
                // A slot whose member the MRO no longer finds first (a member it finds was
                // served above, as a data descriptor) is not read.
                .filter(|_| !(cls.has(SLOT_SHADOWED) && self.slot_name(cls, &s.s)))
            {
                if let Some(v) = inst_get(inst, i) {
                    return Ok(v);
                }
            }
            if let Some(e) = inst.exc() {
                match &*s.s {
                    "args" => {
                        return Ok(e
                            .args
                            .borrow()
                            .clone()
                            .unwrap_or_else(|| self.empty_tuple.clone()))
                    }
                    "__cause__" => {
                        return Ok(e.cause.borrow().clone().unwrap_or_else(|| self.none()))
                    }
                    "__context__" => {
                        return Ok(e.context.borrow().clone().unwrap_or_else(|| self.none()))
                    }
                    "__suppress_context__" => return Ok(self.bool_obj(e.suppress_context.get())),
                    "__traceback__" => return self.exc_traceback(&e),
                    "message" | "exceptions" => {
                        if let Some(v) = super::exception_group::group_attr(&e, &s.s) {
                            return Ok(v);
                        }
                    }
                    _ => {}
                }
            }
            if let Some(a) = self.lookup_type(cls, name, s) {
                let r = self.bind(a, o, cls);
                return self.getattr_fallback(r, o, cls, name);
            }
            match &*s.s {
                "__class__" => return Ok(Gc::to_obj(cls)),
                "__dict__" if inst.layout().slots.is_none() => return self.instance_dict(inst),
                "__weakref__" if super::modules::weakref::weakrefable(o) => {
                    return super::modules::weakref::first_weakref(self, o)
                }
                _ => {}
            }
            if let Some(e) = inst.exc() {
                if let Some(v) = super::suggestions::hint_attr(self, &e, &s.s)? {
                    return Ok(v);
                }
                let args = e.args.borrow().clone();
                let args = args.as_ref().and_then(|a| a.downcast::<TupleObj>());
                let args = args.as_ref().map(tuple_items).unwrap_or(&[]);
                if let Some(v) = super::exc_attrs::derived_attr(self, cls, args, &s.s)? {
                    return Ok(v);
                }
            }
            if cls.has(HAS_GETATTR) {
                if let Some(f) = self.lookup_type_attr(cls, "__getattr__")? {
                    return self.call(&f, &[o.clone(), name.clone()], None);
                }
            }
            return Err(super::suggestions::attribute_error(
                self,
                o,
                &s.s,
                format!(
                    "'{}' object has no attribute '{}'",
                    self.class_message_name(cls),
                    s.s
                ),
            ));
        }
        if let Some(t) = o.downcast_ref::<TypeObj>() {
            // A metaclass's own `__getattribute__` answers for its classes.
            if let Some(meta) = t.meta.as_ref().filter(|m| m.has(HAS_GETATTRIBUTE)) {
                if !DEFAULT_GETATTRIBUTE.with(|d| d.replace(false)) {
                    return self.custom_getattribute(o, &meta.clone(), name);
                }
            }
            match &*s.s {
                "__name__" => return self.new_str(&t.current_name()),
                "__qualname__" => return self.new_str(&t.current_qualname()),
                "__module__" => return super::class_labels::module_attr(self, t),
                "__bases__" => {
                    if tuple_items(&t.bases).is_empty() && !Gc::ptr_eq(t, &self.types.object) {
                        return self.new_tuple([Gc::to_obj(&self.types.object)]);
                    }
                    return Ok(Gc::to_obj(&t.bases));
                }
                // The first base stands for CPython's "best base" (they differ only with
                // several bases of built-in layouts).
                "__base__" => {
                    return Ok(match t.first_base() {
                        Some(b) => Gc::to_obj(b),
                        None if Gc::ptr_eq(t, &self.types.object) => self.none(),
                        None => Gc::to_obj(&self.types.object),
                    })
                }
                "__mro__" => return self.mro_of(t),
                "__dict__" => return self.class_namespace_view(t),
                "__class__" => return Ok(Gc::into_obj(self.type_of(o))),
                _ => {}
            }
            if t.has(CUSTOM_META) {
                if let Some(v) = self.meta_data_descriptor_get(o, t, name, s)? {
                    return Ok(v);
                }
            }
            if let Some(a) = self.lookup_type(t, name, s) {
                if let Some(c) = a.downcast_ref::<ClassMethod>() {
                    return self.alloc_obj(BoundMethod {
                        func: c.0.clone(),
                        self_: o.clone(),
                    });
                }
                if let Some(b) = a.downcast_ref::<BuiltinFunc>() {
                    if b.kind == BuiltinKind::ClassMethod {
                        return self.bind_to_class(b, t);
                    }
                }
                if let Some(st) = a.downcast_ref::<StaticMethod>() {
                    return Ok(st.0.clone());
                }
                if let Some(d) = a.downcast::<Instance>() {
                    if let Some(get) = self.lookup_type_attr(&d.class(), "__get__")? {
                        return self.call(&get, &[a.clone(), self.none(), o.clone()], None);
                    }
                }
                return Ok(a);
            }
            if &*s.s == "__doc__" {
                return Ok(self.none());
            }
            // The metaclass's attributes (`type`'s for a plain class).
            let meta = t.meta.as_ref().unwrap_or(&self.types.type_);
            if let Some(a) = self.lookup_type(meta, name, s) {
                return self.bind(a, o, meta);
            }
            if t.has(CUSTOM_META) {
                if let Some(v) = self.meta_getattr_fallback(o, name)? {
                    return Ok(v);
                }
            }
            return Err(super::suggestions::attribute_error(
                self,
                o,
                &s.s,
                format!("type object '{}' has no attribute '{}'", t.name, s.s),
            ));
        }
        if let Some(m) = o.downcast_ref::<ModuleObj>() {
            if let Some(v) = self.dict_get_strobj(&m.dict, name, s) {
                return Ok(v);
            }
            if &*s.s == "__dict__" {
                return Ok(Gc::to_obj(&m.dict));
            }
            if m.name == "sys" {
                if let Some(m) = o.downcast::<ModuleObj>() {
                    if let Some(v) = super::modules::sys::lazy_attr(self, &m, &s.s)? {
                        return Ok(v);
                    }
                }
            }
            // PEP 562: a module-level `__getattr__` answers for missing names.
            if let Some(f) = self.dict_get_str(&m.dict, "__getattr__") {
                return self.call(&f, std::slice::from_ref(name), None);
            }
            return Err(super::suggestions::attribute_error(
                self,
                o,
                &s.s,
                format!("module '{}' has no attribute '{}'", m.name, s.s),
            ));
        }
        if let Some(f) = o.downcast_ref::<FuncObj>() {
            // `__doc__` and `__module__` live in the function's own dict once assigned (as a
            // decorator copying its target's does).
            if matches!(&*s.s, "__doc__" | "__module__") {
                if let Some(d) = &*f.dict.borrow() {
                    if let Some(v) = self.dict_get_strobj(d, name, s) {
                        return Ok(v);
                    }
                }
            }
            match &*s.s {
                "__name__" => return Ok(f.name.borrow().clone()),
                "__qualname__" => return Ok(f.qualname.borrow().clone()),
                "__defaults__" => {
                    return Ok(f.defaults.borrow().clone().unwrap_or_else(|| self.none()))
                }
                "__annotations__" => return self.func_annotations(f),
                "__kwdefaults__" => {
                    return Ok(f.kwdefaults.borrow().clone().unwrap_or_else(|| self.none()))
                }
                "__globals__" => return Ok(Gc::to_obj(&f.globals)),
                // The builtins namespace of the globals (a module's dict for a module).
                "__builtins__" => {
                    return Ok(match self.dict_get_str(&f.globals, "__builtins__") {
                        Some(b) => match b.downcast_ref::<ModuleObj>() {
                            Some(m) => Gc::to_obj(&m.dict),
                            None => b,
                        },
                        None => Gc::to_obj(&self.builtins),
                    })
                }
                "__code__" => return self.alloc_obj(CodeObj::new(f.code.clone())),
                "__closure__" => return Ok(f.closure.clone().unwrap_or_else(|| self.none())),
                "__doc__" => {
                    return match &f.code.docstring {
                        Some(d) => self.new_str(d),
                        None => Ok(self.none()),
                    }
                }
                "__module__" => {
                    return Ok(self
                        .dict_get_str(&f.globals, "__name__")
                        .unwrap_or_else(|| self.none()))
                }
                "__dict__" => {
                    let d = self.func_dict(f)?;
                    return Ok(d.into());
                }
                _ => {}
            }
            if let Some(d) = &*f.dict.borrow() {
                if let Some(v) = self.dict_get_strobj(d, name, s) {
                    return Ok(v);
                }
            }
        }
        if let Some(m) = o.downcast_ref::<BoundMethod>() {
            match &*s.s {
                "__self__" => return Ok(m.self_.clone()),
                "__func__" => return Ok(m.func.clone()),
                _ => return self.getattr(&m.func, name),
            }
        }
        if let Some(b) = o.downcast_ref::<BuiltinFunc>() {
            if b.kind != BuiltinKind::Function {
                if let Some(r) = self.descriptor_attr(b, &s.s) {
                    return r;
                }
            }
            match &*s.s {
                "__name__" => return self.new_str(b.name),
                // A bound built-in method is qualified by its receiver's type (by the class
                // itself for a class method: `dict.fromkeys`).
                "__qualname__" => {
                    let owner = match &b.self_ {
                        Some(o) if !o.is::<ModuleObj>() => {
                            Some(match o.downcast_ref::<TypeObj>() {
                                Some(t) => t.name.clone(),
                                None => self.type_of(o).name.clone(),
                            })
                        }
                        _ => None,
                    };
                    return match owner {
                        Some(t) => self.new_str(&format!("{t}.{}", b.name)),
                        None => self.new_str(b.name),
                    };
                }
                "__self__" if b.kind == BuiltinKind::Function => {
                    if let Some(owner) = &b.self_ {
                        return Ok(owner.clone());
                    }
                    // A module-level function's is its module (while imported).
                    if let Some(m) = b.module_name().filter(|m| *m != "builtins") {
                        return Ok(self
                            .dict_get_str(&self.modules, m)
                            .unwrap_or_else(|| self.none()));
                    }
                    // A built-in function's is the builtins module, as for any module's.
                    let builtin = self
                        .dict_get_str(&self.builtins, b.name)
                        .is_some_and(|f| f.ptr_eq(o));
                    return if builtin {
                        super::modules::import(self, "builtins")
                    } else {
                        Ok(self.none())
                    };
                }
                // A module's function names its module; a built-in method has none.
                "__module__" if b.kind == BuiltinKind::Function => {
                    if let Some(m) = b.module_name() {
                        return self.new_str(m);
                    }
                    return match &b.self_ {
                        None => self.new_str("builtins"),
                        Some(m) => match m.downcast_ref::<ModuleObj>() {
                            Some(m) => self.new_str(&m.name),
                            None => Ok(self.none()),
                        },
                    };
                }
                _ => {}
            }
        }
        if let Some(sp) = o.downcast_ref::<SuperObj>() {
            // `super(C, x)` looks along `x`'s MRO when `x` is a subclass of `C` (class-level:
            // classmethods, `__new__`), else along `type(x)`'s (`x` may be a class whose
            // metaclass is `C`'s subclass: `super().__init__(...)` in a metaclass).
            let class_level = sp
                .obj
                .downcast_ref::<TypeObj>()
                .filter(|t| self.is_subtype(t, &sp.cls));
            let start_t = match class_level {
                Some(t) => t.clone(),
                None => self.type_of(&sp.obj),
            };
            let class_level_type = class_level.cloned();
            let class_level = class_level.is_some();
            let mut found = false;
            let chain: Vec<Gc<TypeObj>> = std::iter::once(start_t.clone())
                .chain(start_t.mro.iter().cloned())
                .collect();
            for t in chain {
                if found {
                    if let Some(a) = self.dict_get_strobj(&t.dict, name, s) {
                        if class_level {
                            if let Some(c) = a.downcast_ref::<ClassMethod>() {
                                return self.alloc_obj(BoundMethod {
                                    func: c.0.clone(),
                                    self_: sp.obj.clone(),
                                });
                            }
                            if let (Some(b), Some(cls)) =
                                (a.downcast_ref::<BuiltinFunc>(), &class_level_type)
                            {
                                if b.kind == BuiltinKind::ClassMethod {
                                    return self.bind_to_class(b, cls);
                                }
                            }
                            return Ok(a);
                        }
                        return self.bind(a, &sp.obj, &start_t);
                    }
                } else if Gc::ptr_eq(&t, &sp.cls) {
                    found = true;
                }
            }
            return self.err(
                "AttributeError",
                format!("'super' object has no attribute '{}'", s.s),
            );
        }
        if let Some(m) = o.downcast_ref::<MemberDescr>() {
            match &*s.s {
                "__name__" => return Ok(m.name.clone()),
                "__objclass__" => return Ok(m.owner.clone()),
                _ => {}
            }
        }
        if let Some(g) = o.downcast_ref::<GetSetDescr>() {
            match &*s.s {
                "__name__" => return Ok(g.name.clone()),
                "__objclass__" => return Ok(g.owner.clone()),
                _ => {}
            }
        }
        if let Some(p) = o.downcast_ref::<Property>() {
            match &*s.s {
                "fget" => return Ok(p.fget.clone().unwrap_or_else(|| self.none())),
                "fset" => return Ok(p.fset.clone().unwrap_or_else(|| self.none())),
                "fdel" => return Ok(p.fdel.clone().unwrap_or_else(|| self.none())),
                "__doc__" => return Ok(p.doc.clone().unwrap_or_else(|| self.none())),
                _ => {}
            }
        }
        if &*s.s == "__class__" {
            return Ok(Gc::into_obj(self.type_of(o)));
        }
        let t = self.type_of(o);
        if let Some(a) = self.lookup_type(&t, name, s) {
            return self.bind(a, o, &t);
        }
        if let Some(r) = self.builtin_attr(o, &s.s)? {
            return Ok(r);
        }
        Err(super::suggestions::attribute_error(
            self,
            o,
            &s.s,
            format!("'{}' object has no attribute '{}'", self.type_name(o), s.s),
        ))
    }

    fn builtin_attr(&self, o: &ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
        if let Some(v) = self.method_wrapper_attr(o, name)? {
            return Ok(Some(v));
        }
        if let Some(c) = o.downcast_ref::<ComplexObj>() {
            return Ok(match name {
                "real" => Some(self.new_float(c.re)?),
                "imag" => Some(self.new_float(c.im)?),
                _ => None,
            });
        }
        if let Some(n) = self.num(o) {
            use super::ops::Num;
            return Ok(match (name, n) {
                ("real", Num::F(f)) => Some(self.new_float(f)?),
                ("imag", Num::F(_)) => Some(self.new_float(0.0)?),
                ("real" | "numerator", Num::I(i)) => Some(self.new_int(i)?),
                ("imag", Num::I(_)) => Some(self.new_int(0)?),
                ("denominator", Num::I(_)) => Some(self.new_int(1)?),
                _ => None,
            });
        }
        if let Some(mv) = o.downcast_ref::<super::objects::memoryview::MemoryView>() {
            return super::memoryview::attr(self, mv, name);
        }
        if let Some(r) = o.downcast_ref::<RangeObj>() {
            return Ok(match name {
                "start" => Some(self.new_int(r.start)?),
                "stop" => Some(self.new_int(r.stop)?),
                "step" => Some(self.new_int(r.step)?),
                _ => None,
            });
        }
        if name == "__get__" && o.is::<FuncObj>() {
            return super::function_descr::bound_get(self, o).map(Some);
        }
        // The function a staticmethod/classmethod wraps, and whether it is abstract.
        if matches!(name, "__func__" | "__wrapped__" | "__isabstractmethod__") {
            let func = match (
                o.downcast_ref::<StaticMethod>(),
                o.downcast_ref::<ClassMethod>(),
            ) {
                (Some(s), _) => Some(s.0.clone()),
                (_, Some(c)) => Some(c.0.clone()),
                _ => None,
            };
            if let Some(func) = func {
                if name != "__isabstractmethod__" {
                    return Ok(Some(func));
                }
                let flag = self.intern("__isabstractmethod__")?;
                let abstract_ = match self.getattr_opt(&func, &flag)? {
                    Some(v) => self.truthy(&v)?,
                    None => false,
                };
                return Ok(Some(self.bool_obj(abstract_)));
            }
        }
        if let Some(s) = o.downcast_ref::<SliceObj>() {
            return Ok(match name {
                "start" => Some(s.start.clone()),
                "stop" => Some(s.stop.clone()),
                "step" => Some(s.step.clone()),
                _ => None,
            });
        }
        if let Some(g) = o.downcast_ref::<GenObj>() {
            return self.gen_attr(g, name, "gi_");
        }
        if let Some(c) = o.downcast_ref::<CoroObj>() {
            return self.coro_attr(c, name);
        }
        if let Some(r) = self.tb_object_attr(o, name)? {
            return Ok(Some(r));
        }
        // `sys.version_info.major` ...: the fields of the struct sequence (a plain tuple
        // here), looked up only once ordinary tuple attributes have failed.
        if let Some(t) = o.downcast_ref::<TupleObj>() {
            let field = ["major", "minor", "micro", "releaselevel", "serial"]
                .iter()
                .position(|f| *f == name);
            if let Some(i) = field {
                let is_version_info = self
                    .dict_get_str(&self.modules, "sys")
                    .and_then(|m| m.downcast::<ModuleObj>())
                    .and_then(|m| self.dict_get_str(&m.dict, "version_info"))
                    .is_some_and(|v| v.ptr_eq(o));
                if is_version_info {
                    return Ok(tuple_items(t).get(i).cloned());
                }
            }
        }
        if let Some(c) = o.downcast_ref::<CellObj>() {
            if name == "cell_contents" {
                return match &*c.0.borrow() {
                    Some(v) => Ok(Some(v.clone())),
                    None => self.value_err("Cell is empty"),
                };
            }
        }
        Ok(None)
    }

    /// A function's `__dict__`, created on demand.
    pub fn func_dict(&self, f: &FuncObj) -> PyResult<Gc<DictObj>> {
        if let Some(d) = &*f.dict.borrow() {
            return Ok(d.clone());
        }
        let d = self.new_dict()?;
        *f.dict.borrow_mut() = Some(d.clone());
        Ok(d)
    }

    /// A snapshot dict of an instance's attributes (`obj.__dict__`; writes to it do not
    /// reach the instance: values live in the shared-key array).
    pub fn instance_dict(&self, inst: &Gc<Instance>) -> PyResult {
        if let Some(d) = inst.dict() {
            return Ok(d.into());
        }
        let d = self.new_dict()?;
        if let Some(slots) = &inst.layout().slots {
            // `__dict__` among the `__slots__`: the slots keep their values, the attributes
            // past them move to the dict.
            let n = slots.len();
            let keys: Vec<ObjRef> = inst
                .layout()
                .keys
                .borrow()
                .iter()
                .skip(n)
                .cloned()
                .collect();
            for (i, k) in keys.into_iter().enumerate() {
                if let Some(v) = inst_set(inst, n + i, None) {
                    self.dict_set(&d, k, v)?;
                }
            }
            Instance::set_dict(inst, d.clone());
            return Ok(d.into());
        }
        let keys = inst.layout().keys.borrow().clone();
        let kept: Vec<bool> = keys
            .iter()
            .map(|k| {
                k.downcast_ref::<StrObj>()
                    .is_some_and(|k| self.inherited_slot(inst.layout(), &k.s))
            })
            .collect();
        let values = inst_values(inst);
        for (i, (k, v)) in keys.into_iter().zip(values).enumerate() {
            if let Some(v) = v.filter(|_| !kept[i]) {
                self.dict_set(&d, k, v)?;
            }
        }
        // From now on the attributes live in the dict, so writes through it are seen (the
        // inherited slots stay where they are).
        let n = inst_values(inst).len();
        for i in (0..n).filter(|&i| !kept.get(i).copied().unwrap_or(false)) {
            let old = inst_set(inst, i, None);
            drop(old);
        }
        let split = !kept.contains(&true);
        if split
            && inst.layout().kind == Kind::Object
            && inst.base_value().is_none()
            && inst.exc().is_none()
        {
            // CPython 3.12 makes an instance's `__dict__` from its inline values as a split
            // table over its class's shared keys.
            d.0.borrow_mut().split = Some(SplitKeys {
                keys: inst.layout().keys.clone(),
                usable: inst.layout().keys_usable.clone(),
            });
        }
        Instance::set_dict(inst, d.clone());
        Ok(d.into())
    }

    /// Method lookup for `LoadMethod`: `(Some(function), self)` when the attribute is a plain
    /// function on the type (no bound method is created), else `(None, attribute)`.
    pub fn load_method(&self, o: ObjRef, name: &ObjRef) -> PyResult<(Option<ObjRef>, ObjRef)> {
        let Some(s) = name.downcast_ref::<StrObj>() else {
            return Ok((None, self.getattr(&o, name)?));
        };
        if let Some(inst) = o.downcast_ref::<Instance>() {
            let cls = &inst.class();
            if cls.has(HAS_GETATTRIBUTE) {
                return Ok((None, self.getattr(&o, name)?));
            }
            let shadowed = match inst.dict() {
                Some(d) => self.dict_get_strobj(&d, name, s).is_some(),
                None => self
                    .key_index(inst.layout(), name, s)
                    .is_some_and(|i| inst_has(inst, i)),
            };
            if !shadowed {
                if let Some(a) = self.lookup_type(cls, name, s) {
                    if a.is::<FuncObj>() {
                        return Ok((Some(a), o));
                    }
                }
            }
        } else if !o.is::<TypeObj>()
            && !o.is::<ModuleObj>()
            && !o.is::<SuperObj>()
            && !o.is::<FuncObj>()
        {
            let t = self.type_of(&o);
            if let Some(a) = self.lookup_type(&t, name, s) {
                if let Some(b) = a.downcast_ref::<BuiltinFunc>() {
                    if b.is_unbound_method() {
                        return Ok((Some(a), o));
                    }
                }
            }
        }
        let v = self.getattr(&o, name)?;
        Ok((None, v))
    }

    /// `o.name = value`.
    pub fn setattr(&self, o: &ObjRef, name: &ObjRef, value: ObjRef) -> PyResult<()> {
        let Some(s) = name.downcast_ref::<StrObj>() else {
            return self.type_err(format!(
                "attribute name must be string, not '{}'",
                self.type_name(name)
            ));
        };
        if let Some(inst) = o.downcast_ref::<Instance>() {
            let cls = &inst.class();
            if cls.has(HAS_SETATTR) {
                if let Some(f) = self.lookup_type_attr(cls, "__setattr__")? {
                    if f.is::<FuncObj>() {
                        self.call(&f, &[o.clone(), name.clone(), value], None)?;
                        return Ok(());
                    }
                }
            }
            return self.instance_setattr(inst, o, name, s, Some(value));
        }
        if let Some(t) = o.downcast_ref::<TypeObj>() {
            if t.has(CUSTOM_META) {
                return self.meta_setattr(o, t, name, s, Some(value));
            }
            return self.set_class_attr(t, name, s, value);
        }
        if &*s.s == "__class__" {
            // A built-in object's class: refused, the value checked first.
            return self.check_class_assignment(o, Some(&value));
        }
        if let Some(m) = o.downcast_ref::<ModuleObj>() {
            return self.dict_set(&m.dict, name.clone(), value);
        }
        if let Some(f) = o.downcast_ref::<FuncObj>() {
            if &*s.s == "__annotations__" {
                return self.set_func_annotations(f, Some(value));
            }
            if self.func_set_special(f, &s.s, Some(value.clone()))? {
                return Ok(());
            }
            let d = self.func_dict(f)?;
            return self.dict_set(&d, name.clone(), value);
        }
        if o.is::<StaticMethod>() || o.is::<ClassMethod>() {
            return self.method_wrapper_setattr(o, name, value).map(drop);
        }
        if o.is::<super::objects::memoryview::MemoryView>()
            && super::memoryview::ATTRIBUTES.contains(&&*s.s)
        {
            return self.err(
                "AttributeError",
                format!(
                    "attribute '{}' of 'memoryview' objects is not writable",
                    s.s
                ),
            );
        }
        self.builtin_setattr_error(o, &s.s)
    }

    /// `cls.name = value` in the class's namespace (no metaclass hooks).
    pub(crate) fn set_class_attr(
        &self,
        t: &TypeObj,
        name: &ObjRef,
        s: &StrObj,
        value: ObjRef,
    ) -> PyResult<()> {
        if t.has(super::objects::class::BUILTIN) {
            return self.type_err(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                s.s, t.name
            ));
        }
        if s.s.starts_with("__") && super::class_labels::assign(self, t, &s.s, Some(&value))? {
            return Ok(());
        }
        self.update_type_flags(t, &s.s, &value);
        self.note_slot_rebinding(t, &s.s);
        self.type_version.set(self.type_version.get() + 1);
        self.dict_set(&t.dict, name.clone(), value)
    }

    /// `cls.name = v` or `del cls.name` where `name` is a `__slots__` name of `cls` or a
    /// base: the slot's member may stop being what the MRO finds first, for `cls` and its
    /// subclasses ([`SLOT_SHADOWED`]).
    fn note_slot_rebinding(&self, t: &TypeObj, name: &str) {
        if self.slot_name(t, name) {
            self.add_type_flags(t, SLOT_SHADOWED | HAS_DATA_DESCR);
        }
    }

    /// `del cls.name` from the class's namespace (no metaclass hooks).
    pub(crate) fn del_class_attr(&self, t: &TypeObj, name: &ObjRef, s: &StrObj) -> PyResult<()> {
        if t.has(super::objects::class::BUILTIN) {
            return self.type_err(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                s.s, t.name
            ));
        }
        if s.s.starts_with("__") {
            super::class_labels::assign(self, t, &s.s, None)?;
        }
        self.note_slot_rebinding(t, &s.s);
        self.type_version.set(self.type_version.get() + 1);
        if self.dict_del(&t.dict.0, name)?.is_some() {
            return Ok(());
        }
        self.err(
            "AttributeError",
            format!("type object '{}' has no attribute '{}'", t.name, s.s),
        )
    }

    /// Set (or with `None`, delete) an instance attribute, bypassing `__setattr__`.
    pub fn instance_setattr(
        &self,
        inst: &Gc<Instance>,
        o: &ObjRef,
        name: &ObjRef,
        s: &StrObj,
        value: Option<ObjRef>,
    ) -> PyResult<()> {
        let cls = &inst.class();
        // Where the values live: the class the instance was made as (`Instance::layout`).
        let layout = inst.layout();
        let has_dict = layout.slots.is_none() || super::class_refs::has_slot(layout, "__dict__");
        if &*s.s == "__dict__" && has_dict && inst.exc().is_none() {
            return self.replace_instance_dict(inst, value);
        }
        if cls.has(HAS_DATA_DESCR) {
            if let Some(a) = self.lookup_type(cls, name, s) {
                if let Some(p) = a.downcast::<Property>() {
                    return match (&p.fset, &p.fdel, value) {
                        (Some(f), _, Some(v)) => self.call(f, &[o.clone(), v], None).map(|_| ()),
                        (_, Some(f), None) => {
                            self.call(f, std::slice::from_ref(o), None).map(|_| ())
                        }
                        (_, _, v) => {
                            let what = if v.is_some() { "setter" } else { "deleter" };
                            self.property_missing(&p, cls, what)
                        }
                    };
                }
                if let Some(d) = a.downcast::<Instance>() {
                    let hook = if value.is_some() {
                        "__set__"
                    } else {
                        "__delete__"
                    };
                    if let Some(f) = self.lookup_type_attr(&d.class(), hook)? {
                        let mut args = vec![a.clone(), o.clone()];
                        args.extend(value);
                        return self.call(&f, &args, None).map(|_| ());
                    }
                }
            }
        }
        if &*s.s == "__class__" {
            // `object.__class__`'s setter: CPython's checks (`class_assign.rs`), then the
            // instance's class is replaced; its values stay where its layout put them.
            self.check_class_assignment(o, value.as_ref())?;
            if let Some(new) = value.as_ref().and_then(|v| v.downcast::<TypeObj>()) {
                // CPython 3.12's `object_set_class` materialises a managed dict first (the
                // inline values follow the old class's keys): the instance's attributes
                // then live in a real dict, which `gc.collect()` counts and
                // `sys.getsizeof(obj.__dict__)` measures.
                let layout = inst.layout();
                let managed_dict = layout.kind == Kind::Object
                    && !layout.has(BUILTIN_BASE)
                    && inst.exc().is_none()
                    && (layout.slots.is_none() || super::class_refs::has_slot(layout, "__dict__"));
                if managed_dict {
                    self.instance_dict(inst)?;
                }
                Instance::assign_class(inst, new);
            }
            return Ok(());
        }
        if let Some(e) = inst.exc() {
            let v = value.clone();
            match &*s.s {
                "args" => {
                    let t = match v {
                        Some(v) => self.new_tuple(self.collect(&v)?)?,
                        None => self.empty_tuple.clone(),
                    };
                    *e.args.borrow_mut() = Some(t);
                    return Ok(());
                }
                "__cause__" => {
                    *e.cause.borrow_mut() = v.filter(|v| !self.is_none(v));
                    e.suppress_context.set(true);
                    return Ok(());
                }
                "__context__" => {
                    *e.context.borrow_mut() = v.filter(|v| !self.is_none(v));
                    return Ok(());
                }
                "__suppress_context__" => {
                    e.suppress_context
                        .set(v.map(|v| self.truthy(&v)).transpose()?.unwrap_or(false));
                    return Ok(());
                }
                "__traceback__" => {
                    return self.set_exc_traceback(&e, &v.unwrap_or_else(|| self.none()))
                }
                "message" | "exceptions" if e.group.borrow().is_some() => {
                    return self.err("AttributeError", "readonly attribute");
                }
                _ => {}
            }
            // BaseException has a dict slot (no shared keys): an exception's attributes
            // live in a real dict object, which the collector sees, as in CPython.
            if layout.slots.is_none() && value.is_some() && inst.dict().is_none() {
                self.instance_dict(inst)?;
            }
        }
        // CPython 3.12 keeps a built-in subclass's attributes in a real dict object (no
        // inline values past a built-in layout): the collector then sees that dict too.
        if layout.has(BUILTIN_BASE)
            && layout.slots.is_none()
            && value.is_some()
            && inst.dict().is_none()
        {
            self.instance_dict(inst)?;
        }
        if cls.has(SLOT_SHADOWED)
            && self.slot_name(cls, &s.s)
            && !self
                .lookup_type(cls, name, s)
                .is_some_and(|a| a.is::<MemberDescr>())
        {
            return self.set_shadowed_slot(inst, name, s, value);
        }
        // (With `__dict__` among its `__slots__`, an instance's slots stay slots.)
        if let Some(d) = inst.dict().filter(|_| match &layout.slots {
            None => !self.inherited_slot(layout, &s.s),
            Some(slots) => self
                .key_index(layout, name, s)
                .is_none_or(|i| i >= slots.len()),
        }) {
            return match value {
                Some(v) => {
                    self.dict_set_strobj(&d, name, s, v);
                    Ok(())
                }
                None => match self.dict_del(&d.0, name)? {
                    Some(_) => Ok(()),
                    None => self.err(
                        "AttributeError",
                        format!(
                            "'{}' object has no attribute '{}'",
                            self.class_message_name(cls),
                            s.s
                        ),
                    ),
                },
            };
        }
        let idx = match self.key_index(layout, name, s) {
            Some(i) => i,
            None => {
                // `__slots__` with `__dict__`: other attributes are shared keys past the
                // slots (CPython 3.12 gives such a class a managed dict).
                let no_dict =
                    layout.slots.is_some() && !super::class_refs::has_slot(layout, "__dict__");
                if no_dict && self.lookup_type_attr(cls, &s.s)?.is_some() {
                    // No dict to hold it, and the class has a (non-data) attribute of that
                    // name: CPython's generic setattr calls it read-only.
                    return self.err(
                        "AttributeError",
                        format!(
                            "'{}' object attribute '{}' is read-only",
                            self.class_message_name(cls),
                            s.s
                        ),
                    );
                }
                if no_dict || value.is_none() {
                    return self.err(
                        "AttributeError",
                        format!(
                            "'{}' object has no attribute '{}'",
                            self.class_message_name(cls),
                            s.s
                        ),
                    );
                }
                let usable = layout.keys_usable.get();
                if usable == 0 {
                    // No room left in the shared keys: the attributes move to a real dict.
                    let d = self.instance_dict(inst)?;
                    if let (Some(d), Some(v)) = (d.downcast_ref::<DictObj>(), value) {
                        self.dict_set_strobj(d, name, s, v);
                    }
                    return Ok(());
                }
                layout.keys_usable.set(usable - 1);
                let mut keys = layout.keys.borrow_mut();
                keys.push(name.clone());
                keys.len() - 1
            }
        };
        if let Some(v) = &value {
            if layout.slots.is_none()
                && !inst_has(inst, idx)
                && set_after(inst, idx)
                && !self.inherited_slot(layout, &s.s)
            {
                // Out of key order: the dict keeps this instance's insertion order.
                let d = self.instance_dict(inst)?;
                if let Some(d) = d.downcast_ref::<DictObj>() {
                    self.dict_set_strobj(d, name, s, v.clone());
                    return Ok(());
                }
            }
        }
        let deleting = value.is_none();
        let old = inst_set(inst, idx, value);
        if deleting && old.is_none() {
            // An empty slot's member descriptor says only the name (CPython's
            // `member_set` on a NULL slot).
            if layout.slots.as_ref().is_some_and(|sl| idx < sl.len())
                || self.inherited_slot(layout, &s.s)
            {
                return self.err("AttributeError", &s.s);
            }
            return self.err(
                "AttributeError",
                format!(
                    "'{}' object has no attribute '{}'",
                    self.class_message_name(cls),
                    s.s
                ),
            );
        }
        drop(old);
        Ok(())
    }

    /// Set or delete `name` on an instance whose class's MRO no longer finds the member of
    /// the slot of that name first (a class attribute hides it, or it was deleted): as
    /// CPython's generic setattr with no data descriptor, the instance's `__dict__` takes it
    /// if the instance can have one; else a class attribute of that name makes it
    /// read-only, and without one the instance has no such attribute.
    fn set_shadowed_slot(
        &self,
        inst: &Gc<Instance>,
        name: &ObjRef,
        s: &StrObj,
        value: Option<ObjRef>,
    ) -> PyResult<()> {
        let cls = &inst.class();
        let layout = inst.layout();
        let no_such = || {
            self.err(
                "AttributeError",
                format!(
                    "'{}' object has no attribute '{}'",
                    self.class_message_name(cls),
                    s.s
                ),
            )
        };
        if layout.slots.is_none() || super::class_refs::has_slot(layout, "__dict__") {
            let d = self.instance_dict(inst)?;
            let Some(d) = d.downcast_ref::<DictObj>() else {
                return no_such();
            };
            return match value {
                Some(v) => {
                    self.dict_set_strobj(d, name, s, v);
                    Ok(())
                }
                None => match self.dict_del(&d.0, name)? {
                    Some(_) => Ok(()),
                    None => no_such(),
                },
            };
        }
        if self.lookup_type(cls, name, s).is_some() {
            return self.err(
                "AttributeError",
                format!(
                    "'{}' object attribute '{}' is read-only",
                    self.class_message_name(cls),
                    s.s
                ),
            );
        }
        no_such()
    }

    /// Keep a class's flags in step with its namespace.
    pub fn update_type_flags(&self, t: &TypeObj, name: &str, value: &ObjRef) {
        let add = match name {
            "__del__" => HAS_DEL,
            "__getattr__" => HAS_GETATTR,
            "__getattribute__" => HAS_GETATTRIBUTE,
            "__eq__" | "__ne__" | "__hash__" => HAS_EQ,
            "__setattr__" | "__delattr__" => HAS_SETATTR,
            _ => 0,
        };
        let add = add
            | if value.is::<Property>() {
                HAS_DATA_DESCR
            } else {
                0
            };
        self.add_type_flags(t, add);
    }

    /// Give `t` the flags `add`, and every live subclass the inherited ones among them: a
    /// subclass made before its base gained `__getattr__` or a property must consult it too.
    pub(crate) fn add_type_flags(&self, t: &TypeObj, add: u32) {
        t.flags.set(t.flags.get() | add);
        let add = add & INHERITED_FLAGS;
        if add == 0 {
            return;
        }
        // A work list rather than recursion: hierarchies can be deep.
        let mut todo: Vec<Gc<TypeObj>> = Vec::new();
        let subclasses = |t: &TypeObj, todo: &mut Vec<Gc<TypeObj>>| {
            let subs = t.subclasses.borrow();
            todo.extend(
                subs.iter()
                    .filter_map(|w| w.upgrade_obj())
                    .filter_map(|o| o.downcast::<TypeObj>()),
            );
        };
        subclasses(t, &mut todo);
        while let Some(sub) = todo.pop() {
            if sub.flags.get() & add != add {
                sub.flags.set(sub.flags.get() | add);
                subclasses(&sub, &mut todo);
            }
        }
    }

    /// `del o.name`.
    pub fn delattr(&self, o: &ObjRef, name: &ObjRef) -> PyResult<()> {
        let Some(s) = name.downcast_ref::<StrObj>() else {
            return self.type_err(format!(
                "attribute name must be string, not '{}'",
                self.type_name(name)
            ));
        };
        if let Some(f) = o.downcast_ref::<FuncObj>() {
            if &*s.s == "__annotations__" {
                return self.set_func_annotations(f, None);
            }
            if self.func_set_special(f, &s.s, None)? {
                return Ok(());
            }
        }
        if let Some(inst) = o.downcast::<Instance>() {
            if inst.class().has(HAS_SETATTR) {
                if let Some(f) = self.lookup_type_attr(&inst.class(), "__delattr__")? {
                    if f.is::<FuncObj>() {
                        self.call(&f, &[o.clone(), name.clone()], None)?;
                        return Ok(());
                    }
                }
            }
            if inst.class().kind == Kind::Object || inst.class().kind == Kind::Exception {
                return self.instance_setattr(&inst, o, name, s, None);
            }
        }
        let d = if let Some(t) = o.downcast_ref::<TypeObj>() {
            if t.has(CUSTOM_META) {
                return self.meta_setattr(o, t, name, s, None);
            }
            return self.del_class_attr(t, name, s);
        } else if let Some(m) = o.downcast_ref::<ModuleObj>() {
            Some(m.dict.clone())
        } else {
            o.downcast_ref::<FuncObj>()
                .and_then(|f| f.dict.borrow().clone())
        };
        if let Some(d) = d {
            if self.dict_del(&d.0, name)?.is_some() {
                return Ok(());
            }
        }
        if o.is::<Instance>() || o.is::<FuncObj>() || o.is::<ModuleObj>() {
            return self.err(
                "AttributeError",
                format!("'{}' object has no attribute '{}'", self.type_name(o), s.s),
            );
        }
        self.builtin_setattr_error(o, &s.s)
    }
}

/// Is `name` among `t`'s `__slots__` (its layout's slot names)?
pub(crate) fn own_slot(t: &TypeObj, name: &str) -> bool {
    t.slots.as_ref().is_some_and(|sl| {
        sl.iter()
            .any(|k| k.downcast_ref::<StrObj>().is_some_and(|k| &*k.s == name))
    })
}
