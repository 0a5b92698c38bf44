//! The panic hook: instead of a dead page, a message with a way to reload.
//! Drafts autosave as the user works, so after the reload the last saved
//! state opens again. The message is built with plain DOM calls (Yew is
//! gone at that point), and the reload is a link, so it needs no script.

use crate::i18n::{Lang, Text};

/// Installs the hook (once, at start). Through Yew's own setter, so that
/// Yew's renderer does not replace it with its default console hook.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Kaohe stopped: {info}").into());
        show_message(super::prefs::load_lang());
    }));
}

fn show_message(lang: Lang) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(doc) = window.document() else { return };
    let Some(body) = doc.body() else { return };
    if doc.get_element_by_id("panic-message").is_some() {
        return;
    }
    let location = window.location();
    let href = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    let build = || -> Option<web_sys::Element> {
        let panel = doc.create_element("div").ok()?;
        panel.set_id("panic-message");
        panel.set_class_name("panic-message");
        panel.set_attribute("role", "alert").ok()?;
        let title = doc.create_element("strong").ok()?;
        title.set_text_content(Some(Text::PanicTitle.get(lang)));
        let text = doc.create_element("p").ok()?;
        text.set_text_content(Some(Text::PanicBody.get(lang)));
        let reload = doc.create_element("a").ok()?;
        reload
            .set_attribute("href", if href.is_empty() { "./" } else { &href })
            .ok()?;
        reload.set_class_name("panic-reload");
        reload.set_id("panic-reload");
        reload.set_text_content(Some(Text::PanicReload.get(lang)));
        panel.append_child(&title).ok()?;
        panel.append_child(&text).ok()?;
        panel.append_child(&reload).ok()?;
        Some(panel)
    };
    if let Some(panel) = build() {
        let _ = body.append_child(&panel);
    }
}
