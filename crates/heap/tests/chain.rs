//! Long chains: deallocation is iterative (trashcan), so neither dropping nor collecting a
//! 1,000,000-node structure overflows the stack.

use std::cell::RefCell;

use heap::{Gc, Heap};

struct Link {
    next: RefCell<Option<Gc<Link>>>,
}
heap::impl_object!(Link, "Link", [next]);

struct Leaf {
    _next: Option<Gc<Leaf>>,
}
impl heap::Object for Leaf {
    const NAME: &'static str = "Leaf";
    const TRACKED: bool = false;
}

const N: usize = 1_000_000;

#[test]
fn dropping_the_head_of_a_million_node_list() {
    let heap = Heap::new();
    let mut head = heap
        .alloc(Link {
            next: RefCell::new(None),
        })
        .unwrap();
    for _ in 1..N {
        head = heap
            .alloc(Link {
                next: RefCell::new(Some(head)),
            })
            .unwrap();
    }
    assert_eq!(heap.object_count(), N);
    drop(head);
    assert_eq!(heap.object_count(), 0);
    assert_eq!(heap.get_count().0, 0);
}

#[test]
fn dropping_a_million_untracked_nodes() {
    let heap = Heap::new();
    let mut head = heap.alloc(Leaf { _next: None }).unwrap();
    for _ in 1..N {
        head = heap.alloc(Leaf { _next: Some(head) }).unwrap();
    }
    drop(head);
    assert_eq!(heap.object_count(), 0);
}

#[test]
fn collecting_a_million_node_ring() {
    let heap = Heap::new();
    heap.disable();
    let first = heap
        .alloc(Link {
            next: RefCell::new(None),
        })
        .unwrap();
    let mut head = first.clone();
    for _ in 1..N {
        head = heap
            .alloc(Link {
                next: RefCell::new(Some(head)),
            })
            .unwrap();
    }
    *first.next.borrow_mut() = Some(head);
    drop(first);
    assert_eq!(heap.collect(2).unwrap(), N);
    assert_eq!(heap.object_count(), 0);
    assert!(heap.allocator().stats().arenas_allocated_current <= 1);
}
