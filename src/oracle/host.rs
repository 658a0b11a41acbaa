//! What this machine is, as far as a scenario's answers depend on it: its
//! sysctls, its memory, its CPU's protection keys, the capabilities mmrun
//! itself holds, its own hard rlimits. Read once per run from /proc; the model then runs with the
//! host's sysctls and memory wherever the scenario declares none, so that
//! both sides answer the same question.

use crate::engine::{MemoryConfig, Sysctls};
use crate::runner::world::MachineDefaults;
use crate::uapi::Sysctl;
use crate::uapi::{self, RLIM_NLIMITS};

#[derive(Clone, Debug)]
pub struct HostFacts {
    pub sysctls: Sysctls,
    pub memory: MemoryConfig,
    /// The capability bounding set (a container may withhold some).
    pub bounding: u64,
    /// mmrun's own effective capabilities.
    pub effective: u64,
    /// mmrun's own hard limits: without CAP_SYS_RESOURCE, no probe can
    /// start above them.
    pub hard: [u64; RLIM_NLIMITS],
    /// The CPU's protection keys are on (the `ospke` flag).
    pub pku: bool,
    /// The CPU has LA57 and the kernel runs 5-level paging (the `la57`
    /// flag of /proc/cpuinfo, which a kernel in 4-level mode clears).
    pub la57: bool,
    /// The oracle may set the scenario's sysctls (in a VM, which is the
    /// scenario's machine; never on the host).
    pub sysctls_settable: bool,
    /// The kernel's RSS counters in /proc/PID/status are exact (6.2+
    /// percpu counters summed, or a kernel without SMP); 6.1's lag by up
    /// to 64 faults per task (SPLIT_RSS_COUNTING) and are not compared.
    pub rss_exact: bool,
    /// fs.nr_open: no RLIMIT_NOFILE may exceed it (the language's default
    /// is unlimited, which no kernel grants).
    pub nr_open: u64,
}

fn read_u64(path: &str) -> Option<u64> {
    std::fs::read_to_string(path).ok()?.trim().parse().ok()
}

/// A `Name:   value` line of a /proc file.
pub fn field<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    text.lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(':'))
        .map(str::trim)
}

/// A `Name:  N kB` field, in bytes.
pub fn kb_field(text: &str, name: &str) -> Option<u64> {
    let v = field(text, name)?;
    v.trim_end_matches("kB")
        .trim()
        .parse::<u64>()
        .ok()
        .map(|k| k << 10)
}

fn hex_field(text: &str, name: &str) -> Option<u64> {
    u64::from_str_radix(field(text, name)?, 16).ok()
}

impl HostFacts {
    pub fn read() -> HostFacts {
        let mut sysctls = Sysctls::defaults(&MemoryConfig::default());
        // The IPC ones are the defaults of the fresh namespace the oracle
        // runs in, whatever this one has.
        for sysctl in Sysctl::ALL.into_iter().filter(|s| !s.per_ipc_namespace()) {
            if let Some(v) = read_u64(&sysctl.path()) {
                *sysctls.slot_mut(sysctl) = v;
            }
        }
        let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
        let huge_2m = kb_field(&meminfo, "Hugepagesize") == Some(2 << 20);
        let memory = MemoryConfig {
            total: kb_field(&meminfo, "MemTotal").unwrap_or(0),
            free: kb_field(&meminfo, "MemFree").unwrap_or(0),
            swap: kb_field(&meminfo, "SwapTotal").unwrap_or(0),
            hugepages: if huge_2m {
                field(&meminfo, "HugePages_Free")
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(0)
            } else {
                0
            },
        };
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        let all = crate::engine::task::ALL_CAPS;
        let mut hard = [libc::RLIM_INFINITY; RLIM_NLIMITS];
        for (r, slot) in hard.iter_mut().enumerate() {
            let mut cur = libc::rlimit64 {
                rlim_cur: 0,
                rlim_max: 0,
            };
            // SAFETY: getrlimit64 writes one rlimit64 into `cur`.
            if unsafe { libc::getrlimit64(r as _, &mut cur) } == 0 {
                *slot = cur.rlim_max;
            }
        }
        let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let pku = cpuinfo
            .lines()
            .find_map(|l| l.strip_prefix("flags"))
            .is_some_and(|f| f.split_whitespace().any(|w| w == "ospke"));
        let la57 = cpuinfo
            .lines()
            .find_map(|l| l.strip_prefix("flags"))
            .is_some_and(|f| f.split_whitespace().any(|w| w == "la57"));
        HostFacts {
            pku,
            la57,
            sysctls,
            memory,
            bounding: hex_field(&status, "CapBnd").unwrap_or(all),
            effective: hex_field(&status, "CapEff").unwrap_or(all),
            hard,
            sysctls_settable: false,
            rss_exact: true,
            nr_open: read_u64("/proc/sys/fs/nr_open").unwrap_or(1 << 20),
        }
    }

    /// The machine the model starts from under the oracle.
    pub fn model_defaults(&self) -> MachineDefaults {
        MachineDefaults {
            memory: self.memory,
            sysctls: Some(self.sysctls),
            pku: self.pku,
            la57: self.la57,
        }
    }

    /// Whether mmrun may raise hard limits (set a probe's above its own).
    pub fn can_raise_limits(&self) -> bool {
        self.effective & (1 << uapi::CAP_SYS_RESOURCE) != 0
    }
}

/// Capability names for a set, `CAP_A|CAP_B`.
pub fn cap_names(set: u64) -> String {
    (0..=uapi::CAP_LAST_CAP)
        .filter(|b| set & (1 << b) != 0)
        .filter_map(|b| uapi::CAP_NAMES.get(b as usize).copied())
        .collect::<Vec<_>>()
        .join("|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proc_fields() {
        let t =
            "MemTotal:       24731400 kB\nCapBnd:\t000001fffeffffff\nHugePages_Free:        3\n";
        assert_eq!(kb_field(t, "MemTotal"), Some(24731400 << 10));
        assert_eq!(hex_field(t, "CapBnd"), Some(0x1fffeffffff));
        assert_eq!(field(t, "HugePages_Free"), Some("3"));
        assert_eq!(field(t, "Mem"), None);
        assert_eq!(
            cap_names(1 << 24 | 1 << 14),
            "CAP_IPC_LOCK|CAP_SYS_RESOURCE"
        );
    }
}
