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
	}
	for _, tt := range tests {
		if got := strings.Join(riskSentences(tt.text), "|"); got != tt.want {
			t.Errorf("riskSentences(%q) = %q, want %q", tt.text, got, tt.want)
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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := AssessRisk(tt.text); got != tt.want {
				t.Errorf("AssessRisk(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
