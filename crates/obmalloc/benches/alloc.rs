//! Side-by-side benchmark of layer 1: `obmalloc` against `std::alloc::System`, the `mimalloc`
//! crate and CPython 3.12's own pymalloc, in one run.
//!
//! ```text
//! cargo bench -p obmalloc                 # everything, then the table and target/bench/obmalloc.json
//! cargo bench -p obmalloc -- hot_pair     # a subset; cells not measured print "-"
//! ```
//!
//! Workloads (each allocator runs exactly the same sequence of requests):
//!
//! * `hot_pair_32B`: one 32-byte malloc immediately followed by its free, with one other 32-byte
//!   block live (so the pool never empties); ns per pair.
//! * `batch_1M_32B`: 1,000,000 allocations of 32 bytes, then 1,000,000 frees in allocation order;
//!   ns per operation (total / 2M).
//! * `mixed_1M_8-512_shuffled`: 1,000,000 allocations of sizes drawn uniformly from 8..=512 by a
//!   fixed-seed xorshift, then the frees in a shuffled (fixed-seed) order; ns per operation.
//! * `realloc_chain_8-2048`: 64 blocks, each starting at 8 bytes, grown round-robin by steps of
//!   8..=64 bytes up to 2 KiB (so every chain crosses the 512-byte line into the system allocator);
//!   ns per realloc (the 64 initial allocations and final frees are included in the time).
//!
//! pymalloc is CPython's: `libpython3.12` is loaded at run time (`PYMEM_LIBPYTHON`, else pyenv's
//! 3.12, else `python3.12`'s `LIBDIR`), initialised once with `Py_InitializeEx(0)` (3.12 keeps
//! pymalloc's state in the interpreter), and then `PyObject_Malloc`/`Free`/`Realloc` are called from
//! the main thread, which holds the GIL. If it cannot be found or initialised, its column says
//! "skipped" and the rest of the run is unaffected.
//!
//! Criterion drives the measurement (`iter_custom`); every sample it takes is also recorded here,
//! and the table reports the median ns/op of the measured samples (warm-up excluded).

use std::alloc::{handle_alloc_error, GlobalAlloc, Layout, System};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::ffi::{c_char, c_int, c_void, CStr, OsString};
use std::fmt::Write as _;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::ptr::NonNull;
use std::time::{Duration, Instant};

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, SamplingMode};
use mimalloc::MiMalloc;
use obmalloc::Obmalloc;

// ---------------------------------------------------------------------------------------------
// The allocators under test, behind one small interface.
// ---------------------------------------------------------------------------------------------

/// Alignment of every layout handed to the `GlobalAlloc` implementations (CPython's ALIGNMENT).
const ALIGN: usize = 16;

/// What a workload needs from an allocator. `size` is passed to `free` and `realloc` because the
/// `GlobalAlloc` implementations need the layout; the others ignore it.
trait BenchAlloc {
    /// Allocates `size` (> 0) bytes; never returns null (aborts on failure).
    fn alloc(&self, size: usize) -> *mut u8;

    /// Frees a block.
    ///
    /// # Safety
    /// `ptr` came from this allocator's `alloc`/`realloc` with size `size` and is not yet freed.
    unsafe fn free(&self, ptr: *mut u8, size: usize);

    /// Resizes a block; never returns null (aborts on failure).
    ///
    /// # Safety
    /// As for `free`, with `old_size` the block's current size; `new_size` > 0.
    unsafe fn realloc(&self, ptr: *mut u8, old_size: usize, new_size: usize) -> *mut u8;
}

#[cold]
#[inline(never)]
fn out_of_memory(size: usize) -> ! {
    handle_alloc_error(Layout::from_size_align(size, ALIGN).unwrap_or(Layout::new::<u8>()))
}

/// The layout used for the `GlobalAlloc` allocators.
#[inline(always)]
fn layout(size: usize) -> Layout {
    match Layout::from_size_align(size, ALIGN) {
        Ok(l) => l,
        Err(_) => out_of_memory(size),
    }
}

impl BenchAlloc for Obmalloc {
    #[inline(always)]
    fn alloc(&self, size: usize) -> *mut u8 {
        match Obmalloc::alloc(self, size) {
            Ok(p) => p.as_ptr(),
            Err(_) => out_of_memory(size),
        }
    }

    #[inline(always)]
    unsafe fn free(&self, ptr: *mut u8, _size: usize) {
        // SAFETY: `ptr` came from `alloc`/`realloc` above, which never yield null, and is live
        // (caller's contract), so it is a non-null block of this allocator.
        unsafe { Obmalloc::free(self, NonNull::new_unchecked(ptr)) }
    }

    #[inline(always)]
    unsafe fn realloc(&self, ptr: *mut u8, _old_size: usize, new_size: usize) -> *mut u8 {
        // SAFETY: as in `free`: a live, non-null block of this allocator.
        match unsafe { Obmalloc::realloc(self, NonNull::new_unchecked(ptr), new_size) } {
            Ok(p) => p.as_ptr(),
            Err(_) => out_of_memory(new_size),
        }
    }
}

/// A `GlobalAlloc` called directly (not installed as the global allocator).
struct Global<A>(A);

impl<A: GlobalAlloc> BenchAlloc for Global<A> {
    #[inline(always)]
    fn alloc(&self, size: usize) -> *mut u8 {
        // SAFETY: every workload size is > 0, so the layout is not zero-sized.
        let p = unsafe { self.0.alloc(layout(size)) };
        if p.is_null() {
            out_of_memory(size)
        }
        p
    }

    #[inline(always)]
    unsafe fn free(&self, ptr: *mut u8, size: usize) {
        // SAFETY: `ptr` was allocated by this allocator with exactly `layout(size)` (caller's
        // contract; `realloc` below keeps the alignment and records the new size).
        unsafe { self.0.dealloc(ptr, layout(size)) }
    }

    #[inline(always)]
    unsafe fn realloc(&self, ptr: *mut u8, old_size: usize, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` is live with layout `layout(old_size)`; `new_size` > 0 and, being far below
        // isize::MAX, stays valid when rounded up to the alignment.
        let p = unsafe { self.0.realloc(ptr, layout(old_size), new_size) };
        if p.is_null() {
            out_of_memory(new_size)
        }
        p
    }
}

type PyMallocFn = unsafe extern "C" fn(usize) -> *mut c_void;
type PyFreeFn = unsafe extern "C" fn(*mut c_void);
type PyReallocFn = unsafe extern "C" fn(*mut c_void, usize) -> *mut c_void;
type PyInitializeExFn = unsafe extern "C" fn(c_int);
type PyAllocatorNameFn = unsafe extern "C" fn() -> *const c_char;

/// CPython's object allocator, from a libpython3.12 that has been loaded and initialised.
/// The library is never unloaded (an initialised interpreter cannot be).
struct PyMalloc {
    malloc: PyMallocFn,
    free: PyFreeFn,
    realloc: PyReallocFn,
}

impl BenchAlloc for PyMalloc {
    #[inline(always)]
    fn alloc(&self, size: usize) -> *mut u8 {
        // SAFETY: the interpreter was initialised by `load_pymalloc` and this (main) thread holds
        // the GIL; PyObject_Malloc accepts any size.
        let p = unsafe { (self.malloc)(size) };
        if p.is_null() {
            out_of_memory(size)
        }
        p.cast()
    }

    #[inline(always)]
    unsafe fn free(&self, ptr: *mut u8, _size: usize) {
        // SAFETY: `ptr` came from PyObject_Malloc/Realloc and is live (caller's contract); GIL held.
        unsafe { (self.free)(ptr.cast()) }
    }

    #[inline(always)]
    unsafe fn realloc(&self, ptr: *mut u8, _old_size: usize, new_size: usize) -> *mut u8 {
        // SAFETY: as in `free`.
        let p = unsafe { (self.realloc)(ptr.cast(), new_size) };
        if p.is_null() {
            out_of_memory(new_size)
        }
        p.cast()
    }
}

// ---------------------------------------------------------------------------------------------
// Finding and initialising libpython3.12.
// ---------------------------------------------------------------------------------------------

/// Set in the environment of the probe child (see `probe_libpython`).
const PROBE_ENV: &str = "PYMEM_BENCH_PROBE_LIBPYTHON";

/// The first `libpython3.12.so*` in `dir`, preferring the plain `.so` name.
fn libpython_in(dir: &Path) -> Option<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_str()
                .is_some_and(|n| n.starts_with("libpython3.12.so"))
        })
        .map(|e| e.path())
        .collect();
    found.sort();
    found.into_iter().next()
}

/// Where libpython3.12 is, following the documented search order.
fn find_libpython() -> Result<PathBuf, String> {
    if let Some(p) = std::env::var_os("PYMEM_LIBPYTHON") {
        let p = PathBuf::from(p);
        return if p.is_dir() {
            libpython_in(&p).ok_or_else(|| format!("no libpython3.12.so* in {}", p.display()))
        } else if p.exists() {
            Ok(p)
        } else {
            Err(format!("PYMEM_LIBPYTHON={} does not exist", p.display()))
        };
    }
    let pyenv_root = Command::new("pyenv")
        .arg("root")
        .stderr(Stdio::null())
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()))
        .or_else(|| std::env::var_os("PYENV_ROOT").map(PathBuf::from))
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".pyenv")));
    if let Some(root) = pyenv_root {
        if let Ok(entries) = std::fs::read_dir(root.join("versions")) {
            let mut versions: Vec<PathBuf> = entries
                .filter_map(|e| e.ok())
                .filter(|e| {
                    e.file_name()
                        .to_str()
                        .is_some_and(|n| n.starts_with("3.12"))
                })
                .map(|e| e.path())
                .collect();
            // Newest patch release first (lexical order is right within 3.12.0..3.12.9; close
            // enough beyond that, since any 3.12 will do).
            versions.sort();
            for v in versions.iter().rev() {
                if let Some(lib) = libpython_in(&v.join("lib")) {
                    return Ok(lib);
                }
            }
        }
    }
    let out = Command::new("python3.12")
        .args([
            "-c",
            "import sysconfig;print(sysconfig.get_config_var('LIBDIR'))",
        ])
        .stderr(Stdio::null())
        .output()
        .map_err(|e| format!("no PYMEM_LIBPYTHON, no pyenv 3.12, python3.12 not runnable: {e}"))?;
    if !out.status.success() {
        return Err("no PYMEM_LIBPYTHON, no pyenv 3.12, python3.12 failed".into());
    }
    let libdir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    libpython_in(&libdir).ok_or_else(|| format!("no libpython3.12.so* in {}", libdir.display()))
}

/// If `lib` sits in `<prefix>/lib` next to `<prefix>/lib/python3.12/os.py`, that prefix is the
/// interpreter's home; tell it so, since it cannot find it from this executable's path.
fn python_home_for(lib: &Path) -> Option<PathBuf> {
    let prefix = lib.parent()?.parent()?;
    prefix
        .join("lib/python3.12/os.py")
        .exists()
        .then(|| prefix.to_path_buf())
}

/// Copies the address of symbol `name` (NUL-terminated) out of `lib`.
///
/// # Safety
/// `T` must be the symbol's true (function pointer) type, and `lib` must stay loaded as long as
/// the result is used.
unsafe fn symbol<T: Copy>(lib: &libloading::os::unix::Library, name: &[u8]) -> Result<T, String> {
    // SAFETY: the caller vouches for `T` and for the library's lifetime.
    unsafe { lib.get::<T>(name) }
        .map(|s| *s)
        .map_err(|e| e.to_string())
}

/// Loads `path` with RTLD_GLOBAL, runs `Py_InitializeEx(0)` and returns pymalloc's entry points
/// and the name of the allocator CPython reports as current (if it exports that function).
fn load_pymalloc(path: &Path) -> Result<(PyMalloc, Option<String>), String> {
    use libloading::os::unix::{Library, RTLD_GLOBAL, RTLD_NOW};
    if std::env::var_os("PYTHONHOME").is_none() {
        if let Some(home) = python_home_for(path) {
            // The process is still single-threaded here (criterion has not started).
            std::env::set_var("PYTHONHOME", home);
        }
    }
    // SAFETY: loading libpython runs only its ELF constructors, which are benign; RTLD_GLOBAL so
    // that extension modules the interpreter may load can resolve its symbols.
    let lib = unsafe { Library::open(Some(path), RTLD_NOW | RTLD_GLOBAL) }
        .map_err(|e| format!("dlopen {}: {e}", path.display()))?;
    // SAFETY: the types are those of CPython 3.12's C API (Include/pylifecycle.h,
    // Include/objimpl.h); the library stays loaded forever (it is leaked below).
    let init = unsafe { symbol::<PyInitializeExFn>(&lib, b"Py_InitializeEx\0") }?;
    // SAFETY: as above.
    let malloc = unsafe { symbol::<PyMallocFn>(&lib, b"PyObject_Malloc\0") }?;
    // SAFETY: as above.
    let free = unsafe { symbol::<PyFreeFn>(&lib, b"PyObject_Free\0") }?;
    // SAFETY: as above.
    let realloc = unsafe { symbol::<PyReallocFn>(&lib, b"PyObject_Realloc\0") }?;
    // SAFETY: an internal but exported 3.12 function, `const char *(void)`; optional.
    let name_fn =
        unsafe { symbol::<PyAllocatorNameFn>(&lib, b"_PyMem_GetCurrentAllocatorName\0") }.ok();
    std::mem::forget(lib);
    // SAFETY: called once, from the main thread, before any other Python API; 0 = do not install
    // signal handlers. Afterwards this thread holds the GIL.
    unsafe { init(0) };
    let name = name_fn.and_then(|f| {
        // SAFETY: the interpreter is initialised; the function returns a static C string or null.
        let p = unsafe { f() };
        // SAFETY: non-null results point to a NUL-terminated static string.
        (!p.is_null()).then(|| unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned())
    });
    Ok((
        PyMalloc {
            malloc,
            free,
            realloc,
        },
        name,
    ))
}

/// `Py_InitializeEx` aborts the process on failure, so try it first in a child process (this same
/// executable, with `PROBE_ENV` set). Returns the library's path if the child succeeded.
fn probe_libpython() -> Result<PathBuf, String> {
    let path = find_libpython()?;
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let out = Command::new(exe)
        .env(PROBE_ENV, &path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .map_err(|e| format!("probe: {e}"))?;
    if out.status.success() {
        Ok(path)
    } else {
        let err = String::from_utf8_lossy(&out.stderr);
        let first = err.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
        Err(format!(
            "Py_InitializeEx failed for {} ({}): {first}",
            path.display(),
            out.status
        ))
    }
}

// ---------------------------------------------------------------------------------------------
// Workloads.
// ---------------------------------------------------------------------------------------------

/// xorshift64* (Vigna): small, fast, deterministic; good enough for sizes and shuffles.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `lo..=hi` (the modulo bias is irrelevant here).
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next() % (hi - lo + 1) as u64) as usize
    }
}

const HOT_SIZE: usize = 32;
const BATCH_N: usize = 1_000_000;
const MIXED_MIN: usize = 8;
const MIXED_MAX: usize = 512;
const CHAINS: usize = 64;
const CHAIN_START: usize = 8;
const CHAIN_LIMIT: usize = 2048;

/// One malloc+free pair per iteration.
///
/// An untimed "anchor" block of the same size stays live meanwhile, as in any real heap (and
/// as in pymalloc's case, where the interpreter already holds thousands of 32-byte objects):
/// without it, the pair would empty its pool on every free, and obmalloc/pymalloc would
/// measure pool retirement and re-initialisation instead of the free-list hot path.
#[inline(never)]
fn hot_pairs<A: BenchAlloc>(a: &A, iters: u64) -> Duration {
    let anchor = a.alloc(HOT_SIZE);
    let start = Instant::now();
    for _ in 0..iters {
        let p = a.alloc(black_box(HOT_SIZE));
        // SAFETY: `p` was just allocated with HOT_SIZE bytes and is freed once.
        unsafe { a.free(black_box(p), HOT_SIZE) };
    }
    let elapsed = start.elapsed();
    // SAFETY: allocated above with HOT_SIZE bytes, freed once.
    unsafe { a.free(anchor, HOT_SIZE) };
    elapsed
}

/// `ptrs.len()` allocations of `size`, then the frees in the same order.
#[inline(never)]
fn batch<A: BenchAlloc>(a: &A, ptrs: &mut [*mut u8], size: usize) {
    for p in ptrs.iter_mut() {
        *p = a.alloc(size);
    }
    black_box(&mut *ptrs);
    for &p in ptrs.iter() {
        // SAFETY: every pointer was allocated just above with `size` bytes, freed exactly once.
        unsafe { a.free(p, size) };
    }
}

/// Allocations of `sizes[i]`, then the frees in the order given by `order` (a permutation).
#[inline(never)]
fn mixed<A: BenchAlloc>(a: &A, ptrs: &mut [*mut u8], sizes: &[u32], order: &[u32]) {
    for (p, &s) in ptrs.iter_mut().zip(sizes) {
        *p = a.alloc(s as usize);
    }
    black_box(&mut *ptrs);
    for &i in order {
        let i = i as usize;
        // SAFETY: `order` is a permutation, so each block allocated above (with `sizes[i]`
        // bytes) is freed exactly once.
        unsafe { a.free(ptrs[i], sizes[i] as usize) };
    }
}

/// The realloc schedule: (chain, new size) steps, round-robin over the chains.
fn realloc_schedule(rng: &mut XorShift) -> Vec<(u16, u32)> {
    let mut sizes = [CHAIN_START; CHAINS];
    let mut steps = Vec::new();
    loop {
        let mut grew = false;
        for (c, size) in sizes.iter_mut().enumerate() {
            let next = *size + rng.range(8, 64);
            if next <= CHAIN_LIMIT {
                *size = next;
                steps.push((c as u16, next as u32));
                grew = true;
            }
        }
        if !grew {
            return steps;
        }
    }
}

/// CHAINS blocks of CHAIN_START bytes, grown by `steps`, then freed.
#[inline(never)]
fn realloc_chains<A: BenchAlloc>(a: &A, steps: &[(u16, u32)]) {
    let mut live = [(std::ptr::null_mut::<u8>(), CHAIN_START); CHAINS];
    for slot in live.iter_mut() {
        slot.0 = a.alloc(CHAIN_START);
    }
    for &(c, new_size) in steps {
        let slot = &mut live[c as usize];
        // SAFETY: `slot.0` is the live block of chain `c`, whose current size is `slot.1`.
        slot.0 = unsafe { a.realloc(slot.0, slot.1, new_size as usize) };
        slot.1 = new_size as usize;
    }
    black_box(&mut live);
    for &(p, size) in live.iter() {
        // SAFETY: each chain's final block, with its final size, freed once.
        unsafe { a.free(p, size) };
    }
}

// ---------------------------------------------------------------------------------------------
// Recording and reporting.
// ---------------------------------------------------------------------------------------------

/// A workload as it appears in criterion's ids, the table and the JSON.
struct Workload {
    id: &'static str,
    label: &'static str,
    /// Criterion samples per benchmark; the table's median uses the last this-many recordings.
    samples: usize,
}

const HOT: Workload = Workload {
    id: "hot_pair_32B",
    label: "hot malloc+free pair, 32 B (ns/pair)",
    samples: 20,
};
const BATCH: Workload = Workload {
    id: "batch_1M_32B",
    label: "1M x 32 B alloc, then 1M frees",
    samples: 10,
};
const MIXED: Workload = Workload {
    id: "mixed_1M_8-512_shuffled",
    label: "1M mixed 8-512 B, shuffled frees",
    samples: 10,
};
const REALLOC: Workload = Workload {
    id: "realloc_chain_8-2048",
    label: "realloc chains 8 B -> 2 KiB (ns/realloc)",
    samples: 20,
};
const WORKLOADS: [&Workload; 4] = [&HOT, &BATCH, &MIXED, &REALLOC];

const IMPLS: [&str; 4] = ["obmalloc", "pymalloc", "system", "mimalloc"];
const BASELINE: &str = "pymalloc";

thread_local! {
    /// ns/op of every call criterion made to a routine, per (workload, impl), in call order.
    static SAMPLES: RefCell<BTreeMap<(&'static str, &'static str), Vec<f64>>> =
        const { RefCell::new(BTreeMap::new()) };
}

fn record(workload: &'static str, imp: &'static str, ops: u64, elapsed: Duration) -> Duration {
    if ops > 0 {
        let ns = elapsed.as_nanos() as f64 / ops as f64;
        SAMPLES.with(|s| s.borrow_mut().entry((workload, imp)).or_default().push(ns));
    }
    elapsed
}

fn median(xs: &mut [f64]) -> Option<f64> {
    if xs.is_empty() {
        return None;
    }
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    Some(if n % 2 == 1 {
        xs[n / 2]
    } else {
        (xs[n / 2 - 1] + xs[n / 2]) / 2.0
    })
}

/// Median ns/op of the measured samples (the last `samples` recordings; earlier ones are
/// criterion's warm-up).
fn results() -> BTreeMap<(&'static str, &'static str), f64> {
    let mut out = BTreeMap::new();
    SAMPLES.with(|s| {
        for (&(w, i), v) in s.borrow().iter() {
            let keep = WORKLOADS
                .iter()
                .find(|wl| wl.id == w)
                .map_or(v.len(), |wl| wl.samples);
            let mut tail = v[v.len().saturating_sub(keep)..].to_vec();
            if let Some(m) = median(&mut tail) {
                out.insert((w, i), m);
            }
        }
    });
    out
}

/// The workspace's target directory: `CARGO_TARGET_DIR` (relative to the workspace root if
/// relative), else `<workspace>/target`.
fn target_dir() -> PathBuf {
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    let workspace = manifest.join("../..");
    let workspace = workspace.canonicalize().unwrap_or(workspace);
    match std::env::var_os("CARGO_TARGET_DIR").filter(|s| !s.is_empty()) {
        Some(t) => workspace.join(t),
        None => workspace.join("target"),
    }
}

fn json_escape(s: &str) -> String {
    s.chars()
        .flat_map(|c| match c {
            '"' => vec!['\\', '"'],
            '\\' => vec!['\\', '\\'],
            c => vec![c],
        })
        .collect()
}

fn write_json(res: &BTreeMap<(&'static str, &'static str), f64>) -> std::io::Result<PathBuf> {
    let mut rows = Vec::new();
    for w in WORKLOADS {
        for imp in IMPLS {
            if let Some(ns) = res.get(&(w.id, imp)) {
                rows.push(format!(
                    "  {{\"workload\": \"{}\", \"impl\": \"{}\", \"ns_per_op\": {:.3}}}",
                    json_escape(w.id),
                    json_escape(imp),
                    ns
                ));
            }
        }
    }
    let json = if rows.is_empty() {
        "[]\n".to_string()
    } else {
        format!("[\n{}\n]\n", rows.join(",\n"))
    };
    let dir = target_dir().join("bench");
    std::fs::create_dir_all(&dir)?;
    let path = dir.join("obmalloc.json");
    std::fs::write(&path, json)?;
    Ok(path)
}

fn print_table(
    res: &BTreeMap<(&'static str, &'static str), f64>,
    pymalloc: &Result<String, String>,
) {
    let others: Vec<&str> = IMPLS.iter().copied().filter(|&i| i != BASELINE).collect();
    let label_w = WORKLOADS.iter().map(|w| w.label.len()).max().unwrap_or(8);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\nobmalloc benchmark: median ns/op (ratio = impl / {BASELINE}; \"-\" = not measured this run)"
    );
    match pymalloc {
        Ok(desc) => {
            let _ = writeln!(out, "pymalloc: {desc}");
        }
        Err(why) => {
            let _ = writeln!(out, "pymalloc: skipped ({why})");
        }
    }
    let mut header = format!("{:<label_w$}", "workload");
    for imp in IMPLS {
        let _ = write!(header, " {imp:>10}");
    }
    header.push_str(" |");
    for imp in &others {
        let _ = write!(header, " {:>18}", format!("{imp}/{BASELINE}"));
    }
    let _ = writeln!(out, "{header}");
    let _ = writeln!(out, "{}", "-".repeat(header.len()));
    for w in WORKLOADS {
        let _ = write!(out, "{:<label_w$}", w.label);
        for imp in IMPLS {
            let cell = match res.get(&(w.id, imp)) {
                Some(ns) => format!("{ns:.2}"),
                None if imp == BASELINE && pymalloc.is_err() => "skipped".into(),
                None => "-".into(),
            };
            let _ = write!(out, " {cell:>10}");
        }
        out.push_str(" |");
        let base = res.get(&(w.id, BASELINE));
        for imp in &others {
            let cell = match (res.get(&(w.id, *imp)), base) {
                (Some(x), Some(b)) if *b > 0.0 => format!("{:.2}x", x / b),
                _ if pymalloc.is_err() => "skipped".into(),
                _ => "-".into(),
            };
            let _ = write!(out, " {cell:>18}");
        }
        out.push('\n');
    }
    print!("{out}");
}

// ---------------------------------------------------------------------------------------------
// Criterion wiring.
// ---------------------------------------------------------------------------------------------

fn configure_group(group: &mut BenchmarkGroup<'_, WallTime>, w: &Workload, batch: bool) {
    group.sample_size(w.samples);
    group.warm_up_time(Duration::from_millis(if batch { 500 } else { 300 }));
    group.measurement_time(Duration::from_secs(if batch { 3 } else { 2 }));
    // Batch iterations are long (tens to hundreds of ms): the same count in every sample.
    group.sampling_mode(if batch {
        SamplingMode::Flat
    } else {
        SamplingMode::Auto
    });
}

/// Registers `name` in `group` if `a` is available: `run(a, iters)` returns the time of `iters`
/// iterations of `ops` operations each; every call is also recorded for the table.
fn bench_one<A: BenchAlloc>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    w: &'static Workload,
    name: &'static str,
    a: Option<&A>,
    ops: u64,
    mut run: impl FnMut(&A, u64) -> Duration,
) {
    let Some(a) = a else { return };
    group.bench_function(name, |b| {
        b.iter_custom(|iters| record(w.id, name, iters * ops, run(a, iters)))
    });
}

/// Registers one workload for every allocator. `$run` is a closure body over `a` (the allocator)
/// and `iters`, written once and instantiated per allocator type. Obmalloc gets a fresh instance
/// per workload, dropped (releasing its arenas) when the workload is done.
macro_rules! bench_workload {
    ($c:expr, $w:expr, $batch:expr, $ops:expr, $py:expr, |$a:ident, $iters:ident| $body:expr) => {{
        let mut g = $c.benchmark_group($w.id);
        configure_group(&mut g, &$w, $batch);
        let ob = Obmalloc::new();
        bench_one(&mut g, &$w, "obmalloc", Some(&ob), $ops, |$a, $iters| $body);
        bench_one(&mut g, &$w, "pymalloc", $py, $ops, |$a, $iters| $body);
        bench_one(
            &mut g,
            &$w,
            "system",
            Some(&Global(System)),
            $ops,
            |$a, $iters| $body,
        );
        bench_one(
            &mut g,
            &$w,
            "mimalloc",
            Some(&Global(MiMalloc)),
            $ops,
            |$a, $iters| $body,
        );
        g.finish();
    }};
}

fn bench_all(c: &mut Criterion, py: Option<&PyMalloc>) {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let mut ptrs = vec![std::ptr::null_mut::<u8>(); BATCH_N];

    bench_workload!(c, HOT, false, 1, py, |a, iters| hot_pairs(a, iters));

    bench_workload!(c, BATCH, true, 2 * BATCH_N as u64, py, |a, iters| {
        let start = Instant::now();
        for _ in 0..iters {
            batch(a, &mut ptrs, HOT_SIZE);
        }
        start.elapsed()
    });

    let sizes: Vec<u32> = (0..BATCH_N)
        .map(|_| rng.range(MIXED_MIN, MIXED_MAX) as u32)
        .collect();
    let mut order: Vec<u32> = (0..BATCH_N as u32).collect();
    for i in (1..order.len()).rev() {
        order.swap(i, rng.range(0, i));
    }
    bench_workload!(c, MIXED, true, 2 * BATCH_N as u64, py, |a, iters| {
        let start = Instant::now();
        for _ in 0..iters {
            mixed(a, &mut ptrs, &sizes, &order);
        }
        start.elapsed()
    });
    drop((sizes, order, ptrs));

    let steps = realloc_schedule(&mut rng);
    bench_workload!(c, REALLOC, false, steps.len() as u64, py, |a, iters| {
        let start = Instant::now();
        for _ in 0..iters {
            realloc_chains(a, &steps);
        }
        start.elapsed()
    });
}

/// True when criterion will actually measure (not `--test`, `--list` or `--profile-time`, and run
/// by `cargo bench`, which passes `--bench`): only then is the JSON written.
fn measuring() -> bool {
    let args: Vec<OsString> = std::env::args_os().collect();
    let has = |flag: &str| args.iter().any(|a| a.to_str().is_some_and(|a| a == flag));
    let profiling = args
        .iter()
        .any(|a| a.to_str().is_some_and(|a| a.starts_with("--profile-time")));
    has("--bench") && !has("--test") && !has("--list") && !profiling
}

fn main() {
    // Probe child: initialise the interpreter and report success through the exit status.
    if let Some(path) = std::env::var_os(PROBE_ENV) {
        match load_pymalloc(Path::new(&path)) {
            Ok(_) => std::process::exit(0),
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1)
            }
        }
    }

    let started = Instant::now();
    let pymalloc = probe_libpython().and_then(|path| {
        let (py, name) = load_pymalloc(&path)?;
        let mut desc = path.display().to_string();
        if let Some(name) = name {
            let _ = write!(desc, ", allocator \"{name}\"");
        }
        Ok((py, desc))
    });
    let (py, py_desc) = match pymalloc {
        Ok((py, desc)) => (Some(py), Ok(desc)),
        Err(e) => {
            eprintln!("pymalloc: skipped ({e})");
            (None, Err(e))
        }
    };

    let mut c = Criterion::default()
        .nresamples(10_000)
        .without_plots()
        .configure_from_args();
    bench_all(&mut c, py.as_ref());
    c.final_summary();

    if measuring() {
        let res = results();
        print_table(&res, &py_desc);
        match write_json(&res) {
            Ok(path) => println!("wrote {}", path.display()),
            Err(e) => eprintln!("could not write target/bench/obmalloc.json: {e}"),
        }
    } else {
        println!("(criterion test/list/profile mode: no table, no JSON)");
    }
    println!("total bench time {:.1} s", started.elapsed().as_secs_f64());
}
