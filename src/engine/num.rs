//! Exact arithmetic for the engine: checked `Decimal` operations that turn
//! overflow and division by zero into [`EngineError`]s instead of panics, and
//! the one rounding function of domain.md section 4.2 (2 decimal places, half
//! away from zero, 四舍五入). Rounding, comparisons and rounded means and
//! quotients work on the integer mantissas where that gives the library's
//! result bit for bit (each tested against the library below), because they
//! run tens of thousands of times per evaluation.

use std::cmp::Ordering;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

use super::error::EngineError;
use super::mirror;

/// Decimal places of every shown or compared score (domain.md 4.2).
pub const SCORE_DP: u32 = 2;

/// One hundred, the scale of percentages and 0–100 scores.
pub const HUNDRED: Decimal = Decimal::ONE_HUNDRED;

/// Rounds a produced score once: 2 dp, half away from zero (not banker's).
/// The result always carries exactly 2 decimal places (`104.80`).
///
/// Values with more than 2 decimal places (most of them: quotients carry up
/// to 28) are rounded on the integer mantissa, which gives the same Decimal
/// as `round_dp_with_strategy` + `rescale` at a fraction of the cost (tested
/// against it below); others take the library path.
pub fn round_score(x: Decimal) -> Decimal {
    let scale = x.scale();
    if scale <= SCORE_DP {
        let mut r = x.round_dp_with_strategy(SCORE_DP, RoundingStrategy::MidpointAwayFromZero);
        r.rescale(SCORE_DP);
        return r;
    }
    // |mantissa| < 2^96 and 10^(scale - 2) ≤ 10^26: all fits in u128.
    let m = x.mantissa();
    let a = m.unsigned_abs();
    // Most mantissas fit 64 bits: a native division (a u128 one is a call).
    let q = match (u64::try_from(a), POW10.get((scale - SCORE_DP) as usize)) {
        (Ok(a), Some(&unit)) if unit <= i128::from(u64::MAX) => {
            let unit = unit as u64;
            let (q, r) = (a / unit, a % unit);
            u128::from(if r >= unit - r { q + 1 } else { q })
        }
        _ => round_dropping_digits(a, scale - SCORE_DP),
    };
    // q < 2^96, so it fits i128 and the Decimal mantissa.
    let q = q as i128;
    Decimal::from_i128_with_scale(if m < 0 { -q } else { q }, SCORE_DP)
}

/// `a / 10^k` rounded half up (k ≥ 1, a < 2^96): the quotient up to the
/// first dropped digit, which alone decides (r ≥ 10^k / 2 exactly when
/// that digit is 5 or more). The divisions take 64-bit divisors: a u128
/// divisor (10^k beyond 10^19, the 28-digit sums) is the slow path of the
/// u128 division routine.
fn round_dropping_digits(a: u128, k: u32) -> u128 {
    const E19: u128 = 10u128.pow(19);
    let j = k - 1;
    let head = if j <= 19 {
        a / 10u128.pow(j)
    } else {
        // a / 10^19 < 2^96 / 10^19 < 2^33: the rest of 10^j on u64.
        u128::from((a / E19) as u64 / 10u64.pow(j - 19))
    };
    // On u64 when it fits (a u128 division by 10 is a call too).
    let (q, digit) = match u64::try_from(head) {
        Ok(h) => (u128::from(h / 10), h % 10),
        Err(_) => (head / 10, (head % 10) as u64),
    };
    if digit >= 5 {
        q + 1
    } else {
        q
    }
}

/// `a.cmp(&b)` on the integer mantissas, brought to the same scale: the
/// comparisons of the hot paths (scores against bounds, completions against
/// their maximum, caps) at a fraction of the library's cost.
pub fn cmp(a: Decimal, b: Decimal) -> Ordering {
    let (sa, sb) = (a.scale(), b.scale());
    let (ma, mb) = (a.mantissa(), b.mantissa());
    match sa.cmp(&sb) {
        Ordering::Equal => ma.cmp(&mb),
        Ordering::Less => rescaled_cmp(ma, sb - sa, mb),
        Ordering::Greater => rescaled_cmp(mb, sa - sb, ma).reverse(),
    }
}

/// Powers of ten up to the largest scale, 10^28.
const POW10: [i128; 29] = {
    let mut t = [1i128; 29];
    let mut i = 1;
    while i < t.len() {
        t[i] = t[i - 1] * 10;
        i += 1;
    }
    t
};

/// `(m × 10^k).cmp(other)` for mantissas below 2^96. When the product
/// would leave i128 its magnitude exceeds any mantissa, so its sign decides.
fn rescaled_cmp(m: i128, k: u32, other: i128) -> Ordering {
    /// The largest magnitude that can be multiplied by 10^k in i128.
    const LIMIT: [u128; 29] = {
        let mut t = [0u128; 29];
        let mut i = 0;
        while i < t.len() {
            t[i] = i128::MAX as u128 / POW10[i] as u128;
            i += 1;
        }
        t
    };
    match (POW10.get(k as usize), LIMIT.get(k as usize)) {
        (Some(p), Some(limit)) if m.unsigned_abs() <= *limit => (m * p).cmp(&other),
        _ if m < 0 => Ordering::Less,
        _ => Ordering::Greater,
    }
}

/// `x > 0`.
pub fn is_positive(x: Decimal) -> bool {
    !x.is_zero() && x.is_sign_positive()
}

/// `x < 0`.
pub fn is_negative(x: Decimal) -> bool {
    !x.is_zero() && x.is_sign_negative()
}

// The four operations below are inlined into their callers natively: a
// Decimal returned through memory from a call is read back before the
// callee's narrower stores retire (a store-forwarding stall on every
// operation, about a sixth of the 500-unit evaluation). The wasm build keeps
// its size-first inlining.

/// `a + b`, or an overflow error.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
///
/// Operands that fit 128 bits at the larger scale take the integer mirror
/// of the library's addition (`mirror::add`: the same Decimal).
pub fn add(a: Decimal, b: Decimal) -> Result<Decimal, EngineError> {
    match mirror::add(a, b) {
        Some(s) => Ok(s),
        None => a.checked_add(b).ok_or_else(EngineError::overflow),
    }
}

/// `a - b`, or an overflow error.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
/// Takes `mirror::sub` like [`add`].
pub fn sub(a: Decimal, b: Decimal) -> Result<Decimal, EngineError> {
    match mirror::sub(a, b) {
        Some(s) => Ok(s),
        None => a.checked_sub(b).ok_or_else(EngineError::overflow),
    }
}

/// `a * b`, or an overflow error.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub fn mul(a: Decimal, b: Decimal) -> Result<Decimal, EngineError> {
    a.checked_mul(b).ok_or_else(EngineError::overflow)
}

/// `a / b`, or an overflow error (also for `b == 0`; callers check divisors
/// that input can make zero and report them as their own error first).
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
///
/// Divisors below 2^64 take the integer mirror of the library's division
/// (`mirror::div`, the same Decimal at a fraction of the cost).
pub fn div(a: Decimal, b: Decimal) -> Result<Decimal, EngineError> {
    match mirror::div(a, b) {
        Some(q) => Ok(q),
        None => a.checked_div(b).ok_or_else(EngineError::overflow),
    }
}

/// Sum of an iterator of decimals, checked.
pub fn sum<I: IntoIterator<Item = Decimal>>(items: I) -> Result<Decimal, EngineError> {
    items.into_iter().try_fold(Decimal::ZERO, add)
}

/// Mean of a slice (None when empty).
pub fn mean(items: &[Decimal]) -> Result<Option<Decimal>, EngineError> {
    if items.is_empty() {
        return Ok(None);
    }
    let total = sum(items.iter().copied())?;
    div(total, Decimal::from(items.len())).map(Some)
}

/// The mean of a slice, rounded as a score: `mean(items).map(round_score)`.
/// The rounded mean depends only on the sum's value, which small items
/// give exactly on integers.
pub fn mean_rounded(items: &[Decimal]) -> Result<Option<Decimal>, EngineError> {
    if items.is_empty() {
        return Ok(None);
    }
    let total = match exact_sum(items) {
        Some(t) => t,
        None => sum(items.iter().copied())?,
    };
    div_round(total, Decimal::from(items.len())).map(Some)
}

/// The sum of items whose scales differ by at most nine, on integers at the
/// largest scale. None when a partial sum leaves 96 bits there: otherwise
/// every partial sum of the library is exact too, so the values agree.
fn exact_sum(items: &[Decimal]) -> Option<Decimal> {
    let scale = items.iter().map(|d| d.scale()).max()?;
    let mut total = 0i128;
    for d in items {
        let k = scale - d.scale();
        // Items mostly share the scale: no product then.
        let term = if k == 0 {
            d.mantissa()
        } else {
            // |mantissa| × 10^9 < 2^126: no overflow.
            d.mantissa() * POW10.get(k as usize).filter(|_| k <= 9)?
        };
        total += term;
        if total.unsigned_abs() >> 96 != 0 {
            return None;
        }
    }
    Some(Decimal::from_i128_with_scale(total, scale))
}

/// `round_score(a / b)`, the same Decimal as `round_score(div(a, b)?)`.
///
/// When the operands are small it is computed on integers, without the
/// 28-digit quotient: with a = A/10^sa and b = B/10^sb, the score is
/// N / D rounded half away from zero, N = |A|·10^(sb+2), D = |B|·10^sa.
/// The library's quotient q differs from the exact x = a/b by at most half
/// a unit of its last place: |q − x| ≤ 10^-28·(|x| + 1) (a scale of 28, or
/// a mantissa of at least 7.9·10^27). A rounding midpoint m (k + ½ hundredths)
/// that is not x itself is at least 1/(200·D) away from x; when x is a
/// midpoint it has 3 decimals and the library's quotient is exact. So
/// rounding q and rounding x agree whenever 1/(200·D) > 10^-28·(|x| + 1),
/// which holds for N ≤ 10^27 and D ≤ 10^25. Other operands take the library
/// path.
pub fn div_round(a: Decimal, b: Decimal) -> Result<Decimal, EngineError> {
    const N_MAX: u128 = 10u128.pow(27);
    const D_MAX: u128 = 10u128.pow(25);
    if b.is_zero() {
        return Err(EngineError::overflow());
    }
    let n = mirror::scaled_up(a.mantissa().unsigned_abs(), b.scale() + SCORE_DP)
        .filter(|n| *n <= N_MAX);
    let d = mirror::scaled_up(b.mantissa().unsigned_abs(), a.scale()).filter(|d| *d <= D_MAX);
    let (Some(n), Some(d)) = (n, d) else {
        return div(a, b).map(round_score);
    };
    let q = match (u64::try_from(n), u64::try_from(d)) {
        // Means of small scores: a native division (a u128 one is a call).
        (Ok(n), Ok(d)) => {
            let (q, r) = (n / d, n % d);
            u128::from(if r >= d - r { q + 1 } else { q })
        }
        _ => {
            let q = n / d;
            let r = n - q * d;
            if r >= d - r {
                q + 1
            } else {
                q
            }
        }
    };
    // q ≤ N_MAX < 2^96.
    let q = q as i128;
    let negative = a.is_sign_negative() != b.is_sign_negative();
    Ok(Decimal::from_i128_with_scale(
        if negative { -q } else { q },
        SCORE_DP,
    ))
}

/// `floor(share × n)` as a count, for quotas; negative results count 0.
pub fn floor_count(share: Decimal, n: usize) -> Result<usize, EngineError> {
    let x = mul(share, Decimal::from(n))?.floor();
    Ok(x.to_usize().unwrap_or(0))
}

/// `ceil(share × n)` as a count; negative results count 0.
pub fn ceil_count(share: Decimal, n: usize) -> Result<usize, EngineError> {
    let x = mul(share, Decimal::from(n))?.ceil();
    Ok(x.to_usize().unwrap_or(0))
}

/// A count (votes, staff, events) as a Decimal.
pub fn count(n: i64) -> Decimal {
    Decimal::from(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap_or_default()
    }

    #[test]
    fn rounds_half_away_from_zero() {
        assert_eq!(round_score(d("2.345")), d("2.35"));
        assert_eq!(round_score(d("2.355")), d("2.36"));
        assert_eq!(round_score(d("-2.345")), d("-2.35"));
        assert_eq!(round_score(d("104.8")).to_string(), "104.80");
    }

    /// The mantissa rounding equals the library's rounding, on every scale
    /// and on values near the midpoints (deterministic sweep).
    #[test]
    fn round_score_matches_library() {
        fn reference(x: Decimal) -> Decimal {
            let mut r = x.round_dp_with_strategy(SCORE_DP, RoundingStrategy::MidpointAwayFromZero);
            r.rescale(SCORE_DP);
            r
        }
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for scale in 0..=28u32 {
            for k in 0..4000 {
                let hi = u128::from(next()) << 32 | u128::from(next() >> 32);
                // Mantissas of every size, and exact midpoints.
                let bits = (k % 97) as u32;
                let mut m = (hi & ((1u128 << 96) - 1)) >> (96 - bits.min(96));
                if k % 5 == 0 && scale >= 3 {
                    m = (m / 10u128.pow(scale - 2)) * 10u128.pow(scale - 2)
                        + 5 * 10u128.pow(scale - 3);
                    m &= (1u128 << 96) - 1;
                }
                for neg in [false, true] {
                    let signed = if neg { -(m as i128) } else { m as i128 };
                    let x = Decimal::from_i128_with_scale(signed, scale);
                    let (got, want) = (round_score(x), reference(x));
                    assert_eq!(got.serialize(), want.serialize(), "{x}: {got} vs {want}");
                }
            }
        }
    }

    /// The integer path of `div_round` equals rounding the library's
    /// quotient, on random operands of every scale and on near-midpoints.
    #[test]
    fn div_round_matches_library() {
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let check = |a: Decimal, b: Decimal| {
            let want = div(a, b).map(round_score);
            let got = div_round(a, b);
            match (got, want) {
                (Ok(g), Ok(w)) => assert_eq!(g.serialize(), w.serialize(), "{a} / {b}"),
                (g, w) => assert_eq!(g.is_err(), w.is_err(), "{a} / {b}"),
            }
        };
        for k in 0..200_000u64 {
            let digits_a = (k % 23) as u32;
            let digits_b = ((k / 23) % 13) as u32;
            let a = (next() % 10u64.pow(digits_a.min(19)).max(1)) as i64;
            let b = (next() % 10u64.pow(digits_b.min(19)).max(1)) as i64;
            let a = if k % 3 == 0 { -a } else { a };
            let (sa, sb) = ((next() % 12) as u32, (next() % 12) as u32);
            check(Decimal::new(a, sa), Decimal::new(b, sb));
            // Means of small counts, near every midpoint.
            let n = (k % 12 + 1) as i64;
            let mid = (k as i64 % 20_000) * 10 + 5;
            let total = Decimal::new(mid * n + (k as i64 % 3) - 1, 3);
            check(total, Decimal::from(n));
        }
        check(Decimal::ONE, Decimal::ZERO);
        check(Decimal::MAX, Decimal::new(1, 28));
        check(Decimal::new(5, 3), Decimal::ONE);
        check(Decimal::new(-5, 3), Decimal::ONE);
        check(Decimal::new(-4, 3), Decimal::ONE);
    }

    /// `mean_rounded` equals rounding the library's mean.
    #[test]
    fn mean_rounded_matches_library() {
        let mut seed = 0x5851_f42d_4c95_7f2d_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for k in 0..50_000u64 {
            let n = (k % 12 + 1) as usize;
            let items: Vec<Decimal> = (0..n)
                .map(|_| {
                    let bits = next() % 100;
                    let m = if bits > 95 {
                        i128::from(next()) << 32 | i128::from(next() as u32)
                    } else {
                        i128::from(next() % 10_001)
                    };
                    let m = if next() % 5 == 0 { -m } else { m };
                    Decimal::from_i128_with_scale(m, (next() % 14) as u32)
                })
                .collect();
            let want = mean(&items).map(|m| m.map(round_score));
            match (mean_rounded(&items), want) {
                (Ok(g), Ok(w)) => assert_eq!(
                    g.map(|d| d.serialize()),
                    w.map(|d| d.serialize()),
                    "{items:?}"
                ),
                (g, w) => assert_eq!(g.is_err(), w.is_err(), "{items:?}"),
            }
        }
    }

    /// `cmp` orders like the library, across scales, signs and magnitudes.
    #[test]
    fn cmp_matches_library() {
        let mut seed = 0x1234_5678_9abc_def1_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut values = vec![
            Decimal::ZERO,
            Decimal::MAX,
            Decimal::MIN,
            Decimal::new(-0, 5),
        ];
        for k in 0..3000u64 {
            let hi = u128::from(next()) << 32 | u128::from(next() >> 32);
            let m = (hi & ((1u128 << 96) - 1)) >> (k % 97).min(96);
            let m = if k % 2 == 0 { m as i128 } else { -(m as i128) };
            values.push(Decimal::from_i128_with_scale(m, (next() % 29) as u32));
            // Equal values at other scales.
            let v = Decimal::new((next() % 1000) as i64 - 500, (k % 5) as u32);
            let mut w = v;
            w.rescale((k % 5 + next() % 6) as u32);
            values.push(v);
            values.push(w);
        }
        for (i, a) in values.iter().enumerate() {
            for b in values.iter().skip(i % 7).step_by(7) {
                assert_eq!(cmp(*a, *b), a.cmp(b), "{a} vs {b}");
            }
        }
    }

    #[test]
    fn overflow_is_an_error() {
        assert!(mul(Decimal::MAX, d("2")).is_err());
        assert!(div(d("1"), Decimal::ZERO).is_err());
    }
}
