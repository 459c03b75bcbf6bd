//! CPython's hints for a `=` written where an expression goes (`if x = 1:`, `[a, b = 2]`,
//! `f(a.b = 1)`), rebuilt on top of ruff's errors.
//!
//! ruff stops at the stray `=` with a plain "expected ..." error; CPython's grammar has
//! dedicated rules there, and which one fires depends on what stands on each side of the `=`:
//!
//! * where a named expression is allowed (a condition of `if`/`elif`/`while`, an item of a
//!   list, set, tuple or subscript, a parenthesized expression), `NAME = operand` reads as a
//!   misspelt comparison or walrus and is marked from the name through the operand; any other
//!   operand on the left (a literal, attribute, call, arithmetic) is called out as what it is,
//!   "cannot assign to ... here"; a display, a tuple, a generator expression or one of the
//!   three singletons on the left, or a right side that is no plain operand (`not y`) or is
//!   followed by another `=` or `:=`, get no hint;
//! * in a call's arguments, `expr = value` with anything but a name on the left is "expression
//!   cannot contain assignment" (marked through the `=`), and the three singletons "cannot
//!   assign to".
//!
//! "Plain operand" is CPython's `bitwise_or` level: everything that binds tighter than a
//! comparison. The operands are found by re-parsing the text on each side with ruff.

use ruff_python_ast::{Expr as RuffExpr, Mod, UnaryOp};
use ruff_text_size::{TextRange, TextSize};

/// Where an offending `=` stands, as far as the hints care.
struct Context {
    /// The bracket the `=` is inside, if any, and its byte offset.
    bracket: Option<(char, usize)>,
    /// The start of the item the `=` belongs to: just past the bracket or the last comma at
    /// the bracket's depth, or the start of the logical line.
    item_start: usize,
    /// Whether a comma at the top level of the logical line comes before the `=`.
    line_comma: bool,
    /// The start of the logical line.
    line_start: usize,
}

/// The hint for a stray `=` at byte `at` of `source` (ruff's error location), if CPython has
/// one there: the message and the range it marks.
pub(crate) fn named_expression_hint(source: &str, at: usize) -> Option<(String, TextRange)> {
    let rest = source.get(at..)?;
    if !rest.starts_with('=') || rest.starts_with("==") {
        return None;
    }
    let ctx = context(source, at)?;
    let end_of_item: &[char] = match ctx.bracket {
        None => {
            // Only the condition of `if`, `elif` and `while`.
            if ctx.line_comma {
                return None;
            }
            let head = source.get(ctx.item_start..at)?.trim_start();
            let is_condition = ["if", "elif", "while"].into_iter().any(|k| {
                head.strip_prefix(k)
                    .is_some_and(|r| r.starts_with([' ', '\t']))
            });
            if !is_condition {
                return None;
            }
            &[':', ';', '\n', '#']
        }
        Some(('(', open)) if is_call(source, open)? => return None,
        Some(_) => &[',', ')', ']', '}', '\n', '#'],
    };
    let left_start = match ctx.bracket {
        None => {
            let head = source.get(ctx.item_start..at)?;
            let indent = head.len() - head.trim_start().len();
            let keyword_len = head.trim_start().find([' ', '\t'])?;
            ctx.item_start + indent + keyword_len
        }
        Some(_) => ctx.item_start,
    };
    let left_text = source.get(left_start..at)?;
    let left_start = left_start + (left_text.len() - left_text.trim_start().len());
    let left_text = left_text.trim();
    let left = classify(left_text)?;
    // The right operand: CPython's `bitwise_or` after the `=`, which must not be followed by
    // another `=` or `:=`.
    let right_text = item_text(source, at + 1, end_of_item);
    let right_trimmed = right_text.trim_start();
    let right_start = at + 1 + (right_text.len() - right_trimmed.len());
    let right_len = operand_prefix_len(right_trimmed.trim_end())?;
    let range = |start: usize, end: usize| {
        Some(TextRange::new(
            TextSize::try_from(start).ok()?,
            TextSize::try_from(end).ok()?,
        ))
    };
    match left {
        Left::Name => Some((
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".to_string(),
            range(left_start, right_start + right_len)?,
        )),
        Left::Operand(what) => Some((
            format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?"),
            range(left_start, left_start + left_text.len())?,
        )),
        Left::NoHint => None,
    }
}

/// The hint for ruff's "Expected a parameter name" at `range`: a keyword argument whose
/// "name" is an expression.
pub(crate) fn keyword_argument_hint(source: &str, range: TextRange) -> Option<(String, TextRange)> {
    let text = source.get(range.to_std_range())?;
    let after = source.get(range.end().to_usize()..)?;
    let spaces = after.len() - after.trim_start_matches([' ', '\t']).len();
    let rest = &after[spaces..];
    if !rest.starts_with('=') || rest.starts_with("==") {
        return None;
    }
    let end = TextSize::try_from(range.end().to_usize() + spaces + 1).ok()?;
    let marked = TextRange::new(range.start(), end);
    match text {
        "True" | "False" | "None" => Some((format!("cannot assign to {text}"), marked)),
        _ => {
            classify(text)?;
            Some((
                "expression cannot contain assignment, perhaps you meant \"==\"?".to_string(),
                marked,
            ))
        }
    }
}

/// The hint for a call argument `name = value` followed by a comprehension's `for` (ruff
/// fails at the `for`, at byte `at`): CPython reads it as a misspelt generator expression and
/// marks the name through the `=`.
pub(crate) fn keyword_genexp_hint(source: &str, at: usize) -> Option<(String, TextRange)> {
    let rest = source.get(at..)?;
    if !rest
        .strip_prefix("for")
        .is_some_and(|r| r.starts_with([' ', '\t', '(', '[']))
    {
        return None;
    }
    let ctx = context(source, at)?;
    let Some(('(', open)) = ctx.bracket else {
        return None;
    };
    if !is_call(source, open)? {
        return None;
    }
    let item = source.get(ctx.item_start..at)?;
    let trimmed = item.trim_start();
    let name_start = ctx.item_start + (item.len() - trimmed.len());
    let name_len: usize = trimmed
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .map(char::len_utf8)
        .sum();
    let name = &trimmed[..name_len];
    if name.is_empty()
        || name.starts_with(|c: char| c.is_ascii_digit())
        || matches!(name, "True" | "False" | "None")
    {
        return None;
    }
    let after = trimmed[name_len..].trim_start_matches([' ', '\t']);
    if !after.starts_with('=') || after.starts_with("==") {
        return None;
    }
    let eq = name_start + name_len + (trimmed[name_len..].len() - after.len());
    Some((
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".to_string(),
        TextRange::new(
            TextSize::try_from(name_start).ok()?,
            TextSize::try_from(eq + 1).ok()?,
        ),
    ))
}

/// What stands left of the `=`.
enum Left {
    /// A plain name.
    Name,
    /// Any other plain operand, by CPython's name for its kind.
    Operand(&'static str),
    /// Something CPython gives no hint for.
    NoHint,
}

fn classify(text: &str) -> Option<Left> {
    if text.is_empty() {
        return None;
    }
    if matches!(text, "True" | "False" | "None") {
        return Some(Left::NoHint);
    }
    let parsed = ruff_python_parser::parse_expression(text).ok()?;
    let expr = parsed.expr();
    let left = match expr {
        RuffExpr::Name(_) if expr_is_whole(expr, text) => Left::Name,
        RuffExpr::List(_) | RuffExpr::Tuple(_) | RuffExpr::Generator(_) => Left::NoHint,
        e if is_operand(e) => Left::Operand(describe(e)),
        _ => Left::NoHint,
    };
    let tree = parsed.into_syntax();
    crate::parse::drop_deep(Mod::Expression(tree), text.len());
    Some(left)
}

/// Whether the node spans all of `text` (a parenthesized name does not).
fn expr_is_whole(expr: &RuffExpr, text: &str) -> bool {
    use ruff_text_size::Ranged;
    expr.range().start().to_usize() == 0 && expr.range().end().to_usize() == text.len()
}

/// Whether `expr` is at CPython's `bitwise_or` level or tighter.
fn is_operand(expr: &RuffExpr) -> bool {
    match expr {
        RuffExpr::BoolOp(_)
        | RuffExpr::Compare(_)
        | RuffExpr::If(_)
        | RuffExpr::Lambda(_)
        | RuffExpr::Named(_)
        | RuffExpr::Starred(_)
        | RuffExpr::Yield(_)
        | RuffExpr::YieldFrom(_) => false,
        RuffExpr::UnaryOp(u) => u.op != UnaryOp::Not,
        _ => true,
    }
}

fn describe(expr: &RuffExpr) -> &'static str {
    match expr {
        RuffExpr::Attribute(_) => "attribute",
        RuffExpr::Subscript(_) => "subscript",
        RuffExpr::Name(_) => "name",
        RuffExpr::Call(_) => "function call",
        RuffExpr::BinOp(_) | RuffExpr::UnaryOp(_) => "expression",
        RuffExpr::Await(_) => "await expression",
        RuffExpr::ListComp(_) => "list comprehension",
        RuffExpr::SetComp(_) => "set comprehension",
        RuffExpr::DictComp(_) => "dict comprehension",
        RuffExpr::Dict(_) => "dict literal",
        RuffExpr::Set(_) => "set display",
        RuffExpr::FString(_) | RuffExpr::TString(_) => "f-string expression",
        RuffExpr::EllipsisLiteral(_) => "ellipsis",
        _ => "literal",
    }
}

/// The byte length of the leading plain operand of `text` (the left operand of a comparison
/// or boolean operator, the body of a conditional expression), if `text` is an expression
/// that starts with one.
fn operand_prefix_len(text: &str) -> Option<usize> {
    use ruff_text_size::Ranged;
    if text.is_empty() {
        return None;
    }
    // In a display, the operand may be followed by a comprehension's `for`: parse it as the
    // element of one (one byte in).
    let (parsed, shift) = match ruff_python_parser::parse_expression(text) {
        Ok(parsed) => (parsed, 0),
        Err(_) => (
            ruff_python_parser::parse_expression(&format!("[{text}]")).ok()?,
            1,
        ),
    };
    let mut expr = parsed.expr();
    let len = loop {
        if shift == 1 && std::ptr::eq(expr, parsed.expr()) {
            match expr {
                RuffExpr::ListComp(comp) => {
                    expr = &comp.elt;
                    continue;
                }
                _ => break None,
            }
        }
        match expr {
            RuffExpr::BoolOp(b) => match b.values.first() {
                Some(first) => expr = first,
                None => break None,
            },
            RuffExpr::Compare(c) => expr = &c.left,
            RuffExpr::If(i) => expr = &i.body,
            e if is_operand(e) => break e.range().end().to_usize().checked_sub(shift),
            _ => break None,
        }
    };
    let tree = parsed.into_syntax();
    crate::parse::drop_deep(Mod::Expression(tree), text.len());
    // (As CPython's node, ruff's range of `(y)` is `y`.)
    len
}

/// Whether the `(` at `open` starts a call's arguments (or a class's bases), `None` for a
/// function's parameters (CPython has other rules there).
fn is_call(source: &str, open: usize) -> Option<bool> {
    let head = source.get(..open)?.trim_end();
    let Some(last) = head.chars().next_back() else {
        return Some(false);
    };
    if matches!(last, ')' | ']' | '\'' | '"') {
        return Some(true);
    }
    if !(last.is_alphanumeric() || last == '_') {
        return Some(false);
    }
    let word_len: usize = head
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .map(char::len_utf8)
        .sum();
    let word = &head[head.len() - word_len..];
    const KEYWORDS: &[&str] = &[
        "if", "elif", "while", "and", "or", "not", "in", "is", "return", "yield", "assert", "del",
        "else", "lambda", "await", "for", "with", "from", "import", "as", "case", "match", "print",
    ];
    if KEYWORDS.contains(&word) && word != "print" {
        return Some(false);
    }
    let before = head[..head.len() - word_len].trim_end();
    if let Some(stem) = before.strip_suffix("def") {
        if stem.is_empty() || stem.ends_with([' ', '\t', '\n']) {
            return None;
        }
    }
    Some(true)
}

/// Whether the statement around byte `at` is one whose `:` CPython's grammar demands
/// outright (`else`, `try`, `finally`, `def`), so that any other token there is "expected
/// ':'"; after other headers only the end of the line is.
pub(crate) fn colon_is_forced(source: &str, at: usize) -> bool {
    let Some(ctx) = context(source, at) else {
        return false;
    };
    let head = source.get(ctx.line_start..at).unwrap_or("").trim_start();
    let head = head.strip_prefix("async").map_or(head, str::trim_start);
    let word: String = head
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    matches!(word.as_str(), "else" | "try" | "finally" | "def")
}

/// The text from `start` up to the first of `stops` outside brackets and strings.
fn item_text<'s>(source: &'s str, start: usize, stops: &[char]) -> &'s str {
    let text = source.get(start..).unwrap_or("");
    let mut depth = 0usize;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\'' | '"' => skip_string(text, i, &mut chars),
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth > 0 => depth -= 1,
            // (`:=` is an operator, not a header's colon.)
            ':' if text[i..].starts_with(":=") => {}
            c if depth == 0 && stops.contains(&c) => return &text[..i],
            _ => {}
        }
    }
    text
}

/// Skips the string literal whose quote is at `i` (triple quotes and escapes understood).
fn skip_string(text: &str, i: usize, chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>) {
    let quote = &text[i..i + 1];
    let triple = text[i..].starts_with(&quote.repeat(3));
    if triple {
        chars.next();
        chars.next();
    }
    while let Some((j, c)) = chars.next() {
        if c == '\\' {
            chars.next();
        } else if triple {
            if text[j..].starts_with(&quote.repeat(3)) {
                chars.next();
                chars.next();
                return;
            }
        } else if text[j..].starts_with(quote) || c == '\n' {
            return;
        }
    }
}

/// Scans `source` up to `at` for the bracket, item and logical line the `=` there is in.
fn context(source: &str, at: usize) -> Option<Context> {
    let text = source.get(..at)?;
    // (bracket, its offset, the start of its current item)
    let mut stack: Vec<(char, usize, usize)> = Vec::new();
    let mut line_start = 0;
    let mut line_comma = false;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\'' | '"' => skip_string(text, i, &mut chars),
            '#' => while chars.next_if(|&(_, n)| n != '\n').is_some() {},
            '\\' => {
                chars.next_if(|&(_, n)| n == '\n');
            }
            '(' | '[' | '{' => stack.push((c, i, i + 1)),
            ')' | ']' | '}' => {
                stack.pop();
            }
            ',' => match stack.last_mut() {
                Some(top) => top.2 = i + 1,
                None => line_comma = true,
            },
            '\n' | ';' if stack.is_empty() => {
                line_start = i + 1;
                line_comma = false;
            }
            _ => {}
        }
    }
    Some(match stack.last() {
        Some(&(bracket, open, item)) => Context {
            bracket: Some((bracket, open)),
            item_start: item,
            line_comma,
            line_start,
        },
        None => Context {
            bracket: None,
            item_start: line_start,
            line_comma,
            line_start,
        },
    })
}
