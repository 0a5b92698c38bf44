//! One ranking group's part of the bulletin: rank (并列), unit, quarter
//! score, movement against the previous quarter, the quarter's deduction
//! and veto events, and the unit's flags; then the units not ranked.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{self, Lang, Text};
use crate::io::bulletin::{GroupBulletin, Movement};
use crate::io::labels::Labels;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct GroupTableProps {
    pub group: Rc<GroupBulletin>,
    pub labels: Rc<Labels>,
}

/// The spoken form of a movement (the arrow is hidden from screen readers).
fn movement_words(m: Movement, lang: Lang) -> String {
    match m {
        Movement::Up(n) => format!(
            "{} {n} {}",
            Text::BulletinMoveUp.get(lang),
            Text::BulletinPlaces.get(lang)
        ),
        Movement::Down(n) => format!(
            "{} {n} {}",
            Text::BulletinMoveDown.get(lang),
            Text::BulletinPlaces.get(lang)
        ),
        Movement::Same => Text::BulletinMoveSame.get(lang).to_owned(),
        Movement::NoPrevious => Text::BulletinMoveNone.get(lang).to_owned(),
    }
}

fn movement_class(m: Movement) -> &'static str {
    match m {
        Movement::Up(_) => "move move-up",
        Movement::Down(_) => "move move-down",
        Movement::Same | Movement::NoPrevious => "move move-same",
    }
}

#[component]
pub fn GroupTable(props: &GroupTableProps) -> Html {
    let lang = use_lang();
    let g = &props.group;
    let labels = &props.labels;
    let sep = lang.pick("；", "; ");
    let caption_id = format!(
        "bulletin-{}",
        g.group.replace(|c: char| !c.is_ascii_alphanumeric(), "-")
    );
    let rows = g.rows.iter().map(|r| {
        let rank = if r.tied {
            format!("{}{}", r.rank, lang.pick("（并列）", " (tied)"))
        } else {
            r.rank.to_string()
        };
        let events: Vec<String> = r
            .events
            .iter()
            .map(|e| {
                let mut s = format!("{}·{}", labels.get(&e.kind, lang), i18n::level(e.level).get(lang));
                if e.count != 1 {
                    s.push_str(&format!("×{}", e.count));
                }
                if let Some(doc) = &e.doc_no {
                    s.push_str(&lang.paren(doc));
                }
                s
            })
            .collect();
        let flags: Vec<&str> = r.flags.iter().map(|f| i18n::action(*f).get(lang)).collect();
        let name = if r.name.is_empty() { r.id.clone() } else { r.name.clone() };
        html! {
            <tr key={r.id.clone()} data-unit={r.id.clone()}>
                <td class="num">{ rank }</td>
                <td>{ name }</td>
                <td class="num">{ r.score.map(|s| s.to_string()).unwrap_or_default() }</td>
                <td class={classes!("num", "bulletin-move")} data-move={r.movement.mark()}>
                    <span class={movement_class(r.movement)} aria-hidden="true">{ r.movement.mark() }</span>
                    <span class="visually-hidden">{ movement_words(r.movement, lang) }</span>
                </td>
                <td>{ events.join(sep) }</td>
                <td>{ flags.join(sep) }</td>
            </tr>
        }
    });
    let unranked: Vec<String> = g
        .unranked
        .iter()
        .map(|(id, name)| {
            if name.is_empty() {
                id.clone()
            } else {
                name.clone()
            }
        })
        .collect();
    html! {
        <section class="bulletin-group" aria-labelledby={caption_id.clone()}>
            <h3 id={caption_id}>{ labels.get(&g.group, lang) }</h3>
            if g.rows.is_empty() {
                <p class="io-hint">{ Text::BulletinNoRanked.get(lang) }</p>
            } else {
                <table class="bulletin-table">
                    <thead>
                        <tr>
                            <th scope="col">{ Text::SheetRank.get(lang) }</th>
                            <th scope="col">{ Text::SheetUnit.get(lang) }</th>
                            <th scope="col">{ Text::BulletinScore.get(lang) }</th>
                            <th scope="col">{ Text::BulletinMovement.get(lang) }</th>
                            <th scope="col">{ Text::BulletinEvents.get(lang) }</th>
                            <th scope="col">{ Text::SheetFlags.get(lang) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            }
            if !unranked.is_empty() {
                <p class="io-hint bulletin-unranked">{ Text::BulletinUnranked.get(lang) }{ " " }{ unranked.join(lang.pick("、", ", ")) }</p>
            }
        </section>
    }
}
