package localtime_test

import (
	"archive/zip"
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach/localtime"
)

// FuzzParseLocalTime checks that whatever ParseLocalTime accepts is a real
// time of day that survives being written out and read back, and that it
// forgives spaces and letter case as it says.
func FuzzParseLocalTime(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		got, err := localtime.ParseLocalTime(s)
		if err != nil {
			if !errors.Is(err, localtime.ErrTimeOfDay) || got != (localtime.LocalTime{}) {
				t.Fatalf("ParseLocalTime(%q) = %+v, %v; want the zero time and ErrTimeOfDay", s, got, err)
			}
			return
		}
		if !got.Valid() || got.Hour < 0 || got.Hour > 23 || got.Minute < 0 || got.Minute > 59 {
			t.Fatalf("ParseLocalTime(%q) = %+v, not a valid time of day", s, got)
		}
		if again, err := localtime.ParseLocalTime(got.String()); err != nil || again != got {
			t.Fatalf("ParseLocalTime(%q) = %v, but reading %q back gives %+v, %v", s, got, got.String(), again, err)
		}
		if loud, err := localtime.ParseLocalTime(" " + upperASCII(s) + " "); err != nil || loud != got {
			t.Fatalf("ParseLocalTime(%q) = %v, but with capitals and spaces it gives %+v, %v", s, got, loud, err)
		}
	})
}

// FuzzParseZone checks ParseZone against the tz database itself: it accepts
// exactly the database's names that contain a "/" (plus UTC), in any letter
// case, and answers with the database's own spelling. A name that only this
// machine's /usr/share/zoneinfo knows ("right/UTC", "Europe//London") is
// refused, since the binary carries its own copy of the database for the
// machines that have none.
func FuzzParseZone(f *testing.F) {
	names := tzNames(f)
	f.Fuzz(func(t *testing.T, s string) {
		got, err := localtime.ParseZone(s)
		typed := strings.TrimSpace(s)
		want, known := names[strings.ToLower(typed)]
		accept := known && strings.Contains(want, "/") && len(typed) <= 64
		if strings.EqualFold(typed, "UTC") {
			want, accept = "UTC", true
		}
		if err != nil {
			if !errors.Is(err, localtime.ErrTimeZone) || got != "" {
				t.Fatalf("ParseZone(%q) = %q, %v; want \"\" and ErrTimeZone", s, got, err)
			}
			if names != nil && accept {
				t.Fatalf("ParseZone(%q) refused the tz database's %q", s, want)
			}
			return
		}
		if got != "UTC" && !strings.Contains(got, "/") {
			t.Fatalf("ParseZone(%q) = %q, a name without a \"/\"", s, got)
		}
		if len(got) > 64 || !strings.EqualFold(got, typed) {
			t.Fatalf("ParseZone(%q) = %q: more than a change of letter case", s, got)
		}
		if _, err := time.LoadLocation(got); err != nil {
			t.Fatalf("ParseZone(%q) = %q, which does not load: %v", s, got, err)
		}
		if again, err := localtime.ParseZone(got); err != nil || again != got {
			t.Fatalf("ParseZone(%q) = %q, but ParseZone(%q) = %q, %v", s, got, got, again, err)
		}
		if names != nil && !accept {
			t.Fatalf("ParseZone(%q) = %q, which is not a name in the tz database", s, got)
		}
		if names != nil && got != want {
			t.Fatalf("ParseZone(%q) = %q; the tz database spells it %q", s, got, want)
		}
	})
}

// onZones are zones with unusual clock changes: an hour (New York,
// London), half an hour (Lord Howe), a quarter of an hour once, at
// midnight (Kathmandu, 1986), and none (UTC).
var onZones = []string{"America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kathmandu", "UTC"}

// FuzzLocalTimeOn compares LocalTime.On with a search, minute by minute,
// for the first instant of the requested date whose wall clock reads the
// requested time or later: the time itself, its first occurrence when
// clocks fall back, or the end of the gap when they spring forward. The
// day may be outside its month, as time.Date allows.
func FuzzLocalTimeOn(f *testing.F) {
	locs := make([]*time.Location, len(onZones))
	for i, z := range onZones {
		loc, err := time.LoadLocation(z)
		if err != nil {
			f.Fatal(err)
		}
		locs[i] = loc
	}
	f.Fuzz(func(t *testing.T, hour, minute uint8, year uint16, month, day, zone uint8) {
		lt := localtime.LocalTime{Hour: int(hour % 24), Minute: int(minute % 60), Set: true}
		y, m, d := 1970+int(year%131), time.Month(1+month%12), int(day%42)
		loc := locs[int(zone)%len(locs)]
		got, ok := onWithin(lt, y, m, d, loc, 2*time.Second)
		if !ok {
			t.Fatalf("%v.On(%d, %v, %d, %v) did not return", lt, y, m, d, loc)
		}
		want := firstAtOrAfter(lt, y, m, d, loc)
		ny, nm, nd := time.Date(y, m, d, 12, 0, 0, 0, time.UTC).Date()
		gy, gm, gd := got.In(loc).Date()
		if gy != ny || gm != nm || gd != nd {
			t.Fatalf("%v.On(%d, %v, %d, %v) = %v, not on %d-%02d-%02d", lt, y, m, d, loc, got, ny, nm, nd)
		}
		late := wallMinutes(got.In(loc)) - (lt.Hour*60 + lt.Minute)
		if late < 0 || late > 120 {
			t.Fatalf("%v.On(%d, %v, %d, %v) = %v, %d minutes from the time asked for", lt, y, m, d, loc, got, late)
		}
		if !got.Equal(want) || got.Location() != loc {
			t.Fatalf("%v.On(%d, %v, %d, %v) = %v; want %v", lt, y, m, d, loc, got, want)
		}
	})
}

// onWithin calls On, giving up after wait: a loop that never ends is a
// failure to report, not a fuzzer that hangs.
func onWithin(lt localtime.LocalTime, y int, m time.Month, d int, loc *time.Location, wait time.Duration) (time.Time, bool) {
	done := make(chan time.Time, 1)
	go func() { done <- lt.On(y, m, d, loc) }()
	timer := time.NewTimer(wait)
	defer timer.Stop()
	select {
	case at := <-done:
		return at, true
	case <-timer.C:
		return time.Time{}, false
	}
}

// firstAtOrAfter is the reference for On: the first minute, in absolute
// time, that falls on the (normalised) date in loc with a wall clock of lt
// or later. Every instant of that local date lies within a day and a half
// of its midnight in UTC, since offsets stay between -12 and +14 hours.
func firstAtOrAfter(lt localtime.LocalTime, y int, m time.Month, d int, loc *time.Location) time.Time {
	ny, nm, nd := time.Date(y, m, d, 12, 0, 0, 0, time.UTC).Date()
	start := time.Date(ny, nm, nd, lt.Hour, lt.Minute, 0, 0, time.UTC).Add(-14 * time.Hour)
	for at := start; at.Before(start.Add(48 * time.Hour)); at = at.Add(time.Minute) {
		local := at.In(loc)
		ly, lm, ld := local.Date()
		if ly == ny && lm == nm && ld == nd && wallMinutes(local) >= lt.Hour*60+lt.Minute {
			return local
		}
	}
	return time.Time{}
}

func wallMinutes(t time.Time) int { return t.Hour()*60 + t.Minute() }

func upperASCII(s string) string {
	return strings.Map(func(r rune) rune {
		if 'a' <= r && r <= 'z' {
			return r - 'a' + 'A'
		}
		return r
	}, s)
}

// tzNames returns the names in Go's copy of the tz database, the one
// time/tzdata embeds, keyed in lower case. Without a Go installation to
// read it from it returns nil, and the comparisons with it are skipped.
func tzNames(tb testing.TB) map[string]string {
	tb.Helper()
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		tb.Logf("no tz database to compare with: go env GOROOT: %v", err)
		return nil
	}
	z, err := zip.OpenReader(filepath.Join(strings.TrimSpace(string(out)), "lib", "time", "zoneinfo.zip"))
	if err != nil {
		tb.Logf("no tz database to compare with: %v", err)
		return nil
	}
	defer z.Close()
	names := make(map[string]string, len(z.File))
	for _, file := range z.File {
		names[strings.ToLower(file.Name)] = file.Name
	}
	return names
}
