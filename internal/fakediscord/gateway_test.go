package fakediscord

import (
	"bytes"
	"compress/zlib"
	"encoding/json"
	"io"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

func TestOpen(t *testing.T) {
	t.Parallel()
	t.Run("OK", func(t *testing.T) {
		t.Parallel()
		fake := startFake(t)
		dg := newSession(t, fake)
		guilds := make(chan *discordgo.GuildCreate, 1)
		dg.AddHandler(func(_ *discordgo.Session, g *discordgo.GuildCreate) { guilds <- g })
		openSession(t, fake, dg)

		if got := dg.State.User.ID; got != fake.BotUser().ID {
			t.Errorf("READY user = %q, want %q", got, fake.BotUser().ID)
		}
		ids := fake.Identifies()
		if len(ids) != 1 {
			t.Fatalf("identifies = %d, want 1", len(ids))
		}
		if want := int(dg.Identify.Intents); ids[0].Intents != want {
			t.Errorf("recorded intents = %#x, want %#x", ids[0].Intents, want)
		}
		if !ids[0].Compress {
			t.Error("discordgo asks for payload compression; recorded Compress = false")
		}
		g := <-guilds
		if g.ID != guildID || g.Name != "Aftercare group" || len(g.Channels) != 1 || len(g.Roles) != 2 {
			t.Errorf("GUILD_CREATE = %+v", g.Guild)
		}
		if fake.CountRequests("GET /api/v9/gateway") != 1 {
			t.Errorf("GET /gateway not requested once: %+v", fake.Requests())
		}
		noViolations(t, fake)
	})
	t.Run("ErrDisallowedIntent", func(t *testing.T) {
		t.Parallel()
		fake := startFake(t)
		dg := newSession(t, fake)
		dg.Identify.Intents |= discordgo.IntentMessageContent
		if err := dg.Open(); err == nil {
			_ = dg.Close()
			t.Fatal("Open succeeded with a privileged intent that is not enabled")
		}
		if !hasViolation(fake, "privileged intents") {
			t.Errorf("violations = %q", fake.Violations())
		}
	})
	t.Run("PrivilegedIntentEnabled", func(t *testing.T) {
		t.Parallel()
		fake := startFake(t, WithPrivilegedIntents(IntentMessageContent))
		dg := newSession(t, fake)
		dg.Identify.Intents |= discordgo.IntentMessageContent
		openSession(t, fake, dg)
		noViolations(t, fake)
	})
}

func TestResumeAfterDrop(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	dg := newSession(t, fake)
	var mu sync.Mutex
	var got []string
	dg.AddHandler(func(_ *discordgo.Session, m *discordgo.MessageCreate) {
		mu.Lock()
		got = append(got, m.Content)
		mu.Unlock()
	})
	received := func(n int) func() bool {
		return func() bool { mu.Lock(); defer mu.Unlock(); return len(got) == n }
	}
	openSession(t, fake, dg)

	fake.InjectMessage(UserMessage{UserID: alice, Content: "before"})
	eventually(t, "first message", received(1))
	fake.DropConnection()
	// Sent while the client is away: RESUME must replay it.
	fake.InjectMessage(UserMessage{UserID: alice, Content: "while away"})
	eventually(t, "resume", func() bool { return fake.Resumes() == 1 })
	eventually(t, "replayed message", received(2))
	fake.InjectMessage(UserMessage{UserID: alice, Content: "after"})
	eventually(t, "third message", received(3))

	// Op 7 RECONNECT: discordgo closes and resumes again.
	fake.RequestReconnect()
	eventually(t, "second resume", func() bool { return fake.Resumes() == 2 })

	mu.Lock()
	defer mu.Unlock()
	if strings.Join(got, ",") != "before,while away,after" {
		t.Errorf("messages = %q", got)
	}
	if n := len(fake.Identifies()); n != 1 {
		t.Errorf("identifies = %d, want 1 (resumed, not re-identified)", n)
	}
	noViolations(t, fake)
}

func TestMessageContentIntent(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	dg := newSession(t, fake)
	msgs := make(chan *discordgo.MessageCreate, 3)
	dg.AddHandler(func(_ *discordgo.Session, m *discordgo.MessageCreate) { msgs <- m })
	openSession(t, fake, dg)

	fake.InjectMessage(UserMessage{UserID: alice, GuildID: guildID, ChannelID: generalID, Content: "hidden"})
	fake.InjectMessage(UserMessage{UserID: alice, GuildID: guildID, ChannelID: generalID, Content: "hi bot", MentionsBot: true})
	fake.InjectMessage(UserMessage{UserID: alice, Content: "a DM"})
	var contents []string
	for range 3 {
		m := <-msgs
		contents = append(contents, m.Content)
		if m.GuildID == guildID && (m.Member == nil || len(m.Member.Roles) != 1) {
			t.Errorf("guild message member = %+v, want alice's role", m.Member)
		}
	}
	sort.Strings(contents) // discordgo runs handlers in goroutines: any order
	if want := ",a DM,hi bot"; strings.Join(contents, ",") != want {
		t.Errorf("contents = %q, want %q (no MESSAGE_CONTENT intent)", contents, want)
	}
}

// TestRawGateway speaks the protocol directly: zlib-stream, heartbeat ACK,
// and INVALID_SESSION for an unknown RESUME.
func TestRawGateway(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	ws, _, err := websocket.DefaultDialer.Dial(fake.GatewayURL()+"?v=9&encoding=json&compress=zlib-stream", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	var inflated bytes.Buffer
	var zr io.ReadCloser
	read := func() map[string]any {
		t.Helper()
		mt, data, err := ws.ReadMessage()
		if err != nil || mt != websocket.BinaryMessage || !bytes.HasSuffix(data, []byte{0, 0, 0xff, 0xff}) {
			t.Fatalf("read: type %d, err %v", mt, err)
		}
		inflated.Write(data)
		if zr == nil {
			if zr, err = zlib.NewReader(&inflated); err != nil {
				t.Fatal(err)
			}
		}
		var f map[string]any
		if err := json.NewDecoder(zr).Decode(&f); err != nil {
			t.Fatal(err)
		}
		return f
	}
	if f := read(); f["op"] != 10.0 {
		t.Fatalf("first frame = %v, want HELLO", f)
	}
	_ = ws.WriteJSON(map[string]any{"op": 1, "d": nil})
	if f := read(); f["op"] != 11.0 {
		t.Fatalf("after heartbeat = %v, want ACK", f)
	}
	_ = ws.WriteJSON(map[string]any{"op": 6, "d": map[string]any{"token": "Bot " + testToken, "session_id": "nope", "seq": 3}})
	if f := read(); f["op"] != 9.0 || f["d"] != false {
		t.Fatalf("after unknown RESUME = %v, want INVALID_SESSION false", f)
	}
}

// TestPayloadCompression checks payload compression as IDENTIFY asks for
// it: every payload of compressMin bytes or more arrives as a binary
// message that is a whole zlib stream of its own (the fake reuses one
// writer per connection, so a second stream must not lean on the first),
// and smaller ones as text.
func TestPayloadCompression(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	ws, _, err := websocket.DefaultDialer.Dial(fake.GatewayURL()+"?v=9&encoding=json", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	// read returns the next payload and whether it came compressed.
	read := func() (map[string]any, bool) {
		t.Helper()
		mt, data, err := ws.ReadMessage()
		if err != nil {
			t.Fatalf("read: %v", err)
		}
		if mt == websocket.TextMessage {
			var f map[string]any
			if err := json.Unmarshal(data, &f); err != nil {
				t.Fatalf("text payload: %v", err)
			}
			return f, false
		}
		zr, err := zlib.NewReader(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("binary payload is no zlib stream: %v", err)
		}
		raw, err := io.ReadAll(zr) // to the stream's end and its checksum
		if err != nil {
			t.Fatalf("binary payload is no complete zlib stream: %v", err)
		}
		if len(raw) < compressMin {
			t.Errorf("a payload of %d bytes was compressed; the fake compresses from %d", len(raw), compressMin)
		}
		var f map[string]any
		if err := json.Unmarshal(raw, &f); err != nil {
			t.Fatalf("inflated payload: %v", err)
		}
		return f, true
	}
	if f, z := read(); f["op"] != 10.0 || z {
		t.Fatalf("first frame = %v (compressed %v), want HELLO as text", f, z)
	}
	intents := discordgo.IntentsGuilds | discordgo.IntentsDirectMessages
	_ = ws.WriteJSON(map[string]any{"op": 2, "d": map[string]any{"token": "Bot " + testToken, "intents": intents,
		"compress": true, "properties": map[string]string{"os": "linux"}}})
	for _, want := range []string{"READY", "GUILD_CREATE"} {
		if f, z := read(); f["t"] != want || !z {
			t.Fatalf("frame = %v (compressed %v), want %s compressed", f["t"], z, want)
		}
	}
	for i := range 3 { // each one stream of its own, from the one writer
		id, _ := fake.InjectInteraction(Interaction{Command: "help", UserID: alice})
		f, z := read()
		d, _ := f["d"].(map[string]any)
		if f["t"] != "INTERACTION_CREATE" || !z || d["id"] != id {
			t.Fatalf("interaction %d: frame %v (compressed %v), want INTERACTION_CREATE %s compressed", i, f["t"], z, id)
		}
	}
	_ = ws.WriteJSON(map[string]any{"op": 1, "d": nil})
	if f, z := read(); f["op"] != 11.0 || z {
		t.Fatalf("after heartbeat = %v (compressed %v), want ACK as text", f, z)
	}
}
