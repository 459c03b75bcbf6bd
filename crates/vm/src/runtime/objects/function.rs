//! Functions (Python code + globals + defaults + closure), built-in functions, and the
//! `property` / `classmethod` / `staticmethod` wrappers.

use std::cell::RefCell;
use std::rc::Rc;

use heap::{Gc, ObjRef};

use super::{DictObj, StrObj, TypeObj};
use crate::bytecode::CodeObject;
use crate::runtime::frame::CodeData;
use crate::runtime::{Args, PyResult, Vm};

/// A Python function.
pub struct FuncObj {
    /// The code.
    pub code: Rc<CodeObject>,
    /// Materialised constants and names of `code`.
    pub data: Rc<CodeData>,
    /// `__globals__`.
    pub globals: Gc<DictObj>,
    /// `__defaults__` (a tuple).
    pub defaults: RefCell<Option<ObjRef>>,
    /// `__kwdefaults__` (a dict).
    pub kwdefaults: RefCell<Option<ObjRef>>,
    /// `__closure__` (a tuple of cells).
    pub closure: Option<ObjRef>,
    /// `__name__`.
    pub name: RefCell<ObjRef>,
    /// `__qualname__`.
    pub qualname: RefCell<ObjRef>,
    /// `__dict__`, created on first attribute store.
    pub dict: RefCell<Option<Gc<DictObj>>>,
    /// `__annotations__` (a dict), made empty on first use when the `def` had none.
    pub annotations: RefCell<Option<ObjRef>>,
}

impl FuncObj {
    /// How many positional defaults the function has (`len(__defaults__)`).
    pub fn defaults_len(&self) -> usize {
        self.defaults
            .borrow()
            .as_ref()
            .and_then(|d| d.downcast_ref::<super::TupleObj>())
            .map_or(0, |t| super::tuple_items(t).len())
    }
}

impl heap::Object for FuncObj {
    const NAME: &'static str = "function";
    fn traverse(&self, v: &mut heap::Visitor<'_>) {
        v.visit(&self.globals);
        v.visit(&self.defaults);
        v.visit(&self.kwdefaults);
        v.visit(&self.closure);
        v.visit(&self.dict);
        v.visit(&self.annotations);
    }
    fn clear(&self) {
        heap::Trace::clear_refs(&self.annotations);
        heap::Trace::clear_refs(&self.defaults);
        heap::Trace::clear_refs(&self.kwdefaults);
        heap::Trace::clear_refs(&self.dict);
    }
}

/// The Rust signature of built-in functions and methods (methods get `self` as `args.pos[0]`).
pub type NativeFn = fn(&Vm, &Args<'_>) -> PyResult;

/// What a native callable is to Python. CPython has a type per role (all running C code
/// the same way); pymem keeps one object layout for them and tells the roles apart by this
/// tag, so the call paths and method caches need no second downcast.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BuiltinKind {
    /// `builtin_function_or_method`: a module's function, or a method bound to its receiver
    /// (`[].append`, `dict.fromkeys`).
    Function,
    /// `method_descriptor`: a named method in a built-in type's namespace (`str.upper`).
    Method,
    /// `wrapper_descriptor`: the method a built-in type has for one of its slots
    /// (`int.__add__`, `object.__init__`).
    SlotWrapper,
    /// `classmethod_descriptor`: a built-in type's class method as its namespace holds it
    /// (`dict.__dict__['fromkeys']`).
    ClassMethod,
    /// `method-wrapper`: a slot wrapper bound to its receiver (`(1).__add__`).
    MethodWrapper,
}

/// A built-in function or method, optionally bound to `self_`.
pub struct BuiltinFunc {
    /// `__name__`.
    pub name: &'static str,
    /// The implementation.
    pub f: NativeFn,
    /// Bound receiver.
    pub self_: Option<ObjRef>,
    /// Where it belongs: for a module-level function its module's name (a str, its
    /// `__module__`); for the descriptor kinds and method-wrappers the type that defines it
    /// (`__objclass__`). One field for both keeps the object at CPython's 72 bytes.
    pub home: Option<ObjRef>,
    /// Which of CPython's callable types this is.
    pub kind: BuiltinKind,
}

// The block size of a `builtin_function_or_method` or `method_descriptor` in CPython.
const _: () = assert!(core::mem::size_of::<BuiltinFunc>() == 48);

impl BuiltinFunc {
    /// A module-level (or free) built-in function: `module` names its module.
    pub fn function(name: &'static str, f: NativeFn, module: Option<ObjRef>) -> Self {
        BuiltinFunc {
            name,
            f,
            self_: None,
            home: module,
            kind: BuiltinKind::Function,
        }
    }

    /// A built-in method bound to `receiver` (`builtin_function_or_method`).
    pub fn bound(name: &'static str, f: NativeFn, receiver: ObjRef) -> Self {
        BuiltinFunc {
            name,
            f,
            self_: Some(receiver),
            home: None,
            kind: BuiltinKind::Function,
        }
    }

    /// The type that defines a descriptor or method-wrapper (`__objclass__`).
    #[inline]
    pub fn owner(&self) -> Option<&Gc<TypeObj>> {
        match self.kind {
            BuiltinKind::Function => None,
            _ => self.home.as_ref()?.downcast_ref::<TypeObj>(),
        }
    }

    /// The name of a module-level function's module.
    pub fn module_name(&self) -> Option<&str> {
        match self.kind {
            BuiltinKind::Function => Some(self.home.as_ref()?.downcast_ref::<StrObj>()?.s.as_str()),
            _ => None,
        }
    }

    /// An unbound method to call with its receiver first (`LoadMethod`'s fast path): not
    /// a class method, whose receiver is the class.
    #[inline]
    pub fn is_unbound_method(&self) -> bool {
        self.self_.is_none() && self.kind != BuiltinKind::ClassMethod
    }
}

impl heap::Object for BuiltinFunc {
    const NAME: &'static str = "builtin_function_or_method";
    fn traverse(&self, v: &mut heap::Visitor<'_>) {
        v.visit(&self.self_);
        // A descriptor shows its type (as CPython's do); a module name is bookkeeping.
        match self.kind {
            BuiltinKind::Function => v.visit_internal(&self.home),
            _ => v.visit(&self.home),
        }
    }
    fn clear(&self) {
        heap::Trace::clear_refs(&self.self_);
    }
}

/// `property(fget, fset, fdel, doc)`.
pub struct Property {
    /// Getter.
    pub fget: Option<ObjRef>,
    /// Setter.
    pub fset: Option<ObjRef>,
    /// Deleter.
    pub fdel: Option<ObjRef>,
    /// `__doc__` (given, or the getter's docstring).
    pub doc: Option<ObjRef>,
    /// The attribute name, once `__set_name__` ran (class creation) or copied by
    /// `.setter()`/`.deleter()`/`.getter()`; used in "has no setter" messages.
    pub name: RefCell<Option<ObjRef>>,
}
heap::impl_object!(Property, "property", [fget, fset, fdel, doc, name]);

/// The `__dict__` of a `classmethod`/`staticmethod` object: made by the Python-level
/// constructor, which copies the callable's `__module__`, `__name__`, `__qualname__`,
/// `__doc__` and `__annotations__` into it (CPython's `functools_wraps` in `cm_init`), or on
/// first use.
pub type WrapperDict = RefCell<Option<Gc<super::DictObj>>>;

/// `classmethod(f)`: the callable and the object's `__dict__`.
pub struct ClassMethod(pub ObjRef, pub WrapperDict);
impl heap::Object for ClassMethod {
    const NAME: &'static str = "classmethod";
    fn traverse(&self, v: &mut heap::Visitor<'_>) {
        v.visit(&self.0);
        v.visit(&self.1);
    }
    fn clear(&self) {
        heap::Trace::clear_refs(&self.1);
    }
}
impl ClassMethod {
    /// A class method without a `__dict__` yet (`PyClassMethod_New`).
    pub fn new(f: ObjRef) -> ClassMethod {
        ClassMethod(f, RefCell::new(None))
    }
}

/// `staticmethod(f)`: the callable and the object's `__dict__`.
pub struct StaticMethod(pub ObjRef, pub WrapperDict);
impl heap::Object for StaticMethod {
    const NAME: &'static str = "staticmethod";
    fn traverse(&self, v: &mut heap::Visitor<'_>) {
        v.visit(&self.0);
        v.visit(&self.1);
    }
    fn clear(&self) {
        heap::Trace::clear_refs(&self.1);
    }
}
impl StaticMethod {
    /// A static method without a `__dict__` yet (`PyStaticMethod_New`).
    pub fn new(f: ObjRef) -> StaticMethod {
        StaticMethod(f, RefCell::new(None))
    }
}

/// A `__slots__` entry's descriptor in its class's namespace (`member_descriptor`). The
/// value itself lives at the slot's key position in the instance; the descriptor gives
/// `P.x`, its repr and `__get__`.
pub struct MemberDescr {
    /// The slot name (interned str).
    pub name: ObjRef,
    /// The class that declared the slot (`__objclass__`).
    pub owner: ObjRef,
}
impl heap::Object for MemberDescr {
    const NAME: &'static str = "member_descriptor";
    // descr_traverse shows the owner only.
    fn traverse(&self, v: &mut heap::Visitor<'_>) {
        v.visit_internal(&self.name);
        v.visit(&self.owner);
    }
}

/// The `__dict__` or `__weakref__` entry CPython's type_new puts in the namespace of a class
/// that adds an instance dict or weak reference list to its bases' layout
/// (`getset_descriptor`). It references its class, so every such class is in a cycle.
pub struct GetSetDescr {
    /// `"__dict__"` or `"__weakref__"` (interned str).
    pub name: ObjRef,
    /// The class whose namespace holds it (`__objclass__`).
    pub owner: ObjRef,
}
impl heap::Object for GetSetDescr {
    const NAME: &'static str = "getset_descriptor";
    // descr_traverse visits the owner only (the name is an untracked str).
    fn traverse(&self, v: &mut heap::Visitor<'_>) {
        v.visit(&self.owner);
    }
}

/// A code object as a constant value (what `MakeFunction` consumes).
pub struct CodeObj {
    /// The compiled code.
    pub code: Rc<CodeObject>,
    /// What every function made from this code shares, looked up or made by the first
    /// `MakeFunction`: the eval loop's data, the interned `__name__` and the `__qualname__`
    /// str (as CPython's functions share their code's `co_qualname`). A closure, lambda or
    /// comprehension made in a loop then costs one allocation.
    pub parts: std::cell::RefCell<Option<FunctionParts>>,
}

/// See [`CodeObj::parts`]. Both strs are untracked, so the code object stays a leaf.
#[derive(Clone)]
pub struct FunctionParts {
    /// The eval loop's data of the code (`Vm::code_data`).
    pub data: Rc<crate::runtime::frame::CodeData>,
    /// `__name__`, interned.
    pub name: ObjRef,
    /// `__qualname__`.
    pub qualname: ObjRef,
}

impl CodeObj {
    /// A code object whose functions have not been made yet.
    pub fn new(code: Rc<CodeObject>) -> CodeObj {
        CodeObj {
            code,
            parts: std::cell::RefCell::new(None),
        }
    }
}

impl heap::Object for CodeObj {
    const NAME: &'static str = "code";
    const TRACKED: bool = false;
}
