package risk

import "testing"

// Set 38's kinds (a street outreach worker, once a ketamine clinic's
// follow-up nurse), held by the phrases alone in the four languages (new
// wordings, not the set's rows), beside everyday twins that share their
// words and stay None (round s38-learn, mends_s38_learn.go).
func TestLearnS38(t *testing.T) {
	checkPhrasesAlone(t, []levelCase{
		// Hours alone counted, and enough for it.
		{"when my husband leaves for his shift i have six hours to myself, that's enough", Crisis},
		{"cuando mi mujer se va al trabajo tengo cinco horas para mí sola, con eso alcanza", Crisis},
		{"wenn mein Mann zur Schicht geht hab ich sechs Stunden für mich allein, das reicht", Crisis},
		{"quand ma femme part au boulot j'ai cinq heures pour moi tout seul, ça suffit", Crisis},
		{"i have six hours to myself tomorrow, that's enough to finish the book", None},
		{"wenn mein Mann zur Schicht geht hab ich sechs Stunden für mich, herrlich", None},
		// Future sessions cancelled, not because one is better, or since
		// one will not be around for them.
		{"you can cancel my next two infusions. not because i'm doing better", Crisis},
		{"skipping the session on friday, no point when i won't be around for it", Crisis},
		{"anulen mis próximas sesiones. no es porque esté mejor", Crisis},
		{"sagen Sie meinen nächsten Termin ab, es hat keinen Sinn wenn ich eh nicht mehr da bin", Crisis},
		{"annulez ma prochaine séance. pas parce que je vais mieux", Crisis},
		{"cancel my thursday session please, i'm doing so much better and want to space them out", None},
		{"can't make the session on friday, i won't be around, visiting my mum", None},
		// Goodnight forever.
		{"logged out of everything. goodnight forever", Crisis},
		{"buenas noches para siempre", Crisis},
		{"gute nacht für immer. ihr wart lieb", Crisis},
		{"bonne nuit pour toujours", Crisis},
		{"goodnight everyone, forever grateful for this group", None},
		// Pills gathered from several pharmacies, and enough now.
		{"went round five different chemists today. now i've got enough", Crisis},
		{"fui a cuatro farmacias distintas, ya junté suficientes", Crisis},
		{"drei verschiedene Apotheken abgeklappert, jetzt hab ich genug beisammen", Crisis},
		{"j'ai fait quatre pharmacies différentes aujourd'hui, maintenant j'en ai assez", Crisis},
		{"went to four different pharmacies before one had the kids' fever syrup", None},
		{"drei Apotheken abgeklappert bis ich das Nasenspray bekommen hab", None},
		// Tomorrow no longer here, in Swiss German.
		{"morn bin ich nüme da", Crisis},
		{"morn bin ich nöd da, bin z Bern", None},
		// A day chosen, and things left paid or settled.
		{"ya tengo la fecha, el 3, así les dejo todo pagado", Crisis},
		{"i've got the date, the 20th, after payday, so the rent's paid for my brother", Crisis},
		{"ich hab den Tag, den 12., nach dem Zahltag, dann ist die Miete für meine Schwester bezahlt", Crisis},
		{"j'ai la date, le 15, après la paie, comme ça le loyer de ma sœur est payé", Crisis},
		{"ya tengo la fecha de la mudanza, el 3, y el alquiler ya está pagado", None},
		// An attempt stopped, going back, next time not getting up.
		{"lay on the rails till a freight train honked. going back now, next time i won't get up", Crisis},
		{"me acosté en las vías hasta que pitó el tren. vuelvo ahora, la próxima vez no me levanto", Crisis},
		{"bin auf den Schienen gelegen bis der Zug gehupt hat. nächstes Mal steh ich nicht auf", Crisis},
		{"je me suis couché sur les rails jusqu'à ce que le train klaxonne. la prochaine fois je me relève pas", Crisis},
		{"next time i won't get up at five for that bus", None},
		// A rehearsal, and today done properly.
		{"did a practice run in the woods yesterday, tonight i do it for real", Crisis},
		{"ayer ensayé en el monte cómo se hace, hoy lo hago en serio", Crisis},
		{"gestern im Keller geübt wie es geht, heute mach ich es richtig", Crisis},
		{"hier je me suis entraîné dans les bois, ce soir je le fais pour de vrai", Crisis},
		{"did a practice run of the wedding speech yesterday, tonight i do it for real", None},
		// Food and drink refused till death.
		{"haven't eaten or drunk anything for three days and i'm not going to", Crisis},
		{"no he comido ni bebido nada en tres días y no pienso hacerlo", Crisis},
		{"seit drei Tagen nichts gegessen und nichts getrunken und ich werde es auch nicht", Crisis},
		{"rien mangé ni bu depuis trois jours et je compte pas le faire", Crisis},
		{"haven't eaten or drunk anything for 12 hours, fasting for the colonoscopy", None},
		// Someone waiting or coming to hurt the writer, now.
		{"the guys i owe are waiting downstairs with bats for me to come out", Crisis},
		{"they said they're coming back tonight with petrol", Crisis},
		{"unos tipos me están esperando abajo con palos para que salga", Crisis},
		{"mi ex viene con sus primos a arreglar cuentas", Crisis},
		{"me dijeron que esta noche no llego a la mañana", Crisis},
		{"die Typen warten unten mit Eisenstangen bis ich rauskomme", Crisis},
		{"sie haben gesagt sie kommen heute Nacht mit Benzin zurück", Crisis},
		{"ils m'attendent en bas avec des battes que je sorte", Crisis},
		{"ils ont dit qu'ils reviennent ce soir avec de l'essence", Crisis},
		{"my mates are waiting downstairs with beers for me to come out", None},
		{"el del taller vuelve mañana con la pieza", None},
		{"viene mi contador a arreglar las cuentas del negocio", None},
		// A fatal dose taken, so be it.
		{"shot all the heroin i had, knowing it's strong. if i don't wake up, so be it", Crisis},
		{"me tomé todas las pastillas que me quedaban. si no despierto, que así sea", Crisis},
		{"hab das ganze Fentanyl genommen, wenn ich nicht mehr aufwache dann ist es so", Crisis},
		{"j'ai pris toute la came d'un coup, si je me réveille pas tant pis", Crisis},
		{"took my melatonin, if i don't wake up for the alarm so be it, day off anyway", None},
		// Nothing left to settle; things given away to named people.
		{"gave my guitar to my cousin and my bike to the neighbour. nothing left to sort out", Crisis},
		{"le di la play a mi primo y la bici al vecino. ya no me queda nada por arreglar", Crisis},
		{"meine Konsole dem Cousin geschenkt, das Rad dem Nachbarn. nichts mehr zu regeln", Crisis},
		{"donné ma guitare à mon frère, mon vélo à ma voisine. y a plus rien à régler", Crisis},
		{"nothing left to sort out before the move, boxes are done", None},
		// The door left open so that the rescuers find one.
		{"left the door unlocked so the paramedics can find me", Crisis},
		{"dejé la puerta abierta para que los bomberos me encuentren", Crisis},
		{"hab die Tür offen gelassen damit die Polizei mich findet", Crisis},
		{"j'ai laissé la porte ouverte pour que les pompiers me trouvent", Crisis},
		{"left the door unlocked so the plumber can get in", None},
		// Shoes taken off on a height.
		{"on the roof of the car park, shoes off, everything looks so small", Crisis},
		{"estoy en la azotea del edificio, me quité los zapatos", Crisis},
		{"bin auf dem Dach vom Hochhaus, hab die Schuhe ausgezogen", Crisis},
		{"je suis sur le toit de l'immeuble, j'ai enlevé mes chaussures", Crisis},
		{"took my shoes off at the door, the roof of the car is dusty", None},

		// Review: a burden, or nothing but a cost.
		{"i'm just a case number and a burden", Review},
		{"solo soy un expediente y una carga", Review},
		{"bin nur eine Nummer und eine Last", Review},
		{"je suis juste un dossier et un fardeau", Review},
		{"ich koste nur", Review},
		{"ich koste nur kurz die Soße", None},
		// Burnt oneself with a cigarette.
		{"burned my forearm with a cigarette last night", Review},
		{"me quemé el brazo con el cigarro anoche", Review},
		{"hab mir mit der Kippe das Handgelenk verbrannt", Review},
		{"je me suis brûlé le bras avec une cigarette", Review},
		{"burned a hole in my jacket with a cigarette", None},
		// A near death not minded.
		{"nearly froze on that bench, would have been a quiet way to go", Review},
		{"casi me congelo en el banco, habría sido una forma tranquila de irme", Review},
		{"fast erfroren, wär ein sanfter Abgang gewesen", Review},
		{"j'ai failli geler sur le banc, ça aurait été une mort douce", Review},
		{"the trail would have been a quiet way to go back to the car", None},
		// Better if one did not exist.
		{"wäre besser für alle wenn es mich gar nicht gäbe", Review},
		{"ce serait mieux pour elle si j'existais pas du tout", Review},
		{"it'd be better for everyone if that rule didn't exist", None},
		// Saved, and not sure one is glad.
		{"they saved me and i'm still not sure i'm glad", Review},
		{"me salvaron y no sé si me alegro", Review},
		{"sie haben mich gerettet und ich weiß nicht ob ich froh bin", Review},
		{"ils m'ont sauvé et je sais pas si j'en suis content", Review},
		{"no sé si me alegro del cambio de horario", None},
		// Attempts counted, life waiting for the next.
		{"first attempt at 17, second at 25, feels like life is just waiting for the third", Review},
		{"primer intento a los 17, el segundo a los 25, siento que la vida espera el tercero", Review},
		{"erster Versuch mit 17, der zweite mit 25, als ob das Leben auf den dritten wartet", Review},
		{"première TS à 17 ans, la deuxième à 25, la vie attend la troisième", Review},
		{"first exam at 17, second at 25, waiting for the third", None},

		// The retraining's drift, as kinds. German with the verb before
		// "ich" after a time.
		{"morgen nach der Arbeit bring ich mich um", Crisis},
		{"heute Nacht häng ich mich auf, der Strick liegt bereit", Crisis},
		{"mit dem vielen Kaffee bring ich mich um den Schlaf", None},
		// A way out to be used; a last good evening left to the family.
		{"i've got a way out and i'm going to use it this weekend", Crisis},
		{"tengo mi salida y la voy a usar mañana", Crisis},
		{"ich hab einen Ausweg und ich nutze ihn heute Nacht", Crisis},
		{"j'ai une porte de sortie et je vais l'utiliser demain", Crisis},
		{"tengo todo preparado para después de la cena de navidad, que al menos tengan esa noche", Crisis},
		{"tengo todo planeado para después de la cena de fin de año: fuegos artificiales en la playa", None},
		// Tomorrow not waking up any more.
		{"mañana ya no me despierto, lo tengo claro", Crisis},
		{"demain je me réveillerai plus", Crisis},
		{"tomorrow i won't wake up anymore", Crisis},
		{"mañana ya no me despierto a las 6, empiezo las vacaciones", None},
		// A room where nobody knows one.
		{"booked a motel room two towns over where nobody knows me", Crisis},
		{"alquilé un cuarto en un hostal donde nadie me conoce", Crisis},
		{"hab ein Zimmer in einer Pension gebucht wo mich niemand kennt", Crisis},
		{"j'ai pris une chambre à l'hôtel où personne me connaît", Crisis},
		{"booked a room in a b&b where nobody knows me, a quiet weekend to read, bliss", None},
		// Tonight with no doubt left, relieved.
		{"c'est pour ce soir, plus de doute et ça me calme", Crisis},
		{"it's tonight, no doubts left and it's a relief", Crisis},
		{"c'est pour ce soir le concert, trop hâte", None},
		// Things given away; the lease ended and the will made.
		{"ya regalé la consola y la moto", Crisis},
		{"already gave away the playstation and the motorbike", Crisis},
		{"cancelé el contrato del piso y dejé el testamento firmado", Crisis},
		{"cancelled my lease and wrote my will this week", Crisis},
		{"Mietvertrag gekündigt und Testament gemacht", Crisis},
		{"cancelé el contrato del piso, me mudo con mi novia", None},
		// The next appointment not needed.
		{"won't need the next session", Crisis},
		{"won't need the next session, the doctor discharged me, so happy", None},
		// Review: worth staying for; admitted after the attempt; numb.
		{"not sure there's anything left worth staying for", Review},
		{"a ver si queda algo por lo que valga la pena seguir", Review},
		{"two years today since i was admitted after my attempt", Review},
		{"hoy hace dos años que me ingresaron después del intento", Review},
		{"numb ever since the last session, is that normal", Review},
		{"seit der letzten Infusion wie betäubt", Review},
		{"i might just disappear for a while", Review},
		{"¿nadie notaría si desaparezco?", Review},
		{"it's worth staying for the fireworks", None},
		{"new year's eve. the fireworks will drown it all out. that's the plan", Crisis},
		{"sie ist nach der Therapie nicht heimgekommen, vorher sagte sie sie weiß jetzt wie", Crisis},
		{"the fireworks will drown everything out, can't hear the film", None},
		{"want my guitar? won't need it anymore in berlin with the trams and no room", None},
		// Everyday: waking at six; a hire car; a kindness unknown.
		{"pas envie de me réveiller à six heures demain", None},
		{"después del lunes no voy a necesitar el coche de alquiler", None},
		{"she doesn't know it was me who baked the cake", None},

		// Everyday: a thing sold, not needed now with an ordinary reason.
		{"sold my car, won't need it now i'm working from home", None},
		{"vendí la moto, ya no la necesito ahora que vivo cerca del trabajo", None},
		{"hab das Auto verkauft, brauch es nicht mehr jetzt wo ich in der Stadt wohne", None},
		{"j'ai vendu ma voiture, j'en ai plus besoin maintenant que j'habite près du boulot", None},
		// Everyday: not wanting to be seen dizzy or hungover by a visitor.
		{"still dizzy from the ketamine, my mum comes at 7 and i don't want her to see me like this", None},
		{"sigo mareada de la sesión, mi madre viene a las 7 y no quiero que me vea así", None},
		{"noch schwindlig von der Ketamin-Sitzung, meine Mutter kommt um 7 und ich will nicht dass sie mich so sieht", None},
		{"encore la tête qui tourne après la kétamine, ma mère vient à 19h et je veux pas qu'elle me voie comme ça", None},
	})
	// The full screen: the same words with a crisis beside them stay
	// flagged, and the everyday twins above are no alarm.
	checkNeverAt(t, None, []string{
		"maybe it'd be better for them if i didn't exist at all",
		"quizás sería mejor para ella si yo no existiera",
		"me corté el brazo con la cuchilla",
		"no quiero que me vea así, ya dejé la carta",
		"sold my bike, won't need it now, won't be here next week",
		"sold my car, won't need it now i'm leaving for good",
	})
	checkScreen(t, []levelCase{
		// "It wasn't your fault" in a note, beside a decision.
		{"falls du das liest: es war nicht deine Schuld. Ich hab mich entschieden", Crisis},
		{"if you're reading this, it wasn't your fault. i've decided", Crisis},
		{"si lees esto, no fue tu culpa. ya lo decidí", Crisis},
		{"si tu lis ça, c'était pas ta faute. j'ai décidé", Crisis},
		{"i have decided. tonights the night, first half marathon!", None},
		// "Did it", and sick after.
		{"hab es getan. mir ist übel", Crisis},
	})
	checkNeverAt(t, Crisis, []string{
		"sold my bike to pay for the bus pass, won't need it now i'm living near work",
		"a ver si se me quita el mareo de la ketamina antes de la cena, mi suegra viene a las 8 y no quiero que me vea así",
	})
}
