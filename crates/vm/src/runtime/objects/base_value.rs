//! The base value of an instance of a built-in subclass (`class Stack(list)`): a plain
//! list, dict, set, tuple, str, int... that holds the built-in part of the instance, kept
//! in the instance's side-table extras (`instance.rs`) and owned by it alone.
//!
//! CPython lays such an instance out as the built-in object itself plus the subclass's
//! extras, so the collector sees one object. Here the base value is its own heap block,
//! but it is *untracked* and the instance traverses and clears the base value's contents
//! as its own: `gc.collect()` finds one object per instance, and a cycle through the
//! items (`l.append(l)`) is collected with the instance. A base dict carries the heap's
//! mark bit so that storing a container in it never tracks it again
//! (`Vm::dict_maintain_tracking`).

use heap::ObjRef;

use super::{DictObj, ListObj, SetObj, TupleObj};

/// The instance is gone: a base value something else still holds (a dict view, a list
/// iterator) becomes an ordinary value the collector tracks itself. (Refused while a
/// collection walks its lists: the value then stays untracked, which can only keep
/// garbage.)
pub fn release(base: ObjRef) {
    if base.refcount() <= 1 || !base.type_slots().tracked {
        return;
    }
    if let Some(d) = base.downcast_ref::<DictObj>() {
        heap::Gc::mark(d, false);
    }
    let _ = base.heap().track(&base);
}

/// Report the base value's references as the instance's.
pub fn traverse(base: &ObjRef, v: &mut heap::Visitor<'_>) {
    if let Some(l) = base.downcast_ref::<ListObj>() {
        heap::Object::traverse(&**l, v);
    } else if let Some(d) = base.downcast_ref::<DictObj>() {
        heap::Object::traverse(&**d, v);
    } else if let Some(s) = base.downcast_ref::<SetObj>() {
        heap::Object::traverse(&**s, v);
    } else if let Some(t) = base.downcast_ref::<TupleObj>() {
        // The items are the heap's, after the value: as the tuple's own traverse, last first.
        for item in super::tuple_items(t).iter().rev() {
            v.visit(item);
        }
    }
}

/// Break cycles through the base value (the collector's clear of the instance): the
/// mutable containers drop their items, as their own clear slots do.
pub fn clear(base: &ObjRef) {
    if let Some(l) = base.downcast_ref::<ListObj>() {
        heap::Object::clear(&**l);
    } else if let Some(d) = base.downcast_ref::<DictObj>() {
        heap::Object::clear(&**d);
    } else if let Some(s) = base.downcast_ref::<SetObj>() {
        heap::Object::clear(&**s);
    }
}
