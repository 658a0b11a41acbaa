//! The `.mm` scenario language: grammar, AST, name resolution, diagnostics.

pub mod ast;
