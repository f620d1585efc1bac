//go:build !race

package risk

// raceStride: without the race detector, the corpus-wide equivalence
// tests check every text (see race_on_test.go).
const raceStride = 1
