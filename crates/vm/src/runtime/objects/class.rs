//! Type objects: built-in types and classes made by `class` statements.

use std::cell::{Cell, RefCell};

use heap::{Gc, ObjRef};

use super::DictObj;

/// Which Rust layout instances of a type have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Kind {
    Object,
    Exception,
    Type,
    None,
    NotImplemented,
    Ellipsis,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Cell,
    Iterator,
    Generator,
    Property,
    ClassMethod,
    StaticMethod,
    /// `member_descriptor` (not callable).
    MemberDescr,
    Super,
    DictView,
    /// `code` (made by the compiler only).
    Code,
    /// `frame` (a traceback entry's record).
    Frame,
    /// `traceback`.
    Traceback,
}

/// Flag: the class (or a base) defines `__del__`.
pub const HAS_DEL: u32 = 1;
/// Flag: the class (or a base) has data descriptors (properties) to check on attribute access.
pub const HAS_DATA_DESCR: u32 = 2;
/// Flag: the class defines `__getattr__`.
pub const HAS_GETATTR: u32 = 4;
/// Flag: the class defines `__eq__` or `__hash__` (instances need the slow dict path).
pub const HAS_EQ: u32 = 8;
/// Flag: built-in type (immortal, not subclassable beyond `object`/exceptions).
pub const BUILTIN: u32 = 16;
/// Flag: defines `__setattr__` or `__delattr__`.
pub const HAS_SETATTR: u32 = 32;

/// Flag: defines `__getattribute__` (every attribute read goes through it).
pub const HAS_GETATTRIBUTE: u32 = 64;

/// Flag: a Python class with a built-in data type (list, dict, str, int, ...) in its MRO:
/// each instance carries a *base value* of that type (`runtime/subclass.rs`).
pub const BUILTIN_BASE: u32 = 128;

/// Flag: the class's metaclass is a Python subclass of `type` (`TypeObj::meta`): calls,
/// attribute access and the protocols on the class consult the metaclass
/// (`runtime/metaclass.rs`). Classes of plain `type` never have it, so their paths stay
/// as they were.
pub const CUSTOM_META: u32 = 256;

/// `(type version, __new__, __init__)`.
pub type CtorCache = (u64, Option<ObjRef>, Option<ObjRef>);

/// A type object.
pub struct TypeObj {
    /// `__name__`.
    pub name: String,
    /// `__qualname__`.
    pub qualname: String,
    /// `__module__`.
    pub module: String,
    /// `__bases__`.
    pub bases: Vec<Gc<TypeObj>>,
    /// `__mro__` without the type itself.
    pub mro: Vec<Gc<TypeObj>>,
    /// The namespace.
    pub dict: Gc<DictObj>,
    /// Instance layout.
    pub kind: Kind,
    /// `__slots__` names (instances then have exactly these and no `__dict__`).
    pub slots: Option<Vec<ObjRef>>,
    /// Shared attribute keys of dict-based instances: the instance's values are indexed by
    /// position in this list (CPython's shared-key dicts).
    pub keys: RefCell<Vec<ObjRef>>,
    /// `HAS_*` flags.
    pub flags: Cell<u32>,
    /// Cached `(version, __new__, __init__)` lookups for instantiation; valid while
    /// `Vm::type_version` equals the version.
    pub ctor_cache: RefCell<Option<CtorCache>>,
    /// Exception state and extras of this class's instances (see `instance.rs`).
    pub instance_side: super::instance::InstanceSide,
    /// `(type version, mask)`: which protocol methods a built-in subclass defines in
    /// Python (`runtime/subclass.rs`), valid while `Vm::type_version` equals the version.
    pub py_slot_cache: Cell<(u64, u64)>,
    /// The metaclass when it is not `type` (then the `CUSTOM_META` flag is set).
    pub meta: Option<Gc<TypeObj>>,
    /// `__name__`/`__qualname__`/`__module__` once a script assigned one of them
    /// (`runtime/class_labels.rs`); `None` while they are still `name`/`qualname`/`module`.
    pub labels: RefCell<Option<Box<ClassLabels>>>,
}

/// A class's names after assignment to `__name__`, `__qualname__` or `__module__`.
#[derive(Clone, Debug)]
pub struct ClassLabels {
    /// `__name__`.
    pub name: String,
    /// `__qualname__`.
    pub qualname: String,
    /// `__module__` when it is a str (it lives in the class namespace, and may be anything).
    pub module: Option<String>,
}

impl heap::Object for TypeObj {
    const NAME: &'static str = "type";
    fn traverse(&self, v: &mut heap::Visitor<'_>) {
        v.visit(&self.bases);
        v.visit(&self.mro);
        v.visit(&self.dict);
        v.visit(&self.slots);
        v.visit(&self.keys);
        v.visit(&self.meta);
        match self.ctor_cache.try_borrow() {
            Ok(c) => {
                if let Some((_, a, b)) = &*c {
                    v.visit(a);
                    v.visit(b);
                }
            }
            Err(_) => v.mark_incomplete(),
        }
    }
    fn clear(&self) {
        super::dict::clear_inner(&self.dict.0);
        heap::Trace::clear_refs(&self.keys);
        let old = self
            .ctor_cache
            .try_borrow_mut()
            .ok()
            .and_then(|mut c| c.take());
        drop(old);
    }
}

impl TypeObj {
    /// Does the type have flag `f`?
    pub fn has(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }

    /// `__name__` as it is now (a script may have assigned it).
    pub fn current_name(&self) -> std::borrow::Cow<'_, str> {
        match &*self.labels.borrow() {
            Some(l) => l.name.clone().into(),
            None => self.name.as_str().into(),
        }
    }

    /// `__qualname__` as it is now.
    pub fn current_qualname(&self) -> std::borrow::Cow<'_, str> {
        match &*self.labels.borrow() {
            Some(l) => l.qualname.clone().into(),
            None => self.qualname.as_str().into(),
        }
    }

    /// `__module__` as it is now, `None` when a script set it to something not a str.
    pub fn current_module(&self) -> Option<std::borrow::Cow<'_, str>> {
        match &*self.labels.borrow() {
            Some(l) => l.module.clone().map(Into::into),
            None => Some(self.module.as_str().into()),
        }
    }

    /// The class as `repr` names it: `module.qualname`, or the bare name for built-ins
    /// and classes whose `__module__` is not a str (CPython's `type_repr`/`object_repr`).
    pub fn dotted_name(&self) -> String {
        match self.current_module() {
            Some(m) if m != "builtins" => format!("{m}.{}", self.current_qualname()),
            _ => self.current_name().into_owned(),
        }
    }
}
