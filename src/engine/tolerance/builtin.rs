//! The built-in tolerance items (示例规则) of domain.md section 4.9, with
//! their citations. Data only: an office edits, adds and removes items.

use super::rules::{Calendar, Distinction, Item, Step, Threshold, ToleranceRules};

/// The three distinctions in their 2016 wording (调研报告 第四部分一).
const DISTINCTIONS: &str = "三个区分开来（2016）；调研报告 第四部分一；domain 2.3";
/// Section 3: the negative lists of published local measures.
const LOCAL_NEGATIVE: &str = "地方容错纠错办法 负面清单；domain 3, 4.9";
/// Section 3: the required conditions of published local measures.
const LOCAL_CONDITIONS: &str = "地方容错纠错办法 容错条件；domain 3, 4.9";
/// Section 3: art. 17 of the 2019 accountability regulation.
const ART17: &str = "问责条例 第十七条；domain 3, 4.9";
/// Section 4.9: the procedure limits.
const PROCEDURE: &str = "地方容错纠错办法 程序；domain 3, 4.9";
/// The source on clearing names.
const CLEARANCE: &str = "调研报告 第四部分二（及时澄清正名）；domain 2.3";

fn item(id: &str, zh: &str, en: &str, citation: &str) -> Item {
    Item {
        id: id.into(),
        zh: zh.into(),
        en: en.into(),
        citation: citation.into(),
    }
}

fn step(id: &str, zh: &str, en: &str, limit_days: u32, extension_days: u32) -> Step {
    Step {
        id: id.into(),
        zh: zh.into(),
        en: en.into(),
        citation: PROCEDURE.into(),
        limit_days,
        extension_days,
    }
}

fn distinction(id: &str, zh: &str, en: &str, negative: &str, positive: &str) -> Distinction {
    Distinction {
        id: id.into(),
        zh: zh.into(),
        en: en.into(),
        citation: DISTINCTIONS.into(),
        negative: negative.into(),
        positive: positive.into(),
    }
}

fn negative() -> Vec<Item> {
    let d1 = "三个区分开来 第一项；domain 2.3, 4.9";
    let d2 = "三个区分开来 第二项；domain 2.3, 4.9";
    let d3 = "三个区分开来 第三项；domain 2.3, 3, 4.9";
    vec![
        item(
            "knowingly_violating",
            "违纪违法且明知故犯",
            "Knowingly violating discipline or law",
            d1,
        ),
        item(
            "defying_ban",
            "上级明令禁止后仍我行我素",
            "Carrying on after an explicit ban by higher levels",
            d2,
        ),
        item("private_gain", "谋取私利", "Seeking private gain", d3),
        item(
            "malicious_collusion",
            "恶意串通",
            "Malicious collusion",
            LOCAL_NEGATIVE,
        ),
        item(
            "major_safety_accident",
            "重大安全事故",
            "Major safety accident",
            LOCAL_NEGATIVE,
        ),
        item(
            "environmental_pollution",
            "环境污染事件",
            "Environmental pollution incident",
            LOCAL_NEGATIVE,
        ),
        item(
            "food_safety_incident",
            "食品安全事件",
            "Food-safety incident",
            LOCAL_NEGATIVE,
        ),
        item(
            "mass_incident",
            "群体性事件",
            "Mass incident",
            LOCAL_NEGATIVE,
        ),
        item(
            "repeat_offence",
            "同类错误重犯",
            "Repeating the same kind of mistake",
            LOCAL_NEGATIVE,
        ),
        item(
            "fraud",
            "弄虚作假",
            "Fraud or falsification",
            LOCAL_NEGATIVE,
        ),
        item(
            "eight_point_rules",
            "违反中央八项规定精神",
            "Breaking the central eight-point rules",
            LOCAL_NEGATIVE,
        ),
    ]
}

fn conditions() -> Vec<Item> {
    let c = LOCAL_CONDITIONS;
    vec![
        item("no_private_gain", "无私利", "No private gain", c),
        item(
            "proper_procedure",
            "决策程序合规（集体研究、有记录）",
            "Proper decision procedure (collective, documented)",
            c,
        ),
        item(
            "not_prohibited",
            "未被明令禁止",
            "Not expressly prohibited",
            c,
        ),
        item(
            "diligent_no_intent",
            "勤勉尽责无主观故意",
            "Diligent, with no intent to harm",
            c,
        ),
        item(
            "losses_remedied",
            "积极挽回损失",
            "Losses actively remedied",
            c,
        ),
    ]
}

fn positive() -> Vec<Item> {
    let d1 = "三个区分开来 第一项；问责条例 第十七条；domain 2.3, 4.9";
    let d2 = "三个区分开来 第二项；问责条例 第十七条；domain 2.3, 4.9";
    let d3 = "三个区分开来 第三项；问责条例 第十七条；domain 2.3, 4.9";
    let p = "地方容错纠错办法 正面清单；domain 4.9";
    vec![
        item(
            "first_trial",
            "改革中先行先试缺乏经验",
            "Trying something first in a reform, lacking experience",
            d1,
        ),
        item(
            "unrestricted_experiment",
            "上级无明确限制的探索性试验",
            "Exploratory trial that higher levels had not restricted",
            d2,
        ),
        item(
            "unintentional_slip",
            "推动发展中的无意过失",
            "Unintentional slip while pushing development",
            d3,
        ),
        item(
            "executing_decisions",
            "执行上级决策部署且程序合规",
            "Carrying out higher-level decisions with proper procedure",
            p,
        ),
        item(
            "emergency_task",
            "应对突发事件或急难险重任务",
            "Responding to an emergency or an urgent, hard, dangerous or heavy task",
            p,
        ),
        item(
            "force_majeure",
            "不可抗力或难以预见的因素",
            "Force majeure or unforeseeable factors",
            ART17,
        ),
    ]
}

fn distinctions() -> Vec<Distinction> {
    vec![
        distinction(
            "reform_first_trial",
            "把干部在推进改革中因缺乏经验、先行先试出现的失误错误，同明知故犯的违纪违法行为区分开来",
            "Mistakes from lack of experience while trying something first in a reform, versus knowingly breaking discipline or law",
            "knowingly_violating",
            "first_trial",
        ),
        distinction(
            "exploratory_trial",
            "把上级尚无明确限制的探索性试验中的失误错误，同上级明令禁止后依然我行我素的违纪违法行为区分开来",
            "Mistakes in an exploratory trial higher levels had not restricted, versus carrying on after an explicit ban",
            "defying_ban",
            "unrestricted_experiment",
        ),
        distinction(
            "pushing_development",
            "把为推动发展的无意过失，同为谋取私利的违纪违法行为区分开来",
            "Unintentional slips while pushing development, versus breaking rules for private gain",
            "private_gain",
            "unintentional_slip",
        ),
    ]
}

impl ToleranceRules {
    /// The built-in items of domain.md section 4.9 (calendar empty).
    pub fn builtin() -> Self {
        ToleranceRules {
            distinctions: distinctions(),
            negative: negative(),
            conditions: conditions(),
            positive: positive(),
            threshold: Threshold {
                id: "lighter_min_conditions".into(),
                zh: "可从轻或减轻所需满足的容错条件项数（至少）".into(),
                en: "Least number of conditions met for lighter handling".into(),
                citation: "domain 4.9".into(),
                min_conditions: 3,
            },
            steps: vec![
                step("accept", "受理", "Accept", 5, 0),
                step("verify", "核查", "Verify", 15, 15),
                step("decide", "认定", "Decide", 5, 0),
                step("notify", "告知", "Notify", 5, 0),
                step("file", "备案", "File", 10, 0),
            ],
            calendar: Calendar::default(),
            clearance_methods: vec![
                item(
                    "letter",
                    "发函澄清（向所在单位函告调查结果）",
                    "Letter to the cadre's unit with the findings",
                    CLEARANCE,
                ),
                item(
                    "meeting",
                    "召开会议澄清",
                    "Clearing at a meeting",
                    CLEARANCE,
                ),
                item(
                    "circular",
                    "发文通报澄清",
                    "Clearing by circular",
                    CLEARANCE,
                ),
            ],
        }
    }
}
