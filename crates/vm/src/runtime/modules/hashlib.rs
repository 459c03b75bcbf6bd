//! `_hashlib`: the hash states behind the frozen `hashlib` module (`py/hashlib.py`), with the
//! RustCrypto implementations of CPython's guaranteed algorithms (md5, sha1, the sha2 and
//! sha3 families, shake_128/256, blake2b/blake2s). The classes (`HASH`, `HASHXOF`,
//! `blake2b`, `blake2s`) are Python, in `py/hashlib_prelude.py`, run into this module; their
//! `update` is a native function in the class namespace, so it runs without a Python frame
//! as CPython's C method does.

use std::cell::RefCell;

use blake2::{Blake2bVarCore, Blake2sVarCore};
use digest::core_api::{Block, BlockSizeUser, UpdateCore, VariableOutputCore};
use digest::{DynDigest, ExtendableOutput, Update, XofReader};
use heap::{Gc, ObjRef};

use super::{add_fn, frozen, new_module};
use crate::runtime::objects::*;
use crate::runtime::{Args, PyResult, Vm};

/// A BLAKE2 state with CPython's parameters (digest size, key, salt, person): the core
/// and the bytes not yet compressed. BLAKE2 compresses the last block differently, so a
/// full block stays buffered until more input shows it is not the last.
#[derive(Clone)]
struct Blake2<C: Clone> {
    core: C,
    pending: Vec<u8>,
    out_len: usize,
}

/// The methods of `Blake2` for one core type (the cores' block sizes differ, and naming
/// the digest crate's bounds generically costs more than writing the impl twice).
macro_rules! blake2_methods {
    ($core:ty) => {
        impl Blake2<$core> {
            fn with_key(core: $core, key: &[u8], out_len: usize) -> Self {
                let mut s = Blake2 {
                    core,
                    pending: Vec::new(),
                    out_len,
                };
                if !key.is_empty() {
                    // A keyed BLAKE2 starts with the key, zero-padded to a whole block.
                    let mut block = key.to_vec();
                    block.resize(<$core>::block_size(), 0);
                    s.pending = block;
                }
                s
            }

            fn update(&mut self, data: &[u8]) {
                let bs = <$core>::block_size();
                self.pending.extend_from_slice(data);
                if self.pending.len() <= bs {
                    return;
                }
                // Everything but the last (possibly full) block can be compressed now.
                let keep = (self.pending.len() - 1) % bs + 1;
                let whole = self.pending.len() - keep;
                let blocks: Vec<Block<$core>> = self.pending[..whole]
                    .chunks_exact(bs)
                    .map(|c| Block::<$core>::clone_from_slice(c))
                    .collect();
                self.core.update_blocks(&blocks);
                self.pending.drain(..whole);
            }

            fn finish(&self) -> Vec<u8> {
                let mut core = self.core.clone();
                let mut buf = digest::core_api::Buffer::<$core>::default();
                buf.digest_blocks(&self.pending, |_| {});
                let mut full = digest::Output::<$core>::default();
                core.finalize_variable_core(&mut buf, &mut full);
                full[..self.out_len].to_vec()
            }
        }
    };
}

blake2_methods!(Blake2bVarCore);
blake2_methods!(Blake2sVarCore);

/// One running hash.
enum Algo {
    Fixed(Box<dyn DynDigest>),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    Blake2b(Blake2<Blake2bVarCore>),
    Blake2s(Blake2<Blake2sVarCore>),
}

impl Clone for Algo {
    fn clone(&self) -> Self {
        match self {
            Algo::Fixed(d) => Algo::Fixed(d.box_clone()),
            Algo::Shake128(h) => Algo::Shake128(h.clone()),
            Algo::Shake256(h) => Algo::Shake256(h.clone()),
            Algo::Blake2b(h) => Algo::Blake2b(h.clone()),
            Algo::Blake2s(h) => Algo::Blake2s(h.clone()),
        }
    }
}

impl Algo {
    /// The algorithm named `name` (OpenSSL's names, any case), or None.
    fn by_name(name: &str) -> Option<Algo> {
        let fixed = |d: Box<dyn DynDigest>| Some(Algo::Fixed(d));
        match name.to_ascii_lowercase().as_str() {
            "md5" => fixed(Box::<md5::Md5>::default()),
            "sha1" => fixed(Box::<sha1::Sha1>::default()),
            "sha224" => fixed(Box::<sha2::Sha224>::default()),
            "sha256" => fixed(Box::<sha2::Sha256>::default()),
            "sha384" => fixed(Box::<sha2::Sha384>::default()),
            "sha512" => fixed(Box::<sha2::Sha512>::default()),
            "sha512_224" => fixed(Box::<sha2::Sha512_224>::default()),
            "sha512_256" => fixed(Box::<sha2::Sha512_256>::default()),
            "sha3_224" => fixed(Box::<sha3::Sha3_224>::default()),
            "sha3_256" => fixed(Box::<sha3::Sha3_256>::default()),
            "sha3_384" => fixed(Box::<sha3::Sha3_384>::default()),
            "sha3_512" => fixed(Box::<sha3::Sha3_512>::default()),
            "shake_128" => Some(Algo::Shake128(sha3::Shake128::default())),
            "shake_256" => Some(Algo::Shake256(sha3::Shake256::default())),
            _ => None,
        }
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            Algo::Fixed(d) => d.update(data),
            Algo::Shake128(h) => Update::update(h, data),
            Algo::Shake256(h) => Update::update(h, data),
            Algo::Blake2b(h) => h.update(data),
            Algo::Blake2s(h) => h.update(data),
        }
    }

    /// The digest of what was fed so far (`len` bytes for the XOFs); the state goes on.
    fn digest(&self, len: usize) -> Vec<u8> {
        match self {
            Algo::Fixed(d) => d.box_clone().finalize().into_vec(),
            Algo::Shake128(h) => read_xof(h.clone().finalize_xof(), len),
            Algo::Shake256(h) => read_xof(h.clone().finalize_xof(), len),
            Algo::Blake2b(h) => h.finish(),
            Algo::Blake2s(h) => h.finish(),
        }
    }
}

fn read_xof(mut r: impl XofReader, len: usize) -> Vec<u8> {
    let mut out = vec![0u8; len];
    r.read(&mut out);
    out
}

/// The state object a hash object keeps in its `_s` slot.
pub struct HashState(RefCell<Algo>);
heap::impl_object!(HashState, "_hashlib.state", []);

fn state_of(vm: &Vm, o: &ObjRef) -> PyResult<Gc<HashState>> {
    if let Some(s) = o.downcast::<HashState>() {
        return Ok(s);
    }
    match vm.getattr_str(o, "_s")?.downcast::<HashState>() {
        Some(s) => Ok(s),
        None => vm.type_err("_hashlib: expected a hash state"),
    }
}

/// The bytes to hash, refused as CPython refuses them (str first, then anything that is
/// not bytes-like).
fn data_arg(vm: &Vm, o: &ObjRef) -> PyResult<Vec<u8>> {
    if crate::runtime::subclass::downcast_receiver::<StrObj>(o).is_some() {
        return vm.type_err("Strings must be encoded before hashing");
    }
    if let Some(b) = crate::runtime::memoryview::contents_simple(vm, o)? {
        return Ok(b);
    }
    match crate::runtime::bytes_methods::bytes_like(o) {
        Some(b) => Ok(b),
        None => vm.type_err("object supporting the buffer API required"),
    }
}

fn alloc_state(vm: &Vm, algo: Algo) -> PyResult {
    vm.alloc_obj(HashState(RefCell::new(algo)))
}

/// `_new(name)`: a fresh state for an OpenSSL-style name, or None when unsupported.
fn new_state(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(name) = a.pos.first().and_then(|n| n.downcast::<StrObj>()) else {
        return vm.type_err("name must be a string");
    };
    match Algo::by_name(&name.s) {
        Some(algo) => alloc_state(vm, algo),
        None => Ok(vm.none()),
    }
}

/// `_new_blake2(big, digest_size, key, salt, person)`: a BLAKE2b (big) or BLAKE2s state;
/// the arguments were checked by the caller.
fn new_blake2(vm: &Vm, a: &Args<'_>) -> PyResult {
    let [big, size, key, salt, person] = a.pos else {
        return vm.type_err("_new_blake2() takes 5 arguments");
    };
    let big = vm.truthy(big)?;
    let size = usize::try_from(vm.index(size)?).unwrap_or(0);
    let max = if big { 64 } else { 32 };
    if !(1..=max).contains(&size) {
        return vm.value_err(format!("digest_size must be between 1 and {max} bytes"));
    }
    let (key, salt, person) = (
        data_arg(vm, key)?,
        data_arg(vm, salt)?,
        data_arg(vm, person)?,
    );
    let small = max / 4;
    for (what, v, limit) in [
        ("key", &key, max),
        ("salt", &salt, small),
        ("person", &person, small),
    ] {
        if v.len() > limit {
            return vm.value_err(format!("maximum {what} length is {limit} bytes"));
        }
    }
    let algo = if big {
        let core = Blake2bVarCore::new_with_params(&salt, &person, key.len(), size);
        Algo::Blake2b(Blake2::<Blake2bVarCore>::with_key(core, &key, size))
    } else {
        let core = Blake2sVarCore::new_with_params(&salt, &person, key.len(), size);
        Algo::Blake2s(Blake2::<Blake2sVarCore>::with_key(core, &key, size))
    };
    alloc_state(vm, algo)
}

/// `HASH.update(data)` (self is the hash object, or a state).
fn update(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(this) = a.pos.first() else {
        return vm.type_err("update() needs a hash object");
    };
    let owner = owner_name(vm, this);
    if !a.kwnames.is_empty() {
        return vm.type_err(format!("{owner}.update() takes no keyword arguments"));
    }
    if a.pos.len() != 2 {
        return vm.type_err(format!(
            "{owner}.update() takes exactly one argument ({} given)",
            a.pos.len() - 1
        ));
    }
    let st = state_of(vm, this)?;
    let data = data_arg(vm, &a.pos[1])?;
    st.0.borrow_mut().update(&data);
    Ok(vm.none())
}

/// The class name CPython's argument errors show ("HASH", "blake2b").
fn owner_name(vm: &Vm, o: &ObjRef) -> String {
    if o.is::<HashState>() {
        return "HASH".into();
    }
    let t = vm.type_of(o);
    let n = vm.type_name(o);
    match vm.getattr_str(&t.into(), "_c_name") {
        Ok(c) => vm.str(&c).unwrap_or(n.to_string()),
        Err(_) => n.to_string(),
    }
}

/// `_feed(state, data)`: update a state with a constructor's data argument.
fn feed(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (Some(s), Some(d)) = (a.pos.first(), a.pos.get(1)) else {
        return vm.type_err("_feed(state, data)");
    };
    let st = state_of(vm, s)?;
    let data = data_arg(vm, d)?;
    st.0.borrow_mut().update(&data);
    Ok(vm.none())
}

/// `_digest(state, length)`: the digest so far (`length` is used by the XOFs only).
fn digest(vm: &Vm, a: &Args<'_>) -> PyResult {
    let (Some(s), Some(n)) = (a.pos.first(), a.pos.get(1)) else {
        return vm.type_err("_digest(state, length)");
    };
    let st = state_of(vm, s)?;
    let n = vm.index(n)?;
    if n < 0 {
        return vm.err(
            "SystemError",
            "Negative size passed to PyBytes_FromStringAndSize",
        );
    }
    // CPython allocates the whole length up front: beyond what memory holds it fails.
    if n > (1 << 32) {
        return vm.err("MemoryError", "");
    }
    let out = st.0.borrow().digest(n as usize);
    crate::runtime::bytes_methods::new_bytes(vm, out, false)
}

/// `_copy(state)`: an independent copy.
fn copy(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(s) = a.pos.first() else {
        return vm.type_err("_copy(state)");
    };
    let st = state_of(vm, s)?;
    let algo = st.0.borrow().clone();
    alloc_state(vm, algo)
}

/// Build `_hashlib`.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "_hashlib")?;
    for (n, f) in [
        ("_new", new_state as NativeFn),
        ("_new_blake2", new_blake2),
        ("_update", update),
        ("_feed", feed),
        ("_digest", digest),
        ("_copy", copy),
    ] {
        add_fn(vm, &m, n, f)?;
    }
    frozen::exec_into(vm, &m, include_str!("py/hashlib_prelude.py"))?;
    Ok(m)
}
