package coach

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/internal/langtest"
)

// A record line is said in the reader's language whether it was written
// by key or, before keys, as an English sentence; an English sentence no
// key knows is shown as written.
func TestAuditEntryInTheReadersLanguage(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	started := auditEntry(at, "Ana", auditStarted, map[string]string{"Name": "Dr Rivera", "Alerts": "true", "Notes": "false", "Reflections": "false"})
	oldViewed := AuditEntry{At: at, Who: "Dr Rivera", What: "viewed your shared data"}
	oldOther := AuditEntry{At: at, Who: "Dr Rivera", What: "did something no key knows"}
	en := lang.For("en")
	if got, want := started.In(en), "started sharing with Dr Rivera (crisis alerts yes, notes no, reflections no)"; got != want {
		t.Errorf("en: %q, want %q", got, want)
	}
	for _, l := range lang.Langs[1:] {
		w := lang.For(l)
		for _, e := range []AuditEntry{started, oldViewed, auditEntry(at, "Ana", auditStopped, map[string]string{"Name": "Dr Rivera"})} {
			got := e.In(w)
			if english := langtest.English(got, l, "Dr Rivera"); len(english) > 0 || strings.Contains(got, "share.") {
				t.Errorf("%s: %q", l, got)
			}
		}
		if !strings.Contains(started.In(w), w.T("share.yes")) {
			t.Errorf("%s: %q lacks the word for yes", l, started.In(w))
		}
		if got := oldOther.In(w); got != oldOther.What {
			t.Errorf("%s: an unknown old sentence became %q", l, got)
		}
	}
	if !oldViewed.Is(auditViewed) || started.Is(auditViewed) {
		t.Error("Is does not tell an old viewed line from a new started one")
	}
	// A sentence from before a review reworded the key is still its key.
	for what, key := range map[string]string{
		"received your weekly digest":                               auditDigest,
		"was told that a safety check was positive, as you allowed": auditToldPositive,
	} {
		old := AuditEntry{At: at, Who: "Dr Rivera", What: what}
		if got, want := old.In(lang.For("es")), lang.For("es").T("share.audit_"+key); !old.Is(key) || got != want {
			t.Errorf("old %q: Is(%s) %v, in Spanish %q, want %q", what, key, old.Is(key), got, want)
		}
	}
}

// The record a person reads of their own data says plainly what happened,
// in every language: no screening words ("positive", "auffällig") and the
// digest is the therapist's, with the person's data in it.
func TestAuditWordsArePlain(t *testing.T) {
	jargon := regexp.MustCompile(`(?i)positiv|auffällig|positif|flag|screen|cribado`)
	for _, l := range lang.Langs {
		w := lang.For(l)
		if s := w.T("share.audit_" + auditToldPositive); jargon.MatchString(s) {
			t.Errorf("%s told_positive says %q", l, s)
		}
	}
	if s := lang.For("en").T("share.audit_" + auditDigest); !strings.Contains(s, "your data") || strings.Contains(s, "your weekly") {
		t.Errorf("en digest says %q: the digest is the therapist's, with your data in it", s)
	}
}
