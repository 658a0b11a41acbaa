//! /proc/PID/maps and /proc/PID/status as the oracle reads them from the
//! host (pure parsing, no I/O), and the model's tables in the same terms.

use crate::engine::proc::{MapsEntry, StatusInfo};

/// One /proc/PID/maps line, without device and inode: those name the
/// host's devices and inode numbers, which a model cannot know.
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

impl From<&MapsEntry> for MapLine {
    fn from(e: &MapsEntry) -> MapLine {
        MapLine {
            start: e.start,
            end: e.end,
            perms: e.perms.clone(),
            offset: e.offset,
            name: e.name.clone(),
        }
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

/// The per-process figures of a `status` block, in kB (MapCount: VMAs).
/// Committed_AS is machine-wide on a host: it is not among them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Vm {
    pub size: u64,
    pub lck: u64,
    pub data: u64,
    pub stk: u64,
    pub exe: u64,
    pub lib: u64,
    pub map_count: u64,
}

impl Vm {
    /// From /proc/PID/status and the number of VMAs its maps lists.
    pub fn from_status(text: &str, map_count: u64) -> Vm {
        let kb = |n| super::host::kb_field(text, n).unwrap_or(0) >> 10;
        Vm {
            size: kb("VmSize"),
            lck: kb("VmLck"),
            data: kb("VmData"),
            stk: kb("VmStk"),
            exe: kb("VmExe"),
            lib: kb("VmLib"),
            map_count,
        }
    }

    pub fn from_model(s: &StatusInfo) -> Vm {
        Vm {
            size: s.vm_size_kb,
            lck: s.vm_lck_kb,
            data: s.vm_data_kb,
            stk: s.vm_stk_kb,
            exe: s.vm_exe_kb,
            lib: s.vm_lib_kb,
            map_count: s.map_count,
        }
    }

    /// What is left once another process's share (the probe's own) is taken off.
    pub fn minus(&self, own: &Vm) -> Vm {
        Vm {
            size: self.size.wrapping_sub(own.size),
            lck: self.lck.wrapping_sub(own.lck),
            data: self.data.wrapping_sub(own.data),
            stk: self.stk.wrapping_sub(own.stk),
            exe: self.exe.wrapping_sub(own.exe),
            lib: self.lib.wrapping_sub(own.lib),
            map_count: self.map_count.wrapping_sub(own.map_count),
        }
    }

    /// (name, value, in kB) in /proc's order.
    pub fn fields(&self) -> [(&'static str, u64, bool); 7] {
        [
            ("VmSize", self.size, true),
            ("VmLck", self.lck, true),
            ("VmData", self.data, true),
            ("VmStk", self.stk, true),
            ("VmExe", self.exe, true),
            ("VmLib", self.lib, true),
            ("MapCount", self.map_count, false),
        ]
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

    #[test]
    fn garbage_is_skipped() {
        assert!(parse_maps("zz\n\n-\n1-2 rw-p q").is_empty());
    }

    #[test]
    fn status_fields() {
        let s = "VmSize:\t   100 kB\nVmLck:\t 8 kB\nVmData:\t 12 kB\nVmStk:\t0 kB\nVmExe:\t4 kB\nVmLib:\t 8 kB\n";
        let v = Vm::from_status(s, 3);
        assert_eq!(
            (v.size, v.lck, v.data, v.exe, v.lib, v.map_count),
            (100, 8, 12, 4, 8, 3)
        );
        assert_eq!(
            v.minus(&Vm {
                size: 20,
                exe: 4,
                map_count: 2,
                ..Vm::default()
            })
            .size,
            80
        );
    }
}
