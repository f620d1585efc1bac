package localtime

import (
	"slices"
	"strings"
)

// How a ZoneMatch was found.
const (
	ByName   = "name"         // a tz database name, in any letter case
	ByCity   = "city"         // a city or place: "London", "new york", "São Paulo"
	ByAbbrev = "abbreviation" // a common abbreviation: ambiguous, so say which zone was chosen
)

// ZoneMatch is what LookupZone made of a typed time zone or place.
type ZoneMatch struct {
	Zone    string   // the IANA name chosen; "" when nothing matched
	By      string   // ByName, ByCity or ByAbbrev, when Zone is set
	Typed   string   // the abbreviation as written upper-case, when By is ByAbbrev
	Suggest []string // up to three near misses ("did you mean"), each one LookupZone reads, when Zone is ""
}

// LookupZone reads a time zone the way people type one: a tz database name
// (as ParseZone), a city or place ("London", "new york", "sao paulo", "Munich"),
// or a common abbreviation ("EST", "CET", "IST"), which maps to one
// representative zone that the caller should name, since abbreviations
// are ambiguous and say nothing about daylight saving time. Failing all of
// these, it returns ErrTimeZone with up to three zone names a small typing
// slip away ("Europe/Londn", "Lodnon") in Suggest.
func LookupZone(s string) (ZoneMatch, error) {
	if z, err := ParseZone(s); err == nil {
		return ZoneMatch{Zone: z, By: ByName}, nil
	}
	key := normPlace(s)
	if key == "" {
		return ZoneMatch{}, ErrTimeZone
	}
	if z, ok := zoneAbbrevs[strings.ToUpper(strings.TrimSpace(s))]; ok {
		return ZoneMatch{Zone: z, By: ByAbbrev, Typed: strings.ToUpper(strings.TrimSpace(s))}, nil
	}
	if z, ok := zoneIndex[key]; ok {
		return ZoneMatch{Zone: z, By: ByName}, nil // "America/New York"
	}
	if z, ok := placeIndex[key]; ok {
		return ZoneMatch{Zone: z, By: ByCity}, nil
	}
	return ZoneMatch{Suggest: nearZones(key)}, ErrTimeZone
}

// normPlace lower-cases a place, folds common accents and joins words with
// "_" as the tz database does: "São Paulo" and "sao-paulo" both give
// "sao_paulo", "Europe/New York" gives "europe/new_york".
func normPlace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(strings.TrimSpace(s)) {
		if f, ok := accentFold[r]; ok {
			r = f
		}
		switch {
		case r >= 0x300 && r <= 0x36f:
			continue // a combining accent, as in a decomposed "Montréal"
		case r == ' ' || r == '-' || r == '_' || r == '.' || r == ',':
			space = b.Len() > 0
			continue
		case space:
			b.WriteByte('_')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

var accentFold = map[rune]rune{
	'á': 'a', 'à': 'a', 'â': 'a', 'ã': 'a', 'ä': 'a', 'å': 'a', 'ç': 'c', 'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e',
	'í': 'i', 'ì': 'i', 'î': 'i', 'ï': 'i', 'ñ': 'n', 'ó': 'o', 'ò': 'o', 'ô': 'o', 'õ': 'o', 'ö': 'o', 'ø': 'o',
	'ú': 'u', 'ù': 'u', 'û': 'u', 'ü': 'u', 'ý': 'y', 'ß': 's',
	'ą': 'a', 'ć': 'c', 'č': 'c', 'ę': 'e', 'ě': 'e', 'ł': 'l', 'ń': 'n', 'ő': 'o', 'ř': 'r', 'ś': 's', 'š': 's',
	'ů': 'u', 'ű': 'u', 'ź': 'z', 'ż': 'z', 'ž': 'z',
}

// placeIndex finds a zone by its city ("new_york" for America/New_York,
// from the zones offered to people, so never an old alias) or by one of
// the places in placeZones and placeNamesByZone.
var placeIndex = func() map[string]string {
	m := make(map[string]string, len(suggestedZones)+len(placeZones)+4*len(placeNamesByZone))
	for _, z := range suggestedZones {
		if i := strings.LastIndexByte(z, '/'); i >= 0 {
			m[strings.ToLower(z[i+1:])] = z
		}
	}
	for place, z := range placeZones {
		m[normPlace(place)] = z
	}
	for z, places := range placeNamesByZone {
		for _, place := range places {
			m[normPlace(place)] = z
		}
	}
	return m
}()

// nearZones returns up to three names a person could type instead, within
// a small edit distance of key (one edit for short words, two from seven
// letters): zone names whose full name or city is near, and places such as
// "Atlanta" as themselves.
func nearZones(key string) []string {
	limit := 1
	if len([]rune(key)) >= 7 {
		limit = 2
	}
	type near struct {
		zone string
		d    int
	}
	var found []near
	seen := map[string]bool{}
	consider := func(name, zone string) {
		if seen[zone] {
			return
		}
		if d := editDistance(key, name); d <= limit {
			seen[zone] = true
			found = append(found, near{zone, d})
		}
	}
	for _, z := range suggestedZones {
		consider(strings.ToLower(z), z)
	}
	for _, z := range suggestedZones {
		if i := strings.LastIndexByte(z, '/'); i >= 0 {
			consider(strings.ToLower(z[i+1:]), z)
		}
	}
	for place := range placeZones {
		consider(normPlace(place), titled(place)) // offered as the place, which LookupZone reads
	}
	for _, places := range placeNamesByZone {
		for _, place := range places {
			consider(normPlace(place), place) // "Londres", as the table writes it
		}
	}
	slices.SortFunc(found, func(a, b near) int {
		if a.d != b.d {
			return a.d - b.d
		}
		return strings.Compare(a.zone, b.zone)
	})
	var out []string
	for _, n := range found[:min(len(found), 3)] {
		out = append(out, n.zone)
	}
	return out
}

// editDistance is the optimal string alignment distance between a and b:
// insertions, deletions, substitutions and swaps of two neighbouring
// letters ("lodnon") each count one.
func editDistance(a, b string) int {
	x, y := []rune(a), []rune(b)
	if d := len(x) - len(y); d > 2 || d < -2 {
		return 3 // more than any limit nearZones uses
	}
	prev2 := make([]int, len(y)+1)
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(x); i++ {
		cur[0] = i
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(y)]
}

// titled capitalises each word of a place: "salt lake city" gives "Salt Lake City".
func titled(place string) string {
	words := strings.Fields(place)
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}
