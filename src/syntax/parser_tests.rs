//! Unit tests for the parser: every construct of the language page.

use super::ast::*;
use super::parser::parse;

fn ok(source: &str) -> Scenario {
    let (scenario, errors) = parse(source);
    assert!(errors.is_empty(), "{source:?}: {errors:#?}");
    scenario
}

fn stmts(source: &str) -> Vec<StmtKind> {
    ok(source)
        .blocks
        .into_iter()
        .flat_map(|b| b.stmts)
        .map(|s| s.kind)
        .collect()
}

/// The first call statement: its binding's name, the call, the expectation.
fn first_call(source: &str) -> (Option<String>, Call, Option<Expect>) {
    let scenario = ok(source);
    let vars = scenario.vars.clone();
    match scenario
        .blocks
        .into_iter()
        .flat_map(|b| b.stmts)
        .map(|s| s.kind)
        .next()
    {
        Some(StmtKind::Call { bind, call, expect }) => {
            (bind.map(|b| vars[b.value.index()].clone()), call, expect)
        }
        other => panic!("not a call: {other:?}"),
    }
}

/// Value of the first argument of `f(EXPR)`, with `$x` = 7.
fn value(expr: &str) -> u64 {
    let scenario = ok(&format!("f({expr})"));
    let x = scenario.vars.iter().position(|v| v == "x");
    let call = match &scenario.blocks[0].stmts[0].kind {
        StmtKind::Call { call, .. } => call,
        other => panic!("not a call: {other:?}"),
    };
    match &call.args[0] {
        Arg::Expr(e) => e
            .eval(&|v| (Some(v.index()) == x).then_some(7))
            .unwrap_or(u64::MAX - 1),
        other => panic!("not an expression: {other:?}"),
    }
}

#[test]
fn integers_and_precedence() {
    assert_eq!(value("4096"), 4096);
    assert_eq!(value("0x1000"), 0x1000);
    assert_eq!(value("0644"), 0o644);
    assert_eq!(value("16K"), 16384);
    assert_eq!(value("-1"), u64::MAX);
    assert_eq!(value("1 | 2 + 3 * 4"), 1 | 14);
    assert_eq!(value("(1 | 2) * 3"), 9);
    assert_eq!(value("8192*1024"), 8 << 20);
    assert_eq!(value("10 - 2 - 3"), 5);
    assert_eq!(value("0 - 1"), u64::MAX);
    assert_eq!(value("0xffffffffffffffff + 2"), 1);
    assert_eq!(value("- - 3"), 3);
    assert_eq!(value("$x * 2"), 14);
    assert_eq!(value("PROT_READ|PROT_WRITE"), 3);
    assert_eq!(value("MAP_HUGE_2MB"), 21 << 26);
}

#[test]
fn calls_bindings_and_expectations() {
    let (bind, call, expect) = first_call(
        "$a = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000",
    );
    assert_eq!(bind.as_deref(), Some("a"));
    assert_eq!(call.id, Some(CallId::Mmap));
    assert_eq!(call.args.len(), 6);
    assert!(matches!(
        expect,
        Some(Expect::Value(Expr {
            kind: ExprKind::Int(0x7fff_f7ff_e000),
            ..
        }))
    ));

    let (_, _, expect) = call_of("munmap(0, 1) = -1 EACCES (Permission denied)");
    match expect {
        Some(Expect::Error { errno, .. }) => assert_eq!(errno.value, "EACCES"),
        other => panic!("{other:?}"),
    }
    let (_, _, expect) = call_of("personality(READ_IMPLIES_EXEC) = 0 (PER_LINUX)");
    assert!(matches!(expect, Some(Expect::Value(_))));
    let (_, _, expect) = call_of("munmap(0, 1) = -1");
    assert!(matches!(
        expect,
        Some(Expect::Value(Expr {
            kind: ExprKind::Int(u64::MAX),
            ..
        }))
    ));
    // Constants are resolved and arithmetic on them done as they are
    // parsed; what depends on a variable is kept, with its spans.
    let (_, call, _) = call_of("mprotect($a + 2*4096, 4096, PROT_READ|PROT_WRITE)");
    match &call.args[2] {
        Arg::Expr(e) => {
            assert_eq!(e.kind, ExprKind::Int(3));
            assert_eq!(e.span, Span::new(28, 48));
        }
        other => panic!("{other:?}"),
    }
    match &call.args[0] {
        Arg::Expr(Expr {
            kind: ExprKind::Binary(b),
            ..
        }) if b.op == BinOp::Add => {
            let (lhs, rhs) = (&b.lhs, &b.rhs);
            // `$a`, the first variable named.
            assert_eq!(lhs.kind, ExprKind::Var(VarId(0)));
            assert_eq!(rhs.kind, ExprKind::Int(8192));
            assert_eq!(rhs.span, Span::new(14, 20));
        }
        other => panic!("{other:?}"),
    }
    let (_, call, _) = call_of("mmap(0, 1, NOT_A_CONSTANT, 0, 0, 0)");
    assert!(
        matches!(&call.args[2], Arg::Expr(Expr { kind: ExprKind::Name(n), .. }) if &**n == "NOT_A_CONSTANT")
    );
    let (_, call, _) = call_of("munlockall()");
    assert!(call.args.is_empty());
}

fn call_of(source: &str) -> (Option<String>, Call, Option<Expect>) {
    first_call(source)
}

#[test]
fn multi_line_arguments_strings_and_structs() {
    let (_, call, _) =
        first_call("mmap(NULL,   # address\n     4096,\n     PROT_READ, MAP_PRIVATE,\n  -1, 0)");
    assert_eq!(call.args.len(), 6);
    let (_, call, _) = first_call("open(\"/a \\\"b\\\"\\n\\t\\0\\\\\", O_RDONLY)");
    assert!(matches!(&call.args[0], Arg::Str(s) if s.value == "/a \"b\"\n\t\0\\"));
    let (_, call, _) = first_call(
        "fcntl(3, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=0}) = 0",
    );
    assert!(matches!(&call.args[2], Arg::Struct(s) if s.fields.len() == 4));
    let (_, call, _) = first_call(
        "prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0",
    );
    assert!(matches!(&call.args[3], Arg::Struct(s) if s.fields[0].0.value == "rlim_cur"));
}

#[test]
fn arch_line_with_cpu_features() {
    let s = ok("arch x86_64 la57\n");
    assert_eq!(s.arch.map(|k| k.value).as_deref(), Some("x86_64"));
    let features: Vec<String> = s.cpu_features.iter().map(|f| f.value.clone()).collect();
    assert_eq!(features, ["la57"]);
    assert!(ok("arch x86_64\n").cpu_features.is_empty());
}

#[test]
fn header_and_machine() {
    let s = ok(
        "kernel \"6.18\"\narch x86_64\nsysctl vm.overcommit_memory = 2\nmemory total=16G free=12G swap=0 hugepages=0\n\
                mount /huge hugetlbfs pagesize=2M,ro\nmount \"/mnt/x y\" tmpfs noexec nosuid\n\
                file /data/a size=16K mode=0644 owner=1000:100 append immutable\ndir /srv mode=0755 owner=7\n\
                device /dev/zero zero\nfifo /run/p # a pipe\n",
    );
    assert_eq!(s.kernel.map(|k| k.value).as_deref(), Some("6.18"));
    assert_eq!(s.arch.map(|k| k.value).as_deref(), Some("x86_64"));
    assert_eq!(s.machine.len(), 8);
    match &s.machine[2] {
        MachineDecl::Mount { options, .. } => {
            assert_eq!(options.len(), 2);
            assert_eq!(options[0].name.value, "pagesize");
            assert!(options[0].value.is_some());
        }
        other => panic!("{other:?}"),
    }
    match &s.machine[3] {
        MachineDecl::Mount { path, options, .. } => {
            assert_eq!(path.value, "/mnt/x y");
            assert_eq!(options.len(), 2);
        }
        other => panic!("{other:?}"),
    }
    match &s.machine[4] {
        MachineDecl::File { attrs, .. } => {
            assert_eq!(attrs.len(), 5);
            assert!(matches!(&attrs[2], Attr::Owner(_, Some(_), _)));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn processes_and_implicit_main_blocks() {
    let s = ok(
        "munmap(0, 1)\nmunmap(0, 2)\nprocess a uid=1000 gid=100 caps=CAP_IPC_LOCK|CAP_SYS_ADMIN {\n  munmap(0, 3)\n}\n\
                munmap(0, 4)\nprocess b caps=none { }\nprocess a {\n}\n",
    );
    let names: Vec<(&str, bool, usize)> = s
        .blocks
        .iter()
        .map(|b| (b.process.value.as_str(), b.implicit, b.stmts.len()))
        .collect();
    assert_eq!(
        names,
        [
            ("main", true, 2),
            ("a", false, 1),
            ("main", true, 1),
            ("b", false, 0),
            ("a", false, 0)
        ]
    );
    assert_eq!(s.blocks[1].caps.as_ref().map(Vec::len), Some(2));
    assert_eq!(s.blocks[3].caps, Some(Vec::new()));
}

#[test]
fn repeat_unrolls_with_its_counter() {
    let s = crate::syntax::load(
        "t.mm",
        "process a {\n    repeat 3 as $i: munmap(0x1000 + $i * 4096, 4096) = 0\n    repeat 2: read 0x1000\n}\n",
    )
    .expect("loads");
    let stmts = &s.blocks[0].stmts;
    assert_eq!(stmts.len(), 5);
    for (i, stmt) in stmts.iter().take(3).enumerate() {
        let StmtKind::Call { call, .. } = &stmt.kind else {
            panic!("{stmt:?}");
        };
        let Arg::Expr(e) = &call.args[0] else {
            panic!("{call:?}");
        };
        assert_eq!(e.eval(&|_| None), Ok(0x1000 + i as u64 * 4096));
    }
    assert!(matches!(stmts[4].kind, StmtKind::Touch { .. }));
    let errors = crate::syntax::load("t.mm", "process a {\n    repeat 4000000: read 0x1000\n}\n")
        .expect_err("too many");
    assert!(format!("{errors:?}").contains("mm::repeat-count"));
}

#[test]
fn repeat_blocks_unroll_in_order_with_nested_counters() {
    let src = "process a {\n    repeat 2 as $i {\n        munmap(0x1000 + $i * 0x10000, 4096) = 0\n        # a comment\n        repeat 3 as $j {\n            read 0x1000 + $i * 0x10000 + $j * 4096\n        }\n        repeat 1 as $i: munmap($i, 4096)\n    }\n}\n";
    let s = crate::syntax::load("t.mm", src).expect("loads");
    let stmts = &s.blocks[0].stmts;
    // Per $i: one munmap, three reads, one inner munmap.
    assert_eq!(stmts.len(), 10);
    let first_arg = |k: usize| -> u64 {
        match &stmts[k].kind {
            StmtKind::Call { call, .. } => match &call.args[0] {
                Arg::Expr(e) => e.eval(&|_| None).expect("constant"),
                other => panic!("{other:?}"),
            },
            StmtKind::Touch { addr, .. } => addr.eval(&|_| None).expect("constant"),
            other => panic!("{other:?}"),
        }
    };
    let got: Vec<u64> = (0..10).map(first_arg).collect();
    assert_eq!(
        got,
        vec![
            0x1000, 0x1000, 0x2000, 0x3000, 0, 0x11000, 0x11000, 0x12000, 0x13000, 0,
        ],
        "the inner `as $i` counts on its own"
    );
}

#[test]
fn nested_repeats_are_bounded_in_all() {
    // Repeats of nothing cost their repetitions: no unbounded loop.
    for src in [
        "process a {\n    repeat 100000 {\n        repeat 100000 {\n        }\n    }\n}\n",
        "process a {\n    repeat 1000 {\n        repeat 1000: read 0x1000\n    }\n}\n",
        "process a {\n    repeat 200000: read 0x1000\n    repeat 200000: read 0x1000\n}\n",
    ] {
        let errors = crate::syntax::load("t.mm", src).expect_err("too many");
        assert!(format!("{errors:?}").contains("mm::repeat-count"), "{src}");
    }
    let s = crate::syntax::load(
        "t.mm",
        "process a {\n    repeat 512 {\n        repeat 512: read 0x1000\n    }\n}\n",
    )
    .expect("at the limit");
    assert_eq!(s.blocks[0].stmts.len(), 1 << 18);
}

#[test]
fn a_bad_line_in_a_repeat_block_is_reported_once() {
    let errors = crate::syntax::load(
        "t.mm",
        "process a {\n    repeat 2 {\n        bogus line\n        read 0x1000\n    }\n    maps\n}\n",
    )
    .expect_err("a bad line");
    let text = format!("{errors:?}");
    assert_eq!(text.matches("message: ").count(), 1, "{text}");
    assert!(!text.contains("unmatched"), "{text}");
}

#[test]
fn reads_and_writes_of_memory() {
    use crate::uapi::{Access, SEGV_ACCERR, SIGBUS, SIGSEGV, TouchOutcome};
    let all = stmts(
        "read $a\nwrite $a + 4096 8192 = ok\nwrite $a = SIGSEGV SEGV_ACCERR\nread 0x1000 = SIGBUS\nread(3, 0, 4)\n",
    );
    assert!(matches!(
        &all[0],
        StmtKind::Touch {
            access: Access::Read,
            len: None,
            expect: None,
            ..
        }
    ));
    assert!(matches!(
        &all[1],
        StmtKind::Touch { access: Access::Write, len: Some(_), expect: Some(e), .. } if e.value == TouchOutcome::Ok
    ));
    assert!(matches!(
        &all[2],
        StmtKind::Touch { expect: Some(e), .. }
            if e.value == TouchOutcome::Signal { signo: SIGSEGV, code: Some(SEGV_ACCERR) }
    ));
    assert!(matches!(
        &all[3],
        StmtKind::Touch { expect: Some(e), .. }
            if e.value == TouchOutcome::Signal { signo: SIGBUS, code: None }
    ));
    // `read(` is the system call's name, not the statement.
    assert!(matches!(&all[4], StmtKind::Call { .. }));
    let (_, errors) = parse("process a {\n    write $a = SIGBUS SEGV_MAPERR\n}\n");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0]
            .help
            .as_deref()
            .is_some_and(|h| h.contains("SEGV_PKUERR"))
    );
}

#[test]
fn smaps_is_a_statement_and_smapsx_is_not() {
    let all = stmts("smaps\nmaps\n");
    assert!(matches!(&all[0], StmtKind::Smaps { expect: None }));
    assert!(matches!(&all[1], StmtKind::Maps { expect: None }));
    let (_, errors) = parse("process a {\n    smapsx\n}\n");
    assert!(!errors.is_empty(), "`smapsx` parsed as a statement");
}

#[test]
fn maps_forms() {
    let source = "maps\nmaps { }\nmaps {\n    7ffff7ffd000-7ffff7ffe000 rw-p 00000000 /data/ro.bin\n    \
                  7ffff7ffe000-7ffff7fff000 r--p\n    \
                  7ffff7dd3000-7ffff7dfc000 r-xp 00000000 08:01 1311130                    /lib/x86_64-linux-gnu/ld-2.27.so   \n    \
                  7ffff7ff7000-7ffff7ffa000 rw-s 00000000 00:05 12                         /dev/zero (deleted)\n    \
                  555555756000-555555777000 rw-p 00000000 00:00 0                          [heap]\n    \
                  7ffff7ffa000-7ffff7ffc000 r--p 00000000 00:00 0 \n}\n";
    let all = stmts(source);
    assert!(matches!(&all[0], StmtKind::Maps { expect: None }));
    assert!(matches!(&all[1], StmtKind::Maps { expect: Some(lines) } if lines.value.is_empty()));
    let StmtKind::Maps {
        expect: Some(lines),
    } = &all[2]
    else {
        panic!("{:?}", all[2]);
    };
    let lines = &lines.value;
    assert_eq!(lines.len(), 6);
    assert_eq!(
        (lines[0].start, lines[0].end, lines[0].offset),
        (0x7fff_f7ff_d000, 0x7fff_f7ff_e000, Some(0))
    );
    assert_eq!(lines[0].name.as_deref(), Some("/data/ro.bin"));
    assert_eq!((lines[1].perms.as_str(), lines[1].offset), ("r--p", None));
    assert_eq!(
        (lines[2].dev, lines[2].inode),
        (Some((8, 1)), Some(1_311_130))
    );
    assert_eq!(
        lines[2].name.as_deref(),
        Some("/lib/x86_64-linux-gnu/ld-2.27.so")
    );
    assert_eq!(lines[3].name.as_deref(), Some("/dev/zero (deleted)"));
    assert_eq!(lines[4].name.as_deref(), Some("[heap]"));
    assert_eq!((lines[5].inode, lines[5].name.as_deref()), (Some(0), None));
}

#[test]
fn status_and_rlimit_forms() {
    let all = stmts(
        "status\nstatus { VmLck: 64 kB  MapCount: 2 }\nstatus {\n  VmSize: 8 kB\n  Committed_AS: 12\n}\n\
                     rlimit RLIMIT_MEMLOCK 64K\nrlimit RLIMIT_STACK unlimited 16M\n",
    );
    assert!(matches!(&all[0], StmtKind::Status { expect: None }));
    assert!(
        matches!(&all[1], StmtKind::Status { expect: Some(f) } if f.value.len() == 2 && f.value[0].value == 64)
    );
    assert!(
        matches!(&all[2], StmtKind::Status { expect: Some(f) } if f.value[1].name.value == "Committed_AS")
    );
    assert!(matches!(&all[3], StmtKind::Rlimit { hard: None, .. }));
    match &all[4] {
        StmtKind::Rlimit {
            soft,
            hard: Some(_),
            ..
        } => {
            assert_eq!(soft.kind, ExprKind::Int(u64::MAX))
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn comments_blank_lines_and_crlf() {
    let s = ok("# header\r\n\r\nkernel \"4.12\"  # trailing\r\nmunmap(0, 4096) = 0\r\n   \n");
    assert_eq!(s.blocks.len(), 1);
}

#[test]
fn spans_point_at_the_text() {
    let source = "munmap(0x1000, 4096) = -1 EINVAL";
    let (_, call, expect) = first_call(source);
    assert_eq!(&source[call.name.start()..call.name.end()], "munmap");
    assert_eq!(
        &source[call.args[0].span().start()..call.args[0].span().end()],
        "0x1000"
    );
    let span = expect.map(|e| e.span()).unwrap_or_default();
    assert_eq!(&source[span.start()..span.end()], "-1 EINVAL");
}

#[test]
fn smaps_block_reads_lines_and_fields() {
    let src = "smaps {\n  1000-2000 rw-p 00000000 00:00 0\n  Rss:   8 kB\n  VmFlags: rd wr \n  THPeligible:    0\n  ProtectionKey: x\n}\n";
    let (scenario, errors) = parse(src);
    assert!(errors.is_empty(), "{errors:?}");
    let StmtKind::Smaps { expect: Some(e) } = &scenario.blocks[0].stmts[0].kind else {
        panic!("{:?}", scenario.blocks[0].stmts[0].kind);
    };
    assert_eq!(e.value.len(), 1);
    let vma = &e.value[0];
    assert_eq!((vma.line.start, vma.line.end), (0x1000, 0x2000));
    let values: Vec<_> = vma
        .fields
        .iter()
        .map(|f| (f.name.value.as_str(), &f.value))
        .collect();
    assert_eq!(
        values,
        vec![
            ("Rss", &SmapsValue::Number(8)),
            (
                "VmFlags",
                &SmapsValue::Flags(vec!["rd".into(), "wr".into()])
            ),
            ("THPeligible", &SmapsValue::Number(0)),
            ("ProtectionKey", &SmapsValue::Text("x".into())),
        ]
    );
}
