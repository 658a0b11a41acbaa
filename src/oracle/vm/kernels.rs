//! The kernels the VM oracle boots, kept in mmrun's cache directory
//! (`$MMRUN_KERNELS`, else `$XDG_CACHE_HOME/mmrun/kernels`, else
//! `~/.cache/mmrun/kernels`). `mmrun kernels install` puts them there;
//! `mmrun kernels list` says what is ready.

use std::path::{Path, PathBuf};

/// A kernel a VM can boot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VmKernel {
    /// Linux v4.12 with the norandfix patch (../shared/kernels/linux-4.12):
    /// the kernel of the 4.12 profile.
    V4_12,
}

impl VmKernel {
    pub const ALL: [VmKernel; 1] = [VmKernel::V4_12];

    pub fn name(self) -> &'static str {
        match self {
            VmKernel::V4_12 => "4.12",
        }
    }

    pub fn parse(name: &str) -> Option<VmKernel> {
        VmKernel::ALL.into_iter().find(|k| k.name() == name)
    }

    /// The model profile this kernel judges.
    pub fn profile(self) -> crate::engine::Kernel {
        match self {
            VmKernel::V4_12 => crate::engine::Kernel::V4_12,
        }
    }

    /// Where its image is kept.
    pub fn image(self) -> PathBuf {
        cache_dir().join(self.name()).join("bzImage")
    }

    pub fn installed(self) -> bool {
        self.image().is_file()
    }
}

/// mmrun's kernel cache.
pub fn cache_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("MMRUN_KERNELS") {
        return PathBuf::from(d);
    }
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(|| PathBuf::from("/var/cache"));
    base.join("mmrun").join("kernels")
}

/// The project's shared kernel material: `$MMRUN_SHARED_KERNELS`, else a
/// `shared/kernels` beside this checkout or above the working directory.
pub fn shared_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("MMRUN_SHARED_KERNELS") {
        return Some(PathBuf::from(d));
    }
    let cwd = std::env::current_dir().ok()?;
    cwd.ancestors()
        .map(|a| a.join("shared").join("kernels"))
        .find(|d| d.is_dir())
        .or_else(|| {
            cwd.ancestors()
                .filter_map(Path::parent)
                .map(|a| a.join("shared").join("kernels"))
                .find(|d| d.is_dir())
        })
}

/// Put `kernel` in the cache (idempotent): the shared, ready-built image.
pub fn install(kernel: VmKernel) -> Result<PathBuf, String> {
    let target = kernel.image();
    if target.is_file() {
        return Ok(target);
    }
    let source = match kernel {
        VmKernel::V4_12 => shared_dir()
            .map(|d| d.join("linux-4.12").join("bzImage-4.12-norandfix"))
            .filter(|p| p.is_file())
            .ok_or_else(|| {
                "the v4.12 image (shared/kernels/linux-4.12/bzImage-4.12-norandfix) was not found; set MMRUN_SHARED_KERNELS to the shared kernels directory".to_string()
            })?,
    };
    let dir = target.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let partial = dir.join("bzImage.partial");
    std::fs::copy(&source, &partial).map_err(|e| format!("{}: {e}", source.display()))?;
    std::fs::rename(&partial, &target).map_err(|e| format!("{}: {e}", target.display()))?;
    Ok(target)
}

/// The qemu that runs the VMs, if installed.
pub fn qemu() -> Option<PathBuf> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|d| Path::new(d).join("qemu-system-x86_64"))
        .find(|p| p.is_file())
}
