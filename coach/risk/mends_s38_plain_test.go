package risk

import "testing"

func TestPlainKinds(t *testing.T) {
	checkPhrasesAlone(t, []levelCase{
		{"i'll end it tomorrow", Crisis},
		{"gonna end it all tonight", Crisis},
		{"tengo las pastillas listas", Crisis},
		{"demain j'en finis", Crisis},
		{"je vais en finir ce soir", Crisis},
		{"ich verletze mich selbst", Review},
		{"je me fais du mal", Review},
		{"plus rien a de sens", Review},
		// New wordings of plain set 1's misses.
		{"morgen nehm ich mir das leben", Crisis},
		{"la soga ya está en el garaje para ahorcarme", Crisis},
		{"voy a entrar al mar hasta no hacer pie", Crisis},
		{"i'm going to walk into the sea until i can't touch the bottom", Crisis},
		{"je vais me jeter sous le métro", Crisis},
		{"me voy a tirar delante del tren", Crisis},
		{"ich werf mich heute vor den zug", Crisis},
		{"dimanche à l'aube, c'est là que je le fais", Crisis},
		{"j'ai le cutter, je vais le faire ce soir", Crisis},
		{"i have the knife here, i'm going to do it now", Crisis},
		{"tengo la navaja aquí, lo voy a hacer ya", Crisis},
		{"je tiens le pistolet dans la main", Crisis},
		{"je me suis coupée exprès", Crisis},
		{"tout est prévu, les cachets et la vodka pour vendredi", Crisis},
		{"il y a un mec qui essaie d'entrer chez moi", Crisis},
		// Twins.
		{"mi abuela me regaló su cuchillo de cocina favorito", None},
		{"je vais me jeter dans la piscine tellement il fait chaud", None},
		{"je vais me mettre devant la télé ce soir", None},
		{"c'est là que je le fais, le gâteau, chez ma mère", None},
		{"tout est prévu pour la fête, l'alcool et les chips", None},
		{"i'll end it with him tomorrow", None},
		{"tengo las pastillas de la tos en el bolso", None},
		{"demain j'en finis avec ce dossier", None},
		{"heute mach ich früher schluss mit der arbeit", None},
		{"je peux plus manger de pâtes", None},
		{"je me fais mal au dos en jardinant", None},
		{"ich schneide mich immer wieder beim rasieren", None},
	})
}

// TestClinicianS38 holds a clinician's read of the plain and core kinds:
// what an idiom must not hide, and the everyday lines that must not raise
// the full alarm.
func TestClinicianS38(t *testing.T) {
	checkNeverAt(t, None, []string{
		"left my kids with my mum i want to die night shift",
		"ich sitze auf dem steg ich will sterben füße baumeln",
		"me hice daño con el cuchillo a propósito",
		"me lastimé la pierna a propósito",
		"me hice daño en el brazo para sentir algo",
		"i burned my finger on purpose",
		"la vie n'a plus de sens",
		"je me coupe encore",
	})
	checkNeverAt(t, Crisis, []string{
		"tengo mis pastillas listas para el viaje",
		"tengo mis medicinas preparadas para mañana",
		"daran häng ich mich auf",
		"an so kleinigkeiten häng ich mich echt auf",
		"damit bring ich mich um meine chance",
		"mit dem ganzen zucker vergifte ich mich noch",
		"the cat scratched my arm",
	})
	checkScreen(t, []levelCase{
		{"je peux plus. je vous aime tous. adieu", Crisis},
		{"bald mach ich schluss. ich liebe euch alle", Crisis},
		{"rien n'a de sens dans ce film", None},
		{"me lastimé la rodilla jugando al fútbol", None},
	})
}

func TestPlain2Kinds(t *testing.T) {
	checkPhrasesAlone(t, []levelCase{
		{"morgen bring i mi um", Crisis},
		{"ich töte mich heute", Crisis},
		{"hab grad rohrreiniger getrunken", Crisis},
		{"heute nacht leg ich mich auf die schienen", Crisis},
		{"morgen früh lenk ich auf der B12 in den Gegenverkehr", Crisis},
		{"wenn die kinder schlafen, mach ich es", Crisis},
		{"esta noche me ahorco", Crisis},
		{"la cuerda ya está atada de la viga", Crisis},
		{"ce soir j'avale tout", Crisis},
		{"je vais aller dans le lac ce soir jusqu'à plus avoir pied", Crisis},
		{"quand mes parents dorment, je le fais", Crisis},
		{"i'm stepping in front of the next bus", Crisis},
		{"Friday night. That's when I'm doing it.", Review},
		{"ohne mich hätte es mein mann viel leichter", Review},
		{"no me importa si me muero hoy", Review},
		{"merezco morir", Review},
		{"si je meurs cette nuit, tant pis", Review},
		{"je pèse sur ma famille", Review},
		// Twins.
		{"morgen bringe ich den müll runter", None},
		{"the kids are asleep, that's when i'm doing the ironing", None},
		{"i'm jumping in the pool with the kids", None},
		{"cuelgo la ropa esta noche", None},
		{"la cuerda está atada al barco", None},
		{"j'avale tout ce qu'il y a au frigo quand je stresse", None},
		{"quand tout le monde dort, je le fais, le ménage, c'est plus calme", None},
		// A clinician's read of the kinds.
		{"i'm stepping under the shower now", None},
		{"i'm jumping in front of the camera for the vlog", None},
		{"quand j'ai faim, j'avale tout", None},
		{"in der fahrstunde fahre ich beim abbiegen fast in den gegenverkehr", None},
		{"als gleisbauer stelle ich mich morgen wieder zwischen die schienen und messe", None},
		{"hoy me cuelgo la medalla de la carrera", None},
		{"la cuerda está amarrada del árbol para el columpio de los niños", None},
		{"j'ai appris à aller dans l'eau jusqu'à plus avoir pied", None},
		{"wenn ich noch einmal excel sehe, töte mich bitte", None},
		{"wenn alle schlafen, ist schluss mit der party", None},
		{"jetzt bring ich mich um die chance auf den job", None},
		{"ich töte mich nicht, keine sorge", Review},
	})
}
