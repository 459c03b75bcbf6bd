//! `cargo bench -p heap`: the heap against `Rc`, rust-cc, dumpster and CPython 3.12 on the
//! same object graphs, printed as a table of ns per object with the ratio to CPython, and
//! written to `target/bench/heap.json`.
//!
//! Workloads (see `bench/heap/workloads.py` for the Python side):
//! * `alloc_drop` — allocate and drop 1M small objects;
//! * `collect_cycles` — 1M two-object cycles, time of the collection only, per object collected;
//! * `full_collect_live` — full collection over 1M live tracked objects, per object;
//! * `binary_trees_parent`, `large_linked_list` — rust-cc's own benchmark workloads
//!   (trees of depth 11 with parent pointers; 30 doubly linked lists of 4096 nodes), per node.
//!
//! rust-cc and dumpster only examine objects whose count was decremented (candidate roots),
//! so their `full_collect_live` is not the same amount of work (it shows ~0). Their automatic
//! collection is switched off while the graphs of `collect_cycles` and `full_collect_live` are
//! built, so that the timed collection finds the whole graph; the heap's is off too. `Rc` has
//! no collector and uses `Weak` back-pointers where the others have cycles. Implementations
//! slower than 400 ms per run are run 3 times; criterion's other samples reuse their median.
//!
//! `cargo bench -p heap -- <filter>` runs only the matching workloads (and only their CPython
//! scripts).

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::PathBuf;
use std::process::Command;
use std::rc::{Rc, Weak as RcWeak};
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, SamplingMode};

const N: usize = 1_000_000;

/// Per (workload, impl): the measured durations and object counts.
type Results = RefCell<BTreeMap<(String, String), Vec<(Duration, usize)>>>;

thread_local! {
    static RESULTS: Results = const { RefCell::new(BTreeMap::new()) };
}

/// Implementations slower than this per run are measured `SLOW_RUNS` times only; criterion's
/// remaining samples reuse their median (keeps the whole run within a few minutes).
const SLOW_RUN: Duration = Duration::from_millis(400);
const SLOW_RUNS: usize = 3;

fn median_duration(v: &[(Duration, usize)]) -> Duration {
    let mut d: Vec<Duration> = v.iter().map(|x| x.0).collect();
    d.sort();
    d[d.len() / 2]
}

/// Run `f` (which returns the measured time and the number of objects) `iters` times.
fn measure(
    workload: &str,
    imp: &str,
    iters: u64,
    mut f: impl FnMut() -> (Duration, usize),
) -> Duration {
    let key = (workload.to_string(), imp.to_string());
    let mut total = Duration::ZERO;
    for _ in 0..iters {
        let cached = RESULTS.with(|r| {
            let r = r.borrow();
            let v = r.get(&key)?;
            (v.len() >= SLOW_RUNS && median_duration(v) > SLOW_RUN).then(|| median_duration(v))
        });
        if let Some(d) = cached {
            total += d;
            continue;
        }
        let (d, objects) = f();
        RESULTS.with(|r| {
            r.borrow_mut()
                .entry(key.clone())
                .or_default()
                .push((d, objects))
        });
        total += d;
    }
    total
}

// ---------------------------------------------------------------------------------------------
// heap (this crate)

mod ours {
    use super::*;
    use heap::{Gc, Heap, Object, Trace, Visitor};

    pub struct Pair {
        pub next: RefCell<Option<Gc<Pair>>>,
        pub prev: RefCell<Option<Gc<Pair>>>,
    }
    heap::impl_object!(Pair, "Pair", [next, prev]);

    fn pair(heap: &Heap) -> Gc<Pair> {
        heap.alloc(Pair {
            next: RefCell::new(None),
            prev: RefCell::new(None),
        })
        .unwrap()
    }

    pub fn alloc_drop() -> (Duration, usize) {
        let heap = Heap::new();
        let t = Instant::now();
        for _ in 0..N {
            black_box(pair(&heap));
            heap.safepoint().unwrap();
        }
        (t.elapsed(), N)
    }

    pub fn collect_cycles() -> (Duration, usize) {
        let heap = Heap::new();
        heap.disable();
        for _ in 0..N {
            let a = pair(&heap);
            let b = pair(&heap);
            *a.next.borrow_mut() = Some(b.clone());
            *b.next.borrow_mut() = Some(a);
        }
        let t = Instant::now();
        let found = heap.collect(2).unwrap();
        let d = t.elapsed();
        assert_eq!(found, 2 * N);
        (d, 2 * N)
    }

    pub fn full_collect_live() -> (Duration, usize) {
        let heap = Heap::new();
        heap.disable();
        let keep: Vec<Gc<Pair>> = (0..N).map(|_| pair(&heap)).collect();
        heap.collect(2).unwrap();
        let t = Instant::now();
        heap.collect(2).unwrap();
        let d = t.elapsed();
        drop(keep);
        (d, N)
    }

    pub struct Tree {
        parent: RefCell<Option<Gc<Tree>>>,
        left: Option<Gc<Tree>>,
        right: Option<Gc<Tree>>,
    }
    impl Object for Tree {
        const NAME: &'static str = "Tree";
        fn traverse(&self, v: &mut Visitor<'_>) {
            heap::traverse_fields!(self, v; parent, left, right);
        }
        fn clear(&self) {
            self.parent.clear_refs();
        }
    }

    fn make_tree(heap: &Heap, depth: usize) -> Gc<Tree> {
        let (left, right) = if depth == 0 {
            (None, None)
        } else {
            (
                Some(make_tree(heap, depth - 1)),
                Some(make_tree(heap, depth - 1)),
            )
        };
        let node = heap
            .alloc(Tree {
                parent: RefCell::new(None),
                left,
                right,
            })
            .unwrap();
        if let (Some(l), Some(r)) = (&node.left, &node.right) {
            if l.left.is_some() {
                *l.parent.borrow_mut() = Some(node.clone());
                *r.parent.borrow_mut() = Some(node.clone());
            }
        }
        node
    }

    fn check(t: &Tree) -> usize {
        match (&t.left, &t.right) {
            (Some(l), Some(r)) => check(l) + check(r) + 1,
            _ => 1,
        }
    }

    pub fn binary_trees_parent() -> (Duration, usize) {
        let heap = Heap::new();
        let t = Instant::now();
        let mut nodes = 0;
        for depth in (4..11).step_by(2) {
            for _ in 0..1usize << (11 - depth + 4) {
                nodes += check(&make_tree(&heap, depth));
                heap.safepoint().unwrap();
            }
        }
        heap.collect(2).unwrap();
        (t.elapsed(), nodes)
    }

    pub struct Cons {
        next: Option<Gc<Cons>>,
        previous: RefCell<Option<Gc<Cons>>>,
    }
    heap::impl_object!(Cons, "Cons", [next, previous]);

    pub fn large_linked_list() -> (Duration, usize) {
        let heap = Heap::new();
        let t = Instant::now();
        for _ in 0..30 {
            let mut head = heap
                .alloc(Cons {
                    next: None,
                    previous: RefCell::new(None),
                })
                .unwrap();
            for _ in 0..4096 {
                let cons = heap
                    .alloc(Cons {
                        next: Some(head.clone()),
                        previous: RefCell::new(None),
                    })
                    .unwrap();
                *head.previous.borrow_mut() = Some(cons.clone());
                head = cons;
                heap.safepoint().unwrap();
            }
            black_box(&head);
        }
        heap.collect(2).unwrap();
        (t.elapsed(), 4096 * 30)
    }
}

// ---------------------------------------------------------------------------------------------
// Rc (no collector: Weak back-pointers)

mod rc {
    use super::*;

    pub struct Pair {
        _next: RefCell<Option<Rc<Pair>>>,
        _prev: RefCell<Option<Rc<Pair>>>,
    }

    pub fn alloc_drop() -> (Duration, usize) {
        let t = Instant::now();
        for _ in 0..N {
            black_box(Rc::new(Pair {
                _next: RefCell::new(None),
                _prev: RefCell::new(None),
            }));
        }
        (t.elapsed(), N)
    }

    struct Tree {
        parent: RefCell<Option<RcWeak<Tree>>>,
        left: Option<Rc<Tree>>,
        right: Option<Rc<Tree>>,
    }

    fn make_tree(depth: usize) -> Rc<Tree> {
        let (left, right) = if depth == 0 {
            (None, None)
        } else {
            (Some(make_tree(depth - 1)), Some(make_tree(depth - 1)))
        };
        let node = Rc::new(Tree {
            parent: RefCell::new(None),
            left,
            right,
        });
        if let (Some(l), Some(r)) = (&node.left, &node.right) {
            if l.left.is_some() {
                *l.parent.borrow_mut() = Some(Rc::downgrade(&node));
                *r.parent.borrow_mut() = Some(Rc::downgrade(&node));
            }
        }
        node
    }

    fn check(t: &Tree) -> usize {
        match (&t.left, &t.right) {
            (Some(l), Some(r)) => check(l) + check(r) + 1,
            _ => 1,
        }
    }

    pub fn binary_trees_parent() -> (Duration, usize) {
        let t = Instant::now();
        let mut nodes = 0;
        for depth in (4..11).step_by(2) {
            for _ in 0..1usize << (11 - depth + 4) {
                nodes += check(&make_tree(depth));
            }
        }
        (t.elapsed(), nodes)
    }

    struct Cons {
        _next: Option<Rc<Cons>>,
        previous: RefCell<Option<RcWeak<Cons>>>,
    }

    pub fn large_linked_list() -> (Duration, usize) {
        let t = Instant::now();
        for _ in 0..30 {
            let mut head = Rc::new(Cons {
                _next: None,
                previous: RefCell::new(None),
            });
            for _ in 0..4096 {
                let cons = Rc::new(Cons {
                    _next: Some(head.clone()),
                    previous: RefCell::new(None),
                });
                *head.previous.borrow_mut() = Some(Rc::downgrade(&cons));
                head = cons;
            }
            black_box(&head);
        }
        (t.elapsed(), 4096 * 30)
    }
}

// ---------------------------------------------------------------------------------------------
// rust-cc

mod cc {
    use super::*;
    use rust_cc::{collect_cycles, Cc, Finalize, Trace};

    #[derive(Trace, Finalize)]
    pub struct Pair {
        next: RefCell<Option<Cc<Pair>>>,
        prev: RefCell<Option<Cc<Pair>>>,
    }

    fn pair() -> Cc<Pair> {
        Cc::new(Pair {
            next: RefCell::new(None),
            prev: RefCell::new(None),
        })
    }

    pub fn alloc_drop() -> (Duration, usize) {
        collect_cycles();
        let t = Instant::now();
        for _ in 0..N {
            black_box(pair());
        }
        (t.elapsed(), N)
    }

    fn auto_collect(on: bool) {
        rust_cc::config::config(|c| c.set_auto_collect(on)).unwrap();
    }

    pub fn collect_cycles_w() -> (Duration, usize) {
        collect_cycles();
        auto_collect(false);
        for _ in 0..N {
            let a = pair();
            let b = pair();
            *a.next.borrow_mut() = Some(b.clone());
            *b.next.borrow_mut() = Some(a);
        }
        let t = Instant::now();
        collect_cycles();
        let d = t.elapsed();
        auto_collect(true);
        (d, 2 * N)
    }

    pub fn full_collect_live() -> (Duration, usize) {
        collect_cycles();
        auto_collect(false);
        let keep: Vec<Cc<Pair>> = (0..N).map(|_| pair()).collect();
        collect_cycles();
        let t = Instant::now();
        collect_cycles();
        let d = t.elapsed();
        drop(keep);
        auto_collect(true);
        (d, N)
    }

    #[derive(Trace, Finalize)]
    struct Tree {
        parent: RefCell<Option<Cc<Tree>>>,
        left: Option<Cc<Tree>>,
        right: Option<Cc<Tree>>,
    }

    fn make_tree(depth: usize) -> Cc<Tree> {
        let (left, right) = if depth == 0 {
            (None, None)
        } else {
            (Some(make_tree(depth - 1)), Some(make_tree(depth - 1)))
        };
        let node = Cc::new(Tree {
            parent: RefCell::new(None),
            left,
            right,
        });
        if let (Some(l), Some(r)) = (&node.left, &node.right) {
            if l.left.is_some() {
                *l.parent.borrow_mut() = Some(node.clone());
                *r.parent.borrow_mut() = Some(node.clone());
            }
        }
        node
    }

    fn check(t: &Tree) -> usize {
        match (&t.left, &t.right) {
            (Some(l), Some(r)) => check(l) + check(r) + 1,
            _ => 1,
        }
    }

    pub fn binary_trees_parent() -> (Duration, usize) {
        collect_cycles();
        let t = Instant::now();
        let mut nodes = 0;
        for depth in (4..11).step_by(2) {
            for _ in 0..1usize << (11 - depth + 4) {
                nodes += check(&make_tree(depth));
            }
        }
        collect_cycles();
        (t.elapsed(), nodes)
    }

    #[derive(Trace, Finalize)]
    struct Cons {
        next: Option<Cc<Cons>>,
        previous: RefCell<Option<Cc<Cons>>>,
    }

    pub fn large_linked_list() -> (Duration, usize) {
        collect_cycles();
        let t = Instant::now();
        for _ in 0..30 {
            let mut head = Cc::new(Cons {
                next: None,
                previous: RefCell::new(None),
            });
            for _ in 0..4096 {
                let cons = Cc::new(Cons {
                    next: Some(head.clone()),
                    previous: RefCell::new(None),
                });
                *head.previous.borrow_mut() = Some(cons.clone());
                head = cons;
                if let Some(next) = &head.next {
                    next.mark_alive();
                }
            }
            black_box(&head);
        }
        collect_cycles();
        (t.elapsed(), 4096 * 30)
    }
}

// ---------------------------------------------------------------------------------------------
// dumpster (unsync)

mod dump {
    use super::*;
    use dumpster::unsync::{collect, default_collect_condition, set_collect_condition, Gc};
    use dumpster::Trace;

    #[derive(Trace)]
    pub struct Pair {
        next: RefCell<Option<Gc<Pair>>>,
        prev: RefCell<Option<Gc<Pair>>>,
    }

    fn pair() -> Gc<Pair> {
        Gc::new(Pair {
            next: RefCell::new(None),
            prev: RefCell::new(None),
        })
    }

    pub fn alloc_drop() -> (Duration, usize) {
        collect();
        let t = Instant::now();
        for _ in 0..N {
            black_box(pair());
        }
        (t.elapsed(), N)
    }

    pub fn collect_cycles() -> (Duration, usize) {
        collect();
        set_collect_condition(|_| false);
        for _ in 0..N {
            let a = pair();
            let b = pair();
            *a.next.borrow_mut() = Some(b.clone());
            *b.next.borrow_mut() = Some(a);
        }
        let t = Instant::now();
        collect();
        let d = t.elapsed();
        set_collect_condition(default_collect_condition);
        (d, 2 * N)
    }

    pub fn full_collect_live() -> (Duration, usize) {
        collect();
        set_collect_condition(|_| false);
        let keep: Vec<Gc<Pair>> = (0..N).map(|_| pair()).collect();
        collect();
        let t = Instant::now();
        collect();
        let d = t.elapsed();
        drop(keep);
        set_collect_condition(default_collect_condition);
        (d, N)
    }

    #[derive(Trace)]
    struct Tree {
        parent: RefCell<Option<Gc<Tree>>>,
        left: Option<Gc<Tree>>,
        right: Option<Gc<Tree>>,
    }

    fn make_tree(depth: usize) -> Gc<Tree> {
        let (left, right) = if depth == 0 {
            (None, None)
        } else {
            (Some(make_tree(depth - 1)), Some(make_tree(depth - 1)))
        };
        let node = Gc::new(Tree {
            parent: RefCell::new(None),
            left,
            right,
        });
        if let (Some(l), Some(r)) = (&node.left, &node.right) {
            if l.left.is_some() {
                *l.parent.borrow_mut() = Some(node.clone());
                *r.parent.borrow_mut() = Some(node.clone());
            }
        }
        node
    }

    fn check(t: &Tree) -> usize {
        match (&t.left, &t.right) {
            (Some(l), Some(r)) => check(l) + check(r) + 1,
            _ => 1,
        }
    }

    pub fn binary_trees_parent() -> (Duration, usize) {
        collect();
        let t = Instant::now();
        let mut nodes = 0;
        for depth in (4..11).step_by(2) {
            for _ in 0..1usize << (11 - depth + 4) {
                nodes += check(&make_tree(depth));
            }
        }
        collect();
        (t.elapsed(), nodes)
    }

    #[derive(Trace)]
    struct Cons {
        next: Option<Gc<Cons>>,
        previous: RefCell<Option<Gc<Cons>>>,
    }

    pub fn large_linked_list() -> (Duration, usize) {
        collect();
        let t = Instant::now();
        for _ in 0..30 {
            let mut head = Gc::new(Cons {
                next: None,
                previous: RefCell::new(None),
            });
            for _ in 0..4096 {
                let cons = Gc::new(Cons {
                    next: Some(head.clone()),
                    previous: RefCell::new(None),
                });
                *head.previous.borrow_mut() = Some(cons.clone());
                head = cons;
            }
            black_box(&head);
        }
        collect();
        (t.elapsed(), 4096 * 30)
    }
}

// ---------------------------------------------------------------------------------------------
// CPython

fn find_python() -> Option<PathBuf> {
    let is_312 = |p: &PathBuf| {
        Command::new(p)
            .args(["-c", "import sys; assert sys.version_info[:2] == (3, 12)"])
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false)
    };
    if let Ok(p) = std::env::var("PYMEM_PYTHON") {
        let p = PathBuf::from(p);
        if is_312(&p) {
            return Some(p);
        }
    }
    if let Ok(out) = Command::new("pyenv").arg("root").output() {
        if out.status.success() {
            let root = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
            if let Ok(entries) = std::fs::read_dir(root.join("versions")) {
                let mut versions: Vec<PathBuf> = entries
                    .filter_map(|e| e.ok())
                    .filter(|e| e.file_name().to_string_lossy().starts_with("3.12"))
                    .map(|e| e.path().join("bin/python3"))
                    .collect();
                versions.sort();
                if let Some(p) = versions.into_iter().rev().find(is_312) {
                    return Some(p);
                }
            }
        }
    }
    let p = PathBuf::from("python3.12");
    is_312(&p).then_some(p)
}

fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run_cpython(python: &PathBuf, workload: &str) -> Option<f64> {
    let script = workspace_root().join("bench/heap/workloads.py");
    let out = Command::new(python)
        .arg(script)
        .arg(workload)
        .arg("3")
        .output()
        .ok()?;
    if !out.status.success() {
        eprintln!(
            "cpython {workload} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let key = "\"ns_per_object\":";
    let i = text.find(key)? + key.len();
    text[i..]
        .trim()
        .trim_end_matches(['}', '\n'])
        .trim()
        .parse()
        .ok()
}

// ---------------------------------------------------------------------------------------------

type Workload = fn() -> (Duration, usize);

fn workloads() -> Vec<(&'static str, Vec<(&'static str, Workload)>)> {
    vec![
        (
            "alloc_drop",
            vec![
                ("heap", ours::alloc_drop as Workload),
                ("Rc", rc::alloc_drop),
                ("rust-cc", cc::alloc_drop),
                ("dumpster", dump::alloc_drop),
            ],
        ),
        (
            "collect_cycles",
            vec![
                ("heap", ours::collect_cycles as Workload),
                ("rust-cc", cc::collect_cycles_w),
                ("dumpster", dump::collect_cycles),
            ],
        ),
        (
            "full_collect_live",
            vec![
                ("heap", ours::full_collect_live as Workload),
                ("rust-cc", cc::full_collect_live),
                ("dumpster", dump::full_collect_live),
            ],
        ),
        (
            "binary_trees_parent",
            vec![
                ("heap", ours::binary_trees_parent as Workload),
                ("Rc", rc::binary_trees_parent),
                ("rust-cc", cc::binary_trees_parent),
                ("dumpster", dump::binary_trees_parent),
            ],
        ),
        (
            "large_linked_list",
            vec![
                ("heap", ours::large_linked_list as Workload),
                ("Rc", rc::large_linked_list),
                ("rust-cc", cc::large_linked_list),
                ("dumpster", dump::large_linked_list),
            ],
        ),
    ]
}

fn median(v: &[f64]) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn main() {
    let mut criterion = Criterion::default()
        .configure_from_args()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(1))
        .measurement_time(Duration::from_millis(200))
        .without_plots();
    let all = workloads();
    for (workload, impls) in &all {
        let mut group = criterion.benchmark_group(*workload);
        group.sampling_mode(SamplingMode::Flat);
        for (imp, f) in impls {
            group.bench_function(BenchmarkId::from_parameter(imp), |b| {
                b.iter_custom(|iters| measure(workload, imp, iters, f))
            });
        }
        group.finish();
    }

    let results = RESULTS.with(|r| r.borrow().clone());
    // A filtered run (`cargo bench -p heap -- collect`) only runs CPython where needed.
    let ran: Vec<&str> = all
        .iter()
        .map(|(w, _)| *w)
        .filter(|w| results.keys().any(|(rw, _)| rw == w))
        .collect();
    let python = find_python();
    let mut cpython: BTreeMap<&str, f64> = BTreeMap::new();
    match &python {
        Some(p) => {
            for workload in &ran {
                if let Some(ns) = run_cpython(p, workload) {
                    cpython.insert(workload, ns);
                }
            }
        }
        None => println!("cpython: skipped (no python3.12 found)"),
    }

    let mut json = Vec::new();
    println!();
    println!(
        "{:<22} {:<10} {:>14} {:>12}",
        "workload", "impl", "ns/object", "vs CPython"
    );
    println!("{}", "-".repeat(61));
    for (workload, impls) in all.iter().filter(|(w, _)| ran.contains(w)) {
        let base = cpython.get(workload).copied();
        for (imp, _) in impls {
            let Some(samples) = results.get(&(workload.to_string(), imp.to_string())) else {
                continue;
            };
            let per_object: Vec<f64> = samples
                .iter()
                .map(|(d, n)| d.as_nanos() as f64 / *n as f64)
                .collect();
            let ns = median(&per_object);
            let ratio = base.map_or("skipped".to_string(), |b| format!("{:.2}x", ns / b));
            println!("{workload:<22} {imp:<10} {ns:>14.1} {ratio:>12}");
            json.push(format!(
                "{{\"workload\":\"{workload}\",\"impl\":\"{imp}\",\"ns_per_object\":{ns:.3}}}"
            ));
        }
        match base {
            Some(b) => {
                println!("{workload:<22} {:<10} {b:>14.1} {:>12}", "cpython", "1.00x");
                json.push(format!(
                    "{{\"workload\":\"{workload}\",\"impl\":\"cpython\",\"ns_per_object\":{b:.3}}}"
                ));
            }
            None => println!(
                "{workload:<22} {:<10} {:>14} {:>12}",
                "cpython", "skipped", ""
            ),
        }
    }
    let root = workspace_root();
    let dir = root.canonicalize().unwrap_or(root).join("target/bench");
    let path = dir.join("heap.json");
    let body = format!("[\n  {}\n]\n", json.join(",\n  "));
    match std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, body)) {
        Ok(()) => println!("\nwrote {}", path.display()),
        Err(e) => eprintln!("could not write {}: {e}", path.display()),
    }
    criterion.final_summary();
}
