//! Address normalisation between the model and the host (see
//! shared/spec/host-oracle.md): pure functions, no I/O.
//!
//! The model's fresh address space is empty below `mmap_base`; the host probe's
//! has `[vvar]`, `[vvar_vclock]` and `[vdso]` there (top-down layout: directly
//! below `mmap_base`; legacy layout: at the legacy base). A model address in
//! the allocator's area is therefore the host's address shifted by the size of
//! those special mappings: `host − REF = model − mmap_base`.

/// How far from the special mappings an address still counts as being in the
/// allocator's area: far enough for every scenario's placements, near enough
/// to leave fixed arenas (0x100000000000) untouched.
const WINDOW: u64 = 1 << 40;

/// The legacy (bottom-up) base with randomisation off: PAGE_ALIGN(TASK_SIZE / 3).
pub const LEGACY_BASE: u64 = 0x2aaa_aaaa_b000;

/// 2 MiB: placements aligned to it (THP) are absolute on both sides.
pub const HPAGE: u64 = 2 << 20;

/// One /proc/PID/maps line, without device and inode (never compared).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapLine {
    pub start: u64,
    pub end: u64,
    pub perms: String,
    pub offset: u64,
    pub name: Option<String>,
}

impl std::fmt::Display for MapLine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:x}-{:x} {} {:08x}",
            self.start, self.end, self.perms, self.offset
        )?;
        if let Some(n) = &self.name {
            write!(f, " {n}")?;
        }
        Ok(())
    }
}

/// Parse the text of /proc/PID/maps; unreadable lines are skipped.
pub fn parse_maps(text: &str) -> Vec<MapLine> {
    text.lines().filter_map(parse_line).collect()
}

fn parse_line(line: &str) -> Option<MapLine> {
    let mut rest = line;
    let mut fields = [""; 5];
    for f in fields.iter_mut() {
        rest = rest.trim_start_matches(' ');
        let end = rest.find(' ').unwrap_or(rest.len());
        *f = &rest[..end];
        rest = &rest[end..];
    }
    let (start, end) = fields[0].split_once('-')?;
    let name = rest.trim();
    Some(MapLine {
        start: u64::from_str_radix(start, 16).ok()?,
        end: u64::from_str_radix(end, 16).ok()?,
        perms: fields[1].to_string(),
        offset: u64::from_str_radix(fields[2], 16).ok()?,
        name: (!name.is_empty()).then(|| name.to_string()),
    })
}

fn is_special(name: Option<&str>) -> bool {
    matches!(name, Some("[vvar]" | "[vvar_vclock]" | "[vdso]"))
}

/// The host process's frame, from its maps at start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frame {
    /// Lowest address of the special mappings (REF).
    pub start: u64,
    /// Their end (`mmap_base` in the top-down layout).
    pub end: u64,
    /// Bottom-up layout: the special mappings sit at the legacy base.
    pub legacy: bool,
}

impl Frame {
    /// None if the baseline has no vdso (then nothing can be normalised).
    pub fn from_baseline(baseline: &[MapLine]) -> Option<Frame> {
        let special = baseline.iter().filter(|m| is_special(m.name.as_deref()));
        let start = special.clone().map(|m| m.start).min()?;
        let end = special.map(|m| m.end).max()?;
        Some(Frame {
            start,
            end,
            legacy: start == LEGACY_BASE,
        })
    }

    /// The frame when the model has the same special mappings as the probe
    /// (RunOptions::vdso): addresses are the same on both sides.
    pub fn absolute(self) -> Frame {
        Frame {
            start: self.end,
            ..self
        }
    }

    fn size(&self) -> u64 {
        self.end - self.start
    }

    /// A model address in the host's frame.
    pub fn to_host(&self, a: u64) -> u64 {
        if self.legacy {
            if a >= self.start && a - self.start < WINDOW {
                return a + self.size();
            }
        } else if a < self.end && self.end - a <= WINDOW {
            return a - self.size();
        }
        a
    }

    /// A model range end (exclusive) in the host's frame.
    pub fn end_to_host(&self, e: u64) -> u64 {
        if e == 0 {
            0
        } else {
            self.to_host(e - 1).wrapping_add(1)
        }
    }

    /// Whether a host address agrees with a model address: the same place in
    /// the two frames, or, for placements 2 MiB-aligned to their file offset
    /// (THP), the same absolute address (alignment is absolute, not relative
    /// to REF).
    pub fn same_address(&self, host: u64, model: u64, offset: u64) -> bool {
        host == self.to_host(model)
            || (host == model && model.wrapping_sub(offset).is_multiple_of(HPAGE))
            || self.same_thp_slot(host, model, offset)
    }

    /// Both placements are THP-aligned to the file offset and less than 2 MiB
    /// apart in the host's frame: the same placement, seen from frames whose
    /// 2 MiB phases differ (the model's free top is 0x7ffff7fff000, the
    /// host's REF 0x7ffff7ff7000).
    fn same_thp_slot(&self, host: u64, model: u64, offset: u64) -> bool {
        let shifted = self.to_host(model);
        shifted != model
            && host.wrapping_sub(offset).is_multiple_of(HPAGE)
            && model.wrapping_sub(offset).is_multiple_of(HPAGE)
            && host.abs_diff(shifted) < HPAGE
    }

    /// A model maps line in the host's frame.
    pub fn line_to_host(&self, m: &MapLine) -> MapLine {
        MapLine {
            start: self.to_host(m.start),
            end: self.end_to_host(m.end),
            ..m.clone()
        }
    }

    /// Whether a host maps line agrees with a model one.
    pub fn same_line(&self, host: &MapLine, model: &MapLine) -> bool {
        host.perms == model.perms
            && host.offset == model.offset
            && host.name == model.name
            && (self.line_to_host(model) == *host
                || (self.same_thp_slot(host.start, model.start, model.offset)
                    && host.end - host.start == model.end - model.start)
                || (host.start == model.start
                    && host.end == model.end
                    && model.start.wrapping_sub(model.offset).is_multiple_of(HPAGE)))
    }

    pub fn describe(&self) -> String {
        if self.legacy {
            format!(
                "host = model + {:#x} in [{:#x}, +1 TiB) (the special mappings sit at the legacy base)",
                self.size(),
                self.start
            )
        } else {
            format!(
                "host = model − {:#x} within 1 TiB below mmap_base {:#x}",
                self.size(),
                self.end
            )
        }
    }
}

/// The maps lines the scenario made: those not in the baseline (by range and
/// name), minus the special mappings and the stack.
pub fn scenario_lines(now: &[MapLine], baseline: &[MapLine]) -> Vec<MapLine> {
    now.iter()
        .filter(|m| {
            !is_special(m.name.as_deref())
                && !matches!(m.name.as_deref(), Some("[stack]" | "[vsyscall]"))
                && !baseline
                    .iter()
                    .any(|b| b.start == m.start && b.end == m.end && b.name == m.name)
        })
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "7e0000000-7e0001000 r--p 00000000 fe:00 123   /tmp/x/helper
7ffff7ff7000-7ffff7ffb000 r--p 00000000 00:00 0                          [vvar]
7ffff7ffb000-7ffff7ffd000 r--p 00000000 00:00 0                          [vvar_vclock]
7ffff7ffd000-7ffff7fff000 r-xp 00000000 00:00 0                          [vdso]
7ffffffde000-7ffffffff000 rw-p 00000000 00:00 0                          [stack]
";

    #[test]
    fn frame_from_top_down_baseline() {
        let b = parse_maps(BASE);
        assert_eq!(b.len(), 5);
        assert_eq!(b[0].name.as_deref(), Some("/tmp/x/helper"));
        let f = Frame::from_baseline(&b).unwrap();
        assert_eq!(
            (f.start, f.end, f.legacy),
            (0x7ffff7ff7000, 0x7ffff7fff000, false)
        );
        assert_eq!(f.to_host(0x7ffff7ffe000), 0x7ffff7ff6000);
        assert_eq!(f.end_to_host(0x7ffff7fff000), 0x7ffff7ff7000);
        assert_eq!(f.to_host(0x100000000000), 0x100000000000);
        assert_eq!(f.to_host(0x7ffff8000000), 0x7ffff8000000);
        assert!(f.same_address(0x7ffff7c00000, 0x7ffff7c00000, 0));
        assert!(f.same_address(0x7ffff7601000, 0x7ffff7601000, 0x1000));
        assert!(!f.same_address(0x7ffff7ffe000, 0x7ffff7ffe000, 0));
    }

    #[test]
    fn scenario_lines_skip_baseline() {
        let b = parse_maps(BASE);
        let mut now = b.clone();
        now.push(parse_maps("7ffff7ff6000-7ffff7ff7000 rw-p 00000000 00:00 0 \n")[0].clone());
        let s = scenario_lines(&now, &b);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].name, None);
    }

    #[test]
    fn garbage_is_skipped() {
        assert!(parse_maps("zz\n\n-\n1-2 rw-p q").is_empty());
    }
}
