//! `ctypes.Structure`: C struct layout from `_fields_`, the `CField` descriptors that read
//! and write each field, and `Structure.__init__`.
//!
//! The layout is computed when a subclass is created (from `Structure.__init_subclass__`,
//! which the runtime calls as CPython's metaclass would): each field at the next offset
//! that is a multiple of its alignment (capped by `_pack_` when given), the size rounded
//! up to the largest alignment. A subclass of a structure appends its fields after its
//! base's. The result is kept in the class as a [`Layout`] object and one `CField` per
//! field (`Point.x.offset`, `Point.x.size`).
//!
//! Not supported (a `TypeError` says so): bit fields, arrays, pointers to types, unions,
//! and assigning `_fields_` after the class statement.

use heap::{Gc, ObjRef};

use super::memory::{attach, memory_of, CMemory};
use super::{ctype_of, internal_class, CType};
use crate::runtime::objects::class::HAS_DATA_DESCR;
use crate::runtime::objects::*;
use crate::runtime::{Args, PyResult, Vm};

/// A structure class's layout: size, alignment, and its fields in order (its bases' first).
pub struct Layout {
    /// `sizeof`.
    pub size: usize,
    /// `alignment`.
    pub align: usize,
    /// Field names, in positional-initializer order.
    pub names: Vec<String>,
}

impl heap::Object for Layout {
    const NAME: &'static str = "ctypes layout";
    const TRACKED: bool = false;
}

/// The class attribute holding a structure's [`Layout`].
pub const LAYOUT_ATTR: &str = "_pymem_layout_";

/// The layout of structure class `cls` (inherited when it has no `_fields_` of its own).
pub fn layout_of(vm: &Vm, cls: &Gc<TypeObj>) -> PyResult<Option<Gc<Layout>>> {
    Ok(vm
        .lookup_type_attr(cls, LAYOUT_ATTR)?
        .and_then(|l| l.downcast::<Layout>()))
}

/// `n` rounded up to a multiple of `align` (an empty structure has alignment 0).
fn round_up(n: usize, align: usize) -> usize {
    if align == 0 {
        n
    } else {
        n.div_ceil(align) * align
    }
}

/// `Structure.__init_subclass__(cls)`: lay out `cls._fields_`.
pub fn init_subclass(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(cls) = a.pos.first().and_then(|c| c.downcast::<TypeObj>()) else {
        return vm.type_err("Structure.__init_subclass__() needs a class");
    };
    let Some(fields) = vm.dict_get_str(&cls.dict, "_fields_") else {
        return Ok(vm.none());
    };
    let base = match cls.mro.first() {
        Some(b) => layout_of(vm, b)?,
        None => None,
    };
    let (mut offset, mut align, mut names) = match &base {
        Some(l) => (l.size, l.align, l.names.clone()),
        None => (0, 0, Vec::new()),
    };
    let pack = match vm.dict_get_str(&cls.dict, "_pack_") {
        Some(p) => match vm.as_i64(&p) {
            Some(p @ 0..=0xffff) => p as usize,
            _ => return vm.value_err("_pack_ must be a non-negative integer"),
        },
        None => 0,
    };
    if !(fields.is::<ListObj>() || fields.is::<TupleObj>()) {
        return vm.type_err("'_fields_' must be a sequence of pairs");
    }
    let cfield = internal_class(vm, "CField")?;
    for (i, entry) in vm.collect(&fields)?.into_iter().enumerate() {
        let pair = if entry.is::<ListObj>() || entry.is::<TupleObj>() {
            vm.collect(&entry)?
        } else {
            vec![]
        };
        if pair.len() == 3 {
            return vm.type_err("bit fields are not supported by pymem's ctypes");
        }
        let (Some(name), Some(ftype), 2) = (
            pair.first().and_then(|n| n.downcast::<StrObj>()),
            pair.get(1),
            pair.len(),
        ) else {
            return vm.type_err("'_fields_' must be a sequence of (name, C type) pairs");
        };
        let ctype = match ftype.downcast::<TypeObj>() {
            Some(t) => ctype_of(vm, &t)?,
            None => None,
        };
        let Some(ctype) = ctype else {
            return vm.type_err(format!(
                "second item in _fields_ tuple (index {i}) must be a C type"
            ));
        };
        let (size, mut falign) = (ctype.size(), ctype.align());
        if pack > 0 {
            falign = falign.min(pack);
        }
        offset = round_up(offset, falign);
        let field = vm.call(&cfield, &[], None)?;
        vm.setattr(&field, &vm.intern("offset")?, vm.new_int(offset as i64)?)?;
        vm.setattr(&field, &vm.intern("size")?, vm.new_int(size as i64)?)?;
        vm.setattr(&field, &vm.intern("_ctype_")?, ftype.clone())?;
        vm.dict_set(&cls.dict, vm.intern(&name.s)?, field)?;
        names.push(name.s.to_string());
        offset += size;
        align = align.max(falign);
    }
    let layout = vm.alloc_obj(Layout {
        size: round_up(offset, align),
        align,
        names,
    })?;
    vm.dict_set_str(&cls.dict, LAYOUT_ATTR, layout)?;
    // The fields are data descriptors: attribute access must consult them first.
    cls.flags.set(cls.flags.get() | HAS_DATA_DESCR);
    vm.type_version.set(vm.type_version.get() + 1);
    Ok(vm.none())
}

/// `Structure.__init__(self, *values, **fields)`: a zeroed buffer, then the values in
/// field order and the keywords by name.
pub fn init(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(obj) = a.pos.first() else {
        return vm.type_err("Structure.__init__() needs self");
    };
    let cls = vm.type_of(obj);
    if cls.name == "Structure" && cls.module == "_ctypes" {
        return vm.type_err("abstract class");
    }
    let layout = layout_of(vm, &cls)?;
    let (size, names) = match &layout {
        Some(l) => (l.size, l.names.as_slice()),
        None => (0, &[][..]),
    };
    attach(vm, obj, CMemory::owned(vm, size)?)?;
    let values = &a.pos[1..];
    if values.len() > names.len() {
        return vm.type_err("too many initializers");
    }
    for (name, v) in names.iter().zip(values) {
        vm.setattr(obj, &vm.intern(name)?, v.clone())?;
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        let k_text = vm.str(k)?;
        if names[..values.len()].contains(&k_text) {
            return vm.type_err(format!("duplicate values for field '{k_text}'"));
        }
        vm.setattr(obj, k, v.clone())?;
    }
    Ok(vm.none())
}

/// A field's place: (offset, C type, the field's class).
fn field_info(vm: &Vm, field: &ObjRef) -> PyResult<(usize, CType, Gc<TypeObj>)> {
    let offset = vm.index(&vm.getattr_str(field, "offset")?)?;
    let cls = vm.getattr_str(field, "_ctype_")?.downcast::<TypeObj>();
    let ctype = match &cls {
        Some(c) => ctype_of(vm, c)?,
        None => None,
    };
    match (usize::try_from(offset), ctype, cls) {
        (Ok(o), Some(t), Some(c)) => Ok((o, t, c)),
        _ => vm.type_err("corrupted ctypes field"),
    }
}

/// The memory of the structure instance `obj`.
fn struct_memory(vm: &Vm, obj: &ObjRef) -> PyResult<Gc<CMemory>> {
    let cls = vm.type_of(obj);
    let size = layout_of(vm, &cls)?.map_or(0, |l| l.size);
    memory_of(vm, obj, size)
}

/// `CField.__get__(field, obj, cls)`: the field itself on the class; on an instance the
/// value read now (a scalar), or a view sharing the instance's memory (a structure).
pub fn field_get(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (Some(field), Some(obj)) = (a.pos.first(), a.pos.get(1)) else {
        return vm.type_err("__get__ expected at least 2 arguments");
    };
    if vm.is_none(obj) {
        return Ok(field.clone());
    }
    let (offset, ctype, cls) = field_info(vm, field)?;
    let mem = struct_memory(vm, obj)?;
    if offset + ctype.size() > mem.size {
        return vm.type_err("ctypes field does not belong to this object");
    }
    match ctype {
        CType::Scalar(s) => s.decode(vm, &mem.read(vm, offset, s.size)?),
        CType::Struct(l) => {
            let view = super::bare_instance(vm, &cls)?;
            attach(vm, &view, mem.sub(offset, l.size))?;
            Ok(view)
        }
    }
}

/// `CField.__set__(field, obj, value)`: encode and write (refused on a heap view).
pub fn field_set(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (Some(field), Some(obj), Some(value)) = (a.pos.first(), a.pos.get(1), a.pos.get(2)) else {
        return vm.type_err("__set__ expected 3 arguments");
    };
    let (offset, ctype, cls) = field_info(vm, field)?;
    let mem = struct_memory(vm, obj)?;
    if offset + ctype.size() > mem.size {
        return vm.type_err("ctypes field does not belong to this object");
    }
    let bytes = match ctype {
        CType::Scalar(s) => s.encode(vm, value)?,
        CType::Struct(l) => {
            if !vm.isinstance(value, &cls) {
                return vm.type_err(format!(
                    "expected {} instance, got {}",
                    cls.name,
                    vm.type_name(value)
                ));
            }
            memory_of(vm, value, l.size)?.read(vm, 0, l.size)?
        }
    };
    mem.write(vm, offset, &bytes)?;
    Ok(vm.none())
}

/// `CField.__delete__`: fields cannot be deleted.
pub fn field_delete(vm: &Vm, _a: &Args<'_>) -> PyResult {
    vm.type_err("can't delete attribute")
}

/// `repr(Point.x)`: `<Field type=c_int, ofs=0, size=4>`.
pub fn field_repr(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(field) = a.pos.first() else {
        return vm.type_err("__repr__ needs self");
    };
    let (offset, ctype, cls) = field_info(vm, field)?;
    vm.new_str(&format!(
        "<Field type={}, ofs={offset}, size={}>",
        cls.name,
        ctype.size()
    ))
}
