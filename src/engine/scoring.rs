//! A unit's annual total (domain.md 4.2) and quarter scores (4.3): indicator
//! part + 360 part + rating term + capped bonus − deductions ± linkage, then
//! the period weighting, rounded once; the trace of every line, closed by one
//! rounding line so it sums exactly to the total; incompleteness (4.1).

use rust_decimal::Decimal;

use super::adjustments::adjustments;
use super::book::Book;
use super::error::{EngineError, ErrorKind};
use super::evaluation::UnitResult;
use super::feedback;
use super::indicators::{self, Ind, IndKey, Period};
use super::num::{add, mul, round_score, sub};
use super::quarters::{self, QuarterFacts};
use super::scenario::{LinkageEntry, Unit};
use super::small::SmallList;
use super::trace::{add_points, sum_points, LineKind, Shared, TraceLine};

/// Facts about a unit used by later rules (ranking, awards, escalation).
pub struct Facts {
    pub group: usize,
    /// Rounded indicator part (tie-break of the order).
    pub indicator_part: Decimal,
    pub national: bool,
    pub accountability: bool,
    pub linkage_deductions: u32,
    pub quarters: [Option<QuarterFacts>; 4],
    /// The unit's indicators, inline for up to eight.
    pub inds: SmallList<IndKey, 8>,
}

/// Scores one unit. `links` are the indices of the linkage entries naming it;
/// `inds` is a buffer for its indicators, reused from unit to unit.
pub fn score_unit(
    book: &Book,
    unit: &Unit,
    links: &[usize],
    linkage: &[LinkageEntry],
    inds: &mut Vec<Ind>,
) -> Result<(UnitResult, Facts), EngineError> {
    score(book, unit, links, linkage, inds).map_err(|e| e.in_unit(&unit.id))
}

fn score(
    book: &Book,
    unit: &Unit,
    links: &[usize],
    linkage: &[LinkageEntry],
    inds: &mut Vec<Ind>,
) -> Result<(UnitResult, Facts), EngineError> {
    let group = book.groups.find(&unit.group, || "group".into())?;
    if unit.staff < 0 {
        return Err(EngineError::new(ErrorKind::NegativeCount, "staff").with_value(unit.staff));
    }
    if let Some(r) = unit.last_year.as_ref().and_then(|l| l.rank) {
        if r < 1 {
            return Err(EngineError::new(ErrorKind::OutOfRange, "last_year.rank").with_value(r));
        }
    }
    indicators::prepare(book, unit, inds)?;
    let inds = &inds[..];
    // Room for every line the evaluation adds, ranking, grades, awards and
    // flags included, so the trace is allocated once.
    let mut lines: Vec<TraceLine> = Vec::with_capacity(
        2 * inds.len()
            + 2 * unit.feedback.len()
            + unit.votes.len()
            + unit.events.len()
            + links.len()
            + book.set.bonus.categories.len()
            + 24,
    );

    let ind_part = indicators::part(book, inds, Period::Year, Some(&mut lines))
        .map_err(|e| e.at_field(|| "indicators".into()))?;
    let fb_part =
        feedback::part(book, unit, &mut lines).map_err(|e| e.at_field(|| "feedback".into()))?;
    let (rating, rating_term) =
        feedback::rating(book, unit, &mut lines).map_err(|e| e.at_field(|| "votes".into()))?;
    let adj = adjustments(book, unit, &mut lines).map_err(|e| e.at_field(|| "events".into()))?;

    let mult = book.set.linkage.multiplier;
    let mut link_total = Decimal::ZERO;
    let mut linkage_deductions = 0u32;
    for &li in links {
        let Some(entry) = linkage.get(li) else {
            continue;
        };
        let pts =
            mul(mult, entry.points).map_err(|e| e.at_field(|| format!("linkage[{li}].points")))?;
        link_total = add(link_total, pts)?;
        if entry.points < Decimal::ZERO {
            linkage_deductions = linkage_deductions.saturating_add(1);
        }
        lines.push(
            TraceLine::new(&book.t.linkage, LineKind::Points, pts)
                .item(li)
                .inputs(&[entry.points, mult]),
        );
    }
    let year_total = sum_points(&lines).map_err(|e| e.at_field(|| "total".into()))?;

    let mark = lines.len();
    let (quarters, q_facts) = quarters::quarters(book, inds, &adj, year_total, &mut lines)?;
    // Continue the same sequential sum, so the trace sums exactly.
    let unrounded = add_points(year_total, &lines[mark..])?;
    let total = round_score(unrounded);
    lines.push(
        TraceLine::new(&book.t.rounding, LineKind::Rounding, sub(total, unrounded)?)
            .inputs(&[unrounded]),
    );

    let complete = ind_part.is_some() && fb_part.is_some();
    if !complete {
        lines.push(TraceLine::decision(&book.t.incomplete));
    }
    let result = UnitResult {
        id: Shared::new(&unit.id),
        // The group's id as the rule book holds it (found by that id).
        group: book.groups.tags[group].rule.clone(),
        complete,
        indicator_part: ind_part,
        feedback_part: fb_part,
        rating,
        rating_term,
        bonus_categories: adj.categories,
        bonus: adj.bonus,
        deductions: adj.deductions,
        linkage: link_total,
        year_total,
        total,
        quarters,
        position: None,
        rank: None,
        tied: false,
        grade: None,
        vetoed: adj.vetoed,
        staff_excellent_quota: 0,
        awards: Vec::new(),
        escalation_count: adj.escalation,
        flags: Vec::new(),
        trace: lines,
    };
    let facts = Facts {
        group,
        indicator_part: round_score(ind_part.unwrap_or(Decimal::ZERO)),
        national: adj.national,
        accountability: adj.accountability,
        linkage_deductions,
        quarters: q_facts,
        inds: {
            let mut keys = SmallList::default();
            for ind in inds {
                keys.push(ind.key());
            }
            keys
        },
    };
    Ok((result, facts))
}
