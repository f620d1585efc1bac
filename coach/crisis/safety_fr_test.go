package crisis

import (
	"regexp"
	"strings"
	"testing"
)

// The French safety texts read as a French speaker writes: the request to
// ask is itself a question (not "Je peux te poser la question
// directement", a statement), the person is "tu" outside the ASQ's
// published wording, and ? ! : ; stand after a space. The ASQ's questions
// are left as published (TestASQWordingAsPublished), and a point médian
// (compris·e) is not used for the person.
func TestFrenchSafetyTextsReadNaturally(t *testing.T) {
	s := SafetyIn("fr")
	if q := s.Question; !strings.Contains(q, "Est-ce que je peux te demander") || regexp.MustCompile(`(?i)je peux te poser la question`).MatchString(q) {
		t.Errorf("the French safety question does not ask whether it may ask: %q", q)
	}
	noSpace := regexp.MustCompile(`[^\s«][?!;:]`)
	vous := regexp.MustCompile(`(?i)\b(vous|votre|vos)\b`)
	asq := map[string]bool{"ASQ1": true, "ASQ2": true, "ASQ3": true, "ASQ4": true, "ASQ5": true, "ASQAcuity": true}
	for name, text := range safetyStrings(s) {
		if asq[name] {
			continue
		}
		plain := strings.ReplaceAll(text, "https:", "")
		if m := noSpace.FindString(plain); m != "" {
			t.Errorf("fr %s has %q with no space before the mark: %s", name, m, text)
		}
		if m := vous.FindString(text); m != "" {
			t.Errorf("fr %s says %q to the person: %s", name, m, text)
		}
		if strings.Contains(text, "·") {
			t.Errorf("fr %s writes with a point médian: %s", name, text)
		}
	}
}
