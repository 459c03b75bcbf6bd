//! Frozen modules: standard-library modules written in Python, embedded in the binary with
//! `include_str!` and executed on first import (as CPython runs its own `Lib/*.py`).
//!
//! A frozen module may lean on a native helper module (`_logging`, `_collections`, ...) for
//! the parts that need the runtime's internals; a native module may also run a small frozen
//! prelude into its own namespace ([`exec_into`]) for the parts easier to say in Python.

use heap::{Gc, ObjRef};

use super::new_module;
use crate::runtime::objects::*;
use crate::runtime::{PyResult, Vm};

/// The source of the frozen module `name`, if there is one.
fn source(name: &str) -> Option<&'static str> {
    Some(match name {
        "logging" => include_str!("py/logging.py"),
        "collections" => include_str!("py/collections.py"),
        "collections.abc" => include_str!("py/collections_abc.py"),
        "itertools" => include_str!("py/itertools.py"),
        "random" => include_str!("py/random.py"),
        "weakref" => include_str!("py/weakref.py"),
        "atexit" => include_str!("py/atexit.py"),
        "io" => include_str!("py/io.py"),
        "functools" => include_str!("py/functools.py"),
        "contextlib" => include_str!("py/contextlib.py"),
        "types" => include_str!("py/types.py"),
        "abc" => include_str!("py/abc.py"),
        "copy" => include_str!("py/copy.py"),
        "pickle" => include_str!("py/pickle.py"),
        "copyreg" => include_str!("py/copyreg.py"),
        "codecs" => include_str!("py/codecs.py"),
        "contextvars" => include_str!("py/contextvars.py"),
        "dataclasses" => include_str!("py/dataclasses.py"),
        "enum" => include_str!("py/enum.py"),
        "operator" => include_str!("py/operator.py"),
        "heapq" => include_str!("py/heapq.py"),
        "bisect" => include_str!("py/bisect.py"),
        "string" => include_str!("py/string.py"),
        "keyword" => include_str!("py/keyword.py"),
        "typing" => include_str!("py/typing.py"),
        "textwrap" => include_str!("py/textwrap.py"),
        "argparse" => include_str!("py/argparse.py"),
        "pathlib" => include_str!("py/pathlib.py"),
        "tempfile" => include_str!("py/tempfile.py"),
        "json" => include_str!("py/json.py"),
        "re" => include_str!("py/re.py"),
        "warnings" => include_str!("py/warnings.py"),
        "__future__" => include_str!("py/__future__.py"),
        "tracemalloc" => include_str!("py/tracemalloc.py"),
        "datetime" => include_str!("py/datetime.py"),
        "pprint" => include_str!("py/pprint.py"),
        "struct" => include_str!("py/struct.py"),
        "array" => include_str!("py/array.py"),
        "numbers" => include_str!("py/numbers.py"),
        "fractions" => include_str!("py/fractions.py"),
        "statistics" => include_str!("py/statistics.py"),
        "timeit" => include_str!("py/timeit.py"),
        "difflib" => include_str!("py/difflib.py"),
        "unittest" => include_str!("py/unittest.py"),
        "shutil" => include_str!("py/shutil.py"),
        "fnmatch" => include_str!("py/fnmatch.py"),
        "glob" => include_str!("py/glob.py"),
        "calendar" => include_str!("py/calendar.py"),
        "stat" => include_str!("py/stat.py"),
        "hashlib" => include_str!("py/hashlib.py"),
        "base64" => include_str!("py/base64.py"),
        "uuid" => include_str!("py/uuid.py"),
        "hmac" => include_str!("py/hmac.py"),
        "secrets" => include_str!("py/secrets.py"),
        "csv" => include_str!("py/csv.py"),
        "html" => include_str!("py/html.py"),
        "getopt" => include_str!("py/getopt.py"),
        "graphlib" => include_str!("py/graphlib.py"),
        "importlib" => include_str!("py/importlib.py"),
        "inspect" => include_str!("py/inspect.py"),
        "importlib.util" => include_str!("py/importlib_util.py"),
        "_native_attr" => include_str!("py/_native_attr.py"),
        "errno" => include_str!("py/errno.py"),
        "reprlib" => include_str!("py/reprlib.py"),
        "linecache" => include_str!("py/linecache.py"),
        "shlex" => include_str!("py/shlex.py"),
        "platform" => include_str!("py/platform.py"),
        "runpy" => include_str!("py/runpy.py"),
        "asyncio" => include_str!("py/asyncio.py"),
        "ast" => include_str!("py/ast.py"),
        "threading" => include_str!("py/threading.py"),
        "queue" => include_str!("py/queue.py"),
        "concurrent" => include_str!("py/concurrent.py"),
        "concurrent.futures" => include_str!("py/concurrent_futures.py"),
        "signal" => include_str!("py/signal.py"),
        "_ast_unparse" => include_str!("py/_ast_unparse.py"),
        "subprocess" => include_str!("py/subprocess.py"),
        "locale" => include_str!("py/locale.py"),
        "faulthandler" => include_str!("py/faulthandler.py"),
        "selectors" => include_str!("py/selectors.py"),
        _ => return None,
    })
}

/// Whether `name` is a frozen module (or a native one found at their place), for finders
/// that locate a module without importing it.
pub fn exists(name: &str) -> bool {
    native(name).is_some() || source(name).is_some()
}

/// The Python source of the frozen module `name` (`-m` runs it as `__main__`).
pub fn source_of(name: &str) -> Option<&'static str> {
    source(name)
}

/// Frozen modules that CPython itself freezes into its binary: its tracebacks show their
/// frames (`File "<frozen runpy>", line 198, ...`) without source lines, as here.
const WITHOUT_SOURCE_LINES: &[&str] = &["runpy"];

/// A native module's constructor.
type MakeModule = fn(&Vm) -> PyResult<Gc<ModuleObj>>;

/// Native modules found at the place of the frozen ones (after the script's directory):
/// CPython's extension modules in `lib-dynload`, which a script's own file shadows too.
fn native(name: &str) -> Option<MakeModule> {
    Some(match name {
        "resource" => super::resource::make,
        "select" => super::select::make,
        "_subprocess" => super::subprocess_spawn::make,
        _ => return None,
    })
}

/// Frozen code standing in for CPython's C code, which runs without frames: tracebacks and
/// `__traceback__` chains leave it out. Each entry is a frozen file name and the qualified
/// names (prefixes) of its stand-ins; an empty list means the whole module.
const FRAMELESS: &[(&str, &[&str])] = &[
    ("<frozen io>", &[]),
    ("<frozen _io>", &[]),
    // `_thread` is C in CPython (its locks, `_local`, `_excepthook`); so is `_queue`'s
    // SimpleQueue (threading.py and queue.py themselves are Python there).
    ("<frozen _thread>", &[]),
    ("<frozen queue>", &["SimpleQueue."]),
    // asyncio's Future and Task are C in CPython (`_asyncio`): a task's traceback starts
    // at its coroutine.
    (
        "<frozen asyncio>",
        &["Future.", "Task.", "_GatheringFuture."],
    ),
    ("<frozen resource>", &[]),
    // CPython's pickle runs in C (`_pickle`), and so do contextvars and the default reduce
    // protocol of `object` (copyreg's own functions are Python there too).
    ("<frozen pickle>", &[]),
    ("<frozen contextvars>", &[]),
    (
        "<frozen copyreg>",
        &[
            "_object_",
            "_reduce_by_protocol",
            "_getnewargs",
            "_builtin_base",
            "_is_python_class",
            "_cannot_pickle",
        ],
    ),
    // os.stat and stat_result are C in CPython (os.walk is Python, in `<frozen os>` too).
    (
        "<frozen os>",
        &[
            "stat",
            "lstat",
            "_make_stat",
            "_field",
            "_extra_field",
            "fspath",
            "scandir",
            "DirEntry.",
            "_ScandirIterator.",
            "terminal_size.",
            "uname_result.",
        ],
    ),
    // weakref.ref, proxy and the counting functions are C in CPython (WeakMethod, finalize
    // and the weak containers are Python there).
    (
        "<frozen weakref>",
        &[
            "_refs_to",
            "_prune",
            "_remember",
            "ReferenceType.",
            "KeyedRef.",
            "_proxy_target",
            "_unwrap",
            "ProxyType.",
            "CallableProxyType.",
            "proxy",
            "_internal_refs",
            "getweakref",
        ],
    ),
    ("<frozen datetime>", &[]),
    ("<frozen operator>", &[]),
    ("<frozen bisect>", &[]),
    ("<frozen itertools>", &[]),
    ("<frozen struct>", &[]),
    ("<frozen array>", &[]),
    ("<frozen atexit>", &[]),
    ("<frozen _hashlib>", &[]),
    ("<frozen binascii>", &[]),
    ("<frozen zlib>", &[]),
    // The `_csv` half of csv is C in CPython (Dialect, DictReader and DictWriter are Python).
    (
        "<frozen csv>",
        &[
            "Reader.",
            "Writer.",
            "_Dialect.",
            "_char",
            "_is_number",
            "reader",
            "writer",
            "register_dialect",
            "unregister_dialect",
            "get_dialect",
            "list_dialects",
            "field_size_limit",
        ],
    ),
    // CPython's unittest strips its own frames from the tracebacks it reports (the
    // modules marked `__unittest`); here they are never recorded.
    ("<frozen unittest>", &[]),
    // `merge`, `nsmallest` and `nlargest` are Python in CPython's heapq too.
    ("<frozen heapq>", &["heap", "_"]),
    (
        "<frozen functools>",
        &[
            "reduce",
            "partial.",
            "_make_key",
            "_lru_cache_wrapper.",
            "cmp_to_key.",
        ],
    ),
    // Counter, ChainMap and namedtuple() are Python in CPython's collections too.
    (
        "<frozen collections>",
        &[
            "_DictWrapper.",
            "defaultdict.",
            "OrderedDict.",
            "deque.",
            "_count_elements",
            "_NamedTuple.",
            "_field_getter.",
        ],
    ),
];

/// Whether tracebacks show the frames of `code` (see [`FRAMELESS`]).
pub fn shows_frames(code: &crate::bytecode::CodeObject) -> bool {
    if !code.filename.starts_with("<frozen ") {
        return true;
    }
    let Some((_, names)) = FRAMELESS.iter().find(|(f, _)| **f == *code.filename) else {
        return true;
    };
    !names.is_empty() && !names.iter().any(|n| code.qualname.starts_with(n))
}

/// The file name tracebacks show for code of the frozen module `name`.
fn filename(name: &str) -> String {
    format!("<frozen {name}>")
}

/// Import the frozen module `name`: `Ok(None)` when there is no such frozen module.
/// The module is in `sys.modules` while its body runs (so circular imports see it) and
/// removed again if the body raises, as CPython does.
pub fn import(vm: &Vm, name: &str) -> PyResult<Option<ObjRef>> {
    if let Some(make) = native(name) {
        let o: ObjRef = make(vm)?.into();
        vm.dict_set_str(&vm.modules, name, o.clone())?;
        return Ok(Some(o));
    }
    let Some(src) = source(name) else {
        // `json.decoder`: a frozen module's submodules are registered in sys.modules by the
        // module itself, so importing the parent makes them importable.
        if let Some((parent, _)) = name.rsplit_once('.') {
            if source(parent).is_some() {
                super::import(vm, parent)?;
                return Ok(vm.dict_get_str(&vm.modules, name));
            }
        }
        return Ok(None);
    };
    // A submodule (`collections.abc`): its package is imported first, and gets the
    // submodule as an attribute once the body ran, as the import system does.
    let parent = match name.rsplit_once('.') {
        Some((p, _)) => Some(super::import(vm, p)?),
        None => None,
    };
    if let Some(o) = vm.dict_get_str(&vm.modules, name) {
        return Ok(Some(o));
    }
    let m = new_module(vm, name)?;
    let o: ObjRef = Gc::to_obj(&m);
    vm.dict_set_str(&vm.modules, name, o.clone())?;
    let r = vm.exec_source(src, &filename(name), &m.dict);
    if WITHOUT_SOURCE_LINES.contains(&name) {
        vm.sources.borrow_mut().remove(&filename(name));
    }
    if let Err(e) = r {
        let k = vm.new_str(name)?;
        let _ = vm.dict_del(&vm.modules.0, &k);
        return Err(e);
    }
    if let (Some(parent), Some((_, child))) = (parent, name.rsplit_once('.')) {
        vm.setattr(&parent, &vm.intern(child)?, o.clone())?;
    }
    Ok(Some(o))
}

/// Run frozen Python source `src` inside the namespace of the (native) module `m`.
pub fn exec_into(vm: &Vm, m: &Gc<ModuleObj>, src: &str) -> PyResult<()> {
    vm.exec_source(src, &filename(&m.name), &m.dict)
}
