//! Character names for `unicodedata.name` and `unicodedata.lookup`, with CPython 3.12's
//! rules, from the `unicode_names2` crate.
//!
//! `unicode_names2` follows a newer Unicode than CPython 3.12's 15.0, so a character
//! assigned since then has no name here, and no name finds it. Lookup is case-insensitive
//! and knows the name aliases (`"BYTE ORDER MARK"`), except for the algorithmic names, which
//! CPython matches exactly as written: `HANGUL SYLLABLE ` and the syllable's jamo in capitals,
//! `CJK UNIFIED IDEOGRAPH-` and four or five hex digits in capitals.

use super::properties::is_assigned;

/// The longest name (in bytes) that `lookup` looks for; a longer one is "too long".
pub const NAME_MAXLEN: usize = 256;

const HANGUL_PREFIX: &str = "HANGUL SYLLABLE ";
const CJK_PREFIX: &str = "CJK UNIFIED IDEOGRAPH-";

/// `c`'s name (`None` for the control characters, private use and unassigned code points).
pub fn name(c: char) -> Option<String> {
    if !is_assigned(c) {
        return None;
    }
    unicode_names2::name(c).map(|n| n.to_string())
}

/// The character called `name` or by one of its aliases (`None` when there is none, or the
/// name is longer than [`NAME_MAXLEN`]: the caller tells which).
pub fn lookup(name: &[u8]) -> Option<char> {
    if name.len() > NAME_MAXLEN || !name.is_ascii() {
        return None;
    }
    let name = std::str::from_utf8(name).ok()?;
    let found = if let Some(hex) = name.strip_prefix(CJK_PREFIX) {
        unified_ideograph(hex)?
    } else if name.starts_with(HANGUL_PREFIX) {
        // Only the exact name: `unicode_names2` would take the jamo in any case.
        let c = unicode_names2::character(name)?;
        if self::name(c).as_deref() != Some(name) {
            return None;
        }
        c
    } else {
        let upper = name.to_ascii_uppercase();
        if upper.starts_with(CJK_PREFIX) || upper.starts_with(HANGUL_PREFIX) {
            // The algorithmic prefixes are matched as written, and no other name or alias
            // starts with them.
            return None;
        }
        let c = unicode_names2::character(name)?;
        match unicode_names2::name(c).map(|n| n.to_string()) {
            Some(n) if n == upper => c,
            // `character` checks only that the name it finds for the hash of `name` is a
            // prefix of it: a longer name is none. (No alias of Unicode 15.0 starts with
            // its character's own name.)
            Some(n) if upper.starts_with(&n) => return None,
            // Found by an alias.
            _ => c,
        }
    };
    is_assigned(found).then_some(found)
}

/// The unified ideograph named by `hex` after `CJK UNIFIED IDEOGRAPH-`: four or five hex
/// digits in capitals (`04E00` too).
fn unified_ideograph(hex: &str) -> Option<char> {
    if !(4..=5).contains(&hex.len())
        || !hex
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b))
    {
        return None;
    }
    let c = char::from_u32(u32::from_str_radix(hex, 16).ok()?)?;
    let is_unified = unicode_names2::name(c).is_some_and(|n| n.to_string().starts_with(CJK_PREFIX));
    is_unified.then_some(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_as_cpython_3_12() {
        assert_eq!(name('a').as_deref(), Some("LATIN SMALL LETTER A"));
        assert_eq!(name('\u{ac00}').as_deref(), Some("HANGUL SYLLABLE GA"));
        assert_eq!(
            name('\u{4e00}').as_deref(),
            Some("CJK UNIFIED IDEOGRAPH-4E00")
        );
        assert_eq!(name('\0'), None);
        // CJK Extension I (Unicode 15.1).
        assert_eq!(name('\u{2ebf0}'), None);
    }

    #[test]
    fn lookups_as_cpython_3_12() {
        assert_eq!(lookup(b"latin small letter a"), Some('a'));
        assert_eq!(lookup(b"BYTE ORDER MARK"), Some('\u{feff}'));
        assert_eq!(lookup(b"NULL"), Some('\0'));
        assert_eq!(lookup(b"HANGUL SYLLABLE GA"), Some('\u{ac00}'));
        assert_eq!(lookup(b"hangul syllable ga"), None);
        assert_eq!(lookup(b"HANGUL SYLLABLE ga"), None);
        assert_eq!(lookup(b"HANGUL SYLLABLE "), None);
        assert_eq!(lookup(b"CJK UNIFIED IDEOGRAPH-4E00"), Some('\u{4e00}'));
        assert_eq!(lookup(b"CJK UNIFIED IDEOGRAPH-04E00"), Some('\u{4e00}'));
        assert_eq!(lookup(b"CJK UNIFIED IDEOGRAPH-4e00"), None);
        assert_eq!(lookup(b"cjk unified ideograph-4E00"), None);
        assert_eq!(lookup(b"CJK UNIFIED IDEOGRAPH-2EBF0"), None);
        assert_eq!(lookup(b"SNOWMAN "), None);
        assert_eq!(lookup(b"SNOWMAN\0"), None);
        assert_eq!(lookup(b""), None);
        assert_eq!(lookup(&[b'x'; 300]), None);
    }
}
