//! Structural facts about compiled code: slot numbering, cell/free classification, argument
//! counts and flags, constants, line table, qualnames, modes.

use std::rc::Rc;

use vm::bytecode::code_flags;
use vm::{compile, CodeObject, Constant, Instr, Mode};

fn module(src: &str) -> Rc<CodeObject> {
    compile(src, "t.py", Mode::Exec).unwrap_or_else(|e| panic!("{e}"))
}

/// The nested code object with this qualname (depth-first).
fn code<'a>(c: &'a CodeObject, qualname: &str) -> &'a CodeObject {
    fn find<'a>(c: &'a CodeObject, q: &str) -> Option<&'a CodeObject> {
        if c.qualname == q {
            return Some(c);
        }
        c.consts.iter().find_map(|k| match k {
            Constant::Code(inner) => find(inner, q),
            _ => None,
        })
    }
    find(c, qualname).unwrap_or_else(|| panic!("no code object {qualname}:\n{}", c.disassemble()))
}

fn has(c: &CodeObject, i: Instr) -> bool {
    c.instructions.contains(&i)
}

#[test]
fn instructions_are_eight_bytes() {
    assert_eq!(std::mem::size_of::<Instr>(), 8);
}

#[test]
fn parameter_slots_follow_cpython_order() {
    let m = module("def f(a, b=1, /, c=2, *args, d, e=3, **kw):\n    z = a\n    return z\n");
    let f = code(&m, "f");
    assert_eq!(f.varnames, ["a", "b", "c", "d", "e", "args", "kw", "z"]);
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (3, 2, 2));
    assert_ne!(f.flags & code_flags::VARARGS, 0);
    assert_ne!(f.flags & code_flags::VARKEYWORDS, 0);
    assert!(has(f, Instr::LoadFast(0)));
    assert!(has(f, Instr::StoreFast(7)));
    // Defaults: positional tuple folded to one constant, keyword-only defaults in a dict.
    assert!(has(&m, Instr::MakeFunction(3)));
}

#[test]
fn closures_use_cells_and_free_vars() {
    let m = module("def outer(p):\n    x = 1\n    def inner():\n        nonlocal x\n        x += p\n        return x\n    return inner\n");
    let outer = code(&m, "outer");
    let inner = code(&m, "outer.<locals>.inner");
    assert_eq!(outer.cellvars, ["p", "x"]);
    // A captured parameter keeps its parameter slot; other cells come after the locals.
    assert_eq!(outer.cell_slots, [0, 2]);
    assert_eq!(outer.varnames, ["p", "inner"]);
    assert!(has(outer, Instr::MakeCell(0)) && has(outer, Instr::MakeCell(2)));
    assert!(has(outer, Instr::StoreDeref(2)));
    assert_eq!(inner.freevars, ["p", "x"]);
    assert_eq!(inner.n_slots, 2);
    assert!(has(inner, Instr::CopyFreeVars(2)));
    assert!(
        has(inner, Instr::LoadDeref(1))
            && has(inner, Instr::StoreDeref(1))
            && has(inner, Instr::LoadDeref(0))
    );
}

#[test]
fn methods_do_not_close_over_class_names() {
    let m = module("x = 0\nclass C:\n    x = 1\n    def m(self):\n        return x\n");
    let meth = code(&m, "C.m");
    assert!(meth.freevars.is_empty());
    assert!(meth
        .instructions
        .iter()
        .any(|i| matches!(i, Instr::LoadGlobal(_))));
    assert!(code(&m, "C").cellvars.is_empty());
}

#[test]
fn super_gives_the_class_a_class_cell() {
    let m = module("class C(B):\n    def m(self):\n        return super().m()\n");
    let c = code(&m, "C");
    assert_eq!(c.cellvars, ["__class__"]);
    assert!(c.names.iter().any(|n| n == "__classcell__"));
    assert_eq!(code(&m, "C.m").freevars, ["__class__"]);
}

#[test]
fn class_in_function_reads_free_names_through_class_deref() {
    let m = module("def f():\n    y = 1\n    class D:\n        z = y\n        def m(self):\n            return y\n    return D\n");
    let d = code(&m, "f.<locals>.D");
    assert_eq!(d.freevars, ["y"]);
    assert!(has(d, Instr::LoadClassDeref(0)));
    assert_eq!(code(&m, "f.<locals>.D.m").freevars, ["y"]);
    assert_eq!(code(&m, "f").cellvars, ["y"]);
}

#[test]
fn class_binding_a_name_still_passes_the_enclosing_cell_on() {
    let m = module("def f(v):\n    class L:\n        v = v\n        def get(self):\n            return v\n    return L\n");
    let l = code(&m, "f.<locals>.L");
    assert!(
        l.instructions
            .iter()
            .any(|i| matches!(i, Instr::LoadName(_))),
        "{}",
        l.disassemble()
    );
    assert_eq!(l.freevars, ["v"]);
    assert_eq!(code(&m, "f.<locals>.L.get").freevars, ["v"]);
}

#[test]
fn global_declarations() {
    let m = module("def f():\n    global g\n    g = 1\n    return h\n");
    let f = code(&m, "f");
    assert!(f.varnames.is_empty());
    assert!(f
        .instructions
        .iter()
        .any(|i| matches!(i, Instr::StoreGlobal(_))));
    assert!(f
        .instructions
        .iter()
        .any(|i| matches!(i, Instr::LoadGlobal(_))));
    // At module level names go through the namespace.
    assert!(m
        .instructions
        .iter()
        .any(|i| matches!(i, Instr::StoreName(_))));
}

#[test]
fn comprehensions_in_functions_are_inlined() {
    // PEP 709: no code object; the comprehension's variable is a slot of `f`, saved and
    // restored around the loop; `n` stays a plain local (CPython: co_varnames ('n', 'i'),
    // no cellvars).
    let m = module("def f(n):\n    return [i * n for i in range(n)]\n");
    let f = code(&m, "f");
    assert_eq!(f.varnames, ["n", "i"]);
    assert!(f.cellvars.is_empty());
    assert!(!f.consts.iter().any(|c| matches!(c, Constant::Code(_))));
    assert!(has(f, Instr::LoadFastAndClear(1)));
    assert!(has(f, Instr::RestoreFast(1)));
    assert!(has(f, Instr::ListAppend(2)));
    // At module level too, in slots of the module's frame.
    let m = module("h = [i * 2 for i in y]\n");
    assert_eq!(m.varnames, ["i"]);
    assert!(has(&m, Instr::LoadFastAndClear(0)));
    // Generator expressions, and comprehensions in class bodies, stay nested functions.
    let g = module("g = (x for x in y)\nclass C:\n    h = [i * 2 for i in y]\n");
    assert!(code(&g, "<genexpr>").is_generator());
    let comp = code(&g, "C.<listcomp>");
    assert_eq!(comp.varnames, [".0", "i"]);
    assert_eq!(comp.argcount, 1);
    assert!(has(comp, Instr::ListAppend(2)));
}

#[test]
fn comprehensions_whose_variables_are_captured_keep_their_function() {
    let m = module("def f(t):\n    return [lambda: x for x in t]\n");
    let comp = code(&m, "f.<locals>.<listcomp>");
    assert_eq!(comp.cellvars, ["x"]);
    assert_eq!(comp.freevars.len(), 0);
}

#[test]
fn walrus_in_comprehension_binds_in_the_enclosing_function() {
    let m = module("def f(d):\n    [last := y for y in d]\n    return last\n");
    let f = code(&m, "f");
    assert!(f.cellvars.is_empty());
    let mut names = f.varnames.clone();
    names.sort();
    assert_eq!(names, ["d", "last", "y"]);
    // Inside a generator expression the target reaches `f` through a cell.
    let m = module("def f(d):\n    list(last := y for y in d)\n    return last\n");
    assert_eq!(code(&m, "f").cellvars, ["last"]);
    assert_eq!(code(&m, "f.<locals>.<genexpr>").freevars, ["last"]);
}

#[test]
fn generators_are_flagged() {
    let m = module("def g():\n    yield 1\ndef h():\n    return 1\nl = lambda: (yield)\n");
    assert!(code(&m, "g").is_generator());
    assert!(!code(&m, "h").is_generator());
    assert!(code(&m, "<lambda>").is_generator());
}

#[test]
fn constants_are_folded_and_deduplicated_by_type() {
    let m = module("a = -1\nb = (1, 2.0, 'x')\nc = 1\nd = 1.0\ne = True\nf = -0.0\ng = 0.0\n");
    let reprs: Vec<String> = m.consts.iter().map(Constant::repr).collect();
    assert!(reprs.contains(&"-1".to_string()));
    assert!(reprs.contains(&"(1, 2.0, 'x')".to_string()));
    for v in ["1", "1.0", "True", "-0.0", "0.0"] {
        assert_eq!(
            reprs.iter().filter(|r| *r == v).count(),
            1,
            "{v} in {reprs:?}"
        );
    }
    assert!(!has(&m, Instr::UnaryNeg));
}

#[test]
fn big_integers_keep_their_digits() {
    let m = module("x = 0x_FFFF_FFFF_FFFF_FFFF_FFFF\ny = 99999999999999999999\n");
    let big: Vec<String> = m
        .consts
        .iter()
        .filter_map(|c| match c {
            Constant::BigInt(s) => Some(s.to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(big, ["0xFFFFFFFFFFFFFFFFFFFF", "99999999999999999999"]);
}

#[test]
fn line_table_has_one_entry_per_instruction() {
    let m = module("x = 1\n\ny = (x +\n     2)\nz = f(\n  y)\n");
    assert_eq!(m.locations.len(), m.instructions.len());
    let lines: Vec<u32> = (0..m.instructions.len()).map(|i| m.line_of(i)).collect();
    assert_eq!(lines[0], 1);
    assert!(lines.contains(&3) && lines.contains(&5));
    // The call instruction spans the call expression: line 5, columns 4..6 on line 6.
    let call = m
        .instructions
        .iter()
        .position(|i| matches!(i, Instr::Call(1)))
        .unwrap();
    let loc = m.locations[call];
    assert_eq!((loc.line, loc.col, loc.end_line, loc.end_col), (5, 4, 6, 4));
}

#[test]
fn qualnames_and_docstrings() {
    let m = module("'mod doc'\nclass C:\n    'class doc'\n    def m(self):\n        'method doc'\n        def inner(): pass\n        return inner\n");
    assert_eq!(m.docstring.as_deref(), Some("mod doc"));
    assert_eq!(code(&m, "C").docstring.as_deref(), Some("class doc"));
    assert_eq!(code(&m, "C.m").docstring.as_deref(), Some("method doc"));
    assert_eq!(code(&m, "C.m.<locals>.inner").name, "inner");
}

#[test]
fn eval_and_single_modes() {
    let e = compile("1 + x", "<eval>", Mode::Eval).unwrap();
    assert_eq!(e.instructions.last(), Some(&Instr::ReturnValue));
    assert!(!e.instructions.contains(&Instr::Pop));
    let s = compile("x + 1\n", "<stdin>", Mode::Single).unwrap();
    assert!(s.instructions.contains(&Instr::PrintExpr));
    assert!(compile("x = 1", "<eval>", Mode::Eval).is_err());
    let e = compile("x = 1\ny = 2\n", "<stdin>", Mode::Single).unwrap_err();
    assert_eq!(
        e.msg,
        "multiple statements found while compiling a single statement"
    );
    assert_eq!((e.lineno, e.offset, e.end_offset), (1, 6, 7));
    assert!(compile("x = 1; y = 2\n", "<stdin>", Mode::Single).is_ok());
}

#[test]
fn every_code_object_has_a_consistent_stack() {
    // leave_unit's flow analysis rejects inconsistent depths; max_stack must cover the calls.
    let m = module("def f(a):\n    try:\n        with a as b:\n            for i in b:\n                if i: break\n    except E as e:\n        return e\n    finally:\n        print(a, b, c, d)\n");
    let f = code(&m, "f");
    assert!(f.max_stack >= 5, "{}", f.max_stack);
}

#[test]
fn unsupported_syntax_is_a_syntax_error_naming_it() {
    for (src, what) in [
        ("type X = int\n", "the 'type' statement"),
        ("def f[T](x): pass\n", "a type parameter list"),
    ] {
        let e = compile(src, "t.py", Mode::Exec).unwrap_err();
        assert_eq!(e.msg, format!("{what} is not supported by pymem"), "{src}");
    }
}

#[test]
fn async_def_compiles_to_a_coroutine_that_awaits_by_yield_from() {
    use vm::bytecode::{code_flags, AsyncOp};
    let m = module("async def f(g):\n    async with g as c:\n        async for x in c:\n            await x\nasync def a():\n    yield 1\n");
    let f = code(&m, "f");
    assert_eq!(f.flags & code_flags::COROUTINE, code_flags::COROUTINE);
    assert_eq!(f.flags & code_flags::GENERATOR, 0);
    let n = |i: Instr| f.instructions.iter().filter(|&&x| x == i).count();
    // The `await` plus `__aenter__`, `__anext__` and `__aexit__` (normal and exceptional exits).
    assert_eq!(n(Instr::YieldFrom), 5, "{}", f.disassemble());
    assert_eq!(n(Instr::Async(AsyncOp::EndAsyncFor)), 1);
    assert_eq!(n(Instr::Async(AsyncOp::BeforeAsyncWith)), 1);
    let a = code(&m, "a");
    assert_eq!(
        a.flags & code_flags::ASYNC_GENERATOR,
        code_flags::ASYNC_GENERATOR
    );
    assert_eq!(
        a.instructions
            .iter()
            .filter(|&&x| x == Instr::Async(AsyncOp::AsyncGenWrap))
            .count(),
        1
    );
    for (src, msg) in [
        ("await x\n", "'await' outside function"),
        ("def f():\n    await x\n", "'await' outside async function"),
        (
            "def f():\n    async for x in y: pass\n",
            "'async for' outside async function",
        ),
        (
            "async def f():\n    yield 1\n    return 2\n",
            "'return' with value in async generator",
        ),
        (
            "async def f():\n    yield from x\n",
            "'yield from' inside async function",
        ),
        (
            "def f():\n    return [await x for x in y]\n",
            "asynchronous comprehension outside of an asynchronous function",
        ),
    ] {
        let e = compile(src, "t.py", Mode::Exec).unwrap_err();
        assert_eq!(e.msg, msg, "{src}");
    }
}

#[test]
fn except_star_matches_each_clause_then_prepares_the_reraise() {
    let m = module("def f():\n    try:\n        g()\n    except* A as a:\n        h(a)\n    except* B:\n        pass\n");
    let f = code(&m, "f");
    let n = |i: Instr| f.instructions.iter().filter(|x| **x == i).count();
    assert_eq!(n(Instr::CheckEgMatch), 2, "{}", f.disassemble());
    assert_eq!(n(Instr::PrepReraiseStar), 1, "{}", f.disassemble());
    // The unmatched rest and each clause's exception go into one list: one append per
    // clause, one for the rest.
    assert_eq!(n(Instr::ListAppend(2)), 2, "{}", f.disassemble());
    assert_eq!(n(Instr::ListAppend(1)), 1, "{}", f.disassemble());
    assert!(!has(f, Instr::CheckExcMatch));
    // orig, the list, the rest and the match (plus the None test) at once.
    assert!(f.max_stack >= 5, "{}", f.max_stack);
    assert_eq!(f.varnames, ["a"]);
}

#[test]
fn match_captures_are_locals_and_every_case_leaves_the_stack_balanced() {
    // Each case but the last tests a copy of the subject; failures pop what the pattern left.
    let m = module("def f(v):\n    for i in v:\n        match i:\n            case [a, {'k': (b, *c)}] | Point(a, b, c=c) if a:\n                break\n            case {**rest} as whole:\n                continue\n            case _:\n                return a, b, c, rest, whole\n");
    let f = code(&m, "f");
    assert_eq!(f.varnames, ["v", "i", "a", "b", "c", "rest", "whole"]);
    assert!(f.max_stack >= 7, "{}", f.max_stack);
    let n = |want: Instr| f.instructions.iter().filter(|i| **i == want).count();
    assert_eq!(n(Instr::MatchSequence), 2, "{}", f.disassemble());
    assert_eq!(n(Instr::MatchMapping), 2);
    assert_eq!(n(Instr::MatchKeys), 1);
    assert_eq!(n(Instr::MatchClass(2)), 1);
    assert_eq!(n(Instr::CopyDictWithoutKeys), 1);
}

#[test]
fn break_and_return_unwind_finally_and_with_inline() {
    let m = module("def f(xs, lock):\n    for x in xs:\n        try:\n            with lock:\n                break\n        finally:\n            done()\n");
    let f = code(&m, "f");
    let calls_done = f
        .instructions
        .iter()
        .filter(|i| matches!(i, Instr::LoadGlobal(n) if f.names[*n as usize] == "done"))
        .count();
    // Normal exit, exceptional exit, and the inlined copy on the break path.
    assert_eq!(calls_done, 3, "{}", f.disassemble());
}

#[test]
fn private_names_are_mangled_inside_classes() {
    let m = module("class _Ham:\n    __spam = 1\n    __dunder__ = 2\n    def m(self, __p, *, __k=3):\n        self.__eggs = __p\n        return self.__eggs.__len__()\n");
    let ham = code(&m, "_Ham");
    assert!(
        ham.names.iter().any(|n| n == "_Ham__spam"),
        "{:?}",
        ham.names
    );
    assert!(ham.names.iter().any(|n| n == "__dunder__"));
    let meth = code(&m, "_Ham.m");
    assert_eq!(meth.varnames, ["self", "_Ham__p", "_Ham__k"]);
    assert!(meth.names.iter().any(|n| n == "_Ham__eggs"));
    assert!(meth.names.iter().any(|n| n == "__len__"));
    // Keyword-only default keys use the mangled parameter name.
    assert!(ham.consts.iter().any(|c| c.repr() == "'_Ham__k'"));
    // Outside a class nothing is mangled.
    let f = module("def f():\n    return obj.__x\n");
    assert!(code(&f, "f").names.iter().any(|n| n == "__x"));
}
