//! Parsing numbers typed by people: ASCII or full-width digits (０-９), a
//! decimal point (. or full-width ．, or the ideographic 。), an optional
//! sign (+ - or full-width ＋ －), thousands separators (, ，) between digit
//! groups, and surrounding spaces (including the ideographic space).
//! Anything else is an error with a reason; nothing is silently coerced.
//! Pure Rust, tested natively; the UI's number fields use it.

use std::str::FromStr;

use rust_decimal::Decimal;

/// Why a typed number was refused (the UI translates the code).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumError {
    /// Nothing typed where a number is required.
    Empty,
    /// A character that is not part of a number.
    NotANumber,
    /// More digits than a score can hold.
    TooLong,
    /// A fraction where a whole number is required.
    NotWhole,
    /// Zero or below where only a positive number makes sense.
    NotPositive,
    /// Below the field's minimum.
    BelowMin,
    /// Above the field's maximum.
    AboveMax,
}

impl NumError {
    /// A stable code (for tests and the translation table).
    pub fn code(self) -> &'static str {
        match self {
            NumError::Empty => "num.empty",
            NumError::NotANumber => "num.not_a_number",
            NumError::TooLong => "num.too_long",
            NumError::NotWhole => "num.not_whole",
            NumError::NotPositive => "num.not_positive",
            NumError::BelowMin => "num.below_min",
            NumError::AboveMax => "num.above_max",
        }
    }
}

/// Maps full-width forms to ASCII; other characters pass through.
fn normalize_char(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        '．' | '。' => '.',
        '－' | '−' => '-',
        '＋' => '+',
        '，' => ',',
        _ => c,
    }
}

/// Parses a decimal number as typed. `Ok(None)` for an empty field.
pub fn parse_decimal(text: &str) -> Result<Option<Decimal>, NumError> {
    let trimmed = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    if trimmed.is_empty() {
        return Ok(None);
    }
    let ascii: String = trimmed.chars().map(normalize_char).collect();
    // Thousands separators only between groups of exactly three digits.
    let cleaned = strip_group_separators(&ascii).ok_or(NumError::NotANumber)?;
    let body = cleaned.strip_prefix(['+', '-']).unwrap_or(&cleaned);
    let valid = !body.is_empty()
        && body.chars().all(|c| c.is_ascii_digit() || c == '.')
        && body.chars().filter(|&c| c == '.').count() <= 1
        && body.chars().any(|c| c.is_ascii_digit());
    if !valid {
        return Err(NumError::NotANumber);
    }
    if body.chars().filter(char::is_ascii_digit).count() > 24 {
        return Err(NumError::TooLong);
    }
    Decimal::from_str(&cleaned)
        .map(Some)
        .map_err(|_| NumError::TooLong)
}

fn strip_group_separators(s: &str) -> Option<String> {
    if !s.contains(',') {
        return Some(s.to_owned());
    }
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    if frac.is_some_and(|f| f.contains(',')) {
        return None;
    }
    let (sign, digits) = match int.strip_prefix(['+', '-']) {
        Some(rest) => (&int[..1], rest),
        None => ("", int),
    };
    let groups: Vec<&str> = digits.split(',').collect();
    let first_ok = groups.first().is_some_and(|g| (1..=3).contains(&g.len()));
    if !first_ok || groups.iter().skip(1).any(|g| g.len() != 3) {
        return None;
    }
    let mut out = String::from(sign);
    out.extend(groups);
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    Some(out)
}

/// Bounds for a number field.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Bounds {
    pub min: Option<Decimal>,
    pub max: Option<Decimal>,
    pub whole: bool,
    /// Strictly above zero (a target: 0 cannot divide).
    pub positive: bool,
}

/// Parses and checks against `bounds`.
pub fn parse_bounded(text: &str, bounds: Bounds) -> Result<Option<Decimal>, NumError> {
    let Some(v) = parse_decimal(text)? else {
        return Ok(None);
    };
    if bounds.whole && v.fract() != Decimal::ZERO {
        return Err(NumError::NotWhole);
    }
    if bounds.positive && v <= Decimal::ZERO {
        return Err(NumError::NotPositive);
    }
    if bounds.min.is_some_and(|m| v < m) {
        return Err(NumError::BelowMin);
    }
    if bounds.max.is_some_and(|m| v > m) {
        return Err(NumError::AboveMax);
    }
    Ok(Some(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap_or_default()
    }

    #[test]
    fn ascii_and_full_width_forms_parse_to_the_same_value() {
        for (input, want) in [
            ("85.5", "85.5"),
            ("８５．５", "85.5"),
            ("８５。５", "85.5"),
            (" 12 ", "12"),
            ("\u{3000}１２\u{3000}", "12"),
            ("-3", "-3"),
            ("－３", "-3"),
            ("+0.75", "0.75"),
            ("1,234.5", "1234.5"),
            ("１，２３４", "1234"),
            (".5", "0.5"),
            ("5.", "5"),
        ] {
            assert_eq!(parse_decimal(input), Ok(Some(d(want))), "{input:?}");
        }
    }

    #[test]
    fn empty_is_none_and_nonsense_is_an_error() {
        assert_eq!(parse_decimal(""), Ok(None));
        assert_eq!(parse_decimal("   "), Ok(None));
        for bad in [
            "abc",
            "1.2.3",
            "12a",
            "--1",
            "1e5",
            "NaN",
            ".",
            "1,23",
            "12,345,67",
            "1.2,3",
            "八十",
        ] {
            assert_eq!(parse_decimal(bad), Err(NumError::NotANumber), "{bad:?}");
        }
        assert_eq!(parse_decimal(&"9".repeat(40)), Err(NumError::TooLong));
    }

    #[test]
    fn bounds_are_checked_not_clamped() {
        let b = Bounds {
            min: Some(d("0")),
            max: Some(d("100")),
            whole: false,
            positive: false,
        };
        assert_eq!(parse_bounded("100", b), Ok(Some(d("100"))));
        assert_eq!(parse_bounded("100.01", b), Err(NumError::AboveMax));
        assert_eq!(parse_bounded("-1", b), Err(NumError::BelowMin));
        let whole = Bounds { whole: true, ..b };
        assert_eq!(parse_bounded("3.5", whole), Err(NumError::NotWhole));
        let positive = Bounds {
            positive: true,
            ..Bounds::default()
        };
        for bad in ["0", "-0", "0.00", "-3"] {
            assert_eq!(
                parse_bounded(bad, positive),
                Err(NumError::NotPositive),
                "{bad}"
            );
        }
        assert_eq!(parse_bounded("0.01", positive), Ok(Some(d("0.01"))));
        assert_eq!(parse_bounded("３", whole), Ok(Some(d("3"))));
        assert_eq!(parse_bounded("", whole), Ok(None));
    }
}
