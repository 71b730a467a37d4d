//! Who wrote what: without `VERWACHT_USER`, `USER` and `LOGNAME` (cron, systemd, `env -i`)
//! a write is stamped with the OS account the program runs as, never "unknown".
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod cli_support;

use cli_support::Sandbox;

#[test]
fn without_user_variables_a_write_is_stamped_with_the_os_account() {
    let id = std::process::Command::new("id")
        .arg("-un")
        .output()
        .unwrap();
    assert!(id.status.success(), "id -un");
    let account = String::from_utf8(id.stdout).unwrap().trim().to_string();
    assert!(!account.is_empty());

    let s = Sandbox::new();
    let file = s.file("clients.csv", "name,revenue\nAcme,1000\n");
    s.cmd(&["import", "clients", &file])
        .env_remove("VERWACHT_USER")
        .env_remove("USER")
        .env_remove("LOGNAME")
        .assert()
        .success();
    let backup: serde_json::Value = serde_json::from_str(&s.export()).unwrap();
    let client = &backup["clients"][0];
    assert_eq!(client["name"], "Acme", "{backup}");
    assert_eq!(client["created"]["by"], account.as_str(), "{client}");
}
