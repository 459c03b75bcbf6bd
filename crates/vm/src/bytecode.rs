//! The bytecode: [`Instr`], [`Constant`] and [`CodeObject`], plus the disassembler.
//!
//! # Machine model (what the eval loop implements)
//!
//! A frame has one array of *slots* ("localsplus", as in CPython 3.11+) and a value stack:
//!
//! ```text
//!  slots: [ params... | other locals... | cells that are not params... | free vars... ]
//!          0 .. argcount+kwonly+(*args)+(**kw)       n_locals .. n_locals+cells  .. +frees
//! ```
//!
//! * `LoadFast(i)`/`StoreFast(i)` read/write slot `i` directly (unbound slot → `UnboundLocalError`).
//! * A *cell* slot holds a cell object; `LoadDeref(i)`/`StoreDeref(i)` go through it. The prologue
//!   emitted by the compiler runs `MakeCell(i)` for every cell slot (wrapping the argument value
//!   when the cell is a parameter) and `CopyFreeVars(n)` to copy the function's closure tuple into
//!   the last `n` slots.
//! * Module and class bodies keep their variables in a namespace dict: `LoadName`/`StoreName`.
//!   Functions reach globals with `LoadGlobal` (globals, then builtins).
//! * Exceptions use a per-frame **block stack** (CPython ≤ 3.10 style, chosen over 3.11's
//!   exception table for simplicity of both compiler and eval loop; the cost is one push/pop per
//!   `try`/`with` entry, never per instruction). See [`Instr::SetupFinally`].
//!
//! Every instruction is 8 bytes (a tag and at most one `u32` operand); jumps hold absolute
//! instruction indices. `locations[i]` is the source span of `instructions[i]`.
//! [`CodeObject::max_stack`] bounds the value stack (computed by flow analysis, so the eval loop
//! can allocate a frame's stack once).
//!
//! # Calling a code object
//!
//! 1. Bind arguments into slots `0..argcount+kwonlyargcount` (plus the `*args` tuple and the
//!    `**kwargs` dict when [`code_flags::VARARGS`]/[`code_flags::VARKEYWORDS`] are set, in that
//!    order, right after the keyword-only slots), using `varnames` for keyword matching and the
//!    function's defaults / keyword-only defaults for missing ones. Other slots start unbound.
//! 2. If [`code_flags::GENERATOR`] is set, do not run: return a generator owning the frame.
//! 3. Run from instruction 0. The first instructions are the prologue (`CopyFreeVars`,
//!    `MakeCell`).
//!
//! # Code shapes the compiler emits
//!
//! ```text
//! try: B except E as n: H else: O        with C as t: B
//!     SetupFinally  L_handler                C; BeforeWith          -> [exit, enter()]
//!     B; PopBlock; O; Jump L_end             SetupWith L_exc
//! L_handler:                 [exc]           store t (or Pop)       -> [exit]
//!     E; CheckExcMatch; PopJumpIfFalse L_n   B; PopBlock
//!     store n; SetupFinally L_cleanup        None Dup Dup Call(3) Pop; Jump L_end
//!     H; PopBlock; n=None; del n         L_exc:                     [exit, exc]
//!     PopExcept; Jump L_end                  WithExceptStart; PopJumpIfTrue L_sup
//! L_cleanup: n=None; del n; Reraise          Reraise
//! L_n: ... next clause ...; Reraise      L_sup: Pop; PopExcept; Pop
//! L_end:                                 L_end:
//!
//! try: B finally: F                      class C(bases, **kw): body
//!     SetupFinally L_exc                     LoadBuildClass
//!     B; PopBlock; F; Jump L_end             [closure] LoadConst <code C>; MakeFunction
//! L_exc: F; Reraise          [exc]           LoadConst 'C'; bases...; Call/CallKw/CallEx
//! L_end:                                 The body code runs with a fresh namespace dict as
//!                                        locals; it stores __module__, __qualname__ (and
//!                                        __doc__), and returns the `__class__` cell (after
//!                                        storing it as __classcell__) or None.
//! ```
//!
//! * `break`/`continue`/`return` out of these blocks emit the exits inline (`PopBlock` + the
//!   `finally` body; `PopBlock` + `exit(None, None, None)`; `PopExcept`; `Pop` of a `for`
//!   iterator), so no "why" codes exist at run time.
//! * A generator expression, or a comprehension in a module or class body, is a nested function
//!   with one parameter `.0`: the enclosing code pushes the function, evaluates the outermost
//!   iterable, `GetIter`, `Call(1)`. A generator expression's code has
//!   [`code_flags::GENERATOR`] and returns the generator from that call. Other comprehensions
//!   are inlined (PEP 709): their locals are slots of the enclosing frame, saved with
//!   `LoadFastAndClear` and restored with `RestoreFast` around the loops (see
//!   `Compiler::inline_comprehension`).
//! * `yield from x`: `x; GetYieldFromIter; LoadConst None; YieldFrom`; `await x`: `x;
//!   GetAwaitable; LoadConst None; YieldFrom`.
//! * `async for t in it: B else: O`: `it; GetAIter; L: SetupFinally L_end; GetANext; <await>;
//!   PopBlock; store t; B; Jump L; L_end: EndAsyncFor; O` (these are [`AsyncOp`]s). `async with` is `with` with
//!   `BeforeAsyncWith`, and the results of `__aenter__` and `__aexit__` awaited.
//! * `f(a, k=v)` is `f a v ('k',) CallKw(2)`; `o.m(a)` is `o LoadMethod(m) a CallMethod(1)`;
//!   anything with `*`/`**` builds a tuple and a dict and uses `CallEx`.
//! * `assert t, m` is `t PopJumpIfTrue L; LoadAssertionError; m Call(1); RaiseVarargs(1); L:`.
//!
//! # Exceptions at run time
//!
//! The frame keeps a block stack of `(kind, handler, stack_depth)`. When an instruction raises:
//! pop blocks; an *except-handler* block restores the previously handled exception and cuts the
//! value stack to its depth; a `SetupFinally`/`SetupWith` block cuts the value stack to its depth,
//! pushes an except-handler block (remembering the currently handled exception and that depth),
//! makes the new exception the handled one, pushes it and jumps to the handler. With no block
//! left, the frame returns the exception to its caller (adding a traceback entry with
//! `locations[i]`). Raising sets `__context__` from the handled exception, as CPython does.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::rc::Rc;

use crate::ir::{BinOp, CmpOp, Loc};

/// One instruction. Operand meanings are given per variant; "TOS" is the top of the stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Instr {
    /// Does nothing.
    Nop,
    /// Pop TOS.
    Pop,
    /// Push a second reference to TOS.
    Dup,
    /// Push the two top items again, in order (`a b` → `a b a b`).
    Dup2,
    /// Swap the two top items.
    Rot2,
    /// `a b c` → `c a b` (TOS moves down two).
    Rot3,
    /// `a b c d` → `d a b c` (TOS moves down three).
    Rot4,

    /// Push `consts[i]`.
    LoadConst(u32),
    /// Push slot `i` (error if unbound).
    LoadFast(u32),
    /// Push slot `i` and unbind it; an unbound slot pushes the NULL marker (`Vm::null`).
    /// Saves the enclosing function's value of a name an inlined comprehension binds.
    LoadFastAndClear(u32),
    /// Pop into slot `i`; the NULL marker unbinds it. Undoes `LoadFastAndClear`.
    RestoreFast(u32),

    // Superinstructions. The compiler never emits these: the runtime writes them over the
    // first instruction of a common pair in its own copy of the code (`runtime::fuse`),
    // keeping the second instruction in place, so a jump to it still works. Each runs
    // both halves and resumes after the pair.
    /// `LoadFast(a); LoadFast(b)`.
    LoadFastLoadFast(u16, u16),
    /// `StoreFast(a); LoadFast(b)`.
    StoreFastLoadFast(u16, u16),
    /// `LoadFast(a); LoadAttr(n)`.
    LoadFastAttr(u16, u16),
    /// `LoadFast(a); StoreAttr(n)`.
    LoadFastStoreAttr(u16, u16),
    /// `LoadFast(a); LoadFast(b); StoreAttr(n)` (`self.x = x`): three instructions, the
    /// name read from the `StoreAttr`.
    FastFastStoreAttr(u16, u16),
    /// `LoadFast(a); LoadAttr(n); StoreFast(k)` (`x = self.x`): three instructions, the
    /// target read from the `StoreFast`.
    AttrToFast(u16, u16),
    /// `LoadFast(a); ReturnValue` (`return x`).
    ReturnFast(u32),
    /// `LoadConst(i); ReturnValue`.
    ReturnConst(u32),
    /// `LoadFast(a); LoadConst(c)`.
    LoadFastLoadConst(u16, u16),
    /// `Compare(op); PopJumpIfFalse(t)`.
    CompareJumpIfFalse(CmpOp, u32),
    /// `BuildTuple(2); UnpackSequence(2)` (`a, b = b, a`): swap the top two, no tuple.
    SwapPair,
    /// `LoadFast(a); LoadConst(c); BinaryOp(op)` (or `InplaceOp(op)`): three instructions.
    FastConstBinary(BinOp, u16, u16),
    /// `LoadFast(a); LoadFast(b); BinaryOp(op)` (or `InplaceOp(op)`): three instructions.
    FastFastBinary(BinOp, u16, u16),
    /// `LoadConst(c); BinaryOp(op)` (or `InplaceOp(op)`).
    ConstBinary(BinOp, u32),
    /// `LoadFast(a); LoadFast(b); BinarySubscr` (`a[b]`): three instructions.
    FastFastSubscr(u16, u16),
    /// `LoadFast(a); LoadConst(c); BinarySubscr` (`a[0]`): three instructions.
    FastConstSubscr(u16, u16),
    /// `UnpackSequence(n)` and the `n` `StoreFast`s after it (`for k, v in ...`,
    /// `x, y = p`): the locals are read from those instructions.
    UnpackFast(u32),
    /// `LoadFast(a); LoadConst(c); Compare(op); PopJumpIfFalse(t)`: four instructions, the
    /// comparison and the target read from the `CompareJumpIfFalse` fused at the third.
    FastConstCompareJump(u16, u16),
    /// `LoadFast(a); LoadFast(b); Compare(op); PopJumpIfFalse(t)` (`while lo < hi`): as
    /// [`Instr::FastConstCompareJump`] with a second local.
    FastFastCompareJump(u16, u16),
    /// `LoadFast(a); LoadAttr(n); LoadFast(b); LoadAttr(m); Compare(op); PopJumpIfFalse(t)`
    /// (`if self.x > other.x`): six instructions, the second attribute read from the
    /// `LoadFastAttr` fused at the third and the comparison from the `CompareJumpIfFalse`
    /// fused at the fifth.
    AttrAttrCompareJump(u16, u16),
    /// `ForIter(t); StoreFast(k)` (`for x in ...`): the next item goes straight into the
    /// slot the `StoreFast` names.
    ForIterStore(u32),
    /// `LoadFast(a); Dup; LoadAttr(n); LoadFast(b); InplaceOp(op); Rot2; StoreAttr(n)`
    /// (`self.x /= norm`): seven instructions, the name read from the `LoadAttr`.
    AttrInplaceFast(BinOp, u16, u16),
    /// As [`Instr::AttrInplaceFast`] with `LoadConst(c)` for the operand (`self.n += 1`).
    AttrInplaceConst(BinOp, u16, u16),

    /// Pop into slot `i`.
    StoreFast(u32),
    /// Unbind slot `i` (error if already unbound).
    DeleteFast(u32),
    /// Push the contents of the cell in slot `i`.
    LoadDeref(u32),
    /// Pop into the cell in slot `i`.
    StoreDeref(u32),
    /// Empty the cell in slot `i`.
    DeleteDeref(u32),
    /// Push the cell object itself in slot `i` (to build a closure tuple).
    LoadClosure(u32),
    /// Class bodies only: look `freevars`-slot `i`'s *name* up in the class namespace first, then
    /// fall back to the cell (CPython's `LOAD_FROM_DICT_OR_DEREF`).
    LoadClassDeref(u32),
    /// Replace slot `i`'s value (possibly unbound) with a new cell containing it.
    MakeCell(u32),
    /// Copy the `n` cells of the running function's closure into the last `n` slots.
    CopyFreeVars(u32),
    /// Push global `names[i]` (globals, then builtins; `NameError` otherwise).
    LoadGlobal(u32),
    /// Pop into global `names[i]`.
    StoreGlobal(u32),
    /// Delete global `names[i]`.
    DeleteGlobal(u32),
    /// Push `names[i]` from the local namespace, then globals, then builtins.
    LoadName(u32),
    /// Pop into the local namespace under `names[i]`.
    StoreName(u32),
    /// Delete `names[i]` from the local namespace.
    DeleteName(u32),

    /// `TOS = TOS.names[i]`.
    LoadAttr(u32),
    /// `TOS.names[i] = TOS1`; pops both.
    StoreAttr(u32),
    /// `del TOS.names[i]`; pops it.
    DeleteAttr(u32),
    /// Method-call protocol: pops `obj`, pushes `[method, obj]` when `names[i]` is a plain
    /// function found on the type (no bound method allocated), else `[NULL, obj.names[i]]`.
    /// Always followed (after the arguments) by `CallMethod`/`CallMethodKw`.
    LoadMethod(u32),
    /// `TOS = TOS1[TOS]`.
    BinarySubscr,
    /// `TOS1[TOS] = TOS2`; pops three.
    StoreSubscr,
    /// `del TOS1[TOS]`; pops two.
    DeleteSubscr,

    /// `TOS = TOS1 op TOS`.
    BinaryOp(BinOp),
    /// In-place form for augmented assignment (`__iadd__` first, then `__add__`).
    InplaceOp(BinOp),
    /// `TOS = -TOS`.
    UnaryNeg,
    /// `TOS = +TOS`.
    UnaryPos,
    /// `TOS = ~TOS`.
    UnaryInvert,
    /// `TOS = not TOS`.
    UnaryNot,
    /// `TOS = TOS1 op TOS` (includes `is`, `is not`, `in`, `not in`).
    Compare(CmpOp),

    /// Jump to instruction `target`.
    Jump(u32),
    /// Pop; jump if falsy.
    PopJumpIfFalse(u32),
    /// Pop; jump if truthy.
    PopJumpIfTrue(u32),
    /// If TOS is falsy jump (keeping it), else pop it (`and`).
    JumpIfFalseOrPop(u32),
    /// If TOS is truthy jump (keeping it), else pop it (`or`).
    JumpIfTrueOrPop(u32),

    /// `TOS = iter(TOS)`.
    GetIter,
    /// TOS is an iterator: push `next(TOS)`, or when exhausted pop the iterator and jump.
    ForIter(u32),

    /// Pop `n` items into a tuple.
    BuildTuple(u32),
    /// Pop `n` items into a list.
    BuildList(u32),
    /// Pop `n` items into a set.
    BuildSet(u32),
    /// Pop `n` constants (three or more) into a set laid out as CPython's constant set
    /// displays are (a frozenset constant merged into a new set; `set_order.rs`).
    BuildConstSet(u32),
    /// Pop `n` key/value pairs (`k1 v1 k2 v2 ...`) into a dict.
    BuildMap(u32),
    /// Pop `n` strings and push their concatenation (f-strings).
    BuildString(u32),
    /// Pop `n` (2 or 3) items into a `slice(start, stop[, step])`.
    BuildSlice(u32),
    /// Pop TOS and append it to the list at stack position `n` (1 = the item below TOS).
    ListAppend(u32),
    /// Pop TOS and add it to the set at stack position `n`.
    SetAdd(u32),
    /// Pop value (TOS) and key (TOS1) and store them into the dict at position `n`.
    MapAdd(u32),
    /// Pop an iterable and extend the list at position `n` with it.
    ListExtend(u32),
    /// Pop an iterable and update the set at position `n` with it.
    SetUpdate(u32),
    /// Pop a mapping and update the dict at position `n` (dict displays: later keys win).
    DictUpdate(u32),
    /// Like `DictUpdate` for `**` in calls: duplicate keys raise
    /// `TypeError: f() got multiple values for keyword argument 'k'`; non-mappings raise too.
    DictMerge(u32),
    /// Replace the list on TOS with an equal tuple.
    ListToTuple,
    /// Pop a sequence of exactly `n` items and push them so the first is on top.
    UnpackSequence(u32),
    /// Starred unpacking: operand = `before | (after << 16)`; pushes `after` items, a list of
    /// the middle, and `before` items, first item on top.
    UnpackEx(u32),

    /// f-strings: operand bits 0–1 are the conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`); bit 2
    /// set means a format spec string is on TOS above the value. Pushes `format(value, spec)`.
    FormatValue(u32),

    /// Call with `n` positional arguments: `func a1..an` → result.
    Call(u32),
    /// Call with keywords: `func v1..vn kwnames` where `kwnames` is a constant tuple of strings
    /// naming the *last* `len(kwnames)` of the `n` values.
    CallKw(u32),
    /// After `LoadMethod`: `m_or_null obj_or_f a1..an`; if the first is NULL call the second
    /// with `n` args, else call the method with `obj` prepended.
    CallMethod(u32),
    /// `CallMethod` with a trailing `kwnames` tuple, as in `CallKw`.
    CallMethodKw(u32),
    /// `func args_tuple [kwargs_dict]` — operand 1 if the dict is present (`*`/`**` calls).
    CallEx(u32),
    /// Push `builtins.__build_class__`. A class statement then calls it like CPython:
    /// `__build_class__(body_function, name, *bases, **keywords)`.
    LoadBuildClass,
    /// Make a function: TOS is the code object; below it, in push order, optionally: a tuple
    /// of positional defaults (bit 0), a dict of keyword-only defaults (bit 1), the
    /// `__annotations__` dict (bit 2), a tuple of closure cells (bit 3). Name and qualname come from the code object.
    MakeFunction(u32),
    /// Return TOS to the caller.
    ReturnValue,

    /// Generators: pop TOS, suspend and yield it; on resume push the value sent in (None
    /// for `next()`).
    YieldValue,
    /// `iter(TOS)` for `yield from` (a generator stays itself).
    GetYieldFromIter,
    /// `yield from`: TOS is the value to send, TOS1 the sub-iterator. Sends it; if the
    /// sub-iterator yields, suspend yielding that value and on resume re-execute this
    /// instruction with the sent value on TOS; when it finishes (StopIteration), pop both
    /// and push its return value.
    YieldFrom,

    /// Push a block: if an exception is raised before the matching `PopBlock`, the value stack is
    /// cut back to its depth at this instruction, an *except-handler* block is pushed (saving the
    /// currently handled exception), the exception becomes the handled one (`sys.exc_info`), is
    /// pushed, and execution jumps to `handler`.
    SetupFinally(u32),
    /// Like `SetupFinally` but the recorded depth excludes TOS (used right after `BeforeWith`,
    /// so that the `__enter__` result being stored does not count).
    SetupWith(u32),
    /// Pop the innermost `SetupFinally`/`SetupWith` block (normal exit from the protected code).
    PopBlock,
    /// Leave an exception handler: pop the except-handler block and restore the previously
    /// handled exception. Does not touch the value stack. (When an exception propagates through
    /// an except-handler block, the eval loop does the same and cuts the stack back.)
    PopExcept,
    /// `exc type` → `exc bool`: does exception `exc` match `type` (a class or tuple of classes)?
    CheckExcMatch,
    /// `except*` (PEP 654): `exc type` → `rest match`: the part of exception `exc` that
    /// matches `type` (a group; a naked match is wrapped in one) and the rest, either `None`;
    /// a match becomes the handled exception.
    CheckEgMatch,
    /// End of an `except*` chain: `orig raised` → `exc`, the exception to re-raise (or `None`)
    /// from the original one and the list of exceptions raised and re-raised by the clauses
    /// (CPython's `PREP_RERAISE_STAR`).
    PrepReraiseStar,
    /// Re-raise the exception on TOS without adding a traceback entry (end of a `finally` or
    /// an unmatched `except` chain).
    Reraise,
    /// `raise` with operand 0 (re-raise the handled exception), 1 (`raise TOS`) or 2
    /// (`raise TOS1 from TOS`).
    RaiseVarargs(u32),
    /// Push `AssertionError` (the builtin, even if shadowed).
    LoadAssertionError,
    /// `ctx` → `exit enter_result`: looks up `__exit__` and `__enter__` on the type, binds exit,
    /// calls enter.
    BeforeWith,
    /// In a `with` handler: `exit exc` → `exit exc result` where
    /// `result = exit(type(exc), exc, exc.__traceback__)`.
    WithExceptStart,

    /// The instructions of coroutines (`await`, `async for`, `async with`, an async
    /// generator's `yield`), grouped under one variant: they run out of line, and the eval
    /// loop's dispatch keeps its size.
    Async(AsyncOp),

    /// `import names[i]`: `level fromlist` → module (as CPython's `IMPORT_NAME`).
    ImportName(u32),
    /// `from m import names[i]`: `module` → `module value` (`ImportError` if missing).
    ImportFrom(u32),
    /// `from m import *`: pops the module and copies its public names into the namespace.
    ImportStar,

    /// `Single` mode: print `repr(TOS)` via `sys.displayhook` and pop it.
    PrintExpr,

    // Structural pattern matching (`match`, compiled by `compile/pattern.rs`, run by
    // `runtime/pattern.rs`); CPython 3.12's opcodes of the same names.
    /// `subject` → `subject bool`: is it a sequence for a sequence pattern (list, tuple,
    /// range, deque; never str, bytes or bytearray)?
    MatchSequence,
    /// `subject` → `subject bool`: is it a mapping for a mapping pattern (a dict)?
    MatchMapping,
    /// `x` → `x len(x)`.
    GetLen,
    /// `subject keys` → `subject keys values`: a tuple of the values of the keys (looked up
    /// with `subject.get`), or None when one is missing.
    MatchKeys,
    /// `subject cls attr_names` → a tuple of the `n` positional sub-pattern values (through
    /// `cls.__match_args__`) followed by the named attributes, or None when `subject` is not
    /// an instance of `cls` or lacks an attribute.
    MatchClass(u32),
    /// `subject keys` → a new dict of `subject`'s items whose keys are not in `keys` (the
    /// `**rest` of a mapping pattern).
    CopyDictWithoutKeys,
    /// Move TOS down `n` places (`a b c` → `c a b` for `n = 2`): keeps a pattern's captured
    /// values under the items it is still matching (CPython rotates with `SWAP`s).
    Rotate(u32),
}

/// Bits of [`CodeObject::flags`] (CPython's values).
pub mod code_flags {
    /// Has fast locals (functions, lambdas, comprehensions).
    pub const OPTIMIZED: u32 = 0x1;
    /// Gets a new locals namespace (functions, class bodies).
    pub const NEWLOCALS: u32 = 0x2;
    /// Takes `*args`.
    pub const VARARGS: u32 = 0x4;
    /// Takes `**kwargs`.
    pub const VARKEYWORDS: u32 = 0x8;
    /// Defined inside another function.
    pub const NESTED: u32 = 0x10;
    /// Calling it makes a generator.
    pub const GENERATOR: u32 = 0x20;
    /// Calling it makes a coroutine (`async def`).
    pub const COROUTINE: u32 = 0x80;
    /// Calling it makes an async generator (`async def` with `yield`).
    pub const ASYNC_GENERATOR: u32 = 0x200;
}

/// The instructions of [`Instr::Async`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AsyncOp {
    /// `await`: TOS → the iterator that awaiting it steps (a coroutine itself; else what
    /// `__await__` returns). The operand says what was awaited, for the error:
    /// [`AWAIT_EXPR`], [`AWAIT_AENTER`] or [`AWAIT_AEXIT`]. Followed by `LoadConst None;
    /// YieldFrom`.
    GetAwaitable(u8),
    /// `async for`: TOS → `TOS.__aiter__()`.
    GetAIter,
    /// `async for`: `aiter` → `aiter awaitable` of `aiter.__anext__()` (then awaited).
    GetANext,
    /// `async for`'s exit, at the handler of the `SetupFinally` around each step: `aiter exc`
    /// → nothing when `exc` is a `StopAsyncIteration` (the except-handler block popped as by
    /// `PopExcept`), else `exc` is re-raised.
    EndAsyncFor,
    /// `ctx` → `aexit awaitable`: looks up `__aexit__` and `__aenter__` on the type, binds
    /// aexit, calls aenter (the result is awaited next).
    BeforeAsyncWith,
    /// In an async generator, before `YieldValue`: wrap TOS as a value the generator yields
    /// (to tell it from what its awaits pass up to the event loop).
    AsyncGenWrap,
}

/// [`AsyncOp::GetAwaitable`]'s operand: an `await` expression.
pub const AWAIT_EXPR: u8 = 0;
/// [`AsyncOp::GetAwaitable`]'s operand: the result of `__aenter__` (`async with`).
pub const AWAIT_AENTER: u8 = 1;
/// [`AsyncOp::GetAwaitable`]'s operand: the result of `__aexit__` (`async with`).
pub const AWAIT_AEXIT: u8 = 2;

/// A constant in a code object's pool.
#[derive(Clone, Debug)]
pub enum Constant {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// A small (i64) integer.
    Int(i64),
    /// A big integer literal as written (digits, optional `0x`/`0o`/`0b` prefix, no `_`).
    BigInt(Rc<str>),
    /// A float.
    Float(f64),
    /// An imaginary number `0+<f>j`.
    Complex(f64),
    /// A string.
    Str(Rc<str>),
    /// Bytes.
    Bytes(Rc<[u8]>),
    /// `...`.
    Ellipsis,
    /// A tuple of constants (keyword-name tuples, folded constant tuples).
    Tuple(Rc<[Constant]>),
    /// A frozenset of constants, in the order of the display it was folded from (the
    /// operand of `in`/`not in` or a `for` loop's iterable written as a set display).
    FrozenSet(Rc<[Constant]>),
    /// A nested code object (function, lambda, class body, comprehension).
    Code(Rc<CodeObject>),
}

impl Constant {
    /// Python `repr`-like rendering for the disassembler.
    pub fn repr(&self) -> String {
        match self {
            Constant::None => "None".into(),
            Constant::Bool(true) => "True".into(),
            Constant::Bool(false) => "False".into(),
            Constant::Int(i) => i.to_string(),
            Constant::BigInt(s) => s.to_string(),
            Constant::Float(f) => float_repr(*f),
            Constant::Complex(f) => format!("{}j", float_repr(*f).trim_end_matches(".0")),
            Constant::Str(s) => format!("{s:?}").replace('"', "'"),
            Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)).replace('"', "'"),
            Constant::Ellipsis => "Ellipsis".into(),
            Constant::Tuple(t) => {
                let items: Vec<String> = t.iter().map(|c| c.repr()).collect();
                if items.len() == 1 {
                    format!("({},)", items[0])
                } else {
                    format!("({})", items.join(", "))
                }
            }
            Constant::FrozenSet(t) => {
                let items: Vec<String> = t.iter().map(|c| c.repr()).collect();
                format!("frozenset({{{}}})", items.join(", "))
            }
            Constant::Code(c) => format!("<code {}>", c.qualname),
        }
    }
}

fn float_repr(f: f64) -> String {
    if f.is_finite() && f == f.trunc() && f.abs() < 1e16 {
        format!("{f:.1}")
    } else {
        format!("{f}")
    }
}

/// A compiled unit: module, function, lambda, class body or comprehension.
#[derive(Clone, Debug)]
pub struct CodeObject {
    /// `co_name`: the function/class name, `<module>`, `<lambda>`, `<listcomp>`...
    pub name: String,
    /// `co_qualname`: dotted path, e.g. `C.method` or `f.<locals>.g`.
    pub qualname: String,
    /// The file name.
    pub filename: Rc<str>,
    /// First line of the definition.
    pub first_line: u32,
    /// Positional parameters, including positional-only ones.
    pub argcount: u32,
    /// Positional-only parameters.
    pub posonlyargcount: u32,
    /// Keyword-only parameters.
    pub kwonlyargcount: u32,
    /// [`code_flags`] bits.
    pub flags: u32,
    /// Names of slots `0..n_locals`: parameters in order (positional, keyword-only, `*args`,
    /// `**kwargs`) then other locals. A parameter captured by an inner scope stays here (and
    /// is turned into a cell in place by `MakeCell`).
    pub varnames: Vec<String>,
    /// Names of cells owned by this code: slot of `cellvars[j]` is `cell_slots[j]`.
    pub cellvars: Vec<String>,
    /// Slot of each cell variable (a parameter's own slot, or one after the locals).
    pub cell_slots: Vec<u32>,
    /// Names received through the closure; they occupy the last `freevars.len()` slots.
    pub freevars: Vec<String>,
    /// Total number of slots.
    pub n_slots: u32,
    /// Constant pool.
    pub consts: Vec<Constant>,
    /// Names used by global/name/attribute/import instructions.
    pub names: Vec<String>,
    /// The code.
    pub instructions: Vec<Instr>,
    /// Source span of each instruction (`locations.len() == instructions.len()`).
    pub locations: Vec<Loc>,
    /// The docstring (first statement of a function/class/module body, if a string literal).
    pub docstring: Option<Rc<str>>,
    /// Maximum value-stack depth (computed by flow analysis; NULLs pushed by `LoadMethod`
    /// count).
    pub max_stack: u32,
    /// The value-stack depth CPython 3.12 gives the same generator or coroutine
    /// (`co_stacksize`), for `sys.getsizeof` of its generator objects; 0 for other code.
    pub cpython_stack: u32,
}

impl CodeObject {
    /// Does calling it make a generator, a coroutine or an async generator (a frame that
    /// suspends)?
    pub fn is_generator(&self) -> bool {
        self.flags & (code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR)
            != 0
    }

    /// The name of slot `i`.
    pub fn slot_name(&self, i: u32) -> &str {
        let i = i as usize;
        if i < self.varnames.len() {
            return &self.varnames[i];
        }
        if let Some(j) = self.cell_slots.iter().position(|&s| s as usize == i) {
            return &self.cellvars[j];
        }
        let free_start = self.n_slots as usize - self.freevars.len();
        self.freevars
            .get(i.wrapping_sub(free_start))
            .map(String::as_str)
            .unwrap_or("?")
    }

    /// The source line of instruction `i` (for tracebacks).
    pub fn line_of(&self, i: usize) -> u32 {
        self.locations
            .get(i)
            .map(|l| l.line)
            .unwrap_or(self.first_line)
    }

    /// Human-readable listing of this code object and, after it, of every nested one.
    ///
    /// ```text
    /// Disassembly of <module>:
    ///   1      0 LoadConst          0 (1)
    ///          1 StoreName          0 (x)
    /// ```
    pub fn disassemble(&self) -> String {
        let mut out = String::new();
        self.disassemble_into(&mut out);
        out
    }

    fn disassemble_into(&self, out: &mut String) {
        let _ = writeln!(out, "Disassembly of {}:", self.qualname);
        let mut header = Vec::new();
        if self.argcount + self.kwonlyargcount > 0 {
            header.push(format!(
                "args={} posonly={} kwonly={}",
                self.argcount, self.posonlyargcount, self.kwonlyargcount
            ));
        }
        let mut fl = Vec::new();
        for (bit, n) in [
            (code_flags::VARARGS, "VARARGS"),
            (code_flags::VARKEYWORDS, "VARKEYWORDS"),
            (code_flags::GENERATOR, "GENERATOR"),
        ] {
            if self.flags & bit != 0 {
                fl.push(n);
            }
        }
        if !fl.is_empty() {
            header.push(format!("flags={}", fl.join("|")));
        }
        if !self.varnames.is_empty() {
            header.push(format!("locals={}", self.varnames.join(",")));
        }
        if !self.cellvars.is_empty() {
            header.push(format!("cells={}", self.cellvars.join(",")));
        }
        if !self.freevars.is_empty() {
            header.push(format!("frees={}", self.freevars.join(",")));
        }
        if !header.is_empty() {
            let _ = writeln!(out, "  ; {}", header.join(" "));
        }
        let mut last_line = 0;
        for (i, ins) in self.instructions.iter().enumerate() {
            let line = self.line_of(i);
            let line_col = if line != last_line {
                last_line = line;
                line.to_string()
            } else {
                String::new()
            };
            let (name, arg) = self.describe(ins);
            let text = format!("  {line_col:>3} {i:>6} {name:<18} {arg}");
            let _ = writeln!(out, "{}", text.trim_end());
        }
        for c in &self.consts {
            if let Constant::Code(code) = c {
                out.push('\n');
                code.disassemble_into(out);
            }
        }
    }

    fn describe(&self, ins: &Instr) -> (String, String) {
        let dbg = format!("{ins:?}");
        let name = dbg.split('(').next().unwrap_or("").to_string();
        let name_at = |i: u32| {
            self.names
                .get(i as usize)
                .cloned()
                .unwrap_or_else(|| "?".into())
        };
        let arg = match *ins {
            Instr::LoadConst(i) => format!(
                "{i} ({})",
                self.consts
                    .get(i as usize)
                    .map(|c| c.repr())
                    .unwrap_or_default()
            ),
            Instr::LoadFast(i)
            | Instr::StoreFast(i)
            | Instr::DeleteFast(i)
            | Instr::LoadFastAndClear(i)
            | Instr::RestoreFast(i)
            | Instr::LoadDeref(i)
            | Instr::StoreDeref(i)
            | Instr::DeleteDeref(i)
            | Instr::LoadClosure(i)
            | Instr::LoadClassDeref(i)
            | Instr::MakeCell(i) => {
                format!("{i} ({})", self.slot_name(i))
            }
            Instr::LoadGlobal(i)
            | Instr::StoreGlobal(i)
            | Instr::DeleteGlobal(i)
            | Instr::LoadName(i)
            | Instr::StoreName(i)
            | Instr::DeleteName(i)
            | Instr::LoadAttr(i)
            | Instr::StoreAttr(i)
            | Instr::DeleteAttr(i)
            | Instr::LoadMethod(i)
            | Instr::ImportName(i)
            | Instr::ImportFrom(i) => {
                format!("{i} ({})", name_at(i))
            }
            Instr::BinaryOp(op) | Instr::InplaceOp(op) => format!("{op:?}"),
            Instr::Compare(op) => format!("{op:?}"),
            Instr::Jump(t)
            | Instr::PopJumpIfFalse(t)
            | Instr::PopJumpIfTrue(t)
            | Instr::JumpIfFalseOrPop(t)
            | Instr::JumpIfTrueOrPop(t)
            | Instr::ForIter(t)
            | Instr::SetupFinally(t)
            | Instr::SetupWith(t) => format!("to {t}"),
            Instr::UnpackEx(v) => format!("{} before, {} after", v & 0xffff, v >> 16),
            _ => dbg
                .split_once('(')
                .map(|(_, a)| a.trim_end_matches(')').to_string())
                .unwrap_or_default(),
        };
        (name, arg)
    }
}

/// Net stack effect of `ins`; for jumps, `jump` selects the taken branch.
pub fn stack_effect(ins: Instr, jump: bool) -> i32 {
    use Instr::*;
    match ins {
        Nop | Rot2 | Rot3 | Rot4 | UnaryNeg | UnaryPos | UnaryInvert | UnaryNot | GetIter
        | LoadAttr(_) | ListToTuple | FormatValue(0..=3) | GetYieldFromIter | MakeCell(_)
        | CopyFreeVars(_) | Jump(_) | PopBlock | PopExcept | YieldValue => 0,
        Async(op) => match op {
            AsyncOp::GetAwaitable(_) | AsyncOp::GetAIter | AsyncOp::AsyncGenWrap => 0,
            AsyncOp::GetANext | AsyncOp::BeforeAsyncWith => 1,
            AsyncOp::EndAsyncFor => -2,
        },
        FormatValue(_) => -1,
        Pop | StoreFast(_) | RestoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_)
        | DeleteAttr(_) | BinarySubscr | BinaryOp(_) | InplaceOp(_) | Compare(_)
        | PopJumpIfFalse(_) | PopJumpIfTrue(_) | ListAppend(_) | SetAdd(_) | ListExtend(_)
        | SetUpdate(_) | DictUpdate(_) | DictMerge(_) | ImportName(_) | ImportStar | PrintExpr
        | ReturnValue | Reraise | YieldFrom => -1,
        Dup | LoadConst(_) | LoadFast(_) | LoadFastAndClear(_) | LoadDeref(_) | LoadClosure(_)
        | LoadClassDeref(_) | LoadGlobal(_) | LoadName(_) | LoadMethod(_) | LoadBuildClass
        | LoadAssertionError | ImportFrom(_) | BeforeWith | WithExceptStart => 1,
        Dup2 => 2,
        LoadFastLoadFast(..) | LoadFastLoadConst(..) => 2,
        CompareJumpIfFalse(..) => -2,
        StoreFastLoadFast(..) | LoadFastAttr(..) => 0,
        LoadFastStoreAttr(..) => -1,
        FastFastStoreAttr(..) | AttrToFast(..) => 0,
        ReturnFast(_) => 0,
        ReturnConst(_) | SwapPair => 0,
        FastConstBinary(..) | FastFastBinary(..) => 1,
        FastFastSubscr(..) | FastConstSubscr(..) => 1,
        UnpackFast(_) => -1,
        ConstBinary(..) | FastConstCompareJump(..) | FastFastCompareJump(..) => 0,
        AttrAttrCompareJump(..) => 1,
        AttrInplaceFast(..) | AttrInplaceConst(..) => 1,
        ForIterStore(_) => {
            if jump {
                -1
            } else {
                1
            }
        }
        DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_) | CheckExcMatch
        | CheckEgMatch => 0,
        PrepReraiseStar => -1,
        StoreAttr(_) | DeleteSubscr | MapAdd(_) => -2,
        StoreSubscr => -3,
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => {
            if jump {
                0
            } else {
                -1
            }
        }
        ForIter(_) => {
            if jump {
                -1
            } else {
                1
            }
        }
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildConstSet(n) | BuildString(n)
        | BuildSlice(n) => 1 - n as i32,
        BuildMap(n) => 1 - 2 * n as i32,
        UnpackSequence(n) => n as i32 - 1,
        UnpackEx(v) => ((v & 0xffff) + (v >> 16)) as i32,
        Call(n) => -(n as i32),
        CallKw(n) => -(n as i32) - 1,
        CallMethod(n) => -(n as i32) - 1,
        CallMethodKw(n) => -(n as i32) - 2,
        CallEx(f) => -1 - (f & 1) as i32,
        MakeFunction(f) => {
            -((f & 1) as i32)
                - ((f >> 1) & 1) as i32
                - ((f >> 2) & 1) as i32
                - ((f >> 3) & 1) as i32
        }
        RaiseVarargs(n) => -(n as i32),
        // The handler starts with the exception pushed on the recorded depth (which for
        // `SetupWith` excludes the TOS present at setup).
        SetupFinally(_) => i32::from(jump),
        SetupWith(_) => 0,
        MatchSequence | MatchMapping | GetLen => 1,
        MatchKeys => 1,
        MatchClass(_) => -2,
        CopyDictWithoutKeys => -1,
        Rotate(_) => 0,
    }
}

/// Hashable identity of a constant for de-duplication: value *and* type (1, 1.0 and True stay
/// distinct, as do 0.0 and -0.0).
#[derive(Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Ellipsis,
    Bool(bool),
    Int(i64),
    BigInt(Rc<str>),
    Float(u64),
    Complex(u64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
}

impl ConstKey {
    fn of(c: &Constant) -> Option<ConstKey> {
        Some(match c {
            Constant::None => ConstKey::None,
            Constant::Ellipsis => ConstKey::Ellipsis,
            Constant::Bool(b) => ConstKey::Bool(*b),
            Constant::Int(i) => ConstKey::Int(*i),
            Constant::BigInt(s) => ConstKey::BigInt(s.clone()),
            Constant::Float(f) => ConstKey::Float(f.to_bits()),
            Constant::Complex(f) => ConstKey::Complex(f.to_bits()),
            Constant::Str(s) => ConstKey::Str(s.clone()),
            Constant::Bytes(b) => ConstKey::Bytes(b.clone()),
            Constant::Tuple(t) => {
                ConstKey::Tuple(t.iter().map(ConstKey::of).collect::<Option<_>>()?)
            }
            Constant::FrozenSet(t) => {
                ConstKey::FrozenSet(t.iter().map(ConstKey::of).collect::<Option<_>>()?)
            }
            Constant::Code(_) => return None,
        })
    }
}

/// Compile-time helper: interns constants and names (hash maps, so huge modules stay linear).
#[derive(Default)]
pub(crate) struct Pools {
    pub(crate) consts: Vec<Constant>,
    pub(crate) names: Vec<String>,
    const_index: HashMap<ConstKey, u32>,
    name_index: HashMap<String, u32>,
}

impl Pools {
    pub(crate) fn constant(&mut self, c: Constant) -> u32 {
        let key = ConstKey::of(&c);
        if let Some(k) = &key {
            if let Some(&i) = self.const_index.get(k) {
                return i;
            }
        }
        let i = self.consts.len() as u32;
        self.consts.push(c);
        if let Some(k) = key {
            self.const_index.insert(k, i);
        }
        i
    }

    pub(crate) fn name(&mut self, n: &str) -> u32 {
        if let Some(&i) = self.name_index.get(n) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(n.to_string());
        self.name_index.insert(n.to_string(), i);
        i
    }
}
