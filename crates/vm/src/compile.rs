//! IR + symbol table → [`CodeObject`]s.
//!
//! One `Unit` per scope being compiled (a stack of them, innermost last). Jumps are emitted
//! against `Label`s and patched when the unit is finished; the finished unit's maximum stack
//! depth is computed by flow analysis (`max_stack`), which also checks that every join point
//! is reached with one stack depth — a cheap self-test of the code generator.
//!
//! `break`, `continue` and `return` inside `try`/`with`/`except`/loops walk the `FBlock` stack
//! and emit the exits inline (pop the block, run the `finally` body, call `__exit__`, drop a
//! `for` iterator), as CPython's `compiler_unwind_fblock` does.

use std::collections::HashMap;
use std::rc::Rc;

use crate::bytecode::{
    code_flags, stack_effect, AsyncOp, CodeObject, Constant, Instr, Pools, AWAIT_AENTER,
    AWAIT_AEXIT, AWAIT_EXPR,
};
use crate::error::{ErrorKind, SyntaxError};
use crate::ir::*;
use crate::parse::Mode;
use crate::symtable::{flags, Resolution, ScopeId, ScopeKind, SymbolTable};

mod except_star;
mod fold;
mod pattern;
mod stack_estimate;
mod warnings;

/// CPython's `CO_MAXBLOCKS`: deepest static nesting of loops/try/with.
const MAX_BLOCKS: usize = 20;

type R<T> = Result<T, SyntaxError>;

/// A jump target, resolved to an instruction index when its unit is finished.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Label(u32);

/// What a `break`/`continue`/`return` has to undo on its way out.
#[derive(Clone)]
enum FBlock<'a> {
    /// A `while` (`for_loop == false`) or `for` loop (its iterator is on the stack).
    Loop {
        start: Label,
        end: Label,
        for_loop: bool,
    },
    /// The body of a `try` with handlers: a `SetupFinally` block is active.
    TryExcept,
    /// The body of a `try` with `finally`: pop the block, then run the final body inline.
    TryFinally(&'a [Stmt]),
    /// The final body running because of an exception: the exception is on the stack and an
    /// except-handler block is active.
    FinallyHandler,
    /// A `finally` body run inline for a `return` whose value waits on the stack: a `break`,
    /// `continue` or `return` inside it must drop that value (CPython's `POP_VALUE`).
    PopValue,
    /// An `except` clause body: an except-handler block is active; a named clause also has a
    /// cleanup `SetupFinally` block and must unbind its name.
    HandlerBody(Option<&'a str>),
    /// An `except*` clause body (`compile/except_star.rs`): `break`, `continue` and `return`
    /// may not leave it.
    StarHandler(Option<&'a str>),
    /// A `with` body: `__exit__` is on the stack and a `SetupWith` block is active.
    With,
    /// An `async with` body: as `With`, and the exit call's result is awaited.
    AsyncWith,
}

/// Load, store or delete.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Load,
    Store,
    Del,
}

/// A code object under construction.
struct Unit<'a> {
    scope: ScopeId,
    kind: ScopeKind,
    name: String,
    qualname: String,
    first_line: u32,
    pools: Pools,
    instrs: Vec<Instr>,
    locs: Vec<Loc>,
    cur_loc: Loc,
    labels: Vec<Option<u32>>,
    slots: HashMap<String, u32>,
    /// Slots of the locals of comprehensions inlined into this unit, by (mangled) name: the
    /// unit's own slot for a name that is a plain local here, else a slot of its own.
    comp_slots: HashMap<String, u32>,
    /// The inlined comprehensions being compiled, innermost last: their locals resolve to
    /// `comp_slots`, other names as the unit's scope resolves them.
    inline: Vec<ScopeId>,
    varnames: Vec<String>,
    cellvars: Vec<String>,
    cell_slots: Vec<u32>,
    freevars: Vec<String>,
    n_slots: u32,
    fblocks: Vec<FBlock<'a>>,
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    flags: u32,
    docstring: Option<Rc<str>>,
    /// CPython's `co_stacksize` for a generator or coroutine (see `stack_estimate`).
    cpython_stack: u32,
}

/// The code flags of generators, coroutines and async generators.
const GENERATOR_LIKE: u32 =
    code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR;

/// The compiler for one source file (use [`crate::compile()`]).
pub struct Compiler<'a> {
    table: &'a SymbolTable,
    filename: Rc<str>,
    source: &'a str,
    mode: Mode,
    units: Vec<Unit<'a>>,
    /// Where compile-time warnings go (`compile/warnings.rs`); None: not collected.
    warnings: Option<Rc<std::cell::RefCell<Vec<crate::error::SyntaxWarning>>>>,
    /// The line of the module's last leading `from __future__` import (0: none).
    future_line: u32,
}

impl<'a> Compiler<'a> {
    /// A compiler for `source` with its analyzed symbol table.
    pub fn new(table: &'a SymbolTable, filename: &str, source: &'a str, mode: Mode) -> Self {
        Compiler {
            table,
            filename: filename.into(),
            source,
            mode,
            units: Vec::new(),
            warnings: None,
            future_line: 0,
        }
    }

    /// Collect compile-time warnings into `sink`.
    pub fn with_warnings(
        mut self,
        sink: Rc<std::cell::RefCell<Vec<crate::error::SyntaxWarning>>>,
    ) -> Self {
        self.warnings = Some(sink);
        self
    }

    // ----- errors, units, emission -------------------------------------------------------

    fn error(&self, loc: Loc, msg: impl Into<String>) -> SyntaxError {
        SyntaxError::at(
            ErrorKind::Syntax,
            msg,
            &self.filename,
            self.source,
            loc.line,
            loc.col + 1,
            loc.end_line,
            loc.end_col + 1,
        )
    }

    fn u(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("a unit is always open while compiling")
    }

    fn unit(&self) -> &Unit<'a> {
        self.units
            .last()
            .expect("a unit is always open while compiling")
    }

    fn emit(&mut self, i: Instr) {
        let u = self.u();
        u.instrs.push(i);
        u.locs.push(u.cur_loc);
    }

    fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(None);
        Label(u.labels.len() as u32 - 1)
    }

    fn bind(&mut self, l: Label) {
        let u = self.u();
        u.labels[l.0 as usize] = Some(u.instrs.len() as u32);
    }

    fn constant(&mut self, c: Constant) -> u32 {
        self.u().pools.constant(c)
    }

    fn load_const(&mut self, c: Constant) {
        let i = self.constant(c);
        self.emit(Instr::LoadConst(i));
    }

    fn name_index(&mut self, n: &str) -> u32 {
        self.u().pools.name(n)
    }

    fn push_fblock(&mut self, b: FBlock<'a>, loc: Loc) -> R<()> {
        if self.unit().fblocks.len() >= MAX_BLOCKS {
            return Err(self.error(loc, "too many statically nested blocks"));
        }
        self.u().fblocks.push(b);
        Ok(())
    }

    fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    /// Opens a unit for `scope`.
    fn enter_unit(&mut self, scope: ScopeId, name: &str, first_line: u32) {
        let s = &self.table.scopes[scope];
        // A list/set/dict comprehension that keeps its own code (see `symtable`) is still
        // inlined in CPython 3.12, so it is not part of the qualnames of what it contains.
        let parent = self.units.iter().rev().find(|u| {
            let p = &self.table.scopes[u.scope];
            p.kind != ScopeKind::Comprehension || p.is_generator
        });
        let qualname = match parent {
            None => name.to_string(),
            Some(parent) => {
                let parent_scope = &self.table.scopes[parent.scope];
                let declared_global = parent_scope
                    .lookup(name)
                    .is_some_and(|sym| sym.resolution == Resolution::GlobalExplicit);
                match parent.kind {
                    ScopeKind::Module => name.to_string(),
                    _ if declared_global => name.to_string(),
                    // (CPython adds `<locals>` after functions and lambdas only.)
                    ScopeKind::Class | ScopeKind::Comprehension => {
                        format!("{}.{}", parent.qualname, name)
                    }
                    _ => format!("{}.<locals>.{}", parent.qualname, name),
                }
            }
        };
        let mut slots = HashMap::new();
        let mut varnames = Vec::new();
        if s.kind.is_function_like() {
            for p in &s.params {
                slots.insert(p.clone(), varnames.len() as u32);
                varnames.push(p.clone());
            }
            // Plain locals in first-seen order; a name that is only annotated (`x: int`, never
            // stored or read) gets no slot, as in CPython.
            let annotated_only =
                |f: u32| f & (flags::DEF_LOCAL | flags::DEF_PARAM | flags::USE) == 0;
            for sym in &s.symbols {
                if sym.resolution == Resolution::Local
                    && !annotated_only(sym.flags)
                    && !slots.contains_key(&sym.name)
                {
                    slots.insert(sym.name.clone(), varnames.len() as u32);
                    varnames.push(sym.name.clone());
                }
            }
        }
        let comp_slots = if s.kind.is_function_like() || s.kind == ScopeKind::Module {
            self.inlined_slots(s, &slots, &mut varnames)
        } else {
            HashMap::new()
        };
        let mut n_slots = varnames.len() as u32;
        // CPython's order: captured parameters in parameter order, then the rest sorted.
        let mut cellvars = s.cell_names();
        cellvars.sort_by_key(|c| s.params.iter().position(|p| p == c).unwrap_or(usize::MAX));
        let mut cell_slots = Vec::new();
        for c in &cellvars {
            let slot = match slots.get(c) {
                Some(&p) if s.kind.is_function_like() && s.params.contains(c) => p,
                _ => {
                    n_slots += 1;
                    slots.insert(c.clone(), n_slots - 1);
                    n_slots - 1
                }
            };
            cell_slots.push(slot);
        }
        let freevars = s.free_names();
        for f in &freevars {
            slots.insert(f.clone(), n_slots);
            n_slots += 1;
        }
        // CPython sets CO_NESTED on function-like code inside some function.
        let nested = s.nested && s.kind.is_function_like();
        let mut flags = 0;
        if s.kind.is_function_like() {
            flags |= code_flags::OPTIMIZED | code_flags::NEWLOCALS;
        }
        if nested {
            flags |= code_flags::NESTED;
        }
        flags |= match (s.is_generator, s.is_coroutine) {
            (true, true) => code_flags::ASYNC_GENERATOR,
            (true, false) => code_flags::GENERATOR,
            (false, true) => code_flags::COROUTINE,
            (false, false) => 0,
        };
        self.units.push(Unit {
            scope,
            kind: s.kind,
            name: name.to_string(),
            qualname,
            first_line,
            pools: Pools::default(),
            instrs: Vec::new(),
            locs: Vec::new(),
            cur_loc: Loc {
                line: first_line,
                col: 0,
                end_line: first_line,
                end_col: 0,
            },
            labels: Vec::new(),
            slots,
            comp_slots,
            inline: Vec::new(),
            varnames,
            cellvars,
            cell_slots,
            freevars,
            n_slots,
            fblocks: Vec::new(),
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            flags,
            docstring: None,
            cpython_stack: 0,
        });
        // Prologue: closure cells into their slots, then fresh cells.
        let nfree = self.unit().freevars.len() as u32;
        if nfree > 0 {
            self.emit(Instr::CopyFreeVars(nfree));
        }
        for slot in self.unit().cell_slots.clone() {
            self.emit(Instr::MakeCell(slot));
        }
    }

    /// Slots for the locals of the comprehensions inlined into `s` (directly, or inside
    /// comprehensions inlined into it), after its own locals (where CPython 3.12 puts them in
    /// `co_varnames`). A name that is a plain local of `s` shares its slot: the comprehension
    /// saves and restores it around its run.
    fn inlined_slots(
        &self,
        s: &crate::symtable::Scope,
        slots: &HashMap<String, u32>,
        varnames: &mut Vec<String>,
    ) -> HashMap<String, u32> {
        let mut comp_slots = HashMap::new();
        let mut pending: Vec<ScopeId> = s.children.iter().rev().copied().collect();
        while let Some(c) = pending.pop() {
            let c = &self.table.scopes[c];
            if !c.inlined {
                continue;
            }
            for name in c.comprehension_locals() {
                if comp_slots.contains_key(name) {
                    continue;
                }
                let own = s
                    .lookup(name)
                    .filter(|x| x.resolution == Resolution::Local)
                    .and_then(|_| slots.get(name).copied());
                let slot = own.unwrap_or_else(|| {
                    varnames.push(name.to_string());
                    varnames.len() as u32 - 1
                });
                comp_slots.insert(name.to_string(), slot);
            }
            pending.extend(c.children.iter().rev().copied());
        }
        comp_slots
    }

    /// Closes the innermost unit: patches jumps, computes the stack depth.
    fn leave_unit(&mut self) -> R<Rc<CodeObject>> {
        let mut u = self.units.pop().expect("leave_unit without enter_unit");
        for ins in u.instrs.iter_mut() {
            if let Some(t) = jump_target_mut(ins) {
                *t = u.labels[*t as usize].expect("every label used by a jump is bound");
            }
        }
        let max_stack = max_stack(&u.instrs).map_err(|msg| {
            self.error(
                u.cur_loc,
                format!("internal compiler error in {}: {msg}", u.qualname),
            )
        })?;
        Ok(Rc::new(CodeObject {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            first_line: u.first_line,
            argcount: u.argcount,
            posonlyargcount: u.posonly,
            kwonlyargcount: u.kwonly,
            flags: u.flags,
            varnames: u.varnames,
            cellvars: u.cellvars,
            cell_slots: u.cell_slots,
            freevars: u.freevars,
            n_slots: u.n_slots,
            consts: u.pools.consts,
            names: u.pools.names,
            instructions: u.instrs,
            locations: u.locs,
            docstring: u.docstring,
            max_stack,
            cpython_stack: u.cpython_stack,
        }))
    }

    /// `yield` belongs in a function (the symbol table already rejected it in comprehensions).
    fn check_yield_scope(&self, loc: Loc) -> R<()> {
        if self.unit().kind.is_function_like() {
            Ok(())
        } else {
            Err(self.error(loc, "'yield' outside function"))
        }
    }

    /// The line of the last `from __future__ import` of the module's leading block (after an
    /// optional docstring), 0 if none: a later one is a compile error (CPython's
    /// `ff_lineno` check in `compiler_from_import`).
    fn future_block_line(body: &[Stmt]) -> u32 {
        let mut line = 0;
        for (i, s) in body.iter().enumerate() {
            match &s.kind {
                StmtKind::ImportFrom {
                    module: Some(m),
                    level: 0,
                    ..
                } if m == "__future__" => line = s.loc.line,
                StmtKind::Expr(e)
                    if i == 0 && matches!(e.kind, ExprKind::Literal(Literal::Str(_))) => {}
                _ => break,
            }
        }
        line
    }

    // ----- entry points ---------------------------------------------------------------------

    /// Compiles a module body (modes `Exec` and `Single`).
    pub fn module(mut self, body: &'a [Stmt]) -> R<Rc<CodeObject>> {
        self.future_line = Self::future_block_line(body);
        self.enter_unit(0, "<module>", 1);
        self.setup_annotations(body);
        let body = self.docstring(body, true);
        self.stmts(body)?;
        self.load_const(Constant::None);
        self.emit(Instr::ReturnValue);
        self.leave_unit()
    }

    /// Compiles an expression (mode `Eval`).
    pub fn expression(mut self, e: &'a Expr) -> R<Rc<CodeObject>> {
        self.enter_unit(0, "<module>", 1);
        self.expr(e)?;
        self.emit(Instr::ReturnValue);
        self.leave_unit()
    }

    /// CPython's `SETUP_ANNOTATIONS`, done with ordinary instructions: a module or class body
    /// containing an annotated assignment (outside nested defs/classes) starts with
    /// `__annotations__ = {}`.
    fn setup_annotations(&mut self, body: &[Stmt]) {
        fn find(body: &[Stmt]) -> bool {
            body.iter().any(|s| match &s.kind {
                StmtKind::AnnAssign { .. } => true,
                StmtKind::For { body, orelse, .. }
                | StmtKind::While { body, orelse, .. }
                | StmtKind::If { body, orelse, .. } => find(body) || find(orelse),
                StmtKind::With { body, .. } => find(body),
                StmtKind::Match { cases, .. } => cases.iter().any(|c| find(&c.body)),
                StmtKind::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                    ..
                } => {
                    find(body)
                        || handlers.iter().any(|h| find(&h.body))
                        || find(orelse)
                        || find(finalbody)
                }
                _ => false,
            })
        }
        if find(body) {
            self.emit(Instr::BuildMap(0));
            let ann = self.name_index("__annotations__");
            self.emit(Instr::StoreName(ann));
        }
    }

    /// Splits off a docstring; module and class bodies store it as `__doc__`.
    fn docstring(&mut self, body: &'a [Stmt], store: bool) -> &'a [Stmt] {
        if let Some(Stmt {
            kind:
                StmtKind::Expr(Expr {
                    kind: ExprKind::Literal(Literal::Str(s)),
                    ..
                }),
            loc,
        }) = body.first()
        {
            if self.mode == Mode::Single && self.unit().kind == ScopeKind::Module {
                return body;
            }
            let doc: Rc<str> = s.as_str().into();
            self.u().docstring = Some(doc.clone());
            if store {
                self.u().cur_loc = *loc;
                self.load_const(Constant::Str(doc));
                let i = self.name_index("__doc__");
                self.emit(Instr::StoreName(i));
            }
            return &body[1..];
        }
        body
    }

    // ----- names ----------------------------------------------------------------------------

    fn slot(&self, name: &str) -> u32 {
        *self.unit().slots.get(name).unwrap_or(&0)
    }

    /// Private-name mangling for the current unit (see [`crate::symtable`]).
    fn mangle(&self, name: &str) -> String {
        self.table.scopes[self.unit().scope]
            .mangle(name)
            .into_owned()
    }

    /// `name_index` of the mangled attribute name.
    fn attr_index(&mut self, attr: &str) -> u32 {
        let m = self.mangle(attr);
        self.name_index(&m)
    }

    fn name_op(&mut self, name: &str, ctx: Ctx) {
        let table = self.table;
        let u = self.unit();
        // Inside inlined comprehensions, their own locals first (see `inline_comprehension`).
        for &c in u.inline.iter().rev() {
            let comp = &table.scopes[c];
            let instr = match comp.lookup(name).map(|s| s.resolution) {
                Some(Resolution::Local) => {
                    let Some(&s) = u.comp_slots.get(comp.mangle(name).as_ref()) else {
                        continue;
                    };
                    fast_op(ctx, s)
                }
                Some(Resolution::GlobalExplicit) => {
                    let i = self.name_index(&comp.mangle(name));
                    global_op(ctx, i)
                }
                _ => continue,
            };
            self.emit(instr);
            return;
        }
        let u = self.unit();
        let scope = &self.table.scopes[u.scope];
        let res = scope.resolve(name);
        let mangled = scope.mangle(name).into_owned();
        let name = mangled.as_str();
        let instr = match (u.kind, res) {
            (_, Resolution::GlobalExplicit) => {
                let i = self.name_index(name);
                global_op(ctx, i)
            }
            (_, Resolution::Free | Resolution::Cell) => {
                let s = self.slot(name);
                match (ctx, u.kind) {
                    (Ctx::Load, ScopeKind::Class) => Instr::LoadClassDeref(s),
                    (Ctx::Load, _) => Instr::LoadDeref(s),
                    (Ctx::Store, _) => Instr::StoreDeref(s),
                    (Ctx::Del, _) => Instr::DeleteDeref(s),
                }
            }
            (k, Resolution::Local) if k.is_function_like() => {
                let s = self.slot(name);
                fast_op(ctx, s)
            }
            (k, Resolution::GlobalImplicit) if k.is_function_like() => {
                let i = self.name_index(name);
                global_op(ctx, i)
            }
            _ => {
                let i = self.name_index(name);
                match ctx {
                    Ctx::Load => Instr::LoadName(i),
                    Ctx::Store => Instr::StoreName(i),
                    Ctx::Del => Instr::DeleteName(i),
                }
            }
        };
        self.emit(instr);
    }

    // ----- statements -----------------------------------------------------------------------

    fn stmts(&mut self, body: &'a [Stmt]) -> R<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> R<()> {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.stmt_inner(s))
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> R<()> {
        self.u().cur_loc = s.loc;
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(f, s.loc)?,
            StmtKind::ClassDef(c) => self.class_def(c, s.loc)?,
            StmtKind::Return(v) => {
                if !self.unit().kind.is_function_like() {
                    return Err(self.error(s.loc, "'return' outside function"));
                }
                let scope = &self.table.scopes[self.unit().scope];
                if v.is_some() && scope.is_coroutine && scope.is_generator {
                    return Err(self.error(s.loc, "'return' with value in async generator"));
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.u().cur_loc = s.loc;
                // CPython reports a constant return value's position, else the statement's.
                let exit_loc = match v {
                    Some(e)
                        if matches!(e.kind, ExprKind::Literal(_)) && e.loc.line == s.loc.line =>
                    {
                        e.loc
                    }
                    _ => s.loc,
                };
                self.check_star_exit(exit_loc, false)?;
                self.unwind_all(true)?;
                self.emit(Instr::ReturnValue);
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t, Ctx::Del)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Instr::Dup);
                    }
                    self.target(t, Ctx::Store)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.target(target, Ctx::Store)?;
                } else {
                    // `obj.attr: T` and `obj[key]: T` alone still evaluate `obj` (and `key`),
                    // in every scope (CPython's `check_ann_expr`).
                    match &target.kind {
                        ExprKind::Attribute { value, .. } => {
                            self.expr(value)?;
                            self.emit(Instr::Pop);
                        }
                        ExprKind::Subscript { value, index } => {
                            self.expr(value)?;
                            self.emit(Instr::Pop);
                            self.expr(index)?;
                            self.emit(Instr::Pop);
                        }
                        _ => {}
                    }
                }
                // Module and class bodies evaluate the annotation; a simple name's goes into
                // `__annotations__` (created at the top of the body, see `setup_annotations`).
                if !self.unit().kind.is_function_like() {
                    self.expr(annotation)?;
                    match (&target.kind, simple) {
                        (ExprKind::Name(n), true) => {
                            let ann = self.name_index("__annotations__");
                            self.emit(Instr::LoadName(ann));
                            let key = self.mangle(n);
                            self.load_const(Constant::Str(key.as_str().into()));
                            self.emit(Instr::StoreSubscr);
                        }
                        _ => self.emit(Instr::Pop),
                    }
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                let (start, orelse_l, end) = (self.new_label(), self.new_label(), self.new_label());
                if *is_async {
                    self.check_async_allowed(s.loc, "'async for'")?;
                }
                self.iterable(iter)?;
                self.u().cur_loc = s.loc;
                if *is_async {
                    self.emit(Instr::Async(AsyncOp::GetAIter));
                    self.bind(start);
                    self.async_for_next(orelse_l);
                } else {
                    self.emit(Instr::GetIter);
                    self.bind(start);
                    self.emit(Instr::ForIter(orelse_l.0));
                }
                self.target(target, Ctx::Store)?;
                self.push_fblock(
                    FBlock::Loop {
                        start,
                        end,
                        for_loop: true,
                    },
                    s.loc,
                )?;
                self.stmts(body)?;
                self.pop_fblock();
                self.emit(Instr::Jump(start.0));
                self.bind(orelse_l);
                if *is_async {
                    self.u().cur_loc = s.loc;
                    self.emit(Instr::Async(AsyncOp::EndAsyncFor));
                }
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::While { test, body, orelse } => {
                let (start, orelse_l, end) = (self.new_label(), self.new_label(), self.new_label());
                self.bind(start);
                self.jump_if(test, false, orelse_l)?;
                self.push_fblock(
                    FBlock::Loop {
                        start,
                        end,
                        for_loop: false,
                    },
                    s.loc,
                )?;
                self.stmts(body)?;
                self.pop_fblock();
                self.emit(Instr::Jump(start.0));
                self.bind(orelse_l);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::If { test, body, orelse } => {
                let (else_l, end) = (self.new_label(), self.new_label());
                self.jump_if(test, false, else_l)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.emit(Instr::Jump(end.0));
                }
                self.bind(else_l);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => self.with(items, body, s.loc, *is_async)?,
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.u().cur_loc = s.loc;
                self.emit(Instr::RaiseVarargs(n));
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                star,
            } => {
                if !finalbody.is_empty() {
                    self.try_finally(body, handlers, orelse, finalbody, *star, s.loc)?;
                } else if *star {
                    self.try_except_star(body, handlers, orelse, s.loc)?;
                } else {
                    self.try_except(body, handlers, orelse, s.loc)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                self.check_assert(s.loc.line, test);
                let end = self.new_label();
                self.jump_if(test, true, end)?;
                self.u().cur_loc = s.loc;
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::RaiseVarargs(1));
                self.bind(end);
            }
            StmtKind::Import(names) => {
                // CPython 3.12 gives every instruction of an import the whole statement's
                // location, so its tracebacks show the line without carets.
                self.u().cur_loc = s.loc;
                for a in names {
                    self.load_const(Constant::Int(0));
                    self.load_const(Constant::None);
                    let i = self.name_index(&a.name);
                    self.emit(Instr::ImportName(i));
                    match &a.asname {
                        Some(asname) => {
                            for part in a.name.split('.').skip(1) {
                                let i = self.name_index(part);
                                self.emit(Instr::LoadAttr(i));
                            }
                            self.name_op(asname, Ctx::Store);
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or("");
                            self.name_op(top, Ctx::Store);
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                if *level == 0
                    && module.as_deref() == Some("__future__")
                    && s.loc.line > self.future_line
                {
                    return Err(self.error(
                        s.loc,
                        "from __future__ imports must occur at the beginning of the file",
                    ));
                }
                self.load_const(Constant::Int(i64::from(*level)));
                let fromlist: Vec<Constant> = names
                    .iter()
                    .map(|a| Constant::Str(a.name.as_str().into()))
                    .collect();
                self.load_const(Constant::Tuple(fromlist.into()));
                let i = self.name_index(module.as_deref().unwrap_or(""));
                self.emit(Instr::ImportName(i));
                if names.len() == 1 && names[0].name == "*" {
                    self.emit(Instr::ImportStar);
                } else {
                    for a in names {
                        let i = self.name_index(&a.name);
                        self.emit(Instr::ImportFrom(i));
                        self.name_op(a.asname.as_ref().unwrap_or(&a.name), Ctx::Store);
                    }
                    self.emit(Instr::Pop);
                }
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases)?,
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Expr(e) => {
                self.expr(e)?;
                self.u().cur_loc = s.loc;
                if self.mode == Mode::Single && self.unit().kind == ScopeKind::Module {
                    self.emit(Instr::PrintExpr);
                } else {
                    self.emit(Instr::Pop);
                }
            }
            StmtKind::Pass => {}
            StmtKind::Break => {
                self.check_star_exit(s.loc, true)?;
                let end = self.unwind_to_loop(s.loc, "'break' outside loop", true)?;
                self.emit(Instr::Jump(end.0));
            }
            StmtKind::Continue => {
                self.check_star_exit(s.loc, true)?;
                let start = self.unwind_to_loop(s.loc, "'continue' not properly in loop", false)?;
                self.emit(Instr::Jump(start.0));
            }
        }
        Ok(())
    }

    /// Emits the exits of every fblock up to the innermost loop; returns its end (`break`) or
    /// start (`continue`) label.
    fn unwind_to_loop(&mut self, loc: Loc, msg: &str, is_break: bool) -> R<Label> {
        let blocks = self.unit().fblocks.clone();
        let Some(pos) = blocks
            .iter()
            .rposition(|b| matches!(b, FBlock::Loop { .. }))
        else {
            return Err(self.error(loc, msg));
        };
        // Compile the exits with the fblock stack cut as they are passed, so a `finally` body
        // run inline sees only the blocks outside it.
        let saved = self.unit().fblocks.clone();
        for i in (pos + 1..blocks.len()).rev() {
            self.u().fblocks.truncate(i);
            self.unwind_one(&blocks[i], false)?;
        }
        self.u().fblocks = saved;
        match blocks[pos] {
            FBlock::Loop {
                start,
                end,
                for_loop,
            } => {
                if is_break {
                    if for_loop {
                        self.emit(Instr::Pop);
                    }
                    Ok(end)
                } else {
                    Ok(start)
                }
            }
            _ => unreachable!("rposition found a loop"),
        }
    }

    /// `return`: undo every fblock, keeping the return value on top.
    fn unwind_all(&mut self, preserve_tos: bool) -> R<()> {
        let blocks = self.unit().fblocks.clone();
        let saved = blocks.clone();
        for i in (0..blocks.len()).rev() {
            self.u().fblocks.truncate(i);
            self.unwind_one(&blocks[i], preserve_tos)?;
            if let FBlock::Loop { for_loop: true, .. } = blocks[i] {
                if preserve_tos {
                    self.emit(Instr::Rot2);
                }
                self.emit(Instr::Pop);
            }
        }
        self.u().fblocks = saved;
        Ok(())
    }

    fn unwind_one(&mut self, b: &FBlock<'a>, preserve_tos: bool) -> R<()> {
        match b {
            FBlock::Loop { .. } => {}
            FBlock::TryExcept => self.emit(Instr::PopBlock),
            FBlock::TryFinally(body) => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.u().fblocks.push(FBlock::PopValue);
                }
                self.stmts(body)?;
                if preserve_tos {
                    self.u().fblocks.pop();
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Instr::Rot2);
                }
                self.emit(Instr::Pop);
            }
            FBlock::FinallyHandler => {
                if preserve_tos {
                    self.emit(Instr::Rot2);
                }
                self.emit(Instr::Pop);
                self.emit(Instr::PopExcept);
            }
            FBlock::HandlerBody(name) | FBlock::StarHandler(name) => {
                if let Some(n) = name {
                    self.emit(Instr::PopBlock);
                    self.load_const(Constant::None);
                    self.name_op(n, Ctx::Store);
                    self.name_op(n, Ctx::Del);
                }
                self.emit(Instr::PopExcept);
            }
            FBlock::With | FBlock::AsyncWith => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::Rot2);
                }
                self.call_exit_none(matches!(b, FBlock::AsyncWith));
            }
        }
        Ok(())
    }

    /// `exit` on TOS → calls `exit(None, None, None)` (awaiting the result for `async
    /// with`) and drops the result.
    fn call_exit_none(&mut self, is_async: bool) {
        self.load_const(Constant::None);
        self.emit(Instr::Dup);
        self.emit(Instr::Dup);
        self.emit(Instr::Call(3));
        if is_async {
            self.await_tos(AWAIT_AEXIT);
        }
        self.emit(Instr::Pop);
    }

    /// Await the awaitable on TOS, leaving its result: `GetAwaitable; LoadConst None;
    /// YieldFrom` (`why` names the awaitable in the error for one that is not).
    fn await_tos(&mut self, why: u8) {
        self.emit(Instr::Async(AsyncOp::GetAwaitable(why)));
        self.load_const(Constant::None);
        self.emit(Instr::YieldFrom);
    }

    /// One step of `async for` (the async iterator on TOS): `SetupFinally end; GetANext;
    /// <await>; PopBlock`, leaving the next item above the iterator. At `end` (bound by the
    /// caller), `EndAsyncFor` ends the loop on `StopAsyncIteration`.
    fn async_for_next(&mut self, end: Label) {
        self.emit(Instr::SetupFinally(end.0));
        self.emit(Instr::Async(AsyncOp::GetANext));
        self.await_tos(AWAIT_EXPR);
        self.emit(Instr::PopBlock);
    }

    /// Is the code being compiled a coroutine or async generator (`async def`, or an async
    /// generator expression)? Inlined comprehensions run in the code of their function.
    fn in_async_code(&self) -> bool {
        self.table.scopes[self.unit().scope].is_coroutine
    }

    /// `await`, `async for` and `async with` outside async code: CPython's messages.
    fn check_async_allowed(&self, loc: Loc, what: &str) -> R<()> {
        if self.in_async_code() {
            return Ok(());
        }
        let kind = self.unit().kind;
        if what == "'await'" && !kind.is_function_like() {
            return Err(self.error(loc, "'await' outside function"));
        }
        Err(self.error(loc, format!("{what} outside async function")))
    }

    fn with(
        &mut self,
        items: &'a [(Expr, Option<Expr>)],
        body: &'a [Stmt],
        loc: Loc,
        is_async: bool,
    ) -> R<()> {
        let Some(((ctx, target), rest)) = items.split_first() else {
            return self.stmts(body);
        };
        if is_async {
            self.check_async_allowed(loc, "'async with'")?;
        }
        let handler = self.new_label();
        let end = self.new_label();
        self.expr(ctx)?;
        self.u().cur_loc = loc;
        if is_async {
            // [aexit, aenter()] with the `__aenter__` call's awaitable awaited.
            self.emit(Instr::Async(AsyncOp::BeforeAsyncWith));
            self.await_tos(AWAIT_AENTER);
        } else {
            self.emit(Instr::BeforeWith);
        }
        self.emit(Instr::SetupWith(handler.0));
        self.push_fblock(
            if is_async {
                FBlock::AsyncWith
            } else {
                FBlock::With
            },
            loc,
        )?;
        match target {
            Some(t) => self.target(t, Ctx::Store)?,
            None => self.emit(Instr::Pop),
        }
        self.with(rest, body, loc, is_async)?;
        self.pop_fblock();
        self.u().cur_loc = loc;
        self.emit(Instr::PopBlock);
        self.call_exit_none(is_async);
        self.emit(Instr::Jump(end.0));
        // Exceptional exit: [exit, exc] with an except-handler block active.
        self.bind(handler);
        let suppress = self.new_label();
        self.emit(Instr::WithExceptStart);
        if is_async {
            self.await_tos(AWAIT_AEXIT);
        }
        self.emit(Instr::PopJumpIfTrue(suppress.0));
        self.emit(Instr::Reraise);
        self.bind(suppress);
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        self.bind(end);
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [Handler],
        orelse: &'a [Stmt],
        loc: Loc,
    ) -> R<()> {
        let handler_l = self.new_label();
        let end = self.new_label();
        self.emit(Instr::SetupFinally(handler_l.0));
        self.push_fblock(FBlock::TryExcept, loc)?;
        self.stmts(body)?;
        self.pop_fblock();
        self.emit(Instr::PopBlock);
        self.stmts(orelse)?;
        self.emit(Instr::Jump(end.0));
        // Stack here: [exc]; an except-handler block is active.
        self.bind(handler_l);
        for (i, h) in handlers.iter().enumerate() {
            self.u().cur_loc = h.loc;
            let next = self.new_label();
            match &h.typ {
                Some(t) => {
                    self.expr(t)?;
                    self.emit(Instr::CheckExcMatch);
                    self.emit(Instr::PopJumpIfFalse(next.0));
                }
                None => {
                    if i + 1 != handlers.len() {
                        return Err(self.error(h.loc, "default 'except:' must be last"));
                    }
                }
            }
            match &h.name {
                Some(name) => {
                    self.name_op(name, Ctx::Store);
                    let cleanup = self.new_label();
                    self.emit(Instr::SetupFinally(cleanup.0));
                    self.push_fblock(FBlock::HandlerBody(Some(name)), h.loc)?;
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.emit(Instr::PopBlock);
                    self.load_const(Constant::None);
                    self.name_op(name, Ctx::Store);
                    self.name_op(name, Ctx::Del);
                    self.emit(Instr::PopExcept);
                    self.emit(Instr::Jump(end.0));
                    // An exception inside a named handler: unbind the name, re-raise.
                    self.bind(cleanup);
                    self.load_const(Constant::None);
                    self.name_op(name, Ctx::Store);
                    self.name_op(name, Ctx::Del);
                    self.emit(Instr::Reraise);
                }
                None => {
                    self.emit(Instr::Pop);
                    self.push_fblock(FBlock::HandlerBody(None), h.loc)?;
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.emit(Instr::PopExcept);
                    self.emit(Instr::Jump(end.0));
                }
            }
            self.bind(next);
        }
        // No clause matched: re-raise [exc].
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [Handler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        star: bool,
        loc: Loc,
    ) -> R<()> {
        let handler_l = self.new_label();
        let end = self.new_label();
        self.emit(Instr::SetupFinally(handler_l.0));
        self.push_fblock(FBlock::TryFinally(finalbody), loc)?;
        if handlers.is_empty() {
            self.stmts(body)?;
        } else if star {
            self.try_except_star(body, handlers, orelse, loc)?;
        } else {
            self.try_except(body, handlers, orelse, loc)?;
        }
        self.pop_fblock();
        self.emit(Instr::PopBlock);
        self.stmts(finalbody)?;
        self.emit(Instr::Jump(end.0));
        // Exceptional path: [exc], except-handler block active.
        self.bind(handler_l);
        self.push_fblock(FBlock::FinallyHandler, loc)?;
        self.stmts(finalbody)?;
        self.pop_fblock();
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> R<()> {
        match &target.kind {
            ExprKind::Name(n) => {
                // As CPython's compiler_augassign: the name's load and store are located
                // at the name (an unbound local), the operation at the whole statement.
                let stmt_loc = self.u().cur_loc;
                self.u().cur_loc = target.loc;
                self.name_op(n, Ctx::Load);
                self.u().cur_loc = stmt_loc;
                self.expr(value)?;
                self.u().cur_loc = stmt_loc;
                self.emit(Instr::InplaceOp(op));
                self.u().cur_loc = target.loc;
                self.name_op(n, Ctx::Store);
            }
            // The target's load and store are located at the target expression, the
            // operation at the statement (CPython's compiler_augassign).
            ExprKind::Attribute { value: obj, attr } => {
                let stmt_loc = self.u().cur_loc;
                self.expr(obj)?;
                self.emit(Instr::Dup);
                let i = self.attr_index(attr);
                self.u().cur_loc = attr_loc(target.loc, attr);
                self.emit(Instr::LoadAttr(i));
                self.u().cur_loc = stmt_loc;
                self.expr(value)?;
                self.u().cur_loc = stmt_loc;
                self.emit(Instr::InplaceOp(op));
                self.u().cur_loc = target.loc;
                self.emit(Instr::Rot2);
                self.emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, index } => {
                let stmt_loc = self.u().cur_loc;
                self.expr(obj)?;
                self.expr(index)?;
                self.emit(Instr::Dup2);
                self.u().cur_loc = target.loc;
                self.emit(Instr::BinarySubscr);
                self.u().cur_loc = stmt_loc;
                self.expr(value)?;
                self.u().cur_loc = stmt_loc;
                self.emit(Instr::InplaceOp(op));
                self.u().cur_loc = target.loc;
                self.emit(Instr::Rot3);
                self.emit(Instr::StoreSubscr);
            }
            _ => {
                return Err(self.error(
                    target.loc,
                    "'expression' is an illegal expression for augmented assignment",
                ))
            }
        }
        Ok(())
    }

    /// Stores TOS into (or deletes) a target.
    fn target(&mut self, t: &'a Expr, ctx: Ctx) -> R<()> {
        self.u().cur_loc = t.loc;
        match &t.kind {
            ExprKind::Name(n) => self.name_op(n, ctx),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.attr_index(attr);
                self.emit(if ctx == Ctx::Store {
                    Instr::StoreAttr(i)
                } else {
                    Instr::DeleteAttr(i)
                });
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(if ctx == Ctx::Store {
                    Instr::StoreSubscr
                } else {
                    Instr::DeleteSubscr
                });
            }
            ExprKind::Tuple(es) | ExprKind::List(es) => {
                if ctx == Ctx::Del {
                    for e in es {
                        self.target(e, Ctx::Del)?;
                    }
                    return Ok(());
                }
                let stars: Vec<usize> = es
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| matches!(e.kind, ExprKind::Starred(_)))
                    .map(|(i, _)| i)
                    .collect();
                match stars.as_slice() {
                    [] => self.emit(Instr::UnpackSequence(es.len() as u32)),
                    [i] => {
                        let (before, after) = (*i, es.len() - i - 1);
                        if before > 0xffff || after > 0xffff {
                            return Err(self.error(
                                t.loc,
                                "too many expressions in star-unpacking assignment",
                            ));
                        }
                        self.emit(Instr::UnpackEx(before as u32 | ((after as u32) << 16)));
                    }
                    _ => {
                        return Err(self.error(t.loc, "multiple starred expressions in assignment"))
                    }
                }
                for e in es {
                    match &e.kind {
                        ExprKind::Starred(inner) => self.target(inner, Ctx::Store)?,
                        _ => self.target(e, Ctx::Store)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return Err(self.error(
                    t.loc,
                    "starred assignment target must be in a list or tuple",
                ))
            }
            _ => {
                let what = describe_expr(t);
                let msg = if ctx == Ctx::Del {
                    format!("cannot delete {what}")
                } else {
                    format!("cannot assign to {what}")
                };
                return Err(self.error(t.loc, msg));
            }
        }
        Ok(())
    }

    /// Evaluates `test` and jumps to `target` when its truth equals `when`.
    fn jump_if(&mut self, test: &'a Expr, when: bool, target: Label) -> R<()> {
        match &test.kind {
            ExprKind::Unary {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, !when, target),
            ExprKind::Literal(l) => {
                let truth = match l {
                    Literal::None => Some(false),
                    Literal::Bool(b) => Some(*b),
                    Literal::Int(i) => Some(*i != 0),
                    Literal::Str(s) => Some(!s.is_empty()),
                    _ => None,
                };
                if let Some(t) = truth {
                    if t == when {
                        self.u().cur_loc = test.loc;
                        self.emit(Instr::Jump(target.0));
                    }
                    return Ok(());
                }
            }
            _ => {}
        }
        self.expr(test)?;
        self.u().cur_loc = test.loc;
        self.emit(if when {
            Instr::PopJumpIfTrue(target.0)
        } else {
            Instr::PopJumpIfFalse(target.0)
        });
        Ok(())
    }

    // ----- functions and classes ------------------------------------------------------------

    /// Pushes defaults (and closure) for a function/lambda and returns `MakeFunction` flags.
    fn defaults(&mut self, params: &'a Params) -> R<u32> {
        let mut flags = 0;
        let positional: Vec<&Expr> = params
            .posonly
            .iter()
            .chain(&params.args)
            .filter_map(|p| p.default.as_ref())
            .collect();
        if !positional.is_empty() {
            self.sequence(&positional, SeqKind::Tuple)?;
            flags |= 1;
        }
        let kw: Vec<&'a Param> = params
            .kwonly
            .iter()
            .filter(|p| p.default.is_some())
            .collect();
        if !kw.is_empty() {
            for p in &kw {
                let key = self.mangle(&p.name);
                self.load_const(Constant::Str(key.as_str().into()));
                if let Some(d) = &p.default {
                    self.expr(d)?;
                }
            }
            self.emit(Instr::BuildMap(kw.len() as u32));
            flags |= 2;
        }
        Ok(flags)
    }

    /// Pushes a function's `__annotations__` dict (names mangled, `'return'` last) and
    /// returns its `MakeFunction` flag, 4; nothing and 0 for a function without annotations.
    fn annotations(&mut self, params: &'a Params, returns: Option<&'a Expr>) -> R<u32> {
        let mut n = 0;
        for (p, a) in params.annotations() {
            let key = self.mangle(&p.name);
            self.load_const(Constant::Str(key.as_str().into()));
            self.expr(a)?;
            n += 1;
        }
        if let Some(r) = returns {
            self.load_const(Constant::Str("return".into()));
            self.expr(r)?;
            n += 1;
        }
        if n == 0 {
            return Ok(0);
        }
        self.emit(Instr::BuildMap(n));
        Ok(4)
    }

    fn set_arg_counts(&mut self, params: &Params) {
        let u = self.u();
        u.argcount = (params.posonly.len() + params.args.len()) as u32;
        u.posonly = params.posonly.len() as u32;
        u.kwonly = params.kwonly.len() as u32;
        if params.vararg.is_some() {
            u.flags |= code_flags::VARARGS;
        }
        if params.kwarg.is_some() {
            u.flags |= code_flags::VARKEYWORDS;
        }
    }

    /// Pushes the closure tuple for `code` (if it has free variables) and the code object, then
    /// `MakeFunction(flags)`.
    fn make_function(&mut self, code: Rc<CodeObject>, mut flags: u32) {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                // Free names are stored mangled already.
                let slot = self.slot(name);
                self.emit(Instr::LoadClosure(slot));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            flags |= 8;
        }
        self.load_const(Constant::Code(code));
        self.emit(Instr::MakeFunction(flags));
    }

    fn function_def(&mut self, f: &'a FunctionDef, loc: Loc) -> R<()> {
        for d in &f.decorators {
            self.expr(d)?;
        }
        self.u().cur_loc = loc;
        let mut flags = self.defaults(&f.params)?;
        flags |= self.annotations(&f.params, f.returns.as_ref())?;
        let scope = self
            .table
            .scope_of::<FunctionDef>(f)
            .ok_or_else(|| self.error(loc, "internal compiler error: no scope for def"))?;
        self.enter_unit(scope, &f.name, loc.line);
        self.set_arg_counts(&f.params);
        let body = self.docstring(&f.body, false);
        if self.u().flags & GENERATOR_LIKE != 0 {
            let class_cell = self.u().freevars.iter().any(|n| n == "__class__");
            self.u().cpython_stack = stack_estimate::function_body(body, class_cell);
        }
        self.stmts(body)?;
        self.load_const(Constant::None);
        self.emit(Instr::ReturnValue);
        let code = self.leave_unit()?;
        self.u().cur_loc = loc;
        self.make_function(code, flags);
        for _ in &f.decorators {
            self.emit(Instr::Call(1));
        }
        self.name_op(&f.name, Ctx::Store);
        Ok(())
    }

    fn lambda(&mut self, e: &'a Expr, params: &'a Params, body: &'a Expr) -> R<()> {
        let flags = self.defaults(params)?;
        let scope = self
            .table
            .scope_of::<Expr>(e)
            .ok_or_else(|| self.error(e.loc, "internal compiler error: no scope for lambda"))?;
        self.enter_unit(scope, "<lambda>", e.loc.line);
        self.set_arg_counts(params);
        self.expr(body)?;
        self.emit(Instr::ReturnValue);
        let code = self.leave_unit()?;
        self.u().cur_loc = e.loc;
        self.make_function(code, flags);
        Ok(())
    }

    fn class_def(&mut self, c: &'a ClassDef, loc: Loc) -> R<()> {
        for d in &c.decorators {
            self.expr(d)?;
        }
        self.u().cur_loc = loc;
        self.emit(Instr::LoadBuildClass);
        let scope = self
            .table
            .scope_of::<ClassDef>(c)
            .ok_or_else(|| self.error(loc, "internal compiler error: no scope for class"))?;
        self.enter_unit(scope, &c.name, loc.line);
        let n = self.name_index("__name__");
        self.emit(Instr::LoadName(n));
        let m = self.name_index("__module__");
        self.emit(Instr::StoreName(m));
        let qualname = self.unit().qualname.clone();
        self.load_const(Constant::Str(qualname.into()));
        let q = self.name_index("__qualname__");
        self.emit(Instr::StoreName(q));
        self.setup_annotations(&c.body);
        let body = self.docstring(&c.body, true);
        self.stmts(body)?;
        if self.table.scopes[scope].needs_class_closure {
            let slot = self.slot("__class__");
            self.emit(Instr::LoadClosure(slot));
            self.emit(Instr::Dup);
            let cc = self.name_index("__classcell__");
            self.emit(Instr::StoreName(cc));
        } else {
            self.load_const(Constant::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.leave_unit()?;
        self.u().cur_loc = loc;
        self.make_function(code, 0);
        self.load_const(Constant::Str(c.name.as_str().into()));
        self.call_args(&c.bases, &c.keywords, 2, loc)?;
        for _ in &c.decorators {
            self.emit(Instr::Call(1));
        }
        self.name_op(&c.name, Ctx::Store);
        Ok(())
    }

    // ----- expressions ----------------------------------------------------------------------

    fn expr(&mut self, e: &'a Expr) -> R<()> {
        let saved = self.unit().cur_loc;
        self.u().cur_loc = e.loc;
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.expr_inner(e));
        self.u().cur_loc = saved;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> R<()> {
        match &e.kind {
            ExprKind::Literal(l) => self.load_const(literal_const(l)),
            ExprKind::Name(n) => self.name_op(n, Ctx::Load),
            ExprKind::BoolOp { and_, values } => {
                let end = self.new_label();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        self.emit(if *and_ {
                            Instr::JumpIfFalseOrPop(end.0)
                        } else {
                            Instr::JumpIfTrueOrPop(end.0)
                        });
                    }
                }
                self.bind(end);
            }
            ExprKind::Named { target, value } => {
                self.expr(value)?;
                self.emit(Instr::Dup);
                self.name_op(target, Ctx::Store);
            }
            ExprKind::BinOp { left, op, right } => {
                if let Some(c) = self.folded_binop(left, *op, right) {
                    self.load_const(c);
                    return Ok(());
                }
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Instr::BinaryOp(*op));
            }
            ExprKind::Unary { op, operand } => {
                if *op == UnaryOp::Neg {
                    if let Some(c) = self.folded_neg(operand) {
                        self.load_const(c);
                        return Ok(());
                    }
                }
                if let (UnaryOp::Neg, ExprKind::Literal(l)) = (op, &operand.kind) {
                    let folded = match l {
                        Literal::Int(i) => i.checked_neg().map(Constant::Int),
                        Literal::Float(f) => Some(Constant::Float(-f)),
                        _ => None,
                    };
                    if let Some(c) = folded {
                        self.load_const(c);
                        return Ok(());
                    }
                }
                self.expr(operand)?;
                self.emit(match op {
                    UnaryOp::Not => Instr::UnaryNot,
                    UnaryOp::Neg => Instr::UnaryNeg,
                    UnaryOp::Pos => Instr::UnaryPos,
                    UnaryOp::Invert => Instr::UnaryInvert,
                });
            }
            ExprKind::Lambda { params, body } => self.lambda(e, params, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let (else_l, end) = (self.new_label(), self.new_label());
                self.jump_if(test, false, else_l)?;
                self.expr(body)?;
                self.emit(Instr::Jump(end.0));
                self.bind(else_l);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict(items) => self.dict(items)?,
            ExprKind::Set(es) => self.sequence(&es.iter().collect::<Vec<_>>(), SeqKind::Set)?,
            ExprKind::List(es) => self.sequence(&es.iter().collect::<Vec<_>>(), SeqKind::List)?,
            ExprKind::Tuple(es) => self.sequence(&es.iter().collect::<Vec<_>>(), SeqKind::Tuple)?,
            ExprKind::Comp {
                kind,
                elt,
                value,
                generators,
            } => self.comprehension(e, *kind, elt, value.as_deref(), generators)?,
            ExprKind::Yield(v) => {
                self.check_yield_scope(e.loc)?;
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                if self.in_async_code() {
                    self.emit(Instr::Async(AsyncOp::AsyncGenWrap));
                }
                self.emit(Instr::YieldValue);
            }
            ExprKind::Await(v) => {
                self.check_async_allowed(e.loc, "'await'")?;
                self.expr(v)?;
                self.u().cur_loc = e.loc;
                self.await_tos(AWAIT_EXPR);
            }
            ExprKind::YieldFrom(v) => {
                self.check_yield_scope(e.loc)?;
                self.expr(v)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Constant::None);
                self.emit(Instr::YieldFrom);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.check_compare(e, left, ops, comparators);
                self.expr(left)?;
                // CPython folds the last comparator of `in`/`not in` as a loop's iterable.
                let folds_last = matches!(ops.last(), Some(CmpOp::In | CmpOp::NotIn));
                if ops.len() == 1 {
                    if folds_last {
                        self.iterable(&comparators[0])?;
                    } else {
                        self.expr(&comparators[0])?;
                    }
                    self.u().cur_loc = e.loc;
                    self.emit(Instr::Compare(ops[0]));
                } else {
                    let cleanup = self.new_label();
                    let end = self.new_label();
                    for (i, (op, c)) in ops.iter().zip(comparators).enumerate() {
                        if folds_last && i + 1 == ops.len() {
                            self.iterable(c)?;
                        } else {
                            self.expr(c)?;
                        }
                        if i + 1 < ops.len() {
                            self.emit(Instr::Dup);
                            self.emit(Instr::Rot3);
                            self.emit(Instr::Compare(*op));
                            self.emit(Instr::JumpIfFalseOrPop(cleanup.0));
                        } else {
                            self.emit(Instr::Compare(*op));
                        }
                    }
                    self.emit(Instr::Jump(end.0));
                    self.bind(cleanup);
                    self.emit(Instr::Rot2);
                    self.emit(Instr::Pop);
                    self.bind(end);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.check_caller(func);
                self.call(e, func, args, keywords)?
            }
            ExprKind::FString(parts) => self.fstring(parts)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.u().cur_loc = attr_loc(e.loc, attr);
                let i = self.attr_index(attr);
                self.emit(Instr::LoadAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.check_subscript(value, index);
                self.expr(value)?;
                self.expr(index)?;
                self.u().cur_loc = e.loc;
                self.emit(Instr::BinarySubscr);
            }
            ExprKind::Starred(_) => {
                return Err(self.error(e.loc, "can't use starred expression here"))
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.load_const(Constant::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => self.emit(Instr::BuildSlice(2)),
                }
            }
        }
        Ok(())
    }

    fn fstring(&mut self, parts: &'a [FPart]) -> R<()> {
        if parts.is_empty() {
            self.load_const(Constant::Str("".into()));
            return Ok(());
        }
        for p in parts {
            match p {
                FPart::Literal(s) => self.load_const(Constant::Str(s.as_str().into())),
                FPart::Value {
                    expr,
                    conversion,
                    spec,
                    loc,
                } => {
                    self.expr(expr)?;
                    let mut flags = match conversion {
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        _ => 0,
                    };
                    if let Some(s) = spec {
                        self.fstring(s)?;
                        flags |= 4;
                    }
                    // A formatting error points at the field, as CPython's FORMAT_VALUE.
                    let outer = std::mem::replace(&mut self.u().cur_loc, *loc);
                    self.emit(Instr::FormatValue(flags));
                    self.u().cur_loc = outer;
                }
            }
        }
        if parts.len() > 1 {
            self.emit(Instr::BuildString(parts.len() as u32));
        }
        Ok(())
    }

    /// An iterable of a `for` loop or comprehension, or the right operand of `in`/`not in`,
    /// as CPython's AST optimizer leaves it (`fold_iter`): a list display without `*` is
    /// built as a tuple (one constant if all its items are), a set display of constants is
    /// one frozenset constant.
    fn iterable(&mut self, e: &'a Expr) -> R<()> {
        match &e.kind {
            ExprKind::List(es) if !es.iter().any(|e| matches!(e.kind, ExprKind::Starred(_))) => {
                match const_items(es) {
                    Some(items) if !items.is_empty() => {
                        self.load_const(Constant::Tuple(items));
                        Ok(())
                    }
                    _ => self.sequence(&es.iter().collect::<Vec<_>>(), SeqKind::Tuple),
                }
            }
            ExprKind::Set(es) => match const_items(es) {
                Some(items) => {
                    self.load_const(Constant::FrozenSet(items));
                    Ok(())
                }
                None => self.expr(e),
            },
            _ => self.expr(e),
        }
    }

    /// Tuple/list/set displays, with `*` unpacking; an all-literal tuple becomes one constant.
    fn sequence(&mut self, es: &[&'a Expr], kind: SeqKind) -> R<()> {
        if kind == SeqKind::Tuple && !es.is_empty() {
            let items: Option<Vec<Constant>> = es.iter().map(|e| const_tuple_item(e)).collect();
            if let Some(items) = items {
                self.load_const(Constant::Tuple(items.into()));
                return Ok(());
            }
        }
        let has_star = es.iter().any(|e| matches!(e.kind, ExprKind::Starred(_)));
        if !has_star {
            for e in es {
                self.expr(e)?;
            }
            let n = es.len() as u32;
            // CPython compiles a set display of three or more constants to a frozenset
            // constant, whose table gives the set another order than insertions would.
            let const_set = n > 2
                && es
                    .iter()
                    .all(|e| const_tuple_item(e).is_some() || fold::is_folded(e));
            self.emit(match kind {
                SeqKind::Tuple => Instr::BuildTuple(n),
                SeqKind::List => Instr::BuildList(n),
                SeqKind::Set if const_set => Instr::BuildConstSet(n),
                SeqKind::Set => Instr::BuildSet(n),
            });
            return Ok(());
        }
        let prefix = es
            .iter()
            .take_while(|e| !matches!(e.kind, ExprKind::Starred(_)))
            .count();
        for e in &es[..prefix] {
            self.expr(e)?;
        }
        let set = kind == SeqKind::Set;
        self.emit(if set {
            Instr::BuildSet(prefix as u32)
        } else {
            Instr::BuildList(prefix as u32)
        });
        for e in &es[prefix..] {
            match &e.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(if set {
                        Instr::SetUpdate(1)
                    } else {
                        Instr::ListExtend(1)
                    });
                }
                _ => {
                    self.expr(e)?;
                    self.emit(if set {
                        Instr::SetAdd(1)
                    } else {
                        Instr::ListAppend(1)
                    });
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn dict(&mut self, items: &'a [(Option<Expr>, Expr)]) -> R<()> {
        let prefix = items.iter().take_while(|(k, _)| k.is_some()).count();
        for (k, v) in &items[..prefix] {
            if let Some(k) = k {
                self.expr(k)?;
            }
            self.expr(v)?;
        }
        self.emit(Instr::BuildMap(prefix as u32));
        for (k, v) in &items[prefix..] {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Instr::MapAdd(1));
                }
                None => {
                    self.expr(v)?;
                    self.emit(Instr::DictUpdate(1));
                }
            }
        }
        Ok(())
    }

    fn call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> R<()> {
        let simple = !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
            && keywords.iter().all(|k| k.arg.is_some());
        if let (true, ExprKind::Attribute { value, attr }) = (simple, &func.kind) {
            self.expr(value)?;
            self.validate_keywords(keywords)?;
            self.u().cur_loc = match_attr(func.loc, func.loc, attr);
            let i = self.attr_index(attr);
            self.emit(Instr::LoadMethod(i));
            for a in args {
                self.expr(a)?;
            }
            for k in keywords {
                self.expr(&k.value)?;
            }
            self.u().cur_loc = match_attr(e.loc, func.loc, attr);
            let n = (args.len() + keywords.len()) as u32;
            if keywords.is_empty() {
                self.emit(Instr::CallMethod(n));
            } else {
                self.kwnames(keywords);
                self.emit(Instr::CallMethodKw(n));
            }
            return Ok(());
        }
        self.expr(func)?;
        self.call_args(args, keywords, 0, e.loc)
    }

    /// CPython's `validate_keywords`: a compile error (so after the warnings of what was
    /// compiled before it), at the repeated keyword.
    fn validate_keywords(&self, keywords: &[Keyword]) -> R<()> {
        for (i, k) in keywords.iter().enumerate() {
            if let Some(name) = &k.arg {
                if keywords[..i].iter().any(|o| o.arg.as_ref() == Some(name)) {
                    return Err(self.error(k.loc, format!("keyword argument repeated: {name}")));
                }
            }
        }
        Ok(())
    }

    fn kwnames(&mut self, keywords: &[Keyword]) {
        let names: Vec<Constant> = keywords
            .iter()
            .map(|k| Constant::Str(k.arg.as_deref().unwrap_or("").into()))
            .collect();
        self.load_const(Constant::Tuple(names.into()));
    }

    /// With the callable (and `extra` positional arguments) already pushed, pushes the
    /// arguments and emits the call.
    fn call_args(
        &mut self,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        extra: u32,
        loc: Loc,
    ) -> R<()> {
        self.validate_keywords(keywords)?;
        let simple = !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
            && keywords.iter().all(|k| k.arg.is_some());
        if simple {
            for a in args {
                self.expr(a)?;
            }
            for k in keywords {
                self.expr(&k.value)?;
            }
            self.u().cur_loc = loc;
            let n = extra + (args.len() + keywords.len()) as u32;
            if keywords.is_empty() {
                self.emit(Instr::Call(n));
            } else {
                self.kwnames(keywords);
                self.emit(Instr::CallKw(n));
            }
            return Ok(());
        }
        // General form: positional arguments into a tuple, keywords into a dict, CallEx.
        // Extra positional arguments already pushed (class name) join the list first.
        let prefix = args
            .iter()
            .take_while(|a| !matches!(a.kind, ExprKind::Starred(_)))
            .count();
        match (args, extra) {
            // `f(*it)`: the iterable goes to CallEx as is (as CPython), which names the
            // function when `it` is not iterable.
            (
                [Expr {
                    kind: ExprKind::Starred(inner),
                    ..
                }],
                0,
            ) => self.expr(inner)?,
            _ => {
                for a in &args[..prefix] {
                    self.expr(a)?;
                }
                self.emit(Instr::BuildList(extra + prefix as u32));
                for a in &args[prefix..] {
                    match &a.kind {
                        ExprKind::Starred(inner) => {
                            self.expr(inner)?;
                            self.emit(Instr::ListExtend(1));
                        }
                        _ => {
                            self.expr(a)?;
                            self.emit(Instr::ListAppend(1));
                        }
                    }
                }
                self.emit(Instr::ListToTuple);
            }
        }
        if keywords.is_empty() {
            self.u().cur_loc = loc;
            self.emit(Instr::CallEx(0));
            return Ok(());
        }
        let mut started = false;
        let mut i = 0;
        while i < keywords.len() {
            if keywords[i].arg.is_some() {
                let run = keywords[i..].iter().take_while(|k| k.arg.is_some()).count();
                for k in &keywords[i..i + run] {
                    self.load_const(Constant::Str(k.arg.as_deref().unwrap_or("").into()));
                    self.expr(&k.value)?;
                }
                self.emit(Instr::BuildMap(run as u32));
                if started {
                    self.emit(Instr::DictMerge(1));
                }
                i += run;
            } else {
                if !started {
                    self.emit(Instr::BuildMap(0));
                }
                self.expr(&keywords[i].value)?;
                self.emit(Instr::DictMerge(1));
                i += 1;
            }
            started = true;
        }
        self.u().cur_loc = loc;
        self.emit(Instr::CallEx(1));
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &'a Expr,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        generators: &'a [Comprehension],
    ) -> R<()> {
        let scope = self.table.scope_of::<Expr>(e).ok_or_else(|| {
            self.error(e.loc, "internal compiler error: no scope for comprehension")
        })?;
        // A list, set or dict comprehension that awaits runs as part of its function's
        // coroutine (an async generator expression is an object of its own).
        let awaits = self.table.scopes[scope].is_coroutine && kind != CompKind::Generator;
        if awaits && !self.in_async_code() {
            return Err(self.error(
                e.loc,
                "asynchronous comprehension outside of an asynchronous function",
            ));
        }
        if self.table.scopes[scope].inlined {
            return self.inline_comprehension(e, scope, kind, elt, value, generators);
        }
        let name = self.table.scopes[scope].name.clone();
        self.enter_unit(scope, &name, e.loc.line);
        self.u().argcount = 1;
        if kind == CompKind::Generator {
            self.u().cpython_stack = stack_estimate::generator_expression(elt, generators);
        }
        match kind {
            CompKind::List => self.emit(Instr::BuildList(0)),
            CompKind::Set => self.emit(Instr::BuildSet(0)),
            CompKind::Dict => self.emit(Instr::BuildMap(0)),
            CompKind::Generator => {}
        }
        self.emit(Instr::LoadFast(0));
        let loops = self.comprehension_loops(e, generators)?;
        self.comprehension_element(kind, elt, value, generators.len())?;
        self.u().cur_loc = e.loc;
        self.close_comprehension_loops(loops);
        if kind == CompKind::Generator {
            self.load_const(Constant::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.leave_unit()?;
        self.u().cur_loc = e.loc;
        self.make_function(code, 0);
        self.iterable(&generators[0].iter)?;
        self.emit(Self::get_iter(&generators[0]));
        self.emit(Instr::Call(1));
        if awaits {
            self.await_tos(AWAIT_EXPR);
        }
        Ok(())
    }

    /// The instruction that makes the iterator of a comprehension's `for` clause.
    fn get_iter(g: &Comprehension) -> Instr {
        if g.is_async {
            Instr::Async(AsyncOp::GetAIter)
        } else {
            Instr::GetIter
        }
    }

    /// Close the loops [`Compiler::comprehension_loops`] opened, innermost first.
    fn close_comprehension_loops(&mut self, loops: Vec<(Label, Label, bool)>) {
        for (start, end, is_async) in loops.into_iter().rev() {
            self.emit(Instr::Jump(start.0));
            self.bind(end);
            if is_async {
                self.emit(Instr::Async(AsyncOp::EndAsyncFor));
            }
        }
    }

    /// The loops of a comprehension, from the first `ForIter` on (the first iterator is on
    /// the stack); returns the labels to close them with.
    fn comprehension_loops(
        &mut self,
        e: &'a Expr,
        generators: &'a [Comprehension],
    ) -> R<Vec<(Label, Label, bool)>> {
        let mut loops = Vec::new();
        for (i, g) in generators.iter().enumerate() {
            let (start, end) = (self.new_label(), self.new_label());
            if i > 0 {
                self.iterable(&g.iter)?;
                self.u().cur_loc = e.loc;
                self.emit(Self::get_iter(g));
            }
            self.bind(start);
            // CPython gives every loop of a comprehension the comprehension's location
            // (a traceback through a generator expression marks all of it).
            self.u().cur_loc = e.loc;
            if g.is_async {
                self.async_for_next(end);
            } else {
                self.emit(Instr::ForIter(end.0));
            }
            self.target(&g.target, Ctx::Store)?;
            for cond in &g.ifs {
                self.jump_if(cond, false, start)?;
            }
            loops.push((start, end, g.is_async));
        }
        Ok(loops)
    }

    /// A list/set/dict comprehension inlined into the enclosing function's code (PEP 709;
    /// see `symtable`). Its locals live in slots of the enclosing frame: their values there
    /// (the enclosing function's, when it has a local of the same name) are saved on the
    /// stack and the slots cleared before the loops run, and restored after them, also when
    /// the comprehension raises:
    ///
    /// ```text
    ///     <outermost iterable>; GetIter                      [it]
    ///     LoadFastAndClear x; Rot2   (per local)             [saved.., it]
    ///     SetupFinally L_exc; BuildList 0; Rot2              [saved.., list, it]
    ///     <loops, ListAppend>; PopBlock                      [saved.., list]
    ///     Rot2; RestoreFast x   (per local, in reverse)      [list]
    ///     Jump L_end
    /// L_exc:                                                 [saved.., it, exc]
    ///     Rot2; Pop; Rot2; RestoreFast x ...; Reraise
    /// L_end:
    /// ```
    fn inline_comprehension(
        &mut self,
        e: &'a Expr,
        scope: ScopeId,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        generators: &'a [Comprehension],
    ) -> R<()> {
        let comp = &self.table.scopes[scope];
        let saved: Vec<u32> = comp
            .comprehension_locals()
            .filter_map(|n| self.unit().comp_slots.get(n).copied())
            .collect();
        self.iterable(&generators[0].iter)?;
        self.u().cur_loc = e.loc;
        self.emit(Self::get_iter(&generators[0]));
        for &s in &saved {
            self.emit(Instr::LoadFastAndClear(s));
            self.emit(Instr::Rot2);
        }
        let (handler, done) = (self.new_label(), self.new_label());
        if !saved.is_empty() {
            self.emit(Instr::SetupFinally(handler.0));
        }
        self.emit(match kind {
            CompKind::Set => Instr::BuildSet(0),
            CompKind::Dict => Instr::BuildMap(0),
            _ => Instr::BuildList(0),
        });
        self.emit(Instr::Rot2);
        self.u().inline.push(scope);
        let loops = self.comprehension_loops(e, generators);
        let body = loops.and_then(|loops| {
            self.comprehension_element(kind, elt, value, generators.len())?;
            Ok(loops)
        });
        self.u().inline.pop();
        let loops = body?;
        self.u().cur_loc = e.loc;
        self.close_comprehension_loops(loops);
        if saved.is_empty() {
            return Ok(());
        }
        self.emit(Instr::PopBlock);
        for &s in saved.iter().rev() {
            self.emit(Instr::Rot2);
            self.emit(Instr::RestoreFast(s));
        }
        self.emit(Instr::Jump(done.0));
        self.bind(handler);
        self.emit(Instr::Rot2);
        self.emit(Instr::Pop);
        for &s in saved.iter().rev() {
            self.emit(Instr::Rot2);
            self.emit(Instr::RestoreFast(s));
        }
        self.emit(Instr::Reraise);
        self.bind(done);
        Ok(())
    }

    /// The innermost body of a comprehension: add the element to the result `depth` items
    /// down the stack (yield it, in a generator expression).
    fn comprehension_element(
        &mut self,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        n_loops: usize,
    ) -> R<()> {
        let depth = n_loops as u32 + 1;
        match kind {
            CompKind::Generator => {
                self.expr(elt)?;
                if self.in_async_code() {
                    self.emit(Instr::Async(AsyncOp::AsyncGenWrap));
                }
                self.emit(Instr::YieldValue);
                self.emit(Instr::Pop);
            }
            CompKind::List => {
                self.expr(elt)?;
                self.emit(Instr::ListAppend(depth));
            }
            CompKind::Set => {
                self.expr(elt)?;
                self.emit(Instr::SetAdd(depth));
            }
            CompKind::Dict => {
                self.expr(elt)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.emit(Instr::MapAdd(depth));
            }
        }
        Ok(())
    }
}

/// The slot-local instruction for `ctx`.
fn fast_op(ctx: Ctx, slot: u32) -> Instr {
    match ctx {
        Ctx::Load => Instr::LoadFast(slot),
        Ctx::Store => Instr::StoreFast(slot),
        Ctx::Del => Instr::DeleteFast(slot),
    }
}

/// The global-name instruction for `ctx` (name index `i`).
fn global_op(ctx: Ctx, i: u32) -> Instr {
    match ctx {
        Ctx::Load => Instr::LoadGlobal(i),
        Ctx::Store => Instr::StoreGlobal(i),
        Ctx::Del => Instr::DeleteGlobal(i),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    Tuple,
    List,
    Set,
}

/// An item of an all-constant tuple display: a literal, or a tuple display of such items
/// (CPython folds `(1, ('a', -2))` into one constant, so no tuple is built at run time).
fn const_tuple_item(e: &Expr) -> Option<Constant> {
    match &e.kind {
        ExprKind::Literal(l) => Some(literal_const(l)),
        // `-1`, `-2.5`: folded as `Unary` expressions are (see `expr`).
        ExprKind::Unary {
            op: UnaryOp::Neg,
            operand,
        } => match &operand.kind {
            ExprKind::Literal(Literal::Int(i)) => i.checked_neg().map(Constant::Int),
            ExprKind::Literal(Literal::Float(f)) => Some(Constant::Float(-f)),
            _ => None,
        },
        ExprKind::Tuple(es) => {
            let items: Option<Vec<Constant>> = es.iter().map(const_tuple_item).collect();
            items.map(|v| Constant::Tuple(v.into()))
        }
        _ => None,
    }
}

/// The items of a display as constants, when all of them are (literals, folded
/// operations, constant tuples): what CPython's `make_const_tuple` accepts.
fn const_items(es: &[Expr]) -> Option<Rc<[Constant]>> {
    es.iter()
        .map(|e| const_tuple_item(e).or_else(|| fold::folded_constant(e)))
        .collect::<Option<Vec<_>>>()
        .map(Into::into)
}

fn literal_const(l: &Literal) -> Constant {
    match l {
        Literal::None => Constant::None,
        Literal::Bool(b) => Constant::Bool(*b),
        Literal::Int(i) => Constant::Int(*i),
        Literal::BigInt(s) => Constant::BigInt(s.as_str().into()),
        Literal::Float(f) => Constant::Float(*f),
        Literal::Complex(f) => Constant::Complex(*f),
        Literal::Str(s) => Constant::Str(s.as_str().into()),
        Literal::Bytes(b) => Constant::Bytes(b.as_slice().into()),
        Literal::Ellipsis => Constant::Ellipsis,
    }
}

/// CPython's wording for an expression that cannot be a target.
fn describe_expr(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Literal(Literal::None) => "None",
        ExprKind::Literal(Literal::Bool(true)) => "True",
        ExprKind::Literal(Literal::Bool(false)) => "False",
        ExprKind::Literal(Literal::Ellipsis) => "ellipsis",
        ExprKind::Literal(_) => "literal",
        ExprKind::Call { .. } => "function call",
        ExprKind::BinOp { .. } | ExprKind::Unary { .. } => "expression",
        ExprKind::BoolOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Named { .. } => "named expression",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::Comp {
            kind: CompKind::List,
            ..
        } => "list comprehension",
        ExprKind::Comp {
            kind: CompKind::Set,
            ..
        } => "set comprehension",
        ExprKind::Comp {
            kind: CompKind::Dict,
            ..
        } => "dict comprehension",
        ExprKind::Comp {
            kind: CompKind::Generator,
            ..
        } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::FString(_) => "f-string expression",
        _ => "expression",
    }
}

fn jump_target_mut(i: &mut Instr) -> Option<&mut u32> {
    match i {
        Instr::Jump(t)
        | Instr::PopJumpIfFalse(t)
        | Instr::PopJumpIfTrue(t)
        | Instr::JumpIfFalseOrPop(t)
        | Instr::JumpIfTrueOrPop(t)
        | Instr::ForIter(t)
        | Instr::SetupFinally(t)
        | Instr::SetupWith(t) => Some(t),
        _ => None,
    }
}

/// Flow analysis over the finished code: the deepest value stack, checking that every
/// instruction is reached with a single depth.
fn max_stack(code: &[Instr]) -> Result<u32, String> {
    let mut depth_at: Vec<Option<i32>> = vec![None; code.len()];
    let mut work: Vec<(usize, i32)> = vec![(0, 0)];
    let mut max = 0;
    while let Some((pc, depth)) = work.pop() {
        if pc >= code.len() {
            continue;
        }
        match depth_at[pc] {
            Some(d) if d == depth => continue,
            Some(d) => {
                return Err(format!(
                    "instruction {pc} reached with stack depths {d} and {depth}"
                ))
            }
            None => depth_at[pc] = Some(depth),
        }
        if depth < 0 {
            return Err(format!("stack underflow at instruction {pc}"));
        }
        let ins = code[pc];
        let mut copy = ins;
        if let Some(&mut target) = jump_target_mut(&mut copy) {
            let jd = depth + stack_effect(ins, true);
            max = max.max(jd);
            work.push((target as usize, jd));
        }
        let nd = depth + stack_effect(ins, false);
        max = max.max(nd);
        // Under `SetupWith` the recorded depth excludes TOS, but the fall-through keeps it.
        let falls_through = !matches!(
            ins,
            Instr::Jump(_) | Instr::ReturnValue | Instr::Reraise | Instr::RaiseVarargs(_)
        );
        if falls_through {
            work.push((pc + 1, nd));
        }
        max = max.max(depth);
    }
    Ok(max.max(0) as u32)
}

/// A method call's location `loc` (of the method, or of the whole call) when the method
/// `o.name` (at `method`) ends on a later line than `loc` starts: CPython
/// (`update_start_location_to_match_attr`) starts it at the name, so a traceback shows the
/// line of `.name(...)`, not the one where the receiver began.
fn match_attr(loc: Loc, method: Loc, attr: &str) -> Loc {
    if loc.line == method.end_line {
        return loc;
    }
    let len = attr.chars().count() as u32;
    let mut out = Loc {
        line: method.end_line,
        col: method.end_col.saturating_sub(len),
        ..loc
    };
    out.end_line = out.end_line.max(out.line);
    if out.line == out.end_line {
        out.end_col = out.end_col.max(out.col);
    }
    out
}

/// An attribute load's location: when `o.name` ends on a later line than it starts, CPython
/// starts it at the name on the last line (as [`match_attr`]).
fn attr_loc(loc: Loc, attr: &str) -> Loc {
    match_attr(loc, loc, attr)
}
