package localtime

import (
	"errors"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	_ "time/tzdata" // the IANA database, so zones resolve on machines without one
)

// ErrTimeZone means a text is not a time zone ParseZone accepts. It comes
// from what a person typed: callers answer it kindly and never log it as a
// failure.
var ErrTimeZone = errors.New("not a known time zone")

// ParseZone checks an IANA time zone name such as "Europe/London" against the
// tz database, forgiving letter case ("europe/london", "us/pacific").
// Abbreviations like "EST" are refused: they say nothing about daylight
// saving time; so are paths such as "Europe//London" that only a machine's
// own zoneinfo folder would resolve.
func ParseZone(s string) (string, error) {
	s = strings.TrimSpace(s)
	if strings.EqualFold(s, "UTC") {
		return "UTC", nil
	}
	name, ok := zoneIndex[strings.ToLower(s)]
	if !ok {
		return "", ErrTimeZone
	}
	if _, err := time.LoadLocation(name); err != nil {
		return "", ErrTimeZone
	}
	return name, nil
}

// SuggestedZones returns the zones to offer a person choosing one, for
// example as autocomplete choices: UTC first, then, sorted by name, the
// zones of the tz database's zone.tab, one for each region of a country and
// none of the old aliases ("US/Pacific"), which ParseZone still accepts when
// typed. ParseZone accepts every one of them. The slice is the caller's own.
func SuggestedZones() []string { return slices.Clone(suggestedZones[:]) }

//go:generate go run ../../internal/genzones zones_gen.go suggested_zones_gen.go zone_countries_gen.go

// zoneIndex finds a zone name by its lower-case spelling.
var zoneIndex = func() map[string]string {
	m := make(map[string]string, len(zoneNames))
	for _, n := range zoneNames {
		m[strings.ToLower(n)] = n
	}
	return m
}()

// CountryOfZone returns the ISO 3166-1 alpha-2 code of the country an IANA
// time zone belongs to, from the tz database's zone.tab: "CA" for
// America/Toronto, "GB" for Europe/London and its old names (GB,
// Europe/Belfast), "US" for US/Eastern. It returns "" for UTC, the Etc
// zones, and any name it does not know; names are matched as the database
// spells them.
func CountryOfZone(zone string) string { return zoneCountries[strings.TrimSpace(zone)] }

// IsCountry reports whether code is the ISO 3166-1 alpha-2 code (upper
// case) of a country that has a zone in the tz database's zone.tab.
func IsCountry(code string) bool { return countrySet[code] }

var countrySet = func() map[string]bool {
	m := make(map[string]bool)
	for _, c := range zoneCountries {
		m[c] = true
	}
	return m
}()

// LoadLocation is time.LoadLocation with the zones it found kept: the
// standard library reads and parses the zone's tz data on every call
// (about 10 µs), and the coach asks for a person's zone on nearly every
// answer. A *time.Location is immutable and safe to share. Only zones
// found are kept, at most maxKeptZones (the tz database has about 600
// names), so a name that does not resolve costs a lookup each time, as
// before.
func LoadLocation(name string) (*time.Location, error) {
	if loc, ok := keptZones.Load(name); ok {
		return loc.(*time.Location), nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, err
	}
	if keptZoneCount.Load() < maxKeptZones {
		if _, had := keptZones.LoadOrStore(name, loc); !had {
			keptZoneCount.Add(1)
		}
	}
	return loc, nil
}

// maxKeptZones bounds LoadLocation's kept zones.
const maxKeptZones = 2048

var (
	keptZones     sync.Map // zone name → *time.Location
	keptZoneCount atomic.Int64
)
