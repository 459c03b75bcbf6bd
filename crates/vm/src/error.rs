//! The front end's one error type: [`SyntaxError`], rendered like CPython 3.12 renders it.
//!
//! Every failure of [`crate::compile()`] — a parse error from ruff, a scoping error from the symbol
//! table, a limit from the compiler, a construct pymem does not support — ends up here, carrying
//! the same fields as CPython's `SyntaxError` object so the runtime can build one without
//! re-deriving positions. [`ErrorKind`] tells the runtime which exception class to raise
//! (`IndentationError` and `TabError` are `SyntaxError` subclasses in CPython; nesting that is too
//! deep is a `RecursionError` / `MemoryError` there).

use std::fmt;

/// Which Python exception class a [`SyntaxError`] stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `SyntaxError`.
    Syntax,
    /// `IndentationError` (a `SyntaxError` subclass).
    Indentation,
    /// `TabError` (an `IndentationError` subclass).
    Tab,
    /// CPython raises `RecursionError: maximum recursion depth exceeded during compilation`
    /// (or `MemoryError: Parser stack overflowed`) for sources nested too deeply. Rendered
    /// without the file/line header, as CPython prints it; the position fields still say where
    /// the limit was hit.
    Recursion,
}

impl ErrorKind {
    /// The Python class name, as printed on the last line of a traceback.
    pub fn class_name(self) -> &'static str {
        match self {
            ErrorKind::Syntax => "SyntaxError",
            ErrorKind::Indentation => "IndentationError",
            ErrorKind::Tab => "TabError",
            ErrorKind::Recursion => "RecursionError",
        }
    }
}

/// A compile-time `SyntaxWarning` (printed to stderr by the runtime before the code runs).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxWarning {
    /// The file name given to the compiler.
    pub filename: String,
    /// 1-based line of the expression warned about.
    pub lineno: u32,
    /// The message, e.g. `"is" with 'int' literal. Did you mean "=="?`.
    pub message: String,
}

/// A compile-time error with CPython's `SyntaxError` attributes.
///
/// Positions follow CPython: `lineno` is 1-based, `offset` and `end_offset` are 1-based
/// *character* columns into `text` (0 when unknown). `end_offset` is exclusive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// Which exception class this is.
    pub kind: ErrorKind,
    /// The message, e.g. `'(' was never closed`.
    pub msg: String,
    /// The file name given to [`crate::compile()`].
    pub filename: String,
    /// 1-based line of the error.
    pub lineno: u32,
    /// 1-based character column where the error starts.
    pub offset: u32,
    /// 1-based line where the error ends.
    pub end_lineno: u32,
    /// 1-based character column just past the error (0 if unknown).
    pub end_offset: u32,
    /// The source line `lineno`, without its line terminator (empty if unavailable).
    pub text: String,
    /// Whether the source has a line `lineno` (possibly blank), which CPython prints even
    /// when it is empty; without one (`text` None in CPython) no source line is shown.
    pub has_text: bool,
    /// Whether that line ends with a newline (CPython's `SyntaxError.text` keeps it).
    pub text_newline: bool,
}

impl SyntaxError {
    /// An error at a known position of `source`; `text` is filled in from the source.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn at(
        kind: ErrorKind,
        msg: impl Into<String>,
        filename: &str,
        source: &str,
        lineno: u32,
        offset: u32,
        end_lineno: u32,
        end_offset: u32,
    ) -> SyntaxError {
        let line = source
            .split_inclusive('\n')
            .nth(lineno.saturating_sub(1) as usize);
        let has_text = lineno > 0 && line.is_some();
        let text_newline = line.is_some_and(|l| l.ends_with('\n'));
        let text = line
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
            .to_string();
        SyntaxError {
            kind,
            msg: msg.into(),
            filename: filename.to_string(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            text,
            has_text,
            text_newline,
        }
    }
}

impl fmt::Display for SyntaxError {
    /// Renders the error the way CPython 3.12 prints an uncaught `SyntaxError`:
    ///
    /// ```text
    ///   File "t.py", line 1
    ///     x = (1,
    ///         ^
    /// SyntaxError: '(' was never closed
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.kind == ErrorKind::Recursion {
            // CPython prints a compile-time RecursionError without a source location.
            return write!(f, "{}: {}", self.kind.class_name(), self.msg);
        }
        writeln!(f, "  File \"{}\", line {}", self.filename, self.lineno)?;
        // Mirrors CPython 3.12's `print_error_text`: strip leading blanks, clip the offsets,
        // one caret at least; a range spanning lines runs to the end of this one.
        let ltext = self.text.trim_start_matches([' ', '\t', '\x0c']);
        if !ltext.is_empty() || self.has_text {
            writeln!(f, "    {ltext}")?;
            if self.offset > 0 {
                let spaces = (self.text.chars().count() - ltext.chars().count()) as i64;
                let len = ltext.chars().count() as i64;
                let start = (i64::from(self.offset) - 1 - spaces).min(len);
                let mut end = if self.end_lineno != self.lineno {
                    len
                } else if self.end_offset == 0 {
                    start + 1
                } else {
                    i64::from(self.end_offset) - 1 - spaces
                };
                if end <= start {
                    end = start + 1;
                }
                if start >= 0 {
                    let pad: String = ltext
                        .chars()
                        .take(start as usize)
                        .map(|c| if c.is_whitespace() { c } else { ' ' })
                        .collect();
                    writeln!(f, "    {pad}{}", "^".repeat((end - start) as usize))?;
                }
            }
        }
        write!(f, "{}: {}", self.kind.class_name(), self.msg)
    }
}

impl std::error::Error for SyntaxError {}
