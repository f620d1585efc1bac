package discord_test

import (
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/internal/fakediscord"
)

// TestDiscordSafetyPlan makes a safety plan in a DM through modals, skips a
// step, changes one (its modal opens with what is there), and sees the plan
// after the crisis lines of /crisis.
func TestDiscordSafetyPlan(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	dm := h.fake.DMChannel(alice)

	rs := h.do(fakediscord.Interaction{UserID: alice, Command: "safetyplan"})
	first := *rs[0].Message
	contains(t, text(first), "Your safety plan — step 1 of 6")
	contains(t, text(first), "Every one is optional")

	rs = h.do(fakediscord.Interaction{UserID: alice, CustomID: button(t, first, "✏️ Warning signs")})
	m := rs[0].Modal
	if rs[0].Type != int(discordgo.InteractionResponseModal) || m.Title != "Warning signs" {
		t.Fatalf("the write button answered %+v, want the step's modal", rs[0])
	}
	if in := m.Components[0].Components[0]; in.Style != int(discordgo.TextInputParagraph) || in.MaxLength != 1000 || in.Value != "" {
		t.Errorf("step input = %+v, want an empty paragraph of at most 1000", in)
	}
	rs = h.submit(alice, rs, "not sleeping, going quiet")
	second := shown(rs)[0]
	contains(t, text(second), "step 2 of 6")

	rs = h.do(fakediscord.Interaction{UserID: alice, CustomID: button(t, second, "Skip this step")})
	contains(t, allText(shown(rs)), "step 3 of 6")
	rs = h.do(fakediscord.Interaction{UserID: alice, CustomID: button(t, lastWithButtons(t, h.fake, dm), "Finish for now")})
	plan := shown(rs)[0]
	contains(t, text(plan), "1. Warning signs\nnot sleeping, going quiet")

	// Change step 1: its modal starts with what is there.
	rs = h.do(fakediscord.Interaction{UserID: alice, CustomID: button(t, plan, "Change 1: Warning signs")})
	step := shown(rs)[0]
	contains(t, text(step), "What's there now:\nnot sleeping, going quiet")
	rs = h.do(fakediscord.Interaction{UserID: alice, CustomID: button(t, step, "✏️ Warning signs")})
	if v := rs[0].Modal.Components[0].Components[0].Value; v != "not sleeping, going quiet" {
		t.Errorf("the edit modal starts with %q, want what is there", v)
	}
	rs = h.submit(alice, rs, "not sleeping; cancelling plans")
	contains(t, allText(shown(rs)), "Saved.")
	contains(t, allText(shown(rs)), "cancelling plans")

	rs = h.do(fakediscord.Interaction{UserID: alice, Command: "crisis"})
	ms := shown(rs)
	if len(ms) != 2 || !strings.Contains(ms[0].Content, "People you can talk to:") || !strings.Contains(ms[1].Content, "cancelling plans") {
		t.Errorf("/crisis showed %q, want the crisis lines, then the plan", allText(ms))
	}
}
