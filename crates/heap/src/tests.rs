//! Unit tests: small graphs, so that Miri can run them all.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::{
    CallbackInfo, Gc, GenStats, Heap, HeapError, ObjRef, Object, Phase, Trace, Visitor,
    DEBUG_COLLECTABLE, DEBUG_SAVEALL,
};

/// A Python-list-like container.
struct List {
    items: RefCell<Vec<ObjRef>>,
}
crate::impl_object!(List, "list", [items]);

fn list(heap: &Heap) -> Gc<List> {
    heap.alloc(List {
        items: RefCell::new(Vec::new()),
    })
    .unwrap()
}

fn push(l: &Gc<List>, o: ObjRef) {
    l.items.borrow_mut().push(o);
}

/// A float-like leaf (untracked, with a free list, like PyFloatObject).
struct Float(f64);
impl Object for Float {
    const NAME: &'static str = "float";
    const TRACKED: bool = false;
    const FREELIST_CAPACITY: usize = 100;
    const FREELIST_NAME: &'static str = "PyFloatObject";
}

type Log = Rc<RefCell<Vec<Gc<Lazarus>>>>;

/// An object with a finalizer that counts its calls and may resurrect itself.
struct Lazarus {
    me: RefCell<Option<ObjRef>>,
    calls: Rc<Cell<usize>>,
    resurrect_into: Option<Log>,
}
impl Object for Lazarus {
    const NAME: &'static str = "Lazarus";
    const HAS_FINALIZER: bool = true;
    fn traverse(&self, visitor: &mut Visitor<'_>) {
        self.me.trace(visitor);
    }
    fn clear(&self) {
        self.me.clear_refs();
    }
    fn finalize(this: &Gc<Self>) {
        this.calls.set(this.calls.get() + 1);
        if let Some(log) = &this.resurrect_into {
            log.borrow_mut().push(this.clone());
        }
    }
}

fn lazarus(heap: &Heap, calls: &Rc<Cell<usize>>, log: Option<&Log>) -> Gc<Lazarus> {
    heap.alloc(Lazarus {
        me: RefCell::new(None),
        calls: calls.clone(),
        resurrect_into: log.cloned(),
    })
    .unwrap()
}

#[test]
fn refcount_frees_immediately() {
    let heap = Heap::new();
    let a = list(&heap);
    let b = a.clone();
    assert_eq!(Gc::refcount(&a), 2);
    drop(b);
    assert_eq!(Gc::refcount(&a), 1);
    assert_eq!(heap.object_count(), 1);
    drop(a);
    assert_eq!(heap.object_count(), 0);
    assert_eq!(heap.get_count().0, 0, "count0 falls on free");
}

#[test]
fn clone_in_reads_a_cell_without_emptying_it() {
    let heap = Heap::new();
    let a = list(&heap);
    let cell = Cell::new(Some(Gc::to_obj(&a)));
    assert_eq!(Gc::refcount(&a), 2);
    let r = ObjRef::clone_in(&cell).expect("the cell holds the list");
    assert!(r.ptr_eq(&Gc::to_obj(&a)));
    assert_eq!(
        Gc::refcount(&a),
        3,
        "a new reference; the cell keeps its own"
    );
    drop(r);
    assert!(cell.take().is_some());
    assert!(ObjRef::clone_in(&cell).is_none());
    assert_eq!(Gc::refcount(&a), 1);
    drop(a);
    assert_eq!(heap.object_count(), 0);
}

#[test]
fn self_referencing_list_collects_one() {
    let heap = Heap::new();
    heap.collect(2).unwrap();
    let l = list(&heap);
    push(&l, Gc::to_obj(&l));
    heap.collect(2).unwrap();
    drop(l);
    assert_eq!(heap.collect(2).unwrap(), 1);
    assert_eq!(heap.object_count(), 0);
}

#[test]
fn two_object_cycle_collects_two() {
    let heap = Heap::new();
    let a = list(&heap);
    let b = list(&heap);
    push(&a, Gc::to_obj(&b));
    push(&b, Gc::to_obj(&a));
    assert_eq!(heap.collect(2).unwrap(), 0);
    drop(a);
    assert_eq!(heap.collect(2).unwrap(), 0);
    drop(b);
    assert_eq!(heap.collect(2).unwrap(), 2);
    assert_eq!(heap.object_count(), 0);
    let st = heap.get_stats();
    assert_eq!(st[2].collected, 2);
    assert_eq!(st[2].collections, 3);
}

#[test]
fn finalizer_runs_once_in_cycle() {
    let heap = Heap::new();
    let calls = Rc::new(Cell::new(0));
    let z = lazarus(&heap, &calls, None);
    *z.me.borrow_mut() = Some(Gc::to_obj(&z));
    drop(z);
    assert_eq!(heap.collect(2).unwrap(), 1);
    assert_eq!(calls.get(), 1);
    assert_eq!(heap.object_count(), 0);
}

#[test]
fn finalizer_runs_once_on_refcount_death() {
    let heap = Heap::new();
    let calls = Rc::new(Cell::new(0));
    let z = lazarus(&heap, &calls, None);
    drop(z);
    assert_eq!(calls.get(), 1);
    assert_eq!(heap.object_count(), 0);
}

#[test]
fn resurrection_survives_and_is_not_counted() {
    let heap = Heap::new();
    heap.disable();
    let calls = Rc::new(Cell::new(0));
    let log: Log = Rc::new(RefCell::new(Vec::new()));
    // A cycle: Lazarus <-> cargo list.
    let laz = lazarus(&heap, &calls, Some(&log));
    let cargo = list(&heap);
    push(&cargo, Gc::to_obj(&laz));
    *laz.me.borrow_mut() = Some(Gc::to_obj(&cargo));
    let cargo_addr = Gc::addr(&cargo);
    drop((laz, cargo));
    let before = heap.get_stats()[2];
    assert_eq!(
        heap.collect(2).unwrap(),
        0,
        "resurrected objects are not counted"
    );
    assert_eq!(heap.get_stats()[2].collected, before.collected);
    assert_eq!(calls.get(), 1);
    assert_eq!(heap.object_count(), 2, "resurrection is transitive");
    let back = log.borrow_mut().pop().unwrap();
    assert!(Gc::is_finalized(&back));
    let cargo_again = back.me.borrow().clone().unwrap();
    assert_eq!(cargo_again.addr(), cargo_addr);
    drop(cargo_again);
    drop(back);
    // Finalizer already ran: the second time the cycle just dies.
    assert_eq!(heap.collect(2).unwrap(), 2);
    assert_eq!(calls.get(), 1);
    assert_eq!(heap.object_count(), 0);
}

#[test]
fn resurrection_does_not_block_cleanup_of_others() {
    let heap = Heap::new();
    let calls = Rc::new(Cell::new(0));
    let log: Log = Rc::new(RefCell::new(Vec::new()));
    for _ in 0..3 {
        let l = list(&heap);
        push(&l, Gc::to_obj(&l));
    }
    let z = lazarus(&heap, &calls, Some(&log));
    *z.me.borrow_mut() = Some(Gc::to_obj(&z));
    drop(z);
    assert_eq!(heap.collect(2).unwrap(), 3);
    assert_eq!(log.borrow().len(), 1);
    log.borrow_mut().clear();
    assert_eq!(heap.collect(2).unwrap(), 1);
    assert_eq!(calls.get(), 1);
}

#[test]
fn weakref_to_garbage_calls_callback_of_live_weakref() {
    let heap = Heap::new();
    let called = Rc::new(Cell::new(0));
    let a = list(&heap);
    push(&a, Gc::to_obj(&a));
    let c2 = called.clone();
    let wr = heap
        .weakref(
            &a,
            Some(Box::new(move |_h: &Heap, w: &Gc<crate::WeakRefObj>| {
                assert!(!w.is_alive());
                c2.set(c2.get() + 1);
            })),
        )
        .unwrap();
    assert!(wr.upgrade().is_some());
    drop(a);
    assert_eq!(heap.collect(2).unwrap(), 1);
    assert_eq!(called.get(), 1);
    assert!(wr.upgrade().is_none());
}

#[test]
fn weakref_that_is_garbage_gets_no_callback() {
    let heap = Heap::new();
    let called = Rc::new(Cell::new(0));
    let a = list(&heap);
    let c2 = called.clone();
    let wr = heap
        .weakref(
            &a,
            Some(Box::new(move |_h: &Heap, _w: &Gc<crate::WeakRefObj>| {
                c2.set(c2.get() + 1)
            })),
        )
        .unwrap();
    // a -> wr (the weakref object is part of the garbage), a -> a.
    push(&a, Gc::to_obj(wr.weakref()));
    push(&a, Gc::to_obj(&a));
    drop(wr);
    drop(a);
    assert_eq!(heap.collect(2).unwrap(), 2);
    assert_eq!(called.get(), 0);
    assert_eq!(heap.object_count(), 0);
}

#[test]
fn untracked_weakref_is_never_garbage_and_counts_only_when_freed_by_its_callback() {
    // An embedder keeps a weak reference untracked when it is part of a larger object: the
    // collector neither counts it nor judges it garbage, even when only garbage holds it.
    let heap = Heap::new();
    let called = Rc::new(Cell::new(0));
    let a = list(&heap);
    push(&a, Gc::to_obj(&a));
    let c2 = called.clone();
    let wr = heap
        .weakref_obj(
            Gc::as_obj(&a),
            Some(Box::new(move |_h: &Heap, w: &Gc<crate::WeakRefObj>| {
                assert!(!w.is_alive());
                c2.set(c2.get() + 1);
            })),
        )
        .unwrap();
    heap.untrack(Gc::as_obj(&wr)).unwrap();
    assert!(!Gc::is_tracked(&wr));
    // Held by the garbage only: its callback runs; it dies with the garbage, uncounted.
    push(&a, Gc::to_obj(&wr));
    drop(wr);
    drop(a);
    assert_eq!(heap.collect(2).unwrap(), 1);
    assert_eq!(called.get(), 1);
    assert_eq!(heap.object_count(), 0);

    // Held from outside: the callback runs, nothing more is counted, and it stays untracked.
    let b = list(&heap);
    push(&b, Gc::to_obj(&b));
    let c3 = called.clone();
    let wr = heap
        .weakref_obj(
            Gc::as_obj(&b),
            Some(Box::new(move |_h: &Heap, _w: &Gc<crate::WeakRefObj>| {
                c3.set(c3.get() + 1)
            })),
        )
        .unwrap();
    heap.untrack(Gc::as_obj(&wr)).unwrap();
    drop(b);
    assert_eq!(heap.collect(2).unwrap(), 1);
    assert_eq!(called.get(), 2);
    assert!(!wr.is_alive() && !Gc::is_tracked(&wr));
    drop(wr);

    // Dropped by its own callback (a WeakValueDictionary entry): freed right after it,
    // and counted as CPython's handle_weakrefs counts it.
    let c = list(&heap);
    push(&c, Gc::to_obj(&c));
    let holder: Rc<RefCell<Option<Gc<crate::WeakRefObj>>>> = Rc::default();
    let h2 = holder.clone();
    let wr = heap
        .weakref_obj(
            Gc::as_obj(&c),
            Some(Box::new(move |_h: &Heap, _w: &Gc<crate::WeakRefObj>| {
                h2.borrow_mut().take();
            })),
        )
        .unwrap();
    heap.untrack(Gc::as_obj(&wr)).unwrap();
    *holder.borrow_mut() = Some(wr);
    drop(c);
    assert_eq!(heap.collect(2).unwrap(), 1 + 1);
    assert!(holder.borrow().is_none());
    assert_eq!(heap.object_count(), 0);
}

#[test]
fn weakref_callback_on_refcount_death() {
    let heap = Heap::new();
    let called = Rc::new(Cell::new(0));
    let a = list(&heap);
    let c2 = called.clone();
    let wr = heap
        .weakref(
            &a,
            Some(Box::new(move |_h: &Heap, _w: &Gc<crate::WeakRefObj>| {
                c2.set(c2.get() + 1)
            })),
        )
        .unwrap();
    let plain = heap.weakref(&a, None).unwrap();
    drop(a);
    assert_eq!(called.get(), 1);
    assert!(!wr.is_alive() && !plain.is_alive());
    drop((wr, plain));
    assert_eq!(heap.object_count(), 0);
}

#[test]
fn weakref_dying_first_unregisters() {
    let heap = Heap::new();
    let a = list(&heap);
    let wr = heap.weakref(&a, None).unwrap();
    drop(wr);
    drop(a);
    assert_eq!(heap.object_count(), 0);
}

#[test]
fn collect_generations_counts() {
    // test_gc.test_collect_generations
    let heap = Heap::new();
    heap.collect(2).unwrap();
    let _x = list(&heap);
    heap.collect(0).unwrap();
    let (_, b, c) = heap.get_count();
    heap.collect(1).unwrap();
    let (_, e, f) = heap.get_count();
    heap.collect(2).unwrap();
    let (_, h, i) = heap.get_count();
    assert_eq!((b, c), (1, 0));
    assert_eq!((e, f), (0, 1));
    assert_eq!((h, i), (0, 0));
}

#[test]
fn count0_follows_tracked_allocations() {
    let heap = Heap::new();
    let a = list(&heap);
    let b = list(&heap);
    let f = heap.alloc(Float(1.0)).unwrap();
    assert_eq!(
        heap.get_count(),
        (2, 0, 0),
        "untracked objects do not count"
    );
    drop(b);
    assert_eq!(heap.get_count(), (1, 0, 0));
    drop((a, f));
}

/// A container with a one-block free list (as CPython's dicts and lists have 80).
struct Kept;
impl Object for Kept {
    const NAME: &'static str = "kept";
    const FREELIST_CAPACITY: usize = 1;
}

#[test]
fn count0_ignores_blocks_the_free_list_keeps_and_reuses() {
    // CPython: a free-list pop skips gc_alloc, a push skips PyObject_GC_Del.
    let heap = Heap::new();
    let a = heap.alloc(Kept).unwrap();
    assert_eq!(heap.get_count().0, 1);
    drop(a);
    assert_eq!(heap.get_count().0, 1, "the block went to the free list");
    let b = heap.alloc(Kept).unwrap();
    assert_eq!(heap.get_count().0, 1, "the block came from the free list");
    let c = heap.alloc(Kept).unwrap();
    assert_eq!(heap.get_count().0, 2);
    drop(b);
    drop(c);
    assert_eq!(
        heap.get_count().0,
        1,
        "the free list was full for the second"
    );
    heap.collect(2).unwrap();
    let d = heap.alloc(Kept).unwrap();
    assert_eq!(
        heap.get_count().0,
        1,
        "full collections empty the free lists"
    );
    drop(d);
}

#[test]
fn survivors_move_to_older_generations() {
    let heap = Heap::new();
    let x = Gc::to_obj(&list(&heap));
    let in_gen = |g: usize| {
        heap.get_objects(Some(g))
            .unwrap()
            .iter()
            .any(|o| o.ptr_eq(&x))
    };
    assert!(in_gen(0));
    heap.collect(0).unwrap();
    assert!(in_gen(1) && !in_gen(0));
    heap.collect(1).unwrap();
    assert!(in_gen(2) && !in_gen(1));
    heap.collect(2).unwrap();
    assert!(in_gen(2));
    assert_eq!(heap.get_objects(None).unwrap().len(), 1);
}

#[test]
fn invalid_generation_is_an_error() {
    let heap = Heap::new();
    assert_eq!(heap.collect(3), Err(HeapError::InvalidGeneration(3)));
    assert!(matches!(
        heap.get_objects(Some(3)),
        Err(HeapError::GenerationOutOfRange(3))
    ));
    assert!(heap.set_threshold(&[]).is_err());
    assert!(heap.set_threshold(&[1, 2, 3, 4]).is_err());
    assert_eq!(
        HeapError::InvalidGeneration(7).to_string(),
        "invalid generation"
    );
}

#[test]
fn thresholds_and_enable() {
    let heap = Heap::new();
    assert_eq!(heap.get_threshold(), (700, 10, 10));
    heap.set_threshold(&[5]).unwrap();
    assert_eq!(heap.get_threshold(), (5, 10, 10));
    heap.set_threshold(&[5, 3, 2]).unwrap();
    assert_eq!(heap.get_threshold(), (5, 3, 2));
    assert!(heap.is_enabled());
    heap.disable();
    assert!(!heap.is_enabled());
    heap.enable();
    assert!(heap.is_enabled());
}

#[test]
fn automatic_collection_runs_at_safepoint() {
    let heap = Heap::new();
    heap.set_threshold(&[4]).unwrap();
    for _ in 0..3 {
        let l = list(&heap);
        push(&l, Gc::to_obj(&l));
    }
    assert!(!heap.collection_pending());
    let l = list(&heap);
    push(&l, Gc::to_obj(&l));
    drop(l);
    let _trigger = list(&heap);
    assert!(heap.collection_pending(), "scheduled, not run");
    assert_eq!(heap.object_count(), 5);
    assert_eq!(heap.safepoint().unwrap(), 4);
    assert!(!heap.collection_pending());
    assert_eq!(heap.object_count(), 1);
    assert_eq!(heap.safepoint().unwrap(), 0);
}

#[test]
fn disabled_heap_schedules_nothing() {
    let heap = Heap::new();
    heap.set_threshold(&[1]).unwrap();
    heap.disable();
    let _a = list(&heap);
    let _b = list(&heap);
    assert!(!heap.collection_pending());
}

#[test]
fn freeze_moves_everything_to_permanent() {
    let heap = Heap::new();
    let a = list(&heap);
    push(&a, Gc::to_obj(&a));
    let _b = list(&heap);
    heap.collect(0).unwrap();
    let _c = list(&heap);
    heap.freeze().unwrap();
    assert_eq!(heap.get_freeze_count().unwrap(), 3);
    assert_eq!(heap.get_objects(None).unwrap().len(), 0);
    assert_eq!(heap.get_count().0, 0);
    drop(a);
    assert_eq!(
        heap.collect(2).unwrap(),
        0,
        "frozen cycles are not collected"
    );
    heap.unfreeze().unwrap();
    assert_eq!(heap.get_freeze_count().unwrap(), 0);
    assert_eq!(heap.get_objects(Some(2)).unwrap().len(), 3);
    assert_eq!(heap.collect(2).unwrap(), 1);
}

#[test]
fn referrers_and_referents() {
    let heap = Heap::new();
    let a = list(&heap);
    let b = list(&heap);
    let c = list(&heap);
    push(&a, Gc::to_obj(&c));
    push(&b, Gc::to_obj(&c));
    let c_obj = Gc::to_obj(&c);
    let mut refs: Vec<usize> = heap
        .get_referrers(std::slice::from_ref(&c_obj))
        .unwrap()
        .iter()
        .map(|o| o.addr())
        .collect();
    refs.sort_unstable();
    let mut want = vec![Gc::addr(&a), Gc::addr(&b)];
    want.sort_unstable();
    assert_eq!(refs, want);
    let r = heap.get_referents(&[Gc::to_obj(&a)]).unwrap();
    assert_eq!(r.len(), 1);
    assert!(r[0].ptr_eq(&c_obj));
    assert!(heap
        .get_referents(&[Gc::into_obj(heap.alloc(Float(2.0)).unwrap())])
        .unwrap()
        .is_empty());
}

#[test]
fn tracking_and_downcast() {
    let heap = Heap::new();
    let a = Gc::to_obj(&list(&heap));
    let f = Gc::into_obj(heap.alloc(Float(0.5)).unwrap());
    assert!(heap.is_tracked(&a));
    assert!(!heap.is_tracked(&f));
    assert!(!heap.is_finalized(&a));
    assert!(a.downcast::<List>().is_some());
    assert!(a.downcast::<Float>().is_none());
    assert_eq!(f.type_name(), "float");
    assert_eq!(f.type_slots().basic_size, 24);
    assert_eq!(f.allocated_size(), 24);
    assert_eq!(a.allocated_size(), 16 + 16 + core::mem::size_of::<List>());
    assert_eq!(format!("{f:?}").split(' ').next(), Some("<float"));
}

#[test]
fn gc_callbacks_see_start_and_stop() {
    let heap = Heap::new();
    let seen: Rc<RefCell<Vec<(Phase, CallbackInfo)>>> = Rc::default();
    let s2 = seen.clone();
    let id = heap.add_callback(move |_h, phase, info| s2.borrow_mut().push((phase, *info)));
    let l = list(&heap);
    push(&l, Gc::to_obj(&l));
    drop(l);
    assert_eq!(heap.collect(1).unwrap(), 1);
    let s = seen.borrow().clone();
    assert_eq!(s.len(), 2);
    assert_eq!(s[0].0, Phase::Start);
    assert_eq!(s[0].1.generation, 1);
    assert_eq!(s[1].0, Phase::Stop);
    assert_eq!(s[1].1.collected, 1);
    assert_eq!(s[1].1.uncollectable, 0);
    assert!(heap.remove_callback(id));
    assert!(!heap.remove_callback(id));
    heap.collect(0).unwrap();
    assert_eq!(seen.borrow().len(), 2);
}

#[test]
fn debug_saveall_keeps_garbage() {
    let heap = Heap::new();
    heap.set_debug(DEBUG_SAVEALL);
    let l = list(&heap);
    push(&l, Gc::to_obj(&l));
    drop(l);
    assert_eq!(heap.collect(2).unwrap(), 1);
    let g = heap.garbage();
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].type_name(), "list");
    drop(g);
    heap.set_debug(0);
    let g = heap.take_garbage();
    drop(g);
    assert_eq!(heap.collect(2).unwrap(), 1);
    assert_eq!(heap.object_count(), 0);
}

#[test]
fn debug_collectable_shows_each_garbage_object_to_the_observer() {
    let heap = Heap::new();
    let seen: Rc<RefCell<Vec<(usize, &'static str)>>> = Rc::default();
    let noted = seen.clone();
    heap.set_collectable_observer(Some(Rc::new(move |o: &ObjRef| {
        noted.borrow_mut().push((o.addr(), o.type_name()));
    })));
    let cycle = |heap: &Heap| {
        let (a, b) = (list(heap), list(heap));
        push(&a, Gc::to_obj(&b));
        push(&b, Gc::to_obj(&a));
        let addrs = [Gc::addr(&a), Gc::addr(&b)];
        drop((a, b));
        addrs
    };
    cycle(&heap);
    assert_eq!(heap.collect(2).unwrap(), 2);
    assert!(seen.borrow().is_empty(), "nothing shown without the flag");
    heap.set_debug(DEBUG_COLLECTABLE);
    let mut addrs = cycle(&heap).to_vec();
    assert_eq!(heap.collect(2).unwrap(), 2);
    heap.set_debug(0);
    let mut shown: Vec<usize> = seen.borrow().iter().map(|s| s.0).collect();
    addrs.sort_unstable();
    shown.sort_unstable();
    assert_eq!(shown, addrs);
    assert!(seen.borrow().iter().all(|s| s.1 == "list"));
    assert_eq!(heap.object_count(), 0);
}

#[test]
#[cfg_attr(miri, ignore = "an immortal object leaks the heap by design")]
fn immortal_objects_never_change() {
    let heap = Heap::new();
    let a = list(&heap);
    Gc::make_immortal(&a);
    let b = a.clone();
    assert_eq!(Gc::refcount(&a), u32::MAX as usize);
    drop(b);
    drop(a);
    assert_eq!(heap.object_count(), 1, "never freed");
    heap.collect(2).unwrap();
    assert_eq!(
        heap.get_freeze_count().unwrap(),
        1,
        "moved to permanent by update_refs"
    );
}

#[test]
fn freelist_reuses_blocks_and_reports() {
    let heap = Heap::new();
    let a = heap.alloc(Float(1.0)).unwrap();
    let b = heap.alloc(Float(2.0)).unwrap();
    let c = heap.alloc(Float(3.0)).unwrap();
    let addr = Gc::addr(&c);
    drop((a, b, c));
    let mut out = String::new();
    heap.write_freelist_stats(&mut out).unwrap();
    assert!(
        out.contains("3 free PyFloatObjects * 24 bytes each"),
        "{out}"
    );
    let d = heap.alloc(Float(4.0)).unwrap();
    assert_eq!(
        Gc::addr(&d),
        addr,
        "the free list is LIFO: the last freed block comes back"
    );
    drop(d);
    heap.collect(2).unwrap(); // full collections empty the free lists
    let mut out = String::new();
    heap.write_freelist_stats(&mut out).unwrap();
    assert!(
        out.contains("0 free PyFloatObjects * 24 bytes each"),
        "{out}"
    );
}

#[test]
fn leaf_objects_die_fast_but_still_clear_weakrefs_and_free_the_heap() {
    let heap = Heap::new();
    let called = Rc::new(Cell::new(0));
    let f = heap.alloc(Float(1.5)).unwrap();
    let c2 = called.clone();
    let wr = heap
        .weakref(
            &f,
            Some(Box::new(move |_h: &Heap, w: &Gc<crate::WeakRefObj>| {
                assert!(!w.is_alive());
                c2.set(c2.get() + 1);
            })),
        )
        .unwrap();
    drop(f);
    assert_eq!(
        called.get(),
        1,
        "a weakly referenced leaf takes the full path"
    );
    assert!(wr.upgrade().is_none());
    drop(wr);
    assert_eq!(heap.object_count(), 0);
    // The owner goes first; the last leaf's death frees the heap state (Miri checks it).
    let last = heap.alloc(Float(2.5)).unwrap();
    drop(heap);
    drop(last);
}

#[test]
fn chain_drop_is_iterative() {
    let heap = Heap::new();
    let mut head = list(&heap);
    for _ in 0..300 {
        let n = list(&heap);
        push(&n, Gc::into_obj(head));
        head = n;
    }
    assert_eq!(heap.object_count(), 301);
    drop(head);
    assert_eq!(heap.object_count(), 0);
}

/// A type whose traverse panics on demand.
struct Grumpy {
    panic: Cell<bool>,
    items: RefCell<Vec<ObjRef>>,
}
impl Object for Grumpy {
    const NAME: &'static str = "Grumpy";
    fn traverse(&self, visitor: &mut Visitor<'_>) {
        if self.panic.get() {
            panic!("traverse refused");
        }
        self.items.trace(visitor);
    }
    fn clear(&self) {
        self.items.clear_refs();
    }
}

#[test]
fn panic_in_traverse_keeps_heap_usable() {
    let heap = Heap::new();
    let g = heap
        .alloc(Grumpy {
            panic: Cell::new(true),
            items: RefCell::new(Vec::new()),
        })
        .unwrap();
    g.items.borrow_mut().push(Gc::to_obj(&g));
    let l = list(&heap);
    push(&l, Gc::to_obj(&l));
    drop(l);
    let prev = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let r = heap.collect(2);
    std::panic::set_hook(prev);
    assert!(matches!(r, Err(HeapError::TraverseFailed(_))), "{r:?}");
    assert_eq!(
        heap.object_count(),
        2,
        "nothing freed by a failed collection"
    );
    g.panic.set(false);
    drop(g);
    assert_eq!(heap.collect(2).unwrap(), 2);
    assert_eq!(heap.object_count(), 0);
}

struct AllocInTraverse {
    heap_obj: RefCell<Option<ObjRef>>,
    result: Cell<Option<bool>>,
}
impl Object for AllocInTraverse {
    const NAME: &'static str = "AllocInTraverse";
    fn traverse(&self, visitor: &mut Visitor<'_>) {
        if let Some(o) = &*self.heap_obj.borrow() {
            let r = o.heap().alloc(Float(1.0));
            self.result.set(Some(matches!(r, Err(HeapError::Busy(_)))));
            // Also try to drop the last reference to something during the walk.
        }
        let _ = visitor;
    }
}

#[test]
fn allocation_during_traverse_is_refused() {
    let heap = Heap::new();
    let x = heap
        .alloc(AllocInTraverse {
            heap_obj: RefCell::new(None),
            result: Cell::new(None),
        })
        .unwrap();
    *x.heap_obj.borrow_mut() = Some(Gc::to_obj(&list(&heap)));
    heap.collect(2).unwrap();
    assert_eq!(x.result.get(), Some(true));
}

struct DropInTraverse {
    victim: RefCell<Option<ObjRef>>,
}
impl Object for DropInTraverse {
    const NAME: &'static str = "DropInTraverse";
    fn traverse(&self, visitor: &mut Visitor<'_>) {
        // A badly behaved traverse that drops a reference while the collector walks.
        let v = self.victim.borrow_mut().take();
        drop(v);
        let _ = visitor;
    }
}

#[test]
fn drop_during_traverse_is_deferred() {
    let heap = Heap::new();
    let victim = list(&heap);
    push(&victim, Gc::to_obj(&list(&heap)));
    let d = heap
        .alloc(DropInTraverse {
            victim: RefCell::new(Some(Gc::into_obj(victim))),
        })
        .unwrap();
    assert_eq!(heap.object_count(), 3);
    heap.collect(2).unwrap();
    assert_eq!(heap.object_count(), 1);
    drop(d);
    assert_eq!(heap.object_count(), 0);
}

struct PanicFinalizer;
impl Object for PanicFinalizer {
    const NAME: &'static str = "PanicFinalizer";
    const HAS_FINALIZER: bool = true;
    fn finalize(_this: &Gc<Self>) {
        panic!("finalizer failed");
    }
}

#[test]
fn panic_in_finalizer_is_unraisable() {
    let heap = Heap::new();
    let prev = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    drop(heap.alloc(PanicFinalizer).unwrap());
    std::panic::set_hook(prev);
    assert_eq!(heap.object_count(), 0);
    let u = heap.take_unraisable();
    assert_eq!(u.len(), 1);
    assert!(u[0].contains("finalizer of PanicFinalizer"), "{u:?}");
    assert!(heap.take_unraisable().is_empty());
    let _ok = list(&heap);
}

#[test]
fn handles_outlive_the_heap_owner() {
    let heap = Heap::new();
    let a = list(&heap);
    let cyc = list(&heap);
    push(&cyc, Gc::to_obj(&cyc));
    drop(cyc);
    drop(heap); // collects the cycle; `a` keeps the state alive
    assert_eq!(Gc::heap(&a).object_count(), 1);
    push(&a, Gc::to_obj(&list(Gc::heap(&a))));
    drop(a); // last object: the state goes too
}

#[test]
fn stats_default() {
    let heap = Heap::new();
    assert_eq!(heap.get_stats(), [GenStats::default(); 3]);
    assert_eq!(heap.generation_sizes().unwrap(), [0, 0, 0, 0]);
}

#[test]
fn unaligned_types_are_refused() {
    #[repr(align(32))]
    struct Big(#[allow(dead_code)] u8);
    impl Object for Big {
        const NAME: &'static str = "Big";
    }
    let heap = Heap::new();
    assert!(matches!(
        heap.alloc(Big(0)),
        Err(HeapError::UnsupportedAlignment(32))
    ));
}

/// A tuple: no fields of its own, items after the header (CPython's layout).
struct Tuple;
impl Object for Tuple {
    const NAME: &'static str = "tuple";
}
impl crate::VarObject for Tuple {
    type Item = ObjRef;
}

#[test]
fn var_objects_have_cpython_tuple_sizes() {
    let heap = Heap::new();
    let items: Vec<ObjRef> = (0..3).map(|_| Gc::into_obj(list(&heap))).collect();
    let t = heap.alloc_var(Tuple, items).unwrap();
    assert_eq!(Gc::items(&t).len(), 3);
    assert_eq!(
        heap.type_slots::<Tuple>().basic_size,
        16,
        "plain Tuple: header only"
    );
    // The count lives in the header's flag word, not in an `ob_size` field: 8 bytes less
    // than CPython's 64 (`sys.getsizeof((1, 2, 3))`), still a 64-byte block.
    assert_eq!(Gc::allocated_size(&t), 56, "links 16 + header 16 + 3 items");
    let tobj = Gc::to_obj(&t);
    assert_eq!(tobj.type_slots().basic_size, 16);
    assert_eq!(tobj.type_slots().item_size, 8);
    assert_eq!(heap.get_referents(&[tobj]).unwrap().len(), 3);
    let empty = heap.alloc_var(Tuple, Vec::new()).unwrap();
    assert_eq!(Gc::allocated_size(&empty), 16 + 16);
    let plain = heap.alloc(Tuple).unwrap();
    assert!(Gc::items(&plain).is_empty());
    drop((t, empty, plain));
    assert_eq!(heap.object_count(), 0, "items are dropped with the tuple");
}

/// An instance-like var object: its value refers to its "class", its items are its slots.
struct Slots {
    class: ObjRef,
}
impl Object for Slots {
    const NAME: &'static str = "slots";
    fn traverse(&self, visitor: &mut Visitor<'_>) {
        visitor.visit(&self.class);
    }
}
impl crate::VarObject for Slots {
    type Item = ObjRef;
}

#[test]
fn var_object_items_are_visited_before_the_value() {
    // CPython's subtype_traverse visits slot values first and the type last; the collector's
    // per-mode traversals and gc.get_referents follow the same order.
    let heap = Heap::new();
    let class = Gc::into_obj(list(&heap));
    let (a, b) = (Gc::into_obj(list(&heap)), Gc::into_obj(list(&heap)));
    let o = heap
        .alloc_var(
            Slots {
                class: class.clone(),
            },
            [a.clone(), b.clone()],
        )
        .unwrap();
    let got = heap.get_referents(&[Gc::to_obj(&o)]).unwrap();
    let ptrs: Vec<_> = got.iter().map(ObjRef::as_ptr).collect();
    assert_eq!(ptrs, [a.as_ptr(), b.as_ptr(), class.as_ptr()]);
    drop((got, o, class, a, b));
    assert_eq!(heap.collect(2).unwrap(), 0);
    assert_eq!(heap.object_count(), 0);
}

/// Zero-sized items: as many as the flag word can count, for free.
struct Units;
impl Object for Units {
    const NAME: &'static str = "units";
    const TRACKED: bool = false;
}
impl crate::VarObject for Units {
    type Item = ();
}

#[test]
#[cfg_attr(miri, ignore = "iterates 2^26 times")]
fn var_object_item_count_is_bounded_by_the_flag_word() {
    let heap = Heap::new();
    let max = crate::header::MAX_VAR_LEN;
    let full = heap
        .alloc_var(Units, core::iter::repeat_n((), max))
        .unwrap();
    assert_eq!(
        Gc::items(&full).len(),
        max,
        "the count does not spill into flags"
    );
    Gc::mark(&full, true);
    assert_eq!(Gc::items(&full).len(), max, "nor the flags into the count");
    assert!(Gc::is_marked(&full));
    assert!(!Gc::is_tracked(&full));
    assert!(matches!(
        heap.alloc_var(Units, core::iter::repeat_n((), max + 1)),
        Err(HeapError::OutOfMemory)
    ));
    drop(full);
    assert_eq!(heap.object_count(), 0);
}

#[test]
fn downcast_ref_borrows_without_counting() {
    let heap = Heap::new();
    let l = list(&heap);
    let o = Gc::to_obj(&l);
    assert_eq!(Gc::refcount(&l), 2);
    let seen = o.downcast_ref::<List>().expect("a List");
    assert!(Gc::ptr_eq(seen, &l));
    assert_eq!(Gc::refcount(&l), 2, "borrowing does not count");
    assert!(!Gc::is_marked(&l));
    Gc::mark(&l, true);
    assert!(
        Gc::is_marked(&l) && Gc::refcount(&l) == 2,
        "the mark is a flag, not a count"
    );
    Gc::mark(&l, false);
    assert!(!Gc::is_marked(&l));
    let owned = seen.clone();
    assert_eq!(Gc::refcount(&l), 3);
    assert!(o.downcast_ref::<Tuple>().is_none());
    drop((owned, o, l));
    assert_eq!(heap.object_count(), 0);
}

#[test]
fn alloc_var_with_writes_items_in_place() {
    let heap = Heap::new();
    let l = list(&heap);
    let t = heap.alloc_var_with(Tuple, 3, |_| Gc::to_obj(&l)).unwrap();
    assert_eq!(Gc::items(&t).len(), 3);
    assert_eq!(Gc::refcount(&l), 4);
    assert_eq!(Gc::allocated_size(&t), 56);
    let empty = heap.alloc_var_with(Tuple, 0, |_| unreachable!()).unwrap();
    assert!(Gc::items(&empty).is_empty());
    drop((t, empty));
    assert_eq!(Gc::refcount(&l), 1);
    // A panicking item maker: the half-made object dies with no items (zero-sized items
    // here, so that nothing is leaked for Miri to report).
    let before = heap.object_count();
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        heap.alloc_var_with(Units, 3, |i| assert!(i < 1, "boom"))
    }));
    assert!(r.is_err());
    assert_eq!(heap.object_count(), before, "the half-made object is freed");
    drop(l);
    assert_eq!(heap.object_count(), 0);
}

#[test]
fn var_object_cycles_are_collected() {
    let heap = Heap::new();
    let l = list(&heap);
    let t = heap.alloc_var(Tuple, [Gc::to_obj(&l)]).unwrap();
    push(&l, Gc::into_obj(t));
    drop(l);
    assert_eq!(heap.collect(2).unwrap(), 2);
    assert_eq!(heap.object_count(), 0);
}

/// Upgrades a weak reference from its `Drop`.
struct Upgrader {
    weak: RefCell<Option<crate::Weak<List>>>,
    saw_alive: Rc<Cell<Option<bool>>>,
    _next: Option<Gc<Upgrader>>,
}
impl Object for Upgrader {
    const NAME: &'static str = "Upgrader";
    const TRACKED: bool = false;
}
impl Drop for Upgrader {
    fn drop(&mut self) {
        if let Some(w) = self.weak.borrow_mut().take() {
            let up = w.upgrade();
            self.saw_alive.set(Some(up.is_some()));
            drop(up);
        }
    }
}

#[test]
fn objects_waiting_in_the_trashcan_cannot_be_revived() {
    // `target` is the item of the 50th nested list, so its count reaches zero at nesting
    // depth 50 and it is queued in the trashcan (count zero, not yet deallocated). The
    // upgrader is dropped after that, before the queue drains: its upgrade must fail.
    let heap = Heap::new();
    let target = list(&heap);
    let weak = heap.weakref(&target, None).unwrap();
    let saw = Rc::new(Cell::new(None));
    let mut chain = list(&heap);
    push(&chain, Gc::into_obj(target));
    for _ in 0..49 {
        let n = list(&heap);
        push(&n, Gc::into_obj(chain));
        chain = n;
    }
    let up = heap
        .alloc(Upgrader {
            weak: RefCell::new(Some(weak.clone())),
            saw_alive: saw.clone(),
            _next: None,
        })
        .unwrap();
    push(&chain, Gc::into_obj(up));
    drop(chain);
    assert_eq!(saw.get(), Some(false), "the queued object was not revived");
    assert_eq!(heap.object_count(), 1, "only the weakref object is left");
    assert!(!weak.is_alive());
}

#[test]
fn untrack_and_track() {
    let heap = Heap::new();
    let a = list(&heap);
    let ao = Gc::to_obj(&a);
    heap.untrack(&ao).unwrap();
    heap.untrack(&ao).unwrap();
    assert!(!heap.is_tracked(&ao));
    assert!(heap.get_objects(None).unwrap().is_empty());
    push(&a, ao.clone());
    drop(a);
    assert_eq!(
        heap.collect(2).unwrap(),
        0,
        "an untracked cycle is invisible"
    );
    heap.track(&ao).unwrap();
    assert!(heap.is_tracked(&ao));
    drop(ao);
    assert_eq!(heap.collect(2).unwrap(), 1);
    let f = Gc::into_obj(heap.alloc(Float(1.0)).unwrap());
    heap.track(&f).unwrap();
    assert!(!heap.is_tracked(&f), "non-containers cannot be tracked");
}

/// Allocates `rounds` pairs with thresholds (1, 1, 1), running the safe point while each
/// pair is alive; returns the generations of the automatic collections.
fn automatic_generations(long_lived: usize, rounds: usize) -> Vec<usize> {
    let heap = Heap::new();
    let keep: Vec<Gc<List>> = (0..long_lived).map(|_| list(&heap)).collect();
    heap.collect(2).unwrap(); // long_lived_total = long_lived, long_lived_pending = 0
    heap.set_threshold(&[1, 1, 1]).unwrap();
    let seen = Rc::new(RefCell::new(Vec::new()));
    let s2 = seen.clone();
    heap.add_callback(move |_h, phase, info| {
        if phase == Phase::Start {
            s2.borrow_mut().push(info.generation);
        }
    });
    for _ in 0..rounds {
        let _a = list(&heap);
        let _b = list(&heap);
        heap.safepoint().unwrap();
    }
    drop(keep);
    let v = seen.borrow().clone();
    v
}

#[test]
fn automatic_full_collections_wait_for_enough_new_long_lived_objects() {
    // gc_collect_generations: generation 2 is collected automatically only when the objects
    // promoted into it since the last full collection reach a quarter of the long-lived ones.
    // Each generation-1 collection promotes the live pair (2 objects).
    let few = automatic_generations(8, 30);
    assert!(
        few.contains(&2),
        "2 pending >= 8 / 4: full collections run: {few:?}"
    );
    let many = automatic_generations(100, 30);
    assert!(
        !many.contains(&2),
        "20 pending < 100 / 4: no full collection: {many:?}"
    );
    assert!(many.contains(&1) && many.contains(&0));
}

#[test]
fn heap_on_the_classic_geometry() {
    let alloc = obmalloc::Obmalloc::with_geometry(obmalloc::Geometry::CLASSIC).unwrap();
    let heap = Heap::with_allocator(alloc);
    let l = list(&heap);
    push(&l, Gc::to_obj(&l));
    drop(l);
    assert_eq!(heap.collect(2).unwrap(), 1);
    assert_eq!(heap.allocator().geometry(), obmalloc::Geometry::CLASSIC);
}

#[test]
fn weakref_obj_counts_and_clears_like_a_typed_weakref() {
    let heap = Heap::new();
    let target: ObjRef = list(&heap).into();
    assert_eq!(heap.weakref_count(&target), 0);
    let w1 = heap.weakref_obj(&target, None).unwrap();
    let w2 = heap.weakref_obj(&target, None).unwrap();
    assert_eq!(heap.weakref_count(&target), 2);
    assert!(w1.upgrade_obj().is_some_and(|o| o.ptr_eq(&target)));
    drop(w2);
    assert_eq!(heap.weakref_count(&target), 1);
    drop(target);
    assert!(w1.upgrade_obj().is_none());
    assert!(!w1.is_alive());
}

#[test]
fn young_collection_of_externally_held_objects_keeps_order_and_shape() {
    // Every young object is held from an older container: the collector keeps them all
    // without traversing (keep_all) and must leave the lists exactly as move_unreachable
    // would: same objects, same order, promoted, and usable by the next collection.
    let heap = Heap::new();
    let holder = list(&heap);
    heap.collect(0).unwrap(); // the holder is now in generation 1
    let young: Vec<Gc<List>> = (0..5).map(|_| list(&heap)).collect();
    for y in &young {
        push(&holder, Gc::to_obj(y));
    }
    let ptrs: Vec<_> = young.iter().map(|y| Gc::to_obj(y).as_ptr()).collect();
    drop(young);
    assert_eq!(heap.collect(0).unwrap(), 0);
    let gen1: Vec<_> = heap
        .get_objects(Some(1))
        .unwrap()
        .iter()
        .map(ObjRef::as_ptr)
        .collect();
    assert_eq!(gen1.len(), 6);
    assert_eq!(
        gen1[1..],
        ptrs[..],
        "promoted after the holder, in allocation order"
    );
    assert_eq!(heap.generation_sizes().unwrap()[0], 0);
    // One young object referenced only by another young one (gc_refs 0 after
    // subtract_refs) takes the full path and is still found reachable.
    let a = list(&heap);
    let b = list(&heap);
    push(&a, Gc::to_obj(&b));
    drop(b);
    assert_eq!(heap.collect(0).unwrap(), 0);
    assert_eq!(heap.generation_sizes().unwrap()[1], 8);
    // Garbage behind the kept objects is still found: a cycle among them.
    let first = holder.items.borrow()[0].clone();
    push(&first.downcast::<List>().unwrap(), first.clone());
    drop((first, a));
    holder.items.borrow_mut().clear();
    drop(holder);
    assert_eq!(heap.collect(2).unwrap(), 1, "the self-referencing list");
    assert_eq!(heap.object_count(), 0);
}

#[test]
fn downcast_mut_only_for_the_sole_reference() {
    let heap = Heap::new();
    let mut a: ObjRef = heap.alloc(Float(1.0)).unwrap().into();
    assert!(a.downcast_mut::<Float>().is_some(), "count 1: mutable");
    assert!(a.downcast_mut::<List>().is_none(), "wrong type");
    if let Some(f) = a.downcast_mut::<Float>() {
        f.0 = 2.5;
    }
    let b = a.clone();
    assert!(
        a.downcast_mut::<Float>().is_none(),
        "shared: no mutable access"
    );
    drop(b);
    let w = heap.weakref_obj(&a, None).unwrap();
    assert!(a.downcast_mut::<Float>().is_none(), "weakly referenced");
    drop(w);
    assert_eq!(a.downcast_ref::<Float>().map(|f| f.0), Some(2.5));
}

/// A node with a language-level reference and an embedder's cache of another one.
struct Cached {
    next: RefCell<Option<ObjRef>>,
    cache: RefCell<Option<ObjRef>>,
}
impl Object for Cached {
    const NAME: &'static str = "Cached";
    fn traverse(&self, visitor: &mut Visitor<'_>) {
        visitor.visit(&self.next);
        visitor.visit_internal(&self.cache);
    }
    fn clear(&self) {
        self.next.clear_refs();
        self.cache.clear_refs();
    }
}

#[test]
fn internal_references_count_for_the_collector_but_not_for_introspection() {
    let heap = Heap::new();
    let a = heap
        .alloc(Cached {
            next: RefCell::new(None),
            cache: RefCell::new(None),
        })
        .unwrap();
    let b = list(&heap);
    let c = list(&heap);
    *a.next.borrow_mut() = Some(Gc::to_obj(&b));
    *a.cache.borrow_mut() = Some(Gc::to_obj(&c));
    let referents = heap.get_referents(&[Gc::to_obj(&a)]).unwrap();
    assert_eq!(referents.len(), 1);
    assert!(referents[0].ptr_eq(Gc::as_obj(&b)));
    drop(referents);
    assert!(heap.get_referrers(&[Gc::to_obj(&c)]).unwrap().is_empty());
    assert_eq!(heap.get_referrers(&[Gc::to_obj(&b)]).unwrap().len(), 1);
    // A cycle closed only through the cache is still found: a -> c -> a.
    push(&c, Gc::to_obj(&a));
    drop((a, b, c));
    assert_eq!(heap.collect(2).unwrap(), 3);
    assert_eq!(heap.object_count(), 0);
}

#[test]
fn an_interrupt_from_another_thread_reaches_the_safepoint_poll() {
    let heap = Heap::new();
    assert!(!heap.safepoint_requested());
    let interrupter = heap.interrupter();
    std::thread::scope(|s| {
        s.spawn(move || {
            // SAFETY: `heap` outlives the scope, hence this thread.
            unsafe { interrupter.interrupt() }
        });
    });
    assert!(heap.safepoint_requested());
    assert!(!heap.collection_pending());
    assert_eq!(
        heap.safepoint().unwrap(),
        0,
        "an interrupt is not a collection"
    );
    assert!(
        heap.safepoint_requested(),
        "the safepoint leaves the interrupt"
    );
    assert!(heap.take_interrupt());
    assert!(!heap.take_interrupt());
    assert!(!heap.safepoint_requested());
    heap.request_interrupt();
    assert!(heap.take_interrupt());
}
