//! Where two answers to one scenario differ, as data: two profiles of the
//! model (`--kernel A,B`), or the model and the running kernel (`--oracle
//! host`). Each side is `a` or `b`; the caller names them. Rendered as text
//! here, and serialised as is for `--format json`.

use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// One statement whose outcomes differ.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Difference {
    /// The scenario's line.
    pub line: usize,
    #[serde(flatten)]
    pub what: What,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "what", rename_all = "lowercase")]
pub enum What {
    /// A call: as strace prints it, and each side's outcome (`= RESULT`, with
    /// the refusing check where there is one).
    Call {
        call: String,
        /// How side b wrote the call, when its arguments differ (variables
        /// bound to different values earlier).
        #[serde(skip_serializing_if = "Option::is_none")]
        b_call: Option<String>,
        a: String,
        b: String,
    },
    /// A maps table: the lines only one side has.
    Maps { a: Vec<String>, b: Vec<String> },
    /// A status block: the fields that differ (name, a, b).
    Status { fields: Vec<Field> },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field {
    pub name: String,
    pub a: u64,
    pub b: u64,
    /// Whether the value is in kB.
    pub kb: bool,
}

/// The lines of `a` not in `b` and of `b` not in `a`, each in its order
/// (sets, not a scan per line: tables may hold a million VMAs).
pub fn table_difference(a: &[String], b: &[String]) -> (Vec<String>, Vec<String>) {
    let in_a: std::collections::HashSet<&String> = a.iter().collect();
    let in_b: std::collections::HashSet<&String> = b.iter().collect();
    (
        a.iter().filter(|l| !in_b.contains(l)).cloned().collect(),
        b.iter().filter(|l| !in_a.contains(l)).cloned().collect(),
    )
}

/// The differences as text, the sides named `side_a` and `side_b`.
pub fn render(differences: &[Difference], side_a: &str, side_b: &str) -> String {
    let w = side_a.len().max(side_b.len());
    let mut out = String::new();
    for d in differences {
        let line = d.line;
        match &d.what {
            What::Call { call, b_call, a, b } => {
                let _ = writeln!(out, "  line {line}: {call}");
                if let Some(bc) = b_call {
                    let _ = writeln!(out, "    {side_b} calls it as {bc}");
                }
                let _ = writeln!(out, "    {side_a:>w$}: {a}");
                let _ = writeln!(out, "    {side_b:>w$}: {b}");
            }
            What::Maps { a, b } => {
                let _ = writeln!(out, "  line {line}: maps differ");
                for l in a {
                    let _ = writeln!(out, "    {side_a:>w$}: {l}");
                }
                for l in b {
                    let _ = writeln!(out, "    {side_b:>w$}: {l}");
                }
            }
            What::Status { fields } => {
                let _ = writeln!(out, "  line {line}: status differs");
                for f in fields {
                    let unit = if f.kb { " kB" } else { "" };
                    let _ = writeln!(
                        out,
                        "    {}: {side_a} {}{unit}, {side_b} {}{unit}",
                        f.name, f.a, f.b
                    );
                }
            }
        }
    }
    out
}

/// Where three or more profiles' runs differ: each side in profile order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManyDifference {
    pub line: usize,
    #[serde(flatten)]
    pub what: ManyWhat,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "what", rename_all = "lowercase")]
pub enum ManyWhat {
    /// A call as the first profile wrote it, and each profile's outcome.
    Call { call: String, outcomes: Vec<String> },
    /// For each profile, the lines of its table that not every table has.
    Maps { only: Vec<Vec<String>> },
    /// The fields that differ, with each profile's value.
    Status { fields: Vec<ManyField> },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManyField {
    pub name: String,
    pub values: Vec<u64>,
    pub kb: bool,
}

/// For each table, its lines that are not in every table.
pub fn tables_difference(tables: &[Vec<String>]) -> Vec<Vec<String>> {
    let sets: Vec<std::collections::HashSet<&String>> =
        tables.iter().map(|t| t.iter().collect()).collect();
    tables
        .iter()
        .map(|t| {
            t.iter()
                .filter(|l| !sets.iter().all(|s| s.contains(l)))
                .cloned()
                .collect()
        })
        .collect()
}

/// Many profiles' differences as text, each side named.
pub fn render_many(differences: &[ManyDifference], sides: &[&str]) -> String {
    let w = sides.iter().map(|s| s.len()).max().unwrap_or(0);
    let mut out = String::new();
    for d in differences {
        let line = d.line;
        match &d.what {
            ManyWhat::Call { call, outcomes } => {
                let _ = writeln!(out, "  line {line}: {call}");
                for (side, o) in sides.iter().zip(outcomes) {
                    let _ = writeln!(out, "    {side:>w$}: {o}");
                }
            }
            ManyWhat::Maps { only } => {
                let _ = writeln!(out, "  line {line}: maps differ");
                for (side, lines) in sides.iter().zip(only) {
                    for l in lines {
                        let _ = writeln!(out, "    {side:>w$}: {l}");
                    }
                }
            }
            ManyWhat::Status { fields } => {
                let _ = writeln!(out, "  line {line}: status differs");
                for f in fields {
                    let unit = if f.kb { " kB" } else { "" };
                    let values: Vec<String> = sides
                        .iter()
                        .zip(&f.values)
                        .map(|(side, v)| format!("{side} {v}{unit}"))
                        .collect();
                    let _ = writeln!(out, "    {}: {}", f.name, values.join(", "));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_differ_by_sets() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let (a, b) = table_difference(&s(&["1", "2", "3"]), &s(&["2", "4"]));
        assert_eq!((a, b), (s(&["1", "3"]), s(&["4"])));
    }

    #[test]
    fn many_tables_keep_what_not_all_share() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let only = tables_difference(&[s(&["1", "2"]), s(&["1", "3"]), s(&["1", "2"])]);
        assert_eq!(only, vec![s(&["2"]), s(&["3"]), s(&["2"])]);
    }

    #[test]
    fn many_sides_text() {
        let d = vec![ManyDifference {
            line: 4,
            what: ManyWhat::Call {
                call: "mremap(0x1000, 4096, 4096, 0)".into(),
                outcomes: vec![
                    "= 0x1000".into(),
                    "= -1 EFAULT".into(),
                    "= -1 EFAULT".into(),
                ],
            },
        }];
        assert_eq!(
            render_many(&d, &["4.12", "6.1", "6.18"]),
            "  line 4: mremap(0x1000, 4096, 4096, 0)\n    4.12: = 0x1000\n     6.1: = -1 EFAULT\n    6.18: = -1 EFAULT\n"
        );
    }

    #[test]
    fn text() {
        let d = vec![Difference {
            line: 3,
            what: What::Call {
                call: "munmap(0x1000, 4096)".into(),
                b_call: None,
                a: "= 0".into(),
                b: "= -1 EINVAL".into(),
            },
        }];
        assert_eq!(
            render(&d, "model", "host"),
            "  line 3: munmap(0x1000, 4096)\n    model: = 0\n     host: = -1 EINVAL\n"
        );
    }
}
