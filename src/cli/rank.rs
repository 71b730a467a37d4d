//! `verwacht rank [--format text|csv|json]`: the clients in priority order, as the home screen
//! lists them by default. Text is for people (aligned columns, the user's language); CSV and
//! JSON are for scripts (stable English keys, amounts and shares as plain numbers).

use chrono::NaiveDate;
use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use super::{RankFormat, Session, UserError};
use crate::app::{ClientRow, Data, Filter, SortBy};
use crate::domain::priority::{Breakdown, Term, TimeMark};
use crate::i18n::{HomeText as H, Lang, Localized, fmt_decimal, fmt_money, fmt_percent};
use crate::sanitize::clean;
use crate::store::Store;
use crate::ui::fit::fit;

pub fn run(ctx: &Session, format: RankFormat, by_class: bool) -> Result<(), UserError> {
    let store = ctx.open_existing()?;
    let data = ranked(ctx, &store, ctx.today())?;
    if by_class {
        return super::by_class::run(ctx, &data, format);
    }
    let rows: Vec<&ClientRow> = (0..data.len()).filter_map(|i| data.row(i)).collect();
    let out = match format {
        RankFormat::Text => text(&rows, ctx.lang),
        RankFormat::Csv => csv(&rows).map_err(|e| UserError::Message(e.to_string()))?,
        RankFormat::Json => {
            let settings = ctx.config.ranking();
            let today = ctx.today();
            json(&rows, |row| data.breakdown(row, &settings, today))
                .map_err(|e| UserError::Message(e.to_string()))?
        }
    };
    super::output::stdout(&out, ctx.lang)
}

/// Every active client with its revenue rank and priority as of `today`, in priority order
/// (ties in revenue order), with the weights and review ages of the config file.
pub(super) fn ranked(ctx: &Session, store: &Store, today: NaiveDate) -> Result<Data, UserError> {
    let settings = ctx.config.ranking();
    let mut data = Data::from_snapshot(crate::store::views::snapshot(store)?, &settings, today);
    data.arrange(SortBy::Priority, &Filter::default());
    Ok(data)
}

/// How wide the name column may grow before names are cut.
const NAME_WIDTH: usize = 40;

/// Aligned columns with a header line: text columns to the left, numbers to the right. The
/// clients with open complaints come first ("recover first"), with the age of the oldest.
pub fn text(rows: &[&ClientRow], lang: Lang) -> String {
    let header = [
        H::Rank,
        H::Class,
        H::Name,
        H::Revenue,
        H::Share,
        H::Cumulative,
        H::Open,
        H::Overdue,
        H::Days,
        H::Grade,
        H::TimeLow,
        H::Complaint,
        H::Priority,
    ];
    let or_dash = |v: Option<String>| v.unwrap_or_else(|| "-".to_string());
    let table: Vec<Vec<String>> =
        std::iter::once(header.iter().map(|h| h.get(lang).to_string()).collect())
            .chain(rows.iter().enumerate().map(|(i, row)| {
                vec![
                    (i + 1).to_string(),
                    row.rank.class.letter().to_string(),
                    fit(&clean(&row.client.name), NAME_WIDTH),
                    fmt_money(row.rank.revenue, lang),
                    fmt_percent(row.rank.share, lang),
                    fmt_percent(row.rank.cumulative, lang),
                    row.open.to_string(),
                    row.overdue.to_string(),
                    or_dash(row.days_since_contact.map(|d| d.to_string())),
                    or_dash(row.digest.last_grade.map(|g| g.to_string())),
                    row.time_marker(lang).to_string(),
                    row.complaint_age
                        .map_or(String::new(), |d| H::ComplaintAge.fill(lang, &[&d])),
                    fmt_decimal(row.priority.total, 1, lang),
                ]
            }))
            .collect();
    // Which columns are text (left-aligned).
    let left = [
        false, true, true, false, false, false, false, false, false, false, true, true, false,
    ];
    aligned(&table, &left)
}

/// A table as aligned columns, two spaces apart: text columns (`left`) to the left, numbers to
/// the right; no trailing spaces.
pub(super) fn aligned(table: &[Vec<String>], left: &[bool]) -> String {
    let columns = left.len();
    let widths: Vec<usize> = (0..columns)
        .map(|c| table.iter().map(|r| r[c].width()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for cells in table {
        let line: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(c, cell)| {
                let pad = " ".repeat(widths[c] - cell.width());
                if left[c] {
                    format!("{cell}{pad}")
                } else {
                    format!("{pad}{cell}")
                }
            })
            .collect();
        out.push_str(line.join("  ").trim_end());
        out.push('\n');
    }
    out
}

/// Rounds for output, so that `0.1 + 0.2` prints as `0.3`.
fn round(value: f64, decimals: i32) -> f64 {
    let factor = 10f64.powi(decimals);
    (value * factor).round() / factor
}

fn percent(share: f64) -> f64 {
    round(share * 100.0, 2)
}

/// One client as scripts see it: stable English keys. `revenue` in CSV is euros with a `.`
/// and two decimals; JSON has `revenue_cents`, an exact integer.
#[derive(Serialize)]
struct Line {
    rank: usize,
    id: u64,
    class: &'static str,
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    revenue: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    revenue_cents: Option<i64>,
    share_pct: f64,
    cumulative_pct: f64,
    open: usize,
    overdue: usize,
    days_since_contact: Option<i64>,
    last_grade: Option<u8>,
    time_share_pct: Option<f64>,
    time_low: bool,
    priority: f64,
    time_over: bool,
    recover_first: bool,
    complaint_age_days: Option<i64>,
    value: f64,
    urgency: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    breakdown: Option<Vec<TermLine>>,
}

#[derive(Serialize)]
struct TermLine {
    factor: crate::domain::priority::Factor,
    value: f64,
    weight: f64,
    points: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    levels: Option<crate::domain::priority::Levels>,
}

impl TermLine {
    fn new(t: &Term) -> Self {
        TermLine {
            factor: t.factor,
            value: round(t.value, 4),
            weight: round(t.weight, 4),
            points: round(t.points, 4),
            levels: t.levels,
        }
    }
}

/// For JSON, `terms` are the terms of the row's priority.
fn line(rank: usize, row: &ClientRow, for_json: bool, terms: &[Term]) -> Line {
    Line {
        rank,
        id: row.client.id.0,
        class: row.rank.class.letter(),
        // JSON escapes control characters itself; CSV would pass them through raw.
        name: if for_json {
            row.client.name.clone()
        } else {
            clean(&row.client.name).into_owned()
        },
        revenue: (!for_json).then(|| row.rank.revenue.decimal()),
        revenue_cents: for_json.then_some(row.rank.revenue.0),
        share_pct: percent(row.rank.share),
        cumulative_pct: percent(row.rank.cumulative),
        open: row.open,
        overdue: row.overdue,
        days_since_contact: row.days_since_contact,
        last_grade: row.digest.last_grade,
        time_share_pct: row.time_share.map(percent),
        time_low: row.time_mark == Some(TimeMark::Under),
        priority: round(row.priority.total, 2),
        time_over: row.time_mark == Some(TimeMark::Over),
        recover_first: row.complaint_age.is_some(),
        complaint_age_days: row.complaint_age,
        value: round(row.priority.value, 4),
        urgency: round(row.priority.urgency, 4),
        breakdown: for_json.then(|| terms.iter().map(TermLine::new).collect()),
    }
}

/// A header row of stable keys, then one row per client; empty values for unknown days and
/// grades.
pub fn csv(rows: &[&ClientRow]) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    if rows.is_empty() {
        // serde writes the header with the first record; with none, write it by hand.
        w.write_record([
            "rank",
            "id",
            "class",
            "name",
            "revenue",
            "share_pct",
            "cumulative_pct",
            "open",
            "overdue",
            "days_since_contact",
            "last_grade",
            "time_share_pct",
            "time_low",
            "priority",
            "time_over",
            "recover_first",
            "complaint_age_days",
            "value",
            "urgency",
        ])?;
    }
    for (i, row) in rows.iter().enumerate() {
        w.serialize(line(i + 1, row, false, &[]))?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// An array of objects with stable keys, including the terms of the priority score, each
/// row's as `breakdown` gives them.
pub fn json(
    rows: &[&ClientRow],
    breakdown: impl Fn(&ClientRow) -> Breakdown,
) -> Result<String, serde_json::Error> {
    let lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .map(|(i, row)| line(i + 1, row, true, &breakdown(row).terms))
        .collect();
    let text = serde_json::to_string_pretty(&lines)?;
    let mut text = crate::sanitize::json_escapes(&text).into_owned();
    text.push('\n');
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::domain::{Cents, Client, ClientDigest, ClientId, ListedClient};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn data() -> Data {
        let client = |id, name: &str, euros| {
            let mut c = Client::new(name, Cents::from_euros(euros));
            c.id = ClientId(id);
            ListedClient::from(&c)
        };
        let snapshot = crate::store::views::Snapshot {
            clients: vec![
                client(1, "Acme", 800),
                client(2, "Bakkerij Één \x1b[31m", 150),
                client(3, "Citroen", 50),
            ],
            digests: vec![ClientDigest {
                client_id: ClientId(3),
                open_complaints: 4,
                oldest_complaint: today()
                    .and_hms_opt(9, 0, 0)
                    .map(|t| t.and_utc() - chrono::Duration::days(12)),
                since_negative: vec![false, false, false, false],
                last_grade: Some(4),
                ..ClientDigest::default()
            }],
            seq: 1,
            rebuilt: false,
        };
        let mut data = Data::from_snapshot(snapshot, &crate::app::Settings::default(), today());
        data.arrange(SortBy::Priority, &Filter::default());
        data
    }

    fn rows(data: &Data) -> Vec<&ClientRow> {
        (0..data.len()).filter_map(|i| data.row(i)).collect()
    }

    #[test]
    fn text_has_aligned_columns_in_the_users_language() {
        let data = data();
        let out = text(&rows(&data), Lang::Nl);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 4);
        assert!(lines[0].starts_with("#  Kl  Naam"), "{}", lines[0]);
        assert!(lines[0].ends_with("Prio"));
        // Citroen: class C, but its open complaints put it first, 12 days old.
        assert!(lines[1].starts_with("1  C   Citroen"), "{}", lines[1]);
        assert!(lines[1].contains("€ 50"));
        assert!(lines[1].contains(" 4 "), "the last grade");
        assert!(lines[1].contains("12 d"), "the age of the oldest complaint");
        assert!(!out.contains('\x1b'), "no escape reaches the terminal");
        // The priority is right-aligned under its header, so every line ends at one column.
        let ends: Vec<usize> = lines.iter().map(|l| l.width()).collect();
        assert!(ends.iter().all(|e| *e == ends[0]), "{ends:?}\n{out}");
    }

    #[test]
    fn csv_and_json_use_stable_keys_and_plain_numbers() {
        let data = data();
        let out = csv(&rows(&data)).unwrap();
        let mut lines = out.lines();
        assert_eq!(
            lines.next(),
            Some(
                "rank,id,class,name,revenue,share_pct,cumulative_pct,open,overdue,\
                 days_since_contact,last_grade,time_share_pct,time_low,priority,time_over,\
                 recover_first,complaint_age_days,value,urgency"
            )
        );
        assert_eq!(
            lines.next(),
            Some("1,3,C,Citroen,50.00,5.0,100.0,0,0,,4,,false,2.34,false,true,12,0.15,15.6")
        );
        assert_eq!(csv(&[]).unwrap().lines().count(), 1, "the header alone");
        let value: serde_json::Value = serde_json::from_str(
            &json(&rows(&data), |row| {
                data.breakdown(row, &crate::app::Settings::default(), today())
            })
            .unwrap(),
        )
        .unwrap();
        let first = &value[0];
        assert_eq!(first["name"], "Citroen");
        assert_eq!(first["revenue_cents"], 5000);
        assert!(first.get("revenue").is_none());
        assert_eq!(first["days_since_contact"], serde_json::Value::Null);
        let terms = first["breakdown"].as_array().unwrap();
        let sum: f64 = terms.iter().map(|t| t["points"].as_f64().unwrap()).sum();
        assert!((sum - first["urgency"].as_f64().unwrap()).abs() < 0.01);
        let product = first["value"].as_f64().unwrap() * first["urgency"].as_f64().unwrap();
        assert!((product - first["priority"].as_f64().unwrap()).abs() < 0.01);
        assert_eq!(terms[0]["factor"], "negative_experiences");
        assert_eq!(
            first["time_share_pct"],
            serde_json::Value::Null,
            "no time logged"
        );
        assert_eq!(first["recover_first"], true);
        assert_eq!(json(&[], |_| Breakdown::default()).unwrap(), "[]\n");
    }

    #[test]
    fn the_readme_documents_every_weight() {
        let readme = include_str!("../../README.md");
        let weights = toml::Value::try_from(crate::domain::priority::Weights::default()).unwrap();
        for key in weights.as_table().unwrap().keys() {
            assert!(
                readme.contains(&format!("`{key}` =")),
                "README.md lacks {key}"
            );
        }
    }

    #[test]
    fn long_names_are_cut_to_the_column() {
        assert_eq!(fit("Woonstichting", 6), "Woons…");
        assert_eq!(fit("Acme", 6), "Acme");
    }
}
