package discord_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/internal/redistest"
)

// TestExportComesAsAttachedFiles has a therapist who never ran /start ask
// for their export in a DM: it comes as an attached JSON file holding their
// registration, not as "We haven't set things up yet".
func TestExportComesAsAttachedFiles(t *testing.T) {
	h := &harness{t: t, fake: startFake(t), clock: localtime.NewFakeClock(t0), store: redistest.Open(t)}
	h.coach = coach.New(h.store, h.store, h.clock, nil, coach.Config{TherapistGuilds: []string{guildID}})
	h.dc, h.seen = openDiscord(t, h.fake, bot.Router{Coach: h.coach})
	if _, err := h.coach.Handle(context.Background(), coach.Event{Person: bob, Name: "Dr Bob", Command: "therapist",
		Args: map[string]string{"action": "register"}, Guild: guildID, Roles: []string{"Therapist"}}); err != nil {
		t.Fatal(err)
	}
	rs := h.do(fakediscord.Interaction{UserID: bob, Command: "export"})
	var files []fakediscord.Attachment
	for _, m := range shown(rs) {
		files = append(files, m.Attachments...)
	}
	contains(t, allText(shown(rs)), "Here is everything I hold about you")
	if len(files) != 1 || !strings.HasSuffix(files[0].Filename, ".json") {
		t.Fatalf("attached %+v, want one JSON file", files)
	}
	var doc struct {
		Therapist struct {
			Name string `json:"name"`
		} `json:"therapist"`
	}
	if err := json.Unmarshal(files[0].Data, &doc); err != nil || doc.Therapist.Name != "Dr Bob" {
		t.Errorf("attached export = %s (%v)", files[0].Data, err)
	}
}

// TestPatientExportAttachesAllThreeFiles: JSON, the spreadsheet and the
// FHIR questionnaires all reach Discord.
func TestPatientExportAttachesAllThreeFiles(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	for _, ev := range []coach.Event{
		{Press: &coach.Action{Verb: coach.VerbConsent, Field: "Europe/London@20:00", Value: "yes"}},
		{Command: "moved", Args: map[string]string{"minutes": "20"}},
		{Press: &coach.Action{Verb: coach.VerbQuestionnaire, Field: "phq2", Value: "start"}},
		{Press: &coach.Action{Verb: coach.VerbQuestionnaire, Day: "2026-03-02", Field: "phq2:0", Value: "1"}},
		{Press: &coach.Action{Verb: coach.VerbQuestionnaire, Day: "2026-03-02", Field: "phq2:1", Value: "2"}},
	} {
		ev.Person, ev.Name = alice, "Alice"
		if _, err := h.coach.Handle(ctx, ev); err != nil {
			t.Fatal(err)
		}
	}
	rs := h.do(fakediscord.Interaction{UserID: alice, Command: "export"})
	var names []string
	for _, m := range shown(rs) {
		for _, a := range m.Attachments {
			names = append(names, a.Filename)
		}
	}
	if len(names) != 3 || !strings.Contains(strings.Join(names, " "), "fhir") || !strings.Contains(strings.Join(names, " "), ".csv") {
		t.Errorf("attached %v, want the JSON, the CSV and the FHIR file", names)
	}
}
