package localtime

import (
	"slices"
	"testing"
)

// TestSuggestedZones checks the list autocomplete offers: UTC first, then
// sorted names without repeats, each one a zone ParseZone gives back as it
// is, so a person who picks a suggestion is never told it is unknown.
func TestSuggestedZones(t *testing.T) {
	zones := SuggestedZones()
	if len(zones) < 300 || zones[0] != "UTC" {
		t.Fatalf("SuggestedZones() = %d names starting %q; want UTC and the zone.tab zones", len(zones), zones[:min(len(zones), 1)])
	}
	rest := zones[1:]
	if !slices.IsSorted(rest) || len(slices.Compact(slices.Clone(rest))) != len(rest) {
		t.Errorf("SuggestedZones()[1:] is not sorted without repeats")
	}
	for _, z := range zones {
		if got, err := ParseZone(z); err != nil || got != z {
			t.Errorf("ParseZone(%q) = %q, %v; want the suggestion back", z, got, err)
		}
	}
	for _, want := range []string{"Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu"} {
		if !slices.Contains(zones, want) {
			t.Errorf("SuggestedZones() lacks %s", want)
		}
	}
	zones[0] = "Mars/Base"
	if SuggestedZones()[0] != "UTC" {
		t.Errorf("changing the returned slice changed the list")
	}
}
