//! Methods of the built-in types, installed as built-in functions in the types' dicts
//! (so the generic attribute lookup finds them and `LoadMethod` calls them unbound).

use super::arg_spec::ArgSpec;

use heap::{Gc, ObjRef, Object};

use super::objects::dict::DictInner;
use super::objects::list::ExtendHint;
use super::objects::*;
use super::ops::Num;
use super::unicode;
use super::{Args, PyResult, Vm};
use crate::ir::CmpOp;

/// Install built-in method `name` in type `t`'s dict (a method descriptor or slot wrapper).
pub fn add(vm: &Vm, t: &Gc<TypeObj>, name: &'static str, f: NativeFn) {
    let func = vm.new_type_method(t, name, f).expect("startup allocation");
    vm.dict_set_str(&t.dict, name, func).expect("startup");
}

/// Install native function `f` as the static method `t.name` (`object.__new__`,
/// `str.maketrans`).
pub fn add_static(vm: &Vm, t: &Gc<TypeObj>, name: &'static str, f: NativeFn) {
    add_wrapped(vm, t, name, f, |f| vm.alloc_obj(StaticMethod::new(f)));
}

/// Install native function `f` as the class method `t.name` (`dict.fromkeys`).
pub fn add_class(vm: &Vm, t: &Gc<TypeObj>, name: &'static str, f: NativeFn) {
    let func = vm
        .new_descriptor(t, name, f, BuiltinKind::ClassMethod)
        .expect("startup allocation");
    vm.dict_set_str(&t.dict, name, func).expect("startup");
}

fn add_wrapped(
    vm: &Vm,
    t: &Gc<TypeObj>,
    name: &'static str,
    f: NativeFn,
    wrap: impl FnOnce(ObjRef) -> PyResult,
) {
    let func = vm
        .alloc_obj(BuiltinFunc::function(name, f, None))
        .and_then(wrap)
        .expect("startup allocation");
    vm.dict_set_str(&t.dict, name, func).expect("startup");
}

#[inline]
fn this<T: Object>(vm: &Vm, a: &Args<'_>, what: &str) -> PyResult<Gc<T>> {
    match a
        .pos
        .first()
        .and_then(super::subclass::downcast_receiver::<T>)
    {
        Some(t) => Ok(t),
        None => vm.type_err(format!("descriptor requires a '{what}' object")),
    }
}

/// The receiver of a method of the built-in type `owner` (`args.pos[0]`). Called through
/// the type without one (`object.__repr__()`), the method fails the receiver check, which
/// the call rewords in CPython's words.
fn receiver<'a>(vm: &Vm, a: &Args<'a>, owner: &str) -> PyResult<&'a ObjRef> {
    match a.pos.first() {
        Some(o) => Ok(o),
        None => vm.type_err(format!("descriptor requires a '{owner}' object")),
    }
}

fn arg<'a>(vm: &Vm, a: &Args<'a>, i: usize, fname: &str) -> PyResult<&'a ObjRef> {
    match a.pos.get(i) {
        Some(v) => Ok(v),
        None if i == 0 => vm.type_err(format!("descriptor '{fname}' needs an argument")),
        None => vm.type_err(format!(
            "{}() takes at least {} argument{} ({} given)",
            fname,
            i,
            if i == 1 { "" } else { "s" },
            a.pos.len() - 1
        )),
    }
}

use super::objects::set_order::Layout;
pub use super::sort::sort_values;

impl Vm {
    /// A new set or frozenset from items.
    pub fn new_set(&self, items: Vec<ObjRef>, frozen: bool) -> PyResult {
        let s = self.alloc(SetObj::new(DictInner::default(), frozen))?;
        for i in items {
            let h = self.hash(&i)?;
            self.storage_set(&s.inner, i, self.none(), h)?;
        }
        Ok(s.into())
    }

    /// A copy of set `src` (`s.copy()`, `set(s)`, `frozenset(s)`): its members, in a table
    /// merged from `src`'s into an empty one as CPython's set_merge does.
    pub fn new_set_copy(&self, src: &SetObj, frozen: bool) -> PyResult {
        let items: Vec<ObjRef> = src.members();
        let s = self.new_set(items, frozen)?;
        if let (Some(l), Some(set)) = (src.synced_layout(), s.downcast_ref::<SetObj>()) {
            set.set_layout(super::objects::set_order::Layout::copy_of(&l));
        }
        Ok(s)
    }

    /// A constant set display's set (`{3, 10, -2}`), laid out as CPython's is.
    pub fn new_constant_set(&self, items: Vec<ObjRef>) -> PyResult {
        self.new_laid_out_set(items, false, Layout::constant_display)
    }

    /// A frozenset constant (`x in {3, 10, -2}`, `for c in {'a', 'b'}`), laid out as
    /// CPython's compiler leaves it.
    pub fn new_frozenset_constant(&self, items: Vec<ObjRef>) -> PyResult {
        self.new_laid_out_set(items, true, Layout::constant_frozenset)
    }

    fn new_laid_out_set(
        &self,
        items: Vec<ObjRef>,
        frozen: bool,
        layout: fn(&[(usize, i64)]) -> Layout,
    ) -> PyResult {
        let s = self.new_set(items, frozen)?;
        if let Some(set) = s.downcast_ref::<SetObj>() {
            let members: Vec<(usize, i64)> = set
                .inner
                .borrow()
                .iter()
                .map(|e| (e.key.addr(), e.hash))
                .collect();
            set.set_layout(layout(&members));
        }
        Ok(s)
    }

    /// `s.add(v)`.
    pub fn set_add(&self, s: &ObjRef, v: ObjRef) -> PyResult<()> {
        let Some(set) = super::subclass::downcast_receiver::<SetObj>(s) else {
            return self.type_err("not a set");
        };
        let h = self.hash(&v)?;
        if self.dict_find(&set.inner, &v, h)?.is_none() {
            let is_str = v.is::<StrObj>();
            set.inner.borrow_mut().insert_new(h, v, self.none(), is_str);
        }
        Ok(())
    }
}

// ---- object / exceptions --------------------------------------------------------------

/// `object.__init__(self, *args)`: extra arguments are an error unless the class
/// overrides `__new__` but not `__init__` (CPython's `object_init`).
fn object_init(vm: &Vm, a: &Args<'_>) -> PyResult {
    if a.pos.len() > 1 || !a.kwnames.is_empty() {
        let cls = vm.type_of(&a.pos[0]);
        // CPython's test: the type's own `__init__`/`__new__` slots, whether written in
        // Python or built in (`object.__init__(1, 2)` passes: int has its own `__new__`).
        let overrides = |name: &str| -> PyResult<bool> {
            Ok(vm
                .lookup_type_attr(&cls, name)?
                .is_some_and(|f| !vm.is_builtin_slot(&vm.types.object, name, &f)))
        };
        if overrides("__init__")? {
            return vm.type_err(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            );
        }
        if !overrides("__new__")? {
            return vm.type_err(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                cls.name
            ));
        }
    }
    Ok(vm.none())
}

/// `object.__new__(cls, *args)`: a new, uninitialised instance of class `cls` (what a
/// class's own `__new__` gets from `super().__new__(cls)`).
fn object_new(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(c) = a.pos.first() else {
        return vm.type_err("object.__new__(): not enough arguments");
    };
    let Some(t) = c.downcast::<TypeObj>() else {
        return vm.type_err(format!(
            "object.__new__(X): X is not a type object ({})",
            vm.type_name(c)
        ));
    };
    if t.has(class::BUILTIN) && !matches!(t.kind, class::Kind::Object | class::Kind::Exception) {
        return vm.type_err(format!(
            "object.__new__({0}) is not safe, use {0}.__new__()",
            t.name
        ));
    }
    if vm.builtin_base_type(&t).is_some() {
        return vm.type_err(format!(
            "object.__new__({0}) is not safe, use {0}.__new__()",
            t.name
        ));
    }
    if t.kind == class::Kind::Type {
        // A metaclass (its instances are classes; `type` itself was refused above).
        return vm.type_err(format!(
            "object.__new__({0}) is not safe, use {0}.__new__()",
            t.name
        ));
    }
    if t.has(class::CUSTOM_META) {
        vm.check_abstract(&t)?;
    }
    if Gc::ptr_eq(&t, &vm.types.object) {
        return vm.alloc_obj(PlainObj);
    }
    vm.alloc_instance(&t, &a.pos[1..])
}

fn object_repr(vm: &Vm, a: &Args<'_>) -> PyResult {
    let o = receiver(vm, a, "object")?;
    let r = match o.downcast::<Instance>() {
        Some(i) => format!("<{} object at {:#x}>", i.class().dotted_name(), o.addr()),
        None => vm.repr(o)?,
    };
    vm.new_str(&r)
}

fn object_str(vm: &Vm, a: &Args<'_>) -> PyResult {
    let o = receiver(vm, a, "object")?;
    let r = vm.repr(o)?;
    vm.new_str(&r)
}

fn object_setattr(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (o, n, v) = (
        receiver(vm, a, "object")?,
        arg(vm, a, 1, "__setattr__")?,
        arg(vm, a, 2, "__setattr__")?,
    );
    match (o.downcast::<Instance>(), n.downcast::<StrObj>()) {
        (Some(i), Some(s)) => vm.instance_setattr(&i, o, n, &s, Some(v.clone()))?,
        _ => vm.setattr(o, n, v.clone())?,
    }
    Ok(vm.none())
}

fn object_delattr(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (o, n) = (receiver(vm, a, "object")?, arg(vm, a, 1, "__delattr__")?);
    match (o.downcast::<Instance>(), n.downcast::<StrObj>()) {
        (Some(i), Some(s)) => vm.instance_setattr(&i, o, n, &s, None)?,
        _ => vm.delattr(o, n)?,
    }
    Ok(vm.none())
}

fn object_getattribute(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (o, n) = (
        receiver(vm, a, "object")?,
        arg(vm, a, 1, "__getattribute__")?,
    );
    vm.default_getattribute(o, n)
}

/// `object.__init_subclass__()`: accepts no class keywords.
fn object_init_subclass(vm: &Vm, a: &Args<'_>) -> PyResult {
    if !a.kwnames.is_empty() {
        let name = match a.pos.first().and_then(|c| c.downcast::<TypeObj>()) {
            // The qualname, as CPython's `%S` of the method's `__qualname__`.
            Some(t) => t.current_qualname().into_owned(),
            None => "object".into(),
        };
        return vm.type_err(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        ));
    }
    Ok(vm.none())
}

fn object_eq(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (x, y) = (receiver(vm, a, "object")?, arg(vm, a, 1, "__eq__")?);
    Ok(if x.ptr_eq(y) {
        vm.true_.clone()
    } else {
        vm.notimpl.clone()
    })
}

/// `object.__ne__`: the type's own `__eq__`, inverted unless it declined (what `!=` does
/// when a class defines only `__eq__`; `super().__ne__(other)` reaches it by name).
fn object_ne(vm: &Vm, a: &Args<'_>) -> PyResult {
    // A slot wrapper's count check.
    let [x, y] = a.pos else {
        return vm.type_err(format!(
            "expected 1 argument, got {}",
            a.pos.len().saturating_sub(1)
        ));
    };
    let eq = match vm.lookup_type_attr(&vm.type_of(x), "__eq__")? {
        Some(f) => vm.call(&f, &[x.clone(), y.clone()], None)?,
        None => vm.compare(x, y, CmpOp::Eq)?,
    };
    if eq.ptr_eq(&vm.notimpl) {
        return Ok(eq);
    }
    Ok(vm.bool_obj(!vm.truthy(&eq)?))
}

fn object_hash(vm: &Vm, a: &Args<'_>) -> PyResult {
    let o = receiver(vm, a, "object")?;
    vm.new_int((o.addr() >> 4) as i64)
}

fn object_sizeof(vm: &Vm, a: &Args<'_>) -> PyResult {
    let o = receiver(vm, a, "object")?;
    // getsizeof's figure without the GC pre-header, as CPython's `__sizeof__` methods.
    let n = super::modules::sys::basic_sizeof(vm, o)?;
    vm.new_int(n.saturating_sub(super::modules::sys::preheader_size(vm, o)) as i64)
}

/// `object.__reduce_ex__(protocol)`, `object.__reduce__()` and `object.__getstate__()`: the
/// default reduce protocol, written in Python in the frozen `copyreg` (imported on first
/// use, so start-up pays nothing).
fn object_reduce_ex(vm: &Vm, a: &Args<'_>) -> PyResult {
    if !a.kwnames.is_empty() {
        return vm.type_err("object.__reduce_ex__() takes no keyword arguments");
    }
    let [o, protocol] = a.pos else {
        return vm.type_err(format!(
            "object.__reduce_ex__() takes exactly one argument ({} given)",
            a.pos.len().saturating_sub(1)
        ));
    };
    if vm.index(protocol).is_err() {
        return vm.type_err(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(protocol)
        ));
    }
    copyreg_call(vm, "_object_reduce_ex", &[o.clone(), protocol.clone()])
}

fn object_reduce(vm: &Vm, a: &Args<'_>) -> PyResult {
    let o = receiver(vm, a, "object")?;
    if a.pos.len() != 1 || !a.kwnames.is_empty() {
        return vm.type_err(format!(
            "object.__reduce__() takes no arguments ({} given)",
            a.pos.len() - 1 + a.kwnames.len()
        ));
    }
    copyreg_call(vm, "_object_reduce", std::slice::from_ref(o))
}

fn object_getstate(vm: &Vm, a: &Args<'_>) -> PyResult {
    let o = receiver(vm, a, "object")?;
    if a.pos.len() != 1 || !a.kwnames.is_empty() {
        return vm.type_err(format!(
            "object.__getstate__() takes no arguments ({} given)",
            a.pos.len() - 1 + a.kwnames.len()
        ));
    }
    copyreg_call(vm, "_object_getstate", std::slice::from_ref(o))
}

fn copyreg_call(vm: &Vm, name: &str, args: &[ObjRef]) -> PyResult {
    let copyreg = super::modules::import(vm, "copyreg")?;
    let f = vm.getattr_str(&copyreg, name)?;
    vm.call(&f, args, None)
}

fn exc_init(vm: &Vm, a: &Args<'_>) -> PyResult {
    let o = receiver(vm, a, "BaseException")?;
    if let Some(i) = o.downcast::<Instance>() {
        if let Some(e) = i.exc() {
            *e.args.borrow_mut() = Some(vm.new_tuple_from(&a.pos[1..])?);
        }
    }
    if !a.kwnames.is_empty() {
        exc_init_keywords(vm, o, a.kwnames, a.kwvals)?;
    }
    Ok(vm.none())
}

/// The keyword-only parameters of the built-in exceptions that have some (their `__init__`
/// stores them as attributes); every other exception takes no keywords.
const EXC_KEYWORDS: [(&str, &[&str]); 3] = [
    ("NameError", &["name"]),
    ("AttributeError", &["name", "obj"]),
    ("ImportError", &["name", "path"]),
];

/// `BaseException.__init__`'s keywords `kwnames` (values `kwvals`) for the exception `o`.
pub(crate) fn exc_init_keywords(
    vm: &Vm,
    o: &ObjRef,
    kwnames: &[ObjRef],
    kwvals: &[ObjRef],
) -> PyResult<()> {
    let cls = vm.type_of(o);
    let Some((family, params)) = EXC_KEYWORDS
        .iter()
        .find(|(f, _)| vm.is_subtype(&cls, &vm.exc_type(f)))
    else {
        return vm.type_err(format!("{}() takes no keyword arguments", cls.name));
    };
    for (k, v) in kwnames.iter().zip(kwvals) {
        let key = vm.str(k)?;
        if !params.contains(&key.as_str()) {
            return vm.type_err(format!(
                "'{key}' is an invalid keyword argument for {family}()"
            ));
        }
        vm.setattr(o, k, v.clone())?;
    }
    Ok(())
}

/// `BaseException.add_note(note)`: appended to the `__notes__` list (made on first use),
/// printed after the message in tracebacks.
fn exc_add_note(vm: &Vm, a: &Args<'_>) -> PyResult {
    let e = receiver(vm, a, "BaseException")?;
    let note = arg(vm, a, 1, "add_note")?;
    if !note.is::<StrObj>() {
        return vm.type_err(format!("note must be a str, not '{}'", vm.type_name(note)));
    }
    let name = vm.intern("__notes__")?;
    let notes = match vm.getattr_opt(e, &name)? {
        Some(n) if n.is::<ListObj>() => n,
        Some(_) => return vm.type_err("Cannot add note: __notes__ is not a list"),
        None => {
            let l = vm.new_list(vec![])?;
            vm.setattr(e, &name, l.clone())?;
            l
        }
    };
    if let Some(l) = notes.downcast::<ListObj>() {
        l.push(note.clone());
    }
    Ok(vm.none())
}

/// `cls.mro()`: the method resolution order as a list (`__mro__` is the tuple).
fn type_mro(vm: &Vm, a: &Args<'_>) -> PyResult {
    let t = this::<TypeObj>(vm, a, "type")?;
    if !a.kwnames.is_empty() {
        return vm.type_err(format!(
            "{}.mro() takes no keyword arguments",
            t.current_name()
        ));
    }
    if a.pos.len() > 1 {
        return vm.type_err(format!(
            "{}.mro() takes no arguments ({} given)",
            t.current_name(),
            a.pos.len() - 1
        ));
    }
    let mut v = vec![Gc::to_obj(&t)];
    v.extend(t.mro.iter().map(Gc::to_obj));
    vm.new_list(v)
}

/// `exc.with_traceback(tb)`: sets `__traceback__` and returns the exception.
fn exc_with_traceback(vm: &Vm, a: &Args<'_>) -> PyResult {
    let e = receiver(vm, a, "BaseException")?;
    let tb = arg(vm, a, 1, "with_traceback")?;
    if let Some(data) = e.downcast_ref::<Instance>().and_then(|i| i.exc()) {
        vm.set_exc_traceback(&data, tb)?;
    }
    Ok(e.clone())
}

// ---- str ------------------------------------------------------------------------------

/// The characters to strip: None or a str (`strip arg must be None or str`).
fn strip_chars(a: &Args<'_>, vm: &Vm, name: &str) -> PyResult<Option<Vec<char>>> {
    match a.pos.get(1) {
        Some(v) if vm.is_none(v) => Ok(None),
        Some(v) => match super::subclass::downcast_receiver::<StrObj>(v) {
            Some(s) => Ok(Some(s.s.chars().collect())),
            None => vm.type_err(format!("{name} arg must be None or str")),
        },
        None => Ok(None),
    }
}

fn str_strip(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this::<StrObj>(vm, a, "str")?;
    let r = match strip_chars(a, vm, "strip")? {
        Some(c) => s.s.trim_matches(|x| c.contains(&x)),
        None => s.s.trim_matches(unicode::is_space),
    };
    if r.len() == s.s.len() {
        return super::str_methods::unchanged(vm, a, &s);
    }
    vm.new_str(r)
}

fn str_lstrip(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this::<StrObj>(vm, a, "str")?;
    let r = match strip_chars(a, vm, "lstrip")? {
        Some(c) => s.s.trim_start_matches(|x| c.contains(&x)),
        None => s.s.trim_start_matches(unicode::is_space),
    };
    if r.len() == s.s.len() {
        return super::str_methods::unchanged(vm, a, &s);
    }
    vm.new_str(r)
}

fn str_rstrip(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this::<StrObj>(vm, a, "str")?;
    let r = match strip_chars(a, vm, "rstrip")? {
        Some(c) => s.s.trim_end_matches(|x| c.contains(&x)),
        None => s.s.trim_end_matches(unicode::is_space),
    };
    if r.len() == s.s.len() {
        return super::str_methods::unchanged(vm, a, &s);
    }
    vm.new_str(r)
}

/// The str a case mapping of `src` made: an ASCII source maps to ASCII text of its own
/// length, whose characters need no counting.
fn case_result(vm: &Vm, src: &StrObj, out: &str) -> PyResult {
    if src.nchars == src.s.len() && out.len() == src.s.len() {
        return vm.new_str_ascii(out);
    }
    vm.new_str(out)
}

fn str_upper(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this::<StrObj>(vm, a, "str")?;
    case_result(vm, &s, &unicode::upper(&s.s))
}

fn str_lower(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this::<StrObj>(vm, a, "str")?;
    case_result(vm, &s, &unicode::lower(&s.s))
}

fn str_swapcase(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this::<StrObj>(vm, a, "str")?;
    case_result(vm, &s, &unicode::swapcase(&s.s))
}

fn str_capitalize(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this::<StrObj>(vm, a, "str")?;
    case_result(vm, &s, &unicode::capitalize(&s.s))
}

fn str_isupper(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this::<StrObj>(vm, a, "str")?;
    Ok(vm.bool_obj(unicode::str_is_upper(&s.s)))
}
fn str_islower(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this::<StrObj>(vm, a, "str")?;
    Ok(vm.bool_obj(unicode::str_is_lower(&s.s)))
}

fn str_zfill(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this::<StrObj>(vm, a, "str")?;
    let w = vm.index(arg(vm, a, 1, "zfill")?)?.max(0) as usize;
    if s.nchars >= w {
        return super::str_methods::unchanged(vm, a, &s);
    }
    vm.check_alloc(w)?;
    let (sign, rest) = if s.s.starts_with(['-', '+']) {
        s.s.split_at(1)
    } else {
        ("", &s.s[..])
    };
    vm.new_str(&format!("{}{}{}", sign, "0".repeat(w - s.nchars), rest))
}

fn str_encode(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this::<StrObj>(vm, a, "str")?;
    let (codec, errors) = super::codecs::codec_args(vm, a, 1, "encode")?;
    let b = super::codecs::encode(vm, &s.s, codec, &errors)?;
    vm.new_bytes_value(b)
}

// ---- list -------------------------------------------------------------------------------

fn list_append(vm: &Vm, a: &Args<'_>) -> PyResult {
    // Checked here rather than by an `arg_spec` wrapper: one of the busiest methods.
    const SPEC: ArgSpec = ArgSpec::One("list.append");
    SPEC.check_method(vm, a)?;
    let l = this::<ListObj>(vm, a, "list")?;
    l.push(a.pos[1].clone());
    Ok(vm.none())
}

fn list_extend(vm: &Vm, a: &Args<'_>) -> PyResult {
    let l = this::<ListObj>(vm, a, "list")?;
    let src = arg(vm, a, 1, "extend")?;
    let (items, hint) = collect_hinted(vm, src)?;
    let (m, added) = {
        let mut v = l.items.borrow_mut();
        let m = v.len();
        let added = items.len();
        v.extend(items);
        (m, added)
    };
    l.extended(m, added, hint);
    Ok(vm.none())
}

/// `list_extend`'s reading of `src`: its items, and the length guess [`extend_hint`]
/// made of it. CPython asks for the iterator first and the length hint next; only a
/// class's `__iter__` and `__len__` can tell the order, so only instances pay for the
/// separate iteration.
pub(crate) fn collect_hinted(vm: &Vm, src: &ObjRef) -> PyResult<(Vec<ObjRef>, ExtendHint)> {
    if !src.is::<Instance>() {
        let hint = extend_hint(vm, src)?;
        return Ok((vm.collect(src)?, hint));
    }
    let it = vm.get_iter(src)?;
    let hint = extend_hint(vm, src)?;
    Ok((vm.collect(&it)?, hint))
}

/// What `list_extend` guesses of `o`'s length before iterating: an exact list or tuple is
/// copied at its length; anything else gives `PyObject_LengthHint(o, 8)`: its `len()`
/// if sized, what its iterator has left, else 8 (generators, map, filter, zip...).
pub(crate) fn extend_hint(vm: &Vm, o: &ObjRef) -> PyResult<ExtendHint> {
    use ExtendHint::{Exact, Guess};
    if let Some(l) = o.downcast_ref::<ListObj>() {
        return Ok(Exact(l.items.borrow().len()));
    }
    if let Some(t) = o.downcast_ref::<TupleObj>() {
        return Ok(Exact(tuple_items(t).len()));
    }
    if let Some(it) = o.downcast_ref::<IterObj>() {
        let seq_at = match &*it.0.borrow() {
            IterKind::Seq { seq, idx } => Some((seq.clone(), *idx)),
            _ => None,
        };
        if let Some((seq, idx)) = seq_at {
            // Not borrowed across `len()`: a class's `__len__` may use the iterator.
            return Ok(Guess(vm.len(&seq).unwrap_or(0).saturating_sub(idx)));
        }
        let left = match &*it.0.borrow() {
            IterKind::Range { left, .. } => usize::try_from(*left).unwrap_or(usize::MAX),
            IterKind::Reversed { idx, .. } => *idx,
            IterKind::SeqDone(_) | IterKind::Exhausted => 0,
            _ => 8,
        };
        return Ok(Guess(left));
    }
    let sized = o.is::<StrObj>()
        || o.is::<BytesObj>()
        || o.is::<DictObj>()
        || o.is::<SetObj>()
        || o.is::<RangeObj>()
        || o.is::<DictView>();
    if sized {
        return Ok(Guess(vm.len(o)?));
    }
    if let Some(inst) = o.downcast_ref::<Instance>() {
        // `__len__ = None` gives no hint (the iteration decides, as in CPython).
        let has_len = vm
            .lookup_type_attr(&inst.class(), "__len__")?
            .is_some_and(|f| !vm.is_none(&f));
        if inst.base_value().is_some() || has_len {
            return Ok(Guess(vm.len(o)?));
        }
    }
    Ok(Guess(8))
}

fn list_pop(vm: &Vm, a: &Args<'_>) -> PyResult {
    const SPEC: ArgSpec = ArgSpec::Positional("list.pop", 0, 1);
    SPEC.check_method(vm, a)?;
    let l = this::<ListObj>(vm, a, "list")?;
    // The argument is converted first (`[].pop(None)` is a TypeError), then the length read.
    let index = match a.pos.get(1) {
        Some(i) => Some(vm.index(i)?),
        None => None,
    };
    let n = l.items.borrow().len();
    if n == 0 {
        return vm.err("IndexError", "pop from empty list");
    }
    let i = match index {
        Some(i) => {
            let j = if i < 0 { i + n as i64 } else { i };
            if j < 0 || j >= n as i64 {
                return vm.err("IndexError", "pop index out of range");
            }
            j as usize
        }
        None => n - 1,
    };
    let v = l.items.borrow_mut().remove(i);
    l.resized(n - 1);
    Ok(v)
}

fn list_insert(vm: &Vm, a: &Args<'_>) -> PyResult {
    let l = this::<ListObj>(vm, a, "list")?;
    let i = vm.index(arg(vm, a, 1, "insert")?)?;
    let v = arg(vm, a, 2, "insert")?.clone();
    let n = l.items.borrow().len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.items.borrow_mut().insert(j as usize, v);
    l.resized(n as usize + 1);
    Ok(vm.none())
}

fn list_find(vm: &Vm, l: &ListObj, x: &ObjRef) -> PyResult<Option<usize>> {
    vm.list_position(l, x, 0, usize::MAX)
}

fn list_remove(vm: &Vm, a: &Args<'_>) -> PyResult {
    let l = this::<ListObj>(vm, a, "list")?;
    match list_find(vm, &l, arg(vm, a, 1, "remove")?)? {
        Some(i) => {
            // An `__eq__` may have shortened the list since it matched.
            let old = {
                let mut items = l.items.borrow_mut();
                (i < items.len()).then(|| items.remove(i))
            };
            drop(old);
            let n = l.items.borrow().len();
            l.resized(n);
            Ok(vm.none())
        }
        None => vm.value_err("list.remove(x): x not in list"),
    }
}

fn list_index(vm: &Vm, a: &Args<'_>) -> PyResult {
    let l = this::<ListObj>(vm, a, "list")?;
    let x = arg(vm, a, 1, "index")?;
    match list_find(vm, &l, x)? {
        Some(i) => vm.new_int(i as i64),
        None => vm.value_err(format!("{} is not in list", vm.repr(x)?)),
    }
}

fn list_count(vm: &Vm, a: &Args<'_>) -> PyResult {
    let l = this::<ListObj>(vm, a, "list")?;
    let x = arg(vm, a, 1, "count")?;
    let n = vm.list_count(&l, x)?;
    vm.new_int(n as i64)
}

fn list_sort(vm: &Vm, a: &Args<'_>) -> PyResult {
    let l = this::<ListObj>(vm, a, "list")?;
    let items = std::mem::take(&mut *l.items.borrow_mut());
    let reverse = match a.kw("reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let r = sort_values(vm, items.clone(), a.kw("key"), reverse);
    match r {
        Ok(sorted) => {
            *l.items.borrow_mut() = sorted;
            Ok(vm.none())
        }
        Err(e) => {
            *l.items.borrow_mut() = items;
            Err(e)
        }
    }
}

fn list_reverse(vm: &Vm, a: &Args<'_>) -> PyResult {
    this::<ListObj>(vm, a, "list")?.items.borrow_mut().reverse();
    Ok(vm.none())
}

fn list_copy(vm: &Vm, a: &Args<'_>) -> PyResult {
    let v = this::<ListObj>(vm, a, "list")?.items.borrow().clone();
    vm.new_list(v)
}

fn list_clear(vm: &Vm, a: &Args<'_>) -> PyResult {
    let l = this::<ListObj>(vm, a, "list")?;
    let old = std::mem::take(&mut *l.items.borrow_mut());
    l.set_alloc(0);
    super::objects::list::release_reversed(old);
    Ok(vm.none())
}

// ---- tuple ------------------------------------------------------------------------------

fn tuple_index(vm: &Vm, a: &Args<'_>) -> PyResult {
    let t = this::<TupleObj>(vm, a, "tuple")?;
    let x = arg(vm, a, 1, "index")?;
    let n = tuple_items(&t).len() as i64;
    let bound = |k: usize, default: i64| -> PyResult<usize> {
        let v = match a.pos.get(k) {
            Some(v) => super::arg_spec::slice_bound(vm, v, false)?,
            None => default,
        };
        let v = if v < 0 { v.saturating_add(n) } else { v };
        Ok(v.clamp(0, n) as usize)
    };
    let (start, stop) = (bound(2, 0)?, bound(3, n)?);
    for (i, y) in tuple_items(&t).iter().enumerate().take(stop).skip(start) {
        if y.ptr_eq(x) || vm.eq(y, x)? {
            return vm.new_int(i as i64);
        }
    }
    vm.value_err("tuple.index(x): x not in tuple")
}

fn tuple_count(vm: &Vm, a: &Args<'_>) -> PyResult {
    let t = this::<TupleObj>(vm, a, "tuple")?;
    let x = arg(vm, a, 1, "count")?;
    let mut n = 0;
    for y in tuple_items(&t).iter() {
        if y.ptr_eq(x) || vm.eq(y, x)? {
            n += 1;
        }
    }
    vm.new_int(n)
}

// ---- range ------------------------------------------------------------------------------

/// The position of `x` in range `r`, if it is there (ints by arithmetic, others by `==`).
fn range_position(vm: &Vm, r: &RangeObj, x: &ObjRef) -> PyResult<Option<i64>> {
    if let Some(Num::I(i)) = vm.num(x) {
        let inside = if r.step > 0 {
            i >= r.start && i < r.stop
        } else {
            i <= r.start && i > r.stop
        };
        // In i128: `i - start` can exceed i64 for a range spanning most of it.
        let off = i128::from(i) - i128::from(r.start);
        let hit = inside && off % i128::from(r.step) == 0;
        return Ok(hit.then(|| (off / i128::from(r.step)) as i64));
    }
    for k in 0..r.len() {
        let v = vm.new_int(r.nth(k))?;
        if vm.eq(&v, x)? {
            return Ok(Some(k as i64));
        }
    }
    Ok(None)
}

fn range_index(vm: &Vm, a: &Args<'_>) -> PyResult {
    let r = this::<RangeObj>(vm, a, "range")?;
    let x = arg(vm, a, 1, "index")?;
    match range_position(vm, &r, x)? {
        Some(k) => vm.new_int(k),
        None => vm.value_err(format!("{} is not in range", vm.repr(x)?)),
    }
}

fn range_count(vm: &Vm, a: &Args<'_>) -> PyResult {
    let r = this::<RangeObj>(vm, a, "range")?;
    let x = arg(vm, a, 1, "count")?;
    vm.new_int(i64::from(range_position(vm, &r, x)?.is_some()))
}

// ---- dict -------------------------------------------------------------------------------

fn dict_items_of(d: &DictObj) -> Vec<(ObjRef, ObjRef)> {
    d.0.borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect()
}

fn dict_get(vm: &Vm, a: &Args<'_>) -> PyResult {
    const SPEC: ArgSpec = ArgSpec::Positional("dict.get", 1, 2);
    SPEC.check_method(vm, a)?;
    let d = this::<DictObj>(vm, a, "dict")?;
    let k = arg(vm, a, 1, "get")?;
    Ok(vm
        .dict_get(&d, k)?
        .unwrap_or_else(|| a.pos.get(2).cloned().unwrap_or_else(|| vm.none())))
}

fn dict_keys(vm: &Vm, a: &Args<'_>) -> PyResult {
    let d = this::<DictObj>(vm, a, "dict")?;
    vm.alloc_obj(DictView {
        d: Gc::into_obj(d),
        what: 0,
    })
}

fn dict_values(vm: &Vm, a: &Args<'_>) -> PyResult {
    let d = this::<DictObj>(vm, a, "dict")?;
    vm.alloc_obj(DictView {
        d: Gc::into_obj(d),
        what: 1,
    })
}

fn dict_items(vm: &Vm, a: &Args<'_>) -> PyResult {
    let d = this::<DictObj>(vm, a, "dict")?;
    vm.alloc_obj(DictView {
        d: Gc::into_obj(d),
        what: 2,
    })
}

fn dict_setdefault(vm: &Vm, a: &Args<'_>) -> PyResult {
    let d = this::<DictObj>(vm, a, "dict")?;
    let k = arg(vm, a, 1, "setdefault")?;
    if let Some(v) = vm.dict_get(&d, k)? {
        return Ok(v);
    }
    let v = a.pos.get(2).cloned().unwrap_or_else(|| vm.none());
    vm.dict_set(&d, k.clone(), v.clone())?;
    Ok(v)
}

fn dict_pop(vm: &Vm, a: &Args<'_>) -> PyResult {
    let d = this::<DictObj>(vm, a, "dict")?;
    let k = arg(vm, a, 1, "pop")?;
    match vm.dict_del(&d.0, k)? {
        Some(v) => Ok(v),
        None => match a.pos.get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(vm.new_exception(&vm.exc_type("KeyError"), vec![k.clone()])),
        },
    }
}

fn dict_popitem(vm: &Vm, a: &Args<'_>) -> PyResult {
    let d = this::<DictObj>(vm, a, "dict")?;
    if d.0.borrow().used > 0 {
        d.0.borrow_mut().unsplit();
    }
    let last = d.0.borrow().entries.iter().rposition(|e| e.is_some());
    match last {
        Some(i) => {
            let e = d.0.borrow_mut().remove_at(i);
            match e {
                Some(e) => vm.new_tuple([e.key, e.value]),
                None => vm.err("KeyError", "popitem(): dictionary is empty"),
            }
        }
        None => vm.err("KeyError", "popitem(): dictionary is empty"),
    }
}

/// The items of a mapping that is not a dict (it has `keys()`; values come from `m[k]`), as
/// CPython's `PyDict_Merge` takes them; `None` for an object without `keys`.
pub fn mapping_items(vm: &Vm, m: &ObjRef) -> PyResult<Option<Vec<(ObjRef, ObjRef)>>> {
    if let Some(base) = direct_dict_source(vm, m) {
        return Ok(Some(dict_items_of(&base)));
    }
    let Some(keys) = vm.getattr_opt(m, &vm.intern("keys")?)? else {
        return Ok(None);
    };
    let keys = vm.call(&keys, &[], None)?;
    let mut out = Vec::new();
    for k in vm.collect(&keys)? {
        let v = vm.getitem(m, &k)?;
        out.push((k, v));
    }
    Ok(Some(out))
}

/// The dict whose items `src` merges as they are: a dict, or a dict subclass's base value
/// unless the class overrides `__iter__` (CPython's dict_merge: `keys`/`__getitem__`
/// overrides are not consulted then).
fn direct_dict_source(vm: &Vm, src: &ObjRef) -> Option<Gc<DictObj>> {
    src.downcast::<DictObj>().or_else(|| {
        let base = super::subclass::downcast_receiver::<DictObj>(src)?;
        let cls = vm.type_of(src);
        let iter = vm.lookup_type_attr(&cls, "__iter__").ok().flatten()?;
        iter.is::<BuiltinFunc>().then_some(base)
    })
}

/// `d.update(other, **kw)`.
pub fn dict_update_from(vm: &Vm, d: &Gc<DictObj>, src: &ObjRef) -> PyResult<()> {
    if let Some(s) = direct_dict_source(vm, src) {
        let was_empty = d.0.borrow().used == 0;
        if !Gc::ptr_eq(d, &s) {
            if let (Ok(mut target), Ok(source)) = (d.0.try_borrow_mut(), s.0.try_borrow()) {
                target.presize_for_merge(&source);
            }
        }
        for (k, v) in dict_items_of(&s) {
            vm.dict_set(d, k, v)?;
        }
        if was_empty {
            vm.dict_copy_tracking(d, &s, false);
        }
        return Ok(());
    }
    if let Some(items) = mapping_items(vm, src)? {
        for (k, v) in items {
            vm.dict_set(d, k, v)?;
        }
        return Ok(());
    }
    for (i, item) in vm.collect(src)?.into_iter().enumerate() {
        let pair = vm.collect(&item).map_err(|_| {
            vm.exc_msg(
                "TypeError",
                &format!("cannot convert dictionary update sequence element #{i} to a sequence"),
            )
        })?;
        if pair.len() != 2 {
            return vm.value_err(format!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                i,
                pair.len()
            ));
        }
        let mut it = pair.into_iter();
        if let (Some(k), Some(v)) = (it.next(), it.next()) {
            vm.dict_set(d, k, v)?;
        }
    }
    Ok(())
}

fn dict_update(vm: &Vm, a: &Args<'_>) -> PyResult {
    let d = this::<DictObj>(vm, a, "dict")?;
    if let Some(src) = a.pos.get(1) {
        dict_update_from(vm, &d, src)?;
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        vm.dict_set(&d, k.clone(), v.clone())?;
    }
    Ok(vm.none())
}

fn dict_copy(vm: &Vm, a: &Args<'_>) -> PyResult {
    let d = this::<DictObj>(vm, a, "dict")?;
    let n = vm.new_dict()?;
    n.0.borrow_mut().presize_for_copy(&d.0.borrow());
    for (k, v) in dict_items_of(&d) {
        vm.dict_set(&n, k, v)?;
    }
    vm.dict_copy_tracking(&n, &d, true);
    Ok(n.into())
}

fn dict_clear(vm: &Vm, a: &Args<'_>) -> PyResult {
    let d = this::<DictObj>(vm, a, "dict")?;
    let old = d.0.borrow_mut().clear_all();
    drop(old);
    Ok(vm.none())
}

// ---- set --------------------------------------------------------------------------------

fn set_add(vm: &Vm, a: &Args<'_>) -> PyResult {
    vm.set_add(&a.pos[0], arg(vm, a, 1, "add")?.clone())?;
    Ok(vm.none())
}

fn set_discard_impl(vm: &Vm, a: &Args<'_>, must: bool) -> PyResult {
    let s = this::<SetObj>(vm, a, "set")?;
    let k = arg(vm, a, 1, "remove")?;
    s.sync_before_removal();
    if vm.dict_del(&s.inner, &vm.set_key(k)?)?.is_none() && must {
        return Err(vm.new_exception(&vm.exc_type("KeyError"), vec![k.clone()]));
    }
    Ok(vm.none())
}

fn set_remove(vm: &Vm, a: &Args<'_>) -> PyResult {
    set_discard_impl(vm, a, true)
}

fn set_discard(vm: &Vm, a: &Args<'_>) -> PyResult {
    set_discard_impl(vm, a, false)
}

fn set_pop(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this::<SetObj>(vm, a, "set")?;
    // The first member from CPython's search finger on.
    let first = s.pop_index();
    match first.and_then(|i| s.inner.borrow_mut().remove_at(i)) {
        Some(e) => Ok(e.key),
        None => vm.err("KeyError", "pop from an empty set"),
    }
}

fn set_clear(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this::<SetObj>(vm, a, "set")?;
    let old = s.inner.borrow_mut().clear_all();
    s.reset_layout();
    drop(old);
    Ok(vm.none())
}

fn set_items(vm: &Vm, o: &ObjRef) -> PyResult<Vec<ObjRef>> {
    match o.downcast::<SetObj>() {
        Some(s) => Ok(s.inner.borrow().iter().map(|e| e.key.clone()).collect()),
        None => vm.collect(o),
    }
}

fn set_binop(vm: &Vm, a: &Args<'_>, op: crate::ir::BinOp) -> PyResult {
    let s = this::<SetObj>(vm, a, "set")?;
    let mut acc: ObjRef = Gc::to_obj(&s);
    // Whether `acc` is a result of ours (else it is the receiver, never to be mutated).
    let mut owned = false;
    for other in &a.pos[1..] {
        // A set argument takes part as it is (its table order matters); another iterable
        // is walked as CPython's set_union / set_difference / set_intersection walk it.
        if other.is::<SetObj>() {
            acc = vm.binary_op(&acc, other, op, false)?;
            owned = true;
            continue;
        }
        let Some(acc_set) = acc.downcast::<SetObj>() else {
            return vm.type_err("not a set");
        };
        let items = vm.collect(other)?;
        acc = match op {
            crate::ir::BinOp::BitAnd => {
                // The members of `other` (its own keys) that the set has.
                let r = vm.new_set(Vec::new(), acc_set.frozen)?;
                for x in items {
                    let h = vm.hash(&x)?;
                    if vm.dict_find(&acc_set.inner, &x, h)?.is_some() {
                        vm.set_add(&r, x)?;
                    }
                }
                r
            }
            crate::ir::BinOp::Sub => {
                // A copy (once), then each of `other` discarded.
                let r = if !owned {
                    vm.new_set_copy(&acc_set, acc_set.frozen)?
                } else {
                    acc.clone()
                };
                if let Some(rs) = r.downcast::<SetObj>() {
                    for x in items {
                        rs.sync_before_removal();
                        vm.dict_del(&rs.inner, &x)?;
                    }
                    rs.drop_dummies_if_many();
                }
                r
            }
            _ => {
                let r = if !owned {
                    vm.new_set_copy(&acc_set, acc_set.frozen)?
                } else {
                    acc.clone()
                };
                if let Some(rs) = r.downcast::<SetObj>() {
                    reserve_for_dict(&rs, other);
                }
                for x in items {
                    vm.set_add(&r, x)?;
                }
                r
            }
        };
        owned = true;
    }
    if a.pos.len() == 1 {
        return vm.new_set_copy(&s, s.frozen);
    }
    Ok(acc)
}

fn set_union(vm: &Vm, a: &Args<'_>) -> PyResult {
    set_binop(vm, a, crate::ir::BinOp::BitOr)
}
fn set_intersection(vm: &Vm, a: &Args<'_>) -> PyResult {
    set_binop(vm, a, crate::ir::BinOp::BitAnd)
}
fn set_difference(vm: &Vm, a: &Args<'_>) -> PyResult {
    set_binop(vm, a, crate::ir::BinOp::Sub)
}

fn set_update(vm: &Vm, a: &Args<'_>) -> PyResult {
    for other in &a.pos[1..] {
        set_update_one(vm, &a.pos[0], other)?;
    }
    Ok(vm.none())
}

/// CPython's `set_update_internal(target, other)` (`s.update(o)`, `{*o}`): a set is
/// merged table to table (set_merge, see `relayout_in_place`); an exact dict first makes
/// room for all its keys at once; other iterables add their items one by one.
pub(crate) fn set_update_one(vm: &Vm, target: &ObjRef, other: &ObjRef) -> PyResult<()> {
    let target_set = target.downcast::<SetObj>();
    let merge = target_set.as_ref().zip(other.downcast::<SetObj>());
    let before = merge.as_ref().and_then(|(s, _)| s.synced_layout());
    let items = match other.downcast::<SetObj>() {
        Some(o) => o.members(),
        None => {
            if let Some(s) = &target_set {
                reserve_for_dict(s, other);
            }
            set_items(vm, other)?
        }
    };
    for x in items {
        vm.set_add(target, x)?;
    }
    if let Some((s, o)) = merge {
        s.relayout_in_place(before, None, &o, crate::ir::BinOp::BitOr);
    }
    Ok(())
}

/// set_update_internal's one resize up front before adding an exact dict's keys (the
/// same rule as set_merge's); the keys then go in one by one.
fn reserve_for_dict(s: &SetObj, other: &ObjRef) {
    let Some(d) = other.downcast::<DictObj>() else {
        return;
    };
    if let Some(mut l) = s.synced_layout() {
        l.reserve_for_merge(d.0.borrow().used);
        s.set_layout(l);
    }
}

fn set_copy(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = this::<SetObj>(vm, a, "set")?;
    // An exact frozenset is its own copy (frozenset_copy).
    if s.frozen && a.pos[0].is::<SetObj>() {
        return Ok(a.pos[0].clone());
    }
    vm.new_set_copy(&s, s.frozen)
}

fn set_issubset(vm: &Vm, a: &Args<'_>) -> PyResult {
    let o = vm.new_set(set_items(vm, arg(vm, a, 1, "issubset")?)?, false)?;
    vm.compare(&a.pos[0], &o, CmpOp::LtE)
}

fn set_issuperset(vm: &Vm, a: &Args<'_>) -> PyResult {
    let o = vm.new_set(set_items(vm, arg(vm, a, 1, "issuperset")?)?, false)?;
    vm.compare(&a.pos[0], &o, CmpOp::GtE)
}

// ---- numbers ----------------------------------------------------------------------------

fn int_bit_length(vm: &Vm, a: &Args<'_>) -> PyResult {
    let n = match vm.num_or_base(&a.pos[0]) {
        Some(Num::I(i)) => 64 - i.unsigned_abs().leading_zeros() as u64,
        Some(Num::B(b)) => b.bits(),
        _ => return vm.type_err("descriptor 'bit_length' requires an 'int' object"),
    };
    vm.new_int(n as i64)
}

fn float_is_integer(vm: &Vm, a: &Args<'_>) -> PyResult {
    let f = this::<FloatObj>(vm, a, "float")?;
    Ok(vm.bool_obj(f.0.is_finite() && f.0.fract() == 0.0))
}

// ---- iterators and generators -------------------------------------------------------------

fn iter_self(vm: &Vm, a: &Args<'_>) -> PyResult {
    Ok(arg(vm, a, 0, "__iter__")?.clone())
}

fn iter_next(vm: &Vm, a: &Args<'_>) -> PyResult {
    match vm.next(arg(vm, a, 0, "__next__")?)? {
        Some(v) => Ok(v),
        None => Err(vm.new_exception(&vm.exc_type("StopIteration"), vec![])),
    }
}

/// `it.__reduce__()` of the iterators CPython can pickle (so `copy` copies them): a sequence
/// iterator is `(iter, (seq,), index)` (`(iter, (empty,))` once exhausted), `map`, `filter`,
/// `enumerate` and `zip` rebuild from their function and iterators.
fn iter_reduce(vm: &Vm, a: &Args<'_>) -> PyResult {
    let o = arg(vm, a, 0, "__reduce__")?;
    let Some(it) = o.downcast_ref::<IterObj>() else {
        return vm.type_err(format!("cannot pickle '{}' object", vm.type_name(o)));
    };
    let builtin = |name: &str| {
        vm.dict_get_str(&vm.builtins, name)
            .ok_or_else(|| vm.exc_msg("NameError", name))
    };
    enum Plan {
        Seq(ObjRef, usize),
        Call(&'static str, Vec<ObjRef>),
        Enumerate(ObjRef, i128),
        /// An exhausted sequence iterator: `(iter, (empty,))`, the empty list (0), tuple (1)
        /// or str (2) (CPython drops the sequence).
        Empty(u8),
        Refuse,
    }
    let plan = match &*it.0.borrow() {
        IterKind::Seq { seq, idx }
            if seq.is::<ListObj>()
                || seq.is::<TupleObj>()
                || seq.is::<StrObj>()
                || seq.is::<BytesObj>() =>
        {
            Plan::Seq(seq.clone(), *idx)
        }
        IterKind::Map { f, its } => Plan::Call(
            "map",
            std::iter::once(f.clone())
                .chain(its.iter().cloned())
                .collect(),
        ),
        IterKind::SeqDone(name) => match *name {
            "list_iterator" => Plan::Empty(0),
            // CPython's exhausted bytes and bytearray iterators reduce to an empty tuple.
            "tuple_iterator" | "bytes_iterator" | "bytearray_iterator" => Plan::Empty(1),
            "str_ascii_iterator" | "str_iterator" => Plan::Empty(2),
            _ => Plan::Refuse,
        },
        IterKind::Filter { f, it } => Plan::Call("filter", vec![f.clone(), it.clone()]),
        IterKind::Zip {
            its, strict: false, ..
        } => Plan::Call("zip", its.clone()),
        IterKind::Enumerate { it, n, .. } => Plan::Enumerate(it.clone(), *n),
        _ => Plan::Refuse,
    };
    match plan {
        Plan::Seq(seq, idx) => {
            let iter = builtin("iter")?;
            let args = vm.new_tuple(vec![seq])?;
            vm.new_tuple(vec![iter, args, vm.new_int(idx as i64)?])
        }
        Plan::Empty(kind) => {
            let empty = match kind {
                0 => vm.new_list(vec![])?,
                1 => vm.new_tuple(vec![])?,
                _ => vm.new_str("")?,
            };
            let args = vm.new_tuple(vec![empty])?;
            vm.new_tuple(vec![builtin("iter")?, args])
        }
        Plan::Call(name, args) => {
            let args = vm.new_tuple(args)?;
            vm.new_tuple(vec![builtin(name)?, args])
        }
        Plan::Enumerate(inner, n) => {
            let n = vm.new_bigint(num_bigint::BigInt::from(n))?;
            let args = vm.new_tuple(vec![inner, n])?;
            vm.new_tuple(vec![builtin("enumerate")?, args])
        }
        Plan::Refuse => vm.type_err(format!("cannot pickle '{}' object", vm.type_name(o))),
    }
}

/// `it.__setstate__(index)` of a sequence iterator: resume at `index` (clamped as CPython's).
fn iter_setstate(vm: &Vm, a: &Args<'_>) -> PyResult {
    let o = arg(vm, a, 0, "__setstate__")?;
    let state = vm.index(arg(vm, a, 1, "__setstate__")?)?;
    let Some(it) = o.downcast_ref::<IterObj>() else {
        return vm.type_err("__setstate__ of a non-iterator");
    };
    let seq = match &*it.0.borrow() {
        IterKind::Seq { seq, .. } => Some(seq.clone()),
        _ => None,
    };
    let Some(seq) = seq else {
        return vm.type_err(format!("'{}' object has no state to set", vm.type_name(o)));
    };
    let n = vm.len(&seq)?;
    let idx = usize::try_from(state.max(0)).unwrap_or(0).min(n);
    if let IterKind::Seq { idx: i, .. } = &mut *it.0.borrow_mut() {
        *i = idx;
    }
    Ok(vm.none())
}

fn gen_send(vm: &Vm, a: &Args<'_>) -> PyResult {
    let g = this::<GenObj>(vm, a, "generator")?;
    let v = arg(vm, a, 1, "send")?.clone();
    match vm.gen_resume(&g, v)? {
        super::call::GenStep::Yielded(v) => Ok(v),
        super::call::GenStep::Returned(r) => {
            let args = if vm.is_none(&r) { vec![] } else { vec![r] };
            Err(vm.new_exception(&vm.exc_type("StopIteration"), args))
        }
    }
}

fn gen_close(vm: &Vm, a: &Args<'_>) -> PyResult {
    let g = this::<GenObj>(vm, a, "generator")?;
    vm.gen_close(&g)?;
    Ok(vm.none())
}

/// The exception `gen.throw(typ[, val[, tb]])` raises, as CPython's `_gen_throw` makes it:
/// a class is instantiated with `val` (unless `val` already is one of its instances), an
/// instance is raised as is.
pub(crate) fn thrown_exception(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(typ) = a.pos.get(1) else {
        return vm.type_err("throw expected at least 1 argument, got 0");
    };
    if a.pos.len() > 4 {
        return vm.type_err(format!(
            "throw expected at most 3 arguments, got {}",
            a.pos.len() - 1
        ));
    }
    let val = a.pos.get(2).filter(|v| !vm.is_none(v));
    if a.pos.len() > 2 {
        let warnings = super::modules::import(vm, "warnings")?;
        let warn = vm.getattr_str(&warnings, "warn")?;
        let msg = vm.new_str(
            "the (type, exc, tb) signature of throw() is deprecated, \
             use the single-arg signature instead.",
        )?;
        vm.call(
            &warn,
            &[msg, Gc::into_obj(vm.exc_type("DeprecationWarning"))],
            None,
        )?;
    }
    let tb = a.pos.get(3).filter(|t| !vm.is_none(t));
    if tb.is_some_and(|t| !t.is::<super::objects::traceback::TracebackObj>()) {
        return vm.type_err("throw() third argument must be a traceback object");
    }
    let exc = if let Some(t) = typ
        .downcast::<TypeObj>()
        .filter(|t| vm.is_subtype(t, &vm.types.base_exception))
    {
        match val {
            Some(v) if vm.isinstance(v, &t) => v.clone(),
            Some(v) => match v.downcast::<TupleObj>() {
                Some(args) => vm.call(typ, tuple_items(&args), None)?,
                None => vm.call(typ, std::slice::from_ref(v), None)?,
            },
            None => vm.call(typ, &[], None)?,
        }
    } else if typ
        .downcast_ref::<Instance>()
        .is_some_and(|i| i.exc().is_some())
    {
        if val.is_some() {
            return vm.type_err("instance exception may not have a separate value");
        }
        typ.clone()
    } else {
        return vm.type_err(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            vm.type_name(typ)
        ));
    };
    if let Some(tb) = tb {
        if let Some(e) = exc.downcast_ref::<Instance>().and_then(|i| i.exc()) {
            vm.set_exc_traceback(&e, tb)?;
        }
    }
    Ok(exc)
}

fn gen_throw(vm: &Vm, a: &Args<'_>) -> PyResult {
    let g = this::<GenObj>(vm, a, "generator")?;
    let e = thrown_exception(vm, a)?;
    match vm.gen_throw(&g, e)? {
        super::call::GenStep::Yielded(v) => Ok(v),
        super::call::GenStep::Returned(r) => {
            let args = if vm.is_none(&r) { vec![] } else { vec![r] };
            Err(vm.new_exception(&vm.exc_type("StopIteration"), args))
        }
    }
}

/// Install the methods of every built-in type.
pub fn install(vm: &Vm) {
    super::bytes_methods::install(vm);
    super::coroutines::install(vm);
    let t = &vm.types;
    add(vm, &t.object, "__init__", object_init);
    add(vm, &t.object, "__repr__", object_repr);
    add(vm, &t.object, "__str__", object_str);
    add(vm, &t.object, "__format__", super::format::format_method);
    add(vm, &t.object, "__setattr__", object_setattr);
    add(vm, &t.object, "__delattr__", object_delattr);
    add(vm, &t.object, "__getattribute__", object_getattribute);
    add_static(vm, &t.object, "__new__", object_new);
    add_class(vm, &t.object, "__init_subclass__", object_init_subclass);
    add(vm, &t.object, "__eq__", object_eq);
    add(vm, &t.object, "__ne__", object_ne);
    add(vm, &t.object, "__hash__", object_hash);
    add(vm, &t.object, "__sizeof__", object_sizeof);
    add(vm, &t.object, "__reduce_ex__", object_reduce_ex);
    add(vm, &t.object, "__reduce__", object_reduce);
    add(vm, &t.object, "__getstate__", object_getstate);
    add(vm, &t.type_, "mro", type_mro);
    add(
        vm,
        &t.type_,
        "__subclasses__",
        super::class_refs::type_subclasses,
    );
    add(vm, &t.base_exception, "__init__", exc_init);
    add(vm, &t.base_exception, "with_traceback", exc_with_traceback);
    add(vm, &t.base_exception, "add_note", exc_add_note);
    super::exception_group::install(vm);
    let s = &t.str_;
    for (n, f) in [
        ("strip", str_strip as NativeFn),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("upper", str_upper),
        ("lower", str_lower),
        ("swapcase", str_swapcase),
        ("capitalize", str_capitalize),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("zfill", str_zfill),
        ("encode", str_encode),
    ] {
        add(vm, s, n, f);
    }
    super::str_methods::install(vm);
    let l = &t.list;
    for (n, f) in [
        ("append", list_append as NativeFn),
        ("extend", list_extend),
        ("pop", list_pop),
        ("insert", list_insert),
        ("remove", list_remove),
        ("index", list_index),
        ("count", list_count),
        ("sort", list_sort),
        ("reverse", list_reverse),
        ("copy", list_copy),
        ("clear", list_clear),
    ] {
        add(vm, l, n, f);
    }
    add(vm, &t.tuple, "index", tuple_index);
    add(vm, &t.tuple, "count", tuple_count);
    add(vm, &t.range, "index", range_index);
    add(vm, &t.range, "count", range_count);
    let d = &t.dict;
    for (n, f) in [
        ("get", dict_get as NativeFn),
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("update", dict_update),
        ("copy", dict_copy),
        ("clear", dict_clear),
    ] {
        add(vm, d, n, f);
    }
    for st in [&t.set, &t.frozenset] {
        for (n, f) in [
            ("union", set_union as NativeFn),
            ("intersection", set_intersection),
            ("difference", set_difference),
            ("copy", set_copy),
            ("issubset", set_issubset),
            ("issuperset", set_issuperset),
        ] {
            add(vm, st, n, f);
        }
    }
    for (n, f) in [
        ("add", set_add as NativeFn),
        ("remove", set_remove),
        ("discard", set_discard),
        ("pop", set_pop),
        ("clear", set_clear),
        ("update", set_update),
    ] {
        add(vm, &t.set, n, f);
    }
    add(vm, &t.int, "bit_length", int_bit_length);
    add(vm, &t.float, "is_integer", float_is_integer);
    add(vm, &t.complex, "conjugate", super::complex::conjugate);
    super::complex::install_parts(vm);
    for it in [&t.iterator, &t.generator] {
        add(vm, it, "__iter__", iter_self);
        add(vm, it, "__next__", iter_next);
    }
    add(vm, &t.iterator, "__reduce__", iter_reduce);
    add(vm, &t.iterator, "__setstate__", iter_setstate);
    add(vm, &t.generator, "send", gen_send);
    add(vm, &t.generator, "close", gen_close);
    add(vm, &t.generator, "throw", gen_throw);
    super::collection_methods::install(vm);
    super::number_methods::install(vm);
    super::number_dunders::install(vm);
    super::container_dunders::install(vm);
}
