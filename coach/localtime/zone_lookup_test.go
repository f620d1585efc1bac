package localtime

import (
	"errors"
	"slices"
	"testing"
)

func TestLookupZone(t *testing.T) {
	tests := []struct {
		in      string
		zone    string
		by      string
		suggest string // one of the near misses offered, when nothing matched
	}{
		{"Europe/London", "Europe/London", ByName, ""},
		{"america/new york", "America/New_York", ByName, ""},
		{"London", "Europe/London", ByCity, ""},
		{"New York", "America/New_York", ByCity, ""},
		{"  new-york ", "America/New_York", ByCity, ""},
		{"sao paulo", "America/Sao_Paulo", ByCity, ""},
		{"São Paulo", "America/Sao_Paulo", ByCity, ""},
		{"Munich", "Europe/Berlin", ByCity, ""},
		{"San Francisco", "America/Los_Angeles", ByCity, ""},
		{"St. Louis", "America/Chicago", ByCity, ""},
		{"EST", "America/New_York", ByAbbrev, ""},
		{"pst", "America/Los_Angeles", ByAbbrev, ""},
		{"CET", "Europe/Paris", ByAbbrev, ""},
		{"GMT", "Europe/London", ByAbbrev, ""},
		{"BST", "Europe/London", ByAbbrev, ""},
		{"IST", "Asia/Kolkata", ByAbbrev, ""},
		{"UTC", "UTC", ByName, ""},
		{"Lodnon", "", "", "Europe/London"},
		{"Europe/Londn", "", "", "Europe/London"},
		{"Amsterdamm", "", "", "Europe/Amsterdam"},
		{"new yrok", "", "", "America/New_York"},
		{"Atlantis", "", "", "Atlanta"},
		{"Mars/Base", "", "", ""},
		{"", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := LookupZone(tt.in)
			if tt.zone == "" {
				if !errors.Is(err, ErrTimeZone) || got.Zone != "" {
					t.Fatalf("LookupZone(%q) = %+v, %v; want ErrTimeZone", tt.in, got, err)
				}
				if tt.suggest == "" && len(got.Suggest) != 0 {
					t.Errorf("LookupZone(%q) suggests %v, want nothing", tt.in, got.Suggest)
				}
				if tt.suggest != "" && !slices.Contains(got.Suggest, tt.suggest) {
					t.Errorf("LookupZone(%q) suggests %v, want %s among them", tt.in, got.Suggest, tt.suggest)
				}
				for _, s := range got.Suggest {
					if _, err := LookupZone(s); err != nil {
						t.Errorf("LookupZone(%q) suggests %q, which it does not read", tt.in, s)
					}
				}
				return
			}
			if err != nil || got.Zone != tt.zone || got.By != tt.by {
				t.Errorf("LookupZone(%q) = %+v, %v; want %s by %s", tt.in, got, err, tt.zone, tt.by)
			}
			if tt.by == ByAbbrev && got.Typed == "" {
				t.Errorf("LookupZone(%q) does not say which abbreviation it read", tt.in)
			}
		})
	}
}

// TestZoneTablesResolve checks that every zone the abbreviation and place
// tables lead to is one ParseZone accepts as it is.
func TestZoneTablesResolve(t *testing.T) {
	for _, m := range []map[string]string{zoneAbbrevs, placeZones} {
		for k, z := range m {
			if got, err := ParseZone(z); err != nil || got != z {
				t.Errorf("%q leads to %q, which ParseZone reads as %q, %v", k, z, got, err)
			}
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"london", "london", 0},
		{"lodnon", "london", 1}, // a swap counts one
		{"londn", "london", 1},
		{"londonn", "london", 1},
		{"paris", "parks", 1},
		{"tokyo", "tokio", 1},
		{"rome", "oslo", 4},
		{"a", "abcdef", 3}, // far apart in length: past every limit
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
