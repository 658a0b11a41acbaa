//! How /proc/PID/maps names a mapping of an O_TMPFILE file. d_tmpfile
//! (fs/dcache.c:3521-3534 in 4.12, d_mark_tmpfile in 6.18) names the unnamed
//! file's dentry `#<inode number>`, and the file has no link, so d_path adds
//! " (deleted)". On the 6.18 host a mapping of such a file reads
//!   100000000000-100000002000 rw-s 00000000 fe:00 10027628   /w/#10027628 (deleted)
//!   100000010000-100000011000 rw-s 00000000 00:28 2          /mnt/t/#2 (deleted)
//! The bundled scenarios cannot state these names (the host's inode numbers
//! are its own, and the host oracle compares names), so the form is held
//! here: the directory, `/#`, the maps line's own inode number, ` (deleted)`.

use mmrun::engine::Kernel;
use mmrun::runner::{self, Event, RunOptions};

const SCENARIO: &str = r#"# O_TMPFILE mappings on ext4 and tmpfs.
dir /w mode=01777
mount /mnt/t tmpfs
dir /mnt/t mode=01777
process user uid=1000 {
    open("/w", O_TMPFILE|O_RDWR, 0600) = 3
    open("/mnt/t", O_TMPFILE|O_RDWR, 0600) = 4
    open("/", O_TMPFILE|O_RDWR, 0600) = -1 EACCES
    mmap(0x100000000000, 8192, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_FIXED, 3, 0) = 0x100000000000
    mmap(0x100000010000, 4096, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_FIXED, 4, 0) = 0x100000010000
    close(3) = 0
    maps
}
process admin {
    open("/", O_TMPFILE|O_RDWR, 0600) = 3
    mmap(0x100000000000, 4096, PROT_READ, MAP_SHARED|MAP_FIXED, 3, 0) = 0x100000000000
    maps
}
"#;

fn maps_tables(kernel: Kernel) -> Vec<Vec<(u64, String)>> {
    let scenario = mmrun::syntax::load("tmpfile.mm", SCENARIO).expect("parses");
    let opts = RunOptions {
        kernel: Some(kernel),
        ..RunOptions::default()
    };
    let run = runner::run(&scenario, &opts).expect("runs");
    assert!(run.mismatches.is_empty(), "{:?}", run.mismatches);
    run.events
        .iter()
        .filter_map(|e| match e {
            Event::Maps { entries, .. } => Some(
                entries
                    .iter()
                    .map(|m| (m.inode, m.name.clone().unwrap_or_default()))
                    .collect(),
            ),
            _ => None,
        })
        .collect()
}

#[test]
fn tmpfile_mappings_are_named_after_their_inode() {
    for kernel in [Kernel::V4_12, Kernel::V6_18] {
        let tables = maps_tables(kernel);
        assert_eq!(tables.len(), 2, "{kernel:?}");
        let dirs: Vec<&str> = tables[0]
            .iter()
            .map(|(ino, name)| {
                let (dir, rest) = name.rsplit_once("/#").expect("a #<ino> name");
                assert_eq!(rest, format!("{ino} (deleted)"), "{kernel:?}: {name}");
                dir
            })
            .collect();
        assert_eq!(dirs, ["/w", "/mnt/t"], "{kernel:?}");
        // In the root directory the name is `/#<ino>`, with a single slash.
        let (ino, name) = &tables[1][0];
        assert_eq!(name, &format!("/#{ino} (deleted)"), "{kernel:?}");
        // Two unnamed files are two inodes.
        assert_ne!(tables[0][0].0, tables[0][1].0);
    }
}
