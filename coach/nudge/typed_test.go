package nudge

import (
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach/lang"
)

// Typed reads an activity from its key, its name or a typed word in any
// language, whatever the case and accents, and nothing else.
func TestTyped(t *testing.T) {
	for _, tc := range []struct {
		text string
		want Activity
	}{
		{"walk", ActivityWalk}, {"Walking", ActivityWalk}, {"caminar", ActivityWalk}, {"paseo", ActivityWalk},
		{"Caminé", ActivityWalk}, {"Spaziergang", ActivityWalk}, {"spazieren", ActivityWalk}, {"gehen", ActivityWalk},
		{"marche", ActivityWalk}, {"balade", ActivityWalk}, {"randonnee", ActivityWalk},
		{"yoga", ActivityYoga}, {"YOGA", ActivityYoga},
		{"bici", ActivityCycling}, {"bicicleta", ActivityCycling}, {"Fahrrad", ActivityCycling}, {"Radfahren", ActivityCycling},
		{"vélo", ActivityCycling}, {"VELO", ActivityCycling}, {"bike", ActivityCycling},
		{"estiramientos", ActivityStretch}, {"Dehnen", ActivityStretch}, {"étirements", ActivityStretch}, {"s'étirer", ActivityStretch},
		{"pesas", ActivityStrength}, {"Krafttraining", ActivityStrength}, {"musculation", ActivityStrength},
		{"bailar", ActivityDance}, {"Tanzen", ActivityDance}, {"danse", ActivityDance},
		{"nadar", ActivitySwim}, {"natación", ActivitySwim}, {"Schwimmen", ActivitySwim}, {"natation", ActivitySwim},
		{"aire libre", ActivityOutdoors}, {"Draußen", ActivityOutdoors}, {"draussen", ActivityOutdoors}, {"dehors", ActivityOutdoors},
		{"tareas de casa", ActivityChores}, {"Hausarbeit", ActivityChores}, {"ménage", ActivityChores},
		{"respiración", ActivityBreathing}, {"Atmen", ActivityBreathing}, {"respiration", ActivityBreathing},
		{"", ""}, {"parkour", ""}, {"caminar mucho", ""}, {"walk ", ActivityWalk},
	} {
		got, ok := Typed(tc.text)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("Typed(%q) = %q, %v; want %q", tc.text, got, ok, tc.want)
		}
	}
}

// Every name and typed word of an activity, in every language, reads as
// that activity: no word is claimed by two activities.
func TestTypedWordsBelongToOneActivity(t *testing.T) {
	for _, l := range lang.Langs {
		p := lang.For(l)
		for _, a := range Activities() {
			words := append(strings.Split(p.T("typed.activity."+string(a)), "|"), p.T("activity_name."+string(a)))
			for _, word := range words {
				if got, ok := Typed(word); !ok || got != a {
					t.Errorf("%s: %q is %s's word but reads as %q", l, word, a, got)
				}
			}
		}
	}
}

// The activity each language's /moved usage names as its example ("20
// Spaziergang") is one Typed reads.
func TestMovedUsageExampleIsTyped(t *testing.T) {
	for _, l := range lang.Langs {
		usage := lang.For(l).T("nudge.moved_usage", lang.Args{"Cmd": map[string]string{"moved": "/moved"}})
		_, example, ok := strings.Cut(usage, " 20 ")
		word := strings.TrimRight(example, ".")
		if a, typed := Typed(word); !ok || !typed || a != ActivityWalk {
			t.Errorf("%s: /moved usage %q names %q, read as %q", l, usage, word, a)
		}
	}
}
