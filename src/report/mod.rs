//! The report layer: what a run looks like to a person or a program.
//! Transcripts in strace notation, /proc tables, JSON records, and miette
//! diagnostics for scenario errors and expectations that failed.

pub mod compare;
pub mod diagnostics;
pub mod difference;
pub mod json;
pub mod maps;
pub mod mismatch;
pub mod strace;
pub mod transcript;
