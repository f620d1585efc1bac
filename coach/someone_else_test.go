package coach_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/risk"
	"github.com/aftercare/aftercare/internal/redistest"
)

// someoneElseCases are texts about someone else in danger now, one per
// language, with what the reply must say for a person whose Discord locale
// puts them in a country: its title, the emergency number, asking someone
// near the person to go, staying, not stepping in between them and someone
// hurting them, the side if they breathe and the call handler if they
// don't, the means and the packets if they may hurt themselves, a crisis
// line of that country, and /crisis for the writer.
var someoneElseCases = []struct {
	locale, text string
	want         []string
}{
	{"en-GB", "my mother said she'd take all her sleeping pills, she doesn't answer, what do I do?",
		[]string{"If someone else is in danger", "Call 999 now and say where they are, even if you're not with them. Stay on the line",
			"If they won't wake up but are breathing, lay them on their side and tilt their head back.",
			"If they're not breathing normally, put the phone on speaker and tell the call handler: they'll talk you through what to do.",
			"If they may hurt themselves, don't leave them alone, and if it's safe, move away anything they could use.",
			"keep the packets for the paramedics", "stay with them until help arrives",
			"If someone is hurting them, don't step in yourself", "ask someone near them to go to them",
			"ask someone there to call the emergency number", "Once help is on its way, a crisis line can support you too:",
			"Samaritans on 116 123", "/crisis is there for you too"}},
	{"es-ES", "mi novio dice que se va a tirar del puente",
		[]string{"Si otra persona está en peligro", "Parece una emergencia.", "Llama ahora al 112", "No cuelgues",
			"colócala de lado (posición lateral de seguridad) con la cabeza hacia atrás",
			"pon el teléfono en altavoz y díselo a quien te atienda en la llamada", "Si hay riesgo de que se haga daño, no la dejes sola",
			"para el personal de emergencias", "no intentes hacerla vomitar", "Si estás con ella y no corres peligro",
			"Si alguien le está haciendo daño, no te pongas en medio", "pide a alguien que esté cerca",
			"Cuando la ayuda ya esté en camino", "Llama al 024", "Si tú también necesitas apoyo, /crisis está ahí."}},
	{"de-DE", "mein Freund hat gerade alle seine Tabletten genommen",
		[]string{"Wenn jemand anderes in Gefahr ist", "Ruf jetzt die 112 an", "Bleib dran: Dort sagt man dir, was zu tun ist.",
			"bring sie in die stabile Seitenlage (auf die Seite, Kopf nach hinten)", "stell das Telefon auf laut und sag das beim Notruf",
			"Wenn sie sich etwas antun könnte, lass sie nicht allein", "heb die Packungen für den Rettungsdienst auf",
			"Wenn jemand ihr wehtut, geh nicht dazwischen", "bitte jemanden in ihrer Nähe",
			"Wenn Hilfe unterwegs ist, kann dich auch ein Krisentelefon unterstützen:", "TelefonSeelsorge", "du musst da nicht allein durch"}},
	{"fr-FR", "ma sœur m'a envoyé un message d'adieu",
		[]string{"Si quelqu'un d'autre est en danger", "On dirait une urgence.", "Appelle tout de suite le 112", "Reste en ligne",
			"mets-la en PLS (sur le côté, tête basculée en arrière)", "mets le haut-parleur et dis-le à la personne qui te répond",
			"Si elle risque de se faire du mal, ne la laisse pas seule", "garde les emballages (boîtes, plaquettes)",
			"n'essaie pas de la faire vomir", "Si quelqu'un lui fait du mal, ne t'interpose pas",
			"demande à quelqu'un qui est près d'elle", "Une fois les secours prévenus", "3114", "Si toi aussi tu as besoin de soutien"}},
}

// TestSomeoneElseFitsEveryKind: the reply for a helper is the same whether
// the other person may hurt themselves, their body is in an emergency or
// someone is hurting them, in each language, so it may not assume one:
// at most six bullets, the emergency number first, then what to do if
// they won't wake or don't breathe (the most urgent for someone beside
// them), and the lines for those being hurt among them. The first reply
// (five bullets, no call handler, no word on stepping in) fails, and so
// does the second (breathing fifth).
func TestSomeoneElseFitsEveryKind(t *testing.T) {
	for _, tt := range []struct {
		locale, text, number, breathing string
		want                            []string
	}{
		{"en-GB", "my mum said she'd take all her pills, she doesn't answer", "999", "breathing", []string{"not breathing normally, put the phone on speaker", "don't step in yourself"}},
		{"en-GB", "resident on the floor not responding", "999", "breathing", []string{"not breathing normally, put the phone on speaker", "don't step in yourself"}},
		{"en-GB", "her boyfriend is hitting her, I can hear it", "999", "breathing", []string{"not breathing normally, put the phone on speaker", "don't step in yourself"}},
		{"de-DE", "meine schwester hat blaue lippen und wacht nicht auf", "112", "atmet", []string{"stabile Seitenlage", "geh nicht dazwischen"}},
		{"es-ES", "mi mamá no reacciona", "112", "respira", []string{"posición lateral de seguridad", "no te pongas en medio"}},
		{"fr-FR", "mon frère ne respire plus", "112", "respire", []string{"mets-la en PLS", "ne t'interpose pas"}},
	} {
		t.Run(tt.locale+" "+tt.text, func(t *testing.T) {
			w := newWorld(t, monday9am)
			msgs, err := w.coach.Handle(w.ctx, coach.Event{Person: "2", Name: "Ben", Text: tt.text, Locale: tt.locale})
			if err != nil {
				t.Fatal(err)
			}
			if len(msgs) != 1 || !msgs[0].Crisis {
				t.Fatalf("reply = %+v, want one private message", msgs)
			}
			// The bullets of what to do are the paragraph after the lead;
			// the crisis lines below are bulleted too, and not counted.
			var bullets []string
			if paras := strings.Split(msgs[0].Text, "\n\n"); len(paras) > 1 {
				for _, line := range strings.Split(paras[1], "\n") {
					if b, ok := strings.CutPrefix(line, "- "); ok {
						bullets = append(bullets, b)
					}
				}
			}
			if len(bullets) == 0 || len(bullets) > 6 {
				t.Fatalf("%d bullets, want 1 to 6:\n%s", len(bullets), msgs[0].Text)
			}
			if !strings.Contains(bullets[0], tt.number) {
				t.Errorf("first bullet %q lacks the emergency number %s", bullets[0], tt.number)
			}
			if len(bullets) < 2 || !strings.Contains(bullets[1], tt.breathing) {
				t.Errorf("second bullet is not what to do if they don't wake or breathe:\n%s", msgs[0].Text)
			}
			for _, want := range tt.want {
				if !strings.Contains(msgs[0].Text, want) {
					t.Errorf("reply lacks %q:\n%s", want, msgs[0].Text)
				}
			}
		})
	}
}

// TestSomeoneElseInDanger: text about someone else in danger now, in each
// language, gets the reply for a helper, privately, in the language of the
// text, with the emergency number and crisis lines of the writer's country,
// and nothing else: no safety question, and, unlike a crisis of the
// writer's own (the control below, as TestCrisisAlertOnlyWithConsentAndWithoutWords
// and TestCrisisReplyNeedsNoStorage check it), no pause of the writer's plan,
// no alert to the therapist they allowed to be alerted, no caring message.
func TestSomeoneElseInDanger(t *testing.T) {
	for _, tt := range someoneElseCases {
		t.Run(tt.locale, func(t *testing.T) {
			w := newWorld(t, monday9am)
			code := w.registerTherapist()
			w.onboard("2", "Ben")
			w.shareWith("2", "Ben", code, "a")

			msgs, err := w.coach.Handle(w.ctx, coach.Event{Person: "2", Name: "Ben", Text: tt.text, Locale: tt.locale})
			if err != nil {
				t.Fatal(err)
			}
			if len(msgs) != 1 || !msgs[0].Crisis || len(msgs[0].Buttons) != 0 {
				t.Fatalf("reply = %+v, want one private message", msgs)
			}
			got := msgs[0].Title + "\n" + msgs[0].Text
			for _, want := range tt.want {
				if !strings.Contains(got, want) {
					t.Errorf("reply lacks %q:\n%s", want, got)
				}
			}
			for _, not := range []string{"are you safe", "estás a salvo", "bist du sicher", "es-tu en sécurité",
				"You can talk to someone right now", "Puedes hablar con alguien ahora mismo",
				"Du kannst jetzt sofort mit jemandem sprechen", "Tu peux parler à quelqu'un dès maintenant"} {
				if strings.Contains(strings.ToLower(got), strings.ToLower(not)) {
					t.Errorf("reply has %q:\n%s", not, got)
				}
			}
			assertNothingRecorded(t, w, "2")
		})
	}

	// The control: the writer's own crisis pauses and alerts, so the
	// checks above could fail.
	w := newWorld(t, monday9am)
	code := w.registerTherapist()
	w.onboard("2", "Ben")
	w.shareWith("2", "Ben", code, "a")
	w.as("2", "Ben", coach.Event{Text: "my friend took pills and I want to join her"})
	p, err := w.store.Person(w.ctx, "2")
	if err != nil {
		t.Fatal(err)
	}
	if !p.PausedUntil.After(w.clock.Now()) || len(w.alerts("2")) != 1 {
		t.Errorf("own crisis beside a friend's: paused until %v, %d alerts; want a pause and an alert", p.PausedUntil, len(w.alerts("2")))
	}
}

// assertNothingRecorded fails unless the person's plan is not paused, no
// crisis is recorded, no question waits, and no alert or caring message is
// planned.
func assertNothingRecorded(t *testing.T, w *world, id string) {
	t.Helper()
	p, err := w.store.Person(w.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if p.PausedUntil.After(w.clock.Now()) || !p.LastCrisis.IsZero() || p.Asking.Kind != "" {
		t.Errorf("after the reply: paused until %v, last crisis %v, asking %+v; want none", p.PausedUntil, p.LastCrisis, p.Asking)
	}
	if n := len(w.alerts(id)); n != 0 {
		t.Errorf("%d alerts planned; want none", n)
	}
	if n := countJobs(t, w, id, coach.JobCaring); n != 0 {
		t.Errorf("%d caring messages planned; want none", n)
	}
}

// TestSomeoneElseWhileASafetyQuestionWaits: text about someone else in
// danger, written while the writer's own safety question waits, gets the
// reply for a helper, and is not read as an answer.
func TestSomeoneElseWhileASafetyQuestionWaits(t *testing.T) {
	w := newWorld(t, monday9am)
	if got := w.handle(coach.Event{Text: "I feel like a burden to everyone lately"}); !strings.Contains(got, "are you safe right now?") {
		t.Fatalf("no safety question:\n%s", got)
	}
	got := w.handle(coach.Event{Text: someoneElseCases[0].text})
	if !strings.Contains(got, "If someone else is in danger") || strings.Contains(got, "are you safe") {
		t.Errorf("reply = %s", got)
	}
	if p := w.person(); p.PausedUntil.After(w.clock.Now()) || !p.LastCrisis.IsZero() {
		t.Errorf("paused until %v, last crisis %v; want neither", p.PausedUntil, p.LastCrisis)
	}
}

// TestSomeoneElseNeedsNoStorage: with Redis stopped, text about someone
// else in danger, typed or as a command's option, still gets the reply for
// a helper, with no crisis recording left pending and no error.
func TestSomeoneElseNeedsNoStorage(t *testing.T) {
	redistest.EachStoppable(t, func(t *testing.T, rs *redistest.Stoppable) {
		w := stoppableWorld(t, rs)
		ctx := w.ctx
		w.onboard("2", "Ben")

		rs.Stop()
		for _, tt := range someoneElseCases {
			for _, ev := range []coach.Event{
				{Text: tt.text},
				{Command: "moved", Args: map[string]string{"minutes": "20", "activity": tt.text}},
			} {
				ev.Person, ev.Locale = "2", tt.locale
				msgs, err := w.coach.Handle(ctx, ev)
				var pc *coach.PendingCrisis
				if err != nil || errors.As(err, &pc) {
					t.Errorf("%s with Redis stopped: err %v, want none", tt.locale, err)
				}
				if len(msgs) != 1 || !msgs[0].Crisis || !strings.Contains(msgs[0].Text, tt.want[1]) {
					t.Errorf("%s with Redis stopped: %+v, want the reply for a helper", tt.locale, msgs)
				}
			}
		}
	})
}

// TestOwnCrisisBeforeSomeoneElsesInOptions: a command whose options hold
// both someone else in danger now and the writer's own crisis gets the
// writer's crisis reply, whichever option holds which and whatever the
// order of the options' map, with Redis up (a pause and an alert) and
// with it stopped (the crisis reply, its recording pending). Run with
// -count=20 to see that no order of the map wins.
func TestOwnCrisisBeforeSomeoneElsesInOptions(t *testing.T) {
	other := someoneElseCases[0].text
	own := "I want to kill myself"
	if f := risk.Screen(other); !f.AboutOther {
		t.Fatalf("%q is not about someone else", other)
	}
	if f := risk.Screen(own); f.AboutOther || f.Level != risk.Crisis {
		t.Fatalf("%q is not the writer's own crisis: %+v", own, f)
	}
	optionSets := []map[string]string{
		{"minutes": other, "activity": own},
		{"minutes": own, "activity": other},
		{"activity": other, "note": own, "zone": other},
	}
	for i, args := range optionSets {
		w := newWorld(t, monday9am)
		code := w.registerTherapist()
		w.onboard("2", "Ben")
		w.shareWith("2", "Ben", code, "a")
		msgs, err := w.coach.Handle(w.ctx, coach.Event{Person: "2", Name: "Ben", Command: "moved", Args: args})
		if err != nil {
			t.Fatal(err)
		}
		if len(msgs) == 0 || !msgs[0].Crisis || strings.Contains(msgs[0].Title+msgs[0].Text, "If someone else is in danger") {
			t.Errorf("options %d: reply %+v, want the writer's crisis reply", i, msgs)
			continue
		}
		p, err := w.store.Person(w.ctx, "2")
		if err != nil {
			t.Fatal(err)
		}
		if !p.PausedUntil.After(w.clock.Now()) || len(w.alerts("2")) != 1 {
			t.Errorf("options %d: paused until %v, %d alerts; want a pause and an alert", i, p.PausedUntil, len(w.alerts("2")))
		}
	}

	redistest.EachStoppable(t, func(t *testing.T, rs *redistest.Stoppable) {
		w := stoppableWorld(t, rs)
		ctx := w.ctx
		w.onboard("2", "Ben")
		rs.Stop()
		for i, args := range optionSets {
			msgs, err := w.coach.Handle(ctx, coach.Event{Person: "2", Command: "moved", Args: args})
			var pc *coach.PendingCrisis
			if !errors.As(err, &pc) {
				t.Errorf("options %d with Redis stopped: err %v, want a crisis recording pending", i, err)
			}
			if len(msgs) != 1 || !msgs[0].Crisis || strings.Contains(msgs[0].Title+msgs[0].Text, "If someone else is in danger") {
				t.Errorf("options %d with Redis stopped: %+v, want the writer's crisis reply", i, msgs)
			}
		}
	})
}
