package storage

import (
	"crypto/rand"
	"encoding/hex"
)

// randomHex is n random bytes in hex: ids that say nothing of whom they
// belong to.
func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b) // never fails (crypto/rand's promise since Go 1.24)
	return hex.EncodeToString(b)
}
