package main

import (
	"errors"
	"fmt"
	"math"

	"github.com/KimMachineGun/automemlimit/memlimit"
)

// The Go runtime collects garbage when the heap has grown by GOGC percent
// (100) since the last collection, and gives freed memory back to the
// system slowly, so a process's RSS follows how much it allocates as well
// as how much it keeps: up to twice its live heap and more, which a
// container's memory limit does not see coming. A soft memory limit
// (GOMEMLIMIT) makes the collector run sooner, and give memory back, as
// the process nears it (issue 17, goal 5).

// memoryLimitShare is the share of a container's memory limit that
// Aftercare gives the Go runtime as its soft limit when GOMEMLIMIT is
// unset: the rest is left for what the runtime does not count (the binary,
// thread stacks outside Go) and for the page cache.
const memoryLimitShare = 0.9

// defaultMemoryLimit returns the soft memory limit to set when GOMEMLIMIT
// is not set (getenv is the process's environment, which the runtime read
// at start; a GOMEMLIMIT there, "off" included, is the operator's word):
// memoryLimitShare of the limit containerLimit finds. It returns 0 when
// there is nothing to set, and why.
//
// containerLimit is memlimit.FromCgroup in the binary: it finds the
// process's own cgroup in /proc/self/cgroup and takes the smallest limit
// on the way up its hierarchy, v2 or v1, so a systemd unit's MemoryMax=
// and a nested container's limit count as well as a top-level one.
func defaultMemoryLimit(getenv func(string) string, containerLimit memlimit.Provider) (int64, string) {
	if v := getenv("GOMEMLIMIT"); v != "" {
		return 0, "GOMEMLIMIT=" + v + " from the environment"
	}
	n, err := containerLimit()
	switch {
	case errors.Is(err, memlimit.ErrNoLimit):
		return 0, "no container memory limit (unlimited)"
	case err != nil:
		return 0, fmt.Sprintf("no container memory limit found (%v)", err)
	}
	limit := int64(float64(n) * memoryLimitShare)
	return limit, fmt.Sprintf("%d MiB, %.0f%% of the container's %d MiB; GOMEMLIMIT sets another", limit>>20, 100*memoryLimitShare, n>>20)
}

// gcPercentUnderLimit is the GOGC Aftercare sets when a soft memory limit
// is in effect and GOGC is unset. The limit bounds the heap whatever GOGC
// says (the collector runs sooner as the process nears it), so the
// collector need not run every time the heap doubles: at 400 it runs about
// a quarter as often, and the GC's share of an interaction's CPU falls
// (BENCHMARKS.md, issue 17 goal 1). Without a limit GOGC stays Go's 100,
// since nothing else would bound the heap.
const gcPercentUnderLimit = 400

// defaultGCPercent returns the GOGC to set (0: leave it) and why: with a
// soft memory limit in effect (limit, as debug.SetMemoryLimit(-1) reports
// it after the default was set; math.MaxInt64 for none) and GOGC not set
// in the process's environment (the operator's word, "off" included),
// gcPercentUnderLimit.
func defaultGCPercent(getenv func(string) string, limit int64) (int, string) {
	if v := getenv("GOGC"); v != "" {
		return 0, "GOGC=" + v + " from the environment"
	}
	if limit == math.MaxInt64 {
		return 0, "no memory limit: GOGC stays 100"
	}
	return gcPercentUnderLimit, fmt.Sprintf("GOGC %d under the memory limit of %d MiB; GOGC sets another", gcPercentUnderLimit, limit>>20)
}
