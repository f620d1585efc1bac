package risk

import "testing"

// The rows the s25 merges moved, held by phrases alone (no learnt screen),
// each beside an everyday twin that must stay where it is.
func TestMendsS25Merge(t *testing.T) {
	checkPhrasesAlone(t, []levelCase{
		{"j'ai acheté une corde aujourd'hui, elle est dans le garage", Crisis},
		{"normal day at work, then grabbed a box of sleeping tablets on the way home and another at the other chemist. gonna watch a film now", Crisis},
		{"compré una caja de somníferos y otra en la otra farmacia", Crisis},
		{"eine Packung Schlaftabletten geholt und noch eine in der anderen Apotheke", Crisis},
		{"j'ai plus mal. c'est bizarre comme on est calme quand on a décidé. bonne nuit tout le monde, vraiment bonne nuit", Crisis},
		{"meine Intention ist, mich vor dem Wochenende richtig zu verabschieden", Review},
		{"esta noche, after midnight", Review},
		{"la carta está en la nevera", Review},

		{"I'm sick of the rain, the dog won't even go outside anymore.", None},
		{"meine Intention für die Sitzung ist, mich von alten Mustern zu verabschieden", None},
		{"la carta del restaurante está en la mesa", None},
		{"bought a box of plasters at the chemist", None},
	})
}
