package coach

import (
	"sync"
	"time"

	"github.com/aftercare/aftercare/coach/lang"
)

// The record a patient reads under /share's "Recently" keeps each line as
// a message key (share.audit_<key>) and its arguments, and is said in the
// reader's language when it is read. Records written before keys hold an
// English sentence in What: one that is a keyed message's English is said
// as that message, and any other as it was written.
const (
	auditStarted       = "started"
	auditStopped       = "stopped"
	auditViewed        = "viewed"
	auditDigest        = "digest"
	auditAlerted       = "alerted"
	auditToldPositive  = "told_positive"
	auditToldWish      = "told_wish"
	auditSession       = "session"
	auditPCL5          = "pcl5"
	auditDeletedShares = "deleted"
)

// auditKeys are the keys said without arguments, which an old record's
// English sentence may be.
var auditKeys = []string{auditViewed, auditDigest, auditAlerted, auditToldPositive, auditToldWish, auditSession, auditPCL5, auditDeletedShares}

// auditFlags are the arguments that hold a yes or no, stored as "true" or
// "false" and said in the reader's words.
var auditFlags = []string{"Alerts", "Notes", "Reflections"}

// auditEntry records who did what, by key, and in English too: a build
// older than keys reads What, and shows the line rather than nothing.
func auditEntry(at time.Time, who, key string, args map[string]string) AuditEntry {
	e := AuditEntry{At: at, Who: who, Key: key, Args: args}
	e.What = e.In(lang.For(lang.Default))
	return e
}

// formerAuditEnglish are English sentences a key had before a review
// reworded it, which records older than keys may still hold.
var formerAuditEnglish = map[string]string{
	"received your weekly digest":                               auditDigest,
	"was told that a safety check was positive, as you allowed": auditToldPositive,
}

// englishAuditKeys maps the English sentence of each key said without
// arguments to its key, for records older than keys; made once, not a
// Printer per key per record read.
var englishAuditKeys = sync.OnceValue(func() map[string]string {
	en := lang.For(lang.Default)
	keys := make(map[string]string, len(auditKeys)+len(formerAuditEnglish))
	for what, k := range formerAuditEnglish {
		keys[what] = k
	}
	for _, k := range auditKeys {
		keys[en.T("share.audit_"+k)] = k
	}
	return keys
})

// Is reports whether e records key, in either form.
func (e AuditEntry) Is(key string) bool {
	return e.Key == key || e.Key == "" && englishAuditKeys()[e.What] == key
}

// In says what e records in w's language.
func (e AuditEntry) In(w lang.Printer) string {
	if e.Key == "" {
		if k, ok := englishAuditKeys()[e.What]; ok {
			return w.T("share.audit_" + k)
		}
		return e.What
	}
	args := lang.Args{}
	for k, v := range e.Args {
		args[k] = v
	}
	for _, f := range auditFlags {
		if v, ok := e.Args[f]; ok {
			args[f] = yesNoIn(w, v == "true")
		}
	}
	return w.T("share.audit_"+e.Key, args)
}
