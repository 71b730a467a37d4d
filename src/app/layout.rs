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
    pub table: Rect,
    pub hints: Rect,
}

pub fn home(area: Rect) -> HomeLayout {
    let [title, table, hints] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
    ])
    .areas(area);
    HomeLayout {
        title,
        table,
        hints,
    }
}

/// Client rows visible in the home table: its height less the borders and the header row.
pub fn home_rows(area: Rect) -> usize {
    usize::from(home(area).table.height.saturating_sub(3))
}
