package coach_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/storage"
)

const channel = "5001"

func (w *world) setupGroup(args map[string]string) string {
	w.t.Helper()
	args["action"] = "setup"
	return w.as("7000", "Admin", coach.Event{Command: "group", Channel: channel, CanManage: true, Args: args})
}

// groupDay runs a day: the post, answers from the given moods, the close.
func (w *world) groupDay(day localtime.Day, moods []int) string {
	w.t.Helper()
	post := coach.NewJob("group-"+channel, coach.JobGroupPost, day, time.Now())
	if _, err := w.coach.Deliver(w.ctx, post); err != nil {
		w.t.Fatal(err)
	}
	if err := w.coach.GroupPosted(w.ctx, post, "post-"+string(day)); err != nil {
		w.t.Fatal(err)
	}
	for i, m := range moods {
		reply := w.as(fmt.Sprintf("80%02d", i), "Member", coach.Event{Channel: channel, Press: &coach.Action{Verb: coach.VerbGroupMood, Day: day, Field: channel, Value: fmt.Sprint(m)}})
		if !strings.Contains(reply, "Counted") {
			w.t.Fatalf("answer reply = %q", reply)
		}
	}
	msgs, err := w.coach.Deliver(w.ctx, coach.NewJob("group-"+channel, coach.JobGroupClose, day, time.Now()))
	if err != nil || len(msgs) != 1 || msgs[0].Replace != "post-"+string(day) {
		w.t.Fatalf("close = %+v, %v; want one edit of the day's post", msgs, err)
	}
	return msgs[0].Text
}

func TestGroupTotalsOnlyFromK(t *testing.T) {
	w := newWorld(t, monday9am)
	w.setupGroup(map[string]string{"time": "12:00", "k": "5"})
	got := w.groupDay("2026-03-02", []int{1, 2, 4, 5})
	if !strings.HasPrefix(got, "Fewer than 5 people answered today") || strings.Contains(got, "4") {
		t.Errorf("4 answers with k=5: %q", got)
	}
	// A day below k keeps no number at all.
	if d, _ := w.store.GroupDay(w.ctx, channel, "2026-03-02"); d.Answered() != 0 || d.Counts != [5]int{} || !d.Closed {
		t.Errorf("kept of a day below k: %+v", d)
	}
	if got := w.groupDay("2026-03-03", []int{1, 2, 2, 4, 5, 5}); !strings.HasPrefix(got, "6 people answered. Moods: Very low 1 · Low 2 · Okay 0 · Good 1 · Very good 2.") {
		t.Errorf("6 answers with k=5: %q", got)
	}
	// The individual answers are gone once the day is closed.
	if answers, _ := w.store.GroupAnswers(w.ctx, channel, "2026-03-03"); len(answers) != 0 {
		t.Errorf("answers kept after the close: %v", answers)
	}
	// A press on a closed day changes nothing.
	late := w.as("8001", "Member", coach.Event{Channel: channel, Press: &coach.Action{Verb: coach.VerbGroupMood, Day: "2026-03-03", Field: channel, Value: "1"}})
	if !strings.Contains(late, "has closed") {
		t.Errorf("press after close: %q", late)
	}
	digest, err := w.coach.Deliver(w.ctx, coach.NewJob("group-"+channel, coach.JobGroupDigest, "2026-03-08", time.Now()))
	if err != nil || len(digest) != 1 {
		t.Fatalf("digest = %+v, %v", digest, err)
	}
	// The round-up adds up what the days showed: Monday's 4 answers are not
	// in it, so the week less its days leaves nothing.
	want := "This week: 2 daily check-ins. On 1 of them at least 5 people answered: 6 answers in all. The others had fewer, so their numbers stay private.\nMoods on the 1 day whose spread was shared: Very low 1 · Low 2 · Okay 0 · Good 1 · Very good 2."
	if !strings.HasPrefix(digest[0].Text, want) {
		t.Errorf("digest = %q\nwant      %q", digest[0].Text, want)
	}
}

// TestGroupSpreadOnlyWhenNoOneIsGivenAway: the spread of moods is shown
// only when no mood holds all the answers or all but one; otherwise just
// the count, and the day keeps no spread for the round-up to add.
func TestGroupSpreadOnlyWhenNoOneIsGivenAway(t *testing.T) {
	w := newWorld(t, monday9am)
	w.setupGroup(map[string]string{"time": "12:00", "k": "3"})
	private := "The spread of moods stays private this time"
	for i, tc := range []struct {
		moods  []int
		want   string
		spread bool
	}{
		{[]int{1, 1, 1}, "3 people answered today — thank you. " + private, false},
		{[]int{1, 1, 4}, "3 people answered today — thank you. " + private, false},
		{[]int{1, 2, 3}, "3 people answered. Moods: Very low 1 · Low 1 · Okay 1 · Good 0 · Very good 0.", true},
		{[]int{2, 2, 3, 3}, "4 people answered. Moods: Very low 0 · Low 2 · Okay 2 · Good 0 · Very good 0.", true},
		{[]int{5, 5, 5, 5, 4}, "5 people answered today — thank you. " + private, false},
		{[]int{5, 5, 5, 4, 3}, "5 people answered. Moods:", true},
		{[]int{4, 4}, "Fewer than 3 people answered today", false},
	} {
		day := localtime.Day("2026-03-02").AddDays(i)
		got := w.groupDay(day, tc.moods)
		if !strings.HasPrefix(got, tc.want) {
			t.Errorf("%v: %q, want %q", tc.moods, got, tc.want)
		}
		if d, _ := w.store.GroupDay(w.ctx, channel, day); (d.Counts != [5]int{}) != tc.spread {
			t.Errorf("%v: kept %+v; want a spread kept: %v", tc.moods, d, tc.spread)
		}
	}
	digest, err := w.coach.Deliver(w.ctx, coach.NewJob("group-"+channel, coach.JobGroupDigest, "2026-03-08", time.Now()))
	if err != nil || len(digest) != 1 {
		t.Fatalf("digest = %+v, %v", digest, err)
	}
	want := "This week: 7 daily check-ins. On 6 of them at least 3 people answered: 23 answers in all. The others had fewer, so their numbers stay private.\nMoods on the 3 days whose spread was shared: Very low 1 · Low 3 · Okay 4 · Good 1 · Very good 3."
	if !strings.HasPrefix(digest[0].Text, want) {
		t.Errorf("digest = %q\nwant      %q", digest[0].Text, want)
	}
}

// TestGroupTapKeptApartFromCheckIn: a member's tap in the channel does not
// touch their private check-in, before or after they answer it.
func TestGroupTapKeptApartFromCheckIn(t *testing.T) {
	w := newWorld(t, monday9am)
	w.setupGroup(map[string]string{"k": "3"})
	post := coach.NewJob("group-"+channel, coach.JobGroupPost, "2026-03-02", time.Now())
	if err := w.coach.GroupPosted(w.ctx, post, "p1"); err != nil {
		t.Fatal(err)
	}
	tap := func(mood string) {
		w.t.Helper()
		if reply := w.handle(coach.Event{Channel: channel, Press: &coach.Action{Verb: coach.VerbGroupMood, Day: "2026-03-02", Field: channel, Value: mood}}); !strings.Contains(reply, "Counted") {
			t.Fatalf("tap = %q", reply)
		}
	}
	tap("1")
	if ci := w.checkIn("2026-03-02"); ci.Mood != 0 || ci.GroupMood != 1 {
		t.Errorf("after a tap: mood %d, group mood %d; want 0 and 1", ci.Mood, ci.GroupMood)
	}
	if reply := w.command("checkin"); !strings.Contains(reply, "How is your mood today?") {
		t.Errorf("/checkin after a tap does not ask for the mood: %q", reply)
	}
	w.answer("2026-03-02", coach.FieldMood, "4")
	tap("2")
	if ci := w.checkIn("2026-03-02"); ci.Mood != 4 || ci.GroupMood != 2 {
		t.Errorf("after check-in and a second tap: mood %d, group mood %d; want 4 and 2", ci.Mood, ci.GroupMood)
	}
}

// TestChallengeJoinedByAnyMember: the challenge's button is on the group's
// own posts, and /group join works for a member who cannot manage the channel.
func TestChallengeJoinedByAnyMember(t *testing.T) {
	w := newWorld(t, monday9am)
	w.setupGroup(map[string]string{"k": "3"})
	join := coach.Event{Command: "group", Channel: channel, Args: map[string]string{"action": "join"}}
	w.onboard("9000", "P")
	if reply := w.as("9000", "P", join); !strings.Contains(reply, "no movement challenge") {
		t.Errorf("/group join without a challenge: %q", reply)
	}
	post, _ := w.coach.Deliver(w.ctx, coach.NewJob("group-"+channel, coach.JobGroupPost, "2026-03-02", time.Now()))
	if len(post[0].Buttons) != 5 {
		t.Errorf("without a challenge the post has %d buttons, want the 5 moods", len(post[0].Buttons))
	}
	w.as("7000", "Admin", coach.Event{Command: "group", Channel: channel, CanManage: true, Args: map[string]string{"action": "challenge", "minutes": "600"}})
	post, _ = w.coach.Deliver(w.ctx, coach.NewJob("group-"+channel, coach.JobGroupPost, "2026-03-03", time.Now()))
	last := post[0].Buttons[len(post[0].Buttons)-1]
	if last.Label != "Count my minutes" || last.Action != (coach.Action{Verb: coach.VerbGroupJoin, Field: channel}) {
		t.Errorf("the post's last button is %+v, want Count my minutes", last)
	}
	if reply := w.as("9000", "P", join); !strings.Contains(reply, "You're in") {
		t.Errorf("/group join: %q", reply)
	}
	if reply := w.as("9001", "Q", join); !strings.Contains(reply, "set me up first") {
		t.Errorf("/group join before /start: %q", reply)
	}
	if ids, _ := w.store.ChallengeMembers(w.ctx, channel); len(ids) != 1 || ids[0] != "9000" {
		t.Errorf("challenge members = %v, want 9000", ids)
	}
	if reply := w.as("9000", "P", coach.Event{Command: "group", Channel: channel, Args: map[string]string{"action": "setup"}}); !strings.Contains(reply, "Manage Channels") {
		t.Errorf("/group setup by a member: %q", reply)
	}
	w.groupDay("2026-03-04", []int{1, 2, 3})
	digest, _ := w.coach.Deliver(w.ctx, coach.NewJob("group-"+channel, coach.JobGroupDigest, "2026-03-08", time.Now()))
	if len(digest) != 1 || len(digest[0].Buttons) != 1 || digest[0].Buttons[0].Action.Verb != coach.VerbGroupJoin {
		t.Errorf("round-up = %+v, want the join button on it", digest)
	}
}

func TestGroupSetupRules(t *testing.T) {
	w := newWorld(t, monday9am)
	if reply := w.as("7001", "Member", coach.Event{Command: "group", Channel: channel, Args: map[string]string{"action": "setup"}}); !strings.Contains(reply, "Manage Channels") {
		t.Errorf("setup without permission: %q", reply)
	}
	if reply := w.setupGroup(map[string]string{"k": "2"}); !strings.Contains(reply, "at least 3") {
		t.Errorf("k=2: %q", reply)
	}
	if reply := w.setupGroup(map[string]string{"time": "23:00"}); !strings.Contains(reply, "between 08:00 and 22:00") {
		t.Errorf("time in quiet hours: %q", reply)
	}
	if reply := w.as("7000", "Admin", coach.Event{Command: "group", Args: map[string]string{"action": "setup"}, CanManage: true}); !strings.Contains(reply, "server channel") {
		t.Errorf("setup in a DM: %q", reply)
	}
	reply := w.setupGroup(map[string]string{})
	if !strings.Contains(reply, "at least 5 people") {
		t.Errorf("default k: %q", reply)
	}
}

// TestChallengeTotalOnlyFromK: the total is not shown, and days are not
// counted, while fewer than k count their minutes; a day is added once it
// is over everywhere.
func TestChallengeTotalOnlyFromK(t *testing.T) {
	w := newWorld(t, monday9am)
	w.setupGroup(map[string]string{"k": "3"})
	w.as("7000", "Admin", coach.Event{Command: "group", Channel: channel, CanManage: true, Args: map[string]string{"action": "challenge", "minutes": "600"}})
	for i, minutes := range []int{30, 45} {
		id := fmt.Sprintf("90%02d", i)
		w.onboard(id, "P")
		w.as(id, "P", coach.Event{Press: &coach.Action{Verb: coach.VerbGroupJoin, Field: channel}})
		w.as(id, "P", coach.Event{Command: "moved", Args: map[string]string{"minutes": fmt.Sprint(minutes)}})
	}
	postOn := func(day localtime.Day) string {
		t.Helper()
		w.clock.Set(day.Start(time.UTC).Add(12 * time.Hour))
		post, err := w.coach.Deliver(w.ctx, coach.NewJob("group-"+channel, coach.JobGroupPost, day, time.Now()))
		if err != nil || len(post) != 1 {
			t.Fatalf("post = %+v, %v", post, err)
		}
		return post[0].Text
	}
	// Wednesday: Monday is over everywhere, but only 2 count their minutes.
	if got := postOn("2026-03-04"); !strings.Contains(got, "fewer than 3 people are counting") || strings.Contains(got, "2 ") || strings.Contains(got, "75") {
		t.Errorf("with 2 members: %q", got)
	}
	w.clock.Set(time.Date(2026, 3, 4, 15, 0, 0, 0, time.UTC))
	w.onboard("9002", "P")
	w.as("9002", "P", coach.Event{Press: &coach.Action{Verb: coach.VerbGroupJoin, Field: channel}})
	w.as("9000", "P", coach.Event{Command: "moved", Args: map[string]string{"minutes": "20"}})
	w.as("9002", "P", coach.Event{Command: "moved", Args: map[string]string{"minutes": "10"}})
	// Thursday: three count, but Monday had fewer and stays uncounted, and
	// Wednesday is not over everywhere yet.
	if got := postOn("2026-03-05"); !strings.Contains(got, "0 of 600 minutes together (0%), 3 people counting") {
		t.Errorf("Thursday with 3 members: %q", got)
	}
	if got := postOn("2026-03-06"); !strings.Contains(got, "30 of 600 minutes together (5%), 3 people counting") {
		t.Errorf("Friday with 3 members: %q", got)
	}
	if reply := w.as("9999", "Stranger", coach.Event{Press: &coach.Action{Verb: coach.VerbGroupJoin, Field: channel}}); !strings.Contains(reply, "set me up first") {
		t.Errorf("join without /start: %q", reply)
	}
}

// unreadableGroups is a store whose group reads fail as a dropped
// connection would.
type unreadableGroups struct{ *storage.Redis }

func (unreadableGroups) Group(context.Context, string) (coach.Group, error) {
	return coach.Group{}, errors.New("read tcp: connection reset by peer")
}

// A group whose settings cannot be read is not set up afresh: its k,
// time and language stay as they were, and the error is the caller's.
func TestSetupGroupKeepsSettingsItCannotRead(t *testing.T) {
	w := newWorld(t, monday9am)
	w.setupGroup(map[string]string{"time": "18:30", "k": "7", "language": "fr"})
	broken := coach.New(unreadableGroups{w.store}, w.store, w.clock, nil, vouching)
	ev := coach.Event{Person: "7000", Name: "Admin", Command: "group", Channel: channel, CanManage: true,
		Args: map[string]string{"action": "setup", "time": "19:00"}}
	if _, err := broken.Handle(w.ctx, ev); err == nil {
		t.Error("setup with an unreadable group: no error")
	}
	g, err := w.store.Group(w.ctx, channel)
	if err != nil {
		t.Fatal(err)
	}
	if g.K != 7 || g.Lang != "fr" || g.PostAt.String() != "18:30" {
		t.Errorf("group after a failed read = k %d, %q, %s; want k 7, fr, 18:30", g.K, g.Lang, g.PostAt)
	}
}
