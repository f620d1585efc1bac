package risk

import "testing"

// TestRoundS22ENES holds round s22-enes's kinds in English and Spanish
// (what sets 22 and 23 missed, by kind), in wordings of this test that no
// corpus row holds. A crisis must be Crisis from the phrases and signals
// alone and from the full screen; a twin, the everyday words of the same
// kind, must be at most its level on both (None where the set's writers
// or the everyday reading want no question at all, Review where the words
// alone earn one gentle question, a rope or a gun named).
//
// The kinds: a service weapon at hand told as a scene (in the bag, loaded
// on the table and looked at for long) with not making it to morning; a
// date set, one's birthday, an age "is plenty"; finishing tonight what a
// war place started, doing today what one should have done there;
// self-harm by burning now (a lighter, cigarettes, an iron again), as
// cutting now is; a roof, "not coming down this time"; a rope bought and
// telling no one; far more (es)ketamine spray than one was told, wanting
// it to stop; no longer a burden, then a bare "chau". The ordinary
// near-misses: a wish said laughing after a game lost, a goodbye forever
// to a class, a high dive, a will at the solicitor's, pills moved to
// another time of day.
func TestRoundS22ENES(t *testing.T) {
	phrases := *screening()
	phrases.learnt = nil
	for _, c := range []struct {
		want Level // Crisis exactly, or the most a twin may be
		text string
	}{
		// A service weapon at hand, not making it to morning.
		{Crisis, "my service pistol is in my backpack. not sure i see the sunrise"},
		{None, "my duty weapon is in my bag, heading to the range in the morning"},
		{Crisis, "sidearm loaded on the nightstand, been staring at it for an hour"},
		{Crisis, "tengo el arma reglamentaria en la mochila. no creo que llegue a mañana"},
		{Review, "tengo el arma reglamentaria en la mochila, mañana hay práctica de tiro"},
		{Crisis, "la pistola del trabajo está cargada en la mesa, llevo una hora mirándola"},
		// A date set, one's birthday, an age enough.
		{Crisis, "picked the day. my 40th. 40 years is enough"},
		{None, "set the date for the party: my birthday!"},
		{Crisis, "ya elegí la fecha: mi cumpleaños. 45 son suficientes"},
		{Review, "ya elegí la fecha de la fiesta: mi cumpleaños"},
		// A war place: finishing what it started, doing what one should
		// have done there.
		{Crisis, "tonight i finish what helmand started"},
		{Crisis, "today i do what i should have done in mosul"},
		{None, "tonight i finish what i started on the puzzle"},
		{Crisis, "esta noche termino lo que empezó en Irak"},
		{Crisis, "hoy hago lo que debí hacer en Irak"},
		{Review, "esta noche termino lo que empecé con el rompecabezas"},
		// Burning oneself now, or again.
		{Crisis, "holding the lighter to my wrist right now, it's the only thing that quiets it"},
		{Crisis, "burning myself with a cigarette right now"},
		{Review, "burned my arm on the oven tray, running it under cold water"},
		{Crisis, "me estoy quemando el brazo con el encendedor ahora mismo"},
		{Crisis, "me quemé con la plancha y lo voy a volver a hacer"},
		{None, "me quemé el brazo con la plancha, me puse agua fría"},
		// A roof, not coming down this time.
		{Crisis, "i'm on the roof of the library. not coming down this time"},
		{None, "on the roof of halls for the sunset, coming down for dinner"},
		{Crisis, "estoy en la azotea de la residencia. esta vez no bajo"},
		{Review, "estoy en la azotea de la residencia viendo el atardecer, bajo a cenar"},
		// A rope bought, telling no one.
		{Crisis, "got a rope this afternoon. not telling anyone"},
		{Review, "bought a rope today for the tire swing"},
		{Crisis, "compré la soga hoy. no se lo voy a decir a nadie"},
		{Review, "compré una soga para el columpio de los nenes"},
		// Far more ketamine spray than one was told, wanting it to stop.
		{Crisis, "used way more of the ketamine spray than prescribed, want it all to stop for good"},
		{Review, "used the nasal spray for my cold twice today"},
		{Crisis, "me metí todo el spray de ketamina, ojalá no despierte"},
		{None, "me eché el spray nasal para la congestión"},
		// No longer a burden, then a bare goodbye.
		{Crisis, "perdón mamá. ya no voy a ser una carga para nadie. chau"},
		{Crisis, "ya no voy a ser una carga. chau"},
		// Ordinary near-misses.
		{None, "lost 6-0 at fifa to my little brother, i want to die lol"},
		{None, "me quiero morir jajaja perdí en el fortnite otra vez"},
		{None, "goodbye forever to my 9am lecture, dropped the class"},
		{None, "adiós para siempre a química, aprobé!!"},
		{None, "gonna jump off the 10m board at the pool tomorrow, facing my fear"},
		{None, "taking my morphine as prescribed and the pain is easing"},
		{None, "updated my will at the solicitor's today, glad it's done"},
		{None, "my doctor moved my tablets to the morning and i sleep better"},
		{None, "desde que tomo las pastillas por la mañana me siento mejor"},
		{None, "dejé el testamento al día con el notario, papeleo nomás"},
	} {
		alone, full := phrases.screen(c.text, false).Level, Assess(c.text)
		switch {
		case c.want == Crisis && (alone != Crisis || full != Crisis):
			t.Errorf("%q: phrases and signals %v, full screen %v, want Crisis", c.text, alone, full)
		case c.want < Crisis && (alone > c.want || full > c.want):
			t.Errorf("%q: phrases and signals %v, full screen %v, want at most %v", c.text, alone, full, c.want)
		}
	}
}

// TestRoundS22ENESThreatened holds the writer threatened by someone else
// ("he says tonight is my end", shut in a room) to Crisis from the phrases
// alone and to the writer's own crisis reply, never the flag for someone
// else's danger: set 22's German row was flagged AboutOther, which would
// have answered the writer as a helper. Twins: a threat said in jest, a
// season's end; living with someone, and a wish to live no longer with
// pain, which is no idiom.
func TestRoundS22ENESThreatened(t *testing.T) {
	phrases := *screening()
	phrases.learnt = nil
	for _, c := range []struct {
		want  Level
		other bool
		text  string
	}{
		{Crisis, false, "mein Freund ist betrunken und hat ein Messer, er sagt heute Nacht ist mein Ende. ich bin im Bad, komme nicht raus. hilfe"},
		{Crisis, false, "my husband is drunk with a knife, he says tonight is my end. im in the bathroom, cant get out. help"},
		{Crisis, false, "mi marido está borracho con un cuchillo, dice que esta noche me mata. estoy en el baño, no puedo salir. ayuda"},
		{None, false, "mi jefe dice que hoy me mata si no entrego el informe"},
		{None, false, "my coach said today is my end of season"},
		{None, false, "mein Trainer sagt heute ist mein Ende im Team, ich muss gehen"},
		{Crisis, false, "ya no quiero vivir con este dolor"},
		{None, false, "me voy a vivir con mi novio en marzo"},
		{None, false, "ya no quiero vivir con mis suegros, buscamos piso"},
	} {
		f := Screen(c.text)
		alone := phrases.screen(c.text, false).Level
		if alone != c.want || f.Level != c.want {
			t.Errorf("%q: phrases and signals %v, full screen %v, want %v", c.text, alone, f.Level, c.want)
		}
		if f.AboutOther != c.other {
			t.Errorf("%q: AboutOther = %v, want %v", c.text, f.AboutOther, c.other)
		}
	}
}
