package coach

import (
	"fmt"
	"github.com/aftercare/aftercare/coach/lang"
	"slices"
	"strings"
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
func (c *Coach) vouchRefusal(ev Event) string {
	switch {
	case len(c.cfg.TherapistGuilds) == 0:
		return "Nobody can register as a therapist here yet: the people who run Aftercare haven't named a server that vouches for therapists."
	case ev.Guild == "":
		return "Therapists register in their clinic's server — one the people who run Aftercare trust to vouch for therapists — with /therapist register there, not in a direct message."
	case !c.vouches(ev.Guild):
		return "Therapists can't register in this server: the people who run Aftercare haven't named it as one that vouches for therapists. Your clinic's server may be; ask its admins."
	}
	return ""
}

// holdsTherapistRole matches TherapistRole exactly, by name (case counts)
// or by id: a look-alike role such as "therapist" is not it.
func (c *Coach) holdsTherapistRole(ev Event) bool {
	want := c.cfg.TherapistRole
	return slices.Contains(ev.Roles, want) || slices.Contains(ev.RoleIDs, want)
}

// roleLabel names the therapist role for a person: its name in quotes, or
// plain words when the operator gave a role id.
func (c *Coach) roleLabel() string {
	if strings.Trim(c.cfg.TherapistRole, "0123456789") == "" {
		return "therapist"
	}
	return fmt.Sprintf("%q", c.cfg.TherapistRole)
}

// vouchOf is the server an event came from, as a vouch.
func vouchOf(ev Event) Vouch {
	return Vouch{Guild: ev.Guild, Name: clip(strings.TrimSpace(ev.GuildName), 100)}
}

// vouched reports whether the therapist's server still vouches for them.
func (c *Coach) vouched(t Therapist) bool {
	return t.VouchedBy != nil && c.vouches(t.VouchedBy.Guild)
}

// server names the server that vouched: its name in quotes, or its id
// when Discord gave no name. English, for a therapist's own export, which
// is English; a patient reads serverIn.
func (v Vouch) server() string { return v.serverIn(lang.For(lang.Default)) }

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
func (c *Coach) inviteRefusal(t Therapist) string {
	switch {
	case c.vouched(t):
		return ""
	case t.VouchedBy == nil:
		return "To make new invite codes, please register again with /therapist register in your clinic's server — one the people who run Aftercare trust to vouch for therapists — so that your patients can see who vouched for you. Your digest carries on meanwhile."
	}
	return "The server you registered in no longer vouches for therapists here, so I can't make new invite codes. If your clinic has another server that does, /therapist register there. Your digest carries on for the patients who already share with you."
}
