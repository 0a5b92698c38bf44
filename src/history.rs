//! Undo and redo of whole values (the UI keeps one `Scenario` per step).
//!
//! Pure and generic, so it is tested natively. Values are shared through
//! `Rc`, so a step costs a pointer, not a copy of the scenario.

use std::rc::Rc;

/// The most steps kept; older ones are dropped first.
pub const DEFAULT_LIMIT: usize = 200;

/// The present value with its past and its undone future.
#[derive(Debug)]
pub struct History<T> {
    past: Vec<Rc<T>>,
    present: Rc<T>,
    future: Vec<Rc<T>>,
    limit: usize,
}

impl<T> Clone for History<T> {
    fn clone(&self) -> Self {
        Self {
            past: self.past.clone(),
            present: Rc::clone(&self.present),
            future: self.future.clone(),
            limit: self.limit,
        }
    }
}

impl<T: PartialEq> History<T> {
    /// A history whose only state is `present`.
    pub fn new(present: T) -> Self {
        Self::with_limit(present, DEFAULT_LIMIT)
    }

    /// As [`History::new`], keeping at most `limit` past steps (at least 1).
    pub fn with_limit(present: T, limit: usize) -> Self {
        Self {
            past: Vec::new(),
            present: Rc::new(present),
            future: Vec::new(),
            limit: limit.max(1),
        }
    }

    /// The current value.
    pub fn present(&self) -> &Rc<T> {
        &self.present
    }

    /// Records an edit. An edit that changes nothing is not a step.
    /// Returns whether a step was recorded.
    pub fn push(&mut self, next: T) -> bool {
        if *self.present == next {
            return false;
        }
        let previous = std::mem::replace(&mut self.present, Rc::new(next));
        self.past.push(previous);
        if self.past.len() > self.limit {
            let excess = self.past.len() - self.limit;
            self.past.drain(..excess);
        }
        self.future.clear();
        true
    }

    /// Replaces the present without recording a step and forgets the
    /// history (opening another draft).
    pub fn reset(&mut self, present: T) {
        self.past.clear();
        self.future.clear();
        self.present = Rc::new(present);
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// Steps back; returns false when there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        match self.past.pop() {
            Some(previous) => {
                let current = std::mem::replace(&mut self.present, previous);
                self.future.push(current);
                true
            }
            None => false,
        }
    }

    /// Steps forward again; returns false when there is nothing to redo.
    pub fn redo(&mut self) -> bool {
        match self.future.pop() {
            Some(next) => {
                let current = std::mem::replace(&mut self.present, next);
                self.past.push(current);
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_and_redo_walk_the_steps_in_order() {
        let mut h = History::new(1);
        assert!(h.push(2));
        assert!(h.push(3));
        assert!(h.undo());
        assert_eq!(**h.present(), 2);
        assert!(h.undo());
        assert_eq!(**h.present(), 1);
        assert!(!h.undo());
        assert!(h.redo());
        assert!(h.redo());
        assert_eq!(**h.present(), 3);
        assert!(!h.redo());
    }

    #[test]
    fn a_new_edit_after_undo_drops_the_redo_branch() {
        let mut h = History::new("a");
        h.push("b");
        h.undo();
        assert!(h.can_redo());
        h.push("c");
        assert!(!h.can_redo());
        h.undo();
        assert_eq!(**h.present(), "a");
    }

    #[test]
    fn an_edit_that_changes_nothing_is_not_a_step() {
        let mut h = History::new(5);
        assert!(!h.push(5));
        assert!(!h.can_undo());
    }

    #[test]
    fn the_limit_drops_the_oldest_steps() {
        let mut h = History::with_limit(0, 3);
        for i in 1..=10 {
            h.push(i);
        }
        let mut undone = 0;
        while h.undo() {
            undone += 1;
        }
        assert_eq!(undone, 3);
        assert_eq!(**h.present(), 7);
    }

    #[test]
    fn reset_forgets_both_directions() {
        let mut h = History::new(1);
        h.push(2);
        h.undo();
        h.reset(9);
        assert!(!h.can_undo() && !h.can_redo());
        assert_eq!(**h.present(), 9);
    }
}
