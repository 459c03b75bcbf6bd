//! `PYTHONTRACEMALLOC=N` starts tracing before the script runs (as in CPython): N frames per
//! traceback, the main module's own objects traced from its first line; 0 or empty leaves
//! tracing off; an invalid value is a fatal error with CPython's text and status 1.

use std::process::{Command, Output};

const PYMEM: &str = env!("CARGO_BIN_EXE_pymem");

const PROBE: &str = "import tracemalloc
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
";

fn run_with(value: &str, code: &str) -> Output {
    Command::new(PYMEM)
        .env("PYTHONTRACEMALLOC", value)
        .args(["-c", code])
        .output()
        .expect("pymem runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn a_number_of_frames_starts_tracing() {
    for (value, expected) in [
        ("1", "True 1\n"),
        ("5", "True 5\n"),
        ("65535", "True 65535\n"),
        ("0", "False 1\n"),
        ("", "False 1\n"),
    ] {
        let out = run_with(value, PROBE);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{value:?}: {}",
            text(&out.stderr)
        );
        assert_eq!(text(&out.stdout), expected, "{value:?}");
    }
}

#[test]
fn objects_made_before_any_import_are_traced_at_their_line() {
    // Lines 1 and 3 make strs before tracemalloc is even imported.
    let code = "s = 'x' * len('abc') * 7\nn = 4\nt = 'y' * int(n)\nimport tracemalloc\n\
                print(tracemalloc.get_object_traceback(s), tracemalloc.get_object_traceback(t))\n";
    let out = run_with("2", code);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "<string>:1 <string>:3\n");
}

#[test]
fn an_invalid_value_is_fatal() {
    let out = run_with("abc", PROBE);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(out.stdout, b"");
    assert_eq!(
        text(&out.stderr),
        "Fatal Python error: config_init_tracemalloc: PYTHONTRACEMALLOC: invalid number of \
         frames\nPython runtime state: preinitialized\n\n"
    );
    let out = run_with("-1", PROBE);
    assert_eq!(out.status.code(), Some(1));
    let out = run_with("70000", PROBE);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("ValueError: the number of frames must be in range [1; 65535]")
    );
}
