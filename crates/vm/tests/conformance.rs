//! Conformance suite: every `tests/conformance/NAME.py` runs under pymem's runtime
//! (in-process, output captured) and must print exactly what CPython 3.12 printed when
//! `tests/conformance/record.sh` recorded `NAME.expected` (stdout), `NAME.expected_stderr`
//! (tracebacks) and `NAME.status` (exit status, when not 0).

use std::fs;
use std::path::{Path, PathBuf};

fn run_one(dir: &Path, name: &str) -> Result<(), String> {
    let file = format!("{name}.py");
    let source = fs::read_to_string(dir.join(&file)).map_err(|e| e.to_string())?;
    let dir2 = dir.to_path_buf();
    let argv = vec![file.clone()];
    // The interpreter recurses on the Rust stack for Python calls: give it room, as the CLI does.
    let out = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || vm::runtime::run_captured(&source, &file, argv, Some(dir2)))
        .map_err(|e| e.to_string())?
        .join()
        .map_err(|_| format!("{name}: the interpreter panicked"))?;
    let expected =
        fs::read_to_string(dir.join(format!("{name}.expected"))).map_err(|e| e.to_string())?;
    let expected_err =
        fs::read_to_string(dir.join(format!("{name}.expected_stderr"))).unwrap_or_default();
    let expected_status: i32 = fs::read_to_string(dir.join(format!("{name}.status")))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    let mut problems = Vec::new();
    if out.stdout != expected {
        problems.push(format!("stdout differs:\n{}", diff(&expected, &out.stdout)));
    }
    if out.stderr != expected_err {
        problems.push(format!(
            "stderr differs:\n{}",
            diff(&expected_err, &out.stderr)
        ));
    }
    if out.status != expected_status {
        problems.push(format!(
            "exit status {} (expected {})",
            out.status, expected_status
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{name}: {}", problems.join("\n")))
    }
}

fn diff(expected: &str, got: &str) -> String {
    let (e, g): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), got.lines().collect());
    let mut out = String::new();
    for i in 0..e.len().max(g.len()) {
        let (a, b) = (e.get(i).copied(), g.get(i).copied());
        if a != b {
            out.push_str(&format!(
                "  line {}:\n    expected: {:?}\n    got:      {:?}\n",
                i + 1,
                a,
                b
            ));
        }
    }
    out
}

#[test]
fn conformance_scripts_match_cpython() {
    let dir: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .expect("conformance directory")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".py") && !n.starts_with('_'))
        .map(|n| n.trim_end_matches(".py").to_string())
        .collect();
    names.sort();
    assert!(
        names.len() >= 15,
        "expected the conformance scripts, found {}",
        names.len()
    );
    let failures: Vec<String> = names
        .iter()
        .filter_map(|n| run_one(&dir, n).err())
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} scripts failed:\n{}",
        failures.len(),
        names.len(),
        failures.join("\n\n")
    );
}
