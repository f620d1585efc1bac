package nudge

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// checkAckVariants checks each seed's wording and that seeds give variety.
func checkAckVariants(t *testing.T, ack func(seed uint64) string, wantVariants int) {
	t.Helper()
	seen := map[string]bool{}
	for seed := range uint64(20) {
		s := ack(seed)
		checkWording(t, fmt.Sprintf("seed %d", seed), s)
		if s != "" && strings.ToUpper(s[:1]) != s[:1] {
			t.Errorf("seed %d: %q starts in lower case", seed, s)
		}
		seen[s] = true
	}
	if len(seen) < wantVariants {
		t.Errorf("%d variants, want at least %d", len(seen), wantVariants)
	}
}

func TestDoneAck(t *testing.T) {
	tests := []struct {
		minutes  int
		activity Activity
		want     string
	}{
		{10, ActivityWalk, "10 minutes of walking"},
		{1, ActivityStretch, "1 minute of stretching"},
		{25, ActivityStrength, "25 minutes of strength work"},
		{0, ActivityDance, "some dancing"},
		{15, "juggling", "15 minutes of movement"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d %s", tt.minutes, tt.activity), func(t *testing.T) {
			checkAckVariants(t, func(seed uint64) string { return DoneAck(tt.minutes, tt.activity, seed) }, 4)
			for seed := range uint64(10) {
				if got := DoneAck(tt.minutes, tt.activity, seed); !strings.Contains(strings.ToLower(got), tt.want) {
					t.Errorf("seed %d: %q does not say %q", seed, got, tt.want)
				}
			}
		})
	}
}

func TestNotTodayAck(t *testing.T) {
	checkAckVariants(t, NotTodayAck, 3)
}

func TestSnoozeAck(t *testing.T) {
	tests := []struct {
		after time.Duration
		want  string
	}{
		{30 * time.Minute, "about 30 minutes"},
		{time.Hour, "about an hour"},
		{90 * time.Minute, "about an hour and a half"},
		{2 * time.Hour, "about 2 hours"},
		{135 * time.Minute, "about 2 hours and 15 minutes"},
		{40 * time.Second, "about a minute"},
		{0, "a little while"},
	}
	for _, tt := range tests {
		t.Run(tt.after.String(), func(t *testing.T) {
			checkAckVariants(t, func(seed uint64) string { return SnoozeAck(tt.after, seed) }, 3)
			for seed := range uint64(10) {
				if got := SnoozeAck(tt.after, seed); !strings.Contains(got, "in "+tt.want+".") {
					t.Errorf("seed %d: %q does not say %q", seed, got, tt.want)
				}
			}
		})
	}
}

func TestPracticeAck(t *testing.T) {
	tests := []struct {
		minutes  int
		activity Activity
		want     string
	}{
		{5, ActivityBreathing, "5 minutes of slow breathing — practice, logged."},
		{1, ActivityBreathing, "1 minute of slow breathing — practice, logged."},
		{5, ActivityYoga, "5 minutes of rest and gentle poses — practice, logged."},
		{0, ActivityBreathing, "Some slow breathing — practice, logged."},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			checkAckVariants(t, func(seed uint64) string { return PracticeAck(tt.minutes, tt.activity, seed) }, 3)
			for seed := range uint64(6) {
				got := PracticeAck(tt.minutes, tt.activity, seed)
				if !strings.HasPrefix(got, tt.want) {
					t.Errorf("seed %d: %q does not start %q", seed, got, tt.want)
				}
				if strings.Contains(got, "moved today") || strings.Contains(got, "movement") {
					t.Errorf("seed %d: %q calls practice movement", seed, got)
				}
			}
		})
	}
}

// TestPracticeTags: breathing and the resting poses are practice, and
// nothing that asks the body to work is.
func TestPracticeTags(t *testing.T) {
	for _, n := range Library() {
		want := n.Activity == ActivityBreathing || n.ID == "yoga-05-childs-pose" || n.ID == "yoga-20-restorative"
		if n.Practice != want {
			t.Errorf("%s: Practice = %v, want %v", n.ID, n.Practice, want)
		}
		if n.Practice && !n.Seated {
			t.Errorf("%s: a practice is done sitting or lying down", n.ID)
		}
	}
}
