//! The address ranges a call may act on, as the kernel reads its
//! arguments: the oracle keeps every call away from the probe's own pages.

use super::lower::{PAGE, TASK_SIZE, page_align};
use crate::uapi::calls::CallId;
use crate::uapi::*;

/// The address ranges a call may act on, as the kernel reads its arguments
/// (ranges it refuses before acting on them are left out).
pub fn reach_ranges(call: CallId, a: &[u64; 6]) -> Vec<(u64, u64)> {
    let aligned = |v: u64| v.is_multiple_of(PAGE);
    let mut v = Vec::new();
    match call {
        CallId::Mmap => {
            // do_mmap: PAGE_ALIGN(len), then get_unmapped_area refuses
            // len > TASK_SIZE; MAP_FIXED needs an aligned addr that leaves
            // room; a hint that does not is ignored. A hint is a range too:
            // the model could honour it where the host cannot.
            let len = page_align(a[1]);
            let fixed = a[3] & (MAP_FIXED | MAP_FIXED_NOREPLACE) != 0;
            let addr = if fixed { a[0] } else { a[0] & !(PAGE - 1) };
            if len != 0
                && len <= TASK_SIZE
                && aligned(addr)
                && addr <= TASK_SIZE - len
                && (fixed || addr != 0)
            {
                v.push((addr, addr + len));
            }
        }
        // munmap: an aligned start and start + len within TASK_SIZE.
        CallId::Munmap if aligned(a[0]) && a[0] <= TASK_SIZE && a[1] <= TASK_SIZE - a[0] => {
            v.push((a[0], a[0] + page_align(a[1])));
        }
        // mprotect (and madvise, msync, mseal) walk the VMAs of
        // [start, start + PAGE_ALIGN(len)).
        CallId::Mprotect
        | CallId::PkeyMprotect
        | CallId::Madvise
        | CallId::Msync
        | CallId::Mseal
            if aligned(a[0]) =>
        {
            let end = a[0].wrapping_add(page_align(a[1]));
            if end > a[0] {
                v.push((a[0], end));
            }
        }
        // mincore walks [start, start + len) and writes its vector (one
        // byte a page) once the start is aligned and the range user space;
        // a vector the scenario writes out is the probe's own buffer (0 here).
        CallId::Mincore
            if aligned(a[0]) && a[0].checked_add(a[1]).is_some_and(|e| e <= TASK_SIZE) =>
        {
            if a[1] != 0 {
                v.push((a[0], a[0] + page_align(a[1])));
            }
            let pages = a[1].div_ceil(PAGE);
            if a[2] != 0 && pages != 0 {
                v.push((a[2], a[2].saturating_add(pages)));
            }
        }
        // mlock and munlock round the start down and the length up.
        CallId::Mlock | CallId::Mlock2 | CallId::Munlock => {
            let start = a[0] & !(PAGE - 1);
            let end = start.wrapping_add(page_align(a[1].wrapping_add(a[0] & (PAGE - 1))));
            if end > start {
                v.push((start, end));
            }
        }
        // check_mremap_params refuses an unaligned address and a new length
        // of 0 or above TASK_SIZE first.
        CallId::Mremap
            if aligned(a[0]) && page_align(a[2]) != 0 && page_align(a[2]) <= TASK_SIZE =>
        {
            // The old range, and past its end for growth in place, which
            // needs the new end within TASK_SIZE (vma_expandable asks
            // get_unmapped_area with MAP_FIXED).
            let (old, new) = (page_align(a[1]), page_align(a[2]));
            let grows = a[0].checked_add(new).is_some_and(|e| e <= TASK_SIZE);
            let reach = if grows { old.max(new) } else { old };
            v.push((a[0], a[0].saturating_add(reach)));
            if a[3] & (MREMAP_FIXED | MREMAP_DONTUNMAP) != 0 {
                v.push((a[4], a[4].saturating_add(page_align(a[2]))));
            }
        }
        // shmctl copies a structure of at most 112 bytes (struct
        // shmid64_ds) to or from its buffer.
        CallId::Shmctl if a[2] != 0 => {
            v.push((a[2] & !(PAGE - 1), page_align(a[2].saturating_add(112))));
        }
        _ => {}
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_follow_the_kernels_reading() {
        let r = |name, a: [u64; 6]| reach_ranges(CallId::from_name(name).unwrap(), &a);
        assert_eq!(r("mmap", [0, 4096, 0, MAP_PRIVATE, 0, 0]), vec![]);
        assert_eq!(
            r("mmap", [0x7e0000123, 1, 0, MAP_PRIVATE, 0, 0]),
            vec![(0x7e0000000, 0x7e0001000)]
        );
        // MAP_FIXED: unaligned, or too long for TASK_SIZE, is refused first.
        assert_eq!(r("mmap", [0x1001, 4096, 0, MAP_FIXED, 0, 0]), vec![]);
        assert_eq!(
            r("mmap", [0x10000000, TASK_SIZE + 4096, 0, MAP_FIXED, 0, 0]),
            vec![]
        );
        assert_eq!(
            r("mmap", [0x7fffffffe000, 8192, 0, MAP_FIXED, 0, 0]),
            vec![]
        );
        assert_eq!(r("munmap", [0x1001, 4096, 0, 0, 0, 0]), vec![]);
        // mincore: the range walked, and the vector's bytes.
        assert_eq!(
            r("mincore", [0x1000, 8192, 0x9000, 0, 0, 0]),
            vec![(0x1000, 0x3000), (0x9000, 0x9002)]
        );
        assert_eq!(r("mincore", [0x1001, 8192, 0x9000, 0, 0, 0]), vec![]);
        assert_eq!(
            r("munmap", [0, TASK_SIZE - 4096, 0, 0, 0, 0]),
            vec![(0, TASK_SIZE - 4096)]
        );
        assert_eq!(r("munmap", [0x1000, u64::MAX, 0, 0, 0, 0]), vec![]);
        assert_eq!(r("mprotect", [0x1000, u64::MAX, 0, 0, 0, 0]), vec![]);
        assert_eq!(
            r("mlock", [0x1001, 4096, 0, 0, 0, 0]),
            vec![(0x1000, 0x3000)]
        );
        assert_eq!(
            r(
                "mremap",
                [0x1000, 4096, 8192, MREMAP_MAYMOVE | MREMAP_FIXED, 0x9000, 0]
            ),
            vec![(0x1000, 0x3000), (0x9000, 0xb000)]
        );
    }
}
