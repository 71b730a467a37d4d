//! Store errors as one-line messages in the user's language.

use crate::i18n::{Lang, Localized};
use crate::store::StoreError;

crate::texts!(
    ErrorText {
        Missing => "{0}: hier is geen database (maak er een met `verwacht init`)",
            "{0}: no database here (create one with `verwacht init`)";
        Exists => "{0}: hier staat al een database", "{0}: a database already exists here";
        NotVerwacht => "{0}: dit is geen verwacht-database; het bestand is niet aangeraakt",
            "{0}: not a verwacht database; the file was left untouched";
        NewerSchema => "{0}: geschreven door een nieuwere verwacht (schema {1}, deze versie leest tot {2}); werk verwacht bij",
            "{0}: written by a newer verwacht (schema {1}, this version reads up to {2}); upgrade verwacht";
        WorldWritable => "{0}: een database die iedereen mag wijzigen wordt geweigerd (herstel met `chmod o-rwx`)",
            "{0}: refusing a world-writable database (fix with `chmod o-rwx`)";
        ReadOnly => "{0}: je mag deze database alleen lezen", "{0}: you may only read this database";
        NeedsRepair => "{0}: niet netjes afgesloten; het bestand wordt hersteld zodra iemand die erin mag schrijven het opent",
            "{0}: not closed cleanly; it is repaired as soon as someone who may write to it opens it";
        NotFound => "{0} {1} bestaat niet", "no {0} with id {1}";
        Corrupt => "{0} {1} is opgeslagen in een vorm die deze versie niet kan lezen: {2}",
            "{0} {1} is stored in a form this version cannot read: {2}";
        Io => "{0}: {1}", "{0}: {1}";
        Db => "databasefout: {0}", "database error: {0}";
        DiskFull => "{0}: de schijf is vol; er is niets opgeslagen. Maak ruimte vrij",
            "{0}: the disk is full; nothing was saved. Make room";
        Damaged => "{0}: het bestand is beschadigd; zet een reservekopie terug (verwacht import json)",
            "{0}: the file is damaged; restore it from a backup (verwacht import json)";
        DamagedPlain => "het bestand is beschadigd; zet een reservekopie terug (verwacht import json)",
            "the file is damaged; restore it from a backup (verwacht import json)";
        DiskFullPlain => "de schijf is vol; er is niets opgeslagen. Maak ruimte vrij",
            "the disk is full; nothing was saved. Make room";
        DiskFullHere => "De schijf is vol: er is niets opgeslagen. Maak ruimte vrij; verwacht probeert het zelf opnieuw",
            "The disk is full: nothing was saved. Make room; verwacht tries again by itself";
        EarlierWriteFailed => "{0}: een eerdere schrijfpoging mislukte (vaak: de schijf is vol); er is niets opgeslagen",
            "{0}: an earlier write failed (often: the disk is full); nothing was saved";
        WriteFailed => "{0}: kan nu niet schrijven ({1}); er is niets opgeslagen", "{0}: cannot be written now ({1}); nothing was saved";
        ChangedMeanwhile => "{1} heeft “{0}” intussen gewijzigd ({2}); er is niets opgeslagen",
            "{1} changed “{0}” meanwhile ({2}); nothing was saved";
    }
);

/// A store error as the full-screen program says it in its one status line: a full disk
/// without the file's path (the user knows which file is open), anything else in full.
pub fn describe_store_error_here(e: &StoreError, lang: Lang) -> String {
    match e {
        e if e.is_disk_full() => ErrorText::DiskFullHere.get(lang).to_string(),
        StoreError::EarlierWriteFailed(_) => ErrorText::DiskFullHere.get(lang).to_string(),
        e => crate::i18n::InterviewText::Failed.fill(lang, &[&describe_store_error(e, lang)]),
    }
}

pub fn describe_store_error(e: &StoreError, lang: Lang) -> String {
    use ErrorText as T;
    match e {
        StoreError::Missing(p) => T::Missing.fill(lang, &[&p.display()]),
        StoreError::Exists(p) => T::Exists.fill(lang, &[&p.display()]),
        StoreError::NotVerwacht(p) => T::NotVerwacht.fill(lang, &[&p.display()]),
        StoreError::NewerSchema {
            path,
            found,
            supported,
        } => T::NewerSchema.fill(lang, &[&path.display(), found, supported]),
        StoreError::WorldWritable(p) => T::WorldWritable.fill(lang, &[&p.display()]),
        StoreError::ReadOnly(p) => T::ReadOnly.fill(lang, &[&p.display()]),
        StoreError::NeedsRepair(p) => T::NeedsRepair.fill(lang, &[&p.display()]),
        StoreError::NotFound { kind, id } => T::NotFound.fill(lang, &[kind, id]),
        StoreError::Corrupt { kind, id, reason } => T::Corrupt.fill(lang, &[kind, id, reason]),
        StoreError::Io { path, source } => T::Io.fill(lang, &[&path.display(), source]),
        StoreError::Db(_) if e.is_disk_full() => T::DiskFullPlain.get(lang).to_string(),
        StoreError::Db(_) if e.is_damaged() => T::DamagedPlain.get(lang).to_string(),
        StoreError::Damaged(p) => T::Damaged.fill(lang, &[&p.display()]),
        StoreError::Db(e) => T::Db.fill(lang, &[e]),
        StoreError::DiskFull(p) => T::DiskFull.fill(lang, &[&p.display()]),
        StoreError::EarlierWriteFailed(p) => T::EarlierWriteFailed.fill(lang, &[&p.display()]),
        StoreError::WriteFailed { path, reason } => {
            T::WriteFailed.fill(lang, &[&path.display(), reason])
        }
        StoreError::ChangedMeanwhile {
            kind,
            what,
            by,
            fields,
        } => {
            let words: Vec<&str> = fields
                .iter()
                .map(|f| crate::i18n::field_word(*kind, f, lang).unwrap_or(f))
                .collect();
            T::ChangedMeanwhile.fill(lang, &[what, by, &words.join(", ")])
        }
    }
}
