//! Why a client has its priority: every term of the score, value × weight = points, adding up
//! to the total shown on the home screen.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table};

use super::Theme;
use super::popup::window;
use super::sanitize::clean;
use crate::app::ClientRow;
use crate::domain::priority::{Factor, Term};
use crate::i18n::{HomeText, Lang, Localized};

/// The name of a factor, as the breakdown shows it.
pub fn factor_name(term: &Term, row: &ClientRow, lang: Lang) -> String {
    let text = match term.factor {
        Factor::Class => return HomeText::FactorClass.fill(lang, &[&row.rank.class.letter()]),
        Factor::OpenBasic => HomeText::FactorOpenBasic,
        Factor::OpenPerformance => HomeText::FactorOpenPerformance,
        Factor::OpenDelighter => HomeText::FactorOpenDelighter,
        Factor::Overdue => HomeText::FactorOverdue,
        Factor::DueSoon => HomeText::FactorDueSoon,
        Factor::NegativeGap => HomeText::FactorNegativeGap,
        Factor::OpenComplaints => HomeText::FactorOpenComplaints,
        Factor::PositiveExperiences => HomeText::FactorPositive,
        Factor::DaysSinceContact => HomeText::FactorDays,
        Factor::TimeShortfall => HomeText::FactorTime,
    };
    text.get(lang).to_string()
}

/// A number as the user's language writes it, with one decimal at most.
pub fn number(value: f64, lang: Lang) -> String {
    let text = if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.2}").trim_end_matches('0').to_string()
    };
    match lang {
        Lang::Nl => text.replace('.', ","),
        Lang::En => text,
    }
}

pub fn draw(frame: &mut Frame, area: Rect, row: &ClientRow, lang: Lang, theme: &Theme) {
    let terms = &row.priority.terms;
    let title = HomeText::BreakdownTitle.fill(
        lang,
        &[&clean(&row.client.name), &number(row.priority.total, lang)],
    );
    let height = terms.len() as u16 + 6;
    let inner = window(frame, area, 76, height, &title, theme);
    if terms.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(
                HomeText::BreakdownEmpty.get(lang),
                theme.muted,
            )),
            inner,
        );
        return;
    }
    let right = |text: String| Cell::from(Line::from(text).right_aligned());
    let mut rows: Vec<Row> = terms
        .iter()
        .map(|t| {
            Row::new(vec![
                Cell::from(factor_name(t, row, lang)),
                right(number(t.value, lang)),
                right(format!("× {}", number(t.weight, lang))),
                right(number(t.points, lang)),
            ])
        })
        .collect();
    rows.push(
        Row::new(vec![
            Cell::from(HomeText::BreakdownTotal.get(lang)),
            Cell::from(""),
            Cell::from(""),
            right(number(row.priority.total, lang)),
        ])
        .style(theme.header),
    );
    let header = Row::new(vec![
        Cell::from(""),
        right(HomeText::BreakdownValue.get(lang).to_string()),
        right(HomeText::BreakdownWeight.get(lang).to_string()),
        right(HomeText::BreakdownPoints.get(lang).to_string()),
    ])
    .style(theme.header);
    let table_area = Rect::new(
        inner.x,
        inner.y,
        inner.width,
        inner.height.saturating_sub(1),
    );
    frame.render_widget(
        Table::new(
            rows,
            [
                Constraint::Fill(1),
                Constraint::Length(8),
                Constraint::Length(9),
                Constraint::Length(8),
            ],
        )
        .header(header)
        .style(theme.text),
        table_area,
    );
    let hint = Rect::new(inner.x, inner.bottom().saturating_sub(1), inner.width, 1);
    frame.render_widget(
        Paragraph::new(Span::styled(HomeText::BreakdownHint.get(lang), theme.muted)),
        hint,
    );
}
