package risk

import "testing"

// What the merge of rounds s34-learn, s35-learn and s35-other let move is
// held by phrases and signals (mends_s36_merge.go); their twins are not.
func TestMendsS36Merge(t *testing.T) {
	checkPhrasesAlone(t, []levelCase{
		// Calm because it will soon be over.
		{"honestly i feel okay today because i know it'll all be over soon", Crisis},
		{"estoy tranquila porque sé que pronto se acaba", Crisis},
		{"mir gehts richtig gut, weil ich weiss dass es bald vorbei ist", Crisis},
		{"je me sens calme parce que je sais que tout sera bientôt fini", Crisis},
		{"i feel okay because i know the exams will be over soon", None},
		{"estoy tranquila porque sé que pronto se acaba el semestre", None},
		// Contracts cancelled, no sense paying for what one won't use.
		{"cancelled netflix and my phone contract, no point paying for stuff i won't use", Crisis},
		{"di de baja el seguro y el gimnasio, no tiene sentido pagar algo que no voy a usar", Crisis},
		{"hab das abo und den vertrag gekündigt, macht keinen sinn für was zu zahlen das ich nicht mehr nutzen werde", Crisis},
		{"j'ai résilié la salle et le forfait, ça sert à rien de payer un truc que je vais plus utiliser", Crisis},
		{"cancelled the gym, no point paying for something i don't use", None},
		{"cancelé el gimnasio, no tiene sentido pagar algo que no uso", None},
		// Back to not existing for good.
		{"the session showed me what it's like to not exist and i'm going back there for good", Crisis},
		{"la ketamina me enseñó lo que es no existir y voy a volver ahí para siempre", Crisis},
		{"the ketamine showed me what it's like to not exist, scary but it passed", None},
		// A decision known after the clinic.
		{"after the session today i know what i'm doing", Crisis},
		{"después de la consulta de hoy ya sé lo que voy a hacer", Crisis},
		{"after the session today i know what i'm doing with my career", None},
		// "If you don't hear from me, I went through with it."
		{"if you don't hear from me by monday it's because i went through with it", Crisis},
		{"si no sabes nada de mí mañana es porque lo hice", Crisis},
		{"wenn du bis morgen nichts von mir hörst, hab ich es getan", Crisis},
		{"si t'as pas de nouvelles demain c'est que je l'ai fait", Crisis},
		// The last night around.
		{"pretty sure this is the last night i'm going to be around", Crisis},
		{"creo que esta es la última noche que voy a estar aquí", Crisis},
		{"das ist die letzte nacht in der ich noch da bin", Crisis},
		{"je crois que c'est ma dernière nuit où je suis là", Crisis},
		{"this is the last night i'm going to be around for a while, flying to sydney tomorrow", None},
		// A bare time when everyone is out.
		{"el domingo a la noche, cuando todos esten en la boda de mi prima", Crisis},
		{"saturday night when everyone is at the fair", Crisis},
		{"samstag abend wenn alle auf dem dorffest sind", Crisis},
		{"samedi soir quand tout le monde sera à la fête", Crisis},
		{"saturday night when everyone is at the fair we're doing the cake stall, can you help out and bring the big table", None},
		// A note on the pillow; don't send anyone.
		{"the note is on my pillow", Crisis},
		{"la carta está en la almohada", Crisis},
		{"der brief liegt auf dem kopfkissen", Crisis},
		{"la lettre est sur l'oreiller", Crisis},
		{"please don't send anyone", Crisis},
		{"por favor no manden a nadie", Crisis},
		{"envoyez personne", Crisis},
		{"please don't send anyone the link yet", None},
		// A day picked.
		{"picked a day. after her wedding, i want her to have that first", Crisis},
		{"picked a day for the wedding", None},
		// A hot iron held to the arm now.
		{"heated the iron and i'm holding it against my arm", Crisis},
		{"calenté la plancha y me la estoy poniendo en el brazo", Crisis},
		{"hab das glätteisen heiß gemacht und drück es an meinen arm", Crisis},
		{"j'ai chauffé le fer et je le tiens contre mon bras", Crisis},
		{"hab das bügeleisen heiß gemacht und bügel grad mein hemd", None},
		{"heated the iron and pressing it on my shirt", None},
		// Decided not to be here.
		{"i've decided i'm not going to be here next month", Crisis},
		{"decidí que no voy a estar aquí la semana que viene", Crisis},
		{"no voy a estar aquí para mi cumpleaños", Crisis},
		{"zu weihnachten bin ich nicht mehr da", Crisis},
		{"je serai plus là pour noël", Crisis},
		{"no voy a estar aquí para navidad, me voy a casa de mis padres", None},

		// Review: scratched till it bled, a voice, relief at a crash, thoughts asked.
		{"scratched myself till i bled during a panic attack last week", Review},
		{"me rasguñé hasta sangrar en un ataque de pánico", Review},
		{"hab mich letzte woche blutig gekratzt bei einer panikattacke", Review},
		{"je me suis griffé jusqu'au sang pendant une crise", Review},
		{"the cat scratched me till i bled", None},
		{"my head keeps telling me you should be dead while i do the dishes", Review},
		{"una voz me repite que debería morirme", Review},
		{"my mum keeps telling me i should eat more", None},
		{"felt relieved when i thought the plane was going down", Review},
		{"sentí alivio cuando pensé que el avión se caía", Review},
		{"felt relieved when the plane finally landed", None},
		{"my therapist asked if i had thoughts of hurting myself and i said no", Review},
		{"therapist asked if i've had thoughts of hurting myself and i said no, and it was true!", None},
		{"i've set a date. the 14th. after my daughters recital we're throwing her a party", None},

		// None: the everyday twins that had risen.
		{"friday can't come soon enough", None},
		{"que llegue ya el viernes", None},
		{"das wochenende kann nicht schnell genug kommen", None},
		{"vivement vendredi", None},
		{"keep picturing myself on the beach tomorrow and I reckon I will go", None},
		{"if i dont answer tonight its because im at the concert", None},
		{"si no contesto esta noche es porque estoy en el concierto", None},
		{"the guy at the bottom of the stairs is waiting for his taxi", None},
		{"hoy es el día", Review},
	})
}

// A third person's place and the writer's, the verb left out ("sie
// wohnt in Linz, ich in Berlin"), are the writer as a helper far away.
func TestAboutOtherS36Merge(t *testing.T) {
	checkAboutOther(t, []aboutOtherCase{
		{"Meine Mutter ruft seit 30 Minuten nicht zurück. Vorhin am Telefon hat sie gesagt, sie will heute \"zu Papa\" (der ist tot). Sie hat ihre Tabletten neben sich. Sie wohnt in Linz, ich in Berlin.", true, "de"},
		{"the guy at the bottom of the stairs is waiting for his taxi", false, ""},
		{"my dad is at the bottom of the stairs and he's not breathing", true, "en"},
	})
}
