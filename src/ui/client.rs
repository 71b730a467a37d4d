//! The client screen: tabs for the briefing, people, expectations, interviews, experiences
//! and the timeline.

use crate::store::views::ClientView;
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, TableState, Tabs};

use super::Theme;
use super::fit::{fit, fit_together};
use crate::app::App;
use crate::app::briefing::{duration, interview_status};
use crate::app::client::{ClientState, Tab};
use crate::app::timeline::change_line;
use crate::i18n::{ClientText, Localized, fmt_date, label};
use crate::sanitize::clean;

pub fn draw(
    frame: &mut Frame,
    [title, tabs, body, bottom]: [Rect; 4],
    app: &App,
    state: &ClientState,
    theme: &Theme,
) {
    let lang = app.lang;
    let name = state
        .view()
        .map_or(String::new(), |v| clean(&v.client.name).into_owned());
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled("verwacht ", theme.title),
            Span::styled(name, theme.title),
        ])),
        title,
    );
    let selected = Tab::ALL.iter().position(|t| *t == state.tab).unwrap_or(0);
    let full: Vec<String> = Tab::ALL
        .iter()
        .enumerate()
        .map(|(i, t)| t.title(i, lang))
        .collect();
    // Each tab has a space either side and a divider between: what is left is for the titles.
    let room = usize::from(tabs.width).saturating_sub(3 * full.len() - 1);
    let titles: Vec<Line> = fit_together(&full, room, 3)
        .into_iter()
        .map(Line::from)
        .collect();
    frame.render_widget(
        Tabs::new(titles)
            .select(selected)
            .style(theme.muted)
            .highlight_style(theme.selection),
        tabs,
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(
            if state.shows_archived() && matches!(state.tab, Tab::People | Tab::Expectations) {
                format!(
                    "{} · {}",
                    state.tab.name(lang),
                    ClientText::ArchivedShown.get(lang)
                )
            } else {
                state.tab.name(lang).to_string()
            },
            theme.title,
        ));
    match state.view() {
        None => frame.render_widget(block, body),
        Some(view) => match state.tab {
            Tab::Briefing => {
                let scroll = u16::try_from(state.list().offset).unwrap_or(0);
                super::briefing::draw(frame, body, app, view, block, scroll, theme);
            }
            tab => draw_table(frame, body, app, state, view, tab, block, theme),
        },
    }
    super::draw_bottom(frame, bottom, app, theme);
}

/// The "by" column: who last changed the record (the timeline has every change). OS user
/// names are short.
const BY_WIDTH: u16 = 9;

/// One cell before it is cut to its column: its text and, where it differs from the row's,
/// its style.
type Piece = (String, Option<ratatui::style::Style>);
/// One table row: its cells and the row's style.
type TableRow = (Vec<Piece>, ratatui::style::Style);

fn text(s: &str) -> Piece {
    (clean(s).into_owned(), None)
}

fn plain(s: impl Into<String>) -> Piece {
    (s.into(), None)
}

fn styled(s: impl Into<String>, style: ratatui::style::Style) -> Piece {
    (s.into(), Some(style))
}

#[allow(clippy::too_many_arguments)]
fn draw_table(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    state: &ClientState,
    view: &ClientView,
    tab: Tab,
    block: Block,
    theme: &Theme,
) {
    let lang = app.lang;
    let date = |d: chrono::DateTime<chrono::Utc>| fmt_date(d.date_naive(), lang);
    let who = |id: Option<crate::domain::ContactId>| {
        id.and_then(|id| view.contacts.iter().find(|c| c.id == id))
            .map_or(String::new(), |c| clean(&c.name).into_owned())
    };
    let row = |cells: Vec<Piece>, style| (cells, style);
    let (header, widths, rows): (Vec<&str>, Vec<Constraint>, Vec<TableRow>) = match tab {
        Tab::People => (
            vec![
                ClientText::Name.get(lang),
                ClientText::Role.get(lang),
                ClientText::Reach.get(lang),
                ClientText::OpenCount.get(lang),
                ClientText::By.get(lang),
            ],
            vec![
                Constraint::Fill(2),
                Constraint::Fill(2),
                Constraint::Fill(2),
                Constraint::Length(17),
                Constraint::Length(BY_WIDTH),
            ],
            state
                .rows(tab)
                .iter()
                .copied()
                .map(|i| &view.contacts[i])
                .map(|c| {
                    let open = view
                        .expectations
                        .iter()
                        .filter(|e| e.contact_id == Some(c.id) && e.status.is_open() && !e.archived)
                        .count();
                    // Nobody asked them yet: "0" would read as "expects nothing".
                    let asked = view.interviews.iter().any(|i| i.contact_id == c.id);
                    let count = if open == 0 && !asked {
                        styled(ClientText::NotAsked.get(lang), theme.muted)
                    } else {
                        plain(open.to_string())
                    };
                    let style = if c.archived { theme.muted } else { theme.text };
                    let name = if c.archived {
                        format!(
                            "{} ({})",
                            clean(&c.name),
                            ClientText::ArchivedMark.get(lang)
                        )
                    } else {
                        clean(&c.name).into_owned()
                    };
                    row(
                        vec![
                            plain(name),
                            text(&c.role),
                            text(&c.reach),
                            count,
                            text(&c.updated.by),
                        ],
                        style,
                    )
                })
                .collect(),
        ),
        Tab::Expectations => (
            vec![
                ClientText::Status.get(lang),
                ClientText::Level.get(lang),
                ClientText::Title.get(lang),
                ClientText::Whose.get(lang),
                ClientText::Deadline.get(lang),
                ClientText::By.get(lang),
            ],
            vec![
                Constraint::Length(12),
                Constraint::Length(11),
                Constraint::Fill(3),
                Constraint::Fill(1),
                Constraint::Length(10),
                Constraint::Length(BY_WIDTH),
            ],
            state
                .rows(tab)
                .iter()
                .copied()
                .map(|i| &view.expectations[i])
                .map(|e| {
                    let overdue = e.is_overdue(app.today);
                    let deadline = e.deadline.map_or(String::new(), |d| fmt_date(d, lang));
                    let style = if e.archived || !e.status.is_open() {
                        theme.muted
                    } else {
                        theme.text
                    };
                    let status = if e.archived {
                        ClientText::ArchivedMark.get(lang)
                    } else {
                        label(e.status, lang)
                    };
                    row(
                        vec![
                            plain(status),
                            plain(label(e.level, lang)),
                            text(&e.title),
                            plain(who(e.contact_id)),
                            styled(deadline, if overdue { theme.overdue } else { style }),
                            text(&e.updated.by),
                        ],
                        style,
                    )
                })
                .collect(),
        ),
        Tab::Interviews => (
            vec![
                ClientText::Date.get(lang),
                ClientText::Whose.get(lang),
                ClientText::Step.get(lang),
                ClientText::Answers.get(lang),
                ClientText::Duration.get(lang),
                ClientText::Status.get(lang),
                ClientText::By.get(lang),
            ],
            vec![
                Constraint::Length(10),
                Constraint::Fill(2),
                Constraint::Length(5),
                Constraint::Length(10),
                // "10 u 45 min"
                Constraint::Length(11),
                Constraint::Length(10),
                Constraint::Fill(1),
            ],
            state
                .rows(tab)
                .iter()
                .copied()
                .map(|i| &view.interviews[i])
                .map(|i| {
                    let answers = view.answers_in(i.id);
                    let status = interview_status(i.status);
                    row(
                        vec![
                            plain(date(i.started)),
                            plain(who(Some(i.contact_id))),
                            plain(format!("{}/7", i.step.number())),
                            plain(answers.to_string()),
                            plain(duration(
                                u64::from(crate::domain::interview::call_minutes(i.duration_secs)),
                                lang,
                            )),
                            plain(status.get(lang)),
                            text(&i.interviewer),
                        ],
                        theme.text,
                    )
                })
                .collect(),
        ),
        Tab::Experiences => (
            vec![
                ClientText::Date.get(lang),
                ClientText::Grade.get(lang),
                ClientText::Complaint.get(lang),
                ClientText::Note.get(lang),
                ClientText::Whose.get(lang),
                ClientText::By.get(lang),
            ],
            vec![
                Constraint::Length(10),
                Constraint::Length(6),
                Constraint::Length(9),
                Constraint::Fill(3),
                Constraint::Fill(1),
                Constraint::Length(BY_WIDTH),
            ],
            state
                .rows(tab)
                .iter()
                .copied()
                .map(|i| &view.experiences[i])
                .map(|x| {
                    let complaint = if x.is_open_complaint() {
                        ClientText::ComplaintOpen.get(lang)
                    } else if x.complaint {
                        ClientText::ComplaintResolved.get(lang)
                    } else {
                        ""
                    };
                    let style = if x.is_open_complaint() {
                        theme.warning
                    } else {
                        theme.text
                    };
                    row(
                        vec![
                            plain(date(x.at)),
                            plain(x.grade.to_string()),
                            plain(complaint),
                            text(&x.note),
                            plain(who(x.contact_id)),
                            text(&x.updated.by),
                        ],
                        style,
                    )
                })
                .collect(),
        ),
        Tab::Timeline | Tab::Briefing => (
            vec![ClientText::Change.get(lang)],
            vec![Constraint::Fill(1)],
            state
                .rows(tab)
                .iter()
                .copied()
                .map(|i| &view.changes[i])
                .map(|c| row(vec![text(&change_line(c, view, lang))], theme.text))
                .collect(),
        ),
    };
    if rows.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(ClientText::Empty.get(lang), theme.muted)).block(block),
            area,
        );
        return;
    }
    // Every cell cut to its column, marked with … where something was cut.
    let cols = super::columns::widths(area.width.saturating_sub(2), &widths);
    let cut = |i: usize, t: &str| fit(t, cols.get(i).copied().unwrap_or(0));
    let header = Row::new(
        header
            .iter()
            .enumerate()
            .map(|(i, h)| Cell::from(cut(i, h)))
            .collect::<Vec<_>>(),
    );
    let rows: Vec<Row> = rows
        .into_iter()
        .map(|(cells, style)| {
            Row::new(
                cells
                    .into_iter()
                    .enumerate()
                    .map(|(i, (t, s))| match s {
                        Some(s) => Cell::from(Span::styled(cut(i, &t), s)),
                        None => Cell::from(cut(i, &t)),
                    })
                    .collect::<Vec<_>>(),
            )
            .style(style)
        })
        .collect();
    let list = state.list();
    let mut table_state = TableState::default()
        .with_offset(list.offset)
        .with_selected(Some(list.selected));
    frame.render_stateful_widget(
        Table::new(rows, widths)
            .header(header.style(theme.header))
            .row_highlight_style(theme.selection)
            .style(theme.text)
            .block(block),
        area,
        &mut table_state,
    );
}
