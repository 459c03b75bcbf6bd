//! Character predicates and case folding as sre uses them (`Modules/_sre/sre.c`): the
//! ASCII rules of bytes patterns and `re.ASCII`, the Unicode rules of str patterns, and
//! IGNORECASE's simple lowercase plus CPython's table of extra case equivalences
//! (`re/_casefix.py`).
//!
//! `\w`, `\d`, `\s` and the case mappings are the runtime's own (`runtime::unicode`, tables
//! generated from CPython 3.12's Unicode 15.0), so that a pattern sees a character as
//! `str`'s methods do.

use crate::runtime::str_methods::is_space;
use crate::runtime::unicode;

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
    char::from_u32(c).is_some_and(unicode::is_decimal)
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
    char::from_u32(c).is_some_and(unicode::is_alnum)
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
    char::from_u32(c).map_or(c, |ch| unicode::simple_lower(ch) as u32)
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

/// Characters whose simple lowercase is the first value but which are not that
/// lowercase's uppercase (titlecase digraphs, Kelvin and Angstrom signs, capital sharp s,
/// Greek with prosgegrammeni, U+0130): computed from CPython 3.12's Unicode data.
const EXTRA_UPPER: &[(u32, u32)] = &[
    (0x0069, 0x0130),
    (0x006b, 0x212a),
    (0x00df, 0x1e9e),
    (0x00e5, 0x212b),
    (0x01c6, 0x01c5),
    (0x01c9, 0x01c8),
    (0x01cc, 0x01cb),
    (0x01f3, 0x01f2),
    (0x03b8, 0x03f4),
    (0x03c9, 0x2126),
    (0x1f80, 0x1f88),
    (0x1f81, 0x1f89),
    (0x1f82, 0x1f8a),
    (0x1f83, 0x1f8b),
    (0x1f84, 0x1f8c),
    (0x1f85, 0x1f8d),
    (0x1f86, 0x1f8e),
    (0x1f87, 0x1f8f),
    (0x1f90, 0x1f98),
    (0x1f91, 0x1f99),
    (0x1f92, 0x1f9a),
    (0x1f93, 0x1f9b),
    (0x1f94, 0x1f9c),
    (0x1f95, 0x1f9d),
    (0x1f96, 0x1f9e),
    (0x1f97, 0x1f9f),
    (0x1fa0, 0x1fa8),
    (0x1fa1, 0x1fa9),
    (0x1fa2, 0x1faa),
    (0x1fa3, 0x1fab),
    (0x1fa4, 0x1fac),
    (0x1fa5, 0x1fad),
    (0x1fa6, 0x1fae),
    (0x1fa7, 0x1faf),
    (0x1fb3, 0x1fbc),
    (0x1fc3, 0x1fcc),
    (0x1ff3, 0x1ffc),
];

/// The characters other than `lower` itself whose simple lowercase is `lower`: its
/// uppercase, and the few others of [`EXTRA_UPPER`].
pub fn lower_preimage(lower: u32) -> impl Iterator<Item = u32> {
    let upper = char::from_u32(lower).and_then(|c| {
        unicode::single_upper(c)
            .filter(|&u| u != c && uni_lower(u as u32) == lower)
            .map(|u| u as u32)
    });
    let start = EXTRA_UPPER.partition_point(|&(l, _)| l < lower);
    let extra = EXTRA_UPPER[start..]
        .iter()
        .take_while(move |&&(l, _)| l == lower)
        .map(|&(_, c)| c);
    upper.into_iter().chain(extra)
}
