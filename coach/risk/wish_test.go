package risk

import "testing"

// Finding.Wish: a Review that answers one of the ASQ's items 1, 2 or 4 in
// the writer's own words, in every language; every other Review, and the
// same words placed in the past, denied or someone else's, do not.
func TestWish(t *testing.T) {
	tests := []struct {
		text string
		wish bool
	}{
		// Item 1, a passive wish.
		{"wouldn't mind if i just didn't wake up tomorrow", true},
		{"honestly I would not mind dying", true},
		{"no me importaría no despertar mañana", true},
		{"hätte nichts dagegen, morgen nicht aufzuwachen", true},
		{"I wish a bus would hit me so I wouldn't have to go to work tomorrow", true},
		// Item 2, better off without me.
		{"they'd be better off without me", true},
		{"everyone would be better off without me. not gonna do anything though", true},
		{"estarían todos mejor sin mí", true},
		{"meine Familie wäre ohne mich besser dran", true},
		{"ils seraient mieux sans moi", true},
		// Item 4, an attempt placed in the past.
		{"I tried to kill myself in 2019", true},
		{"intenté suicidarme en 2018", true},
		{"ich habe 2017 versucht, mich umzubringen", true},
		{"j'ai tenté de me suicider en 2015", true},
		// A Review that answers no item.
		{"I feel like such a burden", false},
		{"had the urge to cut again last night. didn't.", false},
		{"nobody would notice if i disappeared", false},
		{"no tengo ganas de vivir, pero tampoco de morir", false},
		{"my therapist asked if i have thoughts of suicide", false},
		{"my therapist asked if I was suicidal and I said no", false},
		{"what does suicidal ideation mean?", false},
		{"i used to think they'd be better off without me, not anymore", false},
		{"I wanted to die when I was 15", false},
		// Not Review at all.
		{"everyone would be better off without me. got the pills ready", false},
		{"had a lovely walk today", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			f := Screen(tt.text)
			if f.Wish != tt.wish {
				t.Errorf("Screen(%q) = %+v, want Wish %v", tt.text, f, tt.wish)
			}
			if f.Wish && f.Level != Review {
				t.Errorf("Screen(%q) = %+v: Wish is for Review only", tt.text, f)
			}
		})
	}
}
