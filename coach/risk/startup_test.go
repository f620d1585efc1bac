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

// startupEnv makes this test binary the child of BenchmarkStartup.
const startupEnv = "AFTERCARE_RISK_STARTUP_CHILD"

// BenchmarkStartup measures what the screen costs a process to get ready:
// the time and the bytes allocated by Prepare, in a fresh process each op
// (Prepare builds its tables once per process), as issue 17 goal 4 asks
// (≤ 10 ms, ≤ 5 MB). It reports startup-ms and startup-MB, the mean, and
// startup-cpu-ms, the CPU time the process spent meanwhile (every thread,
// the collector's too): on a machine shared with other work the wall
// time says as much about the others as about Prepare. first-assess-ms
// is the first Assess after it, of an ordinary 2,000-character note: the
// expressions of the phrases it may match are compiled then.
func BenchmarkStartup(b *testing.B) {
	var ms, mb, cpu, firstMS float64
	for range b.N {
		cmd := exec.Command(os.Args[0], "-test.run=^TestStartupChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), startupEnv+"=1")
		out, err := cmd.Output()
		if err != nil {
			b.Fatalf("child: %v\n%s", err, out)
		}
		var took, alloc, used, first float64
		for line := range strings.SplitSeq(string(out), "\n") {
			if v, ok := strings.CutPrefix(line, "startup "); ok {
				f := strings.Fields(v)
				took, _ = strconv.ParseFloat(f[0], 64)
				alloc, _ = strconv.ParseFloat(f[1], 64)
				used, _ = strconv.ParseFloat(f[2], 64)
				first, _ = strconv.ParseFloat(f[3], 64)
			}
		}
		if took == 0 {
			b.Fatalf("the child printed no figures:\n%s", out)
		}
		ms += took
		mb += alloc
		cpu += used
		firstMS += first
	}
	b.ReportMetric(ms/float64(b.N), "startup-ms")
	b.ReportMetric(mb/float64(b.N), "startup-MB")
	b.ReportMetric(cpu/float64(b.N), "startup-cpu-ms")
	b.ReportMetric(firstMS/float64(b.N), "first-assess-ms")
}

// TestStartupChild is BenchmarkStartup's child: it prepares the screen,
// screens one note, and prints how long that took and how much it
// allocated. Alone, it does nothing.
func TestStartupChild(t *testing.T) {
	if os.Getenv(startupEnv) != "1" {
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
	text := benchText()
	start = time.Now()
	Assess(text)
	first := time.Since(start)
	fmt.Printf("startup %.3f %.3f %.3f %.3f\n", float64(took)/float64(time.Millisecond), float64(after.TotalAlloc-before.TotalAlloc)/1e6,
		float64(cpu)/float64(time.Millisecond), float64(first)/float64(time.Millisecond))
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
