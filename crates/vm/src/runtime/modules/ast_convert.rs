//! ruff's tree → CPython 3.12's `ast` nodes (built by [`Builder`], see `ast_nodes.rs`).
//!
//! One function per ruff node family. The reshaping CPython's tree needs:
//! * `async def/for/with` are separate classes (`AsyncFunctionDef`...), not a flag;
//! * `elif`/`else` clauses nest as an `If` in the previous `orelse`;
//! * a decorated `def`/`class` starts at its keyword, not at the first decorator;
//! * implicitly concatenated strings are one `Constant`, f-strings one `JoinedStr` whose
//!   adjacent literal parts are merged (and `{x=}` contributes its text as a literal);
//! * a generator expression that is a call's only argument spans the call's parentheses.

use heap::ObjRef;
use num_bigint::BigInt;
use ruff_python_ast as ra;
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::ast_nodes::Builder;
use crate::parse::Mode;
use crate::runtime::PyResult;

type B<'a, 'b> = &'b mut Builder<'a>;

/// The root: `Module`, `Interactive` or `Expression`.
pub(crate) fn module(b: B, tree: &ra::Mod, mode: Mode) -> PyResult {
    match tree {
        ra::Mod::Module(m) => {
            if mode == Mode::Single {
                single_statement_check(b, &m.body)?;
                let body = stmts(b, &m.body)?;
                return b.node("Interactive", &[("body", body)], None);
            }
            let body = stmts(b, &m.body)?;
            let ignores = b.list(Vec::new())?;
            b.node("Module", &[("body", body), ("type_ignores", ignores)], None)
        }
        ra::Mod::Expression(e) => {
            let body = expr(b, &e.body)?;
            b.node("Expression", &[("body", body)], None)
        }
    }
}

/// `single` mode takes one logical line: statements after a line break are an error, and
/// so is no statement at all (reported on the last line).
fn single_statement_check(b: B, body: &[ra::Stmt]) -> PyResult<()> {
    if body.is_empty() {
        return b.syntax_error_on_line(b.src.split_inclusive('\n').count() as u32);
    }
    for pair in body.windows(2) {
        let (first, next) = (pair[0].range(), pair[1].range());
        let between = b
            .src
            .get(first.end().to_usize()..next.start().to_usize())
            .unwrap_or("");
        if between.contains('\n') {
            return b.syntax_error(
                TextRange::empty(first.end()),
                "multiple statements found while compiling a single statement",
            );
        }
    }
    Ok(())
}

fn stmts(b: B, body: &[ra::Stmt]) -> PyResult {
    let mut out = Vec::with_capacity(body.len());
    for s in body {
        out.push(b.nested(|b| stmt(b, s))?);
    }
    b.list(out)
}

fn exprs<'e>(b: B, items: impl IntoIterator<Item = &'e ra::Expr>) -> PyResult {
    let mut out = Vec::new();
    for e in items {
        out.push(expr(b, e)?);
    }
    b.list(out)
}

fn opt_expr(b: B, e: Option<&ra::Expr>) -> PyResult {
    match e {
        Some(e) => expr(b, e),
        None => Ok(b.vm.none()),
    }
}

fn ident_list(b: B, names: &[ra::Identifier]) -> PyResult {
    let mut out = Vec::with_capacity(names.len());
    for n in names {
        out.push(b.str(&n.id)?);
    }
    b.list(out)
}

/// The offset of the first token at or after `at`: past blanks, line breaks, comments and
/// line continuations (where a decorated definition's keyword starts).
fn next_token(src: &str, mut at: usize) -> usize {
    let bytes = src.as_bytes();
    while at < bytes.len() {
        match bytes[at] {
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\\' => at += 1,
            b'#' => {
                while at < bytes.len() && bytes[at] != b'\n' {
                    at += 1;
                }
            }
            _ => break,
        }
    }
    at
}

/// A definition's range as CPython has it: from its keyword when it has decorators.
fn def_range(b: B, range: TextRange, decorators: &[ra::Decorator]) -> TextRange {
    match decorators.last() {
        Some(d) => {
            let start = next_token(b.src, d.range.end().to_usize()).min(range.end().to_usize());
            TextRange::new(TextSize::from(start as u32), range.end())
        }
        None => range,
    }
}

fn decorators(b: B, decorators: &[ra::Decorator]) -> PyResult {
    exprs(b, decorators.iter().map(|d| &d.expression))
}

fn type_params(b: B, params: Option<&ra::TypeParams>) -> PyResult {
    let mut out = Vec::new();
    for p in params.map_or(&[][..], |p| &p.type_params[..]) {
        let node = match p {
            ra::TypeParam::TypeVar(t) => {
                let name = b.str(&t.name.id)?;
                let bound = opt_expr(b, t.bound.as_deref())?;
                b.node(
                    "TypeVar",
                    &[("name", name), ("bound", bound)],
                    Some(t.range),
                )?
            }
            ra::TypeParam::ParamSpec(t) => {
                let name = b.str(&t.name.id)?;
                b.node("ParamSpec", &[("name", name)], Some(t.range))?
            }
            ra::TypeParam::TypeVarTuple(t) => {
                let name = b.str(&t.name.id)?;
                b.node("TypeVarTuple", &[("name", name)], Some(t.range))?
            }
        };
        out.push(node);
    }
    b.list(out)
}

/// A compound statement's range as CPython has it: a `;` ending its last line belongs to
/// it (though not to the simple statement before the `;`).
fn block_range(src: &str, range: TextRange) -> TextRange {
    let end = range.end().to_usize();
    let rest = src.get(end..).unwrap_or("");
    let blanks = rest.len() - rest.trim_start_matches([' ', '\t', '\x0c']).len();
    if rest[blanks..].starts_with(';') {
        TextRange::new(range.start(), TextSize::from((end + blanks + 1) as u32))
    } else {
        range
    }
}

fn stmt(b: B, s: &ra::Stmt) -> PyResult {
    use ra::Stmt as S;
    let none = b.vm.none();
    let range = match s {
        S::FunctionDef(_)
        | S::ClassDef(_)
        | S::If(_)
        | S::For(_)
        | S::While(_)
        | S::With(_)
        | S::Try(_)
        | S::Match(_) => block_range(b.src, s.range()),
        _ => s.range(),
    };
    match s {
        S::FunctionDef(f) => {
            let range = def_range(b, range, &f.decorator_list);
            let name = b.str(&f.name.id)?;
            let args = arguments(b, Some(&f.parameters))?;
            let body = stmts(b, &f.body)?;
            let decos = decorators(b, &f.decorator_list)?;
            let returns = opt_expr(b, f.returns.as_deref())?;
            let tps = type_params(b, f.type_params.as_deref())?;
            let class = if f.is_async {
                "AsyncFunctionDef"
            } else {
                "FunctionDef"
            };
            let fields = [
                ("name", name),
                ("args", args),
                ("body", body),
                ("decorator_list", decos),
                ("returns", returns),
                ("type_comment", none),
                ("type_params", tps),
            ];
            b.node(class, &fields, Some(range))
        }
        S::ClassDef(c) => {
            let range = def_range(b, range, &c.decorator_list);
            let name = b.str(&c.name.id)?;
            let bases = exprs(b, c.bases())?;
            let kws = keywords(b, c.keywords())?;
            let body = stmts(b, &c.body)?;
            let decos = decorators(b, &c.decorator_list)?;
            let tps = type_params(b, c.type_params.as_deref())?;
            let fields = [
                ("name", name),
                ("bases", bases),
                ("keywords", kws),
                ("body", body),
                ("decorator_list", decos),
                ("type_params", tps),
            ];
            b.node("ClassDef", &fields, Some(range))
        }
        S::Return(r) => {
            let value = opt_expr(b, r.value.as_deref())?;
            b.node("Return", &[("value", value)], Some(range))
        }
        S::Delete(d) => {
            let targets = exprs(b, &d.targets)?;
            b.node("Delete", &[("targets", targets)], Some(range))
        }
        S::TypeAlias(t) => {
            let name = expr(b, &t.name)?;
            let tps = type_params(b, t.type_params.as_deref())?;
            let value = expr(b, &t.value)?;
            let fields = [("name", name), ("type_params", tps), ("value", value)];
            b.node("TypeAlias", &fields, Some(range))
        }
        S::Assign(a) => {
            let targets = exprs(b, &a.targets)?;
            let value = expr(b, &a.value)?;
            let fields = [
                ("targets", targets),
                ("value", value),
                ("type_comment", none),
            ];
            b.node("Assign", &fields, Some(range))
        }
        S::AugAssign(a) => {
            let target = expr(b, &a.target)?;
            let op = b.singleton(operator(a.op))?;
            let value = expr(b, &a.value)?;
            let fields = [("target", target), ("op", op), ("value", value)];
            b.node("AugAssign", &fields, Some(range))
        }
        S::AnnAssign(a) => {
            let target = expr(b, &a.target)?;
            let annotation = expr(b, &a.annotation)?;
            let value = opt_expr(b, a.value.as_deref())?;
            let simple = b.int(i64::from(a.simple))?;
            let fields = [
                ("target", target),
                ("annotation", annotation),
                ("value", value),
                ("simple", simple),
            ];
            b.node("AnnAssign", &fields, Some(range))
        }
        S::For(f) => {
            let target = expr(b, &f.target)?;
            let iter = expr(b, &f.iter)?;
            let body = stmts(b, &f.body)?;
            let orelse = stmts(b, &f.orelse)?;
            let fields = [
                ("target", target),
                ("iter", iter),
                ("body", body),
                ("orelse", orelse),
                ("type_comment", none),
            ];
            let class = if f.is_async { "AsyncFor" } else { "For" };
            b.node(class, &fields, Some(range))
        }
        S::While(w) => {
            let test = expr(b, &w.test)?;
            let body = stmts(b, &w.body)?;
            let orelse = stmts(b, &w.orelse)?;
            let fields = [("test", test), ("body", body), ("orelse", orelse)];
            b.node("While", &fields, Some(range))
        }
        S::If(i) => if_chain(b, i, range),
        S::With(w) => {
            let mut items = Vec::with_capacity(w.items.len());
            for item in &w.items {
                let ctx = expr(b, &item.context_expr)?;
                let vars = opt_expr(b, item.optional_vars.as_deref())?;
                let fields = [("context_expr", ctx), ("optional_vars", vars)];
                items.push(b.node("withitem", &fields, None)?);
            }
            let items = b.list(items)?;
            let body = stmts(b, &w.body)?;
            let fields = [("items", items), ("body", body), ("type_comment", none)];
            let class = if w.is_async { "AsyncWith" } else { "With" };
            b.node(class, &fields, Some(range))
        }
        S::Match(m) => {
            let subject = expr(b, &m.subject)?;
            let mut cases = Vec::with_capacity(m.cases.len());
            for c in &m.cases {
                let p = pattern(b, &c.pattern)?;
                let guard = opt_expr(b, c.guard.as_deref())?;
                let body = stmts(b, &c.body)?;
                let fields = [("pattern", p), ("guard", guard), ("body", body)];
                cases.push(b.node("match_case", &fields, None)?);
            }
            let cases = b.list(cases)?;
            b.node(
                "Match",
                &[("subject", subject), ("cases", cases)],
                Some(range),
            )
        }
        S::Raise(r) => {
            let exc = opt_expr(b, r.exc.as_deref())?;
            let cause = opt_expr(b, r.cause.as_deref())?;
            b.node("Raise", &[("exc", exc), ("cause", cause)], Some(range))
        }
        S::Try(t) => {
            let body = stmts(b, &t.body)?;
            let mut handlers = Vec::with_capacity(t.handlers.len());
            for h in &t.handlers {
                let ra::ExceptHandler::ExceptHandler(h) = h;
                let ty = opt_expr(b, h.type_.as_deref())?;
                let name = b.opt_str(h.name.as_ref().map(|n| n.id.as_str()))?;
                let hbody = stmts(b, &h.body)?;
                let fields = [("type", ty), ("name", name), ("body", hbody)];
                handlers.push(b.node("ExceptHandler", &fields, Some(h.range))?);
            }
            let handlers = b.list(handlers)?;
            let orelse = stmts(b, &t.orelse)?;
            let finalbody = stmts(b, &t.finalbody)?;
            let fields = [
                ("body", body),
                ("handlers", handlers),
                ("orelse", orelse),
                ("finalbody", finalbody),
            ];
            let class = if t.is_star { "TryStar" } else { "Try" };
            b.node(class, &fields, Some(range))
        }
        S::Assert(a) => {
            let test = expr(b, &a.test)?;
            let msg = opt_expr(b, a.msg.as_deref())?;
            b.node("Assert", &[("test", test), ("msg", msg)], Some(range))
        }
        S::Import(i) => {
            let names = aliases(b, &i.names)?;
            b.node("Import", &[("names", names)], Some(range))
        }
        S::ImportFrom(i) => {
            let module = b.opt_str(i.module.as_ref().map(|m| m.id.as_str()))?;
            let names = aliases(b, &i.names)?;
            let level = b.int(i64::from(i.level))?;
            let fields = [("module", module), ("names", names), ("level", level)];
            b.node("ImportFrom", &fields, Some(range))
        }
        S::Global(g) => {
            let names = ident_list(b, &g.names)?;
            b.node("Global", &[("names", names)], Some(range))
        }
        S::Nonlocal(n) => {
            let names = ident_list(b, &n.names)?;
            b.node("Nonlocal", &[("names", names)], Some(range))
        }
        S::Expr(e) => {
            let value = expr(b, &e.value)?;
            b.node("Expr", &[("value", value)], Some(range))
        }
        S::Pass(_) => b.node("Pass", &[], Some(range)),
        S::Break(_) => b.node("Break", &[], Some(range)),
        S::Continue(_) => b.node("Continue", &[], Some(range)),
        S::IpyEscapeCommand(_) => b.syntax_error(range, "invalid syntax"),
    }
}

/// `if`/`elif`/`else`: each `elif` is an `If` alone in the `orelse` of the one before,
/// starting at its keyword and ending where the whole chain ends.
fn if_chain(b: B, i: &ra::StmtIf, whole: TextRange) -> PyResult {
    let mut orelse = b.list(Vec::new())?;
    for clause in i.elif_else_clauses.iter().rev() {
        match &clause.test {
            None => orelse = stmts(b, &clause.body)?,
            Some(test) => {
                let range = TextRange::new(clause.range.start(), whole.end());
                let test = expr(b, test)?;
                let body = stmts(b, &clause.body)?;
                let fields = [("test", test), ("body", body), ("orelse", orelse)];
                let node = b.node("If", &fields, Some(range))?;
                orelse = b.list(vec![node])?;
            }
        }
    }
    let test = expr(b, &i.test)?;
    let body = stmts(b, &i.body)?;
    let fields = [("test", test), ("body", body), ("orelse", orelse)];
    b.node("If", &fields, Some(whole))
}

fn aliases(b: B, names: &[ra::Alias]) -> PyResult {
    let mut out = Vec::with_capacity(names.len());
    for a in names {
        let name = b.str(&a.name.id)?;
        let asname = b.opt_str(a.asname.as_ref().map(|n| n.id.as_str()))?;
        let fields = [("name", name), ("asname", asname)];
        out.push(b.node("alias", &fields, Some(a.range))?);
    }
    b.list(out)
}

fn keywords(b: B, kws: &[ra::Keyword]) -> PyResult {
    let mut out = Vec::with_capacity(kws.len());
    for k in kws {
        let arg = b.opt_str(k.arg.as_ref().map(|a| a.id.as_str()))?;
        let value = expr(b, &k.value)?;
        out.push(b.node("keyword", &[("arg", arg), ("value", value)], Some(k.range))?);
    }
    b.list(out)
}

fn arg(b: B, p: &ra::Parameter) -> PyResult {
    // `*args` and `**kwargs` start at the name: the stars are not the parameter's.
    let range = TextRange::new(p.name.range.start(), p.range.end());
    let name = b.str(&p.name.id)?;
    let annotation = opt_expr(b, p.annotation.as_deref())?;
    let fields = [
        ("arg", name),
        ("annotation", annotation),
        ("type_comment", b.vm.none()),
    ];
    b.node("arg", &fields, Some(range))
}

/// `arguments`: the defaults of positional parameters in one list (only those that have
/// one), keyword-only defaults aligned with their parameters (None where there is none).
fn arguments(b: B, params: Option<&ra::Parameters>) -> PyResult {
    let empty = ra::Parameters::default();
    let p = params.unwrap_or(&empty);
    let list = |b: B, ps: &[ra::ParameterWithDefault]| -> PyResult {
        let mut out = Vec::with_capacity(ps.len());
        for q in ps {
            out.push(arg(b, &q.parameter)?);
        }
        b.list(out)
    };
    let posonly = list(b, &p.posonlyargs)?;
    let args = list(b, &p.args)?;
    let vararg = match &p.vararg {
        Some(v) => arg(b, v)?,
        None => b.vm.none(),
    };
    let kwonly = list(b, &p.kwonlyargs)?;
    let mut kw_defaults = Vec::with_capacity(p.kwonlyargs.len());
    for q in &p.kwonlyargs {
        kw_defaults.push(opt_expr(b, q.default.as_deref())?);
    }
    let kw_defaults = b.list(kw_defaults)?;
    let kwarg = match &p.kwarg {
        Some(k) => arg(b, k)?,
        None => b.vm.none(),
    };
    let mut defaults = Vec::new();
    for q in p.posonlyargs.iter().chain(p.args.iter()) {
        if let Some(d) = &q.default {
            defaults.push(expr(b, d)?);
        }
    }
    let defaults = b.list(defaults)?;
    let fields = [
        ("posonlyargs", posonly),
        ("args", args),
        ("vararg", vararg),
        ("kwonlyargs", kwonly),
        ("kw_defaults", kw_defaults),
        ("kwarg", kwarg),
        ("defaults", defaults),
    ];
    b.node("arguments", &fields, None)
}

fn context(ctx: ra::ExprContext) -> &'static str {
    match ctx {
        ra::ExprContext::Store => "Store",
        ra::ExprContext::Del => "Del",
        ra::ExprContext::Load | ra::ExprContext::Invalid => "Load",
    }
}

fn operator(op: ra::Operator) -> &'static str {
    use ra::Operator as O;
    match op {
        O::Add => "Add",
        O::Sub => "Sub",
        O::Mult => "Mult",
        O::MatMult => "MatMult",
        O::Div => "Div",
        O::Mod => "Mod",
        O::Pow => "Pow",
        O::LShift => "LShift",
        O::RShift => "RShift",
        O::BitOr => "BitOr",
        O::BitXor => "BitXor",
        O::BitAnd => "BitAnd",
        O::FloorDiv => "FloorDiv",
    }
}

fn cmpop(op: ra::CmpOp) -> &'static str {
    use ra::CmpOp as C;
    match op {
        C::Eq => "Eq",
        C::NotEq => "NotEq",
        C::Lt => "Lt",
        C::LtE => "LtE",
        C::Gt => "Gt",
        C::GtE => "GtE",
        C::Is => "Is",
        C::IsNot => "IsNot",
        C::In => "In",
        C::NotIn => "NotIn",
    }
}

fn comprehension(b: B, gens: &[ra::Comprehension]) -> PyResult {
    let mut out = Vec::with_capacity(gens.len());
    for g in gens {
        let target = expr(b, &g.target)?;
        let iter = expr(b, &g.iter)?;
        let ifs = exprs(b, &g.ifs)?;
        let is_async = b.int(i64::from(g.is_async))?;
        let fields = [
            ("target", target),
            ("iter", iter),
            ("ifs", ifs),
            ("is_async", is_async),
        ];
        out.push(b.node("comprehension", &fields, None)?);
    }
    b.list(out)
}

/// A `Constant` node.
fn constant(b: B, value: ObjRef, kind: Option<&str>, range: TextRange) -> PyResult {
    let kind = b.opt_str(kind)?;
    b.node("Constant", &[("value", value), ("kind", kind)], Some(range))
}

/// An int literal as written (`0x_ff`, `1_000`, beyond 64 bits).
fn int_literal(b: B, i: &ra::Int) -> PyResult {
    if let Some(v) = i.as_i64() {
        return b.int(v);
    }
    let text = i.to_string().replace('_', "");
    let (radix, digits) = match text.get(..2) {
        Some("0x" | "0X") => (16, &text[2..]),
        Some("0o" | "0O") => (8, &text[2..]),
        Some("0b" | "0B") => (2, &text[2..]),
        _ => (10, &text[..]),
    };
    match BigInt::parse_bytes(digits.as_bytes(), radix) {
        Some(v) => b.vm.new_bigint(v),
        None => b.vm.value_err(format!("invalid int literal {text}")),
    }
}

fn expr(b: B, e: &ra::Expr) -> PyResult {
    b.nested(|b| expr_inner(b, e))
}

fn expr_inner(b: B, e: &ra::Expr) -> PyResult {
    use ra::Expr as E;
    let range = e.range();
    let vm = b.vm;
    match e {
        E::BoolOp(o) => {
            let op = b.singleton(match o.op {
                ra::BoolOp::And => "And",
                ra::BoolOp::Or => "Or",
            })?;
            let values = exprs(b, &o.values)?;
            b.node("BoolOp", &[("op", op), ("values", values)], Some(range))
        }
        E::Named(n) => {
            if !n.target.is_name_expr() {
                return b.syntax_error(
                    n.target.range(),
                    "cannot use assignment expressions with this target",
                );
            }
            let target = expr(b, &n.target)?;
            let value = expr(b, &n.value)?;
            b.node(
                "NamedExpr",
                &[("target", target), ("value", value)],
                Some(range),
            )
        }
        E::BinOp(o) => {
            let left = expr(b, &o.left)?;
            let op = b.singleton(operator(o.op))?;
            let right = expr(b, &o.right)?;
            let fields = [("left", left), ("op", op), ("right", right)];
            b.node("BinOp", &fields, Some(range))
        }
        E::UnaryOp(u) => {
            let op = b.singleton(match u.op {
                ra::UnaryOp::Invert => "Invert",
                ra::UnaryOp::Not => "Not",
                ra::UnaryOp::UAdd => "UAdd",
                ra::UnaryOp::USub => "USub",
            })?;
            let operand = expr(b, &u.operand)?;
            b.node("UnaryOp", &[("op", op), ("operand", operand)], Some(range))
        }
        E::Lambda(l) => {
            let args = arguments(b, l.parameters.as_deref())?;
            let body = expr(b, &l.body)?;
            b.node("Lambda", &[("args", args), ("body", body)], Some(range))
        }
        E::If(i) => {
            let test = expr(b, &i.test)?;
            let body = expr(b, &i.body)?;
            let orelse = expr(b, &i.orelse)?;
            let fields = [("test", test), ("body", body), ("orelse", orelse)];
            b.node("IfExp", &fields, Some(range))
        }
        E::Dict(d) => {
            let mut keys = Vec::with_capacity(d.items.len());
            let mut values = Vec::with_capacity(d.items.len());
            for item in &d.items {
                keys.push(opt_expr(b, item.key.as_ref())?);
                values.push(expr(b, &item.value)?);
            }
            let (keys, values) = (b.list(keys)?, b.list(values)?);
            b.node("Dict", &[("keys", keys), ("values", values)], Some(range))
        }
        E::Set(s) => {
            let elts = exprs(b, &s.elts)?;
            b.node("Set", &[("elts", elts)], Some(range))
        }
        E::ListComp(c) => {
            let elt = expr(b, &c.elt)?;
            let gens = comprehension(b, &c.generators)?;
            b.node(
                "ListComp",
                &[("elt", elt), ("generators", gens)],
                Some(range),
            )
        }
        E::SetComp(c) => {
            let elt = expr(b, &c.elt)?;
            let gens = comprehension(b, &c.generators)?;
            b.node(
                "SetComp",
                &[("elt", elt), ("generators", gens)],
                Some(range),
            )
        }
        E::DictComp(c) => {
            let Some(key) = &c.key else {
                return b
                    .syntax_error(range, "dict unpacking cannot be used in dict comprehension");
            };
            let key = expr(b, key)?;
            let value = expr(b, &c.value)?;
            let gens = comprehension(b, &c.generators)?;
            let fields = [("key", key), ("value", value), ("generators", gens)];
            b.node("DictComp", &fields, Some(range))
        }
        E::Generator(g) => generator(b, g, range),
        E::Await(a) => {
            let value = expr(b, &a.value)?;
            b.node("Await", &[("value", value)], Some(range))
        }
        E::Yield(y) => {
            let value = opt_expr(b, y.value.as_deref())?;
            b.node("Yield", &[("value", value)], Some(range))
        }
        E::YieldFrom(y) => {
            let value = expr(b, &y.value)?;
            b.node("YieldFrom", &[("value", value)], Some(range))
        }
        E::Compare(c) => {
            if c.ops.is_empty() || c.ops.len() != c.comparators.len() {
                return b.syntax_error(range, "invalid syntax");
            }
            let left = expr(b, &c.left)?;
            let mut ops = Vec::with_capacity(c.ops.len());
            for op in c.ops.iter() {
                ops.push(b.singleton(cmpop(*op))?);
            }
            let ops = b.list(ops)?;
            let comparators = exprs(b, c.comparators.iter())?;
            let fields = [("left", left), ("ops", ops), ("comparators", comparators)];
            b.node("Compare", &fields, Some(range))
        }
        E::Call(c) => {
            let func = expr(b, &c.func)?;
            let call_args = &c.arguments;
            let mut args = Vec::with_capacity(call_args.args.len());
            for a in call_args.args.iter() {
                // `f(x for x in y)`: the generator expression owns the call's parentheses.
                let node = match a {
                    E::Generator(g)
                        if !g.parenthesized
                            && call_args.args.len() == 1
                            && call_args.keywords.is_empty() =>
                    {
                        b.nested(|b| generator(b, g, call_args.range))?
                    }
                    _ => expr(b, a)?,
                };
                args.push(node);
            }
            let args = b.list(args)?;
            let kws = keywords(b, &call_args.keywords)?;
            let fields = [("func", func), ("args", args), ("keywords", kws)];
            b.node("Call", &fields, Some(range))
        }
        E::FString(f) => super::ast_fstring::joined_str(b, f),
        E::TString(_) => b.syntax_error(range, "invalid syntax"),
        E::StringLiteral(s) => {
            let value = vm.new_str(s.value.to_str())?;
            let kind = s.value.is_unicode().then_some("u");
            constant(b, value, kind, range)
        }
        E::BytesLiteral(by) => {
            let data: Vec<u8> = by.value.bytes().collect();
            let value = vm.new_bytes_value(data)?;
            constant(b, value, None, range)
        }
        E::NumberLiteral(n) => {
            let value = match &n.value {
                ra::Number::Int(i) => int_literal(b, i)?,
                ra::Number::Float(f) => vm.new_float(*f)?,
                ra::Number::Complex { real, imag } => {
                    vm.new_complex(crate::runtime::complex::C {
                        re: *real,
                        im: *imag,
                    })?
                }
            };
            constant(b, value, None, range)
        }
        E::BooleanLiteral(l) => constant(b, vm.bool_obj(l.value), None, range),
        E::NoneLiteral(_) => constant(b, vm.none(), None, range),
        E::EllipsisLiteral(_) => constant(b, vm.ellipsis.clone(), None, range),
        E::Attribute(a) => {
            let value = expr(b, &a.value)?;
            let attr = b.str(&a.attr.id)?;
            let ctx = b.singleton(context(a.ctx))?;
            let fields = [("value", value), ("attr", attr), ("ctx", ctx)];
            b.node("Attribute", &fields, Some(range))
        }
        E::Subscript(s) => {
            let value = expr(b, &s.value)?;
            let slice = expr(b, &s.slice)?;
            let ctx = b.singleton(context(s.ctx))?;
            let fields = [("value", value), ("slice", slice), ("ctx", ctx)];
            b.node("Subscript", &fields, Some(range))
        }
        E::Starred(s) => {
            let value = expr(b, &s.value)?;
            let ctx = b.singleton(context(s.ctx))?;
            b.node("Starred", &[("value", value), ("ctx", ctx)], Some(range))
        }
        E::Name(n) => {
            let id = b.str(&n.id)?;
            let ctx = b.singleton(context(n.ctx))?;
            b.node("Name", &[("id", id), ("ctx", ctx)], Some(range))
        }
        E::List(l) => {
            let elts = exprs(b, &l.elts)?;
            let ctx = b.singleton(context(l.ctx))?;
            b.node("List", &[("elts", elts), ("ctx", ctx)], Some(range))
        }
        E::Tuple(t) => {
            let elts = exprs(b, &t.elts)?;
            let ctx = b.singleton(context(t.ctx))?;
            b.node("Tuple", &[("elts", elts), ("ctx", ctx)], Some(range))
        }
        E::Slice(s) => {
            let lower = opt_expr(b, s.lower.as_deref())?;
            let upper = opt_expr(b, s.upper.as_deref())?;
            let step = opt_expr(b, s.step.as_deref())?;
            let fields = [("lower", lower), ("upper", upper), ("step", step)];
            b.node("Slice", &fields, Some(range))
        }
        E::IpyEscapeCommand(_) => b.syntax_error(range, "invalid syntax"),
    }
}

fn generator(b: B, g: &ra::ExprGenerator, range: TextRange) -> PyResult {
    let elt = expr(b, &g.elt)?;
    let gens = comprehension(b, &g.generators)?;
    b.node(
        "GeneratorExp",
        &[("elt", elt), ("generators", gens)],
        Some(range),
    )
}

/// Exposed to the f-string conversion.
pub(crate) fn convert_expr(b: B, e: &ra::Expr) -> PyResult {
    expr(b, e)
}

fn patterns(b: B, ps: &[ra::Pattern]) -> PyResult {
    let mut out = Vec::with_capacity(ps.len());
    for p in ps {
        out.push(pattern(b, p)?);
    }
    b.list(out)
}

fn pattern(b: B, p: &ra::Pattern) -> PyResult {
    b.nested(|b| pattern_inner(b, p))
}

fn pattern_inner(b: B, p: &ra::Pattern) -> PyResult {
    use ra::Pattern as P;
    let range = p.range();
    let vm = b.vm;
    match p {
        P::MatchValue(v) => {
            if v.value.is_f_string_expr() {
                return b.syntax_error(
                    v.value.range(),
                    "patterns may only match literals and attribute lookups",
                );
            }
            let value = expr(b, &v.value)?;
            b.node("MatchValue", &[("value", value)], Some(range))
        }
        P::MatchSingleton(s) => {
            let value = match s.value {
                ra::Singleton::None => vm.none(),
                ra::Singleton::True => vm.bool_obj(true),
                ra::Singleton::False => vm.bool_obj(false),
            };
            b.node("MatchSingleton", &[("value", value)], Some(range))
        }
        P::MatchSequence(s) => {
            let ps = patterns(b, &s.patterns)?;
            b.node("MatchSequence", &[("patterns", ps)], Some(range))
        }
        P::MatchMapping(m) => {
            let keys = exprs(b, m.keys.iter())?;
            let ps = patterns(b, &m.patterns)?;
            let rest = b.opt_str(m.rest.as_ref().map(|r| r.id.as_str()))?;
            let fields = [("keys", keys), ("patterns", ps), ("rest", rest)];
            b.node("MatchMapping", &fields, Some(range))
        }
        P::MatchClass(c) => {
            let cls = expr(b, &c.cls)?;
            let ps = patterns(b, &c.arguments.patterns)?;
            let mut attrs = Vec::with_capacity(c.arguments.keywords.len());
            let mut kwd_patterns = Vec::with_capacity(c.arguments.keywords.len());
            for k in &c.arguments.keywords {
                attrs.push(b.str(&k.attr.id)?);
                kwd_patterns.push(pattern(b, &k.pattern)?);
            }
            let fields = [
                ("cls", cls),
                ("patterns", ps),
                ("kwd_attrs", b.list(attrs)?),
                ("kwd_patterns", b.list(kwd_patterns)?),
            ];
            b.node("MatchClass", &fields, Some(range))
        }
        P::MatchStar(s) => {
            let name = b.opt_str(s.name.as_ref().map(|n| n.id.as_str()))?;
            b.node("MatchStar", &[("name", name)], Some(range))
        }
        P::MatchAs(a) => {
            let inner = match &a.pattern {
                Some(p) => pattern(b, p)?,
                None => vm.none(),
            };
            let name = b.opt_str(a.name.as_ref().map(|n| n.id.as_str()))?;
            b.node(
                "MatchAs",
                &[("pattern", inner), ("name", name)],
                Some(range),
            )
        }
        P::MatchOr(o) => {
            let ps = patterns(b, &o.patterns)?;
            b.node("MatchOr", &[("patterns", ps)], Some(range))
        }
    }
}
