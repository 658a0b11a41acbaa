//! Error recovery: explaining the lines the grammar could only match as
//! `bad_line`, and refusing input nested too deeply to parse safely.

use pest::Parser as _;
use pest::error::{Error, ErrorVariant, InputLocation};

use super::ast::Span;
use super::error::{SyntaxError, code};
use super::parser::{MmParser, Rule};

/// Deeper nesting of `(` and `{` than this is refused before parsing: the
/// grammar and the AST are recursive, and no real scenario comes close.
pub const MAX_NESTING: usize = 256;

/// Where a bad line stands, which decides what it should have been.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    /// Outside every block: anything.
    Top,
    /// Inside a `process { }` block: statements.
    Block,
    /// Inside `maps { }`: maps lines.
    Maps,
    /// Inside `smaps { }`: maps lines and smaps fields.
    Smaps,
}

/// The bytes that change check_nesting's state.
static NESTING_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    let special = b"\n\"\\#(){}";
    while i < special.len() {
        table[special[i] as usize] = true;
        i += 1;
    }
    table
};

/// An error for the first point where `(`/`{` nesting exceeds [`MAX_NESTING`],
/// ignoring brackets in strings and comments.
///
/// Strings and comments end at a line break, so the file is walked line by
/// line. Most lines have neither: their brackets all count, and when the
/// depth can neither pass the limit nor fall below zero on the line, the
/// counts alone give the depth after it (a vectorised count instead of a
/// walk; this runs over every byte of the input before pest sees it).
pub fn check_nesting(source: &str) -> Option<SyntaxError> {
    let bytes = source.as_bytes();
    let mut depth = 0usize;
    let mut start = 0;
    while start < bytes.len() {
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i + 1);
        let line = &bytes[start..end];
        if memchr::memchr2(b'"', b'#', line).is_none() {
            let (open, close) = count_brackets(line);
            if depth + open <= MAX_NESTING && depth >= close {
                depth = depth + open - close;
                start = end;
                continue;
            }
        }
        if let Some(at) = walk_line(line, &mut depth) {
            return Some(nesting_error(start + at));
        }
        start = end;
    }
    None
}

/// How many `(`/`{` and `)`/`}` bytes `line` holds.
fn count_brackets(line: &[u8]) -> (usize, usize) {
    let (mut open, mut close) = (0u32, 0u32);
    for &b in line {
        open += u32::from(b == b'(' || b == b'{');
        close += u32::from(b == b')' || b == b'}');
    }
    (open as usize, close as usize)
}

/// Walks one line byte by byte, strings and comments skipped; the offset
/// in `line` where `depth` passes the limit, if it does.
fn walk_line(line: &[u8], depth: &mut usize) -> Option<usize> {
    let mut in_string = false;
    let mut escaped = false;
    for (i, &byte) in line.iter().enumerate() {
        // Most bytes matter in no state: one table lookup passes them.
        if !NESTING_BYTES[usize::from(byte)] {
            escaped = false;
            continue;
        }
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            // A comment runs to the end of the line.
            b'#' => return None,
            b'(' | b'{' => {
                *depth += 1;
                if *depth > MAX_NESTING {
                    return Some(i);
                }
            }
            b')' | b'}' => *depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

fn nesting_error(at: usize) -> SyntaxError {
    SyntaxError::new(
        code::NESTING,
        Span::new(at, at + 1),
        format!("nesting too deep: more than {MAX_NESTING} levels of parentheses and braces"),
    )
    .label("too deep")
    .help("no scenario needs this much nesting; the file is probably damaged")
}

/// Explains the bad line at `line` by re-parsing from its start with the
/// strict rule for its context. Returns the error and the offset up to which
/// later bad lines are part of the same broken statement.
pub fn explain(source: &str, line: Span, context: Context) -> (SyntaxError, usize) {
    let text = &source[line.start()..line.end()];
    let trimmed = text.trim_start();
    let indent = text.len() - trimmed.len();
    if context == Context::Top && trimmed.starts_with('}') {
        let at = line.start() + indent;
        let error = SyntaxError::new(code::SYNTAX, Span::new(at, at + 1), "unmatched `}`")
            .label("no block is open here")
            .help("blocks open with `process NAME {`, `maps {` or `status {`");
        return (error, statement_end(source, line.start(), at));
    }
    let rule = match context {
        Context::Top => Rule::strict_top,
        Context::Block => Rule::strict_block,
        Context::Maps => Rule::strict_maps,
        Context::Smaps => Rule::strict_smaps,
    };
    let rest = &source[line.start()..];
    let error = match MmParser::parse(rule, rest) {
        Err(error) => from_pest(
            source,
            line.start(),
            &error,
            matches!(context, Context::Maps | Context::Smaps),
        ),
        // Cannot happen while the strict rules mirror the tolerant ones; say
        // something useful regardless.
        Ok(_) => {
            SyntaxError::new(code::SYNTAX, line, "cannot read this line").label("not understood")
        }
    };
    let until = statement_end(source, line.start(), error.span.start());
    (error, until)
}

/// Converts a pest error at `offset + position` into a diagnostic that points
/// at the offending token and says in words what was expected.
pub fn from_pest(
    source: &str,
    offset: usize,
    error: &Error<Rule>,
    whole_field: bool,
) -> SyntaxError {
    let at = offset
        + match error.location {
            InputLocation::Pos(pos) => pos,
            InputLocation::Span((start, _)) => start,
        };
    let at = at.min(source.len());
    let expected = match &error.variant {
        ErrorVariant::ParsingError { positives, .. } => expected_words(positives, error),
        ErrorVariant::CustomError { message } => {
            // pest's own resource guards ("stack limit reached").
            return SyntaxError::new(
                code::NESTING,
                Span::new(at, at),
                format!("cannot parse: {message}"),
            )
            .label("here");
        }
    };
    // pest only names rules, not punctuation: inside an argument list, what
    // may follow a complete argument is `,` or `)`.
    let expected = expected.map(|words| {
        if !words.contains("an operator") {
            words
        } else if inside_parens(source, offset, at) {
            words.replace("an operator", "an operator, `,` or `)`")
        } else {
            words.replace("an operator", "an operator or the end of the line")
        }
    });
    let (mut token, mut found) = token_at(source, at);
    // `$` without a name: point at the character that cannot be one.
    if found == "$"
        && let Some(c) = source[at + 1..].chars().next()
        && !c.is_whitespace()
        && !matches!(c, ',' | ')' | '}' | '=')
    {
        let span = Span::new(at + 1, at + 1 + c.len_utf8());
        let (message, label) = if c.is_ascii_digit() {
            (
                format!("a variable name cannot start with `{c}`"),
                "a digit",
            )
        } else {
            (
                format!("`{}` cannot be part of a variable name", c.escape_debug()),
                "not an ASCII letter, digit or `_`",
            )
        };
        return SyntaxError::new(code::SYNTAX, span, message)
            .label(label)
            .help("a variable is `$`, then an ASCII letter or `_`, then ASCII letters, digits and `_`");
    }
    // In a maps line, fields are whitespace-separated: show the whole field.
    if whole_field && !found.is_empty() {
        let rest = &source[at..];
        let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
        token = Span::new(at, at + len);
        found = rest[..len].to_string();
    }
    if found.starts_with('"') {
        let line_end = source[at..].find('\n').map_or(source.len(), |i| at + i);
        if !source[at + 1..line_end].contains('"') {
            return SyntaxError::new(code::SYNTAX, Span::new(at, line_end), "unterminated string")
                .label("this string has no closing `\"`")
                .help("strings end on the line they start on");
        }
    }
    let mut message = format!("unexpected {}", describe_found(&found));
    let label = match &expected {
        Some(words) => {
            message.push_str(&format!(", expected {words}"));
            format!("expected {words}")
        }
        None => String::from("unexpected here"),
    };
    SyntaxError::new(code::SYNTAX, token, message).label(label)
}

/// The span and text of the token starting at `at`: a word, a string, one
/// character, or the (empty) end of the line.
fn token_at(source: &str, at: usize) -> (Span, String) {
    let rest = &source[at..];
    let Some(first) = rest.chars().next() else {
        return (Span::new(at, at), String::new());
    };
    if first == '\n' || first == '\r' {
        return (Span::new(at, at), String::new());
    }
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let len = if first == '"' {
        rest[1..].find(['"', '\n']).map_or(rest.len(), |i| i + 2)
    } else if is_word(first) || first == '$' {
        1 + rest[1..]
            .find(|c: char| !is_word(c))
            .unwrap_or(rest.len() - 1)
    } else {
        first.len_utf8()
    };
    let len = len.min(rest.len());
    (Span::new(at, at + len), rest[..len].to_string())
}

fn describe_found(found: &str) -> String {
    if found.is_empty() {
        return String::from("end of line");
    }
    let shown: String = found.chars().take(40).collect();
    let ellipsis = if shown.len() < found.len() { "..." } else { "" };
    format!("`{}{}`", shown.escape_debug(), ellipsis)
}

/// "a number, `)` or `,`": pest's expected rules (and, when pest collected
/// them, literal tokens) in plain words.
fn expected_words(positives: &[Rule], error: &Error<Rule>) -> Option<String> {
    let mut words: Vec<String> = positives
        .iter()
        .filter_map(|rule| rule_words(*rule))
        .map(String::from)
        .collect();
    if let Some(attempts) = error.parse_attempts() {
        // pest does not export its token type; its Display is the literal
        // itself for the literal tokens we want (ranges show as `a..z`).
        for token in attempts.expected_tokens() {
            let token = token.to_string();
            let literal =
                !token.trim().is_empty() && !token.contains("..") && token != "BUILTIN_RULE";
            if literal {
                words.push(format!("`{}`", token.escape_debug()));
            }
        }
    }
    words.sort();
    words.dedup();
    // "an expression" already covers its operands.
    if words.iter().any(|w| w == "an expression") {
        words.retain(|w| !matches!(w.as_str(), "a name" | "a number" | "a `$variable`"));
    }
    match words.len() {
        0 => None,
        1 => words.pop(),
        n => {
            let last = words.pop().unwrap_or_default();
            let _ = n;
            Some(format!("{} or {}", words.join(", "), last))
        }
    }
}

/// What a rule is, in words; `None` for rules the reader does not need to hear about.
fn rule_words(rule: Rule) -> Option<&'static str> {
    Some(match rule {
        Rule::ident => "a name",
        Rule::number => "a number",
        Rule::var => "a `$variable`",
        Rule::string => "a string",
        Rule::bare_path | Rule::path => "a path",
        Rule::expr | Rule::paren | Rule::neg => "an expression",
        Rule::binop => "an operator",
        Rule::call => "a call",
        Rule::strukt => "a `{...}` struct",
        Rule::vector => "a `[...]` vector",
        Rule::more => "`...`",
        Rule::field => "a struct field",
        Rule::expect | Rule::expect_err => "`= result`",
        Rule::call_stmt
        | Rule::maps_stmt
        | Rule::smaps_stmt
        | Rule::touch_stmt
        | Rule::repeat_stmt
        | Rule::status_stmt
        | Rule::rlimit_stmt => "a statement",
        Rule::process_block => "a process block",
        Rule::sysctl_decl
        | Rule::memory_decl
        | Rule::mount_decl
        | Rule::file_decl
        | Rule::dir_decl
        | Rule::device_decl
        | Rule::fifo_decl => "a declaration",
        Rule::kernel_decl | Rule::arch_decl => "a header line",
        Rule::sysctl_name => "a sysctl name",
        Rule::kv => "a `name=value` pair",
        Rule::mount_opt => "a mount option",
        Rule::size_attr
        | Rule::mode_attr
        | Rule::owner_attr
        | Rule::append_attr
        | Rule::immutable_attr
        | Rule::other_attr => "an attribute",
        Rule::uid_attr | Rule::gid_attr | Rule::caps_attr | Rule::bad_attr => "an attribute",
        Rule::version => "a kernel version",
        Rule::hex => "a hex number",
        Rule::perms => "permissions like `rw-p`",
        Rule::dev => "a device `major:minor`",
        Rule::inode => "an inode number",
        Rule::maps_name => "a name",
        Rule::maps_line => "a maps line",
        Rule::maps_body | Rule::status_body => "`{`",
        Rule::status_field => "a `Name: value` field",
        Rule::kb => "`kB`",
        Rule::block_close => "`}`",
        Rule::cap_list => "a capability",
        _ => return None,
    })
}

/// Where the broken statement that starts at `start` ends: the end of the
/// line holding the error at `error_at`, or later if the statement's
/// parentheses stay open across lines.
fn statement_end(source: &str, start: usize, error_at: usize) -> usize {
    let mut depth = 0i64;
    let mut in_string = false;
    let mut in_comment = false;
    for (i, byte) in source.bytes().enumerate().skip(start) {
        match byte {
            b'\n' => {
                // A line starting with `}` closes a block: no argument list
                // runs past it.
                let closes_block = source[i + 1..]
                    .trim_start_matches([' ', '\t', '\r'])
                    .starts_with('}');
                if i >= error_at && (depth <= 0 || closes_block) {
                    return i;
                }
                (in_string, in_comment) = (false, false);
            }
            _ if in_comment => {}
            b'"' => in_string = !in_string,
            _ if in_string => {}
            b'#' => in_comment = true,
            b'(' => depth += 1,
            b')' => depth -= 1,
            _ => {}
        }
    }
    source.len()
}

/// Whether `at` is inside parentheses opened since `start` (strings skipped).
fn inside_parens(source: &str, start: usize, at: usize) -> bool {
    let mut depth = 0i64;
    let mut in_string = false;
    for byte in source.as_bytes()[start..at.min(source.len())].iter() {
        match byte {
            b'"' => in_string = !in_string,
            b'\n' => in_string = false,
            _ if in_string => {}
            b'(' => depth += 1,
            b')' => depth -= 1,
            _ => {}
        }
    }
    depth > 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The definition: every line walked byte by byte.
    fn walked(source: &str) -> Option<usize> {
        let mut depth = 0;
        let mut start = 0;
        for line in source.as_bytes().split_inclusive(|&b| b == b'\n') {
            if let Some(at) = walk_line(line, &mut depth) {
                return Some(start + at);
            }
            start += line.len();
        }
        None
    }

    proptest! {
        /// The counted shortcut finds what the walk finds, where it finds it:
        /// brackets in strings, comments and escapes, depths near the limit,
        /// closing brackets more than open ones.
        #[test]
        fn counting_lines_agrees_with_walking_them(
            lines in proptest::collection::vec("[(){}\"#\\\\a ]{0,12}", 0..120),
            prefix in 0usize..300,
        ) {
            let source = "(".repeat(prefix) + "\n" + &lines.join("\n");
            let found = check_nesting(&source).map(|e| e.span.start());
            prop_assert_eq!(found, walked(&source));
        }
    }

    #[test]
    fn the_limit_is_exact() {
        let at_limit = "(".repeat(MAX_NESTING);
        assert!(check_nesting(&at_limit).is_none());
        let past = format!("{at_limit}\n{{");
        assert_eq!(
            check_nesting(&past).map(|e| e.span.start()),
            Some(MAX_NESTING + 1)
        );
        // Closing brackets never take the depth below zero.
        let closed_first = format!("))))\n{at_limit}");
        assert!(check_nesting(&closed_first).is_none());
    }
}
