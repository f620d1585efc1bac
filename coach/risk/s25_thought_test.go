package risk

import "testing"

// A burden thought in the past or denied in Spanish, German or French is
// Review, and a time after it does not make it Crisis, as in English
// (s22_thought_test.go); a negation of an earlier clause ("no estoy bien",
// "mir geht es nicht gut", "je vais pas bien") or another verb's is not
// the thought's, and the thought held now with its time stays Crisis.
func TestThoughtNoLongerHeldInEveryLanguage(t *testing.T) {
	tests := []struct {
		text string
		want Level
	}{
		// Spanish: once held, or denied by its own verb.
		{"antes pensaba que todos estarían mejor sin mí. esta noche me siento distinta", Review},
		{"solía pensar que mi familia estaría mejor sin mí, esta noche ceno con ellos", Review},
		{"ya no pienso que estarían mejor sin mí esta noche salgo con amigos", Review},
		{"no creo que estarían mejor sin mí, esta noche salgo con amigas", Review},
		{"dejé de pensar que todos estarían mejor sin mí. esta noche salgo", Review},
		// Spanish: held now.
		{"no estoy bien siento que estarían mejor sin mí esta noche", Crisis},
		{"no me siento bien, pienso que estarían mejor sin mí esta noche", Crisis},
		{"ya no aguanto más, creo que todos estarían mejor sin mí esta noche", Crisis},
		{"estarían mejor sin mí esta noche", Crisis},
		// Spanish: the denied verb's thought is another one ("I don't
		// think I can go on").
		{"no creo que pueda más, estarían mejor sin mí esta noche", Crisis},
		{"no creo que aguante, todos estarían mejor sin mí esta noche", Crisis},
		// German: the negation after the verb, or a participle's before it.
		{"früher dachte ich, alle wären ohne mich besser dran. heute nacht fühlt es sich leichter an", Review},
		{"früher hab ich gedacht, meine familie wäre ohne mich besser dran. heute abend koche ich für sie", Review},
		{"ich denke nicht mehr, dass alle ohne mich besser dran wären. heute abend treffe ich freunde", Review},
		{"ich glaube nicht, dass meine familie ohne mich besser dran wäre, heute nacht schlafe ich gut", Review},
		{"ich hab nie gedacht, dass alle ohne mich besser dran wären. heute abend treffe ich freunde", Review},
		// German: held now; "nicht" before a present tense is another clause's.
		{"mir geht es nicht gut ich denke alle wären ohne mich besser dran heute nacht", Crisis},
		{"ich kann nicht mehr, ich glaube alle wären ohne mich besser dran heute nacht", Crisis},
		{"ich glaube nicht dass ich das schaffe alle wären ohne mich besser dran heute nacht", Crisis},
		{"alle wären ohne mich besser dran heute nacht", Crisis},
		{"ich glaube nicht mehr an mich, alle wären ohne mich besser dran heute nacht", Crisis},
		// French: "ne" left out, the negation after the verb.
		{"je pensais avant que tout le monde serait mieux sans moi. ce soir je me sens plus légère", Review},
		{"avant je pensais que ma famille serait mieux sans moi. ce soir je dîne avec eux", Review},
		{"je ne pense plus qu'ils seraient mieux sans moi. ce soir je vois des amis", Review},
		{"je crois pas qu'ils seraient mieux sans moi, ce soir je sors", Review},
		{"j'ai jamais pensé qu'ils seraient mieux sans moi. ce soir je sors", Review},
		// French: held now; "plus que jamais" is more than ever.
		{"je ne vais pas bien je pense qu'ils seraient mieux sans moi ce soir", Crisis},
		{"je sais plus, je pense qu'ils seraient mieux sans moi ce soir", Crisis},
		{"je pense plus que jamais qu'ils seraient mieux sans moi ce soir", Crisis},
		{"ils seraient mieux sans moi ce soir", Crisis},
		{"je crois plus en rien ils seraient mieux sans moi ce soir", Crisis},
		{"je pense pas tenir ils seraient mieux sans moi ce soir", Crisis},
	}
	for _, tt := range tests {
		if got := Screen(tt.text); got.Level != tt.want || got.Wish {
			t.Errorf("Screen(%q) = %v wish %v, want %v and no wish", tt.text, got.Level, got.Wish, tt.want)
		}
	}
}

// A thought held now without a time is a wish in each language; denied,
// it is none.
func TestThoughtWishInEveryLanguage(t *testing.T) {
	tests := []struct {
		text string
		wish bool
	}{
		{"siento que estarían mejor sin mí", true},
		{"ya no pienso que estarían mejor sin mí", false},
		{"ich denke alle wären ohne mich besser dran", true},
		{"ich denke nicht mehr, dass alle ohne mich besser dran wären", false},
		{"je pense qu'ils seraient mieux sans moi", true},
		{"je pense plus qu'ils seraient mieux sans moi", false},
	}
	for _, tt := range tests {
		if got := Screen(tt.text); got.Level != Review || got.Wish != tt.wish {
			t.Errorf("Screen(%q) = %v wish %v, want review wish %v", tt.text, got.Level, got.Wish, tt.wish)
		}
	}
}

// "I'll" opening an English sentence is "il" once normalised, which the
// French third persons read as "he": the writer's own words, in English.
// A French "il" stays someone else's.
func TestEnglishWillIsNoFrenchHe(t *testing.T) {
	tests := []struct {
		text  string
		other bool
		lang  string
	}{
		{"I'll put the truck into the river", false, "en"},
		{"I'll drive the truck into the river tonight", false, "en"},
		{"il a pris toutes ses pilules et il répond plus", true, "fr"},
		{"Il dit qu'il va se jeter du pont ce soir, il répond plus", true, "fr"},
	}
	for _, tt := range tests {
		if got := Screen(tt.text); got.AboutOther != tt.other || got.Lang != tt.lang {
			t.Errorf("Screen(%q) = about other %v lang %q, want %v %q", tt.text, got.AboutOther, got.Lang, tt.other, tt.lang)
		}
	}
}

// Asking others to look after one's pet, children or plants, and saying
// nothing else, is a terse farewell, Crisis to the phrases alone; with the
// time away in the sentence, or explained by the next one, it is none.
func TestLookAfterMyCatPhrases(t *testing.T) {
	tests := []struct {
		text string
		want Level
	}{
		{"cuidad a mi gato porfa", Crisis},
		{"cuiden a mis plantas por favor", Crisis},
		{"cuida bien a mi perrita", Crisis},
		{"please look after my cat", Crisis},
		{"take good care of my kids for me", Crisis},
		{"kümmert euch um meine katze bitte", Crisis},
		{"passt gut auf meine pflanzen auf", Crisis},
		{"prenez soin de mon chat svp", Crisis},
		{"occupez-vous bien de mes enfants pour moi", Crisis},
		// A crisis row of set 24 the retraining let fall.
		{"Esta es mi última conversación con alguien. Cuida mucho a los que te escriban.", Crisis},
		// Everyday twins.
		{"cuidad a mi gato este finde que me voy a la playa", None},
		{"cuidad a mi gato porfa, vuelvo el lunes", None},
		{"cuidad a mi gato porfa. vuelvo el domingo por la noche", None},
		{"look after my cat this weekend please, off to the coast with the girls", None},
		{"please take care of my dog while I'm on holiday, back on the 14th", None},
		{"kümmert euch um meine pflanzen bitte. bin zwei wochen in italien", None},
		{"occupez-vous de mon chat ce week-end, je pars à la mer", None},
		{"prenez soin de mon chien svp. je rentre dimanche soir", None},
		// The trip named in the sentence before (risk.go, departed).
		{"me voy a la playa este finde. cuidad a mi gato porfa", None},
		{"off to spain tomorrow! please look after my cat", None},
		{"bin ab morgen im urlaub. kümmert euch um meine katze bitte", None},
		{"je pars en vacances demain. prenez soin de mon chat svp", None},
		// No trip named, or giving up before it: a farewell still.
		{"je pars demain. prenez soin de mon chat svp", Crisis},
		{"ya no puedo más. cuidad a mi gato porfa", Crisis},
		{"tomorrow it's over. please look after my cat", Crisis},
	}
	phrases := *screening()
	phrases.learnt = nil
	for _, tt := range tests {
		if got := phrases.screen(tt.text, false).Level; got != tt.want {
			t.Errorf("phrases.screen(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A helper's fright on the way ("shaking so bad i can barely drive") is an
// idiom to the phrases; what else its sentence says is still read.
func TestShakenOnTheWayPhrases(t *testing.T) {
	tests := []struct {
		text string
		want Level
	}{
		{"im 40 min out and shaking so bad i can barely drive", None},
		{"shaking so bad i can barely type, i took all my pills", Crisis},
	}
	phrases := *screening()
	phrases.learnt = nil
	for _, tt := range tests {
		if got := phrases.screen(tt.text, false).Level; got != tt.want {
			t.Errorf("phrases.screen(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
