package localtime

import (
	"strings"
	"testing"
	"time"
)

// Places as Spanish, German and French speakers type them find the zone
// the English name finds, in any case, with or without accents, and the
// zone is a real one of the IANA database (time.LoadLocation).
func TestLookupZoneInOtherLanguages(t *testing.T) {
	for _, tc := range []struct{ in, zone string }{
		{"Londres", "Europe/London"},
		{"londres", "Europe/London"},
		{"Wien", "Europe/Vienna"},
		{"Viena", "Europe/Vienna"},
		{"Vienne", "Europe/Vienna"},
		{"Múnich", "Europe/Berlin"},
		{"München", "Europe/Berlin"},
		{"MUENCHEN", "Europe/Berlin"},
		{"Nueva York", "America/New_York"},
		{"nueva-york", "America/New_York"},
		{"Ciudad de México", "America/Mexico_City"},
		{"ciudad de mexico", "America/Mexico_City"},
		{"CDMX", "America/Mexico_City"},
		{"Mexiko-Stadt", "America/Mexico_City"},
		{"Zúrich", "Europe/Zurich"},
		{"Zürich", "Europe/Zurich"},
		{"Genf", "Europe/Zurich"},
		{"Genève", "Europe/Zurich"},
		{"Ginebra", "Europe/Zurich"},
		{"Bruselas", "Europe/Brussels"},
		{"Bruxelles", "Europe/Brussels"},
		{"Brüssel", "Europe/Brussels"},
		{"Lisboa", "Europe/Lisbon"},
		{"Lissabon", "Europe/Lisbon"},
		{"Köln", "Europe/Berlin"},
		{"koln", "Europe/Berlin"},
		{"Montréal", "America/Toronto"},
		{"Montre\u0301al", "America/Toronto"}, // the accent as a combining mark
		{"Québec", "America/Toronto"},
		{"Deutschland", "Europe/Berlin"},
		{"Alemania", "Europe/Berlin"},
		{"Allemagne", "Europe/Berlin"},
		{"España", "Europe/Madrid"},
		{"Espagne", "Europe/Madrid"},
		{"Sevilla", "Europe/Madrid"},
		{"Islas Canarias", "Atlantic/Canary"},
		{"Österreich", "Europe/Vienna"},
		{"Schweiz", "Europe/Zurich"},
		{"Suisse", "Europe/Zurich"},
		{"Roma", "Europe/Rome"},
		{"Mailand", "Europe/Rome"},
		{"Países Bajos", "Europe/Amsterdam"},
		{"Den Haag", "Europe/Amsterdam"},
		{"Estocolmo", "Europe/Stockholm"},
		{"Copenhague", "Europe/Copenhagen"},
		{"København", "Europe/Copenhagen"},
		{"Varsovia", "Europe/Warsaw"},
		{"Łódź", "Europe/Warsaw"},
		{"Praga", "Europe/Prague"},
		{"Atenas", "Europe/Athens"},
		{"Noruega", "Europe/Oslo"},
		{"Irlanda", "Europe/Dublin"},
		{"Dublín", "Europe/Dublin"},
		{"Royaume-Uni", "Europe/London"},
		{"Édimbourg", "Europe/London"},
		{"México", "America/Mexico_City"},
		{"Buenos Aires", "America/Argentina/Buenos_Aires"},
		{"Argentina", "America/Argentina/Buenos_Aires"},
		{"Bogotá", "America/Bogota"},
		{"Medellín", "America/Bogota"},
		{"Chile", "America/Santiago"},
		{"São Paulo", "America/Sao_Paulo"},
		{"Río de Janeiro", "America/Sao_Paulo"},
		{"Nueva Delhi", "Asia/Kolkata"},
		{"Tokio", "Asia/Tokyo"},
		{"Ciudad del Cabo", "Africa/Johannesburg"},
		{"Kapstadt", "Africa/Johannesburg"},
		{"Singapur", "Asia/Singapore"},
		{"Singapour", "Asia/Singapore"},
		{"Sídney", "Australia/Sydney"},
		{"Nouvelle-Zélande", "Pacific/Auckland"},
		{"Moscú", "Europe/Moscow"},
		{"Pékin", "Asia/Shanghai"},
		{"Le Caire", "Africa/Cairo"},
		{"La Habana", "America/Havana"},
	} {
		m, err := LookupZone(tc.in)
		if err != nil || m.Zone != tc.zone || m.By != ByCity {
			t.Errorf("LookupZone(%q) = %+v, %v; want %s by city", tc.in, m, err, tc.zone)
			continue
		}
		if _, err := time.LoadLocation(m.Zone); err != nil {
			t.Errorf("LookupZone(%q) = %s, which the IANA database lacks: %v", tc.in, m.Zone, err)
		}
	}
}

// A near miss of a place in another language is offered as it is written.
func TestLookupZoneSuggestsOtherLanguages(t *testing.T) {
	m, err := LookupZone("Londre")
	if err == nil || !strings.Contains(strings.Join(m.Suggest, "|"), "Londres") {
		t.Errorf("LookupZone(Londre) = %+v, %v; want Londres suggested", m, err)
	}
}

// Every place of placeNamesByZone leads to a real zone a person may
// choose, and is needed: no other name, zone city or place already reads
// as it (so none is shadowed, and none leads two ways).
func TestPlaceNamesByZone(t *testing.T) {
	seen := map[string]string{}
	for _, z := range suggestedZones {
		if i := strings.LastIndexByte(z, '/'); i >= 0 {
			seen[strings.ToLower(z[i+1:])] = "the zone " + z
		}
	}
	for place, z := range placeZones {
		seen[normPlace(place)] = "placeZones' " + place + " (" + z + ")"
	}
	for z, places := range placeNamesByZone {
		if _, err := time.LoadLocation(z); err != nil {
			t.Errorf("%s is not in the IANA database: %v", z, err)
		}
		if _, err := ParseZone(z); err != nil {
			t.Errorf("%s is not a zone a person may choose: %v", z, err)
		}
		for _, place := range places {
			key := normPlace(place)
			if other, ok := seen[key]; ok {
				t.Errorf("%q (%s) already reads as %s", place, z, other)
			}
			seen[key] = place + " (" + z + ")"
			if _, ok := zoneAbbrevs[strings.ToUpper(place)]; ok {
				t.Errorf("%q (%s) is read as an abbreviation", place, z)
			}
		}
	}
}
