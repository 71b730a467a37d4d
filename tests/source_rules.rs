//! Rules of the code that the compiler's lints do not cover on their own: every `unsafe` block
//! (allowed only where `#[allow(unsafe_code)]` stands, see Cargo.toml's `[lints]`) says why it is
//! sound in a `// SAFETY:` comment just above it.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_unsafe_block_says_why_it_is_sound() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "tests", "benches"] {
        rust_files(&root.join(dir), &mut files);
    }
    let mut missing = Vec::new();
    let mut blocks = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if !code.contains("unsafe {") || code.contains('"') {
                continue;
            }
            blocks += 1;
            let above = &lines[i.saturating_sub(4)..i];
            if !above.iter().chain([line]).any(|l| l.contains("SAFETY:")) {
                missing.push(format!("{}:{}", file.display(), i + 1));
            }
        }
    }
    assert!(blocks > 0, "the scan found the unsafe blocks there are");
    assert!(
        missing.is_empty(),
        "unsafe without a SAFETY note: {missing:?}"
    );
}

/// The code outside `#[cfg(test)]` of a source file: everything before its test module.
fn outside_tests(text: &str) -> &str {
    text.find("#[cfg(test)]").map_or(text, |i| &text[..i])
}

/// The code of a module (a file, or a folder of them) outside its tests, line by line with
/// where it stands (`file:line`), comments left out.
fn code_lines(module: &Path) -> Vec<(String, String)> {
    let mut files = Vec::new();
    if module.is_file() {
        files.push(module.to_path_buf());
    } else {
        rust_files(module, &mut files);
    }
    let mut lines = Vec::new();
    for file in files {
        if file
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("tests"))
        {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for (i, line) in outside_tests(&text).lines().enumerate() {
            let code = line.split("//").next().unwrap_or("").to_string();
            lines.push((format!("{}:{}", file.display(), i + 1), code));
        }
    }
    lines
}

/// The layers below the top floor read no environment, touch no files and read no clock:
/// the session (command line and terminal loop) learns those and passes them down (as
/// messages, or as arguments). The store knows only redb: the files layer (`files`) looks at and
/// creates the database file and its folders, keeps drafts aside, and hands the store the
/// clocks it stamps writes and times retries with.
#[test]
fn the_lower_layers_read_no_environment_files_or_clock() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let environment = ["std::env", "env::var", "var_os(", "directories::"];
    let files_and_clock = [
        "std::fs",
        "fs::",
        "Utc::now",
        "Local::now",
        "SystemTime::now",
        "Instant::now",
        ".elapsed()",
    ];
    let everything: Vec<&str> = environment
        .iter()
        .chain(&files_and_clock)
        .copied()
        .collect();
    let mut found = Vec::new();
    let layers: [(&str, &[&str]); 8] = [
        ("app", &everything),
        ("ui", &everything),
        ("domain", &everything),
        ("search", &everything),
        ("import", &everything),
        ("i18n", &everything),
        ("sanitize.rs", &everything),
        ("store", &everything),
    ];
    for (layer, forbidden) in layers {
        let lines = code_lines(&root.join(layer));
        assert!(!lines.is_empty(), "{layer} has sources");
        for (at, code) in lines {
            if let Some(word) = forbidden.iter().find(|w| code.contains(*w)) {
                found.push(format!("{at}: {word}"));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

/// The top floor's two ways in never import each other: `main` hands the session to one.
#[test]
fn the_command_line_and_the_program_do_not_import_each_other() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    for (dir, other) in [("cli", "crate::tui"), ("tui", "crate::cli")] {
        let mut files = Vec::new();
        rust_files(&root.join(dir), &mut files);
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            if text.contains(other) {
                found.push(file.display().to_string());
            }
        }
    }
    assert!(found.is_empty(), "{found:?}");
}

/// No import runs upward: each module uses only the layers below it (and its own), outside its
/// tests. The order is the one `src/lib.rs` describes.
#[test]
fn no_import_runs_upward() {
    let rank = |m: &str| -> Option<u8> {
        Some(match m {
            "domain" | "search" | "sanitize" => 0,
            "store" => 1,
            "import" | "backup" => 2,
            "i18n" => 3,
            "app" => 4,
            "ui" => 5,
            "runner" | "files" => 6,
            "session" | "config" | "demo" => 7,
            "cli" | "tui" => 8,
            _ => return None,
        })
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&root).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let Some(own) = rank(&name) else { continue };
        for (at, code) in code_lines(&path) {
            for (i, _) in code.match_indices("crate::") {
                let used: String = code[i + 7..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if used != name && rank(&used).is_some_and(|r| r > own) {
                    found.push(format!("{at}: {used}"));
                }
            }
        }
    }
    assert!(found.is_empty(), "imports that run upward: {found:#?}");
}
