//! Saving and opening drafts: start-up (open the latest draft, or store the
//! example as the first one), the debounced autosave, flushing before the
//! page goes away, opening a draft, and the two answers to a conflict.
//!
//! Invariants: a failed write keeps the work in memory and says why; while
//! a conflict is open nothing is written; a draft whose body is not a
//! Scenario is set aside (quarantined), never overwritten.

use std::rc::Rc;

use gloo::timers::callback::Timeout;

use super::session::{
    is_unavailable, now, scenario_of, store, units_count, DraftsHandle, SaveStatus, Session,
    AUTOSAVE_DELAY_MS,
};
use crate::engine::Scenario;
use crate::i18n::Text;
use crate::store::{DraftEnvelope, NewDraft, SaveOutcome, StoreError};

/// The name of a new draft holding `s`.
pub(super) fn draft_name(s: &Scenario, session: &Session) -> String {
    let name = s.name.trim();
    if name.is_empty() {
        Text::DraftUntitled.get(session.lang).to_owned()
    } else {
        name.to_owned()
    }
}

/// The status a store error leaves.
pub(super) fn status_of_error(session: &mut Session, err: &StoreError) -> SaveStatus {
    match err {
        StoreError::QuotaExceeded => SaveStatus::QuotaExceeded,
        e if is_unavailable(e) => {
            session.unavailable = true;
            SaveStatus::Unavailable
        }
        e => SaveStatus::Failed(e.code()),
    }
}

impl DraftsHandle {
    /// Start-up: open the most recently changed draft; with none (and no
    /// link to open), store the Scenario on screen (the example county) as
    /// the first draft. Then open a link in the address, if any.
    pub fn start(&self) {
        let opened = {
            let mut session = self.session.borrow_mut();
            session.started = true;
            let mut st = store();
            if !st.backend().available() {
                session.unavailable = true;
                session.status = SaveStatus::Unavailable;
                None
            } else {
                match st.list() {
                    Ok(listing) => {
                        note_problems(&mut session, &listing.problems);
                        Some(listing.drafts)
                    }
                    Err(err) => {
                        session.status = status_of_error(&mut session, &err);
                        None
                    }
                }
            }
        };
        let has_link = super::link::hash_payload().is_some();
        if let Some(drafts) = opened {
            let mut done = false;
            for d in &drafts {
                if self.open_draft(&d.id) {
                    done = true;
                    break;
                }
            }
            if !done && !has_link {
                self.create_soon();
            }
        }
        self.changed();
        if has_link {
            self.check_link();
        }
    }

    /// Records the app's Scenario after a change and schedules a save.
    pub fn on_scenario(&self, scenario: Rc<Scenario>) {
        let before = self.status();
        let schedule = {
            let mut session = self.session.borrow_mut();
            session.latest = scenario.clone();
            if !session.started {
                return;
            }
            let same = session.saved.as_ref().is_some_and(|s| **s == *scenario);
            if same {
                // Back to what is stored (e.g. an undo): nothing to write.
                if session.status == SaveStatus::Pending {
                    if let Some(timer) = session.timer.take() {
                        timer.cancel();
                    }
                    session.status = if session.current.is_some() {
                        SaveStatus::Saved
                    } else {
                        SaveStatus::Detached
                    };
                }
                false
            } else if session.unavailable {
                session.status = SaveStatus::Unavailable;
                false
            } else if session.conflict.is_some() {
                session.status = SaveStatus::Conflict;
                false
            } else {
                session.status = SaveStatus::Pending;
                true
            }
        };
        if schedule {
            let handle = self.clone();
            let timer = Timeout::new(AUTOSAVE_DELAY_MS, move || handle.save_now());
            // Replacing the timer cancels the previous one (debounce).
            let old = self.session.borrow_mut().timer.replace(timer);
            drop(old);
        }
        if self.status() != before {
            self.changed();
        }
    }

    /// Saves a pending edit now (before opening another draft, and when
    /// the page is hidden or unloaded).
    pub fn flush(&self) {
        let pending = self.session.borrow_mut().timer.take();
        if let Some(timer) = pending {
            timer.cancel();
            self.save_now();
        }
    }

    /// Whether the page holds work that is in no stored draft and cannot
    /// be written now (a conflict waiting for the user's choice, storage
    /// full or failing): leaving the page would lose it.
    pub fn unsaved_at_risk(&self) -> bool {
        self.with(|s| {
            // (Without any storage the page says so from the start, and
            // every visit would be asked: not included.)
            let blocked = s.conflict.is_some()
                || matches!(s.status, SaveStatus::QuotaExceeded | SaveStatus::Failed(_));
            blocked && s.saved.as_ref().is_none_or(|saved| **saved != *s.latest)
        })
    }

    /// Writes the latest Scenario to the open draft (or a new one).
    pub fn save_now(&self) {
        {
            let mut session = self.session.borrow_mut();
            if let Some(timer) = session.timer.take() {
                timer.cancel();
            }
            if session.unavailable || session.conflict.is_some() {
                return;
            }
            let latest = session.latest.clone();
            if session.saved.as_ref().is_some_and(|s| **s == *latest) && session.current.is_some() {
                session.status = SaveStatus::Saved;
            } else {
                save_into(&mut session, latest);
            }
        }
        self.changed();
    }

    /// Stores the Scenario on screen as a new draft and makes it current.
    /// Saves the opening Scenario as a new draft right after the first
    /// paint (showing it does not wait for the write); skipped when a save
    /// or an opened draft got there first.
    fn create_soon(&self) {
        let handle = self.clone();
        Timeout::new(0, move || {
            if handle.with(|s| s.current.is_none()) {
                handle.create_from_latest();
            }
        })
        .forget();
    }

    pub fn create_from_latest(&self) {
        {
            let mut session = self.session.borrow_mut();
            let latest = session.latest.clone();
            session.current = None;
            save_into(&mut session, latest);
        }
        self.changed();
    }

    /// Opens the stored draft `id` in the app. Returns false (and sets it
    /// aside if its body is not a Scenario) when it cannot be opened.
    pub fn open_draft(&self, id: &str) -> bool {
        self.flush();
        let mut st = store();
        let loaded = match st.load(id) {
            Ok(draft) => draft,
            Err(err) => {
                let mut session = self.session.borrow_mut();
                if let StoreError::Unreadable { problem } = &err {
                    note_problems(&mut session, std::slice::from_ref(problem));
                } else {
                    session.status = status_of_error(&mut session, &err);
                }
                session.list_rev += 1;
                drop(session);
                self.changed();
                return false;
            }
        };
        let scenario = match scenario_of(&loaded) {
            Ok(s) => s,
            Err(detail) => {
                let problem = st.quarantine(id, &detail);
                let mut session = self.session.borrow_mut();
                if let Ok(problem) = problem {
                    note_problems(&mut session, std::slice::from_ref(&problem));
                }
                session.list_rev += 1;
                drop(session);
                self.changed();
                return false;
            }
        };
        let scenario = Rc::new(scenario);
        {
            let mut session = self.session.borrow_mut();
            let mut meta = loaded;
            meta.body = serde_json::Value::Null;
            session.current = Some(meta);
            session.saved = Some(scenario.clone());
            session.latest = scenario.clone();
            session.conflict = None;
            session.status = SaveStatus::Saved;
        }
        self.open.emit((*scenario).clone());
        self.changed();
        true
    }

    /// "Keep mine as a copy": my version becomes a new draft; theirs stays.
    pub fn keep_mine_as_copy(&self) {
        {
            let mut session = self.session.borrow_mut();
            let latest = session.latest.clone();
            match crate::json::to_value(&*latest) {
                Ok(body) => keep_copy(&mut session, latest, body),
                Err(_) => session.status = SaveStatus::Failed("store.encode"),
            }
        }
        self.changed();
    }

    /// "Load theirs": open the stored version of the draft (the newest one,
    /// read again now), dropping my unsaved changes.
    pub fn load_theirs(&self) {
        let id = self.with(|s| {
            s.conflict
                .as_ref()
                .or(s.current.as_ref())
                .map(|c| c.id.clone())
        });
        self.update(|s| {
            s.conflict = None;
            s.timer = None;
        });
        if let Some(id) = id {
            if !self.open_draft(&id) {
                self.update(|s| {
                    s.current = None;
                    s.status = SaveStatus::Detached;
                });
            }
        }
    }

    /// A `storage` event from another tab: `key` changed (`None`: all
    /// cleared). A change of the open draft's revision opens a conflict,
    /// unless the other tab stored exactly what is on screen.
    pub fn on_storage(&self, key: Option<String>) {
        let mut session = self.session.borrow_mut();
        session.list_rev += 1;
        let current_key = session.current.as_ref().map(DraftEnvelope::key);
        if key.is_some() && key == current_key {
            if let Some(current) = session.current.clone() {
                if let Ok(theirs) = store().load(&current.id) {
                    if theirs.revision != current.revision {
                        let mine = crate::json::to_value(&*session.latest).ok();
                        if mine.as_ref() == Some(&theirs.body) {
                            // Same content (e.g. a rename): take their revision.
                            let mut meta = theirs;
                            meta.body = serde_json::Value::Null;
                            session.current = Some(meta);
                            session.saved = Some(session.latest.clone());
                        } else {
                            if let Some(timer) = session.timer.take() {
                                timer.cancel();
                            }
                            let mut theirs = theirs;
                            theirs.body = serde_json::Value::Null;
                            session.conflict = Some(theirs);
                            session.status = SaveStatus::Conflict;
                        }
                    }
                }
            }
        }
        drop(session);
        self.changed();
    }
}

/// Records entries set aside, for the notice and the quarantine list.
pub(super) fn note_problems(session: &mut Session, problems: &[crate::store::Problem]) {
    for p in problems {
        session.new_problems += 1;
        if let Some(q) = &p.quarantine_key {
            session.problem_reasons.insert(q.clone(), p.reason.code());
        }
    }
    if !problems.is_empty() {
        session.notice = Some(Text::DraftProblemsNotice);
        session.list_rev += 1;
    }
}

/// Saves `latest` into the current draft, or creates one; updates status.
fn save_into(session: &mut Session, latest: Rc<Scenario>) {
    let body = match crate::json::to_value(&*latest) {
        Ok(b) => b,
        Err(_) => {
            session.status = SaveStatus::Failed("store.encode");
            return;
        }
    };
    let mut st = store();
    let result = match session.current.clone() {
        None => {
            let name = draft_name(&latest, session);
            st.create(NewDraft::new(name, body, units_count(&latest)), now())
                .map(|draft| SaveOutcome::Saved {
                    draft,
                    set_aside: None,
                })
        }
        Some(mut current) => {
            current.body = body;
            current.units_count = units_count(&latest);
            st.save(&current, now())
        }
    };
    match result {
        Ok(SaveOutcome::Saved {
            mut draft,
            set_aside,
        }) => {
            if let Some(problem) = set_aside {
                note_problems(session, &[problem]);
            }
            draft.body = serde_json::Value::Null;
            session.current = Some(draft);
            session.saved = Some(latest);
            session.status = SaveStatus::Saved;
            session.list_rev += 1;
        }
        Ok(SaveOutcome::Conflict { mut theirs }) => {
            theirs.body = serde_json::Value::Null;
            session.conflict = Some(theirs);
            session.status = SaveStatus::Conflict;
        }
        Err(StoreError::Unreadable { problem }) => {
            note_problems(session, &[*problem]);
            session.status = SaveStatus::Failed("store.unreadable");
        }
        Err(err) => session.status = status_of_error(session, &err),
    }
}

/// Stores `latest` as a new draft named after the open one (a conflict's
/// "keep mine as a copy") and makes it current.
fn keep_copy(session: &mut Session, latest: Rc<Scenario>, body: serde_json::Value) {
    let base = session
        .current
        .as_ref()
        .map(|c| c.name.clone())
        .unwrap_or_else(|| draft_name(&latest, session));
    let name = format!("{base}{}", Text::DraftMineSuffix.get(session.lang));
    match store().create(NewDraft::new(name, body, units_count(&latest)), now()) {
        Ok(mut draft) => {
            draft.body = serde_json::Value::Null;
            session.current = Some(draft);
            session.saved = Some(latest);
            session.conflict = None;
            session.status = SaveStatus::Saved;
            session.list_rev += 1;
        }
        Err(err) => session.status = status_of_error(session, &err),
    }
}
