//! Source text → IR: a cheap bracket/string pre-scan, ruff's parser, then [`crate::lower`].
//!
//! # Why a pre-scan
//!
//! CPython's tokenizer reports some errors before its parser runs, with messages people know
//! (`'(' was never closed`, `unmatched ')'`, `unterminated string literal (detected at line 3)`,
//! `too many nested parentheses`). ruff's messages differ, so `prescan` re-derives these from the
//! raw text in one linear pass with no recursion. Its findings are only trusted when ruff also
//! rejects the source (the scan does not understand 3.12's nested f-string quotes, so it could
//! misread a valid file), except the two *limits* — more than 200 open brackets and more than 100
//! indentation levels — which CPython enforces on valid code too.
//!
//! # Why nothing here can overflow the stack
//!
//! * ruff's parser grows its own stack on the heap (`stacker`) when it recurses deeply.
//! * [`crate::lower`] stops at [`crate::lower::MAX_DEPTH`] levels, so every later pass recurses a
//!   bounded number of times (and calls `stacker::maybe_grow` as well, so small thread stacks are
//!   fine).
//! * ruff's tree can still be arbitrarily deep when parsing failed or the depth limit was hit, and
//!   Rust's drop glue is recursive. Such a tree is dropped inside `stacker::grow` on a fresh stack
//!   sized from the source length (each nesting level needs at least one byte of source).

use ruff_python_ast::token::TokenKind;
use ruff_python_ast::{Expr as RuffExpr, Mod, PythonVersion};
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, Mode as RuffMode, ParseError, ParseErrorType,
    ParseOptions, UnsupportedSyntaxErrorKind,
};
use ruff_text_size::TextRange;

use crate::equals_hint;
use crate::error::{ErrorKind, SyntaxError, SyntaxWarning};
use crate::ir::{Expr, Stmt};
use crate::lower::{LineIndex, Lowerer};
use crate::number_tokens::{scan_number, NumberIssue};

/// What the source is parsed as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: a sequence of statements (`exec`).
    Exec,
    /// A single expression; the code object returns its value (`eval`).
    Eval,
    /// One interactive statement; expression statements print their value (`single`).
    Single,
}

/// A parsed source, lowered to IR.
#[derive(Debug)]
pub enum Parsed {
    /// Statements (modes `Exec` and `Single`).
    Module(Vec<Stmt>),
    /// One expression (mode `Eval`).
    Expression(Expr),
}

/// CPython's tokenizer limit on open brackets (`MAXLEVEL`).
const MAX_BRACKETS: usize = 200;
/// CPython's tokenizer limit on indentation levels (`MAXINDENT`).
const MAX_INDENT: usize = 100;

/// Parses and lowers `source`.
pub fn parse(source: &str, filename: &str, mode: Mode) -> Result<Parsed, SyntaxError> {
    parse_with_warnings(source, filename, mode, &mut Vec::new())
}

/// ruff's tree of `source` once every error CPython's tokenizer and parser report has
/// been ruled out (what `ast.parse` needs: no lowering, so no compiler-stage errors), the
/// parser's `SyntaxWarning`s (invalid escape sequences, see [`crate::escapes`]) appended to
/// `warnings`, also when it fails: CPython prints the warnings of the literals it decoded
/// before the error. A tree that may be deep must be dropped with [`drop_deep`].
pub fn parse_tree(
    source: &str,
    filename: &str,
    mode: Mode,
    warnings: &mut Vec<SyntaxWarning>,
) -> Result<Mod, SyntaxError> {
    let scan = prescan(source);
    let err_at = |kind: ErrorKind, msg: String, (l, c): (u32, u32), end: Option<(u32, u32)>| {
        let (el, ec) = end.unwrap_or((l, c + 1));
        SyntaxError::at(kind, msg, filename, source, l, c + 1, el, ec + 1)
    };
    if let Some(limit) = &scan.limit {
        if limit.kind == ErrorKind::Tab {
            // CPython prints the line without a caret.
            let (l, _) = limit.at;
            return Err(SyntaxError::at(
                limit.kind,
                limit.msg.clone(),
                filename,
                source,
                l,
                0,
                l,
                0,
            ));
        }
        return Err(err_at(limit.kind, limit.msg.clone(), limit.at, None));
    }
    let ruff_mode = match mode {
        Mode::Exec | Mode::Single => RuffMode::Module,
        Mode::Eval => RuffMode::Expression,
    };
    let options = ParseOptions::from(ruff_mode).with_target_version(PythonVersion::PY312);
    let parsed = ruff_python_parser::parse_unchecked(source, options);
    let first_error: Option<ParseError> = parsed.errors().first().cloned();
    let unsupported = parsed.unsupported_syntax_errors().first().map(|u| {
        // `except A, B:` is new in 3.14; CPython 3.12's own message has no version talk.
        let msg = match u.kind {
            UnsupportedSyntaxErrorKind::UnparenthesizedExceptionTypes => {
                "multiple exception types must be parenthesized".to_string()
            }
            // `[*a for a in b]` is new in 3.15; to 3.12 it is an error of its own.
            UnsupportedSyntaxErrorKind::UnpackingInComprehension(_) => {
                if source
                    .get(u.range.to_std_range())
                    .is_some_and(|t| t.starts_with("**"))
                {
                    // CPython marks the `**` only.
                    let range = TextRange::at(u.range.start(), 2.into());
                    return (
                        "dict unpacking cannot be used in dict comprehension".into(),
                        range,
                    );
                }
                "iterable unpacking cannot be used in comprehension".to_string()
            }
            _ => u.to_string(),
        };
        (msg, u.range)
    });
    // Which error CPython reports, if any, and how far its parser got before it (the
    // literals decoded by then are the ones whose escapes it warns about).
    let mut tokenizer_error = None;
    let failed_at = match &first_error {
        Some(error) => {
            // CPython's parser reads an invalid target or argument list whole before it
            // reports it; anything else fails at the token where ruff's error starts.
            let whole_expression = matches!(
                error.error,
                ParseErrorType::InvalidAssignmentTarget
                    | ParseErrorType::InvalidDeleteTarget
                    | ParseErrorType::InvalidAugmentedAssignmentTarget
                    | ParseErrorType::InvalidNamedAssignmentTarget
                    | ParseErrorType::UnparenthesizedGeneratorExpression
                    | ParseErrorType::PositionalAfterKeywordArgument
                    | ParseErrorType::PositionalAfterKeywordUnpacking
                    | ParseErrorType::InvalidArgumentUnpackingOrder
            ) || matches!(&error.error, ParseErrorType::OtherError(m) if m.starts_with("Bytes literal"));
            let mut failed_at = if whole_expression {
                error.location.end().to_usize()
            } else {
                error.location.start().to_usize()
            };
            if let Some(tok) = scan.error {
                // CPython reports an unclosed bracket when parsing ran into the end of the
                // input or failed on a later line than the bracket (its full-source tokenizer
                // check); other tokenizer errors anywhere in the file win over parser errors.
                let at_eof = error.location.start().to_usize() >= source.trim_end().len();
                let error_line = LineIndex::new(source).loc(error.location).line;
                if !tok.unclosed || at_eof || error_line > tok.at.0 {
                    failed_at = if tok.unclosed && at_eof {
                        // The parser read everything: the end of input is what failed.
                        source.len() + 1
                    } else {
                        offset_of(source, tok.at)
                    };
                    tokenizer_error = Some(tok);
                }
            }
            Some(failed_at)
        }
        None => unsupported
            .as_ref()
            .map(|(_, range)| range.end().to_usize()),
    };
    let first_new_warning = warnings.len();
    let escapes = if source.contains('\\') {
        // Past the end: the parser read all of the input.
        let cutoff = failed_at.unwrap_or(source.len() + 1);
        crate::escapes::check(
            source,
            filename,
            parsed.tokens(),
            cutoff,
            cutoff > source.len(),
            warnings,
        )
    } else {
        Ok(())
    };
    // The tokenizer warns as it reads, the string parser as it decodes each literal: in
    // source order, line by line.
    warnings.extend(scan.warnings.iter().map(|(line, msg)| SyntaxWarning {
        filename: filename.to_string(),
        lineno: *line,
        message: msg.clone(),
    }));
    warnings[first_new_warning..].sort_by_key(|w| w.lineno);
    let tree = parsed.into_syntax();
    if let Some(error) = first_error {
        drop_deep(tree, source.len());
        if let Some(tok) = tokenizer_error {
            return Err(err_at(tok.kind, tok.msg, tok.at, tok.end));
        }
        // A malformed escape (`'\x4'`) is what ruff failed on, in CPython's words.
        escapes?;
        return Err(map_ruff_error(&error, source, filename));
    }
    if let Err(e) = escapes {
        drop_deep(tree, source.len());
        return Err(e);
    }
    if let Some((msg, range)) = unsupported {
        drop_deep(tree, source.len());
        let index = LineIndex::new(source);
        let loc = index.loc(range);
        return Err(err_at(
            ErrorKind::Syntax,
            msg,
            (loc.line, loc.col),
            Some((loc.end_line, loc.end_col)),
        ));
    }
    Ok(tree)
}

/// Parses and lowers `source`, with the parser's warnings appended to `warnings`.
pub fn parse_with_warnings(
    source: &str,
    filename: &str,
    mode: Mode,
    warnings: &mut Vec<SyntaxWarning>,
) -> Result<Parsed, SyntaxError> {
    let tree = parse_tree(source, filename, mode, warnings)?;
    let mut lowerer = Lowerer::new(source, filename);
    let result = match &tree {
        Mod::Module(m) => lowerer.module(&m.body).map(Parsed::Module),
        Mod::Expression(e) => lowerer.expr(&e.body).map(Parsed::Expression),
    };
    if lowerer.too_deep {
        drop_deep(tree, source.len());
    }
    if let Err(e) = &result {
        // CPython's parser finds these errors (invalid targets and the like) as it goes:
        // literals after the error are not decoded.
        warnings.retain(|w| w.lineno <= e.lineno);
    }
    result
}

/// The byte length of the name, number or operator token at `at` (None for anything else:
/// strings keep ruff's range).
fn first_token_len(source: &str, at: usize) -> Option<usize> {
    const OPERATORS: [&str; 47] = [
        "**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//",
        "/=", ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=", "!", "%", "&", "(", ")", "*",
        "+", ",", "-", ".", "/", ":", ";", "<", "=", ">", "@", "[", "]", "^", "{", "|", "}",
    ];
    let rest = source.get(at..)?;
    let first = rest.chars().next()?;
    if first == '.' && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
        // A float like `.1`.
        let len = rest[1..]
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
            .map_or(rest.len(), |n| n + 1);
        return Some(len);
    }
    if first.is_alphanumeric() || first == '_' {
        let word =
            |c: char| c.is_alphanumeric() || c == '_' || (first.is_ascii_digit() && c == '.');
        let len = rest.find(|c: char| !word(c)).unwrap_or(rest.len());
        // A string prefix (`b"..."`, `rf'...'`) starts a string, not a name.
        if rest[len..].starts_with(['"', '\'']) {
            return None;
        }
        return Some(len);
    }
    OPERATORS
        .iter()
        .find(|op| rest.starts_with(*op))
        .map(|op| op.len())
}

/// The byte offset of a (1-based line, 0-based character column) position.
fn offset_of(source: &str, (line, col): (u32, u32)) -> usize {
    let line_start: usize = source
        .split_inclusive('\n')
        .take(line.saturating_sub(1) as usize)
        .map(str::len)
        .sum();
    let rest = &source[line_start..];
    rest.char_indices()
        .nth(col as usize)
        .map_or(source.len(), |(i, _)| line_start + i)
}

/// Drops a possibly very deep ruff tree on a temporary stack big enough for its drop glue.
pub fn drop_deep(tree: Mod, source_len: usize) {
    const PER_BYTE: usize = 512;
    let size = source_len.saturating_mul(PER_BYTE).clamp(1 << 20, 1 << 31);
    stacker::grow(size, move || drop(tree));
}

/// An error found by [`prescan`], with 1-based line and 0-based character column.
#[derive(Debug)]
struct ScanError {
    /// An unclosed bracket at the end of input (reported only if parsing failed at the end).
    unclosed: bool,
    kind: ErrorKind,
    msg: String,
    at: (u32, u32),
    end: Option<(u32, u32)>,
}

#[derive(Debug, Default)]
struct Scan {
    /// A CPython limit was exceeded: reported even if ruff accepts the source.
    limit: Option<ScanError>,
    /// The first tokenizer-level error (or an unclosed bracket at end of input).
    error: Option<ScanError>,
    /// The tokenizer's `SyntaxWarning`s (a keyword glued to a number): (line, message).
    warnings: Vec<(u32, String)>,
}

/// One linear pass over the text: strings, comments, brackets, numbers and indentation depth.
fn prescan(src: &str) -> Scan {
    let mut scan = Scan::default();
    let chars: Vec<char> = src.chars().collect();
    let mut i = 0;
    let (mut line, mut col) = (1u32, 0u32);
    // Open brackets: (char, line, col).
    let mut stack: Vec<(char, u32, u32)> = Vec::new();
    // Indentation levels: (width with tabs to 8, width with tabs as 1).
    let mut indents: Vec<(usize, usize)> = vec![(0, 0)];
    let mut at_line_start = true;
    let set_err = |scan: &mut Scan, e: ScanError| {
        if scan.error.is_none() {
            scan.error = Some(e);
        }
    };
    while i < chars.len() {
        let c = chars[i];
        if at_line_start {
            at_line_start = false;
            // Measure indentation of a logical line start (outside brackets) twice, as
            // CPython's tokenizer does: tabs to multiples of 8 (`width`) and as 1 column
            // (`alt`). Comparing the two catches inconsistent tabs/spaces (TabError).
            let mut j = i;
            let (mut width, mut alt) = (0usize, 0usize);
            while j < chars.len() && (chars[j] == ' ' || chars[j] == '\t' || chars[j] == '\x0c') {
                match chars[j] {
                    '\t' => {
                        width = (width / 8 + 1) * 8;
                        alt += 1;
                    }
                    ' ' => {
                        width += 1;
                        alt += 1;
                    }
                    _ => (width, alt) = (0, 0),
                }
                j += 1;
            }
            let blank = j >= chars.len() || matches!(chars[j], '\n' | '\r' | '#' | '\\');
            if stack.is_empty() && !blank {
                let &(top, top_alt) = indents.last().unwrap_or(&(0, 0));
                let inconsistent;
                if width == top {
                    inconsistent = alt != top_alt;
                } else if width > top {
                    inconsistent = alt <= top_alt;
                    indents.push((width, alt));
                    if indents.len() > MAX_INDENT + 1 && scan.limit.is_none() {
                        scan.limit = Some(ScanError {
                            unclosed: false,
                            kind: ErrorKind::Indentation,
                            msg: "too many levels of indentation".into(),
                            at: (line, width as u32),
                            end: None,
                        });
                    }
                } else {
                    while indents.len() > 1 && width < indents.last().map_or(0, |t| t.0) {
                        indents.pop();
                    }
                    let &(top, top_alt) = indents.last().unwrap_or(&(0, 0));
                    // A width matching no level is ruff's "unindent does not match" error.
                    inconsistent = width == top && alt != top_alt;
                }
                if inconsistent && scan.limit.is_none() {
                    scan.limit = Some(ScanError {
                        unclosed: false,
                        kind: ErrorKind::Tab,
                        msg: "inconsistent use of tabs and spaces in indentation".into(),
                        at: (line, 0),
                        end: None,
                    });
                }
            }
            col += (j - i) as u32;
            i = j;
            continue;
        }
        match c {
            '\n' => {
                line += 1;
                col = 0;
                i += 1;
                at_line_start = true;
                continue;
            }
            '#' => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                    col += 1;
                }
                continue;
            }
            '\\' if chars.get(i + 1) == Some(&'\n') => {
                i += 2;
                line += 1;
                col = 0;
                continue;
            }
            '"' | '\'' => {
                let (start_line, start_col) = (line, col);
                // Include an alphabetic prefix (r, b, f, rb...) in the reported column.
                let mut pstart = i;
                while pstart > 0 && chars[pstart - 1].is_ascii_alphabetic() && i - pstart < 2 {
                    pstart -= 1;
                }
                let err_col = start_col.saturating_sub((i - pstart) as u32);
                let triple = chars.get(i + 1) == Some(&c) && chars.get(i + 2) == Some(&c);
                let qlen = if triple { 3 } else { 1 };
                i += qlen;
                col += qlen as u32;
                let mut closed = false;
                while i < chars.len() {
                    let d = chars[i];
                    if d == '\\' && i + 1 < chars.len() {
                        // Skip the escaped character (in raw strings too: r"\"" does not end).
                        if chars.get(i + 1) == Some(&'\n') {
                            line += 1;
                            col = 0;
                        } else {
                            col += 2;
                        }
                        i += 2;
                        continue;
                    }
                    if d == '\n' {
                        if !triple {
                            break;
                        }
                        line += 1;
                        col = 0;
                        i += 1;
                        continue;
                    }
                    if d == c
                        && (!triple
                            || (chars.get(i + 1) == Some(&c) && chars.get(i + 2) == Some(&c)))
                    {
                        i += qlen;
                        col += qlen as u32;
                        closed = true;
                        break;
                    }
                    i += 1;
                    col += 1;
                }
                if !closed {
                    // CPython counts the line holding the end of input, not a final empty one.
                    let detected = if triple {
                        line - u32::from(line > start_line && src.ends_with('\n'))
                    } else {
                        start_line
                    };
                    let is_f = chars[pstart..i].iter().any(|c| matches!(c, 'f' | 'F'));
                    let kind = if is_f { "f-string" } else { "string" };
                    let msg = if triple {
                        format!("unterminated triple-quoted {kind} literal (detected at line {detected})")
                    } else {
                        format!("unterminated {kind} literal (detected at line {detected})")
                    };
                    set_err(
                        &mut scan,
                        ScanError {
                            unclosed: false,
                            kind: ErrorKind::Syntax,
                            msg,
                            at: (start_line, err_col),
                            end: None,
                        },
                    );
                    // CPython stops tokenizing here.
                    return scan;
                }
                continue;
            }
            '(' | '[' | '{' => {
                if stack.len() >= MAX_BRACKETS && scan.limit.is_none() {
                    scan.limit = Some(ScanError {
                        unclosed: false,
                        kind: ErrorKind::Syntax,
                        msg: "too many nested parentheses".into(),
                        at: (line, col),
                        end: None,
                    });
                }
                stack.push((c, line, col));
            }
            ')' | ']' | '}' => match stack.pop() {
                None => set_err(
                    &mut scan,
                    ScanError {
                        unclosed: false,
                        kind: ErrorKind::Syntax,
                        msg: format!("unmatched '{c}'"),
                        at: (line, col),
                        end: None,
                    },
                ),
                Some((open, oline, _)) => {
                    let expected = match open {
                        '(' => ')',
                        '[' => ']',
                        _ => '}',
                    };
                    if expected != c {
                        let msg = if oline != line {
                            format!("closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {oline}")
                        } else {
                            format!("closing parenthesis '{c}' does not match opening parenthesis '{open}'")
                        };
                        set_err(
                            &mut scan,
                            ScanError {
                                unclosed: false,
                                kind: ErrorKind::Syntax,
                                msg,
                                at: (line, col),
                                end: None,
                            },
                        );
                    }
                }
            },
            c if c.is_alphabetic() || c == '_' || !c.is_ascii() => {
                // A name: the digits in it are no number.
                while i < chars.len()
                    && (chars[i].is_alphanumeric() || chars[i] == '_' || !chars[i].is_ascii())
                {
                    i += 1;
                    col += 1;
                }
                continue;
            }
            c if c.is_ascii_digit()
                || (c == '.' && chars.get(i + 1).is_some_and(char::is_ascii_digit)) =>
            {
                let (end, issue) = scan_number(&chars, i);
                let col_of = |k: usize| col + (k - i) as u32;
                match issue {
                    Some(NumberIssue::Error { msg, at, end }) => {
                        set_err(
                            &mut scan,
                            ScanError {
                                unclosed: false,
                                kind: ErrorKind::Syntax,
                                msg,
                                at: (line, col_of(at)),
                                end: end.map(|e| (line, col_of(e))),
                            },
                        );
                        // CPython stops tokenizing here.
                        return scan;
                    }
                    Some(NumberIssue::Warning(msg)) => scan.warnings.push((line, msg)),
                    None => {}
                }
                col = col_of(end);
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
        col += 1;
    }
    if let Some(&(open, l, c)) = stack.last() {
        set_err(
            &mut scan,
            ScanError {
                unclosed: true,
                kind: ErrorKind::Syntax,
                msg: format!("'{open}' was never closed"),
                at: (l, c),
                end: None,
            },
        );
    }
    scan
}

/// Translates ruff's first error into CPython's wording where a common case is recognisable;
/// everything else becomes CPython's generic `invalid syntax` at ruff's position.
fn map_ruff_error(error: &ParseError, source: &str, filename: &str) -> SyntaxError {
    let index = LineIndex::new(source);
    let loc = index.loc(error.location);
    let mk = |kind: ErrorKind, msg: &str, range: TextRange| {
        let l = index.loc(range);
        SyntaxError::at(
            kind,
            msg,
            filename,
            source,
            l.line,
            l.col + 1,
            l.end_line,
            l.end_col + 1,
        )
    };
    let line_text = source
        .split_inclusive('\n')
        .nth(loc.line as usize - 1)
        .unwrap_or("");
    // A `=` where an expression goes.
    let equals_hint = match &error.error {
        ParseErrorType::ExpectedToken {
            found: TokenKind::Equal,
            ..
        } => equals_hint::named_expression_hint(source, error.location.start().to_usize()),
        ParseErrorType::OtherError(m) if m.starts_with("Expected an expression or a ") => {
            equals_hint::named_expression_hint(source, error.location.start().to_usize())
        }
        ParseErrorType::OtherError(m) if m == "Expected a parameter name" => {
            equals_hint::keyword_argument_hint(source, error.location)
        }
        _ => equals_hint::keyword_genexp_hint(source, error.location.start().to_usize()),
    };
    if let Some((msg, range)) = equals_hint {
        return mk(ErrorKind::Syntax, &msg, range);
    }
    // CPython points a bare "invalid syntax" at the one token where parsing failed.
    let generic = || {
        let start = error.location.start();
        let range = match first_token_len(source, start.to_usize()) {
            Some(len) => TextRange::at(start, ruff_text_size::TextSize::new(len as u32)),
            None => error.location,
        };
        mk(ErrorKind::Syntax, "invalid syntax", range)
    };
    match &error.error {
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            let len = line_text.trim_end_matches(['\n', '\r']).chars().count() as u32;
            SyntaxError::at(
                ErrorKind::Indentation,
                "unindent does not match any outer indentation level",
                filename,
                source,
                loc.line,
                len + 1,
                loc.line,
                len + 1,
            )
        }
        ParseErrorType::UnexpectedIndentation => SyntaxError::at(
            ErrorKind::Indentation,
            "unexpected indent",
            filename,
            source,
            loc.line,
            0,
            loc.line,
            0,
        ),
        ParseErrorType::Lexical(LexicalErrorType::InvalidByteLiteral) => {
            // Point at the whole literal, as CPython does: back to the prefix, on to the quote.
            let text = line_text.trim_end_matches(['\n', '\r']);
            let col = loc.col as usize;
            let chars: Vec<char> = text.chars().collect();
            let mut start = col.min(chars.len());
            while start > 0 && !matches!(chars[start - 1], '"' | '\'') {
                start -= 1;
            }
            let quote = if start > 0 { chars[start - 1] } else { '"' };
            let mut begin = start.saturating_sub(1);
            while begin > 0 && chars[begin - 1].is_ascii_alphabetic() {
                begin -= 1;
            }
            let mut end = col.min(chars.len());
            while end < chars.len() && chars[end] != quote {
                end += 1;
            }
            let end = (end + 1).min(chars.len());
            SyntaxError::at(
                ErrorKind::Syntax,
                "bytes can only contain ASCII literal characters",
                filename,
                source,
                loc.line,
                begin as u32 + 1,
                loc.line,
                end as u32 + 1,
            )
        }
        ParseErrorType::FStringError(InterpolatedStringErrorType::UnclosedLbrace)
        | ParseErrorType::Lexical(LexicalErrorType::FStringError(
            InterpolatedStringErrorType::UnclosedLbrace,
        )) => mk(ErrorKind::Syntax, "f-string: expecting '}'", error.location),
        ParseErrorType::FStringError(InterpolatedStringErrorType::InvalidConversionFlag)
        | ParseErrorType::Lexical(LexicalErrorType::FStringError(
            InterpolatedStringErrorType::InvalidConversionFlag,
        )) => {
            let text = source
                .get(usize::from(error.location.start())..usize::from(error.location.end()))
                .unwrap_or("");
            let msg = if text.is_empty() || text.starts_with(['}', ':']) {
                "f-string: missing conversion character".to_string()
            } else {
                format!(
                    "f-string: invalid conversion character '{text}': expected 's', 'r', or 'a'"
                )
            };
            mk(ErrorKind::Syntax, &msg, error.location)
        }
        ParseErrorType::FStringError(
            InterpolatedStringErrorType::ConversionFlagNotImmediatelyAfterExclamation,
        )
        | ParseErrorType::Lexical(LexicalErrorType::FStringError(
            InterpolatedStringErrorType::ConversionFlagNotImmediatelyAfterExclamation,
        )) => {
            // CPython marks from the `!` to the conversion character.
            let start = source
                .get(..usize::from(error.location.start()))
                .and_then(|s| s.rfind('!'))
                .unwrap_or(usize::from(error.location.start()));
            // ... through the spaces and the name after it.
            let after = source.get(start + 1..).unwrap_or("");
            let spaces = after.len() - after.trim_start().len();
            let name = after[spaces..]
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(after.len() - spaces);
            let size = |n: usize| ruff_text_size::TextSize::try_from(n).ok();
            let range = match (size(start), size(start + 1 + spaces + name)) {
                (Some(s), Some(e)) => TextRange::new(s, e),
                _ => error.location,
            };
            mk(
                ErrorKind::Syntax,
                // CPython's spelling.
                "f-string: conversion type must come right after the exclamanation mark",
                range,
            )
        }
        ParseErrorType::FStringError(InterpolatedStringErrorType::SingleRbrace)
        | ParseErrorType::Lexical(LexicalErrorType::FStringError(
            InterpolatedStringErrorType::SingleRbrace,
        )) => mk(
            ErrorKind::Syntax,
            "f-string: single '}' is not allowed",
            error.location,
        ),
        ParseErrorType::PositionalAfterKeywordArgument => {
            // CPython points just past the offending argument.
            let end = TextRange::empty(error.location.end());
            mk(
                ErrorKind::Syntax,
                "positional argument follows keyword argument",
                end,
            )
        }
        ParseErrorType::InvalidAssignmentTarget
            if source
                .get(error.location.to_std_range())
                .is_some_and(|t| t.starts_with("yield"))
                && !source
                    .get(..error.location.start().to_usize())
                    .unwrap_or("")
                    .trim_end()
                    .ends_with('(') =>
        {
            mk(
                ErrorKind::Syntax,
                "assignment to yield expression not possible",
                error.location,
            )
        }
        ParseErrorType::InvalidAssignmentTarget => {
            let what = describe_source_expr(source, error.location);
            // (ruff's range of a parenthesized target leaves out the parentheses.)
            let after = source
                .get(error.location.end().to_usize()..)
                .unwrap_or("")
                .trim_start_matches([' ', '\t', ')']);
            // CPython's `invalid_named_expression` rule: not for lists, tuples, generator
            // expressions and the three singletons, and only for `target = value` alone (not
            // a later target of `a = b = c`, nor a first one followed by another `=`).
            let plain = matches!(
                what,
                "list" | "tuple" | "generator expression" | "True" | "False" | "None"
            ) || follows_assignment(source, error.location.start().to_usize())
                || after
                    .strip_prefix('=')
                    .is_some_and(|rest| !rest.starts_with('=') && another_assignment(rest));
            let msg = if !plain && after.starts_with('=') && !after.starts_with("==") {
                format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
            } else {
                format!("cannot assign to {what}")
            };
            mk(ErrorKind::Syntax, &msg, error.location)
        }
        ParseErrorType::InvalidArgumentUnpackingOrder => mk(
            ErrorKind::Syntax,
            "iterable argument unpacking follows keyword argument unpacking",
            TextRange::at(error.location.start(), 1.into()),
        ),
        ParseErrorType::UnparenthesizedGeneratorExpression => mk(
            ErrorKind::Syntax,
            "Generator expression must be parenthesized",
            error.location,
        ),
        ParseErrorType::ExpectedKeywordParam => {
            // CPython points at the bare `*` before the offending parameter.
            let start = error.location.start().to_usize();
            let before = source.get(..start).unwrap_or("").trim_end();
            let before = before.strip_suffix(',').unwrap_or(before).trim_end();
            let range = if before.ends_with('*') && !before.ends_with("**") {
                TextRange::at(((before.len() - 1) as u32).into(), 1.into())
            } else {
                error.location
            };
            mk(
                ErrorKind::Syntax,
                "named arguments must follow bare *",
                range,
            )
        }
        ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) if !tok.is_ascii() => {
            let msg = format!("invalid character '{tok}' (U+{:04X})", u32::from(*tok));
            SyntaxError::at(
                ErrorKind::Syntax,
                msg,
                filename,
                source,
                loc.line,
                loc.col + 1,
                loc.line,
                loc.col + 2,
            )
        }
        ParseErrorType::OtherError(msg)
            if msg == "Bytes literal cannot be mixed with non-bytes literals" =>
        {
            // ruff marks the run of literals; CPython the token after it (it checks when the
            // run is complete): a comment counts as the start of the NEWLINE token, through
            // the end of the line.
            let end = error.location.end().to_usize();
            let rest = source.get(end..).unwrap_or("");
            let next = end + (rest.len() - rest.trim_start_matches([' ', '\t', '\x0c']).len());
            let after = source.get(next..).unwrap_or("");
            if after.starts_with('#') {
                return comment_newline_error(
                    "cannot mix bytes and nonbytes literals",
                    filename,
                    source,
                    next,
                );
            }
            let len = after.chars().next().map_or(1, char::len_utf8);
            mk(
                ErrorKind::Syntax,
                "cannot mix bytes and nonbytes literals",
                TextRange::at(
                    ruff_text_size::TextSize::new(next as u32),
                    ruff_text_size::TextSize::new(len as u32),
                ),
            )
        }
        ParseErrorType::OtherError(msg)
            if msg == "Cannot have both 'except' and 'except*' on the same 'try'" =>
        {
            // ruff marks the whole handler; CPython its `except` or `except*` keyword.
            let start = error.location.start();
            let star = source.get(start.to_usize() + 6..start.to_usize() + 7) == Some("*");
            let len = if star { 7u32 } else { 6 };
            mk(
                ErrorKind::Syntax,
                "cannot have both 'except' and 'except*' on the same 'try'",
                TextRange::at(start, len.into()),
            )
        }
        ParseErrorType::OtherError(msg)
            if msg == "Multiple exception types must be parenthesized when using `as`" =>
        {
            // CPython marks the types through the `as` name.
            let end = error.location.end().to_usize();
            let rest = source.get(end..).unwrap_or("");
            let after_as = rest.trim_start().strip_prefix("as").unwrap_or("");
            let name = after_as.trim_start();
            let name_len = name
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(name.len());
            let stop = end + (rest.len() - name.len()) + name_len;
            let range = TextRange::new(
                error.location.start(),
                ruff_text_size::TextSize::try_from(stop).unwrap_or(error.location.end()),
            );
            mk(
                ErrorKind::Syntax,
                "multiple exception types must be parenthesized",
                range,
            )
        }
        // `except*:` (CPython's grammar only names a `:` or the line's end after the `*`).
        ParseErrorType::OtherError(msg)
            if msg == "Expected one or more exception types"
                && matches!(
                    source.get(error.location.to_std_range()).map(str::trim),
                    Some(":" | "")
                ) =>
        {
            mk(
                ErrorKind::Syntax,
                "expected one or more exception types",
                error.location,
            )
        }
        ParseErrorType::OtherError(msg) if msg.starts_with("Expected `except` or `finally`") => {
            let msg = "expected 'except' or 'finally' block";
            if error.location.start().to_usize() >= source.trim_end().len() {
                // At the end of the input CPython names the last line, without a caret.
                let last = source.trim_end().lines().count().max(1) as u32;
                return SyntaxError::at(ErrorKind::Syntax, msg, filename, source, last, 0, last, 0);
            }
            mk(ErrorKind::Syntax, msg, error.location)
        }
        ParseErrorType::Lexical(LexicalErrorType::OtherError(msg))
            if msg.as_ref() == "Invalid decimal integer literal" =>
        {
            let digits = source.get(error.location.to_std_range()).unwrap_or("");
            let msg = if digits.starts_with('0')
                && digits.chars().all(|c| c.is_ascii_digit() || c == '_')
            {
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
            } else {
                "invalid decimal literal"
            };
            mk(
                ErrorKind::Syntax,
                msg,
                TextRange::at(error.location.start(), 1.into()),
            )
        }
        ParseErrorType::ExpectedExpression
            if source.get(error.location.to_std_range()) == Some("}")
                && source
                    .get(..error.location.start().to_usize())
                    .is_some_and(|s| s.ends_with('{')) =>
        {
            mk(
                ErrorKind::Syntax,
                "f-string: valid expression required before '}'",
                error.location,
            )
        }
        ParseErrorType::ExpectedToken { expected, .. } if *expected == TokenKind::Else => {
            // CPython underlines `body if condition`.
            let start = error.location.start().to_usize();
            let before = source.get(..start).unwrap_or("");
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            let body_start = before[line_start..].rfind(" if ").map(|k| {
                let head = before[line_start..line_start + k].trim_end();
                let token_len = head
                    .chars()
                    .rev()
                    .take_while(|c| c.is_alphanumeric() || "_.'\")]}".contains(*c))
                    .map(char::len_utf8)
                    .sum::<usize>();
                line_start + head.len() - token_len
            });
            let end = before.trim_end().len();
            let range = match body_start {
                Some(b) if b < end => TextRange::new((b as u32).into(), (end as u32).into()),
                _ => error.location,
            };
            mk(
                ErrorKind::Syntax,
                "expected 'else' after 'if' expression",
                range,
            )
        }
        ParseErrorType::ExpectedToken { expected, found }
            if matches!(
                expected,
                TokenKind::Comma | TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace
            ) && matches!(
                found,
                TokenKind::Name
                    | TokenKind::Int
                    | TokenKind::Float
                    | TokenKind::String
                    | TokenKind::Complex
            ) && !name_then_string(source, error.location.start().to_usize(), *found)
                // (CPython's hint is for bracketed code only.)
                && innermost_bracket(source, error.location.start().to_usize()).is_some() =>
        {
            // Two expressions side by side in a display or call: CPython underlines both.
            let start = error.location.start().to_usize();
            let head = source.get(..start).unwrap_or("").trim_end();
            let token_len = head
                .chars()
                .rev()
                .take_while(|c| c.is_alphanumeric() || "_.'\"".contains(*c))
                .map(char::len_utf8)
                .sum::<usize>();
            let range = TextRange::new(
                ((head.len() - token_len) as u32).into(),
                error.location.end(),
            );
            mk(
                ErrorKind::Syntax,
                "invalid syntax. Perhaps you forgot a comma?",
                range,
            )
        }
        ParseErrorType::InvalidDeleteTarget => mk(
            ErrorKind::Syntax,
            &format!(
                "cannot delete {}",
                describe_source_expr(source, error.location)
            ),
            error.location,
        ),
        ParseErrorType::InvalidAugmentedAssignmentTarget => mk(
            ErrorKind::Syntax,
            &format!(
                "'{}' is an illegal expression for augmented assignment",
                describe_source_expr(source, error.location)
            ),
            error.location,
        ),
        ParseErrorType::InvalidNamedAssignmentTarget => mk(
            ErrorKind::Syntax,
            &format!(
                "cannot use assignment expressions with {}",
                describe_source_expr(source, error.location)
            ),
            error.location,
        ),
        ParseErrorType::ExpectedToken { expected, found }
            if *expected == TokenKind::Colon
                && matches!(found, TokenKind::Rbrace | TokenKind::Comma)
                && innermost_bracket(source, error.location.start().to_usize()) == Some('{') =>
        {
            // A key without a value in a dict display: CPython marks the key's last character.
            let key_end = source
                .get(..error.location.start().to_usize())
                .unwrap_or("")
                .trim_end();
            let last = key_end.chars().next_back().map_or(1, char::len_utf8);
            let at = ruff_text_size::TextSize::try_from(key_end.len() - last).unwrap_or_default();
            mk(
                ErrorKind::Syntax,
                "':' expected after dictionary key",
                TextRange::at(at, 1.into()),
            )
        }
        ParseErrorType::ExpectedToken { expected, found }
            if *expected == TokenKind::Colon
                && matches!(found, TokenKind::Newline | TokenKind::EndOfFile) =>
        {
            // A header that ends without its `:`. A comment belongs to CPython's NEWLINE
            // token, which it marks through the line's end.
            let start = error.location.start().to_usize();
            let head = source.get(..start).unwrap_or("");
            let line_start = head.rfind('\n').map_or(0, |i| i + 1);
            if let Some(hash) = comment_start(&head[line_start..]) {
                return comment_newline_error("expected ':'", filename, source, line_start + hash);
            }
            mk(ErrorKind::Syntax, "expected ':'", error.location)
        }
        ParseErrorType::ExpectedToken { expected, .. }
            if *expected == TokenKind::Colon
                && equals_hint::colon_is_forced(source, error.location.start().to_usize()) =>
        {
            mk(ErrorKind::Syntax, "expected ':'", error.location)
        }
        ParseErrorType::ExpectedExpression => match keyword_without_value(source, error.location) {
            Some(range) => mk(
                ErrorKind::Syntax,
                "expected argument value expression",
                range,
            ),
            None => generic(),
        },
        _ if line_text.trim_start().starts_with("print ")
            && !line_text.trim_start()[6..]
                .trim_start()
                .starts_with(['(', '=', '.', '[']) =>
        {
            // Python 2's print statement.
            let text = line_text.trim_end_matches(['\n', '\r']);
            let indent = text.chars().take_while(|c| c.is_whitespace()).count() as u32;
            let len = text.trim_end().chars().count() as u32;
            SyntaxError::at(
                ErrorKind::Syntax,
                "Missing parentheses in call to 'print'. Did you mean print(...)?",
                filename,
                source,
                loc.line,
                indent + 1,
                loc.line,
                len + 1,
            )
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => mk(
            ErrorKind::Syntax,
            "positional argument follows keyword argument unpacking",
            error.location,
        ),
        // `match` patterns.
        // `{**_}` is plain invalid syntax to CPython; `p as _` names the target.
        ParseErrorType::InvalidMatchPatternTarget
            if !source
                .get(..error.location.start().to_usize())
                .unwrap_or("")
                .trim_end()
                .ends_with("**") =>
        {
            mk(
                ErrorKind::Syntax,
                "cannot use '_' as a target",
                error.location,
            )
        }
        ParseErrorType::ExpectedImaginaryNumber => mk(
            ErrorKind::Syntax,
            "imaginary number required in complex literal",
            error.location,
        ),
        ParseErrorType::ExpectedRealNumber => mk(
            ErrorKind::Syntax,
            "real number required in complex literal",
            error.location,
        ),
        ParseErrorType::OtherError(msg)
            if msg == "Positional patterns cannot follow keyword patterns" =>
        {
            mk(
                ErrorKind::Syntax,
                "positional patterns follow keyword patterns",
                error.location,
            )
        }
        ParseErrorType::OtherError(msg) if msg == "Only one '/' separator allowed" => {
            mk(ErrorKind::Syntax, "/ may appear only once", error.location)
        }
        ParseErrorType::OtherError(msg) if msg == "Only one '*' parameter allowed" => mk(
            ErrorKind::Syntax,
            "* argument may appear only once",
            TextRange::at(error.location.start(), 1.into()),
        ),
        ParseErrorType::ParamAfterVarKeywordParam => mk(
            ErrorKind::Syntax,
            "arguments cannot follow var-keyword argument",
            error.location,
        ),
        ParseErrorType::NonDefaultParamAfterDefaultParam => mk(
            ErrorKind::Syntax,
            "parameter without a default follows parameter with a default",
            error.location,
        ),
        ParseErrorType::OtherError(msg)
            if msg.starts_with("Expected an indented block after")
                && only_comments_after(source, error.location.start().to_usize()) =>
        {
            // Input ended after the header (blank or comment lines aside): CPython reports
            // the file's last line, as it stands, without a caret.
            let at = error.location.start().to_usize();
            let header_line = last_code_line(source.get(..at).unwrap_or(source));
            let last_line = source.lines().count().max(1) as u32;
            SyntaxError::at(
                ErrorKind::Indentation,
                format!(
                    "expected an indented block after {} on line {header_line}",
                    indented_block_owner(msg)
                ),
                filename,
                source,
                last_line,
                0,
                last_line,
                0,
            )
        }
        ParseErrorType::OtherError(msg) if msg.starts_with("Expected an indented block after") => {
            // ruff: "Expected an indented block after `if` statement"; CPython names the line.
            let what = indented_block_owner(msg);
            let header_line = last_code_line(
                source
                    .get(..error.location.start().to_usize())
                    .unwrap_or(source),
            );
            let text = line_text.trim_end_matches(['\n', '\r']);
            let indent = text.chars().take_while(|c| c.is_whitespace()).count() as u32;
            SyntaxError::at(
                ErrorKind::Indentation,
                format!("expected an indented block after {what} on line {header_line}"),
                filename,
                source,
                loc.line,
                indent + 1,
                loc.line,
                indent + 2,
            )
        }
        _ => generic(),
    }
}

/// A syntax error at CPython's NEWLINE token on a line that ends with a comment (the `#` at
/// byte `hash`): the token runs from the comment through the line break, which the caret
/// line marks one column past the text.
fn comment_newline_error(msg: &str, filename: &str, source: &str, hash: usize) -> SyntaxError {
    let end = source[hash..].find('\n').map_or(source.len(), |n| hash + n);
    let size = |n: usize| ruff_text_size::TextSize::try_from(n).unwrap_or_default();
    let l = LineIndex::new(source).loc(TextRange::new(size(hash), size(end)));
    SyntaxError::at(
        ErrorKind::Syntax,
        msg,
        filename,
        source,
        l.line,
        l.col + 1,
        l.line,
        l.end_col + 2,
    )
}

/// The byte offset of the comment in `line` (a line's text), if it has one outside strings.
fn comment_start(line: &str) -> Option<usize> {
    let mut quote: Option<char> = None;
    let mut chars = line.char_indices();
    while let Some((i, c)) = chars.next() {
        match quote {
            Some(q) => {
                if c == '\\' {
                    chars.next();
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                '\'' | '"' => quote = Some(c),
                '#' => return Some(i),
                _ => {}
            },
        }
    }
    None
}

/// Whether the token at `at` is a string right after a name (`(a "s")`): CPython's "forgot a
/// comma" rule leaves that to plain "invalid syntax" (a string prefix could be misspelt).
fn name_then_string(source: &str, at: usize, found: TokenKind) -> bool {
    if found != TokenKind::String {
        return false;
    }
    let head = source.get(..at).unwrap_or("").trim_end();
    let word: String = head
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    word.chars()
        .last()
        .is_some_and(|c| c.is_alphabetic() || c == '_')
        && !head[..head.len() - word.len()].ends_with('.')
}

/// The bracket still open at byte `at` (strings and comments skipped), if any.
fn innermost_bracket(source: &str, at: usize) -> Option<char> {
    let mut stack = Vec::new();
    let mut quote: Option<char> = None;
    let mut chars = source.get(..at).unwrap_or("").chars();
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                if c == '\\' {
                    chars.next();
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                '\'' | '"' => quote = Some(c),
                '#' => {
                    for n in chars.by_ref() {
                        if n == '\n' {
                            break;
                        }
                    }
                }
                '(' | '[' | '{' => stack.push(c),
                ')' | ']' | '}' => {
                    stack.pop();
                }
                _ => {}
            },
        }
    }
    stack.pop()
}

/// For a missing expression at `range`: the `name=` of a keyword argument with no value
/// (`f(a=)`), which CPython marks from the name through the `=`.
fn keyword_without_value(source: &str, range: TextRange) -> Option<TextRange> {
    let head = source.get(..range.start().to_usize())?.trim_end();
    let before_eq = head.strip_suffix('=')?;
    if before_eq.ends_with(['=', '<', '>', '!', ':']) {
        return None;
    }
    let name_end = before_eq.trim_end();
    let name_len: usize = name_end
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .map(char::len_utf8)
        .sum();
    let name_start = name_end.len() - name_len;
    let opener = name_end[..name_start].trim_end();
    if name_len == 0 || !opener.ends_with(['(', ',']) {
        return None;
    }
    if innermost_bracket(source, name_start) != Some('(') {
        return None;
    }
    let start = ruff_text_size::TextSize::try_from(name_start).ok()?;
    let end = ruff_text_size::TextSize::try_from(head.len()).ok()?;
    Some(TextRange::new(start, end))
}

/// Whether the text before byte `at` on its line ends with a plain `=` (`a = <here>`).
fn follows_assignment(source: &str, at: usize) -> bool {
    let head = source.get(..at).unwrap_or("");
    // ruff's range of a parenthesized target leaves out the parentheses.
    let line = head
        .rsplit('\n')
        .next()
        .unwrap_or("")
        .trim_end_matches(|c: char| c == '(' || c.is_whitespace());
    line.strip_suffix('=').is_some_and(|rest| {
        !rest.ends_with([
            '=', '<', '>', '!', ':', '+', '-', '*', '/', '%', '&', '|', '^', '@',
        ])
    })
}

/// Whether `rest` (after a first `=`) holds another plain `=` outside brackets before the
/// end of its line.
fn another_assignment(rest: &str) -> bool {
    let mut depth = 0i32;
    let mut prev = ' ';
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' | ';' | '#' if depth == 0 => return false,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            '\'' | '"' => {
                for n in chars.by_ref() {
                    if n == c {
                        break;
                    }
                }
            }
            '=' if depth == 0 && !"=<>!:+-*/%&|^@".contains(prev) && chars.peek() != Some(&'=') => {
                return true;
            }
            _ => {}
        }
        prev = c;
    }
    false
}

/// What a missing indented block belongs to, in CPython's words: ruff's "`if` statement"
/// becomes "'if' statement", but definitions are unquoted ("class definition").
fn indented_block_owner(ruff_msg: &str) -> String {
    let what = ruff_msg
        .trim_start_matches("Expected an indented block after ")
        .replace('`', "'");
    match what.as_str() {
        "'class' definition" => "class definition".to_string(),
        "'def' definition" | "'function' definition" => "function definition".to_string(),
        _ => what,
    }
}

/// Whether everything in `source` from byte `at` on is blank or comment lines.
fn only_comments_after(source: &str, at: usize) -> bool {
    let rest = source.get(at..).unwrap_or("");
    rest.lines().all(|l| {
        let t = l.trim_start();
        t.is_empty() || t.starts_with('#')
    })
}

/// The number of the last line of `text` that holds code (not blank, not only a comment).
fn last_code_line(text: &str) -> usize {
    text.lines()
        .enumerate()
        .filter(|(_, l)| {
            let t = l.trim_start();
            !t.is_empty() && !t.starts_with('#')
        })
        .last()
        .map_or(1, |(i, _)| i + 1)
}

/// CPython's name for the kind of expression written at `range` (`_PyPegen_get_expr_name`).
fn describe_source_expr(source: &str, range: TextRange) -> &'static str {
    let Some(text) = source.get(range.to_std_range()) else {
        return "expression";
    };
    // A bare `yield` only parses inside parentheses.
    let Ok(parsed) = ruff_python_parser::parse_expression(text)
        .or_else(|_| ruff_python_parser::parse_expression(&format!("({text})")))
    else {
        return "expression";
    };
    let what = match parsed.expr() {
        RuffExpr::Attribute(_) => "attribute",
        RuffExpr::Subscript(_) => "subscript",
        RuffExpr::Starred(_) => "starred",
        RuffExpr::Name(_) => "name",
        RuffExpr::List(_) => "list",
        RuffExpr::Tuple(_) => "tuple",
        RuffExpr::Lambda(_) => "lambda",
        RuffExpr::Call(_) => "function call",
        RuffExpr::BoolOp(_) | RuffExpr::BinOp(_) | RuffExpr::UnaryOp(_) => "expression",
        RuffExpr::Generator(_) => "generator expression",
        RuffExpr::Yield(_) | RuffExpr::YieldFrom(_) => "yield expression",
        RuffExpr::Await(_) => "await expression",
        RuffExpr::ListComp(_) => "list comprehension",
        RuffExpr::SetComp(_) => "set comprehension",
        RuffExpr::DictComp(_) => "dict comprehension",
        RuffExpr::Dict(_) => "dict literal",
        RuffExpr::Set(_) => "set display",
        RuffExpr::FString(_) | RuffExpr::TString(_) => "f-string expression",
        RuffExpr::NoneLiteral(_) => "None",
        RuffExpr::BooleanLiteral(b) if b.value => "True",
        RuffExpr::BooleanLiteral(_) => "False",
        RuffExpr::EllipsisLiteral(_) => "ellipsis",
        RuffExpr::Compare(_) => "comparison",
        RuffExpr::If(_) => "conditional expression",
        RuffExpr::Named(_) => "named expression",
        _ => "literal",
    };
    let tree = parsed.into_syntax();
    drop_deep(Mod::Expression(tree), text.len());
    what
}
