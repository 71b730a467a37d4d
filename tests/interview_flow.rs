//! A whole interview driven through keys, without a terminal: from the client list to the
//! created expectations, with tags, step fields, step 6 reviews, undo, the draft and resuming.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod common;

use chrono::NaiveDate;
use common::driver::{Driver, key_event};
use verwacht::app::interview::Focus;
use verwacht::app::{Effect, Mode, Msg, Popup};
use verwacht::domain::{
    Answer, Cents, Characteristic, Client, Contact, Expectation, Interview, InterviewStatus, Level,
    Nature, Source, Status, TimeEntry,
};
use verwacht::files::Create;
use verwacht::i18n::Lang;
use verwacht::runner;
use verwacht::store::Queries;

/// A database with one client, one contact and two open expectations.
fn setup() -> Driver {
    let dir = tempfile::tempdir().unwrap();
    let store = verwacht::files::open(&dir.path().join("v.redb"), Create::Private).unwrap();
    store
        .write(|tx| {
            let client = tx.insert(Client::new(
                "Woonstichting De Linde",
                Cents::from_euros(500_000),
            ))?;
            let els = tx.insert(Contact::new(client.id, "Els de Vries", "directeur"))?;
            let mut e = Expectation::new(client.id, "Maandrapportage op tijd");
            e.contact_id = Some(els.id);
            tx.insert(e)?;
            tx.insert(Expectation::new(client.id, "Storingen binnen 4 uur"))?;
            Ok::<_, verwacht::store::StoreError>(())
        })
        .unwrap();
    Driver::start(store, dir, Lang::Nl, common::now())
}

fn answers(d: &Driver) -> Vec<Answer> {
    d.store.read().unwrap().all().unwrap()
}

fn interview(d: &Driver) -> Interview {
    let all: Vec<Interview> = d.store.read().unwrap().all().unwrap();
    all.into_iter().next().unwrap()
}

fn expectation(d: &Driver, title: &str) -> Expectation {
    let all: Vec<Expectation> = d.store.read().unwrap().all().unwrap();
    all.into_iter().find(|e| e.title == title).unwrap()
}

fn editor_text(d: &Driver) -> String {
    d.app.interview().unwrap().text()
}

#[test]
fn a_whole_interview_from_the_client_list_to_expectations() {
    let mut d = setup();

    // Two keys from the client list to typing: `i` opens the picker, `1` picks Els.
    d.keys("i");
    assert!(matches!(d.app.popup, Some(Popup::Picker(_))));
    d.keys("1");
    assert_eq!(d.app.mode(), Mode::Editor);
    let s = d.app.interview().unwrap();
    assert_eq!(s.step, Characteristic::AlwaysPresent);
    assert_eq!(s.view.contact.name, "Els de Vries");

    // Step 1: a tagged answer, and one with a tag from the picker.
    d.type_text("Rapport binnen drie dagen #basis");
    d.keys("enter");
    d.type_text("Factuur klopt altijd");
    d.keys("ctrl-t");
    assert!(matches!(d.app.popup, Some(Popup::Tags(_))));
    d.type_text("onuit");
    d.keys("enter");
    assert_eq!(editor_text(&d), "Factuur klopt altijd #onuitgesproken ");
    d.keys("enter");
    let saved = answers(&d);
    assert_eq!(saved.len(), 2);
    assert_eq!(saved[0].tags, ["basis"]);
    assert_eq!(saved[1].tags, ["onuitgesproken"]);
    assert!(
        saved
            .iter()
            .all(|a| a.step == Characteristic::AlwaysPresent)
    );

    // Step 2: a deadline with nothing to attach it to is refused; with the answer being typed
    // it goes with that answer: first a wrong date (refused, nothing stored), then a quarter.
    d.keys("alt-2 ctrl-f");
    assert!(d.app.popup.is_none(), "no answer to attach a deadline to");
    d.type_text("Voor de zomer aantoonbaar beter");
    d.keys("ctrl-f");
    d.type_text("31-2-2027");
    d.keys("enter");
    let Some(Popup::Form { form, .. }) = &d.app.popup else {
        panic!("the form stays open on a bad date");
    };
    assert!(form.fields.iter().any(|f| f.error.is_some()));
    for _ in 0..9 {
        d.keys("backspace");
    }
    d.type_text("q2");
    d.keys("enter");
    assert!(d.app.popup.is_none());
    assert_eq!(
        d.app.interview().unwrap().fields.deadline,
        NaiveDate::from_ymd_opt(2027, 6, 30),
        "kept with the answer being typed"
    );
    d.keys("enter");
    let zomer = answers(&d)
        .into_iter()
        .find(|a| a.step == Characteristic::AboutTheFuture)
        .unwrap();
    assert_eq!(zomer.fields.deadline, NaiveDate::from_ymd_opt(2027, 6, 30));
    assert_eq!(interview(&d).deadline, None, "not the interview's");

    // Step 3 and on: Tab saves what is typed and moves on, so nothing is lost.
    d.keys("tab");
    d.type_text("Els wil gebeld worden, niet gemaild #emotioneel");
    d.keys("tab");
    assert_eq!(d.app.interview().unwrap().step, Characteristic::Dependent);
    d.type_text("Zo stond het in de offerte #belofte");
    d.keys("enter");
    assert_eq!(answers(&d).len(), 5);

    // Step 6: confirm the first open expectation, drop the second, undo the drop.
    d.keys("alt-6 esc");
    assert_eq!(d.app.mode(), Mode::Interview);
    assert_eq!(d.app.interview().unwrap().items().len(), 2);
    d.keys("c");
    assert_eq!(
        expectation(&d, "Maandrapportage op tijd").reviewed,
        Some(common::today())
    );
    d.keys("j x");
    assert_eq!(
        expectation(&d, "Storingen binnen 4 uur").status,
        Status::Dropped
    );
    d.keys("u");
    assert_eq!(
        expectation(&d, "Storingen binnen 4 uur").status,
        Status::Open
    );
    let id = expectation(&d, "Maandrapportage op tijd").id;
    let history = d.store.read().unwrap().history(id).unwrap();
    assert!(
        history
            .iter()
            .any(|h| h.changes.iter().any(|c| c.field == "reviewed")),
        "the confirmation is in the history: {history:?}"
    );

    // Step 7: the yardstick and the grade expected, given with the answer just saved.
    d.keys("7 i");
    d.type_text("Rapport in drie dagen in plaats van tien");
    d.keys("enter ctrl-f");
    for text in ["doorlooptijd", "dagen", "10", "3", "8"] {
        d.keys("ctrl-u");
        d.type_text(text);
        d.keys("tab");
    }
    for _ in 0..5 {
        d.keys("backtab");
    }
    d.type_text("31-3-2027");
    d.keys("enter");
    let rapport = answers(&d)
        .into_iter()
        .find(|a| a.step == Characteristic::Yardstick)
        .unwrap();
    let measure = rapport.fields.measure.clone().unwrap();
    assert_eq!(measure.summary(), "doorlooptijd: 10 → 3 dagen");
    assert_eq!(
        rapport.fields.deadline,
        NaiveDate::from_ymd_opt(2027, 3, 31)
    );
    assert_eq!(rapport.fields.expected_grade, Some(8));
    d.keys("esc");

    // Delete an answer of step 1 and take it back.
    d.keys("1 d");
    assert_eq!(answers(&d).len(), 5);
    d.keys("u");
    assert_eq!(answers(&d).len(), 6);

    // Ten minutes of call, with a minute paused.
    d.wait(300);
    d.keys("p");
    d.wait(60);
    d.keys("p");
    d.wait(300);

    // The summary proposes every answer; accept all, then discard one.
    d.keys("f");
    assert_eq!(d.app.mode(), Mode::Summary);
    let proposals = &d
        .app
        .interview()
        .unwrap()
        .summary
        .as_ref()
        .unwrap()
        .proposals;
    assert_eq!(proposals.len(), 6);
    let offerte = proposals
        .iter()
        .find(|p| p.expectation.title == "Zo stond het in de offerte")
        .unwrap();
    assert_eq!(offerte.expectation.source, Source::Promise);
    assert_eq!(
        offerte.expectation.nature,
        Nature::Rational,
        "no step 5 answers: default"
    );
    // The yardstick's proposal: a short title, edited before accepting.
    let yard = proposals
        .iter()
        .position(|p| p.expectation.answers == [rapport.id])
        .unwrap();
    assert_eq!(proposals[yard].expectation.expected_grade, Some(8));
    for _ in 0..yard {
        d.keys("j");
    }
    d.keys("t ctrl-u");
    d.type_text("Rapportage binnen 3 dagen");
    d.keys("enter g");
    // Accept all, then discard the second (the step-1 answer with the picked tag).
    d.keys("A j x f");
    assert_eq!(d.app.mode(), Mode::Home);

    let done = interview(&d);
    assert_eq!(done.status, InterviewStatus::Completed);
    assert_eq!(done.duration_secs, 600);
    let time: Vec<TimeEntry> = d.store.read().unwrap().all().unwrap();
    assert_eq!(time.len(), 1);
    assert_eq!(time[0].minutes, 10);
    let created: Vec<Expectation> = d.store.read().unwrap().all().unwrap();
    let from_interview: Vec<&Expectation> = created
        .iter()
        .filter(|e| e.interview_id == Some(done.id))
        .collect();
    assert_eq!(from_interview.len(), 5);
    let first = from_interview
        .iter()
        .find(|e| e.title == "Rapport binnen drie dagen")
        .unwrap();
    assert_eq!(first.level, Level::Basic);
    assert_eq!(first.source, Source::Promise, "step 4 gives the source");
    assert_eq!(first.deadline, None, "no deadline was given with it");
    assert!(first.measure.is_empty());
    assert_eq!(first.contact_id, Some(done.contact_id));
    assert_eq!(first.answers.len(), 1);
    let zomer = from_interview
        .iter()
        .find(|e| e.title == "Voor de zomer aantoonbaar beter")
        .unwrap();
    assert_eq!(zomer.deadline, NaiveDate::from_ymd_opt(2027, 6, 30));
    let yard = from_interview
        .iter()
        .find(|e| e.title == "Rapportage binnen 3 dagen")
        .unwrap();
    assert_eq!(yard.deadline, NaiveDate::from_ymd_opt(2027, 3, 31));
    assert_eq!(yard.measure.target, "3");
    assert_eq!(yard.expected_grade, Some(8));
}

#[test]
fn a_killed_program_resumes_with_the_draft_in_the_editor() {
    let mut d = setup();
    d.keys("i 1");
    d.type_text("Eerste antwoord");
    d.keys("enter alt-3");
    d.type_text("Els belt liever dan dat ze ma");
    // Within a second of the last keystroke the draft is stored…
    d.wait(1);
    // …and the process dies without saving anything else.
    let mut d = d.restart(Lang::Nl, common::now() + chrono::Duration::minutes(5));
    let Some(Popup::Resume { items, .. }) = &d.app.popup else {
        panic!("an interrupted interview is offered at start");
    };
    assert_eq!(items.len(), 1);
    assert_eq!(
        items[0].draft.as_deref(),
        Some("Els belt liever dan dat ze ma")
    );
    assert_eq!(items[0].step, Characteristic::Personal);
    d.keys("enter");
    let s = d.app.interview().unwrap();
    assert_eq!(s.step, Characteristic::Personal);
    assert_eq!(s.focus, Focus::Editor);
    assert_eq!(editor_text(&d), "Els belt liever dan dat ze ma");
    d.type_text("ilt");
    d.keys("enter");
    let texts: Vec<String> = answers(&d).into_iter().map(|a| a.text).collect();
    assert_eq!(
        texts,
        ["Eerste antwoord", "Els belt liever dan dat ze mailt"]
    );
}

#[test]
fn interrupted_interviews_are_listed_on_the_client_and_can_be_continued() {
    let mut d = setup();
    d.keys("i 1");
    d.type_text("Iets");
    d.keys("enter esc esc");
    assert_eq!(d.app.mode(), Mode::Home);
    d.keys("i");
    let Some(Popup::Picker(p)) = &d.app.popup else {
        panic!("picker");
    };
    assert_eq!(p.view.in_progress.len(), 1, "the interview is listed");
    // People keep their numbers: the interrupted interview is last, resumed with `r`.
    assert_eq!(
        p.items.first(),
        Some(&verwacht::app::picker::PickItem::Contact(
            p.view.contacts[0].id
        ))
    );
    d.keys("r");
    let s = d.app.interview().unwrap();
    assert_eq!(s.view.answers.len(), 1);
}

#[test]
fn i_on_a_selected_person_starts_with_them_and_a_search_hit_is_two_keys_from_typing() {
    let mut d = setup();
    d.store
        .write(|tx| {
            tx.insert(Contact::new(
                verwacht::domain::ClientId(1),
                "Piet Jansen",
                "inkoper",
            ))
        })
        .unwrap();
    // The People tab, the second person, `i`: typing, with Piet.
    d.keys("enter 2 j i");
    assert_eq!(d.app.mode(), Mode::Editor);
    assert_eq!(d.app.interview().unwrap().view.contact.name, "Piet Jansen");
    d.type_text("Wil een vaste monteur");
    d.keys("enter esc esc");
    assert_eq!(d.app.mode(), Mode::Home);
    // From a search hit on the person: Enter, then `i` — and the interview left open with him
    // is taken up again rather than a second one begun.
    d.keys("/");
    d.type_text("p: piet");
    d.keys("enter");
    assert!(matches!(d.app.screen, verwacht::app::Screen::Client(_)));
    d.keys("i");
    assert_eq!(d.app.mode(), Mode::Editor);
    let s = d.app.interview().unwrap();
    assert_eq!(s.view.contact.name, "Piet Jansen");
    assert_eq!(s.view.answers.len(), 1, "the same interview");
    let all: Vec<Interview> = d.store.read().unwrap().all().unwrap();
    assert_eq!(all.len(), 1);
}

#[test]
fn a_new_person_is_created_inline() {
    let mut d = setup();
    d.keys("i n");
    d.keys("enter");
    let Some(Popup::Picker(p)) = &d.app.popup else {
        panic!("the form stays open without a name");
    };
    assert!(p.new_contact.as_ref().unwrap().has_errors());
    d.type_text("Piet Jansen");
    d.keys("tab");
    d.type_text("inkoper");
    d.keys("enter");
    let s = d.app.interview().unwrap();
    assert_eq!(s.view.contact.name, "Piet Jansen");
    assert_eq!(s.view.contact.role, "inkoper");
    assert_eq!(d.app.mode(), Mode::Editor);
}

#[test]
fn quitting_mid_sentence_keeps_the_draft_and_the_timer() {
    let mut d = setup();
    d.keys("i 1");
    d.wait(90);
    d.type_text("Half af");
    d.keys("ctrl-c");
    assert!(d.quit);
    let i = interview(&d);
    assert_eq!(i.duration_secs, 90);
    let draft = d.store.read().unwrap().draft(i.id).unwrap().unwrap();
    assert_eq!(draft.text, "Half af");
}

#[test]
fn step_6_lists_a_delighter_delivered_long_ago_and_one_key_reclassifies_it() {
    let mut d = setup();
    let long_ago = common::now() - chrono::Duration::days(200);
    d.store
        .write_as("anna", long_ago, |tx| {
            let mut wow = Expectation::new(verwacht::domain::ClientId(1), "Bestuur bijpraten");
            wow.level = Level::Delighter;
            wow.status = Status::Exceeded;
            tx.insert(wow)
        })
        .unwrap();
    d.keys("i 1 alt-6 esc");
    let s = d.app.interview().unwrap();
    assert_eq!(
        s.items().len(),
        3,
        "two open expectations and the delighter"
    );
    let screen = common::render(&d.app);
    assert!(screen.contains("Bestuur bijpraten"), "{screen}");
    assert!(screen.contains("wow, gehaald sinds"), "{screen}");
    d.keys("j j w");
    assert!(matches!(d.app.popup, Some(Popup::Reclassify(_))));
    d.keys("p");
    let wow = expectation(&d, "Bestuur bijpraten");
    assert_eq!(wow.level, Level::Performance);
    assert_eq!(wow.reviewed, Some(common::today()));
    assert_eq!(
        d.app.interview().unwrap().items().len(),
        2,
        "reviewed: no longer listed"
    );
    d.keys("u");
    let wow = expectation(&d, "Bestuur bijpraten");
    assert_eq!(wow.level, Level::Delighter, "undo");
    assert_eq!(d.app.interview().unwrap().items().len(), 3);
}

#[test]
fn a_deleted_answer_is_announced_and_undo_puts_the_cursor_back_on_it() {
    let mut d = setup();
    d.keys("i 1");
    for text in ["Eerste", "Tweede", "Derde"] {
        d.type_text(text);
        d.keys("enter");
    }
    d.keys("esc j");
    let texts = |d: &Driver| -> Vec<String> { answers(d).into_iter().map(|a| a.text).collect() };
    d.keys("d");
    assert_eq!(texts(&d), ["Eerste", "Derde"]);
    let status = d.app.status.as_ref().unwrap().text.clone();
    assert_eq!(
        status,
        "Antwoord verwijderd — druk op u om dit ongedaan te maken"
    );
    d.keys("u");
    assert_eq!(texts(&d), ["Eerste", "Tweede", "Derde"]);
    let s = d.app.interview().unwrap();
    let verwacht::app::interview::Item::Answer(selected) = s.items()[s.list.selected] else {
        panic!("an answer is selected");
    };
    assert_eq!(selected.text, "Tweede", "the cursor is on what came back");
    // So a second `d` deletes the same answer again, not its neighbour.
    d.keys("d");
    assert_eq!(texts(&d), ["Eerste", "Derde"]);
}

#[test]
fn an_interview_can_be_abandoned_and_an_offer_declined() {
    let mut d = setup();
    // Started by accident: nothing said. X asks, y breaks it off.
    d.keys("i 1 esc X");
    let Some(Popup::Confirm { question, .. }) = &d.app.popup else {
        panic!("asked first");
    };
    assert!(
        question.contains("Er is nog niets vastgelegd"),
        "{question}"
    );
    d.keys("y");
    assert_eq!(d.app.mode(), Mode::Home);
    assert_eq!(interview(&d).status, InterviewStatus::Abandoned);
    let time: Vec<TimeEntry> = d.store.read().unwrap().all().unwrap();
    assert!(time.is_empty(), "no call time for it");
    // Not offered at the next start.
    let mut d = d.restart(Lang::Nl, common::now());
    assert!(d.app.popup.is_none(), "nothing offered: {:?}", d.app.mode());

    // Another, interrupted mid-sentence: offered; `x` says not at every start.
    d.keys("i 1");
    d.type_text("Iets");
    d.keys("enter esc esc");
    let mut d = d.restart(Lang::Nl, common::now());
    assert!(matches!(d.app.popup, Some(Popup::Resume { .. })));
    d.keys("x");
    assert!(d.app.popup.is_none());
    let d = d.restart(Lang::Nl, common::now());
    assert!(d.app.popup.is_none(), "not offered again");
}

#[test]
fn a_draft_in_a_colleagues_or_an_old_interview_is_offered() {
    let d = setup();
    let long_ago = common::now() - chrono::Duration::days(40);
    let (old, theirs) = d
        .store
        .write_as("bram", long_ago, |tx| {
            let old = tx.insert(Interview::new(
                verwacht::domain::ClientId(1),
                verwacht::domain::ContactId(1),
                long_ago,
            ))?;
            let theirs = tx.insert(Interview::new(
                verwacht::domain::ClientId(1),
                verwacht::domain::ContactId(1),
                long_ago,
            ))?;
            Ok::<_, verwacht::store::StoreError>((old, theirs))
        })
        .unwrap();
    let me = d.app.author.clone();
    d.store
        .write(|tx| {
            for (i, text) in [(&old, "In een oud interview"), (&theirs, "Bij een collega")] {
                tx.put_draft(&verwacht::domain::Draft {
                    interview_id: i.id,
                    step: Characteristic::Personal,
                    text: text.into(),
                    editing: None,
                    duration_secs: 0,
                    fields: Default::default(),
                    saved: verwacht::domain::Stamp::new(&me, common::now()),
                })?;
            }
            Ok::<_, verwacht::store::StoreError>(())
        })
        .unwrap();
    let d = d.restart(Lang::Nl, common::now());
    let Some(Popup::Resume { items, .. }) = &d.app.popup else {
        panic!("both are offered");
    };
    let drafts: Vec<&str> = items.iter().filter_map(|i| i.draft.as_deref()).collect();
    assert_eq!(drafts.len(), 2, "{drafts:?}");
}

/// Counts what a reply asks for: writes and loads.
fn count(effects: &[Effect]) -> (usize, usize) {
    let writes = effects
        .iter()
        .filter(|e| matches!(e, Effect::Write(..)))
        .count();
    let loads = effects
        .iter()
        .filter(|e| matches!(e, Effect::Load(_)))
        .count();
    (writes, loads)
}

#[test]
fn a_write_answers_with_its_change_and_needs_no_load() {
    let mut d = setup();
    d.keys("i 1");
    d.type_text("Rapport binnen drie dagen");
    // Enter in the editor: one write, no load; the write answers with the interview's view.
    let effects = d.app.update(Msg::Key(key_event("enter")));
    assert_eq!(count(&effects), (1, 0), "{effects:?}");
    let msgs = runner::perform(&d.store, effects.into_iter().next().unwrap());
    assert!(
        msgs.iter().any(|m| matches!(m, Msg::Interview(_))),
        "{msgs:?}"
    );
    for msg in msgs {
        let more = d.app.update(msg);
        d.perform(more);
    }
    assert_eq!(d.app.interview().unwrap().view.answers.len(), 1);
    // The write answered with the list's change too: when the loop then sees the counter
    // move, the list is as recent as the store and nothing is loaded.
    let seq = d.store.change_seq().unwrap();
    assert_eq!(d.app.data.seq, seq);
    let effects = d.app.update(Msg::ChangeCounter(seq));
    assert!(effects.is_empty(), "{effects:?}");
    // Tab to the next step: the answer typed there is saved first, still without loads.
    d.type_text("Nog een");
    let effects = d.app.update(Msg::Key(key_event("tab")));
    assert_eq!(count(&effects).1, 0, "{effects:?}");
    d.perform(effects);
    assert_eq!(answers(&d).len(), 2);
}

/// The answer's editing keys come from the keymap (help lists them; a user may rebind them);
/// a character bound nowhere is typed.
#[test]
fn the_editors_editing_keys_are_the_keymaps() {
    let mut d = setup();
    d.keys("i 1");
    let text = |d: &Driver| d.app.interview().unwrap().editor.text();
    d.type_text("levering op tijd");
    d.keys("ctrl-w");
    assert_eq!(text(&d), "levering op ");
    d.keys("ctrl-z");
    assert_eq!(text(&d), "levering op tijd", "undo typing");
    d.keys("home");
    d.type_text("Snelle ");
    assert_eq!(text(&d), "Snelle levering op tijd");
    d.keys("alt-f ctrl-k");
    assert_eq!(
        text(&d),
        "Snelle levering ",
        "to the next word, then the rest of the line gone"
    );
    // Help on the editor lists them, in the keymap's group for text.
    let help = verwacht::ui::help::help_lines(&d.app, verwacht::app::Mode::Editor);
    let described: Vec<&str> = help.iter().map(|(_, text)| *text).collect();
    assert!(described.contains(&"typen ongedaan maken"), "{described:?}");
    assert!(
        described.contains(&"tot het eind van de regel wissen"),
        "{described:?}"
    );
}

/// Bram, in a program of his own on the same file, gives the first answer another text.
fn bram_rewrites_the_answer(d: &Driver, text: &str) {
    let mut bram = verwacht::files::open(d.store.path(), Create::Never).unwrap();
    bram.set_author("bram");
    bram.write(|tx| {
        let mut a: Answer = tx.fetch(answers(d)[0].id.0)?;
        a.text = text.into();
        tx.update(a)
    })
    .unwrap();
}

/// A colleague's change is never deleted unseen: deleting an answer someone changed since it
/// was shown deletes nothing, says who changed it, and shows their version.
#[test]
fn deleting_an_answer_a_colleague_changed_meanwhile_deletes_nothing() {
    let mut d = setup();
    d.keys("i 1");
    d.type_text("Rapport binnen drie dagen");
    d.keys("enter esc");
    bram_rewrites_the_answer(&d, "Rapport binnen twee dagen");
    d.keys("d");
    let texts: Vec<String> = answers(&d).into_iter().map(|a| a.text).collect();
    assert_eq!(texts, ["Rapport binnen twee dagen"], "nothing was deleted");
    let status = d.app.status.as_ref().unwrap().text.clone();
    assert!(status.contains("bram"), "{status}");
    let s = d.app.interview().unwrap();
    assert_eq!(
        s.view.answers[0].text, "Rapport binnen twee dagen",
        "their version shows"
    );
    // Now that it is seen, `d` deletes it.
    d.keys("d");
    assert!(answers(&d).is_empty());
}

/// Editing an answer a colleague changed meanwhile never writes over their text unseen: the
/// save is refused with who changed it, the edit stays in the editor, their version shows, and
/// saving again (now over what was seen) stores it.
#[test]
fn an_edit_of_an_answer_a_colleague_changed_meanwhile_is_not_written_over_it() {
    let mut d = setup();
    d.keys("i 1");
    d.type_text("Rapport binnen drie dagen");
    d.keys("enter esc");
    d.keys("e");
    d.type_text(", graag");
    bram_rewrites_the_answer(&d, "Rapport binnen twee dagen");
    d.keys("enter");
    let texts = |d: &Driver| -> Vec<String> { answers(d).into_iter().map(|a| a.text).collect() };
    assert_eq!(texts(&d), ["Rapport binnen twee dagen"], "their text stays");
    let status = d.app.status.as_ref().unwrap().text.clone();
    assert!(status.contains("bram"), "{status}");
    let s = d.app.interview().unwrap();
    assert_eq!(
        s.editor.text(),
        "Rapport binnen drie dagen, graag",
        "my edit is kept"
    );
    assert_eq!(
        s.view.answers[0].text, "Rapport binnen twee dagen",
        "theirs shows"
    );
    d.keys("enter");
    assert_eq!(
        texts(&d),
        ["Rapport binnen drie dagen, graag"],
        "saved over what was seen"
    );
}

/// The step's layout is worked out as the answer is typed, not while drawing: the editor grows
/// with the answer.
#[test]
fn the_editor_grows_as_the_answer_is_typed() {
    let mut d = setup();
    d.keys("i 1");
    let height = |d: &Driver| d.app.interview().unwrap().places.editor.height;
    let empty = height(&d);
    assert!(empty > 0, "worked out when the interview opened");
    for _ in 0..8 {
        d.type_text("Nog een regel van het antwoord");
        d.keys("alt-enter");
    }
    assert!(height(&d) > empty, "{} > {empty}", height(&d));
    let s = d.app.interview().unwrap();
    assert_eq!(s.places.area, d.app.places.interview[2]);
}
