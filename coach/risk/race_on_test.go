//go:build race

package risk

// raceStride is how sparsely the corpus-wide equivalence tests sample
// under the race detector, which slows their single goroutine some twenty
// times (coach/risk took 534 s of CI's 600 s limit under -race): every
// eighth text still checks the same code there, and the run without
// -race checks them all.
const raceStride = 8
