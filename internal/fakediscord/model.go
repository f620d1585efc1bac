package fakediscord

import "time"

// User is a Discord user known to the fake.
type User struct {
	ID         string
	Username   string
	GlobalName string
	Bot        bool
}

// Member is a user's membership in a guild.
type Member struct {
	User     User
	Nick     string
	Roles    []string // role IDs
	JoinedAt time.Time
}

// Role is a guild role.
type Role struct {
	ID          string
	Name        string
	Permissions int64
}

// Channel is a guild text channel (Type 0) or any other channel type.
type Channel struct {
	ID   string
	Name string
	Type int
}

// Guild is a server the bot is in; it is announced with GUILD_CREATE after
// READY and answers member look-ups.
type Guild struct {
	ID       string
	Name     string
	OwnerID  string
	Channels []Channel
	Roles    []Role
	Members  []Member
}

// Message is a message as the fake stores it: sent by the bot (REST or as an
// interaction response) or injected as a user's message.
type Message struct {
	ID            string
	ChannelID     string
	GuildID       string
	Author        User
	Content       string
	Embeds        []Embed
	Components    []Component
	Attachments   []Attachment
	Flags         int
	InteractionID string // the interaction this message answers, if any
	CreatedAt     time.Time
	EditedAt      time.Time // zero until the message is edited
}

// Message flags the fake gives meaning to.
const (
	FlagEphemeral    = 1 << 6
	FlagLoading      = 1 << 7
	FlagComponentsV2 = 1 << 15
)

// Ephemeral reports whether only the invoking user can see the message.
func (m Message) Ephemeral() bool { return m.Flags&FlagEphemeral != 0 }

// CustomIDs returns the custom_id of every component in the message, depth first.
func (m Message) CustomIDs() []string { return customIDs(m.Components, nil) }

func customIDs(cs []Component, out []string) []string {
	for _, c := range cs {
		if c.CustomID != "" {
			out = append(out, c.CustomID)
		}
		out = customIDs(c.Components, out)
	}
	return out
}

// Embed is a rich embed; its JSON form is Discord's.
type Embed struct {
	Type        string       `json:"type,omitempty"`
	Title       string       `json:"title,omitempty"`
	Description string       `json:"description,omitempty"`
	URL         string       `json:"url,omitempty"`
	Timestamp   string       `json:"timestamp,omitempty"`
	Color       int          `json:"color,omitempty"`
	Footer      *EmbedFooter `json:"footer,omitempty"`
	Image       *EmbedMedia  `json:"image,omitempty"`
	Thumbnail   *EmbedMedia  `json:"thumbnail,omitempty"`
	Author      *EmbedAuthor `json:"author,omitempty"`
	Fields      []EmbedField `json:"fields,omitempty"`
}

// EmbedFooter is an embed's footer.
type EmbedFooter struct {
	Text    string `json:"text"`
	IconURL string `json:"icon_url,omitempty"`
}

// EmbedMedia is an embed's image or thumbnail.
type EmbedMedia struct {
	URL string `json:"url"`
}

// EmbedAuthor is an embed's author line.
type EmbedAuthor struct {
	Name    string `json:"name"`
	URL     string `json:"url,omitempty"`
	IconURL string `json:"icon_url,omitempty"`
}

// EmbedField is one name/value field of an embed.
type EmbedField struct {
	Name   string `json:"name"`
	Value  string `json:"value"`
	Inline bool   `json:"inline,omitempty"`
}

// Component is a message or modal component (action row, button, select
// menu, text input, ...); its JSON form is Discord's.
type Component struct {
	Type        int            `json:"type"`
	ID          int            `json:"id,omitempty"`
	CustomID    string         `json:"custom_id,omitempty"`
	Style       int            `json:"style,omitempty"`
	Label       string         `json:"label,omitempty"`
	Emoji       *Emoji         `json:"emoji,omitempty"`
	URL         string         `json:"url,omitempty"`
	SKUID       string         `json:"sku_id,omitempty"`
	Disabled    bool           `json:"disabled,omitempty"`
	Placeholder string         `json:"placeholder,omitempty"`
	MinValues   *int           `json:"min_values,omitempty"`
	MaxValues   int            `json:"max_values,omitempty"`
	Options     []SelectOption `json:"options,omitempty"`
	Value       string         `json:"value,omitempty"`
	Required    *bool          `json:"required,omitempty"`
	MinLength   int            `json:"min_length,omitempty"`
	MaxLength   int            `json:"max_length,omitempty"`
	Content     string         `json:"content,omitempty"` // text display (components v2)
	Components  []Component    `json:"components,omitempty"`
}

// Emoji is a component's emoji.
type Emoji struct {
	ID       string `json:"id,omitempty"`
	Name     string `json:"name,omitempty"`
	Animated bool   `json:"animated,omitempty"`
}

// SelectOption is one option of a string select menu.
type SelectOption struct {
	Label       string `json:"label"`
	Value       string `json:"value"`
	Description string `json:"description,omitempty"`
	Emoji       *Emoji `json:"emoji,omitempty"`
	Default     bool   `json:"default,omitempty"`
}

// Attachment is a file attached to a message. Data holds its bytes.
type Attachment struct {
	ID          string `json:"id"`
	Filename    string `json:"filename"`
	ContentType string `json:"content_type,omitempty"`
	Size        int    `json:"size"`
	URL         string `json:"url"`
	ProxyURL    string `json:"proxy_url"`
	Data        []byte `json:"-"`
}

// Modal is the modal a bot opened in answer to an interaction.
type Modal struct {
	CustomID   string      `json:"custom_id"`
	Title      string      `json:"title"`
	Components []Component `json:"components"`
}

// Choice is an autocomplete choice.
type Choice struct {
	Name  string `json:"name"`
	Value any    `json:"value"`
}

// Command is a registered application command. JSON is the object the fake
// returns for it, with options and every other field the bot sent.
type Command struct {
	ID                       string
	GuildID                  string // empty for global commands
	Name                     string
	Type                     int
	Description              string
	NameLocalizations        map[string]string // by Discord locale, like "es-ES"
	DescriptionLocalizations map[string]string
	// Contexts and IntegrationTypes are as the bot declared them; nil when
	// it declared none (Discord then allows every context, and guild install).
	Contexts         []int
	IntegrationTypes []int
	JSON             []byte
}

// Identify is what the bot sent in a gateway IDENTIFY (op 2).
type Identify struct {
	Intents        int
	Compress       bool
	LargeThreshold int
	Shard          *[2]int
	Properties     map[string]string
	Time           time.Time
}
