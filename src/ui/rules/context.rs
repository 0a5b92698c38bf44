//! The context every part of the rule editor reads: the effective RuleSet,
//! its issues (from `RuleSet::validate`), the edit callback and which
//! sections are open. Sections and fields take it with [`use_rules`]
//! instead of threading the whole set through their props.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::meta_fields::{set_meta, MetaKey};
use crate::engine::rules::{Meta, RuleSet};
use crate::engine::tolerance::Item;
use crate::engine::RuleIssue;

/// An edit of the rules: applied to a copy of the current set.
pub type EditFn = Box<dyn FnOnce(&mut RuleSet)>;

/// What the rule editor's parts share.
#[derive(Clone)]
pub struct RulesCtx {
    /// The effective rules (the Scenario's, or the built-in set when the
    /// Scenario's reference cannot be resolved).
    pub rules: Rc<RuleSet>,
    pub issues: Rc<Vec<RuleIssue>>,
    /// Applies an edit and stores the result in the Scenario (one undo step).
    pub apply: Callback<EditFn>,
    /// Ids of the open sections.
    pub open: Rc<BTreeSet<&'static str>>,
    /// Opens (`true`) or closes a section.
    pub set_open: Callback<(&'static str, bool)>,
    /// Opens the section of a path and moves focus to its field.
    pub jump: Callback<String>,
}

impl PartialEq for RulesCtx {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.rules, &other.rules)
            && Rc::ptr_eq(&self.issues, &other.issues)
            && Rc::ptr_eq(&self.open, &other.open)
    }
}

impl RulesCtx {
    /// A callback that applies `f` with the value it is given.
    pub fn setter<V: 'static>(&self, f: impl Fn(&mut RuleSet, V) + 'static) -> Callback<V> {
        let apply = self.apply.clone();
        let f = Rc::new(f);
        Callback::from(move |v: V| {
            let f = f.clone();
            apply.emit(Box::new(move |r: &mut RuleSet| f(r, v)));
        })
    }

    /// A callback that applies `f` (for buttons).
    pub fn action<E: 'static>(&self, f: impl Fn(&mut RuleSet) + 'static) -> Callback<E> {
        let apply = self.apply.clone();
        let f = Rc::new(f);
        Callback::from(move |_: E| {
            let f = f.clone();
            apply.emit(Box::new(move |r: &mut RuleSet| f(r)));
        })
    }

    /// A number field's callback setting the value `at` points to (a
    /// missing item, e.g. removed meanwhile, is left alone).
    pub fn decimal(
        &self,
        at: impl for<'a> Fn(&'a mut RuleSet) -> Option<&'a mut Decimal> + 'static,
    ) -> Callback<Option<Decimal>> {
        self.setter(move |r: &mut RuleSet, v: Option<Decimal>| {
            if let (Some(v), Some(slot)) = (v, at(r)) {
                *slot = v;
            }
        })
    }

    /// A whole-number field's callback (counts and days).
    pub fn count(
        &self,
        at: impl for<'a> Fn(&'a mut RuleSet) -> Option<&'a mut u32> + 'static,
    ) -> Callback<Option<Decimal>> {
        self.setter(move |r: &mut RuleSet, v: Option<Decimal>| {
            if let (Some(v), Some(slot)) = (v.and_then(|d| d.to_u32()), at(r)) {
                *slot = v;
            }
        })
    }

    /// A text field's callback.
    pub fn text(
        &self,
        at: impl for<'a> Fn(&'a mut RuleSet) -> Option<&'a mut String> + 'static,
    ) -> Callback<String> {
        self.setter(move |r: &mut RuleSet, v: String| {
            if let Some(slot) = at(r) {
                *slot = v;
            }
        })
    }

    /// The callback of an item's header fields.
    pub fn meta(
        &self,
        at: impl for<'a> Fn(&'a mut RuleSet) -> Option<&'a mut Meta> + 'static,
    ) -> Callback<(MetaKey, String)> {
        self.setter(move |r: &mut RuleSet, (k, v): (MetaKey, String)| {
            if let Some(m) = at(r) {
                set_meta(m, k, v);
            }
        })
    }

    /// The callback of a tolerance item's header fields (no basis).
    pub fn item(
        &self,
        at: impl for<'a> Fn(&'a mut RuleSet) -> Option<&'a mut Item> + 'static,
    ) -> Callback<(MetaKey, String)> {
        self.setter(move |r: &mut RuleSet, (k, v): (MetaKey, String)| {
            if let Some(i) = at(r) {
                match k {
                    MetaKey::Id => i.id = v,
                    MetaKey::Zh => i.zh = v,
                    MetaKey::En => i.en = v,
                    MetaKey::Citation => i.citation = v,
                    MetaKey::Basis => {}
                }
            }
        })
    }

    /// The issues at exactly `path`, or at `also` (a list the field
    /// belongs to, e.g. `feedback.groups` for a weight: the sum).
    pub fn issues_at(&self, path: &str, also: Option<&str>) -> Vec<RuleIssue> {
        self.issues
            .iter()
            .filter(|i| i.path == path || also.is_some_and(|a| i.path == a))
            .cloned()
            .collect()
    }

    /// The number of issues shown in section `id`.
    pub fn issues_in(&self, id: &str) -> usize {
        self.issues
            .iter()
            .filter(|i| super::section_of(&i.path) == id)
            .count()
    }
}

/// The rule editor's context (inside [`super::RulesScreen`]).
#[hook]
pub fn use_rules() -> RulesCtx {
    use_context::<RulesCtx>().unwrap_or_else(|| RulesCtx {
        rules: Rc::new(RuleSet::builtin()),
        issues: Rc::new(Vec::new()),
        apply: Callback::noop(),
        open: Rc::new(BTreeSet::new()),
        set_open: Callback::noop(),
        jump: Callback::noop(),
    })
}

/// A fresh id `{prefix}{n}` not among `taken`.
pub fn fresh_id<'a>(prefix: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    let mut n = 1usize;
    loop {
        let id = format!("{prefix}{n}");
        if !taken.clone().any(|t| t == id) {
            return id;
        }
        n += 1;
    }
}
