package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
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

// cgroupMemoryFiles hold a container's memory limit: cgroup v2's, then v1's.
var cgroupMemoryFiles = []string{"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"}

// defaultMemoryLimit returns the soft memory limit to set when GOMEMLIMIT
// is not set (getenv is the process's environment, which the runtime read
// at start; a GOMEMLIMIT there, "off" included, is the operator's word):
// memoryLimitShare of the container's memory limit, read with read from
// cgroupMemoryFiles. It returns 0 when there is nothing to set, and why.
func defaultMemoryLimit(getenv func(string) string, read func(string) ([]byte, error)) (int64, string) {
	if v := getenv("GOMEMLIMIT"); v != "" {
		return 0, "GOMEMLIMIT=" + v + " from the environment"
	}
	for _, path := range cgroupMemoryFiles {
		b, err := read(path)
		if err != nil {
			continue
		}
		v := strings.TrimSpace(string(b))
		n, err := strconv.ParseInt(v, 10, 64)
		// "max" (v2), or v1's page-rounded largest number: no limit.
		if err != nil || n <= 0 || n >= math.MaxInt64/2 {
			return 0, "no container memory limit (" + path + ": " + v + ")"
		}
		limit := int64(float64(n) * memoryLimitShare)
		return limit, fmt.Sprintf("%d MiB, %.0f%% of the container's %d MiB (%s); GOMEMLIMIT sets another", limit>>20, 100*memoryLimitShare, n>>20, path)
	}
	return 0, "no container memory limit found"
}
