//! Messages of `export` and `import json`, in the user's language.

use crate::backup::BackupError;
use crate::i18n::{Lang, Localized};

crate::texts!(
    BackupText {
        NotBackup => "{0}: geen verwacht-back-up: {1}", "{0}: not a verwacht backup: {1}";
        NewerVersion => "{0}: gemaakt door een nieuwere verwacht (back-upversie {1}, deze versie leest tot {2}); werk verwacht bij",
            "{0}: made by a newer verwacht (backup version {1}, this version reads up to {2}); upgrade verwacht";
        DuplicateId => "{0}: {1} {2} staat er twee keer in", "{0}: {1} {2} appears twice";
        MissingClient => "{0}: {1} {2} hoort bij klant {3}, die niet in de back-up staat",
            "{0}: {1} {2} belongs to client {3}, which is not in the backup";
        NotEmpty => "{0}: bevat al gegevens; een back-up terugzetten kan alleen in een lege database (kies een nieuw bestand met --db)",
            "{0}: already holds data; a backup can only be restored into an empty database (choose a new file with --db)";
        Restored => "Back-up teruggezet: klanten {0}, contactpersonen {1}, verwachtingen {2}, antwoorden {3}",
            "Backup restored: clients {0}, contacts {1}, expectations {2}, answers {3}";
        ClientWithJson => "--client geldt niet voor een JSON-back-up: die bevat altijd alles",
            "--client does not apply to a JSON backup: it always holds everything";
        CannotWrite => "{0}: kan niet schrijven: {1}", "{0}: cannot write: {1}";
        Exported => "Geëxporteerd naar {0}", "Exported to {0}";
    }
);

/// Why the backup in `file` cannot be restored.
pub fn describe_backup_error(e: &BackupError, file: &str, lang: Lang) -> String {
    use BackupText as T;
    match e {
        BackupError::NotBackup(reason) => T::NotBackup.fill(lang, &[&file, reason]),
        BackupError::NewerVersion(v) => {
            T::NewerVersion.fill(lang, &[&file, v, &crate::backup::VERSION])
        }
        BackupError::DuplicateId { kind, id } => T::DuplicateId.fill(lang, &[&file, kind, id]),
        BackupError::MissingClient { kind, id, client } => {
            T::MissingClient.fill(lang, &[&file, kind, id, client])
        }
    }
}
