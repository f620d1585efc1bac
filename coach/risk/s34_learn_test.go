package risk

import "testing"

// Sets 33 and 34's kinds, held by the phrases alone in all four
// languages, and their everyday twins, which stay None.
func TestLearnS34(t *testing.T) {
	checkPhrasesAlone(t, []levelCase{
		// Poison in a drink.
		{"mixed the rat poison from the garage into my coke", Crisis},
		{"eché el matarratas del garaje en mi café", Crisis},
		{"hab das Rattengift aus der Garage in meinen Kaffee gemischt", Crisis},
		{"j'ai mis de la mort aux rats dans mon café", Crisis},
		{"the weedkiller from the shed, the banned stuff. i poured some in a glass", Crisis},
		{"mixed the weedkiller in the watering can for the patio", None},
		{"le désherbant est dans l'arrosoir, pour les allées", None},
		// Into the water and on; at a dam without braking.
		{"driving to the reservoir now and going to walk into the water and keep walking", Crisis},
		{"je conduis vers le barrage, je vais pas freiner", Crisis},
		{"fahr zur Staumauer, ich werd nicht bremsen", Crisis},
		{"drove past the lake and kept going to the campsite", None},
		// A blade from a sharpener, arms to be opened.
		{"voy a abrirme los brazos en cuanto apaguen la luz", Crisis},
		{"took the blade out of my pencil sharpener. when the lights go out in the dorm", Crisis},
		{"took the blade out of the sharpener to fix it", Review},
		// Bags and tape, and how.
		{"there are bin bags and duct tape in the kitchen, i looked up how", Crisis},
		{"hay bolsas de plástico y cinta americana en casa, busqué cómo hacerlo", Crisis},
		{"bought bin bags and duct tape for the move, looked up how to pack plates", None},
		// A fire threatened with the writer inside.
		{"he says he will burn the flat down with me and the kids inside", Crisis},
		{"dice que va a quemar la casa con nosotros dentro", Crisis},
		{"er will das Haus mit mir drin anzünden", Crisis},
		{"if you leave the oven on you'll burn the house down", None},
		// The guardian signed, the "if ever" a day.
		{"my sister agreed to be the kids' guardian just in case. the just in case is Friday", Crisis},
		{"mi hermano firmó como tutor de los niños. el por si acaso es el domingo", Crisis},
		{"we named my sister as the kids' guardian in the will, just in case", Review},
		// Nothing needed after tonight.
		{"sold the bike cheap, I won't need much after tonight", Crisis},
		{"vendí la moto barata, no voy a necesitar gran cosa después de esta noche", Crisis},
		{"won't need much after tonight's shift, just my bed", None},
		// A roof, not the stairs.
		{"i'm on the roof of the car park, i think i'm going to jump", Crisis},
		{"estoy en el tejado del colegio, creo que me voy a tirar ya", Crisis},
		{"on the roof terrace for the party, the stairs are packed", None},
		// Not here anyway, from a day.
		{"the debt letters can wait, from Sunday I'm not here anyway", Crisis},
		{"ab Sonntag bin ich eh nicht mehr da, Urlaub auf Kreta", None},
		// A cover story at the chemist, the funeral home.
		{"asked the pharmacist for two boxes of paracetamol and said it was for a toothache. I've got what I need for Saturday", Crisis},
		{"called the funeral home and asked about prices. for me", Crisis},
		{"j'ai appelé les pompes funèbres pour les prix. pour moi", Crisis},
		{"called the funeral home and asked about prices for my grandad's service", Review},
		{"asked the pharmacist for paracetamol, I said it was for a toothache and it was", Review},
		// A decoy in the trolley.
		{"put some bread and milk in the trolley too so the cashier wouldn't suspect anything. tonight", Crisis},
		{"metí pan en el carro para que la cajera no sospechara. esta noche", Crisis},
		// A rope in the boot, not returned.
		{"the rope's been in the boot since Tuesday. I'm not returning it to the shop", Crisis},
		{"the rope's been in the boot since Tuesday, keep forgetting to take it to the climbing wall", Review},
		// A height with "now's the time".
		{"standing on the footbridge over the motorway. tonight's the night", Crisis},
		{"estoy en la pasarela sobre la autopista. es ahora o nunca", Crisis},
		{"c'est le bon moment pour acheter une maison", None},
		// A legacy for a child, then going.
		{"finished the memory box for my son so he'll know who his dad was. and then I go", Crisis},
		{"hice un álbum para mi hija para que sepa quién era su madre. y luego me voy", Crisis},
		{"made a photo album for my son's 18th, so he'll know who his grandad was", None},
		// Peace made, now I can go.
		{"made peace with everyone today, even my brother. now I can go", Crisis},
		{"hice las paces con todos, hasta con mi padre. ahora ya me puedo ir", Crisis},
		{"finished the report. now I can go home", None},
		// Insurance past its clause.
		{"does my life insurance cover suicide after two years? asking for real. not asking for fun", Crisis},
		{"la póliza del seguro de vida paga si es suicidio después de dos años? no pregunto por gusto", Crisis},
		{"does life insurance pay out for a broken leg?", None},
		// A train at a crossing, "I'll be there".
		{"the 6:40 train passes the level crossing by the farm. I'll be there", Crisis},
		{"the 6:40 train passes the level crossing, I'll pick you up after", None},
		// Passive wishes: Review.
		{"honestly not being here sounds peaceful. not dead, just off", Review},
		{"no existir suena a descanso, la verdad", Review},
		{"nicht mehr zu existieren klingt erholsam", Review},
		{"je me demande ce que je fais encore là franchement", Review},
		{"I'm just a spare part in this house", Review},
		{"mes enfants mériteraient une meilleure mère", Review},
		{"hoffnung ist so ein fremdes wort geworden", Review},
		{"si me enfermara de algo grave creo que sería un alivio", Review},
		{"the spare part for the boiler finally came", None},
		{"what am i still doing here at 11pm, the office is empty", None},
		// Ordinary: a show binged, a last message before a match.
		{"overdosed on netflix again, six episodes in a row", None},
		{"dernier message de la soirée, je pars au match avec mon frère", None},
	})
}
