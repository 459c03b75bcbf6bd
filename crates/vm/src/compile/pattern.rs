//! Compiling `match` statements (PEP 634) to bytecode, as CPython 3.12 does.
//!
//! A pattern is compiled with its subject on TOS and consumes it. On failure it jumps to
//! `fail_pop[n]` of its [`PatternCtx`], a chain of `Pop`s emitted after the case that removes
//! the `n` items the pattern left above the case's base (CPython's `pc->fail_pop`). A captured
//! value is not stored when its sub-pattern matches: it is rotated to the bottom of the
//! pattern's stack region (newest deepest) and the names are stored only once the whole
//! pattern matched, first capture first, so a failed case binds nothing.
//!
//! ```text
//! match s:                s
//!   case P if g: A        Dup; <P: consumes the copy, leaves its captures>; store captures;
//!                         g PopJumpIfFalse F0; Pop; A; Jump END
//!                         Fn: Pop ... F1: Pop; F0:                 (stack: s)
//!   case Q: B             <Q: consumes s>; store captures; B; Jump END; Fn: Pop ... F0:
//!                         END:
//! ```
//!
//! Each alternative of an OR pattern matches a copy of the subject in a region of its own; its
//! captures are then put in the first alternative's order, the subject is dropped and the
//! captures move to the bottom of the enclosing region.

use super::*;
use crate::ir::{MatchCase, Pattern, PatternKind};

/// The state of one pattern being compiled.
struct PatternCtx {
    /// `fail_pop[n]`: pop `n` items, then fall through to the failure path.
    fail_pop: Vec<Label>,
    /// Items on the stack above the case's base: captured values (at the bottom), then the
    /// items still being matched.
    depth: u32,
    /// May an irrefutable pattern appear here (last case, guarded case, last alternative,
    /// sub-pattern)?
    allow_irrefutable: bool,
    /// Names captured so far, in capture order (a name may be captured once); the first is
    /// nearest the top of the captured values.
    stores: Vec<String>,
}

impl PatternCtx {
    /// A context for a pattern whose subject is alone on the stack above its base.
    fn new(allow_irrefutable: bool) -> Self {
        PatternCtx {
            fail_pop: Vec::new(),
            depth: 1,
            allow_irrefutable,
            stores: Vec::new(),
        }
    }
}

impl<'a> Compiler<'a> {
    /// `match subject: case ...`.
    pub(super) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> R<()> {
        self.expr(subject)?;
        let end = self.new_label();
        for (i, case) in cases.iter().enumerate() {
            let last = i + 1 == cases.len();
            self.u().cur_loc = case.pattern.loc;
            // Every case but the last matches a copy, keeping the subject for the next one.
            if !last {
                self.emit(Instr::Dup);
            }
            let mut pc = PatternCtx::new(last || case.guard.is_some());
            self.pattern(&case.pattern, &mut pc)?;
            // Matched: only the captured values are left, first capture on top.
            self.u().cur_loc = case.pattern.loc;
            for name in std::mem::take(&mut pc.stores) {
                self.name_op(&name, Ctx::Store);
                pc.depth -= 1;
            }
            if let Some(guard) = &case.guard {
                let fail = self.fail_label(&mut pc, 0);
                self.jump_if(guard, false, fail)?;
            }
            if !last {
                self.emit(Instr::Pop);
            }
            self.stmts(&case.body)?;
            self.emit(Instr::Jump(end.0));
            self.emit_fail_chain(&pc);
        }
        self.bind(end);
        Ok(())
    }

    /// The label that pops `n` items and fails.
    fn fail_label(&mut self, pc: &mut PatternCtx, n: u32) -> Label {
        while pc.fail_pop.len() <= n as usize {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[n as usize]
    }

    /// Pops the boolean on TOS; fails (popping `pc.depth` items) when it is false.
    fn fail_if_false(&mut self, pc: &mut PatternCtx) {
        let l = self.fail_label(pc, pc.depth);
        self.emit(Instr::PopJumpIfFalse(l.0));
    }

    /// `fail_pop[max]: Pop; ...; fail_pop[1]: Pop; fail_pop[0]:`.
    fn emit_fail_chain(&mut self, pc: &PatternCtx) {
        for (i, l) in pc.fail_pop.iter().enumerate().rev() {
            self.bind(*l);
            if i > 0 {
                self.emit(Instr::Pop);
            }
        }
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> R<()> {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
            self.u().cur_loc = p.loc;
            self.pattern_inner(p, pc)
        })
    }

    /// A sub-pattern of a sequence, mapping or class pattern: irrefutable patterns are fine.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> R<()> {
        let saved = std::mem::replace(&mut pc.allow_irrefutable, true);
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = saved;
        r
    }

    /// Records `name` as captured, checking that this pattern has not captured it already.
    fn note_capture(&mut self, name: &str, loc: Loc, pc: &mut PatternCtx) -> R<()> {
        if name == "__debug__" {
            return Err(self.error(loc, "cannot assign to __debug__"));
        }
        if pc.stores.iter().any(|s| s == name) {
            return Err(self.error(
                loc,
                format!("multiple assignments to name '{name}' in pattern"),
            ));
        }
        pc.stores.push(name.to_string());
        Ok(())
    }

    /// Captures TOS as `name`: it moves under everything in the pattern's region (it stays
    /// counted in `pc.depth` until the case stores it).
    fn store_capture(&mut self, name: &str, loc: Loc, pc: &mut PatternCtx) -> R<()> {
        self.note_capture(name, loc, pc)?;
        if pc.depth > 1 {
            self.emit(Instr::Rotate(pc.depth - 1));
        }
        Ok(())
    }

    /// Pops TOS, fails unless it is not None (the result of `MatchKeys`/`MatchClass`).
    fn fail_if_none(&mut self, pc: &mut PatternCtx) {
        self.emit(Instr::Dup);
        self.load_const(Constant::None);
        self.emit(Instr::Compare(CmpOp::IsNot));
        self.fail_if_false(pc);
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> R<()> {
        match &p.kind {
            PatternKind::Value(e) => {
                self.expr(e)?;
                self.u().cur_loc = p.loc;
                self.emit(Instr::Compare(CmpOp::Eq));
                pc.depth -= 1;
                self.fail_if_false(pc);
            }
            PatternKind::Singleton(l) => {
                self.load_const(literal_const(l));
                self.emit(Instr::Compare(CmpOp::Is));
                pc.depth -= 1;
                self.fail_if_false(pc);
            }
            PatternKind::As {
                pattern: None,
                name,
            } => {
                if !pc.allow_irrefutable {
                    let msg = match name {
                        Some(n) => {
                            format!("name capture '{n}' makes remaining patterns unreachable")
                        }
                        None => "wildcard makes remaining patterns unreachable".to_string(),
                    };
                    return Err(self.error(p.loc, msg));
                }
                match name {
                    Some(n) => self.store_capture(n, p.loc, pc)?,
                    None => {
                        self.emit(Instr::Pop);
                        pc.depth -= 1;
                    }
                }
            }
            PatternKind::As {
                pattern: Some(inner),
                name,
            } => {
                self.emit(Instr::Dup);
                pc.depth += 1;
                self.pattern(inner, pc)?;
                self.u().cur_loc = p.loc;
                match name {
                    Some(n) => self.store_capture(n, p.loc, pc)?,
                    None => {
                        self.emit(Instr::Pop);
                        pc.depth -= 1;
                    }
                }
            }
            PatternKind::Star(_) => {
                // The parser allows a star only directly inside a sequence pattern, which
                // handles it itself.
                return Err(self.error(p.loc, "can't use starred expression here"));
            }
            PatternKind::Sequence(items) => self.sequence_pattern(p, items, pc)?,
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => self.mapping_pattern(p, keys, patterns, rest.as_deref(), pc)?,
            PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.class_pattern(cls, patterns, kwd_attrs, kwd_patterns, pc)?,
            PatternKind::Or(alts) => self.or_pattern(p, alts, pc)?,
        }
        Ok(())
    }

    fn sequence_pattern(
        &mut self,
        p: &'a Pattern,
        items: &'a [Pattern],
        pc: &mut PatternCtx,
    ) -> R<()> {
        let stars: Vec<usize> = items
            .iter()
            .enumerate()
            .filter(|(_, i)| matches!(i.kind, PatternKind::Star(_)))
            .map(|(n, _)| n)
            .collect();
        if stars.len() > 1 {
            return Err(self.error(p.loc, "multiple starred names in sequence pattern"));
        }
        let n = items.len() as u32;
        self.emit(Instr::MatchSequence);
        self.fail_if_false(pc);
        let n_i = i64::from(n);
        match stars.first() {
            None => {
                self.emit(Instr::GetLen);
                self.load_const(Constant::Int(n_i));
                self.emit(Instr::Compare(CmpOp::Eq));
                self.fail_if_false(pc);
            }
            Some(_) if n > 1 => {
                self.emit(Instr::GetLen);
                self.load_const(Constant::Int(n_i - 1));
                self.emit(Instr::Compare(CmpOp::GtE));
                self.fail_if_false(pc);
            }
            Some(_) => {}
        }
        // As CPython: `[_, *_]`-like patterns need nothing more; with a `*_` the items are
        // fetched by index (a long range or deque is not unpacked); otherwise unpack.
        if items.iter().all(is_wildcard) {
            self.emit(Instr::Pop);
            pc.depth -= 1;
            return Ok(());
        }
        match stars.first() {
            Some(&star) if matches!(items[star].kind, PatternKind::Star(None)) => {
                for (i, item) in items.iter().enumerate() {
                    if i == star || is_wildcard(item) {
                        continue;
                    }
                    self.u().cur_loc = p.loc;
                    self.emit(Instr::Dup);
                    if i < star {
                        self.load_const(Constant::Int(i as i64));
                    } else {
                        // The subject may not support negative indexes: len - (n - i).
                        self.emit(Instr::GetLen);
                        self.load_const(Constant::Int(n_i - i as i64));
                        self.emit(Instr::BinaryOp(BinOp::Sub));
                    }
                    self.emit(Instr::BinarySubscr);
                    pc.depth += 1;
                    self.subpattern(item, pc)?;
                }
                self.u().cur_loc = p.loc;
                self.emit(Instr::Pop);
                pc.depth -= 1;
                return Ok(());
            }
            None => self.emit(Instr::UnpackSequence(n)),
            Some(&star) => {
                let (before, after) = (star as u32, n - 1 - star as u32);
                if before > 0xffff || after > 0xffff {
                    return Err(self.error(
                        p.loc,
                        "too many expressions in star-unpacking sequence pattern",
                    ));
                }
                self.emit(Instr::UnpackEx(before | (after << 16)));
            }
        }
        pc.depth = pc.depth - 1 + n;
        for item in items {
            match &item.kind {
                PatternKind::Star(Some(name)) => self.store_capture(name, item.loc, pc)?,
                PatternKind::Star(None) => {
                    self.emit(Instr::Pop);
                    pc.depth -= 1;
                }
                _ => self.subpattern(item, pc)?,
            }
        }
        Ok(())
    }

    fn mapping_pattern(
        &mut self,
        p: &'a Pattern,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&'a str>,
        pc: &mut PatternCtx,
    ) -> R<()> {
        // Literal keys must differ (checked at run time for value patterns).
        let mut seen: Vec<Literal> = Vec::new();
        for k in keys {
            match key_literal(k) {
                Some(l) => {
                    if seen.iter().any(|s| literal_key_eq(s, &l)) {
                        return Err(self.error(
                            p.loc,
                            format!(
                                "mapping pattern checks duplicate key ({})",
                                literal_const(&l).repr()
                            ),
                        ));
                    }
                    seen.push(l);
                }
                None if matches!(
                    k.kind,
                    ExprKind::Attribute { .. } | ExprKind::Unary { .. } | ExprKind::BinOp { .. }
                ) => {}
                None => {
                    return Err(self.error(
                        k.loc,
                        "mapping pattern keys may only match literals and attribute lookups",
                    ))
                }
            }
        }
        self.emit(Instr::MatchMapping);
        self.fail_if_false(pc);
        if keys.is_empty() && rest.is_none() {
            self.emit(Instr::Pop);
            pc.depth -= 1;
            return Ok(());
        }
        let n = keys.len() as u32;
        if n > 0 {
            self.emit(Instr::GetLen);
            self.load_const(Constant::Int(i64::from(n)));
            self.emit(Instr::Compare(CmpOp::GtE));
            self.fail_if_false(pc);
        }
        for k in keys {
            self.expr(k)?;
        }
        self.u().cur_loc = p.loc;
        self.emit(Instr::BuildTuple(n));
        pc.depth += 1;
        if n > 0 {
            self.emit(Instr::MatchKeys);
            pc.depth += 1;
            self.fail_if_none(pc);
            self.emit(Instr::UnpackSequence(n));
            pc.depth = pc.depth - 1 + n;
            for sub in patterns {
                self.subpattern(sub, pc)?;
            }
            self.u().cur_loc = p.loc;
        }
        match rest {
            Some(name) => {
                self.emit(Instr::CopyDictWithoutKeys);
                pc.depth -= 1;
                self.store_capture(name, p.loc, pc)?;
            }
            None => {
                self.emit(Instr::Pop);
                self.emit(Instr::Pop);
                pc.depth -= 2;
            }
        }
        Ok(())
    }

    fn class_pattern(
        &mut self,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [String],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternCtx,
    ) -> R<()> {
        for (i, a) in kwd_attrs.iter().enumerate() {
            if kwd_attrs[..i].contains(a) {
                return Err(self.error(
                    kwd_patterns[i].loc,
                    format!("attribute name repeated in class pattern: {a}"),
                ));
            }
        }
        self.expr(cls)?;
        let names: Vec<Constant> = kwd_attrs
            .iter()
            .map(|a| Constant::Str(self.mangle(a).into()))
            .collect();
        self.load_const(Constant::Tuple(names.into()));
        self.emit(Instr::MatchClass(patterns.len() as u32));
        self.fail_if_none(pc);
        let n = (patterns.len() + kwd_patterns.len()) as u32;
        self.emit(Instr::UnpackSequence(n));
        pc.depth = pc.depth - 1 + n;
        for sub in patterns.iter().chain(kwd_patterns) {
            self.subpattern(sub, pc)?;
        }
        Ok(())
    }

    fn or_pattern(&mut self, p: &'a Pattern, alts: &'a [Pattern], pc: &mut PatternCtx) -> R<()> {
        let end = self.new_label();
        let mut canonical: Option<Vec<String>> = None;
        for (i, alt) in alts.iter().enumerate() {
            let last = i + 1 == alts.len();
            self.u().cur_loc = alt.loc;
            self.emit(Instr::Dup);
            let mut sub = PatternCtx::new(last && pc.allow_irrefutable);
            self.pattern(alt, &mut sub)?;
            self.u().cur_loc = p.loc;
            let names = std::mem::take(&mut sub.stores);
            let order = match &canonical {
                None => canonical.insert(names.clone()).clone(),
                Some(c) => {
                    let (mut a, mut b) = (c.clone(), names.clone());
                    a.sort();
                    b.sort();
                    if a != b {
                        return Err(self.error(p.loc, "alternative patterns bind different names"));
                    }
                    c.clone()
                }
            };
            // Put the captures in the first alternative's order (first capture on top)...
            let mut stack: Vec<&String> = names.iter().rev().collect();
            for name in order.iter().rev() {
                let idx = stack.iter().position(|n| *n == name).unwrap_or(0);
                let d = (stack.len() - 1 - idx) as u32;
                for _ in 0..d {
                    self.emit(Instr::Rotate(d));
                }
                let n = stack.remove(idx);
                stack.push(n);
            }
            // ...then bring the subject up from under them and drop it.
            let m = names.len() as u32;
            for _ in 0..m {
                self.emit(Instr::Rotate(m));
            }
            self.emit(Instr::Pop);
            self.emit(Instr::Jump(end.0));
            self.emit_fail_chain(&sub);
            if last {
                let fail = self.fail_label(pc, pc.depth);
                self.emit(Instr::Jump(fail.0));
            }
        }
        self.bind(end);
        // The subject is consumed; the captures join the bottom of the enclosing region.
        let names = canonical.unwrap_or_default();
        pc.depth = pc.depth - 1 + names.len() as u32;
        for name in &names {
            self.note_capture(name, p.loc, pc)?;
            if pc.depth > 1 {
                self.emit(Instr::Rotate(pc.depth - 1));
            }
        }
        Ok(())
    }
}

/// `_` or `*_`: matches anything, binds nothing.
fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.kind,
        PatternKind::As {
            pattern: None,
            name: None
        } | PatternKind::Star(None)
    )
}

/// The constant value of a literal mapping key (`-1` included), if it is one.
fn key_literal(k: &Expr) -> Option<Literal> {
    match &k.kind {
        ExprKind::Literal(l) => Some(l.clone()),
        ExprKind::Unary {
            op: UnaryOp::Neg,
            operand,
        } => match &operand.kind {
            ExprKind::Literal(Literal::Int(i)) => Some(Literal::Int(i.checked_neg()?)),
            ExprKind::Literal(Literal::Float(f)) => Some(Literal::Float(-f)),
            _ => None,
        },
        _ => None,
    }
}

/// Would two literal mapping keys be equal dict keys (CPython compares the constants)?
fn literal_key_eq(a: &Literal, b: &Literal) -> bool {
    use Literal as L;
    let num = |l: &Literal| match l {
        L::Bool(b) => Some(f64::from(u8::from(*b))),
        L::Int(i) => Some(*i as f64),
        L::Float(f) => Some(*f),
        _ => None,
    };
    match (a, b) {
        (L::Str(x), L::Str(y)) => x == y,
        (L::Bytes(x), L::Bytes(y)) => x == y,
        (L::None, L::None) => true,
        (L::BigInt(x), L::BigInt(y)) => x == y,
        _ => matches!((num(a), num(b)), (Some(x), Some(y)) if x == y),
    }
}
