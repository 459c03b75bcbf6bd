//! How the collector sees an object's references: the [`Trace`] trait, the [`Visitor`] that
//! a type's traverse slot feeds, and macros that write traverse/clear for plain structs.
//!
//! A traverse that reports too few or too many references can make the collector keep
//! garbage, or clear (never free) an object that is still referenced; it cannot cause
//! undefined behaviour: the collector only ever frees memory through reference counts.

use core::cell::{Cell, RefCell};

use crate::gclist::{self, GcPtr};
use crate::handle::{Gc, ObjRef};
use crate::header::{gc_of, is_gc, ObjPtr};
use crate::object::Object;
use crate::weakref::Weak;

/// What a visit does; chosen by the heap, invisible to type authors.
pub(crate) enum VisitMode<'a> {
    /// `visit_decref` of `subtract_refs`.
    Decref,
    /// `visit_reachable` of `move_unreachable`; the pointer is the `young` list head.
    Reachable(GcPtr),
    /// Collect every referent (`gc.get_referents`).
    Collect(&'a mut Vec<ObjPtr>),
    /// Does the object refer to any of these? (`gc.get_referrers`)
    Find(&'a [ObjPtr], bool),
}

/// Passed to [`Object::traverse`]: call [`Visitor::visit`] once for every strong reference
/// the object holds (CPython's `visitproc`).
pub struct Visitor<'a> {
    pub(crate) mode: VisitMode<'a>,
    pub(crate) incomplete: bool,
}

impl<'a> Visitor<'a> {
    pub(crate) fn new(mode: VisitMode<'a>) -> Visitor<'a> {
        Visitor {
            mode,
            incomplete: false,
        }
    }

    /// Report the references held by `value` (a [`Gc`], an [`ObjRef`], a container of them…).
    #[inline]
    pub fn visit<T: Trace + ?Sized>(&mut self, value: &T) {
        value.trace(self);
    }

    /// Report references the embedder keeps for its own bookkeeping (a cache, a second
    /// index of what another field already holds) that the language it implements does not
    /// have: the collector counts them like any other, but `gc.get_referents` and
    /// `gc.get_referrers` leave them out, so introspection shows the language's object graph.
    #[inline]
    pub fn visit_internal<T: Trace + ?Sized>(&mut self, value: &T) {
        if matches!(self.mode, VisitMode::Decref | VisitMode::Reachable(_)) {
            value.trace(self);
        }
    }

    /// Tell the heap that some references could not be reported (for example a `RefCell`
    /// that is mutably borrowed right now). A collection that sees this keeps everything
    /// it examined alive instead of guessing.
    pub fn mark_incomplete(&mut self) {
        self.incomplete = true;
    }

    /// Visit one referent (by object pointer).
    #[inline(always)]
    pub(crate) fn visit_ptr(&mut self, obj: ObjPtr) {
        match &mut self.mode {
            VisitMode::Decref => {
                // SAFETY: `obj` comes from a live handle held by the traversed object.
                unsafe {
                    if is_gc(obj) {
                        gclist::decref_if_collecting(gc_of(obj));
                    }
                }
            }
            VisitMode::Reachable(young) => {
                // SAFETY: as above; the collector keeps the lists in move_unreachable's
                // shape for the whole pass.
                unsafe { crate::collector::visit_reachable(obj, *young) }
            }
            VisitMode::Collect(out) => out.push(obj),
            VisitMode::Find(targets, found) => {
                if !*found && targets.contains(&obj) {
                    *found = true;
                }
            }
        }
    }
}

/// Something that may hold strong references to heap objects.
///
/// `trace` reports each reference to the visitor; `clear_refs` drops the references it can
/// (through interior mutability) and is what a type's `clear` slot (`tp_clear`) uses to
/// break cycles.
pub trait Trace {
    /// Report every strong reference held.
    fn trace(&self, visitor: &mut Visitor<'_>);
    /// Drop the strong references that can be dropped through `&self`. Default: none.
    fn clear_refs(&self) {}
}

impl<T: Object> Trace for Gc<T> {
    #[inline(always)]
    fn trace(&self, visitor: &mut Visitor<'_>) {
        visitor.visit_ptr(self.as_ptr());
    }
}

impl Trace for ObjRef {
    #[inline(always)]
    fn trace(&self, visitor: &mut Visitor<'_>) {
        visitor.visit_ptr(self.as_ptr());
    }
}

impl<T: Object> Trace for Weak<T> {
    #[inline]
    fn trace(&self, visitor: &mut Visitor<'_>) {
        visitor.visit_ptr(self.weakref_ptr());
    }
}

impl<T: Trace> Trace for Option<T> {
    #[inline(always)]
    fn trace(&self, visitor: &mut Visitor<'_>) {
        if let Some(v) = self {
            v.trace(visitor);
        }
    }
    #[inline]
    fn clear_refs(&self) {
        if let Some(v) = self {
            v.clear_refs();
        }
    }
}

impl<T: Trace> Trace for [T] {
    #[inline(always)]
    fn trace(&self, visitor: &mut Visitor<'_>) {
        for v in self {
            v.trace(visitor);
        }
    }
    #[inline]
    fn clear_refs(&self) {
        for v in self {
            v.clear_refs();
        }
    }
}

impl<T: Trace, const N: usize> Trace for [T; N] {
    #[inline(always)]
    fn trace(&self, visitor: &mut Visitor<'_>) {
        self.as_slice().trace(visitor);
    }
    #[inline]
    fn clear_refs(&self) {
        self.as_slice().clear_refs();
    }
}

impl<T: Trace> Trace for Vec<T> {
    #[inline(always)]
    fn trace(&self, visitor: &mut Visitor<'_>) {
        self.as_slice().trace(visitor);
    }
    #[inline]
    fn clear_refs(&self) {
        self.as_slice().clear_refs();
    }
}

impl<T: Trace + ?Sized> Trace for Box<T> {
    #[inline(always)]
    fn trace(&self, visitor: &mut Visitor<'_>) {
        (**self).trace(visitor);
    }
    #[inline]
    fn clear_refs(&self) {
        (**self).clear_refs();
    }
}

/// A `RefCell` is traced through a shared borrow (a mutably borrowed cell marks the visit
/// incomplete) and cleared by replacing its value with `Default::default()`; the old value
/// is dropped after the borrow ends, so its drop may touch the cell again.
impl<T: Trace + Default> Trace for RefCell<T> {
    #[inline(always)]
    fn trace(&self, visitor: &mut Visitor<'_>) {
        match self.try_borrow() {
            Ok(v) => v.trace(visitor),
            Err(_) => visitor.mark_incomplete(),
        }
    }
    #[inline]
    fn clear_refs(&self) {
        let old = match self.try_borrow_mut() {
            Ok(mut v) => core::mem::take(&mut *v),
            Err(_) => return,
        };
        drop(old);
    }
}

/// `Cell<Option<handle>>` is traced by looking at the handle in place.
impl<T: Object> Trace for Cell<Option<Gc<T>>> {
    #[inline(always)]
    fn trace(&self, visitor: &mut Visitor<'_>) {
        // SAFETY: single-threaded; nothing else runs while we read the pointer, and we only
        // copy the header pointer out without touching the handle's count.
        let p = unsafe { &*self.as_ptr() }.as_ref().map(|g| g.as_ptr());
        if let Some(p) = p {
            visitor.visit_ptr(p);
        }
    }
    #[inline]
    fn clear_refs(&self) {
        drop(self.take());
    }
}

impl Trace for Cell<Option<ObjRef>> {
    #[inline(always)]
    fn trace(&self, visitor: &mut Visitor<'_>) {
        // SAFETY: as for `Cell<Option<Gc<T>>>`.
        let p = unsafe { &*self.as_ptr() }.as_ref().map(|g| g.as_ptr());
        if let Some(p) = p {
            visitor.visit_ptr(p);
        }
    }
    #[inline]
    fn clear_refs(&self) {
        drop(self.take());
    }
}

macro_rules! trace_leaf {
    ($($t:ty),*) => { $(impl Trace for $t { #[inline] fn trace(&self, _visitor: &mut Visitor<'_>) {} })* };
}
trace_leaf!(
    (),
    bool,
    char,
    u8,
    u16,
    u32,
    u64,
    u128,
    usize,
    i8,
    i16,
    i32,
    i64,
    i128,
    isize,
    f32,
    f64,
    String,
    &'static str
);

/// Report the listed fields of `self` to a visitor: `traverse_fields!(self, visitor; a, b)`.
#[macro_export]
macro_rules! traverse_fields {
    ($this:expr, $visitor:expr; $($field:ident),* $(,)?) => {
        $( $crate::Trace::trace(&$this.$field, $visitor); )*
    };
}

/// Clear the listed fields of `self` (each through [`Trace::clear_refs`]).
#[macro_export]
macro_rules! clear_fields {
    ($this:expr; $($field:ident),* $(,)?) => {
        $( $crate::Trace::clear_refs(&$this.$field); )*
    };
}

/// Implement [`Object`](crate::Object) for a struct whose listed fields hold its references:
///
/// ```
/// use std::cell::RefCell;
/// use heap::{Gc, Heap};
/// struct Node { next: RefCell<Option<Gc<Node>>>, value: i64 }
/// heap::impl_object!(Node, "Node", [next]);
/// let heap = Heap::new();
/// let a = heap.alloc(Node { next: RefCell::new(None), value: 1 }).unwrap();
/// *a.next.borrow_mut() = Some(a.clone());   // a cycle
/// drop(a);
/// assert_eq!(heap.collect(2).unwrap(), 1);
/// ```
#[macro_export]
macro_rules! impl_object {
    ($ty:ty, $name:expr, [$($field:ident),* $(,)?]) => {
        impl $crate::Object for $ty {
            const NAME: &'static str = $name;
            fn traverse(&self, visitor: &mut $crate::Visitor<'_>) {
                $crate::traverse_fields!(self, visitor; $($field),*);
            }
            fn clear(&self) {
                $crate::clear_fields!(self; $($field),*);
            }
        }
    };
}
