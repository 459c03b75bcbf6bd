//! Unit tests of [`ValueStack`]: every value pushed is dropped exactly once, whichever way
//! it leaves (pop, truncate, split_off, the stack's own drop), across growth and inserts.

use std::cell::RefCell;
use std::rc::Rc;

use crate::{Gc, Heap, ObjRef, Object, ValueStack};

/// An atom that notes its id in a shared log when it dies.
struct Probe {
    id: u32,
    log: Rc<RefCell<Vec<u32>>>,
}
impl Object for Probe {
    const NAME: &'static str = "probe";
    const TRACKED: bool = false;
}
impl Drop for Probe {
    fn drop(&mut self) {
        self.log.borrow_mut().push(self.id);
    }
}

fn probe(heap: &Heap, log: &Rc<RefCell<Vec<u32>>>, id: u32) -> ObjRef {
    let log = log.clone();
    Gc::into_obj(heap.alloc(Probe { id, log }).unwrap())
}

fn id_of(o: &ObjRef) -> u32 {
    o.downcast_ref::<Probe>().unwrap().id
}

#[test]
fn push_pop_in_order_across_growth() {
    let heap = Heap::new();
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut s = ValueStack::new();
    assert!(s.is_empty());
    assert_eq!(s.capacity(), 0);
    assert!(s.pop().is_none());
    assert!(s.last().is_none());
    for id in 0..40 {
        s.push(probe(&heap, &log, id));
        assert_eq!(s.len(), id as usize + 1);
        assert_eq!(id_of(s.last().unwrap()), id);
    }
    assert!(s.capacity() >= 40);
    assert_eq!(
        s.iter().map(id_of).collect::<Vec<_>>(),
        (0..40).collect::<Vec<_>>()
    );
    assert!(
        log.borrow().is_empty(),
        "growth moved values, it did not drop them"
    );
    for id in (30..40).rev() {
        let v = s.pop().unwrap();
        assert_eq!(id_of(&v), id);
        drop(v);
        assert_eq!(log.borrow().last(), Some(&id));
    }
    drop(s);
    let mut died = log.borrow().clone();
    died.sort();
    assert_eq!(died, (0..40).collect::<Vec<_>>());
}

#[test]
fn reserve_then_push_does_not_reallocate() {
    let heap = Heap::new();
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut s = ValueStack::with_capacity(7);
    assert_eq!(s.capacity(), 7);
    let base = s.as_slice().as_ptr();
    for id in 0..7 {
        s.push(probe(&heap, &log, id));
    }
    assert_eq!(s.as_slice().as_ptr(), base);
    s.reserve(0);
    assert_eq!(s.capacity(), 7);
    s.reserve(1);
    assert!(s.capacity() >= 8);
    assert_eq!(s.len(), 7);
}

#[test]
fn truncate_drops_top_first_and_split_off_moves() {
    let heap = Heap::new();
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut s = ValueStack::new();
    s.extend((0..6).map(|id| probe(&heap, &log, id)));
    let upper = s.split_off(4);
    assert_eq!(upper.iter().map(id_of).collect::<Vec<_>>(), vec![4, 5]);
    assert_eq!(s.len(), 4);
    assert!(log.borrow().is_empty());
    assert!(s.split_off(9).is_empty());
    s.truncate(1);
    assert_eq!(*log.borrow(), vec![3, 2, 1]);
    drop(upper);
    s.clear();
    assert!(s.is_empty());
    assert_eq!(*log.borrow(), vec![3, 2, 1, 4, 5, 0]);
}

#[test]
fn insert_swap_and_index() {
    let heap = Heap::new();
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut s = ValueStack::with_capacity(3);
    s.extend((0..3).map(|id| probe(&heap, &log, id)));
    // Full: the insert grows the stack.
    s.insert(1, probe(&heap, &log, 10));
    s.insert(4, probe(&heap, &log, 11));
    s.insert(0, probe(&heap, &log, 12));
    assert_eq!(
        s.iter().map(id_of).collect::<Vec<_>>(),
        vec![12, 0, 10, 1, 2, 11]
    );
    s.swap(0, 5);
    let n = s.len();
    assert_eq!(id_of(&s[0]), 11);
    assert_eq!(id_of(&s[n - 1]), 12);
    assert!(s.get(n).is_none());
    let replaced = std::mem::replace(&mut s[2], probe(&heap, &log, 13));
    drop(replaced);
    assert_eq!(*log.borrow(), vec![10]);
    drop(s);
    assert_eq!(log.borrow().len(), 7);
}

#[test]
#[should_panic(expected = "past the top")]
fn insert_past_the_top_panics_without_corruption() {
    let mut s = ValueStack::new();
    let heap = Heap::new();
    let log = Rc::new(RefCell::new(Vec::new()));
    s.insert(1, probe(&heap, &log, 0));
}

#[test]
fn drain_moves_bottom_first_and_drops_the_rest() {
    let heap = Heap::new();
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut s = ValueStack::new();
    s.extend((0..6).map(|id| probe(&heap, &log, id)));
    let mut d = s.drain_from(2);
    assert_eq!(d.len(), 4);
    let first = d.next().unwrap();
    assert_eq!(id_of(&first), 2);
    assert_eq!(d.len(), 3);
    drop(d);
    assert_eq!(*log.borrow(), vec![3, 4, 5]);
    assert_eq!(s.len(), 2);
    assert_eq!(s.drain_from(7).len(), 0);
    let all: Vec<ObjRef> = s.drain_from(0).collect();
    assert_eq!(all.iter().map(id_of).collect::<Vec<_>>(), vec![0, 1]);
    assert!(s.is_empty());
    drop((first, all));
    assert_eq!(log.borrow().len(), 6);
}
