package discord

import (
	"context"
	"fmt"
	"sync"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/bot"
)

// DMChannels keeps each person's DM channel id beyond one process. Opening
// a DM is a request of its own, and rate-limited by Discord: with the ids
// kept, the first morning after a restart costs one request per check-in,
// not two. storage.Redis is one.
type DMChannels interface {
	// DMChannel returns the kept channel id ("" if none) and whether the
	// person has a record at all (only then is a DM worth opening early).
	DMChannel(ctx context.Context, person string) (channel string, known bool, err error)
	// SaveDMChannel keeps the id, for people with a record only.
	SaveDMChannel(ctx context.Context, person, channel string) error
}

// dmBook is d.DMs, or a map in memory when none is set (tests, a
// transport used on its own).
func (d *Transport) dmBook() DMChannels {
	if d.DMs != nil {
		return d.DMs
	}
	return &d.localDMs
}

// dmChannel returns the person's DM channel: the kept one, or a new one.
// A store that cannot answer does not stop the message: the DM is opened.
func (d *Transport) dmChannel(ctx context.Context, person string) (string, error) {
	ch, _, err := d.dmBook().DMChannel(ctx, person)
	if err != nil {
		d.log().Warn("load DM channel; opening it instead", "err", err)
	}
	if ch != "" {
		return ch, nil
	}
	return d.openDM(ctx, person)
}

// openDM opens the person's DM channel (Discord returns the existing one
// if there is one) and keeps its id.
func (d *Transport) openDM(ctx context.Context, person string) (string, error) {
	ch, err := d.session.UserChannelCreate(person, discordgo.WithContext(ctx))
	if isCode(err, discordgo.ErrCodeCannotSendMessagesToThisUser) {
		return "", fmt.Errorf("open DM: %w (%w)", bot.ErrDMClosed, err)
	}
	if err != nil {
		return "", fmt.Errorf("open DM: %w", err) // naming no one, as Send's errors
	}
	if err := d.dmBook().SaveDMChannel(ctx, person, ch.ID); err != nil {
		d.log().Warn("keep DM channel", "err", err)
	}
	return ch.ID, nil
}

// learnDM runs after each interaction or message, so that scheduled
// messages rarely have to open a DM. In the bot's DM the channel is right
// there (channel); elsewhere (channel "") the DM of someone with a record
// but no channel yet is opened now, once, rather than in the middle of a
// morning's burst of check-ins. It runs after the coach answered, so a
// person who just started is known, and one who just deleted their data
// is not (the store keeps nothing for them).
func (d *Transport) learnDM(ctx context.Context, person, channel string) {
	if person == "" || d.session == nil {
		return
	}
	if channel != "" {
		if err := d.dmBook().SaveDMChannel(ctx, person, channel); err != nil {
			d.log().Warn("keep DM channel", "err", err)
		}
		return
	}
	ch, known, err := d.dmBook().DMChannel(ctx, person)
	if err != nil || ch != "" || !known {
		return
	}
	if _, err := d.openDM(ctx, person); err != nil {
		d.log().Info("open DM ahead of time", "err", err)
	}
}

// botDMChannel is the channel of an interaction that happened in the
// person's DM with the bot, or "".
func botDMChannel(i *discordgo.Interaction) string {
	if inBotDM(i) {
		return i.ChannelID
	}
	return ""
}

// memoryDMs keeps DM channel ids in this process only. It knows no
// records, so it never opens a DM ahead of time.
type memoryDMs struct{ ids sync.Map }

func (m *memoryDMs) DMChannel(_ context.Context, person string) (string, bool, error) {
	if id, ok := m.ids.Load(person); ok {
		return id.(string), false, nil
	}
	return "", false, nil
}

func (m *memoryDMs) SaveDMChannel(_ context.Context, person, channel string) error {
	m.ids.Store(person, channel)
	return nil
}
