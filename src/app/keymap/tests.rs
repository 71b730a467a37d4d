use super::*;

fn key(text: &str) -> KeyChord {
    KeyChord::parse(text).unwrap()
}

#[test]
fn the_embedded_default_parses_completely() {
    let file: DefaultFile = toml::from_str(DEFAULT).unwrap();
    let (map, problems) = Keymap::from_file(&file);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(map.action(Mode::Home, &key("j")), Some(Action::Down));
    assert_eq!(map.action(Mode::Home, &key("ctrl-c")), Some(Action::Quit));
    for mode in Mode::ALL {
        assert!(
            file.contains_key(&mode),
            "{mode:?} has no keys in default.toml"
        );
    }
}

#[test]
fn each_screen_binds_an_action_once_and_a_key_once() {
    let file: DefaultFile = toml::from_str(DEFAULT).unwrap();
    for (mode, groups) in &file {
        let mut actions = HashSet::new();
        let mut keys = HashSet::new();
        let mut headings = HashSet::new();
        for group in groups {
            assert!(
                headings.insert(group.group),
                "{mode:?}: {:?} twice",
                group.group
            );
            for entry in &group.keys {
                assert!(actions.insert(entry.run), "{mode:?}: {:?} twice", entry.run);
                for k in entry.on.keys() {
                    assert!(keys.insert(key(k)), "{mode:?}: {k} twice");
                }
            }
        }
    }
}

#[test]
fn config_names_of_the_screens_are_their_names_in_messages() {
    // The config problems name a screen as the config file does, `[keys.<mode>]`.
    for mode in Mode::ALL {
        let name = mode.name().to_string();
        let read: Mode = toml::Value::String(name.clone()).try_into().unwrap();
        assert_eq!(read, mode, "{name}");
    }
}

#[test]
fn user_bindings_replace_defaults() {
    let mut map = Keymap::default_map();
    let user: Bindings = toml::from_str("[home]\nj = \"up\"\n\"ctrl-x\" = \"quit\"").unwrap();
    // Taking `j` from `down` is reported; a free key is not.
    assert_eq!(map.merge(&user).len(), 1);
    assert_eq!(map.action(Mode::Home, &key("j")), Some(Action::Up));
    assert_eq!(map.action(Mode::Home, &key("ctrl-x")), Some(Action::Quit));
    let taken: Bindings = toml::from_str("[home]\nk = \"quit\"").unwrap();
    assert_eq!(
        map.merge(&taken),
        vec![KeymapProblem::Conflict {
            mode: Mode::Home,
            key: "k".into(),
            was: Action::Up,
            now: Action::Quit,
        }]
    );
    let bad: Bindings = toml::from_str("[home]\n\"hyper-q\" = \"quit\"").unwrap();
    assert_eq!(
        map.merge(&bad),
        vec![KeymapProblem::BadKey {
            mode: Mode::Home,
            key: "hyper-q".into()
        }]
    );
}

#[test]
fn a_user_key_joins_its_actions_binding_or_the_added_group() {
    let mut map = Keymap::default_map();
    let user: Bindings = toml::from_str(
        "[home]\nx = \"quit\"\n\"ctrl-k\" = \"tab_people\"\n[input]\n\"ctrl-k\" = \"clear_input\"",
    )
    .unwrap();
    assert!(map.merge(&user).is_empty());
    let shown = map.shown(Mode::Home);
    let quit = shown.iter().find(|b| b.action == Action::Quit).unwrap();
    assert_eq!(quit.group, Group::Do);
    assert_eq!(quit.keys, [key("q"), key("x"), key("ctrl-c")]);
    assert_eq!(
        shown.last().map(|b| (b.group, b.action)),
        Some((Group::Added, Action::TabPeople))
    );
    let input = [Mode::Form, Mode::Input, Mode::Global];
    assert_eq!(
        map.action_in(&input, &key("ctrl-k")),
        Some(Action::ClearInput)
    );
}

#[test]
fn a_screens_own_key_hides_the_same_global_key() {
    let mut map = Keymap::default_map();
    let user: Bindings = toml::from_str("[home]\nf1 = \"chart\"").unwrap();
    assert!(map.merge(&user).is_empty());
    let help = map.keys_for(Mode::Home, Action::Help);
    assert_eq!(help, [key("?")], "F1 no longer opens the help here");
    assert_eq!(
        map.keys_for(Mode::Home, Action::Chart),
        [key("p"), key("f1")]
    );
}

#[test]
fn typed_letters_are_bound_nowhere_a_text_is_typed() {
    let map = Keymap::default_map();
    for mode in [
        Mode::Form,
        Mode::Search,
        Mode::Palette,
        Mode::Filter,
        Mode::Tags,
        Mode::Input,
    ] {
        for c in ('a'..='z')
            .chain('A'..='Z')
            .chain('0'..='9')
            .chain("#-?/:".chars())
        {
            let chain = [mode, Mode::Input, Mode::Global];
            assert_eq!(
                map.action_in(&chain, &key(&c.to_string())),
                None,
                "{mode:?} {c}"
            );
        }
    }
}
