package coach_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach"
)

// Words that already answer yes to one of the ASQ's items 1, 2 or 4
// (risk.Finding.Wish), then "safe": at least a non-acute positive ASQ, so
// the non-acute reply and, for a therapist who allowed alerts, its flag.
// Any other Review, then "safe", is thanked as before; "not sure" and "not
// safe" are the same after a wish as after anything else.
func TestSafeAfterAWish(t *testing.T) {
	w := newWorld(t, monday9am)
	code := w.registerTherapist()
	const (
		wishThanks = "Thank you for letting me know\nI'm glad you're safe right now."
		plainSafe  = "I'm glad you're safe. If that changes"
		press      = "press"
	)
	tests := []struct {
		name   string
		share  string // "" none, else the share's flags ("-": no alerts)
		said   string // the text that raised the safety question
		answer string // press: the safe button; else typed
		want   []string
		unwant []string
		alert  coach.AlertSource // "" for none
	}{
		{"better off without me, the safe button, alerts allowed", "a", "they'd be better off without me", press,
			[]string{wishThanks, "talk it over with Dr Rivera", "/safetyplan", "Dr Rivera will get a short note"},
			[]string{plainSafe, "Thank you for answering those"}, "asq-nonacute@wish"},
		{"a passive wish, typed, alerts not allowed", "-", "wouldn't mind if i just didn't wake up tomorrow", "I'm safe",
			[]string{wishThanks, "talk it over with Dr Rivera", "/safetyplan"}, []string{plainSafe, "will get a short note"}, ""},
		{"a past attempt, typed, no therapist", "", "I tried to kill myself in 2019", "yes",
			[]string{wishThanks, "talk it over with your therapist or doctor", "/safetyplan"}, []string{plainSafe}, ""},
		{"in Spanish, typed", "a", "estarían todos mejor sin mí", "estoy bien",
			[]string{"Gracias por decírmelo\nMe alegra que estés a salvo ahora mismo.", "/plan-de-seguridad", "Dr Rivera"}, []string{plainSafe}, "asq-nonacute@wish"},
		{"a denial, the safe button", "a", "my therapist asked if I was suicidal and I said no", press,
			[]string{plainSafe}, []string{"/safetyplan", "talk it over"}, ""},
		{"a burden alone, typed", "a", worrying, "I'm safe",
			[]string{plainSafe}, []string{"/safetyplan", "talk it over"}, ""},
		{"a wish, then not sure", "a", "they'd be better off without me", "not sure",
			[]string{firstASQ}, []string{wishThanks}, ""},
		{"a wish, then not safe", "a", "they'd be better off without me", "no",
			[]string{crisisLines}, []string{wishThanks}, "safety"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id := strconv.Itoa(9100 + i)
			w.onboardSharing(id, code, tt.share)
			if q := w.as(id, "Sam", coach.Event{Text: tt.said}); !strings.Contains(q, "[I'm not safe]") && !strings.Contains(q, "[No estoy a salvo]") {
				t.Fatalf("reply to %q = %q, want the safety question", tt.said, q)
			}
			ev := coach.Event{Text: tt.answer}
			if tt.answer == press {
				ev = coach.Event{Press: &coach.Action{Verb: coach.VerbSafety, Value: coach.SafetySafe}}
			}
			got := w.as(id, "Sam", ev)
			for _, want := range tt.want {
				if !strings.Contains(got, want) {
					t.Errorf("answer %q = %q, want %q", tt.answer, got, want)
				}
			}
			for _, unwant := range tt.unwant {
				if strings.Contains(got, unwant) {
					t.Errorf("answer %q = %q, want no %q", tt.answer, got, unwant)
				}
			}
			w.wantAlert(t, id, tt.alert)
			if p, _ := w.store.Person(w.ctx, id); p.Asking.Kind == "safety" {
				t.Errorf("asking = %+v after the answer, want the safety question closed", p.Asking)
			}
		})
	}
}

// The wish is kept with the question in the store: a new Coach over it,
// as after a restart, still answers "safe" with the non-acute reply, and
// its flag's source is their words, never the words.
func TestSafeAfterAWishAcrossARestart(t *testing.T) {
	w := newWorld(t, monday9am)
	code := w.registerTherapist()
	w.shareWith(me, "Sam", code, "a")
	w.handle(coach.Event{Text: "honestly everyone would be better off without me"})
	if p := w.person(); p.Asking.Kind != "safety" || !p.Asking.Wish {
		t.Fatalf("asking = %+v, want the safety question, kept with the wish", p.Asking)
	}
	w.coach = coach.New(w.store, w.store, w.clock, nil, vouching)
	got := w.handle(coach.Event{Press: &coach.Action{Verb: coach.VerbSafety, Value: coach.SafetySafe}})
	if !strings.Contains(got, "I'm glad you're safe right now") || !strings.Contains(got, "/safetyplan") {
		t.Errorf("\"safe\" after a restart = %q, want the non-acute reply", got)
	}
	alerts := w.alerts(me)
	if len(alerts) != 1 || alerts[0].Source != "asq-nonacute@wish" {
		t.Fatalf("alerts = %+v, want one non-acute flag from their words", alerts)
	}
	msgs, err := w.coach.Deliver(w.ctx, alerts[0])
	if err != nil || len(msgs) != 1 {
		t.Fatalf("Deliver = %+v, %v", msgs, err)
	}
	// The alert says how it came to be a non-acute positive: their words
	// answered an ASQ question, not the ASQ asked.
	if text := msgs[0].Text; !strings.Contains(text, "non-acute positive") || !strings.Contains(text, "questions were not asked") ||
		strings.Contains(text, "asked after") || strings.Contains(text, "better off without me") {
		t.Errorf("alert = %q, want a non-acute flag from their own words, not the ASQ asked, without the words", text)
	}
}

// A "safe" that cannot be answered (the person's time zone unreadable)
// leaves the question open with its wish: answered again once it can be,
// it still gets the non-acute outcome, not plain thanks.
func TestSafeAfterAWishKeptWhenTheDayCannotBeFound(t *testing.T) {
	w := newWorld(t, monday9am)
	w.handle(coach.Event{Text: "honestly everyone would be better off without me"})
	p := w.person()
	zone := p.Zone
	p.Zone = "Not/AZone"
	if err := w.store.SavePerson(w.ctx, p); err != nil {
		t.Fatal(err)
	}
	safe := coach.Event{Person: me, Press: &coach.Action{Verb: coach.VerbSafety, Value: coach.SafetySafe}}
	if _, err := w.coach.Handle(w.ctx, safe); err == nil {
		t.Fatal(`"safe" with an unreadable time zone: no error`)
	}
	p = w.person()
	if p.Asking.Kind != "safety" || !p.Asking.Wish {
		t.Fatalf("asking = %+v after the failed answer, want the question kept with its wish", p.Asking)
	}
	p.Zone = zone
	if err := w.store.SavePerson(w.ctx, p); err != nil {
		t.Fatal(err)
	}
	if got := w.handle(safe); !strings.Contains(got, "I'm glad you're safe right now") {
		t.Errorf(`"safe" again = %q, want the non-acute reply`, got)
	}
}
