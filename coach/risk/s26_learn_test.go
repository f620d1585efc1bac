package risk

import "testing"

// TestLearnS26 holds the kinds set 26 (a construction and trades
// peer-support worker and a palliative-care social worker) showed the
// screen left at None or Review, each beside its everyday twin in the same
// words: a farewell on site with no coming back, a date set after the last
// shift, a roof or a crane with no way down, following a dead son or spouse
// on the anniversary, letting go "for ever" after a ketamine session, tools
// sold for where one is going, a phone dying and "don't look for me in the
// woods", a cord tied up and sat with, a crash pictured and meant, a dead
// brother's gun at hand. The twins are the working week: a retirement do,
// the last shift before the holidays, a crane operator's day, a visit to
// the grave, a toolbox sold to upgrade, a flat phone on a hike. The
// phrases are checked alone, without the learnt model.
func TestLearnS26(t *testing.T) {
	phrases := *screening()
	phrases.learnt = nil
	for _, c := range []struct {
		text string
		want Level
	}{
		// A farewell on site and no coming back.
		{"said goodbye to everyone on site today. tomorrow I'm not here, it's decided", Crisis},
		{"said my goodbyes to the crew at smoko. not coming back after this shift", Crisis},
		{"said goodbye to everyone on site today, it's my retirement do tomorrow", None},
		{"said goodbye to the crew, last shift before the holidays", None},
		{"me despedí de todos en la obra. mañana ya no estoy, está decidido", Crisis},
		{"me despedí de los compañeros de la mina y no vuelvo del turno", Crisis},
		{"me despedí de los compañeros de la mina, mañana empiezo las vacaciones", None},
		{"hab mich heut auf der baustelle von allen verabschiedet. morgen bin ich nicht mehr da, das ist entschieden", Crisis},
		{"ha hüt allne uf de baustell adie gseit, morn bin i nümme da. isch entschiede", Crisis},
		{"pfiat eich, es woa schee mit eich", Crisis},
		{"pfiat eich, es woa schee mit eich, ab morgen bin i in rente", None},
		{"hab mich heute von allen auf der baustelle verabschiedet, ab morgen bin ich in rente", None},
		{"morgen bin ich nicht da, hab urlaub", None},
		{"tomorrow I'm not here, it's decided, taking a sickie and going fishing", None},
		{"demain je suis plus là, c'est décidé, je prends congé pour la pêche", None},
		{"j'ai dit au revoir à tout le monde sur le chantier. demain je suis plus là, c'est décidé", Crisis},
		{"j'ai dit au revoir à tout le monde sur le chantier, demain c'est la retraite", None},
		// A date set after the last shift.
		{"nächsten donnerstag nach der letzten schicht. der termin steht", Crisis},
		{"am freitag nach meiner letzten schicht ist es so weit, der termin steht", Crisis},
		{"der termin beim zahnarzt steht, nächsten donnerstag nach der schicht", None},
		{"nach der letzten schicht vor dem urlaub gehen wir was trinken", None},
		{"next thursday after my last shift. the date's set", Crisis},
		{"last shift before the holidays on thursday, date's set for the christmas party", None},
		{"el jueves después de mi último turno. la fecha ya está puesta", Crisis},
		{"el último turno antes de vacaciones es el jueves", None},
		{"jeudi prochain après mon dernier quart. la date est fixée", Crisis},
		{"mon dernier quart avant les vacances, c'est jeudi", None},
		// A roof or a crane, no harness, no way down.
		{"up on the roof of the job, level 9, no harness. not climbing back down", Crisis},
		{"on top of the crane, boss went to lunch. I'm not coming back down the ladder", Crisis},
		{"up on the roof of the job, level 9, harness on, climbing back down for smoko", None},
		{"crane operator today, up in the cab all day, climb down at knock off", None},
		{"estoy arriba de la grúa sin arnés y no voy a bajar por la escalera", Crisis},
		{"estoy arriba de la grúa con el arnés, bajo a la hora de comer", None},
		{"wenn der polier heimgeht steig ich auf den kran und spring", Crisis},
		{"bin auf dem dach vom bau, ohne gurt. ich steig nicht mehr runter", Crisis},
		{"bi uf em kran, ohni gurt. i gang nümm abe", Crisis},
		{"bin auf dem kran, wenn der polier heimgeht steig ich runter", None},
		{"je suis monté sur la grue, le chef est parti dîner. je vais pas redescendre par l'échelle", Crisis},
		{"sur le toit du chantier sans harnais. je redescends pas", Crisis},
		{"je suis monté sur la grue ce matin, je redescends par l'échelle pour dîner", None},
		// Following a dead son or spouse on the anniversary.
		{"mein sohn hat sich vor einem jahr erhängt. heute ist der jahrestag und ich geh ihm heut nacht nach", Crisis},
		{"heute ist ihr todestag. heut nacht folge ich meiner frau", Crisis},
		{"heute ist der jahrestag, ich geh heut nachmittag zu seinem grab", None},
		{"a year today since my son died. tonight I follow him", Crisis},
		{"it's the anniversary of her death. going to join my wife tonight", Crisis},
		{"a year today since my son died. visiting his grave tonight with flowers", None},
		{"hoy hace un año que se mató mi hijo. esta noche me voy con él", Crisis},
		{"hoy hace un año que murió mi hijo, esta noche vamos a su tumba", None},
		{"mon fils s'est suicidé y'a un an jour pour jour. ce soir je vais le retrouver", Crisis},
		{"ça fait un an que mon mari est mort. ce soir je le rejoins", Crisis},
		{"ça fait un an jour pour jour, ce soir je vais sur sa tombe", None},
		{"ce soir je vais retrouver les copains au bar", None},
		// Letting go for ever after a ketamine session.
		{"die ketamin-sitzung hat mir gezeigt dass ich loslassen soll. heut nacht lass ich los, für immer", Crisis},
		{"heute nacht lass ich los. für immer", Crisis},
		{"die ketamin-sitzung hat mir gezeigt dass ich die alte wut loslassen darf", None},
		{"heut nacht lass ich los und tanze bis zum morgen", None},
		{"the ketamine session showed me I should let go. tonight I let go, for good", Crisis},
		{"the ketamine session showed me I can let go of the anger", None},
		{"esta noche me suelto, para siempre", Crisis},
		{"esta noche me voy de fiesta, para siempre joven", None},
		{"la sesión de ketamina me enseñó a soltar el rencor", None},
		{"ce soir je lâche prise pour toujours", Crisis},
		{"la séance de kétamine m'a appris à lâcher prise", None},
		// Tools sold for where one is going.
		{"sold my snap-on box at a loss. where I'm going I won't need it", Crisis},
		{"sold my snap-on box to upgrade to a bigger one", None},
		{"vendí la caja de herramientas, adonde voy no me hace falta", Crisis},
		{"vendí la caja de herramientas vieja para comprar una nueva", None},
		{"hab meinen werkzeugkoffer verkauft. wo ich hingeh brauch ich den nicht mehr", Crisis},
		{"hab meinen alten werkzeugkoffer verkauft und mir einen neuen gekauft", None},
		{"j'ai vendu mon coffre à outils, là où je vais j'en aurai pas besoin", Crisis},
		{"j'ai vendu mon vieux coffre à outils pour m'en acheter un plus gros", None},
		// A phone dying and the woods.
		{"my phone will die soon. don't look for me in the woods", Crisis},
		{"phone at 2% on the hike, if I don't answer I'm in the woods with no signal", None},
		{"handy geht gleich aus. sucht mich nicht im wald", Crisis},
		{"handy hat nur noch 2 prozent, bin im wald wandern", None},
		{"se me va a apagar el celu. no me busquen en el monte", Crisis},
		{"se me va a apagar el celu, te llamo luego", None},
		{"mon téléphone va s'éteindre. cherchez pas dans le bois", Crisis},
		{"mon téléphone va s'éteindre, je vous rappelle ce soir", None},
		// A cord tied up and sat with.
		{"cord's tied up in the shed. just sitting out here with it", Crisis},
		{"rope's hung up in the garage. sitting with it now", Crisis},
		{"cord's tied up in the shed so the kids don't trip on it", None},
		{"la cuerda ya está atada en el cobertizo. estoy sentado aquí con ella", Crisis},
		{"dejé la reata amarrada en la bodega para que no se pierda", None},
		{"das seil hängt schon im schuppen. sitz jetzt hier draußen damit", Crisis},
		{"das seil hängt im schuppen, falls du es fürs zelt brauchst", None},
		{"la corde est attachée dans le cabanon. je suis assis là avec", Crisis},
		{"la corde est attachée dans le cabanon pour le linge", None},
		// A crash pictured and meant.
		{"keep picturing steering into the pylon tomorrow and i reckon i actually will", Crisis},
		{"keep picturing driving into the bridge pillar tomorrow, and I think I will", Crisis},
		{"keep picturing myself on the beach tomorrow and I reckon I will go", None},
		{"nearly steered into a pylon, tired after night shift, pulled over for a nap", None},
		{"sitz im lkw auf der rastanlage und wart auf den richtigen moment für den gegenverkehr", Crisis},
		{"ich stell mir dauernd vor wie ich morgen in den brückenpfeiler fahr und ich glaub ich machs", Crisis},
		{"sitz im 40-tonner auf der rastanlage und wart auf die ruhezeit", None},
		{"me imagino estrellando el camión contra el poste mañana y creo que lo voy a hacer", Crisis},
		{"me imagino manejando el camión nuevo mañana", None},
		{"je m'imagine foncer dans le pylône demain et je pense que je vais le faire", Crisis},
		{"je m'imagine en vacances demain au soleil", None},
		// A dead brother's gun at hand.
		{"my brother did it 2 years ago and ive got his shotty here tonight", Crisis},
		{"got my late brother's rifle here tonight. I get him now", Crisis},
		{"been on the piss since knock off and the gun safe's open", Crisis},
		{"my brother's shotty is here tonight, going pig hunting at dawn", None},
		{"gun safe's open, cleaning the rifles before the season", None},
		{"i hob des gwehr vom opa aus dem kastl gholt, is gladen", Crisis},
		{"hab das gewehr vom opa aus dem schrank geholt, es ist geladen", Crisis},
		{"hab das gewehr vom opa aus dem schrank geholt zum putzen", None},
		{"das gewehr vom opa hängt jetzt im jagdzimmer, nicht geladen", None},
		{"mi hermano se mató hace dos años y tengo su escopeta aquí esta noche", Crisis},
		{"tengo la escopeta de mi hermano aquí, mañana vamos de caza", None},
		{"the word \"enough\" kept coming back. as in i am enough", None},
		{"mon frère s'est tué y'a deux ans et j'ai son fusil ici ce soir", Crisis},
		{"j'ai le fusil de mon frère ici, on va à la chasse demain matin", None},
		// Swiss and Bavarian: not wanting to live, all laid out for
		// tonight; a last message.
		{"i mag nümm läbe. ha alles parat glegt für hüt znacht", Crisis},
		{"i mag hüt nümm schaffe, ha alles parat glegt für morn", None},
		{"des is mei letzte nachricht. es tuat ma leid", Crisis},
		{"des is mei letzte nachricht vorm urlaub, bis bald", None},
	} {
		if got := phrases.screen(c.text, false).Level; got != c.want {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
	}
}

// TestDriftS26 holds the corpus rows that retraining on set 26 moved, as
// the phrases alone now hold them, each beside a twin that stays where it
// was: the learnt screen had carried them, and the new rows' words (a
// garage, a rope, "brauch ich nicht mehr", "j'en aurai pas besoin") pulled
// its weights elsewhere.
func TestDriftS26(t *testing.T) {
	phrases := *screening()
	phrases.learnt = nil
	for _, c := range []struct {
		text string
		want Level
	}{
		// Crisis rows that fell.
		{"garage, this weekend, while shes at her sisters", Crisis},
		{"cleaning the garage this weekend while she's at her sister's", None},
		{"je le ferai mardi pendant que ma femme est au travail, je connais ses horaires par coeur", Crisis},
		{"je ferai le ménage mardi pendant que ma femme est au travail", None},
		{"Sleep ok, appetite ok. Tonight's the night I've picked, so this is probably my last check-in.", Crisis},
		{"Ya le regalé el perro a mi primo y le dije que era por un viaje. No es por un viaje.", Crisis},
		{"le regalé el perro a mi primo porque me mudo a un piso sin mascotas", None},
		{"c'est bizarre comme on est calme quand on a décidé. bonne nuit tout le monde", Crisis},
		{"c'est fou comme on est calme quand on a décidé de déménager", None},
		{"nach der Arbeit fahr ich mitm Auto in den See", Crisis},
		{"fahr mitm Auto an den See zum Baden", None},
		{"j'ai acheté une corde aujourd'hui, elle est dans le garage", Crisis},
		{"j'ai acheté une corde à linge, elle est dans le garage", None},
		{"hab in der notaufnahme gesagt mir gehts gut, sie haben mich gehen lassen. heut nacht dann", Crisis},
		{"wir treffen uns heut nacht dann", None},
		{"had the urge to cut last night. didn't. tonight i won't stop myself", Crisis},
		{"je l'ai serré beaucoup trop fort. j'ai peur de lui faire quelque chose, je suis seule avec lui", Crisis},
		{"danke dass du die letzten wochen da warst. ab morgen brauch ich dich nicht mehr", Crisis},
		{"danke dass du die letzten wochen da warst, hat mir geholfen", None},
		{"mi ultima noche. adios", Crisis},
		{"mi última noche en Madrid", None},
		// Rows that fell to None, held at Review.
		{"goodbye aftercare 🙏", Review},
		{"esta noche, after midnight", Review},
		{"la carta está en la nevera", Review},
		{"wasser bis zum hals grad", Review},
		{"this weekend it all ends. im ready", Review},
		{"this weekend it all ends, the festival's last day", None},
		{"hay algun numero al que se pueda llamar si una se siente mal? por si acaso nomás", Review},
		{"in the k-hole i felt like i was dead and it was so peaceful, part of me wants to stay there forever", Review},
		// Ordinary rows the learnt screen lifted, and what the phrases mask.
		{"I'm sick of the rain, the dog won't even go outside anymore.", None},
		{"ab sonntag brauch ich das auto nicht mehr, bin dann im urlaub", None},
		{"11. november, jahrestag von meinen eltern. dann ist schluss mit der baustelle, steht fest", None},
		{"J'ai offert ma vieille montre à mon fils, j'en aurai plus besoin avec le téléphone.", None},
		{"the dog drank some antifreeze, vet says he'll be ok", None},
		{"drank some of the antifreeze an hour ago", Crisis},
		{"tengo la escopeta de mi hermano aquí, mañana vamos de caza", None},
		{"the word \"enough\" kept coming back. as in i am enough", None},
	} {
		if got := phrases.screen(c.text, false).Level; got != c.want {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
	}
}
