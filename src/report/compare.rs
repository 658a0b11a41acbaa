//! `--kernel 4.12,6.18`: one scenario under two profiles, and where their
//! outcomes differ, call by call and VMA by VMA, with both explanations.

use super::difference::{
    Difference, Field, ManyDifference, ManyField, ManyWhat, What, table_difference,
    tables_difference,
};
use super::maps::maps_or_smaps_lines;
use super::strace;
use crate::runner::{CallId, Event, Run};
use crate::syntax::lines::LineIndex;

/// `= RESULT`, and for a refusal the check that decided it.
pub fn outcome(name: CallId, r: &Result<u64, crate::engine::Refusal>) -> String {
    match r {
        Ok(_) => format!("= {}", strace::result(name, r)),
        Err(e) => format!(
            "= {}  [{}: {}]",
            strace::result(name, r),
            e.citation(),
            e.explain()
        ),
    }
}

/// What a touch ended in, with the check behind a signal.
pub fn touch_outcome(r: &Result<u64, crate::engine::Refusal>) -> String {
    match r {
        Ok(_) => format!("= {}", strace::touch_result(r)),
        Err(e) => format!(
            "= {}  [{}: {}]",
            strace::touch_result(r),
            e.citation(),
            e.explain()
        ),
    }
}

/// Where two runs of one scenario differ.
pub fn differences(source: &str, a: &Run, b: &Run) -> Vec<Difference> {
    let lines = LineIndex::new(source);
    let mut out = Vec::new();
    for (ea, eb) in a.events.iter().zip(&b.events) {
        let what = match (ea, eb) {
            (
                Event::Call {
                    call: name,
                    args,
                    result: ra,
                    ..
                },
                Event::Call {
                    args: args_b,
                    result: rb,
                    ..
                },
            ) => {
                let same = match (ra, rb) {
                    (Ok(x), Ok(y)) => x == y,
                    (Err(x), Err(y)) => x.errno() == y.errno(),
                    _ => false,
                };
                (!same || args != args_b).then(|| What::Call {
                    call: strace::call(*name, args),
                    b_call: (args != args_b).then(|| strace::call(*name, args_b)),
                    a: outcome(*name, ra),
                    b: outcome(*name, rb),
                })
            }
            (
                Event::Touch {
                    access,
                    addr,
                    len,
                    result: ra,
                    ..
                },
                Event::Touch {
                    addr: addr_b,
                    result: rb,
                    ..
                },
            ) => {
                let (oa, ob) = (touch_outcome(ra), touch_outcome(rb));
                (oa != ob || addr != addr_b).then(|| What::Call {
                    call: strace::touch(*access, *addr, *len),
                    b_call: (addr != addr_b).then(|| strace::touch(*access, *addr_b, *len)),
                    a: oa,
                    b: ob,
                })
            }
            (Event::Maps { entries: ma, .. }, Event::Maps { entries: mb, .. }) if ma != mb => {
                let la: Vec<String> = ma.iter().map(maps_or_smaps_lines).collect();
                let lb: Vec<String> = mb.iter().map(maps_or_smaps_lines).collect();
                let (a, b) = table_difference(&la, &lb);
                Some(What::Maps { a, b })
            }
            (Event::Status { info: sa, .. }, Event::Status { info: sb, .. }) if sa != sb => {
                let fields = sa
                    .differing(sb, |_| true)
                    .into_iter()
                    .map(|(name, a, b, kb)| Field {
                        name: name.to_string(),
                        a,
                        b,
                        kb,
                    })
                    .collect();
                Some(What::Status { fields })
            }
            _ => None,
        };
        if let Some(what) = what {
            out.push(Difference {
                line: lines.line(span_of(ea).start()),
                what,
            });
        }
    }
    out
}

/// Where the runs of one scenario under three or more profiles differ:
/// every line where not all of them agree, with each one's side.
pub fn differences_many(source: &str, runs: &[Run]) -> Vec<ManyDifference> {
    let lines = LineIndex::new(source);
    let mut out = Vec::new();
    let Some(first) = runs.first() else {
        return out;
    };
    for (i, e0) in first.events.iter().enumerate() {
        let events: Vec<&Event> = runs.iter().filter_map(|r| r.events.get(i)).collect();
        if events.len() != runs.len() {
            break;
        }
        let what = match e0 {
            Event::Call {
                call: name, args, ..
            } => {
                let outcomes: Vec<(String, Option<u64>, Option<u64>)> = events
                    .iter()
                    .map(|e| match e {
                        Event::Call { result, .. } => (
                            outcome(*name, result),
                            result.as_ref().ok().copied(),
                            result.as_ref().err().map(|r| r.errno()),
                        ),
                        _ => (String::new(), None, None),
                    })
                    .collect();
                let same = outcomes
                    .iter()
                    .all(|o| (o.1, o.2) == (outcomes[0].1, outcomes[0].2));
                (!same).then(|| ManyWhat::Call {
                    call: strace::call(*name, args),
                    outcomes: outcomes.into_iter().map(|o| o.0).collect(),
                })
            }
            Event::Touch {
                access, addr, len, ..
            } => {
                let outcomes: Vec<String> = events
                    .iter()
                    .map(|e| match e {
                        Event::Touch { result, .. } => touch_outcome(result),
                        _ => String::new(),
                    })
                    .collect();
                let same = outcomes.iter().all(|o| *o == outcomes[0]);
                (!same).then(|| ManyWhat::Call {
                    call: strace::touch(*access, *addr, *len),
                    outcomes,
                })
            }
            Event::Maps { .. } => {
                let tables: Vec<Vec<String>> = events
                    .iter()
                    .map(|e| match e {
                        Event::Maps { entries, .. } => {
                            entries.iter().map(maps_or_smaps_lines).collect()
                        }
                        _ => Vec::new(),
                    })
                    .collect();
                let only = tables_difference(&tables);
                only.iter()
                    .any(|o| !o.is_empty())
                    .then_some(ManyWhat::Maps { only })
            }
            Event::Status { info, .. } => {
                let infos: Vec<_> = events
                    .iter()
                    .filter_map(|e| match e {
                        Event::Status { info, .. } => Some(info.fields()),
                        _ => None,
                    })
                    .collect();
                let fields: Vec<ManyField> = info
                    .fields()
                    .iter()
                    .filter_map(|(name, _, kb)| {
                        let values: Vec<u64> = infos
                            .iter()
                            .map(|x| x.iter().find(|f| f.0 == *name).map_or(0, |f| f.1))
                            .collect();
                        values.iter().any(|v| *v != values[0]).then(|| ManyField {
                            name: name.to_string(),
                            values,
                            kb: *kb,
                        })
                    })
                    .collect();
                (!fields.is_empty()).then_some(ManyWhat::Status { fields })
            }
            _ => None,
        };
        if let Some(what) = what {
            out.push(ManyDifference {
                line: lines.line(span_of(e0).start()),
                what,
            });
        }
    }
    out
}

fn span_of(e: &Event) -> crate::syntax::ast::Span {
    match e {
        Event::Touch { span, .. }
        | Event::Call { span, .. }
        | Event::Maps { span, .. }
        | Event::Status { span, .. }
        | Event::Rlimit { span, .. } => *span,
    }
}
