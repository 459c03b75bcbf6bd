//! Classes that subclass the built-in data types: `class Stack(list)`, `class Name(str)`,
//! `class Flag(int)`, `class Point(tuple)`, `class Registry(dict)`, ... (list, dict, set,
//! frozenset, str, int, float, tuple and bytes).
//!
//! An instance of such a class is an ordinary [`Instance`] (its own attributes, `__dict__`
//! or `__slots__`, finalizer) that carries a *base value*: a plain object of the built-in
//! type holding the built-in part, owned by the instance alone (`objects/base_value.rs`).
//!
//! ```text
//!   Instance { cls: Stack, attributes… } ──extras──► base value: ListObj [1, 2, 3]
//!                                                    (untracked: traversed as the instance's)
//! ```
//!
//! The built-in behaviour reaches the base value in three places, so that no built-in
//! method or operator has to know about subclasses:
//! * the protocols in `ops.rs` (repr, str, hash, comparisons, `in`, arithmetic, `[]`, len,
//!   truth, iteration, `__index__`) call the hooks here from their instance branch: a method
//!   the class defines in Python wins (the hook answers `None` and the caller goes on with
//!   its usual instance dispatch); otherwise the protocol runs again on the base value,
//!   which is also why results come out as CPython's do, plain (`Stack([1]) + [2]` is a
//!   `list`, `Name("a").upper()` a `str`);
//! * built-in methods resolve their receiver through [`downcast_receiver`] (`x.append(1)`,
//!   `dict.__setitem__(self, k, v)`, `super().__init__(...)`);
//! * instantiation (`Vm::call_type`) makes the base value with the built-in type's own
//!   constructor, then runs `__init__`: `list.__init__`, `dict.__init__` and `set.__init__`
//!   fill a mutable base value; a class's own `__new__` calls `super().__new__(cls, ...)`,
//!   the built-in types' `__new__` installed here.
//!
//! The fast paths of the eval loop and of `ops.rs` test the exact Rust type of a value, so
//! they never see these instances, and cost what they cost before.
//!
//! Known deviations: a built-in method bound to the base value (a dict view, a list
//! iterator) keeps the base value, not the instance, alive; the mixin rules of CPython's
//! slot inheritance are simplified (a Python method anywhere in the MRO overrides the
//! built-in's, even from a class after the built-in type).

use std::borrow::Cow;

use heap::{Gc, ObjRef};

use super::objects::class::{Kind, BUILTIN, BUILTIN_BASE};
use super::objects::*;
use super::{Args, PyResult, Vm};
use crate::ir::{BinOp, CmpOp};

/// The built-in types a Python class may extend (their values become base values).
fn is_data_kind(k: Kind) -> bool {
    matches!(
        k,
        Kind::List
            | Kind::Dict
            | Kind::Set
            | Kind::FrozenSet
            | Kind::Str
            | Kind::Int
            | Kind::Float
            | Kind::Tuple
            | Kind::Bytes
    )
}

/// The protocol methods whose Python overrides [`Vm::py_slot_mask`] keeps track of.
const PROTOCOL_NAMES: [&str; 18] = [
    "__repr__",
    "__str__",
    "__hash__",
    "__bool__",
    "__len__",
    "__contains__",
    "__iter__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__neg__",
    "__pos__",
    "__invert__",
    "__index__",
    "__int__",
    "__float__",
    "__trunc__",
    "__abs__",
];

/// `name`'s bit in the override mask, if it is one of [`PROTOCOL_NAMES`].
fn protocol_bit(name: &str) -> Option<u64> {
    if !name.starts_with("__") {
        return None;
    }
    PROTOCOL_NAMES
        .iter()
        .position(|n| *n == name)
        .map(|i| 1 << i)
}

/// Mutable containers: `__new__` makes an empty value and `__init__` fills it.
fn is_mutable_kind(k: Kind) -> bool {
    matches!(k, Kind::List | Kind::Dict | Kind::Set)
}

/// The base value of `o`, if it is an instance of a built-in subclass.
#[inline]
pub fn base_of(o: &ObjRef) -> Option<ObjRef> {
    o.downcast_ref::<Instance>().and_then(|i| i.base_value())
}

/// A built-in method's receiver as its Rust type: `o` itself, or the base value of a
/// built-in subclass's instance.
#[inline(always)]
pub fn downcast_receiver<T: heap::Object>(o: &ObjRef) -> Option<Gc<T>> {
    match o.downcast::<T>() {
        Some(t) => Some(t),
        None => downcast_base(o),
    }
}

/// [`downcast_receiver`]'s rare case, out of line so that the built-in methods' receiver
/// checks stay as small as they were.
#[cold]
#[inline(never)]
fn downcast_base<T: heap::Object>(o: &ObjRef) -> Option<Gc<T>> {
    base_of(o).and_then(|b| b.downcast::<T>())
}

/// `o`, or its base value when it is an instance of a built-in subclass (borrowed in the
/// common case: no reference count traffic).
#[inline]
pub fn unwrap_base(o: &ObjRef) -> Cow<'_, ObjRef> {
    match base_of(o) {
        Some(b) => Cow::Owned(b),
        None => Cow::Borrowed(o),
    }
}

/// Is `f` one of the built-in types' own methods (as opposed to one defined in Python)?
fn is_native(f: &ObjRef) -> bool {
    f.is::<BuiltinFunc>()
        || f.downcast_ref::<StaticMethod>()
            .is_some_and(|s| s.0.is::<BuiltinFunc>())
        || f.downcast_ref::<ClassMethod>()
            .is_some_and(|s| s.0.is::<BuiltinFunc>())
}

impl Vm {
    /// The built-in data type whose values instances of `t` extend.
    pub fn builtin_base_type(&self, t: &Gc<TypeObj>) -> Option<Gc<TypeObj>> {
        if !t.has(BUILTIN_BASE) {
            return None;
        }
        t.mro
            .iter()
            .find(|b| b.has(BUILTIN) && is_data_kind(b.kind))
            .cloned()
    }

    /// The layout a base gives its subclasses (CPython's "solid base", as far as it
    /// matters here): a built-in data type, `BaseException`, or none (`object`-like).
    fn solid_base(&self, b: &Gc<TypeObj>) -> Option<Gc<TypeObj>> {
        if b.has(BUILTIN) && is_data_kind(b.kind) {
            Some(b.clone())
        } else if b.has(BUILTIN_BASE) {
            self.builtin_base_type(b)
        } else if b.kind == Kind::Exception {
            Some(self.types.base_exception.clone())
        } else {
            None
        }
    }

    /// `new_class`'s checks of the bases, in CPython's order (`best_base`): each must be
    /// an acceptable base type, and their layouts must not conflict. Returns the built-in
    /// data type the class extends, if any.
    pub(crate) fn check_builtin_bases(
        &self,
        bases: &[Gc<TypeObj>],
    ) -> PyResult<Option<Gc<TypeObj>>> {
        let mut solid: Option<Gc<TypeObj>> = None;
        for b in bases {
            if b.has(BUILTIN) && !is_data_kind(b.kind) {
                match b.kind {
                    Kind::Object | Kind::Exception => {}
                    Kind::Type
                    | Kind::ByteArray
                    | Kind::Module
                    | Kind::Property
                    | Kind::ClassMethod
                    | Kind::StaticMethod
                    | Kind::Super => {
                        return self
                            .type_err(format!("pymem does not support subclassing '{}'", b.name))
                    }
                    _ => {
                        return self
                            .type_err(format!("type '{}' is not an acceptable base type", b.name))
                    }
                }
            }
            match (&solid, self.solid_base(b)) {
                (_, None) => {}
                (None, Some(s)) => solid = Some(s),
                (Some(p), Some(s)) => {
                    if !Gc::ptr_eq(p, &s) {
                        return self.type_err("multiple bases have instance lay-out conflict");
                    }
                }
            }
        }
        Ok(solid.filter(|s| s.kind != Kind::Exception))
    }

    /// CPython refuses slots in subclasses of the types whose values have variable size.
    pub(crate) fn check_builtin_base_slots(
        &self,
        base: &Gc<TypeObj>,
        own_slots: usize,
    ) -> PyResult<()> {
        if own_slots > 0 && matches!(base.kind, Kind::Int | Kind::Tuple | Kind::Bytes) {
            return self.type_err(format!(
                "nonempty __slots__ not supported for subtype of '{}'",
                base.name
            ));
        }
        Ok(())
    }

    // ---- instantiation ------------------------------------------------------------------

    /// `t(*args)` for a built-in subclass `t` without a `__new__` of its own: the base
    /// value from the built-in constructor, then `__init__`.
    pub(crate) fn call_builtin_subclass(
        &self,
        t: &Gc<TypeObj>,
        init: Option<ObjRef>,
        args: &[ObjRef],
        kwnames: Option<&[ObjRef]>,
    ) -> PyResult {
        let Some(base_t) = self.builtin_base_type(t) else {
            return self.type_err(format!("cannot create '{}' instances", t.name));
        };
        let kwn = kwnames.unwrap_or(&[]);
        let (pos, kwv) = args.split_at(args.len() - kwn.len());
        let a = Args {
            pos,
            kwnames: kwn,
            kwvals: kwv,
        };
        let obj = self.new_builtin_subclass_value(t, &base_t, &a)?;
        self.run_init_with(t, init, &obj, args, kwnames, true)?;
        Ok(obj)
    }

    /// `base_t.__new__(t, *a)`: a new instance of `t` whose base value the built-in
    /// constructor makes (empty for the mutable containers, which `__init__` fills).
    fn new_builtin_subclass_value(
        &self,
        t: &Gc<TypeObj>,
        base_t: &Gc<TypeObj>,
        a: &Args<'_>,
    ) -> PyResult {
        let value = if is_mutable_kind(base_t.kind) {
            super::builtins::construct(self, base_t, &Args::new(&[]))?
        } else {
            super::builtins::construct(self, base_t, a)?
        };
        // The instance traverses a tuple's items as its own: it needs a tuple of its own
        // (the constructor may return a shared one, `tuple(t)` is `t`).
        let value = match value.downcast_ref::<TupleObj>() {
            Some(tu) => self.alloc_obj(TupleObj(tu.0.clone()))?,
            None => value,
        };
        let inst = self.new_instance(t)?;
        // The collector must see the base value's references once, through the instance.
        self.heap
            .untrack(&value)
            .map_err(|_| self.exc_msg("RuntimeError", "cannot untrack a base value"))?;
        if let Some(d) = value.downcast_ref::<DictObj>() {
            Gc::mark(d, true);
        }
        Instance::set_base_value(&inst, value);
        Ok(inst.into())
    }

    /// The base value of an instance of the built-in subclass, or TypeError (an instance
    /// made without one, which `object.__new__` refuses to do).
    fn base_or_err(&self, inst: &Instance) -> PyResult<ObjRef> {
        match inst.base_value() {
            Some(b) => Ok(b),
            None => self.type_err(format!("'{}' object is not initialized", inst.cls.name)),
        }
    }

    /// `name` as the class defines it in Python (a function, a property, `None`...);
    /// `None` when the lookup finds only the built-in types' own methods.
    fn py_override(&self, cls: &Gc<TypeObj>, name: &str) -> PyResult<Option<ObjRef>> {
        if let Some(bit) = protocol_bit(name) {
            if self.py_slot_mask(cls) & bit == 0 {
                return Ok(None);
            }
        }
        Ok(self.lookup_type_attr(cls, name)?.filter(|f| !is_native(f)))
    }

    /// Which of the [`PROTOCOL_NAMES`] the Python classes in `cls`'s MRO define (cached on
    /// the class until a class namespace changes): the protocol hooks skip the MRO lookup
    /// for the others, which is most of what a built-in subclass's instance costs.
    fn py_slot_mask(&self, cls: &Gc<TypeObj>) -> u64 {
        let version = self.type_version.get();
        let (v, mask) = cls.py_slot_cache.get();
        if v == version {
            return mask;
        }
        let mut mask = 0;
        for t in std::iter::once(cls).chain(cls.mro.iter()) {
            if t.has(BUILTIN) {
                continue;
            }
            let Ok(d) = t.dict.0.try_borrow() else {
                // Being changed: answer "maybe overridden" everywhere, uncached.
                return u64::MAX;
            };
            for e in d.iter() {
                if let Some(s) = e.key.downcast_ref::<StrObj>() {
                    mask |= protocol_bit(&s.s).unwrap_or(0);
                }
            }
        }
        cls.py_slot_cache.set((version, mask));
        mask
    }

    /// Re-word a TypeError the built-in operation raised about the base values' types
    /// with the operands' own types, as CPython names them.
    fn reword_type_error(&self, e: ObjRef, a: &ObjRef, b: &ObjRef, what: &str) -> ObjRef {
        if !self.exc_matches(&e, "TypeError") {
            return e;
        }
        let msg = self.str(&e).unwrap_or_default();
        if !msg.contains(what) {
            return e;
        }
        let head = msg.split(':').next().unwrap_or("");
        let text = if what == "unsupported operand" {
            format!(
                "{}: '{}' and '{}'",
                head,
                self.type_name(a),
                self.type_name(b)
            )
        } else {
            let sym = msg.split('\'').nth(1).unwrap_or("<");
            format!(
                "'{}' not supported between instances of '{}' and '{}'",
                sym,
                self.type_name(a),
                self.type_name(b)
            )
        };
        self.exc_msg("TypeError", &text)
    }

    /// The number in `o`, or in the base value of an int/float subclass's instance (the
    /// base value is looked for only when `o` is no number).
    #[inline]
    pub fn num_or_base(&self, o: &ObjRef) -> Option<super::ops::Num> {
        match self.num(o) {
            Some(n) => Some(n),
            None => base_of(o).and_then(|b| self.num(&b)),
        }
    }

    /// What `int(o)` / `float(o)` convert: the base value of a built-in subclass's
    /// instance unless its class defines one of the conversion methods `names` in Python.
    #[inline(never)]
    pub fn conversion_source(&self, o: &ObjRef, names: &[&str]) -> PyResult<ObjRef> {
        let Some(inst) = o.downcast_ref::<Instance>() else {
            return Ok(o.clone());
        };
        let Some(b) = inst.base_value() else {
            return Ok(o.clone());
        };
        for n in names {
            if self.py_override(&inst.cls, n)?.is_some() {
                return Ok(o.clone());
            }
        }
        Ok(b)
    }

    // ---- protocol hooks (called from the instance branches in `ops.rs`) ---------------
    // Each answers `None` when the class overrides the protocol in Python: the caller's
    // usual instance dispatch then calls the override. None is inlined into its caller,
    // so the protocol functions keep their size (and their callers' inlining).

    /// `repr(o)`.
    #[inline(never)]
    pub(crate) fn subclass_repr(&self, inst: &Instance) -> PyResult<Option<String>> {
        if self.py_override(&inst.cls, "__repr__")?.is_some() {
            return Ok(None);
        }
        let b = self.base_or_err(inst)?;
        // set_repr names a subclass: `Tags({'a'})`, `Tags()`.
        if let Some(s) = b.downcast_ref::<SetObj>() {
            if s.inner.borrow().used == 0 {
                return Ok(Some(format!("{}()", inst.cls.name)));
            }
            let items = self.new_list(s.members())?;
            let r = self.repr(&items)?;
            let inner = &r[1..r.len() - 1];
            return Ok(Some(format!("{}({{{}}})", inst.cls.name, inner)));
        }
        self.repr(&b).map(Some)
    }

    /// `str(o)`: a str's own text; for the other types `str` is `repr`, which a
    /// `__repr__` override changes (int's and list's `__str__` are object's).
    #[inline(never)]
    pub(crate) fn subclass_str(&self, o: &ObjRef, inst: &Instance) -> PyResult<Option<String>> {
        if self.py_override(&inst.cls, "__str__")?.is_some() {
            return Ok(None);
        }
        let b = self.base_or_err(inst)?;
        if let Some(s) = b.downcast_ref::<StrObj>() {
            return Ok(Some(s.s.to_string()));
        }
        self.repr(o).map(Some)
    }

    /// `hash(o)`.
    #[inline(never)]
    pub(crate) fn subclass_hash(&self, inst: &Instance) -> PyResult<Option<i64>> {
        if self.py_override(&inst.cls, "__hash__")?.is_some() {
            return Ok(None);
        }
        let b = self.base_or_err(inst)?;
        let mutable = b.is::<ListObj>()
            || b.is::<DictObj>()
            || b.downcast_ref::<SetObj>().is_some_and(|s| !s.frozen);
        if mutable {
            return self.type_err(format!("unhashable type: '{}'", inst.cls.name));
        }
        self.hash(&b).map(Some)
    }

    /// `bool(o)`.
    #[inline(never)]
    pub(crate) fn subclass_truthy(&self, inst: &Instance) -> PyResult<Option<bool>> {
        if self.py_override(&inst.cls, "__bool__")?.is_some()
            || self.py_override(&inst.cls, "__len__")?.is_some()
        {
            return Ok(None);
        }
        self.truthy(&self.base_or_err(inst)?).map(Some)
    }

    /// `len(o)`.
    #[inline(never)]
    pub(crate) fn subclass_len(&self, inst: &Instance) -> PyResult<Option<usize>> {
        if self.py_override(&inst.cls, "__len__")?.is_some() {
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
        if self.py_override(&inst.cls, "__contains__")?.is_some() {
            return Ok(None);
        }
        self.contains(&self.base_or_err(inst)?, item).map(Some)
    }

    /// `iter(o)`.
    #[inline(never)]
    pub(crate) fn subclass_iter(&self, inst: &Instance) -> PyResult<Option<ObjRef>> {
        if self.py_override(&inst.cls, "__iter__")?.is_some() {
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
        if self.py_override(&inst.cls, "__getitem__")?.is_some() {
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
            if let Some(m) = self.lookup_type_attr(&inst.cls, "__missing__")? {
                return self.call(&m, &[o.clone(), key.clone()], None);
            }
            return Err(self.new_exception(&self.exc_type("KeyError"), vec![key.clone()]));
        }
        self.getitem(&b, key)
    }

    /// `o[key] = value`: `Err(value)` back when the class overrides it.
    #[inline(never)]
    pub(crate) fn subclass_setitem(
        &self,
        inst: &Instance,
        key: &ObjRef,
        value: ObjRef,
    ) -> PyResult<Option<ObjRef>> {
        if self.py_override(&inst.cls, "__setitem__")?.is_some() {
            return Ok(Some(value));
        }
        self.setitem(&self.base_or_err(inst)?, key, value)?;
        Ok(None)
    }

    /// `del o[key]`: `false` when the class overrides it.
    #[inline(never)]
    pub(crate) fn subclass_delitem(&self, inst: &Instance, key: &ObjRef) -> PyResult<bool> {
        if self.py_override(&inst.cls, "__delitem__")?.is_some() {
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
        if self.py_override(&inst.cls, name)?.is_some() {
            return Ok(None);
        }
        self.unary(&self.base_or_err(inst)?, which).map(Some)
    }

    /// `operator.index(o)` of an int subclass's instance.
    #[inline(never)]
    pub(crate) fn subclass_index(&self, inst: &Instance) -> PyResult<Option<super::ops::Num>> {
        if self.py_override(&inst.cls, "__index__")?.is_some() {
            return Ok(None);
        }
        let b = self.base_or_err(inst)?;
        Ok(match self.num(&b) {
            Some(super::ops::Num::F(_)) | None => None,
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
        let (name, rname, iname) = super::ops::op_names(op);
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
        let x = ba.unwrap_or_else(|| a.clone());
        // `text % args` formats the instance itself (its `__str__`/`__repr__`), unless it
        // is a tuple of arguments.
        let y = bb.unwrap_or_else(|| b.clone());
        if op == BinOp::Mod && !y.is::<TupleObj>() {
            if let Some(s) = x.downcast_ref::<StrObj>() {
                let r = super::format::percent_format(self, &s.s, b)?;
                return self.new_str(&r).map(Some);
            }
        }
        match self.binary_op(&x, &y, op, inplace) {
            // An in-place operation that changed the base value answers the instance.
            Ok(r) if inplace && r.ptr_eq(&x) && !x.ptr_eq(a) => Ok(Some(a.clone())),
            Ok(r) => Ok(Some(r)),
            Err(e) => Err(self.reword_type_error(e, a, b, "unsupported operand")),
        }
    }
}

/// `sys.getsizeof` of a built-in subclass's instance, from its base value's: CPython 3.12
/// adds the GC header to the types whose plain values have none (16), a str subclass's
/// value is a non-compact str (24 more), then the managed `__dict__` pointers (16) or the
/// `__slots__` (8 each).
pub fn sizeof_with_base(inst: &Instance, base: &ObjRef, base_size: usize) -> usize {
    let header = if base.is::<StrObj>() {
        40
    } else if base.is::<IntObj>() || base.is::<FloatObj>() || base.is::<BytesObj>() {
        16
    } else {
        0
    };
    let extras = match &inst.cls.slots {
        Some(s) => 8 * s.len(),
        None => 16,
    };
    base_size + header + extras
}

/// What an alternate constructor of the built-in type `builtin` (`int.from_bytes`,
/// `float.fromhex`) answers when called on `cls`: `value` itself, or `cls(value)` for a
/// subclass.
pub fn for_class(vm: &Vm, cls: Option<&ObjRef>, builtin: &Gc<TypeObj>, value: ObjRef) -> PyResult {
    match cls {
        Some(c) if c.is::<TypeObj>() && !c.ptr_eq(Gc::as_obj(builtin)) => {
            vm.call(c, &[value], None)
        }
        _ => Ok(value),
    }
}

// ---- the built-in types' `__new__`, `__init__` and `__repr__` -------------------------------

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
        return super::builtins::construct(vm, base, &rest);
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
    let items = match src {
        Some(v) => vm.collect(v)?,
        None => vec![],
    };
    let n = items.len();
    let old = std::mem::replace(&mut *l.items.borrow_mut(), items);
    drop(old);
    // As `list(x)`: CPython's list_preallocate_exact rounds to an even capacity.
    l.alloc.set((n + 1) & !1);
    Ok(vm.none())
}

/// `dict.__init__(self, mapping_or_pairs=(), **kw)`: update.
fn dict_init(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (d, src) = init_args::<DictObj>(vm, a, "dict")?;
    if let Some(src) = src {
        super::methods::dict_update_from(vm, &d, src)?;
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
        Some(i) => format!(
            "<{}.{} object at {:#x}>",
            i.cls.module,
            i.cls.qualname,
            o.addr()
        ),
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
    let news: [(&Gc<TypeObj>, NativeFn); 9] = [
        (&t.int, int_new),
        (&t.float, float_new),
        (&t.str_, str_new),
        (&t.bytes, bytes_new),
        (&t.tuple, tuple_new),
        (&t.frozenset, frozenset_new),
        (&t.list, list_new),
        (&t.dict, dict_new),
        (&t.set, set_new),
    ];
    // One `__repr__` function object serves every type (fewer startup objects).
    let repr = vm
        .alloc_obj(BuiltinFunc {
            name: "__repr__",
            f: data_repr,
            self_: None,
        })
        .expect("startup allocation");
    for (ty, f) in news {
        let new = vm
            .alloc_obj(BuiltinFunc {
                name: "__new__",
                f,
                self_: None,
            })
            .and_then(|f| vm.alloc_obj(StaticMethod(f)))
            .expect("startup allocation");
        vm.dict_set_str(&ty.dict, "__new__", new).expect("startup");
        vm.dict_set_str(&ty.dict, "__repr__", repr.clone())
            .expect("startup");
    }
    // One function object per slot, shared by the types.
    let shared = |name: &'static str, f: NativeFn| {
        vm.alloc_obj(BuiltinFunc {
            name,
            f,
            self_: None,
        })
        .expect("startup allocation")
    };
    let slots = [
        ("__eq__", shared("__eq__", data_eq)),
        ("__ne__", shared("__ne__", data_ne)),
        ("__lt__", shared("__lt__", data_lt)),
        ("__le__", shared("__le__", data_le)),
        ("__gt__", shared("__gt__", data_gt)),
        ("__ge__", shared("__ge__", data_ge)),
    ];
    let hash = shared("__hash__", data_hash);
    for (ty, _) in news {
        for (name, f) in &slots {
            vm.dict_set_str(&ty.dict, name, f.clone()).expect("startup");
        }
        // The mutable containers are unhashable (`list.__hash__` is None).
        let h = if is_mutable_kind(ty.kind) {
            vm.none()
        } else {
            hash.clone()
        };
        vm.dict_set_str(&ty.dict, "__hash__", h).expect("startup");
    }
    super::methods::add(vm, &t.list, "__init__", list_init);
    super::methods::add(vm, &t.dict, "__init__", dict_init);
    super::methods::add(vm, &t.set, "__init__", set_init);
}
