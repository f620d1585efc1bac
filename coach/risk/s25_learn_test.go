package risk

import "testing"

// TestLearnS25 holds the kinds set 25 (an addiction and harm-reduction
// psychiatrist, a chronic-pain clinic and an eating-disorder writer) showed
// the screen reading as Review or less, in each language, with the
// everyday twins that share their words. The phrases and signals alone
// must read them, without the learnt screen: a retraining cannot move them.
func TestLearnS25(t *testing.T) {
	phrases := *screening()
	phrases.learnt = nil
	for _, c := range []struct {
		text string
		want Level
	}{
		// Self-harm done a moment ago and going on, or happening now; ironing and a burn at the stove are the twins.
		{"burned my arm with the iron a while ago and I'm going to keep going", Crisis},
		{"cut my thigh with the razor just now and I'll keep going", Crisis},
		{"I'm burning myself right now with a lighter", Crisis},
		{"Me quemé el brazo con la plancha hace un rato y voy a seguir.", Crisis},
		{"me corté con una cuchilla hace un rato y voy a seguir", Crisis},
		{"me estoy cortando ahora mismo", Crisis},
		{"hab mich vorhin mit dem Bügeleisen am Arm verbrannt und ich mach weiter", Crisis},
		{"ich ritze mich gerade", Crisis},
		{"je me suis brûlée le bras avec le fer à repasser tout à l'heure et je vais continuer", Crisis},
		{"je suis en train de me couper", Crisis},
		{"burned my hand on the iron doing the shirts, ouch. going to keep going with the pile", None},
		{"ironing all afternoon, halfway through the basket, I'll keep going", None},
		{"me quemé un dedo planchando, qué torpe, sigo con la ropa", None},
		{"llevo toda la tarde planchando camisas y voy a seguir un rato más", None},
		{"hab mich beim Bügeln leicht an der Hand verbrannt, halb so wild, ich bügle weiter", None},
		{"noch zehn Hemden zu bügeln, ich mach weiter", None},
		{"je me suis brûlé le doigt en repassant, rien de grave, je continue le repassage", None},
		{"encore trois chemises à repasser, je continue", None},
		// The rest of a drug taken, and no rescue wanted; a fall with no ambulance wanted, the last of a cake.
		{"injected everything I had left, on purpose. don't bother with an ambulance", Crisis},
		{"took all the pills I had left. don't want an ambulance", Crisis},
		{"me he metido todo lo que me quedaba, a propósito. no llaméis a nadie", Crisis},
		{"me tomé todo lo que me quedaba. no quiero una ambulancia", Crisis},
		{"Hab mir grad den ganzen Rest gedrückt, mit Absicht. Brauchst niemanden anrufen.", Crisis},
		{"hab alles geschluckt was übrig war. ruf keinen Krankenwagen", Crisis},
		{"j'ai replongé et j'ai tout injecté ce qui me restait, exprès. laisse tomber les secours", Crisis},
		{"j'ai avalé tout ce qui me restait. appelle pas les secours", Crisis},
		{"my gran slipped in the kitchen but she's fine, she doesn't want an ambulance", None},
		{"ate everything I had left in the fridge, shopping tomorrow", None},
		{"mi abuela se cayó pero está bien, no quiere una ambulancia", None},
		{"me comí todo lo que me quedaba de la tarta", None},
		{"Oma ist gestolpert, geht ihr gut, sie will keinen Krankenwagen", None},
		{"hab den ganzen Rest vom Kuchen gegessen", None},
		{"mamie est tombée mais ça va, elle veut pas des pompiers", None},
		{"j'ai mangé tout ce qui me restait de gâteau", None},
		// Purging blood, "let it happen"; a midwife's or a yoga teacher's letting go.
		{"Been purging for an hour and it's mostly blood now, chest pounding, can't stand up. Don't want an ambulance, just let it happen", Crisis},
		{"llevo una hora vomitando y ya es casi todo sangre. no quiero ambulancia, que pase lo que tenga que pasar", Crisis},
		{"ich kotze seit einer Stunde und es ist fast nur noch Blut. will keinen Krankenwagen, lass es einfach passieren", Crisis},
		{"je me fais vomir depuis une heure et c'est presque que du sang. je veux pas des secours, laisse faire", Crisis},
		{"the nurse said just let it happen when the contractions come", None},
		{"purging old files from the server all afternoon", None},
		{"la matrona dijo que deje que pase, que no luche contra la contracción", None},
		{"einfach loslassen und es passieren lassen, sagt die Yogalehrerin", None},
		{"le prof de yoga dit de laisser faire le souffle", None},
		// A playlist for the end, and the track it will be done at; one for the end of a party.
		{"Made a playlist for the end. When it gets to track 12 I'm doing it.", Crisis},
		{"He hecho una playlist para el final. Cuando llegue a la canción 12 lo hago.", Crisis},
		{"Hab eine Playlist fürs Ende gemacht. Wenn Lied 12 kommt, mach ichs.", Crisis},
		{"J'ai fait une playlist pour la fin. Quand elle arrive à la chanson 12 je le fais.", Crisis},
		{"made a playlist for the end of the party, slow songs for when people leave", None},
		{"when it gets to track 12 I'm doing the dishes, it's the long one", None},
		{"the dog drank some antifreeze, vet says he'll be ok", None},
		{"drank some antifreeze. the dog is at my sister's", Crisis},
		{"he hecho una playlist para el final de la boda", None},
		{"hab eine Playlist fürs Ende der Party gemacht", None},
		{"j'ai fait une playlist pour la fin de la soirée, que des slows", None},
		// A poison bought, with nothing said of what for, and "I know what I'm doing"; antifreeze for the car.
		{"bought antifreeze this morning. I know what I'm doing", Crisis},
		{"He comprado anticongelante esta mañana. Sé lo que hago.", Crisis},
		{"hab heute Frostschutzmittel gekauft. Ich weiß genau was ich tue", Crisis},
		{"J'ai acheté de l'antigel ce matin. Je sais ce que je fais.", Crisis},
		{"bought antifreeze for the car this morning before the frost", None},
		{"topping up the antifreeze, I know what I'm doing, dad showed me", None},
		{"he comprado anticongelante para el coche, que viene helada", None},
		{"hab Frostschutzmittel fürs Auto gekauft, heute Nacht soll es frieren", None},
		{"j'ai acheté de l'antigel pour la voiture ce matin, il va geler", None},
		{"je change le liquide de refroidissement, t'inquiète je sais ce que je fais", None},
		// A dead husband's morphine kept, "it's time"; morphine given as prescribed, or taken back.
		{"I kept my late husband's morphine ampoules after he died. it's time.", Crisis},
		{"Guardé las ampollas de morfina de mi marido cuando murió. Es el momento.", Crisis},
		{"Hab die Morphinampullen meines Mannes aufgehoben. Jetzt ist es soweit.", Crisis},
		{"Douze ans que j'ai mal et mon médecin dit que c'est dans ma tête. J'ai gardé les ampoules de morphine de mon mari après sa mort. C'est le moment.", Crisis},
		{"the palliative nurse gave my husband his morphine as prescribed, he slept well", None},
		{"took my husband's leftover morphine back to the pharmacy after he died", None},
		{"la enfermera de paliativos le puso la morfina a mi marido según la pauta", None},
		{"die Palliativschwester hat meinem Mann das Morphin wie verordnet gegeben", None},
		{"l'infirmière des soins palliatifs a fait la morphine à mon mari comme prescrit", None},
		{"j'ai rapporté la morphine de mon mari à la pharmacie après sa mort", None},
		{"I'm on the bridge, pulled over on the hard shoulder. it's really windy", Crisis},
		{"on the roof of my block, the caretaker has gone. it's high", Crisis},
		// A bridge or a roof told as a scene: a car stopped on the hard shoulder, the guard gone, "it's high"; a walk, a rooftop bar, a breakdown.
		{"Estoy en el puente de la autopista mirando los camiones. Es alto. Está bien así.", Crisis},
		{"estoy en la azotea del edificio, el conserje se ha ido. es muy alto", Crisis},
		{"bin auf der Brücke, auf dem Standstreifen angehalten. Es ist hoch", Crisis},
		{"bin auf dem Dach vom Wohnblock, der Hausmeister ist weg. Ganz schön hoch", Crisis},
		{"Je suis sur le pont de Normandie, garée sur la bande d'arrêt d'urgence. Il y a beaucoup de vent.", Crisis},
		{"Je suis sur le toit de la résidence, le gardien est parti. Neuvième étage.", Crisis},
		{"walked across the bridge with the kids, it's really windy up there", None},
		{"rooftop bar on the ninth floor tonight with the team, what a view", None},
		{"broke down on the bridge, stuck on the hard shoulder waiting for the tow truck", None},
		{"paseo por el puente con los niños, hace mucho viento", None},
		{"estamos en la azotea del hotel tomando algo, qué vistas", None},
		{"Spaziergang über die Brücke mit den Kindern, ganz schön windig", None},
		{"Panne auf der Brücke, stehe auf dem Standstreifen und warte auf den ADAC", None},
		{"balade sur le pont de Normandie avec les enfants, il y a beaucoup de vent", None},
		{"en panne sur le pont, arrêtée sur la bande d'arrêt d'urgence, j'attends la dépanneuse", None},
		{"apéro sur le toit de la résidence avec les voisins, neuvième étage, quelle vue", None},
		// No reply wanted, gone by the morning; a trip at dawn.
		{"don't bother replying, I'll be gone by morning", Crisis},
		{"no hace falta que me contestes, mañana ya no estaré", Crisis},
		{"brauchst nicht antworten, bis morgen früh bin ich weg", Crisis},
		{"pas la peine de répondre, demain matin je serai plus là", Crisis},
		{"don't bother replying, just wanted you to know the parcel came", None},
		{"mañana ya no estaré, me voy de viaje temprano", None},
		{"bis morgen früh bin ich weg, Flieger um sechs", None},
		{"demain matin je serai plus là, je pars tôt en vacances", None},
		// What the set-25 retraining moved, mended: told the ER one was fine
		// and let go, "heut nacht dann"; a bare goodbye to the bot; wine once
		// the kids sleep, a damp flat left, a stay in rehab announced, a
		// breakdown on a bridge, the car's antifreeze, the dishes at a song.
		{"hab in der notaufnahme gesagt mir gehts gut, sie haben mich gehen lassen. heut nacht dann", Crisis},
		{"goodbye aftercare 🙏", Review},
		{"when i was 15 i took a load of my mums pills. first time ive told anyone that", Review},
		{"took a load of my sleeping pills. sorry", Crisis},
		{"hay algun numero al que se pueda llamar si una se siente mal? por si acaso nomás", Review},
		{"me odio muchísimo hoy. todo lo de la integración me suena a cuento chino", Review},
		{"hay algun telefono de ayuda? no es urgente creo, solo por si acaso", Review},
		{"nach der Arbeit fahr ich mitm Auto in den See", Crisis},
		{"Ya le regalé el perro a mi primo y le dije que era por un viaje. No es por un viaje.", Crisis},
		{"le dejé el perro a mi primo, le dije que era por un viaje a Roma, vuelvo el lunes", None},
		{"When the kids are asleep I'm having a glass of wine on the balcony and doing nothing.", None},
		{"rendu les clés au proprio. adieu la salle de bain humide", None},
		{"Mañana ingreso en la comunidad terapéutica, así que este es mi último mensaje en un tiempo. ¡Deséenme suerte!", None},
		{"Dernier message avant mon entrée en cure demain à 9h. À dans six semaines, tout le monde !", None},
		{"Panne auf der Brücke, stehe auf dem Standstreifen und warte auf den ADAC", None},
		{"topping up the antifreeze, I know what I'm doing, dad showed me", None},
		{"when it gets to track 12 I'm doing the dishes, it's the long one", None},
		{"the dog drank some antifreeze, vet says he'll be ok", None},
		{"drank some antifreeze. the dog is at my sister's", Crisis},
	} {
		if got := phrases.screen(c.text, false).Level; got != c.want {
			t.Errorf("phrases alone: %q = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestOwnS25 holds that a Spanish perfect's "he" ("he comprado", "I have
// bought") is the writer, not a third person: set 25's antifreeze bought
// with "sé lo que hago" was read as someone else's danger. An English "he"
// still is.
func TestOwnS25(t *testing.T) {
	for _, c := range []struct {
		text  string
		other bool
	}{
		{"He comprado anticongelante esta mañana. Sé lo que hago.", false},
		{"He tomado todas las pastillas. No llaméis a nadie.", false},
		{"my brother says he took all his pills an hour ago and now he won't answer, what do i do", true},
	} {
		if got := Screen(c.text).AboutOther; got != c.other {
			t.Errorf("Screen(%q).AboutOther = %v, want %v", c.text, got, c.other)
		}
	}
}
