// Package instrument holds the validated questionnaires Aftercare offers
// (PHQ-9, PHQ-2, GAD-7, GAD-2, PC-PTSD-5 and PCL-5) and the ASQ, NIMH's
// suicide-risk follow-up (asq.go, ScoreASQ): their items, answer options
// and severity bands, Score, which totals a set of answers, and Compare,
// which says what the change between two scores means, Due, which keeps
// to each recall window, and Follow, which judges a run of scores against
// a baseline (response, remission, reliable change, fading). It is pure (no I/O,
// no state, no clock) and knows nothing of people or conversations: package
// coach asks the items one at a time, stores the answers and words the
// replies.
//
// # Where the rules come from
//
// Every item text, option, band, screening cut-off, safety rule and change
// threshold is the published one, cited in each Questionnaire's Source. The
// reference file shared/reference/instruments.json, in the project's shared
// folder beside this repository, gathers them with their sources; a change
// here starts there, and the tests hold the published numbers. PHQ-9 item 9 above 0 calls for a safety follow-up
// whatever the total: a clinical convention rather than part of the PHQ-9's
// own scoring. PC-PTSD-5 asks its trauma-exposure question first; after a
// No the other items are not asked and the total is 0. Crisis screening of
// free text is not here but in package coach/risk.
//
// # Change
//
// A change of at least the minimal clinically important difference (PHQ-9
// 5 points, GAD-7 4 points) is clinically important in either direction.
// Response (a drop of half or more) and remission (a total under 5) are
// PHQ-9 outcomes (remission also GAD-7's, under 5, in Follow), and they
// are judged only from a baseline of 10 or more:
// the published definitions are measured on people who started with at
// least moderate symptoms, so going from 4 to 2 is neither. The sentence
// for the person (Change.Meaning) gives the numbers first and frames a rise
// as something to talk over, never as an alarm.
//
// # Recall windows and durability
//
// PHQ-9 and GAD-7 ask about the last 2 weeks, so they are given at most
// every 14 days; the PCL-5 asks about the past month (every 30 days); the
// PC-PTSD-5 is a one-time screen. A reliable change is one beyond
// measurement error, by Jacobson and Truax's index: PHQ-9 6 points
// (McMillan et al. 2010), GAD-7 6 (Bischoff et al. 2020; NHS Talking
// Therapies use 4, a convention without a primary derivation we could
// find), PCL-5 15 (Marx et al. 2022; 18 in their smaller sample). Each
// threshold, cut-off and band is held by published_test.go beside its source. Fading is a response (half the baseline or less)
// reached at some score and no longer met at the latest: the mirror of the
// published definition rather than a new threshold, so it says no more
// than the numbers. PHQ-9's functional-difficulty question is asked after
// item 9 and never added to the total.
//
// # Languages
//
// A questionnaire is given in Spanish, German or French only in its
// published, validated translation, word for word (texts_es.go,
// texts_de.go, texts_fr.go, each with its source and the copies it was
// checked against); In returns it with the same scores and rules as the
// English. Where no validated translation is included, Available is false
// and the questionnaire is given in English: a wording of our own would not
// be the instrument whose cut-offs and bands were published.
package instrument
