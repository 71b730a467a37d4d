//! Taking the terminal over and giving it back.

use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::{cursor, execute, terminal};

/// Raw mode, the alternate screen, bracketed paste and (if wanted) the mouse.
pub fn enter(mouse: bool) -> std::io::Result<ratatui::DefaultTerminal> {
    let terminal = ratatui::try_init()?;
    // Without bracketed paste a pasted Enter would save half an answer.
    let _ = execute!(std::io::stdout(), EnableBracketedPaste);
    if mouse {
        let _ = execute!(std::io::stdout(), EnableMouseCapture);
    }
    Ok(terminal)
}

/// Gives the terminal back as it was. Safe to call twice, and from a panic or another thread;
/// every step is tried even when one fails, since a terminal that is gone fails them all.
pub fn restore() {
    let mut out = std::io::stdout();
    let _ = execute!(out, DisableBracketedPaste, DisableMouseCapture);
    let _ = terminal::disable_raw_mode();
    let _ = execute!(out, terminal::LeaveAlternateScreen, cursor::Show);
}
