package main

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/KimMachineGun/automemlimit/memlimit"
)

func TestDefaultMemoryLimit(t *testing.T) {
	for _, c := range []struct {
		name      string
		env       string
		container memlimit.Provider
		want      int64
		why       string
	}{
		{"limit", "", memlimit.Limit(1 << 30), 966367641, "90% of the container's 1024 MiB"},
		{"unlimited", "", func() (uint64, error) { return 0, memlimit.ErrNoLimit }, 0, "no container memory limit (unlimited)"},
		{"no cgroup", "", func() (uint64, error) { return 0, errors.New("not a cgroup") }, 0, "no container memory limit found (not a cgroup)"},
		{"GOMEMLIMIT set", "300MiB", memlimit.Limit(1 << 30), 0, "GOMEMLIMIT=300MiB from the environment"},
		{"GOMEMLIMIT off", "off", memlimit.Limit(1 << 30), 0, "GOMEMLIMIT=off"},
	} {
		t.Run(c.name, func(t *testing.T) {
			getenv := func(k string) string {
				if k == "GOMEMLIMIT" {
					return c.env
				}
				return ""
			}
			got, why := defaultMemoryLimit(getenv, c.container)
			if got != c.want || !strings.Contains(why, c.why) {
				t.Errorf("defaultMemoryLimit = %d, %q; want %d, %q", got, why, c.want, c.why)
			}
		})
	}
}

// TestDefaultMemoryLimitOnThisMachine reads this machine's own cgroups, as
// the binary does: whatever they say, the answer is a limit below the
// machine's memory or a reason, never an error at start.
func TestDefaultMemoryLimitOnThisMachine(t *testing.T) {
	got, why := defaultMemoryLimit(func(string) string { return "" }, memlimit.FromCgroup)
	if got < 0 || why == "" {
		t.Fatalf("defaultMemoryLimit = %d, %q", got, why)
	}
	if sys, err := memlimit.FromSystem(); err == nil && got > int64(sys) {
		t.Errorf("limit %d is above the machine's memory %d", got, sys)
	}
	t.Logf("%d: %s", got, why)
}

func TestDefaultGCPercent(t *testing.T) {
	for _, c := range []struct {
		name  string
		env   string
		limit int64
		want  int
		why   string
	}{
		{"under a limit", "", 900 << 20, gcPercentUnderLimit, "under the memory limit of 900 MiB"},
		{"no limit", "", math.MaxInt64, 0, "no memory limit"},
		{"GOGC set", "150", 900 << 20, 0, "GOGC=150 from the environment"},
		{"GOGC off", "off", 900 << 20, 0, "GOGC=off from the environment"},
	} {
		t.Run(c.name, func(t *testing.T) {
			getenv := func(k string) string {
				if k == "GOGC" {
					return c.env
				}
				return ""
			}
			got, why := defaultGCPercent(getenv, c.limit)
			if got != c.want || !strings.Contains(why, c.why) {
				t.Errorf("defaultGCPercent = %d, %q; want %d, %q", got, why, c.want, c.why)
			}
		})
	}
}
