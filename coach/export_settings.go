package coach

import (
	"cmp"
	"github.com/aftercare/aftercare/coach/lang"
	"time"

	"github.com/aftercare/aftercare/coach/activity"
	"github.com/aftercare/aftercare/coach/instrument"
	"github.com/aftercare/aftercare/coach/nudge"
)

// exportSettings is Person in words: what each setting means for the
// person, as /settings says it, with the defaults that apply spelled out.
type exportSettings struct {
	ID             string     `json:"id"`
	Name           string     `json:"name,omitempty"`
	Consented      *time.Time `json:"agreed_to_the_notice,omitempty"`
	Status         string     `json:"status,omitempty"`
	TimeZone       string     `json:"time_zone,omitempty"`
	CheckIn        string     `json:"daily_check_in,omitempty"`
	PlanLength     string     `json:"plan_after_a_session,omitempty"`
	Rest           string     `json:"quiet_after_a_session,omitempty"`
	PausedUntil    *time.Time `json:"paused_until,omitempty"`
	Unreachable    string     `json:"direct_messages,omitempty"`
	LastCrisis     *time.Time `json:"crisis_lines_last_sent,omitempty"`
	Waiting        string     `json:"waiting_for_your_answer_to,omitempty"`
	MovementWindow string     `json:"movement_ideas_between,omitempty"`
	MovementLevel  string     `json:"movement_level,omitempty"`
	IdeaLength     string     `json:"movement_idea_length,omitempty"`
	IdeaReviewed   string     `json:"movement_idea_length_reviewed,omitempty"`
	Liked          []string   `json:"activities_you_like,omitempty"`
	Excluded       []string   `json:"activities_to_leave_out,omitempty"`
	Values         []string   `json:"what_matters_to_you,omitempty"`
	Questionnaires []string   `json:"weekly_questionnaires,omitempty"`
	PCL5AskedBy    string     `json:"pcl5_suggested_by,omitempty"`
	Summary        string     `json:"weekly_summary,omitempty"`
	Country        string     `json:"country_for_crisis_lines,omitempty"`
	QuietNote      string     `json:"note_after_a_quiet_week,omitempty"`
}

// statusKeys are the messages that say what each status means for the
// person.
var statusKeys = map[Status]string{
	StatusNew:     "export.status_new",
	StatusActive:  "export.status_active",
	StatusPaused:  "export.status_paused",
	StatusStopped: "export.status_stopped",
}

// waitingKeys are the messages that name the question awaiting an
// answer, by its kind.
var waitingKeys = map[string]string{askSafety: "export.waiting_safety", askASQ: "export.waiting_asq"}

// settings is the person's settings in words. Those that only mean
// something once things are set up (times, a plan) are left out before.
func (x *exporter) settings(shares []Share) *exportSettings {
	p, w := x.p, x.w
	s := &exportSettings{ID: p.ID, Name: p.Name, Consented: x.at(p.Consented),
		TimeZone: p.Zone, PausedUntil: x.at(p.PausedUntil), LastCrisis: x.at(p.LastCrisis), Country: p.Country}
	if key, ok := statusKeys[p.Status]; ok {
		s.Status = w.T(key)
	}
	if p.Unreachable {
		s.Unreachable = w.T("export.unreachable")
	}
	if key, ok := waitingKeys[p.Asking.Kind]; ok {
		s.Waiting = w.T(key)
	}
	s.Liked, s.Excluded = words(p.Preferred), words(p.Excluded)
	for _, v := range p.Values {
		s.Values = append(s.Values, activity.PhraseIn(x.w, v))
	}
	for _, id := range p.Questionnaires {
		if in, ok := instrument.ByID(id); ok {
			s.Questionnaires = append(s.Questionnaires, in.Code+" ("+in.Name+")")
		}
	}
	if p.PCL5AskedBy != "" {
		s.PCL5AskedBy = w.T("export.your_therapist")
		for _, sh := range shares {
			if sh.Therapist == p.PCL5AskedBy {
				s.PCL5AskedBy = sh.TherapistName
			}
		}
	}
	if p.Onboarded() {
		x.planSettings(s)
	}
	return s
}

// planSettings fills in the settings a plan runs by, defaults included.
func (x *exporter) planSettings(s *exportSettings) {
	p, w := x.p, x.w
	from, to := p.nudgeWindow()
	s.CheckIn = w.T("export.check_in", lang.Args{"Time": p.CheckInAt.String(), "Zone": p.Zone})
	s.PlanLength = w.N("export.days", planDays(p))
	s.Rest = w.N("export.hours", p.restHours())
	s.MovementWindow = w.T("export.between", lang.Args{"From": from.String(), "To": to.String()})
	s.MovementLevel = abilityLabel(w, p.Ability)
	s.IdeaLength = w.N("export.minutes", cmp.Or(p.NudgeTarget, nudge.StartTarget))
	s.IdeaReviewed = string(p.TargetSetOn)
	s.Summary = w.T("export.summary_at", lang.Args{"Weekday": w.Weekday(p.summaryWeekday()), "Time": p.summaryAt().String()})
	s.Country = cmp.Or(p.Country, w.T("export.country_auto"))
	s.QuietNote = onOff(w, !p.QuietNoteOff)
}

func words[T ~string](list []T) []string {
	var out []string
	for _, v := range list {
		out = append(out, string(v))
	}
	return out
}
