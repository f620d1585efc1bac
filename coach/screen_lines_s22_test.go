package coach

import "testing"

// Two lines are read as two sentences of one only when the next is a bare
// time or fragment, or a worry itself, and the first a wish held now: a
// thought in the past or denied never joins, and a full sentence with a
// time in it is a sentence of its own.
func TestJoinsAsSentence(t *testing.T) {
	tests := []struct {
		first, next string
		want        bool
	}{
		{"they'd be better off without me.", "tonight.", true},
		{"honestly they'd be better off without me", "this weekend", true},
		{"estarían todos mejor sin mí", "esta noche", true},
		{"they'd be better off without me", "tonight feels different, lighter", false},
		{"I used to think everyone would be better off without me", "tonight", false},
		{"I used to think everyone would be better off without me", "tonight feels different, lighter", false},
		{"I don't feel like they'd be better off without me anymore", "tonight", false},
		{"I don't feel like they'd be better off without me anymore", "tonight I'm seeing friends", false},
	}
	for _, tt := range tests {
		if got := joinsAsSentence(tt.first, tt.next); got != tt.want {
			t.Errorf("joinsAsSentence(%q, %q) = %v, want %v", tt.first, tt.next, got, tt.want)
		}
	}
}
