//! Rendering miette diagnostics to text.

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, ThemeCharacters, ThemeStyles};

/// Renders `diag` (with its related diagnostics and source snippets) as text
/// `width` columns wide. Without colour the output is plain ASCII art with no
/// escape codes or hyperlinks, so it is stable for snapshots and logs.
pub fn render(diag: &dyn Diagnostic, color: bool, width: usize) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme {
            characters: ThemeCharacters::ascii(),
            styles: ThemeStyles::none(),
        }
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(width)
        .with_links(false);
    let mut out = String::new();
    if handler.render_report(&mut out, diag).is_err() {
        // Only a failing fmt::Write can get here, and String's never fails;
        // fall back to the bare message rather than panic.
        out = diag.to_string();
    }
    out
}
