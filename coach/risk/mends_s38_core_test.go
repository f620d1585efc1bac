package risk

import "testing"

// The core kinds (mends_s38_core.go) in their plainest words, in the four
// languages, each beside an everyday twin that shares its words. They
// were written from the list of what is Crisis, not from a
// writer's set: the phrases alone must hold the crisis lines, so that a
// retrained model can never lose them.
var coreCrisis = []levelCase{
	// A poison drunk, or a month of pills at once.
	{"i took my month of meds at once", Crisis},
	{"just drank antifreeze", Crisis},
	{"me tomé un bote de pastillas", Crisis},
	{"me tomé medio vaso de cloro", Crisis},
	{"me acabo de tomar lejía", Crisis},
	{"me tragué toda la caja de pastillas", Crisis},
	{"hab grad die ganze packung tabletten geschluckt", Crisis},
	{"hab vorhin ein halbes glas chlorreiniger getrunken", Crisis},
	{"j'ai bu un demi verre de javel", Crisis},
	{"je viens d'avaler de l'antigel", Crisis},
	{"j'ai avalé toute la plaquette d'un coup", Crisis},
	// Means got, the sentence ending on them.
	{"bought a rope", Crisis},
	{"Bought the rope today", Crisis},
	{"got a gun", Crisis},
	{"got a hose for the exhaust", Crisis},
	{"compré una cuerda", Crisis},
	{"conseguí una pistola", Crisis},
	{"compré una manguera para el tubo de escape", Crisis},
	{"hab heute ein seil besorgt", Crisis},
	{"hab jetzt eine pistole besorgt", Crisis},
	{"j'ai acheté une corde", Crisis},
	{"je me suis procuré un flingue", Crisis},
	{"j'ai bu de la mort-aux-rats", Crisis},
	{"hab heute ein seil gekauft, und nicht zum klettern", Crisis},
	{"j'ai un tuyau pour le pot d'échappement", Crisis},
	// Someone hurting or breaking in on the writer now.
	{"he's choking me", Crisis},
	{"someone is trying to break in", Crisis},
	{"there's someone trying to get in through the back door", Crisis},
	{"me agarró del cuello", Crisis},
	{"me estaba ahorcando y ahora está en la cocina", Crisis},
	{"alguien está intentando entrar por mi ventana", Crisis},
	{"jemand versucht durch mein fenster reinzukommen", Crisis},
	{"quelqu'un essaie d'entrer par ma fenêtre", Crisis},
	{"un type essaie de forcer ma porte", Crisis},
	{"hab meine tabletten genommen. alle.", Crisis},
	{"la pistola está cargada encima de la mesa", Crisis},
	{"der strick hängt schon", Crisis},
	{"hab alles aus dem medizinschrank geschluckt", Crisis},
	{"me tomé todo lo del botiquín", Crisis},
	{"he grabbed me by the throat", Crisis},
	{"my mum was strangling me", Crisis},
	{"his hands were around my throat and he's still here", Crisis},
	{"my ex is outside. he's trying to get in", Crisis},
	{"mon ex est dehors. il essaie d'entrer", Crisis},
	{"on essaie de forcer ma porte", Crisis},
	{"jemand bricht gerade bei mir ein", Crisis},
	{"mein ex ist draußen. er versucht reinzukommen", Crisis},
	{"está intentando entrar por la ventana", Crisis},
	{"hab meine tabletten genommen. alle 20.", Crisis},
	{"morgen bring ich mich um", Crisis},
	{"am freitag bring ich mich um, mein job ist eh weg", Crisis},
	{"heute nacht häng ich mich auf", Crisis},
	{"j'ai pris mes cachets. tout.", Crisis},
	{"me tomé mis pastillas. todas las que quedaban.", Crisis},
}

// coreReview are the core kinds that are a question to ask, not an alarm:
// medicine taken out of a cabinet (a safety plan empties it too), bleeding
// and faint with no
// injury named (a period, a nosebleed: a medical emergency, not a
// suicidal one), and a partner's threat "when he gets home", a lethality
// marker that is also a figure of speech.
var coreReview = []levelCase{
	{"hab alles aus dem medizinschrank genommen", Review},
	{"ich blute stark und mir wird schwindlig", Review},
	{"je saigne beaucoup et j'ai la tête qui tourne", Review},
	{"estoy sangrando mucho y me estoy mareando", Review},
	{"my husband is going to kill me when he gets home", Review},
	{"i cut my legs again", Review},
	{"me corté las piernas otra vez", Review},
	{"je me suis coupé les bras hier soir", Review},
}

var coreEveryday = []levelCase{
	{"took the bleach out of the cupboard to clean the bathroom", None},
	{"i took all my pills this morning like the doctor said", None},
	{"drank a glass of water at once, so thirsty", None},
	{"me tomé las pastillas como me dijo la doctora", None},
	{"me tomé un café de golpe", None},
	{"j'ai pris mes médocs du soir avec un verre d'eau comme d'hab", None},
	{"bought a rope for the tent", None},
	{"bought a jump rope", None},
	{"got a gun license for hunting season", None},
	{"compré una cuerda para tender la ropa", None},
	{"j'ai acheté une corde à sauter", None},
	{"hab mein seil im auto vergessen, klettern fällt heute aus", None},
	{"hab meine tabletten genommen. alles gut.", None},
	{"mit dem podcast bring ich mich noch um den schlaf", None},
	{"j'ai pris mes cachets du matin. tout va bien.", None},
	{"got a kletterseil for the climbing gym", None},
	{"hab alles aus dem medizinschrank genommen und ausgemistet, war viel abgelaufen", None},
	{"hab mich beim kochen in den finger geschnitten, pflaster drauf, alles gut", None},
	{"hab ein springseil gekauft", None},
	{"the cat is trying to get in", None},
	{"someone tried to get in touch with me about the job", None},
	{"mi jefe me va a matar si llego tarde", None},
	{"ça m'a pris à la gorge, ce film", None},
	{"mi hermano está intentando entrar en la universidad", None},
	{"quelqu'un essaie d'entrer dans la conversation ?", None},
	{"alguien está intentando entrar al grupo de whatsapp", None},
	{"someone is trying to get in touch about my parcel", None},
	{"this true crime podcast has me in a chokehold", None},
	{"took my evening meds with a glass of water", None},
	{"me tomé las pastillas de la noche con un vaso de agua", None},
	{"hab meine tabletten genommen", None},
	{"j'ai pris mes cachets du matin", None},
	{"j'ai pris mes médocs du soir avec un verre d'eau", None},
}

// coreFlagged are the core kinds the phrases cannot hold at Crisis yet:
// "me va a matar" is an idiom blanked before any list is read ("mi madre
// me va a matar"), so a threat at the door is left to the learnt screen.
var coreFlagged = []string{
	"está en la puerta diciendo que me va a matar",
	"está afuera gritando que me va a matar",
}

func TestCoreKinds(t *testing.T) {
	checkPhrasesAlone(t, coreCrisis)
	checkScreen(t, coreCrisis)
	checkPhrasesAlone(t, coreReview)
	checkScreen(t, coreEveryday)
	// A pack of tissues, a climbing rope kept in the car, rat poison
	// against mice: never the full alarm on these words alone.
	checkNeverAt(t, Crisis, []string{
		"hab eine packung taschentücher genommen",
		"la cuerda está en el coche, mañana vamos a escalar",
		"on a des souris. j'ai acheté de la mort-aux-rats.",
	})
	// A totality after one's medicine, a named drug and not one the
	// routine phrases name, is read by the learnt screen.
	checkScreen(t, []levelCase{{"took my xanax. all of them.", Crisis}})
	checkNeverAt(t, None, coreFlagged)
}

// TestNarrowIdioms holds the idioms a clinician's read of session 14 found
// wide enough to hide a patient's words: a Spanish cut "de las piernas" or
// "del brazo con la cuchilla" is no kitchen accident, and a benign "~" of
// the s36 phrases is no gap at all.
func TestNarrowIdioms(t *testing.T) {
	checkNeverAt(t, None, []string{
		"me corté las piernas otra vez",
		"me corté el brazo con la cuchilla",
		"me quemé el brazo con el cigarro",
	})
	checkScreen(t, []levelCase{
		{"me corté el dedo cocinando", None},
		{"cut my leg on a rusty gate, got a tetanus shot", None},
		{"me quemé con el horno", None},
		{"left my daughter with my mum and said i'd be back tomorrow, night shift on the ferry", None},
	})
}
