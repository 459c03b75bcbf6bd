//! The Python object types, one file per type. Every struct here is a heap `Object`; the
//! Python-visible type of a value is found by [`crate::runtime::Vm::type_of`].

pub mod base_value;
pub mod boolean;
pub mod bytes;
pub mod cell;
pub mod class;
pub mod complex;
pub mod coroutine;
pub mod dict;
pub mod exception;
pub mod float;
pub mod function;
pub mod generator;
pub mod instance;
pub mod int;
pub mod iter;
pub mod list;
pub mod memoryview;
pub mod method;
pub mod module;
pub mod none;
pub mod range;
pub mod set;
pub mod set_order;
pub mod slice;
pub mod string;
pub mod traceback;
pub mod tuple;

pub use boolean::BoolObj;
pub use bytes::BytesObj;
pub use cell::CellObj;
pub use class::TypeObj;
pub use complex::ComplexObj;
pub use coroutine::{AsyncGenOp, AsyncGenStep, AsyncGenValue, CoroObj, CoroWrapper, StepState};
pub use dict::{DictInner, DictObj, DictView, SplitKeys};
pub use exception::ExcData;
pub use float::FloatObj;
pub use function::{
    BuiltinFunc, BuiltinKind, ClassMethod, CodeObj, FuncObj, FunctionParts, GetSetDescr,
    MemberDescr, NativeFn, Property, StaticMethod,
};
pub use generator::{GenKind, GenName, GenObj};
pub use instance::Instance;
pub use int::IntObj;
pub use iter::{IterKind, IterObj, DICT_REVERSED};
pub use list::ListObj;
pub use method::{BoundMethod, SuperObj};
pub use module::ModuleObj;
pub use none::{EllipsisObj, NoneObj, NotImplObj, PlainObj};
pub use range::RangeObj;
pub use set::SetObj;
pub use slice::SliceObj;
pub use string::StrObj;
pub use tuple::{tuple_items, Counted, TupleObj};
