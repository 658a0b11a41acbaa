//! Expression evaluation: wrapping unsigned 64-bit arithmetic, as the
//! kernel's own, with constant names resolved through [`constants::lookup`].

use super::ast::{BinOp, Expr, ExprKind, Span};
use super::constants;

/// Why an expression has no value.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EvalError {
    #[error("unknown constant `{0}`")]
    UnknownName(String, Span),
    #[error("variable `${0}` is not bound")]
    UnboundVar(String, Span),
}

impl Expr {
    /// The value of this expression; `var` gives the variables' values.
    pub fn eval(&self, var: &dyn Fn(&str) -> Option<u64>) -> Result<u64, EvalError> {
        Ok(match &self.kind {
            ExprKind::Int(value) => *value,
            ExprKind::Name(name) => constants::lookup(name)
                .ok_or_else(|| EvalError::UnknownName(name.clone(), self.span))?,
            ExprKind::Var(name) => {
                var(name).ok_or_else(|| EvalError::UnboundVar(name.clone(), self.span))?
            }
            ExprKind::Neg(inner) => inner.eval(var)?.wrapping_neg(),
            ExprKind::Binary(op, lhs, rhs) => {
                let (lhs, rhs) = (lhs.eval(var)?, rhs.eval(var)?);
                match op {
                    BinOp::Or => lhs | rhs,
                    BinOp::Add => lhs.wrapping_add(rhs),
                    BinOp::Sub => lhs.wrapping_sub(rhs),
                    BinOp::Mul => lhs.wrapping_mul(rhs),
                }
            }
        })
    }

    /// Calls `f` on this expression and every sub-expression, outermost first.
    pub fn walk(&self, f: &mut dyn FnMut(&Expr)) {
        f(self);
        match &self.kind {
            ExprKind::Neg(inner) => inner.walk(f),
            ExprKind::Binary(_, lhs, rhs) => {
                lhs.walk(f);
                rhs.walk(f);
            }
            ExprKind::Int(_) | ExprKind::Name(_) | ExprKind::Var(_) => {}
        }
    }
}
