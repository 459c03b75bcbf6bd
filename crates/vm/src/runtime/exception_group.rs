//! Exception groups (PEP 654) with CPython 3.12's semantics: `BaseExceptionGroup` and
//! `ExceptionGroup` (constructor checks, `message`, `exceptions`, `split`, `subgroup`,
//! `derive`, `str()`), and the run-time half of `except*` (`CheckEgMatch`,
//! `PrepReraiseStar`; the compiler's half is `compile/except_star.rs`).
//!
//! A group keeps its message and exceptions tuple in [`ExcData::group`]; `args` is what the
//! constructor was given, as in CPython (`ExceptionGroup('m', [ValueError(1)])`).
//! `split`/`subgroup` build their parts with `derive` and copy the original's traceback,
//! `__context__`, `__cause__` and a copy of `__notes__` onto them, so an unchanged part that
//! an `except*` clause re-raises is recognised by that metadata (CPython's
//! `is_same_exception_metadata`) and put back in the original group's shape.

use std::collections::HashSet;
use std::rc::Rc;

use heap::{Gc, ObjRef};

use super::objects::class::Kind;
use super::objects::*;
use super::{Args, PyResult, Vm};

/// The message and exceptions tuple of an exception group, if `e` is one.
pub fn group_parts(e: &ObjRef) -> Option<(ObjRef, ObjRef)> {
    let inst = e.downcast_ref::<Instance>()?;
    let d = inst.exc()?;
    let g = d.group.borrow().clone();
    g
}

/// The sub-exceptions of group `e` (empty for anything else).
pub fn group_members(e: &ObjRef) -> Vec<ObjRef> {
    group_parts(e)
        .and_then(|(_, excs)| excs.downcast::<TupleObj>())
        .map(|t| tuple_items(&t).to_vec())
        .unwrap_or_default()
}

fn exc_data(e: &ObjRef) -> Option<Rc<ExcData>> {
    e.downcast_ref::<Instance>().and_then(|i| i.exc())
}

fn is_exception(e: &ObjRef) -> bool {
    exc_data(e).is_some()
}

impl Vm {
    /// `isinstance(e, BaseExceptionGroup)`.
    pub fn is_exception_group(&self, e: &ObjRef) -> bool {
        is_exception(e) && self.isinstance(e, &self.exc_type("BaseExceptionGroup"))
    }
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`: CPython's checks and messages;
/// `BaseExceptionGroup` itself gives an `ExceptionGroup` when every member is an
/// `Exception`.
pub fn new_group(vm: &Vm, cls: &Gc<TypeObj>, pos: &[ObjRef]) -> PyResult {
    if pos.len() != 2 {
        return vm.type_err(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            pos.len()
        ));
    }
    let (message, excs) = (&pos[0], &pos[1]);
    if !message.is::<StrObj>() {
        return vm.type_err(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            super::arg_spec::bad_type_name(vm, message)
        ));
    }
    if !is_sequence(vm, excs)? {
        return vm.type_err("second argument (exceptions) must be a sequence");
    }
    let items = vm.collect(excs)?;
    if items.is_empty() {
        return vm.value_err("second argument (exceptions) must be a non-empty sequence");
    }
    let exception = vm.exc_type("Exception");
    let mut nested_base = false;
    for (i, e) in items.iter().enumerate() {
        if !is_exception(e) {
            return vm.value_err(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            ));
        }
        nested_base |= !vm.isinstance(e, &exception);
    }
    let base_group = vm.exc_type("BaseExceptionGroup");
    let group = vm.exc_type("ExceptionGroup");
    let mut cls = cls.clone();
    if Gc::ptr_eq(&cls, &group) {
        if nested_base {
            return vm.type_err("Cannot nest BaseExceptions in an ExceptionGroup");
        }
    } else if Gc::ptr_eq(&cls, &base_group) {
        if !nested_base {
            cls = group;
        }
    } else if nested_base && vm.is_subtype(&cls, &exception) {
        return vm.type_err(format!("Cannot nest BaseExceptions in '{}'", cls.name));
    }
    let obj = vm.alloc_instance(&cls, pos)?;
    let tuple = vm.new_tuple(items)?;
    if let Some(d) = exc_data(&obj) {
        *d.group.borrow_mut() = Some((message.clone(), tuple));
    }
    Ok(obj)
}

/// `PySequence_Check`: has `__getitem__` and is not a dict.
fn is_sequence(vm: &Vm, o: &ObjRef) -> PyResult<bool> {
    if o.is::<TupleObj>() || o.is::<ListObj>() || o.is::<StrObj>() || o.is::<BytesObj>() {
        return Ok(true);
    }
    if o.is::<DictObj>() || o.is::<SetObj>() {
        return Ok(false);
    }
    let t = vm.type_of(o);
    if vm.is_subtype(&t, &vm.types.dict) {
        return Ok(false);
    }
    Ok(vm.lookup_type_attr(&t, "__getitem__")?.is_some())
}

/// The `__new__` static method: `cls` first.
fn group_new_method(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(cls) = a.pos.first().and_then(|c| c.downcast::<TypeObj>()) else {
        return vm.type_err("BaseExceptionGroup.__new__(X): X is not a type object");
    };
    if !vm.is_subtype(&cls, &vm.exc_type("BaseExceptionGroup")) {
        return vm.type_err(format!(
            "BaseExceptionGroup.__new__({0}): {0} is not a subtype of BaseExceptionGroup",
            cls.name
        ));
    }
    new_group(vm, &cls, &a.pos[1..])
}

/// `BaseExceptionGroup.__init__`: no keywords; `args` becomes the arguments.
fn group_init(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(this) = a.pos.first() else {
        return vm
            .type_err("descriptor '__init__' of 'BaseExceptionGroup' object needs an argument");
    };
    if !a.kwnames.is_empty() {
        return vm.type_err(format!(
            "{}() takes no keyword arguments",
            vm.type_of(this).name
        ));
    }
    if let Some(d) = exc_data(this) {
        *d.args.borrow_mut() = Some(vm.new_tuple_from(&a.pos[1..])?);
    }
    Ok(vm.none())
}

/// Is `t` (an exception class) `BaseExceptionGroup` or a subclass? Asked on every exception
/// instantiation, so by name along the MRO rather than through `Vm::exc_type`'s table.
fn is_group_class(t: &Gc<TypeObj>) -> bool {
    std::iter::once(t)
        .chain(t.mro.iter())
        .any(|c| c.name.len() == 18 && c.name == "BaseExceptionGroup" && c.has(class::BUILTIN))
}

/// `Vm::call_type`'s hook: an exception group class whose `__new__` is the built-in one.
pub fn construct(
    vm: &Vm,
    t: &Gc<TypeObj>,
    init: &Option<ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&[ObjRef]>,
) -> PyResult<Option<ObjRef>> {
    if t.kind != Kind::Exception || !is_group_class(t) {
        return Ok(None);
    }
    let nkw = kwnames.map_or(0, |k| k.len());
    let obj = new_group(vm, t, &args[..args.len() - nkw])?;
    let cls = vm.type_of(&obj);
    if vm.is_subtype(&cls, t) {
        // `BaseExceptionGroup(...)` may have made an ExceptionGroup: its `__init__` runs.
        let init = if Gc::ptr_eq(&cls, t) {
            init.clone()
        } else {
            vm.lookup_type_attr(&cls, "__init__")?
        };
        vm.run_init_with(&cls, init, &obj, args, kwnames, true)?;
    }
    Ok(Some(obj))
}

fn this_group(vm: &Vm, a: &Args<'_>, method: &str) -> PyResult<ObjRef> {
    match a.pos.first() {
        Some(e) if group_parts(e).is_some() => Ok(e.clone()),
        _ => vm.type_err(format!(
            "descriptor '{method}' requires a 'BaseExceptionGroup' object"
        )),
    }
}

/// How `split`/`subgroup` (and `except*`'s re-raise) decide what matches.
enum Matcher {
    /// An exception class or tuple of them.
    Type(ObjRef),
    /// A predicate called with each exception (groups included).
    Predicate(ObjRef),
    /// These leaf exceptions (by identity).
    Ids(HashSet<usize>),
}

fn is_exception_class(vm: &Vm, o: &ObjRef) -> bool {
    o.downcast::<TypeObj>()
        .is_some_and(|t| vm.is_subtype(&t, &vm.types.base_exception))
}

fn is_callable(vm: &Vm, o: &ObjRef) -> PyResult<bool> {
    if o.is::<FuncObj>() || o.is::<BuiltinFunc>() || o.is::<BoundMethod>() || o.is::<TypeObj>() {
        return Ok(true);
    }
    if o.is::<Instance>() {
        return Ok(vm.lookup_type_attr(&vm.type_of(o), "__call__")?.is_some());
    }
    Ok(false)
}

fn matcher(vm: &Vm, v: &ObjRef) -> PyResult<Matcher> {
    if !v.is::<TypeObj>() && is_callable(vm, v)? {
        return Ok(Matcher::Predicate(v.clone()));
    }
    if is_exception_class(vm, v) {
        return Ok(Matcher::Type(v.clone()));
    }
    if let Some(t) = v.downcast::<TupleObj>() {
        if tuple_items(&t).iter().all(|x| is_exception_class(vm, x)) {
            return Ok(Matcher::Type(v.clone()));
        }
    }
    vm.type_err("expected a function, exception type or tuple of exception types")
}

fn matches(vm: &Vm, e: &ObjRef, m: &Matcher) -> PyResult<bool> {
    match m {
        Matcher::Type(t) => vm.exc_match(e, t),
        Matcher::Predicate(f) => {
            let r = vm.call(f, std::slice::from_ref(e), None)?;
            vm.truthy(&r)
        }
        Matcher::Ids(ids) => Ok(is_exception(e) && ids.contains(&e.addr())),
    }
}

/// The matching part and (with `with_rest`) the rest of `e` (CPython's
/// `exceptiongroup_split_recursive`).
fn split_recursive(
    vm: &Vm,
    e: &ObjRef,
    m: &Matcher,
    with_rest: bool,
) -> PyResult<(Option<ObjRef>, Option<ObjRef>)> {
    if matches(vm, e, m)? {
        return Ok((Some(e.clone()), None));
    }
    if group_parts(e).is_none() {
        return Ok((None, with_rest.then(|| e.clone())));
    }
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for x in group_members(e) {
        vm.enter()?;
        let r = split_recursive(vm, &x, m, with_rest);
        vm.leave();
        let (mx, rx) = r?;
        matched.extend(mx);
        rest.extend(rx);
    }
    let matched = subset(vm, e, matched)?;
    let rest = if with_rest {
        subset(vm, e, rest)?
    } else {
        None
    };
    Ok((matched, rest))
}

/// A group of `excs` made by `orig.derive(excs)`, with `orig`'s traceback, context, cause
/// and a copy of its notes; `None` for no exceptions (CPython's `exceptiongroup_subset`).
fn subset(vm: &Vm, orig: &ObjRef, excs: Vec<ObjRef>) -> PyResult<Option<ObjRef>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let list = vm.new_list(excs)?;
    let derive = vm.getattr_str(orig, "derive")?;
    let eg = vm.call(&derive, &[list], None)?;
    if !vm.is_exception_group(&eg) {
        return vm.type_err("derive must return an instance of BaseExceptionGroup");
    }
    if let (Some(from), Some(to)) = (exc_data(orig), exc_data(&eg)) {
        let entries = from.traceback.borrow().clone();
        *to.traceback.borrow_mut() = entries;
        let tb = from.tb_obj.borrow().clone();
        *to.tb_obj.borrow_mut() = tb;
        let context = from.context.borrow().clone();
        *to.context.borrow_mut() = context;
        // PyException_SetCause also sets __suppress_context__.
        let cause = from.cause.borrow().clone();
        *to.cause.borrow_mut() = cause;
        to.suppress_context.set(true);
    }
    let notes_name = vm.intern("__notes__")?;
    if let Some(notes) = vm.getattr_opt(orig, &notes_name)? {
        // Each part gets its own notes list; notes that are not a sequence are left out.
        if is_sequence(vm, &notes)? {
            let copy = vm.new_list(vm.collect(&notes)?)?;
            vm.setattr(&eg, &notes_name, copy)?;
        }
    }
    Ok(Some(eg))
}

fn one_arg<'a>(vm: &Vm, a: &'a Args<'_>, name: &str) -> PyResult<&'a ObjRef> {
    if !a.kwnames.is_empty() {
        return vm.type_err(format!("{name}() takes no keyword arguments"));
    }
    let n = a.pos.len().saturating_sub(1);
    if n != 1 {
        return vm.type_err(format!("{name} expected 1 argument, got {n}"));
    }
    Ok(&a.pos[1])
}

/// `eg.split(condition)` → `(match, rest)`.
fn group_split(vm: &Vm, a: &Args<'_>) -> PyResult {
    let e = this_group(vm, a, "split")?;
    let m = matcher(vm, one_arg(vm, a, "split")?)?;
    let (matched, rest) = split_recursive(vm, &e, &m, true)?;
    vm.new_tuple([
        matched.unwrap_or_else(|| vm.none()),
        rest.unwrap_or_else(|| vm.none()),
    ])
}

/// `eg.subgroup(condition)` → the matching part or None.
fn group_subgroup(vm: &Vm, a: &Args<'_>) -> PyResult {
    let e = this_group(vm, a, "subgroup")?;
    let m = matcher(vm, one_arg(vm, a, "subgroup")?)?;
    let (matched, _) = split_recursive(vm, &e, &m, false)?;
    Ok(matched.unwrap_or_else(|| vm.none()))
}

/// `eg.derive(excs)` → `BaseExceptionGroup(eg.message, excs)`.
fn group_derive(vm: &Vm, a: &Args<'_>) -> PyResult {
    let e = this_group(vm, a, "derive")?;
    // CPython parses with `PyArg_ParseTuple(args, "O")`, whose message has no name.
    if !a.kwnames.is_empty() {
        return vm.type_err("derive() takes no keyword arguments");
    }
    if a.pos.len() != 2 {
        return vm.type_err(format!(
            "function takes exactly 1 argument ({} given)",
            a.pos.len().saturating_sub(1)
        ));
    }
    let (message, _) = group_parts(&e).expect("checked by this_group");
    let base = Gc::into_obj(vm.exc_type("BaseExceptionGroup"));
    vm.call(&base, &[message, a.pos[1].clone()], None)
}

/// `str(eg)`: `message (N sub-exceptions)`.
pub fn group_str(vm: &Vm, e: &ObjRef) -> PyResult<Option<String>> {
    let Some((message, excs)) = group_parts(e) else {
        return Ok(None);
    };
    let n = excs
        .downcast::<TupleObj>()
        .map_or(0, |t| tuple_items(&t).len());
    Ok(Some(format!(
        "{} ({n} sub-exception{})",
        vm.str(&message)?,
        if n > 1 { "s" } else { "" }
    )))
}

/// `eg.message` / `eg.exceptions` (read-only members).
pub fn group_attr(d: &ExcData, name: &str) -> Option<ObjRef> {
    let g = d.group.borrow();
    let (message, excs) = g.as_ref()?;
    match name {
        "message" => Some(message.clone()),
        "exceptions" => Some(excs.clone()),
        _ => None,
    }
}

/// Install the methods of `BaseExceptionGroup`.
pub fn install(vm: &Vm) {
    let t = vm.exc_type("BaseExceptionGroup");
    super::methods::add_static(vm, &t, "__new__", group_new_method);
    super::methods::add(vm, &t, "__init__", group_init);
    super::methods::add(vm, &t, "split", group_split);
    super::methods::add(vm, &t, "subgroup", group_subgroup);
    super::methods::add(vm, &t, "derive", group_derive);
}

// ---- except* ----------------------------------------------------------------------------

/// A new group `BaseExceptionGroup(message, excs)` (CPython's `_PyExc_CreateExceptionGroup`).
fn create_group(vm: &Vm, message: &str, excs: ObjRef) -> PyResult {
    let base = Gc::into_obj(vm.exc_type("BaseExceptionGroup"));
    let m = vm.new_str(message)?;
    vm.call(&base, &[m, excs], None)
}

/// `except* T` with `T` evaluated: the exception classes allowed (not groups).
fn check_star_type(vm: &Vm, t: &ObjRef) -> PyResult<()> {
    let items = match t.downcast::<TupleObj>() {
        Some(tt) => tuple_items(&tt).to_vec(),
        None => vec![t.clone()],
    };
    if !items.iter().all(|x| is_exception_class(vm, x)) {
        return vm
            .type_err("catching classes that do not inherit from BaseException is not allowed");
    }
    let group = vm.exc_type("BaseExceptionGroup");
    if items
        .iter()
        .filter_map(|x| x.downcast::<TypeObj>())
        .any(|x| vm.is_subtype(&x, &group))
    {
        return vm
            .type_err("catching ExceptionGroup with except* is not allowed. Use except instead.");
    }
    Ok(())
}

/// `CheckEgMatch`: `(rest, match)` of exception `exc` (or None, after an earlier clause
/// took everything) for clause type `t`. A naked exception that matches is wrapped in a
/// group that has no traceback of its own (as CPython 3.12.1 leaves it).
pub fn eg_match(vm: &Vm, exc: &ObjRef, t: &ObjRef) -> PyResult<(ObjRef, ObjRef)> {
    check_star_type(vm, t)?;
    if vm.is_none(exc) {
        return Ok((vm.none(), vm.none()));
    }
    if vm.exc_match(exc, t)? {
        if vm.is_exception_group(exc) {
            return Ok((vm.none(), exc.clone()));
        }
        let excs = vm.new_tuple([exc.clone()])?;
        return Ok((vm.none(), create_group(vm, "", excs)?));
    }
    if vm.is_exception_group(exc) {
        let split = vm.getattr_str(exc, "split")?;
        let pair = vm.call(&split, std::slice::from_ref(t), None)?;
        let cls = vm.type_of(exc);
        let Some(p) = pair
            .downcast::<TupleObj>()
            .filter(|_| vm.type_of(&pair).has(class::BUILTIN))
        else {
            return vm.type_err(format!(
                "{}.split must return a tuple, not {}",
                cls.name,
                vm.type_name(&pair)
            ));
        };
        if tuple_items(&p).len() < 2 {
            return vm.type_err(format!(
                "{}.split must return a 2-tuple, got tuple of size {}",
                cls.name,
                tuple_items(&p).len()
            ));
        }
        return Ok((tuple_items(&p)[1].clone(), tuple_items(&p)[0].clone()));
    }
    Ok((exc.clone(), vm.none()))
}

/// Do `a` and `b` carry the same notes, traceback, cause and context (an unchanged part of
/// the original group that a clause re-raised)?
fn same_metadata(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    let (Some(x), Some(y)) = (exc_data(a), exc_data(b)) else {
        return Ok(false);
    };
    let same_opt = |p: &Option<ObjRef>, q: &Option<ObjRef>| match (p, q) {
        (None, None) => true,
        (Some(p), Some(q)) => p.ptr_eq(q),
        _ => false,
    };
    let same_tb = {
        let (s, t) = (x.traceback.borrow(), y.traceback.borrow());
        s.len() == t.len()
            && s.iter()
                .zip(t.iter())
                .all(|(p, q)| Rc::ptr_eq(&p.code, &q.code) && p.idx == q.idx)
    };
    if !same_tb
        || !same_opt(&x.cause.borrow(), &y.cause.borrow())
        || !same_opt(&x.context.borrow(), &y.context.borrow())
    {
        return Ok(false);
    }
    let notes = vm.intern("__notes__")?;
    let na = vm.getattr_opt(a, &notes)?;
    let nb = vm.getattr_opt(b, &notes)?;
    Ok(same_opt(&na, &nb))
}

/// The ids of the leaf exceptions of `e`.
fn collect_leaf_ids(vm: &Vm, e: &ObjRef, ids: &mut HashSet<usize>) -> PyResult<()> {
    if vm.is_none(e) {
        return Ok(());
    }
    if group_parts(e).is_none() {
        ids.insert(e.addr());
        return Ok(());
    }
    for x in group_members(e) {
        vm.enter()?;
        let r = collect_leaf_ids(vm, &x, ids);
        vm.leave();
        r?;
    }
    Ok(())
}

/// `PrepReraiseStar`: what an `except*` statement raises, from the original exception and
/// the list of exceptions its clauses raised or re-raised plus the unmatched rest (CPython's
/// `_PyExc_PrepReraiseStar`); None when there is nothing to raise.
pub fn prep_reraise_star(vm: &Vm, orig: &ObjRef, excs: &ObjRef) -> PyResult {
    let items = vm.collect(excs)?;
    let Some(first) = items.first() else {
        return Ok(vm.none());
    };
    if group_parts(orig).is_none() {
        // A naked exception was wrapped: at most one clause ran.
        return Ok(first.clone());
    }
    let mut raised = Vec::new();
    let mut reraised = Vec::new();
    for e in items {
        if vm.is_none(&e) {
            continue;
        }
        if same_metadata(vm, &e, orig)? {
            reraised.push(e);
        } else {
            raised.push(e);
        }
    }
    // The re-raised parts, in the original group's shape.
    let mut ids = HashSet::new();
    for e in &reraised {
        collect_leaf_ids(vm, e, &mut ids)?;
    }
    let kept = split_recursive(vm, orig, &Matcher::Ids(ids), false)?.0;
    if raised.is_empty() {
        return Ok(kept.unwrap_or_else(|| vm.none()));
    }
    raised.extend(kept);
    if raised.len() == 1 {
        return Ok(raised.remove(0));
    }
    let list = vm.new_list(raised)?;
    create_group(vm, "", list)
}
