//! CPython's wording for a built-in method called through its type on the wrong receiver:
//! `str.lower(5)` is "descriptor 'lower' for 'str' objects doesn't apply to a 'int'
//! object", `str.lower()` is "unbound method str.lower() needs an argument".
//!
//! The native methods check their receiver with a short "descriptor requires a 'str'
//! object" (they do not know their own name); the call of an unbound built-in method,
//! which knows it, rewords that error here.

use heap::ObjRef;

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

/// Whether CPython implements `owner.name` as a slot wrapper (a `wrapper_descriptor`, made
/// for a type slot such as `tp_repr` or `nb_add`) rather than a method descriptor: the two
/// word their receiver errors differently. A few types list a slot's method among their
/// methods too, and then the method is what the type holds.
fn is_slot_wrapper(owner: &str, name: &str) -> bool {
    const SLOTS: &[&str] = &[
        "__abs__",
        "__add__",
        "__aiter__",
        "__and__",
        "__anext__",
        "__await__",
        "__bool__",
        "__buffer__",
        "__call__",
        "__contains__",
        "__del__",
        "__delattr__",
        "__delete__",
        "__delitem__",
        "__divmod__",
        "__eq__",
        "__float__",
        "__floordiv__",
        "__ge__",
        "__get__",
        "__getattr__",
        "__getattribute__",
        "__getitem__",
        "__gt__",
        "__hash__",
        "__iadd__",
        "__iand__",
        "__ifloordiv__",
        "__ilshift__",
        "__imatmul__",
        "__imod__",
        "__imul__",
        "__index__",
        "__init__",
        "__int__",
        "__invert__",
        "__ior__",
        "__ipow__",
        "__irshift__",
        "__isub__",
        "__iter__",
        "__itruediv__",
        "__ixor__",
        "__le__",
        "__len__",
        "__lshift__",
        "__lt__",
        "__matmul__",
        "__mod__",
        "__mul__",
        "__ne__",
        "__neg__",
        "__next__",
        "__or__",
        "__pos__",
        "__pow__",
        "__radd__",
        "__rand__",
        "__rdivmod__",
        "__release_buffer__",
        "__repr__",
        "__rfloordiv__",
        "__rlshift__",
        "__rmatmul__",
        "__rmod__",
        "__rmul__",
        "__ror__",
        "__rpow__",
        "__rrshift__",
        "__rshift__",
        "__rsub__",
        "__rtruediv__",
        "__rxor__",
        "__set__",
        "__setattr__",
        "__setitem__",
        "__str__",
        "__sub__",
        "__truediv__",
        "__xor__",
    ];
    let listed_method = match name {
        "__getitem__" => matches!(owner, "dict" | "list"),
        "__contains__" => matches!(owner, "dict" | "set" | "frozenset"),
        _ => false,
    };
    !listed_method && SLOTS.contains(&name)
}
