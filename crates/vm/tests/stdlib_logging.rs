//! `logging` output that contains the time, which the conformance suite cannot record:
//! the `%(asctime)s` shape (CPython's `2026-11-25 18:15:56,805`: local time, milliseconds)
//! and the seed notebook's log lines (`examples/seed_notebook.py` without its ctypes cell,
//! cut by [`notebook_without_ctypes`]) against python3.12's, recorded by
//! `tests/stdlib/record.sh` (which cuts the notebook the same way) with timestamps, addresses
//! and bucket numbers masked.

use std::path::{Path, PathBuf};

fn run(source: &str, file: &str) -> vm::runtime::RunOutput {
    let (source, file) = (source.to_string(), file.to_string());
    let dir: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/stdlib");
    std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || vm::runtime::run_captured(&source, &file, vec![file.clone()], Some(dir)))
        .expect("spawn")
        .join()
        .expect("the interpreter panicked")
}

/// Splits `YYYY-MM-DD HH:MM:SS,mmmREST` into the date, the time fields and REST;
/// `None` when the line does not start with CPython's asctime shape.
fn split_asctime(line: &str) -> Option<(&str, [u32; 4], &str)> {
    let b = line.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|s| s.iter().all(u8::is_ascii_digit))
    };
    let shape = digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10)
        && b.get(10) == Some(&b' ')
        && digits(11..13)
        && b.get(13) == Some(&b':')
        && digits(14..16)
        && b.get(16) == Some(&b':')
        && digits(17..19)
        && b.get(19) == Some(&b',')
        && digits(20..23);
    if !shape {
        return None;
    }
    let num = |r: std::ops::Range<usize>| line[r].parse::<u32>().ok();
    let fields = [num(11..13)?, num(14..16)?, num(17..19)?, num(20..23)?];
    Some((&line[..10], fields, &line[23..]))
}

/// Today's local date, as `%Y-%m-%d`.
fn today() -> String {
    chrono::Local::now().format("%Y-%m-%d").to_string()
}

#[test]
fn asctime_is_local_time_with_milliseconds() {
    let before = today();
    let out = run(
        "import logging\n\
         logging.basicConfig(format='%(asctime)s|%(msecs)d|%(message)s')\n\
         logging.warning('one')\n\
         logging.getLogger('x').error('two %s', 2)\n",
        "asctime.py",
    );
    let after = today();
    assert_eq!(out.status, 0, "stderr: {}", out.stderr);
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert_eq!(lines.len(), 2, "stderr: {}", out.stderr);
    for (line, msg) in lines.iter().zip(["one", "two 2"]) {
        let (date, [h, m, s, ms], rest) =
            split_asctime(line).unwrap_or_else(|| panic!("not an asctime line: {line:?}"));
        assert!(
            date == before || date == after,
            "{date} is not today ({before})"
        );
        assert!(h < 24 && m < 60 && s < 61 && ms < 1000, "{line:?}");
        // %(msecs)d is the same millisecond count asctime shows after the comma.
        assert_eq!(rest, format!("|{ms}|{msg}"), "{line:?}");
    }
}

#[test]
fn datefmt_replaces_the_default_time_format() {
    let out = run(
        "import logging, time\n\
         logging.basicConfig(format='%(asctime)s %(message)s', datefmt='%Y/%m/%d')\n\
         logging.warning('x')\n\
         print(time.strftime('%Y/%m/%d'))\n",
        "datefmt.py",
    );
    assert_eq!(out.status, 0, "stderr: {}", out.stderr);
    let today = out.stdout.trim();
    assert_eq!(today.len(), 10, "{today:?}");
    assert_eq!(out.stderr, format!("{today} x\n"));
}

/// The masking `tests/stdlib/record.sh` applies to python3.12's output.
fn mask(line: &str) -> Option<String> {
    let line = match split_asctime(line) {
        Some((_, _, rest)) => format!("<asctime>{rest}"),
        None => line.to_string(),
    };
    if line.starts_with("<asctime> [INFO]   bucket ") {
        return None;
    }
    let mut out = String::new();
    let mut rest = line.as_str();
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i]);
        out.push_str("0x?");
        rest = rest[i + 2..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
    }
    out.push_str(rest);
    if let Some(i) = out.find("objects, ") {
        if out.ends_with(" buckets") {
            out = format!("{}objects, N buckets", &out[..i]);
        }
    }
    Some(out)
}

/// The seed notebook without its ctypes/os imports and its low-level (ctypes) cell: the part
/// whose log lines can be compared with CPython's. `tests/stdlib/record.sh` cuts it the same way.
fn notebook_without_ctypes() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/seed_notebook.py");
    let notebook = std::fs::read_to_string(path).expect("examples/seed_notebook.py");
    let mut out = String::new();
    for line in notebook.lines() {
        if line.starts_with("# --- Low-level structs") {
            break;
        }
        if line == "import ctypes" || line == "import os" || line.starts_with("from ctypes import")
        {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[test]
fn seed_notebook_log_lines_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/stdlib");
    let source = notebook_without_ctypes();
    assert!(source.contains("def demo_alloc_and_reuse") && !source.contains("ctypes"));
    let expected = std::fs::read_to_string(dir.join("seed_notebook_logging.expected_stderr"))
        .expect("recorded output");
    let out = run(&source, "seed_notebook_logging.py");
    assert_eq!(out.status, 0, "stderr: {}", out.stderr);
    assert_eq!(out.stdout, "");
    for line in out.stderr.lines() {
        assert!(split_asctime(line).is_some(), "not a log line: {line:?}");
    }
    let got: Vec<String> = out.stderr.lines().filter_map(mask).collect();
    let want: Vec<&str> = expected.lines().collect();
    assert_eq!(got, want);
    // Each wave's bucket lines account for at most its 10,000 objects.
    let mut total = 0;
    for line in out.stderr.lines() {
        if let Some(n) = line.split("bucket ").nth(1) {
            let count: u32 = n
                .split(": ")
                .nth(1)
                .and_then(|c| c.trim_end_matches(" objects").parse().ok())
                .unwrap_or_else(|| panic!("bucket line {line:?}"));
            total += count;
        }
    }
    assert!(
        total > 0 && total <= 20_000,
        "bucket counts add up to {total}"
    );
}

#[test]
fn converter_gmtime_gives_utc_asctime() {
    let out = run(
        "import logging, time\n\
         class UTC(logging.Formatter):\n\
         \x20   converter = time.gmtime\n\
         f = UTC('%(asctime)s', datefmt='%Y-%m-%d %H:%M')\n\
         r = logging.makeLogRecord({'created': 86400.0 * 365, 'msecs': 0})\n\
         print(f.format(r))\n\
         g = logging.Formatter('%(asctime)s', datefmt='%H:%M')\n\
         g.converter = time.gmtime\n\
         print(g.format(logging.makeLogRecord({'created': 3600.0 * 5 + 60 * 7})))\n",
        "converter.py",
    );
    assert_eq!(out.status, 0, "stderr: {}", out.stderr);
    assert_eq!(out.stdout, "1971-01-01 00:00\n05:07\n");
}

#[test]
fn basic_config_filename_writes_the_file_with_filemode() {
    let path = std::env::temp_dir().join(format!("pymem-logging-{}.log", std::process::id()));
    let p = path.to_string_lossy().to_string();
    std::fs::write(&path, "old line\n").expect("temp file");
    let script = format!(
        "import logging\n\
         logging.basicConfig(filename={p:?}, filemode='a', level=logging.DEBUG,\n\
         \x20                   format='%(levelname)s:%(name)s:%(message)s')\n\
         logging.debug('first %d', 1)\n\
         logging.getLogger('db').warning('second')\n\
         print(logging.root.handlers[0].baseFilename == {p:?})\n\
         logging.basicConfig(filename={p:?}, filemode='w', force=True, format='%(message)s')\n\
         logging.error('only line')\n\
         logging.shutdown()\n"
    );
    let out = run(&script, "filelog.py");
    assert_eq!(out.status, 0, "stderr: {}", out.stderr);
    assert_eq!(out.stdout, "True\n");
    assert_eq!(out.stderr, "");
    let text = std::fs::read_to_string(&path).expect("log file");
    let _ = std::fs::remove_file(&path);
    assert_eq!(text, "only line\n");
}

#[test]
fn basic_config_filename_appends() {
    let path = std::env::temp_dir().join(format!("pymem-logging-a-{}.log", std::process::id()));
    let p = path.to_string_lossy().to_string();
    std::fs::write(&path, "old line\n").expect("temp file");
    let script = format!(
        "import logging\n\
         logging.basicConfig(filename={p:?}, level=logging.DEBUG)\n\
         logging.debug('first %d', 1)\n\
         logging.getLogger('db').warning('second')\n"
    );
    let out = run(&script, "fileappend.py");
    assert_eq!(out.status, 0, "stderr: {}", out.stderr);
    let text = std::fs::read_to_string(&path).expect("log file");
    let _ = std::fs::remove_file(&path);
    assert_eq!(text, "old line\nDEBUG:root:first 1\nWARNING:db:second\n");
}
