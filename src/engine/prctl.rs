//! kernel/sys.c prctl, for the options that concern memory: PR_SET_MDWE
//! and PR_GET_MDWE (memory-deny-write-execute, 6.3+). Before 6.3 they are
//! options prctl does not know (EINVAL from its switch's default). Other
//! options are not modelled.

use super::checks;
use super::ctx::Ctx;
use super::refusal::{Fact, KResult, Refusal, refuse};
use super::vma::*;
use crate::uapi::*;

/// prctl (4.12 kernel/sys.c:2096-2303; 6.12 the same switch).
pub fn sys_prctl(cx: &mut Ctx, option: u64, args: [u64; 4]) -> KResult<u64> {
    // `int option`: the upper half of the register is not part of it.
    let option = option & 0xffff_ffff;
    let known = cx.world.profile().mdwe;
    match option {
        PR_SET_MDWE if known => prctl_set_mdwe(cx, args),
        PR_GET_MDWE if known => prctl_get_mdwe(cx, args),
        // kernel/sys.c:2298: an option this kernel does not know.
        PR_SET_MDWE | PR_GET_MDWE => {
            Err(Refusal::new(&checks::PRCTL_UNKNOWN_OPTION).with("option", Fact::Dec(option)))
        }
        // 5.17+: prctl_set_vma, which is `return -EINVAL` without
        // CONFIG_ANON_VMA_NAME: no modelled build has it (Debian's 6.1 and
        // 6.12, the 6.18 host).
        PR_SET_VMA if cx.world.profile().pr_set_vma => {
            Err(Refusal::new(&checks::PRCTL_SET_VMA_NO_NAMES).with("option", Fact::Hex(option)))
        }
        PR_SET_VMA => {
            Err(Refusal::new(&checks::PRCTL_UNKNOWN_OPTION).with("option", Fact::Dec(option)))
        }
        _ => Err(Refusal::new(&checks::NOT_MODELLED).with("call", Fact::Text("prctl"))),
    }
}

/// prctl_set_mdwe (6.12 kernel/sys.c).
fn prctl_set_mdwe(cx: &mut Ctx, [bits, a3, a4, a5]: [u64; 4]) -> KResult<u64> {
    if a3 != 0 || a4 != 0 || a5 != 0 {
        return refuse(&checks::MDWE_SET_ARGS);
    }
    if bits & !(PR_MDWE_REFUSE_EXEC_GAIN | PR_MDWE_NO_INHERIT) != 0 {
        return Err(Refusal::new(&checks::MDWE_SET_BITS).with("bits", Fact::Hex(bits)));
    }
    if bits & PR_MDWE_NO_INHERIT != 0 && bits & PR_MDWE_REFUSE_EXEC_GAIN == 0 {
        return refuse(&checks::MDWE_NO_INHERIT_ALONE);
    }
    // x86 supports MDWE (the generic arch_memory_deny_write_exec_supported).
    let current = cx.task.mm.mdwe;
    if current != 0 && current != bits {
        return Err(Refusal::new(&checks::MDWE_CANNOT_UNSET)
            .with("current", Fact::Hex(current))
            .with("bits", Fact::Hex(bits)));
    }
    cx.task.mm.mdwe = bits;
    cx.trace.value("prctl_set_mdwe", "MDWE bits now", bits);
    Ok(0)
}

/// prctl_get_mdwe (6.12 kernel/sys.c).
fn prctl_get_mdwe(cx: &mut Ctx, [a2, a3, a4, a5]: [u64; 4]) -> KResult<u64> {
    if a2 != 0 || a3 != 0 || a4 != 0 || a5 != 0 {
        return refuse(&checks::MDWE_GET_ARGS);
    }
    Ok(cx.task.mm.mdwe)
}

/// map_deny_write_exec (6.12 include/linux/mman.h): under MDWE a mapping
/// may not become writable and executable, nor gain VM_EXEC.
pub fn map_deny_write_exec(cx: &Ctx, old: u64, new: u64) -> bool {
    cx.task.mm.mdwe & PR_MDWE_REFUSE_EXEC_GAIN != 0
        && new & VM_EXEC != 0
        && (new & VM_WRITE != 0 || old & VM_EXEC == 0)
}
