//! ext4 in the guest. The host makes one empty ext4 image with mkfs.ext4
//! (the same image the host oracle mounts), and packs only its non-zero
//! blocks into the initramfs ([`pack`]); for each ext4 mount the guest
//! writes them into a fresh sparse file, binds it to a loop device with the
//! classic LOOP_SET_FD (4.12 has no LOOP_CONFIGURE) and mounts it
//! ([`attach`]). The loop device lets go of the file when the mount goes.

use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::{AsRawFd, FromRawFd};

/// Where the packed image lies in the initramfs.
pub const TEMPLATE: &str = "/img/ext4.blocks";

const BLOCK: usize = 4096;

/// The empty image's non-zero blocks: its length, then (offset, length,
/// bytes) runs, little-endian.
pub fn pack() -> Result<Vec<u8>, String> {
    let image = super::super::tree::ext4_image(super::super::tree::EXT4_IMAGE_BYTES)
        .map_err(|e| e.line())?;
    // SAFETY: the descriptor is ours and moves into the File.
    let mut file = unsafe { std::fs::File::from_raw_fd(image.as_raw_fd()) };
    std::mem::forget(image);
    let mut out = super::super::tree::EXT4_IMAGE_BYTES.to_le_bytes().to_vec();
    // Only the regions the filesystem holds as data (SEEK_DATA/SEEK_HOLE);
    // within them, only the blocks that are not zero.
    let fd = file.as_raw_fd();
    let mut pos: libc::off_t = 0;
    loop {
        // SAFETY: lseek on our own descriptor.
        let data = unsafe { libc::lseek(fd, pos, libc::SEEK_DATA) };
        if data < 0 {
            break;
        }
        // SAFETY: as above.
        let hole = unsafe { libc::lseek(fd, data, libc::SEEK_HOLE) };
        if hole <= data {
            break;
        }
        let mut region = vec![0; (hole - data) as usize];
        file.seek(SeekFrom::Start(data as u64))
            .and_then(|_| file.read_exact(&mut region))
            .map_err(|e| format!("reading the ext4 image: {e}"))?;
        let mut run: Option<(usize, usize)> = None;
        let flush = |(at, len): (usize, usize), out: &mut Vec<u8>| {
            out.extend_from_slice(&(data as u64 + at as u64).to_le_bytes());
            out.extend_from_slice(&(len as u64).to_le_bytes());
            out.extend_from_slice(&region[at..at + len]);
        };
        for (i, block) in region.chunks(BLOCK).enumerate() {
            let zero = block.iter().all(|&b| b == 0);
            run = match (run, zero) {
                (Some((at, len)), false) => Some((at, len + block.len())),
                (None, false) => Some((i * BLOCK, block.len())),
                (Some(r), true) => {
                    flush(r, &mut out);
                    None
                }
                (None, true) => None,
            };
        }
        if let Some(r) = run {
            flush(r, &mut out);
        }
        pos = hole;
    }
    Ok(out)
}

/// Write the packed image into a new sparse file at `path`.
fn unpack(packed: &[u8], path: &str) -> Result<std::fs::File, String> {
    let err = |e: std::io::Error| format!("the ext4 image {path}: {e}");
    let word = |at: usize| -> Option<u64> {
        Some(u64::from_le_bytes(packed.get(at..at + 8)?.try_into().ok()?))
    };
    let mut f = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(err)?;
    f.set_len(word(0).ok_or("an empty ext4 image")?)
        .map_err(err)?;
    let mut at = 8;
    while at < packed.len() {
        let (Some(off), Some(len)) = (word(at), word(at + 8)) else {
            return Err("a truncated ext4 image".into());
        };
        let bytes = packed
            .get(at + 16..at + 16 + len as usize)
            .ok_or("a truncated ext4 image")?;
        f.seek(SeekFrom::Start(off)).map_err(err)?;
        f.write_all(bytes).map_err(err)?;
        at += 16 + len as usize;
    }
    Ok(f)
}

const LOOP_SET_FD: libc::c_ulong = 0x4C00;
const LOOP_CTL_GET_FREE: libc::c_ulong = 0x4C82;

/// A new ext4 filesystem from the packed image, as a loop device's path
/// and an open descriptor to keep until it is mounted (the device clears
/// itself when its last user goes). `name` names the backing file (it is
/// unlinked at once; the loop device keeps it).
pub fn attach(packed: &[u8], name: &str) -> Result<(String, std::fs::File), String> {
    let image = unpack(packed, name)?;
    let _ = std::fs::remove_file(name);
    let control = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/loop-control")
        .map_err(|e| format!("/dev/loop-control: {e}"))?;
    // SAFETY: an ioctl without an argument.
    let n = unsafe { libc::ioctl(control.as_raw_fd(), LOOP_CTL_GET_FREE) };
    if n < 0 {
        return Err(format!(
            "no free loop device: {}",
            std::io::Error::last_os_error()
        ));
    }
    let device = format!("/dev/loop{n}");
    let dev = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(&device)
        .map_err(|e| format!("{device}: {e}"))?;
    // SAFETY: the ioctl takes the backing descriptor by value.
    if unsafe { libc::ioctl(dev.as_raw_fd(), LOOP_SET_FD, image.as_raw_fd()) } != 0 {
        return Err(format!(
            "binding {device}: {}",
            std::io::Error::last_os_error()
        ));
    }
    // It lets go of the file, and the file's memory, when the mount goes.
    super::super::sys::set_loop_autoclear(std::os::fd::AsFd::as_fd(&dev))
        .map_err(|e| format!("{device}: autoclear: {e}"))?;
    Ok((device, dev))
}

/// Whether this guest can make ext4 filesystems: the image is packed, and
/// its kernel has ext4 and loop devices.
pub fn available() -> bool {
    std::path::Path::new(TEMPLATE).is_file()
        && std::path::Path::new("/dev/loop-control").exists()
        && std::fs::read_to_string("/proc/filesystems")
            .is_ok_and(|f| f.lines().any(|l| l.trim_end().ends_with("\text4")))
}
