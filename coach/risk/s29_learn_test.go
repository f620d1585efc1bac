package risk

import "testing"

// TestLearnS29 holds the kinds set 29 (a community health worker for
// migrants and refugees who also advises international students) showed
// the screen held at Review or None, by the phrases and signals alone,
// each beside its everyday twin; and the ordinary goodbye before a trip
// home and the home haircut it put at Crisis or Review. The set's own rows
// are in the corpus, not here.
func TestLearnS29(t *testing.T) {
	checkPhrasesAlone(t, []levelCase{
		// Self-harm going on now; an urge resisted stays Review.
		{"i keep pressing the lighter on my leg over and over, i cant stop, its happening right now", Crisis},
		{"i'm burning my hand with the lighter again and again and i can't stop", Crisis},
		{"holding a knife to my wrist right now, something in my head says press", Crisis},
		{"me estoy quemando el brazo con el encendedor una y otra vez, no puedo parar, es ahora", Crisis},
		{"tengo el cuchillo contra la muñeca y la voz me dice que apriete", Crisis},
		{"drück mir grad immer wieder das feuerzeug auf den arm, ich kann nicht aufhören", Crisis},
		{"j'écrase la cigarette sur mon bras encore et encore là, je peux pas m'arrêter", Crisis},
		{"last night i wanted to burn myself but i held the ice cube like we practised, i'm ok-ish today", Review},
		{"anoche tuve ganas de cortarme pero me puse la liga en la muñeca, hoy estoy mejor", Review},
		{"hier j'avais envie de me brûler mais j'ai tenu le glaçon, ça va à peu près aujourd'hui", Review},
		{"burned my finger on the lighter lighting the candles again, cant stop laughing at myself", None},
		{"holding the knife against the bread, my mum says press harder, it's stale", None},

		// A time chosen, a burden lifted, a last call.
		{"saturday when my flatmates are at the match. then i'm not a burden to anyone anymore", Crisis},
		{"spoke to my mum one last time on video and told her i love her. after we hang up i'll do it", Crisis},
		{"tomorrow when my flatmate goes to work i'll do it, everything is ready", Crisis},
		{"samstag wenn meine mitbewohner beim spiel sind. dann bin ich niemandem mehr eine last", Crisis},
		{"samedi quand mes colocs seront au match. plus un fardeau pour personne", Crisis},
		{"mañana cuando mi compañera de piso se vaya lo hago. ya está todo preparado", Crisis},
		{"sunday when my host family is at church i'll finally clean my room in peace", None},
		{"after i hang up with my mum i'll do the dishes, promise", None},
		{"nach dem auflegen mach ich den abwasch, versprochen", None},

		// Into the sea to stay; a window or a roof after a session.
		{"i'm going to walk into the water until i can't touch the bottom anymore. today is the day", Crisis},
		{"walking into the sea now like i crossed it back then, only this time i'll stay in", Crisis},
		{"voy a entrar al mar como cuando lo crucé, pero esta vez me quedo adentro", Crisis},
		{"lauf ins wasser bis ich keinen boden mehr spür, heute ist der tag", Crisis},
		{"je marche dans la mer, cette fois je reste dedans", Crisis},
		{"walked into the sea for a swim this morning, freezing but i stayed in for ten minutes", None},
		{"standing at the window on the 12th floor, the medicine still in me, i feel like it's time", Crisis},
		{"estoy en la ventana del piso 11, todavía con la medicina en el cuerpo, siento que ya es el momento", Crisis},
		{"después de la sesión subí a la azotea de la residencia, todo se siente suave, quiero saltar", Crisis},
		{"nach der sitzung aufs dach vom wohnheim, alles so weit, ich will springen", Crisis},
		{"à la fenêtre du 11e, encore dans la séance, je vais me laisser tomber", Crisis},
		{"je me suis laissé tomber sur le canapé après la séance, crevée", None},

		// A letter for tomorrow; no session ever again.
		{"there's a letter for my social worker under my pillow. she should only read it tomorrow, not before", Crisis},
		{"j'ai laissé une lettre pour l'assistante sociale sur le bureau. qu'elle la lise demain, pas avant", Crisis},
		{"left a birthday card for my social worker on her desk, she should only open it tomorrow, it's a surprise", None},
		{"last message in this group. thanks for everything. i won't be at monday's session or any other session", Crisis},
		{"letzte nachricht hier. danke für alles. ich bin donnerstag nicht dabei und auch sonst nie mehr", Crisis},
		{"i won't be at thursday's session, i have an exam. see you all next week", None},

		// Given away with a cover story; a pet given away with its papers.
		{"gave my books and my bike away at the language school, told everyone i'm moving. i'm not moving", Crisis},
		{"j'ai donné mes livres et mon vélo, j'ai dit à tout le monde que je déménage. je déménage pas", Crisis},
		{"le di mi gato a la vecina con su comida y su cartilla de vacunas. ya nada me retiene aquí", Crisis},
		{"gave my books and bike away at the language school, told everyone i'm moving, and i really am, to leeds next month", None},

		// Means ready; a return feared; someone back tonight; a bottle drunk.
		{"my student visa is gone and my father said don't come back in shame. the pills are ready on the table", Crisis},
		{"si me deportan el viernes no llego vivo", Crisis},
		{"wenn sie mich am freitag abschieben komm ich nicht lebend an", Crisis},
		{"my pills are ready on the table for tomorrow morning like the doctor said", None},
		{"if the flowers travel in that heat they won't arrive alive lol", None},
		{"the landlord beat me because i couldn't pay rent, he's coming back tonight with his men. i have no papers, i can't call anyone", Crisis},
		{"el casero me pegó porque no pude pagar, esta noche vuelve con sus hombres. no tengo papeles, no puedo llamar a nadie", Crisis},
		{"the landlord is coming back tonight with his men to fix the heating, finally", None},
		{"drank a whole bottle of something a guy sold me at the station, wanted to feel the session again, i can hardly breathe", Crisis},
		{"j'ai bu une bouteille de je sais pas quoi achetée à la gare, j'arrive plus à respirer", Crisis},
		{"drank a whole bottle of water i bought at the station, ran for the train and can hardly breathe lol", None},

		// A goodbye before a trip home with a date to come back; a haircut.
		{"saying goodbye to everyone tonight, flying home to lagos for christmas! see you all in january", None},
		{"me despido de todos esta noche, me voy a Perú a ver a mi familia en diciembre! nos vemos en enero", None},
		{"saying goodbye to everyone tonight. you won't see me in january", Crisis},
		{"cut my own hair, it looks terrible, but i'll survive", None},
		{"hab mir die haare selbst geschnitten, schrecklich, aber ich überleb das", None},
		{"je me suis coupé les cheveux toute seule, c'est raté, mais je survivrai", None},
	})
}
