//! The eval loop: one `run_frame` per Python call. Instructions run in `execute`; an error
//! returns from it with `?` and `run_frame` unwinds the block stack (adding the traceback
//! entry) and either jumps to a handler or returns the exception to the caller.

use std::cell::{Cell, RefCell};

use heap::{Gc, ObjRef};

use super::call::GenStep;
use super::frame::{Block, BlockKind, Frame, GlobalCache, InstrCache, MethodCache, MEMBER_ENTRY};
use super::objects::class::{
    BUILTIN, HAS_DATA_DESCR, HAS_GETATTR, HAS_GETATTRIBUTE, HAS_SETATTR, INSTANCE_CLASS_ASSIGNED,
};
use super::objects::exception::TbEntry;
use super::objects::instance::{
    in_dict_mode, inst_get, inst_get_side, inst_has, inst_set, set_after_inline,
};
use super::objects::*;
use super::ops::{list_store_fast, small_index};
use super::receiver_cache;
use super::{Args, PyResult, Vm};
use crate::bytecode::{AsyncOp, CodeObject, Instr};
use crate::ir::{BinOp, CmpOp};

/// How a frame stopped.
pub enum Exit {
    /// `return v`.
    Return(ObjRef),
    /// `yield v` (generators; the frame can be resumed).
    Yield(ObjRef),
}

thread_local! {
    static NO_TB: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Raise `e` without adding a traceback entry for the current frame (re-raise).
fn reraise<T>(e: ObjRef) -> PyResult<T> {
    NO_TB.with(|c| c.set(true));
    Err(e)
}

/// Run a frame until it returns, yields or raises.
#[inline(always)]
pub fn run_frame(vm: &Vm, f: &mut Frame) -> PyResult<Exit> {
    run_frame_with(vm, f, None)
}

/// Run a frame, first raising `pending` at its current position (generator `throw`/`close`).
#[inline(always)]
pub fn run_frame_with(vm: &Vm, f: &mut Frame, pending: Option<ObjRef>) -> PyResult<Exit> {
    if let Some(e) = pending {
        vm.chain_thrown(f, &e);
        if let Some(e) = unwind(vm, f, e, false) {
            return Err(e);
        }
    }
    loop {
        match execute(vm, f) {
            Ok(exit) => {
                // Returning with except handlers still active: restore the handled exception.
                // (A suspended generator keeps its blocks.)
                if matches!(exit, Exit::Return(_)) && !f.blocks.is_empty() {
                    restore_handled(vm, f);
                }
                return Ok(exit);
            }
            Err(exc) => {
                if let Some(exc) = unwind(vm, f, exc, true) {
                    return Err(exc);
                }
            }
        }
    }
}

#[cold]
#[inline(never)]
fn restore_handled(vm: &Vm, f: &mut Frame) {
    while let Some(b) = f.blocks.pop() {
        if b.kind == BlockKind::ExceptHandler {
            *vm.handled.borrow_mut() = b.saved;
        }
    }
}

/// An exception left `execute`: add the frame's traceback entry, then unwind the block
/// stack to the nearest handler (None: execution resumes there) or give the exception back
/// to the caller. Kept out of line so that the normal return path stays small.
/// `raised_here`: the exception may be new in this frame (an error from native code gets
/// its implicit context here, where it has no traceback yet; one passing through from a
/// callee keeps the context it was raised with).
#[cold]
#[inline(never)]
fn unwind(vm: &Vm, f: &mut Frame, exc: ObjRef, raised_here: bool) -> Option<ObjRef> {
    let skip_tb = NO_TB.with(|c| c.replace(false));
    if !skip_tb {
        if let Some(inst) = exc.downcast_ref::<Instance>() {
            if let Some(e) = inst.exc() {
                let fresh = raised_here && e.traceback.borrow().is_empty();
                // Frozen stand-ins for CPython's C code have no frames to show.
                if super::modules::frozen::shows_frames(f.code()) {
                    e.traceback.borrow_mut().push(TbEntry {
                        code: f.code().clone(),
                        idx: (f.lasti.max(1) - 1) as u32,
                        locals: Vec::new(),
                    });
                }
                if fresh && e.context.borrow().is_none() {
                    vm.chain_handled(&exc);
                }
            }
        }
    }
    while let Some(b) = f.blocks.pop() {
        let cut = b.level.min(f.stack.len());
        let dropped: Vec<ObjRef> = f.stack.split_off(cut);
        drop(dropped);
        if b.kind == BlockKind::ExceptHandler {
            *vm.handled.borrow_mut() = b.saved;
            continue;
        }
        let prev = vm.handled.replace(Some(exc.clone()));
        f.blocks.push(Block {
            kind: BlockKind::ExceptHandler,
            handler: 0,
            level: f.stack.len(),
            saved: prev,
        });
        f.stack.push(exc);
        f.lasti = b.handler as usize;
        return None;
    }
    let code = f.code().clone();
    super::tracebacks::keep_frame_locals(&exc, &code, &mut f.slots);
    Some(exc)
}

macro_rules! pop {
    ($f:expr) => {
        match $f.stack.pop() {
            Some(v) => v,
            None => return Err(stack_error()),
        }
    };
}

macro_rules! top {
    ($f:expr) => {
        match $f.stack.last() {
            Some(v) => v,
            None => return Err(stack_error()),
        }
    };
}

/// Slot `i` for `LoadFast` and its fused forms.
#[inline(always)]
fn load_fast(vm: &Vm, f: &Frame, code: &CodeObject, i: u32) -> PyResult {
    bound_slot(vm, &f.slots, code, i).cloned()
}

/// The value in slot `i`, borrowed (no count traffic), or `UnboundLocalError`.
#[inline(always)]
fn bound_slot<'a>(
    vm: &Vm,
    slots: &'a [Option<ObjRef>],
    code: &CodeObject,
    i: u32,
) -> PyResult<&'a ObjRef> {
    match &slots[i as usize] {
        Some(v) => Ok(v),
        None => Err(unbound_local(vm, code, i)),
    }
}

/// The error for reading or deleting local `i` while it is unbound.
#[cold]
fn unbound_local(vm: &Vm, code: &CodeObject, i: u32) -> ObjRef {
    vm.exc_msg(
        "UnboundLocalError",
        &format!(
            "cannot access local variable '{}' where it is not associated with a value",
            code.slot_name(i)
        ),
    )
}

fn stack_error() -> ObjRef {
    panic!("pymem internal error: value stack underflow")
}

fn name_error(vm: &Vm, name: &str) -> ObjRef {
    vm.exc_msg("NameError", &format!("name '{name}' is not defined"))
}

#[inline(always)]
pub(super) fn cached_entry(d: &DictObj, idx: u32, name: &ObjRef) -> Option<ObjRef> {
    let inner = d.0.borrow();
    match inner.entries.get(idx as usize) {
        Some(Some(e)) if e.key.ptr_eq(name) => Some(e.value.clone()),
        _ => None,
    }
}

fn find_index(d: &DictObj, name: &ObjRef, s: &StrObj) -> Option<(u32, ObjRef)> {
    let inner = d.0.borrow();
    let i = inner.find_by(s.hash(), |k| {
        k.ptr_eq(name) || k.downcast_ref::<StrObj>().is_some_and(|x| x.s == s.s)
    })?;
    inner.entries[i]
        .as_ref()
        .map(|e| (i as u32, e.value.clone()))
}

/// `LoadGlobal`: the cached entry when it still holds the name (inlined into the eval loop),
/// else the full lookup.
#[inline(always)]
fn load_global(vm: &Vm, f: &Frame, i: usize) -> PyResult {
    if let (Some(name), Some(cache)) = (f.data.names.get(i), f.data.global_cache.get(i)) {
        let c = cache.get();
        let hit = match c.kind {
            1 => cached_entry(&f.globals, c.idx, name),
            2 if c.gaddr == Gc::addr(&f.globals) && c.gver == f.globals.0.borrow().version => {
                cached_entry(&vm.builtins, c.idx, name)
            }
            _ => None,
        };
        if let Some(v) = hit {
            return Ok(v);
        }
    }
    load_global_slow(vm, f, i)
}

#[inline(never)]
fn load_global_slow(vm: &Vm, f: &Frame, i: usize) -> PyResult {
    let name = &f.data.names[i];
    let cache = &f.data.global_cache[i];
    let s = name.downcast_ref::<StrObj>().expect("names are strs");
    if let Some((idx, v)) = find_index(&f.globals, name, s) {
        if f.globals.0.borrow().entries[idx as usize]
            .as_ref()
            .is_some_and(|e| e.key.ptr_eq(name))
        {
            cache.set(GlobalCache {
                kind: 1,
                idx,
                gaddr: 0,
                gver: 0,
            });
        }
        return Ok(v);
    }
    if let Some((idx, v)) = find_index(&vm.builtins, name, s) {
        cache.set(GlobalCache {
            kind: 2,
            idx,
            gaddr: Gc::addr(&f.globals),
            gver: f.globals.0.borrow().version,
        });
        return Ok(v);
    }
    Err(super::suggestions::name_error(vm, f, &s.s))
}

/// The cached key position of `name` for an instance attribute access at one instruction,
/// when the fast path applies: the class has no data descriptors (nor the `extra_flag`, i.e.
/// `__setattr__` for stores) and the class's key at the cached position is `name`. The
/// caller still tells plain instances (values inline) from ones with side-table state.
#[inline(always)]
fn cached_key(
    cache: &Cell<u32>,
    inst: &Gc<Instance>,
    name: &ObjRef,
    extra_flag: u32,
) -> Option<usize> {
    let c = cache.get();
    let cls = inst.layout();
    // `INSTANCE_CLASS_ASSIGNED`: the cache is keyed by the layout class, which may then not
    // be `type(self)`.
    if c == 0 || cls.has(HAS_DATA_DESCR | extra_flag | INSTANCE_CLASS_ASSIGNED) {
        return None;
    }
    let idx = (c - 1) as usize;
    if let Some(key) = cls.slots.as_ref().and_then(|s| s.get(idx)) {
        // A `__slots__` name: the class's first keys, fixed at creation (no borrow).
        return key.ptr_eq(name).then_some(idx);
    }
    let keys = cls.keys.borrow();
    keys.get(idx).is_some_and(|k| k.ptr_eq(name)).then_some(idx)
}

/// `o.name` for `LoadAttr` and its fused form, through the instruction's attribute cache
/// (an instance attribute) or its method cache slot (a property of the class).
#[inline(always)]
fn load_attr(vm: &Vm, caches: &InstrCache, o: &ObjRef, name: &ObjRef) -> PyResult {
    let (cache, prop_cache) = (&caches.attr, &caches.method);
    if let Some(inst) = o.downcast_ref::<Instance>() {
        if let Some(idx) = cached_key(cache, inst, name, 0) {
            let v = if Instance::plain(inst) {
                inst_get(inst, idx)
            } else {
                inst_get_side(inst, idx)
            };
            if let Some(v) = v {
                return Ok(v);
            }
        } else if inst.layout().has(HAS_DATA_DESCR) && !inst.class_may_differ() {
            // Tested only on a miss: plain classes' hits pay nothing for it.
            if let Some(v) = cached_member(vm, prop_cache, inst).and_then(|i| inst_get(inst, i)) {
                return Ok(v);
            }
            return descriptor_get(vm, prop_cache, inst, o, name);
        }
    }
    load_attr_slow(vm, cache, prop_cache, o, name)
}

/// [`load_attr`] past the instance caches: a module's or a class's attribute through the
/// instruction's cache (`receiver_cache.rs`), else the full lookup, which fills a cache.
#[inline(never)]
fn load_attr_slow(
    vm: &Vm,
    cache: &Cell<u32>,
    prop_cache: &Cell<MethodCache>,
    o: &ObjRef,
    name: &ObjRef,
) -> PyResult {
    if let Some(v) = receiver_cache::lookup(vm, prop_cache, o, name) {
        return Ok(v);
    }
    let v = vm.getattr(o, name)?;
    if let Some(inst) = o.downcast_ref::<Instance>() {
        fill_attr_cache(vm, cache, inst, name, 0);
    } else {
        receiver_cache::fill(vm, prop_cache, o, name);
    }
    Ok(v)
}

/// `o.name` on an instance whose class has data descriptors, where this instruction found
/// the name last time along the class's MRO (the method cache's coordinates, valid while no
/// class namespace changed): a property's getter, called directly. (A `__slots__` member
/// found there is served before this, by [`cached_member`].) Anything else takes `getattr`,
/// and a property or member found there is remembered. Not with `__getattribute__` or
/// `__getattr__` (an AttributeError from a getter or an empty slot goes to `__getattr__`).
#[inline(never)]
fn descriptor_get(
    vm: &Vm,
    prop_cache: &Cell<MethodCache>,
    inst: &Gc<Instance>,
    o: &ObjRef,
    name: &ObjRef,
) -> PyResult {
    let cls = inst.layout(); // Callers test `class_may_differ`.
    if cls.has(HAS_GETATTRIBUTE | HAS_GETATTR) {
        return vm.getattr(o, name);
    }
    if let Some(entry) = method_cache_entry(vm, prop_cache, cls, name) {
        if let Some(fget) = property_getter(&entry) {
            return vm.call_function(fget, std::slice::from_ref(o), None);
        }
    }
    let v = vm.getattr(o, name)?;
    remember_descriptor(vm, prop_cache, cls, name, |e| property_getter(e).is_some());
    Ok(v)
}

/// The slot position of the `__slots__` member this instruction found last time for
/// instances of `inst`'s class ([`remember_descriptor`]), while no class namespace changed
/// since: the member is then still what the class's MRO has first under the name, and a
/// member is a data descriptor, so it decides the access (CPython 3.12's
/// `LOAD_ATTR_SLOT`/`STORE_ATTR_SLOT`). Only for plain instances (no side-table state), whose
/// slots are their first inline values. Callers test `class_may_differ`.
#[inline(always)]
fn cached_member(vm: &Vm, prop_cache: &Cell<MethodCache>, inst: &Gc<Instance>) -> Option<usize> {
    let c = prop_cache.get();
    if c.keys_len != MEMBER_ENTRY
        || c.cls != Gc::addr(inst.layout())
        || c.version != vm.type_version.get()
        || !Instance::plain(inst)
    {
        return None;
    }
    Some(c.idx as usize)
}

/// After a slow access to `name` on an instance of `cls`: if the name is a `__slots__`
/// member of `cls`'s own layout (a [`MEMBER_ENTRY`] with its slot position, for
/// [`cached_member`]) or a property the caller can use (`usable`: where it sits along the
/// MRO), remember it in `prop_cache`.
fn remember_descriptor(
    vm: &Vm,
    prop_cache: &Cell<MethodCache>,
    cls: &Gc<TypeObj>,
    name: &ObjRef,
    usable: impl Fn(&ObjRef) -> bool,
) {
    let Some(s) = name.downcast_ref::<StrObj>() else {
        return;
    };
    let Some((depth, idx, entry)) = find_along_mro(cls, name, s) else {
        return;
    };
    let version = vm.type_version.get();
    if entry.is::<MemberDescr>() {
        // Only a name among the layout's own `__slots__`: its value is the inline value at
        // that position. (A member inherited by a class without `__slots__` of its own
        // keeps the general path.)
        let n_slots = cls.slots.as_ref().map_or(0, |slots| slots.len());
        if let Some(i) = vm
            .key_index(cls, name, s)
            .filter(|&i| i < n_slots)
            .and_then(|i| u32::try_from(i).ok())
        {
            prop_cache.set(MethodCache {
                cls: Gc::addr(cls),
                version,
                keys_len: MEMBER_ENTRY,
                // No MRO coordinates: `method_cache_entry` finds no namespace there.
                depth: u32::MAX,
                idx: i,
            });
        }
        return;
    }
    if usable(&entry) {
        prop_cache.set(MethodCache {
            cls: Gc::addr(cls),
            version,
            keys_len: 0,
            depth,
            idx,
        });
    }
}

/// `o.name = v` on an instance whose class has data descriptors, as [`descriptor_get`]:
/// a property's setter called directly; anything else takes `setattr`, and a property or
/// member found there is remembered. Not with `__setattr__`.
#[inline(never)]
fn descriptor_set(
    vm: &Vm,
    prop_cache: &Cell<MethodCache>,
    inst: &Gc<Instance>,
    o: &ObjRef,
    name: &ObjRef,
    v: ObjRef,
) -> PyResult<()> {
    let cls = inst.layout(); // Callers test `class_may_differ`.
    if cls.has(HAS_SETATTR) {
        return vm.setattr(o, name, v);
    }
    if let Some(entry) = method_cache_entry(vm, prop_cache, cls, name) {
        if let Some(fset) = property_setter(&entry) {
            vm.call_function(fset, &[o.clone(), v], None)?;
            return Ok(());
        }
    }
    vm.setattr(o, name, v)?;
    remember_descriptor(vm, prop_cache, cls, name, |e| property_setter(e).is_some());
    Ok(())
}

/// The setter of a `property` whose setter is a Python function.
fn property_setter(entry: &ObjRef) -> Option<&Gc<FuncObj>> {
    entry
        .downcast_ref::<Property>()?
        .fset
        .as_ref()?
        .downcast_ref::<FuncObj>()
}

/// The getter of a `property` whose getter is a Python function.
fn property_getter(entry: &ObjRef) -> Option<&Gc<FuncObj>> {
    entry
        .downcast_ref::<Property>()?
        .fget
        .as_ref()?
        .downcast_ref::<FuncObj>()
}

/// `o.name = v` for `StoreAttr` and its fused form, through the instruction's attribute
/// cache (inline values only; anything else takes `setattr`).
#[inline(always)]
fn store_attr(vm: &Vm, caches: &InstrCache, o: &ObjRef, name: &ObjRef, v: ObjRef) -> PyResult<()> {
    let (cache, prop_cache) = (&caches.attr, &caches.method);
    let Some(inst) = o.downcast_ref::<Instance>() else {
        return vm.setattr(o, name, v);
    };
    let mut v = v;
    let Some(idx) = cached_key(cache, inst, name, HAS_SETATTR) else {
        // Tested only on a miss: plain classes' hits pay nothing for it.
        if inst.layout().has(HAS_DATA_DESCR) && !inst.class_may_differ() {
            if let Some(slot) =
                cached_member(vm, prop_cache, inst).and_then(|i| Gc::items(inst).get(i))
            {
                // A first store too: slots keep no insertion order.
                drop(slot.replace(Some(v)));
                return Ok(());
            }
            return descriptor_set(vm, prop_cache, inst, o, name, v);
        }
        vm.setattr(o, name, v)?;
        fill_attr_cache(vm, cache, inst, name, HAS_SETATTR);
        return Ok(());
    };
    let items = Gc::items(inst);
    if idx < items.len() && Instance::plain(inst) {
        match items[idx].replace(Some(v)) {
            // Replaced a value: done.
            Some(old) => {
                drop(old);
                return Ok(());
            }
            // Added one: fine after every value present (see `inline_store_in_order`);
            // else take it back for the general path, which keeps insertion order.
            None => {
                if !set_after_inline(items, idx) {
                    return Ok(());
                }
                v = items[idx].take().ok_or_else(stack_error)?;
            }
        }
    } else if idx < items.len()
        && inst_has(inst, idx)
        && !(inst.may_be_exception() || in_dict_mode(inst))
    {
        // Side-table state: replacing an inline value only.
        drop(inst_set(inst, idx, Some(v)));
        return Ok(());
    }
    vm.setattr(o, name, v)?;
    fill_attr_cache(vm, cache, inst, name, HAS_SETATTR);
    Ok(())
}

/// After a slow attribute access on an instance, remember where `name` sits in its class's
/// keys (if the fast path could use it).
fn fill_attr_cache(
    vm: &Vm,
    cache: &Cell<u32>,
    inst: &Gc<Instance>,
    name: &ObjRef,
    extra_flag: u32,
) {
    let cls = inst.layout();
    if cls.has(HAS_DATA_DESCR | extra_flag | INSTANCE_CLASS_ASSIGNED) || in_dict_mode(inst) {
        return;
    }
    let Some(s) = name.downcast_ref::<StrObj>() else {
        return;
    };
    if let Some(idx) = vm.key_index(cls, name, s) {
        if let Ok(c) = u32::try_from(idx + 1) {
            cache.set(c);
        }
    }
}

/// The function `LoadMethod` found last time for this instance's class, if still valid
/// (see [`MethodCache`]).
#[inline]
fn cached_method(
    vm: &Vm,
    cache: &Cell<MethodCache>,
    inst: &Gc<Instance>,
    name: &ObjRef,
) -> Option<ObjRef> {
    // A plain instance has no side-table state, so no assigned class: its layout class is
    // `type(self)`.
    let cls = inst.layout();
    if !Instance::plain(inst) || cls.has(HAS_DATA_DESCR) {
        return None;
    }
    let keys_len = cls.keys.borrow().len();
    if keys_len == cache.get().keys_len as usize {
        if let Some(m) = method_cache_entry(vm, cache, cls, name).filter(|m| m.is::<FuncObj>()) {
            return Some(m);
        }
    }
    table_method(vm, cache, cls, keys_len, name)
}

/// [`cached_method`] after the instruction's own entry missed: the VM-wide table's entry
/// for this class and name (`method_table.rs`), copied into the instruction's cache and
/// checked there. A site that sees several classes in turn finds each here.
#[inline(never)]
fn table_method(
    vm: &Vm,
    cache: &Cell<MethodCache>,
    cls: &Gc<TypeObj>,
    keys_len: usize,
    name: &ObjRef,
) -> Option<ObjRef> {
    let found = vm.method_table.get(Gc::addr(cls), name.addr())?;
    if found.keys_len as usize != keys_len {
        return None;
    }
    cache.set(found);
    method_cache_entry(vm, cache, cls, name).filter(|m| m.is::<FuncObj>())
}

/// The type of a receiver of the common built-in types (`l.append`, `s.split`, `d.get`,
/// `n.bit_length`…),
/// for the method cache; `None` for anything else.
#[inline(never)]
fn builtin_receiver_type<'a>(vm: &'a Vm, o: &ObjRef) -> Option<&'a Gc<TypeObj>> {
    let t = &vm.types;
    if o.is::<ListObj>() {
        Some(&t.list)
    } else if o.is::<StrObj>() {
        Some(&t.str_)
    } else if o.is::<DictObj>() {
        Some(&t.dict)
    } else if let Some(s) = o.downcast_ref::<SetObj>() {
        Some(if s.frozen { &t.frozenset } else { &t.set })
    } else if o.is::<TupleObj>() {
        Some(&t.tuple)
    } else if o.is::<BytesObj>() {
        Some(&t.bytes)
    } else if o.is::<IntObj>() {
        Some(&t.int)
    } else if o.is::<FloatObj>() {
        Some(&t.float)
    } else {
        None
    }
}

/// The built-in method `LoadMethod` found last time for a receiver of built-in type `t`,
/// if still valid: same type, no namespace changed since (`Vm::type_version`), and the
/// entry it names still holds `name` and an unbound built-in function.
#[inline]
fn cached_builtin_method(
    vm: &Vm,
    cache: &Cell<MethodCache>,
    t: &Gc<TypeObj>,
    name: &ObjRef,
) -> Option<ObjRef> {
    method_cache_entry(vm, cache, t, name).filter(|m| {
        m.downcast_ref::<BuiltinFunc>()
            .is_some_and(|b| b.self_.is_none())
    })
}

/// After `LoadMethod` found an unbound built-in method for a built-in receiver, remember
/// where along the type's MRO.
fn fill_builtin_method_cache(vm: &Vm, cache: &Cell<MethodCache>, t: &Gc<TypeObj>, name: &ObjRef) {
    let Some(s) = name.downcast_ref::<StrObj>() else {
        return;
    };
    let Some((depth, idx, v)) = find_along_mro(t, name, s) else {
        return;
    };
    if v.downcast_ref::<BuiltinFunc>()
        .is_some_and(|b| b.is_unbound_method())
    {
        cache.set(MethodCache {
            cls: Gc::addr(t),
            version: vm.type_version.get(),
            keys_len: 0,
            depth,
            idx,
        });
    }
}

/// What a method cache entry for type `t` points at, while the entry is for `t`, no class
/// namespace changed since it was filled, and the slot still holds `name`.
#[inline]
pub(super) fn method_cache_entry(
    vm: &Vm,
    cache: &Cell<MethodCache>,
    t: &Gc<TypeObj>,
    name: &ObjRef,
) -> Option<ObjRef> {
    let c = cache.get();
    if c.cls != Gc::addr(t) || c.version != vm.type_version.get() {
        return None;
    }
    cached_entry(mro_namespace(t, c.depth)?, c.idx, name)
}

/// The namespace at `depth` along `[t] + t.mro` (the method caches' coordinates).
#[inline]
fn mro_namespace(t: &Gc<TypeObj>, depth: u32) -> Option<&Gc<DictObj>> {
    match depth {
        0 => Some(&t.dict),
        d => t.mro.get(d as usize - 1).map(|b| &b.dict),
    }
}

/// Where `name` is first defined along `[t] + t.mro`: (depth, entry index, value), when
/// that entry's key is the very `name` object (so a cache hit can check it by address).
pub(super) fn find_along_mro(
    t: &Gc<TypeObj>,
    name: &ObjRef,
    s: &StrObj,
) -> Option<(u32, u32, ObjRef)> {
    let namespaces = std::iter::once(&t.dict).chain(t.mro.iter().map(|b| &b.dict));
    for (depth, ns) in namespaces.enumerate() {
        if let Some((idx, v)) = find_index(ns, name, s) {
            let same_key = ns.0.borrow().entries[idx as usize]
                .as_ref()
                .is_some_and(|e| e.key.ptr_eq(name));
            return same_key.then_some((u32::try_from(depth).ok()?, idx, v));
        }
    }
    None
}

/// After `LoadMethod` found a plain function for an instance, remember where.
fn fill_method_cache(vm: &Vm, cache: &Cell<MethodCache>, inst: &Gc<Instance>, name: &ObjRef) {
    // Plain: `type(self)` is the layout class (see `cached_method`).
    let cls = inst.layout();
    if !Instance::plain(inst) || cls.has(HAS_DATA_DESCR) {
        return;
    }
    let Some(s) = name.downcast_ref::<StrObj>() else {
        return;
    };
    // Only names no instance of the class can hold: not among its shared keys (which are
    // append-only, so an unchanged length keeps it so).
    if vm.key_index(cls, name, s).is_some() {
        return;
    }
    let Ok(keys_len) = u32::try_from(cls.keys.borrow().len()) else {
        return;
    };
    let Some((depth, idx, v)) = find_along_mro(cls, name, s) else {
        return;
    };
    if v.is::<FuncObj>() {
        let found = MethodCache {
            cls: Gc::addr(cls),
            version: vm.type_version.get(),
            keys_len,
            depth,
            idx,
        };
        cache.set(found);
        vm.method_table.put(name.addr(), found);
    }
}

/// Both operands as machine ints, when both are ints that fit one.
#[inline(always)]
fn small_ints(a: &ObjRef, b: &ObjRef) -> Option<(i64, i64)> {
    match (
        &**a.downcast_ref::<IntObj>()?,
        &**b.downcast_ref::<IntObj>()?,
    ) {
        (IntObj::Small(x), IntObj::Small(y)) => Some((*x, *y)),
        _ => None,
    }
}

/// `x op y` for borrowed operands (a local and a constant, two locals) when both are small
/// ints with a small result, or exact floats (`float_arith`); None: the caller pushes them
/// and runs the operator instruction. Out of line, as `builtin_ctor`.
#[inline(never)]
fn number_binary(vm: &Vm, x: &ObjRef, y: &ObjRef, op: BinOp) -> Option<PyResult> {
    if let Some(r) = small_ints(x, y).and_then(|(a, b)| small_int_arith(a, b, op)) {
        return Some(vm.new_int(r));
    }
    float_arith(x, y, op).map(|r| vm.new_float(r))
}

/// As [`number_binary`] for an owned left operand (popped) and a borrowed constant: a float
/// result reuses the left operand's block when nothing else refers to it. `Err(x)` gives
/// the operand back for the general path.
#[inline(never)]
fn number_binary_owned(vm: &Vm, mut x: ObjRef, y: &ObjRef, op: BinOp) -> Result<PyResult, ObjRef> {
    if let Some(r) = small_ints(&x, y).and_then(|(a, b)| small_int_arith(a, b, op)) {
        drop(x);
        return Ok(vm.new_int(r));
    }
    match float_arith(&x, y, op) {
        Some(r) => {
            if let Some(v) = x.downcast_mut::<FloatObj>() {
                v.0 = r;
                return Ok(Ok(x));
            }
            drop(x);
            Ok(vm.new_float(r))
        }
        None => Err(x),
    }
}

/// `x op y` for two small ints when the result is a small int and no error is possible:
/// `+ - *` without overflow, `//` and `%` with a nonzero divisor (floored, the sign of
/// the divisor, as Python), the bitwise operators. None: take the general path.
#[inline(always)]
fn small_int_arith(x: i64, y: i64, op: BinOp) -> Option<i64> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::FloorDiv if y != 0 => {
            let q = x.checked_div(y)?;
            Some(if (x % y != 0) && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            })
        }
        BinOp::Mod if y != 0 => {
            let r = x.checked_rem(y)?;
            Some(if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            })
        }
        BinOp::BitAnd => Some(x & y),
        BinOp::BitOr => Some(x | y),
        BinOp::BitXor => Some(x ^ y),
        _ => None,
    }
}

/// A number as an exact f64: a float, or an int small enough to convert without rounding
/// (|i| ≤ 2^53), so mixed arithmetic and comparisons give CPython's results.
#[inline]
fn exact_f64(o: &ObjRef) -> Option<(f64, bool)> {
    if let Some(x) = o.downcast_ref::<FloatObj>() {
        return Some((x.0, true));
    }
    match o.downcast_ref::<IntObj>().map(|i| &**i) {
        Some(IntObj::Small(i)) if i.unsigned_abs() <= 1 << 53 => Some((*i as f64, false)),
        _ => None,
    }
}

/// `a op b` when at least one side is a float and the other a float or exact int, for the
/// operators whose float result needs no error check (CPython's float_add, float_sub,
/// float_mul, float_div with a nonzero divisor). None: take the general path.
#[inline]
fn float_arith(a: &ObjRef, b: &ObjRef, op: BinOp) -> Option<f64> {
    if !matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div) {
        return None;
    }
    let (x, xf) = exact_f64(a)?;
    let (y, yf) = exact_f64(b)?;
    if !(xf || yf) {
        return None;
    }
    match op {
        BinOp::Add => Some(x + y),
        BinOp::Sub => Some(x - y),
        BinOp::Mul => Some(x * y),
        _ if y != 0.0 => Some(x / y),
        _ => None,
    }
}

/// Call the built-in type `t` with positional `args`: `float(x)` of an exact float (the
/// same object, as `PyNumber_Float`) or a small int (a correctly rounded conversion)
/// directly, anything else through the type's constructor. Out of line: inlined, even this
/// much code in the eval loop made every instruction's dispatch dearer (register pressure).
#[inline(never)]
fn builtin_ctor(vm: &Vm, t: &Gc<TypeObj>, args: &[ObjRef]) -> PyResult {
    if let [x] = args {
        if Gc::ptr_eq(t, &vm.types.float) {
            if x.is::<FloatObj>() {
                return Ok(x.clone());
            }
            if let Some(IntObj::Small(i)) = x.downcast_ref::<IntObj>().map(|i| &**i) {
                return vm.new_float(*i as f64);
            }
        } else if Gc::ptr_eq(t, &vm.types.str_) {
            // `str(s)` of an exact str is `s`; `str(i)` of a small int its digits.
            if x.is::<StrObj>() {
                return Ok(x.clone());
            }
            if let Some(IntObj::Small(i)) = x.downcast_ref::<IntObj>().map(|i| &**i) {
                return vm.new_str_ascii(super::int_digits::SmallDecimal::new(*i).as_str());
            }
        }
    }
    vm.call_type(t, args, None)
}

/// The float result `r` of `a op b`, written into an operand that is a float only the value
/// stack holds (its count is 1: no name, container or cache can see the change), else a new
/// float — CPython 3.12's DECREF_INPUTS_AND_REUSE_FLOAT. In `x*x + y*y` the products are such
/// temporaries, so the sum costs no allocation and no free.
#[inline(always)]
fn float_result(vm: &Vm, mut a: ObjRef, mut b: ObjRef, r: f64) -> PyResult {
    if let Some(x) = a.downcast_mut::<FloatObj>() {
        x.0 = r;
        drop(b);
        return Ok(a);
    }
    if let Some(y) = b.downcast_mut::<FloatObj>() {
        y.0 = r;
        drop(a);
        return Ok(b);
    }
    drop(a);
    drop(b);
    vm.new_float(r)
}

/// `a op b` for two small ints or two exactly comparable numbers (`float_compare`), the
/// comparisons that need no method lookup; `None` for everything else.
#[inline(always)]
fn number_compare(a: &ObjRef, b: &ObjRef, op: CmpOp) -> Option<bool> {
    if let (Some(x), Some(y)) = (a.downcast_ref::<IntObj>(), b.downcast_ref::<IntObj>()) {
        if let (IntObj::Small(x), IntObj::Small(y)) = (&**x, &**y) {
            return match op {
                CmpOp::Lt => Some(x < y),
                CmpOp::LtE => Some(x <= y),
                CmpOp::Gt => Some(x > y),
                CmpOp::GtE => Some(x >= y),
                CmpOp::Eq => Some(x == y),
                CmpOp::NotEq => Some(x != y),
                _ => None,
            };
        }
    }
    float_compare(a, b, op)
}

/// The comparison of a `Compare` or a compare-and-jump: identity (`x is None`) and the number
/// comparisons [`number_compare`] takes, with no bool made; `None` for everything else.
#[inline(always)]
fn jump_compare(a: &ObjRef, b: &ObjRef, op: CmpOp) -> Option<bool> {
    match op {
        CmpOp::Is => Some(a.ptr_eq(b)),
        CmpOp::IsNot => Some(!a.ptr_eq(b)),
        _ => number_compare(a, b, op),
    }
}

/// `a op b` for a float and a float or exact int (IEEE comparisons, as C's).
#[inline(always)]
fn float_compare(a: &ObjRef, b: &ObjRef, op: CmpOp) -> Option<bool> {
    // Two floats, the usual case, first: two type tests rather than four calls' worth.
    if let (Some(x), Some(y)) = (a.downcast_ref::<FloatObj>(), b.downcast_ref::<FloatObj>()) {
        return f64_compare(x.0, y.0, op);
    }
    let (x, xf) = exact_f64(a)?;
    let (y, yf) = exact_f64(b)?;
    if !(xf || yf) {
        return None;
    }
    f64_compare(x, y, op)
}

/// `x op y` for the six ordering and equality operators (IEEE, as C's).
#[inline(always)]
fn f64_compare(x: f64, y: f64, op: CmpOp) -> Option<bool> {
    match op {
        CmpOp::Lt => Some(x < y),
        CmpOp::LtE => Some(x <= y),
        CmpOp::Gt => Some(x > y),
        CmpOp::GtE => Some(x >= y),
        CmpOp::Eq => Some(x == y),
        CmpOp::NotEq => Some(x != y),
        _ => None,
    }
}

/// `globals[names[i]] = v`, replacing the value in place when the global cache knows the
/// entry (a value replacement does not change the dict's shape, so no version bump).
#[inline]
fn store_global(vm: &Vm, f: &Frame, i: usize, v: ObjRef) -> PyResult<()> {
    let name = &f.data.names[i];
    let cache = &f.data.global_cache[i];
    let c = cache.get();
    if c.kind == 1 {
        let old = {
            let mut inner = f.globals.0.borrow_mut();
            match inner.entries.get_mut(c.idx as usize) {
                Some(Some(e)) if e.key.ptr_eq(name) => Ok(std::mem::replace(&mut e.value, v)),
                _ => Err(v),
            }
        };
        match old {
            Ok(old) => {
                drop(old);
                return Ok(());
            }
            Err(v) => return store_global_slow(vm, f, i, v),
        }
    }
    store_global_slow(vm, f, i, v)
}

fn store_global_slow(vm: &Vm, f: &Frame, i: usize, v: ObjRef) -> PyResult<()> {
    let name = &f.data.names[i];
    let s = name.downcast_ref::<StrObj>().ok_or_else(stack_error)?;
    vm.dict_set_strobj(&f.globals, name, s, v);
    if let Some((idx, _)) = find_index(&f.globals, name, s) {
        if f.globals.0.borrow().entries[idx as usize]
            .as_ref()
            .is_some_and(|e| e.key.ptr_eq(name))
        {
            f.data.global_cache[i].set(GlobalCache {
                kind: 1,
                idx,
                gaddr: 0,
                gver: 0,
            });
        }
    }
    Ok(())
}

fn target_at(f: &Frame, n: u32) -> PyResult {
    let idx = f
        .stack
        .len()
        .checked_sub(n as usize)
        .ok_or_else(stack_error)?;
    Ok(f.stack[idx].clone())
}

/// Run `f` from its `lasti` until it returns, yields or raises; `lasti` is then the
/// instruction after the last one run (for tracebacks and resumption). The position is a
/// local while the loop runs: stored into the frame at every instruction, it cost a load
/// and a store per dispatch (the frame is behind a reference every helper call may write).
fn execute(vm: &Vm, f: &mut Frame) -> PyResult<Exit> {
    let mut next = f.lasti;
    let r = execute_at(vm, f, &mut next);
    f.lasti = next;
    r
}

/// The eval loop of [`execute`]: `next` is the position of the next instruction.
#[inline(always)]
fn execute_at(vm: &Vm, f: &mut Frame, next: &mut usize) -> PyResult<Exit> {
    let data = f.data.clone();
    let code = &data.code;
    let instrs = &data.fast[..];
    loop {
        let pc = *next;
        let Some(&ins) = instrs.get(pc) else {
            return Err(stack_error());
        };
        *next = pc + 1;
        match ins {
            Instr::Nop => {}
            Instr::Pop => {
                f.stack.pop();
            }
            Instr::Dup => {
                let v = top!(f).clone();
                f.stack.push(v);
            }
            Instr::Dup2 => {
                let n = f.stack.len();
                let (a, b) = (f.stack[n - 2].clone(), f.stack[n - 1].clone());
                f.stack.push(a);
                f.stack.push(b);
            }
            Instr::Rot2 => {
                let n = f.stack.len();
                f.stack.swap(n - 1, n - 2);
            }
            Instr::SwapPair => {
                *next = pc + 2;
                let n = f.stack.len();
                f.stack.swap(n - 1, n - 2);
            }
            // The top value moves down under the next two (three): by swaps, not an insert
            // (a memmove call per `a[i] += v`).
            Instr::Rot3 => {
                let n = f.stack.len();
                if n < 3 {
                    return Err(stack_error());
                }
                f.stack.swap(n - 1, n - 2);
                f.stack.swap(n - 2, n - 3);
            }
            Instr::Rot4 => {
                let n = f.stack.len();
                if n < 4 {
                    return Err(stack_error());
                }
                f.stack.swap(n - 1, n - 2);
                f.stack.swap(n - 2, n - 3);
                f.stack.swap(n - 3, n - 4);
            }
            Instr::LoadConst(i) => f.stack.push(f.data.consts[i as usize].clone()),
            Instr::LoadFast(i) => {
                let v = load_fast(vm, f, code, i)?;
                f.stack.push(v);
            }
            Instr::StoreFast(i) => {
                let v = pop!(f);
                let old = f.slots[i as usize].replace(v);
                drop(old);
            }
            Instr::LoadFastAndClear(i) => {
                let slot = f.slots.get_mut(i as usize).ok_or_else(stack_error)?;
                let v = slot.take().unwrap_or_else(|| vm.null.clone());
                f.stack.push(v);
            }
            Instr::RestoreFast(i) => {
                let v = pop!(f);
                let v = (!v.ptr_eq(&vm.null)).then_some(v);
                let slot = f.slots.get_mut(i as usize).ok_or_else(stack_error)?;
                let old = std::mem::replace(slot, v);
                drop(old);
            }
            Instr::LoadFastLoadFast(a, b) => {
                let v = load_fast(vm, f, code, a.into())?;
                f.stack.push(v);
                *next = pc + 2;
                let v = load_fast(vm, f, code, b.into())?;
                f.stack.push(v);
            }
            Instr::StoreFastLoadFast(a, b) => {
                let v = pop!(f);
                let old = f.slots[a as usize].replace(v);
                drop(old);
                *next = pc + 2;
                let v = load_fast(vm, f, code, b.into())?;
                f.stack.push(v);
            }
            Instr::LoadFastAttr(a, n) => {
                // The object stays borrowed in its slot: no count traffic.
                let o = bound_slot(vm, &f.slots, code, a.into())?;
                *next = pc + 2;
                let v = load_attr(vm, &f.data.caches[pc + 1], o, &f.data.names[n as usize])?;
                f.stack.push(v);
            }
            Instr::AttrToFast(a, n) => {
                let o = bound_slot(vm, &f.slots, code, a.into())?;
                *next = pc + 2;
                let v = load_attr(vm, &f.data.caches[pc + 1], o, &f.data.names[n as usize])?;
                // The store `fuse` left after the load.
                match instrs.get(pc + 2) {
                    Some(&Instr::StoreFast(k)) => {
                        *next = pc + 3;
                        let old = f.slots[k as usize].replace(v);
                        drop(old);
                    }
                    _ => f.stack.push(v),
                }
            }
            Instr::ReturnFast(a) => {
                let v = load_fast(vm, f, code, a)?;
                *next = pc + 2;
                return Ok(Exit::Return(v));
            }
            Instr::FastFastStoreAttr(a, b) => {
                let v = load_fast(vm, f, code, a.into())?;
                // The store fused after the object's load (as `fuse` makes this form).
                let Some(&Instr::StoreAttr(n)) = instrs.get(pc + 2) else {
                    f.stack.push(v);
                    continue;
                };
                *next = pc + 2;
                let o = bound_slot(vm, &f.slots, code, b.into())?;
                *next = pc + 3;
                store_attr(vm, &f.data.caches[pc + 2], o, &f.data.names[n as usize], v)?;
            }
            Instr::LoadFastStoreAttr(a, n) => {
                let o = bound_slot(vm, &f.slots, code, a.into())?;
                *next = pc + 2;
                let v = pop!(f);
                store_attr(vm, &f.data.caches[pc + 1], o, &f.data.names[n as usize], v)?;
            }
            Instr::LoadFastLoadConst(a, c) => {
                let v = load_fast(vm, f, code, a.into())?;
                f.stack.push(v);
                *next = pc + 2;
                f.stack.push(f.data.consts[c as usize].clone());
            }
            Instr::FastConstBinary(op, a, c) => {
                let x = bound_slot(vm, &f.slots, code, a.into())?;
                let y = &f.data.consts[c as usize];
                match number_binary(vm, x, y, op) {
                    Some(r) => {
                        // Errors (a MemoryError) are the operator's, two instructions on.
                        *next = pc + 3;
                        f.stack.push(r?);
                    }
                    None => {
                        // Anything else: push both and run the operator instruction.
                        let (x, y) = (x.clone(), y.clone());
                        f.stack.push(x);
                        f.stack.push(y);
                        *next = pc + 2;
                    }
                }
            }
            Instr::FastFastBinary(op, a, b) => {
                let x = bound_slot(vm, &f.slots, code, a.into())?;
                *next = pc + 2;
                let y = bound_slot(vm, &f.slots, code, b.into())?;
                match number_binary(vm, x, y, op) {
                    Some(r) => {
                        *next = pc + 3;
                        f.stack.push(r?);
                    }
                    None => {
                        let (x, y) = (x.clone(), y.clone());
                        f.stack.push(x);
                        f.stack.push(y);
                    }
                }
            }
            Instr::FastFastSubscr(a, b) => {
                let x = bound_slot(vm, &f.slots, code, a.into())?;
                *next = pc + 2;
                let k = bound_slot(vm, &f.slots, code, b.into())?;
                match sequence_item(x, k) {
                    Some(v) => {
                        *next = pc + 3;
                        f.stack.push(v);
                    }
                    None => {
                        // Anything else: push both and run the subscript instruction.
                        let (x, k) = (x.clone(), k.clone());
                        f.stack.push(x);
                        f.stack.push(k);
                    }
                }
            }
            Instr::FastConstSubscr(a, c) => {
                let x = bound_slot(vm, &f.slots, code, a.into())?;
                let k = &f.data.consts[c as usize];
                match sequence_item(x, k) {
                    Some(v) => {
                        *next = pc + 3;
                        f.stack.push(v);
                    }
                    None => {
                        let (x, k) = (x.clone(), k.clone());
                        f.stack.push(x);
                        f.stack.push(k);
                        *next = pc + 2;
                    }
                }
            }
            Instr::UnpackFast(n) => {
                let seq = pop!(f);
                if !unpack_into_slots(f, &instrs[pc + 1..], &seq, n as usize) {
                    // Not a tuple or list of `n`: unpack in general (its errors are this
                    // instruction's) and run the stores.
                    f.stack.push(seq);
                    unpack_sequence(vm, f, n)?;
                } else {
                    *next = pc + 1 + n as usize;
                }
            }
            Instr::ConstBinary(op, c) => {
                let x = pop!(f);
                let y = &f.data.consts[c as usize];
                match number_binary_owned(vm, x, y, op) {
                    Ok(r) => {
                        *next = pc + 2;
                        f.stack.push(r?);
                    }
                    Err(x) => {
                        f.stack.push(x);
                        f.stack.push(y.clone());
                    }
                }
            }
            Instr::FastConstCompareJump(a, c) => {
                let x = bound_slot(vm, &f.slots, code, a.into())?;
                let y = &f.data.consts[c as usize];
                if let Some(&Instr::CompareJumpIfFalse(op, t)) = instrs.get(pc + 2) {
                    if let Some(r) = jump_compare(x, y, op) {
                        *next = if r { pc + 4 } else { t as usize };
                        continue;
                    }
                }
                let (x, y) = (x.clone(), y.clone());
                f.stack.push(x);
                f.stack.push(y);
                *next = pc + 2;
            }
            Instr::FastFastCompareJump(a, b) => {
                let x = bound_slot(vm, &f.slots, code, a.into())?;
                *next = pc + 2;
                let y = bound_slot(vm, &f.slots, code, b.into())?;
                if let Some(&Instr::CompareJumpIfFalse(op, t)) = instrs.get(pc + 2) {
                    if let Some(r) = jump_compare(x, y, op) {
                        *next = if r { pc + 4 } else { t as usize };
                        continue;
                    }
                }
                let (x, y) = (x.clone(), y.clone());
                f.stack.push(x);
                f.stack.push(y);
            }
            Instr::AttrAttrCompareJump(a, n) => {
                attr_compare_jump(vm, f, instrs, pc, next, a, n)?;
            }
            Instr::AttrInplaceFast(op, a, b) => {
                attr_inplace(vm, f, instrs, pc, next, a, Err(b), op)?;
            }
            Instr::AttrInplaceConst(op, a, c) => {
                attr_inplace(vm, f, instrs, pc, next, a, Ok(c), op)?;
            }
            Instr::ReturnConst(i) => {
                *next = pc + 2;
                return Ok(Exit::Return(f.data.consts[i as usize].clone()));
            }
            Instr::DeleteFast(i) => {
                if f.slots[i as usize].take().is_none() {
                    return Err(unbound_local(vm, code, i));
                }
            }
            Instr::LoadDeref(i) => {
                let v = cell_at(f, i)?.0.borrow().clone();
                match v {
                    Some(v) => f.stack.push(v),
                    None => return Err(deref_error(vm, f, i)),
                }
            }
            Instr::StoreDeref(i) => {
                let v = pop!(f);
                let old = cell_at(f, i)?.0.borrow_mut().replace(v);
                drop(old);
            }
            Instr::DeleteDeref(i) => {
                let old = cell_at(f, i)?.0.borrow_mut().take();
                if old.is_none() {
                    return Err(deref_error(vm, f, i));
                }
            }
            Instr::LoadClosure(i) => {
                let c = f.slots[i as usize].clone().ok_or_else(stack_error)?;
                f.stack.push(c);
            }
            Instr::LoadClassDeref(i) => {
                let name = code.slot_name(i).to_string();
                let from_ns = match &f.locals {
                    Some(l) => match super::metaclass::custom_namespace(l) {
                        Some(m) => super::metaclass::namespace_load(vm, &m, &vm.intern(&name)?)?,
                        None => vm.dict_get_str(l, &name),
                    },
                    None => None,
                };
                match from_ns {
                    Some(v) => f.stack.push(v),
                    None => {
                        let v = cell_at(f, i)?.0.borrow().clone();
                        match v {
                            Some(v) => f.stack.push(v),
                            None => return Err(deref_error(vm, f, i)),
                        }
                    }
                }
            }
            Instr::MakeCell(i) => {
                let v = f.slots[i as usize].take();
                let c = vm.alloc_obj(CellObj(RefCell::new(v)))?;
                f.slots[i as usize] = Some(c);
            }
            Instr::CopyFreeVars(n) => {
                let n = n as usize;
                let start = f.slots.len() - n;
                if let Some(t) = f
                    .closure
                    .as_ref()
                    .and_then(|c| c.downcast_ref::<TupleObj>())
                {
                    for (j, c) in tuple_items(t).iter().take(n).enumerate() {
                        f.slots[start + j] = Some(c.clone());
                    }
                }
            }
            Instr::LoadGlobal(i) => {
                let v = load_global(vm, f, i as usize)?;
                f.stack.push(v);
            }
            Instr::StoreGlobal(i) => {
                let v = pop!(f);
                store_global(vm, f, i as usize, v)?;
            }
            Instr::DeleteGlobal(i) => {
                let name = &f.data.names[i as usize];
                if vm.dict_del(&f.globals.0, name)?.is_none() {
                    return Err(super::suggestions::name_error(vm, f, &vm.str(name)?));
                }
            }
            Instr::LoadName(i) => {
                let name = &f.data.names[i as usize];
                let s = name.downcast_ref::<StrObj>().ok_or_else(stack_error)?;
                let v = match &f.locals {
                    // Module level: the namespace is the globals, so the cached global
                    // lookup answers.
                    Some(l) if Gc::ptr_eq(l, &f.globals) => None,
                    Some(l) => match super::metaclass::custom_namespace(l) {
                        // A class body in the mapping its metaclass's `__prepare__` made.
                        Some(m) => super::metaclass::namespace_load(vm, &m, name)?,
                        None => vm.dict_get_strobj(l, name, s),
                    },
                    None => None,
                };
                let v = match v {
                    Some(v) => v,
                    None => load_global(vm, f, i as usize)?,
                };
                f.stack.push(v);
            }
            Instr::StoreName(i) => {
                let v = pop!(f);
                match &f.locals {
                    Some(l) if !Gc::ptr_eq(l, &f.globals) => {
                        let name = &f.data.names[i as usize];
                        let s = name.downcast_ref::<StrObj>().ok_or_else(stack_error)?;
                        match super::metaclass::custom_namespace(l) {
                            Some(m) => vm.setitem(&m, name, v)?,
                            None => vm.dict_set_strobj(l, name, s, v),
                        }
                    }
                    _ => store_global(vm, f, i as usize, v)?,
                }
            }
            Instr::DeleteName(i) => {
                let d = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                let name = &f.data.names[i as usize];
                let deleted = match super::metaclass::custom_namespace(&d) {
                    Some(m) => super::metaclass::namespace_delete(vm, &m, name)?,
                    None => vm.dict_del(&d.0, name)?.is_some(),
                };
                if !deleted {
                    return Err(super::suggestions::name_error(vm, f, &vm.str(name)?));
                }
            }
            Instr::LoadAttr(i) => {
                let o = pop!(f);
                let v = load_attr(vm, &f.data.caches[pc], &o, &f.data.names[i as usize])?;
                drop(o);
                f.stack.push(v);
            }
            Instr::StoreAttr(i) => {
                let o = pop!(f);
                let v = pop!(f);
                store_attr(vm, &f.data.caches[pc], &o, &f.data.names[i as usize], v)?;
            }
            Instr::DeleteAttr(i) => {
                let o = pop!(f);
                vm.delattr(&o, &f.data.names[i as usize])?;
            }
            Instr::LoadMethod(i) => {
                let o = pop!(f);
                let name = &f.data.names[i as usize];
                let cache = &f.data.caches[pc].method;
                if let Some(inst) = o.downcast_ref::<Instance>() {
                    if let Some(m) = cached_method(vm, cache, inst, name) {
                        f.stack.push(m);
                        f.stack.push(o);
                        continue;
                    }
                } else if let Some(t) = builtin_receiver_type(vm, &o) {
                    if let Some(m) = cached_builtin_method(vm, cache, t, name) {
                        f.stack.push(m);
                        f.stack.push(o);
                        continue;
                    }
                } else if let Some(v) = receiver_cache::lookup(vm, cache, &o, name) {
                    // `math.sqrt(x)`, `Point.origin()`: a plain call of the attribute.
                    drop(o);
                    f.stack.push(vm.null.clone());
                    f.stack.push(v);
                    continue;
                }
                let receiver = (o.is::<ModuleObj>() || o.is::<TypeObj>()).then(|| o.clone());
                let (m, v) = vm.load_method(o, name)?;
                if m.is_some() {
                    if let Some(inst) = v.downcast_ref::<Instance>() {
                        fill_method_cache(vm, cache, inst, name);
                    } else if let Some(t) = builtin_receiver_type(vm, &v) {
                        fill_builtin_method_cache(vm, cache, t, name);
                    }
                } else if let Some(r) = receiver {
                    receiver_cache::fill(vm, cache, &r, name);
                }
                f.stack.push(m.unwrap_or_else(|| vm.null.clone()));
                f.stack.push(v);
            }
            Instr::BinarySubscr => {
                let k = pop!(f);
                let o = pop!(f);
                // Lists and tuples by a small int: no call.
                if let Some(v) = sequence_item(&o, &k) {
                    drop((o, k));
                    f.stack.push(v);
                    continue;
                }
                let v = vm.getitem(&o, &k)?;
                f.stack.push(v);
            }
            Instr::StoreSubscr => {
                let k = pop!(f);
                let o = pop!(f);
                let v = pop!(f);
                let v = match o.downcast_ref::<ListObj>() {
                    Some(l) => match list_store_fast(l, &k, v) {
                        Ok(old) => {
                            drop((old, o, k));
                            continue;
                        }
                        Err(v) => v,
                    },
                    None => v,
                };
                vm.setitem(&o, &k, v)?;
            }
            Instr::DeleteSubscr => {
                let k = pop!(f);
                let o = pop!(f);
                vm.delitem(&o, &k)?;
            }
            Instr::BinaryOp(op) => {
                let b = pop!(f);
                let a = pop!(f);
                f.stack.push(arith_value(vm, a, b, op, false)?);
            }
            Instr::InplaceOp(op) => {
                let b = pop!(f);
                let mut a = pop!(f);
                if op == BinOp::Add && a.is::<StrObj>() {
                    if let Some(y) = b.downcast_ref::<StrObj>() {
                        // CPython's BINARY_OP_INPLACE_ADD_UNICODE: when the result goes back
                        // to the local that holds `a`, drop that reference first; if `a` is
                        // then ours alone it grows in place (linear `s += t` loops).
                        let target = match instrs.get(pc + 1) {
                            Some(Instr::StoreFast(k)) => Some(*k as usize),
                            Some(Instr::StoreFastLoadFast(k, _)) => Some(*k as usize),
                            _ => None,
                        };
                        if let Some(k) = target {
                            if f.slots
                                .get(k)
                                .is_some_and(|v| v.as_ref().is_some_and(|v| v.ptr_eq(&a)))
                            {
                                drop(f.slots[k].take());
                            }
                        }
                        if let Some(x) = a.downcast_mut::<StrObj>() {
                            x.append(y);
                            drop(b);
                            f.stack.push(a);
                            continue;
                        }
                    }
                }
                f.stack.push(arith_value(vm, a, b, op, true)?);
            }
            Instr::UnaryNeg => {
                let a = pop!(f);
                f.stack.push(vm.unary(&a, '-')?);
            }
            Instr::UnaryPos => {
                let a = pop!(f);
                f.stack.push(vm.unary(&a, '+')?);
            }
            Instr::UnaryInvert => {
                let a = pop!(f);
                f.stack.push(vm.unary(&a, '~')?);
            }
            Instr::UnaryNot => {
                let a = pop!(f);
                let b = vm.truthy(&a)?;
                f.stack.push(vm.bool_obj(!b));
            }
            Instr::CompareJumpIfFalse(op, t) => {
                let n = f.stack.len();
                if n >= 2 {
                    if let Some(r) = jump_compare(&f.stack[n - 2], &f.stack[n - 1], op) {
                        // Two pops, not `truncate`: its loop cost twice as much.
                        drop(f.stack.pop());
                        drop(f.stack.pop());
                        *next = if r { pc + 2 } else { t as usize };
                        continue;
                    }
                }
                // Anything else compares as `Compare` does; the `PopJumpIfFalse` kept after
                // this instruction then tests the result.
                let b = pop!(f);
                let a = pop!(f);
                let r = match op {
                    CmpOp::Eq | CmpOp::NotEq => match vm.fast_eq_op(&a, &b) {
                        Some(e) => vm.bool_obj(e == (op == CmpOp::Eq)),
                        None => vm.compare(&a, &b, op)?,
                    },
                    _ => vm.compare(&a, &b, op)?,
                };
                f.stack.push(r);
            }
            Instr::Compare(op) => {
                let b = pop!(f);
                let a = pop!(f);
                if let Some(r) = jump_compare(&a, &b, op) {
                    drop((a, b));
                    f.stack.push(vm.bool_obj(r));
                    continue;
                }
                let r = match op {
                    CmpOp::Eq | CmpOp::NotEq => match vm.fast_eq_op(&a, &b) {
                        Some(e) => vm.bool_obj(e == (op == CmpOp::Eq)),
                        None => vm.compare(&a, &b, op)?,
                    },
                    _ => vm.compare(&a, &b, op)?,
                };
                f.stack.push(r);
            }
            Instr::Jump(t) => {
                if (t as usize) <= pc {
                    vm.safepoint()?;
                }
                *next = t as usize;
            }
            Instr::PopJumpIfFalse(t) => {
                let v = pop!(f);
                // True, False and None inline; anything else asks `truthy`.
                let b = if v.ptr_eq(&vm.true_) {
                    true
                } else if v.ptr_eq(&vm.false_) || v.ptr_eq(&vm.none) {
                    false
                } else {
                    vm.truthy(&v)?
                };
                if !b {
                    *next = t as usize;
                }
            }
            Instr::PopJumpIfTrue(t) => {
                let v = pop!(f);
                // True, False and None inline; anything else asks `truthy`.
                let b = if v.ptr_eq(&vm.true_) {
                    true
                } else if v.ptr_eq(&vm.false_) || v.ptr_eq(&vm.none) {
                    false
                } else {
                    vm.truthy(&v)?
                };
                if b {
                    *next = t as usize;
                }
            }
            Instr::JumpIfFalseOrPop(t) => {
                if !vm.truthy(top!(f))? {
                    *next = t as usize;
                } else {
                    f.stack.pop();
                }
            }
            Instr::JumpIfTrueOrPop(t) => {
                if vm.truthy(top!(f))? {
                    *next = t as usize;
                } else {
                    f.stack.pop();
                }
            }
            Instr::GetIter => {
                let o = pop!(f);
                let it = vm.get_iter(&o)?;
                f.stack.push(it);
            }
            Instr::ForIter(t) => {
                let item = next_item(vm, top!(f))?;
                match item {
                    Some(v) => f.stack.push(v),
                    None => {
                        f.stack.pop();
                        *next = t as usize;
                    }
                }
            }
            Instr::ForIterStore(t) => {
                let item = next_item(vm, top!(f))?;
                match item {
                    Some(v) => {
                        // The `StoreFast` after this instruction names the slot.
                        let Some(&Instr::StoreFast(k)) = instrs.get(pc + 1) else {
                            return Err(stack_error());
                        };
                        let slot = f.slots.get_mut(k as usize).ok_or_else(stack_error)?;
                        let old = slot.replace(v);
                        *next = pc + 2;
                        drop(old);
                    }
                    None => {
                        f.stack.pop();
                        *next = t as usize;
                    }
                }
            }
            Instr::BuildTuple(n) => {
                // Moved from the stack straight into the tuple's block.
                let start = f
                    .stack
                    .len()
                    .checked_sub(n as usize)
                    .ok_or_else(stack_error)?;
                let t = vm.new_tuple(f.stack.drain_from(start))?;
                f.stack.push(t);
            }
            Instr::BuildList(n) => {
                let items = take_n(f, n)?;
                let l = vm.alloc(ListObj::new(items))?;
                // CPython builds constant displays of 3+ items with LIST_EXTEND from a
                // constant tuple (list_preallocate_exact: even capacity).
                let n = n as usize;
                if n > 2
                    && pc >= n
                    && code.instructions[pc - n..pc]
                        .iter()
                        .all(|i| matches!(i, Instr::LoadConst(_)))
                {
                    l.set_alloc((n + 1) & !1);
                }
                f.stack.push(l.into());
            }
            Instr::BuildSet(n) => {
                let items = take_n(f, n)?;
                let s = vm.new_set(items, false)?;
                f.stack.push(s);
            }
            Instr::BuildConstSet(n) => {
                let items = take_n(f, n)?;
                f.stack.push(vm.new_constant_set(items)?);
            }
            Instr::BuildMap(n) => {
                let items = take_n(f, 2 * n)?;
                let d = vm.new_dict()?;
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    vm.dict_set(&d, k, v)?;
                }
                f.stack.push(d.into());
            }
            Instr::BuildString(n) => build_string(vm, f, n)?,
            Instr::BuildSlice(n) => {
                // Popped straight off the stack: a vector of two or three would be an
                // allocation per slice (`perm[:k + 1]` in a loop).
                let step = if n == 3 {
                    f.stack.pop().ok_or_else(stack_error)?
                } else {
                    vm.none()
                };
                let stop = f.stack.pop().ok_or_else(stack_error)?;
                let start = f.stack.pop().ok_or_else(stack_error)?;
                f.stack.push(vm.alloc_obj(SliceObj { start, stop, step })?);
            }
            Instr::ListAppend(n) => {
                let v = pop!(f);
                // The list is borrowed in place (no count traffic per appended item).
                let at = f
                    .stack
                    .len()
                    .checked_sub(n as usize)
                    .ok_or_else(stack_error)?;
                f.stack[at]
                    .downcast_ref::<ListObj>()
                    .ok_or_else(stack_error)?
                    .push(v);
            }
            Instr::SetAdd(n) => {
                let v = pop!(f);
                let s = target_at(f, n)?;
                vm.set_add(&s, v)?;
            }
            Instr::MapAdd(n) => {
                let v = pop!(f);
                let k = pop!(f);
                let d = target_at(f, n)?;
                vm.dict_set(d.downcast_ref::<DictObj>().ok_or_else(stack_error)?, k, v)?;
            }
            Instr::ListExtend(n) => {
                let it = pop!(f);
                let l = target_at(f, n)?;
                let (items, hint) = match super::methods::collect_hinted(vm, &it) {
                    Err(e) if vm.exc_matches(&e, "TypeError") && vm.get_iter(&it).is_err() => {
                        return vm.type_err(format!(
                            "Value after * must be an iterable, not {}",
                            vm.type_name(&it)
                        ))
                    }
                    r => r?,
                };
                let l = l.downcast::<ListObj>().ok_or_else(stack_error)?;
                let (m, added) = {
                    let mut v = l.items.borrow_mut();
                    let m = v.len();
                    let added = items.len();
                    v.extend(items);
                    (m, added)
                };
                l.extended(m, added, hint);
            }
            Instr::SetUpdate(n) => {
                let it = pop!(f);
                let s = target_at(f, n)?;
                super::methods::set_update_one(vm, &s, &it)?;
            }
            Instr::DictUpdate(n) | Instr::DictMerge(n) => {
                let m = pop!(f);
                let d = target_at(f, n)?;
                let d = d.downcast_ref::<DictObj>().ok_or_else(stack_error)?;
                let merge = matches!(ins, Instr::DictMerge(_));
                // The called function sits below the positional arguments and this dict.
                let callee = || {
                    f.stack
                        .len()
                        .checked_sub(n as usize + 2)
                        .and_then(|i| f.stack.get(i).cloned())
                        .map_or_else(|| "function".into(), |func| vm.function_str(&func))
                };
                let items: Vec<(ObjRef, ObjRef)> = match m.downcast::<DictObj>() {
                    Some(src) => merge_items(d, &src, merge),
                    // A mapping class (has keys()): `{**counter}`, `f(**defaultdict)`.
                    None => match super::methods::mapping_items(vm, &m)? {
                        Some(items) => items,
                        None if merge => {
                            return vm.type_err(format!(
                                "{}() argument after ** must be a mapping, not {}",
                                callee(),
                                vm.type_name(&m)
                            ))
                        }
                        None => {
                            return vm.type_err(format!(
                                "'{}' object is not a mapping",
                                vm.type_name(&m)
                            ))
                        }
                    },
                };
                let was_empty = d.0.borrow().used == 0;
                for (k, v) in items {
                    if merge && vm.dict_get(d, &k)?.is_some() {
                        return vm.type_err(format!(
                            "{}() got multiple values for keyword argument '{}'",
                            callee(),
                            vm.str(&k)?
                        ));
                    }
                    vm.dict_set(d, k, v)?;
                }
                // As dict_merge: an empty target that took a whole dict may be a clone of
                // it, tracked like its source.
                if let (true, Some(src)) = (was_empty, m.downcast_ref::<DictObj>()) {
                    vm.dict_copy_tracking(d, src, false);
                }
            }
            Instr::ListToTuple => {
                let l = pop!(f);
                let t = match l.downcast_ref::<ListObj>() {
                    Some(l) => vm.new_tuple_from(&l.items.borrow())?,
                    None => vm.new_tuple(vm.collect(&l)?)?,
                };
                f.stack.push(t);
            }
            Instr::UnpackSequence(n) => unpack_sequence(vm, f, n)?,
            Instr::UnpackEx(v) => {
                let before = (v & 0xffff) as usize;
                let after = (v >> 16) as usize;
                let seq = pop!(f);
                let mut items = unpack_ex_items(vm, &seq, before)?;
                if items.len() < before + after {
                    return vm.value_err(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    ));
                }
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(before);
                for v in tail.into_iter().rev() {
                    f.stack.push(v);
                }
                f.stack.push(vm.new_list(middle)?);
                for v in items.into_iter().rev() {
                    f.stack.push(v);
                }
            }
            Instr::FormatValue(flags) => {
                let spec = if flags & 4 != 0 { Some(pop!(f)) } else { None };
                let v = pop!(f);
                let v = match flags & 3 {
                    1 => vm.str_obj(&v)?,
                    2 => {
                        let r = vm.repr(&v)?;
                        vm.new_str(&r)?
                    }
                    3 => vm.new_str(&super::codecs::ascii_escape(&vm.repr(&v)?))?,
                    _ => v,
                };
                let spec = match &spec {
                    Some(s) => vm.str(s)?,
                    None => String::new(),
                };
                let r = if spec.is_empty() && v.is::<StrObj>() {
                    v
                } else {
                    vm.new_str(&vm.format(&v, &spec)?)?
                };
                f.stack.push(r);
            }
            Instr::Call(n) => {
                vm.call_sites.note(vm.depth.get(), f.code(), *next);
                let n = n as usize;
                let base = f.stack.len() - n - 1;
                if let Some(fo) = f.stack[base].downcast_ref::<FuncObj>() {
                    if Vm::positional_call(fo, n) {
                        call_simple(vm, f, base)?;
                        continue;
                    }
                    let r = call_python_bound(vm, f, base, base + 1, None)?;
                    f.stack.push(r);
                    continue;
                }
                if let Some(b) = f.stack[base].downcast_ref::<BuiltinFunc>() {
                    // A plain native function (`sin(x)`, `len(s)`): straight to its code with
                    // the arguments in place. The few builtins that look at the calling frame
                    // take the general path below.
                    if b.self_.is_none() && !needs_frame(b.name) {
                        if b.kind != BuiltinKind::Function {
                            call_descriptor(vm, f, base)?;
                            continue;
                        }
                        let native = b.f;
                        let args = Args {
                            pos: &f.stack[base + 1..],
                            kwnames: &[],
                            kwvals: &[],
                        };
                        let r = native(vm, &args)?;
                        truncate(f, base);
                        f.stack.push(r);
                        continue;
                    }
                    if b.self_.is_some() {
                        call_bound_builtin(vm, f, base)?;
                        continue;
                    }
                } else if f.stack[base].is::<BoundMethod>() && call_bound_method(vm, f, base, n)? {
                    // (Tested here: the out-of-line call cost every class instantiation
                    // about 40 instructions before it found no bound method.)
                    continue;
                }
                let func = f.stack[base].clone();
                if let Some(t) = func.downcast_ref::<TypeObj>() {
                    // Instantiating a plain class: allocate, then run `__init__` with the
                    // arguments moved into its slots after `self`.
                    // (A generator `__init__` takes the general path, which reports it.)
                    let plain = vm.plain_init(t, n)?;
                    if let Some(init) = plain.filter(|i| !i.code.is_generator()) {
                        call_plain_init(vm, f, base, t, &init)?;
                        continue;
                    }
                    if t.has(BUILTIN) {
                        // `float(i)`, `list()`, `str(x)`: the type's constructor directly.
                        let r = builtin_ctor(vm, t, &f.stack[base + 1..])?;
                        truncate(f, base);
                        f.stack.push(r);
                        continue;
                    }
                }
                let r = if n == 0 && is_super(&func) {
                    zero_arg_super(vm, f)?
                } else if n == 0 && super::namespace::is_frame_builtin(&func) {
                    super::namespace::call_frame_builtin(vm, f, &func)?
                } else if n == 1 && super::dynamic_code::is_eval_or_exec(&func) {
                    let src = f.stack[base + 1].clone();
                    super::dynamic_code::call_in_frame(vm, f, &func, &src)?
                } else {
                    let args = &f.stack[base + 1..];
                    vm.call(&func, args, None)?
                };
                truncate(f, base);
                f.stack.push(r);
            }
            Instr::CallKw(n) => {
                vm.call_sites.note(vm.depth.get(), f.code(), *next);
                let kw = pop!(f);
                let n = n as usize;
                let base = f.stack.len() - n - 1;
                let func = f.stack[base].clone();
                let kwt = kw.downcast_ref::<TupleObj>().ok_or_else(stack_error)?;
                if func.is::<FuncObj>() {
                    let r = call_python_bound(vm, f, base, base + 1, Some(tuple_items(kwt)))?;
                    f.stack.push(r);
                    continue;
                }
                let args = &f.stack[base + 1..];
                let r = vm.call(&func, args, Some(tuple_items(kwt)))?;
                truncate(f, base);
                f.stack.push(r);
            }
            Instr::CallMethod(n) | Instr::CallMethodKw(n) => {
                vm.call_sites.note(vm.depth.get(), f.code(), *next);
                let kw = if matches!(ins, Instr::CallMethodKw(_)) {
                    Some(pop!(f))
                } else {
                    None
                };
                let kwt = kw.as_ref().and_then(|k| k.downcast_ref::<TupleObj>());
                let kwnames = kwt.map(tuple_items);
                let n = n as usize;
                let base = f.stack.len() - n - 2;
                if kwnames.is_none() {
                    if let Some(fo) = f.stack[base].downcast_ref::<FuncObj>() {
                        if Vm::positional_call(fo, n + 1) {
                            call_simple(vm, f, base)?;
                            continue;
                        }
                    } else if let Some(b) = f.stack[base].downcast_ref::<BuiltinFunc>() {
                        // A method of a builtin type (`l.append(x)`, `d.get(k)`): straight
                        // to its code with the receiver and the arguments in place, as
                        // `Vm::call` would run it, without its dispatch.
                        if b.self_.is_none() {
                            call_builtin_method(vm, f, base, base)?;
                            continue;
                        }
                    }
                }
                let m = f.stack[base].clone();
                if m.is::<FuncObj>() {
                    let r = call_python_bound(vm, f, base, base + 1, kwnames)?;
                    f.stack.push(r);
                    continue;
                }
                let r = match Some(m).filter(|m| !m.ptr_eq(&vm.null)) {
                    Some(m) => {
                        let args = &f.stack[base + 1..];
                        vm.call(&m, args, kwnames)?
                    }
                    None => {
                        if kwnames.is_none() && call_unbound(vm, f, base, n)? {
                            continue;
                        }
                        let func = f.stack[base + 1].clone();
                        if n == 0 && kwnames.is_none() && is_super(&func) {
                            zero_arg_super(vm, f)?
                        } else if n == 0
                            && kwnames.is_none()
                            && super::namespace::is_frame_builtin(&func)
                        {
                            super::namespace::call_frame_builtin(vm, f, &func)?
                        } else {
                            let args = &f.stack[base + 2..];
                            vm.call(&func, args, kwnames)?
                        }
                    }
                };
                truncate(f, base);
                f.stack.push(r);
            }
            Instr::CallEx(flags) => {
                vm.call_sites.note(vm.depth.get(), f.code(), *next);
                let kw = if flags & 1 != 0 { Some(pop!(f)) } else { None };
                let args = pop!(f);
                let func = pop!(f);
                let mut all = match vm.collect(&args) {
                    Err(e) if vm.exc_matches(&e, "TypeError") && vm.get_iter(&args).is_err() => {
                        return vm.type_err(format!(
                            "{}() argument after * must be an iterable, not {}",
                            vm.function_str(&func),
                            vm.type_name(&args)
                        ))
                    }
                    r => r?,
                };
                let mut names = Vec::new();
                if let Some(kw) = &kw {
                    let items = match super::subclass::downcast_receiver::<DictObj>(kw) {
                        Some(d) => {
                            d.0.borrow()
                                .iter()
                                .map(|e| (e.key.clone(), e.value.clone()))
                                .collect()
                        }
                        None => mapping_items(vm, kw).map_err(|e| {
                            if vm.exc_matches(&e, "AttributeError") {
                                vm.exc_msg(
                                    "TypeError",
                                    &format!(
                                        "{}() argument after ** must be a mapping, not {}",
                                        vm.function_str(&func),
                                        vm.type_name(kw)
                                    ),
                                )
                            } else {
                                e
                            }
                        })?,
                    };
                    for (k, v) in items {
                        // A str subclass names its keyword by its text.
                        names.push(super::subclass::unwrap_base(&k).into_owned());
                        all.push(v);
                    }
                }
                let kwnames = if names.is_empty() {
                    None
                } else {
                    vm.check_keyword_names(&names)?;
                    Some(&names[..])
                };
                let r = match func.downcast_ref::<FuncObj>() {
                    Some(fo) => {
                        // CPython's CALL_FUNCTION_EX gives a Python function's frame its
                        // own references and releases the positional tuple and keywords
                        // mapping before the callee runs (_PyEvalFramePushAndInit_Ex):
                        // inside, sys.getrefcount sees only the frame's references.
                        let mut callee = vm.bind_frame(fo, &all, kwnames)?;
                        drop((all, args, kw));
                        let r = vm.run_new_frame(fo, &mut callee);
                        Vm::drop_frame(callee);
                        r?
                    }
                    None => vm.call(&func, &all, kwnames)?,
                };
                f.stack.push(r);
            }
            Instr::LoadBuildClass => {
                let v = vm
                    .dict_get_str(&vm.builtins, "__build_class__")
                    .ok_or_else(|| name_error(vm, "__build_class__"))?;
                f.stack.push(v);
            }
            Instr::MakeFunction(flags) => {
                let c = pop!(f);
                let closure = if flags & 8 != 0 { Some(pop!(f)) } else { None };
                let annotations = if flags & 4 != 0 { Some(pop!(f)) } else { None };
                let kwdefaults = if flags & 2 != 0 { Some(pop!(f)) } else { None };
                let defaults = if flags & 1 != 0 { Some(pop!(f)) } else { None };
                let code_obj = c.downcast_ref::<CodeObj>().ok_or_else(stack_error)?;
                let fcode = code_obj.code.clone();
                let parts = function_parts(vm, code_obj)?;
                let func = FuncObj {
                    name: RefCell::new(parts.name),
                    qualname: RefCell::new(parts.qualname),
                    code: fcode,
                    data: parts.data,
                    globals: f.globals.clone(),
                    defaults: RefCell::new(defaults),
                    kwdefaults: RefCell::new(kwdefaults),
                    closure,
                    dict: RefCell::new(None),
                    annotations: RefCell::new(annotations),
                };
                f.stack.push(vm.alloc_obj(func)?);
            }
            Instr::ReturnValue => {
                let v = pop!(f);
                return Ok(Exit::Return(v));
            }
            Instr::YieldValue => {
                let v = pop!(f);
                return Ok(Exit::Yield(v));
            }
            Instr::GetYieldFromIter => {
                let o = pop!(f);
                let it = if o.is::<GenObj>() {
                    o
                } else if o.is::<CoroObj>() {
                    // (Only a coroutine's own code awaits one, through GetAwaitable.)
                    return vm.type_err(
                        "cannot 'yield from' a coroutine object in a non-coroutine generator",
                    );
                } else {
                    vm.get_iter(&o)?
                };
                f.stack.push(it);
            }
            Instr::YieldFrom => {
                let v = pop!(f);
                let sub = top!(f).clone();
                let step = if let Some(g) = sub.downcast_ref::<GenObj>() {
                    vm.gen_resume(g, v)?
                } else {
                    vm.yield_from_iter(&sub, v)?
                };
                match step {
                    GenStep::Yielded(x) => {
                        *next = pc;
                        return Ok(Exit::Yield(x));
                    }
                    GenStep::Returned(r) => {
                        f.stack.pop();
                        f.stack.push(r);
                    }
                }
            }
            Instr::SetupFinally(t) => {
                f.blocks.push(Block {
                    kind: BlockKind::Setup,
                    handler: t,
                    level: f.stack.len(),
                    saved: None,
                });
            }
            Instr::SetupWith(t) => {
                f.blocks.push(Block {
                    kind: BlockKind::Setup,
                    handler: t,
                    level: f.stack.len() - 1,
                    saved: None,
                });
            }
            Instr::PopBlock => {
                f.blocks.pop();
            }
            Instr::PopExcept => {
                if let Some(b) = f.blocks.pop() {
                    if b.kind == BlockKind::ExceptHandler {
                        let old = vm.handled.replace(b.saved);
                        drop(old);
                    }
                }
            }
            Instr::CheckExcMatch => {
                let t = pop!(f);
                let e = top!(f).clone();
                let m = vm.exc_match(&e, &t)?;
                f.stack.push(vm.bool_obj(m));
            }
            Instr::CheckEgMatch => {
                let t = pop!(f);
                let e = pop!(f);
                let (rest, matched) = super::exception_group::eg_match(vm, &e, &t)?;
                if !vm.is_none(&matched) {
                    let old = vm.handled.replace(Some(matched.clone()));
                    drop(old);
                }
                f.stack.push(rest);
                f.stack.push(matched);
            }
            Instr::PrepReraiseStar => {
                let raised = pop!(f);
                let orig = pop!(f);
                let r = super::exception_group::prep_reraise_star(vm, &orig, &raised)?;
                f.stack.push(r);
            }
            Instr::Reraise => {
                let e = pop!(f);
                return reraise(e);
            }
            Instr::RaiseVarargs(n) => match n {
                0 => {
                    let h = vm.handled.borrow().clone();
                    return match h {
                        Some(e) => reraise(e),
                        None => vm.err("RuntimeError", "No active exception to reraise"),
                    };
                }
                1 => {
                    let e = pop!(f);
                    let e = vm.make_raisable(&e)?;
                    vm.chain_handled(&e);
                    return Err(e);
                }
                _ => {
                    let cause = pop!(f);
                    let e = pop!(f);
                    let e = vm.make_raisable(&e)?;
                    let cause = if vm.is_none(&cause) {
                        None
                    } else {
                        Some(vm.make_cause(&cause)?)
                    };
                    if let Some(inst) = e.downcast_ref::<Instance>() {
                        if let Some(d) = inst.exc() {
                            *d.cause.borrow_mut() = cause;
                            d.suppress_context.set(true);
                        }
                    }
                    vm.chain_handled(&e);
                    return Err(e);
                }
            },
            Instr::LoadAssertionError => f.stack.push(Gc::to_obj(&vm.exc_type("AssertionError"))),
            Instr::BeforeWith => {
                let ctx = pop!(f);
                let t = vm.type_of(&ctx);
                let enter = vm.lookup_type_attr(&t, "__enter__")?;
                let exit = vm.lookup_type_attr(&t, "__exit__")?;
                let (Some(enter), Some(exit)) = (enter.as_ref(), exit) else {
                    // CPython's BEFORE_WITH names the missing `__exit__` apart.
                    return vm.type_err(format!(
                        "'{}' object does not support the context manager protocol{}",
                        vm.type_name(&ctx),
                        if enter.is_some() {
                            " (missed __exit__ method)"
                        } else {
                            ""
                        }
                    ));
                };
                let enter = enter.clone();
                let bound_exit = vm.alloc_obj(BoundMethod {
                    func: exit,
                    self_: ctx.clone(),
                })?;
                f.stack.push(bound_exit);
                let r = vm.call(&enter, std::slice::from_ref(&ctx), None)?;
                f.stack.push(r);
            }
            Instr::Async(op) => async_instr(vm, f, op)?,
            Instr::WithExceptStart => {
                let e = top!(f).clone();
                let n = f.stack.len();
                let exit = f.stack[n - 2].clone();
                let t = Gc::into_obj(vm.type_of(&e));
                let tb = match e.downcast_ref::<Instance>().and_then(|i| i.exc()) {
                    Some(d) => vm.exc_traceback(&d)?,
                    None => vm.none(),
                };
                let r = vm.call(&exit, &[t, e, tb], None)?;
                f.stack.push(r);
            }
            Instr::ImportName(i) => {
                let m = import_name(vm, f, i)?;
                f.stack.push(m);
            }
            Instr::ImportFrom(i) => {
                let m = top!(f).clone();
                let name = &f.data.names[i as usize];
                match vm.getattr_opt(&m, name)? {
                    Some(v) => f.stack.push(v),
                    None => {
                        let v = import_from_missing(vm, &m, name)?;
                        f.stack.push(v);
                    }
                }
            }
            Instr::ImportStar => import_star(vm, f)?,
            Instr::MatchSequence => super::pattern::match_sequence(vm, f)?,
            Instr::MatchMapping => super::pattern::match_mapping(vm, f)?,
            Instr::GetLen => super::pattern::get_len(vm, f)?,
            Instr::MatchKeys => super::pattern::match_keys(vm, f)?,
            Instr::MatchClass(n) => super::pattern::match_class(vm, f, n)?,
            Instr::CopyDictWithoutKeys => super::pattern::copy_dict_without_keys(vm, f)?,
            Instr::Rotate(n) => super::pattern::rotate(vm, f, n)?,
            Instr::PrintExpr => {
                let v = pop!(f);
                if !vm.is_none(&v) {
                    let r = vm.repr(&v)?;
                    vm.write_out(&r);
                    vm.write_out("\n");
                }
            }
        }
    }
}

/// The items of a `**` argument that is not a dict: its `keys()`, then `m[key]` for each
/// (CPython's `PyDict_Update` from a mapping).
#[cold]
#[inline(never)]
fn mapping_items(vm: &Vm, m: &ObjRef) -> PyResult<Vec<(ObjRef, ObjRef)>> {
    let keys_fn = vm.getattr(m, &vm.intern("keys")?)?;
    let keys = vm.call(&keys_fn, &[], None)?;
    let mut out = Vec::new();
    for k in vm.collect(&keys)? {
        let v = vm.getitem(m, &k)?;
        out.push((k, v));
    }
    Ok(out)
}

/// The cell in slot `i` (a cell or free variable of this frame).
#[inline]
fn cell_at(f: &Frame, i: u32) -> PyResult<&Gc<CellObj>> {
    f.slots[i as usize]
        .as_ref()
        .and_then(|c| c.downcast_ref::<CellObj>())
        .ok_or_else(stack_error)
}

fn deref_error(vm: &Vm, f: &Frame, i: u32) -> ObjRef {
    let name = f.code().slot_name(i);
    if f.code().freevars.iter().any(|n| n == name) && !f.code().cellvars.iter().any(|n| n == name) {
        vm.exc_msg(
            "NameError",
            &format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        )
    } else {
        vm.exc_msg(
            "UnboundLocalError",
            &format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }
}

/// Builtins that need the calling frame (zero-argument `super`, `eval`/`exec` and the
/// namespace builtins), which the call instructions handle themselves.
/// Every direct native call asks, so the length and first byte decide before any string
/// compare (`sin`, `len`, `append` need none).
#[inline]
fn needs_frame(name: &str) -> bool {
    match (name.len(), name.as_bytes().first()) {
        (5, Some(b's')) => name == "super",
        (4, Some(b'e')) => name == "eval" || name == "exec",
        (7, Some(b'g')) => name == "globals",
        (6, Some(b'l')) => name == "locals",
        (4, Some(b'v')) => name == "vars",
        (3, Some(b'd')) => name == "dir",
        _ => false,
    }
}

fn is_super(f: &ObjRef) -> bool {
    f.downcast_ref::<BuiltinFunc>()
        .is_some_and(|b| b.name == "super" && b.self_.is_none())
}

fn zero_arg_super(vm: &Vm, f: &Frame) -> PyResult {
    let cls = f
        .code()
        .freevars
        .iter()
        .position(|n| n == "__class__")
        .and_then(|j| {
            f.slots
                .get(f.slots.len() - f.code().freevars.len() + j)
                .cloned()
                .flatten()
        })
        .and_then(|c| c.downcast::<CellObj>())
        .and_then(|c| c.0.borrow().clone())
        .and_then(|c| c.downcast::<TypeObj>());
    if f.code().argcount == 0 && f.code().flags & crate::bytecode::code_flags::VARARGS == 0 {
        return vm.err("RuntimeError", "super(): no arguments");
    }
    let Some(cls) = cls else {
        return vm.err("RuntimeError", "super(): __class__ cell not found");
    };
    let first = match f.slots.first().cloned().flatten() {
        Some(o) => match o.downcast_ref::<CellObj>() {
            Some(c) => c.0.borrow().clone(),
            None => Some(o),
        },
        None => None,
    };
    let Some(obj) = first else {
        return vm.err("RuntimeError", "super(): no arguments");
    };
    vm.alloc_obj(SuperObj {
        cls: cls.clone(),
        obj,
    })
}

/// Bind the parameters a positional call of `fo` with `nargs` arguments leaves out
/// (`nargs` .. `argcount`) to their defaults (`Vm::positional_call` holds: there are
/// enough of them).
#[inline(never)]
fn fill_defaults(fo: &FuncObj, nargs: usize, slots: &mut [Option<ObjRef>]) {
    let argc = fo.code.argcount as usize;
    let defaults = fo.defaults.borrow();
    let Some(items) = defaults
        .as_ref()
        .and_then(|d| d.downcast_ref::<TupleObj>())
        .map(tuple_items)
    else {
        return;
    };
    // The defaults belong to the last parameters.
    let Some(first) = (items.len() + nargs).checked_sub(argc) else {
        return;
    };
    let (Some(slots), Some(values)) = (slots.get_mut(nargs..argc), items.get(first..)) else {
        return;
    };
    for (slot, v) in slots.iter_mut().zip(values) {
        *slot = Some(v.clone());
    }
}

/// Move the call arguments at `stack[from..]` into the first slots of a new frame, popping
/// them last first (no Drain, no temporary). The caller has checked that they fit
/// (`Vm::positional_call`).
#[inline(always)]
fn move_args(f: &mut Frame, from: usize, slots: &mut [Option<ObjRef>]) {
    let nargs = f.stack.len().saturating_sub(from);
    let end = nargs.min(slots.len());
    for slot in slots[..end].iter_mut().rev() {
        *slot = f.stack.pop();
    }
}

/// The next item of the iterator a `for` loop runs over (`ForIter`, `ForIterStore`): a
/// range's, list's or tuple's in place (`Vm::next_fast`), anything else out of line.
#[inline(always)]
fn next_item(vm: &Vm, it: &ObjRef) -> PyResult<Option<ObjRef>> {
    match vm.next_fast(it) {
        Some(r) => r,
        None => next_slow(vm, it),
    }
}

/// The instructions of `await`, `async for` and `async with` (`runtime/coroutines.rs`),
/// out of line.
#[cold]
#[inline(never)]
fn async_instr(vm: &Vm, f: &mut Frame, op: AsyncOp) -> PyResult<()> {
    match op {
        AsyncOp::GetAwaitable(why) => {
            let o = pop!(f);
            let it = vm.get_awaitable(&o, why)?;
            f.stack.push(it);
        }
        AsyncOp::GetAIter => {
            let o = pop!(f);
            let it = vm.get_aiter(&o)?;
            f.stack.push(it);
        }
        AsyncOp::GetANext => {
            let aiter = top!(f).clone();
            let awaitable = vm.get_anext(&aiter)?;
            f.stack.push(awaitable);
        }
        AsyncOp::EndAsyncFor => {
            let exc = pop!(f);
            if !vm.exc_matches(&exc, "StopAsyncIteration") {
                return reraise(exc);
            }
            // The except-handler block the step's `SetupFinally` made, as `PopExcept`.
            if let Some(b) = f.blocks.pop() {
                if b.kind == BlockKind::ExceptHandler {
                    let old = vm.handled.replace(b.saved);
                    drop(old);
                }
            }
            let aiter = pop!(f);
            drop((exc, aiter));
        }
        AsyncOp::BeforeAsyncWith => {
            let ctx = pop!(f);
            let (exit, awaitable) = vm.before_async_with(&ctx)?;
            f.stack.push(exit);
            f.stack.push(awaitable);
        }
        AsyncOp::AsyncGenWrap => {
            let v = pop!(f);
            let w = vm.async_gen_wrap(v)?;
            f.stack.push(w);
        }
    }
    Ok(())
}

/// `ForIter`'s next item from an iterator `Vm::next_fast` does not take: a generator's
/// straight from its frame, anything else through `Vm::next`. Out of line, so that the
/// loop's common case (a range or a list) keeps `execute` as compact as it was.
#[inline(never)]
fn next_slow(vm: &Vm, it: &ObjRef) -> PyResult<Option<ObjRef>> {
    match it.downcast_ref::<GenObj>() {
        Some(g) => vm.gen_next(g),
        None => vm.next(it),
    }
}

/// `ImportFrom` when the module has no such attribute: the submodule `module.name` if
/// `sys.modules` has it (a package whose `__init__` is still running, in a circular
/// import), else CPython's "cannot import name" error.
#[cold]
#[inline(never)]
fn import_from_missing(vm: &Vm, m: &ObjRef, name: &ObjRef) -> PyResult {
    let module = m.downcast::<ModuleObj>();
    let mname = module.as_ref().map(|m| m.name.clone()).unwrap_or_default();
    if module.is_some() {
        if let Some(sub) = vm.dict_get_str(&vm.modules, &format!("{mname}.{}", vm.str(name)?)) {
            return Ok(sub);
        }
    }
    // CPython names the module's file, or "unknown location" for a built-in module.
    let location = match module
        .as_ref()
        .and_then(|m| vm.dict_get_str(&m.dict, "__file__"))
        .filter(|f| f.is::<StrObj>())
    {
        Some(f) => vm.str(&f)?,
        None => "unknown location".to_string(),
    };
    let msg = format!(
        "cannot import name '{}' from '{}' ({})",
        vm.str(name)?,
        mname,
        location
    );
    let exc = vm.import_error("ImportError", &msg, &mname);
    super::suggestions::import_from_hint(&exc, m, &vm.str(name)?);
    Err(exc)
}

/// `ImportStar`: bind the names of the module on the stack (popped) in the current
/// namespace: those of its `__all__` when it has one (each must be a str), else its public
/// names (not starting with `_`).
#[cold]
#[inline(never)]
fn import_star(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    let m = pop!(f);
    let d = f.locals.clone().unwrap_or_else(|| f.globals.clone());
    let module_name = || match m.downcast_ref::<ModuleObj>() {
        Some(m) => m.name.to_string(),
        None => "<module>".to_string(),
    };
    if let Some(all) = vm.getattr_opt(&m, &vm.intern("__all__")?)? {
        for name in vm.collect(&all)? {
            if !name.is::<StrObj>() {
                return vm.type_err(format!(
                    "Item in {}.__all__ must be str, not {}",
                    module_name(),
                    vm.type_name(&name)
                ));
            }
            let v = vm.getattr(&m, &name)?;
            vm.dict_set(&d, name, v)?;
        }
        return Ok(());
    }
    let Some(md) = m.downcast_ref::<ModuleObj>() else {
        return Ok(());
    };
    let items = md.dict.pairs();
    for (k, v) in items {
        if !vm.str(&k)?.starts_with('_') {
            vm.dict_set(&d, k, v)?;
        }
    }
    Ok(())
}

/// `ImportName(i)` over its level and from-list (popped): `path_import::import_name` with
/// the frame's globals for a relative name. Out of line: imports are rare.
#[cold]
#[inline(never)]
fn import_name(vm: &Vm, f: &mut Frame, i: u32) -> PyResult {
    let fromlist = pop!(f);
    let level = pop!(f);
    let level = match level.downcast_ref::<IntObj>().map(|l| &**l) {
        Some(IntObj::Small(l)) => *l,
        _ => return Err(stack_error()),
    };
    let name = vm.str(&f.data.names[i as usize])?;
    let globals = Gc::to_obj(&f.globals);
    super::modules::path_import::import_name(vm, &name, Some(&globals), &fromlist, level)
}

/// A call of the Python function at `stack[base]` whose positional arguments (above it)
/// fill its first slots (`Vm::simple_call` holds): the arguments move into the new frame
/// (as CPython 3.11+ does), then the function itself, with no count traffic for either;
/// the result replaces them. Out of line on purpose: inlined into `execute`, whose
/// inlining budget is long spent, its helpers (pool, stack guard, drops) were each left
/// as calls, and `execute`'s entry grew.
#[inline(never)]
fn call_simple(vm: &Vm, f: &mut Frame, base: usize) -> PyResult<()> {
    let Some(fo) = f.stack.get(base).and_then(|o| o.downcast_ref::<FuncObj>()) else {
        return Err(stack_error());
    };
    if fo.code.is_generator() {
        return start_generator(vm, f, base);
    }
    let mut callee = vm.reserved_frame(fo);
    let nargs = f.stack.len() - base - 1;
    if nargs < fo.code.argcount as usize {
        fill_defaults(fo, nargs, &mut callee.slots);
    }
    move_args(f, base + 1, &mut callee.slots);
    let func = pop!(f);
    let r = vm.run_reserved_frame(&mut callee);
    vm.release_frame(callee);
    let r = r?;
    drop(func);
    f.stack.push(r);
    Ok(())
}

/// `CallMethod` with no receiver (`math.floor(x)`, `Shape.from_points(p, q)`: `LoadMethod`
/// found a plain attribute, under the NULL at `base`): a Python function that binds its
/// arguments positionally, or a native function, called in place as `Call` does. False:
/// the caller takes the general path.
#[inline(never)]
fn call_unbound(vm: &Vm, f: &mut Frame, base: usize, n: usize) -> PyResult<bool> {
    let Some(callable) = f.stack.get(base + 1) else {
        return Err(stack_error());
    };
    if let Some(fo) = callable.downcast_ref::<FuncObj>() {
        if !Vm::positional_call(fo, n) {
            return Ok(false);
        }
        call_simple(vm, f, base + 1)?;
        // [NULL, result] -> [result]
        let r = pop!(f);
        let null = pop!(f);
        drop(null);
        f.stack.push(r);
        return Ok(true);
    }
    if let Some(b) = callable.downcast_ref::<BuiltinFunc>() {
        if b.self_.is_none() && !needs_frame(b.name) {
            // A descriptor called through its type (`str.upper(x)`).
            if b.kind != BuiltinKind::Function {
                vm.check_receiver(b, &f.stack[base + 2..])?;
            }
            call_builtin_method(vm, f, base + 1, base)?;
            return Ok(true);
        }
    }
    Ok(false)
}

/// `Call` of a bound method of a Python function that binds its arguments positionally
/// (`step = obj.step; step(x)`): the function replaces the method and its `self` goes in
/// under the arguments, as CPython's `CALL` unpacks a bound method, then the plain call.
/// False: not such a method (the caller takes the general path).
#[inline(never)]
fn call_bound_method(vm: &Vm, f: &mut Frame, base: usize, n: usize) -> PyResult<bool> {
    let Some(bm) = f
        .stack
        .get(base)
        .and_then(|o| o.downcast_ref::<BoundMethod>())
    else {
        return Ok(false);
    };
    if !bm
        .func
        .downcast_ref::<FuncObj>()
        .is_some_and(|fo| Vm::positional_call(fo, n + 1))
    {
        return Ok(false);
    }
    let (func, self_) = (bm.func.clone(), bm.self_.clone());
    let method = std::mem::replace(&mut f.stack.as_mut_slice()[base], func);
    f.stack.insert(base + 1, self_);
    drop(method);
    call_simple(vm, f, base)?;
    Ok(true)
}

/// `AttrAttrCompareJump(a, n)` at `pc`: `a.n op b.m` for locals `a` and `b`, jumping as
/// the `CompareJumpIfFalse` at `pc + 4` says when the two values are numbers the fast
/// comparison takes; anything else is left on the stack for that instruction (errors at
/// the position of the instruction they belong to). Out of line, as `attr_inplace`.
#[inline(never)]
fn attr_compare_jump(
    vm: &Vm,
    f: &mut Frame,
    instrs: &[Instr],
    pc: usize,
    next: &mut usize,
    a: u16,
    n: u16,
) -> PyResult<()> {
    let (Some(name), Some(cache)) = (f.data.names.get(usize::from(n)), f.data.caches.get(pc + 1))
    else {
        return Err(stack_error());
    };
    let o = bound_slot(vm, &f.slots, &f.data.code, a.into())?;
    *next = pc + 2;
    let x = load_attr(vm, cache, o, name)?;
    // The fused tail: the second attribute and the comparison (always there, as `fuse`
    // makes this form only before them; anything else runs as the plain load did).
    let (Some(&Instr::LoadFastAttr(b, m)), Some(&Instr::CompareJumpIfFalse(op, t))) =
        (instrs.get(pc + 2), instrs.get(pc + 4))
    else {
        f.stack.push(x);
        return Ok(());
    };
    let (Some(name), Some(cache)) = (f.data.names.get(usize::from(m)), f.data.caches.get(pc + 3))
    else {
        return Err(stack_error());
    };
    *next = pc + 3;
    let o = bound_slot(vm, &f.slots, &f.data.code, b.into())?;
    *next = pc + 4;
    let y = load_attr(vm, cache, o, name)?;
    if let Some(r) = jump_compare(&x, &y, op) {
        *next = if r { pc + 6 } else { t as usize };
        drop(x);
        drop(y);
        return Ok(());
    }
    f.stack.push(x);
    f.stack.push(y);
    Ok(())
}

/// `AttrInplaceFast`/`AttrInplaceConst` at `pc`: `o.name op= y` for the local `o` in slot
/// `a`, with the attribute caches of the `LoadAttr` and `StoreAttr` it stands for, and
/// each error at the position of the instruction it belongs to. The operand is constant
/// `c` (`Ok(c)`) or local `b` (`Err(b)`). Out of line: the eval loop's own dispatch stays
/// lean.
#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn attr_inplace(
    vm: &Vm,
    f: &Frame,
    instrs: &[Instr],
    pc: usize,
    next: &mut usize,
    a: u16,
    operand: Result<u16, u16>,
    op: BinOp,
) -> PyResult<()> {
    let Some(&Instr::LoadAttr(n)) = instrs.get(pc + 2) else {
        return Err(stack_error());
    };
    let (Some(name), Some(load), Some(store)) = (
        f.data.names.get(n as usize),
        f.data.caches.get(pc + 2),
        f.data.caches.get(pc + 6),
    ) else {
        return Err(stack_error());
    };
    let o = bound_slot(vm, &f.slots, &f.data.code, a.into())?;
    *next = pc + 3;
    let x = load_attr(vm, load, o, name)?;
    *next = pc + 4;
    let y = match operand {
        Ok(c) => f.data.consts.get(usize::from(c)).ok_or_else(stack_error)?,
        Err(b) => bound_slot(vm, &f.slots, &f.data.code, b.into())?,
    }
    .clone();
    *next = pc + 5;
    let r = arith_value(vm, x, y, op, true)?;
    *next = pc + 7;
    store_attr(vm, store, o, name, r)
}

/// `a op b` (`a op= b` when `inplace`) for `BinaryOp`, `InplaceOp` and the fused attribute
/// form: small ints and floats directly (numbers have no in-place forms, so `x += y` is
/// `x + y` for them), anything else through the operator protocol.
#[inline(always)]
fn arith_value(vm: &Vm, a: ObjRef, b: ObjRef, op: BinOp, inplace: bool) -> PyResult {
    if let Some(r) = small_ints(&a, &b).and_then(|(x, y)| small_int_arith(x, y, op)) {
        drop((a, b));
        return vm.new_int(r);
    }
    if let Some(r) = float_arith(&a, &b, op) {
        return float_result(vm, a, b, r);
    }
    vm.binary_op(&a, &b, op, inplace)
}

/// [`call_simple`] of a generator function: the generator keeps the reserved frame, its
/// arguments bound, until it finishes.
#[inline(never)]
fn start_generator(vm: &Vm, f: &mut Frame, base: usize) -> PyResult<()> {
    let Some(fo) = f.stack.get(base).and_then(|o| o.downcast_ref::<FuncObj>()) else {
        return Err(stack_error());
    };
    let mut callee = vm.reserved_frame(fo);
    let nargs = f.stack.len() - base - 1;
    if nargs < fo.code.argcount as usize {
        fill_defaults(fo, nargs, &mut callee.slots);
    }
    move_args(f, base + 1, &mut callee.slots);
    let func = pop!(f);
    let fo = func.downcast_ref::<FuncObj>().ok_or_else(stack_error)?;
    let g = vm.new_generator(fo, callee)?;
    drop(func);
    f.stack.push(g);
    Ok(())
}

/// A call of the bound built-in method at `stack[base]` (`push = l.append; push(x)`): the
/// receiver takes the method's place on the stack, so the native code gets the receiver
/// and the arguments as one slice, as `Vm::call` gives it, without a vector built per
/// call. Out of line, as `call_simple`.
#[inline(never)]
fn call_bound_builtin(vm: &Vm, f: &mut Frame, base: usize) -> PyResult<()> {
    let Some((native, receiver)) = f
        .stack
        .get(base)
        .and_then(|o| o.downcast_ref::<BuiltinFunc>())
        .and_then(|b| Some((b.f, b.self_.clone()?)))
    else {
        return Err(stack_error());
    };
    let method = std::mem::replace(&mut f.stack.as_mut_slice()[base], receiver);
    let args = Args {
        pos: &f.stack[base..],
        kwnames: &[],
        kwvals: &[],
    };
    let r = native(vm, &args);
    truncate(f, base);
    drop(method);
    f.stack.push(r?);
    Ok(())
}

/// `BuildString(n)`: the f-string of the top `n` values (strs, as `FormatValue` leaves
/// them), joined into one buffer sized once, their characters counted from theirs.
#[inline(never)]
fn build_string(vm: &Vm, f: &mut Frame, n: u32) -> PyResult<()> {
    let base = f
        .stack
        .len()
        .checked_sub(n as usize)
        .ok_or_else(stack_error)?;
    let pieces = &f.stack[base..];
    let (mut bytes, mut chars) = (0usize, 0usize);
    let mut all_str = true;
    for p in pieces {
        match p.downcast_ref::<StrObj>() {
            Some(s) => {
                bytes += s.s.len();
                chars += s.nchars;
            }
            None => all_str = false,
        }
    }
    let r = if all_str {
        if n == 1 {
            pieces[0].clone()
        } else if bytes == 0 {
            vm.new_str("")?
        } else {
            let mut out = String::with_capacity(bytes);
            for p in pieces {
                if let Some(s) = p.downcast_ref::<StrObj>() {
                    out.push_str(&s.s);
                }
            }
            vm.new_str_counted(out, chars)?
        }
    } else {
        let mut out = String::new();
        for p in pieces {
            out.push_str(&vm.str(p)?);
        }
        vm.new_str(&out)?
    };
    truncate(f, base);
    f.stack.push(r);
    Ok(())
}

/// `Call` of a descriptor through its type (`m = str.upper; m(x)`): its receiver checked,
/// then the native code as `call_builtin_method` runs it. Cold, so that the plain native
/// calls beside it (`sin(x)`) keep their code.
#[cold]
#[inline(never)]
fn call_descriptor(vm: &Vm, f: &mut Frame, base: usize) -> PyResult<()> {
    let Some(b) = f
        .stack
        .get(base)
        .and_then(|o| o.downcast_ref::<BuiltinFunc>())
    else {
        return Err(stack_error());
    };
    vm.check_receiver(b, &f.stack[base + 1..])?;
    call_builtin_method(vm, f, base, base)
}

/// A call of the builtin method at `stack[at]` (a `BuiltinFunc` without a bound self)
/// with the receiver and positional arguments above it; the result replaces the stack
/// from `base` (`at`, or the NULL under it for `call_unbound`). An error is reworded as
/// an unbound method's (`str.lower(5)`). Out of line, as `call_simple`.
#[inline(never)]
fn call_builtin_method(vm: &Vm, f: &mut Frame, at: usize, base: usize) -> PyResult<()> {
    let Some(b) = f
        .stack
        .get(at)
        .and_then(|o| o.downcast_ref::<BuiltinFunc>())
    else {
        return Err(stack_error());
    };
    let (native, name) = (b.f, b.name);
    let pos = &f.stack[at + 1..];
    let args = Args {
        pos,
        kwnames: &[],
        kwvals: &[],
    };
    let r = match native(vm, &args) {
        Ok(r) => r,
        Err(e) => return Err(vm.reword_descriptor_error(e, name, pos)),
    };
    truncate(f, base);
    f.stack.push(r);
    Ok(())
}

/// The items `{**src}` (`merge`: `f(**src)`) adds to the dict `d` being built; for `{**src}`
/// `d` is first sized for them as CPython's dict_merge sizes it.
#[inline(never)]
fn merge_items(d: &Gc<DictObj>, src: &Gc<DictObj>, merge: bool) -> Vec<(ObjRef, ObjRef)> {
    if !merge && !Gc::ptr_eq(d, src) {
        if let (Ok(mut t), Ok(s)) = (d.0.try_borrow_mut(), src.0.try_borrow()) {
            t.presize_for_merge(&s);
        }
    }
    let s = src.0.borrow();
    s.iter().map(|e| (e.key.clone(), e.value.clone())).collect()
}

/// `C(*args)` for a plain class `t` whose `__init__` is `init` (`Vm::plain_init`, not a
/// generator): a new instance, then `init` run with it and the arguments moved into its
/// slots; the instance replaces the class and the arguments on the stack. Out of line, as
/// `call_simple`.
#[inline(never)]
fn call_plain_init(
    vm: &Vm,
    f: &mut Frame,
    base: usize,
    t: &Gc<TypeObj>,
    init: &Gc<FuncObj>,
) -> PyResult<()> {
    let inst: ObjRef = vm.new_instance(t)?.into();
    let mut callee = vm.reserved_frame(init);
    callee.slots[0] = Some(inst.clone());
    let nargs = f.stack.len() - base;
    if nargs < init.code.argcount as usize {
        fill_defaults(init, nargs, &mut callee.slots);
    }
    move_args(f, base + 1, &mut callee.slots[1..]);
    let r = vm.run_reserved_frame(&mut callee);
    vm.release_frame(callee);
    let r = r?;
    if !vm.is_none(&r) {
        return vm.type_err(format!(
            "__init__() should return None, not '{}'",
            vm.type_name(&r)
        ));
    }
    truncate(f, base);
    f.stack.push(inst);
    Ok(())
}

/// Call the Python function at `stack[base]` with the arguments at `stack[from..]` (the
/// last `kwnames.len()` of them by keyword) through the general binding: bind, drop the
/// stack's references down to `base`, then run, so that the callee's frame holds the only
/// references the call made (`sys.getrefcount` inside a `*args` function counts as in
/// CPython). The function is kept alive for the call by a reference of its own.
#[inline(never)]
fn call_python_bound(
    vm: &Vm,
    f: &mut Frame,
    base: usize,
    from: usize,
    kwnames: Option<&[ObjRef]>,
) -> PyResult {
    let func = f.stack[base].clone();
    let fo = func.downcast_ref::<FuncObj>().ok_or_else(stack_error)?;
    let mut callee = vm.bind_frame(fo, &f.stack[from..], kwnames)?;
    truncate(f, base);
    let r = vm.run_new_frame(fo, &mut callee);
    Vm::drop_frame(callee);
    r
}

/// The parts every function made from `code` shares (see [`CodeObj::parts`]).
fn function_parts(vm: &Vm, code: &CodeObj) -> PyResult<FunctionParts> {
    if let Some(p) = &*code.parts.borrow() {
        return Ok(p.clone());
    }
    let c = &code.code;
    let parts = FunctionParts {
        data: vm.code_data(c)?,
        name: vm.intern(&c.name)?,
        qualname: vm.new_str(&c.qualname)?,
    };
    *code.parts.borrow_mut() = Some(parts.clone());
    Ok(parts)
}

/// `UnpackSequence(n)`: the top value's `n` items replace it, the first on top.
#[inline(always)]
fn unpack_sequence(vm: &Vm, f: &mut Frame, n: u32) -> PyResult<()> {
    let seq = pop!(f);
    let n = n as usize;
    // A tuple or list of the right length: straight onto the stack.
    if let Some(t) = seq.downcast_ref::<TupleObj>() {
        if tuple_items(t).len() == n {
            f.stack.extend(tuple_items(t).iter().rev().cloned());
            return Ok(());
        }
    } else if let Some(l) = seq.downcast_ref::<ListObj>() {
        let items = l.items.borrow();
        if items.len() == n {
            f.stack.extend(items.iter().rev().cloned());
            return Ok(());
        }
    }
    let items = unpack_items(vm, &seq, n + 1)?;
    if items.len() != n {
        if items.len() < n {
            return vm.value_err(format!(
                "not enough values to unpack (expected {}, got {})",
                n,
                items.len()
            ));
        }
        return vm.value_err(format!("too many values to unpack (expected {n})"));
    }
    for v in items.into_iter().rev() {
        f.stack.push(v);
    }
    Ok(())
}

/// `UnpackFast(n)`: a tuple's or list's `n` items stored into the locals the `StoreFast`s
/// at the start of `stores` name, first to last (as the stores would run). False, with
/// nothing done, for anything else. A list's items go onto the stack first, as
/// `UnpackSequence` leaves them: an old value's `__del__` may change the list.
#[inline(always)]
fn unpack_into_slots(f: &mut Frame, stores: &[Instr], seq: &ObjRef, n: usize) -> bool {
    let Some(run) = stores.get(..n) else {
        return false;
    };
    if let Some(t) = seq.downcast_ref::<TupleObj>() {
        let items = tuple_items(t);
        if items.len() != n {
            return false;
        }
        for (store, v) in run.iter().zip(items) {
            if let Instr::StoreFast(k) = *store {
                if let Some(slot) = f.slots.get_mut(k as usize) {
                    drop(slot.replace(v.clone()));
                }
            }
        }
        return true;
    }
    if let Some(l) = seq.downcast_ref::<ListObj>() {
        {
            let items = l.items.borrow();
            if items.len() != n {
                return false;
            }
            f.stack.extend(items.iter().rev().cloned());
        }
        for store in run {
            let v = f.stack.pop();
            if let (Instr::StoreFast(k), Some(v)) = (*store, v) {
                if let Some(slot) = f.slots.get_mut(k as usize) {
                    drop(slot.replace(v));
                }
            }
        }
        return true;
    }
    false
}

/// `x[k]` when `x` is a list or tuple and `k` an in-range plain int: the item.
#[inline(always)]
fn sequence_item(x: &ObjRef, k: &ObjRef) -> Option<ObjRef> {
    if let Some(l) = x.downcast_ref::<ListObj>() {
        let items = l.items.try_borrow().ok()?;
        return small_index(k, items.len()).map(|i| items[i].clone());
    }
    let t = x.downcast_ref::<TupleObj>()?;
    let items = tuple_items(t);
    small_index(k, items.len()).map(|i| items[i].clone())
}

/// Drop the stack down to `base` (a call's callee and arguments). Popped one by one, inline:
/// a call leaves only a few, and `Vec::truncate`'s out-of-line slice drop cost ~45
/// instructions per call (callgrind, `sin(x)` loop).
#[inline(always)]
fn truncate(f: &mut Frame, base: usize) {
    while f.stack.len() > base {
        drop(f.stack.pop());
    }
}

fn take_n(f: &mut Frame, n: u32) -> PyResult<Vec<ObjRef>> {
    let n = n as usize;
    let start = f.stack.len().checked_sub(n).ok_or_else(stack_error)?;
    Ok(f.stack.split_off(start))
}

/// The items to unpack from `seq`, at most `limit` of them: as CPython's `unpack_iterable`,
/// an iterator is read only as far as the check needs (one past the count), so
/// `a, b = itertools.count()` fails instead of running forever.
/// All of `seq`'s items for a starred assignment. As CPython's `unpack_iterable`, the
/// `before` items are taken one by one and the rest by `list(iterator)`, whose length
/// hint a class's sequence protocol sees (its `__len__` is called).
fn unpack_ex_items(vm: &Vm, seq: &ObjRef, before: usize) -> PyResult<Vec<ObjRef>> {
    if !seq.is::<Instance>() {
        return unpack_items(vm, seq, usize::MAX);
    }
    let it = vm.get_iter(seq)?;
    let mut items = unpack_items(vm, &it, before)?;
    if items.len() == before {
        super::methods::extend_hint(vm, &it)?;
        items.extend(vm.collect(&it)?);
    }
    Ok(items)
}

fn unpack_items(vm: &Vm, seq: &ObjRef, limit: usize) -> PyResult<Vec<ObjRef>> {
    if let Some(t) = seq.downcast_ref::<TupleObj>() {
        return Ok(tuple_items(t).to_vec());
    }
    if let Some(l) = seq.downcast_ref::<ListObj>() {
        return Ok(l.items.borrow().clone());
    }
    let it = match vm.get_iter(seq) {
        Ok(it) => it,
        Err(e) if vm.exc_matches(&e, "TypeError") => {
            return vm.type_err(format!(
                "cannot unpack non-iterable {} object",
                vm.type_name(seq)
            ))
        }
        Err(e) => return Err(e),
    };
    let mut items = Vec::new();
    while items.len() < limit {
        match vm.next(&it)? {
            Some(v) => items.push(v),
            None => break,
        }
    }
    Ok(items)
}
