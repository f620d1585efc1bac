package risk

import "testing"

// Set 37's false alarms, as kinds in the four languages: a last message
// before an ordinary operation or for a few days, "I want to die" said of
// a mishap or of shame, and suicidal thoughts long past and told to
// reassure newcomers. Each is None; the same words with a wish, a plan or
// a time beside them stay flagged.
func TestSpotS37(t *testing.T) {
	for _, c := range []levelCase{
		// A last message before an ordinary operation, or for a few days.
		{"mañana me operan de la rodilla así que este es mi último mensaje en unos días", None},
		{"este es mi último mensaje por un par de semanas, me voy de campamento sin señal", None},
		{"dernier message avant mon opé des dents de sagesse demain, je vais être HS deux jours", None},
		{"dernier message avant l'opération du genou, à jeudi", None},
		{"letzte Nachricht vor der OP morgen, bin ein paar Tage offline", None},
		{"letzte Nachricht für ein paar Tage, Weisheitszähne kommen raus", None},
		{"last message before my knee surgery tomorrow, back in a few days", None},
		{"this is my last message for a couple of days, wisdom teeth out tomorrow", None},
		// Said of a mishap or of shame, "I want to die" is an idiom.
		{"me quería morir de la pena, le hablé fuerte a la de recepción y todos voltearon", None},
		{"se me cayó el café encima en plena reunión, me quería morir de vergüenza", None},
		{"mon perso est mort et j'avais pas sauvegardé depuis 3h, je vais me pendre 🙃", None},
		{"locked myself out again, 150 quid for the locksmith on a sunday, i want to die lol", None},
		{"Schlüssel wieder drinnen vergessen, 200 Euro Schlüsseldienst am Sonntag, ich will sterben", None},
	} {
		if got := Screen(c.text).Level; got != c.want {
			t.Errorf("Screen(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	// Thoughts long past are Review (the past, asked about gently), never
	// the full alarm; so is a mishap's "me quiero morir" that the learnt
	// screen still reads as a wish when the phrases let it be.
	for _, text := range []string{
		"i had suicidal thoughts a lot in uni, not for years now, therapy really helped",
		"tuve pensamientos suicidas en la prepa, hace años que no, la terapia me ayudó mucho",
		"me he dejado las llaves dentro otra vez, 120 pavos el cerrajero un domingo, me quiero morir",
	} {
		if got := Screen(text).Level; got == Crisis {
			t.Errorf("Screen(%q) = Crisis, want at most Review", text)
		}
	}
	// The same words with a wish, a plan or a time stay flagged.
	for _, text := range []string{
		"este es mi último mensaje, mañana ya no voy a estar",
		"dernier message avant l'opé, j'espère ne pas me réveiller",
		"last message before my surgery tomorrow and i hope i don't wake up from it",
		"me quiero morir, ya no aguanto más",
		"je vais me pendre ce soir, la corde est prête",
		"i have suicidal thoughts again, every night this week",
	} {
		if got := Screen(text).Level; got == None {
			t.Errorf("Screen(%q) = None, want it flagged", text)
		}
	}
}

// other12's false alarms: "I'll kill myself" shouted over a lost match,
// someone else's rage in a game's voice chat, is an idiom in the four
// languages; the same words with no game lost stay flagged.
func TestSpotS37Rage(t *testing.T) {
	for _, text := range []string{
		"someone in VC did an \"im gonna end it all\" bit over a lost match, we had a word, hes fine",
		"he yelled he'd kill himself if we lose again lol, just tilt",
		"in der lobby hat einer rumgebrüllt \"ich bring mich um wenn wir nochmal verlieren\" lol, war nur rage",
		"dans le vocal un gars a crié \"je vais me pendre\" après avoir raté son clutch, tout le monde a rigolé",
		"uno en el chat de voz gritó \"me mato si perdemos otra vez\" jajaja, era pura rabia",
	} {
		if got := Screen(text).Level; got != None {
			t.Errorf("Screen(%q) = %v, want None", text, got)
		}
	}
	for _, text := range []string{
		"im gonna end it all tonight, i mean it",
		"ich bring mich um, ich kann nicht mehr",
		"je vais me pendre ce soir",
		"me mato esta noche, ya lo decidí",
	} {
		if got := Screen(text).Level; got != Crisis {
			t.Errorf("Screen(%q) = %v, want Crisis", text, got)
		}
	}
}
