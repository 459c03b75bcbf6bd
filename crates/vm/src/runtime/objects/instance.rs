//! Instances of classes defined in Python (and exception instances).
//!
//! Attribute values are stored by position in the class's shared key list
//! ([`TypeObj::keys`](super::TypeObj)), or in `__slots__` order. The values known when the
//! instance is created live *inline*, after the object in the same block (a heap
//! `VarObject`: no separate allocation, as CPython 3.12's slots); attributes the class learns
//! later go to a small overflow array.

use std::cell::{Cell, OnceCell, RefCell};

use heap::{Gc, ObjRef};

use super::{ExcData, TypeObj};

/// An instance: the class pointer and, only when needed, a box with exception state and
/// attribute values past the inline ones (so a plain instance is header + 16 bytes + values).
pub struct Instance {
    /// `type(self)`.
    pub cls: Gc<TypeObj>,
    extra: OnceCell<Box<Extra>>,
}

/// The rarely needed parts of an instance.
#[derive(Default)]
pub struct Extra {
    /// Exception state, for instances of exception classes.
    pub exc: Option<ExcData>,
    /// Values past the inline ones.
    pub overflow: RefCell<Vec<Option<ObjRef>>>,
    /// Once `obj.__dict__` has been asked for, the attributes live in this real dict.
    pub dict: RefCell<Option<Gc<super::DictObj>>>,
}

impl heap::Object for Instance {
    const NAME: &'static str = "object";
    const HAS_FINALIZER: bool = true;
    fn traverse(&self, v: &mut heap::Visitor<'_>) {
        v.visit(&self.cls);
        if let Some(x) = self.extra.get() {
            match x.overflow.try_borrow() {
                Ok(o) => v.visit(&*o),
                Err(_) => v.mark_incomplete(),
            }
            if let Some(e) = &x.exc {
                e.trace(v);
            }
            v.visit(&x.dict);
        }
    }
    fn clear(&self) {
        if let Some(x) = self.extra.get() {
            let old = x
                .overflow
                .try_borrow_mut()
                .map(|mut o| std::mem::take(&mut *o));
            drop(old);
            heap::Trace::clear_refs(&x.dict);
            if let Some(e) = &x.exc {
                e.clear();
            }
        }
    }
    fn finalize(this: &Gc<Self>) {
        if this.cls.has(super::class::HAS_DEL) {
            crate::runtime::call_del(this);
        }
    }
}

impl heap::VarObject for Instance {
    type Item = Cell<Option<ObjRef>>;
}

impl Instance {
    /// A new instance value (no overflow values).
    pub fn new(cls: Gc<TypeObj>, exc: Option<Box<ExcData>>) -> Instance {
        let extra = OnceCell::new();
        if let Some(e) = exc {
            let _ = extra.set(Box::new(Extra {
                exc: Some(*e),
                ..Extra::default()
            }));
        }
        Instance { cls, extra }
    }

    /// The exception state, for exception instances.
    #[inline]
    pub fn exc(&self) -> Option<&ExcData> {
        self.extra.get().and_then(|x| x.exc.as_ref())
    }

    /// The materialised `__dict__`, if any.
    #[inline]
    pub fn dict(&self) -> Option<Gc<super::DictObj>> {
        self.extra.get().and_then(|x| x.dict.borrow().clone())
    }

    /// Switch to dict mode with `d`.
    pub fn set_dict(&self, d: Gc<super::DictObj>) {
        *self.extra.get_or_init(Box::default).dict.borrow_mut() = Some(d);
    }

    fn overflow(&self) -> Option<&RefCell<Vec<Option<ObjRef>>>> {
        self.extra.get().map(|x| &x.overflow)
    }

    fn overflow_init(&self) -> &RefCell<Vec<Option<ObjRef>>> {
        &self.extra.get_or_init(Box::default).overflow
    }
}

/// Attribute value `i`.
#[inline]
pub fn inst_get(inst: &Gc<Instance>, i: usize) -> Option<ObjRef> {
    let items = Gc::items(inst);
    if let Some(c) = items.get(i) {
        let v = c.take();
        let r = v.clone();
        c.set(v);
        return r;
    }
    let o = inst.overflow()?.borrow();
    o.get(i - items.len()).cloned().flatten()
}

/// Is attribute `i` set?
#[inline]
pub fn inst_has(inst: &Gc<Instance>, i: usize) -> bool {
    let items = Gc::items(inst);
    if let Some(c) = items.get(i) {
        let v = c.take();
        let r = v.is_some();
        c.set(v);
        return r;
    }
    inst.overflow()
        .is_some_and(|o| o.borrow().get(i - items.len()).is_some_and(|v| v.is_some()))
}

/// Set (or with `None` unset) attribute value `i`; returns the old value (drop it after).
#[inline]
pub fn inst_set(inst: &Gc<Instance>, i: usize, v: Option<ObjRef>) -> Option<ObjRef> {
    let items = Gc::items(inst);
    if let Some(c) = items.get(i) {
        return c.replace(v);
    }
    let j = i - items.len();
    let mut vec = inst.overflow_init().borrow_mut();
    if vec.len() <= j {
        v.as_ref()?;
        vec.resize(j + 1, None);
    }
    std::mem::replace(&mut vec[j], v)
}

/// All attribute values in key order.
pub fn inst_values(inst: &Gc<Instance>) -> Vec<Option<ObjRef>> {
    let n = Gc::items(inst).len() + inst.overflow().map_or(0, |o| o.borrow().len());
    (0..n).map(|i| inst_get(inst, i)).collect()
}
