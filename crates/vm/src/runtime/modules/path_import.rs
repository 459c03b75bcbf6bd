//! Modules and packages found in directories, and the name rules of `import` statements.
//!
//! The facts followed are CPython 3.12's import system (`importlib._bootstrap` and its
//! path finder):
//!
//! * A top-level name is looked for in each directory of `sys.path` in order (`''` is the
//!   current directory). In one directory, a package (`NAME/__init__.py`) comes before a
//!   module (`NAME.py`); a directory `NAME` without `__init__.py` is remembered as a portion
//!   of a namespace package, which is made only if no directory has a package or module.
//! * pymem's standard library is frozen into the binary; it is searched right after the
//!   script's own directory (where CPython's stdlib directories sit on `sys.path`), so a
//!   script's `random.py` shadows it and a directory appended to `sys.path` does not. The
//!   modules CPython has built in or loaded at start-up (`errno`, `io`, `abc`, ...) come
//!   before any directory.
//! * `a.b` imports `a` first, then looks for `b` in `a.__path__` (no `__path__`: "'a' is
//!   not a package"), and binds the submodule as attribute `b` of `a`.
//! * Relative names (`from . import x`, `from ..p import y`) resolve against the importer's
//!   `__package__`, else its `__name__` (itself when it is a package, else its parent).
//! * `from pkg import name` imports the submodule `pkg.name` when the package has no such
//!   attribute; `import a.b` (no from-list) gives back the top-level package `a`.
//!
//! `pymem -m` finds a module by the same search without running it (`locate_top_level`,
//! `locate_submodule`; `runpy.rs` runs it as `__main__` instead).
//!
//! A module in `sys.modules` while its body runs (circular imports see it), removed again
//! when the body raises; what `sys.modules` holds for the name afterwards is the result.

use std::path::{Path, PathBuf};

use heap::{Gc, ObjRef};

use super::{import, new_module};
use crate::runtime::objects::*;
use crate::runtime::{PyResult, Vm};

/// What one `sys.path` directory holds for a name.
enum Found {
    /// `dir/NAME/__init__.py`.
    Package(PathBuf),
    /// `dir/NAME.py`.
    Module(PathBuf),
    /// A directory `dir/NAME` without `__init__.py`.
    Portion(PathBuf),
}

fn look_in(dir: &Path, name: &str) -> Option<Found> {
    // An empty part of a dotted name (`pkg.`, `a..b`) names nothing, not the directory.
    if name.is_empty() {
        return None;
    }
    let pkg = dir.join(name);
    let init = pkg.join("__init__.py");
    if init.is_file() {
        return Some(Found::Package(init));
    }
    let module = dir.join(format!("{name}.py"));
    if module.is_file() {
        return Some(Found::Module(module));
    }
    pkg.is_dir().then_some(Found::Portion(pkg))
}

/// The directories of a `sys.path`-like list (`''` standing for the current directory);
/// entries that are not strs are skipped, as CPython's path finder skips them.
fn directories(vm: &Vm, list: &ObjRef) -> PyResult<Vec<String>> {
    let mut dirs = Vec::new();
    for entry in vm.collect(list)? {
        if let Some(s) = entry.downcast_ref::<StrObj>() {
            dirs.push(s.s.to_string());
        }
    }
    Ok(dirs)
}

fn dir_path(entry: &str) -> PathBuf {
    if entry.is_empty() {
        PathBuf::from(".")
    } else {
        PathBuf::from(entry)
    }
}

/// Standard modules that CPython 3.12 has built in or imports while starting up, so that
/// a script's file of the same name never shadows them: pymem's frozen versions are taken
/// before `sys.path` is searched.
const BEFORE_PATH: &[&str] = &[
    "abc",
    "atexit",
    "codecs",
    "errno",
    "io",
    "itertools",
    "stat",
];

/// Where a module's code is, found without running it (`import` loads it; `-m` runs it
/// as `__main__` instead: `runpy.rs`).
pub enum Location {
    /// A source file: a module, or a package's `__init__.py` (`Some` of its directory).
    Source(PathBuf, Option<PathBuf>),
    /// pymem's frozen standard library (or a native module found at its place).
    Frozen,
    /// A namespace package over these directories.
    Namespace(Vec<PathBuf>),
}

/// Where the top-level module `name` is on `sys.path` (with the frozen standard library
/// after the script's directory). `Ok(None)`: not found anywhere.
pub fn locate_top_level(vm: &Vm, name: &str) -> PyResult<Option<Location>> {
    if BEFORE_PATH.contains(&name) && super::frozen::exists(name) {
        return Ok(Some(Location::Frozen));
    }
    let script_entry = super::sys::script_path_entry(vm);
    let entries = match vm
        .dict_get_str(&vm.modules, "sys")
        .map(|sys| vm.getattr_str(&sys, "path"))
    {
        Some(Ok(path)) => directories(vm, &path)?,
        _ => vec![script_entry.clone()],
    };
    let mut portions = Vec::new();
    let mut frozen_done = false;
    for entry in &entries {
        if let Some(loc) = location(look_in(&dir_path(entry), name), &mut portions) {
            return Ok(Some(loc));
        }
        if !frozen_done && *entry == script_entry {
            frozen_done = true;
            if super::frozen::exists(name) {
                return Ok(Some(Location::Frozen));
            }
        }
    }
    if !frozen_done && super::frozen::exists(name) {
        return Ok(Some(Location::Frozen));
    }
    Ok((!portions.is_empty()).then_some(Location::Namespace(portions)))
}

/// The top-level module `name` from `sys.path`, loaded. `Ok(None)`: not found anywhere.
pub fn find_top_level(vm: &Vm, name: &str) -> PyResult<Option<ObjRef>> {
    match locate_top_level(vm, name)? {
        Some(loc) => load(vm, name, loc).map(Some),
        None => Ok(None),
    }
}

/// Where the submodule `name` (`parent.child`) of the package `parent` (already imported)
/// is, from the directories of its `__path__`. `Ok(None)`: not there.
pub fn locate_submodule(
    vm: &Vm,
    name: &str,
    parent: &ObjRef,
    child: &str,
) -> PyResult<Option<Location>> {
    let parent_name = &name[..name.len() - child.len() - 1];
    let Some(path) = vm.getattr_opt(parent, &vm.intern("__path__")?)? else {
        return Err(vm.import_error(
            "ModuleNotFoundError",
            &format!("No module named '{name}'; '{parent_name}' is not a package"),
            name,
        ));
    };
    let mut portions = Vec::new();
    for entry in directories(vm, &path)? {
        if let Some(loc) = location(look_in(&dir_path(&entry), child), &mut portions) {
            return Ok(Some(loc));
        }
    }
    Ok((!portions.is_empty()).then_some(Location::Namespace(portions)))
}

/// The submodule `name` (`parent.child`) of the package `parent` (already imported),
/// loaded and bound as the package's attribute `child`.
pub fn find_submodule(vm: &Vm, name: &str, parent: &ObjRef, child: &str) -> PyResult<ObjRef> {
    let Some(loc) = locate_submodule(vm, name, parent, child)? else {
        return Err(vm.import_error(
            "ModuleNotFoundError",
            &format!("No module named '{name}'"),
            name,
        ));
    };
    let m = load(vm, name, loc)?;
    vm.setattr(parent, &vm.intern(child)?, m.clone())?;
    Ok(m)
}

/// What a directory held as a location, or a namespace portion remembered (`None`).
fn location(found: Option<Found>, portions: &mut Vec<PathBuf>) -> Option<Location> {
    match found? {
        Found::Package(init) => {
            let dir = init.parent().map(Path::to_path_buf).unwrap_or_default();
            Some(Location::Source(init, Some(dir)))
        }
        Found::Module(file) => Some(Location::Source(file, None)),
        Found::Portion(dir) => {
            portions.push(dir);
            None
        }
    }
}

/// Run the module found at `loc` as module `name`.
fn load(vm: &Vm, name: &str, loc: Location) -> PyResult {
    let not_found = || {
        vm.import_error(
            "ModuleNotFoundError",
            &format!("No module named '{name}'"),
            name,
        )
    };
    match loc {
        Location::Source(file, package_dir) => load_source(vm, name, &file, package_dir),
        Location::Frozen => super::frozen::import(vm, name)?.ok_or_else(not_found),
        Location::Namespace(portions) => {
            namespace_package(vm, name, portions)?.ok_or_else(not_found)
        }
    }
}

/// The text of a path as the module attributes show it.
fn shown(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

/// The text of a module's source file (UTF-8, as pymem compiles it).
pub fn read_source(vm: &Vm, file: &Path) -> PyResult<String> {
    match std::fs::read(file) {
        Ok(bytes) => String::from_utf8(bytes).or_else(|_| {
            vm.err(
                "SyntaxError",
                format!("source code of '{}' is not valid UTF-8", shown(file)),
            )
        }),
        Err(e) => vm.err("OSError", format!("{}: '{}'", e, shown(file))),
    }
}

/// Run `file` as module `name` (a package's `__init__.py` when `package_dir` is given).
fn load_source(vm: &Vm, name: &str, file: &Path, package_dir: Option<PathBuf>) -> PyResult {
    let src = read_source(vm, file)?;
    let m = new_module(vm, name)?;
    let fname = shown(file);
    let package = match &package_dir {
        Some(_) => name,
        None => name.rsplit_once('.').map_or("", |(p, _)| p),
    };
    vm.dict_set_str(&m.dict, "__file__", vm.new_str(&fname)?)?;
    vm.dict_set_str(&m.dict, "__package__", vm.new_str(package)?)?;
    if let Some(dir) = &package_dir {
        let path = vm.new_list(vec![vm.new_str(&shown(dir))?])?;
        vm.dict_set_str(&m.dict, "__path__", path)?;
    }
    let o: ObjRef = Gc::to_obj(&m);
    let key = vm.new_str(name)?;
    vm.dict_set(&vm.modules, key.clone(), o.clone())?;
    if let Err(e) = vm.exec_source(&src, &fname, &m.dict) {
        let _ = vm.dict_del(&vm.modules.0, &key);
        return Err(e);
    }
    // The body may have put something else in its place.
    Ok(vm.dict_get_str(&vm.modules, name).unwrap_or(o))
}

/// A namespace package over `portions` (none: not found).
fn namespace_package(vm: &Vm, name: &str, portions: Vec<PathBuf>) -> PyResult<Option<ObjRef>> {
    if portions.is_empty() {
        return Ok(None);
    }
    let m = new_module(vm, name)?;
    let dirs = portions
        .iter()
        .map(|p| vm.new_str(&shown(p)))
        .collect::<PyResult<Vec<_>>>()?;
    vm.dict_set_str(&m.dict, "__path__", vm.new_list(dirs)?)?;
    vm.dict_set_str(&m.dict, "__file__", vm.none())?;
    vm.dict_set_str(&m.dict, "__package__", vm.new_str(name)?)?;
    let o: ObjRef = Gc::to_obj(&m);
    vm.dict_set_str(&vm.modules, name, o.clone())?;
    Ok(Some(o))
}

/// The statement `import` and `__import__(name, globals, locals, fromlist, level)`: the
/// absolute name (relative ones resolved against `globals`), imported, then what the
/// statement binds: the module for a from-list (its submodules named there imported), the
/// top-level package without one.
pub fn import_name(
    vm: &Vm,
    name: &str,
    globals: Option<&ObjRef>,
    fromlist: &ObjRef,
    level: i64,
) -> PyResult {
    let absolute = if level > 0 {
        resolve_relative(vm, name, globals, level)?
    } else {
        if name.is_empty() {
            return vm.value_err("Empty module name");
        }
        name.to_string()
    };
    let module = import(vm, &absolute)?;
    let names = if vm.is_none(fromlist) {
        Vec::new()
    } else {
        vm.collect(fromlist)?
    };
    if names.is_empty() {
        if level == 0 {
            let top = absolute.split('.').next().unwrap_or(&absolute);
            return import(vm, top);
        }
        if name.is_empty() {
            return Ok(module);
        }
        // `from .a.b` without names cannot be written; `__import__('a.b', g, l, (), 1)`
        // gives the package the relative name's first part names.
        let cut = name.len() - name.split('.').next().map_or(0, str::len);
        return import(vm, &absolute[..absolute.len() - cut]);
    }
    if vm.getattr_opt(&module, &vm.intern("__path__")?)?.is_some() {
        import_from_list(vm, &module, &absolute, &names, false)?;
    }
    Ok(module)
}

/// The submodules of package `pkg` that a from-list names and the package lacks (`*`: the
/// names of its `__all__`). A submodule that does not exist is left for the statement's
/// own "cannot import name" error.
fn import_from_list(
    vm: &Vm,
    pkg: &ObjRef,
    pkg_name: &str,
    names: &[ObjRef],
    from_all: bool,
) -> PyResult<()> {
    for n in names {
        let Some(s) = n.downcast_ref::<StrObj>() else {
            let what = if from_all {
                format!("{pkg_name}.__all__")
            } else {
                "``from list''".to_string()
            };
            return vm.type_err(format!(
                "Item in {what} must be str, not {}",
                vm.type_name(n)
            ));
        };
        if &*s.s == "*" {
            if !from_all {
                if let Some(all) = vm.getattr_opt(pkg, &vm.intern("__all__")?)? {
                    let all = vm.collect(&all)?;
                    import_from_list(vm, pkg, pkg_name, &all, true)?;
                }
            }
            continue;
        }
        if vm.getattr_opt(pkg, n)?.is_some() {
            continue;
        }
        let full = format!("{pkg_name}.{}", s.s);
        if let Err(e) = import(vm, &full) {
            let missing = vm.exc_matches(&e, "ModuleNotFoundError")
                && vm
                    .getattr_str(&e, "name")
                    .ok()
                    .and_then(|v| v.downcast::<StrObj>())
                    .is_some_and(|v| *v.s == *full);
            if !missing {
                return Err(e);
            }
        }
    }
    Ok(())
}

/// The absolute name of `name` imported `level` packages up from the importer whose
/// namespace is `globals`.
fn resolve_relative(vm: &Vm, name: &str, globals: Option<&ObjRef>, level: i64) -> PyResult<String> {
    let name_missing = || {
        Err(vm.new_exception(
            &vm.exc_type("KeyError"),
            vec![vm.new_str("'__name__' not in globals")?],
        ))
    };
    let Some(g) = globals else {
        return name_missing();
    };
    let Some(g) = g.downcast::<DictObj>() else {
        return vm.type_err("globals must be a dict");
    };
    let package = match vm
        .dict_get_str(&g, "__package__")
        .filter(|p| !vm.is_none(p))
    {
        Some(p) => p,
        None => {
            let spec_parent = match vm.dict_get_str(&g, "__spec__").filter(|s| !vm.is_none(s)) {
                Some(spec) => Some(vm.getattr_str(&spec, "parent")?),
                None => None,
            };
            match spec_parent {
                Some(p) => p,
                None => {
                    let Some(module_name) = vm.dict_get_str(&g, "__name__") else {
                        return name_missing();
                    };
                    if vm.dict_get_str(&g, "__path__").is_some() {
                        module_name
                    } else {
                        let s = vm.str(&module_name)?;
                        vm.new_str(s.rsplit_once('.').map_or("", |(p, _)| p))?
                    }
                }
            }
        }
    };
    let Some(package) = package.downcast::<StrObj>() else {
        return vm.type_err("package must be a string");
    };
    if package.s.is_empty() {
        return Err(vm.exc_msg(
            "ImportError",
            "attempted relative import with no known parent package",
        ));
    }
    let mut base: &str = &package.s;
    for _ in 1..level {
        match base.rsplit_once('.') {
            Some((up, _)) => base = up,
            None => {
                return Err(vm.exc_msg(
                    "ImportError",
                    "attempted relative import beyond top-level package",
                ))
            }
        }
    }
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{name}")
    })
}
