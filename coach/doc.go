// Package coach is Aftercare's domain: people, therapy sessions, aftercare
// plans, check-ins, movement nudges, validated instruments, crisis replies
// and summaries. Every free text is screened for crisis language first, by
// package coach/risk.
//
// It does no I/O. It declares the interfaces it needs (a store, a job queue,
// a clock) and the packages storage, scheduler and bot implement them.
package coach
