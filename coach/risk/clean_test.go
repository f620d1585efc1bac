package risk

import (
	"strings"
	"testing"
)

func TestSentencesClean(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"ZeroWidth", "k\u200bi\u200cl\u200dl my\u2060self\ufeff", " kil myself"},
		{"SoftHyphen", "my\u00adself", " myself"},
		{"Bidi", "\u202ekill\u202c \u2066me\u2069\u200e", " kil me"},
		{"Tags", "di\U000E0041e", " die"},
		{"Control", "ki\x00l\x07l", " kil"},
		{"WhiteSpace", "want\tto\u00a0die\u2003now", " want to die now"},
		{"Fullwidth", "ＫＩＬＬ ｍｙｓｅｌｆ", " kil myself"},
		{"Mathematical", "𝐝𝐢𝐞 𝓼𝓾𝓲𝓬𝓲𝓭𝓮", " die suicide"},
		{"Circled", "ⓓⓘⓔ", " die"},
		{"Ligature", "ﬁnal", " final"},
		{"Cyrillic", "kіll myѕelf, сut, ԁie, һang", " kil myself cut die hang"},
		{"CyrillicCapitals", "КІLL МYЅЕLF", " kil myself"},
		{"Greek", "ΚΙLL, οverdοse, SUΙCΙDΑL", " kil overdose suicidal"},
		{"CombiningAccent", "J\u030Cai ǰai", " jai jai"},
		{"Leet", "k1ll mys3lf, su1c1d3, overd0se", " kil myself suicide overdose"},
		// A word must start with a letter: "4ever" is not "aever".
		{"LeetFirst", "0verd0se 4ever", " 0verd0se 4 ever"},
		{"NotLeet", "b12 d3 covid19 mp3 r2d2 w8 4am no1", " b12 d3 covid19 mp3 r2d2 w8 4 am no one"},
		{"Fillers", "i just really fucking want to die, literally", " i want to die"},
		{"FillersEs", "quiero simplemente morir", " quiero morir"},
		{"OnlyFillers", "really. just! i want to die", " i want to die"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strings.Join(sentences(tt.text), "|"); got != tt.want {
				t.Errorf("sentences(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestCleanTextPlain(t *testing.T) {
	for _, text := range []string{"", "I want to die.\nThanks!\r\n\tok"} {
		if got := cleanText(text); got != text {
			t.Errorf("cleanText(%q) = %q, want it unchanged", text, got)
		}
	}
}

func TestScreen(t *testing.T) {
	tests := []struct {
		text string
		want Finding
	}{
		{"I want to die", Finding{Level: Crisis, Lang: "en"}},
		{"quiero morir", Finding{Level: Crisis, Lang: "es"}},
		{"Sería mejor para todos si yo no estuviera", Finding{Level: Crisis, Lang: "es"}},
		{"ich will sterben", Finding{Level: Crisis, Lang: "de"}},
		{"Meine Familie hätte es leichter, wenn es mich nicht mehr gäbe", Finding{Level: Crisis, Lang: "de"}},
		{"je veux mourir", Finding{Level: Crisis, Lang: "fr"}},
		{"J'ai déjà choisi la date et le moyen", Finding{Level: Crisis, Lang: "fr"}},
		// A stem every language shares goes by how the text looks.
		{"estoy pensando en el suicidio", Finding{Level: Review, Lang: "es"}},
		{"I keep thinking about suicide", Finding{Level: Crisis, Lang: "en"}},
		// A denial, which assess masks, keeps its language.
		{"no quiero morir", Finding{Level: Review, Lang: "es"}},
		{"je ne veux pas mourir", Finding{Level: Review, Lang: "fr"}},
		// The highest level's sentence decides, not the first one.
		{"Hoy fue un buen día. I want to die", Finding{Level: Crisis, Lang: "en"}},
		{"I had a good day. Ich will nicht mehr leben", Finding{Level: Crisis, Lang: "de"}},
		// No crisis words: the language the text looks like, if any.
		{"I walked for an hour and it was good", Finding{Level: None, Lang: "en"}},
		{"hoy caminé una hora y me siento bien", Finding{Level: None, Lang: "es"}},
		{"Heute bin ich eine Stunde gelaufen und es ist gut", Finding{Level: None, Lang: "de"}},
		{"j'ai marché une heure et je suis content", Finding{Level: None, Lang: "fr"}},
		{"quero morrer", Finding{Level: None, Lang: ""}},
		{"🙂🙂", Finding{Level: None, Lang: ""}},
		{"", Finding{Level: None, Lang: ""}},
	}
	for _, tt := range tests {
		if got := Screen(tt.text); got != tt.want {
			t.Errorf("Screen(%q) = %+v, want %+v", tt.text, got, tt.want)
		}
	}
}

func TestAssessIsScreenLevel(t *testing.T) {
	for _, c := range cases {
		if a, s := Assess(c.text), Screen(c.text); a != s.Level {
			t.Errorf("Assess(%q) = %v, but Screen gives %+v", c.text, a, s)
		}
	}
}

func BenchmarkScreen(b *testing.B) {
	text := benchText()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		screenAfresh(text)
	}
}
