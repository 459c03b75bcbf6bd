//! The protocol hooks of built-in subclasses' instances, called from the instance branches
//! of `ops.rs` (repr, str, hash, truth, len, `in`, iteration, `[]`, unary and binary
//! operators, comparisons, `__index__`). A method the class defines in Python wins;
//! otherwise the protocol runs again on the base value.

use heap::{Gc, ObjRef};

use super::base_of;
use crate::ir::{BinOp, CmpOp};
use crate::runtime::objects::*;
use crate::runtime::{PyResult, Vm};

impl Vm {
    // Each answers `None` when the class overrides the protocol in Python: the caller's
    // usual instance dispatch then calls the override. None is inlined into its caller,
    // so the protocol functions keep their size (and their callers' inlining).

    /// `repr(o)`.
    #[inline(never)]
    pub(crate) fn subclass_repr(&self, inst: &Instance) -> PyResult<Option<String>> {
        if self.py_override(&inst.class(), "__repr__")?.is_some() {
            return Ok(None);
        }
        let b = self.base_or_err(inst)?;
        // set_repr names a subclass: `Tags({'a'})`, `Tags()`.
        if let Some(s) = b.downcast_ref::<SetObj>() {
            if s.inner.borrow().used == 0 {
                return Ok(Some(format!("{}()", inst.class().name)));
            }
            let items = self.new_list(s.members())?;
            let r = self.repr(&items)?;
            let inner = &r[1..r.len() - 1];
            return Ok(Some(format!("{}({{{}}})", inst.class().name, inner)));
        }
        if let Some(r) = self.bytearray_subclass_repr(inst, &b)? {
            return Ok(Some(r));
        }
        self.repr(&b).map(Some)
    }

    /// bytearray_repr names a subclass too, `Packet(b'ab')`; it is bytearray's `str` as
    /// well, whatever `__repr__` the class defines.
    fn bytearray_subclass_repr(&self, inst: &Instance, b: &ObjRef) -> PyResult<Option<String>> {
        if !b.downcast_ref::<BytesObj>().is_some_and(|v| v.mutable) {
            return Ok(None);
        }
        let r = self.repr(b)?;
        let inner = r.strip_prefix("bytearray").unwrap_or(&r);
        Ok(Some(format!("{}{inner}", inst.class().current_name())))
    }

    /// `str(o)`: a str's own text; for the other types `str` is `repr`, which a
    /// `__repr__` override changes (int's and list's `__str__` are object's).
    #[inline(never)]
    pub(crate) fn subclass_str(&self, o: &ObjRef, inst: &Instance) -> PyResult<Option<String>> {
        if self.py_override(&inst.class(), "__str__")?.is_some() {
            return Ok(None);
        }
        let b = self.base_or_err(inst)?;
        if let Some(s) = b.downcast_ref::<StrObj>() {
            return Ok(Some(s.s.to_string()));
        }
        if let Some(r) = self.bytearray_subclass_repr(inst, &b)? {
            return Ok(Some(r));
        }
        self.repr(o).map(Some)
    }

    /// `hash(o)`.
    #[inline(never)]
    pub(crate) fn subclass_hash(&self, inst: &Instance) -> PyResult<Option<i64>> {
        if self.py_override(&inst.class(), "__hash__")?.is_some() {
            return Ok(None);
        }
        let b = self.base_or_err(inst)?;
        let mutable = b.is::<ListObj>()
            || b.is::<DictObj>()
            || b.downcast_ref::<BytesObj>().is_some_and(|v| v.mutable)
            || b.downcast_ref::<SetObj>().is_some_and(|s| !s.frozen);
        if mutable {
            return self.type_err(format!("unhashable type: '{}'", inst.class().name));
        }
        self.hash(&b).map(Some)
    }

    /// `bool(o)`.
    #[inline(never)]
    pub(crate) fn subclass_truthy(&self, inst: &Instance) -> PyResult<Option<bool>> {
        if self.py_override(&inst.class(), "__bool__")?.is_some()
            || self.py_override(&inst.class(), "__len__")?.is_some()
        {
            return Ok(None);
        }
        self.truthy(&self.base_or_err(inst)?).map(Some)
    }

    /// `len(o)`.
    #[inline(never)]
    pub(crate) fn subclass_len(&self, inst: &Instance) -> PyResult<Option<usize>> {
        if self.py_override(&inst.class(), "__len__")?.is_some() {
            return Ok(None);
        }
        self.len(&self.base_or_err(inst)?).map(Some)
    }

    /// `item in o`.
    #[inline(never)]
    pub(crate) fn subclass_contains(
        &self,
        inst: &Instance,
        item: &ObjRef,
    ) -> PyResult<Option<bool>> {
        if self.py_override(&inst.class(), "__contains__")?.is_some() {
            return Ok(None);
        }
        self.contains(&self.base_or_err(inst)?, item).map(Some)
    }

    /// `iter(o)`.
    #[inline(never)]
    pub(crate) fn subclass_iter(&self, inst: &Instance) -> PyResult<Option<ObjRef>> {
        if self.py_override(&inst.class(), "__iter__")?.is_some() {
            return Ok(None);
        }
        self.get_iter(&self.base_or_err(inst)?).map(Some)
    }

    /// `o[key]`.
    #[inline(never)]
    pub(crate) fn subclass_getitem(
        &self,
        o: &ObjRef,
        inst: &Instance,
        key: &ObjRef,
    ) -> PyResult<Option<ObjRef>> {
        if self.py_override(&inst.class(), "__getitem__")?.is_some() {
            return Ok(None);
        }
        self.base_getitem(o, inst, key).map(Some)
    }

    /// The built-in `__getitem__` on the base value; a dict's calls the class's
    /// `__missing__` for an absent key, as CPython's `dict_subscript` does.
    pub(crate) fn base_getitem(&self, o: &ObjRef, inst: &Instance, key: &ObjRef) -> PyResult {
        let b = self.base_or_err(inst)?;
        if let Some(d) = b.downcast_ref::<DictObj>() {
            if let Some(v) = self.dict_get(d, key)? {
                return Ok(v);
            }
            if let Some(m) = self.lookup_type_attr(&inst.class(), "__missing__")? {
                return self.call(&m, &[o.clone(), key.clone()], None);
            }
            return Err(self.new_exception(&self.exc_type("KeyError"), vec![key.clone()]));
        }
        let r = self.getitem(&b, key)?;
        self.unshared(r, &[&b])
    }

    /// `o[key] = value`: `Err(value)` back when the class overrides it.
    #[inline(never)]
    pub(crate) fn subclass_setitem(
        &self,
        inst: &Instance,
        key: &ObjRef,
        value: ObjRef,
    ) -> PyResult<Option<ObjRef>> {
        if self.py_override(&inst.class(), "__setitem__")?.is_some() {
            return Ok(Some(value));
        }
        self.setitem(&self.base_or_err(inst)?, key, value)?;
        Ok(None)
    }

    /// `del o[key]`: `false` when the class overrides it.
    #[inline(never)]
    pub(crate) fn subclass_delitem(&self, inst: &Instance, key: &ObjRef) -> PyResult<bool> {
        if self.py_override(&inst.class(), "__delitem__")?.is_some() {
            return Ok(false);
        }
        self.delitem(&self.base_or_err(inst)?, key)?;
        Ok(true)
    }

    /// `-o`, `+o`, `~o`.
    #[inline(never)]
    pub(crate) fn subclass_unary(
        &self,
        inst: &Instance,
        name: &str,
        which: char,
    ) -> PyResult<Option<ObjRef>> {
        if self.py_override(&inst.class(), name)?.is_some() {
            return Ok(None);
        }
        self.unary(&self.base_or_err(inst)?, which).map(Some)
    }

    /// `operator.index(o)` of an int subclass's instance.
    #[inline(never)]
    pub(crate) fn subclass_index(
        &self,
        inst: &Instance,
    ) -> PyResult<Option<crate::runtime::ops::Num>> {
        if self.py_override(&inst.class(), "__index__")?.is_some() {
            return Ok(None);
        }
        let b = self.base_or_err(inst)?;
        Ok(match self.num(&b) {
            Some(crate::runtime::ops::Num::F(_)) | None => None,
            n => n,
        })
    }

    /// A rich comparison with a built-in subclass's instance on either side, after the
    /// operands' own Python methods declined: the built-in comparison of the base values.
    #[inline(never)]
    pub(crate) fn subclass_compare(
        &self,
        a: &ObjRef,
        b: &ObjRef,
        op: CmpOp,
    ) -> PyResult<Option<ObjRef>> {
        let (ba, bb) = (base_of(a), base_of(b));
        if ba.is_none() && bb.is_none() {
            return Ok(None);
        }
        let x = ba.unwrap_or_else(|| a.clone());
        let y = bb.unwrap_or_else(|| b.clone());
        // Another kind of instance on the other side: the caller's defaults answer.
        if x.is::<Instance>() || y.is::<Instance>() {
            return Ok(None);
        }
        match self.compare(&x, &y, op) {
            Ok(r) => Ok(Some(r)),
            Err(e) => Err(self.reword_type_error(e, a, b, "not supported between")),
        }
    }

    /// A binary operator with a built-in subclass's instance on either side, in CPython's
    /// order: the in-place method, then the reflected one first when the right operand's
    /// class is a subclass of the left's and overrides it, the left's method, the
    /// reflected method; then the built-in operation on the base values.
    #[inline(never)]
    pub(crate) fn subclass_binary_op(
        &self,
        a: &ObjRef,
        b: &ObjRef,
        op: BinOp,
        inplace: bool,
    ) -> PyResult<Option<ObjRef>> {
        let (ba, bb) = (base_of(a), base_of(b));
        if ba.is_none() && bb.is_none() {
            return Ok(None);
        }
        // Another kind of instance on the other side: the caller's dispatch handles it.
        if (ba.is_none() && a.is::<Instance>()) || (bb.is_none() && b.is::<Instance>()) {
            return Ok(None);
        }
        let (name, rname, iname) = crate::runtime::ops::op_names(op);
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let try_call = |f: &ObjRef, x: &ObjRef, y: &ObjRef| -> PyResult<Option<ObjRef>> {
            let r = self.call(f, &[x.clone(), y.clone()], None)?;
            Ok((!r.ptr_eq(&self.notimpl)).then_some(r))
        };
        if inplace && ba.is_some() {
            if let Some(f) = self.py_override(&ta, iname)? {
                if let Some(r) = try_call(&f, a, b)? {
                    return Ok(Some(r));
                }
            }
        }
        let reflected = match bb {
            Some(_) if !Gc::ptr_eq(&ta, &tb) => self.py_override(&tb, rname)?,
            _ => None,
        };
        let right_first = reflected.is_some() && self.is_subtype(&tb, &ta);
        if right_first {
            if let Some(r) = try_call(reflected.as_ref().expect("checked"), b, a)? {
                return Ok(Some(r));
            }
        }
        if ba.is_some() {
            if let Some(f) = self.py_override(&ta, name)? {
                if let Some(r) = try_call(&f, a, b)? {
                    return Ok(Some(r));
                }
            }
        }
        if let (Some(f), false) = (&reflected, right_first) {
            if let Some(r) = try_call(f, b, a)? {
                return Ok(Some(r));
            }
        }
        let base_values: Vec<ObjRef> = ba.iter().chain(bb.iter()).cloned().collect();
        let x = ba.unwrap_or_else(|| a.clone());
        // `text % args` formats the instance itself (its `__str__`/`__repr__`), unless it
        // is a tuple of arguments.
        let y = bb.unwrap_or_else(|| b.clone());
        if op == BinOp::Mod && !y.is::<TupleObj>() {
            if let Some(s) = x.downcast_ref::<StrObj>() {
                let r = crate::runtime::format::percent_format(self, &s.s, b)?;
                return self.new_str(&r).map(Some);
            }
        }
        match self.binary_op(&x, &y, op, inplace) {
            // An in-place operation that changed the (mutable) base value answers the
            // instance; an immutable base value that comes back is copied.
            Ok(r) if inplace && r.ptr_eq(&x) && !x.ptr_eq(a) && !is_immutable_sequence(&x) => {
                Ok(Some(a.clone()))
            }
            Ok(r) => {
                let bases: Vec<&ObjRef> = base_values.iter().collect();
                self.unshared(r, &bases).map(Some)
            }
            Err(e) => Err(self.reword_type_error(e, a, b, "unsupported operand")),
        }
    }
}

/// A value of a type whose operations may answer an operand itself (tuple, str, bytes).
fn is_immutable_sequence(o: &ObjRef) -> bool {
    o.is::<TupleObj>()
        || o.is::<StrObj>()
        || o.downcast_ref::<BytesObj>().is_some_and(|b| !b.mutable)
}
