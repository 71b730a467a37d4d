//! Who is working: the author the session names on every write.

/// The OS user: the author of every write. `VERWACHT_USER` overrides it (for tests and
/// shared accounts); then `USER` and `LOGNAME`; without them (cron, systemd, `env -i`) the
/// account the process runs as, and "unknown" only when even that has no name.
pub fn current_user() -> String {
    ["VERWACHT_USER", "USER", "LOGNAME"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.trim().is_empty())
        .or_else(os_account)
        .unwrap_or_else(|| "unknown".to_string())
}

/// The name of the effective user id in the password database (`getpwuid_r`, through the
/// system's name service, so an LDAP account has its name too).
fn os_account() -> Option<String> {
    let name = uzers::get_effective_username()?;
    let name = name.to_string_lossy().trim().to_string();
    (!name.is_empty()).then_some(name)
}
