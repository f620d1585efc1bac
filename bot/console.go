package bot

import (
	"bufio"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// Console is a terminal chat in which the user is one patient. It reads
// lines, so it works piped as well as typed: at end of input it returns.
// With Styled false it writes plain text with no terminal control codes.
type Console struct {
	In     io.Reader
	Out    io.Writer
	Router Router
	Person string // the patient's id
	Name   string // the patient's display name
	Styled bool   // a terminal: prompt and bold titles
	Echo   bool   // print each line handled, for transcripts
	// ChartDir is the folder in which the console makes a folder of the
	// person's own for weekly charts (PNG) and exports (see console_files.go);
	// empty: none are written.
	ChartDir string
	// Roles are the server roles the console's person holds, in the
	// server Guild (named GuildName). Only the demo sets them, to play a
	// therapist in a pretend clinic's server; a terminal chat has no
	// server, so its person cannot register as a therapist.
	Roles     []string
	Guild     string
	GuildName string
	// Locale is the terminal's language, as LANG or LC_ALL name it
	// ("es_ES.UTF-8"): the person's language, and the console's own
	// prompts' and goodbye's, until they choose one in /start or /settings.
	Locale string

	mu      sync.Mutex
	pending *coach.Message // the last message that waits for a choice or text
	// spoken is the language of the coach's last reply (a string); its
	// own lock-free cell, since prompts are written while mu is held.
	spoken atomic.Value
	files  string // the person's own folder, once made; see fileDir
}

// Run chats until end of input, /quit, or ctx is done.
func (c *Console) Run(ctx context.Context) error {
	w := c.words()
	c.print(w.T("console.welcome", lang.Args{"Quit": quitCommand(w)}) + "\n")
	lines := make(chan string)
	readErr := make(chan error, 1)
	// The reader stops at end of input; a blocked read of a terminal cannot
	// be interrupted, and the process exits around it.
	go func() {
		r := bufio.NewReader(c.In)
		for {
			line, err := r.ReadString('\n')
			if line != "" || err == nil {
				select {
				case lines <- strings.TrimRight(line, "\r\n"):
				case <-ctx.Done():
					return
				}
			}
			if err != nil {
				readErr <- err
				return
			}
		}
	}()
	for {
		c.prompt()
		select {
		case <-ctx.Done():
			return nil
		case err := <-readErr:
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("read console: %w", err)
		case line := <-lines:
			if quit := c.Type(ctx, line); quit {
				return nil
			}
		}
	}
}

// Pending returns the message that waits for a choice or text, if any.
func (c *Console) Pending() *coach.Message {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.pending
}

// Type handles one line as if the user typed it, and reports whether the
// user wants to leave.
func (c *Console) Type(ctx context.Context, line string) (quit bool) {
	text := strings.TrimSpace(line)
	if c.Echo {
		c.print("\n" + c.words().T("console.you") + "> " + clipLine(text) + "\n")
	}
	ev := coach.Event{Person: c.Person, Name: c.Name, Roles: c.Roles, Guild: c.Guild, GuildName: c.GuildName, Locale: c.Locale}
	pending := c.Pending()
	switch {
	case isQuit(text):
		// Said in the language the person typed it in, if one of its
		// names; after /quit or /exit, in the language they chose.
		c.print(lang.For(cmp.Or(quitWord(text), c.language())).T("console.bye") + "\n")
		return true
	case strings.HasPrefix(text, "/"):
		// A command may be typed in any language the bot speaks, as the
		// replies name it (/resumen, /terapeuta código), or in English.
		name, arg, _ := strings.Cut(strings.TrimPrefix(text, "/"), " ")
		words := strings.Fields(arg)
		sub := ""
		if len(words) > 0 {
			sub = words[0]
		}
		ev.Command, sub = lang.CommandNamed(name, sub)
		if len(words) > 0 {
			words[0] = sub
		}
		ev.Args = commandArgs(ev.Command, words)
	case pending != nil && pending.Input != nil:
		// A message may offer buttons beside its Input (Skip): a number
		// among them chooses one; anything else answers the Input.
		if n, err := strconv.Atoi(text); err == nil && n >= 1 && n <= len(pending.Buttons) {
			ev.Press = &pending.Buttons[n-1].Action
			break
		}
		ev.Submit, ev.Text = &pending.Input.Action, text
	case pending != nil && len(pending.Buttons) > 0:
		n, err := strconv.Atoi(text)
		switch {
		case err == nil && n >= 1 && n <= len(pending.Buttons):
			ev.Press = &pending.Buttons[n-1].Action
		case text == "" || err == nil:
			c.print(c.words().T("console.choose_or_command", lang.Args{"Count": len(pending.Buttons)}) + "\n")
			return false
		default:
			ev.Text = text
		}
	case text == "":
		c.print(c.words().T("console.here") + "\n")
		return false
	default:
		ev.Text = text
	}
	// Free text leaves a question open beside it, unless the question reads
	// typed text as its answer (the safety question, the ASQ).
	answers := pending != nil && len(pending.Buttons) > 0 && coach.TakesTypedAnswer(pending.Buttons[0].Action.Verb)
	msgs := c.Router.Handle(ctx, ev)
	if ev.Command == "help" {
		msgs = withQuit(msgs, c.Locale)
	}
	c.show(msgs, ev.Text != "" && ev.Submit == nil && !answers)
	return false
}

// quitCommand is how w's language names the console's command to leave,
// with its slash: /quit, /salir, /beenden, /quitter.
func quitCommand(w lang.Printer) string {
	return "/" + w.T("console.quit")
}

// isQuit reports whether text is the command to leave: /quit or /exit,
// or its name in any language the bot speaks.
func isQuit(text string) bool {
	word, ok := strings.CutPrefix(strings.ToLower(text), "/")
	return ok && (word == "quit" || word == "exit" || quitWord(text) != "")
}

// quitWord is the language text names the command to leave in (/salir:
// Spanish), or "" for /quit and /exit, which every language understands,
// and for any other text.
func quitWord(text string) string {
	word, ok := strings.CutPrefix(strings.ToLower(text), "/")
	if !ok || word == "quit" || word == "exit" {
		return ""
	}
	for _, l := range lang.Langs {
		if word == lang.For(l).T("console.quit") {
			return l
		}
	}
	return ""
}

// withQuit adds the command to leave to the coach's list of commands,
// named in the list's own language (the person's, which the terminal's
// may not be); /help has no such line on Discord, where one cannot leave.
func withQuit(msgs []coach.Message, locale string) []coach.Message {
	if len(msgs) == 0 {
		return msgs
	}
	out := slices.Clone(msgs)
	w := lang.For(cmp.Or(out[0].Lang, locale))
	out[0].Text += "\n" + w.T("console.help_quit", lang.Args{"Quit": quitCommand(w)})
	return out
}

// Send shows messages the scheduler delivers, between the user's lines.
func (c *Console) Send(_ context.Context, person string, msgs []coach.Message) error {
	if person != c.Person {
		return fmt.Errorf("console has no person %q", person)
	}
	c.show(msgs, false)
	c.prompt()
	return nil
}

// show prints messages and remembers the last one that waits for an answer.
// keepPending leaves the earlier question open, for free text typed while a
// choice was waiting.
func (c *Console) show(msgs []coach.Message, keepPending bool) {
	var b strings.Builder
	var waiting *coach.Message
	crisis := false
	for i := range msgs {
		crisis = crisis || msgs[i].Crisis
		if msgs[i].Lang != "" {
			c.spoken.Store(msgs[i].Lang)
		}
		c.render(&b, msgs[i])
		if msgs[i].Erased {
			b.WriteString(c.removeFiles())
		}
		if len(msgs[i].Buttons) > 0 || msgs[i].Input != nil {
			waiting = &msgs[i]
		}
	}
	c.mu.Lock()
	if waiting != nil || !keepPending {
		c.pending = waiting
	}
	if keepPending && !crisis && c.pending != nil && waiting == nil && len(c.pending.Buttons) > 0 {
		b.WriteString(c.words().T("console.still_open", lang.Args{"Count": len(c.pending.Buttons)}) + "\n")
	}
	c.mu.Unlock()
	c.print(b.String())
}

func (c *Console) render(b *strings.Builder, m coach.Message) {
	b.WriteString("\n")
	if m.Title != "" {
		if c.Styled {
			fmt.Fprintf(b, "\x1b[1m%s\x1b[0m\n", m.Title)
		} else {
			fmt.Fprintf(b, "== %s ==\n", m.Title)
		}
	}
	if m.Text != "" {
		b.WriteString(m.Text + "\n")
	}
	if m.Week != nil && c.ChartDir != "" {
		b.WriteString(c.saveChart(*m.Week))
	}
	for _, f := range m.Files {
		b.WriteString(c.saveFile(f))
	}
	for i, btn := range m.Buttons {
		fmt.Fprintf(b, "  %d) %s\n", i+1, btn.Label)
	}
	switch {
	case len(m.Buttons) > 0 && m.Input != nil:
		b.WriteString(c.words().T("console.choose_or_write", lang.Args{"Label": m.Input.Label}) + "\n")
	case len(m.Buttons) > 0:
		b.WriteString(c.words().T("console.choose") + "\n")
	case m.Input != nil:
		b.WriteString(c.words().T("console.type_it", lang.Args{"Label": m.Input.Label}) + "\n")
	}
}

func (c *Console) prompt() {
	if c.Styled {
		c.print("> ")
	}
}

func (c *Console) print(s string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	io.WriteString(c.Out, s)
}

// clipLine keeps an echoed line readable.
func clipLine(s string) string {
	if r := []rune(s); len(r) > 120 {
		return string(r[:120]) + "…"
	}
	return s
}

// commandArgs names a command's words the way Discord names its options.
func commandArgs(command string, words []string) map[string]string {
	names := map[string][]string{
		"pause": {"days"}, "moved": {"minutes", "activity"}, "share": {"code"},
		"therapist": {"action", "patient"}, "start": {"language"}, "settings": {"language"},
	}[command]
	args := map[string]string{}
	switch {
	case command == "session":
		return sessionArgs(words)
	case command == "therapist" && len(words) > 2:
		// /therapist session PATIENT the intention, in words
		args["intention"] = strings.Join(words[2:], " ")
	}
	for i, name := range names {
		if i < len(words) {
			args[name] = words[i]
		}
	}
	if command == "moved" && len(words) > 2 {
		// /moved 20 aire libre: the activity is every word after the minutes
		args["activity"] = strings.Join(words[1:], " ")
	}
	return args
}

// clockTime is a word that is surely a time of day and not the first word
// of an intention: 14:00, 14h30 or 14h (a bare number may be the
// intention's, as in "20 minutes of quiet").
var clockTime = regexp.MustCompile(`(?i)^\d{1,2}(:\d{1,2}|h(\d{2})?)$`)

// sessionArgs reads /session's words: a date first, if the first word is
// one ("2026-03-10", or today or tomorrow in any language the bot speaks:
// "mañana", "morgen", "demain"), with a time after it if the next
// word is one; the rest is the intention.
func sessionArgs(words []string) map[string]string {
	args := map[string]string{}
	if len(words) > 0 {
		first := words[0]
		if _, err := localtime.ParseDay(first); err == nil || lang.Typed("typed.today", first) || lang.Typed("typed.tomorrow", first) {
			args["date"], words = words[0], words[1:]
			if len(words) > 0 && clockTime.MatchString(words[0]) {
				if _, err := localtime.ParseLocalTime(words[0]); err == nil {
					args["date"] += " " + words[0]
					words = words[1:]
				}
			}
		}
	}
	if len(words) > 0 {
		args["intention"] = strings.Join(words, " ")
	}
	return args
}

// words are the console's own prompts, in the terminal's language.
func (c *Console) words() lang.Printer {
	return lang.For(c.language())
}

// language is the one the person chose, as the coach's replies carry it,
// else the terminal's.
func (c *Console) language() string {
	spoken, _ := c.spoken.Load().(string)
	return cmp.Or(spoken, c.Locale)
}
