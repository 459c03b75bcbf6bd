//! Constant folding of binary operations, as CPython 3.12's AST optimizer (`ast_opt.c`)
//! does it: `2 ** 100`, `60 * 60 * 24`, `'ab' + 'cd'`, `'-' * 20`, `b'ab' * 2` become one constant, so
//! the value is a constant of the code (shared, with the main script's extra reference —
//! `sys.getrefcount` and `is` see what they see in CPython). The same size limits apply
//! (results up to 128 bits for `*`, `**` and `<<`, strings up to 4096 characters for `*`),
//! and an operation that would raise (`1 / 0`) is left for run time.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::*;

/// `MAX_INT_SIZE`: the largest folded int, in bits.
const MAX_INT_SIZE: u64 = 128;
/// `MAX_STR_SIZE`: the longest string `*` folds to.
const MAX_STR_SIZE: usize = 4096;

/// A constant operand or result.
enum Val {
    Int(BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
}

/// `MAX_COLLECTION_SIZE`: the longest tuple `*` folds to.
const MAX_COLLECTION_SIZE: usize = 256;

/// The value of `e` if CPython's optimizer makes it a number, str or bytes constant.
fn value(e: &Expr) -> Option<Val> {
    match &e.kind {
        ExprKind::Literal(Literal::Int(i)) => Some(Val::Int(BigInt::from(*i))),
        ExprKind::Literal(Literal::BigInt(s)) => parse_big(s).map(Val::Int),
        ExprKind::Literal(Literal::Float(f)) => Some(Val::Float(*f)),
        ExprKind::Literal(Literal::Str(s)) => Some(Val::Str(s.clone())),
        ExprKind::Literal(Literal::Bytes(b)) => Some(Val::Bytes(b.clone())),
        ExprKind::Tuple(items) => items
            .iter()
            .map(|e| const_tuple_item(e).or_else(|| value(e).map(constant)))
            .collect::<Option<Vec<_>>>()
            .map(Val::Tuple),
        ExprKind::Unary {
            op: UnaryOp::Neg,
            operand,
        } => match value(operand)? {
            Val::Int(i) => Some(Val::Int(-i)),
            Val::Float(f) => Some(Val::Float(-f)),
            Val::Str(_) | Val::Bytes(_) | Val::Tuple(_) => None,
        },
        ExprKind::BinOp { left, op, right } => fold(value(left)?, *op, value(right)?),
        _ => None,
    }
}

fn parse_big(s: &str) -> Option<BigInt> {
    let (radix, digits) = match s.get(..2) {
        Some("0x" | "0X") => (16, &s[2..]),
        Some("0o" | "0O") => (8, &s[2..]),
        Some("0b" | "0B") => (2, &s[2..]),
        _ => (10, s),
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

fn fold(l: Val, op: BinOp, r: Val) -> Option<Val> {
    match (l, r) {
        (Val::Int(a), Val::Int(b)) => fold_ints(a, op, b),
        (Val::Str(a), Val::Str(b)) if op == BinOp::Add => Some(Val::Str(a + &b)),
        (Val::Str(s), Val::Int(n)) | (Val::Int(n), Val::Str(s)) if op == BinOp::Mul => {
            let n = n.to_i64()?.max(0) as usize;
            let len = s.chars().count();
            (len == 0 || n <= MAX_STR_SIZE / len).then(|| Val::Str(s.repeat(n)))
        }
        (Val::Bytes(mut a), Val::Bytes(b)) if op == BinOp::Add => {
            a.extend_from_slice(&b);
            Some(Val::Bytes(a))
        }
        (Val::Bytes(s), Val::Int(n)) | (Val::Int(n), Val::Bytes(s)) if op == BinOp::Mul => {
            let n = n.to_i64()?.max(0) as usize;
            (s.is_empty() || n <= MAX_STR_SIZE / s.len()).then(|| Val::Bytes(s.repeat(n)))
        }
        (Val::Tuple(mut a), Val::Tuple(b)) if op == BinOp::Add => {
            a.extend(b);
            Some(Val::Tuple(a))
        }
        (Val::Tuple(t), Val::Int(n)) | (Val::Int(n), Val::Tuple(t)) if op == BinOp::Mul => {
            let n = n.to_i64()?.max(0) as usize;
            (t.is_empty() || n <= MAX_COLLECTION_SIZE / t.len()).then(|| {
                let mut v = Vec::with_capacity(t.len() * n);
                for _ in 0..n {
                    v.extend(t.iter().cloned());
                }
                Val::Tuple(v)
            })
        }
        (Val::Float(a), Val::Float(b)) => fold_floats(a, op, b),
        (Val::Float(a), Val::Int(b)) => fold_floats(a, op, b.to_f64().filter(|f| f.is_finite())?),
        (Val::Int(a), Val::Float(b)) => fold_floats(a.to_f64().filter(|f| f.is_finite())?, op, b),
        _ => None,
    }
}

fn fold_ints(a: BigInt, op: BinOp, b: BigInt) -> Option<Val> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => {
            if a.bits() + b.bits() > MAX_INT_SIZE {
                return None;
            }
            a * b
        }
        BinOp::FloorDiv if !b.is_zero() => a.div_floor(&b),
        BinOp::Mod if !b.is_zero() => a.mod_floor(&b),
        BinOp::Pow => {
            // safe_power: only non-negative exponents, and a result within MAX_INT_SIZE.
            if b.is_negative() {
                return None;
            }
            let e = b.to_u64()?;
            if !a.is_zero() && e > 0 && a.bits().checked_mul(e)? > MAX_INT_SIZE {
                return None;
            }
            num_traits::pow::Pow::pow(&a, e)
        }
        BinOp::LShift => {
            if b.is_negative() {
                return None;
            }
            let s = b.to_u64()?;
            if !a.is_zero() && a.bits() + s > MAX_INT_SIZE {
                return None;
            }
            a << s
        }
        BinOp::RShift if !b.is_negative() => a >> b.to_u64().unwrap_or(u64::MAX).min(1 << 20),
        BinOp::BitAnd => a & b,
        BinOp::BitOr => a | b,
        BinOp::BitXor => a ^ b,
        _ => return None,
    };
    Some(Val::Int(r))
}

/// Float operations whose result needs no error check (as CPython's float add/sub/mul and
/// a true division by a nonzero value).
fn fold_floats(a: f64, op: BinOp, b: f64) -> Option<Val> {
    Some(Val::Float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::Div if b != 0.0 => a / b,
        _ => return None,
    }))
}

impl<'a> Compiler<'a> {
    /// The constant CPython's optimizer folds `left op right` into, if it does.
    pub(super) fn folded_binop(&self, left: &Expr, op: BinOp, right: &Expr) -> Option<Constant> {
        Some(constant(fold(value(left)?, op, value(right)?)?))
    }

    /// The constant `-operand` folds into when the operand is a folded operation
    /// (`-(2 ** 100)`; a negated literal is folded by `expr` itself).
    pub(super) fn folded_neg(&self, operand: &Expr) -> Option<Constant> {
        if !matches!(operand.kind, ExprKind::BinOp { .. }) {
            return None;
        }
        Some(constant(match value(operand)? {
            Val::Int(i) => Val::Int(-i),
            Val::Float(f) => Val::Float(-f),
            Val::Str(_) | Val::Bytes(_) | Val::Tuple(_) => return None,
        }))
    }
}

/// Does CPython's optimizer fold `e` into a constant (`2 ** 63`, `-(10 - 2)`)?
pub(super) fn is_folded(e: &Expr) -> bool {
    value(e).is_some()
}

/// The constant CPython's optimizer makes of `e`, a number, str or bytes expression.
pub(super) fn folded_constant(e: &Expr) -> Option<Constant> {
    value(e).map(constant)
}

fn constant(v: Val) -> Constant {
    {
        match v {
            Val::Int(i) => match i.to_i64() {
                Some(small) => Constant::Int(small),
                None => Constant::BigInt(i.to_string().into()),
            },
            Val::Float(f) => Constant::Float(f),
            Val::Str(s) => Constant::Str(s.into()),
            Val::Bytes(b) => Constant::Bytes(b.into()),
            Val::Tuple(t) => Constant::Tuple(t.into()),
        }
    }
}
