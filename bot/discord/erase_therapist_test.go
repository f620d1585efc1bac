package discord_test

import (
	"context"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/internal/redistest"
)

// TestTherapistDeleteLeavesNoTraceInRedis: Dr Rivera is added by the
// clinic's admin; Ana shares and Rivera logs a session for her; Ben
// shares and then stops. Rivera deletes her data. No key, field, member
// or value holds her id any more, her patients' own records still say
// whom they shared with, and Ana's export names Rivera as the one who
// logged her session.
func TestTherapistDeleteLeavesNoTraceInRedis(t *testing.T) {
	t.Parallel()
	h := newClinicHarness(t)
	store := h.store
	sub := func(name string, opts ...fakediscord.CommandOption) []fakediscord.CommandOption {
		return []fakediscord.CommandOption{{Name: name, Type: int(discordgo.ApplicationCommandOptionSubCommand), Options: opts}}
	}

	code := h.addRivera()
	ana, ben := patients[0], patients[1]
	for _, p := range []struct{ id, name string }{{ana.id, ana.name}, {ben.id, ben.name}} {
		h.shareWithRivera(p.id, p.name, code, false)
	}
	contains(t, allText(shown(h.do(fakediscord.Interaction{UserID: rivera, Command: "therapist",
		Options: sub("session", fakediscord.CommandOption{Name: "patient", Type: int(discordgo.ApplicationCommandOptionUser), Value: ana.id})}))), "Logged a session for Ana")
	list := shown(h.do(fakediscord.Interaction{UserID: ben.id, Command: "share"}))[0]
	contains(t, allText(shown(h.do(fakediscord.Interaction{UserID: ben.id, CustomID: button(t, list, "Stop sharing with Dr Rivera")}))), "sees nothing of yours")

	if before := redistest.Dump(t, store); !dumpHas(before, rivera) {
		t.Fatalf("before /delete Redis holds nothing of Rivera's; the scan cannot tell anything:\n%s", strings.Join(before, "\n"))
	}
	confirm := shown(h.do(fakediscord.Interaction{UserID: rivera, Command: "delete"}))[0]
	contains(t, allText(shown(h.do(fakediscord.Interaction{UserID: rivera, CustomID: button(t, confirm, "Delete everything")}))), "everything is deleted")

	after := redistest.Dump(t, store)
	for _, line := range after {
		if strings.Contains(line, rivera) {
			t.Errorf("after Rivera's /delete Redis still holds her id: %s", line)
		}
	}
	for _, p := range []string{ana.id, ben.id} {
		shares, err := store.Shares(context.Background(), p)
		if err != nil || len(shares) != 1 || shares[0].TherapistName != "Dr Rivera" || shares[0].Active() {
			t.Errorf("%s's shares after Rivera's /delete = %+v, %v; want one ended share that still names Dr Rivera", p, shares, err)
		}
	}
	var exported string
	for _, m := range shown(h.do(fakediscord.Interaction{UserID: ana.id, Command: "export"})) {
		for _, a := range m.Attachments {
			exported += string(a.Data)
		}
	}
	contains(t, exported, `"logged_by": "Dr Rivera"`)

	// Her patients can still erase their own data.
	confirm = shown(h.do(fakediscord.Interaction{UserID: ana.id, Command: "delete"}))[0]
	contains(t, allText(shown(h.do(fakediscord.Interaction{UserID: ana.id, CustomID: button(t, confirm, "Delete everything")}))), "everything is deleted")
	if held, err := store.Holds(context.Background(), ana.id); err != nil || held {
		t.Errorf("after Ana's /delete Holds = %v, %v; want nothing left", held, err)
	}
}
