package storage

// PartTag is partition n's hash tag, for the failover test.
func PartTag(n int) string { return partTags[n] }
