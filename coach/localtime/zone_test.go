package localtime

import (
	"slices"
	"testing"
	"time"
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

// TestLoadLocationKept checks that a zone loaded twice is the one kept the
// first time and tells the same times as time.LoadLocation's, and that a
// name that does not resolve is an error each time and is never kept.
func TestLoadLocationKept(t *testing.T) {
	at := time.Date(2026, 3, 29, 0, 30, 0, 0, time.UTC) // London's clocks go forward at 01:00 UTC
	for _, tc := range []struct {
		name string
		ok   bool
	}{
		{"Europe/London", true},
		{"Asia/Kathmandu", true},
		{"UTC", true},
		{"Not/AZone", false},
		{"../etc/passwd", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			first, err := LoadLocation(tc.name)
			if !tc.ok {
				if err == nil {
					t.Fatalf("LoadLocation(%q) = %v; want an error", tc.name, first)
				}
				if _, kept := keptZones.Load(tc.name); kept {
					t.Fatalf("LoadLocation(%q) kept a zone that does not resolve", tc.name)
				}
				return
			}
			if err != nil {
				t.Fatalf("LoadLocation(%q): %v", tc.name, err)
			}
			again, err := LoadLocation(tc.name)
			if err != nil || again != first {
				t.Fatalf("LoadLocation(%q) again = %p, %v; want the zone kept the first time (%p)", tc.name, again, err, first)
			}
			std, err := time.LoadLocation(tc.name)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range []time.Duration{0, time.Hour, 180 * 24 * time.Hour} {
				if got, want := at.Add(d).In(again).Format(time.RFC3339), at.Add(d).In(std).Format(time.RFC3339); got != want {
					t.Errorf("%s at %v: %s; time.LoadLocation gives %s", tc.name, at.Add(d), got, want)
				}
			}
		})
	}
}
