//! Built-in modules and the import machinery: `sys.modules`, then the native modules (`sys`,
//! `gc`, `math`, `time`, `obmalloc`, `unicodedata` and the `_logging`/`_collections`/
//! `_random`/`_weakref`/`_itertools`/`_tracemalloc`/`_sre`/`_struct`/`_array`/`_json`/
//! `_hashlib`/`_ast`/`_thread` helpers), then `NAME.py` beside the main script, then the frozen Python
//! modules (`logging`, `collections`, `itertools`, `random`, `weakref`, `atexit`, `io`,
//! `functools`, `contextlib`:
//! `frozen.rs`, sources in `py/`) — the order of CPython's builtins, `sys.path[0]`, stdlib.

pub mod array;
pub mod ast_convert;
pub mod ast_fstring;
pub mod ast_nodes;
pub mod binascii;
pub mod builtins_module;
pub mod cmath;
pub mod collections;
pub mod ctypes;
pub mod deque;
pub mod file_stream;
pub mod frozen;
pub mod gc;
pub mod hashlib;
pub mod io;
pub mod io_classes;
pub mod io_module;
pub mod itertools;
pub mod json;
pub mod json_encode;
pub mod json_scan;
pub mod logging;
pub mod math;
pub mod math_erf;
pub mod math_gamma;
pub mod math_sumprod;
pub mod obmalloc;
pub mod os;
pub mod os_fd;
pub mod os_sysinfo;
pub mod packing;
pub mod path_import;
pub mod random;
pub mod re;
pub mod resource;
pub mod runpy;
pub mod select;
pub mod signal;
pub mod std_streams;
pub mod stdin;
pub mod r#struct;
pub mod subprocess_spawn;
pub mod sys;
pub mod sys_frames;
pub mod thread;
pub mod time;
pub mod traceback;
pub mod tracemalloc;
pub mod tracemalloc_size;
pub mod unicodedata;
pub mod weakref;
pub mod zlib;

use heap::{Gc, ObjRef};

use super::frame::Frame;
use super::objects::class;
use super::objects::*;
use super::{Args, PyResult, Vm};

/// A new module object with a `__name__`.
pub fn new_module(vm: &Vm, name: &str) -> PyResult<Gc<ModuleObj>> {
    let dict = vm.new_dict()?;
    vm.dict_set_str(&dict, "__name__", vm.new_str(name)?)?;
    // Every module has a `__doc__`: its docstring replaces None when the body starts
    // with one.
    vm.dict_set_str(&dict, "__doc__", vm.none())?;
    vm.alloc(ModuleObj {
        name: name.into(),
        dict,
    })
}

/// Add a built-in function to a module.
pub fn add_fn(vm: &Vm, m: &ModuleObj, name: &'static str, f: NativeFn) -> PyResult<()> {
    let module = vm.intern(&m.name)?;
    let func = vm.alloc_obj(BuiltinFunc::function(name, f, Some(module)))?;
    vm.dict_set_str(&m.dict, name, func)
}

/// `_native_layout(cls)` (in `_array` and `_struct`): mark a prelude class as standing for
/// a C type of CPython, whose `__sizeof__` is the whole layout (`class::NATIVE_LAYOUT`).
pub fn native_layout(vm: &Vm, a: &Args<'_>) -> PyResult {
    match a.pos.first().and_then(|c| c.downcast::<TypeObj>()) {
        Some(cls) => {
            class::mark_native_layout(&cls);
            Ok(vm.none())
        }
        None => vm.type_err("_native_layout() needs a class"),
    }
}

/// Register the heap's collection callback that calls `gc.callbacks`.
pub fn install_gc_callback(vm: &Vm) {
    gc::install_callback(vm);
}

/// `import name`.
pub fn import(vm: &Vm, name: &str) -> PyResult {
    if let Some(m) = vm.dict_get_str(&vm.modules, name) {
        if vm.is_none(&m) {
            return Err(vm.import_error(
                "ModuleNotFoundError",
                &format!("import of {name} halted; None in sys.modules"),
                name,
            ));
        }
        return Ok(m);
    }
    let m: Option<Gc<ModuleObj>> = match name {
        "sys" => Some(sys::make(vm)?),
        "gc" => Some(gc::make(vm)?),
        "math" => Some(math::make(vm)?),
        "cmath" => Some(cmath::make(vm)?),
        "time" => Some(time::make(vm)?),
        "traceback" => Some(traceback::make(vm)?),
        "_logging" => Some(logging::make(vm)?),
        "_io" => Some(io_module::make(vm)?),
        "_collections" => Some(collections::make(vm)?),
        "_random" => Some(random::make(vm)?),
        "_sre" => Some(re::make(vm)?),
        "_itertools" => Some(itertools::make(vm)?),
        "_weakref" => Some(weakref::make(vm)?),
        "_tracemalloc" => Some(tracemalloc::make(vm)?),
        "obmalloc" => Some(obmalloc::make(vm)?),
        "ctypes" => Some(ctypes::make(vm)?),
        "_ctypes" => Some(ctypes::make_core(vm)?),
        "os" => Some(os::make(vm)?),
        "_struct" => Some(r#struct::make(vm)?),
        "_thread" => Some(thread::make(vm)?),
        "_array" => Some(array::make(vm)?),
        "_json" => Some(json::make(vm)?),
        "_hashlib" => Some(hashlib::make(vm)?),
        "_ast" => Some(ast_nodes::make(vm)?),
        "binascii" => Some(binascii::make(vm)?),
        "_runpy" => Some(runpy::make(vm)?),
        "zlib" => Some(zlib::make(vm)?),
        "unicodedata" => Some(unicodedata::make(vm)?),
        "_signal" => Some(signal::make(vm)?),
        // The module whose namespace is the builtins themselves.
        "builtins" => Some(builtins_module::make(vm)?),
        // Registered in sys.modules by `os` itself.
        "os.path" | "posixpath" => {
            import(vm, "os")?;
            return match vm.dict_get_str(&vm.modules, name) {
                Some(m) => Ok(m),
                None => vm.err("ModuleNotFoundError", format!("No module named '{name}'")),
            };
        }
        _ => None,
    };
    if let Some(m) = m {
        let o: ObjRef = m.into();
        vm.dict_set_str(&vm.modules, name, o.clone())?;
        return Ok(o);
    }
    if let Some((parent, child)) = name.rsplit_once('.') {
        let parent_module = import(vm, parent)?;
        // Importing the package may have imported the submodule.
        if let Some(m) = vm.dict_get_str(&vm.modules, name) {
            return Ok(m);
        }
        // The frozen standard library's packages are modules without `__path__`, whose
        // submodules are frozen too.
        if vm
            .getattr_opt(&parent_module, &vm.intern("__path__")?)?
            .is_none()
        {
            if let Some(o) = frozen::import(vm, name)? {
                return Ok(o);
            }
        }
        return path_import::find_submodule(vm, name, &parent_module, child);
    }
    if let Some(o) = path_import::find_top_level(vm, name)? {
        return Ok(o);
    }
    Err(vm.import_error(
        "ModuleNotFoundError",
        &format!("No module named '{name}'"),
        name,
    ))
}

impl Vm {
    /// Compile and run source in a namespace.
    pub fn exec_source(&self, src: &str, filename: &str, globals: &Gc<DictObj>) -> PyResult<()> {
        self.exec_unit(src, filename, globals, false)
    }

    /// `exec_source`; `main` keeps the unit's parse-tree references to its constants while
    /// it runs (CPython runs the main script with its AST alive; an imported module's code
    /// comes from `compile()`, whose AST is gone).
    fn exec_unit(
        &self,
        src: &str,
        filename: &str,
        globals: &Gc<DictObj>,
        main: bool,
    ) -> PyResult<()> {
        if filename != "<string>" {
            self.sources
                .borrow_mut()
                .insert(filename.to_string(), src.into());
        }
        // Warnings print as compiling finds them: before a SyntaxError too.
        let (code, warnings) = crate::compile_reporting(src, filename, crate::Mode::Exec);
        crate::runtime::errors::write_syntax_warnings(self, &warnings);
        let code = match code {
            Ok(c) => c,
            Err(e) => {
                let t = self.exc_type(e.kind.class_name());
                let msg = self.new_str(&e.msg)?;
                let exc = self.new_exception(&t, vec![msg]);
                let mut text = e.to_string();
                if !text.ends_with('\n') {
                    text.push('\n');
                }
                let _ = self.setattr(&exc, &self.intern("_pymem_text")?, self.new_str(&text)?);
                return Err(exc);
            }
        };
        let (data, parse_refs) = self.unit_code_data(&code)?;
        if !main {
            drop(parse_refs);
            return self.run_module_code(&code, data, globals);
        }
        let r = self.run_module_code(&code, data, globals);
        drop(parse_refs);
        r
    }

    fn run_module_code(
        &self,
        code: &crate::bytecode::CodeObject,
        data: std::rc::Rc<crate::runtime::frame::CodeData>,
        globals: &Gc<DictObj>,
    ) -> PyResult<()> {
        if self.dict_get_str(globals, "__builtins__").is_none() {
            self.dict_set_str(globals, "__builtins__", Gc::to_obj(&self.builtins))?;
        }
        let mut frame = Frame {
            data,
            slots: vec![None; code.n_slots as usize],
            stack: heap::ValueStack::with_capacity(code.max_stack as usize),
            blocks: Vec::new(),
            globals: globals.clone(),
            locals: Some(globals.clone()),
            closure: None,
            lasti: 0,
        };
        self.enter()?;
        let r = super::eval::run_frame(self, &mut frame);
        self.leave();
        r.map(|_| ())
    }

    /// Run the main script; returns the exit status and prints uncaught errors.
    pub fn run_main_source(&self, src: &str, filename: &str) -> i32 {
        self.run_main(|vm, m| {
            if filename != "<string>" {
                vm.dict_set_str(&m.dict, "__file__", vm.new_str(filename)?)?;
            }
            vm.exec_unit(src, filename, &m.dict, true)
        })
    }

    /// Make the `__main__` module and run `body` with it (the main script, or `-m`'s
    /// module); returns the exit status and prints uncaught errors.
    pub(crate) fn run_main(&self, body: impl FnOnce(&Vm, &Gc<ModuleObj>) -> PyResult<()>) -> i32 {
        if let Err(fatal) = tracemalloc::start_from_env(self) {
            self.write_err(&fatal);
            return 1;
        }
        let r = (|| -> PyResult<()> {
            let sysm = import(self, "sys")?;
            let _ = sysm;
            let m = new_module(self, "__main__")?;
            // The main module's namespace as CPython's: no package or spec, and the
            // builtins module itself (imported modules get its dict).
            self.dict_set_str(&m.dict, "__package__", self.none())?;
            self.dict_set_str(&m.dict, "__spec__", self.none())?;
            self.dict_set_str(&m.dict, "__builtins__", import(self, "builtins")?)?;
            self.dict_set_str(&self.modules, "__main__", Gc::to_obj(&m))?;
            body(self, &m)
        })();
        match r {
            Ok(()) => 0,
            Err(e) => self.report_uncaught(&e),
        }
    }

    /// Print an uncaught exception (or handle `SystemExit`); returns the exit status.
    pub fn report_uncaught(&self, e: &ObjRef) -> i32 {
        self.flush_stdout();
        if self.exc_matches(e, "SystemExit") {
            // `code`: None without arguments, the argument, or the tuple of several.
            let code = self.getattr_str(e, "code").ok();
            return match code {
                None => 0,
                Some(c) if self.is_none(&c) => 0,
                Some(c) => match self.as_i64(&c) {
                    Some(i) => i as i32,
                    None => {
                        self.write_err(&format!("{}\n", self.str(&c).unwrap_or_default()));
                        1
                    }
                },
            };
        }
        if let Ok(Some(text)) = self
            .intern("_pymem_text")
            .and_then(|n| self.getattr_opt(e, &n))
        {
            self.write_err(&self.str(&text).unwrap_or_default());
            return 1;
        }
        if !self.call_user_excepthook(e) {
            self.write_err(&super::errors::format_exception(self, e));
        }
        if self.exc_matches(e, "KeyboardInterrupt") {
            // CPython ends by SIGINT after the traceback (`signal_os::exit`); a shell sees
            // 128 + 2 either way.
            super::signal_os::note_keyboard_interrupt_exit();
            return 130;
        }
        1
    }
}

impl Vm {
    /// A script's own `sys.excepthook` (one that is not `sys.__excepthook__`) gets the
    /// uncaught exception; true when it ran. An error in the hook is printed before the
    /// original exception, as CPython's `_PyErr_PrintEx`.
    fn call_user_excepthook(&self, e: &ObjRef) -> bool {
        let Some(sys) = self
            .dict_get_str(&self.modules, "sys")
            .and_then(|m| m.downcast::<ModuleObj>())
        else {
            return false;
        };
        let Some(hook) = self.dict_get_str(&sys.dict, "excepthook") else {
            self.write_err("sys.excepthook is missing\n");
            return false;
        };
        if self
            .dict_get_str(&sys.dict, "__excepthook__")
            .is_some_and(|h| h.ptr_eq(&hook))
        {
            return false;
        }
        let tb = self
            .getattr_str(e, "__traceback__")
            .unwrap_or_else(|_| self.none());
        let args = [self.type_of(e).into(), e.clone(), tb];
        match self.call(&hook, &args, None) {
            Ok(_) => true,
            Err(hook_err) => {
                if self.exc_matches(&hook_err, "SystemExit") {
                    // CPython exits with the hook's SystemExit code; keep the caller's.
                    return true;
                }
                self.write_err("Error in sys.excepthook:\n");
                self.write_err(&super::errors::format_exception(self, &hook_err));
                self.write_err("\nOriginal exception was:\n");
                false
            }
        }
    }
}

/// Shared helper: the first positional argument or a keyword.
pub fn arg_or_kw<'a>(a: &Args<'a>, i: usize, name: &str) -> Option<&'a ObjRef> {
    a.pos.get(i).or_else(|| a.kw(name))
}
