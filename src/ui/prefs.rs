//! Settings remembered in this browser (localStorage), never required:
//! when storage is unavailable or holds nonsense, defaults apply.

use gloo::storage::{LocalStorage, Storage};

use crate::i18n::Lang;

const LANG_KEY: &str = "kaohe.lang";

/// Whether `localStorage` can be reached: gloo's storage throws when it
/// cannot (privacy settings that block site data), so check first.
fn storage_ok() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
}

/// The remembered UI language, or Chinese.
pub fn load_lang() -> Lang {
    if !storage_ok() {
        return Lang::default();
    }
    LocalStorage::get::<String>(LANG_KEY)
        .map(|tag| Lang::from_tag(&tag))
        .unwrap_or_default()
}

/// Remembers the UI language. A failure (privacy mode, full quota) only means
/// the choice is not remembered; the UI keeps working.
pub fn save_lang(lang: Lang) {
    if storage_ok() {
        let _ = LocalStorage::set(LANG_KEY, lang.tag());
    }
}

/// Sets `<html lang>` so screen readers and fonts follow the UI language.
pub fn apply_document_lang(lang: Lang) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", lang.tag());
    }
}
