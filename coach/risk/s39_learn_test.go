package risk

import "testing"

// Set 39's kinds, held by the phrases alone in all four languages (new
// wordings, not the set's rows), beside everyday twins that share their
// words and stay None (round s39-learn, mends_s39_learn.go).
var s39LearnCrisis = []levelCase{
	// A letter left to be read when it is already over.
	{"left a letter in her mailbox, she'll open it on saturday. by then it's already over", Crisis},
	{"le dejé una carta a mi hermana, la lee el lunes. para entonces ya habrá terminado todo", Crisis},
	{"hab meinem Bruder einen Brief hingelegt, er liest ihn am Sonntag. dann ist alles schon vorbei", Crisis},
	{"j'ai glissé une lettre chez ma psy, elle la lira lundi. d'ici là ce sera déjà fini", Crisis},
	// On a summit, no way down planned.
	{"almost at the summit now. not planning the descent", Crisis},
	{"casi en la cumbre. la bajada no la tengo pensada", Crisis},
	{"gleich oben am Grat. den Abstieg plane ich nicht", Crisis},
	{"presque au sommet. la descente je la prévois pas", Crisis},
	// A height, and a good place to end it or to say goodbye.
	{"i'm at the quarry edge, it's a 60 metre drop. good place to say goodbye", Crisis},
	{"estoy en el puente del barranco, hay una caída de 50 metros. buen lugar para despedirme", Crisis},
	{"ich bin an der Talbrücke. guter Ort zum Aufhören", Crisis},
	{"je suis au bord de la falaise, 70 mètres de vide. bel endroit pour dire adieu", Crisis},
	// A train through without stopping, and standing at the platform's end.
	{"the next freight train comes through at 23:10 without stopping. i'm standing at the end of the platform", Crisis},
	{"el próximo tren pasa a las 23:10 sin parar. estoy parada al final del andén", Crisis},
	{"der nächste Güterzug fährt um 23:10 durch ohne zu halten. ich steh am Ende vom Bahnsteig", Crisis},
	{"le prochain train passe à 23h10 sans s'arrêter. je suis au bout du quai", Crisis},
	// Waiting until someone else's day is over, then doing it.
	{"i'll wait till my daughter's graduation on saturday, she deserves that. after that i'll do it", Crisis},
	{"voy a esperar a que pase la boda de mi hermano. después ya", Crisis},
	{"ich warte noch bis nach dem Geburtstag meiner Tochter. danach mach ich's", Crisis},
	{"j'attends que le mariage de ma sœur soit passé. après je le fais", Crisis},
	// A lethal drug taken from work.
	{"took two vials of potassium chloride from the ward in my pocket. i know what they do", Crisis},
	{"me llevé pentobarbital de la clínica veterinaria, alcanza para un caballo", Crisis},
	{"hab auf Station Kaliumchlorid eingesteckt, keiner hat was gemerkt", Crisis},
	{"j'ai piqué du pentobarbital au cabinet vétérinaire, de quoi endormir un cheval", Crisis},
	// Left the ward against advice, nobody told where.
	{"discharged myself from the psych ward against medical advice. didn't tell anyone where i'm going. not home", Crisis},
	{"me fui de la clínica contra el consejo médico. no le dije a nadie a dónde voy", Crisis},
	{"hab mich gegen ärztlichen Rat selbst entlassen. niemand weiß wohin ich fahr", Crisis},
	{"je suis sortie de l'hôpital contre avis médical. j'ai dit à personne où je vais", Crisis},
	// A call the other did not know was the last.
	{"rang my dad tonight just to chat. he doesn't know it was the last call", Crisis},
	{"llamé a mi abuela esta noche. no sabe que fue la última llamada", Crisis},
	{"hab heute meine Schwester angerufen. sie ahnt nicht, dass das der letzte Anruf war", Crisis},
	{"j'ai appelé mon frère ce soir. il sait pas que c'était le dernier appel", Crisis},
	// Charcoal or a grill, not for grilling, in a closed room.
	{"got two bags of charcoal. not for a barbecue. the bathroom has no window", Crisis},
	{"compré carbón y una parrilla desechable. no es para un asado. la ventana del cuarto no abre", Crisis},
	{"hab Grillkohle und einen Einweggrill gekauft. nicht zum Grillen. das Fenster im Bad geht nicht auf", Crisis},
	{"j'ai acheté du charbon de bois. pas pour un barbecue. la fenêtre de la chambre s'ouvre pas", Crisis},
	// Said no to having a plan, and it was a lie.
	{"the nurse asked if i had a plan and i said no. that was a lie. sunday when everyone's out", Crisis},
	{"el psiquiatra me preguntó si tenía un plan y le dije que no. era mentira. el sábado cuando no haya nadie", Crisis},
	{"die Ärztin hat gefragt, ob ich einen Plan hab, und ich hab nein gesagt. das war gelogen. am Samstag wenn keiner da ist", Crisis},
	{"l'infirmière m'a demandé si j'avais un plan et j'ai dit non. c'était un mensonge. samedi quand la maison sera vide", Crisis},
	// No check-in tomorrow; the last check-in and thanks.
	{"no need to send my check in tomorrow", Crisis},
	{"este es mi último check in. gracias por preguntar cada día, eras la única que preguntaba", Crisis},
	{"meinen Check-in morgen könnt ihr euch sparen", Crisis},
	{"c'est mon dernier check-in. merci de m'avoir demandé tous les jours comment j'allais", Crisis},
	// A rope left tied and ready.
	{"there's an oak with a low branch behind the barn. left the rope tied this morning", Crisis},
	{"en el patio hay una viga. ya dejé la cuerda atada", Crisis},
	{"im Schuppen ist ein Balken. hab das Seil heute schon festgebunden", Crisis},
	{"dans la grange il y a une poutre. j'ai laissé la corde attachée", Crisis},
	// In the ward, a window that opens, waiting for the shift change.
	{"i'm an inpatient on the psych ward. the window in the shower room opens all the way. waiting for the shift change", Crisis},
	{"sigo internado en la psiquiátrica. la ventana del baño se abre del todo. espero al cambio de turno", Crisis},
	{"bin stationär in der Psychiatrie. das Fenster im Bad geht ganz auf. ich warte auf den Schichtwechsel", Crisis},
	{"je suis hospitalisée en psy. la fenêtre de la salle de bain s'ouvre en grand. j'attends le changement d'équipe", Crisis},
	// Put out at night with threats to kill if one comes back.
	{"he threw me out with the kids at midnight and said if we come back he'll kill us", Crisis},
	{"mi pareja me sacó a la calle con la niña y dijo que si vuelvo me mata", Crisis},
	{"er hat mich mit dem Baby rausgeworfen und gesagt, wenn wir zurückkommen, bringt er uns um", Crisis},
	{"il m'a mise dehors avec le bébé et il a dit que si on revient il nous tue", Crisis},
	// Walking by fast traffic, stepping in front of the next one.
	{"walking on the hard shoulder of the motorway. gonna step in front of the next lorry", Crisis},
	{"voy caminando por la autopista. al siguiente camión me le tiro", Crisis},
	{"lauf grad an der Autobahn entlang. vor den nächsten Laster spring ich", Crisis},
	{"je marche au bord de l'autoroute. je me jette sous le prochain camion", Crisis},
	// A threat from lenders: rather do it oneself before they do.
	{"the loan sharks said if i don't pay by monday they'll finish me. i'd rather do it myself before they do", Crisis},
	{"los prestamistas dijeron que me matan si no pago. prefiero hacerlo yo antes que ellos", Crisis},
	{"die Geldeintreiber wollen mich fertigmachen. dann mach ich's lieber selbst, bevor die es tun", Crisis},
	{"les usuriers vont me faire la peau si je paie pas. je préfère le faire moi-même avant eux", Crisis},
	// Arms burnt deep, and no emergency room.
	{"burned my arms with the iron, the skin is white and blistered. not going to a&e", Crisis},
	{"me quemé los muslos con un cigarro, la piel está blanca y con ampollas. no quiero ir a urgencias", Crisis},
	{"hab mir die Arme mit dem Bügeleisen verbrannt, die Haut ist weiß mit Blasen. ich will nicht in die Notaufnahme", Crisis},
	{"je me suis brûlé les bras avec le fer, la peau est blanche avec des cloques. je veux pas aller aux urgences", Crisis},
	// Family coming to punish, hiding, and they know where.
	{"my brothers found out about my boyfriend and they're coming. i'm hiding at my aunt's but they know where she lives", Crisis},
	{"mi padre se enteró y vienen a buscarme. estoy escondida en casa de una compañera pero saben dónde vive", Crisis},
	{"meine Brüder haben es rausgefunden und kommen her. ich versteck mich bei einer Freundin, aber die wissen, wo sie wohnt", Crisis},
	{"mes cousins ont appris pour ma copine et ils arrivent. je me cache chez une amie mais ils savent où elle habite", Crisis},
	// Papers taken, a flight abroad, a guard at the door.
	{"my family took my passport. the flight to lahore is tomorrow and my uncle sleeps outside my door", Crisis},
	{"mis padres me quitaron el pasaporte. el vuelo sale mañana y mi tío duerme delante de mi puerta", Crisis},
	{"meine Eltern haben mir den Pass weggenommen. der Flug geht morgen früh und mein Onkel schläft vor meiner Tür", Crisis},
	{"ma famille m'a confisqué mon passeport. le vol est demain et mon frère dort devant ma porte", Crisis},
}

var s39LearnReview = []levelCase{
	// Stopping on a bridge and looking down.
	{"stopped on the bridge on my walk and looked down for a long time", Review},
	{"me quedé parada en el puente mirando hacia abajo un buen rato", Crisis},
	{"bin heute auf der Brücke stehen geblieben und hab lange runtergeschaut", Review},
	{"je me suis arrêtée sur le pont et j'ai regardé en bas longtemps", Crisis},
	// A guest in one's own life.
	{"i feel like a guest in my own life", Review},
	{"me siento como una invitada en mi propia vida", Review},
	{"bin nur noch Gast im eigenen Leben", Review},
	{"je me sens comme un invité dans ma propre vie", Review},
	// Nothing but dead weight for them.
	{"i'm just dead weight for my kids now", Review},
	{"ya solo soy un lastre para mis hijos", Review},
	{"ich bin nur noch Ballast für meine Familie", Review},
	{"je suis plus qu'un boulet pour mes enfants", Review},
	// A dream of one's funeral, sorry to wake.
	{"had a dream about my own funeral and i was at peace", Review},
	{"soñé con mi propio entierro y estaba tranquila. me desperté decepcionada", Review},
	{"hab von meiner eigenen Beerdigung geträumt und war ganz ruhig", Review},
	{"au réveil j'étais déçu d'être encore en vie", Review},
	// Envying the terminally ill.
	{"i envy people with terminal cancer, is that awful", Review},
	{"le tengo envidia a la gente con enfermedades terminales", Review},
	{"ich bin neidisch auf Leute mit einer unheilbaren Krankheit", Review},
	{"je suis jalouse des gens en phase terminale", Review},
	// Worn out from fighting one's own head.
	{"so tired of fighting my own brain every single day", Review},
	{"estoy harta de pelear contra mi propia cabeza", Review},
	{"ich bin es so leid, gegen meinen eigenen Kopf zu kämpfen", Review},
	{"je suis tannée de me battre contre moi-même", Review},
	// In the way everywhere.
	{"i feel like i'm in the way everywhere i go", Review},
	{"siento que estoy de más en todas partes", Review},
	{"ich bin überall zu viel", Review},
	{"je suis de trop partout", Review},
	// What's the point of going on, empty.
	{"what's the point of carrying on if i always feel this empty", Crisis},
	{"para qué seguir si siempre me siento así de vacía", Review},
	{"wozu weitermachen, wenn ich mich immer so leer fühle", Review},
	{"à quoi bon continuer si c'est pour me sentir toujours aussi vide", Review},
}

var s39LearnEveryday = []levelCase{
	{"left a letter in her mailbox, she'll open it on saturday", None},
	{"the exam is at nine, by noon it's already over", None},
	{"hab meinem Bruder einen Brief hingelegt, er liest ihn am Sonntag", None},
	{"j'ai glissé une lettre chez ma voisine, elle la lira lundi", None},
	{"almost at the summit now, the descent looks steep", None},
	{"la bajada la tengo pensada por el otro lado, más suave", None},
	{"den Abstieg plane ich über die Hütte", None},
	{"i'm at the quarry edge taking photos, it's a 60 metre drop", None},
	{"buen lugar para despedirme de la ciudad antes de mudarme, el mirador", None},
	{"guter Ort zum Aufhören mit dem Rauchen ist der Urlaub", None},
	{"the next train goes through without stopping, so i'll take the bus", None},
	{"el próximo tren pasa sin parar, así que cojo el autobús", None},
	{"i'll wait till after the wedding to paint the kitchen", None},
	{"ich warte noch bis nach dem Geburtstag mit der Renovierung", None},
	{"the vet used pentobarbital to put our old dog to sleep, we cried", None},
	{"hoy reponí el cloruro potásico del carro de la UCI", None},
	{"didn't tell anyone where i'm going, surprise trip for my wife's birthday!", None},
	{"rang my dad tonight just to chat", None},
	{"he didn't know it was the last call before the shop closed", None},
	{"got two bags of charcoal for the barbecue on saturday", None},
	{"compré carbón para el asado del domingo", None},
	{"hab Grillkohle für Samstag gekauft", None},
	{"the nurse asked if i had a plan for the weekend and i said no", None},
	{"don't bother with my check in tomorrow, i'm at my sister's wedding all day", None},
	{"este es mi último check in de la semana, nos vemos el lunes", None},
	{"the kids' swing hangs from the oak branch now, new rope and all", None},
	{"ya dejé la cuerda atada para tender la ropa", None},
	{"la ventana del baño se abre del todo, perfecto para ventilar", None},
	{"waiting for the shift change so i can go home, long night at the hospital", None},
	{"mi mamá dijo que si volvemos tarde nos mata jaja", None},
	{"gonna step in front of the next crowd and give my speech", None},
	{"i'd rather do it myself before they do it badly", None},
	{"burned my arm on the iron this morning, ouch", None},
	{"me quemé el brazo con la plancha sin querer, ya me puse crema", None},
	{"my brothers are coming for dinner, i'm hiding the last cake", None},
	{"saben dónde vive mi abuela, le llevan flores el domingo", None},
	{"j'ai perdu mon passeport, le vol est demain", None},
	{"le chat dort devant ma porte tous les soirs", None},
	{"stopped on the bridge to take pictures of the sunset", None},
	{"i feel like a guest in my own home when my in-laws visit", None},
	{"das ist nur noch Ballast, kommt in den Keller", None},
	{"dreamt about my cousin's wedding and i was at peace", None},
	{"jealous of people who get to work from home", None},
	{"je suis tannée de me battre avec l'imprimante", None},
	{"je suis de trop dans cette réunion lol", None},
	{"ça sert à quoi de continuer ce livre si la fin est nulle", None},
	// An idiom over a mishap, laughed off and taken back at once.
	{"perdí la partida por un segundo, me quiero tirar por la ventana jaja ok no, me voy a comer", None},
	{"burnt the risotto again, i'm gonna jump out the window lol jk, ordering pizza", None},
	{"Kuchen ist zusammengefallen, ich spring aus dem Fenster haha nee, ich kauf einen", None},
	{"j'ai encore raté ma pâte à crêpes, je vais me pendre (non, je vais commander une pizza)", None},
}

// The corpus lines the retrained model moved against their label, as
// kinds in new words (mendsS39Drift), with their twins.
var s39DriftCases = []levelCase{
	{"morgen bring ich mich um", Crisis},
	{"nach weihnachten bring ich mich um, alles vorbereitet", Crisis},
	{"everything's set for after christmas dinner, so at least they have that night", Crisis},
	{"lo tengo todo listo para después de nochebuena, que al menos tengan esa noche", Crisis},
	{"googled how to do it and found the way that hurts the least", Crisis},
	{"j'ai cherché comment le faire, je sais laquelle est la moins douloureuse", Crisis},
	{"cancelled my next infusion, i won't be around anymore", Crisis},
	{"cancelé la cita del jueves, ya no voy a estar", Crisis},
	{"regalé la consola y la moto a mi primo", Crisis},
	{"j'ai donné ma console et ma moto à mon neveu", Crisis},
	{"c'est pour cette nuit, j'ai plus aucun doute", Crisis},
	{"samedi je m'éteins comme une bougie", Crisis},
	{"i'll go out like a candle on sunday", Crisis},
	{"the helpline put me on hold again so i hung up. i'm doing it", Crisis},
	{"el 3 es el día. lo marqué en el calendario", Crisis},
	{"why even get up anymore", Review},
	{"para qué levantarme", Review},
	{"is there anything left worth staying for", Review},
	{"würde es jemand merken, wenn ich einfach verschwinde", Review},
	{"desde la última sesión estoy como anestesiada", Review},
	{"je prends juste de la place", Review},
	{"i keep imagining my own funeral", Review},
	{"je vois plus aucune issue", Review},
	{"sorry for what you'll find in the kitchen tomorrow, didn't do the dishes", None},
	{"locked myself out, keys on the table inside 🤦", None},
	{"the old sofa is taking up space in the hall", None},
	{"el 3 es el día de la boda, lo marqué en el calendario", None},
	{"since the last session i feel lighter", None},
	{"gave my old console to my nephew, got a new one", None},
	{"c'est pour ce soir le concert, j'ai hâte", None},
	{"cancelled my next session, i'm travelling, back in two weeks", None},
	{"why get up so early on a sunday", None},
	{"lo hago mañana, ahora no tengo tiempo", None},
	{"the integration exercise was to imagine my own funeral, heavy but life-affirming", None},
	{"pienso en mis muñecas rotas del esquí, ya casi curadas", None},
	{"no dejo de imaginar mi propio entierro", Review},
	{"ya no le debo nada a nadie", Review},
	{"terminé de pagar la tarjeta, ya no le debo nada a nadie", None},
	{"paid off my student loan today, i don't owe anyone anything 🎉", None},
	{"je dois plus rien à personne maintenant", Review},
}

func TestLearnS39(t *testing.T) {
	checkPhrasesAlone(t, s39LearnCrisis)
	checkPhrasesAlone(t, s39LearnReview)
	checkPhrasesAlone(t, s39LearnEveryday)
	checkPhrasesAlone(t, s39DriftCases)
	// An idiom taken back must not hide a crisis said after it.
	checkNeverAt(t, None, []string{
		"me quiero tirar por la ventana jaja ok no, me voy a comer. no, en serio, ya no aguanto más",
		"je vais me pendre (non, je vais commander une pizza). en vrai je veux mourir",
	})
	checkScreen(t, []levelCase{
		{"me llevé cloruro potásico de la UCI. sé lo que hace", Crisis},
		{"ich steh am Ende vom Bahnsteig, der Zug fährt gleich durch ohne zu halten", Crisis},
	})
}
