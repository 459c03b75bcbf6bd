//! Scope analysis compared with CPython 3.12: for every code object of `corpus/NAME.py` that has
//! a `NAME.scopes`, the argument counts, flags, `co_varnames`, `co_cellvars` and `co_freevars`
//! that CPython reports (recorded in `NAME.scopes` by `record_scopes.py`) must be what pymem
//! produces. (Files with comprehensions inside functions have no `.scopes`: CPython 3.12 inlines
//! those, PEP 709, which legitimately changes varnames and cellvars.)

use std::path::Path;

use vm::{CodeObject, Constant};

/// CPython's flag bits that both sides define the same way: VARARGS, VARKEYWORDS, NESTED,
/// GENERATOR.
const MASK: u32 = 0x4 | 0x8 | 0x10 | 0x20;

fn walk(code: &CodeObject, out: &mut Vec<String>) {
    out.push(format!(
        "{} args={} posonly={} kwonly={} flags={:#x} varnames={} cells={} frees={}",
        code.qualname,
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        code.flags & MASK,
        code.varnames.join(","),
        code.cellvars.join(","),
        code.freevars.join(","),
    ));
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            walk(inner, out);
        }
    }
}

#[test]
fn scopes_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "scopes"))
        .map(|p| p.with_extension("py"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 8, "the scope corpus is missing");
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_str().unwrap();
        let code = vm::compile(
            &std::fs::read_to_string(case).unwrap(),
            name,
            vm::Mode::Exec,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let mut got = Vec::new();
        walk(&code, &mut got);
        let expected = std::fs::read_to_string(case.with_extension("scopes")).unwrap();
        let expected: Vec<&str> = expected.lines().collect();
        if got != expected {
            failures.push(format!(
                "--- {name}\nexpected:\n{}\ngot:\n{}",
                expected.join("\n"),
                got.join("\n")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
