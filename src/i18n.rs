//! The one translation table: every UI string in zh-CN (first) and English.
//!
//! Labels of rule items (indicators, event kinds, tolerance items) are rule
//! data and carry their own `zh`/`en` fields; everything else the UI shows
//! is a [`Text`] key here. Pure Rust, tested natively.

use serde::{Deserialize, Serialize};

/// The two UI languages. Chinese is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh-CN")]
    Zh,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// Parses a stored tag; anything unknown falls back to Chinese.
    pub fn from_tag(tag: &str) -> Lang {
        match tag {
            "en" => Lang::En,
            _ => Lang::Zh,
        }
    }

    /// The other language (for the toggle).
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// Picks the zh or en variant of a label pair (used for rule data labels).
    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

macro_rules! texts {
    ($($key:ident => $zh:literal, $en:literal;)*) => {
        /// A key of the translation table.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Text { $($key),* }

        impl Text {
            /// Every key, for completeness tests.
            pub const ALL: &'static [Text] = &[$(Text::$key),*];

            /// The string for `lang`.
            pub fn get(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((Text::$key, Lang::Zh) => $zh, (Text::$key, Lang::En) => $en,)*
                }
            }
        }
    };
}

texts! {
    AppTitle => "干部考核与容错计算器", "Cadre Appraisal and Fault-Tolerance Calculator";
    AppSubtitle => "年度目标责任考核 · 平时考核 · 个人考核 · 容错纠错", "Annual, quarterly and individual assessment · fault tolerance";
    LangToggle => "English", "中文";
    LangToggleLabel => "切换到英文界面", "Switch to Chinese";
    NavLabel => "主要页面", "Main screens";
    ScreenCalc => "考核计算", "Assessment";
    ScreenWhatIf => "情景模拟", "What-if";
    ScreenTolerance => "容错纠错", "Fault tolerance";
    ScreenRules => "规则", "Rules";
    ScreenDrafts => "草稿", "Drafts";
    FooterPrivacy => "所有数据仅保存在本浏览器中，不会发送到任何服务器。", "All data stays in this browser; nothing is sent to any server.";
    FooterAdvisory => "计算结果仅供参考，谈话、组织处理与容错认定由有关党组织决定。", "Results are advisory: talks, organizational handling and tolerance are decided by the Party bodies concerned.";
    PlaceholderCalc => "本页将列出各考核分组的单位得分、排名、等次、奖项与提醒。", "This screen will list each ranking group's units with totals, ranks, grades, awards and flags.";
    PlaceholderWhatIf => "本页将比较情景与基准，并反推达到目标等次或名次所需的条件。", "This screen will compare scenarios with the baseline and seek what a unit needs to reach a grade or rank.";
    PlaceholderTolerance => "本页将按“三个区分开来”和正负面清单给出容错建议。", "This screen will check a case against the three distinctions and the positive and negative lists.";
    PlaceholderRules => "本页将显示并编辑考核规则（示例规则）。", "This screen will show and edit the scoring rules (example rules).";
    PlaceholderDrafts => "本页将管理保存在本浏览器中的草稿。", "This screen will manage the drafts saved in this browser.";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_has_both_languages_and_they_differ() {
        for &t in Text::ALL {
            let (zh, en) = (t.get(Lang::Zh), t.get(Lang::En));
            assert!(!zh.trim().is_empty(), "{t:?} has no Chinese");
            assert!(!en.trim().is_empty(), "{t:?} has no English");
            assert_ne!(zh, en, "{t:?} is not translated");
        }
    }

    #[test]
    fn chinese_strings_contain_chinese() {
        let han = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        for &t in Text::ALL {
            if t != Text::LangToggle {
                assert!(han(t.get(Lang::Zh)), "{t:?} zh is not Chinese");
            }
        }
    }

    #[test]
    fn lang_tags_round_trip_and_default_to_chinese() {
        for l in [Lang::Zh, Lang::En] {
            assert_eq!(Lang::from_tag(l.tag()), l);
            assert_eq!(l.other().other(), l);
        }
        assert_eq!(Lang::from_tag("fr"), Lang::Zh);
        assert_eq!(Lang::default(), Lang::Zh);
        assert_eq!(Text::AppTitle.get(Lang::Zh), "干部考核与容错计算器");
    }
}
