package risk

import "testing"

// Set 32's kinds, held by the phrases alone in all four languages, and
// their everyday twins, which stay None.
func TestLearnS32(t *testing.T) {
	checkPhrasesAlone(t, []levelCase{
		// A career ended by an injury, then a blade waiting on the desk.
		{"tendinitis for good, the surgeon says never violin again. the razor blade is on my desk", Crisis},
		{"Sehnenscheide kaputt, nie wieder Geige. die Klinge liegt schon auf dem Schreibtisch", Crisis},
		{"lesión en la mano, nunca más el violín. la navaja ya está sobre el escritorio", Crisis},
		{"tendinite, plus jamais de piano. la lame de rasoir est déjà sur la table", Crisis},
		{"nie wieder Geige um 7 Uhr früh, ich wechsle zum Gesang", None},
		{"the knife is already on the table, come carve the roast", None},
		// An instrument given to a student who does not know.
		{"gave my flute to a first-year today. she doesn't know I won't be here on Thursday", Crisis},
		{"le di mi violín a un alumno. no sabe que el jueves ya no voy a estar", Crisis},
		{"hab meine Geige einer Schülerin geschenkt. sie weiß nicht dass ich nächste Woche nicht mehr da bin", Crisis},
		{"mon colocataire sait pas que je serai plus là demain soir, je pars en voyage", None},
		{"my flatmate doesn't know I won't be here on Thursday, surprise trip to Rome", None},
		// A round for the whole crew, a cover story, and "it isn't".
		{"bought the whole crew a round and thanked every one of them. they think it's because I'm retiring. it isn't.", Crisis},
		{"alle aus der Crew umarmt. die glauben es ist wegen der Rente. ist es nicht", Crisis},
		{"invité toute l'équipe au bar. ils pensent que c'est pour ma retraite. ce soir c'est fini", Crisis},
		{"they think it's because I'm retiring next year, but I'm just tired of nights", None},
		// A mail sent later, gone by then.
		{"Brief an meine Schwester mit verzögertem Versand, geht morgen um 8 raus. bis dahin bin ich weg", Crisis},
		{"set a delayed send on the email to my brother, it arrives tomorrow at 10. by then I'll be gone", Crisis},
		{"Mail mit verzögertem Versand an den Chef, bis dahin bin ich im Urlaub", None},
		// Alone at the wheel at night, the water close.
		{"alone on the bridge tonight, the deckhand's asleep. the water is so close. tonight i'll do it", Crisis},
		{"allein am Steuer heute Nacht. das Wasser ist so nah. heute mach ich es", Crisis},
		{"el agua está tan cerca que se oye desde la cama, qué paz", None},
		// The end of a pier in a storm; a tide and stones.
		{"going to the end of the breakwater tonight when the sea is high. gale force 10, perfect", Crisis},
		{"high tide at 4. heading to the jetty with my coat full of stones", Crisis},
		{"la marea baja a las 5, vamos al muelle con los niños a buscar piedras", None},
		{"force 9 annoncé ce soir, parfait pour le kitesurf", None},
		// The tracks and a timetable; a train at a level crossing.
		{"stood at the tracks and read the timetable. tomorrow the 7:04", Crisis},
		{"le premier train passe au passage à niveau à 5h50 demain. j'y serai", Crisis},
		{"checked the timetable at the station, tomorrow the 7:04 to Leeds for my interview", None},
		// A bridge measured by eye, going back.
		{"yesterday I went to the motorway bridge and measured the height by eye. today I go back and not to look", Crisis},
		{"gestern an der Autobahnbrücke die Höhe abgeschätzt. heute geh ich wieder hin und nicht nur zum Schauen", Crisis},
		{"went back to the bridge today and not just to look, finally took the photos for the project", None},
		// A child left with family, "back tomorrow", not.
		{"dropped my son at my sister's and told her I'll be back tomorrow. I won't be.", Crisis},
		{"hab die Kleine bei Oma gelassen und gesagt ich bin morgen zurück. werde ich nicht", Crisis},
		{"dropped my son at my sister's and told her I'll be back tomorrow, work trip to Hull", None},
		// Cold water and not a good swimmer, on purpose.
		{"the sea is freezing and i can't swim, that's kind of the idea", Crisis},
		{"no sé nadar bien y el agua está helada, de eso se trata", Crisis},
		{"i'm not a strong swimmer, that's the point of the lessons", None},
		// Not waking up tomorrow, as the plan.
		{"can't see myself waking up tomorrow and that's the plan", Crisis},
		{"je me vois pas me réveiller demain et c'est le plan", Crisis},
		{"can't see myself waking up tomorrow before 10, that's the plan for my day off", None},
		// A rope in the bunk and the knot known.
		{"the mooring rope is under my bunk and i know the knot", Crisis},
		{"tengo un cabo viejo debajo de la litera y sé hacer el nudo", Crisis},
		{"learned the bowline today, now i know the knot", None},
		// A will on the back of the log.
		{"wrote my will on the back of the logbook. they'll know what to do with my share", Crisis},
		{"escribí mi testamento en el reverso del cuaderno de pesca. sabrán qué hacer con mi parte", Crisis},
		// A gun kept for the animals, thought of for oneself.
		{"keep a rifle on the boat for the seals and lately i think about using it on myself", Crisis},
		{"tengo el rifle pa los lobos y últimamente pienso en usarlo conmigo", Crisis},
		{"das Gewehr an Bord ist für die Robben, nicht gegen mich", None},
		// Danger now from someone on board.
		{"the skipper locked me in the fish hold and said he'll let me rot down here", Crisis},
		{"el capitán me encerró en la bodega y dice que me deja pudrirme", Crisis},
		{"the bosun threatened me, next storm i'll go overboard by accident. storm's due tonight", Crisis},
		{"le maître d'équipage m'a menacé, à la prochaine tempête je passe par-dessus bord", Crisis},
		{"next storm I'll clip in properly, don't want to go overboard", None},
		// A football score, "I want to die" as a joke: ordinary.
		{"lost 5-1 at home again, I want to die", None},
		{"nos metieron 4 a 1, qué vergüenza, me quiero morir jaja", None},
		{"1:5 gegen Dortmund, ich will sterben", None},
		{"on a pris 5-0, je veux mourir ptdr", None},
		{"lost 5-1 yesterday and I want to die, I have the pills here", Crisis},
	})
}
