package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/coach"
)

// ChannelSender posts to and edits messages in a server channel: a support
// group's daily check-in and its totals.
type ChannelSender interface {
	Post(ctx context.Context, channel string, msg coach.Message) (id string, err error)
	Edit(ctx context.Context, channel, id string, msg coach.Message) error
}

var _ ChannelSender = (*Discord)(nil)

// Post implements ChannelSender. A group post is short: it is sent as one
// message, with the job's idempotency key as its nonce.
func (d *Discord) Post(ctx context.Context, channel string, msg coach.Message) (string, error) {
	out := d.render([]coach.Message{msg})
	if len(out) == 0 {
		return "", errors.New("post: nothing to show")
	}
	key, _ := ctx.Value(idempotencyKey{}).(string)
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

// Edit implements ChannelSender: the post's text and buttons are replaced
// (an empty set of buttons removes them).
func (d *Discord) Edit(ctx context.Context, channel, id string, msg coach.Message) error {
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
