//! The entries of the table of interviews in progress (`OPEN_INTERVIEWS`): per interview what
//! decides whether it is offered for its own sake at start — who holds it, when it was last
//! worked on, whether it was put off — in a few bytes, so the offer reads them without
//! decoding any interview that is not offered.

use chrono::{DateTime, Utc};

use super::error::{Result, StoreError};
use crate::domain::{Interview, InterviewId, InterviewStatus};

/// One interview in progress, as its entry holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenInterview {
    pub id: InterviewId,
    pub interviewer: String,
    /// When it was last written (a step, the clock).
    pub updated: DateTime<Utc>,
    pub not_offered: bool,
}

impl OpenInterview {
    /// The entry an interview would have, if it is in progress.
    pub fn of(i: &Interview) -> Option<OpenInterview> {
        (i.status == InterviewStatus::InProgress).then(|| OpenInterview {
            id: i.id,
            interviewer: i.interviewer.clone(),
            updated: i.updated.at,
            not_offered: i.not_offered,
        })
    }
}

/// The first byte of an entry, so another layout can follow.
const FORMAT: u8 = 1;

/// An interview's entry: `None` when it is not in progress. The layout: the format byte, the
/// update time (seconds, nanoseconds), put off or not, then the interviewer's name.
pub fn entry(i: &Interview) -> Option<Vec<u8>> {
    if i.status != InterviewStatus::InProgress {
        return None;
    }
    let mut bytes = Vec::with_capacity(14 + i.interviewer.len());
    bytes.push(FORMAT);
    bytes.extend(i.updated.at.timestamp().to_le_bytes());
    bytes.extend(i.updated.at.timestamp_subsec_nanos().to_le_bytes());
    bytes.push(u8::from(i.not_offered));
    bytes.extend(i.interviewer.as_bytes());
    Some(bytes)
}

/// Reads the entry of interview `id`.
pub fn decode(id: u64, bytes: &[u8]) -> Result<OpenInterview> {
    let corrupt = |reason: &str| StoreError::Corrupt {
        kind: "open interview",
        id,
        reason: reason.to_string(),
    };
    let (Some(&FORMAT), Some(secs), Some(nanos), Some(&flag), Some(name)) = (
        bytes.first(),
        bytes.get(1..9).and_then(|b| <[u8; 8]>::try_from(b).ok()),
        bytes.get(9..13).and_then(|b| <[u8; 4]>::try_from(b).ok()),
        bytes.get(13),
        bytes.get(14..),
    ) else {
        return Err(corrupt("too short or of an unknown format"));
    };
    let updated = DateTime::from_timestamp(i64::from_le_bytes(secs), u32::from_le_bytes(nanos))
        .ok_or_else(|| corrupt("time out of range"))?;
    let not_offered = match flag {
        0 => false,
        1 => true,
        _ => return Err(corrupt("not a flag")),
    };
    let interviewer = std::str::from_utf8(name).map_err(|_| corrupt("name not UTF-8"))?;
    Ok(OpenInterview {
        id: InterviewId(id),
        interviewer: interviewer.to_string(),
        updated,
        not_offered,
    })
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;
    use crate::domain::{ClientId, ContactId};

    #[test]
    fn an_entry_holds_what_decides_the_offer() {
        let at = Utc.with_ymd_and_hms(2026, 11, 2, 10, 30, 0).unwrap();
        let mut i = Interview::new(ClientId(1), ContactId(2), at);
        i.id = InterviewId(7);
        i.interviewer = "anna-lies".into();
        i.updated.at = at + chrono::Duration::nanoseconds(5);
        i.not_offered = true;
        let bytes = entry(&i).unwrap();
        assert_eq!(decode(7, &bytes).unwrap(), OpenInterview::of(&i).unwrap());
        for cut in 0..14 {
            assert!(decode(7, &bytes[..cut]).is_err());
        }
        i.status = InterviewStatus::Completed;
        assert_eq!(entry(&i), None);
        assert_eq!(OpenInterview::of(&i), None);
    }
}
