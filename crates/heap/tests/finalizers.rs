//! Finalizers that allocate, resurrect or panic; clear slots that panic; callbacks that
//! re-enter the heap. The heap stays consistent and usable in every case.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use heap::{Gc, Heap, ObjRef, Object, Trace, Visitor};

struct Box_ {
    items: RefCell<Vec<ObjRef>>,
}
heap::impl_object!(Box_, "Box", [items]);

fn new_box(heap: &Heap) -> Gc<Box_> {
    heap.alloc(Box_ {
        items: RefCell::new(Vec::new()),
    })
    .unwrap()
}

thread_local! {
    static KEPT: RefCell<Vec<ObjRef>> = const { RefCell::new(Vec::new()) };
    static RAN: Cell<usize> = const { Cell::new(0) };
}

fn quiet<R>(f: impl FnOnce() -> R) -> R {
    let prev = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let r = f();
    std::panic::set_hook(prev);
    r
}

/// Allocates new objects (and a new cycle) from its finalizer.
struct Allocator {
    me: RefCell<Option<ObjRef>>,
}
impl Object for Allocator {
    const NAME: &'static str = "Allocator";
    const HAS_FINALIZER: bool = true;
    fn traverse(&self, v: &mut Visitor<'_>) {
        self.me.trace(v);
    }
    fn clear(&self) {
        self.me.clear_refs();
    }
    fn finalize(this: &Gc<Self>) {
        let heap = Gc::heap(this);
        let b = new_box(heap);
        b.items.borrow_mut().push(Gc::to_obj(&b)); // new garbage cycle
        let keep = new_box(heap);
        KEPT.with(|k| k.borrow_mut().push(Gc::into_obj(keep)));
        RAN.with(|r| r.set(r.get() + 1));
    }
}

#[test]
fn finalizer_that_allocates() {
    RAN.with(|r| r.set(0));
    let heap = Heap::new();
    // Dying by refcount.
    drop(
        heap.alloc(Allocator {
            me: RefCell::new(None),
        })
        .unwrap(),
    );
    assert_eq!(RAN.with(|r| r.get()), 1);
    // Dying as cyclic garbage.
    let a = heap
        .alloc(Allocator {
            me: RefCell::new(None),
        })
        .unwrap();
    *a.me.borrow_mut() = Some(Gc::to_obj(&a));
    drop(a);
    // The allocator, plus the cycle the first finalizer made.
    assert_eq!(heap.collect(2).unwrap(), 2);
    assert_eq!(RAN.with(|r| r.get()), 2);
    // The cycle made during this collection's finalizer was not part of it.
    assert_eq!(heap.collect(2).unwrap(), 1);
    KEPT.with(|k| k.borrow_mut().clear());
    assert_eq!(heap.object_count(), 0);
}

/// Stores itself in a global from its finalizer.
struct Phoenix {
    partner: RefCell<Option<ObjRef>>,
    finalized: Rc<Cell<usize>>,
}
impl Object for Phoenix {
    const NAME: &'static str = "Phoenix";
    const HAS_FINALIZER: bool = true;
    fn traverse(&self, v: &mut Visitor<'_>) {
        self.partner.trace(v);
    }
    fn clear(&self) {
        self.partner.clear_refs();
    }
    fn finalize(this: &Gc<Self>) {
        this.finalized.set(this.finalized.get() + 1);
        KEPT.with(|k| k.borrow_mut().push(Gc::to_obj(this)));
    }
}

#[test]
fn finalizer_that_resurrects() {
    let heap = Heap::new();
    let count = Rc::new(Cell::new(0));
    // By refcount: survives, finalizer never runs again.
    let p = heap
        .alloc(Phoenix {
            partner: RefCell::new(None),
            finalized: count.clone(),
        })
        .unwrap();
    let addr = Gc::addr(&p);
    drop(p);
    assert_eq!(count.get(), 1);
    assert_eq!(heap.object_count(), 1);
    let back = KEPT.with(|k| k.borrow_mut().pop()).unwrap();
    assert_eq!(back.addr(), addr);
    assert!(back.is_finalized());
    assert!(back.is_tracked());
    drop(back);
    assert_eq!(count.get(), 1);
    assert_eq!(heap.object_count(), 0);

    // In a cycle with a plain box: both survive, uncounted.
    let p = heap
        .alloc(Phoenix {
            partner: RefCell::new(None),
            finalized: count.clone(),
        })
        .unwrap();
    let b = new_box(&heap);
    b.items.borrow_mut().push(Gc::to_obj(&p));
    *p.partner.borrow_mut() = Some(Gc::to_obj(&b));
    drop((p, b));
    assert_eq!(heap.collect(2).unwrap(), 0);
    assert_eq!(count.get(), 2);
    assert_eq!(heap.object_count(), 2);
    KEPT.with(|k| k.borrow_mut().clear());
    assert_eq!(heap.collect(2).unwrap(), 2);
    assert_eq!(count.get(), 2);
    assert_eq!(heap.object_count(), 0);
}

struct Bomb {
    me: RefCell<Option<ObjRef>>,
    traverse_panics: Cell<bool>,
    clear_panics: Cell<bool>,
}
impl Object for Bomb {
    const NAME: &'static str = "Bomb";
    const HAS_FINALIZER: bool = true;
    fn traverse(&self, v: &mut Visitor<'_>) {
        if self.traverse_panics.get() {
            panic!("boom in traverse");
        }
        self.me.trace(v);
    }
    fn clear(&self) {
        self.me.clear_refs();
        if self.clear_panics.get() {
            panic!("boom in clear");
        }
    }
    fn finalize(_this: &Gc<Self>) {
        panic!("boom in finalizer");
    }
}

fn bomb(heap: &Heap, t: bool, c: bool) -> Gc<Bomb> {
    let b = heap
        .alloc(Bomb {
            me: RefCell::new(None),
            traverse_panics: Cell::new(t),
            clear_panics: Cell::new(c),
        })
        .unwrap();
    *b.me.borrow_mut() = Some(Gc::to_obj(&b));
    b
}

#[test]
fn panics_in_user_slots_leave_the_heap_usable() {
    let heap = Heap::new();
    // Finalizer and clear panic: collection still completes, both reported.
    drop(bomb(&heap, false, true));
    let n = quiet(|| heap.collect(2)).unwrap();
    assert_eq!(n, 1);
    assert_eq!(
        heap.object_count(),
        0,
        "clear dropped the self-reference before panicking"
    );
    let u = heap.take_unraisable();
    assert!(u.iter().any(|m| m.contains("finalizer of Bomb")), "{u:?}");
    assert!(u.iter().any(|m| m.contains("tp_clear of Bomb")), "{u:?}");

    // Traverse panics: the collection is abandoned conservatively, nothing is freed.
    let t = bomb(&heap, true, false);
    let other = new_box(&heap);
    other.items.borrow_mut().push(Gc::to_obj(&other));
    drop(other);
    let r = quiet(|| heap.collect(2));
    assert!(r.is_err());
    assert!(quiet(|| heap.get_referents(&[Gc::to_obj(&t)])).is_err());
    assert_eq!(heap.object_count(), 2);
    t.traverse_panics.set(false);
    drop(t);
    assert_eq!(quiet(|| heap.collect(2)).unwrap(), 2);
    assert_eq!(heap.object_count(), 0);
    // And everything still works afterwards.
    let x = new_box(&heap);
    x.items.borrow_mut().push(Gc::to_obj(&x));
    drop(x);
    assert_eq!(heap.collect(0).unwrap(), 1);
}

struct Collector {
    items: RefCell<Vec<ObjRef>>,
}
impl Object for Collector {
    const NAME: &'static str = "Collector";
    const HAS_FINALIZER: bool = true;
    fn traverse(&self, v: &mut Visitor<'_>) {
        self.items.trace(v);
    }
    fn clear(&self) {
        self.items.clear_refs();
    }
    fn finalize(this: &Gc<Self>) {
        let heap = Gc::heap(this);
        // Re-entrancy: a collection inside a collection is a no-op; the gc API still works.
        assert_eq!(heap.collect(2).unwrap(), 0);
        let _ = heap.get_objects(None).unwrap();
        let _ = heap.get_referrers(&[Gc::to_obj(this)]).unwrap();
        heap.freeze().unwrap();
        heap.unfreeze().unwrap();
    }
}

#[test]
fn finalizer_that_reenters_the_gc_api() {
    let heap = Heap::new();
    let c = heap
        .alloc(Collector {
            items: RefCell::new(Vec::new()),
        })
        .unwrap();
    c.items.borrow_mut().push(Gc::to_obj(&c));
    drop(c);
    assert_eq!(heap.collect(2).unwrap(), 1);
    assert_eq!(heap.object_count(), 0);
    assert!(heap.take_unraisable().is_empty());
}

#[test]
fn weakref_callback_may_allocate_and_drop() {
    let heap = Heap::new();
    let target = new_box(&heap);
    target.items.borrow_mut().push(Gc::to_obj(&target));
    let seen = Rc::new(Cell::new(false));
    let s2 = seen.clone();
    let wr = heap
        .weakref(
            &target,
            Some(Box::new(move |h: &Heap, w| {
                assert!(!w.is_alive());
                let b = new_box(h);
                drop(b);
                s2.set(true);
            })),
        )
        .unwrap();
    drop(target);
    assert_eq!(heap.collect(2).unwrap(), 1);
    assert!(seen.get());
    assert!(wr.upgrade().is_none());
}

struct PanicOnDrop {
    _child: Option<Gc<Box_>>,
}
impl Object for PanicOnDrop {
    const NAME: &'static str = "PanicOnDrop";
    const TRACKED: bool = false;
}
impl Drop for PanicOnDrop {
    fn drop(&mut self) {
        panic!("boom in drop");
    }
}

#[test]
fn panic_in_drop_or_callbacks_is_unraisable() {
    let heap = Heap::new();
    let child = new_box(&heap);
    let p = heap
        .alloc(PanicOnDrop {
            _child: Some(child),
        })
        .unwrap();
    quiet(|| drop(p));
    assert_eq!(
        heap.object_count(),
        0,
        "the value's fields were still dropped"
    );
    let u = heap.take_unraisable();
    assert!(u.iter().any(|m| m.contains("drop of PanicOnDrop")), "{u:?}");

    let target = new_box(&heap);
    let wr = heap
        .weakref(
            &target,
            Some(Box::new(|_h: &Heap, _w| panic!("boom in callback"))),
        )
        .unwrap();
    quiet(|| drop(target));
    assert!(!wr.is_alive());
    heap.add_callback(|_h, _phase, _info| panic!("boom in gc callback"));
    assert_eq!(quiet(|| heap.collect(0)).unwrap(), 0);
    let u = heap.take_unraisable();
    assert!(u.iter().any(|m| m.contains("weakref callback")), "{u:?}");
    assert_eq!(
        u.iter()
            .filter(|m| m.contains("garbage collector callback"))
            .count(),
        2,
        "{u:?}"
    );
    drop(wr);
    assert_eq!(heap.object_count(), 0);
}

/// Has a finalizer slot, but only objects built with `wants: true` want it to run.
struct Choosy {
    wants: bool,
    me: RefCell<Option<ObjRef>>,
    ran: Rc<Cell<usize>>,
}
impl Object for Choosy {
    const NAME: &'static str = "Choosy";
    const HAS_FINALIZER: bool = true;
    fn traverse(&self, v: &mut Visitor<'_>) {
        self.me.trace(v);
    }
    fn clear(&self) {
        self.me.clear_refs();
    }
    fn wants_finalize(&self) -> bool {
        self.wants
    }
    fn finalize(this: &Gc<Self>) {
        this.ran.set(this.ran.get() + 1);
    }
}

#[test]
fn finalizer_runs_only_for_objects_that_want_it() {
    let heap = Heap::new();
    let ran = Rc::new(Cell::new(0));
    let make = |wants| {
        heap.alloc(Choosy {
            wants,
            me: RefCell::new(None),
            ran: ran.clone(),
        })
        .unwrap()
    };
    // Dying by refcount.
    drop(make(false));
    assert_eq!(ran.get(), 0);
    drop(make(true));
    assert_eq!(ran.get(), 1);
    // Dying as cyclic garbage: not finalized, still collected (and not marked finalized).
    let a = make(false);
    *a.me.borrow_mut() = Some(Gc::to_obj(&a));
    let b = make(true);
    *b.me.borrow_mut() = Some(Gc::to_obj(&b));
    drop((a, b));
    assert_eq!(heap.collect(2).unwrap(), 2);
    assert_eq!(ran.get(), 2, "only the object that wants it is finalized");
    assert_eq!(heap.object_count(), 0);
}
