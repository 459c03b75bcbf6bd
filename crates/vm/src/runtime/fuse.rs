//! Superinstructions: the eval loop runs a copy of each code object's instructions in which
//! the first instruction of some common pairs is replaced by one instruction doing both
//! (CPython 3.12 has `LOAD_FAST__LOAD_FAST`, `STORE_FAST__LOAD_FAST`, `RETURN_CONST`, ...),
//! and a forward jump to a `ReturnValue` is that return. Some runs are longer: an operator
//! on a local and a constant (`i + 1`) or on two locals (`x * y`), a subscript of a local
//! by a local or a constant (`a[i]`, `p[0]`), and a comparison of a local with a constant
//! that jumps (`while i < n`), an augmented assignment to a local's attribute with a local
//! or constant operand (`self.x /= norm`: seven instructions, one dispatch); they compute small ints and exact floats, or index lists and
//! tuples, straight from the borrowed operands, and anything else pushes the operands and
//! resumes at the instruction the run stands for (CPython 3.12 gets the same effect from
//! `BINARY_OP_ADD_INT`, `BINARY_SUBSCR_LIST_INT` and friends after `LOAD_FAST__LOAD_CONST`).
//! An unpacking into locals (`for k, v in ...`) stores a tuple's or list's items straight
//! into the slots its `StoreFast`s name.
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
        if let Some((f, step)) = long_form(src, i) {
            out[i] = f;
            i += step;
            continue;
        }
        // A pair here would take the first instruction of a longer form at the next one
        // (`StoreFast; LoadFast; LoadConst; BinaryOp`): let the longer form have it.
        if long_form(src, i + 1).is_some() {
            i += 1;
            continue;
        }
        let fused = match (src[i], src[i + 1]) {
            (Instr::LoadFast(_) | Instr::StoreFast(_), _) if attr_next => None,
            (Instr::LoadFast(a), Instr::LoadAttr(n)) => pair(a, n, Instr::LoadFastAttr),
            (Instr::LoadFast(a), Instr::StoreAttr(n)) => pair(a, n, Instr::LoadFastStoreAttr),
            (Instr::LoadFast(a), Instr::LoadFast(b)) => pair(a, b, Instr::LoadFastLoadFast),
            (Instr::StoreFast(a), Instr::LoadFast(b)) => pair(a, b, Instr::StoreFastLoadFast),
            (Instr::LoadFast(a), Instr::LoadConst(c)) => pair(a, c, Instr::LoadFastLoadConst),
            (Instr::LoadConst(c), Instr::ReturnValue) => Some(Instr::ReturnConst(c)),
            (Instr::LoadFast(a), Instr::ReturnValue) => Some(Instr::ReturnFast(a)),
            (Instr::LoadConst(c), Instr::BinaryOp(op) | Instr::InplaceOp(op)) => {
                Some(Instr::ConstBinary(op, c))
            }
            // CPython 3.12 compiles this pair to a SWAP too (no tuple is built).
            (Instr::BuildTuple(2), Instr::UnpackSequence(2)) => Some(Instr::SwapPair),
            (Instr::ForIter(t), Instr::StoreFast(_)) => Some(Instr::ForIterStore(t)),
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

/// The longer form starting at `i`, and how many instructions on the fusion goes on: an
/// operator on a local and a constant or on two locals, a comparison of a local with a
/// constant or another local that jumps (the compare and jump after it still fuse, so the
/// loop goes on at the compare), a comparison of two locals' attributes that jumps (the
/// second load and the compare still fuse), an augmented assignment to an attribute of a
/// local (seven instructions).
fn long_form(src: &[Instr], i: usize) -> Option<(Instr, usize)> {
    let arith = match src.get(i + 2) {
        Some(Instr::BinaryOp(op) | Instr::InplaceOp(op)) => Some(*op),
        _ => None,
    };
    match (*src.get(i)?, *src.get(i + 1)?, arith) {
        (Instr::LoadFast(a), Instr::LoadConst(c), Some(op)) => {
            pair(a, c, |a, c| Instr::FastConstBinary(op, a, c)).map(|f| (f, 3))
        }
        (Instr::LoadFast(a), Instr::LoadFast(b), Some(op)) => {
            pair(a, b, |a, b| Instr::FastFastBinary(op, a, b)).map(|f| (f, 3))
        }
        (Instr::LoadFast(a), Instr::LoadFast(b), None)
            if src.get(i + 2) == Some(&Instr::BinarySubscr) =>
        {
            pair(a, b, Instr::FastFastSubscr).map(|f| (f, 3))
        }
        (Instr::LoadFast(a), Instr::LoadConst(c), None)
            if src.get(i + 2) == Some(&Instr::BinarySubscr) =>
        {
            pair(a, c, Instr::FastConstSubscr).map(|f| (f, 3))
        }
        // `self.x op= y` for a local or constant `y`: the same name loaded and stored.
        (Instr::LoadFast(a), Instr::Dup, None) => {
            let Some(
                [Instr::LoadAttr(n), operand, Instr::InplaceOp(op), Instr::Rot2, Instr::StoreAttr(m)],
            ) = src.get(i + 2..i + 7)
            else {
                return None;
            };
            if n != m {
                return None;
            }
            match *operand {
                Instr::LoadFast(b) => pair(a, b, |a, b| Instr::AttrInplaceFast(*op, a, b)),
                Instr::LoadConst(c) => pair(a, c, |a, c| Instr::AttrInplaceConst(*op, a, c)),
                _ => None,
            }
            .map(|f| (f, 7))
        }
        // `a, b = x, y` is a `SwapPair` at the `BuildTuple` (no tuple): leave it that.
        (Instr::UnpackSequence(n), _, _)
            if n >= 1
                && !(n == 2 && i > 0 && src[i - 1] == Instr::BuildTuple(2))
                && src
                    .get(i + 1..=i + n as usize)
                    .is_some_and(|run| run.iter().all(|s| matches!(s, Instr::StoreFast(_)))) =>
        {
            Some((Instr::UnpackFast(n), 1 + n as usize))
        }
        (Instr::LoadFast(a), Instr::LoadConst(c), None)
            if matches!(
                (src.get(i + 2), src.get(i + 3)),
                (Some(Instr::Compare(_)), Some(Instr::PopJumpIfFalse(_)))
            ) =>
        {
            pair(a, c, Instr::FastConstCompareJump).map(|f| (f, 2))
        }
        (Instr::LoadFast(a), Instr::LoadFast(b), None)
            if matches!(
                (src.get(i + 2), src.get(i + 3)),
                (Some(Instr::Compare(_)), Some(Instr::PopJumpIfFalse(_)))
            ) =>
        {
            pair(a, b, Instr::FastFastCompareJump).map(|f| (f, 2))
        }
        // `self.x = x`: one instruction for the two loads and the store.
        (Instr::LoadFast(a), Instr::LoadFast(b), None)
            if matches!(src.get(i + 2), Some(Instr::StoreAttr(_))) =>
        {
            pair(a, b, Instr::FastFastStoreAttr).map(|f| (f, 3))
        }
        // Two attributes of locals compared for a jump: the second load and the compare
        // still fuse (the loop goes on at the second load), and the handler reads them.
        (Instr::LoadFast(a), Instr::LoadAttr(n), None) => {
            // `x = self.x`: the store into a local read from the `StoreFast`.
            if let Some(Instr::StoreFast(_)) = src.get(i + 2) {
                return pair(a, n, Instr::AttrToFast).map(|f| (f, 3));
            }
            let Some(
                [Instr::LoadFast(b), Instr::LoadAttr(m), Instr::Compare(_), Instr::PopJumpIfFalse(_)],
            ) = src.get(i + 2..i + 6)
            else {
                return None;
            };
            pair(*b, *m, Instr::LoadFastAttr)?;
            pair(a, n, Instr::AttrAttrCompareJump).map(|f| (f, 2))
        }
        _ => None,
    }
}

/// Both operands as `u16` (the fused forms pack two in one instruction), or no fusion.
fn pair(a: u32, b: u32, make: impl FnOnce(u16, u16) -> Instr) -> Option<Instr> {
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
        // `o.a = x` is LoadFast x; LoadFast o; StoreAttr a: one instruction for the three
        // (`o.a = x + 1` would leave the store to the second load: `LoadFastStoreAttr`);
        // `return o.b` is LoadFast o; LoadAttr b; ReturnValue.
        let fused_kinds: Vec<_> = fused
            .iter()
            .zip(&f.instructions)
            .filter(|(n, o)| n != o)
            .map(|(n, _)| format!("{n:?}"))
            .collect();
        assert_eq!(
            fused_kinds,
            [
                "FastFastStoreAttr(1, 0)",
                "LoadFastAttr(0, 1)",
                "ReturnConst(0)"
            ],
            "{:?}",
            f.instructions
        );
    }

    #[test]
    fn operator_runs_fuse_and_keep_their_tail() {
        let f = function_code(
            "def f(n, m):\n    k = n\n    while k < 10:\n        k = k + 1\n    return n * m - 1\n",
        );
        let fused = fuse(&f);
        let src = &f.instructions;
        let kinds: Vec<_> = fused
            .iter()
            .zip(src)
            .filter(|(n, o)| n != o)
            .map(|(n, _)| format!("{n:?}"))
            .collect();
        assert_eq!(
            kinds,
            [
                // Not `StoreFastLoadFast`: the load starts a longer form.
                "FastConstCompareJump(2, 0)",
                "CompareJumpIfFalse(Lt, 11)",
                "FastConstBinary(Add, 2, 1)",
                "FastFastBinary(Mul, 0, 1)",
                "ConstBinary(Sub, 1)",
                "ReturnConst(2)",
            ],
            "{src:?}"
        );
        // Every fused form keeps the instructions it stands for in place after it, so a
        // jump into the middle, or the fallback that resumes there, runs them unfused.
        for (i, ins) in fused.iter().enumerate() {
            let kept = match ins {
                Instr::FastConstBinary(..) | Instr::FastFastBinary(..) => 2,
                Instr::FastConstCompareJump(..) => 1,
                _ => 0,
            };
            for j in 1..=kept {
                assert_eq!(fused[i + j], src[i + j], "{i}+{j}: {src:?}");
            }
        }
    }

    #[test]
    fn attribute_augmented_assignments_fuse_and_keep_their_tail() {
        let f = function_code(
            "def f(self, k):\n    self.x += k\n    self.n -= 1\n    self.x += self.n\n",
        );
        let fused = fuse(&f);
        let src = &f.instructions;
        let forms: Vec<_> = fused
            .iter()
            .enumerate()
            .filter(|(_, i)| matches!(i, Instr::AttrInplaceFast(..) | Instr::AttrInplaceConst(..)))
            .collect();
        // The third operand is an attribute, not a local or a constant: no fusion there.
        assert_eq!(
            forms
                .iter()
                .map(|(_, i)| format!("{i:?}"))
                .collect::<Vec<_>>(),
            ["AttrInplaceFast(Add, 0, 1)", "AttrInplaceConst(Sub, 0, 0)"],
            "{src:?}"
        );
        for (at, _) in forms {
            assert_eq!(fused[at + 1..at + 7], src[at + 1..at + 7], "{src:?}");
        }
    }

    #[test]
    fn comparisons_of_locals_and_of_their_attributes_fuse_with_the_jump() {
        let f = function_code(
            "def f(a, b):\n    while a < b:\n        if a.x > b.y:\n            return a\n        a = a + 1\n",
        );
        let fused = fuse(&f);
        let src = &f.instructions;
        let at = |want: fn(&Instr) -> bool| {
            fused
                .iter()
                .position(want)
                .unwrap_or_else(|| panic!("{fused:?}"))
        };
        let locals = at(|i| matches!(i, Instr::FastFastCompareJump(0, 1)));
        // The compare and jump after the two loads still fuse; the second load stays.
        assert_eq!(fused[locals + 1], src[locals + 1]);
        assert!(matches!(fused[locals + 2], Instr::CompareJumpIfFalse(..)));
        let attrs = at(|i| matches!(i, Instr::AttrAttrCompareJump(0, _)));
        // Its tail, which the handler reads: the first `LoadAttr`, the second attribute
        // load (fused), the compare and jump (fused).
        assert_eq!(fused[attrs + 1], src[attrs + 1]);
        assert!(matches!(fused[attrs + 2], Instr::LoadFastAttr(1, _)));
        assert!(matches!(fused[attrs + 4], Instr::CompareJumpIfFalse(..)));
    }

    #[test]
    fn an_attribute_into_a_local_fuses_with_its_store() {
        let f = function_code("def f(self):\n    x = self.x\n    y = self.y + 1\n    return x\n");
        let fused = fuse(&f);
        let src = &f.instructions;
        let at = fused
            .iter()
            .position(|i| matches!(i, Instr::AttrToFast(0, 0)))
            .unwrap_or_else(|| panic!("{fused:?}"));
        // The load and the store it stands for stay in place; `self.y + 1` is no store.
        assert_eq!(fused[at + 1..at + 3], src[at + 1..at + 3]);
        assert_eq!(
            fused
                .iter()
                .filter(|i| matches!(i, Instr::AttrToFast(..)))
                .count(),
            1,
            "{fused:?}"
        );
    }

    #[test]
    fn for_loop_into_a_local_fuses_its_store() {
        let f = function_code(
            "def f(l):\n    t = 0\n    for x in l:\n        t = t + x\n    return t\n",
        );
        let fused = fuse(&f);
        let src = &f.instructions;
        let at = src
            .iter()
            .position(|i| matches!(i, Instr::ForIter(_)))
            .expect("a for loop");
        let Instr::ForIter(t) = src[at] else {
            unreachable!()
        };
        assert_eq!(fused[at], Instr::ForIterStore(t), "{src:?}");
        assert!(matches!(fused[at + 1], Instr::StoreFast(_)), "{src:?}");
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

    #[test]
    fn subscripts_and_unpackings_into_locals_fuse() {
        let f = function_code(
            "def f(l, i, p):\n    for k, v in p:\n        x = l[i] + l[0]\n    a, b = i, k\n    c, d, e = p\n    return x\n",
        );
        let fused = fuse(&f);
        let src = &f.instructions;
        let kinds: Vec<_> = fused
            .iter()
            .zip(src)
            .filter(|(n, o)| n != o)
            .map(|(n, _)| format!("{n:?}"))
            .collect();
        assert_eq!(
            kinds,
            [
                "UnpackFast(2)",
                "FastFastSubscr(0, 1)",
                "FastConstSubscr(0, 0)",
                // `a, b = i, k` builds no tuple: the pair swaps, the stores stay.
                "LoadFastLoadFast(1, 3)",
                "SwapPair",
                "StoreFastLoadFast(7, 2)",
                "UnpackFast(3)",
                "ReturnFast(5)",
                "ReturnConst(1)",
            ],
            "{src:?}"
        );
        // The stores an unpacking stands for stay in place after it.
        for (i, ins) in fused.iter().enumerate() {
            if let Instr::UnpackFast(n) = ins {
                assert_eq!(src[i], Instr::UnpackSequence(*n));
                for j in 1..=*n as usize {
                    assert!(matches!(fused[i + j], Instr::StoreFast(_)), "{src:?}");
                }
            }
        }
    }
}
