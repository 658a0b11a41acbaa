//! kernel/sys.c: prlimit64 and setrlimit, both ending in do_prlimit. A
//! call may name another process, so this works on the machine, not on the
//! calling task alone.

use super::checks;
use super::machine::{FIRST_PID, Machine, Pid};
use super::refusal::{Fact, KResult, Refusal, refuse};
use super::task::{Rlimit, Task};
use super::trace::Trace;
use crate::uapi::*;

/// fs.nr_open's default (fs/file.c: sysctl_nr_open = 1024 * 1024).
const NR_OPEN: u64 = 1 << 20;

impl Machine {
    /// prlimit64 (4.12 kernel/sys.c:1456-1501; 6.18 the same order), and
    /// setrlimit as `pid` 0 (kernel/sys.c:1503-1510: do_prlimit on current).
    /// The copy of the new limit (EFAULT, :1469-1474) comes first in the
    /// kernel; the language has no bad pointers, so it never fails here.
    pub(super) fn sys_prlimit64(
        &mut self,
        caller: Pid,
        pid: u64,
        resource: u64,
        new: Option<(u64, u64)>,
        trace: &mut Trace,
    ) -> KResult<u64> {
        // resource is an unsigned int (SYSCALL_DEFINE4(prlimit64, ...),
        // SYSCALL_DEFINE2(setrlimit, ...)): only its low 32 bits count.
        let resource = u64::from(resource as u32);
        // :1477-1481: pid is a pid_t, so only its low 32 bits count; 0 is the caller.
        let target = match pid as u32 as i32 {
            0 => caller,
            p => self.find_task_by_vpid(p).ok_or_else(|| {
                Refusal::new(&checks::PRLIMIT_BAD_PID).with("pid", Fact::Int(i64::from(p)))
            })?,
        };
        if target != caller {
            check_prlimit_permission(&self.tasks[caller], &self.tasks[target])?;
            trace.value(
                "prlimit64",
                "acting on the limits of pid",
                u64::from(self.tasks[target].pid),
            );
        }
        if let Some(limit) = do_prlimit(&self.tasks[caller], &self.tasks[target], resource, new)? {
            self.tasks[target].rlim[resource as usize] = limit;
            trace.step(
                "do_prlimit",
                "limit set (a stack limit set now does not move mmap_base)",
            );
        }
        Ok(0)
    }

    /// find_task_by_vpid: pids are FIRST_PID + index, and a process exists
    /// from its first call (when it is exec'd) on.
    fn find_task_by_vpid(&self, pid: i32) -> Option<Pid> {
        let index = usize::try_from(i64::from(pid) - i64::from(FIRST_PID)).ok()?;
        self.tasks.get(index).filter(|t| t.execd).map(|_| index)
    }
}

/// check_prlimit_permission (4.12 kernel/sys.c:1434-1454): another process's
/// limits are open to a caller whose uid and gid equal all of the target's
/// (real, effective, saved: one of each in the model), or to CAP_SYS_RESOURCE.
fn check_prlimit_permission(caller: &Task, target: &Task) -> KResult<()> {
    let id_match = caller.uid == target.uid && caller.gid == target.gid;
    if !id_match && !caller.capable(CAP_SYS_RESOURCE) {
        return Err(Refusal::new(&checks::PRLIMIT_PERMISSION)
            .with("pid", Fact::Dec(u64::from(target.pid)))
            .with("uid", Fact::Dec(u64::from(caller.uid)))
            .with("gid", Fact::Dec(u64::from(caller.gid)))
            .with("tuid", Fact::Dec(u64::from(target.uid)))
            .with("tgid", Fact::Dec(u64::from(target.gid))));
    }
    Ok(())
}

/// do_prlimit (4.12 kernel/sys.c:1367-1431) on `target`: the limit to
/// store, if one was given. Raising a hard limit asks
/// capable(CAP_SYS_RESOURCE) of the caller, whoever the target is.
fn do_prlimit(
    caller: &Task,
    target: &Task,
    resource: u64,
    new: Option<(u64, u64)>,
) -> KResult<Option<Rlimit>> {
    // :1373
    if resource >= RLIM_NLIMITS as u64 {
        return Err(
            Refusal::new(&checks::RLIMIT_BAD_RESOURCE).with("resource", Fact::Dec(resource))
        );
    }
    let Some((cur, max)) = new else {
        return Ok(None);
    };
    // :1376
    if cur > max {
        return refuse(&checks::RLIMIT_CUR_ABOVE_MAX);
    }
    // :1378
    if resource == RLIMIT_NOFILE && max > NR_OPEN {
        return refuse(&checks::RLIMIT_NOFILE_MAX);
    }
    // :1395
    if max > target.rlim[resource as usize].max && !caller.capable(CAP_SYS_RESOURCE) {
        return refuse(&checks::RLIMIT_RAISE_MAX);
    }
    Ok(Some(Rlimit { cur, max }))
}
