//! # vm — pymem's Python-subset runtime: the compiler front end
//!
//! This crate turns Python source into bytecode for a stack VM. (The eval loop and the object
//! model, built on the `heap` crate, come on top of it later.) The pipeline, one module per
//! stage:
//!
//! ```text
//!   source text
//!       │  parse.rs    pre-scan (brackets, strings, indentation: CPython's tokenizer errors
//!       │              and nesting limits), then ruff_python_parser (pinned =0.0.10);
//!       │  escapes.rs  the string tokens' escapes: invalid-escape SyntaxWarnings and
//!       │              malformed-escape SyntaxErrors, in CPython's decoding order
//!       ▼
//!   ruff AST         (never seen outside parse.rs / lower.rs)
//!       │  lower.rs    ruff AST → our IR; rejects unsupported syntax; depth limit
//!       ▼
//!   IR  (ir.rs)      Stmt / Expr trees with Loc (line, character column) spans
//!       │  symtable.rs scopes; local / global / nonlocal / free / cell resolution
//!       ▼
//!   SymbolTable
//!       │  compile.rs  one Unit per scope → Instr + constants + names + line table
//!       │              (compile/pattern.rs: `match` statements);
//!       │              jumps patched, max stack depth by flow analysis
//!       ▼
//!   Rc<CodeObject>  (bytecode.rs: Instr, Constant, CodeObject, disassembler)
//! ```
//!
//! Every error on the way is a [`SyntaxError`] (error.rs) that renders like CPython 3.12's.
//!
//! # Robustness
//!
//! No input can panic the front end or overflow the Rust stack: ruff grows its own stack on
//! the heap, the IR's depth is capped ([`lower::MAX_DEPTH`]), every recursive pass calls
//! `stacker::maybe_grow`, and a deep ruff tree that is abandoned is dropped on a fresh stack
//! (see [`parse`] for details). This is checked by tests feeding random bytes, token soups and
//! 100,000-deep nestings to [`compile()`].
//!
//! # Deviations from CPython (known, deliberate)
//!
//! * List, set and dict comprehensions are inlined into functions and the module body
//!   (PEP 709), but in class bodies, and when a closure inside captures their own variables,
//!   they stay separate code objects called immediately (CPython 3.12 inlines those too);
//!   scoping is the same, only `co_varnames`/`co_cellvars`, `locals()` inside them and
//!   qualnames of lambdas inside them can tell. The comprehension's variables come after the
//!   function's own locals in `co_varnames` (CPython: in order of first use).
//! * Exception handling uses a block stack (`SetupFinally`/`PopBlock`), not 3.11's exception
//!   table.
//! * Annotations follow CPython 3.12 (PEP 563 only under the future import): a `def` evaluates its parameter and
//!   return annotations into the function's `__annotations__` dict; module- and class-level
//!   variable annotations fill the namespace's `__annotations__`. Under `from __future__ import
//!   annotations` they are stored as text: CPython's `ast.unparse` text for names,
//!   attributes, subscripts, tuples, lists, `|` and constants, the source text for rarer
//!   expressions.
//! * `async`/`await`, `type` statements, type parameters and t-strings are
//!   rejected with "... is not supported by pymem".
//! * `match` (compile/pattern.rs) follows CPython 3.12's compiler: `MATCH_*` instructions,
//!   captured values kept on the stack and stored once the whole pattern matched; it `Dup`s
//!   the subject of every case but the last and rotates with `Rotate(n)` instead of `SWAP`s.
//! * Only constant folding: negative numeric literals and tuples of literals. No dead-code
//!   elimination, no peephole pass.
//! * Character (not byte) columns everywhere; CPython mixes the two in a few messages.
//!
//! # Tests (crates/vm/tests)
//!
//! * `compile.rs` — structural facts: slot numbering, cells/frees, flags, constants, lines.
//! * `scopes.rs` — argcounts, flags, `co_varnames`/`co_cellvars`/`co_freevars` of every code
//!   object of the `corpus/*.py` files that have a `.scopes`, compared with CPython 3.12
//!   (`record_scopes.py` re-records).
//! * `snapshots.rs` — reviewed disassembly (`corpus/NAME.dis`) of every `corpus/*.py`, one file per
//!   construct group.
//! * `syntax_errors.rs` — rendered `SyntaxError`s of `syntax_errors/*.py` against CPython 3.12's
//!   output (`record_syntax_errors.py` re-records).
//! * `robustness.rs` — 100,000-deep nestings, random bytes, token soups, mutated programs,
//!   large modules: never a panic, never an internal compiler error.
//!
//! `cargo run -p vm --example dis -- FILE.py` (or `-c CODE`) prints a disassembly.

pub mod bytecode;
pub mod compile;
mod equals_hint;
pub mod error;
mod escapes;
pub mod ir;
pub mod lower;
mod number_tokens;
pub mod parse;
pub mod runtime;
pub mod symtable;

use std::rc::Rc;

pub use bytecode::{CodeObject, Constant, Instr};
pub use error::{ErrorKind, SyntaxError, SyntaxWarning};
pub use parse::Mode;

/// Compiles `source` (named `filename` in errors and tracebacks) to a code object.
///
/// `Mode::Exec` compiles a module, `Mode::Eval` a single expression whose value the code
/// returns, `Mode::Single` an interactive statement whose expression values are printed.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Rc<CodeObject>, SyntaxError> {
    compile_with_warnings(source, filename, mode).map(|(code, _)| code)
}

/// [`compile()`], also returning the compile-time `SyntaxWarning`s in CPython's order.
pub fn compile_with_warnings(
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<(Rc<CodeObject>, Vec<SyntaxWarning>), SyntaxError> {
    let (code, warnings) = compile_reporting(source, filename, mode);
    code.map(|c| (c, warnings))
}

/// [`compile()`] and the `SyntaxWarning`s CPython 3.12 prints while compiling, also when
/// compiling fails: the parser's (invalid escape sequences in the literals decoded before
/// a parse error; all of them otherwise), then the compiler's, up to the compile error.
pub fn compile_reporting(
    source: &str,
    filename: &str,
    mode: Mode,
) -> (Result<Rc<CodeObject>, SyntaxError>, Vec<SyntaxWarning>) {
    let sink = Rc::new(std::cell::RefCell::new(Vec::new()));
    let code = compile_into(source, filename, mode, &sink);
    let warnings = sink.take();
    (code, warnings)
}

fn compile_into(
    source: &str,
    filename: &str,
    mode: Mode,
    sink: &Rc<std::cell::RefCell<Vec<SyntaxWarning>>>,
) -> Result<Rc<CodeObject>, SyntaxError> {
    let parsed = parse::parse_with_warnings(source, filename, mode, &mut sink.borrow_mut())?;
    match &parsed {
        parse::Parsed::Module(body) => {
            if mode == Mode::Single {
                // One interactive statement: `a; b` on one line is fine, a second line is not.
                if let [first, second, ..] = body.as_slice() {
                    if second.loc.line > first.loc.end_line {
                        let (l, c) = (first.loc.end_line, first.loc.end_col + 1);
                        return Err(SyntaxError::at(
                            ErrorKind::Syntax,
                            "multiple statements found while compiling a single statement",
                            filename,
                            source,
                            l,
                            c,
                            l,
                            c + 1,
                        ));
                    }
                }
            }
            let table = symtable::build(body, None, filename, source)?;
            compile::Compiler::new(&table, filename, source, mode)
                .with_warnings(sink.clone())
                .module(body)
        }
        parse::Parsed::Expression(e) => {
            let table = symtable::build(&[], Some(e), filename, source)?;
            compile::Compiler::new(&table, filename, source, mode)
                .with_warnings(sink.clone())
                .expression(e)
        }
    }
}
