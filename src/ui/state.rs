//! The app's one source of truth: the Scenario being edited (with undo and
//! redo) and its Evaluation, recomputed by the engine on every change.
//! The view renders from this and sends `Action`s; it holds no scoring logic.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::{self, EngineError, Evaluation, Scenario};
use crate::history::History;

/// The Scenario being edited and what the engine made of it.
#[derive(Clone, Debug)]
pub struct AppState {
    pub history: History<Scenario>,
    pub evaluation: Rc<Result<Evaluation, EngineError>>,
}

/// Everything that changes the Scenario.
pub enum Action {
    /// An edit: the new Scenario (an undo step).
    Edit(Scenario),
    /// Opening another Scenario (a draft, a link, an import): no undo step
    /// back into the previous one.
    Open(Scenario),
    Undo,
    Redo,
}

impl AppState {
    pub fn new(scenario: Scenario) -> Self {
        let evaluation = Rc::new(engine::evaluate(&scenario));
        Self {
            history: History::new(scenario),
            evaluation,
        }
    }

    /// The Scenario being edited.
    pub fn scenario(&self) -> &Rc<Scenario> {
        self.history.present()
    }

    fn recompute(mut self) -> Self {
        self.evaluation = Rc::new(engine::evaluate(self.history.present()));
        self
    }
}

impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(self.scenario(), other.scenario())
            && Rc::ptr_eq(&self.evaluation, &other.evaluation)
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let changed = match action {
            Action::Edit(s) => next.history.push(s),
            Action::Open(s) => {
                next.history.reset(s);
                true
            }
            Action::Undo => next.history.undo(),
            Action::Redo => next.history.redo(),
        };
        if changed {
            // The old Evaluation is freed after the render, not in the edit.
            super::drop_later::drop_later(self.evaluation.clone());
            Rc::new(next.recompute())
        } else {
            self
        }
    }
}
