//! Unit tests of the hot paths: type handles ([`Heap::type_handle`], [`Heap::alloc_with`])
//! and the per-object leaf decision ([`Object::drop_is_trivial`]). Small, so Miri runs them.

use std::cell::Cell;
use std::rc::Rc;

use crate::{Gc, Heap, Object, WeakRefObj};

/// A float-like leaf with a free list.
struct Float(#[allow(dead_code)] f64);
impl Object for Float {
    const NAME: &'static str = "float";
    const TRACKED: bool = false;
    const FREELIST_CAPACITY: usize = 2;
}

/// Counts its drops.
struct Digits(Rc<Cell<usize>>);
impl Drop for Digits {
    fn drop(&mut self) {
        self.0.set(self.0.get() + 1);
    }
}

/// An int-like value: small ones own nothing, big ones own their (counted) digits.
enum Num {
    Small(#[allow(dead_code)] i64),
    Big(#[allow(dead_code)] Box<Digits>),
}
impl Object for Num {
    const NAME: &'static str = "num";
    const TRACKED: bool = false;
    fn drop_is_trivial(&self) -> bool {
        matches!(self, Num::Small(_))
    }
}

#[test]
fn a_type_handle_allocates_in_the_same_type_cell_as_alloc() {
    let heap = Heap::new();
    let float = heap.type_handle::<Float>();
    let a = heap.alloc_with(float, Float(1.0)).unwrap();
    assert_eq!(heap.object_count(), 1);
    let freed = Gc::addr(&a);
    drop(a);
    // One free list per type cell: `alloc` gets back the block `alloc_with` used.
    let b = heap.alloc(Float(2.0)).unwrap();
    assert_eq!(Gc::addr(&b), freed);
    let freed = Gc::addr(&b);
    drop(b);
    let c = heap.alloc_with(float, Float(3.0)).unwrap();
    assert_eq!(Gc::addr(&c), freed);
    drop(c);
    assert_eq!(heap.object_count(), 0);
}

#[test]
fn a_handle_of_another_heap_takes_the_lookup_path() {
    let first = Heap::new();
    let second = Heap::new();
    let foreign = first.type_handle::<Float>();
    let g = second.alloc_with(foreign, Float(1.0)).unwrap();
    assert_eq!((first.object_count(), second.object_count()), (0, 1));
    assert!(core::ptr::eq(Gc::heap(&g).allocator(), second.allocator()));
    // The handle outlives its heap: using it must not touch the freed type cell (Miri).
    drop(first);
    let h = second.alloc_with(foreign, Float(2.0)).unwrap();
    assert_eq!(second.object_count(), 2);
    drop((g, h));
    assert_eq!(second.object_count(), 0);
}

#[test]
fn try_alloc_fast_hands_the_value_back_when_it_cannot_serve() {
    let heap = Heap::new();
    let num = heap.type_handle::<Num>();
    // A fresh heap has no pool of the size class yet: only the slow path can map one.
    let Err(Num::Small(7)) = heap.try_alloc_fast(num, Num::Small(7)) else {
        panic!("the fast path served without a used pool");
    };
    assert_eq!(heap.object_count(), 0);
    let a = heap.alloc_with(num, Num::Small(1)).unwrap();
    let b = heap
        .try_alloc_fast(num, Num::Small(2))
        .unwrap_or_else(|_| panic!("the pool has free blocks now"));
    assert_eq!(heap.object_count(), 2);
    // Another heap's handle: never served by the fast path.
    let other = Heap::new();
    let _warm = other.alloc_with(num, Num::Small(3)).unwrap();
    let Err(Num::Small(4)) = other.try_alloc_fast(num, Num::Small(4)) else {
        panic!("the fast path served a foreign handle");
    };
    drop((a, b));
    assert_eq!(heap.object_count(), 0);
}

#[test]
fn only_values_with_a_trivial_drop_skip_it() {
    let heap = Heap::new();
    let num = heap.type_handle::<Num>();
    let drops = Rc::new(Cell::new(0));
    let small = heap.alloc_with(num, Num::Small(7)).unwrap();
    let big = heap
        .alloc_with(num, Num::Big(Box::new(Digits(drops.clone()))))
        .unwrap();
    drop(small);
    assert_eq!(drops.get(), 0);
    assert_eq!(heap.object_count(), 1);
    drop(big);
    assert_eq!(
        drops.get(),
        1,
        "a big value's drop runs (and Miri sees no leak)"
    );
    assert_eq!(heap.object_count(), 0);
}

#[test]
fn a_weakly_referenced_small_value_still_clears_its_weakrefs() {
    let heap = Heap::new();
    let called = Rc::new(Cell::new(0));
    let seen = called.clone();
    let small = heap.alloc(Num::Small(1)).unwrap();
    let wr = heap
        .weakref(
            &small,
            Some(Box::new(move |_h: &Heap, w: &Gc<WeakRefObj>| {
                assert!(!w.is_alive());
                seen.set(seen.get() + 1);
            })),
        )
        .unwrap();
    drop(small);
    assert_eq!(called.get(), 1);
    assert!(wr.upgrade().is_none());
}

#[test]
fn the_last_small_value_frees_an_ownerless_heap() {
    let heap = Heap::new();
    let num = heap.type_handle::<Num>();
    let last = heap.alloc_with(num, Num::Small(1)).unwrap();
    drop(heap);
    // The heap state (and the type cell the handle points to) goes with this object; Miri
    // checks that nothing is leaked or used afterwards.
    drop(last);
}

/// A tuple-like variable-size object of plain numbers.
struct Row;
impl Object for Row {
    const NAME: &'static str = "row";
    const TRACKED: bool = false;
}
impl crate::VarObject for Row {
    type Item = u32;
}

#[test]
fn a_var_type_handle_allocates_in_the_var_cell_of_its_heap() {
    let heap = Heap::new();
    let row = heap.var_type_handle::<Row>();
    let a = heap
        .alloc_var_with_handle(row, Row, 3, |i| i as u32 * 10)
        .unwrap();
    assert_eq!(Gc::items(&a), [0, 10, 20]);
    let b = heap.alloc_var_with(Row, 1, |_| 7).unwrap();
    assert_eq!(
        Gc::to_obj(&a).type_slots(),
        Gc::to_obj(&b).type_slots(),
        "the handle's cell is the var cell (item size included)"
    );
    assert_eq!(Gc::to_obj(&a).type_slots().item_size, 4);
    // Another heap's handle: the lookup path, on this heap.
    let other = Heap::new();
    let c = other.alloc_var_with_handle(row, Row, 2, |_| 1).unwrap();
    assert_eq!((heap.object_count(), other.object_count()), (2, 1));
    assert_eq!(Gc::items(&c).len(), 2);
    drop((a, b, c));
    assert_eq!((heap.object_count(), other.object_count()), (0, 0));
}
