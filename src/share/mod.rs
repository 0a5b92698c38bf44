//! The share-link codec: a value ⇄ the text after `#` in a Kaohe link.
//!
//! Pure Rust (no browser crates); it builds and is tested natively. The format
//! (see `docs/storage-and-links.md`) is a compatibility promise: a link made
//! by any released Kaohe must keep opening.
//!
//! - plain: `k1.` + base64url-no-pad( zlib( UTF-8 JSON ) )
//! - encrypted: `k1e.` + base64url-no-pad( salt(16) ‖ iv(12) ‖ ciphertext ),
//!   where the ciphertext is AES-GCM (done in the browser with Web Crypto)
//!   of the same zlib bytes as the plain form; this module only frames
//!   and unframes those bytes ([`encode_encrypted`], [`decode_any`]).
//!
//! Decoding accepts a whole URL, a `#fragment` or the bare payload, ignores
//! whitespace anywhere (links wrapped by mail programs), runs in time linear
//! in its input, never allocates more than [`MAX_JSON_BYTES`] for the
//! decompressed data, and never panics: every failure is a [`LinkError`].

pub mod anonymize;
mod error;
pub mod qr;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::de::DeserializeOwned;
use serde::Serialize;

pub(crate) use error::shorten;
pub use error::{LinkError, SizeLimit, MAX_DETAIL_BYTES};

/// The link format version this build writes, and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;
/// The first character of every Kaohe payload.
pub const PREFIX: &str = "k";
/// The start of a plain link payload of the current version.
pub const PLAIN_PREFIX: &str = "k1.";
/// The start of an encrypted link payload of the current version.
pub const ENCRYPTED_PREFIX: &str = "k1e.";
/// Longest accepted link text (URL, fragment or payload, as pasted): 256 KiB.
pub const MAX_LINK_BYTES: usize = 256 * 1024;
/// Largest accepted JSON after decompression: 8 MiB.
pub const MAX_JSON_BYTES: usize = 8 * 1024 * 1024;
/// DEFLATE level used for links (miniz scale 0–10; 9 is "best").
pub const COMPRESSION_LEVEL: u8 = 9;
/// PBKDF2 salt length of an encrypted link, in bytes.
pub const SALT_LEN: usize = 16;
/// AES-GCM IV length of an encrypted link, in bytes.
pub const IV_LEN: usize = 12;
/// AES-GCM authentication tag length: the shortest possible ciphertext.
pub const TAG_LEN: usize = 16;

/// Longest version number accepted in a prefix, in digits.
const MAX_VERSION_DIGITS: usize = 9;

/// What a link holds, before any passphrase is asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decoded {
    /// The decompressed UTF-8 JSON of a plain link (parse it with
    /// [`parse_json`]).
    Plain(Vec<u8>),
    /// The parts of an encrypted link, for Web Crypto: derive the key from
    /// the passphrase and `salt`, decrypt `ciphertext` with `iv`, then pass
    /// the plaintext to [`open_decrypted`].
    Encrypted {
        salt: [u8; SALT_LEN],
        iv: [u8; IV_LEN],
        ciphertext: Vec<u8>,
    },
}

/// Makes the payload of a plain link (`k1.…`; put it after `#`).
///
/// Fails with [`LinkError::TooLarge`] when the JSON or the link would be over
/// the limits that [`decode`] enforces, so every link made here opens.
pub fn encode<T: Serialize>(value: &T) -> Result<String, LinkError> {
    let deflated = deflate_json(value)?;
    let mut link = String::with_capacity(PLAIN_PREFIX.len() + deflated.len() * 4 / 3 + 4);
    link.push_str(PLAIN_PREFIX);
    URL_SAFE_NO_PAD.encode_string(&deflated, &mut link);
    check_link_len(link.len())?;
    Ok(link)
}

/// Opens a plain link: a whole URL, a `#fragment` or the bare payload.
///
/// An encrypted link gives [`LinkError::PassphraseRequired`]; use
/// [`decode_any`] to get its parts.
pub fn decode<T: DeserializeOwned>(link_or_fragment: &str) -> Result<T, LinkError> {
    match decode_any(link_or_fragment)? {
        Decoded::Plain(json) => parse_json(&json),
        Decoded::Encrypted { .. } => Err(LinkError::PassphraseRequired),
    }
}

/// Opens a link of either form, without parsing the JSON.
pub fn decode_any(link_or_fragment: &str) -> Result<Decoded, LinkError> {
    let payload = normalize(link_or_fragment)?;
    let header = parse_header(&payload)?;
    let body = payload.get(header.body_start..).unwrap_or_default();
    let bytes = URL_SAFE_NO_PAD
        .decode(body)
        .map_err(|err| LinkError::BadBase64 {
            detail: error::shorten(&err.to_string()),
        })?;
    if header.encrypted {
        unframe_encrypted(bytes)
    } else {
        inflate(&bytes).map(Decoded::Plain)
    }
}

/// Makes the payload of an encrypted link (`k1e.…`) from the browser's
/// Web Crypto output. `ciphertext` must include the AES-GCM tag.
pub fn encode_encrypted(
    salt: &[u8; SALT_LEN],
    iv: &[u8; IV_LEN],
    ciphertext: &[u8],
) -> Result<String, LinkError> {
    if ciphertext.len() < TAG_LEN {
        return Err(LinkError::EncryptedMalformed {
            detail: format!("ciphertext of {} bytes is too short", ciphertext.len()),
        });
    }
    // Checked before allocating: base64 makes 4 characters of every 3 bytes.
    let body_len = SALT_LEN + IV_LEN + ciphertext.len();
    check_link_len(ENCRYPTED_PREFIX.len() + body_len.div_ceil(3) * 4)?;
    let mut bytes = Vec::with_capacity(body_len);
    bytes.extend_from_slice(salt);
    bytes.extend_from_slice(iv);
    bytes.extend_from_slice(ciphertext);
    let mut link = String::from(ENCRYPTED_PREFIX);
    URL_SAFE_NO_PAD.encode_string(&bytes, &mut link);
    check_link_len(link.len())?;
    Ok(link)
}

/// The bytes to encrypt for an encrypted link: zlib of the JSON.
pub fn deflate_json<T: Serialize>(value: &T) -> Result<Vec<u8>, LinkError> {
    let json = crate::json::to_string(value)
        .map(String::into_bytes)
        .map_err(|err| LinkError::Encode {
            detail: error::shorten(&err.to_string()),
        })?;
    if json.len() > MAX_JSON_BYTES {
        return Err(too_large(SizeLimit::Decompressed));
    }
    Ok(miniz_oxide::deflate::compress_to_vec_zlib(
        &json,
        COMPRESSION_LEVEL,
    ))
}

/// Opens the plaintext that Web Crypto decrypted from an encrypted link.
pub fn open_decrypted<T: DeserializeOwned>(plaintext: &[u8]) -> Result<T, LinkError> {
    parse_json(&inflate(plaintext)?)
}

/// Parses decompressed link JSON into `T`, with typed errors.
pub fn parse_json<T: DeserializeOwned>(json: &[u8]) -> Result<T, LinkError> {
    crate::json::from_slice(json).map_err(|err| LinkError::from_json(&err))
}

/// The payload of a link as pasted: the part after the first `#` (if any),
/// with all whitespace removed. This is the text that [`link_hash`] hashes.
pub fn normalize(link_or_fragment: &str) -> Result<String, LinkError> {
    check_link_len(link_or_fragment.len())?;
    let after_hash = match link_or_fragment.split_once('#') {
        Some((_, fragment)) => fragment,
        None => link_or_fragment,
    };
    let payload: String = after_hash.chars().filter(|c| !c.is_whitespace()).collect();
    if payload.is_empty() {
        return Err(LinkError::Empty);
    }
    Ok(payload)
}

/// A stable hash of a link's normalized payload (FNV-1a 64, 16 hex digits),
/// stored as a draft's `origin_link_hash` so that opening the same link again
/// can offer the draft it made.
pub fn link_hash(link_or_fragment: &str) -> Result<String, LinkError> {
    normalize(link_or_fragment).map(|payload| crate::store::fnv1a64_hex(payload.as_bytes()))
}

struct Header {
    encrypted: bool,
    body_start: usize,
}

/// Reads `k<version>[e].`; a newer version is reported before anything else
/// is looked at, since a newer format may change everything after it.
fn parse_header(payload: &str) -> Result<Header, LinkError> {
    let bytes = payload.as_bytes();
    if bytes.first() != Some(&b'k') {
        return Err(LinkError::NotKaohe);
    }
    let digits = bytes
        .iter()
        .skip(1)
        .take_while(|b| b.is_ascii_digit())
        .count();
    if digits == 0 || digits > MAX_VERSION_DIGITS || bytes.get(1) == Some(&b'0') {
        return Err(LinkError::NotKaohe);
    }
    let mut version: u32 = 0;
    for b in bytes.iter().skip(1).take(digits) {
        version = version
            .saturating_mul(10)
            .saturating_add(u32::from(b - b'0'));
    }
    if version > FORMAT_VERSION {
        return Err(LinkError::FutureVersion {
            version,
            supported: FORMAT_VERSION,
        });
    }
    let mut at = 1 + digits;
    let encrypted = bytes.get(at) == Some(&b'e');
    if encrypted {
        at += 1;
    }
    if bytes.get(at) != Some(&b'.') {
        return Err(LinkError::NotKaohe);
    }
    Ok(Header {
        encrypted,
        body_start: at + 1,
    })
}

fn unframe_encrypted(bytes: Vec<u8>) -> Result<Decoded, LinkError> {
    let malformed = || LinkError::EncryptedMalformed {
        detail: format!(
            "{} bytes, at least {} needed",
            bytes.len(),
            SALT_LEN + IV_LEN + TAG_LEN
        ),
    };
    let salt: [u8; SALT_LEN] = bytes
        .get(..SALT_LEN)
        .and_then(|s| s.try_into().ok())
        .ok_or_else(malformed)?;
    let iv: [u8; IV_LEN] = bytes
        .get(SALT_LEN..SALT_LEN + IV_LEN)
        .and_then(|s| s.try_into().ok())
        .ok_or_else(malformed)?;
    let ciphertext = bytes.get(SALT_LEN + IV_LEN..).unwrap_or_default();
    if ciphertext.len() < TAG_LEN {
        return Err(malformed());
    }
    Ok(Decoded::Encrypted {
        salt,
        iv,
        ciphertext: ciphertext.to_vec(),
    })
}

/// zlib → bytes, never growing past [`MAX_JSON_BYTES`].
fn inflate(deflated: &[u8]) -> Result<Vec<u8>, LinkError> {
    if deflated.is_empty() {
        return Err(LinkError::Corrupt {
            detail: "no data".to_owned(),
        });
    }
    miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(deflated, MAX_JSON_BYTES).map_err(
        |err| match err.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => too_large(SizeLimit::Decompressed),
            _ => LinkError::Corrupt {
                detail: err.to_string(),
            },
        },
    )
}

fn check_link_len(len: usize) -> Result<(), LinkError> {
    if len > MAX_LINK_BYTES {
        Err(too_large(SizeLimit::LinkText))
    } else {
        Ok(())
    }
}

fn too_large(limit: SizeLimit) -> LinkError {
    let max = match limit {
        SizeLimit::LinkText => MAX_LINK_BYTES,
        SizeLimit::Decompressed => MAX_JSON_BYTES,
    };
    LinkError::TooLarge {
        limit,
        max_bytes: u64::try_from(max).unwrap_or(u64::MAX),
    }
}
