//! Type objects: built-in types and classes made by `class` statements.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use heap::{Gc, ObjRef};

use super::{DictObj, TupleObj};

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
    /// `memoryview` (`runtime/memoryview.rs`).
    MemoryView,
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

/// Flag: a class of the frozen `collections` module that stands for one of CPython's C
/// types (deque, defaultdict, OrderedDict) or for no class at all (the wrapper bases): its
/// own `__slots__` hold pymem's storage, which in CPython is inside the C struct, so
/// `sys.getsizeof` leaves them out of the instance layout. Not inherited.
pub const NATIVE_LAYOUT: u32 = 512;

/// Flag, with `NATIVE_LAYOUT`: the C type has its own `__dict__` and weak reference list
/// (CPython's OrderedDict), so its subclasses' instances add nothing to the pre-header.
pub const NATIVE_DICT: u32 = 1024;

/// Flag: a Python class standing for one of CPython's C types (the frozen `datetime`'s
/// classes): messages name it `module.name`, as they print a C type's `tp_name`
/// (`'datetime.date'`). Set by `_collections.c_type_name`, never inherited: a subclass
/// is a heap type, named by its bare `__name__`.
pub const C_TYPE_NAME: u32 = 2048;
/// Some instance made as this class had `obj.__class__ = Other` assigned: instances of it
/// may look their behaviour up on another class (`Instance::class`), so the eval loop's
/// caches, keyed by the class an instance was made as, leave them to the general paths.
/// A flag rather than a per-instance test: the caches' flag test covers it for free.
pub const INSTANCE_CLASS_ASSIGNED: u32 = 4096;
/// A `__slots__` name of the class or a base was bound to something else, or deleted, in
/// the namespace of the class or a base, so the member descriptor may no longer be what
/// the MRO finds first: instance access to such a name goes through the MRO rather than
/// straight to the slot's position. Set with [`HAS_DATA_DESCR`] (which keeps the eval
/// loop's positional caches away) and inherited.
pub const SLOT_SHADOWED: u32 = 8192;
/// The flags a class inherits from its bases, at creation and when a base gains one later.
pub const INHERITED_FLAGS: u32 = HAS_DEL
    | HAS_DATA_DESCR
    | HAS_GETATTR
    | HAS_EQ
    | HAS_SETATTR
    | HAS_GETATTRIBUTE
    | SLOT_SHADOWED;

/// Give `cls` the [`NATIVE_LAYOUT`] and [`C_TYPE_NAME`] flags: a prelude class of `array`
/// or `_struct` standing for a C type (`array.array`, `_struct.Struct`), whose
/// `__sizeof__` is the whole layout and whose messages use the C type's name.
pub fn mark_native_layout(cls: &TypeObj) {
    cls.flags.set(cls.flags.get() | NATIVE_LAYOUT | C_TYPE_NAME);
}

/// CPython 3.12's `SHARED_KEYS_MAX_SIZE`: the most keys a class's instances share.
pub const SHARED_KEYS_MAX_SIZE: u32 = 30;

/// The room a new class's shared keys have left after `keys` (the attribute names its
/// `__init__` methods are known to store, which CPython adds as the first instance runs
/// them). CPython's first instance takes one place before its `__init__` runs, so at most
/// `SHARED_KEYS_MAX_SIZE - 1` of them are ever shared: the caller keeps that many.
pub fn shared_keys_room(keys: &[ObjRef]) -> u32 {
    let n = u32::try_from(keys.len()).unwrap_or(u32::MAX);
    SHARED_KEYS_MAX_SIZE.saturating_sub(n)
}

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
    /// `__bases__` (`tp_bases`): a tuple of types, `()` for `object`. Use [`TypeObj::bases`].
    pub bases: Gc<TupleObj>,
    /// `__mro__` without the type itself: the lookup paths' copy of the MRO.
    pub mro: Vec<Gc<TypeObj>>,
    /// `__mro__` as Python sees it (`tp_mro`), the type itself first, set right after the
    /// type is made. As in CPython, a class therefore references itself, so only the
    /// cycle collector frees it; `clear` drops the tuple to break that cycle (`type_clear`).
    pub mro_tuple: RefCell<Option<Gc<TupleObj>>>,
    /// The namespace.
    pub dict: Gc<DictObj>,
    /// Instance layout.
    pub kind: Kind,
    /// `__slots__` names (instances then have exactly these and no `__dict__`).
    pub slots: Option<Vec<ObjRef>>,
    /// Shared attribute keys of dict-based instances: the instance's values are indexed by
    /// position in this list (CPython's shared-key dicts). Shared with the instances'
    /// materialised `__dict__`s while they are split tables (`DictInner::split`).
    pub keys: Rc<RefCell<Vec<ObjRef>>>,
    /// How many more keys `keys` may take (CPython 3.12's `dk_usable` of the class's shared
    /// keys): 30 at first ([`SHARED_KEYS_MAX_SIZE`]), one less per key added and per
    /// instance made (down to 1). An instance that needs a key when none is left keeps its
    /// attributes in a real dict from then on, as CPython materialises its `__dict__`.
    pub keys_usable: Rc<Cell<u32>>,
    /// An instance has been made: CPython's first instance always shrinks the room (its
    /// keys are still empty then), later ones only while more than one place is left.
    pub instantiated: Cell<bool>,
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
    /// Weak references to the classes made with this one among their bases, oldest first
    /// (`tp_subclasses`, `__subclasses__()`); dead entries are dropped when one is added.
    /// Not traversed: weak references keep nothing alive (nor does CPython visit them).
    pub subclasses: RefCell<Vec<Gc<heap::WeakRefObj>>>,
    /// How many other classes hold this one in their MRO arrays past the first entry: those
    /// references are this runtime's own (CPython's counterparts are the `__mro__` tuple's
    /// and, for the first base, `tp_base`), so `sys.getrefcount` leaves them out.
    pub mro_array_refs: Cell<u32>,
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
    /// CPython's order (`subtype_traverse` of a custom metaclass, then `type_traverse`): the
    /// metaclass, `tp_dict`, `tp_mro`, `tp_bases`, `tp_base` (the MRO array's first entry).
    /// The rest of the MRO array, the slot names, the shared keys and the constructor cache
    /// are this runtime's own: the collector counts them, introspection does not show them.
    fn traverse(&self, v: &mut heap::Visitor<'_>) {
        v.visit(&self.meta);
        v.visit(&self.dict);
        match self.mro_tuple.try_borrow() {
            Ok(m) => v.visit(&*m),
            Err(_) => v.mark_incomplete(),
        }
        v.visit(&self.bases);
        if let Some((base, rest)) = self.mro.split_first() {
            v.visit(base);
            v.visit_internal(rest);
        }
        v.visit_internal(&self.slots);
        v.visit_internal(&*self.keys);
        match self.ctor_cache.try_borrow() {
            Ok(c) => {
                if let Some((_, a, b)) = &*c {
                    v.visit_internal(a);
                    v.visit_internal(b);
                }
            }
            Err(_) => v.mark_incomplete(),
        }
    }
    fn clear(&self) {
        super::dict::clear_inner(&self.dict.0);
        heap::Trace::clear_refs(&*self.keys);
        let old = self
            .ctor_cache
            .try_borrow_mut()
            .ok()
            .and_then(|mut c| c.take());
        drop(old);
        let mro = self
            .mro_tuple
            .try_borrow_mut()
            .ok()
            .and_then(|mut m| m.take());
        drop(mro);
    }
}

impl Drop for TypeObj {
    fn drop(&mut self) {
        for b in self.mro.iter().skip(1) {
            b.mro_array_refs
                .set(b.mro_array_refs.get().saturating_sub(1));
        }
    }
}

impl TypeObj {
    /// Note the references this new class's MRO array holds past its first entry (see
    /// `mro_array_refs`; `Drop` takes them back).
    pub fn note_mro_array_refs(&self) {
        for b in self.mro.iter().skip(1) {
            b.mro_array_refs
                .set(b.mro_array_refs.get().saturating_add(1));
        }
    }

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

    /// The direct bases (`__bases__`' items).
    pub fn bases(&self) -> impl Iterator<Item = &Gc<TypeObj>> {
        super::tuple_items(&self.bases)
            .iter()
            .filter_map(|b| b.downcast_ref::<TypeObj>())
    }

    /// The first direct base (what `__base__` stands for).
    pub fn first_base(&self) -> Option<&Gc<TypeObj>> {
        self.bases().next()
    }
}
