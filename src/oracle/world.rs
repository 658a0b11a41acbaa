//! The scenario's machine as the oracle builds it: a description made from
//! the declarations (pure, no I/O), sent to the namespace holder
//! (`holder.rs`), which builds it inside its namespaces (`tree.rs`).

use super::Reason;
use crate::syntax::ast::Scenario;
use crate::syntax::decl::{Decl, FileAttrs, MountOptions};
use serde::{Deserialize, Serialize};

/// A mount's filesystem; ext4 is a fresh filesystem on a loop device
/// backed by a memfd.
pub use crate::uapi::Filesystem as FsKind;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct MountSpec {
    /// Normalised absolute path; "/" is the world's root.
    pub path: String,
    pub fs: FsKind,
    /// As the `mount` line says. `mand` is applied where the kernel has
    /// mandatory locks (the 4.12 guest); 6.18 ignores it (it only warns),
    /// so the host oracle does too.
    pub opts: MountOptions,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum NodeKind {
    File(FileAttrs),
    Dir { mode: u32, uid: u32, gid: u32 },
    CharDev { major: u32, minor: u32 },
    Fifo,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct NodeSpec {
    pub path: String,
    pub kind: NodeKind,
}

/// Everything the holder builds. `mounts[0]` is the root.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct WorldSpec {
    pub mounts: Vec<MountSpec>,
    pub nodes: Vec<NodeSpec>,
    /// The scenario's settings that belong to a namespace (the IPC
    /// namespace's kernel.shm*, the PID namespace's vm.memfd_noexec),
    /// which the holder writes in its own.
    #[serde(default)]
    pub ns_sysctls: Vec<(crate::uapi::Sysctl, u64)>,
}

/// The components of an absolute path, as the model normalises it (empty
/// and `.` components dropped); None for a path the host would read
/// differently (relative, with `..`).
pub fn components(path: &str) -> Option<Vec<&str>> {
    if !path.starts_with('/') {
        return None;
    }
    let parts: Vec<&str> = path
        .split('/')
        .filter(|c| !c.is_empty() && *c != ".")
        .collect();
    if parts.contains(&"..") {
        return None;
    }
    Some(parts)
}

fn normalised(path: &str) -> Option<String> {
    components(path).map(|c| format!("/{}", c.join("/")))
}

/// The world to build, or why this scenario's machine cannot be built here.
pub fn describe(scenario: &Scenario) -> Result<WorldSpec, Vec<Reason>> {
    let mut why = Vec::new();
    let mut mounts = vec![MountSpec {
        path: "/".into(),
        fs: FsKind::Ext4,
        opts: MountOptions::DEFAULT,
    }];
    let mut nodes = Vec::new();
    let mut ns_sysctls = Vec::new();
    let path_of = |p: &str, why: &mut Vec<Reason>| -> Option<String> {
        let n = normalised(p);
        if n.is_none() || p.contains('\0') {
            why.push(Reason::machine(format!(
                "the path `{p}` is not an absolute path without `..` and NUL, which the host would resolve differently"
            )));
        }
        n.filter(|_| !p.contains('\0'))
    };
    for decl in &scenario.declarations {
        match decl {
            Decl::Mount {
                path, fs, options, ..
            } => {
                let Some(p) = path_of(path, &mut why) else {
                    continue;
                };
                let m = MountSpec {
                    path: p,
                    fs: *fs,
                    opts: *options,
                };
                // A mount of `/` replaces the default root, as in the model.
                match mounts.iter_mut().find(|x| x.path == m.path) {
                    Some(slot) if m.path == "/" => *slot = m,
                    _ => mounts.push(m),
                }
            }
            Decl::File { path, attrs, .. } | Decl::Dir { path, attrs, .. } => {
                let Some(p) = path_of(path, &mut why) else {
                    continue;
                };
                let kind = if matches!(decl, Decl::Dir { .. }) {
                    NodeKind::Dir {
                        mode: attrs.mode,
                        uid: attrs.uid,
                        gid: attrs.gid,
                    }
                } else {
                    NodeKind::File(*attrs)
                };
                nodes.push(NodeSpec { path: p, kind });
            }
            Decl::Device { path, kind, .. } => {
                let Some(p) = path_of(path, &mut why) else {
                    continue;
                };
                let (major, minor) = kind.rdev();
                nodes.push(NodeSpec {
                    path: p,
                    kind: NodeKind::CharDev { major, minor },
                });
            }
            Decl::Fifo { path, .. } => {
                if let Some(p) = path_of(path, &mut why) {
                    nodes.push(NodeSpec {
                        path: p,
                        kind: NodeKind::Fifo,
                    });
                }
            }
            Decl::Sysctl { sysctl, value, .. } if sysctl.per_namespace() => {
                ns_sysctls.push((*sysctl, *value));
            }
            Decl::Memory { .. } | Decl::Sysctl { .. } => {}
        }
    }
    // Parents before children: a mount declared under another is mounted
    // after it, whatever the declaration order (the model takes the longest
    // mount-point prefix).
    mounts[1..].sort_by_key(|m| m.path.matches('/').count());
    if why.is_empty() {
        Ok(WorldSpec {
            mounts,
            nodes,
            ns_sysctls,
        })
    } else {
        Err(why)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_follow_the_models_normalisation() {
        assert_eq!(components("/a//b/./c/"), Some(vec!["a", "b", "c"]));
        assert_eq!(components("/"), Some(vec![]));
        assert_eq!(components("a/b"), None);
        assert_eq!(components("/a/../b"), None);
    }

    #[test]
    fn root_first_then_mounts_by_depth() {
        let s = crate::syntax::load(
            "t.mm",
            "mount /a/b tmpfs\nmount /a tmpfs noexec\nmount / tmpfs\nfile /a/b/f size=4K\n",
        )
        .unwrap();
        let w = describe(&s).unwrap();
        let paths: Vec<&str> = w.mounts.iter().map(|m| m.path.as_str()).collect();
        assert_eq!(paths, ["/", "/a", "/a/b"]);
        assert_eq!(w.mounts[0].fs, FsKind::Tmpfs);
        assert!(w.mounts[1].opts.noexec);
        assert_eq!(w.nodes.len(), 1);
    }

    #[test]
    fn dotdot_paths_are_refused() {
        let s = crate::syntax::load("t.mm", "file /a/../etc/passwd\n").unwrap();
        let why = describe(&s).unwrap_err();
        assert!(why[0].text.contains("`/a/../etc/passwd`"), "{why:?}");
    }
}
