//! The operator methods of the built-in containers as attributes: `list.__add__`,
//! `str.__mod__`, `dict.__or__`, `set.__iand__`, … (CPython's slot wrappers), so that
//! `super().__add__(other)` in a subclass, `functools.reduce(list.__add__, …)` and
//! `'%s'.__mod__(x)` work.
//!
//! Each wrapper runs the operator on the receiver's built-in value (a subclass instance's
//! base value, so an overriding `__add__` is not re-entered). The sequence types' wrappers
//! (sq_concat / sq_repeat) raise the operator's TypeError; the number-protocol ones of dict,
//! set and frozenset return `NotImplemented` for an operand of another kind, as CPython's
//! `dict_or` / `set_or` do.

use heap::{Gc, ObjRef};

use super::methods::add;
use super::objects::*;
use super::{Args, PyResult, Vm};
use crate::ir::BinOp;

/// How a wrapper applies its operator.
#[derive(Clone, Copy, PartialEq)]
enum Form {
    /// `x.__op__(y)`: `x op y`.
    Plain,
    /// `x.__rop__(y)`: `y op x`.
    Reflected,
    /// `x.__iop__(y)`: `x op= y`, in place, returning `x`.
    InPlace,
}

fn wrapper(vm: &Vm, a: &Args<'_>, op: BinOp, form: Form, name: &str) -> PyResult {
    if a.pos.len() != 2 || !a.kwnames.is_empty() {
        return vm.type_err(format!(
            "expected 1 argument, got {}",
            (a.pos.len() + a.kwnames.len()).saturating_sub(1)
        ));
    }
    let receiver = &a.pos[0];
    let x = super::subclass::unwrap_base(receiver);
    if x.is::<Instance>() {
        // No built-in value to work on (a class that only lists the type among its bases,
        // as pymem's dict wrappers do): running the operator would find this method again.
        return vm.type_err(format!(
            "descriptor '{name}' requires a '{}' object but received a '{}'",
            builtin_owner(vm, &x),
            vm.type_name(&x)
        ));
    }
    let y = super::subclass::unwrap_base(&a.pos[1]);
    let is_set = |o: &ObjRef| o.is::<SetObj>();
    let number_protocol = x.is::<DictObj>() || is_set(&x);
    if number_protocol {
        let accepted = if x.is::<DictObj>() {
            // `d |= iterable_of_pairs` is an update; `d | x` takes dicts only.
            form == Form::InPlace || y.is::<DictObj>()
        } else {
            is_set(&y)
        };
        if !accepted {
            return Ok(vm.notimpl.clone());
        }
    }
    // sq_repeat's wrapper takes the count as an index (`'a'.__mul__(1.5)`).
    if op == BinOp::Mul && vm.index_num(&y)?.is_none() {
        return vm.type_err(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&y)
        ));
    }
    match form {
        Form::Plain => vm.binary_op(&x, &y, op, false),
        Form::Reflected => {
            // A str/bytes `%` reflected only when the left operand is of the same kind.
            if op == BinOp::Mod && !(y.is::<StrObj>() || y.is::<BytesObj>()) {
                return Ok(vm.notimpl.clone());
            }
            vm.binary_op(&y, &x, op, false)
        }
        Form::InPlace => {
            let r = vm.binary_op(&x, &y, op, true)?;
            // The in-place operators return the receiver itself (a subclass instance
            // included, whose base value was updated).
            Ok(if r.ptr_eq(&x) { receiver.clone() } else { r })
        }
    }
}

/// The built-in type in `o`'s MRO whose operator method was found.
fn builtin_owner(vm: &Vm, o: &ObjRef) -> String {
    let t = &vm.types;
    let owners = [
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.list,
        &t.tuple,
        &t.str_,
        &t.bytes,
        &t.bytearray,
    ];
    vm.type_of(o)
        .mro
        .iter()
        .find(|c| owners.iter().any(|b| Gc::ptr_eq(b, c)))
        .map_or_else(|| "object".to_string(), |c| c.name.to_string())
}

macro_rules! wrappers {
    ($($name:ident => $op:expr, $form:expr, $dunder:literal;)*) => {
        $(
            fn $name(vm: &Vm, a: &Args<'_>) -> PyResult {
                wrapper(vm, a, $op, $form, $dunder)
            }
        )*
    };
}

wrappers! {
    add_ => BinOp::Add, Form::Plain, "__add__";
    iadd => BinOp::Add, Form::InPlace, "__iadd__";
    mul => BinOp::Mul, Form::Plain, "__mul__";
    rmul => BinOp::Mul, Form::Reflected, "__rmul__";
    imul => BinOp::Mul, Form::InPlace, "__imul__";
    mod_ => BinOp::Mod, Form::Plain, "__mod__";
    rmod => BinOp::Mod, Form::Reflected, "__rmod__";
    or => BinOp::BitOr, Form::Plain, "__or__";
    ror => BinOp::BitOr, Form::Reflected, "__ror__";
    ior => BinOp::BitOr, Form::InPlace, "__ior__";
    and => BinOp::BitAnd, Form::Plain, "__and__";
    rand => BinOp::BitAnd, Form::Reflected, "__rand__";
    iand => BinOp::BitAnd, Form::InPlace, "__iand__";
    xor => BinOp::BitXor, Form::Plain, "__xor__";
    rxor => BinOp::BitXor, Form::Reflected, "__rxor__";
    ixor => BinOp::BitXor, Form::InPlace, "__ixor__";
    sub => BinOp::Sub, Form::Plain, "__sub__";
    rsub => BinOp::Sub, Form::Reflected, "__rsub__";
    isub => BinOp::Sub, Form::InPlace, "__isub__";
}

type Entry = (&'static str, fn(&Vm, &Args<'_>) -> PyResult);

const SEQUENCE: &[Entry] = &[("__add__", add_), ("__mul__", mul), ("__rmul__", rmul)];
const TEXT: &[Entry] = &[("__mod__", mod_), ("__rmod__", rmod)];
const LIST: &[Entry] = &[("__iadd__", iadd), ("__imul__", imul)];
const DICT: &[Entry] = &[("__or__", or), ("__ror__", ror), ("__ior__", ior)];
const FROZENSET: &[Entry] = &[
    ("__or__", or),
    ("__ror__", ror),
    ("__and__", and),
    ("__rand__", rand),
    ("__xor__", xor),
    ("__rxor__", rxor),
    ("__sub__", sub),
    ("__rsub__", rsub),
];
const SET_INPLACE: &[Entry] = &[
    ("__ior__", ior),
    ("__iand__", iand),
    ("__ixor__", ixor),
    ("__isub__", isub),
];

/// Install the wrappers (the names `dir()` already lists for these types).
pub fn install(vm: &Vm) {
    let t = &vm.types;
    let groups: [(&Gc<TypeObj>, &[&[Entry]]); 8] = [
        (&t.list, &[SEQUENCE, LIST]),
        (&t.tuple, &[SEQUENCE]),
        (&t.str_, &[SEQUENCE, TEXT]),
        (&t.bytes, &[SEQUENCE, TEXT]),
        (&t.bytearray, &[SEQUENCE, TEXT, LIST]),
        (&t.dict, &[DICT]),
        (&t.set, &[FROZENSET, SET_INPLACE]),
        (&t.frozenset, &[FROZENSET]),
    ];
    for (ty, tables) in groups {
        for table in tables {
            for &(name, f) in *table {
                add(vm, ty, name, f);
            }
        }
    }
}
