package storage

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

var _ coach.Retainer = (*Redis)(nil)

// PeopleWithDaysBefore implements coach.Retainer: it walks the key space
// (every master of a Cluster) for people whose oldest day is before the
// cutoff, and calls fn with each, one call at a time (a Cluster's masters
// are walked at once).
func (r *Redis) PeopleWithDaysBefore(ctx context.Context, cutoff localtime.Day, fn func(person string) error) error {
	var mu sync.Mutex
	walk := func(ctx context.Context, c redis.UniversalClient) error {
		iter := c.Scan(ctx, 0, r.keys.everyCheckInDays(), 500).Iterator()
		for iter.Next(ctx) {
			person, ok := r.keys.personOfCheckInDays(iter.Val())
			if !ok {
				continue
			}
			oldest, err := c.ZRangeWithScores(ctx, iter.Val(), 0, 0).Result()
			if err != nil {
				return fmt.Errorf("oldest day: %w", err)
			}
			if len(oldest) == 1 && oldest[0].Score < dayScore(cutoff) {
				mu.Lock()
				err := fn(person)
				mu.Unlock()
				if err != nil {
					return err
				}
			}
		}
		return wrap("scan people", iter.Err())
	}
	return r.eachMaster(ctx, walk)
}

// ForgetDays implements coach.Retainer: the weekly aggregates are kept and
// the raw days deleted, in one script (one hash tag): a day's own hash, or
// its fields in its week's record (weekrecord.go), which goes when it
// holds no other day and is otherwise listed again by its earliest day.
func (r *Redis) ForgetDays(ctx context.Context, person string, days []localtime.Day, weeks []coach.WeekAggregate) error {
	if err := checkID(person); err != nil || len(days) == 0 {
		return err
	}
	keys := []string{r.keys.weeks(person), r.keys.checkInDays(person)}
	args := []any{len(weeks)}
	for _, w := range weeks {
		raw, err := json.Marshal(w)
		if err != nil {
			return fmt.Errorf("encode week: %w", err)
		}
		args = append(args, string(w.Start), raw)
	}
	for _, d := range days {
		monday, place := weekOf(d)
		scores := make([]string, 7)
		for i := range scores {
			scores[i] = strconv.FormatFloat(dayScore(monday.AddDays(i)), 'f', 0, 64)
		}
		keys = append(keys, r.keys.checkIn(person, d), r.keys.checkWeek(person, monday))
		args = append(args, string(d), weekMember(monday), strconv.Itoa(place), strings.Join(scores, ","))
	}
	return wrap("forget days", forgetDaysScript.Run(ctx, r.rdb, keys, args...).Err())
}

// forgetDaysScript: KEYS are the person's weekly aggregates, their index
// of days, then for each day its own hash and its week's record. ARGV:
// how many aggregates, each as week start and JSON, then for each day its
// member as a day and as a week in the index, its place in the week, and
// the scores of the week's seven days (comma-separated).
var forgetDaysScript = redis.NewScript(strings.ReplaceAll(`
-- A field's place in the week (weekrecord.go): a number (with "#<piece>"
-- after it) is place * STRIDE + the field; anything else starts with it.
local function placeOf(f)
  local n = string.match(f, '^(%d+)$') or string.match(f, '^(%d+)#%d+$')
  if n then return math.floor(tonumber(n) / STRIDE) end
  return tonumber(string.sub(f, 1, 1))
end
local n = tonumber(ARGV[1])
for i = 1, n do
  redis.call('HSET', KEYS[1], ARGV[2 * i], ARGV[2 * i + 1])
end
local k = 3
for a = 2 + 2 * n, #ARGV, 4 do
  local week, member, place = KEYS[k + 1], ARGV[a + 1], tonumber(ARGV[a + 2])
  redis.call('DEL', KEYS[k])
  redis.call('ZREM', KEYS[2], ARGV[a])
  local drop, least = {}, nil
  for _, f in ipairs(redis.call('HKEYS', week)) do
    local p = placeOf(f)
    if p == place then
      drop[#drop + 1] = f
    elseif p and (least == nil or p < least) then
      least = p
    end
  end
  if #drop > 0 then redis.call('HDEL', week, unpack(drop)) end
  if least == nil then
    redis.call('DEL', week)
    redis.call('ZREM', KEYS[2], member)
  else
    local scores = {}
    for s in string.gmatch(ARGV[a + 3], '[^,]+') do scores[#scores + 1] = s end
    redis.call('ZADD', KEYS[2], 'XX', scores[least + 1], member)
  end
  k = k + 2
end
return 1
`, "STRIDE", strconv.Itoa(weekStride)))

// Weeks implements coach.Retainer.
func (r *Redis) Weeks(ctx context.Context, person string) ([]coach.WeekAggregate, error) {
	if err := checkID(person); err != nil {
		return nil, err
	}
	raws, err := r.rdb.HGetAll(ctx, r.keys.weeks(person)).Result()
	if err != nil {
		return nil, fmt.Errorf("load weeks: %w", err)
	}
	out := make([]coach.WeekAggregate, 0, len(raws))
	for _, raw := range raws {
		var w coach.WeekAggregate
		if err := json.Unmarshal([]byte(raw), &w); err != nil {
			return nil, fmt.Errorf("decode week: %w", err)
		}
		out = append(out, w)
	}
	return out, nil
}
