//! Disassembly snapshots: every `corpus/NAME.py` compiles to exactly `corpus/NAME.dis`.
//!
//! The snapshots were reviewed by hand when written. After an intended change to the compiler,
//! re-bless them with `UPDATE_SNAPSHOTS=1 cargo test -p vm --test snapshots` and review the diff.

use std::path::Path;

#[test]
fn disassembly_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    cases.sort();
    assert!(!cases.is_empty());
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_str().unwrap();
        let source = std::fs::read_to_string(case).unwrap();
        let got = match vm::compile(&source, name, vm::Mode::Exec) {
            Ok(code) => code.disassemble(),
            Err(e) => format!("ERROR\n{e}\n"),
        };
        let expected_path = case.with_extension("dis");
        if update {
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if got != expected {
            failures.push(format!("--- {name}\n{got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "snapshots differ (UPDATE_SNAPSHOTS=1 to re-bless):\n{}",
        failures.join("\n")
    );
}
