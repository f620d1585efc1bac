// Package risk screens free text for crisis language: words saying that
// the writer may want to die or to harm themselves, or is in danger.
// Screen takes one text and returns a Finding: a Level, and the language
// of the words that set it, so that the reply can be written in that
// language. Assess returns the Level alone. Both are pure (no I/O, no
// state, no clock) and know nothing of people or replies; what each level
// sets off is up to the caller. In Aftercare, package coach answers with
// crisis lines or a safety question, and package bot lets no rate limit
// hold such text back.
//
// # Levels
//
// Crisis is a wish or intent to die or to self-harm, a farewell, a plan,
// or danger now: it calls for crisis resources at once. Review is death,
// self-harm or hopelessness spoken of in a way that is past, unclear,
// about someone else, or denied: it calls for one gentle, direct question
// about safety now, neither silence nor the full alarm. None is everything
// else.
//
// The net is wide on purpose. At least Review is anything that speaks of
// wanting to die, of not waking up, of disappearing, of being a burden; of
// means (pills, a rope, a bridge or a height, a weapon, an overdose); of
// farewells and last messages; of giving possessions away; or of
// hopelessness ("I feel completely hopeless", "nothing is ever going to
// get better"). Crisis is intent, a plan ("I've picked the day and the
// method", "I know exactly how I'd do it"), means at hand ("I have a
// rope", "I took too much ketamine"), a height now ("I'm standing on the
// bridge"), a time, or danger now, including from someone else ("he
// threatened to kill me", "I'm not safe at home"). Giving away one's
// things wholesale, or a last message, is a farewell and so Crisis.
//
// KAP's own words are not a crisis: "ego death", "it felt like dying
// during the session but it passed", pills taken as prescribed ("I took
// all my pills this morning like the doctor said"), a last message before
// an ordinary event ("this is my last message before my exam"). These are
// listed as idioms (benign phrases), which hide exactly the words they
// explain and nothing else in the sentence.
//
// A crisis phrase inside a question someone asked ("my therapist asked if
// I have thoughts of suicide") is Review, not Crisis, like one about
// someone else; an answer after it that makes it the writer's own ("and I
// said yes") makes it Crisis. With "and I said no" it stays Review, as
// any denial does (see below): the words are talked about, and one gentle
// question costs little.
//
// A text is as urgent as its most urgent sentence or line. Two things are
// read across the sentences of a line: the signals (below), and a bare
// farewell ("goodbye", "tonight's the night") right after the writer gives
// up or says they have decided ("I'm done fighting", "I've made up my
// mind"), which is a farewell in the same sentence or in the next one on
// the same line; and giving up at a sentence's end anywhere after a bare
// farewell on the line ("bye everyone. love you all. I can't do this
// anymore"). The mirror of these reads a bare goodbye as no farewell when
// the next sentence on the line explains it as an ordinary departure (a
// move, a trip, holidays, a time offline, a day back, an exam, a new job:
// "Goodbye everyone! Moving to Denver tomorrow"): the benign idioms that
// join a goodbye to such a departure are read over the two sentences as
// one (risk.go, departs), so "Goodbye everyone. I won't be back", "Goodbye
// everyone! Going away for good" and "see you on the other side" stay
// Crisis. Nothing is read across a line break (FuzzAssess
// holds Assess to that), so the same two sentences on two lines are screened
// one by one.
// Package coach reads a text that screens Review once more with each line
// and the next as two sentences of one line (coach/screen_lines.go), so
// that a wish held back and a time on the next line ("they'd be better off
// without me.\ntonight") is Crisis there as on one line; Assess itself
// stays line by line.
//
// Within a line the screen also reads signals (signal.go): concepts that
// say little on their own but a crisis together, in every language. The
// strong ones are means (a rope bought, a pistol taken out, doses saved up
// instead of taken, standing on a bridge, "does drowning hurt?"), affairs
// put in order (rent paid ahead, letters left, a pet given to someone who
// "will take better care of him than I could", "the session was my
// goodbye", "I won't be around to tell him myself"), a resolve ("don't try
// to stop me", "I don't want to come back this time", "Sunday is the day",
// a dose doubled on purpose) and danger from someone else ("banging on the
// door", "locked in the bathroom"; since round s20-resid also a blade in
// the hand with a wrist or a vein thought of, "I hereby say goodbye" after
// a last hope, things offered with "I won't need them any more" ending the
// sentence, all one's savings sent to family with "the day is chosen", an
// alarm set and then a bridge, a threat to kill if the writer talks with
// him in the next room). The weak ones are a time or an occasion
// (tonight, this weekend, after the kids are asleep, "20 minutes ago") and
// cues (a strange calm, "asking for real", mixing with alcohol, "I've
// decided", "it wasn't your fault"). One strong signal is Review; two, or
// one with a weak one or with a phrase that is Review on its own ("thanks
// for everything", "I can't do this anymore"), are Crisis: "picked up a
// rope on the way home. weird how calm I feel", "paid rent two months
// ahead, wrote everyone notes". Weak signals alone are nothing, and a
// signal that is someone else's, denied, asked about or in the past counts
// for nothing, as a crisis phrase would. Means at hand ("the gun is next to
// me"), an overdose taken ("took the whole bottle 20 minutes ago") and a
// lethal amount asked about ("how many lozenges would it take to not wake
// up?") are crisis phrases on their own, and so is a means placed ready
// ("the rope's in the trunk", "pills are on the nightstand, counted"; round
// s22-resid). A means that an idiom explains as everyday ("knife's in my
// hand, chopping onions") is a means again when a later sentence of the
// line has a cue ("… thinking about my wrists").
//
// A last message before an ordinary break ("this is my last message before
// I go on vacation", "hasta el lunes") is not a farewell; "this is my last
// message" alone, or before anything else, is.
//
// A crisis phrase near a marker of the past ("used to", "last year", "two
// years ago") counts as Review, and so does one in a past tense that the
// sentence closes ("I wanted to die, not anymore"), unless the sentence
// also brings it back to now ("again", "tonight") or turns in between ("I
// used to be fine, but now I want to die"). So does self-harm spoken of as a
// habit of the past, with or without "myself" ("I used to cut", "me
// cortaba"), a crisis phrase whose subject is someone else ("my friend wanted
// to die"), and one that a negation denies ("I'd never take my own life",
// "nunca me quitaría la vida", "ich würde mir nie das Leben nehmen", "je ne
// compte pas me suicider").
//
// A denial such as "I'm not suicidal" or "I would never hurt myself" is
// Review, not None: someone who brings it up unasked is talking about it,
// denials are often partial, and one gentle question costs little while it
// neither pauses anything nor alerts anyone. A denial with a hedge ("I'm
// not sure I won't hurt myself") is not a denial at all.
//
// A wish held back is Review too (round s20-intent, intent.go): a passive
// wish ("wouldn't mind if I didn't wake up", "hätte nichts dagegen, nicht
// mehr aufzuwachen"), a burden ("they'd be better off without me"), nobody
// noticing if one disappeared, a wish to die said as ambivalent, and an
// urge the writer resisted, in its sentence or the next ("had the urge to
// cut again last night. didn't.", "pero me aguanté", "j'ai tenu"). Such a
// wish is Crisis when the line also has another crisis phrase, a strong
// signal, a means named (the lexicons' pills, weapon, hang, height,
// traffic, drown, gas) or a bare farewell; and, unless a denial of intent
// is there ("not gonna do anything", "mach aber nix", "no voy a hacer
// nada", "je vais rien faire"), when it has giving up, a farewell or a
// decision word, or a time outside the held words. So "everyone would be
// better off without me. i have the pills" and "not gonna do anything
// stupid, just wanted to say bye to everyone tonight" stay Crisis. A year
// up to 2025 after "in" places an attempt in the past ("tried to end it in
// 2019"); a later one does with a past tense or an attempt named beside it
// ("in 2026 I tried to…"), never as a plan ("I'll do it in 2027"), so the
// rule needs no clock and does not go stale (round s22-resid). Issue 12 asks for this: a wish, a burden or hopelessness is
// Review; intent, a plan, means, a time or danger now is Crisis.
//
// A wish held back is Crisis all the same (round s21-intent2, after a
// clinician's read against the C-SSRS triage and the NIMH ASQ;
// intent_more.go) when its line also has the urge still there ("didn't.
// still kind of want to", "sigo con ganas", "will immer noch", "j'ai
// encore envie"), a method thought about ("thinking about how i'd do
// it"), ketamine (lozenges, troches, nasal spray) or one's own
// prescription, meds or dose, the likeliest means after ketamine-assisted
// therapy; hopelessness, unless said as a hypothetical the way a safety
// plan's warning signs are; or a hedged denial ("not gonna do anything but
// i can't promise", "at least not yet", "no prometo nada", "versprechen
// kann ich nichts", "pour l'instant"). An attempt of the writer's own told
// as past is Crisis when its anniversary is near or today, when it was
// within about three months ("two months ago", "hace dos meses", "vor zwei
// Monaten", "il y a deux mois"), or with the urge still there or a method.
// A passive wish or a burden standing alone, and an attempt years ago with
// nothing said of now, stay Review. Eleven corpus rows whose writers
// labelled them review (a past attempt with its anniversary next week)
// now screen Crisis; their labels are the writers' and were kept.
//
// One's own usual medicine taken ("took my meds this morning", "ich habe
// heute meine Tabletten genommen", "ya me tomé las pastillas", "j'ai déjà
// pris mes médocs") is an idiom when the sentence says when and nothing
// else (round s20-routine): an amount or a totality ("all", "die ganze
// Packung", "todas", "toute la boîte") stays Crisis, and a totality alone
// in the next sentence ("… all of them.") makes it Crisis again
// (routine.go). A blade in the hand while cooking, ending with the food,
// is everyday unless a body part is named; so are an old thing given away
// because a new one was bought and a sibling's threat over food with a
// laugh after it. Bleeding that will not stop is Crisis, and so is a
// station whose fast trains do not stop.
//
// # Languages
//
// The phrases are in English, Spanish, German and French (en.go, es.go,
// de.go, fr.go, and the wider net of issue 12 in en_more.go, es_more.go,
// de_more.go, fr_more.go), and so are the signals (en_signal.go,
// es_signal.go, de_signal.go, fr_signal.go). The language of a message is never guessed
// for screening: every language's phrases apply to every text, so a
// message that mixes them is screened as well as one that does not. Only
// afterwards does Screen name a language for the reply: the language of
// the phrase that set the level; when phrases of several languages did
// (a lone stem such as "suicid*" counts for every language), or the learnt
// screen did, the one whose common words the text has most of; when the
// level is None, that one language; and at any level "" if no language's
// common words outnumber every other's (a text in Portuguese, emoji, a
// number, "self harm"), so that the coach answers in the person's own
// language rather than in English (round s22-lang: a wish held as Review,
// "no me importaría no despertar mañana", was answered in English). A word that two languages share
// is written with both in mind: "no" denies in Spanish only with a Spanish
// word after it ("no tengo planes de suicidarme"), since "there's no way out
// but death" is English.
//
// # Normalisation
//
// First, nothing may hide a word (clean.go). Invisible characters are
// removed, so they join what they split as a reader sees it: format
// characters (zero-width spaces and joiners, the word joiner, the byte
// order mark, the soft hyphen, bidirectional controls, tags), control
// characters other than white space, and blank letters such as the Hangul
// filler. Then Unicode compatibility normalisation maps fullwidth,
// mathematical, circled and superscript letters, ligatures and odd spaces
// to plain ones (NFKD: NFKC's mapping with the accents kept apart, since
// they are dropped next anyway). Letters of other scripts that look like
// Latin ones are read as those (Cyrillic "а е о р с х у і ѕ ј ԁ һ", Greek
// "Α Β Ε Η Ι Κ Μ Ν Ο Ρ Τ Υ Χ ο ν" and the like); the screen reads no
// Cyrillic or Greek language, so nothing is lost. Digits inside a word
// are read as letters only where that is unambiguous: the word starts
// with a letter, a digit stands between two letters, and every digit is
// one of 0 1 3 4 5 7 ("k1ll", "mys3lf", "su1c1d3"); "b12", "covid19",
// "d3", "4ever" and "r2d2" stay as they are.
//
// Then text is normalised as phrases are: case, accents,
// apostrophes and punctuation; contractions and chat spellings ("dont
// wanna" is "do not want to"); repeated letters ("dieeee"); numbers glued
// to words ("30pills"); four emoji that stand for a means, written as
// its English word ("💊💊💊 tonight" is "pills pills pills tonight", see
// emojiWords; the rest, 💀 and 👋 among them, are dropped as symbols), with
// a line of nothing but such objects never Crisis; the French "ne" that
// speech drops ("j'ai plus envie" is "je n'ai plus envie"); and typing slips in key words ("wnat",
// "goign", "suicdal"). Fillers that change nothing ("just", "really",
// "literally", "fucking", "realmente", "wirklich", "echt", "juste",
// "vraiment") are left out of text and phrases alike, so one of them
// between a phrase's words never hides it: "I want to go to sleep and just
// not wake up" is read as "I want to go to sleep and not wake up". A "no"
// that a comma closes is an answer, not a negation: "No, quiero morir"
// denies nothing. The text is then split into
// lines and sentences. In each sentence,
// fixed idioms such as "dying to try" are blanked, denials are set aside,
// and the crisis and review phrases are matched on whole words, so "kill"
// never matches in "skilled". A phrase that ends a sentence may be followed
// by fillers ("i have a plan tbh"). Phrases are written in a small pattern
// syntax, described in phrase.go, and go through the same normalisation.
//
// # The learnt screen
//
// Phrases reach what they were written from; people in crisis mostly
// write around it ("put my rabbit up for adoption today, kinder to do it
// now", "parked up by the level crossing. waiting"). So a second screen,
// learnt from examples, reads every line beside the phrases, and a text's
// level is the higher of the two (model.go).
//
// It is a linear model over features of the normalised line: its words,
// its word pairs, the four-letter pieces of its words (which carry a stem
// across endings and compounds: "suicidarme", "Selbstmordgedanken"), and
// concepts. A concept is a set of words and short phrases that say one
// thing, in every language (lexicon/*.txt: "pills", "height", "time",
// "arrange", "farewell", "notneed", "ordinary", "prescribed", thirty-six
// in all), and a pair of concepts within twelve words of each other is a
// feature too: "gave my guitar away … where I'm going" is arrange and
// notneed. Two weights per feature, one for "at least Review" and one for
// "Crisis", are naive Bayes log-count ratios over a corpus of labelled
// texts: testdata/train (written for this in four languages, many of them
// near-misses), the labelled cases of the tests, the dev half of the
// held-out set, the fresh sets once spent, everyday KAP texts (session
// intentions, reflections, check-in notes, everyday chat that uses the
// words crisis texts use, bedtimes: testdata/train/everyday-*.tsv), rows
// written for the kinds of crisis text the fresh sets showed it missing
// (testdata/train/targeted.tsv)
// and the bot's own crisis and safety texts as ordinary text. On a few thousand short texts this carried over to
// texts it had not seen better than logistic regression did, and it still
// does on fifteen thousand: in round s22-model's A/B (sets 18 to 21
// screened at 3dba6f8, before the screen had learnt them, 480 crisis and
// 480 ordinary rows from four writers), L2-regularised logistic regression
// over the same features, thresholds set out of fold the same way, flagged
// 88–90% and put 76–80% at Crisis for L2 from 1e-4 to 1e-2, where naive
// Bayes flagged 93% and put 82% at Crisis at the same ordinary rates; it
// fitted the corpus closer (fewer of its crisis rows at None) and new
// writers worse. Naive Bayes also trains in seconds. A line is
// read in windows of 48 words, so a crisis sentence in a long note is not
// diluted by the rest; each window costs one addition and one subtraction,
// so screening stays linear in the text's length.
//
// The model reads each sentence as the phrases left it: idioms ("ego
// death", pills taken as prescribed) blanked, and in a sentence the
// phrases judged Review (a denial, a question someone asked, the past,
// someone else), the words they judged blanked too, so that the model
// does not take their judgement back to Crisis.
//
// Naive Bayes counts each word's evidence apart, so in a short line a few
// everyday words that crisis texts also use can add up ("going to sleep
// now, goodnight"). So in a line of twelve words or fewer the model may
// say Crisis only when the line names death, a way to die or danger (the
// concepts die, kill, suicide, selfharm, endit, pills, weapon, hang,
// height, traffic, drown, gas, amount, notwake, danger) or pairs a resolve
// or a time with a farewell or affairs put in order, or when its Crisis
// score is at least a quarter over the cut (gateMargin: short crisis lines
// in words no concept holds, "22 a day right. guess im making it 23
// tonight", score far over it, the everyday ones just over); otherwise it
// says Review at most (model.go, crisisGate). The margin was set on the
// corpus out of fold (3 of 2,376 everyday lines and 23 of 6,587
// near-misses over it with the gate shut, against 234 of 6,264 crisis
// lines) before sets 31 and 32 were read, and in the corpus, in-sample,
// it moved 171 crisis rows from Review to Crisis and three ordinary ones,
// two of which are idioms now (mends_s29_gate.go).
//
// Its two thresholds are set on scores for texts it did not learn from
// (five folds, a text's fold a hash of it, so that new rows do not move
// the others): at most 8% of the ordinary texts written as near-misses
// reach Review and 3% Crisis, and at most 3% of the everyday ones reach
// Review and 2% Crisis, since most of what people send is everyday text
// (the near-misses alone left plain lines such as "locked myself out of
// the car" a hair above the bar); the phrases add a little of their own.
// Each cut is the higher of the two a budget gives, and the everyday one
// is the higher: raising the near-miss budgets alone (to 12%/5% or
// 16%/6%) left model.bin byte for byte the same. Round s22-model raised
// the everyday Crisis budget from 1% to 2%: on sets 18 to 21 screened
// before the screen had learnt them, Crisis rose from 82% to 85% of the
// crisis rows (395 to 410 of 480, on every set), flagged from 93% to 94%,
// for ordinary rows at Crisis 11 to 13 of 480 and at Review 19 to 18;
// TestLeaveSetOut on sets 3 to 17 agreed (Crisis 87% to 90%, ordinary at
// Crisis 23 to 33 of 1760). Also raising the everyday Review budget to 5%
// added flagged rows (95%) but ordinary Review too, and many pinned
// ordinary lines rose to Review; 6%/3% reached 96%/88% but put 7 of 120
// ordinary rows of one set at Crisis, and sixteen everyday corpus rows
// (two before). Crisis from the model alone asks for more than Review
// because it pauses the plan and alerts a therapist; Review asks one gentle question, and a "no" to it brings the
// crisis lines (stage two). `go generate ./coach/risk` trains it again
// from the corpus and lexicons (a second or two, no network), and
// TestModelTrainedOnCorpus fails until it is run after either changes.
//
// # Someone else in danger now
//
// "My mother said she'd take all her sleeping pills, she doesn't answer,
// what do I do?" is a crisis, but not the writer's: Review would ask them
// "are you safe right now?", the wrong question, and Crisis would pause
// their own plan and alert their own therapist. So Screen also says, in
// Finding.AboutOther, that a text is about someone else in danger now,
// and leaves Level as it found it (Review, None or Crisis: the learnt
// screen reads some of these texts as Crisis); Lang is then the language
// of the words that said so. Package coach answers such a text with a
// reply of its own (the emergency number where that person is, crisis lines
// to guide the helper, a word for the writer), whatever its level.
//
// The rule is narrow on purpose, since the flag takes the writer's own
// crisis path away (other.go, other_sets.go; small lists in the phrase
// syntax, compiled by `go generate` into the tables with the others, see
// Tables and cost; editing them changes no level). A sentence must
// name a third person ("my mother", "she", "a group member", "mi novio",
// "meine Schwester", "quelqu'un du groupe") and, within twelve words after
// them, an act that puts them in danger now, written in the third person
// so that it cannot be the writer's own ("kill himself", "take all her
// pills", "se va a tirar", "sich umbringen", "se jeter", a goodbye message
// sent, a photo of bleeding wrists posted): "he is going to kill me" or
// "me va a matar" is the writer's danger, and no act. An act already done
// ("took all his pills", "is on the bridge"), or one after "tried to",
// "wanted to", "talks about", counts only with a word of now or alarm in
// the text ("right now", "gerade", "acaba de", "she doesn't answer", "what
// do I do?", "aidez-moi"). Nothing counts when the text is a story or no
// danger (a film, a funeral, "joking", a diving board, pills "like the
// doctor said", "ya está estable"), when a negation stands between the
// person and the act ("she would never kill herself"), when a marker of
// the past is in the sentence ("years ago"), or when the writer joins them
// ("I want to join her", "me too", "yo también", "ich auch", "moi
// aussi", "I'll follow her", "take mine too", "we made a pact", "me voy
// con él", "ich komme mit", "je le suivrai"). Last, the text with those
// acts and its words of alarm blanked out is screened: if the phrases and
// signals find it Crisis, or the full screen, the learnt one included,
// finds a sentence of it where the writer speaks of themselves ("I",
// "yo", "ich", "je") at least Review ("and I can't go on without her",
// "it's my fault, I should just disappear"), it is the writer's own
// crisis too, and the flag stays off. The learnt screen reads only those
// sentences: it reads the bare alarm or context of a text about someone
// else ("she doesn't answer, help", "an hour ago and his phone") as
// Review or Crisis on its words alone. A sentence of the writer's read too
// high costs a helper one safety question beside the emergency number
// (three rows of the corpus: "i don't know where they live", "ich in
// Berlin", "es tut mir leid" in quotes, the last flagged by the third way
// since round s29-other); read too low, it would cost a writer in danger
// the question.
//
// A text that names no act of the lists is about someone else in danger
// too when the screen's own judgement says so (dangerOfOther, round
// s12-other2): the whole text is Crisis; it has a word of alarm from a
// list of its own ("won't answer", "voicemail", "phone off", "locked in",
// "breathing weird", "unconscious", "rn", "tonight", "what do I do?", "@mods",
// "no abre", "Mailbox", "Handy aus", "messagerie", "en visio"; a time
// alone such as "this morning" is not one); and every sentence the full
// screen finds at least Review on its own has a third person as its
// subject, within its first three words ("my bf is on the wrong side of
// the railing", "flatmate locked himself in", "mi carnal lleva una hora
// encerrado"). Such a sentence, once the third persons, the alarm and the
// writer as the one told ("told me", "me mandó", "hat mir geschrieben",
// "m'a dit") are blanked out, must have no word of the writer's ("I",
// "jai") and no possessive of theirs ("my", "mis", "meine", "mes": "took
// all my pills, mum is asleep"), no negation and no marker of the past; a
// sentence in danger without a third person is let pass only when it is a
// helper's question with no word of the writer's ("does anyone know what
// to say to someone standing on a bridge?"), since in Spanish or German a
// writer's own plan needs no "I" ("llevo guardando los ansiolíticos").
// The story and joining guards hold as above, with "we wanted to go
// together" and "a weird message" (a worry to ask about) added; a text
// with a third person's danger to the writer ("he's got a knife", "viene a
// matarme", "il m'a serré le cou", "estoy escondida", "banging on the
// door") is the writer's own crisis; and what is left, those sentences and
// the alarm blanked, must not be Crisis to the phrases and signals. The German normaliser reads
// "im" as "i am", which is dropped in a German sentence before the check.
//
// Over the 13,615 labelled texts of the corpus (testdata/train, the tests'
// cases, the held-out dev half) the flag was set on 49 (80 after round
// s12-other3, 97 of 14,708 after round s21-other, below; 27 before round
// s12-other2; the 22 it added were each read), every one a crisis
// statement about someone else in danger now, and on no ordinary text, no
// text to review and no crisis of the writer's own (TestAboutOtherCorpus
// holds it there; TestAboutOther holds the cases of each language and
// their twins). Of the eleven crisis rows of set 16 about someone else that
// a search for family and group words found, seven were flagged (the
// misses: a friend "standing by the Rhine and going in now", and three
// with a sentence of the writer's read as Review, above); the second way
// (round s12-other2) flags the Rhine friend too, and set 16's roommate
// locked in the garage with the car running. Set 16 was spent before the
// lists were written and they were tuned on it, so these are not fresh
// figures; a text the lists do not recognise gets what its level
// calls for, as before, which is the crisis reply or the safety question.
// Fresh set other1 (160 texts, 64 about someone else, 48 the writer's own
// crisis, 48 ordinary; /work/notes), measured once before round
// s12-other2: 1 of 64 flagged, 0 of 48 of the writer's own, 1 of 48
// ordinary (a stepfather's joke about hanging himself if PSG lose). The
// round then learnt from it, so these after-figures are not fresh: 29 of
// 64 flagged (en 8, es 7, de 8, fr 6), 0 of 48 of the writer's own, the
// same 1 of 48 ordinary. The rest are missed mostly because a sentence
// with the writer in it reads as theirs ("I'm sorry for everything" in
// quotes, "yo estoy en Córdoba", "es tut mir leid"), because the danger
// has no word of alarm ("his hunting rifle out, saying nobody would miss
// him"), or because the text is not Crisis to the screen.
//
// Measured once on a fresh set (2026-12-05, screen 67d839a): 160 texts in
// the four languages, written by someone who saw none of this (per
// language 16 about someone else in danger now, 12 of the writer's own
// danger beside someone else, 12 ordinary texts about others with
// alarming words). The flag was set on 1 of the 64 about someone else
// (2%), on none of the 48 of the writer's own, and on 1 of the 48 ordinary
// texts. The level of the 64 was Crisis for 55 and Review for 8, so most
// helpers got the writer's crisis reply (the emergency number and lines,
// with their own plan paused and their therapist told) rather than
// theirs. The lists name too few acts: a goodbye text and voicemail, an
// empty blister pack and a locked door, a windowsill, a hose and car keys,
// a rifle on the porch are all missed.
//
// A second fresh set, other2 (2026-12-05, screen 2be18eb, after round
// s12-other2 had learnt from other1; a new writer, the same shape: per
// language 16 about someone else, 12 of the writer's own, 12 ordinary),
// measured once: the flag on 6 of the 64 about someone else (9%; en 0,
// es 4, de 1, fr 1), on 1 of the 48 of the writer's own and on 1 of the 48
// ordinary texts. The level of the 64 was Crisis for 51, Review for 4,
// None for 9; of the writer's own 48, Crisis for 37, Review for 7, None
// for 4. So what round s12-other2 learnt from other1 did not carry over
// to another writer's texts: most helpers still get the writer's own
// reply, which gives the emergency number and the crisis lines.
//
// A third fresh set, other3 (2026-12-05, a trainer of emergency
// call-takers, the same shape), measured once on b7a1d10, after round
// s12-other3 had learnt from other1 and other2: the flag on 32 of the 64
// about someone else (50%; en 6, es 9, de 9, fr 8), on none of the 48 of
// the writer's own and on 1 of the 48 ordinary texts. The level of the 64
// was Crisis for 53, Review for 6, None for 5; of the writer's own 48,
// Crisis for 45, Review for 2, None for 1.
//
// The third way (toldOfOther, round s12-other3) decides whose danger it
// is from the shape of the text rather than from a list of acts: the
// screen has already weighed the danger, and what it lacks is whose. Each
// sentence is cut into clauses at "and", "but", "now" ("y", "und", "et"
// ...), at a subject pronoun, and at a verb of the writer's own where
// Spanish and German drop the pronoun ("tengo", "hab", "sitz"). A clause
// is a third person's when it opens with one ("my mom", "she", "Kumpel",
// "un mec", "vecina", "there's a man", "on a trouvé mon oncle"), the
// writer's when it opens with them, a clause of time ("when my wife
// leaves", "cuando", "wenn", "quand") that is no one's, or else goes on
// with the clause before it; a sentence without a subject goes on with
// the last sentence's third person ("vive sola en Rosario"). What a third
// person said or sent ("texted", "me dijo", "hat geschrieben", "m'a
// écrit", "saying") is theirs, an "I" in it included ("maman j'ai tout
// pris"). The text is about someone else in danger now when the full
// screen finds it Crisis, or Review with a word of alarm that is not the
// helper's own question, or it tells of violence against someone else
// heard or seen now ("stop hurting mommy", "golpes", "des coups"); the
// third persons' clauses alone are at least Review; a wish told without
// an act ("she said she wants to die, what do I do?", a text to review in
// the corpus) has a word of alarm besides the question; the text opens
// with a third person or a helper's preamble ("sorry to post here", "idk
// if this counts"), not with the writer or with words without a subject
// ("gonna do it after the kids are asleep", "keep the dog", "wrote
// letters to my mum"); and what the writer says, their words as a helper
// or a witness blanked ("what do I do", "I can't wake him", "ich erreich
// die Eltern nicht", "je suis à Paris", "estoy temblando"), is below Review
// to the full screen and to the phrases alone. It stays the writer's own
// when a third person's clause has the writer in it outside what was said
// or told ("better off without me"); when someone threatens the writer,
// even in reported words, or the writer hides ("he said he'll break my
// arm", "dice que si no le abro me mata", "er bringt mich um", "il va me
// planter", "I'm locked in", "estamos escondidos": otherSet.menace and
// threat); when the text opens as a letter to kin ("Mama, falls du das
// liest", "maman pardon"); or when the danger is over or long past ("died
// by suicide in the 90s", "she's doing great now", "il dit ça chaque
// semaine"). The writer's own words are read with care, since a
// writer's plan beside a third person is the worse error: after "but",
// "pero", "aber", "mais" a clause without a subject is the writer's ("mon
// copain dit qu'il m'aime mais ce soir je saute"); "ya no" goes with the
// writer's "voy"; only the clause right after a verb of speech that ends
// its clause ("en pleurant \"maman j'ai tout pris\"") is the speaker's,
// not one after "me dijo que ..."; a night set in the writer's words
// ("tonight", "esta noche", "heute Nacht", "ce soir") makes the text
// theirs; what a third person said in the first person ("mein Vater sagt
// ich bin nichts wert, ...") must not be all of their danger, since the
// writer's own words may follow it without a break the normaliser keeps; and a sentence without a subject goes on with the last third
// person only when it opens with a verb of theirs ("vive sola"), so that
// "finally alone. going to do it now" is the writer's; "we" is the
// writer too ("we're both going to jump"). Some ninety such plans, written
// for the round in the four languages, are all left unflagged.
// The price: a witness hiding from violence against someone else ("I'm
// hiding in the bedroom") gets the writer's crisis reply, and so does a
// helper whose quote runs over two clauses ("\"I'm sorry, I love you,
// tell the boys\"").
//
// After round s12-other3, which LEARNT FROM BOTH other1 and other2 (so
// these are not fresh figures): other1 52 of 64 about someone else
// flagged (13 in each language), 0 of 48 of the writer's own, 0 of
// 48 ordinary; other2 42 of 64 (en 11, es 12, de 8, fr 11), 0 of 48 of
// the writer's own (its "mi marido se llevó a los niños ..., ya tengo todo
// preparado" no longer: "tengo" is the writer), 0 of 48 ordinary. A third
// fresh set, held back, measures the round. Still missed: texts the
// screen reads below Review, or Review without a word of alarm ("mon pote
// est sur le toit et il m'envoie des selfies du vide", "mi hijo está
// tirado en el piso no reacciona"); witnesses hiding from violence;
// openings the clauses do not read as a third person ("jen from tuesday
// group", "nebenan brüllt er"); and a few where the writer's own words,
// blanked of the helper's, still read as Review. In the corpus the flag is
// now on 80 rows (79 crisis, 1 to review, its level kept), each read
// (TestAboutOtherCorpus).
//
// Merged with main's rounds s20 (new corpus rows, a retrained model), the
// third way flagged three texts of the writer's own ("Oma wird am Freitag
// 90, das Fest soll sie noch erleben. Danach bin ich weg.", "ensuite je
// disparais", "soon ill be gone and everybody can finally breathe") and
// four ordinary ones. Round s12-other3b: a clause of the writer's about
// their own going, disappearing or being gone ("danach bin ich weg", "je
// disparais", "después desaparezco", "I'll be gone", which the normaliser
// writes "il be gone" and the clauses now read as the writer's) makes the
// text theirs (otherSet.gone); a clause opening with everybody
// ("everyone", "todo el mundo", "alle können", "tout le monde") is the
// writer's words, no third person; a scream for help or glass breaking
// (otherSet.noise) is violence only when no everyday source is in the text
// (a party, a tray dropped) and no cause after "because", "weil",
// "porque", "parce que" is itself no danger ("weil eine Wespe im Zimmer
// ist"); and knowing how ("sie weiß jetzt wie", "elle savait maintenant
// comment") with a skill learnt in the text ("Radfahren geübt", "appris à
// faire du vélo") is blanked as the skill's. Three rows flagged on one
// side before the merge had lost the flag, their writer's or no one's
// clauses read as Review; they are regained as kinds: a helper knocking at
// the door ("i should stop knocking", "que deje de tocar", "ich soll
// aufhören zu klopfen", "que j'arrête de frapper") and no one reaching them
// ("nobody can reach him", "nadie puede localizarlo", "keiner erreicht
// ihn", "personne arrive à le joindre") are the helper's words; and where
// a third person posted ("escribió en su estado", "wrote in her status",
// "in ihren Status", "sur son statut") is no part of what they said, so
// the first person after it ("los quiero a todos") is theirs. The corpus
// flag is then on 95 rows (94 crisis, 1 to review), each read. other1 53
// of 64 and other2 48 of 64 flagged (both learnt from), 0 of the writer's
// own and 0 ordinary.
//
// Round s21-other LEARNT FROM other3's misses, by kind in the four
// languages, so none of these figures is fresh. A try set in a time long
// past ("tried to kill herself in high school", "intentó quitarse la vida
// en la prepa", "in der Schulzeit versucht", "essayé au lycée") is a story
// whatever word of now follows ("ahora es psicóloga"; otherSet.then, the
// one ordinary row other3 flagged). Acts done, each needing a word of now
// or alarm: a farewell posted in their own words with everything taken
// ("posted \"i took everything\"", "escribió \"me tomé todo\"", "gepostet
// \"hab alles genommen\"", "a posté \"j'ai tout pris\""), "seitdem
// offline", "il y a 20 minutes", "personne a de nouvelles"; a farewell
// whose own words hold a negation ("you will never see me again", "ihr
// werdet mich nicht mehr sehen", "ya no vuelve" with a shotgun;
// otherSet.farewell), which therefore denies nothing, while a negation
// between the person and any act still does; a deep cut that will not
// stop bleeding. Acts: Mexico's "se iba a aventar", "una chava en el
// stream"; walking into a lake (not "for a swim"); a goodbye and then the
// account deleted. Québec's "mon chum", "ma blonde" are third persons,
// "répond pu" and "en pleurs" words of now. The helper's words ("i'm at
// the bottom of the stairs", "estoy aquí con él", "glaub ich", "je trouve
// ma mère", "won't answer me") are blanked before the writer's sentences
// are weighed in the first and second ways, unless the text has a danger
// to the writer ("i'm hiding"). A cut in the kitchen ("while cooking",
// "beim Kochen", "cocinando", "en cuisinant"), which the screen reads as
// Crisis, is a story. Each kind has cases and the writer's own or ordinary
// twins in TestAboutOther. After it: other1 54 of 64 flagged (en 13, es
// 14, de 13, fr 14), other2 48 of 64 (en 11, es 14, de 9, fr 14), other3
// 47 of 64 (en 10, es 13, de 13, fr 11; 32 before); 0 of 48 of the
// writer's own on each, 0 of 48 ordinary on each. The corpus flag is on
// 97 rows (96 crisis, 1 to review): two more, "mon chum" now a third
// person (a farewell sent and no answer; gone with a rifle, a letter
// left), each read. Still missed in other3: a message shown to the writer
// whose first-person words read as the writer's ("my student showed me an
// insta story", "una alumna me enseñó el chat", "un élève m'a montré un
// message"); quotes over two clauses ("im done, letters are written,
// tonight"); violence or a threat against a third person with the writer
// near ("her bf has a gun and told her he's going to use it on her", "dad
// loading his shotgun", "j'entends son copain la frapper"); a child
// locked in a shed in the heat; a grandfather with dementia lost in the
// snow (None to the screen); dialect openings ("grüezi, mini Kollegin",
// "Oida mei Freund", "im discord schreibt einer", "wey mi compa"); "she
// says she's fine but she's pale"; and Québec texts whose writer's clauses
// ("j'entends rien", "avec mes pilules") read as their own.
//
// A fourth fresh set, other4 (2026-12-05, a school and university
// safeguarding lead who trains volunteers on an LGBTQ+ youth line; the
// same shape), measured once on 1b81dfe, after rounds s22-enes and s22-defr
// had learnt sets 22 and 23: the flag on 28 of the 64 about someone else
// (44%; en 6, es 6, de 10, fr 6), on 1 of the 48 of the writer's own (es)
// and on 1 of the 48 ordinary texts (fr). The level of the 64 was at least
// Review for 56 (Crisis 53); of the writer's own 48, at least Review for 47
// (Crisis 42). Its misses were again group chats and screenshots ("group
// chat just went silent after Jess said she swallowed all her mum's
// pills"), a roommate's overdose she calls fine, a girlfriend's message
// from a bridge, and an assault in the street below (None). Over the four
// sets the flag has met a fresh writer at 2% (other1), 9%, 50% and 44%: the
// someone-else reply reaches about half of the helpers who write; the
// others get the writer's own crisis reply, with the emergency number.
//
// A fifth fresh set, other5 (2026-12-05, a school counsellor and a
// domestic-violence shelter night worker; the same shape), measured once
// on 62deeb1, before anything learnt other4: the flag on 29 of the 64
// about someone else (45%; en 7, es 6, de 7, fr 9), on 2 of the 48 of the
// writer's own (de, both a partner locking her in or threatening fire)
// and on none of the 48 ordinary. The level of the 64 was at least Review
// for 60 (Crisis 55). Its misses: screenshots and group chats with a
// farewell, a partner strangling or beating someone now, a knife at
// someone's door, a child locked in a hot car; at None, "mi mamá no
// reacciona, ayuda", a brother on the floor after ketamine "il bouge plus",
// a group member "ya tiene todo listo para esta noche"; "mom on bathroom
// floor. lips blue. not breathing right" only Review. It is
// testdata/other5.tsv. Measured a second time on fc24a62, after round
// s25-other had learnt other4 (below) and before anything learnt other5:
// the flag on 32 of the 64 (50%; en 7, es 7, de 8, fr 10), 2 of the 48 of
// the writer's own, 0 of the 48 ordinary; at least Review for 62 of the
// 64 (Crisis 56). What round s25-other learnt from other4 carried over to
// three texts of a new writer.
//
// A sixth fresh set, other6 (2026-12-05, a care-home and home-care nurse
// and a gaming community's volunteer coordinator; the same shape),
// measured once on c3b7f09, after round s26-other: the flag on 20 of the
// 64 about someone else (31%), 0 of the 48 of the writer's own, 0 of the
// 48 ordinary; and, worse, the level of the 64 only at least Review for 45
// (Crisis 37): "meine schwester hat blaue lippen und wacht nicht auf",
// "ma sœur a les lèvres bleues et se réveille pas", "dad fell in bathroom.
// not moving. blood on tiles", a resident on the floor "not responding,
// pulse thready" were None, since round s26-other's phrases need a subject
// they know right before the state. mends_s28_body.go (TestBodyEmergencyS28)
// makes the strong states Crisis whoever is named (not breathing, lips
// blue, unconscious; a fall, the floor or a ditch with no answer; face down
// in water), with twins (texts not answered, an app, cold lips after a
// swim, a film, a toddler asleep on the floor) kept None, and the
// strongest someone else's (otherS28). other6 after, in-sample: level at
// least Review 57 of 64, Crisis 53, the flag 29 (English 3 of 16: its
// third persons are names and roles the lists do not know), own and
// ordinary 0 of 48. other1 to other5 after: 53, 48, 46, 43, 46 of 64
// flagged (one fewer on three), own and ordinary 0 of 48 each.
//
// A seventh, other7 (2026-12-05, a residence-hall assistant in a
// university dormitory who also moderates a forum for parents of
// teenagers; the same shape), measured once on a97aa71, after round
// s28-body: the flag on 28 of the 64 about someone else (44%), 0 of the 48
// of the writer's own, 0 of the 48 ordinary; the level of the 64 at least
// Review for 48 (Crisis 43); of the ordinary 48, 8 at least Review, 2 at
// Crisis. Its sixteen at None are medical emergencies the lists did not
// know (a face drooping and speech gone, a collapse holding the chest, a
// face swollen and no EpiPen, a seizure and no answer, a man pulled from
// a lake not breathing, a button battery swallowed, a mother with
// dementia out in the frost in her nightdress, GHB with ketamine and
// rattling breath) and a noose shown on a video call, a friend on a
// bridge and the line cut. It is testdata/other7.tsv.
// Round s29-other learnt these kinds in the four languages
// (mends_s29_other.go, TestMedicalSignsS29, TestAboutOtherS29; twins in
// targeted-s29-other.tsv and the tests: a drooping-face emoji, a coworker
// collapsed on the couch after a shift, a first-aid course, a film, a
// battery changed, prom photos, a roommate on the windowsill smoking;
// twins that only a flag could catch are kept out of the corpus, where
// they taught the model that a son locked in his room is everyday): the
// signs are Crisis by the phrases with someone named inside them, two
// signs each, and are
// acts of someone else's danger (otherS29) with the new roles, a threat
// to jump, a noose held up to a video call, a hanging on a live stream, a
// goodbye in a group and a phone off since. An act inside which a
// negation stands ("can't speak", "no puede hablar") denies itself, so
// the acts name the sign and leave the "not" to the phrases. When the
// first way finds an act but what is left reads as the writer's own, the
// other two ways now weigh the text (otherWays) instead of nothing: a
// person newly named ("my little brother ... is on the roof ..., i'm 15")
// must not take away what flagged the text before; five corpus crisis
// texts about someone else are flagged that way too (a friend's photo of
// a noose, a father with a shotgun told by a 15-year-old). other7 after,
// in-sample: the flag on 62 of 64 (en 16, es 15, de 15, fr 16), at least
// Review 64 and Crisis 62, own and ordinary 0 of 48. Before and after on
// the others (flag of 64; own and ordinary flagged 0 of 48 throughout, at
// least Review of the ordinary 13, 8, 9, 13, 7, 5 before and after):
// other1 54 to 55, other2 48 to 48, other3 47 to 48, other4 43 to 46,
// other5 46 to 46, other6 29 to 31. Retraining moved rows of the sets
// and of the corpus the wrong way at first (a helper's "how do i keep
// someone awake", "redet nicht mehr mit mir", a rope already hanging in
// the shed after a decision, "désolé pour tout, vous me verrez plus", a
// parent who will "kill me" over a scratched car, a hike that "almost
// killed me", a Spanish attempt long past, a group member "about to jump
// into the pool" who dropped his location); each was mended by a
// helper's words, a phrase, a benign idiom or a twin row, and twins that
// pulled other rows down (a friend's past attempt told as over, a
// meeting "am See") were taken out again.
//
// Round s26-other LEARNT other5, so its figures after are not fresh:
// someone else in a medical emergency now (not breathing, not reacting or
// waking, on the floor and not moving, lips blue, bleeding that won't stop;
// a group member "todo listo para esta noche" with a goodbye) is Crisis and
// someone else's in the four languages (mends_s26_other.go, its acts
// appended to otherSets), their everyday twins (a nap, a night out slept
// off, a nosebleed, a film) in targeted-s26-other.tsv. The writer locked
// in, or threatened at the door "wenn ich nicht aufmach", is the writer's
// own (otherSet.threat). A night worker's or a witness's preamble ("night
// shift at the shelter:", "nachtdienst im frauenhaus:", "j'entends les
// voisins") no longer opens the text as the writer's, nor do the helper's
// own words ("estoy abajo y no me deja subir", "je sais même pas vers où il
// va"), and a child shut in a car in the sun is Crisis. The other5 flag
// went from 33/64 to 47/64 about someone else (level at least Review 62 to
// 64, Crisis 57 to 61), from 2/48 to 0/48 of the writer's own, 0/48
// ordinary. other1's 51/64 rose to 52 and other2's 49 fell to 48 ("elle
// dort et je la réveille pas, elle ronfle bizarre": the retrained model
// reads the writer's clause as Review); other3 and other4 kept theirs.
//
// Round s25-other LEARNT FROM other4's misses, by kind in the four
// languages, so the figures after it are not fresh. Someone told of in a
// group chat, a screenshot or a forwarded message ("im Klassenchat hat
// ...", "en el grupo de clase ...", "screenshot from my gf"), the chat
// gone silent; all of someone's pills or a number of a named drug taken,
// and their own word that they are fine (otherSet.claimed, a 28th list in
// both lists of compiled_sets.go, in the same place: after an act done,
// "says she feels fine", "dice que está bien" is no calm); a message sent
// from a bridge or the tracks ("texted me sorry, i'm on the bridge", "me
// ha escrito \"estoy en las vías\""); a stranger or a friend beaten or
// stabbed in the street now ("wird gerade ... zusammengeschlagen", "y'a un
// mec qui tabasse"), with where the witness stands as the helper's words;
// a household poison or drain cleaner drunk, the body's answer now
// ("keeps throwing up", "erbricht", "il a très mal").
// The helper's words are now read with the blank their sentence opens
// with, so "nobody knows her address except me" and "i don't know where
// they live" open a sentence as the helper's. The writer's own stays
// theirs: a door forced while they are alone ("va a romper la puerta,
// estoy sola": before the round such texts, in each language, were read
// as someone else's) is a threat; self-harm long past told of a scar is a story; the twins
// (cold medicine, a party photo, a partner "almost there" on a bridge, a
// boxing match on TV) are not flagged. After it (before): other1 54 of 64
// (54), other2 48 (48), other3 47 (47), other4 44 of 64 (29; en 11, es
// 10, de 14, fr 9); the writer's own 0 of 48 on each (other4 1 before),
// ordinary 0 of 48 on each (other4 1 before). The corpus flag is on 137
// rows (120): the 16 new rows about someone else
// (targeted-s25-other.tsv) and "someone in the support group vc ... i
// don't know where they live", read. Still missed in other4: a threat to a
// third person with the writer near ("my trans friend just messaged
// \"... he says he'll kill me\""), a quote over two clauses, livestreams
// with a rope (None to the screen), a pupil on a windowsill while a
// colleague talks to her.
// Retraining on those rows let three corpus rows fall that the model alone
// had carried (mends_s25_other.go): "goodbye aftercare" is Review again
// by a phrase, "wasser bis zum hals grad" Review by one (it was Crisis; the
// idiom is everyday German), and a mother who held her baby far too hard
// and is alone with him Crisis by a French signal, as in English. "in the
// k-hole i felt like i was dead ... part of me wants to stay there
// forever" (to review) fell to None and is left there: its k-hole words
// are blanked as an everyday session's, and without them "so peaceful, I
// want to stay there forever" is a holiday's.
//
// # Tables and cost
//
// The phrase lists, signals, lexicons and the lists of someone else's
// danger and of intentMore are parsed by `go generate` too, into
// compiled.bin (compiled.go, compiled_sets.go), which Prepare decodes
// where it lies: loading the screen costs a few milliseconds and a little
// over a megabyte, and each phrase's regular expression is compiled the
// first time a text has one of its anchor words, so a process's first
// text costs little more than any other. After editing a list, run `go generate
// ./coach/risk` (it writes compiled.bin, then trains the model on what the
// new phrases mask); until then TestTablesCurrent fails, and a process
// notices the edit by a fingerprint and builds the tables itself, slowly.
// TestGolden holds every corpus text to the level, language and masked
// sentences recorded in testdata/golden.tsv: a change meant only to be
// faster leaves it passing, and one meant to change answers is reviewed
// there and recorded with -update-golden. Screening costs time linear in a
// text's length (each expression runs only on the stretches of a sentence
// near its anchor words, window.go), and a text screened a moment ago (the transport's check,
// then the coach's) is answered from memory by its hash.
//
// # Misses and false alarms
//
// The screen errs on the side of safety. A miss leaves someone who wrote
// that they want to die without the crisis lines, at the moment they
// reached out; a false alarm costs a reply they did not need. So a miss is
// a bug, and a false alarm a cost. The tests hold labelled cases in every
// language, and a held-out set that the phrases were not written from
// measures how far the screen reaches beyond them.
//
// # Measured on a fresh set (issue 12)
//
// Targets: Crisis or Review on at least 97% of crisis statements, Crisis
// on at least 85%; Crisis on at most 5% of ordinary text, Review on at
// most 10% of it. Each figure comes from a set of messages written by
// someone who never saw the rules (four languages; crisis statements, ones
// to review, ordinary ones, many of them near-misses), run once before
// anyone learnt from it. Sets 1 and 2: 160 each (per language 16 crisis,
// 10 review, 14 ordinary); set 3: 320 (32, 20, 28); set 4: 240 (24, 12,
// 24); set 5: 320 (32, 20, 28; its writer wrote English first and adapted
// many rows into the other three languages); sets 6 and 7: 300 each (30,
// 15, 30); sets 8 to 25: 300 each (30, 15, 30). Measured on 2026-12-04 (sets 20
// to 25 on 2026-12-05; set 21 also on the screen before set 20's rounds,
// 91371dc, to tell the rounds from the writer):
//
//	                          crisis: Crisis    crisis:   review: at   ordinary:   ordinary:
//	                          or Review         Crisis    least Review Crisis      Review
//	set 1, screen of 9b8c025   13/64  20%        5/64  8%  23/40        6/56 11%    6/56 11%
//	set 1, first widening      18/64  28%        6/64  9%  24/40        1/56  2%    7/56 12%
//	set 2, screen of 9b8c025    3/64   5%        3/64  5%  18/40        1/56  2%    3/56  5%
//	set 2, after tuning on 1   16/64  25%        9/64 14%  26/40        0/56  0%    5/56  9%
//	set 3, phrases alone       31/128 24%       18/128 14% 33/80        2/112 2%    7/112 6%
//	set 3, learnt screen c809979 118/128 92%    91/128 71% 68/80        2/112 2%    9/112 8%
//	set 4, phrases alone       16/96  17%       13/96 14%  19/48        0/96  0%    1/96  1%
//	set 4, learnt screen 799f102 86/96  90%     73/96 76%  43/48        3/96  3%    7/96  7%
//	set 5, learnt screen ef89794 109/128 85%    95/128 74% 68/80        4/112 4%   14/112 12%
//	set 6, learnt screen 982c5bd 112/120 93%    99/120 82% 53/60        2/120 2%   10/120 8%
//	set 7, learnt screen 910ea7e 103/120 86%    96/120 80% 56/60        4/120 3%   10/120 8%
//	set 8, learnt screen c5b78d0 108/120 90%    87/120 72% 48/60        2/120 2%    8/120 7%
//	set 9, learnt screen cc31133 117/120 98%   104/120 87% 46/60        1/120 1%    9/120 8%
//	set 10, learnt screen 72013d3 112/120 93%   99/120 82% 52/60        0/120 0%   10/120 8%
//	set 11, learnt screen 61d8d64 111/120 92%   91/120 76% 55/60        3/120 2%    5/120 4%
//	set 12, learnt screen b3b46b8 116/120 97%  103/120 86% 56/60        4/120 3%    6/120 5%
//	set 13, learnt screen b3b46b8 109/120 91%   79/120 66% 53/60        3/120 2%    7/120 6%
//	set 14, learnt screen 23ab2f2 116/120 97%   98/120 82% 56/60        8/120 7%    4/120 3%
//	set 15, learnt screen 23ab2f2 113/120 94%   97/120 81% 56/60        6/120 5%    3/120 2%
//	set 16, learnt screen 7f7ee42 107/120 89%   88/120 73% 50/60        2/120 2%    3/120 2%
//	set 17, learnt screen 7f7ee42 115/120 96%   97/120 81% 54/60        9/120 8%    2/120 2%
//	set 18, learnt screen 3dba6f8 113/120 94%  101/120 84% 57/60        1/120 1%    6/120 5%
//	set 19, learnt screen 26fb91f 114/120 95%  105/120 88% 57/60        2/120 2%    7/120 6%
//	set 20, learnt screen 2be18eb 115/120 96%  104/120 87% 58/60        4/120 3%    2/120 2%
//	set 21, learnt screen b7a1d10 106/120 88%   89/120 74% 48/60        2/120 2%    2/120 2%
//	set 21, screen 91371dc        106/120 88%   88/120 73% 47/60        3/120 2%    2/120 2%
//	set 22, learnt screen b577310 113/120 94%  100/120 83% 56/60        3/120 2%    7/120 6%
//	set 23, learnt screen b577310 118/120 98%  109/120 91% 52/60        6/120 5%    8/120 7%
//	set 24, learnt screen 1b81dfe 113/120 94%  101/120 84% 58/60        2/120 2%    4/120 3%
//	set 25, learnt screen d3e363d 119/120 99%  104/120 87% 49/60        3/120 2%    4/120 3%
//	set 26, learnt screen 62deeb1 109/120 91%   89/120 74% 49/60        1/120 1%    0/120 0%
//	set 27, learnt screen 24278fa 110/120 92%   99/120 82% 53/60        3/120 2%    1/120 1%
//	set 28, learnt screen 2e5988b 109/120 91%   95/120 79% 52/60        0/120 0%    0/120 0%
//	set 29, learnt screen a97aa71 113/120 94%   96/120 80% 55/60        2/120 2%    4/120 3%
//	set 30, learnt screen a97aa71 108/120 90%   98/120 82% 49/60        2/120 2%    1/120 1%
//	set 31, screen 358bd86        114/120 95%  104/120 87% 53/60        2/120 2%    3/120 2%
//	set 31, screen 2e31714        114/120 95%  105/120 88% 53/60        2/120 2%    3/120 2%
//	set 32, screen 358bd86        113/120 94%   93/120 78% 57/60        4/120 3%    2/120 2%
//	set 32, screen 2e31714        113/120 94%   94/120 78% 57/60        4/120 3%    2/120 2%
//	set 33, screen 8fcba13        112/120 93%  101/120 84% 55/60        0/120 0%    3/120 2%
//	set 34, screen fdb4eb3        109/120 91%   95/120 79% 54/60        0/120 0%    6/120 5%
//	set 35, screen fdb4eb3        111/120 92%  105/120 88% 55/60        0/120 0%    4/120 3%
//	set 36, screen af77909        107/120 89%   87/120 72% 49/60        1/120 1%    4/120 3%
//	set 36, screen 2717ac6        108/120 90%   89/120 74% 49/60        1/120 1%    3/120 2%
//	set 37, screen d066542        106/120 88%   92/120 77% 55/60        6/120 5%   10/120 8%
//	set 37, screen 25a56af        108/120 90%   91/120 76% 55/60        6/120 5%    9/120 8%
//	set 38, screen dc2d164        112/120 93%   99/120 82% 53/60        2/120 2%   11/120 9%
//	set 39, screen dc2d164        107/120 89%   95/120 79% 51/60        2/120 2%    5/120 4%
//	set 40, screen 8e9cbf1        104/120 87%   90/120 75% 53/60        1/120 1%    5/120 4%
//
// The learnt screen of c809979 had learnt from neither set 3 nor set 4;
// that of 799f102 had learnt from set 3 (run once first) but not set 4;
// that of ef89794 from sets 3 and 4 but not set 5; that of 982c5bd from
// set 5 too (and from rows written for what set 5 missed) but not set 6.
// That of 910ea7e had learnt from set 6 as well, and held everyday text
// to 3% Review (which cost crisis recall out of fold), but not set 7.
// (Ten rows of set 3 were quoted to the team in its writer's report before
// the run.) Before set 9, no set had met the crisis targets. Set 6 came closest: 93%
// of crisis statements flagged (97% wanted), 82% at Crisis (85% wanted),
// with the ordinary-text limits met (2% Crisis, 8% Review); set 5 had put
// 12% of ordinary texts at Review, above the 10% allowed (books and films
// about suicide, warm thanks). Review is not silence: it asks "are you
// safe right now?" at once, and "no" brings the crisis lines. What the
// sets miss is mostly a means at hand told as a scene (a grill in a
// taped-up room, the time of the next train and a walk to the tracks, a
// handful of pills "in my hand"), terse notes of a time, a place and a
// goodbye, danger from a partner or an attacker at the door, and plain
// words the phrases left out as figures of speech ("me mato hoy", "je me
// tue vendredi": with a time they are now Crisis phrases). After set 7, a
// text far over the Crisis bar no longer also needs to pass the Review
// bar, and the edge of a bed, a chair or a bath is masked as no height;
// set 8 measured both, on c5b78d0: 90% flagged and 72% Crisis, the
// ordinary limits met (2%, 7%). German and French fell furthest (57% and
// 67% at Crisis against 87% in English): a wish to be dead said plainly
// in French ("j'voudrais être morte") or German ("wär ich doch einfach
// tot") was no phrase, nor was French's own word for acting on it
// ("passer à l'acte"); scenes with means the lexicons named only in part
// (exhaust through a hose into the car, a cut too deep and blood
// everywhere, a viaduct "high enough", steering into the crash barrier)
// scored a hair under the bar; and notes that say "if I don't answer
// tomorrow, you know why" were no signal outside English. Those are now
// phrases, signals and lexicon entries in each language, and set 8 is
// spent. Spanish, German and French then gained the kinds of phrase
// English had and they lacked (about 300 labelled cases more), and set 9,
// run once on that screen (cc31133), is the first to meet every target:
// 98% of crisis statements flagged, 87% at Crisis, 1% of ordinary texts
// at Crisis and 8% at Review. One set is not a guarantee (the sets vary:
// 86% to 93% flagged before it), and set 10, run once on the screen
// that had learnt from set 9 (72013d3), did not hold it: 93% flagged, 82%
// at Crisis, with no ordinary text at Crisis and 8% at Review. Its misses
// were mostly French and Spanish: throwing oneself under a train said in
// the present ("je me jette sous le RER"), a rope hung, "swallowing what
// is left in the medicine cabinet tonight", letters left for each one, a
// date set, a stalker at the door. What set 9 missed was mostly "if you don't hear
// from me tomorrow, I did it" outside English, a wish to be dead "right
// now" in German, someone in the house and the writer hiding, and a day
// chosen. The misses of both are signals and phrases now. Set 11, run
// once on the screen after that (61d8d64, whose model had also learnt the
// bot's own crisis texts in du and tu), fell back: 92% flagged, 76% at
// Crisis (French 63%, German 70%), ordinary 2% and 4%. Its misses were
// again scenes (a bath filled with the blade beside it, a drive "straight
// into the water", a rope bought and the cashier's smile "the last"),
// "if I don't reply tomorrow it's because I did it" in English, Swiss
// German, and farewells to the bot itself ("thanks for everything bot …
// goodbye"). Added to the corpus as it was, set 11 tipped "he's banging
// on the door because he forgot his keys lol" over the Crisis bar: its
// row of a partner banging on the bathroom door taught the model "banging
// on the door", and no everyday row said it otherwise. Its misses are now
// learnt as phrases, signals and benign idioms in each language (a silence
// explained ahead, a drive straight into water, water and "can't swim
// anyway", Swiss German, "ich wünschte ich wär tot", a farewell to the bot,
// a date set and the calm after it, the rails, a tower looking down,
// enough of a drug "to end it", the last person to smile, "danach ist
// schluss", bleeding through a bandage and calling no one), each with an
// everyday twin in cases_test.go; everyday doors banged on for forgotten
// keys are in testdata/train/everyday-chat.tsv, the other twins in
// targeted.tsv; and set 11 is in testdata/train. Over sets
// 8 to 11 the screen flagged 90–98% of crisis statements and put 72–87%
// at Crisis: the targets (97%, 85%) were met once in four. Sets 12 and
// 13 were written at the same time by two writers, the second asked to
// write as a crisis-line counsellor would (understated, flat, practical
// messages: affairs put in order, questions about doses and heights, a
// past tense for something just done), and both were run once on the
// screen that had learnt set 11 (b3b46b8). Set 12 met every target: 97%
// flagged, 86% at Crisis, ordinary 3% and 5%. Set 13 did not: 91%
// flagged, 66% at Crisis (German 53%, French 63%), ordinary 2% and 6%.
// So the screen meets the targets on some writers' crisis statements and
// falls well short on understated ones; the ordinary-text limits held on
// both. Their misses were learnt as the kinds of wording, in all
// four languages and each with an everyday twin: a height or a lethal dose
// asked about as a fact to look up, an overdose told in the past tense of
// a moment ago ("took them all", "c'est fait, j'ai tout pris"), a crisis
// line refused because it is decided, affairs put in order with a flat
// finality ("not the kind of away she thinks", "mañana ya no hace falta
// nada"), "forgive me" before a bare goodbye, someone else's goodbye
// message and no answer since, and a steering wheel turned into a pillar;
// three of their ordinary rows at Crisis are benign idioms now (a goodbye
// for the evening that names the next day, a letter to one's old self, a
// noose knot for a Halloween skeleton); and both sets are in
// testdata/train. Sets 14 and 15, written meanwhile by two more writers (a
// counsellor and moderator; a psychiatric nurse), were run once on the
// screen that had learnt sets 12 and 13 (23ab2f2): 97% and 94% flagged,
// 82% and 81% at Crisis, understated statements no longer far behind.
// But ordinary text at Crisis rose to 7% and 5% (the limit is 5%): both
// writers wrote the joke "I want to die" (after a boss fight lost forty
// times, a tax return, a spreadsheet) and "one more meeting and I jump
// out of the window lol" in every language, which the screen answers
// with the crisis reply. That hyperbole is now a benign idiom
// only inside its frame: a quoted wish captioned "me every time ...", a
// wish right after a game death count, a window threat over a meeting
// with a laugh after it; the wish alone stays Crisis, laugh or not ("i
// want to die lol"), since a false alarm costs one crisis reply and a
// miss may cost a life. Their misses (not wanting a family member to be
// the one who finds you, a floor count "to be sure", an organ donor card
// "if you do it yourself", pills taken and "don't call anyone", a roof
// with no railing, leaving the group "take care of each other", knowing
// "how and when") are phrases and signals in each language with everyday
// twins, and both sets are in testdata/train. A laugh written only as an
// emoji ("… spring ich aus dem Fenster 🙃") is still Crisis: normalisation
// drops emoji, so the frame cannot be seen, and "🪢 tonight. bye guys"
// reads as "tonight. bye guys", no longer Crisis. Sets 16 and 17 (a
// psychologist who runs groups; an emergency-department social worker),
// run once on the screen that had learnt sets 14 and 15 (7f7ee42): 89%
// and 96% flagged, 73% and 81% at Crisis; ordinary 2% and 8% at Crisis
// (set 17: jokes "me quiero morir jajaja" and "spring aus dem Fenster
// (Erdgeschoss)", a goodbye letter to a dead father written in therapy,
// "goodbye everyone, moving to Denver"), 2% at Review. Set 16 wrote many
// crisis statements about someone else in danger now (a mother who said
// she would take all her sleeping pills, a group member posting bleeding
// wrists): the screen reads them as someone else's words and answers
// Review or None, where the writer needs the emergency number at once.
// Their ordinary rows at Crisis are benign idioms now, each only in its
// frame (a window threat "(Erdgeschoss, keine Sorge)", "overdosed on
// Christmas cookies", a pet "trying to kill me", a goodbye letter to a
// dead parent or to one's anxiety, "Tschüss für immer" to an old firm,
// bathroom tiles cut), and the writer's own misses are phrases and
// signals (a helmet left at home and "ich komm nicht zurück", a last
// letter to a child, one's own death notice, walking into the sea and on,
// a blood thinner stopped "mejor así"); both sets are in testdata/train.
// "Goodbye everyone! Moving to Denver tomorrow" stayed Crisis then: the
// screen read sentence by sentence, and "Goodbye everyone!" alone is a
// farewell (round s12-residual below).
// Someone else in danger was then not a rule of its own (the model learnt
// those rows as Crisis from the sets' labels); it is now a flag beside the
// level, Finding.AboutOther (see "Someone else in danger now" above), and
// the levels were left as they were.
// Set 18 (a peer-support moderator), run once on the screen that had
// learnt sets 16 and 17 (3dba6f8): 94% flagged, 84% at Crisis; ordinary 1%
// at Crisis, 5% at Review. Its misses were someone else in danger now
// again (a grandmother who took "a lot" of her heart pills "to join
// grandpa", a member who drank bleach or rat poison and logged off, a
// friend who said "c'est ce soir" and left her cat), a goodbye to the
// group before "I can't anymore" (the other order than the farewell rule
// read), a time when everyone is asleep and all made ready, what was
// ordered come before a weekend alone, a rope and a day chosen, belongings
// given away with a day after which they are not needed, a date set,
// cliffs and "je reviens pas", the tracks after work. Someone else in
// danger now is Crisis by phrases that name the one in danger with the
// deed or the amount ("she took a lot of her heart pills"), so that they
// are not read as someone else's words; their twins ("my grandmother took
// her heart pills this morning", a film where someone drinks bleach) stay
// None. Finding.AboutOther then gives them the reply for a helper rather
// than the writer's crisis reply. The rest are phrases, signals, and
// parting and weary phrases in each language with everyday twins; a bare
// farewell earlier on a line now makes giving up at a sentence's end a
// farewell too; and set 18 is in testdata/train. Its writer labelled some
// texts review that the screen puts at Crisis (a burden, "better off
// without me", a passive wish with "not gonna do anything", doses searched
// and the tab closed, an urge to self-harm resisted): older crisis phrases
// and the model put them there, and they were left there, since a false
// alarm costs one crisis reply and a miss may cost a life. Emoji are still
// dropped: the rows with a heart are caught by their words, and a word for
// an emoji would need phrases of its own.
// Round s12-residual then went through the corpus's own rows: 140
// crisis-labelled rows were at None and 46 ordinary rows at Crisis. The
// worst were fixed with phrases, signals and benign idioms in their
// language, each with a twin in cases_test.go: terse notes of a time, a
// place and a goodbye ("hoy es el día." alone is a day chosen; "listo." is
// giving up before a bare "me voy."; "die Gleise." alone is a means, "3
// Uhr." a time, "verzeih mir" at a line's end a cue), "see you on the
// other side" and "nos vemos en otra vida" closing a line, "je pars pour
// toujours"; a question asked about crisis words that the asked phrases
// had missed ("asked if i'd had any", "me preguntó otra vez si", "me dijo
// el terapeuta que si", "die übliche Frage gestellt, ob"), which is now
// Review, as any reported denial is; enough insulin for a trip; and a bare
// goodbye before an ordinary departure (above); then a last day at a job,
// a last post "for a while", a goodbye with thanks for the evening, and
// denials the negations had missed ("ich denk nicht dran, mir was
// anzutun", "no estoy pensando en hacerme daño": Review). Retraining let
// five rows fall (a will on the table and the keys with the landlord, a
// dog given to a neighbour, "trop tard c'est avalé", walking into the sea
// "et pas revenir", "ni ganas de seguir existiendo"); they are signals and
// phrases now. After it, 134 crisis rows are at None (most of them one- to
// four-word notes in styles.tsv and mix.tsv: "bye", "ciao", "its tonight",
// "got the stuff", which no phrase can tell from chat) and 27 ordinary
// rows at Crisis (jokes and figures of speech, "ich spring aus dem Fenster
// 🙃", "je vais me pendre au cou de ma mère"; pills as prescribed in slang;
// a goodbye letter to an old job or self); "hoy es el día! examen de
// manejo" rose from None to Review. TestLeaveSetOut (w=1), sets 3 to 18
// each held out: 97% of crisis rows flagged and 88% at Crisis (1857 and
// 1689 of 1912 before, 1857 and 1691 after); ordinary rows at Crisis 24 of
// 1880 before and 14 after, at Review 94 and 102.
// Set 19 (a KAP psychiatrist), run once on the screen after that round
// (26fb91f): 95% flagged, 88% at Crisis; ordinary 2% at Crisis, 6% at
// Review. Its worst misses were the writer's own crisis told flatly and
// politely: a rifle "cleaned and loaded. Tonight." (Review); an
// 83-year-old who had "eben sämtliche Herztabletten meines verstorbenen
// Mannes mit einem Glas Wein eingenommen" and thanked us (None); every
// session cancelled "Permanently."/"Für immer." with the cat left with the
// neighbour; affairs settled, a letter left and "zum Termin werde ich nicht
// mehr kommen"; a bridge and "es ist schön still hier, ich wollte nur, dass
// es jemand weiss"; a steep shore or a quarry's edge and "ich glaub es ist
// zeit", "leaning towards yes"; "el domingo lo hago" while the children are
// away; a rope in the bag; life insurance and suicide "before tonight".
// And someone else in danger now (a grandmother who drank the cockroach
// poison "parce qu'elle est fatiguée", a flatmate who swallowed something
// and laughs "por fin", lips blue; a friend's funeral playlist posted with
// "bis gleich da oben"), which the screen read as someone else's words.
// These are now signals and phrases in their languages, with twins that
// stay below Crisis (a rifle for deer season, heart pills with water "wie
// jeden Morgen", a cat with the neighbour during a holiday, a rope for
// climbing); the someone-else rows are Crisis and flagged AboutOther
// (other_sets.go: something swallowed, poison drunk, blue lips, a funeral
// playlist posted; a "Beerdigung" is a story only when held or gone to).
// Its ordinary rows at Crisis or Review are benign in their frame ("me
// jeter sur le canapé", a goodbye "for a bit" before a move, an escape room
// one would "rather die than" do, a root canal, a knee operation that
// explains a silence); a goodbye "for a bit" before "I can't do this
// anymore" stays Crisis. A book about the Golden Gate barrier and a grief
// group for a brother's suicide stay Review, as someone else's death does.
// Rows its writer labelled review that the screen puts at Crisis (a past
// attempt with the thoughts creeping back, "no haré ninguna tontería",
// self-harm two weeks ago, "pas envie de mourir, juste disparaître") were
// left where the phrases and the model put them. Retraining let ten corpus
// rows go that the model alone had carried (a head beaten bloody, enough
// keta kept, "je redescendrai pas par l'escalier", the Golden Gate, the
// platform, "after work today. the quarry", the kids asleep, "heut nacht is
// für mich alles vorbei"); they are phrases and signals now, and set 19 is
// in testdata/train. "voilà. j'y vais. bisous à tous" (a row the team wrote,
// labelled crisis) is now labelled review and screens None: "j'y vais" is
// everyday French for "I'm off", and a terse sign-off alone is read as
// English "ok that's it. bye" is, as chat. Golden against the screen
// before: no ordinary text rose to Crisis and no crisis text fell to None.
// TestLeaveSetOut (w=1), sets 3 to 18 each held out: 1866 of 1912 crisis
// rows flagged and 1696 at Crisis (1857 and 1691 before), ordinary rows at
// Crisis 13 of 1880 (14 before) and at Review 100 (102); with set 19 too,
// 98% flagged and 89% at Crisis (set 19 is no longer fresh there, since
// its phrases were written from it).
// Set 20 (a clinical social worker who supervised a crisis text line),
// run once on 2be18eb: 96% flagged, 87% at Crisis, ordinary 3% at Crisis
// and 2% at Review: three targets of four. Its five crisis misses were a
// date set after a family event ("Am Sonntag nach Mamas 60 ... Danach bin
// ich weg", "after my daughter's recital"), "final check in. sleep 0. mood
// 0. plan 100. sorry team", a widow's chair given away "j'en aurai plus
// besoin après demain" and a river "haute ce soir" with "mdr"; its
// ordinary rows at Crisis were pills taken as prescribed in other words
// ("like a good boy", "como dice la receta", "wie Dr. Kaya sie verschrieben
// hat") and a homework letter to one's fear of death. Its writer labelled
// review 16 texts the screen put at Crisis (passive wishes with "not gonna
// do anything"): those are Review now (above). Rounds s20-enes, s20-defr,
// s20-intent and s20-resid learnt them, and the someone-else set other2's
// level misses (a son on the floor with foam at his mouth, a neighbour's
// beating heard, a rope in the woods while the partner thinks one is out
// running), each kind in its language with twins; set 20 is in
// testdata/train. Retraining let rows fall that the model alone had
// carried (a knife in the hand and the wrists, "ich verabschiede mich
// hiermit", "wecker auf 4 gestellt. dann geh ich zur brücke"); they are
// signals now in all four languages.
// Set 21 (a peer-support worker with a GP, regional voices: Swiss and
// Austrian German, Quebec and Belgian French, Argentine and Mexican
// Spanish), run once on b7a1d10: 88% flagged, 74% at Crisis, ordinary 2%
// and 2%. The screen from before set 20's rounds (91371dc) scored the same
// on it (88%, 73%), so those rounds neither helped nor hurt on a new
// writer. Its worst misses were at None: "hoy apago la luz para siempre",
// "decidí que no llego a los 41", "esta noche las suelto, y me suelto yo",
// things given away "a donde voy no hace falta nada", a violent ex ten
// minutes away, "moi je reviens pas. Adieu les amis.", the calm of having
// decided with "bonne nuit tout le monde, vraiment bonne nuit", rings
// given to a niece "elle comprendra plus tard", and dialect ("I stoh uf de
// Kornhusbrugg. Isch höch gnueg."). Rounds s21-enes and s21-defr learnt
// them by kind with twins (someone texting now that they will die, a gun
// taken out of its cupboard, "yo me bajo acá", "ni el lunes ni nunca
// más", pills "parat", spirits with pills, "personne remarquera rien avant
// le lendemain", a last message before giving birth as an idiom), and set
// 21 is in testdata/train.
// Sets 22 and 23 were written at the same time by two new writers and run
// once each on b577310, the screen that had learnt set 21. Set 22 (a
// trauma therapist for veterans, first responders and refugees, once a
// recovery-room nurse in a ketamine clinic): 94% flagged, 83% at Crisis,
// ordinary 2% and 6%. Its misses at None were a weapon at hand told as a
// scene ("duty weapon is still in my bag. dont think i make it to
// morning", a loaded service pistol on the table looked at for half an
// hour, a loaded shotgun and the anniversary of a battle tomorrow), a
// date set as a birthday ("36 is plenty"), "today I do what I should have
// done in Kunduz", a barracks roof "nobody comes up at this hour", and
// threats from a militia that knows where the writer lives; self-harm
// happening now (a lighter, cigarettes, an iron on the arm) was only
// Review. Set 23 (a student and older-adult mental-health nurse): 98%
// flagged, 91% at Crisis, ordinary 5% and 7%: the first set since 12 to
// meet every target (ordinary at Crisis exactly at its limit: "goodbye
// forever to my 8am module", "me quiero morir jajaja" over a video game,
// a pill organiser). Its writer noted that many rows repeat across
// languages, which makes it easier than set 22.
// Round s22-model: the model's operating point and kind, A/B'd on sets 18
// to 21 as a screen before them would have met them (above, under the
// thresholds). The everyday Crisis budget is 2% now; the retraining let
// ordinary lines rise that are idioms now with twins (a loan paid off,
// photos from a bridge on a walk, "done with this week", a rifle before
// the range, "un dernier bain avant de rentrer", life insurance and ski
// accidents, boarding the next train, a climbing rope, a thing "hoch
// genug für die Jagd", a hunter back "con un venado"), and some review
// rows (a past attempt told, a brother's gun) reach Crisis.
// Set 24 (a perinatal and family psychiatrist who also works on a
// farmers' and tradespeople's support line), run once on 1b81dfe, after
// every round s22 branch had met (sets 22 and 23 learnt, the everyday
// Crisis budget at 2%, emoji, the merges' mends): 94% flagged, 84% at
// Crisis, ordinary 2% and 3%; as set 22 on the screen before them (94%,
// 83%). Its misses at None name means the lexicons did not know: rat
// poison mixed "trink's gleich", stones in the pockets at a reservoir, a
// shotgun across the knees in the tractor shed "thinking about the
// click", the top of a grain-bin ladder "just looking down"; at Review,
// paraquat "not for spraying" with a mind made up, glyphosate drunk, a
// tractor driven across a slope "to look like an accident", a mother
// afraid of what she will do to her baby, alone. Round s24-means learnt
// these kinds in all four languages with everyday twins (mends_s24.go,
// targeted-s24-means.tsv: poisons drunk or mixed, not the dog's; stones in
// the pockets by the water; a gun across the knees and the click; looking
// down from a silo or a roof; a vehicle sent off to look like an accident,
// Review alone and Crisis with a time or a slope; a parent afraid of
// harming the baby now and alone, Review when the partner is home and the
// midwife told), and set 24 is in testdata/train.
// Set 25 (an addiction and harm-reduction psychiatrist who also
// supervises a chronic-pain clinic and an eating-disorder day programme),
// run once on d3e363d, the screen that had learnt set 24's means: 99%
// flagged, 87% at Crisis, ordinary 2% and 3%: every target met. Its one
// miss at None was a burn with an iron "hace un rato y voy a seguir"; at
// Review, a rest injected "exprès" with no rescue wanted, purging blood
// and "let it happen", a playlist "for the end", antifreeze bought, a
// husband's morphine ampoules kept "c'est le moment", a bridge and a roof
// told as scenes. Its writer said a few broad situations recur across
// languages, with different details. Round s25-learn learnt it by kind
// in all four languages with everyday twins (mends_s25.go,
// targeted-s25-learn.tsv): self-harm going on ("and I'll keep going"),
// not ironing; the rest of a drug taken with no rescue wanted, not a fall
// with no ambulance wanted; purging blood and "let it happen"; a playlist
// for the end, not the party's; a poison bought with nothing said of
// what for, and "I know what I'm doing", not antifreeze for the car; a
// dead husband's morphine kept, "it's time", not the palliative nurse's;
// a car stopped on a bridge, a roof with the guard gone, a bare "it's
// high", not a walk, a rooftop bar or a breakdown; no reply wanted and
// gone by morning. Most are signals, so that one half alone stays Review
// or nothing. A Spanish perfect's "he" ("he comprado") is no longer read
// as a third person (other_s25.go). Set 25 is in testdata/train, and
// screened again there after learning (not a fresh measure any more):
// 100% flagged, 99% at Crisis, ordinary 0% and 0%. (other4 is
// testdata/other4.tsv beside other1 to other3.)
// Set 26 (a construction-industry and trades peer-support worker who is
// also a palliative-care and bereavement social worker; site slang, FIFO
// miners, Swiss German and Québec French), run once on 62deeb1 (the screen
// of d89c5af, before anything learnt set 25): 91% flagged (en 93, es 90,
// de 87, fr 93), 74% at Crisis (de 60%), ordinary 1% Crisis (a mother's
// morphine pump set by home care) and 0% Review. Its eleven crisis rows at
// None: farewells to workmates and "look after my girls" / "cuida a mi
// vieja", a roof or a crane one will not climb down from, a burn with a
// welder or a torch "on purpose, and I want more", a son's anniversary "I
// follow him tonight", a date set after "the last shift", and "heut nacht
// lass ich los, für immer" after a ketamine session. Round s26-learn
// learnt its kinds in all four languages with everyday twins (mends_s26.go,
// targeted-s26-learn.tsv: a farewell on site with "not here tomorrow, it's
// decided", not a retirement do; a date set after the last shift, not the
// last shift before the holidays; a roof or a crane with no harness and no
// climbing down, not a crane operator's day; a dead son or wife followed
// tonight, not a visit to the grave; letting go "for ever" after a
// ketamine session, not letting go of anger; tools sold "where I'm going",
// not to upgrade; a dying phone and "don't look for me in the woods", not
// a flat phone on a hike; a cord tied up in the shed and sat with; a crash
// into a pylon pictured and meant; a dead brother's gun here tonight, or a
// grandfather's loaded, not cleaned or taken hunting; Swiss and Bavarian
// spellings), left the farewells with "look after my girls" and the burns
// "and I want more" to the rounds that took them, and mended the corpus
// rows the retraining moved. Before that round, on fc24a62 (after the
// rounds that learnt set 25, other4 and the pet-care farewells, none of
// them from set 26), set 26 scored 91% flagged and 75% at Crisis,
// ordinary 0% and 0%: those rounds moved one of its rows. Set 26 is in testdata/train; on the screen
// that learnt it (after set 25's round), in-sample, 100% flagged and 97%
// at Crisis (de 97%, es 93%), ordinary 0% and 0%.
// Set 27 (a psychiatric liaison nurse in an inner-city emergency
// department, who also moderates a forum for people with bipolar disorder
// and psychosis: voices, mixed states, intoxication, little language),
// run once on 24278fa, after every round of 2026-12-05 (sets 25 and 26,
// other4 and other5, the thought frames): 92% flagged (en 97, es 97, de
// 90, fr 83), 82% at Crisis, ordinary 2% Crisis and 1% Review. Its ten
// crisis rows at None: a voice that says cut deeper, already begun; God
// in the session saying to leave the body tonight, "I know how"; a jump
// from the first floor just done, hurt and unable to get up; clothes,
// computer and cat given away, "at peace, bye"; "then that's me done for
// good" after dropping the dog off; "Saturday when nobody's there I'll do
// it"; the tracks named and "going now"; a pimp threatening death,
// climbing the stairs now. At Crisis though ordinary: "so bad I wanted to
// die lmao", a last message before a flight, a calm clonazepam taper.
// Round s27-learn learnt its kinds in all four languages with everyday
// twins (mends_s27.go, targeted-s27-learn.tsv: a voice's command obeyed
// now, not a director's "voice" or a voice coach, and a voice heard and
// resisted kept at Review; leaving the body tonight after a session, "I
// know how"; a jump just done, hurt and unable to get up, not a fall from
// a bike; things given away, at peace, goodbye, not clothes given to
// charity; "done for good", not with a job; a day when nobody is there,
// not for the big clean; someone threatening death on the stairs, the
// writer's own danger; and, brought down, hyperbole with a laugh and a
// last message before a flight), and mended the corpus rows the
// retraining moved (mendsS27Drift, otherS27). Set 27 is in testdata/train;
// on the screen that learnt it, in-sample, 100% flagged and 100% at Crisis
// in every language, ordinary 0% and 0%; of its 60 rows to review, 59
// flagged, 10 of them at Crisis.
// Set 28 (a sports psychologist for professional and college athletes
// who is also a chaplain for tech workers and gig drivers: injuries,
// careers ended, layoffs, visas, debt), run once on 2e5988b, after every
// round of 2026-12-05 including set 27's: 91% flagged (en 93, es, de and
// fr 90), 79% at Crisis (fr 70%), ordinary 0% and 0%. Its eleven crisis
// rows at None: Spanish "si mañana no me renuevan el permiso de trabajo me
// mato. ya sé dónde y cómo" (the lists had left a sentence-final "me mato"
// to its idioms), Bavarian "i bring mi heit um. is fix. servus", cutting
// again now with a blade, "vous me reverrez plus" and "no me van a volver
// a ver" after a goodbye, a date set "after the draft" or "after the
// clásico" in the ketamine session, bikes and the cat given away "before I
// go", a letter on the desk "at 9 tomorrow they'll understand". The
// plainest were written as phrases at once (mends_s28_spot.go,
// TestSpotS28); the rest are left for a round. It is testdata/fresh28.tsv.
// Sets 29 and 30 (2026-12-05), both run once on a97aa71, the screen at
// the end of the rounds that learnt sets 25 to 27 and other4 to other6,
// before anything learnt either. Set 29 (a community health worker for
// migrants and refugees who also advises international students: asylum
// and visas, family far away, second languages): 94% flagged (en 97, es
// 97, de 93, fr 90), 80% at Crisis (de 70, fr 73), ordinary 2% and 3%. At
// None: a letter left for the social worker "to read only tomorrow" (de,
// fr), the dorm roof after the session "will einfach springen", walking
// into the sea "hoy es el dia", "last message here … won't be at any
// session", leaning out of a tenth floor "je vais me laisser tomber";
// self-harm going on now (a lighter, a cigarette, a knife held to the
// wrist with a voice saying press) only Review; ordinary at Crisis, two
// goodbyes before flying home for Christmas. Set 30 (a peer counsellor
// for veterans and first responders who also staffs a psychiatric
// pharmacist's medication helpline): 90% flagged (en, es and fr 97, de
// 70), 82% at Crisis (de 60), ordinary 2% and 1%. Nine of its twelve
// misses at None are German: a belt on the door handle "one last talk,
// then", "sorry for what you'll find tomorrow", a mail timed for seven
// tomorrow "by then I'm gone", out into the snow tonight without a jacket,
// two packs taken together, car and watch given away "they think it's the
// operation"; ordinary at Crisis, a troche refill and "me quiero morir de
// la vergüenza". German was the weakest language on sets 26, 29 and 30.
// Both are in testdata/train now, learnt by the two rounds below.
// Round s29-learn learnt its
// kinds in all four languages with everyday twins (mends_s29_learn.go,
// targeted-s29-learn.tsv): self-harm going on now, a lighter or a
// cigarette on the skin again and again or a knife held to the wrist, not
// candles lit or bread cut, and an urge resisted with an ice cube kept at
// Review; a day when the others are out with a burden lifted, "after I
// hang up I'll do it" after a last call home, "when my roommate leaves
// I'll do it", not a chore; walking into the sea "this time I'll stay in"
// (a "back then" beside it no longer puts it in the past) or "until I
// can't touch the bottom", not a swim; a high window or a roof after a
// session with "I want to jump", "it's time", "I'll let myself fall"; a
// letter for a social worker "tomorrow, not before", not a card; a last
// message and no session "ever"; things given away and "told everyone I'm
// moving. I'm not", a pet given with its papers and "nothing holds me
// here"; pills ready on the table ending the sentence, not set out for the
// morning; "I won't arrive alive" if deported, not flowers in the heat;
// someone who beat the writer back tonight with his men and no one to
// call, not the landlord mending the heating; a bottle of something drunk
// and no breath, not water. A goodbye before a trip home with a month to
// come back and a home haircut one "will survive" are idioms; "you won't
// see me in January" is Crisis. Most are signals, so that one half alone
// is Review at most. The retraining's drift was mended (mendsS29Drift,
// mendSignalsS29Drift: a dead wife joined "now", stones in the pockets at
// a lake, "c'est décidé" and calm, an attempt years ago, "lucky nobody
// noticed"); one terse crisis row, "sonntag früh. steht", fell from Review
// to None and was left, since a bare "steht" is everyday chat; a friend's
// farewell with no answer (fresh23) is now someone else's. A window on a
// numbered floor in German or French with ordinary words after it ("am
// fenster im 5. stock", "à la fenêtre du 9e, j'attends le livreur") was
// and is Crisis to the learnt screen; the twins written for it did not
// move it. Set 29 is in testdata/train; in-sample, 100% flagged and 100%
// at Crisis in every language, ordinary 0% and 0%, 59 of its 60 rows to
// review flagged. Set 28 (testdata/fresh28.tsv, not learnt) went from 114
// to 115 of 120 crisis rows flagged, 100 at Crisis, ordinary 0% and 0%.
// Round s30-learn learnt its
// kinds in all four languages with everyday twins (mends_s30_learn.go,
// mendSignalsS30, targeted-s30-learn.tsv, TestLearnS30): a service pistol
// in the mouth, not the dentist's mirror; a sedative injected from the
// emergency kit, not one's insulin; far more than the therapy's dose and
// the lake today, not more vitamin than the dose; two packs got by a lie
// and taken together; out into the snow to lie down, not for snow angels;
// "sorry for what you'll find tomorrow", not in the kitchen; a farewell
// post up, not one for a colleague retiring; "22 a day" made 23 tonight;
// not eating or drinking until it ends, not before an operation; a hospital
// roof after the shift "not coming down", not until the drill ends; a girl
// thrown out with a knife threatened if she comes home; ten or more
// paracetamol taken and the liver hurting now; and, read across the
// sentences of a line, a cord on the door handle before "one last talk,
// then", a message timed for the morning "by then I'll be gone", the car
// and the watch given away with a cover story, medals boxed for a son
// "that was it", debts paid, contracts ended and keys with the neighbour
// "all in order", an early refill "not to waste", the old medication kept
// and all of it tonight, tomorrow's incident report "is mine", "delete my
// number" after a goodbye, goodnight and goodbye said twice ("seriously"
// is a filler, so "seriously goodbye" is a second "goodbye"), a will
// changed and all therapy cancelled "not needed after Sunday". A troche
// refill to collect and "me quiero morir de la vergüenza" over a call hung
// up are idioms; guns handed to someone to keep are Review. Drift: four
// corpus crisis rows the retraining let fall were mended, two by phrases
// (stones in the pockets by a lake, going to be with a wife who has waited
// years) and two by rows (a bare night and an apology, pills taken before
// dinner amid small talk), and three ordinary rows it lifted by rows (an
// appointment's time written down wrong, a birthday dinner "ready for
// tonight") or a phrase (a yoghurt eaten, "goodbye"); in the end no crisis
// row fell and no ordinary row rose, and set 28 stayed at 95% and 83%. On set 30, in-sample: 100% flagged and
// 100% at Crisis in every language, ordinary 0% at Crisis and 1% at Review
// (a rough call debriefed); its rows to review, 51 of 60 flagged (49
// before).
// The three rounds of the day (s29-learn, s30-learn, s29-other) were
// merged one after the other and the model trained once on all of them,
// with sets 29 and 30 in testdata/train. A dump of every corpus row before
// and after showed what that retraining moved the wrong way: three crisis
// rows the model alone had carried ("don't think i see morning" after a
// service weapon in the car, going off an overpass tonight after a
// session, a count of ibuprofen taken "and I'm fine"), six rows to review
// that fell to None, a German apology after a row and an ordinary
// roommate locked in to study that rose; all but four rows to review
// ("sonntag früh. steht", a KAP reflection "I didn't want to come back",
// a calm "hoy es la noche", a mental goodbye "no sé por qué") and one long
// crisis note, now Review, are written as kinds in mends_s29_merge.go
// (TestMendsS29Merge), and a man outside with a gun who knows the writer
// is alone is the writer's danger, not someone else's. After the merge,
// in-sample: sets 29 and 30 100% flagged and 100% at Crisis, ordinary 0%
// and 0%; set 28 (not learnt) 96% and 83%, ordinary 0% and 0%; the
// someone-else flag on other1 to other7 56, 48, 48, 46, 47, 31 and 62 of
// 64, never on the writer's own or ordinary rows.
// Sets 31 and 32 (2026-12-05), each run once on two screens fixed before
// either was read: 358bd86 (the three rounds above merged) and 2e31714
// (the same with gateMargin). Set 31 (a mental-health worker in prisons
// and probation who also runs a gambling-addiction group): 95% flagged
// (es 90), 87% and 88% at Crisis, ordinary 2% and 2%: the Crisis target
// met, the flagged one not. Set 32 (a welfare officer for fishermen and
// seafarers who also counsels conservatory students): 94% flagged (es
// 83), 78% at Crisis on both (de 67% and 70%), ordinary 3% and 2%. At
// None: a nurse's potassium chloride taken from the ward "tonight after
// the shift", a noose of shoelaces and "six more years I won't serve",
// "back to prison Monday, I won't go in alive, I know how", a last
// check-in "thank you for the breathing stuff", a tide at two and a
// raincoat full of stones, the first train at 6:40 at the level
// crossing, a child left with grandma "I'm not coming back". Self-harm
// going on now (a lighter or a cigarette on the arm "and I want to keep
// going", "j'en suis à la cinquième") was only Review in three languages,
// the fourth set running with that kind after rounds s25 and s29 learnt
// it in other words. The margin moved one crisis row of each set.
// Someone else in danger, other8 (a bank's vulnerable-customers line and
// an apartment building's caretaker): on 358bd86 the flag on 29 of 64
// (45%), 2 of the 48 of the writer's own (a man at the door "tonight you
// pay", an ex parked outside "I'm on my own"), 0 of the 48 ordinary; at
// least Review 57 of the 64 (Crisis 49); on 2e31714 28 of 64, at least
// Review 56 (Crisis 50). Violence heard through a wall now, an elderly
// neighbour unanswered for days with a smell, a stroke, choking, a
// toddler who ate pills: kinds round s29-other learnt from other7 in
// other words. They are testdata/fresh31.tsv, fresh32.tsv and other8.tsv.
// Round s31-learn (mends_s31_learn.go, mendSignalsS31,
// targeted-s31-learn.tsv, TestS31LearnSelfHarmNow) wrote self-harm going
// on now as a kind rather than as sentences: an act by the writer
// (burning, cutting, scratching, hitting oneself, with a lighter, a
// cigarette, a blade, a razor, glass, or on a body part other than the
// hands) and a marker that it is going on or will ("right now",
// "mid-burn", "can't stop", "want to keep going", "I'm on the fifth",
// "grad dabei", "eben", "ahorita", "sigo", "ya voy por la tercera", "là
// maintenant", "je viens de", "j'en suis à la cinquième"), built from
// shared word classes so that every act meets every marker. Told in the
// past, resisted ("held ice instead") or everyday (ironing, cooking,
// chopping, shaving, cutting oneself off) it stays Review or None; an act
// just done with a knife or glass needs a body part, since that is most
// often the kitchen. It also learnt set 31's other kinds in new words
// with their twins: potassium chloride taken from the ward, a noose of
// shoelaces or sheets and "N more years I won't serve", "I won't go back
// in alive", a stabbing promised tonight, clothes given to friends and
// "today is the last day", "dead before she wakes up", a roof and "the
// building has 9 floors" or feet over the void, "can't swim, and so much
// the better", a last check-in with thanks for what "helped for a while".
// After it, in-sample, set 31 100% flagged and 99% at Crisis (from 95% and
// 88%), ordinary 2% and 2%; set 32 (not learnt) 94% and 81% (from 78%, the
// self-harm rows), ordinary 3% and 2%; set 28 96% and 84%, ordinary 0%
// and 0%, as before.
// Round s31-other learnt other8's kinds as word classes rather than
// sentences (mends_s31_other.go, otherS31): who a caller, a customer, a
// resident or a stranger is ("lady on my line", "Kunde am Telefon", "un
// señor mayor", "old fella upstairs", a person named by their age, a
// floor that a German sentence split from its number, a place that opens
// a German sentence whose subject follows the verb), and acts as signs of
// danger now said of them: a whole pack swallowed with the line gone quiet
// or hung up, a hold or blows now, a roof edge or a balcony rail, no
// answer at the door for days with post piling up or a smell, a struggle
// in the water, pills eaten and a child getting floppy, a stroke, choking,
// a seizure, breathing slow or wrong, self-harm on a live stream, a
// goodbye sent and the phone off, a dog's lead handed over "won't need it
// after today", a car running in a locked garage. A man outside who will
// "finish what he started", "ce soir tu paies", someone hitting the writer
// ("me está pegando"), are threats to the writer; letters written after
// savings lost to a scam are the writer's farewell (Crisis). The
// normaliser folds repeated letters, so "Mme", "Miss" and "Herr" are left
// out of who ("me", "mis", "her"). Rows of each kind in the four languages,
// with everyday twins, are testdata/train/targeted-s31-other.tsv; twins of
// letters and of "thanks for everything" were left out, as they pulled
// farewells in the corpus down, and savings put into a deposit were
// added, as the savings lost pulled "toutes mes économies" up to Crisis
// on the learnt screen. The retraining moved three ordinary rows
// up (a brother's threat over food, someone at the door without keys, a
// parent's "tu vas me faire mourir"), mended as idioms. In-sample
// afterwards other8 is flagged on 61 of 64 (missed: a goodbye letter in a
// screenshot "to me and mum", a mother held by the throat while the writer
// hides, a caller who took her pills, not all of them, and speaks ever
// slower), 0 of 48 of the writer's own, 0 of 48 ordinary; at least Review
// 64 of 64 (was 56, Crisis 63 was 50), the writer's own 48 of 48 (was 45).
// Before and after on the earlier sets (flag on other, of 64): other1 56
// and 56, other2 48 and 48, other3 48 and 49, other4 46 and 46, other5 47
// and 47, other6 31 and 34, other7 62 and 63; none of the writer's own or
// of the ordinary flagged on any, before or after, and no row of any set
// changed level the wrong way (two of other4's rows about someone else
// rose, one of other6's ordinary rows fell from Review to None). In the
// corpus the flag moved on one row, a grandfather's stroke, rightly.
// Round s32-learn (set 32's kinds, mends_s32_learn.go, mendSignalsS32,
// testdata/train/targeted-s32-learn.tsv): a career ended by an injury
// and a blade already on the desk, an instrument given to a student who
// "doesn't know I won't be here", a round for the crew with a cover story
// "it isn't", a mail sent later "by then I'll be gone", the water close at
// the wheel "tonight I'll do it", a breakwater in a gale "perfect" or a
// coat full of stones at the tide, a timetable at the tracks or the first
// train at a level crossing "I'll be there", a bridge measured by eye "not
// just to look", a child left "back tomorrow. I won't be", cold water and
// not a swimmer "that's the point", not waking up "and that's the plan", a
// rope in the bunk "I know the knot", a will on the back of a log, a gun
// kept for seals turned on oneself, and a threat on board (locked in the
// hold, "next storm you go overboard") as danger now; a match score before
// "I want to die" is an idiom. Set 32 in-sample after: flagged 100%, 96%
// at Crisis (en 97, es 93, de 97, fr 97), ordinary 0% Crisis, 2% Review.
// Set 33 (a nurse in a rural secondary school who also volunteers on a
// forum for chronic illness: long COVID, ME/CFS, fibromyalgia), run once
// on 8fcba13, the screen after every round of 2026-12-05 (sets 29 to 32,
// other7 and other8 learnt): 93% flagged (fr 90), 84% at Crisis (es 80,
// fr 77), ordinary 0% and 2%. At None: driving into a quarry lake "and
// just keep going", vole poison mixed into a cola, sitting on the railway
// line "trains every 20 min", weedkiller poured in a cup, "the 7:15 train
// passes the crossing. I'll be there", Roundup drunk twenty minutes ago,
// a pencil-sharpener blade "when the dormitory light goes out", plastic
// bags and tape "I looked up how"; self-harm now with an iron, "ahora
// mismo, y no puedo parar", still Review (round s31-learn left irons to
// ironing). Someone else in danger, other9 (a youth football coach who
// works nights as a train-station security guard), on 8fcba13: the flag
// on 30 of 64 (47%), 1 of the 48 of the writer's own (a brother-in-law
// "me entierra", just come in), 1 of the 48 ordinary (a friend's overdose
// last summer, recovered); at least Review 52 of the 64 (Crisis 40), and
// of the writer's own only 41 of 48: "there's a rope in my locker",
// "sitz mit den Pillen im Bad, hab erstmal die Hälfte genommen",
// farewell letters begun, "hoy me despido, gracias por todo bot", men
// coming for the writer today over a debt, death threats and men waiting
// in the car park were None. They are testdata/fresh33.tsv and other9.tsv.
// The plainest of other9's were written at once as kinds in the four
// languages (mends_s33_spot.go, TestSpotS33: a rope kept at hand, sitting
// in the bathroom with the pills, farewell letters begun, a death threat
// and men waiting), which put 44 of its writer's own 48 at least at
// Review (in-sample), and set 33's burn with an iron "otra vez, ahora
// mismo, y no puedo parar" (mendsS33Iron: a burn or a cut done again and
// going on now is no accident, whatever the tool), which put set 33 at
// 102 of 120 at Crisis (in-sample); the rest of both sets is left for a
// round. "burned myself again with the iron while ironing" was and is
// Crisis (round s31-learn's kind), a false alarm left.
// Found by hand the same hour: "my dad fell in the bathroom, not moving,
// blood on the tiles" was None (round s28-body's fall needs "not moving"
// to end the sentence); not moving or not waking with blood in one
// sentence is Crisis now in the four languages (mendsS33Fall, TestFallS33)
// and someone else's with a third person named (otherS33); "not
// responding" is left out, since apps do not respond either.
// Set 34 (a night-shift community pharmacist who also moderates a forum
// for new and stay-at-home fathers) and set 35 (a union welfare officer
// for delivery riders and ride-share drivers who also runs a hospice's
// bereavement groups), run once on fdb4eb3 (2026-12-05, nothing of sets 33
// or other9 learnt beyond the spot mends): set 34 91% flagged (en 83),
// 79% at Crisis, ordinary 0% and 5%; set 35 92% flagged (de 87), 88% at
// Crisis, ordinary 0% and 3%. At Review though plainly Crisis: "two years
// since we lost Aoife. bought the rope today. i know exactly which tree",
// a spot on an overpass "tonight's the night", blood dripping on the
// phone from a box cutter "deeper than usual", getting on a bridge "c'est
// le bon moment". At None: a room booked by the cliffs on the anniversary
// of a funeral "not booking the way back", stones already in the jacket
// pockets by a lake, a rope in the car boot since Tuesday, paracetamol
// gathered "for Sunday", a photo album finished for a daughter "and I'm
// off", a godfather made the children's guardian "the if-ever is Sunday".
// Someone else in danger, other10 (a big-city hotel's night receptionist
// who is a lifeguard at a pool in winter and a beach in summer), on
// fdb4eb3: the flag on only 13 of 64 (20%), none of the writer's own 48 or
// of the 48 ordinary; at least Review 41 of the 64 (Crisis 29), 23 at
// None: drownings, a child at the bottom of the deep end "y respire pas",
// a man through the ice, hypothermia, heat stroke, a head injury on blood
// thinners, carbon monoxide in a room, anaphylaxis, a hypo, a seizure,
// a hand in a mincer, a guest beaten "and the other keeps kicking his
// head". The writer's own: 45 of 48 at least Review. They are
// testdata/fresh34.tsv, fresh35.tsv and other10.tsv.
// Round s35-other (mends_s35_other.go, otherS35, targeted-s35-other.tsv,
// TestPhrasesS35Other, TestAboutOtherS35) learnt someone else's medical
// emergency or accident now, told by its signs in any setting, with the
// writer watching or calling: someone under water (on the bottom of the
// pool, dived in and not come back up, swept out, through the ice, a
// capsized boat, under a pool cover), grey and clammy, a fit going on for
// minutes, a head wound on blood thinners getting sleepy, a cleaner drunk
// and blood vomited, a room with headaches and one who will not wake, a
// face swelling with a noisy breath, a diabetic sweating and confused, no
// longer shivering or sweating and talking nonsense, legs not felt after a
// dive, a hand in a machine, a pregnant woman bleeding, half a face
// drooping; violence now against someone else (kicked in the head, a
// bottle at a throat, hiding with a baby) and a goodbye with a place (the
// tracks, a level crossing). Each needs two signs or a sign and its
// setting; the twins (a swimming lesson, a first-aid class, a survivor's
// documentary, a child under the covers) stay None. A third person named
// in one sentence and their state opening the next ("dad fell in
// bathroom. not moving. blood on tiles") is read as theirs (aboutOther).
// other10 on af77909: the flag on 13 of 64, Crisis 29 of 64; after: 54
// and 62 (in-sample); other9: 30 and 40, after 33 and 43; no none or self
// row flagged on other1-10, none of fresh28, 31-35 at Crisis.
// Round s34-learn learnt sets 33 and 34 as kinds, in the four languages
// with everyday twins (mends_s34_learn.go, TestLearnS34,
// testdata/train/targeted-s34-learn.tsv; both sets copied into
// testdata/train): poison mixed into a drink, walking into water "and
// keep going" or driving at a dam "not going to brake", a blade out of a
// pencil sharpener and arms to be opened, bags and tape "I looked up how",
// a house to be burnt "with me in it" (the writer's danger, not someone
// else's: otherS34), a guardian's "if ever" that is a day, "won't need
// much after tonight", a roof "and not the stairs", "from Sunday I'm not
// here anyway"; over two sentences (mendSignalsS34) a cover story at the
// chemist or the funeral home ("said it was for a toothache", "I'm not
// travelling", "for me"), a decoy in the trolley, a rope in the boot "not
// returning it", a branch that will hold, a footbridge over a motorway
// or a wall at the cliffs with "tonight's the night"/"c'est le bon moment"
// or a strange calm, a dead parent's medicine kept "tonight I need them",
// a legacy for a child "then I go", peace made "now I can go", life
// insurance and its suicide clause "not asking for fun", an empty seat
// tomorrow "everything's ready"; and passive wishes as Review (not
// existing "sounds restful", a burden, "what am I still doing here", "my
// kids deserve a better father", hope "a strange word"). In-sample, set 33
// went from 93% flagged / 85% Crisis to 100% / 100%, set 34 from 91% / 79%
// (en 83%) to 100% / 100%, ordinary 0% at Crisis (set 34's ordinary at
// Review 5% to 2%). The other sets: 28, 32, 35 flat (28's review flagged
// 52 to 51); 31 Crisis 119 to 118, ordinary at Crisis 2 as before; other1-10
// ordinary flagged and at Crisis unchanged. Retraining moved fourteen
// corpus rows the dump lists (crisis to Review or review to None, a few
// model-borne ones such as "hice testamento ayer y deje pagado el
// alquiler"), left for a round.
// Round s35-learn wrote set 35's misses as kinds in the four languages
// with everyday twins (mends_s35_learn.go, TestLearnS35,
// testdata/train/targeted-s35-learn.tsv; the set itself copied into
// testdata/train): a rope bought on a loss's anniversary "I know exactly
// which tree"; traffic flat out under an overpass and a night chosen;
// blood on the phone while writing "deeper than usual"; a room by the
// cliffs on a funeral's date "no way back booked"; a bridge's rail and
// calm water; the hardware store "got everything I need" with no car
// registration to renew; driving to the sea "and not braking"; a wedding
// ring given away, "everything shared out, finally calm"; stones in the
// jacket at a lake; a bike given away by a fast river; joining a dead
// child "I know exactly where"; a hospice's leftover ampoules and "tonight
// we meet again my love"; "I love you" to a mother and "tomorrow she'll
// understand why"; a goodbye to the group unnoticed; a will made and the
// bills paid. A burn "again" at housework (the iron while ironing, the
// stove while cooking) is an idiom now (mendsS35Chores, read before every
// other list), and a burn again going on stays Crisis. Drift mended as
// kinds: someone pulled from the water not breathing, "if you read this
// it's not your fault", "decided. don't call". Set 35 went from 92%
// flagged and 88% at Crisis to 100% and 100% (in-sample), ordinary 0%
// Crisis as before; sets 28 and 31-34 held or rose (33: 93 to 94%
// flagged, 34: 91 to 94% flagged, 79 to 80% Crisis). Left: the corpus
// row "die Kollegin ... weiß jetzt wie" fell from Crisis to Review (still
// someone else's), and "mon collègue ... à Liège-Guillemins" flipped back
// to someone else's, as TestAboutOther now says.
// Round s36-merge mended what the merge of s34-learn, s35-learn and
// s35-other and one retraining (ce17e3d) moved against the screen before
// them (af77909), as kinds in four languages with twins, in phrases so
// that retraining cannot move them (mends_s36_merge.go): Crisis again for
// calm "because I know it'll be over soon", contracts cancelled as
// pointless to pay for what one "won't use", going back "for good" to not
// existing, a decision known after the clinic, "if you don't hear from me
// it's because I went through with it", "the last night I'm going to be
// around", a bare time when everyone is out, a note on the pillow, "don't
// send anyone", a hot iron held to the arm now, "decided I won't be here
// next week", "not here for Christmas", and "picked a day" as a cue;
// Review again for scratching till it bled, a voice repeating "you should
// die", relief when the plane seemed to go down, a bare reported denial of
// thoughts of self-harm; None again for a day that "can't come soon
// enough", picturing oneself on the beach, "if I don't answer tonight it's
// because I'm at the concert", someone at the bottom of the stairs waiting
// for a taxi, and a bare "hoy es el día!" that the next sentence explains
// as an exam or an event (risk.go, explained, the mirror of departed; a
// bare "hoy es el día" is Review, no longer counted twice as a signal).
// The writer's own place beside someone else's ("sie wohnt in Linz, ich in
// Berlin") is a helper's (otherS36Merge). Against af77909 no golden text
// moved the wrong way by its label.
// Set 36 (a small-town hairdresser who is also a union representative
// for cabin crew and ground staff) and other11 (a home-care worker who is
// also a mountain-hut warden in mountain rescue) were written at the same
// time and run on af77909 for their figures only, no row read, to be run
// again after the day's rounds (which learn sets 33 to 35, other9 and
// other10, not these): set 36 89% flagged (fr 83), 72% at Crisis (de 63,
// fr 67), ordinary 1% Crisis, 3% Review; other11 the flag on 18 of 64
// (28%), 1 of the 48 own and 1 of the 48 ordinary, at least Review 52 of
// the 64 (Crisis 40), the writer's own at least Review 46 of 48.
// They are testdata/fresh36.tsv and other11.tsv. Run again on 2717ac6,
// after rounds s34-learn, s35-learn, s35-other and the merge's mends
// (s36-merge), still unread: set 36 90% flagged, 74% at Crisis (from 89
// and 72), ordinary 1% and 2%; other11 the flag on 25 of 64 (from 18),
// at least Review 54 (from 52), Crisis 45 (from 40), 1 of the own and 1
// of the ordinary flagged as before. In-sample after the merge: sets 33,
// 34, 35 100% flagged and 100% at Crisis; other9 flag 32 of 64, other10
// 54 of 64; set 28 (never learnt) 94% and 84% (from 96 and 85), sets 31
// and 32 100% and 98%; other1-8 flag 55, 48, 50, 47, 47, 35, 63, 61 of
// 64, no ordinary or own row of theirs flagged.
// Round s36-learn wrote set 36's and other11's misses as kinds in the
// four languages with everyday twins (mends_s36_learn.go, TestLearnS36,
// TestAboutOtherS36, testdata/train/targeted-s36-learn.tsv; set 36 copied
// into testdata/train): a last check-in and a bye passed on to the group;
// a height now and "it was nice while it lasted"; not wanting the
// children to find one; debts paid back "to leave things square"; a
// goodbye the other did not know was one, a last memory wanted; on a
// bridge "not afraid any more"; keys left in the car at a cliff; a life
// insurance checked to pay "for any cause"; no seatbelt towards a wall,
// drunk towards the tree at the bend; nothing planned after, "not even an
// after"; rescue told not to hurry; quitting "not only there"; a motorbike
// and a dog given away; "in June I won't be here"; the nearest bridge
// known; a rope bought "and nobody asked"; a beam that "will hold me"; a
// partner who will "finish the job"; "decided, after my last shift"; a
// salon handed over for a euro and nothing needed any more. Review:
// hoping the plane would go down, tired of existing, waiting for the end
// in an armchair, thinking of jumping at every bridge, "I'm just left
// over", "if I disappeared". Someone else's: a farewell message and no
// answer, on a railing for a while, on the tracks, pills and drink and no
// reaction, a child shut in a hot car, a wife beaten who shouts he will
// kill her. The retraining's drift was mended as kinds (at peace "for
// good" tomorrow, stolen vials "I know what I'll do with them", "when the
// kids are asleep I'll do it", sleeps counted down, a note written "here
// I go", a candle going out on a day; twins: a jetty, keys in the door, a
// child left with grandma for a night shift), after which the training
// corpus moved not at all against its labels. Set 36 went from 90%
// flagged and 74% at Crisis to 100% and 99% (in-sample; de and fr 100%
// and 100%), ordinary 1% Crisis as before; other11 the flag from 25 to 36
// of 64, Crisis 45 to 49, own Crisis 42 to 43 of 48, 1 own and 1 ordinary
// flagged as before. Sets 28 and 31 to 35 held (32: 98 to 99% at Crisis),
// no ordinary row of theirs rose; other1-10 within one row of before.
// Set 37 (a locksmith whom landlords and families call to open flats,
// who also runs a peer group for tinnitus, migraine and hearing loss) and
// other12 (a supermarket's home-delivery driver who also moderates an
// online game's voice chat for adults), written while round s36-learn
// learnt sets 36 and other11, run on d066542 (before that round) for
// their figures only, no row read: set 37 88% flagged (de 80), 77% at
// Crisis (de 60), ordinary 5% at Crisis (es 10%) and 8% Review; other12
// the flag on 22 of 64 (34%), none of the own or ordinary 48, at least
// Review 48 of the 64 (Crisis 42), the own at least Review 48 of 48, and
// 4 of the 48 ordinary at Crisis. They are testdata/fresh37.tsv and
// other12.tsv. Run again on 25a56af, after round s36-learn, still unread:
// set 37 90% flagged, 76% at Crisis (from 88 and 77), ordinary 5% and 8%
// as before; other12 the flag on 22 of 64 as before, at least Review 47
// (from 48), Crisis 41 (from 42). The round that took set 36 to 100% and
// 99% and other11's flag from 25 to 36 of 64 in-sample moved the next
// writer by nothing: what one writer misses, the next says otherwise.
// Set 37 read after that: its six ordinary lines at Crisis were idioms
// the phrases knew in other words (mends_s37_spot.go, TestSpotS37): a
// last message before an ordinary operation or "for a few days" ("mi
// último mensaje en unos días", "dernier message avant mon opé"), "I want
// to die" said of a mishap (locked out, a lost save: "je vais me pendre
// 🙃") or of shame ("me quería morir de la pena"), and suicidal thoughts
// "in uni, not for years now", which is the past and so Review. In-sample
// after: set 37's ordinary at Crisis 6 to 0 of 120, its crisis figures
// unchanged; the corpus dump moved nothing, two held-out past attempts
// ("back in uni i tried to...") went from Crisis to Review.
// other12's four ordinary lines at Crisis: three were someone's rage in
// a game's voice chat, "I'll kill myself if we lose again", "je vais me
// pendre" after a missed clutch, an "end it all" bit over a lost match,
// now idioms tied to the game lost (mendsS37Rage, TestSpotS37Rage); the
// fourth, "Frau Berger aus dem 4. Stock ist aus der Reha zurück", was cut
// in two at the ordinal's period, and a German ordinal ("im 4. Stock", "am
// 12. März") no longer ends a sentence (germanOrdinal in normal.go; it
// moved no row of the corpus). other12's ordinary at Crisis 4 to 0 of 48
// (in-sample), its other figures unchanged.
// A clinician's read of the day's idioms (benign lists of rounds s34 to
// s36 and the spot mends) found ten that could hide a patient's real
// words, and they were narrowed: a death wish after a mishap is an idiom
// only with a laugh beside it ("me quiero morir jaja"); "morir de pena" is
// grief in Spain; a bare procedure, "intervención", "Eingriff" may be
// assisted dying; "at uni" is no past without a past verb ("had ... in
// uni", "back in uni"), and "seit Jahren nicht mehr", "hace años que no"
// are ideation now; rage is an idiom only with a game named ("if I lose
// custody" is none); "overdosed on tiktok" blanks no words after it; "nicht
// mehr da ... Ferien" needs the holiday right after; no "packing" or "je
// pars"; "today's the day" with an event needs no words between (not "one
// last trip"); children left with their grandmother for "a work trip" is
// no idiom. TestSpotS37 holds the clinician's examples flagged. Set 37's
// ordinary at Crisis went back from 0 to 3 of 120 (two Spanish wishes
// after a mishap or of "pena", a hanging joked of after a lost save); the
// corpus and golden dumps moved nothing against before the read.
// Sets 38 (a street outreach worker for people sleeping rough, once a
// ketamine clinic's follow-up nurse), 39 (a hospital interpreter of
// psychiatric assessments who moderates a language-exchange community)
// and other13 (a train conductor, once a telecare call-taker for elderly
// people's alarm pendants), run on dc2d164 for their figures only, no
// row read: set 38 93% flagged (de 87), 82% at Crisis (de 73), ordinary
// 2% at Crisis and 9% Review (de 17%); set 39 89% flagged (es 77), 79% at
// Crisis (es 53), ordinary 2% and 4%; other13 the flag on 20 of 64 (31%),
// 1 of the 48 own, none of the 48 ordinary, at least Review 54 of the 64
// (Crisis 43), the own at least Review 43 of 48 (Crisis 36), ordinary at
// least Review 2 of 48, none at Crisis. They are testdata/fresh38.tsv,
// fresh39.tsv and other13.tsv. Sets 40 (an assistant at a family funeral
// home who leads a choir for people with Parkinson's) and other14 (a
// night bus driver who volunteers in festivals' welfare tents), written
// to measure the core kinds before and after (mends_s38_core.go), run on
// 8e9cbf1 (the screen of dc2d164) for their figures only, no row read:
// set 40 87% flagged (fr 80), 75% at Crisis (de 67), ordinary 1% at
// Crisis and 4% Review; other14 the flag on 21 of 64 (33%), none of the
// 48 own or 48 ordinary, at least Review 49 of the 64 (Crisis 41), the
// own at least Review 46 of 48 (Crisis 38), ordinary at least Review 3
// of 48, none at Crisis. They are testdata/fresh40.tsv and other14.tsv.
// The core kinds (mends_s38_core.go) are the issue's own list said
// plainly, in the four languages, written from it and not from a writer:
// a poison drunk ("me tomé medio vaso de cloro", "j'ai bu de la javel"), a
// month of pills at once, everything from the medicine cabinet swallowed;
// a rope, a gun or a hose for the exhaust got, the sentence ending on
// them ("compré una cuerda", "I got a rope today", both Review before);
// someone choking the writer or breaking in now ("he's choking me",
// "someone is trying to break in", "jemand bricht gerade bei mir ein",
// None before). A probe of such plain lines found 60 of 216 under Crisis
// on 8e9cbf1. One's own medicine taken, the sentence saying nothing else,
// is the routine it is in Spanish, German and French ("hab meine
// Tabletten genommen", "j'ai pris mes cachets du matin": Crisis on the
// learnt screen alone before), and a totality after it ("alle 20", "tout",
// "todas las que quedaban") makes it Crisis (routine.go). A clinician's
// read (a psychiatrist and crisis-line lead, against the ASQ, C-SSRS, NICE
// NG225 and the lethality markers of partner violence) narrowed them: a
// bottle must hold medicine, not wine; having a rope or gun is left to the
// lists before (acquiring is preparation, C-SSRS), rat poison bought may
// be for mice, bleeding and faint with no injury named and medicine taken
// out of a cabinet are Review (a period, a safety plan emptying it), a
// partner's "will kill me when he gets home" is Review (a lethality marker
// and a figure of speech); the routine phrases name medicine plainly and
// as one's own, not "die Tabletten" or a named drug; a rope's hobby must
// be right beside it ("kletterseil"), not anywhere after it ("ein Seil
// gekauft, und nicht zum Klettern" is Crisis); strangulation by anyone,
// a hand at the throat, a break-in told with a pronoun are Crisis. Means
// said to be kept somewhere ("das Seil liegt im Kofferraum") have no
// phrase: a phrase masks its words from the learnt screen, and a Review
// phrase tried there put three corpus crises from Crisis to Review. The
// corpus and golden dumps against 8e9cbf1 moved six rows, all up: four
// crisis rows from Review to Crisis (a rope bought "today"), "I got a rope
// today" (Review in the tests before, Crisis now, as "I have a rope" is in
// the issue), and one review row to Crisis ("tengo un montón de pastillas
// guardadas en el cajón ... no voy a hacer nada", a stockpile with a
// denial, carried by the retrained model; accepted as the safer side).
// Set 40 and other14, run again after them (and after the clinician's
// narrowing), still unread: set 40 87% flagged and 75% at Crisis,
// ordinary 1% and 4%, as before; other14 as before on every figure. What
// the next writer misses is not the plain words: it is said around them.
// Left: "downed a bottle of wine in one go" and "hab die ganze Flasche
// Wein getrunken" are Crisis on the learnt screen alone (Review would do);
// Spanish "me va a matar" is blanked as an idiom before any list is read,
// so "está en la puerta diciendo que me va a matar" is only Review.
// Rounds s38-learn, s39-learn and o13-learn (helpers, one set each, as
// before) took sets 38, 39 and other13 to 100% in-sample (other13's flag
// 20 to 61 of 64); merged, they moved set 40 (unread) from 87% flagged
// and 75% at Crisis to 86% and 78%, other14's flag from 21 to 24 of 64.
// A clinician's read of what they added found it unsafe, and they were
// taken out whole: benign idioms with a gap of up to eighteen words ("~")
// blanked real words between their halves ("dizzy after the session, i
// have the pills ready for tonight, my sister comes later and i dont want
// her to see me like this", "paid off my last loan, wrote my goodbye
// letters, tonight i end it, i dont owe anyone anything": None), Review
// kinds with the same gap held a plan at Review ("they saved me, tonight
// i end it, not sure i am glad"), and bare kinds raised ordinary lines to
// the full alarm ("i'm feeling great, no need for the check-in tomorrow",
// "smoke coming from the barbecue, everyone is inside"). Sets 38, 39 and
// other13 stay measured and read, not learnt. Kept from the read: the
// same eighteen-word gap sat in the benign phrases of round s36-learn,
// whose "~" is now six words in a benign phrase and eighteen only in
// those that raise a level (mends_s36_learn.go; one benign needed its
// words spelt out, and the dumps moved nothing); the Spanish injury idiom
// no longer blanks a cut or burn of the legs or arms ("me corté las
// piernas otra vez", "me corté el brazo con la cuchilla"), only of a
// finger, with paper, at the oven, shaving, or the arm with a kitchen's
// heat and its first aid; German with the verb before "ich" ("morgen
// bring ich mich um", "heute Nacht häng ich mich auf", None to the
// phrases and the learnt screen alike) is Crisis; self-harm told plainly
// where it is done ("i cut my legs again", "me corté las piernas otra
// vez", None before) is Review. The dumps against 10fccd1 moved one row,
// a crisis row from Review to Crisis ("am Freitag nach der letzten
// Infusion bring ich mich um"). Set 40 and other14 after it, still
// unread: 87% and 75%, other14 as before. A probe of 78 plain first-person
// lines of the issue's list (four languages) after that found eight under
// their level, now mended (mends_s38_plain.go): "i'll end it tomorrow" and
// "demain j'en finis" (None, now Crisis), "tengo las pastillas listas"
// (Review, now Crisis), "ich verletze mich selbst", "morgen mach ich
// Schluss", "je me fais du mal", "je peux plus", "plus rien a de sens"
// (None, now Review); the dumps moved one more row, towards its label.
// Plain set 1 (testdata/plain1.tsv), written fresh by a helper who saw no
// code and was asked for plain, direct first-person messages (3 to 20
// words, the grammar and slang of real speakers, per language 25 crisis,
// 15 review, 20 ordinary), run once on b3e8b88 before any row was read:
// 98 of 100 crisis lines flagged, 89 at Crisis (fr 92% and 68%), 59 of
// 60 review lines flagged, ordinary 2 of 80 at Crisis and 3 of 80 at
// Review. Every target is met on plain words; the fresh sets above miss
// them because their writers are asked to write around every cliché a
// list would hold, as people also do. Its misses, read after, were learnt as
// plain kinds with their twins (mends_s38_plain.go): "Heute Abend nehm ich
// mir das Leben", a rope ready "para colgarme", into the sea "until I
// can't touch the bottom", under the train, "c'est là que je le fais" after
// a time, a knife in hand and "I'm going to do it now", burnt "exprès",
// "tout est prévu" with pills and drink, someone "qui essaie d'entrer chez
// moi"; a kitchen knife left by a grandmother and a jump into the pool in
// the heat are ordinary. In-sample after: 100% flagged and at Crisis,
// ordinary none at Crisis; set 40 and other14 (unread) as before. A
// clinician's read of the plain and core kinds then found a benign gap of
// six words still room for "ich will sterben" (the benign "~" of round
// s36-learn is now no gap at all), the Spanish injury idiom still hiding
// "me hice daño con el cuchillo a propósito" (a limb now needs its
// accident named, a sport's joint alone is an injury), Review phrases
// holding a goodbye at Review ("je peux plus. je vous aime tous. adieu":
// "je peux plus" and "morgen mach ich Schluss" alone are left to the
// learnt screen), "tengo mis pastillas listas para el viaje" at Crisis
// (now only "las pastillas", the sentence ending), and German idioms
// raised by the verb-first kinds ("daran häng ich mich auf", "damit bring
// ich mich um meine Chance": a time or "dann" before them now, or the
// sentence ending). TestClinicianS38 holds the read's examples. The dumps
// against 10fccd1 move the same two rows, both towards their labels. And
// since an idiom blanks its gaps too (the mishap idiom of set 37 spans
// nine words it never names), an idiom is not blanked where what it spans
// holds a plain wish to die or to kill oneself in words it does not name
// itself (wishguard.go): "locked myself out again, honestly i want to die,
// kill me now" is read, "locked myself out again, i want to die lol" is
// still the idiom. The dumps moved nothing.
// Plain set 2 (testdata/plain2.tsv), a second plain writer (a crisis
// text-line trainer: teenagers, older adults, second-language speakers,
// Swiss and Austrian German, Québec and African French), run once on
// fc0f003 before any row was read: 93 of 100 crisis lines flagged (de 80),
// 81 at Crisis (de 72), 51 of 60 review lines flagged, ordinary 3 of 80 at
// Crisis and 2 at Review. Its misses, read after, were learnt as plain
// kinds (mendsS38Plain2): "heut bring i mi um", "ich töte mich", drain
// cleaner drunk, the tracks, oncoming traffic, "hoy en la noche me
// cuelgo", a rope hung from the wardrobe, "j'avale tout", "that's when
// I'm doing it"; at Review "me da igual si me muero mañana", "merezco
// sufrir", "si je meurs demain, tant pis". A clinician's read narrowed
// them (a vehicle named before one steps in front of it, "j'avale tout"
// after a time, no "vor die Gleise" for the railway's own workers, "me
// cuelgo" ending its sentence, "plus avoir pied" only with "je vais" or
// tonight, "that's when I'm doing it" alone is Review); TestPlain2Kinds
// holds its examples. In-sample after: 99% flagged, 92% at Crisis; its three ordinary lines at Crisis (a rope for a
// hammock, a brother cleaning his hunting rifle, a husband taking his to
// a cabin) are the learnt screen's and left, the safer side. The dumps
// moved nothing; set 40 (unread) as before.
// Over the thirty-three sets 8 to 40 the screen flagged 87–99% of crisis
// statements and put 66–91% at Crisis; every target was met on four
// (sets 9, 12, 23 and 25). TestLeaveSetOut
// (leaveout_test.go) trains without one spent set at a time (every set
// in testdata/train from 3 on) and scores it, to compare ways of
// learning before a fresh set is spent on one.
package risk
