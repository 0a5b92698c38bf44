//! The indicator part (domain.md 4.2, and 4.3 for year-to-date quarters):
//! weights summing to the part's points, completion actual/target (or
//! target/actual when lower is better) clamped to [0, max], target ≤ 0 an
//! error, actual ≤ 0 with lower-is-better counting max, N/A indicators
//! excluded with the remaining weights rescaled (stated in the trace).
//! Each indicator's values are resolved per period once, when validated.

use rust_decimal::Decimal;

use super::book::Book;
use super::error::{EngineError, ErrorKind};
use super::mirror::Raw;
use super::num::{add, cmp, div, is_negative, is_positive, mul};
use super::scenario::Unit;
use super::trace::{LineKind, TraceLine};
use super::types::Direction;

/// A validated indicator of a unit.
pub struct Ind {
    /// Index in `unit.indicators`.
    pub input: usize,
    /// Index in the catalogue.
    pub cat: usize,
    pub weight: Decimal,
    /// weight × maximum completion.
    pub wmax: Decimal,
    pub lower: bool,
    /// `weight` and `wmax` as integers for [`part_exact`] (None when
    /// negative: that path then never applies).
    weight_raw: Option<Raw>,
    wmax_raw: Option<Raw>,
    /// (target, actual) per period ([`Period::slot`]); None where N/A.
    values: [Option<(Decimal, Decimal)>; 5],
}

/// The period an indicator part is computed for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Year,
    /// Quarter 1–4, on year-to-date values.
    Quarter(usize),
}

impl Period {
    /// Index of the period's values: quarters 0–3, the year 4.
    fn slot(self) -> usize {
        match self {
            Period::Quarter(q) => q - 1,
            Period::Year => 4,
        }
    }
}

/// Validates a unit's indicators (ids, weights summing to the part's points,
/// targets > 0, values present) and puts them with their weights in `out`
/// (cleared first: one buffer serves every unit of an evaluation).
pub fn prepare(book: &Book, unit: &Unit, out: &mut Vec<Ind>) -> Result<(), EngineError> {
    out.clear();
    let mut total = Decimal::ZERO;
    for (i, input) in unit.indicators.iter().enumerate() {
        // Units usually list indicators in catalogue order.
        let hint = out.last().map_or(0, |o| o.cat + 1);
        let cat = book.indicators.find_near(&input.indicator, hint, || {
            format!("indicators[{i}].indicator")
        })?;
        let name = &input.indicator;
        if out.iter().any(|o| o.cat == cat) {
            return Err(
                EngineError::new(ErrorKind::DuplicateId, format!("indicators[{name}]"))
                    .with_value(name),
            );
        }
        let def = &book.set.indicators[cat];
        let weight = input.weight.unwrap_or(def.default_weight);
        if is_negative(weight) {
            return Err(EngineError::new(
                ErrorKind::OutOfRange,
                format!("indicators[{name}].weight"),
            )
            .with_value(weight));
        }
        total =
            add(total, weight).map_err(|e| e.at_field(|| format!("indicators[{name}].weight")))?;
        let mut values = [None; 5];
        if !input.na {
            let target = check_target(input.target, || format!("indicators[{name}].target"))?;
            let Some(actual) = input.actual else {
                return Err(EngineError::new(
                    ErrorKind::MissingValue,
                    format!("indicators[{name}].actual"),
                ));
            };
            values[Period::Year.slot()] = Some((target, actual));
            for (k, y) in input.quarters.iter().enumerate() {
                if !(1..=4).contains(&y.quarter) {
                    return Err(EngineError::new(
                        ErrorKind::OutOfRange,
                        format!("indicators[{name}].quarters[{k}].quarter"),
                    )
                    .with_value(y.quarter));
                }
                if input.quarters[..k].iter().any(|o| o.quarter == y.quarter) {
                    return Err(EngineError::new(
                        ErrorKind::DuplicateId,
                        format!("indicators[{name}].quarters[{k}].quarter"),
                    )
                    .with_value(y.quarter));
                }
                check_target(Some(y.target), || {
                    format!("indicators[{name}].quarters[{k}].target")
                })?;
                // Checked to be 1–4 above.
                values[(y.quarter - 1) as usize] = Some((y.target, y.actual));
            }
        }
        let wmax = mul(weight, book.set.indicator_part.completion_max)
            .map_err(|e| e.at_field(|| format!("indicators[{name}].weight")))?;
        out.push(Ind {
            input: i,
            cat,
            weight,
            wmax,
            lower: def.direction == Direction::Lower,
            weight_raw: Raw::of(weight),
            wmax_raw: Raw::of(wmax),
            values,
        });
    }
    if !out.is_empty() && total != book.set.indicator_part.points {
        return Err(
            EngineError::new(ErrorKind::WeightsNotSumming, "indicators.weight").with_value(total),
        );
    }
    Ok(())
}

/// What the awards need of an indicator after scoring.
#[derive(Clone, Copy, Default)]
pub struct IndKey {
    /// Index in `unit.indicators`.
    pub input: usize,
    /// Index in the catalogue.
    pub cat: usize,
    pub lower: bool,
}

impl Ind {
    pub fn key(&self) -> IndKey {
        IndKey {
            input: self.input,
            cat: self.cat,
            lower: self.lower,
        }
    }
}

fn check_target(
    target: Option<Decimal>,
    field: impl FnOnce() -> String,
) -> Result<Decimal, EngineError> {
    match target {
        None => Err(EngineError::new(ErrorKind::MissingValue, field())),
        Some(t) if !is_positive(t) => {
            Err(EngineError::new(ErrorKind::TargetNotPositive, field()).with_value(t))
        }
        Some(t) => Ok(t),
    }
}

/// The indicator part of `period`: Σ weight × completion over applicable
/// indicators, rescaled to the part's points. None when none applies.
/// With `lines`, one line per indicator (and a rescale note) is traced.
pub fn part(
    book: &Book,
    inds: &[Ind],
    period: Period,
    mut lines: Option<&mut Vec<TraceLine>>,
) -> Result<Option<Decimal>, EngineError> {
    let points = book.set.indicator_part.points;
    let max = book.set.indicator_part.completion_max;
    let slot = period.slot();
    // The applicable weights: when every indicator applies they are all the
    // weights, whose sum `prepare` checked to equal the part's points.
    let applicable = if inds.iter().all(|i| i.values[slot].is_some()) {
        points
    } else {
        let mut sum = Decimal::ZERO;
        for ind in inds.iter().filter(|i| i.values[slot].is_some()) {
            sum = add(sum, ind.weight)?;
        }
        sum
    };
    let rescale = applicable != points;
    if !rescale && !applicable.is_zero() && !inds.is_empty() {
        let mark = lines.as_ref().map_or(0, |l| l.len());
        if let Some(sum) = part_exact(book, inds, slot, lines.as_deref_mut()) {
            return Ok(Some(sum));
        }
        // Left the integer cases midway: the Decimal path below redoes
        // the period (and its lines).
        if let Some(l) = lines.as_deref_mut() {
            l.truncate(mark);
        }
    }
    let mut part = Decimal::ZERO;
    let mut any = false;
    for ind in inds {
        let tag = &book.indicators.tags[ind.cat];
        let Some((target, actual)) = ind.values[slot] else {
            if let Some(l) = lines.as_deref_mut() {
                l.push(TraceLine::note(tag).item(ind.input));
            }
            continue;
        };
        if applicable.is_zero() {
            continue;
        }
        any = true;
        let (num, den) = if ind.lower {
            (target, actual)
        } else {
            (actual, target)
        };
        // Points before rescaling, and whether completion hit the maximum:
        // weight × num / den in one division (exact whenever the result is).
        let (raw, clamped) = if ind.lower && !is_positive(actual) {
            (ind.wmax, true)
        } else if !is_positive(num) {
            (Decimal::ZERO, false)
        } else {
            let p = div(mul(ind.weight, num)?, den)?;
            if cmp(p, ind.wmax).is_gt() {
                (ind.wmax, true)
            } else {
                (p, false)
            }
        };
        let pts = if !rescale {
            raw
        } else if clamped || raw.is_zero() {
            div(mul(raw, points)?, applicable)?
        } else {
            div(mul(mul(ind.weight, num)?, points)?, mul(den, applicable)?)?
        };
        let completion = match (&lines, clamped) {
            (None, _) => Decimal::ZERO,
            (Some(_), true) => max,
            (Some(_), false) if !is_positive(num) => Decimal::ZERO,
            (Some(_), false) => div(num, den)?,
        };
        part = add(part, pts)?;
        if let Some(l) = lines.as_deref_mut() {
            l.push(
                TraceLine::new(tag, LineKind::Points, pts)
                    .item(ind.input)
                    .inputs(&[ind.weight, target, actual, completion]),
            );
        }
    }
    if !any {
        return Ok(None);
    }
    if rescale {
        if let Some(l) = lines {
            l.push(TraceLine::note(&book.t.part_indicator).inputs(&[applicable, points]));
        }
    }
    Ok(Some(part))
}

/// [`part`] for a period where every indicator applies (no rescaling), on
/// integers: each indicator's points weight × num / den, clamped to
/// weight × max, and their running sum stay [`Raw`] parts, each step the
/// library's result, so the sum is the Decimal the general path computes;
/// Decimals are built only for the trace lines and the sum. This is most
/// of the indicator part's work (five periods per unit). None when a value
/// leaves the integer cases (a divisor of 2^32 or more, a product past 96
/// bits): the caller then takes the general path.
fn part_exact(
    book: &Book,
    inds: &[Ind],
    slot: usize,
    mut lines: Option<&mut Vec<TraceLine>>,
) -> Option<Decimal> {
    let max = book.set.indicator_part.completion_max;
    let mut sum = Raw::ZERO;
    for ind in inds {
        let (target, actual) = ind.values[slot]?;
        let (num, den) = if ind.lower {
            (target, actual)
        } else {
            (actual, target)
        };
        let (pts, clamped) = if ind.lower && !is_positive(actual) {
            (ind.wmax_raw?, true)
        } else if !is_positive(num) {
            (Raw::ZERO, false)
        } else {
            let p = ind.weight_raw?.mul(Raw::of(num)?)?.div(Raw::of(den)?)?;
            let wmax = ind.wmax_raw?;
            if p.gt(wmax) {
                (wmax, true)
            } else {
                (p, false)
            }
        };
        sum = sum.add(pts)?;
        if let Some(l) = lines.as_deref_mut() {
            let completion = if clamped {
                max
            } else if !is_positive(num) {
                Decimal::ZERO
            } else {
                div(num, den).ok()?
            };
            l.push(
                TraceLine::new(
                    &book.indicators.tags[ind.cat],
                    LineKind::Points,
                    pts.to_decimal(),
                )
                .item(ind.input)
                .inputs(&[ind.weight, target, actual, completion]),
            );
        }
    }
    Some(sum.to_decimal())
}
