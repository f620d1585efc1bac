package fakediscord

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"regexp"
	"strings"
	"testing"
)

// TestBodyRoutes checks that bodyRoutes names routes the fake serves, that
// every operation with a JSON body the fake serves is in it, and that the
// schemas compile.
func TestBodyRoutes(t *testing.T) {
	t.Parallel()
	s := New()
	for route := range bodyRoutes {
		if got := routeOf(s, route); got != route {
			t.Errorf("bodyRoutes has %q, which the fake routes as %q", route, got)
		}
	}
	var doc struct {
		Paths map[string]map[string]json.RawMessage
	}
	if err := json.Unmarshal(openapiJSON, &doc); err != nil {
		t.Fatal(err)
	}
	param := regexp.MustCompile(`\{[^}]+\}`)
	for path, ops := range doc.Paths {
		for method, raw := range ops {
			var op struct {
				RequestBody struct{ Content map[string]any }
			}
			_ = json.Unmarshal(raw, &op) // "parameters" is no operation, and has no body
			if op.RequestBody.Content["application/json"] == nil {
				continue
			}
			route := routeOf(s, strings.ToUpper(method)+" "+api+param.ReplaceAllString(path, "1"))
			if _, ok := bodyRoutes[route]; route != "" && !ok {
				t.Errorf("the fake serves %s %s as %q, which bodyRoutes lacks", method, path, route)
			}
		}
	}
	if _, err := requestSchemas(); err != nil {
		t.Fatal(err)
	}
}

// routeOf returns the pattern the fake's mux matches for "METHOD /path",
// "" for none; {x} in the path stands for 1.
func routeOf(s *Server, methodPath string) string {
	method, path, _ := strings.Cut(methodPath, " ")
	path = regexp.MustCompile(`\{[^}]+\}`).ReplaceAllString(path, "1")
	r, _ := http.NewRequest(method, "http://x"+path, nil)
	_, pattern := s.mux.Handler(r)
	return pattern
}

// TestSchemaChecks sends, over raw HTTP, bodies that Discord's schema
// accepts or refuses; some the fake's own checks refuse as well.
func TestSchemaChecks(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		method string
		path   string // {cid}, {mid}, {iid}, {token} and {app} are filled in
		body   string
		field  string // the field the 400 names; "" if the body is valid
	}{
		{"MessageOK", "POST", "/channels/{cid}/messages", `{"content":"hi","tts":false,"nonce":"n1",
			"embeds":[{"title":"t","url":"https://example.com/a?b=c","timestamp":"2026-11-26T12:00:00.000Z"}]}`, ""},
		{"MessageWrongType", "POST", "/channels/{cid}/messages", `{"content":"hi","tts":"yes"}`, "tts"},
		{"MessageNullableWrongType", "POST", "/channels/{cid}/messages", `{"content":"hi","message_reference":"x"}`, "message_reference"},
		{"MessageEmbedURLNotURL", "POST", "/channels/{cid}/messages", `{"embeds":[{"title":"t","url":"not a url"}]}`, "embeds.0.url"},
		{"MessageEmbedTimestampNotTime", "POST", "/channels/{cid}/messages", `{"embeds":[{"title":"t","timestamp":"yesterday"}]}`, "embeds.0.timestamp"},
		{"MessageColorTooBig", "POST", "/channels/{cid}/messages", `{"embeds":[{"title":"t","color":16777216}]}`, "embeds.0.color"},
		{"MessageUnknownStyle", "POST", "/channels/{cid}/messages",
			`{"content":"hi","components":[{"type":1,"components":[{"type":2,"style":9,"custom_id":"a","label":"A"}]}]}`,
			"components.0.components.0.style"},
		{"MessageStyleMissing", "POST", "/channels/{cid}/messages",
			`{"content":"hi","components":[{"type":1,"components":[{"type":2,"custom_id":"a","label":"A"}]}]}`,
			"components.0.components.0.style"},
		{"MessageUnknownComponent", "POST", "/channels/{cid}/messages",
			`{"content":"hi","components":[{"type":99}]}`, "components.0.type"},
		{"MessagePlaceholderTooLong", "POST", "/channels/{cid}/messages",
			`{"content":"hi","components":[{"type":1,"components":[{"type":3,"custom_id":"s","placeholder":"` +
				strings.Repeat("p", 151) + `","options":[{"label":"a","value":"a"}]}]}]}`,
			"components.0.components.0.placeholder"},
		{"EditOK", "PATCH", "/channels/{cid}/messages/{mid}", `{"content":"edited","allowed_mentions":{"parse":[]}}`, ""},
		{"EditUnknownMention", "PATCH", "/channels/{cid}/messages/{mid}", `{"allowed_mentions":{"parse":["everyone","bogus"]}}`, "allowed_mentions.parse.1"},
		{"CommandsOK", "PUT", "/applications/{app}/commands",
			`[{"name":"log","description":"Log","default_member_permissions":"32","options":[{"type":4,"name":"n","description":"N","min_value":0}]}]`, ""},
		{"CommandsPermissionsNotDigits", "PUT", "/applications/{app}/commands",
			`[{"name":"log","description":"Log","default_member_permissions":"admin"}]`, "0.default_member_permissions"},
		{"CommandsUnknownOptionType", "PUT", "/applications/{app}/commands",
			`[{"name":"log","description":"Log","options":[{"type":99,"name":"n","description":"N"}]}]`, "0.options.0.type"},
		{"CallbackOK", "POST", "/interactions/{iid}/{token}/callback", `{"type":4,"data":{"content":"hi","flags":64}}`, ""},
		{"CallbackUnknownType", "POST", "/interactions/{iid}/{token}/callback", `{"type":42}`, "type"},
		{"CallbackEmbedColorType", "POST", "/interactions/{iid}/{token}/callback",
			`{"type":4,"data":{"embeds":[{"title":"t","color":"red"}]}}`, "data.embeds.0.color"},
		{"FollowupOK", "POST", "/webhooks/{app}/{token}", `{"content":"more","flags":64}`, ""},
		{"FollowupFlagsWrongType", "POST", "/webhooks/{app}/{token}", `{"content":"more","flags":"64"}`, "flags"},
		{"EditOriginalOK", "PATCH", "/webhooks/{app}/{token}/messages/@original", `{"content":"done"}`, ""},
		{"EditOriginalTooManyEmbeds", "PATCH", "/webhooks/{app}/{token}/messages/@original",
			`{"embeds":[` + strings.Repeat(`{"title":"t"},`, 10) + `{"title":"t"}]}`, "embeds"},
		{"DMOK", "POST", "/users/@me/channels", `{"recipient_id":"` + bob + `"}`, ""},
		{"DMNotSnowflake", "POST", "/users/@me/channels", `{"recipient_id":"bob"}`, "recipient_id"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			fake := startFake(t)
			path := preparePath(t, fake, tc.path)
			before := countMessages(fake)
			status, body := sendRaw(t, fake, tc.method, path, "application/json", []byte(tc.body))
			checkSchemaAnswer(t, fake, status, body, tc.field)
			if n := countMessages(fake); tc.field != "" && n != before {
				t.Errorf("a refused body changed the messages: %d, then %d", before, n)
			}
		})
	}
}

// TestSchemaChecksMultipart checks that the payload_json of a multipart
// body is checked like a JSON body.
func TestSchemaChecksMultipart(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, method, path, payload, field string
	}{
		{"MessageOK", "POST", "/channels/{cid}/messages", `{"content":"a file","attachments":[{"id":0,"filename":"a.txt"}]}`, ""},
		{"MessageWrongType", "POST", "/channels/{cid}/messages", `{"content":"a file","attachments":[{"id":0,"filename":7}]}`, "attachments.0.filename"},
		{"CallbackOK", "POST", "/interactions/{iid}/{token}/callback", `{"type":4,"data":{"content":"a file"}}`, ""},
		{"CallbackFlagsWrongType", "POST", "/interactions/{iid}/{token}/callback", `{"type":4,"data":{"content":"a file","tts":"no"}}`, "data.tts"},
		{"EditOriginalWrongType", "PATCH", "/webhooks/{app}/{token}/messages/@original", `{"content":["a"]}`, "content"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			fake := startFake(t)
			path := preparePath(t, fake, tc.path)
			var buf bytes.Buffer
			mw := multipart.NewWriter(&buf)
			_ = mw.WriteField("payload_json", tc.payload)
			fw, _ := mw.CreateFormFile("files[0]", "a.txt")
			_, _ = fw.Write([]byte("hello"))
			_ = mw.Close()
			before := countMessages(fake)
			status, body := sendRaw(t, fake, tc.method, path, mw.FormDataContentType(), buf.Bytes())
			checkSchemaAnswer(t, fake, status, body, tc.field)
			if n := countMessages(fake); tc.field != "" && n != before {
				t.Errorf("a refused body changed the messages: %d, then %d", before, n)
			}
		})
	}
}

// preparePath fills in a path's placeholders, making what they name: a
// bot message in general, an interaction, and for webhook paths an
// interaction acknowledged with a deferred reply.
func preparePath(t *testing.T, fake *Server, path string) string {
	t.Helper()
	r := strings.NewReplacer("{cid}", generalID, "{app}", fake.ApplicationID())
	path = r.Replace(path)
	if strings.Contains(path, "{mid}") {
		status, body := sendRaw(t, fake, "POST", "/channels/"+generalID+"/messages", "application/json", []byte(`{"content":"first"}`))
		if status != 200 {
			t.Fatalf("creating a message: %d %v", status, body)
		}
		path = strings.ReplaceAll(path, "{mid}", body["id"].(string))
	}
	if strings.Contains(path, "{token}") {
		cmds := `[{"name":"help","description":"What I can do"}]`
		if status, body := sendRaw(t, fake, "PUT", "/applications/"+fake.ApplicationID()+"/commands", "application/json", []byte(cmds)); status != 200 {
			t.Fatalf("registering /help: %d %v", status, body)
		}
		id, token := fake.InjectInteraction(Interaction{Type: CommandInteraction, UserID: alice, Command: "help"})
		if strings.HasPrefix(path, "/webhooks/") {
			cb := "/interactions/" + id + "/" + token + "/callback"
			if status, body := sendRaw(t, fake, "POST", cb, "application/json", []byte(`{"type":5}`)); status != 204 {
				t.Fatalf("deferring: %d %v", status, body)
			}
		}
		path = strings.NewReplacer("{iid}", id, "{token}", token).Replace(path)
	}
	return path
}

func sendRaw(t *testing.T, fake *Server, method, path, contentType string, body []byte) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest(method, fake.URL()+api+path, bytes.NewReader(body))
	req.Header.Set("Authorization", "Bot "+testToken)
	req.Header.Set("Content-Type", contentType)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return resp.StatusCode, out
}

// checkSchemaAnswer wants a 2xx and no violation when field is "", and
// otherwise a 400 50035 naming field and a schema violation naming it.
func checkSchemaAnswer(t *testing.T, fake *Server, status int, body map[string]any, field string) {
	t.Helper()
	if field == "" {
		if status >= 300 {
			t.Errorf("status %d, want 2xx: %v", status, body)
		}
		noViolations(t, fake)
		return
	}
	if status != 400 || body["code"] != 50035.0 {
		t.Fatalf("status %d %v, want 400 50035", status, body)
	}
	node, _ := body["errors"].(map[string]any)
	for _, part := range strings.Split(field, ".") {
		node, _ = node[part].(map[string]any)
	}
	if node["_errors"] == nil {
		t.Errorf("errors = %s, want one at %s", mustJSON(body["errors"]), field)
	}
	if !hasViolation(fake, "OpenAPI schema") || !hasViolation(fake, " "+field+": ") {
		t.Errorf("violations = %q, want a schema one at %s", fake.Violations(), field)
	}
}

// countMessages counts the messages where the bodies above can make one.
func countMessages(fake *Server) int {
	return len(fake.Messages(generalID)) + len(fake.Messages(fake.DMChannel(alice)))
}

// BenchmarkCheckSchema measures the schema check of a plain message and
// of a typical answer: a reply with an embed, buttons and a select menu.
func BenchmarkCheckSchema(b *testing.B) {
	for _, bc := range []struct{ name, route, body string }{
		{"Plain", "POST " + api + "/channels/{cid}/messages", `{"content":"Time for your weekly check-in.","nonce":"1234567890"}`},
		{"Components", "POST " + api + "/interactions/{iid}/{token}/callback", `{"type":4,"data":{
		"content":"Over the last two weeks, how often have you been bothered by the following?","flags":64,
		"embeds":[{"title":"PHQ-9","description":"Question 1 of 9","color":5793266,"footer":{"text":"Aftercare"}}],
		"components":[{"type":1,"components":[
			{"type":2,"style":2,"label":"Not at all","custom_id":"a:0"},{"type":2,"style":2,"label":"Several days","custom_id":"a:1"},
			{"type":2,"style":2,"label":"More than half the days","custom_id":"a:2"},{"type":2,"style":2,"label":"Nearly every day","custom_id":"a:3"}]},
			{"type":1,"components":[{"type":3,"custom_id":"s","placeholder":"Pick","options":[{"label":"One","value":"1"},{"label":"Two","value":"2"}]}]}]}}`},
	} {
		b.Run(bc.name, func(b *testing.B) {
			c := &call{route: bc.route, json: []byte(bc.body)}
			if f := checkSchema(c); f != nil {
				b.Fatal(f)
			}
			b.ReportAllocs()
			for b.Loop() {
				checkSchema(c)
			}
		})
	}
}

// TestSchemaVerdictKept checks that remembering accepted bodies changes no
// verdict: in order, the same bytes on another route are checked against
// that route's schema, and a refused body is refused again, in full.
func TestSchemaVerdictKept(t *testing.T) {
	t.Parallel()
	const (
		message  = "POST " + api + "/channels/{cid}/messages"
		callback = "POST " + api + "/interactions/{iid}/{token}/callback"
	)
	// Over maxLen (4,500 bytes), within Discord's 2,000 characters: never kept.
	long := `{"content":"` + strings.Repeat("日", 1500) + `"}`
	for _, step := range []struct {
		route, body string
		field       string // the field refused, "" for none
	}{
		{message, `{"content":"kept"}`, ""},
		{message, `{"content":"kept"}`, ""},      // from the kept verdict
		{callback, `{"content":"kept"}`, "type"}, // the same bytes, another route: refused
		{callback, `{"type":99}`, "type"},        // refused ...
		{callback, `{"type":99}`, "type"},        // ... and again, not kept
		{message, long, ""},                      // the schema has no length: accepted
		{message, long, ""},
		{message, `{"content":"kept","tts":"yes"}`, "tts"},
	} {
		f := checkSchema(&call{route: step.route, json: []byte(step.body)})
		var fields []string
		if f != nil {
			for _, it := range f.items {
				fields = append(fields, it.path)
			}
		}
		if got := strings.Join(fields, ","); !strings.Contains(got, step.field) || (step.field == "") != (got == "") {
			t.Errorf("%s %.40s: refused fields %q, want %q", step.route, step.body, got, step.field)
		}
	}
}

// TestBodyVerdicts checks the bounded set of accepted bodies.
func TestBodyVerdicts(t *testing.T) {
	t.Parallel()
	b := bodyVerdicts{max: 2, maxLen: 8}
	b.add("r", []byte("a"))
	b.add("r", []byte("too long a body"))
	for _, tc := range []struct {
		route, body string
		want        bool
	}{
		{"r", "a", true},
		{"r2", "a", false}, // the route is part of the key
		{"r", "b", false},
		{"r", "too long a body", false},
	} {
		if got := b.known(tc.route, []byte(tc.body)); got != tc.want {
			t.Errorf("known(%q, %q) = %v, want %v", tc.route, tc.body, got, tc.want)
		}
	}
	b.add("r", []byte("b"))
	b.add("r", []byte("c")) // full: emptied first
	if b.known("r", []byte("a")) || !b.known("r", []byte("c")) || b.n > b.max {
		t.Errorf("after overflow: %d kept, a kept %v, c kept %v", b.n, b.known("r", []byte("a")), b.known("r", []byte("c")))
	}
}

// TestBodyVerdictsLookUpCopiesNothing: a body already accepted is found
// without copying it, which is what keeping verdicts saves.
func TestBodyVerdictsLookUpCopiesNothing(t *testing.T) {
	b := bodyVerdicts{max: 4, maxLen: 1 << 10}
	body := []byte(`{"content":"the same help text, again"}`)
	b.add("r", body)
	if n := testing.AllocsPerRun(100, func() { b.known("r", body) }); n != 0 {
		t.Errorf("known allocates %v times a look-up, want 0", n)
	}
}
