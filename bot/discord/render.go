package discord

import (
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/coach"
)

// Discord's limits on what a bot sends, counted in code points as Discord
// counts them. A payload over any of them is refused with 400, so the
// renderer never builds one.
const (
	maxContent       = 2000
	maxEmbedTitle    = 256
	maxEmbedDesc     = 4096
	maxEmbeds        = 10
	maxEmbedTotal    = 6000
	maxButtonsPerRow = 5
	maxRows          = 5
	maxButtonLabel   = 80
	maxCustomID      = 100
)

// embedColor is a calm blue for titled messages.
const embedColor = 0x5b8def

// outgoing is one Discord message, within Discord's limits.
type outgoing struct {
	content    string
	embeds     []*discordgo.MessageEmbed
	components []discordgo.MessageComponent
	input      *coach.Action        // the message asks for text that answers this
	week       *coach.WeeklySummary // draw this week's chart into the message
	chart      []byte               // the chart, a PNG, once drawn
	attached   []coach.File         // other files that come with it (an export)
}

// render turns coach messages into Discord messages: one or more per coach
// message (long text is paged), buttons on the last page, and an Input as a
// button that opens its modal. remember is told about every such Input.
func render(msgs []coach.Message, remember func(coach.Input)) []outgoing {
	var out []outgoing
	for _, m := range msgs {
		pages := renderText(m)
		rows, input := components(m, remember)
		if len(pages) == 0 && len(rows) == 0 {
			continue // nothing Discord could show
		}
		if len(pages) == 0 {
			pages = []outgoing{{}}
		}
		last := &pages[len(pages)-1]
		last.components, last.input, last.week, last.attached = rows, input, m.Week, m.Files
		out = append(out, pages...)
	}
	return out
}

// renderText chooses the form: an embed for a titled message, plain content
// otherwise. The crisis reply is always plain content, since people can
// turn embeds off in Discord's settings and it must never be hidden.
func renderText(m coach.Message) []outgoing {
	if m.Title == "" || m.Crisis {
		text := m.Text
		if m.Title != "" {
			text = "**" + m.Title + "**\n\n" + text
		}
		var out []outgoing
		for _, p := range pages(text, maxContent) {
			out = append(out, outgoing{content: p})
		}
		return out
	}
	title := clipRunes(m.Title, maxEmbedTitle)
	descs := pages(m.Text, maxEmbedDesc)
	if len(descs) == 0 {
		descs = []string{""}
	}
	var out []outgoing
	size := 0
	for i, desc := range descs {
		e := &discordgo.MessageEmbed{Description: desc, Color: embedColor}
		if i == 0 {
			e.Title = title
		}
		n := utf8.RuneCountInString(e.Title) + utf8.RuneCountInString(desc)
		if len(out) == 0 || len(out[len(out)-1].embeds) == maxEmbeds || size+n > maxEmbedTotal {
			out = append(out, outgoing{})
			size = 0
		}
		cur := &out[len(out)-1]
		cur.embeds = append(cur.embeds, e)
		size += n
	}
	return out
}

// components lays buttons out in rows of five (or of the message's Columns,
// when that many rows fit), at most five rows, skipping
// any Discord would refuse (a duplicate or over-long custom_id). An Input
// becomes one more button, which opens its modal.
func components(m coach.Message, remember func(coach.Input)) ([]discordgo.MessageComponent, *coach.Action) {
	var buttons []discordgo.Button
	seen := map[string]bool{}
	add := func(label, id string, style discordgo.ButtonStyle) {
		if len(id) > maxCustomID || seen[id] || len(buttons) == maxButtonsPerRow*maxRows {
			return
		}
		seen[id] = true
		if label == "" {
			label = "Choose"
		}
		buttons = append(buttons, discordgo.Button{Label: clipRunes(label, maxButtonLabel), Style: style, CustomID: id})
	}
	for _, b := range m.Buttons {
		add(b.Label, b.Action.Encode(), discordgo.SecondaryButton)
	}
	var input *coach.Action
	if m.Input != nil && len(askID(m.Input.Action)) <= maxCustomID {
		remember(*m.Input)
		input = &m.Input.Action
		add("✏️ "+firstNonEmpty(m.Input.Title, m.Input.Label, "Answer"), askID(m.Input.Action), discordgo.PrimaryButton)
	}
	perRow := maxButtonsPerRow
	if m.Columns > 0 && m.Columns < maxButtonsPerRow && (len(buttons)+m.Columns-1)/m.Columns <= maxRows {
		perRow = m.Columns // a grid that fits keeps its rows
	}
	var rows []discordgo.MessageComponent
	for i := 0; i < len(buttons); i += perRow {
		row := discordgo.ActionsRow{}
		for _, b := range buttons[i:min(i+perRow, len(buttons))] {
			row.Components = append(row.Components, b)
		}
		rows = append(rows, row)
	}
	return rows, input
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// noMentions keeps anything in the coach's text from pinging anyone.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}
