//! Backslash escapes in string literals, checked as CPython 3.12's string parser decodes them:
//! an unknown escape (`'\d'`) or an octal escape above `\377` gives a `SyntaxWarning`
//! (`invalid escape sequence '\d'`, `invalid octal escape sequence '\777'`); a malformed one
//! (`'\x4'`, `'\N{NOPE}'`, `b'\x4'`) is a `SyntaxError` (`(unicode error) 'unicodeescape'
//! codec can't decode bytes in position 0-2: truncated \xXX escape`, `(value error) invalid
//! \x escape at position 0`). ruff decodes the literals itself, silently or with messages of
//! its own, so this pass re-reads the string tokens.
//!
//! # When CPython decodes, hence in which order it warns
//!
//! CPython's parser decodes a plain literal as soon as it parses its token
//! (`_PyPegen_constant_from_string`), a format spec's literal text (`f"{x:\d}"`) likewise,
//! and an f-string's own literal parts when the whole f-string has been parsed
//! (`_PyPegen_joined_str`), after the literals nested in its replacement fields: so
//! `f"\d{f"\q"}\w"` warns `\q`, `\d`, `\w`. One warning per token (its first invalid
//! escape). These warnings come before any of the compiler's (`"is" with a literal`), and
//! when parsing fails, only the literals decoded before the failing token warn.
//!
//! Line numbers: a plain literal warns at the line where it starts, an f-string's literal
//! part at the line where that part ends (CPython's token positions).

use ruff_python_ast::str_prefix::AnyStringPrefix;
use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_ast::StringFlags;
use ruff_text_size::Ranged;

use crate::error::{ErrorKind, SyntaxError, SyntaxWarning};
use crate::lower::LineIndex;

/// What decoding one literal token finds (CPython decodes the whole token, so a malformed
/// escape anywhere wins over an invalid one before it).
#[derive(Debug, PartialEq, Eq)]
enum Finding {
    Fine,
    /// The message of the token's first invalid escape.
    Invalid(String),
    /// A malformed escape: the `SyntaxError` message.
    Malformed(String),
}

/// One decoded literal token.
struct Pending {
    finding: Finding,
    /// Where a warning is reported (1-based line).
    warn_line: u32,
    /// The byte range a `SyntaxError` points at.
    error_range: (usize, usize),
}

/// A nesting level of the token walk.
enum Level {
    /// An expression context (the module, or an f-string's replacement field) and its
    /// bracket depth.
    Expr { brackets: usize },
    /// Inside an f-string (raw or not), between its replacement fields, with its literal
    /// parts, decoded when it ends.
    FString { raw: bool, parts: Vec<Pending> },
}

/// Checks the escapes of the string tokens starting before byte `cutoff` (where parsing
/// failed), appending warnings in CPython's order. `complete`: the parser read all of the
/// input; otherwise f-strings still open at the cutoff were never decoded, unless one holds
/// a malformed escape (the error ruff stopped at).
pub(crate) fn check(
    source: &str,
    filename: &str,
    tokens: &[Token],
    cutoff: usize,
    complete: bool,
    warnings: &mut Vec<SyntaxWarning>,
) -> Result<(), SyntaxError> {
    let index = LineIndex::new(source);
    let mut out = Output {
        source,
        filename,
        index: &index,
        warnings,
    };
    let mut levels = vec![Level::Expr { brackets: 0 }];
    // The closing-quote offsets of the f-strings being walked (errors in their text).
    let mut fstring_ends: Vec<usize> = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let start = token.range().start().to_usize();
        if start >= cutoff {
            break;
        }
        match token.kind() {
            TokenKind::Comment | TokenKind::NonLogicalNewline => {}
            TokenKind::String => out.emit(literal(source, &index, token))?,
            TokenKind::FStringStart => {
                let raw = token.string_flags().is_some_and(|f| f.prefix().is_raw());
                levels.push(Level::FString {
                    raw,
                    parts: Vec::new(),
                });
                fstring_ends.push(matching_end(tokens, i));
            }
            TokenKind::FStringEnd => {
                if let Some(Level::FString { .. }) = levels.last() {
                    if let Some(Level::FString { parts, .. }) = levels.pop() {
                        for p in parts {
                            out.emit(p)?;
                        }
                    }
                    fstring_ends.pop();
                }
            }
            TokenKind::FStringMiddle => {
                let end = fstring_ends.last().copied().unwrap_or(start);
                // The innermost f-string: its own text, or (inside a replacement field) a
                // format spec, decoded at once.
                let in_field = matches!(levels.last(), Some(Level::Expr { .. }));
                let raw = levels.iter().rev().find_map(|l| match l {
                    Level::FString { raw, .. } => Some(*raw),
                    Level::Expr { .. } => None,
                });
                let pending = middle(source, &index, token, raw.unwrap_or(false), end);
                match levels.last_mut() {
                    Some(Level::FString { parts, .. }) => parts.push(pending),
                    _ if in_field => out.emit(pending)?,
                    _ => {}
                }
            }
            kind => {
                let nested = levels.len() > 1;
                match (kind, levels.last_mut()) {
                    (TokenKind::Lbrace, Some(Level::FString { .. })) => {
                        levels.push(Level::Expr { brackets: 0 })
                    }
                    (
                        TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace,
                        Some(Level::Expr { brackets }),
                    ) => *brackets += 1,
                    (
                        TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace,
                        Some(Level::Expr { brackets }),
                    ) if *brackets > 0 => *brackets -= 1,
                    // The end of a replacement field.
                    (TokenKind::Rbrace, Some(Level::Expr { .. })) if nested => {
                        levels.pop();
                    }
                    _ => {}
                }
            }
        }
    }
    // F-strings still open: ended by the end of input if complete; otherwise only a
    // malformed escape (what ruff failed on) is reported, after the warnings before it.
    for level in levels {
        if let Level::FString { parts, .. } = level {
            if complete
                || parts
                    .iter()
                    .any(|p| matches!(p.finding, Finding::Malformed(_)))
            {
                for p in parts {
                    out.emit(p)?;
                }
            }
        }
    }
    Ok(())
}

/// Where warnings go and errors are built.
struct Output<'a, 'w> {
    source: &'a str,
    filename: &'a str,
    index: &'a LineIndex<'a>,
    warnings: &'w mut Vec<SyntaxWarning>,
}

impl Output<'_, '_> {
    /// Report one decoded literal: its warning, or its error.
    fn emit(&mut self, p: Pending) -> Result<(), SyntaxError> {
        match p.finding {
            Finding::Fine => Ok(()),
            Finding::Invalid(message) => {
                self.warnings.push(SyntaxWarning {
                    filename: self.filename.to_string(),
                    lineno: p.warn_line,
                    message,
                });
                Ok(())
            }
            Finding::Malformed(msg) => {
                let (line, col) = self.index.position(p.error_range.0);
                let (end_line, end_col) = self.index.position(p.error_range.1);
                Err(SyntaxError::at(
                    ErrorKind::Syntax,
                    msg,
                    self.filename,
                    self.source,
                    line,
                    col + 1,
                    end_line,
                    end_col + 1,
                ))
            }
        }
    }
}

/// The `FStringEnd` closing the f-string whose `FStringStart` is `tokens[start]`.
fn matching_end(tokens: &[Token], start: usize) -> usize {
    let mut depth = 0usize;
    for t in &tokens[start..] {
        match t.kind() {
            TokenKind::FStringStart => depth += 1,
            TokenKind::FStringEnd => {
                depth -= 1;
                if depth == 0 {
                    return t.range().start().to_usize();
                }
            }
            _ => {}
        }
    }
    tokens
        .get(start)
        .map_or(0, |t| t.range().start().to_usize())
}

/// A plain literal token (`"..."`, `b'...'`, `r"""..."""`).
fn literal(source: &str, index: &LineIndex, token: &Token) -> Pending {
    let range = (
        token.range().start().to_usize(),
        token.range().end().to_usize(),
    );
    let warn_line = index.position(range.0).0;
    let Some(flags) = token.string_flags() else {
        return Pending {
            finding: Finding::Fine,
            warn_line,
            error_range: range,
        };
    };
    let prefix = flags.prefix();
    let text = &source[range.0..range.1];
    let quotes = if flags.is_triple_quoted() { 3 } else { 1 };
    let body_start = prefix.as_str().len() + quotes;
    let closed = !flags.is_unclosed();
    let body_end = if closed {
        text.len().saturating_sub(quotes)
    } else {
        text.len()
    };
    let finding = match text.get(body_start..body_end.max(body_start)) {
        Some(body) if !prefix.is_raw() => {
            let bytes = matches!(prefix, AnyStringPrefix::Bytes(_));
            scan(body, bytes, None)
        }
        _ => Finding::Fine,
    };
    Pending {
        finding,
        warn_line,
        error_range: range,
    }
}

/// An f-string's literal text (`FStringMiddle`): warns at the line where it ends; an error
/// points at the f-string's closing quote, as CPython's does.
fn middle(source: &str, index: &LineIndex, token: &Token, raw: bool, end: usize) -> Pending {
    let (start, stop) = (
        token.range().start().to_usize(),
        token.range().end().to_usize(),
    );
    let warn_line = index.position(stop).0;
    let finding = if raw {
        Finding::Fine
    } else {
        // A backslash ending the text escapes the `{` or `}` after it.
        scan(&source[start..stop], false, source[stop..].chars().next())
    };
    Pending {
        finding,
        warn_line,
        error_range: (end, end + 1),
    }
}

/// CPython's decoding of a literal's body (`decode_unicode_with_escapes` for str,
/// `_PyBytes_DecodeEscape` for bytes): the first invalid escape, or a malformed one.
/// `after`: the character following the body (an f-string's `{`/`}`).
fn scan(body: &str, bytes: bool, after: Option<char>) -> Finding {
    if !body.contains('\\') {
        return Finding::Fine;
    }
    let chars: Vec<char> = body.chars().collect();
    // The position in CPython's decoding buffer: for str, every non-ASCII character
    // is first rewritten as a 10-byte `\UXXXXXXXX` escape.
    let width = |c: char| if c.is_ascii() { 1 } else { 10 };
    let mut first_invalid: Option<String> = None;
    let mut pos = 0usize;
    let mut i = 0usize;
    while i < chars.len() {
        let c = chars[i];
        if c != '\\' {
            pos += width(c);
            i += 1;
            continue;
        }
        let start = pos;
        i += 1;
        pos += 1;
        let Some(&e) = chars.get(i) else {
            if let Some(brace @ ('{' | '}')) = after {
                first_invalid.get_or_insert_with(|| invalid_message(brace));
            }
            break;
        };
        if !e.is_ascii() {
            // A backslash before a non-ASCII character stays a backslash (`\u005c`).
            pos += 5;
            continue;
        }
        i += 1;
        pos += 1;
        match e {
            '\n' | '\r' | '\\' | '\'' | '"' | 'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' => {}
            '0'..='7' => {
                let mut digits = e.to_string();
                while digits.len() < 3 && chars.get(i).is_some_and(|d| ('0'..='7').contains(d)) {
                    digits.push(chars[i]);
                    i += 1;
                    pos += 1;
                }
                if u32::from_str_radix(&digits, 8).unwrap_or(0) > 0o377 {
                    first_invalid.get_or_insert_with(|| {
                        format!("invalid octal escape sequence '\\{digits}'")
                    });
                }
            }
            'x' if bytes => {
                let hex = |k: usize| chars.get(i + k).is_some_and(char::is_ascii_hexdigit);
                if !(hex(0) && hex(1)) {
                    return Finding::Malformed(format!(
                        "(value error) invalid \\x escape at position {start}"
                    ));
                }
                i += 2;
                pos += 2;
            }
            'x' | 'u' | 'U' if !bytes => {
                let (count, what) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut value = 0u32;
                for _ in 0..count {
                    match chars.get(i).and_then(|d| d.to_digit(16)) {
                        Some(d) => {
                            value = value.wrapping_mul(16).wrapping_add(d);
                            i += 1;
                            pos += 1;
                        }
                        None => return unicode_error(start, pos, what),
                    }
                }
                if value > 0x10ffff {
                    return unicode_error(start, pos, "illegal Unicode character");
                }
            }
            'N' if !bytes => {
                const MALFORMED: &str = "malformed \\N character escape";
                if chars.get(i) != Some(&'{') {
                    return unicode_error(start, pos, MALFORMED);
                }
                i += 1;
                pos += 1;
                let name_start = i;
                while chars.get(i).is_some_and(|&d| d != '}') {
                    pos += width(chars[i]);
                    i += 1;
                }
                if i >= chars.len() || i == name_start {
                    return unicode_error(start, pos, MALFORMED);
                }
                let name: String = chars[name_start..i].iter().collect();
                i += 1;
                pos += 1;
                if unicode_names2::character(&name).is_none() {
                    return unicode_error(start, pos, "unknown Unicode character name");
                }
            }
            other => {
                first_invalid.get_or_insert_with(|| invalid_message(other));
            }
        }
    }
    match first_invalid {
        Some(message) => Finding::Invalid(message),
        None => Finding::Fine,
    }
}

fn invalid_message(c: char) -> String {
    format!("invalid escape sequence '\\{c}'")
}

/// The `unicodeescape` codec's error for the escape at buffer positions `start..end`.
fn unicode_error(start: usize, end: usize, what: &str) -> Finding {
    Finding::Malformed(format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{}: {what}",
        end.saturating_sub(1).max(start)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_invalid_escape_of_a_body() {
        assert_eq!(
            scan(r"\d\q", false, None),
            Finding::Invalid(r"invalid escape sequence '\d'".into())
        );
        assert_eq!(scan(r"\n\t\\\'", false, None), Finding::Fine);
        assert_eq!(
            scan(r"\400\d", false, None),
            Finding::Invalid(r"invalid octal escape sequence '\400'".into())
        );
        assert_eq!(scan(r"\0777", false, None), Finding::Fine);
        assert_eq!(
            scan(r"\N", true, None),
            Finding::Invalid(r"invalid escape sequence '\N'".into())
        );
        assert_eq!(scan("\\é", false, None), Finding::Fine);
        assert_eq!(
            scan("\\", false, Some('{')),
            Finding::Invalid(r"invalid escape sequence '\{'".into())
        );
    }

    #[test]
    fn malformed_escapes_are_errors() {
        let err = |s: &str, bytes| match scan(s, bytes, None) {
            Finding::Malformed(m) => m,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            err(r"\d\x4", false),
            r"(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \xXX escape"
        );
        assert!(err("é\\x4", false).contains("position 10-12"));
        assert!(err(r"\N{NOPE}", false).ends_with("position 0-7: unknown Unicode character name"));
        assert!(err(r"\U00110000", false).ends_with("position 0-9: illegal Unicode character"));
        assert_eq!(
            err(r"ab\x4", true),
            r"(value error) invalid \x escape at position 2"
        );
        assert_eq!(
            scan(r"\N{LATIN SMALL LETTER A}", false, None),
            Finding::Fine
        );
    }
}
