package risk

import "testing"

// What the merge of rounds s29-learn and s30-learn let fall or rise is
// held by phrases (mends_s29_merge.go), and their twins are not.
func TestMendsS29Merge(t *testing.T) {
	checkPhrasesAlone(t, []levelCase{
		{"my gun is in the truck. don't think i'll see the morning", Crisis},
		{"no creo que vea el amanecer", Crisis},
		{"after the session i feel clear for the first time, clear that im going off the bridge tonight", Crisis},
		{"glaube nicht dass ich den morgen noch erlebe", Crisis},
		{"je pense pas voir le matin", Crisis},
		{"took like 30 paracetamol an hour ago, im fine honestly", Crisis},
		{"me tomé como 25 pastillas, estoy bien, nadie sabe", Crisis},
		{"hab etwa 30 Tabletten genommen, alles gut", Crisis},
		{"j'ai pris genre 40 cachets, ça va", Crisis},

		{"burned myself with a lighter last night, first time in years", Review},
		{"me quemé anoche con el mechero, la primera vez en años", Review},
		{"hab mich gestern mit dem feuerzeug verbrannt, erstes mal seit jahren", Review},
		{"can you really die from too much ibuprofen or is that a myth", Review},
		{"kann man an zu viel paracetamol wirklich sterben", Review},
		{"ohne mich hätte meine familie endlich ruhe", Review},
		{"me da igual todo, si me muero me muero", Review},
		{"honestly if i die i die, dont care anymore", Review},

		{"don't think i'll see the morning show today, working", None},
		{"took 2 ibuprofen for the headache, feeling better", None},
		{"im going off the overpass at exit 12, see you at the game tonight", None},
		{"first time in years i cut my own hair", None},
		{"es tut mir leid für alles, was ich gestern gesagt habe", None},
		{"mi compa se encerró en su cuarto a estudiar para el final", None},
		{"my roommate locked himself in his room to study all weekend", None},
		{"tut mir leid für alles was ich beim streit gesagt hab, lass uns reden", None},
	})
}

// A third person outside with a weapon who knows the writer is alone is
// the writer's own danger, not someone else's.
func TestThreatToWriterS29(t *testing.T) {
	for _, text := range []string{
		"ex just texted hes outside with a gun and he knows im here alone what do i do",
		"he's at my door with a knife, he knows i'm home alone",
	} {
		if f := Screen(text); f.AboutOther || f.Level != Crisis {
			t.Errorf("Screen(%q) = %v, AboutOther %v; want the writer's own Crisis", text, f.Level, f.AboutOther)
		}
	}
}
