//! Unit tests of the block tracer hook (`tracer.rs`): which events a heap reports and with
//! which sizes. Small, so Miri runs them.

use std::cell::RefCell;
use std::rc::Rc;

use crate::{BlockTracer, Gc, Heap, Object};

/// Records the live objects it was told about (address -> size) and the events in order.
#[derive(Default)]
struct Recorder {
    live: RefCell<hashbrown::HashMap<usize, usize>>,
    events: RefCell<Vec<(char, usize)>>,
}

impl BlockTracer for Recorder {
    fn allocated(&self, obj: &crate::ObjRef, size: usize) {
        let addr = obj.addr();
        self.live.borrow_mut().insert(addr, size);
        self.events.borrow_mut().push(('+', addr));
    }
    fn released(&self, addr: usize) {
        self.live.borrow_mut().remove(&addr);
        self.events.borrow_mut().push(('-', addr));
    }
}

/// A float-like leaf with a free list (its deaths take the leaf path).
struct Float(#[allow(dead_code)] f64);
impl Object for Float {
    const NAME: &'static str = "float";
    const TRACKED: bool = false;
    const FREELIST_CAPACITY: usize = 2;
}

/// A container (GC links in front of the header).
struct Node {
    next: RefCell<Option<Gc<Node>>>,
}
crate::impl_object!(Node, "Node", [next]);

/// A variable-size object of 8-byte items.
struct Words;
impl Object for Words {
    const NAME: &'static str = "words";
    const TRACKED: bool = false;
}
impl crate::VarObject for Words {
    type Item = u64;
}

fn install(heap: &Heap) -> Rc<Recorder> {
    let r = Rc::new(Recorder::default());
    heap.set_tracer(Some(r.clone()));
    r
}

#[test]
fn without_a_tracer_nothing_is_reported() {
    let heap = Heap::new();
    let r = install(&heap);
    heap.set_tracer(None);
    assert!(!heap.has_tracer());
    drop(heap.alloc(Float(1.0)).unwrap());
    assert!(r.events.borrow().is_empty());
}

#[test]
fn births_and_deaths_are_reported_with_block_sizes() {
    let heap = Heap::new();
    let r = install(&heap);
    assert!(heap.has_tracer());
    let f = heap.alloc(Float(1.0)).unwrap();
    let n = heap
        .alloc(Node {
            next: RefCell::new(None),
        })
        .unwrap();
    let w = heap.alloc_var(Words, [1u64, 2, 3]).unwrap();
    {
        let live = r.live.borrow();
        // Sizes are obmalloc's block sizes: the object's bytes rounded up to 16.
        for (addr, bytes) in [
            (Gc::addr(&f), Gc::allocated_size(&f)),
            (Gc::addr(&n), Gc::allocated_size(&n)),
            (Gc::addr(&w), Gc::allocated_size(&w)),
        ] {
            let size = live[&addr];
            assert_eq!(size, bytes.div_ceil(16) * 16, "block of {bytes} bytes");
        }
        assert_eq!(live.len(), 3);
    }
    let (fa, na, wa) = (Gc::addr(&f), Gc::addr(&n), Gc::addr(&w));
    drop(f); // leaf path, into the free list
    drop(n); // full deallocation
    drop(w);
    assert!(r.live.borrow().is_empty());
    let ev = r.events.borrow();
    assert_eq!(&ev[3..], &[('-', fa), ('-', na), ('-', wa)]);
}

#[test]
fn a_free_list_block_is_reported_again_for_its_new_object() {
    let heap = Heap::new();
    let r = install(&heap);
    let float = heap.type_handle::<Float>();
    let a = heap.alloc_with(float, Float(1.0)).unwrap();
    let addr = Gc::addr(&a);
    drop(a);
    let b = heap.alloc_with(float, Float(2.0)).unwrap();
    assert_eq!(Gc::addr(&b), addr, "the free list handed the block back");
    assert_eq!(*r.events.borrow(), [('+', addr), ('-', addr), ('+', addr)]);
    assert_eq!(r.live.borrow().len(), 1);
}

#[test]
fn large_objects_report_their_exact_size() {
    let heap = Heap::new();
    let r = install(&heap);
    let w = heap.alloc_var(Words, 0..100u64).unwrap();
    assert_eq!(r.live.borrow()[&Gc::addr(&w)], Gc::allocated_size(&w));
    assert!(Gc::allocated_size(&w) > 512);
}

#[test]
fn cyclic_garbage_is_reported_released_by_a_collection() {
    let heap = Heap::new();
    let r = install(&heap);
    let a = heap
        .alloc(Node {
            next: RefCell::new(None),
        })
        .unwrap();
    let b = heap
        .alloc(Node {
            next: RefCell::new(Some(a.clone())),
        })
        .unwrap();
    *a.next.borrow_mut() = Some(b.clone());
    drop((a, b));
    assert_eq!(r.live.borrow().len(), 2);
    assert_eq!(heap.collect(2).unwrap(), 2);
    assert!(r.live.borrow().is_empty());
}

/// Reads the objects it is told about: the items of a new `Words`, and where its value is.
#[derive(Default)]
struct Reader {
    word_sums: RefCell<Vec<u64>>,
    value_homes: RefCell<Vec<(usize, usize)>>,
}

impl BlockTracer for Reader {
    fn allocated(&self, obj: &crate::ObjRef, _size: usize) {
        if let Some(w) = obj.downcast_ref::<Words>() {
            self.word_sums.borrow_mut().push(Gc::items(w).iter().sum());
            self.value_homes
                .borrow_mut()
                .push((obj.addr(), crate::object_addr_of::<Words>(&**w)));
        }
    }
    fn released(&self, _addr: usize) {}
}

#[test]
fn a_tracer_sees_a_new_objects_items_and_finds_it_from_its_value() {
    let heap = Heap::new();
    let r = Rc::new(Reader::default());
    heap.set_tracer(Some(r.clone()));
    let w = heap.alloc_var(Words, [1u64, 2, 3]).unwrap();
    let v = heap.alloc_var_with(Words, 4, |i| i as u64 * 10).unwrap();
    assert_eq!(*r.word_sums.borrow(), [6, 60]);
    for (addr, from_value) in r.value_homes.borrow().iter() {
        assert_eq!(addr, from_value);
    }
    assert_eq!(r.value_homes.borrow().len(), 2);
    drop((w, v));
}
