//! `unicodedata.normalize` and `is_normalized`: the four normalization forms of UAX #15,
//! from the `unicode-normalization` crate.
//!
//! The crate follows a newer Unicode than CPython 3.12's 15.0. Decompositions, compositions
//! and combining classes of assigned characters never change between versions, but a
//! character assigned since 15.0 may decompose or compose in the crate while CPython 3.12
//! leaves it alone (a starter that combines with nothing). So the text is normalized in
//! pieces between such characters, which stay as they are: a starter that combines with
//! nothing ends every reordering and composition, so the result is the same.

use unicode_normalization::{
    is_nfc_quick, is_nfd_quick, is_nfkc_quick, is_nfkd_quick, IsNormalized, UnicodeNormalization,
};

use super::properties::is_assigned;

/// A normalization form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// Canonical decomposition, then canonical composition.
    Nfc,
    /// Canonical decomposition.
    Nfd,
    /// Compatibility decomposition, then canonical composition.
    Nfkc,
    /// Compatibility decomposition.
    Nfkd,
}

impl Form {
    /// The form named `name` (`"NFC"`, `"NFD"`, `"NFKC"`, `"NFKD"`, in capitals).
    pub fn from_name(name: &str) -> Option<Form> {
        match name {
            "NFC" => Some(Form::Nfc),
            "NFD" => Some(Form::Nfd),
            "NFKC" => Some(Form::Nfkc),
            "NFKD" => Some(Form::Nfkd),
            _ => None,
        }
    }

    fn append(self, out: &mut String, piece: &str) {
        match self {
            Form::Nfc => out.extend(piece.nfc()),
            Form::Nfd => out.extend(piece.nfd()),
            Form::Nfkc => out.extend(piece.nfkc()),
            Form::Nfkd => out.extend(piece.nfkd()),
        }
    }

    fn quick_check(self, piece: &str) -> IsNormalized {
        let chars = piece.chars();
        match self {
            Form::Nfc => is_nfc_quick(chars),
            Form::Nfd => is_nfd_quick(chars),
            Form::Nfkc => is_nfkc_quick(chars),
            Form::Nfkd => is_nfkd_quick(chars),
        }
    }
}

/// The pieces of `s` between the characters unassigned in Unicode 15.0, each with the
/// unassigned character that ends it (`None` for the last).
fn pieces(s: &str) -> impl Iterator<Item = (&str, Option<char>)> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let text = rest?;
        match text.char_indices().find(|&(_, c)| !is_assigned(c)) {
            Some((i, c)) => {
                rest = Some(&text[i + c.len_utf8()..]);
                Some((&text[..i], Some(c)))
            }
            None => {
                rest = None;
                Some((text, None))
            }
        }
    })
}

/// The quick check of UAX #15 on all of `s`: `Yes` when `s` is certainly in `form`, `No`
/// when it certainly is not, `Maybe` when only normalizing tells.
pub fn quick_check(form: Form, s: &str) -> IsNormalized {
    let mut answer = IsNormalized::Yes;
    for (piece, _) in pieces(s) {
        match form.quick_check(piece) {
            IsNormalized::No => return IsNormalized::No,
            IsNormalized::Maybe => answer = IsNormalized::Maybe,
            IsNormalized::Yes => {}
        }
    }
    answer
}

/// `s` in normalization form `form`.
pub fn normalize(form: Form, s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (piece, end) in pieces(s) {
        form.append(&mut out, piece);
        out.extend(end);
    }
    out
}

/// Whether `s` is in normalization form `form`.
pub fn is_normalized(form: Form, s: &str) -> bool {
    match quick_check(form, s) {
        IsNormalized::Yes => true,
        IsNormalized::No => false,
        IsNormalized::Maybe => normalize(form, s) == s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert_eq!(normalize(Form::Nfc, "e\u{301}"), "\u{e9}");
        assert_eq!(normalize(Form::Nfd, "\u{e9}"), "e\u{301}");
        assert_eq!(normalize(Form::Nfkc, "\u{fb01}"), "fi");
        assert_eq!(normalize(Form::Nfkd, "\u{bd}"), "1\u{2044}2");
        assert_eq!(normalize(Form::Nfd, "\u{ac00}"), "\u{1100}\u{1161}");
        assert_eq!(normalize(Form::Nfc, "\u{1100}\u{1161}"), "\u{ac00}");
        assert!(is_normalized(Form::Nfc, "\u{e9}"));
        assert!(!is_normalized(Form::Nfc, "e\u{301}"));
        assert!(is_normalized(Form::Nfc, "x\u{300}"));
        assert_eq!(Form::from_name("nfc"), None);
    }

    /// Kirat Rai (Unicode 16.0) composes in the crate, not in CPython 3.12.
    #[test]
    fn characters_assigned_since_15_stay() {
        let s = "\u{16d63}\u{16d67}";
        assert_ne!(s.nfc().collect::<String>(), s);
        assert_eq!(normalize(Form::Nfc, s), s);
        assert!(is_normalized(Form::Nfc, s));
        assert_eq!(
            normalize(Form::Nfd, "a\u{301}\u{16d63}\u{316}\u{301}"),
            "a\u{301}\u{16d63}\u{316}\u{301}"
        );
        assert_eq!(
            normalize(Form::Nfc, "a\u{301}\u{2ebf0}e\u{301}"),
            "\u{e1}\u{2ebf0}\u{e9}"
        );
    }
}
