//! `_random`: the Mersenne Twister core of the frozen `random` module (`py/random.py`),
//! bit-for-bit CPython 3.12's Modules/_randommodule.c, so a seed gives CPython's numbers:
//! MT19937 (`genrand_uint32`), `init_by_array` over the 32-bit chunks of `abs(seed)`,
//! `random()` with 53 bits from two draws, `getrandbits(k)` and the state as 625 ints.
//! str seeds use `seed_str` (version 2: the text's UTF-8 followed by its SHA-512 digest,
//! read as one big-endian integer).

use std::cell::RefCell;

use heap::Gc;
use num_bigint::{BigInt, BigUint, Sign};
use sha2::{Digest, Sha512};

use super::{add_fn, new_module};
use crate::runtime::objects::*;
use crate::runtime::ops::Num;
use crate::runtime::{Args, PyResult, Vm};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// MT19937 state: 624 words and the position of the next one to temper.
pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        let mut mt = Mt {
            state: [0; N],
            index: N + 1,
        };
        mt.init_by_array(&[0]);
        mt
    }

    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// `init_by_array`, as CPython seeds from an int's 32-bit chunks (least significant
    /// first).
    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        let len = key.len().max(1);
        for _ in 0..N.max(len) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key.get(j).copied().unwrap_or(0))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        self.index = N;
    }

    fn genrand_u32(&mut self) -> u32 {
        if self.index >= N {
            let mt = &mut self.state;
            let mag = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn random(&mut self) -> f64 {
        let a = self.genrand_u32() >> 5;
        let b = self.genrand_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }

    fn seed_biguint(&mut self, n: &BigUint) {
        let mut key = n.to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
    }
}

/// The generator object behind a `random.Random` (Python sees it only as `Random._mt`).
pub struct MtState(RefCell<Mt>);
heap::impl_object!(MtState, "_random.state", []);

/// The generator state: passed directly, or a `random.Random` whose `_mt` holds it (so
/// `random` and `getrandbits` can sit in the class as built-in methods: no Python frame).
fn state(vm: &Vm, a: &Args<'_>) -> PyResult<Gc<MtState>> {
    let Some(o) = a.pos.first() else {
        return vm.type_err("_random: expected a generator state");
    };
    if let Some(s) = o.downcast::<MtState>() {
        return Ok(s);
    }
    match vm.getattr_str(o, "_mt")?.downcast::<MtState>() {
        Some(s) => Ok(s),
        None => vm.type_err("_random: expected a generator state"),
    }
}

fn new(vm: &Vm, _a: &Args<'_>) -> PyResult {
    vm.alloc_obj(MtState(RefCell::new(Mt::new())))
}

/// Seed from OS randomness (`seed(None)`): 624 words from /dev/urandom, else the clock.
fn os_seed() -> Vec<u32> {
    use std::io::Read;
    let mut buf = vec![0u8; N * 4];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .is_ok();
    if !ok {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        return vec![t as u32, (t >> 32) as u32, std::process::id()];
    }
    buf.chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

/// `seed(state, a)`: None → OS randomness; int → abs(a); anything else → hash(a) (as
/// CPython's `random_seed` does for floats).
fn seed(vm: &Vm, a: &Args<'_>) -> PyResult {
    let st = state(vm, a)?;
    let arg = a.pos.get(1).cloned().unwrap_or_else(|| vm.none());
    if vm.is_none(&arg) {
        st.0.borrow_mut().init_by_array(&os_seed());
        return Ok(vm.none());
    }
    let n: BigInt = match vm.num(&arg) {
        Some(Num::I(i)) if !arg.is::<FloatObj>() => i.into(),
        Some(Num::B(b)) => b,
        _ => vm.hash(&arg)?.into(),
    };
    st.0.borrow_mut().seed_biguint(n.magnitude());
    Ok(vm.none())
}

/// `seed_str(state, s)`: version-2 seeding of a str.
fn seed_str(vm: &Vm, a: &Args<'_>) -> PyResult {
    let st = state(vm, a)?;
    let Some(s) = a.pos.get(1).and_then(|s| s.downcast::<StrObj>()) else {
        return vm.type_err("seed_str() needs a str");
    };
    let mut bytes = s.s.as_bytes().to_vec();
    bytes.extend_from_slice(&Sha512::digest(s.s.as_bytes()));
    st.0.borrow_mut()
        .seed_biguint(&BigUint::from_bytes_be(&bytes));
    Ok(vm.none())
}

fn random(vm: &Vm, a: &Args<'_>) -> PyResult {
    let st = state(vm, a)?;
    let r = st.0.borrow_mut().random();
    vm.new_float(r)
}

fn getrandbits(vm: &Vm, a: &Args<'_>) -> PyResult {
    let st = state(vm, a)?;
    let Some(k) = a.pos.get(1) else {
        return vm.type_err("getrandbits() takes exactly one argument (0 given)");
    };
    let k = vm.index(k)?;
    if k < 0 {
        return vm.value_err("number of bits must be non-negative");
    }
    if k == 0 {
        return vm.new_int(0);
    }
    let mut mt = st.0.borrow_mut();
    if k <= 32 {
        let r = mt.genrand_u32() >> (32 - k);
        return vm.new_int(r as i64);
    }
    if k > (1 << 31) {
        return vm.err("OverflowError", "getrandbits() bit count too large");
    }
    let words = (k as usize - 1) / 32 + 1;
    let mut digits = Vec::with_capacity(words);
    let mut left = k;
    for _ in 0..words {
        let mut r = mt.genrand_u32();
        if left < 32 {
            r >>= 32 - left;
        }
        digits.push(r);
        left -= 32;
    }
    drop(mt);
    vm.new_bigint(BigInt::from_biguint(Sign::Plus, BigUint::new(digits)))
}

/// `getstate(state)`: the 624 words and the index, as a tuple of 625 ints.
fn getstate(vm: &Vm, a: &Args<'_>) -> PyResult {
    let st = state(vm, a)?;
    let (words, index) = {
        let mt = st.0.borrow();
        (mt.state, mt.index)
    };
    let mut v = Vec::with_capacity(N + 1);
    for w in words {
        v.push(vm.new_int(w as i64)?);
    }
    v.push(vm.new_int(index as i64)?);
    vm.new_tuple(v)
}

fn setstate(vm: &Vm, a: &Args<'_>) -> PyResult {
    let st = state(vm, a)?;
    let Some(t) = a.pos.get(1).and_then(|t| t.downcast::<TupleObj>()) else {
        return vm.type_err("state vector must be a tuple");
    };
    if tuple_items(&t).len() != N + 1 {
        return vm.value_err("state vector is the wrong size");
    }
    let mut words = [0u32; N];
    for (w, x) in words.iter_mut().zip(tuple_items(&t).iter()) {
        let v = vm.index(x)?;
        *w = match u32::try_from(v) {
            Ok(v) => v,
            Err(_) => {
                return vm.err(
                    "OverflowError",
                    "Python int too large to convert to C unsigned long",
                )
            }
        };
    }
    let index = vm.index(&tuple_items(&t)[N])?;
    if !(0..=N as i64).contains(&index) {
        return vm.value_err("invalid state");
    }
    let mut mt = st.0.borrow_mut();
    mt.state = words;
    mt.index = index as usize;
    Ok(vm.none())
}

/// Build `_random`.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "_random")?;
    for (n, f) in [
        ("new", new as NativeFn),
        ("seed", seed),
        ("seed_str", seed_str),
        ("random", random),
        ("getrandbits", getrandbits),
        ("getstate", getstate),
        ("setstate", setstate),
    ] {
        add_fn(vm, &m, n, f)?;
    }
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference output of mt19937ar.c's main(): init_by_array({0x123, 0x234, 0x345, 0x456}).
    #[test]
    fn matches_the_reference_implementation() {
        let mut mt = Mt::new();
        mt.init_by_array(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| mt.genrand_u32()).collect();
        assert_eq!(
            first,
            [1067595299, 955945823, 477289528, 4107218783, 4228976476]
        );
    }
}
