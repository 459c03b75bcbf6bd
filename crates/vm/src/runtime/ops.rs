//! The object protocols: repr/str, hashing, equality and ordering, arithmetic, truth,
//! length, subscripting, membership, iteration, and dict storage with Python semantics.

use std::cell::RefCell;
use std::cmp::Ordering;

use heap::{Gc, ObjRef};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::objects::class::{BUILTIN_BASE, HAS_EQ};
use super::objects::dict::DictInner;
use super::objects::float::float_repr;
use super::objects::memoryview::MemoryView;
use super::objects::set_order::Layout;
use super::objects::string::{str_hash, str_repr};
use super::objects::*;
use super::{bytes_methods, collection_methods, memoryview, PyResult, Vm};
use crate::ir::{BinOp, CmpOp};

thread_local! {
    static REPR_GUARD: RefCell<std::collections::HashSet<usize>> = RefCell::new(std::collections::HashSet::new());
}

/// A number, as arithmetic sees it.
pub enum Num {
    /// int or bool.
    I(i64),
    /// Big int.
    B(BigInt),
    /// float.
    F(f64),
}

const MODULUS: u64 = (1 << 61) - 1;

impl Vm {
    /// The number inside `o`, if it is an int, bool or float.
    #[inline]
    pub fn num(&self, o: &ObjRef) -> Option<Num> {
        if let Some(i) = o.downcast_ref::<IntObj>() {
            return Some(match &**i {
                IntObj::Small(v) => Num::I(*v),
                IntObj::Big(b) => Num::B((**b).clone()),
            });
        }
        if let Some(f) = o.downcast_ref::<FloatObj>() {
            return Some(Num::F(f.0));
        }
        if let Some(b) = o.downcast_ref::<BoolObj>() {
            return Some(Num::I(b.0 as i64));
        }
        None
    }

    /// The value of an int/bool as i64 (None if not an int or too big).
    pub fn as_i64(&self, o: &ObjRef) -> Option<i64> {
        match self.num(o)? {
            Num::I(i) => Some(i),
            _ => None,
        }
    }

    /// An integer operand: an int or bool, or what an instance's `__index__` returns;
    /// `None` for anything else (floats included).
    pub fn index_num(&self, o: &ObjRef) -> PyResult<Option<Num>> {
        match self.num(o) {
            Some(Num::F(_)) => return Ok(None),
            Some(n) => return Ok(Some(n)),
            None => {}
        }
        let Some(inst) = o.downcast::<Instance>() else {
            return Ok(None);
        };
        if inst.class().has(BUILTIN_BASE) {
            if let Some(n) = self.subclass_index(&inst)? {
                return Ok(Some(n));
            }
        }
        let Some(f) = self.lookup_type_attr(&inst.class(), "__index__")? else {
            return Ok(None);
        };
        let r = self.call(&f, std::slice::from_ref(o), None)?;
        match self.num(&r) {
            Some(Num::F(_)) | None => self.type_err(format!(
                "__index__ returned non-int (type {})",
                self.type_name(&r)
            )),
            Some(n) => Ok(Some(n)),
        }
    }

    /// An index argument (`TypeError` unless int; `OverflowError`/`IndexError` if too big).
    pub fn index(&self, o: &ObjRef) -> PyResult<i64> {
        match self.index_num(o)? {
            Some(Num::I(i)) => Ok(i),
            // As an argument converted with the "n" format (`str.center`, `list.insert`…);
            // subscripts take `seq_index`, whose error is CPython's IndexError.
            Some(Num::B(_)) => self.err(
                "OverflowError",
                "Python int too large to convert to C ssize_t",
            ),
            _ => self.type_err(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(o)
            )),
        }
    }

    /// An integer argument clamped to the i64 range instead of raising (CPython's
    /// `_PyEval_SliceIndex` for start/end arguments, `PyNumber_AsSsize_t(o, NULL)` for
    /// `round`'s ndigits).
    pub fn index_clamped(&self, o: &ObjRef) -> PyResult<i64> {
        match self.index_num(o)? {
            Some(Num::B(b)) => Ok(if b.is_negative() { i64::MIN } else { i64::MAX }),
            _ => self.index(o),
        }
    }

    /// The text of a str object.
    pub fn str_of(&self, o: &ObjRef) -> Option<Gc<StrObj>> {
        o.downcast::<StrObj>()
    }

    // ---- repr / str -------------------------------------------------------------------

    /// `repr(o)`.
    pub fn repr(&self, o: &ObjRef) -> PyResult<String> {
        if let Some(s) = o.downcast_ref::<StrObj>() {
            return Ok(str_repr(&s.s));
        }
        if let Some(b) = o.downcast::<BytesObj>() {
            return Ok(bytes_methods::repr(&b));
        }
        if let Some(mv) = o.downcast_ref::<MemoryView>() {
            return Ok(memoryview::repr(mv, o));
        }
        if let Some(n) = self.num(o) {
            if o.is::<BoolObj>() {
                return Ok(if matches!(n, Num::I(1)) {
                    "True"
                } else {
                    "False"
                }
                .into());
            }
            return Ok(match n {
                Num::I(i) => i.to_string(),
                Num::B(b) => super::int_digits::to_decimal(self, &b)?,
                Num::F(f) => float_repr(f),
            });
        }
        if self.is_none(o) {
            return Ok("None".into());
        }
        if let Some(c) = o.downcast_ref::<ComplexObj>() {
            return Ok(super::objects::complex::complex_repr(c.re, c.im));
        }
        if let Some(inst) = o.downcast_ref::<Instance>() {
            if inst.class().has(BUILTIN_BASE) {
                if let Some(r) = self.subclass_repr(inst)? {
                    return Ok(r);
                }
            }
            if let Some(f) = self.lookup_type_attr(&inst.class(), "__repr__")? {
                // A native `__repr__` of a native class (ctypes) runs; `object`'s does not.
                if !f.is::<BuiltinFunc>()
                    || !self.is_builtin_slot(&self.types.object, "__repr__", &f)
                {
                    let r = self.call(&f, std::slice::from_ref(o), None)?;
                    return match r.downcast_ref::<StrObj>() {
                        Some(s) => Ok(s.s.to_string()),
                        None => self.type_err(format!(
                            "__repr__ returned non-string (type {})",
                            self.type_name(&r)
                        )),
                    };
                }
            }
            if let Some(e) = inst.exc() {
                let args = e.args.borrow().clone();
                let inner = match args.as_ref().and_then(|a| a.downcast_ref::<TupleObj>()) {
                    Some(t) if tuple_items(t).len() == 1 => self.repr(&tuple_items(t)[0])?,
                    Some(t) => {
                        let r = self.repr(&Gc::to_obj(t))?;
                        r[1..r.len() - 1].trim_end_matches(',').to_string()
                    }
                    None => String::new(),
                };
                return Ok(format!("{}({})", inst.class().current_name(), inner));
            }
            return Ok(format!(
                "<{} object at {:#x}>",
                inst.class().dotted_name(),
                o.addr()
            ));
        }
        // Containers: guard against self-reference.
        let is_container =
            o.is::<ListObj>() || o.is::<DictObj>() || o.is::<TupleObj>() || o.is::<SetObj>();
        if is_container {
            let addr = o.addr();
            if REPR_GUARD.with(|g| g.borrow().contains(&addr)) {
                return Ok(if o.is::<ListObj>() {
                    "[...]"
                } else if o.is::<DictObj>() {
                    "{...}"
                } else {
                    "(...)"
                }
                .into());
            }
            REPR_GUARD.with(|g| g.borrow_mut().insert(addr));
            self.depth.set(self.depth.get() + 1);
            let r = self.repr_container(o);
            self.depth.set(self.depth.get() - 1);
            REPR_GUARD.with(|g| g.borrow_mut().remove(&addr));
            return r;
        }
        if let Some(g) = o.downcast_ref::<GetSetDescr>() {
            let owner = g.owner.downcast_ref::<TypeObj>().map_or("?", |t| &t.name);
            return Ok(format!(
                "<attribute '{}' of '{}' objects>",
                self.str(&g.name)?,
                owner
            ));
        }
        if let Some(m) = o.downcast_ref::<MemberDescr>() {
            let owner = m.owner.downcast_ref::<TypeObj>().map_or("?", |t| &t.name);
            return Ok(format!(
                "<member '{}' of '{}' objects>",
                self.str(&m.name)?,
                owner
            ));
        }
        if let Some(t) = o.downcast_ref::<TypeObj>() {
            if let Some(r) = self.meta_text(o, "__repr__")? {
                return Ok(r);
            }
            return Ok(format!("<class '{}'>", t.dotted_name()));
        }
        if let Some(f) = o.downcast_ref::<FuncObj>() {
            let q = self
                .str_of(&f.qualname.borrow())
                .map(|s| s.s.to_string())
                .unwrap_or_default();
            return Ok(format!("<function {} at {:#x}>", q, o.addr()));
        }
        if let Some(b) = o.downcast_ref::<BuiltinFunc>() {
            return Ok(self.builtin_repr(b));
        }
        if let Some(m) = o.downcast_ref::<BoundMethod>() {
            let fname = match m.func.downcast_ref::<FuncObj>() {
                Some(f) => self
                    .str_of(&f.qualname.borrow())
                    .map(|s| s.s.to_string())
                    .unwrap_or_default(),
                None => "?".into(),
            };
            return Ok(format!(
                "<bound method {} of {}>",
                fname,
                self.repr(&m.self_)?
            ));
        }
        if let Some(r) = o.downcast_ref::<RangeObj>() {
            return Ok(if r.step == 1 {
                format!("range({}, {})", r.start, r.stop)
            } else {
                format!("range({}, {}, {})", r.start, r.stop, r.step)
            });
        }
        if let Some(m) = o.downcast_ref::<ModuleObj>() {
            let file = self
                .dict_get_str(&m.dict, "__file__")
                .and_then(|f| f.downcast::<StrObj>());
            return Ok(if matches!(m.name.as_str(), "sys" | "gc" | "builtins") {
                format!("<module '{}' (built-in)>", m.name)
            } else if let Some(f) = file {
                format!("<module {} from {}>", str_repr(&m.name), str_repr(&f.s))
            } else if let Some(path) = self
                .dict_get_str(&m.dict, "__path__")
                .filter(|_| self.dict_get_str(&m.dict, "__file__").is_some())
            {
                // A namespace package (`__file__` None).
                format!(
                    "<module {} (namespace) from {}>",
                    str_repr(&m.name),
                    self.repr(&path)?
                )
            } else {
                format!("<module '{}'>", m.name)
            });
        }
        if let Some(s) = o.downcast_ref::<SliceObj>() {
            return Ok(format!(
                "slice({}, {}, {})",
                self.repr(&s.start)?,
                self.repr(&s.stop)?,
                self.repr(&s.step)?
            ));
        }
        if let Some(c) = o.downcast_ref::<CoroObj>() {
            return Ok(format!(
                "<{} object {} at {:#x}>",
                self.type_of(o).name,
                c.gen.qualname,
                o.addr()
            ));
        }
        if o.is::<AsyncGenStep>() || o.is::<CoroWrapper>() {
            return Ok(format!(
                "<{} object at {:#x}>",
                self.type_of(o).name,
                o.addr()
            ));
        }
        if let Some(g) = o.downcast_ref::<GenObj>() {
            return Ok(format!(
                "<generator object {} at {:#x}>",
                g.qualname,
                o.addr()
            ));
        }
        if let Some(v) = o.downcast_ref::<DictView>() {
            let items = self.collect(o)?;
            let l = self.new_list(items)?;
            let name = ["dict_keys", "dict_values", "dict_items"][v.what.min(2) as usize];
            return Ok(format!("{}({})", name, self.repr(&l)?));
        }
        // `<classmethod(<function f at ...>)>`, as CPython 3.10+.
        if let Some(m) = o.downcast_ref::<ClassMethod>() {
            return Ok(format!("<classmethod({})>", self.repr(&m.0)?));
        }
        if let Some(m) = o.downcast_ref::<StaticMethod>() {
            return Ok(format!("<staticmethod({})>", self.repr(&m.0)?));
        }
        if o.is::<NotImplObj>() {
            return Ok("NotImplemented".into());
        }
        if o.is::<EllipsisObj>() {
            return Ok("Ellipsis".into());
        }
        if o.is::<CellObj>() {
            return Ok(format!("<cell at {:#x}>", o.addr()));
        }
        if let Some(r) = self.tb_object_repr(o) {
            return Ok(r);
        }
        Ok(format!("<{} object at {:#x}>", self.type_name(o), o.addr()))
    }

    fn repr_container(&self, o: &ObjRef) -> PyResult<String> {
        self.stack_guard_in(" while getting the repr of an object")?;
        if let Some(l) = o.downcast_ref::<ListObj>() {
            let items = l.items.borrow().clone();
            let parts: PyResult<Vec<String>> = items.iter().map(|i| self.repr(i)).collect();
            return Ok(format!("[{}]", parts?.join(", ")));
        }
        if let Some(t) = o.downcast_ref::<TupleObj>() {
            let parts: PyResult<Vec<String>> =
                tuple_items(t).iter().map(|i| self.repr(i)).collect();
            let parts = parts?;
            return Ok(if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            });
        }
        if let Some(d) = o.downcast_ref::<DictObj>() {
            let items: Vec<(ObjRef, ObjRef)> =
                d.0.borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
            let mut parts = Vec::new();
            for (k, v) in items {
                parts.push(format!("{}: {}", self.repr(&k)?, self.repr(&v)?));
            }
            return Ok(format!("{{{}}}", parts.join(", ")));
        }
        if let Some(s) = o.downcast::<SetObj>() {
            let items = s.members();
            let parts: PyResult<Vec<String>> = items.iter().map(|i| self.repr(i)).collect();
            let parts = parts?;
            let name = if s.frozen { "frozenset" } else { "set" };
            return Ok(if parts.is_empty() {
                format!("{name}()")
            } else if s.frozen {
                format!("frozenset({{{}}})", parts.join(", "))
            } else {
                format!("{{{}}}", parts.join(", "))
            });
        }
        Ok(String::new())
    }

    /// Is `f` the `name` slot of the built-in type `t` (its default, as opposed to an
    /// override)?
    pub fn is_builtin_slot(&self, t: &Gc<TypeObj>, name: &str, f: &ObjRef) -> bool {
        self.dict_get_str(&t.dict, name)
            .is_some_and(|d| d.ptr_eq(f))
    }

    /// `str(o)`.
    pub fn str(&self, o: &ObjRef) -> PyResult<String> {
        if let Some(s) = o.downcast_ref::<StrObj>() {
            return Ok(s.s.to_string());
        }
        if let Some(inst) = o.downcast_ref::<Instance>() {
            if inst.class().has(BUILTIN_BASE) {
                if let Some(r) = self.subclass_str(o, inst)? {
                    return Ok(r);
                }
            }
            if let Some(f) = self.lookup_type_attr(&inst.class(), "__str__")? {
                if !f.is::<BuiltinFunc>() {
                    let r = self.call(&f, std::slice::from_ref(o), None)?;
                    return match r.downcast_ref::<StrObj>() {
                        Some(s) => Ok(s.s.to_string()),
                        None => self.type_err(format!(
                            "__str__ returned non-string (type {})",
                            self.type_name(&r)
                        )),
                    };
                }
            }
            if let Some(e) = inst.exc() {
                if self
                    .lookup_type_attr(&inst.class(), "__repr__")?
                    .is_some_and(|f| !f.is::<BuiltinFunc>())
                {
                    return self.repr(o);
                }
                let args = e.args.borrow().clone();
                let args = args.as_ref().and_then(|a| a.downcast::<TupleObj>());
                if let Some(t) = &args {
                    if let Some(s) =
                        super::exc_attrs::special_str(self, o, &inst.class(), tuple_items(t))?
                    {
                        return Ok(s);
                    }
                }
                return match args {
                    Some(t) if tuple_items(&t).is_empty() => Ok(String::new()),
                    Some(t) if tuple_items(&t).len() == 1 => {
                        if self.is_subtype(&inst.class(), &self.exc_type("KeyError")) {
                            self.repr(&tuple_items(&t)[0])
                        } else {
                            self.str(&tuple_items(&t)[0])
                        }
                    }
                    Some(t) => self.repr(&Gc::to_obj(&t)),
                    None => Ok(String::new()),
                };
            }
        }
        if let Some(r) = self.meta_text(o, "__str__")? {
            return Ok(r);
        }
        // `object.__str__` is the class's `__repr__`, whose result PyObject_Str checks
        // (a non-str is "__str__ returned non-string").
        if let Some(inst) = o.downcast_ref::<Instance>() {
            if let Some(f) = self.lookup_type_attr(&inst.class(), "__repr__")? {
                if f.is::<FuncObj>() {
                    let r = self.call(&f, std::slice::from_ref(o), None)?;
                    return match r.downcast_ref::<StrObj>() {
                        Some(s) => Ok(s.s.to_string()),
                        None => self.type_err(format!(
                            "__str__ returned non-string (type {})",
                            self.type_name(&r)
                        )),
                    };
                }
            }
        }
        self.repr(o)
    }

    /// `str(o)` as a str object.
    pub fn str_obj(&self, o: &ObjRef) -> PyResult {
        if o.is::<StrObj>() {
            return Ok(o.clone());
        }
        let s = self.str(o)?;
        self.new_str(&s)
    }

    // ---- hashing and equality ---------------------------------------------------------

    /// `hash(o)`.
    pub fn hash(&self, o: &ObjRef) -> PyResult<i64> {
        if let Some(s) = o.downcast_ref::<StrObj>() {
            return Ok(s.hash());
        }
        if let Some(b) = o.downcast::<BytesObj>().filter(|b| !b.mutable) {
            return Ok(b.hash());
        }
        if let Some(n) = self.num(o) {
            return Ok(match n {
                Num::I(i) => hash_i64(i),
                Num::B(b) => hash_big(&b),
                Num::F(f) => hash_float(f),
            });
        }
        if let Some(c) = o.downcast_ref::<ComplexObj>() {
            return Ok(super::complex::hash(
                super::complex::C { re: c.re, im: c.im },
                hash_float,
            ));
        }
        if let Some(t) = o.downcast_ref::<TupleObj>() {
            // CPython's tuplehash does not count toward the recursion limit (a tuple nested
            // 100000 deep hashes); only the native stack bounds it here.
            if self.stack_low() {
                return self.err("RecursionError", "maximum recursion depth exceeded");
            }
            // CPython's tuplehash (xxHash-based).
            let mut acc: u64 = 2870177450012600261;
            for item in tuple_items(t).iter() {
                let lane = self.hash(item)? as u64;
                acc = acc.wrapping_add(lane.wrapping_mul(14029467366897019727));
                acc = acc.rotate_left(31);
                acc = acc.wrapping_mul(11400714785074694791);
            }
            acc = acc.wrapping_add((tuple_items(t).len() as u64) ^ (2870177450012600261 ^ 3527539));
            let h = acc as i64;
            return Ok(if h == -1 { 1546275796 } else { h });
        }
        if let Some(inst) = o.downcast_ref::<Instance>() {
            if inst.class().has(BUILTIN_BASE) {
                if let Some(h) = self.subclass_hash(inst)? {
                    return Ok(h);
                }
            }
            if let Some(f) = self.lookup_type_attr(&inst.class(), "__hash__")? {
                if self.is_none(&f) {
                    return self.type_err(format!(
                        "unhashable type: '{}'",
                        self.class_message_name(&inst.class())
                    ));
                }
                if !f.is::<BuiltinFunc>() {
                    let r = self.call(&f, std::slice::from_ref(o), None)?;
                    return match self.num(&r) {
                        Some(Num::I(i)) => Ok(if i == -1 { -2 } else { i }),
                        Some(Num::B(b)) => Ok(hash_big(&b)),
                        _ => self.type_err("__hash__ method should return an integer"),
                    };
                }
            }
        }
        if let Some(mv) = o.downcast_ref::<MemoryView>() {
            return memoryview::hash(self, mv);
        }
        if o.is::<ListObj>()
            || o.is::<DictObj>()
            || o.downcast::<SetObj>().is_some_and(|s| !s.frozen)
            || o.downcast::<BytesObj>().is_some_and(|b| b.mutable)
            || o.downcast_ref::<DictView>().is_some_and(|v| v.what != 1)
        {
            return self.type_err(format!("unhashable type: '{}'", self.type_name(o)));
        }
        if let Some(s) = o.downcast_ref::<SetObj>() {
            return Ok(frozenset_hash(&s.inner.borrow()));
        }
        // Methods hash as they compare (method_hash / meth_hash): by receiver identity and
        // function, so that equal methods find each other in dicts and sets.
        if let Some(m) = o.downcast_ref::<BoundMethod>() {
            let h = (m.self_.addr() as i64).rotate_right(4) ^ self.hash(&m.func)?;
            return Ok(if h == -1 { -2 } else { h });
        }
        if let Some(b) = o.downcast_ref::<BuiltinFunc>() {
            if let Some(receiver) = &b.self_ {
                let h = (receiver.addr() as i64).rotate_right(4)
                    ^ (b.f as usize as i64).rotate_right(4)
                    ^ super::objects::string::str_hash(b.name);
                return Ok(if h == -1 { -2 } else { h });
            }
        }
        let a = o.addr() as i64;
        Ok(a.rotate_right(4))
    }

    /// The `==` / `!=` operators' [`Vm::fast_eq`]: an object compared with itself is not
    /// equal by identity here when its `__eq__` may say otherwise (a class's, or a NaN);
    /// only the comparisons inside containers and `in` assume identity implies equality.
    pub fn fast_eq_op(&self, a: &ObjRef, b: &ObjRef) -> Option<bool> {
        if a.ptr_eq(b) && (a.is::<Instance>() || a.is::<FloatObj>()) {
            return None;
        }
        self.fast_eq(a, b)
    }

    /// Equality without running Python code, when it can be decided that way.
    pub fn fast_eq(&self, a: &ObjRef, b: &ObjRef) -> Option<bool> {
        if a.ptr_eq(b) {
            return Some(true);
        }
        if let (Some(x), Some(y)) = (a.downcast_ref::<IntObj>(), b.downcast_ref::<IntObj>()) {
            if let (IntObj::Small(p), IntObj::Small(q)) = (&**x, &**y) {
                return Some(p == q);
            }
        }
        if let (Some(x), Some(y)) = (a.downcast_ref::<StrObj>(), b.downcast_ref::<StrObj>()) {
            return Some(x.s == y.s);
        }
        if let (Some(x), Some(y)) = (a.downcast::<BytesObj>(), b.downcast::<BytesObj>()) {
            return Some(bytes_methods::compare(&x, &y, CmpOp::Eq));
        }
        if a.is::<ComplexObj>() || b.is::<ComplexObj>() {
            return match self.complex_eq(a, b) {
                Some(e) => Some(e),
                None if a.is::<Instance>() || b.is::<Instance>() => None,
                None => Some(false),
            };
        }
        if let Some(x) = self.num(a) {
            return match self.num(b) {
                Some(y) => Some(num_cmp(&x, &y) == Some(Ordering::Equal)),
                None => {
                    if b.is::<Instance>() {
                        None
                    } else {
                        Some(false)
                    }
                }
            };
        }
        if let (Some(x), Some(y)) = (a.downcast_ref::<TupleObj>(), b.downcast_ref::<TupleObj>()) {
            if tuple_items(x).len() != tuple_items(y).len() {
                return Some(false);
            }
            if stacker::remaining_stack().is_some_and(|r| r < 512 * 1024) {
                return None;
            }
            for (p, q) in tuple_items(x).iter().zip(tuple_items(y).iter()) {
                match self.fast_eq(p, q) {
                    Some(true) => {}
                    other => return other,
                }
            }
            return Some(true);
        }
        let ua = a
            .downcast::<Instance>()
            .is_some_and(|i| i.class().has(HAS_EQ));
        let ub = b
            .downcast::<Instance>()
            .is_some_and(|i| i.class().has(HAS_EQ));
        if ua
            || ub
            || a.is::<MemoryView>()
            || b.is::<MemoryView>()
            || a.is::<ListObj>()
            || a.is::<DictObj>()
            || a.is::<SetObj>()
            || a.is::<RangeObj>()
            || a.is::<DictView>()
            || a.is::<SliceObj>()
            || a.is::<BoundMethod>()
            || a.is::<BuiltinFunc>()
        {
            return None;
        }
        Some(false)
    }

    /// `a == b` as a bool.
    pub fn eq(&self, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
        if let Some(r) = self.fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    // ---- dict storage with Python semantics ----------------------------------------------

    /// Find `key` in dict storage.
    pub fn dict_find(
        &self,
        d: &RefCell<DictInner>,
        key: &ObjRef,
        hash: i64,
    ) -> PyResult<Option<usize>> {
        let cands: Vec<(usize, ObjRef)> = {
            let inner = d.borrow();
            let mut undecided = false;
            let r = inner.find_by(hash, |k| match self.fast_eq(k, key) {
                Some(b) => b,
                None => {
                    undecided = true;
                    false
                }
            });
            if r.is_some() || !undecided {
                return Ok(r);
            }
            inner
                .candidates(hash)
                .into_iter()
                .filter_map(|i| inner.entries[i].as_ref().map(|e| (i, e.key.clone())))
                .collect()
        };
        for (i, k) in cands {
            if self.eq(&k, key)? {
                let inner = d.borrow();
                if inner
                    .entries
                    .get(i)
                    .and_then(|e| e.as_ref())
                    .is_some_and(|e| e.key.ptr_eq(&k))
                {
                    return Ok(Some(i));
                }
            }
        }
        Ok(None)
    }

    /// `d.get(key)`.
    pub fn dict_get(&self, d: &DictObj, key: &ObjRef) -> PyResult<Option<ObjRef>> {
        let h = self.hash(key)?;
        let i = self.dict_find(&d.0, key, h)?;
        Ok(i.and_then(|i| d.0.borrow().entries[i].as_ref().map(|e| e.value.clone())))
    }

    /// Look up a str key by its text (no allocation).
    pub fn dict_get_str(&self, d: &DictObj, name: &str) -> Option<ObjRef> {
        self.dict_get_str_hashed(d, name, str_hash(name))
    }

    /// `dict_get_str` with the name's hash already computed (`str_hash(name)`), for lookups
    /// of one name in several dicts (along an MRO).
    #[inline]
    pub fn dict_get_str_hashed(&self, d: &DictObj, name: &str, h: i64) -> Option<ObjRef> {
        let inner = d.0.borrow();
        inner
            .find_by(h, |k| {
                k.downcast_ref::<StrObj>().is_some_and(|s| &*s.s == name)
            })
            .and_then(|i| inner.entries[i].as_ref().map(|e| e.value.clone()))
    }

    /// Look up a key known to be a str object.
    #[inline]
    pub fn dict_get_strobj(&self, d: &DictObj, key: &ObjRef, s: &StrObj) -> Option<ObjRef> {
        let h = s.hash();
        let inner = d.0.borrow();
        inner
            .find_by(h, |k| {
                k.ptr_eq(key) || k.downcast_ref::<StrObj>().is_some_and(|x| x.s == s.s)
            })
            .and_then(|i| inner.entries[i].as_ref().map(|e| e.value.clone()))
    }

    /// `d[key] = value`.
    pub fn dict_set(&self, d: &Gc<DictObj>, key: ObjRef, value: ObjRef) -> PyResult<()> {
        let h = self.hash(&key)?;
        self.dict_maintain_tracking(d, &key, &value);
        self.storage_set(&d.0, key, value, h)
    }

    /// Insert or replace in storage.
    pub fn storage_set(
        &self,
        d: &RefCell<DictInner>,
        key: ObjRef,
        value: ObjRef,
        h: i64,
    ) -> PyResult<()> {
        match self.dict_find(d, &key, h)? {
            Some(i) => {
                let old = {
                    let mut inner = d.borrow_mut();
                    match inner.entries[i].as_mut() {
                        Some(e) => std::mem::replace(&mut e.value, value),
                        None => return Ok(()),
                    }
                };
                drop(old);
            }
            None => {
                let is_str = key.is::<StrObj>();
                d.borrow_mut().insert_new(h, key, value, is_str);
            }
        }
        Ok(())
    }

    /// Set a str key given as Rust text.
    pub fn dict_set_str(&self, d: &Gc<DictObj>, name: &str, value: ObjRef) -> PyResult<()> {
        let k = self.intern(name)?;
        self.dict_set(d, k, value)
    }

    /// `del d[key]`: the removed value, or None if missing.
    pub fn dict_del(&self, d: &RefCell<DictInner>, key: &ObjRef) -> PyResult<Option<ObjRef>> {
        let h = self.hash(key)?;
        let Some(i) = self.dict_find(d, key, h)? else {
            return Ok(None);
        };
        let e = d.borrow_mut().remove_at(i);
        Ok(e.map(|e| e.value))
    }

    // ---- truth, length ----------------------------------------------------------------

    /// `bool(o)`.
    #[inline]
    pub fn truthy(&self, o: &ObjRef) -> PyResult<bool> {
        if let Some(b) = o.downcast_ref::<BoolObj>() {
            return Ok(b.0);
        }
        if self.is_none(o) {
            return Ok(false);
        }
        // Lists before numbers: `while stack:` is as common as `if n:`, and `num` tries
        // several types first.
        if let Some(l) = o.downcast_ref::<ListObj>() {
            return Ok(!l.items.borrow().is_empty());
        }
        if let Some(n) = self.num(o) {
            return Ok(match n {
                Num::I(i) => i != 0,
                Num::B(b) => !b.is_zero(),
                Num::F(f) => f != 0.0,
            });
        }
        if let Some(c) = o.downcast_ref::<ComplexObj>() {
            return Ok(c.re != 0.0 || c.im != 0.0);
        }
        if let Some(s) = o.downcast_ref::<StrObj>() {
            return Ok(!s.s.is_empty());
        }
        if let Some(b) = o.downcast_ref::<BytesObj>() {
            return Ok(!b.data.borrow().is_empty());
        }
        if let Some(t) = o.downcast_ref::<TupleObj>() {
            return Ok(!tuple_items(t).is_empty());
        }
        if let Some(d) = o.downcast_ref::<DictObj>() {
            return Ok(d.0.borrow().used != 0);
        }
        if let Some(s) = o.downcast_ref::<SetObj>() {
            return Ok(s.inner.borrow().used != 0);
        }
        if let Some(r) = o.downcast_ref::<RangeObj>() {
            return Ok(!r.is_empty());
        }
        if let Some(mv) = o.downcast_ref::<MemoryView>() {
            return Ok(memoryview::len(self, mv)? != 0);
        }
        if let Some(inst) = o.downcast_ref::<Instance>() {
            if inst.class().has(BUILTIN_BASE) {
                if let Some(b) = self.subclass_truthy(inst)? {
                    return Ok(b);
                }
            }
            if let Some(f) = self.lookup_type_attr(&inst.class(), "__bool__")? {
                let r = self.call(&f, std::slice::from_ref(o), None)?;
                return match r.downcast_ref::<BoolObj>() {
                    Some(b) => Ok(b.0),
                    None => self.type_err(format!(
                        "__bool__ should return bool, returned {}",
                        self.type_name(&r)
                    )),
                };
            }
            if self.lookup_type_attr(&inst.class(), "__len__")?.is_some() {
                return Ok(self.len(o)? != 0);
            }
        }
        if o.is::<TypeObj>() {
            return self.meta_truthy(o);
        }
        Ok(true)
    }

    /// `len(o)`.
    pub fn len(&self, o: &ObjRef) -> PyResult<usize> {
        if let Some(s) = o.downcast_ref::<StrObj>() {
            return Ok(s.nchars);
        }
        if let Some(b) = o.downcast::<BytesObj>() {
            return Ok(b.data.borrow().len());
        }
        if let Some(l) = o.downcast::<ListObj>() {
            return Ok(l.items.borrow().len());
        }
        if let Some(t) = o.downcast_ref::<TupleObj>() {
            return Ok(tuple_items(t).len());
        }
        if let Some(d) = o.downcast_ref::<DictObj>() {
            return Ok(d.0.borrow().used);
        }
        if let Some(s) = o.downcast_ref::<SetObj>() {
            return Ok(s.inner.borrow().used);
        }
        if let Some(mv) = o.downcast_ref::<MemoryView>() {
            return memoryview::len(self, mv);
        }
        if let Some(r) = o.downcast_ref::<RangeObj>() {
            let n = r.len();
            if n > isize::MAX as usize {
                return self.err(
                    "OverflowError",
                    "Python int too large to convert to C ssize_t",
                );
            }
            return Ok(n);
        }
        if let Some(v) = o.downcast_ref::<DictView>() {
            return self.len(&v.d);
        }
        let f = if let Some(inst) = o.downcast_ref::<Instance>() {
            if inst.class().has(BUILTIN_BASE) {
                if let Some(n) = self.subclass_len(inst)? {
                    return Ok(n);
                }
            }
            self.lookup_type_attr(&inst.class(), "__len__")?
        } else {
            // A class whose metaclass defines `__len__`.
            self.meta_method(o, "__len__")?
        };
        {
            if let Some(f) = f {
                let r = self.call(&f, std::slice::from_ref(o), None)?;
                return match self.num(&r) {
                    Some(Num::I(i)) if i >= 0 => Ok(i as usize),
                    Some(Num::I(_)) => self.value_err("__len__() should return >= 0"),
                    Some(Num::B(b)) if b.is_negative() => {
                        self.value_err("__len__() should return >= 0")
                    }
                    Some(Num::B(_)) => self.err(
                        "OverflowError",
                        "cannot fit 'int' into an index-sized integer",
                    ),
                    _ => self.type_err(format!(
                        "'{}' object cannot be interpreted as an integer",
                        self.type_name(&r)
                    )),
                };
            }
        }
        self.type_err(format!(
            "object of type '{}' has no len()",
            self.type_name(o)
        ))
    }

    // ---- comparison -------------------------------------------------------------------

    /// Equality of two bound methods (CPython's method_richcompare: the same `__self__`
    /// object and equal functions) or of two built-in methods (meth_richcompare: the same
    /// receiver and the same C function); None for other objects.
    fn methods_equal(&self, a: &ObjRef, b: &ObjRef) -> PyResult<Option<bool>> {
        if let (Some(x), Some(y)) = (
            a.downcast_ref::<BoundMethod>(),
            b.downcast_ref::<BoundMethod>(),
        ) {
            if !x.self_.ptr_eq(&y.self_) {
                return Ok(Some(false));
            }
            return self.eq(&x.func, &y.func).map(Some);
        }
        if let (Some(x), Some(y)) = (
            a.downcast_ref::<BuiltinFunc>(),
            b.downcast_ref::<BuiltinFunc>(),
        ) {
            if let (Some(sx), Some(sy)) = (&x.self_, &y.self_) {
                return Ok(Some(
                    sx.ptr_eq(sy) && x.name == y.name && x.f as usize == y.f as usize,
                ));
            }
        }
        Ok(None)
    }

    /// `x.name(y)` for a comparison, when `x` is an instance whose class defines it in
    /// Python; for `!=` also the inverted `x.__eq__(y)` (the default `__ne__`). None when
    /// there is no such method or it returned NotImplemented.
    fn compare_side(
        &self,
        x: &ObjRef,
        y: &ObjRef,
        name: &str,
        op: CmpOp,
    ) -> PyResult<Option<ObjRef>> {
        let Some(inst) = x.downcast_ref::<Instance>() else {
            return Ok(None);
        };
        if let Some(f) = self.lookup_type_attr(&inst.class(), name)? {
            if !f.is::<BuiltinFunc>() {
                let r = self.call(&f, &[x.clone(), y.clone()], None)?;
                if !r.ptr_eq(&self.notimpl) {
                    return Ok(Some(r));
                }
                // A class's own `__ne__` declined: no inverted `__eq__` (that is only what
                // the default `object.__ne__` does).
                return Ok(None);
            }
        }
        if op == CmpOp::NotEq {
            if let Some(f) = self.lookup_type_attr(&inst.class(), "__eq__")? {
                if !f.is::<BuiltinFunc>() {
                    let r = self.call(&f, &[x.clone(), y.clone()], None)?;
                    if !r.ptr_eq(&self.notimpl) {
                        return Ok(Some(self.bool_obj(!self.truthy(&r)?)));
                    }
                }
            }
        }
        Ok(None)
    }

    /// `a op b` for comparison operators (including `is`, `in`).
    pub fn compare(&self, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult {
        match op {
            CmpOp::Is => return Ok(self.bool_obj(a.ptr_eq(b))),
            CmpOp::IsNot => return Ok(self.bool_obj(!a.ptr_eq(b))),
            CmpOp::In => return Ok(self.bool_obj(self.contains(b, a)?)),
            CmpOp::NotIn => return Ok(self.bool_obj(!self.contains(b, a)?)),
            _ => {}
        }
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            let c = num_cmp(&x, &y);
            return Ok(self.bool_obj(ord_matches(c, op)));
        }
        if matches!(op, CmpOp::Eq | CmpOp::NotEq) {
            if let Some(eq) = self.complex_eq(a, b) {
                return Ok(self.bool_obj(eq == (op == CmpOp::Eq)));
            }
        }
        if let (Some(x), Some(y)) = (a.downcast_ref::<StrObj>(), b.downcast_ref::<StrObj>()) {
            return Ok(self.bool_obj(ord_matches(Some(x.s.cmp(&y.s)), op)));
        }
        if let (Some(x), Some(y)) = (a.downcast::<BytesObj>(), b.downcast::<BytesObj>()) {
            return Ok(self.bool_obj(bytes_methods::compare(&x, &y, op)));
        }
        if let Some(r) = memoryview::compare(self, a, b, op)? {
            return Ok(r);
        }
        if let Some(r) = collection_methods::compare(self, a, b, op)? {
            return Ok(r);
        }
        if matches!(op, CmpOp::Eq | CmpOp::NotEq) {
            if let Some(eq) = self.methods_equal(a, b)? {
                return Ok(self.bool_obj(eq == matches!(op, CmpOp::Eq)));
            }
        }
        // User-defined rich comparison, then the reflected one.
        let (name, rname) = match op {
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::NotEq => ("__ne__", "__ne__"),
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::LtE => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::GtE => ("__ge__", "__le__"),
            _ => unreachable!("handled above"),
        };
        // CPython's do_richcompare: an instance of a subclass of `a`'s class answers first.
        let b_first = match (a.downcast_ref::<Instance>(), b.downcast_ref::<Instance>()) {
            (Some(ia), Some(ib)) => {
                !Gc::ptr_eq(&ia.class(), &ib.class()) && self.is_subtype(&ib.class(), &ia.class())
            }
            _ => false,
        };
        if b_first {
            if let Some(r) = self.compare_side(b, a, rname, op)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.compare_side(a, b, name, op)? {
            return Ok(r);
        }
        if !b_first {
            if let Some(r) = self.compare_side(b, a, rname, op)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.subclass_compare(a, b, op)? {
            return Ok(r);
        }
        if let Some(c) = self.builtin_cmp(a, b, op)? {
            return Ok(self.bool_obj(c));
        }
        match op {
            CmpOp::Eq => Ok(self.bool_obj(a.ptr_eq(b))),
            CmpOp::NotEq => Ok(self.bool_obj(!a.ptr_eq(b))),
            _ => {
                let sym = match op {
                    CmpOp::Lt => "<",
                    CmpOp::LtE => "<=",
                    CmpOp::Gt => ">",
                    _ => ">=",
                };
                self.type_err(format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    sym,
                    self.type_name(a),
                    self.type_name(b)
                ))
            }
        }
    }

    fn seq_cmp(&self, x: &[ObjRef], y: &[ObjRef], op: CmpOp) -> PyResult<bool> {
        self.stack_guard_in(" in comparison")?;
        for (p, q) in x.iter().zip(y.iter()) {
            self.depth.set(self.depth.get() + 1);
            let e = self.eq(p, q);
            self.depth.set(self.depth.get() - 1);
            if !e? {
                if op == CmpOp::Eq {
                    return Ok(false);
                }
                if op == CmpOp::NotEq {
                    return Ok(true);
                }
                let r = self.compare(p, q, op)?;
                return self.truthy(&r);
            }
        }
        Ok(ord_matches(Some(x.len().cmp(&y.len())), op))
    }

    fn builtin_cmp(&self, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult<Option<bool>> {
        if let (Some(x), Some(y)) = (a.downcast::<SliceObj>(), b.downcast::<SliceObj>()) {
            // Slices compare as (start, stop, step) tuples.
            let x = [x.start.clone(), x.stop.clone(), x.step.clone()];
            let y = [y.start.clone(), y.stop.clone(), y.step.clone()];
            return self.seq_cmp(&x, &y, op).map(Some);
        }
        if let (Some(x), Some(y)) = (a.downcast::<RangeObj>(), b.downcast::<RangeObj>()) {
            // Ranges are equal when they produce the same sequence.
            let (n, m) = (x.len(), y.len());
            let same = n == m && (n == 0 || (x.start == y.start && (n == 1 || x.step == y.step)));
            return Ok(match op {
                CmpOp::Eq => Some(same),
                CmpOp::NotEq => Some(!same),
                _ => None,
            });
        }
        if let (Some(x), Some(y)) = (a.downcast::<ListObj>(), b.downcast::<ListObj>()) {
            let (x, y) = (x.items.borrow().clone(), y.items.borrow().clone());
            return self.seq_cmp(&x, &y, op).map(Some);
        }
        if let (Some(x), Some(y)) = (a.downcast_ref::<TupleObj>(), b.downcast_ref::<TupleObj>()) {
            return self.seq_cmp(tuple_items(x), tuple_items(y), op).map(Some);
        }
        if let (Some(x), Some(y)) = (a.downcast_ref::<DictObj>(), b.downcast_ref::<DictObj>()) {
            if !matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                return Ok(None);
            }
            let items: Vec<(ObjRef, ObjRef)> =
                x.0.borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
            let mut equal = items.len() == y.0.borrow().used;
            if equal {
                for (k, v) in items {
                    match self.dict_get(y, &k)? {
                        Some(w) if self.eq(&v, &w)? => {}
                        _ => {
                            equal = false;
                            break;
                        }
                    }
                }
            }
            return Ok(Some(if op == CmpOp::Eq { equal } else { !equal }));
        }
        if let (Some(x), Some(y)) = (a.downcast_ref::<SetObj>(), b.downcast_ref::<SetObj>()) {
            let sub = |p: &SetObj, q: &SetObj| -> PyResult<bool> {
                let keys: Vec<ObjRef> = p.inner.borrow().iter().map(|e| e.key.clone()).collect();
                for k in keys {
                    let h = self.hash(&k)?;
                    if self.dict_find(&q.inner, &k, h)?.is_none() {
                        return Ok(false);
                    }
                }
                Ok(true)
            };
            let (lx, ly) = (x.inner.borrow().used, y.inner.borrow().used);
            return Ok(Some(match op {
                CmpOp::Eq => lx == ly && sub(x, y)?,
                CmpOp::NotEq => !(lx == ly && sub(x, y)?),
                CmpOp::LtE => sub(x, y)?,
                CmpOp::Lt => lx < ly && sub(x, y)?,
                CmpOp::GtE => sub(y, x)?,
                CmpOp::Gt => lx > ly && sub(y, x)?,
                _ => false,
            }));
        }
        Ok(None)
    }

    /// A set looked up in a set stands for the equal frozenset (CPython's set_contains,
    /// set_discard, set_remove retry with one).
    pub fn set_key(&self, item: &ObjRef) -> PyResult {
        match super::subclass::downcast_receiver::<SetObj>(item) {
            Some(s) if !s.frozen => self.new_set(s.members(), true),
            _ => Ok(item.clone()),
        }
    }

    /// The first index in `start..stop` of the live list `l` whose item equals `x` (the
    /// identity test first), as CPython's `list_contains`/`list.index` walk it: the length
    /// is read again at each step, since an `__eq__` may change the list. Items whose
    /// comparison runs no Python code (`fast_eq`) are compared in place, without taking a
    /// reference or copying the list.
    pub fn list_position(
        &self,
        l: &ListObj,
        x: &ObjRef,
        start: usize,
        stop: usize,
    ) -> PyResult<Option<usize>> {
        let mut i = start;
        loop {
            let y = {
                let items = l.items.borrow();
                let Some(y) = items.get(i).filter(|_| i < stop) else {
                    return Ok(None);
                };
                match self.fast_eq(y, x) {
                    Some(true) => return Ok(Some(i)),
                    Some(false) => {
                        i += 1;
                        continue;
                    }
                    None => y.clone(),
                }
            };
            if self.eq(&y, x)? {
                return Ok(Some(i));
            }
            i += 1;
        }
    }

    /// How many items of the live list `l` equal `x` (`list.count`), walked as
    /// [`Vm::list_position`] walks it.
    pub fn list_count(&self, l: &ListObj, x: &ObjRef) -> PyResult<usize> {
        let (mut n, mut from) = (0, 0);
        while let Some(i) = self.list_position(l, x, from, usize::MAX)? {
            n += 1;
            from = i + 1;
        }
        Ok(n)
    }

    /// `item in container`.
    pub fn contains(&self, container: &ObjRef, item: &ObjRef) -> PyResult<bool> {
        if let Some(s) = container.downcast_ref::<StrObj>() {
            return match super::subclass::downcast_receiver::<StrObj>(item) {
                Some(i) => Ok(s.s.contains(&*i.s)),
                None => self.type_err(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(item)
                )),
            };
        }
        if let Some(b) = container.downcast::<BytesObj>() {
            return bytes_methods::contains(self, &b, item);
        }
        if let Some(d) = container.downcast::<DictObj>() {
            let h = self.hash(item)?;
            return Ok(self.dict_find(&d.0, item, h)?.is_some());
        }
        if let Some(s) = container.downcast_ref::<SetObj>() {
            let key = self.set_key(item)?;
            let h = self.hash(&key)?;
            return Ok(self.dict_find(&s.inner, &key, h)?.is_some());
        }
        if let Some(v) = container.downcast_ref::<DictView>() {
            if v.what == 0 {
                return self.contains(&v.d, item);
            }
            // dictitems_contains: a (key, value) pair looked up by its key (which must
            // hash), then the values compared.
            if v.what == 2 {
                let dict = super::subclass::unwrap_base(&v.d);
                if let Some(d) = dict.downcast_ref::<DictObj>() {
                    let Some(pair) = super::subclass::downcast_receiver::<TupleObj>(item) else {
                        return Ok(false);
                    };
                    let [key, value] = tuple_items(&pair) else {
                        return Ok(false);
                    };
                    return match self.dict_get(d, key)? {
                        Some(found) => self.eq(&found, value),
                        None => Ok(false),
                    };
                }
            }
        }
        if let Some(r) = container.downcast_ref::<RangeObj>() {
            if let Some(Num::I(i)) = self.num(item) {
                let inr = if r.step > 0 {
                    i >= r.start && i < r.stop
                } else {
                    i <= r.start && i > r.stop
                };
                // In i128: `i - start` can exceed i64 in a range spanning most of it.
                return Ok(inr && (i128::from(i) - i128::from(r.start)) % i128::from(r.step) == 0);
            }
        }
        if let Some(l) = container.downcast_ref::<ListObj>() {
            return Ok(self.list_position(l, item, 0, usize::MAX)?.is_some());
        }
        if let Some(t) = container.downcast_ref::<TupleObj>() {
            for x in tuple_items(t).iter() {
                if x.ptr_eq(item) || self.eq(x, item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if let Some(inst) = container.downcast_ref::<Instance>() {
            if inst.class().has(BUILTIN_BASE) {
                if let Some(r) = self.subclass_contains(inst, item)? {
                    return Ok(r);
                }
            }
            if let Some(f) = self.lookup_type_attr(&inst.class(), "__contains__")? {
                // `__contains__ = None` blocks the fallback to iteration (CPython 3.12).
                if self.is_none(&f) {
                    let n = inst.class().current_name().into_owned();
                    return self.type_err(format!("'{n}' object is not a container"));
                }
                let r = self.call(&f, &[container.clone(), item.clone()], None)?;
                return self.truthy(&r);
            }
        }
        if let Some(f) = self.meta_method(container, "__contains__")? {
            let r = self.call(&f, &[container.clone(), item.clone()], None)?;
            return self.truthy(&r);
        }
        // A memoryview is searched by iteration, whose own errors (a released view) show.
        if let Some(mv) = container.downcast_ref::<MemoryView>() {
            memoryview::check_iterable(self, mv)?;
        }
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(_) => {
                return self.type_err(format!(
                    "argument of type '{}' is not iterable",
                    self.type_name(container)
                ));
            }
        };
        while let Some(x) = self.next(&it)? {
            if x.ptr_eq(item) || self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    // ---- arithmetic -------------------------------------------------------------------

    /// Whether `b`'s reflected method `rname` is tried first, and whether at all: `b` is
    /// an instance of a class with the method, not of `a`'s class; first when that class
    /// is a subclass of `a`'s that overrides it.
    fn reflected_order(&self, a: &ObjRef, b: &ObjRef, rname: &str) -> PyResult<(bool, bool)> {
        let Some(ib) = b.downcast_ref::<Instance>() else {
            return Ok((false, false));
        };
        let Some(fb) = self.lookup_type_attr(&ib.class(), rname)? else {
            return Ok((false, false));
        };
        let Some(ia) = a.downcast_ref::<Instance>() else {
            return Ok((false, true));
        };
        if Gc::ptr_eq(&ia.class(), &ib.class()) {
            return Ok((false, false));
        }
        let overrides = self.is_subtype(&ib.class(), &ia.class())
            && !self
                .lookup_type_attr(&ia.class(), rname)?
                .is_some_and(|fa| fa.ptr_eq(&fb));
        Ok((overrides, true))
    }

    /// `b.rname(a)`, the reflected method ([`Vm::reflected_order`] found it).
    fn call_reflected(&self, a: &ObjRef, b: &ObjRef, rname: &str) -> PyResult {
        match b.downcast_ref::<Instance>() {
            Some(ib) => match self.lookup_type_attr(&ib.class(), rname)? {
                Some(f) => self.call(&f, &[b.clone(), a.clone()], None),
                None => Ok(self.notimpl.clone()),
            },
            None => Ok(self.notimpl.clone()),
        }
    }

    /// `a op b` (`inplace` tries `__iop__` first).
    pub fn binary_op(&self, a: &ObjRef, b: &ObjRef, op: BinOp, inplace: bool) -> PyResult {
        // Fast path: two small ints.
        if let (Some(x), Some(y)) = (a.downcast_ref::<IntObj>(), b.downcast_ref::<IntObj>()) {
            if let (IntObj::Small(x), IntObj::Small(y)) = (&**x, &**y) {
                let (x, y) = (*x, *y);
                let r = match op {
                    BinOp::Add => x.checked_add(y),
                    BinOp::Sub => x.checked_sub(y),
                    BinOp::Mul => x.checked_mul(y),
                    BinOp::BitAnd => Some(x & y),
                    BinOp::BitOr => Some(x | y),
                    BinOp::BitXor => Some(x ^ y),
                    _ => None,
                };
                if let Some(r) = r {
                    return self.new_int(r);
                }
            }
        }
        if matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor) {
            if let (Some(x), Some(y)) = (a.downcast::<BoolObj>(), b.downcast::<BoolObj>()) {
                // bool & | ^ bool stays a bool.
                return Ok(self.bool_obj(match op {
                    BinOp::BitAnd => x.0 & y.0,
                    BinOp::BitOr => x.0 | y.0,
                    _ => x.0 ^ y.0,
                }));
            }
        }
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            // float has no bitwise operators: the error names the operands' own types
            // (`1 << 2.0` is "'int' and 'float'"), not the floats they would convert to.
            let bitwise = matches!(
                op,
                BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift
            );
            if (bitwise && (matches!(x, Num::F(_)) || matches!(y, Num::F(_))))
                || op == BinOp::MatMul
            {
                return self.binop_unsupported(a, b, op, inplace);
            }
            return self.num_op(x, y, op);
        }
        if a.is::<ComplexObj>() || b.is::<ComplexObj>() {
            if let Some(r) = self.complex_binary(a, b, op)? {
                return Ok(r);
            }
        }
        if let Some(r) = collection_methods::binary_op(self, a, b, op, inplace)? {
            return Ok(r);
        }
        if let Some(r) = self.seq_op(a, b, op, inplace)? {
            return Ok(r);
        }
        if a.is::<BytesObj>() || b.is::<BytesObj>() {
            if let Some(r) = bytes_methods::binary_op(self, a, b, op, inplace)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.subclass_binary_op(a, b, op, inplace)? {
            return Ok(r);
        }
        let (name, rname, iname) = op_names(op);
        if inplace {
            if let Some(inst) = a.downcast_ref::<Instance>() {
                if let Some(f) = self.lookup_type_attr(&inst.class(), iname)? {
                    let r = self.call(&f, &[a.clone(), b.clone()], None)?;
                    if !r.ptr_eq(&self.notimpl) {
                        return Ok(r);
                    }
                }
            }
        }
        // CPython's binary_op1 over two classes: a subclass's overriding reflected method
        // goes first, and the reflected method is never tried between equal types.
        let (reflect_first, reflect) = self.reflected_order(a, b, rname)?;
        if reflect_first {
            let r = self.call_reflected(a, b, rname)?;
            if !r.ptr_eq(&self.notimpl) {
                return Ok(r);
            }
        }
        if let Some(inst) = a.downcast_ref::<Instance>() {
            if let Some(f) = self.lookup_type_attr(&inst.class(), name)? {
                let r = self.call(&f, &[a.clone(), b.clone()], None)?;
                if !r.ptr_eq(&self.notimpl) {
                    return Ok(r);
                }
            }
        }
        // `str % x` formats whatever x is, before x's `__rmod__` (only a str subclass's
        // reflected method comes first).
        if op == BinOp::Mod {
            if let Some(s) = a.downcast_ref::<StrObj>() {
                if !super::subclass::base_of(b).is_some_and(|v| v.is::<StrObj>()) {
                    let r = super::format::percent_format(self, &s.s, b)?;
                    return self.new_str(&r);
                }
            }
        }
        if reflect && !reflect_first {
            let r = self.call_reflected(a, b, rname)?;
            if !r.ptr_eq(&self.notimpl) {
                return Ok(r);
            }
        }
        if a.is::<TypeObj>() || b.is::<TypeObj>() {
            // Operators on classes: the metaclass's, then `int | None` unions.
            if let Some(r) = self.class_binary_op(a, b, name, rname)? {
                return Ok(r);
            }
            if op == BinOp::BitOr {
                if let Some(r) = self.class_or(a, b)? {
                    return Ok(r);
                }
            }
        }
        if op == BinOp::Mod {
            if let Some(s) = a.downcast_ref::<StrObj>() {
                let r = super::format::percent_format(self, &s.s, b)?;
                return self.new_str(&r);
            }
        }
        if op == BinOp::Add && a.is::<BytesObj>() {
            // bytes' sq_concat, after the other operand's `__radd__` declined.
            return self.type_err(format!(
                "can't concat {} to {}",
                self.type_name(b),
                self.type_name(a)
            ));
        }
        if op == BinOp::Add && (a.is::<StrObj>() || a.is::<ListObj>() || a.is::<TupleObj>()) {
            let tn = self.type_name(a);
            return self.type_err(format!(
                "can only concatenate {} (not \"{}\") to {}",
                tn,
                self.type_name(b),
                tn
            ));
        }
        if op == BinOp::Mul {
            // Reached only when no `__mul__`/`__rmul__` (or `__index__`) applied. CPython
            // tries the right operand's sq_repeat too, except for `*=` on a left operand
            // whose type has sequence methods at all (containers, instances): numbers and
            // None do not.
            let plain_left = self.num(a).is_some() || self.is_none(a) || a.is::<ComplexObj>();
            let pairs: &[(&ObjRef, &ObjRef)] = if inplace && !plain_left {
                &[(a, b)]
            } else {
                &[(a, b), (b, a)]
            };
            for &(s, k) in pairs {
                if s.is::<StrObj>() || s.is::<ListObj>() || s.is::<TupleObj>() || s.is::<BytesObj>()
                {
                    return self.type_err(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        self.type_name(k)
                    ));
                }
            }
        }
        self.binop_unsupported(a, b, op, inplace)
    }

    /// "unsupported operand type(s) for OP: 'A' and 'B'" (`**=` for an augmented power).
    fn binop_unsupported(&self, a: &ObjRef, b: &ObjRef, op: BinOp, inplace: bool) -> PyResult {
        let sym = match (op, inplace) {
            (BinOp::Pow, true) => "**=".to_string(),
            (_, true) => format!("{}=", op_symbol(op)),
            (_, false) => op_symbol(op).to_string(),
        };
        self.type_err(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            self.type_name(a),
            self.type_name(b)
        ))
    }

    fn seq_op(&self, a: &ObjRef, b: &ObjRef, op: BinOp, inplace: bool) -> PyResult<Option<ObjRef>> {
        match op {
            BinOp::Add => {
                if let (Some(x), Some(y)) = (a.downcast_ref::<StrObj>(), b.downcast_ref::<StrObj>())
                {
                    // As CPython's `PyUnicode_Concat`: an empty operand gives the other back.
                    if y.s.is_empty() {
                        return Ok(Some(a.clone()));
                    }
                    if x.s.is_empty() {
                        return Ok(Some(b.clone()));
                    }
                    let mut s = String::with_capacity(x.s.len() + y.s.len());
                    s.push_str(&x.s);
                    s.push_str(&y.s);
                    return self.new_str_counted(s, x.nchars + y.nchars).map(Some);
                }
                if let (Some(x), Some(y)) =
                    (a.downcast_ref::<ListObj>(), b.downcast_ref::<ListObj>())
                {
                    let extra = y.items.borrow().clone();
                    if inplace {
                        // list_inplace_concat is list_extend.
                        let (m, added) = (x.items.borrow().len(), extra.len());
                        x.items.borrow_mut().extend(extra);
                        x.extended(m, added, super::objects::list::ExtendHint::Exact(added));
                        return Ok(Some(a.clone()));
                    }
                    let mut v = x.items.borrow().clone();
                    v.extend(extra);
                    return self.new_list(v).map(Some);
                }
                if inplace {
                    if let Some(x) = a.downcast_ref::<ListObj>() {
                        if !b.is::<Instance>() {
                            let hint = super::methods::extend_hint(self, b)?;
                            let items = self.collect(b)?;
                            let (m, added) = (x.items.borrow().len(), items.len());
                            x.items.borrow_mut().extend(items);
                            x.extended(m, added, hint);
                            return Ok(Some(a.clone()));
                        }
                    }
                }
                if let (Some(x), Some(y)) =
                    (a.downcast_ref::<TupleObj>(), b.downcast_ref::<TupleObj>())
                {
                    let (x, y) = (tuple_items(x), tuple_items(y));
                    // tuple_concat returns the other operand when one is empty.
                    if y.is_empty() {
                        return Ok(Some(a.clone()));
                    }
                    if x.is_empty() {
                        return Ok(Some(b.clone()));
                    }
                    let both = x.iter().chain(y).cloned();
                    return self
                        .new_tuple(Counted::new(x.len() + y.len(), both))
                        .map(Some);
                }
                Ok(None)
            }
            BinOp::Mul => {
                let (seq, n) = if let Some(Num::I(n)) = self.num(b) {
                    (a, n)
                } else if let Some(Num::I(n)) = self.num(a) {
                    (b, n)
                } else {
                    if self.num(a).is_some() && self.num(b).is_some() {
                        return Ok(None);
                    }
                    // `seq * obj` with `obj.__index__`.
                    let is_seq =
                        |o: &ObjRef| o.is::<ListObj>() || o.is::<StrObj>() || o.is::<TupleObj>();
                    for (s, k) in [(a, b), (b, a)] {
                        if is_seq(s) {
                            if let Some(Num::B(_)) = self.num(k) {
                                // CPython converts the count with PyNumber_AsSsize_t(n,
                                // OverflowError), whatever its sign.
                                return self.err(
                                    "OverflowError",
                                    "cannot fit 'int' into an index-sized integer",
                                );
                            }
                        }
                    }
                    match (is_seq(a), is_seq(b)) {
                        (true, false) => match self.index_num(b)? {
                            Some(Num::I(n)) => (a, n),
                            _ => return Ok(None),
                        },
                        (false, true) => match self.index_num(a)? {
                            Some(Num::I(n)) => (b, n),
                            _ => return Ok(None),
                        },
                        _ => return Ok(None),
                    }
                };
                let n = n.max(0) as usize;
                // `s * 1 is s`, `t * 1 is t` (unicode_repeat, tuple_repeat).
                if n == 1 && (seq.is::<StrObj>() || seq.is::<TupleObj>()) {
                    return Ok(Some(seq.clone()));
                }
                if let Some(s) = seq.downcast_ref::<StrObj>() {
                    if s.nchars
                        .checked_mul(n)
                        .is_none_or(|t| t > isize::MAX as usize)
                    {
                        return self.err("OverflowError", "repeated string is too long");
                    }
                    let total = s.s.len().checked_mul(n).filter(|&t| t < (1 << 34));
                    let Some(total) = total else {
                        return Err(self.memory_error());
                    };
                    let mut out = String::new();
                    if out.try_reserve_exact(total).is_err() {
                        return Err(self.memory_error());
                    }
                    for _ in 0..n {
                        out.push_str(&s.s);
                    }
                    return self.new_str(&out).map(Some);
                }
                if let Some(t) = seq.downcast_ref::<TupleObj>() {
                    let items = tuple_items(t);
                    let total = items.len().checked_mul(n).filter(|&t| t < (1 << 32));
                    let Some(total) = total else {
                        return Err(self.memory_error());
                    };
                    let repeated = (0..n).flat_map(|_| items.iter().cloned());
                    return self.new_tuple(Counted::new(total, repeated)).map(Some);
                }
                let items: Option<Vec<ObjRef>> = seq
                    .downcast_ref::<ListObj>()
                    .map(|l| l.items.borrow().clone());
                let Some(items) = items else { return Ok(None) };
                let total = items.len().checked_mul(n).filter(|&t| t < (1 << 32));
                let Some(total) = total else {
                    return Err(self.memory_error());
                };
                let mut v = Vec::new();
                if v.try_reserve_exact(total).is_err() {
                    return Err(self.memory_error());
                }
                for _ in 0..n {
                    v.extend(items.iter().cloned());
                }
                if inplace && a.is::<ListObj>() {
                    if let Some(l) = a.downcast_ref::<ListObj>() {
                        let old = std::mem::replace(&mut *l.items.borrow_mut(), v);
                        l.resized(total);
                        // The copy taken above goes first, so `old` holds the last
                        // references (list_inplace_repeat by 0 is list_clear).
                        drop(items);
                        super::objects::list::release_reversed(old);
                        return Ok(Some(a.clone()));
                    }
                }
                self.new_list(v).map(Some)
            }
            BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor => {
                if let (Some(x), Some(y)) = (a.downcast_ref::<SetObj>(), b.downcast_ref::<SetObj>())
                {
                    return self.set_op(x, y, op).map(Some);
                }
                if op == BinOp::BitOr {
                    if let (Some(x), Some(y)) =
                        (a.downcast_ref::<DictObj>(), b.downcast_ref::<DictObj>())
                    {
                        let d = self.new_dict()?;
                        for src in [&x, &y] {
                            let items = src.pairs();
                            for (k, v) in items {
                                self.dict_set(&d, k, v)?;
                            }
                        }
                        return Ok(Some(d.into()));
                    }
                }
                Ok(None)
            }
            _ => Ok(None),
        }
    }

    fn set_op(&self, x: &SetObj, y: &SetObj, op: BinOp) -> PyResult {
        if let (Some(lx), Some(ly)) = (x.synced_layout(), y.synced_layout()) {
            return self.set_op_laid_out(x, y, &lx, &ly, op);
        }
        let xs: Vec<(i64, ObjRef)> = x
            .inner
            .borrow()
            .iter()
            .map(|e| (e.hash, e.key.clone()))
            .collect();
        let ys: Vec<(i64, ObjRef)> = y
            .inner
            .borrow()
            .iter()
            .map(|e| (e.hash, e.key.clone()))
            .collect();
        let out = self.alloc(SetObj::new(DictInner::default(), x.frozen))?;
        let add = |k: ObjRef, h: i64| self.storage_set(&out.inner, k, self.none(), h);
        match op {
            BinOp::BitOr => {
                for (h, k) in xs.into_iter().chain(ys) {
                    add(k, h)?;
                }
            }
            BinOp::BitAnd => {
                for (h, k) in xs {
                    if self.dict_find(&y.inner, &k, h)?.is_some() {
                        add(k, h)?;
                    }
                }
            }
            BinOp::Sub => {
                for (h, k) in xs {
                    if self.dict_find(&y.inner, &k, h)?.is_none() {
                        add(k, h)?;
                    }
                }
            }
            _ => {
                for (h, k) in xs {
                    if self.dict_find(&y.inner, &k, h)?.is_none() {
                        add(k, h)?;
                    }
                }
                for (h, k) in ys {
                    if self.dict_find(&x.inner, &k, h)?.is_none() {
                        add(k, h)?;
                    }
                }
            }
        }
        Ok(out.into())
    }

    /// `x | y`, `x & y`, `x - y`, `x ^ y` as CPython's set_or, set_intersection,
    /// set_difference and set_symmetric_difference build them: which operand is copied or
    /// walked (in table order), and which one's keys end up in the result, decide the
    /// result's table (`set_order.rs`) and, for `&`, which of two equal keys it holds.
    fn set_op_laid_out(
        &self,
        x: &SetObj,
        y: &SetObj,
        lx: &Layout,
        ly: &Layout,
        op: BinOp,
    ) -> PyResult {
        // Members in table order: (key, hash).
        let in_order = |s: &SetObj| -> Vec<(ObjRef, i64)> {
            let order = s.iteration_order();
            let inner = s.inner.borrow();
            order
                .iter()
                .filter_map(|&i| inner.entries[i].as_ref().map(|e| (e.key.clone(), e.hash)))
                .collect()
        };
        let out = self.alloc(SetObj::new(DictInner::default(), x.frozen))?;
        let add = |layout: &mut Layout, k: ObjRef, h: i64| -> PyResult<()> {
            if self.dict_find(&out.inner, &k, h)?.is_none() {
                layout.add(k.addr(), h);
                self.storage_set(&out.inner, k, self.none(), h)?;
            }
            Ok(())
        };
        let discard = |layout: &mut Layout, k: &ObjRef, h: i64| -> PyResult<bool> {
            let Some(i) = self.dict_find(&out.inner, k, h)? else {
                return Ok(false);
            };
            let e = out.inner.borrow_mut().remove_at(i);
            if let Some(e) = e {
                layout.remove(e.key.addr());
            }
            Ok(true)
        };
        // A copy of `s`: its members, and its table merged into an empty one.
        let copy = |s: &SetObj, l: &Layout| -> PyResult<Layout> {
            for (k, h) in in_order(s) {
                self.storage_set(&out.inner, k, self.none(), h)?;
            }
            Ok(Layout::copy_of(l))
        };
        let (xn, yn) = (x.inner.borrow().used, y.inner.borrow().used);
        let layout = match op {
            BinOp::BitOr => {
                let mut l = copy(x, lx)?;
                if l.is_empty() {
                    // set_merge into an empty set: `y`'s table, copied.
                    l = copy(y, ly)?;
                } else {
                    // set_merge into the copy: one resize up front, then `y`'s new members.
                    l.reserve_for_merge(ly.len());
                    for (k, h) in in_order(y) {
                        add(&mut l, k, h)?;
                    }
                }
                l
            }
            BinOp::BitAnd => {
                // The smaller set is walked; its keys go in.
                let (walk, other) = if yn > xn { (x, y) } else { (y, x) };
                let mut l = Layout::new();
                for (k, h) in in_order(walk) {
                    if self.dict_find(&other.inner, &k, h)?.is_some() {
                        add(&mut l, k, h)?;
                    }
                }
                l
            }
            BinOp::Sub => {
                if (xn >> 2) > yn {
                    let mut l = copy(x, lx)?;
                    for (k, h) in in_order(y) {
                        discard(&mut l, &k, h)?;
                    }
                    l.drop_dummies_if_many();
                    l
                } else {
                    let mut l = Layout::new();
                    for (k, h) in in_order(x) {
                        if self.dict_find(&y.inner, &k, h)?.is_none() {
                            add(&mut l, k, h)?;
                        }
                    }
                    l
                }
            }
            _ => {
                // A copy of `y`, then each member of `x` toggled.
                let mut l = copy(y, ly)?;
                for (k, h) in in_order(x) {
                    if !discard(&mut l, &k, h)? {
                        add(&mut l, k, h)?;
                    }
                }
                l
            }
        };
        out.set_layout(layout);
        Ok(out.into())
    }

    /// Arithmetic on numbers.
    pub fn num_op(&self, x: Num, y: Num, op: BinOp) -> PyResult {
        match (x, y) {
            (Num::F(a), b) => self.float_op(a, self.int_as_f64(&b)?, op),
            (a, Num::F(b)) => self.float_op(self.int_as_f64(&a)?, b, op),
            (Num::I(a), Num::I(b)) => self.int_op_small(a, b, op),
            (a, b) => self.int_op_big(into_big(a), into_big(b), op),
        }
    }

    /// An int operand of float arithmetic as a float (OverflowError past the float range).
    fn int_as_f64(&self, n: &Num) -> PyResult<f64> {
        let f = num_to_f64(n);
        if f.is_infinite() && !matches!(n, Num::F(_)) {
            return self.err("OverflowError", "int too large to convert to float");
        }
        Ok(f)
    }

    fn float_op(&self, a: f64, b: f64, op: BinOp) -> PyResult {
        let r = match op {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mul => a * b,
            BinOp::Div => {
                if b == 0.0 {
                    return self.err("ZeroDivisionError", "float division by zero");
                }
                a / b
            }
            BinOp::FloorDiv => {
                if b == 0.0 {
                    return self.err("ZeroDivisionError", "float floor division by zero");
                }
                float_floor_div(a, b)
            }
            BinOp::Mod => {
                if b == 0.0 {
                    return self.err("ZeroDivisionError", "float modulo");
                }
                let m = a % b;
                if m == 0.0 {
                    // float_rem: a zero remainder takes the divisor's sign.
                    0.0f64.copysign(b)
                } else if (m < 0.0) != (b < 0.0) {
                    m + b
                } else {
                    m
                }
            }
            BinOp::Pow if a.is_infinite() && b != 0.0 && !b.is_nan() => {
                // float_pow: (±inf)**w is inf for w > 0, 0 for w < 0, signed when w is an
                // odd integer (before the negative-base-fractional-power check).
                let odd = b.fract() == 0.0 && (b % 2.0).abs() == 1.0;
                if b > 0.0 {
                    if odd {
                        a
                    } else {
                        a.abs()
                    }
                } else if odd {
                    0.0f64.copysign(a)
                } else {
                    0.0
                }
            }
            BinOp::Pow => {
                if a < 0.0 && b != b.floor() && !b.is_nan() {
                    // A negative number to a fractional power is complex (float_pow; a NaN
                    // exponent gives NaN first).
                    return self
                        .complex_power(super::complex::C::real(a), super::complex::C::real(b));
                }
                if a == 0.0 && b < 0.0 {
                    return self.err(
                        "ZeroDivisionError",
                        "0.0 cannot be raised to a negative power",
                    );
                }
                let r = a.powf(b);
                if r.is_infinite() && a.is_finite() && b.is_finite() {
                    return self.err("OverflowError", "(34, 'Numerical result out of range')");
                }
                r
            }
            _ => {
                return self.type_err(format!(
                    "unsupported operand type(s) for {}: 'float' and 'float'",
                    op_symbol(op)
                ))
            }
        };
        self.new_float(r)
    }

    fn int_op_small(&self, a: i64, b: i64, op: BinOp) -> PyResult {
        let r = match op {
            BinOp::Add => a.checked_add(b),
            BinOp::Sub => a.checked_sub(b),
            BinOp::Mul => a.checked_mul(b),
            BinOp::Div => {
                if b == 0 {
                    return self.err("ZeroDivisionError", "division by zero");
                }
                if a.unsigned_abs() <= 1 << 53 && b.unsigned_abs() <= 1 << 53 {
                    return self.new_float(a as f64 / b as f64);
                }
                return self.int_true_div(&BigInt::from(a), &BigInt::from(b));
            }
            BinOp::FloorDiv => {
                if b == 0 {
                    return self.err("ZeroDivisionError", "integer division or modulo by zero");
                }
                a.checked_div_euclid(b).map(|_| Integer::div_floor(&a, &b))
            }
            BinOp::Mod => {
                if b == 0 {
                    return self.err("ZeroDivisionError", "integer modulo by zero");
                }
                a.checked_rem(b).map(|_| Integer::mod_floor(&a, &b))
            }
            BinOp::Pow => {
                if b < 0 {
                    if a == 0 {
                        return self.err(
                            "ZeroDivisionError",
                            "0.0 cannot be raised to a negative power",
                        );
                    }
                    return self.new_float((a as f64).powf(b as f64));
                }
                if b > u32::MAX as i64 {
                    None
                } else {
                    a.checked_pow(b as u32)
                }
            }
            BinOp::LShift => {
                if b < 0 {
                    return self.value_err("negative shift count");
                }
                if b < 63 && a.unsigned_abs() < (1u64 << (63 - b)) {
                    Some(a << b)
                } else {
                    None
                }
            }
            BinOp::RShift => {
                if b < 0 {
                    return self.value_err("negative shift count");
                }
                Some(if b >= 64 {
                    if a < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    a >> b
                })
            }
            BinOp::BitAnd => Some(a & b),
            BinOp::BitOr => Some(a | b),
            BinOp::BitXor => Some(a ^ b),
            BinOp::MatMul => {
                return self.type_err("unsupported operand type(s) for @: 'int' and 'int'");
            }
        };
        match r {
            Some(r) => self.new_int(r),
            None => self.int_op_big(BigInt::from(a), BigInt::from(b), op),
        }
    }

    /// `a / b` for ints, correctly rounded as CPython's long_true_divide (no detour through
    /// two rounded floats: `10**400 / 10**399` is 10.0); a quotient beyond the float range
    /// is an OverflowError. `b` is not zero.
    fn int_true_div(&self, a: &BigInt, b: &BigInt) -> PyResult {
        match int_true_div(a, b) {
            Some(f) => self.new_float(f),
            None => self.err(
                "OverflowError",
                "integer division result too large for a float",
            ),
        }
    }

    fn int_op_big(&self, a: BigInt, b: BigInt, op: BinOp) -> PyResult {
        let r = match op {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mul => a * b,
            BinOp::Div => {
                if b.is_zero() {
                    return self.err("ZeroDivisionError", "division by zero");
                }
                return self.int_true_div(&a, &b);
            }
            BinOp::FloorDiv => {
                if b.is_zero() {
                    return self.err("ZeroDivisionError", "integer division or modulo by zero");
                }
                a.div_floor(&b)
            }
            BinOp::Mod => {
                if b.is_zero() {
                    return self.err("ZeroDivisionError", "integer modulo by zero");
                }
                a.mod_floor(&b)
            }
            BinOp::Pow => {
                if b.is_negative() {
                    return self.new_float(
                        a.to_f64()
                            .unwrap_or(f64::INFINITY)
                            .powf(b.to_f64().unwrap_or(f64::INFINITY)),
                    );
                }
                let e = b.to_u32().unwrap_or(u32::MAX);
                if a.bits() as u128 * e as u128 > 1 << 28 {
                    return Err(self.memory_error());
                }
                num_traits::pow(a, e as usize)
            }
            BinOp::LShift | BinOp::RShift if b.is_negative() => {
                return self.value_err("negative shift count")
            }
            // Zero shifts to zero however far (`0 << 10**100`).
            BinOp::LShift if a.is_zero() => a,
            BinOp::LShift => {
                let s = b.to_u32().unwrap_or(u32::MAX);
                if s as u64 + a.bits() > 1 << 28 {
                    return Err(self.memory_error());
                }
                a << s
            }
            BinOp::RShift => a >> b.to_u32().unwrap_or(u32::MAX),
            BinOp::BitAnd => a & b,
            BinOp::BitOr => a | b,
            BinOp::BitXor => a ^ b,
            BinOp::MatMul => {
                return self.type_err("unsupported operand type(s) for @: 'int' and 'int'")
            }
        };
        self.new_bigint(r)
    }

    /// Unary `-`, `+`, `~`.
    pub fn unary(&self, o: &ObjRef, which: char) -> PyResult {
        if let Some(c) = o.downcast_ref::<ComplexObj>() {
            match which {
                '+' => return Ok(o.clone()),
                '-' => {
                    return self.new_complex(super::complex::C {
                        re: -c.re,
                        im: -c.im,
                    })
                }
                _ => {}
            }
        }
        match self.num(o) {
            Some(Num::I(i)) => match which {
                '-' => match i.checked_neg() {
                    Some(r) => self.new_int(r),
                    None => self.new_bigint(-BigInt::from(i)),
                },
                '+' => self.new_int(i),
                _ => self.new_int(!i),
            },
            Some(Num::B(b)) => match which {
                '-' => self.new_bigint(-b),
                '+' => self.new_bigint(b),
                _ => self.new_bigint(-b - 1),
            },
            Some(Num::F(f)) if which != '~' => self.new_float(if which == '-' { -f } else { f }),
            _ => {
                let name = match which {
                    '-' => "__neg__",
                    '+' => "__pos__",
                    _ => "__invert__",
                };
                if let Some(inst) = o.downcast_ref::<Instance>() {
                    if inst.class().has(BUILTIN_BASE) {
                        if let Some(r) = self.subclass_unary(inst, name, which)? {
                            return Ok(r);
                        }
                    }
                    if let Some(f) = self.lookup_type_attr(&inst.class(), name)? {
                        return self.call(&f, std::slice::from_ref(o), None);
                    }
                }
                self.type_err(format!(
                    "bad operand type for unary {}: '{}'",
                    which,
                    self.type_name(o)
                ))
            }
        }
    }

    // ---- subscripting -----------------------------------------------------------------

    /// Normalise an index for a sequence of length `n`.
    pub fn seq_index(&self, i: &ObjRef, n: usize, what: &str) -> PyResult<usize> {
        if let Some(j) = small_index(i, n) {
            return Ok(j);
        }
        let idx = match self.index_num(i)? {
            Some(Num::I(v)) => v,
            Some(Num::B(_)) => {
                // CPython names the index's own type (an `__index__` class, an int subclass).
                return self.err(
                    "IndexError",
                    format!(
                        "cannot fit '{}' into an index-sized integer",
                        self.type_name(i)
                    ),
                );
            }
            // str words it differently (CPython 3.12).
            _ if what == "string" => {
                return self.type_err(format!(
                    "string indices must be integers, not '{}'",
                    self.type_name(i)
                ));
            }
            _ => {
                return self.type_err(format!(
                    "{} indices must be integers or slices, not {}",
                    what,
                    self.type_name(i)
                ));
            }
        };
        // In i128: a range can be longer than i64::MAX.
        let (idx, n) = (i128::from(idx), n as i128);
        let j = if idx < 0 { idx + n } else { idx };
        if j < 0 || j >= n {
            return self.err("IndexError", format!("{what} index out of range"));
        }
        Ok(j as usize)
    }

    /// Resolve a slice against length `n`: (start, stop, step).
    pub fn slice_indices(&self, s: &SliceObj, n: usize) -> PyResult<(i64, i64, i64)> {
        let (start, stop, step) = self.slice_indices_wide(s, n as i128)?;
        // Bounds lie in [-1, n]; only a length past i64::MAX (a range) needs the clamp.
        let narrow = |v: i128| v.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64;
        Ok((narrow(start), narrow(stop), narrow(step)))
    }

    /// CPython's `PySlice_Unpack` + `PySlice_AdjustIndices` for a sequence of length `n`,
    /// in i128 (a range can be longer than i64::MAX). An int too big for a machine word
    /// stands as ±2**100, past any length, so it clamps like CPython's.
    fn slice_indices_wide(&self, s: &SliceObj, n: i128) -> PyResult<(i128, i128, i128)> {
        let get = |o: &ObjRef| -> PyResult<Option<i128>> {
            if self.is_none(o) {
                return Ok(None);
            }
            match self.index_num(o)? {
                Some(Num::I(i)) => Ok(Some(i128::from(i))),
                Some(Num::B(b)) => Ok(Some(if b.is_negative() {
                    -(1 << 100)
                } else {
                    1 << 100
                })),
                _ => self
                    .type_err("slice indices must be integers or None or have an __index__ method"),
            }
        };
        let step = get(&s.step)?.unwrap_or(1);
        if step == 0 {
            return self.value_err("slice step cannot be zero");
        }
        let adjust = |v: Option<i128>, default: i128| match v {
            None => default,
            Some(v) => {
                let v = if v < 0 { v + n } else { v };
                if step > 0 {
                    v.clamp(0, n)
                } else {
                    v.clamp(-1, n - 1)
                }
            }
        };
        let (ds, de) = if step > 0 { (0, n) } else { (n - 1, -1) };
        Ok((adjust(get(&s.start)?, ds), adjust(get(&s.stop)?, de), step))
    }

    /// `r[s]` for a range: CPython's `compute_slice` in i128, since a range's length can
    /// exceed i64::MAX. Bounds that fall past an end of the i64 range (CPython keeps them
    /// as big ints) are clamped, which selects the same items.
    fn range_slice(&self, r: &RangeObj, s: &SliceObj) -> PyResult {
        let (start, stop, step) = self.slice_indices_wide(s, r.len() as i128)?;
        let at = |k: i128| {
            (i128::from(r.start) + k * i128::from(r.step))
                .clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64
        };
        let step = i128::from(r.step).checked_mul(step).map(i64::try_from);
        let Some(Ok(step)) = step else {
            return self.err("OverflowError", "range step too large for pymem");
        };
        self.alloc_obj(RangeObj {
            start: at(start),
            stop: at(stop),
            step,
        })
    }

    pub(crate) fn slice_positions(&self, s: &SliceObj, n: usize) -> PyResult<Vec<usize>> {
        let (start, stop, step) = self.slice_indices(s, n)?;
        Ok(Self::positions(start, stop, step))
    }

    /// The indices a slice's adjusted `(start, stop, step)` selects.
    fn positions(start: i64, stop: i64, step: i64) -> Vec<usize> {
        let mut out = Vec::new();
        let mut i = start;
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            out.push(i as usize);
            // A step near i64::MAX (`x[1::sys.maxsize]`) must end the walk, not wrap.
            match i.checked_add(step) {
                Some(next) => i = next,
                None => break,
            }
        }
        out
    }

    /// The items of `items[start:stop:step]` (adjusted bounds), cloned: a contiguous copy
    /// for step 1, else a walk, with no list of positions built first.
    fn slice_items(items: &[ObjRef], start: i64, stop: i64, step: i64) -> Vec<ObjRef> {
        if step == 1 {
            return match items.get(start as usize..stop.max(start) as usize) {
                Some(run) => run.to_vec(),
                None => Vec::new(),
            };
        }
        // In i128: a step near i64::MAX (`x[1::sys.maxsize]`) must not wrap.
        let (start, stop, step) = (i128::from(start), i128::from(stop), i128::from(step));
        let count = if step > 0 {
            (stop - start + step - 1).max(0) / step
        } else {
            (start - stop - step - 1).max(0) / -step
        };
        (0..count)
            .filter_map(|k| items.get(usize::try_from(start + k * step).ok()?).cloned())
            .collect()
    }

    /// `o[key]`.
    pub fn getitem(&self, o: &ObjRef, key: &ObjRef) -> PyResult {
        if let Some(l) = o.downcast_ref::<ListObj>() {
            if let Some(s) = key.downcast_ref::<SliceObj>() {
                let items = l.items.borrow();
                let (start, stop, step) = self.slice_indices(s, items.len())?;
                let v = Self::slice_items(&items, start, stop, step);
                drop(items);
                return self.new_list(v);
            }
            let items = l.items.borrow();
            let i = self.seq_index(key, items.len(), "list")?;
            return Ok(items[i].clone());
        }
        if let Some(d) = o.downcast_ref::<DictObj>() {
            if let Some(v) = self.dict_get(d, key)? {
                return Ok(v);
            }
            return Err(self.new_exception(&self.exc_type("KeyError"), vec![key.clone()]));
        }
        if let Some(t) = o.downcast_ref::<TupleObj>() {
            if let Some(s) = key.downcast_ref::<SliceObj>() {
                let items = tuple_items(t);
                let (start, stop, step) = self.slice_indices(s, items.len())?;
                // `t[:] is t` (tuple_subscript; a subclass's base value is copied by its
                // hook, `subclass::unshared`).
                if start == 0 && step == 1 && stop as usize == items.len() {
                    return Ok(o.clone());
                }
                return self.new_tuple(Self::slice_items(items, start, stop, step));
            }
            let i = self.seq_index(key, tuple_items(t).len(), "tuple")?;
            return Ok(tuple_items(t)[i].clone());
        }
        if let Some(st) = o.downcast_ref::<StrObj>() {
            if let Some(s) = key.downcast_ref::<SliceObj>() {
                let (start, stop, step) = self.slice_indices(s, st.nchars)?;
                // `s[:] is s` (unicode_subscript).
                if start == 0 && step == 1 && stop as usize == st.nchars {
                    return Ok(o.clone());
                }
                if step == 1 {
                    // A contiguous run is a substring between two byte offsets (no char vector).
                    let (a, b) = (start.max(0) as usize, stop.max(start).max(0) as usize);
                    return self.new_str(&st.s[st.byte_offset(a)..st.byte_offset(b)]);
                }
                let chars: Vec<char> = st.s.chars().collect();
                let pos = Self::positions(start, stop, step);
                let out: String = pos.into_iter().map(|i| chars[i]).collect();
                return self.new_str(&out);
            }
            let i = self.seq_index(key, st.nchars, "string")?;
            let c = st.char_at(i).unwrap_or(' ');
            let mut buf = [0u8; 4];
            return self.intern_char(c.encode_utf8(&mut buf));
        }
        if let Some(b) = o.downcast::<BytesObj>() {
            return bytes_methods::getitem(self, o, &b, key);
        }
        if let Some(mv) = o.downcast_ref::<MemoryView>() {
            return memoryview::getitem(self, mv, key);
        }
        if let Some(r) = o.downcast::<RangeObj>() {
            if let Some(s) = key.downcast::<SliceObj>() {
                return self.range_slice(&r, &s);
            }
            // range_subscript works in Python ints: any int is in or out of range, and
            // its TypeError says "range indices".
            match self.index_num(key)? {
                Some(Num::B(_)) => {
                    return self.err("IndexError", "range object index out of range")
                }
                Some(_) => {}
                None => {
                    return self.type_err(format!(
                        "range indices must be integers or slices, not {}",
                        self.type_name(key)
                    ))
                }
            }
            let i = self.seq_index(key, r.len(), "range object")?;
            return self.new_int(r.nth(i));
        }
        if let Some(inst) = o.downcast_ref::<Instance>() {
            if inst.class().has(BUILTIN_BASE) {
                if let Some(v) = self.subclass_getitem(o, inst, key)? {
                    return Ok(v);
                }
            }
            if let Some(f) = self.lookup_type_attr(&inst.class(), "__getitem__")? {
                return self.call(&f, &[o.clone(), key.clone()], None);
            }
        }
        if let Some(t) = o.downcast_ref::<TypeObj>() {
            // The metaclass's `__getitem__` comes before `__class_getitem__`.
            if let Some(f) = self.meta_method(o, "__getitem__")? {
                return self.call(&f, &[o.clone(), key.clone()], None);
            }
            return self.class_getitem(o, t, key);
        }
        self.type_err(format!(
            "'{}' object is not subscriptable",
            self.type_name(o)
        ))
    }

    fn intern_char(&self, s: &str) -> PyResult {
        if s.len() == 1 {
            self.intern(s)
        } else {
            self.new_str(s)
        }
    }

    /// `o[key] = value`.
    pub fn setitem(&self, o: &ObjRef, key: &ObjRef, value: ObjRef) -> PyResult<()> {
        // The common case first: a list and an in-range int.
        let value = match o.downcast_ref::<ListObj>() {
            Some(l) => match list_store_fast(l, key, value) {
                Ok(old) => {
                    drop(old);
                    return Ok(());
                }
                Err(value) => value,
            },
            None => value,
        };
        if let Some(b) = o.downcast::<BytesObj>() {
            return bytes_methods::setitem(self, &b, key, &value);
        }
        if let Some(mv) = o.downcast_ref::<MemoryView>() {
            return memoryview::setitem(self, mv, key, &value);
        }
        if let Some(l) = o.downcast::<ListObj>() {
            if let Some(s) = key.downcast::<SliceObj>() {
                let n = l.items.borrow().len();
                let (start, stop, step) = self.slice_indices(&s, n)?;
                // PySequence_Fast: a list or tuple gives its items as they are (a copy, so
                // `a[:] = a` reads them before any change); a TypeError from `iter()` gets
                // the slice store's words.
                let mut value = value;
                let fast = if let Some(v) = value.downcast_mut::<ListObj>() {
                    // A list only this call holds (`a[:k] = a[k::-1]`'s temporary): its
                    // items move over, as nobody can see that list again.
                    Some(std::mem::take(v.items.get_mut()))
                } else {
                    match value.downcast_ref::<ListObj>() {
                        Some(v) => Some(v.items.borrow().clone()),
                        None => value
                            .downcast_ref::<TupleObj>()
                            .map(|t| tuple_items(t).to_vec()),
                    }
                };
                let new = match fast {
                    Some(items) => items,
                    None => match self.get_iter(&value) {
                        Ok(it) => self.collect(&it)?,
                        Err(e) if self.exc_matches(&e, "TypeError") => {
                            return self.type_err(if step == 1 {
                                "can only assign an iterable"
                            } else {
                                "must assign iterable to extended slice"
                            })
                        }
                        Err(e) => return Err(e),
                    },
                };
                // The items may have changed length while the value was iterated.
                let n2 = l.items.borrow().len();
                let (start, stop, step) = if n2 == n {
                    (start, stop, step)
                } else {
                    self.slice_indices(&s, n2)?
                };
                let n = n2;
                if step == 1 {
                    let stop = stop.max(start);
                    if (stop - start) as usize == new.len() {
                        // As many items as it replaces (a reversal in place): swapped, so
                        // `new` carries the old items out, with no allocation.
                        let mut new = new;
                        l.items.borrow_mut()[start as usize..stop as usize]
                            .swap_with_slice(&mut new);
                        super::objects::list::release_reversed(new);
                        return Ok(());
                    }
                    let old: Vec<ObjRef> = l
                        .items
                        .borrow_mut()
                        .splice(start as usize..stop as usize, new)
                        .collect();
                    super::objects::list::release_reversed(old);
                    let n = l.items.borrow().len();
                    l.resized(n);
                    return Ok(());
                }
                let pos = self.slice_positions(&s, n)?;
                if pos.len() != new.len() {
                    return self.value_err(format!(
                        "attempt to assign sequence of size {} to extended slice of size {}",
                        new.len(),
                        pos.len()
                    ));
                }
                let mut old = Vec::new();
                {
                    let mut items = l.items.borrow_mut();
                    for (p, v) in pos.into_iter().zip(new) {
                        old.push(std::mem::replace(&mut items[p], v));
                    }
                }
                drop(old);
                return Ok(());
            }
            let old = {
                let mut items = l.items.borrow_mut();
                let n = items.len();
                let i = match self.seq_index(key, n, "list") {
                    Ok(i) => i,
                    Err(e) => {
                        drop(items);
                        // An int too big for an index keeps seq_index's own IndexError.
                        let huge = matches!(self.index_num(key), Ok(Some(Num::B(_))));
                        let msg = if !huge && self.exc_matches(&e, "IndexError") {
                            return self.err("IndexError", "list assignment index out of range");
                        } else {
                            e
                        };
                        return Err(msg);
                    }
                };
                std::mem::replace(&mut items[i], value)
            };
            drop(old);
            return Ok(());
        }
        if let Some(d) = o.downcast_ref::<DictObj>() {
            return self.dict_set(d, key.clone(), value);
        }
        let value = match o.downcast_ref::<Instance>() {
            Some(inst) if inst.class().has(BUILTIN_BASE) => {
                match self.subclass_setitem(inst, key, value)? {
                    Some(v) => v,
                    None => return Ok(()),
                }
            }
            _ => value,
        };
        if let Some(inst) = o.downcast_ref::<Instance>() {
            if let Some(f) = self.lookup_type_attr(&inst.class(), "__setitem__")? {
                self.call(&f, &[o.clone(), key.clone(), value], None)?;
                return Ok(());
            }
            // The slot `__delitem__` gives a class serves assignment too (see `delitem`).
            if self
                .lookup_type_attr(&inst.class(), "__delitem__")?
                .is_some()
            {
                return Err(self.exc_msg("AttributeError", "__setitem__"));
            }
        }
        if let Some(f) = self.meta_method(o, "__setitem__")? {
            self.call(&f, &[o.clone(), key.clone(), value], None)?;
            return Ok(());
        }
        if self.meta_method(o, "__delitem__")?.is_some() {
            return Err(self.exc_msg("AttributeError", "__setitem__"));
        }
        self.type_err(format!(
            "'{}' object does not support item assignment",
            self.type_name(o)
        ))
    }

    /// `del o[key]`.
    pub fn delitem(&self, o: &ObjRef, key: &ObjRef) -> PyResult<()> {
        if let Some(mv) = o.downcast_ref::<MemoryView>() {
            return memoryview::delitem(self, mv);
        }
        if let Some(l) = o.downcast_ref::<ListObj>() {
            if let Some(s) = key.downcast_ref::<SliceObj>() {
                let n = l.items.borrow().len();
                let step1 = self.slice_indices(s, n)?.2 == 1;
                let mut pos = self.slice_positions(s, n)?;
                pos.sort_unstable();
                let mut removed = Vec::new();
                {
                    let mut items = l.items.borrow_mut();
                    let contiguous = pos.windows(2).all(|w| w[1] == w[0] + 1);
                    match (pos.first(), pos.last()) {
                        // One shift of the tail for `del l[a:b]`, not one per item.
                        (Some(&a), Some(&b)) if contiguous => removed.extend(items.drain(a..=b)),
                        _ => {
                            for p in pos.into_iter().rev() {
                                removed.push(items.remove(p));
                            }
                            removed.reverse();
                        }
                    }
                }
                // `del l[a:b]` releases last to first (list_ass_slice); an extended slice
                // releases in index order (list_ass_subscript).
                if step1 {
                    super::objects::list::release_reversed(removed);
                } else {
                    drop(removed);
                }
                let n = l.items.borrow().len();
                l.resized(n);
                return Ok(());
            }
            let n = l.items.borrow().len();
            let i = self.seq_index(key, n, "list").map_err(|e| {
                if self.exc_matches(&e, "IndexError") {
                    self.exc_msg("IndexError", "list assignment index out of range")
                } else {
                    e
                }
            })?;
            let old = l.items.borrow_mut().remove(i);
            drop(old);
            l.resized(n - 1);
            return Ok(());
        }
        if let Some(d) = o.downcast_ref::<DictObj>() {
            return match self.dict_del(&d.0, key)? {
                Some(_) => Ok(()),
                None => Err(self.new_exception(&self.exc_type("KeyError"), vec![key.clone()])),
            };
        }
        if let Some(inst) = o.downcast_ref::<Instance>() {
            // A subclass of a type without item deletion fails under its own name.
            if inst.class().has(BUILTIN_BASE)
                && self.base_deletes_items(inst)
                && self.subclass_delitem(inst, key)?
            {
                return Ok(());
            }
            if let Some(f) = self.lookup_type_attr(&inst.class(), "__delitem__")? {
                self.call(&f, &[o.clone(), key.clone()], None)?;
                return Ok(());
            }
            // CPython's one slot serves both: a class with only `__setitem__` has it, and
            // deleting through it finds no `__delitem__`.
            if self
                .lookup_type_attr(&inst.class(), "__setitem__")?
                .is_some()
            {
                return Err(self.exc_msg("AttributeError", "__delitem__"));
            }
        }
        if let Some(b) = o.downcast::<BytesObj>().filter(|b| b.mutable) {
            return bytes_methods::delitem(self, &b, key);
        }
        if let Some(f) = self.meta_method(o, "__delitem__")? {
            self.call(&f, &[o.clone(), key.clone()], None)?;
            return Ok(());
        }
        if self.meta_method(o, "__setitem__")?.is_some() {
            return Err(self.exc_msg("AttributeError", "__delitem__"));
        }
        self.no_item_deletion(o, key)
    }

    // ---- iteration --------------------------------------------------------------------

    /// `iter(o)`.
    pub fn get_iter(&self, o: &ObjRef) -> PyResult {
        let kind =
            if o.is::<ListObj>() || o.is::<TupleObj>() || o.is::<StrObj>() || o.is::<BytesObj>() {
                IterKind::Seq {
                    seq: o.clone(),
                    idx: 0,
                }
            } else if let Some(r) = o.downcast::<RangeObj>() {
                IterKind::Range {
                    cur: r.start,
                    step: r.step,
                    left: r.len() as u64,
                }
            } else if let Some(d) = o.downcast::<DictObj>() {
                let inner = d.0.borrow();
                IterKind::Dict {
                    d: o.clone(),
                    idx: 0,
                    what: 0,
                    version: inner.version,
                    len: inner.used,
                    result: None,
                }
            } else if let Some(s) = o.downcast::<SetObj>() {
                IterKind::Set {
                    set: o.clone(),
                    order: s.iteration_order(),
                    pos: 0,
                    len: s.inner.borrow().used,
                }
            } else if let Some(v) = o.downcast::<DictView>() {
                let d =
                    v.d.downcast::<DictObj>()
                        .ok_or_else(|| self.exc_msg("TypeError", "bad view"))?;
                let result = if v.what == 2 {
                    Some(super::result_tuple::initial(self, 2)?)
                } else {
                    None
                };
                let inner = d.0.borrow();
                IterKind::Dict {
                    d: v.d.clone(),
                    idx: 0,
                    what: v.what,
                    version: inner.version,
                    len: inner.used,
                    result,
                }
            } else if let Some(mv) = o.downcast_ref::<MemoryView>() {
                memoryview::check_iterable(self, mv)?;
                IterKind::Seq {
                    seq: o.clone(),
                    idx: 0,
                }
            } else if o.is::<IterObj>()
                || o.is::<GenObj>()
                || o.is::<CoroWrapper>()
                || o.is::<AsyncGenStep>()
            {
                return Ok(o.clone());
            } else if let Some(inst) = o.downcast::<Instance>() {
                if inst.class().has(BUILTIN_BASE) {
                    if let Some(it) = self.subclass_iter(&inst)? {
                        return Ok(it);
                    }
                }
                if let Some(f) = self.lookup_type_attr(&inst.class(), "__iter__")? {
                    if self.is_none(&f) {
                        let n = self.class_message_name(&inst.class());
                        return self.type_err(format!("'{n}' object is not iterable"));
                    }
                    let it = self.call(&f, std::slice::from_ref(o), None)?;
                    let is_iterator = it.is::<IterObj>()
                        || it.is::<GenObj>()
                        || match it.downcast::<Instance>() {
                            Some(i) => self.lookup_type_attr(&i.class(), "__next__")?.is_some(),
                            None => false,
                        };
                    if !is_iterator {
                        return self.type_err(format!(
                            "iter() returned non-iterator of type '{}'",
                            self.type_name(&it)
                        ));
                    }
                    return Ok(it);
                }
                if self
                    .lookup_type_attr(&inst.class(), "__getitem__")?
                    .is_some()
                {
                    // CPython's sequence iterator: one `__getitem__` call per `next()`,
                    // lazily (the sequence may be endless or have side effects).
                    return self.alloc_obj(IterObj(RefCell::new(IterKind::Seq {
                        seq: o.clone(),
                        idx: 0,
                    })));
                }
                return self.type_err(format!(
                    "'{}' object is not iterable",
                    self.class_message_name(&inst.class())
                ));
            } else {
                if let Some(it) = self.meta_iter(o)? {
                    return Ok(it);
                }
                return self.type_err(format!("'{}' object is not iterable", self.type_name(o)));
            };
        self.alloc_obj(IterObj(RefCell::new(kind)))
    }

    /// A dict items iterator's `(key, value)`: its result tuple refilled when nobody else
    /// holds it (`result_tuple`), else a new tuple.
    fn dict_item(&self, it: &IterObj, key: ObjRef, value: ObjRef) -> PyResult {
        super::result_tuple::step(
            self,
            it,
            |k| match k {
                IterKind::Dict { result, .. } => result.as_mut(),
                _ => None,
            },
            [key, value],
        )
    }

    /// `enumerate`'s result for the item `v` its iterator gave: the count is read and
    /// advanced only now, as CPython's `enum_next` does (an iterator that raises leaves it),
    /// and the result tuple is refilled when nobody else holds it (`result_tuple`).
    fn enumerate_step(&self, it: &IterObj, v: ObjRef) -> PyResult {
        let i = match &mut *it.0.borrow_mut() {
            IterKind::Enumerate { n, .. } => {
                let i = *n;
                *n += 1;
                i
            }
            _ => 0,
        };
        // No borrow while allocating: a collection may run finalizers.
        let i = match i64::try_from(i) {
            Ok(i) => self.new_int(i)?,
            Err(_) => self.new_bigint(num_bigint::BigInt::from(i))?,
        };
        super::result_tuple::step(
            self,
            it,
            |k| match k {
                IterKind::Enumerate { result, .. } => Some(result),
                _ => None,
            },
            [i, v],
        )
    }

    /// The next tuple of the zip iterator `it` over `n` iterators. Each step takes its own
    /// reference to one iterator (an item's `__next__` may run code that clears the zip);
    /// up to four items are gathered on the stack: no allocation but the tuple.
    fn zip_next(&self, it: &IterObj, n: usize, strict: bool) -> PyResult<Option<ObjRef>> {
        let nth = |j: usize| match &*it.0.borrow() {
            IterKind::Zip { its, .. } => its.get(j).cloned(),
            _ => None,
        };
        let mut small: [Option<ObjRef>; 4] = Default::default();
        let fits = n <= small.len();
        let mut big = Vec::new();
        for j in 0..n {
            let Some(i) = nth(j) else {
                return Ok(None);
            };
            let v = match self.next(&i)? {
                Some(v) => v,
                None if strict => {
                    let its = match &*it.0.borrow() {
                        IterKind::Zip { its, .. } => its.clone(),
                        _ => Vec::new(),
                    };
                    return self.zip_strict_end(&its, j);
                }
                None => return Ok(None),
            };
            match small.get_mut(j) {
                Some(slot) if fits => *slot = Some(v),
                _ => big.push(v),
            }
        }
        if n == 0 {
            return Ok(None);
        }
        if n == 2 {
            // The common `zip(a, b)`: refill the result tuple when nobody else holds it.
            let none = self.none();
            let [a, b, ..] = &mut small;
            let pair = [
                a.take().unwrap_or_else(|| none.clone()),
                b.take().unwrap_or(none),
            ];
            return super::result_tuple::step(
                self,
                it,
                |k| match k {
                    IterKind::Zip { result, .. } => Some(result),
                    _ => None,
                },
                pair,
            )
            .map(Some);
        }
        if fits {
            let none = self.none();
            return self
                .new_tuple((0..n).map(|j| small[j].take().unwrap_or_else(|| none.clone())))
                .map(Some);
        }
        self.new_tuple(big).map(Some)
    }

    /// `zip(strict=True)` found argument `n` exhausted: fine if every argument ends here,
    /// else CPython's `ValueError`.
    fn zip_strict_end(&self, its: &[ObjRef], n: usize) -> PyResult<Option<ObjRef>> {
        let plural = |k: usize| {
            if k == 1 {
                "argument 1".to_string()
            } else {
                format!("arguments 1-{k}")
            }
        };
        if n > 0 {
            return self.value_err(format!(
                "zip() argument {} is shorter than {}",
                n + 1,
                plural(n)
            ));
        }
        for (j, i) in its.iter().enumerate().skip(1) {
            if self.next(i)?.is_some() {
                return self.value_err(format!(
                    "zip() argument {} is longer than {}",
                    j + 1,
                    plural(j)
                ));
            }
        }
        Ok(None)
    }

    /// `next(it)`: `None` when exhausted.
    pub fn next(&self, it: &ObjRef) -> PyResult<Option<ObjRef>> {
        if let Some(i) = it.downcast_ref::<IterObj>() {
            return self.iter_next(i);
        }
        if let Some(g) = it.downcast_ref::<GenObj>() {
            return self.gen_next(g);
        }
        if let Some(step) = self.await_iter_step(it, &self.none()) {
            return match step? {
                super::call::GenStep::Yielded(v) => Ok(Some(v)),
                super::call::GenStep::Returned(_) => Ok(None),
            };
        }
        if let Some(inst) = it.downcast_ref::<Instance>() {
            if let Some(f) = self.lookup_type_attr(&inst.class(), "__next__")? {
                return match self.call(&f, std::slice::from_ref(it), None) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.exc_matches(&e, "StopIteration") => Ok(None),
                    Err(e) => Err(e),
                };
            }
        }
        self.type_err(format!(
            "'{}' object is not an iterator",
            self.type_name(it)
        ))
    }

    /// `next(it)` for the iterators `for` loops mostly run, a range's, a list's or a tuple's, without
    /// the general dispatch of [`Vm::next`] (a call, and a chain of type tests before the
    /// iterator kind). None sends everything else there, an exhausted list iterator too (it
    /// must let go of its list).
    #[inline(always)]
    pub(crate) fn next_fast(&self, it: &ObjRef) -> Option<PyResult<Option<ObjRef>>> {
        let i = it.downcast_ref::<IterObj>()?;
        let mut k = i.0.try_borrow_mut().ok()?;
        match &mut *k {
            IterKind::Range { cur, step, left } => {
                let Some(v) = range_step(cur, *step, left) else {
                    return Some(Ok(None));
                };
                drop(k);
                Some(self.new_int(v).map(Some))
            }
            IterKind::Seq { seq, idx } => {
                let (v, name) = match seq.downcast_ref::<ListObj>() {
                    Some(l) => (
                        l.items.try_borrow().ok()?.get(*idx).cloned(),
                        "list_iterator",
                    ),
                    None => (
                        tuple_items(seq.downcast_ref::<TupleObj>()?)
                            .get(*idx)
                            .cloned(),
                        "tuple_iterator",
                    ),
                };
                if let Some(v) = v {
                    *idx += 1;
                    return Some(Ok(Some(v)));
                }
                // Exhausted: let go of the sequence, as `iter_next` does (every loop over a
                // list or tuple ends here).
                let old = std::mem::replace(&mut *k, IterKind::SeqDone(name));
                drop(k);
                drop(old);
                Some(Ok(None))
            }
            _ => None,
        }
    }

    fn iter_next(&self, it: &IterObj) -> PyResult<Option<ObjRef>> {
        let mut k = it.0.borrow_mut();
        match &mut *k {
            IterKind::Seq { seq, idx } if seq.is::<Instance>() => {
                let (seq, i) = (seq.clone(), *idx);
                drop(k);
                self.instance_seq_next(it, &seq, i)
            }
            IterKind::Seq { seq, idx } => {
                let i = *idx;
                let r = if let Some(l) = seq.downcast_ref::<ListObj>() {
                    l.items.borrow().get(i).cloned()
                } else if let Some(t) = seq.downcast_ref::<TupleObj>() {
                    tuple_items(t).get(i).cloned()
                } else if let Some(s) = seq.downcast_ref::<StrObj>() {
                    match s.char_at(i) {
                        Some(c) => {
                            let mut buf = [0u8; 4];
                            Some(self.intern_char(c.encode_utf8(&mut buf))?)
                        }
                        None => None,
                    }
                } else if let Some(b) = seq.downcast::<BytesObj>() {
                    let c = b.data.borrow().get(i).copied();
                    match c {
                        Some(c) => Some(self.new_int(i64::from(c))?),
                        None => None,
                    }
                } else if let Some(mv) = seq.downcast_ref::<MemoryView>() {
                    memoryview::iter_item(self, mv, i)?
                } else {
                    None
                };
                match r {
                    Some(v) => {
                        *idx = i + 1;
                        Ok(Some(v))
                    }
                    None => {
                        let name = if seq.is::<ListObj>() {
                            "list_iterator"
                        } else if seq.is::<TupleObj>() {
                            "tuple_iterator"
                        } else if let Some(s) = seq.downcast_ref::<StrObj>() {
                            if s.is_ascii() {
                                "str_ascii_iterator"
                            } else {
                                "str_iterator"
                            }
                        } else if let Some(b) = seq.downcast_ref::<BytesObj>() {
                            if b.mutable {
                                "bytearray_iterator"
                            } else {
                                "bytes_iterator"
                            }
                        } else if seq.is::<MemoryView>() {
                            "memory_iterator"
                        } else {
                            "iterator"
                        };
                        let old = std::mem::replace(&mut *k, IterKind::SeqDone(name));
                        drop(k);
                        drop(old);
                        Ok(None)
                    }
                }
            }
            IterKind::Range { cur, step, left } => {
                let Some(v) = range_step(cur, *step, left) else {
                    return Ok(None);
                };
                drop(k);
                self.new_int(v).map(Some)
            }
            IterKind::Dict {
                d,
                idx,
                what,
                version,
                len,
                ..
            } => {
                let (inner_ref, is_set) = match d.downcast_ref::<DictObj>() {
                    Some(dd) => (Some(dd), false),
                    None => (None, true),
                };
                let set = if is_set {
                    d.downcast_ref::<SetObj>()
                } else {
                    None
                };
                let storage = match (&inner_ref, &set) {
                    (Some(dd), _) => &dd.0,
                    (_, Some(s)) => &s.inner,
                    _ => return Ok(None),
                };
                let inner = storage.borrow();
                if inner.used != *len {
                    let what_name = if is_set { "Set" } else { "dictionary" };
                    drop(inner);
                    *version = 0;
                    return self.err(
                        "RuntimeError",
                        format!("{what_name} changed size during iteration"),
                    );
                }
                let reversed = *what & DICT_REVERSED != 0;
                loop {
                    let i = if reversed {
                        // Entries appended since the iterator was made are past `idx`: a
                        // change of size is caught above.
                        if *idx == 0 {
                            return Ok(None);
                        }
                        *idx -= 1;
                        *idx
                    } else {
                        if *idx >= inner.entries.len() {
                            return Ok(None);
                        }
                        *idx += 1;
                        *idx - 1
                    };
                    if let Some(Some(e)) = inner.entries.get(i) {
                        let (key, value) = (e.key.clone(), e.value.clone());
                        let w = *what & !DICT_REVERSED;
                        drop(inner);
                        drop(k);
                        return Ok(Some(match w {
                            0 | 3 => key,
                            1 => value,
                            _ => self.dict_item(it, key, value)?,
                        }));
                    }
                }
            }
            IterKind::Set {
                set,
                order,
                pos,
                len,
            } => {
                let Some(s) = set.downcast::<SetObj>() else {
                    return Ok(None);
                };
                let inner = s.inner.borrow();
                if inner.used != *len {
                    drop(inner);
                    *len = usize::MAX;
                    return self.err("RuntimeError", "Set changed size during iteration");
                }
                while let Some(&i) = order.get(*pos) {
                    *pos += 1;
                    if let Some(Some(e)) = inner.entries.get(i) {
                        return Ok(Some(e.key.clone()));
                    }
                }
                Ok(None)
            }
            IterKind::Enumerate { it: inner, .. } => {
                let inner = inner.clone();
                drop(k);
                match self.next(&inner)? {
                    Some(v) => self.enumerate_step(it, v).map(Some),
                    None => Ok(None),
                }
            }
            IterKind::Zip { its, strict, .. } => {
                let (n, strict) = (its.len(), *strict);
                drop(k);
                self.zip_next(it, n, strict)
            }
            IterKind::Map { f, its } => {
                let (f, its) = (f.clone(), its.clone());
                drop(k);
                let mut args = Vec::with_capacity(its.len());
                for i in &its {
                    match self.next(i)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(&f, &args, None).map(Some)
            }
            IterKind::Filter { f, it: inner } => {
                let (f, inner) = (f.clone(), inner.clone());
                drop(k);
                while let Some(v) = self.next(&inner)? {
                    let keep = if self.is_none(&f) {
                        self.truthy(&v)?
                    } else {
                        let r = self.call(&f, std::slice::from_ref(&v), None)?;
                        self.truthy(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
                Ok(None)
            }
            IterKind::Reversed { seq, idx } => {
                if *idx == 0 {
                    return Ok(None);
                }
                *idx -= 1;
                let (seq, i) = (seq.clone(), *idx);
                drop(k);
                let n = self.len(&seq)?;
                if i >= n {
                    return Ok(None);
                }
                let key = self.new_int(i as i64)?;
                self.getitem(&seq, &key).map(Some)
            }
            IterKind::Callable { f, sentinel } => {
                let (f, s) = (f.clone(), sentinel.clone());
                drop(k);
                let v = self.call(&f, &[], None)?;
                if self.eq(&v, &s)? {
                    // Done, still a `callable_iterator` (with no `__length_hint__`).
                    *it.0.borrow_mut() = IterKind::SeqDone("callable_iterator");
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterKind::SeqDone(_) | IterKind::Exhausted => Ok(None),
        }
    }

    /// `next()` of the sequence iterator over an instance with `__getitem__`: item `i`,
    /// the end at `IndexError` or `StopIteration` (the iterator then stays exhausted).
    /// The iterator is not borrowed across the call: `__getitem__` may use it.
    fn instance_seq_next(&self, it: &IterObj, seq: &ObjRef, i: usize) -> PyResult<Option<ObjRef>> {
        let key = self.new_int(i as i64)?;
        match self.getitem(seq, &key) {
            Ok(v) => {
                if let IterKind::Seq { idx, .. } = &mut *it.0.borrow_mut() {
                    *idx = i + 1;
                }
                Ok(Some(v))
            }
            Err(e)
                if self.exc_matches(&e, "IndexError") || self.exc_matches(&e, "StopIteration") =>
            {
                *it.0.borrow_mut() = IterKind::Exhausted;
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// Drain an iterable into a Vec.
    pub fn collect(&self, o: &ObjRef) -> PyResult<Vec<ObjRef>> {
        if let Some(l) = o.downcast_ref::<ListObj>() {
            return Ok(l.items.borrow().clone());
        }
        if let Some(t) = o.downcast_ref::<TupleObj>() {
            return Ok(tuple_items(t).to_vec());
        }
        let mut v = Vec::new();
        if let Some(r) = o.downcast_ref::<RangeObj>() {
            // Preallocate from the length, failing like CPython instead of growing until the
            // process runs out of memory.
            let n = r.len();
            if n > (1 << 32) || v.try_reserve_exact(n).is_err() {
                return Err(self.memory_error());
            }
        }
        if let Some(g) = o.downcast_ref::<GenObj>() {
            // A generator has no length to go by: room for CPython's guess of 8 items
            // (PyObject_LengthHint's default) once there is a first one saves the first
            // regrowths, and each item comes straight from the frame.
            let Some(first) = self.gen_next(g)? else {
                return Ok(v);
            };
            v.reserve(8);
            v.push(first);
            while let Some(x) = self.gen_next(g)? {
                v.push(x);
            }
            return Ok(v);
        }
        let it = self.get_iter(o)?;
        while let Some(x) = self.next(&it)? {
            v.push(x);
        }
        Ok(v)
    }
}

fn ord_matches(c: Option<Ordering>, op: CmpOp) -> bool {
    match c {
        None => op == CmpOp::NotEq,
        Some(c) => match op {
            CmpOp::Eq => c == Ordering::Equal,
            CmpOp::NotEq => c != Ordering::Equal,
            CmpOp::Lt => c == Ordering::Less,
            CmpOp::LtE => c != Ordering::Greater,
            CmpOp::Gt => c == Ordering::Greater,
            CmpOp::GtE => c != Ordering::Less,
            _ => false,
        },
    }
}

/// Compare two numbers.
pub fn num_cmp(x: &Num, y: &Num) -> Option<Ordering> {
    match (x, y) {
        (Num::I(a), Num::I(b)) => Some(a.cmp(b)),
        (Num::F(a), Num::F(b)) => a.partial_cmp(b),
        (Num::F(a), b) => float_int_cmp(*a, b),
        (a, Num::F(b)) => float_int_cmp(*b, a).map(Ordering::reverse),
        (a, b) => Some(num_to_big(a).cmp(&num_to_big(b))),
    }
}

/// `f` compared with the int `i` exactly, as CPython's float_richcompare: converting the int
/// to a float would round (2**53 + 1 == float(2**53 + 1) is False) or overflow.
fn float_int_cmp(f: f64, i: &Num) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    if let Num::I(v) = i {
        // Every i64 within 2**53 is exactly a float.
        if v.unsigned_abs() <= 1 << 53 {
            return f.partial_cmp(&(*v as f64));
        }
    }
    let whole = f.trunc();
    // A finite float's integral part is exactly an integer.
    let wb: BigInt = num_traits::FromPrimitive::from_f64(whole).unwrap_or_default();
    match BigInt::cmp(&wb, &num_to_big(i)) {
        Ordering::Equal => (f - whole).partial_cmp(&0.0),
        o => Some(o),
    }
}

/// `a // b` for floats as CPython's float_floor_div (through float_divmod): the quotient of
/// `a - fmod(a, b)`, stepped down when the remainder's sign differs from the divisor's
/// (-7.5 // 0.3 is -26.0, where floor(-7.5 / 0.3) would give -25.0).
fn float_floor_div(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && (b < 0.0) != (m < 0.0) {
        div -= 1.0;
    }
    if div != 0.0 {
        let mut floordiv = div.floor();
        if div - floordiv > 0.5 {
            floordiv += 1.0;
        }
        floordiv
    } else {
        0.0_f64.copysign(a / b)
    }
}

/// `a / b` rounded once to the nearest float (ties to even); None when it overflows.
/// The quotient is computed to 55-56 bits plus a sticky bit for any remainder, so the one
/// conversion to f64 rounds as the exact quotient would.
fn int_true_div(a: &BigInt, b: &BigInt) -> Option<f64> {
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.magnitude(), b.magnitude());
    let sign = |f: f64| if neg { -f } else { f };
    if a.is_zero() {
        return Some(sign(0.0));
    }
    let shift = 55 - (a.bits() as i64 - b.bits() as i64);
    let (q, r) = if shift >= 0 {
        (a << shift as usize).div_rem(b)
    } else {
        a.div_rem(&(b << (-shift) as usize))
    };
    let q = (q << 1usize) | num_bigint::BigUint::from(u8::from(!r.is_zero()));
    let qf = q.to_u64()? as f64;
    // qf * 2**exp, in two exact power-of-two steps (each within the float exponent range).
    let exp = -(shift + 1);
    if exp > 1100 {
        return None;
    }
    let exp = exp.max(-1200) as i32;
    let half = exp / 2;
    let f = qf * 2f64.powi(half) * 2f64.powi(exp - half);
    f.is_finite().then(|| sign(f))
}

/// As f64.
pub fn num_to_f64(n: &Num) -> f64 {
    match n {
        Num::I(i) => *i as f64,
        Num::B(b) => b.to_f64().unwrap_or(f64::INFINITY),
        Num::F(f) => *f,
    }
}

/// `num_to_big` for a value the caller gives up (a big int moves instead of being copied).
fn into_big(n: Num) -> BigInt {
    match n {
        Num::B(b) => b,
        n => num_to_big(&n),
    }
}

/// As BigInt (floats truncated).
pub fn num_to_big(n: &Num) -> BigInt {
    match n {
        Num::I(i) => BigInt::from(*i),
        Num::B(b) => b.clone(),
        Num::F(f) => BigInt::from(*f as i64),
    }
}

/// CPython's frozenset_hash: the members' shuffled hashes xored (order-free), the size
/// factored in, then dispersed.
fn frozenset_hash(inner: &super::objects::dict::DictInner) -> i64 {
    let shuffle = |h: u64| ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    let mut h = inner
        .iter()
        .fold(0u64, |acc, e| acc ^ shuffle(e.hash as u64));
    h ^= (inner.used as u64 + 1).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    if h == u64::MAX {
        h = 590923713;
    }
    h as i64
}

/// CPython's hash of an int.
pub fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    let h = if i < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

fn hash_big(b: &BigInt) -> i64 {
    let m = (b.abs() % BigInt::from(MODULUS)).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

fn hash_float(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return hash_i64(f as i64);
    }
    // CPython's _Py_HashDouble.
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    let h = if f < 0.0 { -(x as i64) } else { x as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 {
        return (0.0, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(f * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// The operator's symbol.
pub fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::MatMul => "@",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
    }
}

pub(crate) fn op_names(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
    }
}

/// `key` as a position in a sequence of length `n`, when it is a plain int already in range
/// (negative ones counted from the end): the subscript fast path. `None` means "take the
/// general path", which also produces the errors.
#[inline(always)]
pub(crate) fn small_index(key: &ObjRef, n: usize) -> Option<usize> {
    let IntObj::Small(v) = &**key.downcast_ref::<IntObj>()? else {
        return None;
    };
    let j = if *v < 0 { v.checked_add(n as i64)? } else { *v };
    (0..n as i64).contains(&j).then_some(j as usize)
}

/// `l[key] = value` when `key` is an in-range plain int: `Ok(old item)` (drop it after, it may
/// run `__del__`), or `Err(value)` back for the general path.
#[inline(always)]
pub(crate) fn list_store_fast(l: &ListObj, key: &ObjRef, value: ObjRef) -> Result<ObjRef, ObjRef> {
    let Ok(mut items) = l.items.try_borrow_mut() else {
        return Err(value);
    };
    match small_index(key, items.len()) {
        Some(i) => Ok(std::mem::replace(&mut items[i], value)),
        None => Err(value),
    }
}

/// One step of a range iterator: the next value, or None when it is exhausted. The state
/// is CPython's rangeiterobject (the next value and how many are left), so no step past
/// the last value is ever computed.
#[inline(always)]
fn range_step(cur: &mut i64, step: i64, left: &mut u64) -> Option<i64> {
    if *left == 0 {
        return None;
    }
    let v = *cur;
    *left -= 1;
    if *left > 0 {
        // The next value is inside the range, so this cannot overflow.
        *cur = cur.wrapping_add(step);
    }
    Some(v)
}
