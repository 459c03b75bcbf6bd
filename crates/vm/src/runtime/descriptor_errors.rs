//! CPython's wording for a built-in method called through its type on the wrong receiver:
//! `str.lower(5)` is "descriptor 'lower' for 'str' objects doesn't apply to a 'int'
//! object", `str.lower()` is "unbound method str.lower() needs an argument".
//!
//! The native methods check their receiver with a short "descriptor requires a 'str'
//! object" (they do not know their own name); the call of an unbound built-in method,
//! which knows it, rewords that error here. A descriptor called through its type has its
//! receiver checked before it runs (`builtin_descr.rs`), so this is left for the natives
//! that refuse a receiver of the right type in pymem's own terms, and for built-in
//! functions kept in the namespaces of natively made classes.

use heap::ObjRef;

use super::builtin_descr::is_slot_wrapper;
use super::Vm;

const PREFIX: &str = "descriptor requires a '";
const SUFFIX: &str = "' object";

impl Vm {
    /// `e`, raised by calling the unbound built-in method `name` with positional
    /// arguments `pos`, in CPython's words when it is the receiver check's TypeError.
    #[cold]
    pub fn reword_descriptor_error(&self, e: ObjRef, name: &str, pos: &[ObjRef]) -> ObjRef {
        if !self.exc_matches(&e, "TypeError") {
            return e;
        }
        let Ok(msg) = self.str(&e) else {
            return e;
        };
        let Some(owner) = msg
            .strip_prefix(PREFIX)
            .and_then(|m| m.strip_suffix(SUFFIX))
            .filter(|o| !o.contains('\''))
        else {
            return e;
        };
        let text = match (pos.first(), is_slot_wrapper(owner, name)) {
            (Some(receiver), false) => format!(
                "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
                self.type_name(receiver)
            ),
            (Some(receiver), true) => format!(
                "descriptor '{name}' requires a '{owner}' object but received a '{}'",
                self.type_name(receiver)
            ),
            (None, false) => format!("unbound method {owner}.{name}() needs an argument"),
            (None, true) => format!("descriptor '{name}' of '{owner}' object needs an argument"),
        };
        self.exc_msg("TypeError", &text)
    }
}
