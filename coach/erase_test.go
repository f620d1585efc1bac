package coach_test

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
)

func TestExportHasEverything(t *testing.T) {
	w := newWorld(t, monday9am)
	w.command("session")
	w.answer("2026-03-02", coach.FieldMood, "4")
	w.handle(coach.Event{Submit: &coach.Action{Verb: coach.VerbNote, Day: "2026-03-02"}, Text: "a quiet, good day, with commas"})
	w.handle(coach.Event{Command: "moved", Args: map[string]string{"minutes": "25"}})
	msgs, err := w.coach.Handle(w.ctx, coach.Event{Person: me, Command: "export"})
	if err != nil || len(msgs) != 1 || len(msgs[0].Files) != 2 || !msgs[0].ByDM {
		t.Fatalf("export = %+v, %v; want one message with two files, sent by DM", msgs, err)
	}
	var doc struct {
		Person struct {
			ID string `json:"id"`
		} `json:"settings"`
		Sessions []any `json:"therapy_sessions"`
		Days     []struct {
			Day   string `json:"day"`
			Mood  int    `json:"mood"`
			Note  string `json:"note"`
			Moved int    `json:"minutes_logged"`
		} `json:"days"`
	}
	if err := json.Unmarshal(msgs[0].Files[0].Data, &doc); err != nil {
		t.Fatalf("export JSON: %v", err)
	}
	if doc.Person.ID != me || len(doc.Sessions) != 1 || len(doc.Days) != 1 || doc.Days[0].Note != "a quiet, good day, with commas" || doc.Days[0].Moved != 25 || doc.Days[0].Mood != 4 {
		t.Errorf("export JSON = %+v", doc)
	}
	rows, err := csv.NewReader(strings.NewReader(string(msgs[0].Files[1].Data))).ReadAll()
	if err != nil || len(rows) != 2 || rows[1][0] != "2026-03-02" || rows[1][1] != "4" || rows[1][5] != "25" || rows[1][6] != "a quiet, good day, with commas" {
		t.Errorf("export CSV = %v, %v", rows, err)
	}
}

// TestDeleteLeavesNothing gives a person everything there is to have —
// check-ins, a note, sessions, a plan, a share with a therapist, a group
// answer and a challenge — then deletes, and lists the keys afterwards.
func TestDeleteLeavesNothing(t *testing.T) {
	w := newWorld(t, monday9am)
	code := w.registerTherapist()
	w.shareWith(me, "Me", code, "an")
	w.command("session")
	w.answer("2026-03-02", coach.FieldMood, "2")
	w.handle(coach.Event{Submit: &coach.Action{Verb: coach.VerbNote, Day: "2026-03-02"}, Text: "private"})
	w.setupGroup(map[string]string{"k": "3"})
	w.as("7000", "Admin", coach.Event{Command: "group", Channel: channel, CanManage: true, Args: map[string]string{"action": "challenge", "minutes": "100"}})
	w.press(coach.Action{Verb: coach.VerbGroupJoin, Field: channel})
	post := coach.NewJob("group-"+channel, coach.JobGroupPost, "2026-03-02", time.Now())
	if err := w.coach.GroupPosted(w.ctx, post, "p1"); err != nil {
		t.Fatal(err)
	}
	w.press(coach.Action{Verb: coach.VerbGroupMood, Day: "2026-03-02", Field: channel, Value: "2"})
	jobs, _ := w.store.Upcoming(w.ctx, me)

	if reply := w.command("delete"); !strings.Contains(reply, "can't be undone") {
		t.Fatalf("/delete = %q, want a confirmation first", reply)
	}
	if keys := redistest.Keys(t, w.store, w.store.Prefix()+"{u:"+me+"}"); len(keys) == 0 {
		t.Fatal("the confirmation question deleted already")
	}
	if reply := w.press(coach.Action{Verb: coach.VerbErase, Value: "yes"}); !strings.Contains(reply, "everything is deleted") {
		t.Fatalf("confirm = %q", reply)
	}
	if keys := redistest.Keys(t, w.store, w.store.Prefix()+"{u:"+me+"}"); len(keys) != 0 {
		t.Errorf("keys left after delete: %v", keys)
	}
	if ids, _ := w.store.Patients(w.ctx, therapistID); len(ids) != 0 {
		t.Errorf("the therapist still lists %v", ids)
	}
	if ids, _ := w.store.ChallengeMembers(w.ctx, channel); len(ids) != 0 {
		t.Errorf("the challenge still counts %v", ids)
	}
	if answers, _ := w.store.GroupAnswers(w.ctx, channel, "2026-03-02"); len(answers) != 0 {
		t.Errorf("the group still holds %v", answers)
	}
	if digest := w.as(therapistID, "Dr Rivera", coach.Event{Command: "therapist", Args: map[string]string{"action": "digest"}}); !strings.Contains(digest, "No patients are sharing") {
		t.Errorf("digest after delete = %q", digest)
	}
	for _, j := range jobs {
		if _, err := w.coach.Deliver(w.ctx, j); !errors.Is(err, coach.ErrInactive) {
			t.Errorf("a job claimed before the delete: Deliver = %v, want ErrInactive", err)
		}
	}
	// A button from an old message: a kind word, and nothing is written.
	if reply := w.answer("2026-03-02", coach.FieldMood, "3"); !strings.Contains(reply, "older message") {
		t.Errorf("old button after delete = %q", reply)
	}
	if keys := redistest.Keys(t, w.store, w.store.Prefix()+"{u:"+me+"}"); len(keys) != 0 {
		t.Errorf("an old button wrote %v", keys)
	}
}

// TestRetentionKeepsWeeksAndDropsOldDays: a year and more of check-ins;
// the nightly sweep removes days past RETENTION_DAYS and keeps their
// weekly aggregates, and leaves recent days alone.
func TestRetentionKeepsWeeksAndDropsOldDays(t *testing.T) {
	w := newWorld(t, time.Date(2027, 3, 10, 9, 0, 0, 0, time.UTC))
	for _, d := range []localtime.Day{"2026-03-02", "2026-03-03", "2026-03-04", "2027-03-01"} {
		if err := w.store.SaveFields(w.ctx, me, d, map[string]string{"mood": "4", "minutes": "20", "note": "old words"}); err != nil {
			t.Fatal(err)
		}
	}
	job := coach.RetentionJob(w.clock.Now())
	if job.Due.Format("15:04 MST") != "03:30 UTC" || job.Every.IsZero() {
		t.Errorf("retention job = %+v", job)
	}
	if _, err := w.coach.Deliver(w.ctx, job); err != nil {
		t.Fatal(err)
	}
	days, _ := w.store.CheckIns(w.ctx, me, "2000-01-01", "2027-12-31")
	if len(days) != 1 || days[0].Day != "2027-03-01" {
		t.Errorf("days left = %+v, want only 2027-03-01", days)
	}
	weeks, err := w.store.Weeks(w.ctx, me)
	if err != nil || len(weeks) != 1 || weeks[0].Start != "2026-03-02" || weeks[0].Answered != 3 || weeks[0].Mood != 4 || weeks[0].Minutes != 60 {
		t.Errorf("weeks kept = %+v, %v; want Mon 2 March 2026 with 3 answers, mood 4, 60 minutes", weeks, err)
	}
}

// TestRetentionDropsDeadLettersAfterTwoWeeks: the nightly sweep drops a
// dead letter set aside 15 days ago and keeps one from yesterday.
func TestRetentionDropsDeadLettersAfterTwoWeeks(t *testing.T) {
	w := newWorld(t, monday9am)
	now := w.clock.Now()
	for i, age := range []time.Duration{15 * 24 * time.Hour, 24 * time.Hour} {
		j := coach.NewJob(me, coach.JobNudge, localtime.Day("2026-02-01").AddDays(i), now.Add(-age))
		if err := w.store.Schedule(w.ctx, j); err != nil {
			t.Fatal(err)
		}
		claimed, err := w.store.Claim(w.ctx, now.Add(-age), 1, time.Minute)
		if err != nil || len(claimed) != 1 {
			t.Fatalf("claim = %v, %v", claimed, err)
		}
		if err := w.store.DeadLetter(w.ctx, claimed[0], now.Add(-age), "send failed: 500"); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := w.coach.Deliver(w.ctx, coach.RetentionJob(now)); err != nil {
		t.Fatal(err)
	}
	if n, err := w.store.DeadLetters(w.ctx); err != nil || n != 1 {
		t.Errorf("dead letters after the sweep = %d, %v; want yesterday's only", n, err)
	}
}

// TestTherapistWhoDeletesEndsTheirShares: a patient's /share list must not
// show sharing with a therapist who has deleted their data; the patient's
// record says what happened. A share revoked earlier stays as it was.
func TestTherapistWhoDeletesEndsTheirShares(t *testing.T) {
	w := newWorld(t, monday9am)
	code := w.registerTherapist()
	for _, p := range []struct{ id, name string }{{"1", "Ana"}, {"2", "Ben"}, {"3", "Cleo"}} {
		w.onboard(p.id, p.name)
	}
	w.shareWith("1", "Ana", code, "a")
	w.shareWith("2", "Ben", code, "")
	w.as("1", "Ana", coach.Event{Press: &coach.Action{Verb: coach.VerbRevoke, Field: therapistID}})
	w.shareWith("3", "Cleo", code, "")

	w.as(therapistID, "Dr Rivera", coach.Event{Command: "delete"})
	if reply := w.as(therapistID, "Dr Rivera", coach.Event{Press: &coach.Action{Verb: coach.VerbErase, Value: "yes"}}); !strings.Contains(reply, "everything is deleted") {
		t.Fatalf("therapist's confirm = %q", reply)
	}
	if keys := redistest.Keys(t, w.store, w.store.Prefix()+"{u:"+therapistID+"}"); len(keys) != 0 {
		t.Errorf("therapist's keys left: %v", keys)
	}
	if jobs, err := w.store.Upcoming(w.ctx, therapistID); err != nil || len(jobs) != 0 {
		t.Errorf("therapist's jobs left: %+v, %v (their weekly digest must stop)", jobs, err)
	}
	if _, err := w.store.TherapistByCode(w.ctx, code); !errors.Is(err, coach.ErrNotFound) {
		t.Errorf("the invite code still leads somewhere: %v", err)
	}
	for _, p := range []struct{ id, name string }{{"2", "Ben"}, {"3", "Cleo"}} {
		list := w.as(p.id, p.name, coach.Event{Command: "share"})
		if !strings.Contains(list, "You aren't sharing with anyone") || strings.Contains(list, "Stop sharing") {
			t.Errorf("%s's /share after the therapist left = %q", p.name, list)
		}
		if !strings.Contains(list, "Dr Rivera deleted their Aftercare data") {
			t.Errorf("%s's record does not say the therapist left: %q", p.name, list)
		}
	}
	ana := w.as("1", "Ana", coach.Event{Command: "share"})
	if strings.Contains(ana, "deleted their Aftercare data") || !strings.Contains(ana, "stopped sharing with Dr Rivera") {
		t.Errorf("Ana revoked before; her record = %q", ana)
	}
}

// TestDeleteForPeopleWhoNeverStarted: /delete is for anyone the bot holds
// anything of — a group member who answered the day's post but never ran
// /start — and tells a stranger plainly that there is nothing to delete.
func TestDeleteForPeopleWhoNeverStarted(t *testing.T) {
	w := newWorld(t, monday9am)
	const member, stranger = "7100", "7200"
	w.setupGroup(map[string]string{"k": "3"})
	post := coach.NewJob("group-"+channel, coach.JobGroupPost, "2026-03-02", time.Now())
	if err := w.coach.GroupPosted(w.ctx, post, "p1"); err != nil {
		t.Fatal(err)
	}
	w.as(member, "Mo", coach.Event{Press: &coach.Action{Verb: coach.VerbGroupMood, Day: "2026-03-02", Field: channel, Value: "3"}})
	if answers, _ := w.store.GroupAnswers(w.ctx, channel, "2026-03-02"); len(answers) != 1 {
		t.Fatalf("group answers = %v, want Mo's", answers)
	}

	for _, c := range []struct {
		who, want string
	}{
		{stranger, "nothing of yours to delete"},
		{member, "can't be undone"},
	} {
		if reply := w.as(c.who, "x", coach.Event{Command: "delete"}); !strings.Contains(reply, c.want) {
			t.Errorf("/delete by %s = %q, want %q", c.who, reply, c.want)
		}
	}
	if reply := w.as(stranger, "x", coach.Event{Press: &coach.Action{Verb: coach.VerbErase, Value: "yes"}}); !strings.Contains(reply, "nothing of yours to delete") {
		t.Errorf("a stranger's old delete button = %q", reply)
	}
	if reply := w.as(member, "Mo", coach.Event{Press: &coach.Action{Verb: coach.VerbErase, Value: "yes"}}); !strings.Contains(reply, "everything is deleted") {
		t.Errorf("member's confirm = %q", reply)
	}
	if answers, _ := w.store.GroupAnswers(w.ctx, channel, "2026-03-02"); len(answers) != 0 {
		t.Errorf("the group still holds %v", answers)
	}
	for _, id := range []string{member, stranger} {
		if keys := redistest.Keys(t, w.store, w.store.Prefix()+"{u:"+id+"}"); len(keys) != 0 {
			t.Errorf("keys of %s left: %v", id, keys)
		}
	}
}
