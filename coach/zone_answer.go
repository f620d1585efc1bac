package coach

import (
	"fmt"
	"strings"

	"github.com/aftercare/aftercare/coach/localtime"
)

// zoneChosen says which zone a typed city or abbreviation became, or ""
// when the person typed the zone's own name. An abbreviation is ambiguous,
// so the zone chosen is named and how to change it.
func zoneChosen(m localtime.ZoneMatch) string {
	switch m.By {
	case localtime.ByAbbrev:
		return fmt.Sprintf("%s can mean more than one place, so I chose %s — it follows daylight saving time by itself. If that's not where you are, type /settings to change it.", m.Typed, m.Zone)
	case localtime.ByCity:
		return fmt.Sprintf("Got it: %s time.", m.Zone)
	}
	return ""
}

// zoneProblem says why a typed zone was not read, with the near misses.
func zoneProblem(text string, m localtime.ZoneMatch) string {
	text = strings.TrimSpace(text)
	if text == "" {
		return "I didn't get a time zone there. "
	}
	problem := fmt.Sprintf("I couldn't find a time zone called %q. ", clip(text, 40))
	switch len(m.Suggest) {
	case 0:
		return problem
	case 1:
		return problem + "Did you mean " + m.Suggest[0] + "? "
	}
	return problem + "Did you mean " + strings.Join(m.Suggest[:len(m.Suggest)-1], ", ") + " or " + m.Suggest[len(m.Suggest)-1] + "? "
}
