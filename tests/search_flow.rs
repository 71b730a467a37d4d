//! Search from any screen, driven through keys against a real file, and `verwacht search`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod common;

use std::process::Command;

use common::driver::Driver;
use verwacht::app::client::Tab;
use verwacht::app::{Mode, Popup, Screen};
use verwacht::domain::{
    Answer, Cents, Characteristic, Client, Contact, Expectation, Interview, InterviewId,
};
use verwacht::files::Create;
use verwacht::i18n::Lang;
use verwacht::store::StoreError;

fn setup() -> Driver {
    let dir = tempfile::tempdir().unwrap();
    let store = verwacht::files::open(&dir.path().join("v.redb"), Create::Private).unwrap();
    store
        .write(|tx| {
            let linde = tx.insert(Client::new(
                "Woonstichting De Linde",
                Cents::from_euros(500_000),
            ))?;
            let dam = tx.insert(Client::new("Bakkerij Van Dam", Cents::from_euros(100_000)))?;
            tx.insert(Contact::new(linde.id, "Els de Vries", "directeur"))?;
            let piet = tx.insert(Contact::new(dam.id, "Piet van Dam", "eigenaar"))?;
            tx.insert(Expectation::new(dam.id, "Brood voor zeven uur geleverd"))?;
            let i = tx.insert(Interview::new(dam.id, piet.id, chrono::Utc::now()))?;
            tx.insert(Answer::new(
                &i,
                Characteristic::Dependent,
                "Bij de vorige leverancier kwam het brood altijd te laat #eerdere-ervaring",
            ))?;
            Ok::<_, StoreError>(())
        })
        .unwrap();
    let mut d = Driver::start(store, dir, Lang::En, common::now());
    // The interview above is still in progress: it is offered first. Later.
    assert!(matches!(d.app.popup, Some(Popup::Resume { .. })));
    d.keys("esc");
    d
}

/// `verwacht search WORDS` on the file `db`, in English.
fn search_in_the_shell(db: &std::path::Path, words: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_verwacht"))
        .args(["--lang", "en", "--db"])
        .arg(db)
        .arg("search")
        .args(words)
        .output()
        .unwrap()
}

fn search(d: &mut Driver, text: &str) {
    d.keys("/");
    d.type_text(text);
}

#[test]
fn esc_returns_exactly_where_the_user_was() {
    let mut d = setup();
    d.keys("j");
    search(&mut d, "els");
    assert!(matches!(d.app.popup, Some(Popup::Search(_))));
    d.keys("esc");
    assert!(d.app.popup.is_none());
    assert_eq!(d.app.mode(), Mode::Home);
    assert_eq!(d.app.home.selected, 1, "the selection is where it was");
}

#[test]
fn a_person_opens_on_the_people_tab_with_the_row_selected() {
    let mut d = setup();
    search(&mut d, "piet");
    d.keys("enter");
    let Screen::Client(state) = &d.app.screen else {
        panic!("the client screen opens");
    };
    assert_eq!(state.tab, Tab::People);
    let view = state.view().unwrap();
    assert_eq!(view.contacts[state.list().selected].name, "Piet van Dam");
}

#[test]
fn an_answer_opens_its_interview_at_its_step() {
    let mut d = setup();
    search(&mut d, "a: leverancier");
    let Some(Popup::Search(state)) = &d.app.popup else {
        panic!("search");
    };
    assert_eq!(state.texts.len(), 1, "long texts are matched too");
    assert!(
        state.texts[0]
            .snippet
            .as_ref()
            .unwrap()
            .contains("leverancier")
    );
    d.keys("enter");
    let s = d.app.interview().expect("the interview opens");
    assert_eq!(s.view.interview.id, InterviewId(1));
    assert_eq!(s.step, Characteristic::Dependent);
}

#[test]
fn a_tag_lists_everything_with_it() {
    let mut d = setup();
    search(&mut d, "#eerdere");
    d.keys("enter");
    let Some(Popup::Search(state)) = &d.app.popup else {
        panic!("still searching");
    };
    assert_eq!(state.input.text(), "#eerdere-ervaring ");
    assert_eq!(state.texts.len(), 1);
}

#[test]
fn search_prints_plain_results_for_scripts() {
    let d = setup();
    let db = d.store.path().to_path_buf();
    drop(d.store);
    let out = Command::new(env!("CARGO_BIN_EXE_verwacht"))
        .args(["--lang", "en", "--db"])
        .arg(&db)
        .args(["search", "dam"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let first = text.lines().next().unwrap();
    assert_eq!(first, "Clients\tBakkerij Van Dam\t\t");
    assert!(text.contains("People\tPiet van Dam\teigenaar · Bakkerij Van Dam\t"));
    let none = Command::new(env!("CARGO_BIN_EXE_verwacht"))
        .args(["--lang", "en", "--db"])
        .arg(&db)
        .args(["search", "xyzzy"])
        .output()
        .unwrap();
    assert_eq!(none.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&none.stderr).contains("nothing found"));
}

#[test]
fn a_completed_interview_opened_from_search_is_shown_not_changed() {
    let mut d = setup();
    // Finish the interview first: it is no longer in progress.
    let mut done: Interview = verwacht::store::Queries::fetch(&d.store.read().unwrap(), 1).unwrap();
    done.status = verwacht::domain::InterviewStatus::Completed;
    d.store.write(|tx| tx.update(done)).unwrap();
    let before: Interview = verwacht::store::Queries::fetch(&d.store.read().unwrap(), 1).unwrap();
    search(&mut d, "a: leverancier");
    d.keys("enter");
    let s = d.app.interview().expect("the interview opens");
    assert_eq!(s.step, Characteristic::Dependent, "at the answer's step");
    let status = d.app.status.as_ref().unwrap().text.clone();
    assert!(status.starts_with("Completed interview of "), "{status}");
    assert!(!status.contains("resumed"), "{status}");
    // Moving through its steps and leaving it changes nothing stored.
    d.keys("esc tab tab q");
    assert_eq!(d.app.mode(), Mode::Home);
    let after: Interview = verwacht::store::Queries::fetch(&d.store.read().unwrap(), 1).unwrap();
    assert_eq!(after, before);
}

#[test]
fn a_long_result_keeps_its_match_and_its_client_in_view_at_80_columns() {
    let mut d = setup();
    d.send(verwacht::app::Msg::Resize(80, 24));
    search(&mut d, "te laat");
    let screen = common::render(&d.app);
    let line = screen
        .lines()
        .find(|l| l.contains("te laat") && !l.contains("/ te laat"))
        .unwrap_or_else(|| panic!("the answer is listed:\n{screen}"));
    assert!(line.contains("…"), "the cut is marked: {line}");
    assert!(line.contains("altijd te laat"), "{line}");
    assert!(line.contains("— Piet van Dam · Bakk"), "{line}");
}

/// A file from before the search index (schema 3) gets one when it is first opened, with a
/// line on stderr saying why the wait; its answers are found at once.
#[test]
fn a_file_from_before_the_search_index_is_brought_up_to_date_with_a_notice() {
    use redb::ReadableDatabase as _;
    let d = setup();
    let db = d.store.path().to_path_buf();
    drop(d.store);
    {
        let raw = redb::Database::create(&db).unwrap();
        let txn = raw.begin_write().unwrap();
        for name in ["text_words", "names", "tags"] {
            txn.delete_table(redb::TableDefinition::<&str, u64>::new(name))
                .unwrap();
        }
        txn.delete_table(redb::TableDefinition::<(&str, u8, u32, u64), ()>::new(
            "text_postings",
        ))
        .unwrap();
        txn.open_table(redb::TableDefinition::<&str, u64>::new("meta"))
            .unwrap()
            .insert("schema_version", 3)
            .unwrap();
        txn.commit().unwrap();
        let read = raw.begin_read().unwrap();
        assert!(
            read.open_table(redb::TableDefinition::<&str, u64>::new("text_words"))
                .is_err(),
            "the index is gone"
        );
    }
    let search = |words: &[&str]| search_in_the_shell(&db, words);
    let out = search(&["leverancier"]);
    assert!(out.status.success(), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("brought up to date"), "{err}");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("Answers\t\tPiet van Dam · Bakkerij Van Dam\t"),
        "{text}"
    );
    assert!(text.contains("leverancier"), "{text}");
    let again = search(&["leverancier"]);
    assert!(
        again.stderr.is_empty(),
        "once: {}",
        String::from_utf8_lossy(&again.stderr)
    );
}

#[test]
fn the_window_says_how_many_results_there_are_beyond_those_shown() {
    // Forty bakeries, and an answer that mentions bakeries: more than fit in the list.
    let clients: Vec<Client> = (1..=40)
        .map(|n| Client::new(format!("Bakkerij {n}"), Cents::from_euros(1_000)))
        .collect();
    for (lang, shown, few) in [
        (Lang::En, "30 of 40 shown", "5 found"),
        (Lang::Nl, "30 van 40 getoond", "5 gevonden"),
    ] {
        let mut d = common::driver_with(lang, clients.clone(), 100, 30);
        search(&mut d, "bakkerij");
        let screen = common::render(&d.app);
        assert!(screen.contains(shown), "{screen}");
        let Some(Popup::Search(state)) = &d.app.popup else {
            panic!("the search window is open");
        };
        assert_eq!(state.names.len(), 30);
        // Fewer than fit: the count is what is listed.
        d.keys("esc");
        search(&mut d, "bakkerij 4");
        let screen = common::render(&d.app);
        assert!(screen.contains(few), "{screen}");
    }
}

/// `verwacht search` reads the file read-only: it leaves it byte for byte as it was. An index
/// of long texts found out of step is built anew all the same, the file opened for writing
/// for that.
#[test]
fn search_in_the_shell_writes_nothing_but_an_index_built_anew() {
    use redb::ReadableTable as _;
    let d = setup();
    let db = d.store.path().to_path_buf();
    drop(d.store);
    let search = |words: &[&str]| search_in_the_shell(&db, words);
    let before = std::fs::read(&db).unwrap();
    for words in [&["dam"][..], &["leverancier"], &["xyzzy"]] {
        let out = search(words);
        assert!(out.status.code() != Some(101), "{out:?}");
        assert!(
            std::fs::read(&db).unwrap() == before,
            "{words:?}: written to"
        );
    }
    // A word of the index that points at an answer that is not there.
    {
        let raw = redb::Database::create(&db).unwrap();
        let txn = raw.begin_write().unwrap();
        {
            let def = redb::TableDefinition::<(&str, u8, u32, u64), ()>::new("text_postings");
            let mut postings = txn.open_table(def).unwrap();
            let (kind, at) = postings
                .iter()
                .unwrap()
                .find_map(|e| {
                    let (key, _) = e.unwrap();
                    let (w, kind, at, _) = key.value();
                    (w == "leverancier").then_some((kind, at))
                })
                .unwrap();
            postings.insert(("leverancier", kind, at, 999), ()).unwrap();
        }
        txn.commit().unwrap();
    }
    let out = search(&["leverancier"]);
    assert!(out.status.success(), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("built anew"), "{err}");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("Answers\t\tPiet van Dam"), "{text}");
    let again = search(&["leverancier"]);
    assert!(
        again.status.success() && again.stderr.is_empty(),
        "{again:?}"
    );
}
