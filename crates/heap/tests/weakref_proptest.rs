//! Property test of finalizers and weak-reference callbacks against CPython's rules: random
//! graphs of self-referencing nodes (so that nothing dies before the collection), weak
//! references with callbacks held either from outside or by nodes, one full collection.
//!
//! * every dead node was finalized exactly once, every live node never;
//! * a weak reference to a dead node is cleared; its callback ran exactly once if the weak
//!   reference itself survived, never if it was garbage too; weak references to live nodes
//!   are intact and their callbacks have not run.

use std::cell::{Cell, RefCell};
use std::collections::BTreeSet;
use std::rc::Rc;

use heap::{Gc, Heap, ObjRef, Object, Trace, Visitor, Weak};
use proptest::prelude::*;

struct Node {
    id: usize,
    edges: RefCell<Vec<ObjRef>>,
    finalized: Rc<RefCell<Vec<usize>>>,
}

impl Object for Node {
    const NAME: &'static str = "Node";
    const HAS_FINALIZER: bool = true;
    fn traverse(&self, visitor: &mut Visitor<'_>) {
        self.edges.trace(visitor);
    }
    fn clear(&self) {
        self.edges.clear_refs();
    }
    fn finalize(this: &Gc<Self>) {
        this.finalized.borrow_mut().push(this.id);
    }
}

fn reachable(n: usize, edges: &[(usize, usize)], roots: &BTreeSet<usize>) -> BTreeSet<usize> {
    let mut adj = vec![Vec::new(); n];
    for &(a, b) in edges {
        adj[a].push(b);
    }
    let mut seen = BTreeSet::new();
    let mut stack: Vec<usize> = roots.iter().copied().collect();
    while let Some(x) = stack.pop() {
        if seen.insert(x) {
            stack.extend(adj[x].iter().copied());
        }
    }
    seen
}

/// Node count, edges, roots, weak references as (target, holder node or None = outside).
type Scenario = (
    usize,
    Vec<(usize, usize)>,
    Vec<bool>,
    Vec<(usize, Option<usize>)>,
);

fn scenario() -> impl Strategy<Value = Scenario> {
    (1usize..24).prop_flat_map(|n| {
        (
            Just(n),
            prop::collection::vec((0..n, 0..n), 0..n * 2),
            prop::collection::vec(any::<bool>(), n),
            prop::collection::vec((0..n, prop::option::of(0..n)), 0..n),
        )
    })
}

/// 128 cases, or `PROPTEST_CASES` when set.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(128)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]
    #[test]
    fn finalizers_and_weakref_callbacks_follow_cpython((n, edges, is_root, weaks) in scenario()) {
        let heap = Heap::new();
        heap.disable();
        let finalized = Rc::new(RefCell::new(Vec::new()));
        let nodes: Vec<Gc<Node>> = (0..n)
            .map(|id| heap.alloc(Node { id, edges: RefCell::new(Vec::new()), finalized: finalized.clone() }).unwrap())
            .collect();
        for node in &nodes {
            node.edges.borrow_mut().push(Gc::to_obj(node)); // self-loop: only the collector frees
        }
        for &(a, b) in &edges {
            nodes[a].edges.borrow_mut().push(Gc::to_obj(&nodes[b]));
        }
        let mut outside: Vec<(usize, Weak<Node>)> = Vec::new();
        let mut calls: Vec<Rc<Cell<usize>>> = Vec::new();
        let mut weak_objs = Vec::new();
        for (i, &(target, holder)) in weaks.iter().enumerate() {
            let c = Rc::new(Cell::new(0));
            let c2 = c.clone();
            let w = heap
                .weakref(&nodes[target], Some(Box::new(move |_h: &Heap, _w| c2.set(c2.get() + 1))))
                .unwrap();
            calls.push(c);
            weak_objs.push(w.clone());
            match holder {
                Some(h) => nodes[h].edges.borrow_mut().push(Gc::to_obj(w.weakref())),
                None => outside.push((i, w)),
            }
        }
        let roots: BTreeSet<usize> = (0..n).filter(|&i| is_root[i]).collect();
        let live = reachable(n, &edges, &roots);
        let kept: Vec<Gc<Node>> = nodes.into_iter().enumerate().filter(|(i, _)| roots.contains(i)).map(|(_, g)| g).collect();
        // Observe the weak references without keeping those held by nodes alive.
        let observers: Vec<Weak<heap::WeakRefObj>> = weak_objs
            .iter()
            .map(|w| heap.weakref(w.weakref(), None).unwrap())
            .collect();
        drop(weak_objs);
        prop_assert_eq!(heap.object_count(), n + weaks.len() * 2);
        heap.collect(2).unwrap();

        let fin = finalized.borrow().clone();
        let fin_set: BTreeSet<usize> = fin.iter().copied().collect();
        prop_assert_eq!(fin.len(), fin_set.len(), "a finalizer ran twice");
        let dead: BTreeSet<usize> = (0..n).filter(|i| !live.contains(i)).collect();
        prop_assert_eq!(&fin_set, &dead);
        for (i, &(target, holder)) in weaks.iter().enumerate() {
            let weakref_survives = holder.is_none_or(|h| live.contains(&h));
            prop_assert_eq!(observers[i].is_alive(), weakref_survives, "weakref {} liveness", i);
            let expected_calls = usize::from(!live.contains(&target) && weakref_survives);
            prop_assert_eq!(calls[i].get(), expected_calls, "weakref {} to {} held by {:?}", i, target, holder);
            if let Some(w) = observers[i].upgrade() {
                prop_assert_eq!(w.is_alive(), live.contains(&target));
            }
        }
        drop(outside);
        drop(observers);
        drop(kept);
        heap.collect(2).unwrap();
        prop_assert_eq!(heap.object_count(), 0);
        prop_assert!(heap.take_unraisable().is_empty());
    }
}
