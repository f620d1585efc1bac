package risk

import "testing"

// Set 37's false alarms, as kinds in the four languages: a last message
// before an ordinary operation or for a few days, "I want to die" said of
// a mishap or of shame, and suicidal thoughts long past and told to
// reassure newcomers. Each is None; the same words with a wish, a plan or
// a time beside them stay flagged.
func TestSpotS37(t *testing.T) {
	checkScreen(t, []levelCase{
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
		{"se me cayó el café encima en plena reunión, me quería morir de vergüenza", None},
		{"locked myself out again, 150 quid for the locksmith on a sunday, i want to die lol", None},
		{"Schlüssel wieder drinnen vergessen, 200 Euro Schlüsseldienst am Sonntag, das bringt mich um", None},
	})
	// Thoughts long past are Review (the past, asked about gently), never
	// the full alarm. A mishap's "me quiero morir" with no laugh beside it
	// stays a wish (Crisis), as a clinician's read asked.
	checkNeverAt(t, Crisis, []string{
		"i had suicidal thoughts a lot in uni, not for years now, therapy really helped",
		"tuve pensamientos suicidas en la prepa, hace años que no, la terapia me ayudó mucho",
	})
	// The same words with a wish, a plan or a time stay flagged.
	checkNeverAt(t, None, []string{
		"este es mi último mensaje, mañana ya no voy a estar",
		"dernier message avant l'opé, j'espère ne pas me réveiller",
		"last message before my surgery tomorrow and i hope i don't wake up from it",
		"me quiero morir, ya no aguanto más",
		"je vais me pendre ce soir, la corde est prête",
		"i have suicidal thoughts again, every night this week",
		// A clinician's read: what the idioms must not hide.
		"i'm at uni and i'm jumping off the library tonight",
		"ich will seit Jahren nicht mehr leben",
		"hace años que no quiero vivir",
		"elle est partie, je veux mourir",
		"i didnt save him, i want to die",
		"this is my last message in a few days i'll be gone",
	})
}

// other12's false alarms: "I'll kill myself" shouted over a lost match,
// someone else's rage in a game's voice chat, is an idiom in the four
// languages; the same words with no game named stay flagged.
func TestSpotS37Rage(t *testing.T) {
	checkScreen(t, []levelCase{
		{"someone in VC did an \"im gonna end it all\" bit over a lost match, we had a word, hes fine", None},
		{"he yelled he'd kill himself if we lose another match lol, just tilt", None},
		{"in der lobby hat einer rumgebrüllt \"ich bring mich um wenn wir nochmal verlieren\" lol, war nur rage", None},
		{"dans le vocal un gars a crié \"je vais me pendre\" après avoir raté son clutch, tout le monde a rigolé", None},
		{"uno en el chat de voz gritó \"me mato si perdemos otra vez\" jajaja, era pura rabia", None},
	})
	checkNeverAt(t, None, []string{
		"im gonna end it all tonight, i mean it",
		"ich bring mich um, ich kann nicht mehr",
		"je vais me pendre ce soir",
		"me mato esta noche, ya lo decidí",
		// No game named: not an idiom.
		"i'll kill myself if i lose custody",
		"i want to end it all after that bad fight with my husband",
		"ich häng mich auf wenn ich nochmal verliere, ich kann nicht mehr",
	})
}
