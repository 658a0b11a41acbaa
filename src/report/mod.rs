//! Output: diagnostics now; transcripts, maps and status as they are written.

pub mod diagnostics;
