package coach

import (
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
}
