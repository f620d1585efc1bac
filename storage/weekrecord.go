package storage

import (
	"strconv"
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

// A person's check-ins are kept a week to a key: {u:<id>}:cw:<Monday>, a
// hash whose fields are "<d><name>", d the day's place in the week (0 for
// Monday) and name a one-letter code for the fields every day has
// (weekCodes) or the coach's own name for the rest. The times every day
// has ("sent", "nudge_sent") are kept as "~" and their Unix seconds in
// base 36. So a week is one small listpack (about 1 KB) instead of seven
// keys and a sorted set that has outgrown its listpack: a person-year of
// check-ins takes about a third of what it took (BENCHMARKS.md).
//
// The index {u:<id>}:ci-days lists each week as "w<Monday>", scored by
// the earliest day it holds (YYYYMMDD), so that the retention sweep still
// finds people by their oldest day. Days written before this, one hash a
// day ({u:<id>}:ci:<day>, listed by their date), are read, changed and
// forgotten as they are: a day is in one place only, the old one if it
// has one.
//
// The additional data of a sealed value names the coach's field, not its
// code, so a value sealed in either form opens in both.

// weekCodes are the stored codes of the fields most days have. A code is
// one capital letter; a name the coach may give that is one character is
// stored after "=" (encodeName), so it is never read as a code.
var weekCodes = map[string]string{
	"sent": "S", string(coach.FieldMood): "M", string(coach.FieldAnxiety): "A",
	string(coach.FieldEnergy): "E", string(coach.FieldSleep): "L", string(coach.FieldMinutes): "N",
	string(coach.FieldNote): "T", "moved": "V", "ack": "K", "nudge": "U", "nudge_min": "I",
	"nudge_act": "C", "nudge_sent": "D", "nudge_answer": "R", "group_mood": "G", "lowmood": "O",
	"quiet": "Q", "crisis": "X",
}

// weekNames reads a code back.
var weekNames = func() map[string]string {
	m := make(map[string]string, len(weekCodes))
	for name, code := range weekCodes {
		m[code] = name
	}
	return m
}()

// weekTimes are the fields whose values are times (RFC 3339, UTC) kept as
// Unix seconds.
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
	if code, ok := weekCodes[field]; ok {
		return strconv.Itoa(place) + code
	}
	if len(field) == 1 {
		return strconv.Itoa(place) + "=" + field
	}
	return strconv.Itoa(place) + field
}

// decodeName reads a stored name back: the day's place, the coach's field
// name, and which piece of a long value it is (0: the first or only).
func decodeName(stored string) (place int, field string, piece int, ok bool) {
	if len(stored) < 2 || stored[0] < '0' || stored[0] > '6' {
		return 0, "", 0, false
	}
	place = int(stored[0] - '0')
	name, n, cut := strings.Cut(stored[1:], chunkSep)
	if cut {
		var err error
		if piece, err = strconv.Atoi(n); err != nil || piece < 1 {
			return 0, "", 0, false
		}
	}
	switch {
	case strings.HasPrefix(name, "="):
		field = name[1:]
	case weekNames[name] != "":
		field = weekNames[name]
	default:
		field = name
	}
	return place, field, piece, field != ""
}

// encodeValue is a field's stored value in a week record: a time every day
// has as "~" and base-36 Unix seconds, when that reads back exactly.
func encodeValue(field, v string) string {
	if !weekTimes[field] {
		return v
	}
	t, err := time.Parse(time.RFC3339, v)
	if err != nil || t.UTC().Format(time.RFC3339) != v || t.Unix() < 0 {
		return v
	}
	return "~" + strconv.FormatInt(t.Unix(), 36)
}

// decodeValue reads a stored value back.
func decodeValue(field, v string) string {
	rest, ok := strings.CutPrefix(v, "~")
	if !ok || !weekTimes[field] {
		return v
	}
	secs, err := strconv.ParseInt(rest, 36, 64)
	if err != nil {
		return v
	}
	return time.Unix(secs, 0).UTC().Format(time.RFC3339)
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
			fields[f] = decodeValue(f, v)
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
