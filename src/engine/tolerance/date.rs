//! A tiny civil (proleptic Gregorian) date: parse and format ISO
//! `YYYY-MM-DD`, weekday, and day arithmetic through a day number
//! (days from 1970-01-01, Howard Hinnant's `days_from_civil`).
//!
//! Invariant: a `CivilDate` always holds a valid date of the years
//! 0001–9999; every constructor checks, and arithmetic that would leave the
//! range is an error, never a panic.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// First and last representable day numbers (0001-01-01 and 9999-12-31).
const MIN_DAY: i64 = -719_162;
const MAX_DAY: i64 = 2_932_896;

/// Why a date string or a date computation was rejected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD` with a real month and day.
    Invalid,
    /// Outside the years 0001–9999.
    OutOfRange,
}

/// A calendar date, ordered chronologically; JSON form `"YYYY-MM-DD"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    /// Days since 1970-01-01 (negative before).
    day: i64,
}

/// Days from 1970-01-01 to the civil date `y-m-d` (m in 1..=12, d valid).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date `(y, m, d)` of a day number (inverse of `days_from_civil`).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl CivilDate {
    /// The date `year-month-day`, if it exists and lies in 0001–9999.
    pub fn new(year: i64, month: i64, day: i64) -> Result<CivilDate, DateError> {
        if !(1..=9999).contains(&year) {
            return Err(DateError::OutOfRange);
        }
        if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
            return Err(DateError::Invalid);
        }
        Ok(CivilDate {
            day: days_from_civil(year, month, day),
        })
    }

    /// Parses exactly `YYYY-MM-DD` (four-digit year, two-digit month and day).
    pub fn parse(s: &str) -> Result<CivilDate, DateError> {
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| -> Option<i64> {
            let part = b.get(r)?;
            part.iter().try_fold(0i64, |acc, &c| {
                c.is_ascii_digit().then(|| acc * 10 + i64::from(c - b'0'))
            })
        };
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(DateError::Invalid);
        }
        match (digits(0..4), digits(5..7), digits(8..10)) {
            (Some(0), Some(_), Some(_)) => Err(DateError::OutOfRange),
            (Some(y), Some(m), Some(d)) => CivilDate::new(y, m, d),
            _ => Err(DateError::Invalid),
        }
    }

    /// The date with the given day number (days since 1970-01-01).
    pub fn from_day_number(day: i64) -> Result<CivilDate, DateError> {
        if (MIN_DAY..=MAX_DAY).contains(&day) {
            Ok(CivilDate { day })
        } else {
            Err(DateError::OutOfRange)
        }
    }

    /// Days since 1970-01-01.
    pub fn day_number(self) -> i64 {
        self.day
    }

    /// `(year, month, day)`.
    pub fn ymd(self) -> (i64, i64, i64) {
        civil_from_days(self.day)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).
    pub fn iso_weekday(self) -> u8 {
        // rem_euclid(7) is in 0..7, so the cast cannot truncate.
        ((self.day + 3).rem_euclid(7) + 1) as u8
    }

    /// Saturday or Sunday.
    pub fn is_weekend(self) -> bool {
        self.iso_weekday() >= 6
    }

    /// The date `n` days later (earlier when negative).
    pub fn add_days(self, n: i64) -> Result<CivilDate, DateError> {
        self.day
            .checked_add(n)
            .ok_or(DateError::OutOfRange)
            .and_then(CivilDate::from_day_number)
    }
}

impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl Serialize for CivilDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for CivilDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        CivilDate::parse(&s)
            .map_err(|_| serde::de::Error::custom(format!("invalid date {s:?} (want YYYY-MM-DD)")))
    }
}
