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
    /// Debian 12's 6.1 LTS kernel (linux-image-6.1.0-N-cloud-amd64-unsigned).
    V6_1,
    /// Debian 12's backported 6.12 LTS kernel (Debian 13's series;
    /// linux-image-6.12.N+deb12-cloud-amd64-unsigned).
    V6_12,
}

impl VmKernel {
    pub const ALL: [VmKernel; 3] = [VmKernel::V4_12, VmKernel::V6_1, VmKernel::V6_12];

    pub fn name(self) -> &'static str {
        match self {
            VmKernel::V4_12 => "4.12",
            VmKernel::V6_1 => "6.1",
            VmKernel::V6_12 => "6.12",
        }
    }

    /// The Debian package, as a pattern for `apt-cache search --names-only`
    /// (the newest match is installed).
    fn debian_package(self) -> Option<&'static str> {
        match self {
            VmKernel::V4_12 => None,
            VmKernel::V6_1 => Some(r"^linux-image-6\.1\.0-[0-9]+-cloud-amd64-unsigned$"),
            VmKernel::V6_12 => Some(r"^linux-image-6\.12\.[0-9]+\+deb12-cloud-amd64-unsigned$"),
        }
    }

    /// The loop driver, where the kernel has it as a module (Debian's):
    /// the guest loads it for its ext4 filesystems.
    pub fn loop_module(self) -> PathBuf {
        cache_dir().join(self.name()).join("loop.ko")
    }

    /// What was installed (the package and its version), if recorded.
    pub fn installed_version(self) -> Option<String> {
        std::fs::read_to_string(cache_dir().join(self.name()).join("version"))
            .ok()
            .map(|v| v.trim().to_string())
    }

    pub fn parse(name: &str) -> Option<VmKernel> {
        VmKernel::ALL.into_iter().find(|k| k.name() == name)
    }

    /// The model profile this kernel judges.
    /// Whether the kernel can give each scenario a fresh SysV IPC
    /// namespace (CONFIG_IPC_NS). The 4.12 judge's config has no
    /// namespaces: there a scenario's segment ids depend on every segment
    /// made before it in the same boot.
    pub fn ipc_namespaces(self) -> bool {
        self != VmKernel::V4_12
    }

    pub fn profile(self) -> crate::engine::Kernel {
        match self {
            VmKernel::V4_12 => crate::engine::Kernel::V4_12,
            VmKernel::V6_1 => crate::engine::Kernel::V6_1,
            VmKernel::V6_12 => crate::engine::Kernel::V6_12,
        }
    }

    /// Where its image is kept (a bzImage, which qemu boots with -kernel).
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
    if let Some(pattern) = kernel.debian_package() {
        return install_debian(kernel, pattern, dir, progress);
    }
    let shared = shared_dir()
        .map(|d| d.join("linux-4.12"))
        .filter(|d| d.is_dir())
        .ok_or_else(|| {
            "the shared v4.12 material (shared/kernels/linux-4.12) was not found; set MMRUN_SHARED_KERNELS to the shared kernels directory".to_string()
        })?;
    let built = build_4_12(&shared, dir, progress);
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

/// Download the newest Debian package matching `pattern` (apt-get download
/// needs no root), and take from it the kernel image and the loop module
/// (decompressed: the guest loads it with init_module).
fn install_debian(
    kernel: VmKernel,
    pattern: &str,
    dir: &Path,
    progress: &mut dyn FnMut(&str),
) -> Result<PathBuf, String> {
    let output = |what: &str, cmd: &mut Command| -> Result<Vec<u8>, String> {
        let out = cmd
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("{what}: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "{what} failed: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
        Ok(out.stdout)
    };
    let found = output(
        "apt-cache search",
        Command::new("apt-cache").args(["search", "--names-only", pattern]),
    )?;
    let mut names: Vec<String> = String::from_utf8_lossy(&found)
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_string)
        .collect();
    // The newest: compare the version's numbers, not the text.
    names.sort_by_key(|n| {
        n.split(|c: char| !c.is_ascii_digit())
            .filter_map(|d| d.parse::<u64>().ok())
            .collect::<Vec<_>>()
    });
    let package = names.pop().ok_or_else(|| {
        format!("no package matches {pattern} (is Debian's package index there? apt-get update)")
    })?;
    progress(&format!("downloading {package}"));
    let work = dir.join("download");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).map_err(|e| format!("{}: {e}", work.display()))?;
    output(
        "apt-get download",
        Command::new("apt-get")
            .args(["download", &package])
            .current_dir(&work),
    )?;
    let deb = std::fs::read_dir(&work)
        .map_err(|e| e.to_string())?
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "deb"))
        .ok_or("apt-get download wrote no .deb")?;
    let tree = work.join("x");
    output(
        "dpkg-deb -x",
        Command::new("dpkg-deb").arg("-x").arg(&deb).arg(&tree),
    )?;
    let find = |under: &Path, name: &dyn Fn(&str) -> bool| -> Option<PathBuf> {
        let mut stack = vec![under.to_path_buf()];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).ok()?.flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.file_name().and_then(|n| n.to_str()).is_some_and(name) {
                    return Some(p);
                }
            }
        }
        None
    };
    let vmlinuz = find(&tree.join("boot"), &|n| n.starts_with("vmlinuz-"))
        .ok_or("the package has no boot/vmlinuz-*")?;
    let module = find(&tree.join("lib"), &|n| n == "loop.ko" || n == "loop.ko.xz")
        .ok_or("the package has no loop module")?;
    let ko = if module.extension().is_some_and(|e| e == "xz") {
        output("xz -dc", Command::new("xz").arg("-dc").arg(&module))?
    } else {
        std::fs::read(&module).map_err(|e| format!("{}: {e}", module.display()))?
    };
    std::fs::write(kernel.loop_module(), ko).map_err(|e| e.to_string())?;
    let version = deb
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or(package);
    std::fs::write(dir.join("version"), format!("{version}\n")).map_err(|e| e.to_string())?;
    let target = kernel.image();
    let partial = dir.join("bzImage.partial");
    std::fs::copy(&vmlinuz, &partial).map_err(|e| format!("{}: {e}", vmlinuz.display()))?;
    std::fs::rename(&partial, &target).map_err(|e| format!("{}: {e}", target.display()))?;
    let _ = std::fs::remove_dir_all(&work);
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
