//! Sorting with one copy of the sort routine.
//!
//! Each call of the standard library's `sort_by` compiles its own copy of
//! the sort for its element type and comparator: some 4 KB of wasm each, and
//! 27 call sites made 113 KB (BENCHMARKS.md, "Bundle"). Here every order is
//! computed on indices by one routine with a `dyn` comparator, then applied
//! to the elements in place. The order is the standard library's stable
//! order (equal elements keep their order), as `slice::sort_by` gives.
//!
//! The engine's one hot sort, the ranking's packed integer keys
//! (`engine::ranking`), keeps the standard library's own.

use std::cmp::Ordering;

/// Sorts `v` (indices, or any small numbers) by `cmp`, stably.
///
/// In the wasm build every order of the crate goes through one
/// instantiation of the sort ([`sort_dyn`]); natively (the engine's
/// benchmarks and tests) each call site keeps its own, inlined comparator:
/// the same algorithm, so the same order (the tests compare both routes).
pub fn sort_indices(v: &mut [usize], mut cmp: impl FnMut(usize, usize) -> Ordering) {
    #[cfg(target_arch = "wasm32")]
    sort_dyn(v, &mut cmp);
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_by(|a, b| cmp(*a, *b));
}

/// `v.sort_by(cmp)`: the same stable order; in the wasm build through
/// [`sort_dyn`] on indices ([`by_indices`]).
pub fn sort_by<T>(v: &mut [T], cmp: impl FnMut(&T, &T) -> Ordering) {
    #[cfg(target_arch = "wasm32")]
    by_indices(v, cmp);
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_by(cmp);
}

/// `v.sort_by_key(key)`: the same stable order, as [`sort_by`].
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// The one sort routine of the wasm build: not generic, so compiled once.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn sort_dyn(v: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    v.sort_by(|a, b| cmp(*a, *b));
}

/// Sorts `v` by computing the order of its indices with [`sort_dyn`], then
/// moving the elements there.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn by_indices<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut perm: Vec<usize> = (0..v.len()).collect();
    sort_dyn(&mut perm, &mut |a, b| cmp(&v[a], &v[b]));
    permute(v, &mut perm);
}

/// Rearranges `v` so that position `i` holds the element that was at
/// `perm[i]`, following each cycle of the permutation once (n swaps at
/// most). `perm` is used up (its entries are marked as they are placed).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn permute<T>(v: &mut [T], perm: &mut [usize]) {
    const DONE: usize = usize::MAX;
    for start in 0..v.len() {
        let mut i = start;
        while perm[i] != DONE {
            let j = perm[i];
            perm[i] = DONE;
            if j == start {
                break;
            }
            v.swap(i, j);
            i = j;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (xorshift), so the tests need no
    /// dependency and run in the wasm build too.
    fn numbers(seed: u64, n: usize, modulo: u64) -> Vec<u64> {
        let mut x = seed | 1;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x % modulo
            })
            .collect()
    }

    #[test]
    fn both_routes_give_the_standard_stable_order() {
        for (seed, n, modulo) in [
            (1, 0, 5),
            (2, 1, 5),
            (3, 2, 2),
            (4, 17, 4),
            (5, 200, 7),
            (6, 513, 1000),
        ] {
            // Pairs of (key, original position): ties on the key show whether
            // equal elements keep their order.
            let v: Vec<(u64, usize)> = numbers(seed, n, modulo)
                .into_iter()
                .enumerate()
                .map(|(i, k)| (k, i))
                .collect();
            let mut want = v.clone();
            want.sort_by(|a, b| b.0.cmp(&a.0));
            let mut got = v.clone();
            sort_by(&mut got, |a, b| b.0.cmp(&a.0));
            assert_eq!(got, want, "seed {seed}, n {n}");
            // The wasm build's route.
            let mut got = v.clone();
            by_indices(&mut got, |a, b| b.0.cmp(&a.0));
            assert_eq!(got, want, "seed {seed}, n {n}");
            let mut got = v;
            sort_by_key(&mut got, |p| p.0);
            let mut want = got.clone();
            want.sort_by_key(|p| p.0);
            assert_eq!(got, want);
        }
    }

    #[test]
    fn permute_places_every_element_once() {
        // Elements without Clone or Copy move only by swaps.
        let v0: Vec<String> = (0..9).map(|i| format!("e{i}")).collect();
        for perm in [
            vec![0, 1, 2, 3, 4, 5, 6, 7, 8],
            vec![8, 7, 6, 5, 4, 3, 2, 1, 0],
            vec![1, 2, 3, 4, 5, 6, 7, 8, 0],
            vec![2, 0, 1, 4, 3, 5, 8, 6, 7],
        ] {
            let mut v = v0.clone();
            let want: Vec<String> = perm.iter().map(|&i| v0[i].clone()).collect();
            permute(&mut v, &mut perm.clone());
            assert_eq!(v, want, "perm {perm:?}");
        }
    }

    #[test]
    fn sort_indices_orders_by_the_comparator() {
        let keys = [5, 3, 9, 3, 1];
        let mut idx: Vec<usize> = (0..keys.len()).collect();
        sort_indices(&mut idx, |a, b| keys[a].cmp(&keys[b]));
        assert_eq!(idx, [4, 1, 3, 0, 2]);
        // The wasm build's route, here too.
        let mut idx: Vec<usize> = (0..keys.len()).collect();
        sort_dyn(&mut idx, &mut |a, b| keys[a].cmp(&keys[b]));
        assert_eq!(idx, [4, 1, 3, 0, 2]);
    }
}
