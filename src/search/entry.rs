//! The name entry the store keeps beside each client, person and expectation, and its bytes.
//!
//! An entry's bytes (schema 8): a flags byte ([`FORMAT`], and whether it is archived), the
//! [`letters`](super::index::title_letters) of its title and a check byte of them, its client's
//! id, then the texts (title, extra, the tags), each after its length; the numbers but the
//! letters as LEB128 varints. The letters come first so that a search passes over an entry
//! that cannot match by reading a few bytes, without checking its texts are UTF-8 or folding
//! its title.

use super::Kind;
use super::index::title_letters;
use crate::domain::{Client, Contact, Expectation};

/// What the names index keeps of one client, person or expectation, stored beside the record
/// in the same write so that search reads these small entries instead of every record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameEntry {
    pub kind: Kind,
    pub id: u64,
    /// The client it belongs to (a client's own id for a client).
    pub client: u64,
    pub archived: bool,
    /// The name or title.
    pub title: String,
    /// A client's sector, a person's role; empty for an expectation.
    pub extra: String,
    pub tags: Vec<String>,
}

/// The flags byte of every entry of this form, archived or not: what an entry of an older
/// form (whose first byte is its kind, 0 to 2) or a zeroed one does not have.
const FORMAT: u8 = 0b1000_0010;
const ARCHIVED: u8 = 0b1;
/// Flags, letters, check byte.
const HEAD: usize = 10;

/// The check byte of a set of letters: a byte of them changed changes it.
fn check(letters: u64) -> u8 {
    letters.to_le_bytes().iter().fold(0x5a, |c, b| c ^ b)
}

fn kind_code(kind: Kind) -> u8 {
    match kind {
        Kind::Client => 0,
        Kind::Contact => 1,
        Kind::Expectation => 2,
        Kind::Tag => 3,
        Kind::Answer => 4,
    }
}

/// The kind of an entry's key.
pub(super) fn kind_of(code: u8) -> Option<Kind> {
    match code {
        0 => Some(Kind::Client),
        1 => Some(Kind::Contact),
        2 => Some(Kind::Expectation),
        _ => None,
    }
}

fn push_varint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// The varint at the start of `bytes` and the bytes after it; `None` when it is cut short or
/// does not fit 64 bits.
fn varint(bytes: &[u8]) -> Option<(u64, &[u8])> {
    let mut n = 0u64;
    for (i, &b) in bytes.iter().enumerate().take(10) {
        let part = u64::from(b & 0x7f);
        if i == 9 && part > 1 {
            return None;
        }
        n |= part << (7 * i);
        if b & 0x80 == 0 {
            return Some((n, bytes.get(i + 1..)?));
        }
    }
    None
}

/// The next text's bytes (after its length) and the bytes after it.
fn text(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    let (len, rest) = varint(bytes)?;
    let len = usize::try_from(len).ok()?;
    Some((rest.get(..len)?, rest.get(len..)?))
}

impl NameEntry {
    /// The entry as bytes (see the module's comment).
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEAD + 4 + self.title.len() + self.extra.len());
        out.push(FORMAT | if self.archived { ARCHIVED } else { 0 });
        let letters = title_letters(&self.title);
        out.extend_from_slice(&letters.to_le_bytes());
        out.push(check(letters));
        push_varint(&mut out, self.client);
        let texts = [self.title.as_str(), self.extra.as_str()]
            .into_iter()
            .chain(self.tags.iter().map(String::as_str));
        for text in texts {
            push_varint(&mut out, text.len() as u64);
            out.extend_from_slice(text.as_bytes());
        }
        out
    }

    /// Its key in the store: (kind, id).
    pub fn key(&self) -> (u8, u64) {
        (kind_code(self.kind), self.id)
    }

    /// The first part of the keys of entries of `kind`.
    pub fn key_code(kind: Kind) -> u8 {
        kind_code(kind)
    }

    pub fn of_client(c: &Client) -> NameEntry {
        NameEntry {
            kind: Kind::Client,
            id: c.id.0,
            client: c.id.0,
            archived: c.archived,
            title: c.name.clone(),
            extra: c.sector.clone(),
            tags: Vec::new(),
        }
    }

    pub fn of_contact(p: &Contact) -> NameEntry {
        NameEntry {
            kind: Kind::Contact,
            id: p.id.0,
            client: p.client_id.0,
            archived: p.archived,
            title: p.name.clone(),
            extra: p.role.clone(),
            tags: Vec::new(),
        }
    }

    pub fn of_expectation(e: &Expectation) -> NameEntry {
        NameEntry {
            kind: Kind::Expectation,
            id: e.id.0,
            client: e.client_id.0,
            archived: e.archived,
            title: e.title.clone(),
            extra: String::new(),
            tags: e.tags.clone(),
        }
    }

    /// The entry as [`EntryRef::decode`] gives it back.
    pub fn as_ref(&self) -> EntryRef<'_> {
        EntryRef {
            kind: self.kind,
            id: self.id,
            client: self.client,
            archived: self.archived,
            letters: title_letters(&self.title),
            title: &self.title,
            extra: &self.extra,
            tags: self.tags.iter().map(String::as_str).collect(),
        }
    }
}

/// What an entry's bytes say before its texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntryHead {
    pub archived: bool,
    /// The [`title_letters`] of its title, as stored.
    pub letters: u64,
    pub client: u64,
}

impl EntryHead {
    /// The head of the entry in `bytes`, and its texts' bytes. The texts are looked at for
    /// their lengths only (a title and an extra, then tags, up to the last byte): not whether
    /// they are UTF-8, nor whether the letters are the title's — [`EntryRef::decode`] checks
    /// those. `None` for bytes that are not an entry.
    pub fn decode(bytes: &[u8]) -> Option<(EntryHead, &[u8])> {
        let flags = *bytes.first()?;
        if flags & !ARCHIVED != FORMAT {
            return None;
        }
        let letters = u64::from_le_bytes(bytes.get(1..9)?.try_into().ok()?);
        if *bytes.get(9)? != check(letters) {
            return None;
        }
        let (client, texts) = varint(bytes.get(HEAD..)?)?;
        let mut rest = texts;
        let mut count = 0;
        while !rest.is_empty() {
            rest = text(rest)?.1;
            count += 1;
        }
        let head = EntryHead {
            archived: flags & ARCHIVED != 0,
            letters,
            client,
        };
        (count >= 2).then_some((head, texts))
    }
}

/// A name entry as stored, borrowed from its bytes (see [`NameEntry::encode`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryRef<'a> {
    pub kind: Kind,
    pub id: u64,
    pub client: u64,
    pub archived: bool,
    /// The [`title_letters`] of the title.
    pub letters: u64,
    pub title: &'a str,
    pub extra: &'a str,
    pub tags: Vec<&'a str>,
}

impl<'a> EntryRef<'a> {
    /// The entry stored under `key` (kind, id) in [`NameEntry::encode`]'s bytes; `None` for
    /// bytes that are not one, a text that is not UTF-8 among them, or letters that are not
    /// the title's.
    pub fn decode((kind, id): (u8, u64), bytes: &'a [u8]) -> Option<EntryRef<'a>> {
        let kind = kind_of(kind)?;
        let (head, mut rest) = EntryHead::decode(bytes)?;
        fn next<'a>(rest: &mut &'a [u8]) -> Option<&'a str> {
            let (text, after) = text(rest)?;
            *rest = after;
            std::str::from_utf8(text).ok()
        }
        let title = next(&mut rest)?;
        let extra = next(&mut rest)?;
        let mut tags = Vec::new();
        while !rest.is_empty() {
            tags.push(next(&mut rest)?);
        }
        if title_letters(title) != head.letters {
            return None;
        }
        Some(EntryRef {
            kind,
            id,
            client: head.client,
            archived: head.archived,
            letters: head.letters,
            title,
            extra,
            tags,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(title: &str, tags: &[&str]) -> NameEntry {
        NameEntry {
            kind: Kind::Expectation,
            id: 70_000,
            client: 300,
            archived: false,
            title: title.into(),
            extra: "inkoop".into(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
        }
    }

    #[test]
    fn an_entry_comes_back_as_it_was_with_its_letters_first() {
        for e in [
            entry("Levering vóór zeven uur", &["basis", "klacht"]),
            entry("", &[]),
            NameEntry {
                archived: true,
                client: u64::MAX,
                ..entry(&"ÉÉN ZORG ".repeat(40), &[""])
            },
        ] {
            let bytes = e.encode();
            let back = EntryRef::decode(e.key(), &bytes).unwrap();
            assert_eq!(back, e.as_ref());
            assert_eq!(back.letters, title_letters(&e.title));
            let (head, _) = EntryHead::decode(&bytes).unwrap();
            assert_eq!(
                (head.archived, head.client, head.letters),
                (e.archived, e.client, back.letters)
            );
        }
    }

    /// The form schema 7 wrote: kind, archived, client, then each text after its length
    /// (u32, little-endian).
    fn schema_7(e: &NameEntry) -> Vec<u8> {
        let mut out = vec![kind_code(e.kind), u8::from(e.archived)];
        out.extend_from_slice(&e.client.to_le_bytes());
        let texts = [e.title.as_str(), e.extra.as_str()]
            .into_iter()
            .chain(e.tags.iter().map(String::as_str));
        for text in texts {
            out.extend_from_slice(&(text.len() as u32).to_le_bytes());
            out.extend_from_slice(text.as_bytes());
        }
        out
    }

    #[test]
    fn an_entry_without_its_letters_or_with_damaged_ones_is_no_entry() {
        let e = entry("Levertijd binnen een week", &["basis"]);
        let bytes = e.encode();
        // An entry of the older form, without letters.
        assert_eq!(EntryHead::decode(&schema_7(&e)), None);
        assert_eq!(EntryRef::decode(e.key(), &schema_7(&e)), None);
        // Cut off inside the letters or the check byte.
        for len in 0..=HEAD {
            assert_eq!(EntryHead::decode(&bytes[..len]), None, "{len}");
        }
        // A letter lost or added, in any byte of the letters: the check byte says so.
        for at in 1..9 {
            for bit in 0..8 {
                let mut damaged = bytes.clone();
                damaged[at] ^= 1 << bit;
                assert_eq!(EntryHead::decode(&damaged), None, "byte {at}, bit {bit}");
            }
        }
        // Letters with a matching check byte that are not the title's: the whole entry is
        // refused when it is read, though its head looks sound.
        let mut wrong = bytes.clone();
        let letters = title_letters(&e.title) & !title_letters("v");
        wrong[1..9].copy_from_slice(&letters.to_le_bytes());
        wrong[9] = check(letters);
        assert!(EntryHead::decode(&wrong).is_some());
        assert_eq!(EntryRef::decode(e.key(), &wrong), None);
    }

    #[test]
    fn damaged_bytes_never_panic_and_bad_texts_are_refused() {
        let e = entry("Müller op tijd", &["klacht"]);
        let bytes = e.encode();
        // Cut short: no entry, or (cut after a text) one with fewer tags, as the form has it.
        for len in 0..bytes.len() {
            if let Some(back) = EntryRef::decode(e.key(), &bytes[..len]) {
                assert_eq!(
                    (back.title, back.tags.len()),
                    (e.title.as_str(), 0),
                    "{len}"
                );
            }
        }
        for at in 0..bytes.len() {
            for value in [0u8, 0x7f, 0x80, 0xc3, 0xff] {
                let mut damaged = bytes.clone();
                damaged[at] = value;
                let _ = EntryHead::decode(&damaged);
                if let Some(back) = EntryRef::decode(e.key(), &damaged) {
                    assert_eq!(back.letters, title_letters(back.title), "{at}: {value}");
                }
            }
        }
        // A title that is not UTF-8 (an ASCII byte turned into a lone continuation byte).
        let mut bad = bytes.clone();
        let at = memchr::memmem::find(&bad, b"tijd").unwrap();
        bad[at] = 0x80;
        assert_eq!(EntryRef::decode(e.key(), &bad), None);
        // Bytes after the last text that are no text; a varint too long for 64 bits; a key
        // of no kind of entry.
        let mut trailing = bytes.clone();
        trailing.push(0x05);
        assert_eq!(EntryHead::decode(&trailing), None);
        let mut long = bytes[..HEAD].to_vec();
        long.extend_from_slice(&[0xff; 10]);
        long.push(0x01);
        assert_eq!(EntryHead::decode(&long), None);
        assert_eq!(EntryRef::decode((3, 1), &bytes), None);
    }
}
