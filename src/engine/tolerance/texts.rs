//! The fixed texts a tolerance result carries, each with a stable key and
//! both languages: the advisory notice, what each verdict changes, the
//! calendar notice and the clearance statements.

use serde::{Deserialize, Serialize};

use super::verdict::Verdict;

/// A text with a stable key, in Chinese and English.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub key: String,
    pub zh: String,
    pub en: String,
}

impl Note {
    pub fn new(key: &str, zh: impl Into<String>, en: impl Into<String>) -> Note {
        Note {
            key: key.into(),
            zh: zh.into(),
            en: en.into(),
        }
    }
}

/// Every result is advice for the deciding body.
pub fn advisory() -> Note {
    Note::new(
        "advisory",
        "本结论仅为建议，供有关党组织作出容错认定时参考；是否容错由其依规决定。",
        "This is advice for the deciding Party body; whether to tolerate is its decision under the rules.",
    )
}

/// What the verdict changes for the cadre.
pub fn effect(verdict: Verdict) -> Note {
    match verdict {
        Verdict::Tolerable => Note::new(
            "effect_exempt",
            "予以容错（免责）的，年度考核等次、选拔任用和评优评先不受影响。",
            "If tolerance is granted (exempted), the annual grade, promotion and awards are unaffected.",
        ),
        Verdict::Lighter => Note::new(
            "effect_lighter",
            "可从轻或减轻追究责任。",
            "Liability may be lightened or reduced.",
        ),
        Verdict::NotTolerable => Note::new(
            "effect_none",
            "不适用容错，依规依纪依法处理。",
            "Tolerance does not apply; the case is handled under the applicable rules.",
        ),
        Verdict::ToVerify => Note::new(
            "effect_pending",
            "核实所列事项后再提出建议。",
            "Verify the listed questions before advising.",
        ),
    }
}

/// Whether the working-day calendar lists any day.
pub fn calendar(holidays: usize, makeup: usize) -> Note {
    if holidays == 0 && makeup == 0 {
        Note::new(
            "calendar_empty",
            "节假日和调休上班日列表为空：工作日只跳过周末。请在规则中填写本年度放假安排。",
            "The holiday and make-up working day lists are empty: only weekends are skipped. Enter this year's holiday arrangement in the rules.",
        )
    } else {
        Note::new(
            "calendar_listed",
            format!("工作日按规则所列 {holidays} 个节假日和 {makeup} 个调休上班日计算。"),
            format!("Working days count the {holidays} listed holidays and {makeup} make-up working days."),
        )
    }
}

/// The clearance statement that the report proved false and the name is
/// cleared.
pub fn name_cleared(cadre: &str, unit: &str) -> Note {
    let (zh_who, en_who) = match (cadre.trim(), unit.trim()) {
        ("", "") => ("该干部".to_string(), "the cadre".to_string()),
        (c, "") => (c.to_string(), c.to_string()),
        ("", u) => (format!("{u}该干部"), format!("the cadre of {u}")),
        (c, u) => (format!("{u}{c}同志"), format!("{c} ({u})")),
    };
    Note::new(
        "name_cleared",
        format!("经调查核实，反映{zh_who}的问题失实，予以澄清正名。"),
        format!(
            "The investigation found the report about {en_who} to be false; the name is cleared."
        ),
    )
}

/// How the name is cleared.
pub fn cleared_by(method_zh: &str, method_en: &str, date: &str, issued_by: &str) -> Note {
    let (mut zh, mut en) = (
        format!("澄清方式：{method_zh}"),
        format!("Cleared by: {method_en}"),
    );
    if !date.is_empty() {
        zh.push_str(&format!("；日期：{date}"));
        en.push_str(&format!("; date: {date}"));
    }
    if !issued_by.trim().is_empty() {
        let by = issued_by.trim();
        zh.push_str(&format!("；澄清单位：{by}"));
        en.push_str(&format!("; issued by: {by}"));
    }
    zh.push('。');
    en.push('.');
    Note::new("cleared_by", zh, en)
}

/// A cleared report carries no negative effect.
pub fn no_negative_effect() -> Note {
    Note::new(
        "no_negative_effect",
        "该问题反映不影响其考核评价、选拔任用和评优评先，不产生任何负面影响。",
        "The report carries no negative effect: it does not count against the cadre's appraisal, promotion or awards.",
    )
}
