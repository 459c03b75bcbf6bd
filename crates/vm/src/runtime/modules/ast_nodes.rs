//! The `_ast` module: the native half of the frozen `ast` (`py/ast.py`). Its one function,
//! `parse(source, filename, mode, classes[, singletons])`, runs pymem's parser front end (the same checks,
//! errors and warnings as `compile()`, but none of the compiler's: `ast.parse("return")` is
//! fine, as in CPython) and turns ruff's tree into instances of the node classes that
//! `ast.py` defines and passes in `classes` (name → class).
//!
//! The node classes stay ordinary Python classes so that everything else about them
//! (construction from Python, `_fields`, pickling, subclassing) is plain Python; this file
//! only makes instances (`object.__new__`) and sets their attributes, which is what the
//! class's own `__init__` would do, without running Python code per node.
//!
//! Where ruff's tree differs from CPython's (`elif` clauses, f-string parts, implicit string
//! concatenation, decorated definitions starting at the decorator, `async` folded into a
//! flag), the conversion in `ast_convert.rs` reshapes it.
//!
//! Positions are CPython's: 1-based lines and UTF-8 byte columns. Nesting is bounded
//! ([`MAX_DEPTH`]) and each level may grow the stack, so a deep tree gives a Python
//! exception (`RecursionError`, as CPython's "during ast construction"), never a crash.

use hashbrown::HashMap;
use heap::{Gc, ObjRef};
use ruff_text_size::TextRange;

use super::{add_fn, new_module};
use crate::parse::Mode;
use crate::runtime::objects::*;
use crate::runtime::{Args, PyResult, Vm};

/// Deepest nesting of nodes converted (CPython's own limit is its C recursion limit).
pub const MAX_DEPTH: u32 = 3000;

/// Build `_ast`.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "_ast")?;
    add_fn(vm, &m, "parse", parse)?;
    Ok(m)
}

/// Byte offsets → (1-based line, UTF-8 byte column).
pub(crate) struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    fn new(src: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            src.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Lines { starts }
    }

    fn at(&self, offset: usize) -> (i64, i64) {
        let line = self.starts.partition_point(|&s| s <= offset).max(1) - 1;
        (line as i64 + 1, (offset - self.starts[line]) as i64)
    }
}

/// Makes node objects: class lookup, attribute setting, shared singletons, depth.
pub(crate) struct Builder<'a> {
    pub(crate) vm: &'a Vm,
    pub(crate) src: &'a str,
    filename: &'a str,
    lines: Lines,
    classes: Gc<DictObj>,
    /// `Load()`, `Add()`...: one shared instance each, as in CPython: those `ast.py` made
    /// (passed in, name → instance), else made here once per tree.
    shared: Option<Gc<DictObj>>,
    singletons: HashMap<&'static str, ObjRef>,
    depth: u32,
}

impl<'a> Builder<'a> {
    fn class(&self, name: &str) -> PyResult<Gc<TypeObj>> {
        match self
            .vm
            .dict_get_str(&self.classes, name)
            .and_then(|c| c.downcast::<TypeObj>())
        {
            Some(t) => Ok(t),
            None => self
                .vm
                .err("SystemError", format!("ast node class {name} is missing")),
        }
    }

    /// A node of class `name` with `fields` set, and the four position attributes when
    /// `range` is given.
    pub(crate) fn node(
        &self,
        name: &str,
        fields: &[(&str, ObjRef)],
        range: Option<TextRange>,
    ) -> PyResult {
        let vm = self.vm;
        let obj = vm.alloc_instance(&self.class(name)?, &[])?;
        for (field, value) in fields {
            vm.setattr(&obj, &vm.intern(field)?, value.clone())?;
        }
        if let Some(r) = range {
            self.set_position(&obj, r)?;
        }
        Ok(obj)
    }

    /// Set `lineno`, `col_offset`, `end_lineno` and `end_col_offset` from a byte range.
    pub(crate) fn set_position(&self, obj: &ObjRef, r: TextRange) -> PyResult<()> {
        let vm = self.vm;
        let (line, col) = self.lines.at(r.start().to_usize());
        let (end_line, end_col) = self.lines.at(r.end().to_usize());
        for (name, v) in [
            ("lineno", line),
            ("col_offset", col),
            ("end_lineno", end_line),
            ("end_col_offset", end_col),
        ] {
            vm.setattr(obj, &vm.intern(name)?, vm.new_int(v)?)?;
        }
        Ok(())
    }

    /// The shared instance of a field-less class (contexts and operators).
    pub(crate) fn singleton(&mut self, name: &'static str) -> PyResult {
        if let Some(o) = self.singletons.get(name) {
            return Ok(o.clone());
        }
        if let Some(o) = self
            .shared
            .as_ref()
            .and_then(|d| self.vm.dict_get_str(d, name))
        {
            self.singletons.insert(name, o.clone());
            return Ok(o);
        }
        let o = self.vm.alloc_instance(&self.class(name)?, &[])?;
        self.singletons.insert(name, o.clone());
        Ok(o)
    }

    /// Enter one level of nesting: bounded, and on a stack with room for it.
    pub(crate) fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> PyResult<T>) -> PyResult<T> {
        if self.depth >= MAX_DEPTH {
            return self.vm.err(
                "RecursionError",
                "maximum recursion depth exceeded during ast construction",
            );
        }
        self.depth += 1;
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || f(self));
        self.depth -= 1;
        r
    }

    /// "invalid syntax" on `line` with no column (`single` mode given no statement).
    pub(crate) fn syntax_error_on_line<T>(&self, line: u32) -> PyResult<T> {
        let e = crate::SyntaxError::at(
            crate::ErrorKind::Syntax,
            "invalid syntax",
            self.filename,
            self.src,
            line,
            0,
            line,
            0,
        );
        Err(crate::runtime::dynamic_code::syntax_error(self.vm, &e))
    }

    /// (1-based line, 0-based character column): what `SyntaxError` positions count.
    fn char_position(&self, offset: usize) -> (u32, u32) {
        let (line, byte_col) = self.lines.at(offset);
        let start = offset - byte_col as usize;
        let col = self.src.get(start..offset).map_or(0, |s| s.chars().count());
        (line as u32, col as u32)
    }

    pub(crate) fn str(&self, s: &str) -> PyResult {
        self.vm.new_str(s)
    }

    pub(crate) fn opt_str(&self, s: Option<&str>) -> PyResult {
        match s {
            Some(s) => self.vm.new_str(s),
            None => Ok(self.vm.none()),
        }
    }

    pub(crate) fn list(&self, items: Vec<ObjRef>) -> PyResult {
        self.vm.new_list(items)
    }

    pub(crate) fn int(&self, i: i64) -> PyResult {
        self.vm.new_int(i)
    }

    /// A `SyntaxError` at `range` (for shapes ruff accepts and CPython's parser does not);
    /// an empty range marks the one character there.
    pub(crate) fn syntax_error<T>(&self, range: TextRange, msg: &str) -> PyResult<T> {
        let (line, col) = self.char_position(range.start().to_usize());
        let (end_line, end_col) = if range.is_empty() {
            (line, col + 1)
        } else {
            self.char_position(range.end().to_usize())
        };
        let e = crate::SyntaxError::at(
            crate::ErrorKind::Syntax,
            msg,
            self.filename,
            self.src,
            line,
            col + 1,
            end_line,
            end_col + 1,
        );
        Err(crate::runtime::dynamic_code::syntax_error(self.vm, &e))
    }
}

/// The source argument as text: str, or bytes decoded as UTF-8 (CPython honours a coding
/// cookie; pymem reads every source as UTF-8).
fn source_text(vm: &Vm, src: &ObjRef) -> PyResult<String> {
    if let Some(s) = src.downcast_ref::<StrObj>() {
        return Ok(s.s.to_string());
    }
    if let Some(b) = crate::runtime::bytes_methods::bytes_like(src) {
        return crate::runtime::codecs::decode(
            vm,
            &b,
            crate::runtime::codecs::Codec::Utf8,
            "strict",
        );
    }
    vm.type_err("compile() arg 1 must be a string, bytes or AST object")
}

/// `_ast.parse(source, filename, mode, classes[, singletons])`: the tree of `source` as
/// node objects.
fn parse(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (src, filename, mode, classes, shared) = match a.pos {
        [s, f, m, c] => (s, f, m, c, None),
        [s, f, m, c, shared] => (s, f, m, c, shared.downcast::<DictObj>()),
        _ => return vm.type_err("_ast.parse() takes 4 or 5 arguments"),
    };
    let Some(classes) = classes.downcast::<DictObj>() else {
        return vm.type_err("_ast.parse() needs the node classes as a dict");
    };
    let filename = crate::runtime::dynamic_code::filename_arg(vm, filename)?;
    let mode_name = match mode.downcast_ref::<StrObj>() {
        Some(s) => s.s.to_string(),
        None => {
            return vm.type_err(format!(
                "compile() argument 'mode' must be str, not {}",
                vm.type_name(mode)
            ))
        }
    };
    let mode = match mode_name.as_str() {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        "func_type" => {
            return vm.err(
                "NotImplementedError",
                "ast.parse(): mode 'func_type' is not supported by pymem",
            )
        }
        _ => return vm.value_err("compile() mode must be 'exec', 'eval', 'single' or 'func_type'"),
    };
    let text = source_text(vm, src)?;
    if text.contains('\0') {
        return vm.err(
            "SyntaxError",
            "source code string cannot contain null bytes",
        );
    }
    let syntax_error = |e: &crate::SyntaxError| crate::runtime::dynamic_code::syntax_error(vm, e);
    // CPython's tokenizer reads a line's leading blanks as an indent whatever the mode:
    // an expression that starts indented, or fails on an indented line, is an
    // IndentationError as the statement parser reports it.
    let indent_error = || {
        crate::parse::parse_tree(&text, &filename, Mode::Exec, &mut Vec::new())
            .err()
            .filter(|e| e.kind.class_name() == "IndentationError" && e.msg == "unexpected indent")
    };
    if mode == Mode::Eval && text.starts_with([' ', '\t']) {
        if let Some(e) = indent_error() {
            return Err(syntax_error(&e));
        }
    }
    let mut warnings = Vec::new();
    let tree = crate::parse::parse_tree(&text, &filename, mode, &mut warnings);
    crate::runtime::errors::write_syntax_warnings(vm, &warnings);
    let tree = match tree {
        Ok(tree) => tree,
        Err(e) => {
            let e = match indent_error() {
                Some(indent) if mode == Mode::Eval && indent.lineno <= e.lineno => indent,
                _ => e,
            };
            return Err(syntax_error(&e));
        }
    };
    let mut b = Builder {
        vm,
        src: &text,
        filename: &filename,
        lines: Lines::new(&text),
        classes,
        shared,
        singletons: HashMap::new(),
        depth: 0,
    };
    let result = super::ast_convert::module(&mut b, &tree, mode);
    crate::parse::drop_deep(tree, text.len());
    result
}

/// `compile(source, filename, mode, PyCF_ONLY_AST)`: `ast.parse` (a tree is returned as it
/// is, as CPython does).
pub fn compile_to_tree(vm: &Vm, src: &ObjRef, filename: &str, mode: Mode) -> PyResult {
    let ast = super::import(vm, "ast")?;
    let base = vm.getattr_str(&ast, "AST")?;
    if let Some(base) = base.downcast::<TypeObj>() {
        if vm.isinstance(src, &base) {
            return Ok(src.clone());
        }
    }
    let parse = vm.getattr_str(&ast, "parse")?;
    let mode = match mode {
        Mode::Exec => "exec",
        Mode::Eval => "eval",
        Mode::Single => "single",
    };
    let args = [src.clone(), vm.new_str(filename)?, vm.new_str(mode)?];
    vm.call(&parse, &args, None)
}

/// For `compile(tree, ...)`: the source text of a tree of the `ast` module (None when
/// `src` is not one). pymem compiles source, so the tree is unparsed first; its code's
/// line numbers are those of the unparsed text.
pub fn tree_source(vm: &Vm, src: &ObjRef, mode: Mode) -> PyResult<Option<String>> {
    // No `ast` imported: `src` cannot be one of its nodes.
    let Some(ast) = vm.dict_get_str(&vm.modules, "ast") else {
        return Ok(None);
    };
    let Some(base) = vm.getattr_str(&ast, "AST")?.downcast::<TypeObj>() else {
        return Ok(None);
    };
    if !vm.isinstance(src, &base) {
        return Ok(None);
    }
    let expected = match mode {
        Mode::Exec => "Module",
        Mode::Eval => "Expression",
        Mode::Single => "Interactive",
    };
    let class = vm.getattr_str(&ast, expected)?;
    let fits = class
        .downcast::<TypeObj>()
        .is_some_and(|c| vm.isinstance(src, &c));
    if !fits {
        let got = vm.type_of(src).name.to_string();
        return vm.type_err(format!("expected {expected} node, got {got}"));
    }
    let source_of = vm.getattr_str(&ast, "_compile_source")?;
    let text = vm.call(&source_of, std::slice::from_ref(src), None)?;
    vm.str(&text).map(Some)
}
