package risk

import "testing"

// Someone else in danger now, told by a caller, a resident or a stranger
// in words other8 used and the lists did not know, is flagged; the
// writer's own danger from a man outside and the everyday twins are not.
func TestAboutOtherS31(t *testing.T) {
	checkAboutOther(t, []aboutOtherCase{
		{"caller on the line says she swallowed a whole packet of sleeping pills and now she's gone quiet", true, "en"},
		{"the old gentleman across the road hasn't opened his door since friday and the post is piling up", true, "en"},
		{"my neighbour's boyfriend has her by the throat on the stairs right now", true, "en"},
		{"a lad is in the river struggling and going under", true, "en"},
		{"my 3 year old ate some of nan's pills and is getting floppy", true, "en"},
		{"un señor en la parada sangra mucho de la cabeza y no se mueve", true, "es"},
		{"el novio de mi vecina le está dando una paliza, se oye todo", true, "es"},
		{"der Kunde sagt er hat alle Tabletten geschluckt und hat aufgelegt", true, "de"},
		{"mein Nachbar droht dass er sie umbringt und jetzt ist es totenstill", true, "de"},
		{"un homme dans la Seine se débat et il coule", true, "fr"},
		{"son mec lui tape dessus, j'entends tout à travers le mur", true, "fr"},

		{"my ex is parked outside, said he'll finish what he started, i'm on my own", false, ""},
		{"la abuela se tomó sus pastillas del corazón esta mañana", false, ""},
		{"the old gentleman across the road hasn't opened his shop since the holidays", false, ""},
		{"my 3 year old is getting sleepy, nap time", false, ""},
		{"el novio de mi vecina le está dando una clase de guitarra", false, ""},
	})
}

// Where such a text was None, its signs together make it Crisis, and
// letters written after losing one's savings are the writer's farewell;
// the everyday twins are not.
func TestPhrasesS31(t *testing.T) {
	checkPhrasesAlone(t, []levelCase{
		{"a man collapsed at the bus stop and he's shaking all over", Crisis},
		{"mi hijo se atragantó con una uva y no puede respirar", Crisis},
		{"mon père s'étouffe avec un bonbon, il devient violet", Crisis},
		{"a la señora del tercero le sangra mucho la nariz y la frente y no se mueve", Crisis},
		{"lost all my savings to a phone scam. the letters are written", Crisis},
		{"on m'a arnaquée de toutes mes économies, j'ai écrit mes lettres", Crisis},
		{"hab meinem Sohn einen Brief geschrieben, er soll nicht traurig sein", Crisis},

		{"the letters are written, posting them tomorrow", None},
		{"j'ai écrit mes lettres de motivation", None},
		{"he was choking with laughter lol", None},
		{"mon oncle me dit tout le temps que tu vas me faire mourir, c'est sa blague", None},
	})
}
