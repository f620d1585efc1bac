package discord

import (
	"strings"
	"sync"

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
					Required:    true,
					MaxLength:   min(max(in.MaxLen, 0), maxInputLen),
				},
			}}},
		},
	}
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

// inputFor finds the Input an ask button opens. The coach's wording is kept
// in memory; after a restart, or on another replica, a plain modal still
// asks for the answer, and the coach checks it as always.
func (d *Transport) inputFor(customID string) (coach.Input, bool) {
	enc, ok := strings.CutPrefix(customID, askPrefix)
	if !ok {
		return coach.Input{}, false
	}
	a, err := coach.DecodeAction(enc)
	if err != nil {
		return coach.Input{}, false
	}
	if in, ok := d.inputs.get(enc); ok {
		return in, true
	}
	return coach.Input{Action: a, Long: a.Verb == coach.VerbNote, MaxLen: coach.MaxNoteLen}, true
}

// inputCache remembers the Inputs behind ask buttons, by encoded Action.
// It is bounded: when full it starts again, and a forgotten Input falls
// back to a plain modal.
type inputCache struct {
	mu sync.Mutex
	m  map[string]coach.Input
}

const inputCacheMax = 4096

func (c *inputCache) put(in coach.Input) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= inputCacheMax {
		c.m = map[string]coach.Input{}
	}
	c.m[in.Action.Encode()] = in
}

func (c *inputCache) get(enc string) (coach.Input, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	in, ok := c.m[enc]
	return in, ok
}
