//! The value-stack depth CPython 3.12's compiler would give a generator or coroutine
//! (`co_stacksize`), estimated from the IR.
//!
//! `sys.getsizeof` of a generator counts its embedded frame: one word per local and one per
//! stack slot of CPython's code object. pymem's own bytecode needs a different depth (it
//! pushes no NULL before a call, for one), so the size follows CPython's codegen instead:
//! each construct's peak as CPython 3.12 emits it. `b` is always the depth below the
//! construct; an expression leaves one value at `b + 1`.
//!
//! The peaks that are not obvious from the operands:
//! * a call keeps two slots under its arguments (NULL or `self`, then the callable);
//! * an exception handler entered by the generator's own cleanup holds `lasti` and the
//!   exception (so any generator needs 2);
//! * `try`/`except` peaks at `b + 4` (previous exception, `lasti`, exception, copy), a
//!   `finally` body runs at `b + 2` on the exceptional path, `with` peaks at `b + 6`
//!   (the exit, then the handler's four, then the cleanup's copy);
//! * `yield from` and `await` keep the iterator and the sent value, and their handler the
//!   exception: `b + 3`;
//! * an inlined list/set/dict comprehension saves each of its variables on the stack first.

use crate::ir::{CompKind, Comprehension, Expr, ExprKind, FPart, Keyword, Stmt, StmtKind};

/// The stack a generator or coroutine function's `body` needs. `class_cell`: the function
/// has a `__class__` cell (a method using zero-argument `super()`).
pub(crate) fn function_body(body: &[Stmt], class_cell: bool) -> u32 {
    let e = Estimator { class_cell };
    e.stmts(body, 0).max(2)
}

/// The stack a generator expression's own code needs.
pub(crate) fn generator_expression(elt: &Expr, generators: &[Comprehension]) -> u32 {
    let e = Estimator { class_cell: false };
    // `.0` is loaded for the first loop; each loop's iterator stays while it runs.
    let mut peak = 0;
    let mut depth = 0;
    for (i, g) in generators.iter().enumerate() {
        if i > 0 {
            peak = peak.max(e.expr(&g.iter, depth));
        } else {
            peak = peak.max(depth + 1);
        }
        depth += 1;
        // FOR_ITER pushes the next value, which the target stores.
        peak = peak.max(depth + 1).max(e.store(&g.target, depth));
        for cond in &g.ifs {
            peak = peak.max(e.expr(cond, depth));
        }
    }
    peak.max(e.expr(elt, depth)).max(2)
}

struct Estimator {
    class_cell: bool,
}

fn max_of(it: impl IntoIterator<Item = u32>) -> u32 {
    it.into_iter().max().unwrap_or(0)
}

fn is_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Literal(_) => true,
        ExprKind::Tuple(items) => items.iter().all(is_constant),
        _ => false,
    }
}

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred(_))
}

impl Estimator {
    fn stmts(&self, body: &[Stmt], b: u32) -> u32 {
        max_of(body.iter().map(|s| self.stmt(s, b)))
    }

    fn opt(&self, e: Option<&Expr>, b: u32) -> u32 {
        e.map_or(b, |e| self.expr(e, b))
    }

    fn stmt(&self, s: &Stmt, b: u32) -> u32 {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e, b),
            StmtKind::Return(v) => self.opt(v.as_ref(), b),
            StmtKind::Assign { targets, value } => {
                let mut peak = self.expr(value, b);
                if targets.len() > 1 {
                    peak = peak.max(b + 2);
                }
                peak.max(max_of(targets.iter().map(|t| self.store(t, b))))
            }
            StmtKind::AugAssign { target, value, .. } => match &target.kind {
                ExprKind::Attribute { value: obj, .. } => {
                    self.expr(obj, b).max(b + 2).max(self.expr(value, b + 2))
                }
                ExprKind::Subscript { value: obj, index } => self
                    .expr(obj, b)
                    .max(self.expr(index, b + 1))
                    .max(b + 4)
                    .max(self.expr(value, b + 3)),
                _ => self.expr(value, b + 1).max(b + 1),
            },
            StmtKind::AnnAssign { target, value, .. } => match value {
                Some(v) => self.expr(v, b).max(self.store(target, b)),
                None => b,
            },
            StmtKind::Delete(targets) => max_of(targets.iter().map(|t| match &t.kind {
                ExprKind::Attribute { value, .. } => self.expr(value, b),
                ExprKind::Subscript { value, index } => {
                    self.expr(value, b).max(self.expr(index, b + 1))
                }
                _ => b,
            })),
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => self
                .expr(test, b)
                .max(self.stmts(body, b))
                .max(self.stmts(orelse, b)),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                let step = if *is_async {
                    // GET_ANEXT, the awaitable's SEND and its handler.
                    b + 4
                } else {
                    b + 2
                };
                self.expr(iter, b)
                    .max(step)
                    .max(self.store(target, b + 1))
                    .max(self.stmts(body, b + 1))
                    .max(self.stmts(orelse, b))
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                let mut peak = 0;
                let mut depth = b;
                for (ctx, target) in items {
                    peak = peak.max(self.expr(ctx, depth)).max(depth + 6);
                    if *is_async {
                        peak = peak.max(depth + 7);
                    }
                    if let Some(t) = target {
                        peak = peak.max(self.store(t, depth + 1));
                    }
                    depth += 1;
                }
                peak.max(self.stmts(body, depth))
            }
            StmtKind::Raise { exc, cause } => self
                .opt(exc.as_ref(), b)
                .max(self.opt(cause.as_ref(), b + 1)),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                let mut peak = self.stmts(body, b).max(self.stmts(orelse, b));
                if !handlers.is_empty() {
                    peak = peak.max(b + 4);
                    for h in handlers {
                        peak = peak
                            .max(self.opt(h.typ.as_ref(), b + 2))
                            .max(self.stmts(&h.body, b + 1));
                    }
                }
                if !finalbody.is_empty() {
                    peak = peak.max(b + 4).max(self.stmts(finalbody, b + 2));
                }
                peak
            }
            StmtKind::Assert { test, msg } => self
                .expr(test, b)
                .max(b + 1)
                .max(self.opt(msg.as_ref(), b + 1)),
            StmtKind::Import(_) | StmtKind::ImportFrom { .. } => b + 2,
            StmtKind::FunctionDef(f) => {
                let defaults = f
                    .params
                    .posonly
                    .iter()
                    .chain(&f.params.args)
                    .chain(&f.params.kwonly)
                    .filter_map(|p| p.default.as_ref());
                let d = f.decorators.len() as u32;
                max_of(
                    f.decorators
                        .iter()
                        .enumerate()
                        .map(|(i, e)| self.expr(e, b + i as u32)),
                )
                .max(max_of(defaults.map(|e| self.expr(e, b + d + 1))))
                .max(b + d + 3)
            }
            StmtKind::ClassDef(c) => {
                let d = c.decorators.len() as u32;
                let base = b + d + 4;
                max_of(
                    c.decorators
                        .iter()
                        .enumerate()
                        .map(|(i, e)| self.expr(e, b + i as u32)),
                )
                .max(max_of(
                    c.bases
                        .iter()
                        .enumerate()
                        .map(|(i, e)| self.expr(e, base + i as u32)),
                ))
                .max(self.keywords(&c.keywords, base + c.bases.len() as u32))
                .max(base)
            }
            StmtKind::Match { subject, cases } => {
                // A rough bound: the subject, a copy, and the pattern's own work.
                let mut peak = self.expr(subject, b).max(b + 4);
                for case in cases {
                    peak = peak
                        .max(self.opt(case.guard.as_ref(), b + 1))
                        .max(self.stmts(&case.body, b));
                }
                peak
            }
            StmtKind::Global(_)
            | StmtKind::Nonlocal(_)
            | StmtKind::Pass
            | StmtKind::Break
            | StmtKind::Continue => b,
        }
    }

    /// Storing the value at `b + 1` into `target`.
    fn store(&self, target: &Expr, b: u32) -> u32 {
        match &target.kind {
            ExprKind::Attribute { value, .. } => self.expr(value, b + 1),
            ExprKind::Subscript { value, index } => {
                self.expr(value, b + 1).max(self.expr(index, b + 2))
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let n = items.len() as u32;
                let top = b + n.max(1);
                let mut peak = top;
                for (i, t) in items.iter().enumerate() {
                    let t = match &t.kind {
                        ExprKind::Starred(inner) => inner,
                        _ => t,
                    };
                    peak = peak.max(self.store(t, top - 1 - i as u32));
                }
                peak
            }
            _ => b + 1,
        }
    }

    fn keywords(&self, kws: &[Keyword], b: u32) -> u32 {
        max_of(
            kws.iter()
                .enumerate()
                .map(|(i, k)| self.expr(&k.value, b + i as u32)),
        )
    }

    /// Elements pushed one above the other (a display or positional arguments).
    fn sequence(&self, items: &[Expr], b: u32) -> u32 {
        max_of(
            items
                .iter()
                .enumerate()
                .map(|(i, e)| self.expr(e, b + i as u32)),
        )
        .max(b + 1)
    }

    /// A display with a starred item: built empty, then extended item by item.
    fn built_up(&self, items: &[Expr], b: u32) -> u32 {
        let before = items.iter().take_while(|e| !is_starred(e)).count();
        let mut peak = self.sequence(&items[..before], b);
        for e in &items[before..] {
            let e = match &e.kind {
                ExprKind::Starred(inner) => inner,
                _ => e,
            };
            peak = peak.max(self.expr(e, b + 1));
        }
        peak.max(b + 2)
    }

    fn fstring(&self, parts: &[FPart], b: u32) -> u32 {
        let mut peak = b + 1;
        for (i, p) in parts.iter().enumerate() {
            let at = b + i as u32;
            if let FPart::Value { expr, spec, .. } = p {
                peak = peak.max(self.expr(expr, at));
                if let Some(spec) = spec {
                    peak = peak.max(self.fstring(spec, at + 1));
                }
            } else {
                peak = peak.max(at + 1);
            }
        }
        peak
    }

    fn expr(&self, e: &Expr, b: u32) -> u32 {
        match &e.kind {
            ExprKind::Literal(_) | ExprKind::Name(_) => b + 1,
            ExprKind::Attribute { value, .. } => self.expr(value, b),
            ExprKind::Subscript { value, index } => {
                let peak = self.expr(value, b);
                match &index.kind {
                    ExprKind::Slice {
                        lower,
                        upper,
                        step: None,
                    } => peak
                        .max(self.opt(lower.as_deref(), b + 1).max(b + 2))
                        .max(self.opt(upper.as_deref(), b + 2).max(b + 3)),
                    _ => peak.max(self.expr(index, b + 1)),
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                let mut peak = self.opt(lower.as_deref(), b).max(b + 1);
                peak = peak.max(self.opt(upper.as_deref(), b + 1).max(b + 2));
                if let Some(s) = step {
                    peak = peak.max(self.expr(s, b + 2));
                }
                peak
            }
            ExprKind::BinOp { left, right, .. } => self.expr(left, b).max(self.expr(right, b + 1)),
            ExprKind::Unary { operand, .. } => self.expr(operand, b),
            ExprKind::BoolOp { values, .. } => {
                max_of(values.iter().map(|v| self.expr(v, b))).max(b + 2)
            }
            ExprKind::Named { value, .. } => self.expr(value, b).max(b + 2),
            ExprKind::IfExp { test, body, orelse } => self
                .expr(test, b)
                .max(self.expr(body, b))
                .max(self.expr(orelse, b)),
            ExprKind::Compare {
                left, comparators, ..
            } => {
                let mut peak = self.expr(left, b);
                for c in comparators {
                    peak = peak.max(self.expr(c, b + 1));
                }
                if comparators.len() > 1 {
                    peak = peak.max(b + 3);
                }
                peak
            }
            ExprKind::Tuple(items) => {
                if items.iter().any(is_starred) {
                    self.built_up(items, b)
                } else if items.iter().all(is_constant) {
                    b + 1
                } else {
                    self.sequence(items, b)
                }
            }
            ExprKind::List(items) | ExprKind::Set(items) => {
                if items.iter().any(is_starred) {
                    self.built_up(items, b)
                } else if items.len() >= 3 && items.iter().all(is_constant) {
                    b + 2
                } else {
                    self.sequence(items, b)
                }
            }
            ExprKind::Dict(pairs) => {
                if pairs.iter().any(|(k, _)| k.is_none()) {
                    let mut peak = b + 1;
                    for (k, v) in pairs {
                        peak = match k {
                            Some(k) => peak.max(self.expr(k, b + 1)).max(self.expr(v, b + 2)),
                            None => peak.max(self.expr(v, b + 1)),
                        };
                    }
                    return peak.max(b + 2);
                }
                let const_keys = pairs.len() > 1
                    && pairs.iter().all(|(k, _)| {
                        k.as_ref()
                            .is_some_and(|k| matches!(k.kind, ExprKind::Literal(_)))
                    });
                if const_keys {
                    let values: Vec<&Expr> = pairs.iter().map(|(_, v)| v).collect();
                    let n = values.len() as u32;
                    max_of(
                        values
                            .iter()
                            .enumerate()
                            .map(|(i, v)| self.expr(v, b + i as u32)),
                    )
                    .max(b + n + 1)
                } else {
                    let mut peak = b + 1;
                    for (i, (k, v)) in pairs.iter().enumerate() {
                        let at = b + 2 * i as u32;
                        if let Some(k) = k {
                            peak = peak.max(self.expr(k, at));
                        }
                        peak = peak.max(self.expr(v, at + 1));
                    }
                    peak
                }
            }
            ExprKind::Comp {
                kind,
                elt,
                value,
                generators,
            } => self.comprehension(*kind, elt, value.as_deref(), generators, b),
            ExprKind::Yield(v) => self.opt(v.as_deref(), b).max(b + 1),
            ExprKind::YieldFrom(v) | ExprKind::Await(v) => self.expr(v, b).max(b + 3),
            ExprKind::Lambda { params, .. } => {
                let defaults: Vec<&Expr> = params
                    .posonly
                    .iter()
                    .chain(&params.args)
                    .chain(&params.kwonly)
                    .filter_map(|p| p.default.as_ref())
                    .collect();
                max_of(defaults.iter().map(|d| self.expr(d, b + 1))).max(b + 2)
            }
            ExprKind::Starred(v) => self.expr(v, b),
            ExprKind::FString(parts) => self.fstring(parts, b),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords, b),
        }
    }

    fn call(&self, func: &Expr, args: &[Expr], keywords: &[Keyword], b: u32) -> u32 {
        let starred = args.iter().any(is_starred) || keywords.iter().any(|k| k.arg.is_none());
        // The callable and what goes under it: a method's `self`, or NULL.
        let callee = match &func.kind {
            ExprKind::Attribute { value, .. } if !starred => {
                let zero_arg_super = matches!(&value.kind,
                    ExprKind::Call { func, args, keywords }
                        if args.is_empty() && keywords.is_empty()
                            && matches!(&func.kind, ExprKind::Name(n) if n == "super"));
                if zero_arg_super && self.class_cell {
                    b + 3
                } else {
                    self.expr(value, b).max(b + 2)
                }
            }
            ExprKind::Name(_) => b + 2,
            _ => self.expr(func, b + 1).max(b + 2),
        };
        if starred {
            // CALL_FUNCTION_EX: the positional arguments as one sequence, then the mapping.
            let positional = match args {
                [one] if is_starred(one) => self.expr(one, b + 2),
                _ => self.built_up(args, b + 2),
            };
            let mut peak = callee.max(positional);
            if !keywords.is_empty() {
                peak = peak.max(b + 4);
                for k in keywords {
                    peak = peak.max(self.expr(&k.value, b + 4));
                }
            }
            return peak;
        }
        let n = args.len() as u32;
        callee
            .max(max_of(
                args.iter()
                    .enumerate()
                    .map(|(i, a)| self.expr(a, b + 2 + i as u32)),
            ))
            .max(self.keywords(keywords, b + 2 + n))
    }

    fn comprehension(
        &self,
        kind: CompKind,
        elt: &Expr,
        value: Option<&Expr>,
        generators: &[Comprehension],
        b: u32,
    ) -> u32 {
        let Some(first) = generators.first() else {
            return b + 1;
        };
        if kind == CompKind::Generator {
            // A function made, its first iterable passed to it.
            return self.expr(&first.iter, b + 1).max(b + 2);
        }
        // Inlined: the first iterable, the comprehension's own variables saved above it,
        // the new collection, then each loop's iterator and value.
        let mut names = Vec::new();
        for (i, g) in generators.iter().enumerate() {
            target_names(&g.target, &mut names);
            if i > 0 {
                nested_names(&g.iter, &mut names);
            }
            for cond in &g.ifs {
                nested_names(cond, &mut names);
            }
        }
        nested_names(elt, &mut names);
        if let Some(v) = value {
            nested_names(v, &mut names);
        }
        let saved = names.len() as u32;
        let mut peak = self.expr(&first.iter, b).max(b + 1 + saved);
        let mut depth = b + 1 + saved;
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                peak = peak.max(self.expr(&g.iter, depth));
            }
            depth += 1;
            peak = peak.max(depth + 1).max(self.store(&g.target, depth));
            for cond in &g.ifs {
                peak = peak.max(self.expr(cond, depth));
            }
        }
        peak = peak.max(self.expr(elt, depth));
        if let Some(v) = value {
            peak = peak.max(self.expr(v, depth + 1));
        }
        peak
    }
}

/// The names a comprehension's loop target binds (each saved and restored around an
/// inlined comprehension), added to `names` once each.
fn target_names<'e>(target: &'e Expr, names: &mut Vec<&'e str>) {
    match &target.kind {
        ExprKind::Name(n) if !names.contains(&n.as_str()) => names.push(n),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            for t in items {
                target_names(t, names);
            }
        }
        ExprKind::Starred(inner) => target_names(inner, names),
        _ => {}
    }
}

/// The loop variables of the list, set and dict comprehensions inside `e` (inlined into the
/// same code, so the outermost one saves them all); not inside lambdas or generator
/// expressions, which have code of their own.
fn nested_names<'e>(e: &'e Expr, names: &mut Vec<&'e str>) {
    let mut each = |x: &'e Expr| nested_names(x, names);
    match &e.kind {
        ExprKind::Comp {
            kind,
            elt,
            value,
            generators,
        } => {
            if *kind == CompKind::Generator {
                if let Some(g) = generators.first() {
                    nested_names(&g.iter, names);
                }
                return;
            }
            for g in generators {
                target_names(&g.target, names);
                nested_names(&g.iter, names);
                for cond in &g.ifs {
                    nested_names(cond, names);
                }
            }
            nested_names(elt, names);
            if let Some(v) = value {
                nested_names(v, names);
            }
        }
        ExprKind::Literal(_) | ExprKind::Name(_) | ExprKind::Lambda { .. } => {}
        ExprKind::BoolOp { values, .. } => values.iter().for_each(each),
        ExprKind::Named { value, .. } => each(value),
        ExprKind::BinOp { left, right, .. } => {
            each(left);
            each(right);
        }
        ExprKind::Unary { operand, .. } => each(operand),
        ExprKind::IfExp { test, body, orelse } => {
            each(test);
            each(body);
            each(orelse);
        }
        ExprKind::Dict(pairs) => {
            for (k, v) in pairs {
                if let Some(k) = k {
                    nested_names(k, names);
                }
                nested_names(v, names);
            }
        }
        ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
            items.iter().for_each(each);
        }
        ExprKind::Yield(v) => {
            if let Some(v) = v {
                each(v);
            }
        }
        ExprKind::YieldFrom(v) | ExprKind::Await(v) | ExprKind::Starred(v) => each(v),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            nested_names(left, names);
            for c in comparators {
                nested_names(c, names);
            }
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            nested_names(func, names);
            for a in args {
                nested_names(a, names);
            }
            for k in keywords {
                nested_names(&k.value, names);
            }
        }
        ExprKind::FString(parts) => {
            for p in parts {
                if let FPart::Value { expr, .. } = p {
                    nested_names(expr, names);
                }
            }
        }
        ExprKind::Attribute { value, .. } => each(value),
        ExprKind::Subscript { value, index } => {
            each(value);
            each(index);
        }
        ExprKind::Slice { lower, upper, step } => {
            for part in [lower, upper, step].into_iter().flatten() {
                nested_names(part, names);
            }
        }
    }
}
