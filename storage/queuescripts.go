package storage

import "github.com/redis/go-redis/v9"

// The queue's Lua steps. Each works on one partition (every key carries its
// hash tag) and on whole people: a person's jobs are one field of the
// partition's people hash, a list of entries, one a line:
//
//	<id> P<at>|<job>   waiting, due at <at>
//	<id> L<at>|<job>   claimed (its lease is in leases)
//	<id> D<t>          done at <t>, remembered until t + doneFor
//
// times in Unix milliseconds, base 36; <job> is the job's stored form
// without the person (encodeLine, jobcodec.go), which holds no line
// break. Every step reads the people it touches in one HMGET, changes
// them in Lua, and writes them back in one HSET, then sets their place in
// next (their earliest waiting job), in forget (their oldest done id) and
// the count of waiting jobs: a batch costs the same few commands however
// many people it holds. Claim and Ack, the hot steps, change only the
// lines they touch (SLOWLOG showed parsing and rebuilding whole people
// made them several times slower); the rarer steps parse and store whole
// people.

// queueLib is the Lua every queue step starts with.
//
// KEYS[1] people, KEYS[2] next, KEYS[3] forget, KEYS[4] pending; ARGV[1]
// is the cut-off (done ids older are forgotten), ARGV[2] doneFor (ms).
const queueLib = `
local cutoff, doneFor = tonumber(ARGV[1]), tonumber(ARGV[2])
local function num(s)
  if string.sub(s, 1, 1) == '-' then return -tonumber(string.sub(s, 2), 36) end
  return tonumber(s, 36)
end
-- parse reads a person's field into an ordered table of entries.
local function parse(blob)
  local d = {ids = {}, at = {}, e = {}, waiting = 0}
  if type(blob) ~= 'string' then return d end
  for line in string.gmatch(blob, '[^\n]+') do
    local id, s, t, rest = string.match(line, '^(%S+) (%u)(%-?%w+)(.*)$')
    if id then
      if not d.at[id] then d.ids[#d.ids + 1] = id; d.at[id] = true end
      d.e[id] = {s = s, raw = t, t = num(t), rest = rest}
    end
  end
  for _, id in ipairs(d.ids) do
    local e = d.e[id]
    if e.s == 'P' then
      d.waiting = d.waiting + 1
      if not d.first or e.t < d.first then d.first = e.t end
    elseif e.s == 'D' and (not d.oldest or e.t < d.oldest) then
      d.oldest = e.t
    end
  end
  return d
end
local function put(d, id, s, raw, rest)
  if not d.at[id] then d.ids[#d.ids + 1] = id; d.at[id] = true end
  d.e[id] = {s = s, raw = raw, t = num(raw), rest = rest}
end
local W = {hset = {}, hdel = {}, next = {}, unnext = {}, forget = {}, unforget = {}, waiting = 0}
-- store writes a person back (at flush), forgetting done ids older than
-- the cut-off, and sets their place in next and forget where it changed
-- (d.first and d.oldest are what parse found; a step that is not sure of
-- them, claiming from next or forget, sets them to -1).
local function store(person, d)
  local out, first, oldest, waiting = {}, nil, nil, 0
  for _, id in ipairs(d.ids) do
    local e = d.e[id]
    if e and not (e.s == 'D' and e.t < cutoff) then
      out[#out + 1] = id .. ' ' .. e.s .. e.raw .. e.rest
      if e.s == 'P' then
        waiting = waiting + 1
        if not first or e.t < first then first = e.t end
      elseif e.s == 'D' and (not oldest or e.t < oldest) then
        oldest = e.t
      end
    end
  end
  W.waiting = W.waiting + waiting - d.waiting
  if #out == 0 then
    W.hdel[#W.hdel + 1] = person
  else
    W.hset[#W.hset + 1] = person
    W.hset[#W.hset + 1] = table.concat(out, '\n')
  end
  if first ~= d.first then
    if first then
      W.next[#W.next + 1] = first
      W.next[#W.next + 1] = person
    else
      W.unnext[#W.unnext + 1] = person
    end
  end
  if oldest ~= d.oldest then
    if oldest then
      W.forget[#W.forget + 1] = oldest + doneFor
      W.forget[#W.forget + 1] = person
    else
      W.unforget[#W.unforget + 1] = person
    end
  end
end
local function flush()
  if #W.hset > 0 then redis.call('HSET', KEYS[1], unpack(W.hset)) end
  if #W.hdel > 0 then redis.call('HDEL', KEYS[1], unpack(W.hdel)) end
  if #W.next > 0 then redis.call('ZADD', KEYS[2], unpack(W.next)) end
  if #W.unnext > 0 then redis.call('ZREM', KEYS[2], unpack(W.unnext)) end
  if #W.forget > 0 then redis.call('ZADD', KEYS[3], unpack(W.forget)) end
  if #W.unforget > 0 then redis.call('ZREM', KEYS[3], unpack(W.unforget)) end
  if W.waiting ~= 0 and redis.call('INCRBY', KEYS[4], W.waiting) <= 0 then redis.call('DEL', KEYS[4]) end
end
-- line finds id's line in a person's field: its start and the index
-- after its end (a line break or the field's end), or nil.
local function line(blob, id)
  local key, init = id .. ' ', 1
  while true do
    local s = string.find(blob, key, init, true)
    if not s then return nil end
    if s == 1 or string.byte(blob, s - 1) == 10 then
      return s, (string.find(blob, '\n', s, true) or #blob + 1)
    end
    init = s + 1
  end
end
-- load reads the given people in one HMGET.
local function load(people)
  local docs = {}
  if #people == 0 then return docs end
  local blobs = redis.call('HMGET', KEYS[1], unpack(people))
  for i, p in ipairs(people) do docs[i] = parse(blobs[i]) end
  return docs
end
`

func queueScript(body string) *redis.Script { return redis.NewScript(queueLib + body) }

// scheduleScript adds jobs: ARGV[3] on, per person "<person>", n, then n
// times id, at, job. A job done already (here, or in the done set of the
// per-job layout, KEYS[5]) is not planned again; one claimed now keeps
// its claim and takes the new form.
var scheduleScript = queueScript(`
local old = redis.call('EXISTS', KEYS[5]) == 1
local people, idx, jobs = {}, {}, {}
local i = 3
while i <= #ARGV do
  local p, n = ARGV[i], tonumber(ARGV[i + 1])
  if not idx[p] then people[#people + 1] = p; idx[p] = #people; jobs[#people] = {} end
  local js = jobs[idx[p]]
  for j = 0, n - 1 do js[#js + 1] = i + 2 + 3 * j end
  i = i + 2 + 3 * n
end
local docs = load(people)
for k, p in ipairs(people) do
  local d = docs[k]
  for _, j in ipairs(jobs[k]) do
    local id, at, job = ARGV[j], ARGV[j + 1], ARGV[j + 2]
    local e = d.e[id]
    if e and e.s == 'D' then
    elseif e and e.s == 'L' then
      put(d, id, 'L', at, '|' .. job)
    elseif old and redis.call('ZSCORE', KEYS[5], id) then
    else
      put(d, id, 'P', at, '|' .. job)
    end
  end
  store(p, d)
end
flush()
return 0
`)

// claimScript leases up to ARGV[4] jobs due at ARGV[3] until ARGV[5]:
// first those whose lease ran out (their worker died) and are still
// claimed, then the people's waiting jobs, earliest person first. On the
// way it forgets, for up to ARGV[6] people, the done ids older than the
// cut-off. It returns person, id and "<at>|<job>" for each job. KEYS[5]
// is leases.
//
// A person with only jobs due (the common case) is not parsed: one pass
// over their field finds the waiting lines and their times, and a claimed
// line changes only its state letter (P to L, the same length), so the
// rest of the field is copied, not rebuilt. People with a lease run out
// or done ids to forget take the whole-person way (parse, store).
var claimScript = queueScript(`
local now, room, untilAt = tonumber(ARGV[3]), tonumber(ARGV[4]), ARGV[5]
local people, want = {}, {}
local function need(p)
  if not want[p] then want[p] = {}; people[#people + 1] = p end
  return want[p]
end
local unlease = {}
for _, m in ipairs(redis.call('ZRANGEBYSCORE', KEYS[5], '-inf', now, 'LIMIT', 0, room)) do
  local p, id = string.match(m, '^([^/]+)/(.+)$')
  if p then
    local w = need(p)
    w.runout = w.runout or {}
    w.runout[#w.runout + 1] = id
  else
    unlease[#unlease + 1] = m
  end
end
local nexts = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now, 'WITHSCORES', 'LIMIT', 0, room)
for i = 1, #nexts, 2 do need(nexts[i]).due = tonumber(nexts[i + 1]) end
local forgetting = tonumber(ARGV[6])
if forgetting > 0 then
  for _, p in ipairs(redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', now, 'LIMIT', 0, forgetting)) do need(p).forget = true end
end
if #people == 0 and #unlease == 0 then return {} end
local blobs = {}
if #people > 0 then blobs = redis.call('HMGET', KEYS[1], unpack(people)) end
local out, lease = {}, {}
local function take(p, id, e)
  e.s = 'L'
  out[#out + 1] = p
  out[#out + 1] = id
  out[#out + 1] = e.raw .. e.rest
  lease[#lease + 1] = untilAt
  lease[#lease + 1] = p .. '/' .. id
  room = room - 1
end
local docs = {}
for k, p in ipairs(people) do
  local w = want[p]
  if w.runout or w.forget then
    local d = parse(blobs[k])
    docs[k] = d
    for _, id in ipairs(w.runout or {}) do
      local e = d.e[id]
      if not (e and e.s == 'L') then
        unlease[#unlease + 1] = p .. '/' .. id -- done, put back or cancelled meanwhile
      elseif room > 0 then
        take(p, id, e)
      end
    end
  end
end
-- fast claims a due person's due jobs, earliest first, without parsing
-- the rest of their field.
local function fast(p, blob, was)
  if type(blob) ~= 'string' then W.unnext[#W.unnext + 1] = p; return end
  local due, first, pos, n = {}, nil, 1, #blob
  while pos <= n do
    local e = string.find(blob, '\n', pos, true) or n + 1
    local sp = string.find(blob, ' ', pos, true)
    if sp and sp + 1 < e and string.byte(blob, sp + 1) == 80 then -- 'P'
      local bar = string.find(blob, '|', sp + 2, true)
      if bar and bar < e then
        local t = num(string.sub(blob, sp + 2, bar - 1))
        if t <= now then
          due[#due + 1] = {t = t, id = string.sub(blob, pos, sp - 1), sp = sp, e = e}
        elseif not first or t < first then
          first = t
        end
      end
    end
    pos = e + 1
  end
  if #due > 1 then
    table.sort(due, function(a, b)
      if a.t ~= b.t then return a.t < b.t end
      return a.id < b.id
    end)
  end
  local taken = {}
  for _, j in ipairs(due) do
    if room > 0 then
      taken[#taken + 1] = j
      out[#out + 1] = p
      out[#out + 1] = j.id
      out[#out + 1] = string.sub(blob, j.sp + 2, j.e - 1)
      lease[#lease + 1] = untilAt
      lease[#lease + 1] = p .. '/' .. j.id
      room = room - 1
    elseif not first or j.t < first then
      first = j.t
    end
  end
  if #taken > 0 then
    table.sort(taken, function(a, b) return a.sp < b.sp end)
    local parts, at = {}, 1
    for _, j in ipairs(taken) do
      parts[#parts + 1] = string.sub(blob, at, j.sp)
      parts[#parts + 1] = 'L'
      at = j.sp + 2
    end
    parts[#parts + 1] = string.sub(blob, at)
    W.hset[#W.hset + 1] = p
    W.hset[#W.hset + 1] = table.concat(parts)
    W.waiting = W.waiting - #taken
  end
  if not first then
    W.unnext[#W.unnext + 1] = p
  elseif first ~= was then
    W.next[#W.next + 1] = first
    W.next[#W.next + 1] = p
  end
end
for k, p in ipairs(people) do
  local w, d = want[p], docs[k]
  if d then
    if w.due then d.first = -1 end
    if w.forget then d.oldest = -1 end
    if w.due and room > 0 then
      local due = {}
      for _, id in ipairs(d.ids) do
        local e = d.e[id]
        if e and e.s == 'P' and e.t <= now then due[#due + 1] = id end
      end
      table.sort(due, function(a, b)
        if d.e[a].t ~= d.e[b].t then return d.e[a].t < d.e[b].t end
        return a < b
      end)
      for _, id in ipairs(due) do
        if room <= 0 then break end
        take(p, id, d.e[id])
      end
    end
    store(p, d)
  elseif room > 0 then
    fast(p, blobs[k], w.due)
  end
end
flush()
if #lease > 0 then redis.call('ZADD', KEYS[5], unpack(lease)) end
if #unlease > 0 then redis.call('ZREM', KEYS[5], unpack(unlease)) end
return out
`)

// ackScript marks jobs done at ARGV[3] (its number in base 36): ARGV[4]
// on, per job person, id, and the id to remember it under ("" for id
// itself; a readable name is remembered under its opaque id; "!" for a
// job whose person is gone, which is remembered nowhere, and whose line,
// if still there, goes). Their leases (KEYS[5]) go.
//
// A claimed job's line is replaced where it stands ("<id> D<t>"), the
// rest of the field copied, and the person's place in forget set with
// ZADD LT (a job done now is never older than their oldest done id); a
// person's jobs in one batch are done together, one HSET for all. A job
// still waiting, or remembered under another id, takes the whole-person
// way (parse, store) for its person.
//
// A job whose line is gone was cancelled while it ran (/stop), and is
// still remembered as done; unless its id is in erased (KEYS[6]): its
// person was erased meanwhile (/delete), and nothing of them is written
// back. Only a job whose line is gone costs that look-up.
var ackScript = queueScript(`
local t36 = ARGV[3]
local forgetAt = num(t36) + doneFor
local people, idx, jobs = {}, {}, {}
for i = 4, #ARGV, 3 do
  local p = ARGV[i]
  if not idx[p] then people[#people + 1] = p; idx[p] = #people end
  jobs[#jobs + 1] = i
end
local fields = redis.call('HMGET', KEYS[1], unpack(people))
local slow, later, touched = {}, {}, {}
local unlease = {}
local function present(b, id) return type(b) == 'string' and line(b, id) ~= nil end
for _, i in ipairs(jobs) do
  local p, id, as = ARGV[i], ARGV[i + 1], ARGV[i + 2]
  local k = idx[p]
  unlease[#unlease + 1] = p .. '/' .. id
  local key = id
  if as ~= '' and as ~= '!' then key = as end
  local b, s, e = fields[k], nil, nil
  if type(b) == 'string' then s, e = line(b, id) end
  local gone = as == '!'
  if not gone and not s and not (key ~= id and present(b, key)) then
    gone = redis.call('ZSCORE', KEYS[6], key) ~= false
  end
  if gone then
    if key ~= id then unlease[#unlease + 1] = p .. '/' .. key end
    -- a name whose person is gone, its line still here (a therapist's
    -- alert about an erased patient): the line goes, or it would stay
    -- claimed for good, holding the name
    if as == '!' and s then
      slow[k] = true
      later[#later + 1] = i
    end
  else
    touched[k] = true
    if not slow[k] and key ~= id then slow[k] = true end
    if not slow[k] then
      local done = id .. ' D' .. t36
      if type(b) ~= 'string' then
        fields[k] = done
      elseif not s then
        fields[k] = b .. '\n' .. done
      elseif string.byte(b, s + #id + 1) == 80 then -- 'P': waiting changes
        slow[k] = true
      else
        fields[k] = string.sub(b, 1, s - 1) .. done .. string.sub(b, e)
      end
    end
    if slow[k] then
      later[#later + 1] = i
      if key ~= id then unlease[#unlease + 1] = p .. '/' .. key end
    end
  end
end
local docs, lt = {}, {}
for k, p in ipairs(people) do
  if slow[k] then
    -- the jobs done above are lines of fields[k] already: no waiting
    -- job changed, so parse finds the same waiting and first
    local d = parse(fields[k])
    d.oldest = -1
    docs[k] = d
  elseif touched[k] then
    W.hset[#W.hset + 1] = p
    W.hset[#W.hset + 1] = fields[k]
    lt[#lt + 1] = forgetAt
    lt[#lt + 1] = p
  end
end
for _, i in ipairs(later) do
  local p, id, as = ARGV[i], ARGV[i + 1], ARGV[i + 2]
  local d = docs[idx[p]]
  if as == '!' then
    d.e[id] = nil
  else
    if as ~= '' and as ~= id then d.e[id] = nil else as = id end
    put(d, as, 'D', t36, '')
  end
end
for k, p in ipairs(people) do
  if slow[k] then store(p, docs[k]) end
end
flush()
if #lt > 0 then redis.call('ZADD', KEYS[3], 'LT', unpack(lt)) end
redis.call('ZREM', KEYS[5], unpack(unlease))
return #jobs
`)

// releaseLib takes a claimed job off its person d (parsed) and its
// leases (KEYS[5]): id, and the readable name it had ("" if none). It
// returns the entry id had and the one name had, before.
const releaseLib = `
local function release(d, p, id, name)
  local e, was = d.e[id], nil
  local unlease = {p .. '/' .. id}
  if name ~= '' then
    was = d.e[name]
    d.e[name] = nil
    unlease[2] = p .. '/' .. name
  end
  redis.call('ZREM', KEYS[5], unpack(unlease))
  return e, was
end
`

// retryScript puts a job back, due at ARGV[5]: ARGV[3] person, ARGV[4]
// id, ARGV[6] its job, ARGV[7] the readable name it had ("" if none). KEYS[5]
// is leases. A job done meanwhile stays done, and one no longer in its
// person's field (cancelled, or the person erased, while it ran) stays
// gone: /stop and /delete are not undone by a retry.
var retryScript = queueScript(releaseLib + `
local p, id = ARGV[3], ARGV[4]
local d = load({p})[1]
local e, was = release(d, p, id, ARGV[7])
if (e and e.s ~= 'D') or (not e and was) then put(d, id, 'P', ARGV[5], '|' .. ARGV[6]) end
store(p, d)
flush()
return 0
`)

// deadLetterScript sets a job aside in the dead letters (KEYS[6]) under
// ARGV[4] with ARGV[5]: ARGV[3] person, ARGV[6] the readable name it had
// ("" if none). KEYS[5] is leases. A job whose person was erased while it
// ran (its id in erased, KEYS[7]; or ARGV[5] empty, a readable name whose
// person is gone) is not set aside: a dead letter names its person.
var deadLetterScript = queueScript(releaseLib + `
local p, id = ARGV[3], ARGV[4]
local d = load({p})[1]
release(d, p, id, ARGV[6])
local erased = not d.e[id] and redis.call('ZSCORE', KEYS[7], id)
d.e[id] = nil
store(p, d)
flush()
if ARGV[5] ~= '' and not erased then redis.call('HSET', KEYS[6], id, ARGV[5]) end
return 0
`)

// cancelScript removes a person's (ARGV[3]) jobs that are not done: the
// ids from ARGV[4] on, or every one with none given. Done ids stay, so
// that a day planned again is still not sent twice.
var cancelScript = queueScript(`
local p = ARGV[3]
local d = load({p})[1]
if #ARGV < 4 then
  for _, id in ipairs(d.ids) do
    local e = d.e[id]
    if e and e.s ~= 'D' then d.e[id] = nil end
  end
end
for i = 4, #ARGV do
  local e = d.e[ARGV[i]]
  if e and e.s ~= 'D' then d.e[ARGV[i]] = nil end
end
store(p, d)
flush()
return 0
`)

// eraseScript leaves nothing of a person (ARGV[3]) in the partition, at
// ARGV[4] (ms): with ARGV[6] "all", their field, done ids too, and every
// lease of theirs (/delete); otherwise the lines not done and the leases
// of the ids from ARGV[7] on (jobs about them in another's queue, ARGV[3]
// then being that other). The opaque ids of their jobs
// that were claimed (a line L, or a lease), and the opaque ids from ARGV[7]
// on, go into erased (KEYS[6]) until ARGV[5], so that an ack, retry or dead
// letter of one still running writes nothing back (ackScript,
// deadLetterScript); readable names are left out (Go passes their opaque
// ids). erased forgets what is older than ARGV[4], and goes a day after
// the last erase (erasedFor).
//
// With "all" it returns the readable names it found claimed (a line L, or
// a lease) and so could not mark: a job of the per-job layout claimed
// after Go listed the person's claims. Go marks their opaque ids in one
// more step (dropPerson).
var eraseScript = queueScript(`
local p, now, untilAt, all = ARGV[3], tonumber(ARGV[4]), ARGV[5], ARGV[6] == 'all'
local mark, unlease, skipped = {}, {}, {}
local function erased(id)
  if not string.find(id, ':', 1, true) then
    mark[#mark + 1] = untilAt
    mark[#mark + 1] = id
  end
end
local function found(id)
  if string.find(id, ':', 1, true) then skipped[#skipped + 1] = id end
  erased(id)
end
for i = 7, #ARGV do
  erased(ARGV[i])
  unlease[#unlease + 1] = p .. '/' .. ARGV[i]
end
if all then
  local d = load({p})[1]
  for _, id in ipairs(d.ids) do
    if d.e[id].s == 'L' then found(id) end
  end
  d.ids = {}
  store(p, d)
  flush()
  local prefix = p .. '/'
  for _, m in ipairs(redis.call('ZRANGE', KEYS[5], 0, -1)) do
    if string.sub(m, 1, #prefix) == prefix then
      unlease[#unlease + 1] = m
      found(string.sub(m, #prefix + 1))
    end
  end
elseif #ARGV >= 7 then
  -- their lines go in this same step: an ack between marking and
  -- cancelling would find the line and remember the job as done
  local d = load({p})[1]
  for i = 7, #ARGV do
    local e = d.e[ARGV[i]]
    if e and e.s ~= 'D' then d.e[ARGV[i]] = nil end
  end
  store(p, d)
  flush()
end
if #unlease > 0 then redis.call('ZREM', KEYS[5], unpack(unlease)) end
redis.call('ZREMRANGEBYSCORE', KEYS[6], '-inf', now)
if #mark > 0 then
  redis.call('ZADD', KEYS[6], unpack(mark))
  redis.call('PEXPIREAT', KEYS[6], untilAt)
end
return skipped
`)

// adoptScript moves jobs claimed from the per-job layout of before into
// their people's fields, claimed until ARGV[3]: ARGV[4] on, per job
// person, id, at and job. KEYS[5] is leases. With KEYS[6] and KEYS[7]
// (the old partition's leased set and payloads, in the same slot) it
// moves only the jobs still leased there (not acknowledged meanwhile by a
// replica of before) and removes them there, in the same step; it returns
// the ids moved. A job done already here is removed there and not moved.
var adoptScript = queueScript(`
local untilAt = ARGV[3]
local people, idx, jobs = {}, {}, {}
for i = 4, #ARGV, 4 do
  local p = ARGV[i]
  if not idx[p] then people[#people + 1] = p; idx[p] = #people end
  jobs[#jobs + 1] = i
end
local docs = load(people)
local out, lease, drop = {}, {}, {}
for _, i in ipairs(jobs) do
  local p, id, at, job = ARGV[i], ARGV[i + 1], ARGV[i + 2], ARGV[i + 3]
  local d = docs[idx[p]]
  if #KEYS < 6 or redis.call('ZSCORE', KEYS[6], id) then
    drop[#drop + 1] = id
    local e = d.e[id]
    if not (e and e.s == 'D') then
      put(d, id, 'L', at, '|' .. job)
      lease[#lease + 1] = untilAt
      lease[#lease + 1] = p .. '/' .. id
      out[#out + 1] = id
    end
  end
end
for k, p in ipairs(people) do store(p, docs[k]) end
flush()
if #lease > 0 then redis.call('ZADD', KEYS[5], unpack(lease)) end
if #KEYS >= 7 and #drop > 0 then
  redis.call('ZREM', KEYS[6], unpack(drop))
  redis.call('HDEL', KEYS[7], unpack(drop))
end
return out
`)
