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
