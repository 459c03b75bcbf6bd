//! Number literals as CPython 3.12's tokenizer reads them, for its error and warning messages.
//!
//! ruff lexes numbers its own way and words its failures differently (`0b102`, `1_`, `0x` are
//! "invalid syntax" or an integer-parse error there), so the pre-scan in [`crate::parse`]
//! re-reads each number with CPython's rules: an underscore must sit between digits, a base
//! prefix needs a digit of its base, a decimal number may not start with zeros, and a letter
//! straight after a number is an error (`invalid decimal literal`) — except the start of a
//! keyword that may follow a number in valid code (`1if x else 2`, `0x1for`), which is only a
//! `SyntaxWarning` with the same words.

/// What CPython's tokenizer reports about one number literal.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum NumberIssue {
    /// A `SyntaxError` at character index `at` of the scanned text; `end` (exclusive) when
    /// CPython marks a range rather than one character.
    Error {
        msg: String,
        at: usize,
        end: Option<usize>,
    },
    /// A `SyntaxWarning` (the number is followed by a keyword with no space between).
    Warning(String),
}

/// Reads the number literal starting at `start` (a digit, or a `.` before a digit) and
/// returns the index just past it, with what CPython says about it. After an error the index
/// is meaningless: CPython stops tokenizing there.
pub(crate) fn scan_number(chars: &[char], start: usize) -> (usize, Option<NumberIssue>) {
    let mut reader = Reader { chars, cur: start };
    let issue = match reader.number(start) {
        Ok(warning) => warning,
        Err(error) => Some(error),
    };
    (reader.cur, issue)
}

type Scanned = Result<Option<NumberIssue>, NumberIssue>;

/// A cursor with the tokenizer's `next` and `backup` moves; `cur` is the index of the next
/// character to read, so the last character read is at `cur - 1` (where errors point).
struct Reader<'a> {
    chars: &'a [char],
    cur: usize,
}

impl Reader<'_> {
    fn next(&mut self) -> char {
        // Past the end the tokenizer sees the line's newline.
        let c = self.chars.get(self.cur).copied().unwrap_or('\n');
        self.cur += 1;
        c
    }

    fn backup(&mut self) {
        self.cur -= 1;
    }

    fn error(&self, msg: String) -> NumberIssue {
        NumberIssue::Error {
            msg,
            at: self.cur.saturating_sub(1),
            end: None,
        }
    }

    fn number(&mut self, start: usize) -> Scanned {
        let first = self.next();
        if first == '.' {
            let c = self.next();
            return self.fraction(c);
        }
        if first != '0' {
            let c = self.decimal_tail()?;
            return self.after_integer(c);
        }
        let mut c = self.next();
        match c {
            'x' | 'X' => return self.radix(16, "hexadecimal"),
            'o' | 'O' => return self.radix(8, "octal"),
            'b' | 'B' => return self.radix(2, "binary"),
            _ => {}
        }
        // Zeros (`0`, `0_0`), or the start of a float (`00.5`, `09e1`, `0j`).
        loop {
            if c == '_' {
                c = self.next();
                if !c.is_ascii_digit() {
                    self.backup();
                    return Err(self.error("invalid decimal literal".into()));
                }
            }
            if c != '0' {
                break;
            }
            c = self.next();
        }
        let zeros_end = self.cur - 1;
        let nonzero = c.is_ascii_digit();
        if nonzero {
            c = self.decimal_tail()?;
        }
        match c {
            '.' | 'e' | 'E' | 'j' | 'J' => self.after_integer(c),
            _ if nonzero => {
                self.backup();
                Err(NumberIssue::Error {
                    msg: "leading zeros in decimal integer literals are not permitted; \
                          use an 0o prefix for octal integers"
                        .into(),
                    at: start,
                    end: Some(zeros_end),
                })
            }
            _ => self.end_check(c, "decimal"),
        }
    }

    /// After the digits of a decimal integer part, at `c`.
    fn after_integer(&mut self, c: char) -> Scanned {
        if c == '.' {
            let c = self.next();
            return self.fraction(c);
        }
        self.after_fraction(c)
    }

    /// After the `.` of a float, at `c`.
    fn fraction(&mut self, c: char) -> Scanned {
        let c = if c.is_ascii_digit() {
            self.decimal_tail()?
        } else {
            c
        };
        self.after_fraction(c)
    }

    fn after_fraction(&mut self, c: char) -> Scanned {
        match c {
            'e' | 'E' => self.exponent(c),
            'j' | 'J' => self.imaginary(),
            _ => self.end_check(c, "decimal"),
        }
    }

    /// After the `e` of an exponent.
    fn exponent(&mut self, e: char) -> Scanned {
        let mut c = self.next();
        if c == '+' || c == '-' {
            c = self.next();
            if !c.is_ascii_digit() {
                self.backup();
                return Err(self.error("invalid decimal literal".into()));
            }
        } else if !c.is_ascii_digit() {
            // No exponent: the number ends before the `e` (`1else`), unless a name follows.
            self.backup();
            let warning = self.verify_end(e, "decimal")?;
            self.backup();
            return Ok(warning);
        }
        let c = self.decimal_tail()?;
        if c == 'j' || c == 'J' {
            return self.imaginary();
        }
        self.end_check(c, "decimal")
    }

    fn imaginary(&mut self) -> Scanned {
        let c = self.next();
        self.end_check(c, "imaginary")
    }

    /// The digits of a `0x`, `0o` or `0b` literal, after its prefix.
    fn radix(&mut self, base: u32, kind: &str) -> Scanned {
        let mut c = self.next();
        loop {
            if c == '_' {
                c = self.next();
            }
            if !c.is_digit(base) {
                if base != 16 && c.is_ascii_digit() {
                    return Err(self.error(format!("invalid digit '{c}' in {kind} literal")));
                }
                self.backup();
                return Err(self.error(format!("invalid {kind} literal")));
            }
            while c.is_digit(base) {
                c = self.next();
            }
            if c != '_' {
                break;
            }
        }
        if base != 16 && c.is_ascii_digit() {
            return Err(self.error(format!("invalid digit '{c}' in {kind} literal")));
        }
        self.end_check(c, kind)
    }

    /// Reads digits with single underscores between them; returns the character after them.
    fn decimal_tail(&mut self) -> Result<char, NumberIssue> {
        loop {
            let mut c = self.next();
            while c.is_ascii_digit() {
                c = self.next();
            }
            if c != '_' {
                return Ok(c);
            }
            let after = self.next();
            if !after.is_ascii_digit() {
                self.backup();
                return Err(self.error("invalid decimal literal".into()));
            }
        }
    }

    /// Checks the character `c` read after a complete number, then leaves it unread.
    fn end_check(&mut self, c: char, kind: &str) -> Scanned {
        let warning = self.verify_end(c, kind)?;
        self.backup();
        Ok(warning)
    }

    /// A keyword that may follow a number in valid code gets a warning; any other ASCII
    /// letter, digit or underscore makes the number invalid.
    fn verify_end(&mut self, c: char, kind: &str) -> Scanned {
        let keyword_tail = match c {
            'a' => self.keyword_follows("nd"),
            'e' => self.keyword_follows("lse"),
            'f' => self.keyword_follows("or"),
            'i' => matches!(self.chars.get(self.cur), Some('f' | 'n' | 's')),
            'o' => self.keyword_follows("r"),
            'n' => self.keyword_follows("ot"),
            _ => false,
        };
        if keyword_tail {
            return Ok(Some(NumberIssue::Warning(format!(
                "invalid {kind} literal"
            ))));
        }
        if c.is_ascii_alphanumeric() || c == '_' {
            self.backup();
            return Err(self.error(format!("invalid {kind} literal")));
        }
        Ok(None)
    }

    /// Whether `tail` and then a character that cannot continue a name come next.
    fn keyword_follows(&self, tail: &str) -> bool {
        let mut at = self.cur;
        for t in tail.chars() {
            if self.chars.get(at) != Some(&t) {
                return false;
            }
            at += 1;
        }
        !self
            .chars
            .get(at)
            .is_some_and(|&c| c.is_alphanumeric() || c == '_' || !c.is_ascii())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(text: &str) -> (usize, Option<NumberIssue>) {
        let chars: Vec<char> = text.chars().collect();
        scan_number(&chars, 0)
    }

    fn error(msg: &str, at: usize) -> Option<NumberIssue> {
        Some(NumberIssue::Error {
            msg: msg.into(),
            at,
            end: None,
        })
    }

    #[test]
    fn valid_numbers_end_where_cpython_ends_them() {
        assert_eq!(scan("123 "), (3, None));
        assert_eq!(scan("1_000.0_5e-1_0j)"), (15, None));
        assert_eq!(scan("0x_fF+"), (5, None));
        assert_eq!(scan("0o17]"), (4, None));
        assert_eq!(scan("0b1_0,"), (5, None));
        assert_eq!(scan(".5."), (2, None));
        assert_eq!(scan("007.5 "), (5, None));
        assert_eq!(scan("0_0"), (3, None));
    }

    #[test]
    fn malformed_numbers_get_cpython_messages_and_positions() {
        assert_eq!(scan("1_\n").1, error("invalid decimal literal", 1));
        assert_eq!(scan("1__0").1, error("invalid decimal literal", 1));
        assert_eq!(
            scan("0b102").1,
            error("invalid digit '2' in binary literal", 4)
        );
        assert_eq!(
            scan("0o_8").1,
            error("invalid digit '8' in octal literal", 3)
        );
        assert_eq!(scan("0x\n").1, error("invalid hexadecimal literal", 1));
        assert_eq!(scan("0xg").1, error("invalid hexadecimal literal", 1));
        assert_eq!(scan("1e\n").1, error("invalid decimal literal", 0));
        assert_eq!(scan("1e+\n").1, error("invalid decimal literal", 2));
        assert_eq!(scan("5j_").1, error("invalid imaginary literal", 1));
        assert_eq!(scan("1.real").1, error("invalid decimal literal", 1));
        assert_eq!(
            scan("0009 ").1,
            Some(NumberIssue::Error {
                msg: "leading zeros in decimal integer literals are not permitted; \
                      use an 0o prefix for octal integers"
                    .into(),
                at: 0,
                end: Some(3),
            })
        );
    }

    #[test]
    fn a_keyword_right_after_a_number_is_a_warning() {
        let warning = |kind: &str| Some(NumberIssue::Warning(format!("invalid {kind} literal")));
        assert_eq!(scan("1if x"), (1, warning("decimal")));
        // `f` is a hex digit: `0x1f`, then `or`.
        assert_eq!(scan("0x1for x"), (4, warning("hexadecimal")));
        assert_eq!(scan("1jif x"), (2, warning("imaginary")));
        assert_eq!(scan("1else 2"), (1, warning("decimal")));
        assert_eq!(scan("1notx").1, error("invalid decimal literal", 0));
        assert_eq!(scan("1é"), (1, None));
    }
}
