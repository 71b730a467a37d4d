//! `verwacht brief NAME`: the briefing of the best-matching client as plain text — the same
//! lines the home screen's pane shows, with the title and headings underlined and warnings
//! marked with `!`, so that it reads well without colour.

use unicode_width::UnicodeWidthStr;

use super::{Session, UserError};
use crate::app::briefing::{self, BriefLine, LineKind};
use crate::sanitize::clean;

pub fn run(ctx: &Session, query: &str) -> Result<(), UserError> {
    let store = ctx.open_existing()?;
    let today = ctx.today();
    let data = super::rank::ranked(ctx, &store, today)?;
    let names: Vec<&str> = data.rows.iter().map(|r| r.client.name.as_str()).collect();
    let row =
        &data.rows[super::pick::pick(&names, query, super::pick::Certainty::Guess, ctx.lang)?];
    let view = crate::store::views::client_view(&store, row.client.id)?;
    let settings = ctx.config.ranking();
    let lines = briefing::build(&view, row, today, &settings, ctx.lang);
    super::output::stdout(&plain(&lines), ctx.lang)
}

/// The briefing as plain text: control characters from the database made harmless, the
/// title underlined with `=`, headings with `-`, warnings and overdue lines marked `!`.
pub fn plain(lines: &[BriefLine]) -> String {
    let mut out = String::new();
    for line in lines {
        let text = clean(&line.text);
        match line.kind {
            LineKind::Title | LineKind::Heading => {
                let rule = if line.kind == LineKind::Title {
                    "="
                } else {
                    "-"
                };
                out.push_str(&text);
                out.push('\n');
                out.push_str(&rule.repeat(text.width()));
            }
            LineKind::Warning | LineKind::Overdue => {
                out.push_str("! ");
                out.push_str(text.strip_prefix("• ").unwrap_or(&text));
            }
            LineKind::Text | LineKind::Muted => out.push_str(&text),
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(kind: LineKind, text: &str) -> BriefLine {
        BriefLine {
            kind,
            text: text.to_string(),
        }
    }

    #[test]
    fn headings_are_underlined_and_warnings_marked() {
        let text = plain(&[
            line(LineKind::Title, "Acme — klasse A"),
            line(LineKind::Muted, ""),
            line(LineKind::Heading, "Open"),
            line(LineKind::Overdue, "• 2026-11-01  Invoices OVERDUE"),
            line(LineKind::Warning, "Time spent: 0 min"),
            line(LineKind::Text, "• Els\x1b[2J (finance)"),
        ]);
        assert_eq!(
            text,
            "Acme — klasse A\n===============\n\nOpen\n----\n\
             ! 2026-11-01  Invoices OVERDUE\n! Time spent: 0 min\n• Els\u{FFFD}[2J (finance)\n"
        );
    }
}
