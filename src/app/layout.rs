//! Where things go on screen. Shared by `update` (which must know how many rows a list shows
//! to keep the selection visible) and by drawing.

use ratatui::layout::{Constraint, Layout, Rect};

/// Below this size the program shows a notice instead of the screens.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 12;

/// From this width on, the home screen shows the briefing beside the list.
pub const PANE_MIN_WIDTH: u16 = 130;

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

pub struct HomeLayout {
    pub title: Rect,
    /// The 80/20 answer, one line per class (empty when hidden).
    pub shares: Rect,
    pub table: Rect,
    pub hints: Rect,
}

/// Lines of the 80/20 band above the client list.
pub const SHARES_HEIGHT: u16 = 3;

pub fn home(area: Rect, shares: bool) -> HomeLayout {
    let [title, shares, table, hints] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(if shares { SHARES_HEIGHT } else { 0 }),
        Constraint::Min(3),
        Constraint::Length(1),
    ])
    .areas(area);
    HomeLayout {
        title,
        shares,
        table,
        hints,
    }
}

/// Client rows visible in the home table: its height less the borders and the header row.
pub fn home_rows(area: Rect, shares: bool) -> usize {
    usize::from(home(area, shares).table.height.saturating_sub(3))
}

/// Where each part of the main screens goes at one size: worked out when the terminal's size
/// or what home shows (the 80/20 band, the briefing pane) changes — see [`App::arrange`] — so
/// drawing only reads it.
///
/// [`App::arrange`]: super::App
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Places {
    /// What they were worked out for: the area, the band, the pane.
    pub made_for: (Rect, bool, bool),
    pub home: HomePlaces,
    /// Title, tabs, body, bottom line.
    pub client: [Rect; 4],
    /// Title, page, bottom line.
    pub expectation: [Rect; 3],
    /// Chart, summary, bottom line.
    pub chart: [Rect; 3],
    /// Title, the steps, the step (or the summary), bottom line.
    pub interview: [Rect; 4],
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HomePlaces {
    pub title: Rect,
    pub shares: Rect,
    /// The list, and beside it the briefing pane when the screen is wide enough.
    pub table: Rect,
    pub pane: Option<Rect>,
    pub hints: Rect,
}

/// The places of every main screen in `area`.
pub fn places(area: Rect, shares: bool, pane: bool) -> Places {
    let h = home(area, shares);
    let (table, pane_area) = if pane {
        let [table, pane] =
            Layout::horizontal([Constraint::Fill(3), Constraint::Fill(2)]).areas(h.table);
        (table, Some(pane))
    } else {
        (h.table, None)
    };
    let client = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
    ])
    .areas(area);
    let expectation = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
    ])
    .areas(area);
    let chart = Layout::vertical([
        Constraint::Min(8),
        Constraint::Length(4),
        Constraint::Length(1),
    ])
    .areas(area);
    let [title, body, bottom] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(5),
        Constraint::Length(1),
    ])
    .areas(area);
    let steps_width = if area.width >= 110 { 32 } else { 20 };
    let [steps, step] =
        Layout::horizontal([Constraint::Length(steps_width), Constraint::Min(30)]).areas(body);
    Places {
        made_for: (area, shares, pane),
        home: HomePlaces {
            title: h.title,
            shares: h.shares,
            table,
            pane: pane_area,
            hints: h.hints,
        },
        client,
        expectation,
        chart,
        interview: [title, steps, step, bottom],
    }
}
