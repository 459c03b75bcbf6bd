//! Build a doubly linked ring of nodes on the heap, drop it, and let the cycle collector
//! reclaim it — printing each step.
//!
//! Run with `cargo run -p heap --example ring [N]`.

use std::cell::RefCell;

use heap::{Gc, Heap, Object, Phase, Trace, Visitor};

/// One node of the ring.
struct Node {
    id: usize,
    next: RefCell<Option<Gc<Node>>>,
    prev: RefCell<Option<Gc<Node>>>,
}

impl Object for Node {
    const NAME: &'static str = "Node";
    const HAS_FINALIZER: bool = true;

    fn traverse(&self, visitor: &mut Visitor<'_>) {
        heap::traverse_fields!(self, visitor; next, prev);
    }

    fn clear(&self) {
        self.next.clear_refs();
        self.prev.clear_refs();
    }

    fn finalize(this: &Gc<Self>) {
        if this.id < 3 {
            println!(
                "  finalizer: node {} (refcount {})",
                this.id,
                Gc::refcount(this)
            );
        }
    }
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10);
    let heap = Heap::new();
    heap.add_callback(|_heap, phase, info| match phase {
        Phase::Start => println!("  gc callback: start, generation {}", info.generation),
        Phase::Stop => println!(
            "  gc callback: stop, collected {}, uncollectable {}",
            info.collected, info.uncollectable
        ),
    });

    // Build the ring: 0 <-> 1 <-> ... <-> n-1 <-> 0.
    let nodes: Vec<Gc<Node>> = (0..n)
        .map(|id| {
            heap.alloc(Node {
                id,
                next: RefCell::new(None),
                prev: RefCell::new(None),
            })
            .expect("allocation")
        })
        .collect();
    for i in 0..n {
        let next = nodes[(i + 1) % n].clone();
        *next.prev.borrow_mut() = Some(nodes[i].clone());
        *nodes[i].next.borrow_mut() = Some(next);
    }
    let weak = heap
        .weakref(
            &nodes[0],
            Some(Box::new(|_heap, _wr| {
                println!("  weakref callback: node 0 is gone")
            })),
        )
        .expect("weakref");
    println!("built a ring of {n} nodes");
    println!(
        "  node 0: address {:#x}, {} bytes allocated, refcount {} (the Vec + next of {} + prev of 1)",
        Gc::addr(&nodes[0]),
        Gc::allocated_size(&nodes[0]),
        Gc::refcount(&nodes[0]),
        n - 1
    );
    println!(
        "  objects on the heap: {} (nodes + the weakref)",
        heap.object_count()
    );
    println!("  gc.get_count() = {:?}", heap.get_count());

    drop(nodes);
    println!("dropped every handle");
    println!(
        "  objects on the heap: {} (the ring keeps itself alive), weakref alive: {}",
        heap.object_count(),
        weak.is_alive()
    );

    println!("gc.collect(2):");
    let found = heap.collect(2).expect("collect");
    println!("  -> {found} unreachable objects found");
    println!(
        "  objects on the heap: {}, weakref alive: {}",
        heap.object_count(),
        weak.is_alive()
    );
    println!("  gc.get_stats()[2] = {:?}", heap.get_stats()[2]);
    drop(weak);
    println!(
        "  obmalloc arenas in use: {}",
        heap.allocator().stats().arenas_allocated_current
    );
}
