package coach_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
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
	if got := w.groupDay("2026-03-02", []int{1, 2, 4, 5}); !strings.HasPrefix(got, "Not enough answers to share today") {
		t.Errorf("4 answers with k=5: %q", got)
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
	want := "This week: 2 daily check-ins, 10 answers in all.\nMoods over the 1 days with at least 5 answers: Very low 1 · Low 2 · Okay 0 · Good 1 · Very good 2."
	if !strings.HasPrefix(digest[0].Text, want) {
		t.Errorf("digest = %q\nwant      %q", digest[0].Text, want)
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
	post, _ := w.coach.Deliver(w.ctx, coach.NewJob("group-"+channel, coach.JobGroupPost, "2026-03-02", time.Now()))
	if !strings.Contains(post[0].Text, "2 joined so far; the total shows once 3 have") || strings.Contains(post[0].Text, "75") {
		t.Errorf("with 2 members: %q", post[0].Text)
	}
	w.onboard("9002", "P")
	w.as("9002", "P", coach.Event{Press: &coach.Action{Verb: coach.VerbGroupJoin, Field: channel}})
	post, _ = w.coach.Deliver(w.ctx, coach.NewJob("group-"+channel, coach.JobGroupPost, "2026-03-02", time.Now()))
	if !strings.Contains(post[0].Text, "75 of 600 minutes together (12%)") {
		t.Errorf("with 3 members: %q", post[0].Text)
	}
	if reply := w.as("9999", "Stranger", coach.Event{Press: &coach.Action{Verb: coach.VerbGroupJoin, Field: channel}}); !strings.Contains(reply, "set me up first") {
		t.Errorf("join without /start: %q", reply)
	}
}
