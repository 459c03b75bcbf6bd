//! Classes that subclass the built-in data types: `class Stack(list)`, `class Name(str)`,
//! `class Flag(int)`, `class Point(tuple)`, `class Registry(dict)`, ... (list, dict, set,
//! frozenset, str, int, float, complex, tuple, bytes and bytearray).
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
//!   truth, iteration, `__index__`) call the hooks in `hooks.rs` from their instance
//!   branch: a method the class defines in Python wins (the hook answers `None` and the
//!   caller goes on with its usual instance dispatch); otherwise the protocol runs again
//!   on the base value, which is also why results come out as CPython's do, plain
//!   (`Stack([1]) + [2]` is a `list`, `Name("a").upper()` a `str`);
//! * built-in methods resolve their receiver through [`downcast_receiver`] (`x.append(1)`,
//!   `dict.__setitem__(self, k, v)`, `super().__init__(...)`);
//! * instantiation (`Vm::call_type`) makes the base value with the built-in type's own
//!   constructor, then runs `__init__`: `list.__init__`, `dict.__init__` and `set.__init__`
//!   fill a mutable base value; a class's own `__new__` calls `super().__new__(cls, ...)`,
//!   the built-in types' `__new__` (`slots.rs`, with the `__repr__`, comparison and
//!   `__hash__` slots that `super()` reaches).
//!
//! Classes that define protocol methods in Python are found by a per-class mask cached
//! until a namespace changes (`TypeObj::py_slot_cache`), so an instance of a plain
//! subclass pays no MRO lookup per operation. `sys.getsizeof` is the base value's size plus
//! CPython 3.12's extras ([`sizeof_with_base`]); the instance's attributes live in a real
//! dict, as CPython 3.12 keeps them for these classes.
//!
//! The fast paths of the eval loop and of `ops.rs` test the exact Rust type of a value, so
//! they never see these instances, and cost what they cost before.
//!
//! Known deviations: a built-in method bound to the base value (a dict view, a list
//! iterator) keeps the base value, not the instance, alive; the mixin rules of CPython's
//! slot inheritance are simplified (a Python method anywhere in the MRO overrides the
//! built-in's, even from a class after the built-in type); `gc.get_referents` lists the
//! base value's items before the class (CPython: after); a str subclass's `getsizeof`
//! matches CPython's for ASCII text only.

use std::borrow::Cow;

use heap::{Gc, ObjRef};

use super::objects::class::{Kind, BUILTIN, BUILTIN_BASE};
use super::objects::*;
use super::{Args, PyResult, Vm};

mod hooks;
mod slots;

pub use slots::install;

/// The built-in types a Python class may extend (their values become base values).
pub(crate) fn is_data_kind(k: Kind) -> bool {
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
            | Kind::ByteArray
            | Kind::Complex
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
    matches!(k, Kind::List | Kind::Dict | Kind::Set | Kind::ByteArray)
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
    pub(crate) fn solid_base(&self, b: &Gc<TypeObj>) -> Option<Gc<TypeObj>> {
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
                    // `type`: a metaclass (`metaclass.rs`).
                    Kind::Object | Kind::Exception | Kind::Type => {}
                    Kind::Module
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
        // `tuple.__new__` and `frozenset.__new__` refuse keywords only when the class
        // keeps the inherited `__init__`; one of its own takes them (CPython's
        // `tp_init == PyTuple_Type.tp_init` test).
        let own_init = init.as_ref().is_some_and(|f| !f.is::<BuiltinFunc>());
        let a = if own_init && matches!(base_t.kind, Kind::Tuple | Kind::FrozenSet) {
            Args::new(pos)
        } else {
            Args {
                pos,
                kwnames: kwn,
                kwvals: kwv,
            }
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
        // (the constructor may return a shared one, `tuple(t)` is `t`); so does a frozenset
        // or bytes the constructor answered with its argument (`frozenset(fs)` is `fs`).
        let value = match value.downcast_ref::<TupleObj>() {
            Some(tu) => self.alloc_tuple(tuple_items(tu).iter().cloned())?.into(),
            None => match a.pos.first() {
                Some(arg) => self.unshared(value, &[arg])?,
                None => value,
            },
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

    /// The result `r` of a built-in operation run on the base values `bases`, made safe to
    /// hand out: CPython's immutable sequences answer an operand itself for `t[:]`,
    /// `t + ()`, `s * 1` and the like only when it is of the exact type, and a base value
    /// belongs to its instance alone, so a base value that comes back is copied (a new
    /// object of the base type, as CPython builds for a subclass).
    pub(crate) fn unshared(&self, r: ObjRef, bases: &[&ObjRef]) -> PyResult {
        if !bases.iter().any(|b| r.ptr_eq(b)) {
            return Ok(r);
        }
        if let Some(t) = r.downcast_ref::<TupleObj>() {
            return self.new_tuple(tuple_items(t).iter().cloned());
        }
        if let Some(s) = r.downcast_ref::<StrObj>() {
            return self.new_str(&s.s);
        }
        if let Some(b) = r.downcast_ref::<BytesObj>().filter(|b| !b.mutable) {
            let data = b.data.borrow().clone();
            return super::bytes_methods::new_bytes(self, data, false);
        }
        if let Some(fs) = r.downcast_ref::<SetObj>().filter(|s| s.frozen) {
            return self.new_set_copy(fs, true);
        }
        Ok(r)
    }

    /// The base value of an instance of the built-in subclass, or TypeError (an instance
    /// made without one, which `object.__new__` refuses to do).
    fn base_or_err(&self, inst: &Instance) -> PyResult<ObjRef> {
        match inst.base_value() {
            Some(b) => Ok(b),
            None => self.type_err(format!("'{}' object is not initialized", inst.class().name)),
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
            if self.py_override(&inst.class(), n)?.is_some() {
                return Ok(o.clone());
            }
        }
        Ok(b)
    }
}

/// `sys.getsizeof` of a built-in subclass's instance, from its base value's: CPython 3.12
/// adds the GC header to the types whose plain values have none (16), a str subclass's
/// value is a non-compact str (24 more), then the managed `__dict__` pointers (16) or the
/// `__slots__` (8 each).
pub fn sizeof_with_base(inst: &Instance, base: &ObjRef, base_size: usize) -> usize {
    let header = if base.is::<StrObj>() {
        40
    } else if base.is::<IntObj>()
        || base.is::<FloatObj>()
        || base.is::<BytesObj>()
        || base.is::<ComplexObj>()
    {
        16
    } else {
        0
    };
    let extras = match &inst.layout().slots {
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
