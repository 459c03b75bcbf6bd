//! The `pymem` command line: help, the demo's flags, `--malloc-stats` before or after the
//! script, `-c`, arguments and exit statuses (as python's).

use std::process::{Command, Output};

const PYMEM: &str = env!("CARGO_BIN_EXE_pymem");

fn run(args: &[&str]) -> Output {
    Command::new(PYMEM).args(args).output().expect("pymem runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn script(name: &str, body: &str) -> String {
    let dir = std::env::temp_dir().join(format!("pymem-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, body).expect("script written");
    path.to_string_lossy().into_owned()
}

const REPORT_START: &str = "Small block threshold = 512, in 32 size classes.";

#[test]
fn help_documents_every_command_and_flag() {
    let out = run(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    let help = text(&out.stdout);
    for needle in [
        "demo",
        "--malloc-stats",
        "-c <CODE>",
        "FILE.py",
        "--version",
        "Exit status",
    ] {
        assert!(help.contains(needle), "{needle:?} missing from:\n{help}");
    }
    let out = run(&["demo", "--help"]);
    assert_eq!(out.status.code(), Some(0));
    let help = text(&out.stdout);
    assert!(help.contains("seed notebook"), "{help}");
    assert!(help.contains("--malloc-stats"), "{help}");
}

#[test]
fn malloc_stats_before_or_after_the_script() {
    let path = script("stats.py", "import sys\nprint(sys.argv[1:])\n");
    for args in [
        vec!["--malloc-stats", path.as_str(), "a"],
        vec![path.as_str(), "--malloc-stats", "a"],
        vec![path.as_str(), "a", "--malloc-stats"],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert_eq!(text(&out.stdout), "['a']\n", "{args:?}");
        let err = text(&out.stderr);
        assert!(err.starts_with(REPORT_START), "{args:?}: {err}");
        assert!(
            err.contains(" free PyFloatObjects * 24 bytes each ="),
            "{err}"
        );
    }
    // After `--`, the flag is the script's (and so is the `--`, as python passes it).
    let out = run(&[&path, "--", "--malloc-stats"]);
    assert_eq!(text(&out.stdout), "['--', '--malloc-stats']\n");
    assert!(!text(&out.stderr).contains(REPORT_START));
    // Without the flag, no report.
    let out = run(&[&path]);
    assert_eq!(text(&out.stderr), "");
}

#[test]
fn demo_malloc_stats_prints_the_report_after_the_notebook() {
    let out = run(&["demo", "--malloc-stats"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let report = err.find(REPORT_START).expect("a report");
    let last_log = err
        .rfind("free-list head ptr:")
        .or_else(|| err.rfind("could not read pool header"))
        .or_else(|| err.rfind("No candidate arenas to inspect."))
        .expect("the notebook's last cell logged");
    assert!(last_log < report, "the report comes at exit:\n{err}");
}

#[test]
fn code_arguments_and_exit_statuses_are_pythons() {
    let out = run(&["-c", "import sys; print(sys.argv); sys.exit(3)", "x", "-v"]);
    assert_eq!(text(&out.stdout), "['-c', 'x', '-v']\n");
    assert_eq!(out.status.code(), Some(3));

    let out = run(&["-c", "raise ValueError('boom')"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).ends_with("ValueError: boom\n"));

    let out = run(&["/no/such/script.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "pymem: can't open file '/no/such/script.py': [Errno 2] No such file or directory\n"
    );

    let ok = script("ok.py", "print('hi')\n");
    let out = run(&[&ok]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "hi\n");

    // No script and standard input not a terminal (here: empty): the program is read from
    // it, as python does; an empty program does nothing and succeeds.
    let out = run(&[]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "");

    let out = run(&["-m", "no_such_module_here"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "pymem: No module named no_such_module_here\n"
    );
}

/// Run pymem with `input` on its standard input, in `dir`.
fn run_with_stdin(args: &[&str], input: &str, dir: &std::path::Path) -> Output {
    use std::io::Write;
    let mut child = Command::new(PYMEM)
        .args(args)
        .current_dir(dir)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("pymem starts");
    child
        .stdin
        .take()
        .expect("stdin piped")
        .write_all(input.as_bytes())
        .expect("program written");
    child.wait_with_output().expect("pymem runs")
}

#[test]
fn standard_input_reads_as_cpythons() {
    // input(), sys.stdin's text methods and iteration share one buffered input; line
    // ends stay as they are (outputs as python3.12's).
    let program = script(
        "stdin_reader.py",
        "import sys\n\
         print(repr(input('Name: ')))\n\
         print(repr(sys.stdin.readline()), repr(sys.stdin.readline(3)))\n\
         print([line for line in sys.stdin][:2])\n\
         print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())\n\
         try:\n    input()\nexcept EOFError as e:\n    print('EOFError', e)\n\
         print(sys.stdin.fileno(), sys.stdin is sys.__stdin__, type(sys.stdin).__name__)\n",
    );
    let dir = std::env::temp_dir();
    let out = run_with_stdin(
        &[&program],
        "Bob\r\nsecond\nthird line\nbytes\r\nfirst\nsecond\n",
        &dir,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "Name: 'Bob\\r'\n\
         'second\\n' 'thi'\n\
         ['rd line\\n', 'bytes\\r\\n']\n\
         '' '' []\n\
         EOFError EOF when reading a line\n\
         0 True TextIOWrapper\n"
    );
}

#[test]
fn programs_from_standard_input_and_modules_with_m() {
    let program = "import sys\nprint(sys.argv, __name__, __file__)\n";
    let dir = std::env::temp_dir();
    // As python3.12: `-` stays argv[0], no argument gives ''; the file name is <stdin>.
    let out = run_with_stdin(&["-", "a", "b"], program, &dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "['-', 'a', 'b'] __main__ <stdin>\n");
    let out = run_with_stdin(&[], program, &dir);
    assert_eq!(text(&out.stdout), "[''] __main__ <stdin>\n");
    let out = run_with_stdin(&[], "1/0\n", &dir);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("File \"<stdin>\", line 1, in <module>"),
        "{}",
        text(&out.stderr)
    );

    // -m: the module's file from the current directory runs as __main__, its full path in
    // argv[0] and __file__; a package runs its __main__.py; imports beside it work.
    let path = script("m_tool.py", "import sys\nimport m_helper\nprint(sys.argv, __name__, __file__ == sys.argv[0], m_helper.X)\n");
    script("m_helper.py", "X = 42\n");
    let dir = std::path::Path::new(&path).parent().expect("script dir");
    let out = Command::new(PYMEM)
        .args(["-m", "m_tool", "q"])
        .current_dir(dir)
        .output()
        .expect("pymem runs");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        format!("['{}', 'q'] __main__ True 42\n", path)
    );
    std::fs::create_dir_all(dir.join("m_pkg")).expect("package dir");
    std::fs::write(dir.join("m_pkg/__main__.py"), "print('package main')\n").expect("written");
    let out = Command::new(PYMEM)
        .args(["-m", "m_pkg"])
        .current_dir(dir)
        .output()
        .expect("pymem runs");
    assert_eq!(text(&out.stdout), "package main\n");
}

#[test]
fn main_script_file_name_is_absolute_as_in_cpython() {
    // CPython 3.9+: __file__ and tracebacks name the main script by cwd + the path as typed;
    // sys.argv[0] keeps the path as typed.
    let path = script(
        "abs_name.py",
        "import sys\nprint(__file__)\nprint(sys.argv[0])\n1/0\n",
    );
    let dir = std::path::Path::new(&path).parent().expect("script dir");
    let out = Command::new(PYMEM)
        .arg("./abs_name.py")
        .current_dir(dir)
        .output()
        .expect("pymem runs");
    let cwd = dir.to_string_lossy().to_string();
    assert_eq!(
        text(&out.stdout),
        format!("{cwd}/./abs_name.py\n./abs_name.py\n")
    );
    assert!(
        text(&out.stderr).contains(&format!(
            "File \"{cwd}/./abs_name.py\", line 4, in <module>"
        )),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn warnings_from_code_given_with_c_are_mains() {
    // `python -c`: the code runs as __main__, so the default filters show its
    // DeprecationWarnings; "<string>" has no source line to quote.
    let out = run(&[
        "-c",
        "import warnings\nwarnings.warn('old', DeprecationWarning)\nwarnings.warn('user')",
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stderr),
        "<string>:2: DeprecationWarning: old\n<string>:3: UserWarning: user\n"
    );
}

#[test]
fn standard_stream_buffers_write_bytes_beneath_pending_text() {
    // Piped, sys.stdout is block-buffered: bytes given to its buffer go out before text
    // printed earlier and not yet flushed, and after text that was flushed, as in CPython.
    let program = "import sys\nprint('pending')\nsys.stdout.buffer.write(b'raw\\n')\n\
         sys.stdout.flush()\nprint('flushed')\nsys.stdout.flush()\n\
         sys.stdout.buffer.write(bytes([0xff, 10]))\nsys.stderr.buffer.write(b'err\\n')\n\
         print(sys.stdout.write_through, type(sys.stdout.buffer).__name__)";
    let buffered = Command::new(PYMEM)
        .args(["-c", program])
        .env_remove("PYTHONUNBUFFERED")
        .output()
        .expect("pymem runs");
    assert_eq!(
        buffered.stdout,
        b"raw\npending\nflushed\n\xff\nFalse BufferedWriter\n"
    );
    assert_eq!(text(&buffered.stderr), "err\n");
    assert!(buffered.status.success());
    // Unbuffered (`-u` or PYTHONUNBUFFERED), text goes out at each write: in program order.
    let in_order = b"pending\nraw\nflushed\n\xff\nTrue FileIO\n";
    let flag = Command::new(PYMEM)
        .args(["-u", "-c", program])
        .env_remove("PYTHONUNBUFFERED")
        .output()
        .expect("pymem runs");
    assert_eq!(flag.stdout, in_order);
    let env = Command::new(PYMEM)
        .args(["-c", program])
        .env("PYTHONUNBUFFERED", "1")
        .output()
        .expect("pymem runs");
    assert_eq!(env.stdout, in_order);
}

#[test]
fn ctrl_c_raises_keyboard_interrupt_in_loops_reads_and_sleeps() {
    use std::io::{BufRead, BufReader};
    use std::os::unix::process::ExitStatusExt;
    use std::process::Stdio;
    let program = "import time\nprint('ready', flush=True)\ntry:\n    while True:\n        pass\n\
                   except KeyboardInterrupt:\n    print('caught', flush=True)\ntry:\n    input()\n\
                   except KeyboardInterrupt:\n    print('input', flush=True)\ntime.sleep(60)\n";
    // `env --default-signal`: a test run in the background inherits SIGINT ignored, which
    // pymem (like CPython) would then leave ignored.
    let mut child = Command::new("env")
        .args(["--default-signal=INT", PYMEM, "-c", program])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("pymem runs");
    let interrupt = |pid: u32| {
        let ok = Command::new("kill")
            .args(["-INT", &pid.to_string()])
            .status()
            .expect("kill runs");
        assert!(ok.success());
    };
    // A watchdog: should pymem miss a signal, the test fails instead of hanging.
    let pid = child.id().to_string();
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_secs(60));
        let _ = Command::new("kill").args(["-KILL", &pid]).status();
    });
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    assert_eq!(lines.next().expect("a line").expect("text"), "ready");
    interrupt(child.id());
    assert_eq!(lines.next().expect("a line").expect("text"), "caught");
    // A read of standard input that waits for a line (let it start waiting first).
    std::thread::sleep(std::time::Duration::from_millis(300));
    interrupt(child.id());
    assert_eq!(lines.next().expect("a line").expect("text"), "input");
    let started = std::time::Instant::now();
    interrupt(child.id());
    let out = child.wait_with_output().expect("pymem ends");
    assert!(
        started.elapsed().as_secs() < 30,
        "the sleep was not interrupted"
    );
    // As CPython: the traceback, then death by SIGINT (a shell reports 130).
    assert_eq!(out.status.signal(), Some(2));
    assert!(text(&out.stderr).ends_with("KeyboardInterrupt\n"));
}

#[test]
fn signal_handlers_end_waits_on_locks_events_queues_and_joins() {
    // An alarm's handler raises inside waits no other thread would end: the exception
    // comes out of the wait, after the alarm's 0.2 s (python3.12 prints the same lines).
    // Without the signal these waits would last for ever, as CPython's do.
    let body = "import signal, threading, queue, time\n\
        class Alarm(Exception):\n    pass\n\
        def handler(signum, frame):\n    raise Alarm('alarm %d' % signum)\n\
        signal.signal(signal.SIGALRM, handler)\n\
        def attempt(name, fn):\n\
        \x20   signal.setitimer(signal.ITIMER_REAL, 0.2)\n\
        \x20   t0 = time.monotonic()\n\
        \x20   try:\n        fn()\n        print(name, 'returned')\n\
        \x20   except Alarm as e:\n        print(name, 'interrupted:', e, round(time.monotonic() - t0, 1))\n\
        \x20   finally:\n        signal.setitimer(signal.ITIMER_REAL, 0)\n\
        attempt('event.wait', lambda: threading.Event().wait())\n\
        lock = threading.Lock()\nlock.acquire()\n\
        attempt('lock.acquire', lambda: lock.acquire())\n\
        attempt('queue.get', lambda: queue.Queue().get())\n\
        stop = threading.Event()\nt = threading.Thread(target=stop.wait)\nt.start()\n\
        attempt('thread.join', lambda: t.join())\n\
        stop.set()\nt.join()\nprint('done')\n";
    let path = script("signal_waits.py", body);
    // `timeout`: should a wait miss the signal, the test fails instead of hanging.
    let out = Command::new("timeout")
        .args(["60", PYMEM, &path])
        .output()
        .expect("pymem runs");
    assert_eq!(text(&out.stderr), "");
    assert_eq!(
        text(&out.stdout),
        "event.wait interrupted: alarm 14 0.2\n\
         lock.acquire interrupted: alarm 14 0.2\n\
         queue.get interrupted: alarm 14 0.2\n\
         thread.join interrupted: alarm 14 0.2\n\
         done\n"
    );
    assert_eq!(out.status.code(), Some(0));
}
