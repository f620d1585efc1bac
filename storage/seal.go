package storage

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
)

// sealedPrefix marks a value encrypted by this package (format version 1).
const sealedPrefix = "enc1:"

// errUnsealable means no key at hand opens a stored value.
var errUnsealable = errors.New("sealed with a key that is not configured")

// sealer encrypts health data at rest with AES-GCM. New writes use the
// current key; reads also try the previous one, so a key can be rotated
// without downtime: data is re-encrypted with the new key when it is next
// written.
type sealer struct {
	current  cipher.AEAD
	previous cipher.AEAD // nil without a rotation in progress
}

func newSealer(key, previous []byte) (*sealer, error) {
	if key == nil {
		return nil, nil
	}
	cur, err := gcm(key)
	if err != nil {
		return nil, fmt.Errorf("data key: %w", err)
	}
	s := &sealer{current: cur}
	if previous != nil {
		if s.previous, err = gcm(previous); err != nil {
			return nil, fmt.Errorf("previous data key: %w", err)
		}
	}
	return s, nil
}

func gcm(key []byte) (cipher.AEAD, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

// seal encrypts plain. The additional data binds the ciphertext to where it
// is stored (person, day, field), so a value copied elsewhere does not open.
func (s *sealer) seal(plain, where string) string {
	if s == nil {
		return plain
	}
	nonce := make([]byte, s.current.NonceSize())
	rand.Read(nonce)
	out := s.current.Seal(nonce, nonce, []byte(plain), []byte(where))
	return sealedPrefix + base64.RawStdEncoding.EncodeToString(out)
}

// open decrypts a stored value. Values written before encryption was
// configured are returned as they are.
func (s *sealer) open(stored, where string) (string, error) {
	raw, sealed := strings.CutPrefix(stored, sealedPrefix)
	if !sealed {
		return stored, nil
	}
	if s == nil {
		return "", errUnsealable
	}
	data, err := base64.RawStdEncoding.DecodeString(raw)
	if err != nil || len(data) < s.current.NonceSize() {
		return "", fmt.Errorf("sealed value is damaged: %w", errUnsealable)
	}
	for _, aead := range []cipher.AEAD{s.current, s.previous} {
		if aead == nil {
			continue
		}
		n := aead.NonceSize()
		if plain, err := aead.Open(nil, data[:n], data[n:], []byte(where)); err == nil {
			return string(plain), nil
		}
	}
	return "", errUnsealable
}
