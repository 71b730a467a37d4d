//! What the program printed, read on a thread of its own so the program never blocks on
//! output: the bytes, when each piece arrived, and the terminal queries answered.

use std::fs::File;
use std::io::{Read, Write};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Instant;

/// Everything the program printed, and when each piece arrived.
#[derive(Default)]
pub struct Output {
    pub bytes: Vec<u8>,
    /// (offset of the piece's first byte, when it was read), in order.
    pub pieces: Vec<(usize, Instant)>,
    /// The queries answered (cursor position, device attributes).
    pub answered: usize,
    /// The program closed its side (it ended).
    pub closed: bool,
}

#[derive(Default)]
pub struct Shared {
    output: Mutex<Output>,
    pub arrived: Condvar,
}

impl Shared {
    pub fn lock(&self) -> MutexGuard<'_, Output> {
        self.output.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The queries a terminal answers, with the answers an xterm gives: the cursor position
/// (`ESC[6n`, answered as the top left: the program draws the full screen anyway) and the
/// primary device attributes (`ESC[c`).
const QUERIES: [(&[u8], &[u8]); 3] = [
    (b"\x1b[6n", b"\x1b[1;1R"),
    (b"\x1b[c", b"\x1b[?62;22c"),
    (b"\x1b[0c", b"\x1b[?62;22c"),
];

/// The reading thread: everything into `shared` until the program closes its side.
pub fn read_all(mut reader: File, mut answers: File, shared: &Shared) {
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = match reader.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            // EIO: the program's side is closed, it ended.
            Err(_) => break,
        };
        let at = Instant::now();
        let mut output = shared.lock();
        let start = output.bytes.len();
        output.bytes.extend_from_slice(&buf[..n]);
        output.pieces.push((start, at));
        // A query may be split over two reads: look a few bytes back.
        let from = start.saturating_sub(4);
        let mut replies = Vec::new();
        for (query, answer) in QUERIES {
            let window = &output.bytes[from..];
            let mut i = 0;
            while let Some(pos) = window[i..].windows(query.len()).position(|w| w == query) {
                let end = from + i + pos + query.len();
                if end > start {
                    replies.push(answer);
                }
                i += pos + query.len();
            }
        }
        output.answered += replies.len();
        drop(output);
        shared.arrived.notify_all();
        for reply in replies {
            let _ = answers.write_all(reply);
        }
    }
    shared.lock().closed = true;
    shared.arrived.notify_all();
}
