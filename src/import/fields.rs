//! Reading the values of one row, collecting a problem for every value that is wrong.

use chrono::NaiveDate;

use super::columns::{Bound, Column};
use super::table::Row;
use super::{Issue, Problem};
use crate::domain::{AmountError, Cents, parse_amount, parse_date};

/// One row's values, and the problems found in them so far.
pub struct Fields<'a> {
    bound: &'a Bound<'a>,
    pub row: &'a Row,
    pub problems: Vec<Problem>,
}

impl<'a> Fields<'a> {
    pub fn new(bound: &'a Bound<'a>, row: &'a Row) -> Self {
        Self {
            bound,
            row,
            problems: Vec::new(),
        }
    }

    pub fn report(&mut self, column: Column, issue: Issue) {
        self.problems
            .push(self.bound.problem(self.row, column, issue));
    }

    /// The value, possibly empty.
    pub fn text(&self, column: Column) -> &'a str {
        self.bound.get(self.row, column)
    }

    /// The value, which must not be empty.
    pub fn required(&mut self, column: Column) -> Option<&'a str> {
        let text = self.text(column);
        if text.is_empty() {
            self.report(column, Issue::Required);
            return None;
        }
        Some(text)
    }

    /// A required amount of money, not negative.
    pub fn amount(&mut self, column: Column) -> Option<Cents> {
        let text = self.text(column);
        match parse_amount(text) {
            Ok(cents) if cents.0 < 0 => self.report(column, Issue::Negative),
            Ok(cents) => return Some(cents),
            Err(AmountError::Empty) => self.report(column, Issue::Required),
            Err(e) => self.report(column, Issue::Amount(text.to_string(), e)),
        }
        None
    }

    /// One of a closed set of words; `default` when empty.
    pub fn choice<T>(
        &mut self,
        column: Column,
        parse: impl Fn(&str) -> Option<T>,
        default: T,
    ) -> Option<T> {
        let text = self.text(column);
        if text.is_empty() {
            return Some(default);
        }
        let value = parse(text);
        if value.is_none() {
            self.report(column, Issue::BadChoice(column, text.to_string()));
        }
        value
    }

    /// An optional date, as [`parse_date`] reads it. `None` when it is wrong.
    pub fn date(&mut self, column: Column, today: NaiveDate) -> Option<Option<NaiveDate>> {
        let text = self.text(column);
        if text.is_empty() {
            return Some(None);
        }
        match parse_date(text, today) {
            Ok(date) => Some(Some(date)),
            Err(e) => {
                self.report(column, Issue::Date(e));
                None
            }
        }
    }

    /// An optional report grade from 1 to 10. `None` when it is wrong.
    pub fn grade(&mut self, column: Column) -> Option<Option<u8>> {
        let text = self.text(column);
        if text.is_empty() {
            return Some(None);
        }
        match text.parse::<u8>() {
            Ok(g) if crate::domain::experience::valid_grade(g) => Some(Some(g)),
            _ => {
                self.report(column, Issue::BadGrade(text.to_string()));
                None
            }
        }
    }
}
