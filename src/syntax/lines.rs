//! Line numbers for byte offsets: the line starts are found once, and each
//! lookup is a binary search (a file with many diagnostics or differences
//! is not rescanned for each).

/// The starts of a text's lines.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter_map(|(i, b)| (b == b'\n').then_some(i + 1)),
        );
        LineIndex { starts }
    }

    /// The 1-based line holding `offset`.
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset)
    }

    /// The 1-based line and column (in characters) of `offset` in `text`.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.line(offset);
        let start = self.starts[line - 1];
        let end = offset.min(text.len());
        let col = text.get(start..end).map_or(0, |s| s.chars().count());
        (line, col + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let t = "ab\nçd\n\nx";
        let l = LineIndex::new(t);
        assert_eq!(l.line(0), 1);
        assert_eq!(l.line(2), 1);
        assert_eq!(l.line(3), 2);
        assert_eq!(l.line_col(t, 6), (2, 3));
        assert_eq!(l.line(8), 4);
        assert_eq!(l.line_col(t, 9), (4, 2));
    }
}
