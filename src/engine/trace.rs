//! The trace (domain.md 4.2 "Rounding", issue 3 "Evaluation"): every point of
//! a total is a line naming the rule item that produced it, its citation, its
//! inputs and its points; caps appear as negative lines and mark the lines
//! they cut; one rounding line closes the trace so it sums exactly to the
//! rounded total. Decisions (grades, ranks, awards, flags) are zero-point
//! lines. Lines are cheap: a rule's id and citation are shared behind one
//! `Rc` (cloned without atomics), inputs inline: 96 bytes a line.

use std::fmt;
use std::rc::Rc;

use rust_decimal::Decimal;
use serde::de::{SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::mirror::Raw;
use super::rules::Meta;

/// A shared string (rule id or citation), serialized as a plain string.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Shared(Rc<str>);

impl Shared {
    pub fn new(s: &str) -> Self {
        Shared(Rc::from(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

// Comparisons with plain strings, so a Shared id reads like the String it
// replaces (`c.category == "bonus.honour"`).
impl PartialEq<str> for Shared {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Shared {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Shared {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

// And the other way round, so `String` fields compare with `Shared` ones
// (`g.group == unit.group`).
impl PartialEq<Shared> for String {
    fn eq(&self, other: &Shared) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<Shared> for str {
    fn eq(&self, other: &Shared) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Shared> for &str {
    fn eq(&self, other: &Shared) -> bool {
        *self == other.as_str()
    }
}

impl From<&Shared> for String {
    fn from(s: &Shared) -> String {
        s.as_str().to_owned()
    }
}

impl From<Shared> for Rc<str> {
    fn from(s: Shared) -> Rc<str> {
        s.0
    }
}

impl std::borrow::Borrow<str> for Shared {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Shared {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Shared {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Shared {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Shared {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Ok(Shared(Rc::from(s)))
    }
}

/// A rule item's id and citation, ready to stamp on trace lines.
#[derive(Clone, Debug)]
pub struct Tag {
    pub rule: Shared,
    pub citation: Shared,
    /// Both again behind one pointer: what a trace line holds.
    pair: Rc<TagPair>,
}

/// A line's rule id and citation, shared by every line of the rule.
#[derive(Debug, PartialEq)]
struct TagPair {
    rule: Shared,
    citation: Shared,
}

impl Tag {
    pub fn of(meta: &Meta) -> Self {
        let rule = Shared::new(&meta.id);
        let citation = Shared::new(&meta.citation);
        Tag {
            pair: Rc::new(TagPair {
                rule: rule.clone(),
                citation: citation.clone(),
            }),
            rule,
            citation,
        }
    }
}

/// What a line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LineKind {
    /// Points contributing to the total.
    Points,
    /// A cap: negative points cutting what exceeds it.
    Cap,
    /// The one rounding line: rounded total − sum of the other lines.
    Rounding,
    /// Information with zero points (N/A, rescaling, dropped duplicates…).
    Note,
    /// A decision with zero points (rank, grade, award, flag).
    Decision,
}

/// Up to four numeric inputs of a line (their meaning depends on the rule
/// kind; docs/scenario-format.md lists them).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Inputs {
    len: u8,
    vals: [Decimal; 4],
}

impl Inputs {
    pub fn new(vals: &[Decimal]) -> Self {
        let mut out = Inputs::default();
        for v in vals.iter().take(4) {
            out.vals[out.len as usize] = *v;
            out.len += 1;
        }
        out
    }

    pub fn as_slice(&self) -> &[Decimal] {
        &self.vals[..self.len as usize]
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl Serialize for Inputs {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.as_slice())
    }
}

impl<'de> Deserialize<'de> for Inputs {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Inputs;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("at most four decimals")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Inputs, A::Error> {
                let mut out = Inputs::default();
                while let Some(v) = seq.next_element::<Decimal>()? {
                    if out.len as usize == out.vals.len() {
                        return Err(serde::de::Error::invalid_length(5, &self));
                    }
                    out.vals[out.len as usize] = v;
                    out.len += 1;
                }
                Ok(out)
            }
        }
        d.deserialize_seq(V)
    }
}

/// One line of a trace. Serialized as `rule`, `citation`, `kind`, `item`
/// (when set), `inputs` (when any), `points` and `capped` (when set).
///
/// 96 bytes: the rule id and citation behind one shared pointer, the inputs
/// inline with their count, the item's presence in a byte of its own (an
/// evaluation writes some 17 000 lines).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(from = "WireLine")]
pub struct TraceLine {
    tag: Rc<TagPair>,
    pub points: Decimal,
    vals: [Decimal; 4],
    /// Index of the input item concerned (indicator, event, evaluator group,
    /// linkage entry, quarter 0–3 / 4 = year-end, or month 1–12), when
    /// `has_item`.
    item: u32,
    has_item: bool,
    len: u8,
    pub kind: LineKind,
    /// Cap-bit marker: a cap cut the category this line belongs to.
    pub capped: bool,
}

/// The serialized form of a line, for reading one back.
#[derive(Deserialize)]
struct WireLine {
    rule: Shared,
    citation: Shared,
    kind: LineKind,
    #[serde(default)]
    item: Option<u32>,
    #[serde(default)]
    inputs: Inputs,
    points: Decimal,
    #[serde(default)]
    capped: bool,
}

impl From<WireLine> for TraceLine {
    fn from(w: WireLine) -> Self {
        TraceLine {
            tag: Rc::new(TagPair {
                rule: w.rule,
                citation: w.citation,
            }),
            points: w.points,
            vals: w.inputs.vals,
            item: w.item.unwrap_or(0),
            has_item: w.item.is_some(),
            len: w.inputs.len,
            kind: w.kind,
            capped: w.capped,
        }
    }
}

impl Serialize for TraceLine {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let item = self.item_index();
        let inputs = self.input_values();
        let n = 4
            + usize::from(item.is_some())
            + usize::from(!inputs.is_empty())
            + usize::from(self.capped);
        let mut st = s.serialize_struct("TraceLine", n)?;
        st.serialize_field("rule", self.rule())?;
        st.serialize_field("citation", self.citation())?;
        st.serialize_field("kind", &self.kind)?;
        if item.is_some() {
            st.serialize_field("item", &item)?;
        } else {
            st.skip_field("item")?;
        }
        if !inputs.is_empty() {
            st.serialize_field("inputs", inputs)?;
        } else {
            st.skip_field("inputs")?;
        }
        st.serialize_field("points", &self.points)?;
        if self.capped {
            st.serialize_field("capped", &self.capped)?;
        } else {
            st.skip_field("capped")?;
        }
        st.end()
    }
}

impl TraceLine {
    /// A line of `kind` for the rule `tag`.
    pub fn new(tag: &Tag, kind: LineKind, points: Decimal) -> Self {
        TraceLine {
            tag: tag.pair.clone(),
            points,
            vals: [Decimal::ZERO; 4],
            item: 0,
            has_item: false,
            len: 0,
            kind,
            capped: false,
        }
    }

    /// A zero-point note.
    pub fn note(tag: &Tag) -> Self {
        Self::new(tag, LineKind::Note, Decimal::ZERO)
    }

    /// A zero-point decision.
    pub fn decision(tag: &Tag) -> Self {
        Self::new(tag, LineKind::Decision, Decimal::ZERO)
    }

    pub fn item(mut self, i: usize) -> Self {
        self.item = u32::try_from(i).unwrap_or(u32::MAX);
        self.has_item = true;
        self
    }

    pub fn inputs(mut self, vals: &[Decimal]) -> Self {
        let n = vals.len().min(4);
        self.vals[..n].copy_from_slice(&vals[..n]);
        self.len = n as u8;
        self
    }

    /// The rule item's id.
    pub fn rule(&self) -> &Shared {
        &self.tag.rule
    }

    /// The rule item's citation.
    pub fn citation(&self) -> &Shared {
        &self.tag.citation
    }

    /// Index of the input item concerned, if any.
    pub fn item_index(&self) -> Option<u32> {
        self.has_item.then_some(self.item)
    }

    /// The line's numeric inputs (up to four).
    pub fn input_values(&self) -> &[Decimal] {
        &self.vals[..self.len as usize]
    }
}

/// Sum of a trace's points, checked.
pub fn sum_points(lines: &[TraceLine]) -> Result<Decimal, super::error::EngineError> {
    add_points(Decimal::ZERO, lines)
}

/// `start` plus the lines' points, added in order. Adding zero to a sum
/// that is not zero returns that sum unchanged, so zero-point lines (notes
/// and decisions) are skipped then; a zero sum still takes them (0 + 0.00
/// is 0.00).
///
/// While the sum and the points are not negative (most lines: indicator
/// and 360 points), the sum is carried as integer parts ([`Raw`], each
/// addition the library's) and built as a Decimal once per run; a negative
/// point (caps, deductions) is added as a Decimal.
pub fn add_points(
    start: Decimal,
    lines: &[TraceLine],
) -> Result<Decimal, super::error::EngineError> {
    let mut sum = start;
    let mut i = 0;
    while i < lines.len() {
        if let Some(raw) = Raw::of(sum) {
            let (raw, next) = add_raw_run(raw, &lines[i..]);
            sum = raw.to_decimal();
            i += next;
            if i == lines.len() {
                break;
            }
        }
        let points = lines[i].points;
        if sum.is_zero() || !points.is_zero() {
            sum = super::num::add(sum, points)?;
        }
        i += 1;
    }
    Ok(sum)
}

/// Adds the points of `lines` to `sum` on integer parts, with the zero-line
/// rule of [`add_points`], up to the first negative point (or a sum the
/// integer addition leaves to the library). Returns the sum and the number
/// of lines added.
fn add_raw_run(mut sum: Raw, lines: &[TraceLine]) -> (Raw, usize) {
    for (i, l) in lines.iter().enumerate() {
        if !sum.is_zero() && l.points.is_zero() {
            continue;
        }
        match Raw::of(l.points).and_then(|p| sum.add(p)) {
            Some(next) => sum = next,
            None => return (sum, i),
        }
    }
    (sum, lines.len())
}
