package discord

import (
	"bytes"
	"context"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
)

// chartFile is the name the weekly chart is uploaded under; the embed
// shows it through an attachment:// URL.
const chartFile = "week.png"

// render renders coach messages for Discord and draws the weekly chart
// of a summary that carries a week.
func (d *Transport) render(msgs []coach.Message) []outgoing {
	return d.renderFor(context.Background(), "", msgs)
}

// renderFor renders messages for one person: the Inputs behind their ask
// buttons are remembered as theirs, since an Input may start with their
// own words; with Awaiting, those without are shared with every replica.
func (d *Transport) renderFor(ctx context.Context, person string, msgs []coach.Message) []outgoing {
	d.langs.learn(person, msgs)
	out := render(msgs, func(in coach.Input) { d.keepInput(ctx, person, in) })
	for i := range out {
		if out[i].week != nil {
			d.attachChart(&out[i], *out[i].week)
		}
	}
	return out
}

// attachChart adds the week's chart to o, shown in its last embed. A chart
// that cannot be drawn is left out: the summary's text says all it shows.
func (d *Transport) attachChart(o *outgoing, week coach.WeeklySummary) {
	png, err := bot.WeekChart(week)
	if err != nil {
		d.log().Warn("weekly chart left out", "err", err)
		return
	}
	o.chart = png
	if n := len(o.embeds); n > 0 {
		o.embeds[n-1].Image = &discordgo.MessageEmbedImage{URL: "attachment://" + chartFile}
	}
}

// files returns the files to upload with o, with fresh readers each time,
// since a send may be tried again.
func (o outgoing) files() []*discordgo.File {
	var files []*discordgo.File
	if o.chart != nil {
		files = append(files, &discordgo.File{Name: chartFile, ContentType: "image/png", Reader: bytes.NewReader(o.chart)})
	}
	for _, f := range o.attached {
		files = append(files, &discordgo.File{Name: f.Name, ContentType: f.Type, Reader: bytes.NewReader(f.Data)})
	}
	return files
}
