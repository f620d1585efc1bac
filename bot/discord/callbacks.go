package discord

import (
	"fmt"

	"github.com/bwmarrin/discordgo"
)

// Why an exchange paces its own calls to Discord.
//
// discordgo keys a REST bucket by the endpoint, which for an interaction's
// callback, the edit of its response and its follow-ups holds the
// interaction's token, and keeps every bucket in Session.Ratelimiter for
// the life of the process: some 350 B for each interaction, never freed
// (BENCHMARKS.md, "Why RSS is not flat"). One fixed bucket id for all of
// them would bound that, but discordgo holds a bucket's lock for the whole
// of a request, so each interaction's answer would wait for every other's
// and a crowd would miss Discord's three seconds. Discord limits these
// calls by interaction, and exempts them from the global limit, so each
// exchange keeps their buckets in a RateLimiter of its own, which goes
// when the exchange does. The request itself is discordgo's
// (Session.RequestWithLockedBucket): the same client, token, retries after
// a 502 or a 429, and the same errors (a *discordgo.RESTError for 10062).

// The exchange's buckets: Discord paces the callback by the interaction,
// and the edit of its response and its follow-ups by its webhook token.
const (
	callbackBucket = "callback"
	webhookBucket  = "webhook"
)

// limiter is the exchange's own rate limiter, made when first needed (an
// interaction answered over the endpoint with one message needs none).
func (x *exchange) limiter() *discordgo.RateLimiter {
	x.limiterOnce.Do(func() { x.rl = discordgo.NewRatelimiter() })
	return x.rl
}

// callback sends the interaction response to the callback endpoint, as
// Session.InteractionRespond does.
func (x *exchange) callback(r any, files []*discordgo.File) error {
	return x.call("POST", discordgo.EndpointInteractionResponse(x.i.ID, x.i.Token), callbackBucket, r, files)
}

// editResponse edits the original response, as
// Session.InteractionResponseEdit does.
func (x *exchange) editResponse(e *discordgo.WebhookEdit) error {
	endpoint := discordgo.EndpointWebhookMessage(x.i.AppID, x.i.Token, "@original")
	return x.call("PATCH", endpoint, webhookBucket, e, e.Files)
}

// followUp sends a follow-up message and waits for Discord to confirm it,
// as Session.FollowupMessageCreate with wait does.
func (x *exchange) followUp(p *discordgo.WebhookParams) error {
	endpoint := discordgo.EndpointWebhookToken(x.i.AppID, x.i.Token) + "?wait=true"
	return x.call("POST", endpoint, webhookBucket, p, p.Files)
}

// call sends one request about the interaction through the session, in
// one of the exchange's buckets. Discord's answer is not decoded: nothing
// here reads it.
func (x *exchange) call(method, endpoint, bucket string, data any, files []*discordgo.File) error {
	contentType, body, err := encodeBody(data, files)
	if err != nil {
		return err
	}
	b := x.limiter().LockBucket(bucket)
	_, err = x.s.RequestWithLockedBucket(method, endpoint, contentType, body, b, 0, discordgo.WithContext(x.ctx))
	return err
}

// encodeBody is data as JSON, or as multipart with the files after it,
// as discordgo encodes these calls.
func encodeBody(data any, files []*discordgo.File) (contentType string, body []byte, err error) {
	if len(files) > 0 {
		contentType, body, err = discordgo.MultipartBodyWithJSON(data, files)
		if err != nil {
			return "", nil, fmt.Errorf("encode with %d files: %w", len(files), err)
		}
		return contentType, body, nil
	}
	if body, err = discordgo.Marshal(data); err != nil {
		return "", nil, fmt.Errorf("encode: %w", err)
	}
	return "application/json", body, nil
}
