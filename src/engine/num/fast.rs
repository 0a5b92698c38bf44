//! Machine-integer fast paths of rust_decimal's checked add, subtract,
//! multiply and divide: for operands that `u128` arithmetic can carry, the
//! same Decimal bit for bit (mantissa, scale, sign) as the library, at a
//! fraction of the cost. `None` means "not handled here" (the caller asks
//! the library, which also reports overflow and division by zero). The
//! tests below check every path against the library on random and edge
//! operands.
//!
//! The library's results, restated:
//! - zero operands: `0 + b` is `b` and `a + 0` is `a` as they are (scale
//!   kept), `0 - b` is `-b`; a product with a zero factor, and a quotient
//!   of zero, is `0` at scale 0;
//! - a sum or product is exact at the larger (summed) scale when its
//!   mantissa fits 96 bits; otherwise it drops the fewest trailing digits
//!   that make it fit, rounding half to even;
//! - a quotient is exact at the scale difference when the division leaves
//!   no remainder; otherwise it gains digits, as many as fit 96 bits (at
//!   most nine a step, at most 28 places), until the remainder is zero or no
//!   digit fits, rounds the last one half to even on the remainder, and
//!   strips trailing zeros in steps of 10^8 (only while the low 32 bits are
//!   zero), 10^4, 10^2 and 10 (each while the bits allow it).

use rust_decimal::Decimal;

/// The largest 96-bit mantissa.
const MAX96: u128 = (1 << 96) - 1;

/// The largest scale.
const MAX_SCALE: u32 = 28;

/// Powers of ten up to 10^28.
const POW10: [u128; 29] = {
    let mut t = [1u128; 29];
    let mut i = 1;
    while i < t.len() {
        t[i] = t[i - 1] * 10;
        i += 1;
    }
    t
};

/// `MAX96 / 10^k` for k = 0..=9: the largest mantissas that take k more
/// digits.
const FITS: [u128; 10] = {
    let mut t = [0u128; 10];
    let mut i = 0;
    while i < t.len() {
        t[i] = MAX96 / POW10[i];
        i += 1;
    }
    t
};

/// `(MAX96 + 1) × 10^k` for k = 0..=9: the magnitudes below it fit 96 bits
/// once k digits are dropped.
const BELOW: [u128; 10] = {
    let mut t = [0u128; 10];
    let mut i = 0;
    while i < t.len() {
        t[i] = (MAX96 + 1) * POW10[i];
        i += 1;
    }
    t
};

/// Magnitude, scale and sign of a Decimal.
fn parts(d: Decimal) -> (u128, u32, bool) {
    (d.mantissa().unsigned_abs(), d.scale(), d.is_sign_negative())
}

/// The Decimal of a magnitude (at most 96 bits), scale and sign; zero is
/// never negative.
fn make(magnitude: u128, scale: u32, negative: bool) -> Decimal {
    Decimal::from_parts(
        magnitude as u32,
        (magnitude >> 32) as u32,
        (magnitude >> 64) as u32,
        negative,
        scale,
    )
}

/// `a + b` (or `a - b` with `subtract`).
pub fn add(a: Decimal, b: Decimal, subtract: bool) -> Option<Decimal> {
    if a.is_zero() {
        return Some(if subtract && !b.is_zero() { -b } else { b });
    }
    if b.is_zero() {
        return Some(a);
    }
    let (ma, sa, na) = parts(a);
    let (mb, sb, nb) = parts(b);
    let nb = nb != subtract;
    let scale = sa.max(sb);
    let ma = ma.checked_mul(POW10[(scale - sa) as usize])?;
    let mb = mb.checked_mul(POW10[(scale - sb) as usize])?;
    let (magnitude, negative) = if na == nb {
        (ma.checked_add(mb)?, na)
    } else if ma >= mb {
        (ma - mb, na)
    } else {
        (mb - ma, nb)
    };
    fit(magnitude, scale, negative)
}

/// `a × b`.
pub fn mul(a: Decimal, b: Decimal) -> Option<Decimal> {
    if a.is_zero() || b.is_zero() {
        return Some(Decimal::ZERO);
    }
    let (ma, sa, na) = parts(a);
    let (mb, sb, nb) = parts(b);
    let scale = sa + sb;
    if scale > MAX_SCALE {
        return None;
    }
    fit(ma.checked_mul(mb)?, scale, na != nb)
}

/// An exact result brought into 96 bits: the fewest trailing digits
/// dropped, rounded half to even. None when it would need a negative scale
/// or more than nine dropped digits, or when rounding carries into a 97th
/// bit (the library rounds again then).
fn fit(magnitude: u128, scale: u32, negative: bool) -> Option<Decimal> {
    if magnitude <= MAX96 {
        return Some(make(magnitude, scale, negative));
    }
    let drop = (1..BELOW.len()).find(|&k| magnitude < BELOW[k])?;
    let new_scale = scale.checked_sub(drop as u32)?;
    let unit = POW10[drop] as u32;
    let (q, r) = divrem(magnitude, unit);
    let half = unit / 2;
    let q = if r > half || (r == half && q & 1 == 1) {
        q + 1
    } else {
        q
    };
    (q <= MAX96).then(|| make(q, new_scale, negative))
}

/// `n / d` and `n % d` by 32-bit limbs, with 64-bit divisions.
fn divrem(n: u128, d: u32) -> (u128, u32) {
    let d = u64::from(d);
    if let Ok(small) = u64::try_from(n) {
        return (u128::from(small / d), (small % d) as u32);
    }
    let mut q = 0u128;
    let mut r = 0u64;
    for shift in [96, 64, 32, 0] {
        let cur = (r << 32) | u64::from((n >> shift) as u32);
        q |= u128::from(cur / d) << shift;
        r = cur % d;
    }
    (q, r as u32)
}

/// `a / b`, for divisors whose mantissa fits 32 bits and a scale
/// difference that is not negative.
pub fn div(a: Decimal, b: Decimal) -> Option<Decimal> {
    if b.is_zero() {
        return None;
    }
    if a.is_zero() {
        return Some(Decimal::ZERO);
    }
    let (n, sa, na) = parts(a);
    let (d, sb, nb) = parts(b);
    let d = u32::try_from(d).ok()?;
    let mut scale = sa.checked_sub(sb)?;
    let negative = na != nb;
    let (mut q, r) = divrem(n, d);
    let (d, mut r) = (u64::from(d), u64::from(r));
    if r == 0 {
        return Some(make(q, scale, negative));
    }
    loop {
        // Digits that still fit: at most nine, at most up to 28 places.
        let room = (MAX_SCALE - scale).min(9) as usize;
        let k = (0..=room).rev().find(|&k| q <= FITS[k]).unwrap_or(0);
        if k == 0 {
            // No digit fits: round the last one on the remainder.
            if 2 * r > d || (2 * r == d && q & 1 == 1) {
                q += 1;
                if q > MAX96 {
                    return None;
                }
            }
            break;
        }
        let scaled = r * POW10[k] as u64;
        q = q * POW10[k] + u128::from(scaled / d);
        r = scaled % d;
        scale += k as u32;
        if q > MAX96 {
            // The new digits carried into a 97th bit: drop the last one,
            // rounding half to even (the remainder breaks ties).
            let (tenth, digit) = divrem(q, 10);
            q = tenth;
            scale -= 1;
            if digit > 5 || (digit == 5 && (r != 0 || q & 1 == 1)) {
                q += 1;
            }
            break;
        }
        if r == 0 {
            break;
        }
    }
    Some(make_unscaled(q, scale, negative))
}

/// The library's trailing-zero stripping after an inexact or extended
/// division: steps of 10^8 (while the low 32 bits are zero), then 10^4,
/// 10^2 and 10 once each, as the low bits allow.
fn make_unscaled(mut q: u128, mut scale: u32, negative: bool) -> Decimal {
    /// Divides by 10^k when that is exact.
    fn strip(q: &mut u128, scale: &mut u32, k: u32) -> bool {
        let (shorter, rest) = divrem(*q, POW10[k as usize] as u32);
        if rest == 0 {
            *q = shorter;
            *scale -= k;
        }
        rest == 0
    }
    while q as u32 == 0 && scale >= 8 && strip(&mut q, &mut scale, 8) {}
    for (k, mask) in [(4, 0xF), (2, 0x3), (1, 0x1)] {
        if q as u32 & mask == 0 && scale >= k {
            strip(&mut q, &mut scale, k);
        }
    }
    make(q, scale, negative)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A xorshift generator for reproducible operands.
    struct Gen(u64);

    impl Gen {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        /// A mantissa of up to `bits` bits.
        fn mantissa(&mut self, bits: u32) -> u128 {
            let m = (u128::from(self.next()) << 64 | u128::from(self.next())) & MAX96;
            m >> (96 - bits.min(96))
        }

        /// Decimals of every size and scale, with zeros, trailing zeros and
        /// values near 2^96.
        fn decimal(&mut self) -> Decimal {
            let kind = self.next() % 10;
            let bits = (self.next() % 97) as u32;
            let mut m = match kind {
                0 => 0,
                1 => MAX96 - u128::from(self.next() % 1000),
                2 => self.mantissa(bits) / 1000 * 1000,
                _ => self.mantissa(bits),
            };
            if kind == 3 {
                m %= 100_000;
            }
            let scale = (self.next() % 29) as u32;
            let scale = if self.next() % 3 == 0 { scale % 4 } else { scale };
            let negative = self.next() % 2 == 0;
            Decimal::from_i128_with_scale(if negative { -(m as i128) } else { m as i128 }, scale)
        }
    }

    fn same(got: Option<Decimal>, want: Option<Decimal>, what: &str) {
        if let Some(g) = got {
            let w = want.unwrap_or_else(|| panic!("{what}: fast {g}, library overflow"));
            assert_eq!(g.serialize(), w.serialize(), "{what}: fast {g}, library {w}");
        }
    }

    #[test]
    fn add_and_sub_match_library() {
        let mut g = Gen(0x2545_f491_4f6c_dd1d);
        for _ in 0..400_000 {
            let (a, b) = (g.decimal(), g.decimal());
            same(add(a, b, false), a.checked_add(b), &format!("{a} + {b}"));
            same(add(a, b, true), a.checked_sub(b), &format!("{a} - {b}"));
        }
    }

    #[test]
    fn mul_matches_library() {
        let mut g = Gen(0x9e37_79b9_7f4a_7c15);
        for _ in 0..400_000 {
            let (a, b) = (g.decimal(), g.decimal());
            same(mul(a, b), a.checked_mul(b), &format!("{a} * {b}"));
        }
    }

    #[test]
    fn div_matches_library() {
        let mut g = Gen(0x1234_5678_9abc_def1);
        let mut handled = 0;
        for i in 0..600_000u64 {
            let a = g.decimal();
            // Divisors as the engine has them: small, with few decimals.
            let b = match i % 4 {
                0 => g.decimal(),
                1 => Decimal::new((g.next() % 100_000) as i64 + 1, (g.next() % 4) as u32),
                2 => Decimal::new((g.next() % 13) as i64 + 1, 0),
                _ => Decimal::new((g.next() % u64::from(u32::MAX)) as i64, (g.next() % 29) as u32),
            };
            let got = div(a, b);
            handled += usize::from(got.is_some());
            same(got, a.checked_div(b), &format!("{a} / {b}"));
        }
        assert!(handled > 300_000, "only {handled} handled");
    }

    /// Quotients whose next digits carry into a 97th bit: the first step
    /// starts at the largest mantissa that takes k digits.
    #[test]
    fn div_carries_like_library() {
        let mut g = Gen(0x0bad_cafe_dead_beef);
        for k in 1..=9usize {
            for _ in 0..3000 {
                let d = g.next() % POW10[k.min(8)] as u64 + 2;
                let r0 = g.next() % d;
                let n = FITS[k] * u128::from(d) + u128::from(r0);
                if n > MAX96 {
                    continue;
                }
                let scale = (g.next() % 29) as u32;
                let a = Decimal::from_i128_with_scale(n as i128, scale);
                let b = Decimal::new(d as i64, (g.next() % (u64::from(scale) + 1)) as u32);
                same(div(a, b), a.checked_div(b), &format!("{a} / {b}"));
            }
        }
    }

    #[test]
    fn exact_quotients_keep_the_library_scale() {
        for (a, b) in [
            (Decimal::new(340_000, 1), Decimal::new(10_000, 0)),
            (Decimal::new(341_200, 1), Decimal::new(10_000, 0)),
            (Decimal::new(1, 0), Decimal::new(4, 0)),
            (Decimal::new(1_000, 3), Decimal::new(4, 0)),
            (Decimal::new(123_456_789, 0), Decimal::new(1_000, 0)),
            (Decimal::new(7, 0), Decimal::new(1, 28)),
            (Decimal::new(1, 28), Decimal::new(3, 0)),
        ] {
            same(div(a, b), a.checked_div(b), &format!("{a} / {b}"));
        }
    }
}
