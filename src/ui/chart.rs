//! The Pareto chart: each client's share of revenue as a bar, highest first, the cumulative
//! share as a line, and the 80% and 95% marks where the A and B classes end.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Borders, Chart, Dataset, GraphType, Paragraph};

use super::Theme;
use crate::app::App;
use crate::domain::AbcClass;
use crate::i18n::{HomeText, Localized, fmt_percent};

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.lang;
    let [chart_area, summary, bottom] = Layout::vertical([
        Constraint::Min(8),
        Constraint::Length(2),
        Constraint::Length(1),
    ])
    .areas(area);
    // Revenue order, whatever the list's sort.
    let rows = &app.data.rows;
    let n = rows.len().max(1) as f64;
    let bars: Vec<(f64, f64)> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| (i as f64 + 1.0, r.rank.share * 100.0))
        .collect();
    let cumulative: Vec<(f64, f64)> = std::iter::once((0.0, 0.0))
        .chain(
            rows.iter()
                .enumerate()
                .map(|(i, r)| (i as f64 + 1.0, r.rank.cumulative * 100.0)),
        )
        .collect();
    let mark_a = [(0.0, 80.0), (n, 80.0)];
    let mark_b = [(0.0, 95.0), (n, 95.0)];
    let datasets = vec![
        Dataset::default()
            .marker(Marker::HalfBlock)
            .graph_type(GraphType::Bar)
            .style(theme.class_a)
            .data(&bars),
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.title)
            .data(&cumulative),
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.muted)
            .data(&mark_a),
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.muted)
            .data(&mark_b),
    ];
    let count = rows.len();
    let x_labels: Vec<Line> = [
        "1".to_string(),
        (count / 2).max(1).to_string(),
        count.to_string(),
    ]
    .into_iter()
    .map(Line::from)
    .collect();
    let y_labels: Vec<Line> = ["0%", "25%", "50%", "75%", "100%"]
        .into_iter()
        .map(Line::from)
        .collect();
    let chart = Chart::new(datasets)
        .block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(theme.border)
                .title(Span::styled(HomeText::ChartTitle.get(lang), theme.title)),
        )
        .style(theme.text)
        .x_axis(Axis::default().bounds([0.0, n + 0.5]).labels(x_labels))
        .y_axis(Axis::default().bounds([0.0, 100.0]).labels(y_labels));
    frame.render_widget(chart, chart_area);

    let line = |class: AbcClass| {
        let members = rows.iter().filter(|r| r.rank.class == class);
        let (count, share) = members.fold((0usize, 0.0), |(n, s), r| (n + 1, s + r.rank.share));
        let text =
            HomeText::ChartClass.fill(lang, &[&class.letter(), &count, &fmt_percent(share, lang)]);
        Span::styled(format!("{text}   "), theme.class(class))
    };
    frame.render_widget(
        Paragraph::new(vec![
            Line::from(vec![
                line(AbcClass::A),
                line(AbcClass::B),
                line(AbcClass::C),
            ]),
            Line::from(Span::styled(HomeText::ChartLegend.get(lang), theme.muted)),
        ]),
        summary,
    );
    super::draw_bottom(frame, bottom, app, theme);
}
