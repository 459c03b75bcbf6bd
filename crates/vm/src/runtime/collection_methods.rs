//! The rest of the list / dict / set API that `methods.rs` lacked, with CPython's argument
//! checks: `list.index(x, start, stop)`, keyword-only `list.sort`, `dict.fromkeys`, the
//! set algebra methods (`symmetric_difference`, `isdisjoint`, the `*_update` forms), dict
//! key/item views acting as sets (`d.keys() & s`, `d.items() == s`), in-place set and dict
//! operators that mutate their target, and the container dunders of the built-in types
//! (`[].__len__()`, `d.__getitem__(k)`, ...). Installed after `methods.rs`.

use heap::{Gc, ObjRef};

use super::objects::*;
use super::{Args, PyResult, Vm};
use crate::ir::{BinOp, CmpOp};

#[inline]
fn self_of<T: heap::Object>(vm: &Vm, a: &Args<'_>, what: &str) -> PyResult<Gc<T>> {
    match a
        .pos
        .first()
        .and_then(super::subclass::downcast_receiver::<T>)
    {
        Some(t) => Ok(t),
        None => vm.type_err(format!("descriptor requires a '{what}' object")),
    }
}

// ---- list -------------------------------------------------------------------------------

fn list_index(vm: &Vm, a: &Args<'_>) -> PyResult {
    let l = self_of::<ListObj>(vm, a, "list")?;
    let Some(x) = a.pos.get(1) else {
        return vm.type_err("index expected at least 1 argument, got 0");
    };
    let n = l.items.borrow().len() as i64;
    let bound = |k: usize, default: i64| -> PyResult<usize> {
        let v = match a.pos.get(k) {
            Some(v) => super::arg_spec::slice_bound(vm, v, false)?,
            None => default,
        };
        let v = if v < 0 { v.saturating_add(n) } else { v };
        Ok(v.clamp(0, n) as usize)
    };
    let (start, stop) = (bound(2, 0)?, bound(3, n)?);
    if let Some(i) = vm.list_position(&l, x, start, stop)? {
        return vm.new_int(i as i64);
    }
    vm.value_err(format!("{} is not in list", vm.repr(x)?))
}

/// `list.sort(*, key=None, reverse=False)`: only keywords.
fn list_sort(vm: &Vm, a: &Args<'_>) -> PyResult {
    let l = self_of::<ListObj>(vm, a, "list")?;
    if a.pos.len() > 1 {
        return vm.type_err("sort() takes no positional arguments");
    }
    for k in a.kwnames {
        let k = vm.str(k)?;
        if k != "key" && k != "reverse" {
            return vm.type_err(format!("sort() got an unexpected keyword argument '{k}'"));
        }
    }
    let items = std::mem::take(&mut *l.items.borrow_mut());
    let reverse = match a.kw("reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let key = a.kw("key").filter(|k| !vm.is_none(k));
    // The list is empty while it sorts (as CPython's); whatever a key function or `<` puts
    // in it meanwhile is dropped, and the sort reports it.
    let (new_items, result) = match super::methods::sort_values(vm, items.clone(), key, reverse) {
        Ok(sorted) => (sorted, Ok(())),
        Err(e) => (items, Err(e)),
    };
    let meddled = std::mem::replace(&mut *l.items.borrow_mut(), new_items);
    let modified = !meddled.is_empty();
    drop(meddled);
    match result {
        Err(e) => Err(e),
        Ok(()) if modified => vm.err("ValueError", "list modified during sort"),
        Ok(()) => Ok(vm.none()),
    }
}

// ---- dict -------------------------------------------------------------------------------

/// `dict.fromkeys(iterable, value=None)`, a class method: a subclass gets an instance of
/// itself, filled through its `__setitem__` (CPython's `dict_fromkeys`).
fn dict_fromkeys(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (Some(cls), args) = (a.pos.first(), a.pos.get(1..).unwrap_or(&[])) else {
        return vm.type_err("fromkeys expected at least 1 argument, got 0");
    };
    let Some(keys) = args.first() else {
        return vm.type_err("fromkeys expected at least 1 argument, got 0");
    };
    if args.len() > 2 {
        return vm.type_err(format!(
            "fromkeys expected at most 2 arguments, got {}",
            args.len()
        ));
    }
    let value = args.get(1).cloned().unwrap_or_else(|| vm.none());
    if !cls.ptr_eq(&Gc::to_obj(&vm.types.dict)) {
        let d = vm.call(cls, &[], None)?;
        for k in vm.collect(keys)? {
            vm.setitem(&d, &k, value.clone())?;
        }
        return Ok(d);
    }
    let d = vm.new_dict()?;
    // From a dict or a set, CPython sizes the table for all the keys first.
    if let Some(src) = keys.downcast_ref::<DictObj>() {
        let (n, unicode) = {
            let s = src.0.borrow();
            (s.used, s.all_str || s.log2 == 0 || s.split.is_some())
        };
        d.0.borrow_mut().presize(n, unicode);
    } else if let Some(src) = keys.downcast_ref::<SetObj>() {
        let n = src.inner.borrow().used;
        d.0.borrow_mut().presize(n, false);
    }
    for k in vm.collect(keys)? {
        vm.dict_set(&d, k, value.clone())?;
    }
    Ok(d.into())
}

// ---- set --------------------------------------------------------------------------------

fn members(vm: &Vm, o: &ObjRef) -> PyResult<ObjRef> {
    if o.is::<SetObj>() {
        return Ok(o.clone());
    }
    let items = vm.collect(o)?;
    vm.new_set(items, false)
}

fn set_symmetric_difference(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = self_of::<SetObj>(vm, a, "set")?;
    let Some(other) = a.pos.get(1) else {
        return vm.type_err("symmetric_difference() takes exactly one argument (0 given)");
    };
    if other.is::<SetObj>() {
        return vm.binary_op(&Gc::to_obj(&s), other, BinOp::BitXor, false);
    }
    // CPython builds the result from the iterable itself, then updates it with the set.
    let r = vm.new_set(vm.collect(other)?, s.frozen)?;
    if let Some(rs) = r.downcast::<SetObj>() {
        for k in s.members() {
            let h = vm.hash(&k)?;
            if vm.dict_find(&rs.inner, &k, h)?.is_some() {
                rs.sync_before_removal();
                vm.dict_del(&rs.inner, &k)?;
            } else {
                vm.set_add(&r, k)?;
            }
        }
    }
    Ok(r)
}

fn set_isdisjoint(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = self_of::<SetObj>(vm, a, "set")?;
    let Some(other) = a.pos.get(1) else {
        return vm.type_err("isdisjoint() takes exactly one argument (0 given)");
    };
    for x in vm.collect(other)? {
        let h = vm.hash(&x)?;
        if vm.dict_find(&s.inner, &x, h)?.is_some() {
            return Ok(vm.false_.clone());
        }
    }
    Ok(vm.true_.clone())
}

/// `keys.isdisjoint(other)` / `items.isdisjoint(other)` (dictviews_isdisjoint): the
/// smaller side is walked when the other is a set or view too.
fn view_isdisjoint(vm: &Vm, a: &Args<'_>) -> PyResult {
    let [view, other] = a.pos else {
        return vm.type_err(format!(
            "{}.isdisjoint() takes exactly one argument ({} given)",
            a.pos
                .first()
                .map_or("dict_keys".into(), |v| vm.type_name(v)),
            a.pos.len().saturating_sub(1)
        ));
    };
    if view.ptr_eq(other) {
        return Ok(vm.bool_obj(vm.len(view)? == 0));
    }
    let set_like = other.is::<SetObj>() || other.is::<DictView>();
    let (walk, probe) = if set_like && vm.len(other)? > vm.len(view)? {
        (view, other)
    } else {
        (other, view)
    };
    for x in vm.collect(walk)? {
        if vm.contains(probe, &x)? {
            return Ok(vm.false_.clone());
        }
    }
    Ok(vm.true_.clone())
}

/// `s.OP_update(*others)`: `s = s OP other` for each, in place.
fn update_with(vm: &Vm, a: &Args<'_>, op: BinOp) -> PyResult {
    let s = self_of::<SetObj>(vm, a, "set")?;
    let target = Gc::to_obj(&s);
    for other in &a.pos[1..] {
        if op == BinOp::BitAnd && !other.is::<SetObj>() {
            // set_intersection with an iterable: its own keys that the set has, in its
            // order; the set takes them (and a fresh table).
            let r = vm.new_set(Vec::new(), false)?;
            for x in vm.collect(other)? {
                let h = vm.hash(&x)?;
                if vm.dict_find(&s.inner, &x, h)?.is_some() {
                    vm.set_add(&r, x)?;
                }
            }
            replace_members(&s, &r);
            s.reset_layout();
            continue;
        }
        let o = members(vm, other)?;
        let before = s.synced_layout();
        let r = vm.binary_op(&target, &o, op, false)?;
        let result_layout = r
            .downcast::<SetObj>()
            .and_then(|r| r.layout.borrow().clone());
        replace_members(&s, &r);
        match o.downcast::<SetObj>() {
            Some(os) => s.relayout_in_place(before, result_layout, &os, op),
            None => s.reset_layout(),
        }
    }
    Ok(vm.none())
}

/// Give set `s` the members of set `r` (in-place update).
fn replace_members(s: &SetObj, r: &ObjRef) {
    if let Some(r) = r.downcast::<SetObj>() {
        let mut new = std::mem::take(&mut *r.inner.borrow_mut());
        let mut inner = s.inner.borrow_mut();
        // A new version, so iterators and the order cache see the change.
        new.version = new.version.max(inner.version) + 1;
        let old = std::mem::replace(&mut *inner, new);
        drop(inner);
        drop(old);
    }
}

fn set_intersection_update(vm: &Vm, a: &Args<'_>) -> PyResult {
    update_with(vm, a, BinOp::BitAnd)
}

fn set_difference_update(vm: &Vm, a: &Args<'_>) -> PyResult {
    update_with(vm, a, BinOp::Sub)
}

fn set_symmetric_difference_update(vm: &Vm, a: &Args<'_>) -> PyResult {
    if a.pos.len() != 2 {
        return vm.type_err(format!(
            "symmetric_difference_update() takes exactly one argument ({} given)",
            a.pos.len().saturating_sub(1)
        ));
    }
    update_with(vm, a, BinOp::BitXor)
}

// ---- operators (called from ops.rs) -------------------------------------------------------

/// A dict keys/items view as a set of its members, or `None` for anything else.
fn view_set(vm: &Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    match o.downcast::<DictView>() {
        Some(v) if v.what != 1 => {
            let items = vm.collect(o)?;
            vm.new_set(items, false).map(Some)
        }
        _ => Ok(None),
    }
}

/// `a OP b` with a dict view operand as CPython's dictviews_or/sub/xor build it: `x`, the
/// left operand's members as a new set, updated in place by `b`; `&` as
/// _PyDictView_Intersect (a bigger set's `intersection`, else the other operand walked).
fn view_op(vm: &Vm, x: ObjRef, a: &ObjRef, b: &ObjRef, op: BinOp) -> PyResult {
    let method = match op {
        BinOp::BitOr => "update",
        BinOp::Sub => "difference_update",
        BinOp::BitXor => "symmetric_difference_update",
        _ => {
            let (mut view, mut other) = if a.is::<DictView>() { (a, b) } else { (b, a) };
            let len_view = vm.len(view)?;
            if let Some(s) = other
                .downcast::<SetObj>()
                .filter(|_| !other.is::<Instance>())
            {
                if len_view <= s.inner.borrow().used {
                    let m = vm.getattr(other, &vm.intern("intersection")?)?;
                    return vm.call(&m, std::slice::from_ref(view), None);
                }
            }
            if other.is::<DictView>() && vm.len(other)? > len_view {
                std::mem::swap(&mut view, &mut other);
            }
            let r = vm.new_set(Vec::new(), false)?;
            for k in vm.collect(other)? {
                if vm.contains(view, &k)? {
                    vm.set_add(&r, k)?;
                }
            }
            return Ok(r);
        }
    };
    let m = vm.getattr(&x, &vm.intern(method)?)?;
    vm.call(&m, std::slice::from_ref(b), None)?;
    Ok(x)
}

/// `a OP b` for `& | - ^` when an operand is a dict keys/items view (the other may be any
/// iterable), or in place on a set / dict (`s |= t`, `d |= pairs`); `None` when not ours.
pub fn binary_op(
    vm: &Vm,
    a: &ObjRef,
    b: &ObjRef,
    op: BinOp,
    inplace: bool,
) -> PyResult<Option<ObjRef>> {
    if !matches!(
        op,
        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
    ) {
        return Ok(None);
    }
    if let Some(x) = view_set(vm, a)? {
        // A non-iterable operand fails in the update ("'int' object is not iterable");
        // an instance may still answer through its reflected method.
        if b.is::<Instance>() && members(vm, b).is_err() {
            return Ok(None);
        }
        return view_op(vm, x, a, b, op).map(Some);
    }
    if b.is::<DictView>() && !a.is::<Instance>() {
        if let (Some(_), Ok(_)) = (view_set(vm, b)?, members(vm, a)) {
            let x = match a.downcast::<SetObj>() {
                Some(s) => vm.new_set_copy(&s, false)?,
                None => vm.new_set(vm.collect(a)?, false)?,
            };
            return view_op(vm, x, a, b, op).map(Some);
        }
    }
    if !inplace {
        return Ok(None);
    }
    if let (Some(s), Some(other)) = (
        a.downcast::<SetObj>().filter(|s| !s.frozen),
        b.downcast::<SetObj>(),
    ) {
        let before = s.synced_layout();
        let r = vm.binary_op(a, b, op, false)?;
        let result_layout = r
            .downcast::<SetObj>()
            .and_then(|r| r.layout.borrow().clone());
        replace_members(&s, &r);
        s.relayout_in_place(before, result_layout, &other, op);
        return Ok(Some(a.clone()));
    }
    if let Some(d) = a.downcast::<DictObj>() {
        if op == BinOp::BitOr && !b.is::<Instance>() {
            super::methods::dict_update_from(vm, &d, b)?;
            return Ok(Some(a.clone()));
        }
    }
    Ok(None)
}

/// Comparisons between dict keys/items views and sets (or views); `None` when not ours.
pub fn compare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult<Option<ObjRef>> {
    if !a.is::<DictView>() && !b.is::<DictView>() {
        return Ok(None);
    }
    let side = |o: &ObjRef| -> PyResult<Option<ObjRef>> {
        if o.is::<SetObj>() {
            return Ok(Some(o.clone()));
        }
        view_set(vm, o)
    };
    match (side(a)?, side(b)?) {
        (Some(x), Some(y)) => vm.compare(&x, &y, op).map(Some),
        _ => Ok(None),
    }
}

// ---- container dunders ------------------------------------------------------------------

/// The built-in value a container dunder works on (a subclass instance's base value: its
/// class's own override may be what called `super().__len__()`).
fn receiver(o: &ObjRef) -> ObjRef {
    super::subclass::unwrap_base(o).into_owned()
}

fn need(vm: &Vm, a: &Args<'_>, n: usize, name: &str) -> PyResult<()> {
    if a.pos.len() != n + 1 {
        let what = if n == 0 {
            "no arguments".to_string()
        } else if n == 1 {
            "exactly one argument".to_string()
        } else {
            format!("exactly {n} arguments")
        };
        return vm.type_err(format!(
            "{name}() takes {what} ({} given)",
            a.pos.len().saturating_sub(1)
        ));
    }
    Ok(())
}

fn d_len(vm: &Vm, a: &Args<'_>) -> PyResult {
    need(vm, a, 0, "__len__")?;
    let n = vm.len(&receiver(&a.pos[0]))?;
    vm.new_int(n as i64)
}

fn d_getitem(vm: &Vm, a: &Args<'_>) -> PyResult {
    need(vm, a, 1, "__getitem__")?;
    // A dict subclass's `super().__getitem__(k)` still calls `__missing__`.
    if let Some(inst) = a.pos[0].downcast_ref::<Instance>() {
        if inst.base_value().is_some() {
            return vm.base_getitem(&a.pos[0], inst, &a.pos[1]);
        }
    }
    vm.getitem(&a.pos[0], &a.pos[1])
}

fn d_setitem(vm: &Vm, a: &Args<'_>) -> PyResult {
    need(vm, a, 2, "__setitem__")?;
    vm.setitem(&receiver(&a.pos[0]), &a.pos[1], a.pos[2].clone())?;
    Ok(vm.none())
}

fn d_delitem(vm: &Vm, a: &Args<'_>) -> PyResult {
    need(vm, a, 1, "__delitem__")?;
    vm.delitem(&receiver(&a.pos[0]), &a.pos[1])?;
    Ok(vm.none())
}

fn d_contains(vm: &Vm, a: &Args<'_>) -> PyResult {
    need(vm, a, 1, "__contains__")?;
    Ok(vm.bool_obj(vm.contains(&receiver(&a.pos[0]), &a.pos[1])?))
}

fn d_iter(vm: &Vm, a: &Args<'_>) -> PyResult {
    need(vm, a, 0, "__iter__")?;
    vm.get_iter(&receiver(&a.pos[0]))
}

/// `__reversed__` of the types the builtin `reversed` walks backwards natively.
fn d_reversed(vm: &Vm, a: &Args<'_>) -> PyResult {
    need(vm, a, 0, "__reversed__")?;
    let f = vm
        .dict_get_str(&vm.builtins, "reversed")
        .ok_or_else(|| vm.exc_msg("RuntimeError", "lost builtins"))?;
    vm.call(&f, &[receiver(&a.pos[0])], None)
}

/// Install the methods above.
pub fn install(vm: &Vm) {
    let t = &vm.types;
    let add = super::methods::add;
    add(vm, &t.list, "index", list_index);
    add(vm, &t.list, "sort", list_sort);
    super::methods::add_class(vm, &t.dict, "fromkeys", dict_fromkeys);
    for st in [&t.set, &t.frozenset] {
        add(vm, st, "symmetric_difference", set_symmetric_difference);
        add(vm, st, "isdisjoint", set_isdisjoint);
    }
    add(vm, &t.set, "intersection_update", set_intersection_update);
    add(vm, &t.set, "difference_update", set_difference_update);
    add(
        vm,
        &t.set,
        "symmetric_difference_update",
        set_symmetric_difference_update,
    );
    let readable = [
        &t.list,
        &t.tuple,
        &t.str_,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.range,
        &t.bytes,
        &t.bytearray,
    ];
    for ty in readable {
        add(vm, ty, "__len__", d_len);
        add(vm, ty, "__contains__", d_contains);
        add(vm, ty, "__iter__", d_iter);
        if !matches!(ty.name.as_str(), "set" | "frozenset") {
            add(vm, ty, "__getitem__", d_getitem);
        }
    }
    for ty in [&t.list, &t.dict, &t.bytearray] {
        add(vm, ty, "__setitem__", d_setitem);
        add(vm, ty, "__delitem__", d_delitem);
    }
    // The protocol methods CPython's types list (what collections.abc's
    // `__subclasshook__`s look for); set-like dict views are unhashable.
    for ty in [&t.dict_keys, &t.dict_values, &t.dict_items] {
        add(vm, ty, "__len__", d_len);
        add(vm, ty, "__contains__", d_contains);
        add(vm, ty, "__iter__", d_iter);
        add(vm, ty, "__reversed__", d_reversed);
    }
    for ty in [&t.list, &t.dict] {
        add(vm, ty, "__reversed__", d_reversed);
    }
    for ty in [&t.dict_keys, &t.dict_items] {
        vm.dict_set_str(&ty.dict, "__hash__", vm.none())
            .expect("startup");
        add(vm, ty, "isdisjoint", view_isdisjoint);
    }
}
