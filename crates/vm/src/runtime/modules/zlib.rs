//! `zlib`: one-shot `compress`/`decompress` in the zlib, raw-deflate and gzip formats (the
//! `wbits` ranges of CPython's module) and the `crc32`/`adler32` checksums. Deflate itself
//! is miniz_oxide's; the zlib and gzip wrappers (headers, checksums, zlib's error messages)
//! are written here. `py/zlib_prelude.py` (run into the module) holds `error`, the
//! constants and the keyword arguments.
//!
//! miniz_oxide's deflate makes valid streams that can differ byte for byte from the zlib C
//! library's at the same level (every decompressor reads both).

use heap::Gc;
use miniz_oxide::inflate::stream::{inflate, InflateState};
use miniz_oxide::{DataFormat, MZError, MZFlush, MZStatus};

use super::{add_fn, frozen, new_module, packing};
use crate::runtime::bytes_methods::new_bytes;
use crate::runtime::objects::*;
use crate::runtime::{Args, PyResult, Vm};

/// A `zlib.error` with `msg`.
fn error<T>(vm: &Vm, msg: impl AsRef<str>) -> PyResult<T> {
    let cls = vm
        .dict_get_str(&vm.modules, "zlib")
        .and_then(|m| m.downcast::<ModuleObj>())
        .and_then(|m| vm.dict_get_str(&m.dict, "error"))
        .and_then(|c| c.downcast::<TypeObj>());
    match cls {
        Some(cls) => {
            let msg = vm.new_str(msg.as_ref())?;
            Err(vm.new_exception(&cls, vec![msg]))
        }
        None => vm.err("RuntimeError", msg),
    }
}

fn data_arg(vm: &Vm, a: &Args<'_>, i: usize) -> PyResult<Vec<u8>> {
    let Some(o) = a.pos.get(i) else {
        return vm.type_err("zlib: missing argument");
    };
    match packing::read_buffer(vm, o)? {
        Some(b) => Ok(b),
        None => vm.type_err(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(o)
        )),
    }
}

fn int_arg(vm: &Vm, a: &Args<'_>, i: usize) -> PyResult<i64> {
    match a.pos.get(i) {
        Some(o) => vm.index(o),
        None => vm.type_err("zlib: missing argument"),
    }
}

/// `_crc32(data, value)` (value already reduced to 32 bits).
fn crc32(vm: &Vm, a: &Args<'_>) -> PyResult {
    let data = data_arg(vm, a, 0)?;
    let mut h = crc32fast::Hasher::new_with_initial(int_arg(vm, a, 1)? as u32);
    h.update(&data);
    vm.new_int(h.finalize() as i64)
}

/// `_adler32(data, value)` (value already reduced to 32 bits).
fn adler32(vm: &Vm, a: &Args<'_>) -> PyResult {
    let data = data_arg(vm, a, 0)?;
    let mut h = adler2::Adler32::from_checksum(int_arg(vm, a, 1)? as u32);
    h.write_slice(&data);
    vm.new_int(h.checksum() as i64)
}

/// The container `wbits` asks for.
#[derive(Clone, Copy, PartialEq)]
enum Wrap {
    Zlib(u8),
    Raw,
    Gzip,
    /// Decompression only: gzip or zlib, from the magic bytes.
    Auto,
}

/// `_compress(data, level, wbits)`.
fn compress(vm: &Vm, a: &Args<'_>) -> PyResult {
    let data = data_arg(vm, a, 0)?;
    let level = int_arg(vm, a, 1)?;
    let wbits = int_arg(vm, a, 2)?;
    let wrap = match wbits {
        8..=15 => Wrap::Zlib(wbits.max(9) as u8),
        -15..=-8 => Wrap::Raw,
        24..=31 => Wrap::Gzip,
        _ => return error(vm, "Bad compression level"),
    };
    if !(-1..=9).contains(&level) {
        return error(vm, "Bad compression level");
    }
    let lv = if level < 0 { 6 } else { level as u8 };
    let body = miniz_oxide::deflate::compress_to_vec(&data, lv);
    let out = match wrap {
        Wrap::Zlib(w) => {
            let cmf = 8u8 | (w - 8) << 4;
            let flevel: u8 = match lv {
                0 | 1 => 0,
                2..=5 => 1,
                6 => 2,
                _ => 3,
            };
            let mut flg = flevel << 6;
            flg += (31 - ((cmf as u16) * 256 + flg as u16) % 31) as u8 % 31;
            let mut out = vec![cmf, flg];
            out.extend_from_slice(&body);
            let mut h = adler2::Adler32::new();
            h.write_slice(&data);
            out.extend_from_slice(&h.checksum().to_be_bytes());
            out
        }
        Wrap::Gzip => {
            let xfl = match lv {
                9 => 2,
                0 | 1 => 4,
                _ => 0,
            };
            let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3];
            out.extend_from_slice(&body);
            out.extend_from_slice(&crc32fast::hash(&data).to_le_bytes());
            out.extend_from_slice(&(data.len() as u32).to_le_bytes());
            out
        }
        _ => body,
    };
    new_bytes(vm, out, false)
}

/// Why a stream could not be decompressed: truncated (zlib's -5) or bad data (-3).
enum Failure {
    Truncated,
    Bad(&'static str),
}

/// Inflate the raw deflate stream at the start of `data`: the output and the bytes used.
fn inflate_raw(data: &[u8]) -> Result<(Vec<u8>, usize), Failure> {
    let mut st = InflateState::new_boxed(DataFormat::Raw);
    let mut out = Vec::new();
    let mut buf = vec![0u8; 1 << 15];
    let mut pos = 0;
    loop {
        let r = inflate(&mut st, &data[pos..], &mut buf, MZFlush::None);
        pos += r.bytes_consumed;
        out.extend_from_slice(&buf[..r.bytes_written]);
        match r.status {
            Ok(MZStatus::StreamEnd) => return Ok((out, pos)),
            Ok(_) if r.bytes_consumed > 0 || r.bytes_written > 0 => {}
            Ok(_) | Err(MZError::Buf) => return Err(Failure::Truncated),
            Err(_) => return Err(Failure::Bad(first_block_problem(data))),
        }
    }
}

/// zlib's message for a bad deflate stream, judged from its first block header (miniz
/// reports only that the data is bad).
fn first_block_problem(data: &[u8]) -> &'static str {
    match data.first().map(|b| (b >> 1) & 3) {
        Some(3) => "invalid block type",
        Some(0) => "invalid stored block lengths",
        Some(2) => "invalid code lengths set",
        _ => "invalid distance too far back",
    }
}

/// The body of a gzip member: where its deflate stream starts, after the header fields.
fn gzip_body(data: &[u8]) -> Result<usize, Failure> {
    let need = |n: usize| {
        if data.len() < n {
            Err(Failure::Truncated)
        } else {
            Ok(())
        }
    };
    need(2)?;
    if data[0] != 0x1f || data[1] != 0x8b {
        return Err(Failure::Bad("incorrect header check"));
    }
    need(10)?;
    if data[2] != 8 {
        return Err(Failure::Bad("unknown compression method"));
    }
    let flags = data[3];
    if flags & 0xe0 != 0 {
        return Err(Failure::Bad("unknown header flags set"));
    }
    let mut pos = 10;
    if flags & 4 != 0 {
        need(pos + 2)?;
        pos += 2 + u16::from_le_bytes([data[pos], data[pos + 1]]) as usize;
        need(pos)?;
    }
    for bit in [8u8, 16] {
        if flags & bit != 0 {
            match data[pos.min(data.len())..].iter().position(|&b| b == 0) {
                Some(i) => pos += i + 1,
                None => return Err(Failure::Truncated),
            }
        }
    }
    if flags & 2 != 0 {
        pos += 2;
        need(pos)?;
    }
    Ok(pos)
}

fn decompress_wrapped(data: &[u8], wrap: Wrap) -> Result<Vec<u8>, Failure> {
    match wrap {
        Wrap::Raw => inflate_raw(data).map(|(out, _)| out),
        Wrap::Auto if data.first() == Some(&0x1f) => decompress_wrapped(data, Wrap::Gzip),
        Wrap::Auto => decompress_wrapped(data, Wrap::Zlib(15)),
        Wrap::Gzip => {
            let start = gzip_body(data)?;
            let (out, used) = inflate_raw(&data[start..])?;
            let trailer = &data[start + used..];
            if trailer.len() < 8 {
                return Err(Failure::Truncated);
            }
            let crc = u32::from_le_bytes([trailer[0], trailer[1], trailer[2], trailer[3]]);
            let size = u32::from_le_bytes([trailer[4], trailer[5], trailer[6], trailer[7]]);
            if crc != crc32fast::hash(&out) {
                return Err(Failure::Bad("incorrect data check"));
            }
            if size != out.len() as u32 {
                return Err(Failure::Bad("incorrect length check"));
            }
            Ok(out)
        }
        Wrap::Zlib(wbits) => {
            if data.len() < 2 {
                return Err(Failure::Truncated);
            }
            let (cmf, flg) = (data[0], data[1]);
            if !(cmf as u16 * 256 + flg as u16).is_multiple_of(31) {
                return Err(Failure::Bad("incorrect header check"));
            }
            if cmf & 15 != 8 {
                return Err(Failure::Bad("unknown compression method"));
            }
            // wbits 0 takes the window size from the header.
            let limit = if wbits == 0 { 15 } else { wbits };
            if (cmf >> 4) + 8 > limit {
                return Err(Failure::Bad("invalid window size"));
            }
            if flg & 0x20 != 0 {
                return Err(Failure::Bad("need dictionary"));
            }
            let (out, used) = inflate_raw(&data[2..])?;
            let trailer = &data[2 + used..];
            if trailer.len() < 4 {
                return Err(Failure::Truncated);
            }
            let want = u32::from_be_bytes([trailer[0], trailer[1], trailer[2], trailer[3]]);
            let mut h = adler2::Adler32::new();
            h.write_slice(&out);
            if h.checksum() != want {
                return Err(Failure::Bad("incorrect data check"));
            }
            Ok(out)
        }
    }
}

/// `_decompress(data, wbits)`.
fn decompress(vm: &Vm, a: &Args<'_>) -> PyResult {
    let data = data_arg(vm, a, 0)?;
    let wbits = int_arg(vm, a, 1)?;
    let wrap = match wbits {
        0 | 8..=15 => Wrap::Zlib(wbits as u8),
        -15..=-8 => Wrap::Raw,
        16 | 24..=31 => Wrap::Gzip,
        32 | 40..=47 => Wrap::Auto,
        _ => {
            return error(
                vm,
                "Error -2 while preparing to decompress data: inconsistent stream state",
            )
        }
    };
    match decompress_wrapped(&data, wrap) {
        Ok(out) => new_bytes(vm, out, false),
        Err(Failure::Truncated) => error(
            vm,
            "Error -5 while decompressing data: incomplete or truncated stream",
        ),
        Err(Failure::Bad(why)) => error(vm, format!("Error -3 while decompressing data: {why}")),
    }
}

/// Build `zlib`.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "zlib")?;
    for (n, f) in [
        ("_crc32", crc32 as NativeFn),
        ("_adler32", adler32),
        ("_compress", compress),
        ("_decompress", decompress),
    ] {
        add_fn(vm, &m, n, f)?;
    }
    frozen::exec_into(vm, &m, include_str!("py/zlib_prelude.py"))?;
    Ok(m)
}
