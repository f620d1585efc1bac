package risk

import "testing"

// TestSignals holds what signal.go adds: concepts that together make a
// crisis, in wordings that no fresh set holds, and the ordinary texts
// that share their words.
func TestSignals(t *testing.T) {
	for _, c := range []struct {
		want Level
		text string
	}{
		// Two strong signals, or one with a time or a cue.
		{Crisis, "bought a rope at the hardware store. feel weirdly calm"},
		{Crisis, "i've been stockpiling my troches for a month. this weekend i'm taking all of them"},
		{Crisis, "i'm at the bridge again. the river looks so calm"},
		{Crisis, "he said he's going to kill me, i'm hiding in the closet"},
		{Crisis, "gave my cat to my neighbour. she'll look after him better than i could"},
		{Crisis, "paid my rent in advance and wrote letters to my kids"},
		{Crisis, "sorted out my will and put my affairs in order. sunday is the day"},
		{Crisis, "tripled my dose on purpose with wine"},
		{Crisis, "regalé mi perro a mi hermana, ella lo va a cuidar mejor que yo"},
		{Crisis, "hab alle tabletten gesammelt, heute nacht nehm ich sie alle auf einmal"},
		{Crisis, "j'ai acheté une corde. bizarre comme je suis calme"},
		// Crisis phrases: means at hand, a lethal amount asked about.
		{Crisis, "the gun is on the desk next to me"},
		{Crisis, "ya tengo la pistola de mi padre a mi lado"},
		{Crisis, "left the engine running in the garage"},
		{Crisis, "how much ketamine would it take to stop my heart"},
		{Crisis, "took the whole pack of sleeping pills 10 minutes ago"},
		// One strong signal alone.
		{Review, "dont try to stop me"},
		{Review, "I got a rope today"},
		// One signal, but at a height now is a means at hand, which issue 12
		// makes Crisis (as "the gun is on the desk next to me"); the learnt
		// screen reads it so since fresh set 5.
		{Crisis, "i'm on the roof of my building right now"},
		// Ordinary text with the same words.
		{None, "bought a rope for the hammock today"},
		{None, "left my dog with my sister for the weekend while i travel"},
		{None, "j'ai donné mon chat à garder à ma voisine pendant les vacances"},
		{None, "tonight is the night of the big game"},
		{None, "gonna finish it tonight, the essay is due tomorrow"},
		{None, "my cat food is under the sink"},
		{None, "i doubled my dose as prescribed by my psychiatrist"},
		{None, "the lake is 10 minutes away, we swim there every sunday"},
		{None, "dont try to stop me from eating this whole cake"},
		{None, "he's banging on the door because he forgot his keys lol"},
		{None, "locked myself out of the car"},
		{None, "sunday is the day we go hiking"},
		{None, "i'm so sorry"},
		{None, "took the whole day off tomorrow"},
		{None, "cancelled my gym membership today"},
		{None, "we're at peace with leaving the city"},
		{None, "is it ok to go for a run today?"},
		{None, "I wrote a letter to my mum about the trip"},
		// Round s20-enes: the kinds fresh set 20 and other2 showed missing,
		// in wordings of their own, and their everyday twins. The intention
		// twins are held here and not in the corpus: as corpus rows they
		// pulled a German crisis row of the same concepts under the bar.
		{Crisis, "final check in. plan 10/10. sorry guys"},
		{None, "final check in. plan for the weekend: hiking. sorry guys, i ate the last donut"},
		{Crisis, "left the cat with my brother and said it's just for a few weeks. she'll have a better life there"},
		{None, "dropped the cat at my mums, off to Porto for the week"},
		{Crisis, "standing on the other side of the railing at the multistorey. its quiet"},
		{None, "leaned on the railing to take a photo of the view"},
		{Crisis, "my intention is to say a proper goodbye to everyone before friday"},
		{None, "my intention is to say a proper thank you to everyone before friday"},
		{None, "my intention is to say goodbye to my old anxious self"},
		{Crisis, "mi intención es despedirme bien de todos antes del viernes"},
		{None, "mi intención es agradecerle bien a todos antes del viernes"},
		{None, "mi intención es despedirme de mi miedo a volar"},
		{Crisis, "ya estoy en el monte con la soga, en casa creen que fui al gimnasio"},
		{None, "estoy en el bosque con la cuerda de escalar, día perfecto"},
		{Crisis, "este sábado acabo con todo"},
		{None, "este finde termino con todo el papeleo de la mudanza"},
		{None, "el coche está en el taller hasta el jueves, así que voy en bus"},
		{None, "me tomé todas mis pastillas esta mañana como dice la receta"},
		{None, "took all my meds this morning like a good boy"},
		// A signal denied, or someone else's, counts for nothing more.
		{None, "my brother bought a rope for his boat"},
	} {
		if got := Assess(c.text); got != c.want {
			t.Errorf("Assess(%q) = %v, want %v (normalised: %q)", c.text, got, c.want, sentences(c.text))
		}
	}
}
