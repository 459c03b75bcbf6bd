//! `math.gamma` and `math.lgamma`, computed as CPython 3.12 computes them (its own
//! `m_tgamma` / `m_lgamma` in `Modules/mathmodule.c`, not the C library's): Lanczos'
//! approximation with the 13-term rational sum of Boost's `lanczos13m53` (g = 6.0246800…),
//! an error-correcting term for `x + g - 1/2`, the reflection formula for negative
//! arguments, exact factorials for small integers. Every floating operation is done in the
//! same order with the same libm functions, so the results are CPython's to the last bit.

// The constants keep every digit of their published values (g and g - 1/2 are exact binary
// fractions; the sums' coefficients round to the doubles CPython uses).
#![allow(clippy::excessive_precision)]

/// A domain error (`ValueError: math domain error`) or a range error (overflow).
#[derive(Debug, PartialEq, Eq)]
pub enum MathError {
    /// `errno = EDOM`.
    Domain,
    /// `errno = ERANGE` with an infinite result.
    Range,
}

const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;

/// Numerator coefficients of the Lanczos sum (highest power last).
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];

/// Denominator coefficients: the expansion of x (x+1) … (x+11).
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// gamma(n) = (n - 1)! for n = 1 ..= 23: exact in a double.
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

const PI: f64 = std::f64::consts::PI;
const LOG_PI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;

/// sin(pi * x), exact at the integers and half-integers (its sign follows x's).
fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        // Not -sin(pi * (y - 1.0)): that would give -0.0 at y == 1.0.
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0_f64.copysign(x) * r
}

/// The Lanczos rational sum at x > 0: Horner's rule upwards below 5, in powers of 1/x above
/// (where the terms would overflow).
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `math.gamma(x)`.
pub fn gamma(x: f64) -> Result<f64, MathError> {
    if !x.is_finite() {
        // gamma(nan) = nan, gamma(inf) = inf; gamma(-inf) is invalid.
        return if x.is_nan() || x > 0.0 {
            Ok(x)
        } else {
            Err(MathError::Domain)
        };
    }
    if x == 0.0 {
        return Err(MathError::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathError::Domain);
        }
        if x <= GAMMA_INTEGRAL.len() as f64 {
            return Ok(GAMMA_INTEGRAL[x as usize - 1]);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        // gamma(x) ~ 1/x near 0.
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(MathError::Range)
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        // Overflow above 200; below -200 (not an integer) it underflows to a signed zero.
        return if x < 0.0 {
            Ok(0.0 / sinpi(x))
        } else {
            Err(MathError::Range)
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of that sum, to correct the result by.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
        r
    };
    if r.is_infinite() {
        Err(MathError::Range)
    } else {
        Ok(r)
    }
}

/// `math.lgamma(x)`: the natural logarithm of |gamma(x)|.
pub fn lgamma(x: f64) -> Result<f64, MathError> {
    if !x.is_finite() {
        // lgamma(nan) = nan, lgamma(+-inf) = +inf.
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        // A pole at the integers <= 0; lgamma(1) = lgamma(2) = 0.
        return if x <= 0.0 {
            Err(MathError::Domain)
        } else {
            Ok(0.0)
        };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        // The reflection formula.
        r = LOG_PI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        Err(MathError::Range)
    } else {
        Ok(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_values_and_errors() {
        assert_eq!(gamma(5.0), Ok(24.0));
        assert_eq!(gamma(0.5).map(|g| (g * g - PI).abs() < 1e-15), Ok(true));
        assert_eq!(gamma(0.0), Err(MathError::Domain));
        assert_eq!(gamma(-3.0), Err(MathError::Domain));
        assert_eq!(gamma(172.0), Err(MathError::Range));
        assert_eq!(gamma(-200.5), Ok(-0.0));
        assert_eq!(lgamma(1.0), Ok(0.0));
        assert_eq!(lgamma(-2.0), Err(MathError::Domain));
        assert_eq!(lgamma(f64::NEG_INFINITY), Ok(f64::INFINITY));
        assert_eq!(lgamma(1e308), Err(MathError::Range));
    }
}
