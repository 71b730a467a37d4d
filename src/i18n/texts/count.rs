crate::texts!(
    /// Counted nouns, singular and plural: "1 klant", "25 klanten".
    CountText {
        ClientOne => "1 klant", "1 client";
        ClientMany => "{0} klanten", "{0} clients";
        ContactOne => "1 contactpersoon", "1 contact";
        ContactMany => "{0} contactpersonen", "{0} contacts";
        ExpectationOne => "1 verwachting", "1 expectation";
        ExpectationMany => "{0} verwachtingen", "{0} expectations";
        AnswerOne => "1 antwoord", "1 answer";
        AnswerMany => "{0} antwoorden", "{0} answers";
        DayOne => "1 dag", "1 day";
        DayMany => "{0} dagen", "{0} days";
        ProblemOne => "1 probleem", "1 problem";
        ProblemMany => "{0} problemen", "{0} problems";
        DraftOne => "1 concept", "1 draft";
        DraftMany => "{0} concepten", "{0} drafts";
    }
);

/// A noun that is counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Noun {
    Client,
    Contact,
    Expectation,
    Answer,
    Day,
    Problem,
    Draft,
}

/// `n` of `noun`, singular for one: "1 klant", "25 klanten", "0 klanten".
pub fn count(n: impl Into<u64>, noun: Noun, lang: super::super::Lang) -> String {
    use super::super::Localized;
    let n = n.into();
    let (one, many) = match noun {
        Noun::Client => (CountText::ClientOne, CountText::ClientMany),
        Noun::Contact => (CountText::ContactOne, CountText::ContactMany),
        Noun::Expectation => (CountText::ExpectationOne, CountText::ExpectationMany),
        Noun::Answer => (CountText::AnswerOne, CountText::AnswerMany),
        Noun::Day => (CountText::DayOne, CountText::DayMany),
        Noun::Problem => (CountText::ProblemOne, CountText::ProblemMany),
        Noun::Draft => (CountText::DraftOne, CountText::DraftMany),
    };
    if n == 1 {
        one.get(lang).to_string()
    } else {
        many.fill(lang, &[&super::super::fmt_count(n, lang)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn one_is_singular() {
        assert_eq!(count(1u32, Noun::Client, Lang::Nl), "1 klant");
        assert_eq!(count(0u32, Noun::Client, Lang::Nl), "0 klanten");
        assert_eq!(count(25u32, Noun::Client, Lang::En), "25 clients");
        assert_eq!(count(1u32, Noun::Day, Lang::En), "1 day");
        assert_eq!(count(10_000u32, Noun::Client, Lang::Nl), "10.000 klanten");
    }
}
