//! What the drafts screen does to stored drafts: rename, duplicate, delete
//! (with undo), export to a file, and clearing all of this browser's data.
//! Every failure ends in the save status or a notice; nothing panics.

use std::rc::Rc;

use super::download::download;
use super::save::{note_problems, status_of_error};
use super::session::Deleted;
use super::session::{now, scenario_of, store, DraftsHandle, SaveStatus};
use crate::engine::example::example_county;
use crate::i18n::Text;
use crate::store::StoreError;

/// A file name made of a draft's name (characters file systems dislike
/// replaced).
pub fn file_name(name: &str, ext: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if "\\/:*?\"<>|".contains(c) || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    let cleaned = cleaned.trim();
    let stem = if cleaned.is_empty() { "kaohe" } else { cleaned };
    let stem: String = stem.chars().take(80).collect();
    format!("{stem}.{ext}")
}

impl DraftsHandle {
    fn store_failed(&self, err: &StoreError) {
        self.update(|s| {
            if let StoreError::Unreadable { problem } = err {
                note_problems(s, std::slice::from_ref(&**problem));
            } else {
                s.status = status_of_error(s, err);
                s.notice = Some(Text::DraftActionFailed);
            }
            s.list_rev += 1;
        });
    }

    pub fn rename(&self, id: &str, name: &str) {
        let name = name.trim();
        if name.is_empty() {
            return;
        }
        self.flush();
        match store().rename(id, name, now()) {
            Ok(mut draft) => self.update(|s| {
                draft.body = serde_json::Value::Null;
                if s.current.as_ref().is_some_and(|c| c.id == draft.id) {
                    s.current = Some(draft);
                }
                s.list_rev += 1;
            }),
            Err(err) => self.store_failed(&err),
        }
    }

    pub fn duplicate(&self, id: &str, name: &str) {
        self.flush();
        let suffix = self.with(|s| Text::DraftCopySuffix.get(s.lang));
        match store().duplicate(id, &format!("{name}{suffix}"), now()) {
            Ok(_) => self.update(|s| s.list_rev += 1),
            Err(err) => self.store_failed(&err),
        }
    }

    /// Deletes a draft; the screen offers to undo. Deleting the open draft
    /// keeps its work on screen, no longer stored (the next edit stores it
    /// as a new draft).
    pub fn delete(&self, id: &str, name: &str) {
        self.flush();
        match store().delete(id) {
            Ok(draft) => self.update(|s| {
                let was_current = s.current.as_ref().is_some_and(|c| c.id == id);
                if was_current {
                    s.current = None;
                    s.saved = None;
                    s.conflict = None;
                    s.status = SaveStatus::Detached;
                }
                s.deleted = Some(Deleted {
                    draft,
                    name: name.to_owned(),
                    was_current,
                });
                s.list_rev += 1;
            }),
            Err(err) => self.store_failed(&err),
        }
    }

    /// Puts the last deleted draft back exactly as it was.
    pub fn undo_delete(&self) {
        let Some(deleted) = self.with(|s| s.deleted.clone()) else {
            return;
        };
        let mut st = store();
        match st.undo_delete(&deleted.draft) {
            Ok(()) => {
                let reattach = deleted.was_current && self.with(|s| s.current.is_none());
                self.update(|s| {
                    s.deleted = None;
                    s.list_rev += 1;
                });
                if reattach {
                    // Re-attach the work on screen to its draft, then store
                    // what changed since the delete.
                    if let Ok(mut draft) = st.load(&deleted.draft.id) {
                        let saved = scenario_of(&draft).ok().map(Rc::new);
                        draft.body = serde_json::Value::Null;
                        self.update(|s| {
                            s.current = Some(draft);
                            s.saved = saved;
                            s.status = SaveStatus::Saved;
                        });
                        let latest = self.with(|s| s.latest.clone());
                        self.on_scenario(latest);
                    }
                }
            }
            Err(err) => self.store_failed(&err),
        }
    }

    pub fn dismiss_deleted(&self) {
        self.update(|s| s.deleted = None);
    }

    /// Downloads a stored draft's Scenario as a JSON file.
    pub fn export(&self, id: &str) {
        self.flush();
        match store().load(id) {
            Ok(draft) => {
                let text = crate::json::to_string_pretty(&draft.body).unwrap_or_default();
                download(&file_name(&draft.name, "json"), &text, "application/json");
            }
            Err(err) => self.store_failed(&err),
        }
    }

    /// Downloads the exact text of a quarantined entry.
    pub fn download_quarantined(&self, key: &str) {
        match store().quarantined() {
            Ok(entries) => {
                if let Some(e) = entries.iter().find(|e| e.key == key) {
                    let name = format!("kaohe-quarantine-{}-{}", e.id, e.n);
                    download(&file_name(&name, "txt"), &e.raw, "text/plain");
                }
            }
            Err(err) => self.store_failed(&err),
        }
    }

    pub fn discard_quarantined(&self, key: &str) {
        match store().discard_quarantined(key) {
            Ok(()) => self.update(|s| {
                s.problem_reasons.remove(key);
                s.list_rev += 1;
            }),
            Err(err) => self.store_failed(&err),
        }
    }

    /// Removes every `kaohe.` key (drafts, quarantine, settings) and shows
    /// the example county, not stored until the next edit.
    pub fn clear_all(&self) {
        let timer = self.session.borrow_mut().timer.take();
        if let Some(t) = timer {
            t.cancel();
        }
        let result = store().clear_all();
        let example = Rc::new(example_county());
        self.update(|s| {
            s.current = None;
            s.saved = Some(example.clone());
            s.latest = example.clone();
            s.conflict = None;
            s.deleted = None;
            s.problem_reasons.clear();
            s.list_rev += 1;
            match &result {
                Ok(_) => {
                    s.status = SaveStatus::Detached;
                    s.notice = Some(Text::DraftClearedNotice);
                }
                Err(err) => {
                    s.status = status_of_error(s, err);
                    s.notice = Some(Text::DraftActionFailed);
                }
            }
        });
        self.open.emit((*example).clone());
    }
}
