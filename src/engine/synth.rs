//! Synthetic units and counties for the example county and benchmarks
//! (issue 3: "a generated 500-unit county"): plausible indicators with
//! year-to-date quarters, 360 scores (some from raters), votes, events, last
//! year's rank, unit heads and county leaders with learning tests (domain.md
//! 4.1–4.8 inputs). Deterministic: a tiny LCG, no random-number crate.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::scenario::*;
use super::types::{CadreRole, Level, UnitGrade, UnitKind};

/// A 64-bit linear congruential generator (Knuth's MMIX constants).
pub struct Lcg(u64);

impl Lcg {
    pub fn new(seed: u64) -> Self {
        Lcg(seed ^ 0x9e37_79b9_7f4a_7c15)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        let span = (hi - lo + 1).max(1) as u64;
        lo + (self.next_u64() % span) as i64
    }
}

/// (indicator, weight, base target, lower is better) of towns and departments.
const TOWN_INDICATORS: [(&str, i64, i64, bool); 8] = [
    ("ind.gdp", 15, 52_000, false),
    ("ind.revenue", 10, 6_400, false),
    ("ind.investment", 10, 31_000, false),
    ("ind.industry", 10, 18_000, false),
    ("ind.retail", 10, 15_000, false),
    ("ind.rural_income", 10, 16_800, false),
    ("ind.complaints", 5, 40, true),
    ("ind.energy", 10, 80, true),
];
const DEPARTMENT_INDICATORS: [(&str, i64, i64, bool); 3] = [
    ("ind.key_projects", 30, 24, false),
    ("ind.service", 30, 12_000, false),
    ("ind.complaints", 20, 30, true),
];

const FEEDBACK: [&str; 5] = [
    "fb.supervisor",
    "fb.departments",
    "fb.office",
    "fb.staff",
    "fb.service",
];
const BONUS_KINDS: [&str; 6] = [
    "bonus.honour.commendation",
    "bonus.honour.praise",
    "bonus.honour.title",
    "bonus.ranking.city_top3",
    "bonus.experience.promoted",
    "bonus.experience.meeting",
];

pub(crate) fn d(n: i64, scale: u32) -> Decimal {
    Decimal::new(n, scale)
}

/// Completion in percent around `strength`, ±`spread`.
fn pct(rng: &mut Lcg, strength: i64, spread: i64) -> i64 {
    (strength + rng.range(-spread, spread)).max(1)
}

pub(crate) fn indicators(rng: &mut Lcg, kind: UnitKind, strength: i64) -> Vec<IndicatorInput> {
    let list: &[(&str, i64, i64, bool)] = match kind {
        UnitKind::Town => &TOWN_INDICATORS,
        UnitKind::Department => &DEPARTMENT_INDICATORS,
    };
    list.iter()
        .map(|&(id, weight, base, lower)| {
            let target = base + rng.range(-base / 10, base / 10);
            // Value at `p`% completion, in hundredths.
            let value = |t: i64, p: i64| {
                if lower {
                    d(t * (200 - p.min(190)), 2)
                } else {
                    d(t * p, 2)
                }
            };
            let year_pct = pct(rng, strength, 6);
            let quarters = (1..=4)
                .map(|q| {
                    let t = target * q / 4;
                    YtdValue {
                        quarter: q,
                        target: d(t, 0),
                        actual: value(t, pct(rng, strength, 10)),
                    }
                })
                .collect();
            IndicatorInput {
                indicator: id.into(),
                weight: Some(d(weight, 0)),
                target: Some(d(target, 0)),
                actual: Some(value(target, year_pct)),
                na: false,
                quarters,
            }
        })
        .collect()
}

pub(crate) fn feedback(rng: &mut Lcg, strength: i64, raters: bool) -> Vec<FeedbackInput> {
    let base = (60 + (strength - 80) / 2).clamp(45, 90);
    FEEDBACK
        .iter()
        .enumerate()
        .map(|(i, g)| {
            if raters && i == 0 {
                FeedbackInput {
                    group: (*g).into(),
                    score: None,
                    raters: (0..7)
                        .map(|_| d(base + rng.range(-12, 12).min(99 - base), 0))
                        .collect(),
                }
            } else {
                FeedbackInput {
                    group: (*g).into(),
                    score: Some(d((base + rng.range(0, 15)) * 10 + rng.range(0, 9), 1)),
                    raters: Vec::new(),
                }
            }
        })
        .collect()
}

pub(crate) fn event(kind: &str, level: Level, quarter: i64, doc: Option<String>) -> EventInput {
    EventInput {
        kind: kind.into(),
        quarter,
        level,
        count: 1,
        doc_no: doc,
        date: None,
        issuer: None,
    }
}

pub(crate) fn random_events(rng: &mut Lcg, id: &str) -> Vec<EventInput> {
    let levels = [
        Level::National,
        Level::Provincial,
        Level::City,
        Level::City,
        Level::City,
    ];
    let n = rng.range(0, 3);
    (0..n)
        .map(|k| {
            let kind = BONUS_KINDS[rng.range(1, 5) as usize];
            let level = levels[rng.range(1, 4) as usize];
            let doc = Some(format!("示例〔2024〕{id}-{k}号"));
            event(kind, level, rng.range(1, 4), doc)
        })
        .collect()
}

pub(crate) fn votes(rng: &mut Lcg, strength: i64) -> BTreeMap<String, i64> {
    let good = (strength - 50).clamp(5, 80) + rng.range(0, 10);
    [
        ("vote.good", good),
        ("vote.fairly_good", rng.range(5, 25)),
        ("vote.average", rng.range(2, 12)),
        ("vote.poor", rng.range(0, 6)),
        ("vote.unknown", rng.range(0, 5)),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

/// A synthetic unit of `strength` (completion %, about 45–125).
pub(crate) fn make_unit(
    rng: &mut Lcg,
    id: String,
    name: &str,
    kind: UnitKind,
    strength: i64,
    n_group: i64,
) -> Unit {
    let group = match kind {
        UnitKind::Town => "group.town",
        UnitKind::Department => "group.department",
    };
    let last_rank = rng.range(1, n_group);
    let last_grade = if last_rank * 3 <= n_group {
        UnitGrade::Excellent
    } else {
        UnitGrade::Good
    };
    let with_raters = rng.range(0, 3) == 0;
    Unit {
        indicators: indicators(rng, kind, strength),
        feedback: feedback(rng, strength, with_raters),
        votes: votes(rng, strength),
        events: random_events(rng, &id),
        id,
        name: name.into(),
        kind,
        group: group.into(),
        staff: rng.range(8, 60),
        last_year: Some(LastYear {
            rank: Some(last_rank),
            grade: Some(last_grade),
        }),
    }
}

pub(crate) fn learning(rng: &mut Lcg) -> Vec<MonthTest> {
    (1..=12)
        .map(|month| MonthTest {
            month,
            score: Some(d(rng.range(62, 99), 0)),
            resit: None,
        })
        .collect()
}

pub(crate) fn head(rng: &mut Lcg, u: &Unit) -> Cadre {
    Cadre {
        id: format!("head-{}", u.id),
        name: format!("{}主要负责人", u.name),
        role: CadreRole::UnitHead,
        units: vec![u.id.clone()],
        learning: learning(rng),
    }
}

pub(crate) fn leaders(rng: &mut Lcg, units: &[Unit], n: usize) -> Vec<Cadre> {
    (0..n)
        .map(|i| Cadre {
            id: format!("leader-{:02}", i + 1),
            name: format!("县级领导{:02}", i + 1),
            role: CadreRole::CountyLeader,
            units: units
                .iter()
                .skip(i)
                .step_by(n.max(1))
                .map(|u| u.id.clone())
                .collect(),
            learning: learning(rng),
        })
        .collect()
}

pub(crate) fn base(name: &str, units: Vec<Unit>, towns: i64, departments: i64) -> Scenario {
    Scenario {
        format_version: FORMAT_VERSION,
        name: name.into(),
        rules: RulesRef::builtin(),
        year: 2024,
        groups: vec![
            GroupYear {
                group: "group.town".into(),
                last_year_ranked: Some(towns),
            },
            GroupYear {
                group: "group.department".into(),
                last_year_ranked: Some(departments),
            },
        ],
        units,
        linkage: Vec::new(),
        cadres: Vec::new(),
        tolerance_cases: Vec::new(),
        what_ifs: Vec::new(),
    }
}

/// A synthetic county of `n` units (about 35% towns), deterministic in `seed`.
pub fn generated_county(n: usize, seed: u64) -> Scenario {
    let mut rng = Lcg::new(seed);
    let towns = n * 15 / 43;
    let mut units = Vec::with_capacity(n);
    for i in 0..n {
        let (kind, name, group_n) = if i < towns {
            (UnitKind::Town, format!("合成镇{:03}", i + 1), towns)
        } else {
            (
                UnitKind::Department,
                format!("合成部门{:03}", i + 1 - towns),
                n - towns,
            )
        };
        let strength = rng.range(70, 118);
        units.push(make_unit(
            &mut rng,
            format!("u{:04}", i + 1),
            &name,
            kind,
            strength,
            group_n as i64,
        ));
    }
    let mut s = base(
        "合成县（虚构数据）Generated county (synthetic data)",
        units,
        towns as i64,
        (n - towns) as i64,
    );
    for k in 0..n / 10 {
        let lead = s.units[(k * 7) % n].id.clone();
        let responsible = vec![s.units[(k * 7 + 3) % n].id.clone()];
        let points = d(rng.range(-10, 15) * 5, 2);
        s.linkage.push(LinkageEntry {
            indicator: "city.gdp".into(),
            points,
            lead,
            responsible,
        });
    }
    let mut cadres: Vec<Cadre> = s.units.iter().map(|u| head(&mut rng, u)).collect();
    cadres.extend(leaders(&mut rng, &s.units, (n / 7).max(1)));
    s.cadres = cadres;
    s
}
