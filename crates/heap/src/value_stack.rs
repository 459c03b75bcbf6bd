//! An interpreter's value stack: a growable array of [`ObjRef`]s addressed by a *top*
//! pointer, as CPython's frames address theirs (`stack_pointer`).
//!
//! Why not a `Vec<ObjRef>`: an eval loop pushes and pops several times per bytecode, and a
//! `Vec` keeps a length, so each push loads the buffer, the length and the capacity and
//! stores the new length, and each pop re-derives an address from the length (about eleven
//! and nine instructions in pymem's loop, callgrind). Here a push compares the top with the
//! end, writes and moves the top; a pop compares it with the base, moves it and reads.
//! Both stay safe: a full stack grows (out of line), an empty one pops `None`.
//!
//! Invariant: `base <= top <= end`, all in (or one past) one allocation of
//! `end - base` slots (none when the capacity is 0, `base` dangling); the slots in
//! `base..top` hold live references, the rest are uninitialised.

use std::alloc::{self, Layout};
use std::ptr::NonNull;

use crate::trace::{Trace, Visitor};
use crate::ObjRef;

/// A stack of strong references (see the module doc).
pub struct ValueStack {
    base: NonNull<ObjRef>,
    top: NonNull<ObjRef>,
    end: NonNull<ObjRef>,
}

impl Default for ValueStack {
    fn default() -> Self {
        Self::new()
    }
}

impl ValueStack {
    /// An empty stack with no allocation.
    pub const fn new() -> Self {
        let p = NonNull::dangling();
        ValueStack {
            base: p,
            top: p,
            end: p,
        }
    }

    /// An empty stack with room for `n` values.
    pub fn with_capacity(n: usize) -> Self {
        let mut s = Self::new();
        s.reserve(n);
        s
    }

    /// How many values are on the stack.
    #[inline(always)]
    pub fn len(&self) -> usize {
        // SAFETY: `base` and `top` lie in one allocation (or are equal), `base <= top`.
        unsafe { self.top.offset_from(self.base) as usize }
    }

    /// No values on the stack?
    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.top == self.base
    }

    /// How many values fit before the stack grows.
    #[inline(always)]
    pub fn capacity(&self) -> usize {
        // SAFETY: as in `len`, for `end`.
        unsafe { self.end.offset_from(self.base) as usize }
    }

    /// Make room for `additional` more values without growing.
    #[inline]
    pub fn reserve(&mut self, additional: usize) {
        // SAFETY: as in `len`.
        let room = unsafe { self.end.offset_from(self.top) as usize };
        if room < additional {
            self.grow(self.len().saturating_add(additional));
        }
    }

    /// Push `v`.
    #[inline(always)]
    pub fn push(&mut self, v: ObjRef) {
        if self.top == self.end {
            self.grow_and_push(v);
            return;
        }
        // SAFETY: `top < end`, so `top` is an uninitialised slot of the allocation; after
        // the write it is live and `top + 1 <= end`.
        unsafe {
            self.top.as_ptr().write(v);
            self.top = self.top.add(1);
        }
    }

    /// Pop the top value (`None` when empty).
    #[inline(always)]
    pub fn pop(&mut self) -> Option<ObjRef> {
        if self.top == self.base {
            return None;
        }
        // SAFETY: `top > base`, so `top - 1` is a live slot; moving `top` below it first
        // makes the read the slot's only owner.
        unsafe {
            self.top = self.top.sub(1);
            Some(self.top.as_ptr().read())
        }
    }

    /// The top value.
    #[inline(always)]
    pub fn last(&self) -> Option<&ObjRef> {
        if self.top == self.base {
            return None;
        }
        // SAFETY: `top - 1` is a live slot, borrowed for as long as `self` is.
        unsafe { Some(&*self.top.as_ptr().sub(1)) }
    }

    /// The live values, bottom first.
    #[inline(always)]
    pub fn as_slice(&self) -> &[ObjRef] {
        // SAFETY: `base..top` are live, initialised slots of one allocation (or none).
        unsafe { std::slice::from_raw_parts(self.base.as_ptr(), self.len()) }
    }

    /// The live values, bottom first, mutably.
    #[inline(always)]
    pub fn as_mut_slice(&mut self) -> &mut [ObjRef] {
        // SAFETY: as in `as_slice`; `&mut self` makes the borrow unique.
        unsafe { std::slice::from_raw_parts_mut(self.base.as_ptr(), self.len()) }
    }

    /// Drop the values above the first `len` (top first, as pops would).
    #[inline]
    pub fn truncate(&mut self, len: usize) {
        while self.len() > len {
            drop(self.pop());
        }
    }

    /// Drop every value.
    pub fn clear(&mut self) {
        self.truncate(0);
    }

    /// Insert `v` at position `at` (`at <= len`), moving the values above it up one.
    pub fn insert(&mut self, at: usize, v: ObjRef) {
        assert!(at <= self.len(), "ValueStack::insert past the top");
        self.reserve(1);
        // SAFETY: `at <= len < capacity`: the slots `at..len` move up one within the
        // allocation (into the reserved room), then `at` is written; nothing is dropped or
        // duplicated.
        unsafe {
            let p = self.base.as_ptr().add(at);
            std::ptr::copy(p, p.add(1), self.len() - at);
            p.write(v);
            self.top = self.top.add(1);
        }
    }

    /// Remove the values from position `at` up and return them, bottom first (nothing when
    /// `at >= len`).
    pub fn split_off(&mut self, at: usize) -> Vec<ObjRef> {
        let len = self.len();
        if at >= len {
            return Vec::new();
        }
        let mut out = Vec::with_capacity(len - at);
        // SAFETY: the slots `at..len` are live; `top` moves down to `at` first, so the
        // copies in `out` become their only owners.
        unsafe {
            let p = self.base.as_ptr().add(at);
            self.top = NonNull::new_unchecked(p);
            std::ptr::copy_nonoverlapping(p, out.as_mut_ptr(), len - at);
            out.set_len(len - at);
        }
        out
    }

    /// Remove the values from position `at` up (none when `at >= len`), yielding them
    /// bottom first; those the iterator is not asked for are dropped with it.
    pub fn drain_from(&mut self, at: usize) -> Drain<'_> {
        let len = self.len();
        let at = at.min(len);
        // SAFETY: `at <= len`: both pointers lie in `base..=top`. `top` moves down to
        // `at` first, so the drain owns the slots `at..len` (a forgotten drain leaks them,
        // it cannot free them twice).
        unsafe {
            let start = self.base.add(at);
            let end = self.top;
            self.top = start;
            Drain {
                next: start,
                end,
                _stack: std::marker::PhantomData,
            }
        }
    }

    /// Push every value of `values`.
    pub fn extend<I: IntoIterator<Item = ObjRef>>(&mut self, values: I) {
        let it = values.into_iter();
        self.reserve(it.size_hint().0);
        for v in it {
            self.push(v);
        }
    }

    #[cold]
    #[inline(never)]
    fn grow_and_push(&mut self, v: ObjRef) {
        self.grow(self.len().saturating_add(1));
        self.push(v);
    }

    /// Move the values to an allocation of at least `needed` slots (twice the capacity when
    /// that is more: pushes past the capacity stay amortised O(1)).
    #[cold]
    #[inline(never)]
    fn grow(&mut self, needed: usize) {
        let old_cap = self.capacity();
        let cap = needed.max(old_cap.saturating_mul(2)).max(4);
        let layout = Layout::array::<ObjRef>(cap).expect("value stack too large");
        let len = self.len();
        // SAFETY: `layout` has a non-zero size (cap >= 4, ObjRef is a pointer); the `len`
        // live values are moved (not copied: the old slots are freed without drops) into
        // the new allocation, and the old one, if any, is freed with the layout it was
        // allocated with.
        unsafe {
            let p = alloc::alloc(layout) as *mut ObjRef;
            let Some(new_base) = NonNull::new(p) else {
                alloc::handle_alloc_error(layout)
            };
            std::ptr::copy_nonoverlapping(self.base.as_ptr(), new_base.as_ptr(), len);
            if old_cap > 0 {
                let old = Layout::array::<ObjRef>(old_cap).expect("checked when allocated");
                alloc::dealloc(self.base.as_ptr() as *mut u8, old);
            }
            self.base = new_base;
            self.top = new_base.add(len);
            self.end = new_base.add(cap);
        }
    }
}

impl Drop for ValueStack {
    fn drop(&mut self) {
        self.clear();
        let cap = self.capacity();
        if cap > 0 {
            let layout = Layout::array::<ObjRef>(cap).expect("checked when allocated");
            // SAFETY: the allocation was made by `grow` with this layout and holds no
            // live values now.
            unsafe { alloc::dealloc(self.base.as_ptr() as *mut u8, layout) };
        }
    }
}

impl std::ops::Deref for ValueStack {
    type Target = [ObjRef];
    #[inline(always)]
    fn deref(&self) -> &[ObjRef] {
        self.as_slice()
    }
}

impl std::ops::DerefMut for ValueStack {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [ObjRef] {
        self.as_mut_slice()
    }
}

impl Trace for ValueStack {
    fn trace(&self, visitor: &mut Visitor<'_>) {
        self.as_slice().trace(visitor);
    }
}

impl std::fmt::Debug for ValueStack {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ValueStack")
            .field("len", &self.len())
            .field("capacity", &self.capacity())
            .finish()
    }
}

/// The values [`ValueStack::drain_from`] removed: moved out bottom first.
pub struct Drain<'a> {
    next: NonNull<ObjRef>,
    end: NonNull<ObjRef>,
    // Holds the stack borrowed: nothing can be pushed into the slots being read.
    _stack: std::marker::PhantomData<&'a mut ValueStack>,
}

impl Iterator for Drain<'_> {
    type Item = ObjRef;
    #[inline]
    fn next(&mut self) -> Option<ObjRef> {
        if self.next == self.end {
            return None;
        }
        // SAFETY: `next < end`: a live slot the drain owns; moving `next` past it first
        // makes the read its only owner.
        unsafe {
            let p = self.next;
            self.next = p.add(1);
            Some(p.as_ptr().read())
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.len();
        (n, Some(n))
    }
}

impl ExactSizeIterator for Drain<'_> {
    #[inline]
    fn len(&self) -> usize {
        // SAFETY: both lie in one allocation, `next <= end`.
        unsafe { self.end.offset_from(self.next) as usize }
    }
}

impl Drop for Drain<'_> {
    fn drop(&mut self) {
        for v in self.by_ref() {
            drop(v);
        }
    }
}
