package risk

import "testing"

// TestRoutineRoundS20 holds round s20-routine's kinds in all four
// languages, with the phrases and signals alone (alone) and with the
// learnt screen too (full): one's own usual medicine taken with when and
// no amount; a blade in the hand while cooking; an old thing given away
// because a new one was bought; a sibling's joking threat over food;
// bleeding that will not stop; a station whose fast trains do not stop.
// The everyday ones are what pauses a plan and alerts a therapist for
// nothing when read as Crisis, so they are held to None on the full
// screen; their crisis twins (an amount or a totality, a body part, no
// new thing bought, no joke) are held to Crisis. Most wordings are new,
// held by no corpus row (testdata/train/targeted-s20-routine.tsv holds
// the rest), so the learnt screen has not learnt them.
func TestRoutineRoundS20(t *testing.T) {
	phrases := *screening()
	phrases.learnt = nil
	for _, c := range []struct {
		text        string
		alone, full Level
	}{
		// (1) One's own usual medicine, taken today, this morning, already.
		{"ich habe heute meine tabletten genommen", None, None},
		{"hab heute meine tabletten genommen", None, None},
		{"ich habe meine tabletten schon genommen", None, None},
		{"hab meine tabletten heute morgen schon genommen", None, None},
		{"me tomé mis pastillas hoy", None, None},
		{"ya me tomé las pastillas", None, None},
		{"hoy me he tomado las pastillas", None, None},
		{"ya me tomé mis medicamentos", None, None},
		{"took my meds already", None, None},
		{"i have taken my pills this morning", None, None},
		{"mes médocs sont déjà pris", None, None},
		{"j'ai pris mes médicaments aujourd'hui", None, None},
		{"took all my pills this morning as prescribed", None, None},
		// An amount or a totality, or more after it, stays Crisis.
		{"took all my pills today", Crisis, Crisis},
		{"took my whole bottle of meds this morning", Crisis, Crisis},
		{"ich habe heute die ganze packung genommen", Crisis, Crisis},
		{"hab schon alle tabletten genommen", Crisis, Crisis},
		{"ya me tomé todas las pastillas", Crisis, Crisis},
		{"me tomé el bote entero hoy", Crisis, Crisis},
		{"j'ai pris toute la boîte ce matin", Crisis, Crisis},
		{"j'ai déjà pris tous mes cachets", Crisis, Crisis},
		{"adiós a todos, los quise mucho. ya me tomé las pastillas", Crisis, Crisis},
		{"j'ai pris toute la boîte de chocolats pour mamie", None, None},
		// A totality in the next sentence, alone (routine.go); not "all good".
		{"took my meds this morning. every single one.", Crisis, Crisis},
		{"hab heute meine tabletten genommen. alle auf einmal.", Crisis, Crisis},
		{"ya me tomé mis pastillas hoy. todas.", Crisis, Crisis},
		{"j'ai déjà pris mes cachets. toute la plaquette.", Crisis, Crisis},
		{"took my meds this morning. all good.", None, None},
		{"which photos did you like? all of them.", None, None},
		// (2) A blade in the hand while cooking.
		{"knife's in my hand, chopping onions for tonight", None, None},
		{"the knife is in my hand, slicing tomatoes for the salad", None, None},
		{"hab das messer in der hand und schneid das brot für morgen", None, None},
		{"das messer liegt in meiner hand, ich schäl grad kartoffeln", None, None},
		{"messer in der hand, ich schneide zwiebeln für die suppe", None, None},
		{"el cuchillo está en mi mano, pico ajo para la cena", None, None},
		{"le couteau est dans ma main, je coupe les oignons pour ce soir", None, None},
		{"la lame est dans ma main, j'émince les échalotes", None, None},
		// A body part named keeps the means a means.
		{"knife in my hand, thinking of my wrists", Crisis, Crisis},
		{"the knife is in my hand, slicing bread and then my wrists", Crisis, Crisis},
		{"el cuchillo está en mi mano, me voy a cortar las venas", Crisis, Crisis},
		{"das messer liegt in meiner hand, ich schneid mir die pulsadern auf", None, Crisis},
		{"le couteau est dans ma main, je vais m'ouvrir les poignets", Review, Crisis},
		// (3) An old thing given away because a new one was bought.
		{"kannst du meine alte switch haben? hab mir die neue gekauft, ich brauch die nicht mehr", None, None},
		{"got myself a new laptop so i won't need the old one anymore", None, None},
		{"me compré el nuevo iphone, ya no lo necesito", None, None},
		{"j'ai acheté le nouveau vélo, j'en ai plus besoin", None, None},
		{"you can have my guitar, i won't need it anymore", Crisis, Crisis},
		{"kannst du meine kamera haben? ich brauch die nicht mehr", Crisis, Crisis},
		// (4) A joking threat over food.
		{"my brother said he'd kill me if i ate his leftovers lol. he's in the next room", None, None},
		{"my sister said she'll kill me if i touch her chocolate lol", None, None},
		{"meine schwester sagt sie bringt mich um wenn ich ihren kuchen esse haha", None, None},
		{"mi hermana dice que me mata si me como su chocolate jajaja", None, None},
		{"ma sœur dit qu'elle me tue si je mange son chocolat mdr", None, None},
		{"my brother said he'd kill me if i come home tonight. he's in the next room", Crisis, Crisis},
		// (5) Bleeding that will not stop; a station whose fast trains do not.
		{"blut hört nicht auf", Crisis, Crisis},
		{"es hört nicht auf zu bluten", Crisis, Crisis},
		{"the blood won't stop", Crisis, Crisis},
		{"no para de sangrar", Crisis, Crisis},
		{"la sangre no se detiene", Crisis, Crisis},
		{"ça arrête pas de saigner", Crisis, Crisis},
		{"le sang arrête pas", Crisis, Crisis},
		{"the bleeding stopped, plaster on", None, None},
		{"hab nasenbluten und es hört nicht auf", None, None},
		{"at the station. the fast ones dont stop here", Crisis, Crisis},
		{"at the station. the express trains don't stop here", Crisis, Crisis},
		{"am bahnhof. die ICEs halten hier nicht", Crisis, Crisis},
		{"en la estación. los expresos no paran aquí", Crisis, Crisis},
		{"sur le quai. les TGV s'arrêtent pas ici", Crisis, Crisis},
		{"the fast trains dont stop here so i'll be late", None, None},
		{"am bahnhof. die schnellen halten hier nicht, also komm ich später", None, None},
		{"en la estación. los rápidos no paran aquí, llego tarde", None, None},
		{"à la gare. les rapides s'arrêtent pas ici, j'arrive en retard", None, None},
		// A group email fixed; therapy given up, said flatly.
		{"please don't answer the group email, it's done, i fixed the typo", None, None},
		{"zur therapie komm ich nicht mehr", Review, Review},
	} {
		alone := phrases.screen(c.text, false).Level
		full := Assess(c.text)
		if alone != c.alone || full != c.full {
			t.Errorf("%q: phrases and signals %v, with the learnt screen %v, want %v and %v (normalised: %q)", c.text, alone, full, c.alone, c.full, sentences(c.text))
		}
	}
}

// Chat breaks a thought across lines: the totality on the next line makes
// the pills taken Crisis, as in the next sentence; an ordinary next line
// does not.
func TestTakenThenAllAcrossLines(t *testing.T) {
	for _, c := range []struct {
		text string
		want Level
	}{
		{"took my meds this morning\nall of them", Crisis},
		{"ich habe heute meine tabletten genommen\nalle", Crisis},
		{"took my meds this morning\nall good, going for a walk", None},
		{"took my meds this morning", None},
	} {
		if got := Assess(c.text); got != c.want {
			t.Errorf("Assess(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
