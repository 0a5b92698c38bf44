//! The stored draft format: the versioned envelope around a Scenario's JSON,
//! the storage keys, and the small stable hash used to recognise a link.
//!
//! The envelope is separate from the engine's types on purpose: its fields
//! are a compatibility promise, while the body is whatever JSON the Scenario
//! serializes to (its own versioning is the engine's business).

use serde::{Deserialize, Serialize};

use super::error::Problem;

/// Value of the `format` field of every draft envelope.
pub const DRAFT_FORMAT: &str = "kaohe-draft";
/// Envelope version this build writes, and the newest it reads.
pub const ENVELOPE_VERSION: u32 = 1;
/// Every key Kaohe writes starts with this (settings, drafts, quarantine).
pub const KEY_PREFIX: &str = "kaohe.";
/// A draft lives under `kaohe.draft.<id>`.
pub const DRAFT_KEY_PREFIX: &str = "kaohe.draft.";
/// An entry set aside lives under `kaohe.quarantine.<id>.<n>`.
pub const QUARANTINE_KEY_PREFIX: &str = "kaohe.quarantine.";
/// Longest id that [`DraftStore`](super::DraftStore) accepts from a caller.
pub const MAX_ID_LEN: usize = 64;

/// Milliseconds since the Unix epoch, as given by the caller's clock
/// (`Date.now()` in the browser). The store never reads a clock itself.
pub type Millis = i64;

/// One stored draft (format `kaohe-draft`, version 1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftEnvelope {
    /// Always [`DRAFT_FORMAT`].
    pub format: String,
    /// Always [`ENVELOPE_VERSION`] once loaded (older versions are migrated).
    pub version: u32,
    /// The key suffix: the draft is stored under `kaohe.draft.<id>`.
    pub id: String,
    /// The name the user gave it.
    pub name: String,
    pub created: Millis,
    pub updated: Millis,
    /// Incremented by every write; the base of conflict detection: a save
    /// whose `revision` is not the stored one is refused.
    pub revision: u64,
    /// Number of units in the body, for the draft list (no body parsing).
    pub units_count: u32,
    /// [`crate::share::link_hash`] of the link this draft was opened from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin_link_hash: Option<String>,
    /// The Scenario's JSON.
    pub body: serde_json::Value,
}

/// What the draft list shows, without the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftSummary {
    pub id: String,
    pub name: String,
    pub updated: Millis,
    pub units_count: u32,
    pub revision: u64,
    pub origin_link_hash: Option<String>,
}

impl DraftEnvelope {
    /// The list entry for this draft.
    pub fn summary(&self) -> DraftSummary {
        DraftSummary {
            id: self.id.clone(),
            name: self.name.clone(),
            updated: self.updated,
            units_count: self.units_count,
            revision: self.revision,
            origin_link_hash: self.origin_link_hash.clone(),
        }
    }

    /// The storage key of this draft.
    pub fn key(&self) -> String {
        draft_key(&self.id)
    }
}

/// What the caller supplies to create a draft.
#[derive(Debug, Clone, PartialEq)]
pub struct NewDraft {
    pub name: String,
    pub body: serde_json::Value,
    pub units_count: u32,
    pub origin_link_hash: Option<String>,
    /// An id to use (letters, digits, `-`, `_`; at most [`MAX_ID_LEN`]), for
    /// example from `crypto.getRandomValues`; without one the store derives
    /// one from the clock value. Either way an existing draft is never
    /// overwritten: a suffix `-2`, `-3`, … is added until the key is free.
    pub id: Option<String>,
}

impl NewDraft {
    /// A draft named `name` holding `body`, with no link and no chosen id.
    pub fn new(name: impl Into<String>, body: serde_json::Value, units_count: u32) -> Self {
        NewDraft {
            name: name.into(),
            body,
            units_count,
            origin_link_hash: None,
            id: None,
        }
    }
}

/// The drafts in storage, and the entries set aside while listing them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Listing {
    /// Most recently updated first (ties: by id).
    pub drafts: Vec<DraftSummary>,
    /// Entries that could not be read; each was moved to quarantine.
    pub problems: Vec<Problem>,
}

/// The result of [`super::DraftStore::save`].
#[derive(Debug, Clone, PartialEq)]
pub enum SaveOutcome {
    /// Written; `draft` carries the new revision and `updated`.
    /// `set_aside` reports a stored entry that could not be read and was
    /// moved to quarantine before writing.
    Saved {
        draft: DraftEnvelope,
        set_aside: Option<Problem>,
    },
    /// Not written: another tab saved this draft since it was loaded.
    /// Offer "keep mine as a copy" ([`super::DraftStore::save_as_copy`]) or "load
    /// theirs" (`theirs`).
    Conflict { theirs: DraftEnvelope },
}

/// What [`super::DraftStore::delete`] removed: enough to undo it exactly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeletedDraft {
    pub id: String,
    pub key: String,
    /// The exact stored text.
    pub raw: String,
}

/// An entry in quarantine, with its exact text (for a download).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuarantinedEntry {
    pub key: String,
    pub id: String,
    pub n: u32,
    pub raw: String,
}

/// `kaohe.draft.<id>`.
pub fn draft_key(id: &str) -> String {
    format!("{DRAFT_KEY_PREFIX}{id}")
}

/// The id of a draft key, or `None` for any other key (use it on the key of
/// a storage event to see whether the open draft changed in another tab).
pub fn draft_id_from_key(key: &str) -> Option<&str> {
    key.strip_prefix(DRAFT_KEY_PREFIX)
}

/// `kaohe.quarantine.<id>.<n>`.
pub fn quarantine_key(id: &str, n: u32) -> String {
    format!("{QUARANTINE_KEY_PREFIX}{id}.{n}")
}

/// `(id, n)` of a quarantine key; the id may itself contain dots.
pub fn parse_quarantine_key(key: &str) -> Option<(&str, u32)> {
    let rest = key.strip_prefix(QUARANTINE_KEY_PREFIX)?;
    let (id, n) = rest.rsplit_once('.')?;
    Some((id, n.parse().ok()?))
}

/// Whether `id` may be chosen by a caller: 1 to [`MAX_ID_LEN`] ASCII letters,
/// digits, `-` or `_`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// FNV-1a 64 of `bytes`, as 16 lowercase hex digits. Stable across builds
/// and platforms; not cryptographic (it only recognises a link again).
pub fn fnv1a64_hex(bytes: &[u8]) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let hash = bytes
        .iter()
        .fold(OFFSET, |hash, &b| (hash ^ u64::from(b)).wrapping_mul(PRIME));
    format!("{hash:016x}")
}

/// Lowercase base-36 digits of `n` (for ids derived from the clock).
pub(crate) fn base36(mut n: u64) -> String {
    let mut out = Vec::new();
    loop {
        // n % 36 < 36, so the digit always exists.
        out.push(char::from_digit((n % 36) as u32, 36).unwrap_or('0'));
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.iter().rev().collect()
}
