//! Integer mirrors of the library's division and addition: the same
//! `Decimal` (mantissa, scale and sign) as `checked_div` / `checked_add`
//! for the operands the engine meets most (divisors below 2^32, sums whose
//! aligned operands fit 128 bits), computed with native `u128` steps
//! instead of the library's 32-bit limbs. Every other operand returns
//! `None` and the caller takes the library path. Each mirror is tested
//! against the library below, on random operands of every size and scale
//! and on rounding ties.
//!
//! Why: the indicator part is a sum of 28-digit quotients (weight × actual /
//! target per indicator, for the year and each year-to-date quarter), and
//! those quotients and their sums were about a quarter of an evaluation.

use rust_decimal::Decimal;

/// The largest mantissa, 2^96 − 1.
const MAX96: u128 = (1u128 << 96) - 1;

/// The largest scale of a Decimal.
const MAX_SCALE: i32 = 28;

/// Powers of ten that fit a u64 (10^0 … 10^19).
const POW10: [u64; 20] = {
    let mut t = [1u64; 20];
    let mut i = 1;
    while i < t.len() {
        t[i] = t[i - 1] * 10;
        i += 1;
    }
    t
};

/// `MAX96 / 10^k`: the largest mantissa that can be scaled up by 10^k.
const SCALABLE: [u128; 20] = {
    let mut t = [0u128; 20];
    let mut i = 0;
    while i < t.len() {
        t[i] = MAX96 / POW10[i] as u128;
        i += 1;
    }
    t
};

/// A Decimal from a magnitude below 2^96, a sign and a scale ≤ 28; like the
/// library's `from_parts`, a zero is never negative.
fn from_magnitude(m: u128, negative: bool, scale: u32) -> Decimal {
    Decimal::from_parts(
        m as u32,
        (m >> 32) as u32,
        (m >> 64) as u32,
        negative,
        scale,
    )
}

/// The largest k ≤ `limit` (≤ 9) with q × 10^k ≤ 2^96 − 1 (the library's
/// `find_scale`). Below 2^64 nine digits always fit.
fn scalable_digits(q: u128, limit: usize) -> usize {
    let mut k = limit;
    if q >> 64 != 0 {
        while k > 0 && q > SCALABLE[k] {
            k -= 1;
        }
    }
    k
}

/// `q / m` when m (< 2^32) divides q, else None. The remainder is taken on
/// u64 halves (a u128 remainder is a library call, and it is rarely zero).
/// Inlined so that m is a constant (no hardware division).
#[inline(always)]
fn div_exact(q: u128, m: u64) -> Option<u128> {
    if q >> 64 == 0 {
        let q = q as u64;
        return (q % m == 0).then(|| u128::from(q / m));
    }
    let (hi, lo) = ((q >> 64) as u64, q as u64);
    // 2^64 mod m, as (2^64 − m) mod m.
    let wrap = m.wrapping_neg() % m;
    let rem = ((hi % m) * wrap % m + lo % m) % m;
    (rem == 0).then(|| q / u128::from(m))
}

/// `(t / d, t % d)` from the reciprocal `inv` = ⌊(2^64 − 1) / d⌋ (d ≥ 1):
/// the estimate ⌊t × inv / 2^64⌋ is at most two below the quotient, then
/// corrected exactly. A multiplication instead of a hardware division on
/// the chain of digit steps (each waited for the previous one's division).
#[inline(always)]
fn div_by_reciprocal(t: u64, d: u64, inv: u64) -> (u64, u64) {
    let mut q = ((u128::from(t) * u128::from(inv)) >> 64) as u64;
    // q ≤ t / d, so q × d ≤ t.
    let mut r = t - q * d;
    while r >= d {
        q += 1;
        r -= d;
    }
    (q, r)
}

/// `(x / 10, x % 10)` on 32-bit limbs: divisions of u64 by the constant
/// 10 compile to multiplications, a u128 division is a call.
#[inline(always)]
fn div10(x: u128) -> (u128, u64) {
    let (mut q, mut rem) = (0u128, 0u64);
    for shift in [96, 64, 32, 0] {
        // rem < 10: cur < 10 × 2^32.
        let cur = rem << 32 | ((x >> shift) as u64 & 0xFFFF_FFFF);
        q |= u128::from(cur / 10) << shift;
        rem = cur % 10;
    }
    (q, rem)
}

/// The library's trailing-zero removal after an inexact division (`unscale`):
/// eights of zeros only while the low 32 bits are zero, then at most one
/// step each of four, two and one. It does not always remove them all, and
/// the mirror must not either.
#[inline(always)]
fn unscale(mut q: u128, mut scale: i32) -> (u128, i32) {
    while q as u32 == 0 && scale >= 8 {
        let Some(x) = div_exact(q, 100_000_000) else {
            break;
        };
        q = x;
        scale -= 8;
    }
    for (mask, k, m) in [(0xF, 4, 10_000), (0x3, 2, 100), (0x1, 1, 10)] {
        if q & mask == 0 && scale >= k {
            if let Some(x) = div_exact(q, m) {
                q = x;
                scale -= k;
            }
        }
    }
    (q, scale)
}

/// The magnitude of a Decimal's mantissa (below 2^96) from its words.
fn magnitude(lo: u32, mid: u32, hi: u32) -> u128 {
    u128::from(lo) | u128::from(mid) << 32 | u128::from(hi) << 64
}

/// `a.checked_div(b)` for divisors whose mantissa is below 2^32, or `None`
/// (other divisors, division by zero, results the library would reject or
/// that need its rarer paths).
///
/// The library's quotient, read from its long division (`div_impl` and
/// `div_remainder_32`): with x = |a / b|, an exact first step (no
/// remainder) keeps the scale sa − sb; otherwise further digits of x come
/// in steps of at most nine, as many as fit 96 bits, until the remainder is
/// zero or the scale 28 or 96 bits are reached; the last digit is rounded
/// half to even (a step that carries past 96 bits goes one digit back,
/// still half to even, the remainder as sticky bit), and `unscale` removes
/// trailing zeros.
///
/// Inlined natively for the reason given in `num` (a Decimal passed through
/// memory right after it was built stalls the load).
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub fn div(a: Decimal, b: Decimal) -> Option<Decimal> {
    let (a, b) = (a.unpack(), b.unpack());
    if b.hi != 0 || b.mid != 0 || b.lo == 0 {
        return None;
    }
    let d = u64::from(b.lo);
    let n = magnitude(a.lo, a.mid, a.hi);
    if n == 0 {
        return Some(Decimal::ZERO);
    }
    let negative = a.negative != b.negative;
    let (q, scale) = div_magnitudes(n, a.scale, d, b.scale)?;
    Some(from_magnitude(q, negative, scale))
}

/// The magnitude and scale of [`div`]'s quotient for a dividend n
/// (0 < n < 2^96) at scale `sa` and a divisor d (0 < d < 2^32) at `sb`.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn div_magnitudes(n: u128, sa: u32, d: u64, sb: u32) -> Option<(u128, u32)> {
    let mut scale = sa as i32 - sb as i32;
    let (mut q, mut r) = if n >> 64 == 0 {
        let n = n as u64;
        (u128::from(n / d), n % d)
    } else {
        (n / u128::from(d), (n % u128::from(d)) as u64)
    };
    if r == 0 {
        if scale >= 0 {
            return Some((q, scale as u32));
        }
        // An exact quotient with a negative scale: brought to scale 0.
        let m = q.checked_mul(u128::from(*POW10.get((-scale) as usize)?))?;
        return (m <= MAX96).then_some((m, 0));
    }
    // The digit steps divide by d again and again: by its reciprocal.
    let inv = u64::MAX / d;
    loop {
        // r ≠ 0 here: more digits, as many as fit but at most nine at a
        // time, as the library takes them (an exact quotient keeps the zeros
        // of its last step, which `unscale` may not all remove).
        let limit = (MAX_SCALE - scale).clamp(0, 9) as usize;
        let k = scalable_digits(q, limit);
        if k == 0 {
            // No room for another digit: round half to even on r.
            let twice = r << 1;
            if twice > d || (twice == d && q & 1 == 1) {
                q += 1;
                if q > MAX96 {
                    return None;
                }
            }
            break;
        }
        let p = POW10[k];
        // r < d < 2^32 and p ≤ 10^9: t < 2^62.
        let (digits, rest) = div_by_reciprocal(r * p, d, inv);
        let next = q * u128::from(p) + u128::from(digits);
        r = rest;
        scale += k as i32;
        if next > MAX96 {
            // The last digit does not fit: one place back, half to even,
            // the remainder beyond it as sticky bit.
            let (head, digit) = div10(next);
            let up = digit > 5 || (digit == 5 && (r != 0 || head & 1 == 1));
            q = head + u128::from(up);
            scale -= 1;
            break;
        }
        q = next;
        if r == 0 {
            break;
        }
    }
    if scale < 0 {
        return None;
    }
    let (q, scale) = unscale(q, scale);
    Some((q, scale as u32))
}

/// 2^96 × 10^t for t = 0 … 9: a magnitude below 2^96 × 10^t keeps at most
/// 96 bits once t digits are removed.
const FITS_AFTER: [u128; 10] = {
    let mut t = [0u128; 10];
    let mut i = 0;
    while i < t.len() {
        t[i] = (1u128 << 96) * POW10[i] as u128;
        i += 1;
    }
    t
};

/// `a.checked_add(b)` when one mantissa has more than 64 bits (where the
/// library leaves its fast paths) and both, brought to the larger scale,
/// fit 128 bits; otherwise `None` (the library path).
///
/// The library's sum (`add_sub_internal`, `aligned_add`, `unaligned_add`,
/// `Buf24::rescale`): a zero operand gives the other one unchanged (its
/// scale and sign); otherwise the exact sum at the larger scale, with the
/// sign of `a` when the magnitudes cancel; a sum past 96 bits loses the
/// fewest trailing digits that make it fit, rounded half to even with the
/// digits beyond as sticky bit (at most the sum's scale: beyond that it
/// overflows). A difference past 96 bits and a rounding that carries past
/// them again take the library path.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub fn add(a: Decimal, b: Decimal) -> Option<Decimal> {
    let (ua, ub) = (a.unpack(), b.unpack());
    if ua.hi | ub.hi == 0 {
        // Both below 2^64: the library's own fast paths are cheaper.
        return None;
    }
    let ma = magnitude(ua.lo, ua.mid, ua.hi);
    let mb = magnitude(ub.lo, ub.mid, ub.hi);
    if ma == 0 {
        return Some(b);
    }
    if mb == 0 {
        return Some(a);
    }
    if ua.negative == ub.negative {
        let (sum, scale) = add_magnitudes(ma, ua.scale, mb, ub.scale)?;
        return Some(from_magnitude(sum, ua.negative, scale));
    }
    let scale = ua.scale.max(ub.scale);
    let xa = scaled_up(ma, scale - ua.scale)?;
    let xb = scaled_up(mb, scale - ub.scale)?;
    let (diff, negative) = if xa >= xb {
        (xa - xb, ua.negative)
    } else {
        (xb - xa, ub.negative)
    };
    (diff <= MAX96).then(|| from_magnitude(diff, negative, scale))
}

/// The magnitude and scale of the library's sum of two non-zero values of
/// the same sign (magnitudes below 2^96 at scales ≤ 28), when both fit 128
/// bits at the larger scale: the exact sum there, or past 96 bits rounded
/// as described at [`add`].
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn add_magnitudes(ma: u128, sa: u32, mb: u128, sb: u32) -> Option<(u128, u32)> {
    // The operand at the smaller scale brought to the larger one.
    let (scale, xa, xb) = if sa >= sb {
        (sa, ma, scaled_up(mb, sa - sb)?)
    } else {
        (sb, scaled_up(ma, sb - sa)?, mb)
    };
    let sum = xa.checked_add(xb)?;
    if sum <= MAX96 {
        return Some((sum, scale));
    }
    let t = FITS_AFTER
        .iter()
        .position(|&limit| sum < limit)
        .unwrap_or(10);
    if t as u32 > scale {
        return None;
    }
    let p = 10u128.pow(t as u32);
    let (q, r) = (sum / p, sum % p);
    let half = p / 2;
    let q = if r > half || (r == half && q & 1 == 1) {
        q + 1
    } else {
        q
    };
    (q <= MAX96).then_some((q, scale - t as u32))
}

/// `a.checked_sub(b)`: for a non-zero `a` the library's difference is its
/// sum with the negation of `b` (a zero `b` gives `a` either way); a zero
/// `a` takes the library path.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub fn sub(a: Decimal, b: Decimal) -> Option<Decimal> {
    if a.is_zero() {
        return None;
    }
    add(a, -b)
}

/// A non-negative Decimal as integers: its magnitude (below 2^96) and
/// scale (≤ 28). The indicator part keeps points and sums in this form
/// between operations, each one the library's result like the mirrors
/// above, and builds a Decimal only where the Evaluation stores one:
/// unpacking and repacking a Decimal around every operation was a large
/// share of that part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Raw {
    m: u128,
    scale: u32,
}

impl Raw {
    /// The library's zero result (`Decimal::ZERO`, scale 0).
    pub const ZERO: Raw = Raw { m: 0, scale: 0 };

    /// The parts of `d`, or None when it is negative (a negative zero too).
    #[inline(always)]
    pub fn of(d: Decimal) -> Option<Raw> {
        let u = d.unpack();
        (!u.negative).then(|| Raw {
            m: magnitude(u.lo, u.mid, u.hi),
            scale: u.scale,
        })
    }

    pub fn is_zero(self) -> bool {
        self.m == 0
    }

    /// The Decimal these parts stand for.
    #[inline(always)]
    pub fn to_decimal(self) -> Decimal {
        from_magnitude(self.m, false, self.scale)
    }

    /// `a.checked_mul(b)` where the product is exact: a zero operand gives
    /// `Decimal::ZERO`; operands below 2^64 whose product fits 96 bits at
    /// a scale ≤ 28 give that product (`mul_impl` and `finish_mul` round
    /// only beyond). Otherwise None.
    #[inline(always)]
    pub fn mul(self, b: Raw) -> Option<Raw> {
        if self.m == 0 || b.m == 0 {
            return Some(Raw::ZERO);
        }
        let (x, y) = (u64::try_from(self.m).ok()?, u64::try_from(b.m).ok()?);
        let m = u128::from(x) * u128::from(y);
        let scale = self.scale + b.scale;
        (m <= MAX96 && scale <= MAX_SCALE as u32).then_some(Raw { m, scale })
    }

    /// `a.checked_div(b)` as [`div`] computes it, for divisors below 2^32
    /// (otherwise None); a zero dividend gives `Decimal::ZERO`.
    #[inline(always)]
    pub fn div(self, b: Raw) -> Option<Raw> {
        let d = u32::try_from(b.m).ok().filter(|d| *d != 0)?;
        if self.m == 0 {
            return Some(Raw::ZERO);
        }
        let (m, scale) = div_magnitudes(self.m, self.scale, u64::from(d), b.scale)?;
        Some(Raw { m, scale })
    }

    /// `a.checked_add(b)` as [`add`] computes it (a zero operand gives the
    /// other unchanged), for operands of any size.
    #[inline(always)]
    pub fn add(self, b: Raw) -> Option<Raw> {
        if self.m == 0 {
            return Some(b);
        }
        if b.m == 0 {
            return Some(self);
        }
        let (m, scale) = add_magnitudes(self.m, self.scale, b.m, b.scale)?;
        Some(Raw { m, scale })
    }

    /// `a > b` by value: the one at the smaller scale brought to the other's
    /// (a product that leaves u128 exceeds any magnitude).
    #[inline(always)]
    pub fn gt(self, b: Raw) -> bool {
        if self.scale >= b.scale {
            scaled_up(b.m, self.scale - b.scale).is_some_and(|y| self.m > y)
        } else {
            scaled_up(self.m, b.scale - self.scale).is_none_or(|x| x > b.m)
        }
    }
}

/// `m × 10^k` (k ≤ 38), or None past u128; a 64-bit magnitude and a power
/// below 10^20 multiply without a check (a checked u128 product was a
/// large share of additions and comparisons).
#[inline(always)]
pub fn scaled_up(m: u128, k: u32) -> Option<u128> {
    match (u64::try_from(m), POW10.get(k as usize)) {
        (Ok(m), Some(&p)) => Some(u128::from(m) * u128::from(p)),
        _ => m.checked_mul(*POW10_128.get(k as usize)?),
    }
}

/// Powers of ten up to 10^38 (the largest in u128).
const POW10_128: [u128; 39] = {
    let mut t = [1u128; 39];
    let mut i = 1;
    while i < t.len() {
        t[i] = t[i - 1] * 10;
        i += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::*;

    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        /// A mantissa of about `bits` bits (0–96), sometimes a round number.
        fn mantissa(&mut self, bits: u32) -> u128 {
            let raw = (u128::from(self.next()) << 64 | u128::from(self.next())) & MAX96;
            let m = if bits == 0 {
                0
            } else {
                raw >> (96 - bits.min(96))
            };
            match self.next() % 8 {
                0 => m / 1000 * 1000,
                1 => u128::from(self.next() % 100_000),
                _ => m,
            }
        }
        fn decimal(&mut self) -> Decimal {
            let bits = (self.next() % 97) as u32;
            let m = self.mantissa(bits);
            let scale = (self.next() % 29) as u32;
            from_magnitude(m, self.next() % 3 == 0, scale)
        }
        /// Operands like the engine's: a few digits at small scales.
        fn small(&mut self) -> Decimal {
            let digits = (self.next() % 13) as u32;
            let m = u128::from(self.next()) % 10u128.pow(digits).max(1);
            from_magnitude(m, self.next() % 7 == 0, (self.next() % 6) as u32)
        }
    }

    impl Rng {
        /// Operands of mixed kinds by `k % 4`: both of any size, both
        /// small, then one of each either way round.
        fn pair(&mut self, k: u32) -> (Decimal, Decimal) {
            match k % 4 {
                0 => (self.decimal(), self.decimal()),
                1 => (self.small(), self.small()),
                2 => (self.decimal(), self.small()),
                _ => (self.small(), self.decimal()),
            }
        }
    }

    fn same(got: Option<Decimal>, want: Option<Decimal>, what: &str) {
        if let Some(g) = got {
            let w = want.unwrap_or_else(|| panic!("{what}: mirror {g}, library none"));
            assert_eq!(
                g.serialize(),
                w.serialize(),
                "{what}: mirror {g}, library {w}"
            );
        }
    }

    /// `div` equals `checked_div` wherever it answers, and answers for
    /// every divisor below 2^64 whose quotient the library gives.
    #[test]
    fn div_matches_library() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let mut answered = 0u32;
        for k in 0..1_500_000u32 {
            let (a, b) = rng.pair(k);
            let got = div(a, b);
            answered += u32::from(got.is_some());
            same(got, a.checked_div(b), &format!("{a:?} / {b:?}"));
        }
        assert!(answered > 700_000, "{answered}");
    }

    /// Rounding ties: quotients with one digit more than fits, ending in 5,
    /// and the boundaries of 96 bits.
    #[test]
    fn div_ties_and_boundaries() {
        let mut rng = Rng(0x1234_5678_9abc_def1);
        for k in 0..300_000u32 {
            let n = rng.mantissa(60 + (k % 37));
            let d = [2u128, 4, 8, 16, 20, 25, 32, 40, 50, 64, 80, 125, 3, 7][(k % 14) as usize];
            let scale_a = (rng.next() % 29) as u32;
            let scale_b = (rng.next() % 3) as u32;
            let a = from_magnitude(n | 1, k % 2 == 0, scale_a);
            let b = from_magnitude(d, k % 3 == 0, scale_b);
            same(div(a, b), a.checked_div(b), &format!("{a:?} / {b:?}"));
            let a = from_magnitude(MAX96 - u128::from(rng.next() % 1000), false, scale_a);
            same(div(a, b), a.checked_div(b), &format!("{a:?} / {b:?}"));
        }
        for (a, b) in [
            (Decimal::MAX, Decimal::new(1, 28)),
            (Decimal::ONE, Decimal::new(3, 0)),
            (Decimal::new(2, 0), Decimal::new(3, 0)),
            (Decimal::new(1, 28), Decimal::new(3, 0)),
            (Decimal::new(1, 28), Decimal::new(2, 0)),
            (Decimal::new(5, 28), Decimal::new(10, 0)),
            (Decimal::new(100, 0), Decimal::new(5, 1)),
            (Decimal::new(1000, 2), Decimal::new(4, 0)),
            (Decimal::new(1010, 2), Decimal::new(4, 0)),
            (Decimal::new(-0, 3), Decimal::new(4, 0)),
        ] {
            same(div(a, b), a.checked_div(b), &format!("{a:?} / {b:?}"));
            assert!(div(a, b).is_some() || a.checked_div(b).is_none() || b.mantissa() >> 64 != 0);
        }
    }

    /// The reciprocal division and the division by ten equal the plain
    /// ones, on random operands of every size and the extremes.
    #[test]
    fn reciprocal_and_div10_match_plain_division() {
        let mut rng = Rng(0x0123_4567_89ab_cdef);
        for k in 0..1_000_000u32 {
            let d = (rng.next() >> (k % 64)).max(1);
            let t = rng.next() >> (rng.next() % 64);
            assert_eq!(
                div_by_reciprocal(t, d, u64::MAX / d),
                (t / d, t % d),
                "{t} / {d}"
            );
            let x = u128::from(rng.next()) << 64 | u128::from(rng.next());
            let x = x >> (rng.next() % 128);
            assert_eq!(div10(x), (x / 10, (x % 10) as u64), "{x}");
        }
        for d in [1u64, 2, 3, 7, 10, u32::MAX as u64, u64::MAX - 1, u64::MAX] {
            for t in [0u64, 1, d - 1, d, u64::MAX - 1, u64::MAX] {
                assert_eq!(div_by_reciprocal(t, d, u64::MAX / d), (t / d, t % d));
            }
        }
        assert_eq!(div10(u128::MAX), (u128::MAX / 10, 5));
    }

    /// The `Raw` operations equal the library's on non-negative operands
    /// of every size and scale wherever they answer (addition always
    /// answers when both operands fit 128 bits at the larger scale), and
    /// the conversions round-trip.
    #[test]
    fn raw_ops_match_library() {
        let mut rng = Rng(0x5851_f42d_4c95_7f2d);
        let abs = |d: Decimal| from_magnitude(d.mantissa().unsigned_abs(), false, d.scale());
        let mut answered = [0u32; 3];
        for k in 0..1_500_000u32 {
            let (a, b) = rng.pair(k);
            let (a, b) = (abs(a), abs(b));
            let (ra, rb) = (Raw::of(a).unwrap(), Raw::of(b).unwrap());
            assert_eq!(ra.to_decimal().serialize(), a.serialize());
            let what = format!("{a:?} {b:?}");
            let ops = [
                (ra.mul(rb), a.checked_mul(b)),
                (ra.div(rb), a.checked_div(b)),
                (ra.add(rb), a.checked_add(b)),
            ];
            for (i, (got, want)) in ops.into_iter().enumerate() {
                answered[i] += u32::from(got.is_some());
                same(got.map(Raw::to_decimal), want, &format!("op {i}: {what}"));
            }
            assert_eq!(ra.gt(rb), a > b, "{what}");
            assert_eq!(rb.gt(ra), b > a, "{what}");
        }
        assert!(answered.iter().all(|n| *n > 300_000), "{answered:?}");
        assert_eq!(Raw::of(Decimal::new(-1, 2)), None);
        assert_eq!(Raw::of(-Decimal::new(0, 2)), None);
    }

    /// `add` and `sub` equal the library's wherever they answer: random
    /// operands of every size and scale, sums just past 96 bits (with
    /// rounding ties), cancellations and zeros of every scale.
    #[test]
    fn add_and_sub_match_library() {
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        let mut answered = 0u32;
        for k in 0..1_500_000u32 {
            let (a, b) = match k % 5 {
                k @ 0..=2 => rng.pair(k),
                3 => {
                    // Near 96 bits at close scales: sums that must be cut.
                    let s = (rng.next() % 29) as u32;
                    let x = from_magnitude(MAX96 - rng.mantissa(90), false, s);
                    let t = (s + (rng.next() % 3) as u32).min(28);
                    (x, from_magnitude(rng.mantissa(96), rng.next() % 4 == 0, t))
                }
                _ => {
                    let x = rng.decimal();
                    let same =
                        from_magnitude(x.mantissa().unsigned_abs(), rng.next() % 2 == 0, x.scale());
                    (
                        x,
                        if rng.next() % 2 == 0 {
                            same
                        } else {
                            from_magnitude(0, rng.next() % 2 == 0, (rng.next() % 29) as u32)
                        },
                    )
                }
            };
            let got = add(a, b);
            answered += u32::from(got.is_some());
            same(got, a.checked_add(b), &format!("{a:?} + {b:?}"));
            same(add(b, a), b.checked_add(a), &format!("{b:?} + {a:?}"));
            same(sub(a, b), a.checked_sub(b), &format!("{a:?} - {b:?}"));
            same(sub(b, a), b.checked_sub(a), &format!("{b:?} - {a:?}"));
        }
        assert!(answered > 500_000, "{answered}");
    }
}
