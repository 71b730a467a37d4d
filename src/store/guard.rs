//! A damaged file is refused, not crashed on. redb reports most damage as an error, but on a
//! plain open it makes no promise for pages overwritten from outside: reading one can panic
//! inside redb (`btree_cursor.rs: internal error: entered unreachable code`). Store work run
//! through [`guarded`] turns such a panic into [`StoreError::Damaged`]: one line for the user,
//! nothing written, no backtrace on the screen. Panics anywhere else are left alone.

use std::cell::Cell;
use std::panic::{AssertUnwindSafe, PanicHookInfo};
use std::path::Path;
use std::sync::Once;

use super::error::StoreError;

thread_local! {
    /// Inside [`guarded`] on this thread.
    static GUARDED: Cell<bool> = const { Cell::new(false) };
    /// A panic inside redb happened within [`guarded`] on this thread.
    static DAMAGED: Cell<bool> = const { Cell::new(false) };
}

/// Whether a panic was raised in redb's own code.
fn in_redb(info: &PanicHookInfo) -> bool {
    info.location()
        .is_some_and(|l| l.file().contains("/redb-") || l.file().starts_with("redb-"))
}

/// For a panic hook: a panic inside redb during guarded store work is the file's damage, to be
/// reported as such by [`guarded`] — the hook says nothing and returns at once when this is
/// true.
pub fn swallow(info: &PanicHookInfo) -> bool {
    if GUARDED.get() && in_redb(info) {
        DAMAGED.set(true);
        return true;
    }
    false
}

/// Installs (once) a panic hook in front of the current one that stays silent for damage
/// found by guarded store work. The full-screen program installs hooks of its own that ask
/// [`swallow`] first.
pub fn install_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !swallow(info) {
                previous(info);
            }
        }));
    });
}

/// Runs store work; a panic inside redb becomes [`StoreError::Damaged`] for `path`.
pub fn guarded<T, E: From<StoreError>>(
    path: &Path,
    f: impl FnOnce() -> Result<T, E>,
) -> Result<T, E> {
    install_hook();
    let outer = GUARDED.replace(true);
    let result = std::panic::catch_unwind(AssertUnwindSafe(f));
    GUARDED.set(outer);
    match result {
        Ok(result) => result,
        Err(payload) => {
            if DAMAGED.replace(false) {
                Err(StoreError::Damaged(path.to_path_buf()).into())
            } else {
                std::panic::resume_unwind(payload)
            }
        }
    }
}
