//! One checklist question: a fieldset whose legend is the item's label
//! (rule data, in the UI language) and three native radio buttons 是 / 否 /
//! 未知 (arrow keys move between them). A question the verdict says must be
//! verified carries a visible mark.

use yew::prelude::*;

use super::{answer_key, answer_text, escape_id, question_dom_id};
use crate::engine::tolerance::{Answer, Item};
use crate::i18n::Text;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    /// The checklist item (negative item, condition or positive situation).
    pub item: Item,
    /// The current answer (unknown when unanswered).
    pub answer: Answer,
    /// A prefix for the legend, e.g. "right half" inside a distinction.
    #[prop_or_default]
    pub half: Option<Text>,
    /// Whether the verdict names this question as one to verify.
    #[prop_or_default]
    pub to_verify: bool,
    /// Called with the new answer.
    pub on_answer: Callback<Answer>,
}

#[component]
pub fn Question(props: &QuestionProps) -> Html {
    let lang = use_lang();
    let item = &props.item;
    let dom_id = question_dom_id(&item.id);
    let name = format!("tol-a-{}", escape_id(&item.id));
    let class = classes!(
        "tol-q",
        format!("tol-q-{}", answer_key(props.answer)),
        props.to_verify.then_some("tol-q-verify"),
    );
    let radios = [Answer::Yes, Answer::No, Answer::Unknown].map(|a| {
        let input_id = format!("{name}-{}", answer_key(a));
        let onchange = props.on_answer.reform(move |_: Event| a);
        html! {
            <label class={classes!("tol-radio", format!("tol-radio-{}", answer_key(a)))} for={input_id.clone()}>
                <input type="radio" id={input_id} name={name.clone()} value={answer_key(a)}
                    checked={props.answer == a} {onchange} />
                <span>{ answer_text(a).get(lang) }</span>
            </label>
        }
    });
    html! {
        <fieldset {class} id={dom_id} tabindex="-1"
            data-item={item.id.clone()} data-answer={answer_key(props.answer)}>
            <legend>
                if let Some(half) = props.half {
                    <span class="tol-half">{ half.get(lang) }</span>
                }
                <span class="tol-q-label">{ lang.pick(&item.zh, &item.en) }</span>
                if props.to_verify {
                    <span class="tol-badge tol-badge-verify">{ Text::TolNeedsVerify.get(lang) }</span>
                }
            </legend>
            <div class="tol-radios">{ for radios }</div>
            if !item.citation.is_empty() {
                <p class="tol-cite">{ Text::TolCitation.get(lang) }{ item.citation.clone() }</p>
            }
        </fieldset>
    }
}
