//! Social evaluation (domain.md 4.2): the 360-degree feedback part — five
//! weighted evaluator groups, each score entered or computed from raters
//! (dropping the highest and lowest from 5 raters on), missing groups
//! excluded and the rest rescaled — and the democratic rating from votes.

use rust_decimal::Decimal;

use super::book::Book;
use super::error::{EngineError, ErrorKind};
use super::mirror::Raw;
use super::num::{add, cmp, count, div, div_round, is_negative, mul, sub, HUNDRED};
use super::scenario::Unit;
use super::small::SmallList;
use super::trace::{LineKind, TraceLine};

fn check_score(v: Decimal, field: impl FnOnce() -> String) -> Result<Decimal, EngineError> {
    if is_negative(v) || cmp(v, HUNDRED).is_gt() {
        return Err(EngineError::new(ErrorKind::OutOfRange, field()).with_value(v));
    }
    Ok(v)
}

/// A group's score computed from raters.
pub struct RaterScore {
    pub score: Decimal,
    /// (highest, lowest) when they were dropped.
    pub dropped: Option<(Decimal, Decimal)>,
}

/// A group's score from raters: the mean, without the highest and lowest
/// when there are at least `min_raters` (and at least 3) raters.
pub fn rater_score(raters: &[Decimal], min_raters: u32) -> Result<Option<RaterScore>, EngineError> {
    let (Some(first), n) = (raters.first(), raters.len()) else {
        return Ok(None);
    };
    let (mut hi, mut lo, mut total) = (*first, *first, Decimal::ZERO);
    for r in raters {
        // As `hi.max(r)` and `lo.min(r)`: an equal rater keeps the first.
        if cmp(*r, hi).is_gt() {
            hi = *r;
        }
        if cmp(*r, lo).is_lt() {
            lo = *r;
        }
        total = add(total, *r)?;
    }
    let drop = n >= 3 && n >= min_raters as usize;
    if drop {
        total = sub(sub(total, hi)?, lo)?;
        let score = div(total, Decimal::from(n - 2))?;
        Ok(Some(RaterScore {
            score,
            dropped: Some((hi, lo)),
        }))
    } else {
        let score = div(total, Decimal::from(n))?;
        Ok(Some(RaterScore {
            score,
            dropped: None,
        }))
    }
}

/// The 360 part: P × Σ wᵢsᵢ / (Σ wᵢ × 100) over groups with a score, one line
/// per group. None when no group (with weight) has a score.
pub fn part(
    book: &Book,
    unit: &Unit,
    lines: &mut Vec<TraceLine>,
) -> Result<Option<Decimal>, EngineError> {
    let rules = &book.set.feedback;
    // (input index, group index, score), inline for the usual five groups.
    let mut scored: SmallList<(usize, usize, Decimal), 8> = SmallList::default();
    let mut weights = Decimal::ZERO;
    // Groups seen so far, by index (a repeated id is a repeated index).
    let mut seen = 0u64;
    for (i, f) in unit.feedback.iter().enumerate() {
        let g = book
            .fb_groups
            .find_near(&f.group, i, || format!("feedback[{i}].group"))?;
        let repeated = if g < 64 {
            let bit = 1u64 << g;
            let before = seen & bit != 0;
            seen |= bit;
            before
        } else {
            unit.feedback[..i].iter().any(|o| o.group == f.group)
        };
        if repeated {
            return Err(
                EngineError::new(ErrorKind::DuplicateId, format!("feedback[{}]", f.group))
                    .with_value(&f.group),
            );
        }
        let score = match f.score {
            Some(s) => Some(check_score(s, || format!("feedback[{}].score", f.group))?),
            None => {
                for (k, r) in f.raters.iter().enumerate() {
                    check_score(*r, || format!("feedback[{}].raters[{k}]", f.group))?;
                }
                let got = rater_score(&f.raters, rules.drop_extremes.min_raters)?;
                if let Some(RaterScore {
                    dropped: Some((hi, lo)),
                    ..
                }) = got
                {
                    lines.push(TraceLine::note(&book.t.drop_extremes).item(i).inputs(&[
                        hi,
                        lo,
                        Decimal::from(f.raters.len()),
                    ]));
                }
                got.map(|g| g.score)
            }
        };
        if let Some(s) = score {
            weights = add(weights, rules.groups[g].weight)?;
            scored.push((i, g, s));
        }
    }
    if scored.is_empty() || weights.is_zero() {
        return Ok(None);
    }
    let den = mul(weights, HUNDRED)?;
    // The running sum on integer parts while every step has them (see
    // `indicators::part_exact`), else on Decimals: the same values.
    let mut part = Decimal::ZERO;
    let mut raw = Some(Raw::ZERO);
    for &(i, g, s) in scored.as_slice() {
        let w = rules.groups[g].weight;
        let points_w = book.fb_points_weight[g].ok_or_else(EngineError::overflow)?;
        let exact = raw.and_then(|sum| {
            let pts = Raw::of(points_w)?.mul(Raw::of(s)?)?.div(Raw::of(den)?)?;
            Some((sum.add(pts)?, pts.to_decimal()))
        });
        let pts = match exact {
            Some((sum, pts)) => {
                raw = Some(sum);
                pts
            }
            None => {
                if let Some(sum) = raw.take() {
                    part = sum.to_decimal();
                }
                let pts = div(mul(points_w, s)?, den)?;
                part = add(part, pts)?;
                pts
            }
        };
        lines.push(
            TraceLine::new(&book.fb_groups.tags[g], LineKind::Points, pts)
                .item(i)
                .inputs(&[w, s]),
        );
    }
    if weights != HUNDRED {
        lines.push(TraceLine::note(&book.t.part_feedback).inputs(&[weights, HUNDRED]));
    }
    Ok(Some(raw.map_or(part, Raw::to_decimal)))
}

/// The democratic rating: 100 × Σ(coefficient × votes) / valid votes,
/// rounded once; votes of options without coefficient (不了解) dropped.
/// Returns (rating, rating term) and traces one note per option voted and
/// the rating line.
pub fn rating(
    book: &Book,
    unit: &Unit,
    lines: &mut Vec<TraceLine>,
) -> Result<(Option<Decimal>, Decimal), EngineError> {
    let mut valid = Decimal::ZERO;
    let mut weighted = Decimal::ZERO;
    for (k, (id, n)) in unit.votes.iter().enumerate() {
        // Votes iterate by id: the k-th usually is the k-th option by id.
        let hint = book.options.by_id.get(k).copied().unwrap_or(usize::MAX);
        let o = book
            .options
            .find_near(id, hint, || format!("votes[{id}]"))?;
        if *n < 0 {
            return Err(
                EngineError::new(ErrorKind::NegativeCount, format!("votes[{id}]")).with_value(n),
            );
        }
        let coef = book.set.rating.options[o].coefficient;
        let votes = count(*n);
        let mut line = TraceLine::note(&book.options.tags[o]);
        if let Some(c) = coef {
            valid = add(valid, votes)?;
            weighted = add(weighted, mul(c, votes)?)?;
            line = line.inputs(&[votes, c]);
        } else {
            line = line.inputs(&[votes]);
        }
        if *n > 0 {
            lines.push(line);
        }
    }
    if valid.is_zero() {
        return Ok((None, Decimal::ZERO));
    }
    let r = div_round(mul(HUNDRED, weighted)?, valid)?;
    let points = book.set.rating.points;
    let term = div(mul(points, r)?, HUNDRED)?;
    lines.push(TraceLine::new(&book.t.rating, LineKind::Points, term).inputs(&[r, points]));
    Ok((Some(r), term))
}
