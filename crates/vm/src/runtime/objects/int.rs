//! `int`: a machine word when it fits, a `BigInt` otherwise. Small ints −5..=256 are cached
//! and immortal (see `Vm::new_int`).

use num_bigint::BigInt;

/// An int's value.
#[derive(Clone, Debug)]
pub enum IntObj {
    /// Fits in i64.
    Small(i64),
    /// Does not fit in i64 (never holds a value that would).
    Big(Box<BigInt>),
}
impl heap::Object for IntObj {
    const NAME: &'static str = "int";
    const TRACKED: bool = false;
    /// A small int owns nothing (its death is the heap's shortest path); a big one owns its
    /// digits. Ints never change after allocation, so the answer holds for life.
    fn drop_is_trivial(&self) -> bool {
        matches!(self, IntObj::Small(_))
    }
}

impl IntObj {
    /// As a BigInt.
    pub fn to_big(&self) -> BigInt {
        match self {
            IntObj::Small(i) => BigInt::from(*i),
            IntObj::Big(b) => (**b).clone(),
        }
    }

    /// CPython's `sys.getsizeof`: 24 + 4 bytes per 30-bit digit (0 has one digit in 3.12).
    pub fn sizeof(&self) -> usize {
        let bits = match self {
            IntObj::Small(i) => 64 - i.unsigned_abs().leading_zeros() as u64,
            IntObj::Big(b) => b.bits(),
        };
        let digits = bits.div_ceil(30).max(1);
        24 + 4 * digits as usize
    }
}
