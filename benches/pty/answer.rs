//! A long answer to paste: Dutch-ish sentences in lines of about 80 characters, paragraphs
//! between blank lines, the same text on every run. It ends in a word found nowhere else, so
//! the screen shows when all of it arrived.

/// The last word of the answer; the editor shows it once the paste is in.
pub const END: &str = "EINDEPLAK";

/// The words the sentences are made of.
const WORDS: &str = "\
de het een klant verwacht dat monteur altijd op tijd komt en niet belt voordat hij \
vertrekt factuur moet elke maand kloppen zonder correcties achteraf planning wordt vaak \
te laat gedeeld met afdeling inkoop wil graag vooraf weten wie er langskomt storingen \
dezelfde dag opgelost contactpersoon vindt persoonlijk contact belangrijk vorige \
leverancier deed dit beter volgens directeur rapportage per kwartaal overzichtelijk \
duidelijk afspraken worden nagekomen onderhoud gebeurt buiten kantooruren reactietijd \
binnen vier uur na melding zij gaat ervan uit ook bij spoed iemand bereikbaar is \
tevreden over service maar prijs blijft punt van zorg";

/// A small fixed-seed generator: the same text each run, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// About `bytes` bytes of answer, lines broken with `\r` as a terminal sends a pasted line
/// break, ending in [`END`].
pub fn long_answer(bytes: usize) -> String {
    let words: Vec<&str> = WORDS.split_whitespace().collect();
    let mut rng = Rng(0x5eed_cafe_f00d_1234);
    let mut out = String::with_capacity(bytes + 128);
    let mut line = String::new();
    let mut sentence_start = true;
    let mut lines_in_paragraph = 0;
    while out.len() < bytes {
        let word = words[rng.below(words.len())];
        if !line.is_empty() {
            line.push(' ');
        }
        if sentence_start {
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                line.extend(first.to_uppercase());
                line.push_str(chars.as_str());
            }
        } else {
            line.push_str(word);
        }
        sentence_start = rng.below(9) == 0;
        if sentence_start {
            line.push(if rng.below(6) == 0 { ',' } else { '.' });
            sentence_start = line.ends_with('.');
        }
        if line.len() >= 72 + rng.below(9) {
            out.push_str(&line);
            out.push('\r');
            line.clear();
            lines_in_paragraph += 1;
            if lines_in_paragraph >= 3 + rng.below(8) {
                out.push('\r');
                lines_in_paragraph = 0;
            }
        }
    }
    out.push_str(&line);
    if !line.is_empty() {
        out.push('\r');
    }
    out.push_str("Tot slot: ");
    out.push_str(END);
    out
}
