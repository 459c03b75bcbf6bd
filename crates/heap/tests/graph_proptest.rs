//! Property test: random object graphs, random drops, collections of random generations.
//! At every step no object reachable from a live handle has been dropped or cleared; after a
//! full collection exactly the unreachable objects are gone; at the end the heap is empty and
//! obmalloc keeps at most one arena.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

use heap::{Gc, Heap, ObjRef, Object, Trace, Visitor};
use proptest::prelude::*;

#[derive(Default)]
struct Log {
    dropped: BTreeSet<usize>,
    cleared: BTreeSet<usize>,
}

struct Node {
    id: usize,
    edges: RefCell<Vec<ObjRef>>,
    log: Rc<RefCell<Log>>,
}

impl Object for Node {
    const NAME: &'static str = "Node";
    fn traverse(&self, visitor: &mut Visitor<'_>) {
        self.edges.trace(visitor);
    }
    fn clear(&self) {
        self.log.borrow_mut().cleared.insert(self.id);
        self.edges.clear_refs();
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        self.log.borrow_mut().dropped.insert(self.id);
    }
}

fn reachable(n: usize, edges: &[(usize, usize)], roots: &BTreeSet<usize>) -> BTreeSet<usize> {
    let mut adj = vec![Vec::new(); n];
    for &(a, b) in edges {
        adj[a].push(b);
    }
    let mut seen: BTreeSet<usize> = BTreeSet::new();
    let mut stack: Vec<usize> = roots.iter().copied().collect();
    while let Some(x) = stack.pop() {
        if seen.insert(x) {
            stack.extend(adj[x].iter().copied());
        }
    }
    seen
}

#[derive(Debug, Clone)]
enum Step {
    DropRoot(usize),
    Collect(usize),
}

/// Node count, edges, which nodes keep an external handle, then the steps.
type Scenario = (usize, Vec<(usize, usize)>, Vec<bool>, Vec<Step>);

fn scenario() -> impl Strategy<Value = Scenario> {
    (1usize..40).prop_flat_map(|n| {
        (
            Just(n),
            prop::collection::vec((0..n, 0..n), 0..n * 3),
            prop::collection::vec(any::<bool>(), n),
            prop::collection::vec(
                prop_oneof![
                    (0..n).prop_map(Step::DropRoot),
                    (0usize..3).prop_map(Step::Collect)
                ],
                0..20,
            ),
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
    fn exactly_the_unreachable_die((n, edges, is_root, steps) in scenario()) {
        let heap = Heap::new();
        heap.disable();
        let log = Rc::new(RefCell::new(Log::default()));
        let nodes: Vec<Gc<Node>> = (0..n)
            .map(|id| heap.alloc(Node { id, edges: RefCell::new(Vec::new()), log: log.clone() }).unwrap())
            .collect();
        for &(a, b) in &edges {
            nodes[a].edges.borrow_mut().push(Gc::to_obj(&nodes[b]));
        }
        let mut roots: BTreeSet<usize> = (0..n).filter(|&i| is_root[i]).collect();
        let mut handles: Vec<Option<Gc<Node>>> = nodes.into_iter().map(Some).collect();
        for (i, h) in handles.iter_mut().enumerate() {
            if !roots.contains(&i) {
                *h = None;
            }
        }
        let check_live = |roots: &BTreeSet<usize>, log: &Rc<RefCell<Log>>| {
            let live = reachable(n, &edges, roots);
            let l = log.borrow();
            for x in &live {
                prop_assert!(!l.dropped.contains(x), "reachable {} was dropped", x);
                prop_assert!(!l.cleared.contains(x), "reachable {} was cleared", x);
            }
            Ok(live)
        };
        check_live(&roots, &log)?;
        for step in steps {
            match step {
                Step::DropRoot(i) => {
                    handles[i] = None;
                    roots.remove(&i);
                }
                Step::Collect(g) => {
                    heap.collect(g).unwrap();
                }
            }
            check_live(&roots, &log)?;
        }
        heap.collect(2).unwrap();
        let live = check_live(&roots, &log)?;
        {
            let l = log.borrow();
            for x in 0..n {
                prop_assert_eq!(l.dropped.contains(&x), !live.contains(&x), "object {}", x);
            }
        }
        prop_assert_eq!(heap.object_count(), live.len());
        drop(handles);
        heap.collect(2).unwrap();
        prop_assert_eq!(heap.object_count(), 0);
        prop_assert_eq!(log.borrow().dropped.len(), n);
        prop_assert!(heap.allocator().stats().arenas_allocated_current <= 1);
    }
}
