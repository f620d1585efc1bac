package discord

import (
	"fmt"
	"testing"

	"github.com/aftercare/aftercare/coach"
)

// TestPersonLangsIsBounded: the cache holds at most personLangsMax
// people, the one learnt longest ago going first; a relearnt language
// keeps its place, someone erased is forgotten, and what is not marked
// teaches nothing.
func TestPersonLangsIsBounded(t *testing.T) {
	var c personLangs
	es := []coach.Message{{Text: "hola", Lang: "es"}}
	c.learn("first", es)
	c.learn("gone", []coach.Message{{Text: "adiós", Lang: "es"}})
	c.learn("gone", []coach.Message{{Erased: true}})
	c.learn("gone", []coach.Message{{Text: "again", Lang: "de"}}) // a new place, after the old one's
	c.learn("unmarked", []coach.Message{{Text: "hello"}})
	for i := range personLangsMax - 2 {
		c.learn(fmt.Sprint(i), es)
	}
	if c.get("first") != "" || c.get("gone") != "de" || c.get("unmarked") != "" || c.get("0") != "es" {
		t.Errorf("first %q, gone %q, unmarked %q, 0 %q; want the first pushed out, gone relearnt, none unmarked",
			c.get("first"), c.get("gone"), c.get("unmarked"), c.get("0"))
	}
	if n := len(c.langs); n != personLangsMax-1 {
		t.Errorf("%d people held, want %d: the erased one's place is empty", n, personLangsMax-1)
	}
	c.learn("0", []coach.Message{{Lang: "fr"}})
	c.learn("last", es) // into the erased one's place: gone stays
	if c.get("0") != "fr" || c.get("gone") != "de" || len(c.langs) != personLangsMax {
		t.Errorf("0 %q, gone %q, %d held: want 0 relearnt in place, gone kept, the cache full", c.get("0"), c.get("gone"), len(c.langs))
	}
	c.learn("later", es)
	if c.get("gone") != "" || c.get("later") != "es" || len(c.langs) != personLangsMax {
		t.Errorf("gone %q, later %q, %d held: want gone, the oldest now, pushed out", c.get("gone"), c.get("later"), len(c.langs))
	}
}

// TestPersonLangsForgetsTheErasedID: once someone is erased, their id is
// nowhere in the cache, not even in the ring's order.
func TestPersonLangsForgetsTheErasedID(t *testing.T) {
	var c personLangs
	c.learn("erased-one", []coach.Message{{Text: "hola", Lang: "es"}})
	c.learn("erased-one", []coach.Message{{Erased: true}})
	for _, id := range c.order {
		if id == "erased-one" {
			t.Fatal("the erased person's id stays in the cache's order")
		}
	}
	if _, ok := c.langs["erased-one"]; ok {
		t.Fatal("the erased person's language stays in the cache")
	}
}
