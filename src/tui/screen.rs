//! Taking the terminal over and giving it back.

use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use std::io::{BufWriter, Stdout};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::{cursor, execute, terminal};

/// The terminal the program draws on. Its output is buffered for a whole frame: standard
/// output alone is line-buffered in 1 KiB pieces, so a frame that changes a few thousand
/// cells (a move on the list with the briefing pane beside it sends some 40 KiB) went out in
/// dozens of writes, each waking the terminal. ratatui flushes at the end of every frame.
pub type Term = Terminal<CrosstermBackend<BufWriter<Stdout>>>;

/// Bytes buffered before a write to the terminal: more than a full frame of 160×48 sends.
const FRAME_BUFFER: usize = 256 * 1024;

/// Raw mode, the alternate screen, bracketed paste and (if wanted) the mouse.
pub fn enter(mouse: bool) -> std::io::Result<Term> {
    // ratatui's own setup (raw mode, alternate screen, the restoring panic hook); its
    // terminal, on unbuffered output, is replaced by one drawing through a frame's buffer.
    drop(ratatui::try_init()?);
    let terminal = Terminal::new(CrosstermBackend::new(BufWriter::with_capacity(
        FRAME_BUFFER,
        std::io::stdout(),
    )))?;
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
