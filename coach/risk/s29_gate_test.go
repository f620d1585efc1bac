package risk

import "testing"

// A short line scoring well over the Crisis cut is Crisis even with the
// gate shut (gateMargin); the ordinary lines that let through are idioms.
func TestGateMargin(t *testing.T) {
	m := learnt{flagCut: 10, crisisC: 10}
	tests := []struct {
		crisis float32
		open   bool
		want   Level
	}{
		{9, true, None},
		{10, true, Crisis},
		{10, false, Review},
		{12.4, false, Review},
		{12.5, false, Crisis},
		{30, false, Crisis},
	}
	for _, tt := range tests {
		if got := m.levelOf(0, tt.crisis, tt.open); got != tt.want {
			t.Errorf("levelOf(crisis %v, gate open %v) = %v, want %v", tt.crisis, tt.open, got, tt.want)
		}
	}
	for _, text := range []string{
		"mi hermano dijo que me mata si me como sus sobras jaja",
		"fin de garde, je rentre dormir, prenez soin de vous les gars",
		"mixed the glyphosate in the sprayer tank for the back paddock",
		"my brother said he'll kill me if i eat his leftovers lol",
	} {
		if got := Screen(text).Level; got == Crisis {
			t.Errorf("Screen(%q) = Crisis, want less", text)
		}
	}
	if got := Screen("sans elle je vois pas comment continuer").Level; got < Review {
		t.Errorf("hopelessness = %v, want at least Review", got)
	}
	checkAboutOther(t, []aboutOtherCase{
		{text: "Mein Mann steht vor der Tür obwohl er Kontaktverbot hat, ich bin allein mit meiner Tochter"},
		{text: "my ex is outside even with the restraining order, im home alone with my son"},
	})
}
