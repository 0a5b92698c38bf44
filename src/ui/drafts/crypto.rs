//! Passphrase encryption of share links with Web Crypto: PBKDF2-SHA-256
//! ([`PBKDF2_ITERATIONS`], a random 16-byte salt) derives an AES-GCM 256
//! key; AES-GCM with a random 12-byte IV encrypts the zlib bytes of the
//! Scenario (`share::deflate_json`). The iteration count is fixed by the
//! link format version `k1e` (docs/storage-and-links.md); the passphrase
//! never leaves this module.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

use crate::share::{LinkError, IV_LEN, SALT_LEN};

/// PBKDF2 iterations of format `k1e` (never lower: old links must open).
pub const PBKDF2_ITERATIONS: u32 = 600_000;

fn object(entries: &[(&str, JsValue)]) -> Result<Object, JsValue> {
    let o = Object::new();
    for (k, v) in entries {
        Reflect::set(&o, &JsValue::from_str(k), v)?;
    }
    Ok(o)
}

fn crypto() -> Result<web_sys::Crypto, JsValue> {
    gloo::utils::window().crypto()
}

fn subtle() -> Result<SubtleCrypto, JsValue> {
    let c = crypto()?;
    // `subtle` is undefined outside a secure context (http on another host).
    let subtle = Reflect::get(&c, &JsValue::from_str("subtle"))?;
    if subtle.is_undefined() {
        return Err(JsValue::from_str("Web Crypto needs https or localhost"));
    }
    Ok(c.subtle())
}

async fn derive_key(passphrase: &str, salt: &[u8]) -> Result<CryptoKey, JsValue> {
    let subtle = subtle()?;
    let raw = Uint8Array::from(passphrase.as_bytes());
    let pbkdf2 = object(&[("name", "PBKDF2".into())])?;
    let usages = Array::of1(&"deriveKey".into());
    let material: CryptoKey = JsFuture::from(subtle.import_key_with_object(
        "raw",
        raw.as_ref(),
        &pbkdf2,
        false,
        &usages,
    )?)
    .await?
    .dyn_into()?;
    let params = object(&[
        ("name", "PBKDF2".into()),
        ("salt", Uint8Array::from(salt).into()),
        ("iterations", PBKDF2_ITERATIONS.into()),
        ("hash", "SHA-256".into()),
    ])?;
    let aes = object(&[("name", "AES-GCM".into()), ("length", 256u32.into())])?;
    let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
    JsFuture::from(
        subtle.derive_key_with_object_and_object(&params, &material, &aes, false, &usages)?,
    )
    .await?
    .dyn_into()
}

fn aes_params(iv: &[u8]) -> Result<Object, JsValue> {
    object(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(iv).into()),
    ])
}

/// Encrypts `plaintext`; returns the random salt and IV and the ciphertext
/// (with its 16-byte tag), ready for `share::encode_encrypted`.
pub async fn encrypt(
    passphrase: &str,
    plaintext: &[u8],
) -> Result<([u8; SALT_LEN], [u8; IV_LEN], Vec<u8>), JsValue> {
    let c = crypto()?;
    let mut salt = [0u8; SALT_LEN];
    let mut iv = [0u8; IV_LEN];
    c.get_random_values_with_u8_array(&mut salt)?;
    c.get_random_values_with_u8_array(&mut iv)?;
    let key = derive_key(passphrase, &salt).await?;
    let buffer = JsFuture::from(subtle()?.encrypt_with_object_and_u8_array(
        &aes_params(&iv)?,
        &key,
        plaintext,
    )?)
    .await?;
    Ok((salt, iv, Uint8Array::new(&buffer).to_vec()))
}

/// Decrypts an encrypted link's ciphertext. A wrong passphrase (or an
/// altered link: AES-GCM authenticates it) is [`LinkError::WrongPassphrase`].
pub async fn decrypt(
    passphrase: &str,
    salt: &[u8; SALT_LEN],
    iv: &[u8; IV_LEN],
    ciphertext: &[u8],
) -> Result<Vec<u8>, LinkError> {
    let run = async {
        let key = derive_key(passphrase, salt).await?;
        let buffer = JsFuture::from(subtle()?.decrypt_with_object_and_u8_array(
            &aes_params(iv)?,
            &key,
            ciphertext,
        )?)
        .await?;
        Ok::<_, JsValue>(Uint8Array::new(&buffer).to_vec())
    };
    run.await.map_err(|_| LinkError::WrongPassphrase)
}
