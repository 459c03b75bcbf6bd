//! `_tracemalloc`: the native half of `tracemalloc` (CPython 3.12's `Modules/_tracemalloc.c`
//! and `Python/tracemalloc.c`); the Python half — `Snapshot`, `Statistic`, `Traceback`,
//! filters — is the frozen `py/tracemalloc.py`, as `Lib/tracemalloc.py` is in CPython.
//!
//! ```text
//!   tracemalloc.start(n) ──► Vm::tracemalloc.tracer = Tracer ──► heap.set_tracer(..)
//!                                                                    │
//!   every object born on the heap ──► Tracer::allocated(object, block size)
//!        traceback = the call sites of the innermost n Python frames (callsite.rs),
//!        interned; trace = (size, traceback) keyed by the object's address
//!   a list, bytearray, dict or set that grows ──► resized / storage_changed: new size
//!   every object that dies ──► Tracer::released(addr): its trace is forgotten
//! ```
//!
//! * **What is traced.** Every object allocated on the pymem heap while tracing is on, from
//!   its birth to its death (a block a type's free list keeps is untraced when its object
//!   dies, and traced again for the next object).
//! * **Sizes** are what CPython 3.12 would have allocated for the object, all its blocks
//!   together (`tracemalloc_size.rs`): `bytes(10**6)` counts a megabyte although pymem keeps
//!   the data outside its 80-byte heap block. Lists, bytearrays, dicts and sets report
//!   their storage growing as it happens (CPython's `realloc`s), and the peak counts a
//!   dict's or set's old and new tables together while it grows, as CPython's does.
//!   Allocations of the runtime that are no object (a frame's locals, the eval loop's
//!   caches) are not traced.
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
use std::sync::atomic::{AtomicUsize, Ordering};

use hashbrown::HashMap;
use heap::{BlockTracer, ObjRef};

use super::{add_fn, new_module, tracemalloc_size};
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

/// One traced object: its size (`tracemalloc_size.rs`), where it was allocated, and the
/// address of its table storage for a dict or set (0 otherwise).
struct Trace {
    size: usize,
    traceback: Rc<Traceback>,
    table: usize,
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
    /// The traced dicts and sets by the address of their table storage (a `DictInner`,
    /// which reports its changes by that address: [`storage_changed`]): the object's
    /// address, and whether it is a set.
    tables: RefCell<HashMap<usize, (usize, bool)>>,
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
            tables: RefCell::new(HashMap::new()),
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
        if let Ok(mut t) = self.tables.try_borrow_mut() {
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
    fn allocated(&self, obj: &ObjRef, block: usize) {
        if self.paused.get() {
            return;
        }
        let Some(vm) = crate::runtime::current_vm() else {
            return;
        };
        let vm = &*vm;
        // Measuring reads the object's tables; it must never unwind into the allocator.
        let size = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            tracemalloc_size::birth_size(vm, obj, block)
        }))
        .unwrap_or(block);
        let Some(traceback) = self.traceback_here() else {
            return;
        };
        let (Ok(mut traces), Ok(mut tables)) =
            (self.traces.try_borrow_mut(), self.tables.try_borrow_mut())
        else {
            return;
        };
        let addr = obj.addr();
        let table = tracemalloc_size::table_storage(obj);
        if let Some((storage, is_set)) = table {
            tables.insert(storage, (addr, is_set));
        }
        let trace = Trace {
            size,
            traceback,
            table: table.map_or(0, |t| t.0),
        };
        // An address is reused only after its object died (and was untraced), but a trace
        // may have been missed while the table was busy: replace, never double-count.
        if let Some(old) = traces.insert(addr, trace) {
            self.current.set(self.current.get() - old.size);
        }
        let current = self.current.get() + size;
        self.current.set(current);
        if current > self.peak.get() {
            self.peak.set(current);
        }
    }

    fn released(&self, addr: usize) {
        let (Ok(mut traces), Ok(mut tables)) =
            (self.traces.try_borrow_mut(), self.tables.try_borrow_mut())
        else {
            return;
        };
        if let Some(old) = traces.remove(&addr) {
            self.current.set(self.current.get() - old.size);
            if old.table != 0 {
                tables.remove(&old.table);
            }
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

/// How many interpreters of this process are tracing: containers test it (one load) before
/// telling the tracer they were reallocated.
static TRACING: AtomicUsize = AtomicUsize::new(0);

/// Whether any interpreter is tracing (then [`resized`] is worth calling).
#[inline]
pub fn tracing() -> bool {
    TRACING.load(Ordering::Relaxed) != 0
}

/// The object at `addr` (if traced by this thread's interpreter) now takes `size` bytes, as
/// CPython's `realloc` of its storage would record.
#[cold]
#[inline(never)]
pub fn resized(addr: usize, size: usize) {
    if let Some(t) = crate::runtime::current_vm().and_then(|vm| tracer(&vm)) {
        // A `realloc`: CPython's tracer counts the new size only.
        t.set_size(addr, size, 0);
    }
}

/// The table storage `table` (a dict's or set's `DictInner`) may have changed size: if it
/// belongs to an object this thread's interpreter traces, record the object's new size.
#[cold]
#[inline(never)]
pub fn storage_changed(table: &DictInner) {
    let Some(t) = crate::runtime::current_vm().and_then(|vm| tracer(&vm)) else {
        return;
    };
    let key = table as *const DictInner as usize;
    let Some((addr, is_set)) = t
        .tables
        .try_borrow()
        .ok()
        .and_then(|m| m.get(&key).copied())
    else {
        return;
    };
    // The object's own part: a dict's 64 bytes (its keys table is a block of its own),
    // a set's 216 (with room for 8 members inside).
    let (size, own) = if is_set {
        (table.set_sizeof(), 216)
    } else {
        (table.dict_sizeof(), 64)
    };
    // CPython allocates the new table before it frees the old one: for a moment both count.
    t.set_size(addr, size, size.saturating_sub(own));
}

impl Tracer {
    /// The traced object at `addr` (if any) now takes `size` bytes; when it grew, a new
    /// block of `moved` bytes was allocated while the old one still counted.
    fn set_size(&self, addr: usize, size: usize, moved: usize) {
        let Ok(mut traces) = self.traces.try_borrow_mut() else {
            return;
        };
        if let Some(trace) = traces.get_mut(&addr) {
            let before = self.current.get();
            let transient = if size > trace.size { before + moved } else { 0 };
            let current = before - trace.size + size;
            trace.size = size;
            self.current.set(current);
            let high = current.max(transient);
            if high > self.peak.get() {
                self.peak.set(high);
            }
        }
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
    TRACING.fetch_add(1, Ordering::Relaxed);
    vm.heap.set_tracer(Some(t));
}

/// Stop tracing and forget every trace.
pub fn stop_tracing(vm: &Vm) {
    let t = vm.tracemalloc.tracer.borrow_mut().take();
    if let Some(t) = t {
        TRACING.fetch_sub(1, Ordering::Relaxed);
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
