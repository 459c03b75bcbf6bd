//! Instances of classes defined in Python (and exception instances).
//!
//! Attribute values are stored by position in the class's shared key list
//! ([`TypeObj::keys`](super::TypeObj)), or in `__slots__` order. The values known when the
//! instance is created live *inline*, after the object in the same block (a heap
//! `VarObject`: no separate allocation, as CPython 3.12's slots).
//!
//! ```text
//!   [ GC links 16 ][ refcnt, flags+count | heap type 16 ][ cls 8 ][ value 0 ][ value 1 ]…
//! ```
//!
//! The class pointer is the only field, so a one-slot `__slots__` instance takes 48 bytes
//! and a 3-attribute instance 64 (CPython 3.12: 48, and 48 + a 48-byte values array). What
//! few instances need beyond that — exception state, attributes the class learned after the
//! instance was made, a materialised `__dict__`, the base value of a built-in subclass's
//! instance (`base_value.rs`) — lives in side tables on the class, keyed by the instance's
//! address and removed when it dies ([`InstanceSide`]).

use std::cell::{Cell, RefCell};
// foldhash (hashbrown's default): the keys are addresses, no need for SipHash's DoS resistance.
use hashbrown::HashMap;
use std::rc::Rc;

use heap::{Gc, ObjRef};

use super::{ExcData, TypeObj};

/// An instance: only its class; attribute values are its heap items.
pub struct Instance {
    /// The class the instance was made as: its attribute layout (the shared keys that the
    /// values' positions follow, the `__slots__`) and its side tables. Also `type(self)`,
    /// unless `obj.__class__ = Other` replaced that ([`Instance::class`]). Private so that
    /// every reader says which of the two it means.
    cls: Gc<TypeObj>,
}

/// The rarely needed parts of a dict-based instance.
#[derive(Default)]
pub struct Extra {
    /// Values past the inline ones.
    pub overflow: RefCell<Vec<Option<ObjRef>>>,
    /// Once `obj.__dict__` has been asked for, the attributes live in this real dict.
    pub dict: RefCell<Option<Gc<super::DictObj>>>,
    /// `type(self)` after `obj.__class__ = Other` (None: the layout class). A compatible
    /// class (`class_assign.rs`) lays its instances out alike, so the values stay where
    /// the layout class put them; only the class that behaviour is looked up on changes.
    pub class: RefCell<Option<Gc<TypeObj>>>,
    /// For a class with a built-in data type in its MRO: the value of that type this
    /// instance extends (see `base_value.rs`).
    pub base: RefCell<Option<ObjRef>>,
}

impl Drop for Extra {
    fn drop(&mut self) {
        if let Some(b) = self.base.get_mut().take() {
            super::base_value::release(b);
        }
    }
}

/// A class's side tables for its instances, keyed by instance address. Entries are added
/// after allocation and removed by the instance's `Drop`; the borrows never span user code
/// or a drop, so they cannot conflict.
#[derive(Default)]
pub struct InstanceSide {
    exc: RefCell<HashMap<usize, Rc<ExcData>>>,
    extra: RefCell<HashMap<usize, Rc<Extra>>>,
    /// Has any instance ever had an entry? (Attribute fast paths test only this bit.)
    any_exc: Cell<bool>,
    any_extra: Cell<bool>,
}

impl heap::Object for Instance {
    const NAME: &'static str = "object";
    const HAS_FINALIZER: bool = true;
    // Always inlined into the heap's per-mode traverse thunks (the visit mode then folds
    // away): the collector runs this twice per instance per collection.
    #[inline(always)]
    fn traverse(&self, v: &mut heap::Visitor<'_>) {
        // The heap has visited the inline values already; then, in CPython's order
        // (`subtype_traverse`: slots, instance attributes, type, then the base type's
        // traverse), the class. Most classes never use the side tables: test their flags
        // here and keep the lookups (and the registers they need) out of line; that path
        // visits the class itself, in its place among what the side tables hold.
        let side = &self.cls.instance_side;
        if side.any_extra.get() || side.any_exc.get() {
            self.traverse_side(v);
        } else {
            v.visit(&self.cls);
        }
    }
    fn clear(&self) {
        if let Some(x) = self.extra() {
            let old = x
                .overflow
                .try_borrow_mut()
                .map(|mut o| std::mem::take(&mut *o));
            drop(old);
            heap::Trace::clear_refs(&x.dict);
            if let Ok(b) = x.base.try_borrow() {
                if let Some(b) = &*b {
                    super::base_value::clear(b);
                }
            }
        }
        if let Some(e) = self.exc() {
            e.clear();
        }
    }
    fn wants_finalize(&self) -> bool {
        // Asked when the object dies or is collected: `type(self)`'s `__del__`, as CPython.
        self.class().has(super::class::HAS_DEL)
    }
    fn finalize(this: &Gc<Self>) {
        if this.class().has(super::class::HAS_DEL) {
            crate::runtime::call_del(this);
        }
    }
}

impl Drop for Instance {
    // Inlined into the heap's drop thunk: most classes never use the side tables, and their
    // instances die with this one test.
    #[inline(always)]
    fn drop(&mut self) {
        let side = &self.cls.instance_side;
        if side.any_exc.get() || side.any_extra.get() {
            self.drop_side();
        }
    }
}

impl Instance {
    /// Remove this instance's entries from its class's side tables (out of line: only
    /// exceptions and instances with extras have any).
    #[cold]
    #[inline(never)]
    fn drop_side(&mut self) {
        let side = &self.cls.instance_side;
        let key = self.key();
        // Take the entries out first, drop them after the borrows end: their values may be
        // the last references to other instances of this class.
        let exc = side.exc.try_borrow_mut().ok().and_then(|mut m| {
            if m.is_empty() {
                None
            } else {
                m.remove(&key)
            }
        });
        let extra = side.extra.try_borrow_mut().ok().and_then(|mut m| {
            if m.is_empty() {
                None
            } else {
                m.remove(&key)
            }
        });
        drop((exc, extra));
    }
}

impl heap::VarObject for Instance {
    type Item = Cell<Option<ObjRef>>;
}

impl Instance {
    /// A new instance value; exception state and extras are attached after allocation.
    pub fn new(cls: Gc<TypeObj>) -> Instance {
        // `_PyObject_InitInlineValues`: each new instance shrinks its class's shared keys'
        // room by one (sizing its values array to what is left).
        let usable = cls.keys_usable.get();
        let first = !cls.instantiated.replace(true);
        if usable > 1 || (first && usable > 0) {
            cls.keys_usable.set(usable - 1);
        }
        Instance { cls }
    }

    /// `type(self)`: the layout class, or the class `obj.__class__ = Other` assigned.
    #[inline]
    pub fn class(&self) -> std::borrow::Cow<'_, Gc<TypeObj>> {
        if !self.cls.has(super::class::INSTANCE_CLASS_ASSIGNED) {
            return std::borrow::Cow::Borrowed(&self.cls);
        }
        match self.extra().and_then(|x| x.class.borrow().clone()) {
            Some(c) => std::borrow::Cow::Owned(c),
            None => std::borrow::Cow::Borrowed(&self.cls),
        }
    }

    /// The class the instance was made as: the one its attribute values' positions (shared
    /// keys, `__slots__`) follow. Equal to [`Instance::class`] unless `__class__` was
    /// assigned.
    #[inline]
    pub fn layout(&self) -> &Gc<TypeObj> {
        &self.cls
    }

    /// Might `type(self)` differ from the layout class? True for every instance of a layout
    /// class once any of them had `__class__` assigned (`INSTANCE_CLASS_ASSIGNED`). When
    /// false, [`Instance::class`] is [`Instance::layout`].
    #[inline]
    pub fn class_may_differ(&self) -> bool {
        self.cls.has(super::class::INSTANCE_CLASS_ASSIGNED)
    }

    /// Has `__class__` been assigned on this instance? (Its behaviour is then looked up on
    /// another class than its layout's; the eval loop's caches, keyed by the layout's
    /// class, leave it to the general paths.)
    #[inline]
    fn class_assigned(&self) -> bool {
        self.class_may_differ() && self.extra().is_some_and(|x| x.class.borrow().is_some())
    }

    /// `obj.__class__ = new`, once `class_assign.rs` has found the layouts compatible.
    pub fn assign_class(this: &Gc<Self>, new: Gc<TypeObj>) {
        let value = if Gc::ptr_eq(&new, &this.cls) {
            None
        } else {
            Some(new)
        };
        if value.is_none() && !this.class_assigned() {
            return;
        }
        let x = Self::extra_init(this);
        let flags = &this.cls.flags;
        flags.set(flags.get() | super::class::INSTANCE_CLASS_ASSIGNED);
        let old = x.class.replace(value);
        // Dropped after the borrow: it may be the old class's last reference.
        drop(old);
    }

    /// The side-table key: the value's address, stable while the object lives.
    /// The references held for this instance in its class's side tables.
    #[cold]
    #[inline(never)]
    fn traverse_side(&self, v: &mut heap::Visitor<'_>) {
        let extra = self.extra();
        let exc = self.exc();
        if let Some(x) = &extra {
            match x.overflow.try_borrow() {
                Ok(o) => v.visit(&*o),
                Err(_) => v.mark_incomplete(),
            }
            // An exception's dict belongs to BaseException's traverse, after the class.
            if exc.is_none() {
                v.visit(&x.dict);
            }
        }
        // The class before what its built-in base holds; a built-in class is a static type
        // in CPython, which nothing visits. After `__class__` assignment `type(self)` is
        // the one CPython visits; the layout class is still held, as an internal reference.
        let assigned = extra.as_ref().and_then(|x| match x.class.try_borrow() {
            Ok(c) => c.clone(),
            Err(_) => None,
        });
        if let Some(c) = &assigned {
            v.visit_internal(&self.cls);
            v.visit(c);
        } else if self.cls.has(super::class::BUILTIN) {
            v.visit_internal(&self.cls);
        } else {
            v.visit(&self.cls);
        }
        if let (Some(x), Some(_)) = (&extra, &exc) {
            v.visit(&x.dict);
        }
        if let Some(x) = &extra {
            match x.base.try_borrow() {
                Ok(b) => {
                    if let Some(b) = &*b {
                        super::base_value::traverse(b, v);
                    }
                }
                Err(_) => v.mark_incomplete(),
            }
        }
        if let Some(e) = exc {
            e.trace(v);
        }
    }

    fn key(&self) -> usize {
        std::ptr::from_ref(self) as usize
    }

    /// Attach exception state (once, right after allocation).
    pub fn init_exc(this: &Gc<Self>, data: ExcData) {
        Gc::mark(this, true);
        this.cls.instance_side.any_exc.set(true);
        let old = this
            .cls
            .instance_side
            .exc
            .borrow_mut()
            .insert(this.key(), Rc::new(data));
        drop(old);
    }

    /// The exception state, for exception instances.
    #[inline]
    pub fn exc(&self) -> Option<Rc<ExcData>> {
        if !self.cls.instance_side.any_exc.get() {
            return None;
        }
        let m = self.cls.instance_side.exc.try_borrow().ok()?;
        if m.is_empty() {
            return None;
        }
        m.get(&self.key()).cloned()
    }

    /// Could this be an exception instance (its class has ever had one)? Stores to
    /// `args`, `__cause__`… on those go to the exception state, not the keys.
    #[inline]
    pub fn may_be_exception(&self) -> bool {
        self.cls.instance_side.any_exc.get()
    }

    #[inline]
    fn extra(&self) -> Option<Rc<Extra>> {
        if !self.cls.instance_side.any_extra.get() {
            return None;
        }
        let m = self.cls.instance_side.extra.try_borrow().ok()?;
        if m.is_empty() {
            return None;
        }
        m.get(&self.key()).cloned()
    }

    fn extra_init(this: &Gc<Self>) -> Rc<Extra> {
        if let Some(x) = this.extra() {
            return x;
        }
        let x = Rc::new(Extra::default());
        Gc::mark(this, true);
        this.cls.instance_side.any_extra.set(true);
        let old = this
            .cls
            .instance_side
            .extra
            .borrow_mut()
            .insert(this.key(), x.clone());
        drop(old);
        x
    }

    /// The materialised `__dict__`, if any.
    #[inline]
    pub fn dict(&self) -> Option<Gc<super::DictObj>> {
        self.extra().and_then(|x| x.dict.borrow().clone())
    }

    /// True when the instance has no side-table state (the heap mark bit says so): its
    /// attribute values are all inline or absent, no `__dict__` was materialised and it is
    /// not an exception. The attribute caches' test.
    #[inline]
    pub fn plain(this: &Gc<Self>) -> bool {
        !Gc::is_marked(this)
    }

    /// The base value of an instance of a built-in subclass (its list, str, int...).
    #[inline]
    pub fn base_value(&self) -> Option<ObjRef> {
        if !self.cls.has(super::class::BUILTIN_BASE) {
            return None;
        }
        self.extra().and_then(|x| x.base.borrow().clone())
    }

    /// Attach the base value (once, right after allocation).
    pub fn set_base_value(this: &Gc<Self>, v: ObjRef) {
        let old = Self::extra_init(this).base.borrow_mut().replace(v);
        drop(old);
    }

    /// Switch to dict mode with `d`.
    pub fn set_dict(this: &Gc<Self>, d: Gc<super::DictObj>) {
        let old = Self::extra_init(this).dict.borrow_mut().replace(d);
        drop(old);
    }
}

/// The value in an inline attribute cell, cloned (the cell keeps it).
#[inline(always)]
fn peek(c: &Cell<Option<ObjRef>>) -> Option<ObjRef> {
    ObjRef::clone_in(c)
}

/// Return a value taken out of `c` (which is therefore empty): `Cell::set` would drop the
/// empty old value through an out-of-line call on this hot path.
#[inline(always)]
fn put_back(c: &Cell<Option<ObjRef>>, v: Option<ObjRef>) {
    let empty = c.replace(v);
    debug_assert!(empty.is_none());
    std::mem::forget(empty);
}

/// Does an inline attribute cell hold a value?
#[inline(always)]
fn is_set(c: &Cell<Option<ObjRef>>) -> bool {
    let v = c.take();
    let r = v.is_some();
    put_back(c, v);
    r
}

/// Attribute value `i`. The inline value is read in place (this is every cached attribute
/// load); values past the inline ones are looked up out of line.
#[inline(always)]
pub fn inst_get(inst: &Gc<Instance>, i: usize) -> Option<ObjRef> {
    let items = Gc::items(inst);
    if let Some(c) = items.get(i) {
        return peek(c);
    }
    inst_get_overflow(inst, i - items.len())
}

/// Overflow attribute value `j` (past the inline values).
#[cold]
#[inline(never)]
fn inst_get_overflow(inst: &Gc<Instance>, j: usize) -> Option<ObjRef> {
    let x = inst.extra()?;
    let o = x.overflow.borrow();
    o.get(j).cloned().flatten()
}

/// Attribute value `i` of an instance with side-table state (not [`Instance::plain`]), for
/// the attribute caches: the inline or overflow value, or `None` — unset, or the instance
/// is in dict mode (its values then live in the dict): take the general path.
#[inline(never)]
pub fn inst_get_side(inst: &Gc<Instance>, i: usize) -> Option<ObjRef> {
    let x = inst.extra();
    if let Some(x) = &x {
        if x.dict.try_borrow().map_or(true, |d| d.is_some()) {
            return None;
        }
    }
    let items = Gc::items(inst);
    if let Some(c) = items.get(i) {
        return peek(c);
    }
    let x = x?;
    let o = x.overflow.try_borrow().ok()?;
    o.get(i - items.len()).cloned().flatten()
}

/// Whether the instance is in dict mode (`__dict__` materialised: its values live there).
pub fn in_dict_mode(inst: &Gc<Instance>) -> bool {
    inst.extra()
        .is_some_and(|x| x.dict.try_borrow().map_or(true, |d| d.is_some()))
}

/// Is any attribute after position `i` set? Values sit in key order, which is also the
/// instance's insertion order as long as every new attribute comes after the ones present
/// (CPython 3.12 keeps a per-instance order instead). A new attribute that would break this
/// moves the instance to dict mode first, so `vars()` keeps insertion order.
pub fn set_after(inst: &Gc<Instance>, i: usize) -> bool {
    let items = Gc::items(inst);
    let inline = items.iter().skip(i + 1).any(is_set);
    inline
        || inst.extra().is_some_and(|x| {
            let o = x.overflow.borrow();
            let from = (i + 1).saturating_sub(items.len());
            o.iter().skip(from).any(|v| v.is_some())
        })
}

/// Is any inline value after position `i` set? (The attribute caches' order check for a
/// plain instance, which has no overflow values; see [`set_after`].)
#[inline(always)]
pub fn set_after_inline(items: &[Cell<Option<ObjRef>>], i: usize) -> bool {
    items[i + 1..].iter().any(is_set)
}

/// Is attribute `i` set?
#[inline]
pub fn inst_has(inst: &Gc<Instance>, i: usize) -> bool {
    let items = Gc::items(inst);
    if let Some(c) = items.get(i) {
        return is_set(c);
    }
    inst.extra().is_some_and(|x| {
        x.overflow
            .borrow()
            .get(i - items.len())
            .is_some_and(|v| v.is_some())
    })
}

/// Set (or with `None` unset) attribute value `i`; returns the old value (drop it after).
/// An inline value is replaced in place (every cached attribute store); values past the
/// inline ones go through the side table, out of line.
#[inline(always)]
pub fn inst_set(inst: &Gc<Instance>, i: usize, v: Option<ObjRef>) -> Option<ObjRef> {
    let items = Gc::items(inst);
    if let Some(c) = items.get(i) {
        return c.replace(v);
    }
    inst_set_overflow(inst, i - items.len(), v)
}

/// Set overflow attribute value `j` (past the inline values).
#[cold]
#[inline(never)]
fn inst_set_overflow(inst: &Gc<Instance>, j: usize, v: Option<ObjRef>) -> Option<ObjRef> {
    if v.is_none() && inst.extra().is_none() {
        return None;
    }
    let x = Instance::extra_init(inst);
    let mut vec = x.overflow.borrow_mut();
    if vec.len() <= j {
        v.as_ref()?;
        vec.resize(j + 1, None);
    }
    std::mem::replace(&mut vec[j], v)
}

/// All attribute values in key order.
pub fn inst_values(inst: &Gc<Instance>) -> Vec<Option<ObjRef>> {
    let n = Gc::items(inst).len() + inst.extra().map_or(0, |x| x.overflow.borrow().len());
    (0..n).map(|i| inst_get(inst, i)).collect()
}
