//! The screen's own state (not part of the Scenario, not undone): the unit
//! and cadre being edited, the open trace, and the status message. A
//! reducer, so the stable callbacks of memoised rows always act on the
//! current state.

use std::rc::Rc;

use yew::prelude::*;

/// Whose total a trace explains.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    Unit(String),
    Cadre(String),
}

/// Where the trace panel is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// Under the unit's ranking group.
    Roster,
    /// In the cadres panel.
    Cadres,
}

/// An open trace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TraceTarget {
    pub subject: Subject,
    /// The rule of the flag it was opened from.
    pub highlight: Option<String>,
    pub place: Place,
    /// DOM id of the button that opened it (focus returns there).
    pub opener: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct CalcUi {
    pub unit: Option<String>,
    pub cadre: Option<String>,
    pub trace: Option<TraceTarget>,
    pub status: String,
}

pub enum UiAction {
    /// Opens the unit editor, or closes it when open for that unit.
    ToggleUnit(String),
    OpenUnit(String),
    CloseUnit,
    ToggleCadre(String),
    OpenCadre(String),
    CloseCadre,
    /// Opens a trace, or closes it when that same trace is open.
    ToggleTrace(TraceTarget),
    CloseTrace,
    /// A unit was removed: close what showed it.
    Removed(String),
    Status(String),
}

impl Reducible for CalcUi {
    type Action = UiAction;

    fn reduce(self: Rc<Self>, action: UiAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            UiAction::ToggleUnit(id) => {
                next.unit = if next.unit.as_deref() == Some(&id) {
                    None
                } else {
                    Some(id)
                };
            }
            UiAction::OpenUnit(id) => next.unit = Some(id),
            UiAction::CloseUnit => next.unit = None,
            UiAction::ToggleCadre(id) => {
                next.cadre = if next.cadre.as_deref() == Some(&id) {
                    None
                } else {
                    Some(id)
                };
            }
            UiAction::OpenCadre(id) => next.cadre = Some(id),
            UiAction::CloseCadre => next.cadre = None,
            UiAction::ToggleTrace(t) => {
                let same = next.trace.as_ref().is_some_and(|o| {
                    o.subject == t.subject && o.highlight == t.highlight && o.place == t.place
                });
                next.trace = if same { None } else { Some(t) };
            }
            UiAction::CloseTrace => next.trace = None,
            UiAction::Removed(id) => {
                if next.unit.as_deref() == Some(&id) {
                    next.unit = None;
                }
                if next
                    .trace
                    .as_ref()
                    .is_some_and(|t| t.subject == Subject::Unit(id.clone()))
                {
                    next.trace = None;
                }
            }
            UiAction::Status(s) => next.status = s,
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
