//! The `resource` module (Linux): `getrusage` into a `struct_rusage`, the process limits
//! (`getrlimit`, `setrlimit`, `prlimit`) with CPython 3.12's argument checks and errors,
//! `getpagesize`, and the `RLIMIT_*`/`RUSAGE_*` constants. `struct_rusage` is the small
//! Python prelude below, a tuple subclass like CPython's struct sequences.

use heap::{Gc, ObjRef};

use super::gc::c_int;
use super::{add_fn, frozen, new_module};
use crate::runtime::objects::*;
use crate::runtime::ops::Num;
use crate::runtime::{Args, PyResult, Vm};

const PRELUDE: &str = r#"
def _struct_rusage():
    names = ('ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss',
             'ru_minflt', 'ru_majflt', 'ru_nswap', 'ru_inblock', 'ru_oublock', 'ru_msgsnd',
             'ru_msgrcv', 'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw')

    def __new__(cls, sequence, dict=None):
        values = tuple(sequence)
        if len(values) != 16:
            raise TypeError('resource.struct_rusage() takes a 16-sequence (%d-sequence given)'
                            % len(values))
        return tuple.__new__(cls, values)

    def __repr__(self):
        shown = ['%s=%r' % pair for pair in zip(names, self)]
        return 'resource.struct_rusage(%s)' % ', '.join(shown)

    def __reduce__(self):
        return (type(self), (tuple(self), {}))

    doc = ('struct_rusage: Result from getrusage.\n\n'
           'This object may be accessed either as a tuple of\n'
           '    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,\n'
           '    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)\n'
           'or via the attributes ru_utime, ru_stime, ru_maxrss, and so on.')

    def field(position):
        return property(lambda self: tuple.__getitem__(self, position))

    namespace = {'__slots__': (), '__module__': 'resource', '__new__': __new__,
                 '__repr__': __repr__, '__reduce__': __reduce__, 'n_fields': 16,
                 'n_sequence_fields': 16, 'n_unnamed_fields': 0, '__doc__': doc}
    for position, name in enumerate(names):
        namespace[name] = field(position)
    return type('struct_rusage', (tuple,), namespace)


struct_rusage = _struct_rusage()
del _struct_rusage
"#;

fn no_keywords(vm: &Vm, a: &Args<'_>, name: &str) -> PyResult<()> {
    if a.kwnames.is_empty() {
        Ok(())
    } else {
        vm.type_err(format!("resource.{name}() takes no keyword arguments"))
    }
}

/// Argument Clinic's positional count check (`_PyArg_CheckPositional`).
fn positional<'a>(
    vm: &Vm,
    a: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [ObjRef]> {
    no_keywords(vm, a, name)?;
    let n = a.pos.len();
    if n < min || n > max {
        let (bound, limit) = match (n < min, min == max) {
            (_, true) => ("", min),
            (true, false) => ("at least ", min),
            (false, false) => ("at most ", max),
        };
        return vm.type_err(format!(
            "{name} expected {bound}{limit} argument{}, got {n}",
            if limit == 1 { "" } else { "s" }
        ));
    }
    Ok(a.pos)
}

/// glibc's `RLIM_NLIMITS` (CPython's check uses the value of the headers it was built with).
const RLIM_NLIMITS: i32 = 16;

/// The `resource` argument: a C int in `0..RLIM_NLIMITS`.
fn resource_arg(vm: &Vm, o: &ObjRef) -> PyResult<libc::__rlimit_resource_t> {
    let r = c_int(vm, o)?;
    if !(0..RLIM_NLIMITS).contains(&r) {
        return vm.value_err("invalid resource specified");
    }
    Ok(r as libc::__rlimit_resource_t)
}

/// A limit as CPython reads it: an index converted to a C long, then cast to `rlim_t`
/// (so -1 is `RLIM_INFINITY`).
fn limit_value(vm: &Vm, o: &ObjRef) -> PyResult<libc::rlim_t> {
    match vm.index_num(o)? {
        Some(Num::I(i)) => Ok(i as libc::rlim_t),
        Some(Num::B(_)) => vm.err("OverflowError", "Python int too large to convert to C long"),
        _ => vm.type_err(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(o)
        )),
    }
}

/// The `(soft, hard)` sequence of setrlimit/prlimit.
fn limits_arg(vm: &Vm, o: &ObjRef) -> PyResult<libc::rlimit> {
    let items = vm.collect(o)?;
    let [soft, hard] = items.as_slice() else {
        return vm.value_err("expected a tuple of 2 integers");
    };
    Ok(libc::rlimit {
        rlim_cur: limit_value(vm, soft)?,
        rlim_max: limit_value(vm, hard)?,
    })
}

/// `(soft, hard)` as CPython returns it: the values as signed C long longs.
fn limits_tuple(vm: &Vm, rl: &libc::rlimit) -> PyResult {
    vm.new_tuple(vec![
        vm.new_int(rl.rlim_cur as i64)?,
        vm.new_int(rl.rlim_max as i64)?,
    ])
}

fn os_error(vm: &Vm) -> ObjRef {
    vm.io_error(&std::io::Error::last_os_error(), None)
}

fn getrusage(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_keywords(vm, a, "getrusage")?;
    let [who] = a.pos else {
        return vm.type_err(format!(
            "resource.getrusage() takes exactly one argument ({} given)",
            a.pos.len()
        ));
    };
    let who = c_int(vm, who)?;
    // SAFETY: `rusage` is plain old data, for which all-zero bytes are a valid value.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `ru` is a valid, writable `rusage` that outlives the call.
    if unsafe { libc::getrusage(who, &mut ru) } == -1 {
        if std::io::Error::last_os_error().raw_os_error() == Some(libc::EINVAL) {
            return vm.value_err("invalid who parameter");
        }
        return Err(os_error(vm));
    }
    let seconds = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 * 0.000001;
    let mut fields = vec![
        vm.new_float(seconds(ru.ru_utime))?,
        vm.new_float(seconds(ru.ru_stime))?,
    ];
    for n in [
        ru.ru_maxrss,
        ru.ru_ixrss,
        ru.ru_idrss,
        ru.ru_isrss,
        ru.ru_minflt,
        ru.ru_majflt,
        ru.ru_nswap,
        ru.ru_inblock,
        ru.ru_oublock,
        ru.ru_msgsnd,
        ru.ru_msgrcv,
        ru.ru_nsignals,
        ru.ru_nvcsw,
        ru.ru_nivcsw,
    ] {
        fields.push(vm.new_int(n)?);
    }
    let Some(module) = vm.dict_get_str(&vm.modules, "resource") else {
        return vm.new_tuple(fields);
    };
    let cls = vm.getattr_str(&module, "struct_rusage")?;
    vm.call(&cls, &[vm.new_tuple(fields)?], None)
}

fn getrlimit(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_keywords(vm, a, "getrlimit")?;
    let [res] = a.pos else {
        return vm.type_err(format!(
            "resource.getrlimit() takes exactly one argument ({} given)",
            a.pos.len()
        ));
    };
    let res = resource_arg(vm, res)?;
    let mut rl = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: `rl` is a valid, writable `rlimit` that outlives the call.
    if unsafe { libc::getrlimit(res, &mut rl) } == -1 {
        return Err(os_error(vm));
    }
    limits_tuple(vm, &rl)
}

fn setrlimit(vm: &Vm, a: &Args<'_>) -> PyResult {
    let [res, limits] = positional(vm, a, "setrlimit", 2, 2)? else {
        unreachable!("two arguments were checked");
    };
    let res = resource_arg(vm, res)?;
    let rl = limits_arg(vm, limits)?;
    // SAFETY: `rl` is a valid `rlimit` that outlives the call.
    if unsafe { libc::setrlimit(res, &rl) } == -1 {
        return match std::io::Error::last_os_error().raw_os_error() {
            Some(libc::EINVAL) => vm.value_err("current limit exceeds maximum limit"),
            Some(libc::EPERM) => vm.value_err("not allowed to raise maximum limit"),
            _ => Err(os_error(vm)),
        };
    }
    Ok(vm.none())
}

fn prlimit(vm: &Vm, a: &Args<'_>) -> PyResult {
    let args = positional(vm, a, "prlimit", 2, 3)?;
    let pid = c_int(vm, &args[0])?;
    let res = resource_arg(vm, &args[1])?;
    let new = match args.get(2) {
        Some(l) if !vm.is_none(l) => Some(limits_arg(vm, l)?),
        _ => None,
    };
    let mut old = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    let new_ptr = new.as_ref().map_or(std::ptr::null(), |l| l as *const _);
    // SAFETY: `new_ptr` is null or points to `new`, and `old` is writable; both outlive
    // the call.
    if unsafe { libc::prlimit(pid, res, new_ptr, &mut old) } == -1 {
        if std::io::Error::last_os_error().raw_os_error() == Some(libc::EINVAL) {
            return vm.value_err("current limit exceeds maximum limit");
        }
        return Err(os_error(vm));
    }
    limits_tuple(vm, &old)
}

fn getpagesize(vm: &Vm, a: &Args<'_>) -> PyResult {
    no_keywords(vm, a, "getpagesize")?;
    if !a.pos.is_empty() {
        return vm.type_err(format!(
            "resource.getpagesize() takes no arguments ({} given)",
            a.pos.len()
        ));
    }
    // SAFETY: sysconf only reads its integer argument.
    let size = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    vm.new_int(size as i64)
}

/// Build `resource`, its names in CPython's order.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "resource")?;
    for (n, f) in [
        ("getrusage", getrusage as NativeFn),
        ("getrlimit", getrlimit),
        ("prlimit", prlimit),
        ("setrlimit", setrlimit),
        ("getpagesize", getpagesize),
    ] {
        add_fn(vm, &m, n, f)?;
    }
    vm.dict_set_str(&m.dict, "error", vm.exc_type("OSError").into())?;
    frozen::exec_into(vm, &m, PRELUDE)?;
    for (n, v) in [
        ("RLIMIT_CPU", libc::RLIMIT_CPU),
        ("RLIMIT_FSIZE", libc::RLIMIT_FSIZE),
        ("RLIMIT_DATA", libc::RLIMIT_DATA),
        ("RLIMIT_STACK", libc::RLIMIT_STACK),
        ("RLIMIT_CORE", libc::RLIMIT_CORE),
        ("RLIMIT_NOFILE", libc::RLIMIT_NOFILE),
        ("RLIMIT_OFILE", libc::RLIMIT_NOFILE),
        ("RLIMIT_AS", libc::RLIMIT_AS),
        ("RLIMIT_RSS", libc::RLIMIT_RSS),
        ("RLIMIT_NPROC", libc::RLIMIT_NPROC),
        ("RLIMIT_MEMLOCK", libc::RLIMIT_MEMLOCK),
        ("RLIMIT_MSGQUEUE", libc::RLIMIT_MSGQUEUE),
        ("RLIMIT_NICE", libc::RLIMIT_NICE),
        ("RLIMIT_RTPRIO", libc::RLIMIT_RTPRIO),
        ("RLIMIT_RTTIME", libc::RLIMIT_RTTIME),
        ("RLIMIT_SIGPENDING", libc::RLIMIT_SIGPENDING),
    ] {
        vm.dict_set_str(&m.dict, n, vm.new_int(i64::from(v))?)?;
    }
    for (n, v) in [
        ("RUSAGE_SELF", libc::RUSAGE_SELF),
        ("RUSAGE_CHILDREN", libc::RUSAGE_CHILDREN),
        ("RUSAGE_THREAD", libc::RUSAGE_THREAD),
    ] {
        vm.dict_set_str(&m.dict, n, vm.new_int(i64::from(v))?)?;
    }
    vm.dict_set_str(
        &m.dict,
        "RLIM_INFINITY",
        vm.new_int(libc::RLIM_INFINITY as i64)?,
    )?;
    Ok(m)
}
