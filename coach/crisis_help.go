package coach

import (
	"context"
	"strings"

	"github.com/aftercare/aftercare/coach/crisis"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// crisisMessage is the reply to a crisis the person told: their country's
// lines in their language, the clinic's line first.
func (c *Coach) crisisMessage(p Person) Message {
	l := crisisLang(p)
	text := crisis.Compose(crisis.Request{Country: crisisCountry(p), Lang: l, Clinic: c.cfg.ClinicLine, Commands: lang.For(l).In(p.region()).Commands})
	return Message{Title: crisis.Title(l), Text: text, Crisis: true}
}

// numbersMessage answers /crisis: the same lines, for someone who asked
// for them rather than told us anything.
func (c *Coach) numbersMessage(p Person) Message {
	l := crisisLang(p)
	text := crisis.Compose(crisis.Request{Country: crisisCountry(p), Lang: l, Clinic: c.cfg.ClinicLine, Asked: true, Commands: lang.For(l).In(p.region()).Commands})
	return Message{Title: crisis.Title(l), Text: text, Crisis: true}
}

// safetyIn returns the safety conversation's texts in l (see
// crisis.SafetyIn), with the commands they mention named as a reader of l
// sees them.
func safetyIn(l string) crisis.Safety {
	return crisis.SafetyIn(l).WithCommands(lang.For(l).Commands)
}

// crisisCountry is the country whose lines a person is shown: their choice
// in /settings, else the country of their Discord locale, else of their
// time zone; "" (UTC, or nothing known) gets the international pointer.
func crisisCountry(p Person) string {
	if p.Country != "" {
		return p.Country
	}
	// The locale of this event, else the one kept from the last (a DM or a
	// scheduled message carries none).
	for _, locale := range []string{p.locale, p.Locale} {
		if c := crisis.CountryOfLocale(locale); c != "" {
			return c
		}
	}
	return localtime.CountryOfZone(p.Zone)
}

// crisisLang is the language of the crisis texts for p: the language of the
// text being answered when the screen could tell it, else that of the last
// safety question or crisis reply (within a day), else the person's own
// (their choice, else this event's locale, else the one kept from the
// last), else English. A language the texts are not written in counts as
// unknown.
func crisisLang(p Person) string {
	for _, tag := range []string{p.textLang, p.Asking.Lang, p.Lang, p.locale, p.Locale} {
		if lang := crisis.NormalizeLang(tag); lang != "" {
			return lang
		}
	}
	return "en"
}

// countryQuestion asks for the country of the crisis lines.
func countryQuestion(p Person, note string) Message {
	w := p.words()
	none := w.Word("typed.none")
	now := w.T("settings.country_now_unset")
	if p.Country != "" {
		now = p.Country
	}
	return Message{
		Text:  strings.TrimSpace(note + " " + w.T("settings.country_question", lang.Args{"Now": now, "None": none})),
		Input: &Input{Action: Action{Verb: VerbCountry}, Title: w.T("settings.country_title"), Label: w.T("settings.country_label", lang.Args{"None": none}), Placeholder: "GB", MaxLen: 8},
	}
}

// setCountry saves the country typed for crisis lines, or clears it on
// "none" in any language the bot speaks ("ninguno", "keine", "aucun";
// lang.Typed), or on "-" or nothing.
func (c *Coach) setCountry(ctx context.Context, p Person, text string) ([]Message, error) {
	if !p.Onboarded() {
		return []Message{staleButton(p)}, nil
	}
	text = strings.TrimSpace(text)
	if text == "" || text == "-" || lang.Typed("typed.none", text) {
		p.Country = ""
		return c.savePerson(ctx, p, []Message{{Text: p.words().T("settings.country_cleared")}})
	}
	code := crisis.CountryCode(text)
	if !localtime.IsCountry(code) {
		return []Message{countryQuestion(p, p.words().T("settings.country_unknown", lang.Args{"Typed": p.words().Quote(clip(text, 8))}))}, nil
	}
	p.Country = code
	reply := p.words().T("settings.country_saved", lang.Args{"Code": code})
	if !crisis.HasLines(code) {
		reply = p.words().T("settings.country_no_lines", lang.Args{"Code": code})
	}
	return c.savePerson(ctx, p, []Message{{Text: reply}})
}

// someoneElseMessage is the reply to text about someone else in danger now:
// someone who may end their life or has overdosed ("my mother said she'd
// take all her sleeping pills, she doesn't answer"), whose body is in an
// emergency ("dad fell in bathroom, not moving"), or who is being hurt by
// another person. The screen does not say which, so each bullet names the
// case it is for, the most urgent first: the emergency number, to be
// called even from afar (the writer's country's number, from the crisis
// data), the side if they breathe and the call handler if they don't,
// not leaving them alone and the means away, and the packets after an
// overdose, staying with them if it is safe, not stepping in between them
// and someone hurting them, and what to do when not with them (see
// [someone_else] in en.toml); then the crisis lines, for the helper once
// help is on its way, and a word for the writer. It is built from what
// the process holds, in the language of the text, and records nothing: no
// pause of the writer's plan, no alert, no safety question. Like the crisis
// reply it is shown privately.
func (c *Coach) someoneElseMessage(p Person) Message {
	l := crisisLang(p)
	w := lang.For(l)
	country := crisisCountry(p)
	call := w.T("someone_else.call_unknown")
	if number, ok := crisis.Emergency(country); ok {
		call = w.T("someone_else.call", lang.Args{"Number": number})
	}
	lines := crisis.Lines(crisis.Request{Country: country, Lang: l, Clinic: c.cfg.ClinicLine})
	text := strings.Join([]string{
		w.T("someone_else.lead"),
		"- " + strings.Join([]string{call, w.T("someone_else.breathing"), w.T("someone_else.harm"),
			w.T("someone_else.stay"), w.T("someone_else.hurt"), w.T("someone_else.away")}, "\n- "),
		w.T("someone_else.lines_lead") + "\n" + lines,
		w.T("someone_else.close"),
	}, "\n\n")
	return Message{Title: w.T("someone_else.title"), Text: text, Crisis: true}
}

// someoneElse answers text about someone else in danger now: see
// someoneElseMessage. Nothing of the person changes.
func (c *Coach) someoneElse(p Person) []Message {
	c.log.Info("reply sent for someone else in danger") // no person id: that pairing is health data
	return []Message{c.someoneElseMessage(p)}
}
