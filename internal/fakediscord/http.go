package fakediscord

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"time"
)

// call is one REST request as a handler sees it: the request, its JSON body
// (the payload_json part of a multipart body) and its uploaded files.
type call struct {
	r     *http.Request // as routed: PathValue works
	route string        // the matched pattern, "" for none
	fn    handlerFunc
	json  []byte
	files []upload
}

type callKey struct{}

type upload struct {
	field, name, contentType string
	data                     []byte
}

// reply is what a handler answers. Handlers run with s.mu held and do no I/O;
// events are dispatched on the gateway after the lock is released.
type reply struct {
	status int
	body   any
	header http.Header
	events []dispatch
	// drop closes the connection instead of answering (status is 0): the
	// answer is lost on its way, see LoseResponseNext.
	drop bool
}

// dispatch is a gateway event a REST call causes, like MESSAGE_CREATE for
// the bot's own message.
type dispatch struct {
	name string
	data any
	// intent is the gateway intent a session needs to receive the event, 0
	// for none; withoutContent, if set, is sent instead of data to sessions
	// without the MESSAGE_CONTENT intent.
	intent         int
	withoutContent any
	// guild is the guild the event happens in, "" for a DM: it picks the
	// shard that receives the event.
	guild string
}

// Gateway intents the fake gives meaning to.
const (
	IntentGuilds         = 1 << 0
	IntentGuildMembers   = 1 << 1
	IntentGuildMessages  = 1 << 9
	IntentDirectMessages = 1 << 12
	IntentMessageContent = 1 << 15
	privilegedIntents    = IntentGuildMembers | 1<<8 | IntentMessageContent
)

// messageIntent is the intent that MESSAGE_* events of a channel need.
func messageIntent(guildID string) int {
	if guildID == "" {
		return IntentDirectMessages
	}
	return IntentGuildMessages
}

type handlerFunc func(c *call) reply

// maxBody is above Discord's 25 MiB upload limit, so oversized files reach
// validation and get Discord's answer rather than a broken connection.
const maxBody = 64 << 20

// ServeHTTP serves REST and the gateway. Every REST request is decoded,
// recorded, checked against injected faults and then routed.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/gateway" || r.URL.Path == "/gateway/" {
		s.serveGateway(w, r)
		return
	}
	if strings.HasPrefix(r.URL.Path, "/attachments/") {
		s.serveAttachment(w, r)
		return
	}
	start := time.Now()
	c := &call{r: r}
	// The mux only finds the route: routeHandler stores it in c, and what the
	// mux itself would write for no match is discarded.
	s.mux.ServeHTTP(discard{}, r.WithContext(context.WithValue(r.Context(), callKey{}, c)))
	rec := Request{Method: r.Method, Path: r.URL.Path, Query: r.URL.RawQuery,
		Route: c.route, Header: recordedHeaders(r.Header), Time: start}
	raw, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	var rep reply
	var problem string
	if err != nil {
		rep, problem = apiError(http.StatusRequestEntityTooLarge, 40005, "Request entity too large"), "body too large"
	} else if rep = decodeBody(c, r.Header.Get("Content-Type"), raw); rep.status == 0 {
		rec.JSON = c.json
		rec.Body = decodeAny(c.json)
		rec.Files = fileInfos(c.files)
		rep = s.serveREST(c)
	} else {
		problem = "body is not valid JSON or multipart"
	}
	s.mu.Lock()
	if problem != "" {
		s.violateLocked(c, "%s", problem)
	}
	rec.Status = rep.status
	s.requests = append(s.requests, rec)
	s.mu.Unlock()
	if rep.drop {
		dropConnection(w)
	} else {
		writeReply(w, rep)
	}
	for _, d := range rep.events {
		s.gw.dispatchAll(d)
	}
}

// serveREST runs, under s.mu, the checks every route shares and then the
// route's handler.
func (s *Server) serveREST(c *call) reply {
	bad := checkSchema(c) // before the lock: it is the costly part
	s.mu.Lock()
	defer s.mu.Unlock()
	if rep, ok := s.checkAuthLocked(c); !ok {
		return rep
	}
	if rep, ok := s.faults.takeLocked(c); ok {
		return rep
	}
	if c.fn == nil {
		s.violateLocked(c, "unknown route (the fake does not model it, or Discord has no such route)")
		return apiError(http.StatusNotFound, 0, "404: Not Found")
	}
	if !bad.empty() {
		return s.schemaRejectLocked(c, bad)
	}
	return c.fn(c)
}

// routeHandler lets the mux find a handlerFunc while ServeHTTP stays in
// charge of locking, recording and writing.
type routeHandler struct{ fn handlerFunc }

func (h routeHandler) ServeHTTP(_ http.ResponseWriter, r *http.Request) {
	c := r.Context().Value(callKey{}).(*call)
	c.r, c.route, c.fn = r, r.Pattern, h.fn
}

// discard is the ResponseWriter the mux writes to while it only routes.
type discard struct{}

func (discard) Header() http.Header         { return http.Header{} }
func (discard) Write(b []byte) (int, error) { return len(b), nil }
func (discard) WriteHeader(int)             {}

func (s *Server) handle(pattern string, fn handlerFunc) {
	s.mux.Handle(pattern, routeHandler{fn})
}

// checkAuthLocked answers 401 like Discord when a bot route lacks a bot
// token; interaction callbacks and webhooks are authorized by their token.
func (s *Server) checkAuthLocked(c *call) (reply, bool) {
	p := c.r.URL.Path
	if strings.HasPrefix(p, "/api/v9/interactions/") || strings.HasPrefix(p, "/api/v9/webhooks/") || p == "/api/v9/gateway" {
		return reply{}, true
	}
	auth := c.r.Header.Get("Authorization")
	tok, isBot := strings.CutPrefix(auth, "Bot ")
	if isBot && (s.cfg.token == "" || tok == s.cfg.token) {
		return reply{}, true
	}
	if auth == "" {
		s.violateLocked(c, "no Authorization header")
	} else {
		s.violateLocked(c, "Authorization is not \"Bot <token>\" or the token is wrong")
	}
	return apiError(http.StatusUnauthorized, 0, "401: Unauthorized"), false
}

func writeReply(w http.ResponseWriter, rep reply) {
	for k, vs := range rep.header {
		w.Header()[k] = vs
	}
	if rep.body == nil {
		w.WriteHeader(rep.status)
		return
	}
	var buf bytes.Buffer
	_ = json.NewEncoder(&buf).Encode(rep.body)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(rep.status)
	_, _ = w.Write(buf.Bytes())
}

// dropConnection closes the connection without a response, as a timeout or
// a failing proxy does after Discord has done the work.
func dropConnection(w http.ResponseWriter) {
	conn, _, err := http.NewResponseController(w).Hijack()
	if err != nil {
		panic(http.ErrAbortHandler) // the server closes the connection
	}
	_ = conn.Close()
}

func noContent() reply { return reply{status: http.StatusNoContent} }

// errorBody is Discord's error shape; Errors holds the field tree of 50035.
type errorBody struct {
	Message string         `json:"message"`
	Code    int            `json:"code"`
	Errors  map[string]any `json:"errors,omitempty"`
}

func apiError(status, code int, msg string) reply {
	return reply{status: status, body: errorBody{Message: msg, Code: code}}
}

func decodeAny(b []byte) any {
	if len(b) == 0 {
		return nil
	}
	var v any
	if json.Unmarshal(b, &v) != nil {
		return nil
	}
	return v
}
