package coach

import (
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// TestSummaryKeepsTheIntentionBesideItsReflections: /summary on a Monday
// covers Tuesday to Monday; the session was the Monday before, so its
// intention lies outside the seven days but is shown with the reflections
// that answer it. An intention with no reflection in the days is not.
func TestSummaryKeepsTheIntentionBesideItsReflections(t *testing.T) {
	session := CheckIn{Day: "2026-03-02", Integration: DayIntegration{Intention: "to be kinder to myself"}}
	reflected := CheckIn{Day: "2026-03-03", Integration: DayIntegration{ReflectionQ: 1, Reflection: "the music"}}
	from, to := localtime.Day("2026-03-03"), localtime.Day("2026-03-09")
	for _, tt := range []struct {
		name      string
		days      []CheckIn
		title     string
		intention bool
	}{
		{"intention the day before the days, reflection in them", []CheckIn{session, reflected}, "Your intention and reflection", true},
		{"no reflection: the old intention stays out", []CheckIn{session}, "", false},
		{"reflection alone", []CheckIn{reflected}, "Your reflection", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := integrationMessage(lang.For(lang.Default), tt.days, from, to)
			if ok != (tt.title != "") || m.Title != tt.title {
				t.Fatalf("message %v %q, want %q", ok, m.Title, tt.title)
			}
			if got := strings.Contains(m.Text, "your intention: “to be kinder to myself”"); got != tt.intention {
				t.Errorf("intention shown %v, want %v:\n%s", got, tt.intention, m.Text)
			}
		})
	}
}
