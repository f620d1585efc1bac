package coach

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach/lang"
)

// exportTherapist is a therapist's registration, and the patients who
// share with them as far as that is the therapist's own data.
//
// What a therapist gets of their patients is decided here. A patient's
// share is the patient's consent, kept with the patient and revocable at
// any time; a file exported cannot be revoked. So the export carries only
// what the therapist already sees in every digest, and only while it is
// shared: the name each patient chose to show and what they let the
// therapist see, since when. Not their Discord ids (the patient showed a
// name, not an account), nothing of their answers (those are the
// patient's, in the patient's own export), and no one who stopped sharing.
type exportTherapist struct {
	Name          string          `json:"name"`
	Registered    *time.Time      `json:"registered,omitempty"`
	VouchedBy     string          `json:"vouched_for_by_server,omitempty"`
	TimeZone      string          `json:"time_zone,omitempty"`
	Digest        string          `json:"weekly_digest,omitempty"`
	InviteCode    string          `json:"invite_code,omitempty"`
	CodeUntil     *time.Time      `json:"invite_code_works_until,omitempty"`
	Patients      []exportPatient `json:"patients_sharing_with_you,omitempty"`
	AboutPatients string          `json:"about_patients"`
}

type exportPatient struct {
	ShownAs string     `json:"shown_as"`
	Since   *time.Time `json:"since,omitempty"`
	Sees    []string   `json:"you_see,omitempty"`
}

// therapistSection is the person's registration as a therapist, or nil.
func (x *exporter) therapistSection(ctx context.Context) (*exportTherapist, error) {
	t := x.therapist
	if t == nil {
		return nil, nil
	}
	w := x.w
	out := &exportTherapist{Name: t.Name, Registered: x.at(t.Registered), TimeZone: t.Zone,
		Digest:     w.T("export.digest_at", lang.Args{"Weekday": w.Weekday(t.digestWeekday()), "Time": t.digestAt().String(), "Zone": t.location().String()}),
		InviteCode: t.Code, CodeUntil: x.at(t.CodeUntil), AboutPatients: w.T("export.about_patients")}
	if t.VouchedBy != nil {
		out.VouchedBy = t.VouchedBy.serverIn(w)
	}
	if !t.CodeUntil.After(x.now) {
		out.InviteCode, out.CodeUntil = "", nil // expired: it leads nowhere any more
	}
	ids, err := x.c.store.Patients(ctx, t.ID)
	if err != nil {
		return nil, fmt.Errorf("export patients: %w", err)
	}
	for _, id := range ids {
		s, ok, err := x.c.activeShare(ctx, id, t.ID)
		if err != nil {
			return nil, err
		}
		if ok {
			out.Patients = append(out.Patients, exportPatient{ShownAs: s.ShownAs, Since: x.at(s.Granted), Sees: theirWords(x.w, s.Scope)})
		}
	}
	slices.SortFunc(out.Patients, func(a, b exportPatient) int { return strings.Compare(a.ShownAs, b.ShownAs) })
	return out, nil
}
