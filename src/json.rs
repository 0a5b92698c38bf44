//! The one way Kaohe reads and writes JSON.
//!
//! serde generates the (de)serializer of every type once per serde_json
//! reader or writer it is used with: reading a Scenario from a `&str`, from
//! bytes and from a `Value` were three copies of the same large code, and
//! writing it compact, pretty and to a `Value` three more. That was about a
//! fifth of the wasm (BENCHMARKS.md, "Bundle"). So every typed read goes
//! through [`from_str`] and every typed write through [`to_string`]; bytes,
//! `Value`s and pretty text are derived from those, at the cost of one extra
//! pass over the text where they are used (file export, drafts, the
//! tolerance API: never in a hot path).

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// Reads `T` from JSON text.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, serde_json::Error> {
    serde_json::from_str(text)
}

/// Reads `T` from JSON bytes; invalid UTF-8 is a JSON error, as in
/// `serde_json::from_slice`.
pub fn from_slice<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, serde_json::Error> {
    match std::str::from_utf8(bytes) {
        Ok(text) => from_str(text),
        // serde_json's own message for the same input.
        Err(_) => Err(serde::de::Error::custom("invalid unicode code point")),
    }
}

/// Reads `T` from a `Value`. The error message has no position (a position
/// in re-written text would mean nothing to the reader).
pub fn from_value<T: DeserializeOwned>(value: &Value) -> Result<T, String> {
    from_str(&value.to_string()).map_err(|e| without_position(&e))
}

/// Writes `value` as compact JSON.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, serde_json::Error> {
    serde_json::to_string(value)
}

/// Writes `value` as a `Value`.
pub fn to_value<T: Serialize + ?Sized>(value: &T) -> Result<Value, serde_json::Error> {
    from_str(&to_string(value)?)
}

/// Writes `value` as indented JSON (for files people read): exactly
/// `serde_json::to_string_pretty`'s text, members in declaration order.
pub fn to_string_pretty<T: Serialize + ?Sized>(value: &T) -> Result<String, serde_json::Error> {
    Ok(indent(&to_string(value)?))
}

/// Re-indents compact JSON text as serde_json's pretty printer does: two
/// spaces, `": "` after keys, empty arrays and objects kept as `[]`/`{}`.
fn indent(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                let close = if c == '{' { '}' } else { ']' };
                if chars.peek() == Some(&close) {
                    out.push(close);
                    chars.next();
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

/// A serde_json error's message without " at line L column C".
pub fn without_position(err: &serde_json::Error) -> String {
    let text = err.to_string();
    let suffix = format!(" at line {} column {}", err.line(), err.column());
    match text.strip_suffix(&suffix) {
        Some(message) => message.to_string(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::example::example_county;
    use crate::engine::Scenario;

    #[test]
    fn every_route_gives_the_same_scenario() {
        let s = example_county();
        let text = to_string(&s).unwrap();
        assert_eq!(text, serde_json::to_string(&s).unwrap());
        let value = to_value(&s).unwrap();
        assert_eq!(value, serde_json::to_value(&s).unwrap());
        assert_eq!(
            to_string_pretty(&s).unwrap(),
            serde_json::to_string_pretty(&s).unwrap()
        );
        assert_eq!(from_str::<Scenario>(&text).unwrap(), s);
        assert_eq!(from_slice::<Scenario>(text.as_bytes()).unwrap(), s);
        assert_eq!(from_value::<Scenario>(&value).unwrap(), s);
    }

    #[test]
    fn pretty_text_is_serde_json_s() {
        let cases = [
            serde_json::json!({}),
            serde_json::json!([]),
            serde_json::json!({"a": [], "b": {}, "c": [1, {"d": "x\\\"]:{,"}], "e": null}),
            serde_json::json!("a \\ b \" c"),
            serde_json::json!([[[]], [{}], 1.5, -2, true]),
        ];
        for v in cases {
            assert_eq!(
                to_string_pretty(&v).unwrap(),
                serde_json::to_string_pretty(&v).unwrap()
            );
        }
        let rules = crate::engine::RuleSet::builtin();
        assert_eq!(
            to_string_pretty(&rules).unwrap(),
            serde_json::to_string_pretty(&rules).unwrap()
        );
    }

    #[test]
    fn errors_read_as_serde_json_s() {
        let value = serde_json::json!({ "units": 3 });
        let direct = serde_json::from_value::<Scenario>(value.clone()).unwrap_err();
        assert_eq!(
            from_value::<Scenario>(&value).unwrap_err(),
            direct.to_string()
        );
        let bad = [0x22, 0xff, 0x22];
        assert!(serde_json::from_slice::<String>(&bad).is_err());
        assert!(from_slice::<String>(&bad).is_err());
        assert_eq!(
            without_position(&serde_json::from_str::<Value>("[1").unwrap_err()),
            "EOF while parsing a list"
        );
    }
}
