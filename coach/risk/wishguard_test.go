package risk

import "testing"

// TestWishGuard holds idioms to blanking only their own words: a plain
// wish inside an idiom's gap is read, the idiom's own wish (with its
// laugh) is not.
func TestWishGuard(t *testing.T) {
	checkNeverAt(t, None, []string{
		"locked myself out again, honestly i want to die, kill me now",
		"missed the bus, je veux mourir, kill me now",
	})
	checkScreen(t, []levelCase{
		{"locked myself out again, kill me now", None},
		{"locked myself out again, i want to die lol", None},
	})
}
