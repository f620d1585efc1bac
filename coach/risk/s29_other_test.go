package risk

import "testing"

// Someone else's medical emergency told by its signs is Crisis by the
// phrases alone, in each language; the everyday twins (an emoji, a nap
// after a shift, a first-aid course, a film, a battery changed) are not.
func TestMedicalSignsS29(t *testing.T) {
	checkPhrasesAlone(t, []levelCase{
		{"my aunt's mouth is drooping on the left and she can't speak properly", Crisis},
		{"think my uncle is having a stroke", Crisis},
		{"the guy at the bar dropped to the floor clutching his chest", Crisis},
		{"my son's tongue is swelling up after the shrimp, he can barely breathe", Crisis},
		{"she's diabetic, got all confused and slurring and now she's passed out", Crisis},
		{"my brother had a seizure and now he's unresponsive", Crisis},
		{"we dragged her out of the pool and she's not breathing", Crisis},
		{"my baby swallowed a coin battery", Crisis},
		{"grandpa has alzheimers and he walked out an hour ago in his pyjamas, it's freezing", Crisis},
		{"he took ghb and ket and now there's this rattling breathing", Crisis},
		{"his lips look gray and he's slumped over", Crisis},
		{"a mi tío se le está cayendo la cara y ya no puede hablar", Crisis},
		{"creo que a mi papá le está dando un infarto", Crisis},
		{"mi hermana se tragó una pila de reloj", Crisis},
		{"mi tía tuvo convulsiones y ahora no responde", Crisis},
		{"el vecino tiene espuma en la boca y casi no respira", Crisis},
		{"mein onkel hat einen schiefen mund und kann kaum sprechen", Crisis},
		{"mein nachbar ist umgekippt und reagiert auf nichts", Crisis},
		{"der kleine hat eine knopfbatterie verschluckt", Crisis},
		{"opa hat demenz und ist weggelaufen, draußen schnee und er hat nur den schlafanzug an", Crisis},
		{"mon oncle a le visage paralysé et il répond plus", Crisis},
		{"ma fille a avalé une pile plate", Crisis},
		{"mon frère est diabétique, il est confus et il vient de s'effondrer", Crisis},
		{"la voisine se scarifie, y'a plein de sang", Crisis},
		{"está en el techo amenazando con tirarse", Crisis},
		{"hat einen strick in die kamera gehalten und ist dann offline", Crisis},
		{"held a noose up to the camera and then the call dropped", Crisis},

		{"lol she sent the face drooping emoji", None},
		{"my coworker collapsed on the sofa after the night shift, snoring already", None},
		{"in the documentary the diver had a seizure underwater, wild", None},
		{"in cpr training we learned how to spot if someone's face is drooping", None},
		{"swapped the button battery in my watch", None},
		{"my lips were gray from the cold wind lol", None},
		{"fui al curso de primeros auxilios del trabajo", None},
		{"hubo un derrame de aceite en la cocina", None},
		{"heute erste hilfe kurs gehabt, ziemlich gut", None},
		{"stage de premiers secours samedi, j'ai appris plein de trucs", None},
		{"das seil hängt im schuppen für die schaukel der kinder", None},
		{"mi hermano casi me mata con la subida de ayer, qué piernas", None},
		{"my cousin just texted that she's diving into the pool, dropped her location", None},
	})
}

// A long-ago attempt of the writer's own, told, is Review in Spanish as
// elsewhere (a drift of round s29-other's retraining, mended).
func TestOldAttemptS29(t *testing.T) {
	checkPhrasesAlone(t, []levelCase{
		{"tuve un intento hace varios años, ahora estoy mejor", Review},
	})
}

// Someone else named by a role or nickname the lists did not know, in a
// medical emergency or a crisis now, is someone else's; the writer's own
// crisis and the everyday twins are not.
func TestAboutOtherS29(t *testing.T) {
	checkAboutOther(t, []aboutOtherCase{
		{"coworker just went down by the printer clutching his chest, sweating", true, "en"},
		{"my baby swallowed a button battery, what do I do", true, "en"},
		{"some guy at the party is having a seizure and everyone is just standing there", true, "en"},
		{"my lil bro is threatening to jump from the parking garage, cops aren't here yet", true, "en"},
		{"girl from my old team held a noose up to the camera and left the call", true, "en"},
		{"i can hear the guy upstairs slamming her against the door right now", true, "en"},
		{"un chavo en la fiesta se acaba de colgar en el baño, ayuda", true, "es"},
		{"mi compa subió una foto con una pistola y dice adiós a todos, no contesta", true, "es"},
		{"einer aus meiner klasse sitzt auf dem dach, beine draußen, und will springen", true, "de"},
		{"der nachbar prügelt auf seine frau ein, man hört alles", true, "de"},
		{"le copain de ma cousine défonce sa porte là, elle m'écrit en pleurant", true, "fr"},
		{"mamie a la bouche de travers et elle arrive plus à parler", true, "fr"},
		{"i can hear my neighbour's husband slamming her against the wall right now", true, "en"},
		{"lifeguard on duty, a kid in the changing room is cutting his wrists and he won't let me near him", true, "en"},
		{"un chico en la parada está inconsciente, ¿qué hago?", true, "es"},
		{"mein kumpel hat in die gruppe \"danke für alles, lebt wohl\" geschrieben, handy seitdem aus", true, "de"},
		{"mon pote m'a appelé du toit de l'immeuble, il dit qu'il va sauter", true, "fr"},

		{"my 14yo locked himself in his room with the xbox and won't answer me lol", false, ""},
		{"my little sis posted goodbye notes for her teachers on the last day of school", false, ""},
		{"mein mitbewohner sitzt auf dem fensterbrett und raucht, nervt", false, ""},
		{"mi roomie se encerró en su cuarto a estudiar, no contesta", false, ""},
		{"mon petit frère veut sauter en parachute pour ses 18 ans", false, ""},
		{"mon chum a défoncé la porte, je suis enfermée dans la salle de bain, il crie", false, ""},
		{"my little brother is on the roof and I want to jump too", false, ""},
	})
}
