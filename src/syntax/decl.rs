//! The machine declarations, typed: what `check` makes of the `sysctl`,
//! `memory`, `mount`, `file`, `dir`, `device` and `fifo` lines, with the
//! language's defaults beside the types. The runner builds the model's
//! machine from these and the host oracle the real one; neither reads a
//! declaration's words again.

use super::ast::Span;
pub use crate::uapi::{DeviceKind, Filesystem, Sysctl};
use serde::{Deserialize, Serialize};

/// The fields of a `memory` line.
pub const MEMORY_FIELDS: &[&str] = &["total", "free", "swap", "hugepages"];
/// Mount options that take no value.
pub const MOUNT_FLAGS: &[&str] = &["ro", "rw", "noexec", "exec", "nosuid", "nodev", "mand"];
/// Mount options written `name=value`.
pub const MOUNT_VALUED: &[&str] = &["pagesize"];
pub const FILE_ATTRS: &[&str] = &["size", "mode", "owner", "append", "immutable"];
pub const DIR_ATTRS: &[&str] = &["mode", "owner"];

/// The mode of a `device` node (the language gives none): root's, 0666 as
/// devtmpfs creates /dev/zero and /dev/null.
pub const DEVICE_MODE: u32 = 0o666;
/// The mode of a `fifo` node: root's, 0644 (mkfifo under umask 022).
pub const FIFO_MODE: u32 = 0o644;

/// What a `file` or `dir` line says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileAttrs {
    pub size: u64,
    pub mode: u32,
    pub uid: u32,
    pub gid: u32,
    pub append: bool,
    pub immutable: bool,
}

impl FileAttrs {
    /// A `file` line's defaults: empty, 0644, root's.
    pub const FILE: FileAttrs = FileAttrs {
        size: 0,
        mode: 0o644,
        uid: 0,
        gid: 0,
        append: false,
        immutable: false,
    };
    /// A `dir` line's defaults: 0755, root's.
    pub const DIR: FileAttrs = FileAttrs {
        mode: 0o755,
        ..FileAttrs::FILE
    };
}

pub use crate::uapi::MountOptions;

/// What a `memory` line sets (the rest keeps the machine's figures).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Memory {
    pub total: Option<u64>,
    pub free: Option<u64>,
    pub swap: Option<u64>,
    pub hugepages: Option<u64>,
}

/// One machine declaration, in file order. Paths are as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decl {
    Sysctl {
        sysctl: Sysctl,
        value: u64,
        span: Span,
    },
    Memory {
        memory: Memory,
        span: Span,
    },
    Mount {
        path: String,
        fs: Filesystem,
        options: MountOptions,
        /// Where `pagesize=` is written, for the runner's refusal of a size
        /// hugetlbfs has no pages of.
        pagesize_span: Option<Span>,
        span: Span,
    },
    File {
        path: String,
        attrs: FileAttrs,
        span: Span,
    },
    Dir {
        path: String,
        attrs: FileAttrs,
        span: Span,
    },
    Device {
        path: String,
        kind: DeviceKind,
        span: Span,
    },
    Fifo {
        path: String,
        span: Span,
    },
}

impl Decl {
    pub fn span(&self) -> Span {
        match self {
            Decl::Sysctl { span, .. }
            | Decl::Memory { span, .. }
            | Decl::Mount { span, .. }
            | Decl::File { span, .. }
            | Decl::Dir { span, .. }
            | Decl::Device { span, .. }
            | Decl::Fifo { span, .. } => *span,
        }
    }
}
