//! The interview summary: every answer proposed as an expectation, with the user's decision,
//! and the details of the selected proposal.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph, Wrap};

use super::Theme;
use crate::app::App;
use crate::app::interview::InterviewState;
use crate::app::interview::summary::{Decision, Proposal, Summary};
use crate::i18n::{ExpectationText, InterviewText, Lang, Localized, fmt_date, label};
use crate::sanitize::clean;

pub fn draw(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    s: &InterviewState,
    sum: &Summary,
    theme: &Theme,
) {
    let lang = app.lang;
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.key)
        .title(Span::styled(
            InterviewText::SummaryTitle.get(lang),
            theme.title,
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let count = match sum.proposals.len() {
        1 => InterviewText::ProposalsOne.get(lang).to_string(),
        n => InterviewText::ProposalsMany.fill(lang, &[&n]),
    };
    let intro = InterviewText::SummaryIntro.fill(
        lang,
        &[
            &count,
            &sum.count(Decision::Accepted),
            &sum.count(Decision::Discarded),
        ],
    );
    if sum.proposals.is_empty() {
        frame.render_widget(
            Paragraph::new(vec![
                Line::from(Span::styled(intro, theme.muted)),
                Line::default(),
                Line::from(InterviewText::SummaryNone.get(lang)),
            ])
            .wrap(Wrap { trim: true }),
            inner,
        );
        return;
    }
    let detail_height = if inner.height > 20 { 10 } else { 7 };
    let [intro_area, list_area, detail_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(2),
        Constraint::Length(detail_height),
    ])
    .areas(inner);
    frame.render_widget(Paragraph::new(Span::styled(intro, theme.muted)), intro_area);
    let rows: Vec<ListItem> = sum
        .proposals
        .iter()
        .map(|p| ListItem::new(proposal_line(p, lang, theme)))
        .collect();
    let mut view = sum.list;
    view.follow(rows.len(), usize::from(list_area.height));
    let mut state = ListState::default()
        .with_offset(view.offset)
        .with_selected(Some(view.selected));
    frame.render_stateful_widget(
        List::new(rows).highlight_style(theme.selection),
        list_area,
        &mut state,
    );
    if let Some(p) = sum.proposals.get(sum.list.selected) {
        draw_detail(frame, detail_area, app, s, p, theme);
    }
}

fn proposal_line<'a>(p: &Proposal, lang: Lang, theme: &Theme) -> Line<'a> {
    let (mark, style, word) = match p.decision {
        Decision::Accepted => ("[✓]", theme.ok, InterviewText::Accepted),
        Decision::Discarded => ("[✗]", theme.muted, InterviewText::Discarded),
        Decision::Undecided => ("[ ]", theme.warning, InterviewText::Undecided),
    };
    let e = &p.expectation;
    Line::from(vec![
        Span::styled(format!("{mark} "), style),
        Span::styled(clean(&e.title).into_owned(), theme.text),
        Span::styled(
            format!(
                "  {} · {} · {} · {}",
                label(e.level, lang),
                label(e.nature, lang),
                label(e.source, lang),
                word.get(lang)
            ),
            theme.muted,
        ),
    ])
}

fn draw_detail(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    s: &InterviewState,
    p: &Proposal,
    theme: &Theme,
) {
    let lang = app.lang;
    let e = &p.expectation;
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(theme.border);
    let whose = e
        .contact_id
        .and_then(|id| s.view.contacts.iter().find(|c| c.id == id))
        .map_or_else(
            || ExpectationText::Nobody.get(lang).to_string(),
            |c| clean(&c.name).into_owned(),
        );
    let none = InterviewText::NoneYet.get(lang);
    let deadline = e.deadline.map_or(none.to_string(), |d| fmt_date(d, lang));
    let measure = if e.measure.is_empty() {
        none.to_string()
    } else {
        clean(&e.measure.summary()).into_owned()
    };
    let field = |name: &'static str, value: String| {
        Line::from(vec![
            Span::styled(format!("{name}: "), theme.header),
            Span::styled(value, theme.text),
        ])
    };
    let grade = e.expected_grade.map_or(none.to_string(), |g| g.to_string());
    let lines = vec![
        Line::from(vec![
            Span::styled(
                format!("{}: ", ExpectationText::Title.get(lang)),
                theme.header,
            ),
            Span::styled(clean(&e.title).into_owned(), theme.title),
            Span::styled(
                format!("  {}", InterviewText::TitleHint.get(lang)),
                theme.muted,
            ),
        ]),
        Line::from(Span::styled(clean(&e.description).into_owned(), theme.text)),
        field(ExpectationText::Whose.get(lang), whose),
        field(InterviewText::FieldDeadline.get(lang), deadline),
        field(InterviewText::FieldMetric.get(lang), measure),
        field(ExpectationText::ExpectedGrade.get(lang), grade),
    ];
    frame.render_widget(
        Paragraph::new(lines).block(block).wrap(Wrap { trim: true }),
        area,
    );
}
