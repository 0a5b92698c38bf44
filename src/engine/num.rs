//! Exact arithmetic for the engine: checked `Decimal` operations that turn
//! overflow and division by zero into [`EngineError`]s instead of panics, and
//! the one rounding function of domain.md section 4.2 (2 decimal places, half
//! away from zero, 四舍五入).

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

use super::error::EngineError;

/// Decimal places of every shown or compared score (domain.md 4.2).
pub const SCORE_DP: u32 = 2;

/// One hundred, the scale of percentages and 0–100 scores.
pub const HUNDRED: Decimal = Decimal::ONE_HUNDRED;

/// Rounds a produced score once: 2 dp, half away from zero (not banker's).
/// The result always carries exactly 2 decimal places (`104.80`).
pub fn round_score(x: Decimal) -> Decimal {
    let mut r = x.round_dp_with_strategy(SCORE_DP, RoundingStrategy::MidpointAwayFromZero);
    r.rescale(SCORE_DP);
    r
}

/// `a + b`, or an overflow error.
pub fn add(a: Decimal, b: Decimal) -> Result<Decimal, EngineError> {
    a.checked_add(b).ok_or_else(EngineError::overflow)
}

/// `a - b`, or an overflow error.
pub fn sub(a: Decimal, b: Decimal) -> Result<Decimal, EngineError> {
    a.checked_sub(b).ok_or_else(EngineError::overflow)
}

/// `a * b`, or an overflow error.
pub fn mul(a: Decimal, b: Decimal) -> Result<Decimal, EngineError> {
    a.checked_mul(b).ok_or_else(EngineError::overflow)
}

/// `a / b`, or an overflow error (also for `b == 0`; callers check divisors
/// that input can make zero and report them as their own error first).
pub fn div(a: Decimal, b: Decimal) -> Result<Decimal, EngineError> {
    a.checked_div(b).ok_or_else(EngineError::overflow)
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

    #[test]
    fn overflow_is_an_error() {
        assert!(mul(Decimal::MAX, d("2")).is_err());
        assert!(div(d("1"), Decimal::ZERO).is_err());
    }
}
