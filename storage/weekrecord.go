package storage

import (
	"strconv"
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

// A person's check-ins are kept a week to a key: {u:<id>}:cw:<Monday>, a
// hash whose fields name the day's place in the week (0 for Monday) and
// the coach's field. The fields most days have (weekFields) are named by a
// number, place × weekStride + the field's index, which a listpack keeps
// in one byte; the rest as "<place><name>" (after "=" when the name could
// be read as a number). The times most days have ("sent", "nudge_sent")
// are kept as seconds from the week's Monday, 00:00 UTC, which a listpack
// also keeps as a number. So a week is one small listpack (about 1.4 KB)
// instead of seven keys and a sorted set that has outgrown its listpack: a
// person-year of check-ins takes under a third of what it took
// (BENCHMARKS.md).
//
// The index {u:<id>}:ci-days lists each week as "w<Monday>", scored by
// the earliest day it holds (YYYYMMDD), so that the retention sweep still
// finds people by their oldest day. Days written before this, one hash a
// day ({u:<id>}:ci:<day>, listed by their date), are read, changed and
// forgotten as they are: a day is in one place only, the old one if it
// has one.
//
// The additional data of a sealed value names the coach's field, not its
// number, so a value sealed in either form opens in both.

// weekFields are the fields most days have, by their number. The list is
// full (7 × 18 numbers fit a listpack's one-byte integers) and its order
// is the stored form: it never changes; a field added later is stored
// under its name.
var weekFields = [weekStride]string{
	"sent", string(coach.FieldMood), string(coach.FieldAnxiety), string(coach.FieldEnergy),
	string(coach.FieldSleep), string(coach.FieldMinutes), string(coach.FieldNote), "moved", "ack",
	"nudge", "nudge_min", "nudge_act", "nudge_sent", "nudge_answer", "group_mood", "lowmood",
	"quiet", "crisis",
}

// weekStride is how many numbers each day's place has.
const weekStride = 18

// weekNumbers is each of weekFields' number within a day.
var weekNumbers = func() map[string]int {
	m := make(map[string]int, len(weekFields))
	for i, f := range weekFields {
		m[f] = i
	}
	return m
}()

// weekTimes are the fields whose values are times (RFC 3339, UTC) kept as
// seconds from the week's Monday.
var weekTimes = map[string]bool{"sent": true, "nudge_sent": true, "crisis": true}

// weekOf returns the Monday of day's week and day's place in it.
func weekOf(day localtime.Day) (localtime.Day, int) {
	t, err := time.Parse(time.DateOnly, string(day))
	if err != nil {
		return day, 0
	}
	place := (int(t.Weekday()) + 6) % 7
	return day.AddDays(-place), place
}

// weekMember is a week's entry in the index of days.
func weekMember(monday localtime.Day) string { return "w" + string(monday) }

// encodeName is a field's stored name in a week record.
func encodeName(place int, field string) string {
	if i, ok := weekNumbers[field]; ok {
		return strconv.Itoa(place*weekStride + i)
	}
	if field == "" || field[0] == '=' || isDigits(field) {
		return strconv.Itoa(place) + "=" + field
	}
	return strconv.Itoa(place) + field
}

// decodeName reads a stored name back: the day's place, the coach's field
// name, and which piece of a long value it is (0: the first or only).
func decodeName(stored string) (place int, field string, piece int, ok bool) {
	name, n, cut := strings.Cut(stored, chunkSep)
	if cut {
		var err error
		if piece, err = strconv.Atoi(n); err != nil || piece < 1 {
			return 0, "", 0, false
		}
	}
	if isDigits(name) {
		i, err := strconv.Atoi(name)
		if err != nil || i >= 7*weekStride {
			return 0, "", 0, false
		}
		return i / weekStride, weekFields[i%weekStride], piece, true
	}
	if len(name) < 2 || name[0] < '0' || name[0] > '6' {
		return 0, "", 0, false
	}
	field = strings.TrimPrefix(name[1:], "=")
	return int(name[0] - '0'), field, piece, true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// encodeValue is a field's stored value in a week record: a time most days
// have as seconds from the week's Monday, when that reads back exactly.
func encodeValue(monday localtime.Day, field, v string) string {
	if !weekTimes[field] {
		return v
	}
	t, err := time.Parse(time.RFC3339, v)
	if err != nil || t.UTC().Format(time.RFC3339) != v {
		return v
	}
	return strconv.FormatInt(t.Unix()-monday.Start(time.UTC).Unix(), 10)
}

// decodeValue reads a stored value back. A time's stored form is a
// number, which RFC 3339 never is.
func decodeValue(monday localtime.Day, field, v string) string {
	if !weekTimes[field] {
		return v
	}
	secs, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return v
	}
	return time.Unix(monday.Start(time.UTC).Unix()+secs, 0).UTC().Format(time.RFC3339)
}

// decodeWeek splits a week record into its days' fields, with long values
// whole again. Fields it cannot read are skipped.
func decodeWeek(monday localtime.Day, stored map[string]string) map[localtime.Day]map[string]string {
	type piece struct {
		n int
		v string
	}
	days := map[localtime.Day]map[string]string{}
	pieces := map[localtime.Day]map[string][]piece{}
	for name, v := range stored {
		place, field, n, ok := decodeName(name)
		if !ok {
			continue
		}
		day := monday.AddDays(place)
		if n > 0 {
			if pieces[day] == nil {
				pieces[day] = map[string][]piece{}
			}
			pieces[day][field] = append(pieces[day][field], piece{n, v})
			continue
		}
		if days[day] == nil {
			days[day] = map[string]string{}
		}
		days[day][field] = v
	}
	for day, fields := range pieces {
		for field, ps := range fields {
			first, ok := days[day][field]
			if !ok {
				continue
			}
			byN := make(map[int]string, len(ps))
			for _, p := range ps {
				byN[p.n] = p.v
			}
			var b strings.Builder
			b.WriteString(first)
			for i := 1; ; i++ { // a gap ends the value
				v, ok := byN[i]
				if !ok {
					break
				}
				b.WriteString(v)
			}
			days[day][field] = b.String()
		}
	}
	for _, fields := range days {
		for f, v := range fields {
			fields[f] = decodeValue(monday, f, v)
		}
	}
	return days
}

// DayFieldAt returns where SaveFields keeps a field of a day that has no
// hash of its own (every day written since week records): the key, with
// the store's prefix, and the field's stored name. For tests and tools
// that look at Redis itself; a long sealed value is in pieces after it
// ("<name>#1", ...).
func (r *Redis) DayFieldAt(person string, day localtime.Day, field string) (key, name string) {
	monday, place := weekOf(day)
	return r.keys.checkWeek(person, monday), encodeName(place, field)
}
