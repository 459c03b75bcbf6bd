//! The built-in data types' own `__new__`, `__init__` (list, dict, set), `__repr__`, rich
//! comparisons and `__hash__`: what a subclass reaches through `super()` or by naming the
//! type (`super().__new__(cls, v)`, `list.__init__(self, it)`, `super().__eq__(o)`).

use heap::{Gc, ObjRef};

use super::{downcast_receiver, is_mutable_kind, unwrap_base};
use crate::ir::CmpOp;
use crate::runtime::objects::*;
use crate::runtime::{Args, PyResult, Vm};

/// `base.__new__(cls, *args)`.
fn builtin_new(vm: &Vm, a: &Args<'_>, base: &Gc<TypeObj>) -> PyResult {
    let Some(c) = a.pos.first() else {
        return vm.type_err(format!("{}.__new__(): not enough arguments", base.name));
    };
    let Some(cls) = c.downcast::<TypeObj>() else {
        return vm.type_err(format!(
            "{}.__new__(X): X is not a type object ({})",
            base.name,
            vm.type_name(c)
        ));
    };
    if !vm.is_subtype(&cls, base) {
        return vm.type_err(format!(
            "{0}.__new__({1}): {1} is not a subtype of {0}",
            base.name, cls.name
        ));
    }
    let rest = Args {
        pos: &a.pos[1..],
        kwnames: a.kwnames,
        kwvals: a.kwvals,
    };
    if Gc::ptr_eq(&cls, base) {
        // A mutable container's `__new__` makes it empty; `__init__` fills it.
        let rest = if is_mutable_kind(base.kind) {
            Args::new(&[])
        } else {
            rest
        };
        return crate::runtime::builtins::construct(vm, base, &rest);
    }
    if !vm
        .builtin_base_type(&cls)
        .is_some_and(|b| Gc::ptr_eq(&b, base))
    {
        return vm.type_err(format!(
            "{}.__new__({}) is not safe, use {}.__new__()",
            base.name, cls.name, cls.name
        ));
    }
    vm.new_builtin_subclass_value(&cls, base, &rest)
}

fn int_new(vm: &Vm, a: &Args<'_>) -> PyResult {
    builtin_new(vm, a, &vm.types.int)
}
fn float_new(vm: &Vm, a: &Args<'_>) -> PyResult {
    builtin_new(vm, a, &vm.types.float)
}
fn str_new(vm: &Vm, a: &Args<'_>) -> PyResult {
    builtin_new(vm, a, &vm.types.str_)
}
fn bytes_new(vm: &Vm, a: &Args<'_>) -> PyResult {
    builtin_new(vm, a, &vm.types.bytes)
}
fn complex_new(vm: &Vm, a: &Args<'_>) -> PyResult {
    builtin_new(vm, a, &vm.types.complex)
}
fn bytearray_new(vm: &Vm, a: &Args<'_>) -> PyResult {
    builtin_new(vm, a, &vm.types.bytearray)
}
fn tuple_new(vm: &Vm, a: &Args<'_>) -> PyResult {
    builtin_new(vm, a, &vm.types.tuple)
}
fn frozenset_new(vm: &Vm, a: &Args<'_>) -> PyResult {
    builtin_new(vm, a, &vm.types.frozenset)
}
fn list_new(vm: &Vm, a: &Args<'_>) -> PyResult {
    builtin_new(vm, a, &vm.types.list)
}
fn dict_new(vm: &Vm, a: &Args<'_>) -> PyResult {
    builtin_new(vm, a, &vm.types.dict)
}
fn set_new(vm: &Vm, a: &Args<'_>) -> PyResult {
    builtin_new(vm, a, &vm.types.set)
}

/// The receiver of a mutable container's `__init__`, and its one optional argument.
fn init_args<'a, T: heap::Object>(
    vm: &Vm,
    a: &Args<'a>,
    name: &str,
) -> PyResult<(Gc<T>, Option<&'a ObjRef>)> {
    let Some(this) = a.pos.first().and_then(downcast_receiver::<T>) else {
        let got = a.pos.first().map_or("NoneType".into(), |o| vm.type_name(o));
        return vm.type_err(format!(
            "descriptor '__init__' requires a '{name}' object but received a '{got}'"
        ));
    };
    if a.pos.len() > 2 {
        return vm.type_err(format!(
            "{name} expected at most 1 argument, got {}",
            a.pos.len() - 1
        ));
    }
    Ok((this, a.pos.get(1)))
}

/// `list.__init__(self, iterable=())`: replace the items.
fn list_init(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (l, src) = init_args::<ListObj>(vm, a, "list")?;
    if !a.kwnames.is_empty() {
        return vm.type_err("list() takes no keyword arguments");
    }
    let (items, hint) = match src {
        Some(v) => {
            let (items, hint) = crate::runtime::methods::collect_hinted(vm, v)?;
            (items, hint)
        }
        None => (vec![], crate::runtime::objects::list::ExtendHint::Exact(0)),
    };
    let n = items.len();
    let old = std::mem::replace(&mut *l.items.borrow_mut(), items);
    drop(old);
    // As `list(x)`: the list is cleared (no item array), then list_extend.
    l.set_alloc(0);
    l.extended(0, n, hint);
    Ok(vm.none())
}

/// `bytearray.__init__(self, source=b'', encoding=..., errors=...)`: replace the bytes
/// with what `bytearray(source, ...)` would hold.
fn bytearray_init(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(this) = a
        .pos
        .first()
        .and_then(downcast_receiver::<BytesObj>)
        .filter(|b| b.mutable)
    else {
        let got = a.pos.first().map_or("NoneType".into(), |o| vm.type_name(o));
        return vm.type_err(format!(
            "descriptor '__init__' requires a 'bytearray' object but received a '{got}'"
        ));
    };
    let rest = Args {
        pos: &a.pos[1..],
        kwnames: a.kwnames,
        kwvals: a.kwvals,
    };
    // CPython's `__init__` first resizes a non-empty bytearray to 0, which memoryviews
    // exporting it forbid (they refer to its storage).
    if this.exports.get() > 0 && !this.data.borrow().is_empty() {
        return vm.err(
            "BufferError",
            "Existing exports of data: object cannot be re-sized",
        );
    }
    let fresh = crate::runtime::bytes_methods::construct(vm, true, &rest)?;
    let Some(fresh) = fresh.downcast_ref::<BytesObj>() else {
        return vm.type_err("bytearray() made no bytearray");
    };
    let data = std::mem::take(&mut *fresh.data.borrow_mut());
    this.set_alloc(fresh.alloc.get());
    let old = std::mem::replace(&mut *this.data.borrow_mut(), data);
    drop(old);
    Ok(vm.none())
}

/// `dict.__init__(self, mapping_or_pairs=(), **kw)`: update.
fn dict_init(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (d, src) = init_args::<DictObj>(vm, a, "dict")?;
    if let Some(src) = src {
        crate::runtime::methods::dict_update_from(vm, &d, src)?;
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        vm.dict_set(&d, k.clone(), v.clone())?;
    }
    Ok(vm.none())
}

/// `set.__init__(self, iterable=())`: replace the members.
fn set_init(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (s, src) = init_args::<SetObj>(vm, a, "set")?;
    if !a.kwnames.is_empty() {
        return vm.type_err("set() takes no keyword arguments");
    }
    let items = match src {
        Some(v) => vm.collect(v)?,
        None => vec![],
    };
    let old = s.inner.borrow_mut().clear_all();
    drop(old);
    let s = Gc::into_obj(s);
    for i in items {
        vm.set_add(&s, i)?;
    }
    Ok(vm.none())
}

/// `list.__repr__(self)` and the other data types': the built-in repr of the base value
/// (what `super().__repr__()` answers in a subclass).
fn data_repr(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(o) = a.pos.first() else {
        return vm.type_err("__repr__() needs an argument");
    };
    let target = unwrap_base(o).into_owned();
    let r = match target.downcast_ref::<Instance>() {
        // A class that only lists the type in its MRO (the `collections` wrappers).
        Some(i) => format!("<{} object at {:#x}>", i.class().dotted_name(), o.addr()),
        None => vm.repr(&target)?,
    };
    vm.new_str(&r)
}

/// Do the built-in comparison slots of `x`'s type handle `y`? (Each compares only values of
/// its own kind, an int's with ints, a float's with ints and floats; anything else is
/// `NotImplemented`, as CPython's `richcompare` slots answer.)
fn same_family(x: &ObjRef, y: &ObjRef) -> bool {
    let int = |o: &ObjRef| o.is::<IntObj>() || o.is::<BoolObj>();
    if int(x) {
        int(y)
    } else if x.is::<FloatObj>() {
        int(y) || y.is::<FloatObj>()
    } else if x.is::<StrObj>() {
        y.is::<StrObj>()
    } else if x.is::<BytesObj>() {
        y.is::<BytesObj>()
    } else if x.is::<ListObj>() {
        y.is::<ListObj>()
    } else if x.is::<TupleObj>() {
        y.is::<TupleObj>()
    } else if x.is::<DictObj>() {
        y.is::<DictObj>()
    } else {
        x.is::<SetObj>() && y.is::<SetObj>()
    }
}

/// `list.__eq__(self, other)` and the other rich comparisons of the data types: what
/// `super().__eq__(other)` answers in a subclass.
fn data_compare(vm: &Vm, a: &Args<'_>, op: CmpOp) -> PyResult {
    let [x, y] = a.pos else {
        return vm.type_err(format!(
            "expected 1 argument, got {}",
            a.pos.len().saturating_sub(1)
        ));
    };
    let (x, y) = (unwrap_base(x), unwrap_base(y));
    if !same_family(&x, &y) {
        return Ok(vm.notimpl.clone());
    }
    match vm.compare(&x, &y, op) {
        Err(e) if vm.exc_matches(&e, "TypeError") => Ok(vm.notimpl.clone()),
        r => r,
    }
}

fn data_eq(vm: &Vm, a: &Args<'_>) -> PyResult {
    data_compare(vm, a, CmpOp::Eq)
}
fn data_ne(vm: &Vm, a: &Args<'_>) -> PyResult {
    data_compare(vm, a, CmpOp::NotEq)
}
fn data_lt(vm: &Vm, a: &Args<'_>) -> PyResult {
    data_compare(vm, a, CmpOp::Lt)
}
fn data_le(vm: &Vm, a: &Args<'_>) -> PyResult {
    data_compare(vm, a, CmpOp::LtE)
}
fn data_gt(vm: &Vm, a: &Args<'_>) -> PyResult {
    data_compare(vm, a, CmpOp::Gt)
}
fn data_ge(vm: &Vm, a: &Args<'_>) -> PyResult {
    data_compare(vm, a, CmpOp::GtE)
}

/// `tuple.__hash__(self)` and the other immutable types': the base value's hash.
fn data_hash(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(o) = a.pos.first() else {
        return vm.type_err("__hash__() needs an argument");
    };
    let h = vm.hash(&unwrap_base(o))?;
    vm.new_int(h)
}

/// Install `__new__` (a static method, as CPython's `tp_new` wrapper is), the mutable
/// containers' `__init__` and `__repr__` in the built-in data types.
pub fn install(vm: &Vm) {
    let t = &vm.types;
    let news: [(&Gc<TypeObj>, NativeFn); 11] = [
        (&t.int, int_new),
        (&t.float, float_new),
        (&t.str_, str_new),
        (&t.bytes, bytes_new),
        (&t.bytearray, bytearray_new),
        (&t.complex, complex_new),
        (&t.tuple, tuple_new),
        (&t.frozenset, frozenset_new),
        (&t.list, list_new),
        (&t.dict, dict_new),
        (&t.set, set_new),
    ];
    // A `__repr__` function object of each type's own: code tells the types apart by it
    // (`pprint` dispatches on `type(obj).__repr__`, as CPython's slot wrappers differ).
    let with_repr = news
        .iter()
        .map(|(ty, f)| (*ty, Some(*f)))
        .chain([(&t.bool_, None)]);
    for (ty, f) in with_repr {
        if let Some(f) = f {
            super::super::methods::add_static(vm, ty, "__new__", f);
        }
        crate::runtime::methods::add(vm, ty, "__repr__", data_repr);
    }
    // Each type's own slot wrappers (each names its type: `<slot wrapper '__eq__' of
    // 'int' objects>`).
    let slots: [(&'static str, NativeFn); 6] = [
        ("__eq__", data_eq),
        ("__ne__", data_ne),
        ("__lt__", data_lt),
        ("__le__", data_le),
        ("__gt__", data_gt),
        ("__ge__", data_ge),
    ];
    for (ty, _) in news {
        for (name, f) in slots {
            crate::runtime::methods::add(vm, ty, name, f);
        }
        // The mutable containers are unhashable (`list.__hash__` is None).
        if is_mutable_kind(ty.kind) {
            vm.dict_set_str(&ty.dict, "__hash__", vm.none())
                .expect("startup");
        } else {
            crate::runtime::methods::add(vm, ty, "__hash__", data_hash);
        }
    }
    crate::runtime::methods::add(vm, &t.list, "__init__", list_init);
    crate::runtime::methods::add(vm, &t.dict, "__init__", dict_init);
    crate::runtime::methods::add(vm, &t.set, "__init__", set_init);
    crate::runtime::methods::add(vm, &t.bytearray, "__init__", bytearray_init);
}
