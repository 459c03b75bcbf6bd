//! Scopes and name classification, following CPython 3.12's `Python/symtable.c`.
//!
//! Two passes, like CPython:
//!
//! 1. **Collect** (`Builder`): walk the IR once, creating a [`Scope`] for the module and for every
//!    function, lambda, class and comprehension, and recording per name what the scope does with
//!    it (assigns, uses, declares `global`/`nonlocal`, has it as a parameter).
//! 2. **Analyze** (`analyze`): top-down, resolve each name to a [`Resolution`]: local, global
//!    (explicit or implicit), free (from an enclosing function) or cell (local here, captured by
//!    an inner scope). Free names propagate up to the scope that binds them, turning its local into
//!    a cell; class scopes are skipped over (a method cannot see class-level names), except for the
//!    implicit `__class__` cell that `super()` needs.
//!
//! # Comprehensions
//!
//! Every comprehension and generator expression gets its own function-like scope, with the
//! scoping rules of a separate function: its targets are its own locals, the outermost
//! iterable is evaluated in the enclosing scope, and `:=` inside it binds in the nearest
//! enclosing non-comprehension scope (PEP 572). Generator expressions, and comprehensions in
//! class bodies, are compiled as such functions. A list, set or dict comprehension inside a
//! function-like scope or the module body is *inlined* (PEP 709, as CPython 3.12): analysis
//! marks it
//! [`Scope::inlined`], and the compiler emits it into the enclosing code, its locals in slots
//! of the enclosing frame that are saved and cleared before it runs and restored after. The
//! names it reads from the enclosing function then stay plain locals there rather than
//! becoming cells; only names a real closure inside it captures need cells. A comprehension
//! whose own locals are captured by a closure inside it (`[lambda: x for x in t]`) keeps its
//! function, so that each run gets fresh cells.
//!
//! # Name mangling
//!
//! Inside a class (including its methods and their nested scopes) an identifier `__name` that
//! does not end in `__` is rewritten to `_Class__name` (CPython's `_Py_Mangle`); every symbol is
//! stored mangled, and the compiler mangles names and attribute names with
//! [`Scope::mangle`] before emitting them. Keyword-argument names in calls are not mangled
//! (nor are they in CPython).
//!
//! Scopes are identified by [`ScopeId`] and looked up by the compiler through the address of the
//! IR node that opened them (`FunctionDef`, `ClassDef`, or the lambda/comprehension `Expr`), which
//! is stable because the IR is not modified between the passes.

use std::collections::{HashMap, HashSet};

use crate::error::{ErrorKind, SyntaxError};
use crate::ir::*;

/// Index of a scope in [`SymbolTable::scopes`].
pub type ScopeId = usize;

/// What kind of block a scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    /// The module body.
    Module,
    /// A `def`.
    Function,
    /// A `lambda`.
    Lambda,
    /// A class body.
    Class,
    /// A comprehension or generator expression.
    Comprehension,
}

impl ScopeKind {
    /// Functions, lambdas and comprehensions: scopes with fast locals.
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// Flags recorded for a name during collection.
pub mod flags {
    /// Assigned, imported, deleted, or the target of `def`/`class`/`for`/`with`/`except as`.
    pub const DEF_LOCAL: u32 = 1;
    /// Declared `global`.
    pub const DEF_GLOBAL: u32 = 2;
    /// Declared `nonlocal`.
    pub const DEF_NONLOCAL: u32 = 4;
    /// A parameter.
    pub const DEF_PARAM: u32 = 8;
    /// Read.
    pub const USE: u32 = 16;
    /// Bound by `:=` inside a comprehension on behalf of this (enclosing) scope.
    pub const DEF_COMP_WALRUS: u32 = 32;
    /// The target of a bare annotation (`x: int`): local, but never stored by it.
    pub const DEF_ANNOT: u32 = 64;
}

/// Where a name lives, after analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// A local of this scope (fast slot in functions, namespace dict in module/class).
    Local,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound anywhere enclosing: a global or builtin.
    GlobalImplicit,
    /// Bound in an enclosing function; reached through a cell from the closure.
    Free,
    /// Local here and captured by an inner scope; stored in a cell.
    Cell,
}

/// One name in a scope.
#[derive(Clone, Debug)]
pub struct Symbol {
    /// The name.
    pub name: String,
    /// [`flags`] bits.
    pub flags: u32,
    /// Set by analysis.
    pub resolution: Resolution,
    /// Where a `nonlocal` declaration of the name is (for error messages).
    pub decl_loc: Option<Loc>,
}

/// A scope: a module, function, lambda, class body or comprehension.
#[derive(Clone, Debug)]
pub struct Scope {
    /// What kind of scope.
    pub kind: ScopeKind,
    /// Its name (`<module>`, the function/class name, `<lambda>`, `<listcomp>`...).
    pub name: String,
    /// The enclosing scope.
    pub parent: Option<ScopeId>,
    /// Nested scopes, in source order.
    pub children: Vec<ScopeId>,
    /// Symbols in first-seen order.
    pub symbols: Vec<Symbol>,
    index: HashMap<String, usize>,
    /// Parameter names in slot order (see [`Params::names_in_slot_order`]).
    pub params: Vec<String>,
    /// Contains `yield` / `yield from` (or is a generator expression).
    pub is_generator: bool,
    /// An `async def`, or a comprehension that awaits (`await`, `async for`): its code is a
    /// coroutine (an async generator when it also yields).
    pub is_coroutine: bool,
    /// A class scope one of whose methods uses `super` or `__class__`: it gets a `__class__` cell.
    pub needs_class_closure: bool,
    /// First line of the scope's definition.
    pub line: u32,
    /// The class name used for private-name mangling (the innermost enclosing class).
    pub private: Option<String>,
    /// Some enclosing scope is a function, lambda or comprehension (CPython's `ste_nested`).
    pub nested: bool,
    /// Class scopes only: names bound in the class body that inner scopes also need from an
    /// enclosing function (CPython's `DEF_FREE_CLASS`). The class body itself keeps using its
    /// namespace for them; they are in the class's closure only to be passed on.
    pub class_free: Vec<String>,
    /// A list/set/dict comprehension compiled into the enclosing code (PEP 709; see the
    /// module doc). Set by analysis.
    pub inlined: bool,
}

impl Scope {
    fn new(
        kind: ScopeKind,
        name: &str,
        parent: Option<ScopeId>,
        line: u32,
        private: Option<String>,
    ) -> Scope {
        Scope {
            private,
            nested: false,
            kind,
            name: name.to_string(),
            parent,
            children: Vec::new(),
            symbols: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            needs_class_closure: false,
            line,
            class_free: Vec::new(),
            inlined: false,
        }
    }

    /// `name` as stored: `_Class__name` for a private name inside a class, else unchanged.
    pub fn mangle<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        match &self.private {
            Some(class) => mangle(class, name),
            None => std::borrow::Cow::Borrowed(name),
        }
    }

    /// The symbol for `name` (unmangled), if the scope mentions it.
    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index
            .get(self.mangle(name).as_ref())
            .map(|&i| &self.symbols[i])
    }

    /// The resolution of `name` in this scope; names never mentioned resolve as implicit
    /// globals (or, in a class nested in a function, whatever analysis decided).
    pub fn resolve(&self, name: &str) -> Resolution {
        self.lookup(name)
            .map(|s| s.resolution)
            .unwrap_or(Resolution::GlobalImplicit)
    }

    fn add(&mut self, name: &str, flag: u32) -> &mut Symbol {
        let mangled = self.mangle(name).into_owned();
        self.add_mangled(&mangled, flag)
    }

    fn add_mangled(&mut self, name: &str, flag: u32) -> &mut Symbol {
        let i = match self.index.get(name) {
            Some(&i) => i,
            None => {
                self.symbols.push(Symbol {
                    name: name.to_string(),
                    flags: 0,
                    resolution: Resolution::GlobalImplicit,
                    decl_loc: None,
                });
                self.index.insert(name.to_string(), self.symbols.len() - 1);
                self.symbols.len() - 1
            }
        };
        let s = &mut self.symbols[i];
        s.flags |= flag;
        s
    }

    /// Names that live in cells owned by this scope, sorted (CPython's `co_cellvars` order).
    pub fn cell_names(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.resolution == Resolution::Cell)
            .map(|s| s.name.clone())
            .collect();
        if self.needs_class_closure && !v.iter().any(|n| n == "__class__") {
            v.push("__class__".to_string());
        }
        v.sort();
        v
    }

    /// The names an inlined comprehension binds itself: the slots the enclosing code saves,
    /// clears and restores around it (its implicit `.0` parameter excluded).
    pub fn comprehension_locals(&self) -> impl Iterator<Item = &str> {
        self.symbols
            .iter()
            .filter(|s| s.resolution == Resolution::Local && s.name != ".0")
            .map(|s| s.name.as_str())
    }

    /// Names this scope receives from its closure, sorted (CPython's `co_freevars` order).
    pub fn free_names(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.resolution == Resolution::Free)
            .map(|s| s.name.clone())
            .collect();
        v.extend(self.class_free.iter().cloned());
        v.sort();
        v
    }
}

/// The result: every scope of a compilation unit, plus the node → scope map.
#[derive(Debug)]
pub struct SymbolTable {
    /// All scopes; `scopes[0]` is the module.
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
}

impl SymbolTable {
    /// The scope opened by the IR node at `node` (its address).
    pub fn scope_of<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }
}

type R<T> = Result<T, SyntaxError>;

/// Builds the table for a module (or an expression, for `eval` mode) and analyzes it.
pub fn build(
    body: &[Stmt],
    eval_expr: Option<&Expr>,
    filename: &str,
    source: &str,
) -> R<SymbolTable> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "<module>", None, 1, None)],
        by_node: HashMap::new(),
        cur: 0,
        filename,
        source,
        in_comp_iter: 0,
    };
    for s in body {
        b.stmt(s)?;
    }
    if let Some(e) = eval_expr {
        b.expr(e)?;
    }
    let mut table = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    analyze(&mut table, filename, source)?;
    Ok(table)
}

/// Collection pass.
struct Builder<'a> {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    cur: ScopeId,
    filename: &'a str,
    source: &'a str,
    /// Inside a comprehension's iterable expression (where `:=` is forbidden, also inside
    /// lambdas and comprehensions nested in it, as in CPython).
    in_comp_iter: u32,
}

impl Builder<'_> {
    fn error(&self, loc: Loc, msg: String) -> SyntaxError {
        SyntaxError::at(
            ErrorKind::Syntax,
            msg,
            self.filename,
            self.source,
            loc.line,
            loc.col + 1,
            loc.end_line,
            loc.end_col + 1,
        )
    }

    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }

    /// Leaves the scope opened by [`Builder::push`], back to `parent`.
    fn pop_scope(&mut self, parent: ScopeId) {
        self.cur = parent;
    }

    fn push(&mut self, kind: ScopeKind, name: &str, key: usize, line: u32) -> ScopeId {
        let id = self.scopes.len();
        let private = if kind == ScopeKind::Class {
            Some(name.to_string())
        } else {
            self.scopes[self.cur].private.clone()
        };
        let parent = &self.scopes[self.cur];
        let nested = parent.nested || parent.kind.is_function_like();
        self.scopes
            .push(Scope::new(kind, name, Some(self.cur), line, private));
        self.scopes[id].nested = nested;
        self.scopes[self.cur].children.push(id);
        self.by_node.insert(key, id);
        self.cur = id;
        id
    }

    fn def(&mut self, name: &str, loc: Loc) -> R<()> {
        if name == "__debug__" {
            return Err(self.error(loc, "cannot assign to __debug__".into()));
        }
        self.scope().add(name, flags::DEF_LOCAL);
        Ok(())
    }

    /// A `case` pattern: its captures are stores, its values and class names are loads.
    fn pattern(&mut self, p: &Pattern) -> R<()> {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || match &p.kind {
            PatternKind::Value(e) => self.expr(e),
            PatternKind::Singleton(_) => Ok(()),
            PatternKind::Sequence(ps) | PatternKind::Or(ps) => {
                ps.iter().try_for_each(|p| self.pattern(p))
            }
            PatternKind::Star(name) => name.as_ref().map_or(Ok(()), |n| self.def(n, p.loc)),
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                keys.iter().try_for_each(|k| self.expr(k))?;
                patterns.iter().try_for_each(|p| self.pattern(p))?;
                rest.as_ref().map_or(Ok(()), |n| self.def(n, p.loc))
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                patterns.iter().try_for_each(|p| self.pattern(p))?;
                kwd_patterns.iter().try_for_each(|p| self.pattern(p))
            }
            PatternKind::As { pattern, name } => {
                if let Some(inner) = pattern {
                    self.pattern(inner)?;
                }
                name.as_ref().map_or(Ok(()), |n| self.def(n, p.loc))
            }
        })
    }

    fn use_name(&mut self, name: &str) {
        self.scope().add(name, flags::USE);
        if name == "super" {
            self.note_class_use();
        }
    }

    /// `super` / `__class__` in a function-like scope: CPython gives it an implicit use of
    /// `__class__`, which resolves to a cell of the nearest enclosing class.
    fn note_class_use(&mut self) {
        let cur = self.cur;
        if !self.scopes[cur].kind.is_function_like() {
            return;
        }
        self.scopes[cur].add("__class__", flags::USE);
        // The nearest class around the chain of function-like scopes provides the cell.
        let mut p = self.scopes[cur].parent;
        while let Some(id) = p {
            match self.scopes[id].kind {
                ScopeKind::Class => {
                    self.scopes[id].needs_class_closure = true;
                    return;
                }
                k if k.is_function_like() => p = self.scopes[id].parent,
                _ => return,
            }
        }
    }

    fn params_defaults(&mut self, params: &Params) -> R<()> {
        for p in params
            .posonly
            .iter()
            .chain(&params.args)
            .chain(&params.kwonly)
        {
            if let Some(d) = &p.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    /// A comprehension's iterable expression: no `:=` allowed inside (PEP 572).
    fn comp_iter(&mut self, e: &Expr) -> R<()> {
        self.in_comp_iter += 1;
        let r = self.expr(e);
        self.in_comp_iter -= 1;
        r
    }

    fn enter_params(&mut self, params: &Params) -> R<()> {
        for p in params.names_in_slot_order() {
            if p.name == "__debug__" {
                return Err(self.error(p.loc, "cannot assign to __debug__".into()));
            }
            self.scope().add(&p.name, flags::DEF_PARAM);
            let mangled = self.scopes[self.cur].mangle(&p.name).into_owned();
            self.scope().params.push(mangled);
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> R<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> R<()> {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.stmt_inner(s))
    }

    fn stmt_inner(&mut self, s: &Stmt) -> R<()> {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.params_defaults(&f.params)?;
                // Annotations are evaluated in the enclosing scope when the `def` runs.
                for a in f.params.annotations().map(|(_, a)| a).chain(&f.returns) {
                    self.expr(a)?;
                }
                self.def(&f.name, s.loc)?;
                let parent = self.cur;
                self.push(
                    ScopeKind::Function,
                    &f.name,
                    &**f as *const FunctionDef as usize,
                    s.loc.line,
                );
                self.scope().is_coroutine = f.is_async;
                self.enter_params(&f.params)?;
                self.stmts(&f.body)?;
                self.pop_scope(parent);
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.def(&c.name, s.loc)?;
                let parent = self.cur;
                self.push(
                    ScopeKind::Class,
                    &c.name,
                    &**c as *const ClassDef as usize,
                    s.loc.line,
                );
                self.stmts(&c.body)?;
                self.pop_scope(parent);
            }
            StmtKind::Return(v) => {
                // `return` outside a function is the compiler's error (after its warnings).
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.target(target)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                if let ExprKind::Name(n) = &target.kind {
                    let existing = self.scopes[self.cur].lookup(n).map_or(0, |s| s.flags);
                    for (flag, what) in [
                        (flags::DEF_GLOBAL, "global"),
                        (flags::DEF_NONLOCAL, "nonlocal"),
                    ] {
                        if existing & flag != 0 {
                            return Err(
                                self.error(s.loc, format!("annotated name '{n}' can't be {what}"))
                            );
                        }
                    }
                }
                // Annotations are evaluated only in module and class bodies.
                if !self.scopes[self.cur].kind.is_function_like() {
                    self.expr(annotation)?;
                }
                if let Some(v) = value {
                    self.expr(v)?;
                    self.target(target)?;
                } else if let ExprKind::Name(n) = &target.kind {
                    // A bare annotation still makes the name local (CPython does the same).
                    self.scope().add(n, flags::DEF_ANNOT);
                } else {
                    self.target_subexprs(target)?;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for (e, t) in items {
                    self.expr(e)?;
                    if let Some(t) = t {
                        self.target(t)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.def(n, h.loc)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(names) => {
                for a in names {
                    let bound = a
                        .asname
                        .clone()
                        .unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_string());
                    self.def(&bound, a.loc)?;
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.scopes[self.cur].kind != ScopeKind::Module {
                            return Err(
                                self.error(a.loc, "import * only allowed at module level".into())
                            );
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name).clone();
                    self.def(&bound, a.loc)?;
                }
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    let existing = self.scopes[self.cur]
                        .lookup(n)
                        .map(|s| s.flags)
                        .unwrap_or(0);
                    let msg = if existing & flags::DEF_PARAM != 0 {
                        Some(format!("name '{n}' is parameter and global"))
                    } else if existing & flags::DEF_NONLOCAL != 0 {
                        Some(format!("name '{n}' is nonlocal and global"))
                    } else if existing & flags::DEF_LOCAL != 0 {
                        Some(format!(
                            "name '{n}' is assigned to before global declaration"
                        ))
                    } else if existing & flags::USE != 0 {
                        Some(format!("name '{n}' is used prior to global declaration"))
                    } else {
                        None
                    };
                    if let Some(m) = msg {
                        return Err(self.error(s.loc, m));
                    }
                    self.scope().add(n, flags::DEF_GLOBAL).decl_loc = Some(s.loc);
                }
            }
            StmtKind::Nonlocal(names) => {
                if self.scopes[self.cur].kind == ScopeKind::Module {
                    return Err(self.error(
                        s.loc,
                        "nonlocal declaration not allowed at module level".into(),
                    ));
                }
                for n in names {
                    let existing = self.scopes[self.cur]
                        .lookup(n)
                        .map(|s| s.flags)
                        .unwrap_or(0);
                    let msg = if existing & flags::DEF_PARAM != 0 {
                        Some(format!("name '{n}' is parameter and nonlocal"))
                    } else if existing & flags::DEF_GLOBAL != 0 {
                        Some(format!("name '{n}' is nonlocal and global"))
                    } else if existing & flags::DEF_LOCAL != 0 {
                        Some(format!(
                            "name '{n}' is assigned to before nonlocal declaration"
                        ))
                    } else if existing & flags::USE != 0 {
                        Some(format!("name '{n}' is used prior to nonlocal declaration"))
                    } else {
                        None
                    };
                    if let Some(m) = msg {
                        // "nonlocal and global" points at the earlier `global` (as CPython).
                        let at = if existing & flags::DEF_GLOBAL != 0 {
                            self.scopes[self.cur].lookup(n).and_then(|s| s.decl_loc)
                        } else {
                            None
                        };
                        return Err(self.error(at.unwrap_or(s.loc), m));
                    }
                    self.scope().add(n, flags::DEF_NONLOCAL).decl_loc = Some(s.loc);
                }
            }
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    /// A store/delete target: names are bound, everything inside attributes/subscripts is read.
    fn target(&mut self, t: &Expr) -> R<()> {
        match &t.kind {
            ExprKind::Name(n) => self.def(n, t.loc),
            ExprKind::Tuple(es) | ExprKind::List(es) => {
                for e in es {
                    self.target(e)?;
                }
                Ok(())
            }
            ExprKind::Starred(e) => self.target(e),
            _ => self.target_subexprs(t),
        }
    }

    fn target_subexprs(&mut self, t: &Expr) -> R<()> {
        match &t.kind {
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)
            }
            _ => self.expr(t),
        }
    }

    fn expr(&mut self, e: &Expr) -> R<()> {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.expr_inner(e))
    }

    fn expr_inner(&mut self, e: &Expr) -> R<()> {
        match &e.kind {
            ExprKind::Literal(_) => {}
            ExprKind::Name(n) => {
                self.use_name(n);
                if n == "__class__" {
                    self.note_class_use();
                }
            }
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::Named { target, value } => {
                if self.in_comp_iter > 0 {
                    return Err(self.error(
                        e.loc,
                        "assignment expression cannot be used in a comprehension iterable expression".into(),
                    ));
                }
                self.expr(value)?;
                self.walrus_target(target, e.loc)?;
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::Unary { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { params, body } => {
                self.params_defaults(params)?;
                let parent = self.cur;
                self.push(
                    ScopeKind::Lambda,
                    "<lambda>",
                    e as *const Expr as usize,
                    e.loc.line,
                );
                self.enter_params(params)?;
                self.expr(body)?;
                self.pop_scope(parent);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict(items) => {
                for (k, v) in items {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
            }
            ExprKind::Set(es) | ExprKind::List(es) | ExprKind::Tuple(es) => {
                for x in es {
                    self.expr(x)?;
                }
            }
            ExprKind::Comp {
                kind,
                elt,
                value,
                generators,
            } => {
                let name = match kind {
                    CompKind::List => "<listcomp>",
                    CompKind::Set => "<setcomp>",
                    CompKind::Dict => "<dictcomp>",
                    CompKind::Generator => "<genexpr>",
                };
                // The outermost iterable is evaluated in the enclosing scope.
                self.comp_iter(&generators[0].iter)?;
                let parent = self.cur;
                self.push(
                    ScopeKind::Comprehension,
                    name,
                    e as *const Expr as usize,
                    e.loc.line,
                );
                self.scope().add(".0", flags::DEF_PARAM);
                self.scope().params.push(".0".into());
                if *kind == CompKind::Generator {
                    self.scope().is_generator = true;
                }
                for (i, g) in generators.iter().enumerate() {
                    if g.is_async {
                        self.awaits();
                    }
                    if i > 0 {
                        self.comp_iter(&g.iter)?;
                    }
                    self.target(&g.target)?;
                    for c in &g.ifs {
                        self.expr(c)?;
                    }
                }
                self.expr(elt)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.pop_scope(parent);
            }
            ExprKind::Yield(v) => {
                self.yield_check(e.loc)?;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                self.yield_check(e.loc)?;
                if self.scopes[self.cur].is_coroutine {
                    return Err(self.error(e.loc, "'yield from' inside async function".into()));
                }
                self.expr(v)?;
            }
            ExprKind::Await(v) => {
                self.awaits();
                self.expr(v)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                for c in comparators {
                    self.expr(c)?;
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                for a in args {
                    self.expr(a)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FString(parts) => self.fparts(parts)?,
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
            }
            ExprKind::Starred(v) => self.expr(v)?,
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
        }
        Ok(())
    }

    fn fparts(&mut self, parts: &[FPart]) -> R<()> {
        for p in parts {
            if let FPart::Value { expr, spec, .. } = p {
                self.expr(expr)?;
                if let Some(s) = spec {
                    self.fparts(s)?;
                }
            }
        }
        Ok(())
    }

    /// An `await` or `async for` in the current scope: a comprehension that awaits is a
    /// coroutine, and so is every comprehension it is written in up to the nearest function
    /// or generator expression (the inlined ones run in their parent's code). Whether the
    /// awaiting is allowed there is the compiler's check.
    fn awaits(&mut self) {
        let mut id = self.cur;
        while self.scopes[id].kind == ScopeKind::Comprehension {
            self.scopes[id].is_coroutine = true;
            if self.scopes[id].is_generator {
                break;
            }
            match self.scopes[id].parent {
                Some(p) => id = p,
                None => break,
            }
        }
    }

    fn yield_check(&mut self, loc: Loc) -> R<()> {
        let kind = self.scopes[self.cur].kind;
        match kind {
            ScopeKind::Function | ScopeKind::Lambda => {
                self.scope().is_generator = true;
                Ok(())
            }
            ScopeKind::Comprehension => {
                let what = match self.scopes[self.cur].name.as_str() {
                    "<genexpr>" => "generator expression",
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    _ => "list comprehension",
                };
                Err(self.error(loc, format!("'yield' inside {what}")))
            }
            // `yield` outside a function is the compiler's error (after its warnings).
            _ => Ok(()),
        }
    }

    /// `name := value`: in a comprehension the name belongs to the nearest enclosing
    /// non-comprehension scope (PEP 572).
    fn walrus_target(&mut self, name: &str, loc: Loc) -> R<()> {
        if self.scopes[self.cur].kind != ScopeKind::Comprehension {
            return self.def(name, loc);
        }
        let mut owner = self.cur;
        while self.scopes[owner].kind == ScopeKind::Comprehension {
            if self.scopes[owner]
                .lookup(name)
                .is_some_and(|s| s.flags & flags::DEF_LOCAL != 0)
            {
                let at = Loc {
                    end_line: loc.line,
                    end_col: loc.col + name.chars().count() as u32,
                    ..loc
                };
                return Err(self.error(
                    at,
                    format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                ));
            }
            owner = self.scopes[owner].parent.unwrap_or(0);
        }
        match self.scopes[owner].kind {
            ScopeKind::Class => Err(self.error(
                loc,
                "assignment expression within a comprehension cannot be used in a class body"
                    .into(),
            )),
            ScopeKind::Module => {
                self.scopes[owner].add(name, flags::DEF_LOCAL);
                self.scope().add(name, flags::DEF_GLOBAL);
                Ok(())
            }
            _ => {
                let explicit_global = self.scopes[owner]
                    .lookup(name)
                    .is_some_and(|s| s.flags & flags::DEF_GLOBAL != 0);
                self.scopes[owner].add(name, flags::DEF_LOCAL | flags::DEF_COMP_WALRUS);
                // Every comprehension between here and the owner reaches it as a free variable.
                let flag = if explicit_global {
                    flags::DEF_GLOBAL
                } else {
                    flags::DEF_NONLOCAL
                };
                let mut s = self.cur;
                while s != owner {
                    self.scopes[s].add(name, flag);
                    s = self.scopes[s].parent.unwrap_or(0);
                }
                Ok(())
            }
        }
    }
}

/// Analysis pass: resolve every symbol, top-down, then propagate free names upward.
fn analyze(table: &mut SymbolTable, filename: &str, source: &str) -> R<()> {
    // Names bound by enclosing function scopes, visible to nested scopes.
    analyze_scope(table, 0, &HashSet::new(), filename, source)?;
    Ok(())
}

/// What a scope needs from its parent: the names free in it, and those of them that some
/// closure (a non-inlined scope at or below it) captures, which must live in cells.
struct Needs {
    free: Vec<String>,
    captured: HashSet<String>,
}

/// Whether comprehension `id` can be inlined into its parent (see the module doc): a list,
/// set or dict comprehension directly inside a function-like scope or the module body, none
/// of whose own locals is captured by a closure inside it.
fn inlinable(table: &SymbolTable, id: ScopeId) -> bool {
    let s = &table.scopes[id];
    s.kind == ScopeKind::Comprehension
        && !s.is_generator
        && s.parent.is_some_and(|p| {
            let k = table.scopes[p].kind;
            k.is_function_like() || k == ScopeKind::Module
        })
        && !s.symbols.iter().any(|x| x.resolution == Resolution::Cell)
}

/// Resolves `id`'s symbols given `enclosing` (names bound in enclosing function-like scopes),
/// then its children; returns what `id` needs from its parent.
fn analyze_scope(
    table: &mut SymbolTable,
    id: ScopeId,
    enclosing: &HashSet<String>,
    filename: &str,
    source: &str,
) -> R<Needs> {
    let kind = table.scopes[id].kind;
    let line = table.scopes[id].line;
    for i in 0..table.scopes[id].symbols.len() {
        let (name, f) = {
            let s = &table.scopes[id].symbols[i];
            (s.name.clone(), s.flags)
        };
        let res = if f & flags::DEF_GLOBAL != 0 {
            Resolution::GlobalExplicit
        } else if f & flags::DEF_NONLOCAL != 0 {
            if !enclosing.contains(&name) {
                let l = table.scopes[id].symbols[i].decl_loc.unwrap_or(Loc {
                    line,
                    col: 0,
                    end_line: line,
                    end_col: 0,
                });
                return Err(SyntaxError::at(
                    ErrorKind::Syntax,
                    format!("no binding for nonlocal '{name}' found"),
                    filename,
                    source,
                    l.line,
                    l.col + 1,
                    l.end_line,
                    l.end_col + 1,
                ));
            }
            Resolution::Free
        } else if f & (flags::DEF_LOCAL | flags::DEF_PARAM | flags::DEF_ANNOT) != 0 {
            Resolution::Local
        } else if enclosing.contains(&name) {
            Resolution::Free
        } else {
            Resolution::GlobalImplicit
        };
        table.scopes[id].symbols[i].resolution = res;
    }
    // Names visible to children: ours (if function-like) plus enclosing ones, minus globals.
    let mut child_enclosing = enclosing.clone();
    if kind.is_function_like() {
        for s in &table.scopes[id].symbols {
            match s.resolution {
                Resolution::Local => {
                    child_enclosing.insert(s.name.clone());
                }
                Resolution::GlobalExplicit => {
                    child_enclosing.remove(&s.name);
                }
                _ => {}
            }
        }
    }
    if kind == ScopeKind::Class && table.scopes[id].needs_class_closure {
        child_enclosing.insert("__class__".to_string());
    }
    let children = table.scopes[id].children.clone();
    let mut free_from_children: Vec<String> = Vec::new();
    let mut captured: HashSet<String> = HashSet::new();
    let mut seen: HashSet<String> = HashSet::new();
    for c in children {
        let needs = analyze_scope(table, c, &child_enclosing, filename, source)?;
        captured.extend(needs.captured);
        for n in needs.free {
            if seen.insert(n.clone()) {
                free_from_children.push(n);
            }
        }
    }
    // Children's free names: ours become cells when a closure captures them (an inlined
    // comprehension reads them straight from our slots), others pass through us as free.
    for n in free_from_children {
        if kind == ScopeKind::Class && n == "__class__" {
            continue;
        }
        let scope = &mut table.scopes[id];
        let existing = scope.index.get(&n).map(|&i| scope.symbols[i].resolution);
        match existing {
            Some(Resolution::Local) if kind.is_function_like() => {
                if captured.contains(&n) {
                    let i = scope.index[&n];
                    scope.symbols[i].resolution = Resolution::Cell;
                }
            }
            Some(Resolution::Cell) | Some(Resolution::Free) => {}
            None => {
                // Passes through a scope that does not mention the name.
                scope.add_mangled(&n, 0).resolution = Resolution::Free;
            }
            Some(_) => {
                // A class that binds the name itself (or a global declaration in between):
                // the class passes the enclosing cell on without using it.
                if kind == ScopeKind::Class && !scope.class_free.contains(&n) {
                    scope.class_free.push(n);
                }
            }
        }
    }
    let free = table.scopes[id].free_names();
    let captured = if inlinable(table, id) {
        table.scopes[id].inlined = true;
        // Runs in the parent's frame: only what closures inside it capture needs cells.
        free.iter()
            .filter(|n| captured.contains(*n))
            .cloned()
            .collect()
    } else {
        free.iter().cloned().collect()
    };
    Ok(Needs { free, captured })
}

/// CPython's `_Py_Mangle`: `__spam` inside class `_Ham` becomes `_Ham__spam`; dunder names,
/// dotted names and classes named only with underscores are left alone.
pub fn mangle<'n>(class: &str, name: &'n str) -> std::borrow::Cow<'n, str> {
    let stripped = class.trim_start_matches('_');
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') || stripped.is_empty()
    {
        return std::borrow::Cow::Borrowed(name);
    }
    std::borrow::Cow::Owned(format!("_{stripped}{name}"))
}
