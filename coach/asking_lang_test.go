package coach_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/crisis"
	"github.com/aftercare/aftercare/coach/lang"
)

// langCase is a person writing in one of the four languages: a text the
// screen reads as Review, and their words for yes, no and "not sure".
type langCase struct {
	lang, worrying, yes, no, unsure string
}

var langCases = []langCase{
	{"en", "I feel like such a burden", "yes", "no", "not sure"},
	{"es", "me siento una carga para todos", "sí", "no", "no sé"},
	{"de", "Ich bin eine Last für alle", "ja", "nein", "weiß nicht"},
	{"fr", "Je suis un fardeau pour tout le monde", "oui", "non", "je sais pas"},
}

// Each language gets its own texts for the safety question, the ASQ and
// every outcome, typed by someone set up and by someone new (whose
// question waits only in the process). The crisis reply follows too.
func TestSafetyAndASQInThePersonsLanguage(t *testing.T) {
	w := newWorld(t, monday9am)
	n := 0
	for _, lc := range langCases {
		t.Run(lc.lang, func(t *testing.T) {
			tx := crisis.SafetyIn(lc.lang).WithCommands(lang.For(lc.lang).Commands)
			if tx.Lang != lc.lang {
				t.Fatalf("SafetyIn(%q).Lang = %q", lc.lang, tx.Lang)
			}
			asq := func(answers ...string) []string { // the answers after "not sure"
				return append([]string{lc.unsure}, answers...)
			}
			outcomes := []struct {
				name    string
				answers []string
				want    []string
			}{
				{"safe", []string{lc.yes}, []string{tx.Safe}},
				{"not safe", []string{lc.no}, []string{crisis.Title(lc.lang)}},
				{"not sure", asq(), []string{tx.NotSure, tx.ASQIntro, tx.ASQQuestion(0), "[" + tx.Yes + "]", "[" + tx.RatherNot + "]"}},
				{"second question", asq(lc.no), []string{tx.ASQQuestion(1)}},
				{"ASQ negative", asq(lc.no, lc.no, lc.no, lc.no), []string{tx.ASQNegative}},
				{"acuity asked", asq(lc.yes, lc.no, lc.no, lc.no), []string{tx.ASQQuestion(4)}},
				{"ASQ non-acute", asq(lc.yes, lc.no, lc.no, lc.no, lc.no), []string{tx.NonAcuteTitle, tx.NonAcuteThanks, tx.NonAcutePlan}},
				{"ASQ acute", asq(lc.yes, lc.no, lc.no, lc.no, lc.yes), []string{crisis.Title(lc.lang), crisisLines}},
				{"after the crisis reply", []string{lc.no, lc.yes}, []string{tx.StillHere}},
			}
			for _, setUp := range []bool{true, false} {
				for _, o := range outcomes {
					n++
					id := fmt.Sprintf("lang-%d", n)
					if setUp {
						w.onboard(id, "Sam")
					}
					q := w.as(id, "Sam", coach.Event{Text: lc.worrying})
					for _, want := range []string{tx.Question, "[" + tx.ButtonSafe + "]", "[" + tx.ButtonNotSure + "]", "[" + tx.ButtonNotSafe + "]"} {
						if !strings.Contains(q, want) {
							t.Fatalf("set up %v: %q got %q, want %q", setUp, lc.worrying, q, want)
						}
					}
					var got string
					for _, a := range o.answers {
						got = w.as(id, "Sam", coach.Event{Text: a})
					}
					want := o.want
					if !setUp && o.want[len(o.want)-1] == crisisLines {
						want = o.want[:1] // someone new has no zone: the international pointer
					}
					for _, s := range want {
						if !strings.Contains(got, s) {
							t.Errorf("set up %v, %s: got\n%s\nwant %q", setUp, o.name, got, s)
						}
					}
				}
			}
		})
	}
}

// An ASQ button carries its language: pressed by someone whose Discord
// locale is English, it is answered in the language it was asked in.
func TestASQButtonKeepsItsLanguage(t *testing.T) {
	w := newWorld(t, monday9am)
	for _, lc := range langCases {
		tx := crisis.SafetyIn(lc.lang).WithCommands(lang.For(lc.lang).Commands)
		got := w.as("press-"+lc.lang, "Sam", coach.Event{Locale: "en-US",
			Press: &coach.Action{Verb: coach.VerbASQ, Field: "n@" + lc.lang, Value: "n"}})
		if !strings.Contains(got, tx.ASQQuestion(2)) || !strings.Contains(got, "["+tx.No+"]") {
			t.Errorf("%s: ASQ button answered %q, want %q", lc.lang, got, tx.ASQQuestion(2))
		}
		got = w.as("press-"+lc.lang, "Sam", coach.Event{Locale: "en-US",
			Press: &coach.Action{Verb: coach.VerbSafety, Field: lc.lang, Value: coach.SafetySafe}})
		if !strings.Contains(got, tx.Safe) {
			t.Errorf("%s: safety button answered %q, want %q", lc.lang, got, tx.Safe)
		}
	}
}

// The language of a question waiting survives a restart with it.
func TestSafetyLanguageAfterARestart(t *testing.T) {
	w := newWorld(t, monday9am)
	w.onboard("restart-es", "Sam")
	w.as("restart-es", "Sam", coach.Event{Text: "me siento una carga para todos"})
	w.coach = coach.New(w.store, w.store, w.clock, nil, vouching)
	tx := crisis.SafetyIn("es").WithCommands(lang.For("es").Commands)
	if got := w.as("restart-es", "Sam", coach.Event{Text: "no sé"}); !strings.Contains(got, tx.ASQQuestion(0)) {
		t.Errorf("after a restart, \"no sé\" got %q, want %q", got, tx.ASQQuestion(0))
	}
	if got := w.as("restart-es", "Sam", coach.Event{Text: "no"}); !strings.Contains(got, tx.ASQQuestion(1)) {
		t.Errorf("after a restart, ASQ \"no\" got %q, want %q", got, tx.ASQQuestion(1))
	}
}

// The caring message the day after a crisis reply is in the language of
// that reply.
func TestCaringMessageInTheCrisisLanguage(t *testing.T) {
	for l, words := range map[string]string{
		"en": "I want to kill myself", "es": "quiero suicidarme", "de": "ich will mich umbringen", "fr": "je veux me suicider",
	} {
		w := newWorld(t, monday9am)
		if got := w.handle(coach.Event{Text: words}); !strings.Contains(got, crisis.Title(l)) {
			t.Fatalf("%s: %q got %q, want the crisis reply in it", l, words, got)
		}
		jobs, err := w.store.Upcoming(w.ctx, me)
		if err != nil {
			t.Fatal(err)
		}
		for _, j := range jobs {
			if j.Kind != coach.JobCaring {
				continue
			}
			w.clock.Set(j.Due)
			msgs, err := w.coach.Deliver(w.ctx, j)
			if err != nil || len(msgs) != 1 {
				t.Fatalf("%s: Deliver(caring) = %+v, %v", l, msgs, err)
			}
			tx := crisis.SafetyIn(l).WithCommands(lang.For(l).Commands)
			if !strings.HasPrefix(msgs[0].Text, tx.Caring) {
				t.Errorf("%s: caring message %q, want %q", l, msgs[0].Text, tx.Caring)
			}
		}
	}
}
