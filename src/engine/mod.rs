//! The kernel model. Pure and deterministic: no I/O, no knowledge of syntax.
//!
//! Modules are named after the kernel files they mirror: [`mmap`] is
//! mm/mmap.c (with the x86-64 entry and allocators), [`mprotect`],
//! [`mremap`], [`mlock`] and [`util`] are their mm/ namesakes, [`open`] and
//! [`locks`] cover fs/, [`sys`] the rlimit calls of kernel/sys.c.
//! [`checks`] is the catalogue of every refusal.
//! Start reading at [`syscalls::Machine::syscall`].

pub mod checks;
pub mod checks_lts;
pub mod ctx;
pub mod fault;
pub mod fs;
pub mod ipc_util;
pub mod locks;
pub mod machine;
pub mod madvise;
pub mod memfd;
pub mod memory;
pub mod mincore;
pub mod mlock;
pub mod mm;
pub mod mmap;
pub mod mprotect;
pub mod mremap;
pub mod mseal;
pub mod msync;
pub mod open;
pub mod prctl;
pub mod proc;
pub mod profile;
pub mod refusal;
pub mod shm;
pub mod sys;
pub mod syscalls;
pub mod task;
pub mod trace;
pub mod util;
pub mod vma;
pub mod vma_tree;

pub use machine::{Kernel, Machine, MemoryConfig, Pid, ProcessSpec, Sysctls};
pub use refusal::{Check, Citation, Fact, Refusal, Where};
pub use syscalls::{Outcome, Syscall};
