package coach

import (
	"sync"
	"time"
)

// unsavedAskings holds, in the process only, the question waiting for a
// person who has not agreed to the notice, of whom nothing is stored: so
// "no" typed to the safety question by someone new is still read as the
// answer. Entries go when answered, when /quit or a restart ends the
// process, and after typedAnswerWindow. Nothing here is ever logged.
type unsavedAskings struct {
	mu sync.Mutex
	m  map[string]Asking
}

// get returns the question waiting for person, if one is held.
func (u *unsavedAskings) get(person string, now time.Time) (Asking, bool) {
	u.mu.Lock()
	defer u.mu.Unlock()
	a, ok := u.m[person]
	if ok && now.Sub(a.Since) >= typedAnswerWindow {
		delete(u.m, person)
		return Asking{}, false
	}
	return a, ok
}

// put holds a (nothing waiting, no language and no wish kept: forgets it), and lets go
// of stale entries.
func (u *unsavedAskings) put(person string, a Asking, now time.Time) {
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.m == nil {
		u.m = map[string]Asking{}
	}
	for id, held := range u.m {
		if now.Sub(held.Since) >= typedAnswerWindow {
			delete(u.m, id)
		}
	}
	if a.Kind == "" && a.Lang == "" && !a.Wish {
		delete(u.m, person)
		return
	}
	u.m[person] = a
}
