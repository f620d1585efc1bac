package discord

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/risk"
)

// onMessage answers text a person writes in their DM with the bot. It
// answers the question that waits for text, if any (as typing does in the
// console), and otherwise goes to the coach as free text, which screens it
// for crisis language. In a server the bot reads only messages that
// mention it (it has no MESSAGE_CONTENT intent); see onGuildMessage.
func (d *Transport) onMessage(s *discordgo.Session, mc *discordgo.MessageCreate) {
	m := mc.Message
	if m.Author == nil || m.Author.Bot || strings.TrimSpace(m.Content) == "" {
		return
	}
	if m.GuildID != "" {
		d.onGuildMessage(m)
		return
	}
	d.messageFrame(m, func(ctx context.Context, ev coach.Event, draining bool) Handled {
		if action, ok := d.takePending(ctx, ev.Person); ok {
			ev.Submit = &action
		}
		var msgs []coach.Message
		if draining {
			msgs = []coach.Message{{Text: lang.For(d.langOf(ev.Person, ev.Locale)).T("errors.restarting")}}
		} else {
			msgs = d.Router.Handle(ctx, ev)
		}
		out := d.renderFor(ctx, ev.Person, msgs)
		d.trackPending(ctx, ev.Person, out)
		h := Handled{Kind: "message:" + bot.EventKind(ev)}
		for n, o := range out {
			// The nonce comes from the message answered, so a reply is never doubled.
			if err := d.post(ctx, m.ChannelID, o, nonce("reply:"+m.ID, n)); err != nil {
				h.Err = fmt.Errorf("reply %d of %d: %w", n+1, len(out), err)
				break
			}
		}
		return h
	})
}

// messageFrame runs fn for one message the way every handler runs: counted
// for a graceful close, with panics recovered, a time limit, and the outcome
// reported to Observe.
func (d *Transport) messageFrame(m *discordgo.Message, fn func(ctx context.Context, ev coach.Event, draining bool) Handled) {
	done, draining, ok := d.begin()
	if !ok {
		return
	}
	defer done()
	defer d.recoverHandler(m.ID)
	ctx, cancel := context.WithTimeout(context.Background(), handlerTimeout)
	defer cancel()
	start := time.Now()
	if !d.firstTime(ctx, m.ID) {
		d.observe(Handled{ID: m.ID, Kind: replayKind, Took: time.Since(start)})
		return
	}
	ev := coach.Event{Person: m.Author.ID, Name: firstNonEmpty(m.Author.GlobalName, m.Author.Username), Text: m.Content}
	h := fn(ctx, ev, draining)
	h.ID, h.Took = m.ID, time.Since(start)
	dm := ""
	if m.GuildID == "" {
		dm = m.ChannelID
	}
	d.learnDM(ctx, ev.Person, dm)
	d.observe(h)
}

// onGuildMessage screens a message that mentions the bot in a server
// channel. Crisis language, words that call for a gentle question, or
// someone else in danger now ("a group member just posted a photo of
// bleeding wrists") is answered by DM, never in the channel, where it would
// expose the person; anything else gets no answer there at all.
func (d *Transport) onGuildMessage(m *discordgo.Message) {
	if f := risk.Screen(m.Content); f.Level == risk.None && !f.AboutOther {
		return
	}
	d.messageFrame(m, func(ctx context.Context, ev coach.Event, _ bool) Handled {
		msgs := d.Router.Handle(ctx, ev)
		return Handled{Kind: "message:guild-screened", Err: d.Send(bot.WithIdempotencyKey(ctx, "reply:"+m.ID), m.Author.ID, msgs)}
	})
}
