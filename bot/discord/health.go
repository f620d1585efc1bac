package discord

// Connected reports whether the gateway connection is up: discordgo has
// sent its first heartbeat on it and has not closed it since. While
// discordgo reconnects, and after Close, it is false. It reads discordgo's
// DataReady under the session's lock, so it may be called from any
// goroutine once Open has returned.
func (d *Transport) Connected() bool {
	s := d.session
	if s == nil {
		return false
	}
	s.RLock()
	defer s.RUnlock()
	return s.DataReady
}
