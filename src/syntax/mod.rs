//! The `.mm` scenario language: grammar, AST, name resolution, diagnostics.

pub mod ast;
pub mod calls;
pub mod check;
pub mod constants;
pub mod error;
pub mod eval;
mod fast;
mod literal;
pub mod parser;
mod recover;

pub use error::{ScenarioErrors, SyntaxError};
pub use eval::EvalError;

/// Parses `source` into a scenario. `name` is the file name diagnostics show.
pub fn load(name: &str, source: &str) -> Result<ast::Scenario, ScenarioErrors> {
    let (scenario, mut errors) = parser::parse(source);
    let parsed_cleanly = errors.is_empty();
    for error in check::check(&scenario, source) {
        // A broken line may have been the one binding a variable: after a
        // syntax error, unbound variables are a cascade, not news.
        if parsed_cleanly || error.code != error::code::UNBOUND_VARIABLE {
            errors.push(error);
        }
    }
    errors.truncate(parser::MAX_ERRORS);
    if errors.is_empty() {
        Ok(scenario)
    } else {
        Err(ScenarioErrors::new(name, source, errors))
    }
}

#[cfg(test)]
mod parser_tests;
