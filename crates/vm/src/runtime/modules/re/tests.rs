//! Engine tests without the interpreter: no input may panic the parser, compiler or
//! matcher, results stay inside the subject, and the limits become errors.

use super::compile::compile;
use super::matcher::{Anchor, Error, Found, Matcher, UNSET};
use super::parse::{parse_pattern, ErrorKind};

fn cps(s: &str) -> Vec<u32> {
    s.chars().map(|c| c as u32).collect()
}

/// Compile `pat` and run it over `subject` with every anchor; check the spans.
fn run_all(pat: &[u32], subject: &[u32]) -> Option<Vec<Option<Found>>> {
    let parsed = parse_pattern(pat, true, 0).ok()?;
    let prog = compile(&parsed, true).ok()?;
    let mut out = Vec::new();
    for anchor in [Anchor::Match, Anchor::Full, Anchor::Search] {
        for pos in [0, subject.len() / 2] {
            let mut m = Matcher::new(&prog, subject, subject.len());
            let found = m
                .run(pos, anchor, pos > 0)
                .expect("small inputs stay in the limit");
            if let Some(f) = &found {
                assert!(pos <= f.slots[0] && f.slots[0] <= f.slots[1]);
                assert!(f.slots[1] <= subject.len());
                for pair in f.slots.chunks(2) {
                    if pair[0] != UNSET {
                        assert!(pair[0] <= pair[1] && pair[1] <= subject.len(), "{pair:?}");
                    }
                }
                if anchor == Anchor::Full {
                    assert_eq!(f.slots[1], subject.len());
                }
            }
            out.push(found);
        }
    }
    Some(out)
}

/// A deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

#[test]
fn random_token_soups_never_panic() {
    let tokens = [
        "a", "b", "(", ")", "|", "*", "+", "?", "{", "}", "{2}", "{1,3}", "[", "]", "^", "-", "\\",
        "\\1", "\\2", ".", "$", "(?:", "(?=", "(?!", "(?<=", "(?<!", "(?>", "(?P<n>", "(?P=n)",
        "(?(1)", "(?i)", "(?s:", "\\b", "\\B", "\\d", "\\w", "\\Z", "\\A", "*?", "++", "é", ",",
    ];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut compiled = 0;
    for _ in 0..20_000 {
        let n = (rng.next() % 12) as usize;
        let pat: String = (0..n).map(|_| rng.pick(&tokens)).collect();
        let subject: String = (0..(rng.next() % 10))
            .map(|_| rng.pick(&["a", "b", " ", "\n", "é", "1"]))
            .collect();
        if run_all(&cps(&pat), &cps(&subject)).is_some() {
            compiled += 1;
        }
    }
    // The soup must exercise the matcher, not only the parser's errors.
    assert!(compiled > 2_000, "only {compiled} patterns compiled");
}

#[test]
fn deep_nesting_is_a_recursion_error() {
    let pat = format!("{}a{}", "(".repeat(10_000), ")".repeat(10_000));
    let err = parse_pattern(&cps(&pat), true, 0).unwrap_err();
    assert_eq!(err.kind, ErrorKind::Recursion);
    let pat = format!("{}a{}", "(?:".repeat(400), ")*".repeat(400));
    let found = run_all(&cps(&pat), &cps("aaaa")).expect("400 levels compile");
    assert_eq!(found[0].as_ref().map(|f| f.slots[1]), Some(4));
}

#[test]
fn stack_exhaustion_is_an_error_not_a_crash() {
    let parsed = parse_pattern(&cps("(a|bc)*d"), true, 0).unwrap();
    let prog = compile(&parsed, true).unwrap();
    let subject = cps(&"a".repeat(100_000));
    let mut m = Matcher::new(&prog, &subject, subject.len()).with_stack_limit(10_000);
    assert_eq!(m.run(0, Anchor::Search, false), Err(Error::StackLimit));
    // With the default limit the same search completes (and finds nothing).
    let mut m = Matcher::new(&prog, &subject, subject.len());
    assert_eq!(m.run(0, Anchor::Match, false), Ok(None));
}

#[test]
fn long_subjects_do_not_recurse() {
    // A million iterations of a group: the explicit stack grows, the Rust stack does not.
    let parsed = parse_pattern(&cps("(?:(a)|b)*c"), true, 0).unwrap();
    let prog = compile(&parsed, true).unwrap();
    let mut subject = cps(&"ab".repeat(500_000));
    subject.push('c' as u32);
    let mut m = Matcher::new(&prog, &subject, subject.len());
    let f = m.run(0, Anchor::Full, false).unwrap().unwrap();
    assert_eq!((f.slots[2], f.slots[3]), (999_998, 999_999));
}
