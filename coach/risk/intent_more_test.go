package risk

import "testing"

// TestIntentMoreCompiles tells a phrase of intent_more.go that does not
// compile, which go generate would otherwise fail on, and a process with
// stale tables panic on as it starts.
func TestIntentMoreCompiles(t *testing.T) {
	var sets []setLists
	for _, m := range intentMoreSets() {
		sets = append(sets, m.setLists())
	}
	if err := compileSets(sets, (&moreLists{}).phraseLists()); err != nil {
		t.Fatal(err)
	}
}

// TestIntentRoundS21 holds the clinician's wordings (C-SSRS triage, NIMH
// ASQ) at Crisis in every language, and their twins below it: a passive
// wish or a burden standing alone, and an attempt years ago with nothing
// said of now, stay Review (intent_more.go).
func TestIntentRoundS21(t *testing.T) {
	for _, c := range []struct {
		text string
		want Level
	}{
		// 1. A resisted urge still there.
		{"had the urge to cut again last night. didn't. still kind of want to", Crisis},
		{"had the urge to cut again last night. didnt. still want to", Crisis},
		{"had the urge to cut last night but i didn't. can't stop thinking about it", Crisis},
		{"tuve ganas de cortarme anoche pero me aguanté. sigo con ganas", Crisis},
		{"hatte gestern den drang mich zu ritzen, hab's aber gelassen. will immer noch", Crisis},
		{"envie de me scarifier hier soir, j'ai tenu. j'ai encore envie", Crisis},
		{"had the urge to cut last night. didn't. went for a run instead and it passed", Review},
		// 2. A past attempt, its anniversary coming.
		{"tried to end it in 2019. the anniversary is next week", Crisis},
		{"intenté suicidarme en 2019. el aniversario es la semana que viene", Crisis},
		{"hab 2019 versucht mich umzubringen. nächste woche ist der jahrestag", Crisis},
		{"j'ai essayé de me suicider en 2019. l'anniversaire c'est la semaine prochaine", Crisis},
		{"tried to kill myself back in 2012. doing a lot better now", Review},
		{"intenté suicidarme en 2010, hoy estoy mucho mejor", Review},
		{"hab 2011 versucht mich umzubringen. heute geht es mir gut", Review},
		{"j'ai essayé de me suicider en 2009, aujourd'hui ça va mieux", Review},
		{"the anniversary is next week, booked a table at our favourite place", None},
		// 3. An attempt within about three months.
		{"i tried to kill myself two months ago", Crisis},
		{"i tried to kill myself. it's been 2 months", Crisis},
		{"i tried to kill myself last month", Crisis},
		{"i attempted suicide a few weeks ago", Crisis},
		{"intenté suicidarme hace dos meses", Crisis},
		{"ich hab vor zwei monaten versucht mich umzubringen", Crisis},
		{"j'ai fait une tentative de suicide il y a deux mois", Crisis},
		{"my sister tried to kill herself last month", Review}, // someone else's: about-other, not Crisis by this
		// 4. A burden or passive wish with hopelessness.
		{"everyone would be better off without me. nothing is ever going to get better", Crisis},
		{"i'm a burden to everyone. there's no point anymore", Crisis},
		{"estarían mejor sin mí. nada va a mejorar nunca", Crisis},
		{"soy una carga para todos. ya no tiene sentido", Crisis},
		{"alle wären ohne mich besser dran. es wird nie besser", Crisis},
		{"ich bin eine last für alle. es hat alles keinen sinn mehr", Crisis},
		{"ils seraient mieux sans moi. rien ne va jamais s'améliorer", Crisis},
		{"je suis un fardeau pour tout le monde. ça sert plus à rien", Crisis},
		{"everyone would be better off without me", Review},
		// 5. A method thought about.
		{"wouldn't mind if i didn't wake up. i've been thinking about how i'd do it", Crisis},
		{"no me importaría no despertar. he pensado en cómo lo haría", Crisis},
		{"hätte nichts dagegen, nicht mehr aufzuwachen. hab schon überlegt wie ich es machen würde", Crisis},
		// 6. Ketamine or one's prescription as means.
		{"everyone would be better off without me. i have a bottle of ketamine lozenges", Crisis},
		{"estarían mejor sin mí. tengo un frasco de ketamina en casa", Crisis},
		{"alle wären ohne mich besser dran. ich hab noch ketamin-lutschtabletten", Crisis},
		{"ils seraient mieux sans moi. j'ai un flacon de kétamine", Crisis},
		{"took my ketamine lozenges at the clinic today, the session went well", None},
		// 7. A hedged denial.
		{"wouldnt mind if i didnt wake up. not gonna do anything but i can't promise", Crisis},
		{"everyone would be better off without me. not gonna do anything stupid. at least not yet", Crisis},
		{"no me importaría no despertar mañana. no voy a hacer nada, pero no prometo nada", Crisis},
		{"hätte nichts dagegen, nicht mehr aufzuwachen. mach aber nix, versprechen kann ich nichts", Crisis},
		{"ils seraient mieux sans moi. je vais rien faire, je promets rien", Crisis},
		{"ils seraient mieux sans moi. je vais rien faire pour l'instant", Crisis},
		{"everyone would be better off without me. probably not gonna do anything", Crisis},
		{"no me importaría no despertar. no voy a hacer nada, por ahora", Crisis},
		{"alle wären ohne mich besser dran. mach nix, noch nicht", Crisis},
		// The denial unhedged: Review; a "probably" of what comes next is
		// no hedge.
		{"everyone would be better off without me. not gonna do anything, probably just sleep", Review},
		{"wouldnt mind if i just didnt wake up tomorrow tbh. not gonna do anything about it, just so tired", Review},
		{"no me importaría no despertar mañana, no voy a hacer nada, solo estoy agotada", Review},
		{"hätte nichts dagegen, nicht mehr aufzuwachen. mach aber nix, bin nur so müde", Review},
		{"ils seraient mieux sans moi. je vais rien faire, je suis juste fatiguée", Review},
	} {
		if got := screenAfresh(c.text).Level; got != c.want {
			t.Errorf("Screen(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestIntentWarningSigns: a burden with hopelessness said as a
// hypothetical, as a safety plan's warning signs are written, stays Review
// (coach's TestSafetyPlanStepSpeaksOfHardTimes needs it), in every language.
func TestIntentWarningSigns(t *testing.T) {
	for _, text := range []string{
		"when I start feeling like a burden and that nothing will ever get better",
		"cuando empiezo a sentirme una carga y que nada va a mejorar",
		"wenn ich mich fühle, als wäre ich eine last für alle und es wird nie besser",
		"quand je commence à me sentir un fardeau et que rien va s'améliorer",
	} {
		if got := screenAfresh(text).Level; got == Crisis {
			t.Errorf("Screen(%q) = %v, want below Crisis", text, got)
		}
	}
}
