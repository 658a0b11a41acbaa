//! The kernel model. Pure and deterministic: no I/O, no knowledge of syntax.
pub mod vma_tree;
