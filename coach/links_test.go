package coach_test

import (
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
)

// fakeLinks makes links that say who they are for.
type fakeLinks struct{}

func (fakeLinks) Link(viewer string, kind coach.LinkKind) string {
	return "https://care.example/l/" + string(kind) + "-" + viewer
}

func TestLinksInDashboardDigestAndSummary(t *testing.T) {
	for _, tt := range []struct {
		name     string
		cfg      coach.Config
		dash     string // in /therapist dashboard
		digest   []string
		noDigest []string
		summary  string
	}{
		{name: "web view off", cfg: vouching, dash: "isn't turned on",
			digest: []string{"Ana — check-ins"}, noDigest: []string{"https://"}},
		{name: "links", cfg: coach.Config{TherapistGuilds: []string{clinic}, Links: fakeLinks{}}, dash: "https://care.example/l/t-" + therapistID,
			digest: []string{"Ana — check-ins", "https://care.example/l/t-" + therapistID}, summary: "https://care.example/l/p-1"},
		{name: "link-only digests", cfg: coach.Config{TherapistGuilds: []string{clinic}, Links: fakeLinks{}, DigestLinkOnly: true}, dash: "https://care.example/l/t-" + therapistID,
			digest:   []string{"2 patients share with you; 1 flagged this week.", "https://care.example/l/t-" + therapistID, "no names, scores or trends"},
			noDigest: []string{"Ana", "Ben", "mood", "min moved", "crisis"}, summary: "https://care.example/l/p-1"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t, monday9am)
			w.coach = coach.New(w.store, w.store, w.clock, nil, tt.cfg)
			code := w.registerTherapist()
			for _, p := range []struct{ id, name string }{{"1", "Ana"}, {"2", "Ben"}} {
				w.onboard(p.id, p.name)
				w.seedDays(p.id, "2026-03-02", []int{4, 4, 4, 4, 4, 4, 4, 4}, 20, "")
				w.shareWith(p.id, p.name, code, "a")
			}
			w.clock.Set(time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC))
			w.as("2", "Ben", coach.Event{Text: "i want to kill myself"})

			if dash := w.as(therapistID, "Dr Rivera", coach.Event{Command: "therapist", Args: map[string]string{"action": "dashboard"}}); !strings.Contains(dash, tt.dash) {
				t.Errorf("dashboard = %q, want %q", dash, tt.dash)
			}
			digest := w.as(therapistID, "Dr Rivera", coach.Event{Command: "therapist", Args: map[string]string{"action": "digest"}})
			for _, want := range tt.digest {
				if !strings.Contains(digest, want) {
					t.Errorf("digest lacks %q:\n%s", want, digest)
				}
			}
			for _, not := range tt.noDigest {
				if strings.Contains(digest, not) {
					t.Errorf("digest holds %q:\n%s", not, digest)
				}
			}
			summary := w.as("1", "Ana", coach.Event{Command: "summary"})
			if tt.summary == "" && strings.Contains(summary, "https://") || tt.summary != "" && !strings.Contains(summary, tt.summary) {
				t.Errorf("summary = %q, want link %q", summary, tt.summary)
			}
		})
	}
}

// TestScheduledSummaryCarriesOwnLink: the weekly summary the scheduler
// sends carries the person's own link when the web view is on, as
// /summary does, and none when it is off.
func TestScheduledSummaryCarriesOwnLink(t *testing.T) {
	for _, tt := range []struct {
		name string
		cfg  coach.Config
		want string // "" : no link at all
	}{
		{name: "web view off", cfg: vouching},
		{name: "web view on", cfg: coach.Config{Links: fakeLinks{}}, want: "Your own page, with every week and chart so far, private to you: https://care.example/l/p-" + me},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t, monday9am)
			w.coach = coach.New(w.store, w.store, w.clock, nil, tt.cfg)
			w.command("session")
			w.seedDays(me, "2026-03-02", []int{3, 4, 4, 3, 4, 4, 4}, 20, "")
			text := texts(w.deliver(summaryJob("2026-03-08")))
			if !strings.Contains(text, "Your week") && !strings.Contains(text, "check-ins") {
				t.Fatalf("no weekly summary delivered:\n%s", text)
			}
			if tt.want == "" && strings.Contains(text, "https://") || tt.want != "" && !strings.Contains(text, tt.want) {
				t.Errorf("weekly summary = %q, want link %q", text, tt.want)
			}
		})
	}
}
