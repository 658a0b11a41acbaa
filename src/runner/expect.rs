//! Comparing what the model produced with what the scenario expects.

use super::{RunError, Runner};
use crate::engine::Refusal;
use crate::engine::proc::{MapsEntry, StatusInfo};
use crate::syntax::ast::{
    Expect, MapsLine, SmapsField, SmapsValue, SmapsVma, Span, Spanned, StatusField,
};
use crate::uapi;

/// An expectation that did not hold.
#[derive(Clone, Debug)]
pub struct Mismatch {
    pub span: Span,
    pub kind: MismatchKind,
}

#[derive(Clone, Debug)]
pub enum MismatchKind {
    /// A call's result: what was expected, what the model returned, and the
    /// refusal behind the model's answer if it failed.
    Result {
        expected: String,
        got: String,
        refusal: Option<Refusal>,
    },
    /// `maps { }` and `smaps { }`: the expected and produced tables, line
    /// by line, and how many VMAs each has.
    Maps {
        expected: Vec<String>,
        got: Vec<String>,
        vmas: (usize, usize),
    },
    /// `status { }`: (field, expected, got) for each field that differs;
    /// got is None where the model does not know the field (the RSS lines
    /// once a disk file's fault may have mapped pages around it).
    Status {
        fields: Vec<(String, u64, Option<u64>)>,
    },
}

/// strace's rendering of a result.
pub fn show_result(result: &Result<u64, Refusal>) -> String {
    match result {
        Ok(v) if *v >= 0x10000 => format!("{v:#x}"),
        Ok(v) => format!("{}", *v as i64),
        Err(r) => format!("-1 {}", uapi::errno_name(r.errno()).unwrap_or("E?")),
    }
}

/// `read ... = OUTCOME`: the expected outcome against the model's.
pub fn touch(exp: &Spanned<uapi::TouchOutcome>, got: &Result<u64, Refusal>) -> Option<Mismatch> {
    let outcome = crate::engine::fault::outcome(got);
    if exp.value.holds_for(outcome) {
        return None;
    }
    let got_text = match got {
        Err(r) if crate::engine::fault::signal_of(r.check).is_none() => {
            format!("-1 {}", uapi::errno_name(r.errno()).unwrap_or("E?"))
        }
        _ => outcome.show(),
    };
    Some(Mismatch {
        span: exp.span,
        kind: MismatchKind::Result {
            expected: exp.value.show(),
            got: got_text,
            refusal: got.as_ref().err().cloned(),
        },
    })
}

pub fn call_result(
    r: &Runner,
    exp: &Expect,
    got: &Result<u64, Refusal>,
) -> Result<Option<Mismatch>, RunError> {
    // The texts are only built for a mismatch: this runs for every call.
    let expected = match exp {
        Expect::Value(e) => {
            let want = r.eval(e)?;
            // `= -1` alone holds for any failure.
            let ok = match got {
                Ok(v) => *v == want,
                Err(_) => want == u64::MAX,
            };
            if ok {
                return Ok(None);
            }
            if want == u64::MAX {
                "-1".to_string()
            } else {
                show_result(&Ok(want))
            }
        }
        Expect::Error { errno, .. } => {
            let want = uapi::errno_value(&errno.value);
            if matches!(got, Err(refusal) if Some(refusal.errno()) == want) {
                return Ok(None);
            }
            format!("-1 {}", errno.value)
        }
    };
    Ok(Some(Mismatch {
        span: exp.span(),
        kind: MismatchKind::Result {
            expected,
            got: show_result(got),
            refusal: got.as_ref().err().cloned(),
        },
    }))
}

fn line_matches(want: &MapsLine, got: &MapsEntry) -> bool {
    want.start == got.start
        && want.end == got.end
        && want.perms == got.perms
        && want.offset.is_none_or(|o| o == got.offset)
        && want.dev.is_none_or(|d| d == got.dev)
        && want.inode.is_none_or(|i| i == got.inode)
        && want
            .name
            .as_ref()
            .is_none_or(|n| Some(n) == got.name.as_ref())
}

/// How a scenario line reads, for the diff.
fn show_expected(l: &MapsLine) -> String {
    let mut s = format!("{:08x}-{:08x} {}", l.start, l.end, l.perms);
    if let Some(o) = l.offset {
        s.push_str(&format!(" {o:08x}"));
    }
    if let (Some((ma, mi)), Some(ino)) = (l.dev, l.inode) {
        s.push_str(&format!(" {ma:02x}:{mi:02x} {ino}"));
    }
    if let Some(n) = &l.name {
        s.push(' ');
        s.push_str(n);
    }
    s
}

/// The model's line, showing the same fields the scenario's line gives.
fn show_got(g: &MapsEntry, like: Option<&MapsLine>) -> String {
    let mut s = format!("{:08x}-{:08x} {}", g.start, g.end, g.perms);
    let offset = like.is_none_or(|l| l.offset.is_some() || l.name.is_some());
    if offset {
        s.push_str(&format!(" {:08x}", g.offset));
    }
    if like.is_none_or(|l| l.dev.is_some()) {
        s.push_str(&format!(" {:02x}:{:02x} {}", g.dev.0, g.dev.1, g.inode));
    }
    if let Some(n) = &g.name {
        s.push(' ');
        s.push_str(n);
    }
    s
}

pub fn maps(exp: &Spanned<Vec<MapsLine>>, got: &[MapsEntry]) -> Option<Mismatch> {
    let same =
        exp.value.len() == got.len() && exp.value.iter().zip(got).all(|(w, g)| line_matches(w, g));
    if same {
        return None;
    }
    Some(Mismatch {
        span: exp.span,
        kind: MismatchKind::Maps {
            vmas: (exp.value.len(), got.len()),
            expected: exp.value.iter().map(show_expected).collect(),
            got: got
                .iter()
                .enumerate()
                .map(|(i, g)| show_got(g, exp.value.get(i)))
                .collect(),
        },
    })
}

/// The model's value of smaps field `name` for a VMA, as the scenario
/// would write it; None for a field the model does not compute, or does
/// not know for this VMA.
fn smaps_value(name: &str, got: &MapsEntry) -> Option<SmapsValue> {
    if name == "VmFlags" {
        let flags = got.vm_flags.as_deref()?;
        return Some(SmapsValue::Flags(
            flags.split_whitespace().map(str::to_string).collect(),
        ));
    }
    if name == "Size" {
        return Some(SmapsValue::Number((got.end - got.start) >> 10));
    }
    let usage = got.usage?;
    usage
        .fields()
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, kb)| SmapsValue::Number(kb))
}

fn show_smaps_value(v: &SmapsValue) -> String {
    match v {
        SmapsValue::Number(n) => format!("{n} kB"),
        SmapsValue::Flags(f) => f.join(" "),
        SmapsValue::Text(t) => t.clone(),
    }
}

/// `smaps { }`: the VMAs as for `maps { }`, and under each the fields the
/// scenario writes that the model computes (uapi::SMAPS_COMPARED): the
/// figures in kB, VmFlags as a set of names in order. A compared field the
/// model does not know for that VMA (a disk file's pages) fails, saying so.
pub fn smaps(exp: &Spanned<Vec<SmapsVma>>, got: &[MapsEntry]) -> Option<Mismatch> {
    let field_holds = |f: &SmapsField, g: &MapsEntry| {
        !uapi::SMAPS_COMPARED.contains(&f.name.value.as_str())
            || smaps_value(&f.name.value, g).is_some_and(|v| v == f.value)
    };
    let same =
        exp.value.len() == got.len()
            && exp.value.iter().zip(got).all(|(w, g)| {
                line_matches(&w.line, g) && w.fields.iter().all(|f| field_holds(f, g))
            });
    if same {
        return None;
    }
    let mut expected = Vec::new();
    let mut shown = Vec::new();
    for (i, g) in got.iter().enumerate() {
        let want = exp.value.get(i);
        shown.push(show_got(g, want.map(|w| &w.line)));
        for f in want.iter().flat_map(|w| &w.fields) {
            if uapi::SMAPS_COMPARED.contains(&f.name.value.as_str()) {
                let v = smaps_value(&f.name.value, g)
                    .map_or("(not known to the model)".to_string(), |v| {
                        show_smaps_value(&v)
                    });
                shown.push(format!("{}: {v}", f.name.value));
            }
        }
    }
    for w in &exp.value {
        expected.push(show_expected(&w.line));
        for f in &w.fields {
            if uapi::SMAPS_COMPARED.contains(&f.name.value.as_str()) {
                expected.push(format!("{}: {}", f.name.value, show_smaps_value(&f.value)));
            }
        }
    }
    Some(Mismatch {
        span: exp.span,
        kind: MismatchKind::Maps {
            expected,
            got: shown,
            vmas: (exp.value.len(), got.len()),
        },
    })
}

pub fn status(exp: &Spanned<Vec<StatusField>>, got: &StatusInfo) -> Option<Mismatch> {
    let wrong: Vec<(String, u64, Option<u64>)> = exp
        .value
        .iter()
        .filter_map(|f| {
            let have = got.field(&f.name.value);
            (have != Some(f.value)).then(|| (f.name.value.clone(), f.value, have))
        })
        .collect();
    if wrong.is_empty() {
        return None;
    }
    Some(Mismatch {
        span: exp.span,
        kind: MismatchKind::Status { fields: wrong },
    })
}

/// strace prints this many entries of a vector, then `...` (its default
/// abbreviation, -s 32).
pub const VECTOR_SHOWN: usize = 32;

/// A vector the scenario wrote (`mincore(..., [1, 0, ...]) = 0`) against the
/// one the model filled in: its entries (all of them, or the first ones
/// where it ends with `...`) must be the model's, and without `...` there
/// must be no more. Compared by their low bit, as mincore's users read it.
pub fn vector(
    call: &crate::syntax::ast::Call,
    args: &[crate::uapi::calls::ArgValue],
    got: &crate::engine::mincore::Residency,
) -> Option<Mismatch> {
    use crate::uapi::calls::ArgValue;
    let (i, entries, more) = args.iter().enumerate().find_map(|(i, a)| match a {
        ArgValue::Vector { entries, more } => Some((i, entries, *more)),
        _ => None,
    })?;
    let model = got.first(entries.len().saturating_add(1));
    let same = entries.iter().zip(&model).all(|(w, m)| *w == u64::from(*m))
        && model.len() >= entries.len()
        && (more || got.len() == entries.len() as u64);
    if same {
        return None;
    }
    let show = crate::uapi::calls::vector_text;
    let n = entries.len().max(VECTOR_SHOWN);
    let model_first: Vec<u64> = got.first(n).iter().map(|&b| u64::from(b)).collect();
    Some(Mismatch {
        span: call.args.get(i).map_or(call.span, |a| a.span()),
        kind: MismatchKind::Result {
            expected: show(entries, more),
            got: show(&model_first, got.len() > model_first.len() as u64),
            refusal: None,
        },
    })
}

/// The vector argument as strace shows it after the call: the model's
/// first entries.
pub fn show_vector(
    call: crate::uapi::calls::CallId,
    args: &mut [crate::uapi::calls::ArgValue],
    got: &crate::engine::mincore::Residency,
) {
    use crate::uapi::calls::{ArgValue, Decode};
    // The parameter the call table says strace prints as a vector.
    let spec = call.spec();
    let Some(at) = (0..spec.max_args()).find(|&i| spec.decode(i) == Decode::Vector) else {
        return;
    };
    let Some(slot) = args.get_mut(at) else { return };
    let shown = got.first(VECTOR_SHOWN);
    *slot = ArgValue::Vector {
        more: got.len() > shown.len() as u64,
        entries: shown.into_iter().map(u64::from).collect(),
    };
}
