//! Our `_debugmallocstats` report against CPython 3.12's, recorded in
//! `tests/data/debugmallocstats-3.12.txt` (re-record with `tests/data/record.sh`).
//!
//! Numbers differ between any two processes, so we compare the *shape*: every line with
//! its digits masked. The size-class rows are compared as a set of shapes (which classes
//! have pools differs), every other line of the allocator section must match one to one,
//! and the free-list lines that follow it in CPython must be reproducible with
//! `write_type_stats_line`.

use obmalloc::{write_type_stats_line, Obmalloc};

const CPYTHON: &str = include_str!("data/debugmallocstats-3.12.txt");

/// The line with every number (digits, with commas between them) replaced by `#`.
fn shape(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            while chars.next_if(|&n| n.is_ascii_digit() || n == ',').is_some() {}
            out.push('#');
        } else {
            out.push(c);
        }
    }
    out
}

/// Numbers are right-aligned in fixed columns: a wider number eats into the padding but
/// the line length stays put. So compare the length and the shape with spaces collapsed.
fn aligned(line: &str) -> (usize, String) {
    let s = shape(line);
    (
        line.len(),
        s.split_whitespace().collect::<Vec<_>>().join(" "),
    )
}

fn is_class_row(line: &str) -> bool {
    line.len() == 54 && line.trim_start().starts_with(|c: char| c.is_ascii_digit())
}

fn allocator_section(report: &str) -> Vec<&str> {
    // CPython's allocator section ends with the arena map's "Total" line.
    let lines: Vec<&str> = report.lines().collect();
    let end = lines
        .iter()
        .rposition(|l| l.starts_with("Total"))
        .expect("a Total line");
    lines[..=end].to_vec()
}

#[test]
fn allocator_section_has_cpythons_shape() {
    let a = Obmalloc::new();
    let blocks: Vec<_> = (0..20_000)
        .map(|i| a.alloc(1 + (i * 37) % 512).unwrap())
        .collect();
    let ours = a.report();
    let theirs = allocator_section(CPYTHON);
    let ours = allocator_section(&ours);

    let (their_rows, their_rest): (Vec<&str>, Vec<&str>) =
        theirs.iter().partition(|l| is_class_row(l));
    let (our_rows, our_rest): (Vec<&str>, Vec<&str>) = ours.iter().partition(|l| is_class_row(l));
    assert!(!their_rows.is_empty() && !our_rows.is_empty());
    for row in &our_rows {
        assert_eq!(row.len(), their_rows[0].len(), "class row width: {row:?}");
        let fields: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(fields.len(), 5, "{row:?}");
    }
    assert_eq!(
        our_rest.len(),
        their_rest.len(),
        "line count outside the class rows"
    );
    for (o, t) in our_rest.iter().zip(&their_rest) {
        assert_eq!(aligned(o), aligned(t), "\nours:   {o:?}\ntheirs: {t:?}");
    }
    for p in blocks {
        // SAFETY: each block came from `a.alloc` and is freed once.
        unsafe { a.free(p) };
    }
}

#[test]
fn free_list_lines_reproduce_cpythons() {
    // Every "N free X * S bytes each = T" line CPython printed must come out identical
    // from write_type_stats_line with the same numbers.
    let mut checked = 0;
    for line in CPYTHON
        .lines()
        .filter(|l| l.contains(" free ") && l.contains("bytes each"))
    {
        let (label, _) = line.split_once('=').unwrap();
        let words: Vec<&str> = label.split_whitespace().collect();
        let count: usize = words[0].parse().unwrap();
        let size: usize = words[words.len() - 3].parse().unwrap();
        // "free PyFloatObjects" -> block name "free PyFloatObject" (the s is added back).
        let name = words[1..words.len() - 4].join(" ");
        let name = name.strip_suffix('s').unwrap();
        let mut ours = String::new();
        write_type_stats_line(&mut ours, name, count, size).unwrap();
        assert_eq!(ours, format!("{line}\n"));
        checked += 1;
    }
    assert!(
        checked >= 20,
        "expected CPython's dict, float, list and tuple lines"
    );
}
