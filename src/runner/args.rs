//! Evaluating a call's arguments as written (variables, constants,
//! arithmetic) into the values user space passes; the engine decodes them
//! by position (`Syscall::decode`), the report prints them.

use super::{RunError, Runner};
use crate::engine::Syscall;
use crate::syntax::ast::{Arg, Call, Expr};
use crate::uapi::calls::{ArgValue, CallId};

/// An argument's value, with `eval` giving expressions theirs (the runner's
/// variables, or another run's: the host oracle evaluates with the host's).
pub fn value_with<E>(
    arg: &Arg,
    eval: &mut dyn FnMut(&Expr) -> Result<u64, E>,
) -> Result<ArgValue, E> {
    Ok(match arg {
        Arg::Expr(e) => ArgValue::Num(eval(e)?),
        Arg::Str(s) => ArgValue::Str(s.value.clone()),
        Arg::Vector(v) => ArgValue::Vector {
            entries: v.entries.iter().map(&mut *eval).collect::<Result<_, E>>()?,
            more: v.more,
        },
        Arg::Struct(s) => {
            let fields = &s.fields;
            let mut get = |name: &str| -> Result<u64, E> {
                match fields.iter().find(|(n, _)| n.value == name) {
                    Some((_, Arg::Expr(e))) => eval(e),
                    _ => Ok(0),
                }
            };
            if fields.iter().any(|(n, _)| n.value.starts_with("rlim_")) {
                ArgValue::Rlimit {
                    rlim_cur: get("rlim_cur")?,
                    rlim_max: get("rlim_max")?,
                }
            } else {
                ArgValue::Flock {
                    l_type: get("l_type")?,
                    l_whence: get("l_whence")?,
                    l_start: get("l_start")?,
                    l_len: get("l_len")?,
                }
            }
        }
    })
}

/// Evaluate a call's arguments and build the engine's request.
pub fn lower(r: &Runner, call: &Call) -> Result<(CallId, Vec<ArgValue>, Syscall), RunError> {
    // `check` refuses unknown calls before a scenario runs.
    let id = call.id.ok_or_else(|| RunError {
        message: "the runner does not know this call".into(),
        span: call.name,
        help: None,
    })?;
    let mut args = Vec::with_capacity(call.args.len());
    for a in &call.args {
        args.push(value_with(a, &mut |e| r.eval(e))?);
    }
    let syscall = Syscall::decode(id, &args);
    Ok((id, args, syscall))
}
