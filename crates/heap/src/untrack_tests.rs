//! Unit tests of born-untracked types and of the collector's untrack passes
//! (`untrack.rs`): a tuple-like type untracked by every collection, a dict-like type born
//! untracked and untracked by full collections only.

use std::cell::RefCell;

use crate::{Gc, Heap, ObjRef, Object, Trace, Untrack, Visitor};

/// Like CPython's tuple: untracked by any collection once its items are all untracked
/// (here: all its items are `Atom`s or untracked `Tup`s).
struct Tup {
    items: Vec<ObjRef>,
}
impl Object for Tup {
    const NAME: &'static str = "tuple";
    const UNTRACK: Untrack = Untrack::EveryCollection;
    fn traverse(&self, v: &mut Visitor<'_>) {
        self.items.trace(v);
    }
    fn can_untrack(&self) -> bool {
        self.items
            .iter()
            .all(|o| !o.type_slots().tracked || !o.is_tracked())
    }
}

/// Like CPython's dict: born untracked, untracked again by full collections when it holds
/// nothing tracked.
struct Map {
    items: RefCell<Vec<ObjRef>>,
}
impl Object for Map {
    const NAME: &'static str = "dict";
    const TRACK_AT_ALLOC: bool = false;
    const UNTRACK: Untrack = Untrack::FullCollections;
    fn traverse(&self, v: &mut Visitor<'_>) {
        self.items.trace(v);
    }
    fn clear(&self) {
        self.items.clear_refs();
    }
    fn can_untrack(&self) -> bool {
        match self.items.try_borrow() {
            Ok(items) => items.iter().all(|o| !o.is_tracked()),
            Err(_) => false,
        }
    }
}

/// An atom (not a container).
struct Atom;
impl Object for Atom {
    const NAME: &'static str = "int";
    const TRACKED: bool = false;
}

/// A container whose untrack hook panics.
struct Grumpy;
impl Object for Grumpy {
    const NAME: &'static str = "grumpy";
    const UNTRACK: Untrack = Untrack::EveryCollection;
    fn can_untrack(&self) -> bool {
        panic!("no")
    }
}

fn atom(heap: &Heap) -> ObjRef {
    Gc::into_obj(heap.alloc(Atom).unwrap())
}

fn tup(heap: &Heap, items: Vec<ObjRef>) -> Gc<Tup> {
    heap.alloc(Tup { items }).unwrap()
}

fn in_objects(heap: &Heap, o: &ObjRef) -> bool {
    heap.get_objects(None).unwrap().iter().any(|x| x.ptr_eq(o))
}

#[test]
fn born_untracked_objects_count_like_gc_alloc() {
    let heap = Heap::new();
    let m = heap
        .alloc(Map {
            items: RefCell::new(vec![]),
        })
        .unwrap();
    assert!(!Gc::is_tracked(&m));
    assert_eq!(
        heap.get_count().0,
        1,
        "the allocation counts though untracked"
    );
    assert!(!in_objects(&heap, Gc::as_obj(&m)));
    heap.track(Gc::as_obj(&m)).unwrap();
    assert!(Gc::is_tracked(&m));
    assert!(in_objects(&heap, Gc::as_obj(&m)));
    let n = heap
        .alloc(Map {
            items: RefCell::new(vec![]),
        })
        .unwrap();
    assert_eq!(heap.get_count().0, 2);
    drop(n);
    assert_eq!(
        heap.get_count().0,
        1,
        "freeing an untracked one uncounts it too"
    );
}

#[test]
fn every_collection_untracks_atomic_tuples() {
    let heap = Heap::new();
    let t = tup(&heap, vec![atom(&heap), atom(&heap)]);
    let inner = tup(&heap, vec![atom(&heap)]);
    // Created after `inner`, so later in the list: the same pass sees `inner` untracked.
    let outer = tup(&heap, vec![Gc::to_obj(&inner)]);
    let keeper = tup(
        &heap,
        vec![Gc::to_obj(&outer), Gc::to_obj(&keeper_list(&heap))],
    );
    assert!(Gc::is_tracked(&t) && Gc::is_tracked(&outer));
    assert_eq!(heap.collect(0).unwrap(), 0);
    assert!(!Gc::is_tracked(&t));
    assert!(!Gc::is_tracked(&inner));
    assert!(!Gc::is_tracked(&outer));
    assert!(Gc::is_tracked(&keeper), "it holds a tracked container");
    // Survivors moved to generation 1 exclude the untracked ones.
    assert_eq!(heap.generation_sizes().unwrap(), [0, 2, 0, 0]);
    drop((t, inner, outer, keeper));
    assert_eq!(heap.object_count(), 0);
}

fn keeper_list(heap: &Heap) -> Gc<Map> {
    let m = heap
        .alloc(Map {
            items: RefCell::new(vec![]),
        })
        .unwrap();
    heap.track(Gc::as_obj(&m)).unwrap();
    m
}

#[test]
fn survivors_are_untracked_in_final_list_order_beside_garbage() {
    let heap = Heap::new();
    // Garbage in the same collection: move_unreachable runs (not the all-survive pass).
    let g = keeper_list(&heap);
    g.items.borrow_mut().push(Gc::to_obj(&g));
    drop(g);
    // Held only by a container created after it: at its turn its gc_refs is 0, so it is
    // moved out as tentatively unreachable, then taken back to the end of the list when the
    // container is scanned, and decided there.
    let hidden = tup(&heap, vec![atom(&heap)]);
    let holder = keeper_list(&heap);
    holder.items.borrow_mut().push(Gc::to_obj(&hidden));
    drop(hidden);
    // Between two survivors: unlinking it keeps the list whole.
    let first = tup(&heap, vec![atom(&heap)]);
    let middle = tup(&heap, vec![atom(&heap)]);
    let last = tup(&heap, vec![Gc::to_obj(&keeper_list(&heap))]);
    assert_eq!(heap.collect(0).unwrap(), 1, "the map cycle");
    let hidden = holder.items.borrow()[0].clone();
    assert!(!hidden.is_tracked());
    assert!(!Gc::is_tracked(&first) && !Gc::is_tracked(&middle));
    assert!(Gc::is_tracked(&last) && Gc::is_tracked(&holder));
    // Generation 1 holds the holder, `last` and the map inside it, in that order (the map,
    // held only by `last`, was taken back to the end when `last` was scanned).
    assert_eq!(heap.generation_sizes().unwrap(), [0, 3, 0, 0]);
    let objects = heap.get_objects(Some(1)).unwrap();
    assert_eq!(objects.len(), 3);
    assert!(objects[0].ptr_eq(Gc::as_obj(&holder)));
    assert!(objects[1].ptr_eq(Gc::as_obj(&last)));
    drop((hidden, holder, first, middle, last, objects));
    heap.collect(2).unwrap();
    assert_eq!(heap.object_count(), 0);
}

#[test]
fn only_full_collections_untrack_maps_after_tuples() {
    let heap = Heap::new();
    let m = heap
        .alloc(Map {
            items: RefCell::new(vec![]),
        })
        .unwrap();
    heap.track(Gc::as_obj(&m)).unwrap();
    // A tuple created after the map: the tuple pass runs first, so the map pass sees it
    // untracked in the same full collection.
    let t = tup(&heap, vec![atom(&heap)]);
    m.items.borrow_mut().push(Gc::to_obj(&t));
    heap.collect(0).unwrap();
    assert!(!Gc::is_tracked(&t));
    assert!(Gc::is_tracked(&m), "young collections leave maps alone");
    heap.collect(1).unwrap();
    assert!(Gc::is_tracked(&m));
    heap.collect(2).unwrap();
    assert!(!Gc::is_tracked(&m));
    assert_eq!(heap.generation_sizes().unwrap(), [0, 0, 0, 0]);
}

#[test]
fn untracked_garbage_is_not_counted_and_cycles_through_maps_still_collect() {
    let heap = Heap::new();
    let m = heap
        .alloc(Map {
            items: RefCell::new(vec![]),
        })
        .unwrap();
    let mo = Gc::to_obj(&m);
    m.items.borrow_mut().push(mo.clone());
    heap.track(&mo).unwrap();
    drop((m, mo));
    assert_eq!(
        heap.collect(2).unwrap(),
        1,
        "a tracked self-referencing map"
    );
    assert_eq!(heap.object_count(), 0);
}

#[test]
fn a_panicking_hook_keeps_its_object_tracked() {
    let heap = Heap::new();
    let g = heap.alloc(Grumpy).unwrap();
    assert_eq!(heap.collect(2).unwrap(), 0);
    assert!(Gc::is_tracked(&g));
    let t = tup(&heap, vec![]);
    heap.collect(0).unwrap();
    assert!(!Gc::is_tracked(&t), "the heap is still usable");
}
