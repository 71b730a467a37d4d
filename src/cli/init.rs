//! `verwacht init [--shared]`: creates the database, and the folders it goes in where they are
//! missing, saying which folders it made and with what mode.

use super::{Session, UserError};
use crate::files::{create_folders, folder_mode};
use crate::i18n::{CliText, Localized};

pub fn run(ctx: &Session, shared: bool) -> Result<(), UserError> {
    let folders = create_folders(&ctx.db, shared)?;
    ctx.create_new(shared)?;
    let mode = folder_mode(shared);
    let rights = if shared {
        CliText::FolderShared
    } else {
        CliText::FolderPrivate
    };
    for folder in &folders {
        super::output::say(&CliText::FolderCreated.fill(
            ctx.lang,
            &[
                &folder.display(),
                &format!("{mode:o}"),
                &symbolic(mode),
                &rights.get(ctx.lang),
            ],
        ));
    }
    let text = if shared {
        CliText::CreatedShared
    } else {
        CliText::Created
    };
    super::output::say(&text.fill(ctx.lang, &[&ctx.db.display()]));
    Ok(())
}

/// A folder's mode as `ls -l` shows it: `drwxrws---`.
fn symbolic(mode: u32) -> String {
    let mut out = String::from("d");
    for (shift, special) in [(6, 0o4000), (3, 0o2000), (0, 0o1000)] {
        let bits = (mode >> shift) & 0o7;
        out.push(if bits & 4 != 0 { 'r' } else { '-' });
        out.push(if bits & 2 != 0 { 'w' } else { '-' });
        let x = bits & 1 != 0;
        out.push(match (mode & special != 0, x, shift) {
            (true, true, 0) => 't',
            (true, false, 0) => 'T',
            (true, true, _) => 's',
            (true, false, _) => 'S',
            (false, true, _) => 'x',
            (false, false, _) => '-',
        });
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn modes_read_as_ls_shows_them() {
        assert_eq!(super::symbolic(0o2770), "drwxrws---");
        assert_eq!(super::symbolic(0o700), "drwx------");
    }
}
