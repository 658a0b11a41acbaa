//! Literal tokens: integers (with bases and size suffixes) and strings (with
//! escapes). The grammar accepts any digit-led word and any backslash escape,
//! so that these functions can say precisely what is wrong.

use super::ast::Span;
use super::error::{SyntaxError, code};

/// The value of an integer literal such as `4096`, `0x1000`, `0644` or `16K`.
/// `start` is the literal's byte offset in the source (for error spans).
pub fn parse_int(text: &str, start: usize) -> Result<u64, SyntaxError> {
    let span = Span::new(start, start + text.len());
    let bytes = text.as_bytes();
    if let Some(digits) = text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        if digits.is_empty() {
            return Err(SyntaxError::new(
                code::BAD_NUMBER,
                span,
                "`0x` must be followed by hex digits",
            )
            .label("no digits"));
        }
        return parse_digits(digits, 16, start + 2, span);
    }
    if bytes.len() > 1 && bytes[0] == b'0' && bytes[1].is_ascii_digit() {
        return parse_digits(&text[1..], 8, start + 1, span).map_err(|e| {
            if e.code == code::BAD_NUMBER {
                e.help("a leading 0 makes a number octal, as strace prints modes; write it without the 0 for decimal")
            } else {
                e
            }
        });
    }
    let digits_end = bytes
        .iter()
        .position(|b| !b.is_ascii_digit())
        .unwrap_or(bytes.len());
    let value = parse_digits(&text[..digits_end], 10, start, span)?;
    let suffix = &text[digits_end..];
    let shift = match suffix {
        "" => 0,
        "K" => 10,
        "M" => 20,
        "G" => 30,
        "T" => 40,
        _ => {
            let suffix_span = Span::new(start + digits_end, span.end());
            return Err(SyntaxError::new(
                code::BAD_NUMBER,
                suffix_span,
                format!("`{suffix}` is not a size suffix"),
            )
            .label("not K, M, G or T")
            .help("sizes take one suffix K, M, G or T (powers of 1024): 16K, 2M, 1G"));
        }
    };
    value
        .checked_mul(1u64 << shift)
        .ok_or_else(|| too_large(span))
}

fn parse_digits(digits: &str, radix: u32, start: usize, whole: Span) -> Result<u64, SyntaxError> {
    let mut value: u64 = 0;
    for (i, c) in digits.char_indices() {
        let Some(digit) = c.to_digit(radix) else {
            let at = Span::new(start + i, start + i + c.len_utf8());
            let base = match radix {
                16 => "a hexadecimal",
                8 => "an octal",
                _ => "a decimal",
            };
            return Err(SyntaxError::new(
                code::BAD_NUMBER,
                at,
                format!("`{c}` is not {base} digit"),
            )
            .label(format!("not {base} digit")));
        };
        value = value
            .checked_mul(u64::from(radix))
            .and_then(|v| v.checked_add(u64::from(digit)))
            .ok_or_else(|| too_large(whole))?;
    }
    Ok(value)
}

fn too_large(span: Span) -> SyntaxError {
    SyntaxError::new(
        code::NUMBER_TOO_LARGE,
        span,
        "integer literal too large for 64 bits",
    )
    .label("does not fit in 64 bits")
    .help("the largest value is 0xffffffffffffffff (18446744073709551615); `-1` also means it")
}

/// The value of a string literal, quotes included in `text`.
pub fn parse_string(text: &str, start: usize) -> Result<String, SyntaxError> {
    let inner = text
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .unwrap_or(text);
    if !inner.contains('\\') {
        return Ok(inner.to_string());
    }
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.char_indices();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let escaped = chars.next();
        out.push(match escaped {
            Some((_, '"')) => '"',
            Some((_, '\\')) => '\\',
            Some((_, 'n')) => '\n',
            Some((_, 't')) => '\t',
            Some((_, '0')) => '\0',
            other => {
                let len = 1 + other.map_or(0, |(_, c)| c.len_utf8());
                let at = Span::new(start + 1 + i, start + 1 + i + len);
                return Err(
                    SyntaxError::new(code::BAD_ESCAPE, at, "unknown escape in string")
                        .label("not an escape")
                        .help(r#"the escapes are \" \\ \n \t \0"#),
                );
            }
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(text: &str) -> Result<u64, &'static str> {
        parse_int(text, 0).map_err(|e| e.code)
    }

    #[test]
    fn integers() {
        assert_eq!(int("4096"), Ok(4096));
        assert_eq!(int("0"), Ok(0));
        assert_eq!(int("0x1000"), Ok(0x1000));
        assert_eq!(int("0X7ffff7ffe000"), Ok(0x7fff_f7ff_e000));
        assert_eq!(int("0644"), Ok(0o644));
        assert_eq!(int("16K"), Ok(16 * 1024));
        assert_eq!(int("2M"), Ok(2 << 20));
        assert_eq!(int("1G"), Ok(1 << 30));
        assert_eq!(int("1T"), Ok(1 << 40));
        assert_eq!(int("0K"), Ok(0));
        assert_eq!(int("18446744073709551615"), Ok(u64::MAX));
        assert_eq!(int("0xffffffffffffffff"), Ok(u64::MAX));
    }

    #[test]
    fn bad_integers() {
        assert_eq!(int("18446744073709551616"), Err(code::NUMBER_TOO_LARGE));
        assert_eq!(int("0x10000000000000000"), Err(code::NUMBER_TOO_LARGE));
        assert_eq!(int("16777216T"), Err(code::NUMBER_TOO_LARGE));
        assert_eq!(int("08"), Err(code::BAD_NUMBER));
        assert_eq!(int("0x"), Err(code::BAD_NUMBER));
        assert_eq!(int("0xfg"), Err(code::BAD_NUMBER));
        assert_eq!(int("16k"), Err(code::BAD_NUMBER));
        assert_eq!(int("1KB"), Err(code::BAD_NUMBER));
    }

    #[test]
    fn strings() {
        assert_eq!(parse_string(r#""/a b""#, 0).ok().as_deref(), Some("/a b"));
        assert_eq!(
            parse_string(r#""q\"\\\n\t\0""#, 0).ok().as_deref(),
            Some("q\"\\\n\t\0")
        );
        let err = parse_string(r#""ab\qc""#, 10)
            .err()
            .map(|e| (e.code, e.span));
        assert_eq!(err, Some((code::BAD_ESCAPE, Span::new(13, 15))));
    }
}
