//! The C scalar types of `ctypes` (64-bit Linux, as CPython 3.12 there): their `_type_`
//! codes, sizes and alignments, and the conversions between Python values and the bytes
//! of a C object (native byte order).
//!
//! Integers wrap around as C's do (and as CPython's ctypes does, silently): the value is
//! reduced modulo 2^(8·size) and read back signed or unsigned.

use heap::ObjRef;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::runtime::ops::Num;
use crate::runtime::{PyResult, Vm};

/// How the bytes of a scalar are interpreted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScalarKind {
    /// Two's complement integer.
    Signed,
    /// Unsigned integer.
    Unsigned,
    /// `_Bool`: one byte, 0 or 1.
    Bool,
    /// `char`: one byte.
    Char,
    /// `void *`: an address, `None` when null.
    Pointer,
    /// `float`.
    Float32,
    /// `double`.
    Float64,
}

/// One C scalar type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scalar {
    /// Size in bytes (also its alignment: every scalar is naturally aligned on x86-64).
    pub size: usize,
    /// Interpretation.
    pub kind: ScalarKind,
}

/// The public simple types: (name, `_type_` code). Aliases (c_longlong is c_long on
/// 64-bit Linux, c_size_t is c_ulong, …) are bound in `mod.rs`, as CPython does.
pub const SIMPLE_TYPES: &[(&str, &str)] = &[
    ("c_byte", "b"),
    ("c_ubyte", "B"),
    ("c_short", "h"),
    ("c_ushort", "H"),
    ("c_int", "i"),
    ("c_uint", "I"),
    ("c_long", "l"),
    ("c_ulong", "L"),
    ("c_char", "c"),
    ("c_bool", "?"),
    ("c_void_p", "P"),
    ("c_float", "f"),
    ("c_double", "d"),
];

/// The scalar for a `_type_` code.
pub fn scalar(code: &str) -> Option<Scalar> {
    use ScalarKind::*;
    let (size, kind) = match code {
        "b" => (1, Signed),
        "B" => (1, Unsigned),
        "h" => (2, Signed),
        "H" => (2, Unsigned),
        "i" => (4, Signed),
        "I" => (4, Unsigned),
        "l" | "q" => (8, Signed),
        "L" | "Q" => (8, Unsigned),
        "c" => (1, Char),
        "?" => (1, Bool),
        "P" => (8, Pointer),
        "f" => (4, Float32),
        "d" => (8, Float64),
        _ => return None,
    };
    Some(Scalar { size, kind })
}

/// The low 64 bits of an int, two's complement (what a C cast to a 64-bit type keeps).
fn low_bits(vm: &Vm, value: &ObjRef) -> Option<u64> {
    match vm.num(value)? {
        Num::I(i) => Some(i as u64),
        Num::B(b) => (b & BigInt::from(u64::MAX)).to_u64(),
        Num::F(_) => None,
    }
}

fn as_f64(vm: &Vm, value: &ObjRef) -> PyResult<f64> {
    match vm.num(value) {
        Some(Num::I(i)) => Ok(i as f64),
        Some(Num::F(f)) => Ok(f),
        Some(Num::B(b)) => match b.to_f64().filter(|f| f.is_finite()) {
            Some(f) => Ok(f),
            None => vm.err("OverflowError", "int too large to convert to float"),
        },
        None => vm.type_err(format!("must be real number, not {}", vm.type_name(value))),
    }
}

impl Scalar {
    /// The bytes of `value` as this C type (CPython's errors for values it cannot take).
    pub fn encode(self, vm: &Vm, value: &ObjRef) -> PyResult<Vec<u8>> {
        let bytes: [u8; 8] = match self.kind {
            ScalarKind::Signed | ScalarKind::Unsigned => match low_bits(vm, value) {
                Some(bits) => bits.to_ne_bytes(),
                None => {
                    return vm.type_err(format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(value)
                    ))
                }
            },
            ScalarKind::Bool => u64::from(vm.truthy(value)?).to_ne_bytes(),
            ScalarKind::Char => match vm.as_i64(value) {
                Some(c @ 0..=255) => (c as u64).to_ne_bytes(),
                _ => return vm.type_err("one character bytes, bytearray or integer expected"),
            },
            ScalarKind::Pointer => {
                if vm.is_none(value) {
                    0u64.to_ne_bytes()
                } else {
                    match low_bits(vm, value) {
                        Some(bits) => bits.to_ne_bytes(),
                        None => return vm.type_err("cannot be converted to pointer"),
                    }
                }
            }
            ScalarKind::Float32 => {
                let f = as_f64(vm, value)? as f32;
                let mut b = [0u8; 8];
                b[..4].copy_from_slice(&f.to_ne_bytes());
                b
            }
            ScalarKind::Float64 => as_f64(vm, value)?.to_ne_bytes(),
        };
        // Little-endian: the low `size` bytes are the first ones.
        Ok(bytes[..self.size].to_vec())
    }

    /// The raw bits of `bytes` (exactly `size` of them), zero-extended.
    fn bits(self, bytes: &[u8]) -> u64 {
        let mut b = [0u8; 8];
        b[..self.size].copy_from_slice(&bytes[..self.size]);
        u64::from_ne_bytes(b)
    }

    /// The Python value of the C object in `bytes`.
    pub fn decode(self, vm: &Vm, bytes: &[u8]) -> PyResult {
        let bits = self.bits(bytes);
        let shift = 64 - 8 * self.size as u32;
        match self.kind {
            ScalarKind::Signed => vm.new_int(((bits << shift) as i64) >> shift),
            ScalarKind::Unsigned | ScalarKind::Char => vm.new_bigint(BigInt::from(bits)),
            ScalarKind::Pointer if bits == 0 => Ok(vm.none()),
            ScalarKind::Pointer => vm.new_bigint(BigInt::from(bits)),
            ScalarKind::Bool => Ok(vm.bool_obj(bits != 0)),
            ScalarKind::Float32 => vm.new_float(f64::from(f32::from_bits(bits as u32))),
            ScalarKind::Float64 => vm.new_float(f64::from_bits(bits)),
        }
    }

    /// What goes between the parentheses of `c_xxx(...)`'s repr.
    pub fn value_repr(self, vm: &Vm, bytes: &[u8]) -> PyResult<String> {
        if self.kind == ScalarKind::Char {
            return Ok(byte_literal(bytes[0]));
        }
        let v = self.decode(vm, bytes)?;
        vm.repr(&v)
    }

    /// Whether the C value is non-zero (`bool(c_int(0))` is False).
    pub fn is_nonzero(self, bytes: &[u8]) -> bool {
        match self.kind {
            ScalarKind::Float32 => f32::from_bits(self.bits(bytes) as u32) != 0.0,
            ScalarKind::Float64 => f64::from_bits(self.bits(bytes)) != 0.0,
            _ => self.bits(bytes) != 0,
        }
    }
}

/// `repr(bytes([b]))`: `b'A'`, `b'\x00'`, `b'\n'`, `b"'"`.
fn byte_literal(b: u8) -> String {
    match b {
        b'\'' => "b\"'\"".into(),
        b'\\' => "b'\\\\'".into(),
        b'\t' => "b'\\t'".into(),
        b'\n' => "b'\\n'".into(),
        b'\r' => "b'\\r'".into(),
        0x20..=0x7e => format!("b'{}'", b as char),
        _ => format!("b'\\x{b:02x}'"),
    }
}
