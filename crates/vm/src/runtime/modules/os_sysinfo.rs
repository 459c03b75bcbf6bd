//! `os.uname()` and `os.confstr()` (with `os.confstr_names`): the system's identity and
//! configuration strings from the C library, as CPython 3.12 gives them on Linux.
//! `uname_result` is a struct sequence in py/os_prelude.py.

use std::ffi::CStr;

use heap::ObjRef;

use super::gc::c_int;
use crate::runtime::objects::*;
use crate::runtime::{Args, PyResult, Vm};

/// glibc's `confstr` names, as CPython's `os.confstr_names` lists them on Linux.
pub const CONFSTR_NAMES: &[(&str, i32)] = &[
    ("CS_GNU_LIBC_VERSION", 2),
    ("CS_GNU_LIBPTHREAD_VERSION", 3),
    ("CS_LFS64_CFLAGS", 1004),
    ("CS_LFS64_LDFLAGS", 1005),
    ("CS_LFS64_LIBS", 1006),
    ("CS_LFS64_LINTFLAGS", 1007),
    ("CS_LFS_CFLAGS", 1000),
    ("CS_LFS_LDFLAGS", 1001),
    ("CS_LFS_LIBS", 1002),
    ("CS_LFS_LINTFLAGS", 1003),
    ("CS_PATH", 0),
    ("CS_XBS5_ILP32_OFF32_CFLAGS", 1100),
    ("CS_XBS5_ILP32_OFF32_LDFLAGS", 1101),
    ("CS_XBS5_ILP32_OFF32_LIBS", 1102),
    ("CS_XBS5_ILP32_OFF32_LINTFLAGS", 1103),
    ("CS_XBS5_ILP32_OFFBIG_CFLAGS", 1104),
    ("CS_XBS5_ILP32_OFFBIG_LDFLAGS", 1105),
    ("CS_XBS5_ILP32_OFFBIG_LIBS", 1106),
    ("CS_XBS5_ILP32_OFFBIG_LINTFLAGS", 1107),
    ("CS_XBS5_LP64_OFF64_CFLAGS", 1108),
    ("CS_XBS5_LP64_OFF64_LDFLAGS", 1109),
    ("CS_XBS5_LP64_OFF64_LIBS", 1110),
    ("CS_XBS5_LP64_OFF64_LINTFLAGS", 1111),
    ("CS_XBS5_LPBIG_OFFBIG_CFLAGS", 1112),
    ("CS_XBS5_LPBIG_OFFBIG_LDFLAGS", 1113),
    ("CS_XBS5_LPBIG_OFFBIG_LIBS", 1114),
    ("CS_XBS5_LPBIG_OFFBIG_LINTFLAGS", 1115),
];

fn no_keywords(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<()> {
    if a.kwnames.is_empty() {
        Ok(())
    } else {
        vm.type_err(format!("posix.{name}() takes no keyword arguments"))
    }
}

fn last_os_error(vm: &Vm) -> ObjRef {
    vm.io_error(&std::io::Error::last_os_error(), None)
}

/// `os.uname()`: `uname_result(sysname, nodename, release, version, machine)`.
pub fn uname(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_keywords(vm, a, "uname")?;
    if !a.pos.is_empty() {
        return vm.type_err(format!(
            "posix.uname() takes no arguments ({} given)",
            a.pos.len()
        ));
    }
    // SAFETY: `utsname` is plain old data, for which all-zero bytes are a valid value.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: `u` is a valid, writable `utsname` that outlives the call.
    if unsafe { libc::uname(&mut u) } == -1 {
        return Err(last_os_error(vm));
    }
    let mut fields = Vec::with_capacity(5);
    for field in [&u.sysname, &u.nodename, &u.release, &u.version, &u.machine] {
        // SAFETY: uname fills each field with a NUL-terminated string, and the zeroed
        // array ends in NUL even if it did not.
        let text = unsafe { CStr::from_ptr(field.as_ptr()) };
        fields.push(vm.new_str(&text.to_string_lossy())?);
    }
    let values = vm.new_tuple(fields)?;
    match vm.dict_get_str(&vm.modules, "os") {
        Some(os) => {
            let cls = vm.getattr_str(&os, "uname_result")?;
            vm.call(&cls, &[values], None)
        }
        None => Ok(values),
    }
}

/// `os.confstr(name)`: a configuration string (None when the system defines none).
pub fn confstr(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_keywords(vm, a, "confstr")?;
    let [name] = a.pos else {
        return vm.type_err(format!(
            "posix.confstr() takes exactly one argument ({} given)",
            a.pos.len()
        ));
    };
    let code = if let Some(s) = name.downcast::<StrObj>() {
        match CONFSTR_NAMES.iter().find(|(n, _)| *n == &*s.s) {
            Some((_, code)) => *code,
            None => return vm.value_err("unrecognized configuration name"),
        }
    } else if vm.index_num(name)?.is_some() {
        c_int(vm, name)?
    } else {
        return vm.type_err("configuration names must be strings or integers");
    };
    let mut buf = vec![0u8; 256];
    loop {
        // SAFETY: errno is thread-local; setting it to 0 tells "no value" from an error.
        unsafe { *libc::__errno_location() = 0 };
        // SAFETY: `buf` is writable for `buf.len()` bytes, and confstr writes at most that.
        let needed = unsafe { libc::confstr(code, buf.as_mut_ptr().cast(), buf.len()) };
        if needed == 0 {
            if std::io::Error::last_os_error().raw_os_error() == Some(0) {
                return Ok(vm.none());
            }
            return Err(last_os_error(vm));
        }
        if needed <= buf.len() {
            // `needed` counts the terminating NUL.
            return vm.new_str(&String::from_utf8_lossy(&buf[..needed - 1]));
        }
        buf.resize(needed, 0);
    }
}

/// `os.confstr_names`.
pub fn confstr_names(vm: &Vm) -> PyResult {
    let d = vm.new_dict()?;
    for (name, code) in CONFSTR_NAMES {
        vm.dict_set(&d, vm.new_str(name)?, vm.new_int(i64::from(*code))?)?;
    }
    Ok(heap::Gc::into_obj(d))
}
