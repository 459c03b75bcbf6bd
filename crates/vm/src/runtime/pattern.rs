//! The run-time half of structural pattern matching (`match`): the instructions that
//! `compile/pattern.rs` emits, with CPython 3.12's semantics and error messages
//! (`MATCH_SEQUENCE`, `MATCH_MAPPING`, `GET_LEN`, `MATCH_KEYS`, `MATCH_CLASS`, the `**rest`
//! copy of a mapping pattern, and the rotation that keeps captured values on the stack).

use heap::{Gc, ObjRef};

use super::frame::Frame;
use super::objects::*;
use super::{PyResult, Vm};

/// Pops TOS; the compiler guarantees the stack depth, so a miss is an internal error.
fn pop(vm: &Vm, f: &mut Frame) -> PyResult {
    match f.stack.pop() {
        Some(v) => Ok(v),
        None => vm.err("SystemError", "match: value stack underflow"),
    }
}

fn top(vm: &Vm, f: &Frame) -> PyResult {
    match f.stack.last() {
        Some(v) => Ok(v.clone()),
        None => vm.err("SystemError", "match: value stack underflow"),
    }
}

/// Is `o` a sequence for a sequence pattern? CPython's `Py_TPFLAGS_SEQUENCE`: list, tuple,
/// range and `collections.deque` (and their subclasses, such as namedtuples); never str,
/// bytes or bytearray.
fn is_sequence(vm: &Vm, o: &ObjRef) -> bool {
    let t = vm.type_of(o);
    let ty = &vm.types;
    [&ty.list, &ty.tuple, &ty.range]
        .iter()
        .any(|b| vm.is_subtype(&t, b))
        || t.mro.iter().chain([&t]).any(|c| c.name == "deque")
}

/// `Rotate(n)`: TOS moves down `n` places.
pub fn rotate(vm: &Vm, f: &mut Frame, n: u32) -> PyResult<()> {
    let len = f.stack.len();
    let n = n as usize;
    if n >= len {
        return vm.err("SystemError", "match: value stack underflow");
    }
    let v = pop(vm, f)?;
    f.stack.insert(len - 1 - n, v);
    Ok(())
}

/// `MatchSequence`: `subject` → `subject bool`.
pub fn match_sequence(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    let s = top(vm, f)?;
    f.stack.push(vm.bool_obj(is_sequence(vm, &s)));
    Ok(())
}

/// `MatchMapping`: `subject` → `subject bool` (dicts and the dict-based collections).
pub fn match_mapping(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    let s = top(vm, f)?;
    let m = vm.isinstance(&s, &vm.types.dict);
    f.stack.push(vm.bool_obj(m));
    Ok(())
}

/// `GetLen`: `x` → `x len(x)`.
pub fn get_len(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    let s = top(vm, f)?;
    let n = vm.len(&s)?;
    let n = vm.new_int(i64::try_from(n).unwrap_or(i64::MAX))?;
    f.stack.push(n);
    Ok(())
}

/// The items of the tuple `t` (the compiler only passes tuples).
fn tuple_items(vm: &Vm, t: &ObjRef) -> PyResult<Vec<ObjRef>> {
    match t.downcast_ref::<TupleObj>() {
        Some(t) => Ok(super::objects::tuple_items(t).to_vec()),
        None => vm.err("SystemError", "match: expected a tuple"),
    }
}

/// `MatchKeys`: `subject keys` → `subject keys values-or-None`. Values are looked up with
/// `subject.get(key, <dummy>)`, as CPython does; a key given twice is a `ValueError`.
pub fn match_keys(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    let keys = top(vm, f)?;
    let subject = match f.stack.len().checked_sub(2) {
        Some(i) => f.stack[i].clone(),
        None => return vm.err("SystemError", "match: value stack underflow"),
    };
    let keys = tuple_items(vm, &keys)?;
    let mut values = Vec::with_capacity(keys.len());
    let mut seen: Vec<ObjRef> = Vec::with_capacity(keys.len());
    let dummy: ObjRef = vm.alloc(Instance::new(vm.types.object.clone()))?.into();
    let get = if subject.is::<DictObj>() {
        None
    } else {
        Some(vm.getattr_str(&subject, "get")?)
    };
    let mut found = true;
    for k in keys {
        for s in &seen {
            if vm.eq(s, &k)? {
                let r = vm.repr(&k)?;
                return vm.value_err(format!("mapping pattern checks duplicate key ({r})"));
            }
        }
        seen.push(k.clone());
        let v = match (&get, subject.downcast_ref::<DictObj>()) {
            (None, Some(d)) => vm.dict_get(d, &k)?,
            (Some(get), _) => {
                let v = vm.call(get, &[k, dummy.clone()], None)?;
                (!v.ptr_eq(&dummy)).then_some(v)
            }
            (None, None) => None,
        };
        match v {
            Some(v) => values.push(v),
            None => {
                found = false;
                break;
            }
        }
    }
    let result = if found {
        vm.new_tuple(values)?
    } else {
        vm.none()
    };
    f.stack.push(result);
    Ok(())
}

/// `CopyDictWithoutKeys`: `subject keys` → `rest`, a new dict of the other items.
pub fn copy_dict_without_keys(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    let keys = pop(vm, f)?;
    let subject = pop(vm, f)?;
    let dict_type: ObjRef = vm.types.dict.clone().into();
    let rest = vm.call(&dict_type, &[subject], None)?;
    for k in tuple_items(vm, &keys)? {
        vm.delitem(&rest, &k)?;
    }
    f.stack.push(rest);
    Ok(())
}

/// Does a positional sub-pattern of `cls(...)` match the subject itself (CPython's
/// `_Py_TPFLAGS_MATCH_SELF` built-ins and their subclasses)?
fn matches_self(vm: &Vm, cls: &Gc<TypeObj>) -> bool {
    let t = &vm.types;
    [
        &t.bool_,
        &t.bytearray,
        &t.bytes,
        &t.dict,
        &t.float,
        &t.frozenset,
        &t.int,
        &t.list,
        &t.set,
        &t.str_,
        &t.tuple,
    ]
    .iter()
    .any(|b| vm.is_subtype(cls, b))
}

/// `MatchClass(npos)`: `subject cls names` → a tuple of the sub-pattern subjects, or None.
pub fn match_class(vm: &Vm, f: &mut Frame, npos: u32) -> PyResult<()> {
    let names = pop(vm, f)?;
    let cls_obj = pop(vm, f)?;
    let subject = pop(vm, f)?;
    let r = match_class_values(vm, &subject, &cls_obj, npos as usize, &names)?;
    let r = match r {
        Some(v) => vm.new_tuple(v)?,
        None => vm.none(),
    };
    f.stack.push(r);
    Ok(())
}

fn match_class_values(
    vm: &Vm,
    subject: &ObjRef,
    cls_obj: &ObjRef,
    npos: usize,
    names: &ObjRef,
) -> PyResult<Option<Vec<ObjRef>>> {
    let Some(cls) = cls_obj.downcast::<TypeObj>() else {
        return vm.type_err("called match pattern must be a class");
    };
    if !vm.isinstance(subject, &cls) {
        return Ok(None);
    }
    let kw_names = tuple_items(vm, names)?;
    let mut values = Vec::with_capacity(npos + kw_names.len());
    let mut seen: Vec<ObjRef> = Vec::new();
    let mut attr_names: Vec<ObjRef> = Vec::new();
    if npos > 0 {
        let match_args = vm.getattr_opt(cls_obj, &vm.intern("__match_args__")?)?;
        match match_args {
            Some(ma) => {
                let Some(t) = ma.downcast_ref::<TupleObj>() else {
                    return vm.type_err(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        cls.name,
                        vm.type_name(&ma)
                    ));
                };
                if npos > super::objects::tuple_items(t).len() {
                    return vm.type_err(accepts_message(
                        &cls.name,
                        super::objects::tuple_items(t).len(),
                        npos,
                    ));
                }
                for name in &super::objects::tuple_items(t)[..npos] {
                    if !name.is::<StrObj>() {
                        return vm.type_err(format!(
                            "__match_args__ elements must be strings (got {})",
                            vm.type_name(name)
                        ));
                    }
                    attr_names.push(name.clone());
                }
            }
            None if matches_self(vm, &cls) => {
                if npos > 1 {
                    return vm.type_err(accepts_message(&cls.name, 1, npos));
                }
                values.push(subject.clone());
            }
            None => return vm.type_err(accepts_message(&cls.name, 0, npos)),
        }
    }
    attr_names.extend(kw_names);
    for name in attr_names {
        for s in &seen {
            if vm.eq(s, &name)? {
                let r = vm.repr(&name)?;
                return vm.type_err(format!(
                    "{}() got multiple sub-patterns for attribute {r}",
                    cls.name
                ));
            }
        }
        seen.push(name.clone());
        match vm.getattr_opt(subject, &name)? {
            Some(v) => values.push(v),
            None => return Ok(None),
        }
    }
    Ok(Some(values))
}

/// `P() accepts 1 positional sub-pattern (2 given)`.
fn accepts_message(cls: &str, allowed: usize, given: usize) -> String {
    let s = if allowed == 1 { "" } else { "s" };
    format!("{cls}() accepts {allowed} positional sub-pattern{s} ({given} given)")
}
