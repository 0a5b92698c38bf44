//! The drafts session: which draft is open, its save status, a conflict
//! with another tab, a link being opened, and the share dialog. One
//! [`Session`] lives in [`super::DraftsRoot`]; components reach it through
//! [`use_drafts`] (a [`DraftsHandle`] from context).
//!
//! The session sits in a `RefCell` so that timers and window events (which
//! outlive a render) always see the latest state; every change ends with
//! [`DraftsHandle::changed`], which re-renders the consumers. A borrow is
//! never held across a dispatch or a re-render.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::engine::Scenario;
use crate::share::{IV_LEN, SALT_LEN};
use crate::store::{
    DeletedDraft, DraftEnvelope, DraftStore, DraftSummary, LocalBackend, Millis, StoreError,
};

/// Debounce of the autosave, in milliseconds.
pub const AUTOSAVE_DELAY_MS: u32 = 600;

/// What the header's status line says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing stored yet (before start-up finishes).
    Idle,
    /// The open Scenario is the stored draft.
    Saved,
    /// An edit waits for the debounce.
    Pending,
    /// Storage is full: the work is kept in this page only.
    QuotaExceeded,
    /// No storage at all (privacy mode): the work lives in this page.
    Unavailable,
    /// Another tab changed the draft; saving waits for the user's choice.
    Conflict,
    /// The open work is not a stored draft (it was deleted, or all data
    /// was cleared); the next edit makes a new draft.
    Detached,
    /// Another storage failure (a `StoreError::code`).
    Failed(&'static str),
}

impl SaveStatus {
    /// A stable name for `data-status` (tests, styles).
    pub fn id(&self) -> &'static str {
        match self {
            SaveStatus::Idle => "idle",
            SaveStatus::Saved => "saved",
            SaveStatus::Pending => "pending",
            SaveStatus::QuotaExceeded => "quota",
            SaveStatus::Unavailable => "unavailable",
            SaveStatus::Conflict => "conflict",
            SaveStatus::Detached => "detached",
            SaveStatus::Failed(_) => "failed",
        }
    }
}

/// A link being opened (from `location.hash`).
#[derive(Clone, Debug, PartialEq)]
pub enum LinkFlow {
    None,
    /// An encrypted link: ask for the passphrase.
    NeedPassphrase {
        hash: String,
        salt: [u8; SALT_LEN],
        iv: [u8; IV_LEN],
        ciphertext: Vec<u8>,
        /// The last passphrase tried was wrong.
        wrong: bool,
        /// Decryption is running.
        busy: bool,
    },
    /// Drafts made from this same link exist: open one, or a new copy.
    Existing {
        scenario: Rc<Scenario>,
        hash: String,
        drafts: Vec<DraftSummary>,
    },
    /// The link could not be opened (a `LinkError::code`).
    Error {
        code: &'static str,
    },
    /// The link was opened as a new draft with this name (a notice).
    Imported {
        name: String,
        in_memory: bool,
    },
}

/// A deleted draft that can still be put back.
#[derive(Clone, Debug, PartialEq)]
pub struct Deleted {
    pub draft: DeletedDraft,
    pub name: String,
    /// It was the open draft.
    pub was_current: bool,
}

/// Everything the drafts UI shares.
pub struct Session {
    /// The latest Scenario of the app (updated on every change).
    pub latest: Rc<Scenario>,
    /// The Scenario as last saved to (or opened from) the current draft.
    pub saved: Option<Rc<Scenario>>,
    /// The open draft (its body is not kept here).
    pub current: Option<DraftEnvelope>,
    pub status: SaveStatus,
    /// Start-up has run (before it, scenario changes are not saved).
    pub started: bool,
    /// Storage is unavailable (reported once, then the app runs in memory).
    pub unavailable: bool,
    /// Another tab's version of the open draft, while the user chooses.
    pub conflict: Option<DraftEnvelope>,
    pub link: LinkFlow,
    pub share_open: bool,
    pub deleted: Option<Deleted>,
    /// Why entries were set aside in this session, by quarantine key (a
    /// `ProblemReason::code`).
    pub problem_reasons: BTreeMap<String, &'static str>,
    /// Entries set aside since start-up (for a notice).
    pub new_problems: usize,
    /// A short message for the drafts screen (a `Text` shown once).
    pub notice: Option<crate::i18n::Text>,
    /// The debounce timer of a pending save.
    pub timer: Option<Timeout>,
    /// Bumped whenever stored drafts change (the list re-reads).
    pub list_rev: u64,
    /// The UI language (names of new drafts).
    pub lang: crate::i18n::Lang,
}

impl Session {
    pub fn new(latest: Rc<Scenario>) -> Self {
        Session {
            latest,
            saved: None,
            current: None,
            status: SaveStatus::Idle,
            started: false,
            unavailable: false,
            conflict: None,
            link: LinkFlow::None,
            share_open: false,
            deleted: None,
            problem_reasons: BTreeMap::new(),
            new_problems: 0,
            notice: None,
            timer: None,
            list_rev: 0,
            lang: crate::i18n::Lang::default(),
        }
    }
}

/// The context value: the shared session and a way to re-render.
#[derive(Clone)]
pub struct DraftsHandle {
    pub(super) session: Rc<RefCell<Session>>,
    pub(super) version: u64,
    pub(super) bump: Callback<()>,
    /// Opens a Scenario in the app (`Action::Open`).
    pub(super) open: Callback<Scenario>,
}

impl PartialEq for DraftsHandle {
    fn eq(&self, other: &Self) -> bool {
        self.version == other.version && Rc::ptr_eq(&self.session, &other.session)
    }
}

impl DraftsHandle {
    /// Reads the session.
    pub fn with<R>(&self, f: impl FnOnce(&Session) -> R) -> R {
        f(&self.session.borrow())
    }

    /// Changes the session, then re-renders the consumers.
    pub fn update<R>(&self, f: impl FnOnce(&mut Session) -> R) -> R {
        let result = f(&mut self.session.borrow_mut());
        self.changed();
        result
    }

    /// Re-renders every consumer (call with no borrow held).
    pub fn changed(&self) {
        self.bump.emit(());
    }

    pub fn status(&self) -> SaveStatus {
        self.with(|s| s.status.clone())
    }

    /// The id of the open draft.
    pub fn current_id(&self) -> Option<String> {
        self.with(|s| s.current.as_ref().map(|c| c.id.clone()))
    }

    pub fn open_share(&self, open: bool) {
        self.update(|s| s.share_open = open);
    }
}

/// The drafts session from context. Outside [`super::DraftsRoot`] (component
/// tests of other screens) there is none.
#[hook]
pub fn use_drafts() -> Option<DraftsHandle> {
    use_context::<DraftsHandle>()
}

/// A store on `localStorage`.
pub fn store() -> DraftStore<LocalBackend> {
    DraftStore::new(LocalBackend::new())
}

/// Milliseconds since the epoch, from the browser's clock.
pub fn now() -> Millis {
    // Date.now() is a whole number of milliseconds, well inside i64.
    js_sys::Date::now() as Millis
}

/// Units in a Scenario, for the draft list.
pub fn units_count(s: &Scenario) -> u32 {
    u32::try_from(s.units.len()).unwrap_or(u32::MAX)
}

/// The Scenario in a draft's body, or why it cannot be read.
pub fn scenario_of(draft: &DraftEnvelope) -> Result<Scenario, String> {
    crate::json::from_value(&draft.body).map_err(|e| crate::share::shorten(&e))
}

/// Whether a store error means there is no storage at all.
pub fn is_unavailable(err: &StoreError) -> bool {
    matches!(err, StoreError::Unavailable { .. })
}

/// A stored time as local date and time in the UI language.
pub fn format_time(ms: Millis, lang: crate::i18n::Lang) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    String::from(date.to_locale_string(lang.tag(), &options))
}
