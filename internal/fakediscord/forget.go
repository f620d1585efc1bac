package fakediscord

import (
	"fmt"
	"slices"
	"time"
)

// Forget drops what the fake has recorded and a long run no longer needs:
// every request, interactions injected more than olderThan ago that were
// acknowledged or are past their deadline (one never acknowledged is first
// recorded as a violation, as Violations would report it), the replay
// records of injected user messages, nonces out of their window, all but
// the newest keep messages of each channel, and the bytes of the files
// those carry (their attachments stay, with size and URL, but the URL
// serves nothing more: the bot's charts were a third of the soak's live
// heap at the end, and more of it after the first week than in it, as
// more channels had one among their last messages). The soak (internal/soak)
// calls it once a simulated day, when every interaction is answered: the
// fake shares the bot's process, and a record that grew with the run would
// hide whether the bot's memory does.
func (s *Server) Forget(keep int, olderThan time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests = nil
	now := time.Now()
	for id, it := range s.interactions {
		age := now.Sub(it.created)
		if age <= olderThan || (!it.acked && age <= s.cfg.ackDeadline) {
			continue
		}
		if !it.acked && !it.triedLate {
			s.violations = append(s.violations, fmt.Sprintf("interaction %s (%s) was never acknowledged", it.id, it.describe()))
		}
		delete(s.interactions, id)
		delete(s.byToken, it.token)
	}
	clear(s.userMsgs)
	for k, u := range s.nonces {
		if now.Sub(u.at) > nonceWindow {
			delete(s.nonces, k)
		}
	}
	for ch, ids := range s.channelMsgs {
		if len(ids) <= keep {
			continue
		}
		for _, id := range ids[:len(ids)-keep] {
			delete(s.messages, id)
		}
		s.channelMsgs[ch] = slices.Clone(ids[len(ids)-keep:])
	}
	for _, m := range s.messages {
		if !slices.ContainsFunc(m.Attachments, func(a Attachment) bool { return a.Data != nil }) {
			continue
		}
		// A copy: a caller may hold the message's old list.
		m.Attachments = slices.Clone(m.Attachments)
		for i := range m.Attachments {
			m.Attachments[i].Data = nil
		}
	}
}
