//! Name resolution and validation after parsing: everything that makes a
//! well-formed file meaningless (unknown names, wrong arity, unbound
//! variables, conflicting declarations). Never panics; returns every error.

use rustc_hash::FxHashMap as HashMap;
use std::cell::OnceCell;

use super::ast::*;
use super::constants::{self, nearest};
use super::decl::*;
use super::error::{SyntaxError, code};
use crate::uapi;
use crate::uapi::calls::{CALLS, ParamKind};

/// The kernel versions a header may name.
pub const KERNELS: &[&str] = &crate::uapi::Kernel::NAMES;
pub const ARCHES: &[&str] = &["x86_64"];
/// The CPU features an `arch` line may name: `la57`, 5-level paging.
pub const CPU_FEATURES: &[&str] = &["la57"];
pub const STATUS_FIELDS: &[&str] = &uapi::STATUS_FIELDS;

/// The typed machine declarations of `scenario` and every semantic error
/// in it (the declarations mean something only without errors); `source`
/// is used for line numbers in hints.
pub fn check(scenario: &Scenario, source: &str) -> (Vec<Decl>, Vec<SyntaxError>) {
    let mut checker = Checker {
        source,
        decls: Vec::new(),
        errors: Vec::new(),
        bound: vec![false; scenario.vars.len()],
        binders: OnceCell::new(),
        scenario,
        vars: &scenario.vars,
        line_breaks: OnceCell::new(),
        repeat_total: 0,
        repeat_depth: 0,
    };
    checker.header(scenario);
    checker.machine(&scenario.machine);
    for block in &scenario.blocks {
        checker.block(block);
    }
    (checker.decls, checker.errors)
}

struct Checker<'s> {
    source: &'s str,
    /// The machine declarations, typed.
    decls: Vec<Decl>,
    errors: Vec<SyntaxError>,
    /// Variables bound by statements checked so far (file order = execution
    /// order), by VarId.
    bound: Vec<bool>,
    /// Where each variable is first bound, for "bound later" hints: found
    /// only when an unbound variable needs the hint.
    binders: OnceCell<HashMap<VarId, Span>>,
    scenario: &'s Scenario,
    /// The variables' names.
    vars: &'s [String],
    /// Offsets of the source's line breaks, built on first use.
    line_breaks: OnceCell<Vec<usize>>,
    /// What the outermost repeats checked so far unroll into (see
    /// [`repeat_cost`]); past MAX_REPEAT the file is refused.
    repeat_total: u64,
    /// How deep inside repeat blocks the statement being checked is.
    repeat_depth: usize,
}

/// What a statement costs to unroll: one for a plain statement; for a
/// repeat, its count times its body's cost (at least one per repetition,
/// so that repeats of nothing are bounded too), saturating.
fn repeat_cost(stmt: &Stmt) -> u64 {
    match &stmt.kind {
        StmtKind::Repeat { count, body, .. } => {
            let each: u64 = body.iter().map(repeat_cost).fold(0, u64::saturating_add);
            count
                .eval(&|_| None)
                .unwrap_or(0)
                .saturating_mul(each.max(1))
        }
        _ => 1,
    }
}

/// The first binding statement of every variable.
fn binding_sites(scenario: &Scenario) -> HashMap<VarId, Span> {
    let mut sites = HashMap::default();
    for stmt in scenario.blocks.iter().flat_map(|b| &b.stmts) {
        if let StmtKind::Call {
            bind: Some(var), ..
        } = &stmt.kind
        {
            sites.entry(var.value).or_insert(var.span);
        }
    }
    sites
}

fn one_of(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    format!("known: {}", quoted.join(", "))
}

impl Checker<'_> {
    /// The 1-based line of `span.start`. The line breaks are indexed once,
    /// so a file with many such errors is not scanned once per error.
    fn line_of(&self, span: Span) -> usize {
        let end = span.start().min(self.source.len());
        let breaks = self.line_breaks.get_or_init(|| {
            self.source
                .bytes()
                .enumerate()
                .filter_map(|(i, b)| (b == b'\n').then_some(i))
                .collect()
        });
        breaks.partition_point(|&i| i < end) + 1
    }

    /// An error for `name` not being one of `known`, with a typo hint or the list.
    fn unknown(&mut self, code: &'static str, what: &str, name: &Spanned<String>, known: &[&str]) {
        let error = SyntaxError::new(code, name.span, format!("unknown {what} `{}`", name.value))
            .label(format!("not a known {what}"));
        let error = match nearest(&name.value, known.iter().copied()) {
            Some(near) => error.hint(Some(near)),
            None => error.help(one_of(known)),
        };
        self.errors.push(error);
    }

    fn header(&mut self, scenario: &Scenario) {
        if let Some(kernel) = &scenario.kernel
            && !KERNELS.contains(&kernel.value.as_str())
        {
            self.unknown(code::UNKNOWN_KERNEL, "kernel version", kernel, KERNELS);
        }
        if let Some(arch) = &scenario.arch
            && !ARCHES.contains(&arch.value.as_str())
        {
            self.unknown(code::UNKNOWN_ARCH, "architecture", arch, ARCHES);
        }
        for feature in &scenario.cpu_features {
            if !CPU_FEATURES.contains(&feature.value.as_str()) {
                self.unknown(code::UNKNOWN_ARCH, "CPU feature", feature, CPU_FEATURES);
            }
        }
    }

    // ---- machine ---------------------------------------------------------------

    fn machine(&mut self, decls: &[MachineDecl]) {
        // path → (is a directory, where declared)
        let mut nodes: HashMap<String, (bool, Span)> = HashMap::default();
        let mut mounts: HashMap<String, Span> = HashMap::default();
        for decl in decls {
            match decl {
                MachineDecl::Sysctl { name, value, span } => {
                    self.machine_expr(value);
                    match Sysctl::from_name(&name.value) {
                        Some(sysctl) => self.decls.push(Decl::Sysctl {
                            sysctl,
                            value: known(value),
                            span: *span,
                        }),
                        None => self.unknown(
                            code::UNKNOWN_SYSCTL,
                            "sysctl",
                            name,
                            &crate::uapi::SYSCTLS,
                        ),
                    }
                }
                MachineDecl::Memory { fields, span } => {
                    let mut memory = Memory::default();
                    for (name, value) in fields {
                        self.machine_expr(value);
                        let v = Some(known(value));
                        match name.value.as_str() {
                            "total" => memory.total = v,
                            "free" => memory.free = v,
                            "swap" => memory.swap = v,
                            "hugepages" => memory.hugepages = v,
                            _ => self.unknown(
                                code::UNKNOWN_MEMORY_FIELD,
                                "memory field",
                                name,
                                MEMORY_FIELDS,
                            ),
                        }
                    }
                    self.decls.push(Decl::Memory {
                        memory,
                        span: *span,
                    });
                }
                MachineDecl::Mount {
                    path,
                    fstype,
                    options,
                    span,
                } => {
                    let mut typed = MountOptions::DEFAULT;
                    let mut pagesize_span = None;
                    for option in options {
                        self.mount_option(option, &mut typed, &mut pagesize_span);
                    }
                    let key = normalize(&path.value);
                    if let Some(first) = mounts.get(&key).copied() {
                        self.duplicate(path, first, "mounted");
                    } else {
                        mounts.insert(key, path.span);
                    }
                    match Filesystem::from_name(&fstype.value) {
                        Some(fs) => self.decls.push(Decl::Mount {
                            path: path.value.clone(),
                            fs,
                            options: typed,
                            pagesize_span,
                            span: *span,
                        }),
                        None => self.unknown(
                            code::UNKNOWN_FSTYPE,
                            "filesystem type",
                            fstype,
                            &crate::uapi::FILESYSTEMS,
                        ),
                    }
                }
                MachineDecl::File { path, attrs, span } => {
                    let attrs = self.attrs(attrs, FILE_ATTRS, "file", FileAttrs::FILE);
                    self.declare(&mut nodes, path, false);
                    self.decls.push(Decl::File {
                        path: path.value.clone(),
                        attrs,
                        span: *span,
                    });
                }
                MachineDecl::Dir { path, attrs, span } => {
                    let attrs = self.attrs(attrs, DIR_ATTRS, "dir", FileAttrs::DIR);
                    self.declare(&mut nodes, path, true);
                    self.decls.push(Decl::Dir {
                        path: path.value.clone(),
                        attrs,
                        span: *span,
                    });
                }
                MachineDecl::Device { path, kind, span } => {
                    self.declare(&mut nodes, path, false);
                    match DeviceKind::from_name(&kind.value) {
                        Some(kind) => self.decls.push(Decl::Device {
                            path: path.value.clone(),
                            kind,
                            span: *span,
                        }),
                        None => self.unknown(
                            code::UNKNOWN_DEVICE_KIND,
                            "device kind",
                            kind,
                            &crate::uapi::DEVICE_KINDS,
                        ),
                    }
                }
                MachineDecl::Fifo { path, span } => {
                    self.declare(&mut nodes, path, false);
                    self.decls.push(Decl::Fifo {
                        path: path.value.clone(),
                        span: *span,
                    });
                }
            }
        }
        // Declarations and mount points below a non-directory, checked once
        // everything is declared so the order of lines does not matter.
        let mut all: Vec<&Spanned<String>> = decls.iter().filter_map(decl_path).collect();
        all.sort_by_key(|p| p.span.start());
        for path in all {
            let key = normalize(&path.value);
            for ancestor in ancestors(&key) {
                if let Some(&(false, span)) = nodes.get(ancestor) {
                    let line = self.line_of(span);
                    self.errors.push(
                        SyntaxError::new(
                            code::NOT_A_DIRECTORY,
                            path.span,
                            format!(
                                "`{}` is under `{ancestor}`, which is not a directory",
                                path.value
                            ),
                        )
                        .label("parent is not a directory")
                        .help(format!(
                            "`{ancestor}` is declared on line {line} as a file, device or fifo"
                        )),
                    );
                    break;
                }
            }
        }
    }

    fn declare(
        &mut self,
        nodes: &mut HashMap<String, (bool, Span)>,
        path: &Spanned<String>,
        is_dir: bool,
    ) {
        let key = normalize(&path.value);
        if let Some(&(_, first)) = nodes.get(&key) {
            self.duplicate(path, first, "declared");
        } else {
            nodes.insert(key, (is_dir, path.span));
        }
    }

    fn duplicate(&mut self, path: &Spanned<String>, first: Span, verb: &str) {
        let line = self.line_of(first);
        self.errors.push(
            SyntaxError::new(
                code::DUPLICATE_PATH,
                path.span,
                format!("`{}` is {verb} twice", path.value),
            )
            .label(format!("{verb} again here"))
            .help(format!("it was first {verb} on line {line}")),
        );
    }

    /// Check one mount option and set it in `typed`.
    fn mount_option(
        &mut self,
        option: &MountOption,
        typed: &mut MountOptions,
        pagesize_span: &mut Option<Span>,
    ) {
        let name = option.name.value.as_str();
        let known_flag = MOUNT_FLAGS.contains(&name);
        let known_valued = MOUNT_VALUED.contains(&name);
        match (&option.value, known_flag, known_valued) {
            (None, true, _) => match name {
                "ro" => typed.ro = true,
                "rw" => typed.ro = false,
                "noexec" => typed.noexec = true,
                "exec" => typed.noexec = false,
                "nosuid" => typed.nosuid = true,
                "nodev" => typed.nodev = true,
                _ => typed.mand = true,
            },
            (Some(value), _, true) => {
                self.machine_expr(value);
                // `pagesize`, the one valued option.
                typed.pagesize = known(value);
                *pagesize_span = Some(value.span);
            }
            (Some(value), true, _) => self.errors.push(
                SyntaxError::new(
                    code::UNKNOWN_MOUNT_OPTION,
                    Span::new(option.name.span.start(), value.span.end()),
                    format!("mount option `{name}` takes no value"),
                )
                .label("no `=` here")
                .help(format!("write just `{name}`")),
            ),
            (None, _, true) => self.errors.push(
                SyntaxError::new(
                    code::UNKNOWN_MOUNT_OPTION,
                    option.name.span,
                    format!("mount option `{name}` needs a value"),
                )
                .label("needs `=value`")
                .help("for example `pagesize=2M`"),
            ),
            _ => {
                let known: Vec<&str> = MOUNT_FLAGS.iter().chain(MOUNT_VALUED).copied().collect();
                self.unknown(
                    code::UNKNOWN_MOUNT_OPTION,
                    "mount option",
                    &option.name,
                    &known,
                );
            }
        }
    }

    /// Check a `file` or `dir` line's attributes and type them over `typed`
    /// (the defaults): the group follows the owner when only the owner is given.
    fn attrs(
        &mut self,
        attrs: &[Attr],
        known_names: &[&str],
        what: &str,
        mut typed: FileAttrs,
    ) -> FileAttrs {
        for attr in attrs {
            let (name, span) = match attr {
                Attr::Size(e, span) => {
                    self.machine_expr(e);
                    typed.size = known(e);
                    ("size", *span)
                }
                Attr::Mode(e, span) => {
                    self.machine_expr(e);
                    typed.mode = known(e) as u32 & 0o7777;
                    ("mode", *span)
                }
                Attr::Owner(uid, gid, span) => {
                    self.machine_expr(uid);
                    typed.uid = known(uid) as u32;
                    typed.gid = typed.uid;
                    if let Some(gid) = gid {
                        self.machine_expr(gid);
                        typed.gid = known(gid) as u32;
                    }
                    ("owner", *span)
                }
                Attr::Append(span) => {
                    typed.append = true;
                    ("append", *span)
                }
                Attr::Immutable(span) => {
                    typed.immutable = true;
                    ("immutable", *span)
                }
                Attr::Unknown(text) => {
                    let name = text.value.split('=').next().unwrap_or("");
                    let error = SyntaxError::new(
                        code::UNKNOWN_ATTRIBUTE,
                        text.span,
                        format!("unknown {what} attribute `{}`", text.value),
                    )
                    .label(format!("not a {what} attribute"));
                    let error = match nearest(name, known_names.iter().copied()) {
                        Some(near) => error.hint(Some(near)),
                        None => error.help(one_of(known_names)),
                    };
                    self.errors.push(error);
                    continue;
                }
            };
            if !known_names.contains(&name) {
                self.errors.push(
                    SyntaxError::new(
                        code::UNKNOWN_ATTRIBUTE,
                        span,
                        format!("a {what} has no `{name}` attribute"),
                    )
                    .label(format!("not a {what} attribute"))
                    .help(one_of(known_names)),
                );
            }
        }
        typed
    }

    /// Machine declarations are set up before any process runs, so no
    /// variable is bound yet.
    fn machine_expr(&mut self, expr: &Expr) {
        let none = vec![false; self.bound.len()];
        let bound = std::mem::replace(&mut self.bound, none);
        self.expr(expr);
        self.bound = bound;
    }

    // ---- processes ------------------------------------------------------------------

    fn block(&mut self, block: &Block) {
        for expr in block.uid.iter().chain(&block.gid) {
            self.expr(expr);
        }
        for cap in block.caps.iter().flatten() {
            if !uapi::CAP_NAMES.contains(&cap.value.as_str()) {
                self.unknown(
                    code::UNKNOWN_CAPABILITY,
                    "capability",
                    cap,
                    &uapi::CAP_NAMES,
                );
            }
        }
        for stmt in &block.stmts {
            self.stmt(stmt);
        }
    }

    fn stmt(&mut self, stmt: &Stmt) {
        match &stmt.kind {
            StmtKind::Repeat { count, var, body } => {
                self.expr(count);
                match count.eval(&|_| None) {
                    Ok(n) if n <= super::MAX_REPEAT => {}
                    Ok(n) => self.errors.push(
                        SyntaxError::new(
                            code::REPEAT_COUNT,
                            count.span,
                            format!(
                                "repeat {n} times is more than the {} a scenario may make",
                                super::MAX_REPEAT
                            ),
                        )
                        .label("too many")
                        .help("split the work, or make fewer calls"),
                    ),
                    Err(crate::syntax::eval::EvalError::UnboundVar(..)) => self.errors.push(
                        SyntaxError::new(
                            code::REPEAT_COUNT,
                            count.span,
                            "a repeat count is known before the run: it may not use a variable",
                        )
                        .label("a variable")
                        .help("write the count as a number or a constant expression"),
                    ),
                    // Unknown names were reported by `expr`.
                    Err(_) => {}
                }
                if let Some(slot) = var
                    .as_ref()
                    .and_then(|v| self.bound.get_mut(v.value.index()))
                {
                    *slot = true;
                }
                if self.repeat_depth == 0 {
                    let before = self.repeat_total;
                    self.repeat_total = before.saturating_add(repeat_cost(stmt));
                    if before <= super::MAX_REPEAT && self.repeat_total > super::MAX_REPEAT {
                        self.errors.push(
                            SyntaxError::new(
                                code::REPEAT_COUNT,
                                count.span,
                                format!(
                                    "the repeats of this file unroll into more than the {} statements a scenario may make",
                                    super::MAX_REPEAT
                                ),
                            )
                            .label("this one passes the limit")
                            .help("split the work, or make fewer calls: nested repeats multiply"),
                        );
                    }
                }
                self.repeat_depth += 1;
                for stmt in body {
                    self.stmt(stmt);
                }
                self.repeat_depth -= 1;
            }
            StmtKind::Call { bind, call, expect } => {
                self.call(call);
                match expect {
                    Some(Expect::Value(expr)) => self.expr(expr),
                    Some(Expect::Error { errno, .. }) if !constants::is_errno(&errno.value) => {
                        let errnos: Vec<&str> = uapi::ERRNOS.iter().map(|e| e.0).collect();
                        let error = SyntaxError::new(
                            code::NOT_AN_ERRNO,
                            errno.span,
                            format!("`{}` is not an errno name", errno.value),
                        )
                        .label("expected an errno such as EACCES");
                        let error = match nearest(&errno.value, errnos) {
                            Some(near) => error.hint(Some(near)),
                            None => error.help(
                                "after `= -1` comes the errno, as strace prints it: `= -1 ENOMEM`",
                            ),
                        };
                        self.errors.push(error);
                    }
                    Some(Expect::Error { .. }) => {}
                    None => {}
                }
                if let Some(slot) = bind
                    .as_ref()
                    .and_then(|v| self.bound.get_mut(v.value.index()))
                {
                    *slot = true;
                }
            }
            StmtKind::Maps { .. } => {}
            StmtKind::Smaps { expect } => {
                let fields = expect.iter().flat_map(|e| &e.value).flat_map(|v| &v.fields);
                for field in fields {
                    if !uapi::SMAPS_FIELDS.contains(&field.name.value.as_str()) {
                        self.unknown(
                            code::UNKNOWN_SMAPS_FIELD,
                            "smaps field",
                            &field.name,
                            &uapi::SMAPS_FIELDS,
                        );
                    }
                }
            }
            StmtKind::Touch { addr, len, .. } => {
                self.expr(addr);
                if let Some(l) = len {
                    self.expr(l);
                }
            }
            StmtKind::Status { expect } => {
                for field in expect.iter().flat_map(|e| &e.value) {
                    if !STATUS_FIELDS.contains(&field.name.value.as_str()) {
                        self.unknown(
                            code::UNKNOWN_STATUS_FIELD,
                            "status field",
                            &field.name,
                            STATUS_FIELDS,
                        );
                    }
                }
            }
            StmtKind::Rlimit {
                resource,
                soft,
                hard,
            } => {
                for expr in [Some(resource), Some(soft), hard.as_deref()]
                    .into_iter()
                    .flatten()
                {
                    self.expr(expr);
                }
            }
        }
    }

    fn call(&mut self, call: &Call) {
        let Some(sig) = call.id.map(CallId::spec) else {
            let written = self
                .source
                .get(call.name.start()..call.name.end())
                .unwrap_or("");
            let names = CALLS.iter().map(|c| c.name);
            let error = SyntaxError::new(
                code::UNKNOWN_CALL,
                call.name,
                format!("unknown call `{written}`"),
            )
            .label("not a call mmrun models");
            let error = match nearest(written, names) {
                Some(near) => error.hint(Some(near)),
                None => error.help(one_of(&CALLS.iter().map(|c| c.name).collect::<Vec<_>>())),
            };
            self.errors.push(error);
            // Still resolve the arguments: their errors are real too.
            for arg in &call.args {
                self.arg(arg, None);
            }
            return;
        };
        let given = call.args.len();
        if given < sig.min_args || given > sig.max_args() {
            let wanted = if sig.min_args == sig.max_args() {
                format!("{}", sig.min_args)
            } else {
                format!("{} to {}", sig.min_args, sig.max_args())
            };
            let plural = if wanted == "1" { "" } else { "s" };
            self.errors.push(
                SyntaxError::new(
                    code::ARITY,
                    call.span,
                    format!(
                        "`{}` takes {wanted} argument{plural}, not {given}",
                        sig.name
                    ),
                )
                .label(format!("{given} given"))
                .help(format!("the call is {}", sig.signature())),
            );
        }
        for (i, arg) in call.args.iter().enumerate() {
            let param = sig.params.get(i);
            if let Some(param) = param {
                self.arg_kind(arg, param.kind, param.name, sig.name);
            }
            self.arg(arg, param.map(|p| p.kind));
        }
    }

    fn arg_kind(&mut self, arg: &Arg, kind: ParamKind, param: &str, call: &str) {
        let fits = match arg {
            Arg::Expr(_) => kind.accepts_expr(),
            Arg::Str(_) => matches!(kind, ParamKind::Path | ParamKind::NumOrStr),
            Arg::Struct(..) => kind.struct_fields().is_some(),
            Arg::Vector(_) => kind == ParamKind::NumOrVector,
        };
        if !fits {
            let found = match arg {
                Arg::Expr(_) => "a number",
                Arg::Str(_) => "a string",
                Arg::Struct(..) => "a struct",
                Arg::Vector(_) => "a vector",
            };
            self.errors.push(
                SyntaxError::new(
                    code::ARG_KIND,
                    arg.span(),
                    format!(
                        "`{param}` of `{call}` takes {}, not {found}",
                        kind.describe()
                    ),
                )
                .label(format!("{found} here")),
            );
        }
    }

    fn arg(&mut self, arg: &Arg, kind: Option<ParamKind>) {
        match arg {
            Arg::Expr(expr) => self.expr(expr),
            Arg::Str(_) => {}
            Arg::Struct(s) => {
                let known = kind.and_then(ParamKind::struct_fields);
                for (name, value) in &s.fields {
                    if let Some(known) = known
                        && !known.contains(&name.value.as_str())
                    {
                        self.unknown(code::UNKNOWN_FIELD, "struct field", name, known);
                    }
                    self.arg(value, None);
                }
            }
            Arg::Vector(v) => {
                for e in &v.entries {
                    self.expr(e);
                }
            }
        }
    }

    /// Unknown constants and unbound variables in `expr`.
    fn expr(&mut self, expr: &Expr) {
        // Most arguments are values the parser already knew.
        if let ExprKind::Int(_) = expr.kind {
            return;
        }
        let mut found = Vec::new();
        expr.walk(&mut |e| match &e.kind {
            ExprKind::Name(name) if constants::lookup(name).is_none() => {
                found.push((true, name.to_string(), None, e.span))
            }
            ExprKind::Var(id) if !self.bound.get(id.index()).copied().unwrap_or(false) => found
                .push((
                    false,
                    self.vars.get(id.index()).cloned().unwrap_or_default(),
                    Some(*id),
                    e.span,
                )),
            _ => {}
        });
        for (is_name, name, id, span) in found {
            let error = if is_name {
                let error = SyntaxError::new(
                    code::UNKNOWN_CONSTANT,
                    span,
                    format!("unknown constant `{name}`"),
                )
                .label("not a known constant");
                match nearest(&name, constants::names()) {
                    Some(near) => error.hint(Some(near)),
                    None => error
                        .help("constants are Linux's uapi names, such as PROT_READ or MAP_PRIVATE"),
                }
            } else {
                let error = SyntaxError::new(
                    code::UNBOUND_VARIABLE,
                    span,
                    format!("variable `${name}` is not bound here"),
                )
                .label("used before it is bound");
                let binders = self.binders.get_or_init(|| binding_sites(self.scenario));
                match id.and_then(|id| binders.get(&id).copied()) {
                    Some(site) if site.start() > span.start() => {
                        let line = self.line_of(site);
                        error.help(format!(
                            "`${name}` is bound later, on line {line}; statements run in file order"
                        ))
                    }
                    Some(_) => error.help(
                        "a variable can be used in the statements after the one that binds it",
                    ),
                    None => error.help(format!("bind it first: `${name} = mmap(...)`")),
                }
            };
            self.errors.push(error);
        }
    }
}

/// The value of a declaration's expression: known when parsed, or an error
/// `check` reports (a variable, an unknown name), where it stands for 0.
fn known(expr: &Expr) -> u64 {
    expr.eval(&|_| None).unwrap_or(0)
}

/// `/a/b/` and `/a//b` are `/a/b`.
fn normalize(path: &str) -> String {
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    format!("/{}", parts.join("/"))
}

/// `/a/b/c` → `/a/b`, `/a` (not `/`).
fn ancestors(path: &str) -> impl Iterator<Item = &str> {
    path.match_indices('/')
        .map(|(i, _)| &path[..i])
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
}

fn decl_path(decl: &MachineDecl) -> Option<&Spanned<String>> {
    match decl {
        MachineDecl::Mount { path, .. }
        | MachineDecl::File { path, .. }
        | MachineDecl::Dir { path, .. }
        | MachineDecl::Device { path, .. }
        | MachineDecl::Fifo { path, .. } => Some(path),
        MachineDecl::Sysctl { .. } | MachineDecl::Memory { .. } => None,
    }
}
