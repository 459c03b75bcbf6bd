//! Assigning or deleting the attributes that built-in objects define themselves: a function's
//! `__name__`, `__defaults__`, `__dict__`... (type-checked, some read-only), a bound method's
//! `__func__`, and the attributes a built-in type's class provides (`(1).real = 2`).
//!
//! CPython's messages depend on what the type defines under the name: a computed attribute
//! (getset) is "attribute 'real' of 'int' objects is not writable", a read-only slot member
//! (`complex.imag`, `range.start`, `method.__self__`) is just "readonly attribute", a method
//! or other plain class attribute is "'list' object attribute 'append' is read-only", and a
//! name the type does not define is "'int' object has no attribute 'foo'".

use heap::{Gc, ObjRef};

use super::objects::{DictObj, FuncObj, GetSetDescr, MemberDescr, Property, StrObj, TupleObj};
use super::subclass::downcast_receiver;
use super::{PyResult, Vm};

/// Built-in types' read-only slot members (CPython's `T_OBJECT` members with `READONLY`):
/// pymem computes them (as properties, or in its attribute lookup), but CPython's message
/// for them is shorter.
const READONLY_MEMBERS: &[(&str, &[&str])] = &[
    ("complex", &["real", "imag"]),
    ("range", &["start", "stop", "step"]),
    ("slice", &["start", "stop", "step"]),
    ("property", &["fget", "fset", "fdel"]),
    ("staticmethod", &["__func__", "__wrapped__"]),
    ("classmethod", &["__func__", "__wrapped__"]),
];

impl Vm {
    /// `f.name = value` (or `del f.name` with `None`) for the attributes a function object
    /// defines itself; `Ok(false)` for any other name (it goes to the function's `__dict__`).
    pub(crate) fn func_set_special(
        &self,
        f: &FuncObj,
        name: &str,
        value: Option<ObjRef>,
    ) -> PyResult<bool> {
        match name {
            "__name__" | "__qualname__" => {
                let Some(v) = value.filter(|v| downcast_receiver::<StrObj>(v).is_some()) else {
                    return self.type_err(format!("{name} must be set to a string object"));
                };
                let slot = if name == "__name__" {
                    &f.name
                } else {
                    &f.qualname
                };
                drop(slot.replace(v));
            }
            "__defaults__" | "__kwdefaults__" => {
                let value = value.filter(|v| !self.is_none(v));
                let (slot, ok, what) = if name == "__defaults__" {
                    let ok = value.as_ref().is_none_or(|v| v.is::<TupleObj>());
                    (&f.defaults, ok, "tuple")
                } else {
                    let ok = value.as_ref().is_none_or(|v| v.is::<DictObj>());
                    (&f.kwdefaults, ok, "dict")
                };
                if !ok {
                    return self.type_err(format!("{name} must be set to a {what} object"));
                }
                drop(slot.replace(value));
            }
            "__closure__" | "__globals__" | "__builtins__" => {
                return self.err("AttributeError", "readonly attribute");
            }
            "__dict__" => {
                let Some(v) = value else {
                    return self.type_err("cannot delete __dict__");
                };
                let Some(d) = v.downcast::<DictObj>() else {
                    return self.type_err(format!(
                        "__dict__ must be set to a dictionary, not a '{}'",
                        self.type_name(&v)
                    ));
                };
                drop(f.dict.replace(Some(d)));
            }
            "__code__" => {
                // Only a code object could replace it, and pymem's functions keep theirs.
                if !value.is_some_and(|v| v.is::<super::objects::CodeObj>()) {
                    return self.type_err("__code__ must be set to a code object");
                }
                return self.type_err("__code__ cannot be replaced in pymem");
            }
            "__doc__" | "__module__" => {
                // Deleting a member slot leaves None behind, which the getter then finds.
                let d = self.func_dict(f)?;
                let key = self.new_str(name)?;
                self.dict_set(&d, key, value.unwrap_or_else(|| self.none()))?;
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// The error for assigning or deleting `name` on a built-in object that has no
    /// instance dictionary, in CPython's words for what its type defines under `name`.
    pub(crate) fn builtin_setattr_error(&self, o: &ObjRef, name: &str) -> PyResult<()> {
        let tname = self.type_name(o);
        if o.is::<super::objects::BoundMethod>() {
            return match name {
                "__func__" | "__self__" => self.err("AttributeError", "readonly attribute"),
                "__doc__" => self.err(
                    "AttributeError",
                    "attribute '__doc__' of 'method' objects is not writable",
                ),
                _ => self.err(
                    "AttributeError",
                    format!("'method' object has no attribute '{name}'"),
                ),
            };
        }
        // Only built-in objects come here (instances of classes were handled before), so
        // the type name identifies the type.
        let member = READONLY_MEMBERS
            .iter()
            .any(|(t, names)| *t == tname && names.contains(&name));
        if member {
            return self.err("AttributeError", "readonly attribute");
        }
        let cls: Gc<super::objects::TypeObj> = self.type_of(o);
        let msg = match self.lookup_type_attr(&cls, name)? {
            None => format!("'{tname}' object has no attribute '{name}'"),
            Some(attr) if attr.is::<MemberDescr>() => "readonly attribute".to_string(),
            Some(attr) if attr.is::<Property>() || attr.is::<GetSetDescr>() => {
                format!("attribute '{name}' of '{tname}' objects is not writable")
            }
            Some(_) => format!("'{tname}' object attribute '{name}' is read-only"),
        };
        self.err("AttributeError", msg)
    }
}

impl Vm {
    /// `obj.__dict__ = d` (a dict from now on holds the instance's attributes) or
    /// `del obj.__dict__` (the attributes are dropped; a new empty dict comes on next use).
    pub(crate) fn replace_instance_dict(
        &self,
        inst: &Gc<super::objects::Instance>,
        value: Option<ObjRef>,
    ) -> PyResult<()> {
        let new = match value {
            Some(v) => match v.downcast::<DictObj>() {
                Some(d) => d,
                None => {
                    return self.type_err(format!(
                        "__dict__ must be set to a dictionary, not a '{}'",
                        self.type_name(&v)
                    ))
                }
            },
            None => self.new_dict()?,
        };
        // Into dict mode first, so that the inline values are moved out (and dropped with
        // the old dict) rather than shadowing the new one.
        self.instance_dict(inst)?;
        super::objects::Instance::set_dict(inst, new);
        Ok(())
    }
}
