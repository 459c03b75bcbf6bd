//! f-strings → `JoinedStr`: ruff keeps the parts of an implicit concatenation apart and
//! the debug text of `{x=}` beside its expression; CPython 3.12 has one list of values
//! where neighbouring literal text is one `Constant`, `{x=}` adds its text as literal
//! text (and converts with `!r` unless a conversion or format spec is given), and a
//! format spec is a `JoinedStr` of its own (ending in an empty `Constant` when its last
//! part is a replacement field, a 3.12 quirk that `ast.dump` shows).

use heap::ObjRef;
use ruff_python_ast as ra;
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::ast_convert::convert_expr;
use super::ast_nodes::Builder;
use crate::runtime::PyResult;

type B<'a, 'b> = &'b mut Builder<'a>;

/// A value of the `JoinedStr` being built: literal text not yet made a node (so that the
/// next literal can join it), or a finished `FormattedValue`.
enum Piece {
    Text(String, TextRange),
    Value(ObjRef),
}

fn push_text(pieces: &mut Vec<Piece>, s: &str, range: TextRange) {
    if s.is_empty() {
        return;
    }
    if let Some(Piece::Text(prev, prev_range)) = pieces.last_mut() {
        prev.push_str(s);
        *prev_range = prev_range.cover(range);
    } else {
        pieces.push(Piece::Text(s.to_string(), range));
    }
}

fn text_node(b: B, s: &str, range: TextRange) -> PyResult {
    let value = b.str(s)?;
    let kind = b.vm.none();
    b.node("Constant", &[("value", value), ("kind", kind)], Some(range))
}

fn finish(b: B, pieces: Vec<Piece>) -> PyResult<Vec<ObjRef>> {
    let mut out = Vec::with_capacity(pieces.len());
    for p in pieces {
        out.push(match p {
            Piece::Text(s, range) => text_node(b, &s, range)?,
            Piece::Value(v) => v,
        });
    }
    Ok(out)
}

fn elements(
    b: B,
    elements: &[ra::InterpolatedStringElement],
    out: &mut Vec<Piece>,
) -> PyResult<()> {
    for element in elements {
        match element {
            ra::InterpolatedStringElement::Literal(l) => push_text(out, &l.value, l.range),
            ra::InterpolatedStringElement::Interpolation(i) => {
                if let Some(debug) = &i.debug_text {
                    // The text runs from after the `{` for as many bytes as it has.
                    let start = i.range.start() + TextSize::from(1);
                    let range = TextRange::at(start, TextSize::of(debug.as_str()));
                    push_text(out, &without_comments(debug.as_str()), range);
                }
                out.push(Piece::Value(b.nested(|b| formatted_value(b, i))?));
            }
        }
    }
    Ok(())
}

/// The debug text of `{x = # note\n}` as CPython keeps it: comments (in a triple-quoted
/// f-string) are left out, their line breaks kept.
fn without_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut quote: Option<char> = None;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (None, '#') => {
                // Skip to the line break (kept) or the end.
                for rest in chars.by_ref() {
                    if rest == '\n' {
                        out.push('\n');
                        break;
                    }
                }
                continue;
            }
            (None, '\'' | '"') => quote = Some(c),
            (Some(q), _) if q == c => quote = None,
            _ => {}
        }
        out.push(c);
    }
    out
}

fn formatted_value(b: B, i: &ra::InterpolatedElement) -> PyResult {
    let value = convert_expr(b, &i.expression)?;
    let conversion = match i.conversion.to_byte() {
        Some(c) => i64::from(c),
        // `{x=}` shows the repr unless told otherwise.
        None if i.debug_text.is_some() && i.format_spec.is_none() => i64::from(b'r'),
        None => -1,
    };
    let conversion = b.int(conversion)?;
    let spec = match &i.format_spec {
        Some(spec) => {
            let mut pieces = Vec::new();
            elements(b, &spec.elements, &mut pieces)?;
            let ends_in_field = matches!(pieces.last(), Some(Piece::Value(_)));
            let mut values = finish(b, pieces)?;
            if ends_in_field {
                let end = TextRange::empty(spec.range.end());
                values.push(text_node(b, "", end)?);
            }
            let values = b.list(values)?;
            // CPython's spec starts at the colon before it.
            let start = spec.range.start().checked_sub(1.into()).unwrap_or_default();
            let range = TextRange::new(start, spec.range.end());
            b.node("JoinedStr", &[("values", values)], Some(range))?
        }
        None => b.vm.none(),
    };
    let fields = [
        ("value", value),
        ("conversion", conversion),
        ("format_spec", spec),
    ];
    b.node("FormattedValue", &fields, Some(i.range))
}

/// The `JoinedStr` of an f-string (with the plain strings concatenated to it).
pub(crate) fn joined_str(b: B, f: &ra::ExprFString) -> PyResult {
    let mut pieces = Vec::new();
    for part in f.value.iter() {
        match part {
            ra::FStringPart::Literal(l) => push_text(&mut pieces, &l.value, l.range()),
            ra::FStringPart::FString(fs) => elements(b, &fs.elements, &mut pieces)?,
        }
    }
    let values = finish(b, pieces)?;
    let values = b.list(values)?;
    b.node("JoinedStr", &[("values", values)], Some(f.range))
}
