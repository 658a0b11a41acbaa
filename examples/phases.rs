#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use mmrun::runner::{self, Event, Mismatch, ProcessInfo, RunOptions, Sink};
struct Null;
impl Sink for Null {
    fn event(&mut self, _: &[ProcessInfo], _: Event) {}
    fn mismatch(&mut self, _: &[ProcessInfo], _: Mismatch) {}
}
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let src = std::fs::read_to_string(&path).unwrap();
    let t = std::time::Instant::now();
    let (scenario, errors) = mmrun::syntax::parser::parse(&src);
    let t1 = t.elapsed();
    let errs = mmrun::syntax::check::check(&scenario, &src);
    let t2 = t.elapsed();
    let f = runner::run_into(&scenario, &RunOptions::default(), &mut Null).unwrap();
    let t3 = t.elapsed();
    eprintln!(
        "parse {:?} check {:?} run {:?} ({} {} {})",
        t1,
        t2 - t1,
        t3 - t2,
        errors.len(),
        errs.len(),
        f.mismatches
    );
}
