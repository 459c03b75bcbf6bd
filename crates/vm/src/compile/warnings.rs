//! Compile-time `SyntaxWarning`s, as CPython 3.12's compiler issues them (after the
//! parser's invalid-escape warnings, `crate::escapes`): `assertion is always true, perhaps
//! remove parentheses?` for `assert (x, "msg")` (`compiler_assert`); `"is" with 'int'
//! literal. Did you mean "=="?` for an `is` / `is not` with a constant operand other than
//! None, True, False and `...` (compile.c `check_compare`); `'int' object is not callable;
//! perhaps you missed a comma?` for a call of a literal or display (`check_caller`); `'int'
//! object is not subscriptable; ...` and `list indices must be integers or slices, not str;
//! ...` for subscripts (`check_subscripter`, `check_index`). CPython checks after its AST
//! optimizer has folded constant expressions, so `x is -1`, `x is (1, 2)`, `x is 2 + 3`
//! and `x is "ab"[0]` warn as literals too.

use super::*;
use crate::error::SyntaxWarning;

impl<'a> Compiler<'a> {
    /// Record the warning for an `is` / `is not` comparison with a literal operand (the
    /// first one only: CPython stops checking a comparison chain at its first warning).
    pub(super) fn check_compare(&mut self, e: &Expr, left: &Expr, ops: &[CmpOp], rest: &[Expr]) {
        let mut left_lit = literal_type(left);
        for (op, right) in ops.iter().zip(rest) {
            let right_lit = literal_type(right);
            if matches!(op, CmpOp::Is | CmpOp::IsNot) {
                if let Some(ty) = left_lit.or(right_lit) {
                    let message = if *op == CmpOp::Is {
                        format!("\"is\" with '{ty}' literal. Did you mean \"==\"?")
                    } else {
                        format!("\"is not\" with '{ty}' literal. Did you mean \"!=\"?")
                    };
                    self.warn(e.loc.line, message);
                    return;
                }
            }
            left_lit = right_lit;
        }
    }

    /// `compiler_assert`: a non-empty tuple as the test (`assert (x, "msg")`) is always true.
    pub(super) fn check_assert(&mut self, line: u32, test: &Expr) {
        if matches!(&test.kind, ExprKind::Tuple(elts) if !elts.is_empty()) {
            self.warn(
                line,
                "assertion is always true, perhaps remove parentheses?".to_string(),
            );
        }
    }

    /// `check_caller`: calling a literal or a display.
    pub(super) fn check_caller(&mut self, func: &Expr) {
        let callable = match &func.kind {
            ExprKind::Literal(_)
            | ExprKind::Tuple(_)
            | ExprKind::List(_)
            | ExprKind::Dict(_)
            | ExprKind::Set(_)
            | ExprKind::Comp { .. }
            | ExprKind::FString(_) => false,
            _ => folded(func).is_none(),
        };
        if !callable {
            if let Some(ty) = infer_type(func) {
                self.warn(
                    func.loc.line,
                    format!("'{ty}' object is not callable; perhaps you missed a comma?"),
                );
            }
        }
    }

    /// `check_subscripter` and `check_index` for `value[index]` being read.
    pub(super) fn check_subscript(&mut self, value: &Expr, index: &Expr) {
        let not_subscriptable = match &value.kind {
            ExprKind::Set(_)
            | ExprKind::Lambda { .. }
            | ExprKind::Comp {
                kind: CompKind::Set | CompKind::Generator,
                ..
            } => true,
            _ => matches!(
                infer_type(value),
                Some("NoneType" | "ellipsis" | "int" | "bool" | "float" | "complex")
            ),
        };
        if not_subscriptable {
            if let Some(ty) = infer_type(value) {
                self.warn(
                    value.loc.line,
                    format!("'{ty}' object is not subscriptable; perhaps you missed a comma?"),
                );
            }
            return;
        }
        let Some(index_type) = infer_type(index) else {
            return;
        };
        if matches!(index_type, "int" | "bool" | "slice") {
            return;
        }
        let sequence = match &value.kind {
            ExprKind::Tuple(_)
            | ExprKind::List(_)
            | ExprKind::FString(_)
            | ExprKind::Comp {
                kind: CompKind::List,
                ..
            } => true,
            _ => matches!(infer_type(value), Some("str" | "bytes" | "tuple")),
        };
        if sequence {
            if let Some(ty) = infer_type(value) {
                self.warn(
                    value.loc.line,
                    format!(
                        "{ty} indices must be integers or slices, not {index_type}; \
                         perhaps you missed a comma?"
                    ),
                );
            }
        }
    }

    fn warn(&mut self, line: u32, message: String) {
        if let Some(sink) = &self.warnings {
            sink.borrow_mut().push(SyntaxWarning {
                filename: self.filename.to_string(),
                lineno: line,
                message,
            });
        }
    }
}

/// CPython's `infer_type`: the type of a constant (after folding) or a display.
fn infer_type(e: &Expr) -> Option<&'static str> {
    Some(match &e.kind {
        ExprKind::Literal(Literal::None) => "NoneType",
        ExprKind::Literal(Literal::Bool(_)) => "bool",
        ExprKind::Literal(Literal::Ellipsis) => "ellipsis",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        ExprKind::Dict(_) => "dict",
        ExprKind::Set(_) => "set",
        ExprKind::Comp { kind, .. } => match kind {
            CompKind::List => "list",
            CompKind::Set => "set",
            CompKind::Dict => "dict",
            CompKind::Generator => "generator",
        },
        ExprKind::Lambda { .. } => "function",
        ExprKind::FString(_) => "str",
        ExprKind::Slice { .. } => "slice",
        _ => match folded(e)? {
            Folded::Value(t) => t,
            Folded::Singleton => return None,
        },
    })
}

/// The type name of `e` if CPython's optimizer makes it a constant other than the
/// singletons `check_is_arg` accepts.
fn literal_type(e: &Expr) -> Option<&'static str> {
    match folded(e)? {
        Folded::Singleton => None,
        Folded::Value(t) => Some(t),
    }
}

/// What constant folding makes of an expression.
enum Folded {
    /// None, True, False or `...` (no warning).
    Singleton,
    /// A constant of this type.
    Value(&'static str),
}

fn folded(e: &Expr) -> Option<Folded> {
    Some(match &e.kind {
        ExprKind::Literal(l) => match l {
            Literal::None | Literal::Bool(_) | Literal::Ellipsis => Folded::Singleton,
            Literal::Int(_) | Literal::BigInt(_) => Folded::Value("int"),
            Literal::Float(_) => Folded::Value("float"),
            Literal::Complex(_) => Folded::Value("complex"),
            Literal::Str(_) => Folded::Value("str"),
            Literal::Bytes(_) => Folded::Value("bytes"),
        },
        ExprKind::Unary { op, operand } => match (op, folded(operand)?) {
            // `not <constant>` folds to True or False.
            (UnaryOp::Not, _) => Folded::Singleton,
            (_, Folded::Value(t @ ("int" | "float" | "complex"))) => Folded::Value(t),
            _ => return None,
        },
        ExprKind::Tuple(items) => {
            for i in items {
                folded(i)?;
            }
            Folded::Value("tuple")
        }
        ExprKind::BinOp { left, op, right } => {
            let (Folded::Value(l), Folded::Value(r)) = (folded(left)?, folded(right)?) else {
                return None;
            };
            Folded::Value(match (l, *op, r) {
                ("int", BinOp::Div, "int") => "float",
                ("int", _, "int") => "int",
                ("int" | "float", _, "int" | "float") if *op != BinOp::MatMul => "float",
                ("str", BinOp::Add, "str") => "str",
                ("bytes", BinOp::Add, "bytes") => "bytes",
                ("str", BinOp::Mul, "int") | ("int", BinOp::Mul, "str") => "str",
                ("bytes", BinOp::Mul, "int") | ("int", BinOp::Mul, "bytes") => "bytes",
                ("tuple", BinOp::Add, "tuple") => "tuple",
                _ => return None,
            })
        }
        ExprKind::Subscript { value, index } => match (folded(value)?, folded(index)?) {
            (Folded::Value("str"), Folded::Value("int")) => Folded::Value("str"),
            (Folded::Value("bytes"), Folded::Value("int")) => Folded::Value("int"),
            _ => return None,
        },
        _ => return None,
    })
}
