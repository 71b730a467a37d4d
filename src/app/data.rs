//! What the client list shows, derived in `update` from what the store returned: every
//! client with its revenue rank, priority, open work and time, in the chosen order and filter.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::config::Review;
use crate::domain::priority::{Breakdown, Standing, TimeMark, Weights, score, time_mark};
use crate::domain::ranking::{ClassInput, ClassShare, class_shares, rank_by_revenue};
use crate::domain::{AbcClass, Cents, Client, ClientDigest, ClientId, RankedClient};

/// Raw records as loaded from the store by the terminal loop.
#[derive(Clone, Debug, Default)]
pub struct Snapshot {
    pub clients: Vec<Client>,
    pub digests: Vec<ClientDigest>,
    /// The change counter at the time of loading.
    pub seq: u64,
}

/// What ranking needs besides the records.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    pub weights: Weights,
    pub review: Review,
}

impl Settings {
    pub fn from_config(config: &crate::config::Config) -> Settings {
        Settings {
            weights: config.priority.clone(),
            review: config.review.clone(),
        }
    }
}

/// One row of the client list.
#[derive(Clone, Debug)]
pub struct ClientRow {
    pub client: Client,
    pub rank: RankedClient,
    pub digest: ClientDigest,
    pub priority: Breakdown,
    /// Share of all time spent on clients in the time window, 0.0–1.0; `None` while no time
    /// was logged on any client in it.
    pub time_share: Option<f64>,
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

impl Data {
    pub fn from_snapshot(snapshot: Snapshot, settings: &Settings, today: NaiveDate) -> Data {
        let mut clients: Vec<Client> = snapshot
            .clients
            .into_iter()
            .filter(|c| !c.archived)
            .collect();
        // Name order first, so that equal revenues rank alphabetically.
        clients.sort_by_key(|c| c.name.to_lowercase());
        let ranked = rank_by_revenue(
            &clients
                .iter()
                .map(|c| (c.id, c.revenue))
                .collect::<Vec<_>>(),
        );
        let mut by_id: HashMap<ClientId, Client> = clients.into_iter().map(|c| (c.id, c)).collect();
        let mut digests: HashMap<ClientId, ClientDigest> = snapshot
            .digests
            .into_iter()
            .map(|d| (d.client_id, d))
            .collect();
        let window = settings.review.time_window_days.max(1);
        let minutes = |d: &ClientDigest| d.minutes_since(today, window);
        let total_minutes: u64 = ranked
            .iter()
            .filter_map(|r| digests.get(&r.id))
            .map(minutes)
            .sum();
        let total_revenue = Cents(ranked.iter().map(|r| r.revenue.0).sum());
        let clients = ranked.len();
        let rows: Vec<ClientRow> = ranked
            .into_iter()
            .filter_map(|rank| {
                let client = by_id.remove(&rank.id)?;
                let digest = digests.remove(&rank.id).unwrap_or_default();
                let time_share =
                    (total_minutes > 0).then(|| minutes(&digest) as f64 / total_minutes as f64);
                let standing = Standing {
                    revenue_share: rank.share,
                    clients,
                    time_share,
                };
                Some(ClientRow {
                    priority: score(&digest, standing, today, &settings.weights),
                    time_mark: time_mark(standing, &settings.weights),
                    open: digest.open(),
                    overdue: digest.overdue(today),
                    days_since_contact: digest.days_since_contact(today),
                    complaint_age: digest.complaint_age(today),
                    time_share,
                    client,
                    rank,
                    digest,
                })
            })
            .collect();
        let inputs: Vec<(AbcClass, ClassInput)> = rows
            .iter()
            .map(|r| {
                let input = ClassInput {
                    revenue: r.rank.revenue,
                    minutes: minutes(&r.digest),
                    open: r.open,
                    overdue: r.overdue,
                };
                (r.rank.class, input)
            })
            .collect();
        let shown = (0..rows.len()).collect();
        Data {
            classes: class_shares(&inputs),
            rows,
            shown,
            total_revenue,
            band: 0,
            seq: snapshot.seq,
        }
    }

    /// Orders and filters the shown rows. Ties keep the revenue order.
    pub fn arrange(&mut self, sort: SortBy, filter: &Filter) {
        let rows = &self.rows;
        let mut shown: Vec<usize> = (0..rows.len())
            .filter(|i| filter.matches(&rows[*i]))
            .collect();
        self.band = 0;
        match sort {
            // Open complaints first, oldest first ("recover first"); then by priority.
            SortBy::Priority => {
                shown.sort_by(|a, b| {
                    let (a, b) = (&rows[*a], &rows[*b]);
                    b.complaint_age
                        .is_some()
                        .cmp(&a.complaint_age.is_some())
                        .then(b.complaint_age.cmp(&a.complaint_age))
                        .then(b.priority.total.total_cmp(&a.priority.total))
                });
                self.band = shown
                    .iter()
                    .take_while(|i| rows[**i].complaint_age.is_some())
                    .count();
            }
            SortBy::Revenue => {}
            SortBy::Name => shown.sort_by_key(|i| rows[*i].client.name.to_lowercase()),
            // Longest without contact first; never contacted before everyone.
            SortBy::LastContact => shown.sort_by_key(|i| {
                std::cmp::Reverse(rows[*i].days_since_contact.unwrap_or(i64::MAX))
            }),
            SortBy::Overdue => shown.sort_by_key(|i| std::cmp::Reverse(rows[*i].overdue)),
        }
        self.shown = shown;
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
