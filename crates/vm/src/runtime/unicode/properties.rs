//! The per-character properties of `unicodedata`, as CPython 3.12 (Unicode 15.0.0) answers
//! them.
//!
//! General category, bidirectional class, East Asian width and Bidi_Mirrored come from
//! ICU4X's `icu_properties`, the canonical combining class from `unicode-normalization`
//! (the data its normalization uses). Both follow a newer Unicode than 15.0, so every
//! query first asks [`is_assigned`] (a table generated from CPython 3.12): a code point
//! assigned since 15.0 answers as an unassigned one does in CPython. Numeric values and
//! decomposition mappings are in no crate; they are generated too (`ucd_tables.rs`).

use icu_properties::props::{BidiClass, BidiMirrored, EastAsianWidth, GeneralCategory};
use icu_properties::{CodePointMapData, CodePointSetData, PropertyNamesShort};

use super::ucd_tables::{ASSIGNED, DECOMPOSITIONS, NUMERIC_VALUES, UNASSIGNED_WIDE};
use super::{decimal_value, in_ranges, is_digit};

/// Whether Unicode 15.0.0 assigns `c` (its category is not Cn).
pub fn is_assigned(c: char) -> bool {
    c.is_ascii() || in_ranges(ASSIGNED, c as u32)
}

/// `unicodedata.category`: the two-letter general category (`"Lu"`, `"Cn"`...).
pub fn category(c: char) -> &'static str {
    if !is_assigned(c) {
        return "Cn";
    }
    let gc = CodePointMapData::<GeneralCategory>::new().get(c);
    PropertyNamesShort::<GeneralCategory>::new()
        .get(gc)
        .unwrap_or("Cn")
}

/// `unicodedata.bidirectional`: the bidirectional class (`"L"`, `"AL"`, `"NSM"`...), empty
/// for an unassigned code point.
pub fn bidirectional(c: char) -> &'static str {
    if !is_assigned(c) {
        return "";
    }
    let bc = CodePointMapData::<BidiClass>::new().get(c);
    PropertyNamesShort::<BidiClass>::new().get(bc).unwrap_or("")
}

/// `unicodedata.east_asian_width`: `"F"`, `"H"`, `"W"`, `"Na"`, `"A"` or `"N"`.
pub fn east_asian_width(c: char) -> &'static str {
    if !is_assigned(c) {
        return if in_ranges(UNASSIGNED_WIDE, c as u32) {
            "W"
        } else {
            "N"
        };
    }
    let w = CodePointMapData::<EastAsianWidth>::new().get(c);
    PropertyNamesShort::<EastAsianWidth>::new()
        .get(w)
        .unwrap_or("N")
}

/// `unicodedata.mirrored`: whether `c` is mirrored in right-to-left text (Bidi_Mirrored).
pub fn mirrored(c: char) -> bool {
    is_assigned(c) && CodePointSetData::new::<BidiMirrored>().contains(c)
}

/// `unicodedata.combining`: the canonical combining class (0 for starters).
pub fn combining(c: char) -> u8 {
    if !is_assigned(c) {
        return 0;
    }
    unicode_normalization::char::canonical_combining_class(c)
}

/// `unicodedata.decomposition`: the decomposition mapping as UnicodeData.txt writes it,
/// tag first (`"<compat> 0020 0308"`); empty when there is none (Hangul syllables, whose
/// decomposition is algorithmic, included).
pub fn decomposition(c: char) -> &'static str {
    let cp = c as u32;
    match DECOMPOSITIONS.binary_search_by_key(&cp, |&(k, _)| k) {
        Ok(i) => DECOMPOSITIONS[i].1,
        Err(_) => "",
    }
}

/// `unicodedata.decimal`: the value of a decimal digit of any script.
pub fn decimal(c: char) -> Option<u32> {
    decimal_value(c)
}

/// `unicodedata.digit`: the value of a digit (decimal digits, superscripts, circled
/// digits...).
pub fn digit(c: char) -> Option<u32> {
    if !is_digit(c) {
        return None;
    }
    match numeric_fraction(c) {
        Some((n, 1)) => u32::try_from(n).ok(),
        _ => None,
    }
}

/// `unicodedata.numeric`: the numeric value (`'½'` is 0.5, `'万'` 10000.0), computed as
/// CPython does: the numerator divided by the denominator in doubles.
pub fn numeric(c: char) -> Option<f64> {
    numeric_fraction(c).map(|(n, d)| n as f64 / f64::from(d))
}

/// `c`'s numeric value as a fraction `(numerator, denominator)`.
fn numeric_fraction(c: char) -> Option<(i64, u32)> {
    let cp = c as u32;
    let i = NUMERIC_VALUES.partition_point(|&(_, hi, _, _)| hi < cp);
    match NUMERIC_VALUES.get(i) {
        Some(&(lo, _, num, den)) if lo <= cp => Some((num + i64::from(cp - lo), den)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted() {
        for table in [ASSIGNED, UNASSIGNED_WIDE] {
            assert!(table.iter().all(|&(lo, hi)| lo <= hi));
            assert!(table.windows(2).all(|w| w[0].1 + 1 < w[1].0));
        }
        assert!(NUMERIC_VALUES
            .iter()
            .all(|&(lo, hi, _, d)| lo <= hi && d > 0));
        assert!(NUMERIC_VALUES.windows(2).all(|w| w[0].1 < w[1].0));
        assert!(DECOMPOSITIONS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn answers_as_unicode_15() {
        assert_eq!(category('A'), "Lu");
        assert_eq!(category('\u{378}'), "Cn");
        assert_eq!(category('\u{e000}'), "Co");
        // CJK Extension I (Unicode 15.1) is unassigned in CPython 3.12.
        assert_eq!(category('\u{2ebf0}'), "Cn");
        assert_eq!(bidirectional('\u{2ebf0}'), "");
        assert_eq!(east_asian_width('\u{2ebf0}'), "W");
        assert_eq!(east_asian_width('\u{378}'), "N");
        assert_eq!(bidirectional('\u{5d0}'), "R");
        assert_eq!(bidirectional('\u{301}'), "NSM");
        assert_eq!(east_asian_width('a'), "Na");
        assert_eq!(east_asian_width('\u{ff21}'), "F");
        assert!(mirrored('(') && !mirrored('a'));
        assert_eq!(combining('\u{301}'), 230);
        assert_eq!(decomposition('\u{a8}'), "<compat> 0020 0308");
        assert_eq!(decomposition('\u{ac00}'), "");
        assert_eq!(digit('\u{b2}'), Some(2));
        assert_eq!(digit('\u{bd}'), None);
        assert_eq!(numeric('\u{bd}'), Some(0.5));
        assert_eq!(numeric('\u{f33}'), Some(-0.5));
        assert_eq!(numeric('a'), None);
    }
}
