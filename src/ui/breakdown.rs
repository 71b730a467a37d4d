//! Why a client has its priority: its value (revenue share in average clients) times its
//! urgency, and every term of the urgency, value × weight = points, adding up to the total
//! shown on the home screen.

use ratatui::Frame;
use ratatui::layout::Constraint;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table};

use super::Theme;
use super::popup::window;
use crate::app::ClientRow;
use crate::app::popup_places::PopupPlaces;
use crate::domain::Level;
use crate::domain::priority::{Breakdown, Factor, Levels, Term};
use crate::i18n::{HomeText, Lang, Localized, fmt_percent, label};
use crate::sanitize::clean;

/// "1 basis, 2 prestatie": the expectations a state term counts, by level.
fn levels_text(levels: &Levels, lang: Lang) -> String {
    [
        (levels.basic, Level::Basic),
        (levels.performance, Level::Performance),
        (levels.delighter, Level::Delighter),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, level)| format!("{n} {}", label(level, lang)))
    .collect::<Vec<_>>()
    .join(", ")
}

/// The name of a factor, as the breakdown shows it.
pub fn factor_name(term: &Term, due_soon_days: i64, lang: Lang) -> String {
    let text = match term.factor {
        Factor::Complaint => HomeText::FactorComplaint.get(lang).to_string(),
        Factor::Missed => HomeText::FactorMissed.get(lang).to_string(),
        Factor::NegativeGap => HomeText::FactorNegativeGap.get(lang).to_string(),
        Factor::Overdue => HomeText::FactorOverdue.get(lang).to_string(),
        Factor::DueSoon => HomeText::FactorDueSoon.fill(
            lang,
            &[&crate::i18n::count(
                due_soon_days.max(0) as u64,
                crate::i18n::Noun::Day,
                lang,
            )],
        ),
        Factor::Open => HomeText::FactorOpen.get(lang).to_string(),
        Factor::NegativeExperiences => HomeText::FactorNegativeExperiences.get(lang).to_string(),
        Factor::DaysSinceContact => HomeText::FactorDays.get(lang).to_string(),
        Factor::TimeShort => HomeText::FactorTimeShort.get(lang).to_string(),
        Factor::TimeOver => HomeText::FactorTimeOver.get(lang).to_string(),
    };
    match &term.levels {
        Some(levels) => format!("{text} ({})", levels_text(levels, lang)),
        None => text,
    }
}

/// A number as the user's language writes it, with two decimals at most.
pub fn number(value: f64, lang: Lang) -> String {
    let text = if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.2}")
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_string()
    };
    match lang {
        Lang::Nl => text.replace('.', ","),
        Lang::En => text,
    }
}

pub fn draw(
    frame: &mut Frame,
    places: &PopupPlaces,
    row: &ClientRow,
    p: &Breakdown,
    due_soon_days: i64,
    lang: Lang,
    theme: &Theme,
) {
    let title =
        HomeText::BreakdownTitle.fill(lang, &[&clean(&row.client.name), &number(p.total, lang)]);
    window(frame, places.window, &title, theme);
    let [value_area, _, table_area, _, formula_area, hint_area] = places.parts;
    let value = HomeText::BreakdownValueLine.fill(
        lang,
        &[
            &fmt_percent(p.revenue_share, lang),
            &number(p.value, lang),
            &fmt_percent(p.average_share, lang),
        ],
    );
    frame.render_widget(Paragraph::new(Span::styled(value, theme.text)), value_area);
    let right = |text: String| Cell::from(Line::from(text).right_aligned());
    let mut rows: Vec<Row> = p
        .terms
        .iter()
        .map(|t| {
            Row::new(vec![
                Cell::from(factor_name(t, due_soon_days, lang)),
                right(number(t.value, lang)),
                right(format!("× {}", number(t.weight, lang))),
                right(number(t.points, lang)),
            ])
        })
        .collect();
    if rows.is_empty() {
        rows.push(Row::new(vec![Cell::from(Span::styled(
            HomeText::BreakdownEmpty.get(lang),
            theme.muted,
        ))]));
    }
    rows.push(
        Row::new(vec![
            Cell::from(HomeText::BreakdownUrgency.get(lang)),
            Cell::from(""),
            Cell::from(""),
            right(number(p.urgency, lang)),
        ])
        .style(theme.header),
    );
    let header = Row::new(vec![
        Cell::from(HomeText::BreakdownUrgencyTitle.get(lang)),
        right(HomeText::BreakdownValue.get(lang).to_string()),
        right(HomeText::BreakdownWeight.get(lang).to_string()),
        right(HomeText::BreakdownPoints.get(lang).to_string()),
    ])
    .style(theme.header);
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
    let formula = HomeText::BreakdownFormula.fill(
        lang,
        &[
            &number(p.value, lang),
            &number(p.urgency, lang),
            &number(p.total, lang),
        ],
    );
    frame.render_widget(
        Paragraph::new(Span::styled(formula, theme.title)),
        formula_area,
    );
    frame.render_widget(
        Paragraph::new(Span::styled(HomeText::BreakdownHint.get(lang), theme.muted)),
        hint_area,
    );
}
