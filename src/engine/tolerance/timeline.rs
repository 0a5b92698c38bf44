//! The procedure timeline in working days (domain 4.9): the first step's
//! limit runs from the application date, each later step's from the
//! previous step's due date, that day excluded. A working day is a listed
//! make-up working day (调休), or a Monday–Friday that is not a listed
//! holiday. A step's one extension, when the case uses it, adds its days to
//! the step's limit.
//!
//! Every loop is bounded: a step whose due date would lie more than
//! [`MAX_STEP_SPAN_DAYS`] calendar days after its start is an error.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::case::ToleranceCase;
use super::date::{CivilDate, DateError};
use super::rules::{unique_ids, Calendar, ToleranceRules};
use super::texts::{self, Note};
use super::ToleranceError;

/// The most calendar days one step may span (about ten years).
pub const MAX_STEP_SPAN_DAYS: u32 = 3660;

/// Parses a date of field `field`, or a typed error naming both.
pub fn parse_date(field: &str, value: &str) -> Result<CivilDate, ToleranceError> {
    CivilDate::parse(value).map_err(|_: DateError| ToleranceError::InvalidDate {
        field: field.to_string(),
        value: value.to_string(),
    })
}

/// The parsed working-day calendar.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WorkCalendar {
    holidays: BTreeSet<CivilDate>,
    makeup: BTreeSet<CivilDate>,
}

impl WorkCalendar {
    /// Parses the rules' calendar; errors on an invalid date or on a date
    /// listed both as a holiday and as a make-up working day.
    pub fn new(cal: &Calendar) -> Result<WorkCalendar, ToleranceError> {
        let parse_all = |field: &str, list: &[String]| {
            list.iter()
                .map(|s| parse_date(field, s))
                .collect::<Result<BTreeSet<_>, _>>()
        };
        let holidays = parse_all("calendar.holidays", &cal.holidays)?;
        let makeup = parse_all("calendar.makeup_workdays", &cal.makeup_workdays)?;
        if let Some(d) = holidays.intersection(&makeup).next() {
            return Err(ToleranceError::CalendarConflict {
                date: d.to_string(),
            });
        }
        Ok(WorkCalendar { holidays, makeup })
    }

    /// Whether `d` is a working day.
    pub fn is_working_day(&self, d: CivilDate) -> bool {
        self.makeup.contains(&d) || (!d.is_weekend() && !self.holidays.contains(&d))
    }

    /// The `n`th working day after `from` (`from` excluded); `from` itself
    /// when `n` is 0. `None` when that lies more than `MAX_STEP_SPAN_DAYS`
    /// days later or past 9999-12-31.
    pub fn add_working_days(&self, from: CivilDate, n: u32) -> Option<CivilDate> {
        let mut left = n;
        let mut day = from;
        for _ in 0..MAX_STEP_SPAN_DAYS {
            if left == 0 {
                return Some(day);
            }
            day = day.add_days(1).ok()?;
            if self.is_working_day(day) {
                left -= 1;
            }
        }
        (left == 0).then_some(day)
    }
}

/// One step with its due date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepDue {
    pub id: String,
    pub zh: String,
    pub en: String,
    pub citation: String,
    /// The step's limit in working days (without extension).
    pub limit_days: u32,
    /// Whether the case uses the step's extension.
    pub extended: bool,
    /// Working days counted: the limit, plus the extension when used.
    pub working_days: u32,
    /// The day the count runs from (excluded).
    pub from: CivilDate,
    /// The due date.
    pub due: CivilDate,
}

/// The procedure's due dates.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timeline {
    pub application_date: CivilDate,
    pub steps: Vec<StepDue>,
    /// True when no holiday or make-up day is listed (the screen says so).
    pub calendar_empty: bool,
    /// The calendar notice in both languages.
    pub calendar_note: Note,
}

/// The due date of each step of `rules`, from `application_date`, with the
/// extensions of the steps named in `extensions`.
pub fn timeline(
    rules: &ToleranceRules,
    application_date: CivilDate,
    extensions: &[String],
) -> Result<Timeline, ToleranceError> {
    unique_ids("steps", rules.steps.iter().map(|s| s.id.as_str()))?;
    for id in extensions {
        match rules.steps.iter().find(|s| &s.id == id) {
            None => return Err(ToleranceError::UnknownStep { id: id.clone() }),
            Some(s) if s.extension_days == 0 => {
                return Err(ToleranceError::NoExtension { id: id.clone() })
            }
            Some(_) => {}
        }
    }
    let cal = WorkCalendar::new(&rules.calendar)?;
    let mut from = application_date;
    let mut steps = Vec::with_capacity(rules.steps.len());
    for s in &rules.steps {
        let extended = extensions.contains(&s.id);
        let extra = if extended { s.extension_days } else { 0 };
        let too_long = || ToleranceError::TimelineTooLong {
            step: s.id.clone(),
            max_days: MAX_STEP_SPAN_DAYS,
        };
        let working_days = s.limit_days.checked_add(extra).ok_or_else(too_long)?;
        let due = cal
            .add_working_days(from, working_days)
            .ok_or_else(too_long)?;
        steps.push(StepDue {
            id: s.id.clone(),
            zh: s.zh.clone(),
            en: s.en.clone(),
            citation: s.citation.clone(),
            limit_days: s.limit_days,
            extended,
            working_days,
            from,
            due,
        });
        from = due;
    }
    let (h, m) = (cal.holidays.len(), cal.makeup.len());
    Ok(Timeline {
        application_date,
        steps,
        calendar_empty: h == 0 && m == 0,
        calendar_note: texts::calendar(h, m),
    })
}

/// The timeline of a case: `None` without an application date.
pub fn case_timeline(
    rules: &ToleranceRules,
    case: &ToleranceCase,
) -> Result<Option<Timeline>, ToleranceError> {
    match case.application_date.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(d) => {
            let start = parse_date("application_date", d)?;
            timeline(rules, start, &case.extensions).map(Some)
        }
    }
}
