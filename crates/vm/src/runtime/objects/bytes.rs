//! `bytes` and `bytearray`: one layout, a byte vector plus a cached hash, told apart by
//! `mutable` (as `set`/`frozenset` share [`super::SetObj`]). A `bytes` value is never
//! changed after creation; only `bytearray` methods mutate `data`.
//!
//! `sys.getsizeof` reports CPython 3.12's layouts: `bytes` is 33 + len (header + ob_shash +
//! the bytes + a NUL); `bytearray` is 56 + its allocation, tracked in `alloc` with
//! CPython's `PyByteArray_Resize` policy.

use std::cell::{Cell, RefCell};

/// A bytes or bytearray value.
pub struct BytesObj {
    /// The bytes.
    pub data: RefCell<Vec<u8>>,
    /// `bytearray`?
    pub mutable: bool,
    /// Cached hash of a `bytes` (0 = not computed yet).
    pub hash: Cell<i64>,
    /// A `bytearray`'s CPython allocation (`ob_alloc`).
    pub alloc: Cell<usize>,
    /// Memoryviews' buffers exporting the bytes now (`ob_exports`): while any do, a
    /// bytearray keeps its length (`bytes_methods::mutate` refuses the change).
    pub exports: Cell<usize>,
}
impl heap::Object for BytesObj {
    const NAME: &'static str = "bytes";
    const TRACKED: bool = false;
}

impl BytesObj {
    /// A `bytes` value.
    pub fn new(data: Vec<u8>) -> BytesObj {
        BytesObj {
            data: RefCell::new(data),
            mutable: false,
            hash: Cell::new(0),
            alloc: Cell::new(0),
            exports: Cell::new(0),
        }
    }
    /// A `bytearray` value.
    pub fn new_mutable(data: Vec<u8>) -> BytesObj {
        let n = data.len();
        BytesObj {
            mutable: true,
            alloc: Cell::new(if n == 0 { 0 } else { n + 1 }),
            ..BytesObj::new(data)
        }
    }

    /// Account for a `bytearray` resized to `size` bytes (CPython's `PyByteArray_Resize`:
    /// exact on big changes, ~1/8 extra on moderate growth, kept on small shrinks).
    pub fn resized(&self, old_size: usize, size: usize) {
        if size == old_size {
            return;
        }
        let alloc = self.alloc.get();
        let new = if size < alloc {
            if size < alloc / 2 {
                size + 1
            } else {
                alloc
            }
        } else if size * 8 <= alloc * 9 {
            size + (size >> 3) + if size < 9 { 3 } else { 6 }
        } else {
            size + 1
        };
        self.set_alloc(new);
    }

    /// Record a bytearray's new buffer of `alloc` bytes (CPython's `ob_alloc` after a
    /// `realloc`), and tell `tracemalloc`, which follows its size as CPython's does.
    #[inline]
    pub fn set_alloc(&self, alloc: usize) {
        self.alloc.set(alloc);
        if crate::runtime::modules::tracemalloc::tracing() {
            crate::runtime::modules::tracemalloc::resized(
                heap::object_addr_of(self),
                self.sizeof(),
            );
        }
    }
    /// The hash of a `bytes`: the same function as str's over the same bytes, so that (as in
    /// CPython) an ASCII str and the equal bytes hash alike.
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = super::string::bytes_hash(&self.data.borrow());
        self.hash.set(h);
        h
    }
    /// CPython's `sys.getsizeof`.
    pub fn sizeof(&self) -> usize {
        if self.mutable {
            56 + self.alloc.get()
        } else {
            33 + self.data.borrow().len()
        }
    }
}

/// Python's `repr(bytes)` (without the `bytearray(...)` wrapper).
pub fn bytes_repr(b: &[u8]) -> String {
    literal_repr(b, false)
}

/// The `b'...'` inside a bytearray's repr: CPython's bytearray_repr escapes every single
/// quote, also inside double quotes (`bytearray(b"\'")`).
pub fn bytearray_literal_repr(b: &[u8]) -> String {
    literal_repr(b, true)
}

fn literal_repr(b: &[u8], escape_single: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote || (escape_single && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            c if !(0x20..0x7f).contains(&c) => out.push_str(&format!("\\x{c:02x}")),
            c => out.push(c as char),
        }
    }
    out.push(quote as char);
    out
}
