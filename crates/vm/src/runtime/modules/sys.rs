//! The `sys` module: getrefcount, getsizeof (CPython 3.12's sizes), argv, exit,
//! recursion limit, version_info, implementation, _debugmallocstats, stdout/stderr.

use heap::{Gc, ObjRef};

use super::{add_fn, new_module};
use crate::runtime::objects::*;
use crate::runtime::ops::Num;
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
    } else if o.is::<TupleObj>() {
        // One block as CPython's: GC links, header, `ob_size` and the items (40 + 8n).
        o.allocated_size()
    } else if let Some(l) = o.downcast::<ListObj>() {
        l.sizeof_with_len(l.items.borrow().len())
    } else if let Some(d) = o.downcast::<DictObj>() {
        d.0.borrow().dict_sizeof()
    } else if let Some(s) = o.downcast::<SetObj>() {
        // The modelled table knows the sizes bulk operations chose (set_merge's one
        // resize: `set(s)`, `s.copy()`, `s | t`, constant displays).
        match s.table_size() {
            Some(slots) => crate::runtime::objects::dict::DictInner::set_sizeof_with_table(slots),
            None => s.inner.borrow().set_sizeof(),
        }
    } else if let Some(i) = o.downcast::<Instance>() {
        if let Some(b) = i.base_value() {
            let base_size = basic_sizeof(vm, &b)?;
            return Ok(crate::runtime::subclass::sizeof_with_base(
                &i, &b, base_size,
            ));
        }
        let layout = ClassLayout::of(vm, &i.class());
        let base = match i.exc() {
            Some(_) => exception_basicsize(&i.class()),
            None => 16,
        };
        GC_HEAD + base + 8 * layout.slot_words + layout.preheader_extra()
    } else if o.is::<NoneObj>() {
        16
    } else if o.is::<FuncObj>() {
        160
    } else if let Some(m) = o.downcast_ref::<BoundMethod>() {
        // A method object (64); a slot wrapper bound to an instance is a method-wrapper.
        if m.func.is::<FuncObj>() {
            64
        } else {
            48
        }
    } else if let Some(b) = o.downcast_ref::<BuiltinFunc>() {
        // A method-wrapper holds only its descriptor and receiver.
        if b.kind == BuiltinKind::MethodWrapper {
            48
        } else {
            72
        }
    } else if o.is::<MemberDescr>() || o.is::<GetSetDescr>() {
        64
    } else if o.is::<RangeObj>() {
        48
    } else if let Some(mv) = o.downcast_ref::<crate::runtime::objects::memoryview::MemoryView>() {
        mv.sizeof()
    } else if o.is::<CellObj>() {
        40
    } else if o.is::<ModuleObj>() {
        72
    } else if let Some(t) = o.downcast_ref::<TypeObj>() {
        type_sizeof(vm, t)
    } else if o.is::<DictView>() {
        40
    } else if o.is::<StaticMethod>() || o.is::<ClassMethod>() {
        48
    } else if o.is::<SuperObj>() {
        56
    } else if o.is::<Property>() {
        80
    } else if o.is::<SliceObj>() {
        56
    } else if let Some(g) = o.downcast_ref::<GenObj>() {
        // CPython's gen_sizeof: the generator with its embedded frame, one word per local
        // and per value-stack slot of the code, finished or not.
        160 + 8 * g.frame_words
    } else if let Some(c) = o.downcast_ref::<CoroObj>() {
        // CPython's coroutine and async generator objects share the generator's layout.
        160 + 8 * c.gen.frame_words
    } else if let Some(it) = o.downcast_ref::<IterObj>() {
        iterator_sizeof(it)
    } else {
        let _ = vm;
        o.allocated_size()
    })
}

/// `sys.getsizeof(object[, default])`: `__sizeof__()` plus the GC pre-header, as
/// `_PySys_GetSizeOf`; a `default` replaces a TypeError.
fn getsizeof(vm: &Vm, a: &Args<'_>) -> PyResult {
    let given = a.pos.len() + a.kwnames.len();
    if given > 2 {
        return vm.type_err(format!(
            "getsizeof() takes at most 2 arguments ({given} given)"
        ));
    }
    let mut object = a.pos.first();
    let mut default = a.pos.get(1);
    let mut unknown = None;
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        let k = vm.str(k)?;
        let (slot, pos) = match k.as_str() {
            "object" => (&mut object, 1),
            "default" => (&mut default, 2),
            _ => {
                unknown.get_or_insert(k);
                continue;
            }
        };
        if slot.is_some() {
            return vm.type_err(format!(
                "argument for getsizeof() given by name ('{k}') and position ({pos})"
            ));
        }
        *slot = Some(v);
    }
    let Some(o) = object else {
        return vm.type_err("getsizeof() missing required argument 'object' (pos 1)");
    };
    if let Some(k) = unknown {
        return vm.type_err(format!(
            "'{k}' is an invalid keyword argument for getsizeof()"
        ));
    }
    match sizeof_with_overrides(vm, o) {
        Ok(n) => vm.new_int(n as i64),
        Err(e) if default.is_some() && vm.exc_matches(&e, "TypeError") => {
            Ok(default.cloned().unwrap_or_else(|| vm.none()))
        }
        Err(e) => Err(e),
    }
}

/// The size, through a `__sizeof__` a Python class defines (its result must be an int in
/// 0..=sys.maxsize, then the pre-header is added).
fn sizeof_with_overrides(vm: &Vm, o: &ObjRef) -> PyResult<usize> {
    let Some(inst) = o.downcast::<Instance>() else {
        return basic_sizeof(vm, o);
    };
    let Some(f) = user_sizeof(vm, &inst.class()) else {
        return basic_sizeof(vm, o);
    };
    let r = if f.is::<FuncObj>() {
        vm.call(&f, std::slice::from_ref(o), None)?
    } else {
        vm.call(&f, &[], None)?
    };
    // PyLong_AsSsize_t: ints and int subclasses only (no __index__).
    let value = match r.downcast_ref::<Instance>().and_then(|i| i.base_value()) {
        Some(b) if b.is::<IntObj>() => b,
        _ => r,
    };
    let n = match vm.num(&value) {
        Some(Num::I(n)) => n,
        Some(Num::B(_)) => {
            return vm.err(
                "OverflowError",
                "Python int too large to convert to C ssize_t",
            )
        }
        _ => return vm.type_err("an integer is required"),
    };
    if n < 0 {
        return vm.value_err("__sizeof__() should return >= 0");
    }
    Ok(n as usize + preheader_size(vm, o))
}

/// A `__sizeof__` defined by a Python class of the MRO before any built-in one.
fn user_sizeof(vm: &Vm, cls: &Gc<TypeObj>) -> Option<ObjRef> {
    for t in std::iter::once(cls).chain(cls.mro.iter()) {
        if let Some(f) = vm.dict_get_str(&t.dict, "__sizeof__") {
            return (!t.has(class::BUILTIN)).then_some(f);
        }
    }
    None
}

/// 16 bytes of `PyGC_Head` in front of every container object.
const GC_HEAD: usize = 16;

/// What `sys.getsizeof` adds to `__sizeof__()`: CPython's `_PyType_PreHeaderSize`, the GC
/// links of container types plus, in 3.12, two words for a managed `__dict__` or
/// `__weakref__` of Python classes' instances.
pub fn preheader_size(vm: &Vm, o: &ObjRef) -> usize {
    if let Some(i) = o.downcast_ref::<Instance>() {
        if i.class().has(class::BUILTIN) && i.exc().is_none() {
            return 0; // object(): no GC links
        }
        return GC_HEAD + ClassLayout::of(vm, &i.class()).preheader_extra();
    }
    let not_gc = o.is::<IntObj>()
        || o.is::<BoolObj>()
        || o.is::<FloatObj>()
        || o.is::<StrObj>()
        || o.is::<BytesObj>()
        || o.is::<NoneObj>()
        || o.is::<RangeObj>()
        || o.is::<NotImplObj>()
        || o.is::<EllipsisObj>()
        || o.is::<PlainObj>()
        || o.downcast_ref::<IterObj>()
            .is_some_and(|it| matches!(&*it.0.borrow(), IterKind::Range { .. }));
    if not_gc {
        0
    } else {
        GC_HEAD
    }
}

/// What a Python class's instances hold beyond its built-in base, as CPython 3.12 lays
/// them out: a word per `__slots__` name, and "managed" `__dict__`/`__weakref__`
/// pointers (in the pre-header) for a class without `__slots__` or naming them there.
#[derive(Default)]
pub(crate) struct ClassLayout {
    slot_words: usize,
    managed: bool,
    has_dict: bool,
}

impl ClassLayout {
    fn of(vm: &Vm, cls: &Gc<TypeObj>) -> ClassLayout {
        let mut l = ClassLayout::default();
        for t in std::iter::once(cls).chain(cls.mro.iter()) {
            if t.has(class::BUILTIN | class::NATIVE_LAYOUT) {
                continue;
            }
            let Some(names) = declared_slots(vm, t) else {
                l.managed = true;
                l.has_dict = true;
                continue;
            };
            for n in names {
                match n.downcast_ref::<StrObj>().map(|s| &*s.s) {
                    Some("__dict__") => {
                        l.managed = true;
                        l.has_dict = true;
                    }
                    Some("__weakref__") => l.managed = true,
                    _ => l.slot_words += 1,
                }
            }
        }
        // A C type with its own `__dict__` and weak reference list (OrderedDict): its
        // subclasses use those, nothing in the pre-header.
        if std::iter::once(cls)
            .chain(cls.mro.iter())
            .any(|t| t.has(class::NATIVE_DICT))
        {
            l.managed = false;
            l.has_dict = true;
        }
        l
    }

    /// Whether the instances keep their attributes in a managed `__dict__` (CPython 3.12 then
    /// gives each instance a values array of its own, which `tracemalloc` sees).
    pub(crate) fn managed_dict(vm: &Vm, cls: &Gc<TypeObj>) -> bool {
        let l = ClassLayout::of(vm, cls);
        l.managed && l.has_dict
    }

    fn preheader_extra(&self) -> usize {
        if self.managed {
            16
        } else {
            0
        }
    }
}

/// The names a class's own `__slots__` declares (None: the class has no `__slots__`).
fn declared_slots(vm: &Vm, t: &TypeObj) -> Option<Vec<ObjRef>> {
    let s = vm.dict_get_str(&t.dict, "__slots__")?;
    if s.is::<StrObj>() {
        return Some(vec![s]);
    }
    if let Some(tu) = s.downcast_ref::<TupleObj>() {
        return Some(tuple_items(tu).to_vec());
    }
    if let Some(l) = s.downcast_ref::<ListObj>() {
        return Some(l.items.borrow().clone());
    }
    // Another iterable: its names are in the class's slot list (all of the layout).
    Some(t.slots.clone().unwrap_or_default())
}

/// `tp_basicsize` of the built-in exception struct a class's instances use (the first
/// class of its MRO that defines one): `PyBaseExceptionObject` is 72 bytes, subclasses
/// with fields of their own are larger.
fn exception_basicsize(cls: &Gc<TypeObj>) -> usize {
    for t in std::iter::once(cls).chain(cls.mro.iter()) {
        if !t.has(class::BUILTIN) {
            continue;
        }
        let size = match t.name.as_str() {
            "NameError" | "StopIteration" | "SystemExit" => 80,
            "AttributeError" | "BaseExceptionGroup" => 88,
            "ImportError" => 104,
            "OSError" | "UnicodeEncodeError" | "UnicodeDecodeError" | "UnicodeTranslateError" => {
                112
            }
            "SyntaxError" => 136,
            _ => continue,
        };
        return size;
    }
    72
}

/// `type.__sizeof__` plus GC links: a static (built-in) type is a bare `PyTypeObject`
/// (432); a class is a `PyHeapTypeObject` (936), with the shared keys of its instances'
/// dicts (1704 in all) when it gives them a `__dict__` (not the one BaseException has).
fn type_sizeof(vm: &Vm, t: &TypeObj) -> usize {
    if t.has(class::BUILTIN) {
        return 432;
    }
    let exception = t
        .mro
        .iter()
        .any(|c| c.has(class::BUILTIN) && c.name == "BaseException");
    // The class and its Python bases decide whether instances get a __dict__.
    let dict = std::iter::once(t)
        .chain(t.mro.iter().map(|c| &**c))
        .filter(|c| !c.has(class::BUILTIN))
        .any(|c| match declared_slots(vm, c) {
            None => true,
            Some(names) => names.iter().any(|n| {
                n.downcast_ref::<StrObj>()
                    .is_some_and(|s| &*s.s == "__dict__")
            }),
        });
    if dict && !exception {
        1704
    } else {
        936
    }
}

/// The iterator objects' sizes (GC links included; a range iterator has none).
fn iterator_sizeof(it: &IterObj) -> usize {
    match &*it.0.borrow() {
        IterKind::Range { .. } => 40,
        IterKind::Dict { what: 3, .. } | IterKind::Set { .. } => 64,
        IterKind::Dict { .. } | IterKind::Enumerate { .. } => 72,
        IterKind::Zip { .. } => 64,
        IterKind::Seq { .. }
        | IterKind::SeqDone(_)
        | IterKind::Map { .. }
        | IterKind::Filter { .. }
        | IterKind::Reversed { .. }
        | IterKind::Callable { .. }
        | IterKind::Exhausted => 48,
    }
}

fn getrefcount(vm: &Vm, a: &Args<'_>) -> PyResult {
    if !a.kwnames.is_empty() {
        return vm.type_err("sys.getrefcount() takes no keyword arguments");
    }
    if a.pos.len() != 1 {
        return vm.type_err(format!(
            "sys.getrefcount() takes exactly one argument ({} given)",
            a.pos.len()
        ));
    }
    let o = &a.pos[0];
    // Other classes' MRO arrays hold references CPython has no counterpart of.
    let internal = o
        .downcast_ref::<TypeObj>()
        .map_or(0, |t| t.mro_array_refs.get() as usize);
    vm.new_int(o.refcount().saturating_sub(internal) as i64)
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

/// `sys.getswitchinterval()`: the value set, in whole microseconds as CPython keeps it.
fn getswitchinterval(vm: &Vm, a: &Args<'_>) -> PyResult {
    if !a.kwnames.is_empty() {
        return vm.type_err("sys.getswitchinterval() takes no keyword arguments");
    }
    if !a.pos.is_empty() {
        return vm.type_err(format!(
            "sys.getswitchinterval() takes no arguments ({} given)",
            a.pos.len()
        ));
    }
    vm.new_float(vm.threads.switch_interval.get())
}

/// `sys.setswitchinterval(interval)`: how long a thread waiting for its turn lets the
/// running one go on before asking it to switch (`threads.rs`).
fn setswitchinterval(vm: &Vm, a: &Args<'_>) -> PyResult {
    if !a.kwnames.is_empty() {
        return vm.type_err("sys.setswitchinterval() takes no keyword arguments");
    }
    let [x] = a.pos else {
        return vm.type_err(format!(
            "sys.setswitchinterval() takes exactly one argument ({} given)",
            a.pos.len()
        ));
    };
    let Some(n) = vm.num(x) else {
        return vm.type_err(format!("must be real number, not {}", vm.type_name(x)));
    };
    let seconds = crate::runtime::ops::num_to_f64(&n);
    if seconds <= 0.0 {
        return vm.value_err("switch interval must be strictly positive");
    }
    // CPython keeps whole microseconds (a C cast: NaN becomes 0, huge values saturate).
    let micros = (seconds * 1e6) as u64;
    crate::runtime::threads::set_switch_interval(vm, micros as f64 / 1e6);
    Ok(vm.none())
}

fn getrecursionlimit(vm: &Vm, a: &Args<'_>) -> PyResult {
    if !a.kwnames.is_empty() {
        return vm.type_err("sys.getrecursionlimit() takes no keyword arguments");
    }
    if !a.pos.is_empty() {
        return vm.type_err(format!(
            "sys.getrecursionlimit() takes no arguments ({} given)",
            a.pos.len()
        ));
    }
    vm.new_int(vm.recursion_limit.get() as i64)
}

fn setrecursionlimit(vm: &Vm, a: &Args<'_>) -> PyResult {
    if !a.kwnames.is_empty() {
        return vm.type_err("sys.setrecursionlimit() takes no keyword arguments");
    }
    if a.pos.len() != 1 {
        return vm.type_err(format!(
            "sys.setrecursionlimit() takes exactly one argument ({} given)",
            a.pos.len()
        ));
    }
    let n = i64::from(super::gc::c_int(vm, &a.pos[0])?);
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

/// `sys.getallocatedblocks()`: blocks the object allocator has handed out and not taken
/// back, pool blocks plus the large requests it passed to the system allocator (as
/// `_PyInterpreterState_GetAllocatedBlocks` counts them).
fn getallocatedblocks(vm: &Vm, a: &Args<'_>) -> PyResult {
    if !a.kwnames.is_empty() {
        return vm.type_err("sys.getallocatedblocks() takes no keyword arguments");
    }
    if !a.pos.is_empty() {
        return vm.type_err(format!(
            "sys.getallocatedblocks() takes no arguments ({} given)",
            a.pos.len()
        ));
    }
    let s = vm.heap.allocator().stats();
    vm.new_int((s.blocks_in_use() + s.system_blocks) as i64)
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
            vm.new_tuple([t, e, tb])
        }
        None => vm.new_tuple([vm.none(), vm.none(), vm.none()]),
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

/// `sys.unraisablehook(unraisable)` (also `sys.__unraisablehook__`): the default report of
/// an exception nobody could catch, from the attributes of an `UnraisableHookArgs`.
fn unraisablehook(vm: &Vm, a: &Args<'_>) -> PyResult {
    if a.pos.len() != 1 || !a.kwnames.is_empty() {
        return vm.type_err(format!(
            "unraisablehook() takes exactly one argument ({} given)",
            a.pos.len() + a.kwnames.len()
        ));
    }
    let u = &a.pos[0];
    let exc = vm.getattr_str(u, "exc_value")?;
    let msg = vm.getattr_str(u, "err_msg")?;
    let obj = vm.getattr_str(u, "object")?;
    let msg = if vm.is_none(&msg) {
        None
    } else {
        Some(vm.str(&msg)?)
    };
    let obj = if vm.is_none(&obj) { None } else { Some(obj) };
    // CPython's write_unraisable_exc_file ends a message without an object with a colon.
    let msg = match (msg, &obj) {
        (Some(m), None) => Some(format!("{m}:")),
        (m, _) => m,
    };
    vm.print_unraisable(msg.as_deref(), obj.as_ref(), &exc);
    Ok(vm.none())
}

/// `sys.excepthook(type, value, traceback)`: prints the exception as an uncaught one.
fn excepthook(vm: &Vm, a: &Args<'_>) -> PyResult {
    if !a.kwnames.is_empty() {
        return vm.type_err("excepthook() takes no keyword arguments");
    }
    if a.pos.len() != 3 {
        return vm.type_err(format!(
            "excepthook expected 3 arguments, got {}",
            a.pos.len()
        ));
    }
    let value = &a.pos[1];
    if value
        .downcast_ref::<Instance>()
        .and_then(|i| i.exc())
        .is_none()
    {
        // CPython's PyErr_Display for a non-exception value.
        vm.write_err(&format!(
            "TypeError: print_exception(): Exception expected for value, {} found\n",
            vm.type_name(value)
        ));
        return Ok(vm.none());
    }
    vm.write_err(&super::super::errors::format_exception(vm, value));
    Ok(vm.none())
}

/// The `sys.UnraisableHookArgs` a user's `sys.unraisablehook` is called with.
pub fn unraisable_args(
    vm: &Vm,
    err_msg: Option<&str>,
    obj: Option<&ObjRef>,
    e: &ObjRef,
) -> PyResult {
    const KEY: &str = "_pymem_unraisable_args";
    let cls = match vm.dict_get_str(&vm.modules, KEY) {
        Some(c) => c,
        None => {
            let sys = super::import(vm, "sys")?;
            let Some(m) = sys.downcast::<ModuleObj>() else {
                return vm.type_err("sys is not a module");
            };
            super::frozen::exec_into(vm, &m, include_str!("py/sys_info.py"))?;
            match vm.dict_get_str(&vm.modules, KEY) {
                Some(c) => c,
                None => return vm.type_err("UnraisableHookArgs is missing"),
            }
        }
    };
    let tb = vm.getattr_str(e, "__traceback__")?;
    let msg = match err_msg {
        Some(m) => vm.new_str(m)?,
        None => vm.none(),
    };
    let fields = vec![
        vm.type_of(e).into(),
        e.clone(),
        tb,
        msg,
        obj.cloned().unwrap_or_else(|| vm.none()),
    ];
    let values = vm.new_tuple(fields)?;
    vm.call(&cls, &[values], None)
}

/// `sys.is_finalizing()`.
fn is_finalizing(vm: &Vm, a: &Args<'_>) -> PyResult {
    if !a.kwnames.is_empty() || !a.pos.is_empty() {
        return vm.type_err(format!(
            "sys.is_finalizing() takes no arguments ({} given)",
            a.pos.len() + a.kwnames.len()
        ));
    }
    Ok(vm.bool_obj(vm.finalizing.get()))
}

/// `sys.call_tracing(func, args)`: pymem has no tracing to suspend, so a plain call.
fn call_tracing(vm: &Vm, a: &Args<'_>) -> PyResult {
    if !a.kwnames.is_empty() {
        return vm.type_err("sys.call_tracing() takes no keyword arguments");
    }
    let [func, args] = a.pos else {
        return vm.type_err(format!(
            "call_tracing expected 2 arguments, got {}",
            a.pos.len()
        ));
    };
    let Some(args) = args.downcast_ref::<TupleObj>() else {
        return vm.type_err(format!(
            "call_tracing() argument 2 must be tuple, not {}",
            vm.type_name(args)
        ));
    };
    let items = tuple_items(args).to_vec();
    vm.call(func, &items, None)
}

/// Build the `sys` module.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "sys")?;
    for (n, f) in [
        ("getsizeof", getsizeof as NativeFn),
        ("getrefcount", getrefcount),
        ("getallocatedblocks", getallocatedblocks),
        ("getrecursionlimit", getrecursionlimit),
        ("_getframe", super::sys_frames::getframe),
        ("setrecursionlimit", setrecursionlimit),
        ("getswitchinterval", getswitchinterval),
        ("setswitchinterval", setswitchinterval),
        ("exit", exit),
        ("_debugmallocstats", debugmallocstats),
        ("exc_info", exc_info),
        ("exception", exception),
        ("intern", intern),
        ("get_int_max_str_digits", get_int_max_str_digits),
        ("set_int_max_str_digits", set_int_max_str_digits),
        ("unraisablehook", unraisablehook),
        ("excepthook", excepthook),
        ("is_finalizing", is_finalizing),
        ("call_tracing", call_tracing),
    ] {
        add_fn(vm, &m, n, f)?;
    }
    for hook in ["unraisablehook", "excepthook"] {
        if let Some(f) = vm.dict_get_str(&m.dict, hook) {
            vm.dict_set_str(&m.dict, &format!("__{hook}__"), f)?;
        }
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
    // pymem has no import directories to list besides the script's: its standard library
    // is frozen into the binary (searched right after that entry: `path_import.rs`).
    let first = script_path_entry(vm);
    vm.dict_set_str(d, "path", vm.new_list(vec![vm.new_str(&first)?])?)?;
    let imp = new_module(vm, "implementation")?;
    vm.dict_set_str(&imp.dict, "name", vm.new_str("pymem")?)?;
    vm.dict_set_str(&imp.dict, "cache_tag", vm.none())?;
    vm.dict_set_str(d, "implementation", imp.into())?;
    let (stdout, stderr) = super::std_streams::make(vm)?;
    for (n, s) in [("stdout", stdout), ("stderr", stderr)] {
        vm.dict_set_str(d, n, s.clone())?;
        vm.dict_set_str(d, &format!("__{n}__"), s)?;
    }
    let stdin = super::stdin::make(vm)?;
    vm.dict_set_str(d, "stdin", stdin.clone())?;
    vm.dict_set_str(d, "__stdin__", stdin)?;
    Ok(m)
}

/// Attributes of sys made on first use (py/sys_info.py), so that importing sys allocates
/// no classes a script's gc counts would see.
const LAZY: &[&str] = &[
    "float_info",
    "int_info",
    "hash_info",
    "float_repr_style",
    "maxunicode",
    "flags",
    "hexversion",
    "api_version",
    "abiflags",
    "dont_write_bytecode",
    "warnoptions",
    "builtin_module_names",
    "getdefaultencoding",
    "getfilesystemencoding",
    "getfilesystemencodeerrors",
];

/// `sys.<name>` for a name not (yet) in sys's dict: runs the prelude that makes the lazy
/// attributes when `name` is one of them.
pub fn lazy_attr(vm: &Vm, m: &Gc<ModuleObj>, name: &str) -> PyResult<Option<ObjRef>> {
    if name == "executable" {
        // The running binary, as CPython's is the interpreter's path ('' when unknown).
        let exe = std::env::current_exe()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        let v = vm.new_str(&exe)?;
        vm.dict_set_str(&m.dict, name, v.clone())?;
        return Ok(Some(v));
    }
    if !LAZY.contains(&name) {
        return Ok(None);
    }
    super::frozen::exec_into(vm, m, include_str!("py/sys_info.py"))?;
    Ok(vm.dict_get_str(&m.dict, name))
}

/// `sys.path[0]` as CPython makes it: the script's directory, resolved as realpath does
/// ('' for `-c` and standard input).
pub fn script_path_entry(vm: &Vm) -> String {
    match vm.script_dir.borrow().as_ref() {
        Some(dir) => std::fs::canonicalize(dir)
            .or_else(|_| std::path::absolute(dir))
            .unwrap_or_else(|_| dir.clone())
            .to_string_lossy()
            .into_owned(),
        None => String::new(),
    }
}
