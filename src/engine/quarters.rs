//! Quarters (domain.md 4.3): each quarter's score is the indicator part on
//! year-to-date values plus that quarter's capped bonus minus its
//! deductions (no 360 part), rounded once; the period weights then give the
//! final total Σ wₚ × scoreₚ / 100 on unrounded scores, traced as one line
//! per quarter (and one for the year-end weight when it is not 100).

use rust_decimal::Decimal;

use super::adjustments::Adjust;
use super::book::Book;
use super::error::EngineError;
use super::evaluation::QuarterResult;
use super::indicators::{self, Ind, Period};
use super::num::{add, div, mul, round_score, sub, HUNDRED};
use super::trace::{LineKind, TraceLine};

/// Facts about a quarter used by the quarterly ranking.
#[derive(Clone, Copy)]
pub struct QuarterFacts {
    /// Rounded score.
    pub score: Decimal,
    /// Rounded indicator part.
    pub indicator_part: Decimal,
    pub deductions: Decimal,
}

/// Quarter results of a unit, and the period-weighting lines of its trace.
pub fn quarters(
    book: &Book,
    inds: &[Ind],
    adj: &Adjust,
    year_total: Decimal,
    lines: &mut Vec<TraceLine>,
) -> Result<([QuarterResult; 4], [Option<QuarterFacts>; 4]), EngineError> {
    let weights = &book.set.periods.weights;
    let mut out: [QuarterResult; 4] = Default::default();
    let mut facts = [None; 4];
    for q in 0..4 {
        let field = || format!("indicators.quarters[{q}]");
        let part = indicators::part(book, inds, Period::Quarter(q + 1), None)
            .map_err(|e| e.at_field(field))?;
        let unrounded = match part {
            Some(p) => Some(sub(add(p, adj.q_bonus[q])?, adj.q_deductions[q])?),
            None => None,
        };
        let score = unrounded.map(round_score);
        if let (Some(s), Some(p)) = (score, part) {
            facts[q] = Some(QuarterFacts {
                score: s,
                indicator_part: round_score(p),
                deductions: adj.q_deductions[q],
            });
        }
        let value = unrounded.unwrap_or(Decimal::ZERO);
        let pts = div(mul(weights[q], value)?, HUNDRED)?;
        lines.push(
            TraceLine::new(&book.t.periods, LineKind::Points, pts)
                .item(q)
                .inputs(&[weights[q], value]),
        );
        out[q] = QuarterResult {
            quarter: q as u8 + 1,
            score,
            indicator_part: part,
            bonus: adj.q_bonus[q],
            deductions: adj.q_deductions[q],
            ..QuarterResult::default()
        };
    }
    if weights[4] != HUNDRED {
        let pts = div(mul(sub(weights[4], HUNDRED)?, year_total)?, HUNDRED)?;
        lines.push(
            TraceLine::new(&book.t.periods, LineKind::Points, pts)
                .item(4)
                .inputs(&[weights[4], year_total]),
        );
    }
    Ok((out, facts))
}
