package storage

import (
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"

	"github.com/aftercare/aftercare/coach/localtime"
)

// keys builds every Redis key Aftercare uses; the schema is in the package doc.
type keys struct {
	prefix string
}

func (k keys) user(id string) string { return k.prefix + "{u:" + id + "}:" }

func (k keys) person(id string) string      { return k.user(id) + "person" }
func (k keys) checkInDays(id string) string { return k.user(id) + "ci-days" }
func (k keys) sessions(id string) string    { return k.user(id) + "sessions" }
func (k keys) personJobs(id string) string  { return k.user(id) + "jobs" }
func (k keys) checkIn(id string, day localtime.Day) string {
	return k.user(id) + "ci:" + string(day)
}

// dayRecord is the key an entry of checkInDays stands for: a week's
// record ("w<Monday>") or a day's own hash (the day).
func (k keys) dayRecord(id, member string) string {
	if monday, ok := strings.CutPrefix(member, "w"); ok {
		return k.checkWeek(id, localtime.Day(monday))
	}
	return k.checkIn(id, localtime.Day(member))
}

// checkWeek is a week's check-ins, from its Monday (weekrecord.go).
func (k keys) checkWeek(id string, monday localtime.Day) string {
	return k.user(id) + "cw:" + string(monday)
}

func (k keys) therapist(id string) string { return k.user(id) + "therapist" }
func (k keys) shares(id string) string    { return k.user(id) + "shares" }
func (k keys) patients(id string) string  { return k.user(id) + "patients" }
func (k keys) audit(id string) string     { return k.user(id) + "audit" }
func (k keys) groups(id string) string    { return k.user(id) + "groups" }
func (k keys) weeks(id string) string     { return k.user(id) + "weeks" }
func (k keys) dmChannel(id string) string { return k.user(id) + "dm" }
func (k keys) awaiting(id string) string  { return k.user(id) + "awaiting" }
func (k keys) asks(id string) string      { return k.user(id) + "asks" }
func (k keys) invite(code string) string  { return k.prefix + "invite:" + code }

// idKey is the person's salt for opaque job ids (jobref.go).
func (k keys) idKey(id string) string { return k.user(id) + "idkey" }

// dataKey is the person's own key for their health data, wrapped with
// DATA_KEY (personkey.go).
func (k keys) dataKey(id string) string { return k.user(id) + "datakey" }

// dataKeyCheck is a value sealed with DATA_KEY, opened at start to tell a
// wrong key from the right one (check.go).
func (k keys) dataKeyCheck() string { return k.prefix + "datakey-check" }

// keysKeptIn names, in the data's Redis, the key store that holds its
// people's keys: its stamp (keystore_open.go). Absent: they are here.
func (k keys) keysKeptIn() string { return k.prefix + "keys-kept-in" }

// keyStoreStamp is, in a key store kept apart, the id it was stamped with.
func (k keys) keyStoreStamp() string { return k.prefix + "keystore-stamp" }

// keyStoreProbe is written in the data's Redis and looked for through the
// key store's connection: found, the two are one database.
func (k keys) keyStoreProbe() string { return k.prefix + "keystore-probe" }

// codeTries counts the invite codes a person tried in the last hour.
func (k keys) codeTries(id string) string { return k.user(id) + "code-tries" }

// safetyPlan is the person's safety plan, a step a field (sealed).
func (k keys) safetyPlan(id string) string { return k.user(id) + "safetyplan" }

func (k keys) group(id string) string { return k.prefix + "{g:" + id + "}:group" }
func (k keys) groupAnswers(id string, day localtime.Day) string {
	return k.prefix + "{g:" + id + "}:answers:" + string(day)
}
func (k keys) groupDay(id string, day localtime.Day) string {
	return k.prefix + "{g:" + id + "}:day:" + string(day)
}
func (k keys) groupMembers(id string) string { return k.prefix + "{g:" + id + "}:challenge" }

// QueueParts is how many partitions the due queue is spread over, each
// under a hash tag of its own, so that on a Cluster each master dispatches
// its share. It is fixed: a person's partition (QueuePart) must not move
// while their jobs wait.
const QueueParts = 16

// partTags are the partitions' hash tags, "sched:<n>.<k>": k is the first
// number that puts partition n's Cluster slot in the n-th sixteenth of the
// 16384 slots. Plain "sched:<n>" tags would fall where CRC16 throws them
// (3, 8 and 5 of 16 on a three-master Cluster); spread evenly over the slot
// space, the partitions divide as evenly as the masters divide the slots.
var partTags = func() [QueueParts]string {
	var tags [QueueParts]string
	for n := range tags {
		for k := 0; ; k++ {
			tag := "sched:" + strconv.Itoa(n) + "." + strconv.Itoa(k)
			if slot := ClusterSlot(tag); slot*QueueParts/clusterSlots == n {
				tags[n] = tag
				break
			}
		}
	}
	return tags
}()

// clusterSlots is how many hash slots a Redis Cluster has.
const clusterSlots = 16384

// ClusterSlot is the Redis Cluster hash slot of a key (or of its hash tag,
// the part between its first '{' and the next '}' when not empty): CRC16
// (XMODEM) modulo 16384, as CLUSTER KEYSLOT computes it.
func ClusterSlot(key string) int {
	if i := strings.IndexByte(key, '{'); i >= 0 {
		if j := strings.IndexByte(key[i+1:], '}'); j > 0 {
			key = key[i+1 : i+1+j]
		}
	}
	var crc uint16
	for i := 0; i < len(key); i++ {
		crc ^= uint16(key[i]) << 8
		for range 8 {
			if crc&0x8000 != 0 {
				crc = crc<<1 ^ 0x1021
			} else {
				crc <<= 1
			}
		}
	}
	return int(crc) % clusterSlots
}

// queueKeys are the keys of one partition of the due queue; every one
// carries the partition's hash tag, so its Lua steps touch one slot.
//
// A partition keeps each person's jobs in one field of people (queue.go):
// next lists the people by when their next job falls due, leases the jobs
// claimed ("<person>/<id>", scored by when their lease runs out), forget
// the people by when their oldest done id is to be forgotten, pending
// counts the jobs waiting, and erased holds the opaque ids of jobs whose
// person was erased while they ran (queue.go, markErased). due, leased,
// jobs and done are the per-job layout of before (one member per job),
// still drained (queueold.go); dead is the dead letters of both.
type queueKeys struct {
	people, next, leases, forget, pending string
	erased                                string
	due, leased, jobs, done, dead         string
	n                                     int  // the partition's number
	old                                   bool // claim from the per-job layout of before
	legacy                                bool // the single queue of before partitions
}

// part is the keys of partition n.
func (k keys) part(n int) queueKeys {
	q := k.queue(k.prefix+"{"+partTags[n]+"}:", false)
	q.n = n
	return q
}

// oldPart is the keys of partition n, to claim from its per-job layout of
// before.
func (k keys) oldPart(n int) queueKeys {
	q := k.part(n)
	q.old = true
	return q
}

// legacyQueue is the single queue that versions before partitions wrote
// ({sched}); Claim drains what is left in it (queueold.go).
func (k keys) legacyQueue() queueKeys {
	q := k.queue(k.prefix+"{sched}:", true)
	q.n, q.old = -1, true
	return q
}

func (k keys) queue(head string, legacy bool) queueKeys {
	return queueKeys{people: head + "people", next: head + "next", leases: head + "leases",
		forget: head + "forget", pending: head + "pending", erased: head + "erased",
		due: head + "due", leased: head + "leased", jobs: head + "jobs",
		done: head + "done", dead: head + "dead", legacy: legacy}
}

// leaseKey is the set of leases a claim from q takes run-out leases from.
func (q queueKeys) leaseKey() string {
	if q.old {
		return q.leased
	}
	return q.leases
}

// QueuePart returns the partition of the due queue that holds a person's
// jobs: always the same one, so that their jobs keep their order.
func QueuePart(person string) int {
	h := fnv.New32a()
	h.Write([]byte(person))
	return int(h.Sum32() % QueueParts)
}

// partOf is the keys of the partition that holds a person's jobs.
func (k keys) partOf(person string) queueKeys { return k.part(QueuePart(person)) }

func (k keys) sendSlot() string { return k.prefix + "{pace}:discord" }

// shardLease holds the replica connected to a gateway shard; shardReplicas
// the live replicas' heartbeats. One hash tag: one slot.
func (k keys) shardLease(n int) string { return k.prefix + "{shards}:lease:" + strconv.Itoa(n) }
func (k keys) shardReplicas() string   { return k.prefix + "{shards}:replicas" }

// identifySlot is the next free moment for a shard of a rate-limit bucket
// to identify.
func (k keys) identifySlot(bucket int) string {
	return k.prefix + "{shards}:identify:" + strconv.Itoa(bucket)
}

// seen marks an interaction or message as applied (seen.go).
func (k keys) seen(id string) string { return k.prefix + "seen:" + id }

// webMark is a web view link spent or session ended (webmarks.go).
func (k keys) webMark(id string) string { return k.prefix + "web:" + id }

// schema records the form of the stored data (upgrade.go).
func (k keys) schema() string { return k.prefix + "schema" }

// everyGroup is a SCAN pattern for every group's record.
func (k keys) everyGroup() string {
	return escapeGlob(k.prefix) + keys{}.group("*")
}

// everyCheckInDays is a SCAN pattern for every person's checkInDays key:
// the retention sweep finds people by it.
func (k keys) everyCheckInDays() string {
	return escapeGlob(k.prefix) + keys{}.checkInDays("*")
}

// personOfCheckInDays returns the person whose checkInDays key this is. It
// cuts around a placeholder id in the builder's own key, so the two cannot
// spell the key differently.
func (k keys) personOfCheckInDays(key string) (string, bool) {
	head, tail, _ := strings.Cut(k.checkInDays("\x00"), "\x00")
	rest, okHead := strings.CutPrefix(key, head)
	id, okTail := strings.CutSuffix(rest, tail)
	return id, okHead && okTail && checkID(id) == nil
}

// everyPersonKey is a SCAN pattern for every key of every person.
func (k keys) everyPersonKey() string {
	return escapeGlob(k.prefix) + "{u:*}:*"
}

// everyDataKey is a SCAN pattern for every person's own key.
func (k keys) everyDataKey() string {
	return escapeGlob(k.prefix) + keys{}.dataKey("*")
}

// splitPersonKey returns whose key this is and what follows the hash tag
// ("ci:2026-03-02", "safetyplan", "datakey").
func (k keys) splitPersonKey(key string) (person, rest string, ok bool) {
	tagged, ok := strings.CutPrefix(key, k.prefix+"{u:")
	if !ok {
		return "", "", false
	}
	person, rest, ok = strings.Cut(tagged, "}:")
	return person, rest, ok && checkID(person) == nil
}

// escapeGlob quotes a key prefix for a SCAN pattern.
func escapeGlob(s string) string {
	return strings.NewReplacer("*", `\*`, "?", `\?`, "[", `\[`, "]", `\]`, `\`, `\\`).Replace(s)
}

// checkID refuses ids that could break out of a hash tag or a key: Discord
// ids are digits, the console uses a word.
func checkID(id string) error {
	if id == "" || len(id) > 64 {
		return fmt.Errorf("person id of length %d: %w", len(id), errBadID)
	}
	for _, r := range id {
		ok := r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-' || r == '_'
		if !ok {
			return fmt.Errorf("person id %q: %w", id, errBadID)
		}
	}
	return nil
}
