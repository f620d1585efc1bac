package discord

import "github.com/bwmarrin/discordgo"

// Where each command can be used. Discord offers a command through an
// install of the app (integration_types: to a server, or to a person's own
// account) and in contexts (a server, the person's DM with the bot, or a
// private channel: their DMs and group DMs with others, where only a user
// install reaches). These replace the deprecated dm_permission. Discord
// applies them to global commands; commands registered in one guild
// (GUILD_ID) show only there.

var (
	everyInstall   = []discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall, discordgo.ApplicationIntegrationUserInstall}
	serverInstall  = []discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall}
	everyContext   = []discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM, discordgo.InteractionContextPrivateChannel}
	serverOrBotDM  = []discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM}
	serverContexts = []discordgo.InteractionContextType{discordgo.InteractionContextGuild}
)

// setInstalls declares where c can be used.
//
// A person's own commands work everywhere, through either install: their
// replies are private (ephemeral) everywhere but the bot's DM, and
// scheduled messages go by DM, which a user install allows.
//
// /group needs a server that has the app: its check-in is posted in a
// channel, which the bot can only do where it is a member.
//
// /therapist stays with server installs, all of it, though code, digest
// and dashboard need no server: Discord declares contexts per command,
// not per subcommand, and every therapist is vouched for by a server the
// bot is in (register and add read that server's roles, which a user
// install in another server cannot), so each already shares a server with
// the bot and can use /therapist there or in the bot's DM. Splitting it
// in two commands would rename what therapists know for no one's gain.
// In a DM, register and add get the coach's kind "in a server" reply.
func setInstalls(c *discordgo.ApplicationCommand) {
	types, contexts := everyInstall, everyContext
	switch c.Name {
	case "group":
		types, contexts = serverInstall, serverContexts
	case "therapist":
		types, contexts = serverInstall, serverOrBotDM
	}
	c.IntegrationTypes = &types
	c.Contexts = &contexts
}
