//! The `.mm` scenario language: grammar, AST, name resolution, diagnostics.

pub mod ast;
pub mod check;
pub mod constants;
pub mod decl;
pub mod error;
pub mod eval;
mod fast;
pub mod lines;
mod literal;
pub mod parser;
mod recover;

pub use error::{ScenarioErrors, SyntaxError};
pub use eval::EvalError;

/// The largest scenario read: 256 MiB (a 1,000,000-call scenario is about 50 MB).
pub const MAX_INPUT: usize = 256 << 20;

/// A scenario file's bytes as text: UTF-8, at most [`MAX_INPUT`] bytes
/// (`bytes` may hold one more, read to tell). A diagnostic otherwise, at the
/// first byte that is not UTF-8 or past the limit.
pub fn decode(name: &str, mut bytes: Vec<u8>) -> Result<String, ScenarioErrors> {
    use error::code;
    let too_large = bytes.len() > MAX_INPUT;
    bytes.truncate(MAX_INPUT);
    match String::from_utf8(bytes) {
        Ok(text) if !too_large => Ok(text),
        Ok(text) => {
            let at = text.len();
            let error = SyntaxError::new(
                code::TOO_LARGE,
                ast::Span::new(at, at),
                format!("the file goes on past {} MiB", MAX_INPUT >> 20),
            )
            .label("the limit")
            .help("a scenario is at most 256 MiB; split it into several files");
            Err(ScenarioErrors::new(name, &text, vec![error]))
        }
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            // The lossy text keeps every valid byte in place; the first bad
            // one is a U+FFFD (3 bytes) at `at`.
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let error = SyntaxError::new(
                code::INVALID_UTF8,
                ast::Span::new(at, at + '\u{fffd}'.len_utf8()),
                format!("byte {at} is not UTF-8 (0x{:02x})", e.as_bytes()[at]),
            )
            .label("not UTF-8")
            .help("a scenario is UTF-8 text; write other bytes in a string as escapes, or fix the file's encoding");
            Err(ScenarioErrors::new(name, &text, vec![error]))
        }
    }
}

/// Parses `source` into a scenario. `name` is the file name diagnostics show.
pub fn load(name: &str, source: &str) -> Result<ast::Scenario, ScenarioErrors> {
    let (mut scenario, mut errors) = parser::parse(source);
    let parsed_cleanly = errors.is_empty();
    let (declarations, check_errors) = check::check(&scenario, source);
    scenario.declarations = declarations;
    for error in check_errors {
        // A broken line may have been the one binding a variable: after a
        // syntax error, unbound variables are a cascade, not news.
        if parsed_cleanly || error.code != error::code::UNBOUND_VARIABLE {
            errors.push(error);
        }
    }
    errors.truncate(parser::MAX_ERRORS);
    if errors.is_empty() {
        unroll_repeats(&mut scenario);
        Ok(scenario)
    } else {
        Err(ScenarioErrors::new(name, source, errors))
    }
}

/// The most calls or accesses a `repeat` may make; more in all is
/// refused too (`check` holds each count to it, and the unrolling stops
/// there). Every unrolled statement costs a few hundred bytes, so the
/// bound keeps a tiny hostile file from growing into a gigabyte; it is
/// still four times vm.max_map_count's default (65,530), which the
/// map-until-the-limit loops of peer tests need.
pub const MAX_REPEAT: u64 = 1 << 18;

/// Unroll every `repeat` into COUNT copies of its statements, `$i`
/// replaced by its value in each (a repeat in the body is unrolled in each
/// copy: its count is a constant), so that the runner, the oracles and the
/// reports see plain statements. `check` has bounded every count; all the
/// copies of a scenario together stop at MAX_REPEAT.
pub fn unroll_repeats(scenario: &mut ast::Scenario) {
    use ast::StmtKind;
    let mut budget = MAX_REPEAT;
    for block in &mut scenario.blocks {
        if !block
            .stmts
            .iter()
            .any(|s| matches!(s.kind, StmtKind::Repeat { .. }))
        {
            continue;
        }
        let stmts = std::mem::take(&mut block.stmts);
        let mut out = Vec::with_capacity(stmts.len());
        for stmt in stmts {
            unroll(stmt, &mut out, &mut budget);
        }
        block.stmts = out;
    }
}

/// One statement into `out`: itself, or a repeat's copies. The recursion
/// follows the nesting of repeat blocks, which check_nesting bounds.
fn unroll(stmt: ast::Stmt, out: &mut Vec<ast::Stmt>, budget: &mut u64) {
    use ast::StmtKind;
    let StmtKind::Repeat { count, var, body } = stmt.kind else {
        if *budget > 0 {
            *budget -= 1;
            out.push(stmt);
        }
        return;
    };
    let n = count.eval(&|_| None).unwrap_or(0);
    for i in 0..n {
        if *budget == 0 {
            return;
        }
        for s in &body {
            let mut copy = s.clone();
            if let Some(v) = &var {
                substitute(&mut copy, v.value, i);
            }
            unroll(copy, out, budget);
        }
    }
}

/// `$v` is `i` in `stmt`, except inside a repeat that counts with a `$v`
/// of its own.
fn substitute(stmt: &mut ast::Stmt, v: ast::VarId, i: u64) {
    use ast::{ExprKind, StmtKind};
    let mut set = |e: &mut ast::Expr| {
        if e.kind == ExprKind::Var(v) {
            e.kind = ExprKind::Int(i);
        }
    };
    if let StmtKind::Repeat { count, var, body } = &mut stmt.kind {
        ast::visit_expr_mut(count, &mut set);
        if var.as_ref().is_some_and(|own| own.value == v) {
            return;
        }
        for s in body {
            substitute(s, v, i);
        }
        return;
    }
    ast::visit_exprs_mut(stmt, &mut set);
}

#[cfg(test)]
mod parser_tests;
