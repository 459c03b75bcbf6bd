//! The attributes and `str()` forms that CPython's built-in exceptions derive from their
//! arguments: `StopIteration.value`, `SystemExit.code`, `OSError.errno/strerror/filename`,
//! `ImportError.name/path/msg`, `SyntaxError.msg/filename/lineno/offset/text`, and
//! `NameError.name`/`AttributeError.name/obj`, `UnicodeEncodeError`/`UnicodeDecodeError`'s
//! `encoding/object/start/end/reason`.
//!
//! CPython stores these in C struct members filled by each type's `__init__`; we compute them
//! from `args` when they are read, unless the instance has its own value (set by the raiser,
//! e.g. `ModuleNotFoundError.name`, or by user code), which the attribute lookup finds first.

use heap::{Gc, ObjRef};

use super::objects::*;
use super::{PyResult, Vm};

/// The family of built-in exception whose derived attributes apply to `cls`, if any.
fn family(vm: &Vm, cls: &Gc<TypeObj>) -> Option<&'static str> {
    [
        "StopIteration",
        "SystemExit",
        "OSError",
        "ImportError",
        "SyntaxError",
        "NameError",
        "AttributeError",
        "UnicodeEncodeError",
        "UnicodeDecodeError",
    ]
    .into_iter()
    .find(|f| vm.is_subtype(cls, &vm.exc_type(f)))
}

/// A derived attribute of an exception instance of class `cls` with arguments `args`.
pub fn derived_attr(
    vm: &Vm,
    cls: &Gc<TypeObj>,
    args: &[ObjRef],
    name: &str,
) -> PyResult<Option<ObjRef>> {
    let Some(fam) = family(vm, cls) else {
        return Ok(None);
    };
    let arg = |i: usize| args.get(i).cloned().unwrap_or_else(|| vm.none());
    let v = match (fam, name) {
        ("StopIteration", "value") => arg(0),
        ("SystemExit", "code") => match args.len() {
            0 => vm.none(),
            1 => arg(0),
            _ => vm.new_tuple_from(args)?,
        },
        ("OSError", "errno" | "strerror" | "filename" | "filename2") => {
            if !(2..=5).contains(&args.len()) {
                vm.none()
            } else {
                // Filenames given to the constructor are stored as attributes (see
                // `Vm::call_type`); these are only reached when there was none.
                match name {
                    "errno" => arg(0),
                    "strerror" => arg(1),
                    _ => vm.none(),
                }
            }
        }
        ("ImportError", "msg") if args.len() == 1 => arg(0),
        ("ImportError", "msg" | "name" | "path" | "name_from") => vm.none(),
        ("SyntaxError", "msg") => arg(0),
        (
            "SyntaxError",
            "filename" | "lineno" | "offset" | "text" | "end_lineno" | "end_offset",
        ) => {
            let details = args
                .get(1)
                .and_then(|d| d.downcast::<TupleObj>())
                .filter(|t| (4..=6).contains(&tuple_items(t).len()));
            let i = match name {
                "filename" => 0,
                "lineno" => 1,
                "offset" => 2,
                "text" => 3,
                "end_lineno" => 4,
                _ => 5,
            };
            details
                .and_then(|t| tuple_items(&t).get(i).cloned())
                .unwrap_or_else(|| vm.none())
        }
        ("NameError", "name") | ("AttributeError", "name" | "obj") => vm.none(),
        (
            "UnicodeEncodeError" | "UnicodeDecodeError",
            "encoding" | "object" | "start" | "end" | "reason",
        ) if args.len() == 5 => {
            let i = ["encoding", "object", "start", "end", "reason"]
                .iter()
                .position(|n| *n == name)
                .unwrap_or(0);
            arg(i)
        }
        _ => return Ok(None),
    };
    Ok(Some(v))
}

/// `str(e)` for the exceptions whose `__str__` is not BaseException's, or `None`.
pub fn special_str(
    vm: &Vm,
    e: &ObjRef,
    cls: &Gc<TypeObj>,
    args: &[ObjRef],
) -> PyResult<Option<String>> {
    if let Some(s) = super::exception_group::group_str(vm, e)? {
        return Ok(Some(s));
    }
    match family(vm, cls) {
        Some("OSError") if (2..=5).contains(&args.len()) => {
            let mut s = format!("[Errno {}] {}", vm.str(&args[0])?, vm.str(&args[1])?);
            let filename = vm.getattr_str(e, "filename")?;
            if !vm.is_none(&filename) {
                s.push_str(&format!(": {}", vm.repr(&filename)?));
                let filename2 = vm.getattr_str(e, "filename2")?;
                if !vm.is_none(&filename2) {
                    s.push_str(&format!(" -> {}", vm.repr(&filename2)?));
                }
            }
            Ok(Some(s))
        }
        Some("SyntaxError") if !args.is_empty() => {
            let msg = vm.str(&args[0])?;
            let filename = vm.getattr_str(e, "filename")?;
            let lineno = vm.getattr_str(e, "lineno")?;
            let file = if vm.is_none(&filename) {
                None
            } else {
                let f = vm.str(&filename)?;
                Some(f.rsplit('/').next().unwrap_or(&f).to_string())
            };
            let line = if vm.is_none(&lineno) {
                None
            } else {
                Some(vm.str(&lineno)?)
            };
            Ok(Some(match (file, line) {
                (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
                (Some(f), None) => format!("{msg} ({f})"),
                (None, Some(l)) => format!("{msg} (line {l})"),
                (None, None) => msg,
            }))
        }
        Some(f @ ("UnicodeEncodeError" | "UnicodeDecodeError")) => {
            super::codecs::unicode_error_str(vm, f == "UnicodeEncodeError", args)
        }
        _ => Ok(None),
    }
}

impl Vm {
    /// An `OSError` (or subclass `ty`) as the OS reports it: `args == (errno, strerror)`,
    /// `filename` set when given, `str()` is `[Errno N] strerror: 'filename'`.
    pub fn os_error(&self, ty: &str, errno: i32, strerror: &str, filename: Option<&str>) -> ObjRef {
        let t = self.exc_type(ty);
        let args = match (self.new_int(i64::from(errno)), self.new_str(strerror)) {
            (Ok(n), Ok(s)) => vec![n, s],
            (Err(e), _) | (_, Err(e)) => return e,
        };
        let exc = self.new_exception(&t, args);
        if let Some(f) = filename {
            let r = self
                .new_str(f)
                .and_then(|f| self.setattr(&exc, &self.intern("filename")?, f));
            if let Err(e) = r {
                return e;
            }
        }
        exc
    }

    /// An `ImportError`/`ModuleNotFoundError` with its `name` attribute set.
    pub fn import_error(&self, ty: &str, msg: &str, name: &str) -> ObjRef {
        let exc = self.exc_msg(ty, msg);
        let r = self
            .new_str(name)
            .and_then(|n| self.setattr(&exc, &self.intern("name")?, n));
        match r {
            Ok(()) => exc,
            Err(e) => e,
        }
    }
}

/// The `OSError` subclass CPython raises for an errno (PEP 3151).
pub fn os_error_type(errno: i32) -> &'static str {
    match errno {
        libc::ENOENT => "FileNotFoundError",
        libc::EEXIST => "FileExistsError",
        libc::EISDIR => "IsADirectoryError",
        libc::ENOTDIR => "NotADirectoryError",
        libc::EACCES | libc::EPERM => "PermissionError",
        libc::EINTR => "InterruptedError",
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => "BlockingIOError",
        libc::ECHILD => "ChildProcessError",
        libc::EPIPE | libc::ESHUTDOWN => "BrokenPipeError",
        libc::ECONNABORTED => "ConnectionAbortedError",
        libc::ECONNREFUSED => "ConnectionRefusedError",
        libc::ECONNRESET => "ConnectionResetError",
        libc::ESRCH => "ProcessLookupError",
        libc::ETIMEDOUT => "TimeoutError",
        _ => "OSError",
    }
}

impl Vm {
    /// The Python exception for an I/O error on `filename`: the PEP 3151 subclass, the errno
    /// and the C library's message, as CPython raises it.
    pub fn io_error(&self, e: &std::io::Error, filename: Option<&str>) -> ObjRef {
        let Some(errno) = e.raw_os_error() else {
            return self.exc_msg("OSError", &e.to_string());
        };
        let text = std::io::Error::from_raw_os_error(errno).to_string();
        // Rust appends " (os error N)" to strerror's text.
        let strerror = match text.rfind(" (os error ") {
            Some(i) => &text[..i],
            None => &text,
        };
        self.os_error(os_error_type(errno), errno, strerror, filename)
    }

    /// [`Vm::io_error`] of a two-path call (`os.rename`): `filename` and `filename2` set,
    /// printed as `'src' -> 'dst'`.
    pub fn io_error2(&self, e: &std::io::Error, src: &str, dst: &str) -> ObjRef {
        let exc = self.io_error(e, Some(src));
        let r = self
            .new_str(dst)
            .and_then(|d| self.setattr(&exc, &self.intern("filename2")?, d));
        match r {
            Ok(()) => exc,
            Err(err) => err,
        }
    }
}
