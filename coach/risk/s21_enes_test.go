package risk

import "testing"

// TestRoundS21ENES holds round s21-enes's kinds in English and Spanish,
// in wordings of this test (no corpus row holds them, so the learnt screen
// has not learnt them), on the phrases and signals alone (alone) and on
// the full screen (full). Each kind has an everyday twin held below
// Crisis: the twins are what would pause a plan and alert a therapist for
// nothing. The kinds: someone telling the writer now that they will die,
// or posting it with their location; someone gone out armed saying they
// will not be back; everything prescribed taken with a farewell; getting
// off "here" after thanks to all; the light put out for good; "ni el
// viernes ni nunca más"; on a roof, now knowing why one came; a pet given
// up "before"; a car following the writer for minutes; a wish held back
// (an urge met with something else instead, weary of life "not in a
// dangerous way", nobody even noticing); the last post from a flat one
// moves out of; a goodbye to a fear.
func TestRoundS21ENES(t *testing.T) {
	phrases := *screening()
	phrases.learnt = nil
	for _, c := range []struct {
		text        string
		alone, full Level
	}{
		// Someone telling the writer now that they will die.
		{"my dad just messaged me that he's going to shoot himself, he's in the barn", Crisis, Crisis},
		{"my dad just messaged me that he's going to the barn to fix the tractor", None, None},
		{"mi novio me está diciendo que se va a matar, está solo en su depto", Crisis, Crisis},
		{"mi novio me dijo que se va a tirar al sillón a ver la serie", None, None},
		// Posted with a location.
		{"someone in my discord wrote that he's about to jump off the bridge and dropped his location", Crisis, Crisis},
		{"someone in my discord wrote that he's about to jump into the pool and dropped his location", None, None},
		{"una piba en el directo dijo que se iba a tirar del puente y puso su ubicación", Crisis, Crisis},
		{"una piba en el directo dijo que se iba a tirar a la pileta y puso su ubicación", None, None},
		// Gone out armed, not coming back.
		{"mi tío se fue del rancho con el rifle diciendo que ya no regresa", Crisis, Crisis},
		{"mi tío se fue del rancho con el rifle, dijo que regresa con un venado", None, None},
		// Everything prescribed taken, with a farewell.
		{"me tomé todas las que me dieron, perdón a todos", Crisis, Crisis},
		{"me tomé todas las que me dieron para la alergia y santo remedio", None, None},
		{"took all the ones they gave me for my allergies and they worked", None, None},
		// Getting off here, after thanks to all.
		{"gracias totales, de verdad. yo me bajo aquí", Crisis, Crisis},
		{"gracias totales por el aventón, me bajo en la esquina", None, None},
		// The light put out for good.
		{"mañana apago la luz para siempre", Crisis, Crisis},
		{"mañana apago la luz de la cocina y me voy a dormir", None, None},
		// Neither on a day nor ever again.
		{"el jueves ya no me tienen que aguantar. ni el jueves ni nunca más", Crisis, Crisis},
		{"el jueves ya no me tienen que aguantar en el turno noche, me cambiaron de horario", None, None},
		// On a roof, now knowing why one came.
		{"estoy en la azotea de la facultad. ahora sé por qué subí", Crisis, Crisis},
		{"ahora sé por qué vine a vivir a esta ciudad", None, None},
		// A pet given up, the sentence ending on "before".
		{"gave our parrot up for adoption. easier to do it now before", Crisis, Crisis},
		{"easier to do it now before the rain", None, None},
		{"puse a mi gata en adopción. más fácil hacerlo ahora antes", Crisis, Crisis},
		// A car following the writer for minutes now.
		{"una camioneta me viene siguiendo desde la parada y ya van 10 minutos", Crisis, Crisis},
		{"mi hermanito me viene siguiendo desde la parada, quiere helado", None, None},
		// A wish held back is Review, not Crisis; with a means it is Crisis.
		{"felt the urge to cut tonight, texted my sponsor and did push ups instead", Review, Review},
		{"so exhausted of living. not in a suicidal way, just worn thin", Review, Review},
		{"so exhausted of living. not in a suicidal way. but the pills are on my desk", Crisis, Crisis},
		{"no one would even notice if i vanished. the group chat is dead", Review, Review},
		{"harto de vivir así. no de una forma peligrosa, solo cansado", Review, Review},
		{"me vinieron ganas de cortarme, salí a correr y le escribí a mi hermana. aguanté.", Review, Review},
		// The last post from a flat one moves out of; a bare last post.
		{"goodbye Austin! my last video from this flat, the truck comes at noon", None, None},
		{"this is my last message. goodbye all", Crisis, Crisis},
		{"mi último posteo desde este piso, mañana nos vamos a Valencia", None, None},
		// A child told by someone met online that they will be picked up
		// now and must tell nobody; a gun at hand.
		{"my 12 year old was chatting with a man who told her he would pick her up after dark and not to tell her mom, her bed is empty", Crisis, Crisis},
		{"my sister told her she would pick her up at 6 from swim", None, None},
		{"mi sobrina chateaba con un desconocido que le dijo que la pasaba a buscar ya y que no le contara a nadie", Crisis, Crisis},
		{"mi abuela le dijo a mi hija que la pasaba a buscar a las 5 del cole", None, None},
		{"tengo el revólver de mi marido en la mano", Crisis, Crisis},
		{"tengo la pistola de agua en la mano, guerra de agua en el patio", None, None},
		// A rope ready, nothing after it.
		{"noose is ready now", Crisis, Crisis},
		{"my rope's ready", Crisis, Crisis},
		{"ropes ready for the crag, see you at 7", None, None},
		{"mi cuerda está lista", Crisis, Crisis},
		{"mi cuerda está lista para el rapel", None, None},
		// A goodbye to a fear.
		{"este año quiero despedirme de mi ansiedad al volante", None, None},
	} {
		if got := phrases.screen(c.text, false).Level; got != c.alone {
			t.Errorf("alone %q = %v, want %v", c.text, got, c.alone)
		}
		if got := Screen(c.text).Level; got != c.full {
			t.Errorf("full %q = %v, want %v", c.text, got, c.full)
		}
	}
}
