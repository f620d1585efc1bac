package storage

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

var _ coach.Store = (*Redis)(nil)

// Person implements coach.Store.
func (r *Redis) Person(ctx context.Context, id string) (coach.Person, error) {
	var p coach.Person
	return p, r.getJSON(ctx, id, r.keys.person(id), &p)
}

// SavePerson implements coach.Store.
func (r *Redis) SavePerson(ctx context.Context, p coach.Person) error {
	return r.setJSON(ctx, p.ID, r.keys.person(p.ID), p)
}

// AddSession implements coach.Store.
func (r *Redis) AddSession(ctx context.Context, person string, s coach.TherapySession) error {
	if err := checkID(person); err != nil {
		return err
	}
	raw, err := json.Marshal(s)
	if err != nil {
		return fmt.Errorf("encode session: %w", err)
	}
	z := redis.Z{Score: float64(s.At.Unix()), Member: raw}
	if err := r.rdb.ZAdd(ctx, r.keys.sessions(person), z).Err(); err != nil {
		return fmt.Errorf("add session: %w", err)
	}
	return nil
}

// Sessions implements coach.Store.
func (r *Redis) Sessions(ctx context.Context, person string) ([]coach.TherapySession, error) {
	if err := checkID(person); err != nil {
		return nil, err
	}
	raws, err := r.rdb.ZRange(ctx, r.keys.sessions(person), 0, -1).Result()
	if err != nil {
		return nil, fmt.Errorf("list sessions: %w", err)
	}
	out := make([]coach.TherapySession, 0, len(raws))
	for _, raw := range raws {
		var s coach.TherapySession
		if err := json.Unmarshal([]byte(raw), &s); err != nil {
			return nil, fmt.Errorf("decode session: %w", err)
		}
		out = append(out, s)
	}
	return out, nil
}

// SaveAnswer implements coach.Store.
func (r *Redis) SaveAnswer(ctx context.Context, person string, day localtime.Day, field, value string) error {
	return r.SaveFields(ctx, person, day, map[string]string{field: value})
}

// CheckIns implements coach.Store. It reads the weeks that hold the days
// asked for (weekrecord.go), and days kept in a hash of their own.
func (r *Redis) CheckIns(ctx context.Context, person string, from, to localtime.Day) ([]coach.CheckIn, error) {
	if err := checkID(person); err != nil {
		return nil, err
	}
	// A week is scored by its earliest day: one that holds a day from
	// "from" on may start up to six days before it.
	members, err := r.rdb.ZRangeByScore(ctx, r.keys.checkInDays(person), &redis.ZRangeBy{
		Min: strconv.FormatFloat(dayScore(from.AddDays(-6)), 'f', 0, 64),
		Max: strconv.FormatFloat(dayScore(to), 'f', 0, 64),
	}).Result()
	if err != nil {
		return nil, fmt.Errorf("list check-in days: %w", err)
	}
	if len(members) == 0 {
		return nil, nil
	}
	// The person's own key is in the key store, perhaps another Redis.
	wrapped := ""
	if r.seal != nil {
		if wrapped, err = r.wrappedKey(ctx, person); err != nil {
			return nil, fmt.Errorf("load check-ins: %w", err)
		}
	}
	cmds, err := r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for _, m := range members {
			p.HGetAll(ctx, r.keys.dayRecord(person, m))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load check-ins: %w", err)
	}
	// A day is in one place, but an older replica may still write a day
	// of its own during a rolling upgrade: both are read, as one day.
	byDay := map[localtime.Day]map[string]string{}
	add := func(day localtime.Day, fields map[string]string) {
		if byDay[day] == nil {
			byDay[day] = fields
			return
		}
		maps.Copy(byDay[day], fields)
	}
	for i, cmd := range cmds {
		stored := cmd.(*redis.MapStringStringCmd).Val()
		if monday, ok := strings.CutPrefix(members[i], "w"); ok {
			for day, fields := range decodeWeek(localtime.Day(monday), stored) {
				add(day, fields)
			}
			continue
		}
		add(localtime.Day(members[i]), joinChunks(stored))
	}
	days := make([]localtime.Day, 0, len(byDay))
	for day := range byDay {
		if day >= from && day <= to {
			days = append(days, day)
		}
	}
	slices.Sort(days)
	ps := r.readSeal(person, wrapped)
	out := make([]coach.CheckIn, len(days))
	for i, day := range days {
		fields, unreadable := r.openFields(ps, person, day, byDay[day])
		out[i] = coach.CheckInFromFields(day, fields)
		out[i].Unreadable = unreadable
	}
	return out, nil
}

// openFields decrypts a day's sensitive fields. One that no key at hand
// opens is named in unreadable, never dropped in silence: a note is kept
// as written-but-unread (so that nobody is asked to write it again over
// the one that is there), an answer as unanswered. The log names the
// field, never the person or the day.
func (r *Redis) openFields(ps personSeal, person string, day localtime.Day, fields map[string]string) (_ map[string]string, unreadable []string) {
	for f, v := range fields {
		if !coach.SensitiveField(f) {
			continue
		}
		plain, err := ps.open(v, sealedAt(person, day, f))
		if err != nil {
			r.log.Error("stored value does not open with the data keys; is DATA_KEY the right one?", "field", fieldKind(f))
			unreadable = append(unreadable, f)
			if f == string(coach.FieldNote) {
				fields[f] = ""
			} else {
				delete(fields, f)
			}
			continue
		}
		fields[f] = plain
	}
	slices.Sort(unreadable)
	return fields, unreadable
}

// fieldKind is a field's name up to its first colon: "q" for a
// questionnaire answer, so a log line does not say which questionnaire.
func fieldKind(f string) string {
	kind, _, _ := strings.Cut(f, ":")
	return kind
}

// sealedAt names where a sealed value lives, as its additional data.
func sealedAt(person string, day localtime.Day, field string) string {
	return person + "/" + string(day) + "/" + field
}

// dayScore orders days numerically: 2026-11-27 scores 20261127.
func dayScore(d localtime.Day) float64 {
	n, _ := strconv.Atoi(strings.ReplaceAll(string(d), "-", ""))
	return float64(n)
}

// SaveFields implements coach.Store. The fields and the day's index entry
// are written in one script (both keys carry the person's hash tag), to
// the week's record, or to the day's own hash if it has one; a long
// sealed value is written in pieces (dayrecord.go, weekrecord.go).
func (r *Redis) SaveFields(ctx context.Context, person string, day localtime.Day, fields map[string]string) error {
	if err := checkID(person); err != nil {
		return err
	}
	var ps personSeal
	for f, v := range fields {
		if coach.SensitiveField(f) && v != "" {
			var err error
			if ps, err = r.personSeal(ctx, person, true); err != nil {
				return fmt.Errorf("save day fields: %w", err)
			}
			break
		}
	}
	stored := make(map[string]string, len(fields))
	for f, v := range fields {
		if coach.SensitiveField(f) && v != "" {
			v = ps.seal(v, sealedAt(person, day, f))
		}
		stored[f] = v
	}
	return wrap("save day fields", r.saveDay(ctx, person, day, "set", stored))
}

// saveDay runs saveDayScript with fields in the form mode ("set", "incr")
// needs.
func (r *Redis) saveDay(ctx context.Context, person string, day localtime.Day, mode string, fields map[string]string) error {
	monday, place := weekOf(day)
	args := make([]any, 0, 5+5*len(fields))
	args = append(args, dayScore(day), string(day), weekMember(monday), chunkBytes, mode)
	for f, v := range fields {
		args = append(args, f, v, encodeName(place, f), encodeValue(monday, f, v), coach.SensitiveField(f))
	}
	keys := []string{r.keys.checkIn(person, day), r.keys.checkWeek(person, monday), r.keys.checkInDays(person)}
	return saveDayScript.Run(ctx, r.rdb, keys, args...).Err()
}

// AddMoved implements coach.Store.
func (r *Redis) AddMoved(ctx context.Context, person string, day localtime.Day, minutes int) error {
	if err := checkID(person); err != nil {
		return err
	}
	return wrap("add movement", r.saveDay(ctx, person, day, "incr", map[string]string{"moved": strconv.Itoa(minutes)}))
}
