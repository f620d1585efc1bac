package risk

import "testing"

// o13Other are new wordings of the kinds other13 missed (round o13-learn,
// mends_o13_learn.go): someone else in danger now, each Crisis and about
// someone else, in the language given.
var o13Other = []aboutOtherCase{
	// An alarm pendant pressed or going off, and no answer but a moan.
	{"my grandad's care alarm went off twenty minutes ago and he isn't answering the lifeline people, they can hear him groaning", true, "en"},
	{"a mi abuelo se le activó el colgante de teleasistencia, la central me llama y solo se le oye quejarse", true, "es"},
	{"Opa hat den Hausnotruf ausgelöst, die Leitstelle sagt, er stöhnt nur noch und antwortet nicht", true, "de"},
	{"mon grand-père a déclenché son médaillon de téléassistance, la centrale m'appelle, il gémit et répond pas", true, "fr"},
	// An old neighbour unseen since yesterday, heard calling weakly.
	{"the old man next door hasn't opened his curtains since monday and i can hear him calling faintly behind the door", true, "en"},
	{"el vecino mayor no abre la persiana desde el lunes y lo escucho pedir ayuda detrás de la puerta", true, "es"},
	{"der alte Herr von oben hat seit zwei Tagen den Briefkasten nicht geleert und ich höre ihn hinter der Tür wimmern", true, "de"},
	{"le vieux monsieur d'en bas a pas ouvert ses volets depuis hier et je l'entends gémir derrière la porte", true, "fr"},
	// Collapsed, lips grey, not responding; gasping while someone does CPR.
	{"a woman on the bus just collapsed, her lips have gone blue and she's not responding", true, "en"},
	{"a lad at the gym collapsed, he's doing that gasping thing and a trainer started cpr, the ambulance is coming", true, "en"},
	{"una señora se desplomó en la sala de espera, apenas respira y tiene los labios morados", true, "es"},
	{"ein älterer Herr ist im Supermarkt zusammengebrochen, atmet kaum und die Lippen sind blau", true, "de"},
	{"mon oncle s'est effondré au marché, il respire à peine et on trouve pas de défibrillateur", true, "fr"},
	// A stroke: slurring and an arm gone, half the face droops.
	{"my uncle is slurring on the phone and says his right arm won't lift, half his mouth looks droopy", true, "en"},
	{"mi mamá arrastra las palabras y no puede mover el brazo izquierdo, tiene la boca torcida", true, "es"},
	{"mein Vater lallt plötzlich, der Mundwinkel hängt und er kann den Arm nicht heben", true, "de"},
	{"ma tante bafouille depuis dix minutes, son bras est tout engourdi et sa bouche tombe d'un côté", true, "fr"},
	// A fit on the floor of a train or platform, the head hitting.
	{"a passenger is fitting on the floor of the carriage and his head keeps hitting the seat", true, "en"},
	{"un señor está convulsionando en el suelo del andén y se golpea la cabeza", true, "es"},
	{"eine Frau krampft am Bahnsteig auf dem Boden, ihr Kopf schlägt auf die Kante", true, "de"},
	{"une dame fait une crise d'épilepsie par terre dans le train et sa tête cogne contre le siège", true, "fr"},
	// Someone on the tracks or at the edge, a train due.
	{"there's a man lying between the rails at the far end of platform 2 and a train is due in three minutes", true, "en"},
	{"a little girl is playing on the tracks at the level crossing by herself and the barriers are coming down", true, "en"},
	{"hay un hombre acostado entre las vías y el tren está por pasar", true, "es"},
	{"ein kleiner Junge spielt allein am Bahnübergang auf den Gleisen, die Schranken gehen gerade runter", true, "de"},
	{"un homme est couché sur les voies à la sortie de la gare, le TGV arrive dans 5 minutes", true, "fr"},
	// Someone outside a bridge railing, on a roof edge, legs dangling.
	{"a woman is standing on the wrong side of the railing on the motorway bridge", true, "en"},
	{"un muchacho se está trepando a la baranda del puente de la autopista", true, "es"},
	{"eine junge Frau steht außen am Brückengeländer über dem Fluss", true, "de"},
	{"une fille est assise sur le rebord du toit de la gare, les jambes dans le vide", true, "fr"},
	// Someone's goodbye by a gift, a pet left, the dead to be joined.
	{"my mate gave me his guitar and said \"won't need it after tonight\", now his phone is off", true, "en"},
	{"my aunt gave away her cat and all her jewellery this week and says she's going to see grandad soon. grandad died in 2019", true, "en"},
	{"mi amiga me dijo \"cuida a mi gato por mí\" y apagó el teléfono", true, "es"},
	{"mein Kumpel hat mir geschrieben \"machts gut, ich bin dann weg\" und seinen Standort von der Brücke geschickt, er geht nicht mehr ran", true, "de"},
	{"ma sœur m'a écrit qu'elle allait rejoindre papa ce soir. papa est mort il y a un an. elle répond plus", true, "fr"},
	{"mon ami m'a donné sa montre en disant \"après, tu en auras plus besoin que moi\", j'ai peur qu'il fasse une bêtise ce soir", true, "fr"},
	// Gone alone to a wild place after a session, not back, no answer.
	{"my brother went out to the cliffs alone after his session, said he'd be back by six, it's dark and his phone's off", true, "en"},
	{"mi prima se fue sola a la montaña después de la sesión y ya es de noche, no contesta el teléfono", true, "es"},
	{"meine Freundin ist nach ihrer Sitzung allein in die Berge, wollte um fünf zurück sein, jetzt ist es dunkel und sie geht nicht ran", true, "de"},
	{"mon frère est parti seul en kayak sur le lac après sa séance, il revient pas et ça fait quatre heures", true, "fr"},
	// Someone locked in with blood everywhere.
	{"my flatmate's locked herself in the bathroom, there's blood on the floor and she won't let me in", true, "en"},
	{"mi hermano se encerró en el baño, hay sangre en el lavabo y no me deja entrar", true, "es"},
	{"mein Bruder hat sich im Bad eingeschlossen, überall Blut und er macht nicht auf", true, "de"},
	{"ma coloc s'est enfermée dans la salle de bain, y a du sang partout et elle me laisse pas entrer", true, "fr"},
	// Violence heard next door or on the phone.
	{"next door he's screaming at his wife again, something just smashed and she's screaming for help", true, "en"},
	{"el vecino le está gritando a su mujer, se oyó un golpe y ella pide ayuda", true, "es"},
	{"oben schreit der Typ seine Freundin an, es hat gerumst und sie ruft um Hilfe", true, "de"},
	{"mon voisin frappe sa femme, je l'entends crier à l'aide à travers le mur", true, "fr"},
	// A car running in a closed garage with someone asleep in it.
	{"my dad fell asleep in the car in the garage with the engine running and the door shut", true, "en"},
	{"mi tío está dormido en el coche con el motor encendido y el garaje cerrado", true, "es"},
	{"mein Vater ist im Auto eingeschlafen, Motor läuft, Garage zu, ich krieg ihn nicht wach", true, "de"},
	{"mon père s'est endormi dans la voiture, moteur allumé, garage fermé", true, "fr"},
	// An old person on the floor for hours, cold and confused.
	{"found my nan on the kitchen floor, she's ice cold and doesn't know what day it is, she's been there all night", true, "en"},
	{"encontré a mi abuelo en el piso del baño, helado y confundido, lleva horas ahí", true, "es"},
	{"meine Oma lag die ganze Nacht auf dem Boden, sie ist eiskalt und verwirrt", true, "de"},
	{"mon grand-père est par terre dans la cuisine, il est glacé et il sait plus quel jour on est", true, "fr"},
	// A fall outdoors, stuck below and hurt, a phone nearly dead.
	{"my dad slipped on the hike and is stuck at the bottom of a gully, he can't get up and my battery is at 5%", true, "en"},
	{"mi papá se resbaló en el cerro, está al fondo del barranco, no puede levantarse y tengo poca batería", true, "es"},
	{"mein Bruder ist beim Klettern abgestürzt, liegt unten in der Rinne und kann nicht aufstehen", true, "de"},
	{"ma mère a glissé en randonnée, elle est au fond du ravin et peut pas se relever, j'ai plus de batterie", true, "fr"},
	// A small child alone by fast water.
	{"there's a toddler on his own at the edge of the river, the current's really strong and no adult around", true, "en"},
	{"una nena chiquita está sola en la orilla del canal y la corriente está fuertísima", true, "es"},
	{"ein kleines Kind ist allein am Flussufer, die Strömung ist heftig und keine Eltern da", true, "de"},
	{"un petit est tout seul au bord de la rivière, le courant est très fort et y a aucun adulte", true, "fr"},
	// A saw cut bleeding through the cloth.
	{"my husband cut his arm on the chainsaw and the blood is soaking through the towel", true, "en"},
	{"mi suegro se cortó con la radial, sangra muchísimo y traspasa el trapo", true, "es"},
	{"mein Nachbar hat sich mit der Kreissäge geschnitten, das Blut läuft durch das Handtuch", true, "de"},
	{"mon oncle s'est coupé avec la tronçonneuse, ça pisse le sang à travers la serviette", true, "fr"},
	// A diabetic confused and soaked; chest pain grey and sweating.
	{"ma grand-mère diabétique est confuse, elle me reconnaît plus et elle transpire", true, "fr"},
	{"my husband has chest pain going down his arm, he's grey and sweating and won't let me call", true, "en"},
	{"mein Mann hat Brustschmerzen, ist ganz grau und schwitzt, er will nicht, dass ich anrufe", true, "de"},
	{"mon père a mal à la poitrine, il est gris et il sue, il veut pas que j'appelle", true, "fr"},
	// One from a group or channel took someone's pills and went silent.
	{"jemand aus der Dienstagsgruppe hat geschrieben, dass er alle Tabletten von seinem Vater genommen hat, seitdem nix mehr", true, "de"},
}

// o13Fire is smoke from a home whose tenant cannot walk: Crisis, but the
// smoke comes before the person in every language, and a third person
// must come before the act for the flag (dangerIn); the crisis reply
// still gives the emergency number.
var o13Fire = []string{
	"smoke is pouring out of the flat downstairs and the old lady there uses a wheelchair",
	"sale humo del departamento del vecino y el señor está en silla de ruedas",
	"aus der Nachbarwohnung kommt Rauch und die alte Dame kann nur mit Rollator laufen",
	"de la fumée sort de la maison d'à côté et la vieille dame peut pas marcher sans déambulateur",
}

// o13Twins share the kinds' words and are ordinary.
var o13Twins = []string{
	"got my nan a care alarm for her birthday, she pressed it by accident to test it, all fine",
	"Oma hat den Hausnotruf aus Versehen beim Putzen gedrückt, alles gut",
	"la central de teleasistencia me llamó para actualizar mis datos",
	"la centrale de téléassistance m'a appelé pour vérifier mon numéro",
	"the neighbour hasn't opened her curtains all week, she's away at her daughter's",
	"mi vecina no sube la persiana porque está de vacaciones en la playa",
	"did cpr on the manikin at work, my arms are dead",
	"my friend collapsed on the sofa after her shift lol, asleep in seconds",
	"Opa ist nach dem Essen auf dem Sofa zusammengesackt und schnarcht",
	"mon pote s'est effondré de fatigue sur le canapé après le boulot",
	"my mum was slurring a bit after two glasses of prosecco at the wedding lol",
	"mi papá arrastra las palabras cuando tiene sueño, es muy gracioso",
	"my son loves watching the trains from behind the yellow line with his grandad",
	"les enfants jouent au train électrique, les rails partout dans le salon",
	"el niño juega con su tren de juguete, hay vías por todo el salón",
	"mein Sohn spielt mit der Holzeisenbahn, überall liegen Gleise im Wohnzimmer",
	"we sat on the edge of the pool with our legs dangling in the water",
	"assis sur le muret du port, les jambes dans le vide, à manger une glace",
	"my nan gave away her old china to the charity shop, she's moving to a smaller flat",
	"mi hermano me dijo \"cuida a mi gato por mí\" porque se va de viaje a Cancún",
	"mon pote m'a dit prends soin de ma fille, il part en voyage d'affaires",
	"my friend went up on the moors for a walk, back by two, sent me pics of the view",
	"mi tía se fue a los acantilados a ver el atardecer y ya volvió",
	"Nebenan brüllt der Nachbar beim Fußball, jetzt hat's gescheppert, das Bierglas ist runtergefallen",
	"fell asleep in the car at the drive-in, lol, missed the whole film",
	"my grandad lies on the floor for his back exercises every morning",
	"Mama ist beim Wandern abgerutscht, nur ein blauer Fleck, wir sind weitergelaufen",
	"the kids were playing by the river with their dad, we kept them back from the current",
	"smoke coming out of next door's bbq again, the whole street smells of sausages",
	"my dad cut a plank with the circular saw and built a bookshelf",
	"mon oncle a coupé du bois avec la tronçonneuse tout l'après-midi",
	"my grandmother passed away peacefully last year, we sang her favourite songs",
	"mi hijo se cayó del columpio, se raspó la rodilla y ya está bien",
	"in dem Film liegt ein Mann auf den Gleisen und der Zug bremst in letzter Sekunde",
	"dad's had his knee done and he's already moaning about the hospital food, back to normal",
	"hoy en el curso de socorrismo hice de ahogado, me sacaron del agua dos veces",
}

// o13Self are the writer's own: at least Review, never someone else's.
var o13Self = []string{
	"honestly you can give my spot in the next group to someone else",
	"ihr könnt meinen Platz in der nächsten Gruppe ruhig jemand anderem geben",
	"sé que no voy a llegar a la próxima sesión",
	"the tracks by the station look different lately. like a door",
	"volví por el puente y me quedé parada mirando el río un buen rato",
	"j'ai confié ma chatte à ma sœur en disant que c'était pour quelques jours. c'est pour toujours",
	"mon fils trouvera la lettre sur la table demain matin. c'est mieux comme ça",
}

func TestLearnOther13(t *testing.T) {
	checkAboutOther(t, o13Other)
	var crisis []levelCase
	for _, c := range o13Other {
		crisis = append(crisis, levelCase{c.text, Crisis})
	}
	for _, text := range o13Fire {
		crisis = append(crisis, levelCase{text, Crisis})
	}
	checkPhrasesAlone(t, crisis)
	checkScreen(t, crisis)
	var twins []levelCase
	var notOther []aboutOtherCase
	for _, text := range o13Twins {
		twins = append(twins, levelCase{text, None})
		notOther = append(notOther, aboutOtherCase{text, false, ""})
	}
	checkScreen(t, twins)
	checkAboutOther(t, notOther)
	notOther = notOther[:0]
	for _, text := range o13Self {
		notOther = append(notOther, aboutOtherCase{text, false, ""})
	}
	checkAboutOther(t, notOther)
	checkNeverAt(t, None, o13Self)

	// What the retrained model moved, mended (mendsO13Drift): a threat to
	// the writer is theirs, an exasperated "I'll end up killing him" is
	// ordinary, and German "man" (one) is no person in danger.
	checkScreen(t, []levelCase{
		{"un tipo al que le debo dinero está en la puerta de mi trabajo y me escribió que hoy me pela", Crisis},
		{"mon coloc met la musique à fond depuis deux heures, je vais finir par le tuer", None},
		{"je vous aime tous. bonne nuit pour toujours", Crisis},
	})
	checkAboutOther(t, []aboutOtherCase{
		{"un tipo al que le debo dinero está en la puerta de mi trabajo y me escribió que hoy me pela", false, ""},
		{"Erste-Hilfe-Kurs: wir haben geübt, was man macht, wenn jemand nicht atmet", false, ""},
	})
}
