//! Source text → [`Scenario`]: runs the pest grammar (`grammar/mm.pest`) and
//! turns its parse tree into the AST, collecting every error on the way.
//!
//! The grammar never fails on a well-nested file: each line that matches no
//! construct becomes a `bad_line`, which [`recover`](super::recover) explains
//! by re-parsing it strictly. So one parse reports all syntax errors.

use pest::Parser as _;
use pest::iterators::Pair;
use pest_derive::Parser;

use super::ast::*;
use super::error::{SyntaxError, code};
use super::fast;
use super::literal::{parse_int, parse_string};
use super::recover::{self, Context};

#[derive(Parser)]
#[grammar = "../grammar/mm.pest"]
pub struct MmParser;

/// Past this many errors a file is not worth reading further.
pub const MAX_ERRORS: usize = 100;

/// The most operators (binary and unary minus) one expression may hold,
/// its parenthesised parts included: an expression is a tree the checker
/// and the runner walk recursively, and no real scenario needs more than a
/// few dozen.
pub const MAX_OPERATORS: usize = 1000;

/// How to parse. [`Options::default`] is what [`parse`] uses.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Read plain one-line call statements with the hand-written parser in
    /// [`fast`](super::fast) and give only the other lines to pest. The result
    /// is the same either way; turning it off exists to test exactly that.
    pub fast: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options { fast: true }
    }
}

/// Parses a whole file. Always returns an AST (possibly partial) and the
/// syntax errors found; the AST is only meaningful when there are none.
pub fn parse(source: &str) -> (Scenario, Vec<SyntaxError>) {
    parse_with(source, Options::default())
}

/// [`parse`] with explicit [`Options`].
pub fn parse_with(source: &str, options: Options) -> (Scenario, Vec<SyntaxError>) {
    if let Some(error) = recover::check_nesting(source) {
        return (Scenario::default(), vec![error]);
    }
    if options.fast
        && let Some(parsed) = parse_by_lines(source)
    {
        return parsed;
    }
    let file = match MmParser::parse(Rule::file, source) {
        Ok(mut pairs) => pairs.next(),
        Err(error) => {
            return (
                Scenario::default(),
                vec![recover::from_pest(source, 0, &error, false)],
            );
        }
    };
    let mut builder = Builder::new(source);
    if let Some(file) = file {
        for item in file.into_inner() {
            builder.top_item(item);
        }
    }
    builder.finish()
}

/// The fast path: walks the file item by item as the `file` rule would,
/// reading plain call lines (and blank and comment lines) with
/// [`fast::line`](super::fast::line) and parsing every other item with pest,
/// one `top_step`/`process_open`/`block_step`/`block_end` at a time.
///
/// Returns `None` if pest rejects a piece, which only happens when the whole
/// file would not parse either: the caller then parses it the usual way, so
/// even that error is the same.
fn parse_by_lines(source: &str) -> Option<(Scenario, Vec<SyntaxError>)> {
    let mut builder = Builder::new(source);
    let len = source.len();
    let mut pos = 0;
    // Each step reads one item and moves to the start of the next line.
    while pos < len {
        pos = match fast::line(source, pos, false, &mut builder.vars) {
            fast::Line::Call(stmt, end) => {
                // A good line: whatever broke before has ended.
                builder.explained_until = 0;
                builder.push_main(stmt);
                end
            }
            fast::Line::Empty(end) => end,
            fast::Line::Other => match builder.pest_process_block(pos)? {
                Some(end) => end,
                None => {
                    let step = builder.pest_piece(Rule::top_step, pos, source.len())?;
                    let end = builder.base + step.as_span().end();
                    for item in step.into_inner() {
                        builder.top_item(item);
                    }
                    end
                }
            },
        };
    }
    Some(builder.finish())
}

/// A process block being built from its parts.
struct OpenBlock {
    start: usize,
    process: Spanned<String>,
    uid: Option<Expr>,
    gid: Option<Expr>,
    caps: Option<Vec<Spanned<String>>>,
    stmts: Vec<Stmt>,
    closed: bool,
    header_end: usize,
}

impl OpenBlock {
    fn new(start: usize) -> OpenBlock {
        OpenBlock {
            start,
            process: Spanned {
                value: String::new(),
                span: Span::new(start, start),
            },
            uid: None,
            gid: None,
            caps: None,
            stmts: Vec::new(),
            closed: false,
            header_end: start,
        }
    }
}

struct Builder<'s> {
    src: &'s str,
    errors: Vec<SyntaxError>,
    scenario: Scenario,
    /// Where the pest input of the pairs being built starts in `src`.
    base: usize,
    /// Bad lines before this offset belong to a statement already explained.
    explained_until: usize,
    /// Whether the last block is an implicit `main` block that top-level
    /// statements may still join (a process block ends the run).
    main_open: bool,
    /// Operators of the expression being built, parenthesised ones included
    /// (`expr_depth` > 0 inside parentheses).
    operators: usize,
    expr_depth: usize,
    vars: VarNames,
}

impl<'s> Builder<'s> {
    fn new(src: &'s str) -> Builder<'s> {
        Builder {
            src,
            errors: Vec::new(),
            scenario: Scenario::default(),
            base: 0,
            explained_until: 0,
            main_open: false,
            operators: 0,
            expr_depth: 0,
            vars: VarNames::default(),
        }
    }

    /// The scenario built, with its variables' names, and the errors.
    fn finish(mut self) -> (Scenario, Vec<SyntaxError>) {
        self.scenario.vars = self.vars.into_names();
        (self.scenario, self.errors)
    }

    /// Parses `rule` from `src[pos..end]`; the pairs' offsets are then
    /// relative to `base`. A failed parse costs what follows `pos` up to
    /// `end` (pest's error looks for the start of its line from the end of
    /// its input), so where a piece may fail, `end` is its line's end.
    fn pest_piece(&mut self, rule: Rule, pos: usize, end: usize) -> Option<Pair<'s, Rule>> {
        let pair = MmParser::parse(rule, &self.src[pos..end]).ok()?.next()?;
        self.base = pos;
        Some(pair)
    }

    /// A process block at `pos`, read part by part: the header with pest,
    /// then each body line with the fast path or pest, then the closing
    /// brace with pest. `Some(None)`: no block opens here (or not one this
    /// can read part by part); `None`: pest rejected a part.
    fn pest_process_block(&mut self, pos: usize) -> Option<Option<usize>> {
        let len = self.src.len();
        let indented = self.src[pos..].trim_start_matches([' ', '\t', '\r']);
        if !indented.starts_with("process") {
            return Some(None);
        }
        let start = len - indented.len();
        // The header is one line.
        let header_end = line_end(self.src, pos);
        let Some(open) = self.pest_piece(Rule::process_open, pos, header_end) else {
            return Some(None);
        };
        let mut at = self.base + open.as_span().end();
        let mut state = OpenBlock::new(start);
        for item in open.into_inner() {
            self.block_part(&mut state, item);
        }
        loop {
            at = match fast::line(self.src, at, true, &mut self.vars) {
                fast::Line::Call(stmt, end) => {
                    self.explained_until = 0;
                    state.stmts.push(stmt);
                    end
                }
                fast::Line::Empty(end) => end,
                fast::Line::Other => {
                    // A line that starts with `}` closes the block: block_step
                    // would only fail on it.
                    let closes = self.src[at..]
                        .trim_start_matches([' ', '\t', '\r'])
                        .starts_with('}');
                    let step = if closes {
                        None
                    } else {
                        self.pest_piece(Rule::block_step, at, self.src.len())
                    };
                    if let Some(step) = step {
                        let end = self.base + step.as_span().end();
                        for item in step.into_inner() {
                            self.block_part(&mut state, item);
                        }
                        end
                    } else {
                        // The closing line, or the last one of an unclosed block.
                        let end = if closes {
                            line_end(self.src, at)
                        } else {
                            self.src.len()
                        };
                        let last = self.pest_piece(Rule::block_end, at, end)?;
                        let end = self.base + last.as_span().end();
                        for item in last.into_inner() {
                            self.block_part(&mut state, item);
                        }
                        let block = self.finish_block(state, end);
                        self.scenario.blocks.push(block);
                        self.main_open = false;
                        // The block ends its line; the file goes on after the break.
                        return match self.src.as_bytes().get(end) {
                            None => Some(Some(end)),
                            Some(b'\n') => Some(Some(end + 1)),
                            Some(_) => None,
                        };
                    }
                }
            };
        }
    }
}

/// The end of the line `pos` is on, its `\n` included (or the end of `src`).
fn line_end(src: &str, pos: usize) -> usize {
    src[pos..].find('\n').map_or(src.len(), |i| pos + i + 1)
}

impl Builder<'_> {
    /// The absolute span of `pair`, which pest located in `src[base..]`.
    fn span_of(&self, pair: &Pair<Rule>) -> Span {
        let s = pair.as_span();
        Span::new(self.base + s.start(), self.base + s.end())
    }

    fn spanned(&self, pair: &Pair<Rule>) -> Spanned<String> {
        Spanned {
            value: pair.as_str().to_string(),
            span: self.span_of(pair),
        }
    }

    fn error(&mut self, error: SyntaxError) {
        if self.errors.len() < MAX_ERRORS {
            self.errors.push(error);
        }
    }

    fn top_item(&mut self, item: Pair<Rule>) {
        match item.as_rule() {
            Rule::kernel_decl | Rule::arch_decl => self.header(item),
            Rule::process_block => {
                let block = self.process_block(item);
                self.scenario.blocks.push(block);
                self.main_open = false;
            }
            Rule::bad_line => self.bad_line(item, Context::Top),
            Rule::EOI => {}
            _ => {
                self.explained_until = 0;
                if let Some(decl) = self.machine_decl(&item) {
                    self.scenario.machine.push(decl);
                } else if let Some(stmt) = self.stmt(item) {
                    self.push_main(stmt);
                }
            }
        }
    }

    /// Adds a top-level statement to the current run's implicit `main` block.
    fn push_main(&mut self, stmt: Stmt) {
        if self.main_open
            && let Some(block) = self.scenario.blocks.last_mut()
        {
            block.span = Span::new(block.span.start(), stmt.span.end());
            block.stmts.push(stmt);
            return;
        }
        self.main_open = true;
        self.scenario.blocks.push(Block {
            process: Spanned {
                value: String::from("main"),
                span: Span::new(stmt.span.start(), stmt.span.start()),
            },
            uid: None,
            gid: None,
            caps: None,
            span: stmt.span,
            stmts: vec![stmt],
            implicit: true,
        });
    }

    fn bad_line(&mut self, line: Pair<Rule>, context: Context) {
        let span = self.span_of(&line);
        if span.start() < self.explained_until || self.errors.len() >= MAX_ERRORS {
            return;
        }
        let (error, explained_until) = recover::explain(self.src, span, context);
        self.explained_until = explained_until;
        self.error(error);
    }

    fn header(&mut self, decl: Pair<Rule>) {
        let is_kernel = decl.as_rule() == Rule::kernel_decl;
        let mut inner = decl.into_inner();
        let Some(value) = inner.next() else {
            return;
        };
        if !is_kernel && self.scenario.arch.is_none() {
            let features: Vec<_> = inner.map(|f| self.spanned(&f)).collect();
            self.scenario.cpu_features = features;
        }
        let value = match value.as_rule() {
            Rule::string => self.string(&value),
            _ => self.spanned(&value),
        };
        let (slot, what) = if is_kernel {
            (&mut self.scenario.kernel, "kernel")
        } else {
            (&mut self.scenario.arch, "arch")
        };
        if let Some(first) = slot {
            let first = first.span;
            self.error(
                SyntaxError::new(
                    code::DUPLICATE,
                    value.span,
                    format!("`{what}` is given twice"),
                )
                .label("second one")
                .help(format!(
                    "the first is at byte {}; a scenario names one {what}",
                    first.start()
                )),
            );
        } else {
            *slot = Some(value);
        }
    }

    fn misplaced(&mut self, item: &Pair<Rule>) {
        let word = item
            .as_str()
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_string();
        let start = self.base + item.as_span().start();
        let span = Span::new(start, start + word.len());
        self.error(
            SyntaxError::new(
                code::MISPLACED,
                span,
                format!("`{word}` belongs at the top level, not inside a process block"),
            )
            .label("inside a process block")
            .help("the machine and the header are declared outside every `process { }` block"),
        );
    }

    // ---- machine ------------------------------------------------------------

    fn machine_decl(&mut self, decl: &Pair<Rule>) -> Option<MachineDecl> {
        let span = self.span_of(decl);
        let rule = decl.as_rule();
        let mut inner = decl.clone().into_inner();
        let decl = match rule {
            Rule::sysctl_decl => {
                let name = self.spanned(&inner.next()?);
                let value = self.expr(inner.next()?);
                MachineDecl::Sysctl { name, value, span }
            }
            Rule::memory_decl => {
                let fields = inner.filter_map(|kv| self.key_value(kv)).collect();
                MachineDecl::Memory { fields, span }
            }
            Rule::mount_decl => {
                let path = self.path(&inner.next()?);
                let fstype = self.spanned(&inner.next()?);
                let options = inner
                    .filter_map(|opt| {
                        let mut parts = opt.into_inner();
                        let name = self.spanned(&parts.next()?);
                        let value = parts.next().map(|v| self.expr(v));
                        Some(MountOption { name, value })
                    })
                    .collect();
                MachineDecl::Mount {
                    path,
                    fstype,
                    options,
                    span,
                }
            }
            Rule::file_decl | Rule::dir_decl => {
                let path = self.path(&inner.next()?);
                let attrs = inner.filter_map(|attr| self.attr(attr)).collect();
                if rule == Rule::file_decl {
                    MachineDecl::File { path, attrs, span }
                } else {
                    MachineDecl::Dir { path, attrs, span }
                }
            }
            Rule::device_decl => {
                let path = self.path(&inner.next()?);
                let kind = self.spanned(&inner.next()?);
                MachineDecl::Device { path, kind, span }
            }
            Rule::fifo_decl => MachineDecl::Fifo {
                path: self.path(&inner.next()?),
                span,
            },
            _ => return None,
        };
        Some(decl)
    }

    fn key_value(&mut self, kv: Pair<Rule>) -> Option<(Spanned<String>, Expr)> {
        let mut parts = kv.into_inner();
        let key = self.spanned(&parts.next()?);
        let value = self.expr(parts.next()?);
        Some((key, value))
    }

    fn attr(&mut self, attr: Pair<Rule>) -> Option<Attr> {
        let span = self.span_of(&attr);
        let rule = attr.as_rule();
        let text = attr.as_str();
        let mut inner = attr.clone().into_inner();
        Some(match rule {
            Rule::size_attr => Attr::Size(self.expr(inner.next()?), span),
            Rule::mode_attr => Attr::Mode(self.expr(inner.next()?), span),
            Rule::owner_attr => {
                let uid = self.expr(inner.next()?);
                let gid = inner.next().map(|gid| self.expr(gid));
                Attr::Owner(uid, gid, span)
            }
            Rule::append_attr => Attr::Append(span),
            Rule::immutable_attr => Attr::Immutable(span),
            _ => {
                // `size=`, `mode=x y`: a known attribute whose value did not parse.
                let name = inner.next().map_or("", |n| n.as_str());
                if let Some(example) = attr_example(name)
                    && text.contains('=')
                {
                    let value = Span::new(span.start() + name.len() + 1, span.end());
                    self.error(
                        SyntaxError::new(
                            code::SYNTAX,
                            value,
                            format!("invalid value for `{name}=`"),
                        )
                        .label("expected a number")
                        .help(format!("for example `{example}`")),
                    );
                    return None;
                }
                Attr::Unknown(self.spanned(&attr))
            }
        })
    }

    fn path(&mut self, path: &Pair<Rule>) -> Spanned<String> {
        match path.as_rule() {
            Rule::string => self.string(path),
            _ => self.spanned(path),
        }
    }

    fn string(&mut self, string: &Pair<Rule>) -> Spanned<String> {
        let span = self.span_of(string);
        let value = match parse_string(string.as_str(), span.start()) {
            Ok(value) => value,
            Err(error) => {
                self.error(error);
                String::new()
            }
        };
        Spanned { value, span }
    }

    // ---- processes ------------------------------------------------------------

    fn process_block(&mut self, block: Pair<Rule>) -> Block {
        let span = self.span_of(&block);
        let mut state = OpenBlock::new(span.start());
        for item in block.into_inner() {
            self.block_part(&mut state, item);
        }
        self.finish_block(state, span.end())
    }

    /// One part of a process block: its name, an attribute, a line of its
    /// body, its closing brace or what follows that brace.
    fn block_part(&mut self, state: &mut OpenBlock, item: Pair<Rule>) {
        match item.as_rule() {
            Rule::ident => {
                state.process = self.spanned(&item);
                state.header_end = state.process.span.end();
            }
            Rule::uid_attr | Rule::gid_attr | Rule::caps_attr | Rule::bad_attr => {
                state.header_end = self.base + item.as_span().end();
                match item.as_rule() {
                    Rule::uid_attr => state.uid = item.into_inner().next().map(|e| self.expr(e)),
                    Rule::gid_attr => state.gid = item.into_inner().next().map(|e| self.expr(e)),
                    Rule::caps_attr => state.caps = Some(self.caps(item)),
                    _ => self.bad_process_attr(&item),
                }
            }
            Rule::block_close => state.closed = true,
            Rule::junk => self.junk_after_brace(&item),
            Rule::bad_line => self.bad_line(item, Context::Block),
            Rule::kernel_decl | Rule::arch_decl => self.misplaced(&item),
            Rule::EOI => {}
            _ => {
                // A good line: whatever broke before has ended.
                self.explained_until = 0;
                if self.machine_decl(&item).is_some() {
                    self.misplaced(&item);
                } else if let Some(stmt) = self.stmt(item) {
                    state.stmts.push(stmt);
                }
            }
        }
    }

    fn finish_block(&mut self, state: OpenBlock, end: usize) -> Block {
        let span = Span::new(state.start, end);
        if !state.closed {
            let header_end = state.header_end;
            let brace = self.src[header_end..]
                .find('{')
                .map_or(header_end, |i| header_end + i);
            self.unterminated(Span::new(span.start(), brace + 1), "process block");
        }
        Block {
            process: state.process,
            uid: state.uid,
            gid: state.gid,
            caps: state.caps,
            stmts: state.stmts,
            implicit: false,
            span,
        }
    }

    fn caps(&mut self, attr: Pair<Rule>) -> Vec<Spanned<String>> {
        let names: Vec<Spanned<String>> = attr
            .into_inner()
            .flat_map(|list| list.into_inner())
            .map(|name| self.spanned(&name))
            .collect();
        match names.as_slice() {
            [only] if only.value == "none" => Vec::new(),
            _ => names,
        }
    }

    fn bad_process_attr(&mut self, attr: &Pair<Rule>) {
        let text = attr.as_str();
        let name = text.split('=').next().unwrap_or(text);
        let known = ["uid", "gid", "caps"];
        let error = if known.contains(&name) {
            SyntaxError::new(code::SYNTAX, self.span_of(attr), format!("invalid value in `{text}`"))
                .label("cannot read this value")
                .help("for example `uid=1000`, `gid=100`, `caps=CAP_IPC_LOCK|CAP_SYS_ADMIN` or `caps=none`")
        } else {
            SyntaxError::new(
                code::UNKNOWN_ATTRIBUTE,
                self.span_of(attr),
                format!("unknown process attribute `{text}`"),
            )
            .label("not uid=, gid= or caps=")
            .hint(super::constants::nearest(name, known))
        };
        self.error(error);
    }

    fn junk_after_brace(&mut self, junk: &Pair<Rule>) {
        self.error(
            SyntaxError::new(
                code::SYNTAX,
                self.span_of(junk),
                "unexpected text after `}`",
            )
            .label("expected the end of the line")
            .help("a closing `}` stands on its own line"),
        );
    }

    fn unterminated(&mut self, opening: Span, what: &str) {
        self.error(
            SyntaxError::new(
                code::UNTERMINATED,
                opening,
                format!("unterminated {what}: no closing `}}`"),
            )
            .label("opened here")
            .help("add a line with `}` where the block ends"),
        );
    }

    // ---- statements -------------------------------------------------------------

    fn stmt(&mut self, stmt: Pair<Rule>) -> Option<Stmt> {
        let span = self.span_of(&stmt);
        let kind = match stmt.as_rule() {
            Rule::call_stmt => self.call_stmt(stmt)?,
            Rule::maps_stmt => StmtKind::Maps {
                expect: stmt.into_inner().next().map(|body| self.maps_body(body)),
            },
            Rule::smaps_stmt => StmtKind::Smaps {
                expect: stmt.into_inner().next().map(|body| self.smaps_body(body)),
            },
            Rule::status_stmt => StmtKind::Status {
                expect: stmt.into_inner().next().map(|body| self.status_body(body)),
            },
            Rule::touch_stmt => self.touch_stmt(stmt)?,
            Rule::repeat_stmt => {
                let mut count = None;
                let mut var = None;
                let mut body = Vec::new();
                for part in stmt.into_inner() {
                    match part.as_rule() {
                        Rule::expr => count = Some(self.expr(part)),
                        Rule::var => {
                            let span = self.span_of(&part);
                            var = Some(Spanned {
                                value: self.vars.intern(&part.as_str()[1..]),
                                span,
                            });
                        }
                        Rule::call_stmt | Rule::touch_stmt => body.extend(self.stmt(part)),
                        Rule::repeat_body => {
                            for item in part.into_inner() {
                                match item.as_rule() {
                                    Rule::bad_line => self.bad_line(item, Context::Block),
                                    _ => body.extend(self.stmt(item)),
                                }
                            }
                        }
                        _ => {}
                    }
                }
                StmtKind::Repeat {
                    count: count?,
                    var,
                    body,
                }
            }
            Rule::rlimit_stmt => {
                let mut exprs = stmt.into_inner().map(|e| self.limit_expr(e));
                StmtKind::Rlimit {
                    resource: exprs.next()?,
                    soft: exprs.next()?,
                    hard: exprs.next().map(Box::new),
                }
            }
            _ => return None,
        };
        Some(Stmt { kind, span })
    }

    /// `read ADDR [LEN] [= OUTCOME]` and `write ...`.
    fn touch_stmt(&mut self, stmt: Pair<Rule>) -> Option<StmtKind> {
        let mut access = crate::uapi::Access::Read;
        let mut exprs = Vec::new();
        let mut expect = None;
        for part in stmt.into_inner() {
            match part.as_rule() {
                Rule::touch_kind if part.as_str().starts_with("write") => {
                    access = crate::uapi::Access::Write;
                }
                Rule::expr => exprs.push(self.expr(part)),
                Rule::touch_expect => {
                    let span = self.span_of(&part);
                    let words: Vec<&str> = part.into_inner().map(|p| p.as_str()).collect();
                    match crate::uapi::TouchOutcome::parse(words[0], words.get(1).copied()) {
                        Some(value) => expect = Some(Spanned { value, span }),
                        None => self.error(
                            SyntaxError::new(
                                code::SYNTAX,
                                span,
                                format!("`= {}` is not an outcome of a memory access", words.join(" ")),
                            )
                            .label("not an outcome")
                            .help("write `= ok`, `= SIGSEGV [SEGV_MAPERR|SEGV_ACCERR|SEGV_PKUERR]` or `= SIGBUS [BUS_ADRERR]`"),
                        ),
                    }
                }
                _ => {}
            }
        }
        let mut exprs = exprs.into_iter();
        Some(StmtKind::Touch {
            access,
            addr: exprs.next()?,
            len: exprs.next().map(Box::new),
            expect,
        })
    }

    /// `unlimited` in an rlimit statement is `RLIM_INFINITY`.
    fn limit_expr(&mut self, expr: Pair<Rule>) -> Expr {
        let mut expr = self.expr(expr);
        if matches!(&expr.kind, ExprKind::Name(name) if name.as_str() == "unlimited") {
            expr.kind = ExprKind::Int(crate::uapi::RLIM_INFINITY);
        }
        expr
    }

    fn call_stmt(&mut self, stmt: Pair<Rule>) -> Option<StmtKind> {
        let mut bind = None;
        let mut call = None;
        let mut expect = None;
        for part in stmt.into_inner() {
            match part.as_rule() {
                Rule::var => {
                    let span = self.span_of(&part);
                    bind = Some(Spanned {
                        value: self.vars.intern(&part.as_str()[1..]),
                        span,
                    });
                }
                Rule::call => call = Some(self.call(part)),
                Rule::expect => expect = self.expect(part),
                _ => {}
            }
        }
        Some(StmtKind::Call {
            bind,
            call: call?,
            expect,
        })
    }

    fn call(&mut self, call: Pair<Rule>) -> Call {
        let span = self.span_of(&call);
        let mut inner = call.into_inner();
        let (id, name) = inner.next().map_or((None, span), |name| {
            (CallId::from_name(name.as_str()), self.span_of(&name))
        });
        let args = inner.map(|arg| self.arg(arg)).collect();
        Call {
            id,
            name,
            args,
            span,
        }
    }

    fn arg(&mut self, arg: Pair<Rule>) -> Arg {
        match arg.as_rule() {
            Rule::string => Arg::Str(Box::new(self.string(&arg))),
            Rule::strukt => {
                let span = self.span_of(&arg);
                let fields = arg
                    .into_inner()
                    .filter_map(|field| {
                        let mut parts = field.into_inner();
                        let name = self.spanned(&parts.next()?);
                        let value = self.arg(parts.next()?);
                        Some((name, value))
                    })
                    .collect();
                Arg::Struct(Box::new(StructArg { fields, span }))
            }
            Rule::vector => {
                let span = self.span_of(&arg);
                let mut entries = Vec::new();
                let mut more = false;
                for item in arg.into_inner() {
                    match item.as_rule() {
                        Rule::more => more = true,
                        _ => entries.push(self.expr(item)),
                    }
                }
                Arg::Vector(Box::new(VectorArg {
                    entries,
                    more,
                    span,
                }))
            }
            _ => Arg::Expr(self.expr(arg)),
        }
    }

    fn expect(&mut self, expect: Pair<Rule>) -> Option<Expect> {
        let result = expect.into_inner().next()?;
        if result.as_rule() == Rule::expect_err {
            let span = self.span_of(&result);
            let errno = Box::new(self.spanned(&result.into_inner().next()?));
            Some(Expect::Error { errno, span })
        } else {
            Some(Expect::Value(self.expr(result)))
        }
    }

    fn maps_body(&mut self, body: Pair<Rule>) -> Spanned<Vec<MapsLine>> {
        let span = self.span_of(&body);
        let mut lines = Vec::new();
        let mut closed = false;
        for item in body.into_inner() {
            match item.as_rule() {
                Rule::maps_line => {
                    if let Some(line) = self.maps_line(item) {
                        lines.push(line);
                    }
                }
                Rule::bad_line => self.bad_line(item, Context::Maps),
                Rule::block_close => closed = true,
                Rule::junk => self.junk_after_brace(&item),
                _ => {}
            }
        }
        if !closed {
            self.unterminated(Span::new(span.start(), span.start() + 1), "`maps` block");
        }
        Spanned { value: lines, span }
    }

    fn smaps_body(&mut self, body: Pair<Rule>) -> Spanned<Vec<SmapsVma>> {
        let span = self.span_of(&body);
        let mut vmas: Vec<SmapsVma> = Vec::new();
        let mut closed = false;
        for item in body.into_inner() {
            match item.as_rule() {
                Rule::maps_line => {
                    if let Some(line) = self.maps_line(item) {
                        vmas.push(SmapsVma {
                            line,
                            fields: Vec::new(),
                        });
                    }
                }
                Rule::smaps_field => {
                    let field = self.smaps_field(item);
                    match vmas.last_mut() {
                        Some(vma) => vma.fields.push(field),
                        None => self.error(
                            SyntaxError::new(
                                code::SYNTAX,
                                field.span,
                                format!("`{}:` before any maps line", field.name.value),
                            )
                            .label("which VMA is this?")
                            .help("a smaps field belongs under the maps line of its VMA, as /proc/PID/smaps prints it"),
                        ),
                    }
                }
                Rule::bad_line => self.bad_line(item, Context::Smaps),
                Rule::block_close => closed = true,
                Rule::junk => self.junk_after_brace(&item),
                _ => {}
            }
        }
        if !closed {
            self.unterminated(Span::new(span.start(), span.start() + 1), "`smaps` block");
        }
        Spanned { value: vmas, span }
    }

    /// `Rss:   16 kB`, `VmFlags: rd wr`, `THPeligible:    0`.
    fn smaps_field(&mut self, field: Pair<Rule>) -> SmapsField {
        let span = self.span_of(&field);
        let span = Span::new(span.start(), span.start() + field.as_str().trim_end().len());
        let mut parts = field.into_inner();
        let name = parts.next().map(|n| self.spanned(&n)).unwrap_or(Spanned {
            value: String::new(),
            span,
        });
        let text = parts.next().map_or("", |v| v.as_str()).trim();
        let value = if name.value == "VmFlags" {
            SmapsValue::Flags(text.split_whitespace().map(str::to_string).collect())
        } else {
            let figure = text.strip_suffix("kB").unwrap_or(text).trim();
            match figure.parse() {
                Ok(n) => SmapsValue::Number(n),
                Err(_) => SmapsValue::Text(text.to_string()),
            }
        };
        SmapsField { name, value, span }
    }

    fn maps_line(&mut self, line: Pair<Rule>) -> Option<MapsLine> {
        let span = self.span_of(&line);
        let mut out = MapsLine {
            start: 0,
            end: 0,
            perms: String::new(),
            offset: None,
            dev: None,
            inode: None,
            name: None,
            span: Span::new(span.start(), span.start() + line.as_str().trim_end().len()),
        };
        let mut hexes = 0;
        for field in line.into_inner() {
            let text = field.as_str();
            let at = self.base + field.as_span().start();
            match field.as_rule() {
                Rule::hex => {
                    let value = self.hex(text, at);
                    match hexes {
                        0 => out.start = value,
                        1 => out.end = value,
                        _ => out.offset = Some(value),
                    }
                    hexes += 1;
                }
                Rule::perms => out.perms = text.to_string(),
                Rule::dev => {
                    let (major, minor) = text.split_once(':')?;
                    let minor_at = at + major.len() + 1;
                    let major = self.dev_number(major, at);
                    let minor = self.dev_number(minor, minor_at);
                    out.dev = Some((major, minor));
                }
                Rule::inode => out.inode = Some(self.int(&field)),
                Rule::maps_name => out.name = Some(text.trim().to_string()),
                _ => {}
            }
        }
        Some(out)
    }

    /// A hex field of a maps line (no `0x`).
    fn hex(&mut self, text: &str, at: usize) -> u64 {
        match u64::from_str_radix(text, 16) {
            Ok(value) => value,
            Err(_) => {
                let span = Span::new(at, at + text.len());
                self.error(
                    SyntaxError::new(
                        code::NUMBER_TOO_LARGE,
                        span,
                        "hex field too large for 64 bits",
                    )
                    .label("does not fit in 64 bits"),
                );
                0
            }
        }
    }

    /// One half of a maps line's `major:minor` device field.
    fn dev_number(&mut self, text: &str, at: usize) -> u32 {
        match u32::from_str_radix(text, 16) {
            Ok(value) => value,
            Err(_) => {
                let span = Span::new(at, at + text.len());
                self.error(
                    SyntaxError::new(
                        code::NUMBER_TOO_LARGE,
                        span,
                        "device number too large for 32 bits",
                    )
                    .label("does not fit in 32 bits"),
                );
                0
            }
        }
    }

    fn status_body(&mut self, body: Pair<Rule>) -> Spanned<Vec<StatusField>> {
        let span = self.span_of(&body);
        let mut fields = Vec::new();
        let mut closed = false;
        for item in body.into_inner() {
            match item.as_rule() {
                Rule::status_field => {
                    let field_span = self.span_of(&item);
                    let mut parts = item.into_inner();
                    let (Some(name), Some(value)) = (parts.next(), parts.next()) else {
                        continue;
                    };
                    fields.push(StatusField {
                        name: self.spanned(&name),
                        value: self.int(&value),
                        span: field_span,
                    });
                }
                Rule::block_close => closed = true,
                Rule::junk => self.junk_after_brace(&item),
                _ => {}
            }
        }
        if !closed {
            self.unterminated(Span::new(span.start(), span.start() + 1), "`status` block");
        }
        Spanned {
            value: fields,
            span,
        }
    }

    // ---- expressions ---------------------------------------------------------------

    fn int(&mut self, number: &Pair<Rule>) -> u64 {
        match parse_int(number.as_str(), self.base + number.as_span().start()) {
            Ok(value) => value,
            Err(error) => {
                self.error(error);
                0
            }
        }
    }

    /// Builds an expression from the grammar's flat `neg* operand (binop neg* operand)*`
    /// list, applying precedence: `*` over `+ -` over `<<` over `|`, all left-associative.
    fn expr(&mut self, expr: Pair<Rule>) -> Expr {
        let whole = self.span_of(&expr);
        let mut operands: Vec<Expr> = Vec::new();
        let mut ops: Vec<BinOp> = Vec::new();
        let mut negs: Vec<usize> = Vec::new();
        if self.expr_depth == 0 {
            self.operators = 0;
        }
        let mut past_limit = None;
        for token in expr.into_inner() {
            let span = self.span_of(&token);
            let kind = match token.as_rule() {
                Rule::neg | Rule::binop => {
                    self.operators += 1;
                    if self.operators == MAX_OPERATORS + 1 {
                        past_limit = Some(span);
                    }
                    if token.as_rule() == Rule::neg {
                        negs.push(span.start());
                        continue;
                    }
                    ops.push(match token.as_str() {
                        "|" => BinOp::Or,
                        "<<" => BinOp::Shl,
                        "+" => BinOp::Add,
                        "-" => BinOp::Sub,
                        _ => BinOp::Mul,
                    });
                    continue;
                }
                Rule::number => ExprKind::Int(self.int(&token)),
                Rule::var => ExprKind::Var(self.vars.intern(&token.as_str()[1..])),
                Rule::ident => Expr::name(token.as_str(), span).kind,
                _ => match token.into_inner().next() {
                    Some(inner) => {
                        self.expr_depth += 1;
                        let inner = self.expr(inner).kind;
                        self.expr_depth -= 1;
                        inner
                    }
                    None => ExprKind::Int(0),
                },
            };
            let mut operand = Expr { kind, span };
            if self.operators > MAX_OPERATORS {
                // Too long already: build no deeper tree (dropping one is
                // recursive too).
                negs.clear();
            }
            while let Some(start) = negs.pop() {
                operand = Expr::negated(operand, start);
            }
            operands.push(operand);
        }
        if self.operators > MAX_OPERATORS && past_limit.is_none() {
            // A parenthesised part already went past the limit and said so.
            return Expr {
                kind: ExprKind::Int(0),
                span: whole,
            };
        }
        if let Some(at) = past_limit {
            self.error(
                SyntaxError::new(
                    code::EXPRESSION_TOO_LONG,
                    at,
                    format!("expression too long: more than {MAX_OPERATORS} operators"),
                )
                .label("one operator too many")
                .help("no scenario needs this many operators; the file is probably damaged"),
            );
            return Expr {
                kind: ExprKind::Int(0),
                span: whole,
            };
        }
        fold_precedence(operands, ops)
    }
}

/// C's precedence: `*` over `+ -` over `<<` over `|`.
pub(super) fn precedence(op: BinOp) -> u8 {
    match op {
        BinOp::Or => 0,
        BinOp::Shl => 1,
        BinOp::Add | BinOp::Sub => 2,
        BinOp::Mul => 3,
    }
}

/// Operator-precedence folding of `operands[0] ops[0] operands[1] ...`.
fn fold_precedence(operands: Vec<Expr>, ops: Vec<BinOp>) -> Expr {
    fn reduce(out: &mut Vec<Expr>, op: BinOp) {
        if let (Some(rhs), Some(lhs)) = (out.pop(), out.pop()) {
            out.push(Expr::binary(op, lhs, rhs));
        }
    }
    let mut operands = operands.into_iter();
    let mut out: Vec<Expr> = operands.next().into_iter().collect();
    let mut pending: Vec<BinOp> = Vec::new();
    for (op, rhs) in ops.into_iter().zip(operands) {
        while let Some(&top) = pending.last() {
            if precedence(top) < precedence(op) {
                break;
            }
            pending.pop();
            reduce(&mut out, top);
        }
        pending.push(op);
        out.push(rhs);
    }
    while let Some(op) = pending.pop() {
        reduce(&mut out, op);
    }
    out.pop().unwrap_or(Expr {
        kind: ExprKind::Int(0),
        span: Span::default(),
    })
}

fn attr_example(name: &str) -> Option<&'static str> {
    match name {
        "size" => Some("size=16K"),
        "mode" => Some("mode=0644"),
        "owner" => Some("owner=1000:1000"),
        _ => None,
    }
}
