package instrument

import (
	"reflect"
	"testing"
)

// TestShared checks that Shared yields All's questionnaires, in All's
// order, and stops when its caller does.
func TestShared(t *testing.T) {
	all := All()
	var got []Questionnaire
	for q := range Shared() {
		got = append(got, *q)
	}
	if !reflect.DeepEqual(got, all) {
		t.Errorf("Shared yields %d questionnaires unlike All's %d", len(got), len(all))
	}
	n := 0
	for range Shared() {
		n++
		break
	}
	if n != 1 {
		t.Errorf("went on after break: %d", n)
	}
	// All's copies stay the caller's: changing one leaves Shared's alone.
	all[0].Items[0] = "changed"
	for q := range Shared() {
		if q.Items[0] == "changed" {
			t.Error("a change to All's copy reached the definitions")
		}
		break
	}
}
