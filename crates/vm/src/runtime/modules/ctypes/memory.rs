//! Where the bytes of a ctypes object live.
//!
//! * **Owned**: `c_int(5)`, `Point(1, 2)`: a zeroed buffer of the object's size, readable
//!   and writable, shared with the views of its nested structures (`outer.inner.x = 1`
//!   writes into `outer`'s buffer, as in C). The buffer is itself a heap object whose bytes
//!   sit in its block ([`CBuffer`]), so like CPython's inline `b_value` they live on the
//!   object heap: `T.from_address(ctypes.addressof(x))` is a (read-only) alias of `x`.
//! * **A view of the pymem heap**: `T.from_address(addr)`, allowed only when the whole
//!   object lies inside one of the allocator's arenas. Each read copies the bytes at that
//!   moment through `Obmalloc::read_bytes`, which checks the range again (the arena may
//!   have gone back to the OS since), so a view can never read outside the heap.
//!   Views are **read-only**: a write raises `ValueError` instead of changing memory the
//!   allocator and the object heap rely on (a script must not be able to corrupt them).

use std::cell::Cell;

use heap::{Gc, ObjRef};
use num_bigint::BigInt;

use crate::runtime::{PyResult, Vm};

/// One byte of an owned buffer (a `Cell`, so that the buffer is written through `&`).
pub struct Byte(Cell<u8>);

impl heap::Trace for Byte {
    fn trace(&self, _visitor: &mut heap::Visitor<'_>) {}
}

/// The bytes of an owned ctypes object, stored as the items of a heap object (in the same
/// block: an obmalloc block up to 512 bytes in all, a system block beyond).
pub struct CBuffer;

impl heap::Object for CBuffer {
    const NAME: &'static str = "ctypes buffer";
    const TRACKED: bool = false;
}

impl heap::VarObject for CBuffer {
    type Item = Byte;
}

/// The bytes behind one ctypes object (a heap object, kept in the instance under
/// [`MEMORY_ATTR`]).
pub struct CMemory {
    place: Place,
    /// Offset of this object inside `place` (non-zero for a nested structure's view).
    offset: usize,
    /// Size of the object in bytes.
    pub size: usize,
}

enum Place {
    Owned(Gc<CBuffer>),
    Heap { address: usize },
}

impl heap::Object for CMemory {
    const NAME: &'static str = "ctypes memory";
    // It refers only to a buffer, which refers to nothing: no cycle can go through it.
    const TRACKED: bool = false;
}

/// The instance attribute holding an object's [`CMemory`].
pub const MEMORY_ATTR: &str = "_b_memory_";

/// Python's `hex(address)` for any int (`0x7f19…`, `-0x5`).
pub fn hex(address: &BigInt) -> String {
    if address.sign() == num_bigint::Sign::Minus {
        format!("-0x{}", (-address).to_str_radix(16))
    } else {
        format!("0x{}", address.to_str_radix(16))
    }
}

/// `ValueError: address 0x… is not inside the pymem heap`.
pub fn outside_heap<T>(vm: &Vm, address: &BigInt) -> PyResult<T> {
    vm.value_err(format!(
        "address {} is not inside the pymem heap",
        hex(address)
    ))
}

impl CMemory {
    /// A zeroed buffer of `size` bytes, on the heap.
    pub fn owned(vm: &Vm, size: usize) -> PyResult<CMemory> {
        let buffer = vm
            .heap
            .alloc_var(CBuffer, (0..size).map(|_| Byte(Cell::new(0))))
            .map_err(|_| vm.memory_error())?;
        Ok(CMemory {
            place: Place::Owned(buffer),
            offset: 0,
            size,
        })
    }

    /// A view of `size` bytes of the heap at `address`, if they all lie in one arena now.
    pub fn heap_view(vm: &Vm, address: usize, size: usize) -> PyResult<CMemory> {
        let mut probe = vec![0u8; size];
        if vm.heap.allocator().read_bytes(address, &mut probe).is_err() {
            return outside_heap(vm, &BigInt::from(address));
        }
        Ok(CMemory {
            place: Place::Heap { address },
            offset: 0,
            size,
        })
    }

    /// The `size` bytes at `offset` of this object, sharing its memory.
    pub fn sub(&self, offset: usize, size: usize) -> CMemory {
        let place = match &self.place {
            Place::Owned(b) => Place::Owned(b.clone()),
            Place::Heap { address } => Place::Heap { address: *address },
        };
        CMemory {
            place,
            offset: self.offset + offset,
            size,
        }
    }

    /// The address of the first byte (`ctypes.addressof`).
    pub fn address(&self) -> usize {
        match &self.place {
            Place::Owned(b) => Gc::items(b).as_ptr().addr() + self.offset,
            Place::Heap { address } => address + self.offset,
        }
    }

    /// `len` bytes at `at` (relative to this object), read now.
    pub fn read(&self, vm: &Vm, at: usize, len: usize) -> PyResult<Vec<u8>> {
        let start = self.offset + at;
        match &self.place {
            Place::Owned(b) => match Gc::items(b).get(start..start + len) {
                Some(s) => Ok(s.iter().map(|byte| byte.0.get()).collect()),
                None => vm.err("SystemError", "ctypes: read past the end of a buffer"),
            },
            Place::Heap { address } => {
                let mut out = vec![0u8; len];
                match vm.heap.allocator().read_bytes(address + start, &mut out) {
                    Ok(()) => Ok(out),
                    Err(_) => outside_heap(vm, &BigInt::from(address + start)),
                }
            }
        }
    }

    /// Write `bytes` at `at` (relative to this object): into an owned buffer; refused for
    /// a view of the heap.
    pub fn write(&self, vm: &Vm, at: usize, bytes: &[u8]) -> PyResult<()> {
        let start = self.offset + at;
        match &self.place {
            Place::Owned(b) => match Gc::items(b).get(start..start + bytes.len()) {
                Some(s) => {
                    for (byte, &v) in s.iter().zip(bytes) {
                        byte.0.set(v);
                    }
                    Ok(())
                }
                None => vm.err("SystemError", "ctypes: write past the end of a buffer"),
            },
            Place::Heap { address } => vm.value_err(format!(
                "cannot write to {}: objects from_address() are read-only views of the pymem heap",
                hex(&BigInt::from(address + start))
            )),
        }
    }
}

/// Attach `mem` to the ctypes instance `obj`.
pub fn attach(vm: &Vm, obj: &ObjRef, mem: CMemory) -> PyResult<()> {
    let m = vm.alloc_obj(mem)?;
    vm.setattr(obj, &vm.intern(MEMORY_ATTR)?, m)
}

/// The memory of a ctypes instance; one whose `__init__` never ran (a subclass that did
/// not call it) gets a zeroed buffer of `size` bytes, as CPython allocates it before
/// `__init__`.
pub fn memory_of(vm: &Vm, obj: &ObjRef, size: usize) -> PyResult<Gc<CMemory>> {
    let name = vm.intern(MEMORY_ATTR)?;
    if let Some(m) = vm.getattr_opt(obj, &name)? {
        if let Some(m) = m.downcast::<CMemory>() {
            return Ok(m);
        }
    }
    let m = vm.alloc(CMemory::owned(vm, size)?)?;
    vm.setattr(obj, &name, Gc::to_obj(&m))?;
    Ok(m)
}
