//! `pymem -m MODULE`: the module runs as `__main__` the way CPython 3.12's
//! `runpy._run_module_as_main` runs it (py/runpy.py: its calls sit on the line numbers
//! CPython's tracebacks show for runpy), and `_runpy`, the native finder and source readers
//! behind `importlib.util`'s specs and loaders, which runpy uses.
//!
//! CPython's sequence, followed here: the parent packages are imported (their `__init__.py`
//! runs); the module is found without being imported (a package stands for its
//! `__main__` submodule); its code then runs in the namespace of the `__main__` module that
//! exists from start-up, with `__name__ == '__main__'`, `__package__` its parent package,
//! `__file__` and `sys.argv[0]` its path. Finding it is the import system's own search
//! (`path_import::locate_*`), so `-m` and `import` agree on what a name means.

use heap::Gc;

use super::path_import::{self, Location};
use super::{add_fn, frozen, import, new_module};
use crate::runtime::objects::*;
use crate::runtime::{Args, PyResult, Vm};

/// `_runpy.locate(name)`: where the module is, not running it: None, `('frozen', None)`,
/// `('namespace', [dirs])` or `('source', (path, package_dir or None))`. The parent of a
/// dotted name must be imported already.
fn locate(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(name) = a.pos.first().and_then(|n| n.downcast::<StrObj>()) else {
        return vm.type_err("locate() takes a module name");
    };
    let name = name.s.to_string();
    let location = match name.rsplit_once('.') {
        None => path_import::locate_top_level(vm, &name)?,
        Some((parent_name, child)) => {
            if frozen::exists(&name) {
                Some(Location::Frozen)
            } else {
                let parent = import(vm, parent_name)?;
                if vm.getattr_opt(&parent, &vm.intern("__path__")?)?.is_none() {
                    // importlib.util.find_spec's words for a parent that is no package.
                    return Err(vm.import_error(
                        "ModuleNotFoundError",
                        &format!(
                            "__path__ attribute not found on '{parent_name}' while trying to find '{name}'"
                        ),
                        &name,
                    ));
                }
                path_import::locate_submodule(vm, &name, &parent, child)?
            }
        }
    };
    let shown = |p: &std::path::Path| vm.new_str(&p.to_string_lossy());
    let (kind, where_) = match location {
        None => return Ok(vm.none()),
        Some(Location::Frozen) => ("frozen", vm.none()),
        Some(Location::Namespace(dirs)) => {
            let dirs = dirs
                .iter()
                .map(|d| shown(d))
                .collect::<PyResult<Vec<_>>>()?;
            ("namespace", vm.new_list(dirs)?)
        }
        Some(Location::Source(file, package_dir)) => {
            let dir = match package_dir {
                Some(d) => shown(&d)?,
                None => vm.none(),
            };
            ("source", vm.new_tuple([shown(&file)?, dir])?)
        }
    };
    vm.new_tuple([vm.new_str(kind)?, where_])
}

/// `_runpy.read_source(path)`: a module file's text, kept for the source lines of
/// tracebacks (as a module imported from that file has them).
fn read_source(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(path) = a.pos.first().and_then(|n| n.downcast::<StrObj>()) else {
        return vm.type_err("read_source() takes a path");
    };
    let text = path_import::read_source(vm, std::path::Path::new(&*path.s))?;
    vm.sources
        .borrow_mut()
        .insert(path.s.to_string(), text.as_str().into());
    vm.new_str(&text)
}

/// `_runpy.frozen_source(name)`: the source of a frozen module, or None.
fn frozen_source(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(name) = a.pos.first().and_then(|n| n.downcast::<StrObj>()) else {
        return vm.type_err("frozen_source() takes a module name");
    };
    match frozen::source_of(&name.s) {
        Some(src) => {
            vm.sources
                .borrow_mut()
                .insert(format!("<frozen {}>", name.s), src.into());
            vm.new_str(src)
        }
        None => Ok(vm.none()),
    }
}

/// The module `_runpy`.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "_runpy")?;
    add_fn(vm, &m, "locate", locate as NativeFn)?;
    add_fn(vm, &m, "read_source", read_source)?;
    add_fn(vm, &m, "frozen_source", frozen_source)?;
    Ok(m)
}

impl Vm {
    /// Run the module `name` as the main program (`pymem -m`); returns the exit status and
    /// prints uncaught errors. `sys.argv[0]` becomes the module's path.
    pub fn run_main_module(&self, name: &str) -> i32 {
        self.run_main(|vm, _main| {
            let runpy = import(vm, "runpy")?;
            let run = vm.getattr_str(&runpy, "_run_module_as_main")?;
            vm.call(&run, &[vm.new_str(name)?], None)?;
            Ok(())
        })
    }
}
