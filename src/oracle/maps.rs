//! /proc/PID/maps and /proc/PID/status as the oracle reads them from the
//! host (pure parsing, no I/O), and the model's tables in the same terms.

use crate::engine::proc::{MapsEntry, Rss, StatusInfo};

/// One /proc/PID/maps line, without device and inode: those name the
/// host's devices and inode numbers, which a model cannot know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapLine {
    pub start: u64,
    pub end: u64,
    pub perms: String,
    pub offset: u64,
    pub name: Option<String>,
    /// The VMA's smaps `VmFlags:`, names separated by single spaces, when
    /// smaps was read.
    pub vm_flags: Option<String>,
    /// Its smaps Size, Rss, Pss, Anonymous and Locked, in kB, when smaps
    /// was read (and, for the model, where it knows them).
    pub usage: Option<[u64; 5]>,
}

/// The smaps fields [`MapLine::usage`] holds, in its order.
pub const USAGE_FIELDS: [&str; 5] = ["Size", "Rss", "Pss", "Anonymous", "Locked"];

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
        if let Some(usage) = &self.usage {
            let fields: Vec<String> = USAGE_FIELDS
                .iter()
                .zip(usage)
                .map(|(n, v)| format!("{n} {v} kB"))
                .collect();
            write!(f, " [{}]", fields.join(", "))?;
        }
        if let Some(flags) = &self.vm_flags {
            write!(f, " [VmFlags: {flags}]")?;
        }
        Ok(())
    }
}

impl MapLine {
    /// Whether two lines show the same VMA. An O_TMPFILE file is named after
    /// its inode number (`/dir/#12 (deleted)`, fs/dcache.c d_tmpfile): like
    /// the inode column, that number is the host's own.
    pub fn same_as(&self, other: &MapLine) -> bool {
        self.key() == other.key()
    }

    /// What is compared of a line: all of it, an O_TMPFILE name without
    /// its inode number.
    #[allow(clippy::type_complexity)]
    pub fn key(
        &self,
    ) -> (
        u64,
        u64,
        &str,
        u64,
        Option<std::borrow::Cow<'_, str>>,
        Option<&str>,
        Option<[u64; 5]>,
    ) {
        (
            self.start,
            self.end,
            &self.perms,
            self.offset,
            self.name.as_deref().map(without_tmpfile_ino),
            self.vm_flags.as_deref(),
            self.usage,
        )
    }

    /// The same line without its VmFlags.
    pub fn without_flags(&self) -> MapLine {
        MapLine {
            vm_flags: None,
            usage: None,
            ..self.clone()
        }
    }
}

/// `/dir/#123 (deleted)` without the number.
fn without_tmpfile_ino(name: &str) -> std::borrow::Cow<'_, str> {
    let tmpfile = name.strip_suffix(" (deleted)").and_then(|n| {
        let (dir, last) = n.rsplit_once('/')?;
        let digits = last.strip_prefix('#')?;
        (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())).then_some(dir)
    });
    match tmpfile {
        Some(dir) => format!("{dir}/# (deleted)").into(),
        None => name.into(),
    }
}

impl From<&MapsEntry> for MapLine {
    fn from(e: &MapsEntry) -> MapLine {
        MapLine {
            start: e.start,
            end: e.end,
            perms: e.perms.clone(),
            offset: e.offset,
            name: e.name.clone(),
            vm_flags: e.vm_flags.as_deref().map(normalize_flags),
            usage: e.usage.map(|u| {
                [
                    (e.end - e.start) >> 10,
                    u.rss_kb,
                    u.pss_kb,
                    u.anonymous_kb,
                    u.locked_kb,
                ]
            }),
        }
    }
}

/// VmFlags names separated by single spaces (the kernel ends each with one).
fn normalize_flags(flags: &str) -> String {
    flags.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Parse the text of /proc/PID/smaps: each VMA's maps line with its
/// VmFlags; the other fields are not read.
pub fn parse_smaps(text: &str) -> Vec<MapLine> {
    let mut out: Vec<MapLine> = Vec::new();
    for line in text.lines() {
        if let Some(flags) = line.strip_prefix("VmFlags:") {
            if let Some(last) = out.last_mut() {
                last.vm_flags = Some(normalize_flags(flags));
            }
        } else if let Some((name, value)) = line.split_once(':')
            && let Some(i) = USAGE_FIELDS.iter().position(|f| *f == name)
        {
            // `Rss:                  16 kB`
            let kb = value
                .trim()
                .trim_end_matches("kB")
                .trim()
                .parse()
                .unwrap_or(u64::MAX);
            if let Some(last) = out.last_mut() {
                last.usage.get_or_insert([0; 5])[i] = kb;
            }
        } else if let Some(l) = parse_line(line) {
            out.push(l);
        }
    }
    out
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
        vm_flags: None,
        usage: None,
    })
}

/// /proc/PID/status's figures for a `status` block, and the VMA count. The
/// host's Committed_AS is machine-wide: it is left at 0 and never compared
/// (see [`COMPARED`]).
pub fn status_from_proc(text: &str, map_count: u64) -> StatusInfo {
    // The figures as printed, in kB: 4.12 prints a negative VmLib (exec_vm
    // below the text size) as a huge unsigned number, which must survive
    // the subtraction of the probe's own share exactly.
    let kb = |n: &str| {
        super::host::field(text, n)
            .and_then(|v| v.trim_end_matches("kB").trim().parse::<u64>().ok())
            .unwrap_or(0)
    };
    StatusInfo {
        vm_size_kb: kb("VmSize"),
        vm_lck_kb: kb("VmLck"),
        rss: Some(Rss {
            anon_kb: kb("RssAnon"),
            file_kb: kb("RssFile"),
            shmem_kb: kb("RssShmem"),
        }),
        vm_data_kb: kb("VmData"),
        vm_stk_kb: kb("VmStk"),
        vm_exe_kb: kb("VmExe"),
        vm_lib_kb: kb("VmLib"),
        map_count,
        committed_as_kb: 0,
    }
}

/// The RSS lines, compared where the judge's counters are exact (not 6.1's,
/// whose faults reach the mm's counters only every 64 events per task:
/// SPLIT_RSS_COUNTING, TASK_RSS_EVENTS_THRESH).
pub const RSS: [&str; 4] = ["VmRSS", "RssAnon", "RssFile", "RssShmem"];

/// The status fields a host can show per process.
pub const COMPARED: [&str; 7] = [
    "VmSize", "VmLck", "VmData", "VmStk", "VmExe", "VmLib", "MapCount",
];

/// What is left of `all` once `own` (the probe's share) is taken off.
pub fn without(all: &StatusInfo, own: &StatusInfo) -> StatusInfo {
    StatusInfo {
        vm_size_kb: all.vm_size_kb.wrapping_sub(own.vm_size_kb),
        vm_lck_kb: all.vm_lck_kb.wrapping_sub(own.vm_lck_kb),
        vm_data_kb: all.vm_data_kb.wrapping_sub(own.vm_data_kb),
        vm_stk_kb: all.vm_stk_kb.wrapping_sub(own.vm_stk_kb),
        vm_exe_kb: all.vm_exe_kb.wrapping_sub(own.vm_exe_kb),
        vm_lib_kb: all.vm_lib_kb.wrapping_sub(own.vm_lib_kb),
        map_count: all.map_count.wrapping_sub(own.map_count),
        committed_as_kb: 0,
        rss: match (all.rss, own.rss) {
            (Some(a), Some(o)) => Some(Rss {
                anon_kb: a.anon_kb.wrapping_sub(o.anon_kb),
                file_kb: a.file_kb.wrapping_sub(o.file_kb),
                shmem_kb: a.shmem_kb.wrapping_sub(o.shmem_kb),
            }),
            (a, None) => a,
            (None, _) => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_lines() {
        let m = parse_maps(
            "7e0000000-7e0001000 r-xp 00000000 00:01 7    /memfd:mmrun-probe (deleted)\n\
             7ffff7ffe000-7ffff7fff000 rw-p 00000000 00:00 0 \n",
        );
        assert_eq!(m.len(), 2);
        assert_eq!(m[0].name.as_deref(), Some("/memfd:mmrun-probe (deleted)"));
        assert_eq!(m[1].name, None);
        assert_eq!(m[1].to_string(), "7ffff7ffe000-7ffff7fff000 rw-p 00000000");
    }

    /// A real 6.18 smaps excerpt: each VMA's line with its VmFlags; the
    /// fields between are not read.
    #[test]
    fn smaps_pairs_each_vma_with_its_flags() {
        let text = "100000000000-100000001000 rw-p 00000000 00:00 0 \n\
                    Size:                  4 kB\n\
                    KernelPageSize:        4 kB\n\
                    THPeligible:           0\n\
                    VmFlags: rd wr mr mw me dc ac \n\
                    7ffff7ffd000-7ffff7fff000 r--s 00000000 00:05 20002                      /dev/zero (deleted)\n\
                    Size:                  8 kB\n\
                    VmFlags: rd sh mr mw me ms \n";
        let m = parse_smaps(text);
        assert_eq!(m.len(), 2);
        assert_eq!(m[0].vm_flags.as_deref(), Some("rd wr mr mw me dc ac"));
        assert_eq!(m[1].name.as_deref(), Some("/dev/zero (deleted)"));
        assert_eq!(m[1].vm_flags.as_deref(), Some("rd sh mr mw me ms"));
        assert!(
            !m[0].same_as(&m[0].without_flags()),
            "the flags are compared"
        );
    }

    #[test]
    fn tmpfile_names_compare_without_their_inode_number() {
        let l = |name: &str| MapLine {
            start: 0x1000,
            end: 0x2000,
            perms: "r--s".into(),
            offset: 0,
            name: Some(name.into()),
            vm_flags: None,
            usage: None,
        };
        assert!(l("/mnt/t/#2 (deleted)").same_as(&l("/mnt/t/#17 (deleted)")));
        assert!(!l("/mnt/t/#2 (deleted)").same_as(&l("/mnt/u/#2 (deleted)")));
        assert!(!l("/mnt/t/#2").same_as(&l("/mnt/t/#3")));
        assert!(!l("/data/f (deleted)").same_as(&l("/data/g (deleted)")));
        assert!(l("/data/#x (deleted)").same_as(&l("/data/#x (deleted)")));
    }

    #[test]
    fn garbage_is_skipped() {
        assert!(parse_maps("zz\n\n-\n1-2 rw-p q").is_empty());
    }

    #[test]
    fn status_fields() {
        let s = "VmSize:\t   100 kB\nVmLck:\t 8 kB\nVmData:\t 12 kB\nVmStk:\t0 kB\nVmExe:\t4 kB\nVmLib:\t 8 kB\n";
        let v = status_from_proc(s, 3);
        assert_eq!(
            (
                v.vm_size_kb,
                v.vm_lck_kb,
                v.vm_data_kb,
                v.vm_exe_kb,
                v.vm_lib_kb,
                v.map_count
            ),
            (100, 8, 12, 4, 8, 3)
        );
        let own = status_from_proc("VmSize: 20 kB\nVmExe: 4 kB\n", 2);
        let left = without(&v, &own);
        assert_eq!(
            (left.vm_size_kb, left.vm_exe_kb, left.map_count),
            (80, 0, 1)
        );
    }
}
