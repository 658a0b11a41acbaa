//! A refusal is data: the errno, the kernel check that produced it (with its
//! v4.12 source location and a one-line explanation template), and the facts
//! the explanation refers to. The report layer fills the template.

use serde::Serialize;

/// One kernel check that can refuse a call. Every check lives in
/// [`super::checks`]; its `why` may name facts as `{name}`.
#[derive(Debug, Serialize)]
pub struct Check {
    /// Stable identifier, e.g. `do_mmap.shared_write_needs_fmode_write`.
    pub id: &'static str,
    pub errno: u64,
    /// The kernel function that makes the check.
    pub func: &'static str,
    /// `file:line` in v4.12 (see the head of `checks.rs` for which line);
    /// empty for a check v4.12 does not make.
    pub loc: &'static str,
    /// The v4.12 source text from `loc` on (whitespace collapsed), unique in
    /// the function: `tests/citations.rs` holds `loc` to it. Empty without a line.
    #[serde(skip)]
    pub src: &'static str,
    /// Where 6.18 makes the check, when that is not where its v4.12
    /// function went (`checks::MOVED_IN_6_18`).
    #[serde(skip)]
    pub v6_18: Option<Where>,
    /// One-line explanation; `{fact}` placeholders are filled from the refusal's facts.
    pub why: &'static str,
}

/// A kernel function and its file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Where {
    pub file: &'static str,
    pub function: &'static str,
}

/// Where the refusing kernel made a check: what every report cites.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Citation {
    /// The function, under the refusing kernel's name for it.
    pub function: &'static str,
    /// Its file; empty for mmrun's own refusals.
    pub file: &'static str,
    /// The line, for v4.12 (verified against the v4.12 tree); 6.18's
    /// locations are by file and function.
    pub line: Option<u32>,
    /// "4.12" or "6.18".
    pub kernel: &'static str,
}

impl std::fmt::Display for Citation {
    /// `vma_to_resize (mm/mremap.c:383)`, `check_prep_vma (mm/mremap.c, 6.18)`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.file, self.line) {
            ("", _) => f.write_str(self.function),
            (file, Some(line)) => write!(f, "{} ({file}:{line})", self.function),
            (file, None) => write!(f, "{} ({file}, {})", self.function, self.kernel),
        }
    }
}

impl Check {
    /// Where `kernel` makes this check.
    pub fn citation(&self, kernel: super::machine::Kernel) -> Citation {
        let (file, line) = match self.loc.rsplit_once(':') {
            Some((file, line)) => (file, line.parse().ok()),
            None => (self.loc, None),
        };
        let v4_12 = Citation {
            function: self.func,
            file,
            line,
            kernel: "4.12",
        };
        let lts = |k: super::machine::Kernel| {
            super::checks_lts::PLACES_6_1_6_12
                .iter()
                .find(|r| r.0 == self.id && r.1 == self.func)
                .map(|r| match k {
                    super::machine::Kernel::V6_1 => (r.2, r.3),
                    _ => (r.4, r.5),
                })
                .filter(|(function, _)| !function.is_empty())
        };
        match kernel {
            super::machine::Kernel::V4_12 if !self.loc.is_empty() || self.v6_18.is_none() => v4_12,
            super::machine::Kernel::V6_1 | super::machine::Kernel::V6_12
                if lts(kernel).is_some() =>
            {
                let (function, file) = lts(kernel).unwrap_or_default();
                Citation {
                    function,
                    file,
                    line: None,
                    kernel: kernel.name(),
                }
            }
            _ => {
                let at = self.v6_18.unwrap_or_else(|| {
                    super::checks::MOVED_IN_6_18
                        .iter()
                        .find(|(old, _, _)| *old == self.func)
                        .map_or(
                            Where {
                                file,
                                function: self.func,
                            },
                            |&(_, function, moved)| Where {
                                file: if moved.is_empty() { file } else { moved },
                                function,
                            },
                        )
                });
                Citation {
                    function: at.function,
                    file: at.file,
                    line: None,
                    kernel: "6.18",
                }
            }
        }
    }
}

/// A value an explanation refers to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Fact {
    Dec(u64),
    /// A signed value, such as a pid_t.
    Int(i64),
    Hex(u64),
    Text(&'static str),
    Path(String),
}

impl std::fmt::Display for Fact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Fact::Dec(v) => write!(f, "{v}"),
            Fact::Int(v) => write!(f, "{v}"),
            Fact::Hex(v) => write!(f, "{v:#x}"),
            Fact::Text(t) => f.write_str(t),
            Fact::Path(p) => f.write_str(p),
        }
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Refusal {
    pub check: &'static Check,
    pub facts: Vec<(&'static str, Fact)>,
    /// The profile that refused, so the location cited is that kernel's.
    pub kernel: super::machine::Kernel,
    /// An errno computed by the kernel rather than fixed by the check (an
    /// address in the error range passed back as an error code).
    pub errno_value: Option<u64>,
}

impl Refusal {
    pub fn new(check: &'static Check) -> Refusal {
        Refusal {
            check,
            facts: Vec::new(),
            kernel: super::machine::Kernel::V4_12,
            errno_value: None,
        }
    }
    pub fn errno(&self) -> u64 {
        self.errno_value.unwrap_or(self.check.errno)
    }
    /// Attach a fact the explanation names.
    pub fn with(mut self, name: &'static str, value: Fact) -> Refusal {
        self.facts.push((name, value));
        self
    }
    /// Where the refusing kernel made the check.
    pub fn citation(&self) -> Citation {
        self.check.citation(self.kernel)
    }

    /// The explanation with its placeholders filled in.
    pub fn explain(&self) -> String {
        let mut out = String::new();
        let mut rest = self.check.why;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            match after.find('}') {
                Some(close) => {
                    let name = &after[..close];
                    match self.facts.iter().find(|(n, _)| *n == name) {
                        Some((_, v)) => out.push_str(&v.to_string()),
                        None => {
                            out.push('{');
                            out.push_str(name);
                            out.push('}');
                        }
                    }
                    rest = &after[close + 1..];
                }
                None => {
                    out.push_str(&rest[open..]);
                    rest = "";
                }
            }
        }
        out.push_str(rest);
        out
    }
}

/// The result of a call inside the engine.
pub type KResult<T> = Result<T, Refusal>;

/// Shorthand: fail with a check.
pub fn refuse<T>(check: &'static Check) -> KResult<T> {
    Err(Refusal::new(check))
}

#[cfg(test)]
mod tests {
    use super::super::checks::*;
    use super::super::machine::Kernel;

    fn cited(check: &super::Check, kernel: Kernel) -> String {
        check.citation(kernel).to_string()
    }

    #[test]
    fn one_citation_per_kernel() {
        assert_eq!(
            cited(&MREMAP_CROSSES_VMA, Kernel::V4_12),
            "vma_to_resize (mm/mremap.c:390)"
        );
        // vma_to_resize's checks are check_prep_vma's in 6.18, and sys_mremap's
        // and mremap_to's argument checks are check_mremap_params's.
        assert_eq!(
            cited(&MREMAP_CROSSES_VMA, Kernel::V6_18),
            "check_prep_vma (mm/mremap.c, 6.18)"
        );
        assert_eq!(
            cited(&MREMAP_NO_VMA, Kernel::V6_18),
            "check_prep_vma (mm/mremap.c, 6.18)"
        );
        assert_eq!(
            cited(&MREMAP_TO_OVERLAP, Kernel::V6_18),
            "check_mremap_params (mm/mremap.c, 6.18)"
        );
        assert_eq!(
            cited(&MREMAP_CANNOT_GROW, Kernel::V6_18),
            "expand_vma (mm/mremap.c, 6.18)"
        );
        assert_eq!(
            cited(&REGION_AS_LIMIT, Kernel::V6_18),
            "__mmap_region (mm/vma.c, 6.18)"
        );
        // 6.1 and 6.12 keep 4.12's function where it still makes the
        // check, and name their own where it moved.
        assert_eq!(
            cited(&MREMAP_CROSSES_VMA, Kernel::V6_1),
            "vma_to_resize (mm/mremap.c, 6.1)"
        );
        assert_eq!(
            cited(&MUNMAP_MAP_COUNT, Kernel::V6_1),
            "do_mas_align_munmap (mm/mmap.c, 6.1)"
        );
        assert_eq!(
            cited(&MUNMAP_MAP_COUNT, Kernel::V6_12),
            "vms_gather_munmap_vmas (mm/vma.c, 6.12)"
        );
        // A check 6.1 does not have yet is cited at its later place.
        assert_eq!(
            cited(&REMAP_MOVE_NOT_ALONE, Kernel::V6_1),
            "remap_move (mm/mremap.c, 6.18)"
        );
        assert_eq!(cited(&NOT_MODELLED, Kernel::V4_12), "mmrun");
        assert_eq!(cited(&NOT_MODELLED, Kernel::V6_18), "mmrun");
        assert_eq!(
            cited(&MREMAP_DONTUNMAP_RESIZE, Kernel::V6_18),
            "check_mremap_params (mm/mremap.c, 6.18)"
        );
    }

    #[test]
    fn every_moved_function_is_one_a_check_names() {
        for (old, _, _) in MOVED_IN_6_18 {
            assert!(
                ALL.iter().any(|c| c.func == *old),
                "{old}: no check is made in it"
            );
        }
    }
}
