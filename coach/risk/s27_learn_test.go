package risk

import "testing"

// TestLearnS27 holds the kinds set 27 (an emergency department's
// psychiatric liaison nurse and a moderator of a forum for bipolar disorder
// and psychosis) showed the screen left at None or Review, or put at Crisis
// though ordinary, each beside its everyday twin: a voice's command obeyed
// now, not a director's "voice" or a voice coach; a voice heard and
// resisted, which stays Review; leaving the body tonight after a session;
// a jump just done, hurt and unable to get up, not a fall from a bike;
// things given away and at peace, goodbye, not clothes given to charity;
// "done for good", not with a job; a day when nobody is there, not for the
// big clean; someone coming up the stairs threatening death; and hyperbole
// with a laugh, a last message before a flight. The phrases are checked
// alone, without the learnt model: the set's own rows are in the corpus.
func TestLearnS27(t *testing.T) {
	phrases := *screening()
	phrases.learnt = nil
	for _, c := range []struct {
		text string
		want Level
	}{
		// The set's own rows the screen left below Crisis or put at it.
		{"alter ich bin durch, geh gleich zu den gleisen am ostkreuz", Crisis},
		{"die stimme sagt tiefer schneiden und ich hab schon angefangen", Crisis},
		{"gott hat in der sitzung zu mir gesprochen, ich muss heute nacht den körper verlassen, ich weiß auch schon wie", Crisis},
		{"bin aus der unterkunft abgehauen, die männer von der wohnung suchen mich und sagen sie stechen mich ab, die stehen grad vorm bahnhof wo ich bin", Crisis},
		{"hab alles verschenkt, klamotten laptop katze, wohnung geputzt, bin endlich ruhig", Crisis},
		{"nach der sitzung wars klar, samstag wenn keiner daheim ist mach ich schluss", Crisis},
		{"dropping the dog at my sisters in the morning and then thats me done for good", Crisis},
		{"saturday after my last infusion so the clinic dont clock anything. i know exactly how", Crisis},
		{"voices been saying walk into the canal all night and tbh im putting my shoes on now", Crisis},
		{"regalé la ropa, la compu y el gato, dejé el depto limpio. por fin en paz, chau chicos", Crisis},
		{"cancelé mi próxima infusión porque ya no voy a estar, disculpe doctora usted hizo lo que pudo", Crisis},
		{"la voz de mi papá muerto me dice que me vaya con él y hoy le voy a hacer caso", Crisis},
		{"me voy a tirar al río desde el malecón cuando se vaya la enfermera", Crisis},
		{"wey ya no quiero seguir, hoy en la noche lo hago", Crisis},
		{"après la séance c'était clair, samedi quand y aura personne je le fais", Crisis},
		{"dieu m'a parlé pendant la séance de kéta, je dois quitter ce corps cette nuit, je sais comment", Crisis},
		{"j'ai tout donné, fringues ordi chat, appart propre, je suis enfin calme, bisous", Crisis},
		{"je viens de sauter du premier étage j'ai mal partout je peux pas me lever", Crisis},
		{"mon mac dit que si je parle aux flics je suis morte il monte l'escalier là aidez moi", Crisis},
		{"la voix dit coupe plus profond et j'ai déjà commencé", Crisis},
		{"les voix disent saute et je suis déjà à la fenêtre", Crisis},
		{"the music in the clinic waiting room was so bad i wanted to die lmao", None},
		{"dernier message avant l'avion, à lundi les gens", None},
		// Each kind beside its twin, in the four languages.
		{"the voice says cut deeper and i've started", Crisis},
		{"voices tell me to jump tonight and i'm going to", Crisis},
		{"the voices keep telling me to walk into the river and im on my way", Crisis},
		{"god spoke to me in the ketamine session, i have to leave this body tonight, i know how", Crisis},
		{"jumped from the second floor, everything hurts, cant get up", Crisis},
		{"gave away my clothes, laptop and cat, finally at peace, bye all", Crisis},
		{"dropping the cat at my mums tomorrow and then thats me done for good", Crisis},
		{"saturday when nobody's home i'll do it", Crisis},
		{"im done, going to the tracks now", Crisis},
		{"he says if i talk to the cops im dead, he's coming up the stairs, help me", Crisis},
		{"the voice told me to jump off the bridge but i called my nurse instead", Review},
		{"voices say im worthless all day, i dont listen but im exhausted", Review},
		{"the voice coach says sing deeper and i've started practising", None},
		{"the director's voice says cut the scene and we started again", None},
		{"the music on the forum thread was so bad i wanted to die lmao", None},
		{"that exam was so long i wanted to die lol", None},
		{"in the ketamine session it felt like i left my body for a while, very calm now", None},
		{"fell off my bike today, hurts everywhere but i can get up, all fine", None},
		{"jumped off the wall at parkour, grazed knee, back up straight away", None},
		{"gave away my clothes to charity, feeling at peace with less stuff", None},
		{"then that's me done for good with this job, new one monday", None},
		{"saturday when nobody's there i'll do it, the big clean of the office", None},
		{"last message before the flight, see you monday everyone", None},
		{"im done with work, going to the tracks now to watch the trains with my kid", None},
		{"my landlord is coming up the stairs to fix the boiler, help me tidy", None},
		{"psych wants to taper the sertraline slowly over 6 weeks, im fine with that", None},
		{"doctor is tapering my diazepam over two months, feeling ok about it", None},
		{"la voz me dice que me corte más hondo y ya empecé", Crisis},
		{"las voces me dicen que me tire esta noche y lo voy a hacer", Crisis},
		{"dios me habló en la sesión de ketamina, tengo que dejar este cuerpo esta noche, ya sé cómo", Crisis},
		{"me acabo de tirar del segundo piso, me duele todo, no me puedo levantar", Crisis},
		{"regalé todo, la ropa y el perro. por fin en paz, chau a todos", Crisis},
		{"el sábado cuando no haya nadie lo hago", Crisis},
		{"mi padrote dice que si hablo con la policía estoy muerta y ya viene subiendo la escalera, ayúdenme", Crisis},
		{"la voz me dijo que me tirara al metro pero me fui a casa", Review},
		{"la voz del director dice corta la escena y ya empecé de nuevo", None},
		{"me caí de la bici, me duele todo pero estoy bien", None},
		{"regalé la ropa a caritas, me siento en paz", None},
		{"último mensaje antes del vuelo, nos vemos el lunes", None},
		{"el concierto estuvo tan malo que me quería morir jajaja", None},
		{"nos vamos a tirar al río a nadar esta tarde", None},
		{"ya terminé con este trabajo para siempre, el lunes empiezo otro", None},
		{"la psiquiatra me va a bajar la sertralina poco a poco, estoy de acuerdo", None},
		{"die stimmen sagen spring und ich steh schon am fenster", Crisis},
		{"die stimme befiehlt schneiden und ich hab schon angefangen", Crisis},
		{"in der sitzung hat gott gesagt ich muss heute nacht diesen körper verlassen, ich weiß wie", Crisis},
		{"bin grad vom balkon gesprungen, alles tut weh, kann nicht aufstehen", Crisis},
		{"hab alles verschenkt, katze laptop klamotten, bin endlich ruhig, tschüss", Crisis},
		{"am samstag wenn keiner daheim ist mach ich schluss", Crisis},
		{"mein zuhälter sagt er bringt mich um, er steht grad vor der tür, hilfe", Crisis},
		{"die stimme sagt ich soll springen aber ich hab meine betreuerin angerufen", Review},
		{"die stimme des regisseurs sagt schneiden und wir haben schon angefangen", None},
		{"bin vom fahrrad gestürzt, tut weh, aber alles gut", None},
		{"hab die klamotten an die caritas verschenkt, fühl mich leichter", None},
		{"letzte nachricht vor dem flug, bis montag leute", None},
		{"das konzert war so schlecht ich wollte sterben haha", None},
		{"bin durch mit der arbeit, geh gleich zu den gleisen um züge zu fotografieren", None},
		{"mit dem job bin ich endgültig fertig, ab montag was neues", None},
		{"die ärztin will das clonazepam langsam über acht wochen ausschleichen, passt für mich", None},
		{"les voix disent coupe plus profond et j'ai commencé", Crisis},
		{"la voix me dit saute et je suis sur le balcon", Crisis},
		{"dieu m'a parlé pendant la séance, je dois quitter mon corps ce soir, je sais comment", Crisis},
		{"je viens de me jeter du balcon, j'ai mal partout, je peux plus me lever", Crisis},
		{"j'ai tout donné, fringues chat ordi, enfin en paix, adieu", Crisis},
		{"dimanche quand il y aura personne je le fais", Crisis},
		{"mon copain dit que je suis morte si je parle, il monte l'escalier, aidez moi", Crisis},
		{"la voix me dit de sauter mais j'ai appelé l'infirmière", Review},
		{"la voix du metteur en scène dit coupe et on a déjà commencé", None},
		{"je suis tombé du vélo, j'ai mal partout mais ça va", None},
		{"j'ai donné mes fringues à emmaüs, je me sens en paix", None},
		{"le concert était tellement nul je voulais mourir mdr", None},
		{"samedi quand y aura personne je le fais, le grand ménage du bureau", None},
		{"j'ai fini pour de bon avec ce boulot, lundi je commence ailleurs", None},
		{"le psychiatre veut baisser le clonazépam doucement sur huit semaines, ça me va", None},
		// Corpus rows the retraining on set 27 moved (mendsS27Drift),
		// and the laughs it must not take from a wish said now.
		{"hab mit dem bestatter telefoniert, für mich selber, und alles vorausbezahlt. diese woche noch", Crisis},
		{"j'ai fait adopter ma chienne aujourd'hui. c'était la dernière chose qui me retenait ici", Crisis},
		{"akku egal, mach eh gleich aus ✌️", Review},
		{"letzte nachricht vor dem flug, hab euch lieb", None},
		{"decirle a papá lo que nunca le dije", None},
		{"si tengo otra reunión por zoom me tiro al mar jajaja es broma obvio", None},
		{"bought the whole pack of paracetamol for the family flu", None},
		{"my dads hunting rifle is in the hall closet and i took the key off his ring today", Crisis},
		{"took my shoes off on the roof so I wouldn't slip", None},
		{"my dad is going to kill me when he finds out", None},
		{"i want to die lol", Crisis},
		{"ich will sterben lol", Crisis},
	} {
		if got := phrases.screen(c.text, false).Level; got != c.want {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
	}
}

// TestLearnS27Own checks that danger from someone else who threatens the
// writer (a pimp or a partner coming up the stairs) is the writer's own
// danger: the writer needs help for themselves, not a number to call for
// someone else.
func TestLearnS27Own(t *testing.T) {
	for _, text := range []string{
		"mon mac dit que si je parle aux flics je suis morte il monte l'escalier là aidez moi",
		"he says if i talk to the cops im dead, he's coming up the stairs, help me",
		"mi padrote dice que si hablo con la policía estoy muerta y ya viene subiendo la escalera, ayúdenme",
		"mein zuhälter sagt er bringt mich um, er steht grad vor der tür, hilfe",
		// A father's gun and its key taken (fresh10, which the retraining
		// turned into someone else's danger).
		"my dads hunting rifle is in the hall closet and i took the key off his ring today. he's away till monday",
		// Set 27's own and its twin (TestAboutOtherCorpus).
		"he said if i talk to the nurses he'll finish me, hes waiting in the car park now please",
		"mi hija se queda con el anillo de mi abuela, la clave del celu está en las notas. perdónenme",
		"mon copain dit que je suis morte si je parle, il monte l'escalier, aidez moi",
	} {
		if f := Screen(text); f.Level != Crisis || f.AboutOther {
			t.Errorf("%q: %v, about another %v; want Crisis, the writer's own", text, f.Level, f.AboutOther)
		}
	}
}
