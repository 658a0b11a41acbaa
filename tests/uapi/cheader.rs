//! Just enough of the C preprocessor to read the kernel's uapi headers:
//! object-like `#define`s, `enum { NAME = EXPR, ... }` members, and
//! `#if`/`#ifdef`/`#ifndef`/`#else`/`#endif` (so the `#ifndef O_CREAT`
//! guards and the 32-bit-only `F_GETLK64` block are honoured). Values are
//! evaluated lazily with C's integer rules for the types these headers use
//! (int, unsigned, long, unsigned long on x86-64), so `(~0UL)`,
//! `(14U << 26)` and `-100` come out as the compiler would make them.

use std::collections::HashMap;

/// Every name a list of headers defines, in the order read, with the text
/// of its value; evaluation happens on demand.
#[derive(Default)]
pub struct Defines {
    /// name -> (header, value text); function-like macros are left out.
    pub raw: HashMap<String, (String, String)>,
    /// Names in definition order, with the header each came from.
    pub order: Vec<(String, String)>,
}

impl Defines {
    /// Read `text` (the header `name`) after the headers read before it.
    pub fn read(&mut self, name: &str, text: &str) {
        let text = strip_comments(text);
        let text = text.replace("\\\n", " ");
        // The conditional stack: whether each level is active.
        let mut active: Vec<bool> = Vec::new();
        let mut taken: Vec<bool> = Vec::new();
        let mut in_enum: Option<i128> = None;
        let mut enum_text = String::new();
        for line in text.lines() {
            let t = line.trim();
            let on = active.iter().all(|&a| a);
            if let Some(d) = t.strip_prefix('#') {
                let d = d.trim_start();
                let (kw, rest) = d.split_once(char::is_whitespace).unwrap_or((d, ""));
                let rest = rest.trim();
                match kw {
                    "ifndef" => {
                        let c = !self.raw.contains_key(rest);
                        active.push(c);
                        taken.push(c);
                    }
                    "ifdef" => {
                        let c = self.raw.contains_key(rest);
                        active.push(c);
                        taken.push(c);
                    }
                    "if" => {
                        let c = self.eval_condition(rest);
                        active.push(c);
                        taken.push(c);
                    }
                    "elif" => {
                        let c = !taken.last().copied().unwrap_or(true) && self.eval_condition(rest);
                        if let Some(a) = active.last_mut() {
                            *a = c;
                        }
                        if let Some(t) = taken.last_mut() {
                            *t |= c;
                        }
                    }
                    "else" => {
                        let t = taken.last().copied().unwrap_or(true);
                        if let Some(a) = active.last_mut() {
                            *a = !t;
                        }
                    }
                    "endif" => {
                        active.pop();
                        taken.pop();
                    }
                    "define" if on => self.define(name, rest),
                    _ => {}
                }
                continue;
            }
            if !on {
                continue;
            }
            // enum { A = 1, B = A | 2, C, };
            if in_enum.is_none() && t.starts_with("enum") && t.contains('{') {
                in_enum = Some(-1);
                enum_text.clear();
                enum_text.push_str(t.split_once('{').map_or("", |x| x.1));
            } else if in_enum.is_some() {
                enum_text.push(' ');
                enum_text.push_str(t);
            }
            if in_enum.is_some() && enum_text.contains('}') {
                let body = enum_text.split('}').next().unwrap_or("").to_string();
                let mut last = in_enum.take().unwrap_or(-1);
                for member in body.split(',') {
                    let member = member.trim();
                    if member.is_empty() {
                        continue;
                    }
                    let (n, v) = match member.split_once('=') {
                        Some((n, v)) => (n.trim(), v.trim().to_string()),
                        None => (member, format!("{}", last + 1)),
                    };
                    last = self.eval(&v).map_or(last + 1, |x| x.v);
                    self.insert(name, n, &v);
                }
            }
        }
    }

    fn define(&mut self, header: &str, rest: &str) {
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        let (n, after) = rest.split_at(end);
        if after.starts_with('(') {
            return; // function-like
        }
        self.insert(header, n, after.trim());
    }

    fn insert(&mut self, header: &str, n: &str, v: &str) {
        if !self.raw.contains_key(n) {
            self.order.push((n.to_string(), header.to_string()));
        }
        self.raw
            .insert(n.to_string(), (header.to_string(), v.to_string()));
    }

    /// The value of a name, as x86-64 C evaluates it, as the 64-bit pattern
    /// a register would hold (an int -100 is sign-extended).
    pub fn value(&self, name: &str) -> Result<u64, String> {
        let (_, text) = self.raw.get(name).ok_or(format!("{name} is not defined"))?;
        let v = self.eval(text)?;
        Ok(if v.v < 0 {
            v.v as i64 as u64
        } else {
            v.v as u64
        })
    }

    fn eval_condition(&self, text: &str) -> bool {
        let mut toks = tokens(text);
        // defined(X) / defined X become 1 or 0 before evaluation.
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if toks[i] == "defined" {
                let (name, skip) = if toks.get(i + 1).map(String::as_str) == Some("(") {
                    (toks.get(i + 2).cloned().unwrap_or_default(), 4)
                } else {
                    (toks.get(i + 1).cloned().unwrap_or_default(), 2)
                };
                out.push(
                    if self.raw.contains_key(&name) {
                        "1"
                    } else {
                        "0"
                    }
                    .to_string(),
                );
                i += skip;
            } else {
                out.push(std::mem::take(&mut toks[i]));
                i += 1;
            }
        }
        let mut p = Parser {
            toks: out,
            pos: 0,
            defs: self,
            lenient: true,
        };
        p.expr(0).map(|v| v.v != 0).unwrap_or(false)
    }

    fn eval(&self, text: &str) -> Result<Val, String> {
        let mut p = Parser {
            toks: tokens(text),
            pos: 0,
            defs: self,
            lenient: false,
        };
        let v = p.expr(0)?;
        if p.pos != p.toks.len() {
            return Err(format!("cannot evaluate `{text}`"));
        }
        Ok(v)
    }
}

fn strip_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        let block = rest.find("/*");
        let line = rest.find("//");
        match (block, line) {
            (Some(b), l) if l.is_none_or(|l| b < l) => {
                out.push_str(&rest[..b]);
                match rest[b + 2..].find("*/") {
                    // Keep the line structure: a comment spanning lines
                    // leaves its newlines behind.
                    Some(e) => {
                        let inside = &rest[b + 2..b + 2 + e];
                        out.push(' ');
                        out.extend(inside.chars().filter(|&c| c == '\n'));
                        rest = &rest[b + 2 + e + 2..];
                    }
                    None => return out,
                }
            }
            (_, Some(l)) => {
                out.push_str(&rest[..l]);
                rest = &rest[l..];
                rest = rest.find('\n').map_or("", |n| &rest[n..]);
            }
            _ => {
                out.push_str(rest);
                return out;
            }
        }
    }
}

fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i] as char;
        if c.is_whitespace() {
            i += 1;
        } else if c.is_ascii_alphanumeric() || c == '_' {
            let s = i;
            while i < b.len() && ((b[i] as char).is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            out.push(text[s..i].to_string());
        } else {
            let two = text.get(i..i + 2).unwrap_or("");
            if ["<<", ">>", "==", "!=", "&&", "||", "<=", ">="].contains(&two) {
                out.push(two.to_string());
                i += 2;
            } else {
                out.push(c.to_string());
                i += 1;
            }
        }
    }
    out
}

/// A C integer: its value and type (64-bit or 32-bit, unsigned or not).
#[derive(Clone, Copy, Debug)]
struct Val {
    v: i128,
    wide: bool,
    unsigned: bool,
}

impl Val {
    fn int(v: i128) -> Val {
        Val {
            v,
            wide: false,
            unsigned: false,
        }
    }
    /// Wrap to the type's width, as the C arithmetic would.
    fn fit(mut self) -> Val {
        let bits = if self.wide { 64 } else { 32 };
        let m = 1i128 << bits;
        self.v = self.v.rem_euclid(m);
        if !self.unsigned && self.v >= m / 2 {
            self.v -= m;
        }
        self
    }
    /// The usual arithmetic conversions.
    fn common(a: Val, b: Val) -> (bool, bool) {
        let wide = a.wide || b.wide;
        let unsigned = if a.wide == b.wide {
            a.unsigned || b.unsigned
        } else if a.wide {
            a.unsigned
        } else {
            b.unsigned
        };
        (wide, unsigned)
    }
}

struct Parser<'a> {
    toks: Vec<String>,
    pos: usize,
    defs: &'a Defines,
    /// In `#if`, an unknown name is 0.
    lenient: bool,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&str> {
        self.toks.get(self.pos).map(String::as_str)
    }

    fn binding(op: &str) -> Option<u8> {
        Some(match op {
            "||" => 1,
            "&&" => 2,
            "|" => 3,
            "^" => 4,
            "&" => 5,
            "==" | "!=" => 6,
            "<" | ">" | "<=" | ">=" => 7,
            "<<" | ">>" => 8,
            "+" | "-" => 9,
            "*" | "/" | "%" => 10,
            _ => return None,
        })
    }

    fn expr(&mut self, min: u8) -> Result<Val, String> {
        let mut lhs = self.unary()?;
        while let Some(op) = self.peek().map(str::to_string) {
            let Some(b) = Self::binding(&op) else { break };
            if b <= min {
                break;
            }
            self.pos += 1;
            let rhs = self.expr(b)?;
            lhs = apply(&op, lhs, rhs)?;
        }
        Ok(lhs)
    }

    fn unary(&mut self) -> Result<Val, String> {
        let t = self.peek().ok_or("unexpected end")?.to_string();
        self.pos += 1;
        match t.as_str() {
            "(" => {
                let v = self.expr(0)?;
                if self.peek() != Some(")") {
                    return Err("missing )".into());
                }
                self.pos += 1;
                Ok(v)
            }
            "-" => {
                let v = self.unary()?;
                Ok(Val { v: -v.v, ..v }.fit())
            }
            "+" => self.unary(),
            "~" => {
                let v = self.unary()?;
                Ok(Val { v: !v.v, ..v }.fit())
            }
            "!" => {
                let v = self.unary()?;
                Ok(Val::int((v.v == 0) as i128))
            }
            _ if t.starts_with(|c: char| c.is_ascii_digit()) => literal(&t),
            _ => match self.defs.raw.get(&t) {
                Some((_, text)) => self.defs.eval(text),
                None if self.lenient => Ok(Val::int(if t == "__BITS_PER_LONG" { 64 } else { 0 })),
                None => Err(format!("`{t}` is not defined")),
            },
        }
    }
}

fn literal(t: &str) -> Result<Val, String> {
    let lower = t.to_ascii_lowercase();
    let digits = lower.trim_end_matches(['u', 'l']);
    let suffix = &lower[digits.len()..];
    let v = if let Some(h) = digits.strip_prefix("0x") {
        i128::from_str_radix(h, 16)
    } else if digits.len() > 1 && digits.starts_with('0') {
        i128::from_str_radix(&digits[1..], 8)
    } else {
        digits.parse::<i128>()
    }
    .map_err(|_| format!("bad number {t}"))?;
    let unsigned = suffix.contains('u');
    let mut wide = suffix.contains('l');
    // An unsuffixed constant too large for int is long (it would be
    // unsigned int first for hex/octal; no header here relies on that).
    if !wide && v > i128::from(if unsigned { u32::MAX } else { i32::MAX as u32 }) {
        wide = true;
    }
    Ok(Val { v, wide, unsigned }.fit())
}

fn apply(op: &str, a: Val, b: Val) -> Result<Val, String> {
    let (wide, unsigned) = Val::common(a, b);
    let t = |v: i128| Val { v, wide, unsigned }.fit();
    Ok(match op {
        "|" => t(a.v | b.v),
        "&" => t(a.v & b.v),
        "^" => t(a.v ^ b.v),
        "+" => t(a.v + b.v),
        "-" => t(a.v - b.v),
        "*" => t(a.v * b.v),
        "/" if b.v != 0 => t(a.v / b.v),
        "%" if b.v != 0 => t(a.v % b.v),
        // A shift has the type of its left operand.
        "<<" => Val { v: a.v << b.v, ..a }.fit(),
        ">>" => Val { v: a.v >> b.v, ..a }.fit(),
        "==" => Val::int((a.v == b.v) as i128),
        "!=" => Val::int((a.v != b.v) as i128),
        "<" => Val::int((a.v < b.v) as i128),
        ">" => Val::int((a.v > b.v) as i128),
        "<=" => Val::int((a.v <= b.v) as i128),
        ">=" => Val::int((a.v >= b.v) as i128),
        "&&" => Val::int((a.v != 0 && b.v != 0) as i128),
        "||" => Val::int((a.v != 0 || b.v != 0) as i128),
        _ => return Err(format!("operator {op}")),
    })
}
