//! Print the bytecode of a Python file: `cargo run -p vm --example dis -- FILE.py`.
fn main() {
    let path = std::env::args().nth(1).expect("usage: dis FILE.py");
    let src = std::fs::read_to_string(&path).expect("readable file");
    match vm::compile(&src, &path, vm::Mode::Exec) {
        Ok(code) => print!("{}", code.disassemble()),
        Err(e) => eprintln!("{e:?}"),
    }
}
