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
		// A means got, the sentence ending on it: a means at hand, which
		// the core kinds make Crisis (mends_s38_core.go).
		{Crisis, "I got a rope today"},
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
	checkRound(t, []roundCase{
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
	})
}

// TestSignalsRoundS20Resid holds what round s20-resid's signals catch on
// their own, without the learnt screen, in all four languages: the kinds
// of wording that corpus rows fell below Crisis in when the model was
// retrained after round s20 (a blade in the hand and a body part thought
// of; a farewell "hereby" after the last hope; things offered and "won't
// need them any more"; savings sent to family and the day chosen; an
// alarm set and then a bridge; a threat to kill if the writer talks, the
// man in the next room; no reply wanted, it is done; after a shift, the
// plan set; thanks for everything and sorry for what comes next). The
// wordings are the round's own, held by no corpus row; their ordinary
// twins must stay below Crisis with the learnt screen too.
func TestSignalsRoundS20Resid(t *testing.T) {
	checkRound(t, []roundCase{
		// A blade in the hand, a body part thought of.
		{true, "the blade is in my hand now. cant stop thinking about my wrists"},
		{true, "la navaja en la mano y pensando en mis venas"},
		{true, "rasierklinge in der hand und ich denk nur an meine pulsadern"},
		{true, "la lame dans la main, je pense qu'à mes veines"},
		{false, "knife's in my hand, chopping onions"},
		{false, "i keep thinking about my wrists, carpal tunnel from all the typing"},
		{false, "no dejo de pensar en mis muñecas, el túnel carpiano me mata de tanto teclear"},
		{false, "hab das messer in der hand, schneide zwiebeln"},
		{false, "denk die ganze zeit an meine handgelenke, sehnenscheidenentzündung vom tippen"},
		{false, "j'ai le couteau dans la main, j'épluche les patates"},
		{false, "je pense sans arrêt à mes poignets, tendinite à force de taper"},
		// The last hope gone, a farewell "hereby".
		{true, "the new meds were my last hope. they didnt work. i hereby say goodbye."},
		{true, "la ketamina era mi última esperanza. no funcionó. por la presente me despido."},
		{true, "Die Therapie war meine einzige Hoffnung. Hat nichts gebracht. Hiermit verabschiede ich mich."},
		{true, "le traitement était mon seul espoir. rien. je vous dis adieu."},
		{false, "i hereby say goodbye to the office, retiring after 30 years!"},
		{false, "the loan was my last hope, and it went through!"},
		{false, "por la presente me despido del equipo, me jubilo el viernes"},
		{false, "Ich verabschiede mich hiermit in den Urlaub, bis Montag!"},
		{false, "Die Kur war meine letzte Hoffnung, und es hat endlich geklappt!"},
		{false, "je vous dis adieu, je pars à la retraite vendredi, merci pour tout ce temps"},
		{false, "ce concours était mon dernier espoir et je l'ai eu !"},
		// Things offered, not needed any more, the sentence ending there.
		{true, "do you want my ps5 and my guitar? i won't need them any more"},
		{true, "quieres mi play y mis juegos? ya no los voy a necesitar"},
		{true, "willst du meine gitarre und meine platten haben? ich werd die nicht mehr brauchen"},
		{true, "tu veux ma guitare et mes vinyles ? j'en aurai plus besoin"},
		{false, "I won't need my ski boots any more, moving to Lisbon"},
		{false, "ya no voy a necesitar el abrigo de invierno, me mudo a sevilla"},
		{false, "quieres mi bici vieja? ya no la voy a necesitar, me compré una nueva"},
		{false, "kannst du meine winterjacke haben? ich brauch die nicht mehr, zieh nach spanien"},
		{false, "tu veux mon manteau d'hiver ? j'en aurai plus besoin en espagne"},
		// All one's savings sent to family; the day chosen.
		{true, "I transferred all my savings to my niece today. The day is chosen: right after my next appointment."},
		{true, "hoy le transferí todos mis ahorros a mi sobrino. el día está elegido: justo después de la próxima cita."},
		{true, "Heute hab ich mein ganzes Erspartes an meine Nichte überwiesen. Der Tag steht fest: nach der nächsten Sitzung."},
		{true, "aujourd'hui j'ai viré toutes mes économies à mon neveu. le jour est choisi : juste après le prochain rendez-vous."},
		{false, "The day is chosen: the wedding is June 12!"},
		{false, "transferred all my savings to the builder for the deposit"},
		{false, "el día está elegido: nos casamos el 12 de junio"},
		{false, "le transferí todos mis ahorros a la inmobiliaria para la entrada"},
		{false, "Der Tag ist gewählt: Hochzeit am 12. Juni!"},
		{false, "Hab mein ganzes Erspartes an den Bauträger überwiesen, Anzahlung fürs Haus"},
		{false, "le jour est choisi : on se marie le 12 juin !"},
		{false, "j'ai viré toutes mes économies au notaire pour l'apport"},
		// An alarm set, then a bridge or a height.
		{true, "alarm set for 4. then i'm going to the bridge"},
		{true, "puse la alarma a las 4. después me voy al puente"},
		{true, "wecker auf 5 gestellt. dann fahr ich zur talbrücke"},
		{true, "réveil mis à 4h. après je vais au pont"},
		{false, "alarm set for 4, then i'm going to the airport"},
		{false, "puse la alarma a las 4, después me voy al aeropuerto"},
		{false, "wecker auf 4 gestellt, dann geh ich zum flughafen"},
		{false, "réveil mis à 4h, après je vais à l'aéroport"},
		// A threat to kill if the writer talks, the man in the next room.
		{true, "he told me if i tell anyone he'll kill me. he's in the next room"},
		{true, "dijo que si cuento algo me mata. está en la otra pieza"},
		{true, "er hat gesagt wenn ich rede bringt er mich um. er ist nebenan"},
		{true, "il m'a dit que si je parle il me tue. il est dans la pièce d'à côté"},
		{false, "the baby is asleep in the next room, finally"},
		{false, "mi hermano dijo que si toco su play me mata jaja. está en la otra pieza"},
		{false, "mein bruder sagt wenn ich seine pizza esse bringt er mich um haha. er ist nebenan"},
		{false, "mon frère a dit qu'il me tue si je mange ses restes mdr. il est dans la pièce d'à côté"},
		// No reply wanted, it is done.
		{true, "don't reply. it's done."},
		{true, "no me contesten. ya está hecho"},
		{true, "bitte nicht antworten, es ist schon passiert"},
		{true, "répondez pas, c'est fait"},
		{false, "don't reply to the landlord thread, it's done, rent is paid"},
		{false, "no contesten al correo del jefe, ya está hecho el informe"},
		{false, "bitte nicht antworten auf die umfrage, es ist schon erledigt"},
		{false, "répondez pas au mail du client, c'est fait depuis ce matin"},
		// After a shift, the plan set.
		{true, "after my night shift. plan is set"},
		{true, "después del turno de noche. el plan está listo"},
		{true, "nach der frühschicht. plan steht"},
		{true, "après mon service. le plan est prêt"},
		{false, "after my night shift. plan is set: pancakes and bed"},
		{false, "después del turno de noche: el plan está listo, pizza y peli"},
		{false, "nach der spätschicht. plan steht: pizza und sofa"},
		{false, "après mon service on va au resto, le plan est prêt"},
		// Thanks for everything, sorry for what comes next.
		{true, "thanks for everything, and sorry for what comes next"},
		{true, "gracias por todo y perdón por lo que viene"},
		{true, "danke für alles und tut mir leid für das was jetzt kommt"},
		{true, "merci pour tout, et pardon pour la suite"},
		{false, "sorry for what comes next in this thread, spoilers ahead"},
		{false, "perdón por lo que viene en el capítulo 3, spoilers"},
		{false, "tut mir leid für das was jetzt kommt an steuerkram, ist lang"},
		{false, "merci pour tout et désolée pour la suite du planning, je suis malade"},
	})
}

// roundCase is a wording a learning round added: a crisis the phrases and
// signals must catch on their own, or an ordinary twin that must stay below
// Crisis with the learnt screen too.
type roundCase struct {
	crisis bool
	text   string
}

// checkRound holds each case to Crisis from the phrases and signals alone
// and from the whole screen, or each twin below Crisis from both.
func checkRound(t *testing.T, cases []roundCase) {
	t.Helper()
	phrases := *screening()
	phrases.learnt = nil
	for _, c := range cases {
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
