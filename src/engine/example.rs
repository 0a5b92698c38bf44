//! The example county (示例县, synthetic data, labelled so): 43 units (15
//! towns, 28 departments), cadres with learning tests, events, linkage, two
//! vetoed units, ties, a most-improved unit and an incomplete unit, chosen so
//! that every scoring rule id of the built-in RuleSet (domain.md 4.1–4.8)
//! fires at least once in its trace. The app opens on it the first time.

use super::scenario::*;
pub use super::synth::generated_county;
use super::synth::{base, d, event, head, leaders, make_unit, Lcg};
use super::types::{Level, UnitGrade, UnitKind};

const TOWNS: [&str; 15] = [
    "城关镇",
    "东岗镇",
    "西河镇",
    "南山镇",
    "北塬镇",
    "青石镇",
    "白杨镇",
    "柳湾镇",
    "桃源镇",
    "红岩镇",
    "金川镇",
    "石门镇",
    "龙泉镇",
    "清水镇",
    "云岭镇",
];

const DEPARTMENTS: [&str; 28] = [
    "发展和改革局",
    "财政局",
    "教育局",
    "公安局",
    "民政局",
    "司法局",
    "人力资源和社会保障局",
    "自然资源局",
    "生态环境局",
    "住房和城乡建设局",
    "交通运输局",
    "水利局",
    "农业农村局",
    "商务局",
    "文化和旅游局",
    "卫生健康局",
    "退役军人事务局",
    "应急管理局",
    "审计局",
    "市场监督管理局",
    "统计局",
    "医疗保障局",
    "林业局",
    "城市管理局",
    "行政审批服务局",
    "信访局",
    "乡村振兴局",
    "工业和信息化局",
];

/// The example county 示例县 (synthetic data).
pub fn example_county() -> Scenario {
    let mut rng = Lcg::new(2024);
    let mut units = Vec::with_capacity(43);
    for (i, name) in TOWNS.iter().enumerate() {
        let strength = [
            125, 108, 108, 104, 118, 110, 62, 101, 97, 100, 99, 96, 95, 93, 45,
        ][i];
        units.push(make_unit(
            &mut rng,
            format!("t{:02}", i + 1),
            name,
            UnitKind::Town,
            strength,
            15,
        ));
    }
    for (i, name) in DEPARTMENTS.iter().enumerate() {
        let strength = match i {
            0..=12 => [125, 98, 106, 104, 104, 101, 100, 99, 97, 96, 117, 50, 66][i],
            _ => 84 + (i as i64 * 37) % 23,
        };
        units.push(make_unit(
            &mut rng,
            format!("d{:02}", i + 1),
            name,
            UnitKind::Department,
            strength,
            28,
        ));
    }
    specials(&mut units);
    let mut s = base(
        "示例县（虚构数据）Example County (synthetic data)",
        units,
        15,
        28,
    );
    let entry = |ind: &str, p: i64, lead: &str, resp: &[&str]| LinkageEntry {
        indicator: ind.into(),
        points: d(p, 2),
        lead: lead.into(),
        responsible: resp.iter().map(|r| (*r).to_string()).collect(),
    };
    s.linkage = vec![
        entry("市考：地区生产总值", 75, "t01", &["d01", "d02"]),
        entry("市考：一般公共预算收入", -50, "d10", &["t09"]),
        entry("市考：固定资产投资", -25, "d10", &[]),
        entry("市考：生态环境质量", 50, "d09", &["t06"]),
    ];
    let mut cadres: Vec<Cadre> = s.units.iter().map(|u| head(&mut rng, u)).collect();
    for c in cadres.iter_mut() {
        let months = &mut c.learning;
        match c.id.as_str() {
            "head-t07" => {
                months[2] = MonthTest {
                    month: 3,
                    score: Some(d(50, 0)),
                    resit: Some(d(72, 0)),
                }
            }
            "head-t15" => {
                months[4] = MonthTest {
                    month: 5,
                    score: Some(d(40, 0)),
                    resit: Some(d(45, 0)),
                };
                months[8] = MonthTest {
                    month: 9,
                    score: None,
                    resit: None,
                };
            }
            "head-d12" => {
                months[1] = MonthTest {
                    month: 2,
                    score: Some(d(55, 0)),
                    resit: None,
                }
            }
            _ => {}
        }
    }
    cadres.extend(leaders(&mut rng, &s.units, 6));
    s.cadres = cadres;
    s
}

fn doc(s: &str) -> Option<String> {
    Some(s.to_string())
}

/// The hand-placed facts of the example county.
fn specials(units: &mut [Unit]) {
    use Level::{City, National, Provincial};
    let find = |units: &mut [Unit], id: &str| units.iter().position(|u| u.id == id).unwrap_or(0);
    // t01 and d01 lead throughout; t01 hits every bonus cap and the total cap.
    let t01 = find(units, "t01");
    units[t01].events = vec![
        event(
            "bonus.honour.commendation",
            Provincial,
            1,
            doc("省委〔2024〕12号"),
        ),
        event(
            "bonus.honour.praise",
            Provincial,
            2,
            doc("省政府办〔2024〕30号"),
        ),
        event(
            "bonus.honour.praise",
            Provincial,
            3,
            doc("省政府办〔2024〕41号"),
        ),
        event(
            "bonus.honour.title",
            National,
            4,
            doc("国家部委〔2024〕7号"),
        ),
        event("bonus.honour.praise", City, 4, doc("市委〔2024〕80号")),
        EventInput {
            count: 6,
            ..event("bonus.ranking.city_top3", City, 1, None)
        },
        event(
            "bonus.experience.meeting",
            National,
            2,
            doc("国家部委〔2024〕19号"),
        ),
        event(
            "bonus.experience.promoted",
            National,
            3,
            doc("国家部委〔2024〕22号"),
        ),
        event(
            "bonus.experience.meeting",
            City,
            4,
            doc("市委办〔2024〕55号"),
        ),
    ];
    // t02 and t03 tie: same inputs.
    let (t02, t03) = (find(units, "t02"), find(units, "t03"));
    let twin = Unit {
        id: units[t03].id.clone(),
        name: units[t03].name.clone(),
        ..units[t02].clone()
    };
    units[t03] = twin;
    // t04: an N/A indicator (weights rescaled); t05: most improved.
    let t04 = find(units, "t04");
    units[t04].indicators[7].na = true;
    let t05 = find(units, "t05");
    units[t05].last_year = Some(LastYear {
        rank: Some(15),
        grade: Some(UnitGrade::Poor),
    });
    // t06 and d03: vetoes.
    let t06 = find(units, "t06");
    units[t06]
        .events
        .push(event("veto.safety", City, 2, doc("县安委〔2024〕3号")));
    units[t06]
        .events
        .push(event("veto.environment", City, 2, doc("县环委〔2024〕1号")));
    let d03 = find(units, "d03");
    units[d03]
        .events
        .push(event("veto.stability", City, 3, None));
    units[d03]
        .events
        .push(event("veto.integrity", City, 4, None));
    // t08: accountability; t09: three escalations; t10: a shared 文号.
    let t08 = find(units, "t08");
    units[t08]
        .events
        .push(event("incident.public_opinion", City, 3, None));
    let t09 = find(units, "t09");
    units[t09].events = vec![
        event("deduction.city_bottom3", City, 1, doc("市统〔2024〕4号")),
        event("deduction.city_bottom3", City, 2, doc("市统〔2024〕9号")),
        event(
            "deduction.criticism",
            Provincial,
            3,
            doc("省督〔2024〕15号"),
        ),
    ];
    let t10 = find(units, "t10");
    units[t10].events = vec![
        event("bonus.honour.praise", City, 2, doc("市委〔2024〕66号")),
        event(
            "bonus.honour.commendation",
            Provincial,
            2,
            doc("市委〔2024〕66号"),
        ),
    ];
    // t15: poor two years running.
    let t15 = find(units, "t15");
    units[t15].last_year = Some(LastYear {
        rank: Some(14),
        grade: Some(UnitGrade::Poor),
    });
    // d02: national commendation; d04/d05: tie; d06: a 360 group missing;
    // d07: incomplete (no 360 yet); d08, d09: one and two escalations.
    let d02 = find(units, "d02");
    units[d02].events = vec![event(
        "bonus.honour.commendation",
        National,
        2,
        doc("国务院〔2024〕2号"),
    )];
    let (d04, d05) = (find(units, "d04"), find(units, "d05"));
    units[d05] = Unit {
        id: units[d05].id.clone(),
        name: units[d05].name.clone(),
        ..units[d04].clone()
    };
    let d06 = find(units, "d06");
    units[d06].feedback.truncate(4);
    let d07 = find(units, "d07");
    units[d07].feedback.clear();
    let d08 = find(units, "d08");
    units[d08].events = vec![event(
        "deduction.criticism",
        City,
        2,
        doc("市委办〔2024〕71号"),
    )];
    let d09 = find(units, "d09");
    units[d09].events = vec![
        event("deduction.city_bottom3", City, 3, doc("市统〔2024〕12号")),
        event("deduction.criticism", City, 4, doc("市委办〔2024〕90号")),
        event(
            "deduction.criticism",
            Provincial,
            4,
            doc("市委办〔2024〕90号"),
        ),
    ];
    // d11: most improved among departments.
    let d11 = find(units, "d11");
    units[d11].last_year = Some(LastYear {
        rank: Some(28),
        grade: Some(UnitGrade::Fair),
    });
}
