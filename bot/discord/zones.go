package discord

import (
	"slices"
	"strings"
	"sync"

	"github.com/aftercare/aftercare/coach/localtime"
)

// maxChoices is Discord's limit on autocomplete choices.
const maxChoices = 25

// zones are the names autocomplete offers (localtime.SuggestedZones: one a
// country region); every answer is still checked by localtime.ParseZone.
var zones = sync.OnceValue(localtime.SuggestedZones)

// zoneMatches returns up to 25 zone names for what someone has typed so
// far: "london", "new york" and "europe/lon" all find their zone. A place
// the coach reads (localtime.LookupZone: "Wien", "Nueva York", "Genf")
// leads with its zone, then zones whose city starts with the query. With
// nothing typed, the default zone leads.
func zoneMatches(query, defaultZone string) []string {
	q := normZone(query)
	var first, rest []string
	if m, err := localtime.LookupZone(query); err == nil && m.By == localtime.ByCity {
		first = append(first, m.Zone)
	}
	for _, z := range zones() {
		n := normZone(z)
		if !strings.Contains(n, q) || slices.Contains(first, z) {
			continue
		}
		city := n[strings.LastIndex(n, "/")+1:]
		if q != "" && (strings.HasPrefix(city, q) || strings.HasPrefix(n, q)) {
			first = append(first, z)
		} else {
			rest = append(rest, z)
		}
	}
	out := append(first, rest...)
	if q == "" && defaultZone != "" {
		out = append([]string{defaultZone}, slices.DeleteFunc(out, func(z string) bool { return z == defaultZone })...)
	}
	return out[:min(len(out), maxChoices)]
}

// normZone compares zone names the way people type them: any case, with
// spaces for underscores.
func normZone(s string) string {
	return strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), "_", " ")
}
