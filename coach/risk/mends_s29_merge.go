package risk

// What the merges of rounds s29-learn, s30-learn and s29-other moved the
// wrong way when the model was trained again on all three (2026-12-05):
// corpus rows that the learnt screen alone had carried. Each is written
// here as its kind, in the four languages, so that no later retraining
// can move it again. Not living to see the morning, told flatly ("don't
// think i see morning"), is a crisis; so are going off an overpass
// tonight and a count of painkillers already taken, however calmly told.
// A count of pills asked about as deadly, self-harm back for the first
// time in years, the family at peace without the writer and "si me muero
// me muero" are at least Review. "Es tut mir leid für alles, was ich
// gestern gesagt habe" is an apology after a row, not a farewell, and a
// roommate locked in to study is no one in danger.
var mendsS29Merge = [4]phraseSet{
	{
		lang:  "en",
		words: englishMore.words,
		crisis: []string{
			"(dont|don't|do not) think (i|il|ill|i will|i'll) (see|make it to|last till|last until|get to see) (the)? (morning|sunrise|tomorrow) $",
			"(im|i am|i'm) (going|driving|jumping) off (the|an|that)? (overpass|bridge|cliff|roof|parking garage) (tonight|today|now|tomorrow|this weekend)",
			"(took|swallowed|taken|downed) (about|like|around|maybe)? (20|25|30|40|50|twenty|thirty|forty|fifty) (ibuprofen|paracetamol|tylenol|advil|pills|tablets|painkillers)",
		},
		review: []string{
			"if i die (then)? i die",
			"(burned|burnt|cut) myself ... ... (first time|the first time) in (years|months|ages)",
			"can (you|u|someone) (really|actually)? die (from|of) (too much|too many) (ibuprofen|paracetamol|tylenol|advil|pills|tablets|painkillers)",
		},
		benign: []string{
			"locked (himself|herself|themself|themselves) in (his|her|their|the) room (to|for) (study|studying|game|gaming|sleep|work)",
		},
	},
	{
		lang:  "es",
		words: spanishMore.words,
		crisis: []string{
			"no creo que (vea|llegue a ver|llegue a|aguante hasta) (la manana|el amanecer|manana) $",
			"(me tome|me he tomado|tome|me trague|me he tragado) (como|unas|unos|casi)? (20|25|30|40|50|veinte|treinta|cuarenta|cincuenta) (ibuprofenos|ibuprofeno|paracetamoles|paracetamol|pastillas|tabletas|calmantes)",
		},
		review: []string{
			"si me muero (pues)? me muero",
			"me (queme|corte) ... ... (la primera vez|primera vez) en (anos|meses)",
			"(se puede|uno puede|puedes) (morir|morirte|morirse) (por|de|con) (demasiado|demasiados|demasiadas|mucho|muchos|muchas) (ibuprofeno|ibuprofenos|paracetamol|pastillas|tabletas|calmantes)",
		},
		benign: []string{
			"(se encerro|esta encerrado|esta encerrada) (en su cuarto|en su habitacion|en el cuarto)? (a|para) (estudiar|trabajar|jugar|dormir)",
		},
	},
	{
		lang:  "de",
		words: germanMore.words,
		crisis: []string{
			"(glaub|glaube) (nicht|kaum) dass ich (den morgen|morgen|den nachsten tag|den sonnenaufgang) (noch)? (erlebe|sehe|schaffe) $",
			"(hab|habe) (ungefahr|etwa|so|fast|grad|gerade)? (20|25|30|40|50|zwanzig|dreissig|vierzig|funfzig) (ibuprofen|ibus|paracetamol|tabletten|pillen|schmerztabletten|schlaftabletten|tabis) (genommen|geschluckt|eingeworfen)",
		},
		review: []string{
			"wenn ich sterbe (dann)? sterbe ich",
			"(verbrannt|geritzt) ... ... (erstes mal|zum ersten mal|das erste mal) seit (jahren|monaten|langem)",
			"kann man (an|von) zu (viel|vielen) (ibuprofen|paracetamol|tabletten|pillen|schmerztabletten|schlaftabletten) (eigentlich)? (wirklich)? sterben",
			"ohne mich (hatten|hatte|ware|waren) (meine|mein) (eltern|familie|mutter|vater|frau|mann|kinder|freundin|freund) (endlich)? (mal)? (ruhe|frieden|es leichter|es besser)",
		},
		benign: []string{
			"hat sich (in seinem zimmer|in ihrem zimmer|im zimmer)? (zum lernen|zum zocken|zum arbeiten|zum schlafen) eingeschlossen",
			"tut mir leid (fur|um) alles was ich (gestern|vorhin|heute|beim streit|im streit) gesagt (habe|hab)",
		},
	},
	{
		lang:  "fr",
		words: frenchMore.words,
		crisis: []string{
			"je (pense|crois) pas (que je vais)? (voir|passer|tenir) (le matin|la nuit|demain) $",
			"(j'ai pris|j'ai avale|j'ai avalé) (genre|environ|presque)? (20|25|30|40|50|vingt|trente|quarante|cinquante) (ibuprofenes|ibuprofene|dolipranes|doliprane|paracetamol|cachets|comprimes|medocs)",
		},
		review: []string{
			"si je meurs (ben|bah|eh bien)? je meurs",
			"je me suis (brule|brulee|coupe|coupee|scarifie|scarifiee) ... ... (la premiere fois|premiere fois) depuis (des annees|des mois|longtemps)",
			"(on peut|est ce qu'on peut) (mourir|crever) (de|avec) trop (de|d')? (ibuprofene|doliprane|paracetamol|cachets|comprimes|medocs)",
		},
		benign: []string{
			"(s est enferme|s est enfermee|s'est enfermé|s'est enfermée) (dans sa chambre)? pour (reviser|réviser|bosser|jouer|dormir)",
		},
	},
}

// otherS29Merge: a third person outside with a weapon, who knows the
// writer is alone, is the writer's own danger ("ex just texted hes
// outside with a gun and he knows im here alone"), not someone else's.
var otherS29Merge = []otherSet{
	{lang: "en", words: otherEN.words, threat: []string{
		"(outside|at the door|at my door|downstairs|in the driveway|in the parking lot|out front) with a (gun|knife|rifle|pistol|bat)",
		"(knows|know) (i am|im|i'm) (here|home|at home)? alone",
	}},
}
