//! The compact encoding of a client's digest: fixed-width little-endian numbers behind one
//! format byte, instead of JSON. The client list decodes every digest at start, and parsing
//! each expectation's level, status and dates from text was most of that.
//!
//! A digest written before schema 4 (JSON, which begins with `{`) is read too, so the
//! migration can re-encode them.

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use super::error::{Result, StoreError};
use crate::domain::digest::LiveItem;
use crate::domain::{ClientDigest, ClientId, Level, Status};

/// The first byte of a compactly encoded digest (JSON begins with `{`).
const FORMAT: u8 = 1;

pub fn encode(d: &ClientDigest) -> Vec<u8> {
    // Every field named, so a new one cannot be forgotten here.
    let ClientDigest {
        client_id,
        live,
        open_complaints,
        oldest_complaint,
        since_negative,
        contacts,
        last_contact,
        last_interview,
        last_grade,
        minutes_by_day,
        interviews_in_progress,
    } = d;
    let mut w = Writer(Vec::with_capacity(
        64 + live.len() * 16 + minutes_by_day.len() * 8,
    ));
    w.0.push(FORMAT);
    w.u64(client_id.0);
    w.len(live.len());
    for item in live {
        let LiveItem {
            level,
            status,
            deadline,
            created,
            gap,
            complaint,
        } = item;
        w.0.push(position(Level::ALL, *level));
        w.0.push(position(Status::ALL, *status));
        w.opt_date(*deadline);
        w.date(*created);
        match gap {
            Some(g) => w.0.extend([1, g.to_le_bytes()[0]]),
            None => w.0.push(0),
        }
        w.0.push(u8::from(*complaint));
    }
    w.u32(*open_complaints);
    w.opt_time(*oldest_complaint);
    w.len(since_negative.len());
    w.0.extend(since_negative.iter().map(|b| u8::from(*b)));
    w.u32(*contacts);
    w.opt_time(*last_contact);
    w.opt_time(*last_interview);
    match last_grade {
        Some(g) => w.0.extend([1, *g]),
        None => w.0.push(0),
    }
    w.len(minutes_by_day.len());
    for (day, minutes) in minutes_by_day {
        w.date(*day);
        w.u32(*minutes);
    }
    w.u32(*interviews_in_progress);
    w.0
}

/// Decodes the digest of client `id`, in either encoding.
pub fn decode(id: u64, bytes: &[u8]) -> Result<ClientDigest> {
    decode_with(id, bytes, &mut Days::default())
}

/// Like [`decode`], with the days met in other digests: decoding many, most days recur.
pub fn decode_with(id: u64, bytes: &[u8], days: &mut Days) -> Result<ClientDigest> {
    let corrupt = |reason: String| StoreError::Corrupt {
        kind: "digest",
        id,
        reason,
    };
    match bytes.first() {
        Some(&FORMAT) => Reader { bytes, at: 1, days }.digest().map_err(corrupt),
        _ => serde_json::from_slice(bytes).map_err(|e| corrupt(e.to_string())),
    }
}

/// The dates of the day numbers decoded last, one per slot (the number modulo the slots): a
/// digest's days are a few years' worth, and a date from its day number costs a division and
/// a table look-up each time.
pub struct Days(Box<[Option<(i32, NaiveDate)>; DAY_SLOTS]>);

const DAY_SLOTS: usize = 2048;

impl Default for Days {
    fn default() -> Days {
        Days(Box::new([None; DAY_SLOTS]))
    }
}

impl Days {
    /// The date of day `days` counted from the common era, as `from_num_days_from_ce_opt`.
    fn date(&mut self, days: i32) -> Option<NaiveDate> {
        let slot = self.0.get_mut(days.rem_euclid(DAY_SLOTS as i32) as usize)?;
        match slot {
            Some((d, date)) if *d == days => Some(*date),
            _ => {
                let date = NaiveDate::from_num_days_from_ce_opt(days)?;
                *slot = Some((days, date));
                Some(date)
            }
        }
    }
}

fn position<T: PartialEq>(all: &[T], value: T) -> u8 {
    all.iter()
        .position(|v| *v == value)
        .and_then(|p| u8::try_from(p).ok())
        .unwrap_or(u8::MAX)
}

struct Writer(Vec<u8>);

impl Writer {
    fn u32(&mut self, v: u32) {
        self.0.extend(v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend(v.to_le_bytes());
    }
    fn len(&mut self, n: usize) {
        self.u32(u32::try_from(n).unwrap_or(u32::MAX));
    }
    fn date(&mut self, d: NaiveDate) {
        self.0.extend(d.num_days_from_ce().to_le_bytes());
    }
    fn opt_date(&mut self, d: Option<NaiveDate>) {
        match d {
            Some(d) => {
                self.0.push(1);
                self.date(d);
            }
            None => self.0.push(0),
        }
    }
    fn opt_time(&mut self, t: Option<DateTime<Utc>>) {
        match t {
            Some(t) => {
                self.0.push(1);
                self.0.extend(t.timestamp().to_le_bytes());
                self.u32(t.timestamp_subsec_nanos());
            }
            None => self.0.push(0),
        }
    }
}

struct Reader<'a, 'd> {
    bytes: &'a [u8],
    at: usize,
    days: &'d mut Days,
}

type Read<T> = std::result::Result<T, String>;

impl Reader<'_, '_> {
    fn take<const N: usize>(&mut self) -> Read<[u8; N]> {
        let end = self.at + N;
        let got = self
            .bytes
            .get(self.at..end)
            .and_then(|s| <[u8; N]>::try_from(s).ok())
            .ok_or_else(|| format!("digest ends early at byte {}", self.at))?;
        self.at = end;
        Ok(got)
    }
    fn u8(&mut self) -> Read<u8> {
        Ok(self.take::<1>()?[0])
    }
    fn flag(&mut self) -> Read<bool> {
        match self.u8()? {
            0 => Ok(false),
            1 => Ok(true),
            other => Err(format!("flag {other} at byte {}", self.at - 1)),
        }
    }
    fn u32(&mut self) -> Read<u32> {
        Ok(u32::from_le_bytes(self.take()?))
    }
    fn u64(&mut self) -> Read<u64> {
        Ok(u64::from_le_bytes(self.take()?))
    }
    /// A count of items that follow, each at least `least` bytes long.
    fn len(&mut self, least: usize) -> Read<usize> {
        let n = self.u32()? as usize;
        if n.saturating_mul(least) > self.bytes.len() - self.at {
            return Err(format!("{n} items cannot fit at byte {}", self.at));
        }
        Ok(n)
    }
    fn date(&mut self) -> Read<NaiveDate> {
        let days = i32::from_le_bytes(self.take()?);
        self.days.date(days).ok_or_else(|| format!("day {days}"))
    }
    fn opt_date(&mut self) -> Read<Option<NaiveDate>> {
        Ok(if self.flag()? {
            Some(self.date()?)
        } else {
            None
        })
    }
    fn opt_time(&mut self) -> Read<Option<DateTime<Utc>>> {
        if !self.flag()? {
            return Ok(None);
        }
        let secs = i64::from_le_bytes(self.take()?);
        let nanos = self.u32()?;
        DateTime::from_timestamp(secs, nanos)
            .map(Some)
            .ok_or_else(|| format!("time {secs}.{nanos}"))
    }
    fn keyed<T: Copy>(&mut self, all: &[T], what: &str) -> Read<T> {
        let code = self.u8()?;
        all.get(usize::from(code))
            .copied()
            .ok_or_else(|| format!("{what} {code}"))
    }

    fn digest(mut self) -> Read<ClientDigest> {
        let client_id = ClientId(self.u64()?);
        let n = self.len(8)?;
        let mut live = Vec::with_capacity(n);
        for _ in 0..n {
            live.push(LiveItem {
                level: self.keyed(Level::ALL, "level")?,
                status: self.keyed(Status::ALL, "status")?,
                deadline: self.opt_date()?,
                created: self.date()?,
                gap: if self.flag()? {
                    Some(i8::from_le_bytes([self.u8()?]))
                } else {
                    None
                },
                complaint: self.flag()?,
            });
        }
        let open_complaints = self.u32()?;
        let oldest_complaint = self.opt_time()?;
        let n = self.len(1)?;
        let since_negative = (0..n).map(|_| self.flag()).collect::<Read<_>>()?;
        let contacts = self.u32()?;
        let last_contact = self.opt_time()?;
        let last_interview = self.opt_time()?;
        let last_grade = if self.flag()? { Some(self.u8()?) } else { None };
        let n = self.len(8)?;
        let mut minutes_by_day = Vec::with_capacity(n);
        for _ in 0..n {
            minutes_by_day.push((self.date()?, self.u32()?));
        }
        let interviews_in_progress = self.u32()?;
        if self.at != self.bytes.len() {
            return Err(format!("{} bytes left over", self.bytes.len() - self.at));
        }
        Ok(ClientDigest {
            client_id,
            live,
            open_complaints,
            oldest_complaint,
            since_negative,
            contacts,
            last_contact,
            last_interview,
            last_grade,
            minutes_by_day,
            interviews_in_progress,
        })
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn full() -> ClientDigest {
        let day = |d| NaiveDate::from_ymd_opt(2026, 10, d).unwrap();
        let at = |d| Utc.with_ymd_and_hms(2026, 10, d, 9, 30, 15).unwrap();
        ClientDigest {
            client_id: ClientId(42),
            live: vec![
                LiveItem {
                    level: Level::Delighter,
                    status: Status::Missed,
                    deadline: Some(day(3)),
                    created: day(1),
                    gap: Some(-2),
                    complaint: true,
                },
                LiveItem {
                    level: Level::Basic,
                    status: Status::Open,
                    deadline: None,
                    created: day(2),
                    gap: None,
                    complaint: false,
                },
            ],
            open_complaints: 3,
            oldest_complaint: Some(at(4) + chrono::Duration::nanoseconds(123_456_789)),
            since_negative: vec![false, true, true],
            contacts: 7,
            last_contact: Some(at(9)),
            last_interview: None,
            last_grade: Some(8),
            minutes_by_day: vec![(day(5), 30), (day(6), 95)],
            interviews_in_progress: 1,
        }
    }

    #[test]
    fn a_digest_comes_back_as_it_was_stored() {
        for d in [full(), ClientDigest::default()] {
            assert_eq!(decode(d.client_id.0, &encode(&d)).unwrap(), d);
        }
    }

    #[test]
    fn a_digest_stored_as_json_before_schema_4_is_read_too() {
        let d = full();
        let json = serde_json::to_vec(&d).unwrap();
        assert_eq!(decode(42, &json).unwrap(), d);
    }

    #[test]
    fn a_damaged_digest_is_an_error_not_a_panic() {
        let bytes = encode(&full());
        for cut in 0..bytes.len() {
            assert!(decode(42, &bytes[..cut]).is_err(), "cut at {cut}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(decode(42, &longer).is_err());
        let mut bad = bytes;
        bad[13] = 200; // the first live item's level
        assert!(matches!(
            decode(42, &bad),
            Err(StoreError::Corrupt { kind: "digest", .. })
        ));
    }

    #[test]
    fn remembered_days_are_the_dates_of_their_numbers() {
        let mut days = Days::default();
        // Twice over, so that the second round is read from the slots, which numbers a slot
        // apart share; the last ones are no date at all.
        let numbers: Vec<i32> = (-3000..3000)
            .chain([739_000, 739_000 + DAY_SLOTS as i32, i32::MIN, i32::MAX])
            .collect();
        for _ in 0..2 {
            for n in &numbers {
                assert_eq!(
                    days.date(*n),
                    NaiveDate::from_num_days_from_ce_opt(*n),
                    "{n}"
                );
            }
        }
    }
}
