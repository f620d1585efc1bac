package discord

import (
	"sync"

	"github.com/aftercare/aftercare/coach"
)

// personLangs remembers, in this process, each person's language as the
// coach last marked its answers to them (coach.Message.Lang), so that the
// transport's own words said before the coach is asked (a stale button,
// "restarting", a sorry) follow the person's /settings choice without a
// Redis read before the acknowledgement. It is a hint, never a source:
// someone not seen since this process started, or whose entry went, gets
// the interaction's locale, as before; a language changed through another
// replica shows here from this replica's next answer to them.
//
// It holds at most personLangsMax people; when full, the one learnt
// longest ago goes. A person erased is forgotten at once here; another
// replica keeps them until they are pushed out of its ring.
type personLangs struct {
	mu    sync.Mutex
	langs map[string]learnt
	order []string // ids in the order learnt, a ring of personLangsMax
	next  int      // where the next new id goes in order
}

// learnt is one person's language and their place in order.
type learnt struct {
	lang string
	slot int
}

// personLangsMax bounds personLangs: about a megabyte at most.
const personLangsMax = 20000

// get returns person's language, or "" when it is not known here.
func (c *personLangs) get(person string) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.langs[person].lang
}

// learn takes person's language from the coach's answer to them: the
// first message marked with one. An answer that erased them forgets them.
func (c *personLangs) learn(person string, msgs []coach.Message) {
	if person == "" {
		return
	}
	l := ""
	for _, m := range msgs {
		if m.Erased {
			c.forget(person)
			return
		}
		if l == "" {
			l = m.Lang
		}
	}
	if l != "" {
		c.put(person, l)
	}
}

func (c *personLangs) put(person, l string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.langs == nil {
		c.langs, c.order = map[string]learnt{}, make([]string, personLangsMax)
	}
	if e, ok := c.langs[person]; ok {
		c.langs[person] = learnt{lang: l, slot: e.slot}
		return
	}
	if old, ok := c.langs[c.order[c.next]]; ok && old.slot == c.next {
		delete(c.langs, c.order[c.next]) // the oldest, once the ring is full
	}
	c.order[c.next] = person
	c.langs[person] = learnt{lang: l, slot: c.next}
	c.next = (c.next + 1) % len(c.order)
}

func (c *personLangs) forget(person string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.langs[person]; ok {
		c.order[e.slot] = "" // no id of theirs stays behind
		delete(c.langs, person)
	}
}
