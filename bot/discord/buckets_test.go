package discord_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/bot/discord"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/internal/fakediscord"
)

// TestInteractionsLeaveNoRESTBuckets: answering interactions every way the
// transport does (at once with a file and a follow-up, deferred and edited
// with files or without, a press acknowledged without a word,
// autocomplete) adds no rate-limit bucket to the session once the first
// round has made those that are not about one interaction. discordgo keyed
// a bucket by each interaction's token and kept it for the life of the
// process (BENCHMARKS.md, goal 5).
func TestInteractionsLeaveNoRESTBuckets(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	file := []coach.File{{Name: "notes.json", Type: "application/json", Data: []byte(`{"kept":1}`)}}
	nudge := coach.Action{Verb: coach.VerbNudge, Value: "later"}
	router := bot.Router{Coach: coachFunc(func(_ context.Context, ev coach.Event) ([]coach.Message, error) {
		switch {
		case ev.Press != nil: // nothing to say: acknowledged without a word
			return nil, nil
		case ev.Command == "summary": // heavy: deferred, edited with a file, a follow-up with one
			return []coach.Message{{Text: "Your week.", Files: file}, {Text: "And a file more.", Files: file}}, nil
		case ev.Command == "export": // heavy: deferred, edited without a file
			return []coach.Message{{Text: "Here it is."}, {Text: "That's all."}}, nil
		}
		return []coach.Message{{Text: "Hello.", Files: file}, {Text: "Later?", Buttons: []coach.Button{{Label: "Later", Action: nudge}}}}, nil
	})}
	dc, seen := openDiscord(t, fake, router)

	var tokens []string
	round := func() {
		ins := []fakediscord.Interaction{
			{UserID: alice, Command: "help"},
			{UserID: alice, CustomID: nudge.Encode()},
			{UserID: alice, Command: "summary"},
			{UserID: alice, Command: "export"},
			{Type: fakediscord.AutocompleteInteraction, UserID: alice, Command: "start",
				Options: []fakediscord.CommandOption{{Name: "zone", Type: int(discordgo.ApplicationCommandOptionString), Value: "lon", Focused: true}}},
		}
		for _, in := range ins {
			id, token := fake.InjectInteraction(in)
			tokens = append(tokens, token)
			seen.wait(t, id)
			if n := len(fake.InteractionResponses(id)); n == 0 {
				t.Fatalf("%+v: nothing sent", in)
			}
		}
	}
	round()
	before := discord.RESTBucketKeys(dc)
	if before == nil {
		t.Fatal("discordgo's RateLimiter has no buckets map: count them another way")
	}
	round()
	round()
	after := discord.RESTBucketKeys(dc)
	var kept []string
	for _, k := range after {
		for _, tok := range tokens {
			if strings.Contains(k, tok) {
				kept = append(kept, k)
			}
		}
	}
	if len(kept) > 0 {
		t.Errorf("the session keeps %d buckets about one interaction, like %q", len(kept), kept[0])
	}
	if len(after) != len(before) {
		t.Errorf("%d buckets after 5 interactions, %d after 10 more, want no more:\nbefore %q\nafter %q",
			len(before), len(after), before, after)
	}
}

// TestInteractionCallbackRetriedAsBefore: the exchange's own buckets keep
// discordgo's retries: a callback answered 429 is sent again once the
// limit has passed, one answered 502 at once, and either way the
// interaction is acknowledged exactly once, without an error.
func TestInteractionCallbackRetriedAsBefore(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	_, seen := openDiscord(t, fake, bot.Router{Coach: coachFunc(func(context.Context, coach.Event) ([]coach.Message, error) {
		return []coach.Message{{Text: "Hello."}, {Text: "And hello again."}}, nil
	})})
	for _, fault := range []struct {
		name   string
		inject func()
	}{
		{"429", func() { fake.RateLimitNext(1, 30*time.Millisecond, false) }},
		{"502", func() { fake.FailNext(1, 502) }},
	} {
		fault.inject()
		rs := do(t, fake, seen, fakediscord.Interaction{UserID: alice, Command: "help"})
		if got := allText(shown(rs)); !strings.Contains(got, "And hello again.") {
			t.Errorf("after a %s: shown %q, want both messages", fault.name, got)
		}
	}
	if fake.RateLimited() != 1 {
		t.Errorf("the fake answered %d requests 429, want the one injected", fake.RateLimited())
	}
}
