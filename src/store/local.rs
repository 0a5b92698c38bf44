//! The `localStorage` [`Backend`] (wasm32 only): raw `getItem`/`setItem`, so
//! stored text is exactly what the store wrote (quarantine keeps originals),
//! and a `QuotaExceededError` becomes [`StoreError::QuotaExceeded`].
//! When storage is missing or refuses access (privacy mode), every call
//! returns [`StoreError::Unavailable`] and the app works in memory.

use wasm_bindgen::{JsCast, JsValue};

use super::{Backend, StoreError};

/// `window.localStorage`, if this browser lets the page have it.
pub struct LocalBackend {
    storage: Option<web_sys::Storage>,
}

impl LocalBackend {
    pub fn new() -> Self {
        let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
        LocalBackend { storage }
    }

    /// Whether storage is there at all.
    pub fn available(&self) -> bool {
        self.storage.is_some()
    }

    fn storage(&self) -> Result<&web_sys::Storage, StoreError> {
        self.storage
            .as_ref()
            .ok_or_else(|| StoreError::Unavailable {
                detail: "localStorage is not available".to_owned(),
            })
    }
}

impl Default for LocalBackend {
    fn default() -> Self {
        Self::new()
    }
}

/// Maps a DOMException from storage to a typed error.
fn storage_error(err: JsValue) -> StoreError {
    let name = err
        .dyn_ref::<web_sys::DomException>()
        .map(|e| (e.name(), e.message()))
        .unwrap_or_else(|| (String::new(), format!("{err:?}")));
    match name.0.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StoreError::QuotaExceeded,
        "SecurityError" => StoreError::Unavailable { detail: name.1 },
        _ => StoreError::Backend {
            detail: format!("{} {}", name.0, name.1).trim().to_owned(),
        },
    }
}

impl Backend for LocalBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage()?.get_item(key).map_err(storage_error)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage()?.set_item(key, value).map_err(storage_error)
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.storage()?.remove_item(key).map_err(storage_error)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let storage = self.storage()?;
        let len = storage.length().map_err(storage_error)?;
        let mut keys = Vec::with_capacity(len as usize);
        for i in 0..len {
            if let Some(k) = storage.key(i).map_err(storage_error)? {
                keys.push(k);
            }
        }
        Ok(keys)
    }
}
