package coach_test

import (
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/crisis"
	"github.com/aftercare/aftercare/coach/lang"
)

// The person's language: the transport's locale until they choose one,
// then their choice, whatever language they write in; only the crisis
// reply follows the language of the text as well.
func TestLanguageIsThePersons(t *testing.T) {
	w := newWorld(t, monday9am)
	es, de, fr := lang.For("es"), lang.For("de"), lang.For("fr")
	const id = "lang-person"
	steps := []struct {
		name string
		ev   coach.Event
		want string
	}{
		{"locale before a choice", coach.Event{Locale: "es-ES", Command: "start"}, es.T("start.notice")},
		{"a choice at /start", coach.Event{Locale: "es-ES", Command: "start", Args: map[string]string{"language": "de"}}, de.T("start.notice")},
		{"consent carries it", coach.Event{Locale: "es-ES", Press: &coach.Action{Verb: coach.VerbConsent, Field: "Europe/Berlin@20:00@de", Value: "yes"}}, de.T("start.thanks_one")},
		{"kept without a locale", coach.Event{Text: "hola"}, de.T("free_text.reply")},
		{"/settings changes it", coach.Event{Locale: "de", Command: "settings", Args: map[string]string{"language": "fr"}}, fr.T("language.chosen")},
		{"an unknown language asks again", coach.Event{Locale: "de", Command: "settings", Args: map[string]string{"language": "klingon"}}, fr.T("language.question")},
		{"another language is answered in the setting", coach.Event{Locale: "de", Text: "hello there"}, fr.T("free_text.reply")},
		{"a crisis in Spanish is answered in Spanish", coach.Event{Locale: "de", Text: "no puedo más, quiero morir"}, crisis.Title("es")},
	}
	for _, s := range steps {
		got := w.as(id, "Ana", s.ev)
		if !strings.Contains(got, s.want) {
			t.Fatalf("%s: got %q, want it to contain %q", s.name, got, s.want)
		}
	}
}

// A person who never chose keeps the language of their last locale for
// what is sent unasked, and an unknown locale is English.
func TestLocaleIsKeptForLater(t *testing.T) {
	w := newWorld(t, monday9am)
	w.onboard("lang-fr", "Lou")
	w.as("lang-fr", "Lou", coach.Event{Locale: "fr", Command: "help"})
	if got := w.as("lang-fr", "Lou", coach.Event{Text: "salut"}); !strings.Contains(got, lang.For("fr").T("free_text.reply")) {
		t.Fatalf("without a locale: %q", got)
	}
	if got := w.as("lang-fr", "Lou", coach.Event{Locale: "pt-BR", Text: "oi"}); !strings.Contains(got, lang.For("en").T("free_text.reply")) {
		t.Fatalf("pt-BR: %q", got)
	}
}

// A questionnaire without a validated translation in the person's chosen
// language is asked in its English wording, with a word in their language
// on why; one with a translation, in their language.
func TestQuestionnaireInEnglishSaysWhy(t *testing.T) {
	w := newWorld(t, monday9am)
	w.onboard("lang-q", "Ana")
	w.as("lang-q", "Ana", coach.Event{Command: "settings", Args: map[string]string{"language": "es"}})
	got := w.as("lang-q", "Ana", coach.Event{Press: &coach.Action{Verb: coach.VerbQuestionnaire, Field: "phq9", Value: "start"}})
	if !strings.Contains(got, "Durante las últimas 2 semanas") || strings.Contains(got, lang.For("es").T("questionnaire.english_only")) {
		t.Errorf("PHQ-9 opened with %q, want its Spanish wording and no note", got)
	}
	got = w.as("lang-q", "Ana", coach.Event{Press: &coach.Action{Verb: coach.VerbQuestionnaire, Field: "pcl5", Value: "start"}})
	for _, want := range []string{lang.For("es").T("questionnaire.english_only"), "In the past month"} {
		if !strings.Contains(got, want) {
			t.Errorf("questionnaire opened with %q, want it to contain %q", got, want)
		}
	}
}

// A safety plan shown with a crisis reply is in the reply's language: the
// language of the words that raised it.
func TestSafetyPlanFollowsTheCrisisReply(t *testing.T) {
	w := newWorld(t, monday9am)
	w.onboard("lang-plan", "Ana")
	if err := w.store.SavePlanStep(w.ctx, "lang-plan", coach.StepOnMyOwn, "pasear", monday9am); err != nil {
		t.Fatal(err)
	}
	got := w.as("lang-plan", "Ana", coach.Event{Text: "no puedo más, quiero morir"})
	es := lang.For("es")
	for _, want := range []string{crisis.Title("es"), es.T("safetyplan.crisis_lead"), es.T("safetyplan.coping"), "pasear"} {
		if !strings.Contains(got, want) {
			t.Errorf("crisis reply %q lacks %q", got, want)
		}
	}
}

// The coach marks its answers with the language the person chose, as it
// stands once the event is handled, so that a transport can say its own
// words in it without reading the person: a language chosen with the
// event counts at once; nothing is marked before a choice, nor the crisis
// reply, which follows the text's language.
func TestAnswersCarryThePersonsLanguage(t *testing.T) {
	w := newWorld(t, monday9am)
	w.onboard(me, "Sam")
	handle := func(ev coach.Event) []coach.Message {
		t.Helper()
		ev.Person, ev.Name = me, "Sam"
		msgs, err := w.coach.Handle(w.ctx, ev)
		if err != nil || len(msgs) == 0 {
			t.Fatalf("Handle(%+v) = %v, %v", ev, msgs, err)
		}
		return msgs
	}
	for _, tc := range []struct {
		name string
		ev   coach.Event
		want string
	}{
		{"no choice: the transport knows its locale", coach.Event{Command: "help", Locale: "fr"}, ""},
		{"chosen with the button", coach.Event{Press: &coach.Action{Verb: coach.VerbSetting, Field: "language", Value: "es"}, Locale: "fr"}, "es"},
		{"the choice over the locale", coach.Event{Command: "summary", Locale: "de"}, "es"},
		{"chosen with /settings", coach.Event{Command: "settings", Args: map[string]string{"language": "de"}}, "de"},
		{"a crisis is not marked", coach.Event{Text: "I want to kill myself tonight"}, ""},
	} {
		for _, m := range handle(tc.ev) {
			if m.Lang != tc.want {
				t.Errorf("%s: %q is marked %q, want %q", tc.name, m.Title+m.Text, m.Lang, tc.want)
			}
		}
	}
	newcomer := "4711"
	msgs, err := w.coach.Handle(w.ctx, coach.Event{Person: newcomer, Name: "Ana", Command: "start", Args: map[string]string{"language": "es"}, Locale: "en-US"})
	if err != nil || len(msgs) == 0 || msgs[0].Lang != "es" {
		t.Errorf("/start language es = %+v, %v; want it marked es", msgs, err)
	}
}
