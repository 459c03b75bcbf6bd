//! ruff's AST → pymem's [`crate::ir`]. The only module that names ruff's syntax types, besides
//! `ast.parse`'s conversion to node objects (`runtime/modules/ast_convert.rs`).
//!
//! Lowering works by reference (ruff's tree is dropped by the caller, see [`crate::parse`]) and
//! rejects what pymem does not run — `type` aliases, type parameters,
//! t-strings, IPython escapes — with a `SyntaxError` naming the construct. It also
//! enforces the nesting limit [`MAX_DEPTH`]: every later pass recurses over the IR, so a bounded
//! IR depth is what keeps them off the end of the Rust stack.

use ruff_python_ast as ast;
use ruff_text_size::{Ranged, TextRange};

use crate::error::{ErrorKind, SyntaxError};
use crate::ir::*;

/// Deepest nesting of expressions and statements accepted. CPython 3.12 gives up at a similar
/// depth ("maximum recursion depth exceeded during compilation" / "too complex to parse").
pub const MAX_DEPTH: u32 = 1000;

/// Maps byte offsets to (1-based line, 0-based character column).
pub(crate) struct LineIndex<'a> {
    src: &'a str,
    starts: Vec<usize>,
    /// For non-ASCII sources: the character column of every byte offset (so lookups stay O(1)
    /// on long lines); empty for ASCII sources, where the column is the byte distance.
    char_col: Vec<u32>,
}

impl<'a> LineIndex<'a> {
    pub(crate) fn new(src: &'a str) -> Self {
        let mut starts = vec![0];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i + 1);
            }
        }
        let mut char_col = Vec::new();
        if !src.is_ascii() {
            char_col.reserve(src.len() + 1);
            let mut col = 0u32;
            for (i, c) in src.char_indices() {
                while char_col.len() < i {
                    char_col.push(col);
                }
                char_col.push(col);
                col = if c == '\n' { 0 } else { col + 1 };
            }
            while char_col.len() <= src.len() {
                char_col.push(col);
            }
        }
        LineIndex {
            src,
            starts,
            char_col,
        }
    }

    /// (1-based line, 0-based character column) of a byte offset.
    pub(crate) fn position(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.src.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let col = match self.char_col.get(offset) {
            Some(&c) => c as usize,
            None => offset - start,
        };
        (line as u32 + 1, col as u32)
    }

    pub(crate) fn loc(&self, range: TextRange) -> Loc {
        let (line, col) = self.position(range.start().to_usize());
        let (end_line, end_col) = self.position(range.end().to_usize());
        Loc {
            line,
            col,
            end_line,
            end_col,
        }
    }
}

/// The lowering pass: carries positions and the depth counter.
pub(crate) struct Lowerer<'a> {
    pub(crate) index: LineIndex<'a>,
    filename: &'a str,
    depth: u32,
    /// Set when [`MAX_DEPTH`] was exceeded (the caller then drops ruff's tree carefully).
    pub(crate) too_deep: bool,
    /// `from __future__ import annotations` (PEP 563): annotations become their source text.
    future_annotations: bool,
}

/// The features `from __future__ import` accepts (CPython 3.12's `__future__` module).
const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

type R<T> = Result<T, SyntaxError>;

impl<'a> Lowerer<'a> {
    pub(crate) fn new(src: &'a str, filename: &'a str) -> Self {
        Lowerer {
            index: LineIndex::new(src),
            filename,
            depth: 0,
            too_deep: false,
            future_annotations: false,
        }
    }

    fn err(&self, range: TextRange, msg: impl Into<String>) -> SyntaxError {
        let loc = self.index.loc(range);
        SyntaxError::at(
            ErrorKind::Syntax,
            msg,
            self.filename,
            self.index.src,
            loc.line,
            loc.col + 1,
            loc.end_line,
            loc.end_col + 1,
        )
    }

    fn unsupported(&self, range: TextRange, what: &str) -> SyntaxError {
        self.err(range, format!("{what} is not supported by pymem"))
    }

    fn too_deep_error(&mut self, range: TextRange) -> SyntaxError {
        self.too_deep = true;
        let mut e = self.err(range, "maximum recursion depth exceeded during compilation");
        e.kind = ErrorKind::Recursion;
        e
    }

    fn enter(&mut self, range: TextRange) -> R<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.too_deep_error(range));
        }
        Ok(())
    }

    /// Lowers a module body.
    pub(crate) fn module(&mut self, body: &[ast::Stmt]) -> R<Vec<Stmt>> {
        self.future_statements(body)?;
        self.stmts(body)
    }

    /// The text CPython's `ast.unparse` gives an annotation (PEP 563 keeps annotations as
    /// this text): names, attributes, subscripts, tuples, lists, `X | Y` and constants are
    /// re-generated (so spacing and string quotes are CPython's); anything rarer in an
    /// annotation keeps its source text.
    fn unparse(&self, e: &ast::Expr) -> String {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.unparse_inner(e))
    }

    fn unparse_inner(&self, e: &ast::Expr) -> String {
        use ast::Expr as E;
        let join = |elts: &[ast::Expr]| {
            elts.iter()
                .map(|x| self.unparse(x))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match e {
            E::Name(n) => n.id.to_string(),
            E::Attribute(a) => format!("{}.{}", self.unparse(&a.value), a.attr.id),
            E::Subscript(sub) => {
                let index = match &*sub.slice {
                    E::Tuple(t) if !t.elts.is_empty() => join(&t.elts),
                    other => self.unparse(other),
                };
                format!("{}[{index}]", self.unparse(&sub.value))
            }
            E::Tuple(t) if t.elts.len() == 1 => format!("({},)", self.unparse(&t.elts[0])),
            E::Tuple(t) => format!("({})", join(&t.elts)),
            E::List(l) => format!("[{}]", join(&l.elts)),
            E::BinOp(b) if b.op == ast::Operator::BitOr => {
                format!("{} | {}", self.unparse(&b.left), self.unparse(&b.right))
            }
            E::StringLiteral(s) => crate::runtime::objects::string::str_repr(s.value.to_str()),
            E::NoneLiteral(_) => "None".into(),
            E::BooleanLiteral(b) => if b.value { "True" } else { "False" }.into(),
            E::EllipsisLiteral(_) => "...".into(),
            other => self.index.src[other.range()].to_string(),
        }
    }

    /// Check the `from __future__ import` statements at the top of the module (after an
    /// optional docstring), as CPython's compiler does, and note which features they enable.
    fn future_statements(&mut self, body: &[ast::Stmt]) -> R<()> {
        let mut stmts = body.iter().peekable();
        if let Some(ast::Stmt::Expr(e)) = stmts.peek() {
            if e.value.is_string_literal_expr() {
                stmts.next();
            }
        }
        for stmt in stmts {
            let ast::Stmt::ImportFrom(i) = stmt else {
                break;
            };
            if i.level != 0 || i.module.as_ref().map(|m| m.id.as_str()) != Some("__future__") {
                break;
            }
            let at = TextRange::at(i.range.start(), 1.into());
            for alias in &i.names {
                match alias.name.id.as_str() {
                    "annotations" => self.future_annotations = true,
                    "braces" => return Err(self.err(at, "not a chance")),
                    name if FUTURE_FEATURES.contains(&name) => {}
                    name => {
                        return Err(self.err(at, format!("future feature {name} is not defined")))
                    }
                }
            }
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[ast::Stmt]) -> R<Vec<Stmt>> {
        body.iter().map(|s| self.stmt(s)).collect()
    }

    fn stmt(&mut self, s: &ast::Stmt) -> R<Stmt> {
        self.enter(s.range())?;
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.stmt_inner(s));
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &ast::Stmt) -> R<Stmt> {
        use ast::Stmt as S;
        let loc = self.index.loc(s.range());
        let kind = match s {
            S::FunctionDef(f) => {
                if f.type_params.is_some() {
                    return Err(self.unsupported(f.range, "a type parameter list"));
                }
                StmtKind::FunctionDef(Box::new(FunctionDef {
                    name: f.name.id.to_string(),
                    params: self.params(&f.parameters)?,
                    returns: match f.returns.as_deref() {
                        Some(r) => Some(self.annotation(r)?),
                        None => None,
                    },
                    body: self.stmts(&f.body)?,
                    decorators: self.decorators(&f.decorator_list)?,
                    is_async: f.is_async,
                }))
            }
            S::ClassDef(c) => {
                if c.type_params.is_some() {
                    return Err(self.unsupported(c.range, "a type parameter list"));
                }
                let (bases, keywords) = match &c.arguments {
                    Some(a) => self.arguments(a)?,
                    None => (Vec::new(), Vec::new()),
                };
                StmtKind::ClassDef(Box::new(ClassDef {
                    name: c.name.id.to_string(),
                    bases,
                    keywords,
                    body: self.stmts(&c.body)?,
                    decorators: self.decorators(&c.decorator_list)?,
                }))
            }
            S::Return(r) => StmtKind::Return(self.opt_expr(r.value.as_deref())?),
            S::Delete(d) => StmtKind::Delete(self.exprs(&d.targets)?),
            S::TypeAlias(t) => return Err(self.unsupported(t.range, "the 'type' statement")),
            S::Assign(a) => StmtKind::Assign {
                targets: self.exprs(&a.targets)?,
                value: self.expr(&a.value)?,
            },
            S::AugAssign(a) => StmtKind::AugAssign {
                target: self.expr(&a.target)?,
                op: binop(a.op),
                value: self.expr(&a.value)?,
            },
            S::AnnAssign(a) => StmtKind::AnnAssign {
                target: self.expr(&a.target)?,
                annotation: self.annotation(&a.annotation)?,
                value: self.opt_expr(a.value.as_deref())?,
                simple: a.simple,
            },
            S::For(f) => StmtKind::For {
                target: self.expr(&f.target)?,
                iter: self.expr(&f.iter)?,
                body: self.stmts(&f.body)?,
                orelse: self.stmts(&f.orelse)?,
                is_async: f.is_async,
            },
            S::While(w) => StmtKind::While {
                test: self.expr(&w.test)?,
                body: self.stmts(&w.body)?,
                orelse: self.stmts(&w.orelse)?,
            },
            S::If(i) => {
                // Fold `elif` chains into nested ifs, innermost last. Each `elif` is a level of
                // IR nesting, so the chain counts against the depth limit.
                let chain = u32::try_from(i.elif_else_clauses.len()).unwrap_or(u32::MAX);
                if self.depth.saturating_add(chain) > MAX_DEPTH {
                    return Err(self.too_deep_error(i.range));
                }
                let mut orelse: Vec<Stmt> = Vec::new();
                for clause in i.elif_else_clauses.iter().rev() {
                    let body = self.stmts(&clause.body)?;
                    match &clause.test {
                        None => orelse = body,
                        Some(t) => {
                            let test = self.expr(t)?;
                            orelse = vec![Stmt {
                                kind: StmtKind::If { test, body, orelse },
                                loc: self.index.loc(clause.range),
                            }];
                        }
                    }
                }
                StmtKind::If {
                    test: self.expr(&i.test)?,
                    body: self.stmts(&i.body)?,
                    orelse,
                }
            }
            S::With(w) => {
                let mut items = Vec::new();
                for it in &w.items {
                    items.push((
                        self.expr(&it.context_expr)?,
                        self.opt_expr(it.optional_vars.as_deref())?,
                    ));
                }
                StmtKind::With {
                    items,
                    body: self.stmts(&w.body)?,
                    is_async: w.is_async,
                }
            }
            S::Match(m) => {
                let subject = self.expr(&m.subject)?;
                let mut cases = Vec::with_capacity(m.cases.len());
                for c in &m.cases {
                    cases.push(MatchCase {
                        pattern: self.pattern(&c.pattern)?,
                        guard: self.opt_expr(c.guard.as_deref())?,
                        body: self.stmts(&c.body)?,
                    });
                }
                StmtKind::Match { subject, cases }
            }
            S::Raise(r) => StmtKind::Raise {
                exc: self.opt_expr(r.exc.as_deref())?,
                cause: self.opt_expr(r.cause.as_deref())?,
            },
            S::Try(t) => {
                let mut handlers = Vec::new();
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    handlers.push(Handler {
                        typ: self.opt_expr(h.type_.as_deref())?,
                        name: h.name.as_ref().map(|n| n.id.to_string()),
                        body: self.stmts(&h.body)?,
                        loc: self.index.loc(h.range),
                    });
                }
                StmtKind::Try {
                    body: self.stmts(&t.body)?,
                    handlers,
                    orelse: self.stmts(&t.orelse)?,
                    finalbody: self.stmts(&t.finalbody)?,
                    star: t.is_star,
                }
            }
            S::Assert(a) => StmtKind::Assert {
                test: self.expr(&a.test)?,
                msg: self.opt_expr(a.msg.as_deref())?,
            },
            S::Import(i) => {
                if i.is_lazy {
                    return Err(self.unsupported(i.range, "'lazy import'"));
                }
                StmtKind::Import(self.aliases(&i.names))
            }
            S::ImportFrom(i) => {
                if i.is_lazy {
                    return Err(self.unsupported(i.range, "'lazy import'"));
                }
                StmtKind::ImportFrom {
                    module: i.module.as_ref().map(|m| m.id.to_string()),
                    names: self.aliases(&i.names),
                    level: i.level,
                }
            }
            S::Global(g) => StmtKind::Global(g.names.iter().map(|n| n.id.to_string()).collect()),
            S::Nonlocal(g) => {
                StmtKind::Nonlocal(g.names.iter().map(|n| n.id.to_string()).collect())
            }
            S::Expr(e) => StmtKind::Expr(self.expr(&e.value)?),
            S::Pass(_) => StmtKind::Pass,
            S::Break(_) => StmtKind::Break,
            S::Continue(_) => StmtKind::Continue,
            S::IpyEscapeCommand(c) => return Err(self.err(c.range, "invalid syntax")),
        };
        Ok(Stmt { kind, loc })
    }

    fn aliases(&self, names: &[ast::Alias]) -> Vec<Alias> {
        names
            .iter()
            .map(|a| Alias {
                name: a.name.id.to_string(),
                asname: a.asname.as_ref().map(|n| n.id.to_string()),
                loc: self.index.loc(a.range),
            })
            .collect()
    }

    /// An annotation (of a variable, a parameter or a return value): the expression, or
    /// under `from __future__ import annotations` (PEP 563) its text, unevaluated. Lowering
    /// it anyway checks its depth (`unparse` recurses) and its syntax.
    fn annotation(&mut self, a: &ast::Expr) -> R<Expr> {
        let e = self.expr(a)?;
        if !self.future_annotations {
            return Ok(e);
        }
        Ok(Expr {
            kind: ExprKind::Literal(Literal::Str(self.unparse(a))),
            loc: self.index.loc(a.range()),
        })
    }

    fn decorators(&mut self, ds: &[ast::Decorator]) -> R<Vec<Expr>> {
        ds.iter().map(|d| self.expr(&d.expression)).collect()
    }

    fn param(&mut self, p: &ast::Parameter, default: Option<&ast::Expr>) -> R<Param> {
        Ok(Param {
            name: p.name.id.to_string(),
            default: self.opt_expr(default)?,
            annotation: match p.annotation.as_deref() {
                Some(a) => Some(self.annotation(a)?),
                None => None,
            },
            loc: self.index.loc(p.range),
        })
    }

    fn params(&mut self, p: &ast::Parameters) -> R<Params> {
        let mut out = Params::default();
        for a in &p.posonlyargs {
            out.posonly
                .push(self.param(&a.parameter, a.default.as_deref())?);
        }
        for a in &p.args {
            out.args
                .push(self.param(&a.parameter, a.default.as_deref())?);
        }
        if let Some(v) = &p.vararg {
            out.vararg = Some(self.param(v, None)?);
        }
        for a in &p.kwonlyargs {
            out.kwonly
                .push(self.param(&a.parameter, a.default.as_deref())?);
        }
        if let Some(k) = &p.kwarg {
            out.kwarg = Some(self.param(k, None)?);
        }
        // CPython: "duplicate argument 'x' in function definition".
        let names = out.names_in_slot_order();
        for (i, a) in names.iter().enumerate() {
            if names[..i].iter().any(|b| b.name == a.name) {
                let loc = a.loc;
                return Err(SyntaxError::at(
                    ErrorKind::Syntax,
                    format!("duplicate argument '{}' in function definition", a.name),
                    self.filename,
                    self.index.src,
                    loc.line,
                    loc.col + 1,
                    loc.end_line,
                    loc.end_col + 1,
                ));
            }
        }
        Ok(out)
    }

    fn arguments(&mut self, a: &ast::Arguments) -> R<(Vec<Expr>, Vec<Keyword>)> {
        let args = self.exprs(&a.args)?;
        let mut keywords = Vec::new();
        for k in a.keywords.iter() {
            let arg = k.arg.as_ref().map(|n| n.id.to_string());
            keywords.push(Keyword {
                arg,
                value: self.expr(&k.value)?,
                loc: self.index.loc(k.range),
            });
        }
        Ok((args, keywords))
    }

    fn exprs(&mut self, es: &[ast::Expr]) -> R<Vec<Expr>> {
        es.iter().map(|e| self.expr(e)).collect()
    }

    fn opt_expr(&mut self, e: Option<&ast::Expr>) -> R<Option<Expr>> {
        e.map(|e| self.expr(e)).transpose()
    }

    fn boxed(&mut self, e: &ast::Expr) -> R<Box<Expr>> {
        Ok(Box::new(self.expr(e)?))
    }

    fn opt_boxed(&mut self, e: Option<&ast::Expr>) -> R<Option<Box<Expr>>> {
        Ok(self.opt_expr(e)?.map(Box::new))
    }

    pub(crate) fn expr(&mut self, e: &ast::Expr) -> R<Expr> {
        self.enter(e.range())?;
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.expr_inner(e));
        self.depth -= 1;
        r
    }

    /// Lowers a `case` pattern (depth-limited like expressions: patterns nest).
    fn pattern(&mut self, p: &ast::Pattern) -> R<Pattern> {
        self.enter(p.range())?;
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.pattern_inner(p));
        self.depth -= 1;
        r
    }

    fn patterns(&mut self, ps: &[ast::Pattern]) -> R<Vec<Pattern>> {
        ps.iter().map(|p| self.pattern(p)).collect()
    }

    fn pattern_inner(&mut self, p: &ast::Pattern) -> R<Pattern> {
        use ast::Pattern as P;
        let loc = self.index.loc(p.range());
        let kind = match p {
            P::MatchValue(v) => {
                // ruff accepts any expression here; CPython's grammar only literals and names.
                if matches!(&*v.value, ast::Expr::FString(_)) {
                    return Err(self.err(
                        v.value.range(),
                        "patterns may only match literals and attribute lookups",
                    ));
                }
                PatternKind::Value(self.expr(&v.value)?)
            }
            P::MatchSingleton(s) => PatternKind::Singleton(match s.value {
                ast::Singleton::None => Literal::None,
                ast::Singleton::True => Literal::Bool(true),
                ast::Singleton::False => Literal::Bool(false),
            }),
            P::MatchSequence(s) => PatternKind::Sequence(self.patterns(&s.patterns)?),
            P::MatchStar(s) => PatternKind::Star(s.name.as_ref().map(|n| n.id.to_string())),
            P::MatchMapping(m) => PatternKind::Mapping {
                keys: self.exprs(&m.keys)?,
                patterns: self.patterns(&m.patterns)?,
                rest: m.rest.as_ref().map(|n| n.id.to_string()),
            },
            P::MatchClass(c) => {
                let mut kwd_attrs = Vec::new();
                let mut kwd_patterns = Vec::new();
                for k in &c.arguments.keywords {
                    kwd_attrs.push(k.attr.id.to_string());
                    kwd_patterns.push(self.pattern(&k.pattern)?);
                }
                PatternKind::Class {
                    cls: self.expr(&c.cls)?,
                    patterns: self.patterns(&c.arguments.patterns)?,
                    kwd_attrs,
                    kwd_patterns,
                }
            }
            P::MatchAs(a) => PatternKind::As {
                pattern: match &a.pattern {
                    Some(p) => Some(Box::new(self.pattern(p)?)),
                    None => None,
                },
                name: a.name.as_ref().map(|n| n.id.to_string()),
            },
            P::MatchOr(o) => PatternKind::Or(self.patterns(&o.patterns)?),
        };
        Ok(Pattern { kind, loc })
    }

    fn comprehension(&mut self, gens: &[ast::Comprehension]) -> R<Vec<Comprehension>> {
        // The IR guarantees at least one `for` clause (the compiler indexes on it).
        if gens.is_empty() {
            return Err(SyntaxError::at(
                ErrorKind::Syntax,
                "invalid syntax",
                self.filename,
                self.index.src,
                1,
                0,
                1,
                0,
            ));
        }
        let mut out = Vec::new();
        for g in gens {
            out.push(Comprehension {
                target: self.expr(&g.target)?,
                iter: self.expr(&g.iter)?,
                ifs: self.exprs(&g.ifs)?,
                is_async: g.is_async,
            });
        }
        Ok(out)
    }

    fn fstring_elements(
        &mut self,
        elements: &ast::InterpolatedStringElements,
        out: &mut Vec<FPart>,
    ) -> R<()> {
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => push_literal(out, &l.value),
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conversion = match i.conversion {
                        ast::ConversionFlag::None => None,
                        ast::ConversionFlag::Str => Some('s'),
                        ast::ConversionFlag::Ascii => Some('a'),
                        ast::ConversionFlag::Repr => Some('r'),
                    };
                    if let Some(d) = &i.debug_text {
                        // f"{x=}" is the text "x=" then repr(x) unless a conversion/spec is given.
                        push_literal(
                            out,
                            &format!("{}{}{}", d.leading(), d.expression(), d.trailing()),
                        );
                        if conversion.is_none() && i.format_spec.is_none() {
                            conversion = Some('r');
                        }
                    }
                    let spec = match &i.format_spec {
                        Some(s) => {
                            let mut parts = Vec::new();
                            self.fstring_elements(&s.elements, &mut parts)?;
                            Some(parts)
                        }
                        None => None,
                    };
                    out.push(FPart::Value {
                        expr: self.boxed(&i.expression)?,
                        conversion,
                        spec,
                        loc: self.index.loc(i.range),
                    });
                }
            }
        }
        Ok(())
    }

    fn expr_inner(&mut self, e: &ast::Expr) -> R<Expr> {
        use ast::Expr as E;
        let loc = self.index.loc(e.range());
        let kind = match e {
            E::BoolOp(b) => ExprKind::BoolOp {
                and_: b.op == ast::BoolOp::And,
                values: self.exprs(&b.values)?,
            },
            E::Named(n) => match &*n.target {
                E::Name(name) => ExprKind::Named {
                    target: name.id.to_string(),
                    value: self.boxed(&n.value)?,
                },
                _ => {
                    return Err(self.err(
                        n.target.range(),
                        "cannot use assignment expressions with this target",
                    ))
                }
            },
            E::BinOp(b) => ExprKind::BinOp {
                left: self.boxed(&b.left)?,
                op: binop(b.op),
                right: self.boxed(&b.right)?,
            },
            E::UnaryOp(u) => ExprKind::Unary {
                op: match u.op {
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::USub => UnaryOp::Neg,
                },
                operand: self.boxed(&u.operand)?,
            },
            E::Lambda(l) => ExprKind::Lambda {
                params: Box::new(match &l.parameters {
                    Some(p) => self.params(p)?,
                    None => Params::default(),
                }),
                body: self.boxed(&l.body)?,
            },
            E::If(i) => ExprKind::IfExp {
                test: self.boxed(&i.test)?,
                body: self.boxed(&i.body)?,
                orelse: self.boxed(&i.orelse)?,
            },
            E::Dict(d) => {
                let mut items = Vec::new();
                for it in &d.items {
                    items.push((self.opt_expr(it.key.as_ref())?, self.expr(&it.value)?));
                }
                ExprKind::Dict(items)
            }
            E::Set(s) => ExprKind::Set(self.exprs(&s.elts)?),
            E::ListComp(c) => ExprKind::Comp {
                kind: CompKind::List,
                generators: self.comprehension(&c.generators)?,
                elt: self.boxed(&c.elt)?,
                value: None,
            },
            E::SetComp(c) => ExprKind::Comp {
                kind: CompKind::Set,
                generators: self.comprehension(&c.generators)?,
                elt: self.boxed(&c.elt)?,
                value: None,
            },
            E::DictComp(c) => {
                let Some(key) = &c.key else {
                    return Err(self.err(
                        c.range,
                        "dict unpacking cannot be used in dict comprehension",
                    ));
                };
                ExprKind::Comp {
                    kind: CompKind::Dict,
                    generators: self.comprehension(&c.generators)?,
                    elt: self.boxed(key)?,
                    value: Some(self.boxed(&c.value)?),
                }
            }
            E::Generator(c) => ExprKind::Comp {
                kind: CompKind::Generator,
                generators: self.comprehension(&c.generators)?,
                elt: self.boxed(&c.elt)?,
                value: None,
            },
            E::Await(a) => ExprKind::Await(self.boxed(&a.value)?),
            E::Yield(y) => ExprKind::Yield(self.opt_boxed(y.value.as_deref())?),
            E::YieldFrom(y) => ExprKind::YieldFrom(self.boxed(&y.value)?),
            // The IR guarantees what ruff's parser does: one comparator per operator, at least
            // one of each; the compiler indexes on that.
            E::Compare(c) if c.ops.is_empty() || c.ops.len() != c.comparators.len() => {
                return Err(self.err(c.range, "invalid syntax"));
            }
            E::Compare(c) => ExprKind::Compare {
                left: self.boxed(&c.left)?,
                ops: c.ops.iter().map(|o| cmpop(*o)).collect(),
                comparators: self.exprs(&c.comparators)?,
            },
            E::Call(c) => {
                let (mut args, keywords) = self.arguments(&c.arguments)?;
                // A generator expression that is the sole argument spans the call's
                // parentheses in CPython (its tracebacks mark `(x for x in it)`).
                if let ([arg], true, [E::Generator(g)]) = (
                    args.as_mut_slice(),
                    c.arguments.keywords.is_empty(),
                    &*c.arguments.args,
                ) {
                    if !g.parenthesized {
                        arg.loc = self.index.loc(c.arguments.range);
                    }
                }
                ExprKind::Call {
                    func: self.boxed(&c.func)?,
                    args,
                    keywords,
                }
            }
            E::FString(f) => {
                let mut parts = Vec::new();
                for part in f.value.iter() {
                    match part {
                        ast::FStringPart::Literal(l) => push_literal(&mut parts, &l.value),
                        ast::FStringPart::FString(fs) => {
                            self.fstring_elements(&fs.elements, &mut parts)?
                        }
                    }
                }
                ExprKind::FString(parts)
            }
            E::TString(t) => return Err(self.unsupported(t.range, "a template string")),
            E::StringLiteral(s) => ExprKind::Literal(Literal::Str(s.value.chars().collect())),
            E::BytesLiteral(b) => ExprKind::Literal(Literal::Bytes(b.value.bytes().collect())),
            E::NumberLiteral(n) => ExprKind::Literal(match &n.value {
                ast::Number::Int(i) => match i.as_i64() {
                    Some(v) => Literal::Int(v),
                    None => Literal::BigInt(i.to_string().replace('_', "")),
                },
                ast::Number::Float(f) => Literal::Float(*f),
                ast::Number::Complex { imag, .. } => Literal::Complex(*imag),
            }),
            E::BooleanLiteral(b) => ExprKind::Literal(Literal::Bool(b.value)),
            E::NoneLiteral(_) => ExprKind::Literal(Literal::None),
            E::EllipsisLiteral(_) => ExprKind::Literal(Literal::Ellipsis),
            E::Attribute(a) => ExprKind::Attribute {
                value: self.boxed(&a.value)?,
                attr: a.attr.id.to_string(),
            },
            E::Subscript(s) => ExprKind::Subscript {
                value: self.boxed(&s.value)?,
                index: self.boxed(&s.slice)?,
            },
            E::Starred(s) => ExprKind::Starred(self.boxed(&s.value)?),
            E::Name(n) => ExprKind::Name(n.id.to_string()),
            E::List(l) => ExprKind::List(self.exprs(&l.elts)?),
            E::Tuple(t) => ExprKind::Tuple(self.exprs(&t.elts)?),
            E::Slice(s) => ExprKind::Slice {
                lower: self.opt_boxed(s.lower.as_deref())?,
                upper: self.opt_boxed(s.upper.as_deref())?,
                step: self.opt_boxed(s.step.as_deref())?,
            },
            E::IpyEscapeCommand(c) => return Err(self.err(c.range, "invalid syntax")),
        };
        Ok(Expr { kind, loc })
    }
}

fn push_literal(out: &mut Vec<FPart>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(FPart::Literal(prev)) = out.last_mut() {
        prev.push_str(s);
    } else {
        out.push(FPart::Literal(s.to_string()));
    }
}

fn binop(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::Div,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::BitOr,
        O::BitXor => BinOp::BitXor,
        O::BitAnd => BinOp::BitAnd,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

fn cmpop(op: ast::CmpOp) -> CmpOp {
    use ast::CmpOp as C;
    match op {
        C::Eq => CmpOp::Eq,
        C::NotEq => CmpOp::NotEq,
        C::Lt => CmpOp::Lt,
        C::LtE => CmpOp::LtE,
        C::Gt => CmpOp::Gt,
        C::GtE => CmpOp::GtE,
        C::Is => CmpOp::Is,
        C::IsNot => CmpOp::IsNot,
        C::In => CmpOp::In,
        C::NotIn => CmpOp::NotIn,
    }
}
