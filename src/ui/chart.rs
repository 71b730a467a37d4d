//! The Pareto chart: each client's share of revenue as a bar, highest first, the cumulative
//! share as a line, and the 80% and 95% marks where the A and B classes end.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Borders, Chart, Dataset, GraphType, Paragraph};

use super::Theme;
use crate::app::App;
use crate::i18n::{HomeText, Localized, fmt_percent};

pub fn draw(frame: &mut Frame, [chart_area, summary, bottom]: [Rect; 3], app: &App, theme: &Theme) {
    let lang = app.lang;
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
    // The time spent, summed down the same revenue order: where it stays below the
    // cumulative revenue line, the big clients get less time than they bring.
    let mut time_sum = 0.0;
    let time: Vec<(f64, f64)> = std::iter::once((0.0, 0.0))
        .chain(rows.iter().enumerate().map(|(i, r)| {
            time_sum += r.time_share.unwrap_or(0.0) * 100.0;
            (i as f64 + 1.0, time_sum)
        }))
        .collect();
    let any_time = rows.iter().any(|r| r.time_share.is_some());
    let mark_a = [(0.0, 80.0), (n, 80.0)];
    let mark_b = [(0.0, 95.0), (n, 95.0)];
    let mut datasets = vec![
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
    if any_time {
        datasets.push(
            Dataset::default()
                .marker(Marker::Dot)
                .graph_type(GraphType::Line)
                .style(theme.warning)
                .data(&time),
        );
    }
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

    let lines: Vec<Line> = app
        .data
        .classes
        .iter()
        .map(|c| {
            let text = match c.time_share {
                Some(time) => HomeText::ClassAnswer.fill(
                    lang,
                    &[
                        &c.class.letter(),
                        &fmt_percent(c.client_share, lang),
                        &fmt_percent(c.revenue_share, lang),
                        &fmt_percent(time, lang),
                    ],
                ),
                None => HomeText::ClassAnswerNoTime.fill(
                    lang,
                    &[
                        &c.class.letter(),
                        &fmt_percent(c.client_share, lang),
                        &fmt_percent(c.revenue_share, lang),
                    ],
                ),
            };
            Line::from(Span::styled(text, theme.class(c.class)))
        })
        .chain(std::iter::once(Line::from(Span::styled(
            HomeText::ChartLegend.get(lang),
            theme.muted,
        ))))
        .collect();
    frame.render_widget(Paragraph::new(lines), summary);
    super::draw_bottom(frame, bottom, app, theme);
}
