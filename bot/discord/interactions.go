package discord

import (
	"context"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/lang"
)

// The kind replies the transport gives itself, without asking the coach,
// are errors.stale, errors.restarting and errors.who (and bot.Sorry). They
// are said in the person's language as the coach last marked its answers
// to them in this process (personLangs), else in the interaction's
// locale: the person's own setting is the coach's to read, and reading it
// here would put a Redis read before the acknowledgement.

// words is what the transport says itself, in the person's language.
func (x *exchange) words() lang.Printer { return lang.For(x.lang()) }

// lang is the person's language as far as the transport knows it without
// asking: learnt from the coach's answers, else the interaction's locale.
func (x *exchange) lang() string {
	return x.d.langOf(x.person, string(x.i.Locale))
}

// langOf is person's language as learnt from the coach's answers, else
// locale.
func (d *Transport) langOf(person, locale string) string {
	if l := d.langs.get(person); l != "" {
		return l
	}
	return locale
}

// exchange is the answering of one interaction.
type exchange struct {
	d         *Transport
	s         *discordgo.Session
	i         *discordgo.Interaction
	ctx       context.Context
	ephemeral bool // shown only to the person: everywhere but the bot's DM
	person    string
	name      string
	// direct, for an interaction that came to the interactions endpoint,
	// takes the interaction response to the HTTP answer instead of the
	// callback endpoint (http.go); nil for the gateway.
	direct *direct
	// arrived is when the interaction reached this process: the time to
	// acknowledge is counted from there, not from when its turn came.
	arrived time.Time
	// rl paces the calls about this interaction (callbacks.go), and goes
	// with it; made once, on first use.
	limiterOnce sync.Once
	rl          *discordgo.RateLimiter
	// pendingRedo is a write of the question awaiting text that failed
	// before the response, tried again after it (retryPending).
	pendingRedo func(context.Context) error
	// awaitingKnown says that awaiting is the question awaiting the
	// person's text as this exchange last knew it in Redis: read with the
	// replay record, then what the exchange itself stored. A reply that
	// asks for no text then sets clearAfter, and the question is forgotten
	// after the response only if it is still awaiting (compare-and-delete):
	// one stored since, by a scheduled check-in or another replica, stays.
	awaitingKnown bool
	awaiting      string
	clearAfter    bool
}

func (d *Transport) onInteraction(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
	d.interact(ic.Interaction, nil, time.Now())
}

// interact answers one interaction, from the gateway or, with direct set,
// from the interactions endpoint: the same replay check, decoding and
// routing either way. It returns the kind observed ("" when the transport
// was closed and nothing was done).
func (d *Transport) interact(i *discordgo.Interaction, direct *direct, arrived time.Time) (kind string) {
	done, draining, ok := d.begin()
	if !ok {
		return "" // the transport is closing; Discord tells the person it failed
	}
	defer done()
	defer d.recoverHandler(i.ID)
	ctx, cancel := context.WithTimeout(context.Background(), handlerTimeout)
	defer cancel()
	// The transport's own session answers, whichever shard's session
	// brought the interaction: one session keeps every REST bucket but
	// those of the interaction itself, which the exchange keeps
	// (callbacks.go).
	x := &exchange{d: d, s: d.session, i: i, ctx: ctx, ephemeral: !inBotDM(i), direct: direct, arrived: arrived}
	x.person, x.name = identity(i)
	// Autocomplete changes nothing, and comes with every keystroke.
	if i.Type != discordgo.InteractionApplicationCommandAutocomplete {
		first, awaiting, known := d.firstTimeIn(ctx, i.ID, x.person, !x.ephemeral)
		if !first {
			d.observe(Handled{ID: i.ID, Kind: replayKind, Took: time.Since(arrived)})
			return replayKind
		}
		x.awaitingKnown, x.awaiting = known, awaiting
	}
	h := x.run(draining)
	h.ID, h.Took = i.ID, time.Since(arrived)
	d.learnDM(ctx, x.person, botDMChannel(i))
	d.observe(h)
	return h.Kind
}

// inBotDM reports whether an interaction happened in the person's DM with
// the bot, the one place where replies need not be ephemeral.
func inBotDM(i *discordgo.Interaction) bool {
	return i.GuildID == "" && i.Context != discordgo.InteractionContextPrivateChannel
}

// identity is the person behind an interaction: the member's user in a
// guild, the user in a DM. The name is their display name.
func identity(i *discordgo.Interaction) (id, name string) {
	u := i.User
	if i.Member != nil && i.Member.User != nil {
		u = i.Member.User
	}
	if u == nil {
		return "", ""
	}
	return u.ID, firstNonEmpty(u.GlobalName, u.Username)
}

// run answers the interaction by its type. While the transport drains,
// only /crisis and autocomplete are served; the rest get a kind refusal.
func (x *exchange) run(draining bool) Handled {
	if x.i.Type == discordgo.InteractionApplicationCommandAutocomplete {
		return Handled{Kind: "autocomplete", Err: x.autocomplete()}
	}
	if x.person == "" {
		return x.refuse("refused:anonymous", x.words().T("errors.who"))
	}
	// The person's Discord locale ("en-GB", "es-419"): the language and,
	// unless they chose a country, the country of crisis lines.
	ev := coach.Event{Person: x.person, Name: x.name, Locale: string(x.i.Locale)}
	if x.i.GuildID != "" {
		// The member's permissions in the channel, as Discord computed
		// them for this interaction: the bot checks them itself rather
		// than trust a command's default_member_permissions, which a
		// server's admins can change.
		ev.Channel, ev.Guild = x.i.ChannelID, x.i.GuildID
		ev.CanManage = x.i.Member != nil && x.i.Member.Permissions&discordgo.PermissionManageChannels != 0
		ev.CanManageServer = x.i.Member != nil && x.i.Member.Permissions&discordgo.PermissionManageGuild != 0
	}
	switch x.i.Type {
	case discordgo.InteractionApplicationCommand:
		cmd := commandEvent(x.i.ApplicationCommandData())
		ev.Command, ev.Args = cmd.Command, cmd.Args
	case discordgo.InteractionMessageComponent:
		id := x.i.MessageComponentData().CustomID
		// Opening a modal needs no coach, even while draining; a modal
		// cannot follow a deferred response, so its reads and writes in
		// Redis are bounded as a reply's are.
		ctx, cancel := x.beforeResponse()
		in, ok := x.d.inputFor(ctx, x.person, id)
		if ok {
			x.d.setPending(ctx, x, &in.Action)
		}
		cancel()
		if ok {
			err := x.respond(modal(in))
			x.retryPending()
			return Handled{Kind: "ask:" + in.Action.Verb, Err: err}
		}
		a, err := coach.DecodeAction(id)
		if err != nil {
			return x.refuse("refused:stale", x.words().T("errors.stale"))
		}
		ev.Press = &a
	case discordgo.InteractionModalSubmit:
		data := x.i.ModalSubmitData()
		a, err := coach.DecodeAction(data.CustomID)
		if err != nil {
			return x.refuse("refused:stale", x.words().T("errors.stale"))
		}
		ev.Submit, ev.Text = &a, modalText(data)
	default:
		return Handled{Kind: "ignored"}
	}
	if draining && ev.Command != "crisis" {
		return x.refuse("refused:restarting", x.words().T("errors.restarting"))
	}
	if heavy(ev) {
		return x.answerLater(ev)
	}
	return x.answer(ev)
}

// refuse answers at once with a kind, private word.
func (x *exchange) refuse(kind, text string) Handled {
	return Handled{Kind: kind, Err: x.respond(&discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: text, Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions()},
	})}
}

// answer asks the coach and replies. A quick answer is the interaction
// response itself; one that takes longer than AckAfter is preceded by a
// deferred response, so Discord's three seconds are always kept. Heavy
// answers do not come here: answerLater defers them at once.
func (x *exchange) answer(ev coach.Event) Handled {
	h := Handled{Kind: bot.EventKind(ev)}
	result := make(chan []coach.Message, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil { // in serverFacts or the pace; handle recovers its own
				x.d.log().Error("handler panicked", "kind", h.Kind, "panic", r)
				result <- []coach.Message{{Text: bot.Sorry(x.lang())}}
			}
		}()
		x.serverFacts(&ev)
		turn := x.d.Router.Wait(x.ctx, ev)
		// What coach.NeverHeld names (stopping, erasing, asking for help,
		// crisis words) does not wait for a worker either, as it does not
		// wait for the person's pace: a crowd must never turn a crisis
		// into a "sorry".
		release := func() {}
		if !coach.NeverHeld(ev) {
			var err error
			if release, err = x.d.quick.take(x.ctx); err != nil {
				result <- []coach.Message{{Text: bot.Sorry(x.lang())}}
				return
			}
		}
		msgs := x.handle(ev, turn)
		release()
		result <- x.byDM(msgs)
	}()
	// From the interaction's arrival: the replay check before may have
	// taken some of the three seconds.
	timer := time.NewTimer(time.Until(x.arrived.Add(x.d.ackAfter())))
	defer timer.Stop()
	select {
	case msgs := <-result:
		h.Err = x.reply(ev, msgs)
		return h
	case <-timer.C:
	}
	h.Deferred = true
	err := x.deferAck()
	msgs := <-result // always waited for: no goroutine outlives the handler
	if err != nil {
		h.Err = err
		return h
	}
	h.Err = x.completeDeferred(msgs)
	return h
}

// serverFacts adds what registering a therapist needs to know of the
// server: the member's roles (ids, and names read from Discord) and the
// server's name, which a patient's /share offer shows. Only for /therapist
// register and add, in a server; read afresh each time, so that a role
// renamed or taken away counts at once.
func (x *exchange) serverFacts(ev *coach.Event) {
	if x.i.GuildID == "" || x.i.Member == nil || ev.Command != "therapist" || (ev.Args["action"] != "register" && ev.Args["action"] != "add") {
		return
	}
	ev.RoleIDs = x.i.Member.Roles
	g, err := x.s.Guild(x.i.GuildID, discordgo.WithContext(x.ctx))
	if err != nil {
		// Without the names only a role id can match, and the offer shows
		// the server's id: the coach falls back to both.
		x.d.log().Warn("read server", "guild", x.i.GuildID, "err", err)
		return
	}
	ev.GuildName = g.Name
	names := map[string]string{}
	for _, r := range g.Roles {
		names[r.ID] = r.Name
	}
	for _, id := range x.i.Member.Roles {
		if name, ok := names[id]; ok {
			ev.Roles = append(ev.Roles, name)
		}
	}
}

// byDM sends the messages that must go privately by DM (an export asked
// for in a server channel) and leaves a short word in their place.
func (x *exchange) byDM(msgs []coach.Message) []coach.Message {
	dm, rest := x.splitByDM(msgs)
	if len(dm) == 0 {
		return msgs
	}
	return append(rest, x.sendByDM(dm))
}

// splitByDM returns the messages that must go by DM, only ever in a
// server channel, and the rest.
func (x *exchange) splitByDM(msgs []coach.Message) (dm, rest []coach.Message) {
	if !x.ephemeral || x.i.GuildID == "" {
		return nil, msgs
	}
	for _, m := range msgs {
		if m.ByDM {
			dm = append(dm, m)
		} else {
			rest = append(rest, m)
		}
	}
	return dm, rest
}

// sendByDM sends dm to the person and returns the word to leave in its
// place, in the language dm is written in.
func (x *exchange) sendByDM(dm []coach.Message) coach.Message {
	w := x.words()
	if dm[0].Lang != "" {
		w = lang.For(dm[0].Lang)
	}
	if err := x.d.Send(x.ctx, x.person, dm); err != nil {
		x.d.log().Warn("send by DM", "err", err)
		return coach.Message{Text: w.T("errors.dm_failed")}
	}
	return coach.Message{Text: w.T("errors.dm_sent")}
}
