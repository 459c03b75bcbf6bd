//! `_tracemalloc`: the native half of `tracemalloc` (CPython 3.12's `Modules/_tracemalloc.c`
//! and `Python/tracemalloc.c`); the Python half — `Snapshot`, `Statistic`, `Traceback`,
//! filters — is the frozen `py/tracemalloc.py`, as `Lib/tracemalloc.py` is in CPython.
//!
//! ```text
//!   tracemalloc.start(n) ──► Vm::tracemalloc.tracer = Tracer ──► heap.set_tracer(..)
//!                                                                    │
//!   every object born on the heap ──► Tracer::allocated(addr, block size)
//!        traceback = the call sites of the innermost n Python frames (callsite.rs),
//!        interned; trace = (size, traceback) keyed by the object's address
//!   every object that dies ──► Tracer::released(addr): its trace is forgotten
//! ```
//!
//! * **What is traced.** Every object allocated on the pymem heap while tracing is on, from
//!   its birth to its death (a block a type's free list keeps is untraced when its object
//!   dies, and traced again for the next object). Storage the runtime keeps outside the
//!   heap, in Rust's allocator — the text of a str, the item arrays of lists and dicts, the
//!   digits of big ints — is not traced: CPython would trace those buffers as separate
//!   blocks (`PyMem_Malloc`), so sizes here are lower for them.
//! * **Sizes** are the sizes of the blocks obmalloc handed out for the objects: the
//!   object's bytes (GC links, header, value, inline items) rounded up to its 16-byte size
//!   class, or the exact size of a block over 512 bytes. So `get_traced_memory()` counts
//!   what `sys._debugmallocstats()` calls "bytes in allocated blocks" for those objects.
//!   CPython records the size requested from `malloc` instead.
//! * **Tracebacks** are read only while tracing, from the call-site table the eval loop
//!   fills at every call instruction (`callsite.rs`): the frames are kept as raw
//!   `(code, instruction)` sites and turned into `(filename, lineno)` only when a snapshot
//!   is taken. A frame suspended in a call — every frame but the innermost — is described
//!   exactly. The innermost frame reports the position of its latest call: exact for
//!   objects made by a call (`Tick(i)`, `str(x)`, `list(...)`, comprehensions — each a
//!   call) and for objects made on a line that calls something before making them
//!   (`str(i) * 3`); for an object its bytecode makes on a line without a call
//!   (`[0] * n`, `a + b`, `[x, y]`, `def`), it names the line of the frame's latest call,
//!   and a frame that has made no call yet is reported as whatever last called from its
//!   depth (often `<unknown>`). CPython reads the current instruction of every frame;
//!   doing that here would mean recording the position at every instruction, which the
//!   eval loop does not pay for (measured: 12 to 43 more instructions per Python call
//!   with tracing off, whichever way the loop was given a noting mode).
//! * Tracing costs next to nothing when it is off: the heap tests one flag on its
//!   allocation and full deallocation paths (none on the leaf path); this module's code
//!   runs only through the installed tracer.
//! * One domain (0), as CPython's object allocations use.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use hashbrown::HashMap;
use heap::{BlockTracer, ObjRef};

use super::{add_fn, new_module};
use crate::runtime::objects::*;
use crate::runtime::{Args, PyResult, Vm};

/// `MAX_NFRAME`: the most frames a traceback may keep (CPython stores the count in 16 bits).
const MAX_NFRAME: i64 = 65535;

/// A frame as recorded: (code object address — a key into `Vm::code_data`, instruction).
type Site = (usize, u32);

/// The key of an interned traceback: its sites and its total number of frames.
type TracebackKey = (Box<[Site]>, usize);

/// An interned traceback: the sites of its frames, innermost first, and how many frames
/// the stack had in all.
struct Traceback {
    sites: Box<[Site]>,
    total_nframe: usize,
}

/// One traced object: its block size and where it was allocated.
struct Trace {
    size: usize,
    traceback: Rc<Traceback>,
}

/// The tracer installed on the heap while tracing (`tracemalloc_config.tracing`).
pub struct Tracer {
    /// Frames kept per traceback.
    nframe: usize,
    /// Live traced objects by address.
    traces: RefCell<HashMap<usize, Trace>>,
    /// Tracebacks by their sites (CPython's `tracemalloc_tracebacks`): a million objects
    /// made on one line share one traceback.
    tracebacks: RefCell<HashMap<TracebackKey, Rc<Traceback>>>,
    /// The sites of the traceback being recorded (reused, so recording allocates only for a
    /// traceback not seen before).
    scratch: RefCell<Vec<Site>>,
    /// Sum of the traced sizes, and its peak since the last `reset_peak`/`clear_traces`.
    current: Cell<usize>,
    peak: Cell<usize>,
    /// Set while this module builds its own results (`_get_traces`,
    /// `_get_object_traceback`): CPython does not trace those objects either.
    paused: Cell<bool>,
}

/// The per-interpreter state of the module (`Vm::tracemalloc`).
pub struct State {
    /// `get_traceback_limit()`: kept after `stop()`, as CPython's `max_nframe` is.
    limit: Cell<usize>,
    /// The installed tracer while tracing.
    tracer: RefCell<Option<Rc<Tracer>>>,
}

impl Default for State {
    fn default() -> Self {
        State {
            limit: Cell::new(1),
            tracer: RefCell::new(None),
        }
    }
}

impl Tracer {
    fn new(nframe: usize) -> Tracer {
        Tracer {
            nframe,
            traces: RefCell::new(HashMap::new()),
            tracebacks: RefCell::new(HashMap::new()),
            scratch: RefCell::new(Vec::new()),
            current: Cell::new(0),
            peak: Cell::new(0),
            paused: Cell::new(false),
        }
    }

    /// Run `f` with this tracer not recording births (deaths are still recorded).
    fn untraced<R>(&self, f: impl FnOnce() -> R) -> R {
        let was = self.paused.replace(true);
        let r = f();
        self.paused.set(was);
        r
    }

    /// The interned traceback of the current Python stack.
    fn traceback_here(&self) -> Option<Rc<Traceback>> {
        let mut scratch = self.scratch.try_borrow_mut().ok()?;
        scratch.clear();
        let total = match crate::runtime::current_vm() {
            Some(vm) => vm
                .call_sites
                .innermost(vm.depth.get(), self.nframe, &mut scratch),
            None => 0,
        };
        let mut tracebacks = self.tracebacks.try_borrow_mut().ok()?;
        if let Some(tb) = tracebacks.get(&SitesRef(&scratch, total)) {
            return Some(tb.clone());
        }
        let sites: Box<[Site]> = scratch.as_slice().into();
        let tb = Rc::new(Traceback {
            sites: sites.clone(),
            total_nframe: total,
        });
        tracebacks.insert((sites, total), tb.clone());
        Some(tb)
    }

    fn clear(&self) {
        if let Ok(mut t) = self.traces.try_borrow_mut() {
            t.clear();
        }
        if let Ok(mut t) = self.tracebacks.try_borrow_mut() {
            t.clear();
        }
        self.current.set(0);
        self.peak.set(0);
    }

    /// Bytes of the tracer's own tables (`get_tracemalloc_memory()`).
    fn own_memory(&self) -> usize {
        let entry = std::mem::size_of::<(usize, Trace)>() + 1;
        let traces = self.traces.borrow().capacity() * entry;
        let tracebacks = self.tracebacks.borrow();
        let tb_entries =
            tracebacks.capacity() * (std::mem::size_of::<(TracebackKey, Rc<Traceback>)>() + 1);
        let tb_bodies: usize = tracebacks
            .values()
            .map(|tb| {
                std::mem::size_of::<Traceback>()
                    + 2 * std::mem::size_of::<usize>()
                    + 2 * tb.sites.len() * std::mem::size_of::<Site>()
            })
            .sum();
        std::mem::size_of::<Tracer>() + traces + tb_entries + tb_bodies
    }
}

impl BlockTracer for Tracer {
    fn allocated(&self, addr: usize, size: usize) {
        if self.paused.get() {
            return;
        }
        let Some(traceback) = self.traceback_here() else {
            return;
        };
        let Ok(mut traces) = self.traces.try_borrow_mut() else {
            return;
        };
        // An address is reused only after its object died (and was untraced), but a trace
        // may have been missed while the table was busy: replace, never double-count.
        if let Some(old) = traces.insert(addr, Trace { size, traceback }) {
            self.current.set(self.current.get() - old.size);
        }
        let current = self.current.get() + size;
        self.current.set(current);
        if current > self.peak.get() {
            self.peak.set(current);
        }
    }

    fn released(&self, addr: usize) {
        let Ok(mut traces) = self.traces.try_borrow_mut() else {
            return;
        };
        if let Some(old) = traces.remove(&addr) {
            self.current.set(self.current.get() - old.size);
        }
    }
}

/// A traceback table key borrowed from the scratch buffer: probing the table with it
/// allocates nothing. Hashes as the owned key `(Box<[Site]>, usize)` does (a tuple hashes its
/// fields in order, a boxed slice as its slice).
#[derive(Hash)]
struct SitesRef<'a>(&'a [Site], usize);

impl hashbrown::Equivalent<TracebackKey> for SitesRef<'_> {
    fn equivalent(&self, key: &TracebackKey) -> bool {
        *self.0 == *key.0 && self.1 == key.1
    }
}

/// The tracer, while tracing.
fn tracer(vm: &Vm) -> Option<Rc<Tracer>> {
    vm.tracemalloc.tracer.borrow().clone()
}

/// Start tracing with `nframe` frames per traceback (`_PyTraceMalloc_Start`): nothing
/// changes when tracing is already on.
pub fn start_tracing(vm: &Vm, nframe: usize) {
    if vm.tracemalloc.tracer.borrow().is_some() {
        return;
    }
    vm.tracemalloc.limit.set(nframe);
    let t = Rc::new(Tracer::new(nframe));
    *vm.tracemalloc.tracer.borrow_mut() = Some(t.clone());
    vm.heap.set_tracer(Some(t));
}

/// Stop tracing and forget every trace.
pub fn stop_tracing(vm: &Vm) {
    let t = vm.tracemalloc.tracer.borrow_mut().take();
    if let Some(t) = t {
        vm.heap.set_tracer(None);
        t.clear();
    }
}

/// `PYTHONTRACEMALLOC=N` (as `python -X tracemalloc=N`): start tracing with N frames
/// before the main script runs. Unset, empty or 0 leaves tracing off; a value that is not a
/// number of frames is refused with CPython's fatal error text (the caller prints it and
/// exits with status 1, as CPython does).
pub fn start_from_env(vm: &Vm) -> Result<(), String> {
    let Some(v) = std::env::var_os("PYTHONTRACEMALLOC") else {
        return Ok(());
    };
    let v = v.to_string_lossy();
    if v.is_empty() {
        return Ok(());
    }
    match v.parse::<i64>() {
        Ok(0) => Ok(()),
        Ok(n) if (1..=MAX_NFRAME).contains(&n) => {
            start_tracing(vm, n as usize);
            Ok(())
        }
        Ok(n) if n > MAX_NFRAME => Err(format!(
            "Fatal Python error: init_interp_main: can't start tracemalloc\n\
             Python runtime state: core initialized\n\
             ValueError: the number of frames must be in range [1; {MAX_NFRAME}]\n"
        )),
        _ => Err(
            "Fatal Python error: config_init_tracemalloc: PYTHONTRACEMALLOC: invalid \
                  number of frames\nPython runtime state: preinitialized\n\n"
                .into(),
        ),
    }
}

fn no_keywords(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<()> {
    if a.kwnames.is_empty() {
        Ok(())
    } else {
        vm.type_err(format!("_tracemalloc.{name}() takes no keyword arguments"))
    }
}

/// A `METH_NOARGS` function's check.
fn no_args(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<()> {
    no_keywords(vm, a, name)?;
    if !a.pos.is_empty() {
        return vm.type_err(format!(
            "_tracemalloc.{name}() takes no arguments ({} given)",
            a.pos.len()
        ));
    }
    Ok(())
}

/// `start(nframe=1, /)`.
fn start(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_keywords(vm, a, "start")?;
    if a.pos.len() > 1 {
        return vm.type_err(format!(
            "start expected at most 1 argument, got {}",
            a.pos.len()
        ));
    }
    let nframe = match a.pos.first() {
        Some(o) => i64::from(super::gc::c_int(vm, o)?),
        None => 1,
    };
    if !(1..=MAX_NFRAME).contains(&nframe) {
        return vm.err(
            "ValueError",
            format!("the number of frames must be in range [1; {MAX_NFRAME}]"),
        );
    }
    start_tracing(vm, nframe as usize);
    Ok(vm.none())
}

fn stop(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "stop")?;
    stop_tracing(vm);
    Ok(vm.none())
}

fn is_tracing(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "is_tracing")?;
    Ok(vm.bool_obj(tracer(vm).is_some()))
}

fn clear_traces(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "clear_traces")?;
    if let Some(t) = tracer(vm) {
        t.clear();
    }
    Ok(vm.none())
}

fn get_traceback_limit(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "get_traceback_limit")?;
    vm.new_int(vm.tracemalloc.limit.get() as i64)
}

fn get_traced_memory(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "get_traced_memory")?;
    let (current, peak) = match tracer(vm) {
        Some(t) => (t.current.get(), t.peak.get()),
        None => (0, 0),
    };
    vm.new_tuple([vm.new_int(current as i64)?, vm.new_int(peak as i64)?])
}

fn reset_peak(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "reset_peak")?;
    if let Some(t) = tracer(vm) {
        t.peak.set(t.current.get());
    }
    Ok(vm.none())
}

fn get_tracemalloc_memory(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "get_tracemalloc_memory")?;
    let size = match tracer(vm) {
        Some(t) => t.own_memory(),
        None => std::mem::size_of::<State>(),
    };
    vm.new_int(size as i64)
}

/// The Python form of a traceback: a tuple of `(filename, lineno)`, innermost first
/// (`traceback_to_pyobject`); a frame whose code is unknown is `('<unknown>', 0)`.
fn traceback_tuple(vm: &Vm, tb: &Traceback, cache: &mut HashMap<Site, ObjRef>) -> PyResult {
    let mut frames = Vec::with_capacity(tb.sites.len().max(1));
    for &site in tb.sites.iter() {
        if let Some(f) = cache.get(&site) {
            frames.push(f.clone());
            continue;
        }
        let code = vm.code_data.borrow().get(&site.0).map(|d| d.code.clone());
        let (file, line) = match code {
            Some(c) => (c.filename.to_string(), c.line_of(site.1 as usize)),
            None => ("<unknown>".to_string(), 0),
        };
        let f = vm.new_tuple([vm.new_str(&file)?, vm.new_int(i64::from(line))?])?;
        cache.insert(site, f.clone());
        frames.push(f);
    }
    if frames.is_empty() {
        frames.push(vm.new_tuple([vm.new_str("<unknown>")?, vm.new_int(0)?])?);
    }
    vm.new_tuple(frames)
}

/// `_get_object_traceback(obj)`: the traceback tuple where `obj` was allocated, or None.
fn get_object_traceback(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_keywords(vm, a, "_get_object_traceback")?;
    if a.pos.len() != 1 {
        return vm.type_err(format!(
            "_tracemalloc._get_object_traceback() takes exactly one argument ({} given)",
            a.pos.len()
        ));
    }
    let Some(t) = tracer(vm) else {
        return Ok(vm.none());
    };
    let tb = t
        .traces
        .borrow()
        .get(&a.pos[0].addr())
        .map(|tr| tr.traceback.clone());
    match tb {
        Some(tb) => t.untraced(|| traceback_tuple(vm, &tb, &mut HashMap::new())),
        None => Ok(vm.none()),
    }
}

/// `_get_traces()`: `[(domain, size, traceback, total_nframe), ...]` of the objects traced
/// now. The table is copied first: building the result allocates (and is traced).
fn get_traces(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_args(vm, a, "_get_traces")?;
    let Some(t) = tracer(vm) else {
        return vm.new_list(vec![]);
    };
    let copied: Vec<(usize, Rc<Traceback>)> = t
        .traces
        .borrow()
        .values()
        .map(|tr| (tr.size, tr.traceback.clone()))
        .collect();
    t.untraced(|| traces_list(vm, copied))
}

/// The `_get_traces()` list of the copied traces.
fn traces_list(vm: &Vm, copied: Vec<(usize, Rc<Traceback>)>) -> PyResult {
    let mut frames = HashMap::new();
    let mut tuples: HashMap<*const Traceback, ObjRef> = HashMap::new();
    let domain = vm.new_int(0)?;
    let mut out = Vec::with_capacity(copied.len());
    for (size, tb) in copied {
        let key = Rc::as_ptr(&tb);
        let tuple = match tuples.get(&key) {
            Some(o) => o.clone(),
            None => {
                let o = traceback_tuple(vm, &tb, &mut frames)?;
                tuples.insert(key, o.clone());
                o
            }
        };
        out.push(vm.new_tuple([
            domain.clone(),
            vm.new_int(size as i64)?,
            tuple,
            vm.new_int(tb.total_nframe.max(1) as i64)?,
        ])?);
    }
    vm.new_list(out)
}

/// Build `_tracemalloc`.
pub fn make(vm: &Vm) -> PyResult<heap::Gc<ModuleObj>> {
    let m = new_module(vm, "_tracemalloc")?;
    for (n, f) in [
        ("start", start as NativeFn),
        ("stop", stop),
        ("is_tracing", is_tracing),
        ("clear_traces", clear_traces),
        ("get_traceback_limit", get_traceback_limit),
        ("get_traced_memory", get_traced_memory),
        ("reset_peak", reset_peak),
        ("get_tracemalloc_memory", get_tracemalloc_memory),
        ("_get_object_traceback", get_object_traceback),
        ("_get_traces", get_traces),
    ] {
        add_fn(vm, &m, n, f)?;
    }
    Ok(m)
}
