//! The `ctypes` module (and its `_ctypes` core): the part scripts use to look at memory —
//! the simple C types, `Structure` with `_fields_`, `sizeof`, `alignment`, `addressof`
//! and `from_address` — with one rule CPython does not have: **memory can be read only
//! inside the pymem heap**.
//!
//! `T.from_address(addr)` succeeds only when all `sizeof(T)` bytes lie inside one of the
//! allocator's arenas; otherwise it raises `ValueError: address 0x… is not inside the
//! pymem heap`, where CPython would read (or crash on) any address. A view obtained that
//! way reads the real bytes at each field access, through the allocator's checked reader
//! (`Obmalloc::read_bytes`), and refuses writes (see `memory.rs`): a script can look at
//! the heap, never corrupt it. Objects made by calling a type (`c_uint(5)`,
//! `Point(1, 2)`) own a buffer, itself a heap object, and are freely writable; so
//! `T.from_address(addressof(x))` is a read-only alias of `x`, as long as `x`'s buffer is
//! in an arena (512 bytes or less).
//!
//! Classes and values follow CPython 3.12 on 64-bit Linux: `c_uint._type_ == 'I'`,
//! `c_ulonglong is c_ulong`, `repr(c_void_p())` is `c_void_p(None)`, integers wrap
//! around silently, `Point.x` is `<Field type=c_int, ofs=0, size=4>`.
//!
//! Known differences: `c_char` values are ints (pymem has no `bytes`); no arrays,
//! pointers, unions, bit fields, `byref`, `cast`, `memmove` or foreign functions.
//!
//! Files: `scalar.rs` (C scalar types and conversions), `memory.rs` (owned buffers and
//! heap views), `structure.rs` (layout, fields, `Structure.__init__`).

mod memory;
mod scalar;
mod structure;

use std::cell::Cell;

use heap::{Gc, ObjRef};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

use self::memory::{attach, memory_of, outside_heap, CMemory};
use self::scalar::{scalar, Scalar, SIMPLE_TYPES};
use self::structure::{layout_of, Layout};
use super::{add_fn, new_module};
use crate::runtime::objects::*;
use crate::runtime::ops::Num;
use crate::runtime::{Args, PyResult, Vm};

/// The C type a ctypes class describes.
pub enum CType {
    /// A simple type (`c_int`, …).
    Scalar(Scalar),
    /// A `Structure` subclass.
    Struct(Gc<Layout>),
}

impl CType {
    /// `sizeof`.
    pub fn size(&self) -> usize {
        match self {
            CType::Scalar(s) => s.size,
            CType::Struct(l) => l.size,
        }
    }
    /// `alignment`.
    pub fn align(&self) -> usize {
        match self {
            CType::Scalar(s) => s.size,
            CType::Struct(l) => l.align,
        }
    }
}

/// The C type of a ctypes class, or `None` for any other class (and the abstract bases).
pub fn ctype_of(vm: &Vm, cls: &Gc<TypeObj>) -> PyResult<Option<CType>> {
    let Ok(simple) = internal_class(vm, "_SimpleCData") else {
        return Ok(None);
    };
    let structure = internal_class(vm, "Structure")?;
    let (Some(simple), Some(structure)) = (
        simple.downcast::<TypeObj>(),
        structure.downcast::<TypeObj>(),
    ) else {
        return Ok(None);
    };
    if Gc::ptr_eq(cls, &structure) {
        return Ok(None);
    }
    if vm.is_subtype(cls, &structure) {
        let layout = layout_of(vm, cls)?;
        return Ok(Some(CType::Struct(match layout {
            Some(l) => l,
            None => vm.alloc(Layout {
                size: 0,
                align: 0,
                names: vec![],
            })?,
        })));
    }
    if vm.is_subtype(cls, &simple) {
        if let Some(code) = vm.lookup_type_attr(cls, "_type_")? {
            if let Some(s) = code.downcast::<StrObj>().and_then(|c| scalar(&c.s)) {
                return Ok(Some(CType::Scalar(s)));
            }
        }
    }
    Ok(None)
}

/// A class of the `_ctypes` core (`_CData`, `_SimpleCData`, `Structure`, `CField`).
pub fn internal_class(vm: &Vm, name: &str) -> PyResult {
    let m = super::import(vm, "_ctypes")?;
    vm.getattr_str(&m, name)
}

/// An instance of `cls` with no `__init__` run (memory attached by the caller).
pub fn bare_instance(vm: &Vm, cls: &Gc<TypeObj>) -> PyResult {
    let n = match &cls.slots {
        Some(s) => s.len(),
        None => cls.keys.borrow().len(),
    };
    vm.heap
        .alloc_var_with(Instance::new(cls.clone()), n, |_| Cell::new(None))
        .map(Gc::into_obj)
        .map_err(|_| vm.memory_error())
}

/// The C type of a ctypes instance or class (for `sizeof` and `alignment`).
fn ctype_of_obj(vm: &Vm, o: &ObjRef) -> PyResult<Option<CType>> {
    match o.downcast::<TypeObj>() {
        Some(t) => ctype_of(vm, &t),
        None => ctype_of(vm, &vm.type_of(o)),
    }
}

fn one_arg<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<&'a ObjRef> {
    match a.pos {
        [x] => Ok(x),
        _ => vm.type_err(format!(
            "{name}() takes exactly one argument ({} given)",
            a.pos.len()
        )),
    }
}

/// `ctypes.sizeof(type or instance)`.
fn sizeof(vm: &Vm, a: &Args<'_>) -> PyResult {
    match ctype_of_obj(vm, one_arg(vm, a, "sizeof")?)? {
        Some(t) => vm.new_int(t.size() as i64),
        None => vm.type_err("this type has no size"),
    }
}

/// `ctypes.alignment(type or instance)`.
fn alignment(vm: &Vm, a: &Args<'_>) -> PyResult {
    match ctype_of_obj(vm, one_arg(vm, a, "alignment")?)? {
        Some(t) => vm.new_int(t.align() as i64),
        None => vm.type_err("no alignment info"),
    }
}

/// `ctypes.addressof(instance)`: where its bytes are (its own buffer, or the heap address
/// it views).
fn addressof(vm: &Vm, a: &Args<'_>) -> PyResult {
    let o = one_arg(vm, a, "addressof")?;
    let Some(t) = ctype_of(vm, &vm.type_of(o))? else {
        return vm.type_err("invalid type");
    };
    let mem = memory_of(vm, o, t.size())?;
    vm.new_bigint(BigInt::from(mem.address()))
}

/// `T.from_address(addr)`: a read-only view of the `sizeof(T)` bytes at `addr`, which must
/// all lie inside the pymem heap.
fn from_address(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (Some(cls), Some(addr)) = (
        a.pos.first().and_then(|c| c.downcast::<TypeObj>()),
        a.pos.get(1),
    ) else {
        return vm.type_err("from_address() takes exactly one argument");
    };
    let address = match vm.num(addr) {
        Some(Num::I(i)) => BigInt::from(i),
        Some(Num::B(b)) => b,
        _ => return vm.type_err("integer expected"),
    };
    let Some(t) = ctype_of(vm, &cls)? else {
        return vm.type_err("abstract class");
    };
    let Some(at) = address.to_usize() else {
        return outside_heap(vm, &address);
    };
    let mem = CMemory::heap_view(vm, at, t.size())?;
    let obj = bare_instance(vm, &cls)?;
    attach(vm, &obj, mem)?;
    Ok(obj)
}

/// The scalar type of a simple-type instance.
fn simple_of(vm: &Vm, o: &ObjRef) -> PyResult<Scalar> {
    match ctype_of(vm, &vm.type_of(o))? {
        Some(CType::Scalar(s)) => Ok(s),
        _ => vm.type_err("abstract class"),
    }
}

/// `_SimpleCData.__init__(self, value=0)`.
fn simple_init(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(obj) = a.pos.first() else {
        return vm.type_err("__init__ needs self");
    };
    let s = simple_of(vm, obj)?;
    let values: Vec<&ObjRef> = a.pos[1..].iter().chain(a.kw("value")).collect();
    if values.len() > 1 {
        return vm.type_err(format!(
            "__init__ expected at most 1 argument, got {}",
            values.len()
        ));
    }
    let mem = CMemory::owned(vm, s.size)?;
    if let Some(v) = values.first() {
        mem.write(vm, 0, &s.encode(vm, v)?)?;
    }
    attach(vm, obj, mem)?;
    Ok(vm.none())
}

fn simple_bytes(vm: &Vm, o: &ObjRef) -> PyResult<(Scalar, Vec<u8>)> {
    let s = simple_of(vm, o)?;
    let bytes = memory_of(vm, o, s.size)?.read(vm, 0, s.size)?;
    Ok((s, bytes))
}

/// `.value` getter.
fn simple_value_get(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (s, bytes) = simple_bytes(vm, one_arg(vm, a, "value")?)?;
    s.decode(vm, &bytes)
}

/// `.value` setter.
fn simple_value_set(vm: &Vm, a: &Args<'_>) -> PyResult {
    let [o, v] = a.pos else {
        return vm.type_err("value setter takes one argument");
    };
    let s = simple_of(vm, o)?;
    let bytes = s.encode(vm, v)?;
    memory_of(vm, o, s.size)?.write(vm, 0, &bytes)?;
    Ok(vm.none())
}

/// `repr(c_uint(5))` is `c_uint(5)`; a subclass of a simple type shows as an object.
fn simple_repr(vm: &Vm, a: &Args<'_>) -> PyResult {
    let o = one_arg(vm, a, "__repr__")?;
    let cls = vm.type_of(o);
    let simple = internal_class(vm, "_SimpleCData")?;
    if !cls
        .first_base()
        .is_some_and(|b| Gc::to_obj(b).ptr_eq(&simple))
    {
        return vm.new_str(&format!(
            "<{}.{} object at {:#x}>",
            cls.module,
            cls.qualname,
            o.addr()
        ));
    }
    let (s, bytes) = simple_bytes(vm, o)?;
    vm.new_str(&format!("{}({})", cls.name, s.value_repr(vm, &bytes)?))
}

/// `bool(c_int(0))` is False.
fn simple_bool(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (s, bytes) = simple_bytes(vm, one_arg(vm, a, "__bool__")?)?;
    Ok(vm.bool_obj(s.is_nonzero(&bytes)))
}

fn builtin(vm: &Vm, name: &'static str, f: NativeFn) -> PyResult {
    vm.alloc_obj(BuiltinFunc::function(name, f, None))
}

fn class(vm: &Vm, name: &str, module: &str, base: &ObjRef, ns: Gc<DictObj>) -> PyResult {
    vm.dict_set_str(&ns, "__module__", vm.new_str(module)?)?;
    let base = base.downcast::<TypeObj>().into_iter().collect();
    vm.new_class(name, base, ns)
}

/// Build `_ctypes`: `_CData`, `_SimpleCData`, `Structure`, `CField`.
pub fn make_core(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "_ctypes")?;
    let object = Gc::to_obj(&vm.types.object);

    let ns = vm.new_dict()?;
    let fa = vm.alloc_obj(ClassMethod::new(builtin(vm, "from_address", from_address)?))?;
    vm.dict_set_str(&ns, "from_address", fa)?;
    let cdata = class(vm, "_CData", "_ctypes", &object, ns)?;

    let ns = vm.new_dict()?;
    let value = vm.alloc_obj(Property {
        fget: Some(builtin(vm, "value", simple_value_get)?),
        fset: Some(builtin(vm, "value", simple_value_set)?),
        fdel: None,
        doc: None,
        name: std::cell::RefCell::new(None),
    })?;
    vm.dict_set_str(&ns, "value", value)?;
    for (name, f) in [
        ("__init__", simple_init as NativeFn),
        ("__repr__", simple_repr),
        ("__bool__", simple_bool),
    ] {
        vm.dict_set_str(&ns, name, builtin(vm, name, f)?)?;
    }
    let simple = class(vm, "_SimpleCData", "_ctypes", &cdata, ns)?;

    let ns = vm.new_dict()?;
    vm.dict_set_str(&ns, "__init__", builtin(vm, "__init__", structure::init)?)?;
    // PEP 487: `__init_subclass__` is a classmethod (the class statement calls it through
    // `super(cls, cls)`).
    let hook = builtin(vm, "__init_subclass__", structure::init_subclass)?;
    vm.dict_set_str(
        &ns,
        "__init_subclass__",
        vm.alloc_obj(ClassMethod::new(hook))?,
    )?;
    let structure = class(vm, "Structure", "_ctypes", &cdata, ns)?;

    let ns = vm.new_dict()?;
    for (name, f) in [
        ("__get__", structure::field_get as NativeFn),
        ("__set__", structure::field_set),
        ("__delete__", structure::field_delete),
        ("__repr__", structure::field_repr),
    ] {
        vm.dict_set_str(&ns, name, builtin(vm, name, f)?)?;
    }
    let cfield = class(vm, "CField", "_ctypes", &object, ns)?;

    for (name, c) in [
        ("_CData", cdata),
        ("_SimpleCData", simple),
        ("Structure", structure),
        ("CField", cfield),
    ] {
        vm.dict_set_str(&m.dict, name, c)?;
    }
    Ok(m)
}

/// Build `ctypes`.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let core = super::import(vm, "_ctypes")?;
    let m = new_module(vm, "ctypes")?;
    let simple = vm.getattr_str(&core, "_SimpleCData")?;
    for (name, code) in SIMPLE_TYPES {
        let ns = vm.new_dict()?;
        vm.dict_set_str(&ns, "_type_", vm.new_str(code)?)?;
        let c = class(vm, name, "ctypes", &simple, ns)?;
        vm.dict_set_str(&m.dict, name, c)?;
    }
    // 64-bit Linux: long is 64 bits, so these are the same classes, as in CPython.
    for (alias, of) in [
        ("c_longlong", "c_long"),
        ("c_ulonglong", "c_ulong"),
        ("c_ssize_t", "c_long"),
        ("c_size_t", "c_ulong"),
        ("c_int8", "c_byte"),
        ("c_uint8", "c_ubyte"),
        ("c_int16", "c_short"),
        ("c_uint16", "c_ushort"),
        ("c_int32", "c_int"),
        ("c_uint32", "c_uint"),
        ("c_int64", "c_long"),
        ("c_uint64", "c_ulong"),
    ] {
        let c = vm.getattr_str(&Gc::to_obj(&m), of)?;
        vm.dict_set_str(&m.dict, alias, c)?;
    }
    for name in ["Structure", "_SimpleCData"] {
        vm.dict_set_str(&m.dict, name, vm.getattr_str(&core, name)?)?;
    }
    add_fn(vm, &m, "sizeof", sizeof)?;
    add_fn(vm, &m, "alignment", alignment)?;
    add_fn(vm, &m, "addressof", addressof)?;
    Ok(m)
}
