//! Superinstructions: the eval loop runs a copy of each code object's instructions in which
//! the first instruction of some common pairs is replaced by one instruction doing both
//! (CPython 3.12 has `LOAD_FAST__LOAD_FAST`, `STORE_FAST__LOAD_FAST`, `RETURN_CONST`, ...),
//! and a forward jump to a `ReturnValue` is that return.
//!
//! The second instruction of a pair stays where it was, so instruction indices, jump
//! targets, the attribute caches (indexed by instruction) and the line table all still
//! hold: a jump to the second instruction runs it alone, and a fused instruction that
//! fails in its second half reports the second instruction's position. The copy lives in
//! `CodeData`; disassembly and every other reader see the compiler's instructions.

use crate::bytecode::{CodeObject, Instr};

/// The instructions of `code` with common pairs fused.
pub fn fuse(code: &CodeObject) -> Vec<Instr> {
    let src = &code.instructions;
    let mut out = src.clone();
    let mut i = 0;
    while i + 1 < src.len() {
        // `self.x = v` is `LoadFast v; LoadFast self; StoreAttr x`: leave the first load
        // alone so that the attribute access can take the second.
        let attr_next = matches!(
            (src[i + 1], src.get(i + 2)),
            (
                Instr::LoadFast(_),
                Some(Instr::LoadAttr(_) | Instr::StoreAttr(_))
            )
        );
        // A forward jump to a return is the return (`return a if c else b`).
        if let Instr::Jump(t) = src[i] {
            if t as usize > i && src.get(t as usize) == Some(&Instr::ReturnValue) {
                out[i] = Instr::ReturnValue;
                i += 1;
                continue;
            }
        }
        let fused = match (src[i], src[i + 1]) {
            (Instr::LoadFast(_) | Instr::StoreFast(_), _) if attr_next => None,
            (Instr::LoadFast(a), Instr::LoadAttr(n)) => pair(a, n, Instr::LoadFastAttr),
            (Instr::LoadFast(a), Instr::StoreAttr(n)) => pair(a, n, Instr::LoadFastStoreAttr),
            (Instr::LoadFast(a), Instr::LoadFast(b)) => pair(a, b, Instr::LoadFastLoadFast),
            (Instr::StoreFast(a), Instr::LoadFast(b)) => pair(a, b, Instr::StoreFastLoadFast),
            (Instr::LoadFast(a), Instr::LoadConst(c)) => pair(a, c, Instr::LoadFastLoadConst),
            (Instr::LoadConst(c), Instr::ReturnValue) => Some(Instr::ReturnConst(c)),
            // CPython 3.12 compiles this pair to a SWAP too (no tuple is built).
            (Instr::BuildTuple(2), Instr::UnpackSequence(2)) => Some(Instr::SwapPair),
            (Instr::Compare(op), Instr::PopJumpIfFalse(t)) => {
                Some(Instr::CompareJumpIfFalse(op, t))
            }
            _ => None,
        };
        match fused {
            Some(f) => {
                out[i] = f;
                i += 2;
            }
            None => i += 1,
        }
    }
    out
}

/// Both operands as `u16` (the fused forms pack two in one instruction), or no fusion.
fn pair(a: u32, b: u32, make: fn(u16, u16) -> Instr) -> Option<Instr> {
    Some(make(u16::try_from(a).ok()?, u16::try_from(b).ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::Constant;
    use std::rc::Rc;

    /// The code object of the (only) function defined by `src`.
    fn function_code(src: &str) -> Rc<CodeObject> {
        let module = crate::compile(src, "<t>", crate::Mode::Exec).expect("compiles");
        module
            .consts
            .iter()
            .find_map(|c| match c {
                Constant::Code(c) => Some(c.clone()),
                _ => None,
            })
            .expect("function code")
    }

    #[test]
    fn pairs_fuse_and_keep_their_second_instruction() {
        let f = function_code("def f(o, x):\n    o.a = x\n    return o.b\n");
        let fused = fuse(&f);
        assert_eq!(fused.len(), f.instructions.len());
        for (i, (new, old)) in fused.iter().zip(&f.instructions).enumerate() {
            if new != old {
                // The instruction after a fused one is the original second half.
                assert_eq!(fused[i + 1], f.instructions[i + 1]);
            }
        }
        // `o.a = x` is LoadFast x; LoadFast o; StoreAttr a: the attribute store takes the
        // second load; `return o.b` is LoadFast o; LoadAttr b; ReturnValue.
        let fused_kinds: Vec<_> = fused
            .iter()
            .zip(&f.instructions)
            .filter(|(n, o)| n != o)
            .map(|(n, _)| format!("{n:?}"))
            .collect();
        assert_eq!(
            fused_kinds,
            [
                "LoadFastStoreAttr(0, 0)",
                "LoadFastAttr(0, 1)",
                "ReturnConst(0)"
            ],
            "{:?}",
            f.instructions
        );
    }

    #[test]
    fn forward_jump_to_return_returns() {
        let f = function_code("def f(n):\n    return n if n < 2 else n - 1\n");
        let fused = fuse(&f);
        let jump_at = f
            .instructions
            .iter()
            .position(|i| matches!(i, Instr::Jump(_)))
            .expect("the conditional expression jumps to the return");
        assert_eq!(fused[jump_at], Instr::ReturnValue);
        assert!(!fused.iter().any(|i| matches!(i, Instr::Jump(_))));
    }
}
