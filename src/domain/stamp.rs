//! Who wrote a record, and when.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The author (an OS user name) and the moment of a write.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    pub by: String,
    #[serde(deserialize_with = "time::utc")]
    pub at: DateTime<Utc>,
}

impl Stamp {
    /// A stamp to be filled in by the store when the record is written.
    pub fn pending() -> Self {
        Self::default()
    }

    pub fn new(by: impl Into<String>, at: DateTime<Utc>) -> Self {
        Self { by: by.into(), at }
    }
}

/// Reading a stamp's time quickly: every record holds one or two, and the client list reads
/// every client at start. The times the store writes (`2023-05-24T15:31:00Z`, perhaps with a
/// fraction of a second) are read digit by digit; anything else goes through chrono, as before.
mod time {
    use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
    use serde::Deserializer;
    use serde::de::{Error, Visitor};

    pub fn utc<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        d.deserialize_str(Time)
    }

    struct Time;

    impl Visitor<'_> for Time {
        type Value = DateTime<Utc>;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an RFC 3339 date and time")
        }

        fn visit_str<E: Error>(self, text: &str) -> Result<DateTime<Utc>, E> {
            match quick(text) {
                Some(t) => Ok(t),
                // What chrono's own deserializer does.
                None => text
                    .parse::<DateTime<FixedOffset>>()
                    .map(|t| t.with_timezone(&Utc))
                    .map_err(E::custom),
            }
        }
    }

    /// `YYYY-MM-DDTHH:MM:SS[.fraction]Z`, seconds below 60 and at most nine digits of
    /// fraction; `None` for anything else.
    pub(super) fn quick(text: &str) -> Option<DateTime<Utc>> {
        let b = text.as_bytes();
        let (head, fraction) = match b.split_last()? {
            (b'Z', rest) if rest.len() >= 19 => rest.split_at(19),
            _ => return None,
        };
        let num = |range: std::ops::Range<usize>| -> Option<u32> {
            head[range].iter().try_fold(0u32, |n, c| {
                c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
            })
        };
        let seps = [(4, b'-'), (7, b'-'), (10, b'T'), (13, b':'), (16, b':')];
        if seps.iter().any(|(i, c)| head[*i] != *c) {
            return None;
        }
        let nanos = match fraction.split_first() {
            None => 0,
            Some((b'.', digits)) if (1..=9).contains(&digits.len()) => {
                let n = digits.iter().try_fold(0u32, |n, c| {
                    c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
                })?;
                n * 10u32.pow(9 - digits.len() as u32)
            }
            Some(_) => return None,
        };
        let second = num(17..19)?;
        if second >= 60 {
            return None;
        }
        let year = i32::try_from(num(0..4)?).ok()?;
        NaiveDate::from_ymd_opt(year, num(5..7)?, num(8..10)?)?
            .and_hms_nano_opt(num(11..13)?, num(14..16)?, second, nanos)
            .map(|t| t.and_utc())
    }
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, FixedOffset, TimeZone, Utc};

    use super::*;

    fn chrono_reads(text: &str) -> Option<DateTime<Utc>> {
        text.parse::<DateTime<FixedOffset>>()
            .ok()
            .map(|t| t.with_timezone(&Utc))
    }

    #[test]
    fn a_stamp_reads_every_time_as_chrono_does() {
        let texts = [
            "2023-05-24T15:31:00Z",
            "2023-05-24T15:31:00.5Z",
            "2023-05-24T15:31:00.123456789Z",
            "2023-05-24T15:31:00.1234567891Z",
            "2023-05-24T17:31:00+02:00",
            "2023-05-24 15:31:00Z",
            "2023-05-24t15:31:00z",
            "2016-12-31T23:59:60Z",
            "2023-02-30T15:31:00Z",
            "2023-05-24T24:00:00Z",
            "0001-01-01T00:00:00Z",
            "2023-05-24T15:31:00.Z",
            "2023-05-24T15:3a:00Z",
            "2023-05-24T15:31Z",
            "",
        ];
        for text in texts {
            let json = format!(r#"{{"by":"anna","at":"{text}"}}"#);
            let read = serde_json::from_str::<Stamp>(&json).ok().map(|s| s.at);
            assert_eq!(read, chrono_reads(text), "{text:?}");
            if let Some(quick) = time::quick(text) {
                assert_eq!(Some(quick), chrono_reads(text), "{text:?}");
            }
        }
        assert!(
            time::quick("2023-05-24T15:31:00Z").is_some(),
            "the quick way"
        );
        // What the store writes comes back the same, to the nanosecond.
        let mut at = Utc.with_ymd_and_hms(2019, 1, 1, 0, 0, 0).unwrap();
        for step in 0..2_000i64 {
            at += chrono::Duration::nanoseconds(step * 987_654_321_123 + step % 7);
            let stamp = Stamp::new("anna", at);
            let json = serde_json::to_string(&stamp).unwrap();
            assert_eq!(
                serde_json::from_str::<Stamp>(&json).unwrap(),
                stamp,
                "{json}"
            );
        }
    }
}
