package storage

import "fmt"

// KeySize is the length of DATA_KEY and of each person's own key (AES-256).
const KeySize = 32

// CheckKeyStrength refuses a data key that cannot be 32 random bytes: the
// wrong length, all one byte or a short pattern repeated, a run such as
// 0, 1, 2, …, or printable text (a password in base64, not a key). 32
// bytes from crypto/rand pass each test with overwhelming likelihood (the
// text test fails one key in about 10^14; the others far fewer).
func CheckKeyStrength(key []byte) error {
	if len(key) != KeySize {
		return fmt.Errorf("%d bytes, not %d", len(key), KeySize)
	}
	distinct := map[byte]bool{}
	steps := map[byte]bool{}
	text := true
	for i, b := range key {
		distinct[b] = true
		if i > 0 {
			steps[b-key[i-1]] = true
		}
		if b < 0x20 || b > 0x7e {
			text = false
		}
	}
	switch {
	case len(distinct) == 1:
		return fmt.Errorf("the same byte %d times, not random bytes", KeySize)
	case len(distinct) < 16:
		// 32 random bytes have about 30 different values; fewer than 16
		// happens once in more than 10^20 keys.
		return fmt.Errorf("only %d different byte values: a repeated pattern, not random bytes", len(distinct))
	case len(steps) < 8:
		return fmt.Errorf("its bytes follow a pattern (a run or a cycle), not random bytes")
	case text:
		return fmt.Errorf("its bytes are all printable text: a password, not random bytes")
	}
	return nil
}
