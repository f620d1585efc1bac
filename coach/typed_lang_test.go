package coach_test

import (
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/lang"
)

// speaking sets the person's language to l.
func (w *world) speaking(l string) {
	w.t.Helper()
	w.press(set("language", l))
}

// A person types /session's day in their own language, in any case and
// with or without its accent, and the prompt for a date they got wrong
// names the word in their language.
func TestSessionDayTypedInThePersonsLanguage(t *testing.T) {
	for _, tc := range []struct{ lang, date string }{
		{"en", "Tomorrow 14:00"},
		{"es", "mañana 14:00"},
		{"es", "Manana 14:00"},
		{"es", "MAÑANA"},
		{"de", "Morgen 14:00"},
		{"fr", "demain 14:00"},
		{"fr", "Demain"},
	} {
		w := newWorld(t, monday9am)
		w.speaking(tc.lang)
		p := lang.For(tc.lang)
		reply := w.handle(coach.Event{Command: "session", Args: map[string]string{"date": tc.date}})
		if !strings.Contains(reply, p.T("intention.planned_title")) || !strings.Contains(reply, p.Day(monday9am.AddDate(0, 0, 1))) {
			t.Errorf("%s /session date:%s is not tomorrow's session:\n%s", tc.lang, tc.date, reply)
		}
	}
	for l, word := range map[string]string{"en": `"tomorrow"`, "es": "«mañana»", "de": "„morgen“", "fr": "« demain »"} {
		w := newWorld(t, monday9am)
		w.speaking(l)
		if reply := w.handle(coach.Event{Command: "session", Args: map[string]string{"date": "someday"}}); !strings.Contains(reply, word) {
			t.Errorf("%s: a bad date's prompt does not name %s:\n%s", l, word, reply)
		}
	}
}

// A person clears the country for crisis lines with "none" in their own
// language, and the question names that word, in the text and in the
// form's label.
func TestCountryClearedInThePersonsLanguage(t *testing.T) {
	for _, tc := range []struct{ lang, none, named string }{
		{"en", "None", `"none"`},
		{"es", "Ninguno", "«ninguno»"},
		{"es", "nada", "«ninguno»"},
		{"de", "KEINE", "„keine“"},
		{"de", "nichts", "„keine“"},
		{"fr", "aucun", "« aucun »"},
		{"fr", "Rien", "« aucun »"},
	} {
		w := newWorld(t, monday9am)
		w.speaking(tc.lang)
		w.submit(coach.VerbCountry, "IE")
		if got := w.person().Country; got != "IE" {
			t.Fatalf("country IE not saved: %q", got)
		}
		msgs, err := w.coach.Handle(w.ctx, coach.Event{Person: me, Press: &coach.Action{Verb: coach.VerbSetting, Field: "country"}})
		if err != nil {
			t.Fatal(err)
		}
		if len(msgs) != 1 || msgs[0].Input == nil {
			t.Fatalf("%s: the country question is %+v", tc.lang, msgs)
		}
		if !strings.Contains(msgs[0].Text, tc.named) || !strings.Contains(msgs[0].Input.Label, strings.Trim(tc.named, `"«»„“ `)) {
			t.Errorf("%s: the country question does not name %s: %q, label %q", tc.lang, tc.named, msgs[0].Text, msgs[0].Input.Label)
		}
		reply := w.submit(coach.VerbCountry, tc.none)
		if got := w.person().Country; got != "" || !strings.Contains(reply, lang.For(tc.lang).T("settings.country_cleared")) {
			t.Errorf("%s: %q did not clear the country (saved %q): %s", tc.lang, tc.none, got, reply)
		}
	}
}

// What the person typed, and their name in /share's offer, stand in their
// language's quotation marks, not Go's straight double quotes.
func TestTypedTextQuotedTheLanguagesWay(t *testing.T) {
	for l, marks := range map[string][2]string{"en": {`"`, `"`}, "es": {"«", "»"}, "de": {"„", "“"}, "fr": {"« ", " »"}} {
		w := newWorld(t, monday9am)
		code := w.registerTherapist()
		w.onboard("1", "Ana")
		w.as("1", "Ana", coach.Event{Press: &coach.Action{Verb: coach.VerbSetting, Field: "language", Value: l}})
		offer := w.as("1", "Ana", coach.Event{Command: "share", Args: map[string]string{"code": code}})
		if want := marks[0] + "Ana" + marks[1]; !strings.Contains(offer, want) {
			t.Errorf("%s: the offer does not name %s:\n%s", l, want, offer)
		}
		w.speaking(l)
		if want := marks[0] + "atlantis" + marks[1]; !strings.Contains(w.submit(coach.VerbCountry, "atlantis"), want) {
			t.Errorf("%s: an unknown country is not quoted as %s", l, want)
		}
	}
}

// /moved's activity typed in the person's own words (the console passes it
// as typed) is the activity itself: thanked as that movement, and breathing
// kept out of the minutes moved as practice, as the English word would be.
// A word the bot does not know is still movement, thanked as such.
func TestMovedActivityTypedInThePersonsLanguage(t *testing.T) {
	for _, tc := range []struct {
		lang, typed string
		want        string // the activity's word in the reply: nudge.doing, or the practice
		practice    bool
	}{
		{"en", "walking", "walk", false},
		{"es", "caminar", "walk", false},
		{"es", "Paseo", "walk", false},
		{"es", "bici", "cycling", false},
		{"es", "aire libre", "outdoors", false},
		{"es", "Respiración", "breathing", true},
		{"de", "Spaziergang", "walk", false},
		{"de", "spazieren", "walk", false},
		{"de", "Fahrrad", "cycling", false},
		{"de", "draussen", "outdoors", false},
		{"fr", "marche", "walk", false},
		{"fr", "Vélo", "cycling", false},
		{"fr", "velo", "cycling", false},
		{"fr", "yoga", "yoga", false},
		{"fr", "respirer", "breathing", true},
		{"es", "parkour", "any", false},
	} {
		w := newWorld(t, monday9am)
		w.speaking(tc.lang)
		p := lang.For(tc.lang)
		reply := w.handle(coach.Event{Command: "moved", Args: map[string]string{"minutes": "20", "activity": tc.typed}})
		want := p.T("nudge.doing." + tc.want)
		if tc.practice {
			want = p.T("nudge.practice_breathing")
		}
		if !strings.Contains(reply, want) {
			t.Errorf("%s /moved 20 %s: reply lacks %q:\n%s", tc.lang, tc.typed, want, reply)
		}
		moved := w.checkIn("2026-03-02").Moved
		if tc.practice && moved != 0 || !tc.practice && moved != 20 {
			t.Errorf("%s /moved 20 %s: %d minutes moved logged", tc.lang, tc.typed, moved)
		}
	}
}
