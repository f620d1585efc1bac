package risk

import "testing"

// TestSignals holds what signal.go adds: concepts that together make a
// crisis, in wordings that no fresh set holds, and the ordinary texts
// that share their words.
func TestSignals(t *testing.T) {
	for _, c := range []struct {
		want Level
		text string
	}{
		// Two strong signals, or one with a time or a cue.
		{Crisis, "bought a rope at the hardware store. feel weirdly calm"},
		{Crisis, "i've been stockpiling my troches for a month. this weekend i'm taking all of them"},
		{Crisis, "i'm at the bridge again. the river looks so calm"},
		{Crisis, "he said he's going to kill me, i'm hiding in the closet"},
		{Crisis, "gave my cat to my neighbour. she'll look after him better than i could"},
		{Crisis, "paid my rent in advance and wrote letters to my kids"},
		{Crisis, "sorted out my will and put my affairs in order. sunday is the day"},
		{Crisis, "tripled my dose on purpose with wine"},
		{Crisis, "regalé mi perro a mi hermana, ella lo va a cuidar mejor que yo"},
		{Crisis, "hab alle tabletten gesammelt, heute nacht nehm ich sie alle auf einmal"},
		{Crisis, "j'ai acheté une corde. bizarre comme je suis calme"},
		// Crisis phrases: means at hand, a lethal amount asked about.
		{Crisis, "the gun is on the desk next to me"},
		{Crisis, "ya tengo la pistola de mi padre a mi lado"},
		{Crisis, "left the engine running in the garage"},
		{Crisis, "how much ketamine would it take to stop my heart"},
		{Crisis, "took the whole pack of sleeping pills 10 minutes ago"},
		// One strong signal alone.
		{Review, "dont try to stop me"},
		{Review, "I got a rope today"},
		// One signal, but at a height now is a means at hand, which issue 12
		// makes Crisis (as "the gun is on the desk next to me"); the learnt
		// screen reads it so since fresh set 5.
		{Crisis, "i'm on the roof of my building right now"},
		// Ordinary text with the same words.
		{None, "bought a rope for the hammock today"},
		{None, "left my dog with my sister for the weekend while i travel"},
		{None, "j'ai donné mon chat à garder à ma voisine pendant les vacances"},
		{None, "tonight is the night of the big game"},
		{None, "gonna finish it tonight, the essay is due tomorrow"},
		{None, "my cat food is under the sink"},
		{None, "i doubled my dose as prescribed by my psychiatrist"},
		{None, "the lake is 10 minutes away, we swim there every sunday"},
		{None, "dont try to stop me from eating this whole cake"},
		{None, "he's banging on the door because he forgot his keys lol"},
		{None, "locked myself out of the car"},
		{None, "sunday is the day we go hiking"},
		{None, "i'm so sorry"},
		{None, "took the whole day off tomorrow"},
		{None, "cancelled my gym membership today"},
		{None, "we're at peace with leaving the city"},
		{None, "is it ok to go for a run today?"},
		{None, "I wrote a letter to my mum about the trip"},
		// Round s20-enes: the kinds fresh set 20 and other2 showed missing,
		// in wordings of their own, and their everyday twins. The intention
		// twins are held here and not in the corpus: as corpus rows they
		// pulled a German crisis row of the same concepts under the bar.
		{Crisis, "final check in. plan 10/10. sorry guys"},
		{None, "final check in. plan for the weekend: hiking. sorry guys, i ate the last donut"},
		{Crisis, "left the cat with my brother and said it's just for a few weeks. she'll have a better life there"},
		{None, "dropped the cat at my mums, off to Porto for the week"},
		{Crisis, "standing on the other side of the railing at the multistorey. its quiet"},
		{None, "leaned on the railing to take a photo of the view"},
		{Crisis, "my intention is to say a proper goodbye to everyone before friday"},
		{None, "my intention is to say a proper thank you to everyone before friday"},
		{None, "my intention is to say goodbye to my old anxious self"},
		{Crisis, "mi intención es despedirme bien de todos antes del viernes"},
		{None, "mi intención es agradecerle bien a todos antes del viernes"},
		{None, "mi intención es despedirme de mi miedo a volar"},
		{Crisis, "ya estoy en el monte con la soga, en casa creen que fui al gimnasio"},
		{None, "estoy en el bosque con la cuerda de escalar, día perfecto"},
		{Crisis, "este sábado acabo con todo"},
		{None, "este finde termino con todo el papeleo de la mudanza"},
		{None, "el coche está en el taller hasta el jueves, así que voy en bus"},
		{None, "me tomé todas mis pastillas esta mañana como dice la receta"},
		{None, "took all my meds this morning like a good boy"},
		// A signal denied, or someone else's, counts for nothing more.
		{None, "my brother bought a rope for his boat"},
	} {
		if got := Assess(c.text); got != c.want {
			t.Errorf("Assess(%q) = %v, want %v (normalised: %q)", c.text, got, c.want, sentences(c.text))
		}
	}
}

// TestPhrasesRoundS20 holds what round s20-defr's German and French
// phrases and signals catch on their own, without the learnt screen (which
// has learnt set 20 and the round's own rows, so it would pass them
// anyway), in wordings that no corpus row holds; and their ordinary twins,
// which must stay below Crisis with the learnt screen too.
func TestPhrasesRoundS20(t *testing.T) {
	phrases := *screening()
	phrases.learnt = nil
	for _, c := range []struct {
		crisis bool
		text   string
	}{
		// An occasion let happen first, then gone.
		{true, "Am Samstag ist Lukas' Taufe. Die soll er noch erleben. Danach bin ich weg."},
		{true, "Qu'il profite de son baptême samedi d'abord. Après je disparais."},
		{false, "Am Samstag ist Lukas' Taufe. Danach bin ich weg, Nachtschicht."},
		{false, "Qu'il profite de son baptême d'abord, après on parlera du déménagement."},
		// Things given away by a day, nothing mattering after.
		{true, "Verschenke meine Comics und die Kamera. Bis Sonntag muss alles weg. Danach ist's mir eh egal"},
		{true, "J'ai offert sa montre à mon fils, et la mienne aussi. J'en aurai plus besoin demain."},
		{false, "Verschenke meine alten Babysachen, bitte bis Sonntag abholen."},
		{false, "J'ai offert ma vieille montre à mon fils, j'en aurai plus besoin avec le téléphone."},
		// A river in flood and a last bath, a joke frame around it.
		{true, "haha die Elbe ist hoch heute Nacht, ideal für ein letztes Bad"},
		{true, "mdr la Garonne est en crue ce soir, parfait pour une dernière baignade"},
		{false, "die Elbe ist hoch heute Nacht, der Radweg ist überflutet"},
		{false, "la Garonne est en crue ce soir, les quais sont fermés"},
		// A pet left, its reason denied.
		{true, "Hab den Hund bei meinem Bruder gelassen, er glaubt fürs Wochenende. Ist es nicht."},
		{true, "j'ai laissé Caramel à mon cousin, il pense que c'est pour quelques jours. c'est pas pour quelques jours"},
		{false, "Hab den Hund bei meinem Bruder gelassen, fürs Wochenende, wir sind in Prag."},
		{false, "j'ai laissé Caramel à mon cousin pour quelques jours, on part à Lisbonne"},
		// A plan for tonight, one's own.
		{true, "hab einen Plan für diese Nacht und diesmal zieh ich das durch"},
		{true, "j'ai un plan pour cette nuit, ne m'appelez pas"},
		{false, "ich hab einen Plan für heute Abend: Sofa und Serien"},
		{false, "j'ai un plan pour ce soir: ciné avec Léa"},
		// On foot to a height, a cover story, a phone nearly dead.
		{true, "geh allein zur Talbrücke, meine Frau denkt ich bin einkaufen. Akku 2%"},
		{true, "je marche seul jusqu'au viaduc, ma femme pense que je me promène. batterie 2%"},
		{false, "Meine Frau denkt ich bin einkaufen, dabei hol ich ihr Geburtstagsgeschenk"},
		{false, "ma femme pense que je me promène, en fait je prépare sa fête surprise"},
		// Someone else in danger now: screaming for help next door.
		{true, "unten schreit sie um Hilfe und man hört Schläge"},
		{true, "en bas elle crie à l'aide et on entend des coups"},
		{false, "mein Sohn schreit um Hilfe, weil er die Hausaufgaben nicht versteht"},
		{false, "mon fils crie au secours devant ses devoirs de maths"},
		// KAP's own words: pills as a named doctor prescribed, a letter to
		// one's fear, a colleague's attempt years ago as a happy story,
		// empty boxes taken back to the pharmacy.
		{false, "Morgens alle meine Tabletten genommen, wie Dr. Novak sie verschrieben hat."},
		{false, "J'ai pris tous mes cachets comme le Dr. Petit me les a prescrits."},
		{false, "Für die Therapie einen Brief an meine Panik geschrieben."},
		{false, "je rapporte les boîtes vides de médicaments à la pharmacie demain"},
	} {
		full := Assess(c.text)
		alone := phrases.screen(c.text, false).Level
		switch {
		case c.crisis && (alone != Crisis || full != Crisis):
			t.Errorf("%q: phrases and signals %v, with the learnt screen %v, want Crisis (normalised: %q)", c.text, alone, full, sentences(c.text))
		case !c.crisis && (alone == Crisis || full == Crisis):
			t.Errorf("%q: phrases and signals %v, with the learnt screen %v, want below Crisis (normalised: %q)", c.text, alone, full, sentences(c.text))
		}
	}
}
