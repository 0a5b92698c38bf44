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

    /// `inner` in parentheses after a word: "（…）" in Chinese, " (…)" in
    /// English.
    pub fn paren(self, inner: &str) -> String {
        match self {
            Lang::Zh => format!("（{inner}）"),
            Lang::En => format!(" ({inner})"),
        }
    }

    /// A label and its value: "标签：值" in Chinese, "Label: value" in
    /// English.
    pub fn labelled(self, label: &str, value: &str) -> String {
        match self {
            Lang::Zh => format!("{label}：{value}"),
            Lang::En => format!("{label}: {value}"),
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
    // Shared: number fields (numinput::NumError) and common actions
    NumEmpty => "请填写数值", "A number is required";
    NumNotANumber => "不是有效的数字（可用全角或半角数字与小数点）", "Not a number (ASCII or full-width digits and a decimal point)";
    NumTooLong => "数字过长", "The number is too long";
    NumNotWhole => "须为整数", "Must be a whole number";
    NumNotPositive => "须大于 0", "Must be greater than 0";
    NumBelowMin => "小于允许的最小值", "Below the minimum allowed";
    NumAboveMax => "大于允许的最大值", "Above the maximum allowed";
    Undo => "撤销", "Undo";
    Redo => "重做", "Redo";
    // Engine vocabulary: grades, awards, flags (engine::types)
    GradeExcellent => "优秀", "Excellent";
    GradeGood => "良好", "Good";
    GradeFair => "一般", "Fair";
    GradePoor => "较差", "Poor";
    CadreExcellent => "优秀", "Excellent";
    CadreCompetent => "称职", "Competent";
    CadreBasicallyCompetent => "基本称职", "Basically competent";
    CadreIncompetent => "不称职", "Incompetent";
    AwardAllRound => "全能冠军", "All-round champion";
    AwardSingleItem => "单项冠军", "Single-item champion";
    AwardLedThroughout => "一直领先", "Led throughout";
    AwardMostImproved => "进步最快", "Most improved";
    ActionReminderTalk => "建议提醒谈话", "Reminder talk suggested";
    ActionAdmonishment => "建议诫勉谈话", "Admonishment talk suggested";
    ActionOrganizationalHandling => "建议组织处理", "Organizational handling suggested";
    ActionAccountability => "建议责任追究", "Accountability proceedings suggested";
    ActionSupervisorTalk => "建议约谈提醒", "Talk with the supervising leader suggested";
    ActionCloseExamination => "连续两年靠后：暂缓提拔与奖励，重点考察", "Bottom two years running: promotions and bonuses held back, close examination";
    ActionNotRecommended => "本年度不建议提拔", "Not recommended for promotion this year";
    ActionRetraining => "补考未通过：回炉淬炼", "Re-sit failed: re-training";
    ActionResitRequired => "未及格：须补考", "Failed: re-sit required";
    ActionMissedTest => "缺考", "Missed test";
    LevelNational => "国家级", "National";
    LevelProvincial => "省级", "Provincial";
    LevelCity => "市级", "City";
    Tied => "并列", "tied";
    PanicTitle => "计算器遇到内部错误，已停止运行。", "The calculator hit an internal error and stopped.";
    PanicBody => "您的草稿在编辑时已自动保存。请重新加载页面继续工作；如问题重复出现，请导出草稿并反馈。", "Your draft was saved automatically as you worked. Reload the page to continue; if this happens again, export the draft and report it.";
    PanicReload => "重新加载", "Reload";
    // 考核计算 screen (roster, unit editor, cadres, trace)
    CalcIntro => "按考核分组列出各单位的总分、名次（含并列）、等次、奖项与提醒。点击单位名称编辑数据，点击总分或提醒查看计算过程。结果仅供参考。", "Each ranking group's units with total, rank (ties shown), grade, awards and flags. Choose a unit's name to edit its data, a total or a flag to see how it was computed. Results are advisory.";
    CalcToolbar => "编辑操作", "Editing";
    CalcUndoHint => "撤销上一步编辑（Ctrl+Z）", "Undo the last edit (Ctrl+Z)";
    CalcRedoHint => "重做（Ctrl+Shift+Z 或 Ctrl+Y）", "Redo (Ctrl+Shift+Z or Ctrl+Y)";
    CalcBlankCounty => "新建空白县", "New blank county";
    CalcBlankDone => "已新建空白县（规则保留）。可点击“撤销”恢复原数据。", "Started a blank county (the rules are kept). Undo brings the data back.";
    CalcEmptyCounty => "还没有单位。在下面的考核分组中点击“新增单位”开始录入。", "No units yet. Choose “Add a unit” under a ranking group to start.";
    CalcRemoved => "已删除“{name}”。可点击“撤销”恢复。", "Removed “{name}”. Undo brings it back.";
    CalcNewUnitName => "新单位{n}", "New unit {n}";
    CalcCopySuffix => "（副本）", " (copy)";
    CalcUnknownGroup => "规则中没有的分组：{id}", "Group not in the rules: {id}";
    CalcGroupSummary => "（{n} 个单位，优秀名额 {slots} 个）", " ({n} units, {slots} excellent slots)";
    CalcGroupCount => "（{n} 个单位）", " ({n} units)";
    CalcGroupEmpty => "本组暂无单位。", "No units in this group yet.";
    CalcAddUnit => "在“{group}”中新增单位", "Add a unit to “{group}”";
    CalcColName => "单位", "Unit";
    CalcColTotal => "总分", "Total";
    CalcColRank => "名次", "Rank";
    CalcColGrade => "等次", "Grade";
    CalcColAwards => "奖项", "Awards";
    CalcColFlags => "提醒（建议）", "Flags (advice)";
    CalcColMovement => "较上年", "vs last year";
    CalcColActions => "操作", "Actions";
    CalcShowTrace => "（查看计算过程）", " (show how it was computed)";
    CalcShowTraceButton => "查看总分计算过程", "Show how the total was computed";
    CalcUnranked => "未排名（数据不完整）", "Not ranked (incomplete)";
    CalcVetoed => "一票否决", "Vetoed";
    CalcMoveUp => "比上年上升 {n} 位", "up {n} places on last year";
    CalcMoveDown => "比上年下降 {n} 位", "down {n} places on last year";
    CalcMoveSame => "持平", "same";
    CalcMoveNone => "上年无名次", "no rank last year";
    CalcDuplicate => "复制", "Duplicate";
    CalcRemove => "删除", "Remove";
    CalcRemoveNamed => "移除“{name}”", "Remove “{name}”";
    CalcClose => "关闭", "Close";
    CalcCloseEditor => "关闭编辑（Esc）", "Close editor (Esc)";
    CalcEditorTitle => "编辑单位：{name}", "Edit unit: {name}";
    CalcEditorHint => "修改后按回车或离开输入框即生效，每次修改可撤销。按 Esc 关闭。", "A change applies on Enter or when leaving the field; each change can be undone. Esc closes.";
    CalcNoResult => "暂无计算结果（请先更正上方提示的错误）。", "No result yet (correct the error shown above first).";
    CalcSummaryTotal => "总分 {t}", "Total {t}";
    CalcSummaryRank => "第 {r} 名", "rank {r}";
    CalcSummaryQuota => "干部职工优秀名额 {q} 个", "staff excellent quota {q}";
    CalcBasics => "基本信息", "Basic facts";
    CalcUnitName => "单位名称", "Unit name";
    CalcUnitId => "单位编号", "Unit id";
    CalcUnitGroup => "考核分组", "Ranking group";
    CalcUnitKind => "单位类型", "Unit kind";
    CalcKindTown => "镇办", "Town";
    CalcKindDepartment => "县直部门", "County department";
    CalcStaff => "干部职工人数", "Staff (civil servants)";
    CalcStaffHint => "用于计算本单位干部职工优秀名额", "For the unit's staff excellent quota";
    CalcLastRank => "上年名次", "Last year's rank";
    CalcLastGrade => "上年等次", "Last year's grade";
    CalcNone => "（无）", "(none)";
    CalcIndicators => "核心指标", "Indicators";
    CalcNoIndicators => "尚未添加指标。未添加指标的单位只显示、不排名。", "No indicators yet. A unit without indicators is shown but not ranked.";
    CalcIndicator => "指标", "Indicator";
    CalcDirection => "方向", "Direction";
    CalcDirHigher => "越高越好", "Higher is better";
    CalcDirLower => "越低越好", "Lower is better";
    CalcWeight => "权重（分）", "Weight (points)";
    CalcTarget => "目标值", "Target";
    CalcActual => "完成值", "Actual";
    CalcNa => "不适用", "N/A";
    CalcQuarters => "季度累计", "Quarters (year to date)";
    CalcQuartersButton => "季度（已填 {n}）", "Quarters ({n} filled)";
    CalcQuartersHint => "“{ind}”各季度末的年初至今累计目标与完成值，用于季度排名。", "Year-to-date target and actual of “{ind}” at the end of each quarter, for the quarterly rankings.";
    CalcIndWeightOf => "“{ind}”的权重", "Weight of “{ind}”";
    CalcIndTargetOf => "“{ind}”的目标值", "Target of “{ind}”";
    CalcIndActualOf => "“{ind}”的完成值", "Actual of “{ind}”";
    CalcIndNaOf => "“{ind}”本年度不适用", "“{ind}” not applicable this year";
    CalcWeightDefault => "留空则用目录默认值 {w}", "Empty: the catalogue default {w}";
    CalcWeightSum => "权重合计 {sum}，应为 {points}。", "Weights add up to {sum}; they must add up to {points}.";
    CalcIndicatorToAdd => "要添加的指标", "Indicator to add";
    CalcAddIndicator => "添加指标", "Add indicator";
    CalcQuarterN => "第{q}季度", "Q{q}";
    CalcYtdTarget => "第{q}季度累计目标", "Q{q} year-to-date target";
    CalcYtdActual => "第{q}季度累计完成", "Q{q} year-to-date actual";
    CalcQuarterBoth => "请同时填写目标与完成值，本季度才会计入。", "Enter both the target and the actual for the quarter to count.";
    CalcEvents => "加减分与否决事项", "Events (bonus, deduction, veto)";
    CalcNoEvents => "尚无事项。", "No events yet.";
    CalcEventsHint => "同一文号只计一次；填写文号的事项次数须为 1。", "One document number counts once; an event with a document number has count 1.";
    CalcEventN => "事项 {n}：{kind}", "Event {n}: {kind}";
    CalcEventKind => "事项类型", "Kind";
    CalcEventQuarter => "所在季度", "Quarter";
    CalcEventLevel => "级别", "Level";
    CalcEventCount => "次数", "Count";
    CalcEventDocNo => "文号", "Document number (文号)";
    CalcEventDate => "日期", "Date";
    CalcEventIssuer => "发文单位", "Issuing body";
    CalcRemoveEvent => "删除事项 {n}", "Remove event {n}";
    CalcAddEvent => "添加事项", "Add event";
    CalcLinkage => "双倍联动（市考加减分）", "Linkage (city assessment, doubled)";
    CalcLinkageHint => "县在市考中某项指标的得失分，由牵头单位和责任单位按倍数共同承担。联动条目属于全县数据，在所涉各单位中均可编辑。", "Points the county gained or lost in the city's assessment on an indicator, shared by the lead and responsible units at the multiplier. An entry belongs to the county and can be edited from each unit it names.";
    CalcNoLinkage => "本单位没有参与的联动条目。", "This unit takes part in no linkage entry.";
    CalcLinkageN => "联动 {n}：{ind}", "Linkage {n}: {ind}";
    CalcLinkageUntitled => "未填写指标", "indicator not given";
    CalcLinkageIndicator => "市考指标", "City indicator";
    CalcLinkagePoints => "县得失分", "County points";
    CalcLinkagePointsHint => "得分填正数，失分填负数", "Positive when gained, negative when lost";
    CalcLinkageLead => "牵头单位", "Lead unit";
    CalcLinkageResponsible => "责任单位", "Responsible units";
    CalcLinkageNoResponsible => "暂无责任单位。", "No responsible unit yet.";
    CalcLinkageAddResponsibleLabel => "要添加的责任单位", "Responsible unit to add";
    CalcLinkageAddResponsible => "添加责任单位", "Add responsible unit";
    CalcRemoveLinkage => "删除联动 {n}", "Remove linkage {n}";
    CalcAddLinkage => "新增联动条目（本单位牵头）", "Add a linkage entry (this unit leads)";
    CalcFeedback => "360度反馈评价", "360-degree feedback";
    CalcFeedbackHint => "每个评价主体可直接录入得分（0–100），或录入各评分人的分数；评分人达到 {n} 人时去掉最高分和最低分。", "Enter each evaluator group's score (0–100) or the individual raters' scores; from {n} raters the highest and lowest are dropped.";
    CalcFbGroup => "评价主体", "Evaluator group";
    CalcFbMode => "录入方式", "Entry";
    CalcFbValue => "分数", "Score";
    CalcFbNone => "未评分", "No score";
    CalcFbScore => "直接录入得分", "Group score";
    CalcFbRaters => "录入评分人分数", "Raters' scores";
    CalcFbModeOf => "“{group}”的录入方式", "Entry for “{group}”";
    CalcFbScoreOf => "“{group}”的得分", "Score of “{group}”";
    CalcFbRatersOf => "“{group}”各评分人的分数", "Raters' scores of “{group}”";
    CalcFbNoScore => "不计入（按其余主体折算）", "Left out (the others are rescaled)";
    CalcRatersHint => "用逗号、顿号或空格分隔，每个分数 0–100", "Separate with commas or spaces; each score 0–100";
    CalcRaterBad => "第 {k} 个分数“{v}”：{why}", "Score {k} “{v}”: {why}";
    CalcVotes => "民主测评票数", "Democratic-rating votes";
    CalcVotesFor => "“{option}”票数", "Votes “{option}”";
    CalcRatingIs => "民主测评结果：{r}", "Democratic rating: {r}";
    CalcRatingNone => "暂无有效票，无测评结果。", "No valid vote: no rating.";
    CalcCadres => "干部（单位主要负责人与县级领导）", "Cadres (unit heads and county leaders)";
    CalcCadresShow => "干部名单与考核结果（{n}人）", "List and results ({n} cadres)";
    CalcCadresFlagCount => "{n}项提醒", "{n} flag(s)";
    CalcCadresHint => "单位主要负责人挂钩本单位总分，县级领导挂钩分管单位总分的平均值。点击个人考核结果或提醒查看计算过程。", "A unit head is linked to the unit's total, a county leader to the mean of his units' totals. Choose a result or a flag to see how it was computed.";
    CalcNoCadres => "尚未录入干部。", "No cadres yet.";
    CalcCadreName => "姓名", "Name";
    CalcCadreRole => "类别", "Role";
    CalcRoleHead => "单位主要负责人", "Unit head";
    CalcRoleLeader => "县级领导", "County leader";
    CalcLinkedUnits => "挂钩单位", "Linked units";
    CalcLinked => "挂钩结果", "Linked result";
    CalcIndividual => "个人考核结果", "Individual result";
    CalcLearningYear => "年度学习成绩", "Learning (year)";
    CalcPromotion => "提拔建议", "Promotion";
    CalcNotRecommended => "本年度不建议提拔", "Not recommended";
    CalcNoRestriction => "未提示限制", "No restriction flagged";
    CalcAddHead => "新增单位主要负责人", "Add a unit head";
    CalcAddLeader => "新增县级领导", "Add a county leader";
    CalcCadreEditorTitle => "编辑干部：{name}", "Edit cadre: {name}";
    CalcHeadUnit => "所在单位", "Unit headed";
    CalcChooseUnit => "（请选择单位）", "(choose a unit)";
    CalcLeaderUnits => "分管或联系的单位", "Units supervised or responsible for";
    CalcLearning => "学习测试（考阅炼评）", "Learning tests";
    CalcLearningHint => "每月成绩 0–100；不及格须补考，补考成绩替代当月成绩；缺考计 0 分。未填写的月份视为当月未测试。", "Monthly scores 0–100; a fail needs a re-sit, whose score replaces the month's; a missed test counts 0. An empty month had no test.";
    CalcMonth => "月份", "Month";
    CalcMonthN => "{m}月", "Month {m}";
    CalcLearnScore => "成绩", "Score";
    CalcLearnResit => "补考成绩", "Re-sit score";
    CalcMissed => "缺考", "Missed";
    CalcLearnScoreOf => "{m}成绩", "{m} score";
    CalcLearnResitOf => "{m}补考成绩", "{m} re-sit score";
    CalcLearnMissedOf => "{m}缺考", "{m} missed";
    CalcLearningResult => "上半年 {h1}，下半年 {h2}，年度学习成绩 {y}", "First half {h1}, second half {h2}, year {y}";
    CalcTraceTitleUnit => "{name} · 总分的计算过程", "{name} · how the total was computed";
    CalcTraceTitleCadre => "{name} · 个人考核结果的计算过程", "{name} · how the individual result was computed";
    CalcTraceHint => "每行是一条规则：名称与依据来自规则数据。各行分值相加等于总分；“说明”和“判定”行不计分。按 Esc 关闭。", "Each line is a rule, named and cited from the rule data. The lines' points add up to the total; notes and decisions carry no points. Esc closes.";
    CalcTraceRule => "规则", "Rule";
    CalcTraceCitation => "依据", "Source";
    CalcTraceInputs => "输入", "Inputs";
    CalcTracePoints => "分值", "Points";
    CalcTraceKind => "类别", "Kind";
    CalcTraceSum => "各行合计", "Sum of the lines";
    CalcTraceEqual => "与结果一致", "equals the result";
    CalcTotal => "总分", "Total";
    CalcKindPoints => "计分", "Points";
    CalcKindCap => "封顶", "Cap";
    CalcKindRounding => "四舍五入", "Rounding";
    CalcKindNote => "说明", "Note";
    CalcKindDecision => "判定", "Decision";
    CalcCapped => "被上限截减", "cut by a cap";
    CalcHighlighted => "（所查看的提醒）", " (the flag you opened)";
    CalcInWeight => "权重", "weight";
    CalcInTarget => "目标", "target";
    CalcInActual => "完成", "actual";
    CalcInCompletion => "完成率", "completion";
    CalcInScore => "得分", "score";
    CalcInVotes => "票数", "votes";
    CalcInCoefficient => "系数", "coefficient";
    CalcInRaw => "原始合计", "raw sum";
    CalcInCap => "上限", "cap";
    CalcInPointsEach => "每次分值", "points each";
    CalcInCount => "次数", "count";
    CalcInWeightsApplicable => "适用指标权重", "applicable weights";
    CalcInPartPoints => "部分满分", "part points";
    CalcInWeightsScored => "已评主体权重", "weights of scored groups";
    CalcInWeightsTotal => "权重总计", "weights in full";
    CalcInHighest => "最高分", "highest";
    CalcInLowest => "最低分", "lowest";
    CalcInRaters => "评分人数", "raters";
    CalcInRating => "测评结果", "rating";
    CalcInRatingPoints => "测评分值", "rating points";
    CalcInCountyPoints => "县得失分", "county points";
    CalcInMultiplier => "倍数", "multiplier";
    CalcInUnrounded => "未舍入合计", "unrounded total";
    CalcInLinked => "挂钩结果", "linked result";
    CalcInLearning => "学习成绩", "learning result";
    CalcInPosition => "位次", "position";
    CalcInRank => "显示名次", "displayed rank";
    CalcInRanked => "参与排名单位数", "units ranked";
    CalcInTotal => "总分", "total";
    CalcInResult => "考核结果", "result";
    CalcInThreshold => "分数线", "threshold";
    CalcInSlotUsed => "占用名额序号", "slot taken";
    CalcInSlots => "优秀名额", "excellent slots";
    CalcInStaff => "在编人数", "staff";
    CalcInShare => "比例", "share";
    CalcInQuota => "名额", "quota";
    CalcErrTitle => "无法计算：", "Cannot compute: ";
    CalcErrUnit => "单位“{unit}”", "unit “{unit}”";
    CalcErrCadre => "干部“{cadre}”", "cadre “{cadre}”";
    CalcErrField => "字段 {field}", "field {field}";
    CalcErrValue => "值 {value}", "value {value}";
    CalcErrHint => "更正后将自动重新计算。", "Results are recomputed as soon as this is corrected.";
    CalcErrHintUndo => "也可以撤销上一步编辑。", " You can also undo the last edit.";
    CalcErrOpen => "打开出错的单位或干部", "Open the unit or cadre concerned";
    CalcErrUnsupportedVersion => "数据格式版本不受支持", "unsupported format version";
    CalcErrUnknownRuleSet => "找不到所引用的规则集", "unknown rule set";
    CalcErrUnknownRuleId => "引用了规则中没有的项目", "refers to an item the rules do not have";
    CalcErrDuplicateId => "编号重复", "duplicate id";
    CalcErrNegativeCount => "数量不能为负数", "a count is negative";
    CalcErrWeightsNotSumming => "权重合计不等于规定分值", "the weights do not add up to the required total";
    CalcErrTargetNotPositive => "目标值必须大于 0", "a target must be greater than 0";
    CalcErrMissingValue => "缺少必填的数值", "a required value is missing";
    CalcErrOutOfRange => "数值超出允许范围", "a value is out of range";
    CalcErrMissingUnit => "引用的单位不存在", "refers to a unit that does not exist";
    CalcErrDocNoCount => "填写文号的事项次数必须为 1", "an event with a document number must have count 1";
    CalcErrOverflow => "数值过大，超出计算范围", "a number is too large to compute with";
    // 规则 screen (rule editor)
    RuleIntro => "本页列出本情景使用的全部考核规则：每个数值都可修改，各类事项可添加或删除。修改后的规则是情景的一部分，随草稿、导出文件和分享链接一起保存。", "Every rule this scenario uses: change any number, add or remove items of each kind. The edited rules are part of the scenario and are saved, exported and shared with it.";
    RuleEdited => "已修改", "edited";
    RuleEditedHint => "规则与示例规则不同", "the rules differ from the built-in example rules";
    RuleUnedited => "与示例规则一致", "same as the built-in example rules";
    RuleReset => "恢复示例规则", "Reset to the built-in rules";
    RuleResetConfirm => "确定放弃对规则的全部修改、恢复示例规则吗？（可用“撤销”找回）", "Discard every edit to the rules and return to the built-in set? (Undo brings the edits back.)";
    RuleResetYes => "确定恢复", "Reset";
    RuleResetNo => "取消", "Cancel";
    RuleExpandAll => "全部展开", "Expand all";
    RuleCollapseAll => "全部收起", "Collapse all";
    RuleIssuesBlocking => "规则有 {n} 处问题，修正之前不计算考核结果：", "The rules have {n} problem(s); nothing is computed until they are fixed:";
    RuleIssuesOther => "规则有 {n} 处需要注意：", "{n} point(s) of the rules need attention:";
    RuleIssueToleranceNote => "（只影响容错纠错）", " (affects fault tolerance only)";
    RuleIssueWarningNote => "（提示：仍照此计算）", " (a note: computed as it is)";
    RuleEngineError => "考核结果未能计算：", "The results could not be computed:";
    RuleErrUnit => "单位 {id}", "unit {id}";
    RuleErrCadre => "干部 {id}", "cadre {id}";
    RuleErrUnknownId => "引用了规则中没有的编号“{value}”（可能已被修改或删除）", "refers to “{value}”, which the rules no longer have (changed or removed)";
    RuleErrInvalid => "数据有误（{value}），详见考核计算页", "invalid data ({value}); see the Assessment screen";
    RuleErrInvalidNoValue => "数据有误，详见考核计算页", "invalid data; see the Assessment screen";
    RuleSectionIssues => "{n} 处问题", "{n} problem(s)";
    RulePreviewHeading => "修改的影响（与示例规则相比）", "Effect of the edits (against the built-in rules)";
    RulePreviewSame => "各单位的总分和等次与示例规则下相同。", "Every unit's total and grade are the same as under the built-in rules.";
    RulePreviewCount => "{n} 个单位的总分或等次有变化：", "{n} unit(s) have a different total or grade:";
    RulePreviewMore => "另有 {n} 个单位有变化，见考核计算页。", "{n} more unit(s) changed; see the Assessment screen.";
    RulePreviewUnit => "单位", "Unit";
    RulePreviewBuiltin => "示例规则下总分", "Total, built-in rules";
    RulePreviewNow => "当前规则下总分", "Total, these rules";
    RulePreviewGradeBuiltin => "示例规则下等次", "Grade, built-in rules";
    RulePreviewGradeNow => "当前规则下等次", "Grade, these rules";
    RuleIdsNote => "编号被情景数据和计算过程引用：修改或删除编号后，仍使用旧编号的单位数据会报错。", "Ids are referenced by the scenario's data and the trace: after an id is changed or removed, unit data still using the old one is reported as an error.";
    RuleWeightsNote => "各评价主体的权重（%）合计须为 100。", "The evaluator groups' weights (%) must sum to 100.";
    RuleEventsNote => "加分事项按类别封顶；扣分不封顶；一票否决事项使单位评为较差且不参与评奖；责任追究事项提示责任追究。", "Bonus kinds are capped by category; deductions are uncapped; a veto kind makes the unit poor and ineligible for awards; an accountability kind flags accountability.";
    RuleToleranceNote => "负面清单、容错条件和正面清单的编号不能重复（核对答案按编号保存）。", "Ids of the negative list, the conditions and the positive list must all differ (answers are stored by id).";
    RuleCalendarNote => "按工作日计算办理期限时跳过周末和所列节假日，所列调休上班日照常计算。列表默认为空。", "Working-day limits skip weekends and the listed holidays and count the listed make-up working days. Both lists are empty by default.";
    RuleListEmpty => "（列表为空）", "(the list is empty)";
    RuleMissingOption => "（不存在）", "(missing)";
    RuleNewItem => "新条目", "New item";
    RuleAddIndicator => "添加指标", "Add an indicator";
    RuleAddEvaluator => "添加评价主体", "Add an evaluator group";
    RuleAddOption => "添加测评选项", "Add a vote option";
    RuleAddCategory => "添加加分类别", "Add a bonus category";
    RuleAddEvent => "添加事项类型", "Add an event kind";
    RuleAddGroup => "添加考核分组", "Add a ranking group";
    RuleAddStep => "添加步骤", "Add a step";
    RuleAddItem => "添加条目", "Add an item";
    RuleAddDate => "添加日期", "Add a date";
    RuleRemove => "删除", "Remove";
    RuleRemoveNamed => "删除“{name}”", "Remove “{name}”";
    RuleDateN => "日期 {n}（YYYY-MM-DD）", "Date {n} (YYYY-MM-DD)";
    RuleSecGeneral => "规则集", "Rule set";
    RuleSecIndicators => "核心指标", "Indicators";
    RuleSecFeedback => "360度反馈评价", "360-degree feedback";
    RuleSecRating => "民主测评", "Democratic rating";
    RuleSecBonus => "加分类别与上限", "Bonus categories and caps";
    RuleSecEvents => "加减分、否决与问责事项", "Event kinds: bonus, deduction, veto, accountability";
    RuleSecLinkage => "双倍联动与期间权重", "Linkage and period weights";
    RuleSecGroups => "考核分组", "Ranking groups";
    RuleSecGrades => "等次与优秀名额", "Grades and quotas";
    RuleSecAwards => "奖项", "Awards";
    RuleSecEscalation => "提醒谈话与问责", "Escalation";
    RuleSecCadres => "干部个人考核", "Cadres";
    RuleSecLearning => "考阅炼评", "Learning tests";
    RuleSecTolerance => "容错纠错事项", "Fault-tolerance items";
    RuleSecCalendar => "工作日日历（节假日与调休）", "Working-day calendar (holidays and make-up days)";
    RuleSubCatalogue => "指标目录", "Indicator catalogue";
    RuleSubEvaluators => "评价主体", "Evaluator groups";
    RuleSubOptions => "测评选项", "Vote options";
    RuleSubCategories => "加分类别", "Bonus categories";
    RuleSubSteps => "按次数提醒", "Steps by count";
    RuleSubSupervisor => "约谈提醒与连续两年靠后", "Supervisor talk and bottom two years";
    RuleSubProcedure => "办理程序", "Procedure";
    RuleSubClearance => "澄清方式", "Ways of clearing a name";
    RuleSubHolidays => "节假日", "Holidays";
    RuleSubMakeup => "调休上班日", "Make-up working days";
    RuleFId => "编号", "Id";
    RuleFZh => "中文名称", "Chinese label";
    RuleFEn => "英文名称", "English label";
    RuleFCitation => "依据条款", "Citation";
    RuleFBasis => "取值依据", "Basis of the value";
    RuleFVersion => "版本", "Version";
    RuleFSchema => "规则格式版本", "Schema version";
    RuleFPoints => "分值", "Points";
    RuleFCompletionMax => "完成率上限", "Completion cap";
    RuleFDirection => "方向", "Direction";
    RuleDirHigher => "越高越好", "Higher is better";
    RuleDirLower => "越低越好", "Lower is better";
    RuleFDefaultWeight => "默认权重（分）", "Default weight (points)";
    RuleFWeight => "权重（%）", "Weight (%)";
    RuleFMinRaters => "评分人数达到此数时去掉最高分和最低分", "Raters needed to drop the highest and lowest";
    RuleFRatingPoints => "测评满分计入总分的分值", "Points of the total for a rating of 100";
    RuleFCoefficient => "系数（留空：不计入）", "Coefficient (blank: votes dropped)";
    RuleFCap => "上限", "Cap";
    RuleFEffect => "作用", "Effect";
    RuleEffBonus => "加分", "Bonus";
    RuleEffDeduction => "扣分", "Deduction";
    RuleEffVeto => "一票否决", "One-vote veto";
    RuleEffAccountability => "责任追究", "Accountability";
    RuleFCategory => "加分类别", "Bonus category";
    RuleCategoryNone => "（未选择）", "(none)";
    RuleFPointsNational => "国家级分值", "Points, national";
    RuleFPointsProvincial => "省级分值", "Points, provincial";
    RuleFPointsCity => "市级分值", "Points, city";
    RuleFEscalates => "计入提醒谈话次数", "Counts toward escalation";
    RuleFMultiplier => "倍数", "Multiplier";
    RulePeriodQ1 => "第一季度（%）", "Q1 (%)";
    RulePeriodQ2 => "第二季度（%）", "Q2 (%)";
    RulePeriodQ3 => "第三季度（%）", "Q3 (%)";
    RulePeriodQ4 => "第四季度（%）", "Q4 (%)";
    RulePeriodYear => "年度（%）", "Year-end (%)";
    RuleFShare => "比例（0–1）", "Share (0–1)";
    RuleFShareExcellent => "单位为优秀时的比例（0–1）", "Share when the unit is excellent (0–1)";
    RuleFMinTotal => "最低总分", "Minimum total";
    RuleFMinResult => "最低结果", "Minimum result";
    RuleFKind => "表彰事项", "Commendation kind";
    RuleFLevel => "级别", "Level";
    RuleFMinUnits => "须有几个单位考核该指标", "Units that must have the indicator";
    RuleFMinCount => "次数达到", "From this count";
    RuleFAction => "处理建议", "Action";
    RuleFQuarters => "季度数", "Quarters";
    RuleFBottomN => "末尾名次数", "Bottom places";
    RuleFHeadGrade => "主要负责人等次", "Unit head's grade";
    RuleFOccasions => "次数", "Occasions";
    RuleFLearningWeight => "学习成绩权重（0–1）", "Learning weight (0–1)";
    RuleFLeaderShare => "县级领导优秀比例（0–1）", "Share of county leaders (0–1)";
    RuleFPassMark => "及格线", "Pass mark";
    RuleFNegativeRef => "错误一面（负面清单事项）", "Wrong half (negative item)";
    RuleFPositiveRef => "正确一面（正面清单情形）", "Right half (positive situation)";
    RuleFMinConditions => "从轻或减轻至少满足的条件数", "Conditions needed for lighter handling";
    RuleFLimitDays => "时限（工作日）", "Limit (working days)";
    RuleFExtensionDays => "可延长（工作日，0 为不可延长）", "Extension (working days, 0 = none)";
    RuleFDate => "日期", "Date";
    RuleIssueUnsupportedVersion => "不支持的规则格式版本 {value}", "Unsupported schema version {value}";
    RuleIssueEmptyId => "编号不能为空", "The id must not be blank";
    RuleIssueDuplicateId => "编号“{value}”与前面的条目重复", "Id “{value}” is already used above";
    RuleIssueNegative => "不能为负数（现为 {value}）", "Must not be negative (now {value})";
    RuleIssueShare => "须在 0 到 1 之间（现为 {value}）", "Must be between 0 and 1 (now {value})";
    RuleIssueScore => "须在 0 到 100 之间（现为 {value}）", "Must be between 0 and 100 (now {value})";
    RuleIssueBeyondScore => "超过满分 100 分（现为 {value}），请核对是否输入有误", "Above the whole score of 100 (now {value}): please check for a typing error";
    RuleIssueWeightsSum => "权重合计为 {value}，须为 100", "The weights sum to {value}; they must sum to 100";
    RuleIssuePeriodSum => "权重合计为 {value}，通常为 100", "The weights sum to {value}, usually 100";
    RuleIssueMissingCategory => "加分事项须选择加分类别", "A bonus kind needs a bonus category";
    RuleIssueUnknownReference => "引用的“{value}”不存在", "Refers to “{value}”, which does not exist";
    RuleIssueInvalidDate => "日期“{value}”无效，应为 YYYY-MM-DD", "Invalid date “{value}” (want YYYY-MM-DD)";
    RuleIssueCalendarConflict => "{value} 同时列为节假日和调休上班日", "{value} is listed both as a holiday and as a make-up working day";
    RuleIssueOverflow => "数值过大，无法求和", "The numbers are too large to add up";
    // Import and export, quarterly bulletin, print sheets
    IoTitle => "导入/导出", "Import and export";
    IoIntro => "方案文件保存全部数据，可在另一台电脑上打开；结果表可用电子表格软件打开；单位表和事项表用于批量录入。", "The scenario file holds all data and opens on another computer; the results table opens in spreadsheet software; the units and events files enter data in bulk.";
    IoScenarioHeading => "方案文件（JSON）", "Scenario file (JSON)";
    IoExportScenario => "导出方案文件", "Export scenario file";
    IoOpenScenario => "打开方案文件", "Open a scenario file";
    IoScenarioError => "无法读取方案文件，当前方案未改变：", "The scenario file could not be read; nothing was replaced:";
    SheetApproxNote => "标“≈”的分值为保留四位小数的显示值；各行精确值之和等于总分。", "Points marked “≈” are shown to four decimals; the exact values of the lines add up to the total.";
    IoScenarioVersion => "方案文件的格式版本不受支持", "Unsupported scenario format version";
    IoOpenTruncated => "文件不完整（在第 {line} 行第 {column} 列处中断），可能没有完整下载或保存", "The file is incomplete (it ends at line {line}, column {column}); it may not have been downloaded or saved in full";
    IoOpenNotJson => "文件不是有效的 JSON 文本（第 {line} 行第 {column} 列）", "The file is not valid JSON text (line {line}, column {column})";
    IoOpenNotScenario => "文件不是考核方案，或其中有无法读取的值（第 {line} 行第 {column} 列附近）", "The file is not a Kaohe scenario, or holds a value that cannot be read (near line {line}, column {column})";
    IoConfirmReplace => "用该文件替换当前方案？当前方案的未导出修改将丢失。", "Replace the current scenario with this file? Unexported changes to the current one are lost.";
    IoScenarioName => "名称", "Name";
    IoYear => "年度", "Year";
    IoUnitsCount => "单位数", "Units";
    IoReplace => "确认替换", "Replace";
    IoCancel => "取消", "Cancel";
    IoOpened => "已打开方案文件：", "Opened scenario file:";
    IoResultsHeading => "考核结果（CSV）", "Results (CSV)";
    IoExportResults => "导出结果 CSV", "Export results CSV";
    IoResultsHint => "UTF-8 带 BOM 编码，可直接用 Excel、WPS 打开。", "UTF-8 with BOM: opens directly in Excel or WPS.";
    IoResultsUnavailable => "当前方案有错误，暂时无法导出结果。", "The scenario has errors; results cannot be exported yet.";
    IoRosterHeading => "批量导入单位和事项", "Import units and events";
    IoRosterIntro => "单位表每行是一个单位的一项指标，事项表每行是一个加分、扣分或否决事项。读取后先预览，确认后才导入。", "Units file: one row per unit and indicator. Events file: one row per bonus, deduction or veto event. Files are previewed first; nothing is imported until you accept.";
    IoEncoding => "编码", "Encoding";
    IoEncodingAuto => "自动识别", "Automatic";
    IoEncodingUtf8 => "UTF-8（通用）", "UTF-8";
    IoEncodingGbk => "GBK（中文版 Excel 另存的 CSV）", "GBK (CSV saved by Chinese Excel)";
    IoUnitsFile => "单位表文件（CSV）", "Units file (CSV)";
    IoEventsFile => "事项表文件（CSV）", "Events file (CSV)";
    IoPasteHeading => "从电子表格粘贴", "Paste from a spreadsheet";
    IoPasteLabel => "粘贴的单元格（含表头行）", "Pasted cells (with the header row)";
    IoPasteKind => "粘贴内容是", "The cells are";
    IoFileUnits => "单位表", "Units file";
    IoFileEvents => "事项表", "Events file";
    IoPasteRead => "读取粘贴内容", "Read pasted cells";
    IoPasteSource => "粘贴内容", "pasted cells";
    IoTemplates => "模板", "Templates";
    IoTemplateUnits => "下载单位表模板", "Download the units template";
    IoTemplateEvents => "下载事项表模板", "Download the events template";
    IoDecodeNotUtf8 => "该文件不是有效的 UTF-8 编码，请把编码选为 GBK。", "This file is not valid UTF-8; choose GBK.";
    IoDecodeFailed => "无法按所选编码读取该文件。", "The file could not be decoded with this encoding.";
    IoReadFailed => "无法读取该文件。", "The file could not be read.";
    IoDecodedAs => "按此编码读取：", "Read as:";
    IoPreviewHeading => "导入预览", "Import preview";
    IoRowsTotal => "数据行", "Data rows";
    IoRowsValid => "有效行", "Valid rows";
    IoErrorsCount => "错误", "Errors";
    IoUnitsAdded => "新增单位", "Units added";
    IoUnitsUpdated => "更新单位", "Units updated";
    IoEventsAdded => "新增事项", "Events added";
    IoEventsSkipped => "已有相同事项（跳过）", "Events already present (skipped)";
    IoErrorsCaption => "错误（按文件、行、列）", "Errors (by file, row and column)";
    IoErrFile => "文件", "File";
    IoErrRow => "行", "Row";
    IoErrColumn => "列", "Column";
    IoErrReason => "原因", "Reason";
    IoErrValue => "内容", "Value";
    IoNoErrors => "没有发现错误。", "No errors found.";
    IoMoreErrors => "仅列出前 200 条错误。", "Only the first 200 errors are listed.";
    IoIgnoredColumns => "未识别的列（已忽略）：", "Unrecognised columns (ignored):";
    IoEngineAfter => "导入后计算会报告错误，可在导入后修改：", "After the import the calculation reports an error (fix it after importing):";
    IoImportValid => "导入有效行", "Import valid rows";
    IoImportAll => "导入", "Import";
    IoImported => "已导入。可用“撤销”恢复。", "Imported. Undo restores the previous data.";
    IoNoValidRows => "没有可导入的有效行。", "No valid rows to import.";
    IoReasonUnterminatedQuote => "引号没有闭合", "A quoted field is not closed";
    IoReasonTextAfterQuote => "引号后面有多余的字符", "Text after a closing quote";
    IoReasonStrayQuote => "未加引号的字段中有引号", "A quote inside an unquoted field";
    IoReasonEmptyFile => "文件为空（没有表头行）", "The file is empty (no header row)";
    IoReasonMissingColumn => "缺少必需的列", "A required column is missing";
    IoReasonOtherFileKind => "这些列属于另一种表：请检查选择的是单位表还是事项表", "These columns belong to the other table: check whether this is a units table or an events table";
    IoReasonDuplicateColumn => "列名重复", "The column appears twice";
    IoReasonExtraCells => "表头之外还有内容", "Cells beyond the header's columns";
    IoReasonMissing => "必填项为空", "A required value is empty";
    IoReasonNotPositive => "目标值须大于 0", "A target must be greater than 0";
    IoReasonUnknownUnit => "没有这个单位编号（方案和单位表中都没有）", "No unit with this id (in the scenario or the units file)";
    IoReasonUnknownIndicator => "规则的指标库中没有这个指标", "Not an indicator of the rules' catalogue";
    IoReasonUnknownEventKind => "规则中没有这个事项类型", "Not an event kind of the rules";
    IoReasonUnknownGroup => "规则中没有这个考核分组", "Not a ranking group of the rules";
    IoReasonUnknownUnitKind => "单位类型应为“镇办”或“部门”", "The kind must be town or department";
    IoReasonUnknownLevel => "级别应为国家级、省级或市级", "The level must be national, provincial or city";
    IoReasonUnknownGrade => "等次应为优秀、良好、一般或较差", "The grade must be excellent, good, fair or poor";
    IoReasonBadQuarter => "季度应为 1 至 4", "The quarter must be 1 to 4";
    IoReasonBadFlag => "应填“是”或“否”", "Must be yes or no";
    IoReasonConflict => "与该单位前面行中的值不一致", "Differs from an earlier row of the same unit";
    IoReasonDuplicateIndicator => "该单位的这项指标在前面已出现", "This unit's indicator already appears above";
    IoReasonDocNoCount => "有文号的事项，次数须为 1", "An event with a document number must have count 1";
    PrintHeading => "打印", "Print";
    PrintIntro => "打印为 A4 纸，只打印所选内容。", "Prints on A4, only the chosen sheet.";
    PrintUnitLabel => "要打印的单位", "Unit to print";
    PrintUnit => "打印单位结果", "Print unit result";
    PrintRanking => "打印全县排名", "Print county ranking";
    PrintBulletin => "打印季度通报", "Print quarterly bulletin";
    SheetUnitTitle => "单位年度考核结果", "Unit annual assessment result";
    SheetRankingTitle => "年度目标责任考核排名", "Annual assessment ranking";
    SheetTrace => "计分明细", "How the total was computed";
    SheetRule => "规则", "Rule";
    SheetCitation => "依据", "Citation";
    SheetInputs => "数据", "Inputs";
    SheetPoints => "分值", "Points";
    SheetSum => "合计", "Total";
    SheetNotes => "说明与认定（不计分）", "Notes and decisions (no points)";
    SheetUnit => "单位", "Unit";
    SheetUnitId => "编号", "Id";
    SheetGroup => "分组", "Group";
    SheetTotal => "总分", "Total";
    SheetRank => "名次", "Rank";
    SheetGrade => "等次", "Grade";
    SheetAwards => "奖项", "Awards";
    SheetFlags => "提醒", "Flags";
    SheetIndicatorPart => "指标得分", "Indicator part";
    SheetFeedbackPart => "360得分", "360 part";
    SheetBonus => "加分", "Bonus";
    SheetDeductions => "扣分", "Deductions";
    SheetLinkage => "联动", "Linkage";
    SheetNotRanked => "未排名（数据不全）", "Not ranked (incomplete)";
    SheetVetoed => "一票否决", "Vetoed";
    SheetNone => "无", "none";
    SheetPrepared => "制表人：", "Prepared by:";
    SheetChecked => "审核人：", "Checked by:";
    SheetDate => "日期：", "Date:";
    SheetUnavailable => "当前方案有错误，无法生成打印页。", "The scenario has errors; no sheet can be made.";
    BulletinTitle => "季度通报", "Quarterly bulletin";
    BulletinShow => "查看本季度通报", "Show the quarter's bulletin";
    BulletinIntro => "按季度累计目标和完成值排名（含当季加减分，不含360评价），并与上季度名次比较。", "Ranked on year-to-date targets and actuals (with the quarter's bonus and deductions, no 360 part), compared with the previous quarter.";
    BulletinQuarter => "季度", "Quarter";
    BulletinQ1 => "第一季度", "Q1";
    BulletinQ2 => "第二季度", "Q2";
    BulletinQ3 => "第三季度", "Q3";
    BulletinQ4 => "第四季度", "Q4";
    BulletinScore => "季度得分", "Quarter score";
    BulletinMovement => "较上季度", "Since last quarter";
    BulletinEvents => "本季度扣分、否决事项", "This quarter's deductions and vetoes";
    BulletinNoRanked => "本季度没有可排名的单位（缺少季度累计数据）。", "No unit is ranked this quarter (no year-to-date values).";
    BulletinUnranked => "未排名：", "Not ranked:";
    BulletinMoveUp => "上升", "up";
    BulletinMoveDown => "下降", "down";
    BulletinMoveSame => "名次不变", "unchanged";
    BulletinMoveNone => "无上季度名次", "no previous rank";
    BulletinPlaces => "位", "places";
    BulletinUnavailable => "当前方案有错误，无法生成通报。", "The scenario has errors; no bulletin can be made.";
    BulletinSheetSuffix => "考核情况通报", "assessment bulletin";
    // 草稿 screen, autosave, share links, offline
    DraftsIntro => "每次修改都会自动保存为本浏览器中的草稿，不会发送到任何服务器。可打开、重命名、复制、删除或导出为文件。", "Every edit is saved automatically as a draft in this browser; nothing is sent to any server. Open, rename, duplicate, delete or export drafts to a file.";
    DraftsTableCaption => "本浏览器中的草稿（最近修改的在前）", "Drafts in this browser (most recently changed first)";
    DraftName => "名称", "Name";
    DraftUpdated => "最后修改", "Last changed";
    DraftUnits => "单位数", "Units";
    DraftActions => "操作", "Actions";
    DraftOpen => "打开", "Open";
    DraftRename => "重命名", "Rename";
    DraftNewName => "新名称", "New name";
    DraftDuplicate => "复制", "Duplicate";
    DraftDelete => "删除", "Delete";
    DraftExport => "导出", "Export";
    DraftExportCurrent => "导出为文件", "Export to a file";
    DraftCurrentMark => "（当前）", " (open)";
    DraftFromLink => "（来自链接）", " (from a link)";
    DraftUntitled => "未命名草稿", "Untitled draft";
    DraftCopySuffix => "（副本）", " (copy)";
    DraftMineSuffix => "（本窗口的版本）", " (this tab's version)";
    DraftCurrentSummary => "当前草稿：{name}", "Open draft: {name}";
    DraftCurrentUnsaved => "当前内容尚未保存为草稿", "The work on screen is not saved as a draft";
    DraftUnitsSummary => "{n} 个单位", "{n} units";
    DraftTotalSum => "各单位总分合计 {sum}", "sum of unit totals {sum}";
    DraftDeleted => "已删除草稿“{name}”。", "Draft “{name}” deleted.";
    DraftsEmpty => "本浏览器中还没有草稿。", "There are no drafts in this browser yet.";
    DraftsListUnavailable => "无法读取本浏览器的存储，草稿列表不可用；当前内容仍保留在本页面中。", "This browser's storage cannot be read, so the draft list is unavailable; the work on screen is kept in this page.";
    DraftProblemsNotice => "有草稿无法读取，已原样另存（见下方“无法读取的草稿”），其他草稿不受影响。", "Some drafts could not be read; they were set aside untouched (see “Drafts that cannot be read” below). The other drafts are unaffected.";
    DraftActionFailed => "操作未完成：本浏览器的存储出错。当前内容仍保留在本页面中。", "Not done: this browser's storage failed. The work on screen is kept in this page.";
    DraftClearedNotice => "已清除本浏览器中的全部考核数据（草稿与设置）。", "All Kaohe data in this browser (drafts and settings) has been cleared.";
    DraftsCancel => "取消", "Cancel";
    DraftsClose => "关闭", "Close";
    DraftsSave => "保存", "Save";
    DraftsDismiss => "知道了", "Dismiss";
    SaveSaved => "已保存", "Saved";
    SaveSaving => "保存中…", "Saving…";
    SaveQuota => "未保存：存储已满", "Not saved: storage is full";
    SaveUnavailable => "未保存：仅在本页面中", "Not saved: in this page only";
    SaveConflict => "未保存：另一窗口修改了此草稿", "Not saved: another tab changed this draft";
    SaveDetached => "未保存为草稿", "Not saved as a draft";
    SaveFailed => "未保存：存储出错", "Not saved: storage failed";
    SaveFailedDetail => "修改未能保存到本浏览器的存储中，但仍保留在本页面中。请导出为文件，或稍后重试。", "The changes could not be saved to this browser's storage, but they are kept in this page. Export to a file, or try again later.";
    SaveRetry => "重试保存", "Try saving again";
    QuotaTitle => "未保存：本浏览器的存储空间已满。", "Not saved: this browser's storage is full.";
    QuotaWhatToDo => "您的修改仍保留在本页面中，请不要关闭页面。请先“导出为文件”保存当前内容，或到“草稿”页删除不再需要的旧草稿，然后点“重试保存”。", "Your changes are kept in this page: do not close it. Export the work to a file, or delete old drafts on the Drafts screen, then choose “Try saving again”.";
    StorageUnavailable => "本浏览器不允许网页保存数据（例如隐私模式）。计算器照常可用，但修改只保存在本页面中，关闭后会丢失；请用“导出为文件”保存。", "This browser does not let the page store data (private mode, for example). The calculator works, but changes live in this page only and are lost when it closes: use “Export to a file” to keep them.";
    ConflictTitle => "另一个窗口修改了草稿“{name}”。", "Another tab changed the draft “{name}”.";
    ConflictExplain => "两边的内容都还在，暂停自动保存，直到您选择：把本窗口的内容另存为新草稿，或载入另一窗口保存的版本（本窗口未保存的修改将被放弃）。", "Both versions are kept and autosave is paused until you choose: keep this tab's work as a new draft, or load the other tab's version (this tab's unsaved changes are dropped).";
    ConflictKeepMine => "将本窗口的内容另存为副本", "Keep mine as a copy";
    ConflictLoadTheirs => "载入另一窗口的版本", "Load theirs";
    ShareOpen => "分享链接", "Share link";
    ShareTitle => "分享链接", "Share a link";
    ShareExplain => "链接包含整个考核方案，写在“#”之后，浏览器不会把它发送给任何服务器；收到链接的人打开后得到一份新草稿。规则未修改时只写入内置规则的名称和版本。", "The link holds the whole scenario after the “#”, which browsers never send to a server; whoever opens it gets a new draft. Unedited rules travel as a reference to the built-in set and its version.";
    ShareNamesIncluded => "注意：链接包含单位名称和干部姓名等人员信息，任何拿到链接的人都能看到。", "Note: the link includes unit names and cadres' names: anyone who has the link can read them.";
    ShareNamesLeftOut => "链接不含单位名称和干部姓名（以编号代替，情景名称、发文单位和文号中的名称也一样），也不含容错案例的问题描述和查实情况；得分不变。", "The link leaves out unit and cadre names (ids instead, also inside scenario names, issuers and document numbers), and the tolerance cases' descriptions and findings; the scores are the same.";
    ShareLeaveOutNames => "不含姓名（以编号代替单位和干部姓名）", "Leave names out (ids instead of unit and cadre names)";
    SharePassphrase => "口令（可选）", "Passphrase (optional)";
    SharePassphraseHint => "设置口令后，链接在本浏览器中加密（AES-GCM）；口令不会写入链接，请通过其他途径告诉对方。", "With a passphrase the link is encrypted in this browser (AES-GCM); the passphrase is never in the link: tell it to the recipient another way.";
    ShareEncrypt => "用口令加密", "Encrypt with the passphrase";
    ShareEncrypting => "正在加密…", "Encrypting…";
    ShareRemovePassphrase => "取消加密", "Remove the passphrase";
    ShareIsEncrypted => "已加密", "encrypted";
    ShareLinkLabel => "链接", "Link";
    ShareLength => "链接长度：{n} 个字符", "Link length: {n} characters";
    ShareCopy => "复制链接", "Copy link";
    ShareCopied => "已复制到剪贴板。", "Copied to the clipboard.";
    ShareSelectToCopy => "无法直接复制：链接已选中，请按 Ctrl+C（或长按）复制。", "Cannot copy directly: the link is selected, press Ctrl+C (or long-press) to copy it.";
    ShareQrLabel => "分享链接的二维码", "QR code of the share link";
    ShareQrCaption => "用手机扫描二维码即可打开此链接。", "Scan the QR code with a phone to open the link.";
    ShareQrTooLong => "链接太长，无法生成二维码（二维码最多容纳 {max} 个字符）。请复制链接，或用上方的“导出为文件”发送文件。", "The link is too long for a QR code (a QR code holds at most {max} characters). Copy the link, or send a file with “Export to a file” above.";
    ShareTooLarge => "方案太大，无法放入链接。请导出为文件发送。", "The scenario is too large for a link. Send the exported file instead.";
    ShareFailed => "无法生成链接（加密需要 https 或本机地址）。请导出为文件发送。", "The link could not be made (encryption needs https or localhost). Send the exported file instead.";
    LinkErrorTitle => "无法打开此链接", "This link cannot be opened";
    LinkDraftsSafe => "您的草稿没有受到任何影响。", "Your drafts are untouched.";
    LinkEmpty => "链接是空的。请把完整的链接粘贴到地址栏。", "The link is empty. Paste the whole link into the address bar.";
    LinkNotKaohe => "这不是考核计算器的分享链接，或只复制了其中一部分。请向发送人索取完整链接。", "This is not a Kaohe share link, or only part of one was copied. Ask the sender for the whole link.";
    LinkFutureVersion => "此链接由更新版本的计算器生成，当前版本无法读取。请更新本计算器（刷新页面）后再打开，或请发送人导出为文件。", "This link was made by a newer version of the calculator. Update this one (reload the page) and open it again, or ask the sender for an exported file.";
    LinkDamaged => "链接不完整或已被改动（可能在复制或转发时被截断）。请重新复制完整的链接，或请发送人重新发送。", "The link is cut short or altered (copying or forwarding may have truncated it). Copy the whole link again, or ask the sender to send it again.";
    LinkTooLarge => "链接超出了允许的大小，无法打开。请让发送人导出为文件发送。", "The link is larger than allowed and cannot be opened. Ask the sender for an exported file.";
    LinkNotScenario => "链接中的数据不是有效的考核方案（可能已被改动）。请向发送人索取新的链接或文件。", "The link's data is not a valid scenario (it may have been altered). Ask the sender for a new link or a file.";
    LinkEncryptedMalformed => "加密链接不完整。请重新复制完整的链接。", "The encrypted link is incomplete. Copy the whole link again.";
    LinkWrongPassphrase => "口令不正确（或链接已被改动）。请检查口令后重试。", "Wrong passphrase (or the link was altered). Check the passphrase and try again.";
    LinkOther => "链接无法打开。请向发送人索取新的链接或文件。", "The link cannot be opened. Ask the sender for a new link or a file.";
    LinkEncryptedTitle => "此链接已加密", "This link is encrypted";
    LinkEncryptedExplain => "请输入发送人告诉您的口令。口令只在本浏览器中使用。", "Enter the passphrase the sender gave you. It is used in this browser only.";
    LinkPassphrase => "口令", "Passphrase";
    LinkDecrypt => "解密并打开", "Decrypt and open";
    LinkDecrypting => "正在解密…", "Decrypting…";
    LinkExistingTitle => "您已经打开过这个链接", "You have opened this link before";
    LinkExistingExplain => "以下草稿来自同一个链接。可以打开已有的草稿，或另存为一份新草稿。", "These drafts were made from the same link. Open one of them, or open the link as a new draft.";
    LinkOpenExisting => "打开此草稿", "Open this draft";
    LinkOpenAsNew => "另存为新草稿", "Open as a new draft";
    LinkImported => "已从链接打开为新草稿“{name}”，原有草稿未被改动。", "The link was opened as a new draft, “{name}”; your other drafts are unchanged.";
    LinkImportedInMemory => "已从链接打开“{name}”，但未能保存为草稿（存储不可用或已满）：内容只在本页面中。", "The link “{name}” is open, but it could not be saved as a draft (storage is unavailable or full): it lives in this page only.";
    QuarantineTitle => "无法读取的草稿", "Drafts that cannot be read";
    QuarantineExplain => "以下条目已损坏，或由更新版本的计算器保存，已原样另存，不会被修改或覆盖。可下载原始内容留存或交给技术人员；确认不再需要后再删除。", "These entries are damaged or were saved by a newer version of the calculator. They were set aside untouched and are never overwritten. Download the original text to keep it or pass it to support; delete an entry once it is no longer needed.";
    QuarantineSize => "{n} 个字符", "{n} characters";
    QuarantineDownload => "下载原始内容", "Download the original";
    QuarantineDiscard => "删除此条目", "Delete this entry";
    QuarantineDiscardConfirm => "确定删除（无法恢复）", "Really delete (cannot be undone)";
    ProblemDamaged => "内容已损坏", "damaged";
    ProblemFutureVersion => "由更新版本保存", "saved by a newer version";
    ProblemMigrationFailed => "无法升级到当前格式", "cannot be upgraded to the current format";
    ClearAllTitle => "清除本机数据", "Clear this browser's data";
    ClearAllExplain => "删除本浏览器中保存的全部草稿、无法读取的条目和设置（如界面语言）。其他网站的数据不受影响。", "Removes every draft, set-aside entry and setting (such as the language) that this calculator stored in this browser. Other sites' data is not touched.";
    ClearAllButton => "清除本机全部数据", "Clear all data";
    ClearAllConfirmQuestion => "确定要清除本浏览器中的全部考核数据吗？此操作无法撤销；需要保留的草稿请先导出。", "Clear all of the calculator's data in this browser? This cannot be undone: export the drafts you want to keep first.";
    ClearAllConfirm => "确定清除", "Yes, clear everything";
    // 情景模拟 screen (what-if, sensitivity, goal seek)
    WiIntro => "在基准之上建立情景，对比总分、名次和等次的变化；查看单项变化的影响；反推单位达到目标所需的条件。", "Build scenarios on top of the baseline and compare totals, ranks and grades; see the effect of each single change; find what a unit needs to reach a target.";
    WiScenariosHeading => "情景", "Scenarios";
    WiNoScenarios => "还没有情景。输入名称后点击“新建情景”。", "No scenarios yet. Enter a name and choose “New scenario”.";
    WiNewName => "新情景名称", "New scenario name";
    WiAdd => "新建情景", "New scenario";
    WiRename => "情景名称", "Scenario name";
    WiDuplicate => "复制情景", "Duplicate scenario";
    WiRemove => "删除情景", "Remove scenario";
    WiUntitled => "情景 {n}", "Scenario {n}";
    WiCopyOf => "{name}（副本）", "{name} (copy)";
    WiUnitsChanged => "改动 {n} 个单位", "{n} unit(s) changed";
    WiSelectUnit => "选择单位", "Unit";
    WiNoWhatIfSelected => "选择或新建一个情景，即可修改输入并与基准对比。", "Select or create a scenario to change inputs and compare with the baseline.";
    WiEditHeading => "情景中的输入：{unit}", "Inputs in this scenario: {unit}";
    WiEditHint => "修改只作用于当前情景，基准不变。", "Changes apply to this scenario only; the baseline stays as it is.";
    WiOverridden => "本情景修改了此单位。", "This scenario changes this unit.";
    WiResetUnit => "恢复为基准", "Reset to the baseline";
    WiIndicator => "指标", "Indicator";
    WiTarget => "目标值", "Target";
    WiActual => "实际值", "Actual";
    WiBaselineActual => "基准实际值", "Baseline actual";
    WiEvents => "加减分事项", "Events";
    WiNoEvents => "没有事项。", "No events.";
    WiKind => "事项", "Kind";
    WiLevel => "级别", "Level";
    WiQuarter => "季度", "Quarter";
    WiQuarterN => "第{q}季度", "Q{q}";
    WiCount => "次数", "Count";
    WiAddEvent => "添加事项", "Add event";
    WiRemoveEvent => "删除", "Remove";
    WiCompareHeading => "基准与情景对比", "Baseline and scenario side by side";
    WiNoChange => "与基准相比没有变化。", "No change from the baseline.";
    WiChangedOnly => "只显示有变化的单位", "Show changed units only";
    WiUnit => "单位", "Unit";
    WiColBase => "基准总分", "Baseline total";
    WiColScenario => "情景总分", "Scenario total";
    WiColDelta => "变化", "Delta";
    WiColRank => "名次（基准 → 情景）", "Rank (baseline → scenario)";
    WiColGrade => "等次（基准 → 情景）", "Grade (baseline → scenario)";
    WiColAwards => "奖项与提示变化", "Awards and flags";
    WiChangedMarker => "名次、等次、奖项或提示有变化", "rank, grade, award or flag changed";
    WiUnranked => "未排名", "unranked";
    WiSlots => "优秀名额 {before} → {after}", "Excellent slots {before} → {after}";
    WiGained => "新增 {x}", "gains {x}";
    WiLost => "失去 {x}", "loses {x}";
    WiChartHeading => "总分构成：{unit}", "Parts of the total: {unit}";
    WiChartTitle => "{unit}总分各部分：基准与情景对比", "Parts of {unit}'s total: baseline and scenario";
    WiChartAxis => "分值（分）", "Points";
    WiChartParts => "组成部分", "Part";
    WiPartIndicator => "指标得分", "Indicators";
    WiPart360 => "360评价", "360 review";
    WiPartBonus => "加分", "Bonus";
    WiPartDeductions => "扣分", "Deductions";
    WiPartLinkage => "联动", "Linkage";
    WiBaseline => "基准", "Baseline";
    WiScenario => "情景", "Scenario";
    WiSensHeading => "敏感性分析：{unit}", "Sensitivity: {unit}";
    WiSensHint => "在基准上逐一尝试单项变化（指标实际值增减目标值的1%，事项增减一次），按对总分的影响排序。", "Each single change on the baseline (an actual up or down by 1% of its target, one more or one fewer event), ranked by its effect on the total.";
    WiSingleChange => "单项变化", "Single change";
    WiEffectTotal => "总分变化", "Effect on total";
    WiEffectRank => "名次变化", "Effect on rank";
    WiGradeAfter => "变化后等次", "Grade after";
    WiCappedCol => "上限", "Cap";
    WiCapped => "受上限限制：{rules}", "capped: {rules}";
    WiNoSens => "没有可尝试的单项变化。", "No single change to try.";
    WiEditSetActual => "{ind}实际值 {from} → {to}", "{ind} actual {from} → {to}";
    WiEditAdd => "增加 {count} 次{kind}（{level}，第{q}季度）", "{count} more {kind} ({level}, Q{q})";
    WiEditRemove => "减少 1 次{kind}（{level}）", "One fewer {kind} ({level})";
    WiGsHeading => "目标反推：{unit}", "Goal seek: {unit}";
    WiGsHint => "选择目标和允许调整的杠杆，求出代价最小的组合（在基准上计算）。", "Choose a target and the levers allowed; the cheapest combination is found (on the baseline).";
    WiGsTarget => "目标", "Target";
    WiGsTargetTotal => "总分不低于", "Total at least";
    WiGsTargetRank => "组内名次不低于第", "Rank in group at most";
    WiGsTargetGrade => "等次达到", "Grade at least";
    WiGsValue => "目标数值", "Target value";
    WiGsLevers => "杠杆", "Levers";
    WiGsCost => "每步代价", "Cost per step";
    WiGsLeverIndicator => "{ind}（每步向好调整目标值的1%）", "{ind} (1% of target per step, toward better)";
    WiGsGrade => "目标等次", "Grade to reach";
    WiGsLeverEvent => "{kind}（{level}，第{q}季度，每步一次）", "{kind} ({level}, Q{q}, one per step)";
    WiGsAddLever => "添加杠杆", "Add lever";
    WiGsSolve => "求解", "Solve";
    WiGsReached => "可以达到目标：", "The target can be reached:";
    WiGsAlready => "已达到目标，无需调整。", "The target is already met.";
    WiGsUnreachable => "无法达到目标：", "The target cannot be reached: ";
    WiGsSteps => "步数 / 最多", "Steps / most";
    WiGsChangeCol => "输入变化", "Change of inputs";
    WiGsCostCol => "代价", "Cost";
    WiGsTotalCost => "总代价：{cost}", "Total cost: {cost}";
    WiGsBefore => "现在：总分 {total}，名次 {rank}，等次 {grade}", "Now: total {total}, rank {rank}, grade {grade}";
    WiGsResult => "调整后：总分 {total}，名次 {rank}，等次 {grade}", "After: total {total}, rank {rank}, grade {grade}";
    WiGsHeuristic => "杠杆超过3个，结果由启发式搜索得出，可能不是代价最小的组合。", "More than 3 levers: the answer comes from a heuristic search and may not be the cheapest.";
    WiGsApply => "应用为新情景", "Apply as a new scenario";
    WiGsScenarioName => "{unit}（目标：{target}）", "{unit} (target: {target})";
    WiUnrVetoed => "一票否决（{kinds}），等次只能为较差", "One-vote veto ({kinds}): the grade can only be Poor";
    WiUnrNotRanked => "该单位考核不完整，没有名次和等次", "the unit's assessment is incomplete, so it has no rank or grade";
    WiUnrNoLevers => "没有可用的杠杆", "no lever to move";
    WiUnrQuota => "优秀名额 {slots} 个，被无法超越的单位占据：{holders}", "the {slots} excellent slots are held by units it cannot overtake: {holders}";
    WiUnrCapped => "所有杠杆都已到上限：{caps}", "every lever reaches its cap: {caps}";
    WiUnrMaxSteps => "杠杆达到步数上限：{levers}", "levers stopped by the step limit: {levers}";
    WiError => "无法计算：", "Cannot compute: ";
    // 容错纠错 screen
    TolIntro => "按“三个区分开来”和正负面清单逐项核对，结论随答案即时更新。结论仅为建议，是否容错由有关党组织依规决定。", "Answer the checklist — the three distinctions, the negative list, the conditions and the positive list; the verdict updates as you answer. It is advice: the Party body concerned decides.";
    TolCasesHeading => "案例", "Cases";
    TolCaseAdd => "新建案例", "New case";
    TolCaseDuplicate => "复制当前案例", "Duplicate this case";
    TolCaseRemove => "删除当前案例", "Remove this case";
    TolCaseUntitled => "未命名案例", "Untitled case";
    TolCaseError => "规则或答案有误", "Error in rules or answers";
    TolNoCases => "还没有案例。点击“新建案例”开始核对。", "No cases yet. Choose “New case” to start.";
    TolFactsHeading => "案例信息", "Case facts";
    TolKindLegend => "案例类型", "Case type";
    TolKindTolerance => "容错认定", "Tolerance check";
    TolKindClearance => "澄清正名（反映失实）", "Clearing a name (the report proved false)";
    TolKindClearanceShort => "澄清正名", "Name cleared";
    TolCadre => "干部姓名", "Cadre's name";
    TolUnit => "所在单位", "Unit";
    TolDescription => "问题描述", "What happened";
    TolApplicationDate => "申请日期", "Application date";
    TolClearDate => "清除日期", "Clear the date";
    TolChecklistHeading => "容错核对清单", "Checklist";
    TolChecklistHint => "每项选择“是”“否”或“未知”；未作答视为未知。", "Answer each question yes, no or unknown; an unanswered question is unknown.";
    TolGroupDistinctions => "三个区分开来", "The three distinctions";
    TolGroupDistinctionsHint => "每一条的正确一面属正面清单情形，错误一面属负面清单事项。", "The right half of each is a positive-list situation, the wrong half a negative-list item.";
    TolDistinctionRight => "正确一面（正面清单）", "Right half (positive list)";
    TolDistinctionWrong => "错误一面（负面清单）", "Wrong half (negative list)";
    TolGroupNegative => "负面清单", "Negative list";
    TolGroupNegativeHint => "任何一项为“是”即不予容错（“三个区分开来”的错误一面见上）。", "Any yes rules out tolerance (the wrong halves of the three distinctions are above).";
    TolGroupConditions => "容错条件", "Required conditions";
    TolGroupConditionsHint => "{n} 项全部满足方可免责；满足至少 {k} 项且符合正面清单情形的，可从轻或减轻。", "All {n} must hold for exemption; at least {k} with a positive situation allows lighter handling.";
    TolGroupPositive => "正面清单", "Positive list";
    TolGroupPositiveHint => "须至少符合一种情形（“三个区分开来”的正确一面见上）。", "At least one situation must apply (the right halves of the three distinctions are above).";
    TolAnswerYes => "是", "Yes";
    TolAnswerNo => "否", "No";
    TolAnswerUnknown => "未知", "Unknown";
    TolNeedsVerify => "需核实", "Verify";
    TolCitation => "依据：", "Source: ";
    TolVerdictHeading => "结论（建议）", "Verdict (advice)";
    TolVerdictReasons => "理由", "Reasons";
    TolSummary => "负面清单命中 {neg} 项 · 容错条件满足 {c}/{n} 项 · 正面清单情形 {pos} 项 · 未知 {unk} 项", "Negative items: {neg} · conditions met: {c}/{n} · positive situations: {pos} · unknown: {unk}";
    TolReasonNegativeItems => "命中负面清单", "On the negative list";
    TolReasonUnknownMatters => "以下事项的答案会改变结论，需核实", "The answers to these questions change the verdict and need verifying";
    TolReasonAllConditions => "容错条件全部满足（{c}/{n}）", "All conditions met ({c}/{n})";
    TolReasonEnoughConditions => "满足容错条件 {c}/{n} 项，达到至少 {k} 项", "{c} of {n} conditions met, at least {k} required";
    TolReasonConditionsNotMet => "未满足的容错条件", "Conditions not met";
    TolReasonPositiveSituations => "符合正面清单情形", "On the positive list";
    TolReasonNoPositiveSituation => "不符合正面清单的任何情形", "No situation of the positive list applies";
    TolReasonTooFewConditions => "满足的容错条件至多 {most}/{n} 项，不足 {need} 项；未满足", "At most {most} of {n} conditions met, {need} required; not met";
    TolEffect => "影响：", "Effect: ";
    TolCheckError => "无法核对：", "Cannot check: ";
    TolTimelineHeading => "办理程序时限", "Procedure timeline";
    TolTimelineNoDate => "填写申请日期后，按工作日计算各环节的办理期限。", "Enter the application date to compute each step's due date in working days.";
    TolTimelineFixDate => "申请日期无效，请更正后再计算办理期限。", "The application date is invalid; correct it to compute the due dates.";
    TolTimelineCaption => "自申请日期 {date} 起按工作日计算", "Working days from the application date {date}";
    TolTimelineStep => "环节", "Step";
    TolTimelineDays => "工作日", "Working days";
    TolTimelineFrom => "起算日（不含）", "From (excluded)";
    TolTimelineDue => "截止日期", "Due";
    TolExtension => "“{step}”环节延长一次（另加 {days} 个工作日）", "Extend “{step}” once (+{days} working days)";
    TolExtended => "（含延长）", " (extended)";
    TolCalendarEmpty => "节假日和调休上班日列表默认为空：目前只跳过周末。本年度放假安排请在规则中填写。", "The holiday and make-up working day lists are empty by default: only weekends are skipped. Enter this year's holiday arrangement in the rules.";
    TolCalendarListed => "工作日按规则所列 {h} 个节假日和 {m} 个调休上班日计算。", "Working days count the {h} holidays and {m} make-up working days listed in the rules.";
    TolClearanceHeading => "澄清正名", "Clearing the name";
    TolClearanceHint => "经调查反映失实的，记录澄清方式，说明不产生负面影响。", "For a report found to be false: record how the name is cleared; the record states it carries no negative effect.";
    TolClearanceMethod => "澄清方式", "Method";
    TolClearanceDate => "澄清日期", "Date";
    TolClearanceIssuedBy => "澄清单位", "Issued by";
    TolClearanceFinding => "调查核实情况", "Findings of the investigation";
    TolClearanceRecordHeading => "澄清正名记录", "Clearance record";
    TolClearanceIncomplete => "请选择澄清方式并更正标出的错误。", "Choose a method and correct the marked errors.";
    TolPrint => "打印记录", "Print record";
    TolPrintHint => "打印当前案例的一页记录（A4）。", "Prints a one-page record (A4) of the selected case.";
    TolRecordTitle => "容错纠错认定建议记录", "Fault-tolerance record (advice)";
    TolRecordClearanceTitle => "澄清正名记录", "Record of clearing a name";
    TolRecordAnswers => "核对情况", "Checklist answers";
    TolNotGiven => "未填写", "not given";
    TolSignPrepared => "经办人（签字）：", "Prepared by (signature):";
    TolSignReviewed => "审核人（签字）：", "Reviewed by (signature):";
    TolSignDate => "日期：", "Date:";
    TolDropStale => "删除规则中已不存在的事项的答案和延期", "Drop the answers and extensions for items the rules no longer have";
}

use crate::engine::types::{Action, Award, CadreGrade, Level, UnitGrade};
use crate::numinput::NumError;

/// The label of a number-field error.
pub fn num_error(e: NumError) -> Text {
    match e {
        NumError::Empty => Text::NumEmpty,
        NumError::NotANumber => Text::NumNotANumber,
        NumError::TooLong => Text::NumTooLong,
        NumError::NotWhole => Text::NumNotWhole,
        NumError::NotPositive => Text::NumNotPositive,
        NumError::BelowMin => Text::NumBelowMin,
        NumError::AboveMax => Text::NumAboveMax,
    }
}

/// The label of a unit grade.
pub fn unit_grade(g: UnitGrade) -> Text {
    match g {
        UnitGrade::Excellent => Text::GradeExcellent,
        UnitGrade::Good => Text::GradeGood,
        UnitGrade::Fair => Text::GradeFair,
        UnitGrade::Poor => Text::GradePoor,
    }
}

/// The label of a cadre grade.
pub fn cadre_grade(g: CadreGrade) -> Text {
    match g {
        CadreGrade::Excellent => Text::CadreExcellent,
        CadreGrade::Competent => Text::CadreCompetent,
        CadreGrade::BasicallyCompetent => Text::CadreBasicallyCompetent,
        CadreGrade::Incompetent => Text::CadreIncompetent,
    }
}

/// The label of an award.
pub fn award(a: Award) -> Text {
    match a {
        Award::AllRound => Text::AwardAllRound,
        Award::SingleItem => Text::AwardSingleItem,
        Award::LedThroughout => Text::AwardLedThroughout,
        Award::MostImproved => Text::AwardMostImproved,
    }
}

/// The label of a flag (advice, never a decision).
pub fn action(a: Action) -> Text {
    match a {
        Action::ReminderTalk => Text::ActionReminderTalk,
        Action::Admonishment => Text::ActionAdmonishment,
        Action::OrganizationalHandling => Text::ActionOrganizationalHandling,
        Action::Accountability => Text::ActionAccountability,
        Action::SupervisorTalk => Text::ActionSupervisorTalk,
        Action::CloseExamination => Text::ActionCloseExamination,
        Action::NotRecommended => Text::ActionNotRecommended,
        Action::Retraining => Text::ActionRetraining,
        Action::ResitRequired => Text::ActionResitRequired,
        Action::MissedTest => Text::ActionMissedTest,
    }
}

/// The label of a level.
pub fn level(l: Level) -> Text {
    match l {
        Level::National => Text::LevelNational,
        Level::Provincial => Text::LevelProvincial,
        Level::City => Text::LevelCity,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_follows_the_language() {
        assert_eq!(Lang::Zh.paren("t01"), "（t01）");
        assert_eq!(Lang::En.paren("t01"), " (t01)");
        assert_eq!(Lang::Zh.labelled("打开", "示例县"), "打开：示例县");
        assert_eq!(Lang::En.labelled("Open", "Example"), "Open: Example");
    }

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
