//! `binascii`: conversions between binary data and ASCII (hex, base64, uuencode) and the
//! CRC-32 / CRC-CCITT checksums, with CPython 3.12's results and errors. The byte work is
//! here; `py/binascii_prelude.py` (run into the module) defines `Error`/`Incomplete` and
//! the functions' keyword arguments.

use heap::{Gc, ObjRef};

use super::{add_fn, frozen, new_module, packing};
use crate::runtime::bytes_methods::new_bytes;
use crate::runtime::objects::*;
use crate::runtime::subclass::downcast_receiver;
use crate::runtime::{Args, PyResult, Vm};

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// A `binascii.Error` with `msg`.
fn error<T>(vm: &Vm, msg: impl AsRef<str>) -> PyResult<T> {
    let cls = vm
        .dict_get_str(&vm.modules, "binascii")
        .and_then(|m| m.downcast::<ModuleObj>())
        .and_then(|m| vm.dict_get_str(&m.dict, "Error"))
        .and_then(|c| c.downcast::<TypeObj>());
    match cls {
        Some(cls) => {
            let msg = vm.new_str(msg.as_ref())?;
            Err(vm.new_exception(&cls, vec![msg]))
        }
        None => vm.value_err(msg),
    }
}

/// The binary input of a `b2a_*` function: anything bytes-like.
fn binary_arg(vm: &Vm, o: &ObjRef) -> PyResult<Vec<u8>> {
    match packing::read_buffer(vm, o)? {
        Some(b) => Ok(b),
        None => vm.type_err(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(o)
        )),
    }
}

/// The ASCII input of an `a2b_*` function: bytes-like, or a str of ASCII characters.
pub fn ascii_arg(vm: &Vm, o: &ObjRef) -> PyResult<Vec<u8>> {
    if let Some(s) = downcast_receiver::<StrObj>(o) {
        if !s.s.is_ascii() {
            return vm.value_err("string argument should contain only ASCII characters");
        }
        return Ok(s.s.as_bytes().to_vec());
    }
    match packing::read_buffer(vm, o)? {
        Some(b) => Ok(b),
        None => vm.type_err(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            vm.type_name(o)
        )),
    }
}

fn arg<'a>(vm: &Vm, a: &Args<'a>, i: usize) -> PyResult<&'a ObjRef> {
    match a.pos.get(i) {
        Some(o) => Ok(o),
        None => vm.type_err("binascii: missing argument"),
    }
}

/// `_hexlify(data, sep, bytes_per_sep)`: two lowercase hex digits a byte; with a separator,
/// one between each group of `bytes_per_sep` bytes, counted from the right (from the left
/// when negative), as `bytes.hex` does.
fn hexlify(vm: &Vm, a: &Args<'_>) -> PyResult {
    let data = binary_arg(vm, arg(vm, a, 0)?)?;
    let sep = arg(vm, a, 1)?;
    let per = vm.index(arg(vm, a, 2)?)?;
    let sep: Option<u8> = if vm.is_none(sep) {
        None
    } else if let Some(s) = downcast_receiver::<StrObj>(sep) {
        if s.s.chars().count() != 1 {
            return vm.value_err("sep must be length 1.");
        }
        // hexlify returns bytes: a wider character is cut to its low byte, as C does.
        s.s.chars().next().map(|c| c as u32 as u8)
    } else {
        let b = binary_arg(vm, sep)?;
        if b.len() != 1 {
            return vm.value_err("sep must be length 1.");
        }
        Some(b[0])
    };
    let digits = b"0123456789abcdef";
    let mut out = Vec::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    let n = data.len();
    for (i, &b) in data.iter().enumerate() {
        if let Some(sep) = sep {
            if i > 0 && group > 0 {
                // Groups end at the right edge for a positive count, start at the left
                // for a negative one.
                let boundary = if per > 0 {
                    (n - i) % group == 0
                } else {
                    i % group == 0
                };
                if boundary {
                    out.push(sep);
                }
            }
        }
        out.push(digits[(b >> 4) as usize]);
        out.push(digits[(b & 15) as usize]);
    }
    new_bytes(vm, out, false)
}

/// `unhexlify(hexstr)`: the bytes of an even number of hex digits.
fn unhexlify(vm: &Vm, a: &Args<'_>) -> PyResult {
    let data = ascii_arg(vm, arg(vm, a, 0)?)?;
    if data.len() % 2 != 0 {
        return error(vm, "Odd-length string");
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks_exact(2) {
        let hi = (pair[0] as char).to_digit(16);
        let lo = (pair[1] as char).to_digit(16);
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return error(vm, "Non-hexadecimal digit found"),
        }
    }
    new_bytes(vm, out, false)
}

/// `_crc32(data, crc)`: CRC-32 (zlib's) continuing from `crc` (already reduced to 32 bits).
fn crc32(vm: &Vm, a: &Args<'_>) -> PyResult {
    let data = binary_arg(vm, arg(vm, a, 0)?)?;
    let start = vm.index(arg(vm, a, 1)?)? as u32;
    let mut h = crc32fast::Hasher::new_with_initial(start);
    h.update(&data);
    vm.new_int(h.finalize() as i64)
}

/// `_crc_hqx(data, crc)`: CRC-CCITT (polynomial 0x1021, MSB first) from `crc` (16 bits).
fn crc_hqx(vm: &Vm, a: &Args<'_>) -> PyResult {
    let data = binary_arg(vm, arg(vm, a, 0)?)?;
    let mut crc = vm.index(arg(vm, a, 1)?)? as u16;
    for &b in &data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    vm.new_int(crc as i64)
}

/// Up to three bytes as one 24-bit group, missing bytes zero (base64's and uu's unit of
/// four 6-bit digits).
fn group24(chunk: &[u8]) -> u32 {
    let byte = |i: usize| u32::from(chunk.get(i).copied().unwrap_or(0));
    byte(0) << 16 | byte(1) << 8 | byte(2)
}

/// Standard base64 of `data` (with `=` padding).
pub fn encode_base64(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let n = group24(chunk);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(B64[(n >> (18 - 6 * i) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    out
}

/// `_b2a_base64(data, newline)`.
fn b2a_base64(vm: &Vm, a: &Args<'_>) -> PyResult {
    let data = binary_arg(vm, arg(vm, a, 0)?)?;
    let newline = vm.truthy(arg(vm, a, 1)?)?;
    let mut out = encode_base64(&data);
    if newline {
        out.push(b'\n');
    }
    new_bytes(vm, out, false)
}

fn b64_value(c: u8) -> Option<u8> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    })
}

/// `_a2b_base64(data, strict_mode)`: CPython's decoder. Without strict mode, characters
/// outside the alphabet are skipped and a complete pad sequence ends the input; strict
/// mode refuses both, and padding in the wrong place.
fn a2b_base64(vm: &Vm, a: &Args<'_>) -> PyResult {
    let data = ascii_arg(vm, arg(vm, a, 0)?)?;
    let strict = vm.truthy(arg(vm, a, 1)?)?;
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let (mut quad, mut left, mut pads) = (0u8, 0u8, 0u8);
    let mut padding_started = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if strict && i == 0 {
                return error(vm, "Leading padding not allowed");
            }
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return error(vm, "Excess data after padding");
                    }
                    return new_bytes(vm, out, false);
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return error(vm, "Only base64 data is allowed");
            }
            continue;
        };
        if strict && padding_started {
            return error(vm, "Discontinuous padding not allowed");
        }
        pads = 0;
        match quad {
            0 => {
                left = v;
                quad = 1;
            }
            1 => {
                out.push(left << 2 | v >> 4);
                left = v & 0x0f;
                quad = 2;
            }
            2 => {
                out.push(left << 4 | v >> 2);
                left = v & 0x03;
                quad = 3;
            }
            _ => {
                out.push(left << 6 | v);
                left = 0;
                quad = 0;
            }
        }
    }
    match quad {
        0 => new_bytes(vm, out, false),
        1 => error(
            vm,
            format!(
                "Invalid base64-encoded string: number of data characters ({}) cannot be 1 \
                 more than a multiple of 4",
                out.len() / 3 * 4 + 1
            ),
        ),
        _ => error(vm, "Incorrect padding"),
    }
}

/// `_b2a_uu(data, backtick)`: one uuencoded line (at most 45 bytes).
fn b2a_uu(vm: &Vm, a: &Args<'_>) -> PyResult {
    let data = binary_arg(vm, arg(vm, a, 0)?)?;
    let backtick = vm.truthy(arg(vm, a, 1)?)?;
    if data.len() > 45 {
        return error(vm, "At most 45 bytes at once");
    }
    let ch = |v: u32| -> u8 {
        let v = (v & 63) as u8;
        if backtick && v == 0 {
            b'`'
        } else {
            b' ' + v
        }
    };
    let mut out = vec![ch(data.len() as u32)];
    for chunk in data.chunks(3) {
        let n = group24(chunk);
        for i in 0..4 {
            out.push(ch(n >> (18 - 6 * i)));
        }
    }
    out.push(b'\n');
    new_bytes(vm, out, false)
}

/// `a2b_uu(data)`: decode one uuencoded line (its first character gives the length).
fn a2b_uu(vm: &Vm, a: &Args<'_>) -> PyResult {
    let data = ascii_arg(vm, arg(vm, a, 0)?)?;
    // CPython reads the terminating NUL of an empty line: a length of 32.
    let first = data.first().copied().unwrap_or(0);
    let mut want = (first.wrapping_sub(b' ') & 63) as usize;
    let mut rest = data.get(1..).unwrap_or(&[]).iter();
    let mut out = Vec::with_capacity(want);
    let (mut acc, mut bits) = (0u32, 0u32);
    while want > 0 {
        let v = match rest.next() {
            None | Some(b'\n') | Some(b'\r') => 0,
            Some(&c) => {
                if !(b' '..=b' ' + 64).contains(&c) {
                    return error(vm, "Illegal char");
                }
                ((c - b' ') & 63) as u32
            }
        };
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
            want -= 1;
        }
    }
    for &c in rest {
        if !matches!(c, b' ' | b'`' | b'\n' | b'\r') {
            return error(vm, "Trailing garbage");
        }
    }
    new_bytes(vm, out, false)
}

/// Build `binascii`.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "binascii")?;
    for (n, f) in [
        ("_hexlify", hexlify as NativeFn),
        ("unhexlify", unhexlify),
        ("a2b_hex", unhexlify),
        ("_crc32", crc32),
        ("_crc_hqx", crc_hqx),
        ("_b2a_base64", b2a_base64),
        ("_a2b_base64", a2b_base64),
        ("_b2a_uu", b2a_uu),
        ("a2b_uu", a2b_uu),
    ] {
        add_fn(vm, &m, n, f)?;
    }
    frozen::exec_into(vm, &m, include_str!("py/binascii_prelude.py"))?;
    Ok(m)
}
