//! The unit's democratic-rating votes, one whole number per vote option of
//! the rules (an empty field removes the option's votes), and the rating
//! the engine computed from them.

use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use super::{dom_id, fill, score, to_i64, whole_from};
use crate::engine::rules::RuleSet;
use crate::engine::scenario::Unit;
use crate::i18n::Text;
use crate::ui::fields::DecimalField;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct VoteFieldsProps {
    pub unit: Rc<Unit>,
    pub rules: Rc<RuleSet>,
    /// The rating from the Evaluation, if any.
    #[prop_or_default]
    pub rating: Option<Decimal>,
    pub on_change: Callback<Unit>,
}

#[component]
pub fn VoteFields(props: &VoteFieldsProps) -> Html {
    let lang = use_lang();
    let u = props.unit.clone();
    html! {
        <fieldset class="calc-fieldset" id="calc-u-votes">
            <legend>{ Text::CalcVotes.get(lang) }</legend>
            <div class="calc-fields">
                { for props.rules.rating.options.iter().map(|o| {
                    let id = o.meta.id.clone();
                    let on_change = {
                        let (u, on_change, id) = (u.clone(), props.on_change.clone(), id.clone());
                        Callback::from(move |v: Option<Decimal>| {
                            let mut next = (*u).clone();
                            match v.and_then(to_i64) {
                                Some(n) => { next.votes.insert(id.clone(), n); }
                                None => { next.votes.remove(&id); }
                            }
                            on_change.emit(next);
                        })
                    };
                    let label = lang.pick(&o.meta.zh, &o.meta.en).to_string();
                    html! {
                        <DecimalField key={id.clone()} id={format!("calc-vote-{}", dom_id(&id))}
                            label={fill(Text::CalcVotesFor.get(lang), &[("option", &label)])}
                            value={u.votes.get(&id).map(|n| Decimal::from(*n))} bounds={whole_from(0)}
                            {on_change} />
                    }
                }) }
            </div>
            <p class="calc-note" id="calc-u-rating">
                { match props.rating {
                    Some(r) => fill(Text::CalcRatingIs.get(lang), &[("r", &score(r))]),
                    None => Text::CalcRatingNone.get(lang).to_string(),
                } }
            </p>
        </fieldset>
    }
}
