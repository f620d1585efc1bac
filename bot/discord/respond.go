package discord

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/coach"
)

// okayText stands in when the coach had nothing to say, since an
// interaction response must show something.
const okayText = "Okay."

// reply answers at once: with a modal when the coach only asks for text in
// answer to a command or a button, otherwise with the first message as the
// response and the rest as follow-ups.
func (x *exchange) reply(ev coach.Event, msgs []coach.Message) error {
	ctx, cancel := x.beforeResponse()
	defer cancel()
	if in, ok := asModal(ev, msgs); ok {
		x.d.setPending(ctx, x, &in.Action)
		err := x.respond(modal(in))
		x.retryPending()
		return err
	}
	out := x.renderIn(ctx, msgs)
	if len(out) == 0 && x.i.Type == discordgo.InteractionMessageComponent {
		// Nothing to say to a press (one pressed again after the limit said
		// it could not get to everything): acknowledge it without a word, as
		// Discord requires.
		err := x.respond(&discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate})
		x.retryPending()
		return err
	}
	if len(out) == 0 {
		out = []outgoing{{content: okayText}}
	}
	err := x.respond(&discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: out[0].content, Embeds: out[0].embeds,
			Components: out[0].components, Files: out[0].files(), Flags: x.flags(), AllowedMentions: noMentions()},
	})
	x.retryPending()
	if err != nil {
		return err
	}
	return x.followUps(out[1:])
}

// asModal reports whether a reply is a lone request for text that a modal
// can show: only a command or a button press may open one, and a modal
// shows no other message, so nothing else may come with it.
func asModal(ev coach.Event, msgs []coach.Message) (coach.Input, bool) {
	if (ev.Command == "" && ev.Press == nil) || len(msgs) != 1 {
		return coach.Input{}, false
	}
	m := msgs[0]
	if m.Input == nil || m.Crisis || len(m.Buttons) > 0 || len(m.Input.Action.Encode()) > maxCustomID {
		return coach.Input{}, false
	}
	return *m.Input, true
}

// deferAck acknowledges an interaction whose answer is not ready: a button
// press with "deferred update" (nothing shown until the follow-ups come),
// anything else with "thinking…", private where the answer will be.
func (x *exchange) deferAck() error {
	if x.i.Type == discordgo.InteractionMessageComponent {
		return x.respond(&discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate})
	}
	return x.respond(&discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Flags: x.flags()},
	})
}

// completeDeferred sends the answer after a deferred response: the
// "thinking…" message becomes the first message; after a deferred update,
// every message is a follow-up. A modal is no longer possible, so an
// Input shows as a message with a button that opens it.
func (x *exchange) completeDeferred(msgs []coach.Message) error {
	return x.sendDeferred(x.render(msgs))
}

// sendDeferred sends rendered messages after a deferred response, as
// completeDeferred does.
func (x *exchange) sendDeferred(out []outgoing) error {
	defer x.retryPending()
	if x.i.Type == discordgo.InteractionMessageComponent {
		return x.followUps(out)
	}
	if len(out) == 0 {
		out = []outgoing{{content: okayText}}
	}
	first := out[0]
	embeds := append([]*discordgo.MessageEmbed{}, first.embeds...)
	comps := append([]discordgo.MessageComponent{}, first.components...)
	err := x.editResponse(&discordgo.WebhookEdit{
		Content: &first.content, Embeds: &embeds, Components: &comps, Files: first.files(), AllowedMentions: noMentions(),
	})
	if err != nil {
		return fmt.Errorf("edit deferred response: %w", err)
	}
	return x.followUps(out[1:])
}

// followUps sends messages after the response, each with its own buttons.
func (x *exchange) followUps(out []outgoing) error {
	for n, o := range out {
		err := x.followUp(&discordgo.WebhookParams{
			Content: o.content, Embeds: o.embeds, Components: o.components, Files: o.files(),
			Flags: x.flags(), AllowedMentions: noMentions(),
		})
		if err != nil {
			return fmt.Errorf("follow-up %d of %d: %w", n+1, len(out), err)
		}
	}
	return nil
}

// respond sends the one interaction response: as the answer to the
// endpoint's HTTP request when the interaction came that way, otherwise to
// the callback endpoint, paced by the exchange (callbacks.go).
func (x *exchange) respond(r *discordgo.InteractionResponse) error {
	var files []*discordgo.File
	if r.Data != nil {
		files = r.Data.Files
	}
	if x.direct != nil {
		return x.direct.answer(x.ctx, r, files)
	}
	if err := x.callback(r, files); err != nil {
		return fmt.Errorf("interaction response type %d: %w", r.Type, err)
	}
	return nil
}

func (x *exchange) flags() discordgo.MessageFlags {
	if x.ephemeral {
		return discordgo.MessageFlagsEphemeral
	}
	return 0
}

// render renders messages for this person, and in their DM remembers what
// typed text would answer.
func (x *exchange) render(msgs []coach.Message) []outgoing {
	return x.renderIn(x.ctx, msgs)
}

// renderIn is render with its writes to Redis bounded by ctx. A write of
// the question awaiting text that fails (cut short by the bound, say) is
// tried again after the response (retryPending).
func (x *exchange) renderIn(ctx context.Context, msgs []coach.Message) []outgoing {
	out := x.d.renderFor(ctx, x.person, msgs)
	if !x.ephemeral {
		x.track(ctx, out)
	}
	return out
}

// track remembers which question the person's typed text answers after
// out, as trackPending does. When the exchange knows the question awaiting
// (awaitingKnown), forgetting it waits until after the response, and then
// forgets only that question (retryPending): no round trip before the
// response, and no newer question lost.
func (x *exchange) track(ctx context.Context, out []outgoing) {
	person := x.person
	if x.awaitingKnown && awaited(out) == nil {
		x.clearAfter = true
		x.pendingRedo = nil // an earlier write this clearing supersedes
		return
	}
	x.clearAfter = false
	err := x.d.trackPending(ctx, person, out)
	x.noteStored(awaited(out), err)
	x.redoPending(err, func(ctx context.Context) error {
		return x.d.trackPending(ctx, person, out)
	})
}

// noteStored keeps what the exchange knows of the question awaiting after
// it stored a (or cleared it, a nil): a write that failed leaves it
// unknown, and a later clearing deletes whatever is there, as before.
func (x *exchange) noteStored(a *coach.Action, err error) {
	switch {
	case !x.awaitingKnown:
	case err != nil:
		x.awaitingKnown = false
	case a == nil:
		x.awaiting = ""
	default:
		x.awaiting = a.Encode()
	}
}

// pendingRetry bounds the second try of a write of the question awaiting
// text, made after the response when the first failed: a question not
// cleared would take the person's next typed message as its answer.
const pendingRetry = 2 * time.Second

// redoPending keeps write to be tried again after the response when err
// says the first try failed.
func (x *exchange) redoPending(err error, write func(context.Context) error) {
	if err != nil {
		x.pendingRedo = write
	}
}

// retryPending tries again, once the response is out and with a bound of
// its own, the write of the question awaiting text that failed before it.
func (x *exchange) retryPending() {
	x.clearAfterResponse()
	redo := x.pendingRedo
	if redo == nil {
		return
	}
	x.pendingRedo = nil
	ctx, cancel := context.WithTimeout(x.ctx, pendingRetry)
	defer cancel()
	if err := redo(ctx); err != nil {
		x.d.log().Error("the question awaiting text is still not written after responding", "err", err)
		return
	}
	x.d.log().Info("the question awaiting text written after responding")
}

// responseWrites is how long, past AckAfter, the Redis work done before an
// interaction's response may go on: the question that typed text would
// answer, and an ask button's wording. An answer the coach made just
// before AckAfter still goes out within Discord's three seconds when that
// work is slow (a Redis master failing over, its commands retried until a
// replica is promoted): the work then fails, and is logged, as when Redis
// is down.
const responseWrites = 500 * time.Millisecond

// beforeResponse bounds the work before the response: until AckAfter and
// responseWrites from the interaction's arrival.
func (x *exchange) beforeResponse() (context.Context, context.CancelFunc) {
	return context.WithDeadline(x.ctx, x.arrived.Add(x.d.ackAfter()+responseWrites))
}

// autocomplete offers time zones for every "zone" option (/start's, and
// /therapist register's). An empty list must still be sent as
// "choices": [], which discordgo would omit, so the response is written here.
func (x *exchange) autocomplete() error {
	data := x.i.ApplicationCommandData()
	choices := []*discordgo.ApplicationCommandOptionChoice{}
	options := data.Options
	if len(options) == 1 && options[0].Type == discordgo.ApplicationCommandOptionSubCommand {
		options = options[0].Options
	}
	for _, o := range options {
		if !o.Focused || o.Name != "zone" {
			continue
		}
		q, _ := optionString(o)
		for _, z := range zoneMatches(q, x.d.DefaultZone) {
			choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: strings.ReplaceAll(z, "_", " "), Value: z})
		}
	}
	type result struct {
		Choices []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
	}
	body := struct {
		Type discordgo.InteractionResponseType `json:"type"`
		Data result                            `json:"data"`
	}{discordgo.InteractionApplicationCommandAutocompleteResult, result{choices}}
	if x.direct != nil {
		return x.direct.answer(x.ctx, body, nil)
	}
	if err := x.callback(body, nil); err != nil {
		return fmt.Errorf("autocomplete response: %w", err)
	}
	return nil
}

// clearAfterResponse forgets, once the response is out, the question the
// exchange knew to be awaiting, if it still is (track): tried twice, each
// bounded by pendingRetry. Nothing was awaiting: nothing to do, not even a
// round trip.
func (x *exchange) clearAfterResponse() {
	if !x.clearAfter {
		return
	}
	x.clearAfter = false
	was := x.awaiting
	if was == "" {
		return
	}
	store, ok := x.d.Awaiting.(replaysAwaiting)
	if !ok {
		return
	}
	var err error
	for range 2 {
		ctx, cancel := context.WithTimeout(x.ctx, pendingRetry)
		err = store.ClearAwaitingIf(ctx, x.person, was)
		cancel()
		if err == nil {
			x.awaiting = ""
			return
		}
	}
	x.d.log().Error("the question awaiting text is still not cleared after responding", "err", err)
}
