package risk

// Fresh set 28 (a sports psychologist and a chaplain for tech workers and
// gig drivers), measured once on 2e5988b, found plain intent that no list
// held: Spanish "me mato" ending a sentence (the lists leave "me mato" to
// its idioms, "me mato a estudiar", "me mato de risa") and "ya sé dónde y
// cómo"; Bavarian "i bring mi heit um"; cutting again right now with a
// blade; "you'll never see me again" as a whole sentence. Written here as
// phrases, in all four languages where the kind is said.
var mendsS28Spot = [4]phraseSet{
	{
		lang:  "en",
		words: englishMore.words,
		crisis: []string{
			"^ (you|youll|you will|u|ull) (will)? never see me again $",
			"^ (i)? (already)? know (where|when) and how $",
			"(cutting|cut) again (right now|now|rn) (with)? (the|a|my)? (razor|blade|razor blade)?",
		},
	},
	{
		lang:  "es",
		words: spanishMore.words,
		benign: []string{
			// Laughter: "ese video me mató 💀".
			"(ese|este|esa|esta|el|la|tu|su) (video|vídeo|meme|chiste|foto|tiktok|post|comentario|reel|audio|serie|peli|película|pelicula|capítulo|capitulo) (me)? (mato|mató)",
		},
		crisis: []string{
			"me mato $",
			"(me mato|me voy a matar|me quito la vida) ... ... (ya sé|ya se|sé|se) (dónde|donde|cómo|como)",
			"^ (ya)? (sé|se) (dónde|donde|cuándo|cuando) y (cómo|como) $",
			"^ no me (van a|vais a|volverán a|volveran a) (volver a)? ver (más|mas|nunca)? $",
			"(otra vez|de nuevo|ahora mismo) (cortándome|cortandome) (con)? (la|una)? (cuchilla|navaja|hoja)?",
		},
	},
	{
		lang:  "de",
		words: germanMore.words,
		crisis: []string{
			"(i|ich) (bring|bringe|bring) (mi|mich) (heit|heut|heute|morgen|jetzt|glei|gleich)? um",
			"(grad|gerade|jetzt) (wieder)? mit der (rasierklinge|klinge)",
			"^ (ich)? (weiß|weiss) (wo|wann) und wie $",
			"^ ihr (werdet)? mich nie (mehr|wieder) sehen $",
		},
	},
	{
		lang:  "fr",
		words: frenchMore.words,
		crisis: []string{
			"^ vous (ne)? me (reverrez|verrez) (plus|jamais) $",
			"^ (je)? (sais|connais) (où|ou|quand) et comment $",
		},
	},
}
