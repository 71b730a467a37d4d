//! `verwacht demo [--size team [--scale N]]`: fills an empty database with the example.

use std::io::{IsTerminal, Write};

use super::{DemoSize, Session, UserError};
use crate::demo::{self, DemoError, Progress, TeamSize};
use crate::i18n::{CliText, DemoText, Lang, Localized, fmt_count};

fn describe(e: DemoError, lang: Lang) -> UserError {
    match e {
        DemoError::NotEmpty => UserError::Message(CliText::DemoNotEmpty.get(lang).to_string()),
        DemoError::Internal(what) => UserError::Message(DemoText::Internal.fill(lang, &[&what])),
        DemoError::Store(e) => UserError::Store(e),
    }
}

/// A progress line on stderr, rewritten in place; only when stderr is a terminal, so pipes and
/// logs get the summary alone.
struct ProgressLine {
    lang: Lang,
    shown: bool,
}

impl ProgressLine {
    fn show(&mut self, p: Progress) {
        let mut err = std::io::stderr();
        if !err.is_terminal() {
            return;
        }
        let text = DemoText::Progress.fill(
            self.lang,
            &[
                &fmt_count(p.clients_done, self.lang),
                &fmt_count(p.clients, self.lang),
            ],
        );
        // Progress is a courtesy: a failed write to stderr must not stop the loading.
        let _ = write!(err, "\r{text}\x1b[K");
        let _ = err.flush();
        self.shown = true;
    }

    fn finish(&self) {
        if self.shown {
            let _ = write!(std::io::stderr(), "\r\x1b[K");
        }
    }
}

/// Loads the example of `size`; the team example `scale` times over (the command line lets
/// `scale` differ from 1 only with the team example).
pub fn run(ctx: &Session, size: DemoSize, scale: u64) -> Result<(), UserError> {
    let store = ctx.open_or_create()?;
    let today = ctx.today();
    let result = match size {
        DemoSize::Small => demo::load_small(&store, today),
        DemoSize::Team => {
            let mut line = ProgressLine {
                lang: ctx.lang,
                shown: false,
            };
            let result = demo::load_team(&store, TeamSize::FULL.times(scale), today, &mut |p| {
                line.show(p);
            });
            line.finish();
            result
        }
    };
    let summary = result.map_err(|e| describe(e, ctx.lang))?;
    use crate::i18n::Noun;
    let n = |n: u64, noun| crate::i18n::count(n, noun, ctx.lang);
    super::output::say(&CliText::DemoLoaded.fill(
        ctx.lang,
        &[
            &n(summary.clients, Noun::Client),
            &n(summary.contacts, Noun::Contact),
            &n(summary.expectations, Noun::Expectation),
            &n(summary.answers, Noun::Answer),
        ],
    ));
    Ok(())
}
