package risk

import "testing"

func TestPlainKinds(t *testing.T) {
	checkPhrasesAlone(t, []levelCase{
		{"i'll end it tomorrow", Crisis},
		{"gonna end it all tonight", Crisis},
		{"tengo las pastillas listas", Crisis},
		{"demain j'en finis", Crisis},
		{"je vais en finir ce soir", Crisis},
		{"ich verletze mich selbst", Review},
		{"morgen mach ich schluss", Review},
		{"je me fais du mal", Review},
		{"je peux plus", Review},
		{"plus rien a de sens", Review},
		// Twins.
		{"i'll end it with him tomorrow", None},
		{"tengo las pastillas de la tos en el bolso", None},
		{"demain j'en finis avec ce dossier", None},
		{"heute mach ich früher schluss mit der arbeit", None},
		{"je peux plus manger de pâtes", None},
		{"je me fais mal au dos en jardinant", None},
		{"ich schneide mich immer wieder beim rasieren", None},
	})
}
