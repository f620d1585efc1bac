package discord

import (
	"context"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/coach"
)

// A modal can only answer a command or a button press, and only as the
// first response. When the coach asks for text any other time (after a
// modal was submitted, in a scheduled DM, after a deferred response, or
// behind other messages), the message gets an "ask" button instead, and
// pressing it opens the modal. Its custom_id is askPrefix followed by the
// Input's encoded Action; the press never reaches the coach.
const askPrefix = "ask|"

// textInputID is the custom_id of a modal's single text input.
const textInputID = "text"

// Discord's modal limits.
const (
	maxModalTitle  = 45
	maxInputLabel  = 45
	maxPlaceholder = 100
	maxInputLen    = 4000
	fallbackLabel  = "Your answer"
)

func askID(a coach.Action) string { return askPrefix + a.Encode() }

// modal builds the modal that asks for in.
func modal(in coach.Input) *discordgo.InteractionResponse {
	style := discordgo.TextInputShort
	if in.Long {
		style = discordgo.TextInputParagraph
	}
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseModal,
		Data: &discordgo.InteractionResponseData{
			CustomID: in.Action.Encode(),
			Title:    clipRunes(firstNonEmpty(in.Title, in.Label, fallbackLabel), maxModalTitle),
			Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
				discordgo.TextInput{
					CustomID:    textInputID,
					Label:       clipRunes(firstNonEmpty(in.Label, in.Title, fallbackLabel), maxInputLabel),
					Style:       style,
					Placeholder: clipRunes(in.Placeholder, maxPlaceholder),
					Value:       clipRunes(in.Value, maxInputLen),
					Required:    true,
					MaxLength:   modalMaxLen(in),
				},
			}}},
		},
	}
}

// modalMaxLen is the text input's max_length: the Input's bound, but never
// below the text it starts with (an answer handed back to shorten), which
// Discord would refuse. Zero leaves Discord's own limit.
func modalMaxLen(in coach.Input) int {
	n := max(in.MaxLen, 0)
	if n > 0 {
		n = max(n, utf8.RuneCountInString(in.Value))
	}
	return min(n, maxInputLen)
}

// modalText returns the value of a submitted modal's text input.
func modalText(data discordgo.ModalSubmitInteractionData) string {
	for _, c := range data.Components {
		row, ok := c.(*discordgo.ActionsRow)
		if !ok {
			continue
		}
		for _, rc := range row.Components {
			if ti, ok := rc.(*discordgo.TextInput); ok {
				return ti.Value
			}
		}
	}
	return ""
}

// inputFor finds the Input an ask button opens for person. The coach's
// wording is kept in memory, and with Awaiting in Redis too unless it
// holds the person's words; after a restart, or on another replica, a
// forgotten one opens a plain modal that still asks for the answer, and
// the coach checks it as always.
func (d *Transport) inputFor(ctx context.Context, person, customID string) (coach.Input, bool) {
	enc, ok := strings.CutPrefix(customID, askPrefix)
	if !ok {
		return coach.Input{}, false
	}
	a, err := coach.DecodeAction(enc)
	if err != nil {
		return coach.Input{}, false
	}
	if in, ok := d.sharedInput(ctx, person, enc); ok {
		return in, true
	}
	if a.Verb == coach.VerbSafetyPlan {
		return coach.Input{Action: a, Long: true, MaxLen: coach.MaxPlanStepLen}, true
	}
	return coach.Input{Action: a, Long: a.Verb == coach.VerbNote, MaxLen: coach.MaxNoteLen}, true
}

// inputCache remembers the Inputs behind ask buttons, by person and
// encoded Action: an Input may start with the person's own words (a step
// of their safety plan), which must never open in someone else's modal.
// It is bounded: when full it starts again, and a forgotten Input falls
// back to a plain modal.
type inputCache struct {
	mu sync.Mutex
	m  map[string]coach.Input
}

const inputCacheMax = 4096

func (c *inputCache) put(person string, in coach.Input) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= inputCacheMax {
		c.m = map[string]coach.Input{}
	}
	c.m[person+"/"+in.Action.Encode()] = in
}

func (c *inputCache) get(person, enc string) (coach.Input, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	in, ok := c.m[person+"/"+enc]
	return in, ok
}
