package fakediscord

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// TestForget: the newest messages of each channel stay, older ones and the
// request log go, and a recent interaction is still answerable.
func TestForget(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	dg := newSession(t, fake)
	ch, err := dg.UserChannelCreate(alice)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 5 {
		if _, err := dg.ChannelMessageSend(ch.ID, fmt.Sprint("message ", i)); err != nil {
			t.Fatal(err)
		}
	}
	chart, err := dg.ChannelMessageSendComplex(ch.ID, &discordgo.MessageSend{Content: "message 4",
		Files: []*discordgo.File{{Name: "week.png", ContentType: "image/png", Reader: strings.NewReader("png bytes")}}})
	if err != nil {
		t.Fatal(err)
	}
	id, _ := fake.InjectInteraction(Interaction{UserID: alice, Command: "help"})
	fake.Forget(2, time.Minute)
	ms := fake.Messages(ch.ID)
	if len(ms) != 2 || ms[0].Content != "message 4" || ms[1].ID != chart.ID {
		t.Errorf("messages after Forget(2) = %+v, want the last two", ms)
	}
	if a := ms[1].Attachments; len(a) != 1 || a[0].Filename != "week.png" || a[0].Size != 9 || a[0].Data != nil {
		t.Errorf("attachments after Forget = %+v, want week.png of 9 bytes without its bytes", a)
	}
	if rs := fake.Requests(); len(rs) != 0 {
		t.Errorf("%d requests still recorded after Forget", len(rs))
	}
	if _, ok := fake.Message(ms[0].ID); !ok {
		t.Errorf("kept message %s is not found by id", ms[0].ID)
	}
	if !fake.ReplayInteraction(id) {
		t.Error("an interaction injected just now was forgotten")
	}
}
