//! `eval()` and `exec()`: compile a string and run it in a namespace. Called by name with
//! only the source (`eval(s)`), they run in the caller's namespaces — the eval loop passes
//! its frame, as for `globals()` (see `namespace.rs`); given dicts, they run in those.
//! Called indirectly without dicts, they use `__main__`'s namespace. `compile()` makes the
//! code object they also accept.

use heap::{Gc, ObjRef};

use super::frame::Frame;
use super::objects::exception::Hint;
use super::objects::*;
use super::{Args, PyResult, Vm};
use crate::Mode;

/// Is `f` the `eval` or `exec` builtin?
pub fn is_eval_or_exec(f: &ObjRef) -> bool {
    f.downcast::<BuiltinFunc>()
        .is_some_and(|b| b.self_.is_none() && (b.name == "eval" || b.name == "exec"))
}

/// `eval(src)` / `exec(src)` called by name in frame `f`.
pub fn call_in_frame(vm: &Vm, f: &mut Frame, func: &ObjRef, src: &ObjRef) -> PyResult {
    let exec = func
        .downcast::<BuiltinFunc>()
        .is_some_and(|b| b.name == "exec");
    let globals = f.globals.clone();
    let locals = super::namespace::frame_locals(vm, f)?;
    run(vm, exec, src, globals, Some(locals))
}

/// The SyntaxError exception for a compile error (attributes as CPython's).
pub(crate) fn syntax_error(vm: &Vm, e: &crate::SyntaxError) -> ObjRef {
    let parts = (|| -> PyResult<Vec<ObjRef>> {
        let details = vm.new_tuple([
            vm.new_str(&e.filename)?,
            vm.new_int(i64::from(e.lineno))?,
            vm.new_int(i64::from(e.offset))?,
            if e.text_newline {
                vm.new_str(&format!("{}\n", e.text))?
            } else {
                vm.new_str(&e.text)?
            },
            vm.new_int(i64::from(e.end_lineno))?,
            vm.new_int(i64::from(e.end_offset))?,
        ])?;
        Ok(vec![vm.new_str(&e.msg)?, details])
    })();
    match parts {
        Ok(args) => {
            let exc = vm.new_exception(&vm.exc_type(e.kind.class_name()), args);
            let mut text = e.to_string();
            if !text.ends_with('\n') {
                text.push('\n');
            }
            super::suggestions::set_hint(&exc, Hint::Rendered(text));
            exc
        }
        Err(err) => err,
    }
}

/// Compile `src` (a str or bytes) and run it with `globals` / `locals`.
pub fn run(
    vm: &Vm,
    exec: bool,
    src: &ObjRef,
    globals: Gc<DictObj>,
    locals: Option<Gc<DictObj>>,
) -> PyResult {
    let fname = if exec { "exec" } else { "eval" };
    if let Some(c) = src.downcast_ref::<CodeObj>() {
        let code = c.code.clone();
        return run_code(vm, exec, &code, globals, locals);
    }
    let text = if let Some(s) = src.downcast::<StrObj>() {
        s.s.to_string()
    } else if let Some(b) = super::bytes_methods::bytes_like(src) {
        super::codecs::decode(vm, &b, super::codecs::Codec::Utf8, "strict")?
    } else {
        return vm.type_err(format!(
            "{fname}() arg 1 must be a string, bytes or code object"
        ));
    };
    // eval() ignores leading spaces and tabs, as CPython does.
    let text = if exec {
        text
    } else {
        text.trim_start_matches([' ', '\t']).to_string()
    };
    let mode = if exec { Mode::Exec } else { Mode::Eval };
    // Warnings print as compiling finds them: before a SyntaxError too.
    let (code, warnings) = crate::compile_reporting(&text, "<string>", mode);
    super::errors::write_syntax_warnings(vm, &warnings);
    let code = code.map_err(|e| syntax_error(vm, &e))?;
    run_code(vm, exec, &code, globals, locals)
}

/// Run a compiled code object (from a string just now, or from `compile()` or a function's
/// `__code__`) with `globals` / `locals`.
fn run_code(
    vm: &Vm,
    exec: bool,
    code: &std::rc::Rc<crate::bytecode::CodeObject>,
    globals: Gc<DictObj>,
    locals: Option<Gc<DictObj>>,
) -> PyResult {
    if !code.freevars.is_empty() {
        // A nested function's code needs its closure's cells (exec's `closure=`, which
        // pymem does not take).
        return vm.type_err(if exec {
            format!(
                "code object requires a closure of exactly length {}",
                code.freevars.len()
            )
        } else {
            "code object passed to eval() may not contain free variables".to_string()
        });
    }
    if vm.dict_get_str(&globals, "__builtins__").is_none() {
        vm.dict_set_str(&globals, "__builtins__", Gc::to_obj(&vm.builtins))?;
    }
    // The parse tree's references live while the string's code runs, as in CPython.
    let (data, _parse_refs) = vm.unit_code_data(code)?;
    let mut frame = Frame {
        data,
        slots: vec![None; code.n_slots as usize],
        stack: heap::ValueStack::with_capacity(code.max_stack as usize),
        blocks: Vec::new(),
        globals: globals.clone(),
        locals: Some(locals.unwrap_or(globals)),
        closure: None,
        lasti: 0,
    };
    vm.enter()?;
    let r = super::eval::run_frame(vm, &mut frame);
    vm.leave();
    let value = match r? {
        super::eval::Exit::Return(v) | super::eval::Exit::Yield(v) => v,
    };
    Ok(if exec { vm.none() } else { value })
}

fn namespace_arg(
    vm: &Vm,
    o: Option<&ObjRef>,
    what: &str,
    fname: &str,
) -> PyResult<Option<Gc<DictObj>>> {
    match o {
        None => Ok(None),
        Some(v) if vm.is_none(v) => Ok(None),
        Some(v) => match v.downcast::<DictObj>() {
            Some(d) => Ok(Some(d)),
            None if what == "globals" && fname == "eval" => {
                vm.type_err("globals must be a real dict; try eval(expr, {}, mapping)")
            }
            None if what == "globals" => vm.type_err(format!(
                "exec() globals must be a dict, not {}",
                vm.type_name(v)
            )),
            None => vm.type_err(format!(
                "locals must be a mapping or None, not {}",
                vm.type_name(v)
            )),
        },
    }
}

fn builtin(vm: &Vm, a: &Args<'_>, exec: bool) -> PyResult {
    let fname = if exec { "exec" } else { "eval" };
    let Some(src) = a.pos.first().or_else(|| a.kw("source")) else {
        return vm.type_err(format!(
            "{fname}() missing required argument 'source' (pos 1)"
        ));
    };
    if a.pos.len() > 3 {
        return vm.type_err(format!(
            "{fname} expected at most 3 arguments, got {}",
            a.pos.len()
        ));
    }
    let globals = namespace_arg(
        vm,
        a.pos.get(1).or_else(|| a.kw("globals")),
        "globals",
        fname,
    )?;
    let locals = namespace_arg(vm, a.pos.get(2).or_else(|| a.kw("locals")), "locals", fname)?;
    let globals = match globals {
        Some(g) => g,
        // Reached without the caller's frame: `__main__`'s namespace.
        None => match vm
            .dict_get_str(&vm.modules, "__main__")
            .and_then(|m| m.downcast::<ModuleObj>())
        {
            Some(m) => m.dict.clone(),
            None => vm.new_dict()?,
        },
    };
    run(vm, exec, src, globals, locals)
}

/// The `eval` builtin.
pub fn eval(vm: &Vm, a: &Args<'_>) -> PyResult {
    builtin(vm, a, false)
}

/// The `exec` builtin.
pub fn exec(vm: &Vm, a: &Args<'_>) -> PyResult {
    builtin(vm, a, true)
}

/// `PyCF_ONLY_AST`: `compile()` returning an AST (the `ast` module's tree).
const PYCF_ONLY_AST: i64 = 0x400;
/// The flags `compile()` accepts: the `__future__` feature flags (`PyCF_MASK`), `CO_NESTED`
/// (`PyCF_MASK_OBSOLETE`) and `PyCF_COMPILE_MASK` (only-AST, dont-imply-dedent, type
/// comments, top-level await, incomplete input).
const PYCF_KNOWN: i64 = 0x1fe_0000 | 0x10 | 0x400 | 0x200 | 0x1000 | 0x2000 | 0x4000;

/// The `compile` builtin: `compile(source, filename, mode, flags=0, dont_inherit=False,
/// optimize=-1)`, a code object that `exec()` and `eval()` run, with CPython's argument
/// checks and messages; the source is compiled at once (a SyntaxError names `filename`).
pub fn compile(vm: &Vm, a: &Args<'_>) -> PyResult {
    const NAMES: [&str; 6] = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
    ];
    if a.pos.len() > NAMES.len() {
        return vm.type_err(format!(
            "compile() takes at most 6 positional arguments ({} given)",
            a.pos.len()
        ));
    }
    for k in a.kwnames {
        let k = vm.str(k)?;
        if !NAMES.contains(&k.as_str()) && k != "_feature_version" {
            return vm.type_err(format!(
                "compile() got an unexpected keyword argument '{k}'"
            ));
        }
        if let Some(i) = NAMES.iter().position(|n| *n == k) {
            if i < a.pos.len() {
                return vm.type_err(format!(
                    "argument for compile() given by name ('{k}') and position ({})",
                    i + 1
                ));
            }
        }
    }
    let arg = |i: usize| a.pos.get(i).or_else(|| a.kw(NAMES[i]));
    let required = |i: usize| {
        arg(i).ok_or_else(|| {
            let msg = format!(
                "compile() missing required argument '{}' (pos {})",
                NAMES[i],
                i + 1
            );
            vm.exc_msg("TypeError", &msg)
        })
    };
    let (src, filename, mode) = (required(0)?, required(1)?, required(2)?);
    let filename = filename_arg(vm, filename)?;
    let Some(mode) = mode.downcast_ref::<StrObj>() else {
        return vm.type_err(format!(
            "compile() argument 'mode' must be str, not {}",
            vm.type_name(mode)
        ));
    };
    let int_arg = |i: usize, default: i64| -> PyResult<i64> {
        match arg(i) {
            None => Ok(default),
            Some(v) => match vm.as_i64(v) {
                Some(n) => Ok(n),
                None => vm.type_err(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                )),
            },
        }
    };
    let flags = int_arg(3, 0)?;
    if let Some(v) = arg(4) {
        vm.truthy(v)?;
    }
    let optimize = int_arg(5, -1)?;
    if flags & !PYCF_KNOWN != 0 {
        return vm.value_err("compile(): unrecognised flags");
    }
    if !(-1..=2).contains(&optimize) {
        return vm.value_err("compile(): invalid optimize value");
    }
    let mode = match &*mode.s {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        _ => return vm.value_err("compile() mode must be 'exec', 'eval' or 'single'"),
    };
    if flags & PYCF_ONLY_AST != 0 {
        return super::modules::ast_nodes::compile_to_tree(vm, src, &filename, mode);
    }
    let text = if let Some(t) = super::modules::ast_nodes::tree_source(vm, src, mode)? {
        t
    } else if let Some(s) = src.downcast_ref::<StrObj>() {
        s.s.to_string()
    } else if let Some(b) = super::bytes_methods::bytes_like(src) {
        super::codecs::decode(vm, &b, super::codecs::Codec::Utf8, "strict")?
    } else {
        return vm.type_err("compile() arg 1 must be a string, bytes or AST object");
    };
    if text.contains('\0') {
        return vm.err(
            "SyntaxError",
            "source code string cannot contain null bytes",
        );
    }
    if mode == Mode::Eval && text.starts_with([' ', '\t']) {
        // Unlike `eval(str)`, `compile` keeps leading blanks, and CPython's tokenizer
        // reads them as an indent whatever the mode: the statement parser says so.
        if let (Err(e), _) = crate::compile_reporting(&text, &filename, Mode::Exec) {
            if e.kind.class_name() == "IndentationError" {
                return Err(syntax_error(vm, &e));
            }
        }
    }
    let (code, warnings) = crate::compile_reporting(&text, &filename, mode);
    super::errors::write_syntax_warnings(vm, &warnings);
    let code = code.map_err(|e| syntax_error(vm, &e))?;
    vm.alloc_obj(CodeObj::new(code))
}

/// A `filename` argument of `compile()` (also `_ast.parse`): a str, or bytes decoded as
/// UTF-8 with replacement.
pub(crate) fn filename_arg(vm: &Vm, filename: &ObjRef) -> PyResult<String> {
    if let Some(s) = filename.downcast_ref::<StrObj>() {
        Ok(s.s.to_string())
    } else if let Some(b) = filename.downcast_ref::<BytesObj>() {
        Ok(String::from_utf8_lossy(&b.data.borrow()).into_owned())
    } else {
        vm.type_err(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(filename)
        ))
    }
}
