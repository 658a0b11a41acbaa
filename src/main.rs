//! The `mmrun` binary: the command line lives in `cli/` (one file per
//! subcommand); everything else is the library.

/// mimalloc: the runner allocates a little per call, and glibc's malloc was a
/// third of the pipeline's time.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
