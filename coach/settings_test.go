package coach_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/nudge"
)

func (w *world) person() coach.Person {
	w.t.Helper()
	p, err := w.store.Person(w.ctx, me)
	if err != nil {
		w.t.Fatal(err)
	}
	return p
}

func (w *world) submit(verb, text string) string {
	return w.handle(coach.Event{Submit: &coach.Action{Verb: verb}, Text: text})
}

func set(field, value string) coach.Action {
	return coach.Action{Verb: coach.VerbSetting, Field: field, Value: value}
}

func TestSettingsChangeWhatTheyShould(t *testing.T) {
	w := newWorld(t, monday9am)
	w.press(set("ability", "medium"))
	w.press(set("plan", "10"))
	w.press(set("like", "walk"))
	w.press(set("avoid", "swim"))
	w.press(set("avoid", "walk")) // leaving out what was liked moves it across
	p := w.person()
	if p.Ability != nudge.AbilityMedium || p.PlanDays != 10 {
		t.Errorf("ability %q, plan %d; want medium and 10", p.Ability, p.PlanDays)
	}
	if len(p.Preferred) != 0 || !slices.Equal(p.Excluded, []nudge.Activity{"swim", "walk"}) {
		t.Errorf("liked %v, left out %v; want none liked and swim, walk left out", p.Preferred, p.Excluded)
	}
	for _, bad := range []coach.Action{set("plan", "99"), set("ability", "superhuman"), set("like", "skydiving"), set("colour", "blue")} {
		if reply := w.press(bad); !strings.Contains(reply, "older message") {
			t.Errorf("%+v reply = %q, want refused kindly", bad, reply)
		}
	}
	if got := w.person(); got.PlanDays != 10 || got.Ability != nudge.AbilityMedium {
		t.Errorf("a refused setting changed the person: %+v", got)
	}
}

func TestWindowInput(t *testing.T) {
	w := newWorld(t, monday9am)
	for _, bad := range []string{"whenever", "17:00-10:00", "10:00-10:30", "06:00-12:00", "12:00-23:30", ""} {
		if reply := w.submit(coach.VerbWindow, bad); !strings.Contains(reply, "at least an hour apart") {
			t.Errorf("window %q reply = %q", bad, reply)
		}
	}
	if reply := w.submit(coach.VerbWindow, "09:30–12:00"); !strings.Contains(reply, "between 09:30 and 12:00") {
		t.Errorf("good window reply = %q", reply)
	}
	if p := w.person(); p.NudgeFrom.String() != "09:30" || p.NudgeTo.String() != "12:00" {
		t.Errorf("window = %s-%s", p.NudgeFrom, p.NudgeTo)
	}
}

// A person flies from Tokyo to Los Angeles mid-plan: what is left of the
// plan moves to 20:00 in Los Angeles.
func TestZoneChangeReplansAtNewLocalTimes(t *testing.T) {
	start := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC) // 09:00 in Tokyo
	w := newWorld(t, start)
	w.submit(coach.VerbZone, "Asia/Tokyo")
	w.press(set("ability", "low"))
	w.command("session")
	w.clock.Set(start.Add(3 * 24 * time.Hour))
	w.submit(coach.VerbZone, "America/Los_Angeles")
	jobs, err := w.store.Upcoming(w.ctx, me)
	if err != nil {
		t.Fatal(err)
	}
	la, _ := time.LoadLocation("America/Los_Angeles")
	checkIns := 0
	for _, j := range jobs {
		if !j.Due.After(w.clock.Now()) {
			t.Errorf("%s re-planned into the past: %v", j.ID, j.Due)
		}
		if j.Kind == coach.JobCheckIn {
			checkIns++
			if got := j.Due.In(la).Format("15:04"); got != "20:00" {
				t.Errorf("%s at %s Los Angeles time, want 20:00", j.ID, got)
			}
		}
	}
	if checkIns == 0 {
		t.Fatal("no check-ins left after the move")
	}
}

func TestQuestionnaireFlow(t *testing.T) {
	w := newWorld(t, monday9am)
	w.press(set("q", "gad7"))
	if p := w.person(); !slices.Equal(p.Questionnaires, []string{"gad7"}) {
		t.Fatalf("questionnaires = %v", p.Questionnaires)
	}
	reply := w.press(coach.Action{Verb: coach.VerbQuestionnaire, Field: "gad7", Value: "start"})
	if !strings.Contains(reply, "(1 of 7)") || !strings.Contains(reply, "not a diagnosis") {
		t.Fatalf("first item = %q", reply)
	}
	answers := []string{"2", "2", "1", "2", "1", "1", "2"} // total 11: moderate
	for i, a := range answers {
		reply = w.press(coach.Action{Verb: coach.VerbQuestionnaire, Day: "2026-03-02", Field: "gad7:" + string(rune('0'+i)), Value: a})
	}
	if !strings.Contains(reply, "GAD-7 score is 11 of 21") || !strings.Contains(reply, `"moderate"`) {
		t.Errorf("result = %q", reply)
	}
	again := w.press(coach.Action{Verb: coach.VerbQuestionnaire, Field: "gad7", Value: "start"})
	if !strings.Contains(again, "asks about the last 2 weeks, so the next one opens on Monday 16 March") {
		t.Errorf("same questionnaire again on the same day = %q, want it refused kindly", again)
	}
	w.clock.Set(monday9am.Add(13 * 24 * time.Hour))
	if next := w.press(coach.Action{Verb: coach.VerbQuestionnaire, Field: "gad7", Value: "start"}); strings.Contains(next, "(1 of 7)") {
		t.Errorf("13 days later = %q, want it still closed: the two-week windows would overlap", next)
	}
	w.clock.Set(monday9am.Add(14 * 24 * time.Hour))
	if next := w.press(coach.Action{Verb: coach.VerbQuestionnaire, Field: "gad7", Value: "start"}); !strings.Contains(next, "(1 of 7)") {
		t.Errorf("two weeks later = %q, want it open", next)
	}
}

func TestPCPTSD5NoExposureEndsAtOnce(t *testing.T) {
	w := newWorld(t, monday9am)
	w.press(coach.Action{Verb: coach.VerbQuestionnaire, Field: "pcptsd5", Value: "start"})
	reply := w.press(coach.Action{Verb: coach.VerbQuestionnaire, Day: "2026-03-02", Field: "pcptsd5:0", Value: "0"})
	if !strings.Contains(reply, "PC-PTSD-5 score is 0 of 5") {
		t.Errorf("after answering No to exposure: %q", reply)
	}
}
