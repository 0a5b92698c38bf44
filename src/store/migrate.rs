//! Reading a stored entry: JSON → checks → migrations → [`DraftEnvelope`].
//!
//! A migration turns the envelope JSON of version `from` into version
//! `from + 1` (the store then sets `version` itself). [`builtin`] is the
//! chain this build ships; it is empty while version 1 is the only one.
//! When version 2 comes, add `Migration { from: 1, run: v1_to_v2 }` here,
//! raise [`ENVELOPE_VERSION`], and keep a version-1 fixture test.

use serde_json::Value;

use super::envelope::{DraftEnvelope, DRAFT_FORMAT, ENVELOPE_VERSION};
use super::error::ProblemReason;
use crate::share::shorten;

/// One step of the chain: envelope JSON of version `from` → `from + 1`.
/// An `Err` carries a short reason; the entry is then set aside untouched.
pub type MigrateFn = fn(Value) -> Result<Value, String>;

/// A migration step `from` → `from + 1`.
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    pub from: u32,
    pub run: MigrateFn,
}

/// The migrations this build ships (none yet: version 1 is the first).
pub fn builtin() -> Vec<Migration> {
    Vec::new()
}

/// The result of reading an entry.
pub(crate) struct Read {
    pub envelope: DraftEnvelope,
    /// The stored text was an older version and `envelope` is the upgrade.
    pub migrated: bool,
}

/// Parses, checks and upgrades the stored text of a draft.
pub(crate) fn read_envelope(raw: &str, migrations: &[Migration]) -> Result<Read, ProblemReason> {
    let mut value: Value = serde_json::from_str(raw).map_err(|err| ProblemReason::NotJson {
        detail: shorten(&err.to_string()),
    })?;
    let stored = stored_version(&value)?;
    if stored > u64::from(ENVELOPE_VERSION) {
        return Err(ProblemReason::FutureVersion {
            version: stored,
            supported: ENVELOPE_VERSION,
        });
    }
    let mut version = u32::try_from(stored).unwrap_or(ENVELOPE_VERSION);
    let migrated = version < ENVELOPE_VERSION;
    while version < ENVELOPE_VERSION {
        let from = version;
        let failed = move |detail: String| ProblemReason::MigrationFailed {
            from: u64::from(from),
            detail: shorten(&detail),
        };
        let step = migrations
            .iter()
            .find(|m| m.from == version)
            .ok_or_else(|| failed(format!("no migration from version {version}")))?;
        value = (step.run)(value).map_err(failed)?;
        version += 1;
        match value.as_object_mut() {
            Some(object) => {
                object.insert("version".to_owned(), Value::from(version));
            }
            None => return Err(failed("the migration did not return an object".to_owned())),
        }
    }
    let envelope: DraftEnvelope =
        crate::json::from_value(&value).map_err(|err| ProblemReason::WrongShape {
            detail: shorten(&err),
        })?;
    if envelope.format != DRAFT_FORMAT || envelope.version != ENVELOPE_VERSION {
        return Err(ProblemReason::WrongShape {
            detail: format!(
                "format {:?} version {} after reading",
                envelope.format, envelope.version
            ),
        });
    }
    Ok(Read { envelope, migrated })
}

/// The `version` of an envelope, once `format` says it is one.
fn stored_version(value: &Value) -> Result<u64, ProblemReason> {
    let not_a_draft = |detail: &str| ProblemReason::NotADraft {
        detail: detail.to_owned(),
    };
    let object = value
        .as_object()
        .ok_or_else(|| not_a_draft("not a JSON object"))?;
    if object.get("format").and_then(Value::as_str) != Some(DRAFT_FORMAT) {
        return Err(not_a_draft("no \"format\": \"kaohe-draft\""));
    }
    object
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| not_a_draft("no integer \"version\""))
}
