package lang

import (
	"regexp"
	"strings"
	"testing"
)

// The bot does not give itself a gender in French: no "je suis content",
// "désolé", "sûr" or "prêt" said of itself (a native reader's review).
func TestFrenchBotIsNotGendered(t *testing.T) {
	gendered := regexp.MustCompile(`(?i)\bje suis (content|contente|désolé|désolée|sûr|sûre|prêt|prête|heureux|heureuse|ravi|ravie)\b|\bj'en suis (sûr|ravi)\b|(?m:^(désolé|content) de\b|^désolé,)`)
	texts, err := Texts("fr")
	if err != nil {
		t.Fatal(err)
	}
	for id, forms := range texts {
		for _, s := range forms {
			if m := gendered.FindString(s); m != "" {
				t.Errorf("fr %s says %q of the bot: %s", id, m, s)
			}
		}
	}
}

// A breathing idea that holds the breath, or takes in extra air, tells
// the person what to do if they feel dizzy, in every language.
func TestBreathingIdeasCautionAboutDizziness(t *testing.T) {
	dizzy := map[string]string{"en": "dizzy|light-headed", "es": "mareas|mareo|cabeza ligera", "de": "schwindlig|schwummrig|leicht im kopf", "fr": "tête te tourne"}
	for _, l := range Langs {
		w := For(l)
		for _, id := range []string{"nudge.text.breathing-05-box", "nudge.text.breathing-05-sigh"} {
			if s := strings.ToLower(w.T(id, Args{"Minutes": 5})); !regexp.MustCompile(dizzy[l]).MatchString(s) {
				t.Errorf("%s %s has no word for dizziness: %s", l, id, s)
			}
		}
	}
}

// A safety-plan step's heading is also the title and label of the modal
// it is written in, which Discord cuts at 45 characters: every language's
// heading fits whole.
func TestSafetyPlanHeadingsFitAModal(t *testing.T) {
	for _, l := range Langs {
		w := For(l)
		for _, step := range []string{"warning", "coping", "distract", "help", "pros", "safer"} {
			if s := w.T("safetyplan." + step); len([]rune(s)) > 45 {
				t.Errorf("%s safetyplan.%s has %d characters, over 45: %s", l, step, len([]rune(s)), s)
			}
		}
	}
}

// The label of a fading response in the durability line names what fades
// with the words the language uses for it elsewhere ("réponse qui
// s'estompe"), not a bare verb ("S'ESTOMPE").
func TestFadingLabelNamesTheResponse(t *testing.T) {
	for _, l := range []string{"fr"} {
		w := For(l)
		words := strings.ToUpper(w.T("web.course_response_fading"))
		for _, id := range []string{"course.fading_within", "course.fading_beyond"} {
			label, _, _ := strings.Cut(w.T(id, Args{"Lowest": 8, "Baseline": 18, "Latest": 12, "Rise": "+4"}), ":")
			if strings.TrimSpace(label) != words {
				t.Errorf("%s %s is labelled %q, want %q", l, id, label, words)
			}
		}
	}
}

// A line of /help does not give the command's own name as its meaning
// ("/empezar — empezar: …"), now that the command is named in the
// language too.
func TestHelpDoesNotRepeatTheCommand(t *testing.T) {
	for _, l := range Langs {
		for _, line := range strings.Split(For(l).T("help.text"), "\n") {
			cmd, what, _ := strings.Cut(line, " ")
			word := regexp.QuoteMeta(strings.TrimPrefix(cmd, "/"))
			if regexp.MustCompile(`(?i)^[—–-]\s*` + word + `\s?:`).MatchString(strings.TrimSpace(what)) {
				t.Errorf("%s help says %q", l, line)
			}
		}
	}
}
