package storage_test

import (
	"bytes"
	"crypto/rand"
	"testing"

	"github.com/aftercare/aftercare/storage"
)

func TestCheckKeyStrength(t *testing.T) {
	run := make([]byte, 32)
	for i := range run {
		run[i] = byte(i)
	}
	cycle := bytes.Repeat([]byte("0123456789abcdefghijklmnopqrstuv")[:8], 4)
	for i := range cycle {
		cycle[i] += 0x80 // not text: only the pattern gives it away
	}
	tests := []struct {
		name string
		key  []byte
		ok   bool
	}{
		{"AllZero", make([]byte, 32), false},
		{"OneByteRepeated", bytes.Repeat([]byte{0x42}, 32), false},
		{"ShortPatternRepeated", bytes.Repeat([]byte{1, 2, 3, 4}, 8), false},
		{"Run", run, false},
		{"Cycle", cycle, false},
		{"Password", []byte("correct horse battery staple 123"), false},
		{"TooShort", []byte("only sixteen byt"), false},
		{"TooLong", make([]byte, 64), false},
		{"Empty", nil, false},
	}
	for i := range 100 {
		k := make([]byte, 32)
		rand.Read(k)
		tests = append(tests, struct {
			name string
			key  []byte
			ok   bool
		}{"Random" + string(rune('A'+i%26)), k, true})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := storage.CheckKeyStrength(tt.key)
			if (err == nil) != tt.ok {
				t.Errorf("CheckKeyStrength(%x) = %v, want ok %v", tt.key, err, tt.ok)
			}
		})
	}
}
