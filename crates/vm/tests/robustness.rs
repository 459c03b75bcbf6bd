//! Nothing may panic or overflow the stack: deep nesting, random bytes, token soups.
//!
//! Tests run on the harness's worker threads (2 MiB stacks by default), which is the point:
//! the front end must not depend on a big stack.

use proptest::prelude::*;
use vm::{compile, ErrorKind, Mode};

fn err(src: &str) -> vm::SyntaxError {
    compile(src, "deep.py", Mode::Exec).expect_err("should be rejected")
}

#[test]
fn deep_parentheses_are_too_many_nested_parentheses() {
    let src = format!("x = {}1{}\n", "(".repeat(100_000), ")".repeat(100_000));
    let e = err(&src);
    assert_eq!(e.msg, "too many nested parentheses");
    assert_eq!((e.lineno, e.offset), (1, 205));
    // 199 levels are fine, as in CPython.
    let ok = format!("x = {}1{}\n", "(".repeat(199), ")".repeat(199));
    compile(&ok, "ok.py", Mode::Exec).unwrap();
}

#[test]
fn deep_unclosed_brackets() {
    let e = err(&"[".repeat(100_000));
    assert_eq!(e.msg, "too many nested parentheses");
}

#[test]
fn deep_expressions_without_brackets_are_recursion_errors() {
    let cases = [
        format!("x = {}1\n", "-".repeat(100_000)),
        format!("x = {}1\n", "not ".repeat(100_000)),
        format!("x = {}\n", vec!["1"; 100_000].join(" + ")),
        format!("x = a{}\n", ".b".repeat(100_000)),
        format!("x = {}1\n", "lambda: ".repeat(100_000)),
        format!("x = 2{}\n", "**2".repeat(100_000)),
        format!("x = {}1\n", "1 if 1 else ".repeat(100_000)),
        format!("x = f{}\n", "()".repeat(100_000)),
        format!("x = a{}\n", "[0]".repeat(100_000)),
    ];
    for src in &cases {
        let e = err(src);
        assert_eq!(e.kind, ErrorKind::Recursion, "{}: {e}", &src[..20]);
        assert_eq!(
            e.to_string(),
            "RecursionError: maximum recursion depth exceeded during compilation"
        );
    }
}

#[test]
fn long_elif_chains_are_recursion_errors() {
    let mut src = String::from("if a: pass\n");
    for i in 0..100_000 {
        src.push_str(&format!("elif x == {i}: pass\n"));
    }
    assert_eq!(err(&src).kind, ErrorKind::Recursion);
    let mut ok = String::from("if a: pass\n");
    for i in 0..500 {
        ok.push_str(&format!("elif x == {i}: pass\n"));
    }
    compile(&ok, "ok.py", Mode::Exec).unwrap();
}

#[test]
fn deep_invalid_expressions_are_dropped_safely() {
    // ruff fails *and* has built a deep tree: dropping it must not overflow.
    let src = format!("x = {}1 +\n", "-".repeat(200_000));
    let e = err(&src);
    assert_eq!(e.kind, ErrorKind::Syntax);
}

#[test]
fn deep_blocks() {
    let mut src = String::new();
    for i in 0..150 {
        src.push_str(&" ".repeat(i));
        src.push_str("if x:\n");
    }
    src.push_str(&" ".repeat(150));
    src.push_str("pass\n");
    let e = err(&src);
    assert_eq!(e.msg, "too many levels of indentation");
    assert_eq!(e.kind, ErrorKind::Indentation);
    // 21 nested loops: CPython's static block limit.
    let mut src = String::new();
    for i in 0..21 {
        src.push_str(&"    ".repeat(i));
        src.push_str("for x in y:\n");
    }
    src.push_str(&"    ".repeat(21));
    src.push_str("pass\n");
    assert_eq!(err(&src).msg, "too many statically nested blocks");
}

#[test]
fn moderately_deep_code_compiles() {
    let src = format!("x = {}1\n", "-".repeat(500));
    compile(&src, "ok.py", Mode::Exec).unwrap();
    let src = format!("x = {}\n", vec!["1"; 900].join(" + "));
    compile(&src, "ok.py", Mode::Exec).unwrap();
    let mut src = String::new();
    for i in 0..90 {
        src.push_str(&" ".repeat(i));
        src.push_str("def f():\n");
    }
    src.push_str(&" ".repeat(90));
    src.push_str("return x\n");
    compile(&src, "ok.py", Mode::Exec).unwrap();
}

/// `PROPTEST_CASES` overrides the default for longer local fuzzing runs.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000)
}

/// The snapshot and scope corpus: valid programs using every construct, to be mutated.
fn corpus() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect()
}

const TOKENS: &[&str] = &[
    "x", "y", "f", "(", ")", "[", "]", "{", "}", ":", ",", ".", ";", "=", "==", "+", "-", "*",
    "**", "/", "//", "%", "@", "<", ">", "not", "and", "or", "in", "is", "if", "else", "elif",
    "for", "while", "def", "class", "return", "yield", "lambda", "try", "except", "finally",
    "with", "as", "raise", "from", "import", "global", "nonlocal", "del", "pass", "break",
    "continue", "assert", "async", "await", "match", "case", "type", "1", "2.5", "0x1f", "3j",
    "'s'", "\"t\"", "f'{x}'", "b'b'", "'''", "\"", "#", "\\", "\n", "\n    ", "\n  ", "\t", " ",
    ":=", "->", "...", "None", "True", "*args", "**kw",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let src = String::from_utf8_lossy(&bytes);
        for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
            let _ = compile(&src, "fuzz.py", mode);
        }
    }

    #[test]
    fn token_soup_never_panics(idx in proptest::collection::vec(0..TOKENS.len(), 0..60)) {
        let src: String = idx.iter().map(|&i| TOKENS[i]).collect::<Vec<_>>().join(" ");
        for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
            if let Err(e) = compile(&src, "fuzz.py", mode) {
                // Rendering must not panic either, and must name the file.
                prop_assert!(e.to_string().contains("fuzz.py"));
                prop_assert!(!e.msg.contains("internal compiler error"), "{}\n{}", src, e);
            }
        }
    }

    #[test]
    fn token_soup_without_spaces_never_panics(idx in proptest::collection::vec(0..TOKENS.len(), 0..60)) {
        let src: String = idx.iter().map(|&i| TOKENS[i]).collect();
        if let Err(e) = compile(&src, "fuzz.py", Mode::Exec) {
            prop_assert!(!e.msg.contains("internal compiler error"), "{}\n{}", src, e);
        }
    }

    /// Valid programs with lines dropped, duplicated, re-indented or cut: mostly still-valid
    /// code with unusual shapes, which exercises the compiler (not just the parser).
    #[test]
    fn mutated_programs_compile_or_fail_cleanly(
        file in 0usize..64,
        edits in proptest::collection::vec((0usize..4, 0usize..200, 0usize..200), 1..6),
    ) {
        let corpus = corpus();
        let src = &corpus[file % corpus.len()];
        let mut lines: Vec<String> = src.lines().map(str::to_string).collect();
        for (op, a, b) in edits {
            if lines.is_empty() {
                break;
            }
            let i = a % lines.len();
            match op {
                0 => {
                    lines.remove(i);
                }
                1 => {
                    let l = lines[i].clone();
                    lines.insert(b % (lines.len() + 1), l);
                }
                2 => lines[i] = format!("    {}", lines[i]),
                _ => {
                    let cut = lines[i].char_indices().nth(b % (lines[i].chars().count() + 1)).map(|(k, _)| k).unwrap_or(lines[i].len());
                    lines[i].truncate(cut);
                }
            }
        }
        let mutated = lines.join("\n") + "\n";
        if let Err(e) = compile(&mutated, "mut.py", Mode::Exec) {
            prop_assert!(!e.msg.contains("internal compiler error"), "{}\n{}", mutated, e);
        }
    }
}

#[test]
fn large_modules_compile() {
    // Interning and position lookups are hash/offset based; this would take minutes if
    // anything were quadratic in the module size or line length.
    let mut src: String = (0..20_000)
        .map(|i| format!("v{i} = {i} + {i}.5 + 's{i}'\n"))
        .collect();
    src.push_str(&format!(
        "big = [{}]\n",
        (0..50_000)
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    ));
    src.push_str(&format!(
        "u = 'é' + str([{}])\n",
        (0..20_000)
            .map(|i| format!("x{i}"))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    let code = compile(&src, "big.py", Mode::Exec).unwrap();
    assert!(code.consts.len() > 60_000);
    assert_eq!(code.locations.last().map(|l| l.line), Some(20_002));
}
