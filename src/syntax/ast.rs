//! The scenario AST: what the parser produces. Everything a diagnostic may
//! point at carries a [`Span`] (byte offsets into the source).
//!
//! Constant names are resolved as they are parsed (arithmetic on known
//! values too); variables and unknown names are kept as written:
//! `syntax::check` reports the unknown ones and the unbound variables, and
//! the runner evaluates what depends on variables while it runs.

pub use crate::uapi::calls::CallId;
use serde::Serialize;

/// A byte range `[start, end)` of the scenario source. Offsets are kept in
/// 32 bits (a scenario is at most 256 MiB, `syntax::MAX_INPUT`): a large
/// scenario's syntax tree is mostly spans.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    start: u32,
    end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        let at = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
        Span {
            start: at(start),
            end: at(end),
        }
    }
    pub fn start(self) -> usize {
        self.start as usize
    }
    pub fn end(self) -> usize {
        self.end as usize
    }
    pub fn len(&self) -> usize {
        (self.end - self.start) as usize
    }
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }
}

impl Serialize for Span {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Span", 2)?;
        st.serialize_field("start", &self.start)?;
        st.serialize_field("end", &self.end)?;
        st.end()
    }
}

impl From<Span> for miette::SourceSpan {
    fn from(s: Span) -> Self {
        (s.start(), s.len()).into()
    }
}

/// A variable of the scenario: its index in `Scenario::vars`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct VarId(pub u32);

impl VarId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// The variables named while parsing, each once.
#[derive(Clone, Debug, Default)]
pub struct VarNames {
    names: Vec<String>,
    ids: rustc_hash::FxHashMap<String, u32>,
}

impl VarNames {
    pub fn intern(&mut self, name: &str) -> VarId {
        if let Some(&id) = self.ids.get(name) {
            return VarId(id);
        }
        let id = self.names.len() as u32;
        self.names.push(name.to_string());
        self.ids.insert(name.to_string(), id);
        VarId(id)
    }

    /// How many are named: a mark to roll back to.
    pub fn mark(&self) -> usize {
        self.names.len()
    }

    /// Forget the names added since `mark` (a line read in part, then given
    /// to another reader that will name them again).
    pub fn rollback(&mut self, mark: usize) {
        while self.names.len() > mark {
            if let Some(name) = self.names.pop() {
                self.ids.remove(&name);
            }
        }
    }

    pub fn into_names(self) -> Vec<String> {
        self.names
    }
}

/// A value with the span of the text it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

/// A whole `.mm` file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scenario {
    /// `kernel "4.12"`, if the header names one.
    pub kernel: Option<Spanned<String>>,
    /// `arch x86_64`, if given.
    pub arch: Option<Spanned<String>>,
    /// The CPU features the arch line names after the architecture
    /// (`arch x86_64 la57`).
    pub cpu_features: Vec<Spanned<String>>,
    /// Machine declarations (sysctl, memory, mount, file, dir, device, fifo), in file order.
    pub machine: Vec<MachineDecl>,
    /// The same, typed by `check` (`syntax::load` fills it in).
    pub declarations: Vec<super::decl::Decl>,
    /// The variables' names (without `$`), by [`VarId`]: in the order they
    /// first appear in the file.
    pub vars: Vec<String>,
    /// Process blocks in execution order. Runs of statements outside every
    /// block become blocks of the implicit process `main` (`implicit = true`).
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum MachineDecl {
    /// `sysctl vm.max_map_count = 100`
    Sysctl {
        name: Spanned<String>,
        value: Expr,
        span: Span,
    },
    /// `memory total=16G free=12G swap=0 hugepages=0`: (field name, value) pairs as written.
    Memory {
        fields: Vec<(Spanned<String>, Expr)>,
        span: Span,
    },
    /// `mount /mnt/nx tmpfs noexec,mand` or `mount /huge hugetlbfs pagesize=2M`
    Mount {
        path: Spanned<String>,
        fstype: Spanned<String>,
        options: Vec<MountOption>,
        span: Span,
    },
    /// `file PATH [size=N] [mode=0NNN] [owner=UID[:GID]] [append] [immutable]`
    File {
        path: Spanned<String>,
        attrs: Vec<Attr>,
        span: Span,
    },
    /// `dir PATH [mode=0NNN] [owner=UID[:GID]]`
    Dir {
        path: Spanned<String>,
        attrs: Vec<Attr>,
        span: Span,
    },
    /// `device PATH KIND` (zero, null, nommap)
    Device {
        path: Spanned<String>,
        kind: Spanned<String>,
        span: Span,
    },
    /// `fifo PATH`
    Fifo { path: Spanned<String>, span: Span },
}

/// One mount option: `noexec`, or `pagesize=2M`.
#[derive(Clone, Debug, PartialEq)]
pub struct MountOption {
    pub name: Spanned<String>,
    pub value: Option<Expr>,
}

/// One attribute of a `file` or `dir` line.
#[derive(Clone, Debug, PartialEq)]
pub enum Attr {
    Size(Expr, Span),
    Mode(Expr, Span),
    /// `owner=UID` or `owner=UID:GID`
    Owner(Expr, Option<Expr>, Span),
    Append(Span),
    Immutable(Span),
    /// Anything else of the shape `word` or `word=value`, kept so `check` can
    /// report it with a hint instead of the parser failing.
    Unknown(Spanned<String>),
}

/// A `process NAME ... { }` block, or a run of top-level statements (`main`).
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub process: Spanned<String>,
    pub uid: Option<Expr>,
    pub gid: Option<Expr>,
    /// `caps=CAP_A|CAP_B`; `caps=none` is `Some(vec![])`.
    pub caps: Option<Vec<Spanned<String>>>,
    pub stmts: Vec<Stmt>,
    /// True for statements written outside every block.
    pub implicit: bool,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// `[$x =] CALL [= RESULT]`
    Call {
        bind: Option<Spanned<VarId>>,
        call: Call,
        expect: Option<Expect>,
    },
    /// `maps` or `maps { LINE... }`
    Maps {
        expect: Option<Spanned<Vec<MapsLine>>>,
    },
    /// `smaps` or `smaps { LINE... }`: the maps lines, each with its VMA's
    /// smaps fields; the block's lines are maps lines, each followed by
    /// the fields it expects of that VMA.
    Smaps {
        expect: Option<Spanned<Vec<SmapsVma>>>,
    },
    /// `repeat COUNT [as $i]: STATEMENT` or `repeat COUNT [as $i] { ... }`.
    /// `syntax::load` unrolls it into COUNT copies of the statements (a
    /// repeat among them unrolled in its turn), `$i` replaced by 0, 1, ...
    /// in each: no later layer meets it.
    Repeat {
        count: Expr,
        var: Option<Spanned<VarId>>,
        body: Vec<Stmt>,
    },
    /// `read ADDR [LEN] [= OUTCOME]`, `write ...`: a user access to each
    /// page of the range.
    Touch {
        access: crate::uapi::Access,
        addr: Expr,
        len: Option<Box<Expr>>,
        expect: Option<Spanned<crate::uapi::TouchOutcome>>,
    },
    /// `status` or `status { NAME: VALUE [kB] ... }`
    Status {
        expect: Option<Spanned<Vec<StatusField>>>,
    },
    /// `rlimit RESOURCE SOFT [HARD]` (`unlimited` is the name `RLIM_INFINITY`).
    Rlimit {
        resource: Expr,
        soft: Expr,
        /// Boxed: rare, and a statement is as large as its largest kind.
        hard: Option<Box<Expr>>,
    },
}

/// A system call as strace prints it.
#[derive(Clone, Debug, PartialEq)]
pub struct Call {
    /// The call the name resolves to in the table (`uapi::calls`); None for
    /// a name the language does not know (`check` reports it).
    pub id: Option<CallId>,
    /// Where the name is written.
    pub name: Span,
    pub args: Box<[Arg]>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Expr(Expr),
    /// Boxed, as are structs: most arguments are expressions, and an
    /// argument is as large as its largest kind.
    Str(Box<Spanned<String>>),
    /// `{rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}` or `{l_type=F_WRLCK, ...}`
    Struct(Box<StructArg>),
    /// `[1, 0, ...]`: a vector the call fills in (mincore's), as expected.
    Vector(Box<VectorArg>),
}

/// A vector argument's entries as written; `more` where it ends with
/// `...` (strace's abbreviation: the entries are the first ones).
#[derive(Clone, Debug, PartialEq)]
pub struct VectorArg {
    pub entries: Vec<Expr>,
    pub more: bool,
    pub span: Span,
}

/// A struct argument's fields as written, and its span.
#[derive(Clone, Debug, PartialEq)]
pub struct StructArg {
    pub fields: Vec<(Spanned<String>, Arg)>,
    pub span: Span,
}

impl Arg {
    pub fn span(&self) -> Span {
        match self {
            Arg::Expr(e) => e.span,
            Arg::Str(s) => s.span,
            Arg::Struct(s) => s.span,
            Arg::Vector(v) => v.span,
        }
    }
}

/// The expected result after `=`.
#[derive(Clone, Debug, PartialEq)]
pub enum Expect {
    /// `= 0`, `= 3`, `= 0x7ffff7ffe000`, `= $a`
    Value(Expr),
    /// `= -1 EACCES` (strace's parenthesised text, if any, is dropped).
    /// The name is boxed: most expectations are values.
    Error {
        errno: Box<Spanned<String>>,
        span: Span,
    },
}

impl Expect {
    pub fn span(&self) -> Span {
        match self {
            Expect::Value(e) => e.span,
            Expect::Error { span, .. } => *span,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// A value known as the file is parsed: a number, a constant name such
    /// as `PROT_READ` (resolved by the parser), or arithmetic on those.
    Int(u64),
    /// A name that is not a known constant (`check` reports it). A thin
    /// pointer, as is `Binary`'s: a large scenario's syntax tree is mostly
    /// expressions, and an expression is as large as its largest kind.
    Name(Box<String>),
    /// A variable (`Scenario::vars` has its name).
    Var(VarId),
    /// Unary minus (wrapping).
    Neg(Box<Expr>),
    Binary(Box<Binary>),
}

/// `lhs op rhs`.
#[derive(Clone, Debug, PartialEq)]
pub struct Binary {
    pub op: BinOp,
    pub lhs: Expr,
    pub rhs: Expr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Or,
    /// `<<`, as strace prints a huge page size: `21<<MAP_HUGE_SHIFT`.
    Shl,
    Add,
    Sub,
    Mul,
}

/// One line of a `maps { }` expectation: `START-END PERMS [OFFSET [DEV INODE] [NAME]]`.
#[derive(Clone, Debug, PartialEq)]
pub struct MapsLine {
    pub start: u64,
    pub end: u64,
    pub perms: String,
    pub offset: Option<u64>,
    /// (major, minor)
    pub dev: Option<(u32, u32)>,
    pub inode: Option<u64>,
    /// The rest of the line, trimmed (`/dev/zero (deleted)` is one name).
    pub name: Option<String>,
    pub span: Span,
}

/// One VMA of a `smaps { }` expectation: its maps line and the fields
/// written under it.
#[derive(Clone, Debug, PartialEq)]
pub struct SmapsVma {
    pub line: MapsLine,
    pub fields: Vec<SmapsField>,
}

/// `Rss:    16 kB` or `VmFlags: rd wr mr mw me ac` under a maps line.
#[derive(Clone, Debug, PartialEq)]
pub struct SmapsField {
    pub name: Spanned<String>,
    pub value: SmapsValue,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum SmapsValue {
    /// A figure, with or without `kB`.
    Number(u64),
    /// `VmFlags:`'s two-letter names.
    Flags(Vec<String>),
    /// Anything else (a field the model does not compare).
    Text(String),
}

/// One `NAME: VALUE [kB]` pair of a `status { }` expectation.
#[derive(Clone, Debug, PartialEq)]
pub struct StatusField {
    pub name: Spanned<String>,
    pub value: u64,
    pub span: Span,
}

/// Every expression of a statement, mutably (the unrolling of `repeat`
/// rewrites its counter), a repeat's body included.
/// `e` and every sub-expression of it, mutably.
pub fn visit_expr_mut(e: &mut Expr, f: &mut dyn FnMut(&mut Expr)) {
    f(e);
    match &mut e.kind {
        ExprKind::Neg(inner) => visit_expr_mut(inner, f),
        ExprKind::Binary(b) => {
            visit_expr_mut(&mut b.lhs, f);
            visit_expr_mut(&mut b.rhs, f);
        }
        ExprKind::Int(_) | ExprKind::Name(_) | ExprKind::Var(_) => {}
    }
}

pub fn visit_exprs_mut(stmt: &mut Stmt, f: &mut dyn FnMut(&mut Expr)) {
    fn arg(a: &mut Arg, f: &mut dyn FnMut(&mut Expr)) {
        match a {
            Arg::Expr(e) => visit_expr_mut(e, f),
            Arg::Str(_) => {}
            Arg::Struct(s) => {
                for (_, v) in s.fields.iter_mut() {
                    arg(v, f);
                }
            }
            Arg::Vector(v) => {
                for e in v.entries.iter_mut() {
                    visit_expr_mut(e, f);
                }
            }
        }
    }
    match &mut stmt.kind {
        StmtKind::Call { call, expect, .. } => {
            for a in call.args.iter_mut() {
                arg(a, f);
            }
            if let Some(Expect::Value(e)) = expect {
                visit_expr_mut(e, f);
            }
        }
        StmtKind::Touch { addr, len, .. } => {
            visit_expr_mut(addr, f);
            if let Some(l) = len {
                visit_expr_mut(l, f);
            }
        }
        StmtKind::Rlimit {
            resource,
            soft,
            hard,
        } => {
            visit_expr_mut(resource, f);
            visit_expr_mut(soft, f);
            if let Some(h) = hard {
                visit_expr_mut(h, f);
            }
        }
        StmtKind::Repeat { count, body, .. } => {
            visit_expr_mut(count, f);
            for s in body {
                visit_exprs_mut(s, f);
            }
        }
        StmtKind::Maps { .. } | StmtKind::Smaps { .. } | StmtKind::Status { .. } => {}
    }
}
