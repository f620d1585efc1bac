// Package coach is Aftercare's conversation: events in, messages out.
//
// An Event is one thing a person did, whichever transport carried it: a
// slash command with its options, a button pressed (an Action), an Input
// answered with typed text, or a plain message. Coach.Handle answers an
// event with the Messages to show that person now. Coach.Deliver does the
// same for a scheduled Job that has come due (a check-in, a nudge, a
// follow-up, a weekly summary, a therapist's digest, a group post): it
// returns what to send, or nothing when the job no longer applies. A
// Message is text with optional Buttons (each carrying an Action) or an
// Input; transports render it as Discord components or as numbered
// choices in the terminal, and bring the answer back as the next Event.
//
// Every free text is screened for crisis language before anything else is
// done with it (package coach/risk), and a crisis is answered at once with
// the help in package coach/crisis, even when storage is down: the
// recording then comes back as a PendingCrisis error beside the reply, for
// the caller to make later with RecordCrisis. The day after, one caring
// message (JobCaring) asks nothing and says where help is.
//
// The rules the conversation applies live in leaf packages that import only
// the standard library (coach/risk also golang.org/x/text, for Unicode
// normalisation) and can be read on their own:
//
//	coach/risk        crisis-language screening (None, Review, Crisis)
//	coach/crisis      crisis lines by country, the crisis reply, the safety question
//	coach/instrument  validated questionnaires (PHQ-9, GAD-7, …) and their scoring
//	coach/nudge       the movement nudges, how one is chosen and how the target grows
//	coach/activity    valued activities (pleasant, social, mastery) and the values they serve
//	coach/localtime   local days, times of day, time zones and clocks
//
// The coach does no I/O. It declares what it needs where it uses it: a
// Store for people and their answers, a Queue for jobs, a Clock. Package
// storage implements Store and Queue on Redis, package scheduler runs the
// jobs, and package bot carries events and messages to and from people.
// What is kept per person is in Person (settings, no health data) and
// CheckIn (one day's answers).
package coach
