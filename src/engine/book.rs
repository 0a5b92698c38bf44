//! The rule book: a RuleSet checked and indexed once per evaluation — ids
//! looked up in constant time (at their likely position first), every
//! item's trace tag (id and citation) shared by all lines, and the 360
//! groups' points × weight. Validates the rules themselves (domain.md 4.2: 360
//! weights summing to 100; unique ids; known references; sane shares)
//! through `rules_check::check_scoring`, the check the rule editor shows.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use rust_decimal::Decimal;

use super::error::{EngineError, ErrorKind};
use super::rules::{Meta, RuleSet};
use super::rules_check::check_scoring;
use super::trace::Tag;
use super::types::Effect;

/// A small fast hasher for short ids (no external crate): eight bytes at a
/// time, each word rotated in and multiplied (the FxHash step).
#[derive(Default)]
pub struct IdHasher(u64);

impl IdHasher {
    const K: u64 = 0x517c_c1b7_2722_0a95;

    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Self::K);
    }
}

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            self.add(u64::from_le_bytes([
                w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7],
            ]));
        }
        let mut rest = words.remainder();
        if let [a, b, c, d, tail @ ..] = rest {
            self.add(u64::from(u32::from_le_bytes([*a, *b, *c, *d])));
            rest = tail;
        }
        for byte in rest {
            self.add(u64::from(*byte));
        }
    }
    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }
}

/// Map from id to index.
pub type IdMap<'a> = HashMap<&'a str, usize, BuildHasherDefault<IdHasher>>;

/// Tags of the single items of the set.
pub struct Tags {
    pub incomplete: Tag,
    pub rounding: Tag,
    pub part_indicator: Tag,
    pub part_feedback: Tag,
    pub drop_extremes: Tag,
    pub rating: Tag,
    pub total_cap: Tag,
    pub dedup: Tag,
    pub linkage: Tag,
    pub periods: Tag,
    pub excellent: Tag,
    pub good: Tag,
    pub fair: Tag,
    pub poor: Tag,
    pub national: Tag,
    pub veto: Tag,
    pub staff_quota: Tag,
    pub all_round: Tag,
    pub single_item: Tag,
    pub led_throughout: Tag,
    pub most_improved: Tag,
    pub accountability: Tag,
    pub sup_quarters: Tag,
    pub sup_head: Tag,
    pub sup_rating: Tag,
    pub sup_linkage: Tag,
    pub bottom_two: Tag,
    pub linked_head: Tag,
    pub linked_leader: Tag,
    pub individual: Tag,
    pub cadre_excellent: Tag,
    pub competent: Tag,
    pub basic: Tag,
    pub incompetent: Tag,
    pub not_recommended: Tag,
    pub pass: Tag,
    pub resit: Tag,
    pub retraining: Tag,
    pub missed: Tag,
    pub half_year: Tag,
    pub year: Tag,
}

/// An indexed list of rule items.
pub struct Items<'r> {
    pub map: IdMap<'r>,
    pub tags: Vec<Tag>,
    /// Ids in list order.
    ids: Vec<&'r str>,
    /// Indices in the order of their ids (the order of a BTreeMap by id).
    pub by_id: Vec<usize>,
}

impl<'r> Items<'r> {
    fn build<T>(
        list: &'r [T],
        meta: impl Fn(&T) -> &Meta,
        field: &str,
    ) -> Result<Self, EngineError> {
        let mut map = IdMap::default();
        let mut tags = Vec::with_capacity(list.len());
        let mut ids = Vec::with_capacity(list.len());
        for (i, item) in list.iter().enumerate() {
            let m = meta(item);
            if map.insert(m.id.as_str(), i).is_some() {
                return Err(
                    EngineError::new(ErrorKind::DuplicateId, format!("rules.{field}"))
                        .with_value(&m.id),
                );
            }
            tags.push(Tag::of(m));
            ids.push(m.id.as_str());
        }
        let mut by_id: Vec<usize> = (0..ids.len()).collect();
        crate::order::sort_indices(&mut by_id, |a, b| ids[a].cmp(ids[b]));
        Ok(Items {
            map,
            tags,
            ids,
            by_id,
        })
    }

    /// Index of `id`, checking the likely index `hint` before hashing (input
    /// lists usually follow the rule lists' order).
    pub fn find_near(
        &self,
        id: &str,
        hint: usize,
        field: impl FnOnce() -> String,
    ) -> Result<usize, EngineError> {
        if self.ids.get(hint) == Some(&id) {
            return Ok(hint);
        }
        self.find(id, field)
    }

    /// Index of `id`, or an unknown-rule-id error at `field`. A list of a
    /// few ids (the ranking groups) is searched in order: cheaper than
    /// hashing the id, and it reads no other memory.
    pub fn find(&self, id: &str, field: impl FnOnce() -> String) -> Result<usize, EngineError> {
        if self.ids.len() <= 4 {
            if let Some(i) = self.ids.iter().position(|x| *x == id) {
                return Ok(i);
            }
        }
        self.map
            .get(id)
            .copied()
            .ok_or_else(|| EngineError::new(ErrorKind::UnknownRuleId, field()).with_value(id))
    }
}

/// A RuleSet, validated and indexed.
pub struct Book<'r> {
    pub set: &'r RuleSet,
    pub indicators: Items<'r>,
    pub fb_groups: Items<'r>,
    /// The 360 part's points × each evaluator group's weight (None when it
    /// overflows: reported where a unit uses it).
    pub fb_points_weight: Vec<Option<Decimal>>,
    pub options: Items<'r>,
    pub categories: Items<'r>,
    pub kinds: Items<'r>,
    /// Bonus category index of each event kind.
    pub kind_category: Vec<Option<usize>>,
    pub groups: Items<'r>,
    pub steps: Items<'r>,
    /// Event kind index of the national commendation.
    pub national_kind: usize,
    pub t: Tags,
}

impl<'r> Book<'r> {
    /// Checks and indexes `set`.
    pub fn new(set: &'r RuleSet) -> Result<Self, EngineError> {
        // Every value check is shared with the rule editor (rules_check).
        check_scoring(set)?;
        let categories = Items::build(&set.bonus.categories, |c| &c.meta, "bonus.categories")?;
        let kinds = Items::build(&set.events, |k| &k.meta, "events")?;
        let mut kind_category = Vec::with_capacity(set.events.len());
        for k in &set.events {
            let cat = match (k.effect, &k.category) {
                (Effect::Bonus, Some(c)) => {
                    Some(categories.find(c, || format!("rules.events[{}].category", k.meta.id))?)
                }
                (Effect::Bonus, None) => {
                    return Err(EngineError::new(
                        ErrorKind::MissingValue,
                        format!("rules.events[{}].category", k.meta.id),
                    ))
                }
                _ => None,
            };
            kind_category.push(cat);
        }
        let national_kind = kinds.find(&set.grades.national_commendation.kind, || {
            "rules.grades.national_commendation.kind".into()
        })?;
        let steps = Items::build(&set.escalation.steps, |s| &s.meta, "escalation.steps")?;
        Ok(Book {
            set,
            indicators: Items::build(&set.indicators, |i| &i.meta, "indicators")?,
            fb_groups: Items::build(&set.feedback.groups, |g| &g.meta, "feedback.groups")?,
            fb_points_weight: set
                .feedback
                .groups
                .iter()
                .map(|g| set.feedback.points.checked_mul(g.weight))
                .collect(),
            options: Items::build(&set.rating.options, |o| &o.meta, "rating.options")?,
            categories,
            kinds,
            kind_category,
            groups: Items::build(&set.ranking_groups, |g| g, "ranking_groups")?,
            steps,
            national_kind,
            t: tags(set),
        })
    }
}

fn tags(s: &RuleSet) -> Tags {
    let e = &s.escalation;
    let c = &s.cadres;
    let l = &s.learning;
    Tags {
        incomplete: Tag::of(&s.incomplete),
        rounding: Tag::of(&s.rounding),
        part_indicator: Tag::of(&s.indicator_part.meta),
        part_feedback: Tag::of(&s.feedback.meta),
        drop_extremes: Tag::of(&s.feedback.drop_extremes.meta),
        rating: Tag::of(&s.rating.meta),
        total_cap: Tag::of(&s.bonus.total_cap.meta),
        dedup: Tag::of(&s.bonus.dedup),
        linkage: Tag::of(&s.linkage.meta),
        periods: Tag::of(&s.periods.meta),
        excellent: Tag::of(&s.grades.excellent.meta),
        good: Tag::of(&s.grades.good.meta),
        fair: Tag::of(&s.grades.fair.meta),
        poor: Tag::of(&s.grades.poor),
        national: Tag::of(&s.grades.national_commendation.meta),
        veto: Tag::of(&s.grades.veto),
        staff_quota: Tag::of(&s.staff_quota.meta),
        all_round: Tag::of(&s.awards.all_round),
        single_item: Tag::of(&s.awards.single_item.meta),
        led_throughout: Tag::of(&s.awards.led_throughout),
        most_improved: Tag::of(&s.awards.most_improved),
        accountability: Tag::of(&e.accountability),
        sup_quarters: Tag::of(&e.supervisor_quarters.meta),
        sup_head: Tag::of(&e.supervisor_head_grade.meta),
        sup_rating: Tag::of(&e.supervisor_rating.meta),
        sup_linkage: Tag::of(&e.supervisor_linkage.meta),
        bottom_two: Tag::of(&e.bottom_two_years.meta),
        linked_head: Tag::of(&c.linked_head),
        linked_leader: Tag::of(&c.linked_leader),
        individual: Tag::of(&c.individual.meta),
        cadre_excellent: Tag::of(&c.excellent.meta),
        competent: Tag::of(&c.competent.meta),
        basic: Tag::of(&c.basic.meta),
        incompetent: Tag::of(&c.incompetent),
        not_recommended: Tag::of(&c.not_recommended),
        pass: Tag::of(&l.pass.meta),
        resit: Tag::of(&l.resit),
        retraining: Tag::of(&l.retraining),
        missed: Tag::of(&l.missed),
        half_year: Tag::of(&l.half_year),
        year: Tag::of(&l.year),
    }
}
