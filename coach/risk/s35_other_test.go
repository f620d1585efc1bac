package risk

import "testing"

// Someone else's medical emergency or accident now, told by its signs in
// any setting (round s35-other): each is Crisis in the four languages, and
// its everyday twins (a lesson, a class, a film, a past scare, a child
// under the bed covers) are not.
func TestPhrasesS35Other(t *testing.T) {
	checkPhrasesAlone(t, []levelCase{
		// Under water.
		{"a girl is lying at the bottom of the lake by the jetty and she's not breathing", Crisis},
		{"my nephew dove off the rocks and still hasn't come back up, it's been two minutes", Crisis},
		{"una señora está en el fondo de la alberca y no respira", Crisis},
		{"mein Sohn ist vom Steg gesprungen und nicht mehr aufgetaucht", Crisis},
		{"un ado a plongé du ponton et il est toujours pas remonté", Crisis},
		{"the little one crawled under the hot tub cover, we can't find her", Crisis},
		{"kayak capsized off the point and my uncle is clinging to it, he can't swim", Crisis},
		// Grey, slumped, a fit.
		{"my grandad slumped over at dinner and he's turned grey and clammy", Crisis},
		{"the waiter collapsed in the kitchen and he's been fitting for five minutes now", Crisis},
		{"un client convulse dans le hall et ça arrête pas depuis trois minutes", Crisis},
		{"im Wartezimmer hat ein Mann einen Anfall, er ist ganz blau und atmet nicht", Crisis},
		// Poison, head wound, cold, heat, allergy, spine, bleeding, stroke.
		{"my stepdad swallowed drain cleaner an hour ago", Crisis},
		{"mi tío se tomó lejía y ahora está vomitando sangre", Crisis},
		{"Oma ist gestürzt, blutet am Kopf und nimmt Marcumar, sie wird immer schläfriger", Crisis},
		{"un vieux monsieur saigne de la tête après sa chute et il sait plus où il est", Crisis},
		{"a hiker we found is frozen and talking nonsense, he stopped shivering", Crisis},
		{"la abuela está helada y balbucea, ya no contesta", Crisis},
		{"ein Bauarbeiter ist knallrot, total verwirrt und schwitzt gar nicht mehr", Crisis},
		{"my niece ate a cookie with nuts, her lips are swelling up and she's making a wheezing noise", Crisis},
		{"la petite a mangé des cacahuètes, son visage gonfle et elle arrive plus à respirer", Crisis},
		{"my friend dived into the shallow end and now he can't feel his legs", Crisis},
		{"el mecánico metió la mano en la prensa y está sangrando muchísimo", Crisis},
		{"une femme enceinte saigne énormément dans la salle d'attente", Crisis},
		{"my colleague can't get her words out and half her face is drooping", Crisis},
		// Violence and a goodbye with a place.
		{"outside the club a guy keeps kicking him in the head and he's not moving", Crisis},
		{"a man has a knife to her throat in the car park", Crisis},
		{"mi vecina está escondida en el baño con los niños, su marido anda con un cuchillo", Crisis},
		{"mein Onkel hat geschrieben ihr werdet mich nie wieder sehen und ist betrunken losgefahren", Crisis},
		{"my aunt is sitting in her car on the level crossing and won't move", Crisis},

		{"swimming lesson today, the kids practised touching the bottom of the pool", None},
		{"my kid is under the covers pretending to be a ghost", None},
		{"cpr class tonight, we practised on a dummy at the bottom of the pool", None},
		{"curso de socorrismo hoy: nos tiramos de cabeza y salimos con el ladrillo", None},
		{"Erste-Hilfe-Kurs: was tun wenn jemand nicht atmet", None},
		{"cours de secourisme ce matin, on a appris quoi faire si quelqu'un respire plus", None},
		{"haha she was turning blue from laughing so hard", None},
		{"last summer my brother cut his hand on the slicer, all healed now", None},
		{"el perro se tiró al lago y salió enseguida, todo bien", None},
		{"in dem Film bricht ein Mann durchs Eis, total spannend", None},
		{"il a plongé et il est remonté tout de suite, tranquille", None},
	})
}

// The same emergencies are someone else's when a third person is named,
// also when the state comes in the next sentence ("dad fell in bathroom.
// not moving. blood on tiles"); the writer's own and the twins are not.
func TestAboutOtherS35(t *testing.T) {
	checkAboutOther(t, []aboutOtherCase{
		{"a swimmer is at the bottom of the deep end, the lifeguard just went in for him", true, "en"},
		{"the lady in room 208 slumped in her chair and has gone grey and clammy", true, "en"},
		{"a client drank bleach in the toilets and is vomiting blood", true, "en"},
		{"un abuelo quedó flotando boca abajo en la piscina, lo sacamos morado", true, "es"},
		{"una clienta diabética está sudando y temblando, no me contesta", true, "es"},
		{"ein Kind ist beim Baden abgetrieben, wir sehen es nicht mehr", true, "de"},
		{"ein Gast tritt einem am Boden liegenden Mann gegen den Kopf", true, "de"},
		{"une nageuse a plongé du ponton et elle est pas remontée", true, "fr"},
		{"le petit du voisin est sous la bâche de la piscine", true, "fr"},

		{"grandad fell in the garden. not moving. blood on the path", true, "en"},
		{"mi hermana se desmayó en la ducha. no se mueve. hay sangre en el suelo", true, "es"},
		{"ma tante est tombée dans l'escalier. elle bouge plus. du sang partout", true, "fr"},
		{"my mum called. not breathing a word to anyone about the party", false, ""},
		{"my brother fell asleep on the sofa. not moving an inch lol", false, ""},
		{"my son is under the covers and won't get up for school", false, ""},
		{"the guy at the bottom of the stairs is waiting for his taxi", false, ""},
		{"mi hermano aprendió a nadar, ya no se hunde", false, ""},
		{"Erste-Hilfe-Kurs heute, wir haben geübt, was man bei Bewusstlosen macht", false, ""},
		{"I dove in and didn't come back up for ages, lol held my breath", false, ""},
	})
}
