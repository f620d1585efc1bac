package risk

import "testing"

// TestRoundS22DeFr holds round s22-defr's kinds of wording in German and
// French, the kinds sets 22 and 23 showed the screen missing, on wordings
// that no corpus row holds, each with an everyday twin in the same words,
// through the full screen (phrases, signals, held wishes and the learnt
// model). A crisis row must be Crisis, a twin None, a row to review Review.
func TestRoundS22DeFr(t *testing.T) {
	for _, c := range []struct {
		want Level
		text string
	}{
		// Tonight doing what one should have done in a war, or finishing
		// what a war started; a chore in the same words.
		{Crisis, "heute nacht mach ich das was ich in afghanistan schon hätte tun sollen"},
		{Crisis, "heute nacht beende ich was mali angefangen hat"},
		{None, "heute mach ich das was ich im urlaub schon hätte machen sollen, den keller aufräumen"},
		{Crisis, "cette nuit je fais ce que j'aurais dû faire au Sahel"},
		{Crisis, "ce soir je termine ce que le Mali a commencé"},
		{Crisis, "ce soir je fais enfin ce que j'aurais dû faire au Mali"},
		{Crisis, "heut nacht mach ich endlich das was ich in kabul hätte tun sollen"},
		// An end set for an anniversary; an anniversary and the end of a chore.
		{Crisis, "14. mai, jahrestag vom anschlag. dann ist schluss, steht fest"},
		{None, "14. mai, jahrestag von oma und opa. dann ist schluss mit dem renovieren, steht fest"},
		{Crisis, "le 3 mars c'est l'anniversaire de l'embuscade. ce jour-là j'arrête tout, c'est décidé"},
		// Burning oneself now (a cigarette, a lighter, an iron), as cutting
		// now is; a cigarette in an ashtray, a burn while ironing.
		{Crisis, "ich drück mir grad die zigarette auf dem unterarm aus, immer wieder"},
		{Crisis, "halte grad das feuerzeug an meinen arm, will dass der kopf still ist"},
		{None, "ich drück grad die zigarette im aschenbecher aus und geh ins bett"},
		{Crisis, "je me brûle le bras avec le fer à repasser en ce moment, ça calme"},
		{None, "je me suis brûlé le bras avec le fer à repasser en repassant ma chemise, aïe"},
		// Things of one's own given away, "he'll understand one day"; one
		// old thing given for a reason.
		{Crisis, "hab meinem bruder die gitarre und das auto geschenkt. er wird's später verstehen"},
		{None, "hab meinem bruder die gitarre geschenkt, er wollte schon immer spielen lernen"},
		{Crisis, "j'ai donné ma montre et ma moto à mon filleul. il comprendra un jour"},
		{None, "j'ai donné ma vieille moto à mon filleul, il a eu son permis"},
		// A roof, its height, nobody coming up at this hour.
		{Crisis, "sur le toit de l'internat, 8 étages. personne vient à cette heure"},
		{Crisis, "auf dem dach vom wohnheim, 9 stock. um die zeit kommt keiner hoch"},
		{Crisis, "je suis sur le toit de la tour là"},
		{None, "sur le toit pour nettoyer les gouttières, mon voisin tient l'échelle"},
		// The end of a service "for good" with a goodbye to the comrades.
		{Crisis, "fin de mission. pour de bon. prenez soin de vous"},
		{Crisis, "Dienstschluss. Für immer. Passt auf euch auf, Jungs"},
		// A flat cleared, a watch sent, a mountain not come down from; a move.
		{Crisis, "Wohnung ist leer geräumt, die Uhr hab ich meinem Sohn geschickt. Samstag geh ich auf den Säntis und komm nicht mehr runter"},
		{None, "Wohnung ist leer geräumt, Umzug geschafft. Samstag geh ich auf den Säntis wandern"},
		// An alarm set for the night, then "I do it"; then a flight, fishing.
		{Crisis, "Wecker auf halb 5 gestellt. dann zieh ich's durch"},
		{None, "Wecker auf halb 5 gestellt. dann geht's zum Flughafen"},
		{Crisis, "réveil mis à 4h. après je le fais"},
		{None, "j'ai fini mes devoirs. après je le fais"},
		{None, "Hab morgen frei. Dann mach ich's."},
		{None, "j'ai mis le réveil à 4h, après je pars à la pêche"},
		// A rope bought, telling no one.
		{Crisis, "j'ai acheté une corde, je le dis à personne"},
		// A week's pill organiser swallowed; one given as a present.
		{Crisis, "j'ai avalé d'un coup tout le pilulier de la semaine"},
		{Crisis, "hab grad die ganze Wochendose mit allen Tabletten auf einmal geschluckt"},
		{None, "ma fille m'a acheté un pilulier pour la semaine, très pratique pour les cachets du soir"},
		// A day and an hour, all ready, nobody able to stop one.
		{Crisis, "ce sera samedi à 3h du matin, tout est prêt, personne m'arrêtera"},
		{Crisis, "ce sera dimanche à 4h, tout est prévu, personne pourra m'en empêcher"},
		{Crisis, "es wird freitag um mitternacht, alles ist vorbereitet, keiner hält mich auf"},
		{None, "Samstag ist der Halbmarathon, keiner hält mich auf"},
		// A last message here with thanks; a last message before a week offline.
		{Crisis, "voilà, dernier message de ma part ici. merci à ceux qui ont tenté"},
		{Crisis, "das war meine letzte Nachricht hier. danke an alle, die es versucht haben"},
		{None, "dernier message de la semaine, je pars en stage sans wifi, à lundi"},
		{None, "letzte nachricht diese woche, bin auf klassenfahrt ohne netz, bis montag"},
		{None, "dernier message avant le partiel, croisez les doigts"},
		{None, "dernier message avant de décoller pour Dakar, à dans dix jours"},
		// Ketamine spray taken beyond the dose, wanting it to stop.
		{Crisis, "hab zu viel vom Esketamin-Spray genommen, viel mehr als erlaubt, ich will dass es aufhört"},
		{Crisis, "j'ai pris beaucoup plus de spray de kétamine que prévu, je veux que tout s'arrête"},
		// Everyday near-misses: goodbye forever to a subject, one's usual
		// pills on time, hunger, "I'm dead" of embarrassment.
		{None, "tschüss für immer, Mathe-Nachhilfe! endlich durch"},
		{None, "adieu pour toujours les maths, enfin réussi le bac"},
		{None, "bon j'ai pris mes médocs à l'heure, fait les courses, appelé ma sœur. une journée normale"},
		{None, "je meurs de faim, vivement le dîner"},
		{None, "ich bin tot, hab in der Kantine den Kaffee über den Chef gekippt"},
		// Threats now from those who killed someone of the writer's, who
		// know where the writer lives; neighbours who know it.
		{Crisis, "die leute von der miliz die meinen onkel erschossen haben wissen wo ich wohne, sie haben heute ein foto von meiner tür geschickt. ich hab solche angst"},
		{Crisis, "les talibans qui ont tué mon frère m'écrivent sur whatsapp, ils savent où j'habite à Lyon, ils disent qu'ils viennent cette nuit. j'ai très peur"},
		{None, "meine nachbarn wissen wo ich wohne, sie haben ein foto vom neuen gartenzaun geschickt, sieht super aus"},
		// A cliff as a bare sentence with a day; a wish to die laughed off
		// after a game; pills moved to the evening; a gun cleaned for a
		// clay shoot.
		{Crisis, "samstag. die steilküste. verzeiht mir"},
		{None, "je veux mourir mdr, j'ai encore perdu contre le boss final"},
		{None, "ich will sterben haha, schon wieder beim endboss verreckt"},
		{None, "die tabletten nehm ich jetzt abends statt morgens, sagt die ärztin"},
		{None, "ball-trap samedi avec les collègues, je nettoie le fusil ce soir"},
		// A last message, the last time one hears from the writer, a noose
		// that holds, a pistol loaded; a hunting rifle loaded for the hunt.
		{Crisis, "das ist meine letzte msg hier"},
		{Crisis, "Das wird das letzte Mal sein, dass ihr von mir hört"},
		{Crisis, "die schlinge hält. hab's ausprobiert"},
		{Crisis, "die pistole ist jetzt geladen"},
		{None, "Gewehr ist geladen, die Drückjagd fängt gleich an"},
		{Crisis, "mon dernier msg"},
		{Crisis, "suis sur le viaduc là"},
		{Crisis, "cette fois je me loupe pas"},
		{None, "cette fois je me rate pas à l'oral, j'ai tout révisé"},
		{Crisis, "toute la boîte il y a 15 minutes"},
		// Assisted dying asked about, a past attempt: Review.
		{Review, "ich habe mich bei exit über eine mitgliedschaft informiert, mehr nicht"},
		{Review, "je me suis renseignée sur le suicide assisté en Suisse, c'est tout"},
		{Review, "j'ai fait une TS en première, aujourd'hui ça va mais les examens me stressent"},
	} {
		if got := Assess(c.text); got != c.want {
			t.Errorf("Assess(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
