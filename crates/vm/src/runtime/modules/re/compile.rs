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
    /// A character every match starts with (for searching).
    pub first_char: Option<u32>,
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

/// The first character every match must start with, if the pattern says so plainly.
fn first_char(nodes: &[Node], flags: u32) -> Option<u32> {
    if flags & flag::IGNORECASE != 0 {
        return None;
    }
    match nodes.first()? {
        Node::Literal(c) => Some(*c),
        Node::Group {
            body, add, del: 0, ..
        } if add & flag::IGNORECASE == 0 => first_char(body, flags),
        Node::Repeat { min, body, .. } if *min > 0 => first_char(body, flags),
        _ => None,
    }
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
    Ok(Program {
        insts: c.insts,
        sets: c.sets,
        nregs: c.nregs,
        nslots: 2 * p.groups,
        anchored,
        first_char: first_char(&p.nodes, p.flags),
    })
}
