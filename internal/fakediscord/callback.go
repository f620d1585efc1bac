package fakediscord

import (
	"encoding/json"
	"net/http"
	"time"
)

// interactionMessageFlags are the flags an interaction response may set.
const interactionMessageFlags = 1<<2 | FlagEphemeral | 1<<12 | FlagComponentsV2

// webhookTokenLifetime is how long Discord accepts an interaction token.
const webhookTokenLifetime = 15 * time.Minute

func unknownInteraction() reply { return apiError(http.StatusNotFound, 10062, "Unknown interaction") }

func (s *Server) interactionCallback(c *call) reply {
	it, ok := s.interactions[c.r.PathValue("iid")]
	if !ok || it.token != c.r.PathValue("token") {
		s.violateLocked(c, "unknown interaction, or a token that is not its own")
		return unknownInteraction()
	}
	resp := InteractionResponse{Action: "callback", Time: time.Now(), JSON: c.json}
	var cb struct {
		Type int             `json:"type"`
		Data json.RawMessage `json:"data"`
	}
	_ = json.Unmarshal(c.json, &cb) // the body is valid JSON; a wrong shape fails below
	resp.Type = cb.Type
	var rep reply
	switch age := resp.Time.Sub(it.created); {
	case it.acked:
		s.violateLocked(c, "interaction %s (%s) acknowledged a second time", it.id, it.describe())
		rep = apiError(http.StatusBadRequest, 40060, "Interaction has already been acknowledged.")
	case age > s.cfg.ackDeadline:
		it.triedLate = true
		s.violateLocked(c, "late acknowledgement: interaction %s (%s) answered after %v, deadline %v",
			it.id, it.describe(), age.Round(time.Millisecond), s.cfg.ackDeadline)
		rep = unknownInteraction()
	default:
		rep = s.applyCallbackLocked(c, it, cb.Type, cb.Data, &resp)
		it.acked = rep.status < 300
	}
	resp.Status = rep.status
	it.responses = append(it.responses, resp)
	return rep
}

// callbackAllowed lists, for each callback type, the interactions it may
// answer: a modal cannot answer a modal, only components update a message.
var callbackAllowed = map[int][]InteractionType{
	4: {CommandInteraction, ComponentInteraction, ModalSubmitInteraction},
	5: {CommandInteraction, ComponentInteraction, ModalSubmitInteraction},
	6: {ComponentInteraction, ModalSubmitInteraction},
	7: {ComponentInteraction, ModalSubmitInteraction},
	8: {AutocompleteInteraction},
	9: {CommandInteraction, ComponentInteraction},
}

func (s *Server) applyCallbackLocked(c *call, it *interactionState, typ int, data []byte, resp *InteractionResponse) reply {
	allowed := false
	for _, t := range callbackAllowed[typ] {
		allowed = allowed || t == it.typ
	}
	if (typ == 6 || typ == 7) && it.messageID == "" {
		allowed = false // a modal not opened from a message has nothing to update
	}
	if !allowed {
		f := &formErrors{}
		f.add("type", "INTERACTION_RESPONSE_TYPE_INVALID", "Interaction response type is not valid for this interaction")
		return s.invalidFormLocked(c, f)
	}
	switch typ {
	case 4, 5:
		return s.replyMessageLocked(c, it, typ, data, resp)
	case 6:
		it.originalID = it.messageID
		return noContent()
	case 7:
		m, ok := s.messages[it.messageID]
		if !ok {
			return apiError(http.StatusNotFound, 10008, "Unknown Message")
		}
		rep := s.applyEditLocked(c, m, data, "data")
		if rep.status >= 300 {
			return rep
		}
		it.originalID = m.ID
		cp := *m
		resp.Message = &cp
		return noContent()
	case 8:
		return s.autocompleteLocked(c, data, resp)
	default:
		return s.openModalLocked(c, data, resp)
	}
}

// replyMessageLocked answers with a message (4) or a "thinking" placeholder
// (5) that the bot later fills by editing @original.
func (s *Server) replyMessageLocked(c *call, it *interactionState, typ int, data []byte, resp *InteractionResponse) reply {
	body, rep, ok := s.checkMessageLocked(c, data, "data", typ == 4)
	if !ok {
		return rep
	}
	if typ == 5 {
		body = &messageBody{Flags: body.Flags}
	}
	m := s.storeMessageLocked(s.channels[it.channelID], s.cfg.bot, body, c.files, interactionMessageFlags)
	m.InteractionID = it.id
	if typ == 5 {
		m.Flags |= FlagLoading
	}
	it.originalID = m.ID
	cp := *m
	resp.Message = &cp
	rep = noContent()
	if typ == 4 && !m.Ephemeral() {
		rep.events = []dispatch{{name: "MESSAGE_CREATE", data: s.messageJSON(m), intent: messageIntent(m.GuildID), guild: m.GuildID}}
	}
	return rep
}

func (s *Server) autocompleteLocked(c *call, data []byte, resp *InteractionResponse) reply {
	var d struct {
		Choices []Choice `json:"choices"`
	}
	if err := json.Unmarshal(data, &d); err != nil {
		f := &formErrors{}
		f.add("data.choices", "BASE_TYPE_INVALID", "Invalid value: "+err.Error())
		return s.invalidFormLocked(c, f)
	}
	f := &formErrors{}
	validateChoices(f, d.Choices)
	if !f.empty() {
		return s.invalidFormLocked(c, f)
	}
	resp.Choices = d.Choices
	return noContent()
}

func (s *Server) openModalLocked(c *call, data []byte, resp *InteractionResponse) reply {
	body, fe := parseMessageBody(data)
	if fe != nil {
		return s.invalidFormLocked(c, fe)
	}
	f := &formErrors{}
	validateModal(f, body)
	if !f.empty() {
		return s.invalidFormLocked(c, f)
	}
	resp.Modal = &Modal{CustomID: body.CustomID, Title: body.Title, Components: *body.Components}
	return noContent()
}
