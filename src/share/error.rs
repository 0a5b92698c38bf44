//! The typed errors of the link codec.
//!
//! Every way a link can fail to open has its own variant and a stable
//! [`LinkError::code`] that the UI looks up in its translation table; the
//! `Display` text is English for logs and tests only.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Which size limit a link went over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SizeLimit {
    /// The link text (or fragment, or payload) as pasted.
    LinkText,
    /// The JSON after decompression.
    Decompressed,
}

/// Why a share link could not be made or opened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LinkError {
    /// Nothing to decode: the input is empty or whitespace, or a bare `#`.
    Empty,
    /// The payload does not start with a Kaohe prefix (`k<version>.` or
    /// `k<version>e.`): not a Kaohe link, or only a part of one.
    NotKaohe,
    /// The link was made by a newer Kaohe, with a format version this build
    /// does not know.
    FutureVersion { version: u32, supported: u32 },
    /// The body is not URL-safe base64: the link was cut short or altered.
    BadBase64 { detail: String },
    /// The body does not decompress: the link was cut short or altered.
    Corrupt { detail: String },
    /// The link text, or the decompressed data, is over its limit.
    TooLarge { limit: SizeLimit, max_bytes: u64 },
    /// The decompressed data is not JSON (serde's message, shortened).
    NotJson { detail: String },
    /// The data is JSON but not a scenario of this format (serde's message,
    /// shortened).
    WrongShape { detail: String },
    /// An encrypted link (`k1e.`) whose salt, IV or ciphertext is missing or
    /// too short.
    EncryptedMalformed { detail: String },
    /// The link is encrypted: decode it with [`super::decode_any`] and ask
    /// for the passphrase.
    PassphraseRequired,
    /// Decryption failed: the passphrase is wrong or the link was altered.
    /// Produced by the browser's decryption layer, not by this codec.
    WrongPassphrase,
    /// The value could not be turned into JSON (making a link only).
    Encode { detail: String },
}

impl LinkError {
    /// A stable identifier for the UI's translation table and for tests.
    /// These strings never change meaning once released.
    pub fn code(&self) -> &'static str {
        match self {
            LinkError::Empty => "link.empty",
            LinkError::NotKaohe => "link.not_kaohe",
            LinkError::FutureVersion { .. } => "link.future_version",
            LinkError::BadBase64 { .. } => "link.bad_base64",
            LinkError::Corrupt { .. } => "link.corrupt",
            LinkError::TooLarge { .. } => "link.too_large",
            LinkError::NotJson { .. } => "link.not_json",
            LinkError::WrongShape { .. } => "link.wrong_shape",
            LinkError::EncryptedMalformed { .. } => "link.encrypted_malformed",
            LinkError::PassphraseRequired => "link.passphrase_required",
            LinkError::WrongPassphrase => "link.wrong_passphrase",
            LinkError::Encode { .. } => "link.encode",
        }
    }

    pub(crate) fn from_json(err: &serde_json::Error) -> LinkError {
        let detail = shorten(&err.to_string());
        match err.classify() {
            serde_json::error::Category::Data => LinkError::WrongShape { detail },
            _ => LinkError::NotJson { detail },
        }
    }
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Empty => f.write_str("the link is empty"),
            LinkError::NotKaohe => f.write_str("this is not a Kaohe link"),
            LinkError::FutureVersion { version, supported } => write!(
                f,
                "this link was made by a newer Kaohe (link format version {version}; \
                 this Kaohe reads up to version {supported})"
            ),
            LinkError::BadBase64 { detail } => {
                write!(f, "the link is cut short or altered (base64: {detail})")
            }
            LinkError::Corrupt { detail } => {
                write!(f, "the link is cut short or altered (deflate: {detail})")
            }
            LinkError::TooLarge { limit, max_bytes } => match limit {
                SizeLimit::LinkText => write!(f, "the link is longer than {max_bytes} bytes"),
                SizeLimit::Decompressed => {
                    write!(f, "the link's data is larger than {max_bytes} bytes")
                }
            },
            LinkError::NotJson { detail } => write!(f, "the link's data is not JSON: {detail}"),
            LinkError::WrongShape { detail } => {
                write!(f, "the link's data is not a Kaohe scenario: {detail}")
            }
            LinkError::EncryptedMalformed { detail } => {
                write!(f, "the encrypted link is malformed: {detail}")
            }
            LinkError::PassphraseRequired => f.write_str("the link is encrypted"),
            LinkError::WrongPassphrase => {
                f.write_str("wrong passphrase, or the encrypted link was altered")
            }
            LinkError::Encode { detail } => write!(f, "the data cannot be encoded: {detail}"),
        }
    }
}

impl std::error::Error for LinkError {}

/// Longest detail text kept in an error, in bytes.
pub const MAX_DETAIL_BYTES: usize = 200;

/// Cuts `text` to at most [`MAX_DETAIL_BYTES`] bytes on a character
/// boundary, marking the cut with `…`.
pub(crate) fn shorten(text: &str) -> String {
    if text.len() <= MAX_DETAIL_BYTES {
        return text.to_owned();
    }
    let mut end = MAX_DETAIL_BYTES;
    while end > 0 && !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut out = text.get(..end).unwrap_or_default().to_owned();
    out.push('…');
    out
}
