package coach

import (
	"strings"
	"testing"
)

// The tests here pin the general mechanisms that let AssessRisk reach
// phrasings nobody listed; the held-out set measures how far they reach.

func TestRiskNormaliseSlips(t *testing.T) {
	tests := []struct{ text, want string }{
		{"i wnat to die", " i want to die"},
		{"goign to end my lfe", " going to end my life"},
		{"dont want to be alve", " do not want to be alive"},
		{"suicidial", " suicidal"},
		// Real words one swap or slip away from a key word stay.
		{"ich lief heute", " ich lief heute"},
		{"a mi edad", " a mi edad"},
		{"je veux courir", " je veux courir"},
		{"tonights the night", " tonights the night"},
		// Numbers glued to words come apart.
		{"took 30pills at 4am", " tok 30 pils at 4 am"},
		// Other persons and tenses of a key verb are not slips of it.
		{"mi hermano intentó suicidarse", " mi hermano intento suicidarse"},
		{"¿por qué quieres suicidarte?", " por que quieres suicidarte"},
		{"se suicidaste", " se suicidaste"},
		{"me suicidaré", " me suicidare"},
		{"il se suicidera", " il se suicidera"},
		{"he unalived himself", " he unalived himself"},
		{"sie umringen mich", " sie umringen mich"},
		{"ayúdame plis", " ayudame plis"},
		// Slips are still corrected.
		{"quiero suicidarm", " quiero suicidarme"},
		// Spoken French drops "ne"; the written "ne" and "n'" go too.
		{"je n'ai plus envie", " jai plus envie"},
		{"j'ai plus envie", " jai plus envie"},
		{"personne ne verrait", " persone verait"},
		{"ce n'est plus le cas", " cest plus le cas"},
		{"il n'y a rien", " il y a rien"},
		{"rock n' roll", " rock n rol"},
	}
	for _, tt := range tests {
		if got := strings.Join(riskSentences(tt.text), "|"); got != tt.want {
			t.Errorf("riskSentences(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestRiskRealWords keeps riskRealWords to words that need it: each is
// one slip or swap from a target, so it would be corrected if it were not
// there.
func TestRiskRealWords(t *testing.T) {
	for w := range riskRealWords {
		near := false
		for _, target := range riskTypoTargets {
			near = near || riskOneSlip(w, target)
		}
		for _, target := range riskSwapTargets {
			near = near || len(w) == len(target) && riskOneSwap(w, target)
		}
		if !near {
			t.Errorf("%q is no slip of a target; it need not be in riskRealWords", w)
		}
		if got := riskCorrectTypo(w); got != w {
			t.Errorf("riskCorrectTypo(%q) = %q, want it kept", w, got)
		}
	}
}

func TestAssessRiskGeneral(t *testing.T) {
	tests := []struct {
		name string
		text string
		want Risk
	}{
		// A phrase that ends a sentence may be followed by fillers, not by laughter or more words.
		{"TrailerFiller", "i have a plan tbh", RiskCrisis},
		{"TrailerWords", "i have a plan for the week honestly", RiskNone},
		// Someone else's wish is a question, not the alarm; the writer's own stays an alarm.
		{"OthersGerman", "meine freundin hat gesagt, sie will sterben", RiskReview},
		{"OthersPast", "my mom wanted to die after dad left", RiskReview},
		{"OthersNamesWriter", "they would be better off without me", RiskCrisis},
		{"OthersSoonIsNotSon", "the pain will end soon, goodbye everyone", RiskCrisis},
		// A negation right before a phrase denies it; one further away, or hedged, does not.
		{"DenialNever", "i'd never take my own life", RiskReview},
		{"DenialAux", "i'm not planning to overdose", RiskReview},
		{"DenialOtherClause", "i'm not ok, i want to die", RiskCrisis},
		{"DenialInability", "i don't think i can stay alive much longer", RiskCrisis},
		{"DenialHedged", "i'm not going to end it, maybe", RiskCrisis},
		// Finality turns going away into a wish not to be.
		{"Forever", "i want to disappear forever", RiskCrisis},
		{"NotForever", "i want to disappear", RiskReview},
		// Safe storage of medicines is advice, not a plan.
		{"PillsHidden", "i keep my pills hidden from my kids", RiskNone},
		{"PillsStashed", "i have my pills stashed", RiskCrisis},
		// A past put in number words is a past as one put in digits.
		{"PastWordsEN", "when i was thirteen i wanted to kill myself", RiskReview},
		{"PastWordsES", "hace cuatro años me quería morir", RiskReview},
		{"PastWordsDE", "vor ein paar jahren wollte ich mich umbringen", RiskReview},
		{"PastWordsFR", "il y a quelques années je voulais me tuer", RiskReview},
		{"PastWordsNow", "three years ago i wanted to die and now i want to again", RiskCrisis},
		// Someone else's suicide is not the writer's, whatever the form.
		{"OtherPersonES", "mi vecino quiso suicidarse", RiskReview},
		{"FutureSuicideES", "me suicidaré esta semana", RiskCrisis},
		// A past that the sentence closes is review; a present stays a crisis.
		{"OverUsedTo", "i used to feel like my kids would be happier without me, not anymore", RiskReview},
		{"OverPastTense", "i wanted to kill myself but i dont anymore", RiskReview},
		{"OverPresent", "i dont want to be alive, not anymore", RiskCrisis},
		{"OverAnymorePhrase", "i dont want to live anymore", RiskCrisis},
		{"OverTenseFar", "i thought about it and i want to die, no more", RiskCrisis},
		{"OverES", "quería matarme, pero ya no", RiskReview},
		{"OverESPresent", "no quiero vivir, ya no", RiskCrisis},
		{"OverDE", "ich wollte mich umbringen, jetzt nicht mehr", RiskReview},
		{"OverDECantGoOn", "ich wollte sterben und kann nicht mehr", RiskCrisis},
		{"OverFR", "je voulais me tuer, mais plus maintenant", RiskReview},
		{"OverFRPresent", "je veux plus vivre, plus maintenant", RiskCrisis},
		// Self-harm in the future tense.
		{"FutureCutEN", "gonna cut again tonight", RiskCrisis},
		{"FutureCutObjectEN", "im going to cut the grass again", RiskNone},
		{"FutureCutES", "me cortaré otra vez", RiskCrisis},
		{"FutureCutHairES", "me cortaré el pelo mañana", RiskNone},
		{"FutureCutDE", "ich werde mich heute nacht wieder schneiden", RiskCrisis},
		{"FutureCutFR", "je me couperai encore ce soir", RiskCrisis},
		{"FutureCutHairFR", "je me couperai les cheveux samedi", RiskNone},
		{"FutureDeniedFR", "je me couperai plus jamais", RiskReview},
		// French without "ne" is French with it.
		{"NeDroppedFR", "j'ai plus la force d'exister", RiskCrisis},
		{"NeWrittenFR", "je n'ai plus la force d'exister", RiskCrisis},
		// Nobody would notice if I died, in every language.
		{"NobodyNoticeEN", "no one would even notice the difference if i was gone", RiskCrisis},
		{"NobodyNoticeES", "a nadie le importaría si me muero", RiskCrisis},
		{"NobodyNoticeDE", "es würde keinem auffallen, wenn ich tot wäre", RiskCrisis},
		{"NobodyNoticeFR", "personne ne s'en rendrait compte si je disparaissais", RiskCrisis},
		{"WhoWouldCry", "my mom, who would cry if i died, is the best", RiskNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := AssessRisk(tt.text); got != tt.want {
				t.Errorf("AssessRisk(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
