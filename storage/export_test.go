package storage

// Hooks for the external tests.

// SealLegacy seals plain with DATA_KEY directly, as values were sealed
// before each person had a key of their own.
func SealLegacy(r *Redis, plain, person, day, field string) string {
	return r.seal.seal(plain, person+"/"+day+"/"+field)
}

// SetRekeyEvery sets how often Rekey reports progress, and returns a
// function that sets it back.
func SetRekeyEvery(n int) func() {
	old := rekeyEvery
	rekeyEvery = n
	return func() { rekeyEvery = old }
}
