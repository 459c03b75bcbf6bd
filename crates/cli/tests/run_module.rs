//! `pymem -m MODULE` against python3.12's recorded runs (run_module/record.sh): modules and
//! packages in the current directory, run as `__main__` the way runpy runs them (parent
//! packages imported first, relative imports, a package's `__main__.py`, `sys.argv`), and
//! CPython's messages, tracebacks and exit statuses when that fails.

use std::path::{Path, PathBuf};
use std::process::Command;

const PYMEM: &str = env!("CARGO_BIN_EXE_pymem");

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/run_module")
}

/// A run written as record.sh writes python's: stdout, stderr, status; the fixture
/// directory as `<DIR>` and the interpreter's name before its own messages as `<PYTHON>`.
fn run(dir: &Path, args: &[&str]) -> String {
    let out = Command::new(PYMEM)
        .arg("-m")
        .args(args)
        .current_dir(dir)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("pymem runs");
    let status = out
        .status
        .code()
        .map_or("signal".to_string(), |c| c.to_string());
    let stderr: String = String::from_utf8_lossy(&out.stderr)
        .lines()
        .map(|l| match l.strip_prefix("pymem: ") {
            Some(rest) => format!("<PYTHON>: {rest}\n"),
            None => format!("{l}\n"),
        })
        .collect();
    let text = format!(
        "--- stdout\n{}--- stderr\n{stderr}--- status {status}\n",
        String::from_utf8_lossy(&out.stdout)
    );
    text.replace(&*dir.to_string_lossy(), "<DIR>")
}

#[test]
fn m_runs_modules_and_packages_as_python_does() {
    let dir = fixtures().canonicalize().expect("fixture directory");
    let cases = std::fs::read_to_string(dir.join("cases.txt")).expect("cases.txt");
    let mut failures = Vec::new();
    let mut count = 0;
    for line in cases
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let mut words = line.split_whitespace();
        let name = words.next().expect("a case name");
        let args: Vec<&str> = words.collect();
        let expected = std::fs::read_to_string(dir.join(format!("expected/{name}.txt")))
            .unwrap_or_else(|e| panic!("expected/{name}.txt: {e} (run record.sh)"));
        let got = run(&dir, &args);
        if got != expected {
            failures.push(format!("{name}:\n-- expected\n{expected}-- got\n{got}"));
        }
        count += 1;
    }
    assert!(count >= 10, "cases.txt has {count} cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
