//! The queries the search benchmarks type (`pty`, case `search`) and run in the shell
//! (`shell`): ones that hit, from the team fixture's texts (src/demo/team/words.rs), and one
//! that does not.

/// (what it stands for, the query)
pub const QUERIES: [(&str, &str); 5] = [
    // A topic and a tag: in 26,808 lines of the 1× fixture's text.
    ("common word", "levertijd"),
    ("one letter", "w"),
    // A made-up place in a few clients' names, and so in their people's addresses and in
    // where their answers and expectations are: about 230 lines of the 1× fixture's text.
    ("rare word", "vlierstein"),
    // The phrase or all three words in one text, as verwacht takes them; `rg -i` looks for
    // the phrase only (in no line of the fixture's text), `fzf` for each word, fuzzily.
    ("three words", "planning op tijd"),
    // In no text of the fixture.
    ("no hit", "monteur"),
];
