package discord_test

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/scheduler"
)

const (
	groupGuild   = "300000000000000070"
	groupChannel = "300000000000000071"
	adminID      = "200000000000000070"
	moderatorRl  = "300000000000000072"
)

func member(i int) string { return fmt.Sprintf("2000000000000001%02d", i) }

// TestDiscordGroupShowsOnlyTotals: a group with k = 5. On the first day 4
// members answer, and the post says fewer than 5 did, without the number;
// on the second day 6 answer, and it shows the spread of moods. Then every
// request the fake recorded to the group's channel is scanned: no
// individual's name, id, answer word, minutes or note is in any of them.
func TestDiscordGroupShowsOnlyTotals(t *testing.T) {
	t.Parallel()
	g := newGroupFixture(t, 6)
	h, fake, clock, store, sched, in := g.h, g.fake, g.h.clock, g.h.store, g.sched, g.in

	// A member without Manage Channels cannot set the group up.
	rs := in(member(0), fakediscord.Interaction{Command: "group", Options: []fakediscord.CommandOption{{Name: "setup", Type: int(discordgo.ApplicationCommandOptionSubCommand)}}})
	contains(t, allText(shown(rs)), "needs the Manage Channels permission")
	rs = in(adminID, fakediscord.Interaction{Command: "group", Options: []fakediscord.CommandOption{{Name: "setup", Type: int(discordgo.ApplicationCommandOptionSubCommand), Options: []fakediscord.CommandOption{
		{Name: "time", Value: "12:00"}, {Name: "zone", Value: "Europe/London"}, {Name: "k", Value: 5}}}}})
	contains(t, allText(shown(rs)), "every day at 12:00 (Europe/London time)")

	// Member 0 is an Aftercare patient with a note and minutes of their own.
	h.onboardAs(member(0), "Zed0")
	if err := store.SaveFields(context.Background(), member(0), "2026-03-02", map[string]string{"note": "zebra-note-123", "minutes": "77"}); err != nil {
		t.Fatal(err)
	}

	for day, answering := range []int{4, 6} {
		noon := t0.Add(time.Duration(day)*24*time.Hour + 3*time.Hour)
		clock.Set(noon)
		if _, err := sched.RunDue(context.Background()); err != nil {
			t.Fatal(err)
		}
		post := lastWithButtons(t, fake, groupChannel)
		contains(t, text(post), "Group check-in")
		for i := range answering {
			label := []string{"Very low", "Low", "Okay", "Good", "Very good"}[i%5]
			rs := in(member(i), fakediscord.Interaction{CustomID: button(t, post, label), MessageID: post.ID})
			for _, m := range shown(rs) {
				if !m.Ephemeral() {
					t.Errorf("an answer was acknowledged publicly: %q", text(m))
				}
				contains(t, text(m), "Counted")
			}
		}
		clock.Set(noon.Add(6 * time.Hour))
		if _, err := sched.RunDue(context.Background()); err != nil {
			t.Fatal(err)
		}
		closed, _ := fake.Message(post.ID)
		want := map[int]string{0: "Fewer than 5 people answered today, so the numbers stay private", 1: "6 people answered. Moods: Very low 2 · Low 1 · Okay 1 · Good 1 · Very good 1."}[day]
		contains(t, text(closed), want)
		if len(closed.Components) != 0 {
			t.Errorf("day %d: the closed post still has buttons", day+1)
		}
	}

	// A crisis written in the channel (mentioning the bot) is answered by DM only.
	before := len(fake.Messages(groupChannel))
	fake.InjectMessage(fakediscord.UserMessage{UserID: member(1), GuildID: groupGuild, ChannelID: groupChannel, Content: "@Aftercare i want to end my life", MentionsBot: true})
	eventually(t, "the crisis reply by DM", func() bool { return len(fake.Messages(fake.DMChannel(member(1)))) > 0 })
	if after := len(fake.Messages(groupChannel)); after != before+1 { // +1: the person's own message
		t.Errorf("the channel got %d messages from the bot after a crisis message", after-before-1)
	}
	contains(t, text(fake.Messages(fake.DMChannel(member(1)))[0]), "You can talk to someone right now")

	// So is someone else in danger, told in the channel: the reply for a
	// helper goes by DM, and the channel sees nothing from the bot.
	before = len(fake.Messages(groupChannel))
	fake.InjectMessage(fakediscord.UserMessage{UserID: member(2), GuildID: groupGuild, ChannelID: groupChannel, Content: "@Aftercare mi novio dice que se va a tirar del puente", MentionsBot: true})
	eventually(t, "the reply for a helper by DM", func() bool { return len(fake.Messages(fake.DMChannel(member(2)))) > 0 })
	if after := len(fake.Messages(groupChannel)); after != before+1 {
		t.Errorf("the channel got %d messages from the bot after someone else's danger", after-before-1)
	}
	contains(t, text(fake.Messages(fake.DMChannel(member(2)))[0]), "Si otra persona está en peligro")

	scanGroupChannel(t, fake)
}

// groupFixture is a server with a support channel, an admin who may
// manage channels and n members who may not, on the fake Discord.
type groupFixture struct {
	h     *harness
	fake  *fakediscord.Server
	sched *scheduler.Scheduler
	in    func(user string, i fakediscord.Interaction) []fakediscord.InteractionResponse
}

func newGroupFixture(t *testing.T, n int) groupFixture {
	t.Helper()
	members := []fakediscord.Member{{User: fakediscord.User{ID: adminID, Username: "admin"}, Roles: []string{moderatorRl}}}
	opts := []fakediscord.Option{fakediscord.WithUser(fakediscord.User{ID: adminID, Username: "admin"})}
	for i := range n {
		u := fakediscord.User{ID: member(i), Username: fmt.Sprintf("member%d", i), GlobalName: fmt.Sprintf("Zed%d", i)}
		members = append(members, fakediscord.Member{User: u})
		opts = append(opts, fakediscord.WithUser(u))
	}
	fake := startFake(t, append(opts, fakediscord.WithGuild(fakediscord.Guild{ID: groupGuild, Name: "Support",
		Roles:    []fakediscord.Role{{ID: moderatorRl, Name: "Moderator", Permissions: 16}},
		Channels: []fakediscord.Channel{{ID: groupChannel, Name: "check-in"}}, Members: members}))...)
	store := redistest.Open(t)
	clock := localtime.NewFakeClock(t0) // Monday 09:00 in London
	c := coach.New(store, store, clock, nil)
	dc, seen := openDiscord(t, fake, bot.Router{Coach: c})
	h := &harness{t: t, fake: fake, clock: clock, store: store, coach: c, dc: dc, seen: seen}
	sched := &scheduler.Scheduler{Queue: store, Clock: clock, Handle: bot.Deliverer{Coach: c, Sender: dc}.Handle}
	in := func(user string, i fakediscord.Interaction) []fakediscord.InteractionResponse {
		i.UserID, i.GuildID, i.ChannelID = user, groupGuild, groupChannel
		return h.do(i)
	}
	return groupFixture{h: h, fake: fake, sched: sched, in: in}
}

// groupSub is /group with a subcommand and its options.
func groupSub(name string, opts ...fakediscord.CommandOption) fakediscord.Interaction {
	return fakediscord.Interaction{Command: "group", Options: []fakediscord.CommandOption{{Name: name, Type: int(discordgo.ApplicationCommandOptionSubCommand), Options: opts}}}
}

// privately fails unless every message is ephemeral and says want.
func privately(t *testing.T, rs []fakediscord.InteractionResponse, want string) {
	t.Helper()
	ms := shown(rs)
	if len(ms) == 0 {
		t.Fatalf("no reply; want %q", want)
	}
	for _, m := range ms {
		if !m.Ephemeral() {
			t.Errorf("a reply was public: %q", text(m))
		}
	}
	contains(t, allText(ms), want)
}

// TestDiscordGroupChallengeJoinAndWithheldSpread: with k = 3 and a
// challenge running, the group's own post carries "Count my minutes", which
// a member taps; another member, who cannot manage channels, joins with
// /group join; someone who never set Aftercare up is told how, kindly. Then
// three members all tap "Low": the closed post says that three answered and
// keeps the spread private, and no request to the channel carries it.
func TestDiscordGroupChallengeJoinAndWithheldSpread(t *testing.T) {
	t.Parallel()
	g := newGroupFixture(t, 4)
	h, fake, clock := g.h, g.fake, g.h.clock

	var sub []string
	for _, c := range fake.Commands("") {
		if c.Name != "group" {
			continue
		}
		var raw struct {
			Options []struct{ Name string } `json:"options"`
		}
		if err := json.Unmarshal(c.JSON, &raw); err != nil {
			t.Fatal(err)
		}
		for _, o := range raw.Options {
			sub = append(sub, o.Name)
		}
	}
	if !slices.Equal(sub, []string{"setup", "challenge", "join"}) {
		t.Errorf("/group's subcommands = %q, want setup, challenge, join", sub)
	}

	privately(t, g.in(adminID, groupSub("setup", fakediscord.CommandOption{Name: "time", Value: "12:00"}, fakediscord.CommandOption{Name: "k", Value: 3})), "every day at 12:00")
	privately(t, g.in(member(0), groupSub("challenge", fakediscord.CommandOption{Name: "minutes", Value: 600})), "needs the Manage Channels permission")
	privately(t, g.in(adminID, groupSub("challenge", fakediscord.CommandOption{Name: "minutes", Value: 600})), "anyone can also type /group join")
	for i := range 3 {
		h.onboardAs(member(i), fmt.Sprintf("Zed%d", i))
	}

	clock.Set(t0.Add(3 * time.Hour)) // Monday noon
	if _, err := g.sched.RunDue(context.Background()); err != nil {
		t.Fatal(err)
	}
	post := lastWithButtons(t, fake, groupChannel)
	contains(t, text(post), "fewer than 3 people are counting their minutes")
	join := button(t, post, "Count my minutes")
	privately(t, g.in(member(0), fakediscord.Interaction{CustomID: join, MessageID: post.ID}), "You're in")
	privately(t, g.in(member(1), groupSub("join")), "You're in")
	privately(t, g.in(member(3), fakediscord.Interaction{CustomID: join, MessageID: post.ID}), "set me up first")
	if ids, _ := h.store.ChallengeMembers(context.Background(), groupChannel); len(ids) != 2 {
		t.Errorf("challenge members = %v, want members 0 and 1", ids)
	}

	low := button(t, post, "Low")
	for i := range 3 {
		privately(t, g.in(member(i), fakediscord.Interaction{CustomID: low, MessageID: post.ID}), "Counted")
	}
	clock.Set(t0.Add(9 * time.Hour))
	if _, err := g.sched.RunDue(context.Background()); err != nil {
		t.Fatal(err)
	}
	closed, _ := fake.Message(post.ID)
	contains(t, text(closed), "3 people answered today — thank you. The spread of moods stays private this time")
	for _, r := range fake.Requests() {
		if strings.Contains(r.Path, "/channels/"+groupChannel+"/") && (strings.Contains(string(r.JSON), "Low 3") || strings.Contains(string(r.JSON), "Moods:")) {
			t.Errorf("%s %s shows the spread: %s", r.Method, r.Path, r.JSON)
		}
	}
}

// scanGroupChannel fails if anything the bot sent where the group can see
// it names or carries an individual's data.
func scanGroupChannel(t *testing.T, fake *fakediscord.Server) {
	t.Helper()
	secrets := []string{"zebra-note-123", "77 min", "Counted"}
	for i := range 6 {
		secrets = append(secrets, member(i), fmt.Sprintf("Zed%d", i), fmt.Sprintf("member%d", i))
	}
	scanned := 0
	defer func() {
		if scanned < 4 { // two posts and two edits at least
			t.Errorf("only %d public requests scanned; the scan saw nothing to check", scanned)
		}
	}()
	for _, r := range fake.Requests() {
		public := strings.Contains(r.Path, "/channels/"+groupChannel+"/")
		if strings.Contains(r.Path, "/interactions/") || strings.Contains(r.Path, "/webhooks/") {
			public = !strings.Contains(string(r.JSON), fmt.Sprintf(`"flags":%d`, discordgo.MessageFlagsEphemeral)) && strings.Contains(string(r.JSON), "content")
			public = public && strings.Contains(r.Path, "/interactions/") // ephemeral answers are private
		}
		if !public || len(r.JSON) == 0 {
			continue
		}
		scanned++
		for _, s := range secrets {
			if strings.Contains(string(r.JSON), s) {
				t.Errorf("%s %s carries %q: %s", r.Method, r.Path, s, r.JSON)
			}
		}
	}
}

// onboardAs sets up any member as a patient, through the coach.
func (h *harness) onboardAs(id, name string) {
	h.t.Helper()
	for _, a := range []coach.Action{
		{Verb: coach.VerbConsent, Field: "Europe/London@20:00", Value: "yes"},
		{Verb: coach.VerbSetting, Field: "ability", Value: "medium"},
	} {
		if _, err := h.coach.Handle(context.Background(), coach.Event{Person: id, Name: name, Press: &a}); err != nil {
			h.t.Fatal(err)
		}
	}
}
