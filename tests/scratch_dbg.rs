#[test]
fn dbg() {
    let path = std::env::var("MMFILE").unwrap();
    let src = std::fs::read_to_string(&path).unwrap();
    match mmrun::syntax::load(&path, &src) {
        Ok(s) => println!("OK {} blocks", s.blocks.len()),
        Err(e) => println!("{}", mmrun::report::diagnostics::render(&e, false, 100)),
    }
}
