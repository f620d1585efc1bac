package discord

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/nudge"
)

// registerCommands replaces the application's commands (in GuildID, or
// globally) with this build's set in one bulk overwrite. Discord keeps a
// command's id when its name is unchanged, so doing this on every start
// is idempotent, and commands removed from the code disappear.
func (d *Transport) registerCommands(ctx context.Context) error {
	cmds := Commands()
	_, err := d.session.ApplicationCommandBulkOverwrite(d.appID, d.GuildID, cmds, discordgo.WithContext(ctx))
	if err != nil {
		return fmt.Errorf("register %d slash commands: %w", len(cmds), err)
	}
	d.log().Info("slash commands registered", "count", len(cmds), "guild", d.GuildID)
	return nil
}

// Commands returns every command the coach knows, as slash commands, in
// every language of coach/lang/commands/, each usable where installs.go says.
func Commands() []*discordgo.ApplicationCommand {
	minutesMin, daysMin := 1.0, 1.0
	cmds := []*discordgo.ApplicationCommand{
		{Name: "start", Description: "Set up Aftercare: consent, your time zone and your check-in time", Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionString, Name: "zone", Description: "Your time zone, like Europe/London", Autocomplete: true, MaxLength: 64},
			{Type: discordgo.ApplicationCommandOptionString, Name: "time", Description: "Your daily check-in time, like 20:00 or 8pm", MaxLength: 16},
			languageOption(),
		}},
		{Name: "session", Description: "Log a therapy session, today or ahead; I'll plan the days after it", Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionString, Name: "intention", Description: "An intention for the session, if you like (kept private)", MaxLength: coach.MaxIntentionLen},
			{Type: discordgo.ApplicationCommandOptionString, Name: "date", Description: "For a session ahead: 2026-03-10, or 2026-03-10 14:00, or tomorrow", MaxLength: 20},
		}},
		{Name: "checkin", Description: "Answer today's check-in now"},
		{Name: "moved", Description: "Log movement you did (any kind counts)", Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionInteger, Name: "minutes", Description: "About how many minutes", Required: true, MinValue: &minutesMin, MaxValue: 600},
			{Type: discordgo.ApplicationCommandOptionString, Name: "activity", Description: "What kind of movement", Choices: activityChoices()},
		}},
		{Name: "settings", Description: "See and change your settings: times, activities, plan length", Options: []*discordgo.ApplicationCommandOption{
			languageOption(),
		}},
		{Name: "summary", Description: "Your answers from the last 7 days"},
		{Name: "plan", Description: "See what's coming, in your local time"},
		{Name: "pause", Description: "A few quiet days; /resume ends a pause", Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionInteger, Name: "days", Description: "How many days (1 if you leave it out)", MinValue: &daysMin, MaxValue: 30},
		}},
		{Name: "resume", Description: "End a pause"},
		{Name: "stop", Description: "No more messages from me (/start turns them back on)"},
		{Name: "share", Description: "Share your progress with your therapist, or see and stop what you share", Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionString, Name: "code", Description: "The invite code your therapist gave you (leave out to see what you share)", MaxLength: 32},
		}},
		{Name: "therapist", Description: "For therapists: register, invite codes, digests", Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "register", Description: "Register as a therapist (needs the therapist role, in a server that vouches for therapists)", Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "zone", Description: "Your time zone, for the weekly digest", Autocomplete: true, MaxLength: 64},
				{Type: discordgo.ApplicationCommandOptionString, Name: "day", Description: "The digest's weekday (default Monday)", Choices: weekdayChoices()},
				{Type: discordgo.ApplicationCommandOptionString, Name: "time", Description: "The digest's time, like 09:00 (the default)", MaxLength: 16},
				languageOptionFor("The language of your digests, alerts and replies (English, Español, Deutsch, Français)"),
			}},
			{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "add", Description: "Server admins (Manage Server): register someone as a therapist", Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionUser, Name: "user", Description: "The therapist", Required: true},
			}},
			{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "code", Description: "A new invite code for a patient (the old one stops working)"},
			{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "digest", Description: "This week's digest of the patients who share with you"},
			{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "dashboard", Description: "A private link to your patients' page, with charts (when the web view is on)"},
			{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "session", Description: "Log a therapy session for a patient who shares with you", Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionUser, Name: "patient", Description: "The patient", Required: true},
				{Type: discordgo.ApplicationCommandOptionString, Name: "intention", Description: "The patient's intention for the session, if they set one", MaxLength: coach.MaxIntentionLen},
			}},
			{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "pcl5", Description: "Ask that a patient who shares with you be offered the PCL-5 monthly", Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionUser, Name: "patient", Description: "The patient", Required: true},
			}},
		}},
		{Name: "export", Description: "All your data, as files, by direct message"},
		{Name: "delete", Description: "Erase everything Aftercare holds about you"},
		{Name: "crisis", Description: "Crisis lines, any time"},
		{Name: "safetyplan", Description: "Make or change your safety plan, for when things get hard"},
		{Name: "help", Description: "What I can do"},
	}
	cmds = append(cmds, groupCommand())
	for _, c := range cmds {
		setInstalls(c)
	}
	if tr, err := loadTranslations(); err == nil { // embedded files, which a test reads
		tr.localize(cmds)
	}
	return cmds
}

// activityChoices offers the activities the nudge library knows.
func activityChoices() []*discordgo.ApplicationCommandOptionChoice {
	var out []*discordgo.ApplicationCommandOptionChoice
	for _, a := range nudge.Activities() {
		name := string(a)
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: strings.ToUpper(name[:1]) + name[1:], Value: name})
	}
	return out
}

// commandEvent turns a slash command into a coach event. Options keep
// their names (zone, time, minutes, activity, days), which are the Args
// names the coach and the console use.
func commandEvent(data discordgo.ApplicationCommandInteractionData) coach.Event {
	ev := coach.Event{Command: data.Name, Args: map[string]string{}}
	options := data.Options
	// A subcommand (/therapist register) becomes the "action" argument, and
	// its own options the rest, as the console names them.
	if len(options) == 1 && options[0].Type == discordgo.ApplicationCommandOptionSubCommand {
		ev.Args["action"] = options[0].Name
		options = options[0].Options
	}
	for _, o := range options {
		if v, ok := optionString(o); ok {
			ev.Args[o.Name] = v
		}
		// A user option carries an id; the coach also needs a name to show.
		if u, ok := resolvedUser(data, o); ok {
			ev.Args[o.Name+"_name"] = firstNonEmpty(u.GlobalName, u.Username)
		}
	}
	return ev
}

// optionString writes an option's value the way a person would type it:
// integers arrive as JSON numbers (float64) and must not become "20.0".
func optionString(o *discordgo.ApplicationCommandInteractionDataOption) (string, bool) {
	switch v := o.Value.(type) {
	case string:
		return v, true
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64), true
	case bool:
		return strconv.FormatBool(v), true
	}
	return "", false
}

// groupCommand is the command for support groups, only in servers. Every
// member sees it, for /group join; setup and challenge need Manage
// Channels, which the coach checks (Event.CanManage) rather than Discord's
// default_member_permissions, which can only gate the whole command.
func groupCommand() *discordgo.ApplicationCommand {
	kMin, minutesMin := float64(coach.MinGroupK), 10.0
	return &discordgo.ApplicationCommand{
		Name: "group", Description: "Support groups: a daily check-in in this channel that shows only totals",
		Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "setup", Description: "Admins: post a daily group check-in in this channel", Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "time", Description: "When to post each day, like 12:00", MaxLength: 16},
				{Type: discordgo.ApplicationCommandOptionString, Name: "zone", Description: "The group's time zone, like Europe/London", Autocomplete: true, MaxLength: 64},
				{Type: discordgo.ApplicationCommandOptionInteger, Name: "k", Description: "Fewest answers before totals are shown (default 5, at least 3)", MinValue: &kMin, MaxValue: 100},
				languageOptionFor("The language of the group's posts (English, Español, Deutsch, Français)"),
			}},
			{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "challenge", Description: "Admins: a shared movement goal for the group", Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionInteger, Name: "minutes", Description: "The group's goal in minutes", Required: true, MinValue: &minutesMin, MaxValue: 100000},
			}},
			{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "join", Description: "Count your minutes toward the group's movement challenge (only the total is shown)"},
		},
	}
}

// languageOption chooses the language the bot writes in, each offered by
// its own name; left out, Discord's locale decides.
func languageOption() *discordgo.ApplicationCommandOption {
	return languageOptionFor("The language I write to you in (English, Español, Deutsch, Français)")
}

// languageOptionFor is the language option with a description of what it
// sets: a therapist's messages, a group's posts.
func languageOptionFor(description string) *discordgo.ApplicationCommandOption {
	var choices []*discordgo.ApplicationCommandOptionChoice
	for _, l := range lang.Langs {
		choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: lang.Names[l], Value: l})
	}
	return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: "language",
		Description: description, Choices: choices}
}

func weekdayChoices() []*discordgo.ApplicationCommandOptionChoice {
	var out []*discordgo.ApplicationCommandOptionChoice
	for d := time.Monday; d <= time.Saturday+1; d++ {
		name := (d % 7).String()
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: name, Value: name})
	}
	return out
}

// resolvedUser returns the user a user option names, from the data
// Discord resolves alongside the command.
func resolvedUser(data discordgo.ApplicationCommandInteractionData, o *discordgo.ApplicationCommandInteractionDataOption) (*discordgo.User, bool) {
	if o.Type != discordgo.ApplicationCommandOptionUser || data.Resolved == nil {
		return nil, false
	}
	id, _ := o.Value.(string)
	u, ok := data.Resolved.Users[id]
	return u, ok && u != nil
}
