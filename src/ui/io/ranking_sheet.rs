//! The county ranking on A4: one table per ranking group (each group on
//! its own page), ranked units by place with total, parts, grade, awards
//! and flags, then the units not ranked. Hidden on screen; printed alone
//! (styles/print.css, `body.print-ranking`).

use yew::prelude::*;

use crate::engine::evaluation::UnitResult;
use crate::i18n::{self, Text};
use crate::io::labels::{award_texts, flag_texts, paren};
use crate::io::results_csv::shown;
use crate::ui::shell::use_lang;
use crate::ui::use_app;

#[component]
pub fn RankingSheet() -> Html {
    let lang = use_lang();
    let app = use_app();
    let scenario = app.scenario();
    let Ok(ev) = &*app.evaluation else {
        return html! {};
    };
    let labels = super::sheet_labels(scenario);
    let name = |id: &str| {
        scenario
            .units
            .iter()
            .find(|u| u.id == id)
            .map(|u| {
                if u.name.is_empty() {
                    u.id.clone()
                } else {
                    u.name.clone()
                }
            })
            .unwrap_or_else(|| id.to_owned())
    };
    let sep = lang.pick("；", "; ");
    let row = |u: &UnitResult| {
        let rank = match u.rank {
            Some(r) if u.tied => format!("{r}{}", lang.pick("（并列）", " (tied)")),
            Some(r) => r.to_string(),
            None => "—".to_owned(),
        };
        let grade = match u.grade {
            Some(g) if u.vetoed => paren(
                lang,
                i18n::unit_grade(g).get(lang),
                Text::SheetVetoed.get(lang),
            ),
            Some(g) => i18n::unit_grade(g).get(lang).to_owned(),
            None => Text::SheetNotRanked.get(lang).to_owned(),
        };
        let awards = award_texts(u, &labels, lang);
        let flags = flag_texts(u, lang);
        html! {
            <tr key={u.id.clone()}>
                <td class="num">{ rank }</td>
                <td>{ name(&u.id) }</td>
                <td class="num">{ u.indicator_part.map(shown).unwrap_or_default() }</td>
                <td class="num">{ u.feedback_part.map(shown).unwrap_or_default() }</td>
                <td class="num">{ shown(u.bonus) }</td>
                <td class="num">{ shown(u.deductions) }</td>
                <td class="num">{ shown(u.linkage) }</td>
                <td class="num io-strong">{ u.total.to_string() }</td>
                <td>{ grade }</td>
                <td>{ awards.join(sep) }</td>
                <td>{ flags.join(sep) }</td>
            </tr>
        }
    };
    let groups = ev
        .groups
        .iter()
        .filter(|g| ev.units.iter().any(|u| u.group == g.group))
        .map(|g| {
            let ranked = g
                .order
                .iter()
                .filter_map(|id| ev.units.iter().find(|u| &u.id == id));
            let unranked = ev
                .units
                .iter()
                .filter(|u| u.group == g.group && !g.order.contains(&u.id));
            html! {
                <section class="io-sheet-group" key={g.group.clone()}>
                    <h3>{ labels.get(&g.group, lang) }</h3>
                    <table class="io-ranking">
                        <thead>
                            <tr>
                                <th scope="col">{ Text::SheetRank.get(lang) }</th>
                                <th scope="col">{ Text::SheetUnit.get(lang) }</th>
                                <th scope="col">{ Text::SheetIndicatorPart.get(lang) }</th>
                                <th scope="col">{ Text::SheetFeedbackPart.get(lang) }</th>
                                <th scope="col">{ Text::SheetBonus.get(lang) }</th>
                                <th scope="col">{ Text::SheetDeductions.get(lang) }</th>
                                <th scope="col">{ Text::SheetLinkage.get(lang) }</th>
                                <th scope="col">{ Text::SheetTotal.get(lang) }</th>
                                <th scope="col">{ Text::SheetGrade.get(lang) }</th>
                                <th scope="col">{ Text::SheetAwards.get(lang) }</th>
                                <th scope="col">{ Text::SheetFlags.get(lang) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for ranked.map(&row) }
                            { for unranked.map(&row) }
                        </tbody>
                    </table>
                </section>
            }
        });
    html! {
        <article class="io-sheet io-ranking-sheet" id="io-ranking-sheet" aria-labelledby="io-ranking-sheet-title">
            <h2 id="io-ranking-sheet-title">{ format!("{} {}", scenario.year, Text::SheetRankingTitle.get(lang)) }</h2>
            { for groups }
            <p class="io-sheet-advisory">{ Text::FooterAdvisory.get(lang) }</p>
        </article>
    }
}
