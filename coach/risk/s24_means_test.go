package risk

import "testing"

// TestMeansS24 holds the kinds of means set 24 (a perinatal psychiatrist and
// a farmers' support line writer) showed the screen did not know, each with
// its everyday twin in the same words: farm and garden poisons taken, stones
// in the pockets by the water, a gun in the lap, the top of a silo or roof,
// a vehicle sent off a slope to look like an accident, a parent afraid of
// harming the baby now and alone, and a drug's remainder taken till the heart
// stops. The twins are the same words at work: spraying, laying bait, a
// garden, the hunting season, a slide one walked away from, and the scary
// thoughts told to the midwife (Review, not Crisis).
func TestMeansS24(t *testing.T) {
	for _, c := range []struct {
		text string
		want Level
	}{
		// Poisons and farm chemicals as means.
		{"mixed the weedkiller into a glass. drinking it tonight", Crisis},
		{"the paraquat in the shed isn't for spraying anymore. decided", Crisis},
		{"swallowed some of the slug pellets an hour ago", Crisis},
		{"sprayed the weedkiller on the path this morning", None},
		{"laid rat poison in the barn for the mice", None},
		{"topped up the antifreeze in the car before the frost", None},
		{"me he bebido el herbicida del cobertizo, ya está", Crisis},
		{"he echado matarratas en el granero por los ratones", None},
		{"hab das Unkrautvernichtungsmittel gerade getrunken", Crisis},
		{"heute das Feld gespritzt, Pflanzenschutzmittel ist alle", None},
		{"j'ai avalé le désherbant du garage, c'est fait", Crisis},
		{"j'ai mis de la mort-aux-rats dans la grange", None},
		// Stones in the pockets by the water.
		{"at the reservoir. pockets full of stones", Crisis},
		{"collected stones on the beach for the garden path", None},
		{"estoy en el pantano con piedras en los bolsillos", Crisis},
		{"j'ai rempli mes poches de pierres, je suis au bord du lac", Crisis},
		{"les enfants ont ramassé des pierres sur la plage pour le jardin", None},
		// A gun in the lap.
		{"sitting in the barn with the rifle in my lap, thinking about the click", Crisis},
		{"cleaning the shotgun before the season opens", None},
		{"shot a fox off the hen house last night", None},
		{"sitz in der Scheune mit der Flinte auf den Knien und denk an den Abzug", Crisis},
		{"estoy en el pajar con la escopeta en las rodillas, pensando en el clic", Crisis},
		// The top of a silo, a ladder, a roof.
		{"up on top of the silo. just looking down", Crisis},
		{"on the grain bin ladder checking the level", None},
		{"on the roof, took my shoes off", Crisis},
		{"up on the roof fixing the tiles after the storm", None},
		{"bin oben auf dem Silo und schau nur runter", Crisis},
		{"estoy arriba del silo mirando hacia abajo, ya no tengo miedo", Crisis},
		// A vehicle sent off a slope to look like an accident.
		{"going to drive the ute off the ravine. make it look like an accident", Crisis},
		{"the tractor slid on the slope but I'm fine", None},
		{"je vais foncer avec le tracteur dans le ravin, ça ressemblera à un accident", Crisis},
		{"le tracteur a glissé dans la pente mais je vais bien", None},
		{"voy a meter el tractor en el río, que parezca un accidente", Crisis},
		// A parent afraid of harming the baby now, alone.
		{"held him far too hard just now. afraid I'll do something to him. I'm alone", Crisis},
		{"i put the pillow over her for a second. nobody's here", Crisis},
		{"scary thoughts about hurting the baby, told my midwife, my partner is home", Review},
		{"the baby is killing me with no sleep", None},
		{"tengo miedo de hacerle daño al bebé ahora mismo, estoy sola con él", Crisis},
		{"el bebé me está matando, no duermo nada", None},
		{"j'ai peur de faire du mal au bébé là maintenant, je suis seule avec lui", Crisis},
		{"ich hab Angst, dass ich der Kleinen jetzt was antu. Bin allein mit ihr", Crisis},
		// A drug's remainder taken till the heart stops.
		{"injected the rest of the ketamine, want it to go till my heart stops", Crisis},
		{"me metí lo que quedaba de ketamina, hasta que se me pare el corazón", Crisis},
		{"j'ai sniffé le reste de kétamine, jusqu'à ce que mon cœur s'arrête", Crisis},
		{"hab den Rest Ketamin gezogen, bis mein Herz stehen bleibt", Crisis},
		// Twins in the same words, with someone else or at work.
		{"the dog drank some antifreeze, vet says he'll be ok", None},
		{"the kids came home with pockets full of stones from the river", None},
		{"on the roof looking down at the gutters, they need clearing", None},
		{"took my shoes off on the roof so I wouldn't slip", None},
		{"I'll love you till my heart stops beating", None},
		{"rifle across my knees on the quad, waiting for the fox", None},
		{"make it look like an accident, says the villain in the film", Review},
		{"I know how and when", Review},
		{"I know how and when. friday", Crisis},
		{"j'ai bu du glyphosate dans l'eau du robinet ? c'est dangereux ?", None},
		{"el tractor se fue por el barranco, parecía un accidente pero fue el freno", None},
	} {
		if got := Assess(c.text); got != c.want {
			t.Errorf("Assess(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
