//! The draft store core: drafts as versioned envelopes in a string key–value
//! [`Backend`] (`localStorage` in the browser), with migration, quarantine
//! and two-tab conflict detection.
//!
//! Pure Rust: no browser crates here; the `localStorage` backend is written
//! with the UI. Invariants:
//! - nothing is overwritten without the caller's say: a save based on an old
//!   revision returns [`SaveOutcome::Conflict`]; an undo never replaces a
//!   draft; an entry that cannot be read is moved aside untouched (exact
//!   text) under `kaohe.quarantine.<id>.<n>` and reported, never rewritten;
//! - a failed write (full quota, no storage) is returned as an error and
//!   leaves what was stored as it was: the caller keeps its data in memory;
//! - the list comes from scanning `keys()` for `kaohe.draft.`: there is no
//!   index to go stale;
//! - the store never reads a clock: times are the caller's `now`;
//! - nothing panics.

mod backend;
mod envelope;
mod error;
#[cfg(target_arch = "wasm32")]
mod local;
mod migrate;

pub use backend::{Backend, MemoryBackend};
pub use envelope::{
    draft_id_from_key, draft_key, fnv1a64_hex, is_valid_id, parse_quarantine_key, quarantine_key,
    DeletedDraft, DraftEnvelope, DraftSummary, Listing, Millis, NewDraft, QuarantinedEntry,
    SaveOutcome, DRAFT_FORMAT, DRAFT_KEY_PREFIX, ENVELOPE_VERSION, KEY_PREFIX, MAX_ID_LEN,
    QUARANTINE_KEY_PREFIX,
};
pub use error::{Problem, ProblemReason, StoreError};
#[cfg(target_arch = "wasm32")]
pub use local::LocalBackend;
pub use migrate::{builtin as builtin_migrations, MigrateFn, Migration};

/// Drafts on a [`Backend`].
#[derive(Debug)]
pub struct DraftStore<B: Backend> {
    backend: B,
    migrations: Vec<Migration>,
}

/// What reading a key found.
enum Entry {
    Missing,
    Draft(Box<DraftEnvelope>),
    SetAside(Box<Problem>),
}

impl<B: Backend> DraftStore<B> {
    /// A store with this build's migrations.
    pub fn new(backend: B) -> Self {
        DraftStore::with_migrations(backend, builtin_migrations())
    }

    /// A store with the given migration chain (tests prove the mechanism
    /// with a synthetic older version this way).
    pub fn with_migrations(backend: B, migrations: Vec<Migration>) -> Self {
        DraftStore {
            backend,
            migrations,
        }
    }

    pub fn backend(&self) -> &B {
        &self.backend
    }

    pub fn backend_mut(&mut self) -> &mut B {
        &mut self.backend
    }

    pub fn into_backend(self) -> B {
        self.backend
    }

    /// Every readable draft, newest first; unreadable entries are moved to
    /// quarantine and reported in `problems`.
    pub fn list(&mut self) -> Result<Listing, StoreError> {
        let mut listing = Listing::default();
        for key in self.backend.keys()? {
            let Some(id) = draft_id_from_key(&key) else {
                continue;
            };
            let id = id.to_owned();
            match self.read(&key, &id)? {
                Entry::Missing => {}
                Entry::Draft(draft) => listing.drafts.push(draft.summary()),
                Entry::SetAside(problem) => listing.problems.push(*problem),
            }
        }
        crate::order::sort_by(&mut listing.drafts, |a, b| {
            b.updated.cmp(&a.updated).then_with(|| a.id.cmp(&b.id))
        });
        Ok(listing)
    }

    /// One draft, migrated to the current version (and written back) if it
    /// was older. An unreadable entry is moved aside and reported as
    /// [`StoreError::Unreadable`].
    pub fn load(&mut self, id: &str) -> Result<DraftEnvelope, StoreError> {
        match self.read(&draft_key(id), id)? {
            Entry::Missing => Err(StoreError::NotFound { id: id.to_owned() }),
            Entry::Draft(draft) => Ok(*draft),
            Entry::SetAside(problem) => Err(StoreError::Unreadable { problem }),
        }
    }

    /// Stores a new draft (revision 1) under a free id; never overwrites.
    pub fn create(&mut self, new: NewDraft, now: Millis) -> Result<DraftEnvelope, StoreError> {
        let base = match new.id {
            Some(id) if is_valid_id(&id) => id,
            Some(id) => return Err(StoreError::InvalidId { id }),
            None => format!("d{}", envelope::base36(u64::try_from(now).unwrap_or(0))),
        };
        let id = self.free_id(&base)?;
        let draft = DraftEnvelope {
            format: DRAFT_FORMAT.to_owned(),
            version: ENVELOPE_VERSION,
            id,
            name: new.name,
            created: now,
            updated: now,
            revision: 1,
            units_count: new.units_count,
            origin_link_hash: new.origin_link_hash,
            body: new.body,
        };
        self.write(&draft)?;
        Ok(draft)
    }

    /// Saves `draft`, whose `revision` must be the one the editor last loaded
    /// or saved. If the stored revision differs, nothing is written and the
    /// stored draft is returned as [`SaveOutcome::Conflict`]. A draft deleted
    /// meanwhile (e.g. in another tab) is written again rather than lost.
    pub fn save(&mut self, draft: &DraftEnvelope, now: Millis) -> Result<SaveOutcome, StoreError> {
        let set_aside = match self.read(&draft.key(), &draft.id)? {
            Entry::Missing => None,
            Entry::Draft(theirs) if theirs.revision != draft.revision => {
                return Ok(SaveOutcome::Conflict { theirs: *theirs })
            }
            Entry::Draft(_) => None,
            Entry::SetAside(problem) if problem.quarantine_key.is_none() => {
                return Err(StoreError::Unreadable { problem })
            }
            Entry::SetAside(problem) => Some(*problem),
        };
        let mut saved = draft.clone();
        saved.format = DRAFT_FORMAT.to_owned();
        saved.version = ENVELOPE_VERSION;
        saved.revision = draft.revision.saturating_add(1);
        saved.updated = now;
        self.write(&saved)?;
        Ok(SaveOutcome::Saved {
            draft: saved,
            set_aside,
        })
    }

    /// Stores `draft`'s content as a new draft named `name` ("keep mine as a
    /// copy" after a conflict).
    pub fn save_as_copy(
        &mut self,
        draft: &DraftEnvelope,
        name: &str,
        now: Millis,
    ) -> Result<DraftEnvelope, StoreError> {
        let new = NewDraft::new(name, draft.body.clone(), draft.units_count);
        self.create(new, now)
    }

    /// Renames a draft. Returns it with its new revision: an editor that
    /// has it open must take that revision, or its next save conflicts.
    pub fn rename(
        &mut self,
        id: &str,
        name: &str,
        now: Millis,
    ) -> Result<DraftEnvelope, StoreError> {
        let mut draft = self.load(id)?;
        draft.name = name.to_owned();
        draft.revision = draft.revision.saturating_add(1);
        draft.updated = now;
        self.write(&draft)?;
        Ok(draft)
    }

    /// Copies a stored draft under a new id and the name `name`.
    pub fn duplicate(
        &mut self,
        id: &str,
        name: &str,
        now: Millis,
    ) -> Result<DraftEnvelope, StoreError> {
        let draft = self.load(id)?;
        self.save_as_copy(&draft, name, now)
    }

    /// Removes a draft (readable or not) and returns its exact text for
    /// [`DraftStore::undo_delete`].
    pub fn delete(&mut self, id: &str) -> Result<DeletedDraft, StoreError> {
        let key = draft_key(id);
        let raw = self
            .backend
            .get(&key)?
            .ok_or_else(|| StoreError::NotFound { id: id.to_owned() })?;
        self.backend.remove(&key)?;
        Ok(DeletedDraft {
            id: id.to_owned(),
            key,
            raw,
        })
    }

    /// Puts a deleted draft back exactly as it was, unless a draft now
    /// exists under its key ([`StoreError::AlreadyExists`]).
    pub fn undo_delete(&mut self, deleted: &DeletedDraft) -> Result<(), StoreError> {
        if self.backend.get(&deleted.key)?.is_some() {
            return Err(StoreError::AlreadyExists {
                id: deleted.id.clone(),
            });
        }
        self.backend.set(&deleted.key, &deleted.raw)
    }

    /// Readable drafts opened from the link with this
    /// [`crate::share::link_hash`], newest first, and any problems met.
    pub fn find_by_link_hash(&mut self, hash: &str) -> Result<Listing, StoreError> {
        let mut listing = self.list()?;
        listing
            .drafts
            .retain(|d| d.origin_link_hash.as_deref() == Some(hash));
        Ok(listing)
    }

    /// Moves a draft aside by hand, e.g. when the UI cannot read its body
    /// as a Scenario.
    pub fn quarantine(&mut self, id: &str, detail: &str) -> Result<Problem, StoreError> {
        let key = draft_key(id);
        let raw = self
            .backend
            .get(&key)?
            .ok_or_else(|| StoreError::NotFound { id: id.to_owned() })?;
        let reason = ProblemReason::WrongShape {
            detail: crate::share::shorten(detail),
        };
        Ok(self.set_aside(&key, id, raw, reason))
    }

    /// Everything in quarantine, sorted by key, with the exact text.
    pub fn quarantined(&self) -> Result<Vec<QuarantinedEntry>, StoreError> {
        let mut entries = Vec::new();
        for key in self.backend.keys()? {
            let Some((id, n)) = parse_quarantine_key(&key) else {
                continue;
            };
            let id = id.to_owned();
            if let Some(raw) = self.backend.get(&key)? {
                entries.push(QuarantinedEntry { key, id, n, raw });
            }
        }
        crate::order::sort_by(&mut entries, |a, b| a.id.cmp(&b.id).then(a.n.cmp(&b.n)));
        Ok(entries)
    }

    /// Removes one quarantined entry (after the user downloaded or dismissed
    /// it). Only `kaohe.quarantine.` keys are accepted.
    pub fn discard_quarantined(&mut self, key: &str) -> Result<(), StoreError> {
        if parse_quarantine_key(key).is_none() {
            return Err(StoreError::NotFound { id: key.to_owned() });
        }
        self.backend.remove(key)
    }

    /// Removes every `kaohe.` key (drafts, quarantine, settings) and nothing
    /// else. Tries every key even after a failure; returns how many were
    /// removed, or the first failure.
    pub fn clear_all(&mut self) -> Result<usize, StoreError> {
        let mut removed = 0;
        let mut first_error = None;
        for key in self.backend.keys()? {
            if !key.starts_with(KEY_PREFIX) {
                continue;
            }
            match self.backend.remove(&key) {
                Ok(()) => removed += 1,
                Err(err) => {
                    first_error.get_or_insert(err);
                }
            }
        }
        match first_error {
            Some(err) => Err(err),
            None => Ok(removed),
        }
    }

    /// Reads `key`; sets aside what cannot be read; writes back migrations
    /// (best effort: if that fails, the older text stays and is migrated
    /// again next time).
    fn read(&mut self, key: &str, id: &str) -> Result<Entry, StoreError> {
        let Some(raw) = self.backend.get(key)? else {
            return Ok(Entry::Missing);
        };
        match migrate::read_envelope(&raw, &self.migrations) {
            Ok(read) => {
                let mut draft = read.envelope;
                // The key is authoritative: an entry copied under another
                // key is that key's draft.
                if draft.id != id {
                    draft.id = id.to_owned();
                }
                if read.migrated {
                    let _ = self.write(&draft);
                }
                Ok(Entry::Draft(Box::new(draft)))
            }
            Err(reason) => Ok(Entry::SetAside(Box::new(
                self.set_aside(key, id, raw, reason),
            ))),
        }
    }

    /// Copies `raw` to the next free quarantine key, then removes `key`.
    /// If the copy fails, `key` is left untouched.
    fn set_aside(&mut self, key: &str, id: &str, raw: String, reason: ProblemReason) -> Problem {
        let mut problem = Problem {
            key: key.to_owned(),
            quarantine_key: None,
            reason,
            raw,
        };
        let Ok(keys) = self.backend.keys() else {
            return problem;
        };
        let n = keys
            .iter()
            .filter_map(|k| parse_quarantine_key(k))
            .filter(|(qid, _)| *qid == id)
            .map(|(_, n)| n)
            .max()
            .unwrap_or(0)
            .saturating_add(1);
        let target = quarantine_key(id, n);
        if !matches!(self.backend.get(&target), Ok(None)) {
            return problem;
        }
        if self.backend.set(&target, &problem.raw).is_ok() {
            // If removing fails the text is in both places: reported again
            // next time, never lost.
            let _ = self.backend.remove(key);
            problem.quarantine_key = Some(target);
        }
        problem
    }

    /// `base`, or `base-2`, `base-3`, … : the first id with no draft.
    fn free_id(&self, base: &str) -> Result<String, StoreError> {
        let taken: std::collections::HashSet<String> = self
            .backend
            .keys()?
            .into_iter()
            .filter_map(|k| draft_id_from_key(&k).map(str::to_owned))
            .collect();
        let mut id = base.to_owned();
        let mut n: u64 = 2;
        while taken.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        Ok(id)
    }

    fn write(&mut self, draft: &DraftEnvelope) -> Result<(), StoreError> {
        let text = crate::json::to_string(draft).map_err(|err| StoreError::Encode {
            detail: crate::share::shorten(&err.to_string()),
        })?;
        self.backend.set(&draft.key(), &text)
    }
}
