package risk

import "testing"

// An everyday German sign-off is no farewell (it was Crisis to the learnt
// screen before mends_s27_merge.go).
func TestMendsS27Merge(t *testing.T) {
	tests := []struct {
		text string
		want Level
	}{
		{"Das wars für heute, ich geh jetzt schlafen. Tschüss", None},
		{"so, das wars für heute mit dem check-in, ich geh pennen", None},
	}
	for _, tt := range tests {
		if got := Screen(tt.text).Level; got != tt.want {
			t.Errorf("Screen(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
