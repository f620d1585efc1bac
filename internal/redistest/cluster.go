package redistest

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// Cluster is a Redis Cluster of a test's own (three masters, one replica
// each), started by scripts/redis-cluster in a folder of the test's own and
// stopped when the test ends. Unlike the shared Cluster in
// REDIS_CLUSTER_URL, its nodes may be killed.
type Cluster struct {
	URL   string
	Ports []int // the six nodes' ports
	dir   string
}

// clusterBases are the first ports a test's own Cluster may take: away
// from 7001-7006 (scripts/redis-cluster's default, which people and CI
// share), and each Cluster's six ports and their bus ports (+10000) clear
// of the next one's.
func clusterBases() []int {
	var out []int
	for base := 7101; base < 7900; base += 10 {
		out = append(out, base)
	}
	rand.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// StartCluster starts a Cluster of t's own with the given
// cluster-node-timeout, on six free ports (tests in other processes may
// start theirs at the same time), and stops it when t ends. It skips t,
// saying why, when redis-server or redis-cli is not on PATH.
func StartCluster(t testing.TB, nodeTimeout time.Duration) *Cluster {
	t.Helper()
	for _, tool := range []string{"redis-server", "redis-cli"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not on PATH: this test starts a Redis Cluster of its own (Debian: apt-get install redis-server redis-tools)", tool)
		}
	}
	script := filepath.Join(repoRoot(t), "scripts", "redis-cluster")
	tmp := t.TempDir()
	var tried []string
	for _, base := range clusterBases()[:8] {
		if !portsFree(base) {
			continue
		}
		c := &Cluster{dir: filepath.Join(tmp, "aftercare-redis-cluster-"+strconv.Itoa(base))}
		env := append(os.Environ(), "TMPDIR="+tmp, "AFTERCARE_CLUSTER_PORT="+strconv.Itoa(base),
			"AFTERCARE_CLUSTER_NODE_TIMEOUT="+strconv.FormatInt(nodeTimeout.Milliseconds(), 10))
		t.Cleanup(func() {
			stop := exec.Command(script, "stop")
			stop.Env = env
			if out, err := stop.CombinedOutput(); err != nil {
				t.Errorf("stop the test's Cluster: %v\n%s", err, out)
			}
		})
		var stdout, stderr bytes.Buffer
		start := exec.Command(script)
		start.Env, start.Stdout, start.Stderr = env, &stdout, &stderr
		err := start.Run()
		if err == nil && strings.Contains(stderr.String(), "reusing") {
			// Another process's Cluster came up there meanwhile: not ours to kill.
			err = fmt.Errorf("ports %d-%d hold a Cluster already", base, base+5)
		}
		if err != nil {
			tried = append(tried, fmt.Sprintf("%d: %v: %s", base, err, strings.TrimSpace(stderr.String())))
			continue
		}
		c.URL = strings.TrimSpace(stdout.String())
		for i := range 6 {
			c.Ports = append(c.Ports, base+i)
		}
		c.waitReplicas(t)
		return c
	}
	t.Fatalf("could not start a Redis Cluster of the test's own:\n%s", strings.Join(tried, "\n"))
	return nil
}

// waitReplicas waits until every master has a replica in step (the
// Cluster says ok before the replicas have synchronised), and fails t
// after a minute.
func (c *Cluster) waitReplicas(t testing.TB) {
	t.Helper()
	ctx := context.Background()
	ready := func() bool {
		masters := 0
		for _, p := range c.Ports {
			role, err := c.Node(t, p).Do(ctx, "ROLE").Slice()
			if err != nil || len(role) < 3 {
				return false
			}
			switch role[0] {
			case "master":
				masters++
				if list, _ := role[2].([]any); len(list) == 0 {
					return false
				}
			case "slave":
				if len(role) < 4 || role[3] != "connected" {
					return false
				}
			}
			slots, err := c.Node(t, p).ClusterSlots(ctx).Result()
			if err != nil {
				return false
			}
			for _, s := range slots {
				if len(s.Nodes) < 2 { // this node has not heard of the replica yet
					return false
				}
			}
		}
		return masters == 3
	}
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if ready() {
			return
		}
	}
	t.Fatal("the test's Cluster: replicas not in step within a minute")
}

// portsFree reports whether the six ports from base, and their Cluster bus
// ports, can be listened on now.
func portsFree(base int) bool {
	for i := range 6 {
		for _, p := range []int{base + i, base + i + 10000} {
			ln, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(p))
			if err != nil {
				return false
			}
			ln.Close()
		}
	}
	return true
}

// repoRoot is the folder holding go.mod, above the test's package.
func repoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test's folder")
		}
		dir = parent
	}
}

// Node is a client of the node on port alone (no Cluster routing), closed
// when t ends.
func (c *Cluster) Node(t testing.TB, port int) *redis.Client {
	t.Helper()
	n := redis.NewClient(&redis.Options{Addr: "127.0.0.1:" + strconv.Itoa(port), MaxRetries: -1})
	t.Cleanup(func() { n.Close() })
	return n
}

// MasterOf returns the port of the master that serves key's slot now, and
// the port of a replica of it ("0" when it has none), as the node on ask
// sees them.
func (c *Cluster) MasterOf(t testing.TB, ask int, key string) (master, replica int) {
	t.Helper()
	ctx := context.Background()
	slot, err := c.Node(t, ask).ClusterKeySlot(ctx, key).Result()
	if err != nil {
		t.Fatalf("slot of %s: %v", key, err)
	}
	slots, err := c.Node(t, ask).ClusterSlots(ctx).Result()
	if err != nil {
		t.Fatalf("cluster slots: %v", err)
	}
	for _, s := range slots {
		if int64(s.Start) <= slot && slot <= int64(s.End) {
			master = portOf(t, s.Nodes[0].Addr)
			if len(s.Nodes) > 1 {
				replica = portOf(t, s.Nodes[1].Addr)
			}
			return master, replica
		}
	}
	t.Fatalf("no node serves slot %d", slot)
	return 0, 0
}

func portOf(t testing.TB, addr string) int {
	_, p, err := net.SplitHostPort(addr)
	n, perr := strconv.Atoi(p)
	if err != nil || perr != nil {
		t.Fatalf("node address %q: no port", addr)
	}
	return n
}

// Signal sends sig to the node on port: one this Cluster started (its pid
// file in the Cluster's folder), never any other process.
func (c *Cluster) Signal(t testing.TB, port int, sig syscall.Signal) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(c.dir, strconv.Itoa(port), "pid"))
	if err != nil {
		t.Fatalf("pid of node %d: %v", port, err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(raw)))
	if err != nil {
		t.Fatalf("pid of node %d: %v", port, err)
	}
	cmdline, _ := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/cmdline")
	if !bytes.Contains(cmdline, []byte("redis-server")) || !bytes.Contains(cmdline, []byte(strconv.Itoa(port))) {
		t.Fatalf("pid %d is not the test's node on port %d", pid, port)
	}
	if err := syscall.Kill(pid, sig); err != nil {
		t.Fatalf("signal node %d: %v", port, err)
	}
}

// WaitMaster waits until the node on port says it is a master that serves
// slots and the Cluster says cluster_state:ok, and fails t after a minute.
func (c *Cluster) WaitMaster(t testing.TB, port int) {
	t.Helper()
	ctx := context.Background()
	n := c.Node(t, port)
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		role, _ := n.Do(ctx, "ROLE").Slice()
		info, _ := n.ClusterInfo(ctx).Result()
		if len(role) > 0 && role[0] == "master" && strings.Contains(info, "cluster_state:ok") {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("node %d did not become a master of a healthy Cluster within a minute", port)
}
