//! Learning tests, 考阅炼评 (domain.md 4.8): monthly scores against the pass
//! mark, one re-sit replacing a failed month, re-training after a failed
//! re-sit, missed tests counting 0 (flagged), half-year means of the counted
//! months and the year's mean of the half-years that have months.

use rust_decimal::Decimal;

use super::book::Book;
use super::error::{EngineError, ErrorKind};
use super::evaluation::{Flag, LearningResult};
use super::num::{cmp, is_negative, mean_rounded, HUNDRED};
use super::scenario::MonthTest;
use super::trace::{Tag, TraceLine};
use super::types::Action;

fn check(v: Decimal, field: impl FnOnce() -> String) -> Result<(), EngineError> {
    if is_negative(v) || cmp(v, HUNDRED).is_gt() {
        return Err(EngineError::new(ErrorKind::OutOfRange, field()).with_value(v));
    }
    Ok(())
}

fn raise(flags: &mut Vec<Flag>, action: Action, tag: &Tag) {
    if !flags.iter().any(|f| f.action == action && f.unit.is_none()) {
        flags.push(Flag {
            action,
            rule: tag.rule.clone(),
            unit: None,
        });
    }
}

/// A cadre's learning result; traces the exceptional months, the half-years
/// and the year, and raises the learning flags.
pub fn learning(
    book: &Book,
    tests: &[MonthTest],
    lines: &mut Vec<TraceLine>,
    flags: &mut Vec<Flag>,
) -> Result<LearningResult, EngineError> {
    let t = &book.t;
    let pass = book.set.learning.pass.pass_mark;
    // Counted scores per half-year: months are 1–12 and distinct, so each
    // half holds at most six.
    let mut halves = [[Decimal::ZERO; 6]; 2];
    let mut counts = [0usize; 2];
    let mut seen = 0u16;
    for (i, m) in tests.iter().enumerate() {
        if !(1..=12).contains(&m.month) {
            return Err(
                EngineError::new(ErrorKind::OutOfRange, format!("learning[{i}].month"))
                    .with_value(m.month),
            );
        }
        let bit = 1u16 << m.month;
        if seen & bit != 0 {
            return Err(
                EngineError::new(ErrorKind::DuplicateId, format!("learning[{i}].month"))
                    .with_value(m.month),
            );
        }
        seen |= bit;
        let month = m.month as usize;
        let counted = match m.score {
            None => {
                raise(flags, Action::MissedTest, &t.missed);
                lines.push(TraceLine::note(&t.missed).item(month));
                Decimal::ZERO
            }
            Some(s) => {
                check(s, || format!("learning[{i}].score"))?;
                if cmp(s, pass).is_ge() {
                    s
                } else {
                    lines.push(TraceLine::note(&t.pass).item(month).inputs(&[s, pass]));
                    match m.resit {
                        None => {
                            raise(flags, Action::ResitRequired, &t.resit);
                            s
                        }
                        Some(r) => {
                            check(r, || format!("learning[{i}].resit"))?;
                            lines.push(TraceLine::note(&t.resit).item(month).inputs(&[s, r]));
                            if cmp(r, pass).is_lt() {
                                raise(flags, Action::Retraining, &t.retraining);
                                lines.push(
                                    TraceLine::note(&t.retraining)
                                        .item(month)
                                        .inputs(&[r, pass]),
                                );
                            }
                            r
                        }
                    }
                }
            }
        };
        let h = (month - 1) / 6;
        halves[h][counts[h]] = counted;
        counts[h] += 1;
    }
    let mut half_years = [None; 2];
    let mut counted_halves = [Decimal::ZERO; 2];
    let mut n_halves = 0;
    for (h, (months, n)) in halves.iter().zip(counts).enumerate() {
        let m = mean_rounded(&months[..n])?;
        if let Some(v) = m {
            lines.push(
                TraceLine::note(&t.half_year)
                    .item(h + 1)
                    .inputs(&[v, Decimal::from(n)]),
            );
            counted_halves[n_halves] = v;
            n_halves += 1;
        }
        half_years[h] = m;
    }
    let year = mean_rounded(&counted_halves[..n_halves])?;
    if let Some(y) = year {
        lines.push(TraceLine::note(&t.year).inputs(&[y]));
    }
    Ok(LearningResult { half_years, year })
}
