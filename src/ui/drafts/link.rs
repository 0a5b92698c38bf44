//! Opening a share link: on start-up and on `hashchange`, a Kaohe payload
//! in `location.hash` is decoded (plain, or after the passphrase for an
//! encrypted one), then opened as a new draft, or, when drafts made from
//! the same link exist, the user is offered those instead of a duplicate.
//! Finally the hash is removed (`history.replaceState`) so that a reload
//! does not import it again. A bad link shows what is wrong in the page;
//! the drafts are untouched and nothing panics.

use std::rc::Rc;

use wasm_bindgen::JsValue;

use super::save::{draft_name, note_problems, status_of_error};
use super::session::{now, store, units_count, DraftsHandle, LinkFlow, SaveStatus};
use crate::engine::scenario::FORMAT_VERSION as SCENARIO_VERSION;
use crate::engine::Scenario;
use crate::share::{self, Decoded, LinkError};
use crate::store::NewDraft;

/// The Kaohe payload in `location.hash`: `k` then a digit. Other fragments
/// (`#main` of the skip link) are not links.
pub fn hash_payload() -> Option<String> {
    let hash = gloo::utils::window().location().hash().ok()?;
    let payload = hash.strip_prefix('#').unwrap_or(&hash).trim_start();
    let mut chars = payload.chars();
    (chars.next() == Some('k') && chars.next().is_some_and(|c| c.is_ascii_digit()))
        .then(|| payload.to_owned())
}

/// Removes the fragment from the address without a reload or a history
/// entry.
pub fn clear_hash() {
    let window = gloo::utils::window();
    let location = window.location();
    let url = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// A decoded Scenario that this build can evaluate, or the link error.
pub(super) fn check_scenario(s: Scenario) -> Result<Scenario, LinkError> {
    if s.format_version > SCENARIO_VERSION {
        Err(LinkError::FutureVersion {
            version: s.format_version,
            supported: SCENARIO_VERSION,
        })
    } else if s.format_version != SCENARIO_VERSION {
        Err(LinkError::WrongShape {
            detail: format!("format_version {}", s.format_version),
        })
    } else {
        Ok(s)
    }
}

impl DraftsHandle {
    /// Looks at `location.hash` and starts opening a link found there.
    pub fn check_link(&self) {
        let Some(payload) = hash_payload() else {
            return;
        };
        let hash = match share::link_hash(&payload) {
            Ok(h) => h,
            Err(err) => return self.link_failed(&err),
        };
        match share::decode_any(&payload) {
            Err(err) => self.link_failed(&err),
            Ok(Decoded::Plain(json)) => {
                match share::parse_json::<Scenario>(&json).and_then(check_scenario) {
                    Ok(s) => self.link_opened(s, hash),
                    Err(err) => self.link_failed(&err),
                }
            }
            Ok(Decoded::Encrypted {
                salt,
                iv,
                ciphertext,
            }) => self.update(|s| {
                s.link = LinkFlow::NeedPassphrase {
                    hash,
                    salt,
                    iv,
                    ciphertext,
                    wrong: false,
                    busy: false,
                }
            }),
        }
    }

    /// Decrypts an encrypted link with `passphrase` (Web Crypto, async).
    pub fn submit_passphrase(&self, passphrase: String) {
        let LinkFlow::NeedPassphrase {
            hash,
            salt,
            iv,
            ciphertext,
            ..
        } = self.with(|s| s.link.clone())
        else {
            return;
        };
        self.update(|s| {
            if let LinkFlow::NeedPassphrase { busy, .. } = &mut s.link {
                *busy = true;
            }
        });
        let handle = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let result = super::crypto::decrypt(&passphrase, &salt, &iv, &ciphertext).await;
            match result
                .and_then(|plain| share::open_decrypted::<Scenario>(&plain))
                .and_then(check_scenario)
            {
                Ok(s) => handle.link_opened(s, hash),
                Err(LinkError::WrongPassphrase) => handle.update(|s| {
                    if let LinkFlow::NeedPassphrase { wrong, busy, .. } = &mut s.link {
                        *wrong = true;
                        *busy = false;
                    }
                }),
                Err(err) => handle.link_failed(&err),
            }
        });
    }

    /// Closes the link panel (and drops the link from the address).
    pub fn dismiss_link(&self) {
        clear_hash();
        self.update(|s| s.link = LinkFlow::None);
        self.ensure_draft();
    }

    /// After a link was not opened: with no draft open yet (a first visit
    /// by link), the Scenario on screen becomes the first draft.
    fn ensure_draft(&self) {
        let needed =
            self.with(|s| s.current.is_none() && !s.unavailable && s.status == SaveStatus::Idle);
        if needed {
            self.create_from_latest();
        }
    }

    fn link_failed(&self, err: &LinkError) {
        clear_hash();
        self.update(|s| s.link = LinkFlow::Error { code: err.code() });
        self.ensure_draft();
    }

    /// A decoded link: offer existing drafts from it, or open it as new.
    fn link_opened(&self, scenario: Scenario, hash: String) {
        clear_hash();
        let unavailable = self.with(|s| s.unavailable);
        let existing = if unavailable {
            Vec::new()
        } else {
            match store().find_by_link_hash(&hash) {
                Ok(listing) => {
                    if !listing.problems.is_empty() {
                        self.update(|s| note_problems(s, &listing.problems));
                    }
                    listing.drafts
                }
                Err(_) => Vec::new(),
            }
        };
        if existing.is_empty() {
            self.import_link(Rc::new(scenario), hash);
        } else {
            self.update(|s| {
                s.link = LinkFlow::Existing {
                    scenario: Rc::new(scenario),
                    hash,
                    drafts: existing,
                }
            });
        }
    }

    /// Opens a link's Scenario as a new draft (never over an existing one).
    /// Without storage, or with storage full, it opens in memory.
    pub fn import_link(&self, scenario: Rc<Scenario>, hash: String) {
        self.flush();
        {
            let mut session = self.session.borrow_mut();
            let name = draft_name(&scenario, &session);
            let mut in_memory = true;
            if !session.unavailable {
                let mut new = NewDraft::new(
                    name.clone(),
                    crate::json::to_value(&*scenario).unwrap_or(serde_json::Value::Null),
                    units_count(&scenario),
                );
                new.origin_link_hash = Some(hash);
                match store().create(new, now()) {
                    Ok(mut draft) => {
                        draft.body = serde_json::Value::Null;
                        session.current = Some(draft);
                        session.status = SaveStatus::Saved;
                        in_memory = false;
                    }
                    Err(err) => {
                        session.current = None;
                        session.status = status_of_error(&mut session, &err);
                    }
                }
            }
            session.saved = (!in_memory).then(|| scenario.clone());
            session.latest = scenario.clone();
            session.conflict = None;
            session.list_rev += 1;
            session.link = LinkFlow::Imported { name, in_memory };
        }
        self.open.emit((*scenario).clone());
        self.changed();
    }
}
