#![cfg(not(target_arch = "wasm32"))]
//! The share-link codec: round trips of generated values, and every kind of
//! bad input giving its typed error without a panic.

use std::time::Instant;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use kaohe::share::{self, Decoded, LinkError, SizeLimit};
use proptest::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// A stand-in for a Scenario's unit: strings of every script, integers,
/// decimals as strings (as the engine serializes `Decimal`), options.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Unit {
    id: String,
    name: String,
    score: String,
    tags: Vec<String>,
    count: i64,
    flag: bool,
    note: Option<String>,
}

/// Text mixing ASCII, Chinese, emoji, RTL marks and JSON's special
/// characters.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 ]{0,12}",
        "[\u{4e00}-\u{9fa5}，。、]{0,12}",
        "[\u{1F600}-\u{1F64F}\u{1F468}\u{200D}\u{1F469}]{0,6}",
        "[\u{200F}\u{202E}\u{05D0}-\u{05EA}a-z]{0,12}",
        "[\"\\\\/\n\t\u{0}\u{7f}]{0,6}",
        any::<String>(),
    ]
}

prop_compose! {
    fn unit()(
        id in text(), name in text(), score in "-?[0-9]{1,4}\\.[0-9]{0,4}",
        tags in prop::collection::vec(text(), 0..4), count in any::<i64>(),
        flag in any::<bool>(), note in prop::option::of(text()),
    ) -> Unit {
        Unit { id, name, score, tags, count, flag, note }
    }
}

/// Any JSON value without floats (the formats carry decimals as strings).
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        text().prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map(text(), inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn sample_units() -> Vec<Unit> {
    vec![Unit {
        id: "u-001".into(),
        name: "城关镇人民政府 🏛️ \u{200F}مرحبا".into(),
        score: "92.50".into(),
        tags: vec!["乡镇".into(), "A".into()],
        count: -3,
        flag: true,
        note: None,
    }]
}

/// A link whose body is `bytes` as given (to craft bad payloads).
fn raw_link(prefix: &str, bytes: &[u8]) -> String {
    format!("{prefix}{}", URL_SAFE_NO_PAD.encode(bytes))
}

fn deflated(bytes: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(bytes, 6)
}

/// Pseudo-random letters and digits (incompressible-ish), deterministic.
fn noise(len: usize, seed: u64) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let mut state = seed;
    (0..len)
        .map(|_| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            char::from(ALPHABET[((state >> 33) % ALPHABET.len() as u64) as usize])
        })
        .collect()
}

fn code_of<T: std::fmt::Debug>(result: Result<T, LinkError>) -> &'static str {
    match result {
        Ok(value) => panic!("expected an error, got {value:?}"),
        Err(err) => err.code(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn structs_round_trip(units in prop::collection::vec(unit(), 0..6)) {
        let link = share::encode(&units).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(link.starts_with(share::PLAIN_PREFIX));
        prop_assert_eq!(share::decode::<Vec<Unit>>(&link), Ok(units.clone()));
        let url = format!("  https://example.org/kaohe/?x=1#{link}\n");
        prop_assert_eq!(share::decode::<Vec<Unit>>(&url), Ok(units));
    }

    #[test]
    fn json_values_round_trip(value in json_value()) {
        let link = share::encode(&value).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(share::decode::<Value>(&link), Ok(value));
    }

    #[test]
    fn arbitrary_text_never_panics(input in any::<String>()) {
        let _ = share::decode::<Value>(&input);
        let _ = share::decode::<Value>(&format!("k1.{input}"));
        let _ = share::decode_any(&format!("#k1e.{input}"));
    }

    #[test]
    fn arbitrary_base64_bodies_never_panic(body in "[A-Za-z0-9_-]{0,400}") {
        let _ = share::decode::<Value>(&format!("k1.{body}"));
        let _ = share::decode_any(&format!("k1e.{body}"));
    }

    #[test]
    fn mutated_links_give_ok_or_a_typed_error(
        units in prop::collection::vec(unit(), 1..3),
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<char>()), 1..4),
        cut in any::<prop::sample::Index>(),
    ) {
        let link = share::encode(&units).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut chars: Vec<char> = link.chars().collect();
        for (at, c) in edits {
            let i = at.index(chars.len());
            chars[i] = c;
        }
        let mutated: String = chars.iter().collect();
        if let Err(err) = share::decode::<Vec<Unit>>(&mutated) {
            prop_assert!(!err.code().is_empty());
        }
        let truncated: String = link.chars().take(cut.index(link.len())).collect();
        prop_assert!(share::decode::<Vec<Unit>>(&truncated).is_err());
    }
}

#[test]
fn every_truncation_of_a_link_is_a_typed_error() {
    let link = share::encode(&sample_units()).unwrap();
    for len in 0..link.len() {
        let code = code_of(share::decode::<Vec<Unit>>(&link[..len]));
        let expected = match len {
            0 => "link.empty",
            1..=2 => "link.not_kaohe",
            _ => code,
        };
        assert_eq!(code, expected, "cut at {len}");
        if len > 3 {
            assert!(
                ["link.bad_base64", "link.corrupt"].contains(&code),
                "cut at {len}: {code}"
            );
        }
    }
}

#[test]
fn accepts_url_fragment_or_payload_with_whitespace() {
    let units = sample_units();
    let link = share::encode(&units).unwrap();
    let (head, tail) = link.split_at(link.len() / 2);
    for input in [
        link.clone(),
        format!("#{link}"),
        format!("https://kaohe.example/#{link}"),
        format!("\r\n\t {link} \n"),
        format!("https://kaohe.example/#{head}\n  {tail}"),
    ] {
        assert_eq!(share::decode::<Vec<Unit>>(&input), Ok(units.clone()));
    }
}

#[test]
fn empty_and_foreign_inputs() {
    for input in ["", "   \n", "#", "https://kaohe.example/#", "# \t"] {
        assert_eq!(
            share::decode::<Value>(input),
            Err(LinkError::Empty),
            "{input:?}"
        );
    }
    for input in [
        "hello",
        "https://kaohe.example/",
        "x1.abc",
        "K1.abc",
        "k.abc",
        "k0.abc",
        "k01.abc",
        "k1abc",
        "k1x.abc",
        "k1ee.abc",
        "k1234567890.abc",
    ] {
        assert_eq!(
            share::decode::<Value>(input),
            Err(LinkError::NotKaohe),
            "{input:?}"
        );
    }
}

#[test]
fn future_versions_name_the_version() {
    for (input, version) in [
        ("k2.AAAA", 2),
        ("#k17e.xyz", 17),
        ("k999999999", 999_999_999),
    ] {
        let err = share::decode::<Value>(input).unwrap_err();
        assert_eq!(
            err,
            LinkError::FutureVersion {
                version,
                supported: 1
            }
        );
        assert_eq!(err.code(), "link.future_version");
        let message = err.to_string();
        assert!(message.contains("newer Kaohe") && message.contains(&version.to_string()));
    }
}

#[test]
fn bad_base64_and_bad_deflate() {
    assert_eq!(
        code_of(share::decode::<Value>("k1.@@@@")),
        "link.bad_base64"
    );
    assert_eq!(
        code_of(share::decode::<Value>("k1.AAA=")),
        "link.bad_base64"
    );
    assert_eq!(code_of(share::decode::<Value>("k1.A")), "link.bad_base64");
    assert_eq!(code_of(share::decode::<Value>("k1.")), "link.corrupt");
    assert_eq!(code_of(share::decode::<Value>("k1.____")), "link.corrupt");
}

#[test]
fn not_json_and_wrong_shape_carry_a_short_message() {
    let not_json = raw_link("k1.", &deflated("{\"a\": tru".as_bytes()));
    assert!(matches!(
        share::decode::<Value>(&not_json),
        Err(LinkError::NotJson { .. })
    ));

    let long_name = "名".repeat(500);
    let shape = raw_link(
        "k1.",
        &deflated(json!([{ "id": long_name }]).to_string().as_bytes()),
    );
    match share::decode::<Vec<Unit>>(&shape) {
        Err(LinkError::WrongShape { detail }) => {
            assert!(
                detail.len() <= share::MAX_DETAIL_BYTES + '…'.len_utf8(),
                "{detail}"
            )
        }
        other => panic!("expected WrongShape, got {other:?}"),
    }
}

#[test]
fn oversized_links_are_refused_or_decoded_quickly() {
    // Over the text limit: refused before any decoding.
    let huge = format!("k1.{}", "A".repeat(share::MAX_LINK_BYTES));
    assert_eq!(
        share::decode::<Value>(&huge),
        Err(LinkError::TooLarge {
            limit: SizeLimit::LinkText,
            max_bytes: share::MAX_LINK_BYTES as u64
        })
    );

    // A real ~200 KB link (incompressible content) opens, within the limits.
    let big: Vec<String> = (0..200).map(|i| noise(1000, i)).collect();
    let link = share::encode(&big).unwrap();
    assert!(
        (190_000..=share::MAX_LINK_BYTES).contains(&link.len()),
        "{}",
        link.len()
    );
    let started = Instant::now();
    assert_eq!(share::decode::<Vec<String>>(&link), Ok(big));
    println!(
        "decode of a {} byte link: {:?}",
        link.len(),
        started.elapsed()
    );

    // ~200 KB of junk after a valid prefix: a typed error, quickly.
    let junk = format!("k1.{}", noise(200_000, 7));
    let started = Instant::now();
    let code = code_of(share::decode::<Value>(&junk));
    assert!(
        ["link.bad_base64", "link.corrupt"].contains(&code),
        "{code}"
    );
    println!("decode of 200 KB of junk: {:?} ({code})", started.elapsed());

    // Making a link over the limit fails instead of making one that won't open.
    let too_big: Vec<String> = (0..300).map(|i| noise(1000, i)).collect();
    assert_eq!(
        share::encode(&too_big).unwrap_err(),
        LinkError::TooLarge {
            limit: SizeLimit::LinkText,
            max_bytes: share::MAX_LINK_BYTES as u64
        }
    );
}

#[test]
fn zip_bombs_stop_at_the_decompressed_limit() {
    // 64 MiB of spaces deflates to ~64 KB: well under the link limit.
    let bomb = deflated(&vec![b' '; 64 * 1024 * 1024]);
    let link = raw_link("k1.", &bomb);
    assert!(link.len() < share::MAX_LINK_BYTES, "{}", link.len());
    assert_eq!(
        share::decode::<Value>(&link),
        Err(LinkError::TooLarge {
            limit: SizeLimit::Decompressed,
            max_bytes: share::MAX_JSON_BYTES as u64
        })
    );
    // Just under the limit still opens (whitespace around a JSON 0).
    let mut fits = vec![b' '; share::MAX_JSON_BYTES - 1];
    fits.push(b'0');
    let link = raw_link("k1.", &deflated(&fits));
    assert_eq!(share::decode::<Value>(&link), Ok(json!(0)));
    // And encoding refuses JSON over the limit.
    let huge = "x".repeat(share::MAX_JSON_BYTES);
    assert_eq!(code_of(share::encode(&huge)), "link.too_large");
}

#[test]
fn encrypted_links_frame_and_unframe() {
    let salt = [7u8; share::SALT_LEN];
    let iv = [9u8; share::IV_LEN];
    // Here the "ciphertext" is the plaintext itself: the codec only frames.
    let plaintext = share::deflate_json(&sample_units()).unwrap();
    let link = share::encode_encrypted(&salt, &iv, &plaintext).unwrap();
    assert!(link.starts_with(share::ENCRYPTED_PREFIX));
    assert_eq!(
        share::decode_any(&format!("https://x/#{link}")),
        Ok(Decoded::Encrypted {
            salt,
            iv,
            ciphertext: plaintext.clone()
        })
    );
    assert_eq!(
        share::decode::<Vec<Unit>>(&link),
        Err(LinkError::PassphraseRequired)
    );
    assert_eq!(
        share::open_decrypted::<Vec<Unit>>(&plaintext),
        Ok(sample_units())
    );
    assert_eq!(
        code_of(share::open_decrypted::<Value>(b"nonsense")),
        "link.corrupt"
    );

    // Too short to hold salt, IV and the 16-byte tag.
    for len in [0, 16, 28, 43] {
        let short = raw_link("k1e.", &vec![1u8; len]);
        assert_eq!(
            code_of(share::decode_any(&short)),
            "link.encrypted_malformed",
            "{len}"
        );
    }
    assert!(share::decode_any(&raw_link("k1e.", &[1u8; 44])).is_ok());
    assert_eq!(
        code_of(share::encode_encrypted(&salt, &iv, &[0u8; 15])),
        "link.encrypted_malformed"
    );
    let huge = vec![0u8; share::MAX_LINK_BYTES];
    assert_eq!(
        code_of(share::encode_encrypted(&salt, &iv, &huge)),
        "link.too_large"
    );
}

#[test]
fn link_hash_is_stable_and_ignores_the_wrapping() {
    assert_eq!(kaohe::store::fnv1a64_hex(b""), "cbf29ce484222325");
    assert_eq!(kaohe::store::fnv1a64_hex(b"a"), "af63dc4c8601ec8c");
    let link = share::encode(&sample_units()).unwrap();
    let hash = share::link_hash(&link).unwrap();
    assert_eq!(hash.len(), 16);
    assert_eq!(
        share::link_hash(&format!("https://x/#{link}\n")),
        Ok(hash.clone())
    );
    assert_ne!(share::link_hash("k1.AAAA"), Ok(hash));
    assert_eq!(share::link_hash("  "), Err(LinkError::Empty));
}

#[test]
fn error_codes_are_stable_and_serializable() {
    let err = LinkError::FutureVersion {
        version: 3,
        supported: 1,
    };
    assert_eq!(
        serde_json::to_value(&err).unwrap(),
        json!({ "kind": "future_version", "version": 3, "supported": 1 })
    );
    let back: LinkError = serde_json::from_value(serde_json::to_value(&err).unwrap()).unwrap();
    assert_eq!(back, err);
    assert_eq!(LinkError::WrongPassphrase.code(), "link.wrong_passphrase");
}

#[test]
fn a_one_unit_link_is_short() {
    // About the size of one unit of a scenario: names, ten indicator scores,
    // two adjustments, 360 ratings; the rules travel as a reference.
    let scenario = json!({
        "format": "kaohe-scenario", "version": 1,
        "rules": { "builtin": "example", "version": 1 },
        "units": [{
            "id": "u1", "name": "城关镇人民政府", "category": "township",
            "indicators": (1..=10).map(|i| json!({ "id": format!("i{i}"), "score": format!("{}.5", 80 + i) })).collect::<Vec<_>>(),
            "adjustments": [
                { "rule": "bonus.provincial_award", "count": 1, "note": "省级表彰" },
                { "rule": "deduction.safety_incident", "count": 1 }
            ],
            "feedback": { "superior": "88.0", "peer": "85.5", "subordinate": "90.0", "public": "86.0" },
            "cadres": [{ "id": "c1", "name": "张三", "post": "党委书记" }]
        }]
    });
    let link = share::encode(&scenario).unwrap();
    println!("one-unit link: {} characters", link.len());
    assert!(link.len() < 1000, "{}", link.len());
    assert_eq!(share::decode::<Value>(&link), Ok(scenario));
}

#[test]
fn a_changed_text_inside_the_payload_fails_the_checksum() {
    // Stored (uncompressed) zlib blocks keep the JSON text visible, so an
    // edit of one letter inside a name is exactly the tampering that raw
    // DEFLATE would let through as different text.
    let json = br#"{"name":"Alice"}"#;
    let mut stored = miniz_oxide::deflate::compress_to_vec_zlib(json, 0);
    let at = stored
        .windows(5)
        .position(|w| w == b"Alice")
        .expect("a stored block holds the text verbatim");
    stored[at] = b'B';
    let link = raw_link("k1.", &stored);
    assert_eq!(code_of(share::decode::<Value>(&link)), "link.corrupt");
    // The untouched stored payload decodes.
    let good = raw_link("k1.", &miniz_oxide::deflate::compress_to_vec_zlib(json, 0));
    assert_eq!(
        share::decode::<Value>(&good).ok(),
        Some(json!({"name": "Alice"}))
    );
}
