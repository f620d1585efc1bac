package storage

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"hash"
	"strings"

	"github.com/redis/go-redis/v9"
)

// Job ids in Redis are opaque.
//
// The coach names a job by what it is: "<person>:<kind>:<day>", and a
// crisis alert "<therapist>:alert:<day>:<patient>[:<source>]". Planning the
// same thing twice then schedules it once, and the done set keeps a day
// planned again from being sent twice. Written to Redis as they are, those
// names would outlive the person: the done set keeps ids for 15 days, an
// alert's id sits in the therapist's job list, and it names a patient, a
// therapist and the day of a crisis.
//
// So the queue keeps each job under an opaque id instead: an HMAC-SHA256 of
// the coach's name, keyed with a random salt of each person the name
// holds ({u:<id>}:idkey, made with their first job). While they exist the
// same name always gives the same id, so the dedupe holds. /delete deletes
// the salt with the rest of their keys, and from then on nobody can tell
// whose a done id or a stale list entry was, not even with the process's
// keys and the person's id in hand. One HMAC key for everyone would keep
// the dedupe as well, but whoever held it could still test a deleted
// person's id and a day against the done set.
//
// A job read back from the queue (Claim, Upcoming) carries its opaque id;
// every method that takes ids accepts either form. Ids written before
// this scheme, in the readable form, are moved to the opaque form by
// Upgrade at start (upgrade.go). Any that remain (a job running at that
// moment, or written by an older replica during a rolling upgrade) keep
// working: they are claimed and cancelled as they are, and acknowledging,
// retrying or dead-lettering one moves it to its opaque id.

// refPrefix starts every opaque id; it has no ':', which every name the
// coach makes has.
const refPrefix = "j"

// saltBytes is the size of a person's salt.
const saltBytes = 32

// isName reports whether id is a job's readable name rather than an opaque id.
func isName(id string) bool { return strings.Contains(id, ":") }

// nameSubjects returns the people a job's readable name holds: the first
// part (the person whose job it is), and for an alert the fourth (the
// patient it is about). It reports false for an id that is not a name, or
// whose parts are not person ids.
func nameSubjects(name string) ([]string, bool) {
	parts := strings.Split(name, ":")
	if len(parts) < 3 || checkID(parts[0]) != nil {
		return nil, false
	}
	subjects := []string{parts[0]}
	if len(parts) >= 4 {
		if checkID(parts[3]) != nil {
			return nil, false
		}
		subjects = append(subjects, parts[3])
	}
	return subjects, true
}

// refs returns the opaque id of each readable name among ids. With create,
// a person without a salt is given one (only Schedule and the scheduler's
// own steps may create: they act for someone who exists); without, a name
// whose people have no salt has no opaque id, and none is returned for it.
func (r *Redis) refs(ctx context.Context, ids []string, create bool) (map[string]string, error) {
	var names []string
	var subjects []string
	for _, id := range ids {
		subs, ok := nameSubjects(id)
		if !ok {
			continue
		}
		names = append(names, id)
		subjects = append(subjects, subs...)
	}
	if len(names) == 0 {
		return nil, nil
	}
	salts, err := r.salts(ctx, subjects, create)
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(names))
	var m refMaker
	for _, name := range names {
		if ref, ok := m.ref(salts, name); ok {
			out[name] = ref
		}
	}
	return out, nil
}

// stepRefs is refs for the scheduler's own steps (Ack, Retry, DeadLetter,
// and the orphans of the layout of before), and for Erase's marking of
// the jobs still running (markErased): a salt is made only for
// people who still hold something, and the look and the making are one
// script (heldSaltScript): were they two steps, an Erase whose final
// delete fell between them would leave a salt made afresh, and with it
// Holds true and the person's id kept for good. A name that names
// someone erased gets no opaque id, and no salt of theirs is made again:
// the caller keeps nothing of that job.
func (r *Redis) stepRefs(ctx context.Context, ids []string) (map[string]string, error) {
	refs, err := r.refs(ctx, ids, false)
	if err != nil {
		return nil, err
	}
	var missing []string
	for _, id := range ids {
		if _, ok := refs[id]; !ok && isName(id) {
			missing = append(missing, id)
		}
	}
	if len(missing) == 0 {
		return refs, nil
	}
	if beforeStepSalts != nil {
		beforeStepSalts()
	}
	salts := map[string][]byte{}
	looked := map[string]bool{}
	for _, name := range missing {
		subjects, _ := nameSubjects(name)
		for _, s := range subjects {
			if looked[s] {
				continue
			}
			looked[s] = true
			salt, err := r.heldSalt(ctx, s)
			if err != nil {
				return nil, err
			}
			if salt != nil { // nil: erased, or never here
				salts[s] = salt
			}
		}
	}
	if refs == nil {
		refs = map[string]string{}
	}
	var m refMaker
	for _, name := range missing {
		if ref, ok := m.ref(salts, name); ok {
			refs[name] = ref
		}
	}
	return refs, nil
}

// heldSaltScript returns the salt of the person whose keys are KEYS (their
// fixedKeys, all tagged {u:<id>}; KEYS[1] is the salt), first making it
// from ARGV[1] when it is missing and any of their keys exists. Nothing
// when none exists: the person was erased, or never was.
var heldSaltScript = redis.NewScript(`
if redis.call('EXISTS', unpack(KEYS)) == 0 then return false end
redis.call('SET', KEYS[1], ARGV[1], 'NX')
return redis.call('GET', KEYS[1])
`)

// heldSalt is the person's salt, made if they hold anything and have
// none; nil if they hold nothing.
func (r *Redis) heldSalt(ctx context.Context, person string) ([]byte, error) {
	if err := checkID(person); err != nil {
		return nil, err
	}
	keys := []string{r.keys.idKey(person)}
	for _, k := range r.fixedKeys(person) {
		if k != keys[0] {
			keys = append(keys, k)
		}
	}
	salt := make([]byte, saltBytes)
	rand.Read(salt)
	// Kept as text, like every other value: a dump stays readable.
	got, err := heldSaltScript.Run(ctx, r.rdb, keys, base64.StdEncoding.EncodeToString(salt)).Text()
	if isNil(err) || (err == nil && got == "") {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("make a job id salt: %w", err)
	}
	return []byte(got), nil
}

// beforeStepSalts, when set (by tests), runs in stepRefs just before
// salts are made for names that have none.
var beforeStepSalts func()

// refOf is a name's opaque id under its people's salts.
func refOf(salts map[string][]byte, name string) (string, bool) {
	var m refMaker
	return m.ref(salts, name)
}

// refMaker makes the opaque ids of many names, keeping an HMAC for each
// key it meets: a session planned or cancelled names some forty jobs of
// one person, and a fresh HMAC (two SHA-256 states and its pads), the
// key, the sum and its encoding cost some ten allocations a name. The
// ids are refOf's, whatever the order.
type refMaker struct {
	macs map[string]hash.Hash // by key
	key  []byte
	name []byte
	sum  [sha256.Size]byte
}

func (m *refMaker) ref(salts map[string][]byte, name string) (string, bool) {
	subjects, _ := nameSubjects(name)
	m.key = m.key[:0]
	for _, s := range subjects {
		salt, ok := salts[s]
		if !ok {
			return "", false
		}
		m.key = append(m.key, salt...)
	}
	mac, ok := m.macs[string(m.key)]
	if !ok {
		mac = hmac.New(sha256.New, m.key)
		if m.macs == nil {
			m.macs = map[string]hash.Hash{}
		}
		m.macs[string(m.key)] = mac
	} else {
		mac.Reset()
	}
	m.name = append(m.name[:0], name...)
	mac.Write(m.name)
	sum := mac.Sum(m.sum[:0])[:16]
	var enc [22]byte // 16 bytes in unpadded base64
	base64.RawURLEncoding.Encode(enc[:], sum)
	return refPrefix + string(enc[:]), true
}

// salts loads the salts of the given people, in one round trip, first
// making those that are missing when create is set.
func (r *Redis) salts(ctx context.Context, people []string, create bool) (map[string][]byte, error) {
	gets := map[string]*redis.StringCmd{}
	_, err := r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for _, id := range people {
			if _, ok := gets[id]; ok {
				continue
			}
			if create {
				salt := make([]byte, saltBytes)
				rand.Read(salt)
				// Kept as text, like every other value: a dump stays readable.
				p.SetNX(ctx, r.keys.idKey(id), base64.StdEncoding.EncodeToString(salt), 0)
			}
			gets[id] = p.Get(ctx, r.keys.idKey(id))
		}
		return nil
	})
	if err != nil && !isNil(err) {
		return nil, fmt.Errorf("load job id salts: %w", err)
	}
	out := make(map[string][]byte, len(gets))
	for id, get := range gets {
		if salt, err := get.Bytes(); err == nil && len(salt) > 0 {
			out[id] = salt
		}
	}
	return out, nil
}

func isNil(err error) bool { return errors.Is(err, redis.Nil) }
