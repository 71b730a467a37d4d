//! What the client list shows, derived in `update` from what the store returned: every
//! client with its revenue rank, priority, open work and time, in the chosen order and filter.

use chrono::NaiveDate;

use crate::domain::name_order::LowerNames;
use crate::domain::priority::{
    Breakdown, Priority, Review, Standing, TimeMark, Weights, priority, retime_priority, score,
    time_mark,
};
use crate::domain::ranking::{ClassInput, ClassShare, class_shares, rank_by_revenue_at};
use crate::domain::{AbcClass, Cents, ClientDigest, ClientId, ListedClient, RankedClient};
use crate::store::views::{ClientChange, Snapshot};

/// What ranking needs besides the records.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    pub weights: Weights,
    pub review: Review,
}

/// One row of the client list.
#[derive(Clone, Debug)]
pub struct ClientRow {
    /// The client as the list shows it; the whole record is read when the client is opened.
    pub client: ListedClient,
    pub rank: RankedClient,
    pub digest: ClientDigest,
    /// Its priority's figures; the term-by-term breakdown is [`Data::breakdown`].
    pub priority: Priority,
    /// Share of all time spent on clients in the time window, 0.0–1.0; `None` while no time
    /// was logged on any client in it.
    pub time_share: Option<f64>,
    /// Minutes spent on the client in the time window.
    pub minutes: u64,
    /// Less time than its revenue share, or far more.
    pub time_mark: Option<TimeMark>,
    pub open: usize,
    pub overdue: usize,
    pub days_since_contact: Option<i64>,
    /// How many days the oldest open complaint has waited: the client stands in the band of
    /// complaints to recover first.
    pub complaint_age: Option<i64>,
}

impl ClientRow {
    /// The marker of the time balance: `▼` less time than the revenue share, `▲` far more.
    pub fn time_marker(&self, lang: crate::i18n::Lang) -> &'static str {
        use crate::i18n::{HomeText, Localized};
        match self.time_mark {
            Some(TimeMark::Under) => HomeText::TimeLowMark.get(lang),
            Some(TimeMark::Over) => HomeText::TimeHighMark.get(lang),
            None => "",
        }
    }
}

/// The order of the client list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortBy {
    #[default]
    Priority,
    Revenue,
    Name,
    LastContact,
    Overdue,
}

impl SortBy {
    pub const ALL: [SortBy; 5] = [
        SortBy::Priority,
        SortBy::Revenue,
        SortBy::Name,
        SortBy::LastContact,
        SortBy::Overdue,
    ];

    pub fn next(self) -> SortBy {
        let i = SortBy::ALL.iter().position(|s| *s == self).unwrap_or(0);
        SortBy::ALL[(i + 1) % SortBy::ALL.len()]
    }
}

/// Which clients are shown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub class: Option<AbcClass>,
    /// Case-insensitive part of the name or sector.
    pub text: String,
}

impl Filter {
    pub fn is_active(&self) -> bool {
        self.class.is_some() || !self.text.is_empty()
    }

    fn matches(&self, row: &ClientRow) -> bool {
        let class = self.class.is_none_or(|c| row.rank.class == c);
        let text = self.text.trim().to_lowercase();
        class
            && (text.is_empty()
                || row.client.name.to_lowercase().contains(&text)
                || row.client.sector.to_lowercase().contains(&text))
    }
}

/// What every row's derived figures depend on besides its own client and digest.
struct Derive<'a> {
    settings: &'a Settings,
    today: NaiveDate,
    clients: usize,
    total_minutes: u64,
}

impl<'a> Derive<'a> {
    fn new(rows: &[ClientRow], settings: &'a Settings, today: NaiveDate) -> Derive<'a> {
        Derive {
            settings,
            today,
            clients: rows.len(),
            total_minutes: rows.iter().map(|r| r.minutes).sum(),
        }
    }

    /// Counts the row's minutes in the time window again, from its digest.
    fn count_minutes(row: &mut ClientRow, settings: &Settings, today: NaiveDate) {
        let window = settings.review.window_days();
        row.minutes = row.digest.minutes_since(today, window);
    }

    fn standing(&self, row: &ClientRow) -> Standing {
        self.standing_of(row.rank.share, row.minutes)
    }

    /// A client's standing among all: its share of the revenue, and of the time logged.
    fn standing_of(&self, revenue_share: f64, minutes: u64) -> Standing {
        Standing {
            revenue_share,
            clients: self.clients,
            time_share: (self.total_minutes > 0)
                .then(|| minutes as f64 / self.total_minutes as f64),
        }
    }

    /// The time balance of one row again (its share of all time changed), the rest as it was.
    fn time(&self, row: &mut ClientRow) {
        let standing = self.standing(row);
        row.priority = retime_priority(row.priority, standing, &self.settings.weights);
        row.time_mark = time_mark(standing, &self.settings.weights);
        row.time_share = standing.time_share;
    }

    /// Priority, time balance, open work and contact of one row, from its client and digest.
    fn row(&self, row: &mut ClientRow) {
        self.figures(&row.digest, row.rank.share, row.minutes)
            .put(row);
    }

    /// What [`Derive::row`] derives, for a client with this digest, revenue share and time.
    fn figures(&self, digest: &ClientDigest, revenue_share: f64, minutes: u64) -> Figures {
        let today = self.today;
        let standing = self.standing_of(revenue_share, minutes);
        Figures {
            priority: priority(digest, standing, today, &self.settings.weights),
            time_mark: time_mark(standing, &self.settings.weights),
            open: digest.open(),
            overdue: digest.overdue(today),
            days_since_contact: digest.days_since_contact(today),
            complaint_age: digest.complaint_age(today),
            time_share: standing.time_share,
        }
    }
}

/// The figures a row derives from its digest and standing (see [`Derive::figures`]).
#[derive(Clone, Copy)]
struct Figures {
    priority: Priority,
    time_mark: Option<TimeMark>,
    open: usize,
    overdue: usize,
    days_since_contact: Option<i64>,
    complaint_age: Option<i64>,
    time_share: Option<f64>,
}

impl Figures {
    fn put(self, row: &mut ClientRow) {
        let Figures {
            priority,
            time_mark,
            open,
            overdue,
            days_since_contact,
            complaint_age,
            time_share,
        } = self;
        row.priority = priority;
        row.time_mark = time_mark;
        row.open = open;
        row.overdue = overdue;
        row.days_since_contact = days_since_contact;
        row.complaint_age = complaint_age;
        row.time_share = time_share;
    }
}

#[derive(Clone, Debug)]
pub struct Data {
    /// Active (not archived) clients, highest revenue first.
    pub rows: Vec<ClientRow>,
    /// The rows shown, as positions in `rows`, in the chosen order.
    pub shown: Vec<usize>,
    pub total_revenue: Cents,
    /// The 80/20 answer: per class the share of clients, revenue and time.
    pub classes: [ClassShare; 3],
    /// How many of the first shown rows are the band of open complaints ("recover first").
    pub band: usize,
    pub seq: u64,
}

impl Default for Data {
    fn default() -> Data {
        Data {
            rows: Vec::new(),
            shown: Vec::new(),
            total_revenue: Cents::default(),
            classes: class_shares(&[]),
            band: 0,
            seq: 0,
        }
    }
}

/// Each active client, as its position in `clients`, with its digest's in `digests` (none
/// when it has none). Both lists come in client id order from the store, so they are walked
/// side by side; out of order, they are put in order first. Positions, not records: each
/// record moves once, into its row.
fn with_digests(
    clients: &mut [ListedClient],
    digests: &mut [ClientDigest],
) -> Vec<(usize, Option<usize>)> {
    if !clients.is_sorted_by_key(|c| c.id) {
        clients.sort_by_key(|c| c.id);
    }
    if !digests.is_sorted_by_key(|d| d.client_id) {
        digests.sort_by_key(|d| d.client_id);
    }
    let mut next = 0;
    let mut pairs = Vec::with_capacity(clients.len());
    for (at, client) in clients.iter().enumerate() {
        while digests.get(next).is_some_and(|d| d.client_id < client.id) {
            next += 1;
        }
        let digest = digests
            .get(next)
            .is_some_and(|d| d.client_id == client.id)
            .then(|| {
                next += 1;
                next - 1
            });
        if !client.archived {
            pairs.push((at, digest));
        }
    }
    pairs
}

impl Data {
    pub fn from_snapshot(snapshot: Snapshot, settings: &Settings, today: NaiveDate) -> Data {
        let Snapshot {
            mut clients,
            mut digests,
            seq,
            rebuilt: _,
        } = snapshot;
        let pairs = with_digests(&mut clients, &mut digests);
        // Highest revenue first (negative counts as zero, as in the ranking); equal revenues
        // by name, then in id order (the sort is stable). Only ties compare names, and
        // positions are sorted, not the records.
        let mut order: Vec<(i64, usize)> = pairs
            .iter()
            .enumerate()
            .map(|(at, (c, _))| (clients[*c].revenue.0.max(0), at))
            .collect();
        let names = LowerNames::new(pairs.iter().map(|(c, _)| clients[*c].name.as_str()));
        order.sort_by(|(ra, a), (rb, b)| rb.cmp(ra).then_with(|| names.cmp(*a, *b)));
        drop(names);
        // In that order already, the ranking keeps it.
        let ranked = rank_by_revenue_at(
            &order
                .iter()
                .map(|(_, at)| {
                    let client = &clients[pairs[*at].0];
                    (client.id, client.revenue)
                })
                .collect::<Vec<_>>(),
        );
        let total_revenue = Cents(ranked.iter().map(|(_, r)| r.revenue.0).sum());
        // Every row's time share depends on the time of all, so it is counted first. Then
        // each client's figures, in the order the digests lie in (id order), not the ranking's:
        // every client's expectations are read, and in the ranking's order nearly every one is
        // a miss of the caches.
        let window = settings.review.window_days();
        let minutes: Vec<u64> = pairs
            .iter()
            .map(|(_, d)| d.map_or(0, |d| digests[d].minutes_since(today, window)))
            .collect();
        let derive = Derive {
            settings,
            today,
            clients: ranked.len(),
            total_minutes: minutes.iter().sum(),
        };
        let mut shares = vec![0.0; pairs.len()];
        for (at, rank) in &ranked {
            if let Some(share) = order.get(*at).and_then(|(_, p)| shares.get_mut(*p)) {
                *share = rank.share;
            }
        }
        let no_digest = ClientDigest::default();
        let figures: Vec<Figures> = pairs
            .iter()
            .zip(shares.iter().zip(&minutes))
            .map(|((_, d), (share, minutes))| {
                let digest = d.and_then(|d| digests.get(d)).unwrap_or(&no_digest);
                derive.figures(digest, *share, *minutes)
            })
            .collect();
        drop(shares);
        // In place (an `Option` of a record with a `String` is no larger), so that each
        // record is taken out once.
        let mut clients: Vec<Option<ListedClient>> = clients.into_iter().map(Some).collect();
        let mut rows: Vec<ClientRow> = Vec::with_capacity(ranked.len());
        for (at, rank) in ranked {
            let Some(&(_, p)) = order.get(at) else {
                continue;
            };
            let (Some(&(c, d)), Some(figures)) = (pairs.get(p), figures.get(p)) else {
                continue;
            };
            let Some(client) = clients.get_mut(c).and_then(Option::take) else {
                continue;
            };
            let digest = d
                .and_then(|d| digests.get_mut(d))
                .map(std::mem::take)
                .unwrap_or_default();
            let mut row = ClientRow {
                priority: Priority::default(),
                time_mark: None,
                open: 0,
                overdue: 0,
                days_since_contact: None,
                complaint_age: None,
                time_share: None,
                minutes: minutes.get(p).copied().unwrap_or_default(),
                client,
                rank,
                digest,
            };
            figures.put(&mut row);
            rows.push(row);
        }
        let shown = (0..rows.len()).collect();
        let mut data = Data {
            classes: class_shares(&[]),
            rows,
            shown,
            total_revenue,
            band: 0,
            seq,
        };
        data.classes = data.class_shares();
        data
    }

    /// The records the list is derived from, as far as it shows them: every active client
    /// with its digest as of [`Data::seq`], in id order. `Data::from_snapshot` of it gives this
    /// list again; archived clients are left out, as the list never shows them (a change that
    /// brings one back carries its record).
    pub fn snapshot(&self) -> Snapshot {
        let mut clients: Vec<ListedClient> = self.rows.iter().map(|r| r.client.clone()).collect();
        clients.sort_by_key(|c| c.id);
        // A client without a digest has an empty one on the list; it is left out here too.
        let mut digests: Vec<ClientDigest> = self
            .rows
            .iter()
            .filter(|r| r.digest.client_id == r.client.id)
            .map(|r| r.digest.clone())
            .collect();
        digests.sort_by_key(|d| d.client_id);
        Snapshot {
            clients,
            digests,
            seq: self.seq,
            rebuilt: false,
        }
    }

    fn class_shares(&self) -> [ClassShare; 3] {
        let inputs: Vec<(AbcClass, ClassInput)> = self
            .rows
            .iter()
            .map(|r| {
                let input = ClassInput {
                    revenue: r.rank.revenue,
                    minutes: r.minutes,
                    open: r.open,
                    overdue: r.overdue,
                };
                (r.rank.class, input)
            })
            .collect();
        class_shares(&inputs)
    }

    /// Takes in what changed for some clients (each with its record and digest as stored
    /// now, `None` when gone) without ranking everything again, where that gives exactly what
    /// [`Data::from_snapshot`] would: the same clients with the same names and revenues, so
    /// that every revenue rank stands. Only the changed rows are derived again — every row
    /// when the time logged in the window changed, since each row's time share depends on it.
    /// Returns false, changing nothing, when the change needs a full ranking.
    pub fn patch(
        &mut self,
        changed: &[ClientChange],
        settings: &Settings,
        today: NaiveDate,
        seq: u64,
    ) -> bool {
        let mut at = Vec::with_capacity(changed.len());
        for change in changed {
            let pos = self.rows.iter().position(|r| r.client.id == change.id);
            match (pos, &change.client) {
                (Some(p), Some(c))
                    if !c.archived
                        && c.revenue == self.rows[p].client.revenue
                        && c.name == self.rows[p].client.name =>
                {
                    at.push(p);
                }
                // Not on the list, before or after.
                (None, None) => {}
                (None, Some(c)) if c.archived => {}
                _ => return false,
            }
        }
        let before = Derive::new(&self.rows, settings, today).total_minutes;
        for (change, p) in changed
            .iter()
            .filter(|c| c.client.is_some())
            .zip(at.iter().copied())
        {
            if let Some(client) = &change.client {
                self.rows[p].client = client.clone();
            }
            self.rows[p].digest = change.digest.clone().unwrap_or_default();
            Derive::count_minutes(&mut self.rows[p], settings, today);
        }
        let derive = Derive::new(&self.rows, settings, today);
        if derive.total_minutes != before {
            // Every time share moved: the time terms of every row, the rest as it was.
            for row in &mut self.rows {
                derive.time(row);
            }
        }
        for p in at {
            derive.row(&mut self.rows[p]);
        }
        self.classes = self.class_shares();
        self.seq = seq;
        true
    }

    /// Orders and filters the shown rows. Ties keep the revenue order.
    pub fn arrange(&mut self, sort: SortBy, filter: &Filter) {
        let rows = &self.rows;
        let mut shown: Vec<usize> = if filter.is_active() {
            (0..rows.len())
                .filter(|i| filter.matches(&rows[*i]))
                .collect()
        } else {
            (0..rows.len()).collect()
        };
        self.band = 0;
        match sort {
            // Open complaints first, oldest first ("recover first"); then by priority.
            SortBy::Priority => {
                // Sorted by the two figures beside each position, not through the rows, which
                // are large: the same comparisons of the same values, so the same order.
                let mut keyed: Vec<(Option<i64>, f64, usize)> = shown
                    .iter()
                    .map(|i| (rows[*i].complaint_age, rows[*i].priority.total, *i))
                    .collect();
                keyed.sort_by(|(age_a, total_a, _), (age_b, total_b, _)| {
                    age_b
                        .is_some()
                        .cmp(&age_a.is_some())
                        .then(age_b.cmp(age_a))
                        .then(total_b.total_cmp(total_a))
                });
                shown = keyed.into_iter().map(|(_, _, i)| i).collect();
                self.band = shown
                    .iter()
                    .take_while(|i| rows[**i].complaint_age.is_some())
                    .count();
            }
            SortBy::Revenue => {}
            SortBy::Name => shown.sort_by_cached_key(|i| rows[*i].client.name.to_lowercase()),
            // Longest without contact first; never contacted before everyone.
            SortBy::LastContact => shown.sort_by_key(|i| {
                std::cmp::Reverse(rows[*i].days_since_contact.unwrap_or(i64::MAX))
            }),
            SortBy::Overdue => shown.sort_by_key(|i| std::cmp::Reverse(rows[*i].overdue)),
        }
        self.shown = shown;
    }

    /// The priority of one of its rows term by term, as the list ranked it: scored again for
    /// this one client, since the list keeps only the figures.
    pub fn breakdown(&self, row: &ClientRow, settings: &Settings, today: NaiveDate) -> Breakdown {
        let standing = Standing {
            revenue_share: row.rank.share,
            clients: self.rows.len(),
            time_share: row.time_share,
        };
        score(&row.digest, standing, today, &settings.weights)
    }

    pub fn len(&self) -> usize {
        self.shown.len()
    }

    pub fn is_empty(&self) -> bool {
        self.shown.is_empty()
    }

    /// The row at a position of the shown list.
    pub fn row(&self, position: usize) -> Option<&ClientRow> {
        self.rows.get(*self.shown.get(position)?)
    }

    /// Where a client is in the shown list.
    pub fn position_of(&self, id: ClientId) -> Option<usize> {
        self.shown
            .iter()
            .position(|i| self.rows[*i].client.id == id)
    }
}

#[cfg(test)]
#[path = "data_tests.rs"]
pub(crate) mod tests;
