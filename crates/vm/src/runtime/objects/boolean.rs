//! `True` and `False` (immortal; `bool` is an `int` subclass in the arithmetic helpers).

/// A bool.
pub struct BoolObj(pub bool);
impl heap::Object for BoolObj {
    const NAME: &'static str = "bool";
    const TRACKED: bool = false;
    const IMMORTAL: bool = true;
}
