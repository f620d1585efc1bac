package risk

// frenchMore is the wider net of French phrases (see englishMore),
// sharing fr.go's macros.
var frenchMore = phraseSet{
	lang: "fr",
	words: withWords(french.words, map[string]string{
		"moyen":    "(une corde|la corde|une arme|l'arme|un pistolet|le pistolet|un fusil|le fusil)",
		"hauteur":  "(pont|toit|rebord|bord du pont|bord du toit|parapet|balustrade|falaise|garde-corps)",
		"personne": "(il|elle|mon (mari|copain|conjoint|compagnon|père|beau-père|ex|frère)|ma (femme|copine|conjointe|compagne|mère|belle-mère|sœur))",
		"prescrit": "comme (prévu|prescrit|d'habitude|toujours|indiqué|on m'a dit|le médecin|le docteur|mon médecin|mon psychiatre|ma psychiatre)",
	}),
	crisis: []string{
		// Issue 12, the first fresh set: the same concepts put otherwise.
		"(corde|fusil|pistolet|arme|revolver) ... ... (à côté de moi|près de moi|sur mon lit|dans ma main|devant moi)",
		"(il faut|faut|faudrait) combien de ... ... pour ... (plus jamais se réveiller|ne plus se réveiller|plus se réveiller|pas se réveiller|mourir|que le cœur s'arrête|arrêter le cœur)",
		"(dormir|m'endormir) et pas me réveiller",
		"(pas|plus) (sûr|sûre|certain|certaine) d'être en sécurité",
		"serai plus un (problème|fardeau|poids) pour personne",
		"j'ai {moyen} (ici|avec moi|prête|prêt|chargé|dans la main)? $",
		"j'ai (un|le) (couteau|rasoir|lame|cutter) (ici|avec moi|dans la main)? $",
		"je suis (debout|assis|assise|monté|montée) sur (le|un|la|une) {hauteur}",
		"(pris|avalé) (trop|beaucoup trop) (de)? ({pilules}|drogue|drogues)",
		"(la|une) (date|jour|heure) et (le|la) (moyen|méthode|manière|façon|lieu|endroit)",
		"(le|la) (moyen|méthode|manière|façon|lieu|endroit) et (la|le) (date|jour|heure)",
		"je sais (exactement)? comment je (vais le faire|le ferais|le ferai|vais faire|ferais)",
		"(donné|donne|donner|distribue|distribué|débarrasse de|débarrassé de) (toutes|tous)? mes (affaires|choses|biens|possessions)",
		"(ceci|ce) (est|sera) mon dernier message",
		"(dites|dis) à (ma famille|mes enfants|ma mère|mon père|ma femme|mon mari) que je (les|l') aime",
		"{personne} (m'a menacé|m'a menacée|me menace|menace) de (me tuer|me frapper|me faire du mal)",
		"{personne} (me frappe|me bat|m'a frappé|m'a frappée|m'a battu|m'a battue|m'étrangle|m'a étranglé|m'a étranglée)",
		"(j'ai peur|je crains) (qu'il|qu'elle|que {personne}) me (tue|frappe|fasse du mal)",
		"je suis en danger",
		"(peur|crains) pour ma vie",
	},
	review: []string{
		// A past attempt; a burden; not minding an accident.
		"(fait|faite|fais) une tentative",
		"tentative de suicide",
		"(je suis|me sens|me sentir) (tellement|vraiment|comme|juste)? un (fardeau|poids)",
		"si (un|le|une) (bus|voiture|camion|train|tram) (m'écrasait|m'écrase|m'renversait|me renversait|me renverse|me percutait|m'écraserait)",
		"(j'ai|acheté|achète) {moyen}",
		"je suis sur (le|un|la|une) {hauteur}",
		"(pris|avalé) trop $",
		"(être|suis) un (fardeau|poids) (pour)?",
		"(sans|aucun|plus d'|plus aucun|perdu tout) espoir",
		"(désespéré|désespérée)",
		"(ça|cela|rien) (ne)? (s'arrangera|ira) jamais mieux",
		"ne? plus me réveiller",
		"pardon pour tout $",
	},
	benign: []string{
		"(mon|ma|mes) (chat|chien|chatte|chienne|animaux|plantes) à garder",
		"(confié|donné|laissé|amené) (mon|ma|mes) (chat|chien|chatte|chienne|animaux|plantes) ... (pendant (les|mes) (vacances|congés)|pour le (week-end|weekend)|le temps (du|de mon) (voyage|séjour))",
		"(pris|prends|prendre|pris tous) (tous)? mes {pilules} ... {prescrit}",
		"mort de l'ego",
	},
	asked: []string{
		"(m'a demandé|a demandé|demande|demandait|m'ont demandé|voulait savoir|veut savoir) (si|s'|à propos de|au sujet de) ... $",
	},
	confirm: []string{
		"j'ai (dit|répondu) oui",
	},
}
