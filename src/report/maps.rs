//! /proc/PID/maps and /proc/PID/status lines, byte for byte as the kernel
//! prints them (show_map_vma, fs/proc/task_mmu.c:281-355; task_mem :25-85).

use crate::engine::proc::{MapsEntry, StatusInfo};
use std::fmt::Write;

/// One maps line without the newline. Unnamed lines keep their trailing
/// space; named ones are padded to column 73 (seq_setwidth 72 + one space).
pub fn maps_line(e: &MapsEntry) -> String {
    let mut s = String::with_capacity(96);
    let _ = write!(
        s,
        "{:08x}-{:08x} {} {:08x} {:02x}:{:02x} {} ",
        e.start, e.end, e.perms, e.offset, e.dev.0, e.dev.1, e.inode
    );
    if let Some(name) = &e.name {
        while s.len() < 72 {
            s.push(' ');
        }
        s.push(' ');
        s.push_str(name);
    }
    s
}

/// A maps line followed by its smaps `VmFlags:` line when it has one: the
/// form profiles are compared in.
pub fn maps_or_smaps_lines(e: &MapsEntry) -> String {
    let Some(flags) = &e.vm_flags else {
        return maps_line(e);
    };
    let mut out = maps_line(e);
    // show_smap's "%-16s%8lu kB" lines, those the model knows.
    let mut field = |name: &str, kb: u64| {
        out.push_str(&format!("\n{:<16}{kb:>8} kB", format!("{name}:")));
    };
    field("Size", (e.end - e.start) >> 10);
    if let Some(u) = &e.usage {
        for (name, kb) in u.fields() {
            field(name, kb);
        }
    }
    out.push_str(&format!("\nVmFlags: {flags}"));
    out
}

/// The status lines: `VmSize:\t       8 kB` (task_mem's "%8lu kB" after a tab).
pub fn status_lines(info: &StatusInfo) -> Vec<String> {
    info.fields()
        .iter()
        .map(|(name, value, kb)| {
            if *kb {
                format!("{name}:\t{value:8} kB")
            } else {
                format!("{name}:\t{value:8}")
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: Option<&str>) -> MapsEntry {
        MapsEntry {
            start: 0x7ffff7ffe000,
            end: 0x7ffff7fff000,
            perms: "r--p".into(),
            offset: 0,
            dev: (0, 0),
            inode: 0,
            name: name.map(str::to_string),
            vm_flags: None,
            usage: None,
        }
    }

    #[test]
    fn unnamed_line_ends_with_one_space() {
        // Spec §9.1 example: "7ffff7ffe000-7ffff7fff000 r--p 00000000 00:00 0 "
        assert_eq!(
            maps_line(&entry(None)),
            "7ffff7ffe000-7ffff7fff000 r--p 00000000 00:00 0 "
        );
    }

    #[test]
    fn named_line_is_padded_to_column_73() {
        let l = maps_line(&MapsEntry {
            start: 0x400000,
            end: 0x40b000,
            perms: "r-xp".into(),
            offset: 0,
            dev: (8, 1),
            inode: 1234,
            name: Some("/bin/cat".into()),
            vm_flags: None,
            usage: None,
        });
        // Spec §9.1: "00400000-0040b000 r-xp 00000000 08:01 1234" then padding, name at column 74.
        assert_eq!(
            l,
            format!(
                "00400000-0040b000 r-xp 00000000 08:01 1234{}/bin/cat",
                " ".repeat(31)
            )
        );
        assert_eq!(l.find('/'), Some(73));
    }
}
