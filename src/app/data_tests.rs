//! The client list's ranking against a plain one (every record looked up by id, the records
//! sorted themselves), on ties, archived clients and clients without a digest (the example's
//! records: `demo`'s tests); and the records a list gives back for ranking it again.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::*;
use crate::domain::priority::{Priority, Standing, score};
use crate::domain::ranking::rank_by_revenue;
use crate::domain::{Cents, ClientDigest, ClientId, ListedClient};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 2).unwrap()
}

fn client(id: u64, name: &str, euros: i64) -> ListedClient {
    ListedClient {
        id: ClientId(id),
        name: name.into(),
        sector: String::new(),
        revenue: Cents::from_euros(euros),
        archived: false,
    }
}

/// Equal revenues (ranked by name, whatever its case), an archived client, a client without
/// a digest, a digest without a client, a negative revenue.
fn awkward() -> Snapshot {
    let mut archived = client(3, "Archief", 900);
    archived.archived = true;
    let clients = vec![
        client(1, "bakker", 100),
        client(2, "Aalders", 100),
        archived,
        client(4, "Zwart", 500),
        client(5, "aalders", 100),
        client(6, "Min", -50),
        client(7, "Geen digest", 0),
    ];
    let digests = [1, 2, 3, 4, 5, 6, 9]
        .into_iter()
        .map(|id| ClientDigest {
            client_id: ClientId(id),
            contacts: id as u32,
            ..ClientDigest::default()
        })
        .collect();
    Snapshot {
        clients,
        digests,
        seq: 7,
        rebuilt: false,
    }
}

/// The list ranked plainly: the active clients sorted by name, ranked by revenue, each
/// looked up by id; per row its id, rank and digest.
fn plain(snapshot: &Snapshot) -> Vec<(ClientId, crate::domain::RankedClient, ClientDigest)> {
    let digests: HashMap<ClientId, &ClientDigest> =
        snapshot.digests.iter().map(|d| (d.client_id, d)).collect();
    let mut active: Vec<&ListedClient> = snapshot.clients.iter().filter(|c| !c.archived).collect();
    active.sort_by_cached_key(|c| c.name.to_lowercase());
    let ranked = rank_by_revenue(&active.iter().map(|c| (c.id, c.revenue)).collect::<Vec<_>>());
    ranked
        .into_iter()
        .map(|r| {
            let digest = digests.get(&r.id).map(|d| (*d).clone()).unwrap_or_default();
            (r.id, r, digest)
        })
        .collect()
}

/// Holds the list ranked from `snapshot` to the plain ranking, row by row (the example's
/// records are checked from `demo`'s tests: the app does not reach down to the files).
pub(crate) fn assert_ranked_plainly(snapshot: &Snapshot) {
    let settings = Settings::default();
    let data = Data::from_snapshot(snapshot.clone(), &settings, today());
    let expected = plain(snapshot);
    let got: Vec<_> = data
        .rows
        .iter()
        .map(|r| (r.client.id, r.rank.clone(), r.digest.clone()))
        .collect();
    assert_eq!(got, expected);
    let total_minutes: u64 = data.rows.iter().map(|r| r.minutes).sum();
    for row in &data.rows {
        let standing = Standing {
            revenue_share: row.rank.share,
            clients: data.rows.len(),
            time_share: (total_minutes > 0).then(|| row.minutes as f64 / total_minutes as f64),
        };
        let plain = score(&row.digest, standing, today(), &settings.weights);
        // The figures the list keeps, bit for bit (the sign of a zero shows in its order),
        // and the breakdown built when the client is shown.
        let figures = Priority::of(&plain, standing, &settings.weights);
        assert_eq!(row.priority, figures, "client {:?}", row.client.id);
        assert_eq!(
            row.priority.total.to_bits(),
            figures.total.to_bits(),
            "client {:?}",
            row.client.id
        );
        assert_eq!(
            data.breakdown(row, &settings, today()),
            plain,
            "client {:?}",
            row.client.id
        );
    }
}

#[test]
fn ties_archived_and_missing_digests_rank_as_plainly_ranked() {
    let snapshot = awkward();
    assert_ranked_plainly(&snapshot);
    let data = Data::from_snapshot(snapshot, &Settings::default(), today());
    let names: Vec<&str> = data.rows.iter().map(|r| r.client.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Zwart",
            "Aalders",
            "aalders",
            "bakker",
            "Geen digest",
            "Min"
        ]
    );
}

/// What matters of a list: its rows and figures, in order.
fn shown(data: &Data) -> String {
    format!(
        "{:?} {:?} {:?} {} {}",
        data.rows
            .iter()
            .map(|r| (
                &r.client,
                &r.rank,
                &r.digest,
                r.priority.total,
                r.minutes,
                r.open,
                r.overdue,
                r.days_since_contact,
                r.complaint_age
            ))
            .collect::<Vec<_>>(),
        data.total_revenue,
        data.classes,
        data.band,
        data.seq,
    )
}

#[test]
fn a_list_gives_back_the_records_that_rank_it_again() {
    assert_ranks_again(awkward());
}

/// Holds the records a list gives back to the records it was ranked from: ranked again,
/// today and on a later day, they make the same list.
pub(crate) fn assert_ranks_again(snapshot: Snapshot) {
    let settings = Settings::default();
    let data = Data::from_snapshot(snapshot, &settings, today());
    let again = Data::from_snapshot(data.snapshot(), &settings, today());
    assert_eq!(shown(&again), shown(&data));
    let later = today() + chrono::Duration::days(40);
    assert_eq!(
        shown(&Data::from_snapshot(data.snapshot(), &settings, later)),
        shown(&Data::from_snapshot(
            reversed_records(&data),
            &settings,
            later
        )),
    );
}

/// The list's own clients and digests in reverse id order, the empty digests of clients
/// without one included: ranked again, the order they come in makes no difference.
fn reversed_records(data: &Data) -> Snapshot {
    let mut clients: Vec<ListedClient> = data.rows.iter().map(|r| r.client.clone()).collect();
    clients.sort_by_key(|c| std::cmp::Reverse(c.id));
    Snapshot {
        clients,
        digests: data.rows.iter().map(|r| r.digest.clone()).rev().collect(),
        seq: data.seq,
        rebuilt: false,
    }
}

/// The awkward names, most of them at the same revenue (some at zero or below, which ranks
/// as zero), with time logged and open complaints on some, so that ties decide much.
fn awkward_names() -> Snapshot {
    let day = |d: u32| NaiveDate::from_ymd_opt(2026, 10, d).unwrap();
    let at = |d: u32| day(d).and_hms_opt(9, 0, 0).unwrap().and_utc();
    let mut clients = Vec::new();
    let mut digests = Vec::new();
    // Names whose lower-case forms are equal, or differ only past ASCII or eight bytes.
    for (i, name) in crate::domain::name_order::tests::AWKWARD.iter().enumerate() {
        let id = i as u64 + 1;
        let euros = [100, 100, 100, 0, -5, 250][i % 6];
        clients.push(client(id, name, euros));
        digests.push(ClientDigest {
            client_id: ClientId(id),
            open_complaints: u32::from(i % 5 == 0),
            oldest_complaint: (i % 5 == 0).then(|| at(1 + (i % 2) as u32)),
            minutes_by_day: if i % 3 == 0 {
                vec![(day(1), 30), (day(20), 15)]
            } else {
                Vec::new()
            },
            ..ClientDigest::default()
        });
    }
    Snapshot {
        clients,
        digests,
        seq: 1,
        rebuilt: false,
    }
}

#[test]
fn awkward_names_rank_as_plainly_ranked() {
    assert_ranked_plainly(&awkward_names());
    assert_ranks_again(awkward_names());
}

#[test]
fn the_priority_order_is_that_of_the_rows_compared_themselves() {
    let mut data = Data::from_snapshot(awkward_names(), &Settings::default(), today());
    data.arrange(SortBy::Priority, &Filter::default());
    let rows = &data.rows;
    let mut plain: Vec<usize> = (0..rows.len()).collect();
    plain.sort_by(|a, b| {
        let (a, b) = (&rows[*a], &rows[*b]);
        b.complaint_age
            .is_some()
            .cmp(&a.complaint_age.is_some())
            .then(b.complaint_age.cmp(&a.complaint_age))
            .then(b.priority.total.total_cmp(&a.priority.total))
    });
    assert_eq!(data.shown, plain);
    assert!(data.band > 0, "some complaints are open");
    assert!(
        plain
            .windows(2)
            .any(|w| rows[w[0]].priority.total == rows[w[1]].priority.total),
        "equal priorities keep the revenue order"
    );
}
