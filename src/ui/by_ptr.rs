//! [`ByPtr`]: a memo or effect key compared by pointer, not by content.
//!
//! `Rc<Scenario>`'s own `==` compares the whole Scenario (hundreds of units)
//! field by field; as a `use_memo`/`use_effect_with` key that ran on every
//! render. Every change of the Scenario makes a new `Rc` (the app state
//! never mutates one in place), so the pointer says "changed" exactly, at
//! worst recomputing once for an equal copy.

use std::ops::Deref;
use std::rc::Rc;

pub struct ByPtr<T>(pub Rc<T>);

impl<T> PartialEq for ByPtr<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Clone for ByPtr<T> {
    fn clone(&self) -> Self {
        ByPtr(self.0.clone())
    }
}

impl<T> Deref for ByPtr<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}
