package fakediscord

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// This file checks every JSON body against the request schema that
// Discord's OpenAPI description gives its operation.

// openapiJSON is Discord's OpenAPI 3.1 description of API v10, copied from
// github.com/discord/discord-api-spec (MIT, see openapi/LICENSE). Only test
// binaries link this package, so the megabyte never ships in the bot.
//
//go:embed openapi/discord-openapi.json
var openapiJSON []byte

// openapiURL names the document for the compiler: "$ref"s like
// "#/components/schemas/X" resolve against it. Nothing is fetched.
const openapiURL = "https://discord.com/api/v10/openapi.json"

// bodyRoute is a route with a JSON body (the payload_json part of a
// multipart one): its OpenAPI operation, a path as the spec spells it and a
// lower-case method, and the fake's own checks of the body, which must not
// change anything.
type bodyRoute struct {
	path, method string
	own          func(f *formErrors, body []byte)
}

// bodyRoutes maps the fake's routes to their operations. The fake serves
// v9 paths; these bodies are the same in v10. TestBodyRoutes keeps the
// table in step with the route table and the spec.
var bodyRoutes = map[string]bodyRoute{
	"POST " + api + "/users/@me/channels":                      {"/users/@me/channels", "post", nil},
	"POST " + api + "/channels/{cid}/messages":                 {"/channels/{channel_id}/messages", "post", ownMessageChecks("", true)},
	"PATCH " + api + "/channels/{cid}/messages/{mid}":          {"/channels/{channel_id}/messages/{message_id}", "patch", ownMessageChecks("", false)},
	"PUT " + api + "/applications/{app}/commands":              {"/applications/{application_id}/commands", "put", ownCommandChecks},
	"PUT " + api + "/applications/{app}/guilds/{gid}/commands": {"/applications/{application_id}/guilds/{guild_id}/commands", "put", ownCommandChecks},
	"POST " + api + "/interactions/{iid}/{token}/callback":     {"/interactions/{interaction_id}/{interaction_token}/callback", "post", ownCallbackChecks},
	"POST " + api + "/webhooks/{app}/{token}":                  {"/webhooks/{webhook_id}/{webhook_token}", "post", ownMessageChecks("", false)},
	"PATCH " + api + "/webhooks/{app}/{token}/messages/{mid}":  {"/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}", "patch", ownMessageChecks("", false)},
}

// pointer returns the JSON pointer of the operation's JSON request schema.
func (r bodyRoute) pointer() string {
	esc := strings.NewReplacer("~", "~0", "/", "~1")
	return "#/paths/" + esc.Replace(r.path) + "/" + r.method +
		"/requestBody/content/" + esc.Replace("application/json") + "/schema"
}

// requestSchemas compiles the schemas of bodyRoutes once per process, on
// first use: compiling takes a while, validating does not.
var requestSchemas = sync.OnceValues(func() (map[string]*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(openapiJSON))
	if err != nil {
		return nil, err
	}
	for _, fx := range schemaFixes {
		if err := fx.apply(doc); err != nil {
			return nil, err
		}
	}
	constUnionsToEnums(doc)
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020) // OpenAPI 3.1 schemas are JSON Schema 2020-12
	// Check "uri" and "date-time" too (Discord refuses an embed URL that is
	// no URL); Discord's own formats, like "snowflake", are not known here.
	c.AssertFormat()
	if err := c.AddResource(openapiURL, doc); err != nil {
		return nil, err
	}
	out := map[string]*jsonschema.Schema{}
	for route, r := range bodyRoutes {
		sch, err := c.Compile(openapiURL + r.pointer())
		if err != nil {
			return nil, fmt.Errorf("%s %s: %w", r.method, r.path, err)
		}
		out[route] = sch
	}
	return out, nil
})

// schemaFixes widen the spec where Discord accepts more than it says, and
// its docs (which Discord says win) agree. Each replaces one schema.
var schemaFixes = []schemaFix{
	// Permission bit sets: the spec has integers in requests (strings in
	// responses), but Discord's docs type default_member_permissions as
	// "?string", and discordgo, like other libraries, sends a string.
	{"/components/schemas/ApplicationCommandUpdateRequest/properties/default_member_permissions",
		`{"anyOf": [{"type": ["integer", "null"], "minimum": 0, "maximum": 18014398509481983},
			{"type": "string", "pattern": "^(0|[1-9][0-9]{0,16})$"}]}`},
	// An attachment of the files uploaded with a message is named by its
	// index: Discord's docs ("Uploading Files") send "id": 0, a number, where
	// the spec wants a snowflake string.
	{"/components/schemas/MessageAttachmentRequest/properties/id",
		`{"anyOf": [{"$ref": "#/components/schemas/SnowflakeType"}, {"type": "integer", "minimum": 0}]}`},
}

type schemaFix struct{ pointer, schema string }

// constUnionsToEnums rewrites Discord's enumerations, a oneOf of distinct
// constants with titles ({"oneOf": [{"title": "PRIMARY", "const": 1}, ...]}),
// as the enum they mean. The rewrite changes no verdict, and checks a body
// several times faster: a oneOf tries every constant and makes an error for
// each that fails.
func constUnionsToEnums(v any) {
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			constUnionsToEnums(x)
		}
	case map[string]any:
		if consts, ok := constUnion(v["oneOf"]); ok && v["enum"] == nil {
			delete(v, "oneOf")
			v["enum"] = consts
		}
		for _, x := range v {
			constUnionsToEnums(x)
		}
	}
}

// constUnion returns the constants of a oneOf whose alternatives are only
// distinct constants, with a title or description.
func constUnion(oneOf any) ([]any, bool) {
	alts, ok := oneOf.([]any)
	if !ok || len(alts) == 0 {
		return nil, false
	}
	var consts []any
	seen := map[string]bool{}
	for _, a := range alts {
		m, ok := a.(map[string]any)
		c, hasConst := m["const"]
		if !ok || !hasConst || seen[fmt.Sprint(c)] {
			return nil, false
		}
		for k := range m {
			if k != "const" && k != "title" && k != "description" {
				return nil, false
			}
		}
		seen[fmt.Sprint(c)] = true
		consts = append(consts, c)
	}
	return consts, true
}

// apply puts the fix's schema at its pointer in doc; the pointer's parent
// must exist, so a fix the spec no longer needs in that place fails loudly.
func (fx schemaFix) apply(doc any) error {
	sch, err := jsonschema.UnmarshalJSON(strings.NewReader(fx.schema))
	if err != nil {
		return fmt.Errorf("schema fix %s: %w", fx.pointer, err)
	}
	parts := strings.Split(strings.TrimPrefix(fx.pointer, "/"), "/")
	node := doc
	for _, p := range parts[:len(parts)-1] {
		m, _ := node.(map[string]any) // not an object: a nil map finds nothing
		next, found := m[p]
		if !found {
			return fmt.Errorf("schema fix %s: no %q in the spec", fx.pointer, p)
		}
		node = next
	}
	last := parts[len(parts)-1]
	m, _ := node.(map[string]any)
	if _, found := m[last]; !found {
		return fmt.Errorf("schema fix %s: no %q in the spec", fx.pointer, last)
	}
	m[last] = sch
	return nil
}

// checkSchema returns what Discord's schema finds wrong with c's JSON
// body, or nil. It takes no lock: it reads only c and the schemas.
func checkSchema(c *call) *formErrors {
	if _, ok := bodyRoutes[c.route]; !ok || len(c.json) == 0 {
		return nil // no body: the handler tells what is missing
	}
	f := &formErrors{}
	schemas, err := requestSchemas()
	if err != nil {
		f.add("_root", "FAKE_SCHEMA_BROKEN", "the fake cannot compile Discord's OpenAPI schemas: "+err.Error())
		return f
	}
	if validBodies.known(c.route, c.json) {
		return nil
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(c.json))
	if err != nil {
		return nil // not reached: decodeBody has checked the JSON
	}
	var ve *jsonschema.ValidationError
	err = schemas[c.route].Validate(v)
	if errors.As(err, &ve) {
		addSchemaErrors(f, ve)
		if f.empty() { // not expected: say what the library said
			f.add("_root", "BASE_TYPE_INVALID", ve.Error())
		}
		f.dedupe()
		return f
	}
	if err == nil {
		validBodies.add(c.route, c.json)
	}
	return nil
}

// validBodies remembers bodies the schema accepted, by their route and
// their exact bytes, so that a body sent again (a crowd's identical
// deferrals and help texts) is not decoded and validated again: the
// schemas are compiled once and validating is deterministic, so the same
// bytes on the same route get the same verdict. Only accepted bodies are
// kept; a refused one is checked each time, and answered in full.
var validBodies = bodyVerdicts{max: 1024, maxLen: 4 << 10}

// bodyVerdicts is a bounded set of (route, body) pairs: when full it is
// emptied, and bodies longer than maxLen are not kept. Bodies are kept by
// route, so that looking one up (m[string(body)]) copies nothing.
type bodyVerdicts struct {
	mu          sync.Mutex
	seen        map[string]map[string]struct{} // bodies by route
	n           int                            // bodies in seen
	max, maxLen int
}

func (b *bodyVerdicts) known(route string, body []byte) bool {
	if len(body) > b.maxLen {
		return false
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	_, ok := b.seen[route][string(body)]
	return ok
}

func (b *bodyVerdicts) add(route string, body []byte) {
	if len(body) > b.maxLen {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.seen == nil || b.n >= b.max {
		b.seen, b.n = map[string]map[string]struct{}{}, 0
	}
	bodies := b.seen[route]
	if bodies == nil {
		bodies = map[string]struct{}{}
		b.seen[route] = bodies
	}
	if _, ok := bodies[string(body)]; !ok {
		bodies[string(body)] = struct{}{}
		b.n++
	}
}

// schemaRejectLocked answers a body the schema refuses with 400 50035, as
// Discord does, and records it. The fake's own checks run too, without
// the handler, so the answer lists everything wrong: their errors first,
// then the schema's at other fields.
func (s *Server) schemaRejectLocked(c *call, bad *formErrors) reply {
	r := bodyRoutes[c.route]
	all := &formErrors{}
	if r.own != nil {
		r.own(all, c.json)
	}
	if !all.empty() {
		s.violateLocked(c, "invalid form body: %s", all)
	}
	s.violateLocked(c, "body breaks Discord's OpenAPI schema for %s %s: %s", strings.ToUpper(r.method), r.path, bad)
	seen := map[string]bool{}
	for _, it := range all.items {
		seen[it.path] = true
	}
	for _, it := range bad.items {
		if !seen[it.path] {
			all.items = append(all.items, it)
		}
	}
	return invalidForm(all)
}

// ownMessageChecks is what the message handlers check of a body; prefix
// nests the errors, nonce checks the nonce as a message creation does.
func ownMessageChecks(prefix string, nonce bool) func(*formErrors, []byte) {
	return func(f *formErrors, b []byte) {
		m, fe := parseMessageBody(b)
		if fe != nil {
			for _, it := range fe.items {
				f.add(join(prefix, it.path), it.code, it.message)
			}
			return
		}
		validateMessage(f, m, prefix)
		if nonce {
			parseNonce(f, m.Nonce)
		}
	}
}

// ownCallbackChecks is what interactionCallback checks of its data.
func ownCallbackChecks(f *formErrors, b []byte) {
	var cb struct {
		Type int             `json:"type"`
		Data json.RawMessage `json:"data"`
	}
	if json.Unmarshal(b, &cb) != nil {
		return
	}
	switch cb.Type {
	case 4, 5, 7:
		ownMessageChecks("data", false)(f, cb.Data)
	case 8:
		var d struct {
			Choices []Choice `json:"choices"`
		}
		if json.Unmarshal(cb.Data, &d) == nil {
			validateChoices(f, d.Choices)
		}
	case 9:
		if m, fe := parseMessageBody(cb.Data); fe == nil {
			validateModal(f, m)
		}
	}
}

// ownCommandChecks is what putCommands checks.
func ownCommandChecks(f *formErrors, b []byte) {
	var specs []commandSpec
	if json.Unmarshal(b, &specs) == nil {
		f.items = append(f.items, validateCommands(specs).items...)
	}
}
