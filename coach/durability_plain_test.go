package coach

import (
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach/instrument"
)

// TestPlainCourseWording checks which sentence the person reads when more
// than one judgement holds: a reliable rise above the starting score is
// said as a rise, not as a response that is fading.
func TestPlainCourseWording(t *testing.T) {
	phq9, _ := instrument.ByID(instrument.PHQ9)
	for _, tc := range []struct {
		name      string
		readings  []int
		want, not string
	}{
		{"fading within the start", []int{16, 8, 10}, "back above half of where you started", "That's up"},
		{"fading and a reliable rise", []int{12, 6, 19}, "That's up 7 points", "Gains often wobble"},
		{"response", []int{16, 8}, "what clinicians call a response", "That's up"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var rs []instrument.Reading
			for i, v := range tc.readings {
				rs = append(rs, instrument.Reading{Total: v, BeforeSession: i == 0})
			}
			c, err := instrument.Follow(instrument.PHQ9, rs)
			if err != nil {
				t.Fatal(err)
			}
			got := course{in: phq9, c: c}.plain()
			if !strings.Contains(got, tc.want) || strings.Contains(got, tc.not) {
				t.Errorf("plain() = %q, want %q and not %q", got, tc.want, tc.not)
			}
		})
	}
}
