//! The compact encoding of a client's row in the home table: the client as the list shows it
//! (name, sector, revenue, archived) followed by its digest in `super::digest_codec`'s
//! encoding, behind one format byte. Not JSON: the client list reads every row at start.

use super::digest_codec::{self, Days};
use super::error::{Result, StoreError};
use crate::domain::{Cents, ClientDigest, ClientId, ListedClient};

/// The first byte of a row in this encoding. A row that begins otherwise is not one this
/// version wrote, and the table is built anew rather than trusted.
const FORMAT: u8 = 1;

pub fn encode(client: &ListedClient, digest: &ClientDigest) -> Vec<u8> {
    // Every field named, so a new one cannot be forgotten here; the id is the row's key.
    let ListedClient {
        id: _,
        name,
        sector,
        revenue,
        archived,
    } = client;
    let digest = digest_codec::encode(digest);
    let mut out = Vec::with_capacity(18 + name.len() + sector.len() + digest.len());
    out.push(FORMAT);
    text(&mut out, name);
    text(&mut out, sector);
    out.extend(revenue.0.to_le_bytes());
    out.push(u8::from(*archived));
    out.extend(digest);
    out
}

fn text(out: &mut Vec<u8>, s: &str) {
    out.extend(u32::try_from(s.len()).unwrap_or(u32::MAX).to_le_bytes());
    out.extend(s.as_bytes());
}

/// Decodes the row of client `id`. Bytes that are not such a row, or a digest of another
/// client, are [`StoreError::Corrupt`].
pub fn decode(id: u64, bytes: &[u8]) -> Result<(ListedClient, ClientDigest)> {
    decode_with(id, bytes, &mut Days::default())
}

/// Like [`decode`], with the days met in other rows (see [`Days`]).
pub fn decode_with(id: u64, bytes: &[u8], days: &mut Days) -> Result<(ListedClient, ClientDigest)> {
    let corrupt = |reason: String| StoreError::Corrupt {
        kind: "home row",
        id,
        reason,
    };
    let mut r = Reader { bytes, at: 0 };
    if r.take(1).map_err(&corrupt)? != [FORMAT] {
        return Err(corrupt("not a home row of this version".into()));
    }
    let name = r.text().map_err(&corrupt)?;
    let sector = r.text().map_err(&corrupt)?;
    let revenue = i64::from_le_bytes(r.array().map_err(&corrupt)?);
    let archived = match r.take(1).map_err(&corrupt)? {
        [0] => false,
        [1] => true,
        _ => return Err(corrupt("archived is neither yes nor no".into())),
    };
    let digest = digest_codec::decode_with(id, r.rest(), days)?;
    if digest.client_id.0 != id {
        return Err(corrupt(format!(
            "the digest of client {}",
            digest.client_id.0
        )));
    }
    let client = ListedClient {
        id: ClientId(id),
        name,
        sector,
        revenue: Cents(revenue),
        archived,
    };
    Ok((client, digest))
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

type Read<T> = std::result::Result<T, String>;

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Read<&'a [u8]> {
        let got = self
            .bytes
            .get(self.at..self.at.saturating_add(n))
            .ok_or_else(|| format!("row ends early at byte {}", self.at))?;
        self.at += n;
        Ok(got)
    }
    fn array<const N: usize>(&mut self) -> Read<[u8; N]> {
        <[u8; N]>::try_from(self.take(N)?).map_err(|e| e.to_string())
    }
    fn text(&mut self) -> Read<String> {
        let n = u32::from_le_bytes(self.array()?) as usize;
        let bytes = self.take(n)?;
        String::from_utf8(bytes.to_vec())
            .map_err(|_| format!("text at byte {} is not UTF-8", self.at))
    }
    fn rest(&self) -> &'a [u8] {
        self.bytes.get(self.at..).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row() -> (ListedClient, ClientDigest) {
        let client = ListedClient {
            id: ClientId(42),
            name: "Bakkerij Één".into(),
            sector: "voeding".into(),
            revenue: Cents(-1_234_567),
            archived: true,
        };
        let digest = ClientDigest {
            client_id: ClientId(42),
            contacts: 3,
            since_negative: vec![true, false],
            ..ClientDigest::default()
        };
        (client, digest)
    }

    #[test]
    fn a_row_comes_back_as_it_was_stored() {
        let (client, digest) = row();
        assert_eq!(
            decode(42, &encode(&client, &digest)).unwrap(),
            (client, digest)
        );
    }

    #[test]
    fn a_damaged_row_is_an_error_not_a_panic() {
        let (client, digest) = row();
        let bytes = encode(&client, &digest);
        for cut in 0..bytes.len() {
            assert!(decode(42, &bytes[..cut]).is_err(), "cut at {cut}");
        }
        let mut other = bytes.clone();
        other[0] = 9;
        assert!(decode(42, &other).is_err(), "another format");
        assert!(decode(43, &bytes).is_err(), "another client's digest");
        assert!(
            matches!(decode(42, b"{}"), Err(StoreError::Corrupt { .. })),
            "JSON is no row"
        );
    }
}
