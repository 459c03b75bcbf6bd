//! Unit tests of variable-size objects built from exact-size iterators
//! ([`Heap::alloc_var_exact`]) and of the tuple-like hooks of [`VarObject`]: items walked
//! and dropped last to first, and an untrack test that sees the items.

use std::cell::RefCell;
use std::rc::Rc;

use crate::{Gc, Heap, ObjRef, Object, Untrack, VarObject};

/// Like CPython's tuple: items last to first, untracked once no item is tracked.
struct Tup;
impl Object for Tup {
    const NAME: &'static str = "tuple";
    const UNTRACK: Untrack = Untrack::EveryCollection;
}
impl VarObject for Tup {
    type Item = ObjRef;
    const ITEMS_LAST_FIRST: bool = true;
    fn can_untrack_with(&self, items: &[ObjRef]) -> bool {
        items.iter().all(|o| !o.is_tracked())
    }
}

/// The same items first to last (the default), never untracked.
struct Row;
impl Object for Row {
    const NAME: &'static str = "row";
}
impl VarObject for Row {
    type Item = ObjRef;
}

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

/// A tracked, empty container.
struct Bag;
impl Object for Bag {
    const NAME: &'static str = "bag";
}

fn probes(heap: &Heap, log: &Rc<RefCell<Vec<u32>>>, n: u32) -> Vec<ObjRef> {
    (0..n)
        .map(|id| {
            let log = log.clone();
            Gc::into_obj(heap.alloc(Probe { id, log }).unwrap())
        })
        .collect()
}

/// An iterator whose `len()` says `claimed` while it yields `real` items.
struct Liar {
    items: std::vec::IntoIter<ObjRef>,
    claimed: usize,
}
impl Iterator for Liar {
    type Item = ObjRef;
    fn next(&mut self) -> Option<ObjRef> {
        self.items.next()
    }
}
impl ExactSizeIterator for Liar {
    fn len(&self) -> usize {
        self.claimed
    }
}

#[test]
fn alloc_var_exact_moves_the_items_in_order() {
    let heap = Heap::new();
    let log = Rc::new(RefCell::new(Vec::new()));
    let items = probes(&heap, &log, 5);
    let ptrs: Vec<usize> = items.iter().map(ObjRef::addr).collect();
    let t = heap.alloc_var_exact(Row, items.into_iter()).unwrap();
    let got: Vec<usize> = Gc::items(&t).iter().map(ObjRef::addr).collect();
    assert_eq!(got, ptrs);
    assert!(
        Gc::items(&t).iter().all(|o| o.refcount() == 1),
        "moved, not cloned"
    );
    assert_eq!(Gc::allocated_size(&t), 16 + 16 + 5 * 8);
    let ty = heap.var_type_handle::<Row>();
    let few = probes(&heap, &log, 2);
    let u = heap
        .alloc_var_exact_with_handle(ty, Row, few.iter().cloned())
        .unwrap();
    assert_eq!(Gc::items(&u).len(), 2);
    assert!(Gc::items(&u).iter().all(|o| o.refcount() == 2), "cloned");
    drop((t, u, few));
    assert_eq!(heap.object_count(), 0);
    assert_eq!(log.borrow().len(), 7);
}

#[test]
fn alloc_var_exact_survives_iterators_that_lie_about_their_length() {
    let heap = Heap::new();
    let log = Rc::new(RefCell::new(Vec::new()));
    // Fewer items than claimed: the object holds those it got.
    let short = Liar {
        items: probes(&heap, &log, 2).into_iter(),
        claimed: 6,
    };
    let t = heap.alloc_var_exact(Row, short).unwrap();
    assert_eq!(Gc::items(&t).len(), 2);
    assert_eq!(heap.get_referents(&[Gc::to_obj(&t)]).unwrap().len(), 2);
    drop(t);
    assert_eq!(log.borrow().len(), 2, "both items released with the object");
    // The same on the straight-line path for up to four items.
    let short = Liar {
        items: probes(&heap, &log, 1).into_iter(),
        claimed: 3,
    };
    let t = heap.alloc_var_exact(Row, short).unwrap();
    assert_eq!(Gc::items(&t).len(), 1);
    drop(t);
    assert_eq!(log.borrow().len(), 3);
    // More items than claimed: the extra ones stay in the iterator, which drops them.
    let long = Liar {
        items: probes(&heap, &log, 5).into_iter(),
        claimed: 3,
    };
    let t = heap.alloc_var_exact(Row, long).unwrap();
    assert_eq!(Gc::items(&t).len(), 3);
    assert_eq!(
        log.borrow().len(),
        5,
        "the two unread items died with the iterator"
    );
    drop(t);
    assert_eq!(heap.object_count(), 0);
    assert_eq!(log.borrow().len(), 8);
}

#[test]
fn tuple_like_items_die_last_to_first_and_rows_first_to_last() {
    let heap = Heap::new();
    let log = Rc::new(RefCell::new(Vec::new()));
    let t = heap
        .alloc_var_exact(Tup, probes(&heap, &log, 4).into_iter())
        .unwrap();
    drop(t);
    assert_eq!(*log.borrow(), [3, 2, 1, 0]);
    log.borrow_mut().clear();
    let r = heap
        .alloc_var_exact(Row, probes(&heap, &log, 4).into_iter())
        .unwrap();
    drop(r);
    assert_eq!(*log.borrow(), [0, 1, 2, 3]);
}

#[test]
fn tuple_like_items_are_traversed_last_to_first() {
    let heap = Heap::new();
    let bags: Vec<ObjRef> = (0..3)
        .map(|_| Gc::into_obj(heap.alloc(Bag).unwrap()))
        .collect();
    let t = heap.alloc_var_exact(Tup, bags.iter().cloned()).unwrap();
    let r = heap.alloc_var_exact(Row, bags.iter().cloned()).unwrap();
    let addrs = |o: ObjRef| -> Vec<usize> {
        heap.get_referents(&[o])
            .unwrap()
            .iter()
            .map(ObjRef::addr)
            .collect()
    };
    let forward: Vec<usize> = bags.iter().map(ObjRef::addr).collect();
    let backward: Vec<usize> = forward.iter().rev().copied().collect();
    assert_eq!(
        addrs(Gc::to_obj(&t)),
        backward,
        "CPython's tupletraverse order"
    );
    assert_eq!(addrs(Gc::to_obj(&r)), forward);
    drop((t, r, bags));
    assert_eq!(heap.object_count(), 0);
}

#[test]
fn untrack_hook_sees_the_items() {
    let heap = Heap::new();
    let log = Rc::new(RefCell::new(Vec::new()));
    let atoms = heap
        .alloc_var_exact(Tup, probes(&heap, &log, 2).into_iter())
        .unwrap();
    let bag = Gc::into_obj(heap.alloc(Bag).unwrap());
    let holder = heap
        .alloc_var_exact(Tup, [bag.clone()].into_iter())
        .unwrap();
    assert!(Gc::is_tracked(&atoms) && Gc::is_tracked(&holder));
    heap.collect(0).unwrap();
    assert!(!Gc::is_tracked(&atoms), "only untracked atoms: untracked");
    assert!(
        Gc::is_tracked(&holder),
        "holds a tracked container: still tracked"
    );
    heap.untrack(&bag).unwrap();
    heap.collect(2).unwrap();
    assert!(!Gc::is_tracked(&holder), "its item stopped being tracked");
    drop((atoms, holder, bag));
    assert_eq!(heap.object_count(), 0);
}

/// A tuple-like type with free lists for 1 and 2 items, two blocks each (no value: the
/// report's sizes are header + items, 16 + 8n).
struct Kept;
impl Object for Kept {
    const NAME: &'static str = "kept";
    const FREELIST_CAPACITY: usize = 2;
    const FREELIST_NAME: &'static str = "KeptObject";
}
impl VarObject for Kept {
    type Item = ObjRef;
    const FREELIST_MAX_LEN: usize = 2;
}

fn kept(heap: &Heap, n: usize) -> Gc<Kept> {
    let items: Vec<ObjRef> = (0..n)
        .map(|_| Gc::into_obj(heap.alloc(Bag).unwrap()))
        .collect();
    heap.alloc_var_exact(Kept, items.into_iter()).unwrap()
}

fn freelist_report(heap: &Heap) -> String {
    let mut out = String::new();
    heap.write_freelist_stats(&mut out).unwrap();
    out
}

#[test]
fn var_free_lists_keep_blocks_by_item_count() {
    let heap = Heap::new();
    heap.disable();
    let report = freelist_report(&heap);
    assert_eq!(
        report, "",
        "no free lists before the type's first allocation"
    );
    let (one, two, three) = (kept(&heap, 1), kept(&heap, 2), kept(&heap, 3));
    let (a1, a2) = (Gc::addr(&one), Gc::addr(&two));
    drop((one, two, three));
    let report = freelist_report(&heap);
    assert!(
        report.contains("1 free 1-sized KeptObjects * 24 bytes each"),
        "{report}"
    );
    assert!(
        report.contains("1 free 2-sized KeptObjects * 32 bytes each"),
        "{report}"
    );
    assert!(!report.contains("3-sized"), "{report}");
    // A kept block comes back for the same item count only, and the reuse does not count
    // towards generation 0 (its items do: they are new Bags).
    let before = heap.get_count().0;
    let two = kept(&heap, 2);
    assert_eq!(Gc::addr(&two), a2);
    assert_eq!(heap.get_count().0, before + 2, "only the two items counted");
    let one = kept(&heap, 1);
    assert_eq!(Gc::addr(&one), a1);
    assert_eq!(Gc::items(&one).len(), 1);
    assert_eq!(Gc::allocated_size(&two), 16 + 16 + 2 * 8);
    drop((one, two));
    // At most two blocks per count.
    let ones: Vec<Gc<Kept>> = (0..3).map(|_| kept(&heap, 1)).collect();
    drop(ones);
    let report = freelist_report(&heap);
    assert!(report.contains("2 free 1-sized KeptObjects"), "{report}");
    // Full collections empty them; dropping the heap frees what is left (Miri checks).
    heap.collect(2).unwrap();
    let report = freelist_report(&heap);
    assert!(report.contains("0 free 1-sized KeptObjects"), "{report}");
    assert!(report.contains("0 free 2-sized KeptObjects"), "{report}");
    drop(kept(&heap, 2));
    assert_eq!(heap.object_count(), 0);
}

#[test]
fn var_items_mut_only_for_the_sole_reference() {
    let heap = Heap::new();
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut t = Gc::into_obj(
        heap.alloc_var_exact(Tup, probes(&heap, &log, 2).into_iter())
            .unwrap(),
    );
    assert!(t.var_items_mut::<Row>().is_none(), "wrong type");
    let other = t.clone();
    assert!(t.var_items_mut::<Tup>().is_none(), "shared");
    drop(other);
    let fresh = probes(&heap, &log, 1).pop().unwrap();
    let old = {
        let items = t.var_items_mut::<Tup>().expect("count 1: mutable");
        assert_eq!(items.len(), 2);
        std::mem::replace(&mut items[1], fresh.clone())
    };
    drop(old);
    assert_eq!(*log.borrow(), [1], "the replaced item died");
    let typed = t.downcast::<Tup>().unwrap();
    assert!(Gc::items(&typed)[1].ptr_eq(&fresh));
    drop((typed, t, fresh));
    assert_eq!(heap.object_count(), 0);
}
