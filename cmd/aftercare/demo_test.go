package main

import (
	"context"
	"strings"
	"testing"
)

func TestDemoShowsAWeek(t *testing.T) {
	var out, progress strings.Builder
	if err := runDemo(context.Background(), &out, &progress); err != nil {
		t.Fatalf("demo: %v", err)
	}
	transcript := out.String()
	if n := strings.Count(transcript, "Hi — time for a short check-in"); n != len(demoWeek) {
		t.Errorf("check-ins delivered = %d, want one a day for %d days", n, len(demoWeek))
	}
	if n := strings.Count(transcript, "Thank you — your check-in is saved."); n != len(demoWeek) {
		t.Errorf("check-ins completed = %d, want %d", n, len(demoWeek))
	}
	for _, want := range []string{
		"== Session logged ==",
		"2026-03-05: mood good (4), anxiety a little (2), energy some (3), sleep well (4), moved 20 min, note: Walked to the park.",
		"2026-03-06: mood okay (3), anxiety somewhat (3), energy low (2), sleep poorly (2), moved 0 min",
	} {
		if !strings.Contains(transcript, want) {
			t.Errorf("transcript lacks %q", want)
		}
	}
	if !strings.Contains(progress.String(), "demo: day 7 of 7") || !strings.HasSuffix(progress.String(), "demo: done\n") {
		t.Errorf("progress = %q, want a line per day and a last line", progress.String())
	}
}
