//! `str`: UTF-8 text plus a cached hash. `sys.getsizeof` reports CPython's compact layout
//! (ASCII: 40 + len + 1; otherwise 56 + (len + 1) × kind).
//!
//! Text of up to 24 bytes is kept inside the object's own block (`CompactString`), as
//! CPython keeps a compact str's characters in its object: most strs (names, words, keys,
//! formatted numbers) then cost one allocation from the heap's pools instead of a pool block
//! plus a `malloc` for the text, and freeing them never reaches the system allocator.

use std::cell::Cell;

use compact_str::CompactString;

/// A str.
pub struct StrObj {
    /// The text.
    pub s: CompactString,
    /// Number of characters.
    pub nchars: usize,
    /// Cached hash (0 = not computed yet).
    pub hash: Cell<i64>,
}
impl heap::Object for StrObj {
    const NAME: &'static str = "str";
    const TRACKED: bool = false;
}

impl StrObj {
    /// A new str value.
    pub fn new(s: &str) -> StrObj {
        StrObj {
            nchars: s.chars().count(),
            s: s.into(),
            hash: Cell::new(0),
        }
    }
    /// A str of ASCII text (one character per byte; the caller knows it is ASCII).
    pub fn from_ascii(s: &str) -> StrObj {
        debug_assert!(s.is_ascii());
        StrObj {
            nchars: s.len(),
            s: s.into(),
            hash: Cell::new(0),
        }
    }
    /// A str from text whose character count is already known (concatenation).
    pub fn from_parts(s: String, nchars: usize) -> StrObj {
        debug_assert_eq!(s.chars().count(), nchars);
        StrObj {
            s: CompactString::from(s),
            nchars,
            hash: Cell::new(0),
        }
    }
    /// Append `other` (the caller owns the only reference: see `ObjRef::downcast_mut`).
    /// Like CPython's `unicode_resize`, the text is reallocated to its exact new size, which
    /// the system allocator usually does in place for a string that keeps growing.
    pub fn append(&mut self, other: &StrObj) {
        let mut s = std::mem::take(&mut self.s).into_string();
        s.reserve_exact(other.s.len());
        s.push_str(&other.s);
        self.s = CompactString::from(s);
        self.nchars += other.nchars;
        self.hash.set(0);
    }
    /// Is it all ASCII?
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }
    /// The string's hash (FNV-1a, cached; never -1).
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = str_hash(&self.s);
        self.hash.set(h);
        h
    }
    /// CPython's `sys.getsizeof`.
    pub fn sizeof(&self) -> usize {
        if self.is_ascii() {
            return 40 + self.nchars + 1;
        }
        let max = self.s.chars().map(|c| c as u32).max().unwrap_or(0);
        let kind = if max < 256 {
            1
        } else if max < 65536 {
            2
        } else {
            4
        };
        if self.nchars == 1 && kind == 1 {
            // The one-character Latin-1 strs are CPython's static singletons, built with
            // their UTF-8 form (2 bytes and a NUL), which getsizeof counts: 56 + 2 + 3.
            return 61;
        }
        56 + (self.nchars + 1) * kind
    }
    /// CPython's storage kind: bytes per character (1 for Latin-1, 2 for the BMP, else 4).
    pub fn kind(&self) -> usize {
        if self.is_ascii() {
            return 1;
        }
        match self.s.chars().map(|c| c as u32).max().unwrap_or(0) {
            0..=255 => 1,
            256..=65535 => 2,
            _ => 4,
        }
    }
    /// The byte offset of char index `c` (the byte length when `c` ≥ nchars). `Chars::nth`
    /// skips UTF-8 sequences many times faster than counting through `char_indices`.
    pub fn byte_offset(&self, c: usize) -> usize {
        if self.is_ascii() {
            return c.min(self.s.len());
        }
        if c == 0 {
            return 0;
        }
        let mut rest = self.s.chars();
        rest.nth(c - 1);
        self.s.len() - rest.as_str().len()
    }
    /// The char at index `i` (0 ≤ i < nchars).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }
}

/// Python's `repr(str)`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

pub use crate::runtime::unicode::is_printable;

/// The hash of a str's text (FNV-1a; never 0 or -1).
pub fn str_hash(s: &str) -> i64 {
    bytes_hash(s.as_bytes())
}

/// FNV-1a over bytes (str hashes its UTF-8; never -1). Empty text hashes to 0, as in CPython
/// (`hash("") == hash(b"") == 0` whatever the hash seed); anything else never does.
pub fn bytes_hash(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let mut x: u64 = 0xcbf29ce484222325;
    for &b in b {
        x ^= b as u64;
        x = x.wrapping_mul(0x100000001b3);
    }
    let h = (x >> 2) as i64;
    if h == 0 {
        1
    } else {
        h
    }
}
