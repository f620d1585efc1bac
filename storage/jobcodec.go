package storage

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

// A job waiting in the queue is kept in a compact form, not as JSON:
//
//	1|<person>|<kind>|<day>|<due>[|<attempt>|<about>|<source>|<every>]
//
// due in Unix milliseconds, base 36; the optional fields empty when zero
// and left off from the last non-empty one. The id is the hash field the
// job is kept under, so it is not repeated; in a person's field of the
// queue the person is not either (lineForm). This is about 50 bytes where
// the JSON took about 130, of which Redis keeps one per job (BENCHMARKS.md).
// A job whose fields hold a '|' or a line break (none the coach makes) is
// kept as JSON (which has no line break: a person's entries are lines,
// queuescripts.go), and JSON, as versions before this wrote it, is read
// as before.

// jobForm marks the compact form; JSON starts with '{'.
const jobForm = "1|"

// lineForm marks the compact form without the person, as a person's field
// keeps it (queuescripts.go): the field is named by the person, so each
// line need not repeat them (19 B a job for a Discord id).
const lineForm = "2|"

// encodeJob is a job's stored form.
func encodeJob(j coach.Job) ([]byte, error) {
	every := j.Every.String()
	parts := []string{j.Person, string(j.Kind), string(j.Day), strconv.FormatInt(j.Due.UnixMilli(), 36),
		attemptText(j.Attempt), j.About, string(j.Source), every}
	for _, p := range parts {
		if strings.ContainsAny(p, "|\n") {
			return marshalJob(j)
		}
	}
	n := len(parts)
	for n > 5 && parts[n-1] == "" {
		n--
	}
	return []byte(jobForm + strings.Join(parts[:n], "|")), nil
}

// encodeLine is a job's stored form in its person's field: the compact
// form without the person, or JSON.
func encodeLine(j coach.Job) ([]byte, error) {
	raw, err := encodeJob(j)
	if err != nil || !strings.HasPrefix(string(raw), jobForm) {
		return raw, err
	}
	return append([]byte(lineForm), raw[len(jobForm)+len(j.Person)+1:]...), nil
}

// decodeLine reads a job of person's field in any form.
func decodeLine(person, id, raw string) (coach.Job, error) {
	if rest, ok := strings.CutPrefix(raw, lineForm); ok {
		return decodeJob(id, jobForm+person+"|"+rest)
	}
	return decodeJob(id, raw)
}

func attemptText(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func marshalJob(j coach.Job) ([]byte, error) {
	raw, err := json.Marshal(j)
	if err != nil {
		return nil, fmt.Errorf("encode job: %w", err)
	}
	return raw, nil
}

// decodeJob reads a stored job in either form; id is the id it is kept
// under, whatever the stored form says.
func decodeJob(id, raw string) (coach.Job, error) {
	var j coach.Job
	rest, compact := strings.CutPrefix(raw, jobForm)
	if !compact {
		if err := json.Unmarshal([]byte(raw), &j); err != nil {
			return j, fmt.Errorf("decode job %s: %w", id, err)
		}
		j.ID = id
		return j, nil
	}
	parts := strings.Split(rest, "|")
	if len(parts) < 4 || len(parts) > 8 {
		return j, fmt.Errorf("decode job %s: %d fields", id, len(parts))
	}
	parts = append(parts, make([]string, 8-len(parts))...)
	due, err := strconv.ParseInt(parts[3], 36, 64)
	if err != nil {
		return j, fmt.Errorf("decode job %s: due: %w", id, err)
	}
	j = coach.Job{ID: id, Person: parts[0], Kind: coach.JobKind(parts[1]), Day: localtime.Day(parts[2]),
		Due: time.UnixMilli(due).UTC(), About: parts[5], Source: coach.AlertSource(parts[6])}
	if parts[4] != "" {
		if j.Attempt, err = strconv.Atoi(parts[4]); err != nil {
			return j, fmt.Errorf("decode job %s: attempt: %w", id, err)
		}
	}
	if parts[7] != "" {
		// A spec that cannot fire is kept with its error, as JSON keeps it.
		if err := j.Every.UnmarshalText([]byte(parts[7])); err != nil {
			return j, fmt.Errorf("decode job %s: recurrence: %w", id, err)
		}
	}
	return j, nil
}
