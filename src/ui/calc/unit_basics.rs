//! A unit's basic facts: name, ranking group, kind, staff count (for the
//! staff excellent quota), and last year's displayed rank and grade (for
//! "most improved" and "bottom two years").

use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use super::{to_i64, whole_from};
use crate::engine::rules::RuleSet;
use crate::engine::scenario::{LastYear, Unit};
use crate::engine::types::{UnitGrade, UnitKind};
use crate::i18n::{self, Text};
use crate::ui::fields::{DecimalField, TextField};
use crate::ui::select_field::SelectField;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct UnitBasicsProps {
    pub unit: Rc<Unit>,
    pub rules: Rc<RuleSet>,
    pub on_change: Callback<Unit>,
}

const GRADES: [(UnitGrade, &str); 4] = [
    (UnitGrade::Excellent, "excellent"),
    (UnitGrade::Good, "good"),
    (UnitGrade::Fair, "fair"),
    (UnitGrade::Poor, "poor"),
];

#[component]
pub fn UnitBasics(props: &UnitBasicsProps) -> Html {
    let lang = use_lang();
    let u = props.unit.clone();
    let edit = |f: Rc<dyn Fn(&mut Unit, String)>| {
        let (u, on_change) = (u.clone(), props.on_change.clone());
        Callback::from(move |v: String| {
            let mut next = (*u).clone();
            f(&mut next, v);
            on_change.emit(next);
        })
    };
    let on_name = edit(Rc::new(|n, v| n.name = v.trim().to_string()));
    let on_group = edit(Rc::new(|n, v| n.group = v));
    let on_kind = edit(Rc::new(|n, v| {
        n.kind = if v == "town" {
            UnitKind::Town
        } else {
            UnitKind::Department
        }
    }));
    let on_grade = edit(Rc::new(|n, v| {
        let grade = GRADES.iter().find(|(_, k)| *k == v).map(|(g, _)| *g);
        let rank = n.last_year.as_ref().and_then(|l| l.rank);
        n.last_year = (rank.is_some() || grade.is_some()).then_some(LastYear { rank, grade });
    }));
    let on_staff = {
        let (u, on_change) = (u.clone(), props.on_change.clone());
        Callback::from(move |v: Option<Decimal>| {
            let mut next = (*u).clone();
            next.staff = v.and_then(to_i64).unwrap_or(0);
            on_change.emit(next);
        })
    };
    let on_rank = {
        let (u, on_change) = (u.clone(), props.on_change.clone());
        Callback::from(move |v: Option<Decimal>| {
            let mut next = (*u).clone();
            let rank = v.and_then(to_i64);
            let grade = next.last_year.as_ref().and_then(|l| l.grade);
            next.last_year =
                (rank.is_some() || grade.is_some()).then_some(LastYear { rank, grade });
            on_change.emit(next);
        })
    };

    let mut groups: Vec<(String, String)> = props
        .rules
        .ranking_groups
        .iter()
        .map(|g| (g.id.clone(), lang.pick(&g.zh, &g.en).to_string()))
        .collect();
    if !groups.iter().any(|(id, _)| *id == u.group) {
        groups.push((u.group.clone(), u.group.clone()));
    }
    let kinds = vec![
        ("town".to_string(), Text::CalcKindTown.get(lang).to_string()),
        (
            "department".to_string(),
            Text::CalcKindDepartment.get(lang).to_string(),
        ),
    ];
    let kind = match u.kind {
        UnitKind::Town => "town",
        UnitKind::Department => "department",
    };
    let mut grades = vec![(String::new(), Text::CalcNone.get(lang).to_string())];
    grades.extend(
        GRADES
            .iter()
            .map(|(g, k)| (k.to_string(), i18n::unit_grade(*g).get(lang).to_string())),
    );
    let last = u.last_year.clone().unwrap_or(LastYear {
        rank: None,
        grade: None,
    });
    let grade_value = last
        .grade
        .and_then(|g| GRADES.iter().find(|(x, _)| *x == g).map(|(_, k)| *k))
        .unwrap_or("");

    html! {
        <fieldset class="calc-fieldset">
            <legend>{ Text::CalcBasics.get(lang) }</legend>
            <div class="calc-fields">
                <TextField id="calc-u-name" label={Text::CalcUnitName.get(lang)} value={u.name.clone()} on_change={on_name} />
                <div class="field">
                    <span class="field-label">{ Text::CalcUnitId.get(lang) }</span>
                    <span class="calc-readonly" id="calc-u-id">{ u.id.clone() }</span>
                </div>
                <SelectField id="calc-u-group" label={Text::CalcUnitGroup.get(lang)} options={groups}
                    value={u.group.clone()} on_change={on_group} />
                <SelectField id="calc-u-kind" label={Text::CalcUnitKind.get(lang)} options={kinds}
                    value={kind} on_change={on_kind} />
                <DecimalField id="calc-u-staff" label={Text::CalcStaff.get(lang)} value={Some(Decimal::from(u.staff))}
                    bounds={whole_from(0)} required=true hint={Text::CalcStaffHint.get(lang)} on_change={on_staff} />
                <DecimalField id="calc-u-last-rank" label={Text::CalcLastRank.get(lang)}
                    value={last.rank.map(Decimal::from)} bounds={whole_from(1)} on_change={on_rank} />
                <SelectField id="calc-u-last-grade" label={Text::CalcLastGrade.get(lang)} options={grades}
                    value={grade_value} on_change={on_grade} />
            </div>
        </fieldset>
    }
}
