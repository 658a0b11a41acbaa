//! Every v4.12 source location mmrun cites must be the exact line of
//! pristine Linux v4.12 (the convention is at the head of
//! `src/engine/checks.rs`):
//!
//! - each row of the check table (`engine::checks::ALL`): the cited line
//!   lies in the function the row names, and the row's `src` text starts on
//!   that line and nowhere else in the function, so any other line number
//!   fails;
//! - each `file:line` and `file:first-last` in the comments of `src/` and
//!   `tests/`: the file and lines exist; `function (file:first-last)` spans
//!   exactly that function's definition and `function (file:line)` lies in
//!   it; a `// file:line` comment over code that refuses with a check
//!   contains that check's line.
//!
//! The tree: `$MMRUN_LINUX_4_12` if set; else the cited files extracted from
//! `../shared/kernels/linux-4.12/linux-4.12-pruned.tar.xz` (beside the
//! repository, on CI too) into the target directory, once; else
//! `/tmp/k412/linux-4.12`. Without any, the tests say loudly that they were
//! skipped, and fail instead under `CI` or `MMRUN_REQUIRE_LINUX_4_12`.

use mmrun::engine::checks;
use mmrun::engine::refusal::Check;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

const TARBALL: &str = "../shared/kernels/linux-4.12/linux-4.12-pruned.tar.xz";

/// A `file:line` or `file:first-last` citation.
#[derive(Clone, Debug)]
struct Cite {
    file: String,
    first: usize,
    last: usize,
}

fn parse_loc(loc: &str) -> Option<Cite> {
    let (file, line) = loc.rsplit_once(':')?;
    let (first, last) = match line.split_once('-') {
        Some((a, b)) => (a.parse().ok()?, b.parse().ok()?),
        None => {
            let n = line.parse().ok()?;
            (n, n)
        }
    };
    (file.ends_with(".c") || file.ends_with(".h")).then(|| Cite {
        file: file.to_string(),
        first,
        last,
    })
}

fn normalize(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The 4.12 sources, read once each.
struct Tree {
    root: PathBuf,
    files: std::sync::Mutex<BTreeMap<String, Option<&'static [String]>>>,
}

impl Tree {
    fn lines(&self, file: &str) -> Option<&'static [String]> {
        let mut files = self.files.lock().unwrap();
        *files.entry(file.to_string()).or_insert_with(|| {
            let bytes = std::fs::read(self.root.join(file)).ok()?;
            let text = String::from_utf8_lossy(&bytes);
            let lines: Vec<String> = text.lines().map(str::to_string).collect();
            Some(Box::leak(lines.into_boxed_slice()))
        })
    }

    /// The text from line `n` (1-based) on, whitespace collapsed, and the
    /// length of line `n`'s own part of it.
    fn text_from(&self, file: &str, n: usize) -> Option<(String, usize)> {
        let lines = self.lines(file)?;
        let first = normalize(lines.get(n - 1)?);
        let mut text = first.clone();
        for l in lines.iter().skip(n).take(12) {
            let l = normalize(l);
            if !l.is_empty() {
                text.push(' ');
                text.push_str(&l);
            }
        }
        Some((text, first.len()))
    }

    /// Does `src` start on line `n`?
    fn starts_at(&self, file: &str, n: usize, src: &str) -> bool {
        self.text_from(file, n)
            .is_some_and(|(text, first)| text.match_indices(src).any(|(i, _)| i < first.max(1)))
    }

    /// The lines (first, last) of the definition of C function `name` in
    /// `file`: from the line with its return type (or its name) to the `}`
    /// that closes it. `SYSCALL_DEFINEn(name, ...)` defines `sys_name`.
    fn function(&self, file: &str, name: &str) -> Option<(usize, usize)> {
        let lines = self.lines(file)?;
        let bare = name.strip_prefix("sys_");
        for (i, l) in lines.iter().enumerate() {
            if l.is_empty() || l.starts_with(|c: char| c.is_whitespace() || "#/*{}".contains(c)) {
                continue;
            }
            let syscall = bare.is_some_and(|b| {
                l.starts_with("SYSCALL_DEFINE")
                    && l.split_once('(')
                        .is_some_and(|(_, r)| r.starts_with(&format!("{b},")))
            }) || (l.starts_with("SYSCALL_DEFINE")
                && l.split_once('(')
                    .is_some_and(|(_, r)| r.starts_with(&format!("{name},"))));
            if !syscall && !defines(l, name) {
                continue;
            }
            // A prototype ends with ';' before any body.
            let mut j = i;
            let body = loop {
                let Some(lj) = lines.get(j) else { break None };
                if lj.starts_with('{') || (j == i && lj.trim_end().ends_with('{')) {
                    break Some(j);
                }
                if lj.trim_end().ends_with(';') {
                    break None;
                }
                j += 1;
            };
            let Some(body) = body else { continue };
            let end = (body..lines.len()).find(|&k| lines[k].starts_with('}'))?;
            // The return type may stand alone on the line before.
            let start = match i.checked_sub(1).map(|p| lines[p].as_str()) {
                Some(p)
                    if !syscall
                        && p.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
                        && !p.contains('(')
                        && !p.trim_end().ends_with([';', '}', '/', '\\']) =>
                {
                    i
                }
                _ => i + 1,
            };
            return Some((start, end + 1));
        }
        None
    }
}

/// Does line `l` (at column 0) name `name` followed by `(`?
fn defines(l: &str, name: &str) -> bool {
    l.match_indices(name).any(|(i, _)| {
        let before = l[..i].chars().next_back();
        let after = l[i + name.len()..].trim_start();
        before.is_none_or(|c| c == ' ' || c == '*' || c == '\t') && after.starts_with('(')
    })
}

static TREE: OnceLock<Result<Tree, String>> = OnceLock::new();

/// The tree, or why there is none.
fn tree() -> Option<&'static Tree> {
    let t = TREE.get_or_init(|| {
        locate().map(|root| Tree {
            root,
            files: Default::default(),
        })
    });
    match t {
        Ok(t) => Some(t),
        Err(why) => {
            let must = std::env::var_os("CI").is_some_and(|v| !v.is_empty())
                || std::env::var_os("MMRUN_REQUIRE_LINUX_4_12").is_some();
            let msg = format!(
                "\n\n**********************************************************************\n\
                 * tests/citations.rs SKIPPED: no Linux v4.12 tree to check against.  *\n\
                 **********************************************************************\n\
                 {why}\n\
                 Set MMRUN_LINUX_4_12 to an unpacked v4.12 tree, or provide {TARBALL}.\n"
            );
            assert!(
                !must,
                "{msg}(required here: CI or MMRUN_REQUIRE_LINUX_4_12 is set)"
            );
            eprintln!("{msg}");
            None
        }
    }
}

fn locate() -> Result<PathBuf, String> {
    if let Some(dir) = std::env::var_os("MMRUN_LINUX_4_12") {
        let dir = PathBuf::from(dir);
        return if dir.join("mm/mmap.c").is_file() {
            Ok(dir)
        } else {
            Err(format!(
                "MMRUN_LINUX_4_12={} holds no mm/mmap.c",
                dir.display()
            ))
        };
    }
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tarball = manifest.join(TARBALL);
    if tarball.is_file() {
        return extract(&tarball);
    }
    let tmp = PathBuf::from("/tmp/k412/linux-4.12");
    if tmp.join("mm/mmap.c").is_file() {
        return Ok(tmp);
    }
    Err(format!(
        "{} is missing, and so is /tmp/k412/linux-4.12",
        tarball.display()
    ))
}

/// Extract the files the sources cite from the tarball into the target
/// directory (about a second: xz has to read the whole archive), unless an
/// earlier run left them there.
fn extract(tarball: &Path) -> Result<PathBuf, String> {
    let dest = Path::new(env!("CARGO_TARGET_TMPDIR")).join("linux-4.12-cited");
    let root = dest.join("linux-4.12");
    let wanted: BTreeSet<String> = cited_files();
    let missing: Vec<&String> = wanted.iter().filter(|f| !root.join(f).is_file()).collect();
    if missing.is_empty() {
        return Ok(root);
    }
    std::fs::create_dir_all(&dest).map_err(|e| format!("{}: {e}", dest.display()))?;
    let out = Command::new("tar")
        .arg("-xJf")
        .arg(tarball)
        .arg("-C")
        .arg(&dest)
        .args(missing.iter().map(|f| format!("linux-4.12/{f}")))
        .output()
        .map_err(|e| format!("cannot run tar: {e}"))?;
    // A cited file the archive lacks is reported by the tests that cite it.
    let stderr = String::from_utf8_lossy(&out.stderr);
    let other = stderr
        .lines()
        .filter(|l| {
            !l.contains("Not found in archive") && !l.contains("Exiting with failure status")
        })
        .collect::<Vec<_>>();
    if !out.status.success() && !other.is_empty() {
        return Err(format!(
            "extracting from {} failed: {}",
            tarball.display(),
            other.join("\n")
        ));
    }
    Ok(root)
}

/// Every file a check or a comment cites with a line.
fn cited_files() -> BTreeSet<String> {
    let mut files: BTreeSet<String> = checks::ALL
        .iter()
        .filter_map(|c| parse_loc(c.loc))
        .map(|c| c.file)
        .collect();
    for (_, cites) in comment_citations() {
        files.extend(cites.into_iter().map(|c| c.cite.file));
    }
    files
}

/// What is wrong with one row of the check table, if anything.
fn check_row(tree: &Tree, c: &Check) -> Result<(), String> {
    let Some(cite) = parse_loc(c.loc) else {
        // A check v4.12 does not make: 6.18's (it names its 6.18 place)
        // or mmrun's own.
        if c.loc.is_empty() && (c.v6_18.is_some() || c.func == "mmrun") {
            return if c.src.is_empty() {
                Ok(())
            } else {
                Err("has source text but no v4.12 line".into())
            };
        }
        return Err(format!(
            "location `{}` is neither file:line nor empty with a 6.18 place",
            c.loc
        ));
    };
    if cite.first != cite.last {
        return Err("a check cites one line, not a range".into());
    }
    let n = cite.first;
    let lines = tree
        .lines(&cite.file)
        .ok_or_else(|| format!("{} is not in the v4.12 tree", cite.file))?;
    let line = lines
        .get(n.wrapping_sub(1))
        .ok_or_else(|| format!("{} has {} lines", cite.file, lines.len()))?;
    if c.src.is_empty() {
        return Err("no source text to hold the line to".into());
    }
    if !tree.starts_at(&cite.file, n, c.src) {
        return Err(format!(
            "line {n} is `{}`, not the start of `{}`",
            line.trim(),
            c.src
        ));
    }
    let (first, last) = tree
        .function(&cite.file, c.func)
        .ok_or_else(|| format!("no function {} in {}", c.func, cite.file))?;
    if !(first..=last).contains(&n) {
        return Err(format!(
            "line {n} is outside {} ({}:{first}-{last})",
            c.func, cite.file
        ));
    }
    let elsewhere: Vec<usize> = (first..=last)
        .filter(|&i| i != n && tree.starts_at(&cite.file, i, c.src))
        .collect();
    if !elsewhere.is_empty() {
        return Err(format!(
            "`{}` also starts at line(s) {elsewhere:?} of {}: make it longer",
            c.src, c.func
        ));
    }
    Ok(())
}

#[test]
fn every_check_cites_its_exact_line() {
    let Some(tree) = tree() else { return };
    let mut errors = Vec::new();
    let mut cited = 0;
    for c in checks::ALL {
        cited += usize::from(parse_loc(c.loc).is_some());
        if let Err(e) = check_row(tree, c) {
            errors.push(format!("{} ({} {}): {e}", c.id, c.func, c.loc));
        }
    }
    // Rows at the same place must agree on what is there.
    let mut by_loc: BTreeMap<&str, &str> = BTreeMap::new();
    for c in checks::ALL.iter().filter(|c| !c.src.is_empty()) {
        if let Some(other) = by_loc.insert(c.loc, c.src)
            && other != c.src
        {
            errors.push(format!(
                "{}: two source texts for one line: `{other}` and `{}`",
                c.loc, c.src
            ));
        }
    }
    assert!(cited > 100, "only {cited} checks cite a v4.12 line");
    assert!(
        errors.is_empty(),
        "{} wrong check location(s):\n{}",
        errors.len(),
        errors.join("\n")
    );
}

/// The test above can fail: every check moved one line up or down is caught.
#[test]
fn a_wrong_line_number_is_caught() {
    let Some(tree) = tree() else { return };
    let mut missed = Vec::new();
    for c in checks::ALL {
        let Some(cite) = parse_loc(c.loc) else {
            continue;
        };
        for n in [cite.first - 1, cite.first + 1] {
            let loc: &'static str = Box::leak(format!("{}:{n}", cite.file).into_boxed_str());
            let moved = Check { loc, ..**c };
            if check_row(tree, &moved).is_ok() {
                missed.push(moved.loc);
            }
        }
    }
    assert!(missed.is_empty(), "wrong lines not caught: {missed:?}");
}

/// One citation in a comment, where it is, and the function it names, if any.
#[derive(Clone, Debug)]
struct CommentCite {
    line: usize,
    cite: Cite,
    /// `name (file:...)` or `name, file:...`: the word before it.
    named: Option<String>,
}

/// The Rust sources whose comments are checked.
fn rust_sources() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    let mut dirs = vec![root.join("src"), root.join("tests"), root.join("benches")];
    while let Some(d) = dirs.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") && !p.ends_with("tests/citations.rs")
            {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Is `c` part of a C file path?
fn path_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "_-/.".contains(c)
}

/// The citations in every comment of every Rust source, with the file and
/// line they are on. A bare `:N` refers to the C file last named in that
/// Rust file; a bare `name.c:N` to the last path ending in `name.c` there.
fn comment_citations() -> Vec<(PathBuf, Vec<CommentCite>)> {
    static ALL: OnceLock<Vec<(PathBuf, Vec<CommentCite>)>> = OnceLock::new();
    ALL.get_or_init(|| {
        rust_sources()
            .into_iter()
            .map(|p| {
                let text = std::fs::read_to_string(&p).unwrap();
                let cites = scan_comments(&text);
                (p, cites)
            })
            .collect()
    })
    .clone()
}

/// The comment part of a line of Rust (after `//`), if any.
fn comment(line: &str) -> Option<&str> {
    line.find("//").map(|i| &line[i..])
}

/// Every C path (`dir/file.c`, `file.h`) named in `s`, with where it ends.
fn paths(s: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < s.len() {
        if b[i] == b'.'
            && matches!(b.get(i + 1), Some(b'c' | b'h'))
            && !b
                .get(i + 2)
                .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_')
        {
            let mut j = i;
            while j > 0 && path_char(b[j - 1] as char) {
                j -= 1;
            }
            let p = s[j..i + 2].trim_start_matches(['.', '/']);
            if p.len() > 2 && p[..p.len() - 2].chars().any(|c| c.is_ascii_alphanumeric()) {
                out.push((i + 2 - p.len(), i + 2, p.to_string()));
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    out
}

/// `N` or `N-M` at the start of `s`, and how long it is.
fn numbers(s: &str) -> Option<(usize, usize, usize)> {
    let d = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let first = s[..d].parse().ok()?;
    if let Some(rest) = s[d..].strip_prefix('-') {
        let e = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        if e > 0 {
            return Some((first, rest[..e].parse().ok()?, d + 1 + e));
        }
    }
    Some((first, first, d))
}

/// The identifier right before byte `at` of `s`, skipping `(`, `, `, and a
/// `4.12 `/`v4.12 ` inside the parenthesis: the function a citation names.
fn named_before(s: &str, at: usize) -> Option<String> {
    let mut head = s[..at].trim_end();
    for p in ["v4.12", "4.12"] {
        if let Some(h) = head.strip_suffix(p) {
            head = h.trim_end();
            break;
        }
    }
    let head = head
        .strip_suffix('(')
        .or_else(|| head.strip_suffix(','))?
        .trim_end();
    let start = head
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .map_or(0, |i| i + 1);
    let word = &head[start..];
    (!word.is_empty() && !word.starts_with(|c: char| c.is_ascii_digit())).then(|| word.to_string())
}

/// Every full C path named in any comment or check location.
fn known_paths() -> &'static BTreeSet<String> {
    static PATHS: OnceLock<BTreeSet<String>> = OnceLock::new();
    PATHS.get_or_init(|| {
        let mut all: BTreeSet<String> = checks::ALL
            .iter()
            .filter_map(|c| parse_loc(c.loc))
            .map(|c| c.file)
            .collect();
        for p in rust_sources() {
            let text = std::fs::read_to_string(&p).unwrap();
            for line in text.lines().filter_map(comment) {
                all.extend(
                    paths(line)
                        .into_iter()
                        .map(|(_, _, p)| p)
                        .filter(|p| p.contains('/')),
                );
            }
        }
        all
    })
}

fn scan_comments(text: &str) -> Vec<CommentCite> {
    let mut out = Vec::new();
    let mut last_path: Option<String> = None;
    let mut seen: Vec<String> = Vec::new();
    for (ln, line) in text.lines().enumerate() {
        let Some(c) = comment(line) else { continue };
        let found = paths(c);
        let mut cited_spans = Vec::new();
        for (start, end, p) in &found {
            // A bare file name refers to the last full path with that name.
            let full = if p.contains('/') {
                p.clone()
            } else {
                let tail = format!("/{p}");
                seen.iter()
                    .rev()
                    .find(|s| s.ends_with(&tail))
                    .cloned()
                    .unwrap_or_else(|| {
                        let all: Vec<&String> = known_paths()
                            .iter()
                            .filter(|s| s.ends_with(&tail))
                            .collect();
                        match all[..] {
                            [one] => one.clone(),
                            _ => p.clone(),
                        }
                    })
            };
            if let Some(rest) = c[*end..].strip_prefix(':')
                && let Some((first, last, len)) = numbers(rest)
            {
                out.push(CommentCite {
                    line: ln + 1,
                    cite: Cite {
                        file: full.clone(),
                        first,
                        last,
                    },
                    named: named_before(c, *start),
                });
                cited_spans.push((*start, end + 1 + len));
            }
            if p.contains('/') {
                seen.push(p.clone());
            }
            last_path = Some(full);
        }
        // Bare `:N` (after a space or `(`) refers to the last path named.
        let b = c.as_bytes();
        for (i, _) in c.match_indices(':') {
            if cited_spans.iter().any(|&(s, e)| (s..e).contains(&i))
                || i == 0
                || !matches!(b[i - 1], b' ' | b'(')
            {
                continue;
            }
            if let (Some((first, last, _)), Some(p)) = (numbers(&c[i + 1..]), &last_path) {
                out.push(CommentCite {
                    line: ln + 1,
                    cite: Cite {
                        file: p.clone(),
                        first,
                        last,
                    },
                    named: named_before(c, i),
                });
            }
        }
    }
    out
}

/// The table's v4.12 line for each check constant, from checks.rs.
fn check_lines() -> BTreeMap<String, Cite> {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/engine/checks.rs"))
            .unwrap();
    let mut out = BTreeMap::new();
    for l in text.lines() {
        let Some((name, rest)) = l.trim_start().split_once(": \"") else {
            continue;
        };
        if !name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        {
            continue;
        }
        // NAME: "id", ERRNO, "func", "loc" @ "src",
        let fields: Vec<&str> = rest.split('"').collect();
        if let Some(cite) = fields.get(4).and_then(|loc| parse_loc(loc)) {
            out.insert(name.to_string(), cite);
        }
    }
    out
}

#[test]
fn comments_cite_exact_lines() {
    let Some(tree) = tree() else { return };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let check_lines = check_lines();
    let mut errors = Vec::new();
    let mut count = 0;
    for (path, cites) in comment_citations() {
        let rel = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .display()
            .to_string();
        for cc in &cites {
            count += 1;
            let Cite { file, first, last } = &cc.cite;
            let at = format!("{rel}:{}: {file}:{first}", cc.line);
            let Some(lines) = tree.lines(file) else {
                errors.push(format!("{at}: {file} is not in the v4.12 tree"));
                continue;
            };
            if *first == 0 || first > last || *last > lines.len() {
                errors.push(format!("{at}-{last}: {file} has {} lines", lines.len()));
                continue;
            }
            let Some(name) = &cc.named else { continue };
            let Some((start, end)) = tree.function(file, name) else {
                continue;
            };
            if first != last {
                // A function's range is the whole definition.
                let name_line = start + usize::from(!defines(&lines[start - 1], name));
                if !((*first == start || *first == name_line) && *last == end) {
                    errors.push(format!("{at}-{last}: {name} is {file}:{start}-{end}"));
                }
            } else if !(start..=end).contains(first) {
                errors.push(format!("{at}: outside {name} ({file}:{start}-{end})"));
            }
        }
        // A `//` comment block citing lines, over code whose first check
        // (within 12 lines) is in the same file, cites that check's line.
        let text = std::fs::read_to_string(&path).unwrap();
        let mut block: Option<(usize, Vec<Cite>)> = None;
        let mut pending: Option<(usize, Vec<Cite>)> = None;
        for (ln, line) in text.lines().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("//") {
                let mentions =
                    !paths(trimmed).is_empty() || trimmed.contains(" :") || trimmed.contains("(:");
                let doc = trimmed.starts_with("///") || trimmed.starts_with("//!");
                let b = block.get_or_insert_with(|| (ln, Vec::new()));
                if doc {
                    b.0 = usize::MAX;
                } else if mentions {
                    b.1.extend(
                        cites
                            .iter()
                            .filter(|cc| cc.line == ln + 1)
                            .map(|cc| cc.cite.clone()),
                    );
                }
                continue;
            }
            if let Some((start, cs)) = block.take() {
                // A doc comment describes an item, not the code below it.
                pending = (start != usize::MAX && !cs.is_empty()).then_some((ln, cs));
            }
            let Some((p_ln, cs)) = &pending else { continue };
            if ln - p_ln > 12 {
                pending = None;
                continue;
            }
            let Some(i) = line.find("checks::") else {
                continue;
            };
            let name: String = line[i + 8..]
                .chars()
                .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == '_')
                .collect();
            if let Some(loc) = check_lines.get(&name) {
                let same: Vec<&Cite> = cs.iter().filter(|c| c.file == loc.file).collect();
                if !same.is_empty() && !same.iter().any(|c| (c.first..=c.last).contains(&loc.first))
                {
                    let cited: Vec<String> = same
                        .iter()
                        .map(|c| format!("{}-{}", c.first, c.last))
                        .collect();
                    errors.push(format!(
                        "{rel}:{}: the comment above cites {} {} but {name}, the check below it, is {}:{}",
                        ln + 1,
                        loc.file,
                        cited.join(", "),
                        loc.file,
                        loc.first
                    ));
                }
            }
            pending = None;
        }
    }
    assert!(count > 200, "only {count} citations found in comments");
    assert!(
        errors.is_empty(),
        "{} wrong citation(s) in comments:\n{}",
        errors.len(),
        errors.join("\n")
    );
}
