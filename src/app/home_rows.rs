//! The texts of the client list's visible rows, formatted in `update` and kept while their
//! rows stay as they were, so that a move on the list only draws: money, shares and the
//! priority are not formatted again at every keystroke.

use super::ClientRow;
use crate::domain::{AbcClass, Cents, ClientId};
use crate::i18n::{HomeText, Lang, Localized, fmt_decimal, fmt_money, fmt_percent};
use crate::sanitize::clean;

/// A row's texts as the list shows them.
#[derive(Clone, Debug, PartialEq)]
pub struct RowTexts {
    /// What they were made from: they stand for a row only while it says the same.
    made: Made,
    /// The place on the list, from 1.
    pub rank: String,
    /// The name, made safe to show; cut to its column while drawing.
    pub name: String,
    /// In the band of open complaints: the mark before the name.
    pub band_mark: Option<String>,
    pub revenue: String,
    pub share: String,
    pub cumulative: String,
    pub open: String,
    pub overdue: String,
    pub days: String,
    pub grade: String,
    /// The time marker, a space where there is none (so that the shares stay aligned).
    pub low: &'static str,
    pub priority: String,
}

/// Everything of a row its texts say.
#[derive(Clone, Debug, PartialEq)]
struct Made {
    pos: usize,
    in_band: bool,
    lang: Lang,
    id: ClientId,
    name: String,
    class: AbcClass,
    revenue: Cents,
    share: f64,
    cumulative: f64,
    open: usize,
    overdue: usize,
    days: Option<i64>,
    grade: Option<u8>,
    low: &'static str,
    priority: f64,
    complaint_age: Option<i64>,
}

impl Made {
    fn of(row: &ClientRow, pos: usize, in_band: bool, lang: Lang) -> Made {
        Made {
            pos,
            in_band,
            lang,
            id: row.client.id,
            name: row.client.name.clone(),
            class: row.rank.class,
            revenue: row.rank.revenue,
            share: row.rank.share,
            cumulative: row.rank.cumulative,
            open: row.open,
            overdue: row.overdue,
            days: row.days_since_contact,
            grade: row.digest.last_grade,
            low: row.time_marker(lang),
            priority: row.priority.total,
            complaint_age: row.complaint_age,
        }
    }

    /// Whether `row` at `pos` is still what these texts were made from (no text is made).
    fn is(&self, row: &ClientRow, pos: usize, in_band: bool, lang: Lang) -> bool {
        self.pos == pos
            && self.in_band == in_band
            && self.lang == lang
            && self.id == row.client.id
            && self.name == row.client.name
            && self.class == row.rank.class
            && self.revenue == row.rank.revenue
            && self.share == row.rank.share
            && self.cumulative == row.rank.cumulative
            && self.open == row.open
            && self.overdue == row.overdue
            && self.days == row.days_since_contact
            && self.grade == row.digest.last_grade
            && self.low == row.time_marker(lang)
            && self.priority == row.priority.total
            && self.complaint_age == row.complaint_age
    }
}

impl RowTexts {
    /// The texts of `row`, at place `pos` of the list; `in_band`: among the open complaints
    /// led at the top.
    pub fn new(row: &ClientRow, pos: usize, in_band: bool, lang: Lang) -> RowTexts {
        let made = Made::of(row, pos, in_band, lang);
        RowTexts {
            rank: format!("{}", pos + 1),
            name: clean(&row.client.name).into_owned(),
            band_mark: row
                .complaint_age
                .filter(|_| in_band)
                .map(|age| HomeText::BandMark.fill(lang, &[&age])),
            revenue: fmt_money(row.rank.revenue, lang),
            share: fmt_percent(row.rank.share, lang),
            cumulative: fmt_percent(row.rank.cumulative, lang),
            open: row.open.to_string(),
            overdue: row.overdue.to_string(),
            days: row.days_since_contact.map_or("–".into(), |d| d.to_string()),
            grade: row.digest.last_grade.map_or("–".into(), |g| g.to_string()),
            low: match made.low {
                "" => " ",
                mark => mark,
            },
            priority: fmt_decimal(row.priority.total, 1, lang),
            made,
        }
    }

    /// Whether these are the texts of `row` at `pos` as it is now.
    pub fn are_of(&self, row: &ClientRow, pos: usize, in_band: bool, lang: Lang) -> bool {
        self.made.is(row, pos, in_band, lang)
    }
}

/// The texts of the rows from `start` on, as many as show.
#[derive(Clone, Debug, Default)]
pub struct HomeRows {
    start: usize,
    rows: Vec<RowTexts>,
}

impl HomeRows {
    /// The texts of the row at `pos`, when they were made for it as it is.
    pub fn get(&self, row: &ClientRow, pos: usize, in_band: bool, lang: Lang) -> Option<&RowTexts> {
        let texts = self.rows.get(pos.checked_sub(self.start)?)?;
        texts.are_of(row, pos, in_band, lang).then_some(texts)
    }

    /// Makes the texts of the `count` rows from `start` on (of `rows`, in list order via
    /// `row_at`), keeping those whose rows are unchanged: a move within the screen makes none,
    /// a scroll by one makes one.
    pub fn refresh<'a>(
        &mut self,
        start: usize,
        count: usize,
        band: usize,
        lang: Lang,
        row_at: impl Fn(usize) -> Option<&'a ClientRow>,
    ) {
        let unchanged = self.start == start
            && self.rows.len() == count
            && self.rows.iter().enumerate().all(|(i, t)| {
                let pos = start + i;
                row_at(pos).is_some_and(|row| t.are_of(row, pos, pos < band, lang))
            });
        if unchanged {
            return;
        }
        let mut old: Vec<Option<RowTexts>> = std::mem::take(&mut self.rows)
            .into_iter()
            .map(Some)
            .collect();
        let old_start = self.start;
        let mut rows = Vec::with_capacity(count);
        for pos in start..start + count {
            let Some(row) = row_at(pos) else { break };
            let in_band = pos < band;
            let kept = pos
                .checked_sub(old_start)
                .and_then(|i| old.get_mut(i))
                .and_then(|slot| slot.take_if(|t| t.are_of(row, pos, in_band, lang)));
            rows.push(kept.unwrap_or_else(|| RowTexts::new(row, pos, in_band, lang)));
        }
        self.start = start;
        self.rows = rows;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{Data, Settings};
    use crate::domain::{Client, ListedClient};
    use crate::store::views::Snapshot;
    use chrono::NaiveDate;

    fn data(n: u64) -> Data {
        let clients = (1..=n)
            .map(|i| {
                ListedClient::from(&Client {
                    id: ClientId(i),
                    ..Client::new(format!("Klant {i}"), Cents::from_euros(1000 * i as i64))
                })
            })
            .collect();
        let snapshot = Snapshot {
            clients,
            digests: vec![],
            seq: 1,
            rebuilt: false,
        };
        let today = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        Data::from_snapshot(snapshot, &Settings::default(), today)
    }

    /// Every row from `start` on, `count` of them, has its texts, as they are made anew.
    fn all_made(rows: &HomeRows, data: &Data, start: usize, count: usize, lang: Lang) {
        for pos in start..start + count {
            let row = data.row(pos).unwrap();
            let texts = rows.get(row, pos, false, lang).expect("texts made");
            assert_eq!(*texts, RowTexts::new(row, pos, false, lang));
        }
    }

    #[test]
    fn the_texts_stand_for_their_rows_only_while_those_are_unchanged() {
        let mut data = data(30);
        let mut rows = HomeRows::default();
        rows.refresh(0, 10, 0, Lang::Nl, |p| data.row(p));
        all_made(&rows, &data, 0, 10, Lang::Nl);
        // Not on screen: no texts.
        assert!(
            rows.get(data.row(12).unwrap(), 12, false, Lang::Nl)
                .is_none()
        );

        // A scroll by three: the rows now on screen have theirs.
        rows.refresh(3, 10, 0, Lang::Nl, |p| data.row(p));
        all_made(&rows, &data, 3, 10, Lang::Nl);

        // A row changed (a colleague's edit): its old texts no longer stand for it until
        // they are made again.
        let pos = 5;
        let id = data.row(pos).unwrap().client.id;
        let row = data.rows.iter_mut().find(|r| r.client.id == id).unwrap();
        row.rank.revenue = Cents::from_euros(7);
        row.client.name = "Nieuwe naam".into();
        assert!(
            rows.get(data.row(pos).unwrap(), pos, false, Lang::Nl)
                .is_none()
        );
        rows.refresh(3, 10, 0, Lang::Nl, |p| data.row(p));
        all_made(&rows, &data, 3, 10, Lang::Nl);
        let texts = rows
            .get(data.row(pos).unwrap(), pos, false, Lang::Nl)
            .unwrap();
        assert_eq!(texts.name, "Nieuwe naam");

        // Another language, another place in the band: made again.
        let row = data.row(4).unwrap();
        assert!(rows.get(row, 4, false, Lang::En).is_none());
        assert!(rows.get(row, 4, true, Lang::Nl).is_none());
        rows.refresh(3, 10, 0, Lang::En, |p| data.row(p));
        all_made(&rows, &data, 3, 10, Lang::En);

        // Fewer rows than the screen holds: as many as there are.
        rows.refresh(25, 10, 0, Lang::En, |p| data.row(p));
        all_made(&rows, &data, 25, 5, Lang::En);
    }
}
