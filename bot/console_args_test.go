package bot

import (
	"maps"
	"strings"
	"testing"
)

// TestSessionArgs: the console reads /session's words the way Discord
// names its options, a date (with a time) first, the intention after.
func TestSessionArgs(t *testing.T) {
	for _, tc := range []struct {
		line string
		want map[string]string
	}{
		{"", map[string]string{}},
		{"to be kinder to myself", map[string]string{"intention": "to be kinder to myself"}},
		{"2026-03-10", map[string]string{"date": "2026-03-10"}},
		{"2026-03-10 14:00 to listen", map[string]string{"date": "2026-03-10 14:00", "intention": "to listen"}},
		{"tomorrow rest", map[string]string{"date": "tomorrow", "intention": "rest"}},
		{"today: be open", map[string]string{"intention": "today: be open"}},
		{"Mañana 14:00 descansar", map[string]string{"date": "Mañana 14:00", "intention": "descansar"}},
		{"manana", map[string]string{"date": "manana"}},
		{"morgen ruhig bleiben", map[string]string{"date": "morgen", "intention": "ruhig bleiben"}},
		{"demain", map[string]string{"date": "demain"}},
		{"aujourd'hui 15:00", map[string]string{"date": "aujourd'hui 15:00"}},
		{"hoy", map[string]string{"date": "hoy"}},
		{"demain 14h30 être doux", map[string]string{"date": "demain 14h30", "intention": "être doux"}},
		{"demain 14h", map[string]string{"date": "demain 14h"}},
		{"tomorrow 20 minutes of rest", map[string]string{"date": "tomorrow", "intention": "20 minutes of rest"}},
		{"tomorrow 8:5:3", map[string]string{"date": "tomorrow", "intention": "8:5:3"}},
	} {
		if got := commandArgs("session", strings.Fields(tc.line)); !maps.Equal(got, tc.want) {
			t.Errorf("/session %s = %v, want %v", tc.line, got, tc.want)
		}
	}
	got := commandArgs("therapist", strings.Fields("session 1001 to notice old grief"))
	want := map[string]string{"action": "session", "patient": "1001", "intention": "to notice old grief"}
	if !maps.Equal(got, want) {
		t.Errorf("/therapist session = %v, want %v", got, want)
	}
}

// TestMovedArgs: /moved's activity is every word after the minutes, so a
// name of two or three words ("aire libre", "tareas de casa") arrives whole.
func TestMovedArgs(t *testing.T) {
	for line, want := range map[string]map[string]string{
		"20":                {"minutes": "20"},
		"20 caminar":        {"minutes": "20", "activity": "caminar"},
		"20 aire libre":     {"minutes": "20", "activity": "aire libre"},
		"15 tareas de casa": {"minutes": "15", "activity": "tareas de casa"},
	} {
		if got := commandArgs("moved", strings.Fields(line)); !maps.Equal(got, want) {
			t.Errorf("/moved %s = %v, want %v", line, got, want)
		}
	}
}
