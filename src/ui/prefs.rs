//! Settings remembered in this browser (localStorage), never required:
//! when storage is unavailable or holds nonsense, defaults apply.

use crate::i18n::Lang;

const LANG_KEY: &str = "kaohe.lang";

/// `localStorage`, when it can be reached (privacy settings that block site
/// data make the lookup fail or throw).
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The remembered UI language, or Chinese. The tag is stored as a JSON
/// string (`"en"`), as earlier versions wrote it.
pub fn load_lang() -> Lang {
    storage()
        .and_then(|s| s.get_item(LANG_KEY).ok().flatten())
        .map(|stored| Lang::from_tag(stored.trim_matches('"')))
        .unwrap_or_default()
}

/// Remembers the UI language. A failure (privacy mode, full quota) only means
/// the choice is not remembered; the UI keeps working.
pub fn save_lang(lang: Lang) {
    if let Some(s) = storage() {
        let _ = s.set_item(LANG_KEY, &format!("\"{}\"", lang.tag()));
    }
}

/// Sets `<html lang>` so screen readers and fonts follow the UI language.
pub fn apply_document_lang(lang: Lang) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", lang.tag());
    }
}
