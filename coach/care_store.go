package coach

import (
	"context"
	"time"
)

// CareStore keeps what links patients and therapists: therapists, their
// invite codes, the shares patients granted, and the record of every grant,
// revocation and digest. storage.Redis implements it.
//
// A share lives with the patient: it is the patient's consent. The
// therapist's list of patients is only an index, and every read goes back
// to the patient's share, so a revoked share or a deleted person can never
// be seen through it.
type CareStore interface {
	Therapist(ctx context.Context, id string) (Therapist, error) // ErrNotFound if not registered
	SaveTherapist(ctx context.Context, t Therapist) error
	// SetInviteCode makes code lead to the therapist until it expires.
	SetInviteCode(ctx context.Context, code, therapist string, ttl time.Duration) error
	// TherapistByCode returns ErrNotFound for an unknown or expired code.
	TherapistByCode(ctx context.Context, code string) (string, error)
	DropInviteCode(ctx context.Context, code string) error
	// TakeCodeTry counts one try of an invite code by person at now,
	// unless they already made limit tries in the window per before now;
	// then it counts nothing and says when the earliest of those leaves
	// the window. Every replica sees the same count.
	TakeCodeTry(ctx context.Context, person string, now time.Time, limit int, per time.Duration) (CodeTry, error)
	// ReturnCodeTry takes back a try that found its therapist: only
	// codes that lead nowhere count.
	ReturnCodeTry(ctx context.Context, person, try string) error

	Shares(ctx context.Context, patient string) ([]Share, error)
	SaveShare(ctx context.Context, patient string, s Share) error
	// Patients lists the ids that once shared with the therapist.
	Patients(ctx context.Context, therapist string) ([]string, error)
	// ForgetTherapist takes a therapist who is erasing their data out of
	// the patient's records: their id goes, and the name the patient
	// shared with stays, for the patient's own history.
	ForgetTherapist(ctx context.Context, patient, therapist string) error

	Record(ctx context.Context, patient string, e AuditEntry) error
	AuditLog(ctx context.Context, patient string, n int) ([]AuditEntry, error)
}

// AuditEntry records who did what to a patient's shared data, and when.
// What it was is a message key (share.audit_<Key>) and its Args, said in
// the reader's language (AuditEntry.In); a record written before keys
// holds an English sentence in What instead.
type AuditEntry struct {
	At   time.Time         `json:"at"`
	Who  string            `json:"who"` // a display name, never an id alone
	What string            `json:"what,omitempty"`
	Key  string            `json:"key,omitempty"`
	Args map[string]string `json:"args,omitempty"`
}

// CodeTry is the outcome of TakeCodeTry.
type CodeTry struct {
	// ID names the try, for ReturnCodeTry; empty when the try was refused.
	ID string
	// Left is how many tries remain in the window after this one.
	Left int
	// RetryAt is when a try is possible again: set when the try was
	// refused, or when it used the last one.
	RetryAt time.Time
}
