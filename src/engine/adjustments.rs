//! Bonus and deduction events (domain.md 4.2, per quarter 4.3): points by
//! kind and level × count, 文号 deduplication (a shared document number
//! counts once, the entry with most points), bonus category caps and the
//! total cap (cap lines mark the lines they cut), uncapped deductions, and the
//! facts later rules need: veto (4.4), accountability and the escalation
//! count on deduplicated events (4.6).

use rust_decimal::Decimal;

use super::book::Book;
use super::error::{EngineError, ErrorKind};
use super::evaluation::CategoryResult;
use super::num::{add, cmp, count, mul, sub};
use super::scenario::Unit;
use super::small::SmallList;
use super::trace::{LineKind, TraceLine};
use super::types::Effect;

/// Bonus categories whose raw sums fit on the stack.
const STACK_CATEGORIES: usize = 8;

/// A unit's events, summed for the year and each quarter.
pub struct Adjust {
    pub categories: Vec<CategoryResult>,
    /// Year bonus after caps.
    pub bonus: Decimal,
    pub deductions: Decimal,
    /// Per quarter 1–4: bonus after caps, deductions.
    pub q_bonus: [Decimal; 4],
    pub q_deductions: [Decimal; 4],
    pub vetoed: bool,
    pub national: bool,
    pub accountability: bool,
    pub escalation: i64,
}

/// A validated event.
#[derive(Clone, Copy)]
struct Ev {
    kind: usize,
    effect: Effect,
    cat: Option<usize>,
    points: Decimal,
    quarter: usize,
    kept: bool,
    /// Index of its bonus line in the trace (kept bonus events only): the
    /// line a cap marks.
    line: Option<usize>,
}

// For `SmallList`'s unused slots only.
impl Default for Ev {
    fn default() -> Self {
        Ev {
            kind: 0,
            effect: Effect::Bonus,
            cat: None,
            points: Decimal::ZERO,
            quarter: 0,
            kept: false,
            line: None,
        }
    }
}

/// A unit's validated events, inline for the usual few.
type Evs = SmallList<Ev, 8>;

fn doc_no(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|d| !d.is_empty())
}

fn validate(book: &Book, unit: &Unit) -> Result<Evs, EngineError> {
    let mut evs = Evs::default();
    for (i, e) in unit.events.iter().enumerate() {
        let k = book.kinds.find(&e.kind, || format!("events[{i}].kind"))?;
        if !(1..=4).contains(&e.quarter) {
            return Err(
                EngineError::new(ErrorKind::OutOfRange, format!("events[{i}].quarter"))
                    .with_value(e.quarter),
            );
        }
        if e.count < 0 {
            return Err(
                EngineError::new(ErrorKind::NegativeCount, format!("events[{i}].count"))
                    .with_value(e.count),
            );
        }
        let doc = doc_no(&e.doc_no);
        if doc.is_some() && e.count != 1 {
            return Err(
                EngineError::new(ErrorKind::DocNoCount, format!("events[{i}].count"))
                    .with_value(e.count),
            );
        }
        let kind = &book.set.events[k];
        let points = mul(kind.points.at(e.level), count(e.count))
            .map_err(|er| er.at_field(|| format!("events[{i}].count")))?;
        let mut ev = Ev {
            kind: k,
            effect: kind.effect,
            cat: book.kind_category[k],
            points,
            quarter: (e.quarter - 1) as usize,
            kept: true,
            line: None,
        };
        if let (Some(d), Effect::Bonus | Effect::Deduction) = (doc, ev.effect) {
            let evs = evs.as_mut_slice();
            let earlier = (0..i).find(|&j| {
                evs[j].kept
                    && evs[j].effect == ev.effect
                    && doc_no(&unit.events[j].doc_no) == Some(d)
            });
            if let Some(j) = earlier {
                if ev.points > evs[j].points {
                    evs[j].kept = false;
                } else {
                    ev.kept = false;
                }
            }
        }
        evs.push(ev);
    }
    Ok(evs)
}

/// What `cap` traces into: lines, the events (their bonus lines), category
/// results.
type CapTrace<'a> = (
    &'a mut Vec<TraceLine>,
    &'a [Ev],
    &'a mut Vec<CategoryResult>,
);

/// The bonus lines of `evs` in category `c` (all bonus lines when None):
/// (line index) of each.
fn bonus_lines(evs: &[Ev], c: Option<usize>) -> impl Iterator<Item = usize> + '_ {
    evs.iter()
        .filter(move |e| c.is_none() || e.cat == c)
        .filter_map(|e| e.line)
}

/// Applies the category caps and the total cap to raw category sums.
/// With `trace`, adds cap lines and marks the bonus lines they cut.
fn cap(
    book: &Book,
    raw: &[Decimal],
    mut trace: Option<CapTrace<'_>>,
) -> Result<Decimal, EngineError> {
    let mut sum = Decimal::ZERO;
    for (c, r) in raw.iter().enumerate() {
        let rule = &book.set.bonus.categories[c];
        let over = cmp(*r, rule.cap).is_gt();
        let kept = if over { rule.cap } else { *r };
        if let Some((lines, evs, cats)) = trace.as_mut() {
            if over {
                for li in bonus_lines(evs, Some(c)) {
                    lines[li].capped = true;
                }
                lines.push(
                    TraceLine::new(&book.categories.tags[c], LineKind::Cap, sub(rule.cap, *r)?)
                        .inputs(&[*r, rule.cap]),
                );
            }
            cats.push(CategoryResult {
                category: book.categories.tags[c].rule.clone(),
                raw: *r,
                capped: kept,
            });
        }
        sum = add(sum, kept)?;
    }
    let total = book.set.bonus.total_cap.cap;
    if cmp(sum, total).is_le() {
        return Ok(sum);
    }
    if let Some((lines, evs, _)) = trace {
        for li in bonus_lines(evs, None) {
            lines[li].capped = true;
        }
        lines.push(
            TraceLine::new(&book.t.total_cap, LineKind::Cap, sub(total, sum)?)
                .inputs(&[sum, total]),
        );
    }
    Ok(total)
}

/// Scores a unit's events for the year (traced) and each quarter.
pub fn adjustments(
    book: &Book,
    unit: &Unit,
    lines: &mut Vec<TraceLine>,
) -> Result<Adjust, EngineError> {
    let mut evs = validate(book, unit)?;
    let ncat = book.set.bonus.categories.len();
    // raw[p * ncat + c]: period p = 0..4 quarters, 4 = year; on the stack
    // for the usual few categories (this runs once per unit).
    let mut stack = [Decimal::ZERO; 5 * STACK_CATEGORIES];
    let mut heap = Vec::new();
    let raw: &mut [Decimal] = if ncat <= STACK_CATEGORIES {
        &mut stack[..ncat * 5]
    } else {
        heap.resize(ncat * 5, Decimal::ZERO);
        &mut heap
    };
    // Quarters with a bonus event: the others' capped bonus is zero.
    let mut q_bonus_events = [false; 4];
    let mut ded = [Decimal::ZERO; 5];
    let mut out = Adjust {
        categories: Vec::with_capacity(ncat),
        bonus: Decimal::ZERO,
        deductions: Decimal::ZERO,
        q_bonus: [Decimal::ZERO; 4],
        q_deductions: [Decimal::ZERO; 4],
        vetoed: false,
        national: false,
        accountability: false,
        escalation: 0,
    };
    let national = &book.set.grades.national_commendation;
    for (i, (ev, input)) in evs.as_mut_slice().iter_mut().zip(&unit.events).enumerate() {
        let k = ev.kind;
        let tag = &book.kinds.tags[k];
        if k == book.national_kind && input.level == national.level && input.count > 0 {
            out.national = true;
        }
        if !ev.kept {
            lines.push(TraceLine::note(&book.t.dedup).item(i).inputs(&[ev.points]));
            continue;
        }
        if book.set.events[k].escalates {
            out.escalation = out
                .escalation
                .checked_add(input.count)
                .ok_or_else(EngineError::overflow)?;
        }
        let per = book.set.events[k].points.at(input.level);
        match (ev.effect, ev.cat) {
            (Effect::Bonus, Some(c)) => {
                for p in [ev.quarter, 4] {
                    raw[p * ncat + c] = add(raw[p * ncat + c], ev.points)?;
                }
                q_bonus_events[ev.quarter] = true;
                ev.line = Some(lines.len());
                lines.push(
                    TraceLine::new(tag, LineKind::Points, ev.points)
                        .item(i)
                        .inputs(&[per, count(input.count)]),
                );
            }
            (Effect::Deduction, _) => {
                for p in [ev.quarter, 4] {
                    ded[p] = add(ded[p], ev.points)?;
                }
                lines.push(
                    TraceLine::new(tag, LineKind::Points, -ev.points)
                        .item(i)
                        .inputs(&[per, count(input.count)]),
                );
            }
            (Effect::Veto, _) | (Effect::Accountability, _) => {
                if input.count > 0 {
                    if ev.effect == Effect::Veto {
                        out.vetoed = true;
                    } else {
                        out.accountability = true;
                    }
                }
                lines.push(
                    TraceLine::decision(tag)
                        .item(i)
                        .inputs(&[count(input.count)]),
                );
            }
            (Effect::Bonus, None) => {}
        }
    }
    out.bonus = cap(
        book,
        &raw[4 * ncat..],
        Some((lines, evs.as_slice(), &mut out.categories)),
    )?;
    out.deductions = ded[4];
    for q in 0..4 {
        if q_bonus_events[q] {
            out.q_bonus[q] = cap(book, &raw[q * ncat..(q + 1) * ncat], None)?;
        }
        out.q_deductions[q] = ded[q];
    }
    Ok(out)
}
