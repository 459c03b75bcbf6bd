//! `list.sort` and `sorted`: a stable sort with CPython's rules — keys computed once, `<`
//! as the only comparison, `reverse` done as reverse-sort-reverse so that equal keys keep
//! their original order, the first exception raised by a key or a comparison ends the sort.
//!
//! The values are not moved while sorting: the sort orders a permutation (`u32` positions)
//! and the result is assembled once at the end. Keys that are all small ints, all floats
//! (no NaN) or all strs compare in Rust, with no `<` calls; CPython's `unsafe_*_compare`
//! fast paths do the same. Anything else goes through a merge sort that calls the Python `<`,
//! which may be inconsistent or raise, so it never relies on the comparator being a total
//! order (the standard library's sort may panic on one).

use std::cmp::Ordering;

use heap::ObjRef;

use super::objects::{FloatObj, IntObj, StrObj};
use super::{PyResult, Vm};
use crate::ir::CmpOp;

/// Below this many items a run is sorted by binary insertion before merging.
const MIN_RUN: usize = 32;

/// Sort `v` by `key` (or by the values), optionally reversed; returns the sorted values.
pub fn sort_values(
    vm: &Vm,
    v: Vec<ObjRef>,
    key: Option<&ObjRef>,
    reverse: bool,
) -> PyResult<Vec<ObjRef>> {
    let keys: Option<Vec<ObjRef>> = match key {
        Some(f) if !vm.is_none(f) => Some(
            v.iter()
                .map(|x| vm.call(f, std::slice::from_ref(x), None))
                .collect::<PyResult<_>>()?,
        ),
        _ => None,
    };
    let keys = keys.as_deref().unwrap_or(&v);
    let n = keys.len();
    if u32::try_from(n).is_err() {
        return vm.err("MemoryError", "");
    }
    // reverse-sort-reverse: positions are reversed first, so equal keys end up in their
    // original order once the result is reversed back.
    let mut order: Vec<u32> = if reverse {
        (0..n as u32).rev().collect()
    } else {
        (0..n as u32).collect()
    };
    if !sort_homogeneous(keys, &mut order) {
        if n < MIN_MERGE {
            short_timsort(vm, keys, &mut order)?;
        } else {
            merge_sort(vm, keys, &mut order)?;
        }
    }
    if reverse {
        order.reverse();
    }
    let mut slots: Vec<Option<ObjRef>> = v.into_iter().map(Some).collect();
    Ok(order
        .iter()
        .filter_map(|&i| slots[i as usize].take())
        .collect())
}

/// Sort `order` in Rust when every key has one built-in type with a total order: small
/// ints, floats without NaN, or strs (code point order, which UTF-8 byte order is).
/// Returns false (leaving `order` alone) for anything else.
fn sort_homogeneous(keys: &[ObjRef], order: &mut [u32]) -> bool {
    let Some(first) = keys.first() else {
        return true;
    };
    if first.is::<IntObj>() {
        let ints: Option<Vec<i64>> = keys
            .iter()
            .map(|k| match k.downcast_ref::<IntObj>().map(|i| &**i) {
                Some(IntObj::Small(v)) => Some(*v),
                _ => None,
            })
            .collect();
        if let Some(ints) = ints {
            order.sort_by_key(|&i| ints[i as usize]);
            return true;
        }
    } else if first.is::<FloatObj>() {
        let floats: Option<Vec<f64>> = keys
            .iter()
            .map(|k| {
                k.downcast_ref::<FloatObj>()
                    .map(|f| f.0)
                    .filter(|f| !f.is_nan())
            })
            .collect();
        if let Some(floats) = floats {
            order.sort_by(|&a, &b| {
                floats[a as usize]
                    .partial_cmp(&floats[b as usize])
                    .unwrap_or(Ordering::Equal)
            });
            return true;
        }
    } else if first.is::<StrObj>() {
        let strs: Option<Vec<&str>> = keys
            .iter()
            .map(|k| k.downcast_ref::<StrObj>().map(|s| &*s.s))
            .collect();
        if let Some(strs) = strs {
            order.sort_by(|&a, &b| strs[a as usize].cmp(strs[b as usize]));
            return true;
        }
    }
    false
}

/// `a < b` through the Python comparison (the small-int and str cases inline).
fn lt(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.downcast_ref::<IntObj>(), b.downcast_ref::<IntObj>()) {
        if let (IntObj::Small(x), IntObj::Small(y)) = (&**x, &**y) {
            return Ok(x < y);
        }
    }
    if let (Some(x), Some(y)) = (a.downcast_ref::<StrObj>(), b.downcast_ref::<StrObj>()) {
        return Ok(x.s < y.s);
    }
    let r = vm.compare(a, b, CmpOp::Lt)?;
    vm.truthy(&r)
}

/// CPython's timsort sorts fewer items than this as one run, with no merging.
const MIN_MERGE: usize = 64;

/// Timsort of a short list exactly as CPython's (`count_run`, reversing a strictly
/// descending run, then `binarysort` of the rest into it): the same `<` calls in the same
/// order, so inconsistent orders (NaN) give CPython's result and the first failing
/// comparison is CPython's (`sorted([False, -0.5, 'a'])` fails on `'a' < -0.5`).
fn short_timsort(vm: &Vm, keys: &[ObjRef], order: &mut [u32]) -> PyResult<()> {
    let n = order.len();
    if n < 2 {
        return Ok(());
    }
    let key = |i: u32| &keys[i as usize];
    let mut run = 2;
    if lt(vm, key(order[1]), key(order[0]))? {
        while run < n && lt(vm, key(order[run]), key(order[run - 1]))? {
            run += 1;
        }
        order[..run].reverse();
    } else {
        while run < n && !lt(vm, key(order[run]), key(order[run - 1]))? {
            run += 1;
        }
    }
    for start in run..n {
        let pivot = order[start];
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if lt(vm, key(pivot), key(order[p]))? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        order.copy_within(l..start, l + 1);
        order[l] = pivot;
    }
    Ok(())
}

/// Stable merge sort of `order` by `keys[order[i]]` with Python `<`: binary insertion for
/// runs of `MIN_RUN`, then bottom-up merges through one scratch buffer. As CPython, a merge
/// asks `right < left` and takes the left item unless that holds.
fn merge_sort(vm: &Vm, keys: &[ObjRef], order: &mut [u32]) -> PyResult<()> {
    let n = order.len();
    let key = |i: u32| &keys[i as usize];
    for run in order.chunks_mut(MIN_RUN) {
        for i in 1..run.len() {
            let x = run[i];
            // The first position whose item is greater than x (after equal ones: stable).
            let (mut lo, mut hi) = (0, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if lt(vm, key(x), key(run[mid]))? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            run.copy_within(lo..i, lo + 1);
            run[lo] = x;
        }
    }
    let mut scratch: Vec<u32> = vec![0; n];
    let mut width = MIN_RUN;
    while width < n {
        let mut start = 0;
        while start + width < n {
            let mid = start + width;
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                if lt(vm, key(order[j]), key(order[i]))? {
                    scratch[k] = order[j];
                    j += 1;
                } else {
                    scratch[k] = order[i];
                    i += 1;
                }
                k += 1;
            }
            scratch[k..k + (mid - i)].copy_from_slice(&order[i..mid]);
            k += mid - i;
            scratch[k..k + (end - j)].copy_from_slice(&order[j..end]);
            order[start..end].copy_from_slice(&scratch[start..end]);
            start = end;
        }
        width *= 2;
    }
    Ok(())
}
