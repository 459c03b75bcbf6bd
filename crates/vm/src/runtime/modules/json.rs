//! The `_json` module: the native core of the frozen `json` (as CPython's `_json` is of its
//! `Lib/json`): the scanner (`json_scan.rs`) and the encoder with its string escapers
//! (`json_encode.rs`). The frozen module keeps the public API and the Python paths for
//! what these do not cover (`iterencode` without `_one_shot`, overridden `raw_decode`).

use heap::Gc;

use super::{add_fn, json_encode, json_scan, new_module};
use crate::runtime::objects::ModuleObj;
use crate::runtime::{PyResult, Vm};

/// Build `_json`.
pub fn make(vm: &Vm) -> PyResult<Gc<ModuleObj>> {
    let m = new_module(vm, "_json")?;
    add_fn(vm, &m, "make_scanner", json_scan::make_scanner)?;
    add_fn(vm, &m, "scan_document", json_scan::scan_document)?;
    add_fn(vm, &m, "encode", json_encode::encode)?;
    add_fn(
        vm,
        &m,
        "encode_basestring_ascii",
        json_encode::encode_basestring_ascii,
    )?;
    add_fn(vm, &m, "encode_basestring", json_encode::encode_basestring)?;
    Ok(m)
}
