package localtime

import (
	"testing"
	"time"
)

func TestCountryOfZone(t *testing.T) {
	tests := map[string]string{
		"America/Toronto": "CA", "America/Vancouver": "CA", "Canada/Eastern": "CA", "America/Montreal": "CA",
		"Europe/Dublin": "IE", "Eire": "IE", "Australia/Sydney": "AU", "Australia/NSW": "AU",
		"America/Mexico_City": "MX", "Mexico/General": "MX", "Pacific/Auckland": "NZ", "NZ": "NZ",
		"America/New_York": "US", "US/Eastern": "US", "US/Pacific": "US", "Navajo": "US", "Pacific/Honolulu": "US",
		"Europe/London": "GB", "GB": "GB", "Europe/Belfast": "GB", " Europe/London ": "GB",
		"Europe/Berlin": "DE", "Europe/Busingen": "DE", "Europe/Vienna": "AT", "Europe/Zurich": "CH",
		"Europe/Oslo": "NO", "Europe/Madrid": "ES", "Atlantic/Canary": "ES", "Africa/Ceuta": "ES",
		"Asia/Kolkata": "IN", "Asia/Calcutta": "IN", "Asia/Tokyo": "JP", "America/Sao_Paulo": "BR",
		"Iceland": "IS", "America/Coral_Harbour": "CA", "Africa/Abidjan": "CI",
		"UTC": "", "Etc/UTC": "", "Etc/GMT+5": "", "": "", "europe/london": "", "Mars/Olympus": "",
	}
	for zone, want := range tests {
		if got := CountryOfZone(zone); got != want {
			t.Errorf("CountryOfZone(%q) = %q, want %q", zone, got, want)
		}
	}
}

func TestZoneCountriesAreZones(t *testing.T) {
	for zone, country := range zoneCountries {
		if len(country) != 2 || country[0] < 'A' || country[0] > 'Z' || country[1] < 'A' || country[1] > 'Z' {
			t.Errorf("zone %q has country %q, not a two-letter code", zone, country)
		}
		if _, err := time.LoadLocation(zone); err != nil {
			t.Errorf("zone %q (%s) is not in Go's tz database: %v", zone, country, err)
		}
	}
}
