//! Expression evaluation: wrapping unsigned 64-bit arithmetic, as the
//! kernel's own, with constant names resolved through [`constants::lookup`].

use super::ast::{BinOp, Binary, Expr, ExprKind, Span, VarId};
use super::constants;

/// Why an expression has no value.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EvalError {
    #[error("unknown constant `{0}`")]
    UnknownName(String, Span),
    #[error("a variable is not bound")]
    UnboundVar(VarId, Span),
}

/// `lhs op rhs` in the kernel's wrapping unsigned arithmetic.
fn apply(op: BinOp, lhs: u64, rhs: u64) -> u64 {
    match op {
        BinOp::Or => lhs | rhs,
        BinOp::Add => lhs.wrapping_add(rhs),
        BinOp::Sub => lhs.wrapping_sub(rhs),
        BinOp::Mul => lhs.wrapping_mul(rhs),
        // Bits shifted past 64 are gone (C leaves it undefined).
        BinOp::Shl => u32::try_from(rhs)
            .ok()
            .and_then(|n| lhs.checked_shl(n))
            .unwrap_or(0),
    }
}

/// Constructors the parsers use. Names are resolved and arithmetic on known
/// values is done as an expression is parsed: `PROT_READ|PROT_WRITE` is
/// `Int(3)` from then on (with the span of the whole), so the AST stays
/// small and a run evaluates only what depends on variables.
impl EvalError {
    /// The error in words, with the variables' names (`Scenario::vars`).
    pub fn describe(&self, vars: &[String]) -> String {
        match self {
            EvalError::UnboundVar(id, _) => format!(
                "variable `${}` is not bound",
                vars.get(id.index()).map_or("?", String::as_str)
            ),
            other => other.to_string(),
        }
    }
}

impl Expr {
    /// A constant name: its value if the language knows it, else the name,
    /// kept for `check` to report.
    pub fn name(text: &str, span: Span) -> Expr {
        let kind = match constants::lookup(text) {
            Some(value) => ExprKind::Int(value),
            None => ExprKind::Name(Box::new(text.to_string())),
        };
        Expr { kind, span }
    }

    /// `-inner`, starting at `start`.
    pub fn negated(inner: Expr, start: usize) -> Expr {
        let span = Span::new(start, inner.span.end());
        let kind = match inner.kind {
            ExprKind::Int(v) => ExprKind::Int(v.wrapping_neg()),
            _ => ExprKind::Neg(Box::new(inner)),
        };
        Expr { kind, span }
    }

    /// `lhs op rhs`.
    pub fn binary(op: BinOp, lhs: Expr, rhs: Expr) -> Expr {
        let span = Span::new(lhs.span.start(), rhs.span.end());
        let kind = match (&lhs.kind, &rhs.kind) {
            (ExprKind::Int(a), ExprKind::Int(b)) => ExprKind::Int(apply(op, *a, *b)),
            _ => ExprKind::Binary(Box::new(Binary { op, lhs, rhs })),
        };
        Expr { kind, span }
    }

    /// The value of this expression; `var` gives the variables' values.
    pub fn eval(&self, var: &dyn Fn(VarId) -> Option<u64>) -> Result<u64, EvalError> {
        Ok(match &self.kind {
            ExprKind::Int(value) => *value,
            ExprKind::Name(name) => constants::lookup(name)
                .ok_or_else(|| EvalError::UnknownName(name.to_string(), self.span))?,
            ExprKind::Var(id) => var(*id).ok_or(EvalError::UnboundVar(*id, self.span))?,
            ExprKind::Neg(inner) => inner.eval(var)?.wrapping_neg(),
            ExprKind::Binary(b) => apply(b.op, b.lhs.eval(var)?, b.rhs.eval(var)?),
        })
    }

    /// Calls `f` on this expression and every sub-expression, outermost first.
    pub fn walk(&self, f: &mut dyn FnMut(&Expr)) {
        f(self);
        match &self.kind {
            ExprKind::Neg(inner) => inner.walk(f),
            ExprKind::Binary(b) => {
                b.lhs.walk(f);
                b.rhs.walk(f);
            }
            ExprKind::Int(_) | ExprKind::Name(_) | ExprKind::Var(_) => {}
        }
    }
}
