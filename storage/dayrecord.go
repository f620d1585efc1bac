package storage

import (
	"sort"
	"strconv"
	"strings"

	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/coach"
)

// A day's check-in is a small hash, and Redis keeps a small hash as one
// compact listpack only while every value is at most
// hash-max-listpack-value bytes (64 by default). One sealed note (enc2:,
// base64, 155 bytes for 84 characters) would turn the whole day into a
// hash table, about three times its size (1,128 B against 344 B, MEMORY
// USAGE). So a sealed field's stored value longer than chunkBytes is
// written in pieces: the first under the field's own name, the rest under
// "<field>#1", "<field>#2", ... (no coach field name has a '#'). Reading
// joins them again before anything is opened; a value written whole (by
// versions before this, or shorter than chunkBytes) reads as it is.

// chunkBytes is the largest piece of a value kept under one field: Redis's
// default hash-max-listpack-value.
const chunkBytes = 64

// chunkSep separates a field's name from the number of one of its pieces.
const chunkSep = "#"

// saveDayScript writes fields of a day, or adds to them, and lists the day,
// in one step. KEYS: the day's own hash (days written before week
// records), the week's record, the person's index of days. ARGV: the
// day's score, its member as a day and as a week in the index, the piece
// size, "set" or "incr", then for each field five values: its name and
// value in a day's own hash, its name and value in a week record, and "1"
// if it may be written in pieces. A day that has a hash of its own keeps
// it; any other goes to its week's record. Pieces a longer value left
// before are deleted (they follow each other, so the first one missing
// ends them).
var saveDayScript = redis.NewScript(`
local old = redis.call('EXISTS', KEYS[1]) == 1
local key, at = KEYS[2], 2
if old then key, at = KEYS[1], 0 end
local size = tonumber(ARGV[4])
for i = 6, #ARGV, 5 do
  local f, v = ARGV[i + at], ARGV[i + at + 1]
  if ARGV[5] == 'incr' then
    redis.call('HINCRBY', key, f, v)
  else
    local n = 0
    if ARGV[i + 4] == '1' and #v > size then
      redis.call('HSET', key, f, string.sub(v, 1, size))
      for from = size + 1, #v, size do
        n = n + 1
        redis.call('HSET', key, f .. '#' .. n, string.sub(v, from, from + size - 1))
      end
    else
      redis.call('HSET', key, f, v)
    end
    n = n + 1
    while redis.call('HDEL', key, f .. '#' .. n) == 1 do n = n + 1 end
  end
end
if old then
  redis.call('ZADD', KEYS[3], 'NX', ARGV[1], ARGV[2])
else
  redis.call('ZADD', KEYS[3], 'LT', ARGV[1], ARGV[3])
end
return 1
`)

// joinChunks puts the pieces of values written in pieces back together,
// in place, and returns fields. A piece whose field is not there, or not
// one written in pieces, is left as it is.
func joinChunks(fields map[string]string) map[string]string {
	var pieces map[string][]string // field -> names of its pieces
	for f := range fields {
		base, n, ok := strings.Cut(f, chunkSep)
		if !ok || !coach.SensitiveField(base) {
			continue
		}
		if _, err := strconv.Atoi(n); err != nil {
			continue
		}
		if _, ok := fields[base]; !ok {
			continue
		}
		if pieces == nil {
			pieces = map[string][]string{}
		}
		pieces[base] = append(pieces[base], f)
	}
	for base, names := range pieces {
		sort.Slice(names, func(i, j int) bool { return chunkNumber(names[i]) < chunkNumber(names[j]) })
		var b strings.Builder
		b.WriteString(fields[base])
		for i, name := range names {
			if chunkNumber(name) == i+1 { // a gap ends the value
				b.WriteString(fields[name])
			}
			delete(fields, name)
		}
		fields[base] = b.String()
	}
	return fields
}

func chunkNumber(field string) int {
	_, n, _ := strings.Cut(field, chunkSep)
	i, _ := strconv.Atoi(n)
	return i
}
