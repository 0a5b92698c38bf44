//! Drafts, share links and offline use (issue 7), the browser side of the
//! pure `store` (drafts in localStorage) and `share` (link codec, QR).
//!
//! One component or hook per file:
//! - `session.rs` — [`Session`] and [`DraftsHandle`] (context), `use_drafts`.
//! - `autosave.rs` — `use_autosave`: start-up, debounced saves, flush on hide.
//! - `sync.rs` — `use_storage_sync`: `storage` events → two-tab conflict.
//! - `link_open.rs` — `use_link_open`: `hashchange` → open a link.
//! - `root.rs` — [`DraftsRoot`]: runs the hooks, provides the context.
//! - `save.rs`, `link.rs`, `manage.rs` — what the session does (save, open,
//!   conflicts; links; rename, duplicate, delete, export, clear all).
//! - `crypto.rs` — Web Crypto PBKDF2 + AES-GCM for passphrase links.
//! - what a link carries (rules by reference, names out) is `share::anonymize`.
//! - `download.rs` — text → file (Blob, object URL).
//! - `status.rs` — the header's save status (aria-live).
//! - `header_tools.rs` — [`HeaderTools`]: the status and the share button.
//! - `banners.rs` — [`DraftsBanners`]: storage problems, conflict, link, share.
//! - `conflict.rs`, `link_panel.rs`, `share_dialog.rs`, `qr_view.rs` — those.
//! - `screen.rs` — [`DraftsScreen`]; `draft_row.rs`, `quarantine.rs`,
//!   `clear_all.rs` — its parts.
//!
//! Invariants: no sequence of reloads, links, tabs or storage failures
//! loses the work on screen: a failed write keeps it in memory and says
//! what to do; nothing is overwritten without the user's choice; nothing
//! panics.

mod autosave;
mod banners;
mod clear_all;
mod conflict;
mod crypto;
mod download;
mod draft_row;
mod header_tools;
mod link;
mod link_open;
mod link_panel;
mod manage;
mod qr_view;
mod quarantine;
mod root;
mod save;
mod screen;
mod session;
mod share_dialog;
mod status;
mod sync;

pub use crate::share::anonymize::{for_link, strip_names};
pub use autosave::use_autosave;
pub use banners::DraftsBanners;
pub use crypto::PBKDF2_ITERATIONS;
pub use header_tools::HeaderTools;
pub use root::DraftsRoot;
pub use screen::DraftsScreen;
pub use session::{use_drafts, DraftsHandle, SaveStatus, Session, AUTOSAVE_DELAY_MS};
pub use share_dialog::plain_link;
