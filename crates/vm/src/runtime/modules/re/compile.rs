//! From the parse tree to a program for the backtracking matcher (`matcher.rs`), resolving
//! what the flags mean as `re/_compiler.py` does: IGNORECASE, DOTALL and MULTILINE pick the
//! instruction, ASCII/UNICODE (scoped by `(?a:...)`, which replaces the type flag) pick the
//! character rules of categories and word boundaries.

use super::chars::{ascii_lower, uni_lower};
use super::parse::{self, flag, At, Cat, Node, Parsed, RepKind, SetItem};

/// Which character rules categories and `\b` follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// ASCII (bytes patterns, `re.ASCII`).
    Ascii,
    /// Unicode (str patterns).
    Unicode,
}

/// How characters compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fold {
    /// Exactly.
    Exact,
    /// Ignoring ASCII case.
    Ascii,
    /// Ignoring case by simple lowercase and `_casefix`.
    Unicode,
}

impl Fold {
    /// The lowercase this folding compares.
    pub fn lower(self, c: u32) -> u32 {
        match self {
            Fold::Exact => c,
            Fold::Ascii => ascii_lower(c),
            Fold::Unicode => uni_lower(c),
        }
    }
}

/// A single-character test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// This character (exact or ignoring case: then the value is lowercase).
    Lit(u32, Fold),
    /// Any other character.
    NotLit(u32, Fold),
    /// `.` without DOTALL.
    Any,
    /// `.` with DOTALL.
    AnyAll,
    /// `\d` and friends.
    Cat(Cat, Mode),
    /// A set (index into [`Program::sets`]).
    Set(usize),
}

/// A character set with the rules it was compiled under.
#[derive(Debug, Clone)]
pub struct CharSet {
    /// Members.
    pub items: Vec<SetItem>,
    /// `[^...]`
    pub negate: bool,
    /// Category rules.
    pub mode: Mode,
    /// Case rules.
    pub fold: Fold,
    /// Whether each of the characters 0..=255 is in the set (negation applied): the
    /// common characters cost one bit test.
    pub latin1: [u64; 4],
}

/// Zero-width tests with their flags resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AtCode {
    /// `^`, `\A`: the start of the string.
    Beginning,
    /// `^` with MULTILINE.
    BeginningLine,
    /// `$`: the end, or before a final newline.
    End,
    /// `$` with MULTILINE.
    EndLine,
    /// `\Z`
    EndString,
    /// `\b`
    Boundary(Mode),
    /// `\B`
    NonBoundary(Mode),
}

/// One instruction. Jump targets are indices into [`Program::insts`].
#[derive(Debug, Clone)]
pub enum Inst {
    /// Consume a character that passes the test.
    Unit(Unit),
    /// A zero-width test.
    At(AtCode),
    /// Continue at the first target; on backtracking, at the second.
    Split(usize, usize),
    /// Continue at the target.
    Jmp(usize),
    /// Record the position in a capture slot (group g: slots 2g, 2g+1).
    Save(usize),
    /// Start a repeat: its count and last iteration position reset.
    RepStart(usize),
    /// Greedy repeat head: the body follows, `exit` is after it.
    RepGreedy {
        /// Counter register.
        reg: usize,
        /// Minimum count.
        min: u32,
        /// Maximum count.
        max: u32,
        /// Where the tail starts.
        exit: usize,
    },
    /// Lazy repeat head.
    RepLazy {
        /// Counter register.
        reg: usize,
        /// Minimum count.
        min: u32,
        /// Maximum count.
        max: u32,
        /// Where the tail starts.
        exit: usize,
    },
    /// Possessive repeat head (its body is an atomic group).
    RepPossessive {
        /// Counter register.
        reg: usize,
        /// Minimum count.
        min: u32,
        /// Maximum count.
        max: u32,
        /// Where the tail starts.
        exit: usize,
    },
    /// A repeat of one single-character test (sre's REPEAT_ONE).
    RepOne {
        /// The test.
        unit: Unit,
        /// Minimum count.
        min: u32,
        /// Maximum count.
        max: u32,
        /// Greedy, lazy or possessive.
        kind: RepKind,
    },
    /// Match what a group matched.
    GroupRef {
        /// The group.
        group: usize,
        /// Case rules.
        fold: Fold,
    },
    /// Continue if the group matched, else jump to `no`.
    GroupExists {
        /// The group.
        group: usize,
        /// The else branch.
        no: usize,
    },
    /// A lookaround whose body follows, ending with `Succeed` at `end`.
    Look {
        /// Lookbehind?
        behind: bool,
        /// Negative?
        negate: bool,
        /// A lookbehind's width.
        width: usize,
        /// Index of the body's `Succeed`.
        end: usize,
    },
    /// An atomic group whose body follows, ending with `Succeed` at `end`.
    Atomic {
        /// Index of the body's `Succeed`.
        end: usize,
    },
    /// End of a lookaround or atomic body.
    Succeed,
    /// The whole pattern matched.
    Match,
}

/// A compiled pattern.
#[derive(Debug)]
pub struct Program {
    /// The instructions.
    pub insts: Vec<Inst>,
    /// Character sets.
    pub sets: Vec<CharSet>,
    /// Repeat registers.
    pub nregs: usize,
    /// Capture slots (two per group, group 0 included).
    pub nslots: usize,
    /// The pattern can only match at the start of the string (`\A`, `^`).
    pub anchored: bool,
    /// Characters every match starts with, compared exactly (for searching: a search
    /// jumps to the next place they occur).
    pub prefix: Vec<u32>,
    /// When there is no prefix: the characters a match can start with (a search skips
    /// the others without trying to match there).
    pub starts: Option<StartSet>,
}

/// The characters some match may start with: a superset, computed from the program.
#[derive(Debug, Clone)]
pub struct StartSet {
    /// Every match consumes a first character that passes one of these tests.
    pub units: Vec<Unit>,
    /// Whether each of the characters 0..=255 passes one of [`StartSet::units`].
    pub latin1: [u64; 4],
}

struct Compiler {
    insts: Vec<Inst>,
    sets: Vec<CharSet>,
    nregs: usize,
    istext: bool,
    widths: Vec<(u64, u64)>,
}

/// A compile error (`re.error` without a position).
#[derive(Debug)]
pub struct CompileError(pub &'static str);

impl Compiler {
    fn mode(&self, flags: u32) -> Mode {
        if self.istext && flags & flag::UNICODE != 0 {
            Mode::Unicode
        } else {
            Mode::Ascii
        }
    }

    fn fold(&self, flags: u32) -> Fold {
        if flags & flag::IGNORECASE == 0 {
            Fold::Exact
        } else if self.mode(flags) == Mode::Unicode {
            Fold::Unicode
        } else {
            Fold::Ascii
        }
    }

    fn emit(&mut self, i: Inst) -> usize {
        self.insts.push(i);
        self.insts.len() - 1
    }

    fn unit(&mut self, n: &Node, flags: u32) -> Option<Unit> {
        let fold = self.fold(flags);
        Some(match n {
            Node::Literal(c) => Unit::Lit(fold.lower(*c), fold),
            Node::NotLiteral(c) => Unit::NotLit(fold.lower(*c), fold),
            Node::Any if flags & flag::DOTALL != 0 => Unit::AnyAll,
            Node::Any => Unit::Any,
            Node::Category(c) => Unit::Cat(*c, self.mode(flags)),
            Node::In(items, negate) => {
                let mut set = CharSet {
                    items: items.clone(),
                    negate: *negate,
                    mode: self.mode(flags),
                    fold,
                    latin1: [0; 4],
                };
                for c in 0..256u32 {
                    if super::matcher::set_matches_slow(&set, c) {
                        set.latin1[(c / 64) as usize] |= 1 << (c % 64);
                    }
                }
                self.sets.push(set);
                Unit::Set(self.sets.len() - 1)
            }
            _ => return None,
        })
    }

    fn seq(&mut self, nodes: &[Node], flags: u32) -> Result<(), CompileError> {
        for n in nodes {
            self.node(n, flags)?;
        }
        Ok(())
    }

    fn node(&mut self, n: &Node, flags: u32) -> Result<(), CompileError> {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.node_inner(n, flags))
    }

    fn node_inner(&mut self, n: &Node, flags: u32) -> Result<(), CompileError> {
        if let Some(u) = self.unit(n, flags) {
            self.emit(Inst::Unit(u));
            return Ok(());
        }
        match n {
            Node::At(a) => {
                let ml = flags & flag::MULTILINE != 0;
                let code = match a {
                    At::Beginning if ml => AtCode::BeginningLine,
                    At::Beginning | At::BeginningString => AtCode::Beginning,
                    At::End if ml => AtCode::EndLine,
                    At::End => AtCode::End,
                    At::EndString => AtCode::EndString,
                    At::Boundary => AtCode::Boundary(self.mode(flags)),
                    At::NonBoundary => AtCode::NonBoundary(self.mode(flags)),
                };
                self.emit(Inst::At(code));
            }
            Node::Branch(alts) => {
                let mut jumps = Vec::new();
                for (i, alt) in alts.iter().enumerate() {
                    if i + 1 < alts.len() {
                        let split = self.emit(Inst::Split(0, 0));
                        self.seq(alt, flags)?;
                        jumps.push(self.emit(Inst::Jmp(0)));
                        let next = self.insts.len();
                        self.insts[split] = Inst::Split(split + 1, next);
                    } else {
                        self.seq(alt, flags)?;
                    }
                }
                let end = self.insts.len();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Group {
                group,
                add,
                del,
                body,
            } => {
                let mut f = flags;
                if add & flag::TYPE_FLAGS != 0 {
                    f &= !flag::TYPE_FLAGS;
                }
                let f = (f | add) & !del;
                if let Some(g) = group {
                    self.emit(Inst::Save(2 * g));
                    self.seq(body, f)?;
                    self.emit(Inst::Save(2 * g + 1));
                } else {
                    self.seq(body, f)?;
                }
            }
            Node::Atomic(body) => {
                let at = self.emit(Inst::Atomic { end: 0 });
                self.seq(body, flags)?;
                let end = self.emit(Inst::Succeed);
                self.insts[at] = Inst::Atomic { end };
            }
            Node::Repeat {
                min,
                max,
                kind,
                body,
            } => self.repeat(*min, *max, *kind, body, flags)?,
            Node::GroupRef(g) => {
                let fold = self.fold(flags);
                self.emit(Inst::GroupRef { group: *g, fold });
            }
            Node::GroupRefExists { group, yes, no } => {
                let test = self.emit(Inst::GroupExists {
                    group: *group,
                    no: 0,
                });
                self.seq(yes, flags)?;
                let jmp = self.emit(Inst::Jmp(0));
                let no_at = self.insts.len();
                if let Some(no) = no {
                    self.seq(no, flags)?;
                }
                let end = self.insts.len();
                self.insts[test] = Inst::GroupExists {
                    group: *group,
                    no: no_at,
                };
                self.insts[jmp] = Inst::Jmp(end);
            }
            Node::Assert {
                behind,
                negate,
                body,
            } => {
                let mut w = 0;
                if *behind {
                    let (lo, hi) = parse::width(body, &self.widths);
                    if lo > u32::MAX as u64 {
                        return Err(CompileError("looks too much behind"));
                    }
                    if lo != hi {
                        return Err(CompileError("look-behind requires fixed-width pattern"));
                    }
                    w = lo as usize;
                }
                let at = self.emit(Inst::Succeed);
                self.seq(body, flags)?;
                let end = self.emit(Inst::Succeed);
                self.insts[at] = Inst::Look {
                    behind: *behind,
                    negate: *negate,
                    width: w,
                    end,
                };
            }
            // Units were handled above.
            _ => {}
        }
        Ok(())
    }

    fn repeat(
        &mut self,
        min: u32,
        max: u32,
        kind: RepKind,
        body: &[Node],
        flags: u32,
    ) -> Result<(), CompileError> {
        if flags & flag::TEMPLATE != 0 {
            return Err(CompileError(match kind {
                RepKind::Greedy => "internal: unsupported template operator MAX_REPEAT",
                RepKind::Lazy => "internal: unsupported template operator MIN_REPEAT",
                RepKind::Possessive => "internal: unsupported template operator POSSESSIVE_REPEAT",
            }));
        }
        if let [single] = body {
            if let Some(unit) = self.unit(single, flags) {
                self.emit(Inst::RepOne {
                    unit,
                    min,
                    max,
                    kind,
                });
                return Ok(());
            }
        }
        let reg = self.nregs;
        self.nregs += 1;
        if kind == RepKind::Possessive {
            // sre's POSSESSIVE_REPEAT: each iteration is atomic, and the loop as a whole
            // never gives an iteration back.
            let outer = self.emit(Inst::Atomic { end: 0 });
            self.emit(Inst::RepStart(reg));
            let head = self.emit(Inst::Jmp(0));
            let inner = self.emit(Inst::Atomic { end: 0 });
            self.seq(body, flags)?;
            let inner_end = self.emit(Inst::Succeed);
            self.insts[inner] = Inst::Atomic { end: inner_end };
            self.emit(Inst::Jmp(head));
            let exit = self.insts.len();
            self.insts[head] = Inst::RepPossessive {
                reg,
                min,
                max,
                exit,
            };
            let outer_end = self.emit(Inst::Succeed);
            self.insts[outer] = Inst::Atomic { end: outer_end };
            return Ok(());
        }
        self.emit(Inst::RepStart(reg));
        let head = self.emit(Inst::Jmp(0));
        self.seq(body, flags)?;
        self.emit(Inst::Jmp(head));
        let exit = self.insts.len();
        self.insts[head] = if kind == RepKind::Lazy {
            Inst::RepLazy {
                reg,
                min,
                max,
                exit,
            }
        } else {
            Inst::RepGreedy {
                reg,
                min,
                max,
                exit,
            }
        };
        Ok(())
    }
}

/// Nesting past which the prefix walk stops looking (a shorter prefix is still right).
const PREFIX_DEPTH: u32 = 32;

/// Appends to `out` the literal characters every match of `nodes` starts with; `true`
/// when `nodes` matches exactly those characters, so that what follows extends the prefix.
fn literal_prefix(nodes: &[Node], flags: u32, depth: u32, out: &mut Vec<u32>) -> bool {
    if flags & flag::IGNORECASE != 0 || depth > PREFIX_DEPTH {
        return false;
    }
    for n in nodes {
        match n {
            Node::Literal(c) => out.push(*c),
            Node::Group { body, add, del, .. } => {
                let mut f = flags;
                if add & flag::TYPE_FLAGS != 0 {
                    f &= !flag::TYPE_FLAGS;
                }
                if !literal_prefix(body, (f | add) & !del, depth + 1, out) {
                    return false;
                }
            }
            Node::Branch(alts) => {
                // What all alternatives start with; whatever follows the branch may come
                // after a longer alternative, so the prefix ends here.
                let mut common: Option<Vec<u32>> = None;
                for alt in alts {
                    let mut p = Vec::new();
                    literal_prefix(alt, flags, depth + 1, &mut p);
                    common = Some(match common {
                        None => p,
                        Some(mut c) => {
                            let same = c.iter().zip(&p).take_while(|(a, b)| a == b).count();
                            c.truncate(same);
                            c
                        }
                    });
                }
                out.extend(common.unwrap_or_default());
                return false;
            }
            // The first iteration's prefix; more iterations may follow.
            Node::Repeat { min, body, .. } if *min > 0 => {
                literal_prefix(body, flags, depth + 1, out);
                return false;
            }
            _ => return false,
        }
    }
    true
}

/// Most tests a start set holds (beyond that, testing them costs more than it saves).
const MAX_START_UNITS: usize = 16;

/// The single-character tests one of which the first character of every match passes,
/// found by following the program from its start through everything that consumes
/// nothing. `None` when a match may be empty or may begin with something this walk does
/// not look into (a group reference, a lookaround, an atomic group). Zero-width tests
/// (`^`, `\b`) are stepped over: they only narrow where a match starts, and the character
/// consumed first is still the one at the start.
fn start_units(insts: &[Inst]) -> Option<Vec<Unit>> {
    let mut seen = vec![false; insts.len()];
    let mut todo = vec![0usize];
    let mut units: Vec<Unit> = Vec::new();
    while let Some(pc) = todo.pop() {
        if std::mem::replace(seen.get_mut(pc)?, true) {
            continue;
        }
        match &insts[pc] {
            Inst::Unit(u) => units.push(*u),
            Inst::RepOne { unit, min, .. } => {
                units.push(*unit);
                if *min == 0 {
                    todo.push(pc + 1);
                }
            }
            Inst::At(_) | Inst::Save(_) | Inst::RepStart(_) => todo.push(pc + 1),
            Inst::Jmp(t) => todo.push(*t),
            Inst::Split(a, b) => todo.extend([*a, *b]),
            // Entering the body or leaving: either may come first.
            Inst::RepGreedy { exit, .. } | Inst::RepLazy { exit, .. } => {
                todo.extend([pc + 1, *exit])
            }
            Inst::GroupExists { no, .. } => todo.extend([pc + 1, *no]),
            _ => return None,
        }
        if units.len() > MAX_START_UNITS {
            return None;
        }
    }
    units.dedup();
    Some(units)
}

/// The start set of a program, when it rules out some of the characters 0..=255 (one
/// that admits them all would cost a test per position and skip nothing).
fn start_set(insts: &[Inst], sets: &[CharSet]) -> Option<StartSet> {
    let units = start_units(insts)?;
    let mut latin1 = [0u64; 4];
    for c in 0..256u32 {
        if units
            .iter()
            .any(|u| super::matcher::unit_matches(sets, u, c))
        {
            latin1[(c / 64) as usize] |= 1 << (c % 64);
        }
    }
    if latin1 == [u64::MAX; 4] {
        return None;
    }
    Some(StartSet { units, latin1 })
}

/// Compile a parsed pattern.
pub fn compile(p: &Parsed, istext: bool) -> Result<Program, CompileError> {
    let mut c = Compiler {
        insts: Vec::new(),
        sets: Vec::new(),
        nregs: 0,
        istext,
        widths: p.widths.clone(),
    };
    c.seq(&p.nodes, p.flags)?;
    c.emit(Inst::Match);
    let anchored = matches!(p.nodes.first(), Some(Node::At(At::BeginningString)))
        || (matches!(p.nodes.first(), Some(Node::At(At::Beginning)))
            && p.flags & flag::MULTILINE == 0);
    let mut prefix = Vec::new();
    literal_prefix(&p.nodes, p.flags, 0, &mut prefix);
    let starts = if prefix.is_empty() {
        start_set(&c.insts, &c.sets)
    } else {
        None
    };
    Ok(Program {
        insts: c.insts,
        sets: c.sets,
        nregs: c.nregs,
        nslots: 2 * p.groups,
        anchored,
        prefix,
        starts,
    })
}
