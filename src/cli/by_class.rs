//! `verwacht rank --by-class`: the 80/20 question answered — per class A, B and C the share of
//! the clients, of revenue and of the time spent (the time window of the config, 90 days by
//! default), with open and overdue expectations. The shares of each column sum to 100%.

use serde::Serialize;

use super::rank::aligned;
use super::{RankFormat, Session, UserError};
use crate::app::Data;
use crate::domain::ranking::{ClassShare, percentages};
use crate::i18n::{HomeText as H, Lang, Localized, fmt_decimal};

pub fn run(ctx: &Session, data: &Data, format: RankFormat) -> Result<(), UserError> {
    let lines = lines(&data.classes);
    let out = match format {
        RankFormat::Text => text(&lines, ctx.config.review.time_window_days, ctx.lang),
        RankFormat::Csv => csv(&lines).map_err(|e| UserError::Message(e.to_string()))?,
        RankFormat::Json => {
            let text = serde_json::to_string_pretty(&lines)
                .map_err(|e| UserError::Message(e.to_string()))?;
            let mut text = crate::sanitize::json_escapes(&text).into_owned();
            text.push('\n');
            text
        }
    };
    super::output::stdout(&out, ctx.lang)
}

/// One class as scripts see it: fixed English keys, percentages with one decimal that sum to
/// 100 over the classes; `time_pct` empty (CSV) or null (JSON) while no time is logged.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClassLine {
    pub class: &'static str,
    pub clients: usize,
    pub clients_pct: f64,
    pub revenue_pct: f64,
    pub time_pct: Option<f64>,
    pub minutes: u64,
    pub open: usize,
    pub overdue: usize,
}

pub fn lines(classes: &[ClassShare; 3]) -> Vec<ClassLine> {
    let column = |f: fn(&ClassShare) -> f64| percentages(&classes.map(|c| f(&c)), 1);
    let clients = column(|c| c.client_share);
    let revenue = column(|c| c.revenue_share);
    let any_time = classes.iter().any(|c| c.time_share.is_some());
    let time = column(|c| c.time_share.unwrap_or(0.0));
    classes
        .iter()
        .enumerate()
        .map(|(i, c)| ClassLine {
            class: c.class.letter(),
            clients: c.clients,
            clients_pct: clients[i],
            revenue_pct: revenue[i],
            time_pct: any_time.then_some(time[i]),
            minutes: c.minutes,
            open: c.open,
            overdue: c.overdue,
        })
        .collect()
}

fn pct(value: f64, lang: Lang) -> String {
    format!("{}%", fmt_decimal(value, 1, lang))
}

/// What the time a class gets says against its revenue: too little, about right, too much.
fn verdict(line: &ClassLine, lang: Lang) -> String {
    let Some(time) = line.time_pct else {
        return String::new();
    };
    if line.revenue_pct <= 0.0 {
        return if time > 0.0 {
            H::VerdictNoRevenue.get(lang).to_string()
        } else {
            String::new()
        };
    }
    let ratio = time / line.revenue_pct;
    let text = if ratio < 0.8 {
        H::VerdictUnder
    } else if ratio > 1.25 {
        H::VerdictOver
    } else {
        H::VerdictFair
    };
    text.fill(lang, &[&fmt_decimal(ratio, 1, lang)])
}

/// A table in the user's language, a total row, and the 80/20 answer in one sentence per
/// class.
pub fn text(lines: &[ClassLine], window: i64, lang: Lang) -> String {
    let mut table = vec![vec![
        H::ClassLong.get(lang).to_string(),
        H::Clients.get(lang).to_string(),
        H::ClientShare.get(lang).to_string(),
        H::RevenueShare.get(lang).to_string(),
        H::TimeShare.fill(lang, &[&window]),
        H::Open.get(lang).to_string(),
        H::Overdue.get(lang).to_string(),
        H::Verdict.get(lang).to_string(),
    ]];
    let dash = || "-".to_string();
    for l in lines {
        table.push(vec![
            l.class.to_string(),
            l.clients.to_string(),
            pct(l.clients_pct, lang),
            pct(l.revenue_pct, lang),
            l.time_pct.map_or_else(dash, |t| pct(t, lang)),
            l.open.to_string(),
            l.overdue.to_string(),
            verdict(l, lang),
        ]);
    }
    let sum = |f: fn(&ClassLine) -> f64| lines.iter().map(f).sum::<f64>();
    let any_time = lines.iter().any(|l| l.time_pct.is_some());
    table.push(vec![
        H::Total.get(lang).to_string(),
        lines.iter().map(|l| l.clients).sum::<usize>().to_string(),
        pct(sum(|l| l.clients_pct), lang),
        pct(sum(|l| l.revenue_pct), lang),
        if any_time {
            pct(sum(|l| l.time_pct.unwrap_or(0.0)), lang)
        } else {
            dash()
        },
        lines.iter().map(|l| l.open).sum::<usize>().to_string(),
        lines.iter().map(|l| l.overdue).sum::<usize>().to_string(),
        String::new(),
    ]);
    let left = [true, false, false, false, false, false, false, true];
    let mut out = aligned(&table, &left);
    out.push('\n');
    for l in lines.iter().filter(|l| l.clients > 0) {
        out.push_str(&answer(l, lang));
        out.push('\n');
    }
    if !any_time {
        out.push_str(H::NoTimeYet.get(lang));
        out.push('\n');
    }
    out
}

/// "A: 20.0% of clients · 80.6% of revenue · 40.2% of your time".
pub fn answer(l: &ClassLine, lang: Lang) -> String {
    match l.time_pct {
        Some(time) => H::ClassAnswer.fill(
            lang,
            &[
                &l.class,
                &pct(l.clients_pct, lang),
                &pct(l.revenue_pct, lang),
                &pct(time, lang),
            ],
        ),
        None => H::ClassAnswerNoTime.fill(
            lang,
            &[
                &l.class,
                &pct(l.clients_pct, lang),
                &pct(l.revenue_pct, lang),
            ],
        ),
    }
}

fn csv(lines: &[ClassLine]) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    for l in lines {
        w.serialize(l)?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ranking::{ClassInput, class_shares};
    use crate::domain::{AbcClass, Cents};

    fn classes(minutes: [u64; 3]) -> [ClassShare; 3] {
        let input = |euros, minutes| ClassInput {
            revenue: Cents::from_euros(euros),
            minutes,
            open: 1,
            overdue: 0,
        };
        class_shares(&[
            (AbcClass::A, input(8_000, minutes[0])),
            (AbcClass::B, input(1_500, minutes[1])),
            (AbcClass::C, input(300, minutes[2])),
            (AbcClass::C, input(200, 0)),
            (AbcClass::C, input(1, 0)),
        ])
    }

    #[test]
    fn every_column_of_shares_sums_to_a_hundred() {
        let lines = lines(&classes([40, 30, 31]));
        for column in [
            |l: &ClassLine| l.clients_pct,
            |l: &ClassLine| l.revenue_pct,
            |l: &ClassLine| l.time_pct.unwrap_or(0.0),
        ] {
            let sum: f64 = lines.iter().map(column).sum();
            assert!((sum - 100.0).abs() < 1e-9, "{sum}");
        }
        assert_eq!(lines[2].clients, 3);
        assert_eq!(lines[2].open, 3);
    }

    #[test]
    fn text_answers_the_question_and_names_both_sides() {
        let out = text(&lines(&classes([40, 30, 30])), 90, Lang::En);
        assert!(
            out.contains("A: 20.0% of clients · 80.0% of revenue · 40.0% of your time"),
            "{out}"
        );
        assert!(out.contains("too little"), "{out}");
        assert!(out.contains("too much"), "{out}");
        let none = text(&lines(&classes([0, 0, 0])), 90, Lang::Nl);
        assert!(none.contains("Nog geen tijd"), "{none}");
        assert!(!none.contains("NaN"));
    }

    #[test]
    fn csv_has_fixed_english_keys_and_empty_time_without_time() {
        let out = csv(&lines(&classes([0, 0, 0]))).unwrap();
        let mut rows = out.lines();
        assert_eq!(
            rows.next(),
            Some("class,clients,clients_pct,revenue_pct,time_pct,minutes,open,overdue")
        );
        assert_eq!(rows.next(), Some("A,1,20.0,80.0,,0,1,0"));
    }
}
