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
