package coach_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

// questionnaire answers every item of id on day with the given values,
// pressing start first, and returns the last reply.
func (w *world) questionnaire(who, id string, day localtime.Day, values ...int) string {
	w.t.Helper()
	w.as(who, "Ana", coach.Event{Press: &coach.Action{Verb: coach.VerbQuestionnaire, Field: id, Value: "start"}})
	var reply string
	for i, v := range values {
		reply = w.as(who, "Ana", coach.Event{Press: &coach.Action{Verb: coach.VerbQuestionnaire, Day: day, Field: id + ":" + strconv.Itoa(i), Value: strconv.Itoa(v)}})
	}
	return reply
}

func (w *world) difficulty(who string, day localtime.Day, value string) string {
	w.t.Helper()
	return w.as(who, "Ana", coach.Event{Press: &coach.Action{Verb: coach.VerbQuestionnaire, Day: day, Field: "phq9:d", Value: value}})
}

func TestPHQ9DifficultyAskedAfterItem9ReportedNotScored(t *testing.T) {
	w := newWorld(t, monday9am)
	w.onboard("1", "Ana")
	ask := w.questionnaire("1", "phq9", "2026-03-02", 1, 1, 1, 1, 1, 1, 1, 1, 0)
	if !strings.Contains(ask, "One last question, not part of the score: If you checked off any problems, how difficult have these problems made it for you") ||
		!strings.Contains(ask, "[Extremely difficult]") || !strings.Contains(ask, "[Skip]") || strings.Contains(ask, "score is") {
		t.Fatalf("after item 9 = %q, want the difficulty question", ask)
	}
	done := w.difficulty("1", "2026-03-02", "2")
	if !strings.Contains(done, "PHQ-9 score is 8 of 27") || !strings.Contains(done, "you said: very difficult") || !strings.Contains(done, "isn't added to the score") {
		t.Errorf("result = %q, want 8 (the difficulty not added) and the difficulty reported", done)
	}
	day, _ := w.store.CheckIns(w.ctx, "1", "2026-03-02", "2026-03-02")
	if len(day) != 1 || day[0].Difficulty["phq9"] != 2 || day[0].ScoredOn()[0].Result.Total != 8 {
		t.Errorf("stored day = %+v", day)
	}
	if !coach.SensitiveField("q:phq9:d") {
		t.Error("the difficulty answer would be stored in the clear")
	}
}

func TestPHQ9Item9GoesToSafetyBeforeDifficulty(t *testing.T) {
	w := newWorld(t, monday9am)
	w.onboard("1", "Ana")
	reply := w.questionnaire("1", "phq9", "2026-03-02", 0, 0, 0, 0, 0, 0, 0, 0, 1)
	if strings.Contains(reply, "One last question") {
		t.Errorf("item 9 above 0 = %q, want the safety follow-up first, not the difficulty question", reply)
	}
}

func TestPCPTSD5OnceExposureRememberedAndPCL5Offered(t *testing.T) {
	w := newWorld(t, monday9am)
	w.onboard("1", "Ana")
	w.questionnaire("1", "pcptsd5", "2026-03-02", 1) // exposure Yes, then left
	w.clock.Set(monday9am.Add(24 * time.Hour))
	resumed := w.as("1", "Ana", coach.Event{Press: &coach.Action{Verb: coach.VerbQuestionnaire, Field: "pcptsd5", Value: "start"}})
	if strings.Contains(resumed, "Have you ever experienced this kind of event?") || !strings.Contains(resumed, "(2 of 6)") {
		t.Fatalf("next day = %q, want the exposure question remembered, not asked again", resumed)
	}
	var reply string
	for i := 1; i <= 5; i++ {
		reply = w.as("1", "Ana", coach.Event{Press: &coach.Action{Verb: coach.VerbQuestionnaire, Day: "2026-03-03", Field: "pcptsd5:" + strconv.Itoa(i), Value: "1"}})
	}
	if !strings.Contains(reply, "PC-PTSD-5 score is 5 of 5") || !strings.Contains(reply, "[Offer me the PCL-5 monthly]") {
		t.Errorf("positive screen = %q, want the PCL-5 offered", reply)
	}
	w.clock.Set(monday9am.Add(200 * 24 * time.Hour))
	again := w.as("1", "Ana", coach.Event{Press: &coach.Action{Verb: coach.VerbQuestionnaire, Field: "pcptsd5", Value: "start"}})
	if !strings.Contains(again, "one-time screen, so it isn't asked again") {
		t.Errorf("months later = %q, want the screen not offered again", again)
	}
}

func TestPCL5MonthlyAndScored(t *testing.T) {
	w := newWorld(t, monday9am)
	w.onboard("1", "Ana")
	first := w.as("1", "Ana", coach.Event{Press: &coach.Action{Verb: coach.VerbQuestionnaire, Field: "pcl5", Value: "start"}})
	if !strings.Contains(first, "(1 of 20) In the past month, how much were you bothered by: Repeated, disturbing, and unwanted memories") || !strings.Contains(first, "very stressful experience") {
		t.Fatalf("first item = %q", first)
	}
	values := make([]int, 20)
	for i := range values {
		values[i] = 2 // 40
	}
	if r := w.questionnaire("1", "pcl5", "2026-03-02", values...); !strings.Contains(r, "PCL-5 score is 40 of 80") {
		t.Errorf("result = %q", r)
	}
	w.clock.Set(monday9am.Add(29 * 24 * time.Hour))
	if r := w.as("1", "Ana", coach.Event{Press: &coach.Action{Verb: coach.VerbQuestionnaire, Field: "pcl5", Value: "start"}}); !strings.Contains(r, "asks about the past month") {
		t.Errorf("29 days later = %q, want it closed", r)
	}
}

func TestDurabilityInSummaryAndDigest(t *testing.T) {
	w := newWorld(t, monday9am)
	code := w.registerTherapist()
	w.onboard("1", "Ana")
	w.shareWith("1", "Ana", code, "")
	w.questionnaire("1", "phq9", "2026-03-02", 2, 2, 2, 2, 2, 2, 2, 2, 0) // 16, before the session
	w.difficulty("1", "2026-03-02", "2")
	w.clock.Set(monday9am.Add(24 * time.Hour))
	w.as("1", "Ana", coach.Event{Command: "session"})
	w.clock.Set(monday9am.Add(14 * 24 * time.Hour))
	w.questionnaire("1", "phq9", "2026-03-16", 1, 1, 1, 1, 1, 1, 1, 1, 0) // 8: half of 16
	w.difficulty("1", "2026-03-16", "1")

	summary := w.as("1", "Ana", coach.Event{Command: "summary"})
	for _, want := range []string{"Over time", "PHQ-9: 16 before your first session; since then 8.", "half or less of where you started, what clinicians call a response", "(not part of the score): somewhat difficult"} {
		if !strings.Contains(summary, want) {
			t.Errorf("summary lacks %q:\n%s", want, summary)
		}
	}
	digest := w.as(therapistID, "Dr Rivera", coach.Event{Command: "therapist", Args: map[string]string{"action": "digest"}})
	if want := "PHQ-9 baseline 16 (pre-session) → 8; Δ -8, reliable improvement (≥6); response (≥50% drop), not in remission; functional difficulty (unscored): somewhat difficult"; !strings.Contains(digest, want) {
		t.Errorf("digest lacks %q:\n%s", want, digest)
	}

	w.clock.Set(monday9am.Add(28 * 24 * time.Hour))
	w.questionnaire("1", "phq9", "2026-03-30", 2, 2, 1, 1, 1, 1, 1, 1, 0) // 10: back above half
	w.difficulty("1", "2026-03-30", "-1")
	fading := w.as("1", "Ana", coach.Event{Command: "summary"})
	if !strings.Contains(fading, "Your lowest was 8; the latest, 10, is back above half of where you started") || strings.Contains(fading, "difficulty you reported") {
		t.Errorf("fading summary = %q", fading)
	}
	digest = w.as(therapistID, "Dr Rivera", coach.Event{Command: "therapist", Args: map[string]string{"action": "digest"}})
	if want := "FADING: response reached (lowest 8 ≤ 50% of 16), latest 10 above 50%; rise from lowest +2, within reliable-change threshold"; !strings.Contains(digest, want) {
		t.Errorf("digest lacks %q:\n%s", want, digest)
	}
}

func TestTherapistAsksForPCL5PersonChooses(t *testing.T) {
	w := newWorld(t, monday9am)
	code := w.registerTherapist()
	w.onboard("1", "Ana")
	w.onboard("4", "Dev")
	w.shareWith("1", "Ana", code, "")
	ask := func(who string) string {
		return w.as(therapistID, "Dr Rivera", coach.Event{Command: "therapist", Args: map[string]string{"action": "pcl5", "patient": who}})
	}
	if r := ask("1"); !strings.Contains(r, "I'll ask Ana with their next weekly summary whether they'd like the PCL-5 once a month; it's their choice.") {
		t.Errorf("ask for Ana = %q", r)
	}
	if r := ask("4"); !strings.Contains(r, "only pass this on to a patient who shares with you") {
		t.Errorf("ask for Dev = %q", r)
	}
	p, err := w.store.Person(w.ctx, "1")
	if err != nil || p.PCL5AskedBy != "Dr Rivera" || len(p.Questionnaires) != 0 {
		t.Fatalf("Ana = %+v, %v; want the request noted and nothing added", p, err)
	}
	settings := w.as("1", "Ana", coach.Event{Press: &coach.Action{Verb: coach.VerbSetting, Field: "q"}})
	if !strings.Contains(settings, "[PCL-5]") {
		t.Errorf("settings = %q, want the PCL-5 to choose", settings)
	}
	w.as("1", "Ana", coach.Event{Press: &coach.Action{Verb: coach.VerbSetting, Field: "q", Value: "pcl5"}})
	if p, _ := w.store.Person(w.ctx, "1"); p.PCL5AskedBy != "" || len(p.Questionnaires) != 1 {
		t.Errorf("after adding: %+v", p)
	}
}
