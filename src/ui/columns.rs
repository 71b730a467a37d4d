//! The widths a table gives its columns, worked out before its cells are made, so that every
//! cell can be cut to its column with `…` instead of being clipped mid-word by the table.

use ratatui::layout::{Constraint, Flex, Layout, Rect};

/// The width of each column of a table `width` cells wide inside its borders, laid out as
/// ratatui's `Table` lays them out (start-aligned, one cell between columns, no selection
/// symbol).
pub fn widths(width: u16, constraints: &[Constraint]) -> Vec<usize> {
    places(width, constraints)
        .iter()
        .map(|(_, w)| usize::from(*w))
        .collect()
}

/// Where each column starts (counted from the table's inner left edge) and how wide it is,
/// laid out as [`widths`] lays them out.
pub fn places(width: u16, constraints: &[Constraint]) -> Vec<(u16, u16)> {
    Layout::horizontal(constraints.to_vec())
        .flex(Flex::Start)
        .spacing(1)
        .split(Rect::new(0, 0, width, 1))
        .iter()
        .map(|r| (r.x, r.width))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::widgets::{Row, Table};

    #[test]
    fn the_widths_are_the_ones_the_table_uses() {
        let constraints = [
            Constraint::Length(3),
            Constraint::Fill(2),
            Constraint::Length(6),
            Constraint::Fill(1),
        ];
        let w = widths(40, &constraints);
        assert_eq!(w.iter().sum::<usize>() + 3, 40);
        // Draw a table whose cells are exactly as wide as computed: nothing is clipped.
        let cells: Vec<String> = w.iter().map(|n| "x".repeat(*n)).collect();
        let mut t = Terminal::new(TestBackend::new(40, 1)).unwrap();
        t.draw(|f| f.render_widget(Table::new([Row::new(cells.clone())], constraints), f.area()))
            .unwrap();
        let line: String = (0..40)
            .map(|x| t.backend().buffer()[(x, 0)].symbol().to_string())
            .collect();
        assert_eq!(line, cells.join(" "));
    }
}
