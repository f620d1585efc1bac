package storage

import (
	"context"
	"os"
	"testing"

	"github.com/redis/go-redis/v9"
)

// TestPartitionTagsSpreadOverTheSlots: partition n's tag falls in the n-th
// sixteenth of the slots, and every partition has a tag of its own.
func TestPartitionTagsSpreadOverTheSlots(t *testing.T) {
	seen := map[string]bool{}
	for n, tag := range partTags {
		if slot := ClusterSlot(tag); slot*QueueParts/clusterSlots != n {
			t.Errorf("partition %d's tag %q is in slot %d, outside its sixteenth", n, tag, slot)
		}
		if seen[tag] {
			t.Errorf("tag %q used twice", tag)
		}
		seen[tag] = true
	}
}

// TestEachMasterHoldsItsShareOfPartitions: on the Cluster in
// REDIS_CLUSTER_URL, each master serves as many partitions as any other,
// give or take one, so each dispatches its share of the jobs.
func TestEachMasterHoldsItsShareOfPartitions(t *testing.T) {
	url := os.Getenv("REDIS_CLUSTER_URL")
	if url == "" {
		t.Skip("REDIS_CLUSTER_URL is not set: no Redis Cluster to test against (scripts/redis-cluster starts one; CI sets it)")
	}
	opt, err := redis.ParseClusterURL(url)
	if err != nil {
		t.Fatal(err)
	}
	c := redis.NewClusterClient(opt)
	defer c.Close()
	ranges, err := c.ClusterSlots(context.Background()).Result()
	if err != nil {
		t.Fatal(err)
	}
	per := map[string]int{}
	for _, r := range ranges {
		per[r.Nodes[0].Addr] += 0 // every master counts, even one with no partition
	}
	for _, tag := range partTags {
		slot := ClusterSlot(tag)
		for _, r := range ranges {
			if slot >= r.Start && slot <= r.End {
				per[r.Nodes[0].Addr]++
			}
		}
	}
	least, most := QueueParts, 0
	for _, n := range per {
		least, most = min(least, n), max(most, n)
	}
	if most-least > 1 {
		t.Errorf("partitions per master = %v, want an even share (%d masters, %d partitions)", per, len(per), QueueParts)
	}
	t.Logf("partitions per master: %v", per)
}
