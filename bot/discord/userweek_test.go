package discord_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/fakediscord"
)

// TestDiscordUserInstallWeek plays a whole week of a person who installed
// the app to her own account and shares no server with it: /start and
// /session through her install, then every check-in, its side-effect
// questions and every movement or calming idea arrive by DM and are
// answered with their buttons, and the week ends with her summary, chart
// and all, in the same DM. Nothing is sent anywhere else.
func TestDiscordUserInstallWeek(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	dm := h.fake.DMChannel(carol)
	startThroughInstall(t, h, viaCarol)
	h.do(viaCarol(fakediscord.Interaction{CustomID: button(t, lastWithButtons(t, h.fake, dm), "Skip")}))
	contains(t, allText(shown(h.do(viaCarol(fakediscord.Interaction{Command: "session"})))), "Session logged")

	sched := h.scheduler()
	pressed := map[string]bool{} // and what onboarding asked is answered
	for _, m := range h.fake.Messages(dm) {
		pressed[m.ID] = true
	}
	var checkIns, ideas, answered int
	start := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC) // Monday, the session's day
	for hour := range 7*24 + 2 {
		h.clock.Set(start.Add(time.Duration(hour) * time.Hour))
		if _, err := sched.RunDue(context.Background()); err != nil {
			t.Fatal(err)
		}
		// Answer whatever waits, as she would, until nothing does.
		for range 20 {
			m, ok := unanswered(h.fake.Messages(dm), pressed)
			if !ok {
				break
			}
			pressed[m.ID] = true
			switch body := text(m); {
			case strings.Contains(body, "Your check-in"):
				checkIns++
			case strings.Contains(body, "A small movement idea"), strings.Contains(body, "A small calming idea"):
				ideas++
			}
			h.do(viaCarol(fakediscord.Interaction{CustomID: button(t, m, answerFor(t, m)), MessageID: m.ID}))
			answered++
		}
	}

	if checkIns != 7 {
		t.Errorf("%d check-ins arrived by DM, want one each day of the week", checkIns)
	}
	if ideas < 4 {
		t.Errorf("%d movement or calming ideas arrived by DM, want one on most days", ideas)
	}
	days, err := h.store.CheckIns(context.Background(), carol, localtime.DayOf(start, time.UTC), localtime.DayOf(start.AddDate(0, 0, 6), time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	var kept int
	for _, d := range days {
		if d.Mood > 0 && d.Anxiety > 0 && d.Energy > 0 && d.Sleep > 0 && d.HasMinutes {
			kept++
		}
	}
	if kept != 7 {
		t.Errorf("%d days kept with every answer, want 7: %+v", kept, days)
	}
	all := h.fake.Messages(dm)
	if !hasChart(all) {
		t.Error("the week's summary, with its chart, did not arrive by DM")
	}
	if quiet := allText(all); strings.Contains(quiet, "quiet week") {
		t.Errorf("a week of answers was called quiet:\n%s", quiet)
	}
	summary := all[slices.IndexFunc(all, func(m fakediscord.Message) bool { return hasChart([]fakediscord.Message{m}) })]
	contains(t, strings.ToLower(text(summary)), "mood")
	for _, r := range h.fake.Requests() {
		if r.Route == sendRoute && r.Path != "/api/v9/channels/"+dm+"/messages" {
			t.Errorf("a message went to %s; she shares no server with the bot", r.Path)
		}
	}
	t.Logf("%d check-ins, %d ideas, %d buttons pressed, %d messages in her DM", checkIns, ideas, answered, len(all))
}

// unanswered is the newest message with buttons that she has not pressed
// one of yet.
func unanswered(ms []fakediscord.Message, pressed map[string]bool) (fakediscord.Message, bool) {
	for i := len(ms) - 1; i >= 0; i-- {
		if len(ms[i].Components) > 0 {
			return ms[i], !pressed[ms[i].ID]
		}
	}
	return fakediscord.Message{}, false
}

// answerFor picks her answer: no side effects, the idea done, and for a
// question on a scale a middling answer.
func answerFor(t *testing.T, m fakediscord.Message) string {
	t.Helper()
	var labels []string
	for _, row := range m.Components {
		for _, c := range row.Components {
			labels = append(labels, c.Label)
		}
	}
	for _, want := range []string{"None of these", "None of the others", "Done"} {
		if slices.Contains(labels, want) {
			return want
		}
	}
	labels = slices.DeleteFunc(labels, func(l string) bool { return l == "Skip" || l == "Write a note" || l == "Later" })
	if len(labels) == 0 {
		return "Skip"
	}
	return labels[len(labels)/2]
}
