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

// saveDayScript writes a day's fields and lists the day, in one step.
// KEYS: the day's hash, the person's index of days. ARGV: the day's score
// and name, the piece size, then for each field its name, its value and
// "1" if it may be written in pieces. Pieces a longer value left before
// are deleted (they follow each other, so the first one missing ends them).
var saveDayScript = redis.NewScript(`
local size = tonumber(ARGV[3])
for i = 4, #ARGV, 3 do
  local f, v = ARGV[i], ARGV[i + 1]
  local n = 0
  if ARGV[i + 2] == '1' and #v > size then
    redis.call('HSET', KEYS[1], f, string.sub(v, 1, size))
    for at = size + 1, #v, size do
      n = n + 1
      redis.call('HSET', KEYS[1], f .. '#' .. n, string.sub(v, at, at + size - 1))
    end
  else
    redis.call('HSET', KEYS[1], f, v)
  end
  n = n + 1
  while redis.call('HDEL', KEYS[1], f .. '#' .. n) == 1 do n = n + 1 end
end
redis.call('ZADD', KEYS[2], 'NX', ARGV[1], ARGV[2])
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
