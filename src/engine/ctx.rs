//! What every kernel function in the model receives: the calling task, the
//! rest of the machine, and the trace for --explain.

use super::fs::{FileId, Inode, InodeKind};
use super::machine::World;
use super::task::Task;
use super::trace::Trace;

pub struct Ctx<'a> {
    pub task: &'a mut Task,
    pub world: &'a mut World,
    pub trace: &'a mut Trace,
}

/// How a file answers mmap: its f_op->mmap and f_op->get_unmapped_area.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileMmap {
    /// generic_file_mmap on ext4 (thp_get_unmapped_area = the default for non-DAX).
    Regular,
    /// shmem_mmap on tmpfs (shmem_get_unmapped_area = the default, shmem THP off).
    Shmem,
    /// hugetlbfs_file_mmap, hugetlb_get_unmapped_area.
    Hugetlb,
    /// mmap_zero, get_unmapped_area_zero.
    DevZero,
    /// f_op->mmap is NULL: directories, pipes, /dev/null, ttys.
    None,
}

impl Ctx<'_> {
    pub fn inode_of(&self, file: FileId) -> &Inode {
        self.world.vfs.file_inode(file)
    }

    pub fn file_mmap(&self, file: FileId) -> FileMmap {
        file_mmap(&self.world.vfs, file)
    }

    /// is_file_hugepages: the huge page size if the file is on hugetlbfs.
    pub fn huge_size(&self, file: FileId) -> Option<u64> {
        (self.file_mmap(file) == FileMmap::Hugetlb).then(|| self.inode_of(file).huge_size)
    }

    pub fn mm(&mut self) -> &mut super::mm::Mm {
        &mut self.task.mm
    }
}

/// How `file` answers mmap (see [`FileMmap`]).
pub fn file_mmap(vfs: &super::fs::Vfs, file: FileId) -> FileMmap {
    let inode = vfs.file_inode(file);
    match inode.kind {
        InodeKind::Regular => match vfs.inode_mount(vfs.file(file).inode).map(|m| m.fstype) {
            Some(super::fs::FsType::Tmpfs) => FileMmap::Shmem,
            Some(super::fs::FsType::Hugetlbfs) => FileMmap::Hugetlb,
            _ => FileMmap::Regular,
        },
        InodeKind::ShmemObject => FileMmap::Shmem,
        InodeKind::AnonHuge => FileMmap::Hugetlb,
        InodeKind::CharDev(super::fs::DeviceKind::Zero) => FileMmap::DevZero,
        InodeKind::CharDev(_) | InodeKind::Dir | InodeKind::Fifo | InodeKind::Tty => FileMmap::None,
    }
}
