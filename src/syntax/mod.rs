//! The `.mm` scenario language: grammar, AST, name resolution, diagnostics.

pub mod ast;
pub mod calls;
pub mod constants;
pub mod error;
mod literal;
pub mod parser;
mod recover;

pub use error::{ScenarioErrors, SyntaxError};

/// Parses `source` into a scenario. `name` is the file name diagnostics show.
pub fn load(name: &str, source: &str) -> Result<ast::Scenario, ScenarioErrors> {
    let (scenario, errors) = parser::parse(source);
    if errors.is_empty() {
        Ok(scenario)
    } else {
        Err(ScenarioErrors::new(name, source, errors))
    }
}
