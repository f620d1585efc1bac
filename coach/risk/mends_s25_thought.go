package risk

import "strings"

// Round s25-thought: "cuidad a mi gato porfa" (look after my cat, please),
// a whole message, is a terse farewell: someone leaving what they care for
// to others. So is asking anyone to look after one's pet, children or
// plants and saying nothing else. Each phrase is the whole sentence, so
// that a weekend away said with it ("cuidad a mi gato este finde que me
// voy a la playa") is none, and each is a bare farewell (parting) too, so
// that the next sentence may explain it as an ordinary departure ("cuidad
// a mi gato porfa. vuelvo el domingo"), as it does a goodbye. The everyday
// twins are in testdata/train/targeted-s25-thought.tsv.

var (
	s25CareEN = []string{
		"^ (please|pls|plz)? (take (good)? care of|look after|be good to|feed) (my|the) (cat|cats|dog|dogs|kitty|pup|puppy|kitten|bird|rabbit|hamster|pets|pet|plants|kids|children|boy|girl|babies|baby) (for me)? (please|pls|plz)? $",
	}
	s25CareES = []string{
		"^ (porfa|por favor|plis)? (cuidad|cuiden|cuida|cuidá|cuídenme|cuidadme|cuídame|cuidame) (bien|mucho)? (a|de)? (mi|mis) (gato|gata|gatos|gatito|gatita|perro|perra|perros|perrito|perrita|mascota|mascotas|plantas|hijos|hija|hijo|hijas|niños|niñas|peques|pájaro|conejo) (por mí|de mi parte)? (porfa|por favor|plis|pls)? $",
	}
	s25CareDE = []string{
		"^ (bitte)? (kümmert euch|kümmere dich|kümmer dich|kümmern sie sich) (bitte)? (gut)? um (meine|meinen|mein) (katze|katzen|kater|hund|hunde|pflanzen|kinder|kind|sohn|tochter|vogel|hasen|kaninchen|haustiere) (für mich)? (bitte)? $",
		"^ (bitte)? (passt|pass|passen sie) (bitte)? (gut)? auf (meine|meinen|mein) (katze|katzen|kater|hund|hunde|pflanzen|kinder|kind|sohn|tochter|vogel|hasen|kaninchen|haustiere) auf (für mich)? (bitte)? $",
	}
	s25CareFR = []string{
		"^ (svp|stp|s'il vous plaît|s'il te plaît)? (prenez soin|prends soin|occupez vous|occupe toi) (bien)? de (mon|ma|mes) (chat|chats|chatte|chaton|chien|chienne|chiens|plantes|enfants|enfant|fils|fille|filles|lapin|oiseau|bébé|animaux) (pour moi)? (svp|stp|s'il vous plaît|s'il te plaît)? $",
	}
)

// s25LastES is a last conversation announced, a crisis row of set 24 that
// the retraining let fall to None: "Esta es mi última conversación con
// alguien. Cuida mucho a los que te escriban."
var s25LastES = []string{
	"^ (esta es|este es|es) mi (última|ultima) (conversación|conversacion|charla|plática|platica) (con alguien|con nadie|contigo|aquí|aqui)? $",
}

// s25AwayEN and s25AwayFR are the same asks with the time away in the
// sentence: a weekend, a holiday, a day one comes back. They are idioms
// (benign), so that the learnt screen, which has the pets of farewells
// in its crisis rows, does not read a holiday as one.
var (
	s25AwayEN = []string{
		"(take (good)? care of|look after|feed|mind|watch) (my|our|the) (cat|cats|dog|dogs|kitty|pup|puppy|kitten|bird|rabbit|hamster|pets|pet|plants|kids|children) (for me)? (please|pls|plz)? (while (i am|we are|i will be|we will be) (on holiday|on vacation|away|travelling|traveling|at|in|gone)|this weekend|for the weekend|over the weekend|until (i|we) (get|come) back)",
	}
	s25AwayFR = []string{
		"(prenez soin|prends soin|occupez vous|occupe toi|gardez|garde) (bien)? de (mon|ma|mes) (chat|chats|chatte|chaton|chien|chienne|chiens|plantes|lapin|oiseau|animaux) (svp|stp|s'il vous plaît|s'il te plaît)? (ce week end|ce weekend|ce we|cette semaine|pendant (mes|les|nos) vacances|pendant mon absence|jusqu'à (dimanche|lundi|mon retour))",
		"^ je (rentre|reviens|serai de retour|suis de retour) (demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la semaine prochaine|dans (#|deux|trois|quelques) jours) (soir|matin|midi)? $",
	}
)

// s25TripEN and the others are a time away named before the ask, in the
// sentence before it or in its own: "me voy a la playa este finde. cuidad
// a mi gato porfa". A whole line of the two is an idiom (benign), and
// departed (risk.go) reads the ask as no farewell after it. A bare "je
// pars demain" names no trip, and the ask after it stays a farewell.
var (
	s25TripEN = "(off|going|heading|away|flying|leaving|travelling|traveling|i am off|i am away|i am going|we are off|we are going|we are away) (to|on|for)? ... ... (tomorrow|today|tonight|this weekend|for the weekend|for a week|for a few days|on holiday|on vacation|on a trip|for work|till (monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
	s25TripES = "(me voy|nos vamos|me marcho|estoy|estaré|voy a estar|salgo|me piro) (este finde|el finde|mañana|el fin de semana|unos días|una semana)? (a la playa|al pueblo|a la montaña|a la sierra|de viaje|de vacaciones|de finde|de fin de semana|de puente|fuera|a ver a mi familia|a casa de mis padres)"
	s25TripDE = "(bin|sind|ich bin|wir sind|fahre|fahren|fliege|fliegen|ich fahre|ich fliege) (ab morgen|morgen|übers wochenende|am wochenende|eine woche|ein paar tage|zwei wochen)? ((im|in den|in|auf|an die|ans) (urlaub|ferien|see|meer|berge|ausland|dienstreise|reise|kur)|nach ...)"
	s25TripFR = "(je pars|on part|je serai|je suis|on sera|je vais) (demain|ce week end|ce we|cette semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)? (en vacances|en voyage|en week end|à la mer|à la montagne|à la plage|chez mes parents|en déplacement|pour le boulot|pour le travail)"
)

// trip is a set of asks, each a whole sentence, after a time away.
func trip(away string, asks []string) []string {
	var out []string
	for _, a := range asks {
		out = append(out, "^ "+away+" ... "+strings.TrimPrefix(a, "^ "))
	}
	return out
}

// s25ShakenEN is a helper's fright on the way to someone in danger, which
// the retraining of this round read as the writer's own crisis (a row of
// set 22 about someone else): "im 40 min out and shaking so bad i can
// barely drive". An idiom: what else the sentence says is still read.
var s25ShakenEN = []string{
	"(shaking|shaky|trembling) so (bad|badly|much|hard) (that)? i can (barely|hardly) (drive|type|text|think straight|hold the phone|hold my phone)",
}

var (
	mendsS25ThoughtEN = phraseSet{lang: "en", words: english.words, crisis: s25CareEN, parting: s25CareEN, benign: append(append(trip(s25TripEN, s25CareEN), s25AwayEN...), s25ShakenEN...)}
	mendsS25ThoughtES = phraseSet{lang: "es", words: spanish.words, crisis: append(s25LastES, s25CareES...), parting: s25CareES, benign: trip(s25TripES, s25CareES)}
	mendsS25ThoughtDE = phraseSet{lang: "de", words: german.words, crisis: s25CareDE, parting: s25CareDE, benign: trip(s25TripDE, s25CareDE)}
	mendsS25ThoughtFR = phraseSet{lang: "fr", words: french.words, crisis: s25CareFR, parting: s25CareFR, benign: append(trip(s25TripFR, s25CareFR), s25AwayFR...)}
)
