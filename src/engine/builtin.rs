//! The built-in example rule set (示例规则): every number of domain.md section
//! 4.1–4.8 as data, each item with its citation and the basis of its value.

use rust_decimal::Decimal;

use super::rules::*;
use super::tolerance::ToleranceRules;
use super::types::{Action, CadreGrade, Direction, Effect, Level};

/// Id and version of the built-in set, as referenced by scenarios.
pub const BUILTIN_ID: &str = "builtin";
pub const BUILTIN_VERSION: &str = "1";

const S41: &str = "domain.md §4.1";
const S42: &str = "domain.md §4.2";
const S43: &str = "domain.md §4.3";
const S44: &str = "domain.md §4.4";
const S45: &str = "domain.md §4.5";
const S46: &str = "domain.md §4.6";
const S47: &str = "domain.md §4.7";
const S48: &str = "domain.md §4.8";
const SEC4: &str = "Value of the default model, domain.md section 4";

fn m(id: &str, zh: &str, en: &str, citation: &str, basis: &str) -> Meta {
    Meta {
        id: id.into(),
        zh: zh.into(),
        en: en.into(),
        citation: citation.into(),
        basis: basis.into(),
    }
}

/// The built-in set, built once per process.
pub fn builtin_ref() -> &'static RuleSet {
    static SET: std::sync::OnceLock<RuleSet> = std::sync::OnceLock::new();
    SET.get_or_init(RuleSet::builtin)
}

/// `n / 10^scale`.
fn d(n: i64, scale: u32) -> Decimal {
    Decimal::new(n, scale)
}

fn lp(national: Decimal, provincial: Decimal, city: Decimal) -> LevelPoints {
    LevelPoints {
        national,
        provincial,
        city,
    }
}

fn indicator(id: &str, zh: &str, en: &str, direction: Direction, w: i64) -> IndicatorDef {
    IndicatorDef {
        meta: m(
            id,
            zh,
            en,
            S42,
            "Example catalogue entry; weight is a default",
        ),
        direction,
        default_weight: d(w, 0),
    }
}

fn group(id: &str, zh: &str, en: &str) -> EvaluatorGroup {
    EvaluatorGroup {
        meta: m(
            id,
            zh,
            en,
            S42,
            "Source 2.2: five evaluator groups; default 20% each",
        ),
        weight: d(20, 0),
    }
}

fn vote(id: &str, zh: &str, en: &str, coefficient: Option<Decimal>) -> VoteOption {
    VoteOption {
        meta: m(
            id,
            zh,
            en,
            S42,
            "Common practice (domain.md §3): 1 / 0.8 / 0.6 / 0.4, 不了解 dropped",
        ),
        coefficient,
    }
}

fn capped(id: &str, zh: &str, en: &str, cap: i64) -> Capped {
    Capped {
        meta: m(
            id,
            zh,
            en,
            S42,
            "Caps common in practice (domain.md §3); value of §4.2",
        ),
        cap: d(cap, 0),
    }
}

fn bonus(id: &str, zh: &str, en: &str, category: &str, points: LevelPoints) -> EventKind {
    EventKind {
        meta: m(id, zh, en, S42, "Source 2.1 (bonus events); points of §4.2"),
        effect: Effect::Bonus,
        category: Some(category.into()),
        points,
        escalates: false,
    }
}

fn other(id: &str, zh: &str, en: &str, effect: Effect, cite: &str) -> EventKind {
    EventKind {
        meta: m(id, zh, en, cite, "Source 2.1 and §4.4 / §4.6"),
        effect,
        category: None,
        points: LevelPoints::default(),
        escalates: false,
    }
}

fn deduction(id: &str, zh: &str, en: &str, points: LevelPoints) -> EventKind {
    EventKind {
        meta: m(
            id,
            zh,
            en,
            S42,
            "Source 2.1 (反之 deductions); points of §4.2; counts for §4.6",
        ),
        effect: Effect::Deduction,
        category: None,
        points,
        escalates: true,
    }
}

fn step(id: &str, zh: &str, en: &str, min_count: u32, action: Action) -> Step {
    Step {
        meta: m(id, zh, en, S46, "Source 2.1: by the number of occurrences"),
        min_count,
        action,
    }
}

impl RuleSet {
    /// The built-in example rules (示例规则), domain.md section 4.
    pub fn builtin() -> RuleSet {
        let one = d(1, 0);
        RuleSet {
            schema_version: SCHEMA_VERSION,
            id: BUILTIN_ID.into(),
            version: BUILTIN_VERSION.into(),
            zh: "示例规则".into(),
            en: "Example rules".into(),
            incomplete: m("unit.incomplete", "考核数据不完整", "Incomplete unit (shown, not ranked)", S41, SEC4),
            rounding: m("round.score", "四舍五入到两位小数", "Rounding to 2 dp, half away from zero", S42, SEC4),
            indicator_part: IndicatorPart {
                meta: m("part.indicator", "核心指标得分", "Indicator part", S42, "Common practice: target tasks 80 (domain.md §3)"),
                points: d(80, 0),
                completion_max: d(12, 1),
            },
            indicators: vec![
                indicator("ind.gdp", "地区生产总值", "Gross regional product", Direction::Higher, 20),
                indicator("ind.revenue", "一般公共预算收入", "General public budget revenue", Direction::Higher, 15),
                indicator("ind.investment", "固定资产投资", "Fixed-asset investment", Direction::Higher, 15),
                indicator("ind.industry", "规上工业增加值", "Industrial value added above designated size", Direction::Higher, 10),
                indicator("ind.retail", "社会消费品零售总额", "Retail sales of consumer goods", Direction::Higher, 10),
                indicator("ind.rural_income", "农村居民人均可支配收入", "Rural per-capita disposable income", Direction::Higher, 10),
                indicator("ind.key_projects", "重点项目完成数", "Key projects completed", Direction::Higher, 20),
                indicator("ind.service", "政务服务办件量", "Government service cases handled", Direction::Higher, 20),
                indicator("ind.complaints", "信访投诉件数", "Petitions and complaints", Direction::Lower, 10),
                indicator("ind.energy", "单位生产总值能耗", "Energy use per unit of output", Direction::Lower, 10),
            ],
            feedback: FeedbackRules {
                meta: m("part.feedback", "360度反馈评价得分", "360-degree feedback part", S42, "Common practice: social evaluation 20 (domain.md §3)"),
                points: d(20, 0),
                groups: vec![
                    group("fb.supervisor", "分管县级领导", "Supervising county leader"),
                    group("fb.departments", "部门单位", "Departments and units"),
                    group("fb.office", "县委考核办", "County assessment office"),
                    group("fb.staff", "本单位干部职工", "The unit's own staff"),
                    group("fb.service", "服务对象", "Service recipients"),
                ],
                drop_extremes: DropExtremes {
                    meta: m("feedback.drop_extremes", "去掉最高分和最低分", "Drop the highest and lowest rater", S42, SEC4),
                    min_raters: 5,
                },
            },
            rating: RatingRules {
                meta: m("rating.democratic", "民主测评", "Democratic rating", S42, "Rating points 0 by default (§4.2)"),
                points: Decimal::ZERO,
                options: vec![
                    vote("vote.good", "好", "Good", Some(one)),
                    vote("vote.fairly_good", "较好", "Fairly good", Some(d(8, 1))),
                    vote("vote.average", "一般", "Average", Some(d(6, 1))),
                    vote("vote.poor", "差", "Poor", Some(d(4, 1))),
                    vote("vote.unknown", "不了解", "Don't know", None),
                ],
            },
            bonus: BonusRules {
                categories: vec![
                    capped("bonus.honour", "荣誉类加分", "Honours", 5),
                    capped("bonus.ranking", "排名类加分", "Rankings", 5),
                    capped("bonus.experience", "经验与会议类加分", "Experience and meetings", 5),
                ],
                total_cap: capped("cap.bonus.total", "加分总上限", "Total bonus cap", 10),
                dedup: m("dedup.doc_no", "同一文号不重复计分", "One document number counts once", S42, "Common practice: no double counting of one document (§3)"),
            },
            events: vec![
                bonus("bonus.honour.commendation", "表彰奖励", "Commendation or award", "bonus.honour", lp(d(2, 0), one, d(5, 1))),
                bonus("bonus.honour.praise", "通报表扬", "Circulated praise", "bonus.honour", lp(d(2, 0), one, d(5, 1))),
                bonus("bonus.honour.title", "创建命名", "Creation title", "bonus.honour", lp(d(2, 0), one, d(5, 1))),
                bonus("bonus.ranking.city_top3", "主要经济指标全市排名前三", "Main economic indicator in the city's top three (quarter)", "bonus.ranking", lp(one, one, one)),
                bonus("bonus.experience.promoted", "典型经验交流推广", "Typical experience promoted", "bonus.experience", lp(d(2, 0), one, d(5, 1))),
                bonus("bonus.experience.meeting", "承办现场会", "On-site meeting hosted", "bonus.experience", lp(d(3, 0), d(2, 0), one)),
                deduction("deduction.city_bottom3", "全市排名后三", "In the city's bottom three (quarter)", lp(one, one, one)),
                deduction("deduction.criticism", "通报批评", "Criticized in a circular", lp(d(3, 0), d(2, 0), one)),
                other("veto.safety", "重大安全事故", "Major safety accident", Effect::Veto, S44),
                other("veto.stability", "重大稳定事件", "Major stability incident", Effect::Veto, S44),
                other("veto.integrity", "廉政案件", "Integrity case", Effect::Veto, S44),
                other("veto.environment", "重大环境事件", "Major environmental incident", Effect::Veto, S44),
                other("incident.public_opinion", "工作失误引发重大舆情", "Major public-opinion incident caused by a work error", Effect::Accountability, S46),
            ],
            linkage: LinkageRule {
                meta: m("linkage.double", "双倍联动加减分", "Double linkage", S42, "Source 2.1: twice the points the county gained or lost"),
                multiplier: d(2, 0),
            },
            periods: PeriodRule {
                meta: m("period.weights", "季度与年度权重", "Period weights (Q1–Q4, year-end)", S43, SEC4),
                weights: [Decimal::ZERO, Decimal::ZERO, Decimal::ZERO, Decimal::ZERO, d(100, 0)],
            },
            ranking_groups: vec![
                m("group.town", "镇办", "Towns", S41, "Default groups of §4.1"),
                m("group.department", "县直部门", "County departments", S41, "Default groups of §4.1"),
            ],
            grades: GradeRules {
                excellent: Quota {
                    meta: m("grade.excellent", "优秀", "Excellent", S44, "Source 2.2: top teams get more excellent grades; 35% and 85 of §4.4"),
                    share: d(35, 2),
                    min_total: d(85, 0),
                },
                good: Band { meta: m("grade.good", "良好", "Good", S44, SEC4), min_total: d(75, 0) },
                fair: Band { meta: m("grade.fair", "一般", "Fair", S44, SEC4), min_total: d(60, 0) },
                poor: m("grade.poor", "较差", "Poor", S44, SEC4),
                national_commendation: NationalRule {
                    meta: m("grade.national_commendation", "国家级表彰直接评为优秀", "National commendation: excellent outside the quota", S44, "Common practice: commendation by the Centre goes straight to excellent (§3)"),
                    kind: "bonus.honour.commendation".into(),
                    level: Level::National,
                },
                veto: m("grade.veto", "一票否决", "One-vote veto", S44, SEC4),
            },
            staff_quota: StaffQuota {
                meta: m("quota.staff", "干部职工优秀名额", "Staff excellent quota", S44, "Civil-servant rules: 20%, 25% with approval (§3)"),
                share: d(20, 2),
                share_excellent: d(25, 2),
            },
            awards: AwardRules {
                all_round: m("award.all_round", "全能冠军", "All-round champion", S45, "Source 2.2: annual ceremony"),
                single_item: SingleItem {
                    meta: m("award.single_item", "单项冠军", "Single-item champion", S45, "Source 2.2: annual ceremony"),
                    min_units: 2,
                },
                led_throughout: m("award.led_throughout", "一直领先", "Led throughout", S45, "Source 2.2: annual ceremony"),
                most_improved: m("award.most_improved", "进步最快", "Most improved", S45, "Source 2.2: annual ceremony"),
            },
            escalation: EscalationRules {
                steps: vec![
                    step("esc.reminder", "提醒谈话", "Reminder talk", 1, Action::ReminderTalk),
                    step("esc.admonishment", "诫勉谈话", "Admonishment talk", 2, Action::Admonishment),
                    step("esc.organizational", "组织处理", "Organizational handling", 3, Action::OrganizationalHandling),
                ],
                accountability: m("esc.accountability", "责任追究", "Accountability proceedings", S46, "Source 2.1: major public-opinion incident"),
                supervisor_quarters: QuarterBottom {
                    meta: m("esc.supervisor.quarters", "约谈提醒：季度排名靠后", "Supervisor talk: bottom of quarterly rankings", S46, "Source 2.2: poor regular results"),
                    share: d(10, 2),
                    quarters: 2,
                },
                supervisor_head_grade: HeadGrade {
                    meta: m("esc.supervisor.head_grade", "约谈提醒：主要负责人基本称职", "Supervisor talk: unit head basically competent", S46, "Source 2.2"),
                    grade: CadreGrade::BasicallyCompetent,
                },
                supervisor_rating: BottomN {
                    meta: m("esc.supervisor.rating", "约谈提醒：民主测评靠后", "Supervisor talk: democratic rating at the bottom", S46, "Source 2.2: low democratic rating"),
                    n: 3,
                },
                supervisor_linkage: Occasions {
                    meta: m("esc.supervisor.linkage", "约谈提醒：多次被联动扣分", "Supervisor talk: repeated linkage deductions", S46, "Source 2.2: repeated point losses"),
                    occasions: 2,
                },
                bottom_two_years: BottomN {
                    meta: m("esc.bottom_two_years", "连续两年排名靠后", "Bottom two years running", S46, "Source 2.2: promotions and bonus held back"),
                    n: 3,
                },
            },
            cadres: CadreRules {
                linked_head: m("cadre.linked.head", "单位主要负责人挂钩单位结果", "Unit head linked to the unit's total", S47, "Source 2.1: three links"),
                linked_leader: m("cadre.linked.leader", "县级领导挂钩分管单位结果", "County leader linked to the mean of his units", S47, "Source 2.1: three links"),
                individual: Individual {
                    meta: m("cadre.individual", "个人考核结果", "Individual result", S47, "Learning weight 0 by default (§4.7)"),
                    learning_weight: Decimal::ZERO,
                },
                excellent: CadreExcellent {
                    meta: m("cadre.excellent", "优秀", "Excellent", S47, "Civil-servant rules: at most 20% excellent (§3)"),
                    min_result: d(85, 0),
                    leader_share: d(20, 2),
                },
                competent: Band { meta: m("cadre.competent", "称职", "Competent", S47, SEC4), min_total: d(70, 0) },
                basic: Band { meta: m("cadre.basic", "基本称职", "Basically competent", S47, SEC4), min_total: d(60, 0) },
                incompetent: m("cadre.incompetent", "不称职", "Incompetent", S47, SEC4),
                not_recommended: m("cadre.not_recommended", "本年度不推荐提拔", "Not recommended for promotion this year", S47, "Source 2.1: selection linked to the unit's result"),
            },
            learning: LearningRules {
                pass: PassMark {
                    meta: m("learning.pass", "及格线", "Pass mark", S48, SEC4),
                    pass_mark: d(60, 0),
                },
                resit: m("learning.resit", "不及格须补考", "A fail requires one re-sit", S48, "Source 2.4"),
                retraining: m("learning.retraining", "补考不及格回炉淬炼", "Failed re-sit: re-training", S48, "Source 2.4"),
                missed: m("learning.missed", "缺考计零分", "Missed test counts 0", S48, SEC4),
                half_year: m("learning.half_year", "半年评估", "Half-year evaluation", S48, "Source 2.4"),
                year: m("learning.year", "年度学习成绩", "Learning result of the year", S48, SEC4),
            },
            tolerance: ToleranceRules::builtin(),
        }
    }
}
