package discord

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
)

var _ bot.Sender = (*Transport)(nil)

// Send sends messages to a person by DM, outside any conversation: the
// scheduler's check-ins and nudges. It works from Open on, and still after
// Close, since it needs only REST.
//
// Every message carries a nonce with enforce_nonce, so Discord creates it
// at most once per nonce within a few minutes. discordgo resends a request
// itself after a 502; with a key from bot.WithIdempotencyKey, so does a retried
// job, without the person getting the message twice.
func (d *Transport) Send(ctx context.Context, person string, msgs []coach.Message) error {
	if d.session == nil {
		return errors.New("discord: Send before Open")
	}
	out := d.renderFor(ctx, person, msgs)
	d.trackPending(ctx, person, out)
	if len(out) == 0 {
		return nil
	}
	channel, err := d.dmChannel(ctx, person)
	if err != nil {
		return err
	}
	key := bot.IdempotencyKey(ctx)
	for n, o := range out {
		err := d.post(ctx, channel, o, nonce(key, n))
		if isCode(err, discordgo.ErrCodeUnknownChannel) && n == 0 {
			// The kept DM channel is gone: open it again, once.
			if channel, err = d.openDM(ctx, person); err == nil {
				err = d.post(ctx, channel, o, nonce(key, n))
			}
		}
		// The error names no one: the scheduler logs it beside the job's
		// kind, and "an alert to this therapist failed" tells of a crisis.
		switch {
		case isCode(err, discordgo.ErrCodeCannotSendMessagesToThisUser):
			return fmt.Errorf("send DM %d of %d: %w (%w)", n+1, len(out), bot.ErrDMClosed, err)
		case err != nil:
			return fmt.Errorf("send DM %d of %d: %w", n+1, len(out), err)
		}
	}
	return nil
}

// messageCreate is a channel message with the nonce fields that
// discordgo's MessageSend (v0.29) lacks.
type messageCreate struct {
	Content         string                            `json:"content,omitempty"`
	Embeds          []*discordgo.MessageEmbed         `json:"embeds,omitempty"`
	Components      []discordgo.MessageComponent      `json:"components,omitempty"`
	AllowedMentions *discordgo.MessageAllowedMentions `json:"allowed_mentions"`
	Nonce           string                            `json:"nonce,omitempty"`
	EnforceNonce    bool                              `json:"enforce_nonce,omitempty"`
}

// post creates one message in a channel.
func (d *Transport) post(ctx context.Context, channel string, o outgoing, nonce string) error {
	endpoint := discordgo.EndpointChannelMessages(channel)
	body := messageCreate{Content: o.content, Embeds: o.embeds, Components: o.components,
		AllowedMentions: noMentions(), Nonce: nonce, EnforceNonce: nonce != ""}
	if files := o.files(); len(files) > 0 {
		contentType, payload, err := discordgo.MultipartBodyWithJSON(body, files)
		if err != nil {
			return fmt.Errorf("encode message with files: %w", err)
		}
		_, err = d.session.RequestRaw("POST", endpoint, contentType, payload, endpoint, 0, discordgo.WithContext(ctx))
		return err
	}
	_, err := d.session.RequestWithBucketID("POST", endpoint, body, endpoint, discordgo.WithContext(ctx))
	return err
}

// nonce is the nonce of the n-th message sent under key: derived from the
// key when there is one, random otherwise (which still makes discordgo's
// own retries safe). Discord allows 25 characters.
func nonce(key string, n int) string {
	if key == "" {
		b := make([]byte, 12)
		rand.Read(b)
		return hex.EncodeToString(b)
	}
	sum := sha256.Sum256([]byte(key + "\x00" + strconv.Itoa(n)))
	return hex.EncodeToString(sum[:12])
}

// isCode reports whether err is a Discord REST error with the given code.
func isCode(err error, code int) bool {
	var re *discordgo.RESTError
	return errors.As(err, &re) && re.Message != nil && re.Message.Code == code
}
