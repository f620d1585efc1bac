package risk

import (
	"reflect"
	"slices"
	"testing"
)

// TestSetGroupsSeeEveryList: a list added to otherSet or intentMore must
// be added to its setLists, or compiled.bin would not hold it nor the
// fingerprint see it change; and each setLists has a compiled list to go
// to.
func TestSetGroupsSeeEveryList(t *testing.T) {
	for _, c := range []struct {
		name           string
		fields, lists  int
		compiled       int
		compiledFields int
	}{
		{"otherSet", reflect.TypeFor[otherSet]().NumField(), len(otherEN.setLists().lists),
			len((&otherScreen{}).phraseLists()), reflect.TypeFor[otherScreen]().NumField()},
		{"intentMore", reflect.TypeFor[intentMore]().NumField(), len(englishIntentMore.setLists().lists),
			len((&moreLists{}).phraseLists()), reflect.TypeFor[moreLists]().NumField()},
	} {
		if c.fields != 2+c.lists {
			t.Errorf("%s has %d fields, its setLists knows %d lists", c.name, c.fields, c.lists)
		}
		if c.compiled != c.lists || c.compiledFields != c.lists {
			t.Errorf("%s: %d lists to %d compiled lists of %d fields", c.name, c.lists, c.compiled, c.compiledFields)
		}
	}
}

// TestStaleOtherListsAreSeen: a phrase added to a list of someone else's
// danger or of intentMore, or a word changed, changes the fingerprint, so
// that a process builds its tables from the lists until go generate has
// run, and TestTablesCurrent fails meanwhile (builtTables holds the
// phrase).
func TestStaleOtherListsAreSeen(t *testing.T) {
	before := sourceSum()
	edits := map[string]func() func(){
		"otherSet.farewell": func() func() {
			old := otherFR.farewell
			otherFR.farewell = append(slices.Clone(old), "une phrase que personne n'a écrite")
			return func() { otherFR.farewell = old }
		},
		"otherSet.words": func() func() {
			old := otherEN.words
			otherEN.words = map[string]string{}
			return func() { otherEN.words = old }
		},
		"intentMore.hedge": func() func() {
			old := germanIntentMore.hedge
			germanIntentMore.hedge = append(slices.Clone(old), "ein Satz, den niemand schrieb")
			return func() { germanIntentMore.hedge = old }
		},
	}
	for name, edit := range edits {
		undo := edit()
		edited := sourceSum()
		undo()
		if edited == before {
			t.Errorf("%s: an edit left the fingerprint as it was", name)
		}
	}
	if sourceSum() != before {
		t.Fatal("the lists were not put back")
	}
}

// TestOtherListsFromTables: the lists of someone else's danger and of
// intentMore come from compiled.bin, decoded as Prepare decodes it, not
// compiled on a first screening.
func TestOtherListsFromTables(t *testing.T) {
	s, _, _, err := decodeTables(compiledFile)
	if err != nil {
		t.Fatal(err)
	}
	for g, group := range s.groupLists() {
		for k, l := range group {
			if *l == nil || len((*l).sources) == 0 {
				t.Errorf("group %d, list %d: none in compiled.bin", g, k)
			}
		}
	}
	if others() != screening().other || more() != screening().more {
		t.Error("others or more are not the screen's")
	}
}
