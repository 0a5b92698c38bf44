//! Labels of rule items by id (`ind.gdp` → 地区生产总值 / Gross regional
//! product), for the results CSV, the import (which accepts a label where
//! an id is expected) and the print sheets. Every rule item carries its own
//! `zh`/`en` (rule data, not UI strings); this walks the serialized RuleSet
//! once and collects every object that has an `id`, a `zh` and an `en`.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::engine::evaluation::UnitResult;
use crate::engine::RuleSet;
use crate::i18n::{self, Lang};

/// zh and en labels of every rule item, by id.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Labels {
    map: BTreeMap<String, (String, String)>,
}

impl Labels {
    /// Collects the labels of `rules`.
    pub fn of(rules: &RuleSet) -> Self {
        let mut map = BTreeMap::new();
        if let Ok(v) = crate::json::to_value(rules) {
            walk(&v, &mut map);
        }
        Labels { map }
    }

    /// The label of `id` in `lang`, or the id itself when unknown.
    pub fn get<'a>(&'a self, id: &'a str, lang: Lang) -> &'a str {
        match self.map.get(id) {
            Some((zh, en)) => lang.pick(zh, en),
            None => id,
        }
    }

    /// Both labels of `id`, when known.
    pub fn pair(&self, id: &str) -> Option<(&str, &str)> {
        self.map.get(id).map(|(z, e)| (z.as_str(), e.as_str()))
    }
}

/// A unit's awards as the exports and sheets write them: a single-item
/// award with its indicator in brackets.
pub fn award_texts(u: &UnitResult, labels: &Labels, lang: Lang) -> Vec<String> {
    u.awards
        .iter()
        .map(|a| {
            let label = i18n::award(a.award).get(lang);
            match &a.indicator {
                Some(ind) => paren(lang, label, labels.get(ind, lang)),
                None => label.to_owned(),
            }
        })
        .collect()
}

/// A unit's flags by name.
pub fn flag_texts(u: &UnitResult, lang: Lang) -> Vec<&'static str> {
    u.flags
        .iter()
        .map(|f| i18n::action(f.action).get(lang))
        .collect()
}

/// `head（inner）` in Chinese, `head (inner)` in English.
pub fn paren(lang: Lang, head: &str, inner: &str) -> String {
    format!("{head}{}", lang.paren(inner))
}

fn walk(v: &Value, map: &mut BTreeMap<String, (String, String)>) {
    match v {
        Value::Object(o) => {
            if let (Some(Value::String(id)), Some(Value::String(zh)), Some(Value::String(en))) =
                (o.get("id"), o.get("zh"), o.get("en"))
            {
                map.entry(id.clone())
                    .or_insert_with(|| (zh.clone(), en.clone()));
            }
            for child in o.values() {
                walk(child, map);
            }
        }
        Value::Array(a) => {
            for child in a {
                walk(child, map);
            }
        }
        _ => {}
    }
}
