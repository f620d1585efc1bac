package coach

import (
	"slices"
	"strings"

	"github.com/aftercare/aftercare/coach/lang"
)

// Therapists are vouched for: the operator names the servers whose admins
// they trust (Config.TherapistGuilds), and only there may a member with
// the exact TherapistRole register, or a member who may manage the server
// add someone. The registration keeps which server vouched, and a patient
// sees it before sharing anything.

// Vouch is the server that vouched for a therapist.
type Vouch struct {
	Guild string `json:"guild"`
	// Name is the server's name as Discord reported it at registration;
	// empty if it could not be read.
	Name string `json:"name,omitempty"`
}

// vouches reports whether the operator trusts the server to vouch for
// therapists.
func (c *Coach) vouches(guild string) bool {
	return guild != "" && slices.Contains(c.cfg.TherapistGuilds, guild)
}

// vouchRefusal says why therapists cannot be registered from where the
// event came, or "" when they can.
func (c *Coach) vouchRefusal(w lang.Printer, ev Event) string {
	switch {
	case len(c.cfg.TherapistGuilds) == 0:
		return w.T("therapist.no_vouching_server")
	case ev.Guild == "":
		return w.T("therapist.register_in_server")
	case !c.vouches(ev.Guild):
		return w.T("therapist.server_not_vouching")
	}
	return ""
}

// holdsTherapistRole matches TherapistRole exactly, by name (case counts)
// or by id: a look-alike role such as "therapist" is not it.
func (c *Coach) holdsTherapistRole(ev Event) bool {
	want := c.cfg.TherapistRole
	return slices.Contains(ev.Roles, want) || slices.Contains(ev.RoleIDs, want)
}

// roleRefusal tells someone without the therapist role what they need:
// the role by its name, or in plain words when the operator gave a role id.
func (c *Coach) roleRefusal(w lang.Printer) string {
	if strings.Trim(c.cfg.TherapistRole, "0123456789") == "" {
		return w.T("therapist.needs_role")
	}
	return w.T("therapist.needs_named_role", lang.Args{"Role": c.cfg.TherapistRole})
}

// vouchOf is the server an event came from, as a vouch.
func vouchOf(ev Event) Vouch {
	return Vouch{Guild: ev.Guild, Name: clip(strings.TrimSpace(ev.GuildName), 100)}
}

// vouched reports whether the therapist's server still vouches for them.
func (c *Coach) vouched(t Therapist) bool {
	return t.VouchedBy != nil && c.vouches(t.VouchedBy.Guild)
}

// serverIn names the server in w's language.
func (v Vouch) serverIn(w lang.Printer) string {
	if v.Name == "" {
		return w.T("share.server_id", lang.Args{"ID": v.Guild})
	}
	return w.T("share.server_named", lang.Args{"Name": v.Name})
}

// vouchText tells a patient who vouched for the therapist, before they
// share anything.
func (t Therapist) vouchText(w lang.Printer) string {
	if t.VouchedBy == nil {
		return w.T("share.unvouched", lang.Args{"Name": t.Name})
	}
	return w.T("share.vouched", lang.Args{"Name": t.Name, "Server": t.VouchedBy.serverIn(w)})
}

// inviteRefusal says why a registered therapist may not make new invite
// codes, or "" when they may.
func (c *Coach) inviteRefusal(w lang.Printer, t Therapist) string {
	switch {
	case c.vouched(t):
		return ""
	case t.VouchedBy == nil:
		return w.T("therapist.register_again")
	}
	return w.T("therapist.no_longer_vouched")
}
