//! The debug hooks against CPython 3.12's (`PYTHONMALLOC=debug`), whose report for a
//! one-byte overrun is recorded in `tests/data/debug-hooks-overflow-3.12.txt`.

use std::ptr::NonNull;

use obmalloc::{
    Api, DebugAllocator, DebugError, CLEAN_BYTE, DEBUG_EXTRA_BYTES, FREE_CHECK_FUNCTION,
};

const CPYTHON: &str = include_str!("data/debug-hooks-overflow-3.12.txt");

/// Replaces every `0x` address with a placeholder.
fn mask_addresses(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 2..];
        let end = tail
            .find(|c: char| !c.is_ascii_hexdigit())
            .unwrap_or(tail.len());
        // Byte values (0x41, 0xfd) are two digits; keep them.
        if end == 2 {
            out.push_str(&rest[i..i + 4]);
        } else {
            out.push_str("0xADDR");
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

fn write(p: NonNull<u8>, offset: isize, byte: u8) {
    // SAFETY: the tests only poke the pads and data of a live debug block, which lie
    // inside the block the allocator handed out.
    unsafe { p.as_ptr().offset(offset).write(byte) };
}

#[test]
fn overrun_report_matches_cpython() {
    let d = DebugAllocator::new();
    let p = d.alloc(Api::Mem, 16).unwrap();
    for i in 0..17 {
        write(p, i, 0x41);
    }
    let err = d.free(Api::Mem, p).unwrap_err();
    assert!(matches!(err, DebugError::BadTrailingPad { .. }));
    let theirs = CPYTHON.split("\nEnable tracemalloc").next().unwrap();
    assert_eq!(
        mask_addresses(err.report()),
        format!("{}\n", mask_addresses(theirs))
    );
    let fatal = format!("Fatal Python error: {FREE_CHECK_FUNCTION}: {err}");
    assert!(CPYTHON.contains(&fatal), "{fatal}");
    // Nothing was freed: repair the pad and the free goes through.
    write(p, 16, obmalloc::FORBIDDEN_BYTE);
    d.free(Api::Mem, p).unwrap();
    assert_eq!(d.stats().blocks_in_use(), 0);
}

#[test]
fn fresh_blocks_are_clean_and_padded() {
    let d = DebugAllocator::new();
    let p = d.alloc(Api::Object, 40).unwrap();
    // SAFETY: 40 initialised bytes.
    let data = unsafe { std::slice::from_raw_parts(p.as_ptr(), 40) };
    assert!(data.iter().all(|&b| b == CLEAN_BYTE));
    assert_eq!(d.check(Api::Object, p), Ok(40));
    let in_use: Vec<_> = d
        .stats()
        .size_classes
        .into_iter()
        .filter(|c| c.blocks_in_use > 0)
        .map(|c| (c.block_size, c.blocks_in_use))
        .collect();
    assert_eq!(
        in_use,
        [(64, 1)],
        "40 + 24 bytes come from the 64-byte size class"
    );
    d.free(Api::Object, p).unwrap();
}

#[test]
fn underrun_and_wrong_api_are_caught() {
    let d = DebugAllocator::new();
    let p = d.alloc(Api::Mem, 8).unwrap();
    let err = d.free(Api::Object, p).unwrap_err();
    assert_eq!(
        err.to_string(),
        "bad ID: Allocated using API 'm', verified using API 'o'"
    );
    assert!(err
        .report()
        .starts_with("Debug memory block at address p=0x"));
    assert!(err
        .report()
        .contains(": API 'm'\n    8 bytes originally requested\n"));
    write(p, -1, 0);
    let err = d.free(Api::Mem, p).unwrap_err();
    assert_eq!(err.to_string(), "bad leading pad byte");
    assert!(err.report().contains("        at p-1: 0x00 *** OUCH\n"));
    assert!(err
        .report()
        .contains("Because memory is corrupted at the start"));
    write(p, -1, obmalloc::FORBIDDEN_BYTE);
    d.free(Api::Mem, p).unwrap();
}

#[test]
fn wild_and_double_frees_are_errors_not_crashes() {
    let d = DebugAllocator::new();
    let p = d.alloc(Api::Raw, 100).unwrap();
    let inside = NonNull::new(p.as_ptr().wrapping_add(8)).unwrap();
    assert!(matches!(
        d.free(Api::Raw, inside),
        Err(DebugError::NotADebugBlock { .. })
    ));
    d.free(Api::Raw, p).unwrap();
    assert!(matches!(
        d.free(Api::Raw, p),
        Err(DebugError::NotADebugBlock { .. })
    ));
    let mut local = 0u64;
    let stack = NonNull::from(&mut local).cast::<u8>();
    assert!(matches!(
        d.check(Api::Raw, stack),
        Err(DebugError::NotADebugBlock { .. })
    ));
    // A corrupted size field claiming more than the block holds.
    let q = d.alloc(Api::Raw, 600).unwrap();
    for i in -16..-8 {
        write(q, i, 0x7f);
    }
    assert!(matches!(
        d.free(Api::Raw, q),
        Err(DebugError::BadTrailingPad { .. })
    ));
    assert_eq!(DEBUG_EXTRA_BYTES, 24);
}

#[test]
fn realloc_keeps_data_and_pads() {
    let d = DebugAllocator::new();
    let p = d.alloc(Api::Mem, 10).unwrap();
    for i in 0..10 {
        write(p, i, i as u8);
    }
    let q = d.realloc(Api::Mem, p, 1000).unwrap();
    // SAFETY: 1000 initialised bytes.
    let data = unsafe { std::slice::from_raw_parts(q.as_ptr(), 1000) };
    assert_eq!(&data[..10], &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert!(data[10..].iter().all(|&b| b == CLEAN_BYTE));
    assert_eq!(d.check(Api::Mem, q), Ok(1000));
    d.free(Api::Mem, q).unwrap();
    let stats = d.stats();
    assert_eq!((stats.blocks_in_use(), stats.system_blocks), (0, 0));
}
