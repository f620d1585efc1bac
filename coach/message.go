package coach

// Message is what the coach says, independent of where it is shown. The bot
// renders buttons as Discord buttons or numbered choices, and an Input as a
// Discord modal or a line to type.
type Message struct {
	Title   string
	Text    string
	Buttons []Button
	// Columns, when set, is how many buttons a row holds, so that a grid of
	// choices (a row per question) keeps its rows.
	Columns int
	Input   *Input
	// Crisis marks the crisis reply: a transport shows it privately and adds
	// nothing to it.
	Crisis bool
	// Week carries the weekly summary's data, for transports that draw it
	// as a chart.
	Week *WeeklySummary
	// Replace, when set, is the transport's id of an earlier post that this
	// message replaces (a group post edited with the day's totals).
	Replace string
	// Files are documents that come with the message (an export).
	Files []File
	// ByDM asks the transport to send the message privately by DM when the
	// person asked for it in a server channel.
	ByDM bool
	// Lang is the language the person chose in /start or /settings, in
	// which the message is written, for the words a transport adds in its
	// place (that it went by DM), to it (the console's way to leave, under
	// /help) or later of its own (a stale button): the interaction's
	// locale may not be it. Empty when they chose none, and the message is
	// in the transport's locale (see stampLang).
	Lang string
	// Erased says that nothing of the person is kept any more: a transport
	// removes what it keeps of them itself (the console's folder of files).
	Erased bool
}

// Button is one choice. Its Action says what pressing it means.
type Button struct {
	Label  string
	Action Action
}

// Input asks for free text. Its Action says what the text answers.
type Input struct {
	Action      Action
	Title       string // shown as the modal's title
	Label       string
	Placeholder string
	Long        bool // a paragraph rather than one line
	MaxLen      int
	// Value is the text the Input starts with: what is already there, to
	// change, or an answer handed back to shorten.
	Value string
}

// Event is what a person did, as the coach sees it.
type Event struct {
	Person  string
	Name    string // the person's display name, for a first /start
	Command string // "start", "session", ...; empty for presses and text
	Args    map[string]string
	Press   *Action // a button was pressed
	Submit  *Action // an Input was answered with Text
	Text    string  // free text typed, or the Input's answer
	// Roles are the names of the person's roles in the server the event
	// came from, and RoleIDs their ids; THERAPIST_ROLE may name either.
	// The Discord transport fills them for /therapist register and add
	// only; empty in a DM.
	Roles   []string
	RoleIDs []string
	// Channel is the server channel the event came from; empty in a DM.
	Channel string
	// Guild is the server (a Discord guild id) the event came from, and
	// GuildName its name as Discord reports it (filled, like Roles, for
	// /therapist register and add; it may be empty); both empty in a DM
	// and in the console.
	Guild     string
	GuildName string
	// CanManage says the person may manage channels there (group setup).
	CanManage bool
	// CanManageServer says the person may manage the server itself
	// (Discord's Manage Server): adding a therapist needs it.
	CanManageServer bool
	// Locale is the person's language and region as the transport knows
	// it, a BCP 47 tag like Discord's ("en-GB", "pt-BR", "es-419", "de");
	// empty when unknown. It picks the language of crisis texts and, when
	// the person chose no country, the country of their crisis lines.
	Locale string
}
