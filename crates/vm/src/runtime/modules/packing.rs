//! C-layout packing of Python values, shared by `struct` and `array`.
//!
//! Both modules turn Python ints and floats into the bytes of C scalars and back. What
//! they share is here: the sizes and alignments of the format characters (native `@` and
//! the standard sizes of `=`, `<`, `>`, `!`, as CPython 3.12 on x86-64 Linux), reading a
//! Python value as an integer or a float the way the C modules do (`__index__` for ints,
//! `__float__` then `__index__` for floats), and the byte encodings, including IEEE 754
//! half precision (`e`), which Rust has no type for.
//!
//! Error messages differ between the two modules (`struct.error` against `OverflowError`),
//! so the helpers here report *what* went wrong and leave the wording to the caller.
//!
//! The other half of the shared ground: the bytes behind a bytes-like object
//! ([`read_buffer`], [`with_writable_buffer`]): `bytes`, `bytearray` and `array.array`.

use heap::ObjRef;
use num_traits::ToPrimitive;

use crate::runtime::objects::*;
use crate::runtime::ops::Num;
use crate::runtime::{PyResult, Vm};

/// Size and alignment of format character `c`: with `native` the platform's C types
/// (`@`), else the standard sizes (no alignment). `None`: not a format character there.
pub fn size_align(c: u8, native: bool) -> Option<(usize, usize)> {
    let size = match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' if native => 8,
        b'l' | b'L' => 4,
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    };
    Some((size, if native { size } else { 0 }))
}

/// Whether integer format character `c` is signed.
pub fn is_signed(c: u8) -> bool {
    matches!(c, b'b' | b'h' | b'i' | b'l' | b'q' | b'n')
}

/// The range of an integer of `size` bytes.
pub fn int_range(size: usize, signed: bool) -> (i128, i128) {
    let bits = 8 * size as u32;
    if signed {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    }
}

/// An integer argument, the way the C modules read one: an int (or bool), or what
/// `__index__` returns (whose errors propagate). `Ok(None)`: not an integer at all (a
/// float, a str...). Values past the i128 range saturate, so range checks refuse them.
pub fn int_value(vm: &Vm, v: &ObjRef) -> PyResult<Option<i128>> {
    Ok(match vm.index_num(v)? {
        Some(Num::I(i)) => Some(i128::from(i)),
        Some(Num::B(b)) => Some(
            b.to_i128()
                .unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                    i128::MIN
                } else {
                    i128::MAX
                }),
        ),
        _ => None,
    })
}

/// A float argument as `PyFloat_AsDouble` reads one: a float, an int, or an object with
/// `__float__` or `__index__`. Errors are Python's (TypeError, OverflowError for an int
/// too big for a double).
pub fn float_value(vm: &Vm, v: &ObjRef) -> PyResult<f64> {
    super::math::real(vm, v)
}

/// The Python int for a C integer.
pub fn new_int(vm: &Vm, v: i128) -> PyResult {
    match i64::try_from(v) {
        Ok(i) => vm.new_int(i),
        Err(_) => vm.new_bigint(num_bigint::BigInt::from(v)),
    }
}

/// Write the low `out.len()` bytes of `v` in the given byte order.
pub fn write_int(out: &mut [u8], v: i128, little: bool) {
    let bytes = v.to_le_bytes();
    let n = out.len();
    out.copy_from_slice(&bytes[..n]);
    if !little {
        out.reverse();
    }
}

/// Read an integer of `bytes.len()` bytes (at most 8).
pub fn read_int(bytes: &[u8], signed: bool, little: bool) -> i128 {
    let mut buf = [0u8; 16];
    let n = bytes.len();
    buf[..n].copy_from_slice(bytes);
    if !little {
        buf[..n].reverse();
    }
    let v = u128::from_le_bytes(buf);
    if signed && n > 0 && n < 16 {
        // Sign-extend from the top bit of the field.
        let shift = 128 - 8 * n as u32;
        ((v << shift) as i128) >> shift
    } else {
        v as i128
    }
}

/// A finite float too large for a 2- or 4-byte format.
#[derive(Debug, PartialEq, Eq)]
pub struct FloatOverflow;

/// Write a float of `out.len()` bytes (2, 4 or 8). `Err(FloatOverflow)`: too large for the format
/// (only 2 and 4 bytes can overflow; the caller says so in its own words). With
/// `saturate`, a 4-byte float too large becomes an infinity instead, as a C cast does
/// (native `@f` and `array('f')` take that path).
pub fn write_float(
    out: &mut [u8],
    x: f64,
    little: bool,
    saturate: bool,
) -> Result<(), FloatOverflow> {
    match out.len() {
        2 => {
            let h = f64_to_half(x).map_err(|()| FloatOverflow)?;
            out.copy_from_slice(&h.to_le_bytes());
        }
        4 => {
            let f = x as f32;
            if f.is_infinite() && x.is_finite() && !saturate {
                return Err(FloatOverflow);
            }
            out.copy_from_slice(&f.to_le_bytes());
        }
        _ => out.copy_from_slice(&x.to_le_bytes()),
    }
    if !little {
        out.reverse();
    }
    Ok(())
}

/// Read a float of `bytes.len()` bytes (2, 4 or 8).
pub fn read_float(bytes: &[u8], little: bool) -> f64 {
    let mut buf = [0u8; 8];
    let n = bytes.len().min(8);
    buf[..n].copy_from_slice(&bytes[..n]);
    if !little {
        buf[..n].reverse();
    }
    match n {
        2 => half_to_f64(u16::from_le_bytes([buf[0], buf[1]])),
        4 => f64::from(f32::from_le_bytes([buf[0], buf[1], buf[2], buf[3]])),
        _ => f64::from_le_bytes(buf),
    }
}

/// IEEE 754 binary16 bits of `x`, rounded half to even; `Err(())` when `x` is finite but
/// rounds past the largest half (65504). NaNs keep their sign and become the quiet NaN
/// with only the top mantissa bit set, as CPython writes them.
fn f64_to_half(x: f64) -> Result<u16, ()> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Ok(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Ok(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Ok(sign);
    }
    // a = m * 2**e with 1 <= m < 2 (subnormal doubles are far below half's range).
    let bits = a.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    if biased == 0 {
        return Ok(sign);
    }
    let e = biased - 1023;
    let m = f64::from_bits((bits & ((1u64 << 52) - 1)) | (1023u64 << 52));
    if e >= 16 {
        return Err(());
    }
    // The value in units of the last place of the target: 2**-10 of the exponent for
    // normal halves, 2**-24 for subnormal ones (exponents below -14).
    let (mut exp_field, scaled) = if e < -25 {
        return Ok(sign);
    } else if e < -14 {
        (0i32, m * 2f64.powi(e + 24))
    } else {
        (e + 15, (m - 1.0) * 1024.0)
    };
    let mut frac = scaled.trunc() as u32;
    let rest = scaled - f64::from(frac);
    if rest > 0.5 || (rest == 0.5 && frac % 2 == 1) {
        frac += 1;
        if exp_field == 0 && frac == 1024 {
            // A subnormal that rounded up to the smallest normal.
            exp_field = 1;
            frac = 0;
        } else if exp_field > 0 && frac == 1024 {
            frac = 0;
            exp_field += 1;
            if exp_field == 31 {
                return Err(());
            }
        }
    }
    Ok(sign | ((exp_field as u16) << 10) | frac as u16)
}

/// The value of IEEE 754 binary16 bits.
fn half_to_f64(h: u16) -> f64 {
    let negative = h & 0x8000 != 0;
    let e = i32::from((h >> 10) & 0x1f);
    let f = f64::from(h & 0x3ff);
    let v = if e == 0x1f {
        if f == 0.0 {
            f64::INFINITY
        } else {
            f64::NAN
        }
    } else if e == 0 {
        f / 1024.0 * 2f64.powi(-14)
    } else {
        (1.0 + f / 1024.0) * 2f64.powi(e - 15)
    };
    if negative {
        -v
    } else {
        v
    }
}

/// The bytes of a bytes-like object (`bytes`, `bytearray`, their subclasses, `array.array`),
/// copied;
/// `Ok(None)` for anything else.
pub fn read_buffer(vm: &Vm, o: &ObjRef) -> PyResult<Option<Vec<u8>>> {
    if let Some(b) = crate::runtime::memoryview::contents_simple(vm, o)? {
        return Ok(Some(b));
    }
    if let Some(b) = crate::runtime::bytes_methods::bytes_like(o) {
        return Ok(Some(b));
    }
    if let Some(store) = super::array::store_of(vm, o)? {
        return Ok(Some(store.data.borrow().clone()));
    }
    Ok(None)
}

/// Run `f` on the bytes of a writable bytes-like object (`bytearray`, `array.array`);
/// `Ok(None)` if `o` is not one (its length cannot change meanwhile).
pub fn with_writable_buffer<R>(
    vm: &Vm,
    o: &ObjRef,
    f: impl FnOnce(&mut [u8]) -> R,
) -> PyResult<Option<R>> {
    if let Some(b) = crate::runtime::subclass::downcast_receiver::<BytesObj>(o) {
        if b.mutable {
            return Ok(Some(f(&mut b.data.borrow_mut())));
        }
        return Ok(None);
    }
    if let Some(store) = super::array::store_of(vm, o)? {
        return Ok(Some(f(&mut store.data.borrow_mut())));
    }
    // A writable, contiguous memoryview lends its part of its exporter's bytes.
    crate::runtime::memoryview::with_writable(vm, o, f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_round_trips() {
        for (x, bits) in [
            (1.0, 0x3c00u16),
            (-2.0, 0xc000),
            (65504.0, 0x7bff),
            (5.960464477539063e-08, 0x0001),
            (6e-8, 0x0001),
            (1e-8, 0x0000),
            (1.0009765625 + 2f64.powi(-11), 0x3c02),
            (0.5, 0x3800),
        ] {
            assert_eq!(f64_to_half(x), Ok(bits), "{x}");
        }
        assert_eq!(f64_to_half(65520.0), Err(()));
        assert_eq!(half_to_f64(0x0001), 5.960464477539063e-08);
        assert_eq!(half_to_f64(0x7bff), 65504.0);
    }

    #[test]
    fn ints_round_trip() {
        let mut b = [0u8; 2];
        write_int(&mut b, -2, false);
        assert_eq!(b, [0xff, 0xfe]);
        assert_eq!(read_int(&b, true, false), -2);
        assert_eq!(read_int(&b, false, false), 0xfffe);
        assert_eq!(int_range(1, true), (-128, 127));
        assert_eq!(int_range(8, false), (0, u64::MAX as i128));
    }
}
