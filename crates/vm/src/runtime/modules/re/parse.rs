//! The pattern parser: CPython 3.12's `re/_parser.py` ported to Rust, so that a pattern is
//! accepted or refused exactly as CPython does, with the same `re.error` message and
//! position. The result is a tree ([`Node`]) close to sre's `SubPattern` lists; the
//! optimisations `_parser.py` does on the way (common branch prefixes, one-character
//! branches as sets) change nothing observable and are left out.
//!
//! Patterns are sequences of code points (a bytes pattern is read as Latin-1, as the
//! tokenizer of `_parser.py` does), positions are indices into that sequence.

/// `_sre.MAXREPEAT`: an unbounded repeat's maximum.
pub const MAXREPEAT: u32 = u32::MAX;
/// `_sre.MAXGROUPS` on 64-bit builds.
pub const MAXGROUPS: usize = (i32::MAX / 2) as usize;
/// `_parser.MAXWIDTH` (2**64), saturated.
const MAXWIDTH: u64 = u64::MAX;
/// Nesting of groups at which CPython's recursive parser runs out of recursion depth
/// (measured: `re.compile('(' * n + 'a' + ')' * n)` fails from n = 496 at module level).
const MAX_NESTING: usize = 495;

/// The `re` flag bits (`_constants.py`).
pub mod flag {
    /// `re.TEMPLATE`
    pub const TEMPLATE: u32 = 1;
    /// `re.IGNORECASE`
    pub const IGNORECASE: u32 = 2;
    /// `re.LOCALE`
    pub const LOCALE: u32 = 4;
    /// `re.MULTILINE`
    pub const MULTILINE: u32 = 8;
    /// `re.DOTALL`
    pub const DOTALL: u32 = 16;
    /// `re.UNICODE`
    pub const UNICODE: u32 = 32;
    /// `re.VERBOSE`
    pub const VERBOSE: u32 = 64;
    /// `re.DEBUG`
    pub const DEBUG: u32 = 128;
    /// `re.ASCII`
    pub const ASCII: u32 = 256;
    /// The flags that choose the character-class rules.
    pub const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;
    /// Flags that may only be set for the whole pattern.
    pub const GLOBAL_FLAGS: u32 = DEBUG | TEMPLATE;
}

/// Which Python exception a parse failure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// `re.error(msg, pattern, pos)`
    Re,
    /// `OverflowError` (repeat counts)
    Overflow,
    /// `ValueError` (incompatible flags)
    Value,
    /// `RecursionError` (nesting deeper than CPython's parser can go)
    Recursion,
}

/// A refused pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// The exception type.
    pub kind: ErrorKind,
    /// CPython's message, without the " at position N" suffix.
    pub msg: String,
    /// The position in the pattern, when `re.error` has one.
    pub pos: Option<usize>,
}

type PResult<T> = Result<T, Error>;

fn re_err<T>(msg: impl Into<String>, pos: Option<usize>) -> PResult<T> {
    Err(Error {
        kind: ErrorKind::Re,
        msg: msg.into(),
        pos,
    })
}

/// Zero-width assertions (`AT_*` codes before the flags resolve them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum At {
    /// `^`
    Beginning,
    /// `\A`
    BeginningString,
    /// `$`
    End,
    /// `\Z`
    EndString,
    /// `\b`
    Boundary,
    /// `\B`
    NonBoundary,
}

/// Character categories (`\d \D \s \S \w \W`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cat {
    /// `\d`
    Digit,
    /// `\D`
    NotDigit,
    /// `\s`
    Space,
    /// `\S`
    NotSpace,
    /// `\w`
    Word,
    /// `\W`
    NotWord,
}

/// A member of a character set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SetItem {
    /// One character.
    Lit(u32),
    /// An inclusive range.
    Range(u32, u32),
    /// A category.
    Cat(Cat),
}

/// How a repeat backtracks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RepKind {
    /// `*`, `+`, `?`, `{m,n}`
    Greedy,
    /// `*?` ...
    Lazy,
    /// `*+` ... (3.11+)
    Possessive,
}

/// One item of a parsed pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    /// A character.
    Literal(u32),
    /// `[^c]`
    NotLiteral(u32),
    /// `.`
    Any,
    /// A set: its members and whether it is negated.
    In(Vec<SetItem>, bool),
    /// A category outside a set (`\d`).
    Category(Cat),
    /// A zero-width assertion.
    At(At),
    /// `a|b|c`
    Branch(Vec<Vec<Node>>),
    /// A group: capturing (with its number) or not, with scoped flags.
    Group {
        /// The group number, for capturing groups.
        group: Option<usize>,
        /// Flags turned on inside (`(?i:...)`).
        add: u32,
        /// Flags turned off inside (`(?-i:...)`).
        del: u32,
        /// The contents.
        body: Vec<Node>,
    },
    /// `(?>...)`
    Atomic(Vec<Node>),
    /// A repeat of `body`.
    Repeat {
        /// Minimum count.
        min: u32,
        /// Maximum count ([`MAXREPEAT`] for none).
        max: u32,
        /// Greedy, lazy or possessive.
        kind: RepKind,
        /// What is repeated.
        body: Vec<Node>,
    },
    /// `\1`, `(?P=name)`
    GroupRef(usize),
    /// `(?(1)yes|no)`
    GroupRefExists {
        /// The group tested.
        group: usize,
        /// Matched when the group matched.
        yes: Vec<Node>,
        /// Matched otherwise.
        no: Option<Vec<Node>>,
    },
    /// Lookahead or lookbehind.
    Assert {
        /// Lookbehind?
        behind: bool,
        /// Negative?
        negate: bool,
        /// The asserted pattern.
        body: Vec<Node>,
    },
}

/// A parsed pattern.
#[derive(Debug)]
pub struct Parsed {
    /// The top-level items.
    pub nodes: Vec<Node>,
    /// The flags after inline global flags and the str/bytes defaults.
    pub flags: u32,
    /// Number of groups, group 0 included.
    pub groups: usize,
    /// Group names in definition order.
    pub names: Vec<(String, usize)>,
    /// Each group's (min, max) width.
    pub widths: Vec<(u64, u64)>,
}

/// A token: one character, or a backslash and the character after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Tok {
    c: u32,
    esc: Option<u32>,
}

impl Tok {
    fn len(self) -> usize {
        if self.esc.is_some() {
            2
        } else {
            1
        }
    }
    fn is(self, ch: char) -> bool {
        self.esc.is_none() && self.c == ch as u32
    }
    fn is_in(self, set: &str) -> bool {
        self.esc.is_none() && char::from_u32(self.c).is_some_and(|c| set.contains(c))
    }
    fn text(self) -> String {
        let mut s = String::new();
        push_cp(&mut s, self.c);
        if let Some(e) = self.esc {
            push_cp(&mut s, e);
        }
        s
    }
}

fn push_cp(s: &mut String, c: u32) {
    s.push(char::from_u32(c).unwrap_or('\u{fffd}'));
}

fn is_digit(t: Option<Tok>) -> bool {
    t.is_some_and(|t| t.is_in("0123456789"))
}

const OCTDIGITS: &str = "01234567";
const HEXDIGITS: &str = "0123456789abcdefABCDEF";

/// `_parser.Tokenizer`.
struct Source<'a> {
    s: &'a [u32],
    istext: bool,
    index: usize,
    next: Option<Tok>,
}

impl<'a> Source<'a> {
    fn new(s: &'a [u32], istext: bool) -> PResult<Source<'a>> {
        let mut src = Source {
            s,
            istext,
            index: 0,
            next: None,
        };
        src.advance()?;
        Ok(src)
    }

    fn advance(&mut self) -> PResult<()> {
        let mut index = self.index;
        let Some(&c) = self.s.get(index) else {
            self.next = None;
            return Ok(());
        };
        let mut tok = Tok { c, esc: None };
        if c == '\\' as u32 {
            index += 1;
            match self.s.get(index) {
                Some(&e) => tok.esc = Some(e),
                None => {
                    return re_err(
                        "bad escape (end of pattern)",
                        Some(self.s.len().saturating_sub(1)),
                    )
                }
            }
        }
        self.index = index + 1;
        self.next = Some(tok);
        Ok(())
    }

    fn matches(&mut self, ch: char) -> PResult<bool> {
        if self.next.is_some_and(|t| t.is(ch)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn get(&mut self) -> PResult<Option<Tok>> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }

    fn getwhile(&mut self, n: usize, charset: &str) -> PResult<String> {
        let mut out = String::new();
        for _ in 0..n {
            match self.next {
                Some(t) if t.is_in(charset) => {
                    push_cp(&mut out, t.c);
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(out)
    }

    fn getuntil(&mut self, terminator: char, name: &str) -> PResult<String> {
        let mut out = String::new();
        let mut n = 0;
        loop {
            let c = self.next;
            self.advance()?;
            let Some(c) = c else {
                if n == 0 {
                    return Err(self.error(format!("missing {name}"), 0));
                }
                return Err(self.error(format!("missing {terminator}, unterminated name"), n));
            };
            if c.is(terminator) {
                if n == 0 {
                    return Err(self.error(format!("missing {name}"), 1));
                }
                break;
            }
            out.push_str(&c.text());
            n += c.len();
        }
        Ok(out)
    }

    fn tell(&self) -> usize {
        self.index - self.next.map_or(0, Tok::len)
    }

    fn seek(&mut self, index: usize) -> PResult<()> {
        self.index = index;
        self.advance()
    }

    /// `Tokenizer.error`: the message (ASCII-escaped for bytes patterns) at `tell() - offset`.
    fn error(&self, msg: String, offset: usize) -> Error {
        let msg = if self.istext {
            msg
        } else {
            ascii_backslashreplace(&msg)
        };
        Error {
            kind: ErrorKind::Re,
            msg,
            pos: Some(self.tell().saturating_sub(offset)),
        }
    }

    fn checkgroupname(&self, name: &str, offset: usize) -> PResult<()> {
        let n = name.chars().count();
        if !self.istext && !name.is_ascii() {
            return Err(self.error(
                format!("bad character in group name {}", ascii_repr(name)),
                n + offset,
            ));
        }
        if !is_identifier(name) {
            return Err(self.error(
                format!("bad character in group name {}", py_repr(name)),
                n + offset,
            ));
        }
        Ok(())
    }
}

/// `str.encode('ascii', 'backslashreplace').decode()`.
fn ascii_backslashreplace(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// `repr(s)`.
pub fn py_repr(s: &str) -> String {
    crate::runtime::objects::string::str_repr(s)
}

/// `ascii(s)`.
fn ascii_repr(s: &str) -> String {
    ascii_backslashreplace(&py_repr(s))
}

/// `str.isidentifier()`.
fn is_identifier(s: &str) -> bool {
    crate::runtime::unicode::is_identifier(s)
}

/// `name.isdecimal() and name.isascii()`.
fn is_ascii_decimal(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// `_parser.State`.
struct State {
    flags: u32,
    groupdict: Vec<(String, usize)>,
    groupwidths: Vec<Option<(u64, u64)>>,
    lookbehindgroups: Option<usize>,
    grouprefpos: Vec<(usize, usize)>,
    depth: usize,
    /// FutureWarning messages, in the order `_parser.py` would warn.
    warnings: Vec<String>,
}

impl State {
    fn groups(&self) -> usize {
        self.groupwidths.len()
    }

    fn opengroup(&mut self, name: Option<&str>) -> Result<usize, String> {
        let gid = self.groups();
        self.groupwidths.push(None);
        if self.groups() > MAXGROUPS {
            return Err("too many groups".into());
        }
        if let Some(name) = name {
            if let Some(&(_, ogid)) = self.groupdict.iter().find(|(n, _)| n == name) {
                return Err(format!(
                    "redefinition of group name {} as group {gid}; was group {ogid}",
                    py_repr(name)
                ));
            }
            self.groupdict.push((name.to_string(), gid));
        }
        Ok(gid)
    }

    fn checkgroup(&self, gid: usize) -> bool {
        gid < self.groups() && self.groupwidths[gid].is_some()
    }

    fn checklookbehindgroup(&self, gid: usize, source: &Source<'_>) -> PResult<()> {
        if let Some(lb) = self.lookbehindgroups {
            if !self.checkgroup(gid) {
                return Err(source.error("cannot refer to an open group".into(), 0));
            }
            if gid >= lb {
                return Err(source.error(
                    "cannot refer to group defined in the same lookbehind subpattern".into(),
                    0,
                ));
            }
        }
        Ok(())
    }

    fn group_name(&self, name: &str) -> Option<usize> {
        self.groupdict
            .iter()
            .find(|(n, _)| n == name)
            .map(|&(_, g)| g)
    }
}

/// `SubPattern.getwidth()`: the (min, max) number of characters `nodes` can match.
pub fn width(nodes: &[Node], groupwidths: &[(u64, u64)]) -> (u64, u64) {
    stacker::maybe_grow(64 * 1024, 1024 * 1024, || width_inner(nodes, groupwidths))
}

fn width_inner(nodes: &[Node], groupwidths: &[(u64, u64)]) -> (u64, u64) {
    let (mut lo, mut hi) = (0u64, 0u64);
    for n in nodes {
        let (i, j) = match n {
            Node::Branch(items) => {
                let mut i = MAXWIDTH;
                let mut j = 0;
                for it in items {
                    let (l, h) = width(it, groupwidths);
                    i = i.min(l);
                    j = j.max(h);
                }
                (i, j)
            }
            Node::Atomic(body) | Node::Group { body, .. } => width(body, groupwidths),
            Node::Repeat { min, max, body, .. } => {
                let (i, j) = width(body, groupwidths);
                lo = lo.saturating_add(i.saturating_mul(*min as u64));
                if *max == MAXREPEAT && j > 0 {
                    hi = MAXWIDTH;
                } else {
                    hi = hi.saturating_add(j.saturating_mul(*max as u64));
                }
                continue;
            }
            Node::Literal(_)
            | Node::NotLiteral(_)
            | Node::Any
            | Node::In(..)
            | Node::Category(_) => (1, 1),
            Node::GroupRef(g) => groupwidths.get(*g).copied().unwrap_or((0, 0)),
            Node::GroupRefExists { yes, no, .. } => {
                let (mut i, mut j) = width(yes, groupwidths);
                match no {
                    Some(no) => {
                        let (l, h) = width(no, groupwidths);
                        i = i.min(l);
                        j = j.max(h);
                    }
                    None => i = 0,
                }
                (i, j)
            }
            Node::At(_) | Node::Assert { .. } => (0, 0),
        };
        lo = lo.saturating_add(i);
        hi = hi.saturating_add(j);
    }
    (lo, hi)
}

fn closed_widths(state: &State) -> Vec<(u64, u64)> {
    state
        .groupwidths
        .iter()
        .map(|w| w.unwrap_or((0, 0)))
        .collect()
}

enum Code {
    Lit(u32),
    In(Cat),
    At(At),
    GroupRef(usize),
}

fn escape_table(c: u32) -> Option<u32> {
    Some(match char::from_u32(c)? {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => '\\' as u32,
        _ => return None,
    })
}

fn category(c: u32) -> Option<Code> {
    Some(match char::from_u32(c)? {
        'A' => Code::At(At::BeginningString),
        'b' => Code::At(At::Boundary),
        'B' => Code::At(At::NonBoundary),
        'd' => Code::In(Cat::Digit),
        'D' => Code::In(Cat::NotDigit),
        's' => Code::In(Cat::Space),
        'S' => Code::In(Cat::NotSpace),
        'w' => Code::In(Cat::Word),
        'W' => Code::In(Cat::NotWord),
        'Z' => Code::At(At::EndString),
        _ => return None,
    })
}

fn parse_hex(s: &str) -> u32 {
    u32::from_str_radix(s, 16).unwrap_or(u32::MAX)
}

/// The escapes shared by `_class_escape` and `_escape`: `\x \u \U \N`. `Ok(None)`: not one
/// of them.
fn numeric_escape(source: &mut Source<'_>, escape: &mut String, c: char) -> PResult<Option<u32>> {
    let digits = match c {
        'x' => 2,
        'u' if source.istext => 4,
        'U' if source.istext => 8,
        'N' if source.istext => {
            if !source.matches('{')? {
                return Err(source.error("missing {".into(), 0));
            }
            let name = source.getuntil('}', "character name")?;
            // No Unicode name database in pymem: every name is unknown.
            let n = name.chars().count();
            return Err(source.error(
                format!("undefined character name {}", py_repr(&name)),
                n + 4,
            ));
        }
        _ => return Ok(None),
    };
    escape.push_str(&source.getwhile(digits, HEXDIGITS)?);
    let n = escape.chars().count();
    if n != digits + 2 {
        return Err(source.error(format!("incomplete escape {escape}"), n));
    }
    let v = parse_hex(&escape[2..]);
    if v > 0x10ffff {
        // chr() raises ValueError, which _parser turns into "bad escape".
        return Err(source.error(format!("bad escape {escape}"), n));
    }
    Ok(Some(v))
}

fn is_ascii_letter(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_ascii_alphabetic())
}

/// `_class_escape`: an escape inside `[...]`.
fn class_escape(source: &mut Source<'_>, tok: Tok) -> PResult<Code> {
    let e = tok.esc.unwrap_or(0);
    if let Some(v) = escape_table(e) {
        return Ok(Code::Lit(v));
    }
    if let Some(code @ Code::In(_)) = category(e) {
        return Ok(code);
    }
    let mut escape = tok.text();
    let ch = char::from_u32(e).unwrap_or('\u{fffd}');
    if let Some(v) = numeric_escape(source, &mut escape, ch)? {
        return Ok(Code::Lit(v));
    }
    if OCTDIGITS.contains(ch) {
        escape.push_str(&source.getwhile(2, OCTDIGITS)?);
        let v = u32::from_str_radix(&escape[1..], 8).unwrap_or(0);
        if v > 0o377 {
            let n = escape.chars().count();
            return Err(source.error(
                format!("octal escape value {escape} outside of range 0-0o377"),
                n,
            ));
        }
        return Ok(Code::Lit(v));
    }
    if !ch.is_ascii_digit() && !is_ascii_letter(e) {
        return Ok(Code::Lit(e));
    }
    let n = escape.chars().count();
    Err(source.error(format!("bad escape {escape}"), n))
}

/// `_escape`: an escape outside sets.
fn escape(source: &mut Source<'_>, tok: Tok, state: &State) -> PResult<Code> {
    let e = tok.esc.unwrap_or(0);
    if let Some(code) = category(e) {
        return Ok(code);
    }
    if let Some(v) = escape_table(e) {
        return Ok(Code::Lit(v));
    }
    let mut escape = tok.text();
    let ch = char::from_u32(e).unwrap_or('\u{fffd}');
    if let Some(v) = numeric_escape(source, &mut escape, ch)? {
        return Ok(Code::Lit(v));
    }
    if ch == '0' {
        escape.push_str(&source.getwhile(2, OCTDIGITS)?);
        return Ok(Code::Lit(u32::from_str_radix(&escape[1..], 8).unwrap_or(0)));
    }
    if ch.is_ascii_digit() {
        if is_digit(source.next) {
            let t = source.get()?.map(|t| t.c).unwrap_or(0);
            push_cp(&mut escape, t);
            let b = escape.as_bytes();
            if OCTDIGITS.contains(b[1] as char)
                && OCTDIGITS.contains(b[2] as char)
                && source.next.is_some_and(|t| t.is_in(OCTDIGITS))
            {
                let t = source.get()?.map(|t| t.c).unwrap_or(0);
                push_cp(&mut escape, t);
                let v = u32::from_str_radix(&escape[1..], 8).unwrap_or(0);
                if v > 0o377 {
                    let n = escape.chars().count();
                    return Err(source.error(
                        format!("octal escape value {escape} outside of range 0-0o377"),
                        n,
                    ));
                }
                return Ok(Code::Lit(v));
            }
        }
        let n = escape.chars().count();
        let group: usize = escape[1..].parse().unwrap_or(usize::MAX);
        if group < state.groups() {
            if !state.checkgroup(group) {
                return Err(source.error("cannot refer to an open group".into(), n));
            }
            state.checklookbehindgroup(group, source)?;
            return Ok(Code::GroupRef(group));
        }
        return Err(source.error(format!("invalid group reference {group}"), n - 1));
    }
    if !is_ascii_letter(e) {
        return Ok(Code::Lit(e));
    }
    let n = escape.chars().count();
    Err(source.error(format!("bad escape {escape}"), n))
}

fn code_node(code: Code) -> Node {
    match code {
        Code::Lit(c) => Node::Literal(c),
        Code::In(c) => Node::Category(c),
        Code::At(a) => Node::At(a),
        Code::GroupRef(g) => Node::GroupRef(g),
    }
}

/// `_parse_sub`: an alternation. Nesting recurses (up to [`MAX_NESTING`] groups), on a
/// stack grown as needed.
fn parse_sub(
    source: &mut Source<'_>,
    state: &mut State,
    verbose: bool,
    nested: usize,
) -> PResult<Vec<Node>> {
    stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
        parse_sub_inner(source, state, verbose, nested)
    })
}

fn parse_sub_inner(
    source: &mut Source<'_>,
    state: &mut State,
    mut verbose: bool,
    nested: usize,
) -> PResult<Vec<Node>> {
    let mut items = Vec::new();
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse(source, state, verbose, nested + 1, first)?);
        if !source.matches('|')? {
            break;
        }
        if nested == 0 {
            verbose = state.flags & flag::VERBOSE != 0;
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().unwrap_or_default());
    }
    // As _parse_sub does: a branch of single characters and sets is one set (so that
    // `(?:a|b)*` repeats one character test, without a choice point per character).
    let mut set: Vec<SetItem> = Vec::new();
    let all_units = items.iter().all(|item| match item.as_slice() {
        [Node::Literal(c)] => {
            set.push(SetItem::Lit(*c));
            true
        }
        [Node::Category(c)] => {
            set.push(SetItem::Cat(*c));
            true
        }
        [Node::In(members, false)] => {
            set.extend_from_slice(members);
            true
        }
        _ => false,
    });
    if all_units {
        return Ok(vec![Node::In(uniq(set), false)]);
    }
    Ok(vec![Node::Branch(items)])
}

const WHITESPACE: &str = " \t\n\r\x0b\x0c";
const SPECIAL_CHARS: &str = ".\\[{()*+?^$|";

/// `_parse`: a sequence of items.
fn parse(
    source: &mut Source<'_>,
    state: &mut State,
    mut verbose: bool,
    nested: usize,
    first: bool,
) -> PResult<Vec<Node>> {
    let mut sub: Vec<Node> = Vec::new();
    while let Some(this) = source.next {
        if this.is('|') || this.is(')') {
            break;
        }
        source.advance()?;
        if verbose {
            if this.is_in(WHITESPACE) {
                continue;
            }
            if this.is('#') {
                loop {
                    match source.get()? {
                        None => break,
                        Some(t) if t.is('\n') => break,
                        _ => {}
                    }
                }
                continue;
            }
        }
        if this.esc.is_some() {
            let code = escape(source, this, state)?;
            sub.push(code_node(code));
        } else if !this.is_in(SPECIAL_CHARS) {
            sub.push(Node::Literal(this.c));
        } else if this.is('[') {
            sub.push(parse_set(source, &mut state.warnings)?);
        } else if this.is_in("*+?{") {
            parse_repeat(source, &mut sub, this)?;
        } else if this.is('.') {
            sub.push(Node::Any);
        } else if this.is('(') {
            if let Some(n) = parse_group(source, state, verbose, nested, first, &sub)? {
                sub.push(n);
            } else if state.flags & flag::VERBOSE != 0 && first && sub.is_empty() {
                verbose = true;
            }
        } else if this.is('^') {
            sub.push(Node::At(At::Beginning));
        } else if this.is('$') {
            sub.push(Node::At(At::End));
        }
    }
    // Unpack non-capturing groups without flags.
    let mut out = Vec::with_capacity(sub.len());
    for n in sub {
        match n {
            Node::Group {
                group: None,
                add: 0,
                del: 0,
                body,
            } => out.extend(body),
            n => out.push(n),
        }
    }
    Ok(out)
}

/// A `[...]` set (the `[` is consumed). Syntax that future versions may read as nested
/// sets or set operations adds a FutureWarning, as in CPython.
fn parse_set(source: &mut Source<'_>, warnings: &mut Vec<String>) -> PResult<Node> {
    let here = source.tell() - 1;
    let mut set: Vec<SetItem> = Vec::new();
    if source.next.is_some_and(|t| t.is('[')) {
        warnings.push(format!("Possible nested set at position {}", source.tell()));
    }
    let negate = source.matches('^')?;
    let item = |code: Code| match code {
        Code::Lit(c) => SetItem::Lit(c),
        Code::In(c) => SetItem::Cat(c),
        // class_escape never returns the others.
        Code::At(_) | Code::GroupRef(_) => SetItem::Lit(0),
    };
    loop {
        let Some(this) = source.get()? else {
            let pos = source.tell() - here;
            return Err(source.error("unterminated character set".into(), pos));
        };
        if this.is(']') && !set.is_empty() {
            break;
        }
        let code1 = if this.esc.is_some() {
            class_escape(source, this)?
        } else {
            if !set.is_empty() && this.is_in("-&~|") && source.next == Some(this) {
                let op = match char::from_u32(this.c) {
                    Some('-') => "difference",
                    Some('&') => "intersection",
                    Some('~') => "symmetric difference",
                    _ => "union",
                };
                warnings.push(format!(
                    "Possible set {op} at position {}",
                    source.tell() - 1
                ));
            }
            Code::Lit(this.c)
        };
        if source.matches('-')? {
            let Some(that) = source.get()? else {
                let pos = source.tell() - here;
                return Err(source.error("unterminated character set".into(), pos));
            };
            if that.is(']') {
                set.push(item(code1));
                set.push(SetItem::Lit('-' as u32));
                break;
            }
            let code2 = if that.esc.is_some() {
                class_escape(source, that)?
            } else {
                if that.is('-') {
                    warnings.push(format!(
                        "Possible set difference at position {}",
                        source.tell() - 2
                    ));
                }
                Code::Lit(that.c)
            };
            let msg = || format!("bad character range {}-{}", this.text(), that.text());
            let off = this.len() + 1 + that.len();
            match (code1, code2) {
                (Code::Lit(lo), Code::Lit(hi)) => {
                    if hi < lo {
                        return Err(source.error(msg(), off));
                    }
                    set.push(SetItem::Range(lo, hi));
                }
                _ => return Err(source.error(msg(), off)),
            }
        } else {
            set.push(item(code1));
        }
    }
    let uniq = uniq(set);
    if let [SetItem::Lit(c)] = uniq[..] {
        return Ok(if negate {
            Node::NotLiteral(c)
        } else {
            Node::Literal(c)
        });
    }
    Ok(Node::In(uniq, negate))
}

/// `_uniq`: the items without repeats, in first-seen order.
fn uniq(items: Vec<SetItem>) -> Vec<SetItem> {
    let mut seen = std::collections::HashSet::with_capacity(items.len());
    items.into_iter().filter(|i| seen.insert(*i)).collect()
}

/// Digits as a count, saturating (only compared against MAXREPEAT).
fn count(digits: &str) -> u64 {
    digits.bytes().fold(0u64, |n, d| {
        n.saturating_mul(10).saturating_add((d - b'0') as u64)
    })
}

fn overflow<T>() -> PResult<T> {
    Err(Error {
        kind: ErrorKind::Overflow,
        msg: "the repetition number is too large".into(),
        pos: None,
    })
}

/// A quantifier applied to the last item of `sub`.
fn parse_repeat(source: &mut Source<'_>, sub: &mut Vec<Node>, this: Tok) -> PResult<()> {
    let here = source.tell();
    let (mut min, mut max) = (0u32, MAXREPEAT);
    if this.is('?') {
        max = 1;
    } else if this.is('+') {
        min = 1;
    } else if this.is('{') {
        if source.next.is_some_and(|t| t.is('}')) {
            sub.push(Node::Literal('{' as u32));
            return Ok(());
        }
        let (mut lo, mut hi) = (String::new(), String::new());
        while is_digit(source.next) {
            lo.push(source.get()?.map_or('0', |t| t.c as u8 as char));
        }
        if source.matches(',')? {
            while is_digit(source.next) {
                hi.push(source.get()?.map_or('0', |t| t.c as u8 as char));
            }
        } else {
            hi.clone_from(&lo);
        }
        if !source.matches('}')? {
            sub.push(Node::Literal('{' as u32));
            source.seek(here)?;
            return Ok(());
        }
        if !lo.is_empty() {
            let v = count(&lo);
            if v >= MAXREPEAT as u64 {
                return overflow();
            }
            min = v as u32;
        }
        if !hi.is_empty() {
            let v = count(&hi);
            if v >= MAXREPEAT as u64 {
                return overflow();
            }
            max = v as u32;
            if max < min {
                let off = source.tell() - here;
                return Err(source.error("min repeat greater than max repeat".into(), off));
            }
        }
    }
    let off = source.tell() - here + this.len();
    let item = match sub.pop() {
        None | Some(Node::At(_)) => {
            return Err(source.error("nothing to repeat".into(), off));
        }
        Some(Node::Repeat { .. }) => {
            return Err(source.error("multiple repeat".into(), off));
        }
        Some(Node::Group {
            group: None,
            add: 0,
            del: 0,
            body,
        }) => body,
        Some(n) => vec![n],
    };
    let kind = if source.matches('?')? {
        RepKind::Lazy
    } else if source.matches('+')? {
        RepKind::Possessive
    } else {
        RepKind::Greedy
    };
    sub.push(Node::Repeat {
        min,
        max,
        kind,
        body: item,
    });
    Ok(())
}

fn unexpected_end<T>(source: &Source<'_>) -> PResult<T> {
    Err(source.error("unexpected end of pattern".into(), 0))
}

fn nest(state: &mut State) -> PResult<()> {
    state.depth += 1;
    if state.depth > MAX_NESTING {
        return Err(Error {
            kind: ErrorKind::Recursion,
            msg: "maximum recursion depth exceeded".into(),
            pos: None,
        });
    }
    Ok(())
}

/// What follows `(`: a group, an assertion, a comment or flags. `Ok(None)` when nothing is
/// added to the pattern (comments, global flags).
fn parse_group(
    source: &mut Source<'_>,
    state: &mut State,
    verbose: bool,
    nested: usize,
    first: bool,
    sub: &[Node],
) -> PResult<Option<Node>> {
    let start = source.tell() - 1;
    let mut capture = true;
    let mut atomic = false;
    let mut name: Option<String> = None;
    let (mut add_flags, mut del_flags) = (0u32, 0u32);
    if source.matches('?')? {
        let Some(ch) = source.get()? else {
            return unexpected_end(source);
        };
        if ch.is('P') {
            if source.matches('<')? {
                let n = source.getuntil('>', "group name")?;
                source.checkgroupname(&n, 1)?;
                name = Some(n);
            } else if source.matches('=')? {
                let n = source.getuntil(')', "group name")?;
                source.checkgroupname(&n, 1)?;
                let len = n.chars().count();
                let Some(gid) = state.group_name(&n) else {
                    return Err(
                        source.error(format!("unknown group name {}", py_repr(&n)), len + 1)
                    );
                };
                if !state.checkgroup(gid) {
                    return Err(source.error("cannot refer to an open group".into(), len + 1));
                }
                state.checklookbehindgroup(gid, source)?;
                return Ok(Some(Node::GroupRef(gid)));
            } else {
                let Some(c) = source.get()? else {
                    return unexpected_end(source);
                };
                return Err(source.error(format!("unknown extension ?P{}", c.text()), c.len() + 2));
            }
        } else if ch.is(':') {
            capture = false;
        } else if ch.is('#') {
            loop {
                if source.next.is_none() {
                    let off = source.tell() - start;
                    return Err(source.error("missing ), unterminated comment".into(), off));
                }
                if source.get()?.is_some_and(|t| t.is(')')) {
                    break;
                }
            }
            return Ok(None);
        } else if ch.is_in("=!<") {
            let mut ch = ch;
            let mut behind = false;
            let mut outer_lookbehind = None;
            if ch.is('<') {
                let Some(c) = source.get()? else {
                    return unexpected_end(source);
                };
                if !c.is_in("=!") {
                    return Err(
                        source.error(format!("unknown extension ?<{}", c.text()), c.len() + 2)
                    );
                }
                ch = c;
                behind = true;
                outer_lookbehind = Some(state.lookbehindgroups);
                if state.lookbehindgroups.is_none() {
                    state.lookbehindgroups = Some(state.groups());
                }
            }
            nest(state)?;
            let p = parse_sub(source, state, verbose, nested + 1)?;
            state.depth -= 1;
            if let Some(None) = outer_lookbehind {
                state.lookbehindgroups = None;
            }
            if !source.matches(')')? {
                let off = source.tell() - start;
                return Err(source.error("missing ), unterminated subpattern".into(), off));
            }
            return Ok(Some(Node::Assert {
                behind,
                negate: ch.is('!'),
                body: p,
            }));
        } else if ch.is('(') {
            return parse_conditional(source, state, verbose, nested, start).map(Some);
        } else if ch.is('>') {
            capture = false;
            atomic = true;
        } else if ch.is_in("iLmsxatu-") {
            match parse_flags(source, state, ch)? {
                None => {
                    if !first || !sub.is_empty() {
                        let off = source.tell() - start;
                        return Err(source.error(
                            "global flags not at the start of the expression".into(),
                            off,
                        ));
                    }
                    return Ok(None);
                }
                Some((a, d)) => {
                    add_flags = a;
                    del_flags = d;
                    capture = false;
                }
            }
        } else {
            return Err(source.error(format!("unknown extension ?{}", ch.text()), ch.len() + 1));
        }
    }
    let group = if capture {
        match state.opengroup(name.as_deref()) {
            Ok(g) => Some(g),
            Err(msg) => {
                let off = name.as_deref().map_or(0, |n| n.chars().count()) + 1;
                return Err(source.error(msg, off));
            }
        }
    } else {
        None
    };
    let sub_verbose = (verbose || add_flags & flag::VERBOSE != 0) && del_flags & flag::VERBOSE == 0;
    nest(state)?;
    let p = parse_sub(source, state, sub_verbose, nested + 1)?;
    state.depth -= 1;
    if !source.matches(')')? {
        let off = source.tell() - start;
        return Err(source.error("missing ), unterminated subpattern".into(), off));
    }
    if let Some(g) = group {
        let w = width(&p, &closed_widths(state));
        state.groupwidths[g] = Some(w);
    }
    if atomic {
        return Ok(Some(Node::Atomic(p)));
    }
    Ok(Some(Node::Group {
        group,
        add: add_flags,
        del: del_flags,
        body: p,
    }))
}

/// `(?(group)yes|no)` after `(?(`.
fn parse_conditional(
    source: &mut Source<'_>,
    state: &mut State,
    verbose: bool,
    nested: usize,
    start: usize,
) -> PResult<Node> {
    let condname = source.getuntil(')', "group name")?;
    let len = condname.chars().count();
    let condgroup = if !is_ascii_decimal(&condname) {
        source.checkgroupname(&condname, 1)?;
        match state.group_name(&condname) {
            Some(g) => g,
            None => {
                return Err(source.error(
                    format!("unknown group name {}", py_repr(&condname)),
                    len + 1,
                ))
            }
        }
    } else {
        let g = condname.parse::<usize>().unwrap_or(usize::MAX);
        if g == 0 {
            return Err(source.error("bad group number".into(), len + 1));
        }
        if g >= MAXGROUPS {
            return Err(source.error(format!("invalid group reference {g}"), len + 1));
        }
        if !state.grouprefpos.iter().any(|&(k, _)| k == g) {
            state.grouprefpos.push((g, source.tell() - len - 1));
        }
        g
    };
    state.checklookbehindgroup(condgroup, source)?;
    nest(state)?;
    let yes = parse(source, state, verbose, nested + 1, false)?;
    let no = if source.matches('|')? {
        let no = parse(source, state, verbose, nested + 1, false)?;
        if source.next.is_some_and(|t| t.is('|')) {
            return Err(source.error("conditional backref with more than two branches".into(), 0));
        }
        Some(no)
    } else {
        None
    };
    state.depth -= 1;
    if !source.matches(')')? {
        let off = source.tell() - start;
        return Err(source.error("missing ), unterminated subpattern".into(), off));
    }
    Ok(Node::GroupRefExists {
        group: condgroup,
        yes,
        no,
    })
}

fn flag_of(t: Tok) -> Option<u32> {
    if t.esc.is_some() {
        return None;
    }
    Some(match char::from_u32(t.c)? {
        'i' => flag::IGNORECASE,
        'L' => flag::LOCALE,
        'm' => flag::MULTILINE,
        's' => flag::DOTALL,
        'x' => flag::VERBOSE,
        'a' => flag::ASCII,
        't' => flag::TEMPLATE,
        'u' => flag::UNICODE,
        _ => return None,
    })
}

fn is_alpha_tok(t: Tok) -> bool {
    t.esc.is_none() && char::from_u32(t.c).is_some_and(crate::runtime::unicode::is_alpha)
}

/// `_parse_flags`: `None` for global flags `(?i)`, else the scoped (add, del) flags.
fn parse_flags(source: &mut Source<'_>, state: &mut State, ch: Tok) -> PResult<Option<(u32, u32)>> {
    let mut ch = ch;
    let (mut add, mut del) = (0u32, 0u32);
    if !ch.is('-') {
        loop {
            let f = flag_of(ch).unwrap_or(0);
            if source.istext {
                if ch.is('L') {
                    return Err(source.error(
                        "bad inline flags: cannot use 'L' flag with a str pattern".into(),
                        0,
                    ));
                }
            } else if ch.is('u') {
                return Err(source.error(
                    "bad inline flags: cannot use 'u' flag with a bytes pattern".into(),
                    0,
                ));
            }
            add |= f;
            if f & flag::TYPE_FLAGS != 0 && add & flag::TYPE_FLAGS != f {
                return Err(source.error(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible".into(),
                    0,
                ));
            }
            let Some(c) = source.get()? else {
                return Err(source.error("missing -, : or )".into(), 0));
            };
            ch = c;
            if ch.is_in(")-:") {
                break;
            }
            if flag_of(ch).is_none() {
                let msg = if is_alpha_tok(ch) {
                    "unknown flag"
                } else {
                    "missing -, : or )"
                };
                return Err(source.error(msg.into(), ch.len()));
            }
        }
    }
    if ch.is(')') {
        state.flags |= add;
        return Ok(None);
    }
    if add & flag::GLOBAL_FLAGS != 0 {
        return Err(source.error("bad inline flags: cannot turn on global flag".into(), 1));
    }
    if ch.is('-') {
        let Some(c) = source.get()? else {
            return Err(source.error("missing flag".into(), 0));
        };
        ch = c;
        if flag_of(ch).is_none() {
            let msg = if is_alpha_tok(ch) {
                "unknown flag"
            } else {
                "missing flag"
            };
            return Err(source.error(msg.into(), ch.len()));
        }
        loop {
            let f = flag_of(ch).unwrap_or(0);
            if f & flag::TYPE_FLAGS != 0 {
                return Err(source.error(
                    "bad inline flags: cannot turn off flags 'a', 'u' and 'L'".into(),
                    0,
                ));
            }
            del |= f;
            let Some(c) = source.get()? else {
                return Err(source.error("missing :".into(), 0));
            };
            ch = c;
            if ch.is(':') {
                break;
            }
            if flag_of(ch).is_none() {
                let msg = if is_alpha_tok(ch) {
                    "unknown flag"
                } else {
                    "missing :"
                };
                return Err(source.error(msg.into(), ch.len()));
            }
        }
    }
    if del & flag::GLOBAL_FLAGS != 0 {
        return Err(source.error("bad inline flags: cannot turn off global flag".into(), 1));
    }
    if add & del != 0 {
        return Err(source.error("bad inline flags: flag turned on and off".into(), 1));
    }
    Ok(Some((add, del)))
}

fn value_err<T>(msg: &str) -> PResult<T> {
    Err(Error {
        kind: ErrorKind::Value,
        msg: msg.into(),
        pos: None,
    })
}

/// `fix_flags`: check the flags against the pattern type and add the str default UNICODE.
fn fix_flags(istext: bool, mut flags: u32) -> PResult<u32> {
    if istext {
        if flags & flag::LOCALE != 0 {
            return value_err("cannot use LOCALE flag with a str pattern");
        }
        if flags & flag::ASCII == 0 {
            flags |= flag::UNICODE;
        } else if flags & flag::UNICODE != 0 {
            return value_err("ASCII and UNICODE flags are incompatible");
        }
    } else {
        if flags & flag::UNICODE != 0 {
            return value_err("cannot use UNICODE flag with a bytes pattern");
        }
        if flags & flag::LOCALE != 0 && flags & flag::ASCII != 0 {
            return value_err("ASCII and LOCALE flags are incompatible");
        }
    }
    Ok(flags)
}

/// Parse `pattern` (code points; `istext` false for a bytes pattern read as Latin-1).
pub fn parse_pattern(pattern: &[u32], istext: bool, flags: u32) -> PResult<Parsed> {
    parse_with_warnings(pattern, istext, flags).0
}

/// [`parse_pattern`], and the FutureWarnings raised on the way (also when it fails).
pub fn parse_with_warnings(
    pattern: &[u32],
    istext: bool,
    flags: u32,
) -> (PResult<Parsed>, Vec<String>) {
    let mut state = State {
        flags,
        groupdict: Vec::new(),
        groupwidths: vec![None],
        lookbehindgroups: None,
        grouprefpos: Vec::new(),
        depth: 0,
        warnings: Vec::new(),
    };
    let r = parse_state(pattern, istext, flags, &mut state);
    (r, std::mem::take(&mut state.warnings))
}

fn parse_state(pattern: &[u32], istext: bool, flags: u32, state: &mut State) -> PResult<Parsed> {
    let mut source = Source::new(pattern, istext)?;
    let nodes = parse_sub(&mut source, state, flags & flag::VERBOSE != 0, 0)?;
    let flags = fix_flags(istext, state.flags)?;
    if source.next.is_some() {
        return Err(source.error("unbalanced parenthesis".into(), 0));
    }
    for &(g, pos) in &state.grouprefpos {
        if g >= state.groups() {
            return re_err(format!("invalid group reference {g}"), Some(pos));
        }
    }
    Ok(Parsed {
        nodes,
        flags,
        groups: state.groups(),
        names: state.groupdict.clone(),
        widths: closed_widths(state),
    })
}
