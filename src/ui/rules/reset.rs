//! [`ResetRules`]: "恢复示例规则" — returns the Scenario to the built-in
//! rules after an inline confirmation (a question with 确定 / 取消 that
//! takes focus; Escape cancels). Undo brings the edited rules back.

use yew::prelude::*;

use crate::i18n::Text;
use crate::ui::shell::use_lang;
use crate::ui::use_focus_round_trip;

#[derive(Properties, PartialEq)]
pub struct ResetRulesProps {
    /// The rules differ from the built-in set (otherwise the button is off).
    pub modified: bool,
    pub on_reset: Callback<()>,
}

#[component]
pub fn ResetRules(props: &ResetRulesProps) -> Html {
    let lang = use_lang();
    let asking = use_state(|| false);
    let cancel_ref = use_node_ref();
    let opener_ref = use_node_ref();
    // The question takes focus; closed by cancel or Escape, it gives focus
    // back to the opener (once the render has enabled it again).
    let focus = use_focus_round_trip(*asking, cancel_ref.clone(), opener_ref.clone());
    let ask = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(true))
    };
    let close = {
        let asking = asking.clone();
        move || {
            focus.arm();
            asking.set(false);
        }
    };
    let cancel = {
        let close = close.clone();
        Callback::from(move |_: MouseEvent| close())
    };
    let onkeydown = {
        let close = close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                close();
            }
        })
    };
    let confirm = {
        let asking = asking.clone();
        let on_reset = props.on_reset.clone();
        Callback::from(move |_: MouseEvent| {
            asking.set(false);
            on_reset.emit(());
            // The opener is off now (nothing left to reset): the screen's
            // title takes focus instead of the page.
            crate::ui::focus_id("screen-title");
        })
    };
    html! {
        <div class="rule-reset">
            <button type="button" id="rules-reset" ref={opener_ref}
                disabled={!props.modified || *asking} onclick={ask}>
                { Text::RuleReset.get(lang) }
            </button>
            if *asking {
                <div class="rule-confirm" id="rules-reset-confirm" role="group"
                    aria-labelledby="rules-reset-question" {onkeydown}>
                    <p id="rules-reset-question">{ Text::RuleResetConfirm.get(lang) }</p>
                    <button type="button" id="rules-reset-yes" class="rule-danger" onclick={confirm}>
                        { Text::RuleResetYes.get(lang) }
                    </button>
                    <button type="button" id="rules-reset-no" ref={cancel_ref} onclick={cancel}>
                        { Text::RuleResetNo.get(lang) }
                    </button>
                </div>
            }
        </div>
    }
}
