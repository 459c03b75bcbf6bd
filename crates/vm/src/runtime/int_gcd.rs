//! The greatest common divisor of big ints by Lehmer's algorithm, as CPython's
//! `_PyLong_GCD` computes it: most steps of Euclid's algorithm are run on the leading
//! 62 bits of the two numbers in machine words, and their combined effect, a 2×2 matrix
//! of single-word coefficients, is applied to the full numbers at once. num-integer's
//! binary gcd shifts and subtracts the full numbers once per bit instead (a 6,000-bit
//! gcd took ~8× CPython's time), and `math.gcd` carries `fractions.Fraction`.

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::ToPrimitive;

/// Bits of the leading part the single-word steps run on: the coefficients and the
/// products of the quotient test stay well inside `i128`.
const LEAD_BITS: u64 = 62;

/// gcd(a, b), never negative.
pub fn gcd(a: &BigInt, b: &BigInt) -> BigInt {
    BigInt::from(gcd_magnitudes(a.magnitude().clone(), b.magnitude().clone()))
}

fn gcd_magnitudes(mut a: BigUint, mut b: BigUint) -> BigUint {
    if a < b {
        std::mem::swap(&mut a, &mut b);
    }
    while b.bits() > LEAD_BITS {
        let shift = a.bits() - LEAD_BITS;
        let (Some(x), Some(y)) = ((&a >> shift).to_i128(), (&b >> shift).to_i128()) else {
            break;
        };
        match lehmer_step(x, y) {
            None => {
                // No quotient was certain: one full Euclidean step.
                let r = &a % &b;
                a = std::mem::replace(&mut b, r);
            }
            Some([ca, cb, cc, cd]) => {
                // The matrix has determinant ±1, so the gcd is unchanged (and both results
                // are non-negative when the step is valid; magnitudes keep it exact anyway).
                let (sa, sb) = (BigInt::from(a), BigInt::from(b));
                let na = &sa * ca + &sb * cb;
                let nb = &sa * cc + &sb * cd;
                a = na.into_parts().1;
                b = nb.into_parts().1;
                if a < b {
                    std::mem::swap(&mut a, &mut b);
                }
            }
        }
    }
    // `b` fits a machine word: one big remainder, then Euclid on words.
    let Some(mut y) = b.to_u64() else {
        return a.gcd(&b);
    };
    if y == 0 {
        return a;
    }
    let Some(mut x) = (&a % y).to_u64() else {
        return a.gcd(&b);
    };
    while x != 0 {
        (x, y) = (y % x, x);
    }
    BigUint::from(y)
}

/// Knuth's algorithm L on the leading parts `x >= y` of the two numbers: the coefficients
/// `[A, B, C, D]` of the Euclidean steps whose quotients the leading parts decide (the new
/// pair is `A*a + B*b`, `C*a + D*b`), or None when not even the first one is certain.
fn lehmer_step(mut x: i128, mut y: i128) -> Option<[i128; 4]> {
    let (mut ca, mut cb, mut cc, mut cd) = (1i128, 0i128, 0i128, 1i128);
    loop {
        if y + cc == 0 || y + cd == 0 {
            break;
        }
        let q = floor_div(x + ca, y + cc);
        if q != floor_div(x + cb, y + cd) {
            break;
        }
        (ca, cb, x, cc, cd, y) = (cc, cd, y, ca - q * cc, cb - q * cd, x - q * y);
    }
    (cb != 0).then_some([ca, cb, cc, cd])
}

/// Python's `//` on machine words (rounds toward negative infinity).
fn floor_div(n: i128, d: i128) -> i128 {
    let q = n / d;
    if n % d != 0 && ((n < 0) != (d < 0)) {
        q - 1
    } else {
        q
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::{One, Signed, Zero};

    #[test]
    fn agrees_with_the_binary_gcd() {
        // Products of shared and distinct factors, of many sizes, both orders and signs.
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut big = |words: usize| {
            let mut n = BigInt::one();
            for _ in 0..words {
                n = (n << 64) + BigInt::from(next());
            }
            n
        };
        for words in [0, 1, 2, 3, 5, 8, 20, 60] {
            for _ in 0..20 {
                let common: BigInt = big(words / 2);
                let a: BigInt = &common * big(words) * BigInt::from(6);
                let b: BigInt = -(&common * big(words / 3 + 1) * BigInt::from(4));
                assert_eq!(gcd(&a, &b), a.gcd(&b), "{a} {b}");
                assert_eq!(gcd(&b, &a), a.gcd(&b));
                assert_eq!(gcd(&a, &BigInt::zero()), a.abs());
                assert_eq!(gcd(&BigInt::zero(), &b), b.abs());
            }
        }
        let fib = |n: usize| -> BigInt {
            let (mut p, mut q): (BigInt, BigInt) = (BigInt::zero(), BigInt::one());
            for _ in 0..n {
                (p, q) = (q.clone(), p + q);
            }
            p
        };
        // Consecutive Fibonacci numbers: the worst case, every quotient 1.
        assert_eq!(gcd(&fib(3000), &fib(3001)), BigInt::one());
        assert_eq!(gcd(&fib(3000), &fib(1500)), fib(1500));
    }
}
