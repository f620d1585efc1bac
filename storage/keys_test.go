package storage

import "testing"

// TestCheckInDaysKeyPatternAndPerson: the retention sweep's SCAN pattern
// quotes the prefix, and reading a person back from a key accepts exactly
// the keys checkInDays builds.
func TestCheckInDaysKeyPatternAndPerson(t *testing.T) {
	k := keys{prefix: "test[1]*:"}
	if got, want := k.everyCheckInDays(), `test\[1\]\*:{u:*}:ci-days`; got != want {
		t.Errorf("pattern = %q, want %q", got, want)
	}
	if id, ok := k.personOfCheckInDays(k.checkInDays("123")); !ok || id != "123" {
		t.Errorf("person of %q = %q, %v; want 123", k.checkInDays("123"), id, ok)
	}
	for _, key := range []string{
		k.person("123"),
		k.checkIn("123", "2026-03-02"),
		keys{prefix: "other:"}.checkInDays("123"),
		k.prefix + "{u:}:ci-days",
		k.prefix + "{u:a b}:ci-days",
	} {
		if id, ok := k.personOfCheckInDays(key); ok {
			t.Errorf("person of %q = %q, want none", key, id)
		}
	}
}
