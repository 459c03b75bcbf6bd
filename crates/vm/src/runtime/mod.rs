//! # The runtime: executing bytecode with every value on the pymem heap
//!
//! ```text
//!   vm::compile ──► Rc<CodeObject> ──► Vm::run_code ──► eval::run_frame (one Rust call per
//!                                                       Python call, depth-limited)
//!                                            │
//!                     Frame { slots, stack, blocks }  (Rust values, not heap objects)
//!                                            │ hold ObjRef
//!                                            ▼
//!   heap::Heap ── int, float, str, tuple, list, dict, set, function, type, instance, ...
//! ```
//!
//! * [`Vm`] owns the heap, the built-in types, the singletons (None, True, False, the small
//!   ints −5..=256, all immortal) and the interned strings.
//! * Errors are `Err(exception instance)` ([`PyResult`]); `errors.rs` formats tracebacks.
//! * Python calls recurse on the Rust stack, bounded by `sys.getrecursionlimit()` and by a
//!   check of the remaining stack (the CLI runs the interpreter on a thread with a big stack),
//!   so deep recursion raises `RecursionError` instead of overflowing.
//! * The heap's `safepoint()` runs on calls and backward jumps, so automatic collections
//!   happen when CPython 3.12's would.
//! * The eval loop runs a copy of each code object's instructions with common pairs fused
//!   (`fuse.rs`: `LoadFast`+`LoadAttr`, `Compare`+`PopJumpIfFalse`, …); the compiler's
//!   instructions, which disassembly and tracebacks use, keep the same indices.
//! * A call moves its arguments from the caller's value stack into the callee's slots, and
//!   finished frames give their slot arrays and stacks back to `Vm::frame_pool`.
//! * Threads (`threads.rs`, `baton.rs`): every Python thread has an OS thread of its own,
//!   but only the holder of a baton (CPython's GIL) runs Python code; it changes hands
//!   when the holder blocks, sleeps or ends, or when a waiting thread asks at the heap's
//!   safe-point poll after a switch interval. The `Vm` fields that describe the running
//!   thread (call depth, handled exception, call sites, native stack limit) move to the
//!   blocked thread's stack and back at each hand-over.
//! * The busiest heap types are resolved once at startup ([`HeapTypes`] in `Vm::heap_types`):
//!   `new_int`, `new_float`, `new_str`, `new_tuple`, `new_list` and `new_dict` allocate
//!   through those handles, with no type lookup; small ints die on the heap's leaf path.
//!
//! # Object layouts and `sys.getsizeof`
//!
//! `sys.getsizeof` reports CPython 3.12's sizes (`modules/sys.rs`); our real blocks are close
//! to or smaller than CPython's: an instance keeps the attribute values known when it is
//! created *inline* (a heap `VarObject`, like CPython's slots), indexed by the class's shared
//! key list; floats have a 100-entry free list (`N free PyFloatObjects` in the malloc report);
//! small ints −5..=256, `None`, `True`, `False` and `()` are immortal.
//!
//! # Known deviations from CPython 3.12
//!
//! * GC tracking follows CPython 3.12 (`gc_tracking.rs`): dicts are born untracked and
//!   tracked when something trackable is stored; collections untrack atomic tuples (every
//!   collection) and dicts (full ones); constant tuples, `()` and built-in types are
//!   untracked. Departures: `{**d}` and `f(**d)` judge the items instead of copying `d`'s
//!   tracking (the eval loop's `DictUpdate`/`DictMerge` do not call
//!   `Vm::dict_copy_tracking`); `(1, 2) + (3,)` and `(1,) * 3` are not folded into
//!   constants, so they are tracked until a collection; a class's `__dict__` is a tracked
//!   snapshot dict of the namespace (CPython: a mappingproxy, always tracked). Generation 0 counts like
//!   CPython's except that tuples have no free list here (the heap supports one per item
//!   count, `VarObject::FREELIST_MAX_LEN`, switched off for tuples: see `objects/tuple.rs`),
//!   so freeing a tuple uncounts it.
//! * An instance's attributes live in a shared-key value array until `obj.__dict__` is
//!   first used; from then on that instance keeps them in a real dict (as CPython 3.12
//!   materialises its managed dict). That dict is a split table while CPython's would be
//!   (`objects/dict.rs`, `SplitKeys`): it shares the class's key list, so `sys.getsizeof`
//!   reports CPython's values array, and it turns combined when CPython's does.
//! * Classes may subclass list, dict, set, frozenset, str, int, float, tuple and bytes
//!   (`subclass.rs`: the instance carries a base value of the built-in type), and `type`
//!   (metaclasses, `metaclass.rs`); not bytearray, module or the descriptor types.
//! * str and bytes hashing is FNV (not randomized SipHash; an ASCII str and the equal bytes
//!   still hash alike); `hash()` of ints/floats/tuples matches CPython.
//! * `complex` follows CPython's algorithms (`complex.rs`); `cmath` has no special-value
//!   tables for infinite and NaN arguments. Metaclasses (`metaclass.rs`) follow CPython's
//!   class-creation protocol; comparisons of classes ignore the metaclass. Descriptors:
//!   `property`, `classmethod`,
//!   `staticmethod`, and instances of classes with `__get__`/`__set__`/`__delete__` (ctypes'
//!   fields); `__set_name__` is called at class creation (PEP 487).
//! * Classes reference themselves as CPython's do (`class_refs.rs`: `__mro__` and
//!   `__bases__` tuples, `__dict__`/`__weakref__` getset descriptors), so only the cycle
//!   collector frees them and `gc.collect()` counts what CPython counts; the lookup
//!   paths' own MRO array holds references CPython has no counterpart of, which
//!   `sys.getrefcount` and `gc.get_referents` leave out.
//! * Instances share at most 30 keys per class, each new instance shrinking the room by
//!   one (CPython 3.12's `dk_usable`); an attribute past it moves the instance's attributes
//!   to a real dict, a tracked object of its own as in CPython.
//! * Sets iterate in CPython's hash-table order as replayed from their insertion order
//!   (`objects/set_order.rs`); sets built by CPython's bulk paths (`a | b`, constant
//!   displays) or shrunk by removals may order colliding members differently.
//! * `globals()`/`locals()`/`vars()`/`dir()`, and `eval()`/`exec()` without namespace
//!   dicts, called indirectly (not by name, e.g. through a variable) see `__main__`'s
//!   namespace. Comprehensions are separate functions (CPython 3.12 inlines them), so
//!   `locals()` inside one sees only the comprehension's names.
//! * No `async`. Tracebacks are kept as entries on the exception (for printing) and shown
//!   to Python as `traceback` objects on demand (`tracebacks.rs`); their `tb_frame` is a
//!   record of the code and line, not a live frame (no `f_locals`, `f_back`).
//! * Exception groups (`exception_group.rs`): `ExceptionGroup[int]` is the class itself (no
//!   `types.GenericAlias`); `except*` runs on the block stack (`compile/except_star.rs`).
//! * Argument checking of the built-in types' methods (`arg_spec.rs`) covers the conventions
//!   CPython uses for str, bytes, bytearray, list, tuple, dict, set, frozenset and a few
//!   builtins; other native functions word their own errors.
//! * Threads take turns at blocking points only (locks, sleeps, joins, waits, queue
//!   operations) and at calls and backward jumps once another thread has waited a switch
//!   interval; native code does not let go of the baton around I/O, so a thread blocked
//!   in `input()` or a file read holds up the others. A wait that no thread could ever end
//!   raises `RuntimeError` ("deadlock: ...") in the thread whose wait closed the cycle,
//!   where CPython would hang. `_thread.stack_size()` is recorded, but every thread gets a
//!   1 GiB stack (`RecursionError` depends on it). Dummy threads leave `threading`'s table
//!   when their thread ends (3.12 keeps them).
//! * `match` (run-time side in `pattern.rs`): sequence patterns accept list, tuple, range and
//!   `collections.deque` (there is no `collections.abc` to register other classes with);
//!   mapping patterns accept dict and the dict-based collections.

pub mod alloc_limits;
pub mod annotations;
pub mod arg_spec;
pub mod attr;
pub mod baton;
pub mod builtin_descr;
pub mod builtin_sum;
pub mod builtins;
pub mod bytes_methods;
pub mod call;
pub mod callsite;
pub mod class_assign;
pub mod class_checks;
pub mod class_labels;
pub mod class_namespace_view;
pub mod class_refs;
pub mod codecs;
pub mod codecs_wide;
pub mod collection_methods;
pub mod complex;
pub mod container_dunders;
pub mod coroutines;
pub mod descriptor_errors;
pub mod dir_names;
pub mod dynamic_code;
pub mod errors;
pub mod eval;
pub mod exc_attrs;
pub mod exc_chain;
pub mod exception_group;
pub mod fd_os;
pub mod format;
pub mod frame;
pub mod frame_reserve;
pub mod function_descr;
pub mod fuse;
pub mod gc_tracking;
pub mod gen_exc_state;
pub mod generic_alias;
pub mod int_digits;
pub mod int_gcd;
pub mod item_deletion;
pub mod length_hint;
pub mod memoryview;
pub mod metaclass;
pub mod method_table;
pub mod method_wrappers;
pub mod methods;
pub mod modules;
pub mod namespace;
pub mod number_dunders;
pub mod number_methods;
pub mod objects;
pub mod ops;
pub mod pattern;
pub mod percent;
pub mod readonly_attrs;
pub mod receiver_cache;
pub mod result_tuple;
pub mod shutdown;
pub mod signal_os;
pub mod sort;
pub mod startup_state;
pub mod str_methods;
pub mod subclass;
pub mod suggestions;
pub mod terminal_os;
pub mod threads;
pub mod tracebacks;
pub mod unicode;
pub mod yield_from;

use std::cell::{Cell, RefCell};
// foldhash (hashbrown's default): interned names, exception types and code objects are looked up
// on hot paths, and none of these tables faces untrusted keys that need SipHash.
use hashbrown::HashMap;
use std::io::Write;
use std::rc::{Rc, Weak};

use heap::{Gc, Heap, ObjRef, Object, TypeHandle, VarTypeHandle};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

use objects::class::{Kind, BUILTIN};
use objects::*;

/// A result whose error is a Python exception instance.
pub type PyResult<T = ObjRef> = Result<T, ObjRef>;

/// Finished frames' slot arrays and value stacks, for the next calls: a fixed array and a
/// count, so that taking and giving back are a few inline instructions (a `Vec`'s `push`
/// stopped being inlined into the huge eval loop and cost a call per Python call).
pub struct FramePool {
    bufs: Box<[FrameBufs]>,
    len: usize,
}

impl Default for FramePool {
    fn default() -> Self {
        FramePool {
            bufs: (0..256).map(|_| FrameBufs::default()).collect(),
            len: 0,
        }
    }
}

impl FramePool {
    /// The arrays of a finished frame, or new empty ones.
    #[inline(always)]
    pub fn take(&mut self) -> FrameBufs {
        match self.len.checked_sub(1) {
            Some(i) if i < self.bufs.len() => {
                self.len = i;
                std::mem::take(&mut self.bufs[i])
            }
            _ => FrameBufs::default(),
        }
    }

    /// Keep a finished frame's (cleared) arrays, unless the pool is full.
    #[inline(always)]
    pub fn give(&mut self, bufs: FrameBufs) {
        if let Some(slot) = self.bufs.get_mut(self.len) {
            // The slot holds the empty pair `take` left (or the initial one): nothing to
            // free, so no drop call.
            std::mem::forget(std::mem::replace(slot, bufs));
            self.len += 1;
        }
    }
}

/// A frame's slot array and value stack, as kept in [`Vm::frame_pool`].
pub type FrameBufs = (Vec<Option<ObjRef>>, heap::ValueStack);

/// Arguments of a built-in function: positional values, then keyword names and values.
pub struct Args<'a> {
    /// Positional arguments (for methods, `pos[0]` is self).
    pub pos: &'a [ObjRef],
    /// Keyword names (strs).
    pub kwnames: &'a [ObjRef],
    /// Keyword values.
    pub kwvals: &'a [ObjRef],
}

impl<'a> Args<'a> {
    /// Positional only.
    pub fn new(pos: &'a [ObjRef]) -> Args<'a> {
        Args {
            pos,
            kwnames: &[],
            kwvals: &[],
        }
    }
    /// Keyword argument `name`.
    pub fn kw(&self, name: &str) -> Option<&'a ObjRef> {
        self.kwnames
            .iter()
            .position(|k| k.downcast_ref::<StrObj>().is_some_and(|s| &*s.s == name))
            .map(|i| &self.kwvals[i])
    }
}

/// The built-in types.
#[allow(missing_docs)]
pub struct Types {
    pub object: Gc<TypeObj>,
    pub type_: Gc<TypeObj>,
    pub none: Gc<TypeObj>,
    pub notimpl: Gc<TypeObj>,
    pub ellipsis: Gc<TypeObj>,
    pub bool_: Gc<TypeObj>,
    pub int: Gc<TypeObj>,
    pub float: Gc<TypeObj>,
    pub complex: Gc<TypeObj>,
    pub str_: Gc<TypeObj>,
    pub bytes: Gc<TypeObj>,
    pub bytearray: Gc<TypeObj>,
    pub tuple: Gc<TypeObj>,
    pub list: Gc<TypeObj>,
    pub dict: Gc<TypeObj>,
    pub set: Gc<TypeObj>,
    pub frozenset: Gc<TypeObj>,
    pub range: Gc<TypeObj>,
    pub memoryview: Gc<TypeObj>,
    pub slice: Gc<TypeObj>,
    pub function: Gc<TypeObj>,
    pub builtin: Gc<TypeObj>,
    /// `method_descriptor`, `wrapper_descriptor`, `method-wrapper` and
    /// `classmethod_descriptor`: the other roles of a `BuiltinFunc` (`builtin_descr.rs`).
    pub method_descriptor: Gc<TypeObj>,
    pub wrapper_descriptor: Gc<TypeObj>,
    pub method_wrapper: Gc<TypeObj>,
    pub classmethod_descriptor: Gc<TypeObj>,
    pub method: Gc<TypeObj>,
    pub module: Gc<TypeObj>,
    pub cell: Gc<TypeObj>,
    pub code: Gc<TypeObj>,
    pub frame: Gc<TypeObj>,
    pub traceback: Gc<TypeObj>,
    pub iterator: Gc<TypeObj>,
    /// The specific iterator types (`list_iterator`, `zip`, ...), made on first use; each
    /// subclasses `iterator` (which holds `__iter__`/`__next__`).
    pub iterator_kinds: RefCell<Vec<Gc<TypeObj>>>,
    pub generator: Gc<TypeObj>,
    pub coroutine: Gc<TypeObj>,
    pub async_generator: Gc<TypeObj>,
    pub coroutine_wrapper: Gc<TypeObj>,
    pub async_generator_asend: Gc<TypeObj>,
    pub async_generator_athrow: Gc<TypeObj>,
    pub property: Gc<TypeObj>,
    pub classmethod: Gc<TypeObj>,
    pub staticmethod: Gc<TypeObj>,
    pub member_descriptor: Gc<TypeObj>,
    pub getset_descriptor: Gc<TypeObj>,
    pub super_: Gc<TypeObj>,
    pub dict_keys: Gc<TypeObj>,
    pub dict_values: Gc<TypeObj>,
    pub dict_items: Gc<TypeObj>,
    pub base_exception: Gc<TypeObj>,
    pub exceptions: HashMap<&'static str, Gc<TypeObj>>,
}

/// The heap types the runtime allocates most, resolved once at startup so that their
/// allocations skip the heap's lookup by Rust type.
#[derive(Clone, Copy, Debug)]
pub struct HeapTypes {
    /// `int`.
    pub int: TypeHandle<IntObj>,
    /// `float`.
    pub float: TypeHandle<FloatObj>,
    /// `str`.
    pub str_: TypeHandle<StrObj>,
    /// `tuple`.
    pub tuple: VarTypeHandle<TupleObj>,
    /// `list`.
    pub list: TypeHandle<ListObj>,
    /// `dict`.
    pub dict: TypeHandle<DictObj>,
    /// Instances of Python classes (`object` and its subclasses).
    pub instance: VarTypeHandle<Instance>,
}

/// The interpreter.
pub struct Vm {
    /// Built-in types.
    pub types: Types,
    /// `None`.
    pub none: ObjRef,
    /// `True`.
    pub true_: ObjRef,
    /// `False`.
    pub false_: ObjRef,
    /// `NotImplemented`.
    pub notimpl: ObjRef,
    /// `Ellipsis`.
    pub ellipsis: ObjRef,
    /// The NULL marker `LoadMethod` pushes (never visible to Python code).
    pub null: ObjRef,
    /// Cached ints −5..=256.
    pub small_ints: Vec<ObjRef>,
    /// The heap types allocated on hot paths, resolved once.
    pub heap_types: HeapTypes,
    /// `()`.
    pub empty_tuple: ObjRef,
    /// `b''`, made (immortal) the first time an empty bytes is.
    empty_bytes: RefCell<Option<ObjRef>>,
    /// Interned strings.
    pub interned: RefCell<HashMap<Box<str>, ObjRef>>,
    /// The builtins namespace.
    pub builtins: Gc<DictObj>,
    /// `sys.modules`.
    pub modules: Gc<DictObj>,
    /// The exception being handled (`sys.exc_info()`).
    pub handled: RefCell<Option<ObjRef>>,
    /// Current Python call depth.
    pub depth: Cell<usize>,
    /// Where each active frame is making its current call (see `callsite`).
    pub call_sites: callsite::CallSites,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: Cell<usize>,
    /// `sys.is_finalizing()`: set once shutdown is past the atexit callbacks.
    pub finalizing: Cell<bool>,
    /// Source text by file name (for tracebacks).
    pub sources: RefCell<HashMap<String, Rc<str>>>,
    /// Materialised code data, by code object address (the data keeps the code alive).
    pub code_data: RefCell<HashMap<usize, Rc<frame::CodeData>>>,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Buffered stdout: the text layer of `sys.stdout` (what `print` writes).
    pub stdout: RefCell<std::io::BufWriter<std::io::Stdout>>,
    /// `sys.stdout.line_buffering`: text is flushed at each newline (set when stdout is a
    /// terminal, as CPython's is, or by `reconfigure`).
    pub stdout_line_buffering: Cell<bool>,
    /// `sys.stdout.write_through`: text is flushed at every write (`PYTHONUNBUFFERED`,
    /// `pymem -u`, or `reconfigure`).
    pub stdout_write_through: Cell<bool>,
    /// How much of the captured stdout text counts as flushed (see [`Vm::write_out_bytes`]).
    pub captured_flushed: Cell<usize>,
    /// When set, stdout and stderr text is collected here instead (tests).
    pub captured: Option<RefCell<(String, String)>>,
    /// Python callables in `gc.callbacks` (a list object).
    pub gc_callbacks: ObjRef,
    /// The `gc.garbage` list.
    pub gc_garbage: ObjRef,
    /// Lowest safe native stack address (0 = not computed yet).
    pub stack_limit: Cell<usize>,
    /// Bumped whenever a class namespace changes (invalidates `TypeObj::ctor_cache`).
    pub type_version: Cell<u64>,
    /// Recycled slot arrays and value stacks of finished frames, in pairs (no allocation
    /// per call, one pool operation per frame).
    pub frame_pool: RefCell<FramePool>,
    /// Finished boxed frames of plain calls, for the next ones (`frame_reserve.rs`).
    pub frame_reserve: frame_reserve::FrameReserve,
    /// Where methods were found per (class, name): behind each `LoadMethod`'s own cache.
    pub method_table: method_table::MethodTable,
    /// Counts safepoint polls (to poll the heap cheaply).
    pub ticks: Cell<u32>,
    /// Directory of the main script (for importing `.py` files beside it).
    pub script_dir: RefCell<Option<std::path::PathBuf>>,
    /// `tracemalloc`'s state (its tracer while tracing).
    pub tracemalloc: modules::tracemalloc::State,
    /// Threads of control (`threads.rs`): the baton, once a second thread exists.
    pub threads: threads::Threads,
    /// The classes of `_io` made by native code, by key (`modules/io_classes.rs`).
    pub io_classes: RefCell<Vec<(&'static str, ObjRef)>>,
    /// Python-level signal handlers (`modules/signal.rs`); dropped before the heap, whose
    /// interrupter the process's signal handler may hold while this owns the signals.
    pub signals: modules::signal::SignalState,
    /// The heap (declared last: dropped after every handle above).
    pub heap: Heap,
}

thread_local! {
    static CURRENT: RefCell<Weak<Vm>> = const { RefCell::new(Weak::new()) };
}

/// Run `__del__` of a dying instance (called from the heap's finalizer slot).
pub fn call_del(this: &Gc<Instance>) {
    let vm = CURRENT.with(|c| c.borrow().upgrade());
    let Some(vm) = vm else { return };
    // Borrowed, not a new reference: inside `__del__`, `self` is the only one the call adds
    // (sys.getrefcount(self) as in CPython's slot_tp_finalize).
    let obj = Gc::as_obj(this);
    if let Ok(Some(f)) = vm.lookup_type_attr(&this.class(), "__del__") {
        if let Err(e) = vm.call(&f, std::slice::from_ref(obj), None) {
            vm.write_unraisable(None, Some(&f), &e);
        }
    }
}

fn new_type(heap: &Heap, name: &str, kind: Kind, base: Option<&Gc<TypeObj>>) -> Gc<TypeObj> {
    try_new_type(heap, name, kind, base).expect("startup allocation")
}

/// A new immortal built-in type, or `None` when the heap cannot allocate it.
fn try_new_type(
    heap: &Heap,
    name: &str,
    kind: Kind,
    base: Option<&Gc<TypeObj>>,
) -> Option<Gc<TypeObj>> {
    let (bases, mro) = match base {
        Some(b) => {
            let mut mro = vec![b.clone()];
            mro.extend(b.mro.iter().cloned());
            (vec![b.clone()], mro)
        }
        None => (vec![], vec![]),
    };
    try_new_type_mro(heap, name, kind, bases, mro)
}

/// A new immortal built-in type with the given bases and method resolution order (after
/// the type itself).
fn try_new_type_mro(
    heap: &Heap,
    name: &str,
    kind: Kind,
    bases: Vec<Gc<TypeObj>>,
    mro: Vec<Gc<TypeObj>>,
) -> Option<Gc<TypeObj>> {
    let dict = heap.alloc(DictObj::new()).ok()?;
    Gc::make_immortal(&dict);
    let immortal_tuple = |items: Vec<ObjRef>| -> Option<Gc<TupleObj>> {
        let t = heap
            .alloc_var_exact(TupleObj::new(items.len()), items.into_iter())
            .ok()?;
        Gc::make_immortal(&t);
        heap.untrack(Gc::as_obj(&t)).ok()?;
        Some(t)
    };
    let bases = immortal_tuple(bases.into_iter().map(Gc::into_obj).collect())?;
    let mro_items: Vec<ObjRef> = mro.iter().map(Gc::to_obj).collect();
    let t = heap
        .alloc(TypeObj {
            name: name.into(),
            qualname: name.into(),
            module: "builtins".into(),
            bases,
            mro,
            mro_tuple: RefCell::new(None),
            dict,
            kind,
            slots: None,
            keys: Rc::new(RefCell::new(vec![])),
            keys_usable: Rc::new(Cell::new(0)),
            instantiated: Cell::new(false),
            flags: Cell::new(BUILTIN),
            ctor_cache: RefCell::new(None),
            instance_side: Default::default(),
            py_slot_cache: Cell::new((0, 0)),
            subclasses: RefCell::new(Vec::new()),
            mro_array_refs: Cell::new(0),
            meta: None,
            labels: Default::default(),
        })
        .ok()?;
    Gc::make_immortal(&t);
    // Built-in types are static types in CPython: not GC objects.
    heap.untrack(Gc::as_obj(&t)).ok()?;
    let mut full_mro = vec![Gc::to_obj(&t)];
    full_mro.extend(mro_items);
    *t.mro_tuple.borrow_mut() = Some(immortal_tuple(full_mro)?);
    Some(t)
}

/// The exception hierarchy: (name, base).
pub(crate) const EXCEPTIONS: &[(&str, &str)] = &[
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("BaseExceptionGroup", "BaseException"),
];

impl Vm {
    /// A new interpreter with its own heap.
    pub fn new(argv: Vec<String>) -> Rc<Vm> {
        Vm::with_capture(argv, false)
    }

    /// A new interpreter; with `capture`, output is kept in [`Vm::captured`].
    pub fn with_capture(argv: Vec<String>, capture: bool) -> Rc<Vm> {
        let heap = Heap::new();
        let object = new_type(&heap, "object", Kind::Object, None);
        let t = |name: &str, kind: Kind| new_type(&heap, name, kind, Some(&object));
        let int = t("int", Kind::Int);
        let bool_ = new_type(&heap, "bool", Kind::Bool, Some(&int));
        let base_exception = t("BaseException", Kind::Exception);
        let mut exceptions = HashMap::new();
        exceptions.insert("BaseException", base_exception.clone());
        for (name, base) in EXCEPTIONS {
            let b = exceptions[base].clone();
            let e = new_type(&heap, name, Kind::Exception, Some(&b));
            exceptions.insert(*name, e);
        }
        // `ExceptionGroup(BaseExceptionGroup, Exception)`, the one built-in exception with two
        // bases (PEP 654).
        let group = {
            let (beg, exc) = (&exceptions["BaseExceptionGroup"], &exceptions["Exception"]);
            let mro = vec![
                beg.clone(),
                exc.clone(),
                base_exception.clone(),
                object.clone(),
            ];
            try_new_type_mro(
                &heap,
                "ExceptionGroup",
                Kind::Exception,
                vec![beg.clone(), exc.clone()],
                mro,
            )
            .expect("startup allocation")
        };
        exceptions.insert("ExceptionGroup", group);
        let types = Types {
            type_: t("type", Kind::Type),
            none: t("NoneType", Kind::None),
            notimpl: t("NotImplementedType", Kind::NotImplemented),
            ellipsis: t("ellipsis", Kind::Ellipsis),
            float: t("float", Kind::Float),
            complex: t("complex", Kind::Complex),
            str_: t("str", Kind::Str),
            bytes: t("bytes", Kind::Bytes),
            bytearray: t("bytearray", Kind::ByteArray),
            tuple: t("tuple", Kind::Tuple),
            list: t("list", Kind::List),
            dict: t("dict", Kind::Dict),
            set: t("set", Kind::Set),
            frozenset: t("frozenset", Kind::FrozenSet),
            range: t("range", Kind::Range),
            memoryview: t("memoryview", Kind::MemoryView),
            slice: t("slice", Kind::Slice),
            function: t("function", Kind::Function),
            builtin: t("builtin_function_or_method", Kind::BuiltinFunction),
            method_descriptor: t("method_descriptor", Kind::BuiltinFunction),
            wrapper_descriptor: t("wrapper_descriptor", Kind::BuiltinFunction),
            method_wrapper: t("method-wrapper", Kind::BuiltinFunction),
            classmethod_descriptor: t("classmethod_descriptor", Kind::BuiltinFunction),
            method: t("method", Kind::Method),
            module: t("module", Kind::Module),
            cell: t("cell", Kind::Cell),
            code: t("code", Kind::Code),
            frame: t("frame", Kind::Frame),
            traceback: t("traceback", Kind::Traceback),
            iterator: t("iterator", Kind::Iterator),
            iterator_kinds: RefCell::new(Vec::new()),
            generator: t("generator", Kind::Generator),
            coroutine: t("coroutine", Kind::Generator),
            async_generator: t("async_generator", Kind::Generator),
            coroutine_wrapper: t("coroutine_wrapper", Kind::Generator),
            async_generator_asend: t("async_generator_asend", Kind::Generator),
            async_generator_athrow: t("async_generator_athrow", Kind::Generator),
            property: t("property", Kind::Property),
            classmethod: t("classmethod", Kind::ClassMethod),
            staticmethod: t("staticmethod", Kind::StaticMethod),
            member_descriptor: t("member_descriptor", Kind::MemberDescr),
            getset_descriptor: t("getset_descriptor", Kind::MemberDescr),
            super_: t("super", Kind::Super),
            dict_keys: t("dict_keys", Kind::DictView),
            dict_values: t("dict_values", Kind::DictView),
            dict_items: t("dict_items", Kind::DictView),
            object,
            int,
            bool_,
            base_exception,
            exceptions,
        };
        let imm = |o: ObjRef| o;
        let none = imm(heap.alloc(NoneObj).expect("startup").into());
        let true_ = heap.alloc(BoolObj(true)).expect("startup").into();
        let false_ = heap.alloc(BoolObj(false)).expect("startup").into();
        let notimpl = heap.alloc(NotImplObj).expect("startup").into();
        let ellipsis = heap.alloc(EllipsisObj).expect("startup").into();
        let null = heap.alloc(NotImplObj).expect("startup").into();
        let small_ints = (-5..=256)
            .map(|i| {
                let g = heap.alloc(IntObj::Small(i)).expect("startup");
                Gc::make_immortal(&g);
                Gc::into_obj(g)
            })
            .collect();
        let heap_types = HeapTypes {
            int: heap.type_handle(),
            float: heap.type_handle(),
            str_: heap.type_handle(),
            tuple: heap.var_type_handle(),
            list: heap.type_handle(),
            dict: heap.type_handle(),
            instance: heap.var_type_handle(),
        };
        let et = heap
            .alloc_var_exact(TupleObj::new(0), core::iter::empty())
            .expect("startup");
        Gc::make_immortal(&et);
        // The empty tuple singleton is not tracked (it holds nothing).
        heap.untrack(Gc::as_obj(&et)).expect("startup");
        let builtins = heap.alloc(DictObj::new()).expect("startup");
        let modules = heap.alloc(DictObj::new()).expect("startup");
        let gc_callbacks = heap.alloc(ListObj::new(vec![])).expect("startup").into();
        let gc_garbage = heap.alloc(ListObj::new(vec![])).expect("startup").into();
        let vm = Rc::new(Vm {
            types,
            none,
            true_,
            false_,
            notimpl,
            ellipsis,
            null,
            small_ints,
            heap_types,
            empty_tuple: et.into(),
            empty_bytes: RefCell::new(None),
            interned: RefCell::new(HashMap::new()),
            builtins,
            modules,
            handled: RefCell::new(None),
            depth: Cell::new(0),
            call_sites: callsite::CallSites::default(),
            recursion_limit: Cell::new(1000),
            finalizing: Cell::new(false),
            sources: RefCell::new(HashMap::new()),
            code_data: RefCell::new(HashMap::new()),
            argv,
            stdout: RefCell::new(std::io::BufWriter::with_capacity(
                1 << 16,
                std::io::stdout(),
            )),
            stdout_line_buffering: Cell::new(
                !capture && std::io::IsTerminal::is_terminal(&std::io::stdout()),
            ),
            stdout_write_through: Cell::new(
                !capture && std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty()),
            ),
            captured_flushed: Cell::new(0),
            captured: if capture {
                Some(RefCell::new((String::new(), String::new())))
            } else {
                None
            },
            gc_callbacks,
            gc_garbage,
            ticks: Cell::new(0),
            frame_pool: RefCell::new(FramePool::default()),
            frame_reserve: frame_reserve::FrameReserve::default(),
            method_table: method_table::MethodTable::default(),
            type_version: Cell::new(1),
            stack_limit: Cell::new(0),
            script_dir: RefCell::new(None),
            tracemalloc: Default::default(),
            threads: Default::default(),
            io_classes: RefCell::new(Vec::new()),
            signals: Default::default(),
            heap,
        });
        CURRENT.with(|c| *c.borrow_mut() = Rc::downgrade(&vm));
        methods::install(&vm);
        metaclass::install(&vm);
        class_checks::install(&vm);
        generic_alias::install(&vm);
        subclass::install(&vm);
        builtins::install(&vm);
        arg_spec::install(&vm);
        modules::install_gc_callback(&vm);
        frame_reserve::install(&vm);
        startup_state::settle(&vm);
        vm
    }

    // ---- allocation -------------------------------------------------------------------

    /// Allocate, mapping heap failure to `MemoryError`.
    pub fn alloc<T: Object>(&self, v: T) -> PyResult<Gc<T>> {
        self.heap.alloc(v).map_err(|_| self.memory_error())
    }

    /// Allocate and erase the type.
    pub fn alloc_obj<T: Object>(&self, v: T) -> PyResult {
        self.alloc(v).map(Gc::into_obj)
    }

    /// A `MemoryError` instance (allocated without going through the checks that failed).
    pub fn memory_error(&self) -> ObjRef {
        let t = self.types.exceptions["MemoryError"].clone();
        match self.heap.alloc(Instance::new(t)) {
            Ok(g) => {
                Instance::init_exc(&g, ExcData::default());
                g.into()
            }
            Err(_) => self.none.clone(),
        }
    }

    /// Allocate through a resolved type handle (no type lookup).
    #[inline]
    pub fn alloc_typed<T: Object>(&self, ty: TypeHandle<T>, v: T) -> PyResult<Gc<T>> {
        match self.heap.try_alloc_fast(ty, v) {
            Ok(g) => Ok(g),
            Err(v) => self.alloc_typed_slow(ty, v),
        }
    }

    /// `alloc_typed` when the heap's fast path does not apply: out of line (and jumped to),
    /// so that the inline part saves no registers.
    #[cold]
    #[inline(never)]
    fn alloc_typed_slow<T: Object>(&self, ty: TypeHandle<T>, v: T) -> PyResult<Gc<T>> {
        self.heap.alloc_with(ty, v).map_err(|_| self.memory_error())
    }

    /// An int.
    #[inline]
    pub fn new_int(&self, i: i64) -> PyResult {
        if (-5..=256).contains(&i) {
            return Ok(self.small_ints[(i + 5) as usize].clone());
        }
        self.alloc_typed(self.heap_types.int, IntObj::Small(i))
            .map(Gc::into_obj)
    }

    /// An int from a BigInt (normalised to the small form when it fits).
    pub fn new_bigint(&self, b: BigInt) -> PyResult {
        match b.to_i64() {
            Some(i) => self.new_int(i),
            None => self
                .alloc_typed(self.heap_types.int, IntObj::Big(Box::new(b)))
                .map(Gc::into_obj),
        }
    }

    /// A float.
    #[inline]
    pub fn new_float(&self, f: f64) -> PyResult {
        self.alloc_typed(self.heap_types.float, FloatObj(f))
            .map(Gc::into_obj)
    }

    /// A str. A one-character Latin-1 str is the shared immortal one, as CPython's
    /// `LATIN1(ch)` singletons (`"abc"[0] is "a"`).
    pub fn new_str(&self, s: &str) -> PyResult {
        // The empty str and one-character Latin-1 strs are singletons, as in CPython.
        if s.is_empty()
            || (s.len() <= 2 && s.chars().count() == 1 && s.chars().all(|c| (c as u32) < 256))
        {
            return self.intern(s);
        }
        self.alloc_typed(self.heap_types.str_, StrObj::new(s))
            .map(Gc::into_obj)
    }

    /// A str of ASCII text (the caller knows it is: a piece of an ASCII str), without
    /// counting its characters.
    pub fn new_str_ascii(&self, s: &str) -> PyResult {
        debug_assert!(s.is_ascii());
        if s.len() <= 1 {
            return self.intern(s);
        }
        self.alloc_typed(self.heap_types.str_, StrObj::from_ascii(s))
            .map(Gc::into_obj)
    }

    /// A new str of `s`, whose character count the caller knows (concatenation, join). Not
    /// the singleton even for one character, as CPython's concatenation and join build
    /// theirs; an empty result is the caller's to map to the empty str.
    pub fn new_str_counted(&self, s: String, nchars: usize) -> PyResult {
        debug_assert!(!s.is_empty());
        self.alloc_typed(self.heap_types.str_, StrObj::from_parts(s, nchars))
            .map(Gc::into_obj)
    }

    /// An interned str (same object for the same text). Interned strings are immortal, as
    /// CPython 3.12 makes them (`sys.getrefcount("name")` is 4294967295).
    pub fn intern(&self, s: &str) -> PyResult {
        if let Some(o) = self.interned.borrow().get(s) {
            return Ok(o.clone());
        }
        let o = self.alloc_typed(self.heap_types.str_, StrObj::new(s))?;
        Gc::make_immortal(&o);
        let o = Gc::into_obj(o);
        self.interned.borrow_mut().insert(s.into(), o.clone());
        Ok(o)
    }

    /// A tuple of these items (a vector's or an array's, moved into the tuple's block: an
    /// array makes no temporary allocation).
    #[inline]
    pub fn new_tuple<I>(&self, items: I) -> PyResult
    where
        I: IntoIterator<Item = ObjRef>,
        I::IntoIter: ExactSizeIterator,
    {
        self.new_tuple_exact(items.into_iter())
    }

    /// A tuple of copies of these references.
    #[inline]
    pub fn new_tuple_from(&self, items: &[ObjRef]) -> PyResult {
        self.new_tuple_exact(items.iter().cloned())
    }

    /// A tuple of the items of an iterator that knows its length, written straight into
    /// the tuple's block (every tuple is made here). No items: the empty-tuple singleton.
    #[inline]
    pub fn new_tuple_exact(&self, items: impl ExactSizeIterator<Item = ObjRef>) -> PyResult {
        self.new_tuple_gc(items).map(Gc::into_obj)
    }

    /// [`Vm::new_tuple_exact`], typed.
    #[inline]
    pub fn new_tuple_gc(
        &self,
        items: impl ExactSizeIterator<Item = ObjRef>,
    ) -> PyResult<Gc<TupleObj>> {
        if items.len() == 0 {
            if let Some(t) = self.empty_tuple.downcast::<TupleObj>() {
                return Ok(t);
            }
        }
        self.alloc_tuple(items)
    }

    /// A new tuple block even for no items (not the empty-tuple singleton).
    #[inline]
    pub fn alloc_tuple(
        &self,
        items: impl ExactSizeIterator<Item = ObjRef>,
    ) -> PyResult<Gc<TupleObj>> {
        let n = items.len();
        self.heap
            .alloc_var_exact_with_handle(self.heap_types.tuple, TupleObj::new(n), items)
            .map_err(|_| self.memory_error())
    }

    /// A list.
    pub fn new_list(&self, v: Vec<ObjRef>) -> PyResult {
        self.alloc_typed(self.heap_types.list, ListObj::new(v))
            .map(Gc::into_obj)
    }

    /// An empty dict.
    pub fn new_dict(&self) -> PyResult<Gc<DictObj>> {
        self.alloc_typed(self.heap_types.dict, DictObj::new())
    }

    /// `True`/`False`.
    #[inline]
    pub fn bool_obj(&self, b: bool) -> ObjRef {
        if b {
            self.true_.clone()
        } else {
            self.false_.clone()
        }
    }

    /// `None`.
    #[inline]
    pub fn none(&self) -> ObjRef {
        self.none.clone()
    }

    /// Is `o` None?
    #[inline]
    pub fn is_none(&self, o: &ObjRef) -> bool {
        o.ptr_eq(&self.none)
    }

    // ---- types ------------------------------------------------------------------------

    /// `type(o)`.
    pub fn type_of(&self, o: &ObjRef) -> Gc<TypeObj> {
        if let Some(i) = o.downcast_ref::<Instance>() {
            return i.class().into_owned();
        }
        let t = &self.types;
        let ty = if o.is::<IntObj>() {
            &t.int
        } else if o.is::<StrObj>() {
            &t.str_
        } else if o.is::<FloatObj>() {
            &t.float
        } else if o.is::<ComplexObj>() {
            &t.complex
        } else if o.is::<ListObj>() {
            &t.list
        } else if o.is::<TupleObj>() {
            &t.tuple
        } else if o.is::<DictObj>() {
            &t.dict
        } else if o.is::<NoneObj>() {
            &t.none
        } else if o.is::<BoolObj>() {
            &t.bool_
        } else if o.is::<FuncObj>() {
            &t.function
        } else if let Some(c) = o.downcast_ref::<TypeObj>() {
            // A class's metaclass (`type` unless it is a Python subclass of it).
            return c.meta.clone().unwrap_or_else(|| t.type_.clone());
        } else if o.is::<BoundMethod>() {
            &t.method
        } else if let Some(b) = o.downcast_ref::<BuiltinFunc>() {
            match b.kind {
                BuiltinKind::Function => &t.builtin,
                BuiltinKind::Method => &t.method_descriptor,
                BuiltinKind::SlotWrapper => &t.wrapper_descriptor,
                BuiltinKind::ClassMethod => &t.classmethod_descriptor,
                BuiltinKind::MethodWrapper => &t.method_wrapper,
            }
        } else if let Some(b) = o.downcast::<BytesObj>() {
            if b.mutable {
                &t.bytearray
            } else {
                &t.bytes
            }
        } else if let Some(s) = o.downcast::<SetObj>() {
            if s.frozen {
                &t.frozenset
            } else {
                &t.set
            }
        } else if o.is::<RangeObj>() {
            &t.range
        } else if o.is::<objects::memoryview::MemoryView>() {
            &t.memoryview
        } else if o.is::<IterObj>() {
            return self.iterator_type(&self.type_name(o));
        } else if o.is::<GenObj>() {
            &t.generator
        } else if let Some(c) = o.downcast_ref::<CoroObj>() {
            match c.gen.kind {
                objects::GenKind::AsyncGenerator => &t.async_generator,
                _ => &t.coroutine,
            }
        } else if let Some(s) = o.downcast_ref::<AsyncGenStep>() {
            match s.op {
                objects::AsyncGenOp::Send => &t.async_generator_asend,
                _ => &t.async_generator_athrow,
            }
        } else if o.is::<CoroWrapper>() {
            &t.coroutine_wrapper
        } else if o.is::<ModuleObj>() {
            &t.module
        } else if o.is::<CellObj>() {
            &t.cell
        } else if o.is::<SliceObj>() {
            &t.slice
        } else if o.is::<objects::traceback::TracebackObj>() {
            &t.traceback
        } else if o.is::<objects::traceback::FrameObj>() {
            &t.frame
        } else if o.is::<CodeObj>() {
            &t.code
        } else if o.is::<Property>() {
            &t.property
        } else if o.is::<ClassMethod>() {
            &t.classmethod
        } else if o.is::<StaticMethod>() {
            &t.staticmethod
        } else if o.is::<MemberDescr>() {
            &t.member_descriptor
        } else if o.is::<GetSetDescr>() {
            &t.getset_descriptor
        } else if let Some(v) = o.downcast_ref::<DictView>() {
            match v.what {
                0 => &t.dict_keys,
                1 => &t.dict_values,
                _ => &t.dict_items,
            }
        } else if o.is::<NotImplObj>() {
            &t.notimpl
        } else if o.is::<EllipsisObj>() {
            &t.ellipsis
        } else {
            &t.object
        };
        ty.clone()
    }

    /// The type's name as printed in messages (`'int'`).
    pub fn type_name(&self, o: &ObjRef) -> String {
        if let Some(it) = o.downcast_ref::<IterObj>() {
            let n = it.type_name();
            match &*it.0.borrow() {
                IterKind::Seq { seq, .. } if n == "iterator" => {
                    // CPython has a separate iterator for all-ASCII strs.
                    return match seq.downcast::<StrObj>() {
                        Some(s) if s.is_ascii() => "str_ascii_iterator".into(),
                        _ if seq.is::<objects::memoryview::MemoryView>() => {
                            "memory_iterator".into()
                        }
                        // The sequence iterator over a class with `__getitem__`, or the
                        // iterator of a stand-in for a C type (`array.arrayiterator`).
                        _ if seq.is::<Instance>() => {
                            let t = self.type_of(seq);
                            match std::iter::once(&t)
                                .chain(t.mro.iter())
                                .find(|c| c.has(objects::class::NATIVE_LAYOUT))
                            {
                                Some(c) => format!("{}iterator", c.dotted_name()),
                                None => "iterator".into(),
                            }
                        }
                        _ => format!("{}_iterator", self.type_of(seq).name),
                    };
                }
                IterKind::Reversed { seq, .. } if seq.is::<ListObj>() => {
                    return "list_reverseiterator".into();
                }
                _ => {}
            }
            return n.into();
        }
        self.class_message_name(&self.type_of(o))
    }

    /// A class's name as messages print it: `module.name` for a class standing for a C
    /// type (`class::C_TYPE_NAME`, CPython's `tp_name`), else its `__name__`.
    pub fn class_message_name(&self, t: &TypeObj) -> String {
        if t.has(objects::class::C_TYPE_NAME) {
            if let Some(module) = t.current_module() {
                return format!("{}.{}", module, t.current_name());
            }
        }
        t.current_name().into_owned()
    }

    /// The type of iterators named `name` (made once per interpreter).
    pub fn iterator_type(&self, name: &str) -> Gc<TypeObj> {
        if let Some(t) = self
            .types
            .iterator_kinds
            .borrow()
            .iter()
            .find(|t| t.name == name)
        {
            return t.clone();
        }
        match try_new_type(&self.heap, name, Kind::Iterator, Some(&self.types.iterator)) {
            Some(t) => {
                self.types.iterator_kinds.borrow_mut().push(t.clone());
                length_hint::install(self, &t, name);
                t
            }
            // Out of memory: the generic iterator type will do.
            None => self.types.iterator.clone(),
        }
    }

    /// Is `t` a subtype of `base`?
    pub fn is_subtype(&self, t: &Gc<TypeObj>, base: &Gc<TypeObj>) -> bool {
        Gc::ptr_eq(t, base) || t.mro.iter().any(|m| Gc::ptr_eq(m, base))
    }

    /// `isinstance(o, t)` for one type.
    pub fn isinstance(&self, o: &ObjRef, t: &Gc<TypeObj>) -> bool {
        self.is_subtype(&self.type_of(o), t)
    }

    /// A `bytes` of `data`. The empty one is a singleton, as CPython's (`bytes() is b''`).
    /// (CPython also keeps one object per one-byte value, but hands it out only from some
    /// of its constructors, so a one-byte result stays a new object here.)
    pub fn new_bytes_value(&self, data: Vec<u8>) -> PyResult {
        if !data.is_empty() {
            return self.alloc_obj(BytesObj::new(data));
        }
        if let Some(e) = &*self.empty_bytes.borrow() {
            return Ok(e.clone());
        }
        let e = self.alloc(BytesObj::new(data))?;
        Gc::make_immortal(&e);
        let e = Gc::into_obj(e);
        *self.empty_bytes.borrow_mut() = Some(e.clone());
        Ok(e)
    }

    /// A built-in exception type by name.
    pub fn exc_type(&self, name: &str) -> Gc<TypeObj> {
        self.types
            .exceptions
            .get(name)
            .cloned()
            .unwrap_or_else(|| self.types.exceptions["Exception"].clone())
    }

    // ---- errors -------------------------------------------------------------------------

    /// A new exception instance of `ty` with `args`.
    pub fn new_exception(&self, ty: &Gc<TypeObj>, args: Vec<ObjRef>) -> ObjRef {
        let args = match self.new_tuple(args) {
            Ok(a) => a,
            Err(e) => return e,
        };
        let data = ExcData::default();
        *data.args.borrow_mut() = Some(args);
        match self.alloc(Instance::new(ty.clone())) {
            Ok(g) => {
                Instance::init_exc(&g, data);
                g.into()
            }
            Err(e) => e,
        }
    }

    /// An exception of the named built-in type with a message.
    pub fn exc_msg(&self, ty: &str, msg: &str) -> ObjRef {
        let t = self.exc_type(ty);
        match self.new_str(msg) {
            Ok(s) => self.new_exception(&t, vec![s]),
            Err(e) => e,
        }
    }

    /// `Err` of an exception of the named type with a message.
    pub fn err<T>(&self, ty: &str, msg: impl AsRef<str>) -> PyResult<T> {
        Err(self.exc_msg(ty, msg.as_ref()))
    }

    /// `TypeError`.
    pub fn type_err<T>(&self, msg: impl AsRef<str>) -> PyResult<T> {
        self.err("TypeError", msg)
    }

    /// `ValueError`.
    pub fn value_err<T>(&self, msg: impl AsRef<str>) -> PyResult<T> {
        self.err("ValueError", msg)
    }

    /// Is exception `e` an instance of the named built-in exception type?
    pub fn exc_matches(&self, e: &ObjRef, name: &str) -> bool {
        self.isinstance(e, &self.exc_type(name))
    }

    /// Report exception `e` that nobody can catch (a `__del__`, a weakref or gc callback)
    /// through `sys.unraisablehook`, as CPython's `PyErr_WriteUnraisable`: `err_msg` is the
    /// report's first words (`None`: "Exception ignored in"), `obj` what it was raised in.
    pub fn write_unraisable(&self, err_msg: Option<&str>, obj: Option<&ObjRef>, e: &ObjRef) {
        let sys = self
            .dict_get_str(&self.modules, "sys")
            .and_then(|m| m.downcast::<ModuleObj>());
        let hooks = sys.map(|m| {
            (
                self.dict_get_str(&m.dict, "unraisablehook"),
                self.dict_get_str(&m.dict, "__unraisablehook__"),
            )
        });
        let hook = match hooks {
            Some((Some(hook), Some(default))) if !hook.ptr_eq(&default) => hook,
            _ => return self.print_unraisable(err_msg, obj, e),
        };
        let called = modules::sys::unraisable_args(self, err_msg, obj, e)
            .and_then(|args| self.call(&hook, &[args], None));
        if let Err(e2) = called {
            self.print_unraisable(
                Some("Exception ignored in sys.unraisablehook"),
                Some(&hook),
                &e2,
            );
        }
    }

    /// The default `sys.unraisablehook`'s report: `err_msg: repr(obj)` and the exception.
    pub fn print_unraisable(&self, err_msg: Option<&str>, obj: Option<&ObjRef>, e: &ObjRef) {
        self.flush_stdout();
        let msg = err_msg.unwrap_or("Exception ignored in");
        let context = match obj {
            Some(o) => format!("{msg}: {}", self.repr_or(o)),
            None => msg.to_string(),
        };
        // CPython's default unraisable hook prints the exception alone, without its
        // cause/context chain.
        let text = errors::format_single(self, e, true);
        self.write_stderr(&format!("{context}\n{text}"));
    }

    /// Write a report as CPython's C code does (`PySys_WriteStderr`, the default unraisable
    /// hook, `gc`'s debug output): through whatever `sys.stderr` is now, so that a script
    /// that replaced it gets the text; straight to the process's stderr when there is no
    /// `sys.stderr` or its `write` fails. Runs code: not for use inside a collection.
    pub fn write_stderr(&self, s: &str) {
        let stream = self
            .dict_get_str(&self.modules, "sys")
            .and_then(|m| m.downcast::<ModuleObj>())
            .and_then(|m| self.dict_get_str(&m.dict, "stderr"));
        let Some(stream) = stream else {
            return self.write_err(s);
        };
        if self.is_none(&stream) {
            return;
        }
        self.flush_stdout();
        let written = self.getattr_str(&stream, "write").and_then(|write| {
            let text = self.new_str(s)?;
            self.call(&write, &[text], None)
        });
        if written.is_err() {
            self.write_err(s);
        }
    }

    /// Flush buffered stdout.
    pub fn flush_stdout(&self) {
        if let Some(c) = &self.captured {
            if let Ok(c) = c.try_borrow() {
                self.captured_flushed.set(c.0.len());
            }
            return;
        }
        if let Ok(mut o) = self.stdout.try_borrow_mut() {
            let _ = o.flush();
        }
    }

    /// `repr(o)` or a fallback when repr itself fails.
    pub fn repr_or(&self, o: &ObjRef) -> String {
        self.repr(o)
            .unwrap_or_else(|_| format!("<{} object>", self.type_name(o)))
    }

    /// Materialise a code object's constants and names.
    pub fn code_data(
        &self,
        code: &Rc<crate::bytecode::CodeObject>,
    ) -> PyResult<Rc<frame::CodeData>> {
        self.code_data_in(code, None)
    }

    /// Materialise a compiled unit (a module's or an exec'd string's code) and every code
    /// object nested in it up front, as CPython's compiler builds them all at once, with
    /// equal constants shared between them. The returned [`UnitConstants`] hold one more
    /// reference to each constant: CPython's parse tree, alive while the main script or an
    /// exec'd string runs (`x = 1000; sys.getrefcount(x)` is 4 there: co_consts, the parse
    /// tree, `x` and the argument).
    pub fn unit_code_data(
        &self,
        code: &Rc<crate::bytecode::CodeObject>,
    ) -> PyResult<(Rc<frame::CodeData>, UnitConstants)> {
        let mut unit = UnitConstants::default();
        let d = self.code_data_in(code, Some(&mut unit))?;
        Ok((d, unit))
    }

    fn code_data_in(
        &self,
        code: &Rc<crate::bytecode::CodeObject>,
        mut unit: Option<&mut UnitConstants>,
    ) -> PyResult<Rc<frame::CodeData>> {
        let key = Rc::as_ptr(code) as usize;
        if let Some(d) = self.code_data.borrow().get(&key) {
            return Ok(d.clone());
        }
        let mut consts = Vec::with_capacity(code.consts.len());
        for c in &code.consts {
            consts.push(match unit.as_deref_mut() {
                Some(u) => self.unit_constant(c, u)?,
                None => self.constant(c)?,
            });
        }
        let mut names = Vec::with_capacity(code.names.len());
        for n in &code.names {
            names.push(self.intern(n)?);
        }
        let global_cache = (0..names.len())
            .map(|_| Cell::new(frame::GlobalCache::default()))
            .collect();
        let caches = (0..code.instructions.len())
            .map(|_| frame::InstrCache::default())
            .collect();
        let d = Rc::new(frame::CodeData {
            code: code.clone(),
            fast: fuse::fuse(code),
            consts,
            names,
            global_cache,
            caches,
        });
        self.code_data.borrow_mut().insert(key, d.clone());
        Ok(d)
    }

    /// A constant of a unit being materialised: the unit's object for an equal constant
    /// seen before (CPython's compiler merges constants through its c_const_cache), nested
    /// code materialised in the same unit.
    fn unit_constant(&self, c: &crate::bytecode::Constant, unit: &mut UnitConstants) -> PyResult {
        use crate::bytecode::Constant as C;
        if let C::Code(inner) = c {
            // A nested code object whose constants cannot be made (a complex literal) stays
            // unmaterialised: the error is raised where it is defined, as before.
            let _ = self.code_data_in(inner, Some(unit));
            return self.constant(c);
        }
        let Some(key) = ConstKey::of(c) else {
            return self.constant(c);
        };
        if let Some(o) = unit.0.get(&key) {
            return Ok(o.clone());
        }
        let o = match c {
            C::Tuple(items) => {
                let mut v = Vec::with_capacity(items.len());
                for i in items.iter() {
                    v.push(self.unit_constant(i, unit)?);
                }
                let t = self.new_tuple(v)?;
                self.untrack_constant_tuple(&t);
                t
            }
            C::FrozenSet(items) => {
                let mut v = Vec::with_capacity(items.len());
                for i in items.iter() {
                    v.push(self.unit_constant(i, unit)?);
                }
                self.new_frozenset_constant(v)?
            }
            _ => self.constant(c)?,
        };
        unit.0.insert(key, o.clone());
        Ok(o)
    }

    fn constant(&self, c: &crate::bytecode::Constant) -> PyResult {
        use crate::bytecode::Constant as C;
        Ok(match c {
            C::None => self.none(),
            C::Bool(b) => self.bool_obj(*b),
            C::Int(i) => self.new_int(*i)?,
            C::BigInt(s) => {
                let (radix, digits) =
                    if let Some(r) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
                        (16, r)
                    } else if let Some(r) = s.strip_prefix("0o").or_else(|| s.strip_prefix("0O")) {
                        (8, r)
                    } else if let Some(r) = s.strip_prefix("0b").or_else(|| s.strip_prefix("0B")) {
                        (2, r)
                    } else {
                        (10, &s[..])
                    };
                let b = BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default();
                self.new_bigint(b)?
            }
            C::Float(f) => self.new_float(*f)?,
            C::Complex(im) => self.new_complex(complex::C { re: 0.0, im: *im })?,
            C::Str(s) => {
                // CPython interns (and so immortalises) every all-name-character constant.
                if s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                    self.intern(s)?
                } else {
                    self.new_str(s)?
                }
            }
            C::Bytes(b) => self.new_bytes_value(b.to_vec())?,
            C::Ellipsis => self.ellipsis.clone(),
            C::Tuple(items) => {
                let mut v = Vec::with_capacity(items.len());
                for i in items.iter() {
                    v.push(self.constant(i)?);
                }
                let t = self.new_tuple(v)?;
                self.untrack_constant_tuple(&t);
                t
            }
            C::FrozenSet(items) => {
                let mut v = Vec::with_capacity(items.len());
                for i in items.iter() {
                    v.push(self.constant(i)?);
                }
                self.new_frozenset_constant(v)?
            }
            C::Code(c) => self.alloc_obj(CodeObj::new(c.clone()))?,
        })
    }

    /// Poll the heap's scheduled collection (cheap unless one is due). The test is inline
    /// (every Python call polls); the collection is not.
    #[inline(always)]
    pub fn safepoint(&self) -> PyResult<()> {
        if self.heap.safepoint_requested() {
            return self.run_safepoint();
        }
        Ok(())
    }

    /// A safe point with work: the scheduled collection, and a thread switch or
    /// `interrupt_main`'s KeyboardInterrupt asked for by another thread (`threads.rs`).
    #[cold]
    #[inline(never)]
    fn run_safepoint(&self) -> PyResult<()> {
        if self.heap.collection_pending() {
            let _ = self.heap.safepoint();
            modules::gc::after_collection(self);
        }
        if self.heap.take_interrupt() {
            threads::interrupted(self)?;
        }
        Ok(())
    }

    /// Interpreter shutdown: clear `__main__`'s namespace and collect, so finalizers of
    /// objects still alive run while output still works.
    pub fn shutdown(&self) {
        // As Py_Finalize: wait for the non-daemon threads (when `threading` was imported),
        // then the atexit callbacks (weakref.finalize's among them); after them no other
        // thread runs again.
        if let Some(m) = self.dict_get_str(&self.modules, "threading") {
            if let Ok(f) = self.getattr_str(&m, "_shutdown") {
                if let Err(e) = self.call(&f, &[], None) {
                    self.write_unraisable(None, Some(&m), &e);
                }
            }
        }
        if let Some(m) = self.dict_get_str(&self.modules, "atexit") {
            if let Ok(f) = self.getattr_str(&m, "_run_exitfuncs") {
                if let Err(e) = self.call(&f, &[], None) {
                    self.write_unraisable(Some("Exception ignored in atexit"), None, &e);
                }
            }
        }
        threads::finalize(self);
        // CPython marks the runtime finalizing here, before modules are torn down.
        self.finalizing.set(true);
        self.flush_std_files();
        if let Some(m) = self
            .dict_get_str(&self.modules, "__main__")
            .and_then(|m| m.downcast::<ModuleObj>())
        {
            self.finalize_main_leftovers(&m.dict);
            let old = m.dict.0.borrow_mut().clear_all();
            drop(old);
        }
        let _ = self.heap.collect(2);
        let old = self.handled.borrow_mut().take();
        drop(old);
    }

    /// Flush `sys.stdout` and `sys.stderr` (whatever objects they are now, unless closed)
    /// through their `flush` methods, as CPython does at exit before it tears `__main__`
    /// down: text a script's own stream (a `TextIOWrapper` over `sys.stdout.buffer`) keeps
    /// goes out then. A failing flush is reported as unraisable.
    fn flush_std_files(&self) {
        let Some(sys) = self.dict_get_str(&self.modules, "sys") else {
            return;
        };
        for name in ["stdout", "stderr"] {
            let Ok(Some(stream)) = self.intern(name).and_then(|n| self.getattr_opt(&sys, &n))
            else {
                continue;
            };
            if self.is_none(&stream) {
                continue;
            }
            let closed = match self
                .intern("closed")
                .and_then(|n| self.getattr_opt(&stream, &n))
            {
                Ok(Some(c)) => self.truthy(&c).unwrap_or(false),
                _ => false,
            };
            if closed {
                continue;
            }
            let flushed = self
                .getattr_str(&stream, "flush")
                .and_then(|f| self.call(&f, &[], None));
            if let Err(e) = flushed {
                self.write_unraisable(None, Some(&stream), &e);
            }
        }
    }

    /// Write to stderr (after flushing stdout, so the two interleave as in CPython).
    pub fn write_err(&self, s: &str) {
        if let Some(c) = &self.captured {
            c.borrow_mut().1.push_str(s);
            return;
        }
        self.flush_stdout();
        eprint!("{s}");
    }

    /// Give a finished frame's arrays back to the pool (the frame keeps empty ones).
    #[inline(always)]
    pub fn recycle(&self, frame: &mut frame::Frame) {
        let mut slots = std::mem::take(&mut frame.slots);
        let mut stack = std::mem::take(&mut frame.stack);
        for s in &mut slots {
            *s = None;
        }
        stack.clear();
        // Keep small arrays only: a frame with thousands of locals should not pin memory.
        if slots.capacity() <= 64 && stack.capacity() <= 64 {
            self.frame_pool.borrow_mut().give((slots, stack));
        }
    }

    /// Set a str key (given as an interned str object) in a dict: no hashing call, no
    /// Python-level equality.
    #[inline]
    pub fn dict_set_strobj(&self, d: &Gc<DictObj>, key: &ObjRef, s: &StrObj, value: ObjRef) {
        self.dict_maintain_tracking(d, key, &value);
        let h = s.hash();
        let found = {
            let inner = d.0.borrow();
            inner.find_by(h, |k| {
                k.ptr_eq(key) || k.downcast_ref::<StrObj>().is_some_and(|x| x.s == s.s)
            })
        };
        match found {
            Some(i) => {
                let old = {
                    let mut inner = d.0.borrow_mut();
                    inner.entries[i]
                        .as_mut()
                        .map(|e| std::mem::replace(&mut e.value, value))
                };
                drop(old);
            }
            None => d.0.borrow_mut().insert_new(h, key.clone(), value, true),
        }
    }

    /// Write to stdout.
    pub fn write_out(&self, s: &str) {
        if let Some(c) = &self.captured {
            c.borrow_mut().0.push_str(s);
            return;
        }
        let mut o = self.stdout.borrow_mut();
        let _ = o.write_all(s.as_bytes());
        if self.stdout_write_through.get() || (self.stdout_line_buffering.get() && s.contains('\n'))
        {
            let _ = o.flush();
        }
    }

    /// Write bytes to stdout beneath its text layer (`sys.stdout.buffer.write`). As in
    /// CPython, text written before and not yet flushed is still pending above the buffer,
    /// so these bytes go out first, unless that text is more than a chunk (8 KiB), which
    /// CPython would have passed down already.
    pub fn write_out_bytes(&self, data: &[u8]) -> std::io::Result<()> {
        if let Some(c) = &self.captured {
            let mut c = c.borrow_mut();
            let at = self.captured_flushed.get().min(c.0.len());
            let at = (0..=at)
                .rev()
                .find(|&i| c.0.is_char_boundary(i))
                .unwrap_or(0);
            let text = String::from_utf8_lossy(data);
            c.0.insert_str(at, &text);
            self.captured_flushed.set(at + text.len());
            return Ok(());
        }
        let mut o = self.stdout.borrow_mut();
        if o.buffer().len() > 8192 {
            o.flush()?;
        }
        // The pending text stays in the buffer; the bytes go to the file beneath it.
        o.get_mut().lock().write_all(data)
    }
}

/// The constants of one compiled unit by value (see [`Vm::unit_code_data`]).
#[derive(Default)]
pub struct UnitConstants(HashMap<ConstKey, ObjRef>);

/// A constant's identity for merging: its type and value (floats by their bits, so `0.0`
/// and `-0.0` stay apart, as in CPython's `_PyCode_ConstantKey`).
#[derive(PartialEq, Eq, Hash)]
pub enum ConstKey {
    /// A small int.
    Int(i64),
    /// A big int literal as written.
    BigInt(Rc<str>),
    /// A float's bits.
    Float(u64),
    /// A str.
    Str(Rc<str>),
    /// A bytes.
    Bytes(Rc<[u8]>),
    /// A tuple of mergeable constants.
    Tuple(Vec<ConstKey>),
    /// A frozenset of mergeable constants (by its display's items, in order).
    FrozenSet(Vec<ConstKey>),
}

impl ConstKey {
    /// The key of a mergeable constant (singletons and code objects are not merged).
    fn of(c: &crate::bytecode::Constant) -> Option<ConstKey> {
        use crate::bytecode::Constant as C;
        Some(match c {
            C::Int(i) => ConstKey::Int(*i),
            C::BigInt(s) => ConstKey::BigInt(s.clone()),
            C::Float(f) => ConstKey::Float(f.to_bits()),
            C::Str(s) => ConstKey::Str(s.clone()),
            C::Bytes(b) => ConstKey::Bytes(b.clone()),
            C::Tuple(items) => {
                ConstKey::Tuple(items.iter().map(ConstKey::of).collect::<Option<Vec<_>>>()?)
            }
            C::FrozenSet(items) => {
                ConstKey::FrozenSet(items.iter().map(ConstKey::of).collect::<Option<Vec<_>>>()?)
            }
            _ => return None,
        })
    }
}

/// Run a script (`pymem FILE.py` / `pymem -c`): returns the process exit status.
pub fn run_script(source: &str, filename: &str, argv: Vec<String>, malloc_stats: bool) -> i32 {
    let vm = Vm::new(argv);
    modules::signal::install_main(&vm);
    if filename != "<string>" {
        let dir = std::path::Path::new(filename)
            .parent()
            .map(|p| p.to_path_buf())
            .unwrap_or_default();
        *vm.script_dir.borrow_mut() = Some(if dir.as_os_str().is_empty() {
            ".".into()
        } else {
            dir
        });
    }
    let status = vm.run_main_source(source, filename);
    finish(&vm, malloc_stats);
    status
}

/// Run the module `module` as the main program, as `python -m` does (`sys.path[0]` the
/// current directory); `args` become `sys.argv[1:]`. Returns the exit status.
pub fn run_module(module: &str, args: Vec<String>, malloc_stats: bool) -> i32 {
    // `-m` until runpy puts the module's path in its place, as in CPython.
    let mut argv = vec!["-m".to_string()];
    argv.extend(args);
    let vm = Vm::new(argv);
    modules::signal::install_main(&vm);
    *vm.script_dir.borrow_mut() = Some(std::env::current_dir().unwrap_or_else(|_| ".".into()));
    let status = vm.run_main_module(module);
    finish(&vm, malloc_stats);
    status
}

/// After the main program: shut the VM down, flush, and report the heap if asked.
fn finish(vm: &Rc<Vm>, malloc_stats: bool) {
    vm.shutdown();
    vm.flush_stdout();
    if malloc_stats {
        vm.write_err(&modules::sys::malloc_report(vm));
    }
    CURRENT.with(|c| *c.borrow_mut() = Weak::new());
}

/// The running VM, for callbacks that come from the heap (finalizers, gc callbacks).
pub fn current_vm() -> Option<Rc<Vm>> {
    CURRENT.with(|c| c.borrow().upgrade())
}

/// Make `vm` this OS thread's [`current_vm`] (a new Python thread).
pub(crate) fn set_current_vm(vm: &Rc<Vm>) {
    CURRENT.with(|c| *c.borrow_mut() = Rc::downgrade(vm));
}

/// Forget this OS thread's [`current_vm`] (a Python thread ending: its thread-local must
/// not drop a reference count after the thread has let go of the VM).
pub(crate) fn clear_current_vm() {
    CURRENT.with(|c| *c.borrow_mut() = Weak::new());
}

/// Forget this OS thread's [`current_vm`] without touching its counts (a thread that
/// panicked leaves what it held alone).
pub(crate) fn forget_current_vm() {
    let _ = CURRENT.try_with(|c| {
        if let Ok(mut w) = c.try_borrow_mut() {
            std::mem::forget(std::mem::take(&mut *w));
        }
    });
}

/// What a captured run printed.
pub struct RunOutput {
    /// Exit status.
    pub status: i32,
    /// stdout text.
    pub stdout: String,
    /// stderr text.
    pub stderr: String,
}

/// Run a script with its output captured (for tests). `script_dir` is where `import NAME`
/// looks for `NAME.py`.
pub fn run_captured(
    source: &str,
    filename: &str,
    argv: Vec<String>,
    script_dir: Option<std::path::PathBuf>,
) -> RunOutput {
    let vm = Vm::with_capture(argv, true);
    *vm.script_dir.borrow_mut() = script_dir;
    let status = vm.run_main_source(source, filename);
    vm.shutdown();
    let (stdout, stderr) = vm
        .captured
        .as_ref()
        .map(|c| c.borrow().clone())
        .unwrap_or_default();
    CURRENT.with(|c| *c.borrow_mut() = Weak::new());
    drop(vm);
    RunOutput {
        status,
        stdout,
        stderr,
    }
}
