//! Importing a runtime module leaves no cyclic garbage behind: a script's first
//! `gc.collect()` counts only what the script itself made unreachable. (CPython imports
//! most of these during start-up and its collections take care of their leftovers; a
//! frozen module that made and deleted a helper class would otherwise hand the user a
//! dozen unexplained objects.) Not a conformance script: CPython's own counts after
//! these imports depend on what its start-up happened to import and collect.

const MODULES: &[&str] = &[
    "__future__",
    "abc",
    "array",
    "atexit",
    "bisect",
    "collections",
    "collections.abc",
    "contextlib",
    "copy",
    "dataclasses",
    "datetime",
    "enum",
    "errno",
    "functools",
    "heapq",
    "io",
    "itertools",
    "json",
    "keyword",
    "linecache",
    "logging",
    "operator",
    "platform",
    "pprint",
    "random",
    "re",
    "reprlib",
    "resource",
    "shlex",
    "string",
    "struct",
    "textwrap",
    "time",
    "traceback",
    "tracemalloc",
    "types",
    "typing",
    "warnings",
    "weakref",
];

fn run(source: &str) -> vm::runtime::RunOutput {
    let source = source.to_string();
    std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || vm::runtime::run_captured(&source, "<test>", vec![], None))
        .expect("spawn")
        .join()
        .expect("the interpreter panicked")
}

#[test]
fn runtime_modules_leave_no_cyclic_garbage() {
    for m in MODULES {
        let out = run(&format!(
            "import gc\ngc.collect()\ngc.set_debug(gc.DEBUG_SAVEALL)\nimport {m}\n\
             print(gc.collect(), [type(o).__name__ for o in gc.garbage])\n"
        ));
        assert_eq!(out.status, 0, "import {m}: {}", out.stderr);
        assert_eq!(out.stdout, "0 []\n", "import {m} left garbage");
    }
}

#[test]
fn a_cycle_made_after_the_imports_is_all_that_is_collected() {
    let out = run("import gc, weakref, typing, copy, collections\n\
         gc.collect()\n\
         class N:\n    pass\n\
         a = N(); b = N(); a.o = b; b.o = a\n\
         del a, b\n\
         print(gc.collect())\n");
    assert_eq!(out.status, 0, "{}", out.stderr);
    // Two instances; their attribute dicts were never asked for, so they are inline.
    assert_eq!(out.stdout, "2\n");
}
