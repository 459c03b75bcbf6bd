//! The `time` module: clocks (wall, monotonic, performance, process CPU), `sleep`, and
//! calendar conversions (`localtime`, `gmtime`, `mktime`, `strftime`) on `chrono`.
//! `struct_time` and the thin wrappers returning it are Python (`py/time.py`).

use chrono::format::{Item, StrftimeItems};
use chrono::{DateTime, Datelike, FixedOffset, Local, NaiveDate, Offset, TimeZone, Timelike, Utc};
use heap::{Gc, ObjRef};

use super::{add_fn, frozen, new_module};
use crate::runtime::objects::*;
use crate::runtime::ops::num_to_f64;
use crate::runtime::{Args, PyResult, Vm};

/// The origin of `perf_counter` and `monotonic` (CPython's are also an arbitrary origin):
/// one per process, so that every thread reads the same clock.
static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// Time since [`START`].
fn elapsed() -> std::time::Duration {
    START.get_or_init(std::time::Instant::now).elapsed()
}

fn since_epoch() -> std::time::Duration {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
}

fn time(vm: &Vm, _a: &Args<'_>) -> PyResult {
    vm.new_float(since_epoch().as_secs_f64())
}

fn time_ns(vm: &Vm, _a: &Args<'_>) -> PyResult {
    vm.new_bigint(since_epoch().as_nanos().into())
}

fn perf_counter(vm: &Vm, _a: &Args<'_>) -> PyResult {
    vm.new_float(elapsed().as_secs_f64())
}

fn perf_counter_ns(vm: &Vm, _a: &Args<'_>) -> PyResult {
    vm.new_bigint(elapsed().as_nanos().into())
}

/// CPU time of this process: utime + stime from /proc/self/stat (in clock ticks of 1/100 s,
/// Linux's USER_HZ). Without /proc, the elapsed time is the best available upper bound.
fn cpu_nanos() -> u128 {
    let ticks = std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            // Fields after the parenthesised command name (which may contain spaces).
            let rest = &s[s.rfind(')')? + 2..];
            let f: Vec<&str> = rest.split(' ').collect();
            let utime: u128 = f.get(11)?.parse().ok()?;
            let stime: u128 = f.get(12)?.parse().ok()?;
            Some(utime + stime)
        });
    match ticks {
        Some(t) => t * 10_000_000,
        None => elapsed().as_nanos(),
    }
}

fn process_time(vm: &Vm, _a: &Args<'_>) -> PyResult {
    vm.new_float(cpu_nanos() as f64 / 1e9)
}

fn process_time_ns(vm: &Vm, _a: &Args<'_>) -> PyResult {
    vm.new_bigint(cpu_nanos().into())
}

/// A number of seconds as CPython's time functions accept it (int or float).
fn seconds(vm: &Vm, x: &ObjRef) -> PyResult<f64> {
    match vm.num(x) {
        Some(n) => Ok(num_to_f64(&n)),
        None => vm.type_err(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(x)
        )),
    }
}

fn sleep(vm: &Vm, a: &Args<'_>) -> PyResult {
    let Some(x) = a.pos.first() else {
        return vm.type_err("time.sleep() takes exactly one argument (0 given)");
    };
    let s = seconds(vm, x)?;
    if s.is_nan() {
        return vm.value_err("Invalid value NaN (not a number)");
    }
    if s < 0.0 {
        return vm.value_err("sleep length must be non-negative");
    }
    if !s.is_finite() || s > 1e10 {
        return vm.err(
            "OverflowError",
            "timestamp too large to convert to C _PyTime_t",
        );
    }
    // Other threads run meanwhile (`sleep(0)` lets those that are ready run first).
    crate::runtime::threads::sleep(vm, s)?;
    Ok(vm.none())
}

/// The optional `secs` argument of localtime/gmtime: now when absent or None.
fn secs_arg(vm: &Vm, a: &Args<'_>) -> PyResult<i64> {
    match a.pos.first() {
        Some(x) if !vm.is_none(x) => {
            let s = seconds(vm, x)?;
            if !s.is_finite() || s.abs() > 1e16 {
                return vm.err(
                    "OverflowError",
                    "timestamp out of range for platform time_t",
                );
            }
            Ok(s.floor() as i64)
        }
        _ => Ok(since_epoch().as_secs() as i64),
    }
}

/// `(year, mon, mday, hour, min, sec, wday, yday, isdst, zone, gmtoff)`.
fn tm_tuple<Tz: TimeZone>(vm: &Vm, t: &DateTime<Tz>, zone: &str, isdst: i64) -> PyResult
where
    Tz::Offset: std::fmt::Display,
{
    let gmtoff = t.offset().fix().local_minus_utc() as i64;
    let v = vec![
        vm.new_int(t.year() as i64)?,
        vm.new_int(t.month() as i64)?,
        vm.new_int(t.day() as i64)?,
        vm.new_int(t.hour() as i64)?,
        vm.new_int(t.minute() as i64)?,
        vm.new_int(t.second() as i64)?,
        vm.new_int(t.weekday().num_days_from_monday() as i64)?,
        vm.new_int(t.ordinal() as i64)?,
        vm.new_int(isdst)?,
        vm.new_str(zone)?,
        vm.new_int(gmtoff)?,
    ];
    vm.new_tuple(v)
}

fn out_of_range<T>(vm: &Vm) -> PyResult<T> {
    vm.err(
        "OverflowError",
        "timestamp out of range for platform time_t",
    )
}

fn localtime(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = secs_arg(vm, a)?;
    let Some(t) = Local.timestamp_opt(s, 0).single() else {
        return out_of_range(vm);
    };
    let off = t.offset().fix();
    // chrono does not expose the zone's abbreviation or DST flag; UTC is named as glibc does.
    let zone = if off.local_minus_utc() == 0 {
        "UTC".to_string()
    } else {
        off.to_string()
    };
    tm_tuple(vm, &t, &zone, 0)
}

fn gmtime(vm: &Vm, a: &Args<'_>) -> PyResult {
    let s = secs_arg(vm, a)?;
    let Some(t) = Utc.timestamp_opt(s, 0).single() else {
        return out_of_range(vm);
    };
    tm_tuple(vm, &t, "GMT", 0)
}

/// A local date-time from a 9-tuple (year, mon, mday, hour, min, sec, ...).
fn from_tuple(vm: &Vm, a: &Args<'_>, i: usize) -> PyResult<DateTime<FixedOffset>> {
    let items = match a.pos.get(i).and_then(|t| t.downcast::<TupleObj>()) {
        Some(t) if tuple_items(&t).len() >= 9 => t,
        _ => return vm.type_err("Tuple or struct_time argument required"),
    };
    let mut f = [0i64; 6];
    for (k, slot) in f.iter_mut().enumerate() {
        *slot = vm.index(&tuple_items(&items)[k])?;
    }
    let [y, mo, d, h, mi, s] = f;
    let date = i32::try_from(y)
        .ok()
        .and_then(|y| NaiveDate::from_ymd_opt(y, mo.clamp(1, 12) as u32, d.clamp(1, 31) as u32));
    let Some(date) = date else {
        return vm.value_err("year out of range");
    };
    let Some(naive) = date.and_hms_opt(
        h.clamp(0, 23) as u32,
        mi.clamp(0, 59) as u32,
        s.clamp(0, 59) as u32,
    ) else {
        return vm.value_err("hour out of range");
    };
    match Local.from_local_datetime(&naive).earliest() {
        Some(t) => Ok(t.fixed_offset()),
        None => Ok(naive.and_utc().fixed_offset()),
    }
}

fn strftime(vm: &Vm, a: &Args<'_>) -> PyResult {
    let fmt = match a.pos.first().and_then(|f| f.downcast::<StrObj>()) {
        Some(s) => s,
        None => return vm.type_err("strftime() argument 1 must be str"),
    };
    let t = from_tuple(vm, a, 1)?;
    // chrono panics when asked to display an invalid format, so check it first.
    let items: Vec<Item<'_>> = StrftimeItems::new(&fmt.s).collect();
    if items.iter().any(|i| matches!(i, Item::Error)) {
        return vm.value_err("Invalid format string");
    }
    let text = t.format_with_items(items.into_iter()).to_string();
    vm.new_str(&text)
}

fn mktime(vm: &Vm, a: &Args<'_>) -> PyResult {
    let t = from_tuple(vm, a, 0)?;
    vm.new_float(t.timestamp() as f64)
}

/// `struct_time(t[:9], zone, gmtoff)` from a tuple made by `tm_tuple` — built-in functions
/// (not Python ones) so that `Formatter.converter = time.gmtime` does not bind as a method.
fn to_struct_time(vm: &Vm, t: ObjRef) -> PyResult {
    let Some(tm) = vm.dict_get_str(&vm.modules, "time") else {
        return Ok(t);
    };
    let cls = vm.getattr_str(&tm, "struct_time")?;
    let items = t
        .downcast::<TupleObj>()
        .map(|t| tuple_items(&t).to_vec())
        .unwrap_or_default();
    if items.len() != 11 {
        return Ok(t);
    }
    let fields = vm.new_tuple_from(&items[..9])?;
    vm.call(&cls, &[fields, items[9].clone(), items[10].clone()], None)
}

fn localtime_st(vm: &Vm, a: &Args<'_>) -> PyResult {
    let t = localtime(vm, a)?;
    to_struct_time(vm, t)
}

fn gmtime_st(vm: &Vm, a: &Args<'_>) -> PyResult {
    let t = gmtime(vm, a)?;
    to_struct_time(vm, t)
}

/// Build `time`: the native clocks, then the Python prelude (struct_time and friends).
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "time")?;
    for (n, f) in [
        ("time", time as NativeFn),
        ("time_ns", time_ns),
        ("perf_counter", perf_counter),
        ("perf_counter_ns", perf_counter_ns),
        ("monotonic", perf_counter),
        ("monotonic_ns", perf_counter_ns),
        ("process_time", process_time),
        ("process_time_ns", process_time_ns),
        ("sleep", sleep),
        ("_localtime", localtime),
        ("_gmtime", gmtime),
        ("_strftime", strftime),
        ("_mktime", mktime),
        ("localtime", localtime_st),
        ("gmtime", gmtime_st),
    ] {
        add_fn(vm, &m, n, f)?;
    }
    frozen::exec_into(vm, &m, include_str!("py/time.py"))?;
    Ok(m)
}
