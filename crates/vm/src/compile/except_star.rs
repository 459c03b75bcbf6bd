//! Compiling `try` statements with `except*` clauses (PEP 654), as CPython 3.12's
//! `compiler_try_star_except` does, on pymem's block stack.
//!
//! ```text
//!     SetupFinally L_exc; B; PopBlock; <else>; Jump L_end
//! L_exc:                                   [exc]           (except-handler block active)
//!     Dup; BuildList(0); Rot2              [orig, raised, exc]
//!   per clause:
//!     E; CheckEgMatch                      [orig, raised, rest, match]
//!     Dup; None; Is; PopJumpIfTrue L_no
//!     store n (or Pop); SetupFinally L_r   [orig, raised, rest]
//!     H; PopBlock; n = None; del n; Jump L_next
//! L_r: n = None; del n                     [orig, raised, rest, exc2]
//!     ListAppend(2); PopExcept; Jump L_next     (exc2 goes into `raised`)
//! L_no: Pop
//! L_next: ... next clause on `rest` ...
//!     ListAppend(1)                        [orig, raised]  (the unmatched rest, maybe None)
//!     PrepReraiseStar                      [exc or None]
//!     Dup; None; Is; PopJumpIfFalse L_rr; Pop; PopExcept; Jump L_end
//! L_rr: Reraise
//! L_end:
//! ```

use super::*;

/// CPython's message for leaving an `except*` body early.
const EARLY_EXIT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

impl<'a> Compiler<'a> {
    pub(super) fn try_except_star(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [Handler],
        orelse: &'a [Stmt],
        loc: Loc,
    ) -> R<()> {
        let handler_l = self.new_label();
        let end = self.new_label();
        self.emit(Instr::SetupFinally(handler_l.0));
        self.push_fblock(FBlock::TryExcept, loc)?;
        self.stmts(body)?;
        self.pop_fblock();
        self.emit(Instr::PopBlock);
        self.stmts(orelse)?;
        self.emit(Instr::Jump(end.0));
        self.bind(handler_l);
        self.u().cur_loc = loc;
        self.emit(Instr::Dup);
        self.emit(Instr::BuildList(0));
        self.emit(Instr::Rot2);
        for h in handlers {
            self.u().cur_loc = h.loc;
            let Some(t) = &h.typ else {
                return Err(self.error(h.loc, "expected one or more exception types"));
            };
            let no_match = self.new_label();
            let next = self.new_label();
            self.expr(t)?;
            self.u().cur_loc = h.loc;
            self.emit(Instr::CheckEgMatch);
            self.emit(Instr::Dup);
            self.load_const(Constant::None);
            self.emit(Instr::Compare(CmpOp::Is));
            self.emit(Instr::PopJumpIfTrue(no_match.0));
            match &h.name {
                Some(name) => self.name_op(name, Ctx::Store),
                None => self.emit(Instr::Pop),
            }
            let raised = self.new_label();
            self.emit(Instr::SetupFinally(raised.0));
            self.push_fblock(FBlock::StarHandler(h.name.as_deref()), h.loc)?;
            self.stmts(&h.body)?;
            self.pop_fblock();
            self.u().cur_loc = h.loc;
            self.emit(Instr::PopBlock);
            self.unbind_handler_name(h.name.as_deref());
            self.emit(Instr::Jump(next.0));
            // An exception left the clause body: it joins the list to re-raise.
            self.bind(raised);
            self.unbind_handler_name(h.name.as_deref());
            self.emit(Instr::ListAppend(2));
            self.emit(Instr::PopExcept);
            self.emit(Instr::Jump(next.0));
            self.bind(no_match);
            self.emit(Instr::Pop);
            self.bind(next);
        }
        self.u().cur_loc = loc;
        self.emit(Instr::ListAppend(1));
        self.emit(Instr::PrepReraiseStar);
        let reraise = self.new_label();
        self.emit(Instr::Dup);
        self.load_const(Constant::None);
        self.emit(Instr::Compare(CmpOp::Is));
        self.emit(Instr::PopJumpIfFalse(reraise.0));
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Jump(end.0));
        self.bind(reraise);
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    /// `name = None; del name` after an `except* ... as name` clause.
    fn unbind_handler_name(&mut self, name: Option<&str>) {
        if let Some(n) = name {
            self.load_const(Constant::None);
            self.name_op(n, Ctx::Store);
            self.name_op(n, Ctx::Del);
        }
    }

    /// `break`/`continue` (`to_loop`) and `return` may not leave an `except*` clause body:
    /// the other parts of the exception group would be lost (CPython checks this while
    /// unwinding its fblock stack, up to the innermost loop for `break`/`continue`).
    pub(super) fn check_star_exit(&self, loc: Loc, to_loop: bool) -> R<()> {
        for b in self.unit().fblocks.iter().rev() {
            match b {
                FBlock::Loop { .. } if to_loop => return Ok(()),
                FBlock::StarHandler(_) => return Err(self.error(loc, EARLY_EXIT)),
                _ => {}
            }
        }
        Ok(())
    }
}
