//! Closure cells.

use std::cell::RefCell;

use heap::ObjRef;

/// A cell.
pub struct CellObj(pub RefCell<Option<ObjRef>>);
impl heap::Object for CellObj {
    const NAME: &'static str = "cell";
    fn traverse(&self, v: &mut heap::Visitor<'_>) {
        v.visit(&self.0);
    }
    fn clear(&self) {
        heap::Trace::clear_refs(&self.0);
    }
}
