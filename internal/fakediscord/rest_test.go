package fakediscord

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

func TestChannelMessage(t *testing.T) {
	t.Parallel()
	t.Run("OK", func(t *testing.T) {
		t.Parallel()
		fake := startFake(t)
		dg := newSession(t, fake)
		ch, err := dg.UserChannelCreate(alice)
		if err != nil || ch.ID != fake.DMChannel(alice) {
			t.Fatalf("DM channel = %+v, %v; want the stable %s", ch, err, fake.DMChannel(alice))
		}
		m, err := dg.ChannelMessageSend(ch.ID, strings.Repeat("a", 2000))
		if err != nil {
			t.Fatal(err)
		}
		if m.ID == "" || m.Author.ID != fake.BotUser().ID || m.Timestamp.IsZero() {
			t.Errorf("message = %+v", m)
		}
		edited, err := dg.ChannelMessageEdit(ch.ID, m.ID, "shorter")
		if err != nil || edited.Content != "shorter" || edited.EditedTimestamp == nil {
			t.Errorf("edit = %+v, %v", edited, err)
		}
		if err := dg.ChannelMessageDelete(ch.ID, m.ID); err != nil {
			t.Fatal(err)
		}
		if ms := fake.Messages(ch.ID); len(ms) != 0 {
			t.Errorf("messages after delete = %+v", ms)
		}
		noViolations(t, fake)
	})
	t.Run("ErrTooLong", func(t *testing.T) {
		t.Parallel()
		fake := startFake(t)
		_, err := newSession(t, fake).ChannelMessageSend(generalID, strings.Repeat("é", 2001))
		if status, code := restError(err); status != 400 || code != 50035 {
			t.Fatalf("status %d code %d, want 400 50035 (err %v)", status, code, err)
		}
		if !strings.Contains(err.Error(), `"content":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH"`) {
			t.Errorf("error body = %s", err)
		}
		if !hasViolation(fake, "content: Must be 2000 or fewer in length.") {
			t.Errorf("violations = %q", fake.Violations())
		}
	})
	t.Run("ErrEmpty", func(t *testing.T) {
		t.Parallel()
		fake := startFake(t)
		dg := newSession(t, fake)
		_, err := dg.ChannelMessageSendComplex(generalID, &discordgo.MessageSend{})
		if status, code := restError(err); status != 400 || code != 50006 {
			t.Fatalf("status %d code %d, want 400 50006", status, code)
		}
		_, err = dg.ChannelMessageSend(generalID, " \n ")
		if status, code := restError(err); status != 400 || code != 50006 {
			t.Fatalf("whitespace: status %d code %d, want 400 50006", status, code)
		}
	})
	t.Run("ErrLimits", func(t *testing.T) {
		t.Parallel()
		fake := startFake(t)
		fields := make([]*discordgo.MessageEmbedField, 26)
		for i := range fields {
			fields[i] = &discordgo.MessageEmbedField{Name: "n", Value: "v"}
		}
		_, err := newSession(t, fake).ChannelMessageSendComplex(generalID, &discordgo.MessageSend{
			Embeds: []*discordgo.MessageEmbed{{Title: strings.Repeat("t", 257), Fields: fields}},
			Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
				discordgo.Button{CustomID: "x", Label: strings.Repeat("l", 81), Style: discordgo.PrimaryButton},
				discordgo.Button{CustomID: "x", Label: "again", Style: discordgo.PrimaryButton},
			}}},
		})
		var body struct {
			Code   int
			Errors map[string]map[string]map[string]any
		}
		re, _ := err.(*discordgo.RESTError)
		if re == nil || json.Unmarshal(re.ResponseBody, &body) != nil || body.Code != 50035 {
			t.Fatalf("err = %v", err)
		}
		embed := body.Errors["embeds"]["0"]
		if embed["title"] == nil || embed["fields"] == nil {
			t.Errorf("embed errors = %v", embed)
		}
		button := body.Errors["components"]["0"]["components"].(map[string]any)
		if !strings.Contains(mustJSON(button), "Must be 80 or fewer") || !strings.Contains(mustJSON(button), "COMPONENT_CUSTOM_ID_DUPLICATED") {
			t.Errorf("component errors = %v", mustJSON(button))
		}
	})
	t.Run("ErrUnknownChannel", func(t *testing.T) {
		t.Parallel()
		fake := startFake(t)
		_, err := newSession(t, fake).ChannelMessageSend("1", "hi")
		if status, code := restError(err); status != 404 || code != 10003 {
			t.Fatalf("status %d code %d, want 404 10003", status, code)
		}
	})
	t.Run("ErrDMsClosed", func(t *testing.T) {
		t.Parallel()
		fake := startFake(t)
		fake.SetDMsClosed(bob, true)
		_, err := newSession(t, fake).ChannelMessageSend(fake.DMChannel(bob), "hi")
		if status, code := restError(err); status != 403 || code != 50007 {
			t.Fatalf("status %d code %d, want 403 50007", status, code)
		}
		noViolations(t, fake)
	})
	t.Run("ErrDMOpenRefused", func(t *testing.T) {
		t.Parallel()
		fake := startFake(t)
		fake.SetDMOpenRefused(bob, true)
		_, err := newSession(t, fake).UserChannelCreate(bob)
		if status, code := restError(err); status != 400 || code != 50007 {
			t.Fatalf("status %d code %d, want 400 50007", status, code)
		}
		if _, err := newSession(t, fake).UserChannelCreate(alice); err != nil {
			t.Errorf("opening another user's DM: %v", err)
		}
		noViolations(t, fake)
	})
}

func TestAttachment(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	png := bytes.Repeat([]byte{0x89, 'P', 'N', 'G'}, 100)
	m, err := newSession(t, fake).ChannelMessageSendComplex(generalID, &discordgo.MessageSend{
		Embeds: []*discordgo.MessageEmbed{{Title: "Your week", Image: &discordgo.MessageEmbedImage{URL: "attachment://week.png"}}},
		Files:  []*discordgo.File{{Name: "week.png", ContentType: "image/png", Reader: bytes.NewReader(png)}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Attachments) != 1 || m.Attachments[0].Filename != "week.png" || m.Attachments[0].Size != len(png) {
		t.Fatalf("attachments = %+v", m.Attachments)
	}
	reqs := fake.Requests()
	last := reqs[len(reqs)-1]
	if len(last.Files) != 1 || last.Files[0].Field != "files[0]" || last.Files[0].Size != len(png) {
		t.Errorf("recorded files = %+v", last.Files)
	}
	if !strings.HasPrefix(last.Header.Get("Content-Type"), "multipart/form-data") || last.Header.Get("Authorization") != "Bot [redacted]" {
		t.Errorf("recorded headers = %v", last.Header)
	}
	resp, err := http.Get(m.Attachments[0].URL)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if got, _ := io.ReadAll(resp.Body); !bytes.Equal(got, png) {
		t.Errorf("attachment bytes differ")
	}
	noViolations(t, fake)
}

func TestCommandsAndMembers(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	dg := newSession(t, fake)
	first, err := dg.ApplicationCommandBulkOverwrite(fake.ApplicationID(), guildID, []*discordgo.ApplicationCommand{
		{Name: "summary", Description: "Your week"}})
	if err != nil {
		t.Fatal(err)
	}
	again, err := dg.ApplicationCommandBulkOverwrite(fake.ApplicationID(), guildID, []*discordgo.ApplicationCommand{
		{Name: "summary", Description: "Your week, again"}, {Name: "plan", Description: "Your plan"}})
	if err != nil || len(again) != 2 || again[0].ID != first[0].ID || again[0].GuildID != guildID {
		t.Errorf("overwrite = %+v, %v; the ID should stay", again, err)
	}
	if got, _ := dg.ApplicationCommands(fake.ApplicationID(), guildID); len(got) != 2 {
		t.Errorf("GET commands = %+v", got)
	}
	if _, err := dg.ApplicationCommandBulkOverwrite(fake.ApplicationID(), "", []*discordgo.ApplicationCommand{
		{Name: "Bad Name", Description: "x"}}); err == nil {
		t.Error("a command name with capitals and a space was accepted")
	}
	m, err := dg.GuildMember(guildID, alice)
	if err != nil || len(m.Roles) != 1 || m.Roles[0] != roleID {
		t.Errorf("member = %+v, %v", m, err)
	}
	if _, err := dg.GuildMember(guildID, bob); err == nil {
		t.Error("bob is not a member")
	}
}

func TestRawREST(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	do := func(method, path, auth string) (int, map[string]any) {
		req, _ := http.NewRequest(method, fake.URL()+path, nil)
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var body map[string]any
		_ = json.NewDecoder(resp.Body).Decode(&body)
		return resp.StatusCode, body
	}
	if status, body := do("GET", "/api/v9/guilds/1/bans", "Bot "+testToken); status != 404 || body["message"] != "404: Not Found" || body["code"] != 0.0 {
		t.Errorf("unknown route: %d %v", status, body)
	}
	if status, _ := do("GET", "/api/v9/users/@me", testToken); status != 401 {
		t.Errorf("token without Bot prefix: %d, want 401", status)
	}
	if status, body := do("GET", "/api/v9/gateway/bot", "Bot "+testToken); status != 200 || body["shards"] != 1.0 || body["url"] != fake.GatewayURL() {
		t.Errorf("gateway/bot: %d %v", status, body)
	}
	if !hasViolation(fake, "unknown route") || !hasViolation(fake, "Authorization") {
		t.Errorf("violations = %q", fake.Violations())
	}
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
