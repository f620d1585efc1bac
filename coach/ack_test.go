package coach

import (
	"regexp"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach/localtime"
)

func TestKindOfDay(t *testing.T) {
	tests := []struct {
		name string
		ci   CheckIn
		want dayKind
	}{
		{"very low mood", CheckIn{Mood: 1, Anxiety: 1, Energy: 5, Sleep: 5}, dayHard},
		{"low mood", CheckIn{Mood: 2, Anxiety: 2, Energy: 3, Sleep: 3}, dayHard},
		{"okay mood, very anxious", CheckIn{Mood: 3, Anxiety: 5, Energy: 3, Sleep: 3}, dayHard},
		{"okay mood, quite anxious", CheckIn{Mood: 3, Anxiety: 4, Energy: 3, Sleep: 3}, dayHard},
		{"okay mood, somewhat anxious", CheckIn{Mood: 3, Anxiety: 3, Energy: 3, Sleep: 3}, dayOrdinary},
		// Low energy or a poor night alone, common the day after a
		// session, is not called a hard day when mood is okay; both are.
		{"okay mood, empty", CheckIn{Mood: 3, Anxiety: 1, Energy: 2, Sleep: 3}, dayOrdinary},
		{"okay mood, slept poorly", CheckIn{Mood: 3, Anxiety: 1, Energy: 3, Sleep: 2}, dayOrdinary},
		{"okay mood, empty after a poor night", CheckIn{Mood: 3, Anxiety: 1, Energy: 2, Sleep: 2}, dayHard},
		{"good mood", CheckIn{Mood: 4, Anxiety: 2, Energy: 3, Sleep: 3}, dayGood},
		{"very good mood", CheckIn{Mood: 5, Anxiety: 1, Energy: 5, Sleep: 5}, dayGood},
		{"good mood after a poor night", CheckIn{Mood: 4, Anxiety: 2, Energy: 3, Sleep: 1}, dayOrdinary},
		{"only a note", CheckIn{Note: "hi", NoteDone: true}, dayOrdinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := kindOfDay(tt.ci); got != tt.want {
				t.Errorf("kindOfDay(%+v) = %q, want %q", tt.ci, got, tt.want)
			}
		})
	}
}

var sentenceEnd = regexp.MustCompile(`[.?]( |$)`)

// TestAckSentencesNeverRepeat checks that every kind has a week's worth of
// acknowledgements, that no sentence appears in two of them, and that
// none cheers or commands.
func TestAckSentencesNeverRepeat(t *testing.T) {
	seen := map[string]string{}
	for kind, texts := range acks {
		if len(texts) < ackNoRepeatDays+1 {
			t.Errorf("kind %q has %d acknowledgements, want at least %d", kind, len(texts), ackNoRepeatDays+1)
		}
		for i, text := range texts {
			id := ackID(kind, i)
			if strings.ContainsAny(text, "!") || strings.Contains(strings.ToLower(text), "great job") {
				t.Errorf("%s is cheerful: %q", id, text)
			}
			for _, s := range sentenceEnd.Split(text, -1) {
				s = strings.ToLower(strings.TrimSpace(s))
				if s == "" {
					continue
				}
				if other, dup := seen[s]; dup {
					t.Errorf("sentence %q is in %s and %s", s, other, id)
				}
				seen[s] = id
			}
		}
	}
}

// TestAckNotRepeatedWithinAWeek has a person with three weeks of the same
// kind of day: no acknowledgement comes twice in any seven days, and the
// choice is the same when made again.
func TestAckNotRepeatedWithinAWeek(t *testing.T) {
	for kind := range acks {
		var used []string
		day := localtime.Day("2026-03-02")
		for i := range 21 {
			d := day.AddDays(i)
			recent := used[max(0, len(used)-ackNoRepeatDays):]
			id, text := chooseAck("1001", d, kind, recent)
			if again, _ := chooseAck("1001", d, kind, recent); again != id {
				t.Fatalf("%s: chose %s, then %s", d, id, again)
			}
			for _, r := range recent {
				if r == id {
					t.Errorf("%s: %s (%q) was used in the last six days %v", d, id, text, recent)
				}
			}
			used = append(used, id)
		}
	}
}

// TestAcksAssumeNoTimeOrPlan: a check-in can close at 08:00 or at 21:59,
// on a plan's last day or by /checkin with no plan at all, so no
// acknowledgement may speak of tonight or promise tomorrow's check-in; and
// none may tell a person on a hard day that they face it alone or must
// push through.
func TestAcksAssumeNoTimeOrPlan(t *testing.T) {
	banned := regexp.MustCompile(`(?i)tonight|this evening|this morning|tomorrow|push through|on your own`)
	for kind, texts := range acks {
		for _, text := range texts {
			if w := banned.FindString(text); w != "" {
				t.Errorf("%s acknowledgement %q says %q", kind, text, w)
			}
		}
	}
}
