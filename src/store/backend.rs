//! The storage the draft store runs on: a [`Backend`] trait shaped like
//! `localStorage` (string keys, string values, a quota, and storage that may
//! be missing altogether), and [`MemoryBackend`], an in-memory one for tests
//! and for running without storage.
//!
//! The `localStorage` backend lives with the browser code, not here. It must
//! store values as they are given (raw `setItem`, not JSON-encoded again) so
//! that quarantined text is the exact original, and map a
//! `QuotaExceededError` to [`StoreError::QuotaExceeded`].

use std::collections::BTreeMap;

use super::error::StoreError;

/// A string key–value store with the failure modes of `localStorage`.
///
/// A failed `set` must leave the previous value of the key in place (as
/// `localStorage` does).
pub trait Backend {
    /// The value under `key`, or `None`.
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Stores `value` under `key`; [`StoreError::QuotaExceeded`] when full.
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    /// Removes `key`; removing a missing key is not an error.
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    /// Every key, in no particular order.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

impl<B: Backend + ?Sized> Backend for &mut B {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        (**self).get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        (**self).set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        (**self).remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        (**self).keys()
    }
}

/// An in-memory [`Backend`], with an optional quota counted like browsers
/// count theirs: UTF-16 code units of every key plus every value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MemoryBackend {
    entries: BTreeMap<String, String>,
    quota: Option<usize>,
    unavailable: bool,
}

impl MemoryBackend {
    /// Empty, unlimited.
    pub fn new() -> Self {
        MemoryBackend::default()
    }

    /// Empty, holding at most `units` UTF-16 code units of keys and values.
    pub fn with_quota(units: usize) -> Self {
        MemoryBackend {
            quota: Some(units),
            ..MemoryBackend::default()
        }
    }

    /// Storage that is not there (privacy mode): every call fails with
    /// [`StoreError::Unavailable`].
    pub fn unavailable() -> Self {
        MemoryBackend {
            unavailable: true,
            ..MemoryBackend::default()
        }
    }

    /// Changes the quota (entries already stored stay).
    pub fn set_quota(&mut self, units: Option<usize>) {
        self.quota = units;
    }

    /// UTF-16 code units in use.
    pub fn used(&self) -> usize {
        self.entries.iter().map(|(k, v)| units(k) + units(v)).sum()
    }

    /// Everything stored, sorted by key.
    pub fn entries(&self) -> &BTreeMap<String, String> {
        &self.entries
    }

    fn check(&self) -> Result<(), StoreError> {
        if self.unavailable {
            Err(StoreError::Unavailable {
                detail: "storage is not available".to_owned(),
            })
        } else {
            Ok(())
        }
    }
}

fn units(text: &str) -> usize {
    text.encode_utf16().count()
}

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.check()?;
        Ok(self.entries.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.check()?;
        if let Some(quota) = self.quota {
            let old = self
                .entries
                .get(key)
                .map(|v| units(key) + units(v))
                .unwrap_or(0);
            let new = units(key) + units(value);
            if self.used().saturating_sub(old).saturating_add(new) > quota {
                return Err(StoreError::QuotaExceeded);
            }
        }
        self.entries.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.check()?;
        self.entries.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.check()?;
        Ok(self.entries.keys().cloned().collect())
    }
}
