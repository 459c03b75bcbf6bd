//! Threads in situations CPython itself cannot show (it would hang) or that the
//! conformance scripts cannot check: deadlocks are reported instead of waited out,
//! daemon threads left waiting, sleeping or spinning at exit stay parked for good while
//! the process goes on, a spinning thread lets the others run, and many interpreters with
//! leftover threads share one process (as the conformance suite runs them).

use std::time::{Duration, Instant};

use vm::runtime::{run_captured, RunOutput};

/// Run `source` in-process on a big stack, as the CLI and the conformance suite do.
fn run(source: &str) -> RunOutput {
    let source = source.to_string();
    std::thread::Builder::new()
        .stack_size(vm::runtime::threads::THREAD_STACK_SIZE)
        .spawn(move || {
            run_captured(
                &source,
                "threads_test.py",
                vec!["threads_test.py".into()],
                None,
            )
        })
        .expect("spawn")
        .join()
        .expect("the interpreter panicked")
}

const DEADLOCK: &str =
    "RuntimeError: deadlock: every thread is blocked and none can wake up (CPython would wait forever)";

#[test]
fn the_main_thread_waiting_for_nobody_is_a_deadlock_error() {
    let out = run("import queue\nprint('before')\nqueue.Queue().get()\nprint('after')\n");
    assert_eq!(out.stdout, "before\n");
    assert!(
        out.stderr.ends_with(&format!("{DEADLOCK}\n")),
        "{}",
        out.stderr
    );
    assert_eq!(out.status, 1);
    // A single thread taking a lock it holds: the same, without any other thread.
    let out = run("import threading\nl = threading.Lock()\nl.acquire()\nprint(l.acquire(timeout=0.01))\nl.acquire()\n");
    assert_eq!(out.stdout, "False\n");
    assert!(
        out.stderr.ends_with(&format!("{DEADLOCK}\n")),
        "{}",
        out.stderr
    );
}

#[test]
fn a_lock_order_deadlock_raises_in_the_thread_that_closes_the_cycle() {
    let out = run(r#"
import threading
a, b = threading.Lock(), threading.Lock()
both = threading.Barrier(2)
def first():
    with a:
        both.wait()
        with b:
            print('first got both')
def second():
    with b:
        both.wait()
        with a:
            print('second got both')
x = threading.Thread(target=first, name='first')
y = threading.Thread(target=second, name='second')
x.start(); y.start(); x.join(); y.join()
print('done')
"#);
    // `second` trips the barrier and blocks on `a`; main blocks in join; `first` then
    // blocks on `b`, the wait that leaves nobody to wake anybody: it gets the error, and
    // leaving its `with a:` lets `second` through.
    assert_eq!(out.stdout, "second got both\ndone\n");
    assert!(
        out.stderr.starts_with("Exception in thread first:\n"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.ends_with(&format!("{DEADLOCK}\n")),
        "{}",
        out.stderr
    );
    assert_eq!(out.status, 0);
}

#[test]
fn a_thread_that_can_never_end_is_reported_at_exit() {
    let out = run(r#"
import threading
t = threading.Thread(target=threading.Event().wait)
t.start()
print('main done')
"#);
    assert_eq!(out.stdout, "main done\n");
    assert!(
        out.stderr
            .starts_with("Exception ignored in: <module 'threading'"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.ends_with(&format!("{DEADLOCK}\n")),
        "{}",
        out.stderr
    );
    assert_eq!(out.status, 0);
}

#[test]
fn daemon_threads_left_behind_never_run_again() {
    // Waiting, sleeping, ready and spinning daemons; the interpreter ends at once, and
    // does so again and again in the same process.
    let script = r#"
import threading, time
log = []
threading.Thread(target=threading.Event().wait, daemon=True).start()
threading.Thread(target=lambda: (time.sleep(0.05), log.append('slept')), daemon=True).start()
def spin():
    while True:
        pass
threading.Thread(target=spin, daemon=True).start()
print('main done', log)
"#;
    let t0 = Instant::now();
    for _ in 0..5 {
        let out = run(script);
        assert_eq!(out.stdout, "main done []\n");
        assert_eq!(out.stderr, "");
        assert_eq!(out.status, 0);
    }
    // The spinning threads are parked, not spinning: this process still gets work done.
    assert!(t0.elapsed() < Duration::from_secs(20));
    std::thread::sleep(Duration::from_millis(100));
}

#[test]
fn a_spinning_thread_lets_the_others_run() {
    let out = run(r#"
import threading
flag = False
def setter():
    global flag
    flag = True
threading.Thread(target=setter).start()
while not flag:
    pass
print('flag seen')
seen = []
def spinner():
    while not seen:
        pass
    seen.append('spinner saw it')
t = threading.Thread(target=spinner)
t.start()
seen.append('main')
t.join()
print(seen)
"#);
    assert_eq!(out.stdout, "flag seen\n['main', 'spinner saw it']\n");
    assert_eq!(out.status, 0);
}

#[test]
fn uncaught_exceptions_recursion_and_finalizers_in_threads() {
    let out = run(r#"
import threading, sys
def fail():
    raise ValueError('boom')
t = threading.Thread(target=fail)
t.start(); t.join()
def rec(n):
    return rec(n + 1)
def deep():
    try:
        rec(0)
    except RecursionError as e:
        print('RecursionError:', e)
t = threading.Thread(target=deep)
t.start(); t.join()
class D:
    def __del__(self):
        print('__del__ in', threading.current_thread().name)
def make():
    D()
t = threading.Thread(target=make, name='maker')
t.start(); t.join()
print('alive', threading.active_count())
"#);
    assert_eq!(
        out.stdout,
        "RecursionError: maximum recursion depth exceeded\n__del__ in maker\nalive 1\n"
    );
    assert!(
        out.stderr.starts_with(
            "Exception in thread Thread-1 (fail):\nTraceback (most recent call last):\n"
        ),
        "{}",
        out.stderr
    );
    assert!(out.stderr.ends_with("ValueError: boom\n"), "{}", out.stderr);
    assert_eq!(out.status, 0);
}
