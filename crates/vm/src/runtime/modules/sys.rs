//! The `sys` module: getrefcount, getsizeof (CPython 3.12's sizes), argv, exit,
//! recursion limit, version_info, implementation, _debugmallocstats, stdout/stderr.

use heap::{Gc, ObjRef};

use super::{add_fn, new_module};
use crate::runtime::objects::class::Kind;
use crate::runtime::objects::*;
use crate::runtime::{Args, PyResult, Vm};

/// CPython 3.12's `sys.getsizeof` without calling `__sizeof__` overrides.
pub fn basic_sizeof(vm: &Vm, o: &ObjRef) -> PyResult<usize> {
    Ok(if let Some(i) = o.downcast::<IntObj>() {
        i.sizeof()
    } else if o.is::<BoolObj>() {
        28
    } else if o.is::<FloatObj>() {
        24
    } else if o.is::<ComplexObj>() {
        32
    } else if let Some(s) = o.downcast::<StrObj>() {
        s.sizeof()
    } else if let Some(b) = o.downcast::<BytesObj>() {
        b.sizeof()
    } else if let Some(t) = o.downcast::<TupleObj>() {
        40 + 8 * t.0.len()
    } else if let Some(l) = o.downcast::<ListObj>() {
        56 + 8 * l.alloc.get().max(l.items.borrow().len())
    } else if let Some(d) = o.downcast::<DictObj>() {
        d.0.borrow().dict_sizeof()
    } else if let Some(s) = o.downcast::<SetObj>() {
        s.inner.borrow().set_sizeof()
    } else if let Some(i) = o.downcast::<Instance>() {
        if let Some(b) = i.base_value() {
            let base_size = basic_sizeof(vm, &b)?;
            return Ok(crate::runtime::subclass::sizeof_with_base(
                &i, &b, base_size,
            ));
        }
        match &i.cls.slots {
            Some(s) => 32 + 8 * s.len(),
            None if i.exc().is_some() => 72,
            None => 48,
        }
    } else if o.is::<NoneObj>() {
        16
    } else if o.is::<FuncObj>() {
        160
    } else if o.is::<BoundMethod>() {
        48
    } else if o.is::<BuiltinFunc>() {
        72
    } else if o.is::<RangeObj>() {
        48
    } else if o.is::<CellObj>() {
        40
    } else if o.is::<ModuleObj>() {
        72
    } else if o.is::<TypeObj>() {
        1704
    } else if o.is::<SliceObj>() {
        56
    } else if let Some(g) = o.downcast_ref::<GenObj>() {
        // CPython's gen_sizeof: the generator with its embedded frame, one word per local
        // and per value-stack slot of the code (finished: the frame is gone here, 200 is
        // a typical size).
        match g
            .frame
            .try_borrow()
            .ok()
            .as_deref()
            .and_then(|f| f.as_ref())
        {
            Some(f) => {
                let c = f.code();
                160 + 8 * (c.n_slots as usize + c.max_stack as usize)
            }
            None => 200,
        }
    } else if o.is::<IterObj>() {
        48
    } else {
        let _ = vm;
        o.allocated_size()
    })
}

fn getsizeof(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(o) = a.pos.first() else {
        return vm.type_err("getsizeof() missing required argument 'object' (pos 1)");
    };
    if let Some(inst) = o.downcast::<Instance>() {
        if let Some(f) = vm.lookup_type_attr(&inst.cls, "__sizeof__")? {
            if f.is::<FuncObj>() {
                let r = vm.call(&f, std::slice::from_ref(o), None)?;
                let n = vm.index(&r)?;
                if n < 0 {
                    return vm.value_err("__sizeof__() should return >= 0");
                }
                return vm.new_int(n + 16);
            }
        }
    }
    vm.new_int(basic_sizeof(vm, o)? as i64)
}

fn getrefcount(vm: &Vm, a: &Args<'_>) -> PyResult {
    if a.pos.len() != 1 {
        return vm.type_err(format!(
            "sys.getrefcount() takes exactly one argument ({} given)",
            a.pos.len()
        ));
    }
    vm.new_int(a.pos[0].refcount() as i64)
}

fn get_int_max_str_digits(vm: &Vm, _a: &Args<'_>) -> PyResult {
    vm.new_int(crate::runtime::int_digits::limit() as i64)
}

fn set_int_max_str_digits(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(n) = a.pos.first().or_else(|| a.kw("maxdigits")) else {
        return vm
            .type_err("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
    };
    let n = vm.index(n)?;
    let threshold = crate::runtime::int_digits::THRESHOLD as i64;
    if n != 0 && n < threshold {
        return vm.value_err(format!("maxdigits must be 0 or larger than {threshold}"));
    }
    crate::runtime::int_digits::set_limit(n as usize);
    Ok(vm.none())
}

fn getrecursionlimit(vm: &Vm, _a: &Args<'_>) -> PyResult {
    vm.new_int(vm.recursion_limit.get() as i64)
}

fn setrecursionlimit(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(n) = a.pos.first() else {
        return vm.type_err("setrecursionlimit() takes exactly one argument (0 given)");
    };
    if n.is::<FloatObj>() {
        return vm.type_err("'float' object cannot be interpreted as an integer");
    }
    let n = vm.index(n)?;
    if n < 1 {
        return vm.value_err("recursion limit must be greater or equal than 1");
    }
    if (n as usize) <= vm.depth.get() {
        return vm.err(
            "RecursionError",
            format!("cannot set the recursion limit to {} at the recursion depth {}: the limit is too low", n, vm.depth.get()),
        );
    }
    vm.recursion_limit.set(n as usize);
    Ok(vm.none())
}

fn exit(vm: &Vm, a: &Args<'_>) -> PyResult {
    Err(vm.new_exception(&vm.exc_type("SystemExit"), a.pos.to_vec()))
}

/// The `sys._debugmallocstats()` text: the allocator report, then the free lists (dicts,
/// floats, lists). Each is listed even before its type's first object exists
/// (`0 free PyFloatObjects`), as CPython always lists them.
pub fn malloc_report(vm: &Vm) -> String {
    let _ = vm.heap.type_slots::<FloatObj>();
    let _ = vm.heap.type_slots::<ListObj>();
    let _ = vm.heap.type_slots::<DictObj>();
    let mut s = String::new();
    let _ = vm.heap.write_malloc_stats(&mut s);
    s
}

fn debugmallocstats(vm: &Vm, _a: &Args<'_>) -> PyResult {
    vm.flush_stdout();
    vm.write_err(&malloc_report(vm));
    Ok(vm.none())
}

fn exc_info(vm: &Vm, _a: &Args<'_>) -> PyResult {
    match vm.handled.borrow().clone() {
        Some(e) => {
            let t = Gc::into_obj(vm.type_of(&e));
            let tb = match e.downcast_ref::<Instance>().and_then(|i| i.exc()) {
                Some(d) => vm.exc_traceback(&d)?,
                None => vm.none(),
            };
            vm.new_tuple(vec![t, e, tb])
        }
        None => vm.new_tuple(vec![vm.none(), vm.none(), vm.none()]),
    }
}

fn exception(vm: &Vm, _a: &Args<'_>) -> PyResult {
    Ok(vm.handled.borrow().clone().unwrap_or_else(|| vm.none()))
}

fn intern(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(s) = a.pos.first() else {
        return vm.type_err("intern() takes exactly one argument (0 given)");
    };
    let t = vm.str(s)?;
    vm.intern(&t)
}

fn stream_write(vm: &Vm, a: &Args<'_>) -> PyResult {
    if a.pos.len() != 2 {
        return vm.type_err("write() takes exactly one argument");
    }
    let fd = vm.getattr_str(&a.pos[0], "_fd")?;
    let Some(s) = a.pos[1].downcast::<StrObj>() else {
        return vm.type_err(format!(
            "write() argument must be str, not {}",
            vm.type_name(&a.pos[1])
        ));
    };
    if vm.as_i64(&fd) == Some(2) {
        vm.write_err(&s.s);
    } else {
        vm.write_out(&s.s);
    }
    vm.new_int(s.nchars as i64)
}

fn stream_flush(vm: &Vm, _a: &Args<'_>) -> PyResult {
    vm.flush_stdout();
    Ok(vm.none())
}

/// Build the `sys` module.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "sys")?;
    for (n, f) in [
        ("getsizeof", getsizeof as NativeFn),
        ("getrefcount", getrefcount),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("exit", exit),
        ("_debugmallocstats", debugmallocstats),
        ("exc_info", exc_info),
        ("exception", exception),
        ("intern", intern),
        ("get_int_max_str_digits", get_int_max_str_digits),
        ("set_int_max_str_digits", set_int_max_str_digits),
    ] {
        add_fn(vm, &m, n, f)?;
    }
    let d = &m.dict;
    let mut argv = Vec::new();
    for a in &vm.argv {
        argv.push(vm.new_str(a)?);
    }
    vm.dict_set_str(d, "argv", vm.new_list(argv)?)?;
    let vi = vec![
        vm.new_int(3)?,
        vm.new_int(12)?,
        vm.new_int(1)?,
        vm.new_str("final")?,
        vm.new_int(0)?,
    ];
    vm.dict_set_str(d, "version_info", vm.new_tuple(vi)?)?;
    vm.dict_set_str(d, "version", vm.new_str("3.12.1 (pymem)")?)?;
    vm.dict_set_str(d, "platform", vm.new_str("linux")?)?;
    vm.dict_set_str(d, "byteorder", vm.new_str("little")?)?;
    vm.dict_set_str(d, "maxsize", vm.new_int(i64::MAX)?)?;
    vm.dict_set_str(d, "modules", Gc::to_obj(&vm.modules))?;
    vm.dict_set_str(d, "path", vm.new_list(vec![])?)?;
    let imp = new_module(vm, "implementation")?;
    vm.dict_set_str(&imp.dict, "name", vm.new_str("pymem")?)?;
    vm.dict_set_str(&imp.dict, "cache_tag", vm.none())?;
    vm.dict_set_str(d, "implementation", imp.into())?;
    // stdout / stderr: instances of a small class with write/flush.
    let ns = vm.new_dict()?;
    vm.dict_set_str(&ns, "__module__", vm.new_str("io")?)?;
    let cls = vm.new_class("TextIOWrapper", vec![], ns)?;
    let clst = cls.downcast::<TypeObj>().expect("class");
    debug_assert_eq!(clst.kind, Kind::Object);
    for (n, f) in [("write", stream_write as NativeFn), ("flush", stream_flush)] {
        let func = vm.alloc_obj(BuiltinFunc {
            name: n,
            f,
            self_: None,
        })?;
        vm.dict_set_str(&clst.dict, n, func)?;
    }
    for (n, fd) in [("stdout", 1), ("stderr", 2)] {
        let s = vm.call(&cls, &[], None)?;
        vm.setattr(&s, &vm.intern("_fd")?, vm.new_int(fd)?)?;
        vm.dict_set_str(d, n, s.clone())?;
        vm.dict_set_str(d, &format!("__{n}__"), s)?;
    }
    Ok(m)
}
