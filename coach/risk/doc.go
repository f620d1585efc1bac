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
// else. A text is as urgent as its most urgent sentence.
//
// A crisis phrase near a marker of the past ("used to", "last year", "two
// years ago") counts as Review, and so does one in a past tense that the
// sentence closes ("I wanted to die, not anymore"), unless the sentence
// also brings it back to now ("again", "tonight") or turns in between ("I
// used to be fine, but now I want to die"). So does a crisis phrase whose
// subject is someone else ("my friend wanted to die"), or that a negation
// right before it denies ("I'd never take my own life").
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
// screened as well as one that does not.
//
// # Normalisation
//
// Text is normalised before any phrase is matched: case, accents,
// apostrophes and punctuation; contractions and chat spellings ("dont
// wanna" is "do not want to"); repeated letters ("dieeee"); numbers glued
// to words ("30pills"); the French "ne" that speech drops ("j'ai plus
// envie" is "je n'ai plus envie"); and typing slips in key words ("wnat",
// "goign", "suicdal"). It is then split into sentences. In each sentence,
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
