package coach

import (
	"github.com/aftercare/aftercare/coach/lang"
	"strings"

	"github.com/aftercare/aftercare/coach/localtime"
)

// zoneChosen says which zone a typed city or abbreviation became, or ""
// when the person typed the zone's own name. An abbreviation is ambiguous,
// so the zone chosen is named and how to change it.
func zoneChosen(w lang.Printer, m localtime.ZoneMatch) string {
	switch m.By {
	case localtime.ByAbbrev:
		return w.T("start.zone_abbrev", lang.Args{"Typed": m.Typed, "Zone": m.Zone})
	case localtime.ByCity:
		return w.T("start.zone_city", lang.Args{"Zone": m.Zone})
	}
	return ""
}

// zoneProblem says why a typed zone was not read, with the near misses.
func zoneProblem(w lang.Printer, text string, m localtime.ZoneMatch) string {
	text = strings.TrimSpace(text)
	if text == "" {
		return w.T("start.zone_empty")
	}
	problem := w.T("start.zone_unknown", lang.Args{"Typed": w.Quote(clip(text, 40))})
	switch len(m.Suggest) {
	case 0:
		return problem
	case 1:
		return problem + w.T("start.zone_did_you_mean", lang.Args{"Zones": m.Suggest[0]})
	}
	zones := strings.Join(m.Suggest[:len(m.Suggest)-1], ", ") + " " + w.T("start.or") + " " + m.Suggest[len(m.Suggest)-1]
	return problem + w.T("start.zone_did_you_mean", lang.Args{"Zones": zones})
}
