//! `eval()` and `exec()`: compile a string and run it in a namespace. Called by name with
//! only the source (`eval(s)`), they run in the caller's namespaces — the eval loop passes
//! its frame, as for `globals()` (see `namespace.rs`); given dicts, they run in those.
//! Called indirectly without dicts, they use `__main__`'s namespace.

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
fn syntax_error(vm: &Vm, e: &crate::SyntaxError) -> ObjRef {
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
    if vm.dict_get_str(&globals, "__builtins__").is_none() {
        vm.dict_set_str(&globals, "__builtins__", Gc::to_obj(&vm.builtins))?;
    }
    // The parse tree's references live while the string's code runs, as in CPython.
    let (data, _parse_refs) = vm.unit_code_data(&code)?;
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
