//! Cadres and the three links (domain.md 4.7): a unit head's linked result
//! is the unit's total, a county leader's the mean of his units' totals; the
//! individual result mixes in the learning result (4.8) by weight; cadre
//! grades with the excellent rules for heads (unit 优秀) and leaders (quota);
//! the selection link (not recommended); the units' talk flags listed per unit.

use rust_decimal::Decimal;

use super::book::{Book, IdMap};
use super::error::{EngineError, ErrorKind};
use super::evaluation::{CadreResult, Flag, UnitResult};
use super::learning::learning;
use super::num::{floor_count, mean_rounded, mul, round_score, sub};
use super::scenario::Cadre;
use super::small::SmallList;
use super::trace::{sum_points, LineKind, Shared, TraceLine};
use super::types::{Action, CadreGrade, CadreRole, UnitGrade};

/// A cadre's units, inline for a head's one and a leader's few.
type Members = SmallList<usize, 8>;

/// Resolves a cadre's unit ids to indices. `hint` is where the next id is
/// likely to be (unit heads usually follow the units' order), checked
/// before hashing; it moves past each id found.
fn linked_units(
    c: &Cadre,
    index: &IdMap,
    units: &[UnitResult],
    hint: &mut usize,
) -> Result<Members, EngineError> {
    if c.role == CadreRole::UnitHead && c.units.len() != 1 {
        return Err(EngineError::new(ErrorKind::OutOfRange, "units").with_value(c.units.len()));
    }
    let mut out = Members::default();
    for (k, id) in c.units.iter().enumerate() {
        let at_hint = units.get(*hint).filter(|u| u.id == *id).map(|_| *hint);
        let Some(u) = at_hint.or_else(|| index.get(id.as_str()).copied()) else {
            let mut e =
                EngineError::new(ErrorKind::MissingUnit, format!("units[{k}]")).with_value(id);
            e.unit = Some(id.clone());
            return Err(e);
        };
        *hint = u + 1;
        if !out.as_slice().contains(&u) {
            out.push(u);
        }
    }
    Ok(out)
}

/// Evaluates every cadre. Returns the results and, per unit, whether its
/// head's grade triggers the supervisor talk.
pub fn cadres(
    book: &Book,
    list: &[Cadre],
    units: &[UnitResult],
    index: &IdMap,
    close_exam: &[bool],
) -> Result<(Vec<CadreResult>, Vec<bool>), EngineError> {
    let r = &book.set.cadres;
    let t = &book.t;
    let mut out = Vec::with_capacity(list.len());
    let mut linked_of = Vec::with_capacity(list.len());
    let mut hint = 0;
    let mut seen = IdMap::default();
    seen.reserve(list.len());
    for (i, c) in list.iter().enumerate() {
        if seen.insert(c.id.as_str(), i).is_some() {
            return Err(EngineError::new(ErrorKind::DuplicateId, "id")
                .with_value(&c.id)
                .in_cadre(&c.id));
        }
        let members = linked_units(c, index, units, &mut hint).map_err(|e| e.in_cadre(&c.id))?;
        out.push(one(book, c, members.as_slice(), units).map_err(|e| e.in_cadre(&c.id))?);
        linked_of.push(members);
    }
    // Grades: leaders' excellent quota first.
    let leaders: Vec<usize> = (0..list.len())
        .filter(|&i| list[i].role == CadreRole::CountyLeader)
        .collect();
    let slots = floor_count(r.excellent.leader_share, leaders.len())?;
    let mut ranked: Vec<usize> = leaders
        .iter()
        .copied()
        .filter(|&i| out[i].individual.is_some())
        .collect();
    crate::order::sort_indices(&mut ranked, |a, b| {
        out[b]
            .individual
            .cmp(&out[a].individual)
            .then_with(|| out[a].id.cmp(&out[b].id))
    });
    let mut leader_slot = vec![false; list.len()];
    for &i in ranked.iter().take(slots) {
        leader_slot[i] = true;
    }
    let mut head_hit = vec![false; units.len()];
    for (i, c) in list.iter().enumerate() {
        let res = &mut out[i];
        let Some(v) = res.individual else { continue };
        let excellent = v >= r.excellent.min_result
            && match c.role {
                CadreRole::UnitHead => linked_of[i]
                    .as_slice()
                    .first()
                    .is_some_and(|&u| units[u].grade == Some(UnitGrade::Excellent)),
                CadreRole::CountyLeader => leader_slot[i],
            };
        let (grade, tag, min) = if excellent {
            (
                CadreGrade::Excellent,
                &t.cadre_excellent,
                r.excellent.min_result,
            )
        } else if v >= r.competent.min_total {
            (CadreGrade::Competent, &t.competent, r.competent.min_total)
        } else if v >= r.basic.min_total {
            (CadreGrade::BasicallyCompetent, &t.basic, r.basic.min_total)
        } else {
            (CadreGrade::Incompetent, &t.incompetent, r.basic.min_total)
        };
        res.grade = Some(grade);
        res.trace.push(TraceLine::decision(tag).inputs(&[v, min]));
        if c.role == CadreRole::UnitHead && grade == book.set.escalation.supervisor_head_grade.grade
        {
            for &u in linked_of[i].as_slice() {
                head_hit[u] = true;
            }
        }
    }
    // Selection link and the units' flags, per unit.
    for (i, c) in list.iter().enumerate() {
        let res = &mut out[i];
        for &u in linked_of[i].as_slice() {
            let unit = &units[u];
            if c.role == CadreRole::UnitHead
                && (unit.grade == Some(UnitGrade::Poor) || close_exam[u])
            {
                res.flags.push(Flag {
                    action: Action::NotRecommended,
                    rule: t.not_recommended.rule.clone(),
                    unit: Some(unit.id.clone()),
                });
                res.trace
                    .push(TraceLine::decision(&t.not_recommended).item(u));
            }
            for f in unit.flags.iter().filter(|f| is_talk(f.action)) {
                res.flags.push(Flag {
                    unit: Some(unit.id.clone()),
                    ..f.clone()
                });
            }
        }
    }
    Ok((out, head_hit))
}

/// Flags that go to the unit head and the supervising leader (4.6).
fn is_talk(a: Action) -> bool {
    matches!(
        a,
        Action::ReminderTalk
            | Action::Admonishment
            | Action::OrganizationalHandling
            | Action::Accountability
    )
}

/// Linked result, learning and individual result of one cadre.
fn one(
    book: &Book,
    c: &Cadre,
    members: &[usize],
    units: &[UnitResult],
) -> Result<CadreResult, EngineError> {
    let t = &book.t;
    // Learning notes, the individual result's three lines and the grade.
    let mut lines = Vec::with_capacity(8);
    let mut flags = Vec::new();
    let learn = learning(book, &c.learning, &mut lines, &mut flags)?;
    let mut totals = members
        .iter()
        .filter(|&&u| units[u].complete)
        .map(|&u| units[u].total);
    let (linked, tag) = match c.role {
        CadreRole::UnitHead => (totals.next(), &t.linked_head),
        CadreRole::CountyLeader => {
            let totals: Vec<Decimal> = totals.collect();
            (mean_rounded(&totals)?, &t.linked_leader)
        }
    };
    let mut individual = None;
    if let Some(l) = linked {
        let w_rule = book.set.cadres.individual.learning_weight;
        let (w, learned) = match learn.year {
            Some(y) => (w_rule, y),
            None => (Decimal::ZERO, Decimal::ZERO),
        };
        let share = sub(Decimal::ONE, w)?;
        lines.push(TraceLine::new(tag, LineKind::Points, mul(share, l)?).inputs(&[l, share]));
        lines.push(
            TraceLine::new(&t.individual, LineKind::Points, mul(w, learned)?).inputs(&[learned, w]),
        );
        let unrounded = sum_points(&lines)?;
        let v = round_score(unrounded);
        lines.push(
            TraceLine::new(&t.rounding, LineKind::Rounding, sub(v, unrounded)?)
                .inputs(&[unrounded]),
        );
        individual = Some(v);
    }
    Ok(CadreResult {
        id: Shared::new(&c.id),
        role: c.role,
        linked,
        learning: learn,
        individual,
        grade: None,
        flags,
        trace: lines,
    })
}
