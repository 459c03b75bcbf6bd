//! `pymem`: run a Python-subset script with every value on pymem's heap.

use clap::Parser;

/// Run Python scripts on pymem (CPython 3.12's memory system rebuilt in Rust).
#[derive(Parser, Debug)]
#[command(name = "pymem", version, about)]
struct Cli {
    /// Program passed in as a string (like `python -c`).
    #[arg(short = 'c', value_name = "CODE")]
    code: Option<String>,

    /// Print the allocator report (`sys._debugmallocstats()`) to stderr at exit.
    #[arg(long = "malloc-stats")]
    malloc_stats: bool,

    /// Script file to run, followed by its arguments (`sys.argv[1:]`).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

/// Size of the interpreter thread's stack: Python calls recurse on it.
const STACK_SIZE: usize = 1 << 30;

fn main() {
    let cli = Cli::parse();
    let (source, filename, argv) = match (&cli.code, cli.args.first()) {
        (Some(code), _) => {
            let mut argv = vec!["-c".to_string()];
            argv.extend(cli.args.iter().cloned());
            (code.clone(), "<string>".to_string(), argv)
        }
        (None, Some(path)) => match std::fs::read_to_string(path) {
            Ok(s) => (s, path.clone(), cli.args.clone()),
            Err(e) => {
                let msg = match e.kind() {
                    std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                    std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
                    _ => e.to_string(),
                };
                eprintln!(
                    "pymem: can't open file '{path}': [Errno {}] {msg}",
                    e.raw_os_error().unwrap_or(2)
                );
                std::process::exit(2);
            }
        },
        (None, None) => {
            eprintln!(
                "pymem: no script given (use `pymem FILE.py` or `pymem -c CODE`; see --help)"
            );
            std::process::exit(2);
        }
    };
    let malloc_stats = cli.malloc_stats;
    let handle = std::thread::Builder::new()
        .name("pymem".into())
        .stack_size(STACK_SIZE)
        .spawn(move || {
            let r = std::panic::catch_unwind(|| {
                vm::runtime::run_script(&source, &filename, argv, malloc_stats)
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
    let status = match handle {
        Ok(h) => h.join().unwrap_or(1),
        Err(e) => {
            eprintln!("pymem: cannot start the interpreter thread: {e}");
            1
        }
    };
    std::process::exit(status);
}
