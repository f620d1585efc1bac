// Package nudge is the rule set of Aftercare's daily movement nudge: the
// library of suggestions, which one suits a person today, how many minutes
// it asks for from week to week, and the words that answer "done", "not
// today" and "later". It is pure (no I/O, no clock, no state): the caller
// gathers an Input from what it stored and gets a Nudge back. Package coach
// delivers the nudge, records the answer and keeps the history.
//
// # Choosing today's nudge
//
// Choose sends nothing on the session day, which is for rest, nor once the
// person has moved today.
// Otherwise it never suggests an activity the person excluded nor an
// intensity above what their ability allows (moderate at most, and only for
// medium or high ability). Among the rest it keeps those that suit the
// energy last reported and those that fit the target (at most a fifth
// over), dropping either narrowing rather than sending nothing, then
// prefers, in this order: a text not sent in
// the last seven days (RepeatWindowDays); strength work on the days a regular mover
// still needs it (WHO 2020: two days a week); the activities the person
// likes; minutes close to the target; the intensity their ability usually
// gets. Equal candidates are drawn by a seed and the date, so equal inputs
// give equal nudges. When every candidate was sent recently the least
// recently sent one repeats: a repeated gentle nudge is kinder than silence.
//
// Start small, and fall back: a new person's target is StartTarget, a
// 10-minute walk or stretch. A low mood or energy (1 or 2 of 5) at the last
// check-in, or two nudges in a row left unanswered, halves the target and
// keeps the nudge gentle; the day after a session is gentle and at most ten
// minutes.
//
// # Growing with what was done
//
// NextTarget moves the target once a week from what happened to last week's
// nudges: it grows by 10-20 % when at least half were done at the target or
// longer and at least half were answered, steps back by 20 % when none was
// done, and otherwise stays. A week with nothing sent (a pause) changes
// nothing. The target stays within MinTarget..MaxTarget minutes.
//
// # Words
//
// The texts are concrete and small, and never a demand: no "should", no
// streaks, no exclamation marks, and "not today" is said to be a fine
// answer. DoneAck, NotTodayAck and SnoozeAck vary with a seed so that the
// same reply does not come back every day.
package nudge
