package risk

import "testing"

// Someone's body in an emergency now is Crisis by the phrases alone,
// whoever is named; the everyday twins are not.
func TestBodyEmergencyS28(t *testing.T) {
	checkPhrasesAlone(t, []levelCase{
		{"dad fell in bathroom. not moving. blood on tiles", Crisis},
		{"nan's not waking up. shes grey and breathing really slow and there are empty blister packs all over the bedside table", Crisis},
		{"found mr o'brien face down in the garden pond, barely breathing, starting cpr, ring 999 for me", Crisis},
		{"meine schwester hat blaue lippen und wacht nicht auf", Crisis},
		{"frau müller zi 14 liegt am boden, reagiert nicht, atmung ganz flach, bitte sofort jemand hoch", Crisis},
		{"ma sœur a les lèvres bleues et se réveille pas", Crisis},
		{"mme Durand chambre 9 est par terre, elle répond plus, respiration bizarre, venez vite", Crisis},
		{"mi suegro se quedó como dormido en el sofá pero no respira bien y no reacciona", Crisis},
		{"don Anselmo se cayó al levantarse de la silla, está en el suelo de la habitación y no responde, ¡venid ya!", Crisis},

		{"fell off my bike this morning, not moving very fast today haha", None},
		{"my toddler fell asleep on the kitchen floor, so cute, not moving him", None},
		{"breathing exercises helped, i was barely breathing through the panic yesterday but today is calmer", None},
		{"i felt like i was not breathing during the session but it passed", None},
		{"lips went blue from the cold after the lake swim lol, worth it", None},
		{"tenía los labios morados de frío después del baño en el lago", None},
		{"blaue lippen vom kalten wasser nach dem schwimmen im see, hat sich gelohnt", None},
		{"lèvres toutes bleues à cause du froid après la baignade au lac", None},
		{"no reacciona a mis mensajes, seguro ya está dormida", None},
		{"die app reagiert nicht, kann den nächsten termin nicht buchen", None},
	})
}
