package risk

import "testing"

// Set 36's kinds, held by the phrases alone in all four languages (new
// wordings, not the set's rows), and their everyday twins, which stay
// None (round s36-learn, mends_s36_learn.go).
func TestLearnS36(t *testing.T) {
	checkPhrasesAlone(t, []levelCase{
		// A last check-in and a bye passed on to the group.
		{"this will be the last check in i'll ever send. thanks for everything. tell everyone i said goodbye", Crisis},
		{"das ist mein letzter check-in. danke für alles. sagt der gruppe tschüss", Crisis},
		{"este es mi último check in. gracias por todo. díganle al grupo que me despedí", Crisis},
		{"c'est mon dernier check-in. merci pour tout. dis au groupe au revoir", Crisis},
		{"my last check in of the week, see you monday", None},
		{"tell the group i said hi, see you on thursday", None},
		// A height now and "it was nice while it lasted".
		{"i'm on the dam wall above the reservoir. thanks for the chats, it was nice while it lasted", Crisis},
		{"estoy en el acantilado del pueblo. gracias por las charlas, estuvo lindo mientras duró", Crisis},
		{"the summer job is over, it was nice while it lasted", None},
		// Not wanting the children to find one.
		{"i don't want my daughter to find me so i'm heading to the woods tonight", Crisis},
		{"no quiero que mis nietos me encuentren, así que voy hacia el río", Crisis},
		{"ich will nicht dass meine Kinder mich finden, darum fahr ich zum See", Crisis},
		{"je veux pas que mes gosses me trouvent, alors je pars vers la forêt", Crisis},
		{"hiding in the wardrobe, i don't want my kids to find me before the count ends haha", None},
		// Debts paid back and things left square.
		{"paid back everybody i owed this week. feels right to leave everything in order", Crisis},
		{"le devolví a todos lo que les debía. quiero dejar las cuentas claras", Crisis},
		{"paid back everyone i owed after payday, finally debt free!", None},
		// A goodbye the other did not know was one; a last memory.
		{"hugged my sister at the station and smiled. she didn't know it was goodbye", Crisis},
		{"abracé a mi mamá en la cocina. ella no sabía que era una despedida", Crisis},
		{"j'ai serré mon fils fort ce matin. il savait pas que c'était un adieu", Crisis},
		{"cooked dad his favourite meal, i wanted that to be his last memory of me", Crisis},
		{"she didn't know it was me who sent the flowers", None},
		// On a bridge and not afraid any more.
		{"ich bin auf der Staumauer. das Wasser ist hoch heute. hab keine Angst mehr", Crisis},
		{"je suis sur le pont. l'eau est haute ce soir. j'ai plus peur", Crisis},
		{"i'm not scared of the dark anymore, therapy works", None},
		// Keys left in the car at a lighthouse or cliff.
		{"i'm at the cliffs past the harbour. left the keys in the car. don't feel anything", Crisis},
		{"left the keys in the car again, had to call my husband lol", None},
		// Life insurance that pays for any cause.
		{"asked hr if the life insurance pays out for any cause. they said yes, first year is over", Crisis},
		{"compared three life insurance offers today, the cheapest one is fine", None},
		// Fast without a seatbelt towards a wall; drunk towards the tree.
		{"doing 180 without a seatbelt toward the concrete wall by the exit", Crisis},
		{"voy a 160 sin cinturón directo al muro del peaje", Crisis},
		{"je roule sans ceinture direction le mur du pont", Crisis},
		{"forgot my seatbelt for a minute, the car kept beeping", None},
		// Nothing planned after; rescue told not to hurry; no way back.
		{"sunday is my last shift. nothing planned after that, not even an after", Crisis},
		{"après samedi rien de prévu après, même pas d'après", Crisis},
		{"nothing planned after the exam, just sleep", None},
		{"taking the train to the alps, then alone up the ridge, no way back. mountain rescue shouldn't bother looking for me", Crisis},
		{"tren hasta los pirineos, luego sola arriba, sin vuelta", Crisis},
		{"mountain rescue was great today, they found the lost dog", None},
		// Quitting not only there.
		{"handed in my badge. they think i'm quitting. i am, just not only the job", Crisis},
		{"quitting the job, moving to lisbon, best decision ever", None},
		// A motorbike and a dog given away.
		{"gave my motorbike to my cousin and my dog to the neighbours. he asked if i'm okay", Crisis},
		{"regalé mi moto a mi primo y el perro a la vecina", Crisis},
		{"gave the old bike to my nephew, he loves it", None},
		// In May not here; which bridge is near; a rope and no question.
		{"hice el vestido de la boda aunque es en junio. en junio no voy a estar", Crisis},
		{"je sais déjà quel pont est le plus proche", Crisis},
		{"i already know which bridge is nearest", Crisis},
		{"in june i won't be here, i'll be on holiday in greece", None},
		{"bought a rope at the camping shop and nobody even asked", Crisis},
		{"hab einen Strick gekauft, der Verkäufer hat nicht mal gefragt", Crisis},
		{"bought a rope for the tent, the guy even showed me knots", None},
		// A beam that will hold one.
		{"the beam in the garage held the engine for years, it'll hold me", Crisis},
		{"la viga del galpón aguantó años, me va a aguantar bien", Crisis},
		{"the ladder will hold me, i'm just fixing the gutter", None},
		// A partner who will finish the job; decided after the last shift.
		{"if i tell anyone about the bruises he said he would finish the job", Crisis},
		{"si hablo de los moretones me va a terminar lo que empezó", Crisis},
		{"he'll finish the job on the kitchen tiles tomorrow", None},
		{"it's decided, after my last shift on friday", Crisis},
		{"está decidido, después de mi último turno del viernes", Crisis},
		{"it's decided, after my last shift we go to the pub!", None},
		// A business handed over for a euro, nothing needed any more.
		{"sold the shop to my apprentice for one euro. she cried. i don't need anything anymore", Crisis},
		{"sold the shop to my apprentice, retiring to spain next year", None},

		// The retraining's drift, held as kinds: at peace for good tomorrow,
		// stolen vials "I know what I'll do with them", when the kids are
		// asleep, over for me too "I know how", sleeps counted down, a note
		// written "here I go", a candle going out on a day; and the twins.
		{"this time tomorrow i'll be at peace for good", Crisis},
		{"mañana a esta hora estaré en paz para siempre", Crisis},
		{"took two boxes of insulin from the ward, i know exactly what i'm going to do with them", Crisis},
		{"hab ampullen aus der praxis mitgenommen, ich weiß genau was ich damit mache", Crisis},
		{"once the children are in bed i'm going to do it", Crisis},
		{"quand les petits dormiront je le ferai", Crisis},
		{"after the funeral it's over for me too, i already know how", Crisis},
		{"three more sleeps and then it's over for good", Crisis},
		{"letter written 📝 here i go", Crisis},
		{"esta noche me apago como una vela", Crisis},
		{"once the kids are asleep i'll do it, the wrapping takes ages", None},
		{"three more sleeps and then it's christmas!", None},
		{"this time tomorrow i'll be on the beach", None},
		{"sitting on the jetty with my feet dangling over the water, bliss", None},
		{"left the keys in the door all night, nobody noticed thank god", None},
		// Review: the plane, tired of existing, waiting for the end.
		{"part of me hoped the plane would just go down today", Review},
		{"almost disappointed we landed normally yesterday", Review},
		{"müde vom existieren, einfach müde", Review},
		{"fatiguée d'exister, humeur 3", Review},
		{"just waiting for the end in my armchair these days", Review},
		{"denk ich jedes mal kurz ans springen wenn ich über die brücke fahr", Review},
		{"i think about jumping every time i cross that bridge", Review},
		{"ich bin einfach übrig", Review},
		{"si desapareciera, nadie se daría cuenta en una semana", Review},
		{"the film was okay, waiting for the end was boring though", None},
		{"jumping every time the phone rings, too much coffee", None},
		// Hyperbole.
		{"kms if one more customer asks for a discount", None},
	})
}

// Other11's kinds: someone else in danger now, and the twins.
func TestAboutOtherS36(t *testing.T) {
	checkAboutOther(t, []aboutOtherCase{
		{"a man has been standing on the railing of the bridge for half an hour, i'm alone here", true, "en"},
		{"ein typ sitzt seit zwanzig minuten auf dem geländer vom parkhaus", true, "de"},
		{"mi compañero se pasó con el alcohol y las pastillas, está en el piso y no reacciona", true, "es"},
		{"el vecino le está pegando a su mujer en la escalera, ella grita que la va a matar", true, "es"},
		{"y a un homme couché sur les voies à la sortie de la gare, il bouge pas", true, "fr"},
		{"ein Kind ist im Auto eingesperrt auf dem Parkplatz, 35 Grad, es schreit nicht mehr", true, "de"},
		{"my neighbour's son texted me to say thanks for the lift", false, ""},
		{"a man was standing on the railing in the film, so tense", false, ""},
		{"mi compañero tomó las pastillas de la alergia y se durmió", false, ""},
	})
	checkPhrasesAlone(t, []levelCase{
		{"my neighbour's son texted me \"tell mum im sorry\" and hes not answering", Crisis},
		{"y a un homme couché sur les voies à la sortie de la gare, il bouge pas", Crisis},
	})
}
