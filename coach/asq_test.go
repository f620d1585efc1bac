package coach_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

const acuityQuestion = "One last question: Are you having thoughts of killing yourself right now?"

// asq answers the ASQ with buttons, one letter a question, and returns
// every reply.
func (w *world) asq(id string, day localtime.Day, letters string) []string {
	w.t.Helper()
	var replies []string
	for i := range letters {
		a := coach.Action{Verb: coach.VerbASQ, Day: day, Field: letters[:i], Value: letters[i : i+1]}
		replies = append(replies, w.as(id, "Sam", coach.Event{Press: &a}))
	}
	return replies
}

// wantAlert checks a patient's alerts: none when source is "", else one,
// from source.
func (w *world) wantAlert(t *testing.T, patient string, source coach.AlertSource) {
	t.Helper()
	alerts := w.alerts(patient)
	switch {
	case source == "" && len(alerts) > 0:
		t.Errorf("alerts = %+v, want none", alerts)
	case source != "" && (len(alerts) != 1 || alerts[0].Source != source):
		t.Errorf("alerts = %+v, want one from %s", alerts, source)
	}
}

// alerts returns the therapist's alert jobs about a patient.
func (w *world) alerts(patient string) []coach.Job {
	w.t.Helper()
	jobs, err := w.store.Upcoming(w.ctx, therapistID)
	if err != nil {
		w.t.Fatal(err)
	}
	var out []coach.Job
	for _, j := range jobs {
		if j.Kind == coach.JobAlert && j.About == patient {
			out = append(out, j)
		}
	}
	return out
}

func TestASQOutcomes(t *testing.T) {
	w := newWorld(t, monday9am)
	code := w.registerTherapist()
	tests := []struct {
		name    string
		share   string // "" none, else the share's flags
		letters string
		want    []string
		paused  bool
		alert   coach.AlertSource // "" for none
	}{
		{"negative", "a", "nnnn", []string{"aren't easy questions", "/crisis"}, false, ""},
		{"non-acute, therapist allowed alerts", "a", "nynnn",
			[]string{"talk it over with Dr Rivera", "/safetyplan", "Dr Rivera will get a short note that your answers suggest talking about your safety soon. The answers themselves aren't shared"}, false, "asq-nonacute@safety"},
		{"non-acute, therapist without alerts", "-", "nnnyn", []string{"talk it over with Dr Rivera", "/safetyplan"}, false, ""},
		{"non-acute, no therapist", "", "ynnnn", []string{"talk it over with your therapist or doctor", "/safetyplan"}, false, ""},
		{"a refused question is a positive screen", "a", "rnnnn", []string{"/safetyplan"}, false, "asq-nonacute@safety"},
		{"acute", "a", "yyyny", []string{crisisLines}, true, "asq-acute@safety"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id := strconv.Itoa(4000 + i)
			w.onboardSharing(id, code, tt.share)
			w.as(id, "Sam", coach.Event{Text: worrying})
			w.as(id, "Sam", coach.Event{Press: &coach.Action{Verb: coach.VerbSafety, Value: coach.SafetyNotSure}})
			replies := w.asq(id, "2026-03-02", tt.letters)
			if len(tt.letters) == 5 && !strings.Contains(replies[3], acuityQuestion) {
				t.Errorf("after a positive screen: %q, want the acuity question", replies[3])
			}
			if tt.letters == "nnnn" && strings.Contains(replies[3], "One last question") {
				t.Errorf("after four Noes: %q, want no acuity question", replies[3])
			}
			last := replies[len(replies)-1]
			for _, want := range tt.want {
				if !strings.Contains(last, want) {
					t.Errorf("outcome reply = %q, want %q", last, want)
				}
			}
			p, _ := w.store.Person(w.ctx, id)
			if paused := p.PausedUntil.After(w.clock.Now()); paused != tt.paused {
				t.Errorf("paused = %v, want %v", paused, tt.paused)
			}
			if p.Asking.Kind != "" {
				t.Errorf("asking = %+v after the outcome, want nothing waiting", p.Asking)
			}
			w.wantAlert(t, id, tt.alert)
		})
	}
}

func TestASQTypedAnswersAndStaleButtons(t *testing.T) {
	w := newWorld(t, monday9am)
	w.handle(coach.Event{Text: worrying})
	w.handle(coach.Event{Text: "not sure"})
	if got := w.handle(coach.Event{Text: "no"}); !strings.Contains(got, "(2 of 4)") {
		t.Fatalf("typed no = %q, want the second question", got)
	}
	if got := w.press(coach.Action{Verb: coach.VerbASQ, Day: "2026-03-02", Field: "", Value: "y"}); !strings.Contains(got, "earlier question") || !strings.Contains(got, "(2 of 4)") {
		t.Errorf("a button of an answered question = %q, want the open question again", got)
	}
	if got := w.handle(coach.Event{Text: "hmm"}); !strings.Contains(got, "type yes or no") {
		t.Errorf("no answer = %q, want the question again", got)
	}
	w.coach = coach.New(w.store, w.store, w.clock, nil, vouching) // a restart in the middle
	for _, a := range []string{"nein", "non"} {
		w.handle(coach.Event{Text: a})
	}
	if got := w.handle(coach.Event{Text: "nope"}); !strings.Contains(got, "aren't easy questions") {
		t.Errorf("fourth typed no = %q, want the negative outcome", got)
	}
	if d := w.checkIn("2026-03-02"); d.ASQ.Outcome != "negative" || d.ASQ.Answers != "nnnn" {
		t.Errorf("day's ASQ = %+v, want four Noes, negative", d.ASQ)
	}
}

func (w *world) phq9(id string, day localtime.Day, item9 string) string {
	w.t.Helper()
	w.as(id, "Sam", coach.Event{Press: &coach.Action{Verb: coach.VerbQuestionnaire, Field: "phq9", Value: "start"}})
	var reply string
	for i := range 9 {
		value := "1"
		if i == 8 {
			value = item9
		}
		reply = w.as(id, "Sam", coach.Event{Press: &coach.Action{Verb: coach.VerbQuestionnaire, Day: day, Field: "phq9:" + strconv.Itoa(i), Value: value}})
	}
	return reply
}

// PHQ-9 item 9 above 0 leads to the ASQ, with the crisis lines beside it,
// rather than to the pause and the alert.
func TestPHQ9Item9LeadsToTheASQWithCrisisLines(t *testing.T) {
	w := newWorld(t, monday9am)
	code := w.registerTherapist()
	w.onboard("5000", "Sam")
	w.shareWith("5000", "Sam", code, "a")
	reply := w.phq9("5000", "2026-03-02", "1")
	if !strings.Contains(reply, crisisLines) || !strings.Contains(reply, firstASQ) || strings.Contains(reply, "score is") {
		t.Errorf("reply after item 9 = %q, want the crisis lines and the ASQ's first question", reply)
	}
	if i, j := strings.Index(reply, crisisLines), strings.Index(reply, firstASQ); i > j {
		t.Errorf("the crisis lines come after the ASQ: %q", reply)
	}
	p, _ := w.store.Person(w.ctx, "5000")
	if p.PausedUntil.After(w.clock.Now()) || len(w.alerts("5000")) > 0 {
		t.Errorf("paused until %v, alerts %+v; want neither for item 9 alone", p.PausedUntil, w.alerts("5000"))
	}
	w.asq("5000", "2026-03-02", "ynnnn")
	if a := w.alerts("5000"); len(a) != 1 || a[0].Source != "asq-nonacute@phq9-item9" {
		t.Errorf("alerts = %+v, want one for the ASQ after item 9", a)
	}
}

// An alert names its source and when, and never holds the words.
func TestAlertNamesItsSourceWithoutTheWords(t *testing.T) {
	w := newWorld(t, monday9am)
	code := w.registerTherapist()
	const words = "i want to end my life tonight"
	tests := []struct {
		name   string
		act    func(id string)
		source string
	}{
		{"their words", func(id string) { w.as(id, "Sam", coach.Event{Text: words}) },
			"Source: a message they wrote"},
		{"the safety question", func(id string) {
			w.as(id, "Sam", coach.Event{Text: worrying})
			w.as(id, "Sam", coach.Event{Text: "no"})
		}, "Source: their answer to Aftercare's safety question"},
		{"the ASQ, acute", func(id string) {
			w.as(id, "Sam", coach.Event{Text: worrying})
			w.as(id, "Sam", coach.Event{Text: "idk"})
			w.asq(id, "2026-03-02", "nnyny")
		}, "Source: the ASQ (NIMH's Ask Suicide-Screening Questions), acute positive, asked after an unsure or worrying answer to Aftercare's safety question"},
		{"a questionnaire item, then the ASQ", func(id string) {
			w.phq9(id, "2026-03-02", "2")
			w.asq(id, "2026-03-02", "yynnn")
		}, "Source: the ASQ (NIMH's Ask Suicide-Screening Questions), non-acute positive, asked after PHQ-9 item 9 was endorsed"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id := strconv.Itoa(6000 + i)
			w.onboard(id, "Sam")
			w.shareWith(id, "Sam", code, "a")
			tt.act(id)
			alerts := w.alerts(id)
			if len(alerts) != 1 {
				t.Fatalf("alerts = %+v, want one", alerts)
			}
			msgs, err := w.coach.Deliver(w.ctx, alerts[0])
			if err != nil || len(msgs) != 1 {
				t.Fatalf("Deliver = %+v, %v", msgs, err)
			}
			text := msgs[0].Text
			if !strings.Contains(text, tt.source) || !strings.Contains(text, "09:00 on Monday 2 March") {
				t.Errorf("alert = %q, want %q and the time", text, tt.source)
			}
			for _, private := range []string{"end my life", "burden", "wished you were dead", "idk"} {
				if strings.Contains(text, private) {
					t.Errorf("alert holds %q: %q", private, text)
				}
			}
		})
	}
}

// The digest of a patient who shares scores says when PHQ-9 item 9 was
// endorsed, when a screen was positive, and the ASQ's outcomes.
func TestDigestTellsItem9PositiveScreensAndASQ(t *testing.T) {
	w := newWorld(t, monday9am)
	code := w.registerTherapist()
	w.shareWith(me, "Sam", code, "") // scores, no alerts
	w.phq9(me, "2026-03-02", "1")
	w.asq(me, "2026-03-02", "nynnn")
	for _, q := range []struct {
		id      string
		answers []string
	}{
		{"phq2", []string{"2", "1"}},                        // 3: at the cut-off
		{"gad2", []string{"1", "1"}},                        // 2: below it
		{"pcptsd5", []string{"1", "1", "1", "1", "0", "0"}}, // 3: at the cut-off
	} {
		w.press(coach.Action{Verb: coach.VerbQuestionnaire, Field: q.id, Value: "start"})
		for i, a := range q.answers {
			w.press(coach.Action{Verb: coach.VerbQuestionnaire, Day: "2026-03-02", Field: q.id + ":" + strconv.Itoa(i), Value: a})
		}
	}
	w.clock.Set(time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC))
	w.handle(coach.Event{Text: worrying})
	w.handle(coach.Event{Text: "not sure"})
	w.asq(me, "2026-03-03", "nnnn")
	if len(w.alerts(me)) > 0 {
		t.Errorf("alerts without consent: %+v", w.alerts(me))
	}

	w.clock.Set(time.Date(2026, 3, 8, 10, 0, 0, 0, time.UTC))
	digest := w.as(therapistID, "Dr Rivera", coach.Event{Command: "therapist", Args: map[string]string{"action": "digest"}})
	for _, want := range []string{
		"⚑ PHQ-9 item 9 endorsed on Monday 2 March",
		"⚑ PHQ-2 positive screen on Monday 2 March (3; cut-off 3)",
		"⚑ PC-PTSD-5 positive screen on Monday 2 March (3; cut-off 3)",
		"⚑ ASQ non-acute positive on Monday 2 March",
		"ASQ negative on Tuesday 3 March",
	} {
		if !strings.Contains(digest, want) {
			t.Errorf("digest lacks %q:\n%s", want, digest)
		}
	}
	if strings.Contains(digest, "GAD-2 positive") || strings.Contains(digest, "⚑ ASQ negative") {
		t.Errorf("digest flags what is not positive:\n%s", digest)
	}
}

// onboardSharing sets up Sam as id and, unless share is "", shares with
// the therapist of code with share's flags ("a": crisis alerts; "-": a
// share without them).
func (w *world) onboardSharing(id, code, share string) {
	w.t.Helper()
	w.onboard(id, "Sam")
	if share != "" {
		w.shareWith(id, "Sam", code, strings.TrimPrefix(share, "-"))
	}
}
