//! Why `del o[key]` failed, in CPython 3.12's words. Its two messages come from two
//! functions: a type with sequence methods, given an index, fails in `PySequence_DelItem`
//! ("doesn't support"); anything else fails in `PyObject_DelItem` ("does not support").

use heap::ObjRef;

use super::objects::class::{BUILTIN, CUSTOM_META, C_TYPE_NAME};
use super::objects::dict::DictView;
use super::objects::memoryview::MemoryView;
use super::objects::*;
use super::{PyResult, Vm};

impl Vm {
    /// The `TypeError` for `del o[key]` on an object without item deletion.
    pub(crate) fn no_item_deletion(&self, o: &ObjRef, key: &ObjRef) -> PyResult<()> {
        let contraction = self.has_sequence_methods(o) && self.index_num(key)?.is_some();
        self.type_err(format!(
            "'{}' object {} support item deletion",
            self.type_name(o),
            if contraction { "doesn't" } else { "does not" }
        ))
    }

    /// Whether the built-in value under a subclass instance has item deletion of its own
    /// (list, dict, bytearray, memoryview).
    pub(crate) fn base_deletes_items(&self, inst: &Instance) -> bool {
        inst.base_value().is_some_and(|b| {
            b.is::<ListObj>()
                || b.is::<DictObj>()
                || b.is::<MemoryView>()
                || b.downcast_ref::<BytesObj>().is_some_and(|b| b.mutable)
        })
    }

    /// Whether CPython's type for `o` has sequence methods (`tp_as_sequence`): the
    /// built-in sequences, sets and dict views, and every class defined in Python (a heap
    /// type always has them); not numbers, exceptions or the stand-ins for C types other
    /// than the sequence ones (`array.array`).
    fn has_sequence_methods(&self, o: &ObjRef) -> bool {
        if let Some(inst) = o.downcast_ref::<Instance>() {
            let cls = inst.class();
            if cls.has(BUILTIN) {
                return false;
            }
            if cls.has(C_TYPE_NAME) {
                return matches!(self.lookup_type_attr(&cls, "__getitem__"), Ok(Some(_)));
            }
            return true;
        }
        // A class whose metaclass is defined in Python is an instance of a heap type.
        if let Some(t) = o.downcast_ref::<TypeObj>() {
            return t.has(CUSTOM_META);
        }
        o.is::<StrObj>()
            || o.is::<TupleObj>()
            || o.is::<BytesObj>()
            || o.is::<RangeObj>()
            || o.is::<SetObj>()
            || o.is::<DictView>()
    }
}
