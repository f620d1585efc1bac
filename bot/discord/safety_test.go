package discord_test

import (
	"strings"
	"testing"

	"github.com/aftercare/aftercare/internal/fakediscord"
)

// TestDiscordSafetyQuestion: worrying words in a DM get the safety
// question with its buttons; a typed "no" to it brings the crisis lines,
// and "I'm not sure" brings the ASQ's first question.
func TestDiscordSafetyQuestion(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.onboard()
	dm := h.fake.DMChannel(alice)
	say := func(s string) fakediscord.Message {
		t.Helper()
		id := h.fake.InjectMessage(fakediscord.UserMessage{UserID: alice, Content: s})
		h.seen.wait(t, id)
		ms := h.fake.Messages(dm)
		return ms[len(ms)-1]
	}
	worrying := "sometimes I feel like such a burden to everyone"

	asked := say(worrying)
	contains(t, text(asked), "are you safe right now?")
	if got := text(say("no")); !strings.Contains(got, "Support, right now") {
		t.Errorf(`"no" to the safety question answered %q, want the crisis lines`, got)
	}

	asked = say(worrying)
	rs := h.do(fakediscord.Interaction{UserID: alice, CustomID: button(t, asked, "I'm not sure")})
	contains(t, allText(shown(rs)), "(1 of 4) In the past few weeks, have you wished you were dead?")
}
