//! CPython's iteration order for sets. A set stores its members in insertion order (the dict
//! layout); CPython iterates a set in the order of its open-addressing hash table. This
//! replays the members' insertions, in insertion order, into a model of CPython 3.12's table
//! (`Objects/setobject.c`: 8 slots to start, linear probing over up to 9 neighbours, then
//! perturbation; growth to ×4 the used count once 60% of the slots are filled) and reads the
//! slots back in order.
//!
//! The replay is exact for sets built by successive additions (displays, comprehensions,
//! `set(iterable)`, `add`, `update` with a non-set). A set that had members removed, or that
//! was built by CPython's bulk paths (`set(other_set)`, `a | b`), can have a larger table in
//! CPython, and then members whose hashes collide may come out in another order.

/// Linear probes before perturbation (`LINEAR_PROBES`).
const LINEAR_PROBES: usize = 9;
/// `PERTURB_SHIFT`.
const PERTURB_SHIFT: u32 = 5;
/// `PySet_MINSIZE`.
const MIN_SIZE: usize = 8;

/// Place `item` (with `hash`) in the first free slot of its probe sequence.
fn insert_clean(table: &mut [Option<usize>], hash: i64, item: usize) {
    let mask = table.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        if let Some(slot) = table[i..=i + probes].iter_mut().find(|s| s.is_none()) {
            *slot = Some(item);
            return;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
}

/// The order (as indices into `hashes`) in which CPython iterates a set whose members, with
/// these hashes, were added one after another.
pub fn cpython_order(hashes: &[i64]) -> Vec<usize> {
    let mut table: Vec<Option<usize>> = vec![None; MIN_SIZE];
    let mut used = 0usize;
    for (item, &h) in hashes.iter().enumerate() {
        insert_clean(&mut table, h, item);
        used += 1;
        let mask = table.len() - 1;
        // `fill` equals `used`: the replay never leaves dummies.
        if used * 5 >= mask * 3 {
            let min_used = if used > 50_000 { used * 2 } else { used * 4 };
            let mut size = MIN_SIZE;
            while size <= min_used {
                size <<= 1;
            }
            let old = std::mem::replace(&mut table, vec![None; size]);
            for it in old.into_iter().flatten() {
                insert_clean(&mut table, hashes[it], it);
            }
        }
    }
    table.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::cpython_order;

    #[test]
    fn small_ints_come_out_by_slot() {
        // {3, 1, 2} prints as {1, 2, 3} in CPython.
        assert_eq!(cpython_order(&[3, 1, 2]), vec![1, 2, 0]);
        // hash(-1) == -2 lands in slot 6 of 8; 8 collides with 0's slot and probes on.
        assert_eq!(cpython_order(&[-2, 0, 8]), vec![1, 2, 0]);
    }

    #[test]
    fn growth_rehashes_into_a_bigger_table() {
        // Five members fill 5 of 8 slots (≥ 60%): the table grows to 32 slots, so 9 and 17
        // no longer share slot 1 with 1.
        let order = cpython_order(&[17, 9, 1, 2, 3]);
        let values: Vec<i64> = order.iter().map(|&i| [17, 9, 1, 2, 3][i]).collect();
        assert_eq!(values, vec![1, 2, 3, 9, 17]);
    }
}
