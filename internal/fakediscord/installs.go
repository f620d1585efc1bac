package fakediscord

import (
	"fmt"
	"slices"
	"strconv"
)

// This file models where an interaction happens (its context) and which
// installations of the app authorize it, and refuses to inject a command
// Discord would not have offered there.

// Install is which installations of the app an injected interaction comes
// through.
type Install int

const (
	// ViaGuild is the default: the app is installed in the server, or, in
	// the bot's DM, in a server the user shares with the bot.
	ViaGuild Install = iota
	// ViaUser is the user's own install (user install) alone: in a server
	// without the app, in the bot's DM, or in a private channel.
	ViaUser
	// ViaBoth is both: a user who installed the app, in a server that has it too.
	ViaBoth
)

// Discord's interaction context types and integration types.
const (
	ContextGuild          = 0
	ContextBotDM          = 1
	ContextPrivateChannel = 2

	GuildInstall = 0
	UserInstall  = 1
)

// maxUserInstallFollowups is how many follow-ups Discord lets an app make
// for an interaction only a user install authorized (changelog, "User-
// Installed Apps General Availability", June 2024).
const maxUserInstallFollowups = 5

// interactionContext is the context of an injected interaction.
func interactionContext(in Interaction, guildID string) int {
	switch {
	case guildID != "":
		return ContextGuild
	case in.PrivateChannel:
		return ContextPrivateChannel
	}
	return ContextBotDM
}

// installTypes are the integration types that authorize the interaction.
func (in Interaction) installTypes() []int {
	switch in.Install {
	case ViaUser:
		return []int{UserInstall}
	case ViaBoth:
		return []int{GuildInstall, UserInstall}
	}
	return []int{GuildInstall}
}

// authorizingOwners is Discord's authorizing_integration_owners: for a
// guild install the server's id ("0" in the bot's DM), for a user install
// the user's id.
func authorizingOwners(in Interaction, guildID string) map[string]string {
	out := map[string]string{}
	for _, t := range in.installTypes() {
		switch {
		case t == UserInstall:
			out[strconv.Itoa(t)] = in.UserID
		case guildID != "":
			out[strconv.Itoa(t)] = guildID
		default:
			out[strconv.Itoa(t)] = "0"
		}
	}
	return out
}

// privateChannelLocked makes the channel of an interaction in a DM or
// group DM between users: the bot is no member of it and can only answer
// the interaction.
func (s *Server) privateChannelLocked(in *Interaction) {
	if !in.PrivateChannel || in.GuildID != "" {
		return
	}
	if in.Install == ViaGuild {
		s.violateLocked(nil, "InjectInteraction: only a user install reaches a private channel; set Install to ViaUser")
	}
	if in.ChannelID == "" {
		in.ChannelID = s.ids.next()
	}
	if _, ok := s.channels[in.ChannelID]; !ok {
		s.channels[in.ChannelID] = channelInfo{Channel: Channel{ID: in.ChannelID, Type: 1}, private: true}
	}
}

// checkOfferedLocked records a violation when Discord would not have
// offered the command where the test used it: its contexts lack the
// interaction's context, or none of its integration types authorizes it.
// Discord's defaults apply to what the bot left out: every context, and
// guild install only. Guild commands show in their guild only, which the
// lookup already ensures.
func (s *Server) checkOfferedLocked(cmd Command, in Interaction, guildID string) {
	if cmd.GuildID != "" {
		return
	}
	ctx := interactionContext(in, guildID)
	types := cmd.IntegrationTypes
	if types == nil {
		types = []int{GuildInstall}
	}
	authorized := slices.ContainsFunc(in.installTypes(), func(t int) bool { return slices.Contains(types, t) })
	if (cmd.Contexts == nil || slices.Contains(cmd.Contexts, ctx)) && authorized {
		return
	}
	s.violateLocked(nil, "InjectInteraction: Discord does not offer /%s in context %d through installs %v; it declares contexts %v and integration_types %v",
		cmd.Name, ctx, in.installTypes(), fmtInts(cmd.Contexts), types)
}

func fmtInts(v []int) string {
	if v == nil {
		return "(none: all)"
	}
	return fmt.Sprint(v)
}
