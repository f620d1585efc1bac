package risk

import "testing"

// TestS26OtherEmergency holds someone else in a medical emergency now,
// from other5's kinds (round s26-other), to Crisis and to someone else's,
// and their everyday twins to neither: before the round, "mi mamá no
// reacciona, ayuda" was None and not someone else's.
func TestS26OtherEmergency(t *testing.T) {
	cases := []struct {
		text  string
		level Level
		other bool
	}{
		{"mi mamá no reacciona, ayuda", Crisis, true},
		{"mon frère a pris de la kéta et autre chose en soirée, il est par terre, il bouge plus", Crisis, true},
		{"mom on bathroom floor. lips blue. not breathing right", Crisis, true},
		{"alguien del grupo de apoyo puso que ya tiene todo listo para esta noche y que fue un gusto conocernos 😢", Crisis, true},
		{"my dad is not breathing, help", Crisis, true},
		{"meine Mutter reagiert nicht mehr, hilfe", Crisis, true},
		{"mein Bruder liegt am Boden und bewegt sich nicht mehr", Crisis, true},
		{"ma mère ne respire plus", Crisis, true},
		{"mi hermano está en el piso y no se mueve", Crisis, true},
		{"my roommate is bleeding so much and it won't stop", Crisis, true},
		{"my mum is napping on the sofa and won't wake up for the doorbell lol", None, false},
		{"my brother is asleep after his night out, he's fine, just snoring", None, false},
		{"my son has a nosebleed again, blood everywhere on his shirt but he's fine", None, false},
		{"in the film the guy is lying on the floor not breathing and then he wakes up, such a cheap twist", None, false},
		{"my mom is not responding to my texts, she's probably at work", None, false},
		{"mi mamá está dormida en el sillón y no despierta ni con el timbre jaja", None, false},
		{"ya tengo todo listo para esta noche, la cena de cumpleaños va a estar buenísima", None, false},
		{"Mama macht ein Nickerchen auf dem Sofa und wacht nicht mal von der Klingel auf", None, false},
		{"meine Mutter reagiert nicht auf meine Nachrichten, sie ist bestimmt beim Arzt", None, false},
		{"maman fait la sieste sur le canapé, elle se réveille même pas quand on sonne", None, false},
		{"il bouge plus que moi au foot, il court partout", None, false},
		{"roomie mixed his benzos w vodka after his session and now he's snoring weird and I cant get him to respond at all", Crisis, true},
		{"boludo, el Juanchi se tomó todo y está re duro, no reacciona, tiene los ojos en blanco", Crisis, true},
		{"mein Mann schnarcht voll komisch heute, bestimmt die Erkältung", None, false},
		{"el ex de mi amiga no reacciona a los mensajes", None, false},
		{"la app no reacciona, qué hago", None, false},
		{"mi amiga no respira bien por la alergia, le di su inhalador", None, false},
	}
	for _, c := range cases {
		f := Screen(c.text)
		if f.Level != c.level || f.AboutOther != c.other {
			t.Errorf("Screen(%q) = %v, other %v; want %v, other %v", c.text, f.Level, f.AboutOther, c.level, c.other)
		}
	}
}

// TestS26OtherPhrases holds the phrases alone to what they say, so that a
// retraining cannot carry what they must: the emergencies above, and the
// corpus rows that retraining let fall (mendsS26OtherDrift).
func TestS26OtherPhrases(t *testing.T) {
	cases := []struct {
		text string
		want Level
	}{
		{"mi mamá no reacciona, ayuda", Crisis},
		{"ma mère ne respire plus", Crisis},
		{"meine Mutter reagiert nicht mehr, hilfe", Crisis},
		{"my dad is not breathing, help", Crisis},
		{"j'aimerais m'endormir ce soir et ne pas me réveiller, et cette fois je vais faire en sorte que ça arrive", Crisis},
		{"if i dont wake up tomorrow thats fine by me. honestly i'd prefer it", Crisis},
		{"me he llenado los bolsillos de piedras. voy a meterme en el río", Crisis},
		{"en el grupo de whatsapp Pablo ha mandado una foto de un blíster vacío y no contesta, qué hacemos", Crisis},
		{"my son is lying on the floor not responding to me because i took his phone lol", None},
		{"dans le film le héros est par terre et il respire plus, puis il se relève, ridicule", None},
	}
	for _, c := range cases {
		phrases := *screening()
		phrases.learnt = nil
		if got := phrases.screen(c.text, false).Level; got != c.want {
			t.Errorf("phrases alone: %q = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestS26OtherOwnDanger holds other5's German rows of the writer locked
// in or threatened at the door to the writer's own danger: before round
// s26-other both were read as someone else's.
func TestS26OtherOwnDanger(t *testing.T) {
	for _, text := range []string{
		"er hat handy und schlüssel weggenommen und abgesperrt. schreib vom alten tablet. bitte",
		"er ist wieder da und hämmert an die tür, sagt er zündet die wohnung an wenn ich nicht aufmach",
	} {
		if f := Screen(text); f.AboutOther || f.Level < Review {
			t.Errorf("Screen(%q) = %v, other %v; want at least Review, the writer's own", text, f.Level, f.AboutOther)
		}
	}
}

// TestS26OtherWitness holds other5's night workers and witnesses to
// someone else's danger (a preamble of the helper's opened the text as
// the writer's own, round s26-other), a child shut in a car in the sun to
// Crisis, and their everyday twins to neither.
func TestS26OtherWitness(t *testing.T) {
	cases := []struct {
		text  string
		level Level
		other bool
	}{
		{"night shift at the shelter: a former resident just texted from her closet, he has the gun out and says he'll shoot her if she leaves", Crisis, true},
		{"nachtdienst im frauenhaus: bewohnerin ruft grad an, sie ist doch zu ihm zurück, er hat sie eingesperrt und schlägt sie", Crisis, true},
		{"turno de noche en la casa de acogida: una señora me llama desde el baño de su casa, el marido está borracho rompiendo todo y amenaza con matarla", Crisis, true},
		{"hay un nene solo en un auto al sol hace media hora, está llorando y todo cerrado", Crisis, true},
		{"there's a toddler locked in a hot car in the parking lot, crying, no parents around", Crisis, false},
		{"night shift at the shelter: quiet so far, a former resident just texted to say her new flat is lovely", None, false},
		{"hay un nene solo en el parque jugando con su perro, la mamá está en el banco de al lado", None, false},
		{"nachtdienst im frauenhaus: alles ruhig, eine bewohnerin backt mit den kindern", None, false},
		{"j'entends les voisins, ils font la fête et le petit chante", None, false},
		{"left the kid in the car for a minute to grab the keys, windows down and he's fine", None, false},
		{"mi novio está en la azotea del edificio diciendo que se va a aventar, estoy abajo y no me deja subir", Crisis, true},
		{"mon copain a trop bu et il dit qu'il va se foutre en l'air, il roule sur l'autoroute à fond, il m'a envoyé un vocal en pleurant, je sais même pas vers où il va, il décroche plus", Crisis, true},
		// The helper's words do not hide the writer's own danger.
		{"estoy abajo del puente y me voy a tirar ya", Crisis, false},
	}
	for _, c := range cases {
		f := Screen(c.text)
		if f.Level != c.level || f.AboutOther != c.other {
			t.Errorf("Screen(%q) = %v, other %v; want %v, other %v", c.text, f.Level, f.AboutOther, c.level, c.other)
		}
	}
	phrases := *screening()
	phrases.learnt = nil
	if got := phrases.screen("je suis juste un boulet pour l'équipe, ils font ma job à ma place", false).Level; got != Review {
		t.Errorf("phrases alone: a burden to the team = %v, want review", got)
	}
}
