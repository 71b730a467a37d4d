//! Running the real binary against a database in a temporary directory.
#![allow(dead_code)]

pub mod fixture;

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// A temporary directory with a database file (created by the first command that needs it).
pub struct Sandbox {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
}

impl Sandbox {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("verwacht.redb");
        Sandbox { dir, db }
    }

    /// `verwacht --db DB --lang LANG ARGS…`, with a fixed author and no locale influence.
    pub fn cmd_in(&self, lang: &str, db: &Path, args: &[&str]) -> Command {
        let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("verwacht");
        cmd.env_remove("VERWACHT_DB")
            .env("VERWACHT_USER", "anna")
            .current_dir(self.dir.path())
            .arg("--db")
            .arg(db)
            .args(["--lang", lang])
            .args(args);
        cmd
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        self.cmd_in("en", &self.db, args)
    }

    /// Writes a file in the sandbox and returns its name (relative to the sandbox).
    pub fn file(&self, name: &str, content: impl AsRef<[u8]>) -> String {
        std::fs::write(self.dir.path().join(name), content).unwrap();
        name.to_string()
    }

    /// `verwacht import KIND FILE`, which must succeed; returns stdout.
    pub fn import_ok(&self, kind: &str, name: &str, content: impl AsRef<[u8]>) -> String {
        let file = self.file(name, content);
        let out = self.cmd(&["import", kind, &file]).assert().success();
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    }

    /// The full JSON export of a database.
    pub fn export_of(&self, db: &Path) -> String {
        let out = self
            .cmd_in("en", db, &["export", "--format", "json"])
            .assert()
            .success();
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    }

    pub fn export(&self) -> String {
        self.export_of(&self.db)
    }
}

/// A small starting database: two clients, two contacts, one expectation.
pub fn seeded() -> Sandbox {
    let s = Sandbox::new();
    s.import_ok(
        "clients",
        "clients.csv",
        "name,revenue,sector\nAcme,250000,bouw\nBakkerij Van Dam,120000,retail\n",
    );
    s.import_ok(
        "contacts",
        "contacts.csv",
        "client,name,role\nAcme,Els,finance director\nBakkerij Van Dam,Piet,owner\n",
    );
    s.import_ok(
        "expectations",
        "expectations.csv",
        "client,contact,title\nAcme,Els,Invoices always right\n",
    );
    s
}
