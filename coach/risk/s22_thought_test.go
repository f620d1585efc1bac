package risk

import "testing"

// A burden thought in the past or denied is Review, and a time after it,
// on its line or the next sentence, does not make it Crisis; nor is it a
// wish (Finding.Wish). Its twins, the thought held now, stay Crisis with
// the time and a wish without one.
func TestThoughtNoLongerHeldIsNoCrisisWithATime(t *testing.T) {
	tests := []struct {
		text string
		want Level
		wish bool
	}{
		{"I used to think everyone would be better off without me", Review, false},
		{"I used to think everyone would be better off without me tonight feels different, lighter", Review, false},
		{"I used to think everyone would be better off without me. tonight feels different, lighter", Review, false},
		{"I don't feel like they'd be better off without me anymore", Review, false},
		{"I don't feel like they'd be better off without me anymore tonight I'm seeing friends", Review, false},
		{"I don't feel like they'd be better off without me anymore. tonight I'm seeing friends", Review, false},
		// Twins: the thought held now.
		{"they'd be better off without me. tonight.", Crisis, false},
		{"they'd be better off without me tonight", Crisis, false},
		{"everyone would be better off without me. tonight feels different, lighter", Crisis, false},
		{"i feel like everyone would be better off without me tonight", Crisis, false},
		{"I don't know, they'd be better off without me tonight", Crisis, false},
		{"i feel like everyone would be better off without me", Review, true},
		{"they'd be better off without me", Review, true},
		// A negation of an earlier clause is not the thought's (review of
		// round s22): the thought is held, with its time and its wish.
		{"im not ok i feel like they would be better off without me tonight", Crisis, false},
		{"i'm not ok, i feel like they would be better off without me tonight", Crisis, false},
		{"i cant take it any longer i feel like they would be better off without me tonight", Crisis, false},
		{"i cant sleep i think everyone would be better off without me tonight", Crisis, false},
		{"im not ok i feel like they would be better off without me", Review, true},
		// The thought verb itself denied, past its adverbs, or no longer held.
		{"i do not really feel like they'd be better off without me anymore tonight im seeing friends", Review, false},
		{"i no longer think everyone would be better off without me. tonight is for friends", Review, false},
	}
	for _, tt := range tests {
		f := Screen(tt.text)
		if f.Level != tt.want || f.Wish != tt.wish {
			t.Errorf("Screen(%q) = %v wish %v, want %v wish %v", tt.text, f.Level, f.Wish, tt.want, tt.wish)
		}
	}
}
