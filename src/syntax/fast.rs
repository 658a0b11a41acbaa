//! The parser's fast path: a small recursive-descent reader for the lines
//! that make up almost all of a large scenario, one-line call statements
//! such as
//!
//! ```text
//!     $a = mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
//!     munmap($a, 8192) = -1 EINVAL (Invalid argument)   # comment
//! ```
//!
//! plus blank and comment-only lines. The grammar (`grammar/mm.pest`) stays
//! the definition of the language: this reader follows its rules for
//! `call_stmt` step by step and builds exactly the AST the pest builder
//! would (spans included), and it gives up ([`Line::Other`]) the moment a
//! line is anything else: another statement, an argument list or expression
//! running onto the next line, a literal the builder would report, anything
//! it is not sure of. Those lines go to pest, so every error still comes from
//! pest and reads the same. `tests/fast_path.rs` checks the two agree.

use super::ast::*;
use super::literal::{parse_int, parse_string};
use super::parser::{MAX_OPERATORS, precedence};

/// What the line starting at a given offset is.
pub enum Line {
    /// A complete call statement; the offset is the start of the next line
    /// (or the end of the file).
    Call(Stmt, usize),
    /// Only whitespace and perhaps a comment; the offset as for `Call`.
    Empty(usize),
    /// Anything else: pest reads it.
    Other,
}

/// Deeper than this (unary minus, parentheses, structs) is left to pest.
const MAX_DEPTH: usize = 32;

/// Reads the line starting at `pos` (a line start) as `top_item` or
/// `block_item` would. Inside a block (`in_block`) the line must end with a
/// line break: a last line without one is how an unterminated block ends,
/// which pest handles.
pub fn line(src: &str, pos: usize, in_block: bool, vars: &mut VarNames) -> Line {
    let mark = vars.mark();
    let mut reader = Reader {
        src,
        bytes: src.as_bytes(),
        at: pos,
        operators: 0,
        vars,
    };
    let line = reader.line(in_block);
    if let Line::Other = line {
        // pest reads the line again and names its variables in its turn.
        vars.rollback(mark);
    }
    line
}

impl Reader<'_> {
    fn line(&mut self, in_block: bool) -> Line {
        let reader = self;
        reader.sp();
        let stmt = match reader.peek() {
            b'$' | b'a'..=b'z' | b'A'..=b'Z' | b'_' => match reader.call_stmt() {
                Some(stmt) => Some(stmt),
                None => return Line::Other,
            },
            _ => None,
        };
        // line_end: sp ~ comment? ~ &("\n" | EOI)
        reader.sp();
        if reader.peek() == b'#' {
            reader.at += memchr_newline(&reader.bytes[reader.at..]);
        }
        let end = match reader.bytes.get(reader.at) {
            Some(b'\n') => reader.at + 1,
            None if !in_block => reader.at,
            _ => return Line::Other,
        };
        match stmt {
            Some(stmt) => Line::Call(stmt, end),
            None => Line::Empty(end),
        }
    }
}

/// Offset of the first `\n` in `bytes`, or its length.
fn memchr_newline(bytes: &[u8]) -> usize {
    memchr::memchr(b'\n', bytes).unwrap_or(bytes.len())
}

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_'
}

fn is_ident_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

struct Reader<'s> {
    src: &'s str,
    bytes: &'s [u8],
    at: usize,
    vars: &'s mut VarNames,
    /// Operators read on this line: past the builder's MAX_OPERATORS the
    /// line goes to pest, whose builder reports it.
    operators: usize,
}

impl Reader<'_> {
    /// The next byte, or 0 at the end (0 never starts anything here).
    fn peek(&self) -> u8 {
        self.bytes.get(self.at).copied().unwrap_or(0)
    }

    fn eat(&mut self, b: u8) -> Option<()> {
        if self.peek() == b {
            self.at += 1;
            Some(())
        } else {
            None
        }
    }

    /// `sp`: spaces, tabs and carriage returns.
    fn sp(&mut self) {
        while matches!(self.peek(), b' ' | b'\t' | b'\r') {
            self.at += 1;
        }
    }

    /// `gap` as long as it stays on this line; a line break or a comment
    /// means the construct continues on the next line: not for this reader.
    fn gap(&mut self) -> Option<()> {
        self.sp();
        match self.peek() {
            b'\n' | b'#' => None,
            _ => Some(()),
        }
    }

    /// `(ASCII_ALPHA | "_") ~ ident_char*` (or with `$` for a variable):
    /// the span of the word.
    fn word(&mut self) -> Option<Span> {
        let start = self.at;
        if !is_ident_start(self.peek()) {
            return None;
        }
        self.at += 1;
        while is_ident_char(self.peek()) {
            self.at += 1;
        }
        Some(Span::new(start, self.at))
    }

    fn spanned(&self, span: Span) -> Spanned<String> {
        Spanned {
            value: self.src[span.start()..span.end()].to_string(),
            span,
        }
    }

    /// `call_stmt = (var ~ sp ~ "=" ~ sp)? ~ call ~ (sp ~ expect)?`
    fn call_stmt(&mut self) -> Option<Stmt> {
        let start = self.at;
        let bind = if self.peek() == b'$' {
            self.at += 1;
            let name = self.word()?;
            self.sp();
            self.eat(b'=')?;
            self.sp();
            Some(Spanned {
                value: self.vars.intern(&self.src[name.start()..name.end()]),
                span: Span::new(name.start() - 1, name.end()),
            })
        } else {
            None
        };
        let call = self.call()?;
        let after_call = self.at;
        self.sp();
        let expect = if self.peek() == b'=' {
            Some(self.expect()?)
        } else {
            self.at = after_call;
            None
        };
        Some(Stmt {
            span: Span::new(start, self.at),
            kind: StmtKind::Call { bind, call, expect },
        })
    }

    /// `call = ident ~ "(" ~ gap ~ (arg ~ (gap ~ "," ~ gap ~ arg)*)? ~ gap ~ ")"`
    fn call(&mut self) -> Option<Call> {
        let start = self.at;
        let name = self.word()?;
        self.eat(b'(')?;
        self.gap()?;
        let mut args = Vec::with_capacity(6);
        if self.peek() != b')' {
            args.push(self.arg(0)?);
            loop {
                self.gap()?;
                match self.peek() {
                    b',' => {
                        self.at += 1;
                        self.gap()?;
                        args.push(self.arg(0)?);
                    }
                    b')' => break,
                    _ => return None,
                }
            }
        }
        self.eat(b')')?;
        Some(Call {
            id: CallId::from_name(&self.src[name.start()..name.end()]),
            name,
            args: args.into_boxed_slice(),
            span: Span::new(start, self.at),
        })
    }

    /// `arg = string | strukt | expr`
    fn arg(&mut self, depth: usize) -> Option<Arg> {
        match self.peek() {
            b'"' => self.string().map(|s| Arg::Str(Box::new(s))),
            b'{' => self.strukt(depth + 1),
            _ => self.expr(depth).map(Arg::Expr),
        }
    }

    /// `string = "\"" ~ ("\\" ~ (!"\n" ~ ANY) | !("\"" | "\\" | "\n") ~ ANY)* ~ "\""`,
    /// with its escapes resolved (a bad one is pest's to report).
    fn string(&mut self) -> Option<Spanned<String>> {
        let start = self.at;
        self.at += 1;
        loop {
            match self.peek() {
                b'"' => break,
                b'\\' => {
                    self.at += 1;
                    let c = self.src.get(self.at..)?.chars().next()?;
                    if c == '\n' {
                        return None;
                    }
                    self.at += c.len_utf8();
                }
                b'\n' => return None,
                0 if self.at >= self.bytes.len() => return None,
                _ => self.at += 1,
            }
        }
        self.at += 1;
        let text = &self.src[start..self.at];
        let value = parse_string(text, start).ok()?;
        Some(Spanned {
            value,
            span: Span::new(start, self.at),
        })
    }

    /// `strukt = "{" ~ gap ~ (field ~ (gap ~ "," ~ gap ~ field)*)? ~ gap ~ "}"`
    fn strukt(&mut self, depth: usize) -> Option<Arg> {
        if depth > MAX_DEPTH {
            return None;
        }
        let start = self.at;
        self.at += 1;
        self.gap()?;
        let mut fields = Vec::new();
        if self.peek() != b'}' {
            fields.push(self.field(depth)?);
            loop {
                self.gap()?;
                match self.peek() {
                    b',' => {
                        self.at += 1;
                        self.gap()?;
                        fields.push(self.field(depth)?);
                    }
                    b'}' => break,
                    _ => return None,
                }
            }
        }
        self.eat(b'}')?;
        Some(Arg::Struct(Box::new(StructArg {
            fields,
            span: Span::new(start, self.at),
        })))
    }

    /// `field = ident ~ sp ~ "=" ~ sp ~ arg`
    fn field(&mut self, depth: usize) -> Option<(Spanned<String>, Arg)> {
        let name = self.word()?;
        self.sp();
        self.eat(b'=')?;
        self.sp();
        let value = self.arg(depth)?;
        Some((self.spanned(name), value))
    }

    /// `expect = "=" ~ sp ~ (expect_err | expr) ~ (sp ~ strace_note)?`
    fn expect(&mut self) -> Option<Expect> {
        self.eat(b'=')?;
        self.sp();
        let before = self.at;
        let expect = match self.expect_err() {
            Some(expect) => expect,
            None => {
                self.at = before;
                Expect::Value(self.expr(0)?)
            }
        };
        // strace_note = "(" ~ (!(")" | "\n") ~ ANY)* ~ ")"
        let after = self.at;
        self.sp();
        if self.peek() == b'(' {
            let rest = &self.bytes[self.at..];
            match rest.iter().position(|&b| b == b')' || b == b'\n') {
                Some(i) if rest[i] == b')' => self.at += i + 1,
                _ => self.at = after,
            }
        } else {
            self.at = after;
        }
        Some(expect)
    }

    /// `expect_err = "-" ~ sp ~ "1" ~ !ident_char ~ sp1 ~ ident`
    fn expect_err(&mut self) -> Option<Expect> {
        let start = self.at;
        self.eat(b'-')?;
        self.sp();
        self.eat(b'1')?;
        // `!ident_char ~ sp1`: at least one blank, and so no word character.
        if !matches!(self.peek(), b' ' | b'\t' | b'\r') {
            return None;
        }
        self.sp();
        let errno = self.word()?;
        Some(Expect::Error {
            errno: Box::new(self.spanned(errno)),
            span: Span::new(start, self.at),
        })
    }

    /// `expr = neg* ~ operand ~ (sp ~ binop ~ gap ~ neg* ~ operand)*`, with
    /// the builder's precedence (`*` over `+ -` over `<<` over `|`, all
    /// left-associative), by precedence climbing: the same tree as
    /// the builder's `fold_precedence` without its temporary vectors. A `binop` not
    /// followed by an operand is pest's business.
    fn expr(&mut self, depth: usize) -> Option<Expr> {
        self.climb(depth, 0)
    }

    fn climb(&mut self, depth: usize, min_precedence: u8) -> Option<Expr> {
        let mut lhs = self.unary(depth)?;
        loop {
            let before = self.at;
            self.sp();
            let op = match binop(self.peek()) {
                Some(op) if precedence(op) >= min_precedence => op,
                _ => {
                    self.at = before;
                    return Some(lhs);
                }
            };
            self.at += 1;
            self.counted()?;
            self.gap()?;
            let rhs = self.climb(depth, precedence(op) + 1)?;
            lhs = Expr::binary(op, lhs, rhs);
        }
    }

    /// One more operator on this line; None past MAX_OPERATORS.
    fn counted(&mut self) -> Option<()> {
        self.operators += 1;
        (self.operators <= MAX_OPERATORS).then_some(())
    }

    /// `neg* ~ operand`, `neg = "-" ~ sp`.
    fn unary(&mut self, depth: usize) -> Option<Expr> {
        if self.peek() == b'-' {
            if depth > MAX_DEPTH {
                return None;
            }
            let start = self.at;
            self.at += 1;
            self.counted()?;
            self.sp();
            let inner = self.unary(depth + 1)?;
            return Some(Expr::negated(inner, start));
        }
        self.operand(depth)
    }

    /// `operand = number | var | ident | paren`
    fn operand(&mut self, depth: usize) -> Option<Expr> {
        let start = self.at;
        let kind = match self.peek() {
            b'0'..=b'9' => {
                self.at += 1;
                while is_ident_char(self.peek()) {
                    self.at += 1;
                }
                ExprKind::Int(parse_int(&self.src[start..self.at], start).ok()?)
            }
            b'$' => {
                self.at += 1;
                let name = self.word()?;
                ExprKind::Var(self.vars.intern(&self.src[name.start()..name.end()]))
            }
            b'(' => {
                if depth > MAX_DEPTH {
                    return None;
                }
                self.at += 1;
                self.gap()?;
                let inner = self.expr(depth + 1)?;
                self.gap()?;
                self.eat(b')')?;
                inner.kind
            }
            _ => {
                let name = self.word()?;
                return Some(Expr::name(&self.src[name.start()..name.end()], name));
            }
        };
        Some(Expr {
            kind,
            span: Span::new(start, self.at),
        })
    }
}

fn binop(b: u8) -> Option<BinOp> {
    match b {
        b'|' => Some(BinOp::Or),
        b'+' => Some(BinOp::Add),
        b'-' => Some(BinOp::Sub),
        b'*' => Some(BinOp::Mul),
        _ => None,
    }
}
