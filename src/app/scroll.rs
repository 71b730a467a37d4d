//! A selection in a list that keeps itself visible in a viewport of known height.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ScrollList {
    pub selected: usize,
    /// The first visible row.
    pub offset: usize,
}

impl ScrollList {
    /// Moves the selection by `delta` rows, clamped to `0..len`, and scrolls just enough to
    /// keep it within `rows` visible rows.
    pub fn move_by(&mut self, delta: isize, len: usize, rows: usize) {
        if len == 0 {
            *self = Self::default();
            return;
        }
        let target = self.selected as isize + delta;
        self.selected = target.clamp(0, len as isize - 1) as usize;
        self.follow(len, rows);
    }

    pub fn select(&mut self, index: usize, len: usize, rows: usize) {
        self.selected = index;
        self.follow(len, rows);
    }

    /// Keeps the selection in range and visible; call after the list or viewport changed.
    pub fn follow(&mut self, len: usize, rows: usize) {
        let rows = rows.max(1);
        if len == 0 {
            *self = Self::default();
            return;
        }
        self.selected = self.selected.min(len - 1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + rows {
            self.offset = self.selected + 1 - rows;
        }
        // Never leave empty rows at the bottom when the list could fill them.
        self.offset = self.offset.min(len.saturating_sub(rows));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrolls_only_when_the_selection_leaves_the_view() {
        let mut s = ScrollList::default();
        s.move_by(5, 100, 10);
        assert_eq!((s.selected, s.offset), (5, 0));
        s.move_by(5, 100, 10);
        assert_eq!((s.selected, s.offset), (10, 1));
        s.move_by(-1, 100, 10);
        assert_eq!((s.selected, s.offset), (9, 1));
        s.move_by(-9, 100, 10);
        assert_eq!((s.selected, s.offset), (0, 0));
        s.move_by(-3, 100, 10);
        assert_eq!(s.selected, 0);
        s.move_by(1000, 100, 10);
        assert_eq!((s.selected, s.offset), (99, 90));
    }

    #[test]
    fn a_shrinking_list_keeps_the_selection_valid() {
        let mut s = ScrollList {
            selected: 50,
            offset: 45,
        };
        s.follow(20, 10);
        assert_eq!((s.selected, s.offset), (19, 10));
        s.follow(0, 10);
        assert_eq!(s, ScrollList::default());
    }
}
