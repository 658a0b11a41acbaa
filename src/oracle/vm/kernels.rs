//! The kernels the VM oracle boots, kept in mmrun's cache directory
//! (`$MMRUN_KERNELS`, else `$XDG_CACHE_HOME/mmrun/kernels`, else
//! `~/.cache/mmrun/kernels`). `mmrun kernels install` puts them there;
//! `mmrun kernels list` says what is ready.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

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

/// What the oracle's 4.12 adds to the shared config: ext4 on loop devices
/// (the world's root and ext4 mounts, FS flags, mandatory locks) and
/// protection keys (pkey_mprotect exists only with ARCH_HAS_PKEYS,
/// mm/mprotect.c:503; with a CPU without PKU its keys are refused as on
/// any such machine). Everything else is the shared config.
pub const V4_12_EXTRA_CONFIG: [&str; 6] = [
    "BLOCK",
    "BLK_DEV",
    "BLK_DEV_LOOP",
    "EXT4_FS",
    "EXT4_USE_FOR_EXT2",
    "X86_INTEL_MEMORY_PROTECTION_KEYS",
];

/// Put `kernel` in the cache (idempotent). 4.12 is built from the shared
/// pruned source, config and norandfix patch with [`V4_12_EXTRA_CONFIG`];
/// where it cannot be built, the shared ready-built image (without ext4) is
/// used. `progress` hears what is being done.
pub fn install(kernel: VmKernel, progress: &mut dyn FnMut(&str)) -> Result<PathBuf, String> {
    let target = kernel.image();
    if target.is_file() {
        return Ok(target);
    }
    let dir = target.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let shared = shared_dir()
        .map(|d| d.join("linux-4.12"))
        .filter(|d| d.is_dir())
        .ok_or_else(|| {
            "the shared v4.12 material (shared/kernels/linux-4.12) was not found; set MMRUN_SHARED_KERNELS to the shared kernels directory".to_string()
        })?;
    let built = match kernel {
        VmKernel::V4_12 => build_4_12(&shared, dir, progress),
    };
    let source = match built {
        Ok(image) => image,
        Err(e) => {
            progress(&format!(
                "building 4.12 failed ({e}); using the shared image, which has no ext4: scenarios with ext4 mounts or FS flags will not be runnable"
            ));
            let image = shared.join("bzImage-4.12-norandfix");
            if !image.is_file() {
                return Err(format!("{} is missing", image.display()));
            }
            image
        }
    };
    let partial = dir.join("bzImage.partial");
    std::fs::copy(&source, &partial).map_err(|e| format!("{}: {e}", source.display()))?;
    std::fs::rename(&partial, &target).map_err(|e| format!("{}: {e}", target.display()))?;
    let _ = std::fs::remove_dir_all(dir.join("build"));
    Ok(target)
}

/// Build v4.12 as ../shared/kernels/linux-4.12/README.md says, plus
/// [`V4_12_EXTRA_CONFIG`], under `dir/build`.
fn build_4_12(
    shared: &Path,
    dir: &Path,
    progress: &mut dyn FnMut(&str),
) -> Result<PathBuf, String> {
    let build = dir.join("build");
    let _ = std::fs::remove_dir_all(&build);
    std::fs::create_dir_all(&build).map_err(|e| format!("{}: {e}", build.display()))?;
    let tree = build.join("linux-4.12");
    let run = |what: &str, cmd: &mut Command| -> Result<(), String> {
        let out = cmd
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("{what}: {e}"))?;
        if out.status.success() {
            return Ok(());
        }
        let err = String::from_utf8_lossy(&out.stderr);
        let tail: Vec<&str> = err.lines().rev().take(8).collect();
        Err(format!(
            "{what} failed: {}",
            tail.into_iter().rev().collect::<Vec<_>>().join("\n")
        ))
    };
    progress("unpacking the pruned v4.12 source");
    run(
        "tar",
        Command::new("tar")
            .arg("-xJf")
            .arg(shared.join("linux-4.12-pruned.tar.xz"))
            .arg("-C")
            .arg(&build),
    )?;
    run(
        "patch",
        Command::new("patch")
            .args(["-p1", "-i"])
            .arg(shared.join("norandfix.patch"))
            .current_dir(&tree),
    )?;
    std::fs::copy(shared.join("config"), tree.join(".config"))
        .map_err(|e| format!("the config: {e}"))?;
    let mut config = Command::new("./scripts/config");
    for option in V4_12_EXTRA_CONFIG {
        config.args(["--enable", option]);
    }
    run("scripts/config", config.current_dir(&tree))?;
    run(
        "make olddefconfig",
        Command::new("make")
            .args(["ARCH=x86_64", "olddefconfig"])
            .current_dir(&tree),
    )?;
    let jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    progress(&format!(
        "building v4.12 with {jobs} jobs (about a minute or two)"
    ));
    run(
        "make bzImage",
        Command::new("make")
            .args([
                "ARCH=x86_64",
                &format!("-j{jobs}"),
                "HOSTCFLAGS=-fcommon",
                "bzImage",
            ])
            .current_dir(&tree),
    )?;
    Ok(tree.join("arch/x86/boot/bzImage"))
}

/// The qemu that runs the VMs, if installed.
pub fn qemu() -> Option<PathBuf> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|d| Path::new(d).join("qemu-system-x86_64"))
        .find(|p| p.is_file())
}
