//! A write that fails (a full disk) takes nothing away: the form comes back with what was
//! typed, the answer goes back into the editor at its step, and nothing says "saved". The
//! write's result is given to the program as the store would give it, without a disk.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod common;

use common::driver::{Driver, key_event};
use verwacht::app::{Effect, Mode, Msg, Popup};
use verwacht::domain::{Cents, Client};
use verwacht::i18n::Lang;
use verwacht::store::StoreError;

/// Presses `key`, and answers the write it asks for with a full disk instead of performing it.
fn fails(d: &mut Driver, key: &str) {
    let effects = d.app.update(Msg::Key(key_event(key)));
    assert!(
        effects.iter().any(|e| matches!(e, Effect::Write(..))),
        "a write was asked for"
    );
    let full = StoreError::DiskFull(d.store.path().to_path_buf());
    d.send(Msg::Failed(full));
}

#[test]
fn a_form_whose_save_failed_is_back_with_what_was_typed() {
    let mut d = common::driver_with(
        Lang::Nl,
        vec![Client::new("Bakkerij Van Dam", Cents::from_euros(100_000))],
        100,
        30,
    );
    d.keys("n");
    d.type_text("Kapsalon Knip");
    fails(&mut d, "enter");
    let Some(Popup::Form { form, .. }) = &d.app.popup else {
        panic!("the form is back");
    };
    assert_eq!(form.text(0), "Kapsalon Knip");
    let screen = common::render(&d.app);
    assert!(screen.contains("De schijf is vol"), "{screen}");
    assert!(!screen.contains("Opgeslagen"), "{screen}");
    // And it saves once the disk takes it.
    d.keys("enter");
    assert!(d.app.popup.is_none());
    assert!(common::render(&d.app).contains("Opgeslagen: Kapsalon Knip"));
}

#[test]
fn an_answer_whose_save_failed_is_back_in_the_editor() {
    let mut d = common::driver_with(
        Lang::Nl,
        vec![Client::new("Bakkerij Van Dam", Cents::from_euros(100_000))],
        100,
        30,
    );
    d.keys("i n");
    d.type_text("Piet");
    d.keys("enter alt-3");
    d.type_text("Wil gebeld worden #emotioneel");
    fails(&mut d, "enter");
    let s = d.app.interview().expect("still in the interview");
    assert_eq!(s.text(), "Wil gebeld worden #emotioneel");
    assert_eq!(s.step.number(), 3);
    assert!(s.draft.is_dirty(), "it counts as a draft again");
    assert_eq!(d.app.mode(), Mode::Editor);
    let screen = common::render(&d.app);
    assert!(screen.contains("De schijf is vol"), "{screen}");
    assert!(!screen.contains("Antwoord opgeslagen"), "{screen}");
}
