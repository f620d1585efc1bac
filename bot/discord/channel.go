package discord

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
)

var _ bot.ChannelSender = (*Transport)(nil)

// Post implements bot.ChannelSender. A group post is short: it is sent as one
// message, with the job's idempotency key as its nonce.
func (d *Transport) Post(ctx context.Context, channel string, msg coach.Message) (string, error) {
	out := d.render([]coach.Message{msg})
	if len(out) == 0 {
		return "", errors.New("post: nothing to show")
	}
	key := bot.IdempotencyKey(ctx)
	o := out[len(out)-1]
	endpoint := discordgo.EndpointChannelMessages(channel)
	body := messageCreate{Content: o.content, Embeds: o.embeds, Components: o.components,
		AllowedMentions: noMentions(), Nonce: nonce(key, 0), EnforceNonce: true}
	raw, err := d.session.RequestWithBucketID("POST", endpoint, body, endpoint, discordgo.WithContext(ctx))
	if err != nil {
		return "", fmt.Errorf("post to channel %s: %w", channel, err)
	}
	var m discordgo.Message
	if err := json.Unmarshal(raw, &m); err != nil {
		return "", fmt.Errorf("read posted message: %w", err)
	}
	return m.ID, nil
}

// Edit implements bot.ChannelSender: the post's text and buttons are replaced
// (an empty set of buttons removes them).
func (d *Transport) Edit(ctx context.Context, channel, id string, msg coach.Message) error {
	out := d.render([]coach.Message{msg})
	if len(out) == 0 {
		return errors.New("edit: nothing to show")
	}
	o := out[len(out)-1]
	components := o.components
	if components == nil {
		components = []discordgo.MessageComponent{}
	}
	edit := &discordgo.MessageEdit{ID: id, Channel: channel, Components: &components, AllowedMentions: noMentions()}
	if o.content != "" {
		edit.Content = &o.content
	}
	if len(o.embeds) > 0 {
		edit.Embeds = &o.embeds
	}
	if _, err := d.session.ChannelMessageEditComplex(edit, discordgo.WithContext(ctx)); err != nil {
		return fmt.Errorf("edit post %s: %w", id, err)
	}
	return nil
}
