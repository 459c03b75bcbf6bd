//! pymem's own syntax tree ("IR"): what the rest of the front end sees instead of ruff's AST.
//!
//! Only [`crate::lower`] knows ruff's types; everything after it (symbol table, compiler) works on
//! these, so a parser upgrade touches one module. The IR is deliberately smaller than Python's
//! `ast` module: async constructs, type parameters and t-strings are rejected during
//! lowering, implicit string concatenation is already joined, and f-strings are flattened into
//! [`FPart`]s.
//!
//! Positions are [`Loc`]s: 1-based lines and 0-based *character* columns (CPython's AST uses byte
//! columns; pymem's tracebacks count characters, which is what CPython prints too).

/// A source span: 1-based lines, 0-based character columns, `end_col` exclusive.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Loc {
    /// First line.
    pub line: u32,
    /// First column (0-based, in characters).
    pub col: u32,
    /// Last line.
    pub end_line: u32,
    /// Column just past the end on `end_line`.
    pub end_col: u32,
}

/// A literal value written in the source.
#[derive(Clone, Debug, PartialEq)]
pub enum Literal {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An integer that fits in an `i64`.
    Int(i64),
    /// A larger integer, as written without underscores (may carry a `0x`/`0o`/`0b` prefix);
    /// the runtime parses it with its big-int code.
    BigInt(String),
    /// A float literal.
    Float(f64),
    /// An imaginary literal `<imag>j` (real part is always 0 in source).
    Complex(f64),
    /// A string (implicit concatenations joined).
    Str(String),
    /// A bytes literal.
    Bytes(Vec<u8>),
    /// `...`.
    Ellipsis,
}

/// Binary operators (also used by augmented assignment).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum UnaryOp {
    Not,
    Neg,
    Pos,
    Invert,
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// Which kind of comprehension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

/// One `for target in iter if cond...` clause of a comprehension.
#[derive(Clone, Debug)]
pub struct Comprehension {
    /// The loop target.
    pub target: Expr,
    /// The iterable.
    pub iter: Expr,
    /// The `if` filters.
    pub ifs: Vec<Expr>,
    /// `async for` (iterates with `__aiter__`/`__anext__`, awaiting each step).
    pub is_async: bool,
}

/// A piece of an f-string.
#[derive(Clone, Debug)]
pub enum FPart {
    /// Literal text.
    Literal(String),
    /// A replacement field `{expr!c:spec}`.
    Value {
        /// The expression.
        expr: Box<Expr>,
        /// `s`, `r`, `a` or none.
        conversion: Option<char>,
        /// The format spec, itself an f-string.
        spec: Option<Vec<FPart>>,
        /// The field `{...}` in the source (where a formatting error points).
        loc: Loc,
    },
}

/// A keyword argument `name=value`, or `**value` when `arg` is `None`.
#[derive(Clone, Debug)]
pub struct Keyword {
    /// The keyword, or `None` for `**mapping`.
    pub arg: Option<String>,
    /// The value.
    pub value: Expr,
    /// Where the keyword argument is.
    pub loc: Loc,
}

/// A parameter with an optional default.
#[derive(Clone, Debug)]
pub struct Param {
    /// Parameter name.
    pub name: String,
    /// Default value, if any.
    pub default: Option<Expr>,
    /// Annotation, if any (evaluated when the `def` runs, into `__annotations__`).
    pub annotation: Option<Expr>,
    /// Where the parameter is.
    pub loc: Loc,
}

/// A function's or lambda's parameter list.
#[derive(Clone, Debug, Default)]
pub struct Params {
    /// Positional-only parameters (before `/`).
    pub posonly: Vec<Param>,
    /// Ordinary positional-or-keyword parameters.
    pub args: Vec<Param>,
    /// `*args`.
    pub vararg: Option<Param>,
    /// Keyword-only parameters (after `*` or `*args`).
    pub kwonly: Vec<Param>,
    /// `**kwargs`.
    pub kwarg: Option<Param>,
}

impl Params {
    /// The annotated parameters with their annotations, in the order CPython 3.12 evaluates
    /// them into `__annotations__`: ordinary parameters, then positional-only ones (sic),
    /// `*args`, keyword-only ones, `**kwargs`.
    pub fn annotations(&self) -> impl Iterator<Item = (&Param, &Expr)> {
        self.args
            .iter()
            .chain(&self.posonly)
            .chain(&self.vararg)
            .chain(&self.kwonly)
            .chain(&self.kwarg)
            .filter_map(|p| p.annotation.as_ref().map(|a| (p, a)))
    }

    /// All parameter names in slot order: posonly, args, kwonly, *args, **kwargs (CPython's order).
    pub fn names_in_slot_order(&self) -> Vec<&Param> {
        let mut v: Vec<&Param> = self
            .posonly
            .iter()
            .chain(&self.args)
            .chain(&self.kwonly)
            .collect();
        v.extend(self.vararg.as_ref());
        v.extend(self.kwarg.as_ref());
        v
    }
}

/// An expression with its location.
#[derive(Clone, Debug)]
pub struct Expr {
    /// What the expression is.
    pub kind: ExprKind,
    /// Where it is.
    pub loc: Loc,
}

/// Expression forms.
#[derive(Clone, Debug)]
pub enum ExprKind {
    /// A literal.
    Literal(Literal),
    /// A name load/store/del (context comes from the position in the tree).
    Name(String),
    /// `a and b and c` (`and_ == true`) or `a or b`.
    BoolOp {
        /// `and` if true, `or` otherwise.
        and_: bool,
        /// At least two operands.
        values: Vec<Expr>,
    },
    /// `target := value`.
    Named {
        /// The name bound.
        target: String,
        /// The value.
        value: Box<Expr>,
    },
    /// `left op right`.
    BinOp {
        /// Left operand.
        left: Box<Expr>,
        /// Operator.
        op: BinOp,
        /// Right operand.
        right: Box<Expr>,
    },
    /// `op operand`.
    Unary {
        /// Operator.
        op: UnaryOp,
        /// Operand.
        operand: Box<Expr>,
    },
    /// `lambda params: body`.
    Lambda {
        /// Parameters.
        params: Box<Params>,
        /// Body expression.
        body: Box<Expr>,
    },
    /// `body if test else orelse`.
    IfExp {
        /// Condition.
        test: Box<Expr>,
        /// Value when true.
        body: Box<Expr>,
        /// Value when false.
        orelse: Box<Expr>,
    },
    /// `{k: v, **m}`; a `None` key is a `**` spread.
    Dict(Vec<(Option<Expr>, Expr)>),
    /// `{a, b}`.
    Set(Vec<Expr>),
    /// `[a, b]` (also a store target).
    List(Vec<Expr>),
    /// `(a, b)` (also a store target).
    Tuple(Vec<Expr>),
    /// A comprehension or generator expression.
    Comp {
        /// Which one.
        kind: CompKind,
        /// The element (the key, for a dict comprehension).
        elt: Box<Expr>,
        /// The value, for a dict comprehension.
        value: Option<Box<Expr>>,
        /// The `for` clauses, outermost first (never empty).
        generators: Vec<Comprehension>,
    },
    /// `yield` / `yield value`.
    Yield(Option<Box<Expr>>),
    /// `yield from value`.
    YieldFrom(Box<Expr>),
    /// `await value` (in an `async def`).
    Await(Box<Expr>),
    /// `left op1 c1 op2 c2 ...`.
    Compare {
        /// First operand.
        left: Box<Expr>,
        /// Operators.
        ops: Vec<CmpOp>,
        /// Remaining operands, one per operator (at least one).
        comparators: Vec<Expr>,
    },
    /// `func(args, keywords)`; `args` may contain [`ExprKind::Starred`].
    Call {
        /// The callee.
        func: Box<Expr>,
        /// Positional arguments.
        args: Vec<Expr>,
        /// Keyword arguments and `**` mappings.
        keywords: Vec<Keyword>,
    },
    /// An f-string (implicit concatenation with plain strings already merged).
    FString(Vec<FPart>),
    /// `value.attr`.
    Attribute {
        /// The object.
        value: Box<Expr>,
        /// The attribute name.
        attr: String,
    },
    /// `value[index]`.
    Subscript {
        /// The container.
        value: Box<Expr>,
        /// The index (may be a [`ExprKind::Slice`]).
        index: Box<Expr>,
    },
    /// `*value` in a call, display or assignment target.
    Starred(Box<Expr>),
    /// `lower:upper:step` inside a subscript.
    Slice {
        /// Start.
        lower: Option<Box<Expr>>,
        /// Stop.
        upper: Option<Box<Expr>>,
        /// Step.
        step: Option<Box<Expr>>,
    },
}

/// An `except` clause.
#[derive(Clone, Debug)]
pub struct Handler {
    /// The exception type expression (`None` for a bare `except:`).
    pub typ: Option<Expr>,
    /// `as name`.
    pub name: Option<String>,
    /// The handler body.
    pub body: Vec<Stmt>,
    /// Where the `except` is.
    pub loc: Loc,
}

/// One `case pattern if guard: body` of a `match` statement.
#[derive(Clone, Debug)]
pub struct MatchCase {
    /// The pattern.
    pub pattern: Pattern,
    /// The `if` guard.
    pub guard: Option<Expr>,
    /// The body.
    pub body: Vec<Stmt>,
}

/// A pattern of a `case` (PEP 634), with its location.
#[derive(Clone, Debug)]
pub struct Pattern {
    /// What the pattern is.
    pub kind: PatternKind,
    /// Where it is.
    pub loc: Loc,
}

/// Pattern forms (Python's `ast.match_*` nodes).
#[derive(Clone, Debug)]
pub enum PatternKind {
    /// A literal or dotted-name value, compared with `==`.
    Value(Expr),
    /// `None`, `True` or `False`, compared with `is`.
    Singleton(Literal),
    /// `[p, *rest, q]` or `(p, q)`: at most one [`PatternKind::Star`] among the items.
    Sequence(Vec<Pattern>),
    /// `*name` or `*_` (`None`) inside a sequence pattern.
    Star(Option<String>),
    /// `{key: p, **rest}`: keys are literals or dotted names.
    Mapping {
        /// The keys.
        keys: Vec<Expr>,
        /// One pattern per key.
        patterns: Vec<Pattern>,
        /// `**rest`.
        rest: Option<String>,
    },
    /// `Cls(p, q, attr=r)`.
    Class {
        /// The class expression (a dotted name).
        cls: Expr,
        /// Positional sub-patterns (looked up through `__match_args__`).
        patterns: Vec<Pattern>,
        /// Keyword attribute names.
        kwd_attrs: Vec<String>,
        /// One pattern per keyword attribute.
        kwd_patterns: Vec<Pattern>,
    },
    /// `p as name`, a bare capture `name` (`pattern` is `None`) or the wildcard `_` (both
    /// `None`).
    As {
        /// The pattern matched first.
        pattern: Option<Box<Pattern>>,
        /// The name bound.
        name: Option<String>,
    },
    /// `p | q | ...`.
    Or(Vec<Pattern>),
}

/// `import a.b as c` / `from m import a as c`.
#[derive(Clone, Debug)]
pub struct Alias {
    /// The (dotted) name, or `*`.
    pub name: String,
    /// The `as` name.
    pub asname: Option<String>,
    /// Where it is.
    pub loc: Loc,
}

/// A `def`.
#[derive(Clone, Debug)]
pub struct FunctionDef {
    /// The function name.
    pub name: String,
    /// Parameters.
    pub params: Params,
    /// The return annotation (`-> T`), if any.
    pub returns: Option<Expr>,
    /// Body.
    pub body: Vec<Stmt>,
    /// Decorators, outermost first.
    pub decorators: Vec<Expr>,
    /// `async def`: calling it makes a coroutine (an async generator if it yields).
    pub is_async: bool,
}

/// A `class`.
#[derive(Clone, Debug)]
pub struct ClassDef {
    /// The class name.
    pub name: String,
    /// Base classes (may contain [`ExprKind::Starred`]).
    pub bases: Vec<Expr>,
    /// Keywords such as `metaclass=`.
    pub keywords: Vec<Keyword>,
    /// Body.
    pub body: Vec<Stmt>,
    /// Decorators, outermost first.
    pub decorators: Vec<Expr>,
}

/// A statement with its location.
#[derive(Clone, Debug)]
pub struct Stmt {
    /// What the statement is.
    pub kind: StmtKind,
    /// Where it is.
    pub loc: Loc,
}

/// Statement forms.
#[derive(Clone, Debug)]
#[allow(missing_docs)]
pub enum StmtKind {
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Expr>),
    Delete(Vec<Expr>),
    /// `t1 = t2 = value`.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `target: annotation [= value]`. In module and class bodies the annotation is evaluated
    /// (and stored in `__annotations__` when `simple`); in functions it is not.
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        /// A bare name target, not parenthesized.
        simple: bool,
    },
    /// `for` / `async for`.
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        is_async: bool,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `with a as x, b:` — items are (context expression, optional target).
    With {
        items: Vec<(Expr, Option<Expr>)>,
        body: Vec<Stmt>,
        /// `async with`: `__aenter__`/`__aexit__`, awaited.
        is_async: bool,
    },
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<Handler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
        /// `except*` clauses (PEP 654): the handlers match parts of exception groups.
        star: bool,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    Import(Vec<Alias>),
    ImportFrom {
        module: Option<String>,
        names: Vec<Alias>,
        level: u32,
    },
    /// `match subject:` with its `case` blocks (PEP 634).
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    Expr(Expr),
    Pass,
    Break,
    Continue,
}
