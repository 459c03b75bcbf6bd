//! UTF-16 and UTF-32 (`'x'.encode('utf-16')`, `b'..'.decode('utf-32-le')`): the plain
//! names write a little-endian byte order mark and read one if present (little-endian
//! otherwise), the `-le`/`-be` names have none. pymem's strs hold Unicode scalar values,
//! so encoding never fails; decoding reports truncated data and invalid code units as
//! CPython does, under the `strict` / `ignore` / `replace` / `backslashreplace` handlers.

/// Code units of two or four bytes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Width {
    /// UTF-16.
    Two,
    /// UTF-32.
    Four,
}

/// Byte order: `None` is the BOM-writing, BOM-reading plain codec.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Order {
    /// `utf-16` / `utf-32`.
    Bom,
    /// `-le`.
    Little,
    /// `-be`.
    Big,
}

/// The codec's name in error messages (a plain codec's decoding names the order it read).
pub fn name(width: Width, order: Order) -> &'static str {
    match (width, order) {
        (Width::Two, Order::Bom) => "utf-16",
        (Width::Two, Order::Little) => "utf-16-le",
        (Width::Two, Order::Big) => "utf-16-be",
        (Width::Four, Order::Bom) => "utf-32",
        (Width::Four, Order::Little) => "utf-32-le",
        (Width::Four, Order::Big) => "utf-32-be",
    }
}

fn put(out: &mut Vec<u8>, v: u32, width: Width, big: bool) {
    match (width, big) {
        (Width::Two, false) => out.extend_from_slice(&(v as u16).to_le_bytes()),
        (Width::Two, true) => out.extend_from_slice(&(v as u16).to_be_bytes()),
        (Width::Four, false) => out.extend_from_slice(&v.to_le_bytes()),
        (Width::Four, true) => out.extend_from_slice(&v.to_be_bytes()),
    }
}

/// Encode `s`.
pub fn encode(s: &str, width: Width, order: Order) -> Vec<u8> {
    let big = order == Order::Big;
    let mut out = Vec::with_capacity(s.len() * 4 + 4);
    if order == Order::Bom {
        put(&mut out, 0xfeff, width, false);
    }
    for c in s.chars() {
        match width {
            Width::Two => {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    put(&mut out, u32::from(*u), width, big);
                }
            }
            Width::Four => put(&mut out, c as u32, width, big),
        }
    }
    out
}

/// A decoding error: byte range and reason, for the caller's handler.
pub struct BadRun {
    /// First byte.
    pub start: usize,
    /// Past the last byte.
    pub end: usize,
    /// CPython's reason.
    pub reason: &'static str,
}

/// Decode `b`, calling `bad` with the codec name to report (a plain codec names the byte
/// order it read) for each undecodable run; it returns the replacement text or the error.
pub fn decode<E>(
    b: &[u8],
    width: Width,
    order: Order,
    mut bad: impl FnMut(&'static str, BadRun) -> Result<String, E>,
) -> Result<String, E> {
    let unit = match width {
        Width::Two => 2,
        Width::Four => 4,
    };
    let (mut big, mut i, mut name) = (order == Order::Big, 0, name(width, order));
    if order == Order::Bom && b.len() >= unit {
        let le_bom: &[u8] = if unit == 2 {
            &[0xff, 0xfe]
        } else {
            &[0xff, 0xfe, 0, 0]
        };
        let be_bom: &[u8] = if unit == 2 {
            &[0xfe, 0xff]
        } else {
            &[0, 0, 0xfe, 0xff]
        };
        if &b[..unit] == le_bom {
            i = unit;
        } else if &b[..unit] == be_bom {
            i = unit;
            big = true;
        }
    }
    if order == Order::Bom {
        name = self::name(width, if big { Order::Big } else { Order::Little });
    }
    let read = |at: usize| -> u32 {
        let s = &b[at..at + unit];
        match (unit, big) {
            (2, false) => u32::from(u16::from_le_bytes([s[0], s[1]])),
            (2, true) => u32::from(u16::from_be_bytes([s[0], s[1]])),
            (_, false) => u32::from_le_bytes([s[0], s[1], s[2], s[3]]),
            (_, true) => u32::from_be_bytes([s[0], s[1], s[2], s[3]]),
        }
    };
    let mut out = String::with_capacity(b.len() / unit);
    while i < b.len() {
        if i + unit > b.len() {
            let reason = "truncated data";
            out.push_str(&bad(
                name,
                BadRun {
                    start: i,
                    end: b.len(),
                    reason,
                },
            )?);
            break;
        }
        let u = read(i);
        if width == Width::Four {
            match char::from_u32(u) {
                Some(c) => out.push(c),
                None => {
                    let reason = if u > 0x10ffff {
                        "code point not in range(0x110000)"
                    } else {
                        "code point in surrogate code point range(0xd800, 0xe000)"
                    };
                    out.push_str(&bad(
                        name,
                        BadRun {
                            start: i,
                            end: i + 4,
                            reason,
                        },
                    )?);
                }
            }
            i += 4;
            continue;
        }
        if !(0xd800..0xe000).contains(&u) {
            out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
            i += 2;
            continue;
        }
        if u >= 0xdc00 {
            out.push_str(&bad(
                name,
                BadRun {
                    start: i,
                    end: i + 2,
                    reason: "illegal encoding",
                },
            )?);
            i += 2;
            continue;
        }
        if i + 4 > b.len() {
            out.push_str(&bad(
                name,
                BadRun {
                    start: i,
                    end: b.len(),
                    reason: "unexpected end of data",
                },
            )?);
            break;
        }
        let lo = read(i + 2);
        if !(0xdc00..0xe000).contains(&lo) {
            out.push_str(&bad(
                name,
                BadRun {
                    start: i,
                    end: i + 2,
                    reason: "illegal UTF-16 surrogate",
                },
            )?);
            i += 2;
            continue;
        }
        let c = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
        out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
        i += 4;
    }
    Ok(out)
}
