//! The 80/20 principle made visible: ABC classes by revenue, each client's share of the
//! total and the cumulative share down the ranked list.

use serde::{Deserialize, Serialize};

use super::{Cents, ClientId};

/// ABC class by revenue: A makes the first 80% of revenue, B the next 15%, C the rest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum AbcClass {
    A,
    B,
    C,
}

impl AbcClass {
    pub fn letter(self) -> &'static str {
        match self {
            AbcClass::A => "A",
            AbcClass::B => "B",
            AbcClass::C => "C",
        }
    }
}

/// Where the A class ends and the B class ends, as cumulative shares of revenue.
pub const A_LIMIT: f64 = 0.80;
pub const B_LIMIT: f64 = 0.95;

/// One client's place in the revenue ranking.
#[derive(Clone, Debug, PartialEq)]
pub struct RankedClient {
    pub id: ClientId,
    pub revenue: Cents,
    pub class: AbcClass,
    /// This client's share of total revenue, 0.0–1.0.
    pub share: f64,
    /// The share of this client and every client ranked above it, 0.0–1.0.
    pub cumulative: f64,
}

/// Ranks clients by revenue (highest first; equal revenue in the order given, so pass them
/// sorted by name for a stable list) and gives each its class and shares.
///
/// A client is in A while the clients above it make less than 80% of revenue, so the client
/// that crosses the 80% line is still A; B likewise up to 95%. Clients with equal revenue
/// always share a class: the class of a tie is that of its first member, so the alphabet never
/// decides. Negative revenue counts as zero. When total revenue is zero every client is C.
pub fn rank_by_revenue(clients: &[(ClientId, Cents)]) -> Vec<RankedClient> {
    rank_by_revenue_at(clients)
        .into_iter()
        .map(|(_, ranked)| ranked)
        .collect()
}

/// Like [`rank_by_revenue`], each ranked client with its position in `clients`, so that a
/// caller takes its records from there without looking them up by id.
pub fn rank_by_revenue_at(clients: &[(ClientId, Cents)]) -> Vec<(usize, RankedClient)> {
    let mut order: Vec<(usize, ClientId, Cents)> = clients
        .iter()
        .enumerate()
        .map(|(at, (id, c))| (at, *id, Cents(c.0.max(0))))
        .collect();
    order.sort_by_key(|(_, _, revenue)| std::cmp::Reverse(*revenue));
    let total: i128 = order.iter().map(|(_, _, c)| i128::from(c.0)).sum();
    let mut ranked = Vec::with_capacity(order.len());
    let mut before: i128 = 0;
    let mut tie: Option<(Cents, AbcClass)> = None;
    for (at, id, revenue) in order {
        let class = match tie {
            Some((r, class)) if r == revenue => class,
            _ => class_for(before, total),
        };
        tie = Some((revenue, class));
        before += i128::from(revenue.0);
        ranked.push((
            at,
            RankedClient {
                id,
                revenue,
                class,
                share: ratio(i128::from(revenue.0), total),
                cumulative: ratio(before, total),
            },
        ));
    }
    ranked
}

/// What one client contributes to the 80/20 answer.
#[derive(Clone, Copy, Debug, Default)]
pub struct ClassInput {
    pub revenue: Cents,
    /// Minutes spent in the time window.
    pub minutes: u64,
    pub open: usize,
    pub overdue: usize,
}

/// The 80/20 answer for one class: its share of the clients, of revenue and of the time
/// spent, and its open and overdue work.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ClassShare {
    pub class: AbcClass,
    pub clients: usize,
    /// Shares are 0.0–1.0; over the three classes each sums to 1 (when there is anything).
    pub client_share: f64,
    pub revenue_share: f64,
    /// `None` while no time was logged on any client in the window.
    pub time_share: Option<f64>,
    pub minutes: u64,
    pub open: usize,
    pub overdue: usize,
}

impl ClassShare {
    /// Time share divided by revenue share: below 1 the class gets less of your time than
    /// it brings in revenue.
    pub fn time_ratio(&self) -> Option<f64> {
        let time = self.time_share?;
        (self.revenue_share > 0.0).then(|| time / self.revenue_share)
    }
}

/// A, B and C with their shares, from each client's class and figures.
pub fn class_shares(clients: &[(AbcClass, ClassInput)]) -> [ClassShare; 3] {
    let total_clients = clients.len();
    let total_revenue: i128 = clients
        .iter()
        .map(|(_, c)| i128::from(c.revenue.0.max(0)))
        .sum();
    let total_minutes: u64 = clients.iter().map(|(_, c)| c.minutes).sum();
    [AbcClass::A, AbcClass::B, AbcClass::C].map(|class| {
        let members: Vec<&ClassInput> = clients
            .iter()
            .filter(|(c, _)| *c == class)
            .map(|(_, input)| input)
            .collect();
        let revenue: i128 = members.iter().map(|c| i128::from(c.revenue.0.max(0))).sum();
        let minutes: u64 = members.iter().map(|c| c.minutes).sum();
        ClassShare {
            class,
            clients: members.len(),
            client_share: ratio(members.len() as i128, total_clients as i128),
            revenue_share: ratio(revenue, total_revenue),
            time_share: (total_minutes > 0).then(|| minutes as f64 / total_minutes as f64),
            minutes,
            open: members.iter().map(|c| c.open).sum(),
            overdue: members.iter().map(|c| c.overdue).sum(),
        }
    })
}

/// Shares (0.0–1.0, summing to 1) as percentages with `decimals` decimals that still sum to
/// exactly 100: each is rounded down and the units left over go to the largest remainders.
/// Shares that sum to 0 stay 0.
pub fn percentages(shares: &[f64], decimals: u32) -> Vec<f64> {
    let scale = 10f64.powi(decimals as i32);
    let units: Vec<f64> = shares.iter().map(|s| s * 100.0 * scale).collect();
    let total = units.iter().sum::<f64>().round();
    let mut floors: Vec<f64> = units.iter().map(|u| u.floor()).collect();
    let mut left = (total - floors.iter().sum::<f64>()).max(0.0) as usize;
    let mut order: Vec<usize> = (0..units.len()).collect();
    order.sort_by(|a, b| (units[*b] - floors[*b]).total_cmp(&(units[*a] - floors[*a])));
    for i in order {
        if left == 0 {
            break;
        }
        floors[i] += 1.0;
        left -= 1;
    }
    floors.into_iter().map(|f| f / scale).collect()
}

fn class_for(before: i128, total: i128) -> AbcClass {
    if total == 0 {
        return AbcClass::C;
    }
    let share_before = ratio(before, total);
    if share_before < A_LIMIT {
        AbcClass::A
    } else if share_before < B_LIMIT {
        AbcClass::B
    } else {
        AbcClass::C
    }
}

fn ratio(part: i128, total: i128) -> f64 {
    if total == 0 {
        0.0
    } else {
        part as f64 / total as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rank(revenues: &[i64]) -> Vec<RankedClient> {
        let input: Vec<(ClientId, Cents)> = revenues
            .iter()
            .enumerate()
            .map(|(i, r)| (ClientId(i as u64 + 1), Cents::from_euros(*r)))
            .collect();
        rank_by_revenue(&input)
    }

    fn classes(ranked: &[RankedClient]) -> String {
        ranked.iter().map(|r| r.class.letter()).collect()
    }

    #[test]
    fn skewed_distribution_gives_abc() {
        // 50 + 20 + 10 + 10 + 5 + 3 + 2 = 100
        let ranked = rank(&[10, 50, 3, 20, 10, 5, 2]);
        let ids: Vec<u64> = ranked.iter().map(|r| r.id.0).collect();
        assert_eq!(ids, vec![2, 4, 1, 5, 6, 3, 7]);
        // before: 0 A, 50 A, 70 A, 80 B (tie with 70-before client → A), 90 B, 95 C, 98 C
        assert_eq!(classes(&ranked), "AAAABCC");
        assert!((ranked[0].share - 0.5).abs() < 1e-9);
        assert!((ranked[1].cumulative - 0.7).abs() < 1e-9);
        assert!((ranked.last().unwrap().cumulative - 1.0).abs() < 1e-9);
    }

    #[test]
    fn the_client_crossing_eighty_percent_is_a() {
        // 60 before 30: the second one crosses 80% and stays A; 10 is C (before = 90% → B).
        assert_eq!(classes(&rank(&[60, 30, 10])), "AAB");
        assert_eq!(classes(&rank(&[80, 15, 5])), "ABC");
    }

    #[test]
    fn ties_share_a_class() {
        // 40, 40, 10, 10: before of the second 10 is 90% (B) but it ties with the first 10 (B).
        assert_eq!(classes(&rank(&[40, 40, 10, 10])), "AABB");
        // A tie straddling the 80% line stays in A together.
        assert_eq!(classes(&rank(&[70, 10, 10, 10])), "AAAA");
    }

    #[test]
    fn all_equal_is_all_a() {
        assert_eq!(classes(&rank(&[7; 10])), "AAAAAAAAAA");
    }

    #[test]
    fn one_client_is_a_with_everything() {
        let ranked = rank(&[1234]);
        assert_eq!(classes(&ranked), "A");
        assert!((ranked[0].share - 1.0).abs() < 1e-9);
        assert!((ranked[0].cumulative - 1.0).abs() < 1e-9);
    }

    #[test]
    fn zero_revenue() {
        let ranked = rank(&[0, 0, 0]);
        assert_eq!(classes(&ranked), "CCC");
        assert!(ranked.iter().all(|r| r.share == 0.0 && r.cumulative == 0.0));
        // Zero-revenue clients below paying ones land in C.
        assert_eq!(classes(&rank(&[100, 0])), "AC");
        assert!(rank_by_revenue(&[]).is_empty());
    }

    #[test]
    fn class_shares_answer_the_eighty_twenty_question() {
        let input = |euros, minutes, open| ClassInput {
            revenue: Cents::from_euros(euros),
            minutes,
            open,
            overdue: 0,
        };
        let shares = class_shares(&[
            (AbcClass::A, input(800, 40, 2)),
            (AbcClass::B, input(150, 30, 1)),
            (AbcClass::C, input(30, 20, 0)),
            (AbcClass::C, input(20, 10, 0)),
        ]);
        let [a, b, c] = shares;
        assert_eq!((a.clients, b.clients, c.clients), (1, 1, 2));
        assert!((a.client_share - 0.25).abs() < 1e-9);
        assert!((a.revenue_share - 0.8).abs() < 1e-9);
        assert!((a.time_share.unwrap() - 0.4).abs() < 1e-9);
        assert!(
            (a.time_ratio().unwrap() - 0.5).abs() < 1e-9,
            "half its share"
        );
        assert!(
            (c.time_ratio().unwrap() - 6.0).abs() < 1e-9,
            "six times its share"
        );
        let sum = |f: fn(&ClassShare) -> f64| shares.iter().map(f).sum::<f64>();
        assert!((sum(|s| s.client_share) - 1.0).abs() < 1e-9);
        assert!((sum(|s| s.revenue_share) - 1.0).abs() < 1e-9);
        assert_eq!(a.open, 2);
        let none = class_shares(&[(AbcClass::A, input(10, 0, 0))]);
        assert_eq!(none[0].time_share, None, "no time logged");
    }

    #[test]
    fn percentages_always_sum_to_a_hundred() {
        assert_eq!(percentages(&[1.0 / 3.0; 3], 1), vec![33.4, 33.3, 33.3]);
        let shares = [0.80567, 0.15222, 0.04211];
        let p = percentages(&shares, 1);
        assert!((p.iter().sum::<f64>() - 100.0).abs() < 1e-9, "{p:?}");
        assert_eq!(p, vec![80.6, 15.2, 4.2]);
        assert_eq!(percentages(&[0.0, 0.0], 1), vec![0.0, 0.0]);
    }

    #[test]
    fn negative_revenue_counts_as_zero() {
        let ranked = rank(&[-50, 100]);
        assert_eq!(ranked[0].id, ClientId(2));
        assert_eq!(classes(&ranked), "AC");
    }
}
