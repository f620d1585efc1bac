package risk

import (
	"strings"
	"testing"
)

// The tests here pin the general mechanisms that let Assess reach
// phrasings nobody listed; the held-out set measures how far they reach.

func TestNormaliseSlips(t *testing.T) {
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
		if got := strings.Join(sentences(tt.text), "|"); got != tt.want {
			t.Errorf("sentences(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestRealWords keeps realWords to words that need it: each is
// one slip or swap from a target, so it would be corrected if it were not
// there.
func TestRealWords(t *testing.T) {
	for w := range realWords {
		near := false
		for _, target := range typoTargets {
			near = near || oneSlip(w, target)
		}
		for _, target := range swapTargets {
			near = near || len(w) == len(target) && oneSwap(w, target)
		}
		if !near {
			t.Errorf("%q is no slip of a target; it need not be in realWords", w)
		}
		if got := correctTypo(w); got != w {
			t.Errorf("correctTypo(%q) = %q, want it kept", w, got)
		}
	}
}

func TestAssessGeneral(t *testing.T) {
	tests := []struct {
		name string
		text string
		want Level
	}{
		// A phrase that ends a sentence may be followed by fillers, not by laughter or more words.
		{"TrailerFiller", "i have a plan tbh", Crisis},
		{"TrailerWords", "i have a plan for the week honestly", None},
		// Someone else's wish is a question, not the alarm; the writer's own stays an alarm.
		{"OthersGerman", "meine freundin hat gesagt, sie will sterben", Review},
		{"OthersPast", "my mom wanted to die after dad left", Review},
		{"OthersNamesWriter", "they would be better off without me", Crisis},
		{"OthersSoonIsNotSon", "the pain will end soon, goodbye everyone", Crisis},
		// A negation right before a phrase denies it; one further away, or hedged, does not.
		{"DenialNever", "i'd never take my own life", Review},
		{"DenialAux", "i'm not planning to overdose", Review},
		{"DenialOtherClause", "i'm not ok, i want to die", Crisis},
		{"DenialInability", "i don't think i can stay alive much longer", Crisis},
		{"DenialHedged", "i'm not going to end it, maybe", Crisis},
		// Finality turns going away into a wish not to be.
		{"Forever", "i want to disappear forever", Crisis},
		{"NotForever", "i want to disappear", Review},
		// Safe storage of medicines is advice, not a plan.
		{"PillsHidden", "i keep my pills hidden from my kids", None},
		{"PillsStashed", "i have my pills stashed", Crisis},
		// A past put in number words is a past as one put in digits.
		{"PastWordsEN", "when i was thirteen i wanted to kill myself", Review},
		{"PastWordsES", "hace cuatro años me quería morir", Review},
		{"PastWordsDE", "vor ein paar jahren wollte ich mich umbringen", Review},
		{"PastWordsFR", "il y a quelques années je voulais me tuer", Review},
		{"PastWordsNow", "three years ago i wanted to die and now i want to again", Crisis},
		// Someone else's suicide is not the writer's, whatever the form.
		{"OtherPersonES", "mi vecino quiso suicidarse", Review},
		{"FutureSuicideES", "me suicidaré esta semana", Crisis},
		// A past that the sentence closes is review; a present stays a crisis.
		{"OverUsedTo", "i used to feel like my kids would be happier without me, not anymore", Review},
		{"OverPastTense", "i wanted to kill myself but i dont anymore", Review},
		{"OverPresent", "i dont want to be alive, not anymore", Crisis},
		{"OverAnymorePhrase", "i dont want to live anymore", Crisis},
		{"OverTenseFar", "i thought about it and i want to die, no more", Crisis},
		{"OverES", "quería matarme, pero ya no", Review},
		{"OverESPresent", "no quiero vivir, ya no", Crisis},
		{"OverDE", "ich wollte mich umbringen, jetzt nicht mehr", Review},
		{"OverDECantGoOn", "ich wollte sterben und kann nicht mehr", Crisis},
		{"OverFR", "je voulais me tuer, mais plus maintenant", Review},
		{"OverFRPresent", "je veux plus vivre, plus maintenant", Crisis},
		// Self-harm in the future tense.
		{"FutureCutEN", "gonna cut again tonight", Crisis},
		{"FutureCutObjectEN", "im going to cut the grass again", None},
		{"FutureCutES", "me cortaré otra vez", Crisis},
		{"FutureCutHairES", "me cortaré el pelo mañana", None},
		{"FutureCutDE", "ich werde mich heute nacht wieder schneiden", Crisis},
		{"FutureCutFR", "je me couperai encore ce soir", Crisis},
		{"FutureCutHairFR", "je me couperai les cheveux samedi", None},
		{"FutureDeniedFR", "je me couperai plus jamais", Review},
		// French without "ne" is French with it.
		{"NeDroppedFR", "j'ai plus la force d'exister", Crisis},
		{"NeWrittenFR", "je n'ai plus la force d'exister", Crisis},
		// Nobody would notice if I died, in every language.
		{"NobodyNoticeEN", "no one would even notice the difference if i was gone", Crisis},
		{"NobodyNoticeES", "a nadie le importaría si me muero", Crisis},
		{"NobodyNoticeDE", "es würde keinem auffallen, wenn ich tot wäre", Crisis},
		{"NobodyNoticeFR", "personne ne s'en rendrait compte si je disparaissais", Crisis},
		{"WhoWouldCry", "my mom, who would cry if i died, is the best", None},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Assess(tt.text); got != tt.want {
				t.Errorf("Assess(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
