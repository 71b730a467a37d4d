//! The interview guide: for each of the seven characteristics, what it means, what to ask the
//! client and what to listen for, in Dutch and English; and which built-in tags fit each step.
//!
//! The Dutch addresses the client with "je", not "u". Dutch B2B phone calls between an account
//! manager and a regular contact are mostly on first-name terms, the rest of the program says
//! "je" to its user, and one form throughout reads calmer than a mix. The questions are prompts,
//! not a script: a user who says "u" to a tenant or a board member will adapt them on the fly.
//! The tests hold the Dutch to "je".
//!
//! The English is written for the English-speaking user, not translated line by line.

use crate::domain::Characteristic;
use crate::domain::tags::BUILTIN;
use crate::i18n::{Lang, label};

/// What the interviewer sees for one step of the interview.
pub struct StepGuide {
    /// The characteristic's name, short (fits ~28 columns), e.g. "Altijd aanwezig".
    pub name: &'static str,
    /// What it means, in one sentence (≤ 140 characters).
    pub meaning: &'static str,
    /// 2–4 questions to ask the client, each ≤ 90 characters, phrased as you would say them on
    /// the phone.
    pub questions: &'static [&'static str],
    /// What to listen for, one sentence (≤ 140 characters).
    pub listen_for: &'static str,
}

/// The texts of one step in one language; the name comes from [`label`], so the guide and the
/// rest of the program always call a step the same.
struct Texts {
    meaning: &'static str,
    questions: &'static [&'static str],
    listen_for: &'static str,
}

/// The guide for one step, in the user's language.
pub fn guide(step: Characteristic, lang: Lang) -> StepGuide {
    let texts = match lang {
        Lang::Nl => dutch(step),
        Lang::En => english(step),
    };
    StepGuide {
        name: label(step, lang),
        meaning: texts.meaning,
        questions: texts.questions,
        listen_for: texts.listen_for,
    }
}

fn dutch(step: Characteristic) -> Texts {
    match step {
        Characteristic::AlwaysPresent => Texts {
            meaning: "Een klant heeft altijd verwachtingen, ook als niemand ernaar vraagt; \
                      veel zijn zo vanzelfsprekend dat ze nooit hardop worden gezegd.",
            questions: &[
                "Wat vind je zo vanzelfsprekend dat je het ons nog nooit hebt hoeven vragen?",
                "Waar zou je je meteen aan ergeren als het morgen ineens niet meer goed ging?",
                "Wat zou je een nieuwe collega vertellen over wat die van ons mag verwachten?",
                "Waar let je bij ons op, zonder dat je het ooit hebt gezegd?",
            ],
            listen_for: "Woorden als 'natuurlijk', 'gewoon' en 'dat spreekt voor zich': \
                         daarachter zit een verwachting die nog niemand heeft uitgesproken.",
        },
        Characteristic::AboutTheFuture => Texts {
            meaning: "Een verwachting gaat over wat nog komt, niet over wat al gebeurd is; ze kan \
                      dus nog worden waargemaakt.",
            questions: &[
                "Stel dat we een jaar verder zijn: wanneer zeg je dan 'dat is goed gegaan'?",
                "Wat moet er de komende maanden gebeuren zodat jij tevreden bent?",
                "Per wanneer moet dat geregeld zijn, en waarom juist dan?",
                "Wat komt er bij jullie aan waar wij nu al rekening mee moeten houden?",
            ],
            listen_for: "Een termijn: een datum, een kwartaal of een gebeurtenis; hoor je er geen, \
                         vraag dan door tot je weet per wanneer het waar moet zijn.",
        },
        Characteristic::Personal => Texts {
            meaning: "Een verwachting zit in het hoofd van één persoon, soms scherp omlijnd, \
                      soms vaag; 'de klant' bestaat niet.",
            questions: &[
                "Wat verwacht jij persoonlijk, los van wat er in het contract staat?",
                "Wie bepaalt er bij jullie nog meer of dit goed is gegaan?",
                "Waar word jij zelf op afgerekend, en hoe kunnen wij je daarbij helpen?",
                "Wat vinden jouw collega's die dagelijks met ons werken het belangrijkst?",
            ],
            listen_for: "Hoor je 'wij', 'men' of 'de directie', vraag dan wie precies, en noteer \
                         van wie de verwachting is en welke rol die persoon heeft.",
        },
        Characteristic::Dependent => Texts {
            meaning: "Een verwachting komt ergens vandaan: een belofte die is gedaan, eerdere ervaringen \
                      (ook elders), verhalen van anderen of een eigen behoefte.",
            questions: &[
                "Wat hebben we je bij de start toegezegd, en wat is je daarvan bijgebleven?",
                "Welke leverancier, ook buiten onze branche, doet dit volgens jou echt goed?",
                "Wat heb je van anderen gehoord over ons, of over bedrijven zoals wij?",
                "Wat heb je zelf nodig om je werk goed te kunnen doen?",
            ],
            listen_for: "De bron: een belofte van ons, een ervaring elders (ook in een andere \
                         branche), een verhaal van een ander of een eigen behoefte.",
        },
        Characteristic::EmotionalOrRational => Texts {
            meaning: "Rationele verwachtingen gaan over product of dienst, emotionele over de relatie \
                      en samenwerking; op die laatste maak je het verschil.",
            questions: &[
                "Wat moet onze dienstverlening in elk geval opleveren, in harde resultaten?",
                "Denk aan een leverancier met wie het echt klikt: wat doen zij anders?",
                "Wanneer heb je je door ons echt geholpen gevoeld, en wanneer juist niet?",
                "Hoe wil je dat het samenwerken met ons voelt?",
            ],
            listen_for: "Het onderscheid tussen functioneel (tijd, kwaliteit, prijs) en relationeel \
                         (aandacht, vertrouwen, meedenken); met het laatste val je op.",
        },
        Characteristic::TheyChange => Texts {
            meaning: "Economische, sociale en technische ontwikkelingen verschuiven \
                      verwachtingen: wat vandaag verrast, is morgen vanzelfsprekend.",
            questions: &[
                "Wat is er het afgelopen jaar bij jullie veranderd, en wat betekent dat voor ons?",
                "Wat vond je vroeger bijzonder aan ons, en vind je nu heel gewoon?",
                "Wat zie je elders gebeuren dat je straks ook van ons verwacht?",
                "Welke van je eerdere wensen zijn nu minder belangrijk, of juist belangrijker?",
            ],
            listen_for: "Wat ooit extra was en nu vanzelfsprekend is; loop de open verwachtingen \
                         na: klopt het nog, moet het anders, of vervalt het?",
        },
        Characteristic::Yardstick => Texts {
            meaning: "De klant legt zijn ervaring naast zijn verwachting; maak die verwachting dus \
                      meetbaar: waar staan we nu, waar moet het heen, per wanneer?",
            questions: &[
                "Waaraan merk je in de praktijk dat we het goed doen?",
                "Waar staat het nu, en waar moet het naartoe?",
                "Per wanneer wil je dat bereikt hebben?",
                "Welk rapportcijfer geef je ons nu, en wat is er nodig voor een punt meer?",
            ],
            listen_for: "Een getal met een eenheid en een datum, zoals 'rapportages in 3 dagen \
                         in plaats van 10, vanaf Q2'; 'sneller' alleen is geen maatstaf.",
        },
    }
}

fn english(step: Characteristic) -> Texts {
    match step {
        Characteristic::AlwaysPresent => Texts {
            meaning: "A client always has expectations, asked or not; many are so taken for \
                      granted that nobody ever says them out loud.",
            questions: &[
                "What do you simply take for granted from us, without ever having to ask?",
                "What would annoy you straight away if it suddenly stopped working tomorrow?",
                "If a new colleague started working with us, what would you tell them to expect?",
                "What do you keep an eye on with us that you've never actually mentioned?",
            ],
            listen_for: "Words like 'of course', 'obviously' and 'just': behind them sits an \
                         expectation nobody has put into words yet.",
        },
        Characteristic::AboutTheFuture => Texts {
            meaning: "An expectation looks ahead, not back: it is no verdict on what happened, \
                      so there is still time to meet it.",
            questions: &[
                "A year from now, what would make you say this went really well?",
                "What needs to happen over the next few months for you to be happy with us?",
                "By when does that need to be in place, and what makes that date matter?",
                "What's coming up on your side that we should already be preparing for?",
            ],
            listen_for: "A horizon: a date, a quarter or an event; if you don't hear one, keep \
                         asking until you know by when it has to be true.",
        },
        Characteristic::Personal => Texts {
            meaning: "An expectation lives in one person's head, sometimes sharp, sometimes \
                      vague; there is no such thing as 'the client'.",
            questions: &[
                "What do you personally expect, apart from what's in the contract?",
                "Who else in your organisation has a say in whether this went well?",
                "What are you measured on yourself, and how can we help you with that?",
                "What matters most to the people on your side who deal with us every day?",
            ],
            listen_for: "When you hear 'we', 'they' or 'management', ask who exactly, and note \
                         whose expectation it is and what role they have.",
        },
        Characteristic::Dependent => Texts {
            meaning: "Expectations come from somewhere: a promise that was made, earlier \
                      experiences (elsewhere too), what others say, or a personal need.",
            questions: &[
                "What were you told to expect when we started, and what stuck with you?",
                "Which supplier, in any industry, really gets this right in your eyes?",
                "What have you heard from others about us, or about firms like ours?",
                "What do you need yourself to do your job well?",
            ],
            listen_for: "The source: a promise of ours, an experience elsewhere (even in another \
                         industry), someone else's story, or a need of their own.",
        },
        Characteristic::EmotionalOrRational => Texts {
            meaning: "Rational expectations are about the product or service, emotional ones \
                      about the relationship; the emotional ones are where you stand out.",
            questions: &[
                "In hard results, what must our service deliver at the very least?",
                "Think of a supplier you really click with: what do they do differently?",
                "When did you feel we really had your back, and when didn't you?",
                "What should working with us feel like for you?",
            ],
            listen_for: "The line between the functional (time, quality, price) and the \
                         relational (attention, trust, proactive help); the latter is where you shine.",
        },
        Characteristic::TheyChange => Texts {
            meaning: "Economic, social and technical developments move expectations: what \
                      impresses today is taken for granted tomorrow.",
            questions: &[
                "What has changed on your side this past year, and what does it mean for us?",
                "What used to impress you about us that now just feels normal?",
                "What are you seeing elsewhere that you'll soon expect from us too?",
                "Of the things you asked for before, what matters less now, or more?",
            ],
            listen_for: "What was once a bonus and is now assumed; go through the open \
                         expectations: is it still right, does it need updating, or can it go?",
        },
        Characteristic::Yardstick => Texts {
            meaning: "Clients judge by setting experience against expectation, so make the \
                      expectation measurable: where are we now, where should it be, by when?",
            questions: &[
                "How would you notice, day to day, that we're doing well?",
                "Where does it stand today, and where does it need to get to?",
                "By when do you want to be there?",
                "Out of ten, what would you give us now, and what would earn us one more point?",
            ],
            listen_for: "A number, a unit and a date, like 'reports in 3 days instead of 10, \
                         from Q2'; 'faster' on its own is not a yardstick.",
        },
    }
}

/// The built-in tags that fit a step, as English keys of [`BUILTIN`], in the order to offer
/// them.
///
/// The value levels (`basic`, `performance`, `delighter`) are offered at three steps, because
/// each is a natural moment to decide or revise them: at step 5, where the client says what
/// the expectation is about and so how much it weighs (a missing basic angers, a delighter is
/// where you stand out, much as with emotional expectations); at step 6, because delighters
/// decay into basics, so revisiting an expectation means revisiting its level; and at step 7,
/// because the level says how to read the yardstick (a basic only has to be met, for a
/// performance expectation more is better, a delighter is meant to be exceeded).
/// A complaint belongs with step 6: it marks an expectation that was missed or has moved, and
/// gives a second chance to meet it.
/// Steps 2 and 3 have no built-in tag: their answers are a date and a person, which the
/// interview records in fields of their own.
pub fn step_tags(step: Characteristic) -> &'static [&'static str] {
    match step {
        Characteristic::AlwaysPresent => &["unspoken"],
        Characteristic::AboutTheFuture | Characteristic::Personal => &[],
        Characteristic::Dependent => &[
            "promise",
            "earlier-experience",
            "word-of-mouth",
            "personal-need",
        ],
        Characteristic::EmotionalOrRational => {
            &["rational", "emotional", "basic", "performance", "delighter"]
        }
        Characteristic::TheyChange => &["basic", "performance", "delighter", "complaint"],
        Characteristic::Yardstick => &["basic", "performance", "delighter"],
    }
}

/// The word a user types for a built-in tag in their language: the Dutch alias for Dutch, the
/// English key for English. Either word is accepted as `tag_key`. Empty for a tag that is not
/// built in, which [`step_tags`] never yields.
pub fn tag_word(tag_key: &str, lang: Lang) -> &'static str {
    BUILTIN
        .iter()
        .find(|(en, nl, _)| *en == tag_key || *nl == tag_key)
        .map_or("", |(en, nl, _)| match lang {
            Lang::Nl => nl,
            Lang::En => en,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGS: [Lang; 2] = [Lang::Nl, Lang::En];

    fn len(text: &str) -> usize {
        text.chars().count()
    }

    /// One sentence: ends with a full stop or a question mark, and none inside starts another.
    fn is_one_sentence(text: &str) -> bool {
        let body = text.trim_end_matches(['.', '?']);
        body.len() + 1 == text.len() && !body.contains(". ") && !body.contains("? ")
    }

    #[test]
    fn every_step_has_texts_within_limits() {
        for step in Characteristic::ALL {
            for lang in LANGS {
                let g = guide(step, lang);
                let at = format!("{step:?} in {}", lang.code());
                assert!(!g.name.trim().is_empty(), "{at}: no name");
                assert!(len(g.name) <= 28, "{at}: name too long: {}", g.name);
                for (what, text) in [("meaning", g.meaning), ("listen_for", g.listen_for)] {
                    assert!(!text.trim().is_empty(), "{at}: no {what}");
                    assert!(len(text) <= 140, "{at}: {what} is {} chars", len(text));
                    assert!(is_one_sentence(text), "{at}: {what} is not one sentence");
                    assert!(!text.contains("  "), "{at}: {what} has a double space");
                }
                assert!(
                    (2..=4).contains(&g.questions.len()),
                    "{at}: {} questions",
                    g.questions.len()
                );
                for q in g.questions {
                    assert!(len(q) <= 90, "{at}: question is {} chars: {q}", len(q));
                    assert!(q.ends_with('?'), "{at}: not a question: {q}");
                }
            }
        }
    }

    #[test]
    fn dutch_differs_from_english() {
        for step in Characteristic::ALL {
            let (nl, en) = (guide(step, Lang::Nl), guide(step, Lang::En));
            assert_ne!(nl.name, en.name, "{step:?}");
            assert_ne!(nl.meaning, en.meaning, "{step:?}");
            assert_ne!(nl.listen_for, en.listen_for, "{step:?}");
            for q in nl.questions {
                assert!(!en.questions.contains(q), "{step:?}: untranslated: {q}");
            }
        }
    }

    #[test]
    fn questions_are_open() {
        // A yes/no question starts with a verb ("Is het…", "Do you…"); open ones with a
        // question word or a prompt. This catches the common closed openings.
        let closed_nl = [
            "is", "zijn", "heb", "hebben", "vind", "zou", "kun", "kan", "wil", "moet", "gaat",
            "klopt", "ben",
        ];
        let closed_en = [
            "is", "are", "do", "does", "did", "have", "has", "can", "could", "would", "will",
            "should",
        ];
        for step in Characteristic::ALL {
            for (lang, closed) in [(Lang::Nl, &closed_nl[..]), (Lang::En, &closed_en[..])] {
                for q in guide(step, lang).questions {
                    let first = q.split_whitespace().next().unwrap_or("").to_lowercase();
                    assert!(!closed.contains(&first.as_str()), "closed question: {q}");
                }
            }
        }
    }

    #[test]
    fn dutch_says_je_not_u() {
        for step in Characteristic::ALL {
            let g = guide(step, Lang::Nl);
            let texts = g.questions.iter().chain([&g.meaning, &g.listen_for]);
            for text in texts {
                for word in text.split(|c: char| !c.is_alphabetic()) {
                    let word = word.to_lowercase();
                    assert!(!["u", "uw", "uzelf"].contains(&word.as_str()), "{text}");
                }
            }
        }
    }

    #[test]
    fn step_tags_are_built_in() {
        for step in Characteristic::ALL {
            for key in step_tags(step) {
                assert!(
                    BUILTIN.iter().any(|(en, _, _)| en == key),
                    "{step:?}: {key} is not a built-in tag"
                );
            }
        }
        assert_eq!(step_tags(Characteristic::AlwaysPresent), ["unspoken"]);
        assert!(step_tags(Characteristic::TheyChange).contains(&"complaint"));
    }

    #[test]
    fn tag_word_follows_the_language() {
        for (en, nl, _) in BUILTIN {
            assert_eq!(tag_word(en, Lang::Nl), *nl);
            assert_eq!(tag_word(en, Lang::En), *en);
            assert_eq!(tag_word(nl, Lang::En), *en);
        }
        assert_eq!(tag_word("earlier-experience", Lang::Nl), "eerdere-ervaring");
        assert_eq!(tag_word("delighter", Lang::Nl), "wow");
        assert_eq!(tag_word("koffie", Lang::Nl), "");
    }
}
