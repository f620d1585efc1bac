package fakediscord

import (
	"fmt"
	"net/http"
	"sort"
	"time"
)

// Request is one REST request the fake received.
type Request struct {
	Method string
	Path   string // without the query
	Query  string
	Route  string // the matched route, like "POST /api/v9/channels/{cid}/messages"; "" if none
	Header http.Header
	JSON   []byte // the JSON body (payload_json of a multipart body)
	Body   any    // JSON decoded into maps and slices; nil without a body
	Files  []File
	Time   time.Time
	Status int // 0 when the fake closed the connection instead of answering
}

// File describes an uploaded file.
type File struct {
	Field       string // form field, like "files[0]"
	Name        string
	ContentType string
	Size        int
}

// InteractionResponse is one thing the bot did with an interaction's token.
type InteractionResponse struct {
	// Action is "callback", "edit_original", "delete_original", "followup",
	// "edit_followup" or "delete_followup".
	Action string
	Type   int // the callback type, for "callback"
	// Via is "endpoint" for a callback that was the answer to the POST
	// to the interactions endpoint, "" for one the bot sent itself.
	Via     string
	Status  int // the HTTP status the fake answered
	Time    time.Time
	Message *Message // the message created or edited, if any
	Modal   *Modal   // for callback type 9
	Choices []Choice // for callback type 8
	JSON    []byte   // the request's JSON body
}

// Requests returns every REST request so far, oldest first.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// CountRequests returns how many requests matched route (the mux pattern,
// like "POST /api/v9/channels/{cid}/messages"), whatever their status.
func (s *Server) CountRequests(route string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, r := range s.requests {
		if r.Route == route {
			n++
		}
	}
	return n
}

// Violations returns the problems the fake found, in the order found. It
// also reports interactions whose deadline passed with no answer at all.
func (s *Server) Violations() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := append([]string(nil), s.violations...)
	now := time.Now()
	var silent []string
	for _, it := range s.interactions {
		if !it.acked && !it.triedLate && now.Sub(it.created) > s.cfg.ackDeadline {
			silent = append(silent, fmt.Sprintf("interaction %s (%s) was never acknowledged", it.id, it.describe()))
		}
	}
	sort.Strings(silent)
	return append(out, silent...)
}

func (s *Server) violateLocked(c *call, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if c != nil {
		msg = c.r.Method + " " + c.r.URL.Path + ": " + msg
	}
	s.violations = append(s.violations, msg)
}

// Messages returns the messages in a channel that still exist, oldest
// first: the bot's and the users' injected ones.
func (s *Server) Messages(channelID string) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Message
	for _, id := range s.channelMsgs[channelID] {
		if m, ok := s.messages[id]; ok {
			out = append(out, *m)
		}
	}
	return out
}

// Message returns one message by ID.
func (s *Server) Message(id string) (Message, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, ok := s.messages[id]
	if !ok {
		return Message{}, false
	}
	return *m, true
}

// InteractionResponses returns what the bot did with an interaction, in
// order, including rejected attempts (with their status). A body that
// breaks Discord's OpenAPI schema is refused before the interaction is
// looked up: it is in Requests and Violations only.
func (s *Server) InteractionResponses(id string) []InteractionResponse {
	s.mu.Lock()
	defer s.mu.Unlock()
	it, ok := s.interactions[id]
	if !ok {
		return nil
	}
	return append([]InteractionResponse(nil), it.responses...)
}
