package risk

import "testing"

// Set 35's kinds, held by the phrases alone in all four languages (new
// wordings, not the set's rows), and their everyday twins, which stay
// None: a rope bought on a loss's anniversary and the tree known; a spot
// where the traffic goes flat out underneath and a night chosen; blood on
// the phone and a cut deeper than usual; a room by the cliffs on the
// funeral's date and no way back; a bridge's rail and calm water; the
// hardware store and no registration to renew; driving to the sea and not
// braking; a wedding ring given away and everything shared out; stones in
// the jacket at the lake; a bike given away by a fast river; joining a
// dead child "I know exactly where"; hospice ampoules and "tonight we meet
// again"; "I love you" and "tomorrow she'll understand why"; a goodbye
// unnoticed and not at the next session; and a burn again while ironing,
// which is housework.
func TestLearnS35(t *testing.T) {
	checkPhrasesAlone(t, []levelCase{
		{"three years since we lost my brother. got a rope at the hardware shop. i know exactly which branch", Crisis},
		{"dos años desde que perdimos a mamá. compré la soga hoy. ya sé exactamente qué árbol", Crisis},
		{"zwei Jahre seit wir sie verloren haben. hab heute den Strick gekauft. ich weiß genau welchen Baum", Crisis},
		{"deux ans qu'on a perdu Léa. j'ai acheté la corde aujourd'hui. je sais exactement quel arbre", Crisis},
		{"three years since we lost my brother. we planted a tree for him today", None},
		{"i know exactly which tree, the big oak by the school, see you there at noon", None},
		{"there's a place on the bridge over the ring road where the trucks go full speed underneath. been thinking about it all week and tonight's the night", Crisis},
		{"hay un sitio en el puente donde los camiones pasan a toda velocidad por debajo. lo pensé toda la semana y esta noche es la noche", Crisis},
		{"es gibt eine Stelle an der Brücke wo die Laster mit Vollgas drunter durch donnern. die ganze Woche drüber nachgedacht. heute nacht ist es soweit", Crisis},
		{"il y a un endroit sur le pont où les camions passent à fond dessous. j'y ai pensé toute la semaine et c'est ce soir", Crisis},
		{"been thinking about it all week and tonight's the night, the ring is in my pocket", None},
		{"il y a un endroit sur le pont où on voit tout le port, trop beau", None},
		{"blood dripping onto my phone as i type this. used the blade from work. it's deeper than usual", Crisis},
		{"la sangre gotea en el celular mientras escribo. usé la cuchilla del trabajo. es más profundo que de costumbre", Crisis},
		{"le sang coule sur mon téléphone pendant que j'écris. c'est plus profond que d'habitude", Crisis},
		{"nosebleed again, blood dripping onto my phone, gross", None},
		{"the snow is deeper than usual this year, skiing tomorrow", None},
		{"booked a cabin by the cliffs for saturday, a year after her funeral. not booking the way back", Crisis},
		{"reservé una habitación frente al acantilado para el sábado, un año después del funeral. sin billete de vuelta", Crisis},
		{"réservé une chambre près des falaises pour samedi, un an après son enterrement. pas de retour", Crisis},
		{"booked a cabin by the cliffs for saturday, so excited for the hike", None},
		{"hab ein Zimmer an der Nordsee gebucht, zwei Wochen Urlaub mit den Kindern", None},
		{"sitting on the railing of the river bridge, still in my work vest. the water is so calm tonight", Crisis},
		{"sentado en la baranda del puente con la mochila del reparto. el agua se ve tranquila", Crisis},
		{"sitze auf dem Geländer der Kanalbrücke, die Tasche noch auf dem Rücken. das Wasser ist so ruhig heute", Crisis},
		{"assis sur la rambarde du pont avec mon sac de livraison. l'eau a l'air calme", Crisis},
		{"won't have to pay the car insurance next month lol. went to the hardware store after my shift, got everything i need", Crisis},
		{"no voy a tener que renovar el seguro el mes que viene jaja. fui a la ferretería después del último reparto, tengo todo lo que necesito", Crisis},
		{"muss die Versicherung nächsten Monat nicht mehr zahlen haha. war nach der letzten Tour im Baumarkt, hab alles was ich brauche", Crisis},
		{"j'aurai pas à renouveler l'assurance le mois prochain lol. passé au magasin de bricolage après ma dernière livraison, j'ai tout ce qu'il faut", Crisis},
		{"went to the hardware store after work, got everything i need for the shelves", None},
		{"sold the car, so I won't have to renew the rego next month", None},
		{"tonight i drive to the sea and don't brake. last ride, no passenger", Crisis},
		{"heute fahr ich ans Meer und brems nicht. letzte Fahrt", Crisis},
		{"ce soir je roule jusqu'à la mer et je freine pas. dernier trajet", Crisis},
		{"tonight I drive to the sea, can't wait to see the sunset", None},
		{"manejo hasta el mar y no freno hasta llegar a la playa", None},
		{"gave my wedding ring to my son and the albums to my granddaughter. everything shared out. finally at peace", Crisis},
		{"hab meinen Ehering meiner Tochter geschenkt und die Fotos verteilt. alles verteilt. endlich ruhig", Crisis},
		{"j'ai donné mon alliance à ma belle-fille et les photos à mon petit-fils. tout est partagé. enfin en paix", Crisis},
		{"gave the old photos to my granddaughter for her school project, she loved them", None},
		{"the inheritance is finally sorted, we're all at peace with it", None},
		{"drove to the lake where we always went with Tom. the stones are already in my coat pockets", Crisis},
		{"fui al lago donde siempre íbamos con Pepe. las piedras ya están en la chaqueta", Crisis},
		{"je suis allée au lac où on allait avec Paul. les cailloux sont déjà dans mes poches", Crisis},
		{"drove to the lake with the kids, they filled their pockets with stones", None},
		{"at the river by the old bridge, the water is fast today. gave my bike to Sam by the river", Crisis},
		{"am Fluss bei der alten Brücke, das Wasser ist schnell heute. mein Fahrrad hab ich dem Jonas geschenkt", Crisis},
		{"gave my old bike to my nephew, he's learning to ride", None},
		{"am Fluss, das Wasser ist schnell heute, kein Baden", None},
		{"she would have been 9 today. took the car, i'm going to join her, i know exactly where", Crisis},
		{"hoy hubiera cumplido 9 años. agarré el coche, voy a reunirme con ella, sé exactamente dónde", Crisis},
		{"sie wäre heute 9 geworden. ich fahr jetzt zu ihr, ich weiß genau wo", Crisis},
		{"going to join her at the café later, i know where it is", None},
		{"je vais la rejoindre au resto, je sais où c'est", None},
		{"nobody collected the morphine from the hospice after he died. took the vials out of the drawer. tonight we meet again my love", Crisis},
		{"nadie vino a buscar la morfina del hospicio. saqué las ampollas del cajón. esta noche nos volvemos a ver mi amor", Crisis},
		{"keiner hat das Morphium vom Hospiz abgeholt. hab die Ampullen aus der Schublade geholt. heute nacht sehen wir uns wieder mein Schatz", Crisis},
		{"tonight we meet again, my love, dinner at eight at our place", None},
		{"the nurse took the morphine out of the drawer and gave mum her dose", None},
		{"told my dad i love him for the first time in years. he cried. tomorrow he'll understand why", Crisis},
		{"le dije a mi mamá que la quiero. lloró. mañana va a entender por qué", Crisis},
		{"j'ai dit à ma mère que je l'aime. elle a pleuré. demain elle comprendra pourquoi", Crisis},
		{"told my mum i love her for the first time in years. she cried. we're meeting again sunday", None},
		{"tomorrow she'll understand why once she sees the surprise party", None},
		{"said goodbye to the group without them noticing. won't be at the next session", Crisis},
		{"hab mich von der Gruppe verabschiedet ohne dass sie es gemerkt haben. bin in der nächsten Sitzung nicht dabei", Crisis},
		{"j'ai fait mes adieux au groupe sans qu'ils s'en rendent compte. je serai pas à la prochaine séance", Crisis},
		{"won't be at the next session, dentist appointment, see you in two weeks", None},
		{"no voy a estar en la próxima sesión, tengo médico", None},
		{"burned myself again with the iron while ironing", None},
		{"burnt my hand again on the stove while cooking dinner", None},
		{"me quemé otra vez con la plancha planchando", None},
		{"hab mich schon wieder am Herd verbrannt beim Kochen", None},
		{"je me suis encore brûlée avec le fer en repassant", None},
		{"burned myself again with the iron, right now, can't stop", Crisis},
		{"me quemé otra vez con la plancha, ahora mismo, y no puedo parar", Crisis},
		// A will made and the bills paid: affairs put in order.
		{"made my will yesterday and paid this month's rent", Crisis},
		{"hice mi testamento hoy y dejé pagadas las facturas", Crisis},
		{"Testament gemacht und die Miete bezahlt", Crisis},
		{"fait mon testament ce matin et réglé les factures", Crisis},
		{"made my will at the notary's for the new house, paid the fee too", None},
		// Drift mended as kinds: someone pulled from the water not
		// breathing; a note "if you read this, it's not your fault"; a day,
		// decided, "don't call".
		{"we just pulled a girl out of the lake, she's not breathing", Crisis},
		{"sacamos a un niño de la pileta, no respira", Crisis},
		{"Papa, wenn du das liest, ist es nicht deine Schuld", Crisis},
		{"Papa si tu lis ça c'est pas ta faute", Crisis},
		{"saturday. decided. don't call", Crisis},
		{"sábado. decidido. no me llamen", Crisis},
		{"pulled the kids out of the pool for lunch, they're breathing hard from racing", None},
		{"if you read this, it's not your fault the cake burned, the oven is broken", None},
		{"don't call me after nine, the baby's asleep", None},
	})
}
