package coach_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

// TestRecurrenceNextAcrossClockChanges follows each recurrence from a fixed
// time through a clock change: a time that does not exist moves to the next
// valid minute, an ambiguous one fires once (the first), and the next day
// or week keeps its wall-clock time.
func TestRecurrenceNextAcrossClockChanges(t *testing.T) {
	const layout = "2006-01-02 15:04 -0700"
	tests := []struct {
		name  string
		spec  string
		after string   // local time
		want  []string // successive firings, each after the one before
	}{
		{"NewYorkSkippedTime", "CRON_TZ=America/New_York 30 2 * * *", "2026-03-07 02:30",
			[]string{"2026-03-08 03:00 -0400", "2026-03-09 02:30 -0400"}},
		{"NewYorkAmbiguousTime", "CRON_TZ=America/New_York 30 1 * * *", "2026-10-31 01:30",
			[]string{"2026-11-01 01:30 -0400", "2026-11-02 01:30 -0500"}},
		{"NewYorkWeeklySpring", "CRON_TZ=America/New_York 0 21 * * 0", "2026-03-01 21:00",
			[]string{"2026-03-08 21:00 -0400"}},
		{"LondonSkippedTime", "CRON_TZ=Europe/London 30 1 * * *", "2026-03-28 01:30",
			[]string{"2026-03-29 02:00 +0100", "2026-03-30 01:30 +0100"}},
		{"LondonAmbiguousTime", "CRON_TZ=Europe/London 30 1 * * *", "2026-10-24 01:30",
			[]string{"2026-10-25 01:30 +0100", "2026-10-26 01:30 +0000"}},
		{"LondonWeeklySpring", "CRON_TZ=Europe/London 0 21 * * 0", "2026-03-22 21:00",
			[]string{"2026-03-29 21:00 +0100", "2026-04-05 21:00 +0100"}},
		{"LondonWeeklyAutumn", "CRON_TZ=Europe/London 0 21 * * 0", "2026-10-18 21:00",
			[]string{"2026-10-25 21:00 +0000", "2026-11-01 21:00 +0000"}},
		{"LordHoweSkippedHalfHour", "CRON_TZ=Australia/Lord_Howe 15 2 * * *", "2026-10-03 02:15",
			[]string{"2026-10-04 02:30 +1100", "2026-10-05 02:15 +1100"}},
		{"LordHoweAmbiguousHalfHour", "CRON_TZ=Australia/Lord_Howe 45 1 * * *", "2026-04-04 01:45",
			[]string{"2026-04-05 01:45 +1100", "2026-04-06 01:45 +1030"}},
		// cron's own Next skips this week entirely.
		{"LordHoweWeeklySpring", "CRON_TZ=Australia/Lord_Howe 0 21 * * 0", "2026-09-27 21:00",
			[]string{"2026-10-04 21:00 +1100", "2026-10-11 21:00 +1100"}},
		{"LordHoweWeeklySkippedTime", "CRON_TZ=Australia/Lord_Howe 0 2 * * 0", "2026-09-27 02:00",
			[]string{"2026-10-04 02:30 +1100", "2026-10-11 02:00 +1100"}},
		{"KathmanduWeekly", "CRON_TZ=Asia/Kathmandu 0 21 * * 0", "2026-06-07 21:00",
			[]string{"2026-06-14 21:00 +0545"}},
		{"KathmanduLaterToday", "CRON_TZ=Asia/Kathmandu 0 21 * * *", "2026-06-07 20:59",
			[]string{"2026-06-07 21:00 +0545", "2026-06-08 21:00 +0545"}},
		{"KathmanduMidnight", "CRON_TZ=Asia/Kathmandu 0 0 * * *", "2026-06-07 23:59",
			[]string{"2026-06-08 00:00 +0545"}},
		{"WeeklyLaterToday", "CRON_TZ=UTC 30 3 * * 3", "2026-06-10 03:00",
			[]string{"2026-06-10 03:30 +0000", "2026-06-17 03:30 +0000"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			every, err := coach.ParseRecurrence(tt.spec)
			if err != nil {
				t.Fatal(err)
			}
			after, err := time.ParseInLocation("2006-01-02 15:04", tt.after, every.Location())
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range tt.want {
				next := every.Next(after)
				if got := next.In(every.Location()).Format(layout); got != want {
					t.Fatalf("Next(%s) = %s, want %s", after.Format(layout), got, want)
				}
				after = next
			}
		})
	}
}

// TestRecurrenceStoredForm: Daily and Weekly write the cron specs that
// queued jobs already carry, and read back exactly.
func TestRecurrenceStoredForm(t *testing.T) {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Fatal(err)
	}
	at := localtime.LocalTime{Hour: 21, Minute: 5, Set: true}
	for _, tt := range []struct {
		every coach.Recurrence
		want  string
	}{
		{coach.Weekly(london, time.Sunday, at), "CRON_TZ=Europe/London 5 21 * * 0"},
		{coach.Weekly(london, time.Saturday, localtime.LocalTime{Hour: 9, Set: true}), "CRON_TZ=Europe/London 0 9 * * 6"},
		{coach.Daily(time.UTC, localtime.LocalTime{Hour: 3, Minute: 30, Set: true}), "CRON_TZ=UTC 30 3 * * *"},
	} {
		text, err := tt.every.MarshalText()
		if err != nil || string(text) != tt.want {
			t.Errorf("MarshalText = %q, %v; want %q", text, err, tt.want)
		}
		var back coach.Recurrence
		if err := back.UnmarshalText(text); err != nil || back.Err() != nil || back.String() != tt.want {
			t.Errorf("UnmarshalText(%q) = %q, %v, %v", text, back, err, back.Err())
		}
		now := time.Date(2026, 3, 25, 12, 0, 0, 0, time.UTC)
		if got, want := back.Next(now), tt.every.Next(now); !got.Equal(want) {
			t.Errorf("read back, %q fires at %v, want %v", text, got, want)
		}
	}

	raw, err := json.Marshal(coach.Job{Every: coach.Weekly(london, time.Sunday, at)})
	if err != nil {
		t.Fatal(err)
	}
	var job coach.Job
	if err := json.Unmarshal(raw, &job); err != nil || job.Every.String() != "CRON_TZ=Europe/London 5 21 * * 0" {
		t.Errorf("job every through JSON = %q (%v) from %s", job.Every, err, raw)
	}
}

// TestParseRecurrenceRefusesOtherSpecs: only the daily and weekly form is
// read, with a zone; anything else would need cron's day rules back.
func TestParseRecurrenceRefusesOtherSpecs(t *testing.T) {
	for _, spec := range []string{
		"",
		"0 21 * * 0",
		"TZ=UTC 0 21 * * 0",
		"CRON_TZ=Nowhere/Atlantis 0 21 * * 0",
		"CRON_TZ=UTC */5 21 * * 0",
		"CRON_TZ=UTC 0 9-17 * * *",
		"CRON_TZ=UTC 0 21 1 * *",
		"CRON_TZ=UTC 0 21 1-31 * 0",
		"CRON_TZ=UTC 0 21 * 3 *",
		"CRON_TZ=UTC 0 21 * * 1-5",
		"CRON_TZ=UTC 00 21 * * 0",
		"CRON_TZ=UTC @every 1h",
	} {
		if r, err := coach.ParseRecurrence(spec); err == nil {
			t.Errorf("ParseRecurrence(%q) = %q, want an error", spec, r)
		}
	}
}

// TestZeroRecurrenceNeverFires: a job without a recurrence runs once.
func TestZeroRecurrenceNeverFires(t *testing.T) {
	var never coach.Recurrence
	if !never.IsZero() || !never.Next(time.Now()).IsZero() || never.Location() != nil {
		t.Errorf("zero recurrence = %+v: want zero, never firing", never)
	}
}
