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

// Prefixes of sealed values. Each says which key opens the value:
//
//	enc1:  DATA_KEY itself (values written before per-person keys; rekey
//	       and new writes replace them with enc2:)
//	enc2:  the person's own key ({u:<id>}:datakey), so that deleting that
//	       key leaves every copy of the value unreadable
//	kw1:   a person's own key, wrapped (sealed) with DATA_KEY
const (
	sealedPrefix       = "enc1:"
	personSealedPrefix = "enc2:"
	wrappedPrefix      = "kw1:"
)

// errUnsealable means no key at hand opens a stored value.
var errUnsealable = errors.New("sealed with a key that is not configured")

// sealer holds DATA_KEY and the keys before it. New values are sealed with
// the current key; reads try the previous ones too, so a key can be
// rotated without downtime (Rekey then re-seals everything with the new
// key, and the old ones can be dropped).
type sealer struct {
	current  cipher.AEAD
	previous []cipher.AEAD
}

func newSealer(key []byte, previous [][]byte) (*sealer, error) {
	if key == nil {
		return nil, nil
	}
	cur, err := gcm(key)
	if err != nil {
		return nil, fmt.Errorf("data key: %w", err)
	}
	s := &sealer{current: cur}
	for i, p := range previous {
		aead, err := gcm(p)
		if err != nil {
			return nil, fmt.Errorf("previous data key %d: %w", i+1, err)
		}
		s.previous = append(s.previous, aead)
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

// sealWith encrypts plain with aead under a prefix. The additional data
// binds the ciphertext to where it is stored (person, day, field), so a
// value copied elsewhere does not open.
func sealWith(aead cipher.AEAD, prefix, plain, where string) string {
	nonce := make([]byte, aead.NonceSize())
	rand.Read(nonce)
	out := aead.Seal(nonce, nonce, []byte(plain), []byte(where))
	return prefix + base64.RawStdEncoding.EncodeToString(out)
}

// openWith decrypts what sealWith wrote (without its prefix) with the
// first of aeads that opens it, and says which one did.
func openWith(raw, where string, aeads ...cipher.AEAD) (string, int, error) {
	data, err := base64.RawStdEncoding.DecodeString(raw)
	if err != nil {
		return "", -1, fmt.Errorf("sealed value is damaged: %w", errUnsealable)
	}
	for i, aead := range aeads {
		n := aead.NonceSize()
		if len(data) < n {
			break
		}
		if plain, err := aead.Open(nil, data[:n], data[n:], []byte(where)); err == nil {
			return string(plain), i, nil
		}
	}
	return "", -1, errUnsealable
}

// keys returns the current key, then the previous ones.
func (s *sealer) keys() []cipher.AEAD {
	return append([]cipher.AEAD{s.current}, s.previous...)
}

// seal encrypts plain with DATA_KEY (enc1:). Health data is sealed with
// the person's own key instead (personkey.go); DATA_KEY seals those keys
// and the check value.
func (s *sealer) seal(plain, where string) string {
	if s == nil {
		return plain
	}
	return sealWith(s.current, sealedPrefix, plain, where)
}

// open decrypts a value sealed with DATA_KEY or a previous key; current
// says whether the current key opened it. A value without the prefix is
// returned as it is (written before encryption was configured).
func (s *sealer) open(stored, where string) (plain string, current bool, err error) {
	raw, sealed := strings.CutPrefix(stored, sealedPrefix)
	if !sealed {
		return stored, true, nil
	}
	if s == nil {
		return "", false, errUnsealable
	}
	plain, i, err := openWith(raw, where, s.keys()...)
	return plain, i == 0, err
}
