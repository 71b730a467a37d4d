//! What the team fixture will hold, decided before anything is written: every client's name,
//! sector and revenue, and how many contacts, expectations and answers it gets, such that the
//! totals are exactly the size asked for.

use std::collections::HashSet;

use super::TeamSize;
use crate::demo::DemoError;
use crate::demo::names::{organisation, place};
use crate::demo::prng::Rng;

/// One client of the fixture and its share of the records.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientPlan {
    pub name: String,
    pub sector: &'static str,
    pub revenue_euros: i64,
    pub contacts: u64,
    pub expectations: u64,
    pub answers: u64,
}

/// Revenue with a Pareto tail: many small clients, a few large. Shape 1, bent off smoothly
/// below five million (no ties at a cap), puts about a fifth of the clients in class A.
fn revenue(rng: &mut Rng) -> i64 {
    let u = rng.unit(); // in [0, 1)
    let euros = 2_000.0 / (u + 0.000_4);
    (euros / 100.0).round() as i64 * 100
}

/// Splits `total` over the weights, in proportion and exactly: the parts add up to `total`
/// whenever some weight is positive.
pub fn split(total: u64, weights: &[u64]) -> Vec<u64> {
    let sum: u128 = weights.iter().map(|w| u128::from(*w)).sum();
    if sum == 0 {
        return vec![0; weights.len()];
    }
    let mut before: u128 = 0;
    weights
        .iter()
        .map(|w| {
            let start = u128::from(total) * before / sum;
            before += u128::from(*w);
            let end = u128::from(total) * before / sum;
            (end - start) as u64
        })
        .collect()
}

/// A name no other client has yet, and the sector that goes with it.
fn unique_name(rng: &mut Rng, taken: &mut HashSet<String>) -> (String, &'static str) {
    let (mut name, mut sector) = organisation(rng);
    for _ in 0..4 {
        if !taken.contains(&name) {
            break;
        }
        // Name and sector together: a "Restaurant" is in horeca, whatever was tried before.
        (name, sector) = organisation(rng);
    }
    if taken.contains(&name) {
        name = format!("{name}, vestiging {}", place(rng));
    }
    let mut n = 2;
    let base = name.clone();
    while taken.contains(&name) {
        name = format!("{base} {n}");
        n += 1;
    }
    taken.insert(name.clone());
    (name, sector)
}

/// Every client of a fixture of `size`, in the order they are written.
pub fn clients(size: &TeamSize, seed: u64) -> Result<Vec<ClientPlan>, DemoError> {
    let mut rng = Rng::new(seed);
    let mut taken = HashSet::new();
    let mut plans: Vec<ClientPlan> = (0..size.clients)
        .map(|_| {
            let (name, sector) = unique_name(&mut rng, &mut taken);
            ClientPlan {
                name,
                sector,
                revenue_euros: revenue(&mut rng),
                contacts: 0,
                expectations: 0,
                answers: 0,
            }
        })
        .collect();
    // Larger clients have more people and more to expect.
    let weights: Vec<u64> = plans
        .iter()
        .map(|p| 2 + rng.below(6) + (p.revenue_euros / 40_000).min(12) as u64)
        .collect();
    let guaranteed = u64::from(size.contacts >= size.clients);
    let contacts = split(size.contacts - guaranteed * size.clients, &weights);
    for (plan, extra) in plans.iter_mut().zip(contacts) {
        plan.contacts = guaranteed + extra;
    }
    // Answers are given in interviews, and an interview is with a contact.
    let with_people: Vec<u64> = plans
        .iter()
        .zip(&weights)
        .map(|(p, w)| if p.contacts > 0 { *w } else { 0 })
        .collect();
    if size.answers > 0 && with_people.iter().all(|w| *w == 0) {
        return Err(DemoError::Internal("answers need contacts"));
    }
    let expectations = split(size.expectations, &weights);
    let answers = split(size.answers, &with_people);
    for ((plan, e), a) in plans.iter_mut().zip(expectations).zip(answers) {
        plan.expectations = e;
        plan.answers = a;
    }
    Ok(plans)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::names::ORG_KINDS;

    #[test]
    fn split_is_exact_and_proportional() {
        assert_eq!(split(10, &[1, 1, 3]), vec![2, 2, 6]);
        assert_eq!(split(7, &[1, 0, 1]).iter().sum::<u64>(), 7);
        assert_eq!(split(7, &[1, 0, 1])[1], 0);
        assert_eq!(split(5, &[0, 0]), vec![0, 0]);
        assert!(split(3, &[]).is_empty());
    }

    #[test]
    fn totals_match_and_names_are_unique() {
        let size = TeamSize {
            clients: 500,
            contacts: 2_500,
            expectations: 5_000,
            answers: 10_000,
        };
        let plans = clients(&size, 1).unwrap();
        assert_eq!(plans.len(), 500);
        assert_eq!(plans.iter().map(|p| p.contacts).sum::<u64>(), 2_500);
        assert_eq!(plans.iter().map(|p| p.expectations).sum::<u64>(), 5_000);
        assert_eq!(plans.iter().map(|p| p.answers).sum::<u64>(), 10_000);
        assert!(plans.iter().all(|p| p.contacts >= 1));
        let names: HashSet<&str> = plans.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names.len(), 500);
    }

    /// At four times the team fixture (40,000 clients) every name is still its own, and
    /// reads as a name: hardly any needs a branch or a number to tell it apart. The first
    /// 10,000 are those of the team fixture itself.
    #[test]
    fn names_stay_distinct_and_plain_at_four_times_the_team() {
        let four = clients(&TeamSize::FULL.times(4), 7).unwrap();
        let one = clients(&TeamSize::FULL, 7).unwrap();
        assert_eq!(four.len(), 40_000);
        let names: HashSet<&str> = four.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names.len(), 40_000);
        let patched = four
            .iter()
            .filter(|p| p.name.contains(", vestiging ") || p.name.ends_with(char::is_numeric))
            .count();
        assert!(patched <= 400, "{patched} of 40,000 names patched");
        let same = one
            .iter()
            .zip(&four)
            .filter(|(a, b)| a.name == b.name)
            .count();
        assert_eq!(same, 10_000);
        // Each in the sector its kind of organisation is in.
        for plan in &four {
            let kind = plan.name.split_whitespace().next().unwrap();
            let (_, sector) = ORG_KINDS.iter().find(|(k, _)| *k == kind).unwrap();
            assert_eq!(plan.sector, *sector, "{}", plan.name);
        }
    }

    #[test]
    fn fewer_contacts_than_clients_still_adds_up() {
        let size = TeamSize {
            clients: 10,
            contacts: 4,
            expectations: 9,
            answers: 30,
        };
        let plans = clients(&size, 1).unwrap();
        assert_eq!(plans.iter().map(|p| p.contacts).sum::<u64>(), 4);
        assert_eq!(plans.iter().map(|p| p.answers).sum::<u64>(), 30);
        assert!(plans.iter().all(|p| p.contacts > 0 || p.answers == 0));
        let none = TeamSize {
            contacts: 0,
            ..size
        };
        assert!(clients(&none, 1).is_err());
    }
}
