package risk

import "testing"

// The plainest misses of set 33 and other9's writer's own rows, as kinds
// (mends_s33_spot.go): Crisis by the phrases alone, and their twins not.
func TestSpotS33(t *testing.T) {
	checkPhrasesAlone(t, []levelCase{
		{"nobody knows but theres a noose under my bed", Crisis},
		{"tengo una soga en el armario", Crisis},
		{"da liegt ein Strick in meinem Kofferraum", Crisis},
		{"y'a une corde dans mon casier", Crisis},
		{"sitting on the bathroom floor with all my pills", Crisis},
		{"estoy en el baño con todas mis pastillas", Crisis},
		{"hock mit meinen Tabletten im Badezimmer", Crisis},
		{"assise dans la salle de bain avec mes cachets", Crisis},
		{"started writing my goodbye letters tonight", Crisis},
		{"empecé a escribir mis cartas de despedida", Crisis},
		{"hab angefangen Abschiedsbriefe zu schreiben", Crisis},
		{"j'ai commencé à écrire mes lettres d'adieu", Crisis},
		{"me quemé la pierna otra vez con la plancha y quiero seguir", Crisis},
		{"burned myself again with the iron and i cant stop", Crisis},
		{"hab mich schon wieder mit dem Bügeleisen verbrannt und will weitermachen", Crisis},
		{"je me suis encore brûlée avec le fer à repasser et je veux continuer", Crisis},

		{"there's a climbing rope in my car for the weekend", None},
		{"tengo una cuerda en el coche para la mudanza", None},
		{"sorting the week's pill organiser at the kitchen table with my meds", None},
		{"wrote a goodbye card for my colleague who's retiring", None},
		{"me quemé otra vez con la plancha planchando la camisa, qué torpe", None},
	})
}

// Someone found not moving with blood is Crisis in one sentence too, and
// someone else's when a third person is named.
func TestFallS33(t *testing.T) {
	checkPhrasesAlone(t, []levelCase{
		{"my dad fell in the bathroom, not moving, blood on the tiles", Crisis},
		{"mi abuelo está en el suelo, no se mueve y hay sangre", Crisis},
		{"Opa liegt im Flur, bewegt sich nicht mehr, überall Blut", Crisis},
		{"mon père est par terre, il bouge plus, y'a du sang", Crisis},

		{"the app is not responding, blood test results still not in", None},
		{"no se mueve la fila del banco, fui a donar sangre", None},
	})
	for _, text := range []string{
		"my dad fell in the bathroom, not moving, blood on the tiles",
		"mon père est par terre, il bouge plus, y'a du sang",
	} {
		if f := Screen(text); !f.AboutOther || f.Level != Crisis {
			t.Errorf("Screen(%q) = %v, AboutOther %v; want Crisis about someone else", text, f.Level, f.AboutOther)
		}
	}
}
