//! `pymem`: run a Python-subset script with every value on pymem's heap.

use std::io::{IsTerminal, Read};

use clap::{Parser, Subcommand};

/// The seed notebook's seven code cells (`examples/seed_notebook.py`), built into the binary
/// so that `pymem demo` runs anywhere.
const SEED_NOTEBOOK: &str = include_str!("../../../examples/seed_notebook.py");

/// Run Python scripts on pymem (CPython 3.12's memory system rebuilt in Rust).
///
/// Every value lives on pymem's private heap: CPython 3.12's small-object allocator (arenas,
/// pools, blocks), reference counts and its cyclic garbage collector. Scripts can look at that
/// heap with the `obmalloc` module, `sys._debugmallocstats()` and `ctypes` (reads are allowed
/// only inside the heap).
#[derive(Parser, Debug)]
#[command(
    name = "pymem",
    version,
    about,
    long_about,
    args_conflicts_with_subcommands = true,
    after_help = "Examples:\n  pymem script.py arg1 arg2      run a script (sys.argv[1:] = ['arg1', 'arg2'])\n  pymem -c 'print(1 + 1)'        run a program given as a string\n  pymem -m pkg.tool arg          run module pkg.tool (./pkg/tool.py) as __main__\n  echo 'print(1)' | pymem        run a program read from standard input\n  pymem script.py --malloc-stats run a script, then print the allocator report\n  pymem demo                     run the built-in seed notebook\n\nExit status: 0 on success, 1 on an uncaught exception, the code given to sys.exit(), 2 when the script cannot be opened or the command line is wrong (as python)."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

    /// Program passed in as a string (like `python -c`); the remaining arguments become
    /// `sys.argv[1:]`.
    #[arg(short = 'c', value_name = "CODE", conflicts_with = "module")]
    code: Option<String>,

    /// Run a module as the main program (like `python -m`): found from the current directory
    /// (then pymem's standard library), its parent packages imported first, a package
    /// running its `__main__.py`; `sys.argv[0]` is its path, the remaining arguments
    /// `sys.argv[1:]`.
    #[arg(short = 'm', value_name = "MODULE")]
    module: Option<String>,

    /// Unbuffered standard output (like `python -u`, or `PYTHONUNBUFFERED` set to anything
    /// non-empty): what the program prints goes out at once, even into a pipe.
    #[arg(short = 'u')]
    unbuffered: bool,

    /// Print the allocator report (`sys._debugmallocstats()`: size classes, arenas, pools,
    /// free lists) to stderr when the program ends. Also accepted after the script name;
    /// put it after `--` to pass it to the script instead.
    #[arg(long = "malloc-stats")]
    malloc_stats: bool,

    /// Script file to run, followed by its arguments (`sys.argv[1:]`). `-` (or no script,
    /// with standard input not a terminal) reads the program from standard input.
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "FILE.py"
    )]
    args: Vec<String>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Run the seed notebook (built into the binary): names and refcounts, 10,000 Ticks and
    /// the garbage collector, two allocation waves in the same arenas, and pool headers read
    /// with ctypes, all on pymem's heap. Its log lines go to stderr.
    Demo {
        /// Print the allocator report (`sys._debugmallocstats()`) to stderr at exit.
        #[arg(long = "malloc-stats")]
        malloc_stats: bool,
    },
}

/// Size of the interpreter thread's stack: Python calls recurse on it (the threads a
/// script starts get the same).
const STACK_SIZE: usize = vm::runtime::threads::THREAD_STACK_SIZE;

/// What to run, its `sys.argv` (under `-m`: `sys.argv[1:]`, as the module's path becomes
/// `sys.argv[0]` only once it is found), and whether to report the heap.
struct Program {
    what: What,
    argv: Vec<String>,
    malloc_stats: bool,
}

/// A program's code.
enum What {
    /// Source text and its file name (for `__file__` and tracebacks).
    Source { source: String, filename: String },
    /// `-m`: a module name, found and run by the VM as python's runpy does.
    Module(String),
}

/// Split pymem's own `--malloc-stats` out of a script's arguments: it counts as pymem's
/// anywhere before a `--`; after it, everything goes to the script (the `--` too, as python
/// passes it), so `pymem f.py -- --malloc-stats` gives the flag to the script.
fn take_own_flags(args: &[String]) -> (Vec<String>, bool) {
    let mut rest = Vec::with_capacity(args.len());
    let mut malloc_stats = false;
    let mut passthrough = false;
    for a in args {
        if passthrough {
            rest.push(a.clone());
        } else if a == "--" {
            passthrough = true;
            rest.push(a.clone());
        } else if a == "--malloc-stats" {
            malloc_stats = true;
        } else {
            rest.push(a.clone());
        }
    }
    (rest, malloc_stats)
}

/// The main script's file name as CPython 3.9+ gives it (`__file__`, tracebacks): a relative
/// path joined to the current directory as is (no `.`/`..` folding, no symlinks resolved);
/// `sys.argv[0]` keeps the path as typed.
fn main_filename(path: &str) -> String {
    if std::path::Path::new(path).is_absolute() {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => format!("{}/{path}", cwd.to_string_lossy().trim_end_matches('/')),
        Err(_) => path.to_string(),
    }
}

/// The program the command line asks for, or the exit status of a refusal.
fn program(cli: Cli) -> Result<Program, i32> {
    if let Some(Command::Demo { malloc_stats }) = cli.command {
        return Ok(Program {
            what: What::Source {
                source: SEED_NOTEBOOK.to_string(),
                filename: "seed_notebook.py".to_string(),
            },
            argv: vec!["seed_notebook.py".to_string()],
            malloc_stats: malloc_stats || cli.malloc_stats,
        });
    }
    if let Some(code) = cli.code {
        let (rest, flag) = take_own_flags(&cli.args);
        let mut argv = vec!["-c".to_string()];
        argv.extend(rest);
        return Ok(Program {
            what: What::Source {
                source: code,
                filename: "<string>".to_string(),
            },
            argv,
            malloc_stats: cli.malloc_stats || flag,
        });
    }
    if let Some(module) = cli.module {
        let (rest, flag) = take_own_flags(&cli.args);
        return Ok(Program {
            what: What::Module(module),
            argv: rest,
            malloc_stats: cli.malloc_stats || flag,
        });
    }
    let from_stdin = match cli.args.first() {
        Some(a) => a == "-",
        None => !std::io::stdin().is_terminal(),
    };
    if from_stdin {
        // As python: `-` stays `sys.argv[0]`; with no argument at all it is ''.
        let (rest, flag) = take_own_flags(cli.args.get(1..).unwrap_or(&[]));
        let mut source = String::new();
        if let Err(e) = std::io::stdin().read_to_string(&mut source) {
            eprintln!("pymem: can't read the program from standard input: {e}");
            return Err(2);
        }
        let mut argv = vec![cli.args.first().cloned().unwrap_or_default()];
        argv.extend(rest);
        return Ok(Program {
            what: What::Source {
                source,
                filename: "<stdin>".to_string(),
            },
            argv,
            malloc_stats: cli.malloc_stats || flag,
        });
    }
    let Some(path) = cli.args.first() else {
        eprintln!("pymem: no script given (use `pymem FILE.py`, `pymem -c CODE`, `pymem -m MODULE`, `pymem -` or `pymem demo`; see --help)");
        return Err(2);
    };
    let (rest, flag) = take_own_flags(&cli.args[1..]);
    let source = read_source(path)?;
    let mut argv = vec![path.clone()];
    argv.extend(rest);
    Ok(Program {
        what: What::Source {
            source,
            filename: main_filename(path),
        },
        argv,
        malloc_stats: cli.malloc_stats || flag,
    })
}

/// A script's text, or python's message and exit status 2 when it cannot be read.
fn read_source(path: &str) -> Result<String, i32> {
    std::fs::read_to_string(path).map_err(|e| {
        let msg = match e.kind() {
            std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
            std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
            _ => e.to_string(),
        };
        eprintln!(
            "pymem: can't open file '{path}': [Errno {}] {msg}",
            e.raw_os_error().unwrap_or(2)
        );
        2
    })
}

fn main() {
    let cli = Cli::parse();
    if cli.unbuffered {
        // Before any other thread exists; the interpreter reads it as CPython does, and the
        // program's child processes see it too.
        std::env::set_var("PYTHONUNBUFFERED", "1");
    }
    let program = match program(cli) {
        Ok(p) => p,
        Err(status) => std::process::exit(status),
    };
    let handle = std::thread::Builder::new()
        .name("pymem".into())
        .stack_size(STACK_SIZE)
        .spawn(move || {
            let r = std::panic::catch_unwind(|| match &program.what {
                What::Source { source, filename } => {
                    vm::runtime::run_script(source, filename, program.argv, program.malloc_stats)
                }
                What::Module(module) => {
                    vm::runtime::run_module(module, program.argv, program.malloc_stats)
                }
            });
            match r {
                Ok(status) => status,
                Err(p) => {
                    let msg = p
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| p.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "unknown".into());
                    eprintln!("pymem: internal error: {msg}");
                    1
                }
            }
        });
    // Signals go to the interpreter's threads (an interrupted read of standard input).
    vm::runtime::signal_os::leave_signals_to_other_threads();
    let status = match handle {
        Ok(h) => h.join().unwrap_or(1),
        Err(e) => {
            eprintln!("pymem: cannot start the interpreter thread: {e}");
            1
        }
    };
    vm::runtime::signal_os::exit(status);
}

#[cfg(test)]
mod tests {
    use super::take_own_flags;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn malloc_stats_after_the_script_is_pymems_until_a_double_dash() {
        assert_eq!(
            take_own_flags(&strings(&["a", "--malloc-stats", "b"])),
            (strings(&["a", "b"]), true)
        );
        assert_eq!(
            take_own_flags(&strings(&["--", "--malloc-stats"])),
            (strings(&["--", "--malloc-stats"]), false)
        );
        assert_eq!(
            take_own_flags(&strings(&["x", "-v"])),
            (strings(&["x", "-v"]), false)
        );
    }
}
