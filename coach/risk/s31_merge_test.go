package risk

import "testing"

// What the merge of the rounds of sets 31 and 32 let fall is held by
// phrases and signals (mends_s31_merge.go); their twins are not.
func TestMendsS31Merge(t *testing.T) {
	checkPhrasesAlone(t, []levelCase{
		{"honestly i can see the end and its close", Crisis},
		{"no me busquen", Crisis},
		{"last message. love you all", Crisis},
		{"le di mis gatos a mi vecina para cuando yo no esté", Crisis},
		{"after my last session on friday. no more", Crisis},
		{"me quemaba con cigarrillos en el instituto", Review},
		{"ya me la tomé toda", Crisis},
		{"Billet aller simple pour Nice. Pas pour la plage. Pour les falaises du cap.", Crisis},
		{"j'ai laissé les papiers importants sur la table pour ma sœur. bonne nuit à tous", Crisis},

		{"i can see the end of the tunnel, exams are almost done", None},
		{"no me busquen mañana, estoy de viaje", None},
		{"ya me lo bebí todo, el café estaba buenísimo", None},
		{"billet aller simple pour Lyon, je déménage enfin", None},
		{"bonne soirée à tous", None},
		{"last message before my exam, wish me luck", None},
		{"no more coffee after 3pm, doctor's orders", None},
	})
}
