//! A call of the language as the host's kernel receives it: six argument
//! words (the number is the call table's), with strings and structs passed as
//! blobs the probe copies in and points the argument at.

use crate::runner::ArgValue;

pub const PAGE: u64 = 4096;
/// The x86-64 user address space's end with 4-level paging.
pub const TASK_SIZE: u64 = 0x7fff_ffff_f000;

pub fn page_align(v: u64) -> u64 {
    v.checked_add(PAGE - 1).map_or(0, |v| v & !(PAGE - 1))
}

/// The six argument words and the blobs (argument index, bytes) whose
/// address replaces an argument: paths NUL-terminated, struct rlimit64,
/// struct flock.
pub fn raw_args(args: &[ArgValue]) -> ([u64; 6], Vec<(usize, Vec<u8>)>) {
    let mut a = [0u64; 6];
    let mut blobs = Vec::new();
    let pad8 = |mut v: Vec<u8>| {
        while !v.len().is_multiple_of(8) {
            v.push(0);
        }
        v
    };
    for (i, arg) in args.iter().enumerate().take(6) {
        match arg {
            ArgValue::Num(v) => a[i] = *v,
            // The probe points it at a buffer of its own (protocol op 3).
            ArgValue::Vector { .. } => a[i] = 0,
            ArgValue::Str(s) => {
                let mut bytes = s.as_bytes().to_vec();
                // Past PATH_MAX (4096) getname refuses it however long it is:
                // the probe's buffer (BLOB_MAX, probe.c) takes this much.
                bytes.truncate(4150);
                bytes.push(0);
                blobs.push((i, pad8(bytes)));
            }
            ArgValue::Rlimit { rlim_cur, rlim_max } => {
                blobs.push((
                    i,
                    [*rlim_cur, *rlim_max]
                        .iter()
                        .flat_map(|v| v.to_ne_bytes())
                        .collect(),
                ));
            }
            ArgValue::Flock {
                l_type,
                l_whence,
                l_start,
                l_len,
            } => {
                // struct flock: short l_type, l_whence; off_t l_start, l_len; pid_t l_pid.
                let mut b = Vec::with_capacity(32);
                b.extend((*l_type as i16).to_ne_bytes());
                b.extend((*l_whence as i16).to_ne_bytes());
                b.extend([0u8; 4]);
                b.extend(l_start.to_ne_bytes());
                b.extend(l_len.to_ne_bytes());
                b.extend([0u8; 8]);
                blobs.push((i, b));
            }
        }
    }
    (a, blobs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowering() {
        assert_eq!(page_align(1), 4096);
        assert_eq!(page_align(u64::MAX), 0);
        let (a, blobs) = raw_args(&[
            ArgValue::Str("/data/f".into()),
            ArgValue::Num(2),
            ArgValue::Rlimit {
                rlim_cur: 1,
                rlim_max: u64::MAX,
            },
        ]);
        assert_eq!(a, [0, 2, 0, 0, 0, 0]);
        assert_eq!(blobs[0], (0, b"/data/f\0".to_vec()));
        assert_eq!(blobs[1].1.len(), 16);
    }
}
