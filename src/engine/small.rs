//! `SmallList`: a list kept inline up to `N` items, on the heap beyond. The
//! engine's per-unit scratch lists (a unit's events, its scored 360 groups,
//! its indicators' keys, a cadre's units) hold a handful of items; as Vecs
//! they were an allocation and a free each, about 500 instructions with
//! glibc's allocator in an evaluation's allocate-then-free-everything
//! pattern, more than the work done with most of them.

/// Up to `N` items inline, then all of them in a Vec (one slice either way).
#[derive(Clone, Debug)]
pub struct SmallList<T, const N: usize> {
    len: usize,
    inline: [T; N],
    heap: Vec<T>,
}

impl<T: Copy + Default, const N: usize> Default for SmallList<T, N> {
    fn default() -> Self {
        SmallList {
            len: 0,
            inline: [T::default(); N],
            heap: Vec::new(),
        }
    }
}

impl<T: Copy + Default, const N: usize> SmallList<T, N> {
    pub fn push(&mut self, item: T) {
        if self.heap.is_empty() {
            if let Some(slot) = self.inline.get_mut(self.len) {
                *slot = item;
                self.len += 1;
                return;
            }
            // Full: every item moves to the heap, which then holds them all.
            self.heap.reserve(2 * N.max(1));
            self.heap.extend_from_slice(&self.inline);
        }
        self.heap.push(item);
        self.len += 1;
    }

    pub fn as_slice(&self) -> &[T] {
        if self.heap.is_empty() {
            &self.inline[..self.len]
        } else {
            &self.heap
        }
    }

    pub fn as_mut_slice(&mut self) -> &mut [T] {
        if self.heap.is_empty() {
            &mut self.inline[..self.len]
        } else {
            &mut self.heap
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

#[cfg(test)]
mod tests {
    use super::SmallList;

    #[test]
    fn keeps_order_across_the_inline_limit() {
        for n in 0..12usize {
            let mut l: SmallList<usize, 4> = SmallList::default();
            for i in 0..n {
                l.push(i * 10);
            }
            let want: Vec<usize> = (0..n).map(|i| i * 10).collect();
            assert_eq!(l.as_slice(), want.as_slice());
            assert_eq!(l.is_empty(), n == 0);
            for x in l.as_mut_slice() {
                *x += 1;
            }
            assert_eq!(
                l.as_slice().iter().sum::<usize>(),
                want.iter().sum::<usize>() + n
            );
        }
        let mut z: SmallList<u8, 0> = SmallList::default();
        z.push(7);
        assert_eq!(z.as_slice(), &[7]);
    }
}
