//! `open()`: text files read whole or written through, as context managers and iterators.

use std::cell::RefCell;

use heap::ObjRef;

use crate::runtime::objects::*;
use crate::runtime::{Args, PyResult, Vm};

fn file_class(vm: &Vm) -> PyResult {
    if let Some(c) = vm.dict_get_str(&vm.modules, "_pymem_file_class") {
        return Ok(c);
    }
    let ns = vm.new_dict()?;
    vm.dict_set_str(&ns, "__module__", vm.new_str("_io")?)?;
    let cls = vm.new_class("TextIOWrapper", vec![], ns)?;
    let t = cls.downcast::<TypeObj>().expect("class");
    for (n, f) in [
        ("read", read as NativeFn),
        ("readline", readline),
        ("readlines", readlines),
        ("write", write),
        ("close", close),
        ("__enter__", enter),
        ("__exit__", exit),
        ("__iter__", enter),
        ("__next__", next),
    ] {
        let func = vm.alloc_obj(BuiltinFunc {
            name: n,
            f,
            self_: None,
        })?;
        vm.dict_set_str(&t.dict, n, func)?;
    }
    vm.dict_set_str(&vm.modules, "_pymem_file_class", cls.clone())?;
    Ok(cls)
}

fn attr(vm: &Vm, o: &ObjRef, n: &str) -> PyResult {
    vm.getattr_str(o, n)
}

fn set(vm: &Vm, o: &ObjRef, n: &str, v: ObjRef) -> PyResult<()> {
    vm.setattr(o, &vm.intern(n)?, v)
}

/// `open(path, mode)`.
pub fn open(vm: &Vm, path: &str, mode: &str) -> PyResult {
    let cls = file_class(vm)?;
    let f = vm.call(&cls, &[], None)?;
    set(vm, &f, "name", vm.new_str(path)?)?;
    set(vm, &f, "mode", vm.new_str(mode)?)?;
    set(vm, &f, "closed", vm.false_.clone())?;
    if mode.contains('r') {
        match std::fs::read_to_string(path) {
            Ok(s) => {
                set(vm, &f, "_data", vm.new_str(&s)?)?;
                set(vm, &f, "_pos", vm.new_int(0)?)?;
            }
            Err(e) => return Err(vm.io_error(&e, Some(path))),
        }
    } else {
        let r = if mode.contains('a') {
            std::fs::OpenOptions::new()
                .append(true)
                .create(true)
                .open(path)
                .map(|_| ())
        } else {
            std::fs::write(path, "")
        };
        if let Err(e) = r {
            return Err(vm.io_error(&e, Some(path)));
        }
    }
    Ok(f)
}

fn data(vm: &Vm, f: &ObjRef) -> PyResult<(String, usize)> {
    let d = vm.str(&attr(vm, f, "_data")?)?;
    let p = vm.index(&attr(vm, f, "_pos")?)? as usize;
    Ok((d, p))
}

fn read(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (d, p) = data(vm, &a.pos[0])?;
    let rest = d.get(p..).unwrap_or("").to_string();
    set(vm, &a.pos[0], "_pos", vm.new_int(d.len() as i64)?)?;
    vm.new_str(&rest)
}

fn line_at(d: &str, p: usize) -> Option<(String, usize)> {
    let rest = d.get(p..)?;
    if rest.is_empty() {
        return None;
    }
    let end = rest.find('\n').map(|i| i + 1).unwrap_or(rest.len());
    Some((rest[..end].to_string(), p + end))
}

fn readline(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (d, p) = data(vm, &a.pos[0])?;
    match line_at(&d, p) {
        Some((l, np)) => {
            set(vm, &a.pos[0], "_pos", vm.new_int(np as i64)?)?;
            vm.new_str(&l)
        }
        None => vm.new_str(""),
    }
}

fn readlines(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (d, mut p) = data(vm, &a.pos[0])?;
    let mut v = Vec::new();
    while let Some((l, np)) = line_at(&d, p) {
        v.push(vm.new_str(&l)?);
        p = np;
    }
    set(vm, &a.pos[0], "_pos", vm.new_int(p as i64)?)?;
    vm.new_list(v)
}

fn next(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (d, p) = data(vm, &a.pos[0])?;
    match line_at(&d, p) {
        Some((l, np)) => {
            set(vm, &a.pos[0], "_pos", vm.new_int(np as i64)?)?;
            vm.new_str(&l)
        }
        None => Err(vm.new_exception(&vm.exc_type("StopIteration"), vec![])),
    }
}

fn write(vm: &Vm, a: &Args<'_>) -> PyResult {
    use std::io::Write;
    let f = &a.pos[0];
    let path = vm.str(&attr(vm, f, "name")?)?;
    let Some(s) = a.pos.get(1).and_then(|s| s.downcast::<StrObj>()) else {
        return vm.type_err("write() argument must be str");
    };
    let r = std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .and_then(|mut fh| fh.write_all(s.s.as_bytes()));
    if let Err(e) = r {
        return vm.err("OSError", e.to_string());
    }
    vm.new_int(s.nchars as i64)
}

fn close(vm: &Vm, a: &Args<'_>) -> PyResult {
    set(vm, &a.pos[0], "closed", vm.true_.clone())?;
    Ok(vm.none())
}

fn enter(vm: &Vm, a: &Args<'_>) -> PyResult {
    let _ = vm;
    Ok(a.pos[0].clone())
}

fn exit(vm: &Vm, a: &Args<'_>) -> PyResult {
    close(vm, &Args::new(&a.pos[..1]))?;
    Ok(vm.false_.clone())
}

#[allow(dead_code)]
fn unused(_: RefCell<()>) {}
