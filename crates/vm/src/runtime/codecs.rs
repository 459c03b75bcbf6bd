//! The text codecs behind `str.encode`, `bytes.decode` and `bytes(str, encoding)`: UTF-8,
//! UTF-16 and UTF-32 (`codecs_wide.rs`),
//! ASCII and Latin-1, with the `strict` / `ignore` / `replace` / `backslashreplace` error
//! handlers, raising CPython's `UnicodeEncodeError` / `UnicodeDecodeError` (whose `args` are
//! `(encoding, object, start, end, reason)`; `str()` of them is built in `exc_attrs.rs`).

use heap::ObjRef;

use super::codecs_wide::{Order, Width};
use super::objects::*;
use super::{Args, PyResult, Vm};

/// A codec pymem implements.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    /// UTF-8.
    Utf8,
    /// UTF-8 with a byte order mark: written first when encoding, skipped if present when
    /// decoding (CPython's `utf-8-sig`).
    Utf8Sig,
    /// ASCII (0..128).
    Ascii,
    /// ISO-8859-1 (0..256).
    Latin1,
    /// UTF-16 / UTF-32 (`codecs_wide.rs`).
    Wide(Width, Order),
}

impl Codec {
    /// The name CPython uses in error messages.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Wide(w, o) => super::codecs_wide::name(w, o),
        }
    }
    /// The largest code point + 1 (ASCII, Latin-1).
    fn limit(self) -> u32 {
        match self {
            Codec::Ascii => 128,
            _ => 256,
        }
    }
}

/// The UTF-8 encoding of U+FEFF, the byte order mark `utf-8-sig` writes and skips.
const UTF8_BOM: [u8; 3] = [0xef, 0xbb, 0xbf];

/// Look up a text encoding by name, normalised as CPython's `codecs.lookup` does. `via` is
/// what the error for a bytes-to-bytes or str-to-str codec (`hex`, `rot13`) recommends
/// instead, e.g. `codecs.encode()`.
pub fn lookup(vm: &Vm, name: &str, via: &str) -> PyResult<Codec> {
    let norm: String = name
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect();
    match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
        "utf_8_sig" => Ok(Codec::Utf8Sig),
        "ascii" | "us_ascii" | "646" | "us" => Ok(Codec::Ascii),
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" => Ok(Codec::Latin1),
        "utf_16" | "utf16" | "u16" => Ok(Codec::Wide(Width::Two, Order::Bom)),
        "utf_16_le" | "utf_16le" => Ok(Codec::Wide(Width::Two, Order::Little)),
        "utf_16_be" | "utf_16be" => Ok(Codec::Wide(Width::Two, Order::Big)),
        "utf_32" | "utf32" | "u32" => Ok(Codec::Wide(Width::Four, Order::Bom)),
        "utf_32_le" | "utf_32le" => Ok(Codec::Wide(Width::Four, Order::Little)),
        "utf_32_be" | "utf_32be" => Ok(Codec::Wide(Width::Four, Order::Big)),
        // The transforms of the frozen `codecs` module.
        "hex" | "hex_codec" | "base64" | "base_64" | "base64_codec" | "zlib" | "zip"
        | "zlib_codec" | "rot13" | "rot_13" => vm.err(
            "LookupError",
            format!("'{name}' is not a text encoding; use {via} to handle arbitrary codecs"),
        ),
        _ => vm.err("LookupError", format!("unknown encoding: {name}")),
    }
}

/// The error handlers implemented.
fn check_handler(vm: &Vm, errors: &str) -> PyResult<()> {
    match errors {
        "strict" | "ignore" | "replace" | "backslashreplace" | "xmlcharrefreplace" => Ok(()),
        _ => vm.err(
            "LookupError",
            format!("unknown error handler name '{errors}'"),
        ),
    }
}

/// `(encoding, errors)` from positional arguments `first`, `first + 1` or the keywords
/// `encoding` / `errors`; defaults `utf-8` / `strict`.
pub fn codec_args(vm: &Vm, a: &Args<'_>, first: usize, fname: &str) -> PyResult<(Codec, String)> {
    let get = |i: usize, kw: &str| -> PyResult<Option<String>> {
        match a.pos.get(i).or_else(|| a.kw(kw)) {
            None => Ok(None),
            Some(v) => match v.downcast::<StrObj>() {
                Some(s) => Ok(Some(s.s.to_string())),
                None => vm.type_err(format!(
                    "{fname}() argument '{kw}' must be str, not {}",
                    super::arg_spec::bad_type_name(vm, v)
                )),
            },
        }
    };
    let enc = get(first, "encoding")?;
    let errors = get(first + 1, "errors")?.unwrap_or_else(|| "strict".into());
    let codec = match enc {
        Some(e) => {
            let via = if matches!(fname, "decode" | "str") {
                "codecs.decode()"
            } else {
                "codecs.encode()"
            };
            lookup(vm, &e, via)?
        }
        None => Codec::Utf8,
    };
    Ok((codec, errors))
}

fn unicode_error(
    vm: &Vm,
    ty: &str,
    codec: Codec,
    object: ObjRef,
    start: usize,
    end: usize,
    reason: &str,
) -> ObjRef {
    let parts = (|| -> PyResult<Vec<ObjRef>> {
        Ok(vec![
            vm.new_str(codec.name())?,
            object,
            vm.new_int(start as i64)?,
            vm.new_int(end as i64)?,
            vm.new_str(reason)?,
        ])
    })();
    match parts {
        Ok(args) => vm.new_exception(&vm.exc_type(ty), args),
        Err(e) => e,
    }
}

/// Encode `s`.
pub fn encode(vm: &Vm, s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    check_handler(vm, errors)?;
    if codec == Codec::Utf8 {
        return Ok(s.as_bytes().to_vec());
    }
    if codec == Codec::Utf8Sig {
        return Ok([UTF8_BOM.as_slice(), s.as_bytes()].concat());
    }
    if let Codec::Wide(w, o) = codec {
        return Ok(super::codecs_wide::encode(s, w, o));
    }
    let limit = codec.limit();
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i] as u32;
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        // The run of unencodable characters (CPython reports it as one error).
        let mut end = i + 1;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        match errors {
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "backslashreplace" => {
                for &c in &chars[i..end] {
                    out.extend(escape_char(c).bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..end] {
                    out.extend(format!("&#{};", c as u32).bytes());
                }
            }
            _ => {
                let reason = format!("ordinal not in range({limit})");
                return Err(unicode_error(
                    vm,
                    "UnicodeEncodeError",
                    codec,
                    vm.new_str(s)?,
                    i,
                    end,
                    &reason,
                ));
            }
        }
        i = end;
    }
    Ok(out)
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh` for a character.
pub fn escape_char(c: char) -> String {
    let c = c as u32;
    if c < 0x100 {
        format!("\\x{c:02x}")
    } else if c < 0x10000 {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    }
}

/// `ascii()`'s escaping: non-ASCII characters as `\xhh` / `\uhhhh` / `\Uhhhhhhhh`.
pub fn ascii_escape(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c.to_string()
            } else {
                escape_char(c)
            }
        })
        .collect()
}

/// Decode `b`.
pub fn decode(vm: &Vm, b: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    match decode_with(vm, b, codec, errors) {
        // An encoding-only handler met a decoding error (CPython's message).
        Err(e) if errors == "xmlcharrefreplace" && vm.exc_matches(&e, "UnicodeDecodeError") => {
            vm.type_err("don't know how to handle UnicodeDecodeError in error callback")
        }
        r => r,
    }
}

fn decode_with(vm: &Vm, b: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    check_handler(vm, errors)?;
    let limit = codec.limit();
    match codec {
        // Errors are UTF-8's, at positions after the mark (as CPython's `utf_8_sig`).
        Codec::Utf8Sig => decode_with(
            vm,
            b.strip_prefix(UTF8_BOM.as_slice()).unwrap_or(b),
            Codec::Utf8,
            errors,
        ),
        Codec::Wide(w, o) => super::codecs_wide::decode(b, w, o, |name, run| {
            match errors {
                "ignore" => Ok(String::new()),
                "replace" => Ok("\u{fffd}".to_string()),
                "backslashreplace" => Ok(b[run.start..run.end]
                    .iter()
                    .map(|c| format!("\\x{c:02x}"))
                    .collect()),
                _ => {
                    let obj = match vm.new_bytes_value(b.to_vec()) {
                        Ok(o) => o,
                        Err(e) => return Err(e),
                    };
                    // The plain codecs report the byte order they read.
                    let order = if name.ends_with("-be") {
                        Order::Big
                    } else if name.ends_with("-le") {
                        Order::Little
                    } else {
                        o
                    };
                    Err(unicode_error(
                        vm,
                        "UnicodeDecodeError",
                        Codec::Wide(w, order),
                        obj,
                        run.start,
                        run.end,
                        run.reason,
                    ))
                }
            }
        }),
        Codec::Latin1 => Ok(b.iter().map(|&c| c as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if (c as u32) < limit {
                    out.push(c as char);
                    continue;
                }
                match errors {
                    "ignore" => {}
                    "replace" => out.push('\u{fffd}'),
                    "backslashreplace" => out.push_str(&format!("\\x{c:02x}")),
                    _ => {
                        let reason = format!("ordinal not in range({limit})");
                        let obj = vm.new_bytes_value(b.to_vec())?;
                        return Err(unicode_error(
                            vm,
                            "UnicodeDecodeError",
                            codec,
                            obj,
                            i,
                            i + 1,
                            &reason,
                        ));
                    }
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(b.len());
            let mut rest = b;
            let mut offset = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                        let start = offset + good;
                        // Rust reports the maximal invalid subpart, as CPython does.
                        let (bad, reason) = match e.error_len() {
                            None => (rest.len() - good, "unexpected end of data"),
                            Some(n) if n == 1 && !(0xc2..=0xf4).contains(&rest[good]) => {
                                (1, "invalid start byte")
                            }
                            Some(n) => (n, "invalid continuation byte"),
                        };
                        match errors {
                            "ignore" => {}
                            "replace" => out.push('\u{fffd}'),
                            "backslashreplace" => {
                                for c in &rest[good..good + bad] {
                                    out.push_str(&format!("\\x{c:02x}"));
                                }
                            }
                            _ => {
                                let obj = vm.new_bytes_value(b.to_vec())?;
                                return Err(unicode_error(
                                    vm,
                                    "UnicodeDecodeError",
                                    codec,
                                    obj,
                                    start,
                                    start + bad,
                                    reason,
                                ));
                            }
                        }
                        rest = &rest[good + bad..];
                        offset = start + bad;
                    }
                }
            }
        }
    }
}

/// `str()` of a `UnicodeEncodeError` / `UnicodeDecodeError` from its five arguments (CPython's
/// `UnicodeEncodeError.__str__` / `UnicodeDecodeError.__str__`), or `None` if they are not
/// of that shape.
pub fn unicode_error_str(vm: &Vm, encode: bool, args: &[ObjRef]) -> PyResult<Option<String>> {
    if args.len() != 5 {
        return Ok(None);
    }
    let (Some(start), Some(end)) = (vm.as_i64(&args[2]), vm.as_i64(&args[3])) else {
        return Ok(None);
    };
    let encoding = vm.str(&args[0])?;
    let reason = vm.str(&args[4])?;
    let single = end == start + 1;
    let what = if encode {
        let Some(s) = args[1].downcast::<StrObj>() else {
            return Ok(None);
        };
        match s.s.chars().nth(start.max(0) as usize) {
            Some(c) if single => format!("encode character '{}'", escape_char(c)),
            _ => format!("encode characters in position {start}-{}", end - 1),
        }
    } else {
        let Some(b) = args[1].downcast::<BytesObj>() else {
            return Ok(None);
        };
        let byte = b.data.borrow().get(start.max(0) as usize).copied();
        match byte {
            Some(c) if single => format!("decode byte 0x{c:02x}"),
            _ => format!("decode bytes in position {start}-{}", end - 1),
        }
    };
    let pos = if single {
        format!(" in position {start}")
    } else {
        String::new()
    };
    Ok(Some(format!(
        "'{encoding}' codec can't {what}{pos}: {reason}"
    )))
}
