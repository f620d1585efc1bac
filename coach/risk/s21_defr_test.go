package risk

import "testing"

// TestRoundS21DeFr holds round s21-defr's kinds of wording in German
// (Swiss and Austrian spellings too) and French (Belgian and Quebec too),
// on wordings that no corpus row holds, each with an everyday twin, through
// the full screen (phrases, signals, held wishes and the learnt model).
// A crisis row must be Crisis; a twin must stay below Crisis, and where the
// phrases alone decide it, at exactly the level given.
func TestRoundS21DeFr(t *testing.T) {
	for _, c := range []struct {
		want  Level
		below bool // the text must stay below Crisis; want is then its most
		text  string
	}{
		// A height said to be enough, a bare sorry to all.
		{Crisis, false, "Bi uf em Dach vom Spital. Isch höch gnueg. Tschuldigung an alli."},
		{Review, true, "Das Zelt steht jetzt. Ist hoch genug."},
		{None, true, "Tschuldigung an alle, ich bin heut später dran."},
		// Assisted dying refused, pills lying ready.
		{Crisis, false, "Die Sterbehilfe hat mich abgewiesen. Dann mach ich es eben selbst. Die Tabletten liegen bereit."},
		{Review, true, "Der Elektriker hat abgesagt. Dann mach ich es eben selbst."},
		// No more worrying about me from a day on.
		{Crisis, false, "Ab übermorgen müsst ihr euch keine Sorgen mehr um mich machen. Versprochen."},
		{Review, true, "Der Gips ist ab, ihr braucht euch keine Sorgen mehr um mich zu machen."},
		// The last night one feels like this; feeling nothing after.
		{Crisis, false, "heute ist die letzte nacht in der ich mich so fühle. morgen fühl ich nichts mehr"},
		{None, true, "heute ist die letzte nacht in der jugendherberge, morgen geht's heim"},
		// Spirits with pills, "los gehts".
		{Crisis, false, "schnaps und schlaftabletten, los geht's"},
		{None, true, "Kaffee und Kuchen, los geht's"},
		// At the river, a family not to be sad.
		{Crisis, false, "Steh an der Elbe, die Strömung ist heute reißend. Meine Kinder sollen nicht traurig sein."},
		{None, true, "Meine Kinder sollen nicht traurig sein, wenn der Urlaub ausfällt."},
		// A held wish, a substitute for an urge, not knowing whether one wants to die.
		{Review, false, "Niemand würds merken, wenn ich verschwunden wär."},
		{Review, false, "Hatte den Drang mich zu schneiden, hab stattdessen einen Gummi am Handgelenk schnalzen lassen."},
		{Review, false, "Weiß nicht ob ich sterben will. Müde bin ich auf jeden Fall."},
		// Someone else in danger now.
		{Crisis, false, "Mein Bruder ist seit Mittag verschwunden, am Telefon hat er gesagt ihr seht mich nie wieder"},
		{None, true, "Mein Bruder ist seit Mittag im Stadion, am Telefon hat er gesagt es wird spät"},
		{Crisis, false, "Sie steht an der S-Bahn und sagt sie springt sobald der nächste Zug einfährt"},
		{Crisis, false, "Man hört durch die Decke wie ihr Mann sie würgt, sie röchelt"},
		{Crisis, false, "Mein Vater ist dement und ist nachts im Nachthemd raus in die Kälte, wir finden ihn nicht"},
		{None, true, "Mein Vater ist dement und sitzt im Nachthemd im Wintergarten, es geht ihm gut"},
		// A gun taken out of its cupboard, someone else's gun too.
		{Crisis, false, "Die Kinder sind bei ihr. Ich habe die Waffe von meinem Bruder aus dem Safe genommen."},
		{None, true, "Ich habe die Waffe aus dem Safe genommen, zum Reinigen nach dem Schießstand."},
		// Review rows the retrained model let fall.
		{Review, false, "Mit 60 hab ich das Gefühl, mein Leben ist vorbei."},
		{Review, false, "einfach mal schlafen ohne wieder aufwachen zu müssen"},

		// All arranged for a night, no one noticing before the next day.
		{Crisis, false, "tout est organisé pour la nuit de vendredi, personne s'apercevra de rien avant lundi"},
		{None, true, "tout est organisé pour la soirée de vendredi, on fête les 30 ans de Marc"},
		// A last message before giving birth, leaving before the rest of an evening.
		{None, true, "dernier message avant l'accouchement, les contractions sont rapprochées, on file à la maternité"},
		{None, true, "merci pour tout et désolée pour la suite de la réunion, je dois filer chercher les enfants"},
		// An urge met by something else instead; not knowing whether one wants to die.
		{Review, false, "besoin de me scarifier tout à l'heure, j'ai serré un glaçon très fort à la place. un peu mieux"},
		{Review, false, "je sais pas si je veux crever. je suis fatigué de tout"},
		// Someone else in danger now.
		{Crisis, false, "mon père qui a la démence est sorti dans le froid en chaussons il y a deux heures"},
		{None, true, "mon père qui a la démence est sorti au jardin en chaussons, on l'a ramené pour le goûter"},
		{Crisis, false, "une fille du forum a posté j'ai tout avalé bisous à tous, plus de réponse depuis"},
		{Crisis, false, "ma nièce a reçu un sms de son amie : tu me reverras plus, pardon. elle répond pas"},
		{Crisis, false, "j'entends le mari la cogner derrière le mur, elle supplie"},
		{None, true, "j'entends le mari la faire rire derrière le mur"},
		// Superfluous everywhere; an attempt told as past; a crash that would not bother one.
		{Review, false, "je me sens de trop pour tout le monde en ce moment"},
		{Review, false, "ma tentative date de 2019, je commence à en parler"},
		{Review, false, "si le car avait un accident sur la route du ski, ça me dérangerait pas tellement"},
	} {
		got := Assess(c.text)
		switch {
		case c.below && got > c.want:
			t.Errorf("Assess(%q) = %v, want at most %v", c.text, got, c.want)
		case !c.below && got != c.want:
			t.Errorf("Assess(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
