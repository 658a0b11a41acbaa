//! Parser throughput: `cargo run --release --example parse_speed [LINES]`.
//! Generates a file of call lines and times `syntax::load` on it.

use std::time::Instant;

fn main() {
    let lines: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    let mut source = String::from("kernel \"4.12\"\nprocess app uid=1000 {\n");
    let shapes = [
        "    $a = mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000\n",
        "    mprotect($a, 4096, PROT_READ) = 0\n",
        "    munmap($a, 8192*1024) = -1 EINVAL (Invalid argument)\n",
        "    openat(AT_FDCWD, \"/data/ro.bin\", O_RDONLY) = 3\n",
    ];
    for i in 0..lines {
        source.push_str(shapes[i % shapes.len()]);
    }
    source.push_str("}\n");
    let mut best = f64::MAX;
    for _ in 0..5 {
        let start = Instant::now();
        let result = mmrun::syntax::load("speed.mm", &source);
        let elapsed = start.elapsed().as_secs_f64();
        assert!(result.is_ok(), "generated file must parse");
        best = best.min(elapsed);
    }
    // Where the time goes: the parser alone, then `check` on its AST.
    let (mut parse_best, mut check_best) = (f64::MAX, f64::MAX);
    for _ in 0..5 {
        let start = Instant::now();
        let (scenario, errors) = mmrun::syntax::parser::parse(&source);
        parse_best = parse_best.min(start.elapsed().as_secs_f64());
        assert!(errors.is_empty());
        let start = Instant::now();
        let (_, errors) = mmrun::syntax::check::check(&scenario, &source);
        check_best = check_best.min(start.elapsed().as_secs_f64());
        assert!(errors.is_empty());
    }
    let start = Instant::now();
    {
        use pest::Parser as _;
        let pairs =
            mmrun::syntax::parser::MmParser::parse(mmrun::syntax::parser::Rule::file, &source);
        assert!(pairs.is_ok());
    }
    let pest_only = start.elapsed().as_secs_f64();
    println!("pest alone (whole file, no AST): {pest_only:.3} s");
    println!("parse: {parse_best:.4} s, check: {check_best:.4} s");
    println!(
        "syntax::load: {lines} lines, {:.1} MB in {:.4} s: {:.1} MB/s, {:.0} lines/s",
        source.len() as f64 / 1e6,
        best,
        source.len() as f64 / 1e6 / best,
        lines as f64 / best
    );
}
