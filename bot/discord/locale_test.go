package discord_test

import (
	"strings"
	"testing"

	"github.com/aftercare/aftercare/internal/fakediscord"
)

// TestCrisisFollowsTheInteractionLocale: the interaction's locale gives
// /crisis its language and, with no country chosen, its country.
func TestCrisisFollowsTheInteractionLocale(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	tests := map[string]string{
		"es-ES":  "Llama al 024 (gratis, a cualquier hora).",
		"en-GB":  "Call Samaritans on 116 123",
		"pt-BR":  "Call CVV on 188 (free, any hour, in Portuguese).",
		"es-419": "Encuentra una línea de ayuda gratuita",
	}
	for locale, want := range tests {
		rs := h.do(fakediscord.Interaction{UserID: alice, Command: "crisis", Locale: locale})
		if got := rs[0].Message.Content; !strings.Contains(got, want) {
			t.Errorf("/crisis with locale %s = %q, want %q", locale, got, want)
		}
	}
}
