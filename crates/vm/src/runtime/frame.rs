//! Frames: slot locals, a value stack and a block stack. Frames are plain Rust values (on the
//! VM's Rust stack, or boxed inside a generator), never heap objects; the values they hold are.

use std::rc::Rc;

use heap::{Gc, ObjRef, ValueStack};

use super::objects::DictObj;
use crate::bytecode::CodeObject;

/// A code object's constants and names materialised as heap objects, once per code object.
pub struct CodeData {
    /// The code.
    pub code: Rc<CodeObject>,
    /// The instructions the eval loop runs: `code.instructions` with superinstructions
    /// (see `fuse`).
    pub fast: Vec<crate::bytecode::Instr>,
    /// `consts[i]` as objects.
    pub consts: Vec<ObjRef>,
    /// `names[i]` as interned strs.
    pub names: Vec<ObjRef>,
    /// Global-lookup cache per name: where `LoadGlobal` found it last time.
    pub global_cache: Vec<std::cell::Cell<GlobalCache>>,
    /// The caches of each instruction (used by the attribute and method instructions).
    pub caches: Vec<InstrCache>,
}

/// One instruction's caches, side by side so that an attribute access finds both with one
/// bounds check.
#[derive(Default)]
pub struct InstrCache {
    /// Attribute cache (`LoadAttr`/`StoreAttr`): 1 + the position of the name in the shared
    /// keys of the class last seen there, 0 when empty. Validated on use by checking that
    /// the class's key at that position is the same name object (keys are append-only), so
    /// a stale entry only costs a miss.
    pub attr: std::cell::Cell<u32>,
    /// Method cache (`LoadMethod` on instances; properties, members, module and class
    /// attributes for the attribute instructions).
    pub method: std::cell::Cell<MethodCache>,
}

/// Where `LoadMethod` found a plain function for instances of one class: in the namespace
/// at `depth` along the MRO (0 = the class itself), at entry `idx`. Valid while the class
/// (by address) is the same, no class namespace changed (`Vm::type_version`, which class
/// creation bumps too, so a new class at a reused address misses) and the class's shared
/// keys have not grown (so no instance attribute can shadow the method). Holds no
/// references: the entry is re-read and its key checked on every hit.
///
/// The same cell serves attribute instructions for other receivers, told apart by a
/// `keys_len` far above any real shared-keys length: [`MODULE_ENTRY`], [`CLASS_ENTRY`]
/// (`receiver_cache.rs`) and [`MEMBER_ENTRY`] (a `__slots__` member, `eval.rs`).
#[derive(Clone, Copy, Default)]
pub struct MethodCache {
    /// Class address (0 = empty).
    pub cls: usize,
    /// `Vm::type_version` when filled.
    pub version: u64,
    /// Length of the class's shared keys when filled.
    pub keys_len: u32,
    /// Position along `[cls] + mro`.
    pub depth: u32,
    /// Entry index in that namespace.
    pub idx: u32,
}

/// `MethodCache::keys_len` of a module attribute entry: the module dict's address (`cls`)
/// and the entry index (`idx`).
pub const MODULE_ENTRY: u32 = u32::MAX - 1;
/// `MethodCache::keys_len` of a class attribute entry: the class, the type version and the
/// name's coordinates along the MRO.
pub const CLASS_ENTRY: u32 = u32::MAX;
/// `MethodCache::keys_len` of a `__slots__` member of the class's own layout: the class, the
/// type version and the slot position (`idx`); `depth` is `u32::MAX` (no MRO coordinates).
pub const MEMBER_ENTRY: u32 = u32::MAX - 2;

/// Where a global name was found: an entry index in the globals dict (valid while that entry
/// still holds the same key object), or in builtins (valid while the globals dict has not
/// changed shape since, checked by its version and address).
#[derive(Clone, Copy, Default)]
pub struct GlobalCache {
    /// 0 = empty, 1 = globals, 2 = builtins.
    pub kind: u8,
    /// Entry index.
    pub idx: u32,
    /// Globals dict address (builtins hits).
    pub gaddr: usize,
    /// Globals dict version (builtins hits).
    pub gver: u64,
}

/// What a block protects.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BlockKind {
    /// `SetupFinally`/`SetupWith`: jump to `handler` on an exception.
    Setup,
    /// Running an except/finally handler: the previously handled exception is saved.
    ExceptHandler,
}

/// One block-stack entry.
pub struct Block {
    /// Kind.
    pub kind: BlockKind,
    /// Handler address.
    pub handler: u32,
    /// Value-stack depth to restore.
    pub level: usize,
    /// Previously handled exception (ExceptHandler blocks).
    pub saved: Option<ObjRef>,
}

/// An executing (or suspended) function, module or class body.
pub struct Frame {
    /// The code, its constants and names (`data.code` is the code object).
    pub data: Rc<CodeData>,
    /// Slot locals.
    pub slots: Vec<Option<ObjRef>>,
    /// The value stack (the NULL pushed by `LoadMethod` is `Vm::null`).
    pub stack: ValueStack,
    /// The block stack.
    pub blocks: Vec<Block>,
    /// Globals.
    pub globals: Gc<DictObj>,
    /// Local namespace for module and class bodies.
    pub locals: Option<Gc<DictObj>>,
    /// The function's closure tuple.
    pub closure: Option<ObjRef>,
    /// Next instruction.
    pub lasti: usize,
}

impl Frame {
    /// The code being run.
    #[inline]
    pub fn code(&self) -> &Rc<CodeObject> {
        &self.data.code
    }

    /// Report the references the frame holds (generators are traversed through this).
    pub fn trace(&self, v: &mut heap::Visitor<'_>) {
        v.visit(&self.slots);
        v.visit(&self.stack);
        v.visit(&self.globals);
        v.visit(&self.locals);
        v.visit(&self.closure);
        for b in &self.blocks {
            v.visit(&b.saved);
        }
    }
}
