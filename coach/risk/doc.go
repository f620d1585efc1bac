// Package risk screens free text for crisis language: words saying that
// the writer may want to die or to harm themselves. Assess takes one text
// and returns a Level. It is pure (no I/O, no state, no clock) and knows
// nothing of people or replies; what each level sets off is up to the
// caller. In Aftercare, package coach answers with crisis lines or a
// safety question, and package bot lets no rate limit hold such text back.
//
// # Levels
//
// Crisis is a wish or intent to die or to self-harm, a farewell, a plan,
// or danger now: it calls for crisis resources at once. Review is death,
// self-harm or hopelessness spoken of in a way that is past, unclear,
// about someone else, or denied: it calls for one gentle, direct question
// about safety now, neither silence nor the full alarm. None is everything
// else. A text is as urgent as its most urgent sentence, with one thing read
// across sentences: a bare farewell ("goodbye", "tonight's the night") right
// after the writer gives up or says they have decided ("I'm done fighting",
// "I've made up my mind") is a farewell, in the same sentence or in the next
// one on the same line. Nothing is read across a line break (FuzzAssess
// holds Assess to that), so the same two sentences on two lines are screened
// one by one.
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
// # Languages
//
// The phrases are in English, Spanish, German and French (en.go, es.go,
// de.go, fr.go). The language of a message is never guessed: every
// language's phrases apply to every text, so a message that mixes them is
// screened as well as one that does not. A word that two languages share
// is written with both in mind: "no" denies in Spanish only with a Spanish
// word after it ("no tengo planes de suicidarme"), since "there's no way out
// but death" is English.
//
// # Normalisation
//
// Text is normalised before any phrase is matched: case, accents,
// apostrophes and punctuation; contractions and chat spellings ("dont
// wanna" is "do not want to"); repeated letters ("dieeee"); numbers glued
// to words ("30pills"); the French "ne" that speech drops ("j'ai plus
// envie" is "je n'ai plus envie"); and typing slips in key words ("wnat",
// "goign", "suicdal"). A "no" that a comma closes is an answer, not a
// negation: "No, quiero morir" denies nothing. The text is then split into
// lines and sentences. In each sentence,
// fixed idioms such as "dying to try" are blanked, denials are set aside,
// and the crisis and review phrases are matched on whole words, so "kill"
// never matches in "skilled". A phrase that ends a sentence may be followed
// by fillers ("i have a plan tbh"). Phrases are written in a small pattern
// syntax, described in phrase.go, and go through the same normalisation.
//
// # Misses and false alarms
//
// The screen errs on the side of safety. A miss leaves someone who wrote
// that they want to die without the crisis lines, at the moment they
// reached out; a false alarm costs a reply they did not need. So a miss is
// a bug, and a false alarm a cost. The tests hold labelled cases in every
// language, and a held-out set that the phrases were not written from
// measures how far the screen reaches beyond them.
package risk
