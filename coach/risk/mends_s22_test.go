package risk

import "testing"

// What the merges of round s22 let fall or rise (mends_s22.go), with twins
// that keep each phrase to its meaning. phrases is the screen without the
// learnt one: these must hold whatever a retraining does.
func TestMendsS22(t *testing.T) {
	phrases := *screening()
	phrases.learnt = nil
	for _, c := range []struct {
		text string
		want Level
	}{
		{"suizid ist jetzt die lösung für mich, ich zieh das durch", Crisis},
		{"selbstmord ist die einzige lösung", Crisis},
		{"die lösung für mich ist jetzt ein neuer job", None},
		{"die briefe an meine kinder sind fertig", Crisis},
		// Letters to one's children are Review on their own (an older
		// phrase); what follows keeps them from Crisis.
		{"die briefe an meine kinder sind fertig, ich bring sie morgen zur post fürs ferienlager", Review},
		{"je suis sur le toit de l'immeuble, je vais sauter, c'est mieux comme ça", Crisis},
		{"je vais sauter du pont ce soir", Crisis},
		{"je vais sauter le petit-déj, pas faim", None},
		{"cachets pris, tout roule", None},
		{"hes in ohio im in texas", None},
		{"Désolée de déranger.", None},
		{"sorry to bother you all.", None},
		{"perdón por molestar.", None},
		{"Entschuldigung für die Störung.", None},
		{"ma fille m'a acheté un pilulier pour la semaine", None},
		{"j'ai avalé tout le pilulier de la semaine", Crisis},
		{"Gewehr ist geladen, die Drückjagd fängt gleich an", None},
		{"j'ai rangé mes cachets de la semaine dans le pilulier", None},
		{"hab heut alles verschenkt. ende", Crisis},
		// Everything given away is Review on its own (one signal); a bare
		// "ende" after it is what makes it Crisis.
		{"hab heut alles verschenkt, was die kinder nicht mehr brauchen. ende der aufräumaktion", Review},
		{"got the pistol out of the safe. its on the table in front of me", Crisis},
		{"the salad is on the table in front of me", None},
		{"cutting rn. theres a lot of blood", Crisis},
		{"cutting rn", Review},
		{"cutting onions rn", None},
		{"cut my finger slicing bread, theres a lot of blood lol", None},
		{"last message i'll send tonight, off to bed", None},
		{"mein Kumpel ist Dachdecker, heute auf dem Dach vom Hochhaus, schickt mir Fotos vom Sonnenuntergang", None},
		{"le dejé a la vecina el horario de comida y las pastillas del gato en la nevera, me voy una semana", None},
		{"Cuando los niños se duerman me tomo una copa de vino en el balcon y no hago nada.", None},
		{"mi hermano está golpeando la puerta porque se olvidó las llaves", None},
	} {
		if got := phrases.screen(c.text, false).Level; got != c.want {
			t.Errorf("phrases alone: %q = %v, want %v", c.text, got, c.want)
		}
	}
}
