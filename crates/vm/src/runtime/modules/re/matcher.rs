//! The backtracking matcher: sre's semantics (`Modules/_sre/sre_lib.h`) on the program of
//! `compile.rs`, run without recursion.
//!
//! One explicit stack holds both the choice points and an undo log: every change to a
//! capture slot, a repeat counter or `lastindex` pushes the old value, so backtracking to
//! a choice point restores exactly the state it saw. Lookarounds and atomic groups push a
//! barrier and run their body on the same stack; when the body reaches `Succeed`, the
//! choice points above the barrier are dropped and the undo entries kept (the body's
//! captures stay, and are undone if the outer match backtracks past it). Nothing recurses,
//! so no pattern or subject can overflow the Rust stack; the stack's length is capped and
//! its exhaustion reported as [`Error::StackLimit`].
//!
//! Repeats follow sre's MAX_UNTIL / MIN_UNTIL: after `min` iterations, an iteration that
//! would start where the previous one started ends the loop (so `(a*)*` terminates), and
//! single-character repeats (REPEAT_ONE) backtrack one position at a time. Possessive
//! repeats are POSSESSIVE_REPEAT: every iteration atomic, the loop never giving one back.
//!
//! Known difference: sre restores captures on backtracking only inside a repeat context,
//! and POSSESSIVE_REPEAT makes none, so in CPython 3.12 a failed alternative inside a
//! possessive repeat can leave a group's start moved (`re.match(r'(?:(a)|b)*+', 'ab')`
//! gives group 1 the span (1, 1)); here every failed path is undone (span (0, 1)).

use super::chars::{
    ascii_digit, ascii_space, ascii_word, extra_cases, lower_preimage, uni_digit, uni_lower,
    uni_space, uni_word,
};
use super::compile::{AtCode, CharSet, Fold, Inst, Mode, Program, StartSet, Unit};
use super::parse::{Cat, RepKind, SetItem};

/// No position (an unset capture slot, a repeat that has not iterated yet).
pub const UNSET: usize = usize::MAX;
/// Entries the backtracking stack may hold (16 bytes each: 512 MiB at most).
const STACK_LIMIT: usize = 1 << 25;

/// A failure that is not "no match".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Error {
    /// The backtracking stack outgrew [`STACK_LIMIT`].
    StackLimit,
    /// The subject has 2**32 - 1 characters or more (positions are stored as `u32`).
    TooLong,
}

/// The result of a successful match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Capture slots: group g is `(slots[2g], slots[2g+1])`, [`UNSET`] when it did not
    /// take part.
    pub slots: Vec<usize>,
    /// The last group closed (0: none).
    pub lastindex: usize,
}

/// How the match at the start position is judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// `match`: at the start position.
    Match,
    /// `fullmatch`: at the start position, to the end.
    Full,
    /// `search`: at the first position where it matches.
    Search,
}

/// A backtracking stack entry: 16 bytes (positions, indices and counts are stored as
/// `u32`; [`Matcher::run`] refuses subjects that do not fit).
#[derive(Debug, Clone, Copy)]
enum Bt {
    /// Resume at `pc` with position `pos`.
    Alt { pc: u32, pos: u32 },
    /// Undo: capture slot `i` was `old`.
    Slot { i: u32, old: u32 },
    /// Undo: repeat `r` had iterated `count` times, the last one starting at `last`.
    Rep { r: u32, count: u32, last: u32 },
    /// Undo: `lastindex` was `old`.
    LastIndex { old: u32 },
    /// A greedy single-character repeat may give back one more character: it is at `pos`
    /// and may go down to `min_pos`; the tail is at `pc`.
    Greedy { pc: u32, min_pos: u32, pos: u32 },
    /// A lazy single-character repeat at `rep` (its instruction) may take one more
    /// character: it is at `pos` after `count` characters.
    Lazy { rep: u32, pos: u32, count: u32 },
    /// A lazy repeat whose head is at `pc` may iterate once more from `pos`.
    LazyRep { pc: u32, pos: u32 },
    /// A lookaround or atomic body started at `pos` by the instruction at `pc`.
    Barrier { pc: u32, pos: u32 },
}

impl Bt {
    fn is_undo(&self) -> bool {
        matches!(
            self,
            Bt::Slot { .. } | Bt::Rep { .. } | Bt::LastIndex { .. }
        )
    }
}

/// A position or index as stored on the stack ([`UNSET`] becomes `u32::MAX`).
fn w(x: usize) -> u32 {
    x as u32
}

/// A stored position back ([`UNSET`] for `u32::MAX`).
fn r(x: u32) -> usize {
    if x == u32::MAX {
        UNSET
    } else {
        x as usize
    }
}

/// A character of a subject: a code point (str) or a byte (bytes, ASCII str).
pub trait Ch: Copy {
    /// The code point.
    fn cp(self) -> u32;
}

impl Ch for u32 {
    fn cp(self) -> u32 {
        self
    }
}

impl Ch for u8 {
    fn cp(self) -> u32 {
        self as u32
    }
}

/// A matcher of one program against one subject.
pub struct Matcher<'a, T: Ch = u32> {
    prog: &'a Program,
    s: &'a [T],
    /// `endpos`: the subject is treated as ending here.
    end: usize,
    slots: Vec<usize>,
    counts: Vec<usize>,
    lasts: Vec<usize>,
    lastindex: usize,
    stack: Vec<Bt>,
    barriers: Vec<usize>,
    stack_limit: usize,
}

impl<'a, T: Ch> Matcher<'a, T> {
    /// A matcher over `s[..end]` (positions before `pos` stay visible to lookbehinds and
    /// `\b`, as in sre).
    pub fn new(prog: &'a Program, s: &'a [T], end: usize) -> Matcher<'a, T> {
        Matcher {
            prog,
            s,
            end: end.min(s.len()),
            slots: vec![UNSET; prog.nslots],
            counts: vec![0; prog.nregs],
            lasts: vec![UNSET; prog.nregs],
            lastindex: 0,
            stack: Vec::new(),
            barriers: Vec::new(),
            stack_limit: STACK_LIMIT,
        }
    }

    /// The same matcher with a smaller stack (for tests of the limit).
    pub fn with_stack_limit(mut self, entries: usize) -> Self {
        self.stack_limit = entries.min(STACK_LIMIT);
        self
    }

    /// Match from `pos` (`must_advance`: an empty match at `pos` does not count, the rule
    /// `finditer`, `sub` and `split` use after an empty match).
    pub fn run(
        &mut self,
        pos: usize,
        anchor: Anchor,
        must_advance: bool,
    ) -> Result<Option<Found>, Error> {
        if self.s.len() >= u32::MAX as usize {
            return Err(Error::TooLong);
        }
        if pos > self.end {
            return Ok(None);
        }
        let full = anchor == Anchor::Full;
        if anchor != Anchor::Search {
            return self.attempt(pos, full, must_advance);
        }
        let mut start = pos;
        loop {
            if self.prog.anchored && start > 0 {
                return Ok(None);
            }
            if !self.prog.prefix.is_empty() {
                match self.find_prefix(start) {
                    Some(at) => start = at,
                    None => return Ok(None),
                }
            } else if let Some(set) = &self.prog.starts {
                // Every match consumes a first character from the set, so a match can
                // neither start elsewhere nor at the end.
                match self.s[start..self.end]
                    .iter()
                    .position(|&x| can_start(self.prog, set, x.cp()))
                {
                    Some(off) => start += off,
                    None => return Ok(None),
                }
            }
            if let Some(f) = self.attempt(start, false, must_advance && start == pos)? {
                return Ok(Some(f));
            }
            if start >= self.end {
                return Ok(None);
            }
            start += 1;
        }
    }

    /// The first position from `from` on where the whole literal prefix occurs before
    /// the end.
    fn find_prefix(&self, from: usize) -> Option<usize> {
        let prefix = &self.prog.prefix;
        let (&first, rest) = prefix.split_first()?;
        let last = self.end.checked_sub(prefix.len())?;
        let mut at = from;
        while at <= last {
            at += self.s[at..=last].iter().position(|&x| x.cp() == first)?;
            if rest
                .iter()
                .zip(&self.s[at + 1..])
                .all(|(&want, &x)| x.cp() == want)
            {
                return Some(at);
            }
            at += 1;
        }
        None
    }

    fn attempt(
        &mut self,
        start: usize,
        full: bool,
        must_advance: bool,
    ) -> Result<Option<Found>, Error> {
        self.slots.iter_mut().for_each(|s| *s = UNSET);
        self.lastindex = 0;
        self.stack.clear();
        self.barriers.clear();
        let Some(end) = self.exec(start, full, must_advance)? else {
            return Ok(None);
        };
        let mut slots = self.slots.clone();
        if slots.len() >= 2 {
            slots[0] = start;
            slots[1] = end;
        }
        Ok(Some(Found {
            slots,
            lastindex: self.lastindex,
        }))
    }

    fn push(&mut self, b: Bt) -> Result<(), Error> {
        if self.stack.len() >= self.stack_limit {
            return Err(Error::StackLimit);
        }
        self.stack.push(b);
        Ok(())
    }

    fn set_slot(&mut self, i: usize, v: usize) -> Result<(), Error> {
        let old = self.slots[i];
        if old != v {
            self.push(Bt::Slot {
                i: w(i),
                old: w(old),
            })?;
            self.slots[i] = v;
        }
        if i % 2 == 1 && self.lastindex != i / 2 {
            let old = self.lastindex;
            self.push(Bt::LastIndex { old: w(old) })?;
            self.lastindex = i / 2;
        }
        Ok(())
    }

    /// Set repeat `reg`'s count and last iteration start, logging the old ones.
    fn set_rep(&mut self, reg: usize, count: usize, last: usize) -> Result<(), Error> {
        self.push(Bt::Rep {
            r: w(reg),
            count: w(self.counts[reg]),
            last: w(self.lasts[reg]),
        })?;
        self.counts[reg] = count;
        self.lasts[reg] = last;
        Ok(())
    }

    fn unit(&self, u: &Unit, c: u32) -> bool {
        unit_matches(&self.prog.sets, u, c)
    }

    fn is_word(&self, mode: Mode, p: usize) -> bool {
        match mode {
            Mode::Ascii => ascii_word(self.s[p].cp()),
            Mode::Unicode => uni_word(self.s[p].cp()),
        }
    }

    fn at(&self, code: AtCode, pos: usize) -> bool {
        let nl = '\n' as u32;
        match code {
            AtCode::Beginning => pos == 0,
            AtCode::BeginningLine => pos == 0 || self.s[pos - 1].cp() == nl,
            AtCode::End => pos == self.end || (pos + 1 == self.end && self.s[pos].cp() == nl),
            AtCode::EndLine => pos == self.end || self.s[pos].cp() == nl,
            AtCode::EndString => pos == self.end,
            AtCode::Boundary(m) | AtCode::NonBoundary(m) => {
                if self.end == 0 {
                    return false;
                }
                let that = pos > 0 && self.is_word(m, pos - 1);
                let this = pos < self.end && self.is_word(m, pos);
                (this != that) == matches!(code, AtCode::Boundary(_))
            }
        }
    }

    /// Run the program from `start`; the end of the match, or `None`.
    fn exec(
        &mut self,
        start: usize,
        full: bool,
        must_advance: bool,
    ) -> Result<Option<usize>, Error> {
        let prog = self.prog;
        let (mut pc, mut pos) = (0usize, start);
        loop {
            let ok = match &prog.insts[pc] {
                Inst::Unit(u) => {
                    if pos < self.end && self.unit(u, self.s[pos].cp()) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::At(code) => {
                    pc += 1;
                    self.at(*code, pos)
                }
                Inst::Split(a, b) => {
                    self.push(Bt::Alt {
                        pc: w(*b),
                        pos: w(pos),
                    })?;
                    pc = *a;
                    true
                }
                Inst::Jmp(t) => {
                    pc = *t;
                    true
                }
                Inst::Save(i) => {
                    self.set_slot(*i, pos)?;
                    pc += 1;
                    true
                }
                Inst::RepStart(reg) => {
                    self.set_rep(*reg, 0, UNSET)?;
                    pc += 1;
                    true
                }
                &Inst::RepGreedy {
                    reg,
                    min,
                    max,
                    exit,
                } => {
                    let c = self.counts[reg];
                    if c < min as usize {
                        self.set_rep(reg, c + 1, self.lasts[reg])?;
                        pc += 1;
                    } else if (c < max as usize || max == u32::MAX) && pos != self.lasts[reg] {
                        self.push(Bt::Alt {
                            pc: w(exit),
                            pos: w(pos),
                        })?;
                        self.set_rep(reg, c + 1, pos)?;
                        pc += 1;
                    } else {
                        pc = exit;
                    }
                    true
                }
                &Inst::RepPossessive {
                    reg,
                    min,
                    max,
                    exit,
                } => {
                    let c = self.counts[reg];
                    if (c < max as usize || max == u32::MAX)
                        && (c < min as usize || pos != self.lasts[reg])
                    {
                        // The empty-iteration check starts after the minimum: sre's
                        // POSSESSIVE_REPEAT clears its last position then.
                        let mut last = self.lasts[reg];
                        if c >= min as usize {
                            // A failed iteration ends the loop.
                            self.push(Bt::Alt {
                                pc: w(exit),
                                pos: w(pos),
                            })?;
                            last = pos;
                        }
                        self.set_rep(reg, c + 1, last)?;
                        pc += 1;
                    } else {
                        pc = exit;
                    }
                    true
                }
                &Inst::RepLazy { reg, min, exit, .. } => {
                    let c = self.counts[reg];
                    if c < min as usize {
                        self.set_rep(reg, c + 1, self.lasts[reg])?;
                        pc += 1;
                    } else {
                        // Try the tail first; on backtracking, another iteration.
                        self.push(Bt::LazyRep {
                            pc: w(pc),
                            pos: w(pos),
                        })?;
                        pc = exit;
                    }
                    true
                }
                &Inst::RepOne {
                    unit,
                    min,
                    max,
                    kind,
                } => {
                    let limit = if max == u32::MAX {
                        self.end
                    } else {
                        self.end.min(pos.saturating_add(max as usize))
                    };
                    match kind {
                        RepKind::Greedy | RepKind::Possessive => {
                            let mut p = pos;
                            while p < limit && self.unit(&unit, self.s[p].cp()) {
                                p += 1;
                            }
                            if p - pos < min as usize {
                                false
                            } else {
                                if kind == RepKind::Greedy && p > pos + min as usize {
                                    self.push(Bt::Greedy {
                                        pc: w(pc + 1),
                                        min_pos: w(pos + min as usize),
                                        pos: w(p),
                                    })?;
                                }
                                pos = p;
                                pc += 1;
                                true
                            }
                        }
                        RepKind::Lazy => {
                            let mut p = pos;
                            let need = pos + min as usize;
                            while p < need && p < self.end && self.unit(&unit, self.s[p].cp()) {
                                p += 1;
                            }
                            if p < need {
                                false
                            } else {
                                self.push(Bt::Lazy {
                                    rep: w(pc),
                                    pos: w(p),
                                    count: min,
                                })?;
                                pos = p;
                                pc += 1;
                                true
                            }
                        }
                    }
                }
                &Inst::GroupRef { group, fold } => {
                    let (a, b) = (self.slots[2 * group], self.slots[2 * group + 1]);
                    if a == UNSET || b == UNSET || b < a {
                        false
                    } else {
                        let n = b - a;
                        let ok = pos + n <= self.end
                            && (0..n).all(|k| {
                                let (x, y) = (self.s[a + k].cp(), self.s[pos + k].cp());
                                x == y || fold.lower(x) == fold.lower(y)
                            });
                        if ok {
                            pos += n;
                            pc += 1;
                        }
                        ok
                    }
                }
                &Inst::GroupExists { group, no } => {
                    let (a, b) = (self.slots[2 * group], self.slots[2 * group + 1]);
                    pc = if a != UNSET && b != UNSET && b >= a {
                        pc + 1
                    } else {
                        no
                    };
                    true
                }
                &Inst::Look {
                    behind,
                    negate,
                    width,
                    end,
                } => {
                    let from = if behind {
                        pos.checked_sub(width)
                    } else {
                        Some(pos)
                    };
                    match from {
                        // A lookbehind that does not fit before `pos`: the negative one
                        // holds, the positive one fails.
                        None if negate => {
                            pc = end + 1;
                            true
                        }
                        None => false,
                        Some(from) => {
                            self.barriers.push(self.stack.len());
                            self.push(Bt::Barrier {
                                pc: w(pc),
                                pos: w(pos),
                            })?;
                            pos = from;
                            pc += 1;
                            true
                        }
                    }
                }
                Inst::Atomic { .. } => {
                    self.barriers.push(self.stack.len());
                    self.push(Bt::Barrier {
                        pc: w(pc),
                        pos: w(pos),
                    })?;
                    pc += 1;
                    true
                }
                Inst::Succeed => self.succeed(&mut pc, &mut pos),
                Inst::Match => {
                    if (full && pos != self.end) || (must_advance && pos == start) {
                        false
                    } else {
                        return Ok(Some(pos));
                    }
                }
            };
            if !ok && !self.backtrack(&mut pc, &mut pos)? {
                return Ok(None);
            }
        }
    }

    /// `Succeed` at the end of a lookaround or atomic body.
    fn succeed(&mut self, pc: &mut usize, pos: &mut usize) -> bool {
        let Some(b) = self.barriers.pop() else {
            return false;
        };
        let Bt::Barrier {
            pc: at,
            pos: origin,
        } = self.stack[b]
        else {
            return false;
        };
        let (at, origin) = (r(at), r(origin));
        match self.prog.insts[at] {
            Inst::Look { negate: true, .. } => {
                // The body matched, so the negative assertion fails: undo the body's
                // changes and drop its choice points, then backtrack.
                while self.stack.len() > b + 1 {
                    if let Some(e) = self.stack.pop() {
                        self.undo(e);
                    }
                }
                self.stack.pop();
                false
            }
            Inst::Look { end, .. } => {
                self.commit(b);
                *pc = end + 1;
                *pos = origin;
                true
            }
            Inst::Atomic { end } => {
                self.commit(b);
                *pc = end + 1;
                true
            }
            _ => false,
        }
    }

    /// Drop the barrier at `b` and the choice points above it, keeping the undo log.
    fn commit(&mut self, b: usize) {
        let mut w = b;
        for r in b + 1..self.stack.len() {
            let e = self.stack[r];
            if e.is_undo() {
                self.stack[w] = e;
                w += 1;
            }
        }
        self.stack.truncate(w);
    }

    fn undo(&mut self, e: Bt) {
        match e {
            Bt::Slot { i, old } => self.slots[i as usize] = r(old),
            Bt::Rep {
                r: reg,
                count,
                last,
            } => {
                self.counts[reg as usize] = r(count);
                self.lasts[reg as usize] = r(last);
            }
            Bt::LastIndex { old } => self.lastindex = old as usize,
            _ => {}
        }
    }

    /// Pop to the next choice point and resume there; `false` when there is none.
    fn backtrack(&mut self, pc: &mut usize, pos: &mut usize) -> Result<bool, Error> {
        while let Some(e) = self.stack.pop() {
            match e {
                Bt::Alt { pc: p, pos: q } => {
                    *pc = p as usize;
                    *pos = q as usize;
                    return Ok(true);
                }
                Bt::LazyRep { pc: head, pos: q } => {
                    let (head, q) = (head as usize, q as usize);
                    let Inst::RepLazy { reg, max, .. } = self.prog.insts[head] else {
                        continue;
                    };
                    // Another iteration of a lazy repeat (MIN_UNTIL), if allowed.
                    let c = self.counts[reg];
                    if (c >= max as usize && max != u32::MAX) || q == self.lasts[reg] {
                        continue;
                    }
                    self.set_rep(reg, c + 1, q)?;
                    *pc = head + 1;
                    *pos = q;
                    return Ok(true);
                }
                Bt::Greedy {
                    pc: p,
                    min_pos,
                    pos: q,
                } => {
                    let (p, min_pos) = (p as usize, min_pos as usize);
                    let mut q = q as usize - 1;
                    // Skip positions where the tail's first literal cannot match.
                    if let Inst::Unit(Unit::Lit(c, Fold::Exact)) = self.prog.insts[p] {
                        while q > min_pos && (q >= self.end || self.s[q].cp() != c) {
                            q -= 1;
                        }
                    }
                    if q > min_pos {
                        self.push(Bt::Greedy {
                            pc: w(p),
                            min_pos: w(min_pos),
                            pos: w(q),
                        })?;
                    }
                    *pc = p;
                    *pos = q;
                    return Ok(true);
                }
                Bt::Lazy { rep, pos: q, count } => {
                    let (rep, q) = (rep as usize, q as usize);
                    let Inst::RepOne { unit, max, .. } = self.prog.insts[rep] else {
                        continue;
                    };
                    if (count >= max && max != u32::MAX)
                        || q >= self.end
                        || !self.unit(&unit, self.s[q].cp())
                    {
                        continue;
                    }
                    self.push(Bt::Lazy {
                        rep: w(rep),
                        pos: w(q + 1),
                        count: count + 1,
                    })?;
                    *pc = rep + 1;
                    *pos = q + 1;
                    return Ok(true);
                }
                Bt::Barrier {
                    pc: at,
                    pos: origin,
                } => {
                    self.barriers.pop();
                    if let Inst::Look {
                        negate: true, end, ..
                    } = self.prog.insts[at as usize]
                    {
                        // The body failed: the negative assertion holds.
                        *pc = end + 1;
                        *pos = origin as usize;
                        return Ok(true);
                    }
                }
                undo => self.undo(undo),
            }
        }
        Ok(false)
    }
}

/// Does `c` pass the single-character test `u` (sets indexed into `sets`)?
// Inlined: it is the matcher's innermost test, run once per character tried.
#[inline]
pub fn unit_matches(sets: &[CharSet], u: &Unit, c: u32) -> bool {
    match *u {
        Unit::Lit(l, Fold::Exact) => c == l,
        Unit::Lit(l, fold) => lit_fold(l, c, fold),
        Unit::NotLit(l, Fold::Exact) => c != l,
        Unit::NotLit(l, fold) => !lit_fold(l, c, fold),
        Unit::Any => c != '\n' as u32,
        Unit::AnyAll => true,
        Unit::Cat(cat, mode) => category(cat, mode, c),
        Unit::Set(i) => set_matches(&sets[i], c),
    }
}

/// Can a match start with `c`? (The test of a search skipping ahead.)
#[inline]
fn can_start(prog: &Program, set: &StartSet, c: u32) -> bool {
    if c < 256 {
        return set.latin1[(c / 64) as usize] & (1 << (c % 64)) != 0;
    }
    set.units.iter().any(|u| unit_matches(&prog.sets, u, c))
}

fn lit_fold(l: u32, c: u32, fold: Fold) -> bool {
    let lc = fold.lower(c);
    lc == l || (fold == Fold::Unicode && extra_cases(l).contains(&lc))
}

fn category(cat: Cat, mode: Mode, c: u32) -> bool {
    let ascii = mode == Mode::Ascii;
    let digit = |c| if ascii { ascii_digit(c) } else { uni_digit(c) };
    let space = |c| if ascii { ascii_space(c) } else { uni_space(c) };
    let word = |c| if ascii { ascii_word(c) } else { uni_word(c) };
    match cat {
        Cat::Digit => digit(c),
        Cat::NotDigit => !digit(c),
        Cat::Space => space(c),
        Cat::NotSpace => !space(c),
        Cat::Word => word(c),
        Cat::NotWord => !word(c),
    }
}

/// Does the set contain a character whose folded form is `t`?
fn set_has_folded(set: &CharSet, t: u32) -> bool {
    set.items.iter().any(|it| match *it {
        SetItem::Lit(c) => set.fold.lower(c) == t,
        SetItem::Range(lo, hi) => {
            let inside = |c: u32| (lo..=hi).contains(&c);
            (inside(t) && set.fold.lower(t) == t)
                || match set.fold {
                    Fold::Unicode => lower_preimage(t).any(inside),
                    Fold::Ascii => (b'a' as u32..=b'z' as u32).contains(&t) && inside(t - 32),
                    Fold::Exact => false,
                }
        }
        SetItem::Cat(cat) => category(cat, set.mode, t),
    })
}

fn set_matches(set: &CharSet, c: u32) -> bool {
    if c < 256 {
        return set.latin1[(c / 64) as usize] & (1 << (c % 64)) != 0;
    }
    set_matches_slow(set, c)
}

/// Set membership from the members (what [`CharSet::latin1`] caches).
pub fn set_matches_slow(set: &CharSet, c: u32) -> bool {
    let hit = match set.fold {
        Fold::Exact => set.items.iter().any(|it| match *it {
            SetItem::Lit(l) => l == c,
            SetItem::Range(lo, hi) => (lo..=hi).contains(&c),
            SetItem::Cat(cat) => category(cat, set.mode, c),
        }),
        Fold::Ascii => set_has_folded(set, set.fold.lower(c)),
        Fold::Unicode => {
            let l = uni_lower(c);
            set_has_folded(set, l) || extra_cases(l).iter().any(|&e| set_has_folded(set, e))
        }
    };
    hit != set.negate
}
