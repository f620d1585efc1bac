package risk

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// startupEnv makes this test binary the child of BenchmarkStartup; its
// value says which text the child screens first.
const startupEnv = "AFTERCARE_RISK_STARTUP_CHILD"

// otherDangerText is someone else in danger now, as a first text:
// Screen reads the lists of someone else's danger through.
const otherDangerText = "My mother said she'd take all her sleeping pills tonight and now she doesn't answer her phone. What do I do?"

// BenchmarkStartup measures what the screen costs a process to get ready:
// the time and the bytes allocated by Prepare, in a fresh process each op
// (Prepare builds its tables once per process), as issue 17 goal 4 asks
// (≤ 10 ms, ≤ 5 MB). It reports startup-ms and startup-MB, the mean, and
// startup-cpu-ms, the CPU time the process spent meanwhile (every thread,
// the collector's too): on a machine shared with other work the wall
// time says as much about the others as about Prepare. first-assess-ms
// (and -cpu-ms) is the first Assess after it, of an ordinary
// 2,000-character note that names another person: the expressions of the
// phrases it may match are compiled then.
func BenchmarkStartup(b *testing.B) { benchmarkStartup(b, "note", "first-assess") }

// BenchmarkStartupOther is BenchmarkStartup with a first Screen of
// someone else in danger now (otherDangerText), reported as
// first-screen-ms and first-screen-cpu-ms.
func BenchmarkStartupOther(b *testing.B) { benchmarkStartup(b, "other", "first-screen") }

func benchmarkStartup(b *testing.B, text, first string) {
	var sums [5]float64
	for range b.N {
		cmd := exec.Command(os.Args[0], "-test.run=^TestStartupChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), startupEnv+"="+text)
		out, err := cmd.Output()
		if err != nil {
			b.Fatalf("child: %v\n%s", err, out)
		}
		var got [5]float64
		for line := range strings.SplitSeq(string(out), "\n") {
			if v, ok := strings.CutPrefix(line, "startup "); ok {
				for i, f := range strings.Fields(v) {
					if i < len(got) {
						got[i], _ = strconv.ParseFloat(f, 64)
					}
				}
			}
		}
		if got[0] == 0 {
			b.Fatalf("the child printed no figures:\n%s", out)
		}
		for i := range sums {
			sums[i] += got[i]
		}
	}
	for i, unit := range []string{"startup-ms", "startup-MB", "startup-cpu-ms", first + "-ms", first + "-cpu-ms"} {
		b.ReportMetric(sums[i]/float64(b.N), unit)
	}
}

// TestStartupChild is BenchmarkStartup's child: it prepares the screen,
// screens one text, and prints how long that took, in wall and CPU time,
// and how much Prepare allocated. Alone, it does nothing.
func TestStartupChild(t *testing.T) {
	which := os.Getenv(startupEnv)
	if which == "" {
		t.Skip("the child of BenchmarkStartup; nothing to do alone")
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu := cpuTime()
	start := time.Now()
	Prepare()
	took := time.Since(start)
	cpu = cpuTime() - cpu
	runtime.ReadMemStats(&after)
	screen := func() { Assess(benchText()) }
	if which == "other" {
		screen = func() {
			if !Screen(otherDangerText).AboutOther {
				t.Error("otherDangerText is not about someone else")
			}
		}
	}
	firstCPU := cpuTime()
	start = time.Now()
	screen()
	first := time.Since(start)
	firstCPU = cpuTime() - firstCPU
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	fmt.Printf("startup %.3f %.3f %.3f %.3f %.3f\n", ms(took), float64(after.TotalAlloc-before.TotalAlloc)/1e6,
		ms(cpu), ms(first), ms(firstCPU))
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
