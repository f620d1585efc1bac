package crisis

import "testing"

// The question is "are you safe right now?": a no means not safe.
func TestReadSafetyAnswer(t *testing.T) {
	tests := []struct {
		text string
		want SafetyAnswer
	}{
		// English
		{"no", NotSafe}, {"No.", NotSafe}, {"nope", NotSafe}, {"nah", NotSafe}, {"not really", NotSafe},
		{"help", NotSafe}, {"please help me", NotSafe}, {"I'm not safe", NotSafe}, {"I don't feel safe", NotSafe},
		{"no, I'm scared of what I might do", NotSafe}, {"I don't think so", NotSafe},
		{"idk", NotSure}, {"IDK", NotSure}, {"I don't know", NotSure}, {"not sure", NotSure},
		{"I'm not sure", NotSure}, {"maybe", NotSure}, {"I'm not ok", NotSure}, {"no, I'm ok", NotSure},
		{"I'm ok", Safe}, {"Im okay", Safe}, {"yes", Safe}, {"Yeah I'm fine", Safe}, {"I'm safe", Safe},
		{"yes, safe", Safe}, {"all good", Safe},
		// Spanish
		{"no", NotSafe}, {"no estoy a salvo", NotSafe}, {"ayuda", NotSafe}, {"¡Ayúdame!", NotSafe},
		{"la verdad no", NotSafe}, {"para nada", NotSafe},
		{"no sé", NotSure}, {"no se", NotSure}, {"no lo sé", NotSure}, {"ni idea", NotSure},
		{"no estoy segura", NotSure}, {"tal vez", NotSure},
		{"sí", Safe}, {"si", Safe}, {"estoy bien", Safe}, {"sí, estoy a salvo", Safe},
		// German
		{"nein", NotSafe}, {"Nein.", NotSafe}, {"hilfe", NotSafe}, {"Hilfe!", NotSafe}, {"nicht wirklich", NotSafe},
		{"ich bin nicht in Sicherheit", NotSafe},
		{"weiß nicht", NotSure}, {"weiss nicht", NotSure}, {"keine Ahnung", NotSure}, {"ich bin mir nicht sicher", NotSure},
		{"nicht sicher", NotSure}, {"vielleicht", NotSure},
		{"ja", Safe}, {"mir geht's gut", Safe}, {"alles gut", Safe}, {"ja, ich bin sicher", Safe},
		// French
		{"non", NotSafe}, {"aide", NotSafe}, {"à l'aide", NotSafe}, {"au secours", NotSafe}, {"pas vraiment", NotSafe},
		{"je ne suis pas en sécurité", NotSafe},
		{"je sais pas", NotSure}, {"je ne sais pas", NotSure}, {"chais pas", NotSure}, {"pas sûr", NotSure},
		{"peut-être", NotSure}, {"ça va pas", NotSure},
		{"oui", Safe}, {"ça va", Safe}, {"je vais bien", Safe}, {"oui, je suis en sécurité", Safe},
		// Not an answer
		{"what time is my check-in?", Unclear}, {"", Unclear}, {"🙂", Unclear},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := ReadSafetyAnswer(tt.text); got != tt.want {
				t.Errorf("ReadSafetyAnswer(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestReadYesNo(t *testing.T) {
	tests := []struct {
		text string
		want YesNo
	}{
		{"yes", Yes}, {"Yeah", Yes}, {"sí", Yes}, {"ja", Yes}, {"oui", Yes},
		{"no", No}, {"nope", No}, {"not really", No}, {"nein", No}, {"non", No},
		{"I'd rather not say", RatherNotSay}, {"skip", RatherNotSay}, {"prefiero no decirlo", RatherNotSay},
		{"lieber nicht", RatherNotSay}, {"je préfère ne pas répondre", RatherNotSay},
		{"yes and no", YesNoUnclear}, {"what?", YesNoUnclear},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := ReadYesNo(tt.text); got != tt.want {
				t.Errorf("ReadYesNo(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
