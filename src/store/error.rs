//! Typed failures of the draft store, and the [`Problem`] report for a
//! stored entry that could not be read and was set aside.
//!
//! Each has a stable `code()` for the UI's translation table; `Display` is
//! English for logs and tests only.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Why a store operation failed. Nothing stored is lost by a failure: a
/// failed write leaves the previous value in place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum StoreError {
    /// Storage is missing or refuses access (privacy mode, disabled
    /// cookies); the app keeps working in memory.
    Unavailable { detail: String },
    /// Storage is full (`QuotaExceededError`): export or delete old drafts.
    QuotaExceeded,
    /// Any other storage failure.
    Backend { detail: String },
    /// No draft with this id.
    NotFound { id: String },
    /// A caller-chosen id that is not 1–64 of `A-Z a-z 0-9 - _`.
    InvalidId { id: String },
    /// An undo would overwrite a draft that now exists under the same id.
    AlreadyExists { id: String },
    /// The stored entry could not be read; it was set aside (see the
    /// problem) and is never overwritten.
    Unreadable { problem: Box<Problem> },
    /// The envelope could not be turned into JSON.
    Encode { detail: String },
}

impl StoreError {
    /// A stable identifier for the UI's translation table and for tests.
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::Unavailable { .. } => "store.unavailable",
            StoreError::QuotaExceeded => "store.quota_exceeded",
            StoreError::Backend { .. } => "store.backend",
            StoreError::NotFound { .. } => "store.not_found",
            StoreError::InvalidId { .. } => "store.invalid_id",
            StoreError::AlreadyExists { .. } => "store.already_exists",
            StoreError::Unreadable { .. } => "store.unreadable",
            StoreError::Encode { .. } => "store.encode",
        }
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Unavailable { detail } => write!(f, "storage is unavailable: {detail}"),
            StoreError::QuotaExceeded => f.write_str("storage is full"),
            StoreError::Backend { detail } => write!(f, "storage failed: {detail}"),
            StoreError::NotFound { id } => write!(f, "no draft {id:?}"),
            StoreError::InvalidId { id } => write!(f, "invalid draft id {id:?}"),
            StoreError::AlreadyExists { id } => write!(f, "a draft {id:?} already exists"),
            StoreError::Unreadable { problem } => write!(f, "{problem}"),
            StoreError::Encode { detail } => write!(f, "cannot encode the draft: {detail}"),
        }
    }
}

impl std::error::Error for StoreError {}

/// A stored entry that could not be read. Its exact text was moved to
/// `quarantine_key` (or, if even that failed, left where it was), and it is
/// never overwritten.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// Where the entry was found (`kaohe.draft.<id>`).
    pub key: String,
    /// Where it is now (`kaohe.quarantine.<id>.<n>`); `None` when moving it
    /// failed (e.g. a full quota) and it stays under `key`, untouched.
    pub quarantine_key: Option<String>,
    pub reason: ProblemReason,
    /// The exact original text, so the UI can offer it as a download.
    pub raw: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.quarantine_key {
            Some(to) => write!(f, "{}: {}; set aside as {to}", self.key, self.reason),
            None => write!(f, "{}: {}; left in place", self.key, self.reason),
        }
    }
}

/// Why a stored entry could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ProblemReason {
    /// Not JSON at all (cut short, edited by hand).
    NotJson { detail: String },
    /// JSON, but not a draft envelope (no `format: "kaohe-draft"` or no
    /// integer `version`).
    NotADraft { detail: String },
    /// Written by a newer Kaohe.
    FutureVersion { version: u64, supported: u32 },
    /// An older version whose migration failed (or is missing).
    MigrationFailed { from: u64, detail: String },
    /// A current-version envelope with missing or mistyped fields.
    WrongShape { detail: String },
}

impl ProblemReason {
    /// A stable identifier for the UI's translation table and for tests.
    pub fn code(&self) -> &'static str {
        match self {
            ProblemReason::NotJson { .. } => "draft.not_json",
            ProblemReason::NotADraft { .. } => "draft.not_a_draft",
            ProblemReason::FutureVersion { .. } => "draft.future_version",
            ProblemReason::MigrationFailed { .. } => "draft.migration_failed",
            ProblemReason::WrongShape { .. } => "draft.wrong_shape",
        }
    }
}

impl fmt::Display for ProblemReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemReason::NotJson { detail } => write!(f, "not JSON ({detail})"),
            ProblemReason::NotADraft { detail } => write!(f, "not a Kaohe draft ({detail})"),
            ProblemReason::FutureVersion { version, supported } => write!(
                f,
                "saved by a newer Kaohe (draft version {version}; this Kaohe reads up to {supported})"
            ),
            ProblemReason::MigrationFailed { from, detail } => {
                write!(f, "cannot upgrade from draft version {from} ({detail})")
            }
            ProblemReason::WrongShape { detail } => write!(f, "damaged draft ({detail})"),
        }
    }
}
