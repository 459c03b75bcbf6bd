//! Disassembles a file or `-c CODE`: `cargo run -p vm --example dis -- FILE.py`.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (src, name) = if args.get(1).map(String::as_str) == Some("-c") {
        (
            args.get(2).cloned().unwrap_or_default(),
            "<string>".to_string(),
        )
    } else {
        let path = args.get(1).cloned().unwrap_or_else(|| "-".into());
        (std::fs::read_to_string(&path).unwrap_or_default(), path)
    };
    match vm::compile(&src, &name, vm::Mode::Exec) {
        Ok(code) => print!("{}", code.disassemble()),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
