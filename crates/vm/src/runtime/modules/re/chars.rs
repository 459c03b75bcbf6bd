//! Character predicates and case folding as sre uses them (`Modules/_sre/sre.c`): the
//! ASCII rules of bytes patterns and `re.ASCII`, the Unicode rules of str patterns, and
//! IGNORECASE's simple lowercase plus CPython's table of extra case equivalences
//! (`re/_casefix.py`).
//!
//! Unicode categories come from Rust's `char` predicates and the runtime's `str` rules
//! (`str_methods.rs`), the same approximations `str.isdecimal()` / `str.isspace()` use.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::runtime::str_methods::{is_decimal, is_space};

/// `SRE_IS_DIGIT` (ASCII).
pub fn ascii_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}

/// `SRE_IS_SPACE` (ASCII): `\t \n \v \f \r` and space.
pub fn ascii_space(c: u32) -> bool {
    matches!(c, 9..=13 | 32)
}

/// `SRE_IS_WORD` (ASCII): letters, digits and `_`.
pub fn ascii_word(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_alphanumeric() || c == '_' as u32
}

/// `Py_UNICODE_ISDECIMAL`.
pub fn uni_digit(c: u32) -> bool {
    if c < 128 {
        return ascii_digit(c);
    }
    char::from_u32(c).is_some_and(is_decimal)
}

/// `Py_UNICODE_ISSPACE`.
pub fn uni_space(c: u32) -> bool {
    if c < 128 {
        return matches!(c, 9..=13 | 28..=32);
    }
    char::from_u32(c).is_some_and(is_space)
}

/// `Py_UNICODE_ISALNUM(c) || c == '_'`.
pub fn uni_word(c: u32) -> bool {
    if c < 128 {
        return ascii_word(c);
    }
    char::from_u32(c).is_some_and(|c| c.is_alphabetic() || c.is_numeric())
}

/// `sre_lower_ascii`.
pub fn ascii_lower(c: u32) -> u32 {
    if (b'A' as u32..=b'Z' as u32).contains(&c) {
        c + 32
    } else {
        c
    }
}

/// `sre_lower_unicode`: the simple lowercase mapping.
pub fn uni_lower(c: u32) -> u32 {
    if c < 128 {
        return ascii_lower(c);
    }
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    let mut it = ch.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l as u32,
        // U+0130 is the only character whose full lowercase is longer; its simple
        // lowercase is 'i'.
        _ => 'i' as u32,
    }
}

/// `_casefix._EXTRA_CASES`: lowercase characters that IGNORECASE also treats as equal
/// although their lowercase forms differ.
const EXTRA_CASES: &[(u32, &[u32])] = &[
    (0x0069, &[0x0131]),
    (0x0073, &[0x017f]),
    (0x00b5, &[0x03bc]),
    (0x0131, &[0x0069]),
    (0x017f, &[0x0073]),
    (0x0345, &[0x03b9, 0x1fbe]),
    (0x0390, &[0x1fd3]),
    (0x03b0, &[0x1fe3]),
    (0x03b2, &[0x03d0]),
    (0x03b5, &[0x03f5]),
    (0x03b8, &[0x03d1]),
    (0x03b9, &[0x0345, 0x1fbe]),
    (0x03ba, &[0x03f0]),
    (0x03bc, &[0x00b5]),
    (0x03c0, &[0x03d6]),
    (0x03c1, &[0x03f1]),
    (0x03c2, &[0x03c3]),
    (0x03c3, &[0x03c2]),
    (0x03c6, &[0x03d5]),
    (0x03d0, &[0x03b2]),
    (0x03d1, &[0x03b8]),
    (0x03d5, &[0x03c6]),
    (0x03d6, &[0x03c0]),
    (0x03f0, &[0x03ba]),
    (0x03f1, &[0x03c1]),
    (0x03f5, &[0x03b5]),
    (0x0432, &[0x1c80]),
    (0x0434, &[0x1c81]),
    (0x043e, &[0x1c82]),
    (0x0441, &[0x1c83]),
    (0x0442, &[0x1c84, 0x1c85]),
    (0x044a, &[0x1c86]),
    (0x0463, &[0x1c87]),
    (0x1c80, &[0x0432]),
    (0x1c81, &[0x0434]),
    (0x1c82, &[0x043e]),
    (0x1c83, &[0x0441]),
    (0x1c84, &[0x0442, 0x1c85]),
    (0x1c85, &[0x0442, 0x1c84]),
    (0x1c86, &[0x044a]),
    (0x1c87, &[0x0463]),
    (0x1c88, &[0xa64b]),
    (0x1e61, &[0x1e9b]),
    (0x1e9b, &[0x1e61]),
    (0x1fbe, &[0x0345, 0x03b9]),
    (0x1fd3, &[0x0390]),
    (0x1fe3, &[0x03b0]),
    (0xa64b, &[0x1c88]),
    (0xfb05, &[0xfb06]),
    (0xfb06, &[0xfb05]),
];

/// The extra equivalents of a lowercase character.
pub fn extra_cases(lower: u32) -> &'static [u32] {
    match EXTRA_CASES.binary_search_by_key(&lower, |&(k, _)| k) {
        Ok(i) => EXTRA_CASES[i].1,
        Err(_) => &[],
    }
}

/// The characters whose simple lowercase is `lower`, other than `lower` itself: built
/// once, by a scan of all code points, the first time a range is matched ignoring case.
pub fn lower_preimage(lower: u32) -> &'static [u32] {
    static TABLE: OnceLock<HashMap<u32, Vec<u32>>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t: HashMap<u32, Vec<u32>> = HashMap::new();
        for c in 128..=0x10ffffu32 {
            let l = uni_lower(c);
            if l != c && char::from_u32(c).is_some() {
                t.entry(l).or_default().push(c);
            }
        }
        for c in b'A'..=b'Z' {
            t.entry(c as u32 + 32).or_default().insert(0, c as u32);
        }
        t
    });
    table.get(&lower).map_or(&[], Vec::as_slice)
}
