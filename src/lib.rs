//! mmrun: what will Linux do with this mmap, and why?
//!
//! Three layers, one direction: [`syntax`] (the `.mm` language: pest grammar,
//! AST with spans, diagnostics), [`engine`] (a pure, deterministic model of the
//! kernel's mm code), [`report`] (transcripts, maps, status, JSON). The
//! [`runner`] wires them together. See ARCHITECTURE.md.

pub mod engine;
pub mod fuzz;
pub mod oracle;
pub mod report;
pub mod runner;
pub mod syntax;
pub mod uapi;
