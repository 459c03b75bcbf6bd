//! The sizes `tracemalloc` records: what CPython 3.12 would have allocated for an object,
//! rather than the pymem block that holds it.
//!
//! pymem keeps much of an object's storage outside its heap block (a str's text, a bytes'
//! data, a list's item array, a dict's table live in Rust's allocator), so a block size
//! says little about what the object costs: `bytes(10**6)` sits in an 80-byte block. CPython
//! traces every `malloc` its objects make, so its numbers are the objects' real footprints.
//! A trace here is therefore sized as CPython's blocks for the object add up:
//!
//! * `sys.getsizeof`'s figure without `__sizeof__` overrides (`sys::basic_sizeof`): for the
//!   built-in types it already sums the object with its separately allocated parts (a
//!   list's items, a dict's keys and values) as CPython's `__sizeof__` methods do;
//! * plus, for an instance whose class keeps attributes in a managed `__dict__`, the values
//!   array CPython 3.12 allocates with each instance (which `getsizeof` leaves out): one
//!   pointer per attribute the class's instances have had so far plus one, at most 29,
//!   behind a prefix of that many bytes plus two, rounded up to a word (measured with
//!   python3.12's `tracemalloc`: 40 bytes for a class with 3 attributes, 264 from 28 on);
//! * but 32 bytes for an int of one digit, whose struct CPython allocates whole (getsizeof
//!   says 28). Bigger ints get getsizeof's figure, though CPython's arithmetic often
//!   allocates a digit more than the result keeps.
//!
//! Objects whose storage is reallocated as they change report it as it happens, as
//! CPython's `realloc`s are traced: lists and bytearrays by their address
//! (`ListObj::set_alloc`, `BytesObj::set_alloc`), dicts and sets by the address of their
//! table storage ([`table_storage`], `DictInner::note_size`).

use heap::ObjRef;

use super::sys::{basic_sizeof, ClassLayout};
use crate::runtime::objects::*;
use crate::runtime::Vm;

/// `sys.getsizeof` of an int of one 30-bit digit.
const ONE_DIGIT_INT: usize = 28;

/// The most values an instance's array holds (see the module docs).
const MAX_VALUES: usize = 29;

/// The size to record for the new object `o`, which sits in a block of `block` bytes.
pub fn birth_size(vm: &Vm, o: &ObjRef, block: usize) -> usize {
    if let Some(s) = o.downcast_ref::<SetObj>() {
        // As `DictInner::note_size` will report it later (the table CPython's insertions
        // size), so that the figure does not jump.
        return s.inner.try_borrow().map_or(block, |t| t.set_sizeof());
    }
    if o.downcast_ref::<IntObj>()
        .is_some_and(|i| i.sizeof() == ONE_DIGIT_INT)
    {
        // CPython 3.12 allocates a one-digit int as its whole struct, padding included.
        return 32;
    }
    match basic_sizeof(vm, o) {
        Ok(n) => n + instance_values_size(vm, o),
        Err(_) => block,
    }
}

/// For a dict or a set: the address of its table storage, which reports its changes of
/// size by that address, and whether it is a set.
pub fn table_storage(o: &ObjRef) -> Option<(usize, bool)> {
    if let Some(d) = o.downcast_ref::<DictObj>() {
        return Some((d.0.as_ptr() as usize, false));
    }
    o.downcast_ref::<SetObj>()
        .map(|s| (s.inner.as_ptr() as usize, true))
}

/// The values array CPython 3.12 gives a new instance of a class with a managed `__dict__`,
/// in bytes (0 for anything else).
fn instance_values_size(vm: &Vm, o: &ObjRef) -> usize {
    let Some(inst) = o.downcast_ref::<Instance>() else {
        return 0;
    };
    let cls = inst.class();
    if cls.has(class::BUILTIN) || inst.exc().is_some() || !ClassLayout::managed_dict(vm, &cls) {
        return 0;
    }
    let Ok(keys) = cls.keys.try_borrow() else {
        return 0;
    };
    let n = (keys.len() + 1).min(MAX_VALUES);
    let prefix = (n + 2).next_multiple_of(8);
    prefix + 8 * n
}
